/**
 * The expat: Hannah Clarke moved from Manchester to Lisbon in September 2026 for a job and keeps her life
 * in Telegram: the family's group chat (Mum and Dad, as her phone's contacts name them, and her sister Beth: her flight home for Christmas, Gran's
 * 90th), the flat-share's group in Graça (the rent, a dead boiler), Rafael, her language-exchange partner
 * (when they meet, a book, his IELTS exam), and her Saved Messages, her notes to self (her passport
 * number, a recipe, a flat viewing). On 6 December 2026 she exports her whole account from Telegram
 * Desktop (Settings → Advanced → Export Telegram data, format JSON, media unticked) and imports the
 * folder it writes (`engram import DataExport_2026-12-06`). Its `result.json` is as Telegram Desktop
 * writes it (telegramdesktop/tdesktop export/output/export_output_json.cpp: one-space indents, `"key":
 * value`): `{ "about", "personal_information": { user_id, first_name, last_name, phone_number, username,
 * bio }, "profile_pictures": [...], "contacts": { about, list: [{ user_id, first_name, last_name,
 * phone_number, date, date_unixtime }] }, "frequent_contacts", "sessions", "web_sessions", "chats": { about,
 * list: [ { name, type, id, messages: [...] } ] }, "left_chats": { about, list } }`, sections in the order it
 * writes them. Each chat as a single chat's export holds it: `name` (none for Saved Messages), `type`
 * (personal_chat, private_group, private_supergroup, saved_messages, public_channel, bot_chat), `id` (the
 * other person's user id for a personal chat, her own for Saved Messages); each message `{ id, type:
 * "message" | "service", date (the computer's local time, no zone: Lisbon's, an hour ahead of UTC until
 * 25 October), date_unixtime, from, from_id: "user<id>" | "channel<id>", text (a string, or plain strings
 * and pieces `{ type, text }`), text_entities }`; a photo not downloaded ("(File not included. …)") with
 * its caption, a sticker, a pin and a reply among them. Besides her chats, the export holds a news channel
 * she only reads, a weather bot's chat, a running club's supergroup she left, her contacts and her
 * sessions. Checked against tdesktop's JSON writer and public readers of the whole export (`me_id =
 * f'user{data["personal_information"]["user_id"]}'`, `for chat in data['chats']['list']`). Hand-written
 * by the developers while trying Engram as its users would, in session 35, before Engram could read a
 * whole account's export (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** The folder Telegram Desktop writes the export into, named by its day. */
const FOLDER = "DataExport_2026-12-06";

const HANNAH = 5829103746;
const MUM = 1203948576;
const DAD = 1873645092;
const BETH = 2093847561;
const INES = 6120394857;
const LUCA = 5560192834;
const JONAS = 7011928374;
const RAFAEL = 6734019285;
const NEWS = 1765432109;
const WEATHER_BOT = 7234509812;

/** Who each user id is, as the export names them. */
const NAMES: Record<number, string> = {
  [HANNAH]: "Hannah Clarke",
  // (as she saved them in her phone's contacts, which is how Telegram names them to her)
  [MUM]: "Mum",
  [DAD]: "Dad",
  [BETH]: "Beth Clarke",
  [INES]: "Inês Marques",
  [LUCA]: "Luca Bianchi",
  [JONAS]: "Jonas Weber",
  [RAFAEL]: "Rafael Sousa",
  [WEATHER_BOT]: "Lisbon Weather Bot",
};

/** A message's words: a string, or plain strings and marked-up pieces as Telegram writes a link or bold text. */
type Words = string | Array<string | { type: string; text: string; href?: string }>;

/** A message: when (UTC, ISO), who (a user id), its words, and what else the export writes of it. */
type Said = [at: string, from: number, text: Words, extra?: Record<string, unknown>];

/** When a moment (epoch ms) was on the exporting computer's clock in Lisbon, as the export's `date` writes it (no zone). */
function lisbonClock(ms: number): string {
  // (summer time, UTC+1, ends on the last Sunday of October: 25 October 2026 at 01:00 UTC)
  const offset = ms < Date.UTC(2026, 9, 25, 1) ? 3_600_000 : 0;
  return new Date(ms + offset).toISOString().slice(0, 19);
}

/** A message's `date` and `date_unixtime`, as the export writes them. */
function dated(at: string): { date: string; date_unixtime: string } {
  const ms = Date.parse(at);
  return { date: lisbonClock(ms), date_unixtime: String(ms / 1000) };
}

/** `text_entities`: each piece of a message's words with its type (a plain string "plain"). */
function entities(text: Words): Array<Record<string, string>> {
  if (typeof text === "string") return text ? [{ type: "plain", text }] : [];
  return text.map((p) => (typeof p === "string" ? { type: "plain", text: p } : { ...p }));
}

/** A chat's messages as the export writes them, ids counting from `firstId`. */
function messages(said: Said[], firstId: number): Array<Record<string, unknown>> {
  return said.map(([at, from, text, extra], i) => ({
    id: firstId + i,
    type: "message",
    ...dated(at),
    from: NAMES[from] ?? null,
    from_id: `user${from}`,
    ...extra,
    text,
    text_entities: entities(text),
  }));
}

/** A service message (a pin), as the export writes one: its actor, no words. */
function pinned(id: number, at: string, actor: number, messageId: number): Record<string, unknown> {
  return {
    id,
    type: "service",
    ...dated(at),
    actor: NAMES[actor],
    actor_id: `user${actor}`,
    action: "pin_message",
    message_id: messageId,
    text: "",
    text_entities: [],
  };
}

/** A photo the export did not download (media unticked), as it notes it. */
const PHOTO_NOT_INCLUDED = { photo: "(File not included. Change data exporting settings to download.)", width: 1280, height: 960 };

const FAMILY = [
  ...messages(
    [
      ["2026-11-08T19:12:04Z", MUM, "How's Lisbon treating you, love? Have you sorted your flights for Christmas yet?"],
      [
        "2026-11-08T19:20:31Z",
        HANNAH,
        "Lisbon's lovely, still 20 degrees! Booked my flight home: Ryanair from Lisbon on Saturday 19 December, landing in Manchester at 21:40.",
      ],
      ["2026-11-08T19:24:10Z", DAD, "I'll pick you up from the airport. Terminal 3 I expect?", { reply_to_message_id: 2 }],
      ["2026-11-08T19:25:02Z", HANNAH, "Yes, Terminal 3. Thanks Dad ❤️"],
    ],
    1,
  ),
  {
    id: 5,
    type: "message",
    ...dated("2026-11-08T19:31:45Z"),
    from: NAMES[BETH],
    from_id: `user${BETH}`,
    file: "(File not included. Change data exporting settings to download.)",
    thumbnail: "(File not included. Change data exporting settings to download.)",
    media_type: "sticker",
    sticker_emoji: "🎉",
    width: 512,
    height: 512,
    text: "",
    text_entities: [],
  },
  ...messages(
    [
      [
        "2026-11-15T10:05:40Z",
        MUM,
        ["Don't forget Gran's 90th! Lunch at ", { type: "bold", text: "The Swan in Didsbury" }, " on Sunday 27 December at 1pm. I've booked a table for 14."],
      ],
      ["2026-11-15T10:09:12Z", BETH, "I'll make the cake, she wants lemon drizzle"],
      ["2026-11-15T10:15:55Z", HANNAH, "Wouldn't miss it. I'll bring her some pastéis de nata from the airport 😄"],
    ],
    6,
  ),
  pinned(9, "2026-11-15T10:16:30Z", MUM, 6),
  ...messages(
    [
      ["2026-11-22T18:40:17Z", BETH, "News: I got the job at the BBC in Salford! I start on 11 January as an assistant producer."],
      ["2026-11-22T18:44:03Z", HANNAH, "Beth that's amazing!! So proud of you 🥳"],
      ["2026-11-29T15:02:26Z", DAD, "The new shed is finished!", PHOTO_NOT_INCLUDED],
    ],
    10,
  ),
];

const FLAT = messages(
  [
    ["2026-11-01T09:02:13Z", INES, "Bom dia! Reminder: rent is €650 each, due today, to Senhor Costa's account as usual."],
    ["2026-11-01T09:30:48Z", HANNAH, "Paid 👍"],
    ["2026-11-11T20:05:09Z", LUCA, "Bins: the recycling goes out on Wednesday night now, not Thursday."],
    [
      "2026-11-20T21:14:36Z",
      JONAS,
      "The boiler is dead again 😩 Senhor Costa says a plumber can come on Tuesday morning, between 9 and 12. Can someone be home?",
    ],
    ["2026-11-20T21:16:02Z", HANNAH, "I'm working from home on Tuesday, I'll let him in."],
    ["2026-11-20T21:20:44Z", LUCA, "Grazie Hannah! Cold showers until then 🥶"],
    ["2026-11-24T12:30:19Z", HANNAH, "The plumber came and the boiler is fixed. He replaced the pressure valve and Senhor Costa is paying."],
    ["2026-11-28T17:00:51Z", INES, "Flat dinner on Saturday 5 December? I'll make caldo verde."],
  ],
  4410,
);

const RAFAEL_CHAT = messages(
  [
    ["2026-10-15T19:30:22Z", RAFAEL, "Hi Hannah! I'm Rafael from the Tandem app. Shall we meet for a language exchange? Half English, half Portuguese 😊"],
    ["2026-10-15T19:41:07Z", HANNAH, "Olá Rafael! Yes please. Thursdays after work are best for me."],
    ["2026-10-15T19:45:38Z", RAFAEL, "Perfect: Thursdays at 7pm at Café Flor da Graça? It's quiet and the galão is good."],
    ["2026-10-15T19:46:12Z", HANNAH, "Deal, see you Thursday!"],
    [
      "2026-11-05T22:10:54Z",
      RAFAEL,
      "Obrigado for today! Your Portuguese is getting better. For practice, read Saramago's Blindness (Ensaio sobre a Cegueira), first in English and then in Portuguese.",
    ],
    ["2026-11-05T22:15:30Z", HANNAH, "Will do! Good luck with the IELTS prep, when is it again?"],
    ["2026-11-05T22:17:41Z", RAFAEL, "My IELTS exam is on 12 January at the British Council. I need a 7 for my master's in Edinburgh."],
  ],
  1,
);

const SAVED = messages(
  [
    ["2026-10-02T07:14:50Z", HANNAH, "Passport number: 533817264 (expires 14 August 2031)"],
    [
      "2026-11-12T21:30:05Z",
      HANNAH,
      "Bacalhau à Brás (Rafael's mum's recipe)\n400g salt cod, soaked for 24 hours\n500g potatoes, cut into matchsticks and fried\n2 onions, sliced thin\n6 eggs\nBlack olives and parsley to finish",
    ],
    [
      "2026-12-04T13:02:27Z",
      HANNAH,
      [
        "Flat viewing: Saturday 12 December at 11:00, Rua dos Lagares 34, 2nd floor. One-bed, €1,100 a month. Ask Ana (the agent) about the deposit. ",
        { type: "link", text: "https://www.idealista.pt/imovel/33871204/" },
      ],
    ],
  ],
  1,
);

/** A news channel she only reads: its posts are the channel's, not hers (passed over). */
const NEWS_POSTS = [
  {
    id: 812,
    type: "message",
    ...dated("2026-11-30T08:00:00Z"),
    from: "Lisbon Expats News",
    from_id: `channel${NEWS}`,
    text: "Metro strike on Thursday 3 December: the green and red lines are closed all day.",
    text_entities: [{ type: "plain", text: "Metro strike on Thursday 3 December: the green and red lines are closed all day." }],
  },
  {
    id: 813,
    type: "message",
    ...dated("2026-12-01T09:30:00Z"),
    from: "Lisbon Expats News",
    from_id: `channel${NEWS}`,
    text: "The Christmas market in Rossio is open every day until 6 January.",
    text_entities: [{ type: "plain", text: "The Christmas market in Rossio is open every day until 6 January." }],
  },
];

/** A weather bot's chat: a command and the bot's reply (passed over). */
const BOT_CHAT = [
  ...messages([["2026-12-02T07:45:01Z", HANNAH, [{ type: "bot_command", text: "/forecast" }]]], 1),
  ...messages([["2026-12-02T07:45:02Z", WEATHER_BOT, "Lisbon tomorrow: 17°C, showers in the afternoon."]], 2),
];

/** A contact as the export lists one. */
function contact(id: number, first: string, last: string, phone: string, at: string): Record<string, unknown> {
  return { user_id: id, first_name: first, last_name: last, phone_number: phone, ...dated(at) };
}

const EXPORT = {
  about:
    "Here is the data you requested. Remember: Telegram is ad free, it doesn't use your data for ad targeting and doesn't sell it to others. Telegram only keeps the information it needs to function as a secure and feature-rich cloud service.\n\nCheck out Settings > Privacy & Security on Telegram's mobile apps for the relevant settings.",
  personal_information: {
    user_id: HANNAH,
    first_name: "Hannah",
    last_name: "Clarke",
    phone_number: "+44 7700 900123",
    username: "@hannahinlisbon",
    bio: "Mancunian in Lisbon ☀️ UX designer",
  },
  profile_pictures: [{ ...dated("2026-09-14T09:22:31Z"), photo: "profile_pictures/photo_1@14-09-2026_10-22-31.jpg" }],
  contacts: {
    about:
      "If you allow access, Telegram continuously synchronizes your contacts, so that you can see which of your contacts are on Telegram and message them.",
    list: [
      contact(DAD, "Dad", "", "+44 7700 900456", "2019-03-02T12:00:00Z"),
      contact(BETH, "Beth", "Clarke", "+44 7700 900789", "2019-03-02T12:00:00Z"),
      contact(INES, "Inês", "Marques", "+351 912 345 678", "2026-09-03T18:20:00Z"),
      contact(MUM, "Mum", "", "+44 7700 900321", "2019-03-02T12:00:00Z"),
      // (a contact who is not on Telegram: no user id)
      { first_name: "Senhor", last_name: "Costa (landlord)", phone_number: "+351 913 222 111", ...dated("2026-09-01T10:00:00Z") },
    ],
  },
  frequent_contacts: {
    about: "This rating shows which people you are likely to message frequently. Telegram uses this data to suggest contacts at the top of the search menu.",
    list: [
      { id: MUM, category: "people", type: "user", name: "Mum", rating: 7.2 },
      { id: RAFAEL, category: "people", type: "user", name: "Rafael Sousa", rating: 5.9 },
    ],
  },
  sessions: {
    about: "We store this to display your connected devices in Settings > Privacy & Security > Active Sessions.",
    list: [
      {
        last_active: dated("2026-12-06T10:02:11Z").date,
        last_active_unixtime: dated("2026-12-06T10:02:11Z").date_unixtime,
        last_ip: "85.240.12.34",
        last_country: "Portugal",
        last_region: "Lisbon",
        application_name: "Telegram Desktop",
        application_version: "6.3.4",
        device_model: "MacBook Air",
        platform: "macOS",
        system_version: "macOS 15.6",
        created: dated("2026-09-12T08:00:00Z").date,
        created_unixtime: dated("2026-09-12T08:00:00Z").date_unixtime,
      },
    ],
  },
  web_sessions: {
    about: "We store this to display you the websites where you used Telegram to log in.",
    list: [],
  },
  chats: {
    about: "This page lists all chats from this export.",
    list: [
      { name: "Clarke family 💛", type: "private_group", id: 4471902385, messages: FAMILY },
      { name: "Lisbon Expats News", type: "public_channel", id: NEWS, messages: NEWS_POSTS },
      { name: "Graça flat 🏡", type: "private_supergroup", id: 1987234560, messages: FLAT },
      { name: "Rafael Sousa", type: "personal_chat", id: RAFAEL, messages: RAFAEL_CHAT },
      { type: "saved_messages", id: HANNAH, messages: SAVED },
      { name: "Lisbon Weather Bot", type: "bot_chat", id: WEATHER_BOT, messages: BOT_CHAT },
    ],
  },
  left_chats: {
    about:
      "Below are the supergroups and channels from this export that you've left or where you were banned.\n\nNote that when you leave a channel or supergroup you've created, you have the option to either delete it, or simply leave (in case you want to rejoin later, or keep the community alive despite not being a member).",
    list: [
      {
        name: "Didsbury Runners",
        type: "private_supergroup",
        id: 1500923847,
        messages: messages([["2026-08-30T18:00:00Z", BETH, "Sunday's long run is 18 miles from Fletcher Moss, 8am."]], 3301),
      },
    ],
  },
};

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When is my flight home for Christmas?", expect: ["19 December"] },
  { question: "What time do I land in Manchester?", expect: ["21:40"] },
  { question: "Who is picking me up from the airport?", expect: ["Dad"] },
  { question: "Where is Gran's 90th birthday lunch?", expect: ["The Swan"] },
  { question: "How much is my rent?", expect: ["650"] },
  { question: "When is the plumber coming to fix the boiler?", expect: ["Tuesday"] },
  { question: "When do I meet Rafael for the language exchange?", expect: ["Thursday"] },
  { question: "What book did Rafael recommend?", expect: ["Blindness"] },
  { question: "When is Rafael's IELTS exam?", expect: ["12 January"] },
  { question: "What is my passport number?", expect: ["533817264"] },
  { question: "What do I need for bacalhau à brás?", expect: ["salt cod"] },
  { question: "When is the flat viewing on Rua dos Lagares?", expect: ["12 December"] },
  { question: "When is Beth's birthday?", expect: null },
  { question: "What does Luca do for work?", expect: null },
  { question: "How much was the plumber's bill?", expect: null },
];

/** Hannah: her whole Telegram account exported by Telegram Desktop (JSON), imported as its folder, asked on Thursday 10 December 2026. */
export const expat: Person = {
  name: "expat",
  files: [
    { name: `${FOLDER}/result.json`, text: JSON.stringify(EXPORT, null, 1), mtime: Date.UTC(2026, 11, 6, 10, 5) },
    {
      name: `${FOLDER}/profile_pictures/photo_1@14-09-2026_10-22-31.jpg`,
      text: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]),
    },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 10, 18, 0),
  questions: QUESTIONS,
};
