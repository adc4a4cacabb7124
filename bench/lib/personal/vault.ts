/**
 * The vault keeper: Aisha, a product manager whose second brain is an Obsidian vault, imported as the
 * folder it is (`engram import ~/Vault`): daily notes named by their day (Daily/2026-11-02.md) with a
 * log, tasks done and to do, a tag and a callout; a note per person (People/Priya Shah.md) whose front
 * matter holds aliases, a role and a birthday; a project note with Dataview fields (`Hotel::`) and an
 * embedded image; a health note under headings; a recipe's numbered steps; a home note of links only;
 * and what Obsidian keeps beside the notes: its `.obsidian/` settings, a template with `{{date}}`
 * placeholders and an attachment (a PNG). Hand-written by the developers while trying Engram as its
 * users would, in session 30, before Engram read it (the first run's figures are in bench/README.md).
 * With them, the questions such a person asks later and the words a right answer holds, and questions
 * nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/** The vault's files, by their path inside it. */
const FILES: Record<string, string> = {
  ".obsidian/app.json": JSON.stringify(
    { alwaysUpdateLinks: true, newFileLocation: "folder", newFileFolderPath: "Daily", attachmentFolderPath: "Attachments" },
    null,
    2,
  ),
  ".obsidian/workspace.json": JSON.stringify(
    {
      main: { id: "a1b2c3", type: "split", children: [] },
      active: "d4e5f6",
      lastOpenFiles: ["Daily/2026-11-16.md", "People/Priya Shah.md", "Projects/Lisbon trip.md"],
    },
    null,
    2,
  ),
  "Templates/Daily Note.md": ["---", "date: {{date}}", "tags: daily", "---", "# {{date:dddd, D MMMM YYYY}}", "## Log", "- ", "## Tasks", "- [ ] ", ""].join(
    "\n",
  ),
  "Home.md": [
    "# Home",
    "",
    "- [[Daily]]",
    "- [[Projects/Lisbon trip|Lisbon trip]]",
    "- [[People/Priya Shah]]",
    "- [[People/Marcus]]",
    "- [[Areas/Health]]",
    "",
  ].join("\n"),
  "Daily/2026-11-02.md": [
    "---",
    "tags: daily",
    "---",
    "# Monday, 2 November 2026",
    "## Log",
    "- Call with [[Priya Shah]] about the Q1 roadmap; she wants the pricing page shipped before 15 January.",
    "- Booked the [[Lisbon trip]] flights: TAP TP1353 on 11 December at 07:05 from Heathrow.",
    "## Tasks",
    "- [x] Send the board deck to [[Marcus]]",
    "- [ ] Renew passport — expires 14 March 2027",
    "",
  ].join("\n"),
  "Daily/2026-11-09.md": [
    "---",
    "tags: daily",
    "---",
    "# Monday, 9 November 2026",
    "mood:: 7",
    "## Log",
    "- Dentist moved to 24 November, 8:40, with Dr Hale.",
    "- Ran 10k in 52:30 — personal best! #running",
    "",
    "> [!warning] Car insurance",
    "> Renews on 1 December — compare quotes first.",
    "",
  ].join("\n"),
  "Daily/2026-11-16.md": [
    "---",
    "tags: daily",
    "---",
    "# Monday, 16 November 2026",
    "## Log",
    "- [[Priya Shah|Priya]] said the pricing page launch slipped to 29 January.",
    "- Lunch with [[Marcus]] at Dishoom; he's moving to the Edinburgh office in spring.",
    "",
  ].join("\n"),
  "People/Priya Shah.md": [
    "---",
    "aliases: [Priya]",
    "tags: [person, work]",
    "role: Head of Growth at Fernway",
    "birthday: 1990-07-22",
    "---",
    "# Priya Shah",
    "- My manager since March 2025.",
    "- Vegetarian; loves Ottolenghi.",
    "- Kids: Arjun (6) and Mira (3).",
    "",
  ].join("\n"),
  "People/Marcus.md": [
    "---",
    "tags: person",
    "---",
    "Marcus Webb — CFO at Fernway.",
    "Prefers decks as PDF, not Google Slides.",
    "Plays tennis on Wednesdays.",
    "",
  ].join("\n"),
  "Projects/Lisbon trip.md": [
    "---",
    "status: booked",
    "tags: travel",
    "---",
    "# Lisbon trip",
    "Dates:: 11–15 December 2026",
    "Hotel:: Memmo Alfama, booking ref MA-88412",
    "",
    "## Packing",
    "- [ ] plug adapter",
    "- [ ] sunscreen",
    "",
    "## Ideas",
    "- Pastéis de Belém",
    "- Tram 28 early in the morning",
    "",
    "![[lisbon-map.png]]",
    "",
  ].join("\n"),
  "Areas/Health.md": ["# Health", "", "## Medication", "- Sertraline 50 mg each morning", "", "## Allergies", "- Penicillin (rash, 2014)", ""].join("\n"),
  "Recipes/Shakshuka.md": [
    "# Shakshuka",
    "#recipe",
    "",
    "1. Soften an onion and a red pepper in olive oil, 10 minutes.",
    "2. Add cumin, paprika and two tins of tomatoes; simmer 15 minutes.",
    "3. Make four wells, crack in 4 eggs, cover for 6–8 minutes.",
    "4. Finish with feta and coriander.",
    "",
  ].join("\n"),
  // (a PNG's first bytes, as a file the vault keeps beside its notes)
  "Attachments/lisbon-map.png": "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000\u0002\u0000\u0000\u0000\u0001\u0080\b\u0006\u0000\u0000\u0000",
};

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When does the pricing page launch?", expect: ["29 January"] },
  { question: "What is Priya's role?", expect: ["Head of Growth"] },
  { question: "When is Priya's birthday?", expect: ["22 July"] },
  { question: "What are Priya's kids called?", expect: ["Arjun", "Mira"] },
  { question: "What flight am I taking to Lisbon?", expect: ["TP1353"] },
  { question: "Where am I staying in Lisbon?", expect: ["Memmo Alfama"] },
  { question: "What's the hotel booking reference?", expect: ["MA-88412"] },
  { question: "When does my passport expire?", expect: ["14 March 2027"] },
  { question: "When is my dentist appointment?", expect: ["24 November"] },
  { question: "What's my 10k personal best?", expect: ["52:30"] },
  { question: "When does my car insurance renew?", expect: ["1 December"] },
  { question: "What medication do I take?", expect: ["Sertraline"] },
  { question: "What am I allergic to?", expect: ["Penicillin"] },
  { question: "How do I make shakshuka?", expect: ["eggs"] },
  { question: "How does Marcus like his decks?", expect: ["PDF"] },
  { question: "When does Marcus play tennis?", expect: ["Wednesday"] },
  { question: "Where is Marcus moving?", expect: ["Edinburgh"] },
  { question: "What is Marcus's phone number?", expect: null },
  { question: "When is my flight back from Lisbon?", expect: null },
  { question: "What is Priya's husband called?", expect: null },
];

/** Aisha: her Obsidian vault, imported as one folder ("Vault"), asked on Friday 20 November 2026. */
export const vault: Person = {
  name: "vault",
  files: Object.entries(FILES).map(([path, text]): PersonFile => ({ name: `Vault/${path}`, text })),
  folder: "Vault",
  askedAt: Date.UTC(2026, 10, 20, 18, 30),
  questions: QUESTIONS,
};
