import type { EngramDb } from "../connection.js";
import type { MemoryRow } from "../types.js";

// What memory consolidation (core/memory/consolidate.ts) plans from: current facts to merge, old
// episodes to summarise, never-recalled memories to decay. Its writes go through memories.ts
// (updateMemory, insertMemory), provenance and edges; what a run did is read by consolidation-runs.ts.

/** The active, still valid semantic memories, by id. */
export function currentFacts(db: EngramDb): MemoryRow[] {
  return db.prepare("SELECT * FROM memories WHERE type = 'semantic' AND status = 'active' AND valid_to IS NULL ORDER BY id").all() as MemoryRow[];
}

/**
 * The active, still valid episodes neither pinned nor edited by the user that happened before
 * `before` and were neither recorded nor recalled since (epoch ms), that are no summary and no
 * screen memory, oldest first.
 */
export function oldEpisodes(db: EngramDb, before: number): MemoryRow[] {
  return db
    .prepare(
      `SELECT * FROM memories WHERE type = 'episodic' AND status = 'active' AND valid_to IS NULL AND pinned = 0 AND user_edited = 0
       AND occurred_at < ? AND COALESCE(last_accessed_at, recorded_at) < ? AND json_extract(details, '$.summary_of') IS NULL
       AND json_extract(details, '$.screen') IS NULL
       ORDER BY occurred_at, id`,
    )
    .all(before, before) as MemoryRow[];
}

/** The active memories but core blocks, neither pinned nor edited by the user, never recalled (`access_count` 0); no order. */
export function neverRecalledMemories(db: EngramDb): MemoryRow[] {
  return db
    .prepare(`SELECT * FROM memories WHERE status = 'active' AND type <> 'core' AND pinned = 0 AND user_edited = 0 AND access_count = 0`)
    .all() as MemoryRow[];
}
