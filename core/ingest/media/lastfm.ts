/**
 * A Last.fm listening history (its scrobbles) and loved tracks, as the exporters people use write them: Last.fm
 * itself offers no download, so a history is exported through its API by a third-party tool. Three files are
 * read, told apart by their content whatever their names (format `lastfm`; every conversation a note of the
 * user's: format `note`, said by the user):
 *
 * - lastfm.ghan.nl/export's "Recent Tracks" as CSV (`recenttracks-<user>-<digits>.csv`): the header
 *   `uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid`, then a row a scrobble, newest first,
 *   `uts` its UTC epoch seconds and `utc_time` Last.fm's date text of it ("17 May 2026, 12:54"), every cell
 *   quoted in some (checked against importers of its exports: a Rust importer's test quoting a real file, a
 *   Swift one's notes, "header-driven on the official export shape … `uts` is trusted", readers' docs naming
 *   the columns and the "recenttracks-<user>-<id>.csv" name). Read by the header's names; `uts` is the time,
 *   `utc_time` only when `uts` is empty.
 * - benjaminbenben's Last.fm to csv (benjaminbenben.com/lastfm-to-csv, its source benfoxall/lastfm-to-csv read:
 *   `index.html` pages through user.getrecenttracks as XML and writes each track's `artist`, `album`, `name` and
 *   `date` elements' text as a row `artist,album,track,date`, no header, newest first, every `"` and `,` taken out
 *   of each cell, so the date is Last.fm's "31 Jan 2021, 14:22" without its comma, "31 Jan 2021 14:22", UTC; the
 *   track playing as it ran, which has no date, an empty last cell), saved as `<user>.csv`.
 * - lastfm.ghan.nl/export's JSON: the API's pages as they come, `[{ "track": [ … ], "@attr": { "user", "page",
 *   … } }, …]` (checked against a reader of its JSON, "Array of page objects (lastfm.ghan.nl JSON export)", and
 *   one of its loved tracks, `for page in json_out: page.get("track")`), newest first. A scrobble (Recent Tracks)
 *   `{ "artist": { "mbid", "#text" }, "streamable", "image", "mbid", "album": { "mbid", "#text" }, "name", "url",
 *   "date": { "uts", "#text" } }` (the API's shape, as Last.fm's own fixtures and API clients give it; the track
 *   playing as it ran has `"@attr": { "nowplaying": "true" }` and no date); a loved track (Loved Tracks) `{ "artist":
 *   { "url", "name", "mbid" }, "date": { "uts", "#text": "08 Jul 2022, 13:58" }, "mbid", "url", "name", "image",
 *   "streamable" }`, no album: a track with an `album` is a scrobble, one without a loved track. A page of one
 *   track may give it as an object, not an array (the API's habit).
 *
 * Scrobbles are told as every music app's days are (listening.ts): a note per day of listening ("Last.fm
 * listening, 21 May 2026", `lastfm:day:2026-05-21`, `records: "day"`), each song scrobbled more than once a
 * paragraph ("Had "Motion Sickness" by Phoebe Bridgers on repeat on Last.fm on Thursday 21 May: played it 9
 * times between 20:45 and 21:24."), the others together in the order played ("Played once on Last.fm on …:
 * "Bags" by Clairo at 19:12; …"). A scrobble's time is when the track started (Last.fm's), UTC as every
 * exporter gives it, and kept as UTC, to the minute; it says nothing of how long the track played (Last.fm
 * scrobbles a track once half of it or four minutes have played), so no sentence tells a length. A track
 * scrobbled twice in the same minute (a double scrobble) is one play; a row with no time (the track playing as
 * the export ran) or no track or artist is passed over. A loved track is a paragraph of its day's note ("Loved
 * "Kyoto" by Phoebe Bridgers on Last.fm on Tuesday 2 June.", named `loved <artist> – <title>`). Paragraphs are
 * named by what they tell, so a later export (which holds the whole history again), or the same scrobbles from
 * the other exporter, adds only the days new since; a day told again with more adds its new paragraphs. Memory
 * is bounded: each file is streamed (csv-records.ts, json-paths.ts) and its days held as counts per song, given
 * early past {@link MAX_HELD_PLAYS} (the days later than the one being read, a history being newest first).
 */
import { stat } from "node:fs/promises";
import { isoDate } from "../../time/format.js";
import { type CsvColumns, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { type PathKey, streamJsonPaths } from "../kit/json-paths.js";
import { Days, dayNote, dayNoteOf, type ListeningApp, type Play, quoted, type Tally } from "./listening.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { dayWords } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { formatPath } from "../kit/validate.js";

/** Which exporter's file: ghan's Recent Tracks CSV, benjaminbenben's headerless CSV, or ghan's JSON (scrobbles or loved tracks). */
export type LastfmKind = "recenttracks" | "lastfm-to-csv" | "json";

/** Last.fm, as its days are told (listening.ts): "Last.fm listening, 21 May 2026", `lastfm:day:2026-05-21`, "… on Last.fm …", no lengths. */
const LASTFM: ListeningApp = { name: "Last.fm", key: "lastfm", untimed: true };

/** Most scrobbles (of the days held) and loved tracks held before the days read so far are given. */
export const MAX_HELD_PLAYS = 100_000;

/** Most characters of one CSV row (an unclosed quote would take in the rest of the file). */
const MAX_RECORD_CHARS = 64 * 1024;

/** The months as Last.fm's date text names them. */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Last.fm's date text, "17 May 2026, 12:54" (the API's, ghan's `utc_time`), or without its comma, "17 May 2026 12:54" (benjaminbenben's). */
const DATE_TEXT = /^(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** Epoch ms (UTC) of Last.fm's date text ({@link DATE_TEXT}), or NaN. */
function dateTextAt(text: string): number {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return Number.NaN;
  const [day, month, year, hour, minute] = [Number(m[1]), MONTHS.indexOf(m[2]!), Number(m[3]), Number(m[4]), Number(m[5])];
  const at = Date.UTC(year, month, day, hour, minute, Number(m[6] ?? 0));
  return new Date(at).getUTCDate() === day && hour < 24 ? at : Number.NaN;
}

/** Epoch ms of `uts` (epoch seconds, a number or its digits), or NaN. */
function utsAt(uts: unknown): number {
  const text = typeof uts === "number" ? String(uts) : typeof uts === "string" ? uts.trim() : "";
  return /^\d{1,12}$/.test(text) ? Number(text) * 1000 : Number.NaN;
}

/** A name as an export gives it, trimmed and its runs of white space one; "" for none. */
function nameOf(value: unknown): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

/** A value shown in an error: its JSON, cut. */
function shown(value: unknown): string {
  const json = JSON.stringify(value ?? null) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** The minute of `ms` (seconds dropped). */
const minuteOf = (ms: number) => Math.floor(ms / 60_000) * 60_000;

/** Whether `start` opens as ghan's Recent Tracks CSV: a header opening `uts` that names `utc_time`, `artist` and `track`. */
function isRecentTracksCsv(start: string): boolean {
  const cells = headerCells(start.replace(/^\uFEFF/, ""), true);
  return cells[0] === "uts" && cells.includes("utc_time") && cells.includes("artist") && cells.includes("track");
}

/**
 * Whether `start` opens as benjaminbenben's Last.fm to csv: its first lines (up to 10, a last one cut off left
 * out) each four cells, `artist,album,track,date`, the date Last.fm's without its comma ("31 Jan 2021 14:22") or
 * empty (the track playing as it ran): one row at least, and most of the others, so (a bad row among them is its
 * reader's to name).
 */
function isLastfmToCsv(start: string): boolean {
  const lines = start.replace(/^\uFEFF/, "").split(/\r?\n/);
  const whole = lines.length > 1 ? lines.slice(0, -1) : lines;
  const first = whole.filter((l) => l !== "").slice(0, 10);
  let dated = 0;
  let other = 0;
  for (const line of first) {
    const cells = line.split(",");
    if (cells.length === 4 && cells[0] && cells[2] && cells[3] === "") continue;
    if (cells.length === 4 && cells[0] && cells[2] && /^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}$/.test(cells[3]!) && !Number.isNaN(dateTextAt(cells[3]!)))
      dated++;
    else other++;
  }
  return dated > 0 && dated >= other;
}

/** Whether `start` opens as ghan's JSON: an array of the API's pages, the first opening with its `"track"` (or `"@attr"`), a scrobble's or loved track's `"uts"` within it. */
function isLastfmJson(start: string): boolean {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  return /^\[\s*\{\s*"(?:track|@attr)"\s*:\s*[[{]/.test(s) && /"date"\s*:\s*\{\s*"uts"\s*:/.test(s);
}

/**
 * Which Last.fm exporter's file `start` (a file's first bytes, 1 KiB or more) is, or null: ghan's Recent Tracks
 * CSV (its header opening "uts,utc_time,artist"), benjaminbenben's headerless CSV ("artist,album,track,31 Jan
 * 2021 14:22" rows), or ghan's JSON of the API's pages (`[{"track":[…`, a `"date": {"uts": …}` in it).
 */
export function lastfmKind(start: string): LastfmKind | null {
  if (isRecentTracksCsv(start)) return "recenttracks";
  if (isLastfmJson(start)) return "json";
  if (isLastfmToCsv(start)) return "lastfm-to-csv";
  return null;
}

/** Whether `start` (a file's first bytes) is a Last.fm export's ({@link lastfmKind}). */
export const isLastfmFile = (start: string): boolean => lastfmKind(start) !== null;

/**
 * A file's scrobbles being read: each day's plays counted per song (listening.ts `Days`), each play's minute and
 * song held to tell a double scrobble, and whether the file runs newest first (told by its second day).
 */
class Scrobbles {
  readonly days = new Days();
  private readonly seen = new Map<string, Set<string>>();
  private held = 0;
  private firstDay: string | null = null;
  private newestFirst: boolean | null = null;
  /** Plays counted, and rows passed over (no time, no track or artist, a double scrobble). */
  counted = 0;
  passed = 0;

  /** Counts a scrobble of `title` by `artist` (of `album`) at `at` (epoch ms, UTC), unless the same song was scrobbled in the same minute. */
  add(at: number, title: string, artist: string, album: string): void {
    if (!title || !artist) {
      this.passed++;
      return;
    }
    const minute = minuteOf(at);
    const day = isoDate(minute);
    const seen = this.seen.get(day) ?? new Set<string>();
    this.seen.set(day, seen);
    const key = `${minute}\u0000${artist}\u0000${title}`;
    if (seen.has(key)) {
      this.passed++;
      return;
    }
    seen.add(key);
    this.held++;
    this.counted++;
    if (this.firstDay === null) this.firstDay = day;
    else if (this.newestFirst === null && day !== this.firstDay) this.newestFirst = day < this.firstDay;
    const play: Play = { end: minute, start: minute, ms: 0, kind: "song", video: false, title, by: artist, album: album || null, uri: null };
    this.days.add(play);
  }

  /** The days complete so far when more than {@link MAX_HELD_PLAYS} are held (those later than `day` in a file newest first, earlier in one oldest first), else none. */
  ready(day: string): Array<[string, Map<string, Tally>]> {
    if (this.held <= MAX_HELD_PLAYS || this.newestFirst === null) return [];
    return this.forget(this.days.take(day, this.newestFirst));
  }

  /** Every day still held, in time order. */
  rest(): Array<[string, Map<string, Tally>]> {
    return this.forget(this.days.take(null));
  }

  /** `days`, given: their minutes held to tell a double scrobble no longer held. */
  private forget(days: Array<[string, Map<string, Tally>]>): Array<[string, Map<string, Tally>]> {
    for (const [day] of days) {
      this.held -= this.seen.get(day)?.size ?? 0;
      this.seen.delete(day);
    }
    return days;
  }
}

/** Loved tracks being read, by day (UTC): each a paragraph ({@link lovedTurn}). */
class LovedDays {
  readonly days = new Map<string, Map<string, ParsedTurn>>();
  held = 0;

  /** Notes `title` by `artist` loved at `at` (epoch ms, UTC). */
  add(title: string, artist: string, at: number): void {
    const day = isoDate(at);
    const turns = this.days.get(day) ?? new Map<string, ParsedTurn>();
    this.days.set(day, turns);
    const turn = lovedTurn(title, artist, minuteOf(at));
    if (!turns.has(turn.externalId!)) this.held++;
    turns.set(turn.externalId!, turn);
  }

  /** The loved tracks of `day`, no longer held (none when there are none). */
  takeDay(day: string): ParsedTurn[] {
    const turns = [...(this.days.get(day)?.values() ?? [])];
    this.days.delete(day);
    this.held -= turns.length;
    return turns;
  }

  /** Each day's loved tracks as its note (`lastfm:day:…`, the day its scrobbles are told in too), in time order, no longer held. */
  take(): ParsedConversation[] {
    const days = [...this.days.keys()].sort();
    return days.map((day) =>
      dayNoteOf(
        day,
        LASTFM,
        this.takeDay(day).sort((a, b) => a.occurredAt - b.occurredAt),
      ),
    );
  }
}

/** A loved track's paragraph: "Loved "Kyoto" by Phoebe Bridgers on Last.fm on Tuesday 2 June.", named `loved <artist> – <title>`. */
function lovedTurn(title: string, artist: string, at: number): ParsedTurn {
  return {
    externalId: `loved ${artist} – ${title}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: at,
    text: `Loved ${quoted(title)} by ${artist} on ${LASTFM.name} on ${dayWords(at)}.`,
    metadata: { lastfm: { kind: "loved", title, artist, at: new Date(at).toISOString() } },
  };
}

/** The days' notes of `days`, each with its loved tracks from `loved` after its plays. */
function* notesOf(days: Array<[string, Map<string, Tally>]>, loved: LovedDays): Generator<ParsedConversation> {
  for (const [day, tallies] of days) yield dayNote(day, tallies, LASTFM, { after: loved.takeDay(day) });
}

/** The columns of a CSV's header row, by their names lower-cased (trimmed, a byte order mark dropped). */
const columnsOf = (cells: string[]): CsvColumns =>
  new Map(
    cells.map((c, i) => [
      c
        .replace(/^\uFEFF/, "")
        .trim()
        .toLowerCase(),
      i,
    ]),
  );

/**
 * Reads `file`, a CSV of either exporter (`kind`), streamed, as a note per day of listening, days in time order
 * (past {@link MAX_HELD_PLAYS} held, the days complete so far are given).
 * @throws ImportError naming the file and where: ghan's header without `uts` or `utc_time`, `artist` and `track`
 *   (`line 1`); a `uts` that is no epoch seconds, or with none a `utc_time` that is no Last.fm date (`line 12,
 *   "uts"`); a row of benjaminbenben's that is not four cells or whose date is none (`line 12`); the CSV's own
 *   errors; "the note has no text" for a file with no scrobble.
 */
async function* parseCsv(file: string, kind: "recenttracks" | "lastfm-to-csv", opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const scrobbles = new Scrobbles();
  const none = new LovedDays();
  const { records } = csvRecords(file, (await stat(file)).size, MAX_RECORD_CHARS, opts.onProgress);
  let columns: CsvColumns | null = null;
  let rows = 0;
  let given = 0;
  for await (const { cells, line } of records) {
    let at: number;
    let artist: string;
    let album: string;
    let title: string;
    if (kind === "recenttracks") {
      if (!columns) {
        columns = columnsOf(cells);
        if (!(columns.has("uts") || columns.has("utc_time")) || !columns.has("artist") || !columns.has("track"))
          throw new ImportError(
            file,
            `line ${line}`,
            'expected the header "uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid" of lastfm.ghan.nl\'s export',
          );
        continue;
      }
      rows++;
      const uts = cellOf(cells, columns, "uts");
      const utc = cellOf(cells, columns, "utc_time");
      if (!uts && !utc) {
        scrobbles.passed++;
        continue;
      }
      at = uts ? utsAt(uts) : dateTextAt(utc);
      if (Number.isNaN(at))
        throw new ImportError(
          file,
          `line ${line}, "${uts ? "uts" : "utc_time"}"`,
          uts ? `expected the scrobble's time in epoch seconds, got ${shown(uts)}` : `expected Last.fm's date, "17 May 2026, 12:54", got ${shown(utc)}`,
        );
      [artist, album, title] = [nameOf(cellOf(cells, columns, "artist")), nameOf(cellOf(cells, columns, "album")), nameOf(cellOf(cells, columns, "track"))];
    } else {
      rows++;
      if (cells.length !== 4)
        throw new ImportError(file, `line ${line}`, `expected "artist,album,track,date" as Last.fm to csv writes a scrobble, got ${cells.length} cells`);
      const date = cells[3]!.trim();
      if (!date) {
        scrobbles.passed++;
        continue;
      }
      at = dateTextAt(date);
      if (Number.isNaN(at)) throw new ImportError(file, `line ${line}, date`, `expected Last.fm's date, "31 Jan 2021 14:22", got ${shown(date)}`);
      [artist, album, title] = [nameOf(cells[0]), nameOf(cells[1]), nameOf(cells[2])];
    }
    scrobbles.add(at, title, artist, album);
    for (const note of notesOf(scrobbles.ready(isoDate(at)), none)) {
      given++;
      yield note;
    }
  }
  for (const note of notesOf(scrobbles.rest(), none)) {
    given++;
    yield note;
  }
  if (!given)
    throw new ImportError(
      file,
      rows ? `line ${kind === "recenttracks" ? 2 : 1}` : "line 1",
      `${NO_TEXT}: ${rows ? "a Last.fm export with no scrobble of a track and artist at a time" : "an empty Last.fm export"}`,
    );
}

/** A kept value's place, as an error names it: `[2].track[5]`. */
const placeOf = (path: readonly PathKey[]) => formatPath(path);

/**
 * Reads `file`, ghan's JSON (the API's pages, streamed a track at a time), as a note per day: its scrobbles told
 * as listening, its loved tracks as loved; days in time order (past {@link MAX_HELD_PLAYS} held, the days
 * complete so far are given).
 * @throws ImportError naming the file and where: a page that is no object (`[2]`), a track that is no object
 *   (`[2].track[5]`), a date whose `uts` is no epoch seconds (`[2].track[5].date.uts`); the stream's own errors;
 *   "the note has no text" for pages with no dated track.
 */
async function* parseJson(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const scrobbles = new Scrobbles();
  const loved = new LovedDays();
  let tracks = 0;
  let given = 0;
  const values = streamJsonPaths(file, {
    onProgress: opts.onProgress,
    choose: (path, kind) => {
      if (path.length === 0) return kind === "array" ? "enter" : "keep";
      if (path.length === 1) return kind === "object" ? "enter" : "keep";
      if (path.length === 2) return path[1] === "track" ? (kind === "array" ? "enter" : "keep") : "skip";
      return path.length === 3 ? "keep" : "skip";
    },
  });
  for await (const { path, value } of values) {
    if (path.length === 0) throw new ImportError(file, "byte 0", `expected the Last.fm export's pages, an array, got ${shown(value)}`);
    if (path.length === 1)
      throw new ImportError(file, placeOf(path), `expected a page of Last.fm's tracks ({ "track": [ … ], "@attr": … }), got ${shown(value)}`);
    if (!value || typeof value !== "object" || Array.isArray(value))
      throw new ImportError(file, placeOf(path), `expected a track ({ "name": …, "artist": …, "date": { "uts": … } }), got ${shown(value)}`);
    tracks++;
    const t = value as Record<string, unknown>;
    const date = t.date as Record<string, unknown> | undefined;
    // (the track playing as the export ran: no date)
    if (!date || typeof date !== "object") {
      scrobbles.passed++;
      continue;
    }
    const at = date.uts !== undefined ? utsAt(date.uts) : dateTextAt(nameOf(date["#text"]));
    if (Number.isNaN(at))
      throw new ImportError(file, `${placeOf(path)}.date.uts`, `expected the time in epoch seconds, "1779022496", got ${shown(date.uts ?? date["#text"])}`);
    const a = t.artist as Record<string, unknown> | string | undefined;
    const artist = typeof a === "string" ? nameOf(a) : a && typeof a === "object" ? nameOf(a["#text"]) || nameOf(a.name) : "";
    const title = nameOf(t.name);
    if ("album" in t) {
      const al = t.album as Record<string, unknown> | string | null;
      const album = typeof al === "string" ? nameOf(al) : al && typeof al === "object" ? nameOf(al["#text"]) || nameOf(al.title) : "";
      scrobbles.add(at, title, artist, album);
      for (const note of notesOf(scrobbles.ready(isoDate(at)), loved)) {
        given++;
        yield note;
      }
    } else if (title && artist) {
      loved.add(title, artist, at);
      if (loved.held > MAX_HELD_PLAYS)
        for (const note of loved.take()) {
          given++;
          yield note;
        }
    } else scrobbles.passed++;
  }
  for (const note of notesOf(scrobbles.rest(), loved)) {
    given++;
    yield note;
  }
  for (const note of loved.take()) {
    given++;
    yield note;
  }
  if (!given)
    throw new ImportError(
      file,
      "[0]",
      `${NO_TEXT}: ${tracks ? "a Last.fm export with no scrobble nor loved track of a track and artist at a time" : "a Last.fm export with no tracks"}`,
    );
}

/**
 * Reads `file`, a Last.fm export told by `head` (its start: {@link lastfmKind}), as notes of the user's (format
 * `note`, `records: "day"`; the file's format `lastfm`): a day of scrobbles a note, loved tracks in their days.
 * @throws ImportError naming the file and where: a file that is none of the exporters' (`byte 0`), and each
 *   reader's own errors ({@link parseCsv}, {@link parseJson}).
 */
export async function* parseLastfm(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = lastfmKind(head);
  if (kind === "json") yield* parseJson(file, opts);
  else if (kind) yield* parseCsv(file, kind, opts);
  else
    throw new ImportError(
      file,
      "byte 0",
      'not a Last.fm export: expected lastfm.ghan.nl\'s CSV (a header "uts,utc_time,artist,…") or JSON ([{"track": [ … ]}]), or Last.fm to csv\'s rows ("artist,album,track,31 Jan 2021 14:22")',
    );
}
