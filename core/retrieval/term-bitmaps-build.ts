import type { EngramDb } from "../db/connection.js";
import { ftsTableOf } from "../db/repos/search-index.js";
import {
  bitmapState,
  bitmapsBuiltAt,
  commonTerms,
  deleteBitmaps,
  documentLengths,
  indexTotals,
  replaceBitmaps,
  termInstances,
} from "../db/repos/term-bitmaps.js";
import type { VectorTarget } from "../db/vectors.js";
import { yieldToEventLoop } from "../util/event-loop.js";
import { wordsOf } from "./bit-count.js";
import { TAIL_MAX } from "./term-bitmaps.js";

// Building a large index's term bitmaps (the ranking that reads them: term-bitmaps.ts).

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
