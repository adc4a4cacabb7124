/**
 * A Matrix room's chat as Element exports it in JSON (core/ingest/matrix.ts): one conversation per
 * file keyed by the room's ID, each message its sender's newest display name at its server time, keyed
 * by its event ID, the exporter the user; a reply's fallback quote taken off and the message answered
 * kept with it, an edit read once with its newest words, reactions folded into the message reacted to,
 * deleted and undecryptable messages and state events passed over; a direct chat titled by the other
 * person; detected by its start whatever its name, in a folder too; Element's HTML and plain text
 * exports refused, and passed over in a folder, saying to export as JSON; imported twice or exported
 * later adds only what is new; a bad file's error naming the file and the field.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { isElementExport } from "../../core/ingest/chats/matrix.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-matrix-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to `path` under the test's folder (its folders made); returns its path. */
function put(path: string, text: string): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const ROOM = "!qPzVxKwTnRbLmYdHcJ:matrix.org";
const T0 = Date.UTC(2026, 9, 14, 14, 0, 0);

/** An event as Element's export writes one: `n` its place (its ID "$ev<n>", its time T0 + n minutes), a state event's key. */
function ev(n: number, type: string, sender: string, content: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type, room_id: ROOM, sender, content, origin_server_ts: T0 + n * 60_000, unsigned: { age: 1000 }, event_id: `$ev${n}`, ...extra };
}

/** A text message. */
function say(n: number, sender: string, body: string, more: Record<string, unknown> = {}): Record<string, unknown> {
  return ev(n, "m.room.message", sender, { msgtype: "m.text", body, ...more });
}

/** A member's event: `who` joins with a display name. */
function joins(n: number, who: string, displayname: string | null, more: Record<string, unknown> = {}): Record<string, unknown> {
  return ev(n, "m.room.member", who, { membership: "join", ...(displayname ? { displayname } : {}), ...more }, { state_key: who });
}

/** An export as Element writes it, pretty-printed. */
function exported(messages: unknown[], header: Record<string, unknown> = {}): string {
  return JSON.stringify(
    { room_name: "Tidewater", room_creator: "Alex Rivera", topic: "Sync engine", export_date: "24/11/2026", exported_by: "Alex Rivera", messages, ...header },
    null,
    2,
  );
}

const ALEX = "@alex:matrix.org";
const MEI = "@mei:kde.org";
const JONAS = "@jonas:tchncs.de";
const BOT = "@tidewater-bot:matrix.org";

/** A project room: members, a display name changed, a bot's notice, an emote, an image with a caption, a file, a deleted and an undecryptable message. */
const ROOM_EVENTS = [
  joins(0, ALEX, "Alex Rivera"),
  ev(1, "m.room.name", ALEX, { name: "Tidewater" }, { state_key: "" }),
  ev(2, "m.room.topic", ALEX, { topic: "Sync engine" }, { state_key: "" }),
  joins(3, MEI, "Mei Tanaka"),
  joins(4, JONAS, "jonas_w"),
  joins(5, BOT, null),
  ev(6, "m.room.message", BOT, { msgtype: "m.notice", body: "[tidewater] PR #412 opened" }),
  say(7, JONAS, "The sync PR is up (#412). Who can review?"),
  say(8, MEI, "I'll review the sync PR.", { format: "org.matrix.custom.html", formatted_body: "I'll review the <b>sync PR</b>." }),
  joins(9, JONAS, "Jonas Weber", { avatar_url: "mxc://tchncs.de/x" }),
  ev(10, "m.room.message", MEI, { msgtype: "m.emote", body: "does a happy dance" }),
  ev(11, "m.room.message", JONAS, {
    msgtype: "m.image",
    body: "Benchmarks on the new path",
    filename: "bench.png",
    info: { mimetype: "image/png" },
    url: "mxc://a/b",
  }),
  ev(12, "m.room.message", ALEX, { msgtype: "m.file", body: "checklist.md", info: { mimetype: "text/markdown" }, url: "mxc://a/c" }),
  ev(13, "m.room.message", JONAS, {}, { unsigned: { age: 5, redacted_because: { type: "m.room.redaction", sender: JONAS, content: {}, redacts: "$ev13" } } }),
  ev(14, "m.room.message", MEI, {
    msgtype: "m.bad.encrypted",
    body: "** Unable to decrypt: The sender's device has not sent us the keys for this message. **",
  }),
  ev(15, "m.room.message", MEI, { msgtype: "m.key.verification.request", body: "Mei is requesting to verify your key", to: ALEX }),
  ev(16, "m.room.message", ALEX, { msgtype: "m.audio", body: "Voice message", "org.matrix.msc3245.voice": {}, url: "mxc://a/d" }),
];

describe("a room's export", () => {
  it("is one conversation of the room, each message its sender's newest display name at its server time, keyed by its event ID, the exporter the user", async () => {
    const file = put("matrix - Tidewater - Chat Export - 2026-11-24T18-02-11.204Z.json", exported(ROOM_EVENTS));
    expect(await detectFormat(file)).toBe("matrix");
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({
      format: "matrix",
      externalId: `matrix:${ROOM}`,
      title: "Tidewater",
      participants: ["tidewater-bot", "Jonas Weber", "Mei Tanaka", "Alex Rivera"],
      startedAt: T0 + 6 * 60_000,
    });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, t.occurredAt - T0, t.text])).toEqual([
      ["$ev6", "tidewater-bot", "other", 6 * 60_000, "[tidewater] PR #412 opened"],
      ["$ev7", "Jonas Weber", "other", 7 * 60_000, "The sync PR is up (#412). Who can review?"],
      ["$ev8", "Mei Tanaka", "other", 8 * 60_000, "I'll review the sync PR."],
      ["$ev10", "Mei Tanaka", "other", 10 * 60_000, "Mei Tanaka does a happy dance"],
      ["$ev11", "Jonas Weber", "other", 11 * 60_000, "Benchmarks on the new path\n[shared an image: bench.png]"],
      ["$ev12", "Alex Rivera", "user", 12 * 60_000, "[shared a file: checklist.md]"],
      ["$ev16", "Alex Rivera", "user", 16 * 60_000, "[sent a voice message]"],
    ]);
    expect(await validateExport(file)).toMatchObject({ format: "matrix", conversations: 1, turns: 7 });
  });

  it("takes a reply's fallback quote off its words and keeps the message answered; reads an edit once, its newest words; folds reactions in", async () => {
    const answered = say(3, MEI, "I'll review the sync PR, I wrote the old delta code.\nComments by Friday.");
    const file = put(
      "room.json",
      exported([
        joins(0, ALEX, "Alex Rivera"),
        joins(1, MEI, "Mei Tanaka"),
        joins(2, JONAS, "Jonas Weber"),
        answered,
        // (an older client's reply: the fallback quote in its body)
        say(4, ALEX, "> <@mei:kde.org> I'll review the sync PR, I wrote the old delta code.\n> Comments by Friday.\n\nThanks Mei! Priya, take #415?", {
          "m.relates_to": { "m.in_reply_to": { event_id: "$ev3" } },
        }),
        // (a newer client's reply, no fallback; a reply to a message not in the file, with a fallback)
        say(5, JONAS, "Sure", { "m.relates_to": { "m.in_reply_to": { event_id: "$ev4" } } }),
        say(6, JONAS, "> <@priya:matrix.org> Can someone check CI?\n\nOn it", { "m.relates_to": { "m.in_reply_to": { event_id: "$gone" } } }),
        // (Element's own export: the newest words in the content, the edit bundled)
        say(7, MEI, "We cut 2.0 on Tuesday 8 December.", {}),
        // (an edit event in the file, then a newer one, and one by someone else, which is no edit)
        say(8, JONAS, "Freeze on Monday 23 November"),
        ev(9, "m.room.message", JONAS, {
          msgtype: "m.text",
          body: " * Freeze on Monday 30 November",
          "m.new_content": { msgtype: "m.text", body: "Freeze on Monday 30 November" },
          "m.relates_to": { rel_type: "m.replace", event_id: "$ev8" },
        }),
        ev(11, "m.room.message", JONAS, {
          msgtype: "m.text",
          body: " * Freeze on Tuesday 1 December",
          "m.new_content": { msgtype: "m.text", body: "Freeze on Tuesday 1 December" },
          "m.relates_to": { rel_type: "m.replace", event_id: "$ev8" },
        }),
        ev(12, "m.room.message", MEI, {
          msgtype: "m.text",
          body: " * Freeze never",
          "m.new_content": { msgtype: "m.text", body: "Freeze never" },
          "m.relates_to": { rel_type: "m.replace", event_id: "$ev8" },
        }),
        ev(13, "m.reaction", ALEX, { "m.relates_to": { rel_type: "m.annotation", event_id: "$ev7", key: "🎉" } }),
        ev(14, "m.reaction", JONAS, { "m.relates_to": { rel_type: "m.annotation", event_id: "$ev7", key: "👍" } }),
        // (a thread's message: its "in reply to" only a fallback for older clients)
        say(15, MEI, "Release notes draft is in the thread", {
          "m.relates_to": { rel_type: "m.thread", event_id: "$ev7", is_falling_back: true, "m.in_reply_to": { event_id: "$ev8" } },
        }),
        say(16, JONAS, "Oops, wrong room"),
        ev(17, "m.room.redaction", JONAS, {}, { redacts: "$ev16" }),
      ]).replace(
        // (the bundled edit of $ev7, as the server gives it with the message)
        '"age": 1000\n      },\n      "event_id": "$ev7"',
        `"age": 1000, "m.relations": { "m.replace": ${JSON.stringify(
          ev(10, "m.room.message", MEI, {
            body: " * We cut 2.0 on Tuesday 8 December, RC1 on the 2nd.",
            msgtype: "m.text",
            "m.new_content": { body: "We cut 2.0 on Tuesday 8 December, RC1 on the 2nd.", msgtype: "m.text" },
            "m.relates_to": { rel_type: "m.replace", event_id: "$ev7" },
          }),
        )} }\n      },\n      "event_id": "$ev7"`,
      ),
    );
    const [c] = await parsedConversations(file);
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.text, t.metadata])).toEqual([
      ["$ev3", "Mei Tanaka", "I'll review the sync PR, I wrote the old delta code.\nComments by Friday.", {}],
      [
        "$ev4",
        "Alex Rivera",
        "Thanks Mei! Priya, take #415?",
        { matrix: { replyTo: { speaker: "Mei Tanaka", text: "I'll review the sync PR, I wrote the old delta code.\nComments by Friday." } } },
      ],
      ["$ev5", "Jonas Weber", "Sure", { matrix: { replyTo: { speaker: "Alex Rivera", text: "Thanks Mei! Priya, take #415?" } } }],
      ["$ev6", "Jonas Weber", "On it", { matrix: { replyTo: { speaker: "priya", text: "Can someone check CI?" } } }],
      [
        "$ev7",
        "Mei Tanaka",
        "We cut 2.0 on Tuesday 8 December, RC1 on the 2nd.",
        { matrix: { reactions: ["🎉 Alex Rivera", "👍 Jonas Weber"], edited: true } },
      ],
      ["$ev8", "Jonas Weber", "Freeze on Tuesday 1 December", { matrix: { edited: true } }],
      ["$ev15", "Mei Tanaka", "Release notes draft is in the thread", { matrix: { thread: "$ev7" } }],
    ]);
  });

  it("titles a direct chat by the other person, the user told by the ID Element names when no display name is set", async () => {
    const SAM = "@sam:matrix.org";
    const dm = put(
      "dm.json",
      exported(
        [
          joins(0, SAM, "Sam Okafor"),
          ev(1, "m.room.encryption", SAM, { algorithm: "m.megolm.v1.aes-sha2" }, { state_key: "" }),
          ev(2, "m.room.member", SAM, { membership: "invite", is_direct: true }, { state_key: ALEX }),
          joins(3, ALEX, null),
          say(4, SAM, "New number: +44 7700 900317"),
          say(5, ALEX, "Saved!"),
        ],
        { room_name: "Sam Okafor", room_creator: "Sam Okafor", topic: "", exported_by: ALEX },
      ),
    );
    const [c] = await parsedConversations(dm);
    expect(c).toMatchObject({ title: "Sam Okafor", participants: ["Sam Okafor", "alex"] });
    expect(c!.turns.map((t) => [t.speaker, t.role])).toEqual([
      ["Sam Okafor", "other"],
      ["alex", "user"],
    ]);
    // (an export of its last messages only, no member event: the user told by their ID's localpart in the name they exported under,
    // the other person named by the room's name, a direct chat's; someone no field names by their ID's localpart)
    const last = put(
      "last.json",
      exported([say(4, SAM, "See you Friday"), say(5, ALEX, "👍")], { room_name: "Sam Okafor", room_creator: "Sam Okafor", exported_by: "Alex Rivera" }),
    );
    const [l] = await parsedConversations(last);
    expect(l).toMatchObject({ title: "Sam Okafor", participants: ["Sam Okafor", "Alex Rivera"] });
    expect(l!.turns.map((t) => t.role)).toEqual(["other", "user"]);
  });

  it("reads a poll, a sticker and a location as what they say", async () => {
    const file = put(
      "poll.json",
      exported([
        joins(0, ALEX, "Alex Rivera"),
        ev(1, "org.matrix.msc3381.poll.start", ALEX, {
          "org.matrix.msc3381.poll.start": {
            question: { "org.matrix.msc1767.text": "Release party: which day?" },
            kind: "org.matrix.msc3381.poll.disclosed",
            max_selections: 1,
            answers: [
              { id: "fri", "org.matrix.msc1767.text": "Friday" },
              { id: "sat", "org.matrix.msc1767.text": "Saturday" },
            ],
          },
          "org.matrix.msc1767.text": "Release party: which day?\n1. Friday\n2. Saturday",
        }),
        ev(2, "m.sticker", MEI, { body: "Party parrot", info: { mimetype: "image/png" }, url: "mxc://a/e" }),
        ev(3, "m.room.message", MEI, { msgtype: "m.location", body: "Café Lumen, Kastanienallee 12", geo_uri: "geo:52.54,13.41" }),
        ev(4, "org.matrix.msc3381.poll.end", ALEX, { "org.matrix.msc1767.text": "The poll has ended. Top answer: Friday" }),
      ]),
    );
    const [c] = await parsedConversations(file);
    expect(c!.turns.map((t) => t.text)).toEqual([
      "Poll: Release party: which day? (Friday / Saturday)",
      "[sent a sticker: Party parrot]",
      "[shared a location: Café Lumen, Kastanienallee 12]",
    ]);
  });

  it("gives no conversation when no message has words", async () => {
    const file = put(
      "empty.json",
      exported([joins(0, ALEX, "Alex Rivera"), ev(1, "m.room.message", ALEX, { msgtype: "m.bad.encrypted", body: "** Unable to decrypt **" })]),
    );
    expect(await parsedConversations(file)).toEqual([]);
    expect(await validateExport(file)).toMatchObject({ format: "matrix", conversations: 0, turns: 0 });
  });
});

describe("importing again", () => {
  it("adds nothing for the same export, and only the new messages for a later export of the room from its beginning", async () => {
    const hashes = (c: ParsedConversation) => c.turns.map((t) => turnHash(c, t));
    const first = put("matrix - Tidewater - Chat Export - 2026-11-24T18-02-11.204Z.json", exported(ROOM_EVENTS));
    const later = put(
      "matrix - Tidewater - Chat Export - 2026-12-01T09-00-00.000Z.json",
      exported([...ROOM_EVENTS, say(20, MEI, "Flatpak build is green"), say(21, ALEX, "Ship it")]),
    );
    const [a] = await parsedConversations(first);
    const [again] = await parsedConversations(first);
    expect(hashes(again!)).toEqual(hashes(a!));
    const [b] = await parsedConversations(later);
    expect(b!.externalId).toBe(a!.externalId);
    const old = new Set(hashes(a!));
    expect(b!.turns.filter((t) => !old.has(turnHash(b!, t))).map((t) => t.text)).toEqual(["Flatpak build is green", "Ship it"]);
  });
});

describe("detection", () => {
  it("tells Element's JSON export by its start, whatever its name, in a folder too, and not its neighbours for one", async () => {
    expect(isElementExport('{\n  "room_name": "Tidewater",\n  "room_creator": "Alex Rivera",\n  "topic": ""')).toBe(true);
    expect(isElementExport('{\n  "room_name": "Tidewater",\n  "topic": "",\n  "export_date": "24/11/2026"')).toBe(true);
    expect(isElementExport('{\n  "name": "Tidewater",\n  "type": "public_supergroup",\n  "messages": []')).toBe(false);
    const renamed = put("Element exports/tidewater backup.json", exported(ROOM_EVENTS));
    expect(await detectFormat(renamed)).toBe("matrix");
    expect(await folderFileFormat(renamed)).toBe("matrix");
    expect(importPaths(join(dir, "Element exports")).map((p) => p.file.slice(dir.length + 1))).toEqual(["Element exports/tidewater backup.json"]);
    const [given] = await parsedConversations(renamed, "matrix");
    expect(given!.turns).toHaveLength(7);
    // (neighbours: a Telegram chat's result.json, a Skype export)
    expect(await detectFormat(put("result.json", '{\n "name": "Sam",\n "type": "personal_chat",\n "id": 1,\n "messages": []\n}'))).toBe("telegram");
    expect(await detectFormat(put("messages.json", '{"userId":"8:live:x","exportDate":"2026-11-02","conversations":[]}'))).toBe("skype");
  });

  it("refuses Element's HTML and plain text exports saying to export as JSON, and passes them over in a folder, said why", async () => {
    const html = put(
      "matrix - Tidewater - Chat Export - 2026-11-24T18-02-11.204Z/messages.html",
      '\n          <!DOCTYPE html>\n            <html lang="en">\n            <head>\n                <title>Exported Data</title>\n            </head>\n            <body style="height: 100vh;" class="cpd-theme-light">\n                <div id="matrixchat" style="height: 100%; overflow: auto">\n                    <div class="mx_MatrixChat_wrapper" aria-hidden="false">\n                        <div class="mx_MatrixChat">\n<p>Priya: hi</p></div></div></div></body></html>\n',
    );
    const text = put(
      "matrix - Tidewater - Chat Export - 2026-11-24T18-05-40.877Z.txt",
      '05/10/2026, 10:12:30 - Priya Natarajan: Morning all!\n14/10/2026, 16:10:21 - Alex Rivera: <@mei:kde.org "I\'ll review the sync PR"> Thanks Mei!\n',
    );
    const advice = "Engram reads Element's JSON export: in Element, Room info → Export chat, choose Format: JSON and import that file";
    expect(await importErrorOf(detectFormat(html))).toMatchObject({
      file: html,
      location: "byte 0",
      message: `messages.html: byte 0: an Element chat export in HTML; ${advice}`,
    });
    expect(await importErrorOf(parsedConversations(text))).toMatchObject({
      file: text,
      location: "byte 0",
      message: `matrix - Tidewater - Chat Export - 2026-11-24T18-05-40.877Z.txt: byte 0: an Element chat export in plain text, which does not say who exported it; ${advice}`,
    });
    expect(importPaths(dir).map((p) => p.file.slice(dir.length + 1))).toEqual([
      "matrix - Tidewater - Chat Export - 2026-11-24T18-02-11.204Z/messages.html",
      "matrix - Tidewater - Chat Export - 2026-11-24T18-05-40.877Z.txt",
    ]);
    expect(await passedOverInFolder(html)).toBe(`an Element chat export in HTML; ${advice}`);
    expect(await passedOverInFolder(text)).toMatch(/^an Element chat export in plain text/);
    expect(await folderFileFormat(text)).toBeNull();
    // (a chat of the same lines under another name is another app's, read as a transcript)
    expect(await detectFormat(put("chat.txt", "05/10/2026, 10:12:30 - Priya: Morning all!\n05/10/2026, 10:13:02 - Alex: Hi!\n"))).toBe("text");
  });
});

describe("a bad file", () => {
  it("is refused naming the file and the field", async () => {
    const cases: Array<[name: string, text: string, location: string, detail: string]> = [
      ["array.json", JSON.stringify([{ room_name: "x" }]), "byte 0", "expected Element's export of a room"],
      ["none.json", JSON.stringify({ room_name: "x", room_creator: "y", topic: "" }), "messages", 'no "messages" array'],
      ["object.json", JSON.stringify({ room_name: "x", room_creator: "y", messages: {} }), "messages", "expected an array of events"],
      ["item.json", exported([joins(0, ALEX, "Alex"), "hello"]), "messages[1]", 'expected an event (an object), got "hello"'],
      ["type.json", exported([{ sender: ALEX, content: { body: "hi" } }]), "messages[0].type", "expected the event's type"],
      ["sender.json", exported([say(0, "Alex", "hi")]), "messages[0].sender", 'expected the sender\'s Matrix ID ("@sam:matrix.org"), got "Alex"'],
      ["time.json", exported([{ ...say(0, ALEX, "hi"), origin_server_ts: "2026-10-14" }]), "messages[0].origin_server_ts", "expected the time in milliseconds"],
      ["long.json", exported([say(0, ALEX, "x".repeat(1_000_001))]), "messages[0].content.body", "the message is 1,000,001 characters long"],
    ];
    for (const [name, text, location, detail] of cases) {
      const file = put(name, text);
      const err = await importErrorOf(parsedConversations(file, "matrix"));
      expect(err, name).toMatchObject({ name: "ImportError", file, location });
      expect(err.message, name).toContain(`${name}: ${location}: ${detail}`);
    }
    const cut = put("cut.json", exported(ROOM_EVENTS).slice(0, 900));
    expect(await importErrorOf(parsedConversations(cut))).toMatchObject({ file: cut, message: expect.stringMatching(/truncated JSON/) });
  });
});
