/**
 * Another app's SQLite database, opened to be read, never written: a Kobo's KoboReader.sqlite
 * (kobo-reader.ts), a browser's history (browser-history.ts). It is opened read-only and never created;
 * the "-wal" and "-shm" files a read-only connection makes beside a database in WAL mode (Firefox keeps
 * places.sqlite so) are removed when it is closed, leaving the app's folder as it was. A database its
 * app holds locked (a running browser keeps its history in exclusive locking mode: SQLite answers
 * SQLITE_BUSY) can be copied first, with its "-wal" and "-journal", into a private temporary folder
 * (0700, its files 0600) that is removed on close, and the copy read instead.
 */
import { chmodSync, copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import Database from "better-sqlite3";
import type { Database as Db } from "better-sqlite3";

/** How long a statement waits for a lock the app holds before SQLite says it is busy (a running browser holds its history for good: not better-sqlite3's 5 s). */
const BUSY_WAIT_MS = 500;

/** A foreign database opened: its first connection, more on the same file when asked, whether it is a copy, and one close for all. */
export interface ForeignDb {
  /** The first connection (read-only on the app's file; on a copy, on the copy). */
  db: Db;
  /** A further connection to the same database (to look things up while `db` iterates rows). */
  another(): Db;
  /** Whether the app's database was locked and a copy of it is read. */
  copied: boolean;
  /** Closes every connection, removes the WAL files they left beside the app's database and the copy's folder. */
  close(): void;
}

/** The error for a database its app holds and that could not be read from a copy either: `code` "ENGRAM_LOCKED". */
export class LockedDatabaseError extends Error {
  readonly code = "ENGRAM_LOCKED";
}

/** Whether `err` is SQLite saying the database is locked by another connection (SQLITE_BUSY, SQLITE_LOCKED). */
function isLocked(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === "string" && /^SQLITE_(?:BUSY|LOCKED)/.test(code);
}

/** Reads the schema of `db`, which a locked database refuses (SQLite reads the schema lazily, at the first statement). */
function touch(db: Db): void {
  db.prepare("SELECT count(*) FROM sqlite_master").get();
}

/**
 * Opens `file` read-only (never created, never written).
 * @param opts.copyIfLocked when SQLite says the database is locked (its app has it open), copy it (with its
 *   "-wal" and "-journal") into a private temporary folder and read the copy
 * @throws better-sqlite3's Error when SQLite cannot open it or read its schema (the caller names the file);
 *   {@link LockedDatabaseError} when it is locked and not to be copied, or its copy cannot be read either
 *   (copied while its app wrote to it)
 */
export function openForeignSqlite(file: string, opts: { copyIfLocked?: boolean } = {}): ForeignDb {
  // (the files SQLite keeps beside a database in WAL mode that are not there now: a read-only
  // connection makes them and cannot remove them)
  const absent = [`${file}-wal`, `${file}-shm`].filter((f) => !existsSync(f));
  const cleanUp = () => {
    for (const f of absent) {
      try {
        // (a "-wal" that holds anything is someone else's)
        if (f.endsWith("-wal") && statSync(f).size > 0) continue;
        rmSync(f, { force: true });
      } catch {
        // (not there: nothing was left)
      }
    }
  };
  const open = () => new Database(file, { readonly: true, fileMustExist: true, timeout: BUSY_WAIT_MS });
  const first = open();
  try {
    touch(first);
  } catch (err) {
    first.close();
    cleanUp();
    if (!isLocked(err)) throw err;
    if (!opts.copyIfLocked) throw new LockedDatabaseError((err as Error).message);
    return openCopy(file);
  }
  const connections = [first];
  return {
    db: first,
    another: () => {
      const db = open();
      connections.push(db);
      return db;
    },
    copied: false,
    close: () => {
      for (const db of connections) db.close();
      cleanUp();
    },
  };
}

/** `file`, locked by its app, copied with its "-wal" and "-journal" into a private temporary folder and opened there (the copy is writable: SQLite replays its journal). */
function openCopy(file: string): ForeignDb {
  const dir = mkdtempSync(join(tmpdir(), "engram-db-"));
  const copy = join(dir, basename(file));
  const connections: Db[] = [];
  const close = () => {
    for (const db of connections) db.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (const suffix of ["", "-wal", "-journal"]) {
      if (suffix && !existsSync(file + suffix)) continue;
      copyFileSync(file + suffix, copy + suffix);
      chmodSync(copy + suffix, 0o600);
    }
    const open = () => {
      const db = new Database(copy, { fileMustExist: true, timeout: BUSY_WAIT_MS });
      connections.push(db);
      return db;
    };
    const db = open();
    touch(db);
    return { db, another: open, copied: true, close };
  } catch (err) {
    close();
    throw new LockedDatabaseError((err as Error).message);
  }
}
