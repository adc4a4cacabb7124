/**
 * The signaller: Nadia, a reporter on a Hackney paper who keeps her sources and friends on Signal.
 * Signal has no export of its own: she ran signal-export (carderne/signal-export, `sigexport
 * ~/signal-chats`, version 3.9 with its newest fixes), which reads Signal Desktop's database and writes
 * one folder per chat, named by the chat with everything but letters and digits taken out ("Sam Okafor"
 * → `SamOkafor/`, utils.fix_names; senders named so too, the user "Me"), each holding `chat.md` (a
 * message "[2026-10-03 18:21:05] SamOkafor: …", its time Signal Desktop's local clock, no zone; a
 * reply's quote "> …" between blank lines before its words, reactions "(- Me: ❤️ -)", attachments
 * `![name](./media/name)`, a blank line after each message), `data.json` (the same messages, one JSON
 * object a line: date, sender, body, quote, sticker, reactions, attachments, deleted, call, missed),
 * `index.html` and `media/` (the attachments, named by their message's time); `style.css`, `chat.js`
 * and `exported_stickers/` at the top. Checked against sigexport's source (main.py, create.py,
 * models.py `to_md` and `dict_str`, files.py `copy_attachments`, utils.py `fix_names`).
 * Her chats: a DM with her friend Sam (a weekend in Whitby booked, the Airbnb's address and dates, the
 * price, a favour asked, his new number; a deleted message, a sticker, a missed call), her running
 * club's group (the Brighton 10K's date, who is driving, the kit order with its prices; a course map
 * sent as an image), a DM with her colleague Priya (an interview's time and place, an embargo's date;
 * her draft questions sent as a .txt file, which is an attachment, not a note of Nadia's), and her
 * Note to Self. The whole export folder is imported (`engram import signal-chats`); no --me: sigexport
 * names her "Me". Hand-written by the developers while trying Engram as its users would, in session
 * 36, before Engram could read a Signal export (the first run's figures are in bench/README.md). With
 * it, the questions such a person asks later and the words a right answer holds, and questions
 * nothing here answers.
 */
import { chatMd, dataJson, type SignalMessage } from "./sigexport.js";
import type { Person, PersonFile } from "./types.js";

/** A sticker pack of Signal's (its id as Signal names it). */
const PACK = "9acc9e8aba563d26a4994e69263e3b25";

/** Sam Okafor, a friend (BST: Signal Desktop's clock in October). */
const SAM: SignalMessage[] = [
  {
    at: "2026-10-03 18:21:05.482",
    sender: "SamOkafor",
    body: "Booked the Airbnb for Whitby!! 14 Henrietta Street, Whitby YO22 4DW. Friday 13 to Sunday 15 November, check-in from 4pm",
    reactions: [["Me", "❤️"]],
    attachments: ["2026-10-03T18-21-05.482_00_Screenshot_20261003-182044.png"],
  },
  {
    at: "2026-10-03 18:23:40.117",
    sender: "Me",
    quote: "Booked the Airbnb for Whitby!! 14 Henrietta Street, Whitby YO22 4DW. Friday 13 to Sunday 15 November, check-in from 4pm",
    body: "Amazing!! How much was it in the end?",
  },
  { at: "2026-10-03 18:24:12.903", sender: "SamOkafor", body: "£340 for both nights, so £170 each. Send it whenever" },
  { at: "2026-10-03 18:26:55.020", sender: "Me", body: "Sending now. I'll drive, we can leave straight after work on the Friday" },
  { at: "2026-10-03 18:30:02.611", sender: "SamOkafor", body: "", deleted: true },
  {
    at: "2026-10-08 21:02:47.350",
    sender: "SamOkafor",
    body: "Huge favour: could you feed Miso on Wednesday and Thursday while I'm in Leeds for work? The spare key is under the blue plant pot by the door",
  },
  { at: "2026-10-08 21:05:13.004", sender: "Me", body: "Of course, happy to feed Miso", reactions: [["SamOkafor", "🙏"]] },
  { at: "2026-10-08 21:06:30.771", sender: "SamOkafor", body: "", sticker: { packId: PACK, id: "7", emoji: "🥰" } },
  { at: "2026-10-20 12:40:09.118", sender: "SamOkafor", body: "New number btw, the old phone died: 07700 900316" },
  { at: "2026-10-20 12:41:30.560", sender: "Me", body: "Saved 👍" },
  { at: "2026-10-20 12:45:00.250", sender: "SamOkafor", body: "Missed voice call", call: { missed: true } },
];

/** The running club's group, Hackney Harriers. */
const HARRIERS: SignalMessage[] = [
  {
    at: "2026-10-12 19:02:33.410",
    sender: "DanWhitfield",
    body: "Entries are confirmed for the Brighton 10K on Sunday 22 November! Start is 9am on Madeira Drive, bib pickup from 7:45",
    reactions: [
      ["LeahMoss", "🎉"],
      ["Me", "🎉"],
      ["TomaszNowak", "👍"],
    ],
  },
  { at: "2026-10-12 19:03:01.999", sender: "DanWhitfield", body: "", attachments: ["2026-10-12T19-03-01.999_00_brighton-10k-course-map.png"] },
  { at: "2026-10-12 19:05:10.002", sender: "TomaszNowak", body: "I'm driving, I've got room for 3. Leaving from London Fields at 6am sharp" },
  {
    at: "2026-10-12 19:06:44.873",
    sender: "Me",
    quote: "I'm driving, I've got room for 3. Leaving from London Fields at 6am sharp",
    body: "Yes please, put me down for a seat!",
  },
  { at: "2026-10-12 19:07:20.155", sender: "LeahMoss", body: "Me too 🙋‍♀️" },
  {
    at: "2026-10-15 08:15:31.662",
    sender: "DanWhitfield",
    body: "Kit order is open until Friday 23 October: club vest £22, long-sleeve top £30, buff £8. Reply here with sizes",
    attachments: ["2026-10-15T08-15-31.662_00_kit-2026.jpg"],
  },
  { at: "2026-10-15 08:20:02.347", sender: "Me", body: "Vest in size M and a buff please" },
  { at: "2026-10-15 08:31:17.090", sender: "LeahMoss", body: "Long-sleeve top in S for me" },
  { at: "2026-10-15 08:33:40.500", sender: "DanWhitfield", body: "Noted both 👌" },
];

/** Priya Nair, a colleague on the paper. */
const PRIYA: SignalMessage[] = [
  {
    at: "2026-10-27 16:02:11.480",
    sender: "PriyaNair",
    body: "Councillor Hughes has agreed to the interview: Thursday 5 November, 10:30am at Hackney Town Hall, meeting room 2.14. Ask for her press officer, Jamal, at reception",
  },
  {
    at: "2026-10-27 16:03:02.215",
    sender: "PriyaNair",
    body: "My draft questions, add yours",
    attachments: ["2026-10-27T16-03-02.215_00_questions_for_Hughes.txt"],
  },
  { at: "2026-10-27 16:10:45.903", sender: "Me", body: "Brilliant, I'll bring the recorder. Shall we meet at the town hall at 10:15?" },
  {
    at: "2026-10-27 16:11:20.044",
    sender: "PriyaNair",
    quote: "Brilliant, I'll bring the recorder. Shall we meet at the town hall at 10:15?",
    body: "Yes, see you by the main entrance",
    reactions: [["Me", "👍"]],
  },
  {
    at: "2026-10-29 11:47:05.331",
    sender: "PriyaNair",
    body: "Heads up: the housing report is embargoed until 00:01 on Tuesday 10 November. Nothing online before then, not even a teaser",
  },
  { at: "2026-10-29 11:48:00.000", sender: "Me", body: "Understood, I'll hold the piece until the embargo lifts" },
];

/** Her Note to Self (sigexport names its folder "NotetoSelf"). */
const NOTES: SignalMessage[] = [{ at: "2026-10-30 09:12:44.208", sender: "Me", body: "Press card renewal due 30 November, £45 on the NUJ website" }];

/** Priya's draft questions, the .txt she sent: an attachment in media/, not Nadia's note. */
const QUESTIONS_TXT = `Questions for Cllr Hughes
1. How many families are in temporary accommodation in the borough?
2. When will the Woodberry Down estate repairs start?
3. Why was the housing report delayed?
`;

/** A few bytes standing for a picture (a PNG's signature): media/ is never read. */
const PICTURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);

/** A chat's index.html as sigexport writes it (its start; the rest is the same messages as markup). */
function indexHtml(title: string): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n<link rel="stylesheet" href="../style.css">\n<script src="../chat.js" defer></script>\n</head>\n<body>\n<main class="chat">…</main>\n</body>\n</html>\n`;
}

/** A chat's folder: chat.md, data.json, index.html. */
function chatFolder(folder: string, messages: SignalMessage[]): PersonFile[] {
  return [
    { name: `signal-chats/${folder}/chat.md`, text: chatMd(messages) },
    { name: `signal-chats/${folder}/data.json`, text: dataJson(messages) },
    { name: `signal-chats/${folder}/index.html`, text: indexHtml(folder) },
  ];
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Where is the Airbnb in Whitby?", expect: ["Henrietta Street"] },
  { question: "When is our Whitby weekend?", expect: ["13", "15 November"] },
  { question: "How much was the Whitby Airbnb?", expect: ["340"] },
  { question: "Who asked me to feed Miso?", expect: ["Sam"] },
  { question: "What is Sam's new number?", expect: ["07700 900316"] },
  { question: "When is the Brighton 10K?", expect: ["22 November"] },
  { question: "Who is driving to the Brighton 10K?", expect: ["Tomasz"] },
  { question: "How much is the club vest?", expect: ["22"] },
  { question: "When is the interview with Councillor Hughes?", expect: ["5 November"] },
  { question: "Where is the interview with Councillor Hughes?", expect: ["Town Hall"] },
  { question: "When does the housing report embargo lift?", expect: ["10 November"] },
  { question: "When is my press card renewal due?", expect: ["30 November"] },
  { question: "What is Priya's phone number?", expect: null },
  { question: "What is the wifi password at the Whitby Airbnb?", expect: null },
  { question: "How much did the Brighton 10K entry cost?", expect: null },
];

/** The signaller: sigexport's whole output folder, imported as a folder (no --me: sigexport names her "Me"), asked on Monday 2 November 2026. */
export const signaller: Person = {
  name: "signaller",
  files: [
    { name: "signal-chats/style.css", text: ":root { color-scheme: light dark; }\nbody { font-family: system-ui, sans-serif; }\n" },
    {
      name: "signal-chats/chat.js",
      text: "// theme switcher and image lightbox\ndocument.documentElement.dataset.theme = localStorage.getItem('theme') ?? 'auto';\n",
    },
    { name: `signal-chats/exported_stickers/${PACK}/7.webp`, text: PICTURE },
    ...chatFolder("SamOkafor", SAM),
    { name: "signal-chats/SamOkafor/media/2026-10-03T18-21-05.482_00_Screenshot_20261003-182044.png", text: PICTURE },
    ...chatFolder("HackneyHarriers", HARRIERS),
    { name: "signal-chats/HackneyHarriers/media/2026-10-12T19-03-01.999_00_brighton-10k-course-map.png", text: PICTURE },
    { name: "signal-chats/HackneyHarriers/media/2026-10-15T08-15-31.662_00_kit-2026.jpg", text: PICTURE },
    ...chatFolder("PriyaNair", PRIYA),
    { name: "signal-chats/PriyaNair/media/2026-10-27T16-03-02.215_00_questions_for_Hughes.txt", text: QUESTIONS_TXT },
    ...chatFolder("NotetoSelf", NOTES),
  ],
  folder: "signal-chats",
  askedAt: Date.UTC(2026, 10, 2, 9, 0),
  questions: QUESTIONS,
};
