import type { EngramDb } from "../connection.js";
import { type EmbeddableMemory, memoryEmbeddingText } from "../embedding-cache.js";
import type { VectorTarget } from "../vectors.js";
import type { NewSource } from "./sources.js";

// What re-embedding (core/retrieval/reembed.ts) works through: the memories and sources that have
// no vector yet (no row in `<target>_embeddings`), a batch at a time, and how many rows there are.
// The vector tables must exist (core/db/vectors.ts ensureVectorTables).

/** The first `limit` memories (by id) without a stored vector: their id and the text they are embedded from (`text`, embedding-cache.ts memoryEmbeddingText). */
export function memoriesWithoutVector(db: EngramDb, limit: number): Array<{ id: number; text: string }> {
  const rows = db
    .prepare("SELECT id, title, content, details FROM memories WHERE id NOT IN (SELECT memory_id FROM memories_embeddings) ORDER BY id LIMIT ?")
    .all(limit) as Array<{ id: number } & EmbeddableMemory>;
  return rows.map((r) => ({ id: r.id, text: memoryEmbeddingText(r) }));
}

/** A source to embed: its id and the columns its index text is made of. */
export type SourceToEmbed = { id: number } & Pick<NewSource, "kind" | "speaker" | "app" | "windowTitle" | "text">;

/** The first `limit` sources (by id) without a stored vector. */
export function sourcesWithoutVector(db: EngramDb, limit: number): SourceToEmbed[] {
  return db
    .prepare(
      `SELECT id, kind, speaker, app, window_title AS windowTitle, text FROM sources
            WHERE id NOT IN (SELECT source_id FROM sources_embeddings) ORDER BY id LIMIT ?`,
    )
    .all(limit) as SourceToEmbed[];
}

/** How many rows `target` (memories or sources) holds, with a vector or not. */
export function rowCount(db: EngramDb, target: VectorTarget): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${target}`).get() as { n: number }).n;
}
