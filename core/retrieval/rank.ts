import type { QueryEmbedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import type { SqlFilter } from "../db/filters.js";
import { idsInPeriod, shownTexts } from "../db/repos/passages.js";
import { statesQuantity } from "./answer-type.js";
import { bm25Ranker, ftsTableOf, idsPassing } from "../db/repos/search-index.js";
import { knn, type VectorTarget } from "../db/vectors.js";
import { queryTerms } from "./fts-query.js";
import { reciprocalRankFusion } from "./fusion.js";
import { bitmapRanking } from "./term-bitmaps.js";
import { ftsQueryPlan } from "./term-pruning.js";

/**
 * Fusion settings measured on the LoCoMo dev split (bench/README.md): the bundled embedder (USE
 * lite) is a weaker ranker than BM25 on chat text, so its list counts 0.35 of BM25's, and k = 10
 * lets the first ranks decide (recall_frac@10 over raw turns: 0.700 vs 0.611 with plain RRF k = 60).
 * Memory search adds the passage list (turns standing for their facts, weight 2: memory
 * recall_frac@10 0.684 vs 0.674 at weight 1) and the facts about people the query names (weight 1:
 * 0.734 vs 0.696 over passages alone), and counts BM25 over the memories' own condensed text half
 * (`memoryText`: the turn with its neighbours matches questions better; see core/retrieval/README.md).
 * A period the query names adds what was said in it (`period`, memories and raw turns; weight 2:
 * memory answer_recall@200w 0.648, at 1 0.643, at 4 0.649). A question that asks for a quantity adds
 * what states one (`quantity`, weight 1; see answer-type.ts).
 */
export const FUSION = { k: 10, weights: { bm25: 1, vector: 0.35, memoryText: 0.5, passages: 2, subject: 1, period: 2, quantity: 1 } } as const;

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

/** Keeps the ids (in order) that pass the filter. */
function applyFilter<T extends { id: number }>(db: EngramDb, target: VectorTarget, hits: T[], filter: SqlFilter): T[] {
  if (hits.length === 0) return hits;
  const allowed = idsPassing(
    db,
    target,
    hits.map((h) => h.id),
    filter,
  );
  return hits.filter((h) => allowed.has(h.id));
}

/**
 * The first `depth` of `hits` (in order) that pass the filter, checking them in growing slices
 * (depth, then twice the last slice) so that when most pass, about `depth` rows are read rather
 * than every candidate (each check of a memory not in SQLite's page cache costs a page read).
 */
function firstPassing<T extends { id: number }>(db: EngramDb, target: VectorTarget, hits: T[], filter: SqlFilter, depth: number): T[] {
  const out: T[] = [];
  for (let from = 0, size = depth; out.length < depth && from < hits.length; from += size, size *= 2) {
    out.push(...applyFilter(db, target, hits.slice(from, from + size), filter));
  }
  return out.slice(0, depth);
}

/**
 * Runs `fetch(n)` (best-first candidates) with n = oversample·depth, then ×4 while the filter leaves
 * fewer than `depth` hits and more candidates exist (up to `max`).
 */
function filteredTop<T extends { id: number }>(
  db: EngramDb,
  target: VectorTarget,
  filter: SqlFilter,
  depth: number,
  max: number,
  oversample: number,
  fetch: (n: number) => T[],
): T[] {
  for (let n = Math.min(oversample * depth, max); ; n = Math.min(4 * n, max)) {
    const raw = fetch(n);
    const hits = firstPassing(db, target, raw, filter, depth);
    if (hits.length >= depth || raw.length < n || n >= max) return hits;
  }
}

/**
 * BM25 over the FTS5 index. In a large index, a query holding a common term (one with a term
 * bitmap, term-bitmaps.ts) is ranked from the bitmaps (the depth + 10 best rescored exactly, ×4
 * while a filter leaves fewer than `depth` of them, up to 16·depth), and by FTS5 as below only past
 * that. Otherwise:
 * the query's terms (pruned to a postings budget, see term-pruning.ts)
 * OR-ed; FTS5 sorts by its `rank` (bm25 with column weights) without joining, then filters. When
 * the kept terms are all common, documents holding three, else two, of them are ranked alone
 * (ftsQueryPlan) whenever they give `depth` hits that pass the filter, and the full OR only otherwise (FTS5 spends
 * its time scoring every matching row: at 100k synthetic memories the full OR run after pairs that
 * found fewer than 4·depth rows cost 3.7 ms of CPU per query on average, 2.4 ms without it, for the
 * same top 10). bench:scale measures the top 10's overlap with the unpruned full OR's.
 * @returns up to `depth` hits passing the filter, best first, with FTS5's rank (lower is better).
 */
export function bm25Ranking(db: EngramDb, target: VectorTarget, query: string, filter: SqlFilter, depth: number): Array<{ id: number; score: number }> {
  const terms = queryTerms(query);
  for (let want = depth + 10; want <= 16 * depth; want *= 4) {
    const fromBitmaps = bitmapRanking(db, target, terms, want);
    if (!fromBitmaps) break;
    const hits = firstPassing(db, target, fromBitmaps, filter, depth);
    if (hits.length >= depth) return hits;
  }
  const plan = ftsQueryPlan(db, ftsTableOf(target), terms);
  if (!plan.any) return [];
  const rank = bm25Ranker(db, target);
  const ranked = (match: string) => filteredTop(db, target, filter, depth, 100_000, 4, (n) => rank(match, n));
  for (const match of [plan.triples, plan.pairs]) {
    if (!match) continue;
    const hits = ranked(match);
    if (hits.length >= depth) return hits;
  }
  return ranked(plan.any);
}

/**
 * Nearest neighbours that pass the filter, as hybrid search ranks them: 2·depth rows (at least
 * VECTOR_CANDIDATES rescored) from the binary index's Hamming and asymmetric passes, rescored
 * exactly on the float vectors (core/db/vectors.ts knn); widened while filters leave too few (up
 * to 4,096).
 * @returns up to `depth` hits, most similar first (bench:scale measures their overlap with the exact top 10).
 */
export function vectorRanking(db: EngramDb, target: VectorTarget, qv: Float32Array, filter: SqlFilter, depth: number) {
  return filteredTop(db, target, filter, depth, 4096, 2, (n) => knn(db, target, qv, n, { candidates: Math.max(n, VECTOR_CANDIDATES) }));
}

/**
 * The fewest float vectors rescored per vector ranking: at 100k synthetic memories (bench:scale) 60
 * find 99.0 % of the exact top 10 and 100 find 99.6 %, for about 0.5 ms more.
 */
export const VECTOR_CANDIDATES = 100;

/**
 * Ranks memories or sources for `query`: FTS5 BM25 (to `depth`, default max(5k, 50)) and sqlite-vec
 * KNN (to `vectorDepth`, default max(3k, 30): its list is weighted low, so deep ranks add nothing), fused by weighted reciprocal rank fusion (FUSION); filters applied inside both rankers.
 * `queryVector` saves embedding the query again; `extra` adds ranked lists (ids best first) with their fusion weights.
 * @returns the top `k`, best first, with each ranker's part of the score.
 */
export async function rankIds(
  db: EngramDb,
  embedder: QueryEmbedder,
  target: VectorTarget,
  query: string,
  filter: SqlFilter,
  opts: {
    k: number;
    mode: SearchMode;
    depth?: number;
    vectorDepth?: number;
    /** the query's vector, or its promise: the keyword part runs while it is computed */
    queryVector?: Float32Array | Promise<Float32Array>;
    extra?: Array<{ list: number[]; weight: number }>;
    /** weight of the BM25 list (default FUSION.weights.bm25) */
    bm25Weight?: number;
    /**
     * A period the query names, [from, to) epoch ms: of the fused ranking's best POOL (or `k`),
     * the items whose event time is in it join the fusion as one more list, in that order
     * (FUSION.weights.period).
     */
    period?: { from: number; to: number } | null;
    /**
     * The query asks for a quantity (answer-type.ts asksQuantity): of the same pool, the items whose
     * text states one join the fusion as one more list (FUSION.weights.quantity).
     */
    quantity?: boolean;
  },
): Promise<RankedId[]> {
  const depth = opts.depth ?? Math.max(5 * opts.k, 50);
  const parts = new Map<number, ScoreParts>();
  const lists: number[][] = [];
  const weights: number[] = [];
  if (opts.mode !== "vector") {
    const hits = bm25Ranking(db, target, query, filter, depth);
    for (const [i, h] of hits.entries()) parts.set(h.id, { ...parts.get(h.id), bm25: { rank: i + 1, score: h.score } });
    lists.push(hits.map((h) => h.id));
    weights.push(opts.bm25Weight ?? FUSION.weights.bm25);
  }
  if (opts.mode !== "bm25" && query.trim()) {
    const qv = opts.queryVector ? await opts.queryVector : (await embedder.embed([query]))[0];
    const hits = vectorRanking(db, target, qv!, filter, opts.vectorDepth ?? Math.max(3 * opts.k, 30));
    for (const [i, h] of hits.entries()) parts.set(h.id, { ...parts.get(h.id), vector: { rank: i + 1, similarity: h.similarity } });
    lists.push(hits.map((h) => h.id));
    weights.push(FUSION.weights.vector);
  }
  for (const x of opts.extra ?? []) {
    lists.push(x.list);
    weights.push(x.weight);
  }
  let fused = reciprocalRankFusion(lists, { k: FUSION.k, weights });
  if (opts.period || opts.quantity) fused = fused.slice(0, Math.max(opts.k, POOL));
  const ids = () => fused.map((r) => r.id);
  if (opts.period) fused = joined(fused, idsInPeriod(db, target, ids(), opts.period.from, opts.period.to), FUSION.weights.period);
  if (opts.quantity) {
    const texts = shownTexts(db, target, ids());
    fused = joined(fused, new Set(ids().filter((id) => statesQuantity(texts.get(id) ?? ""))), FUSION.weights.quantity);
  }
  return fused.slice(0, opts.k).map(({ id, score }) => ({ id, score, parts: parts.get(id) ?? {} }));
}

/** How many of the fused ranking's best a named period or an answer type re-ranks (the pool it is looked for in). */
const POOL = 50;

/**
 * `pool` (fused ids, best first) after its items in `members` join the fusion as one more list, in the
 * pool's order: such an item's RRF score gains `weight` / (FUSION.k + its rank among them).
 */
function joined(pool: Array<{ id: number; score: number }>, members: ReadonlySet<number>, weight: number): Array<{ id: number; score: number }> {
  let rank = 0;
  return pool.map((r) => (members.has(r.id) ? { ...r, score: r.score + weight / (FUSION.k + ++rank) } : r)).sort((a, b) => b.score - a.score);
}
