/**
 * The records of an app's CSV export, streamed: a Readwise export's highlights (readwise.ts), a
 * Todoist project's tasks (todoist.ts), a Notion database's rows (csv-table.ts), MyFitnessPal's summaries (myfitnesspal.ts), Oura's export's `;`-separated files (oura.ts), the bank format's exports told by their header (copilot.ts, cashapp.ts, mint.ts: `headedRecords`). The file is decoded as strict UTF-8 as it is read
 * (bytes.ts fileText) and parsed by csv-parse (RFC 4180: quoted cells with commas, line breaks and
 * doubled quotes; a byte order mark skipped; empty lines skipped; rows of any length), so memory
 * holds one read and one record, however large the file. Windows line breaks (CRLF) are read as LF:
 * csv-parse counts a CRLF inside a quoted cell as two lines, so every line after one was named one too far.
 */
import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { fileText } from "./bytes.js";
import { ImportError } from "./types.js";

/** A CSV record: its cells, and the line (1-based) of the file it starts on. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/** What {@link csvRecords} gives: the records in order, and the last line read so far (for an error about the file's end). */
export interface CsvFile {
  records: AsyncIterable<CsvRecord>;
  lastLine: () => number;
}

/**
 * Streams the records of `file` (`size` bytes, as `stat` gave it), each with the line it starts on;
 * `onProgress` is told the bytes read and ends at (size, size) once every record is read.
 * @param maxRecordChars most characters of one record (an unclosed quote would take in the rest of the file)
 * @param relaxQuotes a quote inside a cell that does not open with one is kept as a character (an app that writes a
 *   user's note unquoted, MyFitnessPal's older exports; Oura's JSON cells), not refused
 * @param delimiter what separates the cells: "," (RFC 4180's), or ";" (Oura's membership-hub export, Sleep Cycle's sleepdata.csv), or
 *   the one an Anki export's `#separator:` names (a tab, its own; anki.ts)
 * @throws ImportError, from the iteration, naming the file and the line csv-parse stopped at (a stray
 *   quote, a record over `maxRecordChars`), or the byte of invalid UTF-8 (bytes.ts)
 */
export function csvRecords(
  file: string,
  size: number,
  maxRecordChars: number,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
  relaxQuotes = false,
  delimiter = ",",
): CsvFile {
  let ended = 0;
  const records = async function* (): AsyncGenerator<CsvRecord> {
    const text = fileText(file, size, onProgress);
    const source = Readable.from(withLfBreaks(text.chunks));
    const parser = parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: relaxQuotes,
      skip_empty_lines: true,
      info: true,
      max_record_size: maxRecordChars,
    });
    // (invalid UTF-8, an ImportError of the decoder, ends the parse with it)
    source.on("error", (err) => parser.destroy(err));
    source.pipe(parser);
    let empty = 0;
    try {
      for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number; empty_lines: number } }>) {
        // (a record starts on the line after the last one ended, past the empty lines skipped between them)
        const line = ended + 1 + (info.empty_lines - empty);
        ended = info.lines;
        empty = info.empty_lines;
        yield { cells: record, line };
      }
    } catch (err) {
      if (err instanceof ImportError) throw err;
      const lines = (err as { lines?: number }).lines;
      throw new ImportError(file, lines ? `line ${lines}` : "CSV", (err as Error).message);
    } finally {
      parser.destroy();
      source.destroy();
    }
    onProgress?.(Math.max(size, text.bytesRead()), Math.max(size, text.bytesRead()));
  };
  return { records: records(), lastLine: () => ended };
}

/** `chunks` with each CRLF as LF (a CR that ends a chunk is held for the next, which may open with its LF). */
async function* withLfBreaks(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let held = "";
  for await (const chunk of chunks) {
    const text = held + chunk;
    held = text.endsWith("\r") ? "\r" : "";
    const out = (held ? text.slice(0, -1) : text).replace(/\r\n/g, "\n");
    if (out) yield out;
  }
  if (held) yield held;
}

/**
 * The cells of a CSV export's header: the first line of `start` (a file's start, or the line alone),
 * split at commas (at `delimiter`: ";" for Sleep Cycle's sleepdata.csv), quotes and spaces around each cell dropped, lower-cased with `lower` ("Date,\"Name\""
 * → ["Date", "Name"]). For telling an app's export by its header (detect.ts), not for reading records.
 */
export function headerCells(start: string, lower = false, delimiter = ","): string[] {
  return start
    .slice(0, start.search(/\r|\n|$/))
    .split(delimiter)
    .map((c) => {
      const cell = c
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .trim();
      return lower ? cell.toLowerCase() : cell;
    });
}

/** A CSV export's columns: each column's name (as its reader reads the header: trimmed, maybe cased) and its index. */
export type CsvColumns = Map<string, number>;

/** A header's cells as columns, as the bank format's readers read them (paypal.ts, ynab.ts, splitwise.ts): each name (its byte-order mark dropped) trimmed and lower-cased, and its index. */
export function headerColumns(cells: string[]): CsvColumns {
  return new Map(
    cells.map((c, i) => [
      c
        .replace(/^\uFEFF/, "")
        .trim()
        .toLowerCase(),
      i,
    ]),
  );
}

/** The cell of `row` in `column` (a name as `columns` holds it), trimmed; "" when the header has no such column or the row no such cell. */
export function cellOf(row: string[], columns: CsvColumns, column: string): string {
  const at = columns.get(column);
  return at === undefined ? "" : (row[at] ?? "").trim();
}

/** A record of a CSV export read under its header ({@link headedRecords}): its cells, its line, the header's columns, and the header's cells as written (its byte-order mark dropped, trimmed: "Protein (g)"). */
export interface HeadedRecord extends CsvRecord {
  columns: CsvColumns;
  header: string[];
}

/** What {@link headedRecords} gives: the records under the header, the last line read so far. */
export interface HeadedCsvFile {
  records: AsyncIterable<HeadedRecord>;
  lastLine: () => number;
}

/**
 * The records of `file` (as {@link csvRecords} streams them) under its header, its first record read as
 * {@link headerColumns}; rows of blank cells passed over. For an export told by its header (the bank format's
 * Copilot, Cash App and Mint readers; Cronometer's five files, cronometer.ts).
 * @param isHeader whether the header's names (trimmed, lower-cased) are the export's
 * @param what the export as a refusal names it ("Cash App's statement export")
 * @param header the header as a refusal quotes it ("Transaction ID,Date,…")
 * @throws ImportError, from the iteration: a first record that is not the header, at its line (`not <what>: its
 *   header is "<header>"`); a file with no record at all, at `line 1` (`no header: not <what> (its header is
 *   "<header>")`); and those of {@link csvRecords}
 */
export function headedRecords(
  file: string,
  size: number,
  maxRecordChars: number,
  onProgress: ((bytesRead: number, totalBytes: number) => void) | undefined,
  isHeader: (names: string[]) => boolean,
  what: string,
  header: string,
): HeadedCsvFile {
  const csv = csvRecords(file, size, maxRecordChars, onProgress);
  const records = async function* (): AsyncGenerator<HeadedRecord> {
    let columns: CsvColumns | null = null;
    let names: string[] = [];
    for await (const { cells, line } of csv.records) {
      if (!columns) {
        columns = headerColumns(cells);
        names = cells.map((c) => c.replace(/^\uFEFF/, "").trim());
        if (!isHeader([...columns.keys()])) throw new ImportError(file, `line ${line}`, `not ${what}: its header is "${header}"`);
        continue;
      }
      if (cells.every((c) => !c.trim())) continue;
      yield { cells, line, columns, header: names };
    }
    if (!columns) throw new ImportError(file, "line 1", `no header: not ${what} (its header is "${header}")`);
  };
  return { records: records(), lastLine: csv.lastLine };
}
