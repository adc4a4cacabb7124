import { createWriteStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { basename, dirname, join } from "node:path";
import { ApiError } from "./errors.js";

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

/** A file written to a private temp folder; `cleanup` removes the folder. */
export interface StagedFile {
  path: string;
  cleanup: () => void;
}

const UPLOAD_PREFIX = "engram-upload-";
const DAY_MS = 86_400_000;

/**
 * Writes an uploaded stream (browser bytes of an import) to a private temp folder
 * (`<tmp>/engram-upload-<pid>-XXXXXX/`, 0700) under the file's own base name, so importers that
 * detect formats by name or content see the original.
 * @param maxBytes refuse a stream longer than this (default: no limit)
 * @throws ApiError `bad_request` naming the file when it is longer than `maxBytes`; whatever the
 *   stream or the disk throws. Nothing is left behind then.
 */
export async function stageStream(input: Readable | NodeJS.ReadableStream, name: string, maxBytes = Infinity): Promise<StagedFile> {
  const dir = mkdtempSync(join(tmpdir(), `${UPLOAD_PREFIX}${process.pid}-`));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const path = join(dir, basename(name) || "upload");
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes)
        done(
          new ApiError("bad_request", `${basename(name)}: the file is too large to upload (over ${maxBytes} bytes); import it with engram import`, {
            field: "file",
          }),
        );
      else done(null, chunk);
    },
  });
  try {
    await pipeline(input, limit, createWriteStream(path, { mode: 0o600 }));
  } catch (err) {
    cleanup();
    throw err;
  }
  return { path, cleanup };
}

/**
 * Removes upload folders (`stageStream`) left in the temp folder by an Engram process that is no
 * longer running (killed during an upload). Folders of running processes are kept, and folders
 * without a process id (older versions) until they are a day old.
 * @returns how many folders were removed
 */
export function cleanStaleUploads(dir = tmpdir()): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const pid = Number(/^engram-upload-(\d+)-/.exec(name)?.[1] ?? NaN);
    if (!name.startsWith(UPLOAD_PREFIX)) continue;
    if (Number.isInteger(pid) ? processAlive(pid) : Date.now() - statSync(join(dir, name)).mtimeMs < DAY_MS) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
