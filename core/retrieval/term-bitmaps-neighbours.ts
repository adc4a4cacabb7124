import type { EngramDb } from "../db/connection.js";
import { bm25AllMatches, bm25MemoryIds, currentMemoryTexts } from "../db/repos/neighbours.js";
import { bm25ColumnWeights } from "../db/repos/search-index.js";
import { indexTotals } from "../db/repos/term-bitmaps.js";
import type { MemoryType } from "../db/types.js";
import { documentTerms, idf, indexTokens, saturation } from "./bm25-formula.js";
import { memoryTypeBits } from "./memory-type-bits.js";
import { hasBit, TopScores } from "./bit-count.js";
import { bitmap, load } from "./term-bitmaps.js";
import { changedTexts } from "./term-bitmaps-changes.js";
import { smallIndexNeighbourIds } from "./small-index-neighbours.js";

// The memory engine's neighbour search (core/memory/nearest.ts) over a large index's term bitmaps:
// the same memories, in the same order, as FTS5's bm25() over the OR of the words, without walking
// the common words' posting lists. See core/retrieval/README.md, "Cost control at scale".

/** The most memories read and scored exactly in one search; past it FTS5 ranks (the same result, slower). */
export const MAX_RESCORED = 2_000;

/** Candidates read first, per result wanted: those with the best lower bounds. */
const FIRST_READ = 4;

/** Slack for the floating-point sums of the bounds. */
const EPS = 1e-9;

/** FTS5's tf·(k1+1)/(tf+…) as tf grows without bound: the most a term held at least twice can add, per unit of IDF. */
const SATURATION_MAX = 2.2;

/**
 * The ids of the active, still valid memories of `type` matching any of `words`, best BM25 first
 * (title weight 0.3, content 1.0), at most `limit`: FTS5's `"w1" OR "w2" …` ranked by bm25(), from
 * the term bitmaps when the index has them (see {@link bitmapNeighbourIds}), from a copy kept in
 * memory when it is small (small-index-neighbours.ts), else from FTS5.
 * @param words lower-case words as queryTerms gives them (each one FTS5 token)
 */
export function neighbourMatchIds(db: EngramDb, words: string[], type: MemoryType, limit: number): number[] {
  if (words.length === 0) return [];
  return (
    bitmapNeighbourIds(db, words, type, limit) ??
    smallIndexNeighbourIds(db, words, type, limit) ??
    bm25MemoryIds(db, words.map((w) => `"${w}"`).join(" OR "), type, limit)
  );
}

/**
 * {@link neighbourMatchIds} over the term bitmaps of memories_fts (built from 50,000 memories, so
 * no LoCoMo conversation uses them), exact by bounds (the top-k safety argument of MaxScore/WAND,
 * Turtle & Flood 1995; Broder et al. 2003):
 * 1. The words without a bitmap (rare) are scored by FTS5 alone (their share of bm25() is the same
 *    in any OR query; only their few postings are walked).
 * 2. The candidates are the memories of `type` (a per-connection bitmap of the type) holding a
 *    common word (its bitmap, the tail of memories added since the build) or a rare one. Each
 *    gets bounds of its score: per common word, IDF × saturation at the lowest and highest
 *    weighted frequency its bitmaps allow (once: title 0.3 or content 1; more than once: 0.6 or
 *    more, up to k1+1), exact where the text was read since (changed memories).
 * 3. The 4·`limit` candidates with the best lower bounds are read (active, still valid memories
 *    only), tokenized and scored exactly as bm25() (the index's N and average length; the common
 *    words' document counts from the build, the tail and the changed texts: only a memory deleted
 *    since the build is still counted). The `limit`-th best of these scores is a threshold: only
 *    candidates whose upper bound reaches it can be in the top `limit`, and those are scored too.
 *    Ranked by score, then id.
 * @returns the ids, best first; null when FTS5 should rank: no bitmaps (or too long a tail), no
 *   common word, a word FTS5 would split, fewer than `limit` eligible among the first read, or more
 *   than {@link MAX_RESCORED} memories to read.
 */
export function bitmapNeighbourIds(db: EngramDb, words: string[], type: MemoryType, limit: number): number[] | null {
  const l = load(db, "memories_fts");
  if (!l) return null;
  const stems: string[] = [];
  const rare: string[] = [];
  for (const w of words) {
    const tokens = indexTokens(w);
    if (tokens.length !== 1) return null;
    if (l.terms.has(tokens[0]!)) stems.push(tokens[0]!);
    else rare.push(w);
  }
  if (stems.length === 0) return null;
  const ofType = memoryTypeBits(db, type);
  const has = (id: number) => hasBit(ofType, id);

  const totals = indexTotals(db, "memories_fts");
  const changed = changedTexts(db, l, totals.rows);
  // document counts of the common words: at the build, plus the tail, and the changes of changed texts
  const bits = stems.map((s) => bitmap(db, "memories_fts", l, s));
  const df = stems.map((s) => l.terms.get(s)!);
  for (const d of l.tail.values()) {
    stems.forEach((s, i) => {
      if (d.terms.has(s)) df[i]!++;
    });
  }
  for (const [id, d] of changed) {
    stems.forEach((s, i) => {
      const before = id <= l.maxId ? hasBit(bits[i]!.bits, id) : Number(l.tail.get(id)?.terms.has(s) ?? false);
      df[i]! += Number(d?.freq.has(s) ?? false) - before;
    });
  }
  const avg = totals.tokens / Math.max(1, totals.rows);
  const idfs = df.map((n) => idf(totals.rows, n));

  const restScore = new Map<number, number>();
  if (rare.length) for (const [id, score] of bm25AllMatches(db, rare.map((w) => `"${w}"`).join(" OR "))) if (has(id)) restScore.set(id, -score);

  /** Calls `visit` with each candidate's id and bounds (rare words' share included). */
  const candidates = (visit: (id: number, low: number, high: number) => void) => {
    const push = (id: number, low: number, high: number) => {
      const rest = restScore.get(id) ?? 0;
      visit(id, low + rest, high + rest);
    };
    // 2a. memories covered by the bitmaps
    const words32 = Math.min((l.maxId >>> 5) + 1, ofType.length);
    for (let w = 0; w < words32; w++) {
      const t = ofType[w]!;
      if (!t) continue;
      let any = 0;
      for (const b of bits) any |= b.bits[w]!;
      let m = (any & t) >>> 0;
      while (m) {
        const low1 = m & -m;
        m = (m ^ low1) >>> 0;
        const id = w * 32 + 31 - Math.clz32(low1);
        if (changed.has(id)) continue;
        const len = l.lengths[id]!;
        let low = 0;
        let high = 0;
        for (let i = 0; i < bits.length; i++) {
          if (!((bits[i]!.bits[w]! >>> (id & 31)) & 1)) continue;
          const twice = (bits[i]!.repeats[w]! >>> (id & 31)) & 1;
          low += idfs[i]! * saturation(twice ? 0.6 : 0.3, len, avg);
          high += idfs[i]! * (twice ? SATURATION_MAX : saturation(1, len, avg));
        }
        push(id, low, high);
      }
    }
    // 2b. memories added since the build (only which common words they hold is kept)
    for (const [id, d] of l.tail) {
      if (!has(id) || changed.has(id)) continue;
      let low = 0;
      let high = 0;
      stems.forEach((s, i) => {
        if (!d.terms.has(s)) return;
        low += idfs[i]! * saturation(0.3, d.len, avg);
        high += idfs[i]! * SATURATION_MAX;
      });
      if (high > 0 || restScore.has(id)) push(id, low, high);
    }
    // 2c. memories whose text changed since: exact
    for (const [id, d] of changed) {
      if (!d || !has(id)) continue;
      let score = 0;
      stems.forEach((s, i) => {
        const f = d.freq.get(s);
        if (f) score += idfs[i]! * saturation(f, d.len, avg);
      });
      if (score > 0 || restScore.has(id)) push(id, score, score);
    }
    // 2d. memories holding rare words only
    for (const id of restScore.keys()) {
      if (changed.has(id)) continue;
      if (id <= l.maxId ? !bits.some((b) => hasBit(b.bits, id)) : !l.tail.has(id)) push(id, 0, 0);
    }
  };

  // 3. the best lower bounds read and scored exactly; the limit-th exact score is the threshold
  const weights = bm25ColumnWeights("memories");
  const index = new Set(stems);
  const scored = new Map<number, number>();
  const score = (ids: number[]) => {
    for (const [id, ...cols] of currentMemoryTexts(db, ids, type)) {
      const { len, freq } = documentTerms(cols, weights, index);
      let sum = restScore.get(id as number) ?? 0;
      let matched = restScore.has(id as number);
      stems.forEach((s, i) => {
        const f = freq.get(s);
        if (f) {
          sum += idfs[i]! * saturation(f, len, avg);
          matched = true;
        }
      });
      if (matched) scored.set(id as number, sum);
    }
  };
  const best = new TopScores(FIRST_READ * limit);
  let count = 0;
  candidates((id, low) => {
    best.push(id, low);
    count++;
  });
  const first = best.ids();
  score(first);
  if (count > first.length) {
    if (scored.size < limit) return null;
    const threshold = [...scored.values()].sort((a, b) => b - a)[limit - 1]! - EPS;
    const done = new Set(first);
    const more: number[] = [];
    candidates((id, _low, high) => {
      if (high >= threshold && !done.has(id)) more.push(id);
    });
    if (more.length > MAX_RESCORED) return null;
    score(more);
  }
  return [...scored]
    .map(([id, s]) => ({ id, score: s }))
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, limit)
    .map((s) => s.id);
}
