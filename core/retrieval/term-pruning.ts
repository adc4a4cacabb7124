import type { EngramDb } from "../db/connection.js";
import type { FtsTable } from "../db/repos/search-index.js";
import { changeStamp } from "../db/repos/term-stats.js";
import { TermFrequencies } from "./term-frequencies.js";

/**
 * The most postings (matching documents summed over the query's terms) one BM25 query may score.
 * FTS5 scores every document that matches any OR-ed term, so a common term in a large database
 * (a user's own name appears in every one of their turns) costs far more than it adds: its IDF is low.
 */
export const POSTINGS_BUDGET = 12_000;

/**
 * The rarest query terms always kept, however common: at 100k synthetic memories (bench:scale,
 * where every word is common) keeping 3 rather than 2 took the top 10 from 0.654 to 0.844 of
 * the unpruned BM25's, at about the same cost once documents holding all three are ranked first
 * ({@link ftsQueryPlan}).
 */
export const KEEP_RAREST = 3;

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
export function pruneTerms(db: EngramDb, fts: FtsTable, terms: string[], budget = POSTINGS_BUDGET, keep = KEEP_RAREST): string[] {
  return planTerms(db, fts, terms, budget, keep).terms;
}

/** Document frequencies, kept while the database is unchanged (`PRAGMA data_version` for other connections' commits, `total_changes()` for this one's writes). */
const frequencies = new TermFrequencies((db) => changeStamp(db));

/** How many documents of `fts` hold each of `terms` (lower-case words), in order, from the same per-connection cache as pruning. */
export function documentFrequencies(db: EngramDb, fts: FtsTable, terms: string[]): number[] {
  return frequencies.of(db, fts, terms);
}

/**
 * Above this many postings (summed over the terms left after pruning) a BM25 query asks for
 * documents holding at least two of the terms (see {@link ftsQueryPlan}).
 */
export const PAIRS_ABOVE = 4_000;

/**
 * Above this many postings, with three terms or more kept, documents holding three of them are
 * ranked first (see {@link ftsQueryPlan}). Measured on bench:scale's 1M memories (60 queries):
 * BM25 14.4 ms of CPU per query at 4,000 (as pairs), 14.9 at 8,000, 22.9 at 8,000 with at most
 * four terms, the same top 10.
 */
export const TRIPLES_ABOVE = 4_000;

/** The terms a BM25 query keeps and the postings they match (summed document frequencies). */
export interface TermPlan {
  terms: string[];
  postings: number;
}

/** {@link pruneTerms} with the summed document frequency of the kept terms. */
export function planTerms(db: EngramDb, fts: FtsTable, terms: string[], budget = POSTINGS_BUDGET, keep = KEEP_RAREST): TermPlan {
  if (terms.length === 0) return { terms, postings: 0 };
  const df = frequencies.of(db, fts, terms);
  const total = df.reduce((a, b) => a + b, 0);
  if (terms.length <= keep || total <= budget) return { terms, postings: total };
  const byRarity = terms.map((t, i) => ({ t, df: df[i]! })).sort((a, b) => a.df - b.df);
  const kept = new Set<string>();
  let sum = 0;
  for (const [i, { t, df: d }] of byRarity.entries()) {
    if (i >= keep && sum + d > budget) break;
    kept.add(t);
    sum += d;
  }
  return { terms: terms.filter((t) => kept.has(t)), postings: sum };
}

/**
 * The FTS5 MATCH expressions for a BM25 query: `any` ORs the kept terms; `pairs`, set only when
 * the kept terms still match more than `pairsAbove` postings, asks for documents with at least two
 * of them ("(a AND b) OR (a AND c) OR (b AND c)"); `triples`, set when they match more than
 * `triplesAbove` and three terms or more are kept, for documents with three of them. FTS5 scores
 * every matching document, about 1 µs each (more with more phrases in the expression), and when
 * even the rarest terms are common the best-scored documents are those holding several terms, so
 * scoring only those gives the same top ranks for a fraction of the work (measured on bench:scale
 * at 100k memories: pairs 4 ms instead of 14 ms, top-10 overlap 0.997 with the full OR of the same
 * terms). Every term occurs equally often in these expressions, so FTS5's bm25() orders the
 * documents they match as the OR would. This is the "minimum should match" of Lucene-style
 * engines, used here only past a size no single conversation reaches. The caller falls back to the
 * looser expression when one finds too few.
 */
export function ftsQueryPlan(
  db: EngramDb,
  fts: FtsTable,
  terms: string[],
  pairsAbove = PAIRS_ABOVE,
  triplesAbove = TRIPLES_ABOVE,
): { any: string | null; pairs: string | null; triples: string | null } {
  const plan = planTerms(db, fts, terms);
  const quoted = plan.terms.map((t) => `"${t}"`);
  const any = quoted.length ? quoted.join(" OR ") : null;
  if (quoted.length < 2 || plan.postings <= pairsAbove) return { any, pairs: null, triples: null };
  const pairs = quoted.flatMap((a, i) => quoted.slice(i + 1).map((b) => `(${a} AND ${b})`)).join(" OR ");
  const triples =
    quoted.length >= 3 && plan.postings > triplesAbove
      ? quoted.flatMap((a, i) => quoted.slice(i + 1).flatMap((b, j) => quoted.slice(i + j + 2).map((c) => `(${a} AND ${b} AND ${c})`))).join(" OR ")
      : null;
  return { any, pairs, triples };
}
