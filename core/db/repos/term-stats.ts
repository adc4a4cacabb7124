import type { EngramDb } from "../connection.js";
import type { FtsTable } from "./search-index.js";

// Statistics of the full-text indexes for BM25 term pruning (core/retrieval/term-pruning.ts): how
// many documents hold a term (the fts5vocab tables `<fts>_vocab` of migration 005), and a stamp
// telling a cache of those counts when the database may have changed.

/**
 * A stamp that differs whenever the database may have changed: `PRAGMA data_version` (bumped by
 * other connections' commits) and `total_changes()` (this connection's writes), as
 * `"<data_version>:<total_changes>"`. Equal stamps mean the counts read before are still current.
 */
export function changeStamp(db: EngramDb): string {
  const version = db.prepare("PRAGMA data_version").get() as { data_version: number };
  const changes = db.prepare("SELECT total_changes() AS n").get() as { n: number };
  return `${version.data_version}:${changes.n}`;
}

/**
 * A lookup of document frequencies in `fts`, its statement prepared once for every call of the
 * returned function: `(term)` → how many documents hold `term` as the index stores it (the Porter
 * stem: the tokenizer is `porter`), 0 when none. Each lookup walks the term's posting list.
 */
export function documentFrequencyLookup(db: EngramDb, fts: FtsTable): (term: string) => number {
  const lookup = db.prepare(`SELECT doc FROM ${fts}_vocab WHERE term = ?`);
  return (term) => (lookup.get(term) as { doc: number } | undefined)?.doc ?? 0;
}

/**
 * Every term of `fts` with how many documents hold it (term as stored: the Porter stem), in one
 * scan of the fts5vocab table: it walks the whole index (~1 ms per 400 memories), so it pays only
 * where many terms are wanted from a small index (a lookup walks one posting list, ~0.08 ms).
 */
export function allDocumentFrequencies(db: EngramDb, fts: FtsTable): Map<string, number> {
  return new Map(db.prepare(`SELECT term, doc FROM ${fts}_vocab`).raw().all() as Array<[string, number]>);
}
