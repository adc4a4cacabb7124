/**
 * The renovation person: a couple redoing their kitchen, with two builders' quotes in a Markdown
 * table, a contacts list, decisions, a daily note from the first day of work and a ChatGPT
 * conversation about painting the cabinets. Their data: an Obsidian-style project note (a table, bullets
 * of "Role: name, number"), a daily note named by its day, and a ChatGPT export; hand-written by the
 * developers while trying Engram as its users would. With them, the questions such a person asks
 * later and the words a right answer holds, and questions nothing here answers. Written in session 26
 * before reading what Engram made of them (the first run's figures are in bench/README.md).
 */
import { type ChatConversation, chatgptExport } from "./chatgpt-export.js";
import type { Person } from "./types.js";

/** When the project note was last modified (epoch ms): 25 January 2026, 20:00 UTC. */
const MODIFIED = Date.UTC(2026, 0, 25, 20, 0, 0);

/** The conversation's start: 8 March 2026, 19:30 UTC (unix seconds). */
const T0 = Date.UTC(2026, 2, 8, 19, 30, 0) / 1000;

const CONVERSATIONS: ChatConversation[] = [
  {
    id: "paint",
    title: "Painting kitchen cabinets",
    day: 0,
    exchanges: [
      [
        "What paint finish should I use on kitchen cabinets? And how do I paint them so it lasts?",
        "An eggshell or satin finish wipes clean and hides small marks. For a finish that lasts:\n1. Degrease the doors with sugar soap\n2. Sand lightly with 180-grit paper\n3. Prime with a bonding primer\n4. Apply two thin coats, four hours apart",
      ],
      ["I'll go with eggshell then. Ordered 2.5 litres of Pigeon.", "Good choice: eggshell is forgiving on cabinet doors."],
    ],
  },
];

/** The notes: file name, text and, for the note not dated by its name, the modification time. */
const NOTES: Person["files"] = [
  {
    name: "Kitchen renovation.md",
    text: `# Kitchen renovation

## Quotes
| Builder | Quote | Start |
|---|---|---|
| Hartley & Sons | £18,500 | 3 March |
| BuildRight | £21,000 | 17 February |

We went with Hartley & Sons. Deposit of £2,000 paid on 20 January.

## Contacts
- Plumber: Gary, 07700 900456
- Electrician: Priya Nair, priya.nair@sparks.co.uk

## Decisions
- Worktop: oak, from Worktop Express
- Tiles: white metro tiles, grey grout
- Paint: Farrow & Ball Pigeon for the cabinets
`,
    mtime: MODIFIED,
  },
  {
    name: "2026-03-10.md",
    text: `Hartley's team started demolition today. Found damp behind the sink, Gary is coming on Thursday to look at it.

Skip delivered, collection on the 17th.
`,
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How much did Hartley & Sons quote?", expect: ["18,500"] },
  { question: "Which builder did we choose?", expect: ["Hartley"] },
  { question: "How much was the deposit?", expect: ["2,000"] },
  { question: "What is the plumber's number?", expect: ["07700 900456"] },
  { question: "What is Priya's email?", expect: ["priya.nair@sparks.co.uk"] },
  { question: "What worktop did we pick?", expect: ["oak"] },
  { question: "What paint are the cabinets?", expect: ["Pigeon"] },
  { question: "When did demolition start?", expect: ["10 March"] },
  { question: "When is Gary coming?", expect: ["Thursday"] },
  { question: "When is the skip collected?", expect: ["17"] },
  { question: "What finish should I use on the cabinets?", expect: ["eggshell"] },
  { question: "How do I paint kitchen cabinets?", expect: ["sugar soap"] },
  { question: "When could BuildRight start?", expect: ["17 February"] },
  { question: "How much paint did I order?", expect: ["2.5"] },
  { question: "How much did the tiles cost?", expect: null },
  { question: "What is the electrician's phone number?", expect: null },
  { question: "When will the kitchen be finished?", expect: null },
];

/** The renovation person: the notes and the export as conversations.json, asked on 14 March 2026 at 09:00 UTC. */
export const renovation: Person = {
  name: "renovation",
  files: [...NOTES, { name: "conversations.json", text: JSON.stringify(chatgptExport(CONVERSATIONS, T0, 120)) }],
  askedAt: Date.UTC(2026, 2, 14, 9),
  questions: QUESTIONS,
};
