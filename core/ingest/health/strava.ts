/**
 * Strava's archive of an account (Settings → My Account → Download or Delete Your Account → Request
 * your archive: `export_<athlete id>.zip`, unzipped): a folder of CSV files (RFC 4180, parsed by
 * csv-parse, streamed; csv-records.ts) and of the files they name:
 *
 * - `activities.csv`: a row per activity, in the order they were uploaded, its header the 94 columns
 *   Strava writes in English (fewer in older archives), `Activity ID,Activity Date,Activity Name,Activity Type,Activity
 *   Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private
 *   Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max
 *   Speed,Average Speed,Elevation Gain,…,Average Heart Rate,…,Media`. Five names come twice, with
 *   different units, so the columns are read by place, never by name alone: the first `Elapsed Time`
 *   whole seconds, the second the same as "4210.0"; the first `Distance` in the account's unit (km or
 *   miles, two decimals; a swim's in metres), the second in metres ("16104.2"); `Commute` "true" or
 *   "false", then "1.0" or "0.0"; `Max Heart Rate` and `Relative Effort` twice alike. `Activity Date`
 *   is the start in UTC, "Nov 3, 2026, 6:42:10 AM"; `Activity Type` Strava's name for the sport ("Run",
 *   "Ride", "Swim", "Weight Training", "Virtual Ride", "E-Bike Ride"); an empty description `""`;
 *   `Activity Gear` the shoes' or bike's name on Strava; `Filename` the recorded track under
 *   `activities/` (`18402216730.fit.gz`, `.gpx`, `.tcx.gz`), empty for an activity entered by hand;
 *   `Media` its photos and videos, `media/<uuid>.jpg` joined by "|";
 * - `shoes.csv` (`Shoe Name,Shoe Brand,Shoe Model,Shoe Default Sport Types`) and `bikes.csv` (`Bike
 *   Name,Bike Brand,Bike Model,Bike Default Sport Types`): the gear, by the name activities.csv uses;
 * - `media.csv` (`Media Filename,Media Caption`): each photo's caption;
 * - `profile.csv` (`Athlete ID,Email Address,First Name,…`), `comments.csv` (`Comment Date,Comment`:
 *   the account's comments on others' activities), and some forty other CSVs of settings, clubs,
 *   followers, logins (goals.csv, routes.csv, segments.csv, …), which are no files Engram lists;
 * - `activities/`, `media/` and `routes/`: the tracks, photos and planned routes, no words.
 *
 * What the user did is read as notes of theirs (format `note`, said by the user): the activities a
 * note per month of their start ("Activities, November 2026"), each activity a paragraph of its time in
 * words a person would write ("Ran 16.1 km, "Sunday long run", on Sunday 8 November, in 1 hour 26
 * minutes (5:19 per km)."), its gear as shoes.csv or bikes.csv names it
 * ("Shoes: Pegasus 40 (Nike Pegasus 40)."), its description, its private note and its photos' captions
 * from media.csv with it. Each paragraph is named by the activity's link
 * (`https://www.strava.com/activities/<id>`), so a later archive adds only the activities new or edited
 * since. The profile, shoes.csv, bikes.csv, media.csv and comments.csv are no note: refused with why
 * ("the note has no text: …"), so a folder passes them over, said so; so is any file under an archive's
 * `activities/`, `media/` or `routes/` ({@link stravaPassedOver}).
 */
import { stat } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { readBytes } from "../kit/bytes.js";
import { rememberedTest } from "../kit/download-root.js";
import { fileStart } from "../kit/file-start.js";
import { durationWords, paceWords } from "../kit/record-words.js";
import { type CsvRecord, csvRecords, headerCells } from "../kit/csv-records.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/** The columns that open Strava's activities.csv. */
export const STRAVA_ACTIVITY_COLUMNS = ["Activity ID", "Activity Date", "Activity Name", "Activity Type"] as const;

/** What a CSV of a Strava archive holds, by its header (comments.csv's, a generic one, by its name too). */
export type StravaKind = "activities" | "profile" | "shoes" | "bikes" | "media" | "comments";

/** Most characters of one CSV record (an activity, its description and note): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** Most characters of gear names and photo captions read beside activities.csv (shoes.csv, bikes.csv, media.csv); past it, the rest are not named. */
export const MAX_BESIDE_CHARS = 4 * 1024 * 1024;

/**
 * What a Strava archive's CSV is, from its start (its text, a byte-order mark dropped) and its path
 * (comments.csv's header, `Comment Date,Comment`, only by that name), or null when it is none of those
 * Engram knows: activities.csv, profile.csv, shoes.csv, bikes.csv, media.csv, comments.csv.
 */
export function stravaKind(start: string, file: string): StravaKind | null {
  const cells = headerCells(start);
  if (STRAVA_ACTIVITY_COLUMNS.every((c, i) => cells[i] === c)) return "activities";
  if (cells[0] === "Athlete ID" && cells[1] === "Email Address") return "profile";
  if (cells.slice(0, 2).includes("Shoe Name")) return "shoes";
  if (cells.slice(0, 2).includes("Bike Name")) return "bikes";
  if (cells[0] === "Media Filename") return "media";
  if (cells[0] === "Comment Date" && cells[1] === "Comment" && basename(file).toLowerCase() === "comments.csv") return "comments";
  return null;
}

/** Whether a file's start and path are one of a Strava archive's CSVs Engram knows ({@link stravaKind}). */
export function isStravaCsv(start: string, file: string): boolean {
  return stravaKind(start, file) !== null;
}

/** Why a CSV of a Strava archive is no note, as the detail of an ImportError after "the note has no text: ", or null for activities.csv. */
function noNote(kind: StravaKind): string | null {
  switch (kind) {
    case "profile":
      return "the Strava account's profile, its name, email and weight";
    case "shoes":
      return "the shoes on the Strava account, named with the activities they were worn for (activities.csv)";
    case "bikes":
      return "the bikes on the Strava account, named with the activities they were ridden on (activities.csv)";
    case "media":
      return "the captions of a Strava account's photos, told with their activities (activities.csv)";
    case "comments":
      return "comments left on others' Strava activities, without what they answer";
    default:
      return null;
  }
}

/** The folders of a Strava archive that hold no words, and why each file of them is passed over. */
const ASIDE: Readonly<Record<string, string>> = {
  activities: "a Strava activity's recorded track (GPS, heart rate: no words); the activity is read from activities.csv",
  media: "a photo or video of a Strava activity; its caption is told with the activity, from media.csv",
  routes: "a route planned on Strava (GPS: no words)",
};

/** Whether the folder `root` holds Strava's activities.csv, by its first KiB (false when it cannot be read; remembered per folder, at most 64). */
const isStravaArchive = rememberedTest((root) => {
  const file = join(root, "activities.csv");
  const start = fileStart(file);
  return start !== null && stravaKind(start, file) === "activities";
});

/**
 * Why `file` is passed over unread, in words, when it is under `activities/`, `media/` or `routes/` of
 * an unzipped Strava archive (the folder above holding Strava's activities.csv, by its header): a
 * recorded track (`activities/18402216730.fit.gz`: its activity is read from activities.csv), a photo or
 * video (its caption told with its activity), a planned route; null for any other file. Reads the first
 * KiB of the activities.csv beside, remembered per folder.
 */
export function stravaPassedOver(file: string): string | null {
  const parts = file.split(/[\\/]/);
  // (the folder right under the archive: activities/, media/ or routes/, however deep the file is in it)
  for (let i = parts.length - 2; i >= 1; i--) {
    const why = ASIDE[parts[i]!.toLowerCase()];
    if (why && isStravaArchive(parts.slice(0, i).join(sep) || sep)) return why;
  }
  return null;
}

/** Where each column is: every place of each name, in order (five names are twice in activities.csv). */
type Columns = Map<string, number[]>;

/** The columns of a header record, by name (trimmed). */
function columnsOf(cells: string[]): Columns {
  const columns: Columns = new Map();
  cells.forEach((name, i) => {
    const key = name.trim();
    columns.set(key, [...(columns.get(key) ?? []), i]);
  });
  return columns;
}

/** A cell of a row: its value trimmed, its place (0-based) and its column's name; value "" when the row has no such column or cell. */
interface Cell {
  value: string;
  at: number;
  name: string;
}

/** The `nth` (0: the first, 1: the second) column named `name` in `row`. */
function cellOf(row: string[], columns: Columns, name: string, nth = 0): Cell {
  const at = columns.get(name)?.[nth];
  return { value: at === undefined ? "" : (row[at] ?? "").trim(), at: at ?? -1, name };
}

/** Where a cell is, as an ImportError's location: `line 7, column 18 "Distance"`. */
function where(line: number, cell: Cell): string {
  return `line ${line}, column ${cell.at + 1} "${cell.name}"`;
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** A month's number (1–12) from its English name, or its first three letters ("Nov", "November", "Sept."), or undefined. */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  const at = MONTH_NAMES.findIndex((m) => m === w || m.slice(0, 3) === w || (m === "september" && w === "sept"));
  return at < 0 ? undefined : at + 1;
}

/** A time as activities.csv writes it, "Nov 3, 2026, 6:42:10 AM" (UTC; a narrow or no-break space before AM/PM as newer exports write it). */
const STRAVA_TIME = /^([A-Za-z]+)\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?[\s\u00a0\u202f]*([AaPp])\.?[Mm]\.?$/;
/** A time as a tool that rewrote the CSV may leave it: "2026-11-03 06:42:10" (UTC). */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?Z?$/;

/** The epoch ms of a UTC time given by its parts, or null when they name no such time. */
function utcTime(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  const t = new Date(at);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? at : null;
}

/** The time "Activity Date" gives ("Nov 3, 2026, 6:42:10 AM", UTC), or null when it is none. */
function stravaTime(value: string): number | null {
  const m = STRAVA_TIME.exec(value);
  if (m) {
    const month = monthNumber(m[1]!);
    const h12 = Number(m[4]);
    if (month === undefined || h12 < 1 || h12 > 12) return null;
    const h = (h12 % 12) + (m[7]!.toLowerCase() === "p" ? 12 : 0);
    return utcTime(Number(m[3]), month, Number(m[2]), h, Number(m[5]), Number(m[6] ?? 0));
  }
  const iso = ISO_TIME.exec(value);
  return iso ? utcTime(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0)) : null;
}

/**
 * A number of a cell, or null when it is empty. @throws ImportError naming the line and the column: any
 * other value ("12,3km"). A thousands separator is dropped ("1,500", as a swim's metres may be written).
 */
function numberOf(file: string, line: number, cell: Cell, expected: string): number | null {
  if (!cell.value) return null;
  const plain = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(cell.value) ? cell.value.replace(/,/g, "") : cell.value;
  if (!/^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(plain)) throw new ImportError(file, where(line, cell), `${JSON.stringify(cell.value)}: expected ${expected}`);
  return Number(plain);
}

/** An activity as a row of activities.csv gives it. */
interface Activity {
  id: string;
  at: number;
  name: string;
  type: string;
  description: string;
  privateNote: string;
  /** Metres, or null when the row gives none (or 0: an activity with no distance). */
  distance: number | null;
  /** Seconds moving, else elapsed, or null. */
  seconds: number | null;
  commute: boolean;
  gear: string;
  track: string;
  media: string[];
  avgHeartRate: number | null;
  climb: number | null;
  line: number;
}

/** The sports Strava names, by their name lower-cased without spaces or hyphens, as said: what was done (with the distance, or without), and whether its gear is shoes or a bike. */
const SPORTS: Readonly<Record<string, { did: (d: string) => string; none: string; gear: "shoes" | "bike" | null; pace?: boolean }>> = {
  run: { did: (d) => `Ran ${d}`, none: "Went for a run", gear: "shoes", pace: true },
  trailrun: { did: (d) => `Ran ${d} on trails`, none: "Went for a trail run", gear: "shoes", pace: true },
  virtualrun: { did: (d) => `Ran ${d} on a treadmill`, none: "Ran on a treadmill", gear: "shoes", pace: true },
  walk: { did: (d) => `Walked ${d}`, none: "Went for a walk", gear: "shoes", pace: true },
  hike: { did: (d) => `Hiked ${d}`, none: "Went for a hike", gear: "shoes", pace: true },
  ride: { did: (d) => `Cycled ${d}`, none: "Went for a ride", gear: "bike" },
  gravelride: { did: (d) => `Cycled ${d} on gravel`, none: "Went for a gravel ride", gear: "bike" },
  mountainbikeride: { did: (d) => `Mountain biked ${d}`, none: "Went mountain biking", gear: "bike" },
  ebikeride: { did: (d) => `Rode ${d} on an e-bike`, none: "Went for an e-bike ride", gear: "bike" },
  emountainbikeride: { did: (d) => `Mountain biked ${d} on an e-bike`, none: "Went e-mountain biking", gear: "bike" },
  virtualride: { did: (d) => `Cycled ${d} indoors`, none: "Cycled indoors", gear: "bike" },
  swim: { did: (d) => `Swam ${d}`, none: "Went for a swim", gear: null },
  rowing: { did: (d) => `Rowed ${d}`, none: "Went rowing", gear: null },
  kayaking: { did: (d) => `Kayaked ${d}`, none: "Went kayaking", gear: null },
  canoeing: { did: (d) => `Canoed ${d}`, none: "Went canoeing", gear: null },
  weighttraining: { did: (d) => `Did weight training, ${d}`, none: "Did weight training", gear: null },
  workout: { did: (d) => `Worked out, ${d}`, none: "Worked out", gear: null },
  yoga: { did: (d) => `Did yoga, ${d}`, none: "Did yoga", gear: null },
  pilates: { did: (d) => `Did Pilates, ${d}`, none: "Did Pilates", gear: null },
  crossfit: { did: (d) => `Did CrossFit, ${d}`, none: "Did CrossFit", gear: null },
  highintensityintervaltraining: { did: (d) => `Did a HIIT workout, ${d}`, none: "Did a HIIT workout", gear: null },
};

/** The sport of an activity's type: Strava's name ("Weight Training", "WeightTraining", "E-Bike Ride") looked up, or said as named ("Did alpine ski, 12.4 km"). */
function sportOf(type: string): { did: (d: string) => string; none: string; gear: "shoes" | "bike" | null; pace?: boolean } {
  const known = SPORTS[type.toLowerCase().replace(/[\s_-]+/g, "")];
  if (known) return known;
  const words = type
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
  return { did: (d) => `Did ${words}, ${d}`, none: `Did ${words}`, gear: null };
}

/** A distance as said: metres under 1 km for a swim ("1500 m"), else km to one decimal ("16.1 km", "5 km"). */
function distanceWords(metres: number, swim: boolean): string {
  if (swim && metres < 10000) return `${Math.round(metres)} m`;
  return `${Number((metres / 1000).toFixed(1))} km`;
}

const DAY_WORDS = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/**
 * A day as a training log says it, without its year: "Sunday 8 November" (its UTC day). Each paragraph is
 * of its activity's time, so the memory engine reads it as that day (its year from the paragraph's
 * time); written with its year a day is no date it resolves, and two activities alike but their day
 * (a parkrun each Saturday) would be taken for one.
 */
function dayWords(at: number): string {
  return DAY_WORDS.format(at).replace(",", "");
}

/** A piece of gear as shoes.csv or bikes.csv names it: whether shoes or a bike, and its brand and model. */
interface Gear {
  kind: "shoes" | "bike";
  brandModel: string;
}

/**
 * The gear an activity names, said: "Shoes: Pegasus 40 (Nike Pegasus 40).", "Bike: Brompton (Brompton C
 * Line Explore)."; gear shoes.csv and bikes.csv do not name is told as its sport wears it ("Shoes: …"
 * for a run, "Bike: …" for a ride), else "Gear: …".
 */
function gearWords(name: string, gear: ReadonlyMap<string, Gear>, sport: "shoes" | "bike" | null): string {
  const known = gear.get(name.toLowerCase());
  const kind = known?.kind ?? sport;
  const label = kind === "shoes" ? "Shoes" : kind === "bike" ? "Bike" : "Gear";
  const also = known?.brandModel && known.brandModel.toLowerCase() !== name.toLowerCase() ? ` (${known.brandModel})` : "";
  return `${label}: ${name}${also}.`;
}

/** A sentence's words ended with a full stop unless they end with one already (or "!", "?"). */
function ended(text: string): string {
  return /[.!?…]["')\]]*$/.test(text) ? text : `${text}.`;
}

/** A description's or note's lines, trimmed, blank ones dropped. */
function linesOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * An activity in words, as the user would log it: what was done, its name in quotes, its day, how long,
 * the pace of a run or walk, the speed of a ride, a climb over 100 m ("Ran 16.1 km, "Sunday long run", on
 * Sunday 8 November, in 1 hour 26 minutes (5:19 per km)."; "Cycled 8.3 km, "Morning Commute", on Tuesday 6 October,
 * commuting, in 27 minutes 35 seconds (18.1 km/h)."; "Did weight training, "Strength session", on Wednesday 11 November, for 45 minutes."),
 * then its gear, its description's lines, its private note ("Private note: …") and its photos' captions
 * ("Photo: …").
 */
function activityWords(a: Activity, gear: ReadonlyMap<string, Gear>, captions: ReadonlyMap<string, string>): string {
  const sport = sportOf(a.type);
  const swim = a.type.toLowerCase() === "swim";
  const far = a.distance !== null && a.distance > 0 ? distanceWords(a.distance, swim) : "";
  const named = a.name ? `, "${a.name}",` : "";
  const commute = a.commute ? ", commuting" : "";
  let how = "";
  if (a.seconds !== null && a.seconds > 0) {
    how = far ? `, in ${durationWords(a.seconds)}` : `, for ${durationWords(a.seconds)}`;
    if (far && sport.pace && a.distance! >= 500) how += ` (${paceWords(a.seconds / (a.distance! / 1000))})`;
    else if (far && sport.gear === "bike") how += ` (${Number(((a.distance! / a.seconds) * 3.6).toFixed(1))} km/h)`;
  }
  // (the climb of a ride or hike that had one; the heart rate, calories and effort are numbers no one says of it: kept in its metadata)
  const climb = a.climb !== null && a.climb >= 100 ? `, climbing ${Math.round(a.climb)} m` : "";
  const head = `${far ? sport.did(far) : sport.none}${named} on ${dayWords(a.at)}${commute}${how}${climb}.`;
  const photos = a.media.map((m) => captions.get(m.toLowerCase()) ?? "").filter(Boolean);
  return [
    head,
    ...(a.gear ? [gearWords(a.gear, gear, sport.gear)] : []),
    ...linesOf(a.description).map(ended),
    ...(a.privateNote ? [`Private note: ${ended(linesOf(a.privateNote).join(" "))}`] : []),
    ...(photos.length ? [`${photos.length === 1 ? "Photo" : "Photos"}: ${ended(photos.join("; "))}`] : []),
  ].join("\n");
}

/** The activity a row gives (its record starting at `line`). @throws ImportError naming the line and the column of a bad cell. */
function activityOf(file: string, { cells, line }: CsvRecord, columns: Columns): Activity {
  const idCell = cellOf(cells, columns, "Activity ID");
  if (!/^\d+$/.test(idCell.value))
    throw new ImportError(file, where(line, idCell), `${JSON.stringify(idCell.value)}: expected the activity's number, "18402216730"`);
  const dateCell = cellOf(cells, columns, "Activity Date");
  const at = stravaTime(dateCell.value);
  if (at === null)
    throw new ImportError(file, where(line, dateCell), `${JSON.stringify(dateCell.value)}: expected the start as Strava writes it, "Nov 3, 2026, 6:42:10 AM"`);
  const typeCell = cellOf(cells, columns, "Activity Type");
  if (!typeCell.value) throw new ImportError(file, where(line, typeCell), 'empty: expected the sport, "Run", "Ride", "Swim"');
  // (the second Distance is in metres; the first in the account's unit, km or miles, a swim's in metres: read when there is no second)
  const metres = numberOf(file, line, cellOf(cells, columns, "Distance", 1), 'metres, "16104.2"');
  const shown = metres === null ? numberOf(file, line, cellOf(cells, columns, "Distance"), 'a distance, "16.10"') : null;
  const distance = metres ?? (shown === null ? null : typeCell.value.toLowerCase() === "swim" ? shown : shown * 1000);
  const moving = numberOf(file, line, cellOf(cells, columns, "Moving Time"), 'seconds, "5132.0"');
  const elapsed = numberOf(file, line, cellOf(cells, columns, "Elapsed Time"), 'seconds, "5270"');
  const commuteCell = cellOf(cells, columns, "Commute");
  if (commuteCell.value && !/^(?:true|false|1(?:\.0)?|0(?:\.0)?)$/i.test(commuteCell.value))
    throw new ImportError(file, where(line, commuteCell), `${JSON.stringify(commuteCell.value)}: expected "true" or "false"`);
  const commuteAgain = cellOf(cells, columns, "Commute", 1).value;
  return {
    id: idCell.value,
    at,
    name: cellOf(cells, columns, "Activity Name").value.replace(/\s+/g, " "),
    type: typeCell.value,
    description: cellOf(cells, columns, "Activity Description").value,
    privateNote: cellOf(cells, columns, "Activity Private Note").value,
    distance,
    seconds: moving ?? elapsed,
    commute: /^(?:true|1(?:\.0)?)$/i.test(commuteCell.value) || (!commuteCell.value && /^1(?:\.0)?$/.test(commuteAgain)),
    gear: cellOf(cells, columns, "Activity Gear").value.replace(/\s+/g, " "),
    track: cellOf(cells, columns, "Filename").value,
    media: cellOf(cells, columns, "Media")
      .value.split("|")
      .map((m) => m.trim())
      .filter(Boolean),
    avgHeartRate: numberOf(file, line, cellOf(cells, columns, "Average Heart Rate"), 'beats a minute, "149.0"'),
    climb: numberOf(file, line, cellOf(cells, columns, "Elevation Gain"), 'metres, "64.0"'),
    line,
  };
}

/** An activity's paragraph of its month's note: named by the activity's link, of its start. */
function activityTurn(a: Activity, gear: ReadonlyMap<string, Gear>, captions: ReadonlyMap<string, string>): ParsedTurn {
  return {
    externalId: `https://www.strava.com/activities/${a.id}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: a.at,
    text: activityWords(a, gear, captions),
    metadata: {
      line: a.line,
      strava: {
        id: a.id,
        type: a.type,
        ...(a.name ? { name: a.name } : {}),
        ...(a.distance !== null ? { metres: a.distance } : {}),
        ...(a.seconds !== null ? { seconds: a.seconds } : {}),
        ...(a.commute ? { commute: true } : {}),
        ...(a.gear ? { gear: a.gear } : {}),
        ...(a.track ? { track: a.track } : {}),
        ...(a.media.length ? { media: a.media } : {}),
        ...(a.avgHeartRate !== null ? { averageHeartRate: a.avgHeartRate } : {}),
        ...(a.climb !== null ? { climb: a.climb } : {}),
      },
    },
  };
}

const MONTHS = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** The note an activity is of: keyed by its month ("strava:activities:2026-11"), titled "Activities, November 2026". */
function monthNote(at: number): { key: string; title: string } {
  return { key: `strava:activities:${new Date(at).toISOString().slice(0, 7)}`, title: `Activities, ${MONTHS.format(at)}` };
}

/**
 * The rows of a small CSV beside `file` (`name`: shoes.csv, bikes.csv, media.csv) whose header opens with
 * `first`, as records of named cells; empty when there is none, it is no such file, it cannot be read, or
 * its cells are over {@link MAX_BESIDE_CHARS} (those read so far are kept).
 */
async function besideRows(file: string, name: string, first: string): Promise<Array<Map<string, string>>> {
  const path = join(dirname(file), name);
  const rows: Array<Map<string, string>> = [];
  if (path === file) return rows;
  try {
    const info = await stat(path);
    if (!info.isFile()) return rows;
    let header: string[] | null = null;
    let held = 0;
    for await (const { cells } of csvRecords(path, info.size, MAX_RECORD_CHARS).records) {
      if (!header) {
        header = cells.map((c) => c.trim());
        if (!header.slice(0, 2).includes(first)) return rows;
        continue;
      }
      held += cells.reduce((n, c) => n + c.length, 0);
      if (held > MAX_BESIDE_CHARS) return rows;
      rows.push(new Map(header.map((h, i) => [h, (cells[i] ?? "").trim()])));
    }
  } catch {
    return rows;
  }
  return rows;
}

/** The gear shoes.csv and bikes.csv beside `file` name, by name lower-cased (and by brand and model, as an unnamed pair is named). */
async function gearBeside(file: string): Promise<Map<string, Gear>> {
  const gear = new Map<string, Gear>();
  for (const [name, prefix, kind] of [
    ["shoes.csv", "Shoe", "shoes"],
    ["bikes.csv", "Bike", "bike"],
  ] as const) {
    for (const row of await besideRows(file, name, `${prefix} Name`)) {
      const brand = row.get(`${prefix} Brand`) ?? "";
      const model = row.get(`${prefix} Model`) ?? "";
      const brandModel = model.toLowerCase().startsWith(brand.toLowerCase()) ? model : `${brand} ${model}`.trim();
      const own = (row.get(`${prefix} Name`) ?? "").replace(/\s+/g, " ");
      for (const key of [own, brandModel]) if (key && !gear.has(key.toLowerCase())) gear.set(key.toLowerCase(), { kind, brandModel });
    }
  }
  return gear;
}

/** The captions media.csv beside `file` gives, by the photo's path lower-cased ("media/3f1c….jpg"). */
async function captionsBeside(file: string): Promise<Map<string, string>> {
  const captions = new Map<string, string>();
  for (const row of await besideRows(file, "media.csv", "Media Filename")) {
    const path = row.get("Media Filename") ?? "";
    const caption = (row.get("Media Caption") ?? "").replace(/\s+/g, " ").trim();
    if (path && caption) captions.set(path.toLowerCase(), caption);
  }
  return captions;
}

/** Reads activities.csv: each activity a paragraph of its month's note. */
async function* activities(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const gear = await gearBeside(file);
  const captions = await captionsBeside(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new HeldNotes({ records: "log" });
  let columns: Columns | null = null;
  let read = 0;
  for await (const record of csv.records) {
    if (!columns) {
      columns = columnsOf(record.cells);
      const missing = STRAVA_ACTIVITY_COLUMNS.find((c) => !columns!.has(c));
      if (missing)
        throw new ImportError(
          file,
          `line ${record.line}`,
          `no "${missing}" column: not Strava's activities.csv (its header opens ${STRAVA_ACTIVITY_COLUMNS.join(",")})`,
        );
      continue;
    }
    if (record.cells.every((c) => !c.trim())) continue;
    const a = activityOf(file, record, columns);
    const note = monthNote(a.at);
    read++;
    yield* notes.add(note.key, note.title, activityTurn(a, gear, captions));
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not Strava's activities.csv (its header opens ${STRAVA_ACTIVITY_COLUMNS.join(",")})`);
  if (!read) throw new ImportError(file, `line ${csv.lastLine()}`, `${NO_TEXT}: a Strava archive with no activities`);
  yield* notes.given();
}

/**
 * Reads `file`, a CSV of an unzipped Strava archive (UTF-8, streamed through csv-parse), as notes of
 * the user's (format `note`, said by the user, speaker "User"): `activities.csv` a note per month of
 * activities by their start (externalId `strava:activities:2026-11`, title "Activities, November
 * 2026"), each activity a paragraph of its start (UTC) in words, with its gear (named by shoes.csv and
 * bikes.csv beside it), description, private note and photos' captions (media.csv beside it), named
 * by the activity's link (`https://www.strava.com/activities/18740093327`), so a later archive adds only
 * the activities new or edited since. Columns are read by place: of a name given twice, the first
 * `Elapsed Time`, `Commute`, the second `Distance` (metres; without it the first, km, a swim's metres).
 * Paragraphs in time order. Turn metadata: `{ line, strava: { id, type, name, metres, seconds, commute,
 * gear, track, media, averageHeartRate, climb } }` (`line`: where the row starts; `seconds`: moving, else elapsed). Notes are
 * held to the file's end, given sooner past held-notes.ts MAX_HELD_CHARS (the same externalId: a month met
 * again adds to its note).
 * @throws ImportError naming the file and where: a cell that is wrong, at its row's line and by its
 *   column's place and name (`line 7, column 2 "Activity Date": "Octember 3": expected the start as
 *   Strava writes it, "Nov 3, 2026, 6:42:10 AM"`; an Activity ID that is no number, an empty Activity
 *   Type, a Distance, Moving Time, Elapsed Time, Average Heart Rate or Elevation Gain that is no number, a
 *   Commute other than true or false); a header without Strava's first columns (`line 1`); the CSV's own
 *   faults (an unclosed or stray quote, a record over {@link MAX_RECORD_CHARS} characters) at the line
 *   csv-parse stopped at; invalid UTF-8 at its line and byte. A file that is no note says why, "the note
 *   has no text: …" (a folder passes it over, saying so): the profile, shoes.csv, bikes.csv, media.csv,
 *   comments.csv, an activities.csv with no activity, and a file under the archive's `activities/`,
 *   `media/` or `routes/` ({@link stravaPassedOver}: a track given alone, a GPX, is no note of its XML).
 */
export async function* parseStrava(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  // (a track or photo of the archive, given alone: no words, said why)
  const aside = stravaPassedOver(file);
  if (aside) throw new ImportError(file, "line 1", `${NO_TEXT}: ${aside}`);
  const start = (await readHead(file)).replace(/^\uFEFF/, "");
  const kind = stravaKind(start, file);
  if (kind === null)
    throw new ImportError(file, "line 1", `not a Strava archive's file (its activities.csv opens ${STRAVA_ACTIVITY_COLUMNS.join(",")}, in English)`);
  const why = noNote(kind);
  if (why) throw new ImportError(file, "line 1", `${NO_TEXT}: ${why}`);
  yield* activities(file, opts);
}

/** The first KiB of `file` as text (a character cut at its end dropped). */
async function readHead(file: string): Promise<string> {
  return new TextDecoder("utf-8").decode(await readBytes(file, 0, 1024), { stream: true });
}
