// A question for a measure of the user's on a day ("What was my resting heart rate on Monday?", "How many
// lengths did I swim on Tuesday?"): a record of that day answers it only when it says the measure.
import { stems } from "./format.js";

/** "What was my <measure> …" (a past day's, not "What is my book club pick for June?"), its words up to a preposition or the end (group 1); "How many <unit> did I …" (group 2): the user's, not another's ("How many times has Jon …?"). */
const MEASURE_ASKED =
  /^\s*(?:what\s+(?:was|were)\s+my\s+((?:\p{L}+\s+){0,3}?\p{L}+)(?=\s+(?:on|in|at|during|for|after|before|that|this|last)\b|\s*\?|\s*$)|how\s+many\s+(\p{L}+)(?=\s+(?:did|do|have|had|could|can)\s+i\b))/iu;

/** Words of a measure that say no measure of their own: "waist measurement" is the waist's, "How many times …" asks a count of anything. */
const GENERIC = /^(?:measurements?|readings?|levels?|values?|numbers?|counts?|totals?|amounts?|times|figures?)$/i;

/** The shortest stem two words' stems must share to be said alike ("weigh" of "weighed" and "weight"). */
const SHARED_STEM = 4;

/**
 * Whether `text` leaves out the measure `question` asks of the user: its last word that is no {@link GENERIC}
 * one, the measure's head ("rate" of "resting heart rate", "sugar" of "blood sugar", "waist" of "waist
 * measurement", "lengths"), is none of the text's words, by
 * Porter stems, one stem opening the other (so "weight" is said by "weighed"). False for a question that
 * asks no measure. A day's record that shares another word of it ("Heart Points", "blood pressure") or only
 * the day asked is no answer.
 */
export function missesMeasure(question: string, text: string): boolean {
  const word = measureAsked(question)
    ?.split(/\s+/)
    .findLast((w) => !GENERIC.test(w));
  const [head] = word ? [...stems(word)] : [];
  if (!head) return false;
  const said = stems(text);
  return ![...said].some((s) => s === head || (Math.min(s.length, head.length) >= SHARED_STEM && (s.startsWith(head) || head.startsWith(s))));
}

/** The measure `question` asks of the user ("resting heart rate", "lengths"), or null for a question that asks none ("How many times did I …?"). */
export function measureAsked(question: string): string | null {
  const m = MEASURE_ASKED.exec(question);
  const phrase = m?.[1] ?? m?.[2];
  return phrase?.split(/\s+/).some((w) => !GENERIC.test(w)) ? phrase : null;
}
