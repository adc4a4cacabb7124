/**
 * Apple Music's listening from Apple's "Request a copy of your data" (privacy.apple.com → Apple Media Services
 * information; `Apple_Media_Services/Apple Music Activity/`, unzipped, its `.json.zip` files too), read as notes
 * of the user's (format `applemusic`; every conversation a note: format `note`, said by the user). The files and
 * how they are told apart: applemusic-export.ts.
 *
 * Read:
 * - `Apple Music Play Activity.csv` (streamed: it runs to hundreds of MB) as a note per day of listening on the
 *   user's clock ("Apple Music listening, 23 August 2024", `applemusic:day:2024-08-23`), worded as every app's
 *   listening is (listening.ts): each song played more than once a paragraph, the most played first ("Had
 *   "Starburster" by Fontaines D.C. on repeat on Apple Music on Saturday 24 August: played it 9 times between
 *   10:02 and 22:04 (32 minutes in all)."), then each album, playlist or station {@link MIN_SOURCE_SONGS} songs or more were played
 *   from ("Played the album "Romance" by Fontaines D.C. on Apple Music on Friday 23 August, between 08:10 and
 *   08:53 (11 songs): "Romance"; "Starburster"; …"; "Played my playlist "Halloween Party 2024 🎃" …", "my" when
 *   Library Playlists.json beside names it the user's own), then the other songs played once together. A row is a
 *   player event: only PLAY_END rows (or rows of an older export with no event type) are plays; a song paused
 *   and taken up again within 30 minutes on the same device is one play, its pieces summed; a play under 30
 *   seconds (a skip) is left out. A row's time is `Event End Timestamp` (UTC) on the clock of its `UTC Offset In
 *   Seconds`; its start its end less `Play Duration Milliseconds` (Apple's start is that too), which is how far
 *   the playhead moved: never more than the song's `Media Duration In Milliseconds`, never less than none. The artist, which
 *   the Play Activity of 2022 on does not hold, is its `Artist Name` (older exports), else the library's or the
 *   summed files' beside it (applemusic-export.ts `ArtistIndex`), else the artist page it was played from.
 *   Memory: a day's plays are held as small segments, given early past {@link MAX_HELD_SEGMENTS}.
 * - `Apple Music Library Tracks.json` (streamed) into the same days' notes (UTC: the library gives no clock):
 *   what was added to the library, an album's songs together ("Added the album "Romance" by Fontaines D.C. to my
 *   Apple Music library on Friday 23 August: its 11 songs, …"; a song alone "Added "Nobody's Soldier" by Hozier
 *   (from "Unheard - EP") …"), not the songs added to a playlist only; and each song loved ("Loved "Starburster"
 *   by Fontaines D.C. on Apple Music on Saturday 24 August."), which Likes and Dislikes.csv tells in the same
 *   words (its LOVE and DISLIKE, "Disliked …"), so importing both adds it once.
 * - `Apple Music Library Playlists.json` as a note per playlist (`applemusic:playlist:<Container Identifier>`,
 *   titled by it): when it was made (or added, an Apple Music playlist followed), its description in the user's
 *   words, and its songs, named from Library Tracks.json beside (`undated` paragraphs of
 *   {@link SONGS_PER_PARAGRAPH}, so a later export adds only what changed). The Favorite Songs playlist and
 *   folders are passed over (the loved songs are told as loved).
 * Paragraphs are named by what they tell (`song <artist> – <title>`, `album <artist> – <album>`, `playlist
 * <name>`, `songs played once`, `added <artist> – <album>`, `loved <artist> – <title>`), so a later export (which
 * holds the whole history again) adds only the days new since, and a day told again with more supersedes it.
 * Passed over, said why: the summed files, the library's activity, the identifiers, the favourites and the
 * folder's other files (applemusic-export.ts `appleMusicPassedOver`).
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { isoDate } from "../../time/format.js";
import { type AppleMusicKind, appleMusicKind, appleMusicPassedOver, artistsBeside, besideOfKind, MAX_RECORD_CHARS, nameOf } from "./applemusic-export.js";
import { type CsvColumns, cellOf, csvRecords } from "../kit/csv-records.js";
import { fileStart } from "../kit/file-start.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { Days, dayNoteOf, dayNote, type ListeningApp, MAX_SONGS_TOLD, MIN_PLAY_MS, type Play, playKey, quoted, type Tally } from "./listening.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { clockOf, dayWords } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

export { appleMusicKind, appleMusicPassedOver, isAppleMusicFile } from "./applemusic-export.js";

/** Apple Music, as its days are told (listening.ts). */
const APPLE_MUSIC: ListeningApp = { name: "Apple Music", key: "applemusic" };

/** Most play segments held (days of them) before the days read so far are given. */
export const MAX_HELD_SEGMENTS = 100_000;

/** Most library tracks held (added or loved, by day) before the days read so far are given. */
export const MAX_HELD_TRACKS = 200_000;

/** Fewest songs played from an album, playlist or station in a day for it to be told ("Played the album …"): one song on repeat from its page is no album played. */
export const MIN_SOURCE_SONGS = 3;

/** Songs of a playlist named in one paragraph. */
export const SONGS_PER_PARAGRAPH = 25;

/** Longest pause within one play: a song taken up again later is played again. */
const MAX_PAUSE_MS = 30 * 60_000;

/** End reasons that pause a play (the song taken up again is the same play), as Apple names them. */
const PAUSES = new Set([
  "PLAYBACK_MANUALLY_PAUSED",
  "PLAYBACK_SUSPENDED",
  "PLAYBACK_PAUSED_DUE_TO_INACTIVITY",
  "PAUSED_ON_TIMEOUT",
  "SCRUB_BEGIN",
  "SCRUB_END",
  "EXITED_APPLICATION",
]);

/** A time as Apple writes one: "2024-08-23T07:14:12.381Z" (the library's "2024-08-23T07:12:44Z"); one with no zone read as UTC. */
const TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/;

/** Epoch ms of a time as Apple writes one ({@link TIME}), or NaN. */
function timeOf(value: string): number {
  const m = TIME.exec(value.trim());
  if (!m) return Number.NaN;
  const zone = m[7] ?? "Z";
  return Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`);
}

/** The minute of `ms` (seconds dropped). */
const minuteOf = (ms: number) => Math.floor(ms / 60_000) * 60_000;

/** A value shown in an error: its JSON, cut. */
function shown(value: unknown): string {
  const json = JSON.stringify(value ?? null) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** `text` ended as a sentence: its "." added unless it ends with one already ("… by Fontaines D.C."). */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** "twice", "3 times". */
const timesWords = (n: number) => (n === 2 ? "twice" : `${n} times`);

/** A song of the play activity: its title, artist ("" unknown), album, and whether a music video. */
interface Song {
  title: string;
  by: string;
  album: string | null;
  video: boolean;
}

/** What a play was started from, as told: an album, a playlist or a station. */
interface Source {
  kind: "album" | "playlist" | "station";
  name: string;
}

/** One PLAY_END row: its song and source (indexes), device, start and end (the user's clock, ms), length played, whether it paused. */
interface Segment {
  song: number;
  from: number;
  device: string;
  start: number;
  end: number;
  ms: number;
  pause: boolean;
}

/** A name Apple writes in Container Name that is a name, not an id ("l.jYq3HfR", "pl.u-…", "ra.1234", digits). */
const isName = (s: string) => s !== "" && !/^(?:[a-z]{1,3}[.-][\w.-]+|\d+)$/i.test(s);

/** The play activity's days being read: its songs and sources by index, and each day's segments. */
class Activity {
  readonly songs: Song[] = [];
  readonly sources: Source[] = [];
  private readonly songIds = new Map<string, number>();
  private readonly sourceIds = new Map<string, number>();
  readonly days = new Map<string, Segment[]>();
  held = 0;

  /** The index of `song` (the same song the same index). */
  songOf(song: Song): number {
    const key = `${song.title}\u0000${song.by}\u0000${song.album ?? ""}\u0000${song.video}`;
    let id = this.songIds.get(key);
    if (id === undefined) {
      id = this.songs.push(song) - 1;
      this.songIds.set(key, id);
    }
    return id;
  }

  /** The index of `source` (or -1 for none). */
  sourceOf(source: Source | null): number {
    if (!source) return -1;
    const key = `${source.kind}\u0000${source.name}`;
    let id = this.sourceIds.get(key);
    if (id === undefined) {
      id = this.sources.push(source) - 1;
      this.sourceIds.set(key, id);
    }
    return id;
  }

  /** Holds `s` in the day it ended. */
  add(s: Segment): void {
    const day = isoDate(s.end);
    const list = this.days.get(day) ?? [];
    this.days.set(day, list);
    list.push(s);
    this.held++;
  }

  /** The days before `before` (all when null), in time order, no longer held. */
  take(before: string | null): Array<[string, Segment[]]> {
    const out = [...this.days].filter(([day]) => before === null || day < before).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [day, list] of out) {
      this.days.delete(day);
      this.held -= list.length;
    }
    return out;
  }
}

/** A play of a day: its song and source, its pieces summed. */
interface Run {
  song: number;
  from: number;
  start: number;
  end: number;
  ms: number;
  pause: boolean;
  device: string;
}

/** A day's segments as plays: each device's in time order, a piece after a pause of the same song within {@link MAX_PAUSE_MS} joined to it. */
function playsOf(segments: Segment[]): Run[] {
  const byDevice = new Map<string, Segment[]>();
  for (const s of segments) {
    const list = byDevice.get(s.device) ?? [];
    byDevice.set(s.device, list);
    list.push(s);
  }
  const runs: Run[] = [];
  for (const list of byDevice.values()) {
    list.sort((a, b) => a.end - b.end);
    let open: Run | null = null;
    for (const s of list) {
      if (open?.pause && open.song === s.song && s.start - open.end <= MAX_PAUSE_MS && s.start >= open.end - 60_000) {
        open.end = s.end;
        open.ms += s.ms;
        open.pause = s.pause;
        continue;
      }
      open = { song: s.song, from: s.from, start: s.start, end: s.end, ms: s.ms, pause: s.pause, device: s.device };
      runs.push(open);
    }
  }
  return runs;
}

/** A source's plays of a day: its songs (by {@link playKey}) in the order first played, each with how many times. */
interface SourceDay {
  source: Source;
  first: number;
  last: number;
  songs: Map<string, { play: Play; plays: number; at: number }>;
}

/** The artist most of `songs` are by ("" when none is known). */
function mostBy(songs: Iterable<{ play: Play }>): string {
  const counts = new Map<string, number>();
  for (const s of songs) if (s.play.by) counts.set(s.play.by, (counts.get(s.play.by) ?? 0) + 1);
  let best = "";
  for (const [by, n] of counts) if (n > (counts.get(best) ?? 0)) best = by;
  return best;
}

/**
 * A source's paragraph: "Played the album "Romance" by Fontaines D.C. on Apple Music on Friday 23 August, between
 * 08:10 and 08:53 (11 songs): "Romance"; "Starburster" (twice); …", "Played my playlist "…" …", "Listened to the
 * station "…" …" (a song not by the album's artist said by whom; past {@link MAX_SONGS_TOLD} the rest counted),
 * named `album <artist> – <album>`, `playlist <name>`, `station <name>`, of its first play's start.
 */
function sourceTurn(d: SourceDay, own: ReadonlySet<string>): ParsedTurn {
  const songs = [...d.songs.values()].sort((a, b) => a.at - b.at);
  const by = d.source.kind === "album" ? mostBy(songs) : "";
  const named = songs.slice(0, MAX_SONGS_TOLD).map((s) => {
    const who = s.play.by && s.play.by !== by ? ` by ${s.play.by}` : "";
    return `${quoted(s.play.title).replace(/,$/, "")}${who}${s.plays > 1 ? ` (${timesWords(s.plays)})` : ""}`;
  });
  const more = songs.length > MAX_SONGS_TOLD ? `; and ${songs.length - MAX_SONGS_TOLD} more` : "";
  const what =
    d.source.kind === "album"
      ? `Played the album ${quoted(d.source.name)}${by ? ` by ${by}` : ""}`
      : d.source.kind === "playlist"
        ? `Played ${own.has(d.source.name) ? "my" : "the"} playlist ${quoted(d.source.name)}`
        : `Listened to the station ${quoted(d.source.name)}`;
  const text = sentence(
    `${what} on ${APPLE_MUSIC.name} on ${dayWords(d.first)}, between ${clockOf(d.first)} and ${clockOf(d.last)} (${songs.length} songs): ${named.join("; ")}${more}`,
  );
  return {
    externalId: d.source.kind === "album" ? `album ${by} – ${d.source.name}` : `${d.source.kind} ${d.source.name}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: d.first,
    text,
    metadata: {
      applemusic: {
        kind: d.source.kind,
        name: d.source.name,
        ...(by ? { artist: by } : {}),
        songs: songs.map((s) => ({ title: s.play.title, artist: s.play.by, plays: s.plays, at: new Date(s.at).toISOString() })),
      },
    },
  };
}

/**
 * A day's note of the play activity: its segments as plays ({@link playsOf}), those of 30 seconds or more
 * counted (listening.ts `Days`), each source {@link MIN_SOURCE_SONGS} songs or more were played from told ({@link sourceTurn}), its
 * songs left out of the songs played once; null for a day of skips only.
 */
function activityDay(day: string, segments: Segment[], a: Activity, own: ReadonlySet<string>): ParsedConversation | null {
  const days = new Days();
  const sources = new Map<number, SourceDay>();
  for (const run of playsOf(segments)) {
    if (run.ms < MIN_PLAY_MS) continue;
    const song = a.songs[run.song]!;
    const play: Play = {
      end: minuteOf(run.end),
      start: minuteOf(run.start),
      ms: run.ms,
      kind: "song",
      video: song.video,
      title: song.title,
      by: song.by,
      album: song.album,
      uri: null,
    };
    days.add(play);
    if (run.from < 0) continue;
    const d = sources.get(run.from) ?? { source: a.sources[run.from]!, first: play.start!, last: play.end, songs: new Map() };
    sources.set(run.from, d);
    d.first = Math.min(d.first, play.start!);
    d.last = Math.max(d.last, play.end);
    const key = playKey(play);
    const s = d.songs.get(key);
    if (s) s.plays++;
    else d.songs.set(key, { play, plays: 1, at: play.start! });
  }
  const tallies: Map<string, Tally> | undefined = days.take(null).find(([d]) => d === day)?.[1];
  if (!tallies?.size) return null;
  const told = [...sources.values()].filter((d) => d.songs.size >= MIN_SOURCE_SONGS).sort((x, y) => x.first - y.first);
  const toldBetween = new Set(told.flatMap((d) => [...d.songs.keys()]));
  return dayNote(day, tallies, APPLE_MUSIC, { between: told.map((d) => sourceTurn(d, own)), toldBetween });
}

/** Reads a file's start for telling the files beside it apart (its first 8 KiB). */
const startOf = (path: string) => fileStart(path, 8192);

/** The titles of the user's own playlists, from Library Playlists.json beside `file` ("my playlist"); empty without it. */
async function ownPlaylists(file: string): Promise<Set<string>> {
  const own = new Set<string>();
  for (const path of besideOfKind(file, new Set<AppleMusicKind>(["playlists"]), startOf)) {
    try {
      for await (const item of streamJsonArray(path)) {
        const v = item.value as Record<string, unknown> | null;
        if (v && typeof v === "object" && v["Container Type"] === "Playlist" && nameOf(v.Title)) own.add(nameOf(v.Title));
      }
    } catch {
      // (a playlists file that cannot be read names none: its own import says what is wrong with it)
    }
  }
  return own;
}

/** The columns of a CSV's header row, by their names as written (trimmed, a byte-order mark dropped). */
const columnsOf = (cells: string[]): CsvColumns => new Map(cells.map((c, i) => [c.replace(/^\uFEFF/, "").trim(), i]));

/**
 * Reads `file`, Apple Music Play Activity.csv (streamed), as a note per day of listening ({@link activityDay}),
 * days in time order (past {@link MAX_HELD_SEGMENTS} held, the days before the row read are given).
 * @throws ImportError naming the file and where: a header without "Song Name" (or "Content Name"), "Play
 *   Duration Milliseconds" and "Event End Timestamp" (`line 1`); a play's time that is none as Apple writes one
 *   or a length played that is no number (`line 12, "Event End Timestamp"`); the CSV's own errors; "the note has
 *   no text" for a file with no play of 30 seconds or more.
 */
async function* parseActivity(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const artists = await artistsBeside(file, startOf);
  const own = await ownPlaylists(file);
  const a = new Activity();
  const { records } = csvRecords(file, (await stat(file)).size, MAX_RECORD_CHARS, opts.onProgress);
  let columns: CsvColumns | null = null;
  let rows = 0;
  let given = 0;
  for await (const { cells, line } of records) {
    if (!columns) {
      columns = columnsOf(cells);
      const missing = [
        columns.has("Song Name") || columns.has("Content Name") ? null : '"Song Name"',
        columns.has("Play Duration Milliseconds") ? null : '"Play Duration Milliseconds"',
        columns.has("Event End Timestamp") || columns.has("Event Start Timestamp") ? null : '"Event End Timestamp"',
      ].filter(Boolean);
      if (missing.length) throw new ImportError(file, `line ${line}`, `no ${missing.join(", ")} column: not Apple Music Play Activity.csv`);
      continue;
    }
    const cell = (name: string) => cellOf(cells, columns!, name);
    rows++;
    const event = cell("Event Type").toUpperCase();
    if (event && event !== "PLAY_END") continue;
    const title = nameOf(cell("Song Name")) || nameOf(cell("Content Name"));
    if (!title) continue;
    const endText = cell("Event End Timestamp");
    const startText = cell("Event Start Timestamp");
    const playedText = cell("Play Duration Milliseconds");
    if (!endText && !startText) continue;
    const utc = timeOf(endText || startText);
    if (Number.isNaN(utc))
      throw new ImportError(
        file,
        `line ${line}, "${endText ? "Event End Timestamp" : "Event Start Timestamp"}"`,
        `expected a time as Apple writes it, "2024-08-23T07:14:12.381Z", got ${shown(endText || startText)}`,
      );
    // (no length played: the time between its start and its end, when it says both)
    const between = endText && startText ? utc - timeOf(startText) : Number.NaN;
    const played = playedText === "" ? (Number.isFinite(between) ? between : 0) : Number(playedText);
    if (!Number.isFinite(played))
      throw new ImportError(file, `line ${line}, "Play Duration Milliseconds"`, `expected the milliseconds played, a number, got ${shown(playedText)}`);
    const offset = Number(cell("UTC Offset In Seconds") || 0);
    const end = utc + (Number.isFinite(offset) && Math.abs(offset) <= 14 * 3600 ? offset * 1000 : 0);
    // (how far the playhead moved, never past the song's length: a stuck timer's hours are the song once; a scrub back's negative none)
    const length = Number(cell("Media Duration In Milliseconds"));
    const ms = Math.max(0, Math.round(length > 0 ? Math.min(played, length) : played));
    const album = nameOf(cell("Album Name")) || nameOf(cell("Container Album Name")) || null;
    const type = cell("Container Type").toUpperCase();
    const by = nameOf(cell("Artist Name")) || artists.artistOf(title, album ?? "") || (type === "ARTIST" ? nameOf(cell("Container Artist Name")) : "");
    const containerName = nameOf(cell("Container Name"));
    const source: Source | null =
      type === "ALBUM" && (nameOf(cell("Container Album Name")) || album)
        ? { kind: "album", name: nameOf(cell("Container Album Name")) || album! }
        : type === "PLAYLIST" && isName(containerName)
          ? { kind: "playlist", name: containerName }
          : type === "RADIO" && isName(containerName)
            ? { kind: "station", name: containerName }
            : null;
    const video = cell("Media Type").toUpperCase() === "VIDEO";
    a.add({
      song: a.songOf({ title, by, album, video }),
      from: a.sourceOf(source),
      device: cell("Device Identifier"),
      start: end - ms,
      end,
      ms,
      pause: PAUSES.has(cell("End Reason Type").toUpperCase()),
    });
    if (a.held > MAX_HELD_SEGMENTS)
      for (const [day, segments] of a.take(isoDate(end))) {
        const note = activityDay(day, segments, a, own);
        if (note) {
          given++;
          yield note;
        }
      }
  }
  if (!columns) throw new ImportError(file, "line 1", `${NO_TEXT}: an empty Apple Music Play Activity.csv`);
  for (const [day, segments] of a.take(null)) {
    const note = activityDay(day, segments, a, own);
    if (note) {
      given++;
      yield note;
    }
  }
  if (!given)
    throw new ImportError(
      file,
      rows ? "line 2" : "line 1",
      `${NO_TEXT}: ${rows ? "an Apple Music play activity with no play of 30 seconds or more" : "an Apple Music play activity with no plays"}`,
    );
}

/** What the library holds of one day: the tracks added, by album, and the songs loved or disliked, by song. */
interface LibraryDay {
  added: Map<string, { artist: string; album: string; titles: string[]; of: number; at: number }>;
  rated: Map<string, ParsedTurn>;
}

/** Days of the library being read (UTC), and how many tracks they hold. */
class LibraryDays {
  readonly days = new Map<string, LibraryDay>();
  held = 0;
  /** How many notes {@link take} has given so far. */
  given = 0;

  private day(at: number): LibraryDay {
    const day = isoDate(at);
    const d = this.days.get(day) ?? { added: new Map(), rated: new Map() };
    this.days.set(day, d);
    return d;
  }

  /** Notes `title` by `artist` (of `album`, an album of `of` songs when Apple says) added at `at`. */
  added(title: string, artist: string, album: string, of: number, at: number): void {
    const d = this.day(at);
    const key = `${artist} – ${album || title}`;
    const g = d.added.get(key) ?? { artist, album, titles: [], of, at: minuteOf(at) };
    d.added.set(key, g);
    g.titles.push(title);
    g.at = Math.min(g.at, minuteOf(at));
    this.held++;
  }

  /** Notes `title` by `artist` loved (or disliked) at `at`: "Loved "…" by … on Apple Music on Saturday 24 August.", named `loved <artist> – <title>`. */
  rated(title: string, artist: string, loved: boolean, at: number): void {
    const words = `${quoted(title)}${artist ? ` by ${artist}` : ""}`;
    const minute = minuteOf(at);
    this.day(at).rated.set(`${loved ? "loved" : "disliked"} ${artist} – ${title}`, {
      externalId: `${loved ? "loved" : "disliked"} ${artist} – ${title}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: minute,
      text: `${loved ? "Loved" : "Disliked"} ${words} on ${APPLE_MUSIC.name} on ${dayWords(minute)}.`,
      metadata: { applemusic: { kind: loved ? "loved" : "disliked", title, artist } },
    });
    this.held++;
  }

  /** The days held as notes (`applemusic:day:…`, the days the play activity tells too), in time order, no longer held. */
  take(): ParsedConversation[] {
    const out = [...this.days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.days.clear();
    this.held = 0;
    this.given += out.length;
    return out.map(([day, d]) =>
      dayNoteOf(
        day,
        APPLE_MUSIC,
        [...[...d.added.values()].map(addedTurn), ...d.rated.values()].sort((x, y) => x.occurredAt - y.occurredAt),
      ),
    );
  }
}

/** `titles` quoted, "; " between them: ""Romance"; "Starburster"; …" (past {@link MAX_SONGS_TOLD}, "and 3 more"). */
function titlesWords(titles: readonly string[]): string {
  const named = titles.slice(0, MAX_SONGS_TOLD).map((t) => quoted(t).replace(/,$/, ""));
  return `${named.join("; ")}${titles.length > MAX_SONGS_TOLD ? `; and ${titles.length - MAX_SONGS_TOLD} more` : ""}`;
}

/**
 * An album's tracks added on a day: "Added the album "Romance" by Fontaines D.C. to my Apple Music library on
 * Friday 23 August: its 11 songs, "Romance"; …." (all its songs, as Apple counts them), "Added 4 songs of the
 * album "Fine Art" by Kneecap to …: …", one song "Added "Nobody's Soldier" by Hozier (from "Unheard - EP") to …";
 * named `added <artist> – <album>`.
 */
function addedTurn(g: { artist: string; album: string; titles: string[]; of: number; at: number }): ParsedTurn {
  const by = g.artist ? ` by ${g.artist}` : "";
  const to = `to my ${APPLE_MUSIC.name} library on ${dayWords(g.at)}`;
  const n = g.titles.length;
  const text =
    n === 1
      ? `Added ${quoted(g.titles[0]!)}${by}${g.album && g.album !== g.titles[0] ? ` (from ${quoted(g.album).replace(/,$/, "")})` : ""} ${to}.`
      : n >= g.of && g.of > 1
        ? `Added the album ${quoted(g.album)}${by} ${to}: its ${n} songs, ${titlesWords(g.titles)}.`
        : `Added ${n} songs of ${g.album ? `the album ${quoted(g.album)}` : "no album"}${by} ${to}: ${titlesWords(g.titles)}.`;
  return {
    externalId: `added ${g.artist} – ${g.album || g.titles[0]}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: g.at,
    text,
    metadata: { applemusic: { kind: "added", artist: g.artist, album: g.album, titles: g.titles } },
  };
}

/**
 * Reads `file`, Apple Music Library Tracks.json (streamed), into the days' notes: each day's tracks added to the
 * library (not a playlist's only), by album ({@link addedTurn}), and each song loved (`Favorite Status - Track`
 * and its date); past {@link MAX_HELD_TRACKS} held, the days so far are given.
 * @throws ImportError naming the file and the item: an item that is no object (`[3]`), a day that is none as
 *   Apple writes one (`[3]."Date Added To Library"`); the stream's own errors; "the note has no text" for a
 *   library with nothing added.
 */
async function* parseLibrary(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const days = new LibraryDays();
  for await (const item of streamJsonArray(file, { onProgress: opts.onProgress })) {
    const v = item.value;
    if (!v || typeof v !== "object" || Array.isArray(v))
      throw new ImportError(file, `[${item.index}]`, `expected a track of the library ({ "Title": …, "Date Added To Library": … }), got ${shown(v)}`);
    const t = v as Record<string, unknown>;
    const title = nameOf(t.Title);
    if (!title) continue;
    const artist = nameOf(t.Artist) || nameOf(t["Album Artist"]);
    const timeAt = (key: string): number | null => {
      if (t[key] === undefined || t[key] === null || t[key] === "") return null;
      const at = typeof t[key] === "string" ? timeOf(t[key] as string) : Number.NaN;
      if (Number.isNaN(at))
        throw new ImportError(file, `[${item.index}]."${key}"`, `expected a time as Apple writes it, "2024-08-23T07:12:44Z", got ${shown(t[key])}`);
      return at;
    };
    const added = timeAt("Date Added To Library");
    if (added !== null && t["Playlist Only Track"] !== true) {
      const of = typeof t["Track Count On Album"] === "number" ? (t["Track Count On Album"] as number) : 0;
      days.added(title, artist, nameOf(t.Album), of, added);
    }
    const loved = t["Favorite Status - Track"] === true ? timeAt("Favorite Date - Track") : null;
    if (loved !== null) days.rated(title, artist, true, loved);
    if (days.held > MAX_HELD_TRACKS) yield* days.take();
  }
  yield* days.take();
  if (!days.given) throw new ImportError(file, "[0]", `${NO_TEXT}: an Apple Music library with no track added`);
}

/**
 * Reads `file`, Apple Music Likes and Dislikes.csv, into the days' notes (UTC): each LOVE "Loved "…" by … on
 * Apple Music on …." and DISLIKE "Disliked …", of its `Created` time (its "Artist - Title" split where the
 * library beside knows the title by that artist, else at its first " - ").
 * @throws ImportError naming the file and where: a header without "Item Description", "Preference" and
 *   "Created" (`line 1`), a time that is none as Apple writes one (`line 4, "Created"`); "the note has no
 *   text" for a file with neither.
 */
async function* parseLikes(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const artists = await artistsBeside(file, startOf);
  const days = new LibraryDays();
  const { records } = csvRecords(file, (await stat(file)).size, MAX_RECORD_CHARS, opts.onProgress);
  let columns: CsvColumns | null = null;
  for await (const { cells, line } of records) {
    if (!columns) {
      columns = columnsOf(cells);
      if (!columns.has("Item Description") || !columns.has("Preference") || !columns.has("Created"))
        throw new ImportError(file, `line ${line}`, 'expected the header "Item Description",Preference,Created: not Apple Music Likes and Dislikes.csv');
      continue;
    }
    const preference = cellOf(cells, columns, "Preference").toUpperCase();
    const what = artists.split(cellOf(cells, columns, "Item Description"));
    if ((preference !== "LOVE" && preference !== "DISLIKE") || !what) continue;
    const created = cellOf(cells, columns, "Created");
    const at = timeOf(created);
    if (Number.isNaN(at))
      throw new ImportError(file, `line ${line}, "Created"`, `expected a time as Apple writes it, "2024-08-24T09:20:05.118Z", got ${shown(created)}`);
    days.rated(what.title, what.artist, preference === "LOVE", at);
    if (days.held > MAX_HELD_TRACKS) yield* days.take();
  }
  yield* days.take();
  if (!days.given) throw new ImportError(file, "line 2", `${NO_TEXT}: Apple Music likes and dislikes with no song loved or disliked`);
}

/** A playlist of Library Playlists.json, as read: its id, title, description, tracks' ids, when made, and whether the user's own. */
interface Playlist {
  id: string;
  title: string;
  description: string;
  items: number[];
  added: number | null;
  changed: number | null;
  own: boolean;
}

/**
 * Reads `file`, Apple Music Library Playlists.json, as a note per playlist (`applemusic:playlist:<id>`, titled
 * by it): "Made my Apple Music playlist "…" on Sunday 20 October." (an Apple Music playlist followed: "Added the
 * playlist "…" to my Apple Music library on …"), its description (`undated`), and its songs, named from Library
 * Tracks.json beside ({@link SONGS_PER_PARAGRAPH} a paragraph, `undated`: "The songs on my Apple Music playlist
 * "…": "Thriller" by Michael Jackson; …"); the Favorite Songs playlist and folders passed over. The playlists
 * are held (their tracks' ids), then the library is streamed for those ids.
 * @throws ImportError naming the file and the item: an item that is no object (`[2]`), item ids that are no
 *   array (`[2]."Playlist Item Identifiers"`), a time that is none as Apple writes one; "the note has no text"
 *   for a file with no playlist.
 */
async function* parsePlaylists(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const playlists: Playlist[] = [];
  const wanted = new Set<number>();
  for await (const item of streamJsonArray(file, { onProgress: opts.onProgress })) {
    const v = item.value;
    const at = `[${item.index}]`;
    if (!v || typeof v !== "object" || Array.isArray(v))
      throw new ImportError(file, at, `expected a playlist ({ "Container Type": "Playlist", "Title": … }), got ${shown(v)}`);
    const p = v as Record<string, unknown>;
    const type = nameOf(p["Container Type"]);
    const title = nameOf(p.Title);
    if ((type !== "Playlist" && type !== "Subscribed Playlist") || !title) continue;
    const ids = p["Playlist Item Identifiers"] ?? [];
    if (!Array.isArray(ids)) throw new ImportError(file, `${at}."Playlist Item Identifiers"`, `expected the tracks' identifiers, an array, got ${shown(ids)}`);
    const timeAt = (key: string): number | null => {
      if (typeof p[key] !== "string" || !p[key]) return null;
      const ms = timeOf(p[key] as string);
      if (Number.isNaN(ms)) throw new ImportError(file, `${at}."${key}"`, `expected a time as Apple writes it, "2024-10-20T20:01:37Z", got ${shown(p[key])}`);
      return ms;
    };
    const items = ids.filter((id): id is number => typeof id === "number");
    for (const id of items) wanted.add(id);
    playlists.push({
      id: String(p["Container Identifier"] ?? title),
      title,
      description: typeof p.Description === "string" ? p.Description.trim() : "",
      items,
      added: timeAt("Added Date"),
      changed: timeAt("Playlist Items Modified Date"),
      own: type === "Playlist",
    });
  }
  if (!playlists.length) throw new ImportError(file, "[0]", `${NO_TEXT}: Apple Music playlists with none of the user's nor followed`);
  const names = new Map<number, string>();
  for (const path of besideOfKind(file, new Set<AppleMusicKind>(["library"]), startOf)) {
    try {
      for await (const item of streamJsonArray(path)) {
        const t = item.value as Record<string, unknown> | null;
        const id = t && typeof t === "object" ? t["Track Identifier"] : undefined;
        if (typeof id !== "number" || !wanted.has(id) || !nameOf(t!.Title)) continue;
        const artist = nameOf(t!.Artist);
        names.set(id, `${quoted(nameOf(t!.Title)).replace(/,$/, "")}${artist ? ` by ${artist}` : ""}`);
      }
    } catch {
      // (a library that cannot be read names no song: its own import says what is wrong with it)
    }
  }
  const fileTime = Math.floor((await stat(file)).mtimeMs);
  for (const p of playlists) {
    const whose = p.own ? `my ${APPLE_MUSIC.name} playlist` : "the playlist";
    const when = p.added ?? p.changed ?? fileTime;
    const turn = (externalId: string, occurredAt: number, text: string, undated: boolean, extra: Record<string, unknown> = {}): ParsedTurn => ({
      externalId,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt,
      text,
      metadata: { ...(undated ? { undated: true } : {}), applemusic: { kind: "playlist", playlist: p.title, ...extra } },
    });
    const turns: ParsedTurn[] = [];
    if (p.added !== null)
      turns.push(
        turn(
          "made",
          minuteOf(p.added),
          p.own
            ? `Made ${whose} ${quoted(p.title)} on ${dayWords(p.added)}.`
            : `Added the playlist ${quoted(p.title)} to my ${APPLE_MUSIC.name} library on ${dayWords(p.added)}.`,
          false,
        ),
      );
    if (p.description) turns.push(turn("description", when, p.description, true));
    const songs = p.items.map((id) => names.get(id)).filter((n): n is string => n !== undefined);
    const missing = p.items.length - songs.length;
    for (let i = 0; i < songs.length; i += SONGS_PER_PARAGRAPH) {
      const part = songs.slice(i, i + SONGS_PER_PARAGRAPH);
      const last = i + SONGS_PER_PARAGRAPH >= songs.length;
      const rest = last && missing ? ` And ${missing} more no longer in the library.` : "";
      turns.push(
        turn(
          `songs ${i / SONGS_PER_PARAGRAPH + 1}`,
          p.changed ?? when,
          `${sentence(`The songs on ${whose} ${quoted(p.title)}: ${part.join("; ")}`)}${rest}`,
          true,
          {
            count: part.length,
          },
        ),
      );
    }
    if (!turns.length) continue;
    yield {
      format: "note",
      externalId: `applemusic:playlist:${p.id}`,
      title: p.title,
      participants: [NOTE_SPEAKER],
      startedAt: Math.min(...turns.map((t) => t.occurredAt)),
      turns,
      records: "log",
    };
  }
}

/**
 * Reads `file`, a file of Apple Music's export, as notes of the user's (format `note`; the file's format
 * `applemusic`), told by `head` (its start): the play activity ({@link parseActivity}), the library's tracks
 * ({@link parseLibrary}), its playlists ({@link parsePlaylists}), the likes and dislikes ({@link parseLikes}).
 * @throws ImportError naming the file and where: a file of the export that is passed over (`byte 0`, "the note
 *   has no text: …", applemusic-export.ts `appleMusicPassedOver`), a file that is none of Apple Music's
 *   (`byte 0`), and each reader's own errors.
 */
export async function* parseAppleMusic(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = appleMusicKind(head);
  if (kind === "activity") yield* parseActivity(file, opts);
  else if (kind === "library") yield* parseLibrary(file, opts);
  else if (kind === "playlists") yield* parsePlaylists(file, opts);
  else if (kind === "likes") yield* parseLikes(file, opts);
  else {
    const why = appleMusicPassedOver(file, head);
    if (why) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${why}`);
    throw new ImportError(
      file,
      "byte 0",
      `not a file of Apple Music's export (Apple Music Play Activity.csv, Apple Music Library Tracks.json, Apple Music Library Playlists.json or Apple Music Likes and Dislikes.csv): ${basename(file)}`,
    );
  }
}
