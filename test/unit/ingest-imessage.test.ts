/**
 * A Mac's iMessage and SMS conversations as imessage-exporter writes them with `-f txt`
 * (core/ingest/imessage.ts): one conversation per file, what the user sent theirs, a reply its own
 * message, attachments, reactions, effects, read receipts and announcements passed over.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat } from "../../core/api/import-check.js";
import { isImessageExport } from "../../core/ingest/chats/imessage.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-imessage-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `lines` (joined by `eol`) to `name` in the test's folder, as imessage-exporter names a conversation's file. */
function exported(name: string, lines: string[], eol = "\n"): string {
  const file = join(dir, name);
  writeFileSync(file, lines.join(eol));
  return file;
}

const MUM = [
  "Nov 02, 2026 12:05:00 AM You named the conversation Mum",
  "",
  "Nov 02, 2026  7:14:03 PM (Read by you after 3 minutes)",
  "Mum",
  "Dad's 60th is on Saturday 12 December at the Old Bell, 7pm. Can you bring the cake?",
  "",
  "Nov 02, 2026  7:18:40 PM (Read by them after 1 minute)",
  "Me",
  "Yes! I'll order it from Bakehouse on Elm St",
  "Sent with Gentle",
  "",
  "Nov 02, 2026  7:19:02 PM",
  "Mum",
  "Lovely. Grandma's train gets into Paddington at 2:15 on the Friday",
  "Reactions:",
  "Loved by Me",
  "Liked by Mum",
  "",
  "Nov 09, 2026  8:02:11 AM",
  "Mum",
  "/Users/nadia/Library/Messages/Attachments/4a/10/IMG_4411.HEIC",
  "",
  "Nov 09, 2026 10:05:12 AM (Read by them after 5 minutes)",
  "Me",
  "Worth it. Did they take the old one away?",
  "    Nov 09, 2026 10:06:01 AM",
  "    Mum",
  "    Yes, they took it on Monday",
  "",
  "Nov 09, 2026 10:06:01 AM",
  "Mum",
  "Yes, they took it on Monday",
  "This message responded to an earlier message.",
  "",
  "Nov 09, 2026 12:30:00 PM",
  "Mum",
  "Nov 09, 2026 12:30:00 PM Lunch at 1?",
  "Edited 1 minute later: Lunch at 2?",
  "",
  "Nov 10, 2026 12:01:30 AM",
  "Me",
  "/Users/nadia/Library/Messages/Attachments/b2/02/cake.jpg",
  "Cake ordered!",
  "",
  "Unable to format announcement!",
  "",
];

describe("imessage-exporter's text of a conversation", () => {
  it("is one conversation named by its file, said by its senders in time order, 'Me' the user, and its times read as UTC", async () => {
    const [conv, ...more] = await parsedConversations(exported("Mum.txt", MUM));
    expect(more).toEqual([]);
    expect([conv!.format, conv!.externalId, conv!.title, conv!.participants]).toEqual(["imessage", "imessage:Mum", "Mum", ["Mum", "User"]]);
    expect(conv!.turns.map((t) => [new Date(t.occurredAt).toISOString(), t.speaker, t.role, t.text])).toEqual([
      // (a one-digit hour after two spaces, p.m.)
      ["2026-11-02T19:14:03.000Z", "Mum", "other", "Dad's 60th is on Saturday 12 December at the Old Bell, 7pm. Can you bring the cake?"],
      ["2026-11-02T19:18:40.000Z", "User", "user", "Yes! I'll order it from Bakehouse on Elm St"],
      ["2026-11-02T19:19:02.000Z", "Mum", "other", "Lovely. Grandma's train gets into Paddington at 2:15 on the Friday"],
      // (a two-digit hour after one space, a.m.; the photo alone was no words)
      ["2026-11-09T10:05:12.000Z", "User", "user", "Worth it. Did they take the old one away?"],
      ["2026-11-09T10:06:01.000Z", "Mum", "other", "Yes, they took it on Monday"],
      // (12 PM is noon; an edited message is its last version)
      ["2026-11-09T12:30:00.000Z", "Mum", "other", "Lunch at 2?"],
      // (12 AM is midnight)
      ["2026-11-10T00:01:30.000Z", "User", "user", "Cake ordered!"],
    ]);
    expect(conv!.startedAt).toBe(Date.UTC(2026, 10, 2, 19, 14, 3));
    expect(conv!.turns.map((t) => t.externalId)).toContain("2026-11-02T19:14:03.000Z");
  });

  it("leaves out attachments, reactions, effects, read receipts and the reply note, and tells a reply as its own message, once", async () => {
    const [conv] = await parsedConversations(exported("Mum.txt", MUM));
    const all = conv!.turns.map((t) => t.text).join("\n");
    for (const gone of [
      "Attachments",
      ".HEIC",
      "cake.jpg",
      "Reactions",
      "Loved by",
      "Liked by",
      "Sent with",
      "Read by",
      "responded to",
      "named the conversation",
      "Edited",
    ])
      expect(all).not.toContain(gone);
    const replies = conv!.turns.filter((t) => t.text === "Yes, they took it on Monday");
    expect(replies).toHaveLength(1);
    expect(replies[0]!.speaker).toBe("Mum");
    expect(replies[0]!.metadata).toMatchObject({ reply: true, line: 26 });
    // (what someone sent in a conversation with one person is said to the user, as an SMS is)
    expect(conv!.turns[0]!.metadata).toMatchObject({ sms: { to: ["the user"] }, line: 3 });
    expect(conv!.turns[1]!.metadata).not.toHaveProperty("sms");
  });

  it("is detected from its first lines, as a file and in a folder; a WhatsApp transcript and a note are not", async () => {
    const file = exported("+447700900456.txt", ["Oct 28, 2026 10:30:15 AM", "+447700900456", "Rent goes up to £1,350 from 1 January.", ""]);
    expect(await detectFormat(file)).toBe("imessage");
    expect(await folderFileFormat(file)).toBe("imessage");
    const [conv] = await parsedConversations(file);
    expect([conv!.title, conv!.turns[0]!.speaker, conv!.turns[0]!.occurredAt]).toEqual(["+447700900456", "+447700900456", Date.UTC(2026, 9, 28, 10, 30, 15)]);

    const whatsapp = exported("WhatsApp Chat with Ana.txt", ["[01/11/2026, 18:02:11] Ana: hi", "[01/11/2026, 18:03:40] Ben: hey Ana", ""]);
    expect(await detectFormat(whatsapp)).toBe("text");
    const note = exported("Groceries.txt", ["Nov 02, 2026", "Milk, eggs and bread", ""]);
    expect(await detectFormat(note)).toBe("note");
    expect(await folderFileFormat(note)).toBe("note");
    // (a date line with no sender after it is no message)
    expect(isImessageExport("Nov 02, 2026  7:14:03 PM\n\nMilk\n")).toBe(false);
    expect(isImessageExport("Nov 02, 2026  7:14:03 PM You left the conversation.\n\nNov 03, 2026  8:00:00 AM\nMum\nhi\n")).toBe(true);
    expect(isImessageExport("Unable to format announcement!\n\nNov 03, 2026  8:00:00 AM\nMum\nhi\n")).toBe(true);
  });

  it("names a sender known only by their number by the name they give, in the title too", async () => {
    const file = exported("+447700900456.txt", [
      "Oct 28, 2026 10:30:15 AM",
      "+447700900456",
      "Hi Nadia, this is Graham your landlord.",
      "",
      "Oct 28, 2026 11:02:47 AM",
      "Me",
      "Thanks Graham",
      "",
    ]);
    const [c] = await parsedConversations(file);
    expect(c).toMatchObject({ title: "Graham (+447700900456)", participants: ["Graham", "User"] });
    expect(c!.turns[0]).toMatchObject({ speaker: "Graham", metadata: { number: "+447700900456" } });
  });

  it("says nothing to the user alone in a group, reads CRLF lines, and gives no conversation when no message has words", async () => {
    const group = exported(
      "Alice, Bob.txt",
      ["Nov 05, 2026  9:00:00 AM", "Alice", "Pub quiz on Thursday?", "", "Nov 05, 2026  9:01:00 AM", "Bob", "I'm in", ""],
      "\r\n",
    );
    const [conv] = await parsedConversations(group);
    expect(conv!.turns.map((t) => [t.speaker, t.text, t.metadata.sms])).toEqual([
      ["Alice", "Pub quiz on Thursday?", { to: [] }],
      ["Bob", "I'm in", { to: [] }],
    ]);
    // (a group named for what it is about, not its people)
    const club = exported("Book Club.txt", ["Nov 06, 2026  8:00:00 PM", "Alice", "Chapter 5 for Sunday", "", "Nov 06, 2026  8:02:00 PM", "Bob", "ok", ""]);
    expect((await parsedConversations(club))[0]!.turns.map((t) => t.metadata.sms)).toEqual([{ to: [] }, { to: [] }]);
    const photos = exported("Sam.txt", ["Nov 05, 2026  9:00:00 AM", "Sam", "/Users/nadia/Library/Messages/Attachments/aa/01/IMG_1.jpeg", ""]);
    expect(await parsedConversations(photos)).toEqual([]);
  });

  it("refuses a date that is no day, a date line with no sender and words before the first message, naming the file and line", async () => {
    const bad = exported("Mum.txt", ["Nov 02, 2026  7:14:03 PM", "Mum", "hi", "", "Feb 30, 2026  8:00:00 AM", "Mum", "hello", ""]);
    const err = await importErrorOf(parsedConversations(bad));
    expect([err.name, err.file, err.location]).toEqual(["ImportError", bad, "line 5"]);
    expect(err.message.startsWith('Mum.txt: line 5: "Feb 30, 2026  8:00:00 AM" is no date and time')).toBe(true);

    const noSender = exported("Dad.txt", ["Nov 02, 2026  7:14:03 PM", "Dad", "hi", "", "Nov 02, 2026  7:15:00 PM", "", "hello", ""]);
    expect(await importErrorOf(parsedConversations(noSender))).toMatchObject({ location: "line 6", message: expect.stringContaining("expected the sender") });

    mkdirSync(join(dir, "notes"));
    const note = exported(join("notes", "Shopping.txt"), ["Milk", "Eggs", ""]);
    expect(await importErrorOf(parsedConversations(note, "imessage"))).toMatchObject({ location: "line 1", message: expect.stringContaining("date line") });
  });
});
