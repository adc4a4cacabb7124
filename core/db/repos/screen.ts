import type { EngramDb } from "../connection.js";

// The queries screen memories need (core/memory/screen): captured frames (screenshot sources) by
// id, by display and time, by day; the screen memories (activity, day, document) already made from
// them. A memory's sources are read and set by provenance.ts. Times epoch ms.

/** A captured frame as screen memory reads it: its source, time, display (0 when unknown), app, window title and address. */
export interface ScreenFrame {
  sourceId: number;
  at: number;
  display: number;
  app: string | null;
  windowTitle: string | null;
  url: string | null;
}

/** A frame with its OCR text (already redacted by the capture pipeline). */
export interface FrameWithText extends ScreenFrame {
  text: string;
}

const FRAME_COLUMNS = `id AS sourceId, occurred_at AS at, COALESCE(json_extract(metadata, '$.display'), 0) AS display, app, window_title AS windowTitle, url`;

/** Screenshot sources among `ids` that are still unprocessed, with their text. */
export function unprocessedFrames(db: EngramDb, ids: number[]): FrameWithText[] {
  return db
    .prepare(`SELECT ${FRAME_COLUMNS}, text FROM sources WHERE id IN (SELECT value FROM json_each(?)) AND kind = 'screenshot' AND processed_at IS NULL`)
    .all(JSON.stringify(ids)) as FrameWithText[];
}

/** The last processed frames of `display` at or before `at`, newest first (at most `limit`). */
export function framesBefore(db: EngramDb, display: number, at: number, limit = 2000): ScreenFrame[] {
  return db
    .prepare(
      `SELECT ${FRAME_COLUMNS} FROM sources WHERE kind = 'screenshot' AND processed_at IS NOT NULL AND occurred_at <= ?
      AND COALESCE(json_extract(metadata, '$.display'), 0) = ? ORDER BY occurred_at DESC, id DESC LIMIT ?`,
    )
    .all(at, display, limit) as ScreenFrame[];
}

/** Every frame captured in [start, end), processed or not (metadata only). */
export function framesBetween(db: EngramDb, start: number, end: number): ScreenFrame[] {
  return db
    .prepare(`SELECT ${FRAME_COLUMNS} FROM sources WHERE kind = 'screenshot' AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id`)
    .all(start, end) as ScreenFrame[];
}

/** OCR texts of frames, by source id. */
export function frameTexts(db: EngramDb, ids: number[]): Map<number, string> {
  const rows = db.prepare("SELECT id, text FROM sources WHERE id IN (SELECT value FROM json_each(?))").all(JSON.stringify(ids)) as Array<{
    id: number;
    text: string;
  }>;
  return new Map(rows.map((r) => [r.id, r.text]));
}

/** Recent frames of the same app (newest first, at most `limit`), for telling its boilerplate apart. */
export function recentFramesOfApp(db: EngramDb, app: string | null, limit = 80): FrameWithText[] {
  return db
    .prepare(`SELECT ${FRAME_COLUMNS}, text FROM sources WHERE kind = 'screenshot' AND app IS ? ORDER BY occurred_at DESC, id DESC LIMIT ?`)
    .all(app, limit) as FrameWithText[];
}

/** Kinds of screen memories (details.screen). */
export type ScreenMemoryKind = "activity" | "day" | "document";

/** The active screen memory of `kind` that has one of `sourceIds` in its provenance (the newest), or null. */
export function screenMemoryOfFrames(db: EngramDb, kind: ScreenMemoryKind, sourceIds: number[]): number | null {
  if (!sourceIds.length) return null;
  const row = db
    .prepare(
      `SELECT m.id FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id
      WHERE ms.source_id IN (SELECT value FROM json_each(?)) AND m.status = 'active' AND json_extract(m.details, '$.screen') = ?
      ORDER BY m.id DESC LIMIT 1`,
    )
    .get(JSON.stringify(sourceIds), kind) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Every active activity memory with one of `sourceIds` in its provenance, oldest first. */
export function activityMemoriesOfFrames(db: EngramDb, sourceIds: number[]): number[] {
  if (!sourceIds.length) return [];
  return (
    db
      .prepare(
        `SELECT DISTINCT m.id FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id
      WHERE ms.source_id IN (SELECT value FROM json_each(?)) AND m.status = 'active' AND json_extract(m.details, '$.screen') = 'activity' ORDER BY m.id`,
      )
      .all(JSON.stringify(sourceIds)) as Array<{ id: number }>
  ).map((r) => r.id);
}

/** The active screen memory of `kind` whose details have `field` = `value` (a document's key, a day's date), or null. */
export function screenMemoryBy(db: EngramDb, kind: "day" | "document", field: "key" | "date", value: string): number | null {
  const row = db
    .prepare(
      `SELECT id FROM memories WHERE status = 'active' AND type = ? AND json_extract(details, '$.screen') = ? AND json_extract(details, '$.' || ?) = ?
      ORDER BY id DESC LIMIT 1`,
    )
    .get(kind === "day" ? "episodic" : "resource", kind, field, value) as { id: number } | undefined;
  return row?.id ?? null;
}
