import type { EngramDb } from "../connection.js";
import { forgetCachedEmbedding } from "../embedding-cache.js";
import type { SourceRow } from "../types.js";
import { deleteEntityIfUnlinked, entityIdsOfMemories, eraseMemory, eraseSource, memoriesOnlyFrom } from "./deletion.js";
import { deleteFrameRow, getFrame } from "./frames.js";
import { getMemories } from "./memories.js";
import { getSource } from "./sources.js";

// What retention of captured frames (core/capture/retention.ts) reads and deletes: the frames it
// may prune, the frames a crash left pending, and deleting frames with everything they brought.
// Times epoch ms; sizes in bytes.

/** A frame retention may delete: its id, capture time and image bytes. */
export interface PrunableFrame {
  id: number;
  at: number;
  bytes: number;
}

/**
 * The complete frames retention may delete, oldest first (capture time, then id): never a pinned
 * frame, nor one whose source a pinned or user-edited memory was made from.
 */
export function prunableFrames(db: EngramDb): PrunableFrame[] {
  return db
    .prepare(
      `SELECT f.id, f.captured_at AS at, f.bytes FROM frames f
       WHERE f.pinned = 0 AND f.source_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id
                         WHERE ms.source_id = f.source_id AND (m.pinned = 1 OR m.user_edited = 1))
       ORDER BY f.captured_at, f.id`,
    )
    .all() as PrunableFrame[];
}

/** Ids of the frames still pending (no source) that were created before `before`. */
export function pendingFramesBefore(db: EngramDb, before: number): number[] {
  return (db.prepare("SELECT id FROM frames WHERE source_id IS NULL AND created_at < ?").all(before) as Array<{ id: number }>).map((r) => r.id);
}

/**
 * Deletes the frames `ids` and what they brought, in one transaction: each memory made only from a
 * frame's `screenshot` source, erased as a user's deletion erases it (deletion.ts eraseMemory: graph
 * edges, vector in the table and in the loaded search index, cached embedding), the entities only
 * those memories mentioned, then the source (deletion.ts eraseSource: vector, FTS row; vault items,
 * provenance links and the frames row cascade) with the cached embedding of its index text, and
 * the frames row of a pending frame. Ids of missing frames are skipped. Image files are the
 * caller's to remove.
 * @param indexText the text a source was embedded from (core/retrieval/index-text.ts sourceIndexText)
 * @returns per deleted frame its image path (relative to the frames folder; null: no image), and
 *   the image bytes the deleted frames recorded.
 */
export function eraseFrames(db: EngramDb, ids: number[], indexText: (source: SourceRow) => string): { imagePaths: Array<string | null>; bytes: number } {
  const imagePaths: Array<string | null> = [];
  let bytes = 0;
  db.transaction(() => {
    for (const id of ids) {
      const f = getFrame(db, id);
      if (!f) continue;
      if (f.source_id != null) eraseFrameSource(db, f.source_id, indexText);
      deleteFrameRow(db, f.id); // a pending frame's row (a complete one went with its source)
      imagePaths.push(f.image_path);
      bytes += f.bytes;
    }
  })();
  return { imagePaths, bytes };
}

/** Erases source `sourceId`, the memories made only from it and the entities only they mentioned (see {@link eraseFrames}). */
function eraseFrameSource(db: EngramDb, sourceId: number, indexText: (source: SourceRow) => string): void {
  const memories = getMemories(db, memoriesOnlyFrom(db, [sourceId]));
  const entities = memories.length
    ? entityIdsOfMemories(
        db,
        memories.map((m) => m.id),
      )
    : [];
  for (const m of memories) eraseMemory(db, m.id);
  for (const e of entities) deleteEntityIfUnlinked(db, e);
  const source = getSource(db, sourceId);
  if (source) forgetCachedEmbedding(db, indexText(source));
  eraseSource(db, sourceId);
}
