import type { EngramDb } from "../db/connection.js";
import { currentMemoriesWithVectors, lastMemoryId } from "../db/repos/neighbours.js";
import type { MemoryRow, MemoryType } from "../db/types.js";
import { dot, knn } from "../db/vectors.js";
import { queryTerms } from "../retrieval/fts-query.js";
import { reciprocalRankFusion } from "../retrieval/fusion.js";
import { bitmapCounts } from "../retrieval/term-bitmaps.js";
import { SMALL_INDEX_MAX } from "../retrieval/small-index-neighbours.js";
import { neighbourMatchIds } from "../retrieval/term-bitmaps-neighbours.js";
import { TermFrequencies } from "../retrieval/term-frequencies.js";

/**
 * Words of a candidate's text searched with BM25: its rarest among the memories (then the longest).
 * A restatement shares its rarest words; common ones only make FTS5 score most of the memories (on
 * 1,500 generated long messages the 10 longest words matched 90 % of the facts per query). Measured
 * there: engine CPU 26.4 → 22.5 s, facts 1,641 → 1,643, procedures 1,283 → 1,280; on the LoCoMo
 * dev split the same facts and figures as with the 10 longest words.
 */
const MAX_TERMS = 6;

/**
 * Document frequencies in memories_fts, kept until the memories grew by a tenth (plus 100) since they
 * were counted: they only rank words by rarity, which changes slowly; so a common word's count is
 * taken from the term bitmaps' build (as stale as a tenth of the index at most) rather than walked.
 */
const frequencies = new TermFrequencies(
  (db, taken) => {
    const last = lastMemoryId(db);
    return taken !== undefined && last <= Number(taken) * 1.1 + 100 ? taken : String(last);
  },
  10_000,
  bitmapCounts,
  // an index small enough to be kept in memory for the neighbour search has its whole vocabulary
  // counted at once: on the LoCoMo dev split the engine looked up ~8,500 words one by one per
  // import (0.6–0.7 CPU-s)
  SMALL_INDEX_MAX,
);

/** `terms` from the rarest in the memories to the commonest (ties: the longer first). */
function byRarity(db: EngramDb, terms: string[]): string[] {
  const counts = frequencies.of(db, "memories_fts", terms);
  const df = new Map(terms.map((t, i) => [t, counts[i]!]));
  return terms.sort((a, b) => df.get(a)! - df.get(b)! || b.length - a.length);
}

/** An existing memory close to a candidate: the row and its cosine similarity to the candidate (-1..1). */
export interface Neighbour {
  memory: MemoryRow;
  similarity: number;
}

/**
 * The nearest currently valid, active memories of `type` to a candidate, found synchronously (so
 * it can run inside the write transaction): FTS5 BM25 over the candidate's rarest words and sqlite-vec KNN
 * over its vector (already computed; an oversampled binary pass, filtered afterwards), fused by
 * reciprocal rank, then each scored by exact cosine.
 * @param vector the candidate's L2-normalised embedding
 * @param opts.skipWords words not to search for (e.g. the subject's name, which every fact about it has)
 * @param opts.vectorSearch false: candidates come from BM25 only (still scored by cosine); the
 *   heuristic engine uses this, as its "same statement" rule needs shared words anyway.
 * @param opts.byCosine false: keep the fused (with vectorSearch false: BM25) order instead of sorting by
 *   cosine, so a memory with the same words is among the `k` even when its vector is far.
 * @returns up to `k` neighbours, most similar first (or in fused order with byCosine false).
 */
export function nearestMemories(
  db: EngramDb,
  type: MemoryType,
  text: string,
  vector: Float32Array,
  opts: { k?: number; vectorSearch?: boolean; skipWords?: string[]; byCosine?: boolean } = {},
): Neighbour[] {
  const k = opts.k ?? 5;
  const depth = Math.max(4 * k, 20);
  const lists: number[][] = [];
  const skip = new Set(opts.skipWords ?? []);
  const words = [...new Set(queryTerms(text).filter((w) => !skip.has(w)))];
  const terms = byRarity(db, words).slice(0, MAX_TERMS);
  if (terms.length) lists.push(neighbourMatchIds(db, terms, type, depth));
  if (opts.vectorSearch !== false) lists.push(knn(db, "memories", vector, depth, { candidates: 4 * depth }).map((h) => h.id));
  const ids = reciprocalRankFusion(lists)
    .slice(0, depth)
    .map((r) => r.id);
  if (ids.length === 0) return [];
  const score = ({ vector: blob, ...memory }: MemoryRow & { vector: Buffer }): Neighbour => ({
    memory: memory as MemoryRow,
    similarity: dot(new Float32Array(blob.buffer, blob.byteOffset, blob.byteLength / 4), vector),
  });
  if (opts.byCosine === false) {
    // the first k in fused order that have a vector: read them k at a time, not all `depth` rows
    // with their vectors (the heuristic engine asks for 20 of 80, once per candidate)
    const out: Neighbour[] = [];
    for (let at = 0; at < ids.length && out.length < k; at += k) {
      const slice = ids.slice(at, at + k);
      const rows = new Map(currentMemoriesWithVectors(db, slice, type).map((r) => [r.id, r]));
      for (const id of slice) {
        const row = rows.get(id);
        if (row && out.length < k) out.push(score(row));
      }
    }
    return out;
  }
  const scored = currentMemoriesWithVectors(db, ids, type).map(score);
  return scored.sort((a, b) => b.similarity - a.similarity).slice(0, k);
}
