/**
 * Spotify's "Download your data" (Account → Privacy settings; each package a `my_spotify_data.zip`,
 * unzipped): "Account data", which comes in days, as `Spotify Account Data/` (older downloads `MyData/`),
 * and "Extended streaming history", which comes in weeks, as `Spotify Extended Streaming History/`. The
 * account data's files are written by Jackson's pretty printer (`"key" : value`, `[ {` … `}, {` … `} ]`,
 * `[ ]`); the extended history's as two-space JSON (`[\n  {\n    "ts": …`):
 *
 * - `StreamingHistory_music_0.json` (`_1`, … every 10,000 plays; older downloads `StreamingHistory0.json`,
 *   podcasts among the songs): the past year's plays, `[ { "endTime" : "2026-10-03 18:21", "artistName",
 *   "trackName", "msPlayed" : 183000 } ]`, the time each play ended in UTC to the minute, oldest first;
 *   `StreamingHistory_podcast_0.json` (`{ endTime, podcastName, episodeName, msPlayed }`) and
 *   `StreamingHistory_audiobook_0.json` (`{ endTime, audiobookName, chapterName, msPlayed }`) alike;
 * - `Streaming_History_Audio_2025-2026_0.json` (`_2017_1`, `_2024-2025_14` …: a year or two years, then an
 *   index counting up from 0 across the files, which split the plays of the account's life every ~15,700 in
 *   time order, a day's plays sometimes over two files; older downloads `endsong_0.json`) and
 *   `Streaming_History_Video_2017-2026.json` (music videos and video podcasts, the same keys): `[ { "ts":
 *   "2026-10-03T18:21:44Z", "platform", "ms_played", "conn_country", "ip_addr", "master_metadata_track_name",
 *   "master_metadata_album_artist_name", "master_metadata_album_album_name", "spotify_track_uri",
 *   "episode_name", "episode_show_name", "spotify_episode_uri", "audiobook_title", "audiobook_uri",
 *   "audiobook_chapter_uri", "audiobook_chapter_title", "reason_start", "reason_end", "shuffle", "skipped",
 *   "offline", "offline_timestamp", "incognito_mode" } ]` (older: `username`, `ip_addr_decrypted`,
 *   `user_agent_decrypted`, no audiobook keys), `ts` when the play ended, in UTC;
 * - `Playlist1.json` (`Playlist2.json` …): `{ "playlists" : [ { "name", "lastModifiedDate" : "2026-11-15",
 *   "collaborators", "items" : [ { "track" : { "trackName", "artistName", "albumName", "trackUri" } | null,
 *   "episode" : { "episodeName", "showName", "episodeUri" } | null, "audiobook", "localTrack" : { "uri" :
 *   "spotify:local:Artist:Album:Title:210" } | null, "addedDate" : "2026-10-04" } ], "description",
 *   "numberOfFollowers" } ] }`;
 * - `YourLibrary.json`: `{ "tracks" : [ { "artist", "album", "track", "uri" } ], "albums" : [ { "artist",
 *   "album", "uri" } ], "shows" : [ { "name", "publisher", "uri" } ], "episodes" : [ { "name", "show", "uri" }
 *   ], "bannedTracks", "artists" : [ { "name", "uri" } ], "bannedArtists", "other" }`;
 * - `SearchQueries.json`, `Userdata.json`, `Identity.json`, `Identifiers.json`, `Inferences.json`,
 *   `Payments.json`, `Follow.json`, `Marquee.json`, `Wrapped2025.json`, `YourSoundCapsule.json`,
 *   `UserAddress.json`, `DuoNewFamily.json` …, and Spotify's guide, `Read_Me_First.pdf`
 *   (`ReadMeFirst_ExtendedStreamingHistory.pdf`).
 *
 * Read (format `spotify`; every conversation a note of the user's: format `note`, said by the user):
 * - the streaming history as a note per day of listening (UTC, as Spotify gives it: "Spotify listening,
 *   10 October 2026", `spotify:day:2026-10-10`) of what was played for 30 seconds or more (Spotify's own
 *   count of a stream): each song played more than once a paragraph, the most played first, with how many
 *   times, when and for how long ("Had "Starburster" by Fontaines D.C. on repeat on Spotify on Saturday 10
 *   October: played it 9 times between 10:02 and 21:41 (32 minutes in all)."), the songs played once one
 *   paragraph in the order played ("Played once on Spotify on Sunday 27 September: "Dog Days Are Over" by
 *   Florence + The Machine at 07:58; …"), each podcast episode or audiobook a paragraph ("Listened to "613.
 *   The Gunpowder Plot: …" from the podcast The Rest Is History on Spotify on Thursday 12 November, from
 *   07:32 to 08:16 (44 minutes)."); past {@link MAX_SONGS_TOLD} songs, the rest counted with their artists.
 *   Plays under 30 seconds (skips), plays in a private session (`incognito_mode`) and plays that name nothing
 *   are passed over. A paragraph is named by what was played (`song <artist> – <title>`, `episode <show> –
 *   <episode>`, `songs played once`), of its first play's start to the minute, and worded alike from either
 *   package, so importing the account data and the extended history, or a later download, adds only what
 *   is new: a day told again whole is the same paragraphs. A day that runs over two files of one series
 *   (`_0` and `_1`) is told whole by the file it starts in (which reads the next file's plays of that day),
 *   and passed over by the next.
 * - each playlist as a note titled by its name (`spotify:playlist:<name>`): its description in the user's
 *   words, then each track, episode or local file a paragraph, "Added "The Book of Love" by Peter Gabriel
 *   to my Spotify playlist "…" on Sunday 11 October.", of the day it was added; named by what it is
 *   (`track spotify:track:…`), so a later download adds only what was added or changed.
 * - the library as one note ("Spotify library", `spotify:library`): the podcasts and artists followed, the
 *   albums saved, the songs liked and the episodes saved, {@link LIBRARY_PER_PARAGRAPH} a paragraph, of the
 *   file's time (each paragraph marked `undated`, so a later download adds only those changed).
 *
 * Passed over, said why ({@link spotifyPassedOver}): the searches (logged as they were typed), the account's
 * details, identity and address, the payment card, Spotify's inferences and marketing segments, followers,
 * Wrapped and Sound Capsule figures (counted from the history read here), the hidden songs and artists, and
 * Spotify's guide to its files. Memory is bounded: each history is streamed (json-stream.ts) and its days
 * held as counts per song, given early past {@link MAX_HELD_ITEMS}; a playlist is held one at a time
 * (json-paths.ts). A day's words are listening.ts', shared with Apple Music's days (applemusic.ts).
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isoDate } from "../../time/format.js";
import { rememberedTest } from "../kit/download-root.js";
import { streamJsonPaths } from "../kit/json-paths.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { Days, dayNote, type ListeningApp, MIN_PLAY_MS, type Play, quoted } from "./listening.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { dayWords, listed } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/**
 * What a file of Spotify's download is, by its start: the account data's streaming history of songs
 * (`music`), podcasts (`podcast`) or audiobooks (`audiobook`), the extended streaming history
 * (`extended`), the playlists (`playlists`) or the library (`library`).
 */
export type SpotifyKind = "music" | "podcast" | "audiobook" | "extended" | "playlists" | "library";

export { MAX_EPISODES_TOLD, MAX_SONGS_TOLD, MIN_PLAY_MS, REPEAT_PLAYS } from "./listening.js";

/** Spotify, as its days are told (listening.ts): "Spotify listening, 10 October 2026", `spotify:day:2026-10-10`, "… on Spotify …". */
const SPOTIFY: ListeningApp = { name: "Spotify", key: "spotify" };

/** Most songs, episodes and audiobooks held (counts per day) before the days read so far are given. */
export const MAX_HELD_ITEMS = 100_000;

/** Most items of one section of the library named in one paragraph. */
export const LIBRARY_PER_PARAGRAPH = 25;

/** Most items of one section of the library read (past it, the rest are counted, not named). */
export const MAX_LIBRARY_ITEMS = 50_000;

/** Bytes read from a history file's end to find its last day (the last play is within them). */
const TAIL_BYTES = 16 * 1024;

/** A history file's name, its series (the name but its index) and its index, as Spotify names them. */
const SERIES: ReadonlyArray<RegExp> = [
  /^(StreamingHistory_(?:music|podcast|audiobook|video)_)(\d+)\.json$/i,
  /^(StreamingHistory)(\d+)\.json$/i,
  /^(Streaming_History_(?:Audio|Video)_)(?:\d{4}(?:-\d{4})?_)?(\d+)\.json$/i,
  /^(endsong_)(\d+)\.json$/i,
];

/** The names of the files of a download that are read: the streaming histories, the playlists, the library. */
const READ_NAME = /^(?:StreamingHistory[\w-]*|Streaming_History_[\w-]*|endsong_\d+|Playlist\d*|YourLibrary)\.json$/i;

/** The names that make a folder Spotify's download: a streaming history, the playlists, the library, the account's details. */
const DOWNLOAD_MARK = /^(?:StreamingHistory[\w-]*|Streaming_History_(?:Audio|Video)_[\w-]*|endsong_\d+|Playlist\d+|YourLibrary|Userdata)\.json$/i;

/** Why each other file of Spotify's download is passed over, by its name. */
const PASSED_OVER: ReadonlyArray<readonly [RegExp, string]> = [
  [/^SearchQueries\.json$/i, "what was typed into Spotify's search, logged letter by letter as it was typed, not what was listened to"],
  [/^Userdata\.json$/i, "the Spotify account's details (username, email, country, birth date)"],
  [/^Identity\.json$/i, "the Spotify profile's name and picture"],
  [/^Identifiers\.json$/i, "the Spotify account's identifiers"],
  [/^Inferences\.json$/i, "the advertising segments Spotify inferred about the account, not what was listened to"],
  [/^Marquee\.json$/i, "the listener segments Spotify put the account in for artists' promotions"],
  [/^Payments\.json$/i, "the payment card Spotify charges, never stored"],
  [/^Follow\.json$/i, "how many Spotify users follow the account and whom it follows, by username"],
  [/^Wrapped\d*\.json$/i, "Spotify Wrapped's figures for the year, counted from the streaming history read beside it"],
  [/^YourSoundCapsule\.json$/i, "Spotify's Sound Capsule figures, counted from the streaming history read beside it"],
  [/^(?:UserAddress|FamilyPlan|DuoNewFamily)\.json$/i, "the Spotify account's address and plan"],
  [/^Read_?Me_?First[\w-]*\.pdf$/i, "Spotify's guide to the files of its download"],
];

/** Whether the folder `dir` is an unzipped Spotify download (it holds a streaming history, the playlists, the library or Userdata.json), by the files it holds ({@link DOWNLOAD_MARK}; remembered per folder, at most 64). */
const isSpotifyDownload = rememberedTest((dir) => readdirSync(dir).some((name) => DOWNLOAD_MARK.test(name)));

/**
 * Why `file` is passed over unread, in words, when it is a file of an unzipped Spotify download (a folder
 * holding a streaming history, Playlist1.json, YourLibrary.json or Userdata.json) that Engram does not read:
 * the searches, the account's details, identity and address, the payment card, Spotify's inferences and
 * marketing segments, followers, Wrapped and Sound Capsule figures, Spotify's guide (Read_Me_First.pdf), and
 * any other of its JSON files named as Spotify names them ("Spotify's CarThing, the account's data"); null
 * for the files read (the histories, the playlists, the library), for any other file, and for a file of no
 * Spotify download. Lists the folder once (remembered).
 */
export function spotifyPassedOver(file: string): string | null {
  const name = basename(file);
  if (READ_NAME.test(name) || !/\.(?:json|pdf)$/i.test(name)) return null;
  if (!isSpotifyDownload(dirname(file))) return null;
  const known = PASSED_OVER.find(([re]) => re.test(name));
  if (known) return known[1];
  // (Spotify names its files in one word, "CarThing.json", "UserPrompts.json"; a file of the user's own beside them is none of them)
  return /^[A-Z][A-Za-z0-9_]*\.json$/.test(name) ? `Spotify's ${name.replace(/\.json$/i, "")}, the account's data` : null;
}

/** The first object of an array's start: its text to its first "}" (a play's keys), or all of `start` when none closes in it. */
function firstObject(start: string): string {
  const end = start.indexOf("}");
  return end < 0 ? start : start.slice(0, end + 1);
}

/**
 * What a file of Spotify's download is by its start (its text, a byte order mark dropped), or null: an array
 * whose first play opens `"endTime" : "2026-10-03 18:21"` naming `"podcastName"` (podcast), `"audiobookName"`
 * (audiobook) or `"artistName"`/`"trackName"` (music); an array whose first play opens `"ts" :
 * "2026-10-03T18:21:44Z"` and names `"ms_played"` (extended); an object opening `"playlists" : [`
 * (playlists), or `"tracks" : [` with an `"artist"` first or nothing (library).
 */
export function spotifyKind(start: string): SpotifyKind | null {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  if (/^\{\s*"playlists"\s*:\s*\[/.test(s)) return "playlists";
  if (/^\{\s*"tracks"\s*:\s*\[\s*(?:\]|\{\s*"artist"\s*:)/.test(s)) return "library";
  if (/^\[\s*\{\s*"endTime"\s*:\s*"\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?"\s*,/.test(s)) {
    const first = firstObject(s);
    if (/"podcastName"\s*:/.test(first)) return "podcast";
    if (/"audiobookName"\s*:/.test(first)) return "audiobook";
    if (/"(?:artistName|trackName)"\s*:/.test(first)) return "music";
    return null;
  }
  if (/^\[\s*\{\s*"ts"\s*:\s*"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?"\s*,/.test(s) && /"ms_played"\s*:/.test(firstObject(s))) return "extended";
  return null;
}

/** The kind of a history file by its name alone (an empty one, `[ ]`, says nothing else), or null. */
function historyKindByName(file: string): SpotifyKind | null {
  const name = basename(file);
  if (/^StreamingHistory_podcast_\d+\.json$/i.test(name)) return "podcast";
  if (/^StreamingHistory_audiobook_\d+\.json$/i.test(name)) return "audiobook";
  if (/^StreamingHistory(?:_music_|_video_)?\d+\.json$/i.test(name)) return "music";
  if (/^(?:Streaming_History_(?:Audio|Video)_[\w-]*|endsong_\d+)\.json$/i.test(name)) return "extended";
  return null;
}

/**
 * Whether a file (its start and path) is Spotify's: a streaming history, the playlists or the library by its
 * start ({@link spotifyKind}), an empty array named as a streaming history, or any other file of an unzipped
 * Spotify download that is passed over ({@link spotifyPassedOver}, which its reader refuses saying why).
 */
export function isSpotifyFile(start: string, file: string): boolean {
  if (spotifyKind(start) !== null) return true;
  if (/^\[\s*\]\s*$/.test(start.replace(/^\uFEFF/, "")) && historyKindByName(file) !== null) return true;
  return spotifyPassedOver(file) !== null;
}

/** A value shown in an error: its JSON, cut. */
function shown(value: unknown): string {
  const json = JSON.stringify(value ?? null) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** A name as Spotify gives it, trimmed and its runs of white space one; "" for none. */
function nameOf(value: unknown): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "";
}

/** A time as the account data writes `endTime`: "2026-10-03 18:21" (UTC; seconds too in some). */
const END_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/;
/** A time as the extended history writes `ts`: "2026-10-03T18:21:44Z" (older ones without the "Z"). */
const TS = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z?$/;

/** The epoch ms of a UTC time matched by {@link END_TIME} or {@link TS}, or NaN when its parts name no such time. */
function utcOf(m: RegExpExecArray): number {
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number) as [number, number, number, number, number, number];
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  const t = new Date(at);
  return t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? at : Number.NaN;
}

/** The minute of `ms` (seconds and milliseconds dropped). */
const minuteOf = (ms: number) => Math.floor(ms / 60_000) * 60_000;

/** Whether `value` is a count of milliseconds played: a whole number, 0 or more. */
const isMs = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0;

/**
 * Item `value` (the `index`-th) of a history file of `kind` as a play, or null for one that names nothing
 * (a local file, a gap in Spotify's records) or was played in a private session (`incognito_mode`).
 * @throws ImportError naming the file and the item (`[3]`, `[3].endTime`, `[3].ms_played`): an item that is no
 *   object, a time that is none as Spotify writes it, a length played that is no whole number of ms.
 */
function playOf(file: string, kind: SpotifyKind, video: boolean, value: unknown, index: number): Play | null {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, `[${index}]`, `expected a play of Spotify's streaming history ({ "endTime": …, "msPlayed": … }), got ${shown(value)}`);
  const v = value as Record<string, unknown>;
  if (kind === "extended") {
    const m = typeof v.ts === "string" ? TS.exec(v.ts.trim()) : null;
    const end = m ? utcOf(m) : Number.NaN;
    if (Number.isNaN(end))
      throw new ImportError(file, `[${index}].ts`, `expected the time the play ended as Spotify writes it, "2026-10-03T18:21:44Z", got ${shown(v.ts)}`);
    if (!isMs(v.ms_played)) throw new ImportError(file, `[${index}].ms_played`, `expected the milliseconds played, a whole number, got ${shown(v.ms_played)}`);
    if (v.incognito_mode === true) return null;
    const base = { end: minuteOf(end), ms: v.ms_played, video };
    const track = nameOf(v.master_metadata_track_name);
    if (track) {
      const uri = nameOf(v.spotify_track_uri);
      return {
        ...base,
        kind: "song",
        title: track,
        by: nameOf(v.master_metadata_album_artist_name),
        album: nameOf(v.master_metadata_album_album_name) || null,
        uri: uri || null,
      };
    }
    const episode = nameOf(v.episode_name);
    if (episode) {
      const uri = nameOf(v.spotify_episode_uri);
      return { ...base, kind: "episode", title: episode, by: nameOf(v.episode_show_name), album: null, uri: uri || null };
    }
    const book = nameOf(v.audiobook_title);
    if (book) {
      const uri = nameOf(v.audiobook_chapter_uri) || nameOf(v.audiobook_uri);
      return { ...base, kind: "audiobook", title: nameOf(v.audiobook_chapter_title), by: book, album: null, uri: uri || null };
    }
    return null;
  }
  const m = typeof v.endTime === "string" ? END_TIME.exec(v.endTime.trim()) : null;
  const end = m ? utcOf(m) : Number.NaN;
  if (Number.isNaN(end))
    throw new ImportError(file, `[${index}].endTime`, `expected the time the play ended as Spotify writes it, "2026-10-03 18:21", got ${shown(v.endTime)}`);
  if (!isMs(v.msPlayed)) throw new ImportError(file, `[${index}].msPlayed`, `expected the milliseconds played, a whole number, got ${shown(v.msPlayed)}`);
  const base = { end: minuteOf(end), ms: v.msPlayed, video, album: null, uri: null };
  if (kind === "podcast") {
    const title = nameOf(v.episodeName);
    return title ? { ...base, kind: "episode", title, by: nameOf(v.podcastName) } : null;
  }
  if (kind === "audiobook") {
    const by = nameOf(v.audiobookName) || nameOf(v.audiobookTitle);
    return by ? { ...base, kind: "audiobook", title: nameOf(v.chapterName) || nameOf(v.chapterTitle), by } : null;
  }
  const title = nameOf(v.trackName);
  return title ? { ...base, kind: "song", title, by: nameOf(v.artistName) } : null;
}

/** A history file's place in its series: the series (its name but its index) and its index, or null for a name Spotify does not give. */
function seriesOf(file: string): { series: string; index: number } | null {
  const name = basename(file);
  for (const re of SERIES) {
    const m = re.exec(name);
    if (m) return { series: m[1]!.toLowerCase(), index: Number(m[2]) };
  }
  return null;
}

/** The file of the same series beside `file` whose index is `index` (Streaming_History_Audio_2024_13.json → …_2024-2025_14.json), or null. */
function neighbour(file: string, index: number): string | null {
  const own = seriesOf(file);
  if (!own || index < 0) return null;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return null;
  }
  const found = names.find((n) => {
    const s = seriesOf(n);
    return s !== null && s.series === own.series && s.index === index && n !== basename(file);
  });
  return found ? join(dirname(file), found) : null;
}

/** The last day a history file holds a play of, from the times in its last {@link TAIL_BYTES} (its plays are in time order), or null. */
function lastDayOf(file: string): string | null {
  try {
    const size = statSync(file).size;
    const fd = openSync(file, "r");
    try {
      const length = Math.min(size, TAIL_BYTES);
      const tail = Buffer.alloc(length);
      readSync(fd, tail, 0, length, size - length);
      let last: string | null = null;
      for (const m of tail.toString("utf8").matchAll(/"(?:ts|endTime)"\s*:\s*"(\d{4}-\d{2}-\d{2})/g)) if (last === null || m[1]! > last) last = m[1]!;
      return last;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/**
 * Reads `file`, a streaming history of `kind` (streamed), as a note per day of listening ({@link dayNote}),
 * days in time order: a day the file before it in its series also holds (its last day, `_0` before `_1`) is
 * passed over, told by that file; its own last day is told with the next file's plays of it. Past
 * {@link MAX_HELD_ITEMS} the days before the one being read are given.
 * @throws ImportError naming the file and where: the stream's own errors (byte, line and column), a play
 *   {@link playOf} refuses; "the note has no text" for a history with no play of 30 seconds or more (a folder
 *   passes it over, saying so).
 */
async function* parseHistory(file: string, kind: SpotifyKind, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const video = /^(?:Streaming_History_Video_|StreamingHistory_video_)/i.test(basename(file));
  const series = seriesOf(file);
  const before = series ? neighbour(file, series.index - 1) : null;
  const toldBefore = before ? lastDayOf(before) : null;
  const days = new Days();
  let entries = 0;
  let counted = 0;
  let lastDay: string | null = null;
  for await (const item of streamJsonArray(file, { onProgress: opts.onProgress })) {
    entries++;
    const v = item.value as Record<string, unknown> | null;
    const play = playOf(file, kind, video, v, item.index);
    // (the file's last day, by every play's time, as the next file finds it by the times at its end)
    const day = play ? isoDate(play.end) : dayOfRaw(v);
    if (day && (lastDay === null || day > lastDay)) lastDay = day;
    if (!play || play.ms < MIN_PLAY_MS || (toldBefore !== null && isoDate(play.end) <= toldBefore)) continue;
    counted++;
    days.add(play);
    if (days.held > MAX_HELD_ITEMS) for (const [d, tallies] of days.take(isoDate(play.end))) yield dayNote(d, tallies, SPOTIFY);
  }
  // (the plays of its last day in the next file of its series, which passes that day over)
  const after = series && lastDay ? neighbour(file, series.index + 1) : null;
  if (after && lastDay) {
    try {
      for await (const item of streamJsonArray(after)) {
        const v = item.value as Record<string, unknown> | null;
        const day = dayOfRaw(v);
        if (day === null) continue;
        if (day > lastDay) break;
        const play = playOf(after, kind, video, v, item.index);
        if (!play || play.ms < MIN_PLAY_MS || (toldBefore !== null && isoDate(play.end) <= toldBefore)) continue;
        counted++;
        days.add(play);
      }
    } catch {
      // (a next file that cannot be read adds nothing: its own import says what is wrong with it)
    }
  }
  if (counted === 0) {
    const why =
      entries === 0
        ? "a Spotify streaming history with no plays"
        : toldBefore !== null && lastDay !== null && lastDay <= toldBefore
          ? `a Spotify streaming history whose days are told with ${basename(before!)}`
          : "a Spotify streaming history with no play of 30 seconds or more";
    throw new ImportError(file, "[0]", `${NO_TEXT}: ${why}`);
  }
  for (const [d, tallies] of days.take(null)) yield dayNote(d, tallies, SPOTIFY);
}

/** The day of a play's time as either package writes it (`endTime` or `ts`), or null when it has none. */
function dayOfRaw(v: Record<string, unknown> | null): string | null {
  if (!v || typeof v !== "object") return null;
  const time = typeof v.ts === "string" ? v.ts : typeof v.endTime === "string" ? v.endTime : null;
  return time && /^\d{4}-\d{2}-\d{2}/.test(time.trim()) ? time.trim().slice(0, 10) : null;
}

/** A day as Playlist1.json writes it ("2026-10-04"), at noon UTC, or NaN. */
function dayAt(value: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return Number.NaN;
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return new Date(at).getUTCDate() === Number(m[3]) ? at : Number.NaN;
}

/** The words of a description as Spotify may keep them, HTML-escaped ("Jess &amp; Tom&#x27;s"), undone; its lines trimmed. */
function descriptionWords(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/** A local file's name from its URI, "spotify:local:Artist:Album:Title:210" (each part URL-encoded, "+" a space): its title and artist, or null. */
function localTrackOf(uri: string): { title: string; artist: string } | null {
  const m = /^spotify:local:([^:]*):([^:]*):([^:]*)(?::\d+)?$/.exec(uri);
  if (!m) return null;
  const part = (s: string) => {
    try {
      return decodeURIComponent(s.replace(/\+/g, " ")).trim();
    } catch {
      return s.replace(/\+/g, " ").trim();
    }
  };
  const title = part(m[3]!);
  return title ? { title, artist: part(m[1]!) } : null;
}

/** What a playlist's item is, as a sentence names it and as its paragraph is named; null for an item that names nothing (a track no longer on Spotify). */
function itemOf(item: Record<string, unknown>): { words: string; key: string; meta: Record<string, unknown> } | null {
  const obj = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
  const track = obj(item.track);
  if (track && nameOf(track.trackName)) {
    const title = nameOf(track.trackName);
    const artist = nameOf(track.artistName);
    const uri = nameOf(track.trackUri);
    const album = nameOf(track.albumName);
    return {
      words: `${quoted(title)}${artist ? ` by ${artist}` : ""}`,
      key: `track ${uri || `${artist} – ${title}`}`,
      meta: { kind: "track", title, artist, ...(album ? { album } : {}), ...(uri ? { uri } : {}) },
    };
  }
  const episode = obj(item.episode);
  if (episode && nameOf(episode.episodeName)) {
    const title = nameOf(episode.episodeName);
    const show = nameOf(episode.showName);
    const uri = nameOf(episode.episodeUri) || nameOf(episode.episodeURI);
    return {
      words: `the episode ${quoted(title)}${show ? ` of the podcast ${show}` : ""}`,
      key: `episode ${uri || `${show} – ${title}`}`,
      meta: { kind: "episode", title, show, ...(uri ? { uri } : {}) },
    };
  }
  const book = obj(item.audiobook);
  const bookName = book ? nameOf(book.audiobookName) || nameOf(book.name) || nameOf(book.title) : "";
  if (book && bookName) {
    const uri = nameOf(book.audiobookUri) || nameOf(book.uri);
    return {
      words: `the audiobook ${quoted(bookName)}`,
      key: `audiobook ${uri || bookName}`,
      meta: { kind: "audiobook", title: bookName, ...(uri ? { uri } : {}) },
    };
  }
  const local = obj(item.localTrack);
  const uri = local ? nameOf(local.uri) : "";
  const named = uri ? localTrackOf(uri) : null;
  if (named)
    return {
      words: `${quoted(named.title)}${named.artist ? ` by ${named.artist}` : ""} (a file of my own)`,
      key: `local ${uri}`,
      meta: { kind: "local", title: named.title, artist: named.artist, uri },
    };
  return null;
}

/**
 * Playlist `value` (the `index`-th of Playlist1.json's `playlists`) as a note titled by its name, or null
 * for one with no description and no item that names something: its description (its words, HTML escapes
 * undone; a paragraph `undated`, of the playlist's last change), then each item a paragraph of the day it
 * was added, in the playlist's order ("Added "…" by … to my Spotify playlist "…" on Sunday 11 October."; with
 * no day, "… is on my Spotify playlist "…".", `undated`), named by what it is (`track spotify:track:…`,
 * `episode …`, `local spotify:local:…`).
 * @throws ImportError naming the file and the playlist (`playlists[1]`, `playlists[1].name`,
 *   `playlists[1].items[4].addedDate`): a playlist or item that is no object, a playlist with no name, items
 *   that are no array, a day that is none as Spotify writes it ("2026-10-04").
 */
function playlistNote(file: string, value: unknown, index: number, fileTime: number): ParsedConversation | null {
  const at = `playlists[${index}]`;
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, at, `expected a playlist ({ "name": …, "items": [ … ] }), got ${shown(value)}`);
  const p = value as Record<string, unknown>;
  const name = nameOf(p.name);
  if (!name) throw new ImportError(file, `${at}.name`, `expected the playlist's name, got ${shown(p.name)}`);
  if (p.items !== undefined && p.items !== null && !Array.isArray(p.items))
    throw new ImportError(file, `${at}.items`, `expected the playlist's items, an array, got ${shown(p.items)}`);
  let changed = Number.NaN;
  if (typeof p.lastModifiedDate === "string") {
    changed = dayAt(p.lastModifiedDate);
    if (Number.isNaN(changed))
      throw new ImportError(file, `${at}.lastModifiedDate`, `expected a day as Spotify writes it, "2026-11-15", got ${shown(p.lastModifiedDate)}`);
  }
  const when = Number.isNaN(changed) ? fileTime : changed;
  const turns: ParsedTurn[] = [];
  const description = typeof p.description === "string" ? descriptionWords(p.description) : "";
  if (description)
    turns.push({
      externalId: "description",
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: when,
      text: description,
      metadata: { undated: true, spotify: { kind: "playlist description", playlist: name } },
    });
  const items = (p.items as unknown[] | undefined | null) ?? [];
  const seen = new Set<string>();
  items.forEach((raw, i) => {
    const where = `${at}.items[${i}]`;
    if (!raw || typeof raw !== "object" || Array.isArray(raw))
      throw new ImportError(file, where, `expected a playlist's item ({ "track": …, "addedDate": … }), got ${shown(raw)}`);
    const item = raw as Record<string, unknown>;
    let added = Number.NaN;
    if (typeof item.addedDate === "string") {
      added = dayAt(item.addedDate);
      if (Number.isNaN(added))
        throw new ImportError(file, `${where}.addedDate`, `expected a day as Spotify writes it, "2026-10-04", got ${shown(item.addedDate)}`);
    }
    const what = itemOf(item);
    if (!what) return;
    // (the same track twice on a playlist is one paragraph: the first)
    if (seen.has(what.key)) return;
    seen.add(what.key);
    const dated = !Number.isNaN(added);
    turns.push({
      externalId: what.key,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: dated ? added : when,
      text: dated
        ? `Added ${what.words} to my Spotify playlist ${quoted(name)} on ${dayWords(added)}.`
        : `${what.words} is on my Spotify playlist ${quoted(name)}.`,
      metadata: { ...(dated ? {} : { undated: true }), spotify: { ...what.meta, playlist: name, position: i + 1 } },
    });
  });
  if (!turns.length) return null;
  return {
    format: "note",
    externalId: `spotify:playlist:${name}`,
    title: name,
    participants: [NOTE_SPEAKER],
    startedAt: Math.min(...turns.map((t) => t.occurredAt)),
    turns,
    records: "log",
  };
}

/**
 * Reads `file`, Playlist1.json (streamed: one playlist held at a time), as a note per playlist
 * ({@link playlistNote}), in the file's order.
 * @throws ImportError naming the file and where: the stream's own errors, a playlist {@link playlistNote}
 *   refuses, a file with no `"playlists"` array (`byte 0`); "the note has no text" for one whose playlists
 *   hold nothing.
 */
async function* parsePlaylists(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const fileTime = Math.floor((await stat(file)).mtimeMs);
  let found = false;
  let given = 0;
  for await (const { path, value } of streamJsonPaths(file, {
    onProgress: opts.onProgress,
    choose: (path, kind) => {
      if (path.length === 0) return kind === "object" ? "enter" : "skip";
      if (path.length === 1) return path[0] === "playlists" && kind === "array" ? "enter" : "skip";
      return "keep";
    },
  })) {
    found = true;
    const note = playlistNote(file, value, path[1] as number, fileTime);
    if (!note) continue;
    given++;
    yield note;
  }
  // (an empty "playlists" array keeps nothing: said as no text, as one of empty playlists is)
  if (!found && !/"playlists"\s*:\s*\[/.test(readStart(file)))
    throw new ImportError(file, "byte 0", 'no "playlists": not Spotify\'s Playlist1.json ({ "playlists" : [ … ] })');
  if (!given) throw new ImportError(file, "playlists", `${NO_TEXT}: Spotify playlists with no tracks and no descriptions`);
}

/** The first KiB of `file` as text ("" when it cannot be read). */
function readStart(file: string): string {
  try {
    const fd = openSync(file, "r");
    try {
      const head = Buffer.alloc(1024);
      const n = readSync(fd, head, 0, head.length, 0);
      return head.subarray(0, n).toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return "";
  }
}

/** The sections of YourLibrary.json read, in the order their paragraphs are told, and how each item is named. */
const LIBRARY_SECTIONS: ReadonlyArray<{ key: string; name: (item: Record<string, unknown>) => string; one: string; many: string; sep: string }> = [
  {
    key: "shows",
    name: (i) => (nameOf(i.name) ? `${nameOf(i.name)}${nameOf(i.publisher) ? ` (${nameOf(i.publisher)})` : ""}` : ""),
    one: "I follow the podcast %s on Spotify.",
    many: "I follow these podcasts on Spotify: %s.",
    sep: "; ",
  },
  { key: "artists", name: (i) => nameOf(i.name), one: "I follow the artist %s on Spotify.", many: "I follow these artists on Spotify: %s.", sep: ", " },
  {
    key: "albums",
    name: (i) => (nameOf(i.album) ? `${quoted(nameOf(i.album))}${nameOf(i.artist) ? ` by ${nameOf(i.artist)}` : ""}` : ""),
    one: "I saved the album %s to my Spotify library.",
    many: "I saved these albums to my Spotify library: %s.",
    sep: "; ",
  },
  {
    key: "tracks",
    name: (i) => (nameOf(i.track) ? `${quoted(nameOf(i.track))}${nameOf(i.artist) ? ` by ${nameOf(i.artist)}` : ""}` : ""),
    one: "I liked the song %s on Spotify.",
    many: "I liked these songs on Spotify: %s.",
    sep: "; ",
  },
  {
    key: "episodes",
    name: (i) => (nameOf(i.name) ? `${quoted(nameOf(i.name))}${nameOf(i.show) ? ` (${nameOf(i.show)})` : ""}` : ""),
    one: "I saved the podcast episode %s on Spotify.",
    many: "I saved these podcast episodes on Spotify: %s.",
    sep: "; ",
  },
];

/**
 * Reads `file`, YourLibrary.json (streamed), as one note ("Spotify library", `spotify:library`) of the file's
 * modification time (Spotify gives no day): the podcasts followed, the artists followed, the albums saved,
 * the songs liked and the episodes saved, {@link LIBRARY_PER_PARAGRAPH} a paragraph in the file's order
 * ("I follow the podcast The Rest Is History (Goalhanger) on Spotify.", "I saved these albums to my Spotify
 * library: "Romance" by Fontaines D.C.; …"), each named by its section and place (`library:albums 1`) and
 * `undated`, so a later download adds only the paragraphs changed; the hidden songs and artists
 * (`bannedTracks`, `bannedArtists`) and `other` are not read; past {@link MAX_LIBRARY_ITEMS} in a section the
 * rest are counted ("… and 120 more.").
 * @throws ImportError naming the file and where: the stream's own errors, an item that is no object
 *   (`albums[3]`); "the note has no text" for a library with nothing in it.
 */
async function* parseLibrary(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const at = Math.floor((await stat(file)).mtimeMs);
  const read = new Set(LIBRARY_SECTIONS.map((s) => s.key));
  const names = new Map<string, string[]>();
  const more = new Map<string, number>();
  for await (const { path, value } of streamJsonPaths(file, {
    onProgress: opts.onProgress,
    choose: (path, kind) => {
      if (path.length === 0) return kind === "object" ? "enter" : "skip";
      if (path.length === 1) return read.has(String(path[0])) && kind === "array" ? "enter" : "skip";
      return "keep";
    },
  })) {
    const section = String(path[0]);
    if (!value || typeof value !== "object" || Array.isArray(value))
      throw new ImportError(file, `${section}[${String(path[1])}]`, `expected an item of the library ({ "artist": …, … }), got ${shown(value)}`);
    const spec = LIBRARY_SECTIONS.find((s) => s.key === section)!;
    const name = spec.name(value as Record<string, unknown>);
    if (!name) continue;
    const list = names.get(section) ?? [];
    names.set(section, list);
    if (list.length < MAX_LIBRARY_ITEMS) list.push(name);
    else more.set(section, (more.get(section) ?? 0) + 1);
  }
  const turns: ParsedTurn[] = [];
  for (const spec of LIBRARY_SECTIONS) {
    const list = names.get(spec.key) ?? [];
    for (let i = 0; i < list.length; i += LIBRARY_PER_PARAGRAPH) {
      const part = list.slice(i, i + LIBRARY_PER_PARAGRAPH);
      const last = i + LIBRARY_PER_PARAGRAPH >= list.length;
      const extra = last && more.get(spec.key) ? ` And ${more.get(spec.key)} more.` : "";
      const joined = spec.sep === ", " ? listed(part) : part.join(spec.sep);
      turns.push({
        externalId: `library:${spec.key} ${i / LIBRARY_PER_PARAGRAPH + 1}`,
        speaker: NOTE_SPEAKER,
        role: "user",
        occurredAt: at,
        text: `${(part.length === 1 && list.length === 1 ? spec.one : spec.many).replace("%s", joined)}${extra}`,
        metadata: { undated: true, spotify: { kind: `library ${spec.key}`, count: part.length } },
      });
    }
  }
  if (!turns.length) throw new ImportError(file, "tracks", `${NO_TEXT}: a Spotify library with nothing saved or followed`);
  yield { format: "note", externalId: "spotify:library", title: "Spotify library", participants: [NOTE_SPEAKER], startedAt: at, turns, records: "log" };
}

/**
 * Reads `file`, a file of Spotify's download, as notes of the user's (format `note`, said by the user; the
 * file's format `spotify`), told by `head` (its start) and its name: a streaming history of the account data
 * (StreamingHistory_music_0.json, _podcast_, _audiobook_, older StreamingHistory0.json) or of the extended
 * history (Streaming_History_Audio_…_0.json, Streaming_History_Video_….json, endsong_0.json), a day of
 * listening a note ({@link parseHistory}); Playlist1.json, a playlist a note ({@link parsePlaylists});
 * YourLibrary.json, one note ({@link parseLibrary}).
 * @throws ImportError naming the file and where: a file of the download that is passed over (`byte 0`, "the
 *   note has no text: the payment card Spotify charges, never stored": {@link spotifyPassedOver}), a file that
 *   is none of Spotify's (`byte 0`), and each reader's own errors.
 */
export async function* parseSpotify(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const start = head.replace(/^\uFEFF/, "");
  const kind = spotifyKind(start) ?? (/^\s*\[\s*\]\s*$/.test(start) ? historyKindByName(file) : null);
  if (kind === null) {
    const why = spotifyPassedOver(file);
    if (why) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${why}`);
    throw new ImportError(
      file,
      "byte 0",
      "not a file of Spotify's download (StreamingHistory_music_0.json, StreamingHistory_podcast_0.json, Streaming_History_Audio_…_0.json, Playlist1.json or YourLibrary.json)",
    );
  }
  if (kind === "playlists") yield* parsePlaylists(file, opts);
  else if (kind === "library") yield* parseLibrary(file, opts);
  else yield* parseHistory(file, kind, opts);
}
