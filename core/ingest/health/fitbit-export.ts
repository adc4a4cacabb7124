/**
 * Fitbit's account data as a whole (fitbit.ts reads its files): which files of an unzipped export are
 * its, which of them are read and why the others are passed over, what each file's start says it is,
 * and the clock its times are told on.
 *
 * The export, from Google Takeout (takeout.google.com → Fitbit: `Takeout/Fitbit/`) or from Fitbit's own
 * "Export your account archive" before it (`MyFitbitData/<Name>/`), is a folder per kind of data:
 * `Global Export Data/` (Takeout; the older archive's `Physical Activity/`, `Sleep/` and `Personal &
 * Account/` hold the same files) of JSON arrays, `Your Profile/Profile.csv`, `Sleep Score/`, `Heart Rate
 * Variability/`, `Oxygen Saturation (SpO2)/`, `Temperature/`, `Stress Score/`, `Paired Devices/`, the
 * `*_GoogleData/` folders of Google's newer CSVs, and their README files. Checked against public readers
 * of the export and their fixtures (PDP-Connect's synthetic Takeout and its notes on each family, fitport,
 * fitbit2oscar, iLEAPP's Fitbit artifacts, a DuckDB notebook, jrtechs' timeline, Fitbit2Garmin): the files
 * are named by their family and the first day they hold (`steps-2026-11-01.json`), exercises a hundred to a
 * file (`exercise-0.json`, `exercise-100.json`); `startTime` of an exercise and the `dateTime` of a steps or
 * heart-rate minute ("11/14/26 08:02:11") are UTC, a sleep log's times ("2026-11-14T22:41:30.000") and a
 * weigh-in's `date` and `time` are the owner's clock, a resting heart rate's `dateTime` is their day at
 * midnight; Profile.csv's `timezone` (an IANA zone, "Europe/London") is their clock and its `weight_unit`
 * ("METRIC", "KILOGRAM"; "POUND", "en_US") the unit the weigh-ins are written in.
 */
import { readdirSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { cellOf, csvRecords } from "../kit/csv-records.js";
import { downloadAbove, rememberedTest } from "../kit/download-root.js";

/** What a file of the export holds, told by its start (and a minute series' measure by its name). */
export type FitbitKind = "exercise" | "sleep" | "weight" | "resting" | "steps" | "heartrate" | "measure";

/** A JSON array's first item opening with its logId, then the key each family writes second. */
const LOG = (second: string, value: string) => new RegExp(`^\\[\\s*\\{\\s*"logId"\\s*:\\s*\\d+(?:\\.0)?\\s*,\\s*"${second}"\\s*:\\s*${value}`);
const EXERCISE = LOG("activityName", '"');
const SLEEP = LOG("dateOfSleep", '"\\d{4}-\\d{2}-\\d{2}"');
const WEIGHT = LOG("weight", "-?\\d");
/** A series' first row: its minute or day "11/14/26 08:02:00", then its value. */
const SERIES = /^\[\s*\{\s*"dateTime"\s*:\s*"\d{2}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}"\s*,\s*"value"\s*:\s*/;

/**
 * What the file `file` of Fitbit's export holds, by its start (a byte-order mark and white space before
 * it dropped): an array of exercises (`[{ "logId" : …, "activityName" : …`), of sleep logs (`"logId"`, then
 * `"dateOfSleep"`), of weigh-ins (`"logId"`, then `"weight"`), or a series of `{ "dateTime" : "11/14/26
 * 08:02:00", "value" : … }` rows: a resting heart rate's (`"value" : { "date"`), heart-rate samples'
 * (`"value" : { "bpm"`), steps' (a count, its file named `steps-…`), or another measure's (calories,
 * distance, active minutes … by its name); null for any other file.
 */
export function fitbitKindOf(start: string, file: string): FitbitKind | null {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  if (s[0] !== "[") return null;
  if (EXERCISE.test(s)) return "exercise";
  if (SLEEP.test(s)) return "sleep";
  if (WEIGHT.test(s)) return "weight";
  const series = SERIES.exec(s);
  if (!series) return null;
  const value = s.slice(series[0].length);
  if (/^\{\s*"date"\s*:/.test(value)) return "resting";
  if (/^\{\s*"bpm"\s*:/.test(value)) return "heartrate";
  return /^steps[-_]/i.test(basename(file)) ? "steps" : "measure";
}

/** The families read, by their file's name: exercises, sleep logs, steps, resting heart rate and weigh-ins. */
const READ = /^(?:exercise|sleep|steps|resting_heart_rate|weight)-[\d-]+\.json$/i;

/** Why a file of the export is passed over, by its name (its family's): the first that matches. */
const BY_NAME: Array<[RegExp, string]> = [
  [/^heart_rate-/i, "Fitbit's heart rate, a reading every few seconds (samples, no words; a day's resting heart rate is told from resting_heart_rate)"],
  [/^time_in_heart_rate_zones-/i, "Fitbit's minutes a day in each heart-rate zone (numbers, no words; each workout's heart rate is told with it)"],
  [/^badges?\.json$/i, "the badges Fitbit awarded (Fitbit's own messages, no words of yours)"],
  [/^(?:food_logs|food|water_logs|water)[-_.]/i, "food and water logged in Fitbit (amounts and nutrients, not imported)"],
  [/^Profile\.csv$/i, "your Fitbit profile (read for its time zone and weight unit; your name, birthday and body are not imported)"],
  [/\.(?:txt|pdf|md|html?)$/i, "Fitbit's guide to the files of its export"],
  [/\.(?:jpe?g|png|gif|heic)$/i, "a picture of your Fitbit profile (no words)"],
];

/** Why each folder of the export that holds no family read is passed over (lower-cased names). */
const FOLDERS: Readonly<Record<string, string>> = {
  "sleep score": "Fitbit's sleep scores (numbers, no words; each night's sleep is told from sleep-….json)",
  "heart rate variability": "Fitbit's heart rate variability (measurements, no words)",
  "oxygen saturation (spo2)": "Fitbit's blood oxygen readings (measurements, no words)",
  temperature: "Fitbit's skin temperature readings (measurements, no words)",
  "stress score": "Fitbit's stress scores (numbers, no words)",
  "stress journal": "Fitbit's stress journal (moods picked from a list, not imported)",
  "daily readiness": "Fitbit's daily readiness scores (numbers, no words)",
  "active zone minutes (azm)": "Fitbit's active zone minutes (numbers, no words; each workout is told from exercise-….json)",
  "paired devices": "the devices paired with your Fitbit account (settings, no words)",
  "activity goals": "your Fitbit activity goals (settings, no words)",
  "snore and noise detect": "Fitbit's snore and noise readings (measurements, no words)",
  biometrics: "Fitbit's biometrics (measurements, no words)",
  "menstrual health": "Fitbit's menstrual health log (not imported)",
  mindfulness: "Fitbit's mindfulness sessions (not imported)",
  "your profile": "your Fitbit profile (read for its time zone and weight unit, not imported)",
};

/** A name as said: "lightly_active_minutes-2026-11-01.json" → "lightly active minutes". */
function measureWords(name: string): string {
  return (
    name
      .replace(/\.json$/i, "")
      .replace(/[-_ ]?\d{4}-\d{2}(?:-\d{2})?$/, "")
      .replace(/[_-]+/g, " ")
      .trim()
      .toLowerCase() || "measurements"
  );
}

/** Why `name`, a JSON of Fitbit's whose family is not read, is passed over: heart-rate samples, a minute or day series of another measure. */
export function measureReason(name: string): string {
  for (const [test, why] of BY_NAME) if (test.test(name)) return why;
  return `Fitbit's ${measureWords(name)} (measurements, no words; a day's steps, workouts, sleep, resting heart rate and weight are told)`;
}

/**
 * Whether the folder `dir` lists the top of a Fitbit export: `Global Export Data/`, or the older archive's
 * `Physical Activity/` with `Sleep/`, `Personal & Account/` or `Your Profile/` (its listing read once,
 * remembered for at most 4,096 folders: a folder's import asks of each file's; one that cannot be read is none).
 */
const listsExportRoot = rememberedTest((dir) => {
  const names = new Set(readdirSync(dir));
  return (
    names.has("Global Export Data") || (names.has("Physical Activity") && (names.has("Sleep") || names.has("Personal & Account") || names.has("Your Profile")))
  );
}, 4096);

/**
 * Whether the folder `dir` is the top of a Fitbit export: Takeout's `Fitbit/` (under `Takeout/`), or a
 * folder holding `Global Export Data/`, or the older archive's `<Name>/`, holding `Physical Activity/` and
 * `Sleep/`, `Personal & Account/` or `Your Profile/` (its listing read once, remembered).
 */
function isExportRoot(dir: string): boolean {
  return (basename(dir) === "Fitbit" && basename(dirname(dir)) === "Takeout") || listsExportRoot(dir);
}

/** The top of the Fitbit export `file` is in (its own folder or one of the two above it, as `file` spells it), or null when it is in none. */
export function fitbitRoot(file: string): string | null {
  return downloadAbove(file, isExportRoot, 2)?.root ?? null;
}

/**
 * Why `file` is passed over unread, in words, when it is a file of an unzipped Fitbit export (see
 * {@link fitbitRoot}) but one of the families read (`exercise-N.json`, `sleep-….json`, `steps-….json`,
 * `resting_heart_rate-….json`, `weight-….json`, wherever in the export): heart-rate samples (gigabytes of
 * `heart_rate-….json`, never opened), another measure's minutes or days (calories, distance, altitude,
 * active minutes, heart-rate zones, VO2 max …), badges, food and water logs, Profile.csv (read for its
 * clock), Fitbit's README guides, the profile's picture, and the folders of scores, readings and settings
 * (Sleep Score, Heart Rate Variability, SpO2, Temperature, Stress Score, Paired Devices, the `*_GoogleData`
 * folders …); null for a file read, and for any file outside an export.
 */
export function fitbitPassedOver(file: string): string | null {
  const root = fitbitRoot(file);
  if (!root) return null;
  const name = basename(file);
  if (READ.test(name)) return null;
  const under = file.slice(root.length + 1).split(/[\\/]/);
  const folder = under.length > 1 ? under[0]!.toLowerCase() : "";
  if (FOLDERS[folder]) return FOLDERS[folder]!;
  if (/_googledata$/.test(folder))
    return `Google's copy of your Fitbit data (${under[0]}: its CSVs of measurements, no words; the days are told from Global Export Data)`;
  if (/\.json$/i.test(name)) return measureReason(name);
  for (const [test, why] of BY_NAME) if (test.test(name)) return why;
  return "a file of Fitbit's export of measurements or settings (no words)";
}

/** The clock of an export's times and the unit of its weigh-ins, as its Profile.csv says, and the profile read. */
export interface FitbitProfile {
  /** The owner's time zone ("Europe/London"), or null when no profile says one Engram knows (times are then told in UTC). */
  zone: string | null;
  /** The unit weigh-ins are written in: "kg", "lb", or null when the profile does not say. */
  weightUnit: "kg" | "lb" | null;
  /** The Profile.csv read, or null. */
  file: string | null;
}

/** Where an export's Profile.csv is, from a file of it: beside it, or in the export's `Your Profile/` (Takeout) or `Personal & Account/` (the older archive). */
function profileCandidates(file: string): string[] {
  const dir = dirname(file);
  const up = dirname(dir);
  const root = fitbitRoot(file);
  const tops = [...new Set([up, ...(root ? [root] : [])])];
  return [join(dir, "Profile.csv"), ...tops.flatMap((t) => ["Your Profile", "Personal & Account", "Profile"].map((f) => join(t, f, "Profile.csv")))];
}

/** Whether `zone` is a time zone this Node knows. */
function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A profile's `weight_unit` as a unit: METRIC, KILOGRAM or kg → "kg"; POUND, en_US, lb or lbs → "lb"; another (STONE, en_GB, null) → null. */
function weightUnitOf(cell: string): "kg" | "lb" | null {
  const u = cell.trim().toUpperCase();
  if (u === "METRIC" || u === "KILOGRAM" || u === "KG") return "kg";
  if (u === "POUND" || u === "EN_US" || u === "LB" || u === "LBS") return "lb";
  return null;
}

/**
 * The profile of the export `file` is in: its Profile.csv's `timezone` (an IANA zone Node knows) and
 * `weight_unit`, read from its header and first row; no zone nor unit when there is no profile or it
 * cannot be read (a file imported alone, out of its export).
 */
export async function fitbitProfile(file: string): Promise<FitbitProfile> {
  for (const candidate of profileCandidates(file)) {
    const size = await stat(candidate).then(
      (s) => (s.isFile() ? s.size : -1),
      () => -1,
    );
    if (size < 0) continue;
    try {
      const rows: string[][] = [];
      for await (const { cells } of csvRecords(candidate, size, 64 * 1024).records) {
        rows.push(cells);
        if (rows.length === 2) break;
      }
      if (rows.length < 2) continue;
      const columns = new Map(rows[0]!.map((c, i) => [c.trim().toLowerCase(), i]));
      const zone = cellOf(rows[1]!, columns, "timezone");
      return { zone: zone && knownZone(zone) ? zone : null, weightUnit: weightUnitOf(cellOf(rows[1]!, columns, "weight_unit")), file: candidate };
    } catch {}
  }
  return { zone: null, weightUnit: null, file: null };
}

/** The other files of `family` beside `file` (`steps-2026-10-01.json` …), by the day their names say, oldest first. */
export function familyBeside(file: string, family: string): Array<{ file: string; day: string }> {
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return [];
  }
  const named = new RegExp(`^${family}-(\\d{4}-\\d{2}-\\d{2})\\.json$`, "i");
  return names
    .flatMap((n) => {
      const m = named.exec(n);
      return m ? [{ file: join(dirname(file), n), day: m[1]! }] : [];
    })
    .sort((a, b) => a.day.localeCompare(b.day));
}
