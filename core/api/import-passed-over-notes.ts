// The passed-over checks of note apps' folders that core/api makes itself: Standard Notes' and Simplenote's copies of notes beside
// their exports, told by the export's start (remembered per file), and a TextBundle zipped or in Bear's trash.
import { readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { detectFormat } from "../ingest/detect.js";
import { bundleInfo, isBundleText, isZippedBundle, zippedBundleAdvice } from "../ingest/notes/textbundle.js";
import { BACKUP_FILE } from "../ingest/notes/standardnotes.js";
import type { ImportFormat } from "./types.js";

/**
 * Why `path`, a `.txt` in `Items/<kind>/` of an unzipped Standard Notes decrypted backup (a folder
 * whose "Standard Notes Backup and Import File.txt" is a backup, by its start), is passed over: a note's
 * text ("a copy of a note in Standard Notes' backup, read from Standard Notes Backup and Import
 * File.txt": the note, or its being in the trash, is read there), a tag's or another item's content
 * ("a Standard Notes tag, no note", "Standard Notes' UserPreferences, no note"; the folder is the item's
 * kind, its "SN|" made "SN_"); null for any other file.
 */
export async function standardNotesCopy(path: string): Promise<string | null> {
  const kind = basename(dirname(path));
  const items = dirname(dirname(path));
  if (basename(items) !== "Items") return null;
  const root = dirname(items);
  let names: string[];
  try {
    names = readdirSync(root).filter((n) => BACKUP_FILE.test(n));
  } catch {
    return null;
  }
  for (const name of names) {
    if (!(await isExportFile(join(root, name), "standardnotes"))) continue;
    if (kind === "Note") return `a copy of a note in Standard Notes' backup, read from ${name}`;
    return kind === "Tag" ? "a Standard Notes tag, no note" : `Standard Notes' ${kind.replace(/^SN_/, "")}, no note`;
  }
  return null;
}

/** Whether `path` is a Simplenote export's notes.json, by its start (see {@link isExportFile}). */
export function isSimplenoteJson(path: string): Promise<boolean> {
  return isExportFile(path, "simplenote");
}

/** Whether `path` is an export of `format`, by its start; remembered for the file as it is (size and modification time), for the folder's other .txt files. */
async function isExportFile(path: string, format: ImportFormat): Promise<boolean> {
  let key: string;
  try {
    const info = statSync(path);
    if (!info.isFile()) return false;
    key = `${format}\0${path}\0${info.size}\0${info.mtimeMs}`;
  } catch {
    return false;
  }
  let known = EXPORT_FILES.get(key);
  if (known === undefined) {
    if (EXPORT_FILES.size >= 64) EXPORT_FILES.clear();
    known = detectFormat(path).then(
      (f) => f === format,
      () => false,
    );
    EXPORT_FILES.set(key, known);
  }
  return known;
}

/** {@link isExportFile}'s answers so far, by format, path, size and modification time (at most 64). */
const EXPORT_FILES = new Map<string, Promise<boolean>>();

/**
 * Why a file of a folder is passed over when it is a TextBundle's (textbundle.ts): a zipped bundle or a
 * Bear backup ("a TextPack (a zipped TextBundle): unzip it, then import the .textbundle folder in it"),
 * or the text of a note in Bear's trash, as an unzipped backup holds them (its info.json's
 * "net.shinyfrog.bear" says `trashed`: "a note in Bear's trash, not imported"); null otherwise, and for
 * a bundle whose info.json cannot be read (the import then says what is wrong with it).
 */
export async function bundlePassedOver(path: string): Promise<string | null> {
  if (isZippedBundle(path)) return zippedBundleAdvice(path);
  if (!isBundleText(path)) return null;
  const info = await bundleInfo(dirname(path)).catch(() => null);
  return info?.trashed ? "a note in Bear's trash, not imported" : null;
}
