/**
 * The Notion user: Maya, a freelance designer whose second brain is a Notion workspace, exports it as
 * "Markdown & CSV" and imports the unzipped folder (`engram import "Notion export"`): every file and
 * folder named with Notion's 32-character id after its title (`Acme Studio 4c5d….md`), a home page of
 * links only (links percent-encoded), a database of clients and one of books, each as a CSV of its
 * rows beside a folder of the rows' pages, each page opening with its title and its properties as
 * `Key: value` lines (dates as "December 1, 2026", a rating in stars, a date range with an arrow),
 * a callout in `<aside>`, checkboxes with two spaces, a table, and a quote. Hand-written by the
 * developers while trying Engram as its users would, in session 31, before Engram read it (the first
 * run's figures are in bench/README.md). With it, the questions such a person asks later and the
 * words a right answer holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

const HOME = "Maya’s Space 1f2e3d4c5b6a47988796a5b4c3d2e1f0";
const CLIENTS = "Clients 2a3b4c5d6e7f40918273a6b5c4d3e2f1";
const BOOKS = "Reading list 6e7f8091a2b34c5d9e8f7a6b5c4d3e2f";

/** The export's files, by their path inside it. */
const FILES: Record<string, string> = {
  [`${HOME}.md`]: [
    "# Maya’s Space",
    "",
    `[Clients](${encodeURIComponent(HOME)}/${encodeURIComponent(CLIENTS)}.csv)`,
    "",
    `[Reading list](${encodeURIComponent(HOME)}/${encodeURIComponent(BOOKS)}.csv)`,
    "",
    `[Health](${encodeURIComponent(HOME)}/Health%203d4e5f60718293a4b5c6d7e8f9a0b1c2.md)`,
    "",
    `[Trip to Porto](${encodeURIComponent(HOME)}/Trip%20to%20Porto%205f6a7b8c9d0e4f1a2b3c4d5e6f7a8b9c.md)`,
    "",
  ].join("\n"),
  [`${HOME}/${CLIENTS}.csv`]: [
    "\uFEFFName,Contact,Email,Rate,Status",
    "Acme Studio,Jonas Berg,jonas@acme.example,£450/day,Active",
    'Brightside Co,Leah Moss,leah@brightside.example,"£3,200 fixed",Proposal sent',
    "",
  ].join("\n"),
  [`${HOME}/${CLIENTS}/Acme Studio 4c5d6e7f8091a2b3c4d5e6f708192a3b.md`]: [
    "# Acme Studio",
    "",
    "Contact: Jonas Berg",
    "Email: jonas@acme.example",
    "Rate: £450/day",
    "Status: Active",
    "Next invoice: December 1, 2026",
    "",
    "Brand refresh for their spring campaign. Deliverables: logo variants, a type system and 12 social templates.",
    "",
    "Jonas prefers feedback as Loom videos, not long emails.",
    "",
  ].join("\n"),
  [`${HOME}/${CLIENTS}/Brightside Co 5d6e7f8091a2b3c4d5e6f708192a3b4c.md`]: [
    "# Brightside Co",
    "",
    "Contact: Leah Moss",
    "Email: leah@brightside.example",
    "Rate: £3,200 fixed",
    "Status: Proposal sent",
    "",
  ].join("\n"),
  [`${HOME}/${BOOKS}.csv`]: [
    "\uFEFFName,Author,Status,Rating,Finished",
    'Piranesi,Susanna Clarke,Finished,★★★★★,"October 30, 2026"',
    "The Creative Act,Rick Rubin,Reading,,",
    "",
  ].join("\n"),
  [`${HOME}/${BOOKS}/Piranesi 8a9b0c1d2e3f40516273849a5b6c7d8e.md`]: [
    "# Piranesi",
    "",
    "Author: Susanna Clarke",
    "Status: Finished",
    "Rating: ★★★★★",
    "Finished: October 30, 2026",
    "",
    "> The Beauty of the House is immeasurable; its Kindness infinite.",
    "",
    "Loved the atmosphere — recommend to Dan.",
    "",
  ].join("\n"),
  [`${HOME}/${BOOKS}/The Creative Act 9c8d7e6f5a4b43c2d1e0f9a8b7c6d5e4.md`]: ["# The Creative Act", "", "Author: Rick Rubin", "Status: Reading", ""].join("\n"),
  [`${HOME}/Health 3d4e5f60718293a4b5c6d7e8f9a0b1c2.md`]: [
    "# Health",
    "",
    "<aside>",
    "💡 Physio every Thursday at 8am with Carla at Movewell.",
    "",
    "</aside>",
    "",
    "## Meds",
    "",
    "- [x]  Vitamin D 1000 IU daily",
    "- [ ]  Book flu jab before December 15",
    "",
    "## Notes",
    "",
    "Left knee flared up on November 9 after the 10k — ice, and no running for two weeks.",
    "",
  ].join("\n"),
  [`${HOME}/Trip to Porto 5f6a7b8c9d0e4f1a2b3c4d5e6f7a8b9c.md`]: [
    "# Trip to Porto",
    "",
    "Dates: December 18, 2026 → December 22, 2026",
    "Tags: Travel",
    "",
    "## Bookings",
    "",
    "| What | Details | Ref |",
    "| --- | --- | --- |",
    "| Flight | easyJet EZY6321, Gatwick 06:50 | K7XQ2P |",
    "| Hotel | Torel Avantgarde | 88213 |",
    "",
    "## To pack",
    "",
    "- [ ]  Camera",
    "- [ ]  Adapter",
    "",
  ].join("\n"),
};

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who is my contact at Acme Studio?", expect: ["Jonas"] },
  { question: "What's my rate with Acme Studio?", expect: ["450"] },
  { question: "What is Jonas's email?", expect: ["jonas@acme.example"] },
  { question: "How does Jonas like feedback?", expect: ["Loom"] },
  { question: "When is the next Acme invoice?", expect: ["1 December"] },
  { question: "What's the status with Brightside Co?", expect: ["Proposal sent"] },
  { question: "Who wrote Piranesi?", expect: ["Susanna Clarke"] },
  { question: "When did I finish Piranesi?", expect: ["30 October"] },
  { question: "What book am I reading at the moment?", expect: ["Creative Act"] },
  { question: "When is physio?", expect: ["Thursday"] },
  { question: "Who is my physio?", expect: ["Carla"] },
  { question: "When do I need to book the flu jab?", expect: ["15 December"] },
  { question: "What happened to my left knee?", expect: ["10k"] },
  { question: "What's my flight to Porto?", expect: ["EZY6321"] },
  { question: "Where am I staying in Porto?", expect: ["Torel"] },
  { question: "What's the hotel booking reference in Porto?", expect: ["88213"] },
  { question: "When do I go to Porto?", expect: ["18 December"] },
  { question: "What is Leah's phone number?", expect: null },
  { question: "When is my dentist appointment?", expect: null },
  { question: "What's my flight back from Porto?", expect: null },
];

/** Maya: her Notion workspace exported as Markdown & CSV, imported as one folder ("Notion export"), asked on Tuesday 24 November 2026. */
export const notion: Person = {
  name: "notion",
  files: Object.entries(FILES).map(([path, text]): PersonFile => ({ name: `Notion export/${path}`, text })),
  folder: "Notion export",
  askedAt: Date.UTC(2026, 10, 24, 18, 0),
  questions: QUESTIONS,
};
