/**
 * The househunter: Sofia Marquez, a nurse at the Bristol Royal Infirmary, and her partner Ben Whitaker
 * rent a new flat in Bristol between September and November 2026. Things change while they do: three
 * flats viewed (14 Cotham Brow, 3B Raleigh Road, 27 Ashley Hill), one rent reduced after they ask (£1,450
 * → £1,395), a choice between two flats, a deposit quoted on the old rent and corrected, a move-in date
 * moved a week (Saturday 17 → Saturday 24 October), the letting agent changed (Chloe Bennett at
 * Harbourside Lettings → Marcus Hale at Clifton & Co Property, his number mistyped and corrected), a
 * broadband order cancelled and another installed, and the old landlord returning their deposit three
 * weeks late, less a deduction. On Saturday 21 November she exports the chat and her notes and imports
 * each file (`engram import … --me Sofia`):
 *
 * - `ChatExport_2026-11-21/result.json`: her Telegram chat with Ben, exported by Telegram Desktop (the
 *   chat's ⋮ → Export chat history, format JSON, photos unticked). A single chat's export as tdesktop's
 *   JSON writer (export/output/export_output_json.cpp) writes it: one-space indents, `{ "name", "type":
 *   "personal_chat", "id", "messages" }` (the name Ben as her contacts name him); each message `{ id,
 *   type, date (the computer's local time, no zone: British Summer Time until 25 October, then GMT),
 *   date_unixtime, edited?, edited_unixtime?, from, from_id: "user<id>", forwarded_from?,
 *   reply_to_message_id?, photo?, width?, height?, contact_information?, text, text_entities }` in that
 *   order; her own name as her profile has it, "Sofia" (no last name); a photo not downloaded ("(File not
 *   included. …)") with its caption, an edited message, a reply, the agent's message forwarded by Ben, a
 *   shared contact (no words) and a sticker among them. Checked against the writer and
 *   test/unit/ingest-telegram.test.ts (a chat's export, `said`/`at`).
 * - `Takeout/Keep/*.json`: four of her Google Keep notes from Google Takeout, one JSON file per note as
 *   test/unit/ingest-keep.test.ts and keeper.ts write them (color, isTrashed, isPinned, isArchived, title,
 *   textContent or a checklist's listContent of `{ text, textHtml, isChecked }`, labels, times in
 *   microseconds; the .html copy Takeout writes beside each is left out, as keeper leaves it): a viewing
 *   checklist, the costs of the flat (last edited before the deposit was corrected), the moving to-do list
 *   and the meter readings on moving day. Keep keeps only a note's last version.
 *
 * Written in session 41 before reading what Engram made of them. With them, the questions she asks later
 * (what is true now, what was true before, when it changed) and the words a right answer holds, and
 * questions nothing here answers.
 */
import { keepNote } from "./takeout-json.js";
import type { Person } from "./types.js";

const SOFIA = 6_118_402_937;
const BEN = 5_902_771_364;
/** Who each user id is, as the export names them: hers as her profile has it, Ben's as her contacts do. */
const NAMES: Record<number, string> = { [SOFIA]: "Sofia", [BEN]: "Ben" };

/** A message's words: a string, or plain strings and marked-up pieces as Telegram writes a link or bold text. */
type Words = string | Array<string | { type: string; text: string; href?: string }>;

/** A message: when (UTC, ISO), who (a user id), its words, and what else the export writes of it (keys in the writer's order). */
type Said = [at: string, from: number, text: Words, extra?: Record<string, unknown>];

/** When a moment (epoch ms) was on the exporting computer's clock in Bristol, as the export's `date` writes it (no zone). */
function bristolClock(ms: number): string {
  // (British Summer Time, UTC+1, ends on the last Sunday of October: 25 October 2026 at 01:00 UTC)
  const offset = ms < Date.UTC(2026, 9, 25, 1) ? 3_600_000 : 0;
  return new Date(ms + offset).toISOString().slice(0, 19);
}

/** A time's `<key>` and `<key>_unixtime`, as the export writes them. */
function dated(at: string, key = "date"): Record<string, string> {
  const ms = Date.parse(at);
  return { [key]: bristolClock(ms), [`${key}_unixtime`]: String(ms / 1000) };
}

/** `text_entities`: each piece of a message's words with its type (a plain string "plain"). */
function entities(text: Words): Array<Record<string, string>> {
  if (typeof text === "string") return text ? [{ type: "plain", text }] : [];
  return text.map((p) => (typeof p === "string" ? { type: "plain", text: p } : { ...p }));
}

/** A photo the export did not download (photos unticked), as it notes it. */
const PHOTO_NOT_INCLUDED = { photo: "(File not included. Change data exporting settings to download.)", width: 1280, height: 960 };

/** The chat's messages, oldest first, their ids counting from 1 (the edited one's edit time first, as the writer puts it). */
const SAID: Said[] = [
  ["2026-09-02T18:10:12Z", BEN, "Gareth's confirmed he got our notice. We have to be out of Chesterfield Road by Friday 30 October."],
  ["2026-09-02T18:14:40Z", SOFIA, "Ok, eight weeks. I've shortlisted three on Rightmove, sending them now"],
  [
    "2026-09-02T18:21:05Z",
    SOFIA,
    "1) 14 Cotham Brow, Cotham: 2 bed top floor, £1,450 pcm, through Harbourside Lettings\n2) 3B Raleigh Road, Southville: 2 bed garden flat, £1,375 pcm, through Moorland Homes\n3) 27 Ashley Hill, Montpelier: 2 bed, £1,300 pcm, private landlord",
  ],
  ["2026-09-02T18:25:31Z", BEN, "Raleigh Road has a garden!! I'll book all three for Saturday morning"],
  [
    "2026-09-05T11:40:12Z",
    SOFIA,
    "Ashley Hill: black mould all over the bathroom ceiling and the landlord said it's just condensation. No way.",
    PHOTO_NOT_INCLUDED,
  ],
  [
    "2026-09-05T15:02:48Z",
    BEN,
    "Cotham Brow is lovely, so much light. But £1,450 is a stretch. And Raleigh Road's garden is tiny, and it's a 35 minute cycle to the BRI for you",
  ],
  ["2026-09-05T15:09:20Z", SOFIA, "Cotham Brow is a 10 minute walk to work for me. I'll ask Chloe if the landlord would take less"],
  ["2026-09-07T08:31:02Z", SOFIA, "Asked Chloe at Harbourside if the landlord would take £1,375 to match Raleigh Road. She's asking him today"],
  [
    "2026-09-09T12:15:44Z",
    BEN,
    "Hi both, good news: the landlord has agreed to reduce the rent at 14 Cotham Brow to £1,395 pcm if you sign for 12 months. Could you let me know by Friday? Thanks, Chloe",
    { forwarded_from: "Chloe Bennett" },
  ],
  ["2026-09-09T12:20:03Z", SOFIA, "£1,395! That's only £20 more than Raleigh Road"],
  ["2026-09-09T12:26:37Z", BEN, "So it's Cotham Brow at £1,395 or Raleigh Road at £1,375. Your commute vs a garden"],
  [
    "2026-09-10T19:45:10Z",
    SOFIA,
    "Let's go for Cotham Brow. I can walk to work and you can have the second bedroom as your office",
    { reply_to_message_id: 11 },
  ],
  ["2026-09-10T19:47:55Z", BEN, "Deal ❤️ I'll tell Moorland we're not taking Raleigh Road"],
  ["2026-09-11T10:05:29Z", BEN, "Paid Harbourside the holding deposit, £321 (one week's rent). Chloe says we can move in on Saturday 17 October"],
  ["2026-09-11T10:12:14Z", SOFIA, "Booking the van for the 17th then"],
  ["2026-09-14T17:30:51Z", SOFIA, "Tenancy agreement came through. The deposit is £1,673, five weeks' rent"],
  ["2026-09-14T17:36:02Z", BEN, "Isn't that five weeks of £1,450? Five weeks of £1,395 is £1,609.62", { reply_to_message_id: 16 }],
  [
    "2026-09-15T09:02:26Z",
    SOFIA,
    "You're right, Chloe's corrected it: the deposit is £1,609.62, protected with the DPS. The £321 holding deposit comes off it",
    { ...dated("2026-09-15T09:04:10Z", "edited") },
  ],
  ["2026-09-16T20:11:39Z", BEN, "Signed! 🎉 12 months at 14 Cotham Brow"],
  ["2026-09-29T16:48:03Z", BEN, "Bad news: Chloe says the current tenants can't leave until the 22nd, so we move in on Saturday 24 October now, not the 17th"],
  ["2026-09-29T16:55:17Z", SOFIA, "Ugh. I'll move the van to the 24th. At least we're still out of Chesterfield Road before the 30th"],
  [
    "2026-10-06T08:40:22Z",
    BEN,
    "Email from Harbourside: the landlord has moved the management of the flat to Clifton & Co Property from today. Chloe isn't dealing with it any more. Our new agent is Marcus Hale, 0117 496 0758",
  ],
  ["2026-10-06T08:42:09Z", BEN, "Sorry, 0117 496 0785"],
  ["2026-10-08T19:20:40Z", SOFIA, "Ordered broadband for the new flat: Virgin Media M250, £31 a month, engineer on Tuesday 27 October"],
  [
    "2026-10-14T13:03:58Z",
    SOFIA,
    "Virgin just rang, they can't install at Cotham Brow, there's no cable to the building 🙄 Cancelled it. Going with Vodafone Full Fibre 500 instead, £28 a month, engineer on Thursday 29 October",
  ],
  ["2026-10-24T09:31:12Z", BEN, "Keys collected from Marcus! We're in 🏠"],
  ["2026-10-24T12:10:45Z", SOFIA, "Took the meter readings, they're in my Keep note. The gas meter is in the cupboard under the stairs"],
  ["2026-10-29T14:22:30Z", SOFIA, "Broadband's in! The Vodafone engineer put the router in the living room. The wifi password is on the back of it"],
  ["2026-10-30T17:05:16Z", BEN, "Handed the Chesterfield Road keys back to Gareth. He says we'll have the deposit back within 10 days"],
  ["2026-11-10T20:14:27Z", SOFIA, "Still no deposit from Gareth and it's been 11 days. I'm emailing him and the TDS tomorrow"],
  ["2026-11-13T18:40:52Z", BEN, "Gareth replied: he wants to keep £85 for cleaning the carpet in the back bedroom. I said fine, not worth the fight"],
  ["2026-11-19T12:58:33Z", SOFIA, "Deposit finally back from Gareth today: £1,015 (the £1,100 minus £85 for the carpet). Nearly three weeks late!"],
  ["2026-11-19T13:04:10Z", BEN, "Finally!! Takeaway tonight to celebrate?"],
];

/** The chat's messages as the export writes them: Ben's shared contact card and a sticker among them. */
function messages(): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = SAID.map(([at, from, text, extra], i) => {
    const { edited, edited_unixtime, ...rest } = (extra ?? {}) as Record<string, unknown>;
    return {
      id: i + 1,
      type: "message",
      ...dated(at),
      ...(edited === undefined ? {} : { edited, edited_unixtime }),
      from: NAMES[from],
      from_id: `user${from}`,
      ...rest,
      text,
      text_entities: entities(text),
    };
  });
  // (Ben shares Marcus's contact card after correcting the number: a message of no words)
  const card = {
    id: 0,
    type: "message",
    ...dated("2026-10-06T08:42:40Z"),
    from: NAMES[BEN],
    from_id: `user${BEN}`,
    contact_information: { first_name: "Marcus", last_name: "Hale (Clifton & Co)", phone_number: "+44 117 496 0785" },
    text: "",
    text_entities: [],
  };
  // (and a sticker when she says the deposit is back)
  const sticker = {
    id: 0,
    type: "message",
    ...dated("2026-11-19T13:05:02Z"),
    from: NAMES[SOFIA],
    from_id: `user${SOFIA}`,
    file: "(File not included. Change data exporting settings to download.)",
    thumbnail: "(File not included. Change data exporting settings to download.)",
    media_type: "sticker",
    sticker_emoji: "🥳",
    width: 512,
    height: 512,
    text: "",
    text_entities: [],
  };
  const at = out.findIndex((m) => m.id === 24);
  out.splice(at, 0, card);
  out.push(sticker);
  // (ids as Telegram numbers a chat's messages, in order; the replies are to messages before the card)
  return out.map((m, i) => ({ ...m, id: i + 1 }));
}

/** A checklist's items as Keep writes them. */
const items = (list: Array<[string, boolean]>) => list.map(([text, isChecked]) => ({ text, textHtml: text, isChecked }));

const KEEP = "Takeout/Keep";

const NOTES: Person["files"] = [
  {
    name: `${KEEP}/Viewing checklist.json`,
    text: keepNote(
      {
        title: "Viewing checklist",
        textContent: "",
        listContent: items([
          ["Water pressure in the shower", true],
          ["Damp or mould (bathroom ceiling, behind wardrobes)", true],
          ["EPC rating C or above", true],
          ["Council tax band", true],
          ["Somewhere to lock two bikes", false],
          ["Phone signal in every room", true],
          ["Ask: are any bills included?", true],
          ["Ask: is the deposit protected?", true],
        ]),
        labels: [{ name: "Flat hunt" }],
      },
      "2026-09-03T20:12:00Z",
      "2026-09-05T12:02:00Z",
    ),
    mtime: Date.UTC(2026, 10, 21, 9, 40),
  },
  {
    name: `${KEEP}/Flat costs.json`,
    text: keepNote(
      {
        title: "Flat costs",
        isPinned: true,
        textContent:
          "14 Cotham Brow\nRent: £1,395 pcm (12 months)\nHolding deposit: £321, paid 11 Sep\nDeposit: £1,673 (5 weeks)\nCouncil tax: band C\nEnergy: Octopus, about £110 a month\nContents insurance: £9 a month",
        labels: [{ name: "Flat hunt" }],
      },
      "2026-09-05T15:30:00Z",
      "2026-09-14T17:45:00Z",
    ),
    mtime: Date.UTC(2026, 10, 21, 9, 40),
  },
  {
    name: `${KEEP}/Moving to-do.json`,
    text: keepNote(
      {
        title: "Moving to-do",
        isPinned: true,
        textContent: "",
        listContent: items([
          ["Book van: Bristol Van Hire, Sat 24 Oct, 8am", true],
          ["Redirect post (Royal Mail, from 24 Oct)", true],
          ["Tell the council (council tax)", true],
          ["Broadband: Vodafone, engineer Thu 29 Oct", true],
          ["Meter readings at both flats", true],
          ["Change address: bank, GP, DVLA", false],
          ["Return Chesterfield Road keys to Gareth", true],
          ["Chase the old deposit", true],
        ]),
        labels: [{ name: "Flat hunt" }],
      },
      "2026-09-11T10:30:00Z",
      "2026-11-19T13:10:00Z",
    ),
    mtime: Date.UTC(2026, 10, 21, 9, 40),
  },
  {
    name: `${KEEP}/Meter readings.json`,
    text: keepNote(
      {
        title: "Meter readings",
        textContent:
          "Moving day, Sat 24 Oct, 14 Cotham Brow\nGas: 03917.4 m³ (cupboard under the stairs)\nElectricity: 48206 kWh\nWater: 00215 m³\n\nChesterfield Road, final readings, Fri 30 Oct\nGas: 18852 m³\nElectricity: 61473 kWh",
      },
      "2026-10-24T11:05:00Z",
      "2026-10-30T16:20:00Z",
    ),
    mtime: Date.UTC(2026, 10, 21, 9, 40),
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which flat did we choose in the end?", expect: ["Cotham Brow"] },
  { question: "How much is our rent now?", expect: ["1,395"] },
  { question: "What was the rent at Cotham Brow before the landlord reduced it?", expect: ["1,450"] },
  { question: "When did we move into the new flat?", expect: ["24 October"] },
  { question: "Who is our letting agent now?", expect: ["Clifton"] },
  { question: "What's the letting agent's phone number?", expect: ["0117 496 0785"] },
  { question: "How much was the deposit for Cotham Brow?", expect: ["1,609"] },
  { question: "What was the gas meter reading at the new flat on moving day?", expect: ["03917"] },
  { question: "Has our old landlord returned the deposit?", expect: ["1,015"] },
  { question: "Which broadband did we go with?", expect: ["Vodafone"] },
  { question: "When was the broadband installed?", expect: ["29 October"] },
  { question: "Why didn't we take the flat on Ashley Hill?", expect: ["mould"] },
  { question: "When is the gas safety check at the new flat?", expect: null },
  { question: "What's Marcus Hale's email address?", expect: null },
  { question: "How much did the removal van cost?", expect: null },
];

/** Sofia: her Telegram chat with Ben and four Keep notes, each imported on its own with `me` Sofia, asked on Saturday 21 November 2026. */
export const househunter: Person = {
  name: "househunter",
  files: [
    {
      name: "ChatExport_2026-11-21/result.json",
      text: JSON.stringify({ name: NAMES[BEN], type: "personal_chat", id: BEN, messages: messages() }, null, 1),
      mtime: Date.UTC(2026, 10, 21, 9, 35),
    },
    ...NOTES,
  ],
  me: "Sofia",
  askedAt: Date.UTC(2026, 10, 21, 10, 0),
  questions: QUESTIONS,
};
