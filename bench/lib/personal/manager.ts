/**
 * The manager person: Nadia, an engineering manager in Munich with a team of three (Sam, Lena,
 * Omar), weekly syncs, one-to-ones, a team offsite and a ChatGPT conversation about giving hard
 * feedback. Their data: a notes folder of meeting notes as people write them (attendees, notes,
 * decisions, action items with owners), a one-to-one log and an offsite plan, and a ChatGPT export;
 * hand-written by the developers while trying Engram as its users would. With them, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 * Written in session 26 before reading what Engram made of them (the first run's figures are in
 * bench/README.md).
 */
import { type ChatConversation, chatgptExport } from "./chatgpt-export.js";
import type { Person } from "./types.js";

/** When the notes not dated by their names were last modified (epoch ms): 20 October 2026, 17:30 UTC. */
const MODIFIED = Date.UTC(2026, 9, 20, 17, 30, 0);

/** The conversation's start: 14 October 2026, 19:00 UTC (unix seconds). */
const T0 = Date.UTC(2026, 9, 14, 19, 0, 0) / 1000;

const CONVERSATIONS: ChatConversation[] = [
  {
    id: "feedback",
    title: "Giving difficult feedback",
    day: 0,
    exchanges: [
      [
        "I manage a team of three engineers. Omar keeps missing code review deadlines and it's slowing the release. How do I give him difficult feedback?",
        "Pick a private moment soon after it happens. Describe the specific behaviour and its impact, without judging his character. Ask for his view and listen. Agree on one concrete change and a date to check in.",
      ],
      ["Thanks. I'll talk to him on Thursday in our one-to-one.", "Good plan. Bring one or two recent examples so the conversation stays concrete."],
    ],
  },
];

/** The notes folder: file name, text and, for the notes not dated by their names, the modification time. */
const NOTES: Person["files"] = [
  {
    name: "2026-10-06 Weekly sync.md",
    text: `# Weekly sync

Attendees: Sam Patel, Lena Fischer, Omar Haddad

## Notes
- Q4 roadmap: search revamp first, then billing
- Lena is out 20-24 October

## Decisions
- We ship the new onboarding on October 15
- Contractor budget capped at €40k for Q4

## Action items
- [ ] Sam: draft the hiring plan by Friday
- [ ] Omar to fix the login bug before the release
- [x] Book the offsite venue
`,
  },
  {
    name: "1-1 Lena.md",
    text: `# 1:1 Lena

## 2026-09-29
Lena wants to move to the platform team next year. Her partner is expecting a baby in January.

## 2026-10-13
Promotion case: she led the search revamp design. Follow up with HR in November.
`,
    mtime: MODIFIED,
  },
  {
    name: "Offsite.md",
    text: `# Team offsite

Where: Schloss Elmau, 12-13 November
Budget: €8,000
The bus leaves the Munich office at 8:00 on the 12th.
Omar is vegetarian, Sam has a nut allergy.
`,
    mtime: MODIFIED,
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who was at the weekly sync?", expect: ["Omar"] },
  { question: "When do we ship the new onboarding?", expect: ["15 October"] },
  { question: "What is the contractor budget?", expect: ["40k"] },
  { question: "What does Sam need to do?", expect: ["hiring plan"] },
  { question: "Who is fixing the login bug?", expect: ["Omar"] },
  { question: "When is Lena out?", expect: ["20"] },
  { question: "What's on the Q4 roadmap?", expect: ["search"] },
  { question: "Which team does Lena want to join?", expect: ["platform"] },
  { question: "When is Lena's baby due?", expect: ["January"] },
  { question: "What did Lena lead?", expect: ["search revamp"] },
  { question: "Where is the offsite?", expect: ["Schloss Elmau"] },
  { question: "When does the bus leave for the offsite?", expect: ["8:00"] },
  { question: "What is the offsite budget?", expect: ["8,000"] },
  { question: "Who has a nut allergy?", expect: ["Sam"] },
  { question: "How do I give difficult feedback?", expect: ["specific"] },
  { question: "When will I talk to Omar?", expect: ["Thursday"] },
  { question: "What is Omar's salary?", expect: null },
  { question: "When is the board meeting?", expect: null },
  { question: "Where does Sam live?", expect: null },
];

/** The manager person: the notes and the export as conversations.json, asked on 21 October 2026 at 08:30 UTC. */
export const manager: Person = {
  name: "manager",
  files: [...NOTES, { name: "conversations.json", text: JSON.stringify(chatgptExport(CONVERSATIONS, T0, 120)) }],
  askedAt: Date.UTC(2026, 9, 21, 8, 30),
  questions: QUESTIONS,
};
