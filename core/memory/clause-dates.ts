/**
 * Dates made absolute clause by clause: a note's list joins its items with ";" into one sentence
 * ("We ship the new onboarding on October 15; Contractor budget capped at €40k"), whose one past
 * participle had made every date of it past, and a chat's clauses go on after a comma ("Dad's op went
 * fine, he's home on Tuesday"). Each clause's own tense decides (facts.ts).
 */
import { annotateDates, type DateMention } from "../time/mentions.js";
import { presentOrFuture, type Sentence, saysPast, type Term } from "./sentences.js";

/** A comma or a semicolon inside double quotes ("Tomorrow, and Tomorrow, and Tomorrow", “Eats, Shoots & Leaves”). */
const QUOTED_COMMA = /["“][^"“”]*[,;][^"“”]*["”]/;

/**
 * Whether each clause of a sentence's `terms` (clauses parted by ";" or ",") says something in the
 * past tense: one with a past verb does (tense.ts `saysPast`: not one that reports a clause to come); one with a verb of the present or the future and none of the
 * past does not ("Dad's op went fine, he's home on Tuesday": Tuesday to come); one with neither is of
 * the tense of the clause before it ("I went to the dentist, on Friday").
 */
function clausePasts(terms: Term[]): boolean[] {
  const clauses: Term[][] = [[]];
  for (const t of terms) {
    clauses[clauses.length - 1]!.push(t);
    if (t.post.includes(";") || t.post.includes(",")) clauses.push([]);
  }
  const out: boolean[] = [];
  for (const c of clauses) {
    const past = saysPast(c);
    const present = c.some(presentOrFuture);
    out.push(past || (!present && (out.at(-1) ?? false)));
  }
  return out;
}

/**
 * `text` (what `s` states) with its dates made absolute ({@link annotateDates}) clause by clause when
 * `s` is clauses parted by ";" (a note's list: "We ship the new onboarding on October 15; Contractor
 * budget capped at €40k"): each clause's own tense says whether its date is past, not the sentence's
 * (the list's one past participle had put a launch to come a year back). Mentions' `index` is into `text`.
 * A sentence with a comma inside quotes is read whole: a title is no clause, and cut at its commas its
 * quotes no longer hold its words ("Tomorrow, and Tomorrow, and Tomorrow" had become three days).
 */
export function annotateClauses(text: string, ref: number, s: Sentence): { text: string; dates: DateMention[] } {
  if (QUOTED_COMMA.test(text)) return annotateDates(text, ref, { past: s.past });
  const clauses = text.split(/(?<=[;,]) /);
  // (an opener the fact left out, "Hi love, …", is the sentence's first clause: the fact's are its last)
  const pasts = clausePasts(s.terms).slice(-clauses.length);
  if (pasts.length < 2 || clauses.length !== pasts.length || pasts.every((p) => p === s.past)) return annotateDates(text, ref, { past: s.past });
  const out: string[] = [];
  const dates: DateMention[] = [];
  let at = 0;
  for (const [k, clause] of clauses.entries()) {
    const a = annotateDates(clause, ref, { past: pasts[k] });
    out.push(a.text);
    dates.push(...a.dates.map((d) => ({ ...d, index: d.index + at })));
    at += clause.length + 1;
  }
  return { text: out.join(" "), dates };
}
