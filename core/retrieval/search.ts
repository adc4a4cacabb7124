import type { QueryEmbedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { warmVectorIndex } from "../db/vectors.js";
import { getMemories } from "../db/repos/memories.js";
import { getProvenance, type ProvenanceSource } from "../db/repos/provenance.js";
import { getSources } from "../db/repos/sources.js";
import type { MemoryType, SourceRow } from "../db/types.js";
import { type MemoryFilter, memoryFilterSql, type SourceFilter, sourceFilterSql } from "../db/filters.js";
import { aboutSubjects, memoriesOfPassages, namedSubjects } from "./passages.js";
import { asksOverview, asksQuantity } from "./answer-type.js";
import { continuationSecond } from "./continuation.js";
import { overviewFirst } from "./overview.js";
import { FUSION, rankIds, type ScoreParts, type SearchMode } from "./rank.js";
import { questionTime } from "../time/question.js";

const DAY_MS = 86_400_000;

/** A memory found by search, with its score parts and provenance. Times epoch ms. */
export interface MemoryHit {
  id: number;
  type: MemoryType;
  title: string;
  content: string;
  /** fused RRF score (higher is better) */
  score: number;
  scores: ScoreParts;
  occurred_at: number | null;
  valid_from: number;
  valid_to: number | null;
  sources: ProvenanceSource[];
}

/** Options of a memory search: filters plus `k` (default 10) and `mode` (default hybrid). */
export type MemorySearchOptions = MemoryFilter & {
  k?: number;
  mode?: SearchMode;
  passages?: boolean;
  /** the query's vector when the caller already has it (several searches for one question embed it once) */
  queryVector?: Float32Array;
  /**
   * Time of asking, epoch ms (default now), against which a period the query names ("last week",
   * "on 3 June 2023") is resolved; null: the query's dates are only words.
   */
  now?: number | null;
};

/** A memory id ranked by search, with its fused score and score parts (no row read yet). */
export interface RankedMemory {
  id: number;
  /** fused RRF score (higher is better) */
  score: number;
  scores: ScoreParts;
}

/**
 * Hybrid search over memories (FTS5 BM25 + sqlite-vec KNN, fused by RRF), filtered by type, event
 * time, validity (current unless `asOf`), source kind and conversation. Unless `passages` is false,
 * a third list joins the fusion: the raw turns ranked the same way (the passage index), each turn
 * standing for the facts and procedures made from it, and those of them about a person the query
 * names ("What did Caroline research?" → Caroline's facts first) (passages.ts). When the query names a
 * period ("on 3 June 2023", "last week": core/time/question.ts, resolved against `now`), the memories of
 * that period among the fused ranking's best 50 join the fusion too (FUSION.weights.period): on the
 * LoCoMo dev split, answer_recall@200w 0.637 → 0.648 for memories and 0.625 → 0.642 for raw turns.
 * @returns up to `k` hits, best first, each with its sources.
 */
export async function searchMemories(db: EngramDb, embedder: QueryEmbedder, query: string, opts: MemorySearchOptions = {}): Promise<MemoryHit[]> {
  const ranked = await rankMemories(db, embedder, query, opts);
  const rows = new Map(
    getMemories(
      db,
      ranked.map((r) => r.id),
    ).map((m) => [m.id, m]),
  );
  const prov = getProvenance(
    db,
    ranked.map((r) => r.id),
  );
  return ranked.map(({ id, score, scores }) => {
    const m = rows.get(id)!;
    return {
      id,
      type: m.type,
      title: m.title,
      content: m.content,
      score,
      scores,
      occurred_at: m.occurred_at,
      valid_from: m.valid_from,
      valid_to: m.valid_to,
      sources: prov.get(id) ?? [],
    };
  });
}

/**
 * The ranking of {@link searchMemories} without reading the memories' rows and sources, for
 * callers that read them in their own shape (the API's search reads each hit once).
 * @returns up to `k` ids, best first.
 */
export async function rankMemories(db: EngramDb, embedder: QueryEmbedder, query: string, opts: MemorySearchOptions = {}): Promise<RankedMemory[]> {
  const k = opts.k ?? 10;
  const mode = opts.mode ?? "hybrid";
  const filter = memoryFilterSql(opts);
  // the query is embedded while the keyword rankings run and the vector indexes load: a one-shot
  // command's embedder is still starting on its worker thread (models/embedders.ts `query` use)
  const queryVector =
    mode === "bm25" || !query.trim() ? undefined : opts.queryVector ? Promise.resolve(opts.queryVector) : embedder.embed([query]).then((v) => v[0]!);
  queryVector?.catch(() => undefined); // a keyword-part error must not leave it unhandled
  if (queryVector) for (const target of opts.passages !== false ? (["sources", "memories"] as const) : (["memories"] as const)) warmVectorIndex(db, target);
  const extra: Array<{ list: number[]; weight: number }> = [];
  if (opts.passages !== false) {
    const turns = await rankIds(
      db,
      embedder,
      "sources",
      query,
      { where: "1", params: [] },
      { k: Math.max(3 * k, 30), mode, ...(queryVector ? { queryVector } : {}) },
    );
    const list = memoriesOfPassages(
      db,
      turns.map((t) => t.id),
      filter,
    );
    extra.push({ list, weight: FUSION.weights.passages });
    const subjects = namedSubjects(db, query);
    if (subjects.length) extra.push({ list: aboutSubjects(db, list, subjects), weight: FUSION.weights.subject });
  }
  const fused = await rankIds(db, embedder, "memories", query, filter, {
    k,
    mode,
    extra,
    period: queryPeriod(query, opts),
    quantity: asksQuantity(query),
    ...(queryVector ? { queryVector } : {}),
    ...(opts.passages !== false ? { bm25Weight: FUSION.weights.memoryText } : {}),
  });
  // (else the memory that continues the best hit's turn second: the answer often follows it, "What's it called?" "It's called …")
  const overview = asksOverview(query);
  const ranked = overview
    ? overviewFirst(db, query, overview, fused, { k, from: opts.from, to: opts.to, now: opts.now, filter })
    : continuationSecond(db, fused);
  return ranked.map(({ id, score, parts }) => ({ id, score, scores: parts }));
}

/**
 * The period a query names ("last week", "on 3 June 2023"; core/time/question.ts, resolved against
 * `opts.now`, default now), widened by a day on each side (a day said in the user's time zone starts
 * up to a day off UTC); null when it names none, when `now` is null, or when the caller already
 * filters by event time.
 */
function queryPeriod(query: string, opts: { from?: number; to?: number; now?: number | null }): { from: number; to: number } | null {
  if (opts.now === null || opts.from != null || opts.to != null || !/\d|\b(?:yesterday|today|last|ago|week|month|year)/i.test(query)) return null;
  const time = questionTime(query, opts.now ?? Date.now());
  return time ? { from: time.from - DAY_MS, to: time.to + DAY_MS } : null;
}

/** A raw source found by search. */
export interface SourceHit {
  source: SourceRow;
  score: number;
  scores: ScoreParts;
}

/**
 * Hybrid search over raw sources (chat turns, screenshot text) with the same rankers as memories,
 * and the same list of the period the query names (see {@link searchMemories}).
 * @returns up to `k` hits (default 10), best first.
 */
export async function searchSources(
  db: EngramDb,
  embedder: QueryEmbedder,
  query: string,
  opts: SourceFilter & { k?: number; mode?: SearchMode; now?: number | null } = {},
): Promise<SourceHit[]> {
  const ranked = await rankIds(db, embedder, "sources", query, sourceFilterSql(opts), {
    k: opts.k ?? 10,
    mode: opts.mode ?? "hybrid",
    period: queryPeriod(query, opts),
    quantity: asksQuantity(query),
  });
  const rows = new Map(
    getSources(
      db,
      ranked.map((r) => r.id),
    ).map((s) => [s.id, s]),
  );
  return ranked.map(({ id, score, parts }) => ({ source: rows.get(id)!, score, scores: parts }));
}
