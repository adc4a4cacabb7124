import type { EngramDb } from "../connection.js";
import type { MemoryRow, MemoryType } from "../types.js";
import type { SourceViewRow } from "./source-views.js";

// The timeline walks back one non-empty day at a time: two index seeks per day (the latest
// memory and the latest screenshot before a time), then that day's rows and counts. `+col` keeps
// SQLite on the time indexes (memories_occurred, frames_time) instead of the type index.
// Times are epoch ms; a day is [start, end).

/** Which memories the timeline shows: active ones of `types` (with episodes, the user's calendar
 * events, facts whose details say `calendar`, and the facts that tell a session of one message, which
 * has no episode: `lone`), optionally only those with a source in
 * conversation `conversationId`, or linked to entity `entityId`. Either narrowing leaves screenshots out. */
export interface TimelineFilter {
  types: MemoryType[];
  conversationId?: number;
  entityId?: number;
}

/** The timeline's queries for one filter (statements prepared once, run per day). */
export interface TimelineQueries {
  /** The time of the latest memory or screenshot strictly before `before`, or null when there is none. */
  latest(before: number): number | null;
  /** The day's memories by time then id, at most `limit`. */
  memories(start: number, end: number, limit: number): MemoryRow[];
  /** The day's screenshots (source rows with their frame's image as `frame_image`) by capture time, at most `limit`; none when narrowed. */
  screenshots(start: number, end: number, limit: number): SourceViewRow[];
  /** How many memories, screenshots (frames with a source) and chat turns the day holds. */
  counts(start: number, end: number): { memories: number; screenshots: number; chatTurns: number };
}

/** Prepares the timeline's queries for `f`. */
export function timelineQueries(db: EngramDb, f: TimelineFilter): TimelineQueries {
  const narrowed = f.conversationId != null || f.entityId != null;
  const memFilter = [
    f.types.includes("episodic") && !f.types.includes("semantic")
      ? "+status = 'active' AND (+type IN (SELECT value FROM json_each(?)) OR (+type = 'semantic' AND (json_extract(details, '$.calendar') = 1 OR json_extract(details, '$.lone') = 1)))"
      : "+status = 'active' AND +type IN (SELECT value FROM json_each(?))",
    f.conversationId != null ? "id IN (SELECT ms.memory_id FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE s.conversation_id = ?)" : null,
    f.entityId != null ? "id IN (SELECT src_id FROM edges WHERE src_kind = 'memory' AND dst_kind = 'entity' AND dst_id = ?)" : null,
  ]
    .filter(Boolean)
    .join(" AND ");
  const mf = [JSON.stringify(f.types), ...[f.conversationId, f.entityId].filter((x) => x != null)];
  const latestMemory = db.prepare(`SELECT occurred_at AS t FROM memories WHERE occurred_at < ? AND ${memFilter} ORDER BY occurred_at DESC LIMIT 1`);
  const latestShot = db.prepare(
    `SELECT captured_at AS t FROM frames WHERE captured_at < ? AND source_id IS NOT NULL AND ${narrowed ? "0" : "1"} ORDER BY captured_at DESC LIMIT 1`,
  );
  const episodes = db.prepare(`SELECT * FROM memories WHERE occurred_at >= ? AND occurred_at < ? AND ${memFilter} ORDER BY occurred_at, id LIMIT ?`);
  const shots = db.prepare(
    "SELECT s.*, f.image_path AS frame_image FROM frames f JOIN sources s ON s.id = f.source_id WHERE f.captured_at >= ? AND f.captured_at < ? ORDER BY f.captured_at, f.id LIMIT ?",
  );
  const countMem = db.prepare(`SELECT COUNT(*) AS n FROM memories WHERE occurred_at >= ? AND occurred_at < ? AND ${memFilter}`);
  const countShots = db.prepare("SELECT COUNT(*) AS n FROM frames WHERE captured_at >= ? AND captured_at < ? AND source_id IS NOT NULL");
  const countTurns = db.prepare("SELECT COUNT(*) AS n FROM sources WHERE occurred_at >= ? AND occurred_at < ? AND kind = 'chat_turn'");
  const n = (stmt: typeof countShots, ...args: unknown[]) => (stmt.get(...args) as { n: number }).n;
  return {
    latest: (before) => {
      const a = (latestMemory.get(before, ...mf) as { t: number } | undefined)?.t ?? null;
      const b = (latestShot.get(before) as { t: number } | undefined)?.t ?? null;
      return a == null ? b : b == null ? a : Math.max(a, b);
    },
    memories: (start, end, limit) => episodes.all(start, end, ...mf, limit) as MemoryRow[],
    screenshots: (start, end, limit) => (narrowed ? [] : (shots.all(start, end, limit) as SourceViewRow[])),
    counts: (start, end) => ({ memories: n(countMem, start, end, ...mf), screenshots: n(countShots, start, end), chatTurns: n(countTurns, start, end) }),
  };
}

/** The event times of the first and last memory or screenshot, or null when there is neither. */
export function timelineSpan(db: EngramDb): { first: number; last: number } | null {
  // four O(log n) index lookups (a MIN/MAX over a UNION would scan both tables)
  const one = (sql: string) => (db.prepare(sql).get() as { t: number | null }).t;
  const ends = [
    [one("SELECT MIN(occurred_at) AS t FROM memories"), one("SELECT MIN(captured_at) AS t FROM frames")],
    [one("SELECT MAX(occurred_at) AS t FROM memories"), one("SELECT MAX(captured_at) AS t FROM frames")],
  ].map((pair) => pair.filter((x): x is number => x != null));
  return ends[0]!.length ? { first: Math.min(...ends[0]!), last: Math.max(...ends[1]!) } : null;
}
