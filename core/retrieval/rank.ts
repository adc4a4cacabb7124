import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { knn, type VectorTarget } from "../db/vectors.js";
import type { SqlFilter } from "./filters.js";
import { toFtsQuery } from "./fts-query.js";
import { reciprocalRankFusion } from "./fusion.js";

/**
 * Fusion settings measured on the LoCoMo dev split (bench/README.md): the bundled embedder (USE
 * lite) is a weaker ranker than BM25 on chat text, so its list counts 0.35 of BM25's, and k = 10
 * lets the first ranks decide (recall_frac@10 over raw turns: 0.700 vs 0.611 with plain RRF k = 60).
 */
export const FUSION = { k: 10, weights: { bm25: 1, vector: 0.35 } } as const;

/** Which rankers run: BM25 only, vector only, or both fused by RRF. */
export type SearchMode = "hybrid" | "bm25" | "vector";

/** The parts of a hybrid score: each ranker's rank (from 1) and raw score, when it found the item. */
export interface ScoreParts {
  /** FTS5 bm25() value: lower (more negative) is better. */
  bm25?: { rank: number; score: number };
  /** cosine similarity, -1..1. */
  vector?: { rank: number; similarity: number };
}

/** One ranked id with its fused score (RRF; for single-ranker modes, the same formula over one list). */
export interface RankedId {
  id: number;
  score: number;
  parts: ScoreParts;
}

const TABLES: Record<VectorTarget, { fts: string; base: string; alias: string; weights: string }> = {
  memories: { fts: "memories_fts", base: "memories", alias: "m", weights: "0.3, 1.0" },
  sources: { fts: "sources_fts", base: "sources", alias: "s", weights: "1.0, 1.0, 0.3" },
};

function bm25Ranking(db: EngramDb, target: VectorTarget, query: string, filter: SqlFilter, depth: number) {
  const match = toFtsQuery(query);
  if (!match) return [];
  const t = TABLES[target];
  return db
    .prepare(
      `SELECT ${t.alias}.id AS id, bm25(${t.fts}, ${t.weights}) AS score FROM ${t.fts} JOIN ${t.base} ${t.alias} ON ${t.alias}.id = ${t.fts}.rowid
       WHERE ${t.fts} MATCH ? AND ${filter.where} ORDER BY score LIMIT ?`,
    )
    .all(match, ...filter.params, depth) as Array<{ id: number; score: number }>;
}

function allowedIds(db: EngramDb, target: VectorTarget, ids: number[], filter: SqlFilter): Set<number> {
  const t = TABLES[target];
  const rows = db
    .prepare(`SELECT ${t.alias}.id AS id FROM ${t.base} ${t.alias} WHERE ${t.alias}.id IN (SELECT value FROM json_each(?)) AND ${filter.where}`)
    .all(JSON.stringify(ids), ...filter.params) as Array<{ id: number }>;
  return new Set(rows.map((r) => r.id));
}

/**
 * Nearest neighbours that pass the filter. Oversamples the binary index and widens the candidate set
 * (×4, up to sqlite-vec's 4096) while filters leave fewer than `depth` hits.
 */
function vectorRanking(db: EngramDb, target: VectorTarget, qv: Float32Array, filter: SqlFilter, depth: number) {
  for (let candidates = Math.max(8 * depth, 200); ; candidates *= 4) {
    const raw = knn(db, target, qv, candidates, { candidates });
    const allowed = allowedIds(db, target, raw.map((h) => h.id), filter);
    const hits = raw.filter((h) => allowed.has(h.id)).slice(0, depth);
    if (hits.length >= depth || raw.length < candidates || candidates >= 4096) return hits;
  }
}

/**
 * Ranks memories or sources for `query`: FTS5 BM25 and sqlite-vec KNN (each to `depth`, default
 * max(5k, 50)), fused by weighted reciprocal rank fusion (FUSION); filters applied inside both rankers.
 * @returns the top `k`, best first, with each ranker's part of the score.
 */
export async function rankIds(
  db: EngramDb,
  embedder: Embedder,
  target: VectorTarget,
  query: string,
  filter: SqlFilter,
  opts: { k: number; mode: SearchMode; depth?: number },
): Promise<RankedId[]> {
  const depth = opts.depth ?? Math.max(5 * opts.k, 50);
  const parts = new Map<number, ScoreParts>();
  const lists: number[][] = [];
  const weights: number[] = [];
  if (opts.mode !== "vector") {
    const hits = bm25Ranking(db, target, query, filter, depth);
    hits.forEach((h, i) => parts.set(h.id, { ...parts.get(h.id), bm25: { rank: i + 1, score: h.score } }));
    lists.push(hits.map((h) => h.id));
    weights.push(FUSION.weights.bm25);
  }
  if (opts.mode !== "bm25" && query.trim()) {
    const [qv] = await embedder.embed([query]);
    const hits = vectorRanking(db, target, qv!, filter, depth);
    hits.forEach((h, i) => parts.set(h.id, { ...parts.get(h.id), vector: { rank: i + 1, similarity: h.similarity } }));
    lists.push(hits.map((h) => h.id));
    weights.push(FUSION.weights.vector);
  }
  return reciprocalRankFusion(lists, { k: FUSION.k, weights })
    .slice(0, opts.k)
    .map(({ id, score }) => ({ id, score, parts: parts.get(id) ?? {} }));
}
