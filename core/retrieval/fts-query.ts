/**
 * Turns free text into an FTS5 MATCH expression: the words (Unicode letters and digits),
 * lower-cased, without English stop words and duplicates, each quoted (so FTS5 syntax in user
 * text is inert) and joined with OR, so BM25 ranks documents by how many and how rare the
 * matched words are (Robertson & Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009).
 * @returns the MATCH string, or null when the text has no searchable word.
 */
export function toFtsQuery(text: string): string | null {
  return ftsMatch(queryTerms(text));
}

/** The MATCH expression OR-ing the given (already clean) terms, each quoted; null for none. */
export function ftsMatch(terms: string[]): string | null {
  return terms.length ? terms.map((w) => `"${w}"`).join(" OR ") : null;
}

/** The searchable words of `text` (lower case, stop words removed, first occurrence order). */
export function queryTerms(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const w = m[0].replace(/['’].*$/, "");
    if (w.length > 1 && !STOP_WORDS.has(w)) seen.add(w);
  }
  return [...seen];
}

/** A small English stop-word list (function words that only add noise to BM25 over chat text). */
const STOP_WORDS = new Set(
  `a an the and or but if then else of at by for with about against between into through during before after above below to from
  up down in out on off over under again further once here there when where why how all any both each few more most other some such
  no nor not only own same so than too very can will just don should now is are was were be been being have has had having do does
  did doing would could ought i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
  herself it its itself they them their theirs themselves what which who whom whose this that these those am s t d ll m o re ve y
  what's whats did does something anything everything nothing someone anyone everyone somebody anybody`.split(/\s+/),
);
