// A resolved date as people read it ("the weekend of 6–7 May 2023", "Saturday 14 November 2026", "a few
// weeks before 8 May 2023") and as memory details store it (dateDetail); the day arithmetic they share.
import type { DateGranularity, DateMention } from "./date-mention.js";
import { humanDate, isoDate } from "./format.js";

/** A day in epoch milliseconds. */
export const DAY = 86_400_000;

/** The start (midnight UTC) of the day of `ms`, epoch ms. */
export function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** "the weekend of 6–7 May 2023" for the weekend containing `ms` (Saturday + Sunday, UTC). */
export function weekendLabel(ms: number): { start: number; label: string } {
  const day = new Date(ms).getUTCDay();
  const saturday = startOfDay(ms) - (day === 0 ? 1 : day === 6 ? 0 : day + 1) * DAY;
  const sunday = saturday + DAY;
  const sat = new Date(saturday);
  const sun = new Date(sunday);
  const range =
    sat.getUTCMonth() === sun.getUTCMonth()
      ? `${sat.getUTCDate()}–${humanDate(sunday)}`
      : `${sat.toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" })} – ${humanDate(sunday)}`;
  return { start: saturday, label: `the weekend of ${range}` };
}

/** A vague "a few weeks ago" as said before the day: "a few weeks before 8 May 2023" (lower case, as the label follows its expression). */
export function vagueBefore(expression: string, ref: number): string {
  const said = expression.replace(/\s*\bago\b/i, "");
  return `${said[0]!.toLowerCase()}${said.slice(1)} before ${humanDate(ref)}`;
}

/** A day with its weekday, as a weekday said is annotated: "Saturday 14 November 2026". */
export function dayWithWeekday(ms: number): string {
  return `${new Date(ms).toLocaleDateString("en-GB", { weekday: "long", timeZone: "UTC" })} ${humanDate(ms)}`;
}

/** A date mention as stored in memory details: `{ text, date: "2023-05-07", granularity, label }`. */
export function dateDetail(d: DateMention): { text: string; date: string; granularity: DateGranularity; label: string } {
  return { text: d.text, date: isoDate(d.start), granularity: d.granularity, label: d.label };
}
