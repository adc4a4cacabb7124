/**
 * The StoryGraph's library export (storygraph.ts): told by its header whatever the file's name, not
 * mistaken for Goodreads' export; each book a note in the reader's words, worded as Goodreads' books
 * are (reading-log.ts); keyed by its ISBN/UID so importing again adds nothing and a later export adds
 * only what changed, a changed paragraph superseding what was remembered of it; a bad file refused
 * naming the file, the line and the column, storing nothing; read in a folder beside notes.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems } from "../../core/ingest/store.js";
import { isStoryGraphCsv, STORYGRAPH_COLUMNS } from "../../core/ingest/reading/storygraph.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-storygraph-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An embedder that gives every text the same vector: enough to store and process what is imported. */
const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** StoryGraph's header, as its export writes it today. */
const HEADER = STORYGRAPH_COLUMNS.join(",");
/** An export of 2021's header: "Author" and "ISBN" (bookwyrm-social/bookwyrm#1056). */
const OLD_HEADER = HEADER.replace("Title,Authors,Contributors,ISBN/UID,", "Title,Author,Contributors,ISBN,");

// (rows as StoryGraph writes them: a cell quoted when it holds a comma or a quote, the empty Contributors,
// ISBN/UID, Last Date Read, Dates Read, Moods, Content Warnings and Tags written "", the others bare; a
// review in its editor's HTML)
const PIRANESI =
  'Piranesi,Susanna Clarke,"",9781526622426,paperback,read,2026/09/20,2026/10/12,2026/09/28-2026/10/12,1,"mysterious, reflective",medium,Character,Yes,Yes,No,It\'s complicated,4.5,"<div>The House is the best setting I&#39;ve read in years.<br><br>The club argued about the ending &amp; more.</div>","",,"book club, favourites",Yes';
const TOMORROW =
  '"Tomorrow, and Tomorrow, and Tomorrow",Gabrielle Zevin,"",9780593321201,hardcover,read,2026/07/30,2026/08/21,2026/08/03-2026/08/21,1,"",,,,,,,4.0,,"",,"",No';
const LAPVONA = 'Lapvona,Ottessa Moshfegh,"",9780593300268,hardcover,to-read,2026/11/02,"","",0,"",,,,,,,,,"",,"",No';
const ORBITAL = 'Orbital,Samantha Harvey,"",9780802163585,paperback,currently-reading,2026/11/18,"","",0,"",,,,,,,,,"",,december pick,Yes';
const BEE_STING =
  'The Bee Sting,Paul Murray,"",9780241353950,hardcover,did-not-finish,2026/09/01,"","",0,"",,,,,,,,"<div>Stopped at page 300. <spoiler>Dara and the car</spoiler> was too bleak.</div>","",,"",Yes';
const COPPERHEAD =
  'Demon Copperhead,Barbara Kingsolver,Charlie Thurston (Narrator),"",audio,read,2026/05/28,2026/06/29,2026/06/01-2026/06/29,1,"emotional, sad",slow,Plot,,,,,4.75,,"Graphic: Drug addiction; Graphic: Child abuse; Moderate: Death of parent;",Read it with the club,"",No';
const CIRCE =
  'Circe,Madeline Miller,"",9781408890042,paperback,read,2020/12/27,2026/04/22,"2026/04/10-2026/04/22, 2021/01/03-2021/01/17",2,"",,,,,,,5.0,,"",,"",Yes';
const VEGETARIAN =
  'The Vegetarian,Han Kang,Deborah Smith   (Translator),9781846276033,paperback,read,2026/01/06,2026/01/14,2026/01/14,1,"",fast,A mix,,,,,3.5,,"",,"",No';

/** A StoryGraph export named `name` in the test folder: `header`, then `rows`, LF line ends (or `eol`). */
function storygraph(name: string, rows: string[], header = HEADER, eol = "\n"): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${[header, ...rows].join(eol)}${eol}`);
  return file;
}

describe("The StoryGraph's library export", () => {
  it("is told by its header whatever its name, and read as one note per book in the reader's words", async () => {
    const file = storygraph("2d23d820cedbfe3229b1e2becb16928b3861673f8998426622299a33a6f04863.csv", [
      PIRANESI,
      TOMORROW,
      LAPVONA,
      ORBITAL,
      BEE_STING,
      COPPERHEAD,
      CIRCE,
      VEGETARIAN,
    ]);
    expect(await detectFormat(file)).toBe("storygraph");
    const books = await parsedConversations(file);
    expect(books.map((b) => [b.format, b.externalId, b.title, b.participants, new Date(b.startedAt!).toISOString()])).toEqual([
      ["note", "storygraph:9781526622426", '"Piranesi" by Susanna Clarke', ["User"], "2026-10-12T12:00:00.000Z"],
      ["note", "storygraph:9780593321201", '"Tomorrow, and Tomorrow, and Tomorrow" by Gabrielle Zevin', ["User"], "2026-08-21T12:00:00.000Z"],
      ["note", "storygraph:9780593300268", '"Lapvona" by Ottessa Moshfegh', ["User"], "2026-11-02T12:00:00.000Z"],
      ["note", "storygraph:9780802163585", '"Orbital" by Samantha Harvey', ["User"], "2026-11-18T12:00:00.000Z"],
      ["note", "storygraph:9780241353950", '"The Bee Sting" by Paul Murray', ["User"], "2026-09-01T12:00:00.000Z"],
      // (no ISBN/UID: keyed by its title and authors)
      [
        "note",
        "storygraph:demon copperhead by barbara kingsolver",
        '"Demon Copperhead" by Barbara Kingsolver (narrated by Charlie Thurston)',
        ["User"],
        "2026-06-29T12:00:00.000Z",
      ],
      ["note", "storygraph:9781408890042", '"Circe" by Madeline Miller', ["User"], "2026-04-22T12:00:00.000Z"],
      ["note", "storygraph:9781846276033", '"The Vegetarian" by Han Kang (translated by Deborah Smith)', ["User"], "2026-01-14T12:00:00.000Z"],
    ]);
    const day = (t: { occurredAt: number }) => new Date(t.occurredAt).toISOString().slice(0, 10);
    expect(books.map((b) => b.turns.map((t) => [t.externalId, day(t), t.text]))).toEqual([
      // (the review's HTML: a <br> a line break, its blank line dropped, &#39; and &amp; their characters)
      [
        ["status", "2026-10-12", 'I finished reading "Piranesi" by Susanna Clarke on 12 October 2026.'],
        ["readings", "2026-10-12", 'I started reading "Piranesi" by Susanna Clarke on 28 September 2026.'],
        ["rating", "2026-10-12", 'I rated "Piranesi" by Susanna Clarke 4.5 stars out of five.'],
        ["feel", "2026-10-12", 'I found "Piranesi" by Susanna Clarke mysterious and reflective, medium-paced and character-driven.'],
        [
          "characters",
          "2026-10-12",
          'My answers on the characters of "Piranesi" by Susanna Clarke: strong character development, yes; loveable characters, yes; diverse characters, no; flawed characters, it\'s complicated.',
        ],
        [
          "review",
          "2026-10-12",
          'My review of "Piranesi" by Susanna Clarke (what I think of it and what I say about it): The House is the best setting I\'ve read in years.\nThe club argued about the ending & more.',
        ],
        // (tags in quotes, as a title is; what is owned of the day it was added)
        ["tags", "2026-09-20", 'I tagged "Piranesi" by Susanna Clarke "book club" and "favourites".'],
        ["owned", "2026-09-20", 'I own "Piranesi" by Susanna Clarke in paperback.'],
      ],
      // (a title of commas in quotes, so its words are a title's; whole stars in words, as Goodreads' are)
      [
        ["status", "2026-08-21", 'I finished reading "Tomorrow, and Tomorrow, and Tomorrow" by Gabrielle Zevin on 21 August 2026.'],
        ["readings", "2026-08-21", 'I started reading "Tomorrow, and Tomorrow, and Tomorrow" by Gabrielle Zevin on 3 August 2026.'],
        ["rating", "2026-08-21", 'I rated "Tomorrow, and Tomorrow, and Tomorrow" by Gabrielle Zevin four stars out of five.'],
      ],
      [["status", "2026-11-02", 'I added "Lapvona" by Ottessa Moshfegh to my to-read list on 2 November 2026.']],
      [
        ["status", "2026-11-18", 'I\'m currently reading "Orbital" by Samantha Harvey.'],
        ["tags", "2026-11-18", 'I tagged "Orbital" by Samantha Harvey "december pick".'],
        ["owned", "2026-11-18", 'I own "Orbital" by Samantha Harvey in paperback.'],
      ],
      // (did not finish, said so; a spoiler's words kept)
      [
        ["status", "2026-09-01", '"The Bee Sting" by Paul Murray is a book I did not finish reading: I gave up on it.'],
        [
          "review",
          "2026-09-01",
          'My review of "The Bee Sting" by Paul Murray (what I think of it and what I say about it): Stopped at page 300. Dara and the car was too bleak.',
        ],
        ["owned", "2026-09-01", 'I own "The Bee Sting" by Paul Murray in hardcover.'],
      ],
      // (an audiobook listened to; its narrator named where it is said listened to; quarter stars in figures;
      // content warnings by how strong, and their note)
      [
        ["status", "2026-06-29", 'I finished listening to "Demon Copperhead" by Barbara Kingsolver (narrated by Charlie Thurston) on 29 June 2026.'],
        ["readings", "2026-06-29", 'I started listening to "Demon Copperhead" by Barbara Kingsolver on 1 June 2026.'],
        ["rating", "2026-06-29", 'I rated "Demon Copperhead" by Barbara Kingsolver 4.75 stars out of five.'],
        ["feel", "2026-06-29", 'I found "Demon Copperhead" by Barbara Kingsolver emotional and sad, slow-paced and plot-driven.'],
        [
          "warnings",
          "2026-06-29",
          'The content warnings I gave "Demon Copperhead" by Barbara Kingsolver: graphic: drug addiction and child abuse; moderate: death of parent.\nRead it with the club',
        ],
      ],
      // (read twice: its readings oldest first)
      [
        ["status", "2026-04-22", 'I finished reading "Circe" by Madeline Miller for the 2nd time on 22 April 2026.'],
        ["readings", "2026-04-22", 'I first read "Circe" by Madeline Miller from 3 to 17 January 2021, then again from 10 to 22 April 2026.'],
        ["rating", "2026-04-22", 'I rated "Circe" by Madeline Miller five stars out of five.'],
        ["owned", "2020-12-27", 'I own "Circe" by Madeline Miller in paperback.'],
      ],
      // (a reading known only by its last day says no more than the status; the translator's spaces one)
      [
        ["status", "2026-01-14", 'I finished reading "The Vegetarian" by Han Kang (translated by Deborah Smith) on 14 January 2026.'],
        ["rating", "2026-01-14", 'I rated "The Vegetarian" by Han Kang 3.5 stars out of five.'],
        ["feel", "2026-01-14", 'I found "The Vegetarian" by Han Kang fast-paced and a mix of character- and plot-driven.'],
      ],
    ]);
    // (said by the user: the note's own words, file sources of trust user)
    expect(new Set(books.flatMap((b) => b.turns.map((t) => `${t.speaker} ${t.role}`)))).toEqual(new Set(["User user"]));
    expect(conversationItems(books[2]!).map((i) => [i.source.kind, i.source.trust])).toEqual([["file", "user"]]);
    // (what else StoryGraph says is kept beside the words; empty fields left out)
    expect(books[0]!.turns[0]!.metadata).toEqual({
      line: 1,
      storygraph: {
        line: 2,
        title: "Piranesi",
        authors: "Susanna Clarke",
        isbn_uid: "9781526622426",
        format: "paperback",
        status: "read",
        date_added: "2026/09/20",
        last_date_read: "2026/10/12",
        dates_read: "2026/09/28-2026/10/12",
        read_count: 1,
        rating: 4.5,
        moods: ["mysterious", "reflective"],
        pace: "medium",
        tags: ["book club", "favourites"],
        owned: true,
      },
    });
    expect(await validateExport(file)).toMatchObject({ format: "storygraph", conversations: 8, turns: 30 });
    expect(await checkImportFile(file)).toBe("storygraph");
  });

  it("is not mistaken for Goodreads' export, nor Goodreads' for it", async () => {
    expect(isStoryGraphCsv(HEADER)).toBe(true);
    expect(isStoryGraphCsv(`\uFEFF${OLD_HEADER}\r\n`)).toBe(true);
    expect(isStoryGraphCsv("Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,Publisher,Exclusive Shelf")).toBe(false);
    // (a Notion reading list or Google's Saved list open with "Title" too, but name no StoryGraph moods)
    expect(isStoryGraphCsv("Title,Note,URL,Tags,Comment")).toBe(false);
    expect(isStoryGraphCsv("Title,Author,Read Status,Star Rating")).toBe(false);
    const goodreads = join(dir, "goodreads_library_export.csv");
    writeFileSync(
      goodreads,
      'Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,Owned Copies\n50202941,Piranesi,Susanna Clarke,"Clarke, Susanna",,"=""1526622424""","=""9781526622426""",5,4.22,Bloomsbury,Paperback,272,2021,2020,2026/10/18,2026/09/02,,,read,,,,1,1\n',
    );
    expect(await detectFormat(goodreads)).toBe("goodreads");
    // (both say a book read alike: the same sentence, from the same words)
    const [fromGoodreads] = await parsedConversations(goodreads);
    expect(fromGoodreads!.turns[0]!.text).toBe('I finished reading "Piranesi" by Susanna Clarke on 18 October 2026.');
    expect((await importErrorOf(validateExport(goodreads, { format: "storygraph" }))).message).toBe(
      `goodreads_library_export.csv: line 1: no "Read Status" column: not a StoryGraph export (its header is ${HEADER})`,
    );
  });

  it("reads an export of 2021 ('Author', 'ISBN'), a byte-order mark, CRLF, a month or a year alone, a paused book and a row of tags only", async () => {
    const file = storygraph(
      "old.csv",
      [
        '"Bloom into You, Vol. 3","Nio Nakatani, Jenny McKeon (Translator)","",,,read,2020/01/08,2020/03,2019/12-2020/03,1,"",,,,,,,5.0,,"",,"",No',
        'Middlemarch,George Eliot,"",,,read,2019/05/02,2019,2019,1,"",,,,,,,,,"",,"",No',
        'The Overstory,Richard Powers,"",9780393635522,digital,paused,2026/03/01,"","2026/03/02-",0,"",,,,,,,,,"",,"",No',
        'The Midnight Library,Matt Haig,"","",,,,"","",,"",,,,,,,,,"",,gifted,No',
      ],
      `\uFEFF${OLD_HEADER}`,
      "\r\n",
    );
    utimesSync(file, new Date("2026-11-29T21:04:00Z"), new Date("2026-11-29T21:04:00Z"));
    expect(await detectFormat(file)).toBe("storygraph");
    const books = await parsedConversations(file);
    expect(books.map((b) => [b.externalId, b.turns.map((t) => t.text)])).toEqual([
      [
        "storygraph:bloom into you, vol. 3 by nio nakatani, jenny mckeon (translator)",
        [
          'I finished reading "Bloom into You, Vol. 3" by Nio Nakatani (translated by Jenny McKeon) in March 2020.',
          'I started reading "Bloom into You, Vol. 3" by Nio Nakatani in December 2019.',
          'I rated "Bloom into You, Vol. 3" by Nio Nakatani five stars out of five.',
        ],
      ],
      ["storygraph:middlemarch by george eliot", ['I finished reading "Middlemarch" by George Eliot in 2019.']],
      [
        "storygraph:9780393635522",
        ['I\'ve paused reading "The Overstory" by Richard Powers.', 'I started reading "The Overstory" by Richard Powers on 2 March 2026.'],
      ],
      // (no status, no day: of the file's time)
      [
        "storygraph:the midnight library by matt haig",
        ['I have "The Midnight Library" by Matt Haig in my library.', 'I tagged "The Midnight Library" by Matt Haig "gifted".'],
      ],
    ]);
    expect(new Date(books[3]!.startedAt!).toISOString()).toBe("2026-11-29T21:04:00.000Z");
  });

  it("adds nothing when imported again, and from a later export only what changed, superseding what it replaces", async () => {
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((b) => conversationItems(b).map((i) => i.source.contentHash));
    const earlierFile = storygraph("later/earlier.csv", [LAPVONA, ORBITAL, PIRANESI]);
    const earlier = await hashes(earlierFile);
    // (Lapvona read since and rated; a book added at the top moves every row down a line; Piranesi unchanged)
    const lapvonaRead = LAPVONA.replace('to-read,2026/11/02,"","",0,"",,,,,,,,', 'read,2026/11/02,2026/11/27,2026/11/20-2026/11/27,1,"",,,,,,,3.25,');
    const laterFile = storygraph("later/later.csv", [TOMORROW, lapvonaRead, ORBITAL, PIRANESI]);
    const later = await hashes(laterFile);
    // (Tomorrow's three paragraphs, Lapvona's new status, readings and rating)
    expect(later.filter((h) => !earlier.includes(h))).toHaveLength(6);
    expect(later.filter((h) => earlier.includes(h))).toHaveLength(earlier.length - 1);
    const db = openDatabase(join(dir, "later.db"));
    try {
      expect(await importFile(db, embedder, earlierFile)).toMatchObject({ format: "storygraph", added: earlier.length, duplicates: 0 });
      expect(await importFile(db, embedder, earlierFile)).toMatchObject({ added: 0, duplicates: earlier.length });
      expect(await importFile(db, embedder, laterFile)).toMatchObject({ added: 6, duplicates: earlier.length - 1 });
      // (the book once wanted, now read: what said it was on the to-read list is remembered no longer)
      const facts = db
        .prepare(
          "SELECT content, valid_to IS NULL AND status = 'active' AS valid FROM memories WHERE type = 'semantic' AND content LIKE '%Lapvona%' ORDER BY id",
        )
        .all() as Array<{ content: string; valid: number }>;
      expect(facts.filter((f) => /to-read list/.test(f.content)).map((f) => f.valid)).toEqual([0]);
      expect(facts.filter((f) => f.valid === 1).map((f) => f.content)).toEqual(expect.arrayContaining([expect.stringMatching(/finished reading "Lapvona"/)]));
    } finally {
      db.close();
    }
  });

  it("keys a second row of the same ISBN/UID apart", async () => {
    const books = await parsedConversations(storygraph("twice.csv", [LAPVONA, LAPVONA.replace(",hardcover,", ",digital,")]));
    expect(books.map((b) => b.externalId)).toEqual(["storygraph:9780593300268", "storygraph:9780593300268 (2)"]);
  });

  it("names the file, the line and the column of a bad field, and stores nothing", async () => {
    const cases: Array<[string, string[], string]> = [
      [
        "bad-rating.csv",
        [LAPVONA, PIRANESI.replace(",4.5,", ",nine,")],
        'bad-rating.csv: line 3, "Star Rating": "nine" is no rating: expected 0.25 to 5 stars, or none',
      ],
      ["too-many.csv", [PIRANESI.replace(",4.5,", ",7.0,")], 'too-many.csv: line 2, "Star Rating": "7.0" is no rating: expected 0.25 to 5 stars, or none'],
      [
        "bad-added.csv",
        [LAPVONA.replace("2026/11/02", "2 Nov 2026")],
        'bad-added.csv: line 2, "Date Added": "2 Nov 2026" is no day (StoryGraph writes 2026/11/03)',
      ],
      [
        "no-day.csv",
        [TOMORROW.replace(",2026/08/21,", ",2026/02/30,")],
        'no-day.csv: line 2, "Last Date Read": "2026/02/30" is no day (StoryGraph writes 2026/11/03)',
      ],
      [
        "bad-dates.csv",
        [TOMORROW.replace("2026/08/03-2026/08/21", "3 to 21 August")],
        'bad-dates.csv: line 2, "Dates Read": "3 to 21 August" is no list of readings (StoryGraph writes 2026/10/02-2026/10/19, 2021/01/05)',
      ],
      ["bad-count.csv", [TOMORROW.replace(",1,", ",once,")], 'bad-count.csv: line 2, "Read Count": "once" is no count'],
      ["no-title.csv", [LAPVONA.replace("Lapvona,", ",")], 'no-title.csv: line 2, "Title": a book with no title'],
      ["empty.csv", [], "empty.csv: line 1: no book in this StoryGraph export"],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, rows, message] of cases) {
        const file = storygraph(`bad/${name}`, rows);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.message]).toEqual(["ImportError", message]);
        await expect(importFile(db, embedder, file, { format: "storygraph" })).rejects.toThrow(message);
      }
      // (the CSV's own fault, where csv-parse stopped: a quote inside a cell, after a title of two lines)
      const stray = storygraph("bad/stray.csv", [
        LAPVONA.replace("Lapvona,", '"Lapvona\n(Deluxe)",'),
        '"Orbital" Deluxe,Samantha Harvey,"",,,to-read,2026/11/18,"","",0,"",,,,,,,,,"",,"",No',
      ]);
      const csvErr = await importErrorOf(validateExport(stray));
      expect([csvErr.location, csvErr.message]).toEqual(["line 4", expect.stringMatching(/^stray\.csv: line 4: Invalid Closing Quote/)]);
      await expect(importFile(db, embedder, stray)).rejects.toThrow(/line 4/);
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    // (a Readwise export is no StoryGraph export when StoryGraph is asked for)
    const readwise = join(dir, "readwise-data.csv");
    writeFileSync(readwise, "Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags\n");
    expect((await importErrorOf(validateExport(readwise, { format: "storygraph" }))).message).toBe(
      `readwise-data.csv: line 1: no "Title" column: not a StoryGraph export (its header is ${HEADER})`,
    );
  });

  it("is read in a Downloads folder beside notes and Goodreads' export, while any other CSV there is passed over", async () => {
    const folder = join(dir, "Downloads");
    const file = storygraph("Downloads/2d23d820cedbfe3229b1e2becb16928b3861673f8998426622299a33a6f04863.csv", [LAPVONA]);
    writeFileSync(join(folder, "Book club.md"), "# Book club\n\nWe meet at Maya's.\n");
    writeFileSync(join(folder, "Statement_Nov2026.csv"), "Date,Description,Amount,Balance\n2026/11/02,WATERSTONES LEEDS,-18.99,1204.51\n");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "2d23d820cedbfe3229b1e2becb16928b3861673f8998426622299a33a6f04863.csv",
      "Book club.md",
    ]);
    expect(await folderFileFormat(file)).toBe("storygraph");
  });
});
