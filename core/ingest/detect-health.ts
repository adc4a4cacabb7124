// Health and fitness trackers' exports (and a bank's OFX or QIF download, Apple Music's export) told by a
// file's start or its place in the export, before any JSON document, page or table (detect-head.ts).
import { isOfx } from "./money/ofx.js";
import { isQif } from "./money/qif.js";
import { habitsKindOf, habitsPassedOver } from "./notes/habits-export.js";
import { applehealthPassedOver, isAppleHealthExport } from "./health/applehealth.js";
import { fitbitKindOf, fitbitPassedOver } from "./health/fitbit-export.js";
import { garminKindOf, garminPassedOver } from "./health/garmin-export.js";
import { ouraKindOf, ouraPassedOver } from "./health/oura-export.js";
import { withingsKindOf, withingsPassedOver } from "./health/withings-export.js";
import { samsungPassedOver, samsungTypeOf } from "./health/samsunghealth-export.js";
import { whoopKindOf } from "./health/whoop.js";
import { sleepCycleKindOf } from "./health/sleepcycle.js";
import { cronometerKindOf } from "./health/cronometer.js";
import { googleFitKindOf, googleFitPassedOver } from "./health/googlefit-export.js";
import { isAppleMusicFile } from "./media/applemusic-export.js";
import type { HeadFormat } from "./file-head.js";

/**
 * What a health or fitness tracker's export says a file is (Apple Health, Fitbit, Garmin, Oura, Withings, Samsung Health,
 * WHOOP, Sleep Cycle, Cronometer, Google Fit, a habit tracker), by its start whatever its name or by its place among the
 * export's files (those not read, which their readers refuse saying why); a bank's OFX or QIF download and Apple Music's
 * export too. The first of detect-head.ts `formatOfHead`'s checks of a file's start, in this order: null when none claims it.
 */
export function formatOfHealthExport(file: string, start: string): HeadFormat | null {
  // (Apple Health's export.xml, by its start whatever its name; the export's files beside it that hold no note, a route's GPX, an ECG's CSV,
  // export_cda.xml, by their place, which its reader refuses saying why rather than reading them as a note)
  if (isAppleHealthExport(start) || applehealthPassedOver(file) !== null) return "applehealth";
  // (a bank's download for Money or Quicken, whatever its name: OFX's header "OFXHEADER:100" or "<?OFX …?>", QIF's "!Type:Bank")
  if (isOfx(start) || isQif(start)) return "bank";
  // (Fitbit's export: a JSON array of its exercises, sleep logs, weigh-ins or minutes ("dateTime" : "11/14/26 08:02:00"), by its start whatever
  // its name; the export's files that are not read, heart-rate samples, calories, badges, Profile.csv, by their place, which its reader refuses saying why)
  if ((start[0] === "[" && fitbitKindOf(start, file) !== null) || fitbitPassedOver(file) !== null) return "fitbit";
  // (Garmin Connect's export: its activities, nights, daily summaries or body records, by their start whatever their names; the export's files
  // that are not read, FIT files, metrics, the profile, by their place, which its reader refuses saying why)
  if ((start[0] === "[" && garminKindOf(start, file) !== null) || garminPassedOver(file) !== null) return "garmin";
  // (Oura's export: a CSV of its App Data folder by its header, "id;" then its columns in the order of their names (or "," between them), whatever
  // its name; Oura Cloud's older JSON, {"sleep": [{"summary_date": …; the export's files that are not read, heartrate.csv, sleeptime.csv, by
  // their place, which its reader refuses saying why)
  if (ouraKindOf(start) !== null || ouraPassedOver(file) !== null) return "oura";
  // (Withings' export: weight.csv, bp.csv, sleep.csv, activities.csv and height.csv by their headers whatever their names, its day totals and
  // SpO2 readings, "date,value", by their names; the export's files that are not read, README.txt, raw_*.csv, signal.csv, by their place,
  // which its reader refuses saying why)
  if (withingsKindOf(start, file) !== null || withingsPassedOver(file) !== null) return "withings";
  // (Samsung Health's export: a table by its first line, "com.samsung.shealth.sleep,6315005,21", whatever its name; the files of its jsons/
  // folder by their place, which its reader refuses saying why)
  if (samsungTypeOf(start) !== null || samsungPassedOver(file) !== null) return "samsunghealth";
  // (WHOOP's export: physiological_cycles.csv, sleeps.csv, workouts.csv and journal_entries.csv by their headers, "Cycle start time,…", whatever
  // their names)
  if (whoopKindOf(start) !== null) return "whoop";
  // (Sleep Cycle's sleepdata.csv by its header, "Start;End;Sleep Quality;…", whatever its name)
  if (sleepCycleKindOf(start) !== null) return "sleepcycle";
  // (Cronometer's export: dailysummary.csv "Date,Energy (kcal),…", servings.csv "Day,Time,Group,Food Name,Amount,…", exercises.csv
  // "Day,Time,Group,Exercise,Minutes,Calories Burned", biometrics.csv "Day,Time,Group,Metric,Unit,Amount", notes.csv "Day,Group,Note", by their
  // headers whatever their names)
  if (cronometerKindOf(start) !== null) return "cronometer";
  // (Google Fit's Takeout: the daily activity metrics by their header, a session by its start, whatever their names; the 15-minute rows,
  // raw points and tracks by their start or place, which its reader refuses saying why)
  if (googleFitKindOf(start) !== null || googleFitPassedOver(file) !== null) return "googlefit";
  // (a habit tracker's export: Loop Habit Tracker's Habits.csv, Checkmarks.csv and a habit's own Checkmarks.csv by their headers and first rows,
  // whatever their names (a habit's before Loop 2.3.1, with no header, by its place); its scores, which its reader refuses saying why; HabitBull's CSV)
  if (habitsKindOf(start, file) !== null || habitsPassedOver(file) !== null) return "habits";
  // (Apple Music's export: Apple Music Play Activity.csv, its Daily Tracks, Recently Played Tracks, Likes and Dislikes by their headers' names, its
  // Library Tracks.json and Library Playlists.json by their first keys, whatever their names; any other file of its "Apple Music Activity" folder by
  // its place, which its reader refuses as no note, saying why)
  if (isAppleMusicFile(start, file)) return "applemusic";
  return null;
}
