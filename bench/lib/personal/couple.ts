/**
 * The couple: Tom and Ana planning their wedding in WhatsApp, as an iPhone exports the chat
 * (_chat.txt: "[01/11/2026, 18:02:11] Ana: …", day first), with what such an export holds besides
 * words: an edited message's "<This message was edited>", an image and a contact card "omitted" after
 * a left-to-right mark, a missed voice call, a deleted message, a poll with its options and votes, a
 * shared location, a message of two lines. Tom is the user (`--me Tom`). Hand-written by the
 * developers while trying Engram as its users would, in session 30, before Engram read it (the first
 * run's figures are in bench/README.md). With it, the questions such a person asks later and the
 * words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** The left-to-right mark WhatsApp puts before what stands for a message ("‎image omitted"). */
const LRM = "\u200e";

/** [when as the export writes it, who, what] in order. */
const MESSAGES: Array<[string, string, string]> = [
  ["01/11/2026, 18:02:11", "Ana", `Viewing at Hartwell Barn confirmed for Saturday 14 November at 11 ${LRM}<This message was edited>`],
  ["01/11/2026, 18:03:40", "Tom", "Amazing. Shall I book the train?"],
  ["01/11/2026, 18:05:02", "Ana", "Yes please, the 08:52 from Paddington gets us there in time"],
  ["01/11/2026, 18:05:30", "Tom", "Done, booked. Coach C, seats 41 and 42"],
  ["01/11/2026, 18:06:12", "Ana", `${LRM}image omitted`],
  ["01/11/2026, 18:06:40", "Ana", "That's their price list. Saturday hire is £6,800, Friday £5,200"],
  ["03/11/2026, 12:30:00", "Ana", `${LRM}Missed voice call`],
  ["03/11/2026, 12:31:10", "Ana", "Call me when you can"],
  ["03/11/2026, 12:45:00", "Ana", "Mum says she'll pay for the flowers 💐"],
  ["03/11/2026, 12:46:00", "Tom", "That's so kind of her!"],
  [
    "05/11/2026, 20:15:00",
    "Ana",
    `${LRM}POLL:\nFirst dance song?\n${LRM}OPTION: At Last – Etta James (1 vote)\n${LRM}OPTION: Make You Feel My Love – Adele (2 votes)`,
  ],
  ["05/11/2026, 20:20:00", "Tom", "Adele it is then ❤️"],
  ["07/11/2026, 09:10:00", "Ana", `${LRM}Location: https://maps.google.com/?q=51.7520,-1.2577`],
  ["07/11/2026, 09:10:30", "Ana", "That's the cake place, Crumbs & Doilies, tasting on the 21st at 2pm"],
  ["07/11/2026, 09:12:00", "Tom", `${LRM}This message was deleted.`],
  ["07/11/2026, 09:12:30", "Tom", "I'll bring the guest list draft"],
  ["10/11/2026, 22:01:00", "Ana", "Guest count so far: 86.\nYour side 40, mine 46"],
  ["10/11/2026, 22:03:00", "Tom", "My cousin Lewis can't make it, he's in Singapore until March"],
  ["12/11/2026, 08:00:00", "Ana", `${LRM}Lucy Hart Photography.vcf ${LRM}<attached: 00000031-Lucy Hart Photography.vcf>`],
  ["12/11/2026, 08:00:30", "Ana", "That's Lucy, the photographer Priya used. £1,900 for the full day"],
  ["12/11/2026, 08:02:00", "Tom", "Book her! How much is the deposit?"],
  ["12/11/2026, 08:05:00", "Ana", "£400, I paid it just now"],
];

/** The export's text: the notice WhatsApp opens it with, then each message, a second line unprefixed. */
function chat(): string {
  const opening = `[01/11/2026, 17:58:02] Ana: ${LRM}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.`;
  return `${[opening, ...MESSAGES.map(([at, who, text]) => `[${at}] ${who}: ${text}`)].join("\r\n")}\r\n`;
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When is the viewing at Hartwell Barn?", expect: ["14 November", "11"] },
  { question: "What train are we getting to the viewing?", expect: ["08:52", "Paddington"] },
  { question: "What are our seat numbers on the train?", expect: ["41", "42"] },
  { question: "How much is Saturday hire at Hartwell Barn?", expect: ["£6,800"] },
  { question: "Who is paying for the flowers?", expect: ["mum"] },
  { question: "What song did we pick for the first dance?", expect: ["Make You Feel My Love"] },
  { question: "When is the cake tasting?", expect: ["21", "2pm"] },
  { question: "Where is the cake tasting?", expect: ["Crumbs & Doilies"] },
  { question: "How many guests are coming so far?", expect: ["86"] },
  { question: "Why can't Lewis come?", expect: ["Singapore"] },
  { question: "How much does the photographer cost?", expect: ["£1,900"] },
  { question: "What is the photographer called?", expect: ["Lucy"] },
  { question: "How much was the photographer's deposit?", expect: ["£400"] },
  { question: "What is the wedding date?", expect: null },
  { question: "How much is the wedding cake?", expect: null },
  { question: "Who is the best man?", expect: null },
];

/** Tom: the WhatsApp chat with Ana as an iPhone exports it (_chat.txt), imported `--me Tom`, asked on Friday 13 November 2026. */
export const couple: Person = {
  name: "couple",
  files: [{ name: "_chat.txt", text: chat() }],
  me: "Tom",
  askedAt: Date.UTC(2026, 10, 13, 19, 0),
  questions: QUESTIONS,
};
