/**
 * The office worker: Nadia Hussain, an operations coordinator at a logistics firm in Leeds, who keeps
 * the work emails that matter by dragging them out of Outlook into `Documents/Saved emails`, where
 * Outlook writes each as a `.msg` (an OLE compound file of the message's MAPI properties: the subject,
 * the sender's name and address, the recipients' storages, the sent and received times, the body as
 * plain text, HTML and compressed RTF, the attachments' storages; test/fixtures/outlook-msg.ts writes
 * them as [MS-OXMSG] lays them out). Her colleagues' mail comes with Exchange (EX) addresses and the
 * SMTP address beside them; a supplier's with its internet headers. Saved there: HR's letter with the
 * start date and salary of her new role (HTML, the contract variation attached as a PDF), a supplier's
 * quote for office chairs (an HTML table) and her reply from Sent Items ("RE: …", Outlook's "From: …
 * Sent: …" block above the quoted mail), a colleague's acceptance of her meeting invite (a meeting
 * response whose body is only compressed RTF, with the meeting's time and room), the People team's
 * onboarding pack (a PDF, a Word form and the CEO's welcome mail attached as an Outlook item), and a
 * spreadsheet saved beside them (an Excel 97–2003 .xls, a compound file too, no email).
 * Hand-written by the developers while trying Engram as its users would, in session 36, before Engram
 * could read a .msg (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import { docxDocument, pdfDocument } from "../../../test/fixtures/documents.js";
import { compoundDocument, type MsgPerson, outlookMsg, rtfFromHtml, rtfFromText } from "../../../test/fixtures/outlook-msg.js";
import type { Person } from "./types.js";

/** An Exchange address of Harbourline's organisation, as Outlook keeps a colleague's (PidTagSenderEmailAddress of type EX). */
function exchange(cn: string): string {
  return `/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=${cn}`;
}

const NADIA: MsgPerson = {
  name: "Nadia Hussain",
  email: "nadia.hussain@harbourline.co.uk",
  exchange: exchange("5B1F0C7A2E9D4A3C8F61D0B2A7E4C915-NADIA.HUSSA"),
};
const GRACE: MsgPerson = {
  name: "Grace Whitfield",
  email: "grace.whitfield@harbourline.co.uk",
  exchange: exchange("9E3D2A41B7C84F0E9A1D6C3B5F2E8A07-GRACE.WHITF"),
};
const TOM: MsgPerson = { name: "Tom Brennan", email: "tom.brennan@harbourline.co.uk", exchange: exchange("2C7A9F14E6B04D8B8E3F1A5C0D9B6E22-TOM.BRENNAN") };
const PRIYA: MsgPerson = { name: "Priya Raman", email: "priya.raman@harbourline.co.uk", exchange: exchange("7D4B1E9A3C2F4B6A9D0E8C1F5A3B7D48-PRIYA.RAMAN") };
const DANIEL: MsgPerson = { name: "Daniel Okafor", email: "daniel.okafor@fenwicksupplies.co.uk" };

/** A body as Outlook's HTML editor (Word) writes it: its paragraphs in `<p class=MsoNormal>`. */
function wordHtml(paragraphs: string[], table = ""): string {
  const ps = paragraphs.map((p) => `<p class=MsoNormal>${p.replace(/&/g, "&amp;").replace(/\n/g, "<br>\n")}<o:p></o:p></p>`);
  return [
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
    '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
    '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>',
    '<body lang=EN-GB link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class=WordSection1>',
    ...ps.slice(0, 2),
    table,
    ...ps.slice(2),
    "</div></body></html>",
  ].join("\n");
}

/** HR's letter: the new role, its start date and salary; the contract variation attached. Friday 20 November 2026. */
const NEW_ROLE_PARAGRAPHS = [
  "Dear Nadia,",
  "I'm delighted to confirm that you have been appointed Operations Manager, reporting to Tom Brennan.",
  "Your start date in the new role is Monday 11 January 2027. Your new salary will be £52,500 a year from that date, paid monthly, and your annual leave stays at 28 days plus bank holidays.",
  "Please sign and return the attached contract variation by Friday 4 December.",
  "Kind regards,\nGrace Whitfield\nHR Business Partner, Harbourline Logistics",
];
const NEW_ROLE = outlookMsg({
  subject: "Your new role - Operations Manager",
  from: GRACE,
  recipients: [NADIA, { ...TOM, type: "cc" }],
  sentAt: Date.UTC(2026, 10, 20, 16, 12, 41),
  receivedAt: Date.UTC(2026, 10, 20, 16, 12, 44),
  body: `${NEW_ROLE_PARAGRAPHS.join("\r\n\r\n").replace(/\n(?!\r?\n)/g, "\r\n")}\r\n`,
  html: wordHtml(NEW_ROLE_PARAGRAPHS),
  rtf: rtfFromHtml(`<html><body>${NEW_ROLE_PARAGRAPHS.map((p) => `<p>${p}</p>`).join("")}</body></html>`),
  messageId: "<LO2P265MB5123A4D7E9C0B1F2A3D4E5F6A7B8C9D0@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>",
  attachments: [
    {
      fileName: "Contract variation - N Hussain.pdf",
      mimeType: "application/pdf",
      data: pdfDocument([
        { blocks: [{ text: "Contract variation", size: 16, bold: true }, { text: "Position: Operations Manager. Effective date: 11 January 2027." }] },
      ]),
    },
  ],
});

/** Fenwick Supplies' quote, received with its internet headers: Tuesday 17 November 2026. */
const QUOTE_ID = "<DB9PR03MB7321C0FFEE42A1B2C3D4E5F6@DB9PR03MB7321.eurprd03.prod.outlook.com>";
const QUOTE_PARAGRAPHS = [
  "Hi Nadia,",
  "Thanks for your enquiry. Please find our quote for the Leeds office refit below.",
  "The quote is valid for 30 days. We can deliver on Wednesday 9 December if you confirm the order by Friday 27 November.",
  "Best regards,\nDaniel Okafor\nAccount Manager, Fenwick Supplies\nTel: 0113 496 0781",
];
const QUOTE_TABLE = [
  '<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse">',
  "<tr><td><p class=MsoNormal><b>Item</b></p></td><td><p class=MsoNormal><b>Qty</b></p></td><td><p class=MsoNormal><b>Unit price</b></p></td><td><p class=MsoNormal><b>Total</b></p></td></tr>",
  "<tr><td><p class=MsoNormal>Ergonomic mesh chair FS-220</p></td><td><p class=MsoNormal>40</p></td><td><p class=MsoNormal>£121.50</p></td><td><p class=MsoNormal>£4,860.00</p></td></tr>",
  "<tr><td><p class=MsoNormal>Delivery and installation</p></td><td><p class=MsoNormal>1</p></td><td><p class=MsoNormal>£0.00</p></td><td><p class=MsoNormal>£0.00</p></td></tr>",
  "<tr><td><p class=MsoNormal><b>Total (ex VAT)</b></p></td><td></td><td></td><td><p class=MsoNormal><b>£4,860.00</b></p></td></tr>",
  "</table>",
].join("\n");
const QUOTE_TEXT = [
  "Hi Nadia,",
  "",
  "Thanks for your enquiry. Please find our quote for the Leeds office refit below.",
  "",
  "Item\tQty\tUnit price\tTotal",
  "Ergonomic mesh chair FS-220\t40\t£121.50\t£4,860.00",
  "Delivery and installation\t1\t£0.00\t£0.00",
  "Total (ex VAT)\t\t\t£4,860.00",
  "",
  "The quote is valid for 30 days. We can deliver on Wednesday 9 December if you confirm the order by Friday 27 November.",
  "",
  "Best regards,",
  "Daniel Okafor",
  "Account Manager, Fenwick Supplies",
  "Tel: 0113 496 0781",
  "",
].join("\r\n");
const QUOTE = outlookMsg({
  subject: "Quote for office chairs",
  from: DANIEL,
  recipients: [NADIA],
  sentAt: Date.UTC(2026, 10, 17, 11, 5, 12),
  receivedAt: Date.UTC(2026, 10, 17, 11, 5, 19),
  body: QUOTE_TEXT,
  html: wordHtml(QUOTE_PARAGRAPHS, QUOTE_TABLE),
  messageId: QUOTE_ID,
  headers: [
    "Received: from DB9PR03MB7321.eurprd03.prod.outlook.com (2603:10a6:10:2e1::9) by LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM with HTTPS; Tue, 17 Nov 2026 11:05:19 +0000",
    "From: Daniel Okafor <daniel.okafor@fenwicksupplies.co.uk>",
    "To: Nadia Hussain <nadia.hussain@harbourline.co.uk>",
    "Subject: Quote for office chairs",
    "Date: Tue, 17 Nov 2026 11:05:12 +0000",
    `Message-ID: ${QUOTE_ID}`,
    "Content-Type: multipart/alternative;",
    '\tboundary="_000_DB9PR03MB7321C0FFEE42A1B2C3D4E5F6DB9PR03MB7321eurp_"',
    "MIME-Version: 1.0",
    "",
  ].join("\r\n"),
});

/** Nadia's reply, from her Sent Items (plain text, with Outlook's header of the mail it quotes): Monday 23 November 2026. */
const REPLY_TEXT = [
  "Hi Daniel,",
  "",
  "Thanks, please go ahead with the order for 40 chairs. Delivery to our Leeds office at 14 Wellington Street on 9 December works for us.",
  "",
  "Regards,",
  "Nadia",
  "",
  "From: Daniel Okafor <daniel.okafor@fenwicksupplies.co.uk>",
  "Sent: 17 November 2026 11:05",
  "To: Nadia Hussain <nadia.hussain@harbourline.co.uk>",
  "Subject: Quote for office chairs",
  "",
  QUOTE_TEXT,
].join("\r\n");
const REPLY = outlookMsg({
  subject: "RE: Quote for office chairs",
  from: NADIA,
  recipients: [DANIEL],
  sentAt: Date.UTC(2026, 10, 23, 9, 42, 3),
  body: REPLY_TEXT,
  rtf: rtfFromText(REPLY_TEXT),
  messageId: "<LO2P265MB5123D1E2F3A4B5C6@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>",
  inReplyTo: QUOTE_ID,
  references: QUOTE_ID,
});

/** Tom's acceptance of Nadia's invite to the Q4 budget review (a meeting response: its body only compressed RTF, as Outlook writes one): Wednesday 25 November 2026. */
const ACCEPTED = outlookMsg({
  messageClass: "IPM.Schedule.Meeting.Resp.Pos",
  subject: "Accepted: Q4 budget review",
  from: TOM,
  recipients: [NADIA],
  sentAt: Date.UTC(2026, 10, 25, 8, 51, 30),
  receivedAt: Date.UTC(2026, 10, 25, 8, 51, 32),
  rtf: [
    "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2057{\\fonttbl{\\f0\\fswiss\\fcharset0 Calibri;}}",
    "{\\colortbl ;\\red0\\green0\\blue0;}",
    "{\\*\\generator Riched20 16.0.17928}\\viewkind4\\uc1 ",
    "\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang9 Happy to join. I'll bring the updated headcount figures for 2027 \\endash  can we keep it to an hour?\\par",
    "}",
  ].join("\r\n"),
  meeting: { start: Date.UTC(2026, 11, 3, 14), end: Date.UTC(2026, 11, 3, 15), location: "Room 4.12, Harbourline House" },
});

/** The CEO's welcome, attached to the onboarding pack as an Outlook item. */
const WELCOME = {
  subject: "Welcome to Harbourline",
  from: { name: "Helen Achterberg", email: "helen.achterberg@harbourline.co.uk" },
  recipients: [{ name: "All staff", email: "allstaff@harbourline.co.uk" }],
  sentAt: Date.UTC(2026, 8, 1, 8),
  body: "Welcome to Harbourline! Our values: safety first, customers always, one team.\r\n",
};

/** The People team's onboarding pack, with the induction's PDF, the IT form and the CEO's welcome attached: Wednesday 25 November 2026. */
const ONBOARDING_PARAGRAPHS = [
  "Hi Nadia,",
  "Congratulations on your new role! Your onboarding pack is attached: it has your induction timetable for your first week and the IT equipment form.",
  "Please bring your passport on your first day for the right-to-work check. Your induction starts at 9:30 on Monday 11 January in the Training Room on the 2nd floor.",
  "Best wishes,\nPriya Raman\nPeople Team",
];
const ONBOARDING = outlookMsg({
  subject: "Your onboarding pack",
  from: PRIYA,
  recipients: [NADIA],
  sentAt: Date.UTC(2026, 10, 25, 10, 30, 5),
  receivedAt: Date.UTC(2026, 10, 25, 10, 30, 9),
  body: `${ONBOARDING_PARAGRAPHS.join("\r\n\r\n").replace(/\n(?!\r?\n)/g, "\r\n")}\r\n`,
  html: wordHtml(ONBOARDING_PARAGRAPHS),
  messageId: "<LO2P265MB5123F00D1234ABCD@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>",
  attachments: [
    {
      fileName: "Onboarding pack - Operations Manager.pdf",
      mimeType: "application/pdf",
      data: pdfDocument([
        { blocks: [{ text: "Your first week", size: 16, bold: true }, { text: "Monday: induction, 9:30, Training Room. Tuesday: site tour." }] },
      ]),
    },
    {
      fileName: "IT equipment request form.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      data: docxDocument([{ title: "IT equipment request" }, "Laptop, monitor, headset: tick what you need."]),
    },
    { message: WELCOME },
  ],
});

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When do I start the new role?", expect: ["11 January"] },
  { question: "What will my new salary be?", expect: ["52,500"] },
  { question: "What is my new job title?", expect: ["Operations Manager"] },
  { question: "How much did Fenwick Supplies quote?", expect: ["4,860"] },
  { question: "When will Fenwick deliver the chairs?", expect: ["9 December"] },
  { question: "What is Daniel Okafor's phone number?", expect: ["0113 496 0781"] },
  { question: "What did I tell Daniel about the chairs order?", expect: ["go ahead"] },
  { question: "Who sent me the onboarding pack?", expect: ["Priya"] },
  { question: "What do I need to bring on my first day?", expect: ["passport"] },
  { question: "Who is bringing the headcount figures to the budget review?", expect: ["Tom"] },
  { question: "Where is the Q4 budget review?", expect: ["4.12"] },
  { question: "When do I need to return the contract variation?", expect: ["4 December"] },
  { question: "What is Grace Whitfield's phone number?", expect: null },
  { question: "When is my performance review?", expect: null },
  { question: "What time is the office Christmas party?", expect: null },
];

const FOLDER = "Documents/Saved emails";

/** The office worker: her Saved emails folder, imported whole with `--me "Nadia Hussain"`, asked on Tuesday 1 December 2026. */
export const officeworker: Person = {
  name: "officeworker",
  files: [
    { name: `${FOLDER}/Your new role - Operations Manager.msg`, text: NEW_ROLE, mtime: Date.UTC(2026, 10, 20, 16, 30) },
    { name: `${FOLDER}/Quote for office chairs.msg`, text: QUOTE, mtime: Date.UTC(2026, 10, 17, 11, 20) },
    { name: `${FOLDER}/RE Quote for office chairs.msg`, text: REPLY, mtime: Date.UTC(2026, 10, 23, 9, 45) },
    { name: `${FOLDER}/Accepted Q4 budget review.msg`, text: ACCEPTED, mtime: Date.UTC(2026, 10, 25, 9, 0) },
    { name: `${FOLDER}/Your onboarding pack.msg`, text: ONBOARDING, mtime: Date.UTC(2026, 10, 25, 10, 45) },
    { name: `${FOLDER}/Team rota Q1 2027.xls`, text: compoundDocument(["Workbook", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation"]) },
  ],
  folder: FOLDER,
  me: "Nadia Hussain",
  askedAt: Date.UTC(2026, 11, 1, 9),
  questions: QUESTIONS,
};
