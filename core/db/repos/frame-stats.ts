import type { EngramDb } from "../connection.js";

// Totals over the captured screenshots (table `frames`) for the status screens. Times epoch ms.

/** Frames in all, those captured at or after `since`, the newest capture time (null: none), and their image bytes. */
export function frameTotals(db: EngramDb, since: number): { total: number; today: number; last: number | null; bytes: number } {
  return db
    .prepare(
      "SELECT COUNT(*) AS total, MAX(captured_at) AS last, COALESCE(SUM(bytes), 0) AS bytes, COUNT(CASE WHEN captured_at >= ? THEN 1 END) AS today FROM frames",
    )
    .get(since) as { total: number; last: number | null; bytes: number; today: number };
}

/** The bytes of every captured image (0 when none). */
export function frameBytes(db: EngramDb): number {
  return (db.prepare("SELECT COALESCE(SUM(bytes), 0) AS n FROM frames").get() as { n: number }).n;
}

/** Storage used by capture: frame count, image bytes recorded, time span, pinned count. */
export interface FrameStats {
  frames: number;
  keyframes: number;
  pinned: number;
  /** sum of `frames.bytes` */
  bytes: number;
  oldest: number | null;
  newest: number | null;
}

/** Counts complete frames (their source stored): all, keyframes, pinned, their image bytes and capture-time span (null: none). */
export function frameStats(db: EngramDb): FrameStats {
  return db
    .prepare(
      `SELECT COUNT(*) AS frames, COALESCE(SUM(keyframe), 0) AS keyframes, COALESCE(SUM(pinned), 0) AS pinned, COALESCE(SUM(bytes), 0) AS bytes,
              MIN(captured_at) AS oldest, MAX(captured_at) AS newest
       FROM frames WHERE source_id IS NOT NULL`,
    )
    .get() as FrameStats;
}
