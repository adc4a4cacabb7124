import type { EngramDb } from "../db/connection.js";
import { hexToHash, type KeptFrame } from "./dedup.js";

/** Table `frames` (migration 002): one stored screenshot. Times epoch ms; sizes in pixels and bytes. */
export interface FrameRow {
  id: number;
  captured_at: number;
  display: number;
  app: string | null;
  window_title: string | null;
  url: string | null;
  phash: string;
  thumb: Buffer;
  width: number;
  height: number;
  bytes: number;
  image_path: string | null;
  ocr_confidence: number | null;
  word_count: number;
  keyframe: number;
  pinned: number;
  source_id: number | null;
  created_at: number;
}

/** Fields of a frame being written (its source comes later, see {@link completeFrame}). */
export interface NewFrame {
  capturedAt: number;
  display: number;
  app: string | null;
  windowTitle: string | null;
  url: string | null;
  phash: string;
  thumb: Uint8Array;
  width: number;
  height: number;
  ocrConfidence: number | null;
  wordCount: number;
  keyframe: boolean;
}

/**
 * Inserts a frame in the pending state (`source_id` NULL) and sets its image path to
 * `imagePath(id)` when given. Runs in its own transaction.
 * @returns the frame id and its image path (relative to the frames folder) or null.
 */
export function insertPendingFrame(
  db: EngramDb,
  f: NewFrame,
  imagePath: ((id: number) => string) | null,
  now: number,
): { id: number; imagePath: string | null } {
  return db.transaction(() => {
    const res = db
      .prepare(
        `INSERT INTO frames(captured_at, display, app, window_title, url, phash, thumb, width, height, ocr_confidence, word_count, keyframe, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        f.capturedAt,
        f.display,
        f.app,
        f.windowTitle,
        f.url,
        f.phash,
        Buffer.from(f.thumb),
        f.width,
        f.height,
        f.ocrConfidence,
        f.wordCount,
        f.keyframe ? 1 : 0,
        now,
      );
    const id = Number(res.lastInsertRowid);
    const path = imagePath ? imagePath(id) : null;
    if (path) db.prepare("UPDATE frames SET image_path = ? WHERE id = ?").run(path, id);
    return { id, imagePath: path };
  })();
}

/** Marks a pending frame complete: links its source and records its image size. Call inside the caller's transaction. */
export function completeFrame(db: EngramDb, id: number, sourceId: number, bytes: number): void {
  db.prepare("UPDATE frames SET source_id = ?, bytes = ? WHERE id = ?").run(sourceId, bytes, id);
}

/** Deletes one frame row (no file, no source). */
export function deleteFrameRow(db: EngramDb, id: number): void {
  db.prepare("DELETE FROM frames WHERE id = ?").run(id);
}

/** Reads one frame, or undefined. */
export function getFrame(db: EngramDb, id: number): FrameRow | undefined {
  return db.prepare("SELECT * FROM frames WHERE id = ?").get(id) as FrameRow | undefined;
}

/** Sets or clears a frame's pin (retention never deletes a pinned frame). @returns whether the frame exists. */
export function pinFrame(db: EngramDb, id: number, pinned: boolean): boolean {
  return db.prepare("UPDATE frames SET pinned = ? WHERE id = ?").run(pinned ? 1 : 0, id).changes > 0;
}

/** The last stored (complete) frame of a display, as deduplication needs it, or null. */
export function lastKeptFrame(db: EngramDb, display: number): KeptFrame | null {
  const row = db
    .prepare("SELECT phash, thumb, captured_at, app, window_title, url FROM frames WHERE display = ? AND source_id IS NOT NULL ORDER BY id DESC LIMIT 1")
    .get(display) as Pick<FrameRow, "phash" | "thumb" | "captured_at" | "app" | "window_title" | "url"> | undefined;
  if (!row) return null;
  return {
    hash: hexToHash(row.phash),
    thumb: new Uint8Array(row.thumb),
    capturedAt: row.captured_at,
    app: row.app,
    windowTitle: row.window_title,
    url: row.url,
  };
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

/** Counts complete frames and their image bytes. */
export function frameStats(db: EngramDb): FrameStats {
  return db
    .prepare(
      `SELECT COUNT(*) AS frames, COALESCE(SUM(keyframe), 0) AS keyframes, COALESCE(SUM(pinned), 0) AS pinned, COALESCE(SUM(bytes), 0) AS bytes,
              MIN(captured_at) AS oldest, MAX(captured_at) AS newest
       FROM frames WHERE source_id IS NOT NULL`,
    )
    .get() as FrameStats;
}
