/**
 * The messenger person: Tom, who chats with his friend Anna on Telegram (a day trip to Cambridge,
 * Anna's new job at the British Museum, a borrowed book, her sister's visit and a dinner, Tom's move
 * to Hackney). Their data: the chat's export from Telegram Desktop (result.json: a JSON object, the
 * messages with their text in pieces, a pinned-message notice and a sticker), imported with `me` Tom;
 * hand-written by the developers while trying Engram as its users would. With them, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 * Written in session 26 before reading what Engram made of them (the first run's figures are in
 * bench/README.md).
 */
import type { Person } from "./types.js";

/** One message: when (ISO, UTC), who, and its text (a string, or pieces as Telegram writes a link). */
type Message = [at: string, from: string, text: string | Array<string | { type: string; text: string }>];

const MESSAGES: Message[] = [
  ["2026-05-01T19:02:11Z", "Anna Kowalska", "Hi! Are we still on for Saturday?"],
  ["2026-05-01T19:04:30Z", "Tom", "Yes! Meet at Kings Cross at 8, the train to Cambridge leaves at 8:24."],
  ["2026-05-01T19:06:02Z", "Anna Kowalska", "Perfect. I'll bring sandwiches. Btw I got the job at the British Museum! I start on June 1st."],
  ["2026-05-01T19:06:40Z", "Tom", "Congratulations!! That's huge."],
  ["2026-05-01T19:08:15Z", "Anna Kowalska", "Thanks! Still can't believe it. Oh and can you bring back my copy of Piranesi?"],
  ["2026-05-01T19:09:00Z", "Tom", "Sure, I'll bring it Saturday."],
  ["2026-05-09T21:30:00Z", "Anna Kowalska", "Thanks for a lovely day. My knee is still sore from the punting 😅"],
  ["2026-05-09T21:32:10Z", "Tom", "Haha. Same time next month? Maybe Oxford."],
  ["2026-05-09T21:33:00Z", "Anna Kowalska", "Deal. Also my sister Ola is visiting 20-27 May, we should all get dinner."],
  ["2026-05-09T21:35:40Z", "Tom", ["Yes! How about ", { type: "link", text: "Dishoom" }, " on the 23rd?"]],
  ["2026-05-10T09:01:00Z", "Anna Kowalska", "Booked for 7pm, table for three."],
  ["2026-05-28T18:20:00Z", "Tom", "My flat viewing went well, I'm moving to Hackney in July!"],
  ["2026-05-28T18:24:00Z", "Anna Kowalska", "Amazing! Need help with the move?"],
  ["2026-05-28T18:25:30Z", "Tom", "Yes please, it's on July 11. My new address is 14 Mare Street."],
];

/** The chat as Telegram Desktop exports it: its messages, a pinned-message notice and a sticker among them. */
function resultJson(): string {
  const messages: unknown[] = MESSAGES.map(([at, from, text], i) => ({
    id: i + 1,
    type: "message",
    date: at.slice(0, 19),
    date_unixtime: String(Date.parse(at) / 1000),
    from,
    from_id: from === "Tom" ? "user100" : "user200",
    text,
    text_entities: typeof text === "string" ? [{ type: "plain", text }] : [],
  }));
  messages.splice(11, 0, { id: 100, type: "service", date: "2026-05-10T09:02:00", date_unixtime: "1778403720", actor: "Tom", action: "pin_message", text: "" });
  messages.push({
    id: 101,
    type: "message",
    date: "2026-05-28T18:26:00",
    date_unixtime: "1779992760",
    from: "Anna Kowalska",
    text: "",
    media_type: "sticker",
    sticker_emoji: "🎉",
  });
  return JSON.stringify({ name: "Anna Kowalska", type: "personal_chat", id: 4420017, messages }, null, 1);
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When does Anna start at the British Museum?", expect: ["1 June"] },
  { question: "Where does Anna work?", expect: ["British Museum"] },
  { question: "What time does the train to Cambridge leave?", expect: ["8:24"] },
  { question: "What book do I need to give back to Anna?", expect: ["Piranesi"] },
  { question: "Who is Ola?", expect: ["sister"] },
  { question: "When is Ola visiting?", expect: ["20"] },
  { question: "Where are we having dinner with Ola?", expect: ["Dishoom"] },
  { question: "What time is the Dishoom booking?", expect: ["7pm"] },
  { question: "When am I moving?", expect: ["11 July"] },
  { question: "What is my new address?", expect: ["14 Mare Street"] },
  { question: "Where am I moving to?", expect: ["Hackney"] },
  { question: "What happened to Anna's knee?", expect: ["sore"] },
  { question: "Where should we go next month?", expect: ["Oxford"] },
  { question: "What is Anna's phone number?", expect: null },
  { question: "When is Anna's birthday?", expect: null },
  { question: "Who is Anna's manager?", expect: null },
];

/** The messenger person: the Telegram export, imported with `me` Tom, asked on 5 June 2026 at 12:00 UTC. */
export const messenger: Person = {
  name: "messenger",
  files: [{ name: "result.json", text: resultJson() }],
  me: "Tom",
  askedAt: Date.UTC(2026, 5, 5, 12),
  questions: QUESTIONS,
};
