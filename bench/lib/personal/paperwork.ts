/**
 * The paperwork keeper: Priya imports her "Documents" folder (`engram import Documents`): the
 * tenancy agreement her letting agent sent as a PDF (two pages, a running header, "Page 1 of 2"
 * footers, clauses in numbered paragraphs), the boiler's manual as a PDF (headings, a fault-code
 * table laid out as lines, numbered steps), a scanned PDF of a council letter (an image only, no text
 * layer), her CV and the draft of her speech for her sister's wedding as Word documents (.docx:
 * a title, headings, bulleted lists, a table). Hand-written by the developers while trying Engram as
 * its users would, in session 32, before Engram could read PDFs or Word documents (the first run's
 * figures are in bench/README.md). With it, the questions such a person asks later and the words a
 * right answer holds, and questions nothing here answers.
 */
import { docxDocument, pdfDocument, scannedPdf } from "../../../test/fixtures/documents.js";
import type { Person } from "./types.js";

const HEADER = "14 Elm Road, Leeds LS6 2QB – Assured Shorthold Tenancy Agreement";

const tenancy = pdfDocument(
  [
    {
      header: HEADER,
      footer: "Page 1 of 2",
      blocks: [
        { text: "Assured Shorthold Tenancy Agreement", size: 18, bold: true },
        { text: "1. The parties", size: 13, bold: true },
        {
          text: "This agreement is made on 20 January 2026 between the landlord, Graham Whitfield of 3 Park Lane, Harrogate HG1 5AB, and the tenant, Priya Shah.",
        },
        { text: "2. The property and the term", size: 13, bold: true },
        {
          text: "The landlord lets the property at 14 Elm Road, Leeds LS6 2QB to the tenant for a fixed term of twelve months, beginning on 1 February 2026 and ending on 31 January 2027.",
        },
        { text: "3. Rent", size: 13, bold: true },
        {
          text: "The rent is £1,250 per calendar month, payable in advance on the 1st day of each month by standing order to the landlord's account. The rent will not be increased during the fixed term.",
        },
      ],
    },
    {
      header: HEADER,
      footer: "Page 2 of 2",
      blocks: [
        { text: "4. Deposit", size: 13, bold: true },
        {
          text: "The tenant has paid a deposit of £1,442, which is protected with the Deposit Protection Service (DPS) within 30 days of receipt. It will be returned within 10 days of the end of the tenancy, less any agreed deductions.",
        },
        { text: "5. Ending the tenancy early", size: 13, bold: true },
        {
          text: "After the first six months, either party may end the tenancy by giving the other at least two months' notice in writing.",
        },
        { text: "6. Pets and repairs", size: 13, bold: true },
        {
          text: "No pets may be kept at the property without the landlord's written consent. The tenant must report any repairs needed to the landlord on 07700 900456 or by email to graham.whitfield@example.co.uk.",
        },
      ],
    },
  ],
  { title: "Tenancy Agreement – 14 Elm Road", created: new Date("2026-01-20T10:12:00Z") },
);

const boiler = pdfDocument(
  [
    {
      footer: "2",
      blocks: [
        { text: "Vaillant ecoTEC plus 832 – User Guide", size: 18, bold: true },
        { text: "Checking the water pressure", size: 13, bold: true },
        {
          text: "The water pressure shown on the display should be between 1 and 2 bar when the heating is cold. If it falls below 0.8 bar, the boiler shows fault code F.22 and stops.",
        },
        { text: "Fault codes", size: 13, bold: true },
        { text: "F.22 – Low water pressure in the heating system: top up the pressure." },
        { text: "F.28 – The boiler failed to light: check that the gas supply is on, then reset the boiler." },
        { text: "F.75 – The pump fault: call a Gas Safe registered engineer." },
      ],
    },
    {
      footer: "3",
      blocks: [
        { text: "Topping up the pressure", size: 13, bold: true },
        { text: "1. Switch the boiler off at the mains and let it cool." },
        { text: "2. Open both valves of the filling loop under the boiler slowly." },
        { text: "3. Watch the display until the pressure reaches 1.5 bar." },
        { text: "4. Close both valves and switch the boiler back on." },
        { text: "Servicing", size: 13, bold: true },
        { text: "Have the boiler serviced once a year by a Gas Safe registered engineer to keep the warranty valid." },
      ],
    },
  ],
  { created: new Date("2024-03-04T09:00:00Z") },
);

const cv = docxDocument([
  { title: "Priya Shah" },
  "Senior Data Analyst · Leeds · priya.shah@example.com",
  { heading: "Experience" },
  { heading: "Senior Data Analyst, Northwind Logistics (March 2023 – present)", level: 2 },
  { bullet: "Built the company's delivery-time forecasting model in Python, cutting late deliveries by 18%." },
  { bullet: "Lead a team of three analysts and run the weekly operations dashboard in Tableau." },
  { heading: "Data Analyst, Halden Bank (September 2019 – February 2023)", level: 2 },
  { bullet: "Reported on mortgage arrears to the risk committee every month." },
  { heading: "Education" },
  "MSc Statistics, University of Leeds, 2019. BSc Mathematics, University of Nottingham, 2018.",
  { heading: "Skills" },
  {
    table: [
      ["SQL", "Python (pandas, scikit-learn)", "Tableau"],
      ["dbt", "Airflow", "Excel"],
    ],
  },
]);

const speech = docxDocument([
  { title: "Speech for Anjali and Tom's wedding" },
  "The wedding is on Saturday 12 June 2027 at Aynhoe Park, and I am giving the sister-of-the-bride speech after the meal. Keep it under five minutes.",
  { heading: "Stories to tell" },
  { bullet: "The summer Anjali taught me to ride a bike on the beach at Whitby." },
  { bullet: "How Anjali and Tom met at a pub quiz in Manchester, on the losing team." },
  { heading: "To do" },
  { bullet: "Ask Mum for the photo of us at Whitby." },
  { bullet: "Practise the speech in front of Maya." },
]);

export const paperwork: Person = {
  name: "paperwork",
  folder: "Documents",
  files: [
    { name: "Documents/Tenancy agreement - 14 Elm Road.pdf", text: tenancy, mtime: Date.parse("2026-01-21T08:00:00Z") },
    { name: "Documents/Boiler manual.pdf", text: boiler, mtime: Date.parse("2026-02-03T19:30:00Z") },
    { name: "Documents/Council tax letter (scan).pdf", text: scannedPdf(1), mtime: Date.parse("2026-04-12T11:00:00Z") },
    { name: "Documents/CV - Priya Shah.docx", text: cv, mtime: Date.parse("2026-09-14T20:45:00Z") },
    { name: "Documents/Wedding speech draft.docx", text: speech, mtime: Date.parse("2026-11-22T21:10:00Z") },
  ],
  askedAt: Date.parse("2026-12-04T18:00:00Z"),
  questions: [
    { question: "How much is my rent?", expect: ["1,250"] },
    { question: "When does my tenancy end?", expect: ["31 January 2027"] },
    { question: "Who protects my deposit?", expect: ["Deposit Protection Service"] },
    { question: "How much notice do I need to give to end the tenancy?", expect: ["two months"] },
    { question: "What is my landlord's phone number?", expect: ["07700 900456"] },
    { question: "What does fault code F.22 mean?", expect: ["low water pressure"] },
    { question: "How do I top up the boiler pressure?", expect: ["filling loop"] },
    { question: "What should the boiler pressure be?", expect: ["1 and 2 bar"] },
    { question: "Where did I do my MSc?", expect: ["Leeds"] },
    { question: "When did I start at Northwind Logistics?", expect: ["March 2023"] },
    { question: "When is Anjali's wedding?", expect: ["12 June 2027"] },
    { question: "Where is the wedding?", expect: ["Aynhoe Park"] },
    { question: "What is my car's registration?", expect: null },
    { question: "When is my dentist appointment?", expect: null },
    { question: "How much did the wedding venue cost?", expect: null },
  ],
};
