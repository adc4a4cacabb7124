/**
 * How a reader's library export is told in their own words, shared by the readers of Goodreads'
 * export (goodreads.ts) and The StoryGraph's (storygraph.ts), so that a book reads alike whichever app
 * logged it (Libby's timeline of library loans names its books so too: libby.ts): a book named by its
 * title in quotes and its authors ("\"Piranesi\" by Susanna Clarke"), the
 * day it was finished ("I finished reading … on 18 October 2026."), where it is ("I'm currently reading
 * …", "I added … to my to-read list on 21 October 2026."), its stars ("I gave … five stars out of
 * five.", "… 4.5 stars out of five.") and the reader's review ("My review of … (what I thought of it):
 * …"). Both apps write days as `2026/11/03` and reviews as HTML.
 */
import { humanDate } from "../../time/format.js";
import { enmlLines } from "../kit/enml.js";

/** A book as a reading log names it. */
export interface BookName {
  /** The title as a reader says it (no series, no long subtitle: {@link titleAsSaid}). */
  name: string;
  /** Its authors, in the export's order (none when the export names none). */
  authors: string[];
  /** Others named with the authors, without a role (Goodreads' "Additional Authors"): "(with Tony Tanner)". */
  others: string[];
  /** Others with their role, as said ("translated by Deborah Smith", "narrated by Charlie Thurston"). */
  credits: string[];
  /** The series and the book's number in it ("Thomas Cromwell", "1"), or null. */
  series: { name: string; number: string } | null;
}

/** A title's series at its end, as Goodreads writes it: "(Thomas Cromwell, #1)", "(Legacy #1)", "(Discworld, #2.5)". */
const SERIES = /\s*\(([^()]*?),?\s*#\s*(\d+(?:\.\d+)?)\)\s*$/;

/** The series a title ends with ("Wolf Hall (Thomas Cromwell, #1)" → { name: "Thomas Cromwell", number: "1" }), or null. */
export function seriesOf(title: string): { name: string; number: string } | null {
  const m = SERIES.exec(title);
  return m ? { name: m[1]!.trim(), number: m[2]! } : null;
}

/**
 * A title as a reader says it: without its series, and without a subtitle of three words or more after
 * a colon ("The Wager: A Tale of Shipwreck, Mutiny and Murder" → "The Wager"; "Star Wars: Thrawn" kept).
 */
export function titleAsSaid(title: string): string {
  const bare = title.replace(SERIES, "").trim() || title;
  const colon = bare.indexOf(": ");
  if (colon <= 0 || !/\p{L}/u.test(bare.slice(0, colon))) return bare;
  return bare
    .slice(colon + 2)
    .trim()
    .split(/\s+/).length >= 3
    ? bare.slice(0, colon).trim()
    : bare;
}

/**
 * How a reader names the book: its title in quotes, as a title is written in plain text (so its words
 * are a title's, not a day's: "Tomorrow, and Tomorrow, and Tomorrow"), by its authors, with whoever
 * else it credits and its series ("\"Piranesi\" by Susanna Clarke", "\"Inkheart\" by Cornelia Funke (with
 * Anthea Bell)", "\"The Vegetarian\" by Han Kang (translated by Deborah Smith)", "\"Wolf Hall\" by Hilary
 * Mantel (book 1 of the Thomas Cromwell series)").
 */
export function bookWords(book: BookName): string {
  const credited = [...(book.others.length ? [`with ${listWords(book.others)}`] : []), ...book.credits];
  const by = book.authors.length ? ` by ${listWords(book.authors)}${credited.length ? ` (${credited.join("; ")})` : ""}` : "";
  const series = book.series ? ` (book ${book.series.number} of the ${book.series.name} series)` : "";
  return `"${book.name}"${by}${series}`;
}

/** A cell's list as a reading log writes one (StoryGraph's authors, moods and tags, Libby's authors): comma-separated, each trimmed, empty ones dropped. */
export function listOf(cell: string): string[] {
  return cell
    .split(",")
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** Words joined as a list is said: "a", "a and b", "a, b and c". */
export function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** A shelf's or a tag's name in words: its hyphens and underscores spaces ("book-club" → "book club", "did-not-finish" → "did not finish"). */
export function shelfWords(shelf: string): string {
  return shelf.replace(/[-_]+/g, " ").trim();
}

/** An ordinal as written: 2 → "2nd", 3 → "3rd", 11 → "11th". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** A day of a reading log, as precise as the export gives it: a day, or a month or a year alone (StoryGraph's "2024/09", "2024"). */
export interface LogDay {
  /** Its first day at noon UTC (its day in any zone), epoch ms. */
  at: number;
  precision: "day" | "month" | "year";
}

/**
 * The day a reading log's cell names, as both apps write it ("2026/11/03", or "2026-11-03"), or as
 * StoryGraph writes one it knows less of ("2024/09", "2024"); null for an empty cell, undefined for no
 * such day ("3 Nov 2026", "2026/02/30").
 */
export function logDay(cell: string): LogDay | null | undefined {
  if (!cell) return null;
  const m = /^(\d{4})(?:[/-](\d{1,2})(?:[/-](\d{1,2}))?)?$/.exec(cell);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const at = Date.UTC(y, mo - 1, d, 12);
  const back = new Date(at);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return { at, precision: m[3] ? "day" : m[2] ? "month" : "year" };
}

/** A month's name, as a date says it ("October"). */
const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });

/** When a log's day was, as said after a verb: "on 18 October 2026", "in October 2026", "in 2024". */
export function whenWords(day: LogDay): string {
  const year = new Date(day.at).getUTCFullYear();
  return day.precision === "day" ? `on ${humanDate(day.at)}` : day.precision === "month" ? `in ${MONTH.format(day.at)} ${year}` : `in ${year}`;
}

/**
 * A reading from its first day to its last, as said ("from 28 September to 12 October 2026", "from 3 to
 * 17 January 2021", "on 8 July 2025" for one day, "from 30 December 2025 to 4 January 2026", "in 2024");
 * a reading of which only its last day is known, when it was finished ("finishing on 14 September 2021").
 */
export function readingWords(start: LogDay | null, end: LogDay): string {
  if (!start) return end.precision === "day" ? `finishing ${whenWords(end)}` : whenWords(end);
  if (start.precision !== "day" || end.precision !== "day")
    return start.at === end.at ? whenWords(end) : `from ${whenWords(start).slice(3)} to ${whenWords(end).slice(3)}`;
  if (start.at === end.at) return whenWords(end);
  const [a, b] = [new Date(start.at), new Date(end.at)];
  const full = humanDate(end.at);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `from ${humanDate(start.at)} to ${full}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `from ${a.getUTCDate()} ${MONTH.format(start.at)} to ${full}`;
  return `from ${a.getUTCDate()} to ${full}`;
}

/** Stars as said: whole stars in words ("one star", "four stars"), a part of one in figures ("4.5 stars", "3.75 stars"). */
export function starsWords(stars: number): string {
  const whole = ["", "one star", "two stars", "three stars", "four stars", "five stars"][stars];
  return Number.isInteger(stars) && whole ? whole : `${stars} stars`;
}

/** How a book was read: read on paper or a screen, or listened to (an audiobook). */
export type ReadingWay = "reading" | "listening to";

/** "for the 2nd time" for a book read `times` times (none for once or not counted). */
function again(times: number): string {
  return times > 1 ? ` for the ${ordinal(times)} time` : "";
}

/** The book finished `when` (or on no day known), read `times` times: "I finished reading "Piranesi" by Susanna Clarke on 18 October 2026.", "I've read … for the 3rd time.", "I finished listening to …". */
export function finishedSentence(named: string, when: LogDay | null, times: number, way: ReadingWay = "reading"): string {
  if (when) return `I finished ${way} ${named}${again(times)} ${whenWords(when)}.`;
  return `${way === "reading" ? "I've read" : "I've listened to"} ${named}${again(times)}.`;
}

/** The book being read now: "I'm currently reading "Orbital" by Samantha Harvey.", with the last day it was finished before when there is one. */
export function currentlySentence(named: string, lastFinished: LogDay | null, way: ReadingWay = "reading"): string {
  return `I'm currently ${way} ${named}${lastFinished ? `, which I last finished ${whenWords(lastFinished)}` : ""}.`;
}

/** The book wanted: "I added "Klara and the Sun" by Kazuo Ishiguro to my to-read list on 21 October 2026." (no day when none is known). */
export function toReadSentence(named: string, added: LogDay | null): string {
  return `I added ${named} to my to-read list${added ? ` ${whenWords(added)}` : ""}.`;
}

/** The book put on a shelf of the reader's own: "I added "Wolf Hall" … to my did not finish shelf on 20 August 2026.". */
export function shelfSentence(named: string, shelf: string, added: LogDay | null): string {
  return `I added ${named} to my ${shelfWords(shelf)} shelf${added ? ` ${whenWords(added)}` : ""}.`;
}

/**
 * The reader's stars: "I gave "Piranesi" by Susanna Clarke five stars out of five." (Goodreads' "My
 * Rating"), or with `verb` "rated", "I rated … 4.5 stars out of five." (StoryGraph's "Star Rating").
 */
export function ratingSentence(named: string, stars: number, verb: "gave" | "rated" = "gave"): string {
  return `I ${verb} ${named} ${starsWords(stars)} out of five.`;
}

/**
 * The reader's review, its lines kept: "My review of "Piranesi" by Susanna Clarke (what I thought of
 * it): …"; `what` says what a review is in other words ("what I thought of it and said about it").
 */
export function reviewParagraph(named: string, lines: string[], what = "what I thought of it"): string {
  return [`My review of ${named} (${what}): ${lines[0] ?? ""}`, ...lines.slice(1)].join("\n");
}

/**
 * A review's or a note's text as lines: HTML (Goodreads' `<br/>`, `<i>`, `&amp;`; StoryGraph's
 * `<div>…<br>…</div>`) read as a note's markup (enml.ts), or plain text, its blank lines dropped.
 */
export function textLines(cell: string): string[] {
  if (!cell) return [];
  const html = /<[a-z][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i.test(cell);
  const lines = html ? enmlLines(cell.replace(/\r?\n/g, " ")) : cell.split(/\r?\n|\r/);
  return lines.map((l) => l.replace(/\s+/g, " ").trim()).filter((l) => /[\p{L}\p{N}]/u.test(l));
}
