import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { embedCached } from "../db/embedding-cache.js";
import { ensureVectorTables, putVector, type VectorTarget } from "../db/vectors.js";
import { sourceIndexText } from "./index-text.js";

const BATCH = 256;

/**
 * Recomputes the vector of every memory and source with `embedder` (after the embedder changed;
 * the vector tables were already recreated for its dimension by ensureVectorTables).
 * Works in batches of 256 rows, one transaction per batch, so progress survives a crash:
 * rows without a vector are simply embedded on the next run.
 * @param onProgress (done, total) rows.
 */
export async function reembedAll(db: EngramDb, embedder: Embedder, onProgress?: (done: number, total: number) => void): Promise<void> {
  const plan: Array<{ target: VectorTarget; sql: string; count: string }> = [
    {
      target: "memories",
      sql: "SELECT id, content AS text FROM memories WHERE id NOT IN (SELECT memory_id FROM memories_embeddings) ORDER BY id LIMIT ?",
      count: "SELECT COUNT(*) AS n FROM memories",
    },
    {
      target: "sources",
      sql: `SELECT id, kind, speaker, app, window_title AS windowTitle, text FROM sources
            WHERE id NOT IN (SELECT source_id FROM sources_embeddings) ORDER BY id LIMIT ?`,
      count: "SELECT COUNT(*) AS n FROM sources",
    },
  ];
  const total = plan.reduce((n, p) => n + (db.prepare(p.count).get() as { n: number }).n, 0);
  let done = 0;
  for (const p of plan) {
    for (;;) {
      const rows = db.prepare(p.sql).all(BATCH) as Array<{ id: number; text: string } & Parameters<typeof sourceIndexText>[0]>;
      if (rows.length === 0) break;
      const texts = rows.map((r) => (p.target === "sources" ? sourceIndexText(r) : r.text));
      const vectors = await embedCached(db, embedder, texts);
      db.transaction(() => {
        for (const [i, r] of rows.entries()) putVector(db, p.target, r.id, vectors[i]!);
      })();
      done += rows.length;
      onProgress?.(done, total);
    }
  }
}

/**
 * Makes the vector index ready for `embedder` before anything is embedded with it: creates the
 * vector tables for its dimension, and when the database holds vectors of another embedder (id or
 * dimension) drops them and re-embeds every memory and source ({@link reembedAll}). Cheap when
 * nothing changed (one settings read). Called where an embedder enters the engine: the API host
 * and the entry points that run without one (import, capture, the memory engine).
 * @throws whatever the embedder throws while re-embedding (rows done so far keep their vectors).
 */
export async function prepareVectors(db: EngramDb, embedder: Embedder, onProgress?: (done: number, total: number) => void): Promise<void> {
  if (ensureVectorTables(db, embedder)) await reembedAll(db, embedder, onProgress);
}
