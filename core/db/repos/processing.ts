import type { EngramDb } from "../connection.js";
import type { SourceRow } from "../types.js";

// The memory engine's work queue (core/memory/engine.ts, screen/process.ts): sources not processed
// yet (`processed_at` null), the episode a conversation's next batch may extend, and marking a
// batch processed. Times epoch ms.

/** A source waiting for the engine: its conversation (null: none) and kind. */
export interface PendingSource {
  id: number;
  conversation_id: number | null;
  kind: string;
}

/**
 * Unprocessed sources (all, or among `ids`), in conversation order: by conversation (those
 * without one last), chat turns before screenshots, then by `seq`, time and id.
 */
export function pendingSources(db: EngramDb, ids?: number[]): PendingSource[] {
  const where = ids ? "AND id IN (SELECT value FROM json_each(?))" : "";
  return db
    .prepare(
      `SELECT id, conversation_id, kind FROM sources WHERE processed_at IS NULL ${where}
      ORDER BY conversation_id IS NULL, conversation_id, kind = 'screenshot', seq, occurred_at, id`,
    )
    .all(...(ids ? [JSON.stringify(ids)] : [])) as PendingSource[];
}

/** The sources among `ids` that are still unprocessed, by `seq`, time and id. */
export function unprocessedSources(db: EngramDb, ids: number[]): SourceRow[] {
  return db
    .prepare("SELECT * FROM sources WHERE id IN (SELECT value FROM json_each(?)) AND processed_at IS NULL ORDER BY seq, occurred_at, id")
    .all(JSON.stringify(ids)) as SourceRow[];
}

/**
 * The stored embeddings of sources `ids`, read in one statement (what `getVector(db, "sources", id)`
 * returns for each): source id → its float32 vector (a copy); sources without one are absent.
 */
export function sourceVectors(db: EngramDb, ids: number[]): Map<number, Float32Array> {
  const rows = db
    .prepare("SELECT source_id AS id, vector FROM sources_embeddings WHERE source_id IN (SELECT value FROM json_each(?))")
    .all(JSON.stringify(ids)) as Array<{ id: number; vector: Buffer }>;
  return new Map(rows.map((r) => [r.id, new Float32Array(r.vector.buffer.slice(r.vector.byteOffset, r.vector.byteOffset + r.vector.byteLength))]));
}

/** How many of `ids` are still unprocessed. */
export function countUnprocessedOf(db: EngramDb, ids: number[]): number {
  return (
    db.prepare("SELECT COUNT(*) AS n FROM sources WHERE id IN (SELECT value FROM json_each(?)) AND processed_at IS NULL").get(JSON.stringify(ids)) as {
      n: number;
    }
  ).n;
}

/** Marks sources `ids` processed at `now` (epoch ms). */
export function markProcessed(db: EngramDb, ids: number[], now: number): void {
  db.prepare("UPDATE sources SET processed_at = ? WHERE id IN (SELECT value FROM json_each(?))").run(now, JSON.stringify(ids));
}

/**
 * The id of conversation `conversationId`'s episode holding its latest processed turn, among the
 * active episodes an engine (`heuristic`, `llm`) wrote that are no consolidation summary; undefined
 * when there is none. The next batch of the conversation may extend it.
 */
export function latestEngineEpisode(db: EngramDb, conversationId: number): number | undefined {
  return (
    db
      .prepare(
        `SELECT ms.memory_id AS id FROM sources s CROSS JOIN memory_sources ms ON ms.source_id = s.id CROSS JOIN memories m ON m.id = ms.memory_id
      WHERE s.conversation_id = ? AND s.processed_at IS NOT NULL AND m.type = 'episodic' AND m.engine IN ('heuristic', 'llm')
      AND m.status = 'active' AND json_extract(m.details, '$.summary_of') IS NULL
      ORDER BY s.seq DESC, s.occurred_at DESC, s.id DESC LIMIT 1`,
      )
      .get(conversationId) as { id: number } | undefined
  )?.id;
}
