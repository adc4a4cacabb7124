import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-kobo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A row of the `content` table: a book (ContentType 6), a file of one (9) or an entry of its table of contents (899). */
interface ContentRow {
  ContentID: string;
  ContentType: string;
  BookID?: string | null;
  Title?: string | null;
  Attribution?: string | null;
  VolumeIndex?: number;
  ChapterIDBookmarked?: string | null;
}

/** A row of the `Bookmark` table, as a Kobo writes one. */
interface BookmarkRow {
  BookmarkID: string;
  VolumeID: string;
  ContentID: string;
  Text: string | null;
  Annotation: string | null;
  DateCreated: string | null;
  DateModified?: string | null;
  ChapterProgress?: number;
  Hidden?: string;
  Type?: string | null;
  Color?: number;
}

/** The Bookmark table as a Kobo's database declares it (firmware 4.x); `Type` and `Color` left out for an older one. */
function bookmarkTable(old: boolean, without: string[]): string {
  const columns = [
    "BookmarkID TEXT NOT NULL",
    "VolumeID TEXT NOT NULL",
    "ContentID TEXT NOT NULL",
    "StartContainerPath TEXT NOT NULL DEFAULT ''",
    "StartOffset INTEGER NOT NULL DEFAULT 0",
    "Text TEXT",
    "Annotation TEXT",
    "ExtraAnnotationData BLOB",
    "DateCreated TEXT",
    "ChapterProgress REAL NOT NULL DEFAULT 0",
    "Hidden BOOL NOT NULL DEFAULT 0",
    "DateModified TEXT",
    ...(old ? [] : ["Type TEXT", "Color INTEGER DEFAULT 0"]),
  ].filter((c) => !without.includes(c.split(" ")[0]!));
  return `CREATE TABLE Bookmark (${columns.join(", ")}, PRIMARY KEY (BookmarkID))`;
}

/** A KoboReader.sqlite named `name` in the test folder, written with SQLite as the device writes it: its `content` and `Bookmark` rows. */
function koboDb(name: string, content: ContentRow[], marks: BookmarkRow[], opts: { old?: boolean; without?: string[] } = {}): string {
  const file = join(dir, name);
  mkdirSync(join(file, ".."), { recursive: true });
  rmSync(file, { force: true });
  const db = new Database(file);
  try {
    db.exec(`CREATE TABLE content (ContentID TEXT NOT NULL, ContentType TEXT NOT NULL, MimeType TEXT NOT NULL DEFAULT 'application/x-kobo-epub+zip',
      BookID TEXT, BookTitle TEXT, Title TEXT COLLATE NOCASE, Attribution TEXT COLLATE NOCASE, ChapterIDBookmarked TEXT, VolumeIndex INTEGER,
      ___UserID TEXT NOT NULL DEFAULT '', PRIMARY KEY (ContentID))`);
    db.exec(bookmarkTable(opts.old ?? false, opts.without ?? []));
    const c = db.prepare(
      "INSERT INTO content (ContentID, ContentType, BookID, Title, Attribution, VolumeIndex, ChapterIDBookmarked) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    for (const r of content)
      c.run(r.ContentID, r.ContentType, r.BookID ?? null, r.Title ?? null, r.Attribution ?? null, r.VolumeIndex ?? -1, r.ChapterIDBookmarked ?? null);
    for (const m of marks) {
      const row: Record<string, unknown> = { Hidden: "false", ChapterProgress: 0, ...(opts.old ? {} : { Type: "highlight", Color: 0 }), ...m };
      for (const col of opts.without ?? []) delete row[col];
      const cols = Object.keys(row);
      db.prepare(`INSERT INTO Bookmark (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`).run(...cols.map((k) => row[k]));
    }
  } finally {
    db.close();
  }
  return file;
}

const BREAD = "6f1c2d7e-3a4b-4c5d-8e9f-0a1b2c3d4e5f";
const NOVEL = "file:///mnt/onboard/Moray, Elspeth/Winter at Gull Cottage - Elspeth Moray.kepub.epub";
/** A book deleted from the device: its highlights kept, no content row. */
const GONE = "file:///mnt/onboard/Lind, Sofia/The Windowsill Gardener - Sofia Lind.kepub.epub";

const CONTENT: ContentRow[] = [
  { ContentID: BREAD, ContentType: "6", Title: "Slow Dough", Attribution: "Tom Hadley" },
  { ContentID: `${BREAD}!OEBPS!Text/chapter04.xhtml`, ContentType: "9", BookID: BREAD, Title: "chapter04.xhtml", VolumeIndex: 3 },
  { ContentID: `${BREAD}!OEBPS!Text/chapter04.xhtml-1`, ContentType: "899", BookID: BREAD, Title: "4. Feeding Your Starter", VolumeIndex: 3 },
  // (one file holding two chapters: the table of contents names each by its anchor)
  { ContentID: `${BREAD}!OEBPS!Text/chapter09.xhtml#rye-1`, ContentType: "899", BookID: BREAD, Title: "9. Rye", VolumeIndex: 8 },
  { ContentID: `${BREAD}!OEBPS!Text/chapter09.xhtml#spelt-1`, ContentType: "899", BookID: BREAD, Title: "10. Spelt", VolumeIndex: 9 },
  { ContentID: NOVEL, ContentType: "6", Title: "Winter at Gull Cottage", Attribution: "Elspeth Moray" },
  // (a plain EPUB's chapter: only its file's row, titled)
  { ContentID: `${NOVEL}!OEBPS!Text/chapter07.xhtml`, ContentType: "9", BookID: NOVEL, Title: "Storm Light", VolumeIndex: 6 },
];

const MARKS: BookmarkRow[] = [
  {
    BookmarkID: "b-starter",
    VolumeID: BREAD,
    ContentID: `${BREAD}!OEBPS!Text/chapter04.xhtml`,
    Text: "Feed the starter at 1:5:5\n\tthe night before you bake.",
    Annotation: "try this with the sourdough",
    DateCreated: "2026-10-18T08:45:10.000",
    ChapterProgress: 0.33,
    Type: "note",
    Color: 2,
  },
  {
    BookmarkID: "b-spelt",
    VolumeID: BREAD,
    ContentID: `${BREAD}!OEBPS!Text/chapter09.xhtml#spelt`,
    Text: "Spelt needs less water than wheat.",
    Annotation: null,
    DateCreated: "2026-10-25T10:14:02+01:00",
  },
  // (highlighted before the starter one, listed after it: a book's highlights are in time order)
  {
    BookmarkID: "b-rye",
    VolumeID: BREAD,
    ContentID: `${BREAD}!OEBPS!Text/chapter09.xhtml#rye`,
    Text: "A tablespoon of honey keeps rye soft.",
    Annotation: null,
    DateCreated: "2026-10-17T21:00:00Z",
  },
  // (passed over: a dog-ear, a drawing, a deleted highlight, a row with no words)
  {
    BookmarkID: "b-dogear",
    VolumeID: BREAD,
    ContentID: `${BREAD}!OEBPS!Text/chapter04.xhtml`,
    Text: null,
    Annotation: null,
    DateCreated: "2026-10-18T09:00:00.000",
    Type: "dogear",
  },
  {
    BookmarkID: "b-markup",
    VolumeID: BREAD,
    ContentID: `${BREAD}!OEBPS!Text/chapter04.xhtml`,
    Text: null,
    Annotation: null,
    DateCreated: "2026-10-18T09:01:00.000",
    Type: "markup",
  },
  {
    BookmarkID: "b-deleted",
    VolumeID: NOVEL,
    ContentID: `${NOVEL}!OEBPS!Text/chapter07.xhtml`,
    Text: "The lighthouse lamp burned green all night.",
    Annotation: null,
    DateCreated: "2026-10-12T21:52:44.000",
    Hidden: "true",
  },
  {
    BookmarkID: "b-empty",
    VolumeID: NOVEL,
    ContentID: `${NOVEL}!OEBPS!Text/chapter07.xhtml`,
    Text: "  ",
    Annotation: "",
    DateCreated: "2026-10-12T21:53:00.000",
  },
  {
    BookmarkID: "b-grief",
    VolumeID: NOVEL,
    ContentID: `${NOVEL}!OEBPS!Text/chapter07.xhtml`,
    Text: "Grief is a house you learn to live in.",
    Annotation: "Send this line to Jo",
    DateCreated: "2026-10-11T22:03:15.000",
    Type: "note",
  },
  // (a book no longer on the device: named from its file; a chapter the database does not know)
  {
    BookmarkID: "b-basil",
    VolumeID: GONE,
    ContentID: `${GONE}!OEBPS!Text/ch02.xhtml`,
    Text: "Basil wants a south-facing sill.",
    Annotation: null,
    DateCreated: null,
    DateModified: "2026-11-14T18:22:09.000",
  },
];

describe("a Kobo's KoboReader.sqlite", () => {
  it("is detected, and read as one conversation per book: each highlight with its chapter and the note typed at it, at its time; dog-ears, drawings and deleted highlights passed over", async () => {
    const file = koboDb("KoboReader.sqlite", CONTENT, MARKS);
    const before = { bytes: readFileSync(file), mtime: statSync(file).mtimeMs };
    expect(await detectFormat(file)).toBe("kobo");
    const books = await parsedConversations(file);
    // (the books in their ContentID's order, as their bookmarks are read)
    expect(books.map((b) => [b.format, b.externalId, b.title, b.participants, new Date(b.startedAt!).toISOString()])).toEqual([
      ["kindle", "kobo:Slow Dough (Tom Hadley)", "Slow Dough by Tom Hadley", ["User"], "2026-10-17T21:00:00.000Z"],
      ["kindle", "kobo:The Windowsill Gardener (Sofia Lind)", "The Windowsill Gardener by Sofia Lind", ["User"], "2026-11-14T18:22:09.000Z"],
      ["kindle", "kobo:Winter at Gull Cottage (Elspeth Moray)", "Winter at Gull Cottage by Elspeth Moray", ["User"], "2026-10-11T22:03:15.000Z"],
    ]);
    expect(books.flatMap((b) => b.turns.map((t) => [t.externalId, t.speaker, t.role, t.text, new Date(t.occurredAt).toISOString()]))).toEqual([
      [
        "b-rye",
        "User",
        "user",
        'Highlight from Slow Dough by Tom Hadley, chapter "9. Rye": “A tablespoon of honey keeps rye soft.”',
        "2026-10-17T21:00:00.000Z",
      ],
      // (the highlight's line break and tab made a space; no zone is UTC, as the Kobo keeps it)
      [
        "b-starter",
        "User",
        "user",
        'Highlight from Slow Dough by Tom Hadley, chapter "4. Feeding Your Starter": “Feed the starter at 1:5:5 the night before you bake.”\nNote: try this with the sourdough',
        "2026-10-18T08:45:10.000Z",
      ],
      // (a time with its offset)
      [
        "b-spelt",
        "User",
        "user",
        'Highlight from Slow Dough by Tom Hadley, chapter "10. Spelt": “Spelt needs less water than wheat.”',
        "2026-10-25T09:14:02.000Z",
      ],
      // (no DateCreated: its DateModified)
      ["b-basil", "User", "user", "Highlight from The Windowsill Gardener by Sofia Lind: “Basil wants a south-facing sill.”", "2026-11-14T18:22:09.000Z"],
      // (a plain EPUB's chapter, titled by its file's row)
      [
        "b-grief",
        "User",
        "user",
        'Highlight from Winter at Gull Cottage by Elspeth Moray, chapter "Storm Light": “Grief is a house you learn to live in.”\nNote: Send this line to Jo',
        "2026-10-11T22:03:15.000Z",
      ],
    ]);
    // (the memory engine keeps a highlight whole by its clipping; what else the Kobo says is kept beside it)
    expect(books[0]!.turns[1]!.metadata).toEqual({
      clipping: {
        kind: "highlight",
        book: "Slow Dough",
        author: "Tom Hadley",
        place: 'chapter "4. Feeding Your Starter"',
        location: null,
        at: 'chapter "4. Feeding Your Starter", 33% through it',
      },
      kobo: {
        bookmark_id: "b-starter",
        volume_id: BREAD,
        content_id: `${BREAD}!OEBPS!Text/chapter04.xhtml`,
        type: "note",
        chapter: "4. Feeding Your Starter",
        chapter_progress: 0.33,
        colour: "blue",
      },
    });
    // (the book's words are stored as data: file sources, trust imported)
    expect(conversationItems(books[0]!).map((i) => [i.source.kind, i.source.trust])).toEqual([
      ["file", "imported"],
      ["file", "imported"],
      ["file", "imported"],
    ]);
    expect(await validateExport(file)).toMatchObject({ format: "kobo", conversations: 3, turns: 5 });
    expect(await checkImportFile(file)).toBe("kobo");
    expect(await parsedConversations(file, "kobo")).toHaveLength(3);
    // (read-only: the device's database is never written)
    expect(readFileSync(file).equals(before.bytes)).toBe(true);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
  });

  it("leaves the folder of a database in WAL mode as it was: the files a read-only connection makes beside it are removed", async () => {
    const file = koboDb("wal/KoboReader.sqlite", CONTENT, MARKS);
    const wal = new Database(file);
    wal.pragma("journal_mode = WAL");
    wal.close();
    const before = readFileSync(file);
    expect(readdirSync(join(dir, "wal"))).toEqual(["KoboReader.sqlite"]);
    expect(await detectFormat(file)).toBe("kobo");
    expect((await parsedConversations(file)).map((b) => b.turns.length)).toEqual([3, 1, 1]);
    expect(readdirSync(join(dir, "wal"))).toEqual(["KoboReader.sqlite"]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("reads an older database with no Type or Color column by what each row holds, and dates an undated highlight by the file", async () => {
    const file = koboDb(
      "old/KoboReader.sqlite",
      [{ ContentID: NOVEL, ContentType: "6", Title: "Winter at Gull Cottage", Attribution: "Elspeth Moray" }],
      [
        { BookmarkID: "o-1", VolumeID: NOVEL, ContentID: `${NOVEL}!x.xhtml`, Text: "The ferry left at half past nine.", Annotation: null, DateCreated: null },
        { BookmarkID: "o-2", VolumeID: NOVEL, ContentID: `${NOVEL}!x.xhtml`, Text: null, Annotation: null, DateCreated: "2026-10-01T10:00:00.000" },
        { BookmarkID: "o-3", VolumeID: NOVEL, ContentID: `${NOVEL}!x.xhtml`, Text: null, Annotation: "Ask Mum", DateCreated: "2026-10-02T10:00:00.000" },
      ],
      { old: true },
    );
    utimesSync(file, new Date("2026-11-30T19:05:00Z"), new Date("2026-11-30T19:05:00Z"));
    const [book, ...more] = await parsedConversations(file);
    expect(more).toEqual([]);
    expect(book!.turns.map((t) => [t.externalId, t.text, new Date(t.occurredAt).toISOString(), (t.metadata.kobo as { undated?: boolean }).undated])).toEqual([
      ["o-3", "Note on Winter at Gull Cottage by Elspeth Moray: Ask Mum", "2026-10-02T10:00:00.000Z", undefined],
      ["o-1", "Highlight from Winter at Gull Cottage by Elspeth Moray: “The ferry left at half past nine.”", "2026-11-30T19:05:00.000Z", true],
    ]);
  });

  it("in a folder: the Kobo's own .kobo folder is read, KoboReader.sqlite as kobo; its other files, and any other app's database, are passed over saying why", async () => {
    const drive = join(dir, "KOBOeReader");
    koboDb("KOBOeReader/.kobo/KoboReader.sqlite", CONTENT, MARKS);
    const other = new Database(join(drive, ".kobo", "BookReader.sqlite"));
    other.exec("CREATE TABLE BookLocations (ContentID TEXT, Location TEXT)");
    other.close();
    mkdirSync(join(drive, "notes"), { recursive: true });
    const app = new Database(join(drive, "notes", "cache.sqlite"));
    app.exec("CREATE TABLE items (id INTEGER)");
    app.close();
    mkdirSync(join(drive, ".kobo", "Kobo"), { recursive: true });
    mkdirSync(join(drive, ".kobo", "kepub"), { recursive: true });
    mkdirSync(join(drive, ".obsidian"), { recursive: true });
    writeFileSync(join(drive, ".kobo", "Kobo", "Kobo eReader.conf"), "[Reading]\nreadingFontSize=24\n");
    writeFileSync(join(drive, ".kobo", "affiliate.conf"), "[General]\naffiliate=Kobo\n");
    writeFileSync(join(drive, ".kobo", "kepub", "state.json"), '{"cache": true}');
    writeFileSync(join(drive, ".obsidian", "app.json"), "{}");
    writeFileSync(join(drive, "notes", "other.conf"), "x=1\n");
    const listed = importPaths(drive).map((p) => p.file.slice(drive.length + 1).replace(/\\/g, "/"));
    expect(listed).toEqual([
      ".kobo/BookReader.sqlite",
      ".kobo/Kobo/Kobo eReader.conf",
      ".kobo/KoboReader.sqlite",
      ".kobo/affiliate.conf",
      "notes/cache.sqlite",
    ]);
    const reads = await Promise.all(
      listed.map(async (f) => {
        const path = join(drive, f);
        const why = await passedOverInFolder(path);
        return [f, why ?? (await folderFileFormat(path))];
      }),
    );
    expect(reads).toEqual([
      [".kobo/BookReader.sqlite", "the Kobo's own reading data, no highlights: those are read from KoboReader.sqlite"],
      [".kobo/Kobo/Kobo eReader.conf", "the Kobo's settings, no highlights: those are read from KoboReader.sqlite"],
      [".kobo/KoboReader.sqlite", "kobo"],
      [".kobo/affiliate.conf", "the Kobo's store settings, no highlights: those are read from KoboReader.sqlite"],
      ["notes/cache.sqlite", "a SQLite database with no Bookmark and content tables, no Kobo's KoboReader.sqlite"],
    ]);
    // (the copied .kobo folder imported itself: the same files, its cache passed over unlisted)
    expect(importPaths(join(drive, ".kobo")).map((p) => p.file.slice(drive.length + 7).replace(/\\/g, "/"))).toEqual([
      "BookReader.sqlite",
      "Kobo/Kobo eReader.conf",
      "KoboReader.sqlite",
      "affiliate.conf",
    ]);
  });

  it("a Kobo with nothing highlighted is a note with no text, which a folder passes over saying why", async () => {
    const file = koboDb(
      "dogears/KoboReader.sqlite",
      [{ ContentID: NOVEL, ContentType: "6", Title: "Winter at Gull Cottage", Attribution: "Elspeth Moray" }],
      [
        {
          BookmarkID: "d-1",
          VolumeID: NOVEL,
          ContentID: `${NOVEL}!x.xhtml`,
          Text: null,
          Annotation: null,
          DateCreated: "2026-10-01T10:00:00.000",
          Type: "dogear",
        },
        {
          BookmarkID: "d-2",
          VolumeID: NOVEL,
          ContentID: `${NOVEL}!x.xhtml`,
          Text: "Deleted",
          Annotation: null,
          DateCreated: "2026-10-01T10:00:00.000",
          Hidden: "true",
        },
      ],
    );
    const err = await checkImportFile(file).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Kobo with no highlight or note (its dog-ears, drawings and deleted highlights are not imported), no note");
    expect(await importErrorOf(parsedConversations(file))).toMatchObject({ name: "ImportError", file, location: "table Bookmark" });
  });

  it("refuses another app's SQLite database, a text file read as kobo and a SQLite file read as text, naming the file and why", async () => {
    const file = join(dir, "Photos.sqlite");
    const db = new Database(file);
    db.exec("CREATE TABLE Bookmark (id INTEGER); CREATE TABLE assets (id INTEGER)");
    db.close();
    const detected = await importErrorOf(detectFormat(file));
    expect(detected).toMatchObject({ name: "ImportError", file, location: "byte 0" });
    expect(detected.message).toBe(
      "Photos.sqlite: byte 0: a SQLite database with no Bookmark and content tables, not a Kobo's KoboReader.sqlite (copy it from the .kobo folder of the Kobo plugged in)",
    );
    const text = join(dir, "notes.txt");
    writeFileSync(text, "Bread to bake on Saturday\n");
    expect(await importErrorOf(parsedConversations(text, "kobo"))).toMatchObject({
      file: text,
      location: "byte 0",
      message: expect.stringMatching(/not a SQLite database/),
    });
    const kobo = koboDb("astext/KoboReader.sqlite", CONTENT, MARKS);
    expect(await importErrorOf(parsedConversations(kobo, "note"))).toMatchObject({
      file: kobo,
      location: "byte 0",
      message: expect.stringMatching(/a SQLite database, not a text file/),
    });
  });

  it("refuses a bookmark whose time is no time, naming it, and a Bookmark table without a column a Kobo writes", async () => {
    const file = koboDb(
      "baddate/KoboReader.sqlite",
      [{ ContentID: NOVEL, ContentType: "6", Title: "Winter at Gull Cottage", Attribution: "Elspeth Moray" }],
      [{ BookmarkID: "x-7", VolumeID: NOVEL, ContentID: `${NOVEL}!x.xhtml`, Text: "Words", Annotation: null, DateCreated: "last Tuesday" }],
    );
    const err = await importErrorOf(validateExport(file));
    expect(err).toMatchObject({ name: "ImportError", file, location: "Bookmark x-7" });
    expect(err.message).toMatch(/DateCreated is "last Tuesday", not a time/);
    const noNote = koboDb(
      "nonote/KoboReader.sqlite",
      [],
      [{ BookmarkID: "n-1", VolumeID: NOVEL, ContentID: `${NOVEL}!x.xhtml`, Text: "Words", Annotation: null, DateCreated: "2026-10-01T10:00:00.000" }],
      { without: ["Annotation"] },
    );
    expect(await importErrorOf(validateExport(noNote))).toMatchObject({
      file: noNote,
      location: "table Bookmark",
      message: expect.stringMatching(/no Annotation column: not a Kobo's KoboReader\.sqlite$/),
    });
  });
});
