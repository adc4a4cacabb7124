import type { EngramDb } from "../connection.js";
import { tableExists } from "./tables.js";

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
 * Deletes the frames `ids` and what they brought, in one transaction: the frames row, its
 * `screenshot` source (FTS row by trigger; vault items and provenance links cascade) with its
 * vector, and each memory made only from that source with its vector. Ids of missing frames are
 * skipped. Image files are the caller's to remove.
 * @returns per deleted frame its image path (relative to the frames folder; null: no image), and
 *   the image bytes the deleted frames recorded.
 */
export function eraseFrames(db: EngramDb, ids: number[]): { imagePaths: Array<string | null>; bytes: number } {
  const vectors = ["memories", "sources"].filter((t) => tableExists(db, `${t}_vec`));
  const getFrame = db.prepare("SELECT id, source_id, image_path, bytes FROM frames WHERE id = ?");
  const soleMemories = db.prepare(
    `SELECT memory_id FROM memory_sources WHERE source_id = ?
       AND memory_id NOT IN (SELECT memory_id FROM memory_sources WHERE source_id != ?)`,
  );
  const imagePaths: Array<string | null> = [];
  let bytes = 0;
  db.transaction(() => {
    for (const id of ids) {
      const f = getFrame.get(id) as { id: number; source_id: number | null; image_path: string | null; bytes: number } | undefined;
      if (!f) continue;
      if (f.source_id != null) {
        const memoryIds = (soleMemories.all(f.source_id, f.source_id) as Array<{ memory_id: number }>).map((r) => r.memory_id);
        for (const m of memoryIds) {
          if (vectors.includes("memories")) {
            db.prepare("DELETE FROM memories_vec WHERE memory_id = ?").run(BigInt(m));
            db.prepare("DELETE FROM memories_embeddings WHERE memory_id = ?").run(m);
          }
          db.prepare("DELETE FROM memories WHERE id = ?").run(m);
        }
        if (vectors.includes("sources")) {
          db.prepare("DELETE FROM sources_vec WHERE source_id = ?").run(BigInt(f.source_id));
          db.prepare("DELETE FROM sources_embeddings WHERE source_id = ?").run(f.source_id);
        }
        db.prepare("DELETE FROM sources WHERE id = ?").run(f.source_id); // cascades: frames row, vault items, provenance
      }
      db.prepare("DELETE FROM frames WHERE id = ?").run(f.id);
      imagePaths.push(f.image_path);
      bytes += f.bytes;
    }
  })();
  return { imagePaths, bytes };
}
