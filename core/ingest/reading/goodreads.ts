/**
 * Goodreads' library export (My Books → Import and export → Export Library:
 * `goodreads_library_export.csv`) → one note per book, in the reader's own words, of the day it was
 * read (else of the day it was shelved). The file is CSV (RFC 4180, parsed by csv-parse, streamed by
 * csv-records.ts): a header `Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My
 * Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication
 * Year,Date Read,Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,
 * Private Notes,Read Count,Owned Copies` (older exports have "Recommended For", "Recommended By",
 * "Original Purchase Date" … "BCID" after "Read Count"; some have no "Average Rating"), then a row
 * per book, newest added first. Its quirks: an ISBN is written as a spreadsheet's formula so it
 * keeps its leading zero (`="0316769487"`, none `=""`); "My Rating" is 0 for a book not rated, else
 * 1–5 stars (sometimes "4.0"); dates are `2026/11/03`, and a read book may have no "Date Read"
 * (Goodreads loses some); "Exclusive Shelf" is `read`, `currently-reading`, `to-read` or a shelf of
 * the reader's own made exclusive ("did-not-finish"); "Bookshelves" lists the book's shelves but
 * `read` in one cell ("currently-reading, book-club"); "My Review" is HTML (`<br/>` line breaks,
 * `<i>`, `&amp;`); "Private Notes" are the reader's own, seen by no one else; a title carries its
 * series ("Wolf Hall (Thomas Cromwell, #1)") and an author's name may hold two spaces ("Martin
 * Gilbert" written "Martin  Gilbert").
 *
 * Each book is a note told as the reader would write it in a reading log, a paragraph each ("I
 * finished reading "Piranesi" by Susanna Clarke on 18 October 2026.", "I gave "Piranesi" by Susanna
 * Clarke five stars out of five.", "I'm currently reading "Orbital" by Samantha Harvey.", "I added
 * "Klara and the Sun" by Kazuo Ishiguro to my to-read list on 21 October 2026."), with the shelves it
 * is on, the review and the private notes after it; keyed by Goodreads' book id, so a later export
 * adds only the books that are new or changed.
 */
import { stat } from "node:fs/promises";
import { csvRecords, headerCells, cellOf as cellOfColumn, type CsvColumns } from "../kit/csv-records.js";
import { NOTE_SPEAKER, splitLong } from "../notes/note.js";
import {
  bookWords as namedWords,
  currentlySentence,
  finishedSentence,
  type LogDay,
  listWords,
  logDay,
  ratingSentence,
  reviewParagraph,
  seriesOf,
  shelfSentence,
  shelfWords,
  textLines,
  titleAsSaid,
  toReadSentence,
} from "./reading-log.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** The columns of Goodreads' library export, in its order. */
export const GOODREADS_COLUMNS = [
  "Book Id",
  "Title",
  "Author",
  "Author l-f",
  "Additional Authors",
  "ISBN",
  "ISBN13",
  "My Rating",
  "Average Rating",
  "Publisher",
  "Binding",
  "Number of Pages",
  "Year Published",
  "Original Publication Year",
  "Date Read",
  "Date Added",
  "Bookshelves",
  "Bookshelves with positions",
  "Exclusive Shelf",
  "My Review",
  "Spoiler",
  "Private Notes",
  "Read Count",
  "Owned Copies",
] as const;

/** A column of Goodreads' export. */
type Column = (typeof GOODREADS_COLUMNS)[number];

/** A cell of a row by one of Goodreads's columns (csv-records.ts cellOf, typed so that a name not among them does not compile). */
const cellOf: (row: string[], columns: CsvColumns, column: Column) => string = cellOfColumn;

/** The columns a Goodreads export cannot be read without. */
const REQUIRED: readonly Column[] = ["Book Id", "Title", "Author", "Exclusive Shelf"];

/** Most characters of one CSV record (a book, its review and notes): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/**
 * Whether a file's start (its text, a byte-order mark dropped) is Goodreads' library export: its
 * first line a header that opens "Book Id,Title,Author" and names "Exclusive Shelf".
 */
export function isGoodreadsCsv(start: string): boolean {
  const cells = headerCells(start);
  return cells[0] === "Book Id" && cells[1] === "Title" && cells[2] === "Author" && cells.includes("Exclusive Shelf");
}

/** An ISBN as Goodreads writes it, a formula keeping its leading zero (`="0316769487"`, none `=""`), as its digits ("" for none). */
function isbnOf(cell: string): string {
  return cell.replace(/^="(.*)"$/, "$1").trim();
}

/** A date as Goodreads writes it ("2026/11/03"; "2026-11-03" read too; reading-log.ts `logDay`) at noon UTC (its day in any zone), null for "", undefined for no such day (a month or a year alone too). */
function dayOf(cell: string): LogDay | null | undefined {
  const day = logDay(cell);
  return day && day.precision !== "day" ? undefined : day;
}

/** A book as its row gives it. */
interface Book {
  id: string;
  /** The title as Goodreads writes it, its series too ("Wolf Hall (Thomas Cromwell, #1)"). */
  title: string;
  /** The title as a reader says it: no series, no subtitle ("Wolf Hall", "The Wager"). */
  name: string;
  /** The series and the book's number in it ("Thomas Cromwell", "1"), or null. */
  series: { name: string; number: string } | null;
  author: string;
  others: string[];
  /** Stars given (1–5), or null for a book not rated (0). */
  rating: number | null;
  read: LogDay | null;
  added: LogDay | null;
  /** The exclusive shelf: "read", "currently-reading", "to-read" or one of the reader's own. */
  shelf: string;
  /** The book's other shelves (of the reader's own: "favourites", "book-club"). */
  shelves: string[];
  review: string[];
  notes: string[];
  readCount: number;
  line: number;
}

/** A number of a count column ("Read Count", "Owned Copies": "" as 0), or undefined when it is no count. */
function countOf(cell: string): number | undefined {
  if (!cell) return 0;
  return /^\d{1,6}$/.test(cell) ? Number(cell) : undefined;
}

/** The book `row` gives (its record starting at `line`). @throws ImportError naming the line and the column of a bad field. */
function bookOf(file: string, row: string[], columns: CsvColumns, line: number): Book {
  const bad = (column: Column, detail: string): ImportError => new ImportError(file, `line ${line}, "${column}"`, detail);
  const id = cellOf(row, columns, "Book Id");
  if (!/^\d+$/.test(id)) throw bad("Book Id", `${JSON.stringify(id)} is no Goodreads book id (a number)`);
  const title = cellOf(row, columns, "Title").replace(/\s+/g, " ");
  if (!title) throw bad("Title", "a book with no title");
  const author = cellOf(row, columns, "Author").replace(/\s+/g, " ");
  const ratingCell = cellOf(row, columns, "My Rating");
  const stars = /^[0-5](?:\.0+)?$/.test(ratingCell) ? Number(ratingCell) : ratingCell === "" ? 0 : null;
  if (stars === null) throw bad("My Rating", `${JSON.stringify(ratingCell)} is no rating: expected 0 (not rated) to 5 stars`);
  const read = dayOf(cellOf(row, columns, "Date Read"));
  if (read === undefined) throw bad("Date Read", `${JSON.stringify(cellOf(row, columns, "Date Read"))} is no day (Goodreads writes 2026/11/03)`);
  const added = dayOf(cellOf(row, columns, "Date Added"));
  if (added === undefined) throw bad("Date Added", `${JSON.stringify(cellOf(row, columns, "Date Added"))} is no day (Goodreads writes 2026/11/03)`);
  const shelf = cellOf(row, columns, "Exclusive Shelf").toLowerCase();
  if (!shelf) throw bad("Exclusive Shelf", "a book on no shelf (expected read, currently-reading, to-read or a shelf of yours)");
  const readCount = countOf(cellOf(row, columns, "Read Count"));
  if (readCount === undefined) throw bad("Read Count", `${JSON.stringify(cellOf(row, columns, "Read Count"))} is no count`);
  return {
    id,
    title,
    name: titleAsSaid(title),
    series: seriesOf(title),
    author,
    others: cellOf(row, columns, "Additional Authors")
      .split(",")
      .map((a) => a.replace(/\s+/g, " ").trim())
      .filter(Boolean),
    rating: stars > 0 ? stars : null,
    read,
    added,
    shelf,
    shelves: cellOf(row, columns, "Bookshelves")
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter((s) => s && s !== shelf && s !== "read" && s !== "currently-reading" && s !== "to-read"),
    review: textLines(cellOf(row, columns, "My Review")),
    notes: textLines(cellOf(row, columns, "Private Notes")),
    readCount,
    line,
  };
}

/**
 * How a reader names the book (reading-log.ts `bookWords`): its title in quotes, by its author, with
 * its additional authors and its series ("\"Piranesi\" by Susanna Clarke", "\"Inkheart\" by Cornelia
 * Funke (with Anthea Bell)").
 */
function bookWords(book: Book): string {
  return namedWords({ name: book.name, authors: book.author ? [book.author] : [], others: book.author ? book.others : [], credits: [], series: book.series });
}

/** Where each of a book's paragraphs is in its note (its turn's `line`): the same in every export, so an unchanged paragraph is the same turn when another is added or changed. */
const PLACE = { status: 1, rating: 2, shelves: 3, review: 4, notes: 5 } as const;

/**
 * What the reader would write of the book in a reading log (worded by reading-log.ts, as StoryGraph's
 * books are), a paragraph each, with its place in the book's note ({@link PLACE}): where it is ("I
 * finished reading "Piranesi" by Susanna Clarke on 18 October 2026.", "I've read …" with no day, "I'm
 * currently reading …", "I added … to my to-read list on 21 October 2026.", "I added … to my did not
 * finish shelf on 20 August 2026."), its rating ("I gave … five stars out of five."), its other shelves
 * (""Orbital" by Samantha Harvey is on my book club shelf."), its review ("My review of … (what I
 * thought of it): …", its lines kept) and its private notes ("My notes on …: …"). Each names the book
 * whole, so each is understood alone.
 */
function bookParagraphs(book: Book): Array<{ line: number; text: string }> {
  const named = bookWords(book);
  const status =
    book.shelf === "read"
      ? finishedSentence(named, book.read, book.readCount)
      : book.shelf === "currently-reading"
        ? currentlySentence(named, book.read)
        : book.shelf === "to-read"
          ? toReadSentence(named, book.added)
          : shelfSentence(named, book.shelf, book.added);
  const out: Array<{ line: number; text: string }> = [{ line: PLACE.status, text: status }];
  if (book.rating !== null) out.push({ line: PLACE.rating, text: ratingSentence(named, book.rating) });
  if (book.shelves.length)
    out.push({
      line: PLACE.shelves,
      text: `${named} is on my ${listWords(book.shelves.map(shelfWords))} ${book.shelves.length > 1 ? "shelves" : "shelf"}.`,
    });
  if (book.review.length) out.push({ line: PLACE.review, text: reviewParagraph(named, book.review) });
  if (book.notes.length) out.push({ line: PLACE.notes, text: [`My notes on ${named}: ${book.notes[0]}`, ...book.notes.slice(1)].join("\n") });
  return out;
}

/** What a book's turn keeps of it besides its words (its metadata `goodreads`). */
function bookMetadata(book: Book, row: string[], columns: CsvColumns): Record<string, unknown> {
  const all: Record<string, unknown> = {
    book_id: book.id,
    line: book.line,
    title: book.title,
    author: book.author,
    additional_authors: book.others,
    isbn: isbnOf(cellOf(row, columns, "ISBN")),
    isbn13: isbnOf(cellOf(row, columns, "ISBN13")),
    rating: book.rating,
    date_read: cellOf(row, columns, "Date Read"),
    date_added: cellOf(row, columns, "Date Added"),
    shelf: book.shelf,
    shelves: book.shelves,
    read_count: book.readCount,
    owned_copies: countOf(cellOf(row, columns, "Owned Copies")) ?? 0,
    spoiler: /^true$/i.test(cellOf(row, columns, "Spoiler")),
    binding: cellOf(row, columns, "Binding"),
    pages: cellOf(row, columns, "Number of Pages"),
    publisher: cellOf(row, columns, "Publisher"),
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null && v !== "" && v !== false && !(Array.isArray(v) && v.length === 0)));
}

/** A book as its conversation: a note of the user's, keyed by its Goodreads id, of the day it was read, else shelved, else `fileTime`. */
function bookConversation(book: Book, metadata: Record<string, unknown>, fileTime: number): ParsedConversation {
  const at = book.read?.at ?? book.added?.at ?? fileTime;
  // (a long review is several turns of at most 2,000 characters, as a note's paragraph is, each at the review's place)
  const turns: ParsedTurn[] = bookParagraphs(book).flatMap(({ line, text }) =>
    splitLong(text).map((piece) => ({
      externalId: null,
      speaker: NOTE_SPEAKER,
      role: "user" as const,
      occurredAt: at,
      text: piece,
      metadata: { line, goodreads: metadata },
    })),
  );
  return {
    format: "note",
    externalId: `goodreads:${book.id}`,
    title: bookWords(book),
    participants: [NOTE_SPEAKER],
    startedAt: at,
    turns,
    records: "log",
  };
}

/**
 * Reads `file`, Goodreads' library export (UTF-8 CSV, streamed through csv-parse), yielding one
 * conversation per book as its row is read (memory holds one book): a note of the user's (format
 * `note`, externalId `goodreads:<Book Id>`, so a later export adds only the books that are new or
 * changed, and of a changed book only its changed paragraphs; title the book as its paragraphs name
 * it, "\"Piranesi\" by Susanna Clarke", its title without its series or a long subtitle, in quotes),
 * each of its paragraphs ({@link bookParagraphs}: where it is, its rating, its other shelves, its
 * review, its private notes) a turn said by the user (speaker "User", role "user"), of the day it was
 * read (noon UTC), else of the day it was added, else the file's modification time; a review over
 * 2,000 characters (note.ts MAX_PARAGRAPH_CHARS) is several turns. Turn metadata: `{ line, goodreads:
 * { book_id, line, title, author, additional_authors, isbn, isbn13, rating, date_read, date_added,
 * shelf, shelves, read_count, owned_copies, spoiler, binding, pages, publisher } }` (`line`: the
 * paragraph's place in the book's note, {@link PLACE}; `goodreads.line`: where the book's record starts
 * in the file; `title` as Goodreads writes it; an ISBN without its `="…"`; empty fields left out).
 * "Average Rating" (everyone's), positions on shelves and the purchase columns of older exports are
 * not read.
 * @throws ImportError naming the file and where: a header without "Book Id", "Title", "Author" or
 *   "Exclusive Shelf" (`line 1`); a bad field, at its record's line and column (`line 7, "My
 *   Rating"`: a rating other than 0–5, a "Date Read" or "Date Added" that is no day, a "Book Id" that
 *   is no number, no title, no shelf, a "Read Count" that is no count); the CSV's own faults (an
 *   unclosed or stray quote, a record over {@link MAX_RECORD_CHARS} characters: the line csv-parse
 *   stopped at); invalid UTF-8 (its line and byte); an export with no book (its last line).
 */
export async function* parseGoodreads(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  let columns: CsvColumns | null = null;
  let books = 0;
  for await (const { cells: row, line } of csv.records) {
    if (!columns) {
      columns = new Map(row.map((name, i) => [name.trim(), i]));
      const missing = REQUIRED.find((c) => !columns!.has(c));
      if (missing)
        throw new ImportError(file, `line ${line}`, `no "${missing}" column: not a Goodreads library export (its header is ${GOODREADS_COLUMNS.join(",")})`);
      continue;
    }
    if (row.every((c) => !c.trim())) continue;
    const book = bookOf(file, row, columns, line);
    books++;
    yield bookConversation(book, bookMetadata(book, row, columns), Math.floor(info.mtimeMs));
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not a Goodreads library export (its header is ${GOODREADS_COLUMNS.join(",")})`);
  if (!books) throw new ImportError(file, `line ${csv.lastLine()}`, "no book in this Goodreads library export");
}
