import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join } from "node:path";
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE } from "../db/connection.js";
import { isoDate } from "../time/format.js";

/**
 * Where frame images live: `<data folder>/frames/YYYY-MM-DD/<frame id>.png` (image.ts
 * encodeFrame; frames stored by earlier versions are `.webp`, and each row keeps the path its file
 * was written under), the data folder being the folder of the database file (`--db /tmp/x/engram.db` → `/tmp/x/frames`). Paths
 * stored in the database (`frames.image_path`, `sources.image_path`) are relative to the frames
 * folder, as core/api reads them.
 */

/** The frames folder of a database file, or null for an in-memory database. */
export function framesDirFor(dbPath: string): string | null {
  return dbPath === ":memory:" ? null : join(dirname(dbPath), "frames");
}

/** Relative image path of a frame: `YYYY-MM-DD/<id>.png` (UTC date of capture). */
export function frameImagePath(id: number, capturedAt: number): string {
  return `${isoDate(capturedAt)}/${id}.png`;
}

/** Absolute path of a stored image path (relative paths are under `framesDir`). */
export function resolveImage(framesDir: string, imagePath: string): string {
  return isAbsolute(imagePath) ? imagePath : join(framesDir, imagePath);
}

/**
 * Writes an image atomically (temporary file, then rename), creating the day folder.
 * @throws Error naming the path when the disk refuses.
 */
export function writeImage(framesDir: string, imagePath: string, bytes: Uint8Array): void {
  const file = resolveImage(framesDir, imagePath);
  try {
    mkdirSync(dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE });
    writeFileSync(`${file}.tmp`, bytes, { mode: PRIVATE_FILE_MODE });
    renameSync(`${file}.tmp`, file);
  } catch (err) {
    rmSync(`${file}.tmp`, { force: true });
    throw new Error(`cannot write frame image ${file}: ${(err as Error).message}`);
  }
}

/** Deletes an image if present (never throws for a missing file). */
export function removeImage(framesDir: string, imagePath: string | null): void {
  if (imagePath) rmSync(resolveImage(framesDir, imagePath), { force: true });
}
