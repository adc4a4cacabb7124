/**
 * Peloton's workout history (the Peloton website: the profile's Workouts → Download Workouts; the file is named by the
 * account's username, `<username>_workouts.csv`): a CSV, a header and a row per workout, oldest first, streamed
 * (csv-records.ts). Its columns: `Workout Timestamp,Live/On-Demand,Instructor Name,Length (minutes),Fitness
 * Discipline,Type,Title,Class Timestamp,Total Output,Avg. Watts,Avg. Resistance,Avg. Cadence (RPM),Avg. Speed
 * (mph),Distance (mi),Calories Burned,Avg. Heartrate,Avg. Incline,Avg. Pace (min/mi)`, in kilometres for a metric
 * account (`Avg. Speed (kph)`, `Distance (km)`, `Avg. Pace (min/km)`), "(MPH)", "(miles)" and "(min/mile)" in an older
 * one. What is read:
 * - `Workout Timestamp`, "2026-10-06 06:30 (+01)": when the workout began, on the account's clock, its zone after it in
 *   brackets, an abbreviation ("(EST)", "(PDT)", "(CET)", "(BST)") or an offset ("(-05)", "(+01)"), both in one file
 *   (the app's workouts with an abbreviation, the bike's with an offset); the abbreviation is not always the season's
 *   (a public file's summer workouts say "(PST)"), so the time is told on the clock the file states, as written, read
 *   as UTC as every reader keeps the user's clock; the zone is kept in the metadata;
 * - `Live/On-Demand`: "Live", "On Demand", or nothing for a Just Ride (its title "3 min 36 sec Just Ride", no
 *   instructor, no class time) or Lanebreak; `Instructor Name` (none for a scenic ride); `Length (minutes)`, the
 *   class's length, "None" for a distance class ("5 KM Alaska Lutak Inlet Ride"), 0 for a Just Ride under a minute;
 *   `Fitness Discipline` ("Cycling", "Running", "Walking", "Strength", "Yoga", "Meditation", "Stretching", "Cardio",
 *   "Bike Bootcamp" …), `Type` ("Climb", "Power Zone", "Music", "Scenic Ride" …) and `Title` ("30 min Climb Ride",
 *   quoted when it holds a comma, "30 min XOXO, Cody");
 * - `Total Output` (kJ), `Distance` (in the header's unit), `Avg. Heartrate` (bpm, to a hundredth) and `Calories
 *   Burned`: the numbers said; `Class Timestamp` (when the class aired), `Avg. Watts`, `Avg. Resistance` ("47%"),
 *   `Avg. Cadence (RPM)`, `Avg. Speed`, `Avg. Incline` and `Avg. Pace` kept in the metadata, not said (the running
 *   columns' form was not confirmed: one reader parses the pace "10:00", another as decimal minutes).
 * A strength, yoga or stretching class has its calories and heart rate only, a meditation often neither; a ride begun
 * and left at once has its numbers 0 (none is said).
 *
 * Each workout is a paragraph of the user's note of its day on that clock (format `note`, `records: "day"`), keyed
 * `peloton:day:2026-10-06` and titled "Peloton, Tuesday 6 October 2026", worded as Fitbit's and Garmin's workouts are
 * (record-words.ts, fitbit-words.ts): "Took a 30-minute Climb ride with Denis Morton on Peloton on Tuesday 6 October at
 * 06:30 (on demand): 412 kJ output, 18.2 km, average heart rate 148 bpm, 402 calories burned."; "Took a 20-minute Slow
 * Flow yoga class with Aditi Shah …"; "Rode in Just Ride for 3 minutes 36 seconds on Peloton on …". A ride's (a run's,
 * a walk's, a row's) output above every one before it in the file of the same discipline and length is said to be a
 * personal best for that length ("521 kJ output (a personal best for a 45-minute ride)"), as Peloton's PBs are
 * by class length; the file has no such column, so it is told from the rows before, Peloton writing them oldest first.
 * A paragraph is named by its workout's time and title (`workout 2026-10-06 06:30 30 min Climb Ride`; the same minute
 * and title again numbered, " #2"), so importing the file again adds nothing and a later download adds only the
 * workouts new since.
 *
 * Checked against public readers of the file and their fixtures: a Go client's TestCsvUS and TestCsvMetric (both
 * headers; "2018-02-22 17:25 (EST)", "2020-12-15 21:18 (CET)"; "25%"), a Java service's test and the download it saved
 * (its rows oldest first, "(PDT)", meditations with no calories, stretches, strength), metrics-peloton's test ("(-06)",
 * a Lanebreak ride with no class, an empty instructor, "None" as a scenic distance ride's length), a dashboard's
 * demo_workout.csv ("(PST)" and "(-08)" in one file, Just Rides, a quoted title with a comma, a ride with its numbers 0,
 * Bike Bootcamp and Cardio rows), a SQLite importer's timestamps ("-04" and "EST"), Total Output read as kJ by two
 * dashboards, and an R reader's older header ("Avg. Speed (MPH)", "Distance (miles)", "Avg. Pace (min/mile)").
 */
import { stat } from "node:fs/promises";
import { type CsvColumns, type CsvRecord, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { caloriesWords, heartRateWords } from "./fitbit-words.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { clockOf, dayNoteTitle, dayWords, distanceWords, durationWords } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";

/** The columns that open Peloton's workouts CSV. */
export const PELOTON_COLUMNS = ["Workout Timestamp", "Live/On-Demand", "Instructor Name", "Length (minutes)", "Fitness Discipline"] as const;

/** Most characters of one CSV record: an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 64 * 1024;

/** Whether a file's start (its text) is the header of Peloton's workouts CSV: its first cells {@link PELOTON_COLUMNS}, a byte order mark dropped. */
export function isPelotonCsv(start: string): boolean {
  const cells = headerCells(start.replace(/^\uFEFF/, ""));
  return PELOTON_COLUMNS.every((c, i) => cells[i] === c);
}

/** How a discipline's class is said: the word its titles end with ("ride"), the noun said ("strength class"), and what a Just Ride (Run, Walk, Row) of it did. */
type Discipline = { word: string; noun: string; did?: string };

/** Peloton's disciplines (`Fitness Discipline`, lower-cased), as said. */
const DISCIPLINES: Readonly<Record<string, Discipline>> = {
  cycling: { word: "ride", noun: "ride", did: "Rode" },
  running: { word: "run", noun: "run", did: "Ran" },
  walking: { word: "walk", noun: "walk", did: "Walked" },
  rowing: { word: "row", noun: "row", did: "Rowed" },
  strength: { word: "strength", noun: "strength class" },
  yoga: { word: "yoga", noun: "yoga class" },
  meditation: { word: "meditation", noun: "meditation" },
  stretching: { word: "stretch", noun: "stretch" },
  cardio: { word: "cardio", noun: "cardio class" },
  "bike bootcamp": { word: "bootcamp", noun: "bike bootcamp class" },
  "tread bootcamp": { word: "bootcamp", noun: "tread bootcamp class" },
  bootcamp: { word: "bootcamp", noun: "bootcamp class" },
};

/** How `discipline` is said: looked up, else its own words a class ("Barre" → "barre class"), or "class" for none. */
function disciplineOf(discipline: string): Discipline {
  const key = discipline.trim().toLowerCase();
  return DISCIPLINES[key] ?? (key ? { word: key, noun: `${key} class` } : { word: "class", noun: "class" });
}

/** A title's class length before its name ("30 min ", "3 min 36 sec ", "23 sec "): group 1 the minutes, 2 the seconds. */
const TITLE_LENGTH = /^(?:(\d+)\s*min\s*)?(?:(\d+)\s*sec\s*)?/i;

/**
 * A class as said, from its title without its length and its discipline: the title's last word made the discipline's
 * noun when it is its word ("Climb Ride" → "Climb ride", "Full Body Strength" → "Full Body strength class"), "class"
 * after a title holding the word before its end ("Yoga Flow" → "Yoga Flow class"), else the noun after it ("Slow Flow"
 * → "Slow Flow yoga class"); the noun alone for no title.
 */
function classWords(name: string, d: Discipline): string {
  const words = name.split(/\s+/).filter(Boolean);
  if (!words.length) return d.noun;
  const plain = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, "");
  if (plain(words.at(-1)!) === d.word) return [...words.slice(0, -1), d.noun].join(" ");
  if (words.some((w) => plain(w) === d.word)) return `${words.join(" ")}${d.noun.endsWith(" class") ? " class" : ""}`;
  return `${words.join(" ")} ${d.noun}`;
}

/** "a" or "an" before `words` as said: "an" before a vowel's letter or an 8, 11 or 18 ("an 80s ride", "an 8-minute …"). */
function article(words: string): string {
  return /^(?:[aeiou]|8|1[18](?!\d))/i.test(words) ? "an" : "a";
}

/** A workout's time as Peloton writes it, "2026-10-06 06:30 (+01)": the date, the clock, the zone in brackets (none read). */
const WORKOUT_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?(?:\s*\(([^)]*)\))?$/;

/** A time as written, "2026-10-06 06:30 (+01)": its wall time (epoch ms, the clock as written read as UTC) and its zone ("+01", or null), or null when it is none. */
function timeOf(value: string): { wall: number; zone: string | null } | null {
  const m = WORKOUT_TIME.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(wall);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59) return null;
  return { wall, zone: m[7]?.trim() || null };
}

/** The file's columns by name, from its header; and the distance's unit, by the header's name for it ("Distance (km)"). */
interface Columns {
  byName: CsvColumns;
  distance: { column: string; unit: "km" | "mi" } | null;
}

/** The columns of the header record. */
function columnsOf({ cells }: CsvRecord): Columns {
  const byName: CsvColumns = new Map(cells.map((name, i) => [name.replace(/^\uFEFF/, "").trim(), i]));
  let distance: Columns["distance"] = null;
  for (const name of byName.keys()) {
    const m = /^Distance \((km|mi|miles)\)$/i.exec(name);
    if (m) distance = { column: name, unit: m[1]!.toLowerCase() === "km" ? "km" : "mi" };
  }
  return { byName, distance };
}

/** The number in `column` of `row` ("412", "148.30", "47%"), or null when empty or "None". @throws ImportError naming the line and the column: any other value. */
function numberCell(file: string, line: number, row: string[], columns: Columns, column: string | undefined): number | null {
  if (!column) return null;
  const value = cellOf(row, columns.byName, column);
  if (!value || /^none$/i.test(value)) return null;
  const m = /^-?\d+(?:\.\d+)?%?$/.test(value) ? Number(value.replace("%", "")) : Number.NaN;
  if (!Number.isFinite(m)) throw new ImportError(file, `line ${line}`, `${column} ${JSON.stringify(value)}: expected a number, "412", or nothing`);
  return m;
}

/** The column whose name `test` matches (the speed's and the pace's, named by their unit), or undefined. */
function columnLike(columns: Columns, test: RegExp): string | undefined {
  for (const name of columns.byName.keys()) if (test.test(name)) return name;
  return undefined;
}

/** The outputs of the rides (runs …) read so far, the best of each discipline and class length: a personal best is above it. */
type Bests = Map<string, number>;

/**
 * Reads `file`, Peloton's workouts CSV (its start `start`, as detect.ts read it), as notes of the user's records (format
 * `note`, said by the user, speaker "User", `records: "day"`): a note per day on the file's clock (externalId
 * `peloton:day:2026-10-06`, title "Peloton, Tuesday 6 October 2026"), a workout a paragraph in time order (see the
 * module's docs), named `workout <its time as written, without its zone> <its title>`; held to the file's end
 * (held-notes.ts; given sooner past its bound, the same key). Turn metadata: `{ line, peloton: { workoutTimestamp, zone,
 * liveOrOnDemand, instructor, lengthMinutes, discipline, type, title, classTimestamp, totalOutput, avgWatts,
 * avgResistance, avgCadence, avgSpeed, distance: { value, unit }, calories, avgHeartRate, avgIncline, avgPace,
 * personalBest } }` (those the row has).
 * @throws ImportError naming the file and where: a header that is not Peloton's (`line 1`); a Workout Timestamp that is
 *   no time as Peloton writes it, or a number that is none (`line 7: Total Output "abc": expected a number, "412", or
 *   nothing`), at its row's line and by its column; the CSV's own faults (an unclosed or stray quote, a record over
 *   {@link MAX_RECORD_CHARS} characters) at the line csv-parse stopped at; invalid UTF-8 at its line and byte. A file
 *   with no workout says why, "the note has no text: …" (a folder passes it over, saying so).
 */
export async function* parsePeloton(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  if (!isPelotonCsv(start)) throw new ImportError(file, "line 1", `not Peloton's workouts CSV: expected its header "${PELOTON_COLUMNS.join(",")},…"`);
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new HeldNotes({ records: "day" });
  const bests: Bests = new Map();
  // (the ids of the minute last read: the same minute and title again is another workout, numbered)
  let minute = "";
  const inMinute = new Map<string, number>();
  let columns: Columns | null = null;
  let read = 0;
  for await (const record of csv.records) {
    if (!columns) {
      columns = columnsOf(record);
      continue;
    }
    const { cells, line } = record;
    if (cells.every((c) => !c.trim())) continue;
    const cell = (column: string) => cellOf(cells, columns!.byName, column);
    const num = (column: string | undefined) => numberCell(file, line, cells, columns!, column);
    const written = cell("Workout Timestamp");
    const time = timeOf(written);
    if (!time)
      throw new ImportError(
        file,
        `line ${line}`,
        written
          ? `Workout Timestamp ${JSON.stringify(written)}: expected a time as Peloton writes it, "2026-10-06 06:30 (+01)"`
          : 'Workout Timestamp is empty: expected a time, "2026-10-06 06:30 (+01)"',
      );
    const how = cell("Live/On-Demand");
    const instructor = cell("Instructor Name").replace(/\s+/g, " ");
    const length = num("Length (minutes)");
    const disciplineName = cell("Fitness Discipline");
    const d = disciplineOf(disciplineName);
    const title = cell("Title").replace(/\s+/g, " ");
    const output = num("Total Output");
    const distanceValue = columns.distance ? num(columns.distance.column) : null;
    const bpm = num("Avg. Heartrate");
    const kcal = num("Calories Burned");
    const lengthInTitle = TITLE_LENGTH.exec(title)!;
    const name = title.slice(lengthInTitle[0].length).trim();

    // (a personal best: above every output before it of its discipline and class length, a class's, not a Just Ride's)
    let best = false;
    if (how && output && output > 0 && length && length > 0) {
      const key = `${disciplineName.toLowerCase()}|${length}`;
      const before = bests.get(key);
      best = before !== undefined && output > before;
      if (before === undefined || output > before) bests.set(key, output);
    }
    const stats = [
      ...(output && output > 0 ? [`${Math.round(output)} kJ output${best ? ` (a personal best for a ${length}-minute ${d.noun})` : ""}`] : []),
      ...(distanceValue && distanceValue >= 0.05 && columns.distance ? [distanceWords(distanceValue, columns.distance.unit)] : []),
      ...(bpm && bpm > 0 ? [heartRateWords(bpm)] : []),
      ...(kcal && kcal > 0 ? [caloriesWords(kcal)] : []),
    ];
    const when = `on Peloton on ${dayWords(time.wall)} at ${clockOf(time.wall)}`;
    const after = stats.length ? `: ${stats.join(", ")}.` : ".";
    let text: string;
    if (!how && /^just (?:ride|run|walk|row)$/i.test(name)) {
      // (a Just Ride: no class, its time in its title, "3 min 36 sec Just Ride")
      const seconds = Number(lengthInTitle[1] ?? 0) * 60 + Number(lengthInTitle[2] ?? 0) || (length ?? 0) * 60;
      text = `${d.did ?? "Worked out"} in ${name}${seconds > 0 ? ` for ${durationWords(seconds)}` : ""} ${when}${after}`;
    } else {
      const said = `${length && length > 0 ? `${length}-minute ` : ""}${classWords(name, d)}`;
      const mode = how ? ` (${/^live$/i.test(how) ? "live" : how.toLowerCase()})` : "";
      text = `Took ${article(said)} ${said}${instructor ? ` with ${instructor}` : ""} ${when}${mode}${after}`;
    }

    const at = written.replace(/\s*\([^)]*\)\s*$/, "");
    if (at !== minute) {
      minute = at;
      inMinute.clear();
    }
    const n = (inMinute.get(title) ?? 0) + 1;
    inMinute.set(title, n);
    const day = new Date(time.wall).toISOString().slice(0, 10);
    const kept: Record<string, unknown> = { workoutTimestamp: written, zone: time.zone };
    const keep = (key: string, value: unknown) => {
      if (value !== null && value !== "") kept[key] = value;
    };
    keep("liveOrOnDemand", how);
    keep("instructor", instructor);
    keep("lengthMinutes", length);
    keep("discipline", disciplineName);
    keep("type", cell("Type"));
    keep("title", title);
    keep("classTimestamp", cell("Class Timestamp"));
    keep("totalOutput", output);
    keep("avgWatts", num("Avg. Watts"));
    keep("avgResistance", num("Avg. Resistance"));
    keep("avgCadence", num("Avg. Cadence (RPM)"));
    keep("avgSpeed", num(columnLike(columns, /^Avg\. Speed \(/i)));
    if (distanceValue !== null && columns.distance) kept.distance = { value: distanceValue, unit: columns.distance.unit };
    keep("calories", kcal);
    keep("avgHeartRate", bpm);
    keep("avgIncline", num("Avg. Incline"));
    keep("avgPace", cellOf(cells, columns.byName, columnLike(columns, /^Avg\. Pace \(/i) ?? ""));
    if (best) kept.personalBest = true;
    read++;
    yield* notes.add(`peloton:day:${day}`, dayNoteTitle("Peloton", day), {
      externalId: `workout ${at} ${title}${n > 1 ? ` #${n}` : ""}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: time.wall,
      text,
      metadata: { line, peloton: kept },
    });
  }
  if (!columns) throw new ImportError(file, "line 1", "no header: not Peloton's workouts CSV");
  if (!read) throw new ImportError(file, `line ${csv.lastLine() || 1}`, `${NO_TEXT}: a Peloton workouts CSV with no workouts`);
  yield* notes.given();
}
