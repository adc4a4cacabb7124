import type { EngramDb } from "../connection.js";
import type { MemoryRow } from "../types.js";

// Core blocks: short `core` memories always given to the answer, one per `details.label`
// (`human`, `persona`, ...); core/memory/core-blocks.ts writes them.

/** The active, still valid core blocks, by label then id. */
export function currentCoreBlocks(db: EngramDb): MemoryRow[] {
  return db
    .prepare("SELECT * FROM memories WHERE type = 'core' AND status = 'active' AND valid_to IS NULL ORDER BY json_extract(details, '$.label'), id")
    .all() as MemoryRow[];
}
