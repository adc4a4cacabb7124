/**
 * A Kobo e-reader's highlights and notes, read from the device's own database: `KoboReader.sqlite`,
 * which readers copy from the `.kobo/` folder of the Kobo plugged in as a drive (what calibre's Kobo
 * Utilities and the "Kobo highlights" exporters read). A SQLite file (its first bytes "SQLite format
 * 3\0"), opened read-only and never written (the "-wal" and "-shm" files a read-only connection makes beside
 * a database in WAL mode are removed after it); its rows are iterated, never all held. Table `Bookmark`,
 * a row per highlight, note, dog-ear or drawing: `BookmarkID`, `VolumeID` (the book's `ContentID`: a
 * store book's id, a sideloaded book's path "file:///mnt/onboard/…kepub.epub"), `ContentID` (the
 * chapter's file, "<VolumeID>!OEBPS!Text/chapter04.xhtml"), `Text` (the words highlighted),
 * `Annotation` (the note the reader typed at them), `DateCreated` and `DateModified` ("2026-10-18T08:45:10.000",
 * UTC; some firmware ends it "Z"), `ChapterProgress` (0–1), `Hidden` ("true" once deleted on the
 * device: its row is kept for syncing), `Type` ("highlight", "note": a highlight with a note,
 * "dogear": a page's corner folded, no text, "markup": a drawing with the stylus; older databases have
 * no `Type`) and `Color` (0 yellow, 1 pink, 2 blue, 3 green). Table `content`: the book's row
 * (`ContentType` 6, `ContentID` = the bookmark's `VolumeID`) has its `Title` and `Attribution` (its
 * author); the table of contents' rows (`ContentType` 899, `BookID` the book, `ContentID` a chapter's
 * file with "-N" after it, "#anchor" before that when the file holds several) and the book's files
 * (`ContentType` 9, a plain EPUB's with their `Title`) name the chapter a highlight is in.
 *
 * Read as a Kindle's clippings are (kindle.ts): one conversation per book (format `kindle`), each
 * highlight told as what it is with the reader's note ("Highlight from Slow Dough by Tom Hadley,
 * chapter "4. Feeding Your Starter": “Feed the starter …”\nNote: try this with the sourdough"), so
 * the memory engine keeps it whole (its `clipping` metadata) and stores the book's words as data.
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { type KoboContent, type KoboReaderDb, openKoboReader } from "../../db/repos/kobo-reader.js";
import { isSqliteFile } from "../kit/bytes.js";
import { type Clipping, toldClipping } from "./kindle.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** The columns of `Bookmark` a Kobo's database cannot be read without. */
const BOOKMARK_COLUMNS = ["BookmarkID", "VolumeID", "ContentID", "Text", "Annotation", "DateCreated", "Hidden"] as const;

/** Columns of `Bookmark` read when the database has them (older firmware has no `Type` or `Color`): else null. */
const OPTIONAL_COLUMNS = ["DateModified", "ChapterProgress", "Type", "Color"] as const;

/** Most characters of one book's highlights held before they are given (a book over it is given in parts, the same externalId: a part adds to its conversation); each counts {@link HELD_PER_HIGHLIGHT} more. */
export const MAX_HELD_HIGHLIGHT_CHARS = 8 * 1024 * 1024;

/** What a held highlight counts besides its text: its turn's and metadata's objects, about a kilobyte. */
const HELD_PER_HIGHLIGHT = 1024;

/** The Kobo's highlight colours, by `Bookmark.Color`. */
const COLOURS = ["yellow", "pink", "blue", "green"] as const;

/** `file` opened read-only (core/db/repos/kobo-reader.ts: never written, never created, the WAL files it leaves removed), or an ImportError naming it when SQLite cannot open it. */
function openReadOnly(file: string): KoboReaderDb {
  try {
    return openKoboReader(file);
  } catch (err) {
    throw new ImportError(file, "byte 0", `a SQLite database that cannot be opened (${(err as Error).message})`);
  }
}

/** The names of `db`'s tables, lower-cased (Kobo's are "bookmark" and "content"). @throws ImportError `byte 0` when SQLite cannot read them. */
function tablesOf(file: string, db: KoboReaderDb): Set<string> {
  try {
    return db.tables();
  } catch (err) {
    throw new ImportError(file, "byte 0", `a SQLite database that cannot be read (${(err as Error).message})`);
  }
}

/** The error for a SQLite database that is no Kobo's: what it lacks, and where a Kobo's is. */
function notKobo(file: string): ImportError {
  return new ImportError(
    file,
    "byte 0",
    "a SQLite database with no Bookmark and content tables, not a Kobo's KoboReader.sqlite (copy it from the .kobo folder of the Kobo plugged in)",
  );
}

/**
 * Whether `file` is a Kobo's KoboReader.sqlite: a SQLite database (its header) with a `Bookmark` and
 * a `content` table. False for a file that is no SQLite database (a text file: detect.ts reads it).
 * @throws ImportError `byte 0`: a SQLite database that SQLite cannot open or read, or one without those
 *   tables (any other app's database, the Kobo's own BookReader.sqlite), saying it is no Kobo's.
 */
export async function isKoboDatabase(file: string): Promise<boolean> {
  if (!(await isSqliteFile(file))) return false;
  const db = openReadOnly(file);
  try {
    const tables = tablesOf(file, db);
    if (!tables.has("bookmark") || !tables.has("content")) throw notKobo(file);
    return true;
  } finally {
    db.close();
  }
}

/** A Kobo's own files in its `.kobo` folder that hold no highlights, by name, and why each is passed over. */
const KOBO_FILES: ReadonlyArray<[name: RegExp, why: string]> = [
  [/^Kobo eReader\.conf$/i, "the Kobo's settings, no highlights: those are read from KoboReader.sqlite"],
  [/^affiliate\.conf$/i, "the Kobo's store settings, no highlights: those are read from KoboReader.sqlite"],
  [/^BookReader\.sqlite$/i, "the Kobo's own reading data, no highlights: those are read from KoboReader.sqlite"],
];

/** Whether `path` is a settings file of a Kobo's `.kobo` folder (`Kobo/Kobo eReader.conf`, `affiliate.conf`), to be listed in a folder so that it is said to be passed over. */
export function isKoboConf(path: string): boolean {
  return /\.conf$/i.test(path) && KOBO_FILES.some(([name]) => name.test(basename(path)));
}

/**
 * Why a file of a folder the user imports is passed over when it is a Kobo's or a SQLite database, in
 * words; null when it is read (a Kobo's KoboReader.sqlite) or is neither. The Kobo's other files of its
 * `.kobo` folder ("Kobo eReader.conf", "affiliate.conf", "BookReader.sqlite": its settings and own
 * data, no highlights) by their names; any other `.sqlite` that is no Kobo's database (another app's,
 * or no SQLite file at all) by its tables. A file named KoboReader.sqlite is read whatever it holds, so
 * that its import names what is wrong with it.
 */
export async function koboPassedOver(path: string): Promise<string | null> {
  const known = KOBO_FILES.find(([name]) => name.test(basename(path)));
  if (known) return known[1];
  if (!/\.sqlite$/i.test(path) || /^KoboReader\.sqlite$/i.test(basename(path))) return null;
  if (!(await isSqliteFile(path))) return "not a SQLite database, no highlights";
  const kobo = await isKoboDatabase(path).catch(() => false);
  return kobo ? null : "a SQLite database with no Bookmark and content tables, no Kobo's KoboReader.sqlite";
}

/** A book's title and author as its `content` row (ContentType 6) names them. */
interface BookInfo {
  title: string;
  author: string | null;
}

/** A chapter of the table of contents: its file (the ContentID without "-N" and "#anchor"), its anchor, its title. */
interface TocEntry {
  file: string;
  id: string;
  bookmarked: string | null;
  title: string;
}

/** One book's chapters, to name the chapter of each of its highlights. */
interface Chapters {
  toc: TocEntry[];
  /** The book's files (ContentType 9) and their titles, where a title is given (a plain EPUB's). */
  files: Map<string, string>;
}

/** A ContentID without Kobo's "-N" after a table of contents' entry. */
function withoutTocSuffix(id: string): string {
  return id.replace(/-\d+$/, "");
}

/** A title that is only a file's name ("chapter04.xhtml"), which names no chapter. */
const FILE_NAME = /\.x?html?$/i;

/** The title of the chapter a highlight in `contentId` is in: its table of contents' entry (the same file and anchor, else the file's first), else its file's title; null when none names it. */
function chapterOf(chapters: Chapters, contentId: string): string | null {
  const exact = chapters.toc.find((e) => e.id === contentId || e.bookmarked === contentId);
  if (exact) return exact.title;
  const file = contentId.split("#")[0]!;
  const first = chapters.toc.find((e) => e.file === file);
  if (first) return first.title;
  const title = chapters.files.get(contentId) ?? chapters.files.get(file);
  return title && !FILE_NAME.test(title) ? title : null;
}

/** Statements of the lookup connection: a book's row, its table of contents, its files. */
interface Lookups {
  book: (volumeId: string) => BookInfo | null;
  chapters: (volumeId: string) => Chapters;
}

/** The lookups of book titles and chapters in `content` (on their own read-only connection: the other one is busy iterating `Bookmark`). */
function lookupsOf(content: KoboContent): Lookups {
  const text = (v: unknown): string => (typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "");
  return {
    book: (volumeId) => {
      const row = content.book(volumeId);
      const title = text(row?.Title) || text(row?.BookTitle) || text(content.bookTitle(volumeId));
      return title ? { title, author: text(row?.Attribution) || null } : null;
    },
    chapters: (volumeId) => {
      const entries = content
        .toc(volumeId)
        .filter((r) => typeof r.ContentID === "string" && text(r.Title))
        .map((r) => {
          const id = withoutTocSuffix(r.ContentID as string);
          return { id, file: id.split("#")[0]!, bookmarked: typeof r.Bookmarked === "string" ? r.Bookmarked : null, title: text(r.Title) };
        });
      const named = new Map<string, string>();
      for (const r of content.files(volumeId)) if (typeof r.ContentID === "string" && text(r.Title)) named.set(r.ContentID, text(r.Title));
      return { toc: entries, files: named };
    },
  };
}

/**
 * A book the database has no row of (deleted from the device, its highlights kept): its title from its
 * ContentID, a sideloaded file's name without its extension and " - <author>" ("file:///mnt/onboard/Moray,
 * Elspeth/Winter at Gull Cottage - Elspeth Moray.kepub.epub" → "Winter at Gull Cottage" by "Elspeth
 * Moray"), else the ContentID itself (a store book's id).
 */
function bookOfId(volumeId: string): BookInfo {
  if (!/^file:\/\//i.test(volumeId)) return { title: volumeId, author: null };
  const name = decodeURIComponent(volumeId.split("/").pop() ?? volumeId).replace(/(?:\.kepub)?\.(?:epub|pdf|cbz|cbr|txt|html?|rtf|mobi)$/i, "");
  const m = /^(.+?) - ([^-]+)$/.exec(name);
  return m ? { title: m[1]!.trim(), author: m[2]!.trim() } : { title: name, author: null };
}

/** A Kobo time as it writes one: "2026-10-18T08:45:10.000", "2026-10-18T08:45:10Z", "2026-10-18 08:45:10.000+00:00". */
const STAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** A `DateCreated` or `DateModified` as epoch ms: a time with no zone read as UTC (as the Kobo keeps it), one with a zone at it; null when it is no such time. */
function koboTime(value: string): number | null {
  const m = STAMP.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number) as [number, number, number, number, number, number];
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  const at = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  const back = new Date(at);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  const zone = m[8]?.toUpperCase();
  if (!zone || zone === "Z") return at;
  const z = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  return at - (Number(z[2]) * 60 + Number(z[3])) * 60_000 * (z[1] === "-" ? -1 : 1);
}

/** Whether a `Hidden` value says the bookmark was deleted: "true" (as Kobo writes it), 1, or "1". */
function isHidden(value: unknown): boolean {
  return value === 1 || value === 1n || (typeof value === "string" && /^(?:true|1)$/i.test(value.trim()));
}

/** Text as one paragraph of words: lines and runs of white space (Kobo keeps a highlight's line breaks and tabs) made single spaces. */
function oneLine(value: unknown): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

/** A `Bookmark` row as selected (missing optional columns null). */
interface BookmarkRow {
  BookmarkID: unknown;
  VolumeID: unknown;
  ContentID: unknown;
  Text: unknown;
  Annotation: unknown;
  DateCreated: unknown;
  Hidden: unknown;
  DateModified: unknown;
  ChapterProgress: unknown;
  Type: unknown;
  Color: unknown;
}

/** One book's highlights as read so far. */
interface HeldBook {
  volumeId: string;
  info: BookInfo;
  chapters: Chapters;
  turns: ParsedTurn[];
  held: number;
}

/** A book's highlights as one conversation (read as a Kindle book's: format `kindle`), in time order. */
function bookConversation(book: HeldBook): ParsedConversation {
  const { title, author } = book.info;
  book.turns.sort((a, b) => a.occurredAt - b.occurredAt);
  return {
    format: "kindle",
    externalId: `kobo:${title}${author ? ` (${author})` : ""}`,
    title: author ? `${title} by ${author}` : title,
    participants: [NOTE_SPEAKER],
    startedAt: book.turns[0]!.occurredAt,
    turns: book.turns,
    records: "log",
  };
}

/**
 * The turn of one `Bookmark` row, or null for what is passed over: a deleted bookmark (`Hidden`
 * "true"), a dog-ear or a drawing (`Type` "dogear", "markup"), a row with neither text nor a note.
 * @throws ImportError naming the bookmark: no `VolumeID`, a time that is no time.
 */
function rowTurn(file: string, row: BookmarkRow, book: HeldBook, fileTime: number): ParsedTurn | null {
  const id = typeof row.BookmarkID === "string" ? row.BookmarkID : String(row.BookmarkID);
  const type = typeof row.Type === "string" ? row.Type.trim().toLowerCase() : null;
  if (isHidden(row.Hidden) || type === "dogear" || type === "markup") return null;
  const text = oneLine(row.Text);
  const note = oneLine(row.Annotation);
  if (!text && !note) return null;
  let at = fileTime;
  let undated = true;
  for (const column of ["DateCreated", "DateModified"] as const) {
    const value = row[column];
    if (typeof value !== "string" || !value.trim()) continue;
    const ms = koboTime(value);
    if (ms === null)
      throw new ImportError(file, `Bookmark ${id}`, `${column} is ${JSON.stringify(value)}, not a time (a Kobo writes "2026-10-18T08:45:10.000")`);
    at = ms;
    undated = false;
    break;
  }
  const contentId = typeof row.ContentID === "string" ? row.ContentID : "";
  const chapter = contentId ? chapterOf(book.chapters, contentId) : null;
  const progress = typeof row.ChapterProgress === "number" && row.ChapterProgress > 0 ? row.ChapterProgress : null;
  const clipping: Clipping = {
    kind: text ? "highlight" : "note",
    book: book.info.title,
    author: book.info.author,
    place: chapter ? `chapter "${chapter}"` : null,
    location: null,
    at: [chapter ? `chapter "${chapter}"` : "", progress !== null ? `${Math.round(progress * 100)}% through it` : ""].filter(Boolean).join(", "),
  };
  const colour = typeof row.Color === "number" ? COLOURS[row.Color] : undefined;
  const kobo: Record<string, unknown> = {
    bookmark_id: id,
    volume_id: book.volumeId,
    content_id: contentId,
    ...(type ? { type } : {}),
    ...(chapter ? { chapter } : {}),
    ...(progress !== null ? { chapter_progress: progress } : {}),
    ...(colour ? { colour } : {}),
    ...(undated ? { undated: true } : {}),
  };
  return {
    // (the bookmark's own id, so a later copy of the growing database adds only what is new)
    externalId: id,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: at,
    text: text ? toldClipping(clipping, text, note || null) : toldClipping(clipping, note, null),
    metadata: { clipping, kobo },
  };
}

/**
 * Reads `file`, a Kobo's KoboReader.sqlite (opened read-only, twice: one connection iterates `Bookmark`
 * in book order, the other looks each book's title, author and chapters up), into one conversation per
 * book with a highlight or a note, read as a Kindle book's clippings are (format `kindle`, externalId
 * `kobo:<title> (<author>)`, so a later copy of the growing database adds only its new highlights; title
 * "<title> by <author>"), books in their ContentID's order (as `Bookmark` is read: sorted by `VolumeID`), each book's
 * highlights in time order. A book the `content` table has no row
 * of is named from its ContentID (a sideloaded file's name). Each highlight (`Type` "highlight" or
 * "note", or none) is one turn said by the user (speaker "User"): the words highlighted, told with the
 * book, the chapter (its table of contents' title) and the note typed at them (kindle.ts
 * `toldClipping`); a note without words highlighted is told as a note on the book. Its time is
 * `DateCreated` (else `DateModified`, else the file's modification time, metadata `kobo.undated`), read
 * as UTC when it names no zone; its externalId is its `BookmarkID`. Turn metadata: `{ clipping, kobo: {
 * bookmark_id, volume_id, content_id, type, chapter, chapter_progress, colour } }` (`clipping` tells the
 * memory engine to keep it whole). Passed over: deleted bookmarks (`Hidden` "true"), dog-ears, drawings
 * ("markup") and rows with neither words nor a note. Memory holds one book's highlights; a book over
 * {@link MAX_HELD_HIGHLIGHT_CHARS} is given in parts (the same externalId: a part adds to its conversation).
 * `onProgress` is told the bytes as the share of bookmarks read.
 * @throws ImportError naming the file and where: no SQLite database, or one SQLite cannot open or read
 *   (`byte 0`); no Bookmark or content table, or a Bookmark table without a column a Kobo writes
 *   (`table Bookmark`); a bookmark with no `VolumeID` or a time that is no time (`Bookmark <BookmarkID>`);
 *   no highlight or note at all (`table Bookmark`, {@link NO_TEXT}: a folder passes it over, saying why).
 */
export async function* parseKobo(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  if (!(await isSqliteFile(file)))
    throw new ImportError(
      file,
      "byte 0",
      "not a SQLite database: a Kobo's highlights are read from its KoboReader.sqlite (in the .kobo folder of the Kobo plugged in)",
    );
  const db = openReadOnly(file);
  let rows: IterableIterator<unknown> | null = null;
  try {
    const tables = tablesOf(file, db);
    if (!tables.has("bookmark") || !tables.has("content")) throw notKobo(file);
    const columns = db.columns("Bookmark");
    const missing = BOOKMARK_COLUMNS.find((c) => !columns.has(c.toLowerCase()));
    if (missing) throw new ImportError(file, "table Bookmark", `no ${missing} column: not a Kobo's KoboReader.sqlite`);
    const total = db.bookmarkCount();
    const lookups = lookupsOf(db.content());
    const fileTime = Math.floor(info.mtimeMs);
    // (a book's bookmarks together, so that one book at a time is held)
    rows = db.bookmarks(
      [...BOOKMARK_COLUMNS, ...OPTIONAL_COLUMNS.filter((c) => columns.has(c.toLowerCase()))],
      OPTIONAL_COLUMNS.filter((c) => !columns.has(c.toLowerCase())),
    );
    let book = null as HeldBook | null;
    let read = 0;
    let highlights = 0;
    for (const raw of rows) {
      const row = raw as BookmarkRow;
      read++;
      if (read % 256 === 0) opts.onProgress?.(Math.floor((info.size * read) / Math.max(total, 1)), info.size);
      const volumeId = typeof row.VolumeID === "string" ? row.VolumeID : "";
      if (!volumeId) throw new ImportError(file, `Bookmark ${String(row.BookmarkID)}`, "no VolumeID: the bookmark names no book");
      if (book?.volumeId !== volumeId) {
        if (book?.turns.length) yield bookConversation(book);
        book = { volumeId, info: lookups.book(volumeId) ?? bookOfId(volumeId), chapters: lookups.chapters(volumeId), turns: [], held: 0 };
      }
      const turn = rowTurn(file, row, book, fileTime);
      if (!turn) continue;
      highlights++;
      book.turns.push(turn);
      book.held += turn.text.length + HELD_PER_HIGHLIGHT;
      if (book.held > MAX_HELD_HIGHLIGHT_CHARS) {
        yield bookConversation(book);
        book = { ...book, turns: [], held: 0 };
      }
    }
    if (book?.turns.length) yield bookConversation(book);
    if (!highlights)
      throw new ImportError(
        file,
        "table Bookmark",
        `${NO_TEXT}: a Kobo with no highlight or note (its dog-ears, drawings and deleted highlights are not imported)`,
      );
    opts.onProgress?.(info.size, info.size);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    // (SQLite's own faults as the rows are read: a database cut short, "database disk image is malformed")
    throw new ImportError(file, "table Bookmark", `the database cannot be read (${(err as Error).message})`);
  } finally {
    rows?.return?.();
    db.close();
  }
}
