/**
 * Libby's timeline (OverDrive's library app: Shelf → Timeline → Actions → Export Timeline), each
 * activity of the user's (a borrow, a return, a renewal, a hold placed, a hold expired) with its title,
 * authors, publisher, ISBN, time and library, exported in one of two shapes Engram reads:
 *
 * - Data, a JSON file (`libbytimeline-activities.json`, or `libbytimeline-all-loans.json` for the loans'
 *   view): `{ "version": 1, "timeline": [ … ] }`, newest first, each activity `{ cover: { contentType,
 *   url, title, color, format }, title: { text, url, titleId }, author, publisher, isbn, timestamp,
 *   activity, details, library: { text, url, key } }`: `cover.format` "ebook" or "audiobook";
 *   `timestamp` epoch milliseconds; `isbn` absent for some titles, `details` absent but on borrows and
 *   returns;
 * - Spreadsheet, a CSV (`libbytimeline-activities.csv`, `libbytimeline-all-loans.csv`): a header of
 *   the same fields, `cover,title,author,publisher,isbn,timestamp,activity,details,library` (the last
 *   two swapped in some), then a row per activity, newest first: the cover's link, the library's name,
 *   no format, and the time as "February 28, 2024 00:47" (the phone's clock, no zone: read as UTC, the
 *   user's clock, as every reader does; one "Hold expired" row of a real export has none, and is passed
 *   over, having no day to be told of).
 *
 * In both, `author` is comma-separated, a narrator sometimes among the authors ("Mihaly Csikszentmihalyi,
 * Sean Pratt"); `activity` is "Borrowed", "Returned", "renew" (in lower case), "Placed on hold" or
 * "Hold expired"; `details` a loan's length on a borrow (" 21 days ", spaces around it; empty on the
 * oldest borrows), how a return stood to its due date ("on due date", " 8 days  early", " 8 hours
 * early", two spaces before "early"), and nothing on a renewal or a hold. Checked against real exports in
 * public repositories: msmolkin/LibbyBookBackup's libbytimeline-activities.json (its history: 519
 * activities of the five kinds, every field above, `isbn` absent on 35, `details` only on borrows and
 * returns) and acavender/libbydata's libbytimeline-activities.csv (532 rows of the five kinds, every
 * `details` above, a row with no time), and readers of both in public code (a Libby JSON importer's
 * dataclasses and tests: `version`, `timeline`, `cover.format`, `title.titleId`, `library.key`; CSV
 * readers' headers in both column orders, and their times, "August 27, 2023 11:46"). The third shape
 * Libby offers, Table (a web page at share.libbyapp.com), is not read: no public copy of its markup was
 * found to check it against.
 *
 * Each month of activities is one note of the user's records (`records: "log"`, keyed
 * `libby:<YYYY-MM>`, titled "Libby, October 2026"), each activity a paragraph of its time in the
 * user's words, as Goodreads' and StoryGraph's books are named (reading-log.ts) and a diary's day is
 * said (letterboxd.ts): "Borrowed the audiobook "Piranesi" by Susanna Clarke from Leeds Libraries on
 * Libby on Tuesday 6 October, for 21 days.", "Returned … to Leeds Libraries on Libby 4 days early, on
 * Friday 23 October.", "Renewed the loan of …", "Placed a hold on … at Leeds Libraries on Libby on …",
 * "My hold on … at Leeds Libraries on Libby expired on …". Each paragraph is named by what it
 * tells, its activity, time and title (`borrowed@2026-10-06T06:55:09.301Z:5270846`), so a later export
 * adds only what is new. The Spreadsheet and the Data of one account are not told apart (the
 * Spreadsheet has no title id, and its times are the phone's clock to the minute): import one of them.
 */
import { stat } from "node:fs/promises";
import { inImportRange } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { HeldNotes } from "../notes/held-notes.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { dayWords } from "../media/letterboxd.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { bookWords, listOf, titleAsSaid } from "./reading-log.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";
import { monthYear } from "../../time/format.js";

/** The columns of Libby's Spreadsheet export (the order of the last two varies between exports: they are read by name). */
export const LIBBY_COLUMNS = ["cover", "title", "author", "publisher", "isbn", "timestamp", "activity", "details", "library"] as const;

/** The columns without which a CSV is no Libby timeline. */
const REQUIRED_COLUMNS = ["title", "author", "timestamp", "activity", "library"] as const;

/** Most characters of one CSV record (an activity): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 64 * 1024;

/**
 * Whether a file's start (its text) is the header of Libby's Spreadsheet export: a CSV header naming
 * "title", "author", "timestamp", "activity" and "library", in any case and order.
 */
export function isLibbyCsv(start: string): boolean {
  const cells = new Set(headerCells(start.replace(/^\uFEFF/, "").trimStart(), true));
  return REQUIRED_COLUMNS.every((c) => cells.has(c));
}

/**
 * Whether a file's start (its text) is Libby's Data export: a JSON object opening with its "version"
 * (or its "timeline" first) whose "timeline" array is empty or whose first activity names its
 * "activity", "titleId" and "library".
 */
export function isLibbyJson(start: string): boolean {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  const m = /^\{\s*(?:"version"\s*:\s*\d+\s*,\s*)?"timeline"\s*:\s*\[\s*(\]|\{)/.exec(s);
  if (!m) return false;
  return m[1] === "]" || ['"activity"', '"titleId"', '"library"'].every((k) => s.includes(k));
}

/** One activity of the timeline, as either export gives it. */
export interface LibbyActivity {
  /** The title as Libby writes it ("Piranesi", "CATCH-22"). */
  title: string;
  /** Libby's id of the title (the Data's `title.titleId`), or "" (the Spreadsheet has none). */
  titleId: string;
  /** The authors as one cell ("Adam Kinzinger, Michael D'Antonio"), or "". */
  author: string;
  publisher: string;
  isbn: string;
  /** "ebook", "audiobook" … (the Data's `cover.format`), or "" (the Spreadsheet has none). */
  format: string;
  /** When, epoch ms UTC. */
  at: number;
  /** The activity as written ("Borrowed", "renew", "Placed on hold"). */
  activity: string;
  /** Its details, white space folded ("21 days", "8 days early", "on due date"), or "". */
  details: string;
  /** The library's name ("Leeds Libraries"), or "". */
  library: string;
}

/** Authors of one cell, split at its commas (reading-log.ts `listOf`), a suffix kept with its name ("Martin Luther King, Jr."). */
function authorsOf(cell: string): string[] {
  const out: string[] = [];
  for (const part of listOf(cell)) {
    if (out.length && /^(?:jr|sr|ii|iii|iv|phd|md)\.?$/i.test(part)) out[out.length - 1] += `, ${part}`;
    else out.push(part);
  }
  return out;
}

/** The title as said: "the audiobook "Piranesi" by Susanna Clarke", without its format where the export gives none. */
function titleWords(a: LibbyActivity): string {
  const named = bookWords({ name: titleAsSaid(a.title), authors: authorsOf(a.author), others: [], credits: [], series: null });
  return a.format ? `the ${a.format.toLowerCase()} ${named}` : named;
}

/** A loan's length as said after a borrow: ", for 21 days"; "" for none, or else its details in brackets. */
function loanWords(details: string): string {
  if (!details) return "";
  return /^\d+ (?:days?|weeks?|hours?)$/i.test(details) ? `, for ${details}` : ` (${details})`;
}

/**
 * A return as said, how it stood to its due date with its day: "on Friday 9 October, on its due date",
 * "4 days early, on Friday 9 October" (said before the day: "on Friday 9 October, 4 days early" is read by
 * the memory engine as two dates, "Friday (Friday 9 October 2026) 9 October (October 2026)"), else its
 * details in brackets after the day.
 */
function returnWords(details: string, day: string): string {
  if (/^on (?:the )?due date$/i.test(details)) return `on ${day}, on its due date`;
  if (/^\d+ (?:days?|weeks?|hours?|minutes?) (?:early|late)$/i.test(details)) return `${details}, on ${day}`;
  return `on ${day}${details ? ` (${details})` : ""}`;
}

/**
 * An activity in the user's words, of its day without its year (the note's title and the paragraph's
 * time give it): "Borrowed the audiobook "Piranesi" by Susanna Clarke from Leeds Libraries on Libby on
 * Tuesday 6 October, for 21 days.", "Returned … to … on Libby 4 days early, on Friday 23 October.", "Renewed the loan of … from …",
 * "Placed a hold on … at …", "My hold on … at … on Libby expired on …"; another activity as written
 * ("Hold cancelled: the ebook "Orbital" by Samantha Harvey, Leeds Libraries, on Libby on …").
 */
export function activitySentence(a: LibbyActivity): string {
  const what = titleWords(a);
  const day = dayWords(a.at);
  const at = a.library ? ` at ${a.library}` : "";
  switch (a.activity.toLowerCase()) {
    case "borrowed":
    case "borrow":
      return `Borrowed ${what}${a.library ? ` from ${a.library}` : ""} on Libby on ${day}${loanWords(a.details)}.`;
    case "returned":
    case "return":
      return `Returned ${what}${a.library ? ` to ${a.library}` : ""} on Libby ${returnWords(a.details, day)}.`;
    case "renew":
    case "renewed":
      return `Renewed the loan of ${what}${a.library ? ` from ${a.library}` : ""} on Libby on ${day}.`;
    case "placed on hold":
    case "placed hold":
      return `Placed a hold on ${what}${at} on Libby on ${day}.`;
    case "hold expired":
      return `My hold on ${what}${at} on Libby expired on ${day}.`;
    default: {
      const said = a.activity.charAt(0).toUpperCase() + a.activity.slice(1);
      return `${said}: ${what}${a.library ? `, ${a.library}` : ""}, on Libby on ${day}${a.details ? ` (${a.details})` : ""}.`;
    }
  }
}

/** The note an activity is of: its month's ("libby:2026-10", "Libby, October 2026"). */
function monthNote(at: number): { key: string; title: string } {
  return { key: `libby:${new Date(at).toISOString().slice(0, 7)}`, title: `Libby, ${monthYear(at)}` };
}

/** The paragraph of an activity: named by its activity, time and title (its id, else its ISBN, else its name), said by the user. */
function activityTurn(a: LibbyActivity, place: Record<string, unknown>): ParsedTurn {
  const which = a.titleId || a.isbn || a.title.toLowerCase();
  const kept = Object.fromEntries(
    Object.entries({
      title: a.title,
      titleId: a.titleId,
      author: a.author,
      publisher: a.publisher,
      isbn: a.isbn,
      format: a.format,
      activity: a.activity,
      details: a.details,
      library: a.library,
    }).filter(([, v]) => v !== ""),
  );
  return {
    externalId: `${a.activity.toLowerCase()}@${new Date(a.at).toISOString()}:${which}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: a.at,
    text: activitySentence(a),
    metadata: { ...place, libby: kept },
  };
}

/** A cell's white space folded ("  8 days  early" → "8 days early"). */
function folded(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** The months of the Spreadsheet's times, as Libby writes them in English. */
const MONTH_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].map((m, i) => [m, i]),
);

/** A Spreadsheet time ("February 28, 2024 00:47", the phone's clock) as epoch ms, read as UTC; null when it is no such time. */
function csvTime(value: string): number | null {
  const m = /^([A-Za-z]+) (\d{1,2}), (\d{4}) (\d{1,2}):(\d{2})$/.exec(value);
  const month = m ? MONTH_NUMBERS[m[1]!.toLowerCase()] : undefined;
  if (!m || month === undefined) return null;
  const [d, y, h, min] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  const at = Date.UTC(y, month, d, h, min);
  const back = new Date(at);
  return back.getUTCDate() === d && back.getUTCMonth() === month && h < 24 && min < 60 ? at : null;
}

/** The activities of the Spreadsheet export, each with the line its row starts on; rows with no time passed over. @throws ImportError as {@link parseLibby} says. */
async function* csvActivities(file: string, opts: ReadOptions): AsyncGenerator<{ a: LibbyActivity; place: Record<string, unknown> }> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  let columns: CsvColumns | null = null;
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      columns = new Map(
        cells.map((name, i) => [
          name
            .replace(/^\uFEFF/, "")
            .trim()
            .toLowerCase(),
          i,
        ]),
      );
      const missing = REQUIRED_COLUMNS.find((c) => !columns!.has(c));
      if (missing) throw new ImportError(file, `line ${line}`, `no "${missing}" column: not Libby's timeline (its header is ${LIBBY_COLUMNS.join(",")})`);
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const cell = (c: (typeof LIBBY_COLUMNS)[number]) => cellOf(cells, columns!, c);
    const title = folded(cell("title"));
    if (!title) throw new ImportError(file, `line ${line}, "title"`, "empty: expected the title borrowed or held");
    const activity = folded(cell("activity"));
    if (!activity) throw new ImportError(file, `line ${line}, "activity"`, 'empty: expected what was done ("Borrowed", "Returned", "renew", "Placed on hold")');
    const when = cell("timestamp");
    // (a real export's "Hold expired" row with no time: no day to tell it of)
    if (!when) continue;
    const at = csvTime(when);
    if (at === null) throw new ImportError(file, `line ${line}, "timestamp"`, `${JSON.stringify(when)} is no time: Libby writes "February 28, 2024 00:47"`);
    const a: LibbyActivity = {
      title,
      titleId: "",
      author: folded(cell("author")),
      publisher: folded(cell("publisher")),
      isbn: cell("isbn").replace(/[\s=-]|"/g, ""),
      format: "",
      at,
      activity,
      details: folded(cell("details")),
      library: folded(cell("library")),
    };
    yield { a, place: { line } };
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not Libby's timeline (its header is ${LIBBY_COLUMNS.join(",")})`);
}

/** A string member of an activity of the Data export, "" when absent. @throws ImportError naming it: another kind of value. */
function stringAt(file: string, where: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw new ImportError(file, where, `expected a string, got ${describeValue(value)}`);
  return folded(value);
}

/** An object member of an activity of the Data export, {} when absent. @throws ImportError naming it: another kind of value. */
function objectAt(file: string, where: string, value: unknown): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new ImportError(file, where, `expected an object, got ${describeValue(value)}`);
  return value as Record<string, unknown>;
}

/** The activities of the Data export, each with its place in the timeline; activities with no time passed over. @throws ImportError as {@link parseLibby} says. */
async function* jsonActivities(file: string, opts: ReadOptions): AsyncGenerator<{ a: LibbyActivity; place: Record<string, unknown> }> {
  for await (const item of streamJsonArray(file, { arrayAt: "timeline", onProgress: opts.onProgress })) {
    const where = `timeline[${item.index}]`;
    const v = item.value;
    if (!v || typeof v !== "object" || Array.isArray(v)) throw new ImportError(file, where, `expected an activity (an object), got ${describeValue(v)}`);
    const o = v as Record<string, unknown>;
    const titleOf = objectAt(file, `${where}.title`, o.title);
    const title = stringAt(file, `${where}.title.text`, titleOf.text);
    if (!title) throw new ImportError(file, `${where}.title.text`, `expected the title borrowed or held, got ${describeValue(titleOf.text ?? null)}`);
    const activity = stringAt(file, `${where}.activity`, o.activity);
    if (!activity)
      throw new ImportError(file, `${where}.activity`, `expected what was done ("Borrowed", "Returned", "renew"), got ${describeValue(o.activity ?? null)}`);
    // (an activity with no time, as the Spreadsheet's "Hold expired" row: no day to tell it of)
    if (o.timestamp === undefined || o.timestamp === null) continue;
    if (typeof o.timestamp !== "number" || !Number.isInteger(o.timestamp) || !inImportRange(o.timestamp))
      throw new ImportError(file, `${where}.timestamp`, `expected epoch milliseconds, got ${describeValue(o.timestamp)}`);
    const library = objectAt(file, `${where}.library`, o.library);
    const titleId = typeof titleOf.titleId === "number" ? String(titleOf.titleId) : stringAt(file, `${where}.title.titleId`, titleOf.titleId);
    const a: LibbyActivity = {
      title,
      titleId,
      author: stringAt(file, `${where}.author`, o.author),
      publisher: stringAt(file, `${where}.publisher`, o.publisher),
      isbn: stringAt(file, `${where}.isbn`, o.isbn),
      format: stringAt(file, `${where}.cover.format`, objectAt(file, `${where}.cover`, o.cover).format),
      at: o.timestamp,
      activity,
      details: stringAt(file, `${where}.details`, o.details),
      library: stringAt(file, `${where}.library.text`, library.text) || stringAt(file, `${where}.library.key`, library.key),
    };
    yield { a, place: { index: item.index } };
  }
}

/**
 * Reads `file`, Libby's timeline exported as Data (JSON) or as a Spreadsheet (CSV; which one told by
 * its start `start`: a JSON object, else a CSV), as notes of the user's records (format `note`, said by
 * the user, speaker "User", `records: "log"`): a month of activities a note (externalId
 * `libby:<YYYY-MM>`, title "Libby, October 2026"), each activity a paragraph of its time
 * ({@link activitySentence}), named `<activity in lower case>@<ISO time>:<title id, else ISBN, else
 * title in lower case>`; an activity met twice (the same name) is told once. Paragraphs in time order.
 * Turn metadata: `{ line (the Spreadsheet's row) or index (the Data's place in "timeline"), libby: {
 * title, titleId, author, publisher, isbn, format, activity, details, library } }`, empty fields left
 * out. Notes are held to the file's end (held-notes.ts; given sooner past its MAX_HELD_CHARS, the same
 * key).
 * @throws ImportError naming the file and where: the Data's activity that is no object
 *   (`timeline[3]`), whose title's text or activity is missing or empty (`timeline[3].title.text`), whose
 *   `timestamp` is no epoch milliseconds, whose `author`, `publisher`, `isbn`, `details`, `cover.format`
 *   or `library.text` is no string; the JSON's own faults (invalid JSON or UTF-8, truncation, an object
 *   with no "timeline" array) at their byte; the Spreadsheet's header without "title", "author",
 *   "timestamp", "activity" or "library" (`line 1`), a row's empty title or activity or a time that is
 *   no "February 28, 2024 00:47" (`line 7, "timestamp"`), the CSV's own faults (an unclosed or stray
 *   quote, a record over {@link MAX_RECORD_CHARS} characters) at the line csv-parse stopped at; a
 *   timeline with no activity, "the note has no text: …" (a folder passes it over, saying so).
 */
export async function* parseLibby(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const json = start
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith("{");
  const notes = new HeldNotes({ records: "log" });
  const seen = new Set<string>();
  for await (const { a, place } of json ? jsonActivities(file, opts) : csvActivities(file, opts)) {
    const turn = activityTurn(a, place);
    if (seen.has(turn.externalId!)) continue;
    seen.add(turn.externalId!);
    const note = monthNote(a.at);
    yield* notes.add(note.key, note.title, turn);
  }
  if (!seen.size) throw new ImportError(file, json ? "timeline" : "line 1", `${NO_TEXT}: a Libby timeline with no activity`);
  yield* notes.given();
}
