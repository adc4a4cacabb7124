// How long something has lasted, read as when it began: "I've had them for 3 years now", said in
// January 2022, is "(since 2019)", so the fact still says when it began when it is read years later
// ("When did Nate get his first turtles?"); "recently left my IT job after 3 years" is "(2019–2022)".
import { monthYear } from "./format.js";
import type { DateMention } from "./date-mention.js";
import { NUMBER_WORDS } from "./date-words.js";

/** "for 3 years", "seven years now", "after 10 years", "for four months", "for a month": group 1 "for" or "after", 2 how many, 3 the unit, 4 "now". */
const DURATION = new RegExp(`\\b(?:(for|after)\\s+)?(\\d{1,2}|an?|${Object.keys(NUMBER_WORDS).join("|")})\\s+(years?|months?)(\\s+now)?\\b`, "gi");
/** A present perfect in the words before, whose state lasts until the time of speaking: "I've had", "has been", "have been working". */
const PERFECT =
  /\b(?:have|has|['’]ve)\s+(?:\p{L}+\s+){0,2}?(?:been|had|known|lived|worked|played|done|owned|practi[sc]ed|studied|taught|run|used|kept|loved|wanted|followed|volunteered|collected|made|painted|written)\b|\b(?:have|has|['’]ve)\s+been\b/iu;
/** An end said in the words before: what lasted ended when it was said ("recently left my IT job after 3 years"). */
const ENDED = /\b(?:left|quit|retired|stopped|closed|ended|finished|sold|gave\s+up|moved\s+out|broke\s+up|resigned)\b/i;
/** Words of what is to come, whose duration is no time gone ("I'll retire after 3 years"). */
const TO_COME = /\b(?:will|shall|['’]ll|going to|gonna|plan(?:ning)? to|next|in)\s*$|\b(?:will|shall|['’]ll|gonna|going to)\b/i;

/**
 * The durations of `text` that say when something began, said at `ref` (epoch ms UTC): a present
 * perfect's "for N years" or "N years now" ("I've had them for 3 years now" → since 2019; "Seven years
 * now, and I've finally found my real muses" → since 2016; months too: "for four months" → since
 * June 2022; "for a month now" → since the month before), and "after N years" of something ended ("left my IT job after 3 years" → 2019–2022).
 * A past tense's "for 5 years" ("I lived in Paris for 2 years") says no when, nor does what is to come.
 * Only whole years and months; the words before are read back to the sentence's start.
 * @returns mentions labelled "since 2019", "since June 2022" or "2019–2022", of granularity year or month, in text order.
 */
export function durationsSince(text: string, ref: number): DateMention[] {
  if (!/\b(?:years?|months?)\b/i.test(text)) return [];
  const said = new Date(ref);
  return [...text.matchAll(DURATION)].flatMap((m) => {
    // ("a month" only after "for": "once a month now" says how often)
    const one = /^an?$/i.test(m[2]!);
    if (one && m[1]?.toLowerCase() !== "for") return [];
    const n = /\d/.test(m[2]!) ? Number(m[2]) : one ? 1 : NUMBER_WORDS[m[2]!.toLowerCase()]!;
    const years = /^y/i.test(m[3]!);
    const before =
      text
        .slice(0, m.index)
        .split(/[.!?]\s+/)
        .at(-1) ?? "";
    if (n === 0 || TO_COME.test(before)) return [];
    const lasting = m[4] != null || (m[1]?.toLowerCase() === "for" && PERFECT.test(before));
    const ended = m[1]?.toLowerCase() === "after" && years && ENDED.test(before);
    if (!lasting && !ended) return [];
    const start = years ? Date.UTC(said.getUTCFullYear() - n, 0, 1) : Date.UTC(said.getUTCFullYear(), said.getUTCMonth() - n, 1);
    const from = years ? String(said.getUTCFullYear() - n) : monthYear(start);
    const label = ended ? `${from}–${said.getUTCFullYear()}` : `since ${from}`;
    return [{ text: m[0], index: m.index, start, granularity: years ? ("year" as const) : ("month" as const), label }];
  });
}
