import type { EngramDb } from "../connection.js";

// What happened per day, for the timeline's overview: counts by local day, and a day's
// conversations and captured apps. Times are epoch ms; a day is [start, end).

/**
 * Active memories (by event time) and captured screenshots (frames with a source) per local day:
 * `d` = (t − offMs) / dayMs in SQLite's integer division (truncated toward zero), `n` the count.
 * One grouped scan per table; days with nothing are absent; no order.
 */
export function countsByDay(
  db: EngramDb,
  offMs: number,
  dayMs: number,
): { memories: Array<{ d: number; n: number }>; captures: Array<{ d: number; n: number }> } {
  const byDay = (sql: string) => db.prepare(sql).all(offMs, dayMs) as Array<{ d: number; n: number }>;
  return {
    memories: byDay("SELECT (occurred_at - ?) / ? AS d, COUNT(*) AS n FROM memories WHERE status = 'active' AND occurred_at IS NOT NULL GROUP BY d"),
    captures: byDay("SELECT (captured_at - ?) / ? AS d, COUNT(*) AS n FROM frames WHERE source_id IS NOT NULL GROUP BY d"),
  };
}

/** The conversations with messages in [start, end), most messages first (then by id), at most `limit`, each with its format ("note", "discord" …). */
export function conversationsOfDay(
  db: EngramDb,
  start: number,
  end: number,
  limit: number,
): Array<{ id: number; title: string | null; format: string; messages: number }> {
  return db
    .prepare(
      `SELECT c.id, c.title, c.format, COUNT(*) AS messages FROM sources s JOIN conversations c ON c.id = s.conversation_id
       WHERE s.occurred_at >= ? AND s.occurred_at < ? GROUP BY c.id ORDER BY messages DESC, c.id LIMIT ?`,
    )
    .all(start, end, limit) as Array<{ id: number; title: string | null; format: string; messages: number }>;
}

/** Screenshots per app name as captured (`sources.app`, not null) in [start, end), in no particular order. */
export function screenshotsPerApp(db: EngramDb, start: number, end: number): Array<{ app: string; screenshots: number }> {
  return db
    .prepare(
      `SELECT s.app AS app, COUNT(*) AS screenshots FROM frames f JOIN sources s ON s.id = f.source_id
       WHERE f.captured_at >= ? AND f.captured_at < ? AND s.app IS NOT NULL GROUP BY s.app`,
    )
    .all(start, end) as Array<{ app: string; screenshots: number }>;
}
