/**
 * The Simplenote user: Jess, who jots quick notes on her phone in Simplenote (a shopping checklist
 * shared with her partner, the car's service, her mum's soup recipe in Markdown, gift ideas, a
 * friend's Wi-Fi password, friends' new address, a one-line reminder, a book club's picks published
 * to a link) and exports them from the app (Settings → Tools → Export Notes: `notes.zip`), then
 * imports the unzipped folder (`engram import notes`). The zip as Simplenote's own exporter writes it
 * (simplenote-electron lib/utils/export: export-notes.ts, to-zip.ts): `source/notes.json`, `{
 * "activeNotes": [...], "trashedNotes": [...] }` pretty-printed with CRLF line ends, each note `{ id,
 * content (CRLF), creationDate, lastModified (ISO, UTC), pinned?, markdown?, tags? (sorted),
 * publicURL?, collaboratorEmails? }`; beside `source/`, one `<first line>.txt` per active note (its
 * name the first line cut at 40 characters, ". , : ( ) [ ] " and spaces made "-", its tags appended as
 * "Tags:" lines, dated its last modification), and the trashed notes' in `trash/`. The trash holds an
 * older car booking and a gym locker code. Hand-written by the developers while trying Engram as its
 * users would, in session 32, before Engram could read a Simplenote export (the first run's figures
 * are in bench/README.md). With it, the questions such a person asks later and the words a right
 * answer holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/** A note as Simplenote keeps it: its id, its text (lines joined by "\n"; the export writes CRLF), when created and last modified (ISO, UTC), and its flags. */
interface Note {
  id: string;
  content: string;
  creationDate: string;
  lastModified: string;
  pinned?: boolean;
  markdown?: boolean;
  tags?: string[];
  publicURL?: string;
  collaboratorEmails?: string[];
}

const ACTIVE: Note[] = [
  {
    id: "4b7e1f0c9a2d4e6f8a1b3c5d7e9f0a2b",
    content: "Shopping\n- [ ] oat milk\n- [x] eggs\n- [ ] bin bags\n- [ ] paracetamol\n- [ ] birthday card for Kate\n- [ ] 2 lemons for the soup",
    creationDate: "2026-11-28T10:02:41.318Z",
    lastModified: "2026-11-29T16:40:12.004Z",
    pinned: true,
    tags: ["shopping"],
    collaboratorEmails: ["sam.okafor@example.com"],
  },
  {
    id: "9d2c4a6e8f0b4c1d9e3f5a7b9c1d3e5f",
    content:
      "Golf service\nBooked in at Kwik Fit on Gloucester Road, Thursday 8:30am - leave keys at the desk\nReg WK19 HXD\nMOT due 14 January\nQuote was £189 incl. oil and filters",
    creationDate: "2026-11-23T08:47:19.552Z",
    lastModified: "2026-11-27T17:05:33.910Z",
    tags: ["Car"],
  },
  {
    id: "0e1f2a3b4c5d4e6f8a9b0c1d2e3f4a5b",
    content: "Gift ideas\nKate - Aesop hand balm\nLeo - Lego Technic Porsche (he's 9)\nDad - Ottolenghi Simple\nSecret Santa at work: £15 limit, I got Marcus",
    creationDate: "2026-11-14T21:33:50.007Z",
    lastModified: "2026-11-26T22:10:41.660Z",
    tags: ["christmas", "gifts"],
  },
  {
    id: "7a8b9c0d1e2f4a3b8c4d5e6f7a8b9c0d",
    content: "Priya's wifi\nNetwork: VM4827163\nPassword: mango-harbour-58",
    creationDate: "2026-11-21T19:48:02.443Z",
    lastModified: "2026-11-21T19:48:40.120Z",
  },
  {
    id: "3f4e5d6c7b8a4b9c8d0e1f2a3b4c5d6e",
    content: "Dentist moved Maya's check-up to Wednesday 9 December, 3.40pm",
    creationDate: "2026-11-17T07:58:11.126Z",
    lastModified: "2026-11-17T07:58:11.126Z",
  },
  {
    id: "c1d2e3f4a5b64c7d8e9f0a1b2c3d4e5f",
    content:
      "# Mum's lentil soup\n\n- 200g red lentils\n- 1 onion and 2 carrots, chopped\n- 1.2 litres veg stock\n- 1 tsp cumin, pinch of chilli flakes\n\nSoften the onion and carrots, add everything else and **simmer for 25 minutes**, then blend. Squeeze of lemon at the end.",
    creationDate: "2026-11-08T18:20:05.201Z",
    lastModified: "2026-11-12T20:01:17.845Z",
    markdown: true,
    tags: ["recipes"],
  },
  {
    id: "5a6b7c8d9e0f4a1b2c3d4e5f6a7b8c9d",
    content: "Book club picks\nDecember: Piranesi by Susanna Clarke\nJanuary: Small Things Like These\nWe meet at Hannah's, first Tuesday of the month",
    creationDate: "2026-11-05T20:14:36.512Z",
    lastModified: "2026-11-10T09:30:02.377Z",
    tags: ["book club"],
    publicURL: "http://simp.ly/p/Xk3vPq",
  },
  {
    id: "e9f8a7b6c5d44e3f2a1b0c9d8e7f6a5b",
    content: "Tom & Ellie new address\n14 Alder Close\nHorfield\nBristol BS7 0QP\n(moved in 31 Oct)",
    creationDate: "2026-11-03T12:15:27.880Z",
    lastModified: "2026-11-03T12:16:02.031Z",
    tags: ["addresses"],
  },
];

const TRASHED: Note[] = [
  {
    id: "1b2c3d4e5f6a4b7c8d9e0f1a2b3c4d5e",
    content: "Golf service\nHalfords at Cribbs Causeway, Saturday 21st 9am",
    creationDate: "2026-11-16T12:30:00.000Z",
    lastModified: "2026-11-23T08:45:51.002Z",
    tags: ["Car"],
  },
  {
    id: "6e7f8a9b0c1d4e2f3a4b5c6d7e8f9a0b",
    content: "Gym locker code 4471",
    creationDate: "2026-10-12T06:55:09.300Z",
    lastModified: "2026-11-02T07:01:44.918Z",
  },
];

/** Newest first, as the export lists notes (by last modification). */
const newestFirst = (a: Note, b: Note) => Date.parse(b.lastModified) - Date.parse(a.lastModified);

/** A note as export-notes.ts writes it into notes.json: its keys in the exporter's order, its text with CRLF line ends, its tags sorted ignoring case. */
function exported(n: Note): Record<string, unknown> {
  return {
    id: n.id,
    content: n.content.replace(/\n/g, "\r\n"),
    creationDate: n.creationDate,
    lastModified: n.lastModified,
    ...(n.pinned ? { pinned: true } : {}),
    ...(n.markdown ? { markdown: true } : {}),
    ...(n.tags?.length ? { tags: [...n.tags].sort((a, b) => a.toLocaleLowerCase().localeCompare(b.toLocaleLowerCase())) } : {}),
    ...(n.publicURL ? { publicURL: n.publicURL } : {}),
    ...(n.collaboratorEmails?.length ? { collaboratorEmails: n.collaboratorEmails } : {}),
  };
}

/** `source/notes.json` as to-zip.ts writes it: pretty-printed by two spaces, every line end CRLF. */
function notesJson(): string {
  const value = { activeNotes: [...ACTIVE].sort(newestFirst).map(exported), trashedNotes: [...TRASHED].sort(newestFirst).map(exported) };
  return JSON.stringify(value, null, 2).replace(/(?<!\r)\n/g, "\r\n");
}

/** A note's .txt name as to-zip.ts makes it: its first non-blank line, without characters a file name cannot hold, cut at 40, ". , : ( ) [ ] " and spaces made "-". */
function txtName(content: string): string {
  const line =
    content
      .split("\n")
      .map((l) => l.trim().replace(/[/?<>\\:*|"]/g, ""))
      .find((l) => l) ?? "untitled";
  return line.slice(0, 40).replace(/[.,:() [\]]/g, "-");
}

/** A note's .txt as to-zip.ts writes it: its exported text, then its tags ("Tags:" and an indented line of them), dated its last modification. */
function txt(folder: string, n: Note): PersonFile {
  const content = exported(n).content as string;
  const tags = (exported(n).tags as string[] | undefined) ?? [];
  return {
    name: `${folder}${txtName(n.content)}.txt`,
    text: tags.length ? `${content}\n\nTags:\n  ${tags.join(", ")}` : content,
    mtime: Date.parse(n.lastModified),
  };
}

const FILES: PersonFile[] = [
  { name: "notes/source/notes.json", text: notesJson(), mtime: Date.UTC(2026, 10, 29, 16, 45) },
  ...ACTIVE.map((n) => txt("notes/", n)),
  ...TRASHED.map((n) => txt("notes/trash/", n)),
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When is the Golf booked in for its service?", expect: ["26 November"] },
  { question: "Where is the Golf being serviced?", expect: ["Kwik Fit"] },
  { question: "When is the MOT due?", expect: ["14 January"] },
  { question: "What's the car's reg?", expect: ["WK19 HXD"] },
  { question: "How long does Mum's lentil soup simmer for?", expect: ["25 minutes"] },
  { question: "What's the wifi password at Priya's?", expect: ["mango-harbour-58"] },
  { question: "What is Tom and Ellie's new address?", expect: ["14 Alder Close"] },
  { question: "What gift idea do I have for Leo?", expect: ["Lego"] },
  { question: "Who did I get for Secret Santa?", expect: ["Marcus"] },
  { question: "When is Maya's dentist appointment?", expect: ["9 December"] },
  { question: "What is the book club reading in December?", expect: ["Piranesi"] },
  { question: "What's my gym locker code?", expect: null },
  { question: "When is Kate's birthday?", expect: null },
  { question: "What's the wifi password at Tom and Ellie's?", expect: null },
];

/** Jess: her Simplenote export, unzipped (`notes/`) and imported as one folder, asked on Monday 30 November 2026. */
export const simplenoter: Person = {
  name: "simplenoter",
  files: FILES,
  folder: "notes",
  askedAt: Date.UTC(2026, 10, 30, 19, 0),
  questions: QUESTIONS,
};
