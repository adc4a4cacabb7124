/**
 * The reader person: Owen, who reads on a Kindle and runs into his book club at the Crown. Their
 * data: the Kindle's "My Clippings.txt" as the device writes it (a byte-order mark, CRLF line ends,
 * highlights and notes separated by "==========", each with its book, location and time), a reading
 * list note, and a Claude conversation about the book club's next pick; hand-written by the developers
 * while trying Engram as its users would. With them, the questions such a person asks later and the
 * words a right answer holds, and questions nothing here answers. Written in session 26 before reading
 * what Engram made of them (the first run's figures are in bench/README.md).
 */
import { type ClaudeConversation, claudeExport } from "./claude-export.js";
import type { Person } from "./types.js";

/** When the reading list was last modified (epoch ms): 2 May 2026, 10:00 UTC. */
const MODIFIED = Date.UTC(2026, 4, 2, 10, 0, 0);

/** One clipping: the book line, the kind-and-place line, and the text. */
const CLIPPINGS: Array<[book: string, meta: string, text: string]> = [
  [
    "Atomic Habits (James Clear)",
    "- Your Highlight on page 27 | Location 401-402 | Added on Tuesday, 3 March 2026 21:14:05",
    "You do not rise to the level of your goals. You fall to the level of your systems.",
  ],
  ["Atomic Habits (James Clear)", "- Your Note on page 27 | Location 402 | Added on Tuesday, 3 March 2026 21:15:40", "Use this in the team retro"],
  [
    "On the Shortness of Life (Seneca)",
    "- Your Highlight on Location 112-113 | Added on Sunday, 12 April 2026 08:02:51",
    "It is not that we have a short time to live, but that we waste a lot of it.",
  ],
  ["The Overstory (Richard Powers)", "- Your Bookmark on page 88 | Location 1340 | Added on Friday, 24 April 2026 22:40:10", ""],
  [
    "The Overstory (Richard Powers)",
    "- Your Highlight on page 91 | Location 1388-1390 | Added on Friday, 24 April 2026 22:51:33",
    "The best arguments in the world won't change a person's mind. The only thing that can do that is a good story.",
  ],
];

/** The clippings file as a Kindle writes it. */
const MY_CLIPPINGS = `\uFEFF${CLIPPINGS.map(([book, meta, text]) => `${book}\r\n${meta}\r\n\r\n${text}\r\n==========\r\n`).join("")}`;

/** The conversation's start: 28 April 2026, 20:00 UTC (epoch ms). */
const T0 = Date.UTC(2026, 3, 28, 20, 0, 0);

const CONVERSATIONS: ClaudeConversation[] = [
  {
    id: "bookclub",
    name: "Book club pick",
    day: 0,
    exchanges: [
      [
        "My book club meets on the first Thursday of every month at the Crown pub. It's my turn to pick for June. We loved The Overstory. Any suggestions in the same spirit?",
        "If The Overstory landed well, try Braiding Sweetgrass by Robin Wall Kimmerer, or Barbara Kingsolver's Prodigal Summer. Both weave people and the natural world together.",
      ],
      ["I'll go with Braiding Sweetgrass.", "Great choice. It reads well in short sittings, which helps a club."],
    ],
  },
];

/** The reader's files: the Kindle clippings, the reading list and the Claude export. */
const FILES: Person["files"] = [
  { name: "My Clippings.txt", text: MY_CLIPPINGS },
  {
    name: "Reading list.md",
    text: `# Reading list 2026

- [x] Atomic Habits by James Clear
- [x] On the Shortness of Life by Seneca
- [ ] Middlemarch by George Eliot (recommended by Aunt June)
`,
    mtime: MODIFIED,
  },
  { name: "conversations.json", text: JSON.stringify(claudeExport(CONVERSATIONS, T0)) },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did I highlight in Atomic Habits?", expect: ["systems"] },
  { question: "What does Seneca say about time?", expect: ["waste"] },
  { question: "What was my note on Atomic Habits?", expect: ["retro"] },
  { question: "What did The Overstory say about stories?", expect: ["mind"] },
  { question: "Who wrote The Overstory?", expect: ["Richard Powers"] },
  { question: "Who recommended Middlemarch?", expect: ["June"] },
  { question: "When does my book club meet?", expect: ["first Thursday"] },
  { question: "Where does the book club meet?", expect: ["Crown"] },
  { question: "What is my book club pick for June?", expect: ["Braiding Sweetgrass"] },
  { question: "Which books have I finished?", expect: ["Atomic Habits"] },
  { question: "When did I read Atomic Habits?", expect: ["3 March"] },
  { question: "What did I highlight in Dune?", expect: null },
  { question: "What is my library card number?", expect: null },
  { question: "Who is hosting the book club in July?", expect: null },
];

/** The reader person: the clippings, the reading list and the export, asked on 5 May 2026 at 18:00 UTC. */
export const reader: Person = {
  name: "reader",
  files: FILES,
  askedAt: Date.UTC(2026, 4, 5, 18),
  questions: QUESTIONS,
};
