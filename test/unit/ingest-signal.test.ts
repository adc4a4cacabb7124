/**
 * A Signal chat as signal-export writes it (core/ingest/signal.ts): a folder per chat, its data.json (a
 * message's JSON a line) or chat.md read as one conversation keyed by the folder, each message its
 * sender's (named as the folder spells them, parted at their capitals; "Me" the user) at its local time
 * read as UTC, keyed by it; the two files giving the same turns; a direct chat titled by the person, a
 * group by its name, Note to Self so; a reply's quote and reactions folded into the message they answer,
 * attachments named, deleted messages, calls and stickers passed over; older exports' shapes; detected by
 * its start whatever its name, not mistaken for a transcript; in a folder, data.json read, chat.md beside
 * it, media/, meta.json and chat.js passed over, said why; imported twice or exported later adds only
 * what is new; a bad file's error naming the chat's file and the line.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chatMd, dataJson, type SignalMessage } from "../../bench/lib/personal/sigexport.js";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { isSignalJson, isSignalMarkdown, spokenName } from "../../core/ingest/chats/signal.js";
import { turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, PNG_BYTES, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-signal-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to `path` under the test's folder (its folders made); returns its path. */
function put(path: string, text: string | Uint8Array): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A direct chat with Sam: a reply, reactions, attachments, a deleted message, a sticker, a call, two messages in one second. */
const SAM: SignalMessage[] = [
  {
    at: "2026-10-03 18:21:05.482",
    sender: "SamOkafor",
    body: "Booked the Airbnb for Whitby!!\n14 Henrietta Street, Friday 13 to Sunday 15 November",
    reactions: [
      ["Me", "❤️"],
      ["SamOkafor", "👍"],
    ],
    attachments: ["2026-10-03T18-21-05.482_00_Screenshot_20261003-182044.png"],
  },
  { at: "2026-10-03 18:23:40.117", sender: "Me", quote: "Booked the Airbnb for Whitby!!\n14 Henrietta Street", body: "Amazing! How much?" },
  { at: "2026-10-03 18:24:12.903", sender: "SamOkafor", body: "£340 for both nights" },
  { at: "2026-10-03 18:24:12.950", sender: "SamOkafor", body: "so £170 each" },
  { at: "2026-10-03 18:30:02.611", sender: "SamOkafor", body: "", deleted: true },
  { at: "2026-10-03 18:31:00.000", sender: "SamOkafor", body: "", sticker: { packId: "9acc9e8aba563d26a4994e69263e3b25", id: "7", emoji: "🥰" } },
  { at: "2026-10-03 18:32:10.001", sender: "SamOkafor", body: "Missed voice call", call: { missed: true } },
  { at: "2026-10-04 09:00:01.100", sender: "SamOkafor", body: "", attachments: ["2026-10-04T09-00-01.100_00_None.aac"] },
  {
    at: "2026-10-04 09:01:00.000",
    sender: "Me",
    body: "Contract attached",
    attachments: ["2026-10-04T09-01-00.000_00_tenancy.pdf", "2026-10-04T09-01-00.000_01_IMG_4821.jpg"],
  },
];

/** What a user sees of SAM's turns: key, speaker, role, words. */
const SAM_TURNS = [
  [
    "2026-10-03T18:21:05.000Z",
    "Sam Okafor",
    "other",
    "Booked the Airbnb for Whitby!!\n14 Henrietta Street, Friday 13 to Sunday 15 November\n[shared an image: Screenshot_20261003-182044.png]",
  ],
  ["2026-10-03T18:23:40.000Z", "Me", "user", "Amazing! How much?"],
  ["2026-10-03T18:24:12.000Z", "Sam Okafor", "other", "£340 for both nights"],
  ["2026-10-03T18:24:12.000Z#2", "Sam Okafor", "other", "so £170 each"],
  ["2026-10-04T09:00:01.000Z", "Sam Okafor", "other", "[sent a voice message]"],
  ["2026-10-04T09:01:00.000Z", "Me", "user", "Contract attached\n[shared a file: tenancy.pdf]\n[shared an image: IMG_4821.jpg]"],
];

/** What is recorded with SAM's turns besides their words. */
const SAM_METADATA = [
  { line: 1, signal: { reactions: ["❤️ Me", "👍 Sam Okafor"] } },
  {
    line: 2,
    signal: {
      replyTo: {
        speaker: "Sam Okafor",
        text: "Booked the Airbnb for Whitby!!\n14 Henrietta Street, Friday 13 to Sunday 15 November\n[shared an image: Screenshot_20261003-182044.png]",
      },
    },
  },
  { line: 3 },
  { line: 4 },
  { line: 8 },
  { line: 9 },
];

/** The running club's group. */
const CLUB: SignalMessage[] = [
  { at: "2026-10-12 19:02:33.410", sender: "DanWhitfield", body: "Brighton 10K is on Sunday 22 November!" },
  { at: "2026-10-12 19:05:10.002", sender: "TomaszNowak", body: "I'm driving, room for 3" },
  { at: "2026-10-12 19:06:44.873", sender: "Me", body: "Put me down for a seat" },
];

describe("a chat's data.json", () => {
  it("is one conversation of the chat, each message its sender's at its time read as UTC, keyed by it, the user's Me", async () => {
    const file = put("signal-chats/SamOkafor/data.json", dataJson(SAM));
    expect(await detectFormat(file)).toBe("signal");
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({
      format: "signal",
      externalId: "signal:SamOkafor",
      title: "Sam Okafor",
      participants: ["Sam Okafor", "Me"],
      startedAt: Date.UTC(2026, 9, 3, 18, 21, 5),
    });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, t.text])).toEqual(SAM_TURNS);
    expect(c!.turns.map((t) => t.occurredAt)).toEqual(SAM_TURNS.map(([id]) => Date.parse(id!.replace(/#\d+$/, ""))));
  });

  it("folds a reply's quote and reactions into the message they answer; no letter: a direct chat's messages are a chat's", async () => {
    const [c] = await parsedConversations(put("signal-chats/SamOkafor/data.json", dataJson(SAM)));
    expect(c!.turns.map((t) => t.metadata)).toEqual(SAM_METADATA);
  });

  it("titles a group by its folder, and the user's own chat Note to Self", async () => {
    const [group] = await parsedConversations(put("signal-chats/HackneyHarriers/data.json", dataJson(CLUB)));
    expect(group).toMatchObject({ title: "Hackney Harriers", participants: ["Dan Whitfield", "Tomasz Nowak", "Me"] });
    const [notes] = await parsedConversations(
      put("signal-chats/NotetoSelf/data.json", dataJson([{ at: "2026-10-30 09:12:44.208", sender: "Me", body: "Press card renewal due 30 November" }])),
    );
    expect(notes).toMatchObject({ externalId: "signal:NotetoSelf", title: "Note to Self", participants: ["Me"] });
    expect(notes!.turns[0]).toMatchObject({ role: "user", text: "Press card renewal due 30 November" });
    // (a second Sam's chat, SamOkafor2/, is a direct chat with him too)
    const [second] = await parsedConversations(put("signal-chats/SamOkafor2/data.json", dataJson(SAM.slice(0, 3))));
    expect(second).toMatchObject({ externalId: "signal:SamOkafor2", title: "Sam Okafor" });
  });

  it("reads an older export's lines: a sticker as its emoji, no deleted or call fields, a call by its words, the user reacting as Note to Self", async () => {
    const older = [
      '{"date": "2025-03-01T10:00:00.250000", "sender": "Aya", "body": "Morning!  ", "quote": "", "sticker": "", "reactions": [["NotetoSelf", "👍"]], "attachments": []}',
      '{"date": "2025-03-01T10:01:00", "sender": "Aya", "body": "  ", "quote": "", "sticker": "🎉", "reactions": [], "attachments": []}',
      '{"date": "2025-03-01T10:02:00.001000", "sender": "Me", "body": "Outgoing call  ", "quote": "", "sticker": "", "reactions": [], "attachments": []}',
      "",
    ].join("\n");
    const [c] = await parsedConversations(put("old/Aya/data.json", older));
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.text, t.metadata])).toEqual([
      ["2025-03-01T10:00:00.000Z", "Aya", "Morning!", { line: 1, signal: { reactions: ["👍 Me"] } }],
    ]);
  });

  it("gives no conversation when no message has words: calls, stickers, deleted messages", async () => {
    const file = put("signal-chats/SamOkafor/data.json", dataJson(SAM.slice(4, 7)));
    expect(await parsedConversations(file)).toEqual([]);
    expect(await validateExport(file)).toMatchObject({ format: "signal", conversations: 0, turns: 0 });
  });
});

describe("a chat's chat.md", () => {
  it("gives the same turns as its data.json, so reading one then the other adds nothing", async () => {
    const md = put("md/SamOkafor/chat.md", chatMd(SAM));
    const json = put("json/SamOkafor/data.json", dataJson(SAM));
    expect(await detectFormat(md)).toBe("signal");
    const [a] = await parsedConversations(md);
    const [b] = await parsedConversations(json);
    expect(a!.turns.map((t) => [t.externalId, t.speaker, t.role, t.text])).toEqual(SAM_TURNS);
    const hashes = (c: ParsedConversation) => c.turns.map((t) => turnHash(c, t));
    expect(hashes(a!)).toEqual(hashes(b!));
    // (its lines differ: the messages' lines of chat.md)
    expect(a!.turns.map((t) => (t.metadata.signal as object | undefined) ?? null)).toEqual(SAM_METADATA.map((m) => m.signal ?? null));
    expect(a!.turns.map((t) => t.metadata.line)).toEqual([1, 5, 12, 14, 22, 24]);
  });

  it("reads Windows line ends, an older export's times and sticker line, and a quote of several lines", async () => {
    const text = [
      "[2019-05-29, 15:04] Me: How is everyone?  ",
      "",
      "[2019-05-29, 15:10] Aya: We're great!  ",
      "(- Me: 😂 -)",
      "(( 🎉 ))",
      "",
      "[2019-05-29, 15:20] Jim: ",
      "",
      "> How is everyone?",
      "> ",
      "> Really?",
      "",
      "I'm not.  ",
      "Long week.  ",
      "",
    ].join("\r\n");
    const [c] = await parsedConversations(put("old/Friends/chat.md", text), "signal");
    expect(c).toMatchObject({ title: "Friends", participants: ["Me", "Aya", "Jim"] });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.text, t.metadata.signal ?? null])).toEqual([
      ["2019-05-29T15:04:00.000Z", "Me", "How is everyone?", null],
      ["2019-05-29T15:10:00.000Z", "Aya", "We're great!", { reactions: ["😂 Me"] }],
      ["2019-05-29T15:20:00.000Z", "Jim", "I'm not.\nLong week.", { replyTo: { speaker: null, text: "How is everyone?\n\nReally?" } }],
    ]);
  });
});

describe("names", () => {
  it("parts a name as sigexport spells it at its capitals", () => {
    expect(spokenName("SamOkafor")).toBe("Sam Okafor");
    expect(spokenName("HackneyHarriers")).toBe("Hackney Harriers");
    expect(spokenName("MaryJaneMcDonald")).toBe("Mary Jane McDonald");
    expect(spokenName("JPMorgan")).toBe("JP Morgan");
    expect(spokenName("ZoëÅberg")).toBe("Zoë Åberg");
    expect(spokenName("Mum")).toBe("Mum");
  });
});

describe("detection", () => {
  it("tells data.json and chat.md by their start, whatever their name, and not a transcript nor another JSON", async () => {
    expect(isSignalJson(dataJson(SAM))).toBe(true);
    expect(isSignalJson('{"date": "2026-10-03T18:21:05", "sender": "Me", "body": "hi  ", "quote": ""}')).toBe(true);
    expect(isSignalJson('{"date": "2026-10-03", "title": "Run"}')).toBe(false);
    expect(isSignalMarkdown(chatMd(SAM))).toBe(true);
    expect(isSignalMarkdown(chatMd(SAM.slice(4, 5)))).toBe(true);
    expect(isSignalMarkdown("[2026-10-03 18:21:05] Sam: hi\n[2026-10-03 18:22:10] Ana: hello\n")).toBe(false);
    expect(isSignalMarkdown("[2026-10-03 18:21] Sam: hi  \n\n[2026-10-03 18:22] Ana: hello  \n\n")).toBe(true);
    expect(await detectFormat(put("backup/sam chat.json", dataJson(SAM)))).toBe("signal");
    expect(await detectFormat(put("notes/signal with sam.md", chatMd(SAM)))).toBe("signal");
    expect(await detectFormat(put("whatsapp.txt", "[06/10/2026, 15:02:11] Leo Grant: hi\n[06/10/2026, 15:03:00] Amara Osei: hello\n"))).toBe("text");
    expect(await detectFormat(put("log.md", "[2026-10-06 15:02:11] Leo: hi\n[2026-10-06 15:03:00] Amara: hello\n"))).toBe("text");
  });
});

describe("signal-export's folder", () => {
  it("reads each chat's data.json, and passes over chat.md beside it, media/, meta.json and chat.js, said why", async () => {
    const root = "signal-chats";
    put(`${root}/style.css`, "body {}\n");
    const script = put(`${root}/chat.js`, "document.documentElement.dataset.theme = 'auto';\n");
    put(`${root}/exported_stickers/9acc9e8aba563d26a4994e69263e3b25/7.webp`, PNG_BYTES);
    const json = put(`${root}/SamOkafor/data.json`, dataJson(SAM));
    const md = put(`${root}/SamOkafor/chat.md`, chatMd(SAM));
    put(`${root}/SamOkafor/index.html`, "<!doctype html>\n<html><head><title>SamOkafor</title></head><body></body></html>\n");
    const photo = put(`${root}/SamOkafor/media/2026-10-04T09-01-00.000_01_IMG_4821.jpg`, PNG_BYTES);
    const pdf = put(`${root}/SamOkafor/media/2026-10-04T09-01-00.000_00_tenancy.pdf`, "%PDF-1.4\n");
    const clubMd = put(`${root}/HackneyHarriers/chat.md`, chatMd(CLUB));
    const meta = put(`${root}/HackneyHarriers/meta.json`, '{\n  "name": "HackneyHarriers",\n  "exported_by": "Nadia Rahman",\n  "members": []\n}');
    const notes = put(`${root}/HackneyHarriers/media/2026-10-12T19-03-01.999_00_notes.txt`, "Course notes\n");
    expect(importPaths(join(dir, root)).map((p) => p.file.slice(dir.length + 1))).toEqual([
      `${root}/HackneyHarriers/chat.md`,
      `${root}/HackneyHarriers/media/2026-10-12T19-03-01.999_00_notes.txt`,
      `${root}/HackneyHarriers/meta.json`,
      `${root}/SamOkafor/chat.md`,
      `${root}/SamOkafor/data.json`,
      `${root}/SamOkafor/media/2026-10-04T09-01-00.000_00_tenancy.pdf`,
      `${root}/SamOkafor/media/2026-10-04T09-01-00.000_01_IMG_4821.jpg`,
      `${root}/chat.js`,
    ]);
    expect(await folderFileFormat(json)).toBe("signal");
    // (a chat exported with --no-json: its chat.md read)
    expect(await passedOverInFolder(clubMd)).toBeNull();
    expect(await folderFileFormat(clubMd)).toBe("signal");
    expect(await passedOverInFolder(md)).toBe("the same Signal chat as data.json beside it, read from there");
    expect(await folderFileFormat(md)).toBeNull();
    expect(await passedOverInFolder(photo)).toBe("an attachment of the Signal chat Sam Okafor, named in its message, not read");
    expect(await passedOverInFolder(pdf)).toBe("an attachment of the Signal chat Sam Okafor, named in its message, not read");
    expect(await passedOverInFolder(notes)).toBe("an attachment of the Signal chat Hackney Harriers, named in its message, not read");
    expect(await passedOverInFolder(meta)).toBe("the group's members as signal-export's --chat-members lists them, no one's words");
    expect(await passedOverInFolder(script)).toBe("signal-export's script for its web pages, no one's words");
  });

  it("reads a media/ folder beside a note called chat.md that is no Signal chat's", async () => {
    put("vault/Trip/chat.md", "# Chat with the agent\n\nThey said the ferry leaves at 9.\n");
    const pdf = put("vault/Trip/media/itinerary.pdf", "%PDF-1.4\n");
    expect(await passedOverInFolder(pdf)).toBeNull();
    expect(await folderFileFormat(pdf)).toBe("document");
  });
});

describe("importing again", () => {
  it("adds nothing for the same export, and only the new messages for a later export, whatever new reactions it holds", async () => {
    const hashes = (c: ParsedConversation) => c.turns.map((t) => turnHash(c, t));
    const [a] = await parsedConversations(put("first/SamOkafor/data.json", dataJson(SAM)));
    const [again] = await parsedConversations(put("again/SamOkafor/data.json", dataJson(SAM)));
    expect(hashes(again!)).toEqual(hashes(a!));
    const later: SignalMessage[] = [
      { ...SAM[0]!, reactions: [...SAM[0]!.reactions!, ["Me", "😂"]] },
      ...SAM.slice(1),
      { at: "2026-10-20 12:40:09.118", sender: "SamOkafor", body: "New number btw: 07700 900316" },
    ];
    const [b] = await parsedConversations(put("later/SamOkafor/data.json", dataJson(later)));
    expect(b!.externalId).toBe(a!.externalId);
    const old = new Set(hashes(a!));
    expect(b!.turns.filter((t) => !old.has(turnHash(b!, t))).map((t) => t.text)).toEqual(["New number btw: 07700 900316"]);
  });
});

describe("a bad file", () => {
  it("is refused naming the chat's file and the line: a line that is no JSON, a field of the wrong kind, a time that is none", async () => {
    const lines = dataJson(SAM.slice(0, 2)).split("\n");
    const broken = put("bad/SamOkafor/data.json", `${lines[0]}\n{"date": "2026-10-03T18:23:40", "sender": "Me", "body": "cut\n`);
    expect(await importErrorOf(parsedConversations(broken))).toMatchObject({
      name: "ImportError",
      file: broken,
      location: "line 2",
      message: expect.stringMatching(/^SamOkafor\/data\.json: line 2: not JSON \(.+\); signal-export's data\.json holds one message's JSON object a line$/),
    });
    const sender = put("bad2/SamOkafor/data.json", `${lines[0]}\n{"date": "2026-10-03T18:23:40", "sender": 7, "body": "hi", "quote": ""}\n`);
    expect(await importErrorOf(parsedConversations(sender, "signal"))).toMatchObject({
      location: "line 2",
      message: "SamOkafor/data.json: line 2: sender: expected a string, got 7",
    });
    const reactions = put("bad3/Aya/data.json", '{"date": "2026-10-03T18:23:40", "sender": "Aya", "body": "hi", "quote": "", "reactions": [["Me"]]}\n');
    expect(await importErrorOf(parsedConversations(reactions, "signal"))).toMatchObject({
      message: "Aya/data.json: line 1: reactions[0]: expected [name, emoji], got an array",
    });
    const date = put("bad4/Aya/data.json", '{"date": "2026-02-30T18:23:40", "sender": "Aya", "body": "hi", "quote": ""}\n');
    expect(await importErrorOf(parsedConversations(date, "signal"))).toMatchObject({
      message: 'Aya/data.json: line 1: date: expected a time like "2026-10-03T18:21:05.482000" (1970 to 2199), got "2026-02-30T18:23:40"',
    });
    const early = put("bad5/Aya/chat.md", "Chat with Aya\n[2026-10-03 18:21:05] Aya: hi  \n\n");
    expect(await importErrorOf(parsedConversations(early, "signal"))).toMatchObject({
      location: "line 1",
      message: 'Aya/chat.md: line 1: expected a Signal message like "[2026-10-03 18:21:05] SamOkafor: …", got "Chat with Aya"',
    });
  });
});
