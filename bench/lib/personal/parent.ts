/**
 * The parent person: Dana, with two children, Leo (7, allergic to peanuts) and Maya (turning 5), a
 * partner Tom who travels for work, and a babysitter list. Their data: a ChatGPT export of six
 * conversations (lunchboxes, a birthday party, a playdough recipe, early waking, school, a booster
 * seat) and an Obsidian-style folder of daily notes named by their day with no heading, plus a
 * babysitters note; hand-written by the developers while trying Engram as its users would. With them,
 * the questions such a person asks later and the words a right answer holds, and questions nothing
 * here answers. Written in session 25 before reading what Engram made of them (the first run's figures
 * are in bench/README.md).
 */
import { type ChatConversation, chatgptExport } from "./chatgpt-export.js";
import type { Person } from "./types.js";

/** The first conversation's start: 1 September 2026, 20:00 UTC (unix seconds). */
const T0 = Date.UTC(2026, 8, 1, 20, 0, 0) / 1000;

/** When the babysitters note was last modified (epoch ms): 1 October 2026, 09:00 UTC. */
const MODIFIED = Date.UTC(2026, 9, 1, 9, 0, 0);

/** The conversations, exchanges two minutes apart. */
const CONVERSATIONS: ChatConversation[] = [
  {
    id: "lunch",
    title: "Nut-free lunchbox ideas",
    day: 0,
    exchanges: [
      [
        "My son Leo is 7 and he's allergic to peanuts, he carries an EpiPen. Can you suggest some nut-free lunchbox ideas?",
        "Here are some ideas:\n\n- Hummus and cucumber wraps\n- Cheese and crackers with grapes\n- Pasta salad with sweetcorn\n- Sunflower seed butter sandwiches\n\nAlways check labels for 'may contain nuts'.",
      ],
      ["He loves hummus and cucumber, so I'll go with the wraps.", "Great choice! Wraps keep well in a lunchbox with an ice pack."],
    ],
  },
  {
    id: "sleep",
    title: "Toddler waking early",
    day: 9,
    exchanges: [
      [
        "My daughter Maya keeps waking up at 5am. Her bedtime is 7pm. What can I do?",
        "Try blackout blinds, a consistent wind-down routine, and a toddler clock that changes colour when it's time to get up.",
      ],
      ["We tried blackout blinds and it helped, she sleeps until 6:30 now.", "That's a big improvement! Keep the routine consistent."],
    ],
  },
  {
    id: "playdough",
    title: "Homemade playdough",
    day: 16,
    exchanges: [
      [
        "How do I make homemade playdough?",
        "Mix 2 cups of flour with half a cup of salt and 2 tablespoons of cream of tartar. Pour in 1.5 cups of boiling water with 2 tablespoons of oil and a few drops of food colouring. Stir until it comes together, then knead until smooth.",
      ],
      ["That worked, the kids loved it!", "Wonderful! Store it in an airtight container and it will keep for weeks."],
    ],
  },
  {
    id: "school",
    title: "Parents' evening questions",
    day: 30,
    exchanges: [
      [
        "Leo's teacher this year is Mr. Okoro. Parents' evening is on October 22 at 4:30pm. What should I ask him?",
        "You could ask how Leo is settling in, how his reading is going, who he plays with, and what you can practise at home.",
      ],
    ],
  },
  {
    id: "party",
    title: "Party bag ideas",
    day: 35,
    exchanges: [
      [
        "Maya turns 5 on November 14th. We're having her party at Little Explorers soft play on Saturday the 14th at 2pm. I've invited 12 kids. What should go in the party bags?",
        "For five-year-olds: bubbles, stickers, a small colouring book, crayons and a slice of birthday cake. Keep anything with nuts out, since allergies are common.",
      ],
    ],
  },
  {
    id: "seat",
    title: "Booster seat",
    day: 40,
    exchanges: [
      [
        "Which booster seat is good for a 7 year old?",
        "Look for a high-back booster with ISOFIX connectors and side-impact protection, such as the Maxi-Cosi RodiFix or the Britax Kidfix.",
      ],
      ["We bought the Maxi-Cosi RodiFix for Leo.", "Good pick! Make sure the shoulder belt sits across the middle of his shoulder."],
    ],
  },
];

/** The daily notes (dated by their names, no heading) and the babysitters note. */
const NOTES: Person["files"] = [
  {
    name: "2026-10-06.md",
    text: `- Dropped Maya at Sunflower Nursery at 8:15
- Called Dr. Nguyen about Leo's cough, appointment on Thursday at 10am
- Leo's swimming lessons start next Monday at the leisure centre, 5pm
`,
  },
  {
    name: "2026-10-12.md",
    text: `Tom is away in Glasgow for work until Friday. Mum is helping with the school pickups on Tuesday and Wednesday.

Leo lost his second tooth today!
`,
  },
  {
    name: "Babysitters.md",
    text: `# Babysitters

- Chloe: 07700 900123, £12 an hour, free at weekends
- Aisha (our neighbour at number 14): evenings only
`,
    mtime: MODIFIED,
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What is Leo allergic to?", expect: ["peanut"] },
  { question: "How old is Leo?", expect: ["7"] },
  { question: "When is Maya's birthday?", expect: ["14"] },
  { question: "Where is Maya's party?", expect: ["Little Explorers"] },
  { question: "How many kids did I invite to Maya's party?", expect: ["12"] },
  { question: "How do I make playdough?", expect: ["flour", "salt"] },
  { question: "Who is Leo's teacher?", expect: ["Okoro"] },
  { question: "When is parents' evening?", expect: ["22"] },
  { question: "What time does Maya wake up now?", expect: ["6:30"] },
  { question: "Which booster seat did we buy?", expect: ["RodiFix"] },
  { question: "What does Leo like in his lunchbox?", expect: ["hummus"] },
  { question: "Which nursery does Maya go to?", expect: ["Sunflower"] },
  { question: "When is Leo's doctor appointment?", expect: ["Thursday"] },
  { question: "When do Leo's swimming lessons start?", expect: ["12 October"] },
  { question: "Where is Tom this week?", expect: ["Glasgow"] },
  { question: "Who is helping with the school pickups?", expect: ["Mum"] },
  { question: "What is Chloe's phone number?", expect: ["07700 900123"] },
  { question: "How much does Chloe charge?", expect: ["12"] },
  { question: "What did we try for Maya's early waking?", expect: ["blackout blinds"] },
  { question: "When is Leo's football practice?", expect: null },
  { question: "What is Tom's job?", expect: null },
  { question: "What is Maya allergic to?", expect: null },
];

/** The parent person: the export as conversations.json and the notes, asked on 13 October 2026 at 18:00 UTC. */
export const parent: Person = {
  name: "parent",
  files: [{ name: "conversations.json", text: JSON.stringify(chatgptExport(CONVERSATIONS, T0, 120)) }, ...NOTES],
  askedAt: Date.UTC(2026, 9, 13, 18),
  questions: QUESTIONS,
};
