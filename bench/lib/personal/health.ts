/**
 * The health person: someone who keeps a health note (medication with doses, allergies, appointments),
 * a running log in daily notes, and asked ChatGPT about a sore back and a half marathon. Their data: a
 * Markdown note with sections, a daily note named by its day, and a ChatGPT export; hand-written by
 * the developers while trying Engram as its users would. With them, the questions such a person asks
 * later and the words a right answer holds, and questions nothing here answers. Written in session 26
 * before reading what Engram made of them (the first run's figures are in bench/README.md).
 */
import { type ChatConversation, chatgptExport } from "./chatgpt-export.js";
import type { Person } from "./types.js";

/** When the health note was last modified (epoch ms): 1 November 2026, 18:00 UTC. */
const MODIFIED = Date.UTC(2026, 10, 1, 18, 0, 0);

/** The first conversation's start: 15 September 2026, 20:00 UTC (unix seconds). */
const T0 = Date.UTC(2026, 8, 15, 20, 0, 0) / 1000;

const CONVERSATIONS: ChatConversation[] = [
  {
    id: "back",
    title: "Lower back stretches",
    day: 0,
    exchanges: [
      [
        "I've had a sore lower back for two weeks since moving house. What stretches help?",
        "Try these gently, twice a day:\n1. Knee-to-chest stretch, 30 seconds each side\n2. Cat-cow, 10 slow reps\n3. Child's pose, 1 minute\nSee a GP if the pain spreads down your leg.",
      ],
      ["Thanks, the physio said the same. I'm seeing her again on Friday.", "Good: she can check your progress and adjust the stretches."],
    ],
  },
  {
    id: "race",
    title: "Half marathon hydration",
    day: 5,
    exchanges: [
      [
        "How much water should I drink when running a half marathon?",
        "Drink to thirst: a few sips at each water station, roughly 400-800 ml an hour. Practise it on your long runs.",
      ],
      ["My race is the Royal Parks Half on 11 October. My target is 1:55.", "A 1:55 target means about 5:27 per kilometre. Good luck!"],
    ],
  },
];

/** The notes: file name, text and, for the note not dated by its name, the modification time. */
const NOTES: Person["files"] = [
  {
    name: "Health.md",
    text: `# Health

## Medication
- Sertraline 50 mg, one tablet every morning
- Vitamin D, 1000 IU daily in winter

## Allergies
Penicillin (rash), shellfish.

## Appointments
- GP review with Dr. Adeyemi on 14 November at 9:40
- Dentist, Smile Studio, 2 December at 15:00
`,
    mtime: MODIFIED,
  },
  { name: "2026-11-03.md", text: "Ran 8 km in 44 minutes. Knee felt fine. Weight 72.4 kg.\n" },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What medication do I take?", expect: ["Sertraline"] },
  { question: "What dose of sertraline do I take?", expect: ["50 mg"] },
  { question: "What am I allergic to?", expect: ["Penicillin"] },
  { question: "When is my GP review?", expect: ["14 November"] },
  { question: "Who is my GP?", expect: ["Adeyemi"] },
  { question: "When is my dentist appointment?", expect: ["2 December"] },
  { question: "What stretches help my back?", expect: ["Cat-cow"] },
  { question: "When am I seeing the physio?", expect: ["Friday"] },
  { question: "When is my half marathon?", expect: ["11 October"] },
  { question: "What is my half marathon target time?", expect: ["1:55"] },
  { question: "How far did I run on 3 November?", expect: ["8 km"] },
  { question: "How much did I weigh?", expect: ["72.4"] },
  { question: "Why does my back hurt?", expect: ["moving house"] },
  { question: "What is my blood type?", expect: null },
  { question: "When is my next eye test?", expect: null },
  { question: "What did the physio say about my knee?", expect: null },
];

/** The health person: the notes and the export as conversations.json, asked on 10 November 2026 at 08:00 UTC. */
export const health: Person = {
  name: "health",
  files: [...NOTES, { name: "conversations.json", text: JSON.stringify(chatgptExport(CONVERSATIONS, T0, 120)) }],
  askedAt: Date.UTC(2026, 10, 10, 8),
  questions: QUESTIONS,
};
