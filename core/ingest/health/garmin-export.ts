/**
 * Garmin Connect's account export as a whole (garmin.ts reads its files): which files of an unzipped export
 * are its, which are read and why the others are passed over, what a file's start says it is, and the clock
 * of its owner's days.
 *
 * The export (the Garmin account's Data Management page, garmin.com/account/datamanagement → Export Your Data; a link by e-mail to a ZIP, unzipped
 * into a folder named by the request) holds `DI_CONNECT/` and, beside it, folders of Garmin's other apps and
 * products (`DI-GOLF/`, `DI_GARMIN_TRAILS/` …). Of `DI_CONNECT/` four kinds of file are read:
 * `DI-Connect-Fitness/<user>_0_summarizedActivities.json` (`[{"summarizedActivitiesExport":[…]}]`),
 * `DI-Connect-Wellness/<from>_<to>_<id>_sleepData.json` (an array of nights), `DI-Connect-Aggregator/UDSFile_<from>_<to>.json`
 * (an array of daily summaries) and `DI-Connect-Wellness/<id>_userBioMetrics.json` (an array of body records, weigh-ins
 * among them). Checked against public readers of the export and their fixtures (a TypeScript export parser's file
 * patterns, the folders of a dozen Python and TypeScript readers, two that say they checked a real export, a data
 * dictionary of a real export's UDS files): the files' names (an account's e-mail or id before some), the folders,
 * `wellnessStartTimeGmt` and `wellnessStartTimeLocal` ("2023-05-25T22:00:00.0", "2023-05-26T00:00:00.0": a day's start
 * on both clocks, their ends likewise) on every day of a UDS file, from which a day's clock is told.
 */
import { readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { streamJsonArray } from "../kit/json-stream.js";

/** What a file of the export holds: activities, nights, daily summaries or body records. */
export type GarminKind = "activities" | "sleep" | "days" | "biometrics";

/** The files read, by their names, with their kind: an empty array (`[]`) says nothing of itself. */
const BY_NAME: Array<[RegExp, GarminKind]> = [
  [/_summarizedActivities\.json$/i, "activities"],
  [/_sleepData\.json$/i, "sleep"],
  [/^UDSFile_.*\.json$/i, "days"],
  [/_userBioMetrics\.json$/i, "biometrics"],
];

/** An array whose first item is an object. */
const ARRAY_OF_OBJECTS = /^\[\s*\{/;
/** The start of a summarized activities file: `[{"summarizedActivitiesExport":` (a value there that is no array is refused by its reader). */
const ACTIVITIES = /^\[\s*\{\s*"summarizedActivitiesExport"\s*:/;
/** A body record's `"metaData": { … "calendarDate"`. */
const BIOMETRICS = /"metaData"\s*:\s*\{[^{}]*"calendarDate"\s*:/;

/**
 * What `file` of Garmin's export holds, by its start (`start`: its first KiBs, a byte-order mark and white space before
 * it dropped): `activities` for `[{"summarizedActivitiesExport":`; for an array of objects, `sleep` when its start
 * names `"sleepStartTimestampGMT"` and `"calendarDate"`, `days` when it names `"calendarDate"` and
 * `"wellnessStartTimeGmt"` (or `"totalSteps"` and `"userProfilePK"`), `biometrics` when it opens a `"metaData"` object
 * naming `"calendarDate"`; an empty array by the file's name (`…_sleepData.json`, `UDSFile_….json` …); null for any
 * other file.
 */
export function garminKindOf(start: string, file: string): GarminKind | null {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  if (ACTIVITIES.test(s)) return "activities";
  if (/^\[\s*\]\s*$/.test(s)) return BY_NAME.find(([name]) => name.test(basename(file)))?.[1] ?? null;
  if (!ARRAY_OF_OBJECTS.test(s)) return null;
  const names = (key: string) => new RegExp(`"${key}"\\s*:`).test(s);
  if (names("sleepStartTimestampGMT") && names("calendarDate") && !names("dailySleepDTO")) return "sleep";
  if (names("calendarDate") && (names("wellnessStartTimeGmt") || (names("totalSteps") && names("userProfilePK")))) return "days";
  if (BIOMETRICS.test(s)) return "biometrics";
  return null;
}

/** The top of the export `file` is in (the folder holding `DI_CONNECT/`) and `file`'s path inside it, or null: `DI_CONNECT` or another `DI_…`/`DI-…` folder beside it among the three folders above the file. */
export function garminRoot(file: string): { root: string; parts: string[] } | null {
  let dir = dirname(file);
  const parts = [basename(file)];
  for (let up = 0; up < 4; up++) {
    const name = basename(dir);
    const parent = dirname(dir);
    if (parent === dir) return null;
    if (name === "DI_CONNECT" || (/^DI[_-]/.test(name) && holdsConnect(parent))) return { root: parent, parts: [name, ...parts] };
    parts.unshift(name);
    dir = parent;
  }
  return null;
}

/** Whether the folder `dir` holds `DI_CONNECT/` (asked once a folder, remembered for 256). */
const connectFolders = new Map<string, boolean>();
function holdsConnect(dir: string): boolean {
  let found = connectFolders.get(dir);
  if (found === undefined) {
    try {
      found = statSync(join(dir, "DI_CONNECT")).isDirectory();
    } catch {
      found = false;
    }
    if (connectFolders.size >= 256) connectFolders.clear();
    connectFolders.set(dir, found);
  }
  return found;
}

/** Why each folder of `DI_CONNECT/` is passed over, but for the files read in it (lower-cased names). */
const FOLDERS: Readonly<Record<string, string>> = {
  "di-connect-uploaded-files":
    "the files your watch uploaded to Garmin Connect (FIT files, zipped: tracks and samples, no words; each activity is told from summarizedActivities)",
  "di-connect-fitness-uploaded-files":
    "the files your watch uploaded to Garmin Connect (FIT files, zipped: tracks and samples, no words; each activity is told from summarizedActivities)",
  "di-connect-metrics": "Garmin's training metrics (VO2 max, training load and status, readiness, race predictions: numbers, no words)",
  "di-connect-user": "your Garmin account's profile, settings and contacts (not imported)",
  "di-connect-device": "the devices paired with your Garmin account (settings, no words)",
  "di-connect-fitness":
    "Garmin Connect's records beside your activities (personal records, workouts planned, gear, courses: not imported; each activity is told from summarizedActivities)",
  "di-connect-wellness": "Garmin's wellness measurements (numbers, no words; each night's sleep and each weigh-in are told)",
  "di-connect-aggregator": "Garmin's daily logs (numbers, no words; each day's steps and resting heart rate are told from UDSFile)",
};

/** Why a file of Garmin's wellness folder is passed over, by its name. */
const WELLNESS: Array<[RegExp, string]> = [
  [/heartRateZones/i, "your heart-rate zones in Garmin Connect (settings, no words)"],
  [/fitnessAgeData/i, "Garmin's fitness age (numbers, no words)"],
  [/healthStatusData/i, "Garmin's health status (HRV, skin temperature and other readings: numbers, no words)"],
  [/hydration/i, "water logged in Garmin Connect (amounts, not imported)"],
  [/nutrition/i, "food logged in Garmin Connect (not imported)"],
  [/menstrual|pregnancy/i, "Garmin's cycle tracking (not imported)"],
];

/**
 * Why `file` is passed over unread, in words, when it is a file of an unzipped Garmin export (see {@link garminRoot})
 * but none of those read (`…_summarizedActivities.json`, `…_sleepData.json`, `UDSFile_….json`, `…_userBioMetrics.json`,
 * by their names): the watch's uploaded FIT files, the training metrics, the profile and settings, the devices, the
 * other records of `DI-Connect-Fitness/`, `DI-Connect-Wellness/` and `DI-Connect-Aggregator/` (heart-rate zones,
 * fitness age, health status, water and food logs …), and the folders of Garmin's other apps beside `DI_CONNECT/`;
 * null for a file read, and for any file outside an export.
 */
export function garminPassedOver(file: string): string | null {
  const found = garminRoot(file);
  if (!found) return null;
  const name = basename(file);
  if (found.parts[0] !== "DI_CONNECT") return "a file of Garmin's export of its other apps and devices (golf, trails, maps, messages: not imported)";
  if (found.parts.length === 3 && BY_NAME.some(([named]) => named.test(name))) return null;
  const folder = found.parts.length > 2 ? found.parts[1]!.toLowerCase() : "";
  if (folder === "di-connect-wellness") for (const [test, why] of WELLNESS) if (test.test(name)) return why;
  return FOLDERS[folder] ?? "a file of Garmin's export of settings or measurements (no words)";
}

/** A day's clock: its start in UTC (ms), how long it is, and the offsets (ms) of the owner's clock at its start and its end. */
interface DayClock {
  start: number;
  end: number;
  startOffset: number;
  endOffset: number;
}

/** "2026-10-16T23:00:00.0" (a UDS file's time: GMT, or a wall time) as epoch ms read as UTC, or null. */
function udsTime(value: unknown): number | null {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?$/.test(value)) return null;
  const t = Date.parse(`${value}Z`);
  return Number.isNaN(t) ? null : t;
}

/** How long before a day's clock changes (a clock moved in the night) its start offset holds: until 2 hours past its midnight, as in Europe and America. */
const CHANGE_AFTER = 2 * 3_600_000;

/** How far from a day known the nearest one's offset is still taken (a week). */
const NEAREST_DAYS = 7;

/**
 * The clock of an export's owner day by day, from the UDS files' `wellnessStartTimeGmt`/`…Local` and
 * `wellnessEndTimeGmt`/`…Local` (their difference the offset of the owner's clock at the day's start and end).
 */
export class GarminClock {
  /** @param days each day ("2026-10-17") with its clock */
  constructor(private readonly days: ReadonlyMap<string, DayClock>) {}

  /** Whether any day's clock is known. */
  get known(): boolean {
    return this.days.size > 0;
  }

  /**
   * The wall time (read as UTC) of the instant `utc` on the owner's clock: the offset of the day that holds it (its
   * start's until 2 hours past its midnight, its end's after: a day the clock changed), else the nearest day's within
   * a week; null when no day's clock is known near it.
   */
  wall(utc: number): number | null {
    const guess = new Date(utc).toISOString().slice(0, 10);
    let nearest: { gap: number; offset: number } | null = null;
    for (let d = -NEAREST_DAYS; d <= NEAREST_DAYS; d++) {
      const day = this.days.get(new Date(Date.parse(`${guess}T12:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10));
      if (!day) continue;
      if (utc >= day.start && utc < day.end) return utc + (utc - day.start < CHANGE_AFTER ? day.startOffset : day.endOffset);
      const gap = utc < day.start ? day.start - utc : utc - day.end;
      if (!nearest || gap < nearest.gap) nearest = { gap, offset: utc < day.start ? day.startOffset : day.endOffset };
    }
    return nearest ? utc + nearest.offset : null;
  }
}

/** The UDS files of the export `file` is in (its `DI-Connect-Aggregator/UDSFile_*.json`), or those beside `file` when it is in none, in name order, with their sizes and times. */
function udsFiles(file: string): Array<{ path: string; stamp: string }> {
  const root = garminRoot(file)?.root;
  const dir = root ? join(root, "DI_CONNECT", "DI-Connect-Aggregator") : dirname(file);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => /^UDSFile_.*\.json$/i.test(n))
    .sort()
    .flatMap((n) => {
      try {
        const s = statSync(join(dir, n));
        return s.isFile() ? [{ path: join(dir, n), stamp: `${n}:${s.size}:${s.mtimeMs}` }] : [];
      } catch {
        return [];
      }
    });
}

/** Clocks read, by the UDS files they were read from (their names, sizes and times): a folder's import reads them once. */
const clocks = new Map<string, Promise<GarminClock>>();

/** Most exports' clocks remembered at once. */
const MOST_CLOCKS = 4;

/**
 * The clock of the owner of the export `file` is in, read from its UDS files (streamed, a day's five fields kept:
 * memory holds a few numbers a day), remembered while those files are unchanged. A UDS file that cannot be read, or
 * a fault in one, leaves its days unknown (the fault is told when that file is imported); with no UDS file the clock
 * knows no day (times are then told in UTC).
 */
export function garminClock(file: string): Promise<GarminClock> {
  const files = udsFiles(file);
  const key = files.map((f) => f.stamp).join("|");
  let clock = clocks.get(key);
  if (!clock) {
    clock = readClock(files.map((f) => f.path));
    if (clocks.size >= MOST_CLOCKS) clocks.clear();
    clocks.set(key, clock);
  }
  return clock;
}

/** Reads each day's clock of `files`, UDS files. */
async function readClock(files: string[]): Promise<GarminClock> {
  const days = new Map<string, DayClock>();
  for (const path of files) {
    try {
      for await (const { value } of streamJsonArray(path)) {
        if (!value || typeof value !== "object") continue;
        const row = value as Record<string, unknown>;
        const day = typeof row.calendarDate === "string" && /^\d{4}-\d{2}-\d{2}$/.test(row.calendarDate) ? row.calendarDate : null;
        const start = udsTime(row.wellnessStartTimeGmt);
        const startWall = udsTime(row.wellnessStartTimeLocal);
        if (!day || start === null || startWall === null) continue;
        const end = udsTime(row.wellnessEndTimeGmt);
        const endWall = udsTime(row.wellnessEndTimeLocal);
        const startOffset = startWall - start;
        const whole = end !== null && endWall !== null && end > start;
        days.set(day, { start, end: whole ? end : start + 86_400_000, startOffset, endOffset: whole ? endWall - end : startOffset });
      }
    } catch {
      // (a fault of a UDS file is told when it is read itself; one gone or unreadable leaves its days unknown)
    }
  }
  return new GarminClock(days);
}
