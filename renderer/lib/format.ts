/** Display formatting for dates (epoch ms, shown in the user's local time zone), sizes and counts. */

const dateFmt = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric" });
const dateTimeFmt = new Intl.DateTimeFormat(undefined, { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
const timeFmt = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dayFmt = new Intl.DateTimeFormat(undefined, { weekday: "long", year: "numeric", month: "long", day: "numeric" });

/** What a time no date can show reads as (NaN, or beyond ±8.64e15 ms: an old import's bad time). */
export const UNKNOWN_DATE = "unknown date";

/** True when `ms` is a time a Date can hold. */
export function isShowableTime(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

const safe = (fmt: Intl.DateTimeFormat, ms: number): string => (isShowableTime(ms) ? fmt.format(ms) : UNKNOWN_DATE);

/** "Mar 4, 2023" for an epoch-ms time; "—" for null; UNKNOWN_DATE when no date can show it. */
export function formatDate(ms: number | null | undefined): string {
  return ms == null ? "—" : safe(dateFmt, ms);
}

/** "Mar 4, 2023, 14:05" for an epoch-ms time; "—" for null; UNKNOWN_DATE when no date can show it. */
export function formatDateTime(ms: number | null | undefined): string {
  return ms == null ? "—" : safe(dateTimeFmt, ms);
}

/** "14:05" for an epoch-ms time; UNKNOWN_DATE when no date can show it. */
export function formatTime(ms: number): string {
  return safe(timeFmt, ms);
}

/** "Saturday, March 4, 2023" for a day heading; UNKNOWN_DATE when no date can show it. */
export function formatDay(ms: number): string {
  return safe(dayFmt, ms);
}

/** The day as a memory's text writes it, "2 April 2023" (local time, as the dates beside it show). */
const textDayFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });
/** A text's closing "(2 April 2023)": group 1 the day, group 2 the punctuation after it. */
const CLOSING_DAY = /\s\((\d{1,2} [A-Z][a-z]+ \d{4})\)([.!?…]*)$/;

/**
 * `text` without its closing "(2 April 2023)" when that is the day `ms` shows on, the date listed
 * beside it: a fact's text ends with the day it was said so it stands alone (in a prompt, an
 * export), which a list with a date column would say twice ("Audrey is craving pastries (16 April
 * 2023)!" beside "Apr 16, 2023" → "Audrey is craving pastries!"). Any other text as it is.
 */
export function withoutShownDay(text: string, ms: number | null | undefined): string {
  const m = CLOSING_DAY.exec(text);
  if (!m || ms == null || !isShowableTime(ms) || textDayFmt.format(ms) !== m[1]) return text;
  return text.slice(0, m.index) + m[2];
}

/** ISO 8601 for a `<time dateTime>` attribute; "" when no date can show it. */
export function isoAttr(ms: number): string {
  return isShowableTime(ms) ? new Date(ms).toISOString() : "";
}

/** Bytes as "1.2 GB" (base 1024, one decimal above KB). */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes)) return "—";
  const units = ["B", "KB", "MB", "GB", "TB"];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${i === 0 ? v : v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

/** 12345 → "12,345". */
export function formatCount(n: number): string {
  return n.toLocaleString();
}

/** A count with its noun, singular or plural: `1 memory`, `2,048 memories`. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

/** A local calendar day as `YYYY-MM-DD` (for <input type="date">). */
export function toDateInput(ms: number): string {
  const d = new Date(ms);
  const p = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * Parses a `YYYY-MM-DD` date input value to epoch ms at local midnight (or the end of that day with
 * `endOfDay`). Returns undefined for an empty or invalid value.
 */
export function fromDateInput(value: string, endOfDay = false): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (endOfDay) d.setHours(23, 59, 59, 999);
  const t = d.getTime();
  return Number.isFinite(t) ? t : undefined;
}

/** Local midnight of the day containing `ms`. */
export function startOfDay(ms: number): number {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** One error to show the user: the Error's message, or its string form. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return typeof err === "string" ? err : "Something went wrong.";
}
