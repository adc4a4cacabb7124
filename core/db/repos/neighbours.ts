import type { EngramDb } from "../connection.js";
import type { MemoryRow, MemoryType } from "../types.js";

// The memories a candidate of the memory engine is compared with (core/memory/nearest.ts): BM25
// matches of its words, and the matches' rows with their stored vectors for the exact cosine.
// Only active, still valid memories of the candidate's type count.

/**
 * The ids of the active, still valid memories of `type` matching the FTS5 query `match`, best BM25
 * first (title weight 0.3, content 1.0), at most `limit`.
 */
export function bm25MemoryIds(db: EngramDb, match: string, type: MemoryType, limit: number): number[] {
  return (
    db
      .prepare(
        `SELECT m.id FROM memories_fts JOIN memories m ON m.id = memories_fts.rowid
        WHERE memories_fts MATCH ? AND m.type = ? AND m.status = 'active' AND m.valid_to IS NULL
        ORDER BY bm25(memories_fts, 0.3, 1.0) LIMIT ?`,
      )
      .all(match, type, limit) as Array<{ id: number }>
  ).map((r) => r.id);
}

/**
 * The active, still valid memories of `type` among `ids` that have a stored vector, each with it
 * (`vector`: the float32 embedding's bytes); no order.
 */
export function currentMemoriesWithVectors(db: EngramDb, ids: number[], type: MemoryType): Array<MemoryRow & { vector: Buffer }> {
  return db
    .prepare(
      `SELECT m.*, e.vector FROM memories m JOIN memories_embeddings e ON e.memory_id = m.id
      WHERE m.id IN (SELECT value FROM json_each(?)) AND m.type = ? AND m.status = 'active' AND m.valid_to IS NULL`,
    )
    .all(JSON.stringify(ids), type) as Array<MemoryRow & { vector: Buffer }>;
}

/** The highest memory id so far (0 when there is none): a cheap measure of how much the memories grew. */
export function lastMemoryId(db: EngramDb): number {
  return (db.prepare("SELECT max(id) AS id FROM memories").get() as { id: number | null }).id ?? 0;
}

// The reads of the neighbour search over term bitmaps (core/retrieval/term-bitmaps-neighbours.ts).

/**
 * The ids of the memories of `type` (any status) up to `toId`, ascending, read lazily through the
 * (type, status) index.
 */
export function memoryIdsOfType(db: EngramDb, type: MemoryType, toId: number): IterableIterator<number> {
  return db.prepare("SELECT id FROM memories WHERE type = ? AND id <= ?").pluck().iterate(type, toId) as IterableIterator<number>;
}

/** The ids of the memories (any type or status) up to `toId`, ascending, read lazily. */
export function memoryIdsUpTo(db: EngramDb, toId: number): IterableIterator<number> {
  return db.prepare("SELECT id FROM memories WHERE id <= ?").pluck().iterate(toId) as IterableIterator<number>;
}

/** The id and type of each memory with an id above `afterId`, in id order (a rowid range: cheap for the newest rows). */
export function memoryTypesAfter(db: EngramDb, afterId: number): Array<[number, MemoryType]> {
  return db.prepare("SELECT id, type FROM memories WHERE id > ? ORDER BY id").raw().all(afterId) as Array<[number, MemoryType]>;
}

/** The title and content of the active, still valid memories of `type` among `ids`, as rows `[id, title, content]`; no order. */
export function currentMemoryTexts(db: EngramDb, ids: number[], type: MemoryType): Array<[number, string, string]> {
  return db
    .prepare(
      `SELECT id, title, content FROM memories
      WHERE id IN (SELECT value FROM json_each(?)) AND type = ? AND status = 'active' AND valid_to IS NULL`,
    )
    .raw()
    .all(JSON.stringify(ids), type) as Array<[number, string, string]>;
}

/** The title and content of the memories among `ids` (any type or status), as rows `[id, title, content]`; missing ones left out. */
export function memoryTexts(db: EngramDb, ids: number[]): Array<[number, string, string]> {
  return db.prepare("SELECT id, title, content FROM memories WHERE id IN (SELECT value FROM json_each(?))").raw().all(JSON.stringify(ids)) as Array<
    [number, string, string]
  >;
}

/**
 * Every memory matching the FTS5 query `match` (any type or status) with its bm25() score (title
 * weight 0.3, content 1.0; FTS5's sign: lower is better), as rows `[id, score]`; no order. For
 * queries of rare terms only: it reads every match.
 */
export function bm25AllMatches(db: EngramDb, match: string): Array<[number, number]> {
  return db.prepare("SELECT rowid, bm25(memories_fts, 0.3, 1.0) FROM memories_fts WHERE memories_fts MATCH ?").raw().all(match) as Array<[number, number]>;
}

/** The first version entry (`memory_versions`) with an id of at least `id`: its id and time (epoch ms), or undefined past the last. */
export function versionAtOrAfter(db: EngramDb, id: number): { id: number; at: number } | undefined {
  return db.prepare("SELECT id, created_at AS at FROM memory_versions WHERE id >= ? ORDER BY id LIMIT 1").get(id) as { id: number; at: number } | undefined;
}

/** The highest version entry id (0 when there is none). */
export function lastVersionId(db: EngramDb): number {
  return (db.prepare("SELECT max(id) AS id FROM memory_versions").get() as { id: number | null }).id ?? 0;
}

/** The version entries with an id above `afterId`, as rows `[id, memory id, op]` in id order. */
export function versionsAfter(db: EngramDb, afterId: number): Array<[number, number, string]> {
  return db.prepare("SELECT id, memory_id, op FROM memory_versions WHERE id > ? ORDER BY id").raw().all(afterId) as Array<[number, number, string]>;
}

// The reads of the neighbour search over a small index held in memory (core/retrieval/small-index-neighbours.ts).

/** A memory as that index keeps it: `[id, type, current (1: active and still valid, else 0), title, content]`. */
export type IndexedMemoryRow = [number, MemoryType, number, string | null, string | null];

/** Every memory with an id above `afterId` (any type or status), as {@link IndexedMemoryRow}s in id order. */
export function indexedMemoriesAfter(db: EngramDb, afterId: number): IndexedMemoryRow[] {
  return db
    .prepare(`SELECT id, type, (status = 'active' AND valid_to IS NULL), title, content FROM memories WHERE id > ? ORDER BY id`)
    .raw()
    .all(afterId) as IndexedMemoryRow[];
}

/** The memories among `ids` (any type or status) as {@link IndexedMemoryRow}s; missing (erased) ones left out. */
export function indexedMemories(db: EngramDb, ids: number[]): IndexedMemoryRow[] {
  return db
    .prepare(`SELECT id, type, (status = 'active' AND valid_to IS NULL), title, content FROM memories WHERE id IN (SELECT value FROM json_each(?))`)
    .raw()
    .all(JSON.stringify(ids)) as IndexedMemoryRow[];
}

/** How many memories there are (any type or status): as many as memories_fts holds. */
export function memoryCount(db: EngramDb): number {
  return db.prepare("SELECT count(*) FROM memories").pluck().get() as number;
}
