/**
 * A Zoom meeting's saved chat (core/ingest/zoomchat.ts), meeting_saved_chat.txt: one conversation per
 * file, titled by the meeting's topic its Zoom folder names, each message its sender's at the folder's
 * day and its clock time, "Me" the user, a direct message to the user said to them, a reply's quote and
 * reactions folded into the message they answer, links kept; the older one-line form, a file outside a
 * Zoom folder dated by its modification time, a meeting past midnight; detected by its start as a file
 * and in a folder (never a note), the folder's captions and the recording's chat.txt passed over, said
 * why; a bad file's error naming the file and line.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { isZoomChat } from "../../core/ingest/chats/zoomchat.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-zoomchat-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to `path` under the test's folder (its folders made), with modification time `mtime` (epoch ms) when given; returns its path. */
function put(path: string, text: string, mtime?: number): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  if (mtime !== undefined) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** A design sync's chat as Zoom's newer clients save it: each message's words on the lines after it, each after a tab. */
const SYNC = [
  "15:01:47 From Leo Grant to Everyone:",
  "\tAgenda for today: https://www.notion.so/harbourapp/Design-sync-3f9a12c7",
  "15:04:12 From Amara Osei to Everyone:",
  "\tHere's the Figma file for the new booking flow: https://www.figma.com/file/Xy7Qp2Lk/Booking-flow-v3",
  "15:04:30 From Tom Fairley to Everyone:",
  '\tReacted to "Here\'s the Figma fil..." with 👍',
  "15:06:55 From Me to Everyone:",
  "\tCan everyone leave their comments on the date picker by Thursday?",
  "15:07:21 From Tom Fairley to Everyone:",
  '\tReplying to "Can everyone leave t..."',
  "\tWill do. I'll check it against the accessibility checklist too",
  "15:13:40 From Tom Fairley to Me (Direct Message):",
  "\tAre you still OK to cover my stand-up on Friday?",
  "15:14:05 From Me to Tom Fairley (Direct Message):",
  "\tYes, no problem!",
  "15:18:33 From  Leo Grant  to  Everyone:",
  "\tDecision: we're dropping the carousel.\u2028\u2028Booking flow v3 ships on Wednesday 21 October.",
  "\t",
  "15:18:50 From Amara Osei to Everyone:",
  '\tReacted to "Decision: we\'re drop..." with 🎉',
  "15:19:02 From Tom Fairley to Everyone:",
  '\tReacted to "Decision: we\'re drop..." with 🎉',
  "15:19:10 From Tom Fairley to Everyone:",
  '\tRemoved a 🎉 reaction from "Decision: we\'re drop..."',
  "15:19:30 From Amara Osei to Everyone:",
  '\tReacted to "Something said befor..." with 👍',
  "",
].join("\n");

describe("a saved chat in its Zoom folder", () => {
  it("is one conversation titled by the meeting's topic, each message its sender's at the folder's day and its clock time", async () => {
    const folder = "Zoom/2026-10-06 15.00.08 Weekly design sync 81234567890";
    const file = put(`${folder}/meeting_saved_chat.txt`, SYNC, Date.UTC(2026, 9, 6, 14, 41));
    expect(await detectFormat(file)).toBe("zoomchat");
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({
      format: "zoomchat",
      externalId: "zoomchat:2026-10-06 15.00.08 Weekly design sync 81234567890",
      title: "Weekly design sync",
      participants: ["Leo Grant", "Amara Osei", "Me", "Tom Fairley"],
      startedAt: Date.UTC(2026, 9, 6, 15, 1, 47),
    });
    expect(c!.turns.map((t) => [t.externalId, t.speaker, t.role, t.text])).toEqual([
      ["2026-10-06T15:01:47.000Z", "Leo Grant", "other", "Agenda for today: https://www.notion.so/harbourapp/Design-sync-3f9a12c7"],
      [
        "2026-10-06T15:04:12.000Z",
        "Amara Osei",
        "other",
        "Here's the Figma file for the new booking flow: https://www.figma.com/file/Xy7Qp2Lk/Booking-flow-v3",
      ],
      ["2026-10-06T15:06:55.000Z", "Me", "user", "Can everyone leave their comments on the date picker by Thursday?"],
      ["2026-10-06T15:07:21.000Z", "Tom Fairley", "other", "Will do. I'll check it against the accessibility checklist too"],
      ["2026-10-06T15:13:40.000Z", "Tom Fairley", "other", "Are you still OK to cover my stand-up on Friday?"],
      ["2026-10-06T15:14:05.000Z", "Me", "user", "Yes, no problem!"],
      ["2026-10-06T15:18:33.000Z", "Leo Grant", "other", "Decision: we're dropping the carousel.\nBooking flow v3 ships on Wednesday 21 October."],
    ]);
  });

  it("says a direct message to the user is said to them, and folds replies and reactions into the message they answer", async () => {
    const [c] = await parsedConversations(put("Zoom/2026-10-06 15.00.08 Weekly design sync/meeting_saved_chat.txt", SYNC));
    const meta = c!.turns.map((t) => t.metadata);
    expect(meta[1]).toEqual({ line: 3, zoom: { reactions: ["👍 Tom Fairley"] } });
    expect(meta[3]).toEqual({
      line: 9,
      zoom: { replyTo: { speaker: "Me", text: "Can everyone leave their comments on the date picker by Thursday?" } },
    });
    expect(meta[4]).toEqual({ line: 12, zoom: { to: "the user" }, letter: { to: ["the user"] } });
    expect(meta[5]).toEqual({ line: 14, zoom: { to: "Tom Fairley" } });
    // (Tom's 🎉 taken back; a reaction to a message not in the file passed over)
    expect(meta[6]).toEqual({ line: 16, zoom: { reactions: ["🎉 Amara Osei"] } });
  });

  it("reads the folder's chat and transcript, and passes over Zoom's live captions and the recording's chat.txt beside them, said why", async () => {
    const folder = "Zoom/2026-10-06 15.00.08 Weekly design sync 81234567890";
    const chat = put(`${folder}/meeting_saved_chat.txt`, SYNC);
    const recorded = put(`${folder}/chat.txt`, SYNC.split("15:13:40")[0]!);
    const captions = put(
      `${folder}/closed_caption.txt`,
      "[Leo Grant] 15:01:05\nOkay, let's get going.\n\n[Amara Osei] 15:03:58\nI'll drop the Figma link in the chat.\n",
    );
    const transcript = put(
      `${folder}/GMT20261006-140008_Recording.transcript.vtt`,
      "WEBVTT\n\n1\n00:00:57.120 --> 00:01:01.480\nLeo Grant: Okay, let's get going.\n",
    );
    expect(importPaths(join(dir, "Zoom")).map((p) => p.file.slice(dir.length + 1))).toEqual([
      `${folder}/GMT20261006-140008_Recording.transcript.vtt`,
      `${folder}/chat.txt`,
      `${folder}/closed_caption.txt`,
      `${folder}/meeting_saved_chat.txt`,
    ]);
    expect(await folderFileFormat(chat)).toBe("zoomchat");
    expect(await folderFileFormat(transcript)).toBe("captions");
    expect(await passedOverInFolder(captions)).toBe(
      "Zoom's live captions of a meeting whose transcript, GMT20261006-140008_Recording.transcript.vtt, is beside them, imported from there",
    );
    expect(await folderFileFormat(captions)).toBeNull();
    expect(await passedOverInFolder(recorded)).toBe(
      "the recording's copy of the meeting's chat (its recorded part), read from meeting_saved_chat.txt beside it",
    );
    expect(await folderFileFormat(recorded)).toBeNull();
    // (the transcript is titled by the same topic, without the meeting ID)
    const [meeting] = await parsedConversations(transcript);
    expect(meeting!.title).toBe("Weekly design sync");
  });

  it("reads the recording's chat.txt and live captions when nothing beside them holds their words", async () => {
    const folder = "Zoom/2026-10-13 15.00.02 Weekly design sync 81234567890";
    const recorded = put(`${folder}/chat.txt`, SYNC);
    const captions = put(`${folder}/closed_caption.txt`, "[Leo Grant] 15:01:05\nOkay, let's get going.\n");
    expect(await passedOverInFolder(recorded)).toBeNull();
    expect(await folderFileFormat(recorded)).toBe("zoomchat");
    expect(await passedOverInFolder(captions)).toBeNull();
    const [c] = await parsedConversations(recorded);
    expect(c).toMatchObject({ externalId: `zoomchat:2026-10-13 15.00.02 Weekly design sync 81234567890`, startedAt: Date.UTC(2026, 9, 13, 15, 1, 47) });
  });
});

/** A chat as older Zoom clients saved it, one line a message (its further lines as typed), direct messages "(Direct Message)" and "(Privately)". */
const OLDER = [
  "23:58:01\t From  Sofia Jonsson : https://www.wonder.me/",
  "23:58:40\t From  Daniel Bosk, KTH : An alternative is https://gather.town",
  "and it's free for 25 people",
  "23:58:52\t From  Mats Olsson : add 👍",
  "23:59:48\t From  Gerald Q Maguire Jr  to  Daniel Bosk, KTH(Direct Message) : Great - send me a pointer to it.",
  "00:02:15\t From  Daniel Bosk, KTH  to  Gerald Q Maguire Jr(Direct Message) : https://github.com/dbosk/recordy",
  "00:03:27\t From  Daniel Bosk, KTH  to  Sofia Jonsson(Privately) : Can you send me the slides?",
  "",
].join("\r\n");

describe("a saved chat outside a Zoom folder", () => {
  it("reads the older one-line form, of the day its file was saved on this computer's clock, past midnight the next day", async () => {
    // (saved at 00:10 local time on 1 December 2026: its messages from 23:58 were on 30 November)
    const saved = new Date(2026, 11, 1, 0, 10, 0).getTime();
    const file = put("Downloads/meeting_saved_chat.txt", `\uFEFF${OLDER}`, saved);
    expect(await detectFormat(file)).toBe("zoomchat");
    const [c] = await parsedConversations(file);
    expect(c!.externalId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(c!.title).toBe("Zoom meeting chat, 30 November 2026");
    expect(c!.turns.map((t) => [new Date(t.occurredAt).toISOString(), t.speaker, t.role, t.text, t.metadata])).toEqual([
      ["2026-11-30T23:58:01.000Z", "Sofia Jonsson", "other", "https://www.wonder.me/", { line: 1 }],
      [
        "2026-11-30T23:58:40.000Z",
        "Daniel Bosk, KTH",
        "user",
        "An alternative is https://gather.town\nand it's free for 25 people",
        { line: 2, zoom: { reactions: ["👍 Mats Olsson"] } },
      ],
      [
        "2026-11-30T23:59:48.000Z",
        "Gerald Q Maguire Jr",
        "other",
        "Great - send me a pointer to it.",
        { line: 5, zoom: { to: "the user" }, letter: { to: ["the user"] } },
      ],
      ["2026-12-01T00:02:15.000Z", "Daniel Bosk, KTH", "user", "https://github.com/dbosk/recordy", { line: 6, zoom: { to: "Gerald Q Maguire Jr" } }],
      ["2026-12-01T00:03:27.000Z", "Daniel Bosk, KTH", "user", "Can you send me the slides?", { line: 7, zoom: { to: "Sofia Jonsson" } }],
    ]);
  });

  it("reads a day written before each message's time, and leaves the user unnamed when one direct message cannot tell who they are", async () => {
    const file = put(
      "chat.txt",
      [
        "2026-10-06 15:02:11 From Leo Grant to Everyone:",
        "\tAgenda's in the doc",
        "2026-10-06 15:03:40 From Leo Grant to Amara Osei (Direct Message):",
        "\tCan you share the Figma link?",
        "",
      ].join("\n"),
    );
    const [c] = await parsedConversations(file);
    expect(c!.turns.map((t) => [t.occurredAt, t.role, t.metadata])).toEqual([
      [Date.UTC(2026, 9, 6, 15, 2, 11), "other", { line: 1 }],
      [Date.UTC(2026, 9, 6, 15, 3, 40), "other", { line: 3, zoom: { to: "Amara Osei" } }],
    ]);
  });

  it("gives no conversation when no message has words, only reactions", async () => {
    const file = put("meeting_saved_chat.txt", '10:01:00 From Ana to Everyone:\n\tReacted to "Good morning" with 👋\n');
    expect(await parsedConversations(file)).toEqual([]);
    expect(await validateExport(file)).toMatchObject({ format: "zoomchat", conversations: 0, turns: 0 });
  });
});

describe("detection", () => {
  it("tells a saved chat by its first line, whatever its name, and no note or transcript for one", async () => {
    expect(isZoomChat("15:02:11 From Leo Grant to Everyone:\n\tHi all\n")).toBe(true);
    expect(isZoomChat("15:02:11\t From  Leo Grant : Hi all\n")).toBe(true);
    expect(isZoomChat("15:02:11 From Leo Grant to Everyone:\nHi all, this is a note\n")).toBe(false);
    expect(isZoomChat("Meeting notes\n15:02 From the station: take the 42 bus\n")).toBe(false);
    const named = put("My notes/design sync chat.txt", SYNC);
    expect(await detectFormat(named)).toBe("zoomchat");
    expect(await folderFileFormat(named)).toBe("zoomchat");
    expect(await detectFormat(put("whatsapp.txt", "[06/10/2026, 15:02:11] Leo Grant: hi\n[06/10/2026, 15:03:00] Amara Osei: hello\n"))).toBe("text");
    expect(await detectFormat(put("note.txt", "Design sync\n\nLeo sent the agenda from Notion.\n"))).toBe("note");
  });
});

describe("a bad file", () => {
  it("is refused naming the file and line: words before the first message, a time that is none, a day that is none", async () => {
    const early = put("early.txt", "Chat of the design sync\n15:02:11 From Leo Grant to Everyone:\n\tHi\n");
    expect(await importErrorOf(parsedConversations(early, "zoomchat"))).toMatchObject({
      name: "ImportError",
      file: early,
      location: "line 1",
      message: 'early.txt: line 1: expected a Zoom chat message like "15:02:11 From Leo Grant to Everyone:", got "Chat of the design sync"',
    });
    const time = put("time.txt", "15:02:11 From Leo Grant to Everyone:\n\tHi\n25:10:00 From Amara Osei to Everyone:\n\tHello\n");
    expect(await importErrorOf(parsedConversations(time))).toMatchObject({
      file: time,
      location: "line 3",
      message: 'time.txt: line 3: "25:10:00" is no time of day',
    });
    const day = put("day.txt", "2026-02-30 15:02:11 From Leo Grant to Everyone:\n\tHi\n");
    expect(await importErrorOf(parsedConversations(day))).toMatchObject({ file: day, location: "line 1", message: 'day.txt: line 1: "2026-02-30" is no day' });
  });
});
