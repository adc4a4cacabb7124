/**
 * A table kept as CSV, as Notion exports a database ("Reading list 6e7f….csv": a header of its
 * properties, a row per page), read as a note's lines: its name a heading, its rows a Markdown
 * table, which note.ts says row by row ("Reading list: Piranesi, author Susanna Clarke, status
 * Finished"). Parsed by csv-parse (RFC 4180: quoted cells with commas, line breaks and doubled
 * quotes; a byte-order mark dropped), streamed row by row.
 */
import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { parse } from "csv-parse";
import { fileStem } from "../memory/note-context.js";
import { valueInWords } from "./front-matter.js";
import { ImportError } from "./types.js";

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
 *   stray quote inside a cell).
 */
export async function* csvTableLines(file: string, size: number, onProgress?: (bytesRead: number, totalBytes: number) => void): AsyncGenerator<string> {
  const input = createReadStream(file);
  let read = 0;
  input.on("data", (chunk) => {
    read += chunk.length;
    onProgress?.(read, size);
  });
  const rows = input.pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true }));
  let header = true;
  try {
    yield `# ${fileStem(basename(file))}`;
    yield "";
    for await (const row of rows as AsyncIterable<string[]>) {
      if (!header && row.every((c) => !c.trim())) continue;
      yield `| ${row.map(cell).join(" | ")} |`;
      if (header) yield `|${row.map(() => " --- |").join("")}`;
      header = false;
    }
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new ImportError(file, line ? `line ${line}` : "CSV", (err as Error).message);
  } finally {
    input.destroy();
  }
}
