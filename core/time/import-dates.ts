/**
 * Date and time parsing for imports. Every result is epoch ms UTC; a value without a zone is read
 * as UTC (exports rarely say which zone their wall-clock times are in). Fast regexes handle the
 * common forms; chrono-node (https://github.com/wanasit/chrono) is the fallback for the rest.
 */
import * as chrono from "chrono-node";

const DAY_MS = 86_400_000;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([ap])\.?m\.?)?$/i;
const LOCOMO_DATE = /^(\d{1,2}):(\d{2})\s*([ap])\.?m\.?\s+on\s+(\d{1,2})\s+([a-z]+),?\s+(\d{4})$/i;

/** The latest time an import accepts: 1 January 2200, UTC (epoch ms). The earliest is the epoch. */
export const LATEST_IMPORT_MS = Date.UTC(2200, 0, 1);

/** True when `ms` is a finite time from 1970 to 2199 (UTC): what an import accepts and every view can show. */
export function inImportRange(ms: number): boolean {
  return Number.isFinite(ms) && ms >= 0 && ms < LATEST_IMPORT_MS;
}

/**
 * Parses an ISO 8601 date-time (`2024-03-05T14:02:00.123456Z`) to epoch ms UTC; a value without a
 * zone is read as UTC. Returns NaN when it is not a date-time or not from 1970 to 2199.
 */
export function isoToMs(s: string): number {
  const m = ISO.exec(s.trim());
  if (!m) return Number.NaN;
  const y = +m[1]!;
  const mo = +m[2]! - 1;
  const d = +m[3]!;
  const h = +(m[4] ?? 0);
  const mi = +(m[5] ?? 0);
  const sec = +(m[6] ?? 0);
  const zone = m[8];
  let t = Date.UTC(y, mo, d, h, mi, sec, m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0);
  if (zone && zone.toUpperCase() !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  const valid = d >= 1 && d <= new Date(Date.UTC(y, mo + 1, 0)).getUTCDate() && mo >= 0 && mo < 12 && h < 24 && mi < 60 && sec < 61;
  return valid && inImportRange(t) ? t : Number.NaN;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Converts an hour on a 12-hour clock (`pm` true for p.m.) or a 24-hour clock (`pm` undefined) to 0–23; NaN when out of range. */
function hour24(h: number, pm: boolean | undefined): number {
  if (pm === undefined) return h < 24 ? h : Number.NaN;
  if (h < 1 || h > 12) return Number.NaN;
  return (h % 12) + (pm ? 12 : 0);
}

/**
 * Parses a time of day (`14:02`, `14:02:33`, `2:02 pm`, `2:02PM`, `2:02 p.m.`) to ms since midnight;
 * NaN when `s` is not only a time of day.
 */
export function timeOfDayMs(s: string): number {
  const m = TIME_OF_DAY.exec(s.trim());
  if (!m) return Number.NaN;
  const h = hour24(Number(m[1]), m[4] ? m[4].toLowerCase() === "p" : undefined);
  const min = Number(m[2]);
  const sec = Number(m[3] ?? 0);
  return min < 60 && sec < 60 ? ((h * 60 + min) * 60 + sec) * 1000 : Number.NaN;
}

/** A parsed human date: epoch ms UTC, and whether the text named a time of day (else ms is midnight). */
export interface HumanDate {
  ms: number;
  hasTime: boolean;
}

/**
 * Parses a whole string that is a calendar date with an optional time, such as LoCoMo's
 * `1:56 pm on 8 May, 2023`, `March 5, 2024`, `3/5/24, 2:02 PM` (chrono reads slashes as
 * month/day; with `opts.dayFirst` as day/month, as British and most other English write them:
 * chrono's en.GB parser) or `2024-03-05 14:02`. Day, month and year must all be given. Returns null when
 * `s` is anything else (relative dates like "tomorrow" are refused: an import has no "today"), or
 * a date outside 1970–2199.
 */
export function parseHumanDate(s: string, opts: { dayFirst?: boolean } = {}): HumanDate | null {
  const d = parseAnyHumanDate(s, opts.dayFirst ?? false);
  return d && inImportRange(d.ms) ? d : null;
}

/**
 * What a numeric date with slashes opening `line` ("[13/03/2026, 17:45:22] …", "3/14/26, 9:02 PM -
 * …") says of its order: true (day first) when its first number is over 12, false (month first)
 * when its second is, null when it cannot tell or there is none.
 */
export function slashDatesDayFirst(line: string): boolean | null {
  const m = SLASH_DATE.exec(line);
  if (!m) return null;
  if (Number(m[1]) > 12) return true;
  return Number(m[2]) > 12 ? false : null;
}

/**
 * Whether `line` opens with the stamp WhatsApp writes in a locale that puts the day first: a
 * four-digit year and a 24-hour time ("[01/11/2026, 18:02:11] Ana: …" on an iPhone, "01/11/2026,
 * 18:02 - Ana: …" on Android, as British English writes them); the US locale writes a two-digit year
 * and a 12-hour time ("[11/1/26, 6:02:11 PM]"). For a file none of whose dates tells its order. Null
 * when `line` opens with no numeric slash date.
 */
export function dayFirstStamp(line: string): boolean | null {
  return SLASH_DATE.test(line) ? WHATSAPP_DAY_FIRST.test(line) : null;
}

/** WhatsApp's stamp of a day-first locale (see dayFirstStamp). */
const WHATSAPP_DAY_FIRST = /^\s*(?:\[\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}:\d{2}\] |\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2} - )/;

/** A numeric date with slashes opening a line, after a bracket: group 1 the first number, 2 the second. */
const SLASH_DATE = /^\s*[[(]?(\d{1,2})\/(\d{1,2})\/\d{2,4}\b/;

function parseAnyHumanDate(s: string, dayFirst: boolean): HumanDate | null {
  const text = s.trim();
  const locomo = LOCOMO_DATE.exec(text);
  if (locomo) {
    const month = MONTHS.indexOf(locomo[5]!.slice(0, 3).toLowerCase());
    const h = hour24(Number(locomo[1]), locomo[3]!.toLowerCase() === "p");
    const ms = Date.UTC(Number(locomo[6]), month, Number(locomo[4]), h, Number(locomo[2]));
    if (month >= 0 && !Number.isNaN(ms) && new Date(ms).getUTCDate() === Number(locomo[4])) return { ms, hasTime: true };
  }
  const iso = isoToMs(text);
  if (!Number.isNaN(iso)) return { ms: iso, hasTime: /\d:\d/.test(text) };
  const [r] = (dayFirst ? chrono.en.GB : chrono).parse(text, { instant: new Date(0), timezone: 0 });
  if (!r || r.index > 1 || r.text.length < text.replace(/[\s,.]+$/, "").length - 1) return null;
  if (!r.start.isCertain("day") || !r.start.isCertain("month") || !r.start.isCertain("year")) return null;
  const hasTime = r.start.isCertain("hour");
  const ms = hasTime ? r.start.date().getTime() : Date.UTC(r.start.get("year")!, r.start.get("month")! - 1, r.start.get("day")!);
  return { ms, hasTime };
}

/** A calendar date inside a longer text: ISO ("2026-11-28"), "28 November 2026" or "November 28, 2026". */
const DATE_IN_TEXT =
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b/i;

/**
 * The start (UTC, epoch ms) of the first calendar day named inside `text` with its day, month and
 * year ("journal-2026-11-28.md", "Journal, 28 November 2026", "Notes from March 5, 2024"), or null
 * when it names none (a month alone, "Q3 2026", "2026" do not count) or one outside 1970–2199.
 */
export function dayNamedIn(text: string): number | null {
  const m = DATE_IN_TEXT.exec(text);
  const d = m ? parseHumanDate(m[0].replace(/(\d)(?:st|nd|rd|th)\b/i, "$1")) : null;
  return d ? utcDay(d.ms) : null;
}

/** Start of the UTC day containing `ms`. */
export function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** Milliseconds in a day. */
export const DAY = DAY_MS;

/**
 * A day and a clock time as written ("2026-10-14", "07:12" or "07:12:33") read on the wall clock as
 * UTC (epoch ms), or null when they name no real time ("2026-02-30", "25:00"): an export's local time
 * kept as the user's clock (core/ingest/README.md, "time").
 */
export function wallClockMs(day: string, clock: string): number | null {
  const c = clock.length === 5 ? `${clock}:00` : clock;
  const ms = Date.parse(`${day}T${c}Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 19) !== `${day}T${c}` ? null : ms;
}
