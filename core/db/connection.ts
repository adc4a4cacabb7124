import Database from "better-sqlite3";
import type { Database as Db } from "better-sqlite3";
import * as sqliteVec from "sqlite-vec";
import { mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { migrate } from "./migrate.js";

/** An open Engram database (better-sqlite3 handle with sqlite-vec loaded and the schema migrated). */
export type EngramDb = Db;

/**
 * The app's user-data folder, as Electron's `app.getPath("userData")` gives it
 * for an app named "Engram": `~/.config/Engram` on Linux (honouring
 * XDG_CONFIG_HOME), `~/Library/Application Support/Engram` on macOS,
 * `%APPDATA%\Engram` on Windows.
 */
export function userDataDir(): string {
  const home = homedir();
  if (process.platform === "darwin") return join(home, "Library", "Application Support", "Engram");
  if (process.platform === "win32") return join(process.env.APPDATA ?? join(home, "AppData", "Roaming"), "Engram");
  return join(process.env.XDG_CONFIG_HOME || join(home, ".config"), "Engram");
}

/**
 * Where the database lives: the explicit path (`--db`), else `ENGRAM_DB`,
 * else `<userDataDir>/engram.db`.
 */
export function resolveDbPath(explicit?: string): string {
  return explicit || process.env.ENGRAM_DB || join(userDataDir(), "engram.db");
}

/**
 * Opens (creating if needed) the database at `path`: WAL journal, foreign
 * keys on, `synchronous=NORMAL` (durable at every WAL checkpoint, and a crash
 * never corrupts), sqlite-vec loaded, migrations applied.
 * `":memory:"` gives a private in-memory database (tests).
 * @throws Error naming the path when the file cannot be opened or is not an SQLite database.
 */
export function openDatabase(path: string): EngramDb {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path);
    db.pragma("journal_mode = WAL");
  } catch (err) {
    throw new Error(`cannot open database ${path}: ${(err as Error).message}`);
  }
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  sqliteVec.load(db);
  migrate(db);
  return db;
}
