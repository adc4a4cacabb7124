/**
 * Zotero's library exported as CSV (core/ingest/reading/zotero.ts), as its CSV translator writes it: each
 * item a note of the user's of the day it was added, what it is, its title, authors, year, venue and DOI
 * or address, their tags and each of their notes (HTML read as words, a note of a PDF's annotations with
 * its highlights and comments); detected by its header whatever its name and in a folder, never as a
 * neighbour's CSV; a later export adding only what is new; a bad file's error naming the file, line and
 * column, nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { notesOf } from "../../core/ingest/reading/zotero.js";
import { conversationItems } from "../../core/ingest/store.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

/** An embedder of one vector for every text: what is stored, not how it is found, is tested here. */
const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

const dir = mkdtempSync(join(tmpdir(), "engram-zotero-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file named `name` in the test folder holding `text` (its folders made), modified at `mtime` when given. */
function put(name: string, text: string | Buffer, mtime?: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  if (mtime) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** The columns Zotero's CSV.js writes, in its order. */
const COLUMNS = [
  "Key",
  "Item Type",
  "Publication Year",
  "Author",
  "Title",
  "Publication Title",
  "ISBN",
  "ISSN",
  "DOI",
  "Url",
  "Abstract Note",
  "Date",
  "Date Added",
  "Date Modified",
  "Access Date",
  "Pages",
  "Num Pages",
  "Issue",
  "Volume",
  "Number Of Volumes",
  "Journal Abbreviation",
  "Short Title",
  "Series",
  "Series Number",
  "Series Text",
  "Series Title",
  "Publisher",
  "Place",
  "Language",
  "Rights",
  "Type",
  "Archive",
  "Archive Location",
  "Library Catalog",
  "Call Number",
  "Extra",
  "Notes",
  "File Attachments",
  "Link Attachments",
  "Manual Tags",
  "Automatic Tags",
  "Editor",
  "Series Editor",
  "Translator",
  "Contributor",
  "Attorney Agent",
  "Book Author",
  "Cast Member",
  "Commenter",
  "Composer",
  "Cosponsor",
  "Counsel",
  "Interviewer",
  "Producer",
  "Recipient",
  "Reviewed Author",
  "Scriptwriter",
  "Words By",
  "Guest",
  "Number",
  "Edition",
  "Running Time",
  "Scale",
  "Medium",
  "Artwork Size",
  "Filing Date",
  "Application Number",
  "Assignee",
  "Issuing Authority",
  "Country",
  "Meeting Name",
  "Conference Name",
  "Court",
  "References",
  "Reporter",
  "Legal Status",
  "Priority Numbers",
  "Programming Language",
  "Version",
  "System",
  "Code",
  "Code Number",
  "Section",
  "Session",
  "Committee",
  "History",
  "Legislative Body",
];

/** An item's cells by column. */
type Item = Record<string, string>;

/** A library as CSV.js writes it: a byte-order mark, the quoted header, each record after a line break (none after the last), quotes doubled, line breaks a space. */
function zoteroCsv(items: Item[]): string {
  const cell = (v: string | undefined) => `"${(v ?? "").replace(/[\r\n]+/g, " ").replace(/"/g, '""')}"`;
  return `\uFEFF${COLUMNS.map(cell).join(",")}${items.map((item) => `\n${COLUMNS.map((c) => cell(item[c])).join(",")}`).join("")}`;
}

const RASCH: Item = {
  Key: "7XQ2KDMB",
  "Item Type": "journalArticle",
  "Publication Year": "2013",
  Author: "Rasch, Björn; Born, Jan",
  Title: "About Sleep's Role in Memory",
  "Publication Title": "Physiological Reviews",
  DOI: "10.1152/physrev.00032.2012",
  Url: "https://journals.physiology.org/doi/10.1152/physrev.00032.2012",
  "Abstract Note": `Over more than a century of research has established the fact that sleep benefits the retention of memory. ${"Sleep facilitates consolidation. ".repeat(20)}`,
  Date: "2013-04",
  "Date Added": "2026-09-14 10:03:51",
  "Date Modified": "2026-11-12 16:20:44",
  Pages: "681-766",
  Volume: "93",
  Issue: "2",
  Extra: "PMID: 23589831\nPMCID: PMC3768102",
  Notes: [
    '<div data-schema-version="9"><p>The review to cite for ch. 2; section IV is the core of my intro.</p>\n<p>Ask Dr Okafor about "active" vs "passive".</p>\n</div>',
    '<div data-schema-version="9"><h1>Reading group</h1>\n<p>Rasch &amp; Born: <strong>present</strong>; <em>30 min</em></p>\n</div>',
  ].join("; "),
  "Manual Tags": "chapter 2; review",
  "Automatic Tags": "Humans; Memory; Sleep",
};

/** Her user id and a note's citation data, as Zotero 7 writes a note from a PDF's annotations. */
const URIS = ["http://zotero.org/users/11482097/items/Q7N2XK4D"];
const ANNOTATIONS_NOTE = `<div data-citation-items="${encodeURIComponent(JSON.stringify([{ uris: URIS, itemData: { type: "article-journal" } }]))}" data-schema-version="9"><h1>Annotations<br>(20/10/2026, 21:40:12)</h1>\n<p><span class="highlight" data-annotation="${encodeURIComponent(JSON.stringify({ pageLabel: "547", citationItem: { uris: URIS, locator: "547" } }))}">“two clicks were presented, the second following the first by 1.075 s”</span> <span class="citation" data-citation="${encodeURIComponent(JSON.stringify({ citationItems: [{ uris: URIS, locator: "547" }], properties: {} }))}">(<span class="citation-item">Ngo et al., 2013, p. 547</span>)</span> The timing to copy for study 2.</p>\n<p><img data-attachment-key="A1B2C3D4" width="400" height="300"></p>\n</div>`;

const NGO: Item = {
  Key: "Q7N2XK4D",
  "Item Type": "journalArticle",
  "Publication Year": "2013",
  Author: "Ngo, Hong-Viet V.; Martinetz, Thomas; Born, Jan; Mölle, Matthias",
  Title: "Auditory closed-loop stimulation of the sleep slow oscillation enhances memory",
  "Publication Title": "Neuron",
  DOI: "10.1016/j.neuron.2013.03.006",
  Url: "https://doi.org/10.1016/j.neuron.2013.03.006",
  "Date Added": "2026-10-20 21:02:33",
  Notes: ANNOTATIONS_NOTE,
  "Manual Tags": "closed-loop",
};

const WALKER: Item = {
  Key: "ZP6H2R8L",
  "Item Type": "book",
  "Publication Year": "2017",
  Author: "Walker, Matthew",
  Title: "Why We Sleep: Unlocking the Power of Sleep and Dreams",
  ISBN: "978-1-5011-4431-8",
  Date: "2017-10-03",
  "Date Added": "2026-10-03 14:22:07",
  Publisher: "Scribner",
  Place: "New York",
  // (an older note: a bare paragraph)
  Notes: "<p>Borrowed from Priya.</p>",
};

const YASA: Item = {
  Key: "R8V4MJ2W",
  "Item Type": "webpage",
  Author: "Vallat, Raphael",
  Title: "YASA: Yet Another Spindle Algorithm",
  "Publication Title": "YASA",
  Url: "https://raphaelvallat.com/yasa/",
  "Date Added": "2026-10-27 17:45:20",
  "Access Date": "2026-10-27 17:45:20",
  Notes:
    '<div data-schema-version="9"><p>Use <a href="https://raphaelvallat.com/yasa/generated/yasa.spindles_detect.html">spindles_detect</a> on the pilot EEG.</p>\n</div>',
  "Manual Tags": "methods",
};

const CHAPTER: Item = {
  Key: "C6W3NP8F",
  "Item Type": "bookSection",
  "Publication Year": "2022",
  Author: "Sleep Research Society",
  Title: "Scoring sleep in research studies",
  "Publication Title": "The Handbook of Sleep Research Methods",
  "Date Added": "2026-11-09 10:30:14",
  Publisher: "Oxford University Press",
  Editor: "Redline, Susan; Kryger, Meir",
};

const THESIS: Item = {
  Key: "H2L9TF6S",
  "Item Type": "thesis",
  "Publication Year": "2024",
  Author: "Mensah, Hannah",
  Title: "Cueing memories in sleep",
  "Date Added": "2026-11-04 12:10:58",
  Publisher: "University of York",
  Type: "PhD Thesis",
  // (Extra with none of Zotero's labels: her words)
  Extra: "Hannah's thesis: ask her for the closed-loop code.",
};

const LIBRARY = zoteroCsv([RASCH, NGO, WALKER, YASA, CHAPTER, THESIS]);

describe("Zotero's CSV export", () => {
  it("is detected by its header, and read as a note of the user's per item, of the day it was added, with its DOI or address, tags and notes", async () => {
    const file = put("My Library.csv", LIBRARY, "2026-11-28T15:12:00Z");
    expect(await detectFormat(file)).toBe("zotero");
    const convs = await parsedConversations(file);
    expect(convs.map((c) => [c.format, c.externalId, c.title, c.participants, new Date(c.startedAt!).toISOString(), c.records])).toEqual([
      ["note", "zotero:7XQ2KDMB", '"About Sleep\'s Role in Memory" by Rasch and Born (2013)', ["User"], "2026-09-14T10:03:51.000Z", "log"],
      [
        "note",
        "zotero:Q7N2XK4D",
        '"Auditory closed-loop stimulation of the sleep slow oscillation enhances memory" by Ngo and others (2013)',
        ["User"],
        "2026-10-20T21:02:33.000Z",
        "log",
      ],
      ["note", "zotero:ZP6H2R8L", '"Why We Sleep: Unlocking the Power of Sleep and Dreams" by Walker (2017)', ["User"], "2026-10-03T14:22:07.000Z", "log"],
      ["note", "zotero:R8V4MJ2W", '"YASA: Yet Another Spindle Algorithm" by Vallat', ["User"], "2026-10-27T17:45:20.000Z", "log"],
      ["note", "zotero:C6W3NP8F", '"Scoring sleep in research studies" by Sleep Research Society (2022)', ["User"], "2026-11-09T10:30:14.000Z", "log"],
      ["note", "zotero:H2L9TF6S", '"Cueing memories in sleep" by Mensah (2024)', ["User"], "2026-11-04T12:10:58.000Z", "log"],
    ]);
    const [rasch, ngo, walker, yasa, chapter, thesis] = convs;
    // (what it is with its DOI, the tags, each note its own paragraph: "; " in a note's words is no note's end; Extra's PMID left out)
    expect(rasch!.turns.map((t) => [t.metadata.line, t.text])).toEqual([
      [
        1,
        'I added the article "About Sleep\'s Role in Memory" by Björn Rasch and Jan Born (2013, Physiological Reviews) to my Zotero library on 14 September 2026 (DOI 10.1152/physrev.00032.2012).',
      ],
      [2, 'I tagged "About Sleep\'s Role in Memory" by Rasch and Born (2013): chapter 2, review.'],
      [
        3,
        'My notes on "About Sleep\'s Role in Memory" by Rasch and Born (2013): The review to cite for ch. 2; section IV is the core of my intro.\nAsk Dr Okafor about "active" vs "passive".',
      ],
      [4, 'My notes on "About Sleep\'s Role in Memory" by Rasch and Born (2013): Reading group\nRasch & Born: present; 30 min'],
    ]);
    expect(new Set(rasch!.turns.map((t) => `${t.speaker} ${t.role} ${t.occurredAt === rasch!.startedAt}`))).toEqual(new Set(["User user true"]));
    const meta = rasch!.turns[0]!.metadata.zotero as Record<string, unknown>;
    expect(meta).toMatchObject({
      key: "7XQ2KDMB",
      type: "journalArticle",
      title: "About Sleep's Role in Memory",
      authors: ["Björn Rasch", "Jan Born"],
      year: "2013",
      venue: "Physiological Reviews",
      doi: "10.1152/physrev.00032.2012",
      url: "https://journals.physiology.org/doi/10.1152/physrev.00032.2012",
      tags: ["chapter 2", "review"],
      automatic_tags: ["Humans", "Memory", "Sleep"],
      extra: "PMID: 23589831 PMCID: PMC3768102",
      added: "2026-09-14T10:03:51.000Z",
      date: "2013-04",
      pages: "681-766",
    });
    // (the abstract is the paper's words: cut short, in the metadata only)
    expect((meta.abstract as string).length).toBe(500);
    expect(rasch!.turns.some((t) => t.text.includes("century of research"))).toBe(false);
    // (a note of a PDF's annotations: its heading left out, the highlight in quotes with its citation, then the comment; a doi.org address not said)
    expect(ngo!.turns.map((t) => t.text)).toEqual([
      'I added the article "Auditory closed-loop stimulation of the sleep slow oscillation enhances memory" by Hong-Viet V. Ngo, Thomas Martinetz, Jan Born and Matthias Mölle (2013, Neuron) to my Zotero library on 20 October 2026 (DOI 10.1016/j.neuron.2013.03.006).',
      'I tagged "Auditory closed-loop stimulation of the sleep slow oscillation enhances memory" by Ngo and others (2013): closed-loop.',
      'My notes on "Auditory closed-loop stimulation of the sleep slow oscillation enhances memory" by Ngo and others (2013): “two clicks were presented, the second following the first by 1.075 s” (Ngo et al., 2013, p. 547) The timing to copy for study 2.',
    ]);
    // (a book: its publisher its venue, no address; an older note's bare paragraph)
    expect(walker!.turns.map((t) => t.text)).toEqual([
      'I added the book "Why We Sleep: Unlocking the Power of Sleep and Dreams" by Matthew Walker (2017, Scribner) to my Zotero library on 3 October 2026.',
      'My notes on "Why We Sleep: Unlocking the Power of Sleep and Dreams" by Walker (2017): Borrowed from Priya.',
    ]);
    // (a web page: its website, its address; a link its words and where it leads)
    expect(yasa!.turns.map((t) => t.text)).toEqual([
      'I added the web page "YASA: Yet Another Spindle Algorithm" by Raphael Vallat (YASA) to my Zotero library on 27 October 2026 (https://raphaelvallat.com/yasa/).',
      'I tagged "YASA: Yet Another Spindle Algorithm" by Vallat: methods.',
      'My notes on "YASA: Yet Another Spindle Algorithm" by Vallat: Use spindles_detect (https://raphaelvallat.com/yasa/generated/yasa.spindles_detect.html) on the pilot EEG.',
    ]);
    // (a chapter of a book, its author a one-field name, its editors kept)
    expect(chapter!.turns.map((t) => t.text)).toEqual([
      'I added the chapter "Scoring sleep in research studies" by Sleep Research Society (2022, The Handbook of Sleep Research Methods) to my Zotero library on 9 November 2026.',
    ]);
    expect(chapter!.turns[0]!.metadata.zotero).toMatchObject({ editors: ["Susan Redline", "Meir Kryger"], publisher: "Oxford University Press" });
    // (a PhD thesis by its Type, its university its venue; Extra of her words a note of hers)
    expect(thesis!.turns.map((t) => t.text)).toEqual([
      'I added the PhD thesis "Cueing memories in sleep" by Hannah Mensah (2024, University of York) to my Zotero library on 4 November 2026.',
      'My notes on "Cueing memories in sleep" by Mensah (2024): Hannah\'s thesis: ask her for the closed-loop code.',
    ]);
    expect(thesis!.turns[0]!.metadata.zotero).not.toHaveProperty("extra");
    // (the user's words are theirs, trust user)
    expect(new Set(convs.flatMap((c) => conversationItems(c).map((i) => `${i.source.kind} ${i.source.trust}`)))).toEqual(new Set(["file user"]));
    expect(await validateExport(file)).toMatchObject({ format: "zotero", conversations: 6, turns: 15 });
    expect(await checkImportFile(file)).toBe("zotero");
  });

  it("is told by its header whatever its name, and not mistaken for a neighbour's CSV", async () => {
    expect(await detectFormat(put("export.txt", LIBRARY))).toBe("zotero");
    // (saved again without the byte-order mark)
    expect(await detectFormat(put("Exported Items.csv", LIBRARY.slice(1)))).toBe("zotero");
    // (a spreadsheet of the same names but no "Date Added": no Zotero export)
    expect(
      await detectFormat(put("reading.csv", '"Key","Item Type","Publication Year","Author","Title"\n"1","book","2017","Walker, Matthew","Why We Sleep"\n')),
    ).not.toBe("zotero");
    expect(
      await detectFormat(
        put(
          "readwise-data.csv",
          "Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags\nSleep is the Swiss army knife of health.,Why We Sleep,Matthew Walker,,,yellow,,location,120,2026-10-04 21:10:00+00:00,\n",
        ),
      ),
    ).toBe("readwise");
    expect(await detectFormat(put("library.bib", "@book{walker_why_2017,\n\ttitle = {Why {We} {Sleep}},\n}\n"))).toBe("bibtex");
  });

  it("is read with --format zotero, which refuses another CSV naming its header", async () => {
    const file = put("zotero-export.txt", zoteroCsv([WALKER]));
    const [walker] = await parsedConversations(file, "zotero");
    expect(walker!.externalId).toBe("zotero:ZP6H2R8L");
    // (an item with no "Date Added", as a hand-edited export may hold: in the library, of the file's time)
    const undated = put("undated.csv", zoteroCsv([{ ...WALKER, "Date Added": "" }]), "2026-11-28T15:12:00Z");
    const [book] = await parsedConversations(undated);
    expect([book!.turns[0]!.text, new Date(book!.startedAt!).toISOString()]).toEqual([
      'I have the book "Why We Sleep: Unlocking the Power of Sleep and Dreams" by Matthew Walker (2017, Scribner) in my Zotero library.',
      "2026-11-28T15:12:00.000Z",
    ]);
    const other = put("other.csv", "Title,Author\nWhy We Sleep,Matthew Walker\n");
    const err = await importErrorOf(validateExport(other, { format: "zotero" }));
    expect([err.name, err.location]).toEqual(["ImportError", "line 1"]);
    expect(err.message).toMatch(/^other\.csv: line 1: not Zotero's CSV export: its header is "\\?"Key\\?","Item Type"/);
  });

  it("adds from a later export only the items and notes new or changed; the same export twice adds nothing", async () => {
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((c) => conversationItems(c).map((i) => i.source.contentHash));
    const earlier = await hashes(put("export-1.csv", LIBRARY));
    expect(await hashes(put("export-1 again.csv", LIBRARY))).toEqual(earlier);
    // (a new item first, in Zotero's order by title; a note added to the Walker book; the rest moved down a line)
    const later = await hashes(
      put(
        "export-2.csv",
        zoteroCsv([
          { Key: "A1B2C3D4", "Item Type": "preprint", Title: "A new preprint", "Date Added": "2026-11-30 09:00:00" },
          RASCH,
          NGO,
          { ...WALKER, Notes: `${WALKER.Notes}; <div data-schema-version="9"><p>Gave it back to Priya on 20 November.</p>\n</div>` },
          YASA,
          CHAPTER,
          THESIS,
        ]),
      ),
    );
    expect(later.filter((h) => !earlier.includes(h))).toHaveLength(2);
    expect(earlier.every((h) => later.includes(h))).toBe(true);
    // (and so into the database: the same export twice adds nothing, the later one its two paragraphs)
    const db = openDatabase(join(dir, "later.db"));
    try {
      expect(await importFile(db, embedder, join(dir, "export-1.csv"))).toMatchObject({ format: "zotero", added: 15, duplicates: 0 });
      expect(await importFile(db, embedder, join(dir, "export-1 again.csv"))).toMatchObject({ added: 0, duplicates: 15 });
      expect(await importFile(db, embedder, join(dir, "export-2.csv"))).toMatchObject({ added: 2, duplicates: 15 });
    } finally {
      db.close();
    }
  });

  it("names the file, the line and the column of a fault, and stores nothing", async () => {
    const added = put("bad-date.csv", zoteroCsv([WALKER, { ...YASA, "Date Added": "yesterday" }]));
    const err = await importErrorOf(validateExport(added));
    expect([err.name, err.location]).toEqual(["ImportError", 'line 3, column 13 "Date Added"']);
    expect(err.message).toBe('bad-date.csv: line 3, column 13 "Date Added": "yesterday": expected a time, "2026-10-03 14:22:07"');
    const nokey = put("no-key.csv", zoteroCsv([{ ...WALKER, Key: "" }]));
    expect((await importErrorOf(validateExport(nokey))).message).toBe('no-key.csv: line 2, column 1 "Key": an item with no key');
    // (a quote left open takes in the rest of the file: the CSV's fault at its line)
    const open = put("open.csv", `${zoteroCsv([WALKER])}\n"BROKEN1","book","2020","Doe, Jane","An open quote, never closed`);
    const bad = await importErrorOf(validateExport(open));
    expect([bad.name, bad.file.endsWith("open.csv")]).toEqual(["ImportError", true]);
    expect(bad.location).toBe("line 3");
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const file of [added, nokey, open]) await expect(importFile(db, embedder, file)).rejects.toThrow(/^(?:bad-date|no-key|open)\.csv: line/);
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it("is read in a folder whatever its name; an export with no item is passed over, said why", async () => {
    const folder = join(dir, "Zotero export");
    const library = put("Zotero export/My Library.csv", LIBRARY);
    const items = put("Zotero export/Exported Items.csv", zoteroCsv([RASCH]));
    const empty = put("Zotero export/Chapter 4.csv", zoteroCsv([]));
    put("Zotero export/data.csv", "a,b\n1,2\n");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual(["Chapter 4.csv", "Exported Items.csv", "My Library.csv"]);
    expect(await folderFileFormat(library)).toBe("zotero");
    expect(await folderFileFormat(items)).toBe("zotero");
    expect(await folderFileFormat(empty)).toBe("zotero");
    const err = await checkImportFile(empty, "zotero").then(
      () => null,
      (e: unknown) => e,
    );
    expect((err as Error).message).toBe("Chapter 4.csv: line 1: the note has no text: a Zotero CSV export with no item");
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Zotero CSV export with no item, no note");
  });

  it("parts the Notes cell only between notes, never in a note's words", () => {
    const a = '<div data-schema-version="9"><p>one; two</p>\n</div>';
    const b = '<div data-schema-version="9"><p><strong>x</strong>; <em>y</em></p>\n</div>';
    expect(notesOf(`${a}; ${b}; <p>older</p>`)).toEqual([a, b, "<p>older</p>"]);
    expect(notesOf("")).toEqual([]);
    // (a note of plain text, as an import may leave one, is one note)
    expect(notesOf("plain; text")).toEqual(["plain; text"]);
  });

  it("streams an export of 5,000 items", async () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      Key: `K${String(i).padStart(7, "0")}`,
      "Item Type": "journalArticle",
      Title: `Paper ${i}`,
      "Date Added": "2026-11-01 08:00:00",
      Notes: `<div data-schema-version="9"><p>Note ${i}</p>\n</div>`,
    }));
    const file = put("big.csv", zoteroCsv(many));
    expect(await validateExport(file)).toMatchObject({ format: "zotero", conversations: 5000, turns: 10000 });
  });
});
