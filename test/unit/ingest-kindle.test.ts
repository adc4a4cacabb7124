import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { detectFormat, parseExport } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-kindle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Clippings as a Kindle writes them: a byte-order mark, CRLF line ends, "==========" after each. */
function clippings(items: Array<[book: string, meta: string, text: string]>): string {
  return `\uFEFF${items.map(([book, meta, text]) => `${book}\r\n${meta}\r\n\r\n${text}\r\n==========\r\n`).join("")}`;
}

describe("a Kindle's My Clippings.txt", () => {
  it("is detected, and read as one conversation per book: highlights quoted, a note told with the highlight it was typed at", async () => {
    const file = join(dir, "My Clippings.txt");
    writeFileSync(
      file,
      clippings([
        [
          "Atomic Habits (James Clear)",
          "- Your Highlight on page 27 | Location 401-402 | Added on Tuesday, 3 March 2026 21:14:05",
          "You do not rise to the level of your goals.",
        ],
        ["Atomic Habits (James Clear)", "- Your Note on page 27 | Location 402 | Added on Tuesday, 3 March 2026 21:15:40", "Use this in the team retro"],
        ["Meditations (Aurelius, Marcus)", "- Your Bookmark on page 88 | Location 1340 | Added on Friday, 24 April 2026 22:40:10", ""],
        [
          "Meditations (Aurelius, Marcus)",
          "- Your Highlight on Location 112-113 | Added on Sunday, 12 April 2026 08:02:51",
          "The impediment to action\r\nadvances action.",
        ],
        ["Meditations (Aurelius, Marcus)", "- Your Note on Location 500 | Added on Sunday, 12 April 2026 08:05:00", "Read again"],
      ]),
    );
    expect(await detectFormat(file)).toBe("kindle");
    const books = await parsedConversations(file);
    expect(books.map((b) => [b.format, b.externalId, b.title, b.participants])).toEqual([
      ["kindle", "kindle:Atomic Habits (James Clear)", "Atomic Habits by James Clear", ["User"]],
      ["kindle", "kindle:Meditations (Marcus Aurelius)", "Meditations by Marcus Aurelius", ["User"]],
    ]);
    expect(books.flatMap((b) => b.turns.map((t) => [t.externalId, t.role, t.text, new Date(t.occurredAt).toISOString()]))).toEqual([
      [
        "highlight, page 27 | Location 401-402",
        "user",
        "Highlight from Atomic Habits by James Clear, page 27: “You do not rise to the level of your goals.”\nNote: Use this in the team retro",
        "2026-03-03T21:14:05.000Z",
      ],
      // (a bookmark has no text; a highlight's lines are one quote; a note at no highlight's end is its own)
      [
        "highlight, Location 112-113",
        "user",
        "Highlight from Meditations by Marcus Aurelius, location 112: “The impediment to action advances action.”",
        "2026-04-12T08:02:51.000Z",
      ],
      ["note, Location 500", "user", "Note on Meditations by Marcus Aurelius, location 500: Read again", "2026-04-12T08:05:00.000Z"],
    ]);
  });

  it("names the line of a clipping whose time is no date, and refuses clippings with nothing in them", async () => {
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, clippings([["Dune (Frank Herbert)", "- Your Highlight on page 3 | Location 40-41 | Added on someday", "Fear is the mind-killer."]]));
    expect((await importErrorOf(parseExport(bad).next())).message).toBe('bad.txt: line 2: "Added on someday" is not a date');
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, clippings([["Dune (Frank Herbert)", "- Your Bookmark on page 3 | Location 40 | Added on Sunday, 12 April 2026 08:02:51", ""]]));
    expect((await importErrorOf(parseExport(empty).next())).message).toBe("empty.txt: line 5: no highlight or note in these clippings");
  });
});
