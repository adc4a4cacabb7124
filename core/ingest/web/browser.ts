/**
 * A browser's own history database, read where the browser keeps it (or a copy of it), as the user's
 * day-by-day log of what they searched, visited and downloaded, and Firefox's bookmarks:
 * - Firefox's `places.sqlite` (in the profile folder): `moz_places` (`url`, `title`, `hidden` 1 for a page
 *   Firefox hides: a redirect's source, a frame), `moz_historyvisits` (`place_id`, `visit_date` in µs since
 *   1970, `visit_type` 1 link, 2 typed, 3 bookmark, 4 embed, 5 and 6 a permanent or temporary redirect's
 *   target, 7 download, 8 framed link, 9 reload), `moz_annos` (a download's "downloads/destinationFileURI"),
 *   `moz_places_metadata` (`total_view_time` ms of an interaction begun at `created_at` ms), `moz_bookmarks`
 *   (type 1 a bookmark of `fk`'s page, 2 a folder; `parent`, `title`, `dateAdded` µs; the roots by their guids
 *   "menu________", "toolbar_____", "unfiled_____", "mobile______", "tags________", a tag a folder under the
 *   tags root holding a bookmark of the page) and `moz_keywords` (`keyword`, `place_id`).
 * - Chrome's, Edge's and Brave's `History` (Chromium's, no extension): `urls` (`url`, `title`, `hidden`),
 *   `visits` (`url`, `visit_time` in µs since 1601-01-01 UTC, `transition`: a core type in its low byte, 0
 *   link, 1 typed, 3 and 4 a frame, 5 generated (a search from the address bar), 7 form submit, 8 reload, 10
 *   keyword-generated; qualifier 0x20000000 the end of a redirect chain, a visit without it a redirect's
 *   source), `keyword_search_terms` (`url_id`, `term`: the words typed into a search engine, Google's or a
 *   site's own), `downloads` (`target_path`, `start_time` µs since 1601, `state` 1 complete) and
 *   `downloads_url_chains`.
 * - Safari's `History.db` (~/Library/Safari): `history_items` (`url`), `history_visits` (`history_item`,
 *   `visit_time` in seconds since 2001-01-01 UTC, `title`, `load_successful`, `redirect_destination` (the visit
 *   it redirected to), `synthesized`).
 * Checked against Firefox's nsPlacesTables.h and nsINavHistoryService's visit types (EXCLUDED_VISIT_TYPES
 * "0, 4, 7, 8, 9" are not counted as visits), a places.sqlite schema dump, a Chrome History schema dump,
 * Chromium's page_transition_types.h and its history tests (a redirect's source `LINK | CHAIN_START`, its
 * target `SERVER_REDIRECT | CHAIN_END`), readers of the file's `keyword_search_terms` and `downloads`, Safari's
 * schema as WBSHistorySQLiteSchema creates it and readers converting `visit_time + 978307200`.
 *
 * Told by its content, whatever its name: a SQLite database (its first bytes "SQLite format 3\0") with
 * one browser's tables. Opened read-only and never written (core/db/repos/browser-history.ts: its WAL
 * files removed after); a database the browser holds locked (it is running) is copied first and the copy
 * read, else refused saying to close the browser.
 *
 * Read (format `browser`; every conversation a note of the user's, format `note`, said by the user): a
 * calendar day (UTC) a note titled "Browsing, Saturday 3 October 2026", each thing done a paragraph at its
 * first minute that day, in My Activity's words (browsing.ts, shared with myactivity.ts): `Searched Google
 * for "beef pho recipe" (10:58).`, `Searched johnlewis.com for "thinkpad x1 carbon" (19:33).` (a site's own
 * search, Chromium's `keyword_search_terms`), `Visited "Vietnamese Pho recipe | RecipeTin Eats" on
 * recipetineats.com 4 times (first at 09:30, 14 minutes on the page).` (a page visited again that day said
 * once with how many times; Firefox's time in view when a minute or more), `Downloaded
 * "japan-visa-application-form.pdf" from mofa.go.jp (20:07).`. A search engine's results page is the
 * search. Days and paragraphs are keyed as My Activity's (`myactivity:day:2026-10-03`; a paragraph by the
 * words searched or the page without its fragment): a page or a search told by Chrome's database and by
 * Takeout's Chrome History.json or My Activity alike, once that day at the same minute, is one paragraph
 * (its words are the same; a page seen several times that day says how often, Takeout's does not, so
 * those stay two), and importing again, or a later copy of the database, adds only what is new; a day
 * already imported from Takeout keeps its title. Firefox's bookmarks are read as a bookmarks export is
 * (bookmarks.ts: a folder a note, `bookmarks:<folder>`, each bookmark a paragraph of the day it was added,
 * its tags and keyword), so its exported bookmarks.html and places.sqlite fill the same folders' notes in
 * the same words (a bookmark of the same page added at the same second is one paragraph; its tags' order may differ).
 *
 * Passed over: reloads, redirects' sources, frames and embedded pages, pages that did not load, Safari's
 * made-up visits, the browser's own and local pages (about:, chrome://, edge://, file://, moz-extension:
 * …), unfinished downloads; Firefox's tag folders (told as the bookmarks' tags). A database with none of
 * these things is refused as a note with no text (a folder passes it over, said why). Firefox's other
 * databases beside places.sqlite (favicons.sqlite, cookies.sqlite, formhistory.sqlite …) and any other
 * SQLite file named as a history is passed over in a folder, said why ({@link browserPassedOver}).
 *
 * Memory is bounded: rows are iterated in time order, one day's pages held at a time (a day with more
 * than {@link MAX_DAY_PAGES} is given in parts under the same key), bookmarks held past bookmarks.ts'
 * MAX_HELD_CHARS given.
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import {
  type BookmarkFolder,
  type BrowserHistoryDb,
  type BrowserKind,
  type HistoryRow,
  openBrowserHistory,
  REQUIRED_COLUMNS,
} from "../../db/repos/browser-history.js";
import { LockedDatabaseError } from "../../db/repos/foreign-sqlite.js";
import { DAY, inImportRange } from "../../time/import-dates.js";
import { type Bookmark, Folders } from "./bookmarks.js";
import { DayLog, type Done, pageOf, search, searchOfPage, siteOf, visit } from "./browsing.js";
import { clock, quoted } from "./google-activity.js";
import { isSqliteFile } from "../kit/bytes.js";
import { NO_TEXT } from "../notes/note.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** Most distinct pages, searches and downloads of one day held before they are given (the rest of the day is given after, under the same day's key). */
export const MAX_DAY_PAGES = 50_000;

/** Each browser by name, as an error says whose database it is not. */
const BROWSER_NAMES: Readonly<Record<BrowserKind, string>> = {
  firefox: "Firefox's places.sqlite",
  chromium: "Chrome's or Edge's History",
  safari: "Safari's History.db",
};

/** Where each browser keeps its history, as a refusal says it. */
const WHERE =
  "a browser's history is Firefox's places.sqlite (in its profile folder), Chrome's or Edge's History (in its profile folder, no extension) or Safari's History.db (~/Library/Safari)";

/** Chromium's transition qualifier: the last visit of a redirect chain (a visit without it is a redirect's source). */
const CHAIN_END = 0x20000000;

/** Chromium's core transitions that are no page the user went to: a frame (3, 4), a reload (8), a keyword search generated (10). */
const CHROMIUM_NOT_VISITS = new Set([3, 4, 8, 10]);

/** Firefox's visit types that are no page the user went to: none (0), an embed (4), a framed link (8), a reload (9). */
const FIREFOX_NOT_VISITS = new Set([0, 4, 8, 9]);

/** Firefox's visit type of a download. */
const FIREFOX_DOWNLOAD = 7;

/** Firefox's own bookmark folders by their guids, as its bookmarks.html names them. */
const FIREFOX_ROOTS: Readonly<Record<string, string>> = {
  menu________: "Bookmarks Menu",
  toolbar_____: "Bookmarks Toolbar",
  unfiled_____: "Other Bookmarks",
  mobile______: "Mobile Bookmarks",
};
/** The guid of Firefox's tags root: a folder under it is a tag, holding a bookmark of each page tagged. */
const TAGS_ROOT = "tags________";

/** Firefox's other databases in its profile folder, by name: none holds the history (places.sqlite does). */
const FIREFOX_FILES =
  /^(?:favicons|cookies|formhistory|permissions|content-prefs|webappsstore|storage|protections|credentialstate|domain_to_categories|storage-sync-v2|suggest|bounce-tracking-protection)\.sqlite$/i;

/** The names a browser gives its history: Chrome's and Edge's `History` (no extension), Safari's `History.db`, Firefox's `places.sqlite`; a folder lists the first two besides its `.sqlite` files. */
export const HISTORY_NAME = /(?:^|[\\/])(?:History(?:\.db)?|places\.sqlite)$/;

/**
 * Whether `path`, a file of a folder the user imports that is not passed over ({@link browserPassedOver}),
 * is read as a browser's history: named `History` or `History.db` (by then a SQLite database with a
 * browser's tables, or one that cannot be read, so that its import says why), or a `.sqlite` with a
 * browser's tables (`places.sqlite` too when it cannot be read: the running browser's, locked).
 */
export async function isHistoryInFolder(path: string): Promise<boolean> {
  const name = basename(path);
  if (name === "History" || name === "History.db") return true;
  if (!/\.sqlite$/i.test(name)) return false;
  return isBrowserHistory(path).catch(() => name === "places.sqlite");
}

/**
 * `file` opened (core/db/repos/browser-history.ts), or an ImportError naming it: SQLite cannot open or read
 * it (`byte 0`), or the browser holds it locked and a copy of it cannot be read either (`byte 0`, saying to
 * close the browser).
 */
function openHistory(file: string): BrowserHistoryDb {
  try {
    return openBrowserHistory(file);
  } catch (err) {
    if (err instanceof LockedDatabaseError)
      throw new ImportError(
        file,
        "byte 0",
        `the database is in use by its browser (locked), and a copy of it could not be read (${err.message}): close the browser (Firefox, Chrome, Edge or Safari) and import it again`,
      );
    throw new ImportError(file, "byte 0", `a SQLite database that cannot be read (${(err as Error).message})`);
  }
}

/**
 * Whether `file` is a browser's history database: a SQLite database (its header) with Firefox's, Chromium's
 * or Safari's history tables. False for a file that is no SQLite database and for another app's database.
 * @throws ImportError `byte 0`: a SQLite database that SQLite cannot open or read, or one its browser holds
 *   locked whose copy cannot be read either.
 */
export async function isBrowserHistory(file: string): Promise<boolean> {
  if (!(await isSqliteFile(file))) return false;
  const db = openHistory(file);
  try {
    return db.kind !== null;
  } finally {
    db.close();
  }
}

/**
 * Why a file of a folder the user imports is passed over when it is named as a browser's database and
 * holds no history, in words; null for any other file, and for a browser's history (read). Firefox's
 * other databases of its profile folder (favicons.sqlite, cookies.sqlite, formhistory.sqlite …) by their
 * names; a file named `History` or `History.db` that is no SQLite database, or another app's database (one SQLite
 * cannot read, or that its running browser holds locked, is read, so that its import says what is wrong). (Any
 * other `.sqlite` is kobo.ts' to say: a Kobo's KoboReader.sqlite, or none.)
 */
export async function browserPassedOver(path: string): Promise<string | null> {
  const name = basename(path);
  if (FIREFOX_FILES.test(name)) return `Firefox's own ${name.replace(/\.sqlite$/i, "")} database, no pages visited: the history is read from places.sqlite`;
  if (name !== "History.db" && name !== "History") return null;
  if (!(await isSqliteFile(path))) return "not a SQLite database, no browser's history";
  let history: boolean;
  try {
    history = await isBrowserHistory(path);
  } catch {
    // (one that cannot be read, or that its running browser holds locked: read, so that its import says what is wrong)
    return null;
  }
  return history ? null : "a SQLite database that is no browser's history (Firefox's places.sqlite, Chrome's History, Safari's History.db)";
}

/** A thing done in a day, gathered before it is a paragraph: its first time, how many times, and what it is. */
interface Held {
  key: string;
  first: number;
  times: number;
  what:
    | { kind: "search"; words: string; on: string }
    | { kind: "visit"; title: string; page: URL; placeId: number | null }
    | { kind: "download"; name: string; page: URL | null };
  meta: Record<string, unknown>;
}

/** A row's table, as an error names the row ("moz_historyvisits 12", "visits 40", "downloads 3", "history_visits 7"). */
function rowName(kind: BrowserKind, row: HistoryRow): string {
  if (row.kind === "download") return `downloads ${row.id}`;
  return `${kind === "firefox" ? "moz_historyvisits" : kind === "chromium" ? "visits" : "history_visits"} ${row.id}`;
}

/** How a browser stores a time, as an error names it. */
const TIME_AS: Readonly<Record<BrowserKind, string>> = {
  firefox: "visit_date, microseconds since 1970",
  chromium: "visit_time, microseconds since 1601",
  safari: "visit_time, seconds since 2001",
};

/** A file's name from a path or a file: URI as a browser keeps it ("/Users/meera/Downloads/Spec.pdf", "C:\\Users\\…\\Spec.pdf", "file:///home/meera/Downloads/japan%20form.pdf"). */
function fileName(path: string): string {
  const last = path.split(/[\\/]/).pop() ?? "";
  if (!/^file:/i.test(path)) return last;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** A page's title on one line ("" when it has none). */
const oneLine = (title: string | null) => (title ?? "").replace(/[\u00a0\s]+/g, " ").trim();

/**
 * What `row` is, gathered into its day, or null for what is passed over: a reload, a redirect's source, a
 * frame, a page that did not load, a visit Safari made up, an unfinished download, a page that is no web page.
 */
function heldOf(kind: BrowserKind, db: BrowserHistoryDb, row: HistoryRow, at: number): Held | null {
  const meta = { browser: kind };
  if (row.kind === "download" || (kind === "firefox" && row.transition === FIREFOX_DOWNLOAD)) {
    if (row.kind === "download" && row.state !== 1) return null;
    const page = row.url ? pageOf(row.url) : null;
    const saved = row.kind === "download" ? row.target : row.placeId !== null ? db.downloadedFile(row.placeId) : null;
    const name = fileName(saved || page?.pathname || "");
    if (!name) return null;
    return {
      key: `download ${page?.href ?? name}`,
      first: at,
      times: 1,
      what: { kind: "download", name, page },
      meta: { ...meta, ...(row.url ? { url: row.url } : {}) },
    };
  }
  if (kind === "chromium") {
    const t = row.transition ?? 0;
    if ((t & CHAIN_END) === 0 || CHROMIUM_NOT_VISITS.has(t & 0xff) || row.hidden === 1) return null;
  } else if (kind === "firefox") {
    if (FIREFOX_NOT_VISITS.has(row.transition ?? 0) || row.hidden === 1) return null;
  } else if (row.redirectedTo !== null || row.loaded === 0 || row.synthesized === 1) return null;
  const page = row.url ? pageOf(row.url) : null;
  if (!page) return null;
  const engine = searchOfPage(page);
  const term = row.term?.replace(/\s+/g, " ").trim();
  const searched = term ? { words: term, on: engine?.on ?? siteOf(page) } : engine;
  if (searched)
    return {
      key: `search ${searched.on} ${searched.words.toLowerCase()}`,
      first: at,
      times: 1,
      what: { kind: "search", ...searched },
      meta: { ...meta, link: row.url },
    };
  const url = `${page.origin}${page.pathname}${page.search}`;
  return { key: `visit ${url}`, first: at, times: 1, what: { kind: "visit", title: oneLine(row.title), page, placeId: row.placeId }, meta };
}

/** A day's things done, held until the day ends: each by its key, its first time and how many times. */
class Day {
  readonly held = new Map<string, Held>();
  constructor(readonly day: number) {}

  /** Adds `h` (a thing done again adds to its times; a page's title is its latest). */
  add(h: Held): void {
    const had = this.held.get(h.key);
    if (!had) {
      this.held.set(h.key, h);
      return;
    }
    had.times++;
    if (had.what.kind === "visit" && h.what.kind === "visit" && h.what.title) had.what.title = h.what.title;
  }
}

/** The paragraphs of `day` ({@link visit}, {@link search} and a download's words), each at its first time; a Firefox page's minutes in view that day looked up. */
function doneOf(day: Day, db: BrowserHistoryDb): Done[] {
  const from = day.day * DAY;
  return [...day.held.values()].map((h): Done => {
    const w = h.what;
    if (w.kind === "search") return search(w.words, w.on, h.first, h.meta);
    if (w.kind === "download")
      return {
        key: h.key,
        kind: "download",
        text: `Downloaded ${quoted(w.name)}${w.page ? ` from ${siteOf(w.page)}` : ""} (${clock(h.first)}).`,
        at: h.first,
        meta: { ...h.meta, file: w.name },
      };
    const minutes = w.placeId !== null ? Math.floor(db.viewedMs(w.placeId, from, from + DAY) / 60_000) : 0;
    return visit(w.title, w.page, h.first, h.meta, { times: h.times, minutes });
  });
}

/** The user's folders a Firefox bookmark is in (outermost first) and the browser's folder they are under; null for a tag's entry (under the tags root). */
function placeOfBookmark(parent: number | null, folders: ReadonlyMap<number, BookmarkFolder>): { path: string[]; home: string } | null {
  const path: string[] = [];
  const seen = new Set<number>();
  for (let id = parent; id !== null && !seen.has(id); ) {
    seen.add(id);
    const f = folders.get(id);
    if (!f) break;
    if (f.guid === TAGS_ROOT) return null;
    const root = f.guid ? FIREFOX_ROOTS[f.guid] : undefined;
    if (root) return { path, home: root };
    if (f.guid === "root________" || f.parent === null || f.parent === 0) break;
    path.unshift(oneLine(f.title) || "Untitled folder");
    id = f.parent;
  }
  return { path, home: "Bookmarks" };
}

/** Firefox's bookmarks as bookmarks.ts reads a bookmarks export (a folder a note), given as they fill. */
function* firefoxBookmarks(db: BrowserHistoryDb, fileTime: number): Generator<ParsedConversation, number> {
  const folders = new Map(db.bookmarkFolders().map((f) => [f.id, f]));
  const tagsRoot = [...folders.values()].find((f) => f.guid === TAGS_ROOT)?.id ?? null;
  const notes = new Folders(fileTime);
  for (const row of db.bookmarks()) {
    const where = placeOfBookmark(row.parent, folders);
    if (!where || !row.url) continue;
    const us = typeof row.added === "number" || typeof row.added === "bigint" ? Number(row.added) : Number.NaN;
    const ms = Math.floor(us / 1_000_000) * 1000;
    const b: Bookmark = {
      title: oneLine(row.title),
      href: row.url,
      added: ms > 0 && inImportRange(ms) ? ms : null,
      path: where.path,
      home: where.home,
      description: "",
      tags: tagsRoot !== null ? db.tagsOf(row.placeId, tagsRoot) : [],
      keyword: row.keyword,
      line: null,
    };
    notes.add(b);
    if (notes.full()) yield* notes.given();
  }
  yield* notes.given();
  return notes.kept;
}

/**
 * Reads `file`, a browser's history database (places.sqlite, History, History.db; told by its tables), as
 * the user's notes: a day of searches, pages visited and downloads a note (format `note`, keyed
 * `myactivity:day:<YYYY-MM-DD>`, titled "Browsing, <weekday> <day>"), days in time order, then Firefox's
 * bookmarks a folder a note (`bookmarks:<folder>`). Turn metadata: `{ browser: { kind, browser, url?,
 * site?, times?, minutes?, query?, link?, file? } }` of a day's paragraph; a bookmark's as bookmarks.ts gives it.
 * `onProgress` is told the bytes as the share of rows read.
 * @throws ImportError naming the file and where: no SQLite database, one SQLite cannot open or read, or
 *   one the running browser holds locked whose copy cannot be read (`byte 0`, saying to close the browser);
 *   a SQLite database with no browser's history tables (`byte 0`); a table without a column its browser
 *   writes (`table moz_places`); a row whose time is no time (`moz_historyvisits 12`, `visits 40`);
 *   the rows cut short or malformed (`table …`); nothing visited, searched, downloaded or bookmarked
 *   (`byte 0`, {@link NO_TEXT}: a folder passes it over, saying why).
 */
export async function* parseBrowser(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  if (!(await isSqliteFile(file))) throw new ImportError(file, "byte 0", `not a SQLite database: ${WHERE}`);
  const db = openHistory(file);
  let rows: IterableIterator<HistoryRow> | null = null;
  let where = "byte 0";
  try {
    const kind = db.kind;
    if (!kind)
      throw new ImportError(file, "byte 0", `a SQLite database with no browser's history tables (moz_places, urls and visits, history_visits): ${WHERE}`);
    for (const [table, columns] of REQUIRED_COLUMNS[kind]) {
      const has = db.columns(table);
      const missing = columns.find((c) => !has.has(c));
      if (missing) throw new ImportError(file, `table ${table}`, `no ${missing} column: not ${BROWSER_NAMES[kind]}`);
    }
    where = `table ${kind === "firefox" ? "moz_historyvisits" : kind === "chromium" ? "visits" : "history_visits"}`;
    const total = db.count();
    const log = new DayLog("Browsing", "browser");
    let day = null as Day | null;
    let read = 0;
    let told = 0;
    const flush = (d: Day | null): ParsedConversation[] => {
      if (!d) return [];
      const notes = doneOf(d, db).flatMap((done) => log.add(done));
      told += d.held.size;
      d.held.clear();
      return [...notes, ...log.given()];
    };
    rows = db.rows();
    for (const row of rows) {
      read++;
      if (read % 512 === 0) opts.onProgress?.(Math.floor((info.size * read) / Math.max(total, 1)), info.size);
      const at = typeof row.at === "number" ? row.at : typeof row.at === "bigint" ? Number(row.at) : Number.NaN;
      if (!inImportRange(at))
        throw new ImportError(
          file,
          rowName(kind, row),
          `its time is ${JSON.stringify(typeof row.time === "bigint" ? String(row.time) : row.time)}, not a time (${TIME_AS[kind]})`,
        );
      const held = heldOf(kind, db, row, at);
      if (!held) continue;
      const n = Math.floor(at / DAY);
      if (day?.day !== n || day.held.size >= MAX_DAY_PAGES) {
        yield* flush(day);
        day = new Day(n);
      }
      day.add(held);
    }
    yield* flush(day);
    where = "table moz_bookmarks";
    if (kind === "firefox") {
      const bookmarks = firefoxBookmarks(db, Math.floor(info.mtimeMs));
      for (let next = bookmarks.next(); ; next = bookmarks.next()) {
        if (next.done) {
          told += next.value;
          break;
        }
        yield next.value;
      }
    }
    if (!told) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${BROWSER_NAMES[kind]} with no web page visited, searched, downloaded or bookmarked`);
    opts.onProgress?.(info.size, info.size);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    // (SQLite's own faults as the rows are read: a database cut short, "database disk image is malformed")
    throw new ImportError(file, where, `the database cannot be read (${(err as Error).message})`);
  } finally {
    rows?.return?.();
    db.close();
  }
}
