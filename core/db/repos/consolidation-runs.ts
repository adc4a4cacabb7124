import type { EngramDb } from "../connection.js";

// What a consolidation run did, read back from the history (`memory_versions`): every change of
// one run carries the same time (`created_at`) and the run's actor. A `MERGE` with a `before`
// snapshot hid a memory (merged into another, or, with a reason starting "summarised", summarised
// into an episode); a `DECAY` lowered an importance. Times epoch ms.

/** The time of the latest run by `actor` that merged anything, or null when none did. */
export function lastMergeRunAt(db: EngramDb, actor: string): number | null {
  return (db.prepare("SELECT MAX(created_at) AS at FROM memory_versions WHERE actor = ? AND op = 'MERGE'").get(actor) as { at: number | null }).at;
}

/** The memories the run at `at` hid, by id (at most `limit`), each with the reason recorded ("merged into #12 …"). */
export function memoriesHiddenInRun(db: EngramDb, actor: string, at: number, limit: number): Array<{ id: number; reason: string | null }> {
  return db
    .prepare(
      `SELECT v.memory_id AS id, v.reason FROM memory_versions v
       WHERE v.actor = ? AND v.op = 'MERGE' AND v.created_at = ? AND v.before IS NOT NULL ORDER BY v.memory_id LIMIT ?`,
    )
    .all(actor, at, limit) as Array<{ id: number; reason: string | null }>;
}

/** How many memories the run at `at` hid (`hidden`), how many of them by summarising (`summarised`), and how many importances it decayed. */
export function runCounts(db: EngramDb, actor: string, at: number): { hidden: number; summarised: number; decayed: number } {
  const merged = db
    .prepare(
      "SELECT COUNT(*) AS n, COALESCE(SUM(reason LIKE 'summarised%'), 0) AS s FROM memory_versions WHERE actor = ? AND op = 'MERGE' AND created_at = ? AND before IS NOT NULL",
    )
    .get(actor, at) as { n: number; s: number };
  const decayed = (db.prepare("SELECT COUNT(*) AS n FROM memory_versions WHERE actor = ? AND op = 'DECAY' AND created_at = ?").get(actor, at) as { n: number })
    .n;
  return { hidden: merged.n, summarised: merged.s, decayed };
}
