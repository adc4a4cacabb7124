import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { embedCached } from "../db/embedding-cache.js";
import { memoriesWithoutVector, rowCount, sourcesWithoutVector } from "../db/repos/embedding-backlog.js";
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
  const targets: VectorTarget[] = ["memories", "sources"];
  const total = targets.reduce((n, target) => n + rowCount(db, target), 0);
  let done = 0;
  for (const target of targets) {
    for (;;) {
      const rows =
        target === "sources" ? sourcesWithoutVector(db, BATCH).map((r) => ({ id: r.id, text: sourceIndexText(r) })) : memoriesWithoutVector(db, BATCH);
      if (rows.length === 0) break;
      const vectors = await embedCached(
        db,
        embedder,
        rows.map((r) => r.text),
      );
      db.transaction(() => {
        for (const [i, r] of rows.entries()) putVector(db, target, r.id, vectors[i]!);
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
