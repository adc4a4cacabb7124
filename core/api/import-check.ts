import { accessSync, constants, statSync } from "node:fs";
import { detectFormat, inspectFile } from "../ingest/detect.js";
import { ApiError, toApiError } from "./errors.js";
import { isEngramExport } from "./export-import.js";
import type { ImportFormat } from "./types.js";

/**
 * Checks a file before anything is opened for its import (`engram import` runs it before the API,
 * so a missing or malformed file is refused without loading the engine or creating a database): it
 * exists, is a readable file, and its start reads as a supported format, an Engram export's gzip
 * header or a chat export (core/ingest/detect.ts: UTF-8 text, and the format recognised from the
 * first conversation of a JSON array or the first lines of a transcript). Pass the format it returns
 * to `importFile`, which then does not detect it again (the first conversation is read once here).
 * Faults further in (a file truncated at its end) are found by `importFile`'s validation pass, which
 * still changes nothing.
 * @param format the format the user chose (then only checked to be readable text, or an Engram export)
 * @returns the format to import the file as
 * @throws ApiError bad_request naming the file and, for bad content, where (byte, line or `[0]`)
 */
export async function checkImportFile(path: string, format?: ImportFormat): Promise<ImportFormat> {
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
    if (isEngramExport(path)) return "engram";
    if (format) throw new ApiError("bad_request", `${path}: line 1: not an Engram export (no engram-export header)`, { field: "path" });
  }
  try {
    const head = await inspectFile(path);
    return format ?? (await detectFormat(path, head));
  } catch (err) {
    throw toApiError(err);
  }
}
