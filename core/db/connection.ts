import Database from "better-sqlite3";
import type { Database as Db } from "better-sqlite3";
import * as sqliteVec from "sqlite-vec";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { migrate } from "./migrate.js";
import { cacheStatements } from "./statement-cache.js";

/** An open Engram database (better-sqlite3 handle with sqlite-vec loaded and the schema migrated). */
export type EngramDb = Db;

/** Mode of every file Engram creates (database, frames, exports): read and write by the user only. */
export const PRIVATE_FILE_MODE = 0o600;
/** Mode of every folder Engram creates (data folder, frames/, exports/). */
export const PRIVATE_DIR_MODE = 0o700;

/**
 * Creates `dir` (and missing parents) readable by the user only (0700); an existing folder keeps
 * its mode. Returns `dir`.
 */
export function mkdirPrivate(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  return dir;
}

/** Creates the database file 0600 before SQLite does (its WAL and shared-memory files copy the
 * database file's mode), and takes group and other access away from an existing one. */
function privateDbFile(path: string): void {
  mkdirPrivate(dirname(path));
  if (!existsSync(path)) closeSync(openSync(path, "a", PRIVATE_FILE_MODE));
  else if (process.platform !== "win32" && (statSync(path).mode & 0o077) !== 0) {
    for (const f of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(f)) chmodSync(f, PRIVATE_FILE_MODE);
  }
}

/** Full-text tables whose deletions remove the words from the index at once (FTS5 `secure-delete`),
 * instead of leaving them in older index segments until a merge. */
const FTS_TABLES = ["memories_fts", "sources_fts"];

function secureDeleteFts(db: Db): void {
  for (const t of FTS_TABLES) {
    const on = db.prepare(`SELECT v FROM ${t}_config WHERE k = 'secure-delete'`).get() as { v: number } | undefined;
    if (!on?.v) db.prepare(`INSERT INTO ${t}(${t}, rank) VALUES ('secure-delete', 1)`).run();
  }
}

/**
 * Opens (creating if needed) the database at `path`: WAL journal, foreign
 * keys on, `synchronous=NORMAL` (durable at every WAL checkpoint, and a crash
 * never corrupts), `secure_delete` on (deleted text is overwritten in the file, in the tables and
 * in the full-text index), sqlite-vec loaded, migrations applied. The file is created 0600 in a
 * folder created 0700 (an existing database readable by others is made 0600). `db.prepare` returns
 * one cached statement per SQL text (statement-cache.ts).
 * `":memory:"` gives a private in-memory database (tests).
 * @throws Error naming the path when the file cannot be opened or is not an SQLite database.
 */
export function openDatabase(path: string): EngramDb {
  if (path !== ":memory:") privateDbFile(path);
  let db: Db;
  try {
    db = cacheStatements(new Database(path));
    db.pragma("journal_mode = WAL");
  } catch (err) {
    throw new Error(`cannot open database ${path}: ${(err as Error).message}`);
  }
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("secure_delete = ON");
  sqliteVec.load(db);
  migrate(db);
  secureDeleteFts(db);
  return db;
}

/**
 * Opens an existing database read-only, for a reader beside the connection that owns writes and
 * migrations (a search worker thread): sqlite-vec loaded, the statement cache, a 5 s busy timeout.
 * @throws Error (better-sqlite3's) when the file does not exist or is not an SQLite database.
 */
export function openReadOnlyDatabase(path: string): EngramDb {
  const db = cacheStatements(new Database(path, { readonly: true, fileMustExist: true }));
  db.pragma("busy_timeout = 5000");
  sqliteVec.load(db);
  return db;
}
