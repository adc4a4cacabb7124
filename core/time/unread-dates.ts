// Date expressions chrono-node does not read, read here: "two years back" as "ago", a bare ordinal day
// ("by the 28th", "Saturday the 14th") and "two weekends ago" (counted-dates.ts reads "three weeks from today").
import type { DateMention } from "./date-mention.js";
import { DAY, dayWithWeekday, startOfDay, vagueBefore, weekendLabel } from "./date-labels.js";
import { COUNTS, DAY_NAMES } from "./date-words.js";
import { humanDate } from "./format.js";
import { parseDates } from "./parse-dates.js";
import { resolveOne } from "./resolve-mention.js";
import { MOVED_FROM } from "./tense-cues.js";

/** "two years back", "a few months back": "ago" said as "back". Group 1: how long. */
const UNITS_BACK = /\b((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|a couple of|several)\s+(?:days?|weeks?|months?|years?))\s+back\b/gi;

/** The "N units back" of `text`, read as "N units ago" said at `ref` (epoch ms). */
export function unitsBack(text: string, ref: number): DateMention[] {
  if (!/\sback\b/i.test(text)) return [];
  return [...text.matchAll(UNITS_BACK)].flatMap((m) => {
    const [r] = parseDates(`${m[1]} ago`, ref);
    const resolved = r ? resolveOne(r, ref, true, false) : null;
    return resolved ? [{ text: m[0], index: m.index, ...resolved }] : [];
  });
}

/**
 * A bare ordinal day after a preposition of time ("by the 28th", "on the 3rd") or as a day proposed
 * ("Let's do the 23rd instead?", "How about the 4th?", "Shall we say the 2nd?"): group 1 the day.
 * Not one that counts something ("the 18th century", "my 2nd time", "down 10 in the 4th"): only after
 * "on", "by", "until" … (or "do", "say", "about"), and before a break, a preposition, a conjunction or "instead".
 */
const ORDINAL_DAY =
  /\b(?:on|by|until|till|before|after|from|since|do(?:ing)?|say(?:ing)?|about)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:$|[,.;:!?)]|(?:at|in|for|and|or|but|so|to|when|then|from|until|till|instead)\b))/gi;

/** A weekday with its ordinal day ("Saturday the 14th", "Saturday 14th"): group 1 the weekday, group 2 the day. */
const WEEKDAY_ORDINAL = new RegExp(`\\b(${DAY_NAMES})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b`, "gi");

/**
 * The bare ordinal days of `text` ("I need it back by the 28th"), which chrono does not read, said at
 * `ref` (epoch ms): that day of the month said in, or of the next when it is gone; in a past-tense
 * sentence (`pastSaid`), of the month said in, or of the last when it is yet to come, but for a day
 * something was moved from ({@link MOVED_FROM}), which is to come. A weekday with its ordinal
 * day ("on Saturday the 14th", "Saturday 14th") is the nearest month's day that falls on that weekday, from the month
 * said in on (back from it in the past), within a year.
 */
export function ordinalDays(text: string, ref: number, pastSaid: boolean): DateMention[] {
  if (!/\bthe\s+\d|day\s+\d{1,2}(?:st|nd|rd|th)\b/i.test(text)) return [];
  const said = new Date(ref);
  const today = startOfDay(ref);
  const on = (months: number, day: number) => Date.UTC(said.getUTCFullYear(), said.getUTCMonth() + months, day);
  const dated = (m: RegExpMatchArray, start: number, weekday: boolean): DateMention => ({
    text: m[0],
    index: m.index!,
    start,
    granularity: "day",
    label: weekday ? dayWithWeekday(start) : humanDate(start),
  });
  // (a day something was moved from is one to come, said in the past too)
  const pastAt = (m: RegExpMatchArray) => pastSaid && !MOVED_FROM.test(text.slice(0, m.index));
  const weekdays = [...text.matchAll(WEEKDAY_ORDINAL)].flatMap((m) => {
    const past = pastAt(m);
    const weekday = DAY_NAMES.split("|").indexOf(m[1]!.toLowerCase());
    const day = Number(m[2]);
    for (let i = 0; i < 12; i++) {
      const start = on(past ? -i : i, day);
      const fits = new Date(start).getUTCDate() === day && (new Date(start).getUTCDay() + 6) % 7 === weekday;
      if (fits && (past ? start <= today : start >= today)) return [dated(m, start, true)];
    }
    return [];
  });
  const bare = [...text.matchAll(ORDINAL_DAY)].flatMap((m) => {
    const past = pastAt(m);
    const day = Number(m[1]);
    const start = past ? (on(0, day) > today ? on(-1, day) : on(0, day)) : on(0, day) < today ? on(1, day) : on(0, day);
    // (a day the month has not: "the 31st" of April, "the 0th", "the 45th")
    if (new Date(start).getUTCDate() !== day) return [];
    return [dated(m, start, false)];
  });
  const inWeekday = (d: DateMention) => weekdays.some((w) => d.index >= w.index && d.index < w.index + w.text.length);
  return [...weekdays, ...bare.filter((d) => !inWeekday(d))];
}

/** "two weekends ago", "a weekend ago", "a couple of weekends ago". Group 1: how many. */
const WEEKENDS_AGO = /\b(a|one|two|three|four|five|six|\d+|a couple of|a few|several)\s+weekends?\s+ago\b/gi;

/** The Saturday (epoch ms) of the `n`th weekend gone before `ref`, counting the last one whole (said on a Saturday or Sunday, the weekend then is none of them). */
export function saturdayGone(ref: number, n: number): number {
  const sinceSaturday = (new Date(ref).getUTCDay() + 1) % 7;
  return startOfDay(ref) - (sinceSaturday + (sinceSaturday <= 1 ? 7 : 0) + (n - 1) * 7) * DAY;
}

/**
 * The "N weekends ago" of `text`, said at `ref` (epoch ms): the Nth weekend before the day, counting
 * the last one whole (said on a Saturday or Sunday, the weekend then is none of them): "two weekends
 * ago" said on Monday 17 July 2023 is the weekend of 8–9 July; a vague count ("a couple of weekends
 * ago") is said before the day, as "a few weeks ago" is.
 */
export function weekendsAgo(text: string, ref: number): DateMention[] {
  if (!/weekends?\s+ago/i.test(text)) return [];
  const lastSaturday = saturdayGone(ref, 1);
  return [...text.matchAll(WEEKENDS_AGO)].map((m) => {
    const count = m[1]!.toLowerCase();
    const n = COUNTS[count] ?? Number(count);
    if (Number.isNaN(n))
      return {
        text: m[0],
        index: m.index,
        start: lastSaturday - 7 * DAY,
        granularity: "week",
        label: vagueBefore(m[0], ref),
      };
    const w = weekendLabel(lastSaturday - (n - 1) * 7 * DAY);
    return { text: m[0], index: m.index, start: w.start, granularity: "weekend", label: w.label };
  });
}
