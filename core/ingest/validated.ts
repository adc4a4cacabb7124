/**
 * Exports validated whole in this process and not changed since: `engram import` validates every
 * file before it opens the database (core/api/import-check.ts), so that a file broken anywhere,
 * even only at its end, is refused before a database file is created; the import that follows
 * takes that validation's result instead of reading the file again for it (import.ts). A file is
 * the same when its device, inode, size, modification and change times (nanoseconds) are; a
 * result is taken once. Nothing here crosses a process: the app and `engram serve` validate in
 * the import itself.
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { type ExportSummary, validateExport } from "./parse.js";
import type { ParseOptions } from "./kit/types.js";

/** Validation results by absolute path, with the file's identity when it was validated. */
const validated = new Map<string, { summary: ExportSummary; stamp: string }>();

/** The file's identity: device, inode, size, modification and change times in nanoseconds. */
function stampOf(file: string): string {
  const s = statSync(file, { bigint: true });
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}

/**
 * Validates the whole export (parse.ts `validateExport`, format detected when not given) and keeps
 * the result for the import of the same, unchanged file in this process ({@link takeValidated}).
 * @throws ImportError for the first fault in the file, naming it and where (JSON path, byte/line/column or line)
 */
export async function validateForImport(file: string, opts: ParseOptions = {}): Promise<ExportSummary> {
  const stamp = stampOf(file);
  const summary = await validateExport(file, opts);
  if (stampOf(file) === stamp) validated.set(resolve(file), { summary, stamp });
  return summary;
}

/**
 * The result of {@link validateForImport} for `file` when the file has not changed since and it was
 * validated as `format` (when given); null otherwise. Taken once: a later import validates again.
 */
export function takeValidated(file: string, format?: string): ExportSummary | null {
  const key = resolve(file);
  const entry = validated.get(key);
  if (!entry) return null;
  validated.delete(key);
  if (format && format !== entry.summary.format) return null;
  return stampOf(file) === entry.stamp ? entry.summary : null;
}
