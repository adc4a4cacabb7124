/**
 * The Kobo reader: Ruth, in Hebden Bridge, reads on a Kobo Clara and highlights as she goes: a novel
 * (sideloaded, a `.kepub.epub`), a bread book bought in the Kobo store and a local history of the mill
 * girls of the Calder valley, with a few notes of her own typed at a highlight ("try this with the
 * sourdough", "ask Mum about this"). She plugs the Kobo in, copies its hidden `.kobo` folder into
 * "Kobo backup" and imports that folder (`engram import "Kobo backup"`): `KoboReader.sqlite`, the
 * device's SQLite database (table `Bookmark`: `BookmarkID`, `VolumeID` the book's `ContentID`,
 * `ContentID` the chapter's file ("<book>!OEBPS!chapter04.xhtml"), `Text` the highlighted words,
 * `Annotation` her note, `DateCreated` "2026-10-18T08:45:10.000" (UTC), `Hidden` "true" once deleted,
 * `Type` "highlight", "note", "dogear" (a page's corner folded, no text) or "markup" (a drawing); table
 * `content`: the book's row, `ContentType` 6, `Title`, `Attribution` its author; the table of contents'
 * rows, `ContentType` 899, `BookID` the book, `ContentID` its chapter's file and "-N", `Title` the
 * chapter's), beside the device's other files, no highlights: `BookReader.sqlite` (another database),
 * `affiliate.conf` and `Kobo/Kobo eReader.conf` (its settings). The databases are written with
 * better-sqlite3, as the device's SQLite writes them (a real SQLite file). Hand-written by the developers
 * while trying Engram as its users would, in session 35, before Engram could read a Kobo (the first
 * run's figures are in bench/README.md). With it, the questions such a person asks later and the words a
 * right answer holds, and questions nothing here answers.
 */
import Database from "better-sqlite3";
import type { Person, PersonFile } from "./types.js";

/** Ruth's Kobo account, as the device stores it on each of its rows. */
const USER_ID = "8d2c41f0-6b7e-4c3a-9f15-2e7a90b1c4d8";

/** A book on the device: its ContentID (a sideloaded file's path, a store book's id), title, author and table of contents. */
interface Book {
  id: string;
  title: string;
  author: string;
  mime: string;
  /** Each chapter: its file (as the book's ContentID plus "!OEBPS!<file>") and its title in the table of contents. */
  chapters: Array<{ file: string; title: string }>;
}

const NOVEL: Book = {
  id: "file:///mnt/onboard/Moray, Elspeth/Winter at Gull Cottage - Elspeth Moray.kepub.epub",
  title: "Winter at Gull Cottage",
  author: "Elspeth Moray",
  mime: "application/x-kobo-epub+zip",
  chapters: [
    { file: "OEBPS!Text/chapter01.xhtml", title: "1. The Crossing" },
    { file: "OEBPS!Text/chapter07.xhtml", title: "7. Storm Light" },
  ],
};

const BREAD: Book = {
  id: "6f1c2d7e-3a4b-4c5d-8e9f-0a1b2c3d4e5f",
  title: "Slow Dough: Real Bread at Home",
  author: "Tom Hadley",
  mime: "application/x-kobo-epub+zip",
  chapters: [
    { file: "OEBPS!Text/chapter04.xhtml", title: "4. Feeding Your Starter" },
    { file: "OEBPS!Text/chapter09.xhtml", title: "9. Rye and Spelt" },
  ],
};

const MILLS: Book = {
  id: "file:///mnt/onboard/Oakes, Margaret/The Mill Girls of Calder Vale - Margaret Oakes.kepub.epub",
  title: "The Mill Girls of Calder Vale",
  author: "Margaret Oakes",
  mime: "application/x-kobo-epub+zip",
  chapters: [
    { file: "OEBPS!Text/part03.xhtml", title: "3. The Weaving Sheds" },
    { file: "OEBPS!Text/part08.xhtml", title: "8. Strikes and Songs" },
  ],
};

/** A gardening book she opened once: a page folded down, nothing highlighted. */
const GARDEN: Book = {
  id: "file:///mnt/onboard/Lind, Sofia/The Windowsill Gardener - Sofia Lind.kepub.epub",
  title: "The Windowsill Gardener",
  author: "Sofia Lind",
  mime: "application/x-kobo-epub+zip",
  chapters: [{ file: "OEBPS!Text/ch02.xhtml", title: "2. Herbs in Pots" }],
};

/** One row of `Bookmark`, as the device writes it. */
interface Mark {
  id: string;
  book: Book;
  /** The chapter's index in the book's `chapters`. */
  chapter: number;
  type: "highlight" | "note" | "dogear" | "markup";
  text: string | null;
  annotation: string | null;
  created: string;
  progress: number;
  hidden?: boolean;
  color?: number;
}

const MARKS: Mark[] = [
  {
    id: "0b7f6a52-1c1e-4d0a-a1f3-6c2f4e9d1a01",
    book: NOVEL,
    chapter: 0,
    type: "highlight",
    text: "The ferry to Inishmore left at half past nine, and Nell was the only passenger who did not look back.",
    annotation: null,
    created: "2026-10-04T21:12:40.000",
    progress: 0.18,
  },
  {
    id: "0b7f6a52-1c1e-4d0a-a1f3-6c2f4e9d1a02",
    book: NOVEL,
    chapter: 1,
    type: "note",
    text: "Grief is not a room you leave; it is a house you learn to live in.",
    annotation: "Send this line to Jo",
    created: "2026-10-11T22:03:15.000",
    progress: 0.42,
  },
  // (a page's corner folded down: no words)
  {
    id: "0b7f6a52-1c1e-4d0a-a1f3-6c2f4e9d1a03",
    book: NOVEL,
    chapter: 1,
    type: "dogear",
    text: null,
    annotation: null,
    created: "2026-10-12T21:40:02.000",
    progress: 0.6,
  },
  // (a highlight she deleted: the device keeps the row, Hidden "true")
  {
    id: "0b7f6a52-1c1e-4d0a-a1f3-6c2f4e9d1a04",
    book: NOVEL,
    chapter: 1,
    type: "highlight",
    text: "The lighthouse lamp burned green all night, as it had since her grandfather's time.",
    annotation: null,
    created: "2026-10-12T21:52:44.000",
    progress: 0.71,
    hidden: true,
  },
  {
    id: "5a0e9c33-7d2b-4f6e-9b1a-3d8c2f7e4b01",
    book: BREAD,
    chapter: 0,
    type: "note",
    text: "Feed the starter at a ratio of 1:5:5 the night before you bake, and it will be at its peak by morning.",
    annotation: "try this with the sourdough",
    created: "2026-10-18T08:45:10.000",
    progress: 0.33,
    color: 2,
  },
  {
    id: "5a0e9c33-7d2b-4f6e-9b1a-3d8c2f7e4b02",
    book: BREAD,
    chapter: 0,
    type: "highlight",
    text: "Bake at 240°C for the first twenty minutes with the lid on, then at 220°C without it.",
    annotation: null,
    created: "2026-10-18T08:51:27.000",
    progress: 0.58,
  },
  {
    id: "5a0e9c33-7d2b-4f6e-9b1a-3d8c2f7e4b03",
    book: BREAD,
    chapter: 1,
    type: "highlight",
    text: "A tablespoon of honey in the rye loaf keeps the crumb soft for days.",
    annotation: null,
    created: "2026-10-25T09:14:02.000",
    progress: 0.24,
    color: 3,
  },
  // (a drawing on the page with the stylus: no words)
  {
    id: "5a0e9c33-7d2b-4f6e-9b1a-3d8c2f7e4b04",
    book: BREAD,
    chapter: 1,
    type: "markup",
    text: null,
    annotation: null,
    created: "2026-10-25T09:20:41.000",
    progress: 0.5,
  },
  {
    id: "c4d1b8e2-9f3a-4e7c-b2d5-8a6f1e0c9d01",
    book: MILLS,
    chapter: 0,
    type: "note",
    text: "By 1911 more than four hundred women worked the looms at Nutclough Mill in Hebden Bridge.",
    annotation: "ask Mum about this - was Gran at Nutclough?",
    created: "2026-11-02T20:31:55.000",
    progress: 0.47,
  },
  {
    id: "c4d1b8e2-9f3a-4e7c-b2d5-8a6f1e0c9d02",
    book: MILLS,
    chapter: 1,
    type: "highlight",
    text: "Their clogs were made by Jonas Barker of Heptonstall, who charged a shilling a pair and mended them for nothing.",
    annotation: null,
    created: "2026-11-09T21:05:18.000",
    progress: 0.12,
  },
  {
    id: "e91a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a01",
    book: GARDEN,
    chapter: 0,
    type: "dogear",
    text: null,
    annotation: null,
    created: "2026-11-14T18:22:09.000",
    progress: 0.3,
  },
];

/** `KoboReader.sqlite` as the device writes it: its `Bookmark` and `content` tables (the columns readers of it use, Kobo's names and types), and `DbVersion`. */
function koboReaderSqlite(): Uint8Array {
  const db = new Database(":memory:");
  try {
    db.exec(`
      CREATE TABLE DbVersion(version INTEGER NOT NULL, PRIMARY KEY(version));
      INSERT INTO DbVersion VALUES (175);
      CREATE TABLE Bookmark (
        BookmarkID TEXT NOT NULL, VolumeID TEXT NOT NULL, ContentID TEXT NOT NULL, StartContainerPath TEXT NOT NULL,
        StartContainerChildIndex INTEGER NOT NULL, StartOffset INTEGER NOT NULL, EndContainerPath TEXT NOT NULL,
        EndContainerChildIndex INTEGER NOT NULL, EndOffset INTEGER NOT NULL, Text TEXT, Annotation TEXT, ExtraAnnotationData BLOB,
        DateCreated TEXT, ChapterProgress REAL NOT NULL DEFAULT 0, Hidden BOOL NOT NULL DEFAULT 0, Version TEXT, DateModified TEXT,
        Creator TEXT, UUID TEXT, UserID TEXT, SyncTime TEXT, Published BIT default false, ContextString TEXT, Type TEXT,
        Color INTEGER DEFAULT 0, PRIMARY KEY (BookmarkID));
      CREATE TABLE content(
        ContentID TEXT NOT NULL, ContentType TEXT NOT NULL, MimeType TEXT NOT NULL, BookID TEXT, BookTitle TEXT, ImageId TEXT,
        Title TEXT COLLATE NOCASE, Attribution TEXT COLLATE NOCASE, Description TEXT, DateCreated TEXT, Publisher TEXT,
        DateLastRead TEXT, ChapterIDBookmarked TEXT, VolumeIndex INTEGER, ReadStatus INTEGER, ___UserID TEXT NOT NULL,
        ___PercentRead INTEGER, Language TEXT, Depth INTEGER, ISBN TEXT, PRIMARY KEY (ContentID));
    `);
    const content = db.prepare(
      `INSERT INTO content (ContentID, ContentType, MimeType, BookID, BookTitle, Title, Attribution, DateLastRead, ChapterIDBookmarked,
         VolumeIndex, ReadStatus, ___UserID, ___PercentRead, Language, Depth)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [n, book] of [NOVEL, BREAD, MILLS, GARDEN].entries()) {
      content.run(book.id, "6", book.mime, null, null, book.title, book.author, "2026-11-20T21:30:00Z", null, -1, 1, USER_ID, 40 + n * 10, "en", null);
      for (const [i, ch] of book.chapters.entries()) {
        const file = `${book.id}!${ch.file}`;
        // (the spine's file, ContentType 9, and the table of contents' entry, ContentType 899, "-1" after its file)
        content.run(file, "9", "application/xhtml+xml", book.id, book.title, ch.title, null, null, null, i, 0, USER_ID, 0, "en", null);
        content.run(`${file}-1`, "899", "application/x-kobo-epub+zip", book.id, book.title, ch.title, null, null, file, i, 0, USER_ID, 0, "en", 1);
      }
    }
    const mark = db.prepare(
      `INSERT INTO Bookmark (BookmarkID, VolumeID, ContentID, StartContainerPath, StartContainerChildIndex, StartOffset, EndContainerPath,
         EndContainerChildIndex, EndOffset, Text, Annotation, DateCreated, ChapterProgress, Hidden, Version, DateModified, UserID, Type, Color)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const m of MARKS) {
      const file = `${m.book.id}!${m.book.chapters[m.chapter]!.file}`;
      const span = `span#kobo\\.${12 + m.chapter}\\.1`;
      mark.run(
        m.id,
        m.book.id,
        file,
        span,
        -99,
        0,
        span,
        -99,
        m.text?.length ?? 0,
        m.text,
        m.annotation,
        m.created,
        m.progress,
        m.hidden ? "true" : "false",
        "",
        m.created,
        USER_ID,
        m.type,
        m.color ?? 0,
      );
    }
    return db.serialize();
  } finally {
    db.close();
  }
}

/** `BookReader.sqlite`: another database of the device's own, with no highlights in it. */
function bookReaderSqlite(): Uint8Array {
  const db = new Database(":memory:");
  try {
    db.exec(`
      CREATE TABLE DbVersion(version INTEGER NOT NULL, PRIMARY KEY(version));
      INSERT INTO DbVersion VALUES (4);
      CREATE TABLE BookLocations(ContentID TEXT NOT NULL, Location TEXT, DateModified TEXT, PRIMARY KEY(ContentID));
      INSERT INTO BookLocations VALUES ('6f1c2d7e-3a4b-4c5d-8e9f-0a1b2c3d4e5f', 'OEBPS/Text/chapter09.xhtml#kobo.7.1', '2026-11-20T21:30:00Z');
    `);
    return db.serialize();
  } finally {
    db.close();
  }
}

const FILES: PersonFile[] = [
  { name: "Kobo backup/KoboReader.sqlite", text: koboReaderSqlite() },
  { name: "Kobo backup/BookReader.sqlite", text: bookReaderSqlite() },
  { name: "Kobo backup/affiliate.conf", text: "[General]\naffiliate=Kobo\n" },
  {
    name: "Kobo backup/Kobo/Kobo eReader.conf",
    text: [
      "[ApplicationPreferences]",
      "AutoSleepMinutes=15",
      "SideloadedMode=false",
      "",
      "[PowerOptions]",
      "FrontLightLevel=32",
      "",
      "[Reading]",
      "readingFontFamily=Georgia",
      "readingFontSize=24",
      "readingLineHeight=1.4",
      "",
    ].join("\n"),
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What ratio should I feed my sourdough starter?", expect: ["1:5:5"] },
  { question: "What did I want to try with the sourdough?", expect: ["1:5:5"] },
  { question: "What keeps a rye loaf soft?", expect: ["honey"] },
  { question: "What temperature should I bake the loaf at?", expect: ["240"] },
  { question: "Who wrote Slow Dough?", expect: ["Tom Hadley"] },
  { question: "Which chapter of Slow Dough is about feeding the starter?", expect: ["Feeding Your Starter"] },
  { question: "Which mill did I want to ask Mum about?", expect: ["Nutclough"] },
  { question: "Who made the mill girls' clogs?", expect: ["Jonas Barker"] },
  { question: "Which line did I want to send to Jo?", expect: ["house you learn to live in"] },
  { question: "Where did Nell's ferry go?", expect: ["Inishmore"] },
  { question: "When did I highlight the bit about Nutclough Mill?", expect: ["2 November"] },
  { question: "What did I highlight in Wolf Hall?", expect: null },
  { question: "What colour did the lighthouse lamp burn?", expect: null },
  { question: "How much did Slow Dough cost?", expect: null },
];

/** Ruth: her Kobo's `.kobo` folder copied into "Kobo backup" and imported as one, asked on Saturday 5 December 2026. */
export const koboreader: Person = {
  name: "koboreader",
  files: FILES,
  folder: "Kobo backup",
  askedAt: Date.UTC(2026, 11, 5, 19, 0),
  questions: QUESTIONS,
};
