import type { EngramDb } from "../db/connection.js";
import { deleteAllRows, tableExists } from "../db/repos/tables.js";

/**
 * Tables holding the user's data, children first: everything captured, imported, learned and
 * indexed (FTS entries go with their rows through triggers; vector tables are emptied too).
 * Settings, vault keys and installed models are configuration, not listed.
 */
export const USER_TABLES = [
  "edges",
  "entities",
  "memory_versions",
  "memory_sources",
  "memories",
  "vault_items",
  "frames",
  "sources",
  "conversations",
  "embedding_cache",
  "llm_calls",
  "memories_vec",
  "memories_embeddings",
  "sources_vec",
  "sources_embeddings",
  "fts_term_bitmaps",
  "fts_bitmap_state",
] as const;

/**
 * Deletes every row of USER_TABLES (those that exist) in one transaction.
 * @returns rows deleted per table.
 */
export function deleteUserRows(db: EngramDb): Record<string, number> {
  const deleted: Record<string, number> = {};
  db.transaction(() => {
    for (const t of USER_TABLES) if (tableExists(db, t)) deleted[t] = deleteAllRows(db, t);
  })();
  return deleted;
}
