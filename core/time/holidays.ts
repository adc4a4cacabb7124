// Holidays named as days ("on Halloween", "at Christmas", "Easter 2024"), which chrono-node does not read.
import type { DateMention } from "./date-mention.js";
import { humanDate } from "./format.js";

const DAY = 86_400_000;

/**
 * Easter Sunday of a year (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher,
 * "Astronomical Algorithms", 1991): epoch ms of its 00:00 UTC.
 */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day);
}

/** The fourth Thursday of November (Thanksgiving in the United States): epoch ms of its 00:00 UTC. */
function thanksgiving(year: number): number {
  const first = Date.UTC(year, 10, 1);
  const toThursday = (4 - new Date(first).getUTCDay() + 7) % 7;
  return first + (toThursday + 21) * DAY;
}

/** Each holiday's names (a regular expression's source, matched case-insensitively as whole words) and its day in a year (epoch ms, 00:00 UTC). */
const HOLIDAYS: Array<{ names: string; day: (year: number) => number }> = [
  { names: "new\\s+year['’]?s\\s+eve", day: (y) => Date.UTC(y, 11, 31) },
  { names: "new\\s+year['’]?s(?:\\s+day)?", day: (y) => Date.UTC(y, 0, 1) },
  { names: "valentine['’]?s(?:\\s+day)?", day: (y) => Date.UTC(y, 1, 14) },
  { names: "st\\.?\\s+patrick['’]?s\\s+day|saint\\s+patrick['’]?s\\s+day", day: (y) => Date.UTC(y, 2, 17) },
  { names: "good\\s+friday", day: (y) => easterSunday(y) - 2 * DAY },
  { names: "easter\\s+monday", day: (y) => easterSunday(y) + DAY },
  { names: "easter(?:\\s+sunday|\\s+day)?", day: easterSunday },
  { names: "(?:the\\s+)?fourth\\s+of\\s+july|independence\\s+day", day: (y) => Date.UTC(y, 6, 4) },
  { names: "hallowe['’]?en", day: (y) => Date.UTC(y, 9, 31) },
  { names: "bonfire\\s+night|guy\\s+fawkes(?:\\s+night|\\s+day)?", day: (y) => Date.UTC(y, 10, 5) },
  { names: "thanksgiving(?:\\s+day)?", day: thanksgiving },
  { names: "christmas\\s+eve", day: (y) => Date.UTC(y, 11, 24) },
  { names: "christmas(?:\\s+day)?|xmas", day: (y) => Date.UTC(y, 11, 25) },
  { names: "boxing\\s+day", day: (y) => Date.UTC(y, 11, 26) },
];

/**
 * The word a holiday is named after as the day something happened on ("on Halloween", "at Easter",
 * "over Christmas", "last Easter"); group 1 "next". Not a word of a name ("A Christmas Carol"), nor
 * what something is for ("What am I getting Dad for Christmas?": a plan made before it).
 */
const AS_A_DAY = "(?<=\\b(?:on|at|over|during|this|last|(next))\\s+(?:the\\s+)?)";

/** What comes before a holiday's name in a title: its word capitalised inside a sentence ("Who sings Last Christmas?", "Did I watch On Halloween Night?"). */
const IN_A_TITLE = /\S\s+\p{Lu}\p{Ll}*\s+(?:the\s+)?$/u;

const NAMED = HOLIDAYS.map((h) => ({
  ...h,
  re: new RegExp(`${AS_A_DAY}(?:${h.names})(?![\\p{L}])(?:\\s+((?:19|20)\\d\\d)\\b)?`, "iu"),
}));

/** A holiday a text names and the day it falls on. */
export interface HolidayMention {
  /** The words that named it, as written ("Christmas Day", "Easter 2024"). */
  text: string;
  /** Its day: epoch ms of 00:00 UTC. */
  day: number;
}

/**
 * The first holiday `text` names as a day ("on Halloween", "at Easter", not "A Christmas Carol" nor "for Christmas"), on
 * the year it says after it ("Christmas 2024"), else the last one on or before `now` (epoch ms), or
 * with `ahead` (or "next Easter") the first one on or after it (today's is today's either way). Fixed days (New Year's Day and Eve, Valentine's Day, St Patrick's Day, the Fourth of July,
 * Halloween, Bonfire Night, Christmas Eve, Christmas Day, Boxing Day) and moveable ones (Easter and
 * Good Friday by the Gregorian computus, US Thanksgiving on the fourth Thursday of November).
 * @returns the holiday, or null when `text` names none.
 */
export function holidayIn(text: string, now: number, ahead = false): HolidayMention | null {
  let best: { index: number; text: string; year: string | undefined; next: boolean; day: (y: number) => number } | null = null;
  for (const h of NAMED) {
    const m = h.re.exec(text);
    if (m && IN_A_TITLE.test(text.slice(0, m.index))) continue;
    if (m && (!best || m.index < best.index)) best = { index: m.index, text: m[0], year: m[2], next: m[1] !== undefined, day: h.day };
  }
  if (!best) return null;
  ahead ||= best.next;
  if (best.year) return { text: best.text, day: best.day(Number(best.year)) };
  const today = Math.floor(now / DAY) * DAY;
  const year = new Date(now).getUTCFullYear();
  const thisYear = best.day(year);
  const day = ahead ? (thisYear >= today ? thisYear : best.day(year + 1)) : thisYear <= today ? thisYear : best.day(year - 1);
  return { text: best.text, day };
}

/**
 * The holiday a statement names with "last", "this" or "next" ("We met last Christmas", "next
 * Easter"), said at `ref` (epoch ms), as a day: the last one, or the one to come after "next", or
 * after "this" in a statement not of the past (`past`). Not one named alone, which is often every
 * year's ("Thanksgiving's always special for us"; LoCoMo's holidays are all such).
 * @returns at most one mention: the first holiday the text names, when it is named so.
 */
export function holidaysSaid(text: string, ref: number, past: boolean): DateMention[] {
  if (!/\b(?:last|this|next)\s/i.test(text)) return [];
  const gone = holidayIn(text, ref);
  if (!gone) return [];
  const index = text.indexOf(gone.text);
  const before = /\b(last|this|next)\s+(?:the\s+)?$/i.exec(text.slice(0, index));
  if (!before) return [];
  const said = before[1]!.toLowerCase() === "this" && !past ? holidayIn(text, ref, true)! : gone;
  return [{ text: text.slice(before.index, index + said.text.length), index: before.index, start: said.day, granularity: "day", label: humanDate(said.day) }];
}
