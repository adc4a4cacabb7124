// Date mentions said in a row, read together: a month and the year after it ("in April next year") one
// mention, a weekday after another ("Wednesday and Thursday") the first of its name on or after it.
import type { DateMention } from "./date-mention.js";
import { DAY, dayWithWeekday } from "./date-labels.js";
import { BARE_WEEKDAY } from "./date-words.js";
import { monthYear } from "./format.js";

/**
 * A month followed by the year it is of ("in April next year", "in May this year"): chrono reads two
 * expressions, which would be annotated twice ("April (April 2027) next year (2027)"); they are one
 * mention, the month of that year. `mentions` in text order; returns them so joined.
 */
export function monthOfYear(mentions: DateMention[], text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const between = prev ? text.slice(prev.index + prev.text.length, m.index) : "";
    if (prev?.granularity === "month" && m.granularity === "year" && /^\s*$/.test(between) && /^(?:next|this|last) year$/i.test(m.text)) {
      const start = Date.UTC(new Date(m.start).getUTCFullYear(), new Date(prev.start).getUTCMonth(), 1);
      out[out.length - 1] = { ...prev, text: text.slice(prev.index, m.index + m.text.length), start, label: monthYear(start) };
    } else out.push(m);
  }
  return out;
}

/** Whether a mention's text is a weekday's name alone, with "on" before it or not ("Thursday", "on Thursday"; {@link BARE_WEEKDAY}). */
function weekdayAlone(said: string): boolean {
  return BARE_WEEKDAY.test(said.trim().replace(/^on\s+/i, ""));
}
/** What joins weekdays said in a row: "Wednesday and Thursday", "Monday, Tuesday or Wednesday", "Friday to Sunday". */
const WEEKDAY_JOIN = /^\s*(?:,\s*)?(?:(?:and|or|to|through|till|until|then)\s+|[-–—]\s*)?$/i;

/**
 * Weekdays said in a row ("on Wednesday and Thursday"): each is resolved on its own, and chrono takes
 * the nearest of each, so a request said on a Thursday read "Wednesday 14 October" and "Thursday 8
 * October". A weekday after another one, joined by "and", "or", "to" or a comma, is the first of its
 * name on or after the one before it (Thursday 15 October). `mentions` in text order; returns them so
 * moved.
 */
export function weekdaysInOrder(mentions: DateMention[], text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const joined =
      prev !== undefined &&
      m.granularity === "day" &&
      prev.granularity === "day" &&
      weekdayAlone(m.text) &&
      weekdayAlone(prev.text) &&
      WEEKDAY_JOIN.test(text.slice(prev.index + prev.text.length, m.index));
    let start = m.start;
    while (joined && start < prev.start) start += 7 * DAY;
    out.push(start === m.start ? m : { ...m, start, label: dayWithWeekday(start) });
  }
  return out;
}
