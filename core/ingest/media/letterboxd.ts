/**
 * Letterboxd's export of an account (Settings → Data → Export your data:
 * `letterboxd-<username>-2026-11-30-12-00-utc.zip`, unzipped): a folder of CSV files (RFC 4180, CRLF,
 * parsed by csv-parse, streamed; csv-records.ts), each read alone:
 *
 * - `diary.csv` (`Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date`): a row per viewing,
 *   `Date` the day it was logged, `Letterboxd URI` a boxd.it link to the entry, `Rating` half stars
 *   from 0.5 to 5 or none, `Rewatch` "Yes" or nothing, `Tags` comma-separated, `Watched Date` the day
 *   watched; in the order watched;
 * - `reviews.csv` (the same with `Review` before `Tags`): the entries with a review, the review as
 *   typed (Letterboxd's `<i>`, `<b>`, `<a>`, `<blockquote>`, line breaks), its link the entry's;
 * - `ratings.csv` (`Date,Name,Year,Letterboxd URI,Rating`): each film's latest rating, its link the
 *   film's; `watched.csv`, `watchlist.csv` and `likes/films.csv` (`Date,Name,Year,Letterboxd URI`);
 * - `lists/<list>.csv`: `Letterboxd list export v7`, the list's own `Date,Name,Tags,URL,Description`
 *   and its row, a blank line, then `Position,Name,Year,URL,Description`, a row per film;
 * - `profile.csv` (`Date Joined,Username,Given Name,…,Favorite Films`), `comments.csv`
 *   (`Date,Content,Comment`: the account's comments on others' reviews and lists, `Content` the link
 *   to what they answer), `likes/reviews.csv` and `likes/lists.csv` (`Date,Content`), and `deleted/…`
 *   and `orphaned/…` (entries deleted, or whose film Letterboxd lost, in the shapes above).
 *
 * What the user logged is read as notes of theirs (format `note`, said by the user): the diary a note
 * per month of viewings ("Film diary, November 2026"), each entry a paragraph in words ("Watched Past
 * Lives (2023) on Saturday 14 February, rated 4.5 out of 5; tags: home, mubi.") with its review; the
 * ratings one note, the watchlist one note ("Added Perfect Days (2023) to my watchlist on …"), each list
 * a note titled by the list, a film a paragraph ("Best of 2026, number one: Hamnet (2025)."). A film's
 * name never opens a sentence: "Heat (1995) …" had been read as an order to heat, "Ran (1985) …" as
 * the user ran. Each paragraph is
 * named by the link the export gives it (a viewing's, a film's), so a later export adds only what is
 * new, and an entry changed since supersedes what was remembered of it. Likes, comments, the profile,
 * watched.csv (each film once, no day: the diary and the ratings tell them) and deleted entries are
 * no note: refused with why ("the note has no text: …"), so a folder passes them over, said so.
 */
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { humanDate } from "../../time/format.js";
import { readBytes } from "../kit/bytes.js";
import { type CsvRecord, csvRecords, headerCells, cellOf, type CsvColumns } from "../kit/csv-records.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/** The films' columns that open each of Letterboxd's CSVs of films (diary, reviews, ratings, watched, watchlist, likes). */
export const LETTERBOXD_FILM_COLUMNS = ["Date", "Name", "Year", "Letterboxd URI"] as const;

/** The diary's header as Letterboxd writes it. */
export const LETTERBOXD_DIARY_COLUMNS = ["Date", "Name", "Year", "Letterboxd URI", "Rating", "Rewatch", "Tags", "Watched Date"] as const;

/** What a file of a Letterboxd export holds, by its header (and, for a plain list of films, its name). */
export type LetterboxdKind = "diary" | "reviews" | "ratings" | "watchlist" | "watched" | "likes" | "films" | "list" | "profile" | "comments";

/** Most characters of one CSV record (a review and its cells): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** Most characters of reviews.csv's reviews the diary reads beside it to tell each entry with its review; past it, reviews.csv's own import tells them. */
export const MAX_JOINED_REVIEW_CHARS = 32 * 1024 * 1024;

/** The first line of a list's export: "Letterboxd list export v7" (a later version's number too; padded with commas by some). */
const LIST_BANNER = /^"?Letterboxd list export v\d+"?\s*(?:,\s*)*$/;

/**
 * What a Letterboxd export's file is, from its start (its text, a byte-order mark dropped) and its path
 * (a plain list of films, `Date,Name,Year,Letterboxd URI`, is told by its name: watchlist.csv,
 * watched.csv, or in `likes/`; `Date,Content` only in `likes/` or as comments.csv), or null when it is
 * none of Letterboxd's.
 */
export function letterboxdKind(start: string, file: string): LetterboxdKind | null {
  const first = start.slice(0, start.search(/\r|\n|$/));
  if (LIST_BANNER.test(first)) return "list";
  const cells = headerCells(first);
  const name = basename(file).toLowerCase();
  const folder = basename(dirname(file)).toLowerCase();
  if (cells[0] === "Date Joined" && cells[1] === "Username") return "profile";
  if (cells[0] === "Date" && cells[1] === "Content" && cells.length <= 3)
    return name === "comments.csv" || cells[2] === "Comment" ? "comments" : folder === "likes" ? "likes" : null;
  if (!LETTERBOXD_FILM_COLUMNS.every((c, i) => cells[i] === c)) return null;
  if (cells.includes("Review")) return "reviews";
  if (cells.includes("Watched Date")) return "diary";
  if (cells.includes("Rating")) return "ratings";
  if (folder === "likes") return "likes";
  if (/watchlist/.test(name)) return "watchlist";
  if (/watched/.test(name)) return "watched";
  return "films";
}

/** Whether a file's start and path are one of a Letterboxd export's CSVs ({@link letterboxdKind}). */
export function isLetterboxdCsv(start: string, file: string): boolean {
  return letterboxdKind(start, file) !== null;
}

/**
 * Why a file of a Letterboxd export is no note, as the detail of an ImportError after "the note has no
 * text: " (a folder passes it over, saying so), or null for one that is read.
 */
function noNote(kind: LetterboxdKind): string | null {
  switch (kind) {
    case "profile":
      return "the Letterboxd account's profile, its name, email and bio";
    case "comments":
      return "comments left on Letterboxd under others' reviews and lists, without what they answer";
    case "likes":
      return "films, reviews and lists liked on Letterboxd";
    case "watched":
      return "the films marked watched on Letterboxd, each once with no day, which diary.csv and ratings.csv tell";
    case "films":
      return "a Letterboxd list of films whose file name does not say whose (watchlist.csv, watched.csv or likes/films.csv)";
    default:
      return null;
  }
}

/** Why a file under a Letterboxd export's `deleted/` or `orphaned/` folder is no note, or null for any other file. */
function setAside(file: string): string | null {
  const [above, folder] = dirname(file)
    .split(/[\\/]/)
    .slice(-2)
    .map((p) => p.toLowerCase());
  // (deleted/diary.csv, deleted/lists/<list>.csv; not an export kept in a folder of that name)
  const aside = folder === "lists" ? above : folder;
  if (aside === "deleted") return "entries deleted from the Letterboxd account";
  if (aside === "orphaned") return "Letterboxd entries whose film is no longer on Letterboxd";
  return null;
}

/** A day as Letterboxd writes one: "2026-11-03". */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day `value` names ("2026-11-03", as Letterboxd and IMDb write one) at noon UTC (its day in any zone), or null when it is no such day. */
export function dayOf(value: string): number | null {
  const m = DAY.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const at = Date.UTC(y, mo - 1, d, 12);
  const back = new Date(at);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? at : null;
}

/** The day in `column` of `row` (noon UTC), or null when it is empty. @throws ImportError naming the line and the column: a value that is no day. */
function dayCell(file: string, line: number, row: string[], columns: CsvColumns, column: string): number | null {
  const value = cellOf(row, columns, column);
  if (!value) return null;
  const at = dayOf(value);
  if (at === null) throw new ImportError(file, `line ${line}`, `${column} ${JSON.stringify(value)}: expected a day as Letterboxd writes it, "2026-11-03"`);
  return at;
}

/** A film as a row names it. */
export interface Film {
  name: string;
  year: string;
}

/** The film a row names ("Name", "Year"). @throws ImportError naming the line and the column: no name; a year that is no year. */
function filmOf(file: string, line: number, row: string[], columns: CsvColumns): Film {
  const name = cellOf(row, columns, "Name").replace(/\s+/g, " ");
  if (!name) throw new ImportError(file, `line ${line}`, "Name is empty: expected the film's name");
  const year = cellOf(row, columns, "Year");
  if (year && !/^\d{4}$/.test(year)) throw new ImportError(file, `line ${line}`, `Year ${JSON.stringify(year)}: expected the film's year, "2023", or nothing`);
  return { name, year };
}

/** A film as said: "Past Lives (2023)", "Untitled Project" without a year (IMDb's titles too: imdb.ts). */
export function filmWords(film: Film): string {
  return film.year ? `${film.name} (${film.year})` : film.name;
}

/** A rating in half stars (0.5 to 5) as a number, or null for none. @throws ImportError naming the line and "Rating": any other value. */
function ratingOf(file: string, line: number, row: string[], columns: CsvColumns): number | null {
  const value = cellOf(row, columns, "Rating");
  if (!value) return null;
  const stars = Number(value);
  if (!/^\d(?:\.\d+)?$/.test(value) || stars < 0.5 || stars > 5 || !Number.isInteger(stars * 2))
    throw new ImportError(file, `line ${line}`, `Rating ${JSON.stringify(value)}: expected half stars from 0.5 to 5, or nothing`);
  return stars;
}

/** A rating as said: 4.5 → "4.5 out of 5", 4 → "4 out of 5". */
function ratingWords(stars: number): string {
  return `${stars} out of 5`;
}

/** The tags of a row ("cinema, with-sam" → ["cinema", "with-sam"]). */
function tagsOf(row: string[], columns: CsvColumns): string[] {
  return cellOf(row, columns, "Tags")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The HTML a review may hold as Letterboxd keeps it: a line break, a paragraph's end, any other tag. */
const BREAK = /<br\s*\/?>|<\/p>\s*<p[^>]*>/gi;
const TAG = /<\/?[a-z][^>]*>/gi;
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * A review (or a list's description) as words: Letterboxd's HTML (`<i>`, `<b>`, `<a href>`,
 * `<blockquote>`, `<br>`) its text, entities undone ("&amp;" → "&", "&#8217;" → "’"), its lines trimmed,
 * blank lines between paragraphs kept once.
 */
function reviewWords(text: string): string {
  return text
    .replace(BREAK, "\n")
    .replace(TAG, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? all;
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    })
    .split(/\r?\n|\r/)
    .map((l) => l.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const DAY_WORDS = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/**
 * A day as a diary says it, without its year: "Sunday 22 November" (IMDb's ratings and lists too: imdb.ts). Each paragraph is of that day, so
 * the memory engine reads it as that day (its year from the paragraph's time) and tells two viewings
 * of a film apart by it: with the year written out, a day is no date to resolve, and a rewatch's
 * paragraph, the same words but the day's, was taken for the first viewing again.
 */
export function dayWords(at: number): string {
  return DAY_WORDS.format(at).replace(",", "");
}

/** A viewing as the diary (or reviews.csv) gives it. */
interface Viewing {
  film: Film;
  /** The entry's link ("https://boxd.it/8RtY3e"), or "" when the row has none. */
  uri: string;
  watched: number;
  logged: number | null;
  rating: number | null;
  rewatch: boolean;
  tags: string[];
  review: string;
  line: number;
}

/** A diary's or reviews.csv's row as a viewing. @throws ImportError naming the line and the column of a bad cell (a date, the rating, Rewatch, the film). */
function viewingOf(file: string, { cells, line }: CsvRecord, columns: CsvColumns, review: string): Viewing {
  const film = filmOf(file, line, cells, columns);
  const logged = dayCell(file, line, cells, columns, "Date");
  const watched = dayCell(file, line, cells, columns, "Watched Date") ?? logged;
  if (watched === null) throw new ImportError(file, `line ${line}`, 'Date and Watched Date are empty: expected the day it was watched, "2026-11-03"');
  const rewatch = cellOf(cells, columns, "Rewatch");
  if (rewatch && !/^(?:yes|no)$/i.test(rewatch)) throw new ImportError(file, `line ${line}`, `Rewatch ${JSON.stringify(rewatch)}: expected "Yes" or nothing`);
  return {
    film,
    uri: cellOf(cells, columns, "Letterboxd URI"),
    watched,
    logged,
    rating: ratingOf(file, line, cells, columns),
    rewatch: /^yes$/i.test(rewatch),
    tags: tagsOf(cells, columns),
    review: reviewWords(review),
    line,
  };
}

/**
 * A viewing in words, as the diary shows it: "Watched Past Lives (2023) on Saturday 14 February, rated
 * 4.5 out of 5; tags: home, mubi." ("…, a rewatch, …" for one), then its review on a line of its own,
 * named by its film ("My review of Dune: Part Two (2024): …": "Review of …" alone reads as an order to
 * review it). A review with no day watched (reviews.csv's Watched Date empty) is told as written that
 * day: "My review of Aftersun (2022), written on Sunday 9 August, …".
 */
function viewingWords(v: Viewing, watchedGiven: boolean): string {
  const rated = v.rating === null ? "" : `, rated ${ratingWords(v.rating)}`;
  const tags = v.tags.length ? `; tags: ${v.tags.join(", ")}` : "";
  const film = filmWords(v.film);
  if (!watchedGiven) return `My review of ${film}, written on ${dayWords(v.watched)}${rated}${tags}:\n${v.review}`;
  const head = `Watched ${film} on ${dayWords(v.watched)}${v.rewatch ? ", a rewatch" : ""}${rated}${tags}.`;
  return v.review ? `${head}\nMy review of ${film}: ${v.review}` : head;
}

/** A viewing's paragraph of its month's note: named by the entry's link, of the day it was watched. */
function viewingTurn(v: Viewing, watchedGiven: boolean, kind: "diary" | "reviews"): ParsedTurn {
  return {
    externalId: v.uri || `${filmWords(v.film)}, ${humanDate(v.watched)}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: v.watched,
    text: viewingWords(v, watchedGiven),
    metadata: {
      line: v.line,
      letterboxd: {
        file: kind,
        film: v.film.name,
        ...(v.film.year ? { year: Number(v.film.year) } : {}),
        ...(v.uri ? { uri: v.uri } : {}),
        ...(v.rating === null ? {} : { rating: v.rating }),
        ...(v.rewatch ? { rewatch: true } : {}),
        ...(v.tags.length ? { tags: v.tags } : {}),
        ...(v.logged === null ? {} : { logged: new Date(v.logged).toISOString().slice(0, 10) }),
        ...(v.review ? { reviewed: true } : {}),
      },
    },
  };
}

const MONTHS = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** The diary's note a viewing is of: keyed by its month ("letterboxd:diary:2026-11"), titled "Film diary, November 2026". */
function diaryNote(at: number): { key: string; title: string } {
  return { key: `letterboxd:diary:${new Date(at).toISOString().slice(0, 7)}`, title: `Film diary, ${MONTHS.format(at)}` };
}

/** The header of a CSV of films, read from its first record. @throws ImportError (`line N`) naming a column it lacks. */
function columnsOf(file: string, { cells, line }: CsvRecord, kind: LetterboxdKind, required: readonly string[]): CsvColumns {
  const columns = new Map(cells.map((name, i) => [name.trim(), i]));
  const missing = required.find((c) => !columns.has(c));
  if (missing) throw new ImportError(file, `line ${line}`, `no "${missing}" column: not Letterboxd's ${kind}.csv (its header is ${[...required].join(",")})`);
  return columns;
}

/**
 * The reviews of the reviews.csv beside `file` (a diary), by entry link, for the diary to tell each
 * entry with its review; empty when there is none, it is no Letterboxd reviews.csv, it cannot be
 * read, or its reviews are over {@link MAX_JOINED_REVIEW_CHARS} (its own import then tells them: each
 * supersedes its entry, named by the same link).
 */
async function reviewsBeside(file: string): Promise<Map<string, string>> {
  const path = join(dirname(file), "reviews.csv");
  const reviews = new Map<string, string>();
  if (path === file) return reviews;
  try {
    const info = await stat(path);
    if (!info.isFile()) return reviews;
    let columns: CsvColumns | null = null;
    let held = 0;
    for await (const record of csvRecords(path, info.size, MAX_RECORD_CHARS).records) {
      if (!columns) {
        columns = new Map(record.cells.map((name, i) => [name.trim(), i]));
        if (!columns.has("Review") || !columns.has("Letterboxd URI")) return new Map();
        continue;
      }
      const uri = cellOf(record.cells, columns, "Letterboxd URI");
      const review = cellOf(record.cells, columns, "Review");
      if (!uri || !review) continue;
      held += review.length;
      if (held > MAX_JOINED_REVIEW_CHARS) return new Map();
      reviews.set(uri, review);
    }
  } catch {
    return new Map();
  }
  return reviews;
}

/** Reads a diary.csv or reviews.csv: each viewing a paragraph of its month's note. */
async function* viewings(file: string, kind: "diary" | "reviews", opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const required = kind === "diary" ? ["Name", "Watched Date"] : ["Name", "Review"];
  const reviews = kind === "diary" ? await reviewsBeside(file) : new Map<string, string>();
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new HeldNotes({ records: "log" });
  let columns: CsvColumns | null = null;
  let read = 0;
  for await (const record of csv.records) {
    if (!columns) {
      columns = columnsOf(file, record, kind, required);
      continue;
    }
    if (record.cells.every((c) => !c.trim())) continue;
    const uri = cellOf(record.cells, columns, "Letterboxd URI");
    const v = viewingOf(file, record, columns, kind === "reviews" ? cellOf(record.cells, columns, "Review") : (reviews.get(uri) ?? ""));
    const watchedGiven = kind === "diary" || cellOf(record.cells, columns, "Watched Date") !== "";
    // (a review with no words, and no day watched, says nothing the diary does not)
    if (kind === "reviews" && !v.review) continue;
    const note = diaryNote(v.watched);
    read++;
    yield* notes.add(note.key, note.title, viewingTurn(v, watchedGiven, kind));
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not Letterboxd's ${kind}.csv`);
  if (!read)
    throw new ImportError(file, `line ${csv.lastLine()}`, `${NO_TEXT}: a Letterboxd ${kind === "diary" ? "diary" : "export's reviews"} with no entries`);
  yield* notes.given();
}

/**
 * Reads ratings.csv or watchlist.csv: one note of the account's (`letterboxd:ratings`, "Film
 * ratings"; `letterboxd:watchlist`, "Watchlist"), each film a paragraph of the day in its `Date`
 * ("Rated The Holdovers (2023) 3.5 out of 5 on Saturday 24 January."; "Added Perfect Days (2023) to my
 * watchlist on Saturday 5 September."), named by the film's link.
 */
async function* filmsNote(file: string, kind: "ratings" | "watchlist", opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new HeldNotes({ records: "log" });
  const [key, title] = kind === "ratings" ? ["letterboxd:ratings", "Film ratings"] : ["letterboxd:watchlist", "Watchlist"];
  let columns: CsvColumns | null = null;
  let read = 0;
  for await (const record of csv.records) {
    if (!columns) {
      columns = columnsOf(file, record, kind, kind === "ratings" ? ["Date", "Name", "Rating"] : ["Date", "Name"]);
      continue;
    }
    const { cells, line } = record;
    if (cells.every((c) => !c.trim())) continue;
    const film = filmOf(file, line, cells, columns);
    const at = dayCell(file, line, cells, columns, "Date");
    if (at === null) throw new ImportError(file, `line ${line}`, 'Date is empty: expected the day, "2026-11-03"');
    const uri = cellOf(cells, columns, "Letterboxd URI");
    const rating = kind === "ratings" ? ratingOf(file, line, cells, columns) : null;
    // (a film rated, then its rating taken back, has none: nothing to say)
    if (kind === "ratings" && rating === null) continue;
    const text =
      rating !== null ? `Rated ${filmWords(film)} ${ratingWords(rating)} on ${dayWords(at)}.` : `Added ${filmWords(film)} to my watchlist on ${dayWords(at)}.`;
    read++;
    yield* notes.add(key, title, {
      externalId: uri || filmWords(film),
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: at,
      text,
      metadata: {
        line,
        letterboxd: {
          file: kind,
          film: film.name,
          ...(film.year ? { year: Number(film.year) } : {}),
          ...(uri ? { uri } : {}),
          ...(rating === null ? {} : { rating }),
        },
      },
    });
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not Letterboxd's ${kind}.csv`);
  if (!read)
    throw new ImportError(
      file,
      `line ${csv.lastLine()}`,
      `${NO_TEXT}: a Letterboxd ${kind === "ratings" ? "export with no ratings" : "watchlist with no films"}`,
    );
  yield* notes.given();
}

const PLACES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** A film's place in a list as said (a Letterboxd list's, an IMDb list's): 1 → "one" ("What's number one on my list?"; "1" is no word a question shares), 12 → "12". */
export function placeWords(position: number): string {
  return PLACES[position - 1] ?? String(position);
}

/** The columns of a list's own row, and of its films, as Letterboxd writes them. */
const LIST_COLUMNS = ["Date", "Name", "Tags", "URL", "Description"] as const;
const LIST_FILM_COLUMNS = ["Position", "Name", "Year", "URL", "Description"] as const;

/**
 * Reads a list's export (`lists/<list>.csv`): one note titled by the list's name (`letterboxd:list:<its
 * URL>`, else its file's name), of the day in its `Date`: its description a paragraph ("Best of 2026:
 * My favourite new releases …"), then each film one, in the list's order ("Best of 2026, number one:
 * Hamnet (2025). Jessie Buckley, enough said."; a place from one to ten in words), named by the film's link.
 */
async function* listNote(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new HeldNotes({ records: "log" });
  // (the parts of the file in order: its banner, the list's header and row, the films' header, the films)
  let part: "banner" | "header" | "list" | "filmsHeader" | "films" = "banner";
  let listColumns: CsvColumns | null = null;
  let columns: CsvColumns | null = null;
  let list = { key: "", title: "", at: 0 };
  let films = 0;
  for await (const record of csv.records) {
    const { cells, line } = record;
    if (cells.every((c) => !c.trim())) continue;
    if (part === "banner") {
      if (!LIST_BANNER.test(cells.filter(Boolean).join(",")))
        throw new ImportError(file, `line ${line}`, 'expected "Letterboxd list export v7": not a list Letterboxd exported');
      part = "header";
    } else if (part === "header") {
      listColumns = columnsOf(file, record, "list", ["Date", "Name"]);
      part = "list";
    } else if (part === "list") {
      const name = cellOf(cells, listColumns!, "Name").replace(/\s+/g, " ");
      if (!name) throw new ImportError(file, `line ${line}`, "Name is empty: expected the list's name");
      const at = dayCell(file, line, cells, listColumns!, "Date") ?? Math.floor(info.mtimeMs);
      const url = cellOf(cells, listColumns!, "URL");
      list = { key: `letterboxd:list:${url || basename(file).replace(/\.csv$/i, "")}`, title: name, at };
      const description = reviewWords(cellOf(cells, listColumns!, "Description"));
      if (description)
        yield* notes.add(list.key, list.title, {
          externalId: "description",
          speaker: NOTE_SPEAKER,
          role: "user",
          occurredAt: at,
          text: `${name}: ${description}`,
          metadata: { line, letterboxd: { file: "list", list: name, ...(url ? { url } : {}), tags: tagsOf(cells, listColumns!) } },
        });
      part = "filmsHeader";
    } else if (part === "filmsHeader") {
      columns = columnsOf(file, record, "list", ["Position", "Name"]);
      part = "films";
    } else {
      const film = filmOf(file, line, cells, columns!);
      const position = cellOf(cells, columns!, "Position");
      if (!/^[1-9]\d*$/.test(position))
        throw new ImportError(file, `line ${line}`, `Position ${JSON.stringify(position)}: expected the film's place in the list, "1"`);
      const url = cellOf(cells, columns!, "URL");
      const note = reviewWords(cellOf(cells, columns!, "Description"));
      films++;
      yield* notes.add(list.key, list.title, {
        externalId: url || filmWords(film),
        speaker: NOTE_SPEAKER,
        role: "user",
        occurredAt: list.at,
        text: `${list.title}, number ${placeWords(Number(position))}: ${filmWords(film)}.${note ? ` ${note}` : ""}`,
        metadata: {
          line,
          letterboxd: {
            file: "list",
            list: list.title,
            position: Number(position),
            film: film.name,
            ...(film.year ? { year: Number(film.year) } : {}),
            ...(url ? { uri: url } : {}),
          },
        },
      });
    }
  }
  if (part === "banner" || part === "header")
    throw new ImportError(file, `line ${csv.lastLine() || 1}`, `expected the list's header, ${LIST_COLUMNS.join(",")}`);
  if (part === "list") throw new ImportError(file, `line ${csv.lastLine()}`, "expected the list's row after its header");
  if (!films)
    throw new ImportError(file, `line ${csv.lastLine()}`, `${NO_TEXT}: a Letterboxd list with no films (its films' header is ${LIST_FILM_COLUMNS.join(",")})`);
  yield* notes.given();
}

/**
 * Reads `file`, a CSV of a Letterboxd export (UTF-8, streamed through csv-parse), as notes of the
 * user's (format `note`, said by the user, speaker "User"; each paragraph named by the link the
 * export gives it, so a later export adds only what is new and an entry changed since supersedes
 * it): `diary.csv` a note per month of viewings (externalId `letterboxd:diary:2026-11`, title "Film
 * diary, November 2026"), each viewing a paragraph of the day it was watched, told with its review
 * from reviews.csv beside it; `reviews.csv` each review so, in the same notes (its entry's link names
 * it: in a folder, a duplicate of the diary's, skipped); `ratings.csv` one note ("Film ratings"),
 * `watchlist.csv` one ("Watchlist"), each film a paragraph of its day; a list's export a note titled by
 * the list, each film a paragraph in the list's order. Paragraphs in time order. Turn metadata: `{
 * line, letterboxd: { file, film, year, uri, rating, rewatch, tags, logged, reviewed, list, position }
 * }` (`line`: where the row starts). Notes are held to the file's end, given sooner past held-notes.ts
 * MAX_HELD_CHARS (the same externalId: a month met again adds to its note).
 * @throws ImportError naming the file and where: a cell that is wrong, at its row's line and by its
 *   column (`line 7: Rating "9": expected half stars from 0.5 to 5, or nothing`; a Date or Watched
 *   Date that is no day, a Year that is no year, an empty Name, a Rewatch other than "Yes", a list's
 *   Position that is no place); a header without its columns (`line 1`); a list without its banner,
 *   its header or its films' header; the CSV's own faults (an unclosed or stray quote, a record over
 *   {@link MAX_RECORD_CHARS} characters) at the line csv-parse stopped at; invalid UTF-8 at its line
 *   and byte. A file that is no note says why, "the note has no text: …" (a folder passes it over,
 *   saying so): the profile, comments, likes, watched.csv, a list of films its name does not name,
 *   anything under `deleted/` or `orphaned/`, and a file with no entry.
 */
export async function* parseLetterboxd(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const start = (await readHead(file)).replace(/^\uFEFF/, "");
  const kind = letterboxdKind(start, file);
  if (kind === null)
    throw new ImportError(
      file,
      "line 1",
      `not a Letterboxd export's file (its diary.csv opens ${LETTERBOXD_DIARY_COLUMNS.join(",")}; a list "Letterboxd list export v7")`,
    );
  const aside = setAside(file);
  if (aside) throw new ImportError(file, "line 1", `${NO_TEXT}: ${aside}`);
  const why = noNote(kind);
  if (why) throw new ImportError(file, "line 1", `${NO_TEXT}: ${why}`);
  if (kind === "diary" || kind === "reviews") yield* viewings(file, kind, opts);
  else if (kind === "ratings" || kind === "watchlist") yield* filmsNote(file, kind, opts);
  else yield* listNote(file, opts);
}

/** The first KiB of `file` as text (a character cut at its end dropped). */
async function readHead(file: string): Promise<string> {
  return new TextDecoder("utf-8").decode(await readBytes(file, 0, 1024), { stream: true });
}
