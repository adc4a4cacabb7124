// One date expression chrono-node read, resolved against the time it was said (resolveOne): the day, weekend,
// week, month or year it names, the last one or the one to come as its sentence says.
import type { DateMention } from "./date-mention.js";
import { DAY, dayWithWeekday, startOfDay, vagueBefore, weekendLabel } from "./date-labels.js";
import { COUNTS, DAY_NAMES, MONTH_NAMES, SHORT_MONTH_DAY } from "./date-words.js";
import { humanDate, monthYear } from "./format.js";
import type { ParsedDate } from "./parse-dates.js";

/** A date expression worth resolving names one of these (bare abbreviations such as "sun" or "sat" are too ambiguous). */
const RELATIVE = new RegExp(
  `\\b(yesterday|today|tonight|tomorrow|ago|last|next|this|past|coming|weekends?|weeks?|months?|years?|${DAY_NAMES}|${MONTH_NAMES}|${SHORT_MONTH_DAY})\\b`,
  "i",
);

const VAGUE = /\b(few|couple|several|many)\b/i;

/** "in three days", "in 10 days" (not "in a few days", nor "in a day", which is how long more often than when). */
const IN_DAYS = /^in\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+days$/;

/** A count of months from the month said (group 1 the relative word, group 2 how many, group 3 "ago"). */
const MONTHS_COUNTED =
  /^(?:(next|coming|last|past|previous|this)\s+month|(?:in\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months?(\s+ago)?)$/;

/**
 * How many months from the month said an expression chrono read counts (lower case): "next month" 1,
 * "last month" −1, "this month" 0, "two months ago" −2, "in a month" 1; null for any other (a month's
 * name, a vague count: "a few months ago").
 */
export function monthsCounted(text: string): number | null {
  const m = MONTHS_COUNTED.exec(text);
  if (!m) return null;
  if (m[1]) return /^(?:next|coming)$/.test(m[1]) ? 1 : m[1] === "this" ? 0 : -1;
  const n = COUNTS[m[2]!] ?? Number(m[2]);
  return m[3] ? -n : n;
}

/** The month of `start`'s name nearest to `ref` (the year before, the same or the year after), as a month mention: "£186 for September", said on 5 October 2026, is September 2026. */
export function nearestMonth(start: number, ref: number): Omit<DateMention, "text" | "index"> {
  const month = new Date(start).getUTCMonth();
  const year = new Date(ref).getUTCFullYear();
  const starts = [year - 1, year, year + 1].map((y) => Date.UTC(y, month, 1));
  const nearest = starts.reduce((a, b) => (Math.abs(b + 15 * DAY - ref) < Math.abs(a + 15 * DAY - ref) ? b : a));
  return { start: nearest, granularity: "month", label: monthYear(nearest) };
}

/**
 * The day, week, month or year chrono's `r` names, said at `ref`: `past`, in a past-tense clause
 * and not said with "next" (a bare weekday, weekend or month is the last one); `ahead`, with "next",
 * as a deadline ("by Friday") or in a clause of what will be (a weekday, or a month without its year,
 * is the one to come). Null for an expression already absolute, one counted from what its sentence tells
 * ("two weeks later"), or none.
 */
export function resolveOne(r: ParsedDate, ref: number, past: boolean, ahead: boolean): Omit<DateMention, "text" | "index"> | null {
  const text = r.text.toLowerCase();
  if (/\b\d{4}\b/.test(text) && !/\bago\b/.test(text)) return null; // already absolute
  // ("in three days", said of what will be or is arranged: chrono's date, a day; not "in a few days", said of no day, nor
  // how long something took: "I read it in three days", "Rome wasn't built in a day")
  if (ahead && IN_DAYS.test(text)) {
    const day = startOfDay(r.start.date().getTime());
    return { start: day, granularity: "day", label: humanDate(day) };
  }
  if (/^(for|since)\b/.test(text) || /^(now|right now|just now)$/.test(text) || !RELATIVE.test(text)) return null;
  // ("two years later" counts from what its sentence tells: "We moved to Porto two years later"; and
  // so does "the week after" said of no day: "and the week after we flew home")
  if (/\b(?:days?|weeks?|weekends?|months?|years?)\s+later\b/.test(text) || /\b(?:after|before)$/.test(text)) return null;
  const s = r.start;
  let ms = s.date().getTime();
  const refDay = humanDate(ref);
  if (/\bweekend\b/.test(text)) {
    // in a past-tense sentence, the weekend gone ("over the weekend" said on a Wednesday), not the coming one
    if (past && weekendLabel(ms).start > ref) ms -= 7 * DAY;
    // and in one of what will be, the one to come ("this coming weekend" said on a Monday: chrono reads "weekend", the one gone)
    else if (ahead && weekendLabel(ms).start + DAY < startOfDay(ref)) ms += 7 * DAY;
    const w = weekendLabel(ms);
    return { start: w.start, granularity: "weekend", label: w.label };
  }
  if (/\bweeks?\b/.test(text)) {
    if (/\bago\b/.test(text)) {
      if (VAGUE.test(text)) return { start: startOfDay(ms), granularity: "week", label: vagueBefore(r.text, ref) };
      return { start: startOfDay(ms), granularity: "week", label: `the week of ${humanDate(ms)}` };
    }
    if (/^(?:in|after)\b/.test(text)) return { start: startOfDay(ms), granularity: "day", label: humanDate(ms) };
    if (/\b(last|past|previous)\b/.test(text)) return { start: startOfDay(ref) - 7 * DAY, granularity: "week", label: `the week before ${refDay}` };
    if (/\b(next|coming)\b/.test(text)) return { start: startOfDay(ref) + 7 * DAY, granularity: "week", label: `the week after ${refDay}` };
    return { start: startOfDay(ref), granularity: "week", label: `the week of ${refDay}` };
  }
  // ("last night" is the evening of the day before, said after midnight too: chrono takes the night
  // said in at 00:37 for the day said)
  if (/^last night$/.test(text)) return { start: startOfDay(ref) - DAY, granularity: "day", label: humanDate(startOfDay(ref) - DAY) };
  // (a vague count of days names no day, as one of weeks names no week: "a few days ago")
  if (/\bdays?\s+ago\b/.test(text) && VAGUE.test(text)) return { start: startOfDay(ms), granularity: "week", label: vagueBefore(r.text, ref) };
  if (s.isCertain("day")) {
    // a day of the year ("June 30"): chrono takes the nearest; of what was, the one gone, of what will be, the one to come
    if (s.isCertain("month") && !s.isCertain("year") && !/\b(?:yesterday|today|tomorrow|tonight)\b/.test(text)) {
      const d = new Date(ms);
      // (a day written with its weekday is of the year whose calendar agrees, the nearest: "office
      // closed Friday 20 November", said on 17 November 2026, is that Friday, whatever the tense)
      const weekday = s.isCertain("weekday") ? s.get("weekday") : null;
      const agreeing =
        weekday == null
          ? []
          : [0, -1, 1].map((k) => Date.UTC(d.getUTCFullYear() + k, d.getUTCMonth(), d.getUTCDate())).filter((t) => new Date(t).getUTCDay() === weekday);
      if (agreeing.length > 0) ms = agreeing[0]!;
      else if (past && ms > ref) ms = Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate());
      else if (ahead && ms < startOfDay(ref)) ms = Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate());
    }
    return { start: startOfDay(ms), granularity: "day", label: humanDate(ms) };
  }
  if (s.isCertain("weekday")) {
    // A bare weekday ("on Friday", "this Tuesday") in a past-tense sentence means the last one, not the next one.
    if (past && ms > ref) ms -= 7 * DAY;
    // and in one of what will be, or a deadline, the coming one ("Tom wants it done by Friday" said
    // on a Monday: chrono takes the nearest Friday, three days gone)
    if (ahead && !/\b(last|past|previous)\b/.test(text) && ms < startOfDay(ref)) ms += 7 * DAY;
    // (today's weekday named for what is to come is next week's: "I'll have the notes in by Monday",
    // said on a Monday; today would be "today")
    else if (ahead && !/\b(?:this|today|tonight)\b/.test(text) && startOfDay(ms) === startOfDay(ref)) ms += 7 * DAY;
    return { start: startOfDay(ms), granularity: "day", label: dayWithWeekday(ms) };
  }
  if (s.isCertain("month") || /\bmonths?\b/.test(text)) {
    // (a count of months is counted from the month said, not from its day: "next month" said on 31
    // August is September, where chrono adds a month to the 31st and lands on 1 October)
    const months = monthsCounted(text);
    if (months != null) {
      const start = Date.UTC(new Date(ref).getUTCFullYear(), new Date(ref).getUTCMonth() + months, 1);
      return { start, granularity: "month", label: monthYear(start) };
    }
    if (past && !s.isCertain("year") && ms > ref) ms = Date.UTC(new Date(ms).getUTCFullYear() - 1, new Date(ms).getUTCMonth(), 1);
    // "next June", or June in what will be, said in November: the June to come (chrono takes the nearest)
    const said = new Date(ref);
    if (!s.isCertain("year") && s.isCertain("month") && ahead && ms < Date.UTC(said.getUTCFullYear(), said.getUTCMonth(), 1))
      ms = Date.UTC(new Date(ms).getUTCFullYear() + 1, new Date(ms).getUTCMonth(), 1);
    const d = new Date(ms);
    if (/\bago\b/.test(text) && VAGUE.test(text)) {
      return { start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), granularity: "month", label: vagueBefore(r.text, ref) };
    }
    return { start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), granularity: "month", label: monthYear(d.getTime()) };
  }
  if (s.isCertain("year") || /\byears?\b/.test(text)) {
    const y = new Date(ms).getUTCFullYear();
    // (a vague count names no year: "a few years ago" is said before the day, as "a few weeks ago" is)
    if (/\bago\b/.test(text) && VAGUE.test(text)) return { start: Date.UTC(y, 0, 1), granularity: "year", label: vagueBefore(r.text, ref) };
    return { start: Date.UTC(y, 0, 1), granularity: "year", label: String(y) };
  }
  if (/\b(this|last|yesterday|tomorrow|tonight)\b/.test(text)) return { start: startOfDay(ms), granularity: "day", label: humanDate(ms) };
  return null;
}
