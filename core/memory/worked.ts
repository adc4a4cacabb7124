// "That worked" told as the advice that worked, in a chat with an assistant: "Add a composite index
// on (customer_id, created_at DESC)" [code] … "That worked, it's 3 ms now" → "Adding a composite
// index on (customer_id, created_at DESC) worked, it's 3 ms now". What fixed a problem is what a
// person asks later ("How did I fix the slow query?"); "That" alone says nothing of it.
import nlp from "compromise";
import { capitalise } from "./fact-text.js";
import { IMPERATIVE } from "./procedures.js";
import { parseSentence, type Sentence } from "./sentences.js";

/** A message that opens by saying what was advised worked ("That worked", "It did the trick", "This fixed it"). */
const WORKED = /^(?:that|this|it)(?:\s+(?:totally|really|finally|actually|definitely))?\s+(?:worked|works|did the trick|did it|fixed it|solved it|helped)\b/i;

/** Words that lead an instruction without being it ("First, run …", "You can add …"). */
const LEAD = /^(?:(?:first(?:ly)?|then|next|just|simply|you can|you could|you should|you might want to|i'd|i would)[,\s]+)+/i;

/** The longest instruction told in place of "That", in words. */
const MAX_WORDS = 20;

/**
 * An instruction as what was done: its imperative verb as a gerund ("Add a composite index …" →
 * "Adding a composite index …", "Try clearing the cache" → "Clearing the cache"), "your" as the
 * user's "my"; null for a sentence that is no instruction, says "you" otherwise, or is longer than
 * MAX_WORDS.
 */
function asDone(text: string): string | null {
  // (its first step: "Add a composite index …, then check the plan" did the work of the first)
  let t = text
    .split(/:\s*(?:\n|$)|\n|;\s|,?\s+(?:and\s+)?then\b/)[0]!
    .trim()
    .replace(LEAD, "");
  if (/^try\s+\p{L}+ing\b/iu.test(t)) t = t.replace(/^try\s+/i, "");
  else {
    const m = IMPERATIVE.exec(t);
    if (!m) return null;
    const gerund = (nlp(m[1]!.toLowerCase()).verbs().conjugate()[0] as { Gerund?: string } | undefined)?.Gerund;
    if (!gerund) return null;
    t = `${gerund}${t.slice(m[0].length)}`;
  }
  t = t
    .replace(/[.!:;,\s]+$/, "")
    .replace(/\byour\b/gi, "my")
    .replace(/\byours\b/gi, "mine");
  if (/\byou\b/i.test(t) || t.split(/\s+/).length > MAX_WORDS) return null;
  return capitalise(t);
}

/**
 * `sentences` (a user's message right after an assistant's `reply`) with an opening "That worked"
 * told as the reply's first instruction ({@link asDone}); as they are when the message says no such
 * thing or the reply gives no instruction.
 */
export function withAdviceNamed(sentences: Sentence[], reply: Sentence[]): Sentence[] {
  const [first, ...rest] = sentences;
  if (!first || !WORKED.test(first.text)) return sentences;
  const done = reply.map((s) => asDone(s.text)).find((d) => d != null);
  if (!done) return sentences;
  return [parseSentence(first.text.replace(/^(?:that|this|it)\b/i, done)), ...rest];
}
