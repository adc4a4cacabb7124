/**
 * The highlighter: Priya reads on a Kindle, saves articles, follows a few people on X and listens to
 * podcasts, and Readwise gathers her highlights from all of them. She exports them (readwise.io →
 * Export → CSV: `readwise-data.csv`, one row per highlight, its header `Highlight,Book Title,Book
 * Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags`;
 * "Highlighted at" like `2026-10-14 21:14:03+00:00`; a Kindle book's highlights at a page or
 * location, an article's in reading order (`order`), a podcast's at a time offset; a tweet's "book"
 * titled "Tweets From …" by its @handle; her note on a highlight in `Note`, her tags comma-separated
 * in `Tags`; a highlight of several lines, or with commas or quotes, quoted as CSV quotes it) and
 * keeps it in her reading folder beside a note of her reading goals, which she imports whole
 * (`engram import Reading`). Hand-written by the developers while trying Engram as its users would,
 * in session 32, before Engram could read a Readwise export (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer
 * holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** Readwise's CSV header, as its export writes it. */
const HEADER = [
  "Highlight",
  "Book Title",
  "Book Author",
  "Amazon Book ID",
  "Note",
  "Color",
  "Tags",
  "Location Type",
  "Location",
  "Highlighted at",
  "Document tags",
];

/** One highlight's row: its cells in the header's order. */
type Row = [
  highlight: string,
  title: string,
  author: string,
  asin: string,
  note: string,
  color: string,
  tags: string,
  locationType: string,
  location: string,
  at: string,
  documentTags: string,
];

/** A cell as CSV writes it (RFC 4180, minimal quoting: a cell with a comma, a quote or a line break is quoted, its quotes doubled). */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const ROWS: Row[] = [
  [
    "The habit loop is simple: first a cue, then the routine, then the reward. Change the routine and keep the cue and the reward.",
    "The Power of Habit",
    "Charles Duhigg",
    "B0055PGUYU",
    "Try this for the 6am run: shoes by the door as the cue",
    "yellow",
    "habits, running",
    "location",
    "1021",
    "2026-10-06 21:14:03+00:00",
    "self-improvement",
  ],
  [
    "Willpower isn't just a skill. It's a muscle, like the muscles in your arms or legs, and it gets tired as it works harder.",
    "The Power of Habit",
    "Charles Duhigg",
    "B0055PGUYU",
    "",
    "yellow",
    "",
    "location",
    "2314",
    "2026-10-08 22:02:41+00:00",
    "self-improvement",
  ],
  [
    "The day will never arrive when you finally have everything under control.",
    "Four Thousand Weeks",
    "Oliver Burkeman",
    "B08LDRCP9M",
    "Read this before the Q1 planning meeting",
    "blue",
    "planning, work",
    "page",
    "112",
    "2026-10-14 20:31:55+00:00",
    "",
  ],
  [
    'He calls it "the efficiency trap": the more you get done,\nthe more you will be given to do.',
    "Four Thousand Weeks",
    "Oliver Burkeman",
    "B08LDRCP9M",
    "",
    "yellow",
    "work",
    "page",
    "47",
    "2026-10-15 07:48:12+00:00",
    "",
  ],
  [
    "A phone checked before breakfast sets the agenda for the whole day, and it is rarely your agenda.",
    "The Case for Slow Mornings",
    "Hannah Keller",
    "",
    "Phone stays in the kitchen overnight from now on",
    "yellow",
    "mornings",
    "order",
    "3",
    "2026-10-21 06:55:30+00:00",
    "articles",
  ],
  [
    "Saving money is the gap between your ego and your income.",
    "Tweets From Morgan Housel",
    "@morganhousel",
    "",
    "",
    "",
    "money",
    "order",
    "1",
    "2026-11-02 12:20:44+00:00",
    "",
  ],
  [
    "Keep the bedroom at around 18 degrees. A cool room helps you fall asleep faster than a warm one.",
    "Episode 87: How to Fix Your Sleep",
    "The Deep Rest Podcast",
    "",
    "Turn the bedroom radiator down to 2",
    "",
    "sleep",
    "time_offset",
    "1514",
    "2026-11-09 21:40:18+00:00",
    "podcasts",
  ],
];

/** Priya's Readwise export: the header, then a row per highlight, grouped by book. */
const READWISE_CSV = `${[HEADER.join(","), ...ROWS.map((r) => r.map(cell).join(","))].join("\n")}\n`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did I highlight about habits?", expect: ["cue", "reward"] },
  { question: "Who wrote The Power of Habit?", expect: ["Charles Duhigg"] },
  { question: "What was my note on the habit loop?", expect: ["shoes by the door"] },
  { question: "What was my note on Four Thousand Weeks?", expect: ["Q1 planning"] },
  { question: "When did I highlight Four Thousand Weeks?", expect: ["14 October"] },
  { question: "What is the efficiency trap?", expect: ["given to do"] },
  { question: "Which article said checking your phone before breakfast sets the agenda?", expect: ["Slow Mornings"] },
  { question: "What did I highlight about saving money?", expect: ["ego"] },
  { question: "What temperature should my bedroom be?", expect: ["18 degrees"] },
  { question: "Which podcast talked about bedroom temperature?", expect: ["Deep Rest"] },
  { question: "How many books do I want to read next year?", expect: ["24"] },
  { question: "What did I highlight in Sapiens?", expect: null },
  { question: "Who wrote Thinking, Fast and Slow?", expect: null },
  { question: "When is my book club meeting?", expect: null },
];

/** Priya: her Readwise export and her reading goals in one folder ("Reading"), imported whole, asked on Wednesday 2 December 2026. */
export const highlighter: Person = {
  name: "highlighter",
  files: [
    { name: "Reading/readwise-data.csv", text: READWISE_CSV, mtime: Date.UTC(2026, 10, 30, 19, 5) },
    {
      name: "Reading/Reading goals.md",
      text: "# Reading goals for 2027\n\n- Read 24 books next year, two a month\n- Finish Middlemarch by the end of March\n- Fewer articles, more books\n",
      mtime: Date.UTC(2026, 10, 28, 10, 0),
    },
  ],
  folder: "Reading",
  askedAt: Date.UTC(2026, 11, 2, 18, 0),
  questions: QUESTIONS,
};
