/**
 * The matrixer: Alex Rivera, a privacy-minded open-source maintainer of Tidewater (an end-to-end
 * encrypted sync engine), who talks on Matrix in Element: the project's public room and a direct chat
 * with a friend, Sam. In November 2026 they export both (Element's room info → Export chat → Format:
 * JSON, "From the beginning", no attachments), each a file Element names `matrix - <room name> - Chat
 * Export - <ISO time, ":" as "-">.json`, into one folder, and import it whole (`engram import "Element
 * exports"`).
 *
 * The file is what Element's exporter writes (element-web src/utils/exportUtils/JSONExport.ts,
 * Exporter.ts; checked against its source): `JSON.stringify({ room_name, room_creator, topic,
 * export_date, exported_by, messages }, null, 2)`, where `room_creator` and `exported_by` are display
 * names (`rawDisplayName`, the Matrix ID when none is set), `room_name` is the room's name as Element
 * shows it (a direct chat's, with no name of its own, is the other person's), `export_date` the day in
 * the exporter's locale ("26/11/2026"), and `messages` each event Element has a tile for
 * (EventTileFactory `haveRendererForEvent`), as matrix-js-sdk's `toJSON()` gives it, an encrypted one
 * decrypted (its type and content the clear event's, its `m.relates_to` copied from the wire): messages
 * (`m.text`, `m.notice` from a bot, `m.emote`, `m.image`, `m.file`), a reply (`m.relates_to.m.in_reply_to`,
 * its body opening with the fallback quote `> <@mei:kde.org> …` in older clients' replies, none in
 * newer ones'), a message edited (its content the newest `m.new_content`, the edit bundled in
 * `unsigned["m.relations"]["m.replace"]`, as matrix-js-sdk's event mapper replaces it; the edit event
 * itself has no tile, so it is not in the file), a deleted message (redacted: `content: {}`,
 * `unsigned.redacted_because`), a message that could not be decrypted (`m.bad.encrypted`, "** Unable to
 * decrypt: … **"), and state events with words (members joining, a display name changed, the room's
 * name, topic, alias, join rule, history visibility and encryption). Reactions have no tile: Element's
 * export holds none. Hand-written by the developers while trying Engram as its users would, in session
 * 36, before Engram could read an Element export (the first run's figures are in bench/README.md). With
 * it, the questions such a person asks later and the words a right answer holds, and questions nothing
 * here answers.
 */
import { createHash } from "node:crypto";
import type { Person } from "./types.js";

const ALEX = "@alex:matrix.org";
const PRIYA = "@priya:matrix.org";
const JONAS = "@jonas:tchncs.de";
const MEI = "@mei:kde.org";
const BOT = "@tidewater-bot:matrix.org";
const SAM = "@sam:matrix.org";

const PROJECT_ROOM = "!qPzVxKwTnRbLmYdHcJ:matrix.org";
const DM_ROOM = "!hJwBnXeUcRtVpLkQsD:matrix.org";

/** When the person exports (ms): each event's `unsigned.age` is its age then. */
const EXPORTED_AT = Date.UTC(2026, 10, 24, 18, 2, 11, 204);

/** A room version 10 event ID: "$" and 43 characters of URL-safe base64 (here of the event's room, time and sender). */
function eventId(room: string, ts: number, sender: string): string {
  return `$${createHash("sha256").update(`${room} ${ts} ${sender}`).digest("base64url").slice(0, 43)}`;
}

/** An event as Element's JSON export writes it (matrix-js-sdk's `toJSON()` of a /messages event): its type, room, sender, content, time, unsigned data, ID; a state event's key. */
function event(
  room: string,
  type: string,
  sender: string,
  at: string,
  content: Record<string, unknown>,
  extra: { stateKey?: string; unsigned?: Record<string, unknown> } = {},
): Record<string, unknown> {
  const ts = Date.parse(at);
  return {
    type,
    room_id: room,
    sender,
    content,
    origin_server_ts: ts,
    unsigned: { age: EXPORTED_AT - ts, ...(extra.unsigned ?? {}) },
    event_id: eventId(room, ts, sender),
    ...(extra.stateKey !== undefined ? { state_key: extra.stateKey } : {}),
  };
}

/** A text message (`m.text`), its HTML when Element wrote one (a link, emphasis). */
function text(room: string, sender: string, at: string, body: string, html?: string): Record<string, unknown> {
  return event(room, "m.room.message", sender, at, { msgtype: "m.text", body, ...(html ? { format: "org.matrix.custom.html", formatted_body: html } : {}) });
}

/** A member's event: joining (or invited) with their display name; `prev` their earlier event's content and time (a name changed). */
function member(
  room: string,
  sender: string,
  at: string,
  who: string,
  content: Record<string, unknown>,
  prev?: { content: Record<string, unknown>; at: string },
): Record<string, unknown> {
  return event(room, "m.room.member", sender, at, content, {
    stateKey: who,
    unsigned: prev ? { prev_content: prev.content, prev_sender: who, replaces_state: eventId(room, Date.parse(prev.at), who) } : {},
  });
}

/**
 * A reply as older Element versions sent it: the fallback quote of the message answered in its body
 * ("> <@mei:kde.org> I'll review …", then a blank line) and formatted body (`<mx-reply>`), and its
 * `m.relates_to.m.in_reply_to`.
 */
function reply(room: string, sender: string, at: string, to: Record<string, unknown>, body: string): Record<string, unknown> {
  const quoted = String((to.content as { body: string }).body);
  const [first, ...rest] = quoted.split("\n");
  const fallback = [`> <${String(to.sender)}> ${first}`, ...rest.map((l) => `> ${l}`)].join("\n");
  const html = `<mx-reply><blockquote><a href="https://matrix.to/#/${room}/${String(to.event_id)}?via=matrix.org">In reply to</a> <a href="https://matrix.to/#/${String(to.sender)}">${String(to.sender)}</a><br>${quoted}</blockquote></mx-reply>${body}`;
  return event(room, "m.room.message", sender, at, {
    msgtype: "m.text",
    body: `${fallback}\n\n${body}`,
    format: "org.matrix.custom.html",
    formatted_body: html,
    "m.relates_to": { "m.in_reply_to": { event_id: to.event_id } },
  });
}

/** A message edited at `editedAt`: its content the newest words, the edit event bundled in its `unsigned["m.relations"]["m.replace"]` (Element's export holds no edit event of its own). */
function edited(room: string, sender: string, at: string, editedAt: string, newest: string): Record<string, unknown> {
  const original = text(room, sender, at, newest);
  const edit = event(room, "m.room.message", sender, editedAt, {
    body: ` * ${newest}`,
    msgtype: "m.text",
    "m.new_content": { body: newest, msgtype: "m.text" },
    "m.relates_to": { event_id: original.event_id, rel_type: "m.replace" },
  });
  (original.unsigned as Record<string, unknown>)["m.relations"] = { "m.replace": edit };
  return original;
}

const DELETED_AT = "2026-10-21T16:05:12.880Z";

/** The project room's events, as the export lists them (oldest first). */
function projectRoom(): Record<string, unknown>[] {
  const r = PROJECT_ROOM;
  const review = text(r, MEI, "2026-10-14T15:02:48.511Z", "I'll review the sync PR, I wrote most of the old delta code anyway. Expect comments by Friday.");
  const talk = text(
    r,
    ALEX,
    "2026-11-09T20:14:03.118Z",
    'Some news: my talk "Sync without servers: CRDTs in Tidewater" got accepted at FOSDEM 2027! It\'s in the Local-first devroom on Sunday 7 February, in Brussels.',
  );
  return [
    member(r, ALEX, "2026-10-01T08:30:00.412Z", ALEX, { membership: "join", displayname: "Alex Rivera", avatar_url: "mxc://matrix.org/aLxRvRaVtRmYkQpWnZcB" }),
    event(r, "m.room.join_rules", ALEX, "2026-10-01T08:30:01.020Z", { join_rule: "public" }, { stateKey: "" }),
    event(r, "m.room.history_visibility", ALEX, "2026-10-01T08:30:01.311Z", { history_visibility: "shared" }, { stateKey: "" }),
    event(r, "m.room.canonical_alias", ALEX, "2026-10-01T08:30:01.640Z", { alias: "#tidewater:matrix.org" }, { stateKey: "" }),
    event(r, "m.room.name", ALEX, "2026-10-01T08:30:02.007Z", { name: "Tidewater" }, { stateKey: "" }),
    event(
      r,
      "m.room.topic",
      ALEX,
      "2026-10-01T08:30:02.355Z",
      { topic: "Tidewater: an end-to-end encrypted sync engine · https://tidewater.dev · be kind, see CODE_OF_CONDUCT.md" },
      { stateKey: "" },
    ),
    member(r, PRIYA, "2026-10-01T09:12:44.870Z", PRIYA, { membership: "join", displayname: "Priya Natarajan" }),
    member(r, JONAS, "2026-10-02T17:40:19.233Z", JONAS, { membership: "join", displayname: "jonas_w" }),
    member(r, MEI, "2026-10-03T07:55:02.641Z", MEI, { membership: "join", displayname: "Mei Tanaka", avatar_url: "mxc://kde.org/MeiTnkAvtr20261003" }),
    member(r, BOT, "2026-10-03T10:01:37.004Z", BOT, { membership: "join", displayname: "Tidewater Bot" }),
    text(
      r,
      PRIYA,
      "2026-10-05T09:12:30.918Z",
      "Morning all! The roadmap for the next two releases is up: https://codeberg.org/tidewater/tidewater/src/branch/main/ROADMAP.md",
      'Morning all! The roadmap for the next two releases is up: <a href="https://codeberg.org/tidewater/tidewater/src/branch/main/ROADMAP.md">https://codeberg.org/tidewater/tidewater/src/branch/main/ROADMAP.md</a>',
    ),
    text(r, ALEX, "2026-10-05T09:20:05.377Z", "Thanks Priya. I've moved key rotation to 2.1, it won't be ready in time for 2.0."),
    event(r, "m.room.message", BOT, "2026-10-14T14:31:09.002Z", {
      msgtype: "m.notice",
      body: "[tidewater] jonas_w opened pull request #412: Incremental sync over CRDT deltas https://codeberg.org/tidewater/tidewater/pulls/412",
      format: "org.matrix.custom.html",
      formatted_body:
        '[tidewater] jonas_w opened pull request <a href="https://codeberg.org/tidewater/tidewater/pulls/412">#412: Incremental sync over CRDT deltas</a>',
    }),
    text(
      r,
      JONAS,
      "2026-10-14T14:36:55.760Z",
      "The sync PR is finally up (#412). It touches the delta encoder and the storage layer, so it's a big one, sorry! Who has time to review?",
    ),
    review,
    reply(r, ALEX, "2026-10-14T15:10:21.094Z", review, "Thanks Mei! Priya, could you take the docs PR (#415) then?"),
    event(r, "m.room.message", PRIYA, "2026-10-14T15:26:40.552Z", {
      msgtype: "m.text",
      body: "Sure, I'll review #415.",
      "m.relates_to": { "m.in_reply_to": { event_id: eventId(r, Date.parse("2026-10-14T15:10:21.094Z"), ALEX) } },
    }),
    member(
      r,
      JONAS,
      "2026-10-19T11:03:27.309Z",
      JONAS,
      { membership: "join", displayname: "Jonas Weber" },
      {
        content: { membership: "join", displayname: "jonas_w" },
        at: "2026-10-02T17:40:19.233Z",
      },
    ),
    event(
      r,
      "m.room.message",
      JONAS,
      "2026-10-21T16:04:50.117Z",
      {},
      {
        unsigned: {
          redacted_by: eventId(r, Date.parse(DELETED_AT), JONAS),
          redacted_because: {
            type: "m.room.redaction",
            room_id: r,
            sender: JONAS,
            content: {},
            redacts: eventId(r, Date.parse("2026-10-21T16:04:50.117Z"), JONAS),
            origin_server_ts: Date.parse(DELETED_AT),
            unsigned: { age: EXPORTED_AT - Date.parse(DELETED_AT) },
            event_id: eventId(r, Date.parse(DELETED_AT), JONAS),
          },
        },
      },
    ),
    edited(
      r,
      PRIYA,
      "2026-10-28T10:15:12.602Z",
      "2026-10-28T10:19:47.931Z",
      "Proposal: we cut 2.0 on Tuesday 8 December, with the feature freeze on Tuesday 1 December. RC1 goes out the day after the freeze.",
    ),
    text(r, MEI, "2026-10-28T10:24:03.480Z", "+1, 8 December works for me"),
    text(r, ALEX, "2026-10-28T10:31:58.215Z", "Decided then: Tidewater 2.0 ships on Tuesday 8 December 🎉 I'll write the release notes."),
    event(r, "m.room.message", MEI, "2026-10-28T10:32:30.047Z", { msgtype: "m.emote", body: "does a happy dance" }),
    talk,
    reply(r, PRIYA, "2026-11-09T20:21:36.764Z", talk, "Congrats!! We should get stickers printed for the stand."),
    event(r, "m.room.message", JONAS, "2026-11-12T13:48:05.339Z", {
      msgtype: "m.image",
      body: "sync-benchmark.png",
      info: { mimetype: "image/png", size: 48213, w: 1200, h: 640 },
      url: "mxc://tchncs.de/SyncBenchPngJw412",
    }),
    text(r, JONAS, "2026-11-12T13:49:11.902Z", "Benchmarks on the new sync path: 3.2x faster initial sync on the 50k-item test vault."),
    event(r, "m.room.message", PRIYA, "2026-11-20T09:05:44.128Z", {
      msgtype: "m.file",
      body: "release-checklist-2.0.md",
      info: { mimetype: "text/markdown", size: 2210 },
      url: "mxc://matrix.org/RelChecklist20PriyaN",
    }),
    text(r, PRIYA, "2026-11-20T09:06:30.615Z", "Release checklist attached. Mei, can you own the Flatpak build this time?"),
    text(r, MEI, "2026-11-20T09:40:17.073Z", "Yes, I'll do the Flatpak."),
  ];
}

/** The direct chat with Sam, end-to-end encrypted: each message as the export writes it, decrypted. */
function samChat(): Record<string, unknown>[] {
  const r = DM_ROOM;
  const dinner = text(
    r,
    SAM,
    "2026-11-16T18:47:22.431Z",
    "Nadia's birthday dinner: Friday 4 December, 7:30pm at Dishoom King's Cross. I've booked a table for six.",
  );
  return [
    member(r, SAM, "2026-06-03T20:11:05.218Z", SAM, { membership: "join", displayname: "Sam Okafor" }),
    event(r, "m.room.join_rules", SAM, "2026-06-03T20:11:05.530Z", { join_rule: "invite" }, { stateKey: "" }),
    event(r, "m.room.history_visibility", SAM, "2026-06-03T20:11:05.861Z", { history_visibility: "shared" }, { stateKey: "" }),
    event(r, "m.room.encryption", SAM, "2026-06-03T20:11:06.190Z", { algorithm: "m.megolm.v1.aes-sha2" }, { stateKey: "" }),
    member(r, SAM, "2026-06-03T20:11:06.733Z", ALEX, { membership: "invite", displayname: "Alex Rivera", is_direct: true }),
    member(r, ALEX, "2026-06-03T20:14:40.095Z", ALEX, { membership: "join", displayname: "Alex Rivera", avatar_url: "mxc://matrix.org/aLxRvRaVtRmYkQpWnZcB" }),
    text(
      r,
      SAM,
      "2026-11-02T19:04:13.662Z",
      "Hey! Huge favour to ask: could you feed Biscuit while I'm in Lagos from 12 to 19 December? Twice a day, her food is in the cupboard by the back door.",
    ),
    text(r, ALEX, "2026-11-02T19:10:48.310Z", "Of course! Happy to look after her. Where do I pick up the key?"),
    text(r, SAM, "2026-11-02T19:12:05.877Z", "The spare key is with Mrs Doyle at number 14, I'll tell her you're coming."),
    text(r, SAM, "2026-11-02T19:13:31.449Z", "Also, new phone number, the old one is gone: +44 7700 900317"),
    dinner,
    reply(r, ALEX, "2026-11-16T19:02:57.018Z", dinner, "Count me in! Shall we get her something together?"),
    edited(
      r,
      SAM,
      "2026-11-16T19:08:40.556Z",
      "2026-11-16T19:09:58.203Z",
      "Yes! The Le Creuset casserole dish she keeps talking about. It's £40 each if the six of us chip in.",
    ),
    event(r, "m.room.message", SAM, "2026-11-16T19:15:02.774Z", {
      msgtype: "m.bad.encrypted",
      body: "** Unable to decrypt: The sender's device has not sent us the keys for this message. **",
    }),
    text(r, ALEX, "2026-11-17T08:21:14.630Z", "Sent you my £40 for Nadia's present."),
  ];
}

/** A room's export as Element writes it: the room's fields, then its events, pretty-printed with two spaces. */
function exported(roomName: string, creator: string, topic: string, messages: Record<string, unknown>[]): string {
  return JSON.stringify({ room_name: roomName, room_creator: creator, topic, export_date: "24/11/2026", exported_by: "Alex Rivera", messages }, null, 2);
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When is the 2.0 release?", expect: ["8 December"] },
  { question: "When is the feature freeze for 2.0?", expect: ["1 December"] },
  { question: "Who is reviewing the sync PR?", expect: ["Mei"] },
  { question: "Where is my talk?", expect: ["Brussels"] },
  { question: "When is my FOSDEM talk?", expect: ["7 February"] },
  { question: "Where is the Tidewater roadmap?", expect: ["ROADMAP.md"] },
  { question: "What did we move to 2.1?", expect: ["key rotation"] },
  { question: "What's Sam's number?", expect: ["7700 900317"] },
  { question: "What favour did Sam ask me?", expect: ["Biscuit"] },
  { question: "Where is Nadia's birthday dinner?", expect: ["Dishoom"] },
  { question: "When is Nadia's birthday dinner?", expect: ["4 December"] },
  { question: "How much is each of us putting in for Nadia's present?", expect: ["40"] },
  { question: "When is the 2.1 release?", expect: null },
  { question: "What's Mei's phone number?", expect: null },
  { question: "Which hotel is Sam staying at in Lagos?", expect: null },
];

const FOLDER = "Element exports";

/** The matrixer: the project room's and the direct chat's JSON exports in one folder, imported whole (no --me: the export names its exporter), asked on Thursday 26 November 2026. */
export const matrixer: Person = {
  name: "matrixer",
  files: [
    {
      name: `${FOLDER}/matrix - Tidewater - Chat Export - 2026-11-24T18-02-11.204Z.json`,
      text: exported(
        "Tidewater",
        "Alex Rivera",
        "Tidewater: an end-to-end encrypted sync engine · https://tidewater.dev · be kind, see CODE_OF_CONDUCT.md",
        projectRoom(),
      ),
      mtime: EXPORTED_AT,
    },
    {
      name: `${FOLDER}/matrix - Sam Okafor - Chat Export - 2026-11-24T18-05-40.877Z.json`,
      text: exported("Sam Okafor", "Sam Okafor", "", samChat()),
      mtime: EXPORTED_AT + 209_673,
    },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 26, 10, 0),
  questions: QUESTIONS,
};
