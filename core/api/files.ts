import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { basename, dirname, join } from "node:path";
import type { EngramDb } from "../db/connection.js";

/**
 * Where the data of a database lives on disk (DESIGN.md: one data folder, the database's): exports
 * in `<db folder>/exports/` (screenshots: core/capture/storage.ts `framesDirFor`). An in-memory
 * database (tests) has no data folder: null.
 */
export function dataDirOf(dbPath: string): string | null {
  return dbPath === ":memory:" ? null : dirname(dbPath);
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

/** A file written to a private temp folder; `cleanup` removes the folder. */
export interface StagedFile {
  path: string;
  cleanup: () => void;
}

/**
 * Writes an uploaded stream (browser bytes of an import) to a private temp folder under the
 * file's own base name, so importers that detect formats by name or content see the original.
 * @throws whatever the stream or the disk throws; nothing is left behind then.
 */
export async function stageStream(input: Readable | NodeJS.ReadableStream, name: string): Promise<StagedFile> {
  const dir = mkdtempSync(join(tmpdir(), "engram-upload-"));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const path = join(dir, basename(name) || "upload");
  try {
    await pipeline(input, createWriteStream(path));
  } catch (err) {
    cleanup();
    throw err;
  }
  return { path, cleanup };
}
