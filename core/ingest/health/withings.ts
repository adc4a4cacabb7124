/**
 * Withings' data export (the Withings app's Profile → Settings → "Download my data", or the web dashboard's: a ZIP of
 * CSVs, unzipped; withings-export.ts tells its files), read as notes of the user's, a day a note (format `note`, said by
 * the user; the file's format `withings`), keyed `withings:day:2026-10-14`, titled "Withings, Wednesday 14 October 2026",
 * an app's day of records (`records: "day"`), whose paragraphs, in time order, are worded as Fitbit's, Garmin's and
 * Oura's days are (record-words.ts, fitbit-words.ts):
 * - each weigh-in of `weight.csv` (`Date,"Weight (kg)","Fat mass (kg)","Bone mass (kg)","Muscle mass (kg)","Hydration
 *   (kg)",Comments`; "(lb)" in an account set to pounds): "On Thursday 1 October I weighed 95.8 kg at 07:02 (body fat
 *   31.1%, fat mass 29.8 kg, muscle mass 62.8 kg, bone mass 3.2 kg, body water 45.8 kg). I noted: "…"." (the masses to a
 *   tenth in the header's unit, body fat the fat mass's share of the weight, the comment the user typed), named
 *   `weight <Date>`;
 * - each reading of `bp.csv` (`Date,"Heart rate",Systolic,Diastolic,Comments`): "On Wednesday 14 October at 07:06 my blood
 *   pressure was 139/88 mmHg, with a pulse of 71 bpm. I noted: "…"." (mmHg and bpm), a pulse alone (a watch's or a
 *   scale's) "… my heart rate was 56 bpm.", named `bp <Date>`;
 * - each night of `sleep.csv` (`from,to,"light (s)","deep (s)","rem (s)","awake (s)","wake up","Duration to sleep
 *   (s)","Duration to wake up (s)","Snoring (s)","Snoring episodes","Average heart rate","Heart rate (min)","Heart rate
 *   (max)"`, its first seven columns named in the account's language and read by their place), in the note of the evening
 *   it began: "Slept 7 hours 41 minutes on the night of Saturday 10 October, 23:04 to 07:19 (deep 1 hour 48 minutes, light
 *   4 hours 22 minutes, REM 1 hour 31 minutes, awake 34 minutes). I woke up 2 times, it took me 14 minutes to fall asleep
 *   and 6 minutes to get up, and my heart rate averaged 58 bpm (51 to 79 bpm)." (asleep: light, deep and REM together;
 *   snoring told when measured), a sleep begun from 09:00 to 19:00 a nap, a night with no stages measured not told;
 *   named `sleep <from>`;
 * - each activity of `activities.csv` (`from,to,"from (manual)","to (manual)",Timezone,"Activity type",Data,GPS,
 *   Modified`, `Data` a JSON object): "Walked 9.4 km in 2 hours 35 minutes on Sunday 18 October, 10:48–13:23 (12,930
 *   steps, average heart rate 104 bpm, 612 calories burned)." (the activity said as Fitbit's are, `distance` in metres,
 *   `steps`, `hr_average`, `calories`; from `from` to `to`), named `activity <from>`;
 * - `aggregates_steps.csv` and `aggregates_calories_earned.csv` (`date,value`): "On Saturday 7 November I took 12,408
 *   steps.", "On Saturday 7 November I burned 412 active calories.", named `steps <date>` and `active calories <date>`;
 * - `height.csv` (`Date,"Height (m)",Comments`, or "(in)" written "5' 10.0''"): "On Tuesday 22 September my height was
 *   measured at 1.78 m.", named `height <Date>`; `manual_spo2.csv` (`date,value`): "On Thursday 30 July at 08:43 my blood
 *   oxygen (SpO2) was 98%.", named `spo2 <date>`.
 * Not depended on: `from (manual)` and `to (manual)`, `Data`'s `manual_distance`, `manual_calories`, `pause_duration` and
 * `elevation`, and sleep.csv's "Night events" (no public export shows them filled or says their units).
 *
 * Keys: a file tells its own records' days, so a day's note gathers the paragraphs of several files (the same
 * conversation); importing the export again adds nothing, a later export adds the days new since, and a day whose words
 * changed (its steps counted since) supersedes what was remembered of it (its paragraph's name is the same). A row
 * written twice in a row (a weigh-in a scale's sync wrote twice) is told once. Times: weight.csv's, bp.csv's,
 * height.csv's and manual_spo2.csv's "2026-10-14 07:12:33" are the user's clock with no zone; sleep.csv's and
 * activities.csv's "2026-10-10T23:04:00+01:00" are told on the clock they are written with; both read as UTC, the user's
 * clock, as every reader keeps it.
 *
 * Checked against public readers of the export and their fixtures: jorgenlt/withings-data-reader's `public/data`, a
 * whole export as Health Mate wrote it (README.txt's list of files and units, "Weight (kg)", "(bpm)", "(mmHg)",
 * "(meters)"; weight.csv's and bp.csv's quoted "YYYY-MM-DD HH:MM:SS", newest first, a weigh-in written twice, a pulse
 * without pressures; sleep.csv's columns, "Night events" among them, its ISO times with their offset, the stages
 * summing to the time in bed; activities.csv's columns and `Data`'s keys; aggregates_*.csv, manual_spo2.csv and
 * height.csv; the raw_* samples), the wall clock confirmed by its ECG's time with its offset; qcri/tasrif's
 * withings_dataset.py (the sleep stages in seconds, "Height (in)" written "5' 10.0''"); a Go importer's and a
 * migration plan's readings of real exports (bp.csv's Comments, "Weight (lb)" and its masses in pounds, activities'
 * "Running"); biopsykit's and course scripts' readings of German and Spanish sleep.csv (`von,bis,"leicht (s)"`,
 * `de,a,"ligero (s)"`, the other columns English).
 *
 * Passed over, said why (withings-export.ts `withingsPassedOver`): README.txt, the raw_* samples, the other day totals,
 * signal.csv and other.csv, note.csv, pwv.csv, and the account's files.
 */
import { stat } from "node:fs/promises";
import { caloriesWords, effortWords, type FitbitSleep, heartRateWords, type Sport, sleepDay, sleepWords, spanWords, sportNamed } from "./fitbit-words.js";
import { type WithingsKind, withingsKindOf, withingsPassedOver } from "./withings-export.js";
import { wallClockMs } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, csvRecords, headerColumns } from "../kit/csv-records.js";
import { clausesSentence, clockOf, dayNoteTitle, dayTotalsWords, dayWords, durationWords, quotedEnd, stepsClause, weighedClause } from "../kit/record-words.js";
import { type DayTurn, ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";
import { HeldNotes, nothingToTell } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";

export { withingsKindOf, withingsPassedOver } from "./withings-export.js";

/** Most characters of one record: an activity's GPS cell may hold its track. */
const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/** A record as read: its cells by column (a name as the header writes it, any case) or by place, and how to refuse one. */
interface Row {
  /** The cell of `column` (a name, or a place from 0), trimmed; "" when empty or absent. */
  cell(column: string | number): string;
  /** The header's name of `column` as written ("Weight (kg)"), for an error. */
  name(column: string | number): string;
  /** @throws ImportError naming the file, the line and `column`: `value` is not what `expected` says */
  fail(column: string | number, value: unknown, expected: string): never;
}

/** A time of weight.csv, bp.csv, height.csv, manual_spo2.csv ("2026-10-14 07:12:33"), or sleep.csv's and activities.csv's ("2026-10-10T23:04:00+01:00"). */
const TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** The wall time (ms, read as UTC) at `column`: the clock it is written on, its offset left aside; null when the cell is empty. */
function timeAt(row: Row, column: string | number): number | null {
  const v = row.cell(column);
  if (!v) return null;
  const m = TIME.exec(v);
  const wall = m ? wallClockMs(m[1]!, m[2]!) : null;
  if (!m || wall === null) row.fail(column, v, 'no time: expected one as Withings writes it, "2026-10-14 07:12:33" or "2026-10-10T23:04:00+01:00"');
  return wall;
}

/** The day at `column` ("2026-10-14"), or null when the cell is empty. */
function dayAt(row: Row, column: string | number): string | null {
  const v = row.cell(column);
  if (!v) return null;
  return wallClockMs(v, "12:00") !== null ? v : row.fail(column, v, 'no day: expected one as Withings writes it, "2026-10-14"');
}

/** The number at `column` ("95.80", "139", "31.614"), or null when the cell is empty. */
function numberAt(row: Row, column: string | number, expected: string): number | null {
  const v = row.cell(column);
  if (!v) return null;
  return /^-?\d+(?:\.\d+)?$/.test(v) ? Number(v) : row.fail(column, v, `no number: expected ${expected}`);
}

/** A paragraph of the user's note at the wall time `at`, with its Withings metadata. */
function turnOf(name: string, at: number, text: string, withings: Record<string, unknown>): ParsedTurn {
  return { externalId: name, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { withings } };
}

/** The user's comment as a sentence after a record's: ` I noted: "Before coffee."` ("" with none). */
function noted(comment: string): string {
  return comment ? ` I noted: ${quotedEnd(comment)}` : "";
}

/** The wall time's day ("2026-10-14"). */
function dayOf(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

/** A mass to a tenth in `unit`: "29.8 kg". */
function mass(n: number, unit: string): string {
  return `${Number(n.toFixed(1))} ${unit}`;
}

/** The unit of a header's column "Weight (kg)" → "kg" (its words in the brackets, lower-cased). */
function unitOf(name: string): string {
  return /\(([^)]+)\)\s*$/.exec(name)?.[1]?.trim().toLowerCase() ?? "";
}

/** The column of `columns` whose name opens with `prefix` (lower-cased), or null. */
function columnOpening(columns: CsvColumns, prefix: string): string | null {
  for (const name of columns.keys()) if (name.startsWith(prefix)) return name;
  return null;
}

/** A weigh-in's paragraph (see the module's docs), or null for a row with no weight. */
function weightOf(row: Row, columns: CsvColumns): DayTurn | null {
  const at = timeAt(row, 0) ?? row.fail(0, "", 'no time: expected one, "2026-10-14 07:12:33"');
  const weightColumn = columnOpening(columns, "weight (")!;
  const unit = unitOf(row.name(weightColumn));
  const kg = numberAt(row, weightColumn, `a weight in ${unit}, 95.80`);
  if (!kg) return null;
  const parts: Array<[label: string, prefix: string]> = [
    ["fat mass", "fat mass ("],
    ["muscle mass", "muscle mass ("],
    ["bone mass", "bone mass ("],
    ["body water", "hydration ("],
  ];
  const masses = parts.flatMap(([label, prefix]) => {
    const column = columnOpening(columns, prefix);
    const n = column ? numberAt(row, column, `a mass in ${unitOf(row.name(column))}, 29.12`) : null;
    return n ? [{ label, n, unit: unitOf(row.name(column!)) }] : [];
  });
  const fat = masses.find((m) => m.label === "fat mass" && m.unit === unit);
  const comment = row.cell(columnOpening(columns, "comments") ?? "comments");
  const composition = masses.map((m) => `${m.label} ${mass(m.n, m.unit)}`).join(", ");
  const clause = weighedClause({ value: kg, unit, wall: at, fat: fat ? (fat.n / kg) * 100 : null, source: composition || null });
  const text = `${dayTotalsWords(dayOf(at), [clause])}${noted(comment)}`;
  const figures = Object.fromEntries(masses.map((m) => [m.label.replace(/ (\w)/, (_, c: string) => c.toUpperCase()), m.n]));
  return {
    day: dayOf(at),
    turn: turnOf(`weight ${row.cell(0)}`, at, text, { kind: "weight", date: row.cell(0), weight: kg, unit, ...figures, comment: comment || null }),
  };
}

/** A blood-pressure reading's paragraph (see the module's docs), or null for a row with nothing measured nor said. */
function bpOf(row: Row): DayTurn | null {
  const at = timeAt(row, "date") ?? row.fail("date", "", 'no time: expected one, "2026-10-14 07:12:33"');
  const pulse = numberAt(row, "heart rate", "beats a minute, 71");
  const systolic = numberAt(row, "systolic", "mmHg, 139");
  const diastolic = numberAt(row, "diastolic", "mmHg, 88");
  const comment = row.cell("comments");
  const on = `On ${dayWords(at)} at ${clockOf(at)}`;
  const pressure = systolic && diastolic ? `my blood pressure was ${Math.round(systolic)}/${Math.round(diastolic)} mmHg` : "";
  const said = pressure
    ? `${on} ${pressure}${pulse ? `, with a pulse of ${Math.round(pulse)} bpm` : ""}.`
    : pulse
      ? `${on} my heart rate was ${Math.round(pulse)} bpm.`
      : comment
        ? `On ${dayWords(at)} at ${clockOf(at)} I took a reading.`
        : "";
  if (!said) return null;
  const withings = { kind: "bp", date: row.cell("date"), systolic, diastolic, heartRate: pulse, comment: comment || null };
  return { day: dayOf(at), turn: turnOf(`bp ${row.cell("date")}`, at, `${said}${noted(comment)}`, withings) };
}

/** A night's paragraph (see the module's docs), or null for one with no sleep measured. */
function sleepOf(row: Row): DayTurn | null {
  const from = timeAt(row, 0) ?? row.fail(0, "", 'no time: expected one, "2026-10-10T23:04:00+01:00"');
  const to = timeAt(row, 1) ?? row.fail(1, "", 'no time: expected one, "2026-10-11T07:19:00+01:00"');
  const seconds = (i: number) => numberAt(row, i, "seconds, 15720") ?? 0;
  const [light, deep, rem, awake] = [seconds(2), seconds(3), seconds(4), seconds(5)];
  const asleep = light + deep + rem;
  if (asleep < 60) return null;
  const hour = new Date(from).getUTCHours();
  const s: FitbitSleep = {
    logId: row.cell(0),
    dateOfSleep: dayOf(to),
    from,
    to,
    minutesAsleep: Math.round(asleep / 60),
    main: hour < 9 || hour >= 19,
    stages: [
      ["deep", Math.round(deep / 60)],
      ["light", Math.round(light / 60)],
      ["REM", Math.round(rem / 60)],
      ["awake", Math.round(awake / 60)],
    ],
  };
  const wakeUps = numberAt(row, 6, "a count, 2");
  const toSleep = numberAt(row, "duration to sleep (s)", "seconds, 840");
  const toGetUp = numberAt(row, "duration to wake up (s)", "seconds, 360");
  const snoring = numberAt(row, "snoring (s)", "seconds, 1500");
  const episodes = numberAt(row, "snoring episodes", "a count, 4");
  const hr = ["average heart rate", "heart rate (min)", "heart rate (max)"].map((c) => numberAt(row, c, "beats a minute, 58"));
  const took = [
    ...(toSleep && toSleep >= 60 ? [`${durationWords(toSleep)} to fall asleep`] : []),
    ...(toGetUp && toGetUp >= 60 ? [`${durationWords(toGetUp)} to get up`] : []),
  ];
  const [average, low, high] = hr;
  const clauses = [
    ...(wakeUps !== null ? [wakeUps === 0 ? "I did not wake up" : wakeUps === 1 ? "I woke up once" : `I woke up ${Math.round(wakeUps)} times`] : []),
    ...(took.length ? [`it took me ${took.join(" and ")}`] : []),
    ...(snoring && snoring >= 60 ? [`I snored for ${durationWords(snoring)}${episodes ? ` (${Math.round(episodes)} episodes)` : ""}`] : []),
    ...(average ? [`my heart rate averaged ${Math.round(average)} bpm${low && high ? ` (${Math.round(low)} to ${Math.round(high)} bpm)` : ""}`] : []),
  ];
  const slept = sleepWords(s);
  const nap = slept.startsWith("Napped");
  const day = sleepDay(s);
  // (a night is told at its bedtime, or at its evening's last minute when that was after midnight: "the night of Saturday 10 October" is the 10th's)
  const at = nap ? from : Math.min(from, Date.parse(`${day}T23:59:00Z`));
  const withings = { kind: nap ? "nap" : "sleep", from: row.cell(0), to: row.cell(1), light, deep, rem, awake, wakeUps, toSleep, toGetUp, snoring };
  return { day, turn: turnOf(`sleep ${row.cell(0)}`, at, `${slept}${clausesSentence(clauses)}`, { ...withings, heartRate: average }) };
}

/** How an activity Fitbit's words do not name is said: one word as a thing done ("Did fencing"), more words quoted. */
function sportOf(name: string): Sport {
  const said = name.trim();
  return sportNamed(said) ?? { none: /\s/.test(said) ? `Did "${said}"` : `Did ${said.toLowerCase() || "an activity"}` };
}

/** `Data`'s number `key` (its JSON's), or null when absent or no number. */
function dataNumber(data: Record<string, unknown>, key: string): number | null {
  const v = data[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

/** An activity's paragraph (see the module's docs). */
function activityOf(row: Row): DayTurn {
  const from = timeAt(row, "from") ?? row.fail("from", "", 'no start: expected a time, "2026-10-18T10:48:00+01:00"');
  const to = timeAt(row, "to") ?? from;
  const raw = row.cell("data");
  let data: Record<string, unknown> = {};
  if (raw) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {}
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
      row.fail("data", raw, 'no JSON object: expected one as Withings writes it, {"calories":612,"steps":12930,"distance":9412,…}');
    data = parsed as Record<string, unknown>;
  }
  const type = row.cell("activity type") || "Other";
  const metres = dataNumber(data, "distance");
  const steps = dataNumber(data, "steps");
  const hr = dataNumber(data, "hr_average");
  const calories = dataNumber(data, "calories");
  const seconds = Math.max(0, (to - from) / 1000);
  const distance = metres && metres > 0 ? (metres >= 1000 ? { value: metres / 1000, unit: "km" } : { value: metres, unit: "m" }) : null;
  const extras = [
    ...(steps && steps > 0 ? [`${Math.round(steps).toLocaleString("en-GB")} steps`] : []),
    ...(hr && hr > 0 ? [heartRateWords(hr)] : []),
    ...(calories && calories > 0 ? [caloriesWords(calories)] : []),
  ];
  const text = `${effortWords(sportOf(type), distance, seconds)} on ${dayWords(from)}, ${spanWords(from, to, false)}${extras.length ? ` (${extras.join(", ")})` : ""}.`;
  const withings = { kind: "activity", type, from: row.cell("from"), to: row.cell("to"), seconds, metres, steps, averageHeartRate: hr, calories };
  return { day: dayOf(from), turn: turnOf(`activity ${row.cell("from")}`, from, text, withings) };
}

/** A height as said: "1.78 m", "178 cm", "5 ft 10 in" (Withings' "5' 10.0''"); null when the cell says none. */
function heightWords(row: Row, column: string): string | null {
  const v = row.cell(column);
  if (!v) return null;
  const unit = unitOf(row.name(column));
  const feet = /^(\d+)'\s*(\d+(?:\.\d+)?)(?:''|")?$/.exec(v);
  if (feet) return `${feet[1]} ft ${Math.round(Number(feet[2]))} in`;
  const n = numberAt(row, column, "a height, 1.78");
  return n ? `${Number(n.toFixed(2))} ${unit}` : null;
}

/** A record of a `date,value` file or height.csv (see the module's docs), or null when it says nothing. */
function dailyOf(row: Row, kind: WithingsKind, columns: CsvColumns): DayTurn | null {
  if (kind === "height") {
    const at = timeAt(row, 0) ?? row.fail(0, "", 'no time: expected one, "2026-09-22 06:58:40"');
    const column = columnOpening(columns, "height (")!;
    const said = heightWords(row, column);
    const text = said ? `On ${dayWords(at)} my height was measured at ${said}.` : null;
    return text ? { day: dayOf(at), turn: turnOf(`height ${row.cell(0)}`, at, text, { kind, date: row.cell(0), height: row.cell(column) }) } : null;
  }
  if (kind === "spo2") {
    const at = timeAt(row, "date") ?? row.fail("date", "", 'no time: expected one, "2026-07-30 08:43:54"');
    const value = numberAt(row, "value", "a percentage, 98");
    const text = `On ${dayWords(at)} at ${clockOf(at)} my blood oxygen (SpO2) was ${value}%.`;
    return value ? { day: dayOf(at), turn: turnOf(`spo2 ${row.cell("date")}`, at, text, { kind, date: row.cell("date"), value }) } : null;
  }
  const day = dayAt(row, "date") ?? row.fail("date", "", 'no day: expected one as Withings writes it, "2026-10-14"');
  const value = numberAt(row, "value", kind === "steps" ? "a count of steps, 12408" : "kilocalories, 412.56");
  if (!value || value <= 0) return null;
  const clause = kind === "steps" ? stepsClause(value) : `I burned ${Math.round(value).toLocaleString("en-GB")} active calories`;
  const name = `${kind === "steps" ? "steps" : "active calories"} ${day}`;
  return { day, turn: turnOf(name, Date.parse(`${day}T12:00:00Z`), dayTotalsWords(day, [clause]), { kind, day, value }) };
}

/** A CSV's record as a {@link Row}: a column by its lower-cased name or its place. */
function csvRow(file: string, line: number, cells: string[], columns: CsvColumns, header: string[]): Row {
  const index = (column: string | number) => (typeof column === "number" ? column : columns.get(column));
  return {
    cell: (column) => {
      const at = index(column);
      return at === undefined ? "" : typeof column === "number" ? (cells[at] ?? "").trim() : cellOf(cells, columns, column);
    },
    name: (column) => header[index(column) ?? -1]?.trim() ?? String(column),
    fail: (column, value, expected) => {
      throw new ImportError(file, `line ${line}`, `${header[index(column) ?? -1]?.trim() ?? String(column)} ${describeValue(value)} is ${expected}`);
    },
  };
}

/**
 * Reads `file`, a file of Withings' export (told by `start`, its first KiBs: withings-export.ts `withingsKindOf`), as
 * notes of the user's (format `note`, said by the user, speaker "User", `records: "day"`): a note per day (externalId
 * `withings:day:2026-10-14`, title "Withings, Wednesday 14 October 2026") holding the file's paragraphs of that day (see
 * the module's docs), each in time order, given once the file is read (or sooner past held-notes.ts's bound; a day met
 * again adds to the same note). Turn metadata `{ withings: { kind, date | from | day, … } }`: a record's figures as read,
 * its comment.
 * @throws ImportError naming the file, the line and the column: a time or a day that is none (`line 4: Date
 *   "14/10/2026 07:12" is no time: expected one as Withings writes it, …`), a mass, pressure, count or duration that is no
 *   number, a `Data` cell that is no JSON object; a stray quote or invalid UTF-8 (csv-records.ts). A file of the export
 *   that is not read (README.txt, raw_hr_hr.csv, signal.csv …) says why, "the note has no text: …" (a folder passes it
 *   over: `withingsPassedOver`); so does a file with nothing to tell (a header alone), and a file that is none of
 *   Withings' says what was expected.
 */
export async function* parseWithings(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const aside = withingsPassedOver(file);
  if (aside) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${aside}`);
  const kind = withingsKindOf(start, file);
  if (!kind)
    throw new ImportError(
      file,
      "line 1",
      'not a file of Withings\' export: expected weight.csv, bp.csv, sleep.csv, activities.csv or height.csv by its header (`Date,"Weight (kg)",…`, `Date,"Heart rate",Systolic,Diastolic,Comments` …), or aggregates_steps.csv, aggregates_calories_earned.csv or manual_spo2.csv (`date,value`)',
    );
  const size = (await stat(file)).size;
  const held = new HeldNotes({ records: "day" });
  const csv = csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress);
  let header: string[] | null = null;
  let columns: CsvColumns = new Map();
  let items = 0;
  let told = 0;
  let last = "";
  for await (const { cells, line } of csv.records) {
    if (!header) {
      header = cells.map((c) => c.replace(/^\uFEFF/, ""));
      columns = headerColumns(header);
      continue;
    }
    items++;
    const row = csvRow(file, line, cells, columns, header);
    const record =
      kind === "weight"
        ? weightOf(row, columns)
        : kind === "bp"
          ? bpOf(row)
          : kind === "sleep"
            ? sleepOf(row)
            : kind === "activities"
              ? activityOf(row)
              : dailyOf(row, kind, columns);
    // (a row written twice in a row, as a scale's sync sometimes writes a weigh-in, is told once)
    const same = record ? `${record.turn.externalId}\n${record.turn.text}` : "";
    if (!record || same === last) continue;
    last = same;
    told++;
    yield* held.add(`withings:day:${record.day}`, dayNoteTitle("Withings", record.day), record.turn);
  }
  yield* held.given();
  if (!told) await nothingToTell(file, "a Withings file", items, "a weight, a reading, a night, an activity or a day's total");
}
