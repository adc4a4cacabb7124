/**
 * The Skype user: Elena, in Leeds, has used Skype for years with her family in Slovenia, her brother in
 * Toronto and her old flatmates. When Skype closed in May 2025 her account moved to Microsoft Teams
 * (free), where the same chats went on; in November 2026 she downloads them with "Export your data"
 * (Conversations and Files: `8_live_.cid.4f2a9c81d3e07b55_export.tar`), unpacks it and imports the
 * folder (`engram import 8_live_.cid.4f2a9c81d3e07b55_export`). `messages.json`, written on one line as
 * the export writes it: `{ "userId": "8:live:.cid.…", "exportDate": "…", "conversations": [ { id,
 * displayName, version, properties: { conversationblocked, lastimreceivedtime, consumptionhorizon,
 * conversationstatus }, threadProperties: { membercount, members: "[\"8:…\"]" (a JSON string), topic } |
 * null, MessageList: [ { id, displayName, originalarrivaltime: "2026-10-04T16:02:11.482Z", messagetype,
 * version, content, conversationid, from, properties, amsreferences } ], newest first } ] }`, as
 * Skyperious (suurjaak/Skyperious live.py SkypeExport) and skype-export-parser (siwen-r) read it. Content
 * is Skype's HTML-ish markup: `<b>`, `<a href>`, `<at id>` mentions, `<ss type="smile">:)</ss>`
 * emoticons, `&apos;`; a reply `<quote author authorname timestamp …><legacyquote>[20:31:40] Vesna Novak:
 * </legacyquote>…<legacyquote>&lt;&lt;&lt; </legacyquote></quote>` before its own words; an edited
 * message both as first sent and as edited (`<e_m a ts_ms ts t="61"/>` after its words, `properties: {
 * edittime, isserversidegenerated }`); a deleted one (`properties: { deletetime }`, no content); calls
 * (`Event/Call`, `<partlist type="started|ended">`), a photo (`RichText/UriObject`) and a file
 * (`RichText/Media_GenericFile`) as `<URIObject>`; members added and a topic set (`ThreadActivity/*`);
 * reactions (`properties.emotions`); the call log (`48:calllogs`) and a bot (`28:concierge`). `media/`
 * holds the photo and the file with their `.json` descriptions. Hand-written by the developers while
 * trying Engram as its users would, in session 35, before Engram could read it (the first run's figures
 * are in bench/README.md). With it, the questions such a person asks later and the words a right answer
 * holds, and questions nothing here answers.
 */
import { pdfDocument } from "../../../test/fixtures/documents.js";
import type { Person } from "./types.js";

const ME = "8:live:.cid.4f2a9c81d3e07b55";
const MUM = "8:live:vesna.novak58";
const DAD = "8:live:janez.novak.lj";
const MARKO = "8:marko.novak.to";
const HANNAH = "8:live:hannahp_88";
const TOM = "8:live:.cid.77ab01c2e3d4f5a6";
const FAMILY = "19:9f3c2a51d7e84b0c9a1f6e2d3b4c5a6f@thread.skype";
const FLAT = "19:b1e4c7d2a9f0436e8c5b2a1d0e9f8c7b@thread.skype";

/** Who wrote as whom: the name the export gives each person's messages (the user's own often none). */
const NAMES: Record<string, string | null> = {
  [ME]: "Elena Novak",
  [MUM]: "Vesna Novak",
  [DAD]: "Janez Novak",
  [MARKO]: "Marko Novak",
  [HANNAH]: "Hannah Price",
  [TOM]: "Tom Okafor",
};

/** A message as the export writes one: its id and version the time it arrived (ms), its sender's shown name, its type and markup. */
function msg(
  conversation: string,
  from: string,
  at: string,
  content: string,
  extra: { type?: string; properties?: Record<string, unknown> | null; amsreferences?: string[] | null; displayName?: string | null; id?: string } = {},
): Record<string, unknown> {
  const ms = Date.parse(at);
  return {
    id: extra.id ?? String(ms),
    displayName: extra.displayName !== undefined ? extra.displayName : (NAMES[from] ?? null),
    originalarrivaltime: at,
    messagetype: extra.type ?? "RichText",
    version: ms,
    content,
    conversationid: conversation,
    from,
    properties: extra.properties ?? null,
    amsreferences: extra.amsreferences ?? null,
  };
}

/** A photo or a file as Skype writes it: a `<URIObject>` with its link, its name and size. */
function uriObject(kind: "photo" | "file", docId: string, name: string, size: number): string {
  const base = `https://api.asm.skype.com/v1/objects/${docId}`;
  return kind === "photo"
    ? `<URIObject uri="${base}" url_thumbnail="${base}/views/imgt1_anim" type="Picture.1" doc_id="${docId}" width="1280" height="960">To view this shared photo, go to: <a href="https://login.skype.com/login/sso?go=xmmfallback?pic=${docId}">https://login.skype.com/login/sso?go=xmmfallback?pic=${docId}</a><OriginalName v="${name}"></OriginalName><FileSize v="${size}"></FileSize><meta type="photo" originalName="${name}"></meta></URIObject>`
    : `<URIObject uri="${base}" url_thumbnail="${base}/views/original" type="File.1" doc_id="${docId}">To view this file, go to: <a href="https://login.skype.com/login/sso?go=webclient.xmm&amp;docid=${docId}">https://login.skype.com/login/sso?go=webclient.xmm&amp;docid=${docId}</a><OriginalName v="${name}"></OriginalName><FileSize v="${size}"></FileSize></URIObject>`;
}

/** A call's record: who was in it, and for an ended call how long (seconds). */
function partlist(type: "started" | "ended", callId: string, people: string[], seconds?: number): string {
  const parts = people
    .map((p) => `<part identity="${p.replace(/^8:/, "")}"><name>${NAMES[p]}</name>${seconds === undefined ? "" : `<duration>${seconds}</duration>`}</part>`)
    .join("");
  return `<partlist type="${type}" alt="" callId="${callId}">${parts}</partlist>`;
}

/** A reply's quote of an earlier message, as Skype writes it before the reply's own words. */
function quote(conversation: string, author: string, at: string, text: string): string {
  const s = Math.floor(Date.parse(at) / 1000);
  return `<quote author="${author}" authorname="${NAMES[author]}" timestamp="${s}" conversation="${conversation}" messageid="${Date.parse(at)}" cuid="${Date.parse(at) + 17}"><legacyquote>[${at.slice(11, 19)}] ${NAMES[author]}: </legacyquote>${text}<legacyquote>\n\n&lt;&lt;&lt; </legacyquote></quote>`;
}

const PHOTO_DOC = "0-weu-d3-6c1f0e9b2a7d4c3e8f5a9b0c1d2e3f4a";
const FILE_DOC = "0-weu-d6-81ec4221c1f1186e093c4aebea145fea";
const FLAT_PHOTO_DOC = "0-neu-d1-2b9d8e7f6a5c4b3a2918f7e6d5c4b3a2";

const MUM_FIRST_SENT = "2026-11-02T20:20:11.204Z";

/** Mum's chat, newest first as the export lists it. */
const MUM_CHAT = [
  msg(MUM, MUM, "2026-11-15T09:41:07.530Z", "", { properties: { deletetime: String(Date.parse("2026-11-15T09:43:29.004Z")) } }),
  msg(
    MUM,
    ME,
    "2026-11-02T20:33:52.018Z",
    `${quote(MUM, MUM, "2026-11-02T20:31:40.655Z", "We land at Manchester on Saturday 19 December at 14:35, Lufthansa via Frankfurt")}Perfect, I&apos;ll pick you up at arrivals. Bring warm coats, it&apos;s freezing here`,
    { displayName: null },
  ),
  msg(
    MUM,
    MUM,
    "2026-11-02T20:31:40.655Z",
    `We land at Manchester on Saturday 19 December at 14:35, Lufthansa via Frankfurt<e_m a="live:vesna.novak58" ts_ms="${Date.parse(MUM_FIRST_SENT)}" ts="${Math.floor(Date.parse(MUM_FIRST_SENT) / 1000)}" t="61"></e_m>`,
    { properties: { edittime: String(Date.parse("2026-11-02T20:31:40.655Z")), isserversidegenerated: true } },
  ),
  msg(MUM, MUM, MUM_FIRST_SENT, "We land at Manchester on Friday 18 December at 14:35, Lufthansa via Frankfurt"),
  msg(
    MUM,
    MUM,
    "2026-11-02T20:14:26.880Z",
    "Dad&apos;s hip operation is booked for Tuesday 12 January at the Valdoltra hospital, so we can still come to you for Christmas",
  ),
  msg(MUM, MUM, "2026-10-27T19:41:12.100Z", partlist("ended", String(Date.parse("2026-10-27T19:05:05.011Z")), [MUM, ME], 2147), {
    type: "Event/Call",
    displayName: null,
  }),
  msg(MUM, MUM, "2026-10-27T19:05:05.011Z", partlist("started", String(Date.parse("2026-10-27T19:05:05.011Z")), [MUM]), {
    type: "Event/Call",
    displayName: null,
  }),
  msg(MUM, ME, "2026-10-20T18:45:31.402Z", 'Oh that&apos;s wonderful!! Send Nina my love <ss type="smile">:)</ss>', { displayName: null }),
  msg(MUM, MUM, "2026-10-20T18:42:58.113Z", uriObject("photo", PHOTO_DOC, "IMG_20261018_1530.jpg", 2319112), {
    type: "RichText/UriObject",
    amsreferences: [PHOTO_DOC],
  }),
  msg(MUM, MUM, "2026-10-20T18:40:02.876Z", "Big news: your cousin Nina had her baby on Sunday! A little girl, Ela, 3.4 kg. Mother and baby both well", {
    properties: {
      emotions: [{ key: "heart", users: [{ mri: ME, time: Date.parse("2026-10-20T18:41:30.000Z"), value: String(Date.parse("2026-10-20T18:41:30.000Z")) }] }],
    },
  }),
  msg(MUM, MUM, "2026-10-04T17:26:44.019Z", uriObject("file", FILE_DOC, "Potica - Babi Marija.pdf", 48213), {
    type: "RichText/Media_GenericFile",
    amsreferences: [FILE_DOC],
  }),
  msg(
    MUM,
    MUM,
    "2026-10-04T17:25:09.337Z",
    "<b>Potica (walnut roll)</b>\nDough: 500 g plain flour, 20 g fresh yeast, 250 ml warm milk, 2 egg yolks, 80 g butter, 50 g sugar, a pinch of salt.\nFilling: 400 g ground walnuts, 150 g honey, 100 ml hot milk, 2 tbsp rum, 1 tsp cinnamon.\nRoll the dough thin, spread the filling, roll it up and let it rise for an hour in the tin. Bake for 60 minutes at 170°C, covered with foil after the first 30 minutes.",
  ),
  msg(MUM, ME, "2026-10-04T17:12:40.551Z", "Can you send me your potica recipe? I want to make it for the bake-off at work", { displayName: null }),
  msg(MUM, ME, "2026-10-04T17:10:03.994Z", "Yes, it came on Friday! Thank you mama", { displayName: null }),
  msg(MUM, MUM, "2026-10-04T17:02:11.482Z", 'Hello darling! Did you get the parcel? I put in two jars of Babi&apos;s plum jam <ss type="heart">(heart)</ss>'),
];

/** Marko's chat (an old Skype name, no "live:"), newest first. */
const MARKO_CHAT = [
  msg(MARKO, ME, "2026-11-08T16:09:30.200Z", 'Of course, I&apos;d be honoured <ss type="hug">(hug)</ss>', { displayName: "Elena Novak" }),
  msg(MARKO, MARKO, "2026-11-08T16:07:12.904Z", "Will you be a witness? Sara&apos;s sister Lea is the other one"),
  msg(MARKO, ME, "2026-11-08T16:05:48.377Z", 'Finally!!! I&apos;m booking flights tonight <ss type="cwl">(cwl)</ss>', { displayName: "Elena Novak" }),
  msg(MARKO, MARKO, "2026-11-08T16:02:19.615Z", "Sara and I have set the date! <b>Saturday 5 June 2027</b>, at the Evergreen Brick Works"),
  msg(MARKO, MARKO, "2026-10-11T15:31:40.088Z", 'Living room still full of boxes <ss type="laugh">:D</ss>'),
  msg(MARKO, MARKO, "2026-10-11T15:30:55.731Z", uriObject("photo", FLAT_PHOTO_DOC, "PXL_20261011_152944.jpg", 3104877), {
    type: "RichText/UriObject",
    amsreferences: [FLAT_PHOTO_DOC],
  }),
  msg(MARKO, ME, "2026-09-28T22:12:27.140Z", "Amazing!! Send pics when you&apos;re in", { displayName: "Elena Novak" }),
  msg(MARKO, MARKO, "2026-09-28T22:10:04.502Z", "We got the flat! Moving on 1 October. New address: 48 Palmerston Avenue, Toronto, ON M6G 2P5"),
  msg(
    MARKO,
    MARKO,
    "2025-04-02T19:15:00.000Z",
    'Skype is closing on 5 May. If we sign in to Teams (free) with the same account the chats move over: <a href="https://go.skype.com/myaccount">https://go.skype.com/myaccount</a>',
  ),
];

/** The family's group, newest first. */
const FAMILY_CHAT = [
  msg(FAMILY, ME, "2026-11-10T19:09:51.660Z", "Agreed, 12:00 UK time then. I&apos;ll send a Teams link", { displayName: "Elena Novak" }),
  msg(FAMILY, MUM, "2026-11-10T19:07:38.021Z", "Monday 30 November at 13:00 Slovenian time, when we are all at the table"),
  msg(FAMILY, ME, "2026-11-10T19:06:02.447Z", "Yes! Sunday 29th or Monday 30th?", { displayName: "Elena Novak" }),
  msg(FAMILY, MARKO, "2026-11-10T19:04:13.985Z", `Let&apos;s do a video call with her on the day. <at id="${ME}">Elena</at> can you set it up?`),
  msg(FAMILY, DAD, "2026-11-10T19:00:27.309Z", "Babi Marija turns 90 on 30 November! We are having lunch at Gostilna Pri Lojzetu in Kamnik"),
  msg(
    FAMILY,
    FAMILY,
    "2025-05-06T08:12:00.000Z",
    `<topicupdate><eventtime>${Date.parse("2025-05-06T08:12:00.000Z")}</eventtime><initiator>${MARKO}</initiator><value>Novak family</value></topicupdate>`,
    {
      type: "ThreadActivity/TopicUpdate",
      displayName: null,
    },
  ),
  msg(
    FAMILY,
    FAMILY,
    "2025-05-06T08:10:00.000Z",
    `<addmember><eventtime>${Date.parse("2025-05-06T08:10:00.000Z")}</eventtime><initiator>${MARKO}</initiator><target>${DAD}</target></addmember>`,
    {
      type: "ThreadActivity/AddMember",
      displayName: null,
    },
  ),
];

/** The old flatmates' group, newest first. */
const FLAT_CHAT = [
  msg(FLAT, TOM, "2026-11-05T18:04:44.118Z", 'Get in!! <ss type="clap">(clap)</ss>'),
  msg(
    FLAT,
    HANNAH,
    "2026-11-05T18:00:09.573Z",
    'Also news: I got the job! Collections manager at the Royal Armouries, starting in January <ss type="dance">(dance)</ss>',
  ),
  msg(
    FLAT,
    TOM,
    "2026-10-15T09:20:36.840Z",
    'Legend. I&apos;ll bring Catan and the good gin. Trains: <a href="https://www.lner.co.uk/">https://www.lner.co.uk/</a>',
  ),
  msg(FLAT, HANNAH, "2026-10-15T09:12:51.266Z", "Booked! Bishophill cottage, 4–6 December, £255 in total so <b>£85 each</b>. Pay me by 20 November please"),
  msg(
    FLAT,
    ME,
    "2026-10-14T21:10:17.925Z",
    `${quote(FLAT, TOM, "2026-10-14T21:03:40.310Z", "There&apos;s a cottage on Bishophill or an Airbnb in Clifton")}Bishophill, it has the wood burner`,
    { displayName: "Elena Novak" },
  ),
  msg(FLAT, TOM, "2026-10-14T21:03:40.310Z", "I&apos;m in. York again? There&apos;s a cottage on Bishophill or an Airbnb in Clifton"),
  msg(FLAT, HANNAH, "2026-10-14T21:00:02.734Z", "Reunion!! First weekend of December? Friday 4th to Sunday 6th"),
  msg(FLAT, HANNAH, "2026-10-14T20:31:09.004Z", partlist("ended", String(Date.parse("2026-10-14T20:04:09.004Z")), [HANNAH, TOM, ME], 1620), {
    type: "Event/Call",
    displayName: null,
  }),
];

/** A conversation as the export writes one: a chat with one person (no threadProperties) or a group's thread. */
function conversation(
  id: string,
  displayName: string | null,
  messages: Array<Record<string, unknown>>,
  thread?: { members: string[]; topic: string },
): Record<string, unknown> {
  const last = (messages[0]?.originalarrivaltime as string | undefined) ?? null;
  return {
    id,
    displayName,
    version: last ? Date.parse(last) + 512 : Date.parse("2026-11-22T18:40:12Z"),
    properties: {
      conversationblocked: false,
      lastimreceivedtime: last,
      consumptionhorizon: last ? `${Date.parse(last)};${Date.parse(last) + 1000};5051999092726992361` : null,
      conversationstatus: null,
    },
    threadProperties: thread ? { membercount: thread.members.length, members: JSON.stringify(thread.members), topic: thread.topic } : null,
    MessageList: messages,
  };
}

const EXPORT = {
  userId: ME,
  exportDate: "2026-11-22T18:40:12",
  conversations: [
    conversation(MUM, "Vesna Novak", MUM_CHAT),
    conversation(MARKO, "Marko Novak", MARKO_CHAT),
    conversation(FAMILY, "Novak family", FAMILY_CHAT, { members: [ME, MUM, DAD, MARKO], topic: "Novak family" }),
    conversation(FLAT, "Flat 4B reunion", FLAT_CHAT, { members: [HANNAH, TOM, ME], topic: "Flat 4B reunion" }),
    conversation("48:calllogs", null, [
      msg("48:calllogs", MUM, "2026-10-27T19:41:12.100Z", partlist("ended", String(Date.parse("2026-10-27T19:05:05.011Z")), [MUM, ME], 2147), {
        type: "Event/Call",
        displayName: null,
      }),
    ]),
    conversation("28:concierge", "Skype", [
      msg("28:concierge", "28:concierge", "2024-02-11T10:00:00.000Z", "Hi, I&apos;m Skype&apos;s concierge. Ask me anything about Skype!", {
        displayName: "Skype",
      }),
    ]),
  ],
};

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When do Mum and Dad land in Manchester?", expect: ["19 December"] },
  { question: "How long does Mum's potica bake?", expect: ["60 minutes"] },
  { question: "How much ground walnut goes in the potica filling?", expect: ["400 g"] },
  { question: "What is cousin Nina's baby called?", expect: ["Ela"] },
  { question: "When is Dad's hip operation?", expect: ["12 January"] },
  { question: "What is Marko's new address in Toronto?", expect: ["48 Palmerston Avenue"] },
  { question: "When is Marko's wedding?", expect: ["5 June"] },
  { question: "Who is the other witness at Marko's wedding?", expect: ["Lea"] },
  { question: "When is the video call for Babi Marija's 90th birthday?", expect: ["30 November"] },
  { question: "Where are we staying in York for the flat reunion?", expect: ["Bishophill"] },
  { question: "How much do I owe Hannah for the York cottage?", expect: ["£85"] },
  { question: "Where is Hannah's new job?", expect: ["Royal Armouries"] },
  { question: "What time does Marko's wedding start?", expect: null },
  { question: "Who is Dad's surgeon?", expect: null },
  { question: "What is Hannah's salary at the new job?", expect: null },
];

/** The unpacked export's folder, as an archive tool names it after the tar. */
const FOLDER = "8_live_.cid.4f2a9c81d3e07b55_export";

/** Elena: her Skype chats exported from Teams (free), unpacked and imported as one folder, asked on Tuesday 24 November 2026. */
export const skyper: Person = {
  name: "skyper",
  files: [
    { name: `${FOLDER}/messages.json`, text: JSON.stringify(EXPORT) },
    {
      name: `${FOLDER}/media/${PHOTO_DOC}.json`,
      text: JSON.stringify({ expiry_date: "2027-04-18T15:30:00.0000000Z", filename: "IMG_20261018_1530.jpg", contents: { "1": { type: "image/jpeg" } } }),
    },
    { name: `${FOLDER}/media/${PHOTO_DOC}.1.jpg`, text: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]) },
    {
      name: `${FOLDER}/media/${FILE_DOC}.json`,
      text: JSON.stringify({
        expiry_date: "2027-04-04T17:26:44.0000000Z",
        filename: "Potica - Babi Marija.pdf",
        contents: { "1": { type: "application/pdf" } },
      }),
    },
    {
      name: `${FOLDER}/media/${FILE_DOC}.1.pdf`,
      text: pdfDocument(
        [
          {
            blocks: [
              { text: "Babi Marija's potica", size: 18, bold: true },
              { text: "Makes two rolls. At Christmas add a handful of raisins soaked in rum to the filling." },
            ],
          },
        ],
        { title: "Potica - Babi Marija", created: new Date("2026-10-04T17:20:00Z") },
      ),
    },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 24, 19, 0),
  questions: QUESTIONS,
};
