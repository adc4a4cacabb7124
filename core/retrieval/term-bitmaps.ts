import { stemmer } from "stemmer";
import type { EngramDb } from "../db/connection.js";
import { bm25ColumnWeights, bm25Ranker, type FtsTable, ftsTableOf } from "../db/repos/search-index.js";
import { bitmapState, bitmapsBuiltAt, bitmapTerms, indexTotals, readPostings, textsAfter, textsOf } from "../db/repos/term-bitmaps.js";
import type { VectorTarget } from "../db/vectors.js";
import { countAndTake, hasBit, TopScores, wordsOf } from "./bit-count.js";
import { documentTerms, idf, indexTokens, saturation } from "./bm25-formula.js";
import { ftsMatch } from "./fts-query.js";
import { documentFrequencies, pruneTerms } from "./term-pruning.js";

// BM25 ranking over a large index's term bitmaps (built by term-bitmaps-build.ts); see
// core/retrieval/README.md, "Cost control at scale".

/** Bytes of bitmaps one connection keeps in memory, the terms used last (each term two bitmaps of 1 bit per document id: 250 KB at 1M, 25 KB at 100k). */
const BITMAP_BYTES_KEPT = 64 * 2 ** 20;

/**
 * The most documents added since the bitmaps were built that a connection reads and tokenizes
 * itself; past it FTS5 ranks alone until refreshTermBitmaps (term-bitmaps-build.ts) rebuilds them.
 */
export const TAIL_MAX = 20_000;

/** FTS5 hits read for the query's terms that have no bitmap (rarer terms, cheap for FTS5). */
const REST_DEPTH = 1_000;

/** The most common terms of one query counted (the rarest; a 4-bit counter per document). */
const MAX_COUNTED = 15;

/** Per connection and index: the bitmaps read so far, the lengths, and the documents added since the build. */
export interface Loaded {
  builtAt: number;
  maxId: number;
  /** documents in the index at the build */
  docs: number;
  lengths: Uint16Array;
  /** terms with a bitmap → documents holding them at the build */
  terms: Map<string, number>;
  /** per term: its documents, and those holding it more than once, as bitmaps */
  bitmaps: Map<string, TermBits>;
  /** the last id read into the tail */
  tailTo: number;
  /** documents added since the build: id → length and the bitmap terms they hold */
  tail: Map<number, { len: number; terms: Set<string> }>;
  /** bit-sliced counters, one Uint32Array per bit of the count, reused across queries */
  planes: Uint32Array[];
}

/** A term's documents and its repeats (documents holding it more than once), one bit per document id. */
export interface TermBits {
  bits: Uint32Array;
  repeats: Uint32Array;
}

const loaded = new WeakMap<EngramDb, Map<FtsTable, Loaded>>();

/** The connection's bitmaps of `fts`, the tail brought up to date; null when there are none or the tail is too long. */
export function load(db: EngramDb, fts: FtsTable): Loaded | null {
  const builtAt = bitmapsBuiltAt(db, fts);
  let perDb = loaded.get(db);
  if (!perDb) {
    perDb = new Map();
    loaded.set(db, perDb);
  }
  if (builtAt === undefined) {
    perDb.delete(fts);
    return null;
  }
  let l = perDb.get(fts);
  if (!l || l.builtAt !== builtAt) {
    const state = bitmapState(db, fts);
    if (!state) return null;
    const words = (state.maxId >>> 5) + 1;
    l = {
      builtAt,
      maxId: state.maxId,
      docs: state.docs,
      lengths: state.lengths,
      terms: bitmapTerms(db, fts),
      bitmaps: new Map(),
      tailTo: state.maxId,
      tail: new Map(),
      planes: Array.from({ length: 4 }, () => new Uint32Array(words)),
    };
    perDb.set(fts, l);
  }
  return readTail(db, fts, l) ? l : null;
}

const counted = new WeakMap<EngramDb, Map<FtsTable, { builtAt: number; terms: Map<string, number> }>>();

/**
 * How many documents of `fts` hold each term that has a bitmap (Porter stems), as counted when the
 * bitmaps were built (at most a tenth of the index is newer: they are rebuilt past that), read
 * without any bitmap: a term's count from fts5vocab walks its whole posting list (at 1M synthetic
 * memories, counting the 257 stems of 35 LoCoMo turns took 0.47–0.99 s of CPU, 226 of them have a
 * bitmap; from these counts 12 ms, plus 34–79 ms to read them once per build and connection).
 * @returns term → documents, or null when `fts` has no bitmaps
 */
export function bitmapCounts(db: EngramDb, fts: FtsTable): ReadonlyMap<string, number> | null {
  const builtAt = bitmapsBuiltAt(db, fts);
  if (builtAt === undefined) return null;
  const l = loaded.get(db)?.get(fts);
  if (l && l.builtAt === builtAt) return l.terms;
  let perDb = counted.get(db);
  if (!perDb) {
    perDb = new Map();
    counted.set(db, perDb);
  }
  let c = perDb.get(fts);
  if (!c || c.builtAt !== builtAt) {
    c = { builtAt, terms: bitmapTerms(db, fts) };
    perDb.set(fts, c);
  }
  return c.terms;
}

/** Reads the documents added since `l.tailTo`. @returns false when the tail would pass {@link TAIL_MAX} documents. */
function readTail(db: EngramDb, fts: FtsTable, l: Loaded): boolean {
  for (const row of textsAfter(db, fts, l.tailTo)) {
    const id = row[0] as number;
    if (l.tail.size >= TAIL_MAX) return false;
    let len = 0;
    const terms = new Set<string>();
    for (let c = 1; c < row.length; c++) {
      const text = row[c];
      if (typeof text !== "string") continue;
      const tokens = indexTokens(text);
      len += tokens.length;
      for (const t of tokens) if (l.terms.has(t)) terms.add(t);
    }
    l.tail.set(id, { len, terms });
    l.tailTo = id;
  }
  return true;
}

/** The bitmaps of `term` (a sparse term's ids set into one), kept per connection (the last used, up to {@link BITMAP_BYTES_KEPT}). */
export function bitmap(db: EngramDb, fts: FtsTable, l: Loaded, term: string): TermBits {
  let b = l.bitmaps.get(term);
  if (b) {
    l.bitmaps.delete(term);
  } else {
    const p = readPostings(db, fts, term);
    const none = new Int32Array(0);
    b = {
      bits: p?.postings.format === "bits" ? p.postings.words : wordsOf(p?.postings.ids ?? none, l.maxId),
      repeats: wordsOf(p?.repeats ?? none, l.maxId),
    };
    const perTerm = 2 * b.bits.byteLength;
    while (l.bitmaps.size > 0 && (l.bitmaps.size + 1) * perTerm > BITMAP_BYTES_KEPT) l.bitmaps.delete(l.bitmaps.keys().next().value!);
  }
  l.bitmaps.set(term, b);
  return b;
}

/**
 * BM25 over a large index, for a query holding common terms, in two stages:
 * 1. **Candidates.** The bitmaps of the query's common terms are added into a 4-bit count per
 *    document (bit-sliced: a few word operations per 32 documents and term); the documents holding
 *    the most of them, enough for 4·`want`, are scored as BM25 would with each term once in the text,
 *    or twice where the term's repeats bitmap says so (IDF × the length saturation), plus the FTS5 score of the query's rarer terms (pruned as
 *    term-pruning.ts does, up to 1,000 hits), which join the candidates too.
 * 2. **Rescoring.** The best `want` are read and tokenized, and scored exactly as FTS5's bm25() (term
 *    frequencies, column weights, lengths, the index's current statistics).
 * Documents added since the build are read once per connection and counted with the rest. This is
 * candidate generation by "at least k of n terms" (the minimum-should-match of Lucene-style engines)
 * over bitmap postings, then re-ranking, as the vector side rescoring its binary shortlist.
 * @param terms the query's words, as queryTerms gives them
 * @param want how many to rescore and return
 * @returns up to `want` documents, best first, with FTS5's sign (lower, more negative, is better),
 *   unfiltered; null when no term of the query has a bitmap or the tail is too long (FTS5 ranks alone).
 */
export function bitmapRanking(db: EngramDb, target: VectorTarget, terms: string[], want: number): Array<{ id: number; score: number }> | null {
  if (terms.length === 0) return null;
  const fts = ftsTableOf(target);
  const l = load(db, fts);
  if (!l) return null;
  const common: string[] = [];
  const rest: string[] = [];
  const all = new Map<string, string>();
  for (const t of terms) {
    const s = stemmer(t);
    all.set(s, t);
    if (l.terms.has(s)) {
      if (!common.includes(s)) common.push(s);
    } else rest.push(t);
  }
  if (common.length === 0) return null;
  common.sort((a, b) => l.terms.get(a)! - l.terms.get(b)!);
  const counted = common.slice(0, MAX_COUNTED);
  const totals = indexTotals(db, fts);
  const avg = totals.tokens / Math.max(1, totals.rows);
  const idfs = counted.map((t) => idf(totals.rows, l.terms.get(t)!));
  const termBits = counted.map((t) => bitmap(db, fts, l, t));
  const maps = termBits.map((b) => b.bits);
  const repeats = termBits.map((b) => b.repeats);

  const restScores = new Map<number, number>();
  const match = ftsMatch(pruneTerms(db, fts, rest));
  if (match) for (const h of bm25Ranker(db, target)(match, REST_DEPTH)) restScores.set(h.id, -h.score);

  const heap = new TopScores(want);
  const fromBitmaps = (id: number) => {
    let once = 0;
    let twice = 0;
    const word = id >>> 5;
    const bit = id & 31;
    for (let i = 0; i < maps.length; i++) {
      if (!((maps[i]![word]! >>> bit) & 1)) continue;
      if ((repeats[i]![word]! >>> bit) & 1) twice += idfs[i]!;
      else once += idfs[i]!;
    }
    const len = l.lengths[id]!;
    return once * saturation(1, len, avg) + twice * saturation(2, len, avg) + (restScores.get(id) ?? 0);
  };
  const taken = countAndTake(l.planes, maps, 4 * want);
  for (let w = 0; w < taken.length; w++) {
    let bits = taken[w]!;
    while (bits) {
      const low = bits & -bits;
      const id = w * 32 + 31 - Math.clz32(low);
      bits = (bits ^ low) >>> 0;
      heap.push(id, fromBitmaps(id));
    }
  }
  for (const id of restScores.keys()) {
    if (id <= l.maxId && !hasBit(taken, id)) heap.push(id, fromBitmaps(id));
  }
  for (const [id, d] of l.tail) {
    if (!d.terms.size && !restScores.has(id)) continue;
    let w = 0;
    for (let i = 0; i < counted.length; i++) if (d.terms.has(counted[i]!)) w += idfs[i]!;
    heap.push(id, w * saturation(1, d.len, avg) + (restScores.get(id) ?? 0));
  }
  return rescore(db, target, heap.ids(), all, l, totals, avg);
}

/** Scores `ids` exactly as FTS5's bm25() would over every term of the query, best first (FTS5's sign). */
function rescore(
  db: EngramDb,
  target: VectorTarget,
  ids: number[],
  stemsToWords: Map<string, string>,
  l: Loaded,
  totals: { rows: number },
  avg: number,
): Array<{ id: number; score: number }> {
  const fts = ftsTableOf(target);
  const weights = bm25ColumnWeights(target);
  const rare = [...stemsToWords].filter(([s]) => !l.terms.has(s));
  const rareDf = new Map(
    documentFrequencies(
      db,
      fts,
      rare.map(([, w]) => w),
    ).map((df, i) => [rare[i]![0], df]),
  );
  const idfOf = new Map([...stemsToWords.keys()].map((s) => [s, idf(totals.rows, l.terms.get(s) ?? rareDf.get(s) ?? 0)]));
  const out: Array<{ id: number; score: number }> = [];
  for (const row of textsOf(db, fts, ids)) {
    const { len, freq } = documentTerms(row.slice(1, weights.length + 1), weights, idfOf);
    let score = 0;
    for (const [t, f] of freq) score += idfOf.get(t)! * saturation(f, len, avg);
    out.push({ id: row[0] as number, score: -score });
  }
  return out.sort((a, b) => a.score - b.score || a.id - b.id);
}
