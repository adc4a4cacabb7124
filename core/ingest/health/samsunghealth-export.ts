/**
 * Samsung Health's data export as a whole (samsunghealth.ts reads its files): what a file's first line says it is, which
 * files of the export are passed over and why.
 *
 * Samsung Health → Settings → Download personal data writes a folder `samsunghealth_<account>_<YYYYMMDDHHMMSS>/` of CSVs,
 * one a data type, named by the type and the export's time (`com.samsung.shealth.tracker.pedometer_day_summary.
 * 20261116081522.csv`), and a `jsons/` folder of the tables' binned data (`jsons/<type>/<x>/<datauuid>.binning_data.json`
 * …). Each CSV's first line is its type, a number and a count (`com.samsung.shealth.tracker.pedometer_day_summary,
 * 7006003,7`), its second the header. A file is told by its first line, whatever its name (a name's type can be a
 * prefix of another's: `…stress` and `…stress.histogram`). Checked against the public readers listed in samsunghealth.ts.
 */
import { basename } from "node:path";

/** What a file of the export holds that is read: a day's steps, nights, weigh-ins, workouts, blood-pressure readings. */
export type SamsungKind = "steps" | "sleep" | "weight" | "exercise" | "bp";

/** The data types read, by the name the first line gives (Samsung's `shealth` and Health Connect's `health` names alike). */
const READ: Readonly<Record<string, SamsungKind>> = {
  "com.samsung.shealth.tracker.pedometer_day_summary": "steps",
  "com.samsung.shealth.sleep": "sleep",
  "com.samsung.health.sleep": "sleep",
  "com.samsung.health.weight": "weight",
  "com.samsung.shealth.exercise": "exercise",
  "com.samsung.health.exercise": "exercise",
  "com.samsung.shealth.blood_pressure": "bp",
  "com.samsung.health.blood_pressure": "bp",
};

/** A CSV's first line as Samsung Health writes it: the type, a number, a count (a comma may end it). */
const TYPE_LINE = /^\uFEFF?(com\.samsung\.[A-Za-z0-9_.]+),[^,\r\n]*,[^,\r\n]*,?\r?$/;

/**
 * The data type a file of the export holds ("com.samsung.shealth.sleep"), by its first line (`start`, the file's first
 * KiBs): `<type>,<number>,<count>`, a byte-order mark and a trailing comma allowed; null for any other file.
 */
export function samsungTypeOf(start: string): string | null {
  const first = start.slice(0, start.search(/\n|$/));
  return TYPE_LINE.exec(first)?.[1] ?? null;
}

/** What a data type read holds (`steps`, `sleep` …), or null for a type that is not read. */
export function samsungKindOf(type: string): SamsungKind | null {
  return READ[type] ?? null;
}

/** Why the types that are not read are passed over, by a part of their names. */
const PASSED: ReadonlyArray<[RegExp, string]> = [
  [/heart_rate|hrv|oxygen_saturation|respiratory_rate|skin_temperature|stress|ecg/, "the readings your watch took every few minutes (numbers, no words)"],
  [
    /step_daily_trend|pedometer_step_count|activity\.day_summary|step_count|floors|calories_burned|activity_level/,
    "your steps and activity again, by the hour or summed otherwise (each day's steps are told from the pedometer's day summary)",
  ],
  [
    /sleep_stage|sleep_combined|sleep_raw|sleep_snoring|sleep_coaching|nap/,
    "the stages and raw data of your nights (each night is told from com.samsung.shealth.sleep)",
  ],
  [/exercise\./, "your workouts' recovery, programmes and schedules (each workout is told from com.samsung.shealth.exercise)"],
  [
    /user_profile|device_profile|preferences|badge|rewards|best_records|insight|report|social|goal/,
    "your profile, devices, goals, badges and the app's settings and insights (not imported)",
  ],
];

/**
 * Why `file` is passed over unread, in words, when it is a file of Samsung Health's export that is not read: a table named
 * `com.samsung.<type>.<digits>.csv` whose type is none of those read (the watch's samples, the other step and sleep
 * tables, the profile and settings …), or a file of its `jsons/` folder (binned data). Null for a table read, and for any
 * file outside the export.
 */
export function samsungPassedOver(file: string): string | null {
  const path = file.replace(/\\/g, "/");
  if (/\/jsons\/com\.samsung\.[^/]+\//.test(path))
    return "binned data of Samsung Health's tables, minute by minute (numbers, no words: each day's steps, nights and workouts are told from the tables read)";
  const type = /^(com\.samsung\.[A-Za-z0-9_.]+)\.\d{8,}\.csv$/.exec(basename(path))?.[1];
  if (!type || READ[type]) return null;
  const why = PASSED.find(([pattern]) => pattern.test(type.replace(/^com\.samsung\.(?:s?health)\./, "")));
  return why?.[1] ?? "a table of Samsung Health's export of measurements or settings (not imported)";
}
