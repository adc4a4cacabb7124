/**
 * The Hypothesis sidebar's CSV export (Share → Export, format "Table (CSV)") → one conversation, the
 * page's, read as its JSON export is (hypothesis.ts). Checked against hypothesis/client
 * src/sidebar/services/annotations-exporter.tsx `buildCSVExportContent` and its history since it was
 * added (January 2024), shared/csv.ts `escapeCSVValue`, util/time.ts `formatSortableDateTime`,
 * helpers/export-annotations.ts `suggestedFilename`: a header `Created at,Author,Page,URL,Group,Type,
 * Quote/description,Comment,Tags` (January to June 2024's: `…,Annotation/Reply Type,Quote,…` or `…,Type,
 * Quote,…`), then a row per annotation, lines parted by "\n", a cell holding a comma, a quote or a line
 * break quoted (RFC 4180). `Created at` is the exporter's clock, "2026-11-09 20:14", no zone (read as
 * UTC, as Engram reads every time an export gives with no zone); `Author` the username (or the display
 * name, where the group shows them); `Page` a PDF's page label; `URL` the page's (the first annotation's,
 * the same on every row); `Group` the group's name; `Type` "Annotation", "Highlight", "Page note" (or
 * "Comment") or "Reply"; `Quote/description` the words highlighted; `Comment` the Markdown typed;
 * `Tags` comma-joined. The file is named `<YYYY-MM-DD>-<the page's title cut to 50 characters>-<the
 * group's name, spaces as dashes>.csv`, the one place its title is: the page is titled by that name's
 * middle (else its host). No row has an id nor a reply what it answers: each annotation is keyed by its
 * time (time-keys.ts `keyedByTime`), in time order, so the CSV and the JSON export of one page tell each
 * annotation twice (docs/import.md says to import the JSON).
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { isoToMs } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { type Note, type Page, pageConversation } from "./hypothesis.js";
import { NO_TEXT } from "../notes/note.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";
import { keyedByTime } from "../kit/time-keys.js";

/** Most characters of one CSV record (an annotation): an unclosed quote is refused here, not read to the file's end. */
const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** The columns the sidebar's CSV cannot be read without (lower-cased). */
const REQUIRED = ["created at", "author", "url", "comment"] as const;

/** The header's columns: today's, and January to June 2024's ("annotation/reply type", "quote") read as them. */
function columnsOf(header: string[]): CsvColumns {
  const alias: Record<string, string> = { "annotation/reply type": "type", quote: "quote/description" };
  return new Map(header.map((name, i) => [alias[name.trim().toLowerCase()] ?? name.trim().toLowerCase(), i]));
}

/** Whether a file's start is the Hypothesis sidebar's CSV export: its header "Created at,Author,Page,URL,Group," then its type and quote columns. */
export function isHypothesisCsv(start: string): boolean {
  const cells = headerCells(start, true);
  return (
    cells.slice(0, 5).join(",") === "created at,author,page,url,group" &&
    (cells[5] === "type" || cells[5] === "annotation/reply type") &&
    (cells[6] === "quote/description" || cells[6] === "quote")
  );
}

/** The page's title from the file's name as the client suggests it ("2026-11-16-<title>-<group>.csv"), null for another name or no title ("Hypothesis"). */
function titleFromName(file: string, group: string): string | null {
  const m = /^\d{4}-\d{2}-\d{2}-(.+)\.csv$/i.exec(basename(file));
  if (!m) return null;
  const dashed = group.replace(/ /g, "-");
  const title = dashed && m[1]!.endsWith(`-${dashed}`) ? m[1]!.slice(0, -dashed.length - 1) : m[1]!;
  return title && title !== "Hypothesis" ? title : null;
}

/**
 * Reads `file`, the sidebar's CSV export of a page's annotations (see the module comment), into its
 * page's conversation (hypothesis.ts `pageConversation`: format `kindle`, externalId
 * `hypothesis:<URL>`, records), each row a turn keyed by its time ("2026-11-09T20:14:00.000Z", "#2"
 * after it for a second in the same minute). The owner: the author `me` (`--me`) names, else the author
 * of the most rows (the sidebar exports its user's own by default). `onProgress` gets the bytes read.
 * @throws ImportError naming the file and line: a header without "Created at", "Author", "URL" or
 *   "Comment" (`line 1`), a "Created at" that is no time, a row with no URL, the CSV's own faults (at
 *   the line csv-parse stopped at); nothing told (no row, or only others' highlights) is NO_TEXT.
 */
export async function parseHypothesisCsv(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void; me?: string } = {},
): Promise<ParsedConversation> {
  const csv = csvRecords(file, (await stat(file)).size, MAX_RECORD_CHARS, opts.onProgress);
  let columns: CsvColumns | null = null;
  const notes: Note[] = [];
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      columns = columnsOf(cells);
      const missing = REQUIRED.find((c) => !columns!.has(c));
      if (missing) throw new ImportError(file, `line ${line}`, `no "${missing}" column: not the Hypothesis sidebar's CSV export`);
      continue;
    }
    const cell = (c: string) => cellOf(cells, columns!, c);
    const created = cell("created at");
    const at = isoToMs(created);
    if (Number.isNaN(at))
      throw new ImportError(file, `line ${line}`, `"Created at" is ${JSON.stringify(created)}, not a time (the sidebar writes "2026-11-09 20:14")`);
    const uri = cell("url");
    if (!uri) throw new ImportError(file, `line ${line}`, 'an annotation with no "URL"');
    const type = cell("type").toLowerCase();
    notes.push({
      id: `line ${line}`,
      user: cell("author"),
      shown: null,
      uri,
      title: titleFromName(file, cell("group")),
      at,
      edited: false,
      text: cell("comment"),
      tags: cell("tags")
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
      quote: type === "page note" || type === "comment" || type === "reply" ? null : cell("quote/description").replace(/\s+/g, " ") || null,
      page: cell("page") || null,
      description: null,
      // (a reply, whose row names no annotation it answers)
      references: type === "reply" ? [""] : [],
      group: cell("group") || null,
      link: null,
      where: `line ${line}`,
    });
  }
  if (!columns) throw new ImportError(file, "line 1", "no header: not the Hypothesis sidebar's CSV export");
  const owner = ownerOf(notes, opts.me);
  // (one page: the sidebar exports the page open in it)
  const page: Page = { uri: notes[0]?.uri ?? "", notes: new Map(notes.map((n) => [n.id, n])), held: 0 };
  const conv = notes.length ? pageConversation(page, owner) : null;
  if (!conv) throw new ImportError(file, `line ${csv.lastLine()}`, `${NO_TEXT}: a Hypothesis CSV export with no annotation that has words or a highlight`);
  keyedByTime(conv.turns);
  return conv;
}

/** The author `me` names (any case), else the author of the most rows (the first met of a tie); null for no row. */
function ownerOf(notes: Note[], me: string | undefined): string | null {
  const counts = new Map<string, number>();
  for (const n of notes) counts.set(n.user, (counts.get(n.user) ?? 0) + 1);
  const named = me?.trim() ? [...counts.keys()].find((u) => u.toLowerCase() === me.trim().toLowerCase().replace(/^@/, "")) : undefined;
  if (named) return named;
  let best: string | null = null;
  for (const [user, n] of counts) if (best === null || n > counts.get(best)!) best = user;
  return best;
}
