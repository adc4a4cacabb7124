/**
 * The developer: building an invoicing app, Ledgerly (Django and Postgres), interviewing at Monzo,
 * with an old cat, Pixel, on a renal diet. Their data: a ChatGPT export of five conversations, coding
 * help mixed with life (a slow Postgres query, deploying to Fly.io, interview prep, cat food, a
 * postcode regex), with code blocks, hand-written by the developers while trying Engram as its users
 * would. With them, the questions such a person asks later and the words a right answer holds, and
 * questions nothing here answers. Not held out: written in session 24 before reading what Engram made
 * of them (first run: 8 / 14 answerable right, 3 / 3 abstained), then the engine's rules were fixed
 * while reading them, so bench:personal guards what works for a user against regressions; LoCoMo's
 * dev split (bench:locomo, bench:ask) is the measure of quality.
 */
import { type ChatConversation, chatgptExport } from "./chatgpt-export.js";
import type { Person } from "./types.js";

/** The first conversation's start: 10 August 2026, 20:00 UTC (unix seconds). */
const T0 = Date.UTC(2026, 7, 10, 20, 0, 0) / 1000;

/** The conversations, exchanges two and a half minutes apart. */
const CONVERSATIONS: ChatConversation[] = [
  {
    id: "pg",
    title: "Postgres slow query",
    day: 0,
    exchanges: [
      [
        "I'm building an invoicing app called Ledgerly with Django and Postgres. This query takes 4 seconds:\n\n```sql\nSELECT * FROM invoices WHERE customer_id = 42 ORDER BY created_at DESC LIMIT 20;\n```\n\nHow can I speed it up?",
        "Add a composite index on (customer_id, created_at DESC):\n\n```sql\nCREATE INDEX invoices_customer_created ON invoices (customer_id, created_at DESC);\n```\n\nThen check the plan with EXPLAIN ANALYZE.",
      ],
      ["That worked, it's 3 ms now. We have about 2 million invoices.", "Great! At that size, also keep autovacuum tuned."],
    ],
  },
  {
    id: "deploy",
    title: "Deploy to Fly.io",
    day: 6,
    exchanges: [
      [
        "How do I deploy a Django app to Fly.io?",
        "Install flyctl, run fly launch in your project folder, set your secrets with fly secrets set, then run fly deploy. Use a Dockerfile with gunicorn as the server.",
      ],
      ["We decided to stay on Heroku for now because the team knows it.", "That's reasonable; migrating later is straightforward."],
    ],
  },
  {
    id: "interview",
    title: "Interview prep",
    day: 14,
    exchanges: [
      [
        "I have a system design interview at Monzo next Wednesday. What should I prepare?",
        "Review load balancing, caching, database sharding, message queues and rate limiting, and practise designing a payments ledger.",
      ],
      ["The recruiter is called Hannah. The role is senior backend engineer.", "Good luck! Ask Hannah about the interview format."],
    ],
  },
  {
    id: "cat",
    title: "Cat food",
    day: 20,
    exchanges: [
      [
        "My cat Pixel is 12 and has kidney disease. The vet, Dr. Lin, put her on a renal diet. Which brands are good?",
        "Common renal diets are Hill's k/d, Royal Canin Renal and Purina NF. Follow Dr. Lin's advice on which one.",
      ],
      ["She only eats the Royal Canin one.", "Then stick with it and keep her hydrated."],
    ],
  },
  {
    id: "regex",
    title: "Regex help",
    day: 27,
    exchanges: [
      [
        "Why does this regex not match UK postcodes like SW1A 1AA? ^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$",
        "It does match SW1A 1AA; check that your input has no trailing whitespace, or add \\s* before the $.",
      ],
      ["You're right, there was a trailing newline.", "Glad you found it!"],
    ],
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What is my app called?", expect: ["Ledgerly"] },
  { question: "What stack does Ledgerly use?", expect: ["Django", "Postgres"] },
  { question: "How did I fix the slow invoices query?", expect: ["index"] },
  { question: "How many invoices do we have?", expect: ["2 million"] },
  { question: "Where do we host the app?", expect: ["Heroku"] },
  { question: "How do I deploy to Fly.io?", expect: ["fly deploy"] },
  { question: "When is my Monzo interview?", expect: ["Wednesday"] },
  { question: "Who is the recruiter?", expect: ["Hannah"] },
  { question: "What role am I interviewing for?", expect: ["senior backend engineer"] },
  { question: "What's my cat's name?", expect: ["Pixel"] },
  { question: "What food does Pixel eat?", expect: ["Royal Canin"] },
  { question: "Who is Pixel's vet?", expect: ["Dr. Lin"] },
  { question: "How old is Pixel?", expect: ["12"] },
  { question: "What was wrong with my postcode regex?", expect: ["trailing"] },
  { question: "What's my dog's name?", expect: null },
  { question: "When is my Google interview?", expect: null },
  { question: "How do I deploy to AWS?", expect: null },
];

/** The developer: the export as conversations.json, asked 30 days after the first conversation (9 September 2026). */
export const developer: Person = {
  name: "developer",
  files: [{ name: "conversations.json", text: JSON.stringify(chatgptExport(CONVERSATIONS, T0, 150)) }],
  askedAt: Date.UTC(2026, 8, 9, 20, 0, 0),
  questions: QUESTIONS,
};
