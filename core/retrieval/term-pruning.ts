import { stemmer } from "stemmer";
import type { EngramDb } from "../db/connection.js";

/**
 * The most postings (matching documents summed over the query's terms) one BM25 query may score.
 * FTS5 scores every document that matches any OR-ed term, so a common term in a large database
 * (a user's own name appears in every one of their turns) costs far more than it adds: its IDF is low.
 */
export const POSTINGS_BUDGET = 12_000;

/**
 * Drops the most common query terms until the summed document frequency fits `budget`, always
 * keeping the `keep` rarest terms. This is static index pruning by term impact, in the spirit of
 * MaxScore (Turtle & Flood, "Query evaluation: strategies and optimizations", IP&M 1995): the
 * dropped terms have the lowest IDF and so the smallest share of any BM25 score. On small databases
 * nothing is dropped.
 * Document frequencies come from the fts5vocab table `<fts>_vocab`, looked up by Porter stem (the
 * FTS5 tokenizer is `porter`); a term whose stem is not found counts as rare and is kept.
 * @param terms lower-case query words, as queryTerms() returns them
 * @returns the terms to search, in their original order.
 */
export function pruneTerms(db: EngramDb, fts: "memories_fts" | "sources_fts", terms: string[], budget = POSTINGS_BUDGET, keep = 2): string[] {
  if (terms.length <= keep) return terms;
  const lookup = db.prepare(`SELECT doc FROM ${fts}_vocab WHERE term = ?`);
  const df = terms.map((t) => (lookup.get(stemmer(t)) as { doc: number } | undefined)?.doc ?? 0);
  const total = df.reduce((a, b) => a + b, 0);
  if (total <= budget) return terms;
  const byRarity = terms.map((t, i) => ({ t, df: df[i]! })).sort((a, b) => a.df - b.df);
  const kept = new Set<string>();
  let sum = 0;
  for (const [i, { t, df: d }] of byRarity.entries()) {
    if (i >= keep && sum + d > budget) break;
    kept.add(t);
    sum += d;
  }
  return terms.filter((t) => kept.has(t));
}
