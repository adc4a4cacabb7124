import type { EngramDb } from "./connection.js";

// Whole-file upkeep: rebuilding the full-text indexes, checkpoints and compacting the file, and
// the schema version and foreign-key switches a restore needs.

/** Rebuilds both full-text indexes (memories_fts, sources_fts) from their tables. */
export function rebuildFullText(db: EngramDb): void {
  db.exec("INSERT INTO memories_fts(memories_fts) VALUES ('rebuild'); INSERT INTO sources_fts(sources_fts) VALUES ('rebuild');");
}

/** Turns `secure_delete` on for this connection: deleted text is overwritten in the file, not left in free pages. */
export function enableSecureDelete(db: EngramDb): void {
  db.pragma("secure_delete = ON");
}

/** Moves every committed page from the WAL into the file and truncates the WAL (deleted pages leave it too). */
export function checkpointWal(db: EngramDb): void {
  db.pragma("wal_checkpoint(TRUNCATE)");
}

/**
 * Runs `work` with the connection's automatic WAL checkpoint threshold raised to at least `pages`
 * pages, and puts the threshold back afterwards, whatever `work` does. SQLite checkpoints inside
 * the COMMIT that takes the WAL past the threshold (default 1,000 pages), on the committing thread:
 * it copies every page written since the last one into the file and syncs both files. Over a long
 * run of transactions (an import: ~200 on the LoCoMo dev split), a higher threshold copies the
 * pages rewritten again and again (full-text segments, B-tree inner pages) fewer times and syncs
 * less often; the WAL file grows to about `pages` x 4 KB. Each commit stays atomic and a crash
 * loses none of them (WAL); with synchronous=NORMAL, what is not checkpointed yet could be lost to
 * a power cut, as before, for longer.
 */
export async function withWalCheckpointEvery<T>(db: EngramDb, pages: number, work: () => Promise<T>): Promise<T> {
  const before = db.pragma("wal_autocheckpoint", { simple: true }) as number;
  if (before <= 0 || before >= pages) return work();
  db.pragma(`wal_autocheckpoint = ${Math.floor(pages)}`);
  try {
    return await work();
  } finally {
    if (db.open) db.pragma(`wal_autocheckpoint = ${before}`);
  }
}

/** Rewrites the file without its free pages (deleted text does not linger), then truncates the WAL. Not inside a transaction. */
export function compactFile(db: EngramDb): void {
  db.exec("VACUUM");
  checkpointWal(db);
}

/** The schema version (`PRAGMA user_version`, the number of the last migration applied). */
export function schemaVersion(db: EngramDb): number {
  return db.pragma("user_version", { simple: true }) as number;
}

/** Turns foreign-key enforcement on or off (outside a transaction; a restore inserts children before parents). */
export function enforceForeignKeys(db: EngramDb, on: boolean): void {
  db.pragma(`foreign_keys = ${on ? "ON" : "OFF"}`);
}

/** How many rows point to a missing parent row (`PRAGMA foreign_key_check`); 0 when consistent. */
export function foreignKeyViolations(db: EngramDb): number {
  return (db.pragma("foreign_key_check") as unknown[]).length;
}
