import { sentenceSpans } from "../memory/sentences.js";
import { coverage, isProcedureText, stems } from "./format.js";

/**
 * Longest memory text (characters) that "what I remember" shows whole. The app shows an item in at
 * most six lines: about 280 characters in the chat's column at 1024 px.
 */
export const EXCERPT_CHARS = 280;

/** Between two parts of a memory shown apart, and before or after the parts shown when more was said. */
const GAP = "…";

/**
 * The part of a long memory that answers `question`, for a list of "what I remember" that shows each
 * item in a few lines: a fact's sentences, or the lines of a memory written in lines (a day of screen
 * time), by how many of the question's words they share (Porter stems, {@link coverage}; then in
 * their order), best first while they fit in `max` characters (at least one), shown in their order
 * with "…" where something is left out ("… Caroline chose them 'cause they help LGBTQ+ folks with
 * adoption. …").
 * @param content the memory's whole text
 * @param max characters (default EXCERPT_CHARS)
 * @returns null when the whole text is what to show: it fits in `max`, it is a procedure (its steps
 *   are the answer), or no part of it shares a word with the question (its opening says what and when)
 */
export function excerpt(content: string, question: string, max = EXCERPT_CHARS): string | null {
  if (content.length <= max) return null;
  const scored = scoredParts(content, question);
  if (!scored) return null;
  const { parts, inLines } = scored;
  const best = Math.max(...parts.map((p) => p.score));
  if (best === 0) return null;
  // (then the parts that share fewer words, and those that share none in their order, while there is room:
  // of the answer words in the top 5 memories over 280 characters for the dev split's questions, these
  // show 0.773, the first 280 characters 0.758, the best parts alone 0.690)
  const ranked = [...parts].sort((a, b) => b.score - a.score || a.i - b.i);
  const kept: typeof parts = [];
  let chars = 0;
  for (const p of ranked) {
    if (kept.length > 0 && chars + p.text.length > max) continue;
    kept.push(p);
    chars += p.text.length + 1;
  }
  if (kept.length === parts.length) return null;
  kept.sort((a, b) => a.i - b.i);
  const out: string[] = [];
  kept.forEach((p, n) => {
    if (p.i > (n === 0 ? 0 : kept[n - 1]!.i + 1)) out.push(GAP);
    out.push(p.text);
  });
  if (kept.at(-1)!.i < parts.length - 1) out.push(GAP);
  return out.join(inLines ? "\n" : " ");
}

/**
 * A memory's parts (sentences, or the lines of a text written in lines) with the share of `question`'s
 * words each holds; null for a procedure. With `keys` (lower case), a part holding none of them counts
 * 0 unread (no stemming: a search's hits, dozens at a time).
 */
function scoredParts(
  content: string,
  question: string,
  keys?: string[],
): { parts: Array<{ text: string; i: number; score: number }>; inLines: boolean } | null {
  const lines = content.split("\n");
  if (isProcedureText(lines)) return null;
  const inLines = lines.length > 2;
  const texts = inLines ? lines : [...sentenceSpans(content)].map((s) => s.text.trim());
  const read = (text: string) => {
    const lower = text.toLowerCase();
    return !keys || keys.some((k) => lower.includes(k));
  };
  return { parts: texts.map((text, i) => ({ text, i, score: read(text) ? coverage(question, text) : 0 })), inLines };
}

/**
 * A memory from the sentence (or a note's line) that shares most of `query`'s words on, for a list
 * that shows each memory in one line, cut at its end (search results): "… This necklace is special to
 * Caroline - a gift from their grandma in their home country, Sweden. It's like a reminder …" for
 * "Sweden", where the line would have ended before it.
 * @returns null when that sentence is the first (the memory as it is), or no part shares a word, or it is a procedure
 */
export function bestPart(content: string, query: string): string | null {
  // (the start of each of the query's stems, as the full-text index matches words: a memory or a
  // sentence holding none shares no word: for the dev split's 200 longest memories, 48 → 8 ms for "adoption agency")
  const keys = [...stems(query)].map((w) => w.slice(0, 4));
  const lower = content.toLowerCase();
  if (!keys.some((k) => lower.includes(k))) return null;
  const scored = scoredParts(content, query, keys);
  if (!scored) return null;
  const best = scored.parts.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score === 0 || best.i === 0) return null;
  return `${GAP} ${scored.parts
    .slice(best.i)
    .map((p) => p.text)
    .join(scored.inLines ? "\n" : " ")}`;
}
