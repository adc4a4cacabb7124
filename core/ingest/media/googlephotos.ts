/**
 * Google Photos from Google Takeout, unzipped: `Takeout/Google Photos/` holds a folder per year, "Photos
 * from 2026" (every photo and video taken that year; Takeout names it so in every language), and a folder
 * per album, named by its title ("Anna's 30th"), which holds copies of the album's photos (a photo is in its
 * year's folder too). Beside each photo or video is its JSON sidecar: `IMG_20261003_140211.jpg.json` in older
 * Takeouts, `IMG_20261003_140211.jpg.supplemental-metadata.json` in newer ones, the name cut to 51
 * characters with its `.json` (`….supplemental-metad.json`, `….suppl.json`, `….s.json`, `..json`; a long
 * photo name cut too, `Screenshot_2024-01-14-14-13-33-16_948cd9899890.json`), and a second photo of the same
 * name's "(1)" moved before `.json` (`IMG_0001(1).jpg` → `IMG_0001.jpg(1).json`,
 * `IMG_0001.jpg.supplemental-metadata(1).json`); an edited copy (`IMG_0001-edited.jpg`, `-bearbeitet` …)
 * has none of its own. A sidecar is `{ "title": the photo's name as uploaded, "description": what the user
 * wrote under it, "imageViews", "creationTime": { "timestamp": "1696341704", "formatted" } (the upload),
 * "photoTakenTime": { … }, "geoData": { "latitude", "longitude", "altitude", "latitudeSpan", "longitudeSpan"
 * } (0.0 where there is none), "geoDataExif": { … } (the camera's), "people": [ { "name" } ] (the faces the
 * user named), "url", "googlePhotosOrigin", "favorited"?, "archived"?, "trashed"? }`, times as seconds since
 * 1970 in a string, UTC (`formatted` is in the account's language, not read). An album's folder (and in some
 * Takeouts a year's) holds its `metadata.json` (`metadaten.json`, `métadonnées.json`, `metadatos.json` …
 * in other languages: told by its content), `{ "title", "description", "access", "date": { "timestamp",
 * "formatted" } }` (the album's date, when it was made; older Takeouts wrap it, `{ "albumData": { … } }`).
 * `Google Photos/` itself may hold print-subscriptions.json, shared_album_comments.json and
 * user-generated-memory-titles.json. Checked against TheLastGimbus/GooglePhotosTakeoutHelper (year folders
 * named "Photos from ", albums holding copies of their photos, its sidecar fixtures and the 51-character cut,
 * the "(1)" swap, `-edited` copies), mattwilson1024/google-photos-exif (the sidecar's fields, `foo.jpg(1).json`,
 * the 46-character cut), papa-vova/gphotos-321sync's notes on the structure (metadata.json's fields, the cut
 * forms of `supplemental-metadata`, `favorited` and `trashed` absent when false, `geoDataExif`), and readers'
 * tests naming Takeout's root files and `albumData`.
 *
 * Read (format `googlephotos`; every conversation a note of the user's, format `note`, said by the user):
 * - an album as a note titled by it (`googlephotos:album:<its folder's name>`): a paragraph saying it
 *   ("My Google Photos album "Anna's 30th": <its description>. Its 4 photos and videos were taken on
 *   Saturday 3 October, from 18:35 to 20:30 UTC, with Anna, Ben, Priya, Tom and Sam in them."), then each
 *   photo a paragraph ({@link photoWords});
 * - the photos of a year's folder (or any folder of sidecars with no album's metadata.json) that are in no
 *   album a note per day they were taken (`googlephotos:day:2026-10-12`, "Photos of 12 October 2026"), each
 *   a paragraph. A photo of the year's folder is in an album when an album's folder beside it holds a
 *   sidecar of the same name and the same photo (its `url`, else its name and time): told with its album.
 * Each photo's paragraph is of the time it was taken (`photoTakenTime`, else `creationTime`): an instant,
 * UTC, said with its day and its time in UTC (where it was taken, so on what clock, is not known); named by
 * the photo's address (`url`, else its name and time), so a later Takeout adds only the new photos. Photos in
 * the trash are passed over. The folder is read a sidecar at a time (opendir, never listed whole); notes
 * are held as held-notes.ts `HeldNotes` holds them, and given sooner when they grow past its bound (a later
 * part of a note adds to the same conversation). An album's folder is read twice (first for what its
 * paragraph says). The names of the albums' sidecars are held while a year's folder is read, to tell the
 * photos that are in an album.
 *
 * Which file reads a folder: its metadata.json (an album's, or a year's), else (a year's folder without
 * one) its first sidecar by name; the folder's other sidecars are passed over in a folder import, said
 * why ({@link googlePhotosPassedOver}), and so are the photos and videos themselves: Engram reads no text
 * from a picture on import (no OCR), and what Google Photos knows of it is in its sidecar. A sidecar read
 * on its own (given alone, or with `--format`) is its one photo's paragraph, in its album's or its day's note.
 */
import { opendirSync, statSync } from "node:fs";
import { opendir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { humanDate } from "../../time/format.js";
import { inImportRange } from "../../time/import-dates.js";
import { readJsonFile } from "../kit/bytes.js";
import { fileStart } from "../kit/file-start.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";
import { listed } from "../kit/record-words.js";

/** The largest sidecar or album metadata.json read (bytes): a sidecar is about 1 KB; a larger file is refused, not read into memory. */
export const MAX_SIDECAR_BYTES = 1024 * 1024;

/** Most people named in an album's paragraph (the rest counted). */
export const MAX_PEOPLE_NAMED = 12;

/** A photo's file, by its extension. */
const PHOTO_EXT = /\.(?:jpe?g|jfif|heic|heif|png|gif|webp|bmp|tiff?|dng|cr2|cr3|nef|arw|orf|rw2|raf|avif)$/i;
/** A video's file, by its extension (`.MP`: a motion photo's video, PXL_…MP). */
const VIDEO_EXT = /\.(?:mp4|m4v|mov|qt|3gp|3g2|avi|mkv|webm|mpe?g|mts|m2ts|wmv|mp)$/i;
/** A sidecar's name: a photo's or video's (group 1 its extension), then a cut form of ".supplemental-metadata" (group 2), a copy's "(1)", ".json". */
const SIDECAR_NAME =
  /\.(jpe?g|jfif|heic|heif|png|gif|webp|bmp|tiff?|dng|cr2|cr3|nef|arw|orf|rw2|raf|avif|mp4|m4v|mov|qt|3gp|3g2|avi|mkv|webm|mpe?g|mts|m2ts|wmv|mp)(\.[a-z-]*)?(?:\(\d+\))?\.json$/i;
/** What newer Takeouts add to a photo's name for its sidecar, of which the name keeps what fits. */
const SUPPLEMENTAL = ".supplemental-metadata";
/** A year's folder, as Takeout names it in every language. */
const YEAR_FOLDER = /^Photos from \d{4}$/;
/** A sidecar by its start: its photo's title first, and when it was taken or uploaded, with its views. */
const SIDECAR_START = /^\{\s*"title"\s*:/;
const TAKEN_KEY = /"photoTakenTime"\s*:\s*\{/;
const UPLOADED_KEYS = /"creationTime"\s*:\s*\{[\s\S]*"imageViews"|"imageViews"[\s\S]*"creationTime"\s*:\s*\{/;
/** An album's metadata by its start: its title first, then its date or access among its members; or older Takeouts' `albumData`. */
const ALBUM_START = /^\{\s*(?:"title"\s*:|"albumData"\s*:\s*\{)/;
const ALBUM_KEYS = /"date"\s*:\s*\{\s*"timestamp"|"access"\s*:\s*"/;

/** Google Photos' own files at the top of its folder, by name, and why each is passed over. */
const ROOT_FILES: Record<string, string> = {
  "print-subscriptions.json": "Google Photos' print orders and subscriptions, no one's words",
  "shared_album_comments.json": "the comments in Google Photos' shared albums, not read",
  "user-generated-memory-titles.json": "the titles given to Google Photos' memories, no photo's",
};

/**
 * Whether `head` (a file's start, white space trimmed) is a Google Photos sidecar of Takeout: a JSON object
 * opening with its photo's `"title"`, naming when it was taken (`"photoTakenTime": {`) or uploaded
 * (`"creationTime": {` with its `"imageViews"`).
 */
export function isGooglePhotosSidecar(head: string): boolean {
  return SIDECAR_START.test(head) && (TAKEN_KEY.test(head) || UPLOADED_KEYS.test(head));
}

/**
 * Whether `head` (a file's start, white space trimmed) is a Google Photos album's metadata.json of Takeout
 * (any language's name): a JSON object opening with its `"title"`, naming its `"date": { "timestamp"` or its
 * `"access"` and no photo's time; or older Takeouts' `{ "albumData": {`.
 */
export function isGooglePhotosAlbum(head: string): boolean {
  return ALBUM_START.test(head) && ALBUM_KEYS.test(head) && !TAKEN_KEY.test(head);
}

/** Whether `head` is a Google Photos file of Takeout read as `googlephotos`: a sidecar or an album's metadata. */
export function isGooglePhotosFile(head: string): boolean {
  return isGooglePhotosSidecar(head) || isGooglePhotosAlbum(head);
}

/** Whether `name` is a sidecar's by its name: a photo's or video's name, a cut form of ".supplemental-metadata" or none, "(1)", ".json". */
function sidecarByName(name: string): boolean {
  const m = SIDECAR_NAME.exec(name);
  return m !== null && (m[2] === undefined || SUPPLEMENTAL.startsWith(m[2].toLowerCase()));
}

/** What a folder of Google Photos holds, by one reading of its names: its metadata.json's name, its first sidecar by name, whether it is a year's. */
interface PhotosFolder {
  /** Its album's (or year's) metadata.json, whatever its language's name; null when it has none. */
  metadata: string | null;
  /** Its first sidecar in name order (as a folder import lists files), null when it holds none. */
  first: string | null;
  /** Its metadata's title, when it has a metadata.json whose title is a string. */
  title: string | null;
  /** A year's folder ("Photos from 2026", by its name or its metadata's title): its photos are told by day. */
  year: boolean;
}

/** {@link photosFolder}'s answers, by folder, with the folder's modification time (at most {@link FOLDERS_HELD}). */
const FOLDERS = new Map<string, { mtimeMs: number; folder: PhotosFolder | null }>();
/** Most folders {@link FOLDERS} remembers. */
const FOLDERS_HELD = 256;

/**
 * What the folder `dir` holds of Google Photos, or null when it holds no sidecar and no album's
 * metadata: its names read one at a time (opendir), a `.json` that is no sidecar by its name read for its
 * first 4 KiB (an album's metadata.json in any language, or a sidecar whose photo's name was cut). Remembered
 * while the folder is unchanged (its modification time), so a folder of 100,000 photos is read once.
 */
function photosFolder(dir: string): PhotosFolder | null {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(dir).mtimeMs;
  } catch {
    return null;
  }
  const known = FOLDERS.get(dir);
  if (known && known.mtimeMs === mtimeMs) return known.folder;
  let metadata: string | null = null;
  let first: string | null = null;
  let title: string | null = null;
  try {
    const d = opendirSync(dir);
    try {
      for (let e = d.readSync(); e !== null; e = d.readSync()) {
        if (!e.isFile() || !/\.json$/i.test(e.name)) continue;
        let sidecar = sidecarByName(e.name);
        if (!sidecar) {
          const head = fileStart(join(dir, e.name), 4096)?.trimStart() ?? "";
          sidecar = isGooglePhotosSidecar(head);
          if (!sidecar && isGooglePhotosAlbum(head) && (metadata === null || e.name < metadata)) {
            metadata = e.name;
            title = /"title"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(head)?.[1] ?? null;
          }
        }
        if (sidecar && (first === null || e.name < first)) first = e.name;
      }
    } finally {
      d.closeSync();
    }
  } catch {
    return null;
  }
  const named = title === null ? null : (JSON.parse(title) as string);
  const folder =
    metadata === null && first === null ? null : { metadata, first, title: named, year: YEAR_FOLDER.test(basename(dir)) || YEAR_FOLDER.test(named ?? "") };
  if (FOLDERS.size >= FOLDERS_HELD) FOLDERS.clear();
  FOLDERS.set(dir, { mtimeMs, folder });
  return folder;
}

/**
 * Why `path`, a file of an unzipped Google Photos Takeout, is passed over in a folder import, in words, or
 * null when it is read (or is no Google Photos file):
 * - a photo or a video beside sidecars: "a photo in Google Photos, no words: Engram reads no text from a
 *   picture on import (no OCR); when it was taken, who is in it, where and its description are read from its
 *   sidecar" (an edited copy, `-edited`, "…from its original's sidecar");
 * - a sidecar that is not its folder's reader: "a photo's details in Google Photos, read with its album
 *   from metadata.json" (or "…with its folder's photos from <the first sidecar>");
 * - Google Photos' own files beside the albums (print-subscriptions.json, shared_album_comments.json,
 *   user-generated-memory-titles.json), said what they are, and any other JSON beside sidecars (a year's
 *   metadata.json holding only its title: "the details Google Photos keeps of the folder "…", no photo's").
 * Sync and cheap for any file (importPaths asks it of every file of a folder): a folder is read for its
 * names once ({@link photosFolder}).
 */
export function googlePhotosPassedOver(path: string): string | null {
  const name = basename(path);
  const root = ROOT_FILES[name.toLowerCase()];
  if (root) return root;
  const media = PHOTO_EXT.test(name) ? "photo" : VIDEO_EXT.test(name) ? "video" : null;
  const json = /\.json$/i.test(name);
  if (!media && !json) return null;
  const folder = photosFolder(dirname(path));
  if (!folder) return null;
  if (media) {
    if (folder.first === null) return null;
    const edited = /-(?:edited|bearbeitet|modifié|editado|modificato|bewerkt|edytowane|redigeret|redigerad)(?:\(\d+\))?\.[^.]+$/i.test(name);
    return `a ${media} in Google Photos, no words: Engram reads no text from a picture on import (no OCR); when it was taken, who is in it, where and its description are read from ${edited ? "its original's" : "its"} sidecar`;
  }
  if (name === folder.metadata) return null;
  // (another JSON beside the sidecars is Google Photos' own: a year's metadata.json holding only its title)
  if (!sidecarByName(name) && name !== folder.first && !isGooglePhotosSidecar(fileStart(path, 4096)?.trimStart() ?? ""))
    return folder.first === null ? null : `the details Google Photos keeps of the folder "${basename(dirname(path))}", no photo's`;
  if (folder.metadata !== null)
    return `a photo's details in Google Photos, read with ${folder.year ? "its folder's photos" : "its album"} from ${folder.metadata}`;
  return name === folder.first ? null : `a photo's details in Google Photos, read with its folder's photos from ${folder.first}`;
}

/** A photo as its sidecar says: its name, when it was taken (epoch ms, UTC), where, who is in it, what the user wrote, whether it is a favourite or in the trash, its address. */
export interface Photo {
  /** The photo's name as uploaded (`title`), else its sidecar's name without its ending. */
  title: string;
  video: boolean;
  taken: number;
  place: { latitude: number; longitude: number } | null;
  people: string[];
  description: string;
  favorite: boolean;
  trashed: boolean;
  url: string | null;
}

/** A sidecar's time (`photoTakenTime`, `creationTime`): its `timestamp`, seconds since 1970 in a string (or a number), as epoch ms; undefined when absent. */
function timeOf(file: string, v: Record<string, unknown>, key: string): number | undefined {
  const t = v[key];
  if (t === undefined || t === null) return undefined;
  const stamp = t && typeof t === "object" && !Array.isArray(t) ? (t as Record<string, unknown>).timestamp : undefined;
  const s = typeof stamp === "number" ? String(stamp) : stamp;
  const ms = typeof s === "string" && /^-?\d{1,12}$/.test(s.trim()) ? Number(s.trim()) * 1000 : Number.NaN;
  if (!inImportRange(ms))
    throw new ImportError(file, `${key}.timestamp`, `expected seconds since 1970 (1970 to 2199) in a string, got ${describeValue(stamp ?? t)}`);
  return ms;
}

/** A place of a sidecar (`geoData`, `geoDataExif`): its latitude and longitude, null for none (absent, or 0.0 and 0.0). */
function placeOf(file: string, v: Record<string, unknown>, key: string): Photo["place"] {
  const g = v[key];
  if (g === undefined || g === null) return null;
  if (typeof g !== "object" || Array.isArray(g)) throw new ImportError(file, key, `expected a place (an object), got ${describeValue(g)}`);
  const { latitude, longitude } = g as Record<string, unknown>;
  for (const [k, n, max] of [
    ["latitude", latitude, 90],
    ["longitude", longitude, 180],
  ] as const) {
    if (n === undefined) return null;
    if (typeof n !== "number" || !Number.isFinite(n) || Math.abs(n) > max)
      throw new ImportError(file, `${key}.${k}`, `expected a ${k} in degrees, got ${describeValue(n)}`);
  }
  return latitude === 0 && longitude === 0 ? null : { latitude: latitude as number, longitude: longitude as number };
}

/** A sidecar's photo's name by the sidecar's: its ".json", a copy's "(1)" and what it keeps of ".supplemental-metadata" taken off ("IMG_0001.jpg.suppl(1).json" → "IMG_0001.jpg"). */
function photoNameOf(sidecar: string): string {
  const name = sidecar.replace(/\.json$/i, "").replace(/\(\d+\)$/, "");
  const cut = /\.[a-z-]*$/i.exec(name)?.[0];
  return cut && SUPPLEMENTAL.startsWith(cut.toLowerCase()) ? name.slice(0, -cut.length) : name;
}

/** A string field's words, its lines joined and white space folded; "" when absent. @throws ImportError for a value that is no string. */
function textOf(file: string, v: Record<string, unknown>, key: string, where = key): string {
  const s = v[key];
  if (s === undefined || s === null) return "";
  if (typeof s !== "string") throw new ImportError(file, where, `expected a string, got ${describeValue(s)}`);
  return s.replace(/\s+/g, " ").trim();
}

/**
 * `file`, a sidecar, read (whole: at most {@link MAX_SIDECAR_BYTES}) into the photo it tells of.
 * @throws ImportError naming the file and the field: a file over the bound (`byte 0`), JSON that does not
 *   parse (`JSON`), no object (`byte 0`), a time that is no seconds since 1970 in a string
 *   (`photoTakenTime.timestamp`), neither time (`photoTakenTime`), a place's latitude or longitude that is
 *   no number of degrees (`geoData.latitude`), `people` no list of `{ "name" }` (`people[2].name`), a title
 *   or description that is no string.
 */
export async function readSidecar(file: string): Promise<Photo> {
  const v = await readJsonFile(file, MAX_SIDECAR_BYTES, "a Google Photos sidecar");
  if (!v || typeof v !== "object" || Array.isArray(v))
    throw new ImportError(file, "byte 0", `expected a Google Photos sidecar (a JSON object), got ${describeValue(v)}`);
  const o = v as Record<string, unknown>;
  const taken = timeOf(file, o, "photoTakenTime") ?? timeOf(file, o, "creationTime");
  if (taken === undefined)
    throw new ImportError(file, "photoTakenTime", "missing: a Google Photos sidecar says when its photo was taken (photoTakenTime) or uploaded (creationTime)");
  const people: string[] = [];
  if (o.people !== undefined && o.people !== null) {
    if (!Array.isArray(o.people)) throw new ImportError(file, "people", `expected a list of people, got ${describeValue(o.people)}`);
    o.people.forEach((p: unknown, i) => {
      const name = p && typeof p === "object" && !Array.isArray(p) ? (p as Record<string, unknown>).name : undefined;
      if (typeof name !== "string") throw new ImportError(file, `people[${i}].name`, `expected a person's name, got ${describeValue(name ?? p)}`);
      const n = name.replace(/\s+/g, " ").trim();
      if (n && !people.includes(n)) people.push(n);
    });
  }
  const title = textOf(file, o, "title") || photoNameOf(basename(file));
  const url = textOf(file, o, "url");
  return {
    title,
    video: VIDEO_EXT.test(title),
    taken,
    place: placeOf(file, o, "geoData") ?? placeOf(file, o, "geoDataExif"),
    people,
    description: textOf(file, o, "description"),
    favorite: o.favorited === true,
    trashed: o.trashed === true,
    url: url || null,
  };
}

/** An album's metadata.json as read: its title, description and date (epoch ms; null when it has none). */
export interface Album {
  title: string;
  description: string;
  made: number | null;
}

/**
 * `file`, an album's metadata.json (its fields at its top, or under older Takeouts' `albumData`), read.
 * @throws ImportError naming the file and the field: a file over {@link MAX_SIDECAR_BYTES}, JSON that does
 *   not parse, no object, a title or description that is no string, a date that is no seconds since 1970
 *   (`date.timestamp`).
 */
export async function readAlbum(file: string): Promise<Album> {
  const v = await readJsonFile(file, MAX_SIDECAR_BYTES, "a Google Photos album's metadata");
  if (!v || typeof v !== "object" || Array.isArray(v))
    throw new ImportError(file, "byte 0", `expected a Google Photos album's metadata (a JSON object), got ${describeValue(v)}`);
  const wrapped = (v as Record<string, unknown>).albumData;
  const o = (wrapped && typeof wrapped === "object" && !Array.isArray(wrapped) ? wrapped : v) as Record<string, unknown>;
  const at = wrapped ? "albumData." : "";
  return {
    title: textOf(file, o, "title", `${at}title`),
    description: textOf(file, o, "description", `${at}description`),
    made: o.date === undefined || o.date === null ? null : (timeOf(file, o, "date") ?? null),
  };
}

/** The sidecars of the folder `dir`, one at a time in the folder's own order (opendir: never listed whole). */
async function* sidecarsIn(dir: string): AsyncGenerator<string> {
  const d = await opendir(dir);
  for await (const e of d) {
    if (!e.isFile() || !/\.json$/i.test(e.name)) continue;
    if (sidecarByName(e.name) || isGooglePhotosSidecar(fileStart(join(dir, e.name), 4096)?.trimStart() ?? "")) yield join(dir, e.name);
  }
}

const DAY_WORDS = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/** A day as the user would say it, without its year: "Saturday 3 October" (its UTC day; the paragraph's time gives the memory engine its year). */
function dayWords(at: number): string {
  return DAY_WORDS.format(at).replace(",", "");
}

/** The hour and minute of `ms` in UTC: "18:35". */
function clock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

/** `s` ending as a sentence does (a full stop added when it ends with none). */
function sentence(s: string): string {
  return /[.!?…]["'”’)\]]*$/.test(s) ? s : `${s}.`;
}

/**
 * A photo's paragraph in words: what the user wrote under it, as they wrote it, then the photo: "Boiler
 * serial GC 47-311-95, installed 2019. Photo taken on Monday 12 October at 09:30 UTC, at 51.46133,
 * -0.11560." ("Video …"; "…, with Anna and Ben in it, marked as a favourite."; in an album "Photo in my
 * album "Anna's 30th", taken on …"). The time is UTC's: where it was taken, so on what clock, is unknown.
 */
export function photoWords(p: Photo, album: string | null): string {
  const kind = p.video ? "Video" : "Photo";
  const where = p.place ? `, at ${p.place.latitude.toFixed(5)}, ${p.place.longitude.toFixed(5)}` : "";
  const who = p.people.length ? `, with ${listed(p.people)} in it` : "";
  const told = `${kind}${album ? ` in my album "${album}",` : ""} taken on ${dayWords(p.taken)} at ${clock(p.taken)} UTC${where}${who}${p.favorite ? ", marked as a favourite" : ""}.`;
  return p.description ? `${sentence(p.description)} ${told}` : told;
}

/** A photo's paragraph of its album's or day's note: named by its address (else its name and time), of the time it was taken. */
function photoTurn(p: Photo, album: string | null): ParsedTurn {
  return {
    externalId: p.url ?? `${p.title} ${new Date(p.taken).toISOString()}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: p.taken,
    text: photoWords(p, album),
    metadata: {
      googlePhotos: {
        file: p.title,
        ...(p.url ? { url: p.url } : {}),
        ...(p.people.length ? { people: p.people } : {}),
        ...(p.place ? { latitude: p.place.latitude, longitude: p.place.longitude } : {}),
        ...(p.favorite ? { favorite: true } : {}),
      },
    },
  };
}

/** What an album's photos come to, read before its notes: how many photos and videos, when the first and last were taken, who is in them (the most photographed first, then by the first photo they are in). */
export interface AlbumSpan {
  photos: number;
  videos: number;
  from: number;
  to: number;
  people: string[];
}

/** Most people of an album counted (the most photographed of them are named): a bound on what its first reading holds. */
const MAX_PEOPLE_COUNTED = MAX_PEOPLE_NAMED * 8;

/** "taken on Saturday 3 October, from 18:35 to 20:30 UTC", "taken from Saturday 15 August to Sunday 16 August" (with their years when they differ). */
function spanWords(from: number, to: number): string {
  const [a, b] = [from, to].map((t) => dayWords(t));
  const yearOf = (t: number) => new Date(t).getUTCFullYear();
  if (a === b && yearOf(from) === yearOf(to))
    return from === to ? `taken on ${a} at ${clock(from)} UTC` : `taken on ${a}, from ${clock(from)} to ${clock(to)} UTC`;
  return yearOf(from) === yearOf(to) ? `taken from ${a} to ${b}` : `taken from ${a} ${yearOf(from)} to ${b} ${yearOf(to)}`;
}

/**
 * An album's paragraph: "My Google Photos album "Anna's 30th": <its description>. Its 4 photos and videos
 * were taken on Saturday 3 October, from 18:35 to 20:30 UTC, with Anna, Ben, Priya, Tom and Sam in them."
 * (one photo "Its photo was taken …"; none "It holds no photo; it was made on 4 October 2026.").
 */
export function albumWords(album: Album, span: AlbumSpan): string {
  const head = `My Google Photos album "${album.title}"${album.description ? `: ${sentence(album.description)}` : "."}`;
  const n = span.photos + span.videos;
  if (n === 0) return `${head} It holds no photo${album.made === null ? "" : `; it was made on ${humanDate(album.made)}`}.`;
  const what =
    n === 1
      ? `Its ${span.videos ? "video" : "photo"} was`
      : `Its ${n} ${span.videos === 0 ? "photos" : span.photos === 0 ? "videos" : "photos and videos"} were`;
  const named = span.people.slice(0, MAX_PEOPLE_NAMED);
  const more = span.people.length - named.length;
  const who = named.length ? `, with ${listed(more ? [...named, `${more} more people`] : named)} in ${n === 1 ? "it" : "them"}` : "";
  return `${head} ${what} ${spanWords(span.from, span.to)}${who}.`;
}

/** How many bytes have been read of a folder's files, told to `onProgress` as each file is read. */
class Progress {
  private read = 0;
  constructor(private readonly onProgress?: (bytesRead: number, totalBytes: number) => void) {}
  /** Counts `file`'s bytes as read. */
  add(file: string): void {
    if (!this.onProgress) return;
    try {
      this.read += statSync(file).size;
    } catch {
      return;
    }
    this.onProgress(this.read, this.read);
  }
}

/**
 * An album's notes, of its metadata.json `file`: its folder read twice, a sidecar at a time (first for its paragraph, {@link
 * albumWords}; then for its photos), given as held-notes.ts gives them.
 * @throws ImportError for a bad sidecar (naming it); "the note has no text" for an album with no photo and
 *   no description.
 */
async function* albumNotes(file: string, album: Album, progress: Progress): AsyncGenerator<ParsedConversation> {
  const dir = dirname(file);
  const span: AlbumSpan = { photos: 0, videos: 0, from: Number.POSITIVE_INFINITY, to: Number.NEGATIVE_INFINITY, people: [] };
  const seen = new Map<string, { photos: number; first: number }>();
  for await (const file of sidecarsIn(dir)) {
    const p = await readSidecar(file);
    if (p.trashed) continue;
    if (p.video) span.videos++;
    else span.photos++;
    span.from = Math.min(span.from, p.taken);
    span.to = Math.max(span.to, p.taken);
    for (const name of p.people) {
      const person = seen.get(name);
      if (person) {
        person.photos++;
        person.first = Math.min(person.first, p.taken);
      } else if (seen.size < MAX_PEOPLE_COUNTED) seen.set(name, { photos: 1, first: p.taken });
    }
  }
  span.people = [...seen].sort(([, a], [, b]) => b.photos - a.photos || a.first - b.first).map(([name]) => name);
  const n = span.photos + span.videos;
  if (n === 0 && !album.description) throw new ImportError(file, "title", `${NO_TEXT}: a Google Photos album with no photo`);
  const key = `googlephotos:album:${basename(dir)}`;
  const title = album.title || basename(dir);
  const held = new HeldNotes({ records: "log" });
  // (an album of no photo is of its date, else of its metadata.json's last change)
  const at = n ? span.from : (album.made ?? Math.floor(statSync(file).mtimeMs));
  yield* held.add(key, title, {
    externalId: "album",
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: at,
    text: albumWords({ ...album, title }, span),
    // (its words change as photos are added: a later Takeout's is a paragraph of its own, not of a time)
    metadata: { undated: true, googlePhotos: { album: title, photos: span.photos, videos: span.videos } },
  });
  for await (const file of sidecarsIn(dir)) {
    const p = await readSidecar(file);
    progress.add(file);
    if (!p.trashed) yield* held.add(key, title, photoTurn(p, title));
  }
  yield* held.given();
}

/** A day's note's key and title: `googlephotos:day:2026-10-12`, "Photos of 12 October 2026". */
function dayNote(taken: number): { key: string; title: string } {
  return { key: `googlephotos:day:${new Date(taken).toISOString().slice(0, 10)}`, title: `Photos of ${humanDate(taken)}` };
}

/**
 * The sidecars of the albums beside the year's folder `dir` (the other folders of its parent that hold an
 * album's metadata.json), by name: each name's album folders. Held while the year's folder is read.
 */
async function albumSidecars(dir: string): Promise<Map<string, string[]>> {
  const parent = dirname(dir);
  const byName = new Map<string, string[]>();
  // (a folder that cannot be read holds no album to tell a photo with)
  const d = await opendir(parent).catch(() => null);
  if (!d) return byName;
  for await (const e of d) {
    if (!e.isDirectory() || join(parent, e.name) === dir) continue;
    const album = join(parent, e.name);
    const folder = photosFolder(album);
    if (!folder?.metadata || folder.year) continue;
    try {
      for await (const file of sidecarsIn(album)) {
        const name = basename(file);
        const albums = byName.get(name);
        if (albums) albums.push(album);
        else byName.set(name, [album]);
      }
    } catch {
      // (an album that cannot be read: its photos are told by their day)
    }
  }
  return byName;
}

/** Whether `p`, a photo of a year's folder read from the sidecar `name`, is in one of `albums` (the same sidecar there tells the same photo: its address, else its name and time). */
async function inAlbum(p: Photo, name: string, albums: Map<string, string[]>): Promise<boolean> {
  for (const album of albums.get(name) ?? []) {
    const q = await readSidecar(join(album, name)).catch(() => null);
    if (q && (p.url !== null ? q.url === p.url : q.title === p.title && q.taken === p.taken)) return true;
  }
  return false;
}

/**
 * The notes of a year's folder `dir` (`year`; or of any folder of sidecars with no album's metadata, whose
 * photos are all told): its photos in no album beside it, a note per day they were taken, read a sidecar at
 * a time and given as held-notes.ts gives them.
 * @throws ImportError for a bad sidecar (naming it); "the note has no text" when every photo is in an album
 *   or in the trash.
 */
async function* dayNotes(dir: string, driver: string, year: boolean, progress: Progress): AsyncGenerator<ParsedConversation> {
  // (only a year's folder has albums beside it: a sidecar uploaded into a temporary folder has none)
  const albums = year ? await albumSidecars(dir) : new Map<string, string[]>();
  const held = new HeldNotes({ records: "day" });
  let told = 0;
  let seen = 0;
  for await (const file of sidecarsIn(dir)) {
    const p = await readSidecar(file);
    progress.add(file);
    seen++;
    if (p.trashed || (await inAlbum(p, basename(file), albums))) continue;
    const { key, title } = dayNote(p.taken);
    told++;
    yield* byDay(held.add(key, title, photoTurn(p, null)));
  }
  if (told === 0)
    throw new ImportError(
      driver,
      "byte 0",
      `${NO_TEXT}: ${seen ? `every photo of Google Photos' "${basename(dir)}" is in an album (told with it) or in the trash` : `no photo of Google Photos in "${basename(dir)}"`}`,
    );
  yield* byDay(held.given());
}

/** Day notes in the order of their days (a folder's photos come in no order). */
function byDay(notes: ParsedConversation[]): ParsedConversation[] {
  return notes.sort((a, b) => a.externalId.localeCompare(b.externalId));
}

/**
 * Reads `file`, a Google Photos file of Takeout (see the module comment; `head`, its start), into notes of
 * the user's (format `note`): an album's metadata.json its album's note ({@link albumWords} then each photo,
 * {@link photoWords}), a year's its photos in no album a note per day; the first sidecar of a folder with no
 * metadata.json the folder's photos in no album a note per day; any other sidecar its one photo, in its
 * album's note or its day's. Each photo a paragraph of the time it was taken, named by its address.
 * `onProgress` gets the bytes of the folder's files read so far.
 * @throws ImportError naming the file (the sidecar at fault) and the field: see {@link readSidecar} and
 *   {@link readAlbum}; "the note has no text" for an album with no photo nor description, a folder whose
 *   photos are all in albums or in the trash, a photo in the trash read alone.
 */
export async function* parseGooglePhotos(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const progress = new Progress(opts.onProgress);
  const dir = dirname(file);
  if (isGooglePhotosAlbum(head.trimStart())) {
    const album = await readAlbum(file);
    progress.add(file);
    if (YEAR_FOLDER.test(basename(dir)) || YEAR_FOLDER.test(album.title)) yield* dayNotes(dir, file, true, progress);
    else yield* albumNotes(file, album, progress);
    return;
  }
  const folder = photosFolder(dir);
  if (folder && folder.metadata === null && folder.first === basename(file)) {
    yield* dayNotes(dir, file, folder.year, progress);
    return;
  }
  const p = await readSidecar(file);
  progress.add(file);
  if (p.trashed) throw new ImportError(file, "trashed", `${NO_TEXT}: a photo in Google Photos' trash`);
  const album = folder?.metadata && !folder.year ? folder.title || basename(dir) : null;
  const { key, title } = album !== null ? { key: `googlephotos:album:${basename(dir)}`, title: album } : dayNote(p.taken);
  yield {
    format: "note",
    externalId: key,
    title,
    participants: [NOTE_SPEAKER],
    startedAt: p.taken,
    turns: [photoTurn(p, album)],
    records: album !== null ? "log" : "day",
  };
}
