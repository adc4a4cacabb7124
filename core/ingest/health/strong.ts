/**
 * Strength-training logs as the gym apps export them, a row per set (format `strong`):
 * - Strong (Settings → Export Strong Data: `strong.csv`; Android's `strong<digits>.csv`). Its dialects, told by the
 *   header: the iOS export's `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,
 *   Workout Notes,RPE` (its weight and distance in the app's unit, which the file does not say: said as numbers
 *   alone; `Duration` "1h 6m", "55m", "38min"; a 2025 file has no Notes columns); the Android export's
 *   `Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout
 *   Notes;Workout Duration` (a unit on each row, "lbs", "kg" or none; "mi." for a distance); the newer
 *   `"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance
 *   (meters)";"Seconds";"Notes";"Workout Notes"`, every cell quoted (the unit in the header's names); `,` or `;` between
 *   cells. `Date` "2026-10-12 18:02:00", the workout's start on the phone's clock with no zone (read as UTC, as every
 *   reader keeps the user's clock), the same on each of its rows. `Set Order` the set's number, or its tag in its
 *   place: "W" a warm-up, "D" a drop set, "F" to failure; "Rest Timer" a row of the rest taken (its `Seconds`: passed
 *   over), "Note" a row of the exercise's note alone. `Notes` the exercise's note on its first row (the newer export:
 *   on its Note row), `Workout Notes` the workout's (on its first row, or on every row); `RPE` "8", "9.5" or empty.
 * - Hevy (Settings → Export & Import Data → Export workouts: `workout_data.csv`): `"title","start_time","end_time",
 *   "description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps",
 *   "distance_km","duration_seconds","rpe"` (`weight_lbs` and `distance_miles` for an imperial account), newest workout
 *   first; `start_time` "5 Dec 2025, 11:37" (or "02 Jul 2025, 17:56") with no zone; `set_type` "normal", "warmup",
 *   "failure" or "dropset"; `weight_kg` empty for a body-weight set; `description` and `exercise_notes` on every row
 *   of their workout and exercise (a line break kept inside the quotes); `superset_id` a number shared by the exercises
 *   of a superset.
 * A workout's rows are together in either file; an exercise's sets follow each other (a new one begins when the name
 * changes, or Hevy's `set_index` starts again at 0).
 *
 * Each workout is a paragraph of the user's note of its day (format `note`, `records: "day"`), keyed
 * `strong:day:2026-10-12` whichever app logged it and titled "Hevy, Monday 12 October 2026" (or "Strong, …"), named
 * `workout <its start to the minute> <its name>` (" #2" for a second with both the same), so importing the file again adds
 * nothing, a later export adds only the workouts new since, and a workout Hevy took in from Strong's export (its import
 * reads Strong's CSV) is the paragraph Strong's was, said in the later file's words. Worded by strong-words.ts: "Did the
 * workout "Legs" in Hevy on Monday 12 October, 18:02 to 19:14 (1 hour 12 minutes). Squat (Barbell): warm-ups 20 kg × 10
 * and 60 kg × 5, then 3 sets of 107.5 kg × 5 (RPE 8, 8.5 and 9); a personal best: my heaviest Squat (Barbell) so far, up
 * from 105 kg. …". A personal best is an exercise's heaviest set above every earlier one in the file (warm-ups aside; an
 * assisted exercise's weight, the help taken, never), found in a first read of the file, Hevy writing it newest first.
 *
 * Checked against real exports and public readers of them: Strong's iOS files (LinusJacobsson/Strong-Data-Visualization
 * 2022, 7o1234/workout-thing 2023 with notes on an exercise's first row and a workout's, shreybirmiwal/strong-stats 2025
 * with its "Rest Timer" rows, "10.0" reps, "264h 1m", harrig12/strong's "38min", SebastienRdgs/stronger's French
 * headers (not read: its columns are named in French)); the Android export (dstanek/lifting 2018 "lbs" on each row,
 * camster811/Strong-Workout-Analyzer's RPE "9.5" and workout notes); the newer quoted export (matias-ceau/biovector's
 * `strong7386152350820285603.csv`: "W" rows, a workout note on every row; DaKheera47/strong-statistics' sample of
 * September 2025; mtanzim/vis-strong-go's fixtures) and Strong's help article on set tags (Warm-up, Drop Set, Failure
 * shown in place of the set's number); Hevy's files (TonyTromp/HevyConnect's workouts.csv, newest first, "5 Dec 2025,
 * 11:37", empty weights of pull-ups; DaKheera47/strong-statistics' sample_hevy.csv with "warmup", "failure", RPE "9.5",
 * a multi-line exercise note), an imperial header (multiplex55/Multi_Hevy_Workout_Dashboard's README, weight_lbs and
 * distance_miles) and Hevy's public API's set types (normal, warmup, dropset, failure).
 */
import { stat } from "node:fs/promises";
import { type CsvColumns, cellOf, csvRecords } from "../kit/csv-records.js";
import { dayNoteTitle } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { type ExerciseDone, type PersonalBest, type SetDone, type SetKind, type Workout, bestSet, noteLine, setLogged, workoutWords } from "./strong-words.js";

/** Most characters of one CSV record: an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 64 * 1024;

/** Most sets (rows) of one workout held while it is read: a file whose workout goes on past them is refused. */
export const MAX_WORKOUT_ROWS = 20_000;

/** The columns every Strong export has, and every Hevy export. */
const STRONG_NEEDS = ["Date", "Workout Name", "Exercise Name", "Set Order"] as const;
const HEVY_NEEDS = ["title", "start_time", "exercise_title", "set_type"] as const;

/** Which app's export a header is, and the character between its cells. */
export interface StrongHeader {
  app: "Strong" | "Hevy";
  delimiter: "," | ";";
}

/** The cells of a header line split at `delimiter`, quotes and spaces around each dropped. */
function cellsOf(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .trim(),
  );
}

/**
 * Which app's workout export a file's start (its text) is, by its header's cells (a byte order mark dropped): Strong's
 * when it names Date, Workout Name, Exercise Name and Set Order, Hevy's when it names title, start_time, exercise_title
 * and set_type; the delimiter "," or ";", whichever the header is split by. Null for any other file.
 */
export function strongHeaderOf(start: string): StrongHeader | null {
  const text = start.replace(/^\uFEFF/, "");
  const line = text.slice(0, text.search(/\r|\n|$/));
  for (const delimiter of [",", ";"] as const) {
    const cells = new Set(cellsOf(line, delimiter));
    if (STRONG_NEEDS.every((c) => cells.has(c))) return { app: "Strong", delimiter };
    if (HEVY_NEEDS.every((c) => cells.has(c))) return { app: "Hevy", delimiter };
  }
  return null;
}

/** Whether a file's start is Strong's or Hevy's workout export (see {@link strongHeaderOf}). */
export function isStrongCsv(start: string): boolean {
  return strongHeaderOf(start) !== null;
}

/** The first column of `names` the header has, or undefined. */
function firstOf(columns: CsvColumns, ...names: string[]): string | undefined {
  return names.find((n) => columns.has(n));
}

/** A unit of weight as the files write it ("kg", "kgs", "lbs", "lb"), or null. */
function weightUnit(text: string): "kg" | "lb" | null {
  const t = text.trim().toLowerCase();
  return /^kgs?$/.test(t) ? "kg" : /^lbs?$/.test(t) ? "lb" : null;
}

/** A unit of distance as the files write it ("km", "mi.", "miles", "meters"), as said ("km", "mi", "m"), or null. */
function distanceUnit(text: string): string | null {
  const t = text.trim().toLowerCase().replace(/\.$/, "");
  if (t === "km" || t === "kilometers" || t === "kilometres") return "km";
  if (t === "mi" || t === "miles" || t === "mile") return "mi";
  if (t === "m" || t === "meters" || t === "metres") return "m";
  if (t === "ft" || t === "feet") return "ft";
  if (t === "yd" || t === "yards") return "yd";
  return null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A wall time (epoch ms, read as UTC) of the parts given, or null when they are no date. */
function wallOf(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(t);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? t : null;
}

/** Strong's time, "2026-10-12 18:02:00" (the seconds, or a "T", as some write it): its wall time, or null. */
function strongTime(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  return m ? wallOf(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)) : null;
}

/** Hevy's time, "12 Oct 2026, 18:02" ("02 Jul 2025, 17:56"; the month's name in English, whole or cut to three letters): its wall time, or null. */
function hevyTime(text: string): number | null {
  const m = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1;
  return month ? wallOf(+m[3]!, month, +m[1]!, +m[4]!, +m[5]!, +(m[6] ?? 0)) : null;
}

/** Strong's workout length, "1h 12m", "48m", "38min", "21s", "1h" (s), or null when empty or none of those. */
function strongDuration(text: string): number | null {
  const t = text.trim();
  if (!t || !/^(?:\d+\s*(?:h|min|m|s)\s*)+$/i.test(t)) return null;
  let seconds = 0;
  for (const [, n, unit] of t.matchAll(/(\d+)\s*(h|min|m|s)/gi)) seconds += Number(n) * ({ h: 3600, min: 60, m: 60, s: 1 }[unit!.toLowerCase()] ?? 0);
  return seconds;
}

/** A workout as it is read: its key (its rows' shared cells), its first line, its workout number (Strong's newer export) and its rows' exercises. */
interface Read {
  key: string;
  line: number;
  written: string;
  workout: Workout;
  number: string | null;
  rows: number;
}

/**
 * The workouts of `file` in the file's order, each when its rows end (held one at a time).
 * @throws ImportError naming the file and the line: a time that is none as the app writes it, a number that is none, a
 *   workout of more than {@link MAX_WORKOUT_ROWS} rows, and the CSV's own faults (csv-records.ts)
 */
async function* workoutsOf(file: string, header: StrongHeader, onProgress?: ReadOptions["onProgress"]): AsyncGenerator<Read> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, onProgress, false, header.delimiter);
  const hevy = header.app === "Hevy";
  let columns: CsvColumns | null = null;
  let current: Read | null = null;
  let exercise: ExerciseDone | null = null;
  let lastIndex = -1;
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      columns = new Map(cells.map((c, i) => [c.replace(/^\uFEFF/, "").trim(), i]));
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const cols: CsvColumns = columns;
    const cell = (name: string | undefined) => (name ? cellOf(cells, cols, name) : "");
    /** The number in `name`, null when empty. */
    const num = (name: string | undefined): number | null => {
      const text = cell(name);
      if (!text) return null;
      const n = Number(header.delimiter === ";" && /^-?\d+,\d+$/.test(text) ? text.replace(",", ".") : text);
      if (!Number.isFinite(n)) throw new ImportError(file, `line ${line}`, `${name} ${JSON.stringify(text)}: expected a number, "102.5", or nothing`);
      return n;
    };

    const startColumn = hevy ? "start_time" : "Date";
    const written = cell(startColumn);
    const start = hevy ? hevyTime(written) : strongTime(written);
    if (start === null)
      throw new ImportError(
        file,
        `line ${line}`,
        `${startColumn} ${JSON.stringify(written)}: expected a time as ${header.app} writes it, ${hevy ? '"12 Oct 2026, 18:02"' : '"2026-10-12 18:02:00"'}`,
      );
    const name = cell(hevy ? "title" : "Workout Name").replace(/\s+/g, " ");
    const number = hevy ? null : cell("Workout #") || null;
    const key = hevy ? [written, cell("end_time"), name, cell("description")].join("\u0000") : [number ?? "", written, name].join("\u0000");
    if (!current || current.key !== key) {
      if (current) yield current;
      let seconds: number | null = null;
      if (hevy) {
        const end = hevyTime(cell("end_time"));
        seconds = end !== null && end > start ? (end - start) / 1000 : null;
      } else {
        const inSeconds = firstOf(cols, "Duration (sec)");
        seconds = inSeconds ? num(inSeconds) : strongDuration(cell(firstOf(cols, "Duration", "Workout Duration")));
      }
      const note = noteLine(cell(hevy ? "description" : "Workout Notes"));
      current = { key, line, written, number, rows: 0, workout: { app: header.app, name, start, seconds, exercises: [], note: note || null } };
      exercise = null;
      lastIndex = -1;
    }
    if (++current.rows > MAX_WORKOUT_ROWS)
      throw new ImportError(file, `line ${line}`, `more than ${MAX_WORKOUT_ROWS.toLocaleString("en-GB")} sets in one workout`);
    const w = current.workout;
    // (the workout's note on any of its rows: Strong's newer export writes it on each, the iOS export on the first)
    if (!w.note) w.note = noteLine(cell(hevy ? "description" : "Workout Notes")) || null;

    const exerciseName = cell(hevy ? "exercise_title" : "Exercise Name").replace(/\s+/g, " ");
    const order = hevy ? "" : cell("Set Order");
    if (!hevy && (/^rest timer$/i.test(order) || /^rest timer$/i.test(exerciseName))) continue;
    const index = hevy ? num("set_index") : null;
    const anew = !exercise || exercise.name !== exerciseName || (hevy && index === 0 && lastIndex >= 0);
    if (anew) {
      exercise = { name: exerciseName, sets: [], note: null, superset: hevy ? cell("superset_id") || null : null };
      w.exercises.push(exercise);
    }
    lastIndex = index ?? -1;
    const note = noteLine(cell(hevy ? "exercise_notes" : "Notes"));
    if (note && exercise!.note !== note) exercise!.note = exercise!.note && !hevy ? `${exercise!.note} ${note}` : note;
    if (!hevy && /^note$/i.test(order)) continue;

    const weightColumn = firstOf(cols, "weight_kg", "weight_lbs", "Weight (kg)", "Weight (kgs)", "Weight (lbs)", "Weight (lb)", "Weight");
    const unit =
      weightColumn === "Weight" ? weightUnit(cell("Weight Unit")) : weightColumn ? weightUnit(/(kgs?|lbs?)\)?$/.exec(weightColumn)?.[1] ?? "") : null;
    const distanceColumn = firstOf(cols, "distance_km", "distance_miles", "Distance (meters)", "Distance (km)", "Distance (miles)", "Distance");
    const distanceValue = num(distanceColumn);
    const distanceUnitSaid =
      distanceColumn === "Distance"
        ? distanceUnit(cell("Distance Unit"))
        : distanceColumn
          ? distanceUnit(/(?:_|\()(\w+)\)?$/.exec(distanceColumn)?.[1] ?? "")
          : null;
    const kind: SetKind = hevy ? hevyKind(cell("set_type")) : strongKind(order);
    const set: SetDone = {
      kind,
      weight: num(weightColumn),
      unit,
      reps: num(firstOf(cols, "reps", "Reps")),
      rpe: num(firstOf(cols, "rpe", "RPE")) || null,
      seconds: num(firstOf(cols, "duration_seconds", "Seconds")),
      distance: distanceValue !== null ? { value: distanceValue, unit: distanceUnitSaid } : null,
    };
    if (setLogged(set)) exercise!.sets.push(set);
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not ${header.app}'s workout export`);
  if (current) yield current;
}

/** Hevy's `set_type` as a kind of set ("warmup", "dropset", "failure"; anything else a normal set). */
function hevyKind(type: string): SetKind {
  const t = type.trim().toLowerCase();
  return t === "warmup" || t === "dropset" || t === "failure" ? t : "normal";
}

/** Strong's `Set Order` as a kind of set: "W" a warm-up, "D" a drop set, "F" to failure; a number (or anything else) a normal set. */
function strongKind(order: string): SetKind {
  const o = order.trim().toUpperCase();
  return o === "W" ? "warmup" : o === "D" ? "dropset" : o === "F" ? "failure" : "normal";
}

/** A weight in kg, to compare weights written in either unit (a weight with no unit as it is). */
function inKg(weight: number, unit: "kg" | "lb" | null): number {
  return unit === "lb" ? weight * 0.45359237 : weight;
}

/** Whether an exercise's weight is help taken, not a load (Strong's and Hevy's "Pull Up (Assisted)", "Assisted Dip"): no personal best of its weight. */
function assisted(name: string): boolean {
  return /\bassist/i.test(name);
}

/** A workout's paragraph name: its start to the minute and its name. */
function paragraphOf(w: Workout): string {
  return `workout ${new Date(w.start).toISOString().slice(0, 16).replace("T", " ")} ${w.name}`;
}

/**
 * The personal bests of `file`'s workouts: by the workout's place in the file (1 for its first) and exercise, the
 * heaviest weight it had been lifted at before (in that workout's unit), for each exercise whose heaviest set is above
 * every earlier one in the file, in time order (the first time an exercise is done is no best). A first read of the
 * whole file, holding each exercise's heaviest set of each workout as numbers.
 */
async function personalBests(file: string, header: StrongHeader): Promise<Map<number, Map<string, PersonalBest>>> {
  const heaviest = new Map<string, Array<{ at: number; kg: number; weight: number; unit: "kg" | "lb" | null; nth: number }>>();
  let nth = 0;
  for await (const { workout } of workoutsOf(file, header)) {
    nth++;
    const seen = new Set<string>();
    for (const e of workout.exercises) {
      const best = bestSet(e.sets);
      if (!best || assisted(e.name) || seen.has(e.name)) continue;
      seen.add(e.name);
      const list = heaviest.get(e.name) ?? [];
      heaviest.set(e.name, list);
      list.push({ at: workout.start, kg: inKg(best.weight!, best.unit), weight: best.weight!, unit: best.unit, nth });
    }
  }
  const out = new Map<number, Map<string, PersonalBest>>();
  for (const [exercise, list] of heaviest) {
    list.sort((a, b) => a.at - b.at);
    let top: (typeof list)[number] | null = null;
    for (const item of list) {
      if (top && item.kg > top.kg + 1e-9) {
        const before = item.unit === top.unit ? top.weight : item.unit === "lb" ? top.kg / 0.45359237 : top.kg;
        const bests = out.get(item.nth) ?? new Map<string, PersonalBest>();
        out.set(item.nth, bests);
        bests.set(exercise, { before, unit: item.unit });
      }
      if (!top || item.kg > top.kg) top = item;
    }
  }
  return out;
}

/**
 * Reads `file`, Strong's or Hevy's workout export (its start `start`, as detect.ts read it), as notes of the user's
 * records (format `note`, said by the user, speaker "User", `records: "day"`): a note per day (externalId
 * `strong:day:2026-10-12`, title "Hevy, Monday 12 October 2026"), a workout a paragraph in time order (see the module's
 * docs), named `workout <its start to the minute> <its name>`; held to the file's end (held-notes.ts; given sooner past
 * its bound, the same key). The file is read twice: its personal bests first. Turn metadata: `{ line, strong: { app,
 * start, workoutNumber?, name, seconds, note, exercises: [{ name, note, superset, sets: [{ kind, weight, unit, reps,
 * rpe, seconds, distance }] }], personalBests: [exercise names] } }`.
 * @throws ImportError naming the file and where: a header that is neither app's (`line 1`); a workout's time that is
 *   none as the app writes it, a number that is none (`line 7: Weight "heavy": expected a number, "102.5", or
 *   nothing`), at its row's line and by its column; the CSV's own faults (an unclosed or stray quote, a record over
 *   {@link MAX_RECORD_CHARS} characters) at the line csv-parse stopped at; invalid UTF-8 at its line and byte. A file
 *   with no workout says why, "the note has no text: …" (a folder passes it over, saying so).
 */
export async function* parseStrong(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const header = strongHeaderOf(start);
  if (!header)
    throw new ImportError(
      file,
      "line 1",
      `not a workout export of Strong or Hevy: expected Strong's header "${STRONG_NEEDS.join(",")},…" or Hevy's "${HEVY_NEEDS.join(",")},…"`,
    );
  const bests = await personalBests(file, header);
  const notes = new HeldNotes({ records: "day" });
  const named = new Map<string, number>();
  let read = 0;
  // (the nth workout of the file, as the first read counted them)
  for await (const { line, written, number, workout } of workoutsOf(file, header, opts.onProgress)) {
    const paragraph = paragraphOf(workout);
    const n = (named.get(paragraph) ?? 0) + 1;
    named.set(paragraph, n);
    const pbs = bests.get(read + 1) ?? new Map<string, PersonalBest>();
    const day = new Date(workout.start).toISOString().slice(0, 10);
    read++;
    yield* notes.add(`strong:day:${day}`, dayNoteTitle(workout.app, day), {
      externalId: `${paragraph}${n > 1 ? ` #${n}` : ""}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: workout.start,
      text: workoutWords(workout, pbs),
      metadata: {
        line,
        strong: {
          app: workout.app,
          start: written,
          ...(number ? { workoutNumber: number } : {}),
          name: workout.name,
          seconds: workout.seconds,
          note: workout.note,
          exercises: workout.exercises,
          personalBests: [...pbs.keys()],
        },
      },
    });
  }
  if (!read) throw new ImportError(file, "line 1", `${NO_TEXT}: a ${header.app} workout export with no workouts`);
  yield* notes.given();
}
