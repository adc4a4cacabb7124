import type { EngramDb } from "../db/connection.js";
import { lastVersionId, memoryIdsUpTo, memoryTexts, versionAtOrAfter, versionsAfter } from "../db/repos/neighbours.js";
import { bm25ColumnWeights } from "../db/repos/search-index.js";
import { hasBit, wordsOf } from "./bit-count.js";
import { documentTerms } from "./bm25-formula.js";
import type { Loaded } from "./term-bitmaps.js";

// The memories whose text changed, or that were erased, since the term bitmaps were built
// (term-bitmaps-build.ts), for the neighbour search over them (term-bitmaps-neighbours.ts): the
// bitmaps and the connection's tail still hold such a memory's old words and length.
// - Rewritten: found through the version log (`memory_versions`): every change of a memory's title
//   or content writes an entry (repos/memories.ts updateMemory: UPDATE, EDIT, MERGE…); entries that
//   never change the text are skipped. Each is read and tokenized once per change.
// - Erased (their versions go with them): noticed when FTS5 holds fewer documents than the build and
//   the tail; the ids still present are then read once (~0.1 s at 1M memories) to find which.

/** Version ops that never change a memory's title or content (ADD: a new memory is read with the tail). */
const TEXT_KEPT = new Set(["ADD", "NOOP", "INVALIDATE", "PIN", "UNPIN", "DECAY"]);

/** Version entries written up to this long before the bitmaps' build time are read too (clock steps). */
const CLOCK_SLACK_MS = 60_000;

/** A changed memory as FTS5 now indexes it: its length in tokens (all columns) and its column-weighted frequency per bitmap term; null when it was erased. */
export type ChangedText = { len: number; freq: Map<string, number> } | null;

interface Changes {
  builtAt: number;
  /** the last version entry read */
  lastVersion: number;
  /** documents missing from FTS5 (build + tail − its rows) when the erased ones were last looked for */
  missing: number;
  docs: Map<number, ChangedText>;
}

const perDb = new WeakMap<EngramDb, Changes>();

/**
 * The first version entry id written at or after `at` (epoch ms), by binary search over the ids:
 * entries are appended with the clock (repos/versions.ts), so their times grow with their ids.
 */
function firstVersionFrom(db: EngramDb, at: number): number {
  let lo = 1;
  let hi = lastVersionId(db) + 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const v = versionAtOrAfter(db, mid);
    if (!v || v.at >= at) hi = mid;
    else lo = v.id + 1;
  }
  return lo;
}

/** Marks the erased documents of the build and the tail (null), reading the ids still present. */
function findErased(db: EngramDb, l: Loaded, docs: Map<number, ChangedText>): void {
  const present = wordsOf(memoryIdsUpTo(db, l.tailTo), l.tailTo);
  const gone = (id: number) => !hasBit(present, id);
  for (let id = 1; id <= l.maxId; id++) if (l.lengths[id]! > 0 && gone(id)) docs.set(id, null);
  for (const id of l.tail.keys()) if (gone(id)) docs.set(id, null);
}

/**
 * The memories whose text changed or that were erased since `l`'s bitmaps were built, by id, each
 * with its current length and the frequencies of the bitmap terms in it (weighted by the column
 * weights of memories_fts, as bm25() counts them), or null when erased. Up to date with this
 * connection's writes. @param rows the documents FTS5 holds now
 */
export function changedTexts(db: EngramDb, l: Loaded, rows: number): Map<number, ChangedText> {
  let c = perDb.get(db);
  if (!c || c.builtAt !== l.builtAt || lastVersionId(db) < c.lastVersion) {
    c = { builtAt: l.builtAt, lastVersion: firstVersionFrom(db, l.builtAt - CLOCK_SLACK_MS) - 1, missing: 0, docs: new Map() };
    perDb.set(db, c);
  }
  const changed = new Set<number>();
  for (const [id, memoryId, op] of versionsAfter(db, c.lastVersion)) {
    if (!TEXT_KEPT.has(op)) changed.add(memoryId);
    c.lastVersion = id;
  }
  if (changed.size) {
    const weights = bm25ColumnWeights("memories");
    for (const id of changed) c.docs.set(id, null);
    for (const [id, ...texts] of memoryTexts(db, [...changed])) c.docs.set(id, documentTerms(texts, weights, l.terms));
  }
  const missing = l.docs + l.tail.size - rows;
  if (missing > c.missing) {
    findErased(db, l, c.docs);
    c.missing = missing;
  }
  return c.docs;
}
