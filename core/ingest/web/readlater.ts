/**
 * Read-later lists as their apps export them → one note of the user's per list: what they saved to
 * read later, each article a line of the day it was saved.
 *
 * - Pocket's export (getpocket.com/export → `pocket.zip`, unzipped: `part_000000.csv`, its `part_*.csv`
 *   each read alone): CSV (RFC 4180, quoted only where a cell needs it), a header
 *   `title,url,time_added,tags,status`, a row per article; `time_added` seconds since 1970 (UTC);
 *   `tags` joined by `|` ("cooking|baking", "" for none); `status` `unread` or `archive` (read and
 *   archived); an article Pocket found no title for has its link as its title.
 * - Pocket's older HTML export (`ril_export.html`, "Read It Later"'s name): `<!DOCTYPE html>`, `<title>Pocket
 *   Export</title>`, then `<h1>Unread</h1>` and `<h1>Read Archive</h1>`, each followed by a `<ul>` of
 *   `<li><a href="…" time_added="1793689960" tags="mornings,habits">Title</a></li>`, one a line; its
 *   tags joined by commas, its title's `&` escaped. It is no Netscape bookmark file (no
 *   `<!DOCTYPE NETSCAPE-Bookmark-file-1>`, no `<DT>`): bookmarks.ts does not read it; it is read here,
 *   streamed through htmlparser2, a heading naming the list of the links after it.
 * - Instapaper's CSV export (its settings page, instapaper.com/user → Download .CSV file:
 *   `instapaper-export.csv`): a header `URL,Title,Selection,Folder,Timestamp,Tags` (exports before late
 *   2025 end at `Timestamp`, the oldest at `Folder`), a row per article, newest first (LF or CRLF line
 *   ends, both read); `Selection` the text the user selected on the page when they saved it (Instapaper's
 *   bookmarklet keeps it) or the article's summary, often empty; `Folder` `Unread`, `Archive` (read), `Starred` or a folder of the user's ("Japan
 *   trip"); `Timestamp` seconds since 1970; `Tags` a JSON array (`[]`, `"[""japan""]"`).
 *
 * Each list is one note (format `note`: `readlater:pocket:unread`, `readlater:pocket:archive`,
 * `readlater:instapaper:<Folder>`, titled "Pocket: unread", "Instapaper: Japan trip"), so a later export
 * adds only what is new to it; each article a paragraph of the day it was saved, said as the user would:
 * "Saved "The Case for Slow Mornings", from www.theguardian.com, to read later in Pocket on 3 November
 * 2026; tags: mornings, habits; read and archived.", then Instapaper's selection on a line of its own
 * naming the article. A link that is no page saved (a `javascript:`,
 * `about:` or `chrome:` link) is passed over.
 */
import { stat } from "node:fs/promises";
import { Parser } from "htmlparser2";
import { humanDate } from "../../time/format.js";
import { inImportRange } from "../../time/import-dates.js";
import { shownLink } from "./bookmarks.js";
import { csvRecords, headerCells, cellOf, type CsvColumns } from "../kit/csv-records.js";
import { htmlLines, MAX_TAG_CHARS } from "../kit/html-feed.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/** The columns of Pocket's CSV export, in its order. */
export const POCKET_COLUMNS = ["title", "url", "time_added", "tags", "status"] as const;

/** The columns of Instapaper's CSV export, in its order (older exports end at "Timestamp", the oldest at "Folder"). */
export const INSTAPAPER_COLUMNS = ["URL", "Title", "Selection", "Folder", "Timestamp", "Tags"] as const;

/** Most characters of one CSV record (an article, its title and selection): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** Most characters of an article's title in Pocket's HTML export: one that runs on past it is refused (its `<a>` not closed). */
export const MAX_TITLE_CHARS = 256 * 1024;

/** Most characters of articles held before the lists read so far are given (a list met again later adds to its note). */
export const MAX_HELD_CHARS = 8 * 1024 * 1024;

/** What a held article counts besides its words: its turn's and metadata's objects. */
const HELD_PER_ARTICLE = 512;

/** Whether a file's start (its text, a byte-order mark dropped) is Pocket's CSV export: its first line a header naming "title", "url" and "time_added" (`title,url,time_added,tags,status`). */
export function isPocketCsv(start: string): boolean {
  const cells = headerCells(start, true);
  return cells.includes("title") && cells.includes("url") && cells.includes("time_added");
}

/** Whether a file's start (its text, a byte-order mark dropped) is Instapaper's CSV export: its first line a header opening "URL,Title,Selection,Folder". */
export function isInstapaperCsv(start: string): boolean {
  const cells = headerCells(start, true);
  return cells[0] === "url" && cells[1] === "title" && cells[2] === "selection" && cells[3] === "folder";
}

/** Pocket's HTML export: an HTML page (its doctype or `<html>` first, after white space) titled "Pocket Export" in its first KiB. */
const POCKET_HTML = /^(?:<!DOCTYPE\s+html[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)?<html[\s>][\s\S]{0,1024}?<title>\s*Pocket Export\s*<\/title>/i;

/** Whether a file's start (white space before it trimmed) is Pocket's HTML export (`ril_export.html`): an HTML page whose `<title>` is "Pocket Export". */
export function isPocketHtml(start: string): boolean {
  return POCKET_HTML.test(start);
}

/** Whether a file's start is a read-later export Engram reads: Pocket's CSV or HTML, or Instapaper's CSV. */
export function isReadLaterExport(start: string): boolean {
  const s = start.trimStart();
  return isPocketCsv(s) || isInstapaperCsv(s) || isPocketHtml(s);
}

/** The app an article was saved in. */
export type ReadLaterApp = "Pocket" | "Instapaper";

/** What the app says of an article: read (Pocket's `archive`, Instapaper's Archive), not read yet, starred (Instapaper's Starred), or nothing (it is in a folder of the user's). */
export type ReadState = "read" | "unread" | "starred" | null;

/** An article as read from an export. */
export interface SavedArticle {
  app: ReadLaterApp;
  /** Its title, white space collapsed ("" when it has none, or Pocket gave its link as its title). */
  title: string;
  /** Its link, as written. */
  href: string;
  /** When it was saved: epoch ms, UTC; null when the export does not say (Instapaper's oldest exports). */
  added: number | null;
  /** The list it is in, as the app names it: Pocket's `unread` or `archive`, Instapaper's folder ("Unread", "Archive", "Starred", "Japan trip"). */
  list: string;
  state: ReadState;
  /** Its tags, as written. */
  tags: string[];
  /** Instapaper's selection (the text selected when it was saved, or the article's summary), on one line; "" for none. */
  selection: string;
  /** Where it is: its row's line in the file (1-based; the line its record starts on). */
  line: number;
}

/** The schemes of a page saved; any other (javascript:, about:, chrome:, data:) is no page and passed over. */
const SAVED_SCHEMES = new Set(["http:", "https:", "ftp:", "file:"]);

/** Whether `href` is a page saved: an http(s), ftp or file link. */
function isSavedPage(href: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(href.trim())?.[1]?.toLowerCase();
  return scheme !== undefined && SAVED_SCHEMES.has(scheme);
}

/** A title, a selection or a tag on one line: its white space collapsed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A sentence's end, or a closing bracket or quote after which no full stop is added. */
const ENDED = /[.!?…)"”’]$/;

/** An Instapaper folder that is the app's own: Unread, Archive, Starred (any other is the user's). */
const INSTAPAPER_LISTS: Record<string, ReadState> = { unread: "unread", archive: "read", starred: "starred" };

/** What the line of an article says of it being read: "read and archived", "not read yet", "starred". */
const STATE_WORDS: Record<Exclude<ReadState, null>, string> = { read: "read and archived", unread: "not read yet", starred: "starred" };

/** The note an article is told in: its app and list ("Pocket: unread", "Instapaper: Japan trip"), and that note's key. */
function listOf(a: Pick<SavedArticle, "app" | "list">): { key: string; title: string } {
  return { key: `readlater:${a.app.toLowerCase()}:${a.list}`, title: `${a.app}: ${a.list}` };
}

/**
 * Where an article is from, as a person says it: its site ("www.theguardian.com"), the link's host. The
 * path of a saved article repeats its title as a slug ("/the-case-for-slow-mornings") and adds a site's
 * own words ("article", "story", "archive") that would read as the article's; the whole link is in the
 * turn's metadata. The link as written when it has no host (a file's).
 */
function siteOf(href: string): string {
  try {
    return new URL(href.trim()).host || shownLink(href);
  } catch {
    return shownLink(href);
  }
}

/**
 * An article in words, as the paragraph of its list's note: "Saved "<title>", from <site>, to read later
 * in <app>[, in my <folder> folder,] on <day>; tags: a, b; <read and archived | not read yet | starred>."
 * (the folder only for an Instapaper folder of the user's; "on …" only when the day is known; the comma
 * straight after the title's closing quote keeps a title ending "?" or "!" inside the sentence, which a
 * bracket or a word after it would end there; one without a title is said by its link, host and path:
 * "Saved www.seriouseats.com/the-best-roast-potatoes-ever-recipe to read later …"), then Instapaper's
 * selection on a line of its own, naming the article, as what it may be, the text highlighted on the
 * page when it was saved or the article's summary ("Highlight or summary saved with "Why We Sleep Badly
 * …": "Get bright light …"").
 */
export function articleInWords(a: SavedArticle): string {
  const shown = shownLink(a.href);
  const what = a.title ? `"${a.title}", from ${siteOf(a.href)},` : shown;
  const folder = a.state === null ? `, in my ${a.list} folder,` : "";
  const when = a.added !== null ? ` on ${humanDate(a.added)}` : "";
  const tags = a.tags.length ? `; tags: ${a.tags.join(", ")}` : "";
  const state = a.state ? `; ${STATE_WORDS[a.state]}` : "";
  const lines = [`Saved ${what} to read later in ${a.app}${folder}${when}${tags}${state}.`];
  if (a.selection) lines.push(`Highlight or summary saved with ${a.title ? `"${a.title}"` : shown}: "${a.selection}"${ENDED.test(a.selection) ? "" : "."}`);
  return lines.join("\n");
}

/**
 * A time as Pocket and Instapaper write it, seconds since 1970 ("1793689960"), as epoch ms; null for
 * "" or 0 (no day) or a time outside 1970–2199; undefined for a value that is no whole number.
 */
function savedAt(value: string): number | null | undefined {
  const v = value.trim();
  if (!v) return null;
  if (!/^\d+$/.test(v)) return undefined;
  const ms = Number(v) * 1000;
  return ms > 0 && inImportRange(ms) ? ms : null;
}

/** Articles being held for their lists' notes, given when there are too many or the file ends. */
class Lists {
  private held = new Map<string, { title: string; turns: ParsedTurn[] }>();
  private chars = 0;
  /** How many articles were kept, and passed over (no page saved). */
  kept = 0;
  passedOver = 0;

  constructor(private readonly fileTime: number) {}

  /** Holds `a`'s paragraph in its list's note (none for an article that saves no page). */
  add(a: SavedArticle): void {
    if (!isSavedPage(a.href)) {
      this.passedOver++;
      return;
    }
    const text = articleInWords(a);
    const { key, title } = listOf(a);
    const list = this.held.get(key) ?? { title, turns: [] };
    this.held.set(key, list);
    list.turns.push({
      externalId: null,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: a.added ?? this.fileTime,
      text,
      metadata: {
        readlater: {
          app: a.app,
          list: a.list,
          href: a.href,
          line: a.line,
          ...(a.added !== null ? { added: new Date(a.added).toISOString() } : { undated: true }),
          ...(a.state ? { state: a.state } : {}),
          ...(a.tags.length ? { tags: a.tags } : {}),
        },
      },
    });
    this.kept++;
    this.chars += text.length + a.href.length + HELD_PER_ARTICLE;
  }

  /** Whether the articles held are past {@link MAX_HELD_CHARS}. */
  full(): boolean {
    return this.chars > MAX_HELD_CHARS;
  }

  /** The notes of the lists held (each its articles in the order they were saved), then none held. */
  *given(): Generator<ParsedConversation> {
    for (const [key, { title, turns }] of this.held) {
      turns.sort((a, b) => a.occurredAt - b.occurredAt);
      yield { format: "note", externalId: key, title, participants: [NOTE_SPEAKER], startedAt: turns[0]!.occurredAt, turns, records: "log" };
    }
    this.held.clear();
    this.chars = 0;
  }
}

/** The error for an export with nothing kept: a note with no text, so a folder passes it over. */
function nothingKept(file: string, where: string, app: ReadLaterApp, passedOver: number): ImportError {
  const what = passedOver
    ? `${app === "Pocket" ? "a Pocket" : "an Instapaper"} export whose ${passedOver === 1 ? "one article is" : `${passedOver} articles are`} no page saved (a javascript: or about: link)`
    : `${app === "Pocket" ? "a Pocket" : "an Instapaper"} export with no article saved`;
  return new ImportError(file, where, `${NO_TEXT}: ${what}`);
}

/**
 * Reads `file`, a read-later export, as one note per list (format `note`, externalId
 * `readlater:pocket:<status>` or `readlater:instapaper:<Folder>`, so a later export adds only what is new
 * to the same list's note; title "Pocket: unread", "Instapaper: Japan trip"), each article that saves a
 * page a turn said by the user ({@link articleInWords}), of the time it was saved (one with no time: the
 * file's modification time, metadata `readlater.undated`), a list's articles in the order they were
 * saved. `start` is the file's start as detection read it: Pocket's CSV ({@link isPocketCsv}), Instapaper's
 * CSV ({@link isInstapaperCsv}) or Pocket's HTML ({@link isPocketHtml}), each streamed. Turn metadata: `{
 * readlater: { app, list, href, line, added? (ISO 8601) | undated, state?, tags? } }`; no `line` of a
 * note's, so an article is known again by its words wherever its row moved in the file. Lists held past
 * {@link MAX_HELD_CHARS} are given in parts (the same externalId).
 * @throws ImportError naming the file and where: a file that is none of the three (`line 1`); a bad row
 *   at its line and column (`line 7, "time_added"`: a time that is no whole number of seconds, no link,
 *   a Pocket status other than unread or archive, an Instapaper row with no folder, tags that are no JSON
 *   array); the CSV's own faults (an unclosed or stray quote, a record over {@link MAX_RECORD_CHARS}
 *   characters: the line csv-parse stopped at); Pocket's HTML: a `time_added` that is no whole number, a
 *   title over {@link MAX_TITLE_CHARS} characters or a tag not closed within {@link MAX_TAG_CHARS}
 *   (`line N`), no link at all; invalid UTF-8 (its line and byte); an export with no article, or none
 *   that saves a page (`… the note has no text: …`, so a folder passes it over).
 */
export async function* parseReadLater(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  if (isInstapaperCsv(s)) yield* csvArticles(file, "Instapaper", opts);
  else if (isPocketCsv(s)) yield* csvArticles(file, "Pocket", opts);
  else if (isPocketHtml(s)) yield* pocketHtml(file, opts);
  else
    throw new ImportError(
      file,
      "line 1",
      `not a read-later export: expected Pocket's CSV (its header ${POCKET_COLUMNS.join(",")}), Pocket's HTML (ril_export.html, titled "Pocket Export") or Instapaper's CSV (its header ${INSTAPAPER_COLUMNS.join(",")})`,
    );
}

/** Tags as Instapaper writes them, a JSON array of strings (`[]`, `["japan","kyoto"]`); undefined when the cell is no such array. */
function instapaperTags(cell: string): string[] | undefined {
  if (!cell) return [];
  let value: unknown;
  try {
    value = JSON.parse(cell);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value)) return undefined;
  const tags: string[] = [];
  for (const t of value) {
    // (a tag object as Instapaper's API gives it, { name }, read too)
    const name =
      typeof t === "string" ? t : t && typeof t === "object" && typeof (t as { name?: unknown }).name === "string" ? (t as { name: string }).name : null;
    if (name === null) return undefined;
    if (oneLine(name)) tags.push(oneLine(name));
  }
  return tags;
}

/** The article a row of Pocket's or Instapaper's CSV gives (its record starting at `line`). @throws ImportError naming the line and the column of a bad field. */
function csvArticle(file: string, app: ReadLaterApp, row: string[], columns: CsvColumns, line: number): SavedArticle {
  const pocket = app === "Pocket";
  const name = (c: string) => (pocket ? c : (INSTAPAPER_COLUMNS.find((n) => n.toLowerCase() === c) ?? c));
  const bad = (column: string, detail: string): ImportError => new ImportError(file, `line ${line}, "${name(column)}"`, detail);
  const href = cellOf(row, columns, "url");
  if (!href) throw bad("url", "an article with no link");
  const title = oneLine(cellOf(row, columns, "title"));
  const timeColumn = pocket ? "time_added" : "timestamp";
  const stamp = cellOf(row, columns, timeColumn);
  const added = savedAt(stamp);
  if (added === undefined)
    throw bad(timeColumn, `${JSON.stringify(stamp)} is no time: expected seconds since 1970, as ${app} writes it (${pocket ? "1793689960" : "1795036064"})`);
  let list: string;
  let state: ReadState;
  let tags: string[];
  if (pocket) {
    list = cellOf(row, columns, "status").toLowerCase();
    if (list !== "unread" && list !== "archive")
      throw bad("status", `${JSON.stringify(cellOf(row, columns, "status"))} is no Pocket status: expected unread or archive`);
    state = list === "archive" ? "read" : "unread";
    tags = cellOf(row, columns, "tags").split("|").map(oneLine).filter(Boolean);
  } else {
    list = oneLine(cellOf(row, columns, "folder"));
    if (!list) throw bad("folder", "an article in no folder: expected Unread, Archive, Starred or a folder of yours");
    const own = INSTAPAPER_LISTS[list.toLowerCase()];
    state = own === undefined ? null : own;
    const cell = cellOf(row, columns, "tags");
    const read = instapaperTags(cell);
    if (read === undefined) throw bad("tags", `${JSON.stringify(cell)} is no list of tags: expected a JSON array, as Instapaper writes it (["japan","kyoto"])`);
    tags = read;
  }
  return {
    app,
    // (Pocket gives an article it found no title for its link as its title)
    title: title === href ? "" : title,
    href,
    added,
    list,
    state,
    tags,
    selection: pocket ? "" : oneLine(cellOf(row, columns, "selection")),
    line,
  };
}

/** Pocket's or Instapaper's CSV export, streamed ({@link parseReadLater}). */
async function* csvArticles(file: string, app: ReadLaterApp, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const lists = new Lists(Math.floor(info.mtimeMs));
  const required = app === "Pocket" ? ["url", "time_added", "status"] : ["url", "title", "folder"];
  const header = app === "Pocket" ? POCKET_COLUMNS.join(",") : INSTAPAPER_COLUMNS.join(",");
  let columns: CsvColumns | null = null;
  for await (const { cells: row, line } of csv.records) {
    if (!columns) {
      columns = new Map(row.map((name, i) => [name.trim().toLowerCase(), i]));
      const missing = required.find((c) => !columns!.has(c));
      if (missing) throw new ImportError(file, `line ${line}`, `no "${missing}" column: not ${app}'s export (its header is ${header})`);
      continue;
    }
    if (row.every((c) => !c.trim())) continue;
    lists.add(csvArticle(file, app, row, columns, line));
    if (lists.full()) yield* lists.given();
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not ${app}'s export (its header is ${header})`);
  if (lists.kept === 0) throw nothingKept(file, `line ${csv.lastLine()}`, app, lists.passedOver);
  yield* lists.given();
}

/** Pocket's HTML export (`ril_export.html`), streamed a line at a time through htmlparser2 ({@link parseReadLater}). */
async function* pocketHtml(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const lists = new Lists(Math.floor(info.mtimeMs));
  let n = 0;
  let anchors = 0;
  /** the list the links read are in: "unread" until a heading names the archive */
  let list = "unread";
  /** the element whose words are being read: a heading, or an article's link */
  let reading: { kind: "h1" | "a"; text: string; line: number; attrs: Record<string, string> } | null = null;
  /** the line of the element being read, if any (a closure: `reading` is set by the parser's callbacks) */
  const readingLine = (): number | null => reading?.line ?? null;
  const finishAnchor = (): void => {
    if (reading?.kind !== "a") return;
    const a = reading;
    reading = null;
    const href = (a.attrs.href ?? "").trim();
    if (!href) return;
    const added = savedAt(a.attrs.time_added ?? "");
    if (added === undefined)
      throw new ImportError(
        file,
        `line ${a.line}`,
        `time_added is ${JSON.stringify(a.attrs.time_added)}, not a time (seconds since 1970, as Pocket writes it: time_added="1793689960")`,
      );
    const title = oneLine(a.text);
    lists.add({
      app: "Pocket",
      title: title === href ? "" : title,
      href,
      added,
      list,
      state: list === "archive" ? "read" : "unread",
      tags: (a.attrs.tags ?? "").split(",").map(oneLine).filter(Boolean),
      selection: "",
      line: a.line,
    });
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "a" || name === "li" || name === "h1" || name === "ul") finishAnchor();
        if (name === "h1") reading = { kind: "h1", text: "", line: n, attrs };
        else if (name === "a") {
          anchors++;
          reading = { kind: "a", text: "", line: n, attrs };
        }
      },
      ontext(text) {
        if (!reading) return;
        reading.text += text;
        if (reading.text.length > MAX_TITLE_CHARS)
          throw new ImportError(
            file,
            `line ${reading.line}`,
            `${reading.kind === "a" ? "an article's title" : "a heading"} runs on over ${MAX_TITLE_CHARS.toLocaleString("en-US")} characters: its element is not closed`,
          );
      },
      onclosetag(name) {
        if (name === "a") finishAnchor();
        else if (name === "h1" && reading?.kind === "h1") {
          // ("Unread", "Read Archive": Pocket's two lists)
          list = /\barchive\b/i.test(reading.text) ? "archive" : "unread";
          reading = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // (an attribute not closed holds the rest of the file in the tokeniser: refused past a bound)
  const lines = htmlLines(parser, file, info.size, opts.onProgress, {
    onLine: (line) => {
      n = line;
    },
    openedAt: readingLine,
    ended: finishAnchor,
  });
  for await (const _ of lines) if (lists.full()) yield* lists.given();
  if (anchors === 0) throw new ImportError(file, `line ${n}`, 'no article (<a href="…">) in this file: not Pocket\'s export');
  if (lists.kept === 0) throw nothingKept(file, `line ${n}`, "Pocket", lists.passedOver);
  yield* lists.given();
}
