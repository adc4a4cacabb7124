/**
 * The errands person: a nurse in Ontario with a first car, a sister Jill, a partner Dev and a book
 * club. Their data: a ChatGPT export of seven conversations about their life and errands (a car, a
 * sister's birthday, meal prep, Spanish lessons, back pain, a wifi password, a book club) and a
 * Markdown note with lists and a how-to, hand-written by the developers while trying Engram as its
 * users would (sessions 22–23). With them, the questions such a person asks later and the words a
 * right answer holds, and questions nothing here answers. Not held out: the engine's rules were fixed
 * while reading these chats, so bench:personal guards what works for a user against regressions;
 * LoCoMo's dev split (bench:locomo, bench:ask) is the measure of quality.
 */
import { type ChatConversation, chatgptExport } from "./chatgpt-export.js";
import type { Person } from "./types.js";

/** The first conversation's start: 1 September 2026, 19:00 UTC (unix seconds). */
const T0 = Date.UTC(2026, 8, 1, 19, 0, 0) / 1000;

/** The conversations, exchanges two minutes apart. */
const CONVERSATIONS: ChatConversation[] = [
  {
    id: "car",
    title: "Car insurance",
    day: 0,
    exchanges: [
      [
        "I just bought a used 2019 Honda Civic, my first car. What insurance do I need in Ontario?",
        "Congratulations! In Ontario you need third-party liability, accident benefits, direct compensation property damage and uninsured automobile coverage.",
      ],
      ["I drive about 15 km to work each day, to the hospital where I work as a nurse.", "With a short commute, ask insurers about low-mileage discounts."],
    ],
  },
  {
    id: "gift",
    title: "Birthday gift",
    day: 5,
    exchanges: [
      [
        "My sister Jill turns 30 on October 14. She loves hiking and photography. Gift ideas under $100?",
        "Here are some ideas: a lightweight camera backpack, a trekking pole set, a photo book of her trips, or a national park pass.",
      ],
      ["I think I'll get her the camera backpack.", "Great choice! Look for one with a rain cover."],
    ],
  },
  {
    id: "prep",
    title: "Meal prep",
    day: 9,
    exchanges: [
      [
        "I'm vegetarian and I work night shifts. How do I meal prep for the week?",
        "1. Pick three recipes on Sunday. 2. Cook grains and beans in bulk. 3. Roast two trays of vegetables. 4. Portion everything into containers. 5. Freeze what you won't eat within three days.",
      ],
      ["Thanks. My favourite dish is chana masala.", "Chana masala freezes very well, so it's perfect for meal prep."],
    ],
  },
  {
    id: "spanish",
    title: "Spanish",
    day: 20,
    exchanges: [
      [
        "I started learning Spanish on Duolingo last month because we're going to Mexico City in March.",
        "¡Qué bien! Try to add a podcast like Coffee Break Spanish for listening practice.",
      ],
      ["My partner Dev is coming too. He already speaks some Spanish.", "Then you can practise together every day."],
    ],
  },
  {
    id: "back",
    title: "Back pain",
    day: 33,
    exchanges: [
      [
        "My lower back has been hurting since I moved the couch on Saturday. Should I see a doctor?",
        "If the pain is severe or spreads down your leg, see a doctor. Otherwise rest, gentle walking and heat usually help.",
      ],
      ["It's getting better. I booked a physio appointment for next Tuesday anyway.", "Good idea. Mention when it started and what makes it worse."],
    ],
  },
  {
    id: "wifi",
    title: "Wifi password",
    day: 40,
    exchanges: [
      [
        "How do I change my wifi password on a TP-Link router?",
        "Open 192.168.0.1 in a browser, log in, go to Wireless > Wireless Security, type the new password and click Save.",
      ],
    ],
  },
  {
    id: "books",
    title: "Book club",
    day: 47,
    exchanges: [
      [
        "Our book club is reading Klara and the Sun this month. I host it at my place on the first Thursday of every month.",
        "Klara and the Sun is a great pick.",
      ],
      ["My friend Priya recommended it. She's a librarian.", "Librarians give the best recommendations!"],
    ],
  },
];

/** The person's note (Markdown), written on the last conversation's day. */
const PERSONAL_NOTE = `# Weekend

## Shopping
- oat milk
- eggs
- coffee beans

## Todo
- call the plumber about the leak
- renew my gym membership

I want to repaint the bedroom in a light green before Christmas.

## How to reset the router
- unplug it
- wait thirty seconds
- plug it back in
`;

/** The note's modification time (epoch ms): 20 October 2026. */
const PERSONAL_NOTE_TIME = Date.UTC(2026, 9, 20, 9, 0, 0);

/** When the questions are asked (epoch ms): 25 October 2026. */
const ASKED_AT = Date.UTC(2026, 9, 25, 12, 0, 0);

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const PERSONAL_QUESTIONS: Person["questions"] = [
  { question: "What car do I have?", expect: ["Honda Civic"] },
  { question: "What is my job?", expect: ["nurse"] },
  { question: "When is Jill's birthday?", expect: ["14 October"] },
  { question: "What did I decide to get Jill?", expect: ["camera backpack"] },
  { question: "What does Jill like?", expect: ["hiking", "photography"] },
  { question: "Am I vegetarian?", expect: ["vegetarian"] },
  { question: "What's my favourite dish?", expect: ["chana masala"] },
  { question: "How do I meal prep?", expect: ["Pick three recipes", "Freeze"] },
  { question: "What language am I learning?", expect: ["Spanish"] },
  { question: "When are we going to Mexico City?", expect: ["March 2027"] },
  { question: "Who is Dev?", expect: ["partner"] },
  { question: "When is my physio appointment?", expect: ["6 October 2026"] },
  { question: "How do I change my wifi password?", expect: ["192.168.0.1", "Click Save"] },
  { question: "What is the book club reading?", expect: ["Klara and the Sun"] },
  { question: "Who recommended Klara and the Sun?", expect: ["Priya"] },
  { question: "What's on my shopping list?", expect: ["oat milk", "coffee beans"] },
  { question: "What's on my todo list?", expect: ["plumber", "gym membership"] },
  { question: "What color will I paint the bedroom?", expect: ["light green"] },
  { question: "How do I reset the router?", expect: ["Unplug it", "Plug it back in"] },
  { question: "What is the capital of Australia?", expect: null },
  { question: "When is my dentist appointment?", expect: null },
  { question: "What is my brother's name?", expect: null },
  { question: "How do I bake sourdough bread?", expect: null },
  { question: "Where did I park my car?", expect: null },
];

/** The errands person: the export as conversations.json and the note as weekend.md, asked on 25 October 2026. */
export const errands: Person = {
  name: "errands",
  files: [
    { name: "conversations.json", text: JSON.stringify(chatgptExport(CONVERSATIONS, T0, 120)) },
    { name: "weekend.md", text: PERSONAL_NOTE, mtime: PERSONAL_NOTE_TIME },
  ],
  askedAt: ASKED_AT,
  questions: PERSONAL_QUESTIONS,
};
