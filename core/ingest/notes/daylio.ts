/**
 * Daylio's export of a mood journal (Daylio → More → Export entries → CSV:
 * `daylio_export_2026_11_30.csv`) → one note per entry, in the user's own words. The file is
 * CSV (RFC 4180, parsed by csv-parse, streamed by csv-records.ts), its header in English whatever the
 * app's language, then a row per entry, newest first:
 *
 * - `full_date,date,weekday,time,mood,activities,note_title,note` (the export since entries had titles);
 *   older ones end `…,activities,note` (no title), the oldest open `year,date,…` (no `full_date`: the
 *   year, then the day as the phone words it, "18 May" or "May 18"); the newest have `scales` after
 *   `activities` (a scale's name and value, "Sleep Quality: 8/10 points | Sleep Time: 8:00");
 * - `full_date` the entry's day (`2026-11-24`); `date` and `weekday` the same day in the phone's words
 *   ("24 November", "November 24", "Tuesday", in the app's language), not read; `time` the phone's
 *   clock, 12-hour ("2:20 pm", "10:04 AM") or 24-hour ("14:20"), the entry's local time, read as UTC;
 * - `mood` the mood's name: Daylio's five ("rad", "good", "meh", "bad", "awful"), one the user renamed
 *   or added ("vaguely ok", "anxious"), in the app's language;
 * - `activities` the activities ticked, joined by " | " ("work | sleep early"), Daylio's or the user's;
 * - `note_title` and `note` as typed, the note Daylio's rich text: a line break `<br>`, `<b>`, `<i>`,
 *   lists, entities (`&amp;`); Daylio quotes these cells always (an empty one `""`), doubling a quote.
 *
 * Each entry is a note of the user's, of its time, titled by its note's title ("My birthday"), else by its
 * day alone ("Sunday 8 November 2026", which names no topic): its mood and activities said as its writer
 * would ("I did family and date night; my mood was rad."), then its note's lines ("32 today! Sam took
 * me up the Sky Garden, then cake at Mum's."). A title is what the entry's words are about, as a Day
 * One entry's heading is (the memory engine tells a fact under it: "My birthday: Sam took the user up
 * the Sky Garden"), so an entry is a note of its own, not a paragraph of its day's. Daylio keeps no id
 * of an entry: each is keyed by its day and time (`daylio:2026-11-08 22:00`), so a later export adds
 * only the entries that are new, and an entry changed since supersedes what was remembered of it.
 */
import { stat } from "node:fs/promises";
import { csvRecords, headerCells, cellOf, type CsvColumns } from "../kit/csv-records.js";
import { enmlLines } from "../kit/enml.js";
import { NO_TEXT, NOTE_SPEAKER, splitLong } from "./note.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** The columns of Daylio's CSV export, in its order (older exports lack `note_title`; the newest have `scales` after `activities`). */
export const DAYLIO_COLUMNS = ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"] as const;

/** Most characters of one CSV record (an entry and its note): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/**
 * Whether a file's start (its text, a byte-order mark dropped) is Daylio's CSV export: its first line
 * a header that opens "full_date,date,weekday,time,mood" (the oldest exports' "year,date,weekday,time,mood")
 * and names "activities".
 */
export function isDaylioCsv(start: string): boolean {
  const cells = headerCells(start, true);
  return (
    (cells[0] === "full_date" || cells[0] === "year") &&
    cells[1] === "date" &&
    cells[2] === "weekday" &&
    cells[3] === "time" &&
    cells[4] === "mood" &&
    cells.includes("activities")
  );
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** A month's number (1–12) from its English name or its first three letters ("Nov", "November"), or null. */
function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i < 0 ? null : i + 1;
}

/** Noon UTC of a day that is one (`y`, `m` 1–12, `d`), else undefined ("2026-02-30"). */
function dayAt(y: number, m: number, d: number): number | undefined {
  const at = Date.UTC(y, m - 1, d, 12);
  const back = new Date(at);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? at : undefined;
}

/** An entry's day, from `full_date` ("2026-11-24"), else from the oldest exports' `year` and `date` ("2018", "18 May" or "May 18"): noon UTC, or undefined for no such day. */
function entryDay(row: string[], columns: CsvColumns): number | undefined {
  if (columns.has("full_date")) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cellOf(row, columns, "full_date"));
    return m ? dayAt(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  }
  const year = cellOf(row, columns, "year");
  const date = cellOf(row, columns, "date");
  const m = /^(\d{1,2})\.?\s+(\p{L}+\.?)$/u.exec(date) ?? /^(\p{L}+\.?)\s+(\d{1,2})$/u.exec(date);
  if (!/^\d{4}$/.test(year) || !m) return undefined;
  const [day, month] = /^\d/.test(m[1]!) ? [Number(m[1]), monthOf(m[2]!)] : [Number(m[2]), monthOf(m[1]!)];
  return month === null ? undefined : dayAt(Number(year), month, day);
}

/** A time on the phone's clock, 12-hour ("2:20 pm", "10:04 AM", "12:05 a.m.") or 24-hour ("14:20", "7:05"), as minutes past midnight; null when it is none. */
function minutesOf(cell: string): number | null {
  const m = /^(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?\s*m\.?)?$/i.exec(cell);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  if (minute > 59) return null;
  if (m[3]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[3].toLowerCase() === "p" ? 12 : 0);
  } else if (hour > 23) return null;
  return hour * 60 + minute;
}

/** Daylio's rich text as plain lines: HTML (`<br>`, `<b>`, lists, `&amp;`) through enml.ts, else the cell's own lines; blank lines dropped, spaces folded. */
function textLines(cell: string): string[] {
  if (!cell) return [];
  const html = /<[a-z/][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(cell);
  const lines = html ? enmlLines(cell.replace(/\r?\n|\r/g, "<br>")) : cell.split(/\r?\n|\r/);
  return lines.map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => /[\p{L}\p{N}]/u.test(l));
}

/** A list cell split at Daylio's " | " (activities, scales), each trimmed, empty ones dropped. */
function listOf(cell: string): string[] {
  return cell
    .split("|")
    .map((a) => a.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** An entry as its row gives it. */
interface Entry {
  /** Noon UTC of its day. */
  day: number;
  /** Its local time (read as UTC), epoch ms. */
  at: number;
  mood: string;
  activities: string[];
  scales: string[];
  title: string;
  note: string[];
  line: number;
}

/** The entry `row` gives (its record starting at `line`). @throws ImportError naming the line and the column of a bad cell. */
function entryOf(file: string, row: string[], columns: CsvColumns, line: number): Entry {
  const bad = (column: string, detail: string): ImportError => new ImportError(file, `line ${line}, "${column}"`, detail);
  const day = entryDay(row, columns);
  if (day === undefined) {
    if (columns.has("full_date")) throw bad("full_date", `${JSON.stringify(cellOf(row, columns, "full_date"))} is no day (Daylio writes 2026-11-24)`);
    throw bad("date", `${JSON.stringify(`${cellOf(row, columns, "year")} ${cellOf(row, columns, "date")}`)} is no day (Daylio writes a year, then "18 May")`);
  }
  const time = cellOf(row, columns, "time");
  const minutes = minutesOf(time);
  if (minutes === null) throw bad("time", `${JSON.stringify(time)} is no time of day (Daylio writes "2:20 pm" or "14:20")`);
  const mood = cellOf(row, columns, "mood").replace(/\s+/g, " ");
  if (!mood) throw bad("mood", "an entry with no mood (Daylio writes its name: rad, good, meh, bad, awful, or one of yours)");
  return {
    day,
    at: day - 12 * 3_600_000 + minutes * 60_000,
    mood,
    activities: listOf(cellOf(row, columns, "activities")),
    scales: listOf(cellOf(row, columns, "scales")),
    title: textLines(cellOf(row, columns, "note_title")).join(" "),
    note: textLines(cellOf(row, columns, "note")),
    line,
  };
}

/** Words joined as a list is said: "a", "a and b", "a, b and c". */
function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/**
 * How an entry's mood and activities are said, as its writer would put them in a sentence of their own:
 * "I did family and date night; my mood was rad." ("My mood was meh." with no activity), then each
 * scale's value as Daylio words it ("Sleep Quality: 8/10 points."). Other ways of saying it were lost:
 * "Felt awful." and "I felt awful." are a passing feeling, no fact the memory engine keeps; "Did: work,
 * sleep early." read as orders to work and to sleep early; "my activities were gym" shares no word with
 * "When did I last go to the gym?" but the gym's.
 */
function moodWords(e: Entry): string {
  const felt = e.activities.length ? `I did ${listWords(e.activities)}; my mood was ${e.mood}.` : `My mood was ${e.mood}.`;
  return [felt, ...e.scales.map((s) => (/[.!?]$/.test(s) ? s : `${s}.`))].join(" ");
}

/** An entry's text: its mood and activities in words ({@link moodWords}), then its note's lines as typed. */
function entryWords(e: Entry): string {
  return [moodWords(e), ...e.note].join("\n");
}

/** The 24-hour time of epoch ms, "14:20" (UTC). */
function clock(at: number): string {
  return new Date(at).toISOString().slice(11, 16);
}

const DAY_WORDS = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * An entry as its conversation, a note of the user's keyed by its day and its time (`time`, "19:45",
 * "19:45 #2" for a second entry at that minute), titled by its note's title, else by its day in words
 * alone ("Wednesday 18 November 2026": a title that names no topic), its text one paragraph (several
 * past 2,000 characters: "19:45 (2)" …) named by its time and of its time.
 */
function entryNote(e: Entry, time: string): ParsedConversation {
  const metadata = {
    line: e.line,
    daylio: {
      time: clock(e.at),
      mood: e.mood,
      ...(e.activities.length ? { activities: e.activities } : {}),
      ...(e.scales.length ? { scales: e.scales } : {}),
      ...(e.title ? { title: e.title } : {}),
    },
  };
  const turns = splitLong(entryWords(e)).map((text, i) => ({
    externalId: i === 0 ? time : `${time} (${i + 1})`,
    speaker: NOTE_SPEAKER,
    role: "user" as const,
    occurredAt: e.at,
    text,
    metadata,
  }));
  return {
    format: "note",
    externalId: `daylio:${new Date(e.day).toISOString().slice(0, 10)} ${time}`,
    title: e.title || DAY_WORDS.format(e.day).replace(",", ""),
    participants: [NOTE_SPEAKER],
    startedAt: e.at,
    turns,
  };
}

/**
 * Reads `file`, Daylio's CSV export (UTF-8, streamed through csv-parse), yielding each entry as its row
 * is read (memory holds one entry), a note of the user's: format `note`, externalId `daylio:<day>
 * <time>` ("daylio:2026-11-18 19:45", "… #2" for a second entry at that minute of that day: a later
 * export adds only the entries that are new), title the entry's note title, else its day in words
 * ("Wednesday 18 November 2026"), one turn said by the user (speaker "User", role "user") at the
 * entry's time (its local time read as UTC), externalId its time ("19:45", so an entry changed since
 * supersedes what was remembered of it), its text {@link entryWords} ("I did gym; my mood was rad.",
 * then its note's lines; over 2,000 characters several turns, "19:45 (2)" …). Turn metadata: `{ line,
 * daylio: { time, mood, activities?, scales?, title? } }` (`line`: where the entry's record starts in
 * the file). `date` and `weekday` (the day in the phone's words) are not read.
 * @throws ImportError naming the file and where: a header without `full_date` (nor `year` and `date`),
 *   `time` or `mood` (`line 1`); a bad cell at its record's line and column (`line 7, "time"`: a
 *   `full_date` that is no day, a time that is none, an entry with no mood); the CSV's own faults (an
 *   unclosed or stray quote, a record over {@link MAX_RECORD_CHARS} characters: the line csv-parse
 *   stopped at); invalid UTF-8 (its line and byte); an export with no entry ("the note has no text: a
 *   Daylio export with no entries", at its last line, so a folder passes it over).
 */
export async function* parseDaylio(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  let columns: CsvColumns | null = null;
  let entries = 0;
  /** The entries of the day being read so far, by time (a second at one minute is "#2"); the day. */
  let names = new Map<string, number>();
  let day: number | null = null;
  for await (const { cells: row, line } of csv.records) {
    if (!columns) {
      columns = new Map(row.map((name, i) => [name.trim().toLowerCase(), i]));
      const missing = (columns.has("full_date") || (columns.has("year") && columns.has("date")) ? ["time", "mood"] : ["full_date", "time", "mood"]).find(
        (c) => !columns!.has(c),
      );
      if (missing) throw new ImportError(file, `line ${line}`, `no "${missing}" column: not Daylio's CSV export (its header is ${DAYLIO_COLUMNS.join(",")})`);
      continue;
    }
    if (row.every((c) => !c.trim())) continue;
    const entry = entryOf(file, row, columns, line);
    entries++;
    if (entry.day !== day) names = new Map();
    day = entry.day;
    const time = clock(entry.at);
    const seen = (names.get(time) ?? 0) + 1;
    names.set(time, seen);
    yield entryNote(entry, seen > 1 ? `${time} #${seen}` : time);
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not Daylio's CSV export (its header is ${DAYLIO_COLUMNS.join(",")})`);
  if (!entries) throw new ImportError(file, `line ${csv.lastLine()}`, `${NO_TEXT}: a Daylio export with no entries`);
}
