/**
 * Google Fit's data from Google Takeout as a whole (googlefit.ts reads its files): what a file is by its start, which files
 * of the export are passed over and why, and the user's clock that the export's day files give.
 *
 * Takeout → Fit writes `Takeout/Fit/`: `Daily activity metrics/Daily activity metrics.csv` (older exports: `Daily
 * Aggregations/Daily Summaries.csv`), a row a day, its header `Date,Move Minutes count,Calories (kcal),Distance (m),Heart
 * Points,Heart Minutes,…,Step count,…`; beside it a CSV a day named by the day (`2026-11-03.csv`) of 15-minute rows, its
 * header `Start time,End time,Move Minutes count,…`, each time on the user's clock with its offset ("07:15:00.000+01:00");
 * `All Sessions/` a JSON object a session (`{"fitnessActivity": "running", "startTime": …, "endTime": …, "duration":
 * "1834.5s", "segment": [ … ], "aggregate": [ … ]}`, named `2026-11-03T07_12_00.000Z_RUNNING.json`); `All Data/` a JSON
 * object a data source of raw data points (`{"Data Source": …, "Data Points": [ … ]}`); `Activities/` each session's
 * track (TCX). Files are told by their start, whatever their names; the folders passed over by their names. Checked against
 * the public readers listed in googlefit.ts.
 */
import { basename, dirname, join } from "node:path";
import { stat } from "node:fs/promises";
import { csvRecords, headerCells } from "../kit/csv-records.js";
import { wallClockMs } from "../../time/import-dates.js";

/** What a file of the export is: the day totals, a session, a day's 15-minute rows, a data source's raw points. */
export type GoogleFitKind = "days" | "session" | "quarters" | "points";

/** The measures' columns of the daily and 15-minute CSVs (in English, as Takeout writes them for an English account). */
const MEASURES = new Set(["move minutes count", "calories (kcal)", "distance (m)", "heart points", "heart minutes", "step count", "average speed (m/s)"]);

/**
 * What a file of Google Fit's Takeout is, by `start` (its first KiBs): `days` for the day totals (a CSV whose header is
 * "Date" then two of Fit's measures at least, "Move Minutes count", "Calories (kcal)", "Distance (m)", "Heart Points",
 * "Step count" …), `quarters` for a day's 15-minute rows ("Start time,End time," then two measures), `session` for a
 * session's JSON (an object naming `"fitnessActivity"` and `"startTime"` in its first KiB), `points` for a data source's raw
 * points (an object opening with `"Data Source"`); null for any other file.
 */
export function googleFitKindOf(start: string): GoogleFitKind | null {
  const text = start.replace(/^\uFEFF/, "").trimStart();
  if (text[0] === "{") {
    if (/^\{\s*"Data Source"\s*:/.test(text)) return "points";
    const head = text.slice(0, 1024);
    return /"fitnessActivity"\s*:\s*"/.test(head) && /"startTime"\s*:\s*"/.test(head) ? "session" : null;
  }
  const cells = headerCells(text, true);
  const measures = cells.filter((c) => MEASURES.has(c)).length;
  if (measures < 2) return null;
  if (cells[0] === "date") return "days";
  return cells[0] === "start time" && cells[1] === "end time" ? "quarters" : null;
}

/** Why a file of a kind that is not read is passed over, in words. */
export const GOOGLE_FIT_ASIDE: Readonly<Record<"quarters" | "points" | "track", string>> = {
  quarters:
    "Google Fit's 15-minute rows of one day (numbers, no words: each day's totals are told from Daily activity metrics.csv, each session from All Sessions)",
  points:
    "Google Fit's raw data points of one data source, every reading your phone and apps recorded (numbers, no words: each day's totals are told from Daily activity metrics.csv, each session from All Sessions)",
  track: "the recorded track of a Google Fit session, its points and heart rate every second (no words: the session is told from All Sessions)",
};

/** `Fit/<folder>/…` of a path: the folder of Takeout's Fit it is in, or null. */
function fitFolderOf(path: string): string | null {
  const parts = path.replace(/\\/g, "/").split("/");
  const at = parts.lastIndexOf("Fit");
  return at >= 0 && at < parts.length - 2 ? parts[at + 1]! : null;
}

/** A day file's name, "2026-11-03.csv". */
const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.csv$/;

/**
 * Why `file` is passed over unread, in words, when it is a file of Takeout's `Fit/` that is not read: a file of `All Data/`
 * (raw data points), of `Activities/` (the sessions' tracks), or a day's 15-minute CSV of `Daily activity metrics/` (`Daily
 * Aggregations/` in older exports) named by its day. Null for the day totals and the sessions, and for any file outside the
 * export.
 */
export function googleFitPassedOver(file: string): string | null {
  const folder = fitFolderOf(file);
  if (folder === "All Data") return GOOGLE_FIT_ASIDE.points;
  if (folder === "Activities") return GOOGLE_FIT_ASIDE.track;
  if ((folder === "Daily activity metrics" || folder === "Daily Aggregations") && DAY_FILE.test(basename(file))) return GOOGLE_FIT_ASIDE.quarters;
  return null;
}

/** A 15-minute row's time as written: "07:15:00.000+01:00" (an offset, or Z). */
const ROW_TIME = /^(\d{2}:\d{2}:\d{2})(?:\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$/;

/** Most rows of a day file read for its clock: a day of quarters is 92 to 100 (a day when the clocks change). */
const MAX_ROWS = 200;

/** An offset as written ("+01:00", "-0500", "Z") in ms. */
function offsetMs(written: string): number {
  if (written === "Z") return 0;
  const digits = written.replace(":", "");
  return (digits[0] === "-" ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
}

/** The offsets of a day file's rows: each row's start (an instant, ms) and its offset (ms), in order; none when there is no such file. */
async function rowOffsets(file: string): Promise<Array<[at: number, offset: number]>> {
  const day = basename(file, ".csv");
  const size = await stat(file).then(
    (s) => (s.isFile() ? s.size : null),
    () => null,
  );
  if (size === null) return [];
  const out: Array<[number, number]> = [];
  const csv = csvRecords(file, size, 64 * 1024);
  let header = true;
  for await (const { cells } of csv.records) {
    if (header) {
      header = false;
      if (
        (cells[0] ?? "")
          .replace(/^\uFEFF/, "")
          .trim()
          .toLowerCase() !== "start time"
      )
        return [];
      continue;
    }
    const m = ROW_TIME.exec((cells[0] ?? "").trim());
    const wall = m ? wallClockMs(day, m[1]!) : null;
    if (m && wall !== null) out.push([wall - offsetMs(m[2]!), offsetMs(m[2]!)]);
    if (out.length >= MAX_ROWS) break;
  }
  return out;
}

/**
 * The user's clock beside a session file (`Fit/All Sessions/<file>.json`): a function from an instant (epoch ms) to its
 * wall time on the user's clock (read as UTC), as the export's 15-minute CSV of that day writes it (`Fit/Daily activity
 * metrics/<day>.csv`, or `Daily Aggregations/`: the offset of the row the instant falls in, "07:15:00.000+01:00"); null
 * for an instant whose day has no such file (a session file imported alone, a day with no 15-minute CSV). A file unreadable
 * or of another shape is no clock.
 */
export function googleFitClock(sessionFile: string): (utc: number) => Promise<number | null> {
  const fit = dirname(dirname(sessionFile));
  const days = new Map<string, Array<[number, number]>>();
  const offsetsOf = async (day: string) => {
    let rows = days.get(day);
    if (!rows) {
      rows = await rowOffsets(join(fit, "Daily activity metrics", `${day}.csv`)).catch(() => []);
      if (!rows.length) rows = await rowOffsets(join(fit, "Daily Aggregations", `${day}.csv`)).catch(() => []);
      days.set(day, rows);
    }
    return rows;
  };
  /** The offset at `utc` by the file of `day`, or null. */
  const offsetBy = async (day: string, utc: number) => {
    const rows = await offsetsOf(day);
    if (!rows.length) return null;
    let offset = rows[0]![1];
    for (const [at, o] of rows) if (at <= utc) offset = o;
    return offset;
  };
  return async (utc) => {
    const first = await offsetBy(new Date(utc).toISOString().slice(0, 10), utc);
    if (first === null) return null;
    // (the day on the user's clock may be the next or the one before: its own file says the offset then)
    const day = new Date(utc + first).toISOString().slice(0, 10);
    const own = day === new Date(utc).toISOString().slice(0, 10) ? first : await offsetBy(day, utc);
    return utc + (own ?? first);
  };
}
