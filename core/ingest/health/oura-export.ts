/**
 * Oura's data export as a whole (oura.ts reads its files): what a file's start says it is, which files of an unzipped
 * export are passed over and why.
 *
 * The membership hub's export (its Export data, a ZIP Oura prepares on request) unzips to
 * `App Data/`, one CSV per data type: `dailysleep.csv`, `dailyreadiness.csv`, `dailyactivity.csv`, `sleepmodel.csv`
 * (the sleep periods), `workout.csv`, `enhancedtag.csv`, `dailyspo2.csv`, `dailystress.csv`, `dailyresilience.csv`, and
 * beside them series and settings (`heartrate.csv`, `temperature.csv`, `daytimestress.csv`, `sleeptime.csv`,
 * `ringconfiguration.csv`, `session.csv` …). Each has a header, `id` first and the other columns in the order of their
 * names, the API v2's field names (`day`, `score`, `contributors`, `total_sleep_duration`, `bedtime_start` …); cells are
 * separated by `;` (newer exports are said to write `,`, to name the sleep periods `sleep.csv` and the tags `tag.csv`,
 * and to add the days covered to a name, `dailysleep_2026-01-01_2026-06-30.csv`): each is told here by its header,
 * whatever its name. Oura Cloud's older JSON (the API v1's shape, `{ "sleep": [ { "summary_date": …, … } ], "activity":
 * [ … ], "readiness": [ … ] }`) is told by its start. Checked against the public readers listed in oura.ts.
 */
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** What a file of Oura's export holds: its sleep periods, a day's sleep score, readiness, activity, SpO2, stress or resilience, its workouts, its tags, or the older JSON of Oura Cloud (`v1`). */
export type OuraKind = "sleep" | "dailysleep" | "readiness" | "activity" | "spo2" | "stress" | "resilience" | "workout" | "tag" | "v1";

/** A CSV of the export's header: its columns (lower-cased, their quotes and a byte-order mark dropped) and what separates them. */
export interface OuraHeader {
  columns: string[];
  delimiter: ";" | ",";
}

/**
 * The header of `start` (a file's first KiBs) when it is a CSV whose first column is `id`: split at `;` or `,`,
 * whichever the line holds more of; null for any other file.
 */
export function ouraHeader(start: string): OuraHeader | null {
  const line = start.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const semicolons = line.split(";").length;
  const delimiter = semicolons >= line.split(",").length ? ";" : ",";
  const columns = line.split(delimiter).map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .trim()
      .toLowerCase(),
  );
  return columns[0] === "id" && columns.length > 2 && columns.every((c) => /^[a-z0-9_]+$/.test(c)) ? { columns, delimiter } : null;
}

/** What a CSV of the export holds, by the columns it names (the first that fits, in this order). */
const BY_COLUMNS: Array<[OuraKind, string[]]> = [
  ["sleep", ["day", "bedtime_start", "bedtime_end", "total_sleep_duration"]],
  ["activity", ["day", "steps", "active_calories"]],
  ["readiness", ["day", "score", "contributors", "temperature_deviation"]],
  ["resilience", ["day", "level", "contributors"]],
  ["dailysleep", ["day", "score", "contributors"]],
  ["workout", ["day", "activity", "start_datetime", "end_datetime"]],
  ["tag", ["tag_type_code", "start_day"]],
  ["spo2", ["day", "spo2_percentage"]],
  ["stress", ["day", "day_summary"]],
];

/** Oura Cloud's older JSON: an object opening with its sleep, activity or readiness summaries (the API v1's), each with its `summary_date`. */
const V1_JSON = /^\{\s*"(?:sleep|activity|readiness|ideal_bedtimes)"\s*:\s*\[/;

/**
 * What a file of Oura's export holds, by its start (`start`, its first KiBs): a CSV by the columns its header names
 * (`sleep` for `bedtime_start`, `bedtime_end` and `total_sleep_duration`; `activity` for `steps` and `active_calories`;
 * `readiness` for `score`, `contributors` and `temperature_deviation`; `resilience` for `level`; `dailysleep` for
 * `score` and `contributors` alone; `workout`, `tag`, `spo2`, `stress`), each with `id` first; `v1` for Oura Cloud's
 * older JSON (`{ "sleep": [ { "summary_date": …`); null for any other file.
 */
export function ouraKindOf(start: string): OuraKind | null {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  if (V1_JSON.test(s)) return /"summary_date"\s*:/.test(s) || /^\{\s*"\w+"\s*:\s*\[\s*\]/.test(s) ? "v1" : null;
  const header = ouraHeader(s);
  if (!header) return null;
  const named = new Set(header.columns);
  return BY_COLUMNS.find(([, needs]) => needs.every((c) => named.has(c)))?.[0] ?? null;
}

/** The name of an export's file without its extension, the days some exports add to it and its underscores: "dailysleep_2026-01-01_2026-06-30.csv" → "dailysleep". */
export function stemOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.csv$/, "")
    .replace(/_\d{4}-\d{2}-\d{2}(?:_\d{4}-\d{2}-\d{2})?$/, "")
    .replace(/[^a-z0-9]/g, "");
}

/** The files read, by their names' stems (each is told by its header, whatever its name). */
const READ = new Set([
  "dailysleep",
  "dailyreadiness",
  "dailyactivity",
  "sleepmodel",
  "sleep",
  "workout",
  "enhancedtag",
  "tag",
  "dailyspo2",
  "dailystress",
  "dailyresilience",
]);

/** A folder's files that say it is an export's `App Data/`, by their stems. */
const MARKS = new Set(["dailysleep", "dailyreadiness", "dailyactivity", "sleepmodel"]);

/** Why each of the export's files that are not read is passed over, by its stem. */
const PASSED: Readonly<Record<string, string>> = {
  heartrate: "your heart rate every few minutes, day and night (numbers, no words; each night's lowest heart rate is told from its sleep)",
  temperature: "your skin temperature readings (numbers, no words; each day's deviation is told with its readiness)",
  daytimestress: "your stress every few minutes through the day (numbers, no words; each day's summary is told from dailystress.csv)",
  sleeptime: "Oura's advice on when to go to bed (not imported)",
  ringconfiguration: "your ring's colour, size and firmware (settings, no words)",
  ringbatterylevel: "your ring's battery levels (numbers, no words)",
  session: "the guided and unguided sessions in the Oura app (meditations, breathing: not imported)",
  dailycardiovascularage: "Oura's estimate of your cardiovascular age (numbers, no words)",
  vo2max: "Oura's estimates of your VO2 max (numbers, no words)",
  dailycyclephases: "Oura's cycle tracking (not imported)",
  restmodeperiod: "the periods your ring was in rest mode (not imported)",
};

/** Whether the folder `dir` is an export's `App Data/`: so named, or holding its daily files (asked once a folder, remembered for 256). */
const appDataFolders = new Map<string, boolean>();
function isAppData(dir: string): boolean {
  if (basename(dir).toLowerCase() === "app data") return true;
  let found = appDataFolders.get(dir);
  if (found === undefined) {
    try {
      found = readdirSync(dir).some((n) => /\.csv$/i.test(n) && MARKS.has(stemOf(n)));
    } catch {
      found = false;
    }
    if (appDataFolders.size >= 256) appDataFolders.clear();
    appDataFolders.set(dir, found);
  }
  return found;
}

/** The CSVs in the folder of `file` (but `file`) whose names' stems are among `stems`, in name order: the daily sleep scores beside the sleep periods. */
export function besideOf(file: string, stems: readonly string[]): string[] {
  try {
    return readdirSync(dirname(file))
      .filter((n) => /\.csv$/i.test(n) && n !== basename(file) && stems.includes(stemOf(n)))
      .sort()
      .map((n) => join(dirname(file), n));
  } catch {
    return [];
  }
}

/**
 * Why `file` is passed over unread, in words, when it is a CSV of an unzipped Oura export (a folder named `App Data`,
 * or one holding its dailysleep.csv, dailyreadiness.csv, dailyactivity.csv or sleepmodel.csv) but none of those read
 * (by their names: the daily files, the sleep periods, workouts and tags): the heart rate and temperature series, the
 * day's stress every few minutes, the bedtime advice, the ring's settings and battery, the app's sessions, the
 * cardiovascular age and VO2 max estimates (by their names), and any other CSV of a folder named `App Data`; the daily sleep scores (dailysleep.csv) beside the sleep periods (sleepmodel.csv, sleep.csv),
 * each score told with its night; null for a file read, and for any file outside an export.
 */
export function ouraPassedOver(file: string): string | null {
  const name = basename(file);
  if (!/\.csv$/i.test(name) || !isAppData(dirname(file))) return null;
  const stem = stemOf(name);
  if (stem === "dailysleep" && besideOf(file, ["sleepmodel", "sleep"]).length > 0)
    return "your nightly sleep scores (each is told with its night, from the sleep periods beside them)";
  if (READ.has(stem)) return null;
  // (another CSV is the export's only in its own App Data folder: beside its daily files under another name, it may be another app's)
  return PASSED[stem] ?? (basename(dirname(file)).toLowerCase() === "app data" ? "a file of Oura's export of measurements or settings (no words)" : null);
}
