import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-goodreads-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Goodreads' library export header, as "Export Library" writes it today. */
const HEADER =
  "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,Owned Copies";

/** An older export's header: no "Average Rating", the purchase columns after "Read Count". */
const OLD_HEADER =
  "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,Recommended For,Recommended By,Owned Copies,Original Purchase Date,Original Purchase Location,Condition,Condition Description,BCID";

// (rows as Goodreads writes them: a cell quoted only when it holds a comma or a quote, an ISBN as a
// spreadsheet's formula, `"=""0593321200"""`, none `"="""""`; a review's HTML; LF line ends)
const PIRANESI =
  '50202941,Piranesi,Susanna Clarke,"Clarke, Susanna",,"=""1526622424""","=""9781526622426""",5,4.22,Bloomsbury Publishing,Paperback,272,2021,2020,2026/10/18,2026/09/02,favourites,favourites (#6),read,"A strange, beautiful book.<br/>I loved how slowly the truth comes out.<br/><br/>The <i>kindest narrator</i> I&#39;ve read in years &amp; more.",,,1,1';
const TOMORROW =
  '58784475,"Tomorrow, and Tomorrow, and Tomorrow",Gabrielle Zevin,"Zevin, Gabrielle",,"=""0593321200""","=""9780593321201""",4,4.17,Knopf,Hardcover,416,2022,2022,2026/11/03,2026/10/05,,,read,,,,1,0';
const ORBITAL =
  '208932711,Orbital,Samantha Harvey,"Harvey, Samantha",,"=""0802163580""","=""9780802163585""",0,3.71,Grove Press,Paperback,207,2024,2023,,2026/11/08,"currently-reading, book-club","currently-reading (#2), book-club (#1)",currently-reading,,,"Book club pick for November.\nWe meet at Maya\'s on 26 November.",1,1';
const KLARA =
  '54985743,Klara and the Sun,Kazuo Ishiguro,"Ishiguro, Kazuo",,"=""0571364878""","=""9780571364879""",0,3.76,Faber & Faber,Paperback,303,2021,2021,,2026/10/21,to-read,to-read (#3),to-read,,,,0,0';
const WOLF_HALL =
  '7002003,"Wolf Hall (Thomas Cromwell, #1)",Hilary  Mantel,"Mantel, Hilary",,"=""0007230184""","=""9780007230181""",0,3.88,Fourth Estate,Paperback,653,2010,2009,,2026/08/20,did-not-finish,did-not-finish (#1),did-not-finish,,,Gave up at page 200.,0,1';
const WAGER =
  '61199163,"The Wager: A Tale of Shipwreck, Mutiny and Murder",David Grann,"Grann, David",,"=""""","=""""",3,4.14,Doubleday,Kindle Edition,329,2023,2023,,2026/06/02,,,read,,true,,1,0';
const PRIDE =
  '1885,Pride and Prejudice,Jane Austen,"Austen, Jane",Tony Tanner,"=""0141439513""","=""9780141439518""",5.0,4.29,Penguin Classics,Paperback,480,2002,1813,2026/05/30,2019/01/15,"favourites, classics","favourites (#1), classics (#1)",read,,,,3,1';

/** A Goodreads export named `name` in the test folder: `header`, then `rows`, LF line ends (or `eol`). */
function goodreads(name: string, rows: string[], header = HEADER, eol = "\n"): string {
  const file = join(dir, name);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, `${[header, ...rows].join(eol)}${eol}`);
  return file;
}

describe("Goodreads' library export", () => {
  it("is detected, and read as one note per book in the reader's words, of the day it was read, else shelved", async () => {
    const file = goodreads("goodreads_library_export.csv", [ORBITAL, TOMORROW, KLARA, PIRANESI, WOLF_HALL, WAGER, PRIDE]);
    expect(await detectFormat(file)).toBe("goodreads");
    const books = await parsedConversations(file);
    expect(books.map((b) => [b.format, b.externalId, b.title, b.participants, new Date(b.startedAt!).toISOString()])).toEqual([
      ["note", "goodreads:208932711", '"Orbital" by Samantha Harvey', ["User"], "2026-11-08T12:00:00.000Z"],
      ["note", "goodreads:58784475", '"Tomorrow, and Tomorrow, and Tomorrow" by Gabrielle Zevin', ["User"], "2026-11-03T12:00:00.000Z"],
      ["note", "goodreads:54985743", '"Klara and the Sun" by Kazuo Ishiguro', ["User"], "2026-10-21T12:00:00.000Z"],
      ["note", "goodreads:50202941", '"Piranesi" by Susanna Clarke', ["User"], "2026-10-18T12:00:00.000Z"],
      ["note", "goodreads:7002003", '"Wolf Hall" by Hilary Mantel (book 1 of the Thomas Cromwell series)', ["User"], "2026-08-20T12:00:00.000Z"],
      // (a read book with no "Date Read", as Goodreads loses some: of the day it was shelved)
      ["note", "goodreads:61199163", '"The Wager" by David Grann', ["User"], "2026-06-02T12:00:00.000Z"],
      ["note", "goodreads:1885", '"Pride and Prejudice" by Jane Austen (with Tony Tanner)', ["User"], "2026-05-30T12:00:00.000Z"],
    ]);
    expect(books.map((b) => b.turns.map((t) => [t.metadata.line, t.text]))).toEqual([
      // (currently reading, on a shelf of the reader's own, with private notes of two lines)
      [
        [1, 'I\'m currently reading "Orbital" by Samantha Harvey.'],
        [3, '"Orbital" by Samantha Harvey is on my book club shelf.'],
        [5, 'My notes on "Orbital" by Samantha Harvey: Book club pick for November.\nWe meet at Maya\'s on 26 November.'],
      ],
      [
        [1, 'I finished reading "Tomorrow, and Tomorrow, and Tomorrow" by Gabrielle Zevin on 3 November 2026.'],
        [2, 'I gave "Tomorrow, and Tomorrow, and Tomorrow" by Gabrielle Zevin four stars out of five.'],
      ],
      [[1, 'I added "Klara and the Sun" by Kazuo Ishiguro to my to-read list on 21 October 2026.']],
      // (the review's HTML: a <br/> a line break, its blank line dropped, <i> and &amp; its words)
      [
        [1, 'I finished reading "Piranesi" by Susanna Clarke on 18 October 2026.'],
        [2, 'I gave "Piranesi" by Susanna Clarke five stars out of five.'],
        [3, '"Piranesi" by Susanna Clarke is on my favourites shelf.'],
        [
          4,
          'My review of "Piranesi" by Susanna Clarke (what I thought of it): A strange, beautiful book.\nI loved how slowly the truth comes out.\nThe kindest narrator I\'ve read in years & more.',
        ],
      ],
      // (a shelf of the reader's own made exclusive; the series out of the title; the author's two spaces one)
      [
        [1, 'I added "Wolf Hall" by Hilary Mantel (book 1 of the Thomas Cromwell series) to my did not finish shelf on 20 August 2026.'],
        [5, 'My notes on "Wolf Hall" by Hilary Mantel (book 1 of the Thomas Cromwell series): Gave up at page 200.'],
      ],
      [
        [1, 'I\'ve read "The Wager" by David Grann.'],
        [2, 'I gave "The Wager" by David Grann three stars out of five.'],
      ],
      // (read three times, rated "5.0"; "read" is no shelf of the reader's own)
      [
        [1, 'I finished reading "Pride and Prejudice" by Jane Austen (with Tony Tanner) for the 3rd time on 30 May 2026.'],
        [2, 'I gave "Pride and Prejudice" by Jane Austen (with Tony Tanner) five stars out of five.'],
        [3, '"Pride and Prejudice" by Jane Austen (with Tony Tanner) is on my favourites and classics shelves.'],
      ],
    ]);
    // (said by the user, each paragraph at the book's day)
    expect(new Set(books.flatMap((b) => b.turns.map((t) => `${t.speaker} ${t.role} ${t.occurredAt === b.startedAt}`)))).toEqual(new Set(["User user true"]));
    // (what else Goodreads says is kept beside the words: the ISBNs without their formula, "Average Rating" not at all;
    // the line where the record starts, Orbital's notes taking two)
    expect(books[3]!.turns[0]!.metadata.goodreads).toEqual({
      book_id: "50202941",
      line: 6,
      title: "Piranesi",
      author: "Susanna Clarke",
      isbn: "1526622424",
      isbn13: "9781526622426",
      rating: 5,
      date_read: "2026/10/18",
      date_added: "2026/09/02",
      shelf: "read",
      shelves: ["favourites"],
      read_count: 1,
      owned_copies: 1,
      binding: "Paperback",
      pages: "272",
      publisher: "Bloomsbury Publishing",
    });
    expect(books[5]!.turns[0]!.metadata.goodreads).toMatchObject({ title: "The Wager: A Tale of Shipwreck, Mutiny and Murder", spoiler: true });
    expect(books[5]!.turns[0]!.metadata.goodreads).not.toHaveProperty("isbn");
    // (the user's own words: file sources, trust user)
    expect(conversationItems(books[0]!).map((i) => [i.source.kind, i.source.trust])).toEqual([
      ["file", "user"],
      ["file", "user"],
      ["file", "user"],
    ]);
    expect(await validateExport(file)).toMatchObject({ format: "goodreads", conversations: 7, turns: 17 });
    expect(await checkImportFile(file)).toBe("goodreads");
  });

  it("reads an older export's header (no Average Rating, the purchase columns), a byte-order mark and CRLF line ends", async () => {
    const file = goodreads(
      "old_export.csv",
      [
        '1885,Pride and Prejudice,Jane Austen,"Austen, Jane",,"=""0141439513""","=""9780141439518""",4,Penguin,Paperback,480,2002,1813,2011/10/15,2011/07/16,,,read,"Still funny.",,,1,,,0,,,,,',
      ],
      `\uFEFF${OLD_HEADER}`,
      "\r\n",
    );
    expect(await detectFormat(file)).toBe("goodreads");
    const [book, ...more] = await parsedConversations(file);
    expect(more).toEqual([]);
    expect(book!.turns.map((t) => t.text)).toEqual([
      'I finished reading "Pride and Prejudice" by Jane Austen on 15 October 2011.',
      'I gave "Pride and Prejudice" by Jane Austen four stars out of five.',
      'My review of "Pride and Prejudice" by Jane Austen (what I thought of it): Still funny.',
    ]);
  });

  it("adds from a later export only the books that are new and the paragraphs that changed", async () => {
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((b) => conversationItems(b).map((i) => i.source.contentHash));
    const earlier = await hashes(goodreads("earlier.csv", [ORBITAL, KLARA]));
    // (a book added at the top moves every row down a line; Orbital finished since and rated)
    const finished = ORBITAL.replace(",0,3.71,", ",4,3.71,")
      .replace(",,2026/11/08,", ",2026/11/20,2026/11/08,")
      .replace('"currently-reading, book-club","currently-reading (#2), book-club (#1)",currently-reading', "book-club,book-club (#1),read");
    const later = await hashes(goodreads("later.csv", [TOMORROW, finished, KLARA]));
    const added = later.filter((h) => !earlier.includes(h));
    // (Tomorrow's two paragraphs, Orbital's new status and rating; its shelf, its notes and Klara unchanged)
    expect(added).toHaveLength(4);
    expect(later.filter((h) => earlier.includes(h))).toHaveLength(3);
  });

  it("names the file, the line and the column of a bad field, and refuses a CSV that is no Goodreads export", async () => {
    const rating = goodreads("bad-rating.csv", [KLARA, PIRANESI.replace(",5,4.22,", ",six,4.22,")]);
    const err = await importErrorOf(validateExport(rating));
    expect([err.name, err.location]).toEqual(["ImportError", 'line 3, "My Rating"']);
    expect(err.message).toBe('bad-rating.csv: line 3, "My Rating": "six" is no rating: expected 0 (not rated) to 5 stars');
    const read = goodreads("bad-date.csv", [TOMORROW.replace("2026/11/03", "3 Nov 2026")]);
    expect((await importErrorOf(validateExport(read))).message).toBe('bad-date.csv: line 2, "Date Read": "3 Nov 2026" is no day (Goodreads writes 2026/11/03)');
    const day = goodreads("no-day.csv", [KLARA.replace("2026/10/21", "2026/02/30")]);
    expect((await importErrorOf(validateExport(day))).message).toBe('no-day.csv: line 2, "Date Added": "2026/02/30" is no day (Goodreads writes 2026/11/03)');
    // (a record's line is where it starts: Orbital's notes take two lines)
    const id = goodreads("bad-id.csv", [ORBITAL, KLARA.replace("54985743,", "B08L,")]);
    expect((await importErrorOf(validateExport(id))).message).toBe('bad-id.csv: line 4, "Book Id": "B08L" is no Goodreads book id (a number)');
    const shelf = goodreads("no-shelf.csv", [KLARA.replace(",to-read,,,,0,0", ",,,,,0,0")]);
    expect((await importErrorOf(validateExport(shelf))).message).toBe(
      'no-shelf.csv: line 2, "Exclusive Shelf": a book on no shelf (expected read, currently-reading, to-read or a shelf of yours)',
    );
    const stray = goodreads("stray.csv", [KLARA, '1,"Piranesi" Deluxe,Susanna Clarke,,,,,0,,,,,,,,2026/09/02,,,to-read,,,,0,0']);
    const csvErr = await importErrorOf(validateExport(stray));
    expect([csvErr.name, csvErr.location]).toEqual(["ImportError", "line 3"]);
    expect(csvErr.message).toMatch(/^stray\.csv: line 3: Invalid Closing Quote/);
    const empty = goodreads("empty.csv", []);
    expect((await importErrorOf(validateExport(empty))).message).toBe("empty.csv: line 1: no book in this Goodreads library export");
    // (a Readwise export is no Goodreads export when Goodreads is asked for)
    const readwise = join(dir, "readwise-data.csv");
    writeFileSync(readwise, "Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags\n");
    expect((await importErrorOf(validateExport(readwise, { format: "goodreads" }))).message).toBe(
      `readwise-data.csv: line 1: no "Book Id" column: not a Goodreads library export (its header is ${HEADER})`,
    );
  });

  it("dates a book on no day by the file, and is read in a folder beside notes while any other CSV there is passed over", async () => {
    const folder = join(dir, "Books");
    const export_ = goodreads("Books/goodreads_library_export.csv", [KLARA.replace("2026/10/21", "")]);
    utimesSync(export_, new Date("2026-11-15T20:12:00Z"), new Date("2026-11-15T20:12:00Z"));
    writeFileSync(join(folder, "Reading goals.md"), "# Reading goals\n\nRead 24 books next year.\n");
    writeFileSync(join(folder, "budget.csv"), "Month,Spent\nNovember,42\n");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual(["Reading goals.md", "goodreads_library_export.csv"]);
    expect(await folderFileFormat(export_)).toBe("goodreads");
    const [book] = await parsedConversations(export_);
    expect([book!.turns.map((t) => t.text), new Date(book!.startedAt!).toISOString()]).toEqual([
      ['I added "Klara and the Sun" by Kazuo Ishiguro to my to-read list.'],
      "2026-11-15T20:12:00.000Z",
    ]);
  });
});
