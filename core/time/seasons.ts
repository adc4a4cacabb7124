// The seasons a text names ("last summer", "this winter", "next spring"), which chrono-node does not read:
// northern and meteorological, labelled "summer 2022", "winter 2022–23".
import type { DateMention } from "./date-mention.js";

/** "last summer", "this winter", "past spring", "next summer". Group 1: which; group 2: the season. */
const SEASON = /\b(last|this|past|next|coming)\s+(spring|summer|fall|autumn|winter)\b/gi;
/** The month (0-based) a season starts in, meteorological and northern: spring March–May, …, winter December–February. */
export const SEASON_START: Record<string, number> = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: 11 };

/**
 * The seasons `text` names, said at `ref` (epoch ms; question.ts reads a question's with them): "last summer" is the last one over by then
 * (said in August 2023, summer 2022; in December, summer 2023); "this winter" the one of the year
 * said in (in January or February, the one begun in December), the one before in a past-tense
 * sentence when it is yet to come; "next summer" the first to begin after the day said. Northern meteorological seasons; labels "summer 2022", "winter 2022–23".
 */
export function seasons(text: string, ref: number, past: boolean): DateMention[] {
  return [...text.matchAll(SEASON)].map((m) => {
    const name = m[2]!.toLowerCase();
    const startOf = (y: number) => Date.UTC(y, SEASON_START[name]!, 1);
    const said = new Date(ref);
    let year = said.getUTCFullYear();
    const which = m[1]!.toLowerCase();
    if (which === "this") {
      if (name === "winter" && said.getUTCMonth() < 2) year--;
      if (past && startOf(year) > ref) year--;
    } else if (which === "next" || which === "coming") {
      // (the first to begin after the day said)
      if (name === "winter" && said.getUTCMonth() < 2) year--;
      while (startOf(year) <= ref) year++;
    } else while (Date.UTC(year, SEASON_START[name]! + 3, 1) > ref) year--;
    const label = name === "winter" ? `winter ${year}–${String(year + 1).slice(2)}` : `${name} ${year}`;
    return { text: m[0], index: m.index, start: startOf(year), granularity: "season" as const, label };
  });
}
