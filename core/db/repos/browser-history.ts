/**
 * A browser's own history database, read for what the user visited and searched (ingest/browser.ts):
 * Firefox's places.sqlite, Chrome's and Edge's History (Chromium's), Safari's History.db. No Engram
 * database: it is opened with foreign-sqlite.ts, read-only and never written, its WAL files removed
 * after; a database the running browser holds locked is copied first and the copy read. Every
 * statement on it lives here, as every SQL statement of the project lives in core/db. Rows are
 * iterated in time order (the browsers' own indexes on the visit's time; a sort where downloads join
 * them), never all held.
 */
import type { Database as Db } from "better-sqlite3";
import { openForeignSqlite } from "./foreign-sqlite.js";

/** Whose database it is, by its tables: Firefox's (`moz_places`, `moz_historyvisits`), Chromium's (`urls`, `visits`: Chrome, Edge, Brave), Safari's (`history_items`, `history_visits`). */
export type BrowserKind = "firefox" | "chromium" | "safari";

/** The columns of each browser's tables without which its history cannot be read. */
export const REQUIRED_COLUMNS: Readonly<Record<BrowserKind, ReadonlyArray<[table: string, columns: readonly string[]]>>> = {
  firefox: [
    ["moz_places", ["id", "url", "title", "hidden"]],
    ["moz_historyvisits", ["id", "place_id", "visit_date", "visit_type"]],
  ],
  chromium: [
    ["urls", ["id", "url", "title"]],
    ["visits", ["id", "url", "visit_time", "transition"]],
  ],
  safari: [
    ["history_items", ["id", "url"]],
    ["history_visits", ["id", "history_item", "visit_time"]],
  ],
};

/**
 * A row of the history in time order: a visit, or a download (Chromium's `downloads`; Firefox's are
 * visits of type 7). `time` is the time as the browser stores it (µs since 1970 for Firefox, µs since
 * 1601 for Chromium, seconds since 2001 for Safari), `at` the same in ms since 1970 (null when the row
 * has none). Fields a browser does not have are null.
 */
export interface HistoryRow {
  kind: "visit" | "download";
  /** The row's id in its table (`moz_historyvisits.id`, `visits.id`, `downloads.id`, `history_visits.id`). */
  id: number;
  time: unknown;
  at: number | null;
  url: string | null;
  /** The page's title: its place's or url's (Firefox, Chromium), the visit's (Safari). */
  title: string | null;
  /** Chromium's `transition` (a core type and qualifiers, a signed 32-bit integer); Firefox's `visit_type`. */
  transition: number | null;
  /** Whether the browser hides the page (Firefox's `moz_places.hidden`: a redirect's source, a frame; Chromium's `urls.hidden`). */
  hidden: number | null;
  /** Firefox's place id (to look up its download's file and its time in view). */
  placeId: number | null;
  /** The words typed into a search engine for this page (Chromium's `keyword_search_terms.term`). */
  term: string | null;
  /** Safari: whether the page loaded (`load_successful`), the visit it redirected to (`redirect_destination`), whether Safari made the visit up (`synthesized`). */
  loaded: number | null;
  redirectedTo: number | null;
  synthesized: number | null;
  /** A download's file as saved (Chromium's `target_path`) and its state (1 complete). */
  target: string | null;
  state: number | null;
}

/** A folder of Firefox's bookmarks (`moz_bookmarks` type 2). */
export interface BookmarkFolder {
  id: number;
  parent: number | null;
  title: string | null;
  guid: string | null;
}

/** A bookmark of Firefox's (`moz_bookmarks` type 1) with its page: its own title, when added (µs since 1970), its keyword. */
export interface BookmarkRow {
  id: number;
  parent: number | null;
  title: string | null;
  added: unknown;
  url: string | null;
  placeId: number;
  keyword: string | null;
}

/** A browser's history database opened: its kind, its rows in time order, and Firefox's lookups. */
export interface BrowserHistoryDb {
  /** Whose it is by its tables, or null when it has none of the browsers' tables. */
  kind: BrowserKind | null;
  /** Whether the browser held it locked and a copy of it is read. */
  copied: boolean;
  /** The columns `table` has, lower-cased (an empty set when there is no such table). */
  columns(table: string): Set<string>;
  /** How many rows {@link rows} gives (for progress). */
  count(): number;
  /** The visits (and Chromium's downloads) in time order, iterated, never all held. */
  rows(): IterableIterator<HistoryRow>;
  /** Firefox: where a download of the place went (its "downloads/destinationFileURI" annotation), or null. */
  downloadedFile(placeId: number): string | null;
  /** Firefox: the ms the place was in view in interactions begun in [from, to) (epoch ms; `moz_places_metadata`), 0 without that table. */
  viewedMs(placeId: number, from: number, to: number): number;
  /** Firefox: every bookmark folder (they are few: a bookmark's path is made of them). */
  bookmarkFolders(): BookmarkFolder[];
  /** Firefox: the bookmarks of pages, iterated, in their folders' order. */
  bookmarks(): IterableIterator<BookmarkRow>;
  /** Firefox: the tags of a place (the titles of the tag folders under the tags root `tagsRoot` that hold it). */
  tagsOf(placeId: number, tagsRoot: number): string[];
  /** Closes it (and removes its copy, or the WAL files it left). */
  close(): void;
}

/** Seconds from 1970 to 2001 (Safari's epoch), and ms from 1601 to 1970 (Chromium's). */
const SAFARI_EPOCH_S = 978_307_200;
const CHROMIUM_EPOCH_MS = 11_644_473_600_000;

/** What a row's columns are when the browser has none of them. */
const NONE = "NULL AS transition, NULL AS hidden, NULL AS placeId, NULL AS term, NULL AS loaded, NULL AS redirectedTo, NULL AS synthesized";

/**
 * Opens `file`, a browser's history database, read-only (copied first when the browser holds it locked).
 * @throws better-sqlite3's Error when SQLite cannot open it or read its schema; foreign-sqlite.ts
 *   `LockedDatabaseError` when it is locked and its copy cannot be read either (the caller names the file).
 */
export function openBrowserHistory(file: string): BrowserHistoryDb {
  const foreign = openForeignSqlite(file, { copyIfLocked: true });
  const db = foreign.db;
  let look: Db | null = null;
  const lookup = () => {
    look ??= foreign.another();
    return look;
  };
  const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).map((n) => n.toLowerCase()));
  const kind: BrowserKind | null =
    tables.has("moz_places") && tables.has("moz_historyvisits")
      ? "firefox"
      : tables.has("urls") && tables.has("visits")
        ? "chromium"
        : tables.has("history_items") && tables.has("history_visits")
          ? "safari"
          : null;
  const columns = (table: string): Set<string> => {
    if (!tables.has(table.toLowerCase())) return new Set();
    return new Set((db.prepare("SELECT name FROM pragma_table_info(?)").pluck().all(table) as string[]).map((c) => c.toLowerCase()));
  };
  const has = (table: string, column: string) => columns(table).has(column.toLowerCase());
  const chromiumDownloads = kind === "chromium" && has("downloads", "target_path") && has("downloads", "start_time");
  return {
    kind,
    copied: foreign.copied,
    columns,
    count: () => {
      if (kind === "firefox") return db.prepare("SELECT count(*) FROM moz_historyvisits").pluck().get() as number;
      if (kind === "safari") return db.prepare("SELECT count(*) FROM history_visits").pluck().get() as number;
      if (kind !== "chromium") return 0;
      const visits = db.prepare("SELECT count(*) FROM visits").pluck().get() as number;
      return visits + (chromiumDownloads ? (db.prepare("SELECT count(*) FROM downloads").pluck().get() as number) : 0);
    },
    rows: () => {
      if (kind === "firefox")
        return db
          .prepare(
            `SELECT 'visit' AS kind, v.id AS id, v.visit_date AS time, v.visit_date / 1000 AS at, p.url AS url, p.title AS title,
               v.visit_type AS transition, p.hidden AS hidden, p.id AS placeId, NULL AS term, NULL AS loaded, NULL AS redirectedTo,
               NULL AS synthesized, NULL AS target, NULL AS state
             FROM moz_historyvisits v JOIN moz_places p ON p.id = v.place_id
             ORDER BY v.visit_date, v.id`,
          )
          .iterate() as IterableIterator<HistoryRow>;
      if (kind === "safari") {
        const optional = (column: string, as: string) => (has("history_visits", column) ? `v.${column} AS ${as}` : `NULL AS ${as}`);
        return db
          .prepare(
            `SELECT 'visit' AS kind, v.id AS id, v.visit_time AS time, CAST(round((v.visit_time + ${SAFARI_EPOCH_S}) * 1000) AS INTEGER) AS at,
               i.url AS url, ${optional("title", "title")}, NULL AS transition, NULL AS hidden, NULL AS placeId, NULL AS term,
               ${optional("load_successful", "loaded")}, ${optional("redirect_destination", "redirectedTo")}, ${optional("synthesized", "synthesized")},
               NULL AS target, NULL AS state
             FROM history_visits v JOIN history_items i ON i.id = v.history_item
             ORDER BY v.visit_time, v.id`,
          )
          .iterate() as IterableIterator<HistoryRow>;
      }
      if (kind !== "chromium") return [][Symbol.iterator]();
      const term = has("keyword_search_terms", "term") ? "(SELECT k.term FROM keyword_search_terms k WHERE k.url_id = u.id LIMIT 1)" : "NULL";
      const visits = `SELECT 'visit' AS kind, v.id AS id, v.visit_time AS time, (v.visit_time / 1000) - ${CHROMIUM_EPOCH_MS} AS at, u.url AS url,
          u.title AS title, v.transition AS transition, ${has("urls", "hidden") ? "u.hidden" : "0"} AS hidden, NULL AS placeId, ${term} AS term,
          NULL AS loaded, NULL AS redirectedTo, NULL AS synthesized, NULL AS target, NULL AS state
        FROM visits v JOIN urls u ON u.id = v.url`;
      if (!chromiumDownloads) return db.prepare(`${visits} ORDER BY v.visit_time, v.id`).iterate() as IterableIterator<HistoryRow>;
      const chain = has("downloads_url_chains", "url")
        ? "COALESCE((SELECT c.url FROM downloads_url_chains c WHERE c.id = d.id ORDER BY c.chain_index DESC LIMIT 1), d.tab_url)"
        : has("downloads", "tab_url")
          ? "d.tab_url"
          : "NULL";
      return db
        .prepare(
          `${visits}
           UNION ALL
           SELECT 'download' AS kind, d.id AS id, d.start_time AS time, (d.start_time / 1000) - ${CHROMIUM_EPOCH_MS} AS at, ${chain} AS url, NULL AS title,
             ${NONE}, d.target_path AS target, ${has("downloads", "state") ? "d.state" : "1"} AS state
           FROM downloads d
           ORDER BY time, kind DESC, id`,
        )
        .iterate() as IterableIterator<HistoryRow>;
    },
    downloadedFile: (placeId) => {
      if (!tables.has("moz_annos") || !tables.has("moz_anno_attributes")) return null;
      const content = lookup()
        .prepare(
          `SELECT a.content FROM moz_annos a JOIN moz_anno_attributes n ON n.id = a.anno_attribute_id
           WHERE a.place_id = ? AND n.name = 'downloads/destinationFileURI' LIMIT 1`,
        )
        .pluck()
        .get(placeId);
      return typeof content === "string" ? content : null;
    },
    viewedMs: (placeId, from, to) => {
      if (!has("moz_places_metadata", "total_view_time")) return 0;
      const ms = lookup()
        .prepare("SELECT sum(total_view_time) FROM moz_places_metadata WHERE place_id = ? AND created_at >= ? AND created_at < ?")
        .pluck()
        .get(placeId, from, to);
      return typeof ms === "number" ? ms : 0;
    },
    bookmarkFolders: () =>
      tables.has("moz_bookmarks")
        ? (db
            .prepare(`SELECT id, parent, title, ${has("moz_bookmarks", "guid") ? "guid" : "NULL"} AS guid FROM moz_bookmarks WHERE type = 2`)
            .all() as BookmarkFolder[])
        : [],
    bookmarks: () => {
      if (!tables.has("moz_bookmarks")) return [][Symbol.iterator]();
      const keyword = has("moz_keywords", "place_id") ? "(SELECT k.keyword FROM moz_keywords k WHERE k.place_id = p.id LIMIT 1)" : "NULL";
      return db
        .prepare(
          `SELECT b.id AS id, b.parent AS parent, b.title AS title, b.dateAdded AS added, p.url AS url, p.id AS placeId, ${keyword} AS keyword
           FROM moz_bookmarks b JOIN moz_places p ON p.id = b.fk
           WHERE b.type = 1
           ORDER BY b.parent, b.position, b.id`,
        )
        .iterate() as IterableIterator<BookmarkRow>;
    },
    tagsOf: (placeId, tagsRoot) =>
      lookup()
        .prepare(
          `SELECT t.title FROM moz_bookmarks b JOIN moz_bookmarks t ON t.id = b.parent
           WHERE b.fk = ? AND b.type = 1 AND t.parent = ? AND t.title IS NOT NULL ORDER BY t.title`,
        )
        .pluck()
        .all(placeId, tagsRoot) as string[],
    close: () => foreign.close(),
  };
}
