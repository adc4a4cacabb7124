/**
 * The freelancer person: a web designer in Bristol with two clients (Northwind on a monthly retainer,
 * Bluebell Bakery on a fixed-price redesign), invoices, a trip to Lisbon and a deploy checklist. Their
 * data: an Obsidian-style notes folder (client notes under headings, daily notes named by their day,
 * an ideas list, a numbered how-to) and a ChatGPT conversation about VAT; hand-written by the
 * developers while trying Engram as its users would. With them, the questions such a person asks
 * later and the words a right answer holds, and questions nothing here answers. Written in session 25
 * before reading what Engram made of them (the first run's figures are in bench/README.md).
 */
import { type ChatConversation, chatgptExport } from "./chatgpt-export.js";
import type { Person } from "./types.js";

/** When the notes not dated by their names were last modified (epoch ms): 2 November 2026, 09:00 UTC. */
const MODIFIED = Date.UTC(2026, 10, 2, 9, 0, 0);

/** The conversation's start: 4 November 2026, 21:00 UTC (unix seconds). */
const T0 = Date.UTC(2026, 10, 4, 21, 0, 0) / 1000;

const CONVERSATIONS: ChatConversation[] = [
  {
    id: "vat",
    title: "VAT registration",
    day: 0,
    exchanges: [
      [
        "I'm a freelance web designer in Bristol and my turnover this year just passed £85,000. Do I need to register for VAT?",
        "In the UK you must register for VAT within 30 days once your taxable turnover over the last 12 months passes £90,000. You can also register voluntarily below that.",
      ],
      ["OK, so not yet. I'll check my turnover again in January.", "Sounds sensible. Keep an eye on the rolling 12-month total."],
    ],
  },
];

/** The notes folder: file name, text and, for the notes not dated by their names, the modification time. */
const NOTES: Person["files"] = [
  {
    name: "Clients.md",
    text: `# Clients

## Northwind
Contact: Priya Shah (priya@northwind.io). Retainer of £2,000 a month, invoiced on the 1st.

## Bluebell Bakery
Website redesign, fixed price £4,500. Deadline: 30 November. The owner is Tom Reed.
`,
    mtime: MODIFIED,
  },
  {
    name: "2026-11-03.md",
    text: `Call with Tom from Bluebell at 10. He wants the menu page live before the Christmas market on December 5.

Sent invoice #042 to Northwind.

Gym after lunch.
`,
  },
  {
    name: "2026-11-10.md",
    text: `- Northwind paid invoice #042
- Bluebell approved the homepage design
- Booked flights to Lisbon for Web Summit, 11-14 November
`,
  },
  {
    name: "Ideas.md",
    text: `# Ideas

- Start a newsletter about small-business websites
- Offer a maintenance plan at £150 a month
`,
    mtime: MODIFIED,
  },
  {
    name: "Deploy.md",
    text: `# How I deploy a client site

1. Run the build with npm run build
2. Upload the dist folder to Netlify
3. Point the client's DNS to Netlify
4. Turn on HTTPS
`,
    mtime: MODIFIED,
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who is my contact at Northwind?", expect: ["Priya Shah"] },
  { question: "What is Priya's email?", expect: ["priya@northwind.io"] },
  { question: "How much is the Northwind retainer?", expect: ["2,000"] },
  { question: "When is the Bluebell deadline?", expect: ["30 November"] },
  { question: "Who owns Bluebell Bakery?", expect: ["Tom Reed"] },
  { question: "When is the Christmas market?", expect: ["5 December"] },
  { question: "Has Northwind paid invoice 042?", expect: ["paid"] },
  { question: "When is Web Summit?", expect: ["11"] },
  { question: "How do I deploy a client site?", expect: ["Netlify"] },
  { question: "What's my turnover this year?", expect: ["85,000"] },
  { question: "Where do I live?", expect: ["Bristol"] },
  { question: "What do I do for work?", expect: ["web designer"] },
  { question: "What ideas do I have?", expect: ["newsletter"] },
  { question: "How much would a maintenance plan cost?", expect: ["150"] },
  { question: "What did Bluebell approve?", expect: ["homepage"] },
  { question: "When should I check my turnover again?", expect: ["January"] },
  { question: "What is Northwind's office address?", expect: null },
  { question: "When is my dentist appointment?", expect: null },
  { question: "What is Tom Reed's phone number?", expect: null },
];

/** The freelancer person: the notes and the export as conversations.json, asked on 12 November 2026 at 09:00 UTC. */
export const freelancer: Person = {
  name: "freelancer",
  files: [...NOTES, { name: "conversations.json", text: JSON.stringify(chatgptExport(CONVERSATIONS, T0, 120)) }],
  askedAt: Date.UTC(2026, 10, 12, 9),
  questions: QUESTIONS,
};
