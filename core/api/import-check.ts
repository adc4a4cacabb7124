// Checks a file before `engram import` opens anything (checkImportFile), and what its refusals mean in a folder (isEmptyNote,
// whyPassedOver). A folder's walk and advice are import-paths.ts, import-folder-format.ts and import-passed-over.ts, re-exported here.
import { accessSync, constants, statSync } from "node:fs";
import { NO_TEXT } from "../ingest/notes/note.js";
import { validateForImport } from "../ingest/validated.js";
import { ApiError, toApiError } from "./errors.js";
import { checkExportWhole, isEngramExport } from "./export-import.js";
import type { ImportFormat } from "./types.js";

/**
 * Checks a file before anything is opened for its import (`engram import` runs it before the API,
 * so a missing or malformed file is refused without loading the engine or creating a database): it
 * exists, is a readable file, and is an Engram export whole to its end marker (export-import.ts
 * `checkExportWhole`; the restore then validates it against the database) or a chat export valid to
 * its end (core/ingest/validated.ts `validateForImport`: UTF-8 text, the format recognised from the
 * first conversation of a JSON array or the first lines of a transcript, every conversation parsed,
 * a file truncated at its end refused). Pass the format it returns to `importFile`: the import of
 * the unchanged file then takes this validation's result and reads the file once more, to store it.
 * @param format the format the user chose (then checked as that format, or as an Engram export)
 * @param onProgress bytes of a chat export read so far and the file's size, as it is validated
 * @returns the format to import the file as
 * @throws ApiError bad_request naming the file and, for bad content, where (byte, line, column or JSON path)
 */
export async function checkImportFile(
  path: string,
  format?: ImportFormat,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): Promise<ImportFormat> {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
    accessSync(path, constants.R_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ApiError("bad_request", `${path}: no such file`, { field: "path" });
    if (code === "EACCES" || code === "EPERM") throw new ApiError("bad_request", `${path}: not readable (permission denied)`, { field: "path" });
    throw toApiError(err);
  }
  if (!isFile) throw new ApiError("bad_request", `${path}: not a file`, { field: "path" });
  if (!format || format === "engram") {
    if (isEngramExport(path)) {
      await checkExportWhole(path);
      return "engram";
    }
    if (format) throw new ApiError("bad_request", `${path}: line 1: not an Engram export (no engram-export header)`, { field: "path" });
  }
  try {
    return (await validateForImport(path, { format, onProgress })).format;
  } catch (err) {
    throw toApiError(err);
  }
}

/**
 * Whether `err`, thrown by {@link checkImportFile}, refuses a file for having no words: an empty file
 * (an Obsidian vault's "Untitled.md"), or a note with no text (an index of links only, a template): in
 * a folder, such a file is passed over, not the folder refused.
 */
export function isEmptyNote(err: unknown): boolean {
  const cause = err instanceof ApiError ? err.cause : err;
  return cause instanceof Error && cause.name === "ImportError" && (NO_TEXT_SAID.test(cause.message) || /: byte 0: empty file\b/.test(cause.message));
}

/** An import error's "the note has no text", and what the file is instead when it says so (group 1: "a Joplin notebook"). */
const NO_TEXT_SAID = new RegExp(`: ${NO_TEXT}(?:: (.+))?$`);

/** Why {@link isEmptyNote}'s file was passed over, in words: "the note has no text to remember", or what else it is ("a Joplin notebook, no note"). */
export function whyPassedOver(err: unknown): string {
  const cause = err instanceof ApiError ? err.cause : err;
  const what = cause instanceof Error ? NO_TEXT_SAID.exec(cause.message)?.[1] : undefined;
  return what ? `${what}, no note` : "the note has no text to remember";
}

// (a folder's files: those listed, what each is read as, why one is passed over; `engram import` and the tests import them from here)
export { folderFileFormat } from "./import-folder-format.js";
export { passedOverInFolder } from "./import-passed-over.js";
export { importPaths } from "./import-paths.js";
