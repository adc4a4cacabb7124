import type { EngramDb } from "../connection.js";

// Rows of table `frames` (migrations 002, 010), one per stored screenshot, as the capture pipeline
// writes them (core/capture/pipeline.ts): inserted pending, completed once its source is stored,
// pinned against retention; a revisited screen's row repeats an earlier frame's text and points at
// its image file (migration 010), so an image file is deleted only when no row points at it any
// more (releaseImage). Deleting frames with what they brought is frame-retention.ts; totals are
// frame-stats.ts. Times epoch ms.

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
  /** the frame first read for this screen, whose text and image this one repeats; null: read itself (migration 010) */
  same_as: number | null;
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
  /** the frame first read for this screen when this one repeats its text and image (a revisit); default null */
  sameAs?: number | null;
}

/**
 * Inserts a frame in the pending state (`source_id` NULL) and sets its image path to
 * `imagePath(id)` when given (a revisit gives the path of the image it shares). Runs in its own
 * transaction (a savepoint inside the caller's).
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
        `INSERT INTO frames(captured_at, display, app, window_title, url, phash, thumb, width, height, ocr_confidence, word_count, keyframe, same_as, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
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
        f.sameAs ?? null,
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

/** A frame of {@link recentScreens}: the newest complete frame of one screen, with its signature. */
export type RecentScreenRow = FrameSignatureRow & {
  id: number;
  /** the frame first read for this screen (`same_as`, or the frame itself) */
  first: number;
};

/**
 * The screens last kept on `display`, newest first: among its last `frames` complete frames, at
 * most `screens` distinct screens (a frame and the frames that repeat it, `same_as`, are one
 * screen), each given by its newest frame.
 */
export function recentScreens(db: EngramDb, display: number, frames: number, screens: number): RecentScreenRow[] {
  return db
    .prepare(
      `SELECT f.id, COALESCE(f.same_as, f.id) AS first, f.phash, f.thumb, f.captured_at, f.app, f.window_title, f.url FROM frames f
       WHERE f.id IN (SELECT MAX(id) FROM (SELECT id, COALESCE(same_as, id) AS first FROM frames
                                           WHERE display = ? AND source_id IS NOT NULL ORDER BY id DESC LIMIT ?)
                      GROUP BY first ORDER BY MAX(id) DESC LIMIT ?)
       ORDER BY f.id DESC`,
    )
    .all(display, frames, screens) as RecentScreenRow[];
}

/** What a revisit repeats of an earlier frame: its image, size and OCR figures, and its source's text and metadata. */
export interface ReusableFrame {
  /** the frame read from (the newest complete frame of the screen) */
  id: number;
  image_path: string | null;
  width: number;
  height: number;
  ocr_confidence: number | null;
  word_count: number;
  source_id: number;
  /** the source's (redacted) text */
  text: string;
  /** the source's metadata, JSON text */
  metadata: string;
}

/**
 * The newest complete frame showing screen `first` (frame `first` itself, or a frame whose
 * `same_as` is `first`) with its source's text and metadata, or undefined when none is left
 * (retention or the user deleted them). Read it in the transaction that inserts the frame pointing
 * at its image, so that no deletion can release the file in between.
 */
export function reusableFrame(db: EngramDb, first: number): ReusableFrame | undefined {
  return db
    .prepare(
      `SELECT f.id, f.image_path, f.width, f.height, f.ocr_confidence, f.word_count, f.source_id, s.text, s.metadata
       FROM frames f JOIN sources s ON s.id = f.source_id
       WHERE f.id = ? OR f.same_as = ? ORDER BY f.id DESC LIMIT 1`,
    )
    .get(first, first) as ReusableFrame | undefined;
}

/**
 * Releases one image file reference of a frame or source row just deleted, which recorded `bytes`
 * for it; call in the deleting transaction, after the delete. When another frame still points at
 * the file, the newest such frame takes over the bytes (so `SUM(frames.bytes)` stays the bytes on
 * disk) and the file stays; when only a source does, the file stays too.
 * @returns true when no row points at `path` any more: the caller deletes the file after the commit.
 */
export function releaseImage(db: EngramDb, path: string, bytes: number): boolean {
  const other = db.prepare("SELECT id FROM frames WHERE image_path = ? ORDER BY id DESC LIMIT 1").get(path) as { id: number } | undefined;
  if (other) {
    if (bytes) db.prepare("UPDATE frames SET bytes = bytes + ? WHERE id = ?").run(bytes, other.id);
    return false;
  }
  return !db.prepare("SELECT 1 FROM sources WHERE image_path = ? LIMIT 1").get(path);
}
