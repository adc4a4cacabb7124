// Dates counted from the day said that chrono-node misreads or reads in pieces: "two weeks from now"
// (as this week), "a week from Friday" (as the Friday gone), "the week after next" (as "the week
// after"), "the weekend before last" and "a year ago today" (as a year and today, apart).
import type { DateMention } from "./date-mention.js";
import { DAY, dayWithWeekday, startOfDay, weekendLabel } from "./date-labels.js";
import { COUNTS, DAY_NAMES } from "./date-words.js";
import { humanDate, monthYear } from "./format.js";
import { saturdayGone } from "./unread-dates.js";

/** The weekday names in order, Monday 0. */
const WEEKDAYS = DAY_NAMES.split("|");

/** A count as said: a number word, digits, or a vague count ("a few", "a couple of"). */
const COUNT = "a|an|one|two|three|four|five|six|\\d+|a couple of|a few|several";

/**
 * "two weeks from now", "three days from today", "a week from Friday", "two weekends from now", "a
 * few weeks from now". Group 1 how many, group 2 the unit, group 3 from when.
 */
const UNITS_FROM = new RegExp(`\\b(${COUNT})\\s+(days?|weeks?|weekends?|months?|years?)\\s+from\\s+(now|today|tomorrow|${DAY_NAMES})\\b`, "gi");

/** "the week after next", "the weekend before last". Group 1 "week" or "weekend", group 2 "after next" or "before last". */
const NEXT_BUT_ONE = /\b(?:the\s+)?(week|weekend)\s+(after\s+next|before\s+last)\b/gi;

/** "Friday week" (a week after the coming Friday), "the Tuesday before last", "the Monday after next". Group 1 the weekday, 2 "week", 3 "before last" or "after next". */
const WEEKDAY_COUNTED = new RegExp(`\\b(?:the\\s+)?(${DAY_NAMES})\\s+(?:(week)\\b(?!\\s*(?:end|day|night))|(before\\s+last|after\\s+next)\\b)`, "gi");

/** "a year ago today", "two years ago this month", "six months ago today". Group 1 how many, 2 the unit, 3 "today" or "this month". */
const AGO_TODAY = /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(years?|months?)\s+ago\s+(today|this\s+month)\b/gi;

/** The Saturday of the `n`th weekend after day `from` (1: the first to come; said on a Saturday, the next one). */
function nthSaturday(from: number, n: number): number {
  return from + (7 - ((new Date(from).getUTCDay() + 1) % 7) + (n - 1) * 7) * DAY;
}

/**
 * The dates counted from the day said in `text`, said at `ref` (epoch ms), in text order:
 * - "N units from now": that many days, weeks, months or years after the day said (or after
 *   tomorrow, or after the coming weekday named: "a week from Friday", said on Monday 8 May 2023, is
 *   Friday 19 May), or the Nth weekend to come ("two weekends from now", said that Monday, is the
 *   weekend of 20–21 May); a vague count ("a few weeks from now") is said after the day, as "a few
 *   weeks ago" is said before it;
 * - "the week after next" (the week of the day two weeks on), "the weekend after next" (the second to
 *   come), "the week before last" (the week of the day two weeks back), "the weekend before last" (the
 *   second gone; said on a Saturday or Sunday, that weekend is neither);
 * - "a year ago today" (that day a year back), "two years ago this month" (that month two years back);
 * - "Friday week" and "the Friday after next" (a week after the coming Friday), "the Tuesday before
 *   last" (a week before the last Tuesday gone).
 * chrono reads the first as the day said, or only its "today" or "Friday"; the others in pieces.
 */
export function countedDates(text: string, ref: number): DateMention[] {
  if (!/\sfrom\s|\s(?:after\s+next|before\s+last|ago\s+(?:today|this\s+month))\b|day\s+week\b/i.test(text)) return [];
  const today = startOfDay(ref);
  const todayWeekday = (new Date(ref).getUTCDay() + 6) % 7; // Monday 0
  const counted = [...text.matchAll(UNITS_FROM)].map((m): DateMention => {
    const since = m[3]!.toLowerCase();
    const weekday = WEEKDAYS.indexOf(since);
    const anchor = since === "tomorrow" ? today + DAY : weekday >= 0 ? today + ((weekday - todayWeekday + 7) % 7) * DAY : today;
    const count = m[1]!.toLowerCase();
    const n = COUNTS[count] ?? Number(count);
    const unit = m[2]!.toLowerCase().replace(/s$/, "");
    const at = { text: m[0], index: m.index };
    if (Number.isNaN(n)) return { ...at, start: anchor + 7 * DAY, granularity: "week", label: `${count} ${m[2]!.toLowerCase()} after ${humanDate(anchor)}` };
    if (unit === "weekend") {
      const w = weekendLabel(nthSaturday(anchor, n));
      return { ...at, start: w.start, granularity: "weekend", label: w.label };
    }
    if (unit === "month" || unit === "year") {
      const d = new Date(anchor);
      const start = unit === "month" ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1) : Date.UTC(d.getUTCFullYear() + n, 0, 1);
      return { ...at, start, granularity: unit, label: unit === "month" ? monthYear(start) : String(new Date(start).getUTCFullYear()) };
    }
    const start = anchor + n * (unit === "week" ? 7 : 1) * DAY;
    return { ...at, start, granularity: "day", label: weekday >= 0 && unit === "week" ? dayWithWeekday(start) : humanDate(start) };
  });
  const nextButOne = [...text.matchAll(NEXT_BUT_ONE)].map((m): DateMention => {
    const at = { text: m[0], index: m.index };
    const ahead = /^after/i.test(m[2]!);
    if (m[1]!.toLowerCase() === "week") {
      const start = today + (ahead ? 14 : -14) * DAY;
      return { ...at, start, granularity: "week", label: `the week of ${humanDate(start)}` };
    }
    const w = weekendLabel(ahead ? nthSaturday(today, 2) : saturdayGone(ref, 2));
    return { ...at, start: w.start, granularity: "weekend", label: w.label };
  });
  const agoToday = [...text.matchAll(AGO_TODAY)].map((m): DateMention => {
    const at = { text: m[0], index: m.index };
    const n = COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]);
    const d = new Date(today);
    const years = /^year/i.test(m[2]!) ? n : 0;
    const months = years ? 0 : n;
    if (/^today$/i.test(m[3]!)) {
      const start = Date.UTC(d.getUTCFullYear() - years, d.getUTCMonth() - months, d.getUTCDate());
      return { ...at, start, granularity: "day", label: humanDate(start) };
    }
    const start = Date.UTC(d.getUTCFullYear() - years, d.getUTCMonth() - months, 1);
    return { ...at, start, granularity: "month", label: monthYear(start) };
  });
  const weekdays = [...text.matchAll(WEEKDAY_COUNTED)].map((m): DateMention => {
    const weekday = WEEKDAYS.indexOf(m[1]!.toLowerCase());
    // (the coming one, today's a week on; the last one gone, today's a week back)
    const coming = today + ((weekday - todayWeekday + 7) % 7 || 7) * DAY;
    const gone = today - ((todayWeekday - weekday + 7) % 7 || 7) * DAY;
    const start = /^before/i.test(m[3] ?? "") ? gone - 7 * DAY : coming + 7 * DAY;
    return { text: m[0], index: m.index, start, granularity: "day", label: dayWithWeekday(start) };
  });
  return [...counted, ...nextButOne, ...agoToday, ...weekdays].sort((a, b) => a.index - b.index);
}
