import type { EngramDb } from "../connection.js";
import { forgetCachedEmbedding } from "../embedding-cache.js";
import type { SourceRow } from "../types.js";
import { deleteEntityIfUnlinked, entityIdsOfMemories, eraseMemory, eraseSource, memoriesOnlyFrom } from "./deletion.js";
import { deleteFrameRow, getFrame, releaseImage } from "./frames.js";
import { getMemories } from "./memories.js";
import { getSource } from "./sources.js";

// What retention of captured frames (core/capture/retention.ts) reads and deletes: the frames it
// may prune, the frames a crash left pending, and deleting frames with everything they brought.
// Times epoch ms; sizes in bytes.

/** A frame retention may delete: its id, capture time, image path (relative, null: none) and the image bytes it records. */
export interface PrunableFrame {
  id: number;
  at: number;
  path: string | null;
  bytes: number;
}

/**
 * The complete frames retention may delete, oldest first (capture time, then id): never a pinned
 * frame, nor one whose source a pinned or user-edited memory was made from.
 */
export function prunableFrames(db: EngramDb): PrunableFrame[] {
  return db
    .prepare(
      `SELECT f.id, f.captured_at AS at, f.image_path AS path, f.bytes FROM frames f
       WHERE f.pinned = 0 AND f.source_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id
                         WHERE ms.source_id = f.source_id AND (m.pinned = 1 OR m.user_edited = 1))
       ORDER BY f.captured_at, f.id`,
    )
    .all() as PrunableFrame[];
}

/**
 * The image files more than one frame points at (a screen and its revisits, migration 010): per
 * path, how many frames point at it and the bytes they record together (the file's size).
 */
export function sharedImages(db: EngramDb): Map<string, { frames: number; bytes: number }> {
  const rows = db
    .prepare(
      "SELECT image_path AS path, COUNT(*) AS frames, SUM(bytes) AS bytes FROM frames WHERE image_path IS NOT NULL GROUP BY image_path HAVING COUNT(*) > 1",
    )
    .all() as Array<{ path: string; frames: number; bytes: number }>;
  return new Map(rows.map((r) => [r.path, { frames: r.frames, bytes: r.bytes }]));
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
 * the frames row of a pending frame. An image file another frame still points at (a revisit,
 * migration 010) stays, with its bytes (frames.ts releaseImage). Ids of missing frames are
 * skipped. Image files are the caller's to remove.
 * @param indexText the text a source was embedded from (core/retrieval/index-text.ts sourceIndexText)
 * @returns how many frames were deleted, the image paths (relative to the frames folder) no row
 *   points at any more, and the image bytes the deleted frames recorded, but for a file that stays.
 */
export function eraseFrames(db: EngramDb, ids: number[], indexText: (source: SourceRow) => string): { frames: number; imagePaths: string[]; bytes: number } {
  const imagePaths: string[] = [];
  let frames = 0;
  let bytes = 0;
  db.transaction(() => {
    for (const id of ids) {
      const f = getFrame(db, id);
      if (!f) continue;
      frames++;
      let released: string[];
      if (f.source_id != null) released = eraseFrameSource(db, f.source_id, indexText);
      else {
        deleteFrameRow(db, f.id); // a pending frame (a complete one goes with its source)
        released = f.image_path && releaseImage(db, f.image_path, f.bytes) ? [f.image_path] : [];
      }
      imagePaths.push(...released);
      // a shared file's bytes are recorded on the last row pointing at it (releaseImage moves them there)
      if (!f.image_path || released.includes(f.image_path)) bytes += f.bytes;
    }
  })();
  return { frames, imagePaths, bytes };
}

/**
 * Erases source `sourceId`, the memories made only from it and the entities only they mentioned (see {@link eraseFrames}).
 * @returns the image paths no row points at any more.
 */
function eraseFrameSource(db: EngramDb, sourceId: number, indexText: (source: SourceRow) => string): string[] {
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
  return eraseSource(db, sourceId);
}
