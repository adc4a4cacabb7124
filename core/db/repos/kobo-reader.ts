/**
 * A Kobo e-reader's own database (`KoboReader.sqlite`, copied from its `.kobo` folder), read for its
 * highlights (ingest/kobo.ts): no Engram database, so it is opened read-only and never written, twice
 * (one connection iterates `Bookmark`, the other looks books and chapters up in `content`), and the
 * "-wal" and "-shm" files a read-only connection makes beside a database in WAL mode are removed when it
 * is closed, leaving the reader's folder as it was. Every statement on it lives here, as every SQL
 * statement of the project lives in core/db.
 */
import type { Database as Db } from "better-sqlite3";
import { openForeignSqlite } from "./foreign-sqlite.js";

/** A book's row of `content` (ContentType 6): its title, author and, on some firmware, its title again as `BookTitle`. */
export interface KoboBookRow {
  Title: unknown;
  Attribution: unknown;
  BookTitle: unknown;
}

/** A table of contents' entry of `content` (ContentType 899): its ContentID ("<file>#anchor-N"), title, and the chapter it is bookmarked as. */
export interface KoboTocRow {
  ContentID: unknown;
  Title: unknown;
  Bookmarked: unknown;
}

/** A book's file of `content` (ContentType 9) and its title. */
export interface KoboFileRow {
  ContentID: unknown;
  Title: unknown;
}

/** Lookups in `content` by a book's ContentID (a bookmark's `VolumeID`). */
export interface KoboContent {
  book: (volumeId: string) => KoboBookRow | undefined;
  /** A `BookTitle` some row of the book names, when its own row has none. */
  bookTitle: (volumeId: string) => unknown;
  toc: (volumeId: string) => KoboTocRow[];
  files: (volumeId: string) => KoboFileRow[];
}

/** A Kobo's database opened read-only: what the Kobo reader asks of it. */
export interface KoboReaderDb {
  /** The names of its tables, lower-cased ("bookmark", "content"). */
  tables(): Set<string>;
  /** The columns `table` ("Bookmark", "content") has, lower-cased. */
  columns(table: "Bookmark" | "content"): Set<string>;
  /** How many rows `Bookmark` has. */
  bookmarkCount(): number;
  /**
   * `Bookmark`'s rows in book order (by `VolumeID`, `DateCreated`, `BookmarkID`), iterated, never all
   * held: the columns `present` and, for each of `absent`, NULL under its name.
   */
  bookmarks(present: readonly string[], absent: readonly string[]): IterableIterator<Record<string, unknown>>;
  /** The lookups in `content` (on the second connection), its optional columns (`Attribution`, `BookTitle`, `BookID`, `VolumeIndex`, `ChapterIDBookmarked`) used where it has them. */
  content(): KoboContent;
  /** Closes both connections and removes the WAL files they left that were not there before. */
  close(): void;
}

/** A column's name as SQL may hold it: letters, digits, "_" (Kobo's own are such). @throws Error for any other. */
function column(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a column name: ${JSON.stringify(name)}`);
  return name;
}

/**
 * Opens `file` read-only (never created, never written: foreign-sqlite.ts, its WAL files removed on close).
 * @throws better-sqlite3's Error when SQLite cannot open it or read its schema (the caller names the file); foreign-sqlite.ts
 *   `LockedDatabaseError` when another program holds it locked.
 */
export function openKoboReader(file: string): KoboReaderDb {
  const foreign = openForeignSqlite(file);
  const db = foreign.db;
  let look: Db | null = null;
  const pluck = (sql: string) => db.prepare(sql).pluck();
  return {
    tables: () => new Set((pluck("SELECT name FROM sqlite_master WHERE type = 'table'").all() as string[]).map((n) => n.toLowerCase())),
    columns: (table) =>
      new Set((pluck(`SELECT name FROM pragma_table_info('${table === "Bookmark" ? "Bookmark" : "content"}')`).all() as string[]).map((c) => c.toLowerCase())),
    bookmarkCount: () => pluck("SELECT count(*) FROM Bookmark").get() as number,
    bookmarks: (present, absent) =>
      db
        .prepare(
          `SELECT ${[...present.map(column), ...absent.map((c) => `NULL AS ${column(c)}`)].join(", ")} FROM Bookmark ORDER BY VolumeID, DateCreated, BookmarkID`,
        )
        .iterate() as IterableIterator<Record<string, unknown>>,
    content: () => {
      look ??= foreign.another();
      const cols = new Set((look.prepare("SELECT name FROM pragma_table_info('content')").pluck().all() as string[]).map((c) => c.toLowerCase()));
      const has = (c: string) => cols.has(c.toLowerCase());
      const book = look.prepare(
        `SELECT Title, ${has("Attribution") ? "Attribution" : "NULL"} AS Attribution, ${has("BookTitle") ? "BookTitle" : "NULL"} AS BookTitle
         FROM content WHERE ContentID = ? AND ContentType = 6`,
      );
      const titled =
        has("BookID") && has("BookTitle")
          ? look.prepare("SELECT BookTitle FROM content WHERE BookID = ? AND BookTitle IS NOT NULL AND BookTitle != '' LIMIT 1").pluck()
          : null;
      const order = has("VolumeIndex") ? "ORDER BY VolumeIndex, ContentID" : "ORDER BY ContentID";
      const toc = has("BookID")
        ? look.prepare(
            `SELECT ContentID, Title, ${has("ChapterIDBookmarked") ? "ChapterIDBookmarked" : "NULL"} AS Bookmarked FROM content WHERE BookID = ? AND ContentType = 899 ${order}`,
          )
        : null;
      const files = has("BookID") ? look.prepare("SELECT ContentID, Title FROM content WHERE BookID = ? AND ContentType = 9") : null;
      return {
        book: (volumeId) => book.get(volumeId) as KoboBookRow | undefined,
        bookTitle: (volumeId) => titled?.get(volumeId),
        toc: (volumeId) => (toc?.all(volumeId) ?? []) as KoboTocRow[],
        files: (volumeId) => (files?.all(volumeId) ?? []) as KoboFileRow[],
      };
    },
    close: () => foreign.close(),
  };
}
