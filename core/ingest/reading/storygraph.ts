/**
 * The StoryGraph's library export (Manage Account → Export StoryGraph Library → Generate export; a CSV
 * whose link StoryGraph emails, named by a hash: `2d23d820….csv`) → one note per book, in the reader's
 * own words, worded as a Goodreads export's books are (reading-log.ts). The file is CSV (RFC 4180, parsed
 * by csv-parse, streamed by csv-records.ts), UTF-8, a byte-order mark and CRLF line ends read too: a
 * header `Title,Authors,Contributors,ISBN/UID,Format,Read Status,Date Added,Last Date Read,Dates Read,Read
 * Count,Moods,Pace,Character- or Plot-Driven?,Strong Character Development?,Loveable Characters?,Diverse
 * Characters?,Flawed Characters?,Star Rating,Review,Content Warnings,Content Warning Description,Tags,
 * Owned?` (exports of 2021 say "Author" and "ISBN"), then a row per book. Its quirks: empty cells written
 * `""` in some columns and bare in others; "ISBN/UID" an ISBN-13 or -10, an Amazon ASIN ("B0BMZ2HT6K") or
 * empty (StoryGraph has no book id of its own); "Authors" comma-separated, a translator sometimes among
 * them; "Contributors" `Name (Role)`, comma-separated, spaces before the role in some rows ("Deborah
 * Smith   (Translator)"); "Format" `paperback`, `hardcover`, `digital` or `audio`; "Read Status" `read`,
 * `currently-reading`, `to-read`, `did-not-finish`, `paused`, or empty in a row that only keeps its tags
 * (and no "Date Added"); days `2026/10/19`, "Last Date Read" sometimes a month or a year alone
 * (`2024/09`, `2024`); "Dates Read" each reading as its first and last day, newest first, comma-separated,
 * a reading whose start is not known its last day alone (`"2026/04/10-2026/04/22, 2021/01/03-2021/01/17"`,
 * `2025/02/14`, `2024`); "Star Rating" to a quarter star (`4.0`, `4.5`, `3.75`), empty when not rated;
 * "Moods" of StoryGraph's thirteen (adventurous, challenging, dark, emotional, funny, hopeful, inspiring,
 * lighthearted, mysterious, reflective, relaxing, sad, tense), comma-separated; "Pace" `slow`, `medium` or
 * `fast`; `Character`, `Plot` or `A mix`; the four questions on the characters `Yes`, `No` or `It's
 * complicated`; "Review" the HTML of StoryGraph's editor (`<div>…<br>…</div>`, a `<spoiler>`);
 * "Content Warnings" `Graphic: Drug addiction; Moderate: Death of parent;`; "Tags" comma-separated;
 * "Owned?" `Yes` or `No`. Checked against public readers and notes on real exports: nperez0111/bookhive
 * (src/utils/csv.ts and its test of real rows), the rows in bookwyrm-social/bookwyrm#1056 and
 * Mozzo1000/booklogr#108, Yamtrack's import design (a 280-row export: blank statuses, ASINs, read dates'
 * shapes), kafkade/toku's validation of a 338-row export (quarter stars, partial dates, the moods,
 * content warnings' shape, `paused`) and a reader of a 2,000-row one (translators among the authors).
 *
 * Each book is a note told as the reader would write it in a reading log, a paragraph each ("I finished
 * reading "Piranesi" by Susanna Clarke on 12 October 2026.", "I read … from 28 September to 12 October
 * 2026.", "I gave … 4.5 stars out of five.", "I found … mysterious and reflective, medium-paced and
 * character-driven.", "My review of … (what I thought of it): …", "I did not finish reading "The Bee Sting"
 * by Paul Murray; I gave up on it.", "I added "Lapvona" by Ottessa Moshfegh to my to-read list on 2
 * November 2026."), keyed by its ISBN/UID (else its title and authors), each paragraph by what it tells,
 * so a later export adds only what changed and a changed paragraph supersedes what was remembered of it.
 */
import { stat } from "node:fs/promises";
import { type CsvColumns, cellOf as cellOfColumn, csvRecords, headerCells } from "../kit/csv-records.js";
import { NOTE_SPEAKER, splitLong } from "../notes/note.js";
import {
  type BookName,
  bookWords,
  currentlySentence,
  finishedSentence,
  type LogDay,
  listOf,
  listWords,
  logDay,
  type ReadingWay,
  ratingSentence,
  readingWords,
  reviewParagraph,
  shelfWords,
  textLines,
  titleAsSaid,
  toReadSentence,
  whenWords,
} from "./reading-log.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** The columns of StoryGraph's export, in its order. */
export const STORYGRAPH_COLUMNS = [
  "Title",
  "Authors",
  "Contributors",
  "ISBN/UID",
  "Format",
  "Read Status",
  "Date Added",
  "Last Date Read",
  "Dates Read",
  "Read Count",
  "Moods",
  "Pace",
  "Character- or Plot-Driven?",
  "Strong Character Development?",
  "Loveable Characters?",
  "Diverse Characters?",
  "Flawed Characters?",
  "Star Rating",
  "Review",
  "Content Warnings",
  "Content Warning Description",
  "Tags",
  "Owned?",
] as const;

/** A column of StoryGraph's export. */
type Column = (typeof STORYGRAPH_COLUMNS)[number];

/** The names exports of 2021 gave two columns ("Author", "ISBN"), by today's name. */
const OLDER_NAMES: Partial<Record<Column, string>> = { Authors: "Author", "ISBN/UID": "ISBN" };

/** The cell of a row in one of StoryGraph's columns, by today's name or its older one ("" when the header has neither). */
function cellOf(row: string[], columns: CsvColumns, column: Column): string {
  const older = OLDER_NAMES[column];
  return columns.has(column) || !older ? cellOfColumn(row, columns, column) : cellOfColumn(row, columns, older);
}

/** Most characters of one CSV record (a book and its review): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/**
 * Whether a file's start (its text, a byte-order mark dropped) is StoryGraph's export: its first line a
 * header that opens "Title" and names "Read Status", "Star Rating" and "Moods" (Goodreads' opens "Book
 * Id"; no other app's export names StoryGraph's moods), whatever the file's name.
 */
export function isStoryGraphCsv(start: string): boolean {
  const cells = headerCells(start);
  return cells[0] === "Title" && cells.includes("Read Status") && cells.includes("Star Rating") && cells.includes("Moods");
}

/** One reading of a book: its first day (null when only its last is known), its last (null while it goes on). */
interface Reading {
  start: LogDay | null;
  end: LogDay | null;
}

/** A book as its row gives it. */
interface Book {
  /** Its key in the export: its ISBN/UID, else its title and authors. */
  key: string;
  title: string;
  naming: BookName;
  /** "read", "currently-reading", "to-read", "did-not-finish", "paused", another StoryGraph adds, or "" (a row that keeps only its tags). */
  status: string;
  format: string;
  added: LogDay | null;
  lastRead: LogDay | null;
  /** Its readings, oldest first. */
  readings: Reading[];
  readCount: number;
  /** Stars given (0.25–5), or null for a book not rated. */
  rating: number | null;
  moods: string[];
  pace: string;
  driven: string;
  /** The four questions on its characters, each with its answer ("Yes", "No", "It's complicated"), those answered. */
  characters: Array<[question: string, answer: string]>;
  review: string[];
  warnings: string[];
  warningNote: string[];
  tags: string[];
  owned: boolean;
  line: number;
}

/** A credit's role as said before a name ("Translator" → "translated by"), or null for a role said as "with". */
const ROLES: Record<string, string> = {
  translator: "translated by",
  narrator: "narrated by",
  illustrator: "illustrated by",
  editor: "edited by",
  adapter: "adapted by",
};

/**
 * A book's authors and credits from "Authors" and "Contributors" (`Name (Role)`, comma-separated): the
 * authors without a role, the others said by their role, a role's names together ("translated by Deborah
 * Smith", "narrated by Charlie Thurston", "with Jane Doe (foreword)").
 */
function creditsOf(authorsCell: string, contributorsCell: string): { authors: string[]; credits: string[] } {
  const authors: string[] = [];
  const byRole = new Map<string, string[]>();
  for (const [i, part] of [...listOf(authorsCell).map((p) => [0, p] as const), ...listOf(contributorsCell).map((p) => [1, p] as const)]) {
    const m = /^(.+?)\s*\(([^()]+)\)$/.exec(part);
    if (!m) {
      if (i === 0) authors.push(part);
      else byRole.set("", [...(byRole.get("") ?? []), part]);
      continue;
    }
    const role = m[2]!.trim().toLowerCase();
    byRole.set(role, [...(byRole.get(role) ?? []), m[1]!.trim()]);
  }
  const credits = [...byRole].map(([role, names]) =>
    ROLES[role] ? `${ROLES[role]} ${listWords(names)}` : `with ${listWords(names)}${role ? ` (${role})` : ""}`,
  );
  return { authors, credits };
}

/** A Star Rating as StoryGraph writes it ("4.0", "4.5", "3.75"): its stars, null for none ("", "0"), undefined for no rating. */
function starsOf(cell: string): number | null | undefined {
  if (!cell) return null;
  if (!/^\d(?:\.\d{1,2})?$/.test(cell)) return undefined;
  const stars = Number(cell);
  return stars === 0 ? null : stars <= 5 ? stars : undefined;
}

/**
 * The readings of a "Dates Read" cell ("2026/04/10-2026/04/22, 2021/01/03-2021/01/17", "2025/02/14",
 * "2024/09-2024/09", "2024"), oldest first; null when one of them is no day.
 */
function readingsOf(cell: string): Reading[] | null {
  const out: Reading[] = [];
  for (const part of cell
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const range = /^([\d/]+)\s*-\s*([\d/]*)$/.exec(part);
    const [start, end] = range ? [logDay(range[1]!), range[2] ? logDay(range[2]) : null] : [null, logDay(part)];
    if (start === undefined || end === undefined || (!start && !end)) return null;
    out.push({ start, end });
  }
  return out.sort((a, b) => (a.end ?? a.start)!.at - (b.end ?? b.start)!.at);
}

/** The four questions StoryGraph asks of a book's characters, as its columns name them, and as said. */
const CHARACTER_QUESTIONS: Array<[Column, string]> = [
  ["Strong Character Development?", "strong character development"],
  ["Loveable Characters?", "loveable characters"],
  ["Diverse Characters?", "diverse characters"],
  ["Flawed Characters?", "flawed characters"],
];

/** The book `row` gives (its record starting at `line`). @throws ImportError naming the line and the column of a bad field. */
function bookOf(file: string, row: string[], columns: CsvColumns, line: number): Book {
  const bad = (column: Column, detail: string): ImportError => new ImportError(file, `line ${line}, "${column}"`, detail);
  const day = (column: Column): LogDay | null => {
    const value = cellOf(row, columns, column);
    const d = logDay(value);
    if (d === undefined) throw bad(column, `${JSON.stringify(value)} is no day (StoryGraph writes 2026/11/03)`);
    return d;
  };
  const title = cellOf(row, columns, "Title").replace(/\s+/g, " ");
  if (!title) throw bad("Title", "a book with no title");
  const authorsCell = cellOf(row, columns, "Authors");
  const { authors, credits } = creditsOf(authorsCell, cellOf(row, columns, "Contributors"));
  const uid = cellOf(row, columns, "ISBN/UID").replace(/\s+/g, "");
  const ratingCell = cellOf(row, columns, "Star Rating");
  const rating = starsOf(ratingCell);
  if (rating === undefined) throw bad("Star Rating", `${JSON.stringify(ratingCell)} is no rating: expected 0.25 to 5 stars, or none`);
  const countCell = cellOf(row, columns, "Read Count");
  if (countCell && !/^\d{1,6}$/.test(countCell)) throw bad("Read Count", `${JSON.stringify(countCell)} is no count`);
  const datesCell = cellOf(row, columns, "Dates Read");
  const readings = readingsOf(datesCell);
  if (!readings) throw bad("Dates Read", `${JSON.stringify(datesCell)} is no list of readings (StoryGraph writes 2026/10/02-2026/10/19, 2021/01/05)`);
  const lastRead = day("Last Date Read") ?? readings.findLast((r) => r.end)?.end ?? null;
  return {
    key: uid || `${title} by ${authorsCell}`.toLowerCase(),
    title,
    naming: { name: titleAsSaid(title), authors, others: [], credits, series: null },
    status: cellOf(row, columns, "Read Status").toLowerCase(),
    format: cellOf(row, columns, "Format").toLowerCase(),
    added: day("Date Added"),
    lastRead,
    readings,
    readCount: countCell ? Number(countCell) : 0,
    rating,
    moods: listOf(cellOf(row, columns, "Moods").toLowerCase()),
    pace: cellOf(row, columns, "Pace").toLowerCase(),
    driven: cellOf(row, columns, "Character- or Plot-Driven?"),
    characters: CHARACTER_QUESTIONS.flatMap(([column, said]) => {
      const answer = cellOf(row, columns, column);
      return answer ? [[said, answer] as [string, string]] : [];
    }),
    review: textLines(cellOf(row, columns, "Review")),
    warnings: cellOf(row, columns, "Content Warnings")
      .split(";")
      .map((w) => w.replace(/\s+/g, " ").trim())
      .filter(Boolean),
    warningNote: textLines(cellOf(row, columns, "Content Warning Description")),
    tags: listOf(cellOf(row, columns, "Tags")),
    owned: /^yes$/i.test(cellOf(row, columns, "Owned?")),
    line,
  };
}

/** How the book was read: an audiobook listened to, any other read. */
function wayOf(book: Book): ReadingWay {
  return book.format === "audio" ? "listening to" : "reading";
}

/** Where the book is, in the reader's words ("I finished reading …", "I'm currently reading …", "I did not finish reading …; I gave up on it."). */
function statusSentence(book: Book, named: string): string {
  const way = wayOf(book);
  switch (book.status) {
    case "read":
      return finishedSentence(named, book.lastRead, book.readCount, way);
    case "currently-reading":
      return currentlySentence(named, book.readCount > 0 ? book.lastRead : null, way);
    case "to-read":
      return toReadSentence(named, book.added);
    case "did-not-finish":
      // (said as a book not finished, in the words asked of it: "Which book did I not finish?", "… give up on?")
      return `${named} is a book I did not finish ${way}: I gave up on it${book.lastRead ? ` ${whenWords(book.lastRead)}` : ""}.`;
    case "paused":
      return `I've paused ${way} ${named}.`;
    case "":
      return `I have ${named} in my library.`;
    default:
      return `I marked ${named} ${shelfWords(book.status)} in my library.`;
  }
}

/**
 * The book's readings in words, when they say more than its status: the day the one reading began ("I
 * started reading "Piranesi" by Susanna Clarke on 28 September 2026."), several oldest first ("I first
 * read "Circe" … from 3 to 17 January 2021, then again from 10 to 22 April 2026."), one under way ("I
 * started reading … on 20 November 2026."); null for a single reading known only by its last day.
 */
function readingsSentence(book: Book, named: string): string | null {
  const read = book.format === "audio" ? "listened to" : "read";
  const done = book.readings.filter((r): r is Reading & { end: LogDay } => r.end !== null);
  const going = book.readings.find((r) => r.end === null && r.start);
  const parts: string[] = [];
  // (one reading: the day it began, its end told where the book is; "I read … from …" had been read as a habit, "The user reads …")
  if (done.length === 1 && done[0]!.start && done[0]!.start.at !== done[0]!.end.at)
    parts.push(`I started ${wayOf(book)} ${named} ${whenWords(done[0]!.start)}.`);
  if (done.length > 1) {
    const [first, ...again] = done.map((r) => readingWords(r.start, r.end));
    parts.push(`I first ${read} ${named} ${first}, then again ${again.join(", and again ")}.`);
  }
  if (going?.start) parts.push(`I started ${wayOf(book)} ${named} ${whenWords(going.start)}.`);
  return parts.length ? parts.join(" ") : null;
}

/** "character-driven", "plot-driven", "a mix of character- and plot-driven", from StoryGraph's answer. */
function drivenWords(answer: string): string {
  const a = answer.toLowerCase();
  return a === "character" ? "character-driven" : a === "plot" ? "plot-driven" : a === "a mix" ? "a mix of character- and plot-driven" : a;
}

/** How the book felt to the reader: "I found … mysterious, reflective and adventurous, medium-paced and character-driven."; null when they said nothing of it. */
function feelSentence(book: Book, named: string): string | null {
  const pace = book.pace ? (/^(?:slow|medium|fast)$/.test(book.pace) ? `${book.pace}-paced` : `${book.pace} in pace`) : "";
  const how = [pace, book.driven ? drivenWords(book.driven) : ""].filter(Boolean);
  if (!book.moods.length && !how.length) return null;
  return `I found ${named} ${[book.moods.length ? listWords(book.moods) : "", how.length ? listWords(how) : ""].filter(Boolean).join(", ")}.`;
}

/** The reader's answers on its characters: "My answers on the characters of …: strong character development, yes; flawed characters, it's complicated."; null for none. */
function charactersSentence(book: Book, named: string): string | null {
  if (!book.characters.length) return null;
  return `My answers on the characters of ${named}: ${book.characters.map(([q, a]) => `${q}, ${a.toLowerCase()}`).join("; ")}.`;
}

/** The content warnings the reader gave, by how strong: "The content warnings I gave … : graphic: drug addiction and child abuse; moderate: death of parent.", their note after; null for none. */
function warningsParagraph(book: Book, named: string): string | null {
  if (!book.warnings.length && !book.warningNote.length) return null;
  const bySeverity = new Map<string, string[]>();
  for (const w of book.warnings) {
    const m = /^([^:]+):\s*(.+)$/.exec(w);
    const [severity, what] = m ? [m[1]!.trim().toLowerCase(), m[2]!.trim().toLowerCase()] : ["", w.toLowerCase()];
    bySeverity.set(severity, [...(bySeverity.get(severity) ?? []), what]);
  }
  const said = [...bySeverity].map(([severity, what]) => `${severity ? `${severity}: ` : ""}${listWords(what)}`).join("; ");
  return [said ? `The content warnings I gave ${named}: ${said}.` : `My note on the content warnings of ${named}:`, ...book.warningNote].join("\n");
}

/** How the reader owns the book: "I own … in paperback.", "… as an audiobook.". */
function ownedSentence(book: Book, named: string): string {
  const how = { paperback: " in paperback", hardcover: " in hardcover", digital: " as an ebook", audio: " as an audiobook" }[book.format] ?? "";
  return `I own ${named}${how}.`;
}

/**
 * What the reader would write of the book in a reading log, a paragraph each, named by what it tells
 * (its turn's externalId) and at the day it is of: where it is, at the day it was finished (else added);
 * its readings, rating, how it felt, the characters, the review and the content warnings at the day it was
 * last read (else added); its tags and whether it is owned at the day it was added. Each names the book
 * whole, so each is understood alone.
 */
function bookParagraphs(book: Book): Array<{ place: string; text: string; at: LogDay | null }> {
  // (its translator or narrator named where it is said read, not in every paragraph: "Who lent me …?" is no question of its narrator)
  const named = bookWords({ ...book.naming, credits: [] });
  const read = book.lastRead ?? book.added;
  const statusDay = book.status === "read" || book.status === "did-not-finish" ? read : book.added;
  const out: Array<{ place: string; text: string; at: LogDay | null }> = [
    { place: "status", text: statusSentence(book, bookWords(book.naming)), at: statusDay },
  ];
  const add = (place: string, text: string | null, at: LogDay | null) => {
    if (text) out.push({ place, text, at });
  };
  add("readings", readingsSentence(book, named), read);
  // (StoryGraph's "Star Rating": what the reader "rated" it, as a StoryGraph reader says)
  if (book.rating !== null) add("rating", ratingSentence(named, book.rating, "rated"), read);
  add("feel", feelSentence(book, named), read);
  add("characters", charactersSentence(book, named), read);
  // (a review on StoryGraph is public, said to other readers: what one thinks of the book and says about it, in the words asked, "What did I say about …?")
  if (book.review.length) add("review", reviewParagraph(named, book.review, "what I think of it and what I say about it"), read);
  add("warnings", warningsParagraph(book, named), read);
  // (a tag in quotes, as a title is: its words are a tag's, not a month's, "december pick")
  if (book.tags.length) add("tags", `I tagged ${named} ${listWords(book.tags.map((t) => `"${shelfWords(t)}"`))}.`, book.added);
  if (book.owned) add("owned", ownedSentence(book, named), book.added);
  return out;
}

/** What a book's turn keeps of it besides its words (its metadata `storygraph`), empty fields left out. */
function bookMetadata(book: Book, row: string[], columns: CsvColumns): Record<string, unknown> {
  const all: Record<string, unknown> = {
    line: book.line,
    title: book.title,
    authors: cellOf(row, columns, "Authors"),
    contributors: cellOf(row, columns, "Contributors"),
    isbn_uid: cellOf(row, columns, "ISBN/UID"),
    format: book.format,
    status: book.status,
    date_added: cellOf(row, columns, "Date Added"),
    last_date_read: cellOf(row, columns, "Last Date Read"),
    dates_read: cellOf(row, columns, "Dates Read"),
    read_count: book.readCount,
    rating: book.rating,
    moods: book.moods,
    pace: book.pace,
    tags: book.tags,
    owned: book.owned,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null && v !== "" && v !== false && !(Array.isArray(v) && v.length === 0)));
}

/** A book as its conversation: a note of the user's keyed `storygraph:<key>`, of the day it was last read, else added, else `fileTime`. */
function bookConversation(book: Book, key: string, metadata: Record<string, unknown>, fileTime: number): ParsedConversation {
  const turns: ParsedTurn[] = bookParagraphs(book).flatMap(({ place, text, at }, i) =>
    // (a long review is several turns of at most 2,000 characters, as a note's paragraph is, each named apart: "review", "review 2")
    splitLong(text).map((piece, n) => ({
      externalId: n ? `${place} ${n + 1}` : place,
      speaker: NOTE_SPEAKER,
      role: "user" as const,
      occurredAt: at?.at ?? fileTime,
      text: piece,
      metadata: { line: i + 1, storygraph: metadata },
    })),
  );
  return {
    format: "note",
    externalId: `storygraph:${key}`,
    title: bookWords(book.naming),
    participants: [NOTE_SPEAKER],
    startedAt: (book.lastRead ?? book.added)?.at ?? fileTime,
    turns,
    records: "log",
  };
}

/**
 * Reads `file`, StoryGraph's library export (UTF-8 CSV, streamed through csv-parse), yielding one
 * conversation per book as its row is read (memory holds one book, and the keys of the books read, to
 * tell a second row of the same key): a note of the user's (format `note`, externalId
 * `storygraph:<ISBN/UID>`, else `storygraph:<title> by <authors>` in lower case, a second row of the same
 * key `… (2)`; title the book as its status names it, "\"Piranesi\" by Susanna Clarke", "\"The Vegetarian\"
 * by Han Kang (translated by Deborah Smith)"),
 * each of its paragraphs ({@link bookParagraphs}: where it is, its readings, its rating, how it felt, its
 * characters, its review, its content warnings, its tags, that it is owned) a turn said by the user
 * (speaker "User", role "user"), externalId what it tells ("status", "readings", "rating", "feel",
 * "characters", "review" (a review over 2,000 characters "review 2" …), "warnings", "tags", "owned"), so a
 * later export adds only what changed and a changed paragraph supersedes its earlier version, at noon UTC
 * of its day (a book on no day at the file's modification time). Turn metadata: `{ line (the paragraph's
 * place in the note), storygraph: { line (where the book's record starts), title, authors, contributors,
 * isbn_uid, format, status, date_added, last_date_read, dates_read, read_count, rating, moods, pace, tags,
 * owned } }`, empty fields left out.
 * @throws ImportError naming the file and where: a header without "Title", "Authors" (or "Author") or
 *   "Read Status" (`line 1`); a bad field, at its record's line and column (`line 7, "Star Rating"`: a
 *   rating that is not 0.25–5 stars, a "Date Added" or "Last Date Read" that is no day, a "Dates Read" of
 *   no readings, a "Read Count" that is no count, no title); the CSV's own faults (an unclosed or stray
 *   quote, a record over {@link MAX_RECORD_CHARS} characters: the line csv-parse stopped at); invalid
 *   UTF-8 (its line and byte); an export with no book (its last line).
 */
export async function* parseStoryGraph(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const header = STORYGRAPH_COLUMNS.join(",");
  let columns: CsvColumns | null = null;
  const keys = new Map<string, number>();
  for await (const { cells: row, line } of csv.records) {
    if (!columns) {
      columns = new Map(row.map((name, i) => [name.trim(), i]));
      const missing = (["Title", "Authors", "Read Status"] as Column[]).find((c) => !columns!.has(c) && !(OLDER_NAMES[c] && columns!.has(OLDER_NAMES[c])));
      if (missing) throw new ImportError(file, `line ${line}`, `no "${missing}" column: not a StoryGraph export (its header is ${header})`);
      continue;
    }
    if (row.every((c) => !c.trim())) continue;
    const book = bookOf(file, row, columns, line);
    const seen = (keys.get(book.key) ?? 0) + 1;
    keys.set(book.key, seen);
    yield bookConversation(book, seen > 1 ? `${book.key} (${seen})` : book.key, bookMetadata(book, row, columns), Math.floor(info.mtimeMs));
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not a StoryGraph export (its header is ${header})`);
  if (!keys.size) throw new ImportError(file, `line ${csv.lastLine()}`, "no book in this StoryGraph export");
}
