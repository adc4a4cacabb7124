import type { EngramDb } from "../db/connection.js";
import { removeImage } from "./storage.js";

/**
 * Retention of captured frames: by age and by total image bytes, oldest first, never a pinned
 * frame (nor one whose memory the user pinned or edited). Deleting a frame deletes everything it
 * brought: the frames row, its `screenshot` source (with FTS row, vector, vault items), the
 * stand-in memory that only it supports (with FTS row and vector), and the image file.
 */

/** What a prune removed. */
export interface PruneResult {
  frames: number;
  bytes: number;
}

function tableExists(db: EngramDb, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE name = ?").get(name) !== undefined;
}

/**
 * Deletes frames and what they brought (see the module comment), in one transaction; image files
 * are removed after the commit. `framesDir` null skips file removal (in-memory databases).
 * @returns frames and image bytes removed.
 */
export function deleteFrames(db: EngramDb, framesDir: string | null, ids: number[]): PruneResult {
  const vectors = ["memories", "sources"].filter((t) => tableExists(db, `${t}_vec`));
  const getFrame = db.prepare("SELECT id, source_id, image_path, bytes FROM frames WHERE id = ?");
  const soleMemories = db.prepare(
    `SELECT memory_id FROM memory_sources WHERE source_id = ?
       AND memory_id NOT IN (SELECT memory_id FROM memory_sources WHERE source_id != ?)`,
  );
  const files: Array<string | null> = [];
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
      files.push(f.image_path);
      bytes += f.bytes;
    }
  })();
  if (framesDir) for (const p of files) removeImage(framesDir, p);
  return { frames: files.length, bytes };
}

/**
 * Applies retention: deletes prunable frames captured before `now − maxAgeDays` (0 = no age
 * limit), then the oldest prunable frames until the image bytes of all frames are at most
 * `maxBytes` (0 = no size limit). Pinned frames are kept and still count toward the total.
 */
export function pruneFrames(db: EngramDb, framesDir: string | null, opts: { maxAgeDays: number; maxBytes: number; now: number }): PruneResult {
  const prunable = db
    .prepare(
      `SELECT f.id, f.captured_at AS at, f.bytes FROM frames f
       WHERE f.pinned = 0 AND f.source_id IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id
                         WHERE ms.source_id = f.source_id AND (m.pinned = 1 OR m.user_edited = 1))
       ORDER BY f.captured_at, f.id`,
    )
    .all() as Array<{ id: number; at: number; bytes: number }>;
  let total = (db.prepare("SELECT COALESCE(SUM(bytes), 0) AS n FROM frames").get() as { n: number }).n;
  const cutoff = opts.maxAgeDays > 0 ? opts.now - opts.maxAgeDays * 86_400_000 : -Infinity;
  const doomed: number[] = [];
  for (const f of prunable) {
    const tooOld = f.at < cutoff;
    const tooBig = opts.maxBytes > 0 && total > opts.maxBytes;
    if (!tooOld && !tooBig) break;
    doomed.push(f.id);
    total -= f.bytes;
  }
  return doomed.length ? deleteFrames(db, framesDir, doomed) : { frames: 0, bytes: 0 };
}

/**
 * Removes frames left pending (no source) by a crash more than `olderThanMs` ago (default 10 min,
 * so a frame another process is writing right now is left alone), with their image files.
 * @returns how many were removed.
 */
export function sweepPendingFrames(db: EngramDb, framesDir: string | null, now: number, olderThanMs = 600_000): number {
  const ids = (db.prepare("SELECT id FROM frames WHERE source_id IS NULL AND created_at < ?").all(now - olderThanMs) as Array<{ id: number }>).map((r) => r.id);
  return ids.length ? deleteFrames(db, framesDir, ids).frames : 0;
}
