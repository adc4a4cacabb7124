/**
 * Libby's timeline (core/ingest/libby.ts), exported as Data (JSON: `{ "version": 1, "timeline": [ … ] }`,
 * newest first, its times epoch ms, `cover.format` "ebook" or "audiobook") and as a Spreadsheet (CSV:
 * `cover,title,author,publisher,isbn,timestamp,activity,details,library`, the last two swapped in some,
 * times "February 28, 2024 00:47" on the phone's clock), shaped as the real exports in
 * msmolkin/LibbyBookBackup and acavender/libbydata are: "Borrowed" with " 21 days ", "Returned" with
 * "on due date" or " 4 days  early", "renew" in lower case, "Placed on hold", "Hold expired", an `isbn`
 * or `details` absent, a row with no time. Each month of activities is one note of the user's records, each
 * activity a paragraph of its time in words; told by its content whatever its name, alone and in a
 * folder (an empty timeline passed over, said why), not taken for another app's CSV or JSON; importing
 * again adds nothing, a later export only what is new; a bad file refused naming the file and the place,
 * and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { isLibbyCsv, isLibbyJson } from "../../core/ingest/reading/libby.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-libby-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const LEEDS = { text: "Leeds Libraries", url: "https://libbyapp.com/library/leeds", key: "leeds" };
const BRADFORD = { text: "Bradford Libraries", url: "https://libbyapp.com/library/bradford", key: "bradford" };

/** An activity as the Data export writes it, its keys in Libby's order; `isbn` and `details` left out when undefined. */
function activity(
  at: string,
  what: string,
  t: { id: string; title: string; author: string; publisher: string; isbn?: string; format: string },
  library: typeof LEEDS,
  details?: string,
): Record<string, unknown> {
  return {
    cover: {
      contentType: "image/jpeg",
      url: `https://img1.od-cdn.com/ImageType-100/0293-1/{${t.id}}Img100.jpg`,
      title: t.title,
      color: "#C3574A",
      format: t.format,
    },
    title: { text: t.title, url: `https://share.libbyapp.com/title/${t.id}`, titleId: t.id },
    author: t.author,
    publisher: t.publisher,
    ...(t.isbn ? { isbn: t.isbn } : {}),
    timestamp: Date.parse(at),
    activity: what,
    ...(details !== undefined ? { details } : {}),
    library,
  };
}

const PIRANESI = { id: "5270846", title: "Piranesi", author: "Susanna Clarke", publisher: "Bloomsbury Publishing", isbn: "9781526622440", format: "audiobook" };
const THURSDAY = {
  id: "4629183",
  title: "The Thursday Murder Club",
  author: "Richard Osman",
  publisher: "Penguin Books Ltd",
  isbn: "9780241988282",
  format: "ebook",
};
const ORBITAL = { id: "9582047", title: "Orbital", author: "Samantha Harvey", publisher: "Random House", format: "ebook" };
const FLOW = {
  id: "2525843",
  title: "Finding Flow",
  author: "Mihaly Csikszentmihalyi, Sean Pratt",
  publisher: "Ascent Audio",
  isbn: "9781469095394",
  format: "audiobook",
};

/** A timeline of September to November, newest first as Libby lists it. */
const TIMELINE = [
  activity("2026-11-16T22:10:31.077Z", "Placed on hold", ORBITAL, LEEDS),
  activity("2026-11-05T10:00:00.000Z", "Hold expired", FLOW, BRADFORD),
  activity("2026-10-23T16:41:55.760Z", "Returned", PIRANESI, LEEDS, " 4 days  early"),
  activity("2026-10-09T17:20:44.090Z", "Returned", THURSDAY, BRADFORD, "on due date"),
  activity("2026-10-06T06:55:09.301Z", "Borrowed", PIRANESI, LEEDS, " 21 days "),
  activity("2026-09-25T07:15:12.884Z", "renew", THURSDAY, BRADFORD),
  activity("2026-09-12T09:02:07.540Z", "Borrowed", THURSDAY, BRADFORD, " 14 days "),
  activity("2026-09-01T20:00:00.000Z", "Placed on hold", FLOW, BRADFORD),
];

/** The Data export of `timeline`, as Libby writes it. */
function dataExport(timeline: unknown[]): string {
  return JSON.stringify({ version: 1, timeline }, null, 4);
}

/** Each conversation's key, title and records, and its turns' speaker, role, time and text. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string, string, string, string]>]> {
  return notes.map((n) => [
    n.externalId,
    n.title,
    n.records,
    n.turns.map((t): [string, string, string, string] => [t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

describe("Libby's timeline exported as Data (JSON)", () => {
  it("reads each month of activities as a note of the user's records, each activity a paragraph of its time, in words", async () => {
    const file = write("data/libbytimeline-activities.json", dataExport(TIMELINE));
    expect(await detectFormat(file)).toBe("libby");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "libby:2026-11",
        "Libby, November 2026",
        "log",
        [
          // (a narrator among the authors, as Libby writes them: both named)
          [
            "User",
            "user",
            "2026-11-05T10:00:00.000Z",
            'My hold on the audiobook "Finding Flow" by Mihaly Csikszentmihalyi and Sean Pratt at Bradford Libraries on Libby expired on Thursday 5 November.',
          ],
          // (no ISBN: the title is named by its id)
          [
            "User",
            "user",
            "2026-11-16T22:10:31.077Z",
            'Placed a hold on the ebook "Orbital" by Samantha Harvey at Leeds Libraries on Libby on Monday 16 November.',
          ],
        ],
      ],
      [
        "libby:2026-10",
        "Libby, October 2026",
        "log",
        [
          [
            "User",
            "user",
            "2026-10-06T06:55:09.301Z",
            'Borrowed the audiobook "Piranesi" by Susanna Clarke from Leeds Libraries on Libby on Tuesday 6 October, for 21 days.',
          ],
          [
            "User",
            "user",
            "2026-10-09T17:20:44.090Z",
            'Returned the ebook "The Thursday Murder Club" by Richard Osman to Bradford Libraries on Libby on Friday 9 October, on its due date.',
          ],
          [
            "User",
            "user",
            "2026-10-23T16:41:55.760Z",
            'Returned the audiobook "Piranesi" by Susanna Clarke to Leeds Libraries on Libby 4 days early, on Friday 23 October.',
          ],
        ],
      ],
      [
        "libby:2026-09",
        "Libby, September 2026",
        "log",
        [
          [
            "User",
            "user",
            "2026-09-01T20:00:00.000Z",
            'Placed a hold on the audiobook "Finding Flow" by Mihaly Csikszentmihalyi and Sean Pratt at Bradford Libraries on Libby on Tuesday 1 September.',
          ],
          [
            "User",
            "user",
            "2026-09-12T09:02:07.540Z",
            'Borrowed the ebook "The Thursday Murder Club" by Richard Osman from Bradford Libraries on Libby on Saturday 12 September, for 14 days.',
          ],
          [
            "User",
            "user",
            "2026-09-25T07:15:12.884Z",
            'Renewed the loan of the ebook "The Thursday Murder Club" by Richard Osman from Bradford Libraries on Libby on Friday 25 September.',
          ],
        ],
      ],
    ]);
    // (each paragraph named by its activity, time and title id, its place in the timeline and what Libby says of it beside it)
    expect(notes[1]!.turns.map((t) => [t.externalId, t.metadata.index])).toEqual([
      ["borrowed@2026-10-06T06:55:09.301Z:5270846", 4],
      ["returned@2026-10-09T17:20:44.090Z:4629183", 3],
      ["returned@2026-10-23T16:41:55.760Z:5270846", 2],
    ]);
    expect(notes[1]!.turns[2]!.metadata.libby).toEqual({
      title: "Piranesi",
      titleId: "5270846",
      author: "Susanna Clarke",
      publisher: "Bloomsbury Publishing",
      isbn: "9781526622440",
      format: "audiobook",
      activity: "Returned",
      details: "4 days early",
      library: "Leeds Libraries",
    });
    expect(notes[0]!.turns[1]!.metadata.libby).not.toHaveProperty("isbn");
    expect(notes.map((n) => [n.format, n.participants, new Date(n.startedAt!).toISOString()])).toEqual([
      ["note", ["User"], "2026-11-05T10:00:00.000Z"],
      ["note", ["User"], "2026-10-06T06:55:09.301Z"],
      ["note", ["User"], "2026-09-01T20:00:00.000Z"],
    ]);
    expect(await validateExport(file)).toMatchObject({ format: "libby", conversations: 3, turns: 8 });
    expect(await checkImportFile(file)).toBe("libby");
  });

  it("reads the Data export whatever its name and layout: compact, a byte order mark, an activity with no time passed over, one met twice told once, another activity as written", async () => {
    const timeline = [
      activity("2026-10-23T16:41:55.760Z", "Returned", PIRANESI, LEEDS, " 8 hours  early"),
      { ...activity("2026-10-22T10:00:00.000Z", "Hold expired", ORBITAL, LEEDS), timestamp: null },
      activity("2026-10-06T06:55:09.301Z", "Borrowed", PIRANESI, LEEDS, " 21 days "),
      activity("2026-10-06T06:55:09.301Z", "Borrowed", PIRANESI, LEEDS, " 21 days "),
      // (an activity these exports were not seen to hold: told as Libby names it)
      activity("2026-10-02T12:00:00.000Z", "Hold cancelled", ORBITAL, LEEDS),
      // (the oldest borrows have no loan's length)
      activity("2026-10-01T12:00:00.000Z", "Borrowed", ORBITAL, LEEDS, ""),
      // (a name's suffix after its comma kept with it)
      activity(
        "2026-09-30T12:00:00.000Z",
        "Placed on hold",
        {
          id: "150734",
          title: "The Autobiography of Martin Luther King, Jr.",
          author: "Martin Luther King, Jr., Clayborne Carson",
          publisher: "Grand Central Publishing",
          format: "ebook",
        },
        LEEDS,
      ),
    ];
    const file = write("data/timeline (1).json", `\uFEFF${JSON.stringify({ version: 1, timeline })}`);
    expect(await detectFormat(file)).toBe("libby");
    const [october, september] = told(await parsedConversations(file));
    expect(september![3].map(([, , , text]) => text)).toEqual([
      'Placed a hold on the ebook "The Autobiography of Martin Luther King, Jr." by Martin Luther King, Jr. and Clayborne Carson at Leeds Libraries on Libby on Wednesday 30 September.',
    ]);
    expect(october![3].map(([, , at, text]) => [at.slice(0, 10), text])).toEqual([
      ["2026-10-01", 'Borrowed the ebook "Orbital" by Samantha Harvey from Leeds Libraries on Libby on Thursday 1 October.'],
      ["2026-10-02", 'Hold cancelled: the ebook "Orbital" by Samantha Harvey, Leeds Libraries, on Libby on Friday 2 October.'],
      ["2026-10-06", 'Borrowed the audiobook "Piranesi" by Susanna Clarke from Leeds Libraries on Libby on Tuesday 6 October, for 21 days.'],
      ["2026-10-23", 'Returned the audiobook "Piranesi" by Susanna Clarke to Leeds Libraries on Libby 8 hours early, on Friday 23 October.'],
    ]);
  });
});

/** The Spreadsheet export's header, as acavender/libbydata's has it. */
const CSV_HEADER = "cover,title,author,publisher,isbn,timestamp,activity,details,library";

/** Rows of the Spreadsheet export, newest first: quoted titles and authors with commas, a row with no time. */
const CSV_ROWS = [
  'https://img3.od-cdn.com/ImageType-100/0111-1/{9AB7D235}Img100.jpg,"I, Robot",Isaac Asimov,Random House Worlds,9780553900330,"February 27, 2024 17:14",renew,"",Indiana Digital Library',
  'https://img3.od-cdn.com/ImageType-100/1523-1/{D941B06C}IMG100.JPG,Renegade,"Adam Kinzinger, Michael D\'Antonio",Penguin Publishing Group,9780593654170,"February 14, 2024 21:36",Placed on hold,"",The Ohio Digital Library',
  'https://img1.od-cdn.com/ImageType-100/0111-1/{DD5D1306}IMG100.JPG,Valdemar,Mercedes Lackey,Astra Publishing House,9780756417406,"February 14, 2024 00:47",Borrowed, 14 days ,Indiana Digital Library',
  'https://img3.od-cdn.com/ImageType-100/0111-1/{20AAC7E1}Img100.jpg,Forward the Foundation,Isaac Asimov,Random House Worlds,9780553900965,"February 08, 2024 16:34",Returned, 8 days  early,St. Joseph County Public Library',
  'https://img3.od-cdn.com/ImageType-100/0439-1/{F96E445B}Img100.jpg,Legacy,Shannon Messenger,Aladdin,9781534427358,"",Hold expired,"",St. Joseph County Public Library',
];

describe("Libby's timeline exported as a Spreadsheet (CSV)", () => {
  it("reads each row as Libby writes it, its time on the phone's clock read as UTC, no format said, a row with no time passed over", async () => {
    const file = write("csv/libbytimeline-activities.csv", `${[CSV_HEADER, ...CSV_ROWS].join("\n")}\n`);
    expect(await detectFormat(file)).toBe("libby");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "libby:2024-02",
        "Libby, February 2024",
        "log",
        [
          [
            "User",
            "user",
            "2024-02-08T16:34:00.000Z",
            'Returned "Forward the Foundation" by Isaac Asimov to St. Joseph County Public Library on Libby 8 days early, on Thursday 8 February.',
          ],
          [
            "User",
            "user",
            "2024-02-14T00:47:00.000Z",
            'Borrowed "Valdemar" by Mercedes Lackey from Indiana Digital Library on Libby on Wednesday 14 February, for 14 days.',
          ],
          [
            "User",
            "user",
            "2024-02-14T21:36:00.000Z",
            'Placed a hold on "Renegade" by Adam Kinzinger and Michael D\'Antonio at The Ohio Digital Library on Libby on Wednesday 14 February.',
          ],
          [
            "User",
            "user",
            "2024-02-27T17:14:00.000Z",
            'Renewed the loan of "I, Robot" by Isaac Asimov from Indiana Digital Library on Libby on Tuesday 27 February.',
          ],
        ],
      ],
    ]);
    // (named by the ISBN, the Spreadsheet having no title id; its row's line beside it)
    expect(notes[0]!.turns.map((t) => [t.externalId, t.metadata.line])).toEqual([
      ["returned@2024-02-08T16:34:00.000Z:9780553900965", 5],
      ["borrowed@2024-02-14T00:47:00.000Z:9780756417406", 4],
      ["placed on hold@2024-02-14T21:36:00.000Z:9780593654170", 3],
      ["renew@2024-02-27T17:14:00.000Z:9780553900330", 2],
    ]);
    expect(notes[0]!.turns[0]!.metadata.libby).toEqual({
      title: "Forward the Foundation",
      author: "Isaac Asimov",
      publisher: "Random House Worlds",
      isbn: "9780553900965",
      activity: "Returned",
      details: "8 days early",
      library: "St. Joseph County Public Library",
    });
    expect(await validateExport(file)).toMatchObject({ format: "libby", conversations: 1, turns: 4 });
  });

  it("reads its columns by name (details and library swapped), CRLF line ends and a byte order mark, a row with no ISBN named by its title", async () => {
    const file = write(
      "csv/libbytimeline-all-loans.csv",
      [
        "\uFEFFcover,title,author,publisher,isbn,timestamp,activity,library,details",
        'https://img1.example/a.jpg,Project Hail Mary,Andy Weir,Ballantine Books,,"March 03, 2026 09:15",Borrowed,Leeds Libraries, 21 days ',
        'https://img1.example/a.jpg,Project Hail Mary,Andy Weir,Ballantine Books,,"March 20, 2026 21:02",Returned,Leeds Libraries,on due date',
        "",
      ].join("\r\n"),
    );
    expect(await detectFormat(file)).toBe("libby");
    const notes = await parsedConversations(file);
    expect(told(notes)[0]![3].map(([, , , text]) => text)).toEqual([
      'Borrowed "Project Hail Mary" by Andy Weir from Leeds Libraries on Libby on Tuesday 3 March, for 21 days.',
      'Returned "Project Hail Mary" by Andy Weir to Leeds Libraries on Libby on Friday 20 March, on its due date.',
    ]);
    expect(notes[0]!.turns.map((t) => [t.externalId, t.metadata.line])).toEqual([
      ["borrowed@2026-03-03T09:15:00.000Z:project hail mary", 2],
      ["returned@2026-03-20T21:02:00.000Z:project hail mary", 3],
    ]);
  });
});

describe("telling Libby's timeline by its content", () => {
  it("knows the Data export and the Spreadsheet's header, and no other app's JSON or CSV", () => {
    expect(isLibbyJson(dataExport(TIMELINE.slice(0, 1)))).toBe(true);
    expect(isLibbyJson(JSON.stringify({ version: 1, timeline: TIMELINE.slice(0, 1) }))).toBe(true);
    expect(isLibbyJson('{"version":1,"timeline":[]}')).toBe(true);
    expect(isLibbyJson(`\uFEFF{ "timeline": [ ${JSON.stringify(TIMELINE[0])} ] }`)).toBe(true);
    // (Google Maps Timeline's months and phone file, and a JSON with a "timeline" of another app's)
    expect(isLibbyJson('{ "timelineObjects": [ { "activitySegment": {} } ] }')).toBe(false);
    expect(isLibbyJson('{ "semanticSegments": [ ] }')).toBe(false);
    expect(isLibbyJson('{ "version": 2, "timeline": [ { "event": "deploy", "at": 3 } ] }')).toBe(false);
    expect(isLibbyCsv(`${CSV_HEADER}\n`)).toBe(true);
    expect(isLibbyCsv('"cover","title","author","publisher","isbn","timestamp","activity","library","details"\r\n')).toBe(true);
    expect(isLibbyCsv("Cover,Title,Author,Publisher,ISBN,Timestamp,Activity,Details,Library\n")).toBe(true);
    // (Goodreads', StoryGraph's and Readwise's exports name a title and an author, but no activity nor library)
    expect(isLibbyCsv("Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating\n")).toBe(false);
    expect(isLibbyCsv("Title,Authors,Contributors,ISBN/UID,Format,Read Status,Date Added\n")).toBe(false);
    expect(isLibbyCsv("Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at\n")).toBe(false);
  });

  it("is not taken for another format, nor another format for it", async () => {
    const goodreads = write(
      "other/goodreads_library_export.csv",
      "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,Owned Copies\n",
    );
    expect(await detectFormat(goodreads)).toBe("goodreads");
    const maps = write("other/2026_OCTOBER.json", '{ "timelineObjects": [ { "placeVisit": { "location": { "name": "Home" } } } ] }');
    expect(await detectFormat(maps)).toBe("timeline");
  });
});

describe("a Libby timeline in a folder", () => {
  it("reads the Data and the Spreadsheet by their content, and passes over an empty timeline, saying why", async () => {
    const folder = join(dir, "Libby");
    write("Libby/libbytimeline-activities.json", dataExport(TIMELINE));
    write("Libby/libbytimeline-all-loans.csv", `${[CSV_HEADER, ...CSV_ROWS].join("\n")}\n`);
    write("Libby/empty.json", dataExport([]));
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "empty.json",
      "libbytimeline-activities.json",
      "libbytimeline-all-loans.csv",
    ]);
    for (const { file } of importPaths(folder)) expect(await folderFileFormat(file)).toBe("libby");
    const err = await checkImportFile(join(folder, "empty.json"), "libby").catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Libby timeline with no activity, no note");
  });

  it("is read as chosen with --format, and a file that is no Libby timeline is refused as one", async () => {
    const file = write("format/mine.txt", dataExport(TIMELINE.slice(0, 2)));
    expect(await validateExport(file, { format: "libby" })).toMatchObject({ format: "libby", conversations: 1, turns: 2 });
    const budget = write("format/budget.csv", "Month,Spent\nNovember,42\n");
    expect((await importErrorOf(validateExport(budget, { format: "libby" }))).message).toBe(
      'budget.csv: line 1: no "title" column: not Libby\'s timeline (its header is cover,title,author,publisher,isbn,timestamp,activity,details,library)',
    );
    const other = write("format/other.json", '{ "items": [] }');
    expect((await importErrorOf(validateExport(other, { format: "libby" }))).name).toBe("ImportError");
  });
});

describe("importing Libby's timeline again", () => {
  it("adds nothing the second time, and from a later export only what is new", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/1/libbytimeline-activities.json", dataExport(TIMELINE.slice(2)));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "libby", added: 6, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 6 });
      // (a later export: two activities since, the rest as before, to the month of November a note added and October's kept)
      const later = write("later/2/libbytimeline-activities.json", dataExport(TIMELINE));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 2, duplicates: 6 });
      expect(db.prepare("SELECT external_id FROM conversations ORDER BY external_id").pluck().all()).toEqual([
        "libby:2026-09",
        "libby:2026-10",
        "libby:2026-11",
      ]);
    } finally {
      db.close();
    }
  });
});

describe("a bad Libby timeline", () => {
  it("names the file and the place, and stores nothing", async () => {
    const good = TIMELINE[0]!;
    const json: Array<[string, unknown[], string]> = [
      ["item.json", [good, "Borrowed"], 'item.json: timeline[1]: expected an activity (an object), got "Borrowed"'],
      [
        "title.json",
        [good, { ...good, title: { url: "https://share.libbyapp.com/title/1" } }],
        "title.json: timeline[1].title.text: expected the title borrowed or held, got null",
      ],
      ["activity.json", [{ ...good, activity: "" }], 'activity.json: timeline[0].activity: expected what was done ("Borrowed", "Returned", "renew"), got ""'],
      ["time.json", [good, { ...good, timestamp: "2026-11-16" }], 'time.json: timeline[1].timestamp: expected epoch milliseconds, got "2026-11-16"'],
      ["author.json", [{ ...good, author: ["Samantha Harvey"] }], "author.json: timeline[0].author: expected a string, got an array"],
      ["library.json", [{ ...good, library: "Leeds" }], 'library.json: timeline[0].library: expected an object, got "Leeds"'],
      ["empty.json", [], "empty.json: timeline: the note has no text: a Libby timeline with no activity"],
    ];
    for (const [name, timeline, message] of json) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, dataExport(timeline))));
      expect([err.name, err.message]).toEqual(["ImportError", message]);
    }
    const cut = await importErrorOf(validateExport(write("bad/cut.json", dataExport(TIMELINE).slice(0, 900))));
    expect(cut.message).toMatch(/^cut\.json: byte \d+ \(line \d+, column \d+\): /);
    const csv: Array<[string, string[], string]> = [
      [
        "time.csv",
        [CSV_HEADER, CSV_ROWS[0]!, CSV_ROWS[1]!.replace("February 14, 2024 21:36", "14/02/2024 21:36")],
        'time.csv: line 3, "timestamp": "14/02/2024 21:36" is no time: Libby writes "February 28, 2024 00:47"',
      ],
      [
        "day.csv",
        [CSV_HEADER, CSV_ROWS[0]!.replace("February 27", "February 30")],
        'day.csv: line 2, "timestamp": "February 30, 2024 17:14" is no time: Libby writes "February 28, 2024 00:47"',
      ],
      ["title.csv", [CSV_HEADER, CSV_ROWS[2]!.replace(",Valdemar,", ",,")], 'title.csv: line 2, "title": empty: expected the title borrowed or held'],
      [
        "header.csv",
        ["cover,title,author,publisher,isbn,timestamp,activity,details", CSV_ROWS[0]!],
        'header.csv: line 1: no "library" column: not Libby\'s timeline (its header is cover,title,author,publisher,isbn,timestamp,activity,details,library)',
      ],
      ["only-header.csv", [CSV_HEADER], "only-header.csv: line 1: the note has no text: a Libby timeline with no activity"],
    ];
    for (const [name, lines, message] of csv) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, `${lines.join("\n")}\n`), { format: "libby" }));
      expect([err.name, err.message]).toEqual(["ImportError", message]);
    }
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, join(dir, "bad/time.json"))).rejects.toThrow(/timeline\[1\]\.timestamp/);
      await expect(importFile(db, embedder, join(dir, "bad/time.csv"))).rejects.toThrow(/line 3/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
