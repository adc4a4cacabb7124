/**
 * Trakt's data export (trakt.tv Settings → Data → "Export now": a ZIP of JSON files, unzipped), each file an array
 * of the API v2 objects it was read from (trakt-files.ts tells which file is which, and which are passed over):
 *
 * - `watched-history.json` (pages `watched-history-1.json` … when long): each viewing `{ id, watched_at
 *   "2026-10-17T21:15:00.000Z", action: "watch" | "scrobble" | "checkin", type: "movie" | "episode", movie: { title,
 *   year, ids } | episode: { season, number, title, ids } and show: { title, year, ids, aired_episodes } }`, newest
 *   first; a title marked watched "on an unknown date" has `watched_at` "1900-01-01T00:00:00.000Z";
 * - `ratings-movies|shows|seasons|episodes.json`: `{ rated_at, rating (1–10), type, movie | show | season + show |
 *   episode + show }`;
 * - `lists-watchlist.json`, `lists-favorites.json` and each custom list's `lists-list-<list id>-<slug>.json`: `{ type,
 *   <the title>, rank, id, listed_at, notes, my_rating }` (a list named, described and dated in `lists-lists.json`
 *   beside it: `{ name, description, created_at, ids: { trakt, slug }, … }`);
 * - `comments-movies|shows|seasons|episodes|lists.json`: `{ type, <what it is on>, comment: { id, comment, spoiler,
 *   review, parent_id, created_at, updated_at, user_rating, … } }`;
 * - `user-settings.json` (`users/settings`: `{ user, account: { timezone: "Europe/London", … }, … }`), read for the
 *   account's time zone only: the days and clock times below are on it, else in UTC (said so: "at 21:15 UTC").
 *
 * Read as notes of the user's (format `note`, said by the user, speaker "User"; the file's format `trakt`): the history
 * a note per day of viewing ("Trakt viewing, Saturday 17 October 2026", `trakt:day:2026-10-17`, `records: "day"`),
 * each viewing a paragraph named by its history id ("Watched Severance, season 2, episode 10 "Cold Harbor" on Saturday
 * 17 October at 22:15."; "Watched the film Anora (2024) on Thursday 22 October, checked in on Trakt at 19:25."), a
 * viewing with no day in a note of its own (`trakt:history:undated`, "Watched on Trakt, day not recorded"); the
 * ratings one note ("Trakt ratings": "Rated the film Dune: Part Two (2024) 9/10 on Trakt on Saturday 26 September."),
 * the watchlist one ("Trakt watchlist": "Added the show Andor (2022) to my Trakt watchlist on Monday 5 October: Tom
 * says …"), the favorites one, each custom list one titled by its name (`trakt:list:<list id>`: its description, then
 * "Comfort rewatches, number one: Paddington 2 (2017)."), the comments one ("Trakt comments": "Wrote a comment on
 * Trakt about Severance, season 2, episode 10 "Cold Harbor" on Saturday 17 October: "That ending! …""), each of those
 * `records: "log"`, a paragraph named by what it is on ("movie 452827", "episode 11418210", "season 150923 4", a
 * comment by its id) and of its own day. Words are Letterboxd's and IMDb's for a film (letterboxd.ts: its name with its
 * year, a day without its year, a place in a list up to ten in words; imdb.ts: a note as a sentence), Netflix's for
 * an episode (netflix-titles.ts: "season 2, episode 10 "Cold Harbor""). So a later export, which holds everything
 * again, adds only what is new, and a rating, note or comment changed since supersedes what was remembered.
 *
 * Checked against a real export's files in Yamtrack's test data (FuzzyGrim/Yamtrack,
 * src/integrations/tests/mock_data/trakt_export: every member above, in the order written, Plex's ids among an
 * item's `ids`, `aired_episodes`, an episode's `imdb: null`, a list item's `notes` and `my_rating`, a comment's whole
 * object), the ZIP importers of Yamtrack (trakt.py), Ryot (export.rs and its tests: `watched-history-1.json` pages,
 * `lists-list-42-top-100.json`, comments' `comment.comment`, `spoiler`, `created_at`) and Watchkeep's tests (actions
 * "watch", "scrobble", "checkin"), a web exporter writing the same files from the API (user-settings is
 * `users/settings`; trakt_dart's UserAccount names its `timezone`), and rwnd.tv's notes on a real export (the
 * "1900-01-01T00:00:00.000Z" of an unknown day, empty `comments-*` files).
 *
 * Memory is bounded: each file is streamed an item at a time (json-stream.ts), its notes held to its end
 * (held-notes.ts, given sooner past its bound under the same key: a day or a list met again adds to its note).
 */
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isoToMs } from "../../time/import-dates.js";
import { readJsonFile } from "../kit/bytes.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { clockOf, dayNoteTitle, dayWords, quotedEnd } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";
import { HeldNotes } from "../notes/held-notes.js";
import { wallClock } from "../notes/journey.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { noteWords } from "./imdb.js";
import { filmWords, placeWords } from "./letterboxd.js";
import { episodeWords } from "./netflix-titles.js";
import { type TraktKind, traktKind, traktPassedOver } from "./trakt-files.js";

/** Most bytes of user-settings.json (for its time zone) or lists-lists.json (the lists' names) read beside a file. */
export const MAX_BESIDE_BYTES = 16 * 1024 * 1024;

/** A JSON object's members. */
type Obj = Record<string, unknown>;

/** A value as shown in an error: "nothing" for a member left out. */
const shown = (v: unknown) => (v === undefined ? "nothing" : describeValue(v));

/** `v` as an object. @throws ImportError naming `where`: anything else, or nothing. */
function objectAt(file: string, where: string, v: unknown, what: string): Obj {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new ImportError(file, where, `expected ${what} (an object), got ${shown(v)}`);
  return v as Obj;
}

/** A name or words as the export gives them, trimmed and their runs of white space one; "" for none. */
function words(v: unknown): string {
  return typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "";
}

/** A title's name, its straight quotes written ″ (it is said in quotes). @throws ImportError naming `where`: none. */
function nameAt(file: string, where: string, v: unknown, what: string): string {
  const name = words(v);
  if (!name) throw new ImportError(file, where, `expected ${what}, got ${shown(v)}`);
  return name.replace(/"/g, "″");
}

/** A whole number from `min`. @throws ImportError naming `where`: anything else. */
function countAt(file: string, where: string, v: unknown, what: string, min: number): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min)
    throw new ImportError(file, where, `expected ${what} (a whole number from ${min}), got ${shown(v)}`);
  return v;
}

/** An item's id: a number's digits, or its text. @throws ImportError naming `where`: none. */
function idAt(file: string, where: string, v: unknown, what: string): string {
  const id = typeof v === "number" && Number.isFinite(v) ? String(v) : words(v);
  if (!id) throw new ImportError(file, where, `expected the ${what}'s id, got ${shown(v)}`);
  return id;
}

/** A time as Trakt writes one, "2026-10-17T21:15:00.000Z", as epoch ms. @throws ImportError naming `where`: anything else. */
function timeAt(file: string, where: string, v: unknown): number {
  const at = typeof v === "string" ? isoToMs(v) : Number.NaN;
  if (Number.isNaN(at)) throw new ImportError(file, where, `expected a time as Trakt writes one, "2026-10-17T21:15:00.000Z", got ${shown(v)}`);
  return at;
}

/** A viewing's time, or null for one Trakt was told was on an unknown day ("1900-01-01T00:00:00.000Z", any year before 1970). @throws ImportError naming `where`: no time. */
function watchedAt(file: string, where: string, v: unknown): number | null {
  return typeof v === "string" && /^1[0-8]\d\d-|^19[0-6]\d-/.test(v.trim()) ? null : timeAt(file, where, v);
}

/** A title's year ("2024"), or "" for none. */
const yearOf = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v > 1800 && v < 2200 ? String(v) : "");

/** The ids an object names (`ids: { trakt, slug, imdb, tmdb, tvdb }`), those given. */
function idsOf(o: Obj): Obj {
  const ids = typeof o.ids === "object" && o.ids !== null && !Array.isArray(o.ids) ? (o.ids as Obj) : {};
  const kept: Obj = {};
  for (const k of ["trakt", "slug", "imdb", "tmdb", "tvdb"]) if (typeof ids[k] === "number" || (typeof ids[k] === "string" && ids[k])) kept[k] = ids[k];
  return kept;
}

/** What names a title among its kind: its Trakt id, else its slug, else `fallback` (its name and year). */
const keyOf = (ids: Obj, fallback: string) => String(ids.trakt ?? ids.slug ?? fallback);

/** A title an item is of, as said. */
interface Title {
  /** Its paragraph's name in a note of titles: "movie 452827", "show 154997", "season 150923 4", "episode 11418210". */
  key: string;
  /** As said inside a sentence: "the film Dune: Part Two (2024)", "Severance, season 2, episode 3 "Who Is Alive?"," (a comma after a title that ends a sentence). */
  said: string;
  /** As said ending a sentence, and in a list: a film's name alone ("Dune: Part Two (2024)"), anything else as said without that comma. */
  listed: string;
  /** What the metadata keeps of it. */
  meta: Obj;
}

/** A show an item names: its name, year, ids. */
function showOf(file: string, where: string, v: unknown): { name: string; year: string; ids: Obj } {
  const show = objectAt(file, where, v, "the show");
  return { name: nameAt(file, `${where}.title`, show.title, "the show's title"), year: yearOf(show.year), ids: idsOf(show) };
}

/** A season's words: "season 4", the specials (season 0) "the specials". */
const seasonName = (n: number) => (n === 0 ? "the specials" : `season ${n}`);

/**
 * The title item `item` (at `where`) is of, by its `type`: a film (`movie`), a show, a season (`season` and its
 * `show`), an episode (`episode` and its `show`), a person (`person`, in a list) or a list (`list`, commented on).
 * @throws ImportError naming where: a type that is none of `types`, or a title that is no object or has no name,
 *   a season or an episode with no number.
 */
function titleOf(file: string, where: string, item: Obj, types: readonly string[]): Title {
  const type = words(item.type);
  if (!types.includes(type))
    throw new ImportError(
      file,
      `${where}.type`,
      `expected ${types
        .map((t) => `"${t}"`)
        .join(", ")
        .replace(/, ([^,]*)$/, " or $1")}, got ${shown(item.type)}`,
    );
  if (type === "movie" || type === "show") {
    const t = type === "movie" ? objectAt(file, `${where}.movie`, item.movie, "the film") : objectAt(file, `${where}.show`, item.show, "the show");
    const name = nameAt(file, `${where}.${type}.title`, t.title, type === "movie" ? "the film's title" : "the show's title");
    const year = yearOf(t.year);
    const ids = idsOf(t);
    const named = filmWords({ name, year });
    const said = `the ${type === "movie" ? "film" : "show"} ${named}`;
    return {
      key: `${type} ${keyOf(ids, named)}`,
      said,
      listed: type === "movie" ? named : said,
      meta: { type, title: name, ...(year ? { year: Number(year) } : {}), ids },
    };
  }
  if (type === "season" || type === "episode") {
    const show = showOf(file, `${where}.show`, item.show);
    const o = objectAt(file, `${where}.${type}`, item[type], `the ${type}`);
    const showKey = keyOf(show.ids, show.name);
    const meta = { type, show: show.name, ...(show.year ? { year: Number(show.year) } : {}), showIds: show.ids };
    if (type === "season") {
      const n = countAt(file, `${where}.season.number`, o.number, "the season's number", 0);
      const said = `${seasonName(n)} of ${show.name}`;
      return { key: `season ${showKey} ${n}`, said, listed: said, meta: { ...meta, season: n } };
    }
    const season = countAt(file, `${where}.episode.season`, o.season, "the episode's season", 0);
    const number = countAt(file, `${where}.episode.number`, o.number, "the episode's number", 0);
    const own = words(o.title).replace(/"/g, "″");
    const listed = `${show.name}, ${episodeWords({ season: season === 0 ? "the specials" : `Season ${season}`, episode: own || null, number }, true)}`;
    const ids = idsOf(o);
    return {
      key: `episode ${ids.trakt ?? `${showKey} s${season}e${number}`}`,
      // (a title ending with "?" or "!" would end the sentence there: a comma after its quote)
      said: /[.?!…]$/.test(own) ? `${listed},` : listed,
      listed,
      meta: { ...meta, season, number, ...(own ? { episode: own } : {}), ids },
    };
  }
  const o = objectAt(file, `${where}.${type}`, item[type], type === "person" ? "the person" : "the list");
  const name = nameAt(file, `${where}.${type}.name`, o.name, `the ${type}'s name`);
  const ids = idsOf(o);
  const said = type === "person" ? name : `the list "${name}"`;
  return { key: `${type} ${keyOf(ids, name)}`, said, listed: said, meta: { type, name, ids } };
}

/** A note's paragraph said by the user, named `id`, of the time `at`; `trakt` its metadata. */
function paragraph(id: string, at: number, text: string, trakt: Obj, extra: Obj = {}): ParsedTurn {
  return { externalId: id, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { ...extra, trakt } };
}

/** How times are told: on the account's zone (`zone`, an IANA name) as the user's clock, else in UTC, said so. */
interface Clock {
  zone: string;
  /** `at` on the user's clock, read as UTC. */
  wall(at: number): number;
  /** A clock time of a wall time: "22:15", or "22:15 UTC" with no zone known. */
  time(wall: number): string;
}

/** The clock of `zone` ({@link Clock}); UTC for "". */
function clockIn(zone: string): Clock {
  return { zone, wall: (at) => (zone ? wallClock(at, zone) : at), time: (wall) => (zone ? clockOf(wall) : `${clockOf(wall)} UTC`) };
}

/**
 * The account's time zone from the user-settings.json beside `file` (`account.timezone`, an IANA name this machine
 * knows), or "" when there is none, it is over {@link MAX_BESIDE_BYTES}, or it cannot be read: never throws.
 */
async function zoneBeside(file: string): Promise<string> {
  try {
    const settings = (await readJsonFile(join(dirname(file), "user-settings.json"), MAX_BESIDE_BYTES, "Trakt's settings")) as Obj;
    const zone = words((settings.account as Obj | undefined)?.timezone);
    if (!zone) return "";
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return "";
  }
}

/** What a note of the user's is: its key and title. */
type NoteName = { key: string; title: string };

const UNDATED: NoteName = { key: "trakt:history:undated", title: "Watched on Trakt, day not recorded" };

/**
 * Reads a history file, streamed: each viewing a paragraph of its day's note on the user's clock (`records: "day"`), one
 * on an unknown day a paragraph of {@link UNDATED} (`records: "log"`, of the file's modification time, metadata `undated`).
 * @throws ImportError naming the file and the item: no object, no id, a type other than a film's or an episode's, a
 *   title of the wrong shape, a `watched_at` that is no time; the stream's own errors; "the note has no text" for none.
 */
async function* historyFile(file: string, clock: Clock, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const days = new HeldNotes({ records: "day" });
  const undated = new HeldNotes({ records: "log" });
  const mtime = Math.floor((await stat(file)).mtimeMs);
  let read = 0;
  for await (const item of streamJsonArray(file, { onProgress: opts.onProgress })) {
    const where = `[${item.index}]`;
    const h = objectAt(file, where, item.value, "a viewing");
    const id = idAt(file, `${where}.id`, h.id, "viewing");
    const title = titleOf(file, where, h, ["movie", "episode"]);
    const action = words(h.action) || "watch";
    const at = watchedAt(file, `${where}.watched_at`, h.watched_at);
    const meta = { file: "history", id: Number(id) || id, action, ...title.meta };
    read++;
    if (at === null) {
      yield* undated.add(
        UNDATED.key,
        UNDATED.title,
        paragraph(`history ${id}`, mtime, `Watched ${title.said.replace(/,$/, "")}, on a day not recorded on Trakt.`, meta, { undated: true }),
      );
      continue;
    }
    const wall = clock.wall(at);
    const day = new Date(wall).toISOString().slice(0, 10);
    const text =
      action === "checkin"
        ? `Watched ${title.said} on ${dayWords(wall)}, checked in on Trakt at ${clock.time(wall)}.`
        : `Watched ${title.said} on ${dayWords(wall)} at ${clock.time(wall)}.`;
    yield* days.add(
      `trakt:day:${day}`,
      dayNoteTitle("Trakt viewing", day),
      paragraph(`history ${id}`, wall, text, { ...meta, at: new Date(at).toISOString(), ...(clock.zone ? { zone: clock.zone } : {}) }),
    );
  }
  if (!read) throw new ImportError(file, "[]", `${NO_TEXT}: a Trakt export's history with no viewing`);
  // (in time order, whichever way the file runs: a day's key sorts as its day)
  yield* days.given().sort((a, b) => (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0));
  yield* undated.given();
}

/**
 * Reads `file`, streamed, as the one note of records `note`: each item (an object; `what` names one in an error) the
 * paragraphs `told` makes of it, none for one with nothing to tell.
 * @throws ImportError naming the file and the item: one that is no object, and what `told` throws; the stream's own
 *   errors; "the note has no text: <empty>" for a file that tells nothing.
 */
async function* itemsNote(
  file: string,
  note: NoteName,
  what: string,
  empty: string,
  opts: ReadOptions,
  told: (item: Obj, where: string) => ParsedTurn[],
): AsyncGenerator<ParsedConversation> {
  const notes = new HeldNotes({ records: "log" });
  let read = 0;
  for await (const item of streamJsonArray(file, { onProgress: opts.onProgress })) {
    const where = `[${item.index}]`;
    for (const turn of told(objectAt(file, where, item.value, what), where)) {
      read++;
      yield* notes.add(note.key, note.title, turn);
    }
  }
  if (!read) throw new ImportError(file, "[]", `${NO_TEXT}: ${empty}`);
  yield* notes.given();
}

const RATINGS: NoteName = { key: "trakt:ratings", title: "Trakt ratings" };

/**
 * Reads a ratings file, streamed: each rating a paragraph of the note {@link RATINGS}, of the day rated.
 * @throws ImportError naming the file and the item: no object, a `rating` that is no whole number from 1 to 10, a
 *   `rated_at` that is no time, a type or title of the wrong shape; the stream's own errors; "the note has no text".
 */
function ratingsFile(file: string, clock: Clock, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  return itemsNote(file, RATINGS, "a rating", "a Trakt export's ratings with none", opts, (r, where) => {
    const rating = r.rating;
    if (typeof rating !== "number" || !Number.isInteger(rating) || rating < 1 || rating > 10)
      throw new ImportError(file, `${where}.rating`, `expected a whole number from 1 to 10, got ${shown(rating)}`);
    const at = timeAt(file, `${where}.rated_at`, r.rated_at);
    const title = titleOf(file, where, r, ["movie", "show", "season", "episode"]);
    const wall = clock.wall(at);
    const meta = { file: "ratings", rating, at: new Date(at).toISOString(), ...title.meta };
    return [paragraph(title.key, wall, `Rated ${title.said} ${rating}/10 on Trakt on ${dayWords(wall)}.`, meta)];
  });
}

/** A custom list as lists-lists.json names it: its name, description and when it was made (epoch ms, or null). */
interface ListInfo {
  name: string;
  description: string;
  created: number | null;
}

/**
 * The custom lists lists-lists.json beside `file` names, by their Trakt id (`ids.trakt`); empty when there is none,
 * it is over {@link MAX_BESIDE_BYTES}, or it cannot be read: never throws.
 */
async function listsBeside(file: string): Promise<Map<string, ListInfo>> {
  const lists = new Map<string, ListInfo>();
  try {
    const all = await readJsonFile(join(dirname(file), "lists-lists.json"), MAX_BESIDE_BYTES, "Trakt's lists");
    for (const l of Array.isArray(all) ? (all as unknown[]) : []) {
      if (typeof l !== "object" || l === null) continue;
      const list = l as Obj;
      const id = idsOf(list).trakt;
      const name = words(list.name);
      if (id === undefined || !name) continue;
      const created = typeof list.created_at === "string" ? isoToMs(list.created_at) : Number.NaN;
      lists.set(String(id), { name, description: words(list.description), created: Number.isNaN(created) ? null : created });
    }
  } catch {
    // (no lists-lists.json, or one unread: each list is named by its file)
  }
  return lists;
}

/** A custom list's id and words for its name from its file's name, `lists-list-<id>-<slug>.json` ("comfort-rewatches" → "Comfort rewatches"); the file's name for another. */
function listOfName(file: string): { id: string; name: string } {
  const name = basename(file).replace(/\.json$/i, "");
  const m = /^lists-list-(\d+)-(.+)$/i.exec(name);
  const words = (m ? m[2]! : name).replace(/[-_]+/g, " ").trim();
  return { id: m ? m[1]! : name, name: words ? words[0]!.toUpperCase() + words.slice(1) : name };
}

/**
 * Reads the watchlist, the favorites or a custom list, streamed: one note of its titles (`records: "log"`), each a
 * paragraph of the day it was listed; a custom list's note titled by its name from lists-lists.json beside it (else its
 * file's name), its description its first paragraph, each title said with its place ("Comfort rewatches, number two: …").
 * @throws ImportError naming the file and the item: no object, a `listed_at` that is no time, a type or title of the
 *   wrong shape, a `rank` that is no whole number; the stream's own errors; "the note has no text" for a list with none.
 */
async function* listFile(file: string, kind: "watchlist" | "favorites" | "list", clock: Clock, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const own = listOfName(file);
  const info = kind === "list" ? (await listsBeside(file)).get(own.id) : undefined;
  const name = info?.name ?? own.name;
  const note: NoteName =
    kind === "watchlist"
      ? { key: "trakt:watchlist", title: "Trakt watchlist" }
      : kind === "favorites"
        ? { key: "trakt:favorites", title: "Trakt favorites" }
        : { key: `trakt:list:${own.id}`, title: name };
  let described = !info?.description;
  const empty = `a Trakt ${kind === "list" ? `list ("${name}")` : kind} with no titles`;
  yield* itemsNote(file, note, "a list's item", empty, opts, (l, where) => {
    const at = timeAt(file, `${where}.listed_at`, l.listed_at);
    const title = titleOf(file, where, l, ["movie", "show", "season", "episode", "person"]);
    const rank = l.rank === undefined || l.rank === null ? null : countAt(file, `${where}.rank`, l.rank, "the title's place in the list", 1);
    const notesWords = noteWords(typeof l.notes === "string" ? l.notes : "");
    const wall = clock.wall(at);
    const text =
      kind === "list"
        ? `${name}${rank === null ? "" : `, number ${placeWords(rank)}`}: ${title.listed}.${notesWords ? ` ${notesWords}` : ""}`
        : `Added ${title.said} to my Trakt ${kind} on ${dayWords(wall)}${notesWords ? `: ${notesWords}` : "."}`;
    const meta = { file: kind, ...(kind === "list" ? { list: name } : {}), ...(rank === null ? {} : { rank }), at: new Date(at).toISOString(), ...title.meta };
    const turns = [paragraph(title.key, wall, text, notesWords ? { ...meta, notes: notesWords } : meta)];
    // (the list's description first, of the day it was made)
    if (!described && info)
      turns.unshift(paragraph("description", clock.wall(info.created ?? at), `${name}: ${noteWords(info.description)}`, { file: "list", list: name }));
    described = true;
    return turns;
  });
}

const COMMENTS: NoteName = { key: "trakt:comments", title: "Trakt comments" };

/**
 * Reads a comments file, streamed: each comment with words a paragraph of the note {@link COMMENTS}, of the day it was
 * written, the user's words in quotes ("Wrote a comment on Trakt about … on Saturday 17 October: "…""; a review "Wrote a
 * review on Trakt about …", a reply "Wrote a reply on Trakt to a comment on …").
 * @throws ImportError naming the file and the item: no object, a `comment` that is no object, with no id, a
 *   `created_at` that is no time, a type or title of the wrong shape; the stream's own errors; "the note has no text".
 */
function commentsFile(file: string, clock: Clock, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  return itemsNote(file, COMMENTS, "a comment's item", "a Trakt export's comments with none", opts, (c, where) => {
    const comment = objectAt(file, `${where}.comment`, c.comment, "the comment");
    const said = words(comment.comment);
    if (!said) return [];
    const id = idAt(file, `${where}.comment.id`, comment.id, "comment");
    const at = timeAt(file, `${where}.comment.created_at`, comment.created_at);
    const title = titleOf(file, where, c, ["movie", "show", "season", "episode", "list"]);
    const reply = typeof comment.parent_id === "number" && comment.parent_id > 0;
    const review = comment.review === true;
    const wall = clock.wall(at);
    // ("wrote": "What did I write about Cold Harbor?" asks for it)
    const opening = reply ? `Wrote a reply on Trakt to a comment on ${title.said}` : `Wrote a ${review ? "review" : "comment"} on Trakt about ${title.said}`;
    const meta = {
      file: "comments",
      id: Number(id) || id,
      at: new Date(at).toISOString(),
      ...(reply ? { reply: true } : {}),
      ...(review ? { review: true } : {}),
      ...(comment.spoiler === true ? { spoiler: true } : {}),
      ...title.meta,
    };
    return [paragraph(`comment ${id}`, wall, `${opening} on ${dayWords(wall)}: ${quotedEnd(said)}`, meta)];
  });
}

/**
 * Reads `file`, a file of Trakt's export told by `head` (its start) and its name (trakt-files.ts `traktKind`), as
 * notes of the user's (format `note`; the file's format `trakt`): the history a note per day (`records: "day"`), the
 * ratings, the watchlist, the favorites, each custom list and the comments a note each (`records: "log"`), times on
 * the account's time zone from user-settings.json beside it, else UTC. Turn metadata `{ trakt: { file, type, title |
 * show | name, year, season, number, episode, ids, showIds, id, action, rating, rank, list, notes, at (the instant,
 * ISO), zone, reply, review, spoiler } }` (those that apply), and `undated: true` for a viewing on an unknown day.
 * @throws ImportError naming the file and where: a file that is none of the export's files read (`byte 0`; one it
 *   passes over, the aggregates, the profile, the settings …, "the note has no text: …" saying why, so a folder passes
 *   it over); each reader's own errors, at the item and member (`[3].rating: expected a whole number from 1 to 10,
 *   got 11`); "the note has no text" for a file with no item (Trakt writes `[]` for a section the account never used).
 */
export async function* parseTrakt(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind: TraktKind | null = traktKind(head, file);
  if (kind === null) {
    const why = traktPassedOver(file);
    if (why) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${why}`);
    throw new ImportError(
      file,
      "byte 0",
      'not a file of Trakt\'s export: expected its history ([{"id": …, "watched_at": …, "action": …, "type": …}]), ratings, lists or comments',
    );
  }
  const clock = clockIn(await zoneBeside(file));
  if (kind === "history") yield* historyFile(file, clock, opts);
  else if (kind === "ratings") yield* ratingsFile(file, clock, opts);
  else if (kind === "comments") yield* commentsFile(file, clock, opts);
  else yield* listFile(file, kind, clock, opts);
}
