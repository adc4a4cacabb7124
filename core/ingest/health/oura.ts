/**
 * Oura's data export (the membership hub's Export data, a ZIP Oura prepares on request, unzipped: `App Data/`; oura-export.ts), its
 * files read as notes of the user's, a day a note (format `note`, said by the user; the file's format `oura`), keyed
 * `oura:day:2026-10-15`, titled "Oura, Thursday 15 October 2026", an app's day of records (`records: "day"`), whose
 * paragraphs, in time order, are worded as Fitbit's and Garmin's days are (fitbit-words.ts, record-words.ts):
 * - each sleep period of `sleepmodel.csv` (`sleep.csv` in newer exports), in the note of the evening it began, "Slept 4
 *   hours 52 minutes on the night of Thursday 15 October, 00:57 to 06:31 (deep 50 minutes, light 2 hours 53 minutes, REM
 *   1 hour 9 minutes, awake 42 minutes). My sleep score was 38, my lowest resting heart rate was 64 bpm, my average HRV
 *   was 22 ms and my sleep efficiency was 87%.": `total_sleep_duration`, `deep_sleep_duration`, `light_sleep_duration`,
 *   `rem_sleep_duration` and `awake_time` (seconds), `bedtime_start` and `bedtime_end` on the clock they are written on,
 *   the night's score from `dailysleep.csv` beside it (by `day`, the day woken), `lowest_heart_rate`, `average_hrv`,
 *   `efficiency`; told at its bedtime, or at its evening's last minute (23:59) when that was after midnight, so that "the
 *   night of Thursday 15 October" is the 15th's; a nap ("sleep", "late_nap" by day) "Napped 41 minutes on Tuesday 20
 *   October, 14:12 to 14:58."; a period the app deleted (`type` "deleted") is not told; named `sleep <id>`;
 * - `dailysleep.csv` with no sleep periods beside it (else it is passed over, its scores told with their nights), each
 *   day in the note of the evening before the day woken (`day`): "My sleep score for the night of Thursday 15 October was
 *   38.", named `sleep score <day>`;
 * - `dailyreadiness.csv`: "On Monday 19 October my readiness score was 42, and my body temperature was 0.9 °C above my
 *   baseline." (`score`, `temperature_deviation`), named `readiness <day>`;
 * - `dailyactivity.csv`: "On Thursday 15 October I took 14,230 steps, I burned 520 active calories, and my activity score
 *   was 71." (`steps`, `active_calories`, `score`), named `activity <day>`;
 * - `workout.csv`: "Ran 8.1 km in 47 minutes (5:48 per km) on Saturday 31 October, 09:30–10:17 ("First run since the
 *   cold", a moderate workout, 513 calories burned, logged by hand)." (`activity`, "running", "strengthTraining", said as
 *   Fitbit's are; `distance` in metres; `label`, `intensity`, `calories`, `source`), named `workout <id>`;
 * - `enhancedtag.csv` (`tag.csv`): "Tagged caffeine on Wednesday 7 October at 16:10: Double espresso before the launch
 *   review.", a tag with a duration "starting on … and ending on …" (`start_time`, `end_time`), a custom tag by its name ("Tagged "Melatonin" …"), a note
 *   with no tag "Noted on Tuesday 13 October at 23:52: …" (`tag_type_code` Oura's code, "tag_generic_caffeine", said
 *   "caffeine"; `custom` with `custom_name`; empty for a note; `comment` the user's own words), named `tag <id>`;
 * - `dailyspo2.csv`: "On Monday 19 October my average blood oxygen (SpO2) overnight was 95.1%, and my breathing
 *   disturbance index was 12."; `dailystress.csv`: "On Thursday 15 October Oura rated my day stressful: 5 hours 10
 *   minutes of high stress and 15 minutes of recovery."; `dailyresilience.csv`: "On Monday 19 October my resilience was
 *   limited."; each named by its kind and day.
 * Oura Cloud's older JSON (the API v1's shape, `{ "sleep": [ … ], "activity": [ … ], "readiness": [ … ] }`, streamed:
 * json-paths.ts) is said alike: a sleep period (its `summary_date` the evening, `total`, `deep`, `rem`, `light`, `awake` in
 * seconds, `hr_lowest`, `rmssd`, `efficiency`, its `score` after), a day's activity (`steps`, `cal_active`, `score`) and
 * readiness (`score`, of the day after `summary_date`, as the app shows it), named as the CSVs' days are, so a later
 * export of the same days supersedes what was remembered of them.
 *
 * Keys: a file tells its own records' days, so a day's note gathers the paragraphs of several files (the same
 * conversation); importing the export again adds nothing, a later export adds the days new since, and a day whose words
 * changed (its steps grown since) supersedes what was remembered of it (its paragraph's name is the same). Times: each
 * on the clock the export writes it with ("2026-10-15T00:57:00.000+01:00": 00:57), read as UTC, the user's clock, as
 * every reader keeps it; a day "2026-10-15" is the user's own.
 *
 * Checked against public readers of the export and their fixtures: mbalesni/heavy-sleeper (the `App Data/` folder and
 * its file names, `;` between cells, JSON cells written raw, `spo2_percentage` as `{"average": …}`, durations in
 * seconds), byesamosa's notes on its parser (`day` the day woken in dailysleep.csv and sleepmodel.csv, `long_sleep`,
 * `timestamp` "2025-12-03T00:00:00.000+00:00"), two apps' tests of the real per-category CSVs (sleepmodel's and
 * dailyreadiness' columns, a `deleted` period), Cracked-Oura's reader and its fixture of a 2026 export (CRLF, `;;` for
 * nothing, the columns of enhancedtag.csv and workout.csv, newer exports' `sleep.csv`, `tag.csv`, date-suffixed names
 * and commas), MyDataHelps' pages on Oura's export fields (workout `intensity` easy/moderate/hard, `source` autodetected,
 * confirmed, manual or workout_heart_rate, "tableTennis"), Oura's API v2 schemas (EnhancedTagModel: `tag_type_code` NULL
 * for a text-only tag, `custom` with `custom_name`; PublicWorkout's distance in metres) and Oura Cloud's API v1 pages
 * (`{"sleep": [{"summary_date": …}]}`; a sleep's and a readiness' `summary_date` one day before the app's day).
 *
 * Passed over, said why (oura-export.ts `ouraPassedOver`): heartrate.csv, temperature.csv, daytimestress.csv,
 * sleeptime.csv, ringconfiguration.csv, session.csv and the export's other series and settings.
 */
import { stat } from "node:fs/promises";
import { caloriesWords, effortWords, type FitbitSleep, sleepDay, sleepWords, sportNamed, spanWords } from "./fitbit-words.js";
import { besideOf, type OuraKind, ouraHeader, ouraKindOf, ouraPassedOver } from "./oura-export.js";
import { wallClockMs } from "../../time/import-dates.js";
import { fileStart } from "../kit/file-start.js";
import { type CsvColumns, cellOf, csvRecords, headerColumns } from "../kit/csv-records.js";
import { type PathKey, streamJsonPaths } from "../kit/json-paths.js";
import { clockOf, dayNoteTitle, dayTotalsWords, dayWords, durationWords, stepsClause } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue, formatPath } from "../kit/validate.js";
import { HeldNotes, nothingToTell } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";

export { ouraKindOf, ouraPassedOver } from "./oura-export.js";

/** Most characters of one record: a day's activity holds its METs minute by minute (1,440 of them), a night its series. */
const MAX_RECORD_CHARS = 1024 * 1024;

/** A record as read: its cells by column (a CSV's, or a v1 item's values as text), where it is, and how to refuse one of its values. */
interface Row {
  /** The value of `column`, trimmed ("" when empty, absent or null). */
  cell(column: string): string;
  /** @throws ImportError naming the file and the record's place and `column`: `value` is not what `expected` says */
  fail(column: string, value: unknown, expected: string): never;
}

/** Paragraphs told, records read, and the notes gathered by day. */
interface Reading {
  file: string;
  held: HeldNotes;
  items: number;
  told: number;
}

/** A time as Oura writes it: "2026-10-15T00:57:00.000+01:00", "2026-10-03T09:00:00+01:00", "…Z", or with no zone. */
const TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?$/;

/** A time's wall clock (ms, read as UTC) and its instant (ms; the wall clock when no zone is written). */
interface Moment {
  wall: number;
  at: number;
}

/** The time at `column` (see {@link TIME}), or null when the cell is empty. */
function timeAt(row: Row, column: string): Moment | null {
  const v = row.cell(column);
  if (!v) return null;
  const m = TIME.exec(v);
  const wall = m ? wallClockMs(m[1]!, m[2]!) : null;
  if (!m || wall === null) row.fail(column, v, 'no time: expected one as Oura writes it, "2026-10-15T00:57:00.000+01:00"');
  const zone = m[3] && m[3] !== "Z" ? m[3].replace(":", "") : "+0000";
  const offset = (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000;
  return { wall, at: m[3] ? wall - offset : wall };
}

/** The day at `column` ("2026-10-15"), or null when the cell is empty. */
function dayAt(row: Row, column: string): string | null {
  const v = row.cell(column);
  if (!v) return null;
  return wallClockMs(v, "12:00") !== null ? v : row.fail(column, v, 'no day: expected one as Oura writes it, "2026-10-15"');
}

/** The number at `column` ("27060", "95.1", "-0.12"), or null when the cell is empty or "null". */
function numberAt(row: Row, column: string, expected: string): number | null {
  const v = row.cell(column);
  if (!v || v === "null" || v === "None") return null;
  return /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(v) ? Number(v) : row.fail(column, v, `no number: expected ${expected}`);
}

/** The day `days` days after `day` (-1: the day before, "2026-10-16" → "2026-10-15"). */
function dayFrom(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A paragraph of the user's note, with its Oura metadata. */
function turnOf(name: string, at: number, text: string, oura: Record<string, unknown>): ParsedTurn {
  return { externalId: name, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { oura } };
}

/** Adds `turn` to the note of `day`, yielding the notes HeldNotes gives past its bound. */
function* tell(r: Reading, day: string, turn: ParsedTurn): Generator<ParsedConversation> {
  r.told++;
  yield* r.held.add(`oura:day:${day}`, dayNoteTitle("Oura", day), turn);
}

/** A night's figures after its sleep: "My sleep score was 38, my lowest resting heart rate was 64 bpm, my average HRV was 22 ms and my sleep efficiency was 87%." ("" with none). */
function nightFigures(score: number | null, lowest: number | null, hrv: number | null, efficiency: number | null): string {
  const said = [
    ...(score ? [`my sleep score was ${Math.round(score)}`] : []),
    ...(lowest ? [`my lowest resting heart rate was ${Math.round(lowest)} bpm`] : []),
    ...(hrv ? [`my average HRV was ${Math.round(hrv)} ms`] : []),
    ...(efficiency ? [`my sleep efficiency was ${Math.round(efficiency)}%`] : []),
  ];
  if (!said.length) return "";
  const joined = said.length === 1 ? said[0]! : `${said.slice(0, -1).join(", ")} and ${said.at(-1)}`;
  return ` ${joined[0]!.toUpperCase()}${joined.slice(1)}.`;
}

/** A sleep period's paragraph and the day of its note (see the module's docs), or null for one deleted or with nothing measured. */
function sleepOf(
  row: Row,
  p: { id: string; main: boolean; score?: number | null; total: string; deep: string; light: string; rem: string; awake: string; lowest: string; hrv: string },
): { day: string; turn: ParsedTurn } | null {
  const from = timeAt(row, "bedtime_start");
  const to = timeAt(row, "bedtime_end");
  const seconds = (column: string) => numberAt(row, column, "seconds, 27060");
  const total = seconds(p.total);
  if (!from || !to || total === null || total < 60) return null;
  const stages: Array<[string, number | null]> = [
    ["deep", seconds(p.deep)],
    ["light", seconds(p.light)],
    ["REM", seconds(p.rem)],
    ["awake", seconds(p.awake)],
  ];
  const s: FitbitSleep = {
    logId: p.id,
    dateOfSleep: new Date(to.wall).toISOString().slice(0, 10),
    from: from.wall,
    to: to.wall,
    minutesAsleep: Math.round(total / 60),
    main: p.main,
    stages: stages.flatMap(([stage, sec]) => (sec === null ? [] : [[stage, Math.round(sec / 60)] as [string, number]])),
  };
  const lowest = numberAt(row, p.lowest, "beats a minute, 52");
  const hrv = numberAt(row, p.hrv, "milliseconds, 41");
  const efficiency = numberAt(row, "efficiency", "a percentage, 88");
  const slept = sleepWords(s);
  const nap = slept.startsWith("Napped");
  const score = nap ? null : (p.score ?? null);
  const text = `${slept}${nap ? "" : nightFigures(score, lowest, hrv, efficiency)}`;
  const day = sleepDay(s);
  // (a night is told at its bedtime, or at its evening's last minute when that was after midnight: "the night of Thursday 15 October" is the 15th's)
  const at = nap ? from.wall : Math.min(from.wall, Date.parse(`${day}T23:59:00Z`));
  const oura = { kind: nap ? "nap" : "sleep", id: p.id, start: row.cell("bedtime_start"), end: row.cell("bedtime_end"), totalSeconds: total, score };
  return { day, turn: turnOf(`sleep ${p.id}`, at, text, { ...oura, lowestHeartRate: lowest, averageHrv: hrv, efficiency }) };
}

/** A body temperature's deviation from the baseline as its clause: "my body temperature was 0.9 °C above my baseline". */
function temperatureClause(deviation: number): string {
  const d = Math.abs(Number(deviation.toFixed(1)));
  return d === 0 ? "my body temperature was at my baseline" : `my body temperature was ${d} °C ${deviation > 0 ? "above" : "below"} my baseline`;
}

/** How a workout's `source` is said. */
const SOURCES: Readonly<Record<string, string>> = {
  manual: "logged by hand",
  autodetected: "noticed by Oura",
  confirmed: "noticed by Oura and confirmed",
  workout_heart_rate: "recorded with workout heart rate",
};

/** A workout's paragraph (see the module's docs). */
function workoutOf(row: Row, id: string): { day: string; turn: ParsedTurn } {
  const from = timeAt(row, "start_datetime") ?? row.fail("start_datetime", "", 'no start: expected a time, "2026-10-31T09:30:00.000+00:00"');
  const to = timeAt(row, "end_datetime");
  const name = row.cell("activity") || "other";
  const words = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase();
  const sport = sportNamed(words) ?? { none: `Did ${words}` };
  const metres = numberAt(row, "distance", "metres, 8104");
  const distance = metres ? (sport.swim ? { value: metres, unit: "m" } : { value: metres / 1000, unit: "km" }) : null;
  const seconds = to ? Math.max(0, (to.at - from.at) / 1000) : 0;
  const calories = numberAt(row, "calories", "kilocalories, 512.7");
  const label = row.cell("label");
  const intensity = row.cell("intensity").toLowerCase();
  const source = row.cell("source");
  const extras = [
    ...(label ? [`"${label}"`] : []),
    ...(intensity ? [`${/^[aeiou]/.test(intensity) ? "an" : "a"} ${intensity} workout`] : []),
    ...(calories ? [caloriesWords(calories)] : []),
    ...(SOURCES[source] ? [SOURCES[source]!] : []),
  ];
  const when = to ? spanWords(from.wall, to.wall, false) : clockOf(from.wall);
  const text = `${effortWords(sport, distance, seconds)} on ${dayWords(from.wall)}, ${when}${extras.length ? ` (${extras.join(", ")})` : ""}.`;
  const day = dayAt(row, "day") ?? new Date(from.wall).toISOString().slice(0, 10);
  return {
    day,
    turn: turnOf(`workout ${id}`, from.wall, text, {
      kind: "workout",
      id,
      activity: name,
      start: row.cell("start_datetime"),
      seconds,
      metres,
      calories,
      source,
    }),
  };
}

/** A tag's or a note's paragraph (see the module's docs), or null for one with neither a tag nor words. */
function tagOf(row: Row, id: string): { day: string; turn: ParsedTurn } | null {
  const code = row.cell("tag_type_code");
  const comment = row.cell("comment");
  const what =
    code === "custom"
      ? `"${row.cell("custom_name") || "a custom tag"}"`
      : code
        ? code
            .replace(/^tag_(?:generic_|sleep_)?/, "")
            .replace(/_/g, " ")
            .trim()
        : "";
  if (!what && !comment) return null;
  const start = timeAt(row, "start_time");
  const day =
    dayAt(row, "start_day") ?? (start ? new Date(start.wall).toISOString().slice(0, 10) : row.fail("start_day", "", 'no day: expected one, "2026-10-18"'));
  const at = (t: Moment | null, d: string) => (t ? `${dayWords(t.wall)} at ${clockOf(t.wall)}` : dayWords(Date.parse(`${d}T12:00:00Z`)));
  const end = timeAt(row, "end_time");
  const endDay = dayAt(row, "end_day");
  // (a tag with a duration, "sick" for days, from its start to its end)
  const span = end || (endDay && endDay !== day) ? `starting on ${at(start, day)} and ending on ${at(end, endDay ?? day)}` : `on ${at(start, day)}`;
  const said = comment ? `: ${comment}${/[.!?]$/.test(comment) ? "" : "."}` : ".";
  const text = what ? `Tagged ${what} ${span}${said}` : `Noted ${span}${said}`;
  return {
    day,
    turn: turnOf(`tag ${id}`, start?.wall ?? Date.parse(`${day}T12:00:00Z`), text, { kind: "tag", id, code: code || null, comment: comment || null }),
  };
}

/** A JSON cell's object (`spo2_percentage`'s `{"average": 96.5}`), or null when empty. */
function jsonAt(row: Row, column: string): Record<string, unknown> | null {
  const v = row.cell(column);
  if (!v || v === "null") return null;
  try {
    const parsed: unknown = JSON.parse(v);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {}
  return row.fail(column, v, 'no JSON object: expected one as Oura writes it, {"average": 96.5}');
}

/** A day's paragraph of a daily file (see the module's docs), or null when it says nothing. */
function dailyOf(row: Row, kind: OuraKind, day: string): { day: string; turn: ParsedTurn } | null {
  const noon = Date.parse(`${day}T12:00:00Z`);
  const score = (what: string) => numberAt(row, "score", `${what} score, 0 to 100`);
  switch (kind) {
    case "dailysleep": {
      const s = score("a sleep");
      const evening = dayFrom(day, -1);
      const said = `My sleep score for the night of ${dayWords(Date.parse(`${evening}T12:00:00Z`))} was ${s}.`;
      return !s ? null : { day: evening, turn: turnOf(`sleep score ${day}`, Date.parse(`${evening}T23:59:00Z`), said, { kind, day, score: s }) };
    }
    case "readiness": {
      const s = score("a readiness");
      const deviation = numberAt(row, "temperature_deviation", "degrees, -0.12");
      const clauses = [...(s !== null ? [`my readiness score was ${s}`] : []), ...(deviation !== null ? [temperatureClause(deviation)] : [])];
      const oura = { kind, day, score: s, temperatureDeviation: deviation };
      return clauses.length ? { day, turn: turnOf(`readiness ${day}`, noon, dayTotalsWords(day, clauses), oura) } : null;
    }
    case "activity": {
      const steps = numberAt(row, "steps", "a count of steps, 14230");
      const active = numberAt(row, "active_calories", "kilocalories, 520");
      const s = score("an activity");
      const clauses = [
        ...(steps ? [stepsClause(steps)] : []),
        ...(active ? [`I burned ${Math.round(active).toLocaleString("en-GB")} active calories`] : []),
        ...(s ? [`my activity score was ${s}`] : []),
      ];
      const oura = { kind, day, steps, activeCalories: active, score: s };
      return clauses.length ? { day, turn: turnOf(`activity ${day}`, noon, dayTotalsWords(day, clauses), oura) } : null;
    }
    case "spo2": {
      const spo2 = jsonAt(row, "spo2_percentage")?.average;
      const average = typeof spo2 === "number" && spo2 > 0 ? spo2 : null;
      const bdi = numberAt(row, "breathing_disturbance_index", "a count, 4");
      const clauses = [
        ...(average ? [`my average blood oxygen (SpO2) overnight was ${Number(average.toFixed(1))}%`] : []),
        ...(average && bdi !== null ? [`my breathing disturbance index was ${bdi}`] : []),
      ];
      return clauses.length
        ? { day, turn: turnOf(`spo2 ${day}`, noon, dayTotalsWords(day, clauses), { kind, day, average, breathingDisturbanceIndex: bdi }) }
        : null;
    }
    case "stress": {
      const summary = row.cell("day_summary").toLowerCase();
      const stress = numberAt(row, "stress_high", "seconds, 3600");
      const recovery = numberAt(row, "recovery_high", "seconds, 3600");
      const times = [...(stress ? [`${durationWords(stress)} of high stress`] : []), ...(recovery ? [`${durationWords(recovery)} of recovery`] : [])];
      if (!summary && !times.length) return null;
      const on = `On ${dayWords(noon)}`;
      const text = summary ? `${on} Oura rated my day ${summary}${times.length ? `: ${times.join(" and ")}` : ""}.` : `${on} I had ${times.join(" and ")}.`;
      return { day, turn: turnOf(`stress ${day}`, noon, text, { kind, day, summary: summary || null, stressSeconds: stress, recoverySeconds: recovery }) };
    }
    case "resilience": {
      const level = row.cell("level").toLowerCase();
      return level ? { day, turn: turnOf(`resilience ${day}`, noon, dayTotalsWords(day, [`my resilience was ${level}`]), { kind, day, level }) } : null;
    }
    default:
      return null;
  }
}

/** A CSV's record as a {@link Row}. */
function csvRow(file: string, line: number, cells: string[], columns: CsvColumns): Row {
  return {
    cell: (column) => {
      const v = cellOf(cells, columns, column);
      return v === "null" ? "" : v;
    },
    fail: (column, value, expected) => {
      throw new ImportError(file, `line ${line}`, `${column} ${describeValue(value)} is ${expected}`);
    },
  };
}

/** A CSV of the export: each record a paragraph of its day. */
async function* readCsv(r: Reading, kind: OuraKind, delimiter: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const size = (await stat(r.file)).size;
  // (the sleep periods' nights are told with their scores, from dailysleep.csv beside them)
  const scores = kind === "sleep" ? await sleepScores(besideOf(r.file, ["dailysleep"])) : new Map<string, number>();
  const csv = csvRecords(r.file, size, MAX_RECORD_CHARS, opts.onProgress, true, delimiter);
  let columns: CsvColumns | null = null;
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      columns = headerColumns(cells);
      continue;
    }
    r.items++;
    const row = csvRow(r.file, line, cells, columns);
    const id = row.cell("id") || `line ${line}`;
    let told: { day: string; turn: ParsedTurn } | null;
    if (kind === "sleep") {
      const type = row.cell("type");
      const p = { total: "total_sleep_duration", deep: "deep_sleep_duration", light: "light_sleep_duration", rem: "rem_sleep_duration" };
      const score = type === "long_sleep" || !type ? scores.get(dayAt(row, "day") ?? "") : undefined;
      const names = { ...p, awake: "awake_time", lowest: "lowest_heart_rate", hrv: "average_hrv" };
      told = type === "deleted" ? null : sleepOf(row, { id, main: !type || type === "long_sleep", score, ...names });
    } else if (kind === "workout") told = workoutOf(row, id);
    else if (kind === "tag") told = tagOf(row, id);
    else told = dailyOf(row, kind, dayAt(row, "day") ?? row.fail("day", "", 'no day: expected one as Oura writes it, "2026-10-15"'));
    if (told) yield* tell(r, told.day, told.turn);
  }
}

/** Each day's sleep score (`day` the day woken → `score`) of the daily sleep files `files` (dailysleep.csv; one that is none, by its header, is not read). */
async function sleepScores(files: string[]): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  for (const file of files) {
    const start = fileStart(file, 4096) ?? "";
    if (ouraKindOf(start) !== "dailysleep") continue;
    const csv = csvRecords(file, (await stat(file)).size, MAX_RECORD_CHARS, undefined, true, ouraHeader(start)!.delimiter);
    let columns: CsvColumns | null = null;
    for await (const { cells, line } of csv.records) {
      if (!columns) {
        columns = headerColumns(cells);
        continue;
      }
      const row = csvRow(file, line, cells, columns);
      const day = dayAt(row, "day");
      const score = numberAt(row, "score", "a sleep score, 0 to 100");
      if (day && score) scores.set(day, score);
    }
  }
  return scores;
}

/** Where Oura Cloud's older JSON keeps its summaries: each item of `sleep`, `activity` and `readiness`; the rest read through. */
function v1Places(path: readonly PathKey[], kind: "object" | "array" | "scalar"): "keep" | "enter" | "skip" {
  if (path.length === 0) return kind === "object" ? "enter" : "keep";
  if (path.length === 1) return ["sleep", "activity", "readiness"].includes(String(path[0])) && kind === "array" ? "enter" : "skip";
  return "keep";
}

/** A v1 item as a {@link Row}: its values as text (a number as written), refused at its JSON path. */
function v1Row(file: string, path: readonly PathKey[], item: Record<string, unknown>): Row {
  return {
    cell: (column) => {
      const v = item[column];
      return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
    },
    fail: (column, value, expected) => {
      throw new ImportError(file, formatPath([...path, column]), `${describeValue(item[column] ?? value)} is ${expected}`);
    },
  };
}

/** Oura Cloud's older JSON: its sleep periods, days of activity and readiness, said as the CSVs' are. */
async function* readV1(r: Reading, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  for await (const { path, value } of streamJsonPaths(r.file, { choose: v1Places, onProgress: opts.onProgress })) {
    if (path.length !== 2)
      throw new ImportError(r.file, formatPath(path), `${describeValue(value)} is not Oura Cloud's: expected { "sleep": [ … ], "activity": [ … ] }`);
    if (value === null || typeof value !== "object" || Array.isArray(value))
      throw new ImportError(r.file, formatPath(path), `${describeValue(value)} is no summary: expected an object`);
    r.items++;
    const row = v1Row(r.file, path, value as Record<string, unknown>);
    const summary = dayAt(row, "summary_date") ?? row.fail("summary_date", "", 'no day: expected one, "2016-10-11"');
    let told: { day: string; turn: ParsedTurn } | null = null;
    if (path[0] === "sleep") {
      const period = row.cell("period_id") || "0";
      const score = numberAt(row, "score", "a sleep score, 0 to 100");
      const main = row.cell("is_longest") !== "0";
      told = sleepOf(row, {
        id: `${summary} ${period}`,
        main,
        score,
        total: "total",
        deep: "deep",
        light: "light",
        rem: "rem",
        awake: "awake",
        lowest: "hr_lowest",
        hrv: "rmssd",
      });
    } else if (path[0] === "activity") {
      const steps = numberAt(row, "steps", "a count of steps, 9412");
      const active = numberAt(row, "cal_active", "kilocalories, 402");
      const s = numberAt(row, "score", "an activity score, 0 to 100");
      const clauses = [
        ...(steps ? [stepsClause(steps)] : []),
        ...(active ? [`I burned ${Math.round(active).toLocaleString("en-GB")} active calories`] : []),
        ...(s ? [`my activity score was ${s}`] : []),
      ];
      const turn = turnOf(`activity ${summary}`, Date.parse(`${summary}T12:00:00Z`), dayTotalsWords(summary, clauses), {
        kind: "activity",
        day: summary,
        steps,
        activeCalories: active,
        score: s,
      });
      told = clauses.length ? { day: summary, turn } : null;
    } else {
      // (a readiness is of the day after its summary_date, the day the app shows it on)
      const day = dayFrom(summary, 1);
      const period = row.cell("period_id");
      const s = numberAt(row, "score", "a readiness score, 0 to 100");
      const name = `readiness ${day}${period && period !== "0" ? ` ${period}` : ""}`;
      told = s
        ? {
            day,
            turn: turnOf(name, Date.parse(`${day}T12:00:00Z`), dayTotalsWords(day, [`my readiness score was ${s}`]), { kind: "readiness", day, score: s }),
          }
        : null;
    }
    if (told) yield* tell(r, told.day, told.turn);
  }
}

/**
 * Reads `file`, a file of Oura's export (told by `start`, its first KiBs: oura-export.ts `ouraKindOf`), as notes of the
 * user's (format `note`, said by the user, speaker "User", `records: "day"`): a note per day (externalId
 * `oura:day:2026-10-15`, title "Oura, Thursday 15 October 2026") holding the file's paragraphs of that day (see the
 * module's docs), each in time order, given once the file is read (or sooner past held-notes.ts's bound; a day met again
 * adds to the same note). Turn metadata `{ oura: { kind, id | day, … } }`: a sleep's times as written and its figures, a
 * workout's activity, start, seconds, metres, calories and source, a tag's code and comment, a day's scores.
 * @throws ImportError naming the file and the line (a CSV's) or JSON path (the older JSON's) and the column: a day or a
 *   time that is none (`line 4: day "15/10/2026" is no day: expected one as Oura writes it, "2026-10-15"`), a duration,
 *   count or score that is no number, a JSON cell that is no object, a record with no day, a workout with no start; a
 *   stray quote or invalid UTF-8 (csv-records.ts), the byte, line and column of invalid JSON (json-paths.ts). A file of
 *   the export that is not read (heartrate.csv, sleeptime.csv …) says why, "the note has no text: …" (a folder passes it
 *   over: `ouraPassedOver`); so does a file with nothing to tell (a header alone, periods all deleted), and a file that
 *   is none of Oura's says what was expected.
 */
export async function* parseOura(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const aside = ouraPassedOver(file);
  if (aside) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${aside}`);
  const kind = ouraKindOf(start);
  if (!kind)
    throw new ImportError(
      file,
      "line 1",
      'not a file of Oura\'s export: expected a CSV of its App Data folder (a header opening `id;` and naming its columns, `day;score;…`) or Oura Cloud\'s JSON (`{"sleep": [{"summary_date": …`)',
    );
  const r: Reading = { file, held: new HeldNotes({ records: "day" }), items: 0, told: 0 };
  const reader = kind === "v1" ? readV1(r, opts) : readCsv(r, kind, ouraHeader(start)!.delimiter, opts);
  for await (const note of reader) yield note;
  yield* r.held.given();
  if (!r.told) await nothingToTell(file, "an Oura file", r.items, "a sleep, a score, steps, a workout or a tag");
}
