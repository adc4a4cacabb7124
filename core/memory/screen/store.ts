import type { EngramDb } from "../../db/connection.js";
import { stmt } from "../sql.js";
import type { ScreenFrame } from "./activities.js";

/**
 * The queries screen memories need: captured frames (screenshot sources) by id, by display and time,
 * by day; the screen memories (activity, day, document) already made from them; provenance sets.
 */

/** A frame with its OCR text (already redacted by the capture pipeline). */
export interface FrameWithText extends ScreenFrame {
  text: string;
}

const FRAME_COLUMNS = `id AS sourceId, occurred_at AS at, COALESCE(json_extract(metadata, '$.display'), 0) AS display, app, window_title AS windowTitle, url`;

/** Screenshot sources among `ids` that are still unprocessed, with their text. */
export function unprocessedFrames(db: EngramDb, ids: number[]): FrameWithText[] {
  return stmt(db, `SELECT ${FRAME_COLUMNS}, text FROM sources WHERE id IN (SELECT value FROM json_each(?)) AND kind = 'screenshot' AND processed_at IS NULL`)
    .all(JSON.stringify(ids)) as FrameWithText[];
}

/** The last processed frames of `display` at or before `at`, newest first (at most `limit`). */
export function framesBefore(db: EngramDb, display: number, at: number, limit = 2000): ScreenFrame[] {
  return stmt(
    db,
    `SELECT ${FRAME_COLUMNS} FROM sources WHERE kind = 'screenshot' AND processed_at IS NOT NULL AND occurred_at <= ?
      AND COALESCE(json_extract(metadata, '$.display'), 0) = ? ORDER BY occurred_at DESC, id DESC LIMIT ?`,
  ).all(at, display, limit) as ScreenFrame[];
}

/** Every frame captured in [start, end), processed or not (metadata only). */
export function framesBetween(db: EngramDb, start: number, end: number): ScreenFrame[] {
  return stmt(db, `SELECT ${FRAME_COLUMNS} FROM sources WHERE kind = 'screenshot' AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, id`)
    .all(start, end) as ScreenFrame[];
}

/** OCR texts of frames, by source id. */
export function frameTexts(db: EngramDb, ids: number[]): Map<number, string> {
  const rows = stmt(db, "SELECT id, text FROM sources WHERE id IN (SELECT value FROM json_each(?))").all(JSON.stringify(ids)) as Array<{ id: number; text: string }>;
  return new Map(rows.map((r) => [r.id, r.text]));
}

/** Recent frames of the same app (newest first, at most `limit`), for telling its boilerplate apart. */
export function recentFramesOfApp(db: EngramDb, app: string | null, limit = 80): FrameWithText[] {
  return stmt(db, `SELECT ${FRAME_COLUMNS}, text FROM sources WHERE kind = 'screenshot' AND app IS ? ORDER BY occurred_at DESC, id DESC LIMIT ?`)
    .all(app, limit) as FrameWithText[];
}

/** Kinds of screen memories (details.screen). */
export type ScreenMemoryKind = "activity" | "day" | "document";

/** The active screen memory of `kind` that has one of `sourceIds` in its provenance (the newest), or null. */
export function screenMemoryOfFrames(db: EngramDb, kind: ScreenMemoryKind, sourceIds: number[]): number | null {
  if (!sourceIds.length) return null;
  const row = stmt(
    db,
    `SELECT m.id FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id
      WHERE ms.source_id IN (SELECT value FROM json_each(?)) AND m.status = 'active' AND json_extract(m.details, '$.screen') = ?
      ORDER BY m.id DESC LIMIT 1`,
  ).get(JSON.stringify(sourceIds), kind) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Every active activity memory with one of `sourceIds` in its provenance, oldest first. */
export function activityMemoriesOfFrames(db: EngramDb, sourceIds: number[]): number[] {
  if (!sourceIds.length) return [];
  return (stmt(
    db,
    `SELECT DISTINCT m.id FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id
      WHERE ms.source_id IN (SELECT value FROM json_each(?)) AND m.status = 'active' AND json_extract(m.details, '$.screen') = 'activity' ORDER BY m.id`,
  ).all(JSON.stringify(sourceIds)) as Array<{ id: number }>).map((r) => r.id);
}

/** The active screen memory of `kind` whose details have `field` = `value` (a document's key, a day's date), or null. */
export function screenMemoryBy(db: EngramDb, kind: "day" | "document", field: "key" | "date", value: string): number | null {
  const row = stmt(
    db,
    `SELECT id FROM memories WHERE status = 'active' AND type = ? AND json_extract(details, '$.screen') = ? AND json_extract(details, '$.' || ?) = ?
      ORDER BY id DESC LIMIT 1`,
  ).get(kind === "day" ? "episodic" : "resource", kind, field, value) as { id: number } | undefined;
  return row?.id ?? null;
}

/** The sources of a memory, oldest first. */
export function memorySourceIds(db: EngramDb, memoryId: number): number[] {
  return (stmt(db, "SELECT ms.source_id AS id FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE ms.memory_id = ? ORDER BY s.occurred_at, s.id")
    .all(memoryId) as Array<{ id: number }>).map((r) => r.id);
}

/** Makes a memory's provenance exactly `sourceIds` (a day's memory points at its activities' first frames, which change as the day goes on). */
export function setProvenance(db: EngramDb, memoryId: number, sourceIds: number[]): void {
  stmt(db, "DELETE FROM memory_sources WHERE memory_id = ? AND source_id NOT IN (SELECT value FROM json_each(?))").run(memoryId, JSON.stringify(sourceIds));
  const link = stmt(db, "INSERT OR IGNORE INTO memory_sources(memory_id, source_id) VALUES (?, ?)");
  for (const id of sourceIds) link.run(memoryId, id);
}

/** How many of `ids` are still unprocessed. */
export function countUnprocessed(db: EngramDb, ids: number[]): number {
  return (stmt(db, "SELECT COUNT(*) AS n FROM sources WHERE id IN (SELECT value FROM json_each(?)) AND processed_at IS NULL").get(JSON.stringify(ids)) as { n: number }).n;
}

/** Marks sources processed at `now`. */
export function markProcessed(db: EngramDb, ids: number[], now: number): void {
  stmt(db, "UPDATE sources SET processed_at = ? WHERE id IN (SELECT value FROM json_each(?))").run(now, JSON.stringify(ids));
}
