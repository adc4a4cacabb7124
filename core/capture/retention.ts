import type { EngramDb } from "../db/connection.js";
import { eraseFrames, pendingFramesBefore, prunableFrames, sharedImages } from "../db/repos/frame-retention.js";
import { frameBytes } from "../db/repos/frame-stats.js";
import { sourceIndexText } from "../retrieval/index-text.js";
import { removeImage } from "./storage.js";

/**
 * Retention of captured frames: by age and by total image bytes, oldest first, never a pinned
 * frame (nor one whose memory the user pinned or edited). Deleting a frame deletes everything it
 * brought: the frames row, its `screenshot` source (with FTS row, vector, cached embedding, vault
 * items), the memories that only it supports, erased as a user's deletion erases a memory (FTS row,
 * vector, cached embedding, graph edges; entities no other memory mentions), and the image file
 * once no frame points at it any more: a revisited screen's frame shares the image of the frame
 * first read for it (pipeline.ts), so that file goes with the last of them.
 */

/** What a prune removed. */
export interface PruneResult {
  frames: number;
  bytes: number;
}

/**
 * Deletes frames and what they brought (see the module comment), in one transaction; image files
 * are removed after the commit. `framesDir` null skips file removal (in-memory databases).
 * @returns frames and image bytes removed.
 */
export function deleteFrames(db: EngramDb, framesDir: string | null, ids: number[]): PruneResult {
  const { frames, imagePaths, bytes } = eraseFrames(db, ids, (s) => sourceIndexText({ ...s, windowTitle: s.window_title }));
  if (framesDir) for (const p of imagePaths) removeImage(framesDir, p);
  return { frames, bytes };
}

/**
 * Applies retention: deletes prunable frames captured before `now − maxAgeDays` (0 = no age
 * limit), then the oldest prunable frames until the image bytes of all frames are at most
 * `maxBytes` (0 = no size limit). Pinned frames are kept and still count toward the total. A frame
 * whose image other frames share frees its bytes only with the last of them.
 */
export function pruneFrames(db: EngramDb, framesDir: string | null, opts: { maxAgeDays: number; maxBytes: number; now: number }): PruneResult {
  const prunable = prunableFrames(db);
  const shared = sharedImages(db);
  let total = frameBytes(db);
  const cutoff = opts.maxAgeDays > 0 ? opts.now - opts.maxAgeDays * 86_400_000 : -Infinity;
  const doomed: number[] = [];
  for (const f of prunable) {
    const tooOld = f.at < cutoff;
    const tooBig = opts.maxBytes > 0 && total > opts.maxBytes;
    if (!tooOld && !tooBig) break;
    doomed.push(f.id);
    const image = f.path == null ? undefined : shared.get(f.path);
    if (!image) total -= f.bytes;
    else if (--image.frames === 0) total -= image.bytes;
  }
  return doomed.length ? deleteFrames(db, framesDir, doomed) : { frames: 0, bytes: 0 };
}

/**
 * Removes frames left pending (no source) by a crash more than `olderThanMs` ago (default 10 min,
 * so a frame another process is writing right now is left alone), with their image files.
 * @returns how many were removed.
 */
export function sweepPendingFrames(db: EngramDb, framesDir: string | null, now: number, olderThanMs = 600_000): number {
  const ids = pendingFramesBefore(db, now - olderThanMs);
  return ids.length ? deleteFrames(db, framesDir, ids).frames : 0;
}
