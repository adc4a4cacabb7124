/**
 * IMDb's CSV exports of an account (imdb.com/exports: Your Ratings, Your Watchlist, Your Check-Ins and
 * each of the user's lists, each exported there and downloaded as a CSV; until mid-2024 the same files
 * came from each page's "Export" link, IMDb-Obsidian's issue #1 says). UTF-8, RFC 4180, a header row, streamed (csv-records.ts); what a file
 * is, is told by its header, and a list's by its name too:
 *
 * - Your Ratings (`Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime
 *   (mins),Year,Genres,Num Votes,Release Date,Directors`; older exports lack `Original Title`): a
 *   row per title rated, `Const` its IMDb id ("tt13238346"), `Your Rating` a whole number from 1 to 10,
 *   `Date Rated` the day ("2026-02-14");
 * - a list (`Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,…,
 *   Directors,Your Rating,Date Rated`; older ones lack `Original Title`, and the rating's two columns):
 *   a row per title in the list's order, `Created` the day it was added (for the check-ins, the day
 *   checked in), `Description` the user's note on it. The watchlist and the check-ins are lists of this
 *   shape; which is which, and a list's name, only the file's name tells (the CSV holds no list's name;
 *   what IMDb names a download was not confirmed): a name holding "watchlist" is the watchlist, one
 *   holding "check-ins" or "checkins" the check-ins, any other a list named by its file ("Films to show
 *   the kids.csv").
 * `Title Type` is "Movie", "TV Series", "TV Mini Series", "TV Episode", "TV Movie", "TV Special", "TV
 * Short", "Short", "Video", "Video Game", "Music Video", "Podcast Series", "Podcast Episode" in the
 * newer exports ("movie", "tvSeries", "tvEpisode" … in the older); an episode's `Title` is "<series>:
 * <episode>" ("Breaking Bad: Ozymandias"). IMDb exports no reviews.
 *
 * Checked against: a copy of a real list export in Yamtrack's issue #667 (Title quoted), Yamtrack's IMDb
 * importer and its test file (imports/imdb.py, import_imdb.csv: every Title Type, `Created`, `Your
 * Rating`, `Date Rated`; a Const written without "tt", which it reads as one), IMDB-Trakt-Syncer's
 * imdbData.py (the Exports page's watchlist, ratings and check-ins; `Created` the day added or checked
 * in, `Date Rated` the day rated, days "%Y-%m-%d"; reviews read off the profile's pages, not exported),
 * andrei.xyz's post on a 2014 ratings.csv and a seenlist's in a blog (the older headers and lower-case
 * types), imdb-to-sqlite's test ("Doctor Who: Blink", tvEpisode) and parsers' fixtures of the newer
 * exports ("Monsieur Spade: Episode #1.6", TV Episode). The exports of before 2017 (`position,const,
 * created,…,You rated,…`) are not read.
 *
 * Each file is one note of the user's, its records (`records: "log"`): the ratings "IMDb ratings", a
 * paragraph per title ("Rated the film Past Lives (2023) 9/10 on IMDb on Saturday 14 February;
 * directed by Celine Song."; "Rated the TV episode Breaking Bad: Ozymandias (2013) 10/10 …"), the
 * watchlist "IMDb watchlist" ("Added the film Perfect Days (2023) to my IMDb watchlist on Saturday 5
 * September: Tomás from work says it's his favourite film."), the check-ins "IMDb check-ins" ("Watched
 * the film Wicked: For Good (2025) on Saturday 28 November, checked in on IMDb."), a list titled by its
 * name ("Best of 2026, number one: Hamnet (2025). Jessie Buckley, enough said."), each paragraph of
 * its day. A title is said with its kind, a film's too ("Which films did I give a 10?" shares "film"
 * with a rating, as it did only with a list "Films to show the kids"), but in a list, whose name says
 * what it holds. Words are Letterboxd's (letterboxd.ts: a title with its year, a day without its year,
 * a place up to ten in words). Each paragraph is named by the title's Const (a check-in by its Const and
 * day), so a later export adds only what is new and a rating changed since supersedes the one
 * remembered. Who directed a title is said with its rating; a list's ratings (`Your Rating`) are the
 * ratings export's to tell, and IMDb's own rating, votes, runtime, genres and release day are no record
 * of the user's: kept in the metadata, not said.
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { type CsvColumns, type CsvRecord, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { HeldNotes } from "../notes/held-notes.js";
import { dayOf, dayWords, filmWords, placeWords } from "./letterboxd.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/** The columns that open IMDb's export of the user's ratings. */
export const IMDB_RATINGS_COLUMNS = ["Const", "Your Rating", "Date Rated", "Title"] as const;

/** The columns that open IMDb's export of a list (the watchlist, the check-ins, any list of the user's). */
export const IMDB_LIST_COLUMNS = ["Position", "Const", "Created", "Modified", "Description", "Title"] as const;

/** What an IMDb export's file is: the ratings, the watchlist, the check-ins, or another list. */
export type ImdbKind = "ratings" | "watchlist" | "checkins" | "list";

/** Most characters of one CSV record (a title and the user's note on it): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 1024 * 1024;

/**
 * What an IMDb export's file is, from its start (its text; a byte-order mark dropped) and its path
 * (a list's name: "watchlist" the watchlist, "check-ins" or "checkins" the check-ins), or null when
 * its header is none of IMDb's.
 */
export function imdbKind(start: string, file: string): ImdbKind | null {
  const cells = headerCells(start.replace(/^\uFEFF/, ""));
  if (IMDB_RATINGS_COLUMNS.every((c, i) => cells[i] === c)) return "ratings";
  if (!IMDB_LIST_COLUMNS.every((c, i) => cells[i] === c)) return null;
  const name = basename(file).toLowerCase();
  if (/watchlist/.test(name)) return "watchlist";
  if (/check-?ins?\b/.test(name)) return "checkins";
  return "list";
}

/** Whether a file's start is the header of one of IMDb's CSV exports ({@link imdbKind}). */
export function isImdbCsv(start: string, file: string): boolean {
  return imdbKind(start, file) !== null;
}

/** What IMDb's `Title Type` names (its newer words or older ids, folded to lower case without spaces or hyphens), as said before a title. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  movie: "the film",
  tvseries: "the TV series",
  tvminiseries: "the TV mini-series",
  tvepisode: "the TV episode",
  tvmovie: "the TV film",
  tvspecial: "the TV special",
  tvshort: "the TV short",
  short: "the short film",
  video: "the video",
  videogame: "the video game",
  musicvideo: "the music video",
  podcastseries: "the podcast",
  podcastepisode: "the podcast episode",
};

/** A title as a row of IMDb's names it. */
interface Title {
  /** Its IMDb id, "tt13238346". */
  id: string;
  name: string;
  /** Its title in its own language, when that is another ("Gisaengchung" of "Parasite"), else "". */
  original: string;
  year: string;
  /** Its `Title Type` as written ("Movie", "tvEpisode"), or "". */
  type: string;
  /** Its directors as written ("Phil Lord, Christopher Miller"), or "". */
  directors: string;
}

/** The title a row names. @throws ImportError naming the line and the column: a Const that is no IMDb id, an empty Title, a Year that is no year. */
function titleOf(file: string, line: number, row: string[], columns: CsvColumns): Title {
  const id = cellOf(row, columns, "Const");
  // (a Const without its "tt", as Yamtrack's test file has one, is read as the id it names)
  if (!/^(?:tt)?\d+$/.test(id)) throw new ImportError(file, `line ${line}`, `Const ${JSON.stringify(id)}: expected the title's IMDb id, "tt0111161"`);
  const name = cellOf(row, columns, "Title").replace(/\s+/g, " ");
  if (!name) throw new ImportError(file, `line ${line}`, "Title is empty: expected the title's name");
  const year = cellOf(row, columns, "Year");
  if (year && !/^\d{4}$/.test(year)) throw new ImportError(file, `line ${line}`, `Year ${JSON.stringify(year)}: expected the title's year, "2023", or nothing`);
  const original = cellOf(row, columns, "Original Title").replace(/\s+/g, " ");
  return {
    id: id.startsWith("tt") ? id : `tt${id}`,
    name,
    original: original.toLowerCase() === name.toLowerCase() ? "" : original,
    year,
    type: cellOf(row, columns, "Title Type"),
    directors: cellOf(row, columns, "Directors").replace(/\s+/g, " "),
  };
}

/**
 * A title as said: its kind ("the film Past Lives (2023)", "the TV series Shōgun (2024)"; in a list
 * `inList`, a film's name alone, the list saying what it holds), its own language's title beside its
 * year when that is another ("Parasite (Gisaengchung, 2019)"), Letterboxd's words otherwise ("Past Lives
 * (2023)"). A kind IMDb's words do not name (another language's) is not said.
 */
function titleWords(t: Title, inList = false): string {
  const folded = t.type.toLowerCase().replace(/[\s-]/g, "");
  const kind = inList && folded === "movie" ? "" : (TYPE_WORDS[folded] ?? "");
  const named = t.original ? `${t.name} (${[t.original, t.year].filter(Boolean).join(", ")})` : filmWords({ name: t.name, year: t.year });
  return kind ? `${kind} ${named}` : named;
}

/** Who directed a title, as a rating's sentence ends with it ("; directed by Celine Song"), or "" when the export names no one (a series). A list's paragraphs do not say it: the title's rating does. */
function directedWords(t: Title): string {
  return t.directors ? `; directed by ${t.directors}` : "";
}

/** The day in `column` of `row` (noon UTC). @throws ImportError naming the line and the column: an empty cell, a value that is no day. */
function dayCell(file: string, line: number, row: string[], columns: CsvColumns, column: string): number {
  const value = cellOf(row, columns, column);
  const at = dayOf(value);
  if (at === null)
    throw new ImportError(
      file,
      `line ${line}`,
      value ? `${column} ${JSON.stringify(value)}: expected a day as IMDb writes it, "2026-11-03"` : `${column} is empty: expected a day, "2026-11-03"`,
    );
  return at;
}

/** The user's rating of a row (`Your Rating`, a whole number from 1 to 10), or null for none. @throws ImportError naming the line and the column: any other value. */
function ratingOf(file: string, line: number, row: string[], columns: CsvColumns): number | null {
  const value = cellOf(row, columns, "Your Rating");
  if (!value) return null;
  if (!/^(?:10|[1-9])$/.test(value))
    throw new ImportError(file, `line ${line}`, `Your Rating ${JSON.stringify(value)}: expected a whole number from 1 to 10, or nothing`);
  return Number(value);
}

/** A CSV's columns by name, from its header (its first record; the columns read open it, as {@link imdbKind} found). */
function columnsOf({ cells }: CsvRecord): CsvColumns {
  return new Map(cells.map((name, i) => [name.replace(/^\uFEFF/, "").trim(), i]));
}

/** The note a file of IMDb's is, by its kind: its key and title. A list is named by its file's name ("Films to show the kids.csv" → "Films to show the kids"). */
function noteOf(kind: ImdbKind, file: string): { key: string; title: string } {
  if (kind === "ratings") return { key: "imdb:ratings", title: "IMDb ratings" };
  if (kind === "watchlist") return { key: "imdb:watchlist", title: "IMDb watchlist" };
  if (kind === "checkins") return { key: "imdb:checkins", title: "IMDb check-ins" };
  const name = basename(file)
    .replace(/\.csv$/i, "")
    .replace(/\s+/g, " ")
    .trim();
  return { key: `imdb:list:${name}`, title: name };
}

/** The user's note on a title as a sentence: its lines one, a full stop after it unless it ends a sentence ("Christmas Eve, with hot chocolate" → "… chocolate."); "" for none. Trakt's notes on a list's titles too (trakt.ts). */
export function noteWords(description: string): string {
  const words = description.replace(/\s*\n\s*/g, " ").trim();
  return !words || /[.!?…)"'”’]$/.test(words) ? words : `${words}.`;
}

/** A note's paragraph said by the user: named `id`, of the day `at`. */
function paragraph(id: string, at: number, text: string, line: number, imdb: Record<string, unknown>): ParsedTurn {
  return { externalId: id, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { line, imdb } };
}

/** What the metadata keeps of a title: its id, names, kind, year and directors, and IMDb's own figures for it. */
function titleMetadata(t: Title, row: string[], columns: CsvColumns): Record<string, unknown> {
  const kept: Record<string, unknown> = { const: t.id, title: t.name };
  if (t.original) kept.originalTitle = t.original;
  if (t.type) kept.type = t.type;
  if (t.year) kept.year = Number(t.year);
  if (t.directors) kept.directors = t.directors;
  for (const [column, key] of [
    ["IMDb Rating", "imdbRating"],
    ["Runtime (mins)", "runtime"],
    ["Genres", "genres"],
    ["Release Date", "released"],
  ] as const) {
    const value = cellOf(row, columns, column);
    if (value) kept[key] = value;
  }
  return kept;
}

/** What a file of each kind with no title is, as said after "the note has no text: ". */
const EMPTY: Readonly<Record<ImdbKind, string>> = {
  ratings: "an IMDb ratings export with no ratings",
  watchlist: "an IMDb watchlist with no titles",
  checkins: "an IMDb check-ins export with no titles",
  list: "an IMDb list with no titles",
};

/**
 * Reads `file`, one of IMDb's CSV exports (its start `start`, as detect.ts read it), as one note of
 * the user's records (format `note`, said by the user, speaker "User", `records: "log"`): the ratings
 * (`imdb:ratings`, "IMDb ratings"), the watchlist (`imdb:watchlist`, "IMDb watchlist"), the check-ins
 * (`imdb:checkins`, "IMDb check-ins") or a list (`imdb:list:<its file's name>`, titled so), each title
 * a paragraph of its day (the day rated, added or checked in; noon UTC), named by its Const (a
 * check-in by its Const and day: `tt…@2026-11-28`); paragraphs in time order, a list's in its order.
 * Turn metadata: `{ line, imdb: { file, const, title, originalTitle, type, year, directors, imdbRating,
 * runtime, genres, released, rating, list, position, note } }` (`line`: where the row starts). Held to
 * the file's end (held-notes.ts; given sooner past its MAX_HELD_CHARS, the same key).
 * @throws ImportError naming the file and where: a cell that is wrong, at its row's line and by its
 *   column (`line 7: Your Rating "11": expected a whole number from 1 to 10, or nothing`; a Const that
 *   is no IMDb id, an empty Title, a Year that is no year, a Date Rated or Created that is empty or no
 *   day, a Position that is no place); a header that is none of IMDb's (`line 1`); the CSV's own
 *   faults (an unclosed or stray quote, a record over {@link MAX_RECORD_CHARS} characters) at the line
 *   csv-parse stopped at; invalid UTF-8 at its line and byte. A file with no title rated or listed
 *   says why, "the note has no text: …" (a folder passes it over, saying so).
 */
export async function* parseImdb(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = imdbKind(start, file);
  if (kind === null)
    throw new ImportError(
      file,
      "line 1",
      `not one of IMDb's exports (its ratings open ${IMDB_RATINGS_COLUMNS.join(",")}; a list, the watchlist or the check-ins ${IMDB_LIST_COLUMNS.join(",")})`,
    );
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const note = noteOf(kind, file);
  const notes = new HeldNotes({ records: "log", inTimeOrder: kind !== "list" });
  const seen = new Set<string>();
  let columns: CsvColumns | null = null;
  let read = 0;
  for await (const record of csv.records) {
    if (!columns) {
      columns = columnsOf(record);
      continue;
    }
    const { cells, line } = record;
    if (cells.every((c) => !c.trim())) continue;
    const t = titleOf(file, line, cells, columns);
    const said = titleWords(t);
    const meta = { file: kind, ...titleMetadata(t, cells, columns) };
    if (kind === "ratings") {
      const rating = ratingOf(file, line, cells, columns);
      // (a title whose rating was taken back has none: nothing to say)
      if (rating === null) continue;
      const at = dayCell(file, line, cells, columns, "Date Rated");
      read++;
      const text = `Rated ${said} ${rating}/10 on IMDb on ${dayWords(at)}${directedWords(t)}.`;
      yield* notes.add(note.key, note.title, paragraph(t.id, at, text, line, { ...meta, rating }));
      continue;
    }
    const at = dayCell(file, line, cells, columns, "Created");
    const position = cellOf(cells, columns, "Position");
    if (!/^[1-9]\d*$/.test(position))
      throw new ImportError(file, `line ${line}`, `Position ${JSON.stringify(position)}: expected the title's place in the list, "1"`);
    const written = cellOf(cells, columns, "Description");
    const own = noteWords(written);
    const listed = { ...meta, ...(written ? { note: written } : {}) };
    read++;
    if (kind === "watchlist") {
      const text = `Added ${said} to my IMDb watchlist on ${dayWords(at)}${own ? `: ${own}` : "."}`;
      yield* notes.add(note.key, note.title, paragraph(t.id, at, text, line, listed));
    } else if (kind === "checkins") {
      const day = new Date(at).toISOString().slice(0, 10);
      // (a title checked in to again is another check-in: named by its day too)
      const id = `${t.id}@${day}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const text = `Watched ${said} on ${dayWords(at)}, checked in on IMDb${own ? `: ${own}` : "."}`;
      yield* notes.add(note.key, note.title, paragraph(id, at, text, line, listed));
    } else {
      const place = Number(position);
      const text = `${note.title}, number ${placeWords(place)}: ${titleWords(t, true)}.${own ? ` ${own}` : ""}`;
      yield* notes.add(note.key, note.title, paragraph(t.id, at, text, line, { ...listed, list: note.title, position: place }));
    }
  }
  if (!columns) throw new ImportError(file, "line 1", "no header: not one of IMDb's exports");
  if (!read) throw new ImportError(file, `line ${csv.lastLine() || 1}`, `${NO_TEXT}: ${EMPTY[kind]}`);
  yield* notes.given();
}
