/**
 * Raindrop.io's CSV export (Settings → Export → CSV, or a backup of Settings → Backups as CSV): another
 * reader of the `bookmarks` format, into the same notes and words as a browser's exported bookmarks
 * (bookmarks.ts: a collection a note, each bookmark a paragraph of the day it was saved). Raindrop's HTML
 * export is a Netscape bookmark file, read by bookmarks.ts itself.
 *
 * The file: a header `id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite` (older
 * exports have no `id` and no `favorite`: `title,note,excerpt,url,folder,tags,created,cover,highlights`),
 * then a row per bookmark ("raindrop"), newest first; RFC 4180, a cell quoted only when it holds a comma,
 * a quote or a line break; `note` the user's own note (line breaks kept), `excerpt` the page's own
 * description as Raindrop fetched it (HTML character references left in it: "&nbsp;"), `folder` the
 * collection's path, " / " between a parent collection and its child ("Travel / Japan"; a collection's
 * own name may hold a "/": "Apps/Services / AI Apps"), "Unsorted" for Raindrop's own, `tags` joined by
 * ", " ("ai, text, bart, ml"), `created` ISO 8601 in UTC ("2024-09-03T20:06:53.347Z"), `cover` the
 * preview image's link (never kept), `highlights` the page's highlights in one cell, each opening
 * "Highlight:", its note on a line "Note:", and `favorite` "true" or "false". Checked against a real
 * export kept as a public test fixture (lmorchard's: minimal quoting, "Unsorted", "Highlight:A simple,
 * fast, robust job/task queue…", "&nbsp;" in an excerpt), an older one's header (ReessKennedy/CSVtoMDConvert's
 * RDBackup.csv), importers' tests of nested collections ("Dev / Rust", "Apps/Services / AI Tools &
 * Services / AI Apps") and Raindrop's developer documentation (a raindrop's `note`, `excerpt`,
 * `highlights[].text` and `.note`, `important`). No public sample shows a highlight's note: a line
 * "Note:" after a highlight's is read as its note, any other line as more of what it follows, and a cell
 * whose lines open with neither (another tool's) as one highlight a paragraph.
 *
 * Streamed (csv-records.ts), the collections' notes held to the file's end or to bookmarks.ts's bound.
 */
import { stat } from "node:fs/promises";
import { Parser } from "htmlparser2";
import { inImportRange, isoToMs } from "../../time/import-dates.js";
import { type Bookmark, Folders, nothingKept, oneLine, tagsOf } from "./bookmarks.js";
import { cellOf, type CsvColumns, csvRecords, headerCells } from "../kit/csv-records.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** The columns of Raindrop's CSV export, in its order. */
export const RAINDROP_COLUMNS = ["id", "title", "note", "excerpt", "url", "folder", "tags", "created", "cover", "highlights", "favorite"] as const;

/** The columns every Raindrop CSV export has (the oldest have neither `id` nor `favorite`). */
const REQUIRED = ["title", "note", "excerpt", "url", "folder", "tags", "created"] as const;

/** Most characters of one CSV record (a bookmark with its note and highlights): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** Raindrop's own collection of what is filed in none. */
const UNSORTED = "Unsorted";

/** Whether a file's start (a byte-order mark dropped) is Raindrop's CSV export: its first line a header naming title, note, excerpt, url, folder, tags and created. */
export function isRaindropCsv(start: string): boolean {
  const cells = headerCells(start.replace(/^\uFEFF/, "").trimStart(), true);
  return REQUIRED.every((c) => cells.includes(c));
}

/**
 * Text with HTML's character references decoded ("crust&nbsp;and" → "crust and", "Bloom &amp; Wild"),
 * as Raindrop leaves them in an excerpt it fetched from a page's description, on one line.
 */
function decoded(text: string): string {
  if (!text.includes("&")) return oneLine(text);
  let out = "";
  const parser = new Parser({ ontext: (t) => (out += t) }, { decodeEntities: true });
  // (read as text, not markup: only the references are decoded)
  parser.end(text.replace(/</g, "&lt;"));
  return oneLine(out);
}

/**
 * The highlights of Raindrop's `highlights` cell: each "Highlight:<text>" with the note of a "Note:<note>"
 * line after it (any other line more of the highlight or the note it follows; a blank line ends one), in
 * the cell's order; a cell of lines with neither word (another tool's) one highlight a paragraph.
 */
export function raindropHighlights(cell: string): Array<{ text: string; note: string }> {
  const out: Array<{ text: string[]; note: string[] }> = [];
  let current: { text: string[]; note: string[] } | null = null;
  let inNote = false;
  for (const raw of cell.split(/\r?\n/)) {
    const line = raw.trim();
    const highlight = /^Highlight:\s*(.*)$/i.exec(line);
    const note = /^Note:\s*(.*)$/i.exec(line);
    if (highlight) {
      current = { text: [highlight[1]!], note: [] };
      out.push(current);
      inNote = false;
    } else if (note && current) {
      current.note.push(note[1]!);
      inNote = true;
    } else if (!line) current = null;
    else if (!current) {
      current = { text: [line], note: [] };
      out.push(current);
      inNote = false;
    } else (inNote ? current.note : current.text).push(line);
  }
  return out.map((h) => ({ text: oneLine(h.text.join(" ")), note: oneLine(h.note.join(" ")) })).filter((h) => h.text);
}

/** A `created` cell as epoch ms: ISO 8601 (a time with no zone read as UTC), or seconds since 1970 (Raindrop's import format's other form); undefined for neither. */
function createdAt(value: string): number | undefined {
  if (/^\d{9,11}$/.test(value)) {
    const ms = Number(value) * 1000;
    return inImportRange(ms) ? ms : undefined;
  }
  const ms = isoToMs(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** The bookmark a row of Raindrop's CSV gives (its record starting at `line`). @throws ImportError naming the line and the column of a bad cell. */
function raindropOf(file: string, row: string[], columns: CsvColumns, line: number): Bookmark {
  const bad = (column: string, detail: string): ImportError => new ImportError(file, `line ${line}, "${column}"`, detail);
  const href = cellOf(row, columns, "url");
  if (!href) throw bad("url", "a bookmark with no link");
  const created = cellOf(row, columns, "created");
  const added = createdAt(created);
  if (added === undefined) throw bad("created", `${JSON.stringify(created)} is no time: expected ISO 8601, as Raindrop writes it ("2026-03-14T10:12:05.318Z")`);
  const favorite = cellOf(row, columns, "favorite").toLowerCase();
  if (favorite !== "" && favorite !== "true" && favorite !== "false") throw bad("favorite", `${JSON.stringify(favorite)} is neither true nor false`);
  const folder = cellOf(row, columns, "folder");
  const path = folder.split(" / ").map(oneLine).filter(Boolean);
  const unsorted = path.length === 0 || (path.length === 1 && path[0]!.toLowerCase() === UNSORTED.toLowerCase());
  const title = oneLine(cellOf(row, columns, "title"));
  const excerpt = decoded(cellOf(row, columns, "excerpt"));
  const id = cellOf(row, columns, "id");
  return {
    // (Raindrop gives a page it found no title for its link as its title)
    title: title === href ? "" : title,
    href,
    added,
    path: unsorted ? [] : path,
    home: UNSORTED,
    description: "",
    tags: tagsOf(cellOf(row, columns, "tags")),
    keyword: null,
    line,
    note: cellOf(row, columns, "note"),
    // (an excerpt that only repeats the title says nothing more)
    ...(excerpt && excerpt !== title ? { excerpt } : {}),
    highlights: raindropHighlights(cellOf(row, columns, "highlights")),
    ...(favorite === "true" ? { favourite: true } : {}),
    ...(id ? { id } : {}),
  };
}

/**
 * Reads `file`, Raindrop.io's CSV export, as bookmarks.ts reads a bookmarks file: one note per collection
 * (format `note`, externalId `bookmarks:<its path>`, "bookmarks:Travel / Japan", Raindrop's "Unsorted"
 * "bookmarks:Unsorted", so a later export, or Raindrop's HTML export of the same collection, adds only
 * what is new to it), each bookmark that saves a page a turn said by the user (bookmarks.ts
 * `bookmarkInWords`: its title, link, collection, day and a star, the user's note, the page's excerpt,
 * each highlight with its note, its tags), of the time it was created, a collection's bookmarks in the
 * order they were created; turn metadata `{ bookmark: { folder, href, line, added, tags?, favourite?,
 * highlights?, id? } }`. The cover image's link is never kept.
 * @throws ImportError naming the file and where: no header naming Raindrop's columns (`line 1`), a bad row
 *   at its line and column (`line 7, "created"`: a time that is no time; no link; a favourite neither
 *   true nor false), the CSV's own faults (an unclosed or stray quote, a record over {@link
 *   MAX_RECORD_CHARS} characters: the line csv-parse stopped at), invalid UTF-8 (its line and byte), an
 *   export with no bookmark, or none that saves a page (`… the note has no text: …`, so a folder passes it over).
 */
export async function* parseRaindropCsv(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const folders = new Folders(Math.floor(info.mtimeMs));
  let columns: CsvColumns | null = null;
  for await (const { cells: row, line } of csv.records) {
    if (!columns) {
      columns = new Map(row.map((name, i) => [name.trim().toLowerCase(), i]));
      const missing = REQUIRED.find((c) => !columns!.has(c));
      if (missing)
        throw new ImportError(file, `line ${line}`, `no "${missing}" column: not Raindrop.io's CSV export (its header is ${RAINDROP_COLUMNS.join(",")})`);
      continue;
    }
    if (row.every((c) => !c.trim())) continue;
    folders.add(raindropOf(file, row, columns, line));
    if (folders.full()) yield* folders.given();
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not Raindrop.io's CSV export (its header is ${RAINDROP_COLUMNS.join(",")})`);
  if (folders.kept === 0) throw nothingKept(file, `line ${csv.lastLine()}`, folders.passedOver);
  yield* folders.given();
}
