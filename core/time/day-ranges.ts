// A range of days said ("away 20-22 November", "from Monday until Wednesday"): chrono reads its first
// and last day; the label tells the days it spans, where the first day alone, written after the last,
// had read as if the last were the first ("20-22 November (20 November 2026)"). And so for a range of
// months ("from March to July (March–July 2027)").
import { DAY, dayWithWeekday, startOfDay } from "./date-labels.js";
import type { DateMention } from "./date-mention.js";
import { BARE_WEEKDAY } from "./date-words.js";
import type { ParsedDate } from "./parse-dates.js";

/** A range of weekdays said without a day of the month: "Tuesday to Saturday", "from Monday until Wednesday". */
const WEEKDAY_RANGE = /^(?:from\s+)?(\p{L}+)\s*(?:to|until|till|through|-|–|—)\s*(\p{L}+)$/iu;

/** The two weekdays of chrono's expression when it is a range of weekdays alone ("Monday to Friday" → ["Monday", "Friday"]), else null. */
function weekdaysOf(r: ParsedDate): [string, string] | null {
  const m = WEEKDAY_RANGE.exec(r.text.trim());
  return r.end !== null && m !== null && BARE_WEEKDAY.test(m[1]!) && BARE_WEEKDAY.test(m[2]!) ? [m[1]!, m[2]!] : null;
}

/** Whether chrono's expression is a range of weekdays alone ("Monday to Friday"), which a week's hours or working days are said as. */
export function weekdayRange(r: ParsedDate): boolean {
  return weekdaysOf(r) !== null;
}

const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });
const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

/**
 * The last day of a range (epoch ms UTC): chrono's last day, moved as much as its first was moved from
 * chrono's (`start`, as the sentence's tense resolved it), a week later when that comes before the
 * first ("Friday to Sunday" said on a Saturday). Null when `r` is no range of days (chrono's "Friday,
 * 9 to 5" ends at an hour) or ends on its first day.
 */
function lastDay(r: ParsedDate, start: number): number | null {
  if (r.end === null || !(r.end.isCertain("day") || r.end.isCertain("weekday"))) return null;
  let end = startOfDay(r.end.date().getTime()) + (start - startOfDay(r.start.date().getTime()));
  while (end < start) end += 7 * DAY;
  return end === start ? null : end;
}

/**
 * The label of the days a range spans, from its first day as resolved (`start`) to its {@link lastDay},
 * with their weekdays when the range was said by them: "20–22 November 2026", "30 November – 2
 * December 2026", "Monday 16 – Wednesday 18 November 2026", "30 December 2026 – 2 January 2027".
 * Null when `r` is no range of days.
 */
export function spannedDaysLabel(r: ParsedDate, start: number): string | null {
  const end = lastDay(r, start);
  if (end === null) return null;
  const weekdays = r.start.isCertain("weekday") && !r.start.isCertain("day");
  const day = (ms: number, month: boolean) => `${weekdays ? `${WEEKDAY.format(ms)} ` : ""}${month ? DAY_MONTH.format(ms) : new Date(ms).getUTCDate()}`;
  const [a, b] = [new Date(start), new Date(end)];
  const year = b.getUTCFullYear();
  if (a.getUTCFullYear() !== year) return `${day(start, true)} ${a.getUTCFullYear()} – ${day(end, true)} ${year}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${day(start, true)} – ${day(end, true)} ${year}`;
  return `${day(start, false)}${weekdays ? " – " : "–"}${day(end, true)} ${year}`;
}

const MONTH = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });

/**
 * Whether chrono's expression is a range of months named without their days ("from March to July",
 * "November to February").
 */
export function monthRange(r: ParsedDate): boolean {
  return r.end !== null && r.start.isCertain("month") && !r.start.isCertain("day") && r.end.isCertain("month") && !r.end.isCertain("day");
}

/**
 * The label of the months a range spans, from its first month as resolved (`start`, epoch ms UTC) to its
 * last, the first of that name after it: "March–July 2027", "November 2026 – February 2027". Null when `r`
 * is no {@link monthRange} or names one month twice.
 */
export function spannedMonthsLabel(r: ParsedDate, start: number): string | null {
  if (!monthRange(r)) return null;
  const first = new Date(start);
  const lastMonth = r.end!.get("month")! - 1;
  if (lastMonth === first.getUTCMonth()) return null;
  const year = first.getUTCFullYear() + (lastMonth < first.getUTCMonth() ? 1 : 0);
  const last = Date.UTC(year, lastMonth, 1);
  if (year !== first.getUTCFullYear()) return `${MONTH.format(start)} ${first.getUTCFullYear()} – ${MONTH.format(last)} ${year}`;
  return `${MONTH.format(start)}–${MONTH.format(last)} ${year}`;
}

/**
 * A range of weekdays that tells a move ("moved the meeting from Friday to Monday") as its two days,
 * each a mention of its own (the day it was, resolved as `start`, and the day it goes to, the first of
 * its name after it), so that each is annotated after its own word; null for any other range.
 */
export function movedDays(r: ParsedDate, start: number): DateMention[] | null {
  const days = weekdaysOf(r);
  const end = lastDay(r, start);
  if (!days || end === null) return null;
  const [from, to] = days;
  const said = r.text.trim();
  const at = r.index + r.text.indexOf(said);
  return [
    { text: from, index: at + said.indexOf(from), start, granularity: "day", label: dayWithWeekday(start) },
    { text: to, index: at + said.lastIndexOf(to), start: end, granularity: "day", label: dayWithWeekday(end) },
  ];
}
