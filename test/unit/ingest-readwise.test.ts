import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-readwise-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Readwise's CSV header, as its export writes it. */
const HEADER = "Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags";

/** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break, its quotes doubled. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A Readwise export named `name` in the test folder: the header, then one line per row (each row's 11 cells). */
function readwise(name: string, rows: string[][], header = HEADER): string {
  const file = join(dir, name);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, `${[header, ...rows.map((r) => r.map(cell).join(","))].join("\n")}\n`);
  return file;
}

const HABIT = [
  "The habit loop is simple: a cue, a routine, a reward.",
  "The Power of Habit",
  "Charles Duhigg",
  "B0055PGUYU",
  "Shoes by the door as the cue",
  "yellow",
  "habits, .favorite",
  "location",
  "1021",
  "2026-10-06 21:14:03+00:00",
  "self-improvement",
];
const TRAP = [
  'He calls it "the efficiency trap": the more you get done,\nthe more you will be given to do.',
  "Four Thousand Weeks",
  "Oliver Burkeman",
  "B08LDRCP9M",
  "",
  "blue",
  "",
  "page",
  "47",
  "2026-10-15 08:48:12+01:00",
  "",
];
const WILLPOWER = [
  "Willpower is a muscle that tires.",
  "The Power of Habit",
  "Charles Duhigg",
  "B0055PGUYU",
  "",
  "",
  "",
  "location",
  "2314",
  "2026-10-05 22:02:41+00:00",
  "",
];
const SAVING = [
  "Saving money is the gap between your ego and your income.",
  "Tweets From Morgan Housel",
  "@morganhousel",
  "",
  "",
  "",
  "money",
  "order",
  "1",
  "2026-11-02 12:20:44+00:00",
  "",
];
const SLEEP = [
  "Keep the bedroom at around 18 degrees.",
  "Episode 87: How to Fix Your Sleep",
  "The Deep Rest Podcast",
  "",
  "",
  "",
  "",
  "time_offset",
  "1514",
  "2026-11-09 21:40:18+00:00",
  "",
];

describe("a Readwise CSV export", () => {
  it("is detected, and read as one conversation per book: each highlight quoted with where it is, the note typed at it and its tags, at its time", async () => {
    const file = readwise("readwise-data.csv", [HABIT, TRAP, WILLPOWER, SAVING, SLEEP]);
    expect(await detectFormat(file)).toBe("readwise");
    const books = await parsedConversations(file);
    expect(books.map((b) => [b.format, b.externalId, b.title, b.participants, new Date(b.startedAt!).toISOString()])).toEqual([
      ["kindle", "readwise:The Power of Habit (Charles Duhigg)", "The Power of Habit by Charles Duhigg", ["User"], "2026-10-05T22:02:41.000Z"],
      ["kindle", "readwise:Four Thousand Weeks (Oliver Burkeman)", "Four Thousand Weeks by Oliver Burkeman", ["User"], "2026-10-15T07:48:12.000Z"],
      ["kindle", "readwise:Tweets From Morgan Housel (@morganhousel)", "Tweets From Morgan Housel by @morganhousel", ["User"], "2026-11-02T12:20:44.000Z"],
      [
        "kindle",
        "readwise:Episode 87: How to Fix Your Sleep (The Deep Rest Podcast)",
        "Episode 87: How to Fix Your Sleep by The Deep Rest Podcast",
        ["User"],
        "2026-11-09T21:40:18.000Z",
      ],
    ]);
    expect(books.flatMap((b) => b.turns.map((t) => [t.externalId, t.speaker, t.role, t.text, new Date(t.occurredAt).toISOString()]))).toEqual([
      // (a book's highlights in time order: the willpower one was highlighted the day before)
      [
        "highlight, location 2314",
        "User",
        "user",
        "Highlight from The Power of Habit by Charles Duhigg, location 2314: “Willpower is a muscle that tires.”",
        "2026-10-05T22:02:41.000Z",
      ],
      [
        "highlight, location 1021",
        "User",
        "user",
        "Highlight from The Power of Habit by Charles Duhigg, location 1021: “The habit loop is simple: a cue, a routine, a reward.”\nNote: Shoes by the door as the cue\nTags: habits, favorite",
        "2026-10-06T21:14:03.000Z",
      ],
      // (a quoted cell's line break, comma and doubled quotes; a time at its offset)
      [
        "highlight, page 47",
        "User",
        "user",
        'Highlight from Four Thousand Weeks by Oliver Burkeman, page 47: “He calls it "the efficiency trap": the more you get done, the more you will be given to do.”',
        "2026-10-15T07:48:12.000Z",
      ],
      // (a tweet's reading order is no place; a podcast's time offset in seconds is a time in the episode)
      [
        "highlight, 2026-11-02 12:20:44",
        "User",
        "user",
        "Highlight from Tweets From Morgan Housel by @morganhousel: “Saving money is the gap between your ego and your income.”\nTags: money",
        "2026-11-02T12:20:44.000Z",
      ],
      [
        "highlight, at 25:14",
        "User",
        "user",
        "Highlight from Episode 87: How to Fix Your Sleep by The Deep Rest Podcast, at 25:14: “Keep the bedroom at around 18 degrees.”",
        "2026-11-09T21:40:18.000Z",
      ],
    ]);
    // (the memory engine keeps a highlight whole by its clipping; what else Readwise says is kept beside it)
    expect(books[0]!.turns[1]!.metadata).toEqual({
      line: 2,
      clipping: { kind: "highlight", book: "The Power of Habit", author: "Charles Duhigg", place: "location 1021", location: 1021, at: "location 1021" },
      readwise: {
        color: "yellow",
        tags: ["habits", "favorite"],
        amazon_book_id: "B0055PGUYU",
        document_tags: ["self-improvement"],
        location_type: "location",
        location: "1021",
      },
    });
    // (the multi-line highlight starts on line 3; the row after it on line 5)
    expect(books[1]!.turns[0]!.metadata.line).toBe(3);
    expect(books[0]!.turns[0]!.metadata.line).toBe(5);
    // (the book's words are stored as data: file sources, trust imported)
    expect(conversationItems(books[0]!).map((i) => [i.source.kind, i.source.trust])).toEqual([
      ["file", "imported"],
      ["file", "imported"],
    ]);
    expect(await validateExport(file)).toMatchObject({ format: "readwise", conversations: 4, turns: 5 });
    expect(await checkImportFile(file)).toBe("readwise");
  });

  it("tells a note with no highlight as a note, passes over an empty row, and dates an undated highlight by the file", async () => {
    const file = readwise("undated.csv", [
      ["", "Middlemarch", "George Eliot", "", "Finish by March", "", "", "location", "900", "2026-11-20 10:00:00+00:00", ""],
      ["", "Middlemarch", "George Eliot", "", "", "", "", "location", "901", "2026-11-20 10:01:00+00:00", ""],
      ["Every limit is a beginning as well as an ending.", "Middlemarch", "George Eliot", "", "", "", "", "page", "812", "", ""],
    ]);
    utimesSync(file, new Date("2026-11-30T19:05:00Z"), new Date("2026-11-30T19:05:00Z"));
    const [book, ...more] = await parsedConversations(file);
    expect(more).toEqual([]);
    expect(
      book!.turns.map((t) => [t.externalId, t.text, new Date(t.occurredAt).toISOString(), (t.metadata.readwise as { undated?: boolean }).undated]),
    ).toEqual([
      ["note, location 900", "Note on Middlemarch by George Eliot, location 900: Finish by March", "2026-11-20T10:00:00.000Z", undefined],
      [
        "highlight, page 812",
        "Highlight from Middlemarch by George Eliot, page 812: “Every limit is a beginning as well as an ending.”",
        "2026-11-30T19:05:00.000Z",
        true,
      ],
    ]);
  });

  it("gathers a book met again further down into its one conversation, and reads a header ending 'Document tag'", async () => {
    const file = readwise("again.csv", [HABIT, SAVING, WILLPOWER], HEADER.replace(/Document tags$/, "Document tag"));
    const books = await parsedConversations(file);
    expect(books.map((b) => [b.title, b.turns.length])).toEqual([
      ["The Power of Habit by Charles Duhigg", 2],
      ["Tweets From Morgan Housel by @morganhousel", 1],
    ]);
    expect(books[0]!.turns[1]!.metadata.readwise).toMatchObject({ document_tags: ["self-improvement"] });
  });

  it("names the file and the line of a bad row, a bad cell's column, and refuses a CSV that is no Readwise export", async () => {
    const badTime = readwise("bad-time.csv", [HABIT, ["Fear is the mind-killer.", "Dune", "Frank Herbert", "", "", "", "", "page", "8", "yesterday", ""]]);
    expect((await importErrorOf(validateExport(badTime))).message).toBe(
      'bad-time.csv: line 3: "Highlighted at" is "yesterday", not a time (Readwise writes "2026-11-09 21:14:03+00:00")',
    );
    const noTitle = readwise("no-title.csv", [["Fear is the mind-killer.", "", "Frank Herbert", "", "", "", "", "page", "8", "2026-11-01 10:00:00+00:00", ""]]);
    expect((await importErrorOf(validateExport(noTitle))).message).toBe('no-title.csv: line 2: a highlight with no "Book Title"');
    const stray = join(dir, "stray.csv");
    writeFileSync(stray, `${HEADER}\n${HABIT.map(cell).join(",")}\n"Fear is" the mind-killer,Dune,Frank Herbert,,,,,page,8,2026-11-01 10:00:00+00:00,\n`);
    const err = await importErrorOf(validateExport(stray));
    expect([err.name, err.location]).toEqual(["ImportError", "line 3"]);
    expect(err.message).toMatch(/^stray\.csv: line 3: Invalid Closing Quote/);
    const empty = readwise("empty.csv", []);
    expect((await importErrorOf(validateExport(empty))).message).toBe("empty.csv: line 1: no highlight or note in this Readwise export");
    const latin1 = join(dir, "latin1.csv");
    // (past the 64 KiB the file's start is checked by: "Café" in Latin-1 in a long highlight of line 3)
    const long = Buffer.from(`${HEADER}\n${SAVING.map(cell).join(",")}\n${"word ".repeat(14_000)}`);
    writeFileSync(
      latin1,
      Buffer.concat([long, Buffer.from([0x43, 0x61, 0x66, 0xe9]), Buffer.from(",Dune,Frank Herbert,,,,,page,8,2026-11-01 10:00:00+00:00,\n")]),
    );
    expect((await importErrorOf(validateExport(latin1))).message).toBe(
      `latin1.csv: line 3 (byte ${long.length + 3}): invalid UTF-8: this is not UTF-8 text (save the file as UTF-8)`,
    );
    // (another CSV is no Readwise export: detected as a note's table, refused when Readwise is asked for)
    const books = join(dir, "goodreads_library_export.csv");
    writeFileSync(books, "Book Id,Title,Author,My Rating\n1,Piranesi,Susanna Clarke,5\n");
    expect(await detectFormat(books)).toBe("note");
    expect((await importErrorOf(validateExport(books, { format: "readwise" }))).message).toBe(
      `goodreads_library_export.csv: line 1: no "Highlight" column: not a Readwise export (its header is ${HEADER})`,
    );
  });

  it("is read in a folder, as the notes beside it are, while any other CSV there is passed over", async () => {
    const folder = join(dir, "Reading");
    const export_ = readwise("Reading/readwise-data.csv", [HABIT]);
    writeFileSync(join(folder, "Reading goals.md"), "# Reading goals\n\nRead 24 books next year.\n");
    writeFileSync(join(folder, "budget.csv"), "Month,Spent\nNovember,42\n");
    writeFileSync(join(folder, "Reading list 6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b.csv"), "Name,Author\nPiranesi,Susanna Clarke\n");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "Reading goals.md",
      "Reading list 6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b.csv",
      "readwise-data.csv",
    ]);
    expect(await folderFileFormat(export_)).toBe("readwise");
    expect(await folderFileFormat(join(folder, "Reading list 6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b.csv"))).toBe("note");
  });
});
