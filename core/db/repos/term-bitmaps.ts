import type { EngramDb } from "../connection.js";
import type { FtsTable } from "./search-index.js";

// The SQL of term bitmaps (core/retrieval/term-bitmaps.ts; tables of migration 009): the commonest
// terms of a full-text index and the documents holding each, the documents' lengths, FTS5's own
// statistics, and the indexed text of given documents.

/** What an index's bitmaps cover. */
export interface BitmapState {
  /** the last document id the bitmaps cover */
  maxId: number;
  /** documents in the index then */
  docs: number;
  /** per id 0..maxId: the document's length in tokens, all columns (0: no document) */
  lengths: Uint16Array;
  /** epoch ms */
  builtAt: number;
}

/** Per index: the base table and its FTS5 columns in index order. */
const TEXT_COLUMNS: Record<FtsTable, { base: string; columns: string[] }> = {
  memories_fts: { base: "memories", columns: ["title", "content"] },
  sources_fts: { base: "sources", columns: ["speaker", "text", "context"] },
};

const bytesOf = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
const blobOf = (a: Uint32Array | Int32Array | Uint16Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** When `fts`'s bitmaps were built (epoch ms), or undefined when it has none: a cheap check of {@link bitmapState}. */
export function bitmapsBuiltAt(db: EngramDb, fts: FtsTable): number | undefined {
  return db.prepare("SELECT built_at FROM fts_bitmap_state WHERE fts = ?").pluck().get(fts) as number | undefined;
}

/** The bitmaps' state for `fts` (with the lengths array: 2 bytes per id), or undefined when it has none. */
export function bitmapState(db: EngramDb, fts: FtsTable): BitmapState | undefined {
  const row = db.prepare("SELECT max_id AS maxId, docs, lengths, built_at AS builtAt FROM fts_bitmap_state WHERE fts = ?").get(fts) as
    | { maxId: number; docs: number; lengths: Buffer; builtAt: number }
    | undefined;
  return row && { ...row, lengths: new Uint16Array(bytesOf(row.lengths)) };
}

/** The terms of `fts` that have a bitmap (as stored: Porter stems), with their document counts. */
export function bitmapTerms(db: EngramDb, fts: FtsTable): Map<string, number> {
  return new Map(db.prepare("SELECT term, docs FROM fts_term_bitmaps WHERE fts = ?").raw().all(fts) as Array<[string, number]>);
}

/**
 * The documents holding `term` in `fts` as stored: a bitmap (`bits`: Uint32 words) or, for a sparse
 * term, its ids ascending (`ids`); and the ids of those holding it more than once (`repeats`).
 * Undefined when the term has none.
 */
export function readPostings(
  db: EngramDb,
  fts: FtsTable,
  term: string,
): { postings: { format: "bits"; words: Uint32Array } | { format: "ids"; ids: Int32Array }; repeats: Int32Array } | undefined {
  const row = db.prepare("SELECT format, postings, repeats FROM fts_term_bitmaps WHERE fts = ? AND term = ?").get(fts, term) as
    | { format: "bits" | "ids"; postings: Buffer; repeats: Buffer }
    | undefined;
  if (!row) return undefined;
  return {
    postings:
      row.format === "bits" ? { format: "bits", words: new Uint32Array(bytesOf(row.postings)) } : { format: "ids", ids: new Int32Array(bytesOf(row.postings)) },
    repeats: new Int32Array(bytesOf(row.repeats)),
  };
}

/**
 * The terms held by at least `minDocs` documents of `fts` (fts5vocab `<fts>_vocab`, migration 005),
 * with their document counts. Walks the whole index (~2 s at 1M memories).
 */
export function commonTerms(db: EngramDb, fts: FtsTable, minDocs: number): Map<string, number> {
  return new Map(db.prepare(`SELECT term, doc FROM ${fts}_vocab WHERE doc >= ?`).raw().all(minDocs) as Array<[string, number]>);
}

/**
 * The document id of every instance of `term` in `fts`, exactly as the index stores the term
 * (fts5vocab `<fts>_instance`, migration 009: no stemming of the query), in document order (a
 * document holding it twice comes twice), read lazily.
 */
export function termInstances(db: EngramDb, fts: FtsTable, term: string): IterableIterator<number> {
  return db.prepare(`SELECT doc FROM ${fts}_instance WHERE term = ?`).pluck().iterate(term) as IterableIterator<number>;
}

/**
 * Every document's length in tokens (all columns) as FTS5 stored it (`<fts>_docsize`: one varint
 * per column, SQLite's varint format), as rows `[id, length]` in id order, read lazily.
 */
export function* documentLengths(db: EngramDb, fts: FtsTable): Generator<[number, number]> {
  for (const [id, sz] of db.prepare(`SELECT id, sz FROM ${fts}_docsize ORDER BY id`).raw().iterate() as IterableIterator<[number, Buffer]>) {
    yield [id, sumVarints(sz)];
  }
}

/** The SQLite varint at byte `at` of `blob` (big-endian groups of 7 bits, a 9th byte of 8) and the offset after it. */
function readVarint(blob: Buffer, at: number): { value: number; next: number } {
  let value = 0;
  for (let i = 0; at < blob.length; i++) {
    const b = blob[at++]!;
    if (i === 8) return { value: value * 256 + b, next: at };
    value = value * 128 + (b & 0x7f);
    if (!(b & 0x80)) break;
  }
  return { value, next: at };
}

/** The sum of the SQLite varints packed in `blob` from byte `from` on. */
function sumVarints(blob: Buffer, from = 0): number {
  let sum = 0;
  for (let at = from; at < blob.length; ) {
    const v = readVarint(blob, at);
    sum += v.value;
    at = v.next;
  }
  return sum;
}

/**
 * FTS5's own collection statistics for `fts`: the rows it indexes and the total tokens over all
 * columns, read from its "averages" record (row 1 of `<fts>_data`: a varint row count, then one
 * varint per column; see fts5_index.c). Zeros for an empty index.
 */
export function indexTotals(db: EngramDb, fts: FtsTable): { rows: number; tokens: number } {
  const blob = db.prepare(`SELECT block FROM ${fts}_data WHERE id = 1`).pluck().get() as Buffer | undefined;
  if (!blob || blob.length === 0) return { rows: 0, tokens: 0 };
  const rows = readVarint(blob, 0);
  return { rows: rows.value, tokens: sumVarints(blob, rows.next) };
}

/**
 * The indexed text of the documents of `fts` with an id above `afterId`, in id order: rows of
 * `[id, column 1, column 2, …]` (NULL columns as null), read lazily.
 */
export function textsAfter(db: EngramDb, fts: FtsTable, afterId: number): IterableIterator<Array<number | string | null>> {
  const t = TEXT_COLUMNS[fts];
  return db
    .prepare(`SELECT id, ${t.columns.join(", ")} FROM ${t.base} WHERE id > ? ORDER BY id`)
    .raw()
    .iterate(afterId) as IterableIterator<Array<number | string | null>>;
}

/** The indexed text of the documents of `fts` with the given ids (missing ones left out), as rows `[id, column 1, …]`. */
export function textsOf(db: EngramDb, fts: FtsTable, ids: number[]): Array<Array<number | string | null>> {
  const t = TEXT_COLUMNS[fts];
  return db
    .prepare(`SELECT id, ${t.columns.join(", ")} FROM ${t.base} WHERE id IN (SELECT value FROM json_each(?))`)
    .raw()
    .all(JSON.stringify(ids)) as Array<Array<number | string | null>>;
}

/** Replaces the bitmaps of `fts` and their state, in one transaction. */
export function replaceBitmaps(
  db: EngramDb,
  fts: FtsTable,
  bitmaps: Iterable<{ term: string; docs: number; format: "bits" | "ids"; postings: Uint32Array | Int32Array; repeats: Int32Array }>,
  state: BitmapState,
): void {
  const insert = db.prepare("INSERT INTO fts_term_bitmaps (fts, term, docs, format, postings, repeats) VALUES (?, ?, ?, ?, ?, ?)");
  db.transaction(() => {
    deleteBitmaps(db, fts);
    for (const b of bitmaps) insert.run(fts, b.term, b.docs, b.format, blobOf(b.postings), blobOf(b.repeats));
    const s = state;
    db.prepare("INSERT INTO fts_bitmap_state (fts, max_id, docs, lengths, built_at) VALUES (?, ?, ?, ?, ?)").run(
      fts,
      s.maxId,
      s.docs,
      blobOf(s.lengths),
      s.builtAt,
    );
  })();
}

/** Deletes the bitmaps of `fts` and their state. */
export function deleteBitmaps(db: EngramDb, fts: FtsTable): void {
  db.prepare("DELETE FROM fts_term_bitmaps WHERE fts = ?").run(fts);
  db.prepare("DELETE FROM fts_bitmap_state WHERE fts = ?").run(fts);
}
