import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import type { EngramDb } from "../db/connection.js";

/**
 * Where the data of a database lives on disk: screenshots in `<db folder>/frames/`, exports in
 * `<db folder>/exports/` (DESIGN.md: one data folder). An in-memory database (tests) has a
 * folder of its own under the OS temp dir only if the caller gives one; here it maps to null.
 */
export function dataDirOf(dbPath: string): string | null {
  return dbPath === ":memory:" ? null : dirname(dbPath);
}

/** Folder of screenshot images, or null for an in-memory database. */
export function framesDir(dbPath: string): string | null {
  const d = dataDirOf(dbPath);
  return d && join(d, "frames");
}

/** Folder where exports are written by default, or null for an in-memory database. */
export function exportsDir(dbPath: string): string | null {
  const d = dataDirOf(dbPath);
  return d && join(d, "exports");
}

/** Bytes of the database file with its WAL and shared-memory files; 0 in memory. */
export function dbBytes(dbPath: string): number {
  if (dbPath === ":memory:") return 0;
  return ["", "-wal", "-shm"].reduce((n, s) => n + (existsSync(dbPath + s) ? statSync(dbPath + s).size : 0), 0);
}

/** True when the table (or virtual table) exists. */
export function tableExists(db: EngramDb, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}
