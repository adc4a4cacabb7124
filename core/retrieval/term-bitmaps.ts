import { stemmer } from "stemmer";
import type { EngramDb } from "../db/connection.js";
import { bm25ColumnWeights, bm25Ranker, type FtsTable, ftsTableOf } from "../db/repos/search-index.js";
import {
  bitmapState,
  bitmapsBuiltAt,
  bitmapTerms,
  commonTerms,
  deleteBitmaps,
  documentLengths,
  indexTotals,
  readPostings,
  termInstances,
  replaceBitmaps,
  textsAfter,
  textsOf,
} from "../db/repos/term-bitmaps.js";
import type { VectorTarget } from "../db/vectors.js";
import { yieldToEventLoop } from "../util/event-loop.js";
import { ftsMatch } from "./fts-query.js";
import { documentFrequencies, pruneTerms } from "./term-pruning.js";

/**
 * An index gets term bitmaps from this many documents on. Below it FTS5 alone ranks fast enough
 * (bench:scale at 100k memories: hybrid search p95 under 10 ms), and no LoCoMo conversation comes
 * near it, so their figures are FTS5's exactly.
 */
export const BITMAP_MIN_INDEX = 50_000;

/**
 * In such an index, a term held by at least this many documents gets a bitmap. FTS5 spends ~2 µs
 * per posting of a query's terms at 1M memories (walking each term's list to count its documents
 * for bm25()'s IDF, then scoring every matching document), so the rarer terms left to it cost a
 * few ms at most. A term in fewer than 1 in 32 documents is stored as its ids (4 bytes each).
 */
export const BITMAP_MIN_DOCS = 500;

/** Bytes of bitmaps one connection keeps in memory, the terms used last (each term two bitmaps of 1 bit per document id: 250 KB at 1M, 25 KB at 100k). */
const BITMAP_BYTES_KEPT = 48 * 2 ** 20;

/**
 * The most documents added since the bitmaps were built that a connection reads and tokenizes
 * itself; past it FTS5 ranks alone until {@link refreshTermBitmaps} rebuilds them.
 */
export const TAIL_MAX = 20_000;

/** FTS5 hits read for the query's terms that have no bitmap (rarer terms, cheap for FTS5). */
const REST_DEPTH = 1_000;

/** The most common terms of one query counted (the rarest; a 4-bit counter per document). */
const MAX_COUNTED = 15;

/** BM25 parameters, as FTS5's bm25() (k1 = 1.2, b = 0.75). */
const K1 = 1.2;
const B = 0.75;

/** Progress of a build: postings read (documents summed over the terms) of the total. */
export interface BitmapProgress {
  done: number;
  total: number;
}

/** Options of a build: the thresholds (defaults {@link BITMAP_MIN_INDEX}, {@link BITMAP_MIN_DOCS}; tests lower them) and a progress callback. */
export interface BitmapBuildOptions {
  minIndex?: number;
  minDocs?: number;
  onProgress?: (p: BitmapProgress) => void;
}

/** Word → Porter stem (the `stemmer` package, as term-frequencies.ts looks terms up); starts again past 100,000 words. */
const stems = new Map<string, string>();

/**
 * The tokens FTS5 indexes for `text` with `porter unicode61 remove_diacritics 2`: runs of letters
 * and digits, lower-cased, diacritics removed, then Porter-stemmed, in order. Their count is the
 * length bm25() divides by.
 */
export function indexTokens(text: string): string[] {
  const words = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .match(/[\p{L}\p{N}\p{Co}]+/gu);
  if (!words) return [];
  if (stems.size > 100_000) stems.clear();
  return words.map((w) => {
    let s = stems.get(w);
    if (s === undefined) {
      s = stemmer(w);
      stems.set(w, s);
    }
    return s;
  });
}

/** FTS5 bm25()'s IDF of a term held by `df` of `docs` documents: ln((N − df + 0.5) / (df + 0.5)), at least 1e-6. */
function idf(docs: number, df: number): number {
  return Math.max(Math.log((docs - df + 0.5) / (df + 0.5)), 1e-6);
}

/**
 * BM25's term-frequency part as FTS5's bm25() computes it (Robertson & Zaragoza, "The
 * Probabilistic Relevance Framework: BM25 and Beyond", 2009): `f·(k1+1) / (f + k1·(1 − b +
 * b·len/avgLen))`, `f` the term's column-weighted frequency in the document, `len` its length in
 * tokens (all columns). Multiplied by the IDF it is one term's share of the score.
 */
function saturation(freq: number, len: number, avgLen: number): number {
  return (freq * (K1 + 1)) / (freq + K1 * (1 - B + (B * len) / avgLen));
}

/**
 * Builds the term bitmaps of `target`'s full-text index: for every term at least
 * {@link BITMAP_MIN_DOCS} documents hold, one bit per document id telling
 * whether the document holds it (a sparse term: its ids) and the ids of the documents holding it
 * more than once, read from FTS5's own instances (so the terms are exactly the index's), and
 * every document's length in tokens (FTS5's `_docsize`). At 1M memories: 0.8k terms, ~100 MB of
 * bitmaps, 2 MB of lengths, ~30 s of CPU. The event loop gets a turn after each term; the
 * bitmaps are held in memory and written in one transaction at the end. An index without such terms
 * (or under {@link BITMAP_MIN_INDEX} documents) has its bitmaps removed.
 * @returns the number of bitmaps written.
 */
export async function buildTermBitmaps(db: EngramDb, target: VectorTarget, opts: BitmapBuildOptions = {}): Promise<number> {
  const fts = ftsTableOf(target);
  const common = commonTerms(db, fts, opts.minDocs ?? BITMAP_MIN_DOCS);
  if (common.size === 0 || indexTotals(db, fts).rows < (opts.minIndex ?? BITMAP_MIN_INDEX)) {
    deleteBitmaps(db, fts);
    return 0;
  }
  let lengths = new Uint16Array(1 << 16);
  let maxId = 0;
  for (const [id, len] of documentLengths(db, fts)) {
    if (id >= lengths.length) {
      const grown = new Uint16Array(Math.max(2 * lengths.length, id + 1));
      grown.set(lengths);
      lengths = grown;
    }
    lengths[id] = Math.min(len, 65_535);
    maxId = id;
  }
  const docs = indexTotals(db, fts).rows;
  const total = [...common.values()].reduce((a, b) => a + b, 0);
  let done = 0;
  const built = [];
  for (const [term, df] of common) {
    const { ids, repeats } = postingsOf(termInstances(db, fts, term), df, maxId);
    built.push(
      ids.length * 32 > maxId
        ? { term, docs: ids.length, format: "bits" as const, postings: wordsOf(ids, maxId), repeats }
        : { term, docs: ids.length, format: "ids" as const, postings: ids, repeats },
    );
    done += df;
    opts.onProgress?.({ done, total });
    await yieldToEventLoop();
  }
  replaceBitmaps(db, fts, built, { maxId, docs, lengths: lengths.slice(0, maxId + 1), builtAt: Date.now() });
  return built.length;
}

/** A growable Int32 list. */
class IdList {
  private a: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.a = new Int32Array(Math.max(16, capacity));
  }
  push(id: number): void {
    if (this.length === this.a.length) {
      const grown = new Int32Array(2 * this.length);
      grown.set(this.a);
      this.a = grown;
    }
    this.a[this.length++] = id;
  }
  ids(): Int32Array {
    return this.a.slice(0, this.length);
  }
}

/**
 * From a term's instances (document ids in order, a document once per instance), the documents
 * holding it and those holding it more than once, ascending, up to `maxId`; `expected` documents.
 */
function postingsOf(instances: Iterable<number>, expected: number, maxId: number): { ids: Int32Array; repeats: Int32Array } {
  const ids = new IdList(expected);
  const repeats = new IdList(expected >>> 4);
  let last = -1;
  let run = 0;
  for (const id of instances) {
    if (id > maxId) continue;
    if (id === last) {
      if (++run === 2) repeats.push(id);
    } else {
      ids.push(id);
      last = id;
      run = 1;
    }
  }
  return { ids: ids.ids(), repeats: repeats.ids() };
}

/** The bitmap of `ids` over ids 0..maxId (Uint32 words). */
function wordsOf(ids: Int32Array, maxId: number): Uint32Array {
  const words = new Uint32Array((maxId >>> 5) + 1);
  for (const id of ids) words[id >>> 5]! |= 1 << (id & 31);
  return words;
}

/**
 * Builds `target`'s bitmaps when they are due: when the index has a term held by
 * {@link BITMAP_MIN_DOCS} documents and none were built, or when the documents added since the last
 * build pass a tenth of it (or half of {@link TAIL_MAX}). Cheap when nothing is due (two small reads).
 * @returns the number of bitmaps written, or null when nothing was due.
 */
export async function refreshTermBitmaps(db: EngramDb, target: VectorTarget, opts: BitmapBuildOptions = {}): Promise<number | null> {
  const fts = ftsTableOf(target);
  const rows = indexTotals(db, fts).rows;
  const state = bitmapsBuiltAt(db, fts) !== undefined ? bitmapState(db, fts) : undefined;
  if (rows < (opts.minIndex ?? BITMAP_MIN_INDEX)) {
    if (!state) return null;
  } else if (!state) {
    if (commonTerms(db, fts, opts.minDocs ?? BITMAP_MIN_DOCS).size === 0) return null;
  } else if (Math.abs(rows - state.docs) <= Math.min(state.docs / 10, TAIL_MAX / 2)) {
    return null;
  }
  return buildTermBitmaps(db, target, opts);
}

/** Per connection and index: the bitmaps read so far, the lengths, and the documents added since the build. */
interface Loaded {
  builtAt: number;
  maxId: number;
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
interface TermBits {
  bits: Uint32Array;
  repeats: Uint32Array;
}

const loaded = new WeakMap<EngramDb, Map<FtsTable, Loaded>>();

/** The connection's bitmaps of `fts`, the tail brought up to date; null when there are none or the tail is too long. */
function load(db: EngramDb, fts: FtsTable): Loaded | null {
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
function bitmap(db: EngramDb, fts: FtsTable, l: Loaded, term: string): TermBits {
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

/** Number of set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Bits of word `w` whose 4-bit count (in `planes`) is at least `k`. */
function atLeast(planes: Uint32Array[], w: number, k: number): number {
  let gt = 0;
  let eq = ~0;
  for (let j = 3; j >= 0; j--) {
    const p = planes[j]![w]!;
    if ((k >>> j) & 1) eq &= p;
    else {
      gt |= eq & p;
      eq &= ~p;
    }
  }
  return (gt | eq) >>> 0;
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
  const taken = countAndTake(l, maps, 4 * want);
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
    if (id <= l.maxId && !((taken[id >>> 5]! >>> (id & 31)) & 1)) heap.push(id, fromBitmaps(id));
  }
  for (const [id, d] of l.tail) {
    if (!d.terms.size && !restScores.has(id)) continue;
    let w = 0;
    for (let i = 0; i < counted.length; i++) if (d.terms.has(counted[i]!)) w += idfs[i]!;
    heap.push(id, w * saturation(1, d.len, avg) + (restScores.get(id) ?? 0));
  }
  return rescore(db, target, heap.ids(), all, l, totals, avg);
}

/**
 * Adds the bitmaps into the 4-bit counters and returns, per word, the documents holding at least k
 * of the terms, with k the largest giving at least `enough` documents (1 at the least).
 */
function countAndTake(l: Loaded, maps: Uint32Array[], enough: number): Uint32Array {
  const words = l.planes[0]!.length;
  for (const p of l.planes) p.fill(0);
  const [p0, p1, p2, p3] = l.planes as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  for (const m of maps) {
    for (let w = 0; w < words; w++) {
      let carry = m[w]!;
      if (!carry) continue;
      let t = p0[w]! & carry;
      p0[w]! ^= carry;
      carry = t;
      if (!carry) continue;
      t = p1[w]! & carry;
      p1[w]! ^= carry;
      carry = t;
      if (!carry) continue;
      t = p2[w]! & carry;
      p2[w]! ^= carry;
      p3[w]! |= t;
    }
  }
  const atLeastK = new Array<number>(maps.length + 1).fill(0);
  for (let w = 0; w < words; w++) {
    if (!(p0[w]! | p1[w]! | p2[w]! | p3[w]!)) continue;
    for (let k = 1; k <= maps.length; k++) {
      const n = popcount(atLeast(l.planes, w, k));
      if (n === 0) break;
      atLeastK[k]! += n;
    }
  }
  let k = maps.length;
  while (k > 1 && atLeastK[k]! < enough) k--;
  const out = new Uint32Array(words);
  for (let w = 0; w < words; w++) out[w] = atLeast(l.planes, w, k);
  return out;
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
  const freq = new Map<string, number>();
  for (const row of textsOf(db, fts, ids)) {
    freq.clear();
    let len = 0;
    for (let c = 0; c < weights.length; c++) {
      const text = row[c + 1];
      if (typeof text !== "string") continue;
      const tokens = indexTokens(text);
      len += tokens.length;
      for (const t of tokens) if (idfOf.has(t)) freq.set(t, (freq.get(t) ?? 0) + weights[c]!);
    }
    let score = 0;
    for (const [t, f] of freq) score += idfOf.get(t)! * saturation(f, len, avg);
    out.push({ id: row[0] as number, score: -score });
  }
  return out.sort((a, b) => a.score - b.score || a.id - b.id);
}

/** A bounded min-heap keeping the `size` highest-scored ids pushed. */
class TopScores {
  private readonly idsArr: number[] = [];
  private readonly scores: number[] = [];
  constructor(private readonly size: number) {}

  push(id: number, s: number): void {
    const { idsArr: ids, scores } = this;
    if (ids.length < this.size) {
      let i = ids.length;
      ids.push(id);
      scores.push(s);
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (scores[p]! <= s) break;
        ids[i] = ids[p]!;
        scores[i] = scores[p]!;
        i = p;
      }
      ids[i] = id;
      scores[i] = s;
      return;
    }
    if (s <= scores[0]!) return;
    let i = 0;
    for (;;) {
      const c0 = 2 * i + 1;
      if (c0 >= ids.length) break;
      const c = c0 + 1 < ids.length && scores[c0 + 1]! < scores[c0]! ? c0 + 1 : c0;
      if (scores[c]! >= s) break;
      ids[i] = ids[c]!;
      scores[i] = scores[c]!;
      i = c;
    }
    ids[i] = id;
    scores[i] = s;
  }

  /** The ids kept (any order). */
  ids(): number[] {
    return [...this.idsArr];
  }
}
