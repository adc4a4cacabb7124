/**
 * LINE chats as the LINE app exports them (core/ingest/line.ts): one conversation per file, titled by
 * the chat's name, each message said by its sender at its day and time, a message of several lines
 * whole, stickers, photos, calls, unsent messages and the group's notices passed over.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat } from "../../core/api/import-check.js";
import { isLineExport } from "../../core/ingest/chats/line.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-line-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `lines` (joined by `eol`, ending with one) to `name` in the test's folder, as LINE names an exported chat. */
function exported(name: string, lines: string[], eol = "\n"): string {
  const file = join(dir, name);
  writeFileSync(file, lines.join(eol) + eol);
  return file;
}

/** A one-to-one chat saved from an iPhone in English: day headers "2026/11/10(Tue)", the 24-hour clock. */
const YUKI = [
  "[LINE] Chat history with Yuki",
  "Saved on: 2026/11/30 21:04",
  "",
  "2026/11/10(Tue)",
  "18:42\tYuki\tEmma!! I got the job at Rakuten 🎉",
  "18:42\tYuki\t[Sticker]",
  "18:44\tEmma\tNo way!! Which team?",
  "18:51\tYuki unsent a message.",
  "18:52\tYuki\tMarketing. I start on 1 December",
  "",
  "2026/11/12(Thu)",
  '00:05\tEmma\t"Booked! Friday 4 December, 7:30pm',
  "",
  'Hanabi in Ebisu, the one Ken calls ""the best izakaya in Tokyo""',
  'Table for two"',
  "12:36\tYuki\t[Photo]",
  "21:03\tYuki\t☎ Missed call",
  "21:40\tEmma\t☎ Call time 12:04",
];

/** A group chat saved from an Android phone in English: day headers "Sun, 11/22/2026", "7:02 PM", notices after an empty sender column. */
const CLUB = [
  "[LINE] Chat history in Hiking club",
  "Saved on: 11/30/2026, 9:04 PM",
  "",
  "Sun, 11/22/2026",
  "7:02 PM\tKen\tNext hike: Mount Takao on Saturday 5 December!",
  "7:10 PM\t\tKen invited Tom.",
  "7:11 PM\t\tTom joined the group.",
  "",
  "Mon, 11/23/2026",
  "12:05 AM\tTom\tHi all, thanks for the invite",
  "12:30 PM\tEmma\t👍",
  "",
  "Mon, 11/30/2026",
  "6:15 PM\tKen\tMeet at Shinjuku station at 8:00",
  "6:15 PM\tHaruka\t[File]",
  "6:15 PM\tHaruka\tSee you there",
];

describe("a LINE chat's export", () => {
  it("is one conversation titled by the chat's name, each message said by its sender at its day and time (read as UTC)", async () => {
    const [conv, ...more] = await parsedConversations(exported("[LINE] Chat with Yuki.txt", YUKI));
    expect(more).toEqual([]);
    expect([conv!.format, conv!.externalId, conv!.title, conv!.participants]).toEqual(["line", "line:Yuki", "Yuki", ["Yuki", "Emma"]]);
    expect(conv!.turns.map((t) => [new Date(t.occurredAt).toISOString(), t.speaker, t.role, t.text, t.metadata.line])).toEqual([
      ["2026-11-10T18:42:00.000Z", "Yuki", "other", "Emma!! I got the job at Rakuten 🎉", 5],
      ["2026-11-10T18:44:00.000Z", "Emma", "other", "No way!! Which team?", 7],
      ["2026-11-10T18:52:00.000Z", "Yuki", "other", "Marketing. I start on 1 December", 9],
      // (a message of several lines whole, its quotes taken off and its doubled ones undone, its blank line kept)
      [
        "2026-11-12T00:05:00.000Z",
        "Emma",
        "other",
        'Booked! Friday 4 December, 7:30pm\n\nHanabi in Ebisu, the one Ken calls "the best izakaya in Tokyo"\nTable for two',
        12,
      ],
    ]);
    expect(conv!.startedAt).toBe(Date.UTC(2026, 10, 10, 18, 42));
    expect(conv!.turns.map((t) => t.externalId)).toEqual([
      "2026-11-10T18:42:00.000Z",
      "2026-11-10T18:44:00.000Z",
      "2026-11-10T18:52:00.000Z",
      "2026-11-12T00:05:00.000Z",
    ]);
  });

  it("leaves out stickers, photos, files, calls, unsent messages and a group's notices", async () => {
    const [yuki] = await parsedConversations(exported("[LINE] Chat with Yuki.txt", YUKI));
    const [club] = await parsedConversations(exported("[LINE] Hiking club.txt", CLUB));
    const all = [...yuki!.turns, ...club!.turns].map((t) => t.text).join("\n");
    for (const gone of ["[Sticker]", "[Photo]", "[File]", "☎", "Missed call", "Call time", "unsent", "invited", "joined the group"])
      expect(all).not.toContain(gone);
    expect(club!.participants).toEqual(["Ken", "Tom", "Emma", "Haruka"]);
  });

  it("reads Android's day headers and 12-hour times, naming messages of the same minute apart", async () => {
    const [club] = await parsedConversations(exported("[LINE] Hiking club.txt", CLUB));
    expect([club!.externalId, club!.title]).toEqual(["line:Hiking club", "Hiking club"]);
    expect(club!.turns.map((t) => [t.externalId, t.speaker, t.text])).toEqual([
      ["2026-11-22T19:02:00.000Z", "Ken", "Next hike: Mount Takao on Saturday 5 December!"],
      // (12 AM is midnight, 12 PM noon)
      ["2026-11-23T00:05:00.000Z", "Tom", "Hi all, thanks for the invite"],
      ["2026-11-23T12:30:00.000Z", "Emma", "👍"],
      ["2026-11-30T18:15:00.000Z", "Ken", "Meet at Shinjuku station at 8:00"],
      ["2026-11-30T18:15:00.000Z#2", "Haruka", "See you there"],
    ]);
  });

  it("tells an Android day header's order by its weekday, and reads Japanese exports, CRLF lines and a header-less file titled by its name", async () => {
    // ("Wed, 04/11/2026" is 4 November 2026, a Wednesday, not 11 April, a Saturday: a phone in British English)
    const british = exported("[LINE] Chat with Ken.txt", [
      "[LINE] Chat history with Ken",
      "Saved on: 30/11/2026, 21:04",
      "",
      "Wed, 04/11/2026",
      "09:15\tKen\tBoots?",
      "",
    ]);
    expect((await parsedConversations(british))[0]!.turns[0]!.occurredAt).toBe(Date.UTC(2026, 10, 4, 9, 15));
    // (a weekday in another language tells nothing: the order another day of the file showed, 14/11)
    const told = exported("[LINE] Chat with Mia.txt", ["Sat, 14/11/2026", "9:00 AM\tMia\tA", "Lun., 07/12/2026", "9:00 PM\tMia\tB"]);
    expect((await parsedConversations(told))[0]!.turns.map((t) => t.occurredAt)).toEqual([Date.UTC(2026, 10, 14, 9), Date.UTC(2026, 11, 7, 21)]);

    const japanese = exported(
      "[LINE] ハイキング部のトーク.txt",
      ["[LINE] ハイキング部のトーク履歴", "保存日時：2026/11/30 21:04", "", "2026/11/22(日)", "午後7:02\t健\t高尾山は12月5日！", "午前0:10\t健\t[スタンプ]"],
      "\r\n",
    );
    const [ja] = await parsedConversations(japanese);
    expect([ja!.title, ja!.turns.map((t) => [t.occurredAt, t.speaker, t.text])]).toEqual([
      "ハイキング部",
      [[Date.UTC(2026, 10, 22, 19, 2), "健", "高尾山は12月5日！"]],
    ]);

    const bare = exported("[LINE] Chat with Sam.txt", ["2026.11.03 Tuesday", "18:42\tSam\tSee you at 7"]);
    const [sam] = await parsedConversations(bare);
    expect([sam!.externalId, sam!.title, sam!.turns[0]!.occurredAt]).toEqual(["line:Sam", "Sam", Date.UTC(2026, 10, 3, 18, 42)]);
  });

  it("is detected from its first lines, as a file and in a folder; a WhatsApp transcript and a note are not", async () => {
    const file = exported("[LINE] Chat with Yuki.txt", YUKI);
    expect(await detectFormat(file)).toBe("line");
    expect(await folderFileFormat(file)).toBe("line");
    expect(await folderFileFormat(exported("[LINE] Hiking club.txt", CLUB))).toBe("line");
    expect(await validateExport(file)).toMatchObject({ format: "line", conversations: 1, turns: 4 });

    const whatsapp = exported("WhatsApp Chat with Ana.txt", ["[01/11/2026, 18:02:11] Ana: hi", "[01/11/2026, 18:03:40] Ben: hey Ana"]);
    expect(await detectFormat(whatsapp)).toBe("text");
    const note = exported("Hike.txt", ["2026/11/22", "Bring gloves and a packed lunch"]);
    expect(await detectFormat(note)).toBe("note");
    // (a day header with no message line after it is no chat; a line of a time and a tab after the header is)
    expect(isLineExport("[LINE] Chat history with Yuki\nSaved on: 2026/11/30 21:04\n\n2026/11/10(Tue)\nMilk\n")).toBe(false);
    expect(isLineExport("\uFEFF[LINE] Chat history with Yuki\nSaved on: 2026/11/30 21:04\n\n2026/11/10(Tue)\n18:42\tYuki\thi\n")).toBe(true);
    expect(isLineExport("Tue, 11/10/2026\n6:42 PM\tYuki\thi\n")).toBe(true);
  });

  it("gives no conversation when no message has words", async () => {
    const stickers = exported("[LINE] Chat with Ken.txt", [
      "[LINE] Chat history with Ken",
      "Saved on: 2026/11/30 21:04",
      "",
      "2026/11/10(Tue)",
      "18:42\tKen\t[Sticker]",
      "18:43\tKen\t☎ Missed call",
    ]);
    expect(await parsedConversations(stickers)).toEqual([]);
  });

  it("refuses a day that is none, a time that is none, a message before any day and words that are no message, naming the file and line", async () => {
    const day = exported("[LINE] Chat with Yuki.txt", [
      "[LINE] Chat history with Yuki",
      "Saved on: 2026/11/30 21:04",
      "",
      "2026/11/10(Tue)",
      "18:42\tYuki\thi",
      "2026/02/30(Mon)",
      "09:00\tYuki\thello",
    ]);
    const err = await importErrorOf(parsedConversations(day));
    expect([err.name, err.file, err.location]).toEqual(["ImportError", day, "line 6"]);
    expect(err.message.startsWith('[LINE] Chat with Yuki.txt: line 6: "2026/02/30(Mon)" is no day')).toBe(true);

    const time = exported("[LINE] Chat with Tom.txt", ["Tue, 11/10/2026", "6:42 PM\tTom\thi", "13:05 PM\tTom\thello"]);
    expect(await importErrorOf(parsedConversations(time))).toMatchObject({
      location: "line 3",
      message: expect.stringContaining('"13:05 PM" is no time of day'),
    });

    const early = exported("[LINE] Chat with Ana.txt", ["[LINE] Chat history with Ana", "Saved on: 2026/11/30 21:04", "18:42\tAna\thi", "2026/11/10(Tue)"]);
    expect(await importErrorOf(parsedConversations(early, "line"))).toMatchObject({
      location: "line 3",
      message: expect.stringContaining("before the first day header"),
    });

    mkdirSync(join(dir, "notes"));
    const note = exported(join("notes", "Shopping.txt"), ["Milk", "Eggs", "Bread"]);
    expect(await importErrorOf(parsedConversations(note, "line"))).toMatchObject({
      file: note,
      location: "line 1",
      message: expect.stringContaining("expected LINE's header"),
    });
    const words = exported("[LINE] Chat with Kai.txt", ["2026/11/10(Tue)", "Milk", "18:42\tKai\thi"]);
    expect(await importErrorOf(parsedConversations(words, "line"))).toMatchObject({
      location: "line 2",
      message: expect.stringContaining("expected a message like"),
    });

    const empty = exported("[LINE] Chat with Lee.txt", ["[LINE] Chat history with Lee", "Saved on: 2026/11/30 21:04", ""]);
    expect(await importErrorOf(parsedConversations(empty, "line"))).toMatchObject({
      location: "line 3",
      message: expect.stringContaining("no messages found"),
    });
  });
});
