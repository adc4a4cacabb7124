import type { EngramDb } from "../connection.js";

// Rows of table `frames` (migration 002), one per stored screenshot, as the capture pipeline
// writes them (core/capture/pipeline.ts): inserted pending, completed once its source is stored,
// pinned against retention. Deleting frames with what they brought is frame-retention.ts; totals
// are frame-stats.ts. Times epoch ms.

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

/** The columns deduplication compares a new frame with. */
export type FrameSignatureRow = Pick<FrameRow, "phash" | "thumb" | "captured_at" | "app" | "window_title" | "url">;

/** The last stored (complete: its source written) frame of `display`, or undefined when it has none. */
export function lastCompleteFrame(db: EngramDb, display: number): FrameSignatureRow | undefined {
  return db
    .prepare("SELECT phash, thumb, captured_at, app, window_title, url FROM frames WHERE display = ? AND source_id IS NOT NULL ORDER BY id DESC LIMIT 1")
    .get(display) as FrameSignatureRow | undefined;
}
