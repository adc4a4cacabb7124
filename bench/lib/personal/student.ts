/**
 * The student person: Ines, an MSc student in Edinburgh writing a thesis on urban heat islands, who
 * works Saturdays in a café, shares a flat with Tom and Kasia, had her bike stolen, gives a conference
 * talk and learns Japanese with a language exchange partner. Their data: a Claude export of seven
 * conversations and a thesis plan in Markdown; hand-written by the developers while trying Engram as
 * its users would. With them, the questions such a person asks later and the words a right answer
 * holds, and questions nothing here answers. Written in session 25 before reading what Engram made of
 * them (the first run's figures are in bench/README.md).
 */
import { type ClaudeConversation, claudeExport } from "./claude-export.js";
import type { Person } from "./types.js";

/** The first conversation's start: 10 January 2027, 18:00 UTC (epoch ms). */
const T0 = Date.UTC(2027, 0, 10, 18, 0, 0);

const CONVERSATIONS: ClaudeConversation[] = [
  {
    id: "thesis",
    name: "Literature review structure",
    day: 0,
    exchanges: [
      [
        "I'm doing an MSc in Environmental Science at Edinburgh. My thesis is on urban heat islands in Glasgow, and my supervisor is Dr. Hughes. The first full draft is due on 15 April. Can you help me structure the literature review?",
        "A common structure: start with definitions and measurement of urban heat islands, then drivers (land cover, building density, anthropogenic heat), then impacts on health, then mitigation, and end with the gap your study fills.",
      ],
      ["Dr. Hughes wants the whole thesis under 8,000 words.", "Then aim for about 2,000 words in the literature review."],
    ],
  },
  {
    id: "cafe",
    name: "Asking for a shift off",
    day: 3,
    exchanges: [
      [
        "I work Saturdays at Brew Lab café, 9 to 3. Is it ok to ask for the Saturday before my conference off?",
        "Yes, ask as early as you can and offer to swap with a colleague.",
      ],
      ["My manager Sophie said yes.", "Great, one less thing to worry about."],
    ],
  },
  {
    id: "flat",
    name: "Splitting bills",
    day: 7,
    exchanges: [
      [
        "My flatmates Tom and Kasia and I split the rent, £620 each. The energy bill came to £210 this month, how should we split it?",
        "Split equally, that's £70 each.",
      ],
      ["Kasia paid it, so Tom and I each owe her £70.", "Makes sense. A shared spreadsheet or a bill-splitting app keeps it tidy."],
    ],
  },
  {
    id: "bike",
    name: "Stolen bike",
    day: 12,
    exchanges: [
      [
        "My bike got stolen outside the library yesterday. I reported it to the police and the crime number is 4471. What else should I do?",
        "Tell your insurer if you have cover, check local selling sites, and register your next bike with a marking scheme.",
      ],
      ["I bought a second-hand Trek FX 2 for £250 on Gumtree.", "Nice find. Get a good D-lock for it."],
    ],
  },
  {
    id: "talk",
    name: "Conference slides",
    day: 20,
    exchanges: [
      [
        "I'm giving a talk at the Scottish Geography Conference in Glasgow on 12 March. It's 15 minutes. Any tips on slides?",
        "Keep to about one slide a minute, one idea per slide, big figures and few words.",
      ],
      ["I'll practise it with my flatmates on the Sunday before.", "Good plan, time yourself."],
    ],
  },
  {
    id: "cite",
    name: "Citing a dataset",
    day: 25,
    exchanges: [
      [
        "How do I cite a dataset in APA 7?",
        "List the author or organisation, then the year in brackets. Add the dataset title in italics, followed by [Data set] in square brackets. Finish with the publisher and the DOI or URL.",
      ],
    ],
  },
  {
    id: "japanese",
    name: "Japanese textbook",
    day: 30,
    exchanges: [
      [
        "I'm learning Japanese with a language exchange partner, Yuki, every Wednesday evening. I help her with English in return. What's a good beginner textbook?",
        "Genki I is the most popular choice for beginners, with a workbook to go with it.",
      ],
      ["I ordered Genki I.", "Good choice! Start with the hiragana chapter."],
    ],
  },
];

/** The thesis plan, last modified on 9 January 2027, 10:00 UTC. */
const PLAN = `# Thesis plan

## Milestones
- Ethics approval: 31 January
- Fieldwork in Glasgow: February
- Full draft to Dr. Hughes: 15 April
- Submission: 20 May

## Data
Met Office temperature records and Landsat 8 satellite images.
`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who is my supervisor?", expect: ["Hughes"] },
  { question: "When is my thesis draft due?", expect: ["15 April"] },
  { question: "What is my thesis about?", expect: ["urban heat islands"] },
  { question: "How long can the thesis be?", expect: ["8,000"] },
  { question: "When is the submission deadline?", expect: ["20 May"] },
  { question: "When do I work at the café?", expect: ["Saturday"] },
  { question: "Who is my manager at Brew Lab?", expect: ["Sophie"] },
  { question: "How much rent do I pay?", expect: ["620"] },
  { question: "How much do I owe Kasia?", expect: ["70"] },
  { question: "What bike did I buy?", expect: ["Trek"] },
  { question: "What is the crime number for my bike?", expect: ["4471"] },
  { question: "When is my conference talk?", expect: ["12 March"] },
  { question: "Where is the conference?", expect: ["Glasgow"] },
  { question: "How do I cite a dataset in APA?", expect: ["data set"] },
  { question: "Who is Yuki?", expect: ["Japanese"] },
  { question: "When do I meet Yuki?", expect: ["Wednesday"] },
  { question: "Which textbook did I order?", expect: ["Genki"] },
  { question: "What data am I using for my thesis?", expect: ["Landsat"] },
  { question: "When is my dentist appointment?", expect: null },
  { question: "What is Tom's job?", expect: null },
  { question: "How much did my old bike cost?", expect: null },
];

/** The student person: the export as conversations.json and the plan, asked on 15 February 2027 at 12:00 UTC. */
export const student: Person = {
  name: "student",
  files: [
    { name: "conversations.json", text: JSON.stringify(claudeExport(CONVERSATIONS, T0)) },
    { name: "Thesis plan.md", text: PLAN, mtime: Date.UTC(2027, 0, 9, 10, 0, 0) },
  ],
  askedAt: Date.UTC(2027, 1, 15, 12),
  questions: QUESTIONS,
};
