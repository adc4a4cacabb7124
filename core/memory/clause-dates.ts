/**
 * Dates made absolute clause by clause: a note's list joins its items with ";" into one sentence
 * ("We ship the new onboarding on October 15; Contractor budget capped at €40k"), whose one past
 * participle had made every date of it past. Each clause's own tense decides (facts.ts).
 */
import { annotateDates, type DateMention } from "../time/mentions.js";
import type { Sentence, Term } from "./sentences.js";

/** Whether each clause of a sentence's `terms` (clauses parted by ";") says something in the past tense. */
function clausePasts(terms: Term[]): boolean[] {
  const out = [false];
  for (const t of terms) {
    if (t.tags.has("PastTense")) out[out.length - 1] = true;
    if (t.post.includes(";")) out.push(false);
  }
  return out;
}

/**
 * `text` (what `s` states) with its dates made absolute ({@link annotateDates}) clause by clause when
 * `s` is clauses parted by ";" (a note's list: "We ship the new onboarding on October 15; Contractor
 * budget capped at €40k"): each clause's own tense says whether its date is past, not the sentence's
 * (the list's one past participle had put a launch to come a year back). Mentions' `index` is into `text`.
 */
export function annotateClauses(text: string, ref: number, s: Sentence): { text: string; dates: DateMention[] } {
  const pasts = clausePasts(s.terms);
  const clauses = text.split("; ");
  if (pasts.length < 2 || clauses.length !== pasts.length) return annotateDates(text, ref, { past: s.past });
  const out: string[] = [];
  const dates: DateMention[] = [];
  let at = 0;
  for (const [k, clause] of clauses.entries()) {
    const a = annotateDates(clause, ref, { past: pasts[k] });
    out.push(a.text);
    dates.push(...a.dates.map((d) => ({ ...d, index: d.index + at })));
    at += clause.length + 2;
  }
  return { text: out.join("; "), dates };
}
