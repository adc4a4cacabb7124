/**
 * The files of a habit tracker's export, told apart (habits.ts reads them): Loop Habit Tracker's CSV export (Android;
 * Settings → Export as CSV: `Loop Habits CSV 2026-11-30.zip`, unzipped) and HabitBull's CSV export. Loop's ZIP holds:
 *
 * - `Habits.csv`, the habits: `Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,
 *   Unit,Target Type,Target Value,Archived?` (Loop 2.3.1 and later), `Position,Name,Question,Description,NumRepetitions,
 *   Interval,Color` (2.0 to 2.3.0), `Position,Name,Description,NumRepetitions,Interval,Color` (1.x, whose Description is
 *   the habit's question); opencsv's CSVWriter quotes a cell only when it holds a comma, a quote or a line break;
 * - `Checkmarks.csv`, every habit's day: `Date,` then each habit's name and a comma, then a row per day, the export's day
 *   first, back to the oldest box ticked, a comma after every cell: `2026-11-30,YES_MANUAL,6000,UNKNOWN,` (2.3.1 and
 *   later: YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN, a measurable habit's amount times 1000) or `2015-01-25,2,-1,`
 *   (before: the same values as numbers, 2, 1, 0, 3, -1);
 * - `Scores.csv`: the same header, each habit's strength on the day (`0.2557`), computed from the checkmarks;
 * - a folder per habit, `001 Meditate/` (the habit's position, then its name with all but letters, digits, spaces and
 *   `._-` dropped), holding its `Checkmarks.csv` (`Date,Value,Notes`, the days Loop knows a value of, newest first, with
 *   the note typed on the day; before 2.3.1 no header and no notes, `2015-01-25,2`) and its `Scores.csv` (`Date,Score`;
 *   before 2.3.1 no header).
 *
 * HabitBull's export is one CSV, `HabitName,HabitDescription,HabitCategory,CalendarDate,Value,CommentText`, a row per
 * habit and day, each habit's days together: `Breed dragons,with love and fire,Diet & Food,2016-03-18,1,text`, the day
 * "2016-03-18" or "11/5/2020" (month first), the value 1 (done), 0 (not) or a count.
 *
 * Checked against Loop's source (github.com/iSoron/uhabits: HabitsCSVExporter.kt and HabitList.writeCSV at 2.3.1, 2.2.0
 * and 2.0.3, HabitsCSVExporter.java and HabitList.java at 1.8.12 and 1.7.11, Entry.formattedValue, added at 2.3.1) and
 * its test export (uhabits-core/assets/test/csv_export, before and after 2.3.1); HabitBull's against Loop's importer of
 * it (HabitBullCSVImporter.kt: the header it asks for, the cells it reads by place, the day's formats) and the four
 * HabitBull exports it is tested on (uhabits-core/assets/test/habitbull*.csv). Loop 2.0.0 to 2.0.3 wrote each day's value
 * in Checkmarks.csv as `Entry(timestamp=…, value=2)`, a comma inside: that file is not told as Loop's.
 */
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { headerCells } from "../kit/csv-records.js";

/** What a file of a habit tracker's export is: Loop's habits, its every habit's days, one habit's days and notes, its scores; HabitBull's export. */
export type HabitsKind = "loop-habits" | "loop-checkmarks" | "loop-habit-checkmarks" | "loop-scores" | "habitbull";

/** A day's value as Loop writes it in a checkmarks file: its name (2.3.1 and later) or a number (a measurable habit's amount times 1000 too). */
export const LOOP_VALUE = /^(?:YES_MANUAL|YES_AUTO|NO|SKIP|UNKNOWN|-?\d+)$/;

/** A score as Loop writes it ("%.4f"). */
const SCORE = /^-?\d+\.\d{4}$/;

/** A day as Loop writes it ("yyyy-MM-dd"). */
export const LOOP_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A habit's folder of Loop's export: its position in three digits, then its name ("001 Meditate"; "001" for a name of no letter kept). */
export const LOOP_HABIT_FOLDER = /^(\d{3})(?: (.*))?$/;

/** Why Loop's scores are not read, in words. */
export const SCORES_PASSED_OVER =
  "Loop Habit Tracker's habit scores (each habit's strength, computed from its checkmarks: the days themselves are read from Checkmarks.csv)";

/** The first lines of `start` whole (a line cut at the start's end is left out, but the first). */
function wholeLines(start: string): string[] {
  const lines = start.replace(/^\uFEFF/, "").split(/\r?\n/);
  return lines.length > 1 ? [lines[0]!, ...lines.slice(1, -1)] : lines;
}

/** Whether `file` is in a habit's folder of Loop's export ("001 Meditate/") whose parent holds the export's Habits.csv or Checkmarks.csv. */
function inLoopHabitFolder(file: string): boolean {
  const folder = dirname(file);
  if (!LOOP_HABIT_FOLDER.test(basename(folder))) return false;
  const root = dirname(folder);
  return existsSync(join(root, "Habits.csv")) || existsSync(join(root, "Checkmarks.csv"));
}

/**
 * What `file` is of a habit tracker's export, told by `start` (its first KiB or more) whatever its name, else null:
 * - "habitbull": a header opening "HabitName,HabitDescription,HabitCategory" (what Loop's importer asks for);
 * - "loop-habits": a header opening "Position,Name" that names "Color" and "FrequencyNumerator" or "NumRepetitions";
 * - "loop-checkmarks" and "loop-scores": a header "Date," then names, ending in a comma, and a first row of a day
 *   ("2026-11-30,") whose values are Loop's checkmarks' (YES_MANUAL …, numbers) or its scores ("0.2557"); a header
 *   alone by the file's name, Checkmarks.csv or Scores.csv;
 * - "loop-habit-checkmarks": a header "Date,Value,Notes" and a first row of a day and a checkmark's value, or a header
 *   alone in a habit's folder ("001 Meditate/Checkmarks.csv"); a header "Date,Score" is "loop-scores"; before 2.3.1 a
 *   habit's Checkmarks.csv and Scores.csv have no header, told by their place ({@link inLoopHabitFolder}) and first row.
 */
export function habitsKindOf(start: string, file: string): HabitsKind | null {
  const [header = "", row] = wholeLines(start);
  if (/^HabitName,HabitDescription,HabitCategory(?:,|$)/.test(header)) return "habitbull";
  const cells = headerCells(header);
  if (cells[0] === "Position" && cells[1] === "Name" && cells.includes("Color") && (cells.includes("FrequencyNumerator") || cells.includes("NumRepetitions")))
    return "loop-habits";
  const name = basename(file).toLowerCase();
  const values = row?.split(",") ?? [];
  const dated = values.length > 1 && LOOP_DAY.test(values[0]!);
  if (header === "Date,Value,Notes")
    return (dated && LOOP_VALUE.test(values[1]!)) || (row === undefined && inLoopHabitFolder(file)) ? "loop-habit-checkmarks" : null;
  if (header === "Date,Score") return (dated && SCORE.test(values[1]!)) || (row === undefined && inLoopHabitFolder(file)) ? "loop-scores" : null;
  if (cells[0] === "Date" && cells.length >= 2 && header.endsWith(",")) {
    if (row === undefined || !row.trim()) return name === "checkmarks.csv" ? "loop-checkmarks" : name === "scores.csv" ? "loop-scores" : null;
    const days = values.slice(1, -1);
    if (!dated || values.at(-1) !== "" || !days.length) return null;
    if (days.every((v) => LOOP_VALUE.test(v))) return "loop-checkmarks";
    if (days.every((v) => SCORE.test(v))) return "loop-scores";
    return null;
  }
  // (a habit's files before 2.3.1: no header, "2015-01-25,2" and "2015-01-25,0.2557", by their place)
  if ((name === "checkmarks.csv" || name === "scores.csv") && inLoopHabitFolder(file)) {
    const first = header.split(",");
    if (first.length !== 2 || !LOOP_DAY.test(first[0]!)) return null;
    if (name === "checkmarks.csv" && LOOP_VALUE.test(first[1]!)) return "loop-habit-checkmarks";
    if (name === "scores.csv" && SCORE.test(first[1]!)) return "loop-scores";
  }
  return null;
}

/**
 * Why `file` is passed over unread, in words, when it is Loop's scores by its place: a `Scores.csv` beside the export's
 * Habits.csv, or in a habit's folder of it ("001 Meditate/Scores.csv"); null for any other file. (Scores told by their
 * content elsewhere are refused by the reader with the same words.)
 */
export function habitsPassedOver(file: string): string | null {
  if (basename(file) !== "Scores.csv") return null;
  return existsSync(join(dirname(file), "Habits.csv")) || inLoopHabitFolder(file) ? SCORES_PASSED_OVER : null;
}
