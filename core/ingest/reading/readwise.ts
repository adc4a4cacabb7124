/**
 * A Readwise export (readwise.io → Export → CSV, `readwise-data.csv`) → one conversation per book,
 * article, tweet thread or podcast episode: the reader's highlights gathered from Kindle, saved
 * articles, X and podcasts, each with the note they typed at it, read as a Kindle's clippings are
 * (kindle.ts): a highlight is told as what it is, the source's words in quotes ("Highlight from The
 * Power of Habit by Charles Duhigg, location 1021: “The habit loop is …”", then "Note: …" and
 * "Tags: …"), so the memory engine keeps it whole (its `clipping` metadata) and stores it as data
 * (trust `imported`). The file is CSV (RFC 4180, parsed by csv-parse, streamed): a header
 * `Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted
 * at,Document tags`, then a row per highlight; a highlight of several lines, or holding a comma or
 * a quote, is quoted.
 */
import { stat } from "node:fs/promises";
import { csvRecords, headerCells } from "../kit/csv-records.js";
import { type Clipping, toldClipping } from "./kindle.js";
import { NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** The columns of Readwise's CSV export, in its order (the last is "Document tags"; "Document tag" is read too). */
export const READWISE_COLUMNS = [
  "Highlight",
  "Book Title",
  "Book Author",
  "Amazon Book ID",
  "Note",
  "Color",
  "Tags",
  "Location Type",
  "Location",
  "Highlighted at",
  "Document tags",
] as const;

/** The columns a Readwise export cannot be read without. */
const REQUIRED = ["Highlight", "Book Title", "Highlighted at"] as const;

/** Most characters of one CSV record (a highlight and its cells): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** Most characters of highlights held before the books read so far are given (a book met again later adds to its conversation); each highlight counts {@link HELD_PER_HIGHLIGHT} more for its turn and metadata. */
export const MAX_HELD_HIGHLIGHT_CHARS = 8 * 1024 * 1024;

/** What a held highlight counts besides its text: its turn's and metadata's objects, about a kilobyte. */
const HELD_PER_HIGHLIGHT = 1024;

/**
 * Whether a file's start (its text, a byte-order mark dropped) is a Readwise CSV export: its first
 * line a header that opens "Highlight,Book Title,Book Author" and names "Highlighted at".
 */
export function isReadwiseCsv(start: string): boolean {
  const cells = headerCells(start, true);
  return cells[0] === "highlight" && cells[1] === "book title" && cells[2] === "book author" && cells.includes("highlighted at");
}

/** Where each column is in the header (lower-cased names; "document tag" as "document tags"). */
type Columns = Map<string, number>;

/** The header's columns, each by its lower-cased name ("Document tag" read as "document tags"). */
function columnsOf(header: string[]): Columns {
  return new Map(
    header.map((name, i) => [
      name
        .trim()
        .toLowerCase()
        .replace(/^document tag$/, "document tags"),
      i,
    ]),
  );
}

/** The value of `column` in `row`, trimmed ("" when the row has no such cell). */
function cellOf(row: string[], columns: Columns, column: (typeof READWISE_COLUMNS)[number]): string {
  const at = columns.get(column.toLowerCase());
  return at === undefined ? "" : (row[at] ?? "").trim();
}

/** A highlight's or note's text as one line: its lines trimmed and joined by a space (as a Kindle's clipping is). */
function oneLine(text: string): string {
  return text
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/** "Highlighted at" as Readwise writes it: "2026-11-09 21:14:03+00:00" (also "T", "Z", fractions, no offset = UTC, a bare day). */
const STAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|UTC|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A "Highlighted at" cell as epoch ms (UTC): "2026-11-09 21:14:03+00:00" at its offset, a time without
 * one as UTC, a bare day ("2026-11-09") at noon UTC (its day in any zone). Null when it is no such time.
 */
function readwiseTime(value: string): number | null {
  const m = STAMP.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const timed = m[4] !== undefined;
  const [h, mi, s] = timed ? [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)] : [12, 0, 0];
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  const day = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const back = new Date(day);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  const zone = m[8]?.toUpperCase();
  if (!zone || zone === "Z" || zone === "UTC") return day;
  const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  const offset = (Number(z[2]) * 60 + Number(z[3] ?? 0)) * (z[1] === "-" ? -1 : 1);
  return day - offset * 60_000;
}

/** Seconds as a clock reads them: 1514 → "25:14", 3725 → "1:02:05". */
function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/**
 * Where a highlight is, as the reader would say it, from "Location Type" and "Location": a page
 * ("page 112"), a Kindle location ("location 1021", also its number), a podcast's time offset in
 * seconds ("at 25:14"); an article's or a tweet's reading order ("order") is no place.
 */
function placeOf(type: string, location: string): { place: string | null; location: number | null } {
  const kind = type.toLowerCase();
  if (!location) return { place: null, location: null };
  if (kind === "page") return { place: `page ${location}`, location: null };
  if (kind === "location") return { place: `location ${location}`, location: /^\d+$/.test(location) ? Number(location) : null };
  if (kind === "time_offset" && /^\d+$/.test(location)) return { place: `at ${clock(Number(location))}`, location: null };
  return { place: null, location: null };
}

/** One book's highlights, as read so far. */
interface Book {
  title: string;
  author: string | null;
  turns: ParsedTurn[];
  /** What its turns count towards {@link MAX_HELD_HIGHLIGHT_CHARS}. */
  held: number;
}

/** What the reader's row says, or null for a row with neither a highlight nor a note (nothing to remember). */
function rowTurn(
  file: string,
  row: string[],
  columns: Columns,
  line: number,
  fileTime: number,
): { title: string; author: string | null; turn: ParsedTurn } | null {
  const highlight = oneLine(cellOf(row, columns, "Highlight"));
  const note = oneLine(cellOf(row, columns, "Note"));
  if (!highlight && !note) return null;
  const title = oneLine(cellOf(row, columns, "Book Title"));
  if (!title) throw new ImportError(file, `line ${line}`, 'a highlight with no "Book Title"');
  const author = oneLine(cellOf(row, columns, "Book Author")) || null;
  const stamp = cellOf(row, columns, "Highlighted at");
  const at = stamp ? readwiseTime(stamp) : fileTime;
  if (at === null)
    throw new ImportError(file, `line ${line}`, `"Highlighted at" is ${JSON.stringify(stamp)}, not a time (Readwise writes "2026-11-09 21:14:03+00:00")`);
  const locationType = cellOf(row, columns, "Location Type");
  const location = cellOf(row, columns, "Location");
  const tags = cellOf(row, columns, "Tags")
    .split(",")
    .map((t) => t.trim().replace(/^\./, ""))
    .filter(Boolean);
  const kind = highlight ? "highlight" : "note";
  const clipping: Clipping = {
    kind,
    book: title,
    author,
    ...placeOf(locationType, location),
    at: [locationType, location].filter(Boolean).join(" "),
  };
  const told = highlight ? toldClipping(clipping, highlight, note || null) : toldClipping(clipping, note, null);
  const extras: Record<string, unknown> = {
    color: cellOf(row, columns, "Color"),
    tags,
    amazon_book_id: cellOf(row, columns, "Amazon Book ID"),
    document_tags: cellOf(row, columns, "Document tags")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    location_type: locationType,
    location,
  };
  const readwise = Object.fromEntries(Object.entries(extras).filter(([, v]) => (Array.isArray(v) ? v.length > 0 : v !== "")));
  return {
    title,
    author,
    turn: {
      // (named by where the highlight is, else when, as a citation shows it: "highlight, page 112", "highlight, 2026-10-21 06:55:30";
      // turnHash tells two at one place apart by their text)
      externalId: `${kind}, ${clipping.place ?? new Date(at).toISOString().slice(0, 19).replace("T", " ")}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: at,
      text: tags.length ? `${told}\nTags: ${tags.join(", ")}` : told,
      metadata: { line, clipping, readwise: stamp ? readwise : { ...readwise, undated: true } },
    },
  };
}

/** A book's highlights as one conversation (read as a Kindle book's: format `kindle`), in time order. */
function bookConversation(book: Book): ParsedConversation {
  book.turns.sort((a, b) => a.occurredAt - b.occurredAt);
  return {
    format: "kindle",
    externalId: `readwise:${book.title}${book.author ? ` (${book.author})` : ""}`,
    title: book.author ? `${book.title} by ${book.author}` : book.title,
    participants: [NOTE_SPEAKER],
    startedAt: book.turns[0]!.occurredAt,
    turns: book.turns,
    records: "log",
  };
}

/**
 * Reads `file`, a Readwise CSV export (UTF-8, streamed through csv-parse), into one conversation per
 * book (a "Book Title" and "Book Author": a Kindle book, an article, "Tweets From …", a podcast
 * episode), read as a Kindle book's clippings are (format `kindle`, externalId `readwise:<title>
 * (<author>)`, so a later export adds only new highlights; title "<title> by <author>"), books in
 * the order first met, each book's highlights in time order. Each row with a highlight or a note is
 * one turn said by the user (speaker "User"): its text told with where it is, the note typed at it
 * and its tags (kindle.ts `toldClipping`), at "Highlighted at" (a row without one at the file's
 * modification time, metadata `readwise.undated`); externalId its kind and place ("highlight, page
 * 112"), else its kind and time. Turn metadata: `{ line, clipping, readwise: { color, tags,
 * amazon_book_id, document_tags, location_type, location } }` (`line`: where its record starts;
 * `clipping` tells the memory engine to keep it whole). Rows with neither highlight nor note are passed
 * over. The books are held until the file's end; past {@link MAX_HELD_HIGHLIGHT_CHARS}, those before the
 * one being read are given (whole, when the export is grouped by book, as Readwise writes it), and a
 * book over it alone is given in parts (the same externalId: a book met again adds to its conversation).
 * @throws ImportError naming the file and where: a header without Readwise's "Highlight", "Book
 *   Title" or "Highlighted at" column (`line 1`), a highlight with no "Book Title", a "Highlighted at"
 *   that is no time, the CSV's own faults (an unclosed quote, a stray quote, a record over
 *   {@link MAX_RECORD_CHARS} characters: the line csv-parse stopped at), invalid UTF-8 (its line and
 *   byte), or an export with no highlight (its last line).
 */
export async function* parseReadwise(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const books = new Map<string, Book>();
  let held = 0;
  let columns: Columns | null = null;
  let highlights = 0;
  // (the books held, but `keep`, the one being read: an export grouped by book, as Readwise writes it, gives each whole)
  const given = function* (keep?: string): Generator<ParsedConversation> {
    for (const [key, book] of books) {
      if (key === keep) continue;
      books.delete(key);
      held -= book.held;
      yield bookConversation(book);
    }
  };
  for await (const { cells: record, line } of csv.records) {
    if (!columns) {
      columns = columnsOf(record);
      const missing = REQUIRED.find((c) => !columns!.has(c.toLowerCase()));
      if (missing) throw new ImportError(file, `line ${line}`, `no "${missing}" column: not a Readwise export (its header is ${READWISE_COLUMNS.join(",")})`);
      continue;
    }
    const read = rowTurn(file, record, columns, line, Math.floor(info.mtimeMs));
    if (!read) continue;
    highlights++;
    const key = `${read.title}\u0000${read.author ?? ""}`;
    const counts = read.turn.text.length + HELD_PER_HIGHLIGHT;
    const book = books.get(key) ?? { title: read.title, author: read.author, turns: [], held: 0 };
    books.set(key, book);
    book.turns.push(read.turn);
    book.held += counts;
    held += counts;
    if (held > MAX_HELD_HIGHLIGHT_CHARS) yield* given(key);
    if (held > MAX_HELD_HIGHLIGHT_CHARS) yield* given();
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not a Readwise export (its header is ${READWISE_COLUMNS.join(",")})`);
  if (!highlights) throw new ImportError(file, `line ${csv.lastLine()}`, "no highlight or note in this Readwise export");
  yield* given();
}
