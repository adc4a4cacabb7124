/**
 * Withings' data export as a whole (withings.ts reads its files): what a file's start says it is, which files of an
 * unzipped export are passed over and why.
 *
 * The Withings app's Profile → Settings → "Download my data" (the web dashboard's export alike) emails a link to a ZIP
 * that unzips to one folder of CSVs and a README.txt listing them: `weight.csv`, `bp.csv`, `sleep.csv`, `activities.csv`,
 * `height.csv`, `aggregates_steps.csv`, `aggregates_calories_earned.csv`, `aggregates_calories_passive.csv`,
 * `aggregates_distance.csv`, `aggregates_elevation.csv`, `manual_spo2.csv`, `note.csv`, `signal.csv`, `other.csv`, the
 * devices' samples `raw_<device>_<measure>.csv` (`raw_hr_hr.csv`, `raw_tracker_steps.csv` …), and the account's
 * `account.csv`, `user.csv`, `devices.csv`. A file read is told by its header, whatever its name, but for the day totals
 * and SpO2 readings, whose header is `date,value` alone: those by their names. Checked against the public readers listed
 * in withings.ts.
 */
import { readdirSync } from "node:fs";
import { basename, dirname } from "node:path";
import { headerCells } from "../kit/csv-records.js";

/** What a file of the export holds: weigh-ins, blood-pressure readings, nights, activities, a day's steps or active calories, heights, SpO2 readings. */
export type WithingsKind = "weight" | "bp" | "sleep" | "activities" | "steps" | "calories" | "height" | "spo2";

/** The files of `date,value` read, by their names: the day totals of steps and active calories, the SpO2 readings. */
const BY_NAME: Readonly<Record<string, WithingsKind>> = {
  "aggregates_steps.csv": "steps",
  "aggregates_calories_earned.csv": "calories",
  "manual_spo2.csv": "spo2",
};

/**
 * What a file of Withings' export holds, by its start (`start`, its first KiBs; `file` its path): weight.csv by a header
 * opening `Date,"Weight (…)"` that names a "Fat mass (…)"; bp.csv by `Date,"Heart rate",Systolic,Diastolic,Comments`;
 * sleep.csv by a header whose 8th and 9th columns are "Duration to sleep (s)" and "Duration to wake up (s)" (its first
 * seven in the account's language: `from,to,"light (s)"…`, `von,bis,"leicht (s)"…`); activities.csv by `from,to` and its
 * "Activity type", "Data" and "Timezone"; height.csv by `Date,"Height (…)"`; aggregates_steps.csv,
 * aggregates_calories_earned.csv and manual_spo2.csv by their names and their header `date,value`; null for any other file.
 */
export function withingsKindOf(start: string, file: string): WithingsKind | null {
  const cells = headerCells(start.replace(/^\uFEFF/, ""));
  const lower = cells.map((c) => c.toLowerCase());
  const at = (i: number) => lower[i] ?? "";
  if (at(0) === "date" && /^weight \([^)]+\)$/.test(at(1)) && lower.some((c) => c.startsWith("fat mass ("))) return "weight";
  if (lower.join(",") === "date,heart rate,systolic,diastolic,comments") return "bp";
  if (at(7) === "duration to sleep (s)" && at(8) === "duration to wake up (s)") return "sleep";
  if (at(0) === "from" && at(1) === "to" && ["activity type", "data", "timezone"].every((c) => lower.includes(c))) return "activities";
  if (at(0) === "date" && /^height \([^)]+\)$/.test(at(1))) return "height";
  if (lower.join(",") === "date,value") return BY_NAME[basename(file).toLowerCase()] ?? null;
  return null;
}

/** Names that say a folder is an unzipped Withings export (lower-cased): files no other app's export writes. */
const MARKS = new Set([
  "bp.csv",
  "aggregates_steps.csv",
  "aggregates_calories_earned.csv",
  "aggregates_calories_passive.csv",
  "raw_hr_hr.csv",
  "raw_tracker_steps.csv",
  "signal.csv",
]);

/** The files read (lower-cased names); each is told by its header, whatever its name, but those of `date,value`. */
const READ = new Set(["weight.csv", "bp.csv", "sleep.csv", "activities.csv", "height.csv", ...Object.keys(BY_NAME)]);

/** Why each of the export's files that are not read is passed over, by its lower-cased name. */
const PASSED: Readonly<Record<string, string>> = {
  "readme.txt": "Withings' list of the export's files and their units (no words of yours)",
  "aggregates_calories_passive.csv": "the calories Withings estimates you burned at rest each day (numbers, no words)",
  "aggregates_distance.csv": "the distance you covered each day (numbers whose unit the export does not say; each walk's distance is told from activities.csv)",
  "aggregates_elevation.csv": "the floors you climbed each day (numbers, no words)",
  "aggregates_manual_spo2.csv": "your SpO2 readings summed by day (each reading is told from manual_spo2.csv)",
  "signal.csv": "your ECG recordings' waveforms (numbers, no words)",
  "other.csv": "the analyses and quality scores of your devices' readings (numbers, no words)",
  "note.csv": "your notes on body temperature readings (not imported)",
  "pwv.csv": "your pulse wave velocity readings (not imported)",
  "account.csv": "your Withings account's email, IP address and dates (not imported)",
  "user.csv": "your name, birth date and gender as your Withings profile holds them (not imported)",
  "devices.csv": "your Withings devices and their settings (no words)",
  "user_survey.csv": "your answers to the Withings app's questions (not imported)",
};

/** Whether the folder `dir` is an unzipped Withings export, holding one of {@link MARKS} (asked once a folder, remembered for 256). */
const exportFolders = new Map<string, boolean>();
function isWithingsFolder(dir: string): boolean {
  let found = exportFolders.get(dir);
  if (found === undefined) {
    try {
      found = readdirSync(dir).some((n) => MARKS.has(n.toLowerCase()));
    } catch {
      found = false;
    }
    if (exportFolders.size >= 256) exportFolders.clear();
    exportFolders.set(dir, found);
  }
  return found;
}

/**
 * Why `file` is passed over unread, in words, when it is a file of an unzipped Withings export (a folder holding bp.csv,
 * aggregates_steps.csv, aggregates_calories_earned.csv, aggregates_calories_passive.csv, raw_hr_hr.csv,
 * raw_tracker_steps.csv or signal.csv) but none of those read (weight.csv, bp.csv, sleep.csv, activities.csv, height.csv,
 * aggregates_steps.csv, aggregates_calories_earned.csv, manual_spo2.csv): its README.txt; the devices' samples minute by
 * minute (`raw_*.csv`: numbers, and the day's totals and the nights are told from the files read); the other day totals;
 * the ECG's waveforms and analyses (signal.csv, other.csv); the temperature notes (note.csv, whose cells no public reader
 * shows filled); the pulse wave velocity; the account, the profile, the devices and the app's survey; any other CSV of
 * the folder. Null for a file read, and for any file outside an export.
 */
export function withingsPassedOver(file: string): string | null {
  const name = basename(file).toLowerCase();
  if (!/\.(?:csv|txt)$/.test(name) || READ.has(name) || !isWithingsFolder(dirname(file))) return null;
  if (name.startsWith("raw_") && name.endsWith(".csv"))
    return "the samples your Withings devices measured minute by minute (numbers, no words: each day's steps and each night's sleep are told from aggregates_steps.csv and sleep.csv)";
  return PASSED[name] ?? (name.endsWith(".csv") ? "a file of Withings' export of measurements or settings (not imported)" : null);
}
