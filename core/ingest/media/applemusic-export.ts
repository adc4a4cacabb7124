/**
 * The files of Apple's "Request a copy of your data" → Apple Media Services information that tell Apple Music
 * listening (`Apple Media Services information/Apple_Media_Services.zip`, unzipped: `Apple_Media_Services/Apple
 * Music Activity/`; the library's JSON files zipped once more, `Apple Music Library Tracks.json.zip`, unzipped
 * beside them), told by their content whatever their names (applemusic.ts reads them):
 * - `Apple Music Play Activity.csv`: a row per player event (a 2023–2024 export's 118 columns, a 2026 one's
 *   ~143, in Apple's alphabetical order; an older one's 31, quoted, with `Artist Name` and `Content Name`), told
 *   by a header naming "Play Duration Milliseconds", "Event End Timestamp" or "Event Start Timestamp", and
 *   "Song Name" or "Content Name" ({@link appleMusicKind} `activity`);
 * - `Apple Music - Play History Daily Tracks.csv` (`Country,Track Identifier,Media type,Date Played,Hours,Play
 *   Duration Milliseconds,End Reason Type,Source Type,Play Count,Skip Count,Ignore For Recommendations,Track
 *   Reference,Track Description`, "Artist - Title"), `Apple Music - Recently Played Tracks.csv` (`Last
 *   Modified,Container Type,Container Description,Track Description,…,Total plays,Total skips,…`, "Last End
 *   Reason Tyoe" as Apple spells it) and `Apple Music - Track Play History.csv` (`Track Name,Last Played
 *   Date,Is User Initiated`): the same listening summed, passed over (their artists' names read, {@link
 *   ArtistIndex});
 * - `Apple Music Library Tracks.json` (Jackson's pretty printer, `[ {\n  "Content Type" : "Song",\n  "Track
 *   Identifier" : 182857498, "Title", "Artist", "Album", "Track Count On Album", "Date Added To Library" :
 *   "2024-08-23T07:12:44Z", "Playlist Only Track", "Track Like Rating" : "liked", "Favorite Status - Track",
 *   "Favorite Date - Track", …`), `Apple Music Library Playlists.json` (`[ { "Container Type" : "Playlist",
 *   "Container Identifier", "Title", "Description", "Playlist Item Identifiers" : [ the tracks' Track
 *   Identifiers ], "Added Date", … } ]`) and `Apple Music Likes and Dislikes.csv` (`"Item
 *   Description",Preference,Created,"Last Modified","Item Reference"`, CRLF, LOVE or DISLIKE);
 * - passed over, said why ({@link appleMusicPassedOver}): `Apple Music Library Activity.json` (the Music app's
 *   changes to the library, by ids), `Identifier Information.json` (ids and titles), `Apple Music -
 *   Favorites.csv`, the summed files above, and any other file of the `Apple Music Activity` folder.
 * Checked against a real Play Activity sample of 2015–2023 rows and the Daily Tracks and Recently Played Tracks
 * files beside it (nerveband/Apple-Music-Play-History-Converter `_test_csvs/`), acoullandreau/apple_music_analyser's
 * test archive (an older Play Activity, Library Tracks.json, Likes and Dislikes.csv, Library Activity.json,
 * Identifier Information.json), playlisty/am_restore (the archive's layout; Playlist Item Identifiers are Track
 * Identifiers), a Library Playlists data dictionary, a 2026 export's column guide and Elbert's notes on a
 * 2022–2026 export.
 */
import { readdirSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { rememberedTest } from "../kit/download-root.js";
import { streamJsonArray } from "../kit/json-stream.js";

/** What a file of Apple Music's export is, by its start. */
export type AppleMusicKind =
  | "activity"
  | "daily"
  | "recent"
  | "trackhistory"
  | "likes"
  | "favorites"
  | "library"
  | "playlists"
  | "libraryactivity"
  | "identifiers";

/** The kinds read (the others are passed over, said why). */
export const READ_KINDS: ReadonlySet<AppleMusicKind> = new Set(["activity", "library", "playlists", "likes"]);

/** The first object of a JSON array's start: its text to its first "}" (its first keys), or all of `start` when none closes in it. */
function firstObject(start: string): string {
  const end = start.indexOf("}");
  return end < 0 ? start : start.slice(0, end + 1);
}

/**
 * What a file of Apple Music's export is by its start (a byte-order mark dropped), or null: the CSVs by their
 * headers' names (any order, quoted or not), the JSON files by their first object's first key (`"Content
 * Type"` or `"Track Identifier"` with a `"Title"`: the library's tracks; `"Container Type"` with a `"Container
 * Identifier"`: its playlists; `"Transaction Type"`: its activity; `"Identifier"` and `"Title"` alone: the
 * identifiers).
 */
export function appleMusicKind(start: string): AppleMusicKind | null {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  if (s.startsWith("[")) {
    const first = firstObject(s);
    const key = /^\[\s*\{\s*"([^"]+)"\s*:/.exec(s)?.[1];
    if (key === "Transaction Type") return "libraryactivity";
    if (key === "Container Type" && /"(?:Container Identifier|Playlist Item Identifiers)"\s*:/.test(first)) return "playlists";
    if ((key === "Content Type" || key === "Track Identifier") && /"Title"\s*:/.test(first) && /"Track Identifier"\s*:/.test(first)) return "library";
    if (key === "Identifier" && /^\[\s*\{\s*"Identifier"\s*:\s*"[^"]*"\s*,\s*"Title"\s*:\s*"(?:[^"\\]|\\.)*"\s*\}/.test(s)) return "identifiers";
    return null;
  }
  const cells = new Set(headerCells(s));
  const has = (...names: string[]) => names.every((n) => cells.has(n));
  if (
    has("Play Duration Milliseconds") &&
    (cells.has("Event End Timestamp") || cells.has("Event Start Timestamp")) &&
    (cells.has("Song Name") || cells.has("Content Name"))
  )
    return "activity";
  if (has("Date Played", "Track Description", "Play Duration Milliseconds")) return "daily";
  if (has("Track Description", "Container Description") && (cells.has("Total plays") || cells.has("Last Event End Timestamp"))) return "recent";
  if (has("Track Name", "Last Played Date", "Is User Initiated")) return "trackhistory";
  if (has("Item Description", "Preference", "Created")) return "likes";
  if (has("Favorite Type", "Item Description")) return "favorites";
  return null;
}

/** The names Apple gives its files of Apple Music, one a folder of the export holds (the folder's mark). */
const EXPORT_NAME =
  /^(?:Apple Music Play Activity\.csv|Apple Music - [^/\\]+\.csv|Apple Music Library (?:Tracks|Playlists|Activity)\.json(?:\.zip)?|Apple Music Likes and Dislikes\.csv)$/i;

/** Whether the folder `dir` is Apple Music's (named "Apple Music Activity", or holding a file Apple names as it names its Apple Music files; remembered per folder). */
const isAppleMusicFolder = rememberedTest((dir) => basename(dir) === "Apple Music Activity" || readdirSync(dir).some((n) => EXPORT_NAME.test(n)));

/** Why each summed or by-the-way file of the export is passed over, by its kind. */
const PASSED_OVER: Partial<Record<AppleMusicKind, string>> = {
  daily: "Apple Music's plays summed by day and song, told from Apple Music Play Activity.csv (import it: this file is read beside it for the artists' names)",
  recent:
    "Apple Music's recently played tracks with their totals, told from Apple Music Play Activity.csv (this file is read beside it for the artists' names)",
  trackhistory: "the last time each track was played, told from Apple Music Play Activity.csv's plays",
  favorites: "Apple Music's favourites, told as the songs loved in Apple Music Library Tracks.json",
  libraryactivity: "a log of the Music app's changes to the library by the tracks' ids: what was added and when is read from Apple Music Library Tracks.json",
  identifiers: "Apple's identifiers of the songs played and their titles, no listening of their own",
};

/**
 * Why `file` (its start `start`, when read) is passed over unread, in words, or null when it is read or is no
 * file of Apple Music's export: a summed file, the library's activity, the identifiers, the favourites (by
 * their start, anywhere), and any other file of a folder of the export (named "Apple Music Activity" or holding
 * a file Apple names so) that is none of the files read ("Apple's record of …, not what was listened to").
 */
export function appleMusicPassedOver(file: string, start: string | null): string | null {
  const kind = start === null ? null : appleMusicKind(start);
  if (kind && READ_KINDS.has(kind)) return null;
  if (kind) return PASSED_OVER[kind] ?? null;
  if (!isAppleMusicFolder(dirname(file))) return null;
  const name = basename(file);
  if (!/\.(?:csv|json|txt|pdf|html?)$/i.test(name)) return null;
  return `Apple's record of ${name.replace(/\.[^.]+$/, "").replace(/^Apple Music - /, "")} in its Apple Music export, not what was listened to`;
}

/** Whether a file is Apple Music's, by its start ({@link appleMusicKind}) or its place ({@link appleMusicPassedOver}). */
export function isAppleMusicFile(start: string, file: string): boolean {
  return appleMusicKind(start) !== null || appleMusicPassedOver(file, null) !== null;
}

/** A name as written, trimmed and its runs of white space one. */
export const nameOf = (value: unknown) => (typeof value === "string" ? value.replace(/\s+/g, " ").trim() : "");

/** A title or album as compared: its letters folded, its " - Single" and " - EP" dropped. */
const fold = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+-\s+(?:single|ep)$/i, "")
    .replace(/\s+/g, " ")
    .trim();

/** Most titles the artist index holds: past it, the rest are not looked up (their songs told without an artist). */
export const MAX_INDEXED_TITLES = 200_000;

/**
 * Songs' artists, which a Play Activity of 2022 on does not hold (no "Artist Name" column): from the library's
 * tracks (each title and album's artist), from the summed files' "Artist - Title" and from Likes and Dislikes'.
 * A title two artists sing is looked up by its album, else left without an artist rather than guessed.
 */
export class ArtistIndex {
  private readonly byAlbum = new Map<string, string>();
  private readonly byTitle = new Map<string, string | null>();

  /** How many titles are held. */
  get size(): number {
    return this.byTitle.size;
  }

  /** Notes that `title` on `album` is `artist`'s (a library track). */
  add(title: string, album: string, artist: string): void {
    if (!title || !artist || this.byTitle.size >= MAX_INDEXED_TITLES) return;
    if (album) this.byAlbum.set(`${fold(title)}\u0000${fold(album)}`, artist);
    this.note(fold(title), artist);
  }

  /** Notes an "Artist - Title" of the summed files: each way it splits at " - " (an artist or a title may hold one). */
  addDescription(description: string): void {
    const d = nameOf(description);
    for (let at = d.indexOf(" - "); at > 0 && this.byTitle.size < MAX_INDEXED_TITLES; at = d.indexOf(" - ", at + 3)) {
      const artist = d.slice(0, at).trim();
      const title = d.slice(at + 3).trim();
      if (artist && title) this.note(fold(title), artist);
    }
  }

  private note(key: string, artist: string): void {
    const was = this.byTitle.get(key);
    if (was === undefined) this.byTitle.set(key, artist);
    else if (was !== null && was !== artist) this.byTitle.set(key, null);
  }

  /** The artist of `title` (on `album`), or "" when none is known or two are. */
  artistOf(title: string, album: string): string {
    return (album && this.byAlbum.get(`${fold(title)}\u0000${fold(album)}`)) || this.byTitle.get(fold(title)) || "";
  }

  /** "Artist - Title" split where its title is a song the index knows by that artist, else at its first " - "; null without one. */
  split(description: string): { artist: string; title: string } | null {
    const d = nameOf(description);
    let first: { artist: string; title: string } | null = null;
    for (let at = d.indexOf(" - "); at > 0; at = d.indexOf(" - ", at + 3)) {
      const split = { artist: d.slice(0, at).trim(), title: d.slice(at + 3).trim() };
      if (!split.artist || !split.title) continue;
      first ??= split;
      if (this.byTitle.get(fold(split.title)) === split.artist) return split;
    }
    return first;
  }
}

/** The files beside `file` (its folder's) of the given kinds, by their start; [] when the folder cannot be listed. */
export function besideOfKind(file: string, kinds: ReadonlySet<AppleMusicKind>, startOf: (path: string) => string | null): string[] {
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return [];
  }
  return names
    .filter((n) => /\.(?:csv|json)$/i.test(n) && n !== basename(file))
    .sort()
    .map((n) => join(dirname(file), n))
    .filter((p) => {
      const start = startOf(p);
      const kind = start === null ? null : appleMusicKind(start);
      return kind !== null && kinds.has(kind);
    });
}

/** Most characters of one CSV record of the export (an Evaluation Variant's JSON is long; an unclosed quote is refused, not read to the end). */
export const MAX_RECORD_CHARS = 1024 * 1024;

/**
 * The artists the files beside `file` tell (its folder's Library Tracks.json, Daily Tracks, Recently Played
 * Tracks and Likes and Dislikes, by their start), streamed; a file that cannot be read adds nothing (its own
 * import says what is wrong with it).
 */
export async function artistsBeside(file: string, startOf: (path: string) => string | null): Promise<ArtistIndex> {
  const index = new ArtistIndex();
  for (const path of besideOfKind(file, new Set<AppleMusicKind>(["library", "daily", "recent", "likes"]), startOf)) {
    try {
      const kind = appleMusicKind(startOf(path) ?? "");
      if (kind === "library") {
        for await (const item of streamJsonArray(path)) {
          const v = item.value as Record<string, unknown> | null;
          if (v && typeof v === "object") index.add(nameOf(v.Title), nameOf(v.Album), nameOf(v.Artist) || nameOf(v["Album Artist"]));
        }
        continue;
      }
      const column = kind === "likes" ? "Item Description" : "Track Description";
      const { records } = csvRecords(path, (await stat(path)).size, MAX_RECORD_CHARS);
      let columns: Map<string, number> | null = null;
      for await (const { cells } of records) {
        if (!columns) {
          columns = new Map(cells.map((c, i) => [c.replace(/^\uFEFF/, "").trim(), i]));
          continue;
        }
        index.addDescription(cellOf(cells, columns, column));
      }
    } catch {
      // (a file beside that cannot be read tells no artist)
    }
  }
  return index;
}
