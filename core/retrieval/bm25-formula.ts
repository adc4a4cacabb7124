import { stemmer } from "stemmer";

// BM25 as FTS5 computes it, and FTS5's tokenizer, for ranking outside FTS5 (term-bitmaps.ts and
// term-bitmaps-neighbours.ts rescore their candidates with these and get FTS5's scores).

/** BM25 parameters, as FTS5's bm25() (k1 = 1.2, b = 0.75). */
const K1 = 1.2;
const B = 0.75;

/** Word → Porter stem (the `stemmer` package, as term-frequencies.ts looks terms up); starts again past 100,000 words. */
const stems = new Map<string, string>();

/**
 * The tokens FTS5 indexes for `text` with `porter unicode61 remove_diacritics 2`: runs of letters
 * and digits, lower-cased, diacritics removed, then Porter-stemmed, in order. Their count is the
 * length bm25() divides by.
 */
export function indexTokens(text: string): string[] {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}\p{Co}]+/gu);
  if (!words) return [];
  if (stems.size > 100_000) stems.clear();
  return words.map((w) => {
    let s = stems.get(w);
    if (s === undefined) {
      s = stemmer(w);
      stems.set(w, s);
    }
    return s;
  });
}

/**
 * A document as bm25() sees it: its length in tokens over all its columns ({@link indexTokens}) and,
 * for each token `terms` has, its frequency weighted by its column's weight (`weights[c]` for
 * `columns[c]`; a column that is not a string, e.g. NULL, counts nothing).
 */
export function documentTerms(
  columns: readonly unknown[],
  weights: readonly number[],
  terms: { has(term: string): boolean },
): { len: number; freq: Map<string, number> } {
  let len = 0;
  const freq = new Map<string, number>();
  columns.forEach((text, c) => {
    if (typeof text !== "string") return;
    const tokens = indexTokens(text);
    len += tokens.length;
    for (const t of tokens) if (terms.has(t)) freq.set(t, (freq.get(t) ?? 0) + weights[c]!);
  });
  return { len, freq };
}

/** FTS5 bm25()'s IDF of a term held by `df` of `docs` documents: ln((N − df + 0.5) / (df + 0.5)), at least 1e-6. */
export function idf(docs: number, df: number): number {
  return Math.max(Math.log((docs - df + 0.5) / (df + 0.5)), 1e-6);
}

/**
 * BM25's term-frequency part as FTS5's bm25() computes it (Robertson & Zaragoza, "The
 * Probabilistic Relevance Framework: BM25 and Beyond", 2009): `f·(k1+1) / (f + k1·(1 − b +
 * b·len/avgLen))`, `f` the term's column-weighted frequency in the document, `len` its length in
 * tokens (all columns). Multiplied by the IDF it is one term's share of the score.
 */
export function saturation(freq: number, len: number, avgLen: number): number {
  return (freq * (K1 + 1)) / (freq + K1 * (1 - B + (B * len) / avgLen));
}
