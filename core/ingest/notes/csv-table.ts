/**
 * A table kept as CSV, as Notion exports a database ("Reading list 6e7f….csv": a header of its
 * properties, a row per page), read as a note's lines: its name a heading, its rows a Markdown
 * table, which note.ts says row by row ("Reading list: Piranesi, author Susanna Clarke, status
 * Finished"). Read by csv-records.ts (strict UTF-8, csv-parse: RFC 4180 quoted cells with commas,
 * line breaks and doubled quotes; a byte-order mark dropped), streamed row by row.
 */
import { basename } from "node:path";
import { fileStem } from "../../memory/note-context.js";
import { csvRecords } from "../kit/csv-records.js";
import { valueInWords } from "./front-matter.js";

/** Most characters of one row (an unclosed quote would take in the rest of the file): 4 Mi. */
const MAX_ROW_CHARS = 4 * 1024 * 1024;

/** A cell as a Markdown table's: one line, no pipe of its own, a day in a memory's words ("October 30, 2026" → "30 October 2026"). */
function cell(value: string): string {
  return valueInWords(
    value
      .replace(/\s*\r?\n\s*/g, "; ")
      .replace(/\|/g, "/")
      .trim(),
  );
}

/**
 * The lines of `file`, a CSV table (UTF-8), as a Markdown note: "# <its name>" (the file's name as a
 * name, fileStem: "Reading list"), a blank line, then its header and rows as a Markdown table; rows
 * with no cell filled left out. `onProgress` gets the bytes read so far and the file's size.
 * @throws ImportError naming the file and the line csv-parse stopped at (an unclosed quote, a
 *   stray quote inside a cell, a row over {@link MAX_ROW_CHARS} characters), or the byte of invalid UTF-8.
 */
export async function* csvTableLines(file: string, size: number, onProgress?: (bytesRead: number, totalBytes: number) => void): AsyncGenerator<string> {
  let header = true;
  yield `# ${fileStem(basename(file))}`;
  yield "";
  for await (const { cells: row } of csvRecords(file, size, MAX_ROW_CHARS, onProgress).records) {
    if (!header && row.every((c) => !c.trim())) continue;
    yield `| ${row.map(cell).join(" | ")} |`;
    if (header) yield `|${row.map(() => " --- |").join("")}`;
    header = false;
  }
}
