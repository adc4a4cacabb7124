/**
 * The outliner: Ravi, a teacher renovating his kitchen, keeps a Logseq graph and imports it as the
 * folder Logseq keeps (`engram import ~/Logseq`): journals named by their day with underscores
 * (journals/2026_11_09.md) written as outlines of `- ` blocks nested by tabs, with task markers (TODO,
 * DONE, LATER, NOW), a SCHEDULED date, a block's `id::` property and a reference to it elsewhere
 * (`((uuid))`), a tag and a query; pages with page properties (`type::`, `company::`, `phone::`,
 * `alias::`), a namespaced page (pages/Kitchen___Worktops.md is "Kitchen/Worktops"), Logseq's empty
 * `contents.md`; and what Logseq keeps beside the notes: `logseq/config.edn`, `custom.css`, an older
 * copy of a journal in `logseq/bak/`, a drawing and a pasted image. Hand-written by the developers
 * while trying Engram as its users would, in session 31, before Engram read it (the first run's
 * figures are in bench/README.md). With them, the questions such a person asks later and the words a
 * right answer holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/** The graph's files, by their path inside it. */
const FILES: Record<string, string> = {
  "logseq/config.edn": [
    "{:meta/version 1",
    " :preferred-format :markdown",
    ' :journal/page-title-format "MMM do, yyyy"',
    ' :default-templates {:journals ""}',
    " :feature/enable-journals? true}",
    "",
  ].join("\n"),
  "logseq/custom.css": "",
  // (Logseq's backup of an earlier version of a journal, before Ravi corrected the start date)
  "logseq/bak/journals/2026_11_09/2026-11-09T21_14_03.511Z.Desktop.md": [
    "- Call with [[Sofia Reyes]] about the kitchen",
    "\t- Her quote is £14,200 for units, worktops and fitting",
    "\t- She can start on 11 January",
    "",
  ].join("\n"),
  "pages/contents.md": "- \n",
  "journals/2026_11_09.md": [
    "- Call with [[Sofia Reyes]] about the kitchen",
    "\t- Her quote is £14,200 for units, worktops and fitting",
    "\t- She can start on 18 January",
    "\t  id:: 6551c0a2-7d3e-4b8a-9f21-0c5b7e2a9d14",
    "- DONE Pay council tax",
    "- TODO Book the MOT for the Golf",
    "  SCHEDULED: <2026-11-27 Fri>",
    "- Spanish: finished unit 4 on [[Duolingo]], streak is 212 days #spanish",
    "",
  ].join("\n"),
  "journals/2026_11_16.md": [
    "- [[Book club]] at Hannah's",
    "\t- We picked *Tomorrow, and Tomorrow, and Tomorrow* for December",
    "\t- Next meeting is 14 December at [[The Crown]]",
    "- Sofia confirmed ((6551c0a2-7d3e-4b8a-9f21-0c5b7e2a9d14))",
    "- LATER Ask Mum about Christmas plans",
    "- Blood pressure 128/82 at the pharmacy",
    "",
  ].join("\n"),
  "journals/2026_11_23.md": [
    "- NOW Compare worktop samples: quartz vs oak",
    "- Sofia's revised quote is £13,650 after dropping the pantry unit",
    "- Dr Patel upped my ramipril to 5 mg",
    "- {{query (task TODO LATER)}}",
    "",
  ].join("\n"),
  "pages/Sofia Reyes.md": [
    "type:: [[person]]",
    "company:: Reyes Kitchens",
    "phone:: 07700 900412",
    "alias:: Sofia",
    "",
    "- Kitchen fitter, recommended by [[Dan Okafor]]",
    "- Prefers WhatsApp to calls",
    "",
  ].join("\n"),
  "pages/Book club.md": [
    "tags:: hobby",
    "",
    "- Members: Hannah, Joe, Priti and me",
    "- We meet once a month, on a Monday",
    "- Books read",
    "\t- [[Klara and the Sun]] — loved it",
    "\t- [[Piranesi]] — Joe's pick",
    "",
  ].join("\n"),
  "pages/Kitchen___Worktops.md": [
    "- Quartz: Silestone Calacatta Gold, £2,900 fitted",
    "- Oak: £1,150, needs oiling every 6 months",
    "- Decision by 4 December",
    "",
  ].join("\n"),
  "draws/2026-11-20-kitchen-plan.excalidraw": JSON.stringify({
    type: "excalidraw",
    version: 2,
    source: "https://logseq.com",
    elements: [{ type: "rectangle", x: 10, y: 10, width: 300, height: 120, id: "r1" }],
    appState: { viewBackgroundColor: "#ffffff" },
  }),
  "assets/image_1700475000000_0.png": "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0001\u0000\u0000\u0000\u0000\u0080\b\u0006\u0000\u0000\u0000",
};

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When can Sofia start on the kitchen?", expect: ["18 January"] },
  { question: "How much is Sofia's revised quote?", expect: ["13,650"] },
  { question: "What is Sofia's phone number?", expect: ["07700 900412"] },
  { question: "Which company is Sofia with?", expect: ["Reyes Kitchens"] },
  { question: "Who recommended Sofia?", expect: ["Dan"] },
  { question: "What book did the book club pick for December?", expect: ["Tomorrow"] },
  { question: "When is the next book club meeting?", expect: ["14 December"] },
  { question: "Where is the next book club meeting?", expect: ["Crown"] },
  { question: "When do I need to book the MOT?", expect: ["27 November"] },
  { question: "How long is my Duolingo streak?", expect: ["212"] },
  { question: "What dose of ramipril am I on?", expect: ["5 mg"] },
  { question: "What was my blood pressure?", expect: ["128/82"] },
  { question: "How much is the quartz worktop?", expect: ["2,900"] },
  { question: "How often does oak need oiling?", expect: ["6 months"] },
  { question: "When do I need to decide on the worktop?", expect: ["4 December"] },
  { question: "Who is in the book club?", expect: ["Hannah", "Joe", "Priti"] },
  { question: "How does Sofia like to be contacted?", expect: ["WhatsApp"] },
  { question: "What is Dan's phone number?", expect: null },
  { question: "When is Hannah's birthday?", expect: null },
  { question: "How much did the boiler service cost?", expect: null },
];

/** Ravi: his Logseq graph, imported as one folder ("Logseq"), asked on Wednesday 25 November 2026. */
export const outliner: Person = {
  name: "outliner",
  files: Object.entries(FILES).map(([path, text]): PersonFile => ({ name: `Logseq/${path}`, text })),
  folder: "Logseq",
  askedAt: Date.UTC(2026, 10, 25, 20, 0),
  questions: QUESTIONS,
};
