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
/**
 * What joins weekdays said in a row: "Wednesday and Thursday", "Monday, Tuesday or Wednesday", "Friday
 * to Sunday", and a return after a departure: "Leaving Thursday, back Monday", "… and home on Sunday".
 */
const WEEKDAY_JOIN = /^\s*(?:,\s*)?(?:(?:and|or|to|through|till|until|then)\s+|[-–—]\s*)?(?:(?:back|home|returning|coming\s+back)\s+(?:on\s+)?)?$/i;
/** What sets a weekday against the one before it: "Thursday, not Tuesday", "Saturday rather than Friday", "… instead of Friday". */
const WEEKDAY_AGAINST = /^\s*,?\s*(?:(?:and|but)\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:on\s+)?$/i;

/**
 * Weekdays said in a row ("on Wednesday and Thursday"): each is resolved on its own, and chrono takes
 * the nearest of each, so a request said on a Thursday read "Wednesday 14 October" and "Thursday 8
 * October". A weekday after another one, joined by "and", "or", "to", a comma or a return ("Leaving
 * Thursday, back Monday"), is the first of its name on or after the one before it (Thursday 15
 * October); one set against it ("moved to Thursday, not Tuesday") is the nearest of its name, of the
 * same week. `mentions` in text order; returns them so moved.
 */
export function weekdaysInOrder(mentions: DateMention[], text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    let start = m.start;
    if (prev !== undefined && m.granularity === "day" && prev.granularity === "day" && weekdayAlone(m.text) && weekdayAlone(prev.text)) {
      const between = text.slice(prev.index + prev.text.length, m.index);
      if (WEEKDAY_JOIN.test(between)) while (start < prev.start) start += 7 * DAY;
      else if (WEEKDAY_AGAINST.test(between)) {
        const apart = (new Date(m.start).getUTCDay() - new Date(prev.start).getUTCDay() + 7) % 7;
        start = prev.start + (apart > 3 ? apart - 7 : apart) * DAY;
      }
    }
    out.push(start === m.start ? m : { ...m, start, label: dayWithWeekday(start) });
  }
  return out;
}
