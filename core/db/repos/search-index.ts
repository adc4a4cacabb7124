import type { EngramDb } from "../connection.js";
import type { SqlFilter } from "../filters.js";
import type { VectorTarget } from "../vectors.js";

// The full-text side of search (core/retrieval/rank.ts): FTS5 BM25 rankings of memories or sources,
// and which ranked ids pass a filter. The vector side is core/db/vectors.ts `knn`.

/** An FTS5 index of the searchable rows: memories' title and content, sources' text. */
export type FtsTable = "memories_fts" | "sources_fts";

/**
 * Per target: its FTS5 table, its base table and the alias a filter's conditions use (`m` for
 * memories, `s` for sources, see core/db/filters.ts), and the FTS5 `bm25()` column weights
 * (memories: title 0.3, content 1; sources: speaker 1, text 1, neighbouring turns' context 0.3).
 */
const TABLES: Record<VectorTarget, { fts: FtsTable; base: string; alias: string; weights: number[] }> = {
  memories: { fts: "memories_fts", base: "memories", alias: "m", weights: [0.3, 1.0] },
  sources: { fts: "sources_fts", base: "sources", alias: "s", weights: [1.0, 1.0, 0.3] },
};

/** The `bm25()` column weights of `target`'s FTS5 index, in column order. */
export function bm25ColumnWeights(target: VectorTarget): readonly number[] {
  return TABLES[target].weights;
}

/** The FTS5 table that indexes `target`. */
export function ftsTableOf(target: VectorTarget): FtsTable {
  return TABLES[target].fts;
}

/** A BM25 hit: the row id and FTS5's `rank` (the weighted bm25() value: lower, more negative, is better). */
export interface Bm25Hit {
  id: number;
  score: number;
}

/**
 * A BM25 ranker over `target`'s FTS5 index, its statement prepared once for every call of the
 * returned function: `(match, limit)` → up to `limit` hits for the FTS5 MATCH expression `match`,
 * best first. FTS5 sorts by its `rank` without joining the base table (filters are applied
 * afterwards, {@link idsPassing}).
 * @throws SQLite's error for a malformed MATCH expression.
 */
export function bm25Ranker(db: EngramDb, target: VectorTarget): (match: string, limit: number) => Bm25Hit[] {
  const t = TABLES[target];
  const bm25 = `bm25(${t.weights.map((w) => w.toFixed(1)).join(", ")})`;
  const stmt = db.prepare(`SELECT rowid AS id, rank AS score FROM ${t.fts} WHERE ${t.fts} MATCH ? AND rank MATCH '${bm25}' ORDER BY rank LIMIT ?`);
  return (match, limit) => stmt.all(match, limit) as Bm25Hit[];
}

/**
 * The ids among `ids` (memory or source ids, per `target`) whose row passes `filter` (conditions
 * over alias `m` for memories, `s` for sources). Ids of missing rows are left out.
 * @returns the passing ids (a set: the caller keeps its own order).
 */
export function idsPassing(db: EngramDb, target: VectorTarget, ids: number[], filter: SqlFilter): Set<number> {
  const t = TABLES[target];
  const rows = db
    .prepare(`SELECT ${t.alias}.id AS id FROM ${t.base} ${t.alias} WHERE ${t.alias}.id IN (SELECT value FROM json_each(?)) AND ${filter.where}`)
    .all(JSON.stringify(ids), ...filter.params) as Array<{ id: number }>;
  return new Set(rows.map((r) => r.id));
}
