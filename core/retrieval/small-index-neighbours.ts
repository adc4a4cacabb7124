import type { EngramDb } from "../db/connection.js";
import { indexedMemories, indexedMemoriesAfter, lastVersionId, memoryCount, versionsAfter } from "../db/repos/neighbours.js";
import { bm25ColumnWeights } from "../db/repos/search-index.js";
import type { MemoryType } from "../db/types.js";
import { documentTerms, idf, indexTokens, saturation } from "./bm25-formula.js";

// The memory engine's neighbour search (core/memory/nearest.ts) over a small memories index held in
// memory: the same memories, in the same order, as FTS5's bm25() over the OR of the words (see
// neighbourMatchIds in term-bitmaps-neighbours.ts), without an FTS5 query per candidate. On a
// LoCoMo conversation FTS5 spent ~0.35 ms per query (2,052 queries, 0.9 CPU-s of a dev-split import),
// most of it opening each word's posting list and walking it twice (bm25()'s IDF, then the matches).

/** The most memories an index may hold to be kept in memory (~40 tokens each: a few MB). */
export const SMALL_INDEX_MAX = 5_000;

/** A memory as bm25() sees it: its type, whether it is active and still valid, length in tokens, and column-weighted frequency per token. */
interface Doc {
  type: MemoryType;
  current: boolean;
  len: number;
  freq: Map<string, number>;
}

/** One connection's copy of memories_fts: documents, postings, and how far the memories and the version log were read. */
interface SmallIndex {
  docs: Map<number, Doc>;
  postings: Map<string, Set<number>>;
  tokens: number;
  lastId: number;
  lastVersion: number;
}

const perDb = new WeakMap<EngramDb, SmallIndex>();

/** Every token counts (documentTerms counts only the terms its set has). */
const EVERY_TERM = { has: () => true };

/** Version ops that change neither a memory's text nor its status. */
const UNCHANGED = new Set(["NOOP", "PIN", "UNPIN", "DECAY"]);

function remove(index: SmallIndex, id: number): void {
  const doc = index.docs.get(id);
  if (!doc) return;
  for (const t of doc.freq.keys()) index.postings.get(t)?.delete(id);
  index.tokens -= doc.len;
  index.docs.delete(id);
}

function put(index: SmallIndex, [id, type, current, ...columns]: [number, MemoryType, number, string | null, string | null], weights: readonly number[]): void {
  remove(index, id);
  const { len, freq } = documentTerms(columns, weights, EVERY_TERM);
  for (const t of freq.keys()) {
    const list = index.postings.get(t) ?? new Set<number>();
    list.add(id);
    index.postings.set(t, list);
  }
  index.docs.set(id, { type, current: current === 1, len, freq });
  index.tokens += len;
  index.lastId = Math.max(index.lastId, id);
}

/**
 * The connection's index brought up to date: memories added since (ids above the last read), and
 * those the version log names since (every change of a memory's text or status writes a version),
 * read again. When it then holds another number of documents than the memories table (`count`; a memory
 * erased: its versions go with it; a row restored), it is read again whole. (FTS5's own totals
 * cannot tell: inside a transaction they are written only at its commit.)
 */
function synced(db: EngramDb, count: number): SmallIndex {
  const weights = bm25ColumnWeights("memories");
  let index = perDb.get(db);
  if (index && lastVersionId(db) >= index.lastVersion) {
    const changed = new Set<number>();
    for (const [id, memoryId, op] of versionsAfter(db, index.lastVersion)) {
      // a memory added since is read with the new ids; a pin, a decay or a NOOP changes neither its text nor its status
      if (!(op === "ADD" && memoryId > index.lastId) && !UNCHANGED.has(op)) changed.add(memoryId);
      index.lastVersion = id;
    }
    for (const row of indexedMemoriesAfter(db, index.lastId)) put(index, row, weights);
    if (changed.size) {
      const found = indexedMemories(db, [...changed]);
      for (const row of found) put(index, row, weights);
      const present = new Set(found.map((r) => r[0]));
      for (const id of changed) if (!present.has(id)) remove(index, id);
    }
  }
  if (!index || index.docs.size !== count) {
    index = { docs: new Map(), postings: new Map(), tokens: 0, lastId: 0, lastVersion: lastVersionId(db) };
    for (const row of indexedMemoriesAfter(db, 0)) put(index, row, weights);
    perDb.set(db, index);
  }
  return index;
}

/**
 * The ids of the active, still valid memories of `type` matching any of `words`, best BM25 first
 * (title weight 0.3, content 1.0), at most `limit`: what FTS5's `"w1" OR "w2" …` ranked by bm25()
 * gives (ties by id), scored from a copy of the index kept per connection (bm25-formula.ts: FTS5's
 * tokens and BM25 with its k1 = 1.2, b = 0.75, and the document and token counts of all memories,
 * as FTS5 counts them).
 * @param words lower-case words as queryTerms gives them (each one FTS5 token)
 * @returns the ids, best first; null when FTS5 should rank: an index of more than
 *   {@link SMALL_INDEX_MAX} memories, or a word FTS5 would split into several tokens.
 */
export function smallIndexNeighbourIds(db: EngramDb, words: string[], type: MemoryType, limit: number): number[] | null {
  const count = memoryCount(db);
  if (count > SMALL_INDEX_MAX) return null;
  const stems: string[] = [];
  for (const w of words) {
    const tokens = indexTokens(w);
    if (tokens.length !== 1) return null;
    stems.push(tokens[0]!);
  }
  const index = synced(db, count);
  const rows = index.docs.size;
  const avg = index.tokens / Math.max(1, rows);
  // each word is one phrase of the OR query: two words with one stem count twice, as in FTS5
  const idfs = stems.map((s) => idf(rows, index.postings.get(s)?.size ?? 0));
  const scores = new Map<number, number>();
  for (const s of new Set(stems)) {
    for (const id of index.postings.get(s) ?? []) {
      const doc = index.docs.get(id)!;
      if (doc.type !== type || !doc.current || scores.has(id)) continue;
      let score = 0;
      stems.forEach((t, i) => {
        const f = doc.freq.get(t);
        if (f) score += idfs[i]! * saturation(f, doc.len, avg);
      });
      scores.set(id, score);
    }
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([id]) => id);
}
