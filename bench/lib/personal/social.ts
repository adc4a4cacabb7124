/**
 * The social person: Jamie Smith, who chats with Lena Fischer on Facebook Messenger (a tent lent for
 * a trip, Lena's new job and move to Munich, her address there, a restaurant she recommends) and with
 * Marco Rossi in Instagram's direct messages (a pasta class, a café that reopened). Their data: the
 * two chats as Meta's "Download your information" gives them in JSON (each thread's
 * `message_1.json`: its participants, its messages newest first, their text written as the bytes
 * of its UTF-8 read as Latin-1 and escaped, "M\u00c3\u00bcnchen" for "München"; photos, a shared
 * link, reactions, a call and an unsent message among them), imported with `me` Jamie Smith;
 * hand-written by the developers while trying Engram as its users would. With them, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 * Written in session 28 before Engram could read these files (the first run's figures are in
 * bench/README.md).
 */
import type { Person } from "./types.js";

const ME = "Jamie Smith";

/** One message: when (ISO, UTC), who, its text (or null for one with none), and what else Meta writes with it. */
type Message = [at: string, from: string, text: string | null, extra?: Record<string, unknown>];

const LENA: Message[] = [
  ["2026-06-02T18:04:00Z", "Lena Fischer", "Hey! Can I borrow your tent for the Lake District trip next weekend?"],
  ["2026-06-02T18:10:00Z", ME, "Sure! It's in the garage, I'll drop it off on Friday."],
  ["2026-06-02T18:11:00Z", "Lena Fischer", "You're a star 😍"],
  [
    "2026-06-02T18:12:00Z",
    "Lena Fischer",
    null,
    { photos: [{ uri: "your_facebook_activity/messages/inbox/lenafischer_10158/photos/4471.jpg", creation_timestamp: 1780423920 }] },
  ],
  ["2026-06-20T20:30:00Z", "Lena Fischer", "Big news: I got the job at BMW! I start on 2 September, so I'm moving to München in August."],
  ["2026-06-20T20:31:00Z", ME, "No way, congratulations!! We need a leaving party."],
  ["2026-06-20T20:33:00Z", "Lena Fischer", "Definitely. Also you have to try Padella in Borough Market before I go, best pasta in London."],
  ["2026-06-20T20:34:00Z", "Lena Fischer", "Lena sent an attachment.", { share: { link: "https://www.padella.co/" } }],
  ["2026-06-20T20:35:00Z", ME, null, { is_unsent: true, content: "Jamie Smith unsent a message" }],
  ["2026-06-21T09:00:00Z", ME, "You called Lena.", { call_duration: 754 }],
  ["2026-08-30T17:45:00Z", "Lena Fischer", "Settled in! My new address is Leopoldstraße 12, 80802 München. Visit whenever you like."],
  ["2026-08-30T17:50:00Z", ME, "Love it. I'll come in October for Oktoberfest 🍺", { reactions: [{ reaction: "❤", actor: "Lena Fischer" }] }],
];

const MARCO: Message[] = [
  ["2026-07-01T12:00:00Z", "Marco Rossi", "Ciao Jamie! The pasta class is on 14 July at 6pm, at Via Roma 22 in Islington."],
  ["2026-07-01T12:02:00Z", "Marco Rossi", "Bring an apron, we'll make tagliatelle and ravioli."],
  ["2026-07-01T12:05:00Z", ME, "Perfect, I'll be there. Is Zoë coming?"],
  ["2026-07-01T12:06:00Z", "Marco Rossi", "Yes! Oh and her café reopened, Café Zoë on Brick Lane. The cornetti are amazing."],
  ["2026-07-01T12:07:00Z", "Marco Rossi", "Liked a message"],
];

/** Meta's escaping: the text's UTF-8 bytes, each as a Latin-1 character written \u00XX ("é" → "\u00c3\u00a9"). */
function metaText(text: string): string {
  return Buffer.from(text, "utf8").toString("latin1");
}

/** A thread as Meta's JSON export writes it: participants, messages newest first, the non-ASCII escaped. */
function thread(title: string, path: string, messages: Message[]): string {
  const participants = [...new Set(messages.map((m) => m[1]))].map((name) => ({ name: metaText(name) }));
  const json = {
    participants,
    messages: [...messages].reverse().map(([at, from, text, extra]) => {
      const { reactions, ...rest } = extra ?? {};
      return {
        sender_name: metaText(from),
        timestamp_ms: Date.parse(at),
        ...(text != null ? { content: metaText(text) } : {}),
        ...rest,
        ...(Array.isArray(reactions)
          ? { reactions: reactions.map((r: { reaction: string; actor: string }) => ({ reaction: metaText(r.reaction), actor: metaText(r.actor) })) }
          : {}),
        is_geoblocked_for_viewer: false,
      };
    }),
    title: metaText(title),
    is_still_participant: true,
    thread_path: path,
    magic_words: [],
  };
  return JSON.stringify(json, null, 2).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who borrowed my tent?", expect: ["Lena"] },
  { question: "Where is my tent?", expect: ["Lena"] },
  { question: "Where does Lena work now?", expect: ["BMW"] },
  { question: "When does Lena start her new job?", expect: ["2 September"] },
  { question: "Where did Lena move to?", expect: ["München"] },
  { question: "What is Lena's address?", expect: ["Leopoldstraße 12"] },
  { question: "What restaurant did Lena recommend?", expect: ["Padella"] },
  { question: "When am I visiting Lena?", expect: ["October"] },
  { question: "When is the pasta class?", expect: ["14 July"] },
  { question: "Where is the pasta class?", expect: ["Via Roma 22"] },
  { question: "What should I bring to the pasta class?", expect: ["apron"] },
  { question: "Where is Café Zoë?", expect: ["Brick Lane"] },
  { question: "What is Lena's phone number?", expect: null },
  { question: "When is Marco's birthday?", expect: null },
  { question: "What did Lena cook for dinner?", expect: null },
];

/** Jamie: a Facebook Messenger thread and an Instagram one, imported with --me "Jamie Smith", asked on Tuesday 1 September 2026. */
export const social: Person = {
  name: "social",
  files: [
    { name: "messenger_lena.json", text: thread("Lena Fischer", "inbox/lenafischer_10158", LENA) },
    { name: "instagram_marco.json", text: thread("Marco Rossi", "inbox/marcorossi_17842", MARCO) },
  ],
  me: ME,
  askedAt: Date.UTC(2026, 8, 1, 9),
  questions: QUESTIONS,
};
