// "That worked" told as the advice that worked, in a chat with an assistant: "Add a composite index
// on (customer_id, created_at DESC)" [code] … "That worked, it's 3 ms now" → "Adding a composite
// index on (customer_id, created_at DESC) worked, it's 3 ms now". What fixed a problem is what a
// person asks later ("How did I fix the slow query?"); "That" alone says nothing of it.
import nlp from "compromise";
import { capitalise } from "./fact-text.js";
import { IMPERATIVE, opensWithImperative } from "./procedures.js";
import { parseSentence, type Sentence } from "./sentences.js";

/** A message that opens by saying what was advised worked ("That worked", "It did the trick", "This fixed it"). */
const WORKED = /^(?:that|this|it)(?:\s+(?:totally|really|finally|actually|definitely))?\s+(?:worked|works|did the trick|did it|fixed it|solved it|helped)\b/i;

/** Words that lead an instruction without being it ("First, run …", "You can add …"). */
const LEAD = /^(?:(?:first(?:ly)?|then|next|just|simply|you can|you could|you should|you might want to|i'd|i would)[,\s]+)+/i;

/** The longest instruction told in place of "That", in words. */
const MAX_WORDS = 20;

/** The longest line of code told as an instruction's object ("python -m pip install Pillow"), in characters. */
const MAX_CODE_CHARS = 80;

/** An instruction that ends open, its object the code after it: "Install it with:", "Run:", "Paste this:". */
const ENDS_OPEN = /(?:\s(?:with|using|by|to|into|from|for|in|on|at|as|of|via|this|these|following)|^(?:Running|Typing|Entering|Pasting))$/i;

/**
 * An instruction as what was done: its imperative verb as a gerund ("Add a composite index …" →
 * "Adding a composite index …", "Try clearing the cache" → "Clearing the cache"), "your" as the
 * user's "my"; an instruction that ends open ("Install it with:") takes the line of code after it
 * (`code`) as its object, in backquotes ("Installing it with `python -m pip install Pillow`"). Null
 * for a sentence that is no instruction, says "you" otherwise, ends open with no code after it, or
 * is longer than MAX_WORDS.
 */
function asDone(text: string, code: string | null): string | null {
  // (its first step: "Add a composite index …, then check the plan" did the work of the first)
  let t = text
    .split(/:\s*(?:\n|$)|\n|;\s|,?\s+(?:and\s+)?then\b/)[0]!
    .trim()
    .replace(LEAD, "");
  if (/^try\s+\p{L}+ing\b/iu.test(t)) t = t.replace(/^try\s+/i, "");
  else {
    const m = opensWithImperative(t) ? IMPERATIVE.exec(t) : null;
    if (!m) return null;
    const gerund = (nlp(m[1]!.toLowerCase()).verbs().conjugate()[0] as { Gerund?: string } | undefined)?.Gerund;
    if (!gerund) return null;
    t = `${gerund}${t.slice(m[0].length)}`;
  }
  t = t
    .replace(/[.!:;,\s]+$/, "")
    .replace(/\byour\b/gi, "my")
    .replace(/\byours\b/gi, "mine");
  if (ENDS_OPEN.test(t)) {
    if (!code) return null;
    t = `${t} \`${code}\``;
  }
  if (/\byou\b/i.test(t) || t.split(/\s+/).length > MAX_WORDS) return null;
  return capitalise(t);
}

/**
 * The first line of the fenced code block right after `sentence` in `text` (a reply's Markdown, whose
 * sentences leave code out), when it is no longer than MAX_CODE_CHARS: "Install it with:" and
 * "```\npython -m pip install Pillow\n```" → "python -m pip install Pillow"; else null.
 */
function codeAfter(text: string, sentence: string): string | null {
  const at = text.indexOf(sentence);
  if (at < 0) return null;
  const line = /^\s*(?:```|~~~)[^\n]*\n\s*([^\n]+)/.exec(text.slice(at + sentence.length))?.[1]?.trim();
  return line && line.length <= MAX_CODE_CHARS && !/^(?:```|~~~)/.test(line) ? line : null;
}

/**
 * `sentences` (a user's message right after an assistant's `reply`) with an opening "That worked"
 * told as the reply's first instruction ({@link asDone}); as they are when the message says no such
 * thing or the reply gives no instruction.
 * @param replyText the reply as written (Markdown), for the code an instruction ends on ("Install it with:")
 */
export function withAdviceNamed(sentences: Sentence[], reply: Sentence[], replyText = ""): Sentence[] {
  const [first, ...rest] = sentences;
  if (!first || !WORKED.test(first.text)) return sentences;
  const done = reply.map((s) => asDone(s.text, codeAfter(replyText, s.text))).find((d) => d != null);
  if (!done) return sentences;
  return [parseSentence(first.text.replace(/^(?:that|this|it)\b/i, done)), ...rest];
}
