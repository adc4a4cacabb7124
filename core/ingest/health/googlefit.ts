/**
 * Google Fit's data from Google Takeout (Takeout → Fit, unzipped: `Takeout/Fit/`; googlefit-export.ts tells its files), read
 * as notes of the user's, a day a note (format `note`, said by the user; the file's format `googlefit`), keyed
 * `googlefit:day:2026-11-03`, titled "Google Fit, Tuesday 3 November 2026", an app's day of records (`records: "day"`),
 * whose paragraphs, in time order, are worded as Fitbit's, Garmin's and Samsung Health's days are (record-words.ts,
 * fitbit-words.ts):
 * - each row of `Daily activity metrics.csv` (`Daily Summaries.csv` in older exports): "On Tuesday 3 November I took
 *   12,480 steps, I covered 9.2 km, I had 58 Move Minutes, I earned 34 Heart Points, I burned 2,432 calories, and I weighed
 *   81.3 kg." (`Step count`, `Distance (m)`, `Move Minutes count`, `Heart Points`, `Calories (kcal)`, `Average weight
 *   (kg)`; a day of empty cells is not told), named `day <Date>`;
 * - each session of `All Sessions/` (a file a session): "Ran 10.4 km in 52 minutes 31 seconds (5:02 per km) on Saturday 14
 *   November, 08:05–08:59 (9,180 steps, 71 Heart Points, 702 calories burned)." (`fitnessActivity` one of Google's
 *   activities, "running", "biking.road", "strength_training", said as Fitbit's are; `duration` "3151.4s" the time moving,
 *   else the span; the `aggregate`'s `com.google.distance.delta` in metres, `step_count.delta`, `heart_minutes.summary` (the
 *   Heart Points earned) and `calories.expended` in kcal), named `session <startTime>`; a sleep ("sleep") "Slept 7 hours 12
 *   minutes on the night of …" with the stages of its segments ("sleep.deep", "sleep.light", "sleep.rem", "sleep.awake"),
 *   named `sleep <startTime>`; being still, in a vehicle or tilting the phone ("still", "in_vehicle", "tilting",
 *   "unknown") is no session told.
 * A day's note gathers the paragraphs of several files (the same conversation, keyed by the day): importing the export
 * again adds nothing, a later export adds the days new since, and a day whose totals grew supersedes what was remembered
 * of it (its paragraph's name is the same).
 *
 * Times: the daily CSV's `Date` is the user's own day. A session's `startTime` and `endTime` are UTC ("2026-11-14T08:05:
 * 00.000Z"), told on the user's clock as the export's 15-minute CSV of that day writes it beside the session
 * (googlefit-export.ts `googleFitClock`: "08:00:00.000+00:00"), in UTC, said so ("08:05–08:59 UTC"), when there is none; a
 * time written with another offset on the clock it is written with. Each read as UTC, the user's clock, as every reader keeps
 * it.
 *
 * Checked against public readers of real Takeouts and their fixtures: a session's JSON quoted in a reader's docstring from a
 * 2021 export (`fitnessActivity`, `startTime` "2021-04-19T20:57:39.686Z", `duration` "674.186s", `segment`, `aggregate` of
 * `metricName` with `floatValue` or `intValue`: `com.google.heart_minutes.summary`, `calories.expended`, `step_count.delta`,
 * `distance.delta`, `speed.summary`, `active_minutes`), readers of `Takeout/Fit/All Sessions` (activity and sleep sessions
 * alike, `_MEDITATION.json`, `_SLEEP.json`), of `Daily activity metrics/` (a reader of its day files from a 2022 Takeout
 * listing its columns, `Start time` "08:00:00.000+01:00" read as an offset time on the day the file names, the days file's
 * `Date,Move Minutes count,Calories (kcal),Distance (m),Heart Points,Heart Minutes,…,Step count,Average weight (kg),…`), of
 * `All Data/` (`"Data Points"`, `fitValue`, `startTimeNanos`), Google's FitnessActivities constants ("biking.road",
 * "interval_training.high_intensity", "sleep.deep") and Fit's data types (Heart Points are `com.google.heart_minutes`).
 * Not read, said why (googlefit-export.ts `googleFitPassedOver`, `GOOGLE_FIT_ASIDE`): the 15-minute CSVs, `All Data/`'s raw
 * points and `Activities/`' tracks.
 */
import { stat } from "node:fs/promises";
import { caloriesWords, effortWords, type FitbitSleep, type Sport, sleepDay, sleepWords, spanWords, sportNamed } from "./fitbit-words.js";
import { GOOGLE_FIT_ASIDE, googleFitClock, googleFitKindOf, googleFitPassedOver } from "./googlefit-export.js";
import { wallClockMs } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, csvRecords, headerColumns } from "../kit/csv-records.js";
import { type PathKey, streamJsonPaths } from "../kit/json-paths.js";
import { dayNoteTitle, dayTotalsWords, dayWords, distanceWords, stepsClause, weighedClause } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue, formatPath } from "../kit/validate.js";
import { HeldNotes, nothingToTell } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";

export { googleFitKindOf, googleFitPassedOver } from "./googlefit-export.js";

/** Most characters of one row of the days: some fifty columns of numbers. */
const MAX_RECORD_CHARS = 64 * 1024;

/** Google's activities (`fitnessActivity`, FitnessActivities' constants) by the name Fitbit's words know them by (fitbit-words.ts `sportNamed`). */
const AS_FITBIT: Readonly<Record<string, string>> = {
  "running.jogging": "running",
  "running.sand": "running",
  "running.treadmill": "treadmill",
  "walking.fitness": "walking",
  "walking.nordic": "walking",
  "walking.stroller": "walking",
  on_foot: "walking",
  biking: "cycling",
  "biking.road": "cycling",
  "biking.utility": "cycling",
  "biking.mountain": "mountain biking",
  "biking.spinning": "spinning",
  "biking.stationary": "spinning",
  "swimming.pool": "swimming",
  "swimming.open_water": "swimming",
  "rowing.machine": "rowing machine",
  weightlifting: "weight lifting",
  strength_training: "strength training",
  "interval_training.high_intensity": "hiit",
  interval_training: "interval workout",
  circuit_training: "circuit training",
  martial_arts: "martial arts",
  "stair_climbing.machine": "stairclimber",
  "football.soccer": "football",
  other: "workout",
};

/** Google's activities Fitbit has no words for, as said. */
const GOOGLE_ONLY: Readonly<Record<string, Sport>> = {
  meditation: { none: "Meditated" },
  guided_breathing: { none: "Did a breathing exercise" },
};

/** What is no session to tell: being still, in a vehicle, tilting the phone, an activity not known, a lift or an escalator. */
const NOT_DONE = new Set(["still", "in_vehicle", "tilting", "unknown", "elevator", "escalator"]);

/** How Google's activity `name` is said: Fitbit's words for it (its `_` a space: "table_tennis"), Google's own, else "Did <its words>" ("Did kayaking"). */
function sportOf(name: string): Sport {
  return GOOGLE_ONLY[name] ?? sportNamed((AS_FITBIT[name] ?? name).replace(/_/g, " ")) ?? { none: `Did ${name.replace(/[._]+/g, " ").trim() || "a workout"}` };
}

/** A paragraph of the user's note, with its Google Fit metadata. */
function turnOf(name: string, at: number, text: string, googlefit: Record<string, unknown>): ParsedTurn {
  return { externalId: name, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { googlefit } };
}

/** The day's note a paragraph goes to: its key and title. */
function noteOf(day: string): { key: string; title: string } {
  return { key: `googlefit:day:${day}`, title: dayNoteTitle("Google Fit", day) };
}

/** A count as said: "58 Move Minutes", "1 Heart Point" (rounded, grouped). */
function counted(n: number, what: string): string {
  const r = Math.round(n);
  return `${r.toLocaleString("en-GB")} ${r === 1 ? what.replace(/s$/, "") : what}`;
}

/** The number in `cell` ("2412.6318359375", "8421"), or null when it is empty. */
function numberIn(file: string, line: number, column: string, cell: string, expected: string): number | null {
  if (!cell) return null;
  if (/^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/.test(cell)) return Number(cell);
  throw new ImportError(file, `line ${line}`, `${column} ${describeValue(cell)} is no number: expected ${expected}`);
}

/** A day's clauses, in order (see the module's docs), by `n`, the number of a column named as Takeout writes it ("Step count"): none when nothing was measured. */
function dayClauses(n: (column: string, expected: string) => number | null): { clauses: string[]; figures: Record<string, number> } {
  const steps = n("Step count", "a count of steps, 12480");
  const metres = n("Distance (m)", "metres, 9123.4");
  const move = n("Move Minutes count", "minutes, 58");
  const heart = n("Heart Points", "Heart Points, 34");
  const kcal = n("Calories (kcal)", "kilocalories, 2431.6");
  const kg = n("Average weight (kg)", "a weight in kg, 81.3");
  const figures: Record<string, number> = {};
  const clauses: string[] = [];
  const add = (key: string, v: number | null, said: (v: number) => string) => {
    if (v === null || v <= 0) return;
    figures[key] = v;
    clauses.push(said(v));
  };
  add("steps", steps, stepsClause);
  add("metres", metres !== null && metres >= 50 ? metres : null, (m) => `I covered ${distanceWords(m / 1000, "km")}`);
  add("moveMinutes", move, (m) => `I had ${counted(m, "Move Minutes")}`);
  add("heartPoints", heart, (h) => `I earned ${counted(h, "Heart Points")}`);
  add("calories", kcal, (k) => `I burned ${counted(k, "calories")}`);
  add("weight", kg, (w) => weighedClause({ value: w, unit: "kg", wall: null }));
  return { clauses, figures };
}

/** Daily activity metrics.csv: each day with something measured a paragraph of its note. */
async function* readDays(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const size = (await stat(file)).size;
  const held = new HeldNotes({ records: "day" });
  let columns: CsvColumns | null = null;
  let items = 0;
  let told = 0;
  for await (const { cells, line } of csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress).records) {
    if (!columns) {
      columns = headerColumns(cells);
      continue;
    }
    items++;
    const day = cellOf(cells, columns, "date");
    if (wallClockMs(day, "12:00") === null)
      throw new ImportError(file, `line ${line}`, `Date ${describeValue(day)} is no day: expected one as Google Fit writes it, "2026-11-03"`);
    const { clauses, figures } = dayClauses((column, expected) => numberIn(file, line, column, cellOf(cells, columns!, column.toLowerCase()), expected));
    if (!clauses.length) continue;
    told++;
    const { key, title } = noteOf(day);
    const turn = turnOf(`day ${day}`, Date.parse(`${day}T12:00:00Z`), dayTotalsWords(day, clauses), { kind: "day", day, ...figures });
    yield* held.add(key, title, turn);
  }
  yield* held.given();
  if (!told) await nothingToTell(file, "Google Fit's daily activity metrics", items, "steps, a distance, Move Minutes, Heart Points, calories or a weight");
}

/** A session's time as written: "2026-11-14T08:05:00.000Z", or with an offset. */
const TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/;

/** A session as read from its file: the members kept, the aggregate's metrics by name, the sleep stages' minutes by its segments. */
interface SessionRead {
  members: Record<string, unknown>;
  metrics: Map<string, number>;
  stages: Map<string, number>;
}

/** Where a session file's values are: its top-level members kept, `aggregate` and `segment` entered item by item; the rest read through. */
function sessionPlaces(path: readonly PathKey[], kind: "object" | "array" | "scalar"): "keep" | "enter" | "skip" {
  if (path.length === 0) return kind === "object" ? "enter" : "keep";
  if (path.length === 1) return path[0] === "aggregate" || path[0] === "segment" ? (kind === "array" ? "enter" : "keep") : kind === "scalar" ? "keep" : "skip";
  return path.length === 2 ? "keep" : "skip";
}

/** The sleep stages of Google's segments, as said. */
const STAGES: Readonly<Record<string, string>> = { "sleep.deep": "deep", "sleep.light": "light", "sleep.rem": "REM", "sleep.awake": "awake" };

/** Reads a session file's members, metrics and sleep stages. @throws ImportError at the JSON path of a value that is not what Takeout writes */
async function readSession(file: string, opts: ReadOptions): Promise<SessionRead> {
  const s: SessionRead = { members: {}, metrics: new Map(), stages: new Map() };
  const fail = (path: readonly PathKey[], value: unknown, expected: string): never => {
    throw new ImportError(file, formatPath(path), `${describeValue(value)} is ${expected}`);
  };
  for await (const { path, value } of streamJsonPaths(file, { choose: sessionPlaces, onProgress: opts.onProgress })) {
    if (path.length === 0) fail(path, value, 'no session: expected an object as Google Fit writes one, {"fitnessActivity": "running", "startTime": …}');
    if (path.length === 1) {
      s.members[String(path[0])] = value;
      continue;
    }
    const item =
      value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : fail(path, value, "no item: expected an object");
    if (path[0] === "aggregate" && typeof item.metricName === "string") {
      const v = item.floatValue ?? item.intValue;
      if (v === undefined) continue;
      const n = typeof v === "number" ? v : typeof v === "string" && /^-?\d+(?:\.\d+)?$/.test(v) ? Number(v) : null;
      s.metrics.set(item.metricName, n ?? fail([...path, "floatValue" in item ? "floatValue" : "intValue"], v, "no number: expected one, 702.5"));
    } else if (path[0] === "segment" && typeof item.fitnessActivity === "string" && STAGES[item.fitnessActivity]) {
      const from = timeOf(item.startTime);
      const to = timeOf(item.endTime);
      if (from && to && to.at > from.at)
        s.stages.set(STAGES[item.fitnessActivity]!, (s.stages.get(STAGES[item.fitnessActivity]!) ?? 0) + (to.at - from.at) / 60_000);
    }
  }
  return s;
}

/** A time as written (see {@link TIME}): its instant, and its wall clock when it is written with an offset other than Z; null when it is none. */
function timeOf(value: unknown): { at: number; wall: number | null } | null {
  const m = typeof value === "string" ? TIME.exec(value.trim()) : null;
  const clock = m ? wallClockMs(m[1]!, m[2]!) : null;
  if (!m || clock === null) return null;
  const wall = clock + Number((m[3] ?? "").slice(0, 3).padEnd(3, "0"));
  if (m[4] === "Z") return { at: wall, wall: null };
  const o = m[4]!.replace(":", "");
  return { at: wall - (o[0] === "-" ? -1 : 1) * (Number(o.slice(1, 3)) * 60 + Number(o.slice(3, 5))) * 60_000, wall };
}

/** @throws ImportError naming the file and the session's member `key`: `value` is not what `expected` says */
function refuse(file: string, key: string, value: unknown, expected: string): never {
  throw new ImportError(file, formatPath([key]), `${describeValue(value)} is ${expected}`);
}

/** A session's paragraph and the day of its note (see the module's docs), or null for one that is no session told. */
async function sessionTurn(file: string, s: SessionRead): Promise<{ day: string; turn: ParsedTurn } | null> {
  const m = s.members;
  const activity = typeof m.fitnessActivity === "string" ? m.fitnessActivity.trim().toLowerCase() : "";
  if (!activity) refuse(file, "fitnessActivity", m.fitnessActivity, 'no activity: expected one of Google Fit\'s, "running"');
  if (NOT_DONE.has(activity)) return null;
  const time = (key: string) => timeOf(m[key]) ?? refuse(file, key, m[key], 'no time: expected one as Google Fit writes it, "2026-11-14T08:05:00.000Z"');
  const start = time("startTime");
  const end = time("endTime");
  const d = typeof m.duration === "string" ? /^(\d+(?:\.\d+)?)s$/.exec(m.duration.trim()) : null;
  if (m.duration !== undefined && !d) refuse(file, "duration", m.duration, 'no duration: expected one as Google Fit writes it, "1834.5s"');
  const seconds = d ? Number(d[1]) : Math.max(0, (end.at - start.at) / 1000);
  const clock = googleFitClock(file);
  const wallOf = async (t: { at: number; wall: number | null }) => t.wall ?? (await clock(t.at));
  const from = await wallOf(start);
  const to = await wallOf(end);
  const utc = from === null || to === null;
  const [f, t] = utc ? [start.at, end.at] : [from!, to!];
  const written = String(m.startTime).trim();
  const googlefit = { kind: "session", activity, startTime: written, endTime: String(m.endTime).trim(), zone: utc ? "UTC" : "owner", seconds };
  if (activity === "sleep" || activity.startsWith("sleep.")) {
    const stages = ["deep", "light", "REM", "awake"].flatMap((k) => (s.stages.has(k) ? [[k, Math.round(s.stages.get(k)!)] as [string, number]] : []));
    const asleep = stages.length ? stages.filter(([k]) => k !== "awake").reduce((n, [, v]) => n + v, 0) : Math.round(seconds / 60);
    if (asleep < 1) return null;
    const hour = new Date(f).getUTCHours();
    const night: FitbitSleep = {
      logId: written,
      dateOfSleep: new Date(t).toISOString().slice(0, 10),
      from: f,
      to: t,
      minutesAsleep: asleep,
      main: hour < 9 || hour >= 19,
      stages,
    };
    const meta = { ...googlefit, kind: "sleep", minutesAsleep: asleep, ...(stages.length ? { stages: Object.fromEntries(stages) } : {}) };
    return { day: sleepDay(night), turn: turnOf(`sleep ${written}`, f, sleepWords(night, utc), meta) };
  }
  const sport = sportOf(activity);
  const metres = s.metrics.get("com.google.distance.delta") ?? null;
  const steps = s.metrics.get("com.google.step_count.delta") ?? null;
  const heart = s.metrics.get("com.google.heart_minutes.summary") ?? null;
  const kcal = s.metrics.get("com.google.calories.expended") ?? null;
  const distance = metres && metres > 0 ? (sport.swim || metres < 1000 ? { value: metres, unit: "m" } : { value: metres / 1000, unit: "km" }) : null;
  const extras = [
    ...(steps && steps > 0 ? [counted(steps, "steps")] : []),
    ...(heart && heart > 0 ? [counted(heart, "Heart Points")] : []),
    ...(kcal && kcal > 0 ? [caloriesWords(kcal)] : []),
  ];
  const text = `${effortWords(sport, distance, seconds)} on ${dayWords(f)}, ${spanWords(f, t, utc)}${extras.length ? ` (${extras.join(", ")})` : ""}.`;
  const figures = { metres, steps, heartPoints: heart, calories: kcal };
  return { day: new Date(f).toISOString().slice(0, 10), turn: turnOf(`session ${written}`, f, text, { ...googlefit, ...figures }) };
}

/**
 * Reads `file`, a file of Google Fit's Takeout (told by `start`, its first KiBs: googlefit-export.ts `googleFitKindOf`), as
 * notes of the user's (format `note`, said by the user, speaker "User", `records: "day"`): a note per day (externalId
 * `googlefit:day:2026-11-03`, title "Google Fit, Tuesday 3 November 2026") holding the file's paragraphs of that day (see
 * the module's docs), in time order: the days file's, given once it is read (or sooner past held-notes.ts's bound), or a
 * session's one. Turn metadata `{ googlefit: { kind: "day", day, steps, metres, moveMinutes, heartPoints, calories, weight }
 * | { kind: "session", activity, startTime, endTime, zone, seconds, metres, steps, heartPoints, calories } | { kind:
 * "sleep", activity, startTime, endTime, zone, seconds, minutesAsleep, stages } }`.
 * @throws ImportError naming the file and the line and column (`line 3: Date "03/11/2026" is no day: expected one as Google
 *   Fit writes it, "2026-11-03"`, a measure that is no number) or the session's JSON path (`startTime`, `duration`,
 *   `aggregate[1].floatValue`, `fitnessActivity`), a stray quote or invalid UTF-8 (csv-records.ts), invalid JSON or a file cut
 *   short (json-paths.ts). A file of the export that is not read (a day's 15-minute rows, `All Data/`'s raw points,
 *   `Activities/`' tracks) says why, "the note has no text: …" (a folder passes it over: `googleFitPassedOver`); so does a
 *   days file with nothing measured and a session that is no workout nor sleep ("still", "in_vehicle"); a file that is none
 *   of Google Fit's says what was expected.
 */
export async function* parseGoogleFit(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const aside = googleFitPassedOver(file);
  if (aside) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${aside}`);
  const kind = googleFitKindOf(start);
  if (kind === "quarters" || kind === "points") throw new ImportError(file, "byte 0", `${NO_TEXT}: ${GOOGLE_FIT_ASIDE[kind]}`);
  if (kind === "days") {
    yield* readDays(file, opts);
    return;
  }
  if (kind !== "session")
    throw new ImportError(
      file,
      "byte 0",
      'not a file of Google Fit\'s Takeout: expected its daily activity metrics ("Date,Move Minutes count,Calories (kcal),…") or a session of All Sessions ({"fitnessActivity": …, "startTime": …})',
    );
  const session = await readSession(file, opts);
  const told = await sessionTurn(file, session);
  if (!told)
    throw new ImportError(
      file,
      "fitnessActivity",
      `${NO_TEXT}: a Google Fit session of "${String(session.members.fitnessActivity)}" (no workout nor sleep to tell)`,
    );
  const { key, title } = noteOf(told.day);
  const held = new HeldNotes({ records: "day" });
  yield* held.add(key, title, told.turn);
  yield* held.given();
}
