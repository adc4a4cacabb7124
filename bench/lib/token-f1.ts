/**
 * Token F1 between two texts with SQuAD's answer normalisation (Rajpurkar et al., EMNLP 2016):
 * lower case, punctuation removed, articles (a, an, the) removed, whitespace tokens; F1 of the
 * multiset overlap. Used to compare a memory's wording with a reference observation.
 */

/** SQuAD-normalised tokens of `text`. */
export function squadTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((t) => t && t !== "a" && t !== "an" && t !== "the");
}

/** Token F1 (0..1) of two token lists (multiset overlap); 0 when either is empty. */
export function tokenF1(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}
