/**
 * Samsung Health's data export (Samsung Health → Settings → Download personal data: a folder
 * `samsunghealth_<account>_<YYYYMMDDHHMMSS>/` of CSVs; samsunghealth-export.ts tells its files), read as notes of the
 * user's, a day a note (format `note`, said by the user; the file's format `samsunghealth`), keyed
 * `samsunghealth:day:2026-10-14`, titled "Samsung Health, Wednesday 14 October 2026", an app's day of records
 * (`records: "day"`), whose paragraphs, in time order, are worded as Fitbit's, Garmin's and Withings' days are
 * (record-words.ts, fitbit-words.ts):
 * - each day of `com.samsung.shealth.tracker.pedometer_day_summary` (`day_time`, the day's UTC midnight in epoch ms or
 *   "2026-10-14 00:00:00.000"; `step_count`): "On Saturday 17 October I took 14,862 steps.", the most of the day's rows
 *   (one per device and one merged: never summed), named `steps <day>`;
 * - each night of `com.samsung.shealth.sleep` (`start_time`, `end_time`, `sleep_duration` in minutes, `sleep_score`), in
 *   the note of the evening it began: "Slept 7 hours 32 minutes on the night of Friday 23 October, 23:18 to 07:05 (sleep
 *   score 82).", a sleep begun from 09:00 to 19:00 a nap; the time asleep is `sleep_duration`, else the span; named
 *   `sleep <datauuid>`;
 * - each weigh-in of `com.samsung.health.weight` (`start_time`, `weight` in kg, `body_fat` in %): "On Monday 2 November I
 *   weighed 78.4 kg at 07:12 (body fat 24.1%).", named `weight <datauuid>`;
 * - each workout of `com.samsung.shealth.exercise` (`exercise_type` Samsung's number: 1001 walking, 1002 running, 11007
 *   cycling, 13001 hiking, 14001 swimming, another "Worked out"; `duration` in ms, `distance` in metres,
 *   `mean_heart_rate`, `calorie` in kcal): "Ran 10.2 km in 56 minutes 12 seconds (5:30 per km) on Sunday 11 October,
 *   07:32–08:28 (average heart rate 158 bpm, 690 calories burned).", named `exercise <datauuid>`;
 * - each reading of `com.samsung.shealth.blood_pressure` (`systolic`, `diastolic` in mmHg, `pulse`): "On Wednesday 21
 *   October at 08:04 my blood pressure was 128/82 mmHg, with a pulse of 66 bpm.", named `bp <datauuid>`.
 * A column is found by its name after the last dot, so `com.samsung.health.exercise.start_time` and `start_time` alike
 * (an export mixes both). Every row ends with a comma (an empty cell more than the header), passed over.
 *
 * Times: "2026-10-14 06:12:33.000" is UTC; the row's `time_offset` ("UTC+0100", "UTC-0500") gives the user's clock then,
 * read as UTC as every reader keeps it (none: UTC). Keys: a row's `datauuid` (else its start), the steps by their day, so
 * importing the export again adds nothing, a later export adds what is new, and a day whose steps grew supersedes what
 * was remembered of it.
 *
 * Checked against public readers of real exports and their fixtures, by their text (no export of Samsung's own is
 * public): a schema reference written from a 2026 export (line 1 `table_name,id,count`, the trailing comma, each table's
 * columns and units: pedometer_day_summary's `day_time` in epoch ms, `distance` in metres, `active_time` in ms; weight's
 * plain `start_time` and `weight` in kg; blood pressure's namespaced `systolic`, `diastolic`, `pulse`; exercise's
 * `duration` in ms); a migration plan's quirks "confirmed on the real export" (`com.samsung.shealth.tracker.
 * pedometer_day_summary,7006003,7`, the type told by the first line not the name, long and short names mixed, the row's
 * `time_offset`, `sleep_duration` in minutes (05:15→11:13 = 358), exercise's distance in metres, a day's rows per
 * `deviceuuid` never summed, `binning_data` cells pointers into `jsons/`); a Kotlin importer "validated against real
 * exports 2017–2026" (UTC times with `time_offset`, several rows a day, the most taken); Samsung's Predefined Exercise
 * Type table (1001 Walking, 1002 Running; 11007 cycling, 13001 and 14001 as public readers map them). Not read:
 * `com.samsung.shealth.tracker.heart_rate` (a sample every few minutes: hundreds of numbers a day, no words) and the
 * other tables (samsunghealth-export.ts `samsungPassedOver`), `jsons/`'s binned data.
 */
import { stat } from "node:fs/promises";
import { caloriesWords, effortWords, type FitbitSleep, heartRateWords, type Sport, sleepDay, sleepWords, spanWords, sportNamed } from "./fitbit-words.js";
import { samsungKindOf, samsungPassedOver, samsungTypeOf, type SamsungKind } from "./samsunghealth-export.js";
import { csvRecords } from "../kit/csv-records.js";
import { clockOf, dayNoteTitle, dayTotalsWords, dayWords, stepsClause, weighedClause } from "../kit/record-words.js";
import { type DayTurn, ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";
import { HeldNotes, nothingToTell } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";

export { samsungPassedOver, samsungTypeOf } from "./samsunghealth-export.js";

/** Most characters of one record: a workout's cells hold pointers and short lists, not its samples. */
const MAX_RECORD_CHARS = 1024 * 1024;

/** Samsung's exercise types (Predefined Exercise Type), as Fitbit's activities are named (fitbit-words.ts). */
const EXERCISES: Readonly<Record<string, string>> = { "1001": "walking", "1002": "running", "11007": "cycling", "13001": "hiking", "14001": "swimming" };

/** A record as read: its cells by column (the name after the header's last dot), and how to refuse one. */
interface Row {
  /** The cell of `column` ("start_time"), trimmed; "" when empty or absent. */
  cell(column: string): string;
  /** @throws ImportError naming the file, the line and `column`: `value` is not what `expected` says */
  fail(column: string, value: unknown, expected: string): never;
}

/** A time as Samsung writes it, "2026-10-14 06:12:33.000" (UTC). */
const TIME = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.\d{1,3})?$/;

/** The user's clock at `column` (ms, read as UTC): the UTC time plus the row's `time_offset`; null when the cell is empty. */
function wallAt(row: Row, column: string): number | null {
  const v = row.cell(column);
  if (!v) return null;
  const m = TIME.exec(v);
  const utc = m ? Date.parse(`${m[1]}T${m[2]}Z`) : Number.NaN;
  if (!m || Number.isNaN(utc)) row.fail(column, v, 'no time: expected one as Samsung Health writes it, "2026-10-14 06:12:33.000"');
  const offset = row.cell("time_offset");
  if (!offset) return utc;
  const o = /^UTC([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (!o) return row.fail("time_offset", offset, 'no offset: expected one as Samsung Health writes it, "UTC+0100"');
  return utc + (o[1] === "-" ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) * 60_000;
}

/** The number at `column` ("78.4", "1509060"), or null when the cell is empty. */
function numberAt(row: Row, column: string, expected: string): number | null {
  const v = row.cell(column);
  if (!v) return null;
  return /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(v) ? Number(v) : row.fail(column, v, `no number: expected ${expected}`);
}

/** The wall time's day ("2026-10-14"). */
function dayOf(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

/** A paragraph of the user's note at the wall time `at`, with its Samsung Health metadata. */
function turnOf(name: string, at: number, text: string, samsung: Record<string, unknown>): ParsedTurn {
  return { externalId: name, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { samsunghealth: samsung } };
}

/** A row's key: its `datauuid`, else the start as written. */
function idOf(row: Row): string {
  return row.cell("datauuid") || row.cell("start_time");
}

/** The start of a row that must have one. */
function startOf(row: Row): number {
  return wallAt(row, "start_time") ?? row.fail("start_time", "", 'no time: expected one, "2026-10-14 06:12:33.000"');
}

/** The pedometer's day and count of a row, or null for one with no steps. */
function stepsOf(row: Row): { day: string; steps: number } | null {
  const v = row.cell("day_time");
  const day = /^\d{10,}$/.test(v) ? dayOf(Number(v)) : /^\d{4}-\d{2}-\d{2}(?: 00:00:00(?:\.0+)?)?$/.test(v) ? v.slice(0, 10) : "";
  if (!day || Number.isNaN(Date.parse(`${day}T12:00:00Z`)))
    row.fail("day_time", v, 'no day: expected one as Samsung Health writes it, its midnight in ms (1791072000000) or "2026-10-14 00:00:00.000"');
  const steps = numberAt(row, "step_count", "a count of steps, 14862");
  return steps && steps > 0 ? { day, steps } : null;
}

/** A night's paragraph (see the module's docs), or null for one with no sleep. */
function sleepOf(row: Row): DayTurn | null {
  const from = startOf(row);
  const to = wallAt(row, "end_time") ?? row.fail("end_time", "", 'no time: expected one, "2026-10-15 06:05:00.000"');
  const duration = numberAt(row, "sleep_duration", "minutes, 452");
  const minutes = duration && duration > 0 ? Math.round(duration) : Math.round((to - from) / 60_000);
  if (minutes < 1) return null;
  const hour = new Date(from).getUTCHours();
  const s: FitbitSleep = { logId: idOf(row), dateOfSleep: dayOf(to), from, to, minutesAsleep: minutes, main: hour < 9 || hour >= 19, stages: [] };
  const score = numberAt(row, "sleep_score", "a score, 82");
  const text = sleepWords(s).replace(/\.$/, score ? ` (sleep score ${Math.round(score)}).` : ".");
  const samsung = { kind: "sleep", datauuid: row.cell("datauuid") || null, start: row.cell("start_time"), end: row.cell("end_time"), minutes, score };
  return { day: sleepDay(s), turn: turnOf(`sleep ${idOf(row)}`, from, text, samsung) };
}

/** A weigh-in's paragraph, or null for a row with no weight. */
function weightOf(row: Row): DayTurn | null {
  const at = startOf(row);
  const kg = numberAt(row, "weight", "a weight in kg, 78.4");
  if (!kg || kg <= 0) return null;
  const fat = numberAt(row, "body_fat", "a percentage, 24.1");
  const text = dayTotalsWords(dayOf(at), [weighedClause({ value: kg, unit: "kg", wall: at, fat })]);
  return {
    day: dayOf(at),
    turn: turnOf(`weight ${idOf(row)}`, at, text, {
      kind: "weight",
      datauuid: row.cell("datauuid") || null,
      start: row.cell("start_time"),
      weight: kg,
      bodyFat: fat,
    }),
  };
}

/** How a Samsung exercise type is said: Fitbit's words for the ones known, "Worked out" else. */
function sportOf(type: string): Sport {
  const name = EXERCISES[type];
  return (name ? sportNamed(name) : null) ?? { none: "Worked out" };
}

/** A workout's paragraph (see the module's docs). */
function exerciseOf(row: Row): DayTurn {
  const from = startOf(row);
  const type = row.cell("exercise_type");
  const ms = numberAt(row, "duration", "milliseconds, 3372000") ?? 0;
  const to = wallAt(row, "end_time") ?? from + ms;
  const metres = numberAt(row, "distance", "metres, 10230");
  const hr = numberAt(row, "mean_heart_rate", "beats a minute, 158");
  const kcal = numberAt(row, "calorie", "kilocalories, 690");
  const distance =
    metres && metres > 0
      ? metres >= 1000 && !EXERCISES[type]?.startsWith("swim")
        ? { value: metres / 1000, unit: "km" }
        : { value: metres, unit: "m" }
      : null;
  const extras = [...(hr && hr > 0 ? [heartRateWords(hr)] : []), ...(kcal && kcal > 0 ? [caloriesWords(kcal)] : [])];
  const text = `${effortWords(sportOf(type), distance, ms / 1000)} on ${dayWords(from)}, ${spanWords(from, to, false)}${extras.length ? ` (${extras.join(", ")})` : ""}.`;
  const samsung = {
    kind: "exercise",
    datauuid: row.cell("datauuid") || null,
    start: row.cell("start_time"),
    exerciseType: type,
    activity: EXERCISES[type] ?? null,
    seconds: ms / 1000,
    metres,
    averageHeartRate: hr,
    calories: kcal,
  };
  return { day: dayOf(from), turn: turnOf(`exercise ${idOf(row)}`, from, text, samsung) };
}

/** A blood-pressure reading's paragraph, or null for a row with no pressures. */
function bpOf(row: Row): DayTurn | null {
  const at = startOf(row);
  const systolic = numberAt(row, "systolic", "mmHg, 128");
  const diastolic = numberAt(row, "diastolic", "mmHg, 82");
  const pulse = numberAt(row, "pulse", "beats a minute, 66");
  if (!systolic || !diastolic) return null;
  const text = `On ${dayWords(at)} at ${clockOf(at)} my blood pressure was ${Math.round(systolic)}/${Math.round(diastolic)} mmHg${pulse ? `, with a pulse of ${Math.round(pulse)} bpm` : ""}.`;
  return {
    day: dayOf(at),
    turn: turnOf(`bp ${idOf(row)}`, at, text, {
      kind: "bp",
      datauuid: row.cell("datauuid") || null,
      start: row.cell("start_time"),
      systolic,
      diastolic,
      pulse,
    }),
  };
}

/** A CSV's record as a {@link Row}: a column by its name after the header's last dot. */
function csvRow(file: string, line: number, cells: string[], columns: Map<string, number>): Row {
  return {
    cell: (column) => {
      const at = columns.get(column);
      return at === undefined ? "" : (cells[at] ?? "").trim();
    },
    fail: (column, value, expected) => {
      throw new ImportError(file, `line ${line}`, `${column} ${describeValue(value)} is ${expected}`);
    },
  };
}

/** A header's columns by their names after the last dot (`com.samsung.health.exercise.start_time` → `start_time`), the first of a name kept. */
function columnsOf(header: string[]): Map<string, number> {
  const columns = new Map<string, number>();
  header.forEach((c, i) => {
    const name = c.trim().toLowerCase().split(".").at(-1)!;
    if (name && !columns.has(name)) columns.set(name, i);
  });
  return columns;
}

/** The paragraph of a row of `kind` but steps (those are gathered by the day). */
function toldOf(kind: Exclude<SamsungKind, "steps">, row: Row): DayTurn | null {
  return kind === "sleep" ? sleepOf(row) : kind === "weight" ? weightOf(row) : kind === "exercise" ? exerciseOf(row) : bpOf(row);
}

/**
 * Reads `file`, a table of Samsung Health's export (told by `start`, its first KiBs: its first line's type,
 * samsunghealth-export.ts `samsungTypeOf`), as notes of the user's (format `note`, said by the user, speaker "User",
 * `records: "day"`): a note per day (externalId `samsunghealth:day:2026-10-14`, title "Samsung Health, Wednesday 14
 * October 2026") holding the file's paragraphs of that day (see the module's docs), in time order, given once the file is
 * read (or sooner past held-notes.ts's bound). Turn metadata `{ samsunghealth: { kind, datauuid | day, start, … } }`.
 * @throws ImportError naming the file, the line and the column: a time that is none (`line 3: start_time "14/10/2026" is
 *   no time: expected one as Samsung Health writes it, …`), an offset, a day or a number that is none; a stray quote or
 *   invalid UTF-8 (csv-records.ts). A table of the export that is not read (the heart rate's samples, the profile …) or a
 *   file of `jsons/` says why, "the note has no text: …" (a folder passes it over: `samsungPassedOver`); so does a table
 *   with nothing to tell; a file that is none of Samsung Health's says what was expected.
 */
export async function* parseSamsungHealth(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const aside = samsungPassedOver(file);
  if (aside) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${aside}`);
  const type = samsungTypeOf(start);
  if (!type)
    throw new ImportError(
      file,
      "line 1",
      "not a table of Samsung Health's export: expected its first line to name its data type, `com.samsung.shealth.sleep,6315005,21`",
    );
  const kind = samsungKindOf(type);
  if (!kind)
    throw new ImportError(
      file,
      "line 1",
      `${NO_TEXT}: Samsung Health's ${type} is not imported (the tables read are the pedometer's day summary, sleep, weight, exercise and blood pressure)`,
    );
  const size = (await stat(file)).size;
  const held = new HeldNotes({ records: "day" });
  const csv = csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress);
  const steps = new Map<string, number>();
  let columns: Map<string, number> | null = null;
  let typeLine = true;
  let told = 0;
  let items = 0;
  const seen = new Set<string>();
  for await (const { cells, line } of csv.records) {
    if (typeLine) {
      typeLine = false;
      continue;
    }
    if (!columns) {
      columns = columnsOf(cells.map((c) => c.replace(/^\uFEFF/, "")));
      continue;
    }
    items++;
    const row = csvRow(file, line, cells, columns);
    if (kind === "steps") {
      const day = stepsOf(row);
      if (day) steps.set(day.day, Math.max(steps.get(day.day) ?? 0, day.steps));
      continue;
    }
    const record = toldOf(kind, row);
    // (a row written twice, the same datauuid, is told once; the set holds one short key a row)
    const key = record ? `${record.turn.externalId}` : "";
    if (!record || seen.has(key)) continue;
    seen.add(key);
    told++;
    yield* held.add(`samsunghealth:day:${record.day}`, dayNoteTitle("Samsung Health", record.day), record.turn);
  }
  for (const [day, count] of steps) {
    told++;
    const turn = turnOf(`steps ${day}`, Date.parse(`${day}T12:00:00Z`), dayTotalsWords(day, [stepsClause(count)]), { kind: "steps", day, steps: count });
    yield* held.add(`samsunghealth:day:${day}`, dayNoteTitle("Samsung Health", day), turn);
  }
  yield* held.given();
  if (!told) await nothingToTell(file, "a Samsung Health table", items, "steps, a night, a weight, a workout or a reading");
}
