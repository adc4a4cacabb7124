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
