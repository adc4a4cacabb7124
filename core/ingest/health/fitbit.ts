/**
 * Fitbit's account data (Google Takeout → Fitbit, `Takeout/Fitbit/`, or Fitbit's older "Export your
 * account archive", `MyFitbitData/<Name>/`), unzipped: the JSON files of its `Global Export Data/` (the
 * older archive's `Physical Activity/`, `Sleep/` and `Personal & Account/`) read as notes of the user's, a
 * day a note (format `note`, said by the user; the file's format `fitbit`), keyed `fitbit:day:2026-11-14`,
 * titled "Fitbit, Saturday 14 November 2026", whose paragraphs, in time order, are:
 * - each exercise of `exercise-N.json` in words (fitbit-words.ts), "Ran 10 km in 49 minutes 12 seconds
 *   (4:54 per km) on Sunday 15 November, 09:03–09:53 (run workout, Charge 6, average heart rate 168 bpm,
 *   551 calories burned).", named by its `logId` (`workout 58120669221`);
 * - each sleep of `sleep-….json`: the night begun on the day ("Slept 6 hours 2 minutes on the night of
 *   Saturday 14 November, 22:41 to 05:35 (deep 58 minutes, light 3 hours 40 minutes, REM 1 hour 24
 *   minutes, awake 52 minutes).") or a nap ("Napped 38 minutes on …"), named by its `logId`;
 * - the day's steps, summed from `steps-….json`'s minutes ("On Sunday 15 November I took 18,204 steps.",
 *   `steps 2026-11-15`); its resting heart rate from `resting_heart_rate-….json` ("On Sunday 1 November my
 *   resting heart rate was 56 bpm.", `resting 2026-11-01`; Fitbit's padding rows, 0 with no date, left
 *   out); each weigh-in of `weight-….json` ("On Monday 16 November I weighed 67.9 kg at 07:12 (body fat
 *   25.1%, Aria).", named by its `logId`).
 * A file tells its own records' days, so each day's note gathers the paragraphs of several files (the
 * same conversation, keyed by the day): importing the export again adds nothing, a later export adds the
 * days new since, and a day whose words changed (its steps grown since, an exercise edited) supersedes what
 * was remembered of it (its paragraph's name is the same). A steps file tells the days its name owns (from
 * its day to the next steps file's), the minutes of them found at the edges of the files beside it counted
 * too, once each (Fitbit's files may share a minute): memory holds a number a day and two days' minutes.
 *
 * Times: an exercise's `startTime` and a steps minute's `dateTime` ("11/14/26 08:02:11") are UTC, told on
 * the clock of the export's Profile.csv (`timezone`, "Europe/London"), and in UTC, said so ("08:02–08:31
 * UTC"), when no profile is beside the file; a sleep's times ("2026-11-14T22:41:30.000") and a weigh-in's
 * `date` and `time` are the owner's clock as written, a resting heart rate's day its own. Each read as
 * UTC, the user's clock, as every reader keeps it.
 *
 * Passed over, said why (fitbit-export.ts `fitbitPassedOver`): the heart-rate samples (`heart_rate-….json`,
 * a reading every few seconds, never opened in a folder), every other measure's minutes and days, badges,
 * food and water logs, Profile.csv (read for the clock and the weight unit), the scores' and readings'
 * folders, Google's `*_GoogleData` copies and Fitbit's README guides.
 */
import { basename } from "node:path";
import { familyBeside, type FitbitKind, fitbitKindOf, fitbitPassedOver, fitbitProfile, measureReason } from "./fitbit-export.js";
import { FitbitClock, type FitbitSleep, type FitbitWorkout, sleepDay, sleepTurn, workoutTurn } from "./fitbit-words.js";
import { HeldNotes, nothingToTell } from "../notes/held-notes.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { dayTotalsWords, restingClause, stepsClause, weighedClause } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue, formatPath } from "../kit/validate.js";

export { fitbitKindOf, fitbitPassedOver } from "./fitbit-export.js";

/** An item of a Fitbit file: a JSON object (anything else is refused where it is read). */
type Row = Record<string, unknown>;

/** "11/14/26 08:02:11": Fitbit's legacy time, MM/DD/YY. */
const FITBIT_TIME = /^(\d{2})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
/** "11/14/26" or "11/14/2026": a day. */
const FITBIT_DAY = /^(\d{2})\/(\d{2})\/(\d{2}|\d{4})$/;
/** "2026-11-14T22:41:30.000": a sleep log's time on the owner's clock. */
const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?$/;

/** The epoch ms of a date and time read as UTC, or null when they are none (a 31 February, a 25th hour). */
function utcOf(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  const t = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? t : null;
}

/** Fitbit's "11/14/26 08:02:11" as epoch ms (read as UTC), or null. */
function fitbitTime(value: unknown): number | null {
  const m = typeof value === "string" ? FITBIT_TIME.exec(value.trim()) : null;
  return m ? utcOf(2000 + Number(m[3]), Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6])) : null;
}

/** Fitbit's "11/14/26" (or "11/14/2026") as "2026-11-14", or null. */
function fitbitDay(value: unknown): string | null {
  const m = typeof value === "string" ? FITBIT_DAY.exec(value.trim()) : null;
  if (!m) return null;
  const t = utcOf(m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]), Number(m[1]), Number(m[2]), 0, 0, 0);
  return t === null ? null : new Date(t).toISOString().slice(0, 10);
}

/** A sleep log's "2026-11-14T22:41:30.000" as epoch ms (its wall time read as UTC), or null. */
function localTime(value: unknown): number | null {
  const m = typeof value === "string" ? LOCAL_TIME.exec(value.trim()) : null;
  return m ? utcOf(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) : null;
}

/** A number the export writes (as a number, or a string of one: a minute's "87"), or null. */
function numberOf(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

/** Fitbit's distance units as said: "Kilometer" → km, "Mile" → mi, "Meter" → m, "Yard" → yd; another as written. */
function unitOf(value: unknown): string {
  const u = typeof value === "string" ? value.trim().toLowerCase() : "";
  const units: Record<string, string> = {
    kilometer: "km",
    kilometers: "km",
    km: "km",
    mile: "mi",
    miles: "mi",
    mi: "mi",
    meter: "m",
    meters: "m",
    m: "m",
    yard: "yd",
    yards: "yd",
    yd: "yd",
  };
  return units[u] ?? (u || "km");
}

const TITLE_DAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A day's note: its key and title. */
function noteOf(day: string): { key: string; title: string } {
  return { key: `fitbit:day:${day}`, title: `Fitbit, ${TITLE_DAY.format(Date.parse(`${day}T12:00:00Z`)).replace(",", "")}` };
}

/** A day's paragraph of a total (steps, resting heart rate): said at the day's noon, named by what it is and the day. */
function dayTurn(kind: "steps" | "resting", day: string, text: string, metadata: Row): ParsedTurn {
  return {
    externalId: `${kind} ${day}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: Date.parse(`${day}T12:00:00Z`),
    text,
    metadata: { fitbit: { kind, day, ...metadata } },
  };
}

/** The faults of one file, named at its item's JSON path. */
class Faults {
  constructor(private readonly file: string) {}
  /** @throws ImportError at `[index].key`: `value` is not what `expected` says */
  fail(index: number, key: string | null, value: unknown, expected: string): never {
    throw new ImportError(this.file, formatPath(key === null ? [index] : [index, ...key.split(".")]), `${describeValue(value)} is ${expected}`);
  }
  /** The item at `index` as an object. */
  row(index: number, value: unknown): Row {
    if (value === null || typeof value !== "object" || Array.isArray(value)) this.fail(index, null, value, "no record: expected an object");
    return value as Row;
  }
  /** A time "11/14/26 08:02:11" (UTC) at `[index].key`. */
  time(index: number, row: Row, key: string): number {
    return fitbitTime(row[key]) ?? this.fail(index, key, row[key], 'no time: expected one as Fitbit writes it, "11/14/26 08:02:11"');
  }
  /** A number at `[index].key` (at least 0), or null when it is absent or null. */
  amount(index: number, row: Row, key: string, expected: string): number | null {
    const v = key.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as Row)[k] : undefined), row);
    if (v === undefined || v === null) return null;
    const n = numberOf(v);
    return n !== null && n >= 0 ? n : this.fail(index, key, v, `no number: expected ${expected}`);
  }
}

/** Items read and paragraphs told, and the notes gathered by day. */
interface Reading {
  file: string;
  faults: Faults;
  held: HeldNotes;
  clock: FitbitClock;
  weightUnit: "kg" | "lb" | null;
  items: number;
  told: number;
  opts: ReadOptions;
}

/** Adds `turn` to the note of `day`, yielding the notes HeldNotes gives past its bound. */
function* tell(r: Reading, day: string, turn: ParsedTurn): Generator<ParsedConversation> {
  const { key, title } = noteOf(day);
  r.told++;
  yield* r.held.add(key, title, turn);
}

/** The items of the file, each an object, with their index. */
async function* rowsOf(r: Reading): AsyncGenerator<[number, Row]> {
  for await (const item of streamJsonArray(r.file, { onProgress: r.opts.onProgress, exactIntegers: true })) {
    r.items++;
    yield [item.index, r.faults.row(item.index, item.value)];
  }
}

/** A log's id as text (its digits, exact), or the item's index when it has none. */
function logIdOf(row: Row, index: number): string {
  return typeof row.logId === "number" || typeof row.logId === "string" ? String(row.logId) : `#${index}`;
}

/** exercise-N.json: each exercise a paragraph of its start's day on the export's clock. */
async function* readExercises(r: Reading): AsyncGenerator<ParsedConversation> {
  for await (const [i, row] of rowsOf(r)) {
    const start = r.faults.time(i, row, "startTime");
    const seconds =
      (r.faults.amount(i, row, "duration", "a duration in milliseconds, 1805000") ?? r.faults.fail(i, "duration", row.duration, "no duration")) / 1000;
    const active = r.faults.amount(i, row, "activeDuration", "a duration in milliseconds, 1790500");
    const far = r.faults.amount(i, row, "distance", "a distance, 5.2");
    const source = row.source && typeof row.source === "object" ? (row.source as Row).name : null;
    const w: FitbitWorkout = {
      logId: logIdOf(row, i),
      name: typeof row.activityName === "string" && row.activityName.trim() ? row.activityName.trim() : "Workout",
      start,
      written: String(row.startTime).trim(),
      seconds,
      activeSeconds: active === null ? seconds : active / 1000,
      distance: far ? { value: far, unit: unitOf(row.distanceUnit) } : null,
      averageHeartRate: r.faults.amount(i, row, "averageHeartRate", "beats a minute, 152"),
      calories: r.faults.amount(i, row, "calories", "calories, 318"),
      climb: r.faults.amount(i, row, "elevationGain", "metres, 54.864"),
      source: typeof source === "string" && source.trim() ? source.trim() : null,
      logType: typeof row.logType === "string" ? row.logType : null,
    };
    yield* tell(r, r.clock.day(start), workoutTurn(w, r.clock));
  }
}

/** A sleep log's stages as its summary gives them: deep, light, REM and awake, or (a classic log) restless and awake. */
function stagesOf(row: Row): FitbitSleep["stages"] {
  const summary = (row.levels as Row | undefined)?.summary as Row | undefined;
  if (!summary || typeof summary !== "object") return [];
  const minutes = (k: string) => numberOf((summary[k] as Row | undefined)?.minutes);
  const order: Array<[string, string]> =
    row.type === "classic" || summary.asleep
      ? [
          ["restless", "restless"],
          ["awake", "awake"],
        ]
      : [
          ["deep", "deep"],
          ["light", "light"],
          ["rem", "REM"],
          ["wake", "awake"],
        ];
  return order.flatMap(([k, said]) => {
    const m = minutes(k);
    return m === null ? [] : [[said, m] as [string, number]];
  });
}

/** sleep-….json: each sleep a paragraph of the day its night began (a nap of its own day). */
async function* readSleep(r: Reading): AsyncGenerator<ParsedConversation> {
  for await (const [i, row] of rowsOf(r)) {
    const from =
      localTime(row.startTime) ?? r.faults.fail(i, "startTime", row.startTime, 'no time: expected one as Fitbit writes it, "2026-11-14T22:41:30.000"');
    const to = localTime(row.endTime) ?? r.faults.fail(i, "endTime", row.endTime, 'no time: expected one as Fitbit writes it, "2026-11-15T05:35:00.000"');
    const asleep = r.faults.amount(i, row, "minutesAsleep", "minutes, 362") ?? 0;
    if (asleep < 1 || to <= from) continue;
    const s: FitbitSleep = {
      logId: logIdOf(row, i),
      dateOfSleep: typeof row.dateOfSleep === "string" ? row.dateOfSleep : new Date(to).toISOString().slice(0, 10),
      from,
      to,
      minutesAsleep: asleep,
      main: row.mainSleep !== false,
      stages: stagesOf(row),
    };
    yield* tell(r, sleepDay(s), sleepTurn(s));
  }
}

/** resting_heart_rate-….json: each day's reading a paragraph ("On Sunday 1 November my resting heart rate was 56 bpm."); Fitbit's padding (0, no date) left out. */
async function* readResting(r: Reading): AsyncGenerator<ParsedConversation> {
  for await (const [i, row] of rowsOf(r)) {
    const value =
      row.value && typeof row.value === "object" ? (row.value as Row) : r.faults.fail(i, "value", row.value, "no reading: expected { date, value, error }");
    const bpm = r.faults.amount(i, row, "value.value", "beats a minute, 56.2");
    if (!bpm) continue;
    const day = fitbitDay(value.date) ?? fitbitDay(String(row.dateTime ?? "").slice(0, 8));
    if (!day) r.faults.fail(i, "value.date", value.date, 'no day: expected one as Fitbit writes it, "11/01/26"');
    yield* tell(r, day, dayTurn("resting", day, dayTotalsWords(day, [restingClause(bpm)]), { bpm }));
  }
}

/** weight-….json: each weigh-in a paragraph of its day, in the profile's unit ("On Monday 16 November I weighed 67.9 kg at 07:12 (body fat 25.1%, Aria)."). */
async function* readWeight(r: Reading): AsyncGenerator<ParsedConversation> {
  for await (const [i, row] of rowsOf(r)) {
    const weight = r.faults.amount(i, row, "weight", "a weight, 67.9") ?? r.faults.fail(i, "weight", row.weight, "no weight");
    const day = fitbitDay(row.date) ?? r.faults.fail(i, "date", row.date, 'no day: expected one as Fitbit writes it, "11/16/26"');
    const clock = /^\d{2}:\d{2}(?::\d{2})?$/.test(String(row.time ?? "").trim()) ? String(row.time).trim() : "12:00:00";
    const wall = Date.parse(`${day}T${clock.length === 5 ? `${clock}:00` : clock}Z`);
    if (Number.isNaN(wall)) r.faults.fail(i, "time", row.time, 'no time: expected one as Fitbit writes it, "07:12:40"');
    const fat = r.faults.amount(i, row, "fat", "a percentage, 25.1");
    const source = typeof row.source === "string" && row.source.trim() ? row.source.trim() : null;
    const turn: ParsedTurn = {
      externalId: `weight ${logIdOf(row, i)}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: wall,
      text: dayTotalsWords(day, [weighedClause({ value: weight, unit: r.weightUnit, wall: row.time === undefined ? null : wall, fat, source })]),
      metadata: {
        fitbit: { kind: "weight", logId: logIdOf(row, i), weight, unit: r.weightUnit, ...(fat !== null ? { fat } : {}), ...(source ? { source } : {}) },
      },
    };
    yield* tell(r, day, turn);
  }
}

/** A day's steps being summed: its total, and the minutes counted (kept for a day at the file's edge only, where the files beside it may hold some of its minutes too). */
interface StepsDay {
  total: number;
  minutes: Set<number> | null;
}

/**
 * steps-….json: each day's minutes summed into a paragraph ("On Sunday 15 November I took 18,204
 * steps."), the days on the export's clock. The days told are those the file's name owns (from its day to
 * the next steps file's beside it; all when it is alone or named otherwise); the minutes of its first and
 * last days found in the steps files before and after it are added, each minute once.
 */
async function* readSteps(r: Reading): AsyncGenerator<ParsedConversation> {
  const own = /^steps-(\d{4}-\d{2}-\d{2})\.json$/i.exec(basename(r.file))?.[1] ?? null;
  const beside = own ? familyBeside(r.file, "steps") : [];
  const before = own ? beside.filter((b) => b.day < own).at(-1) : undefined;
  const after = own ? beside.find((b) => b.day > own) : undefined;
  const owned = (day: string) => (!before || day >= own!) && (!after || day < after.day);
  const days = new Map<string, StepsDay>();
  let first: string | null = null;
  let last: string | null = null;
  /** Counts a minute of `day`: once, where the day keeps its minutes (`keep` for a day new at the file's edge; a day of a file beside always). */
  const count = (day: string, minute: number, steps: number, keep: boolean) => {
    let d = days.get(day);
    if (!d) {
      d = { total: 0, minutes: keep ? new Set() : null };
      days.set(day, d);
    }
    if (d.minutes) {
      if (d.minutes.has(minute)) return;
      d.minutes.add(minute);
    }
    d.total += steps;
  };
  for await (const [i, row] of rowsOf(r)) {
    const minute = r.faults.time(i, row, "dateTime");
    const steps = numberOf(row.value);
    if (steps === null || steps < 0) r.faults.fail(i, "value", row.value, 'no count of steps: expected one as Fitbit writes it, "87"');
    const day = r.clock.day(minute);
    if (!owned(day)) continue;
    // (only the first and last days keep their minutes: the days between are whole in this file)
    if (first === null || day < first) {
      if (first !== null && first !== last) days.get(first)!.minutes = null;
      first = day;
    }
    if (last === null || day > last) {
      if (last !== null && last !== first) days.get(last)!.minutes = null;
      last = day;
    }
    count(day, minute, steps, day === first || day === last);
  }
  // (the minutes of this file's days at the end of the file before it and the start of the file after it)
  for (const side of [before, after]) {
    if (!side) continue;
    try {
      let past = 0;
      for await (const item of streamJsonArray(side.file, { exactIntegers: true })) {
        const row = item.value as Row | null;
        const minute = row && typeof row === "object" ? fitbitTime(row.dateTime) : null;
        const steps = row && typeof row === "object" ? numberOf(row.value) : null;
        if (minute === null || steps === null || steps < 0) continue;
        const day = r.clock.day(minute);
        if (owned(day) && (day === first || day === last || !days.has(day))) count(day, minute, steps, true);
        // (the file after: its own days reached, read no further)
        if (side === after && day >= side.day && ++past > 1440) break;
      }
    } catch (err) {
      // (a fault of the file beside is told when it is read itself)
      if (!(err instanceof ImportError)) throw err;
    }
  }
  for (const [day, d] of [...days].sort(([a], [b]) => a.localeCompare(b))) {
    if (d.total <= 0) continue;
    const text = dayTotalsWords(day, [stepsClause(d.total)]);
    yield* tell(r, day, dayTurn("steps", day, text, { steps: Math.round(d.total), zone: r.clock.zone ?? "UTC" }));
  }
}

/** The reader of each family read. */
const READERS = { exercise: readExercises, sleep: readSleep, resting: readResting, weight: readWeight, steps: readSteps } as const;

/** What a file of the export whose family is not read is, for the reason it is refused alone: heart-rate samples, or another measure. */
function notRead(kind: FitbitKind, file: string): string | null {
  if (kind === "heartrate") return measureReason("heart_rate-");
  if (kind === "measure") return measureReason(basename(file));
  return null;
}

/**
 * Reads `file`, a JSON file of Fitbit's export (told by `start`, its first KiB: fitbit-export.ts
 * `fitbitKindOf`), as notes of the user's (format `note`, said by the user, speaker "User"): a note per
 * day (externalId `fitbit:day:2026-11-14`, title "Fitbit, Saturday 14 November 2026") holding the file's
 * paragraphs of that day (see the module's docs), each in time order, given once the file is read (or
 * sooner past held-notes.ts's bound; a day met again adds to the same note). Turn metadata `{ fitbit: {
 * kind: "workout", logId, activity, startTime, start, zone, seconds, activeSeconds, distance, averageHeartRate,
 * calories, elevationGain, source, logType } | { kind: "sleep" | "nap", logId, dateOfSleep, startTime, endTime,
 * minutesAsleep, stages } | { kind: "steps", day, steps, zone } | { kind: "resting", day, bpm } | { kind:
 * "weight", logId, weight, unit, fat, source } }`.
 * @throws ImportError naming the file and the item's JSON path: a time that is none (`[3].startTime: "13/45/26
 *   08:02:11" is no time: expected one as Fitbit writes it, "11/14/26 08:02:11"`), a duration, distance, count
 *   or weight that is no number, an item that is no object; the byte, line and column of invalid JSON or
 *   UTF-8, or a file cut short (json-stream.ts). A file of the export that is not read (heart-rate samples,
 *   calories, Profile.csv, a README …) says why, "the note has no text: …" (a folder passes it over:
 *   `fitbitPassedOver`); so does a file with nothing to tell (only Fitbit's padding), and a file that is none
 *   of Fitbit's says what was expected.
 */
export async function* parseFitbit(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const aside = fitbitPassedOver(file);
  if (aside) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${aside}`);
  const kind = fitbitKindOf(start, file);
  if (!kind)
    throw new ImportError(
      file,
      "byte 0",
      'not a file of Fitbit\'s export: expected a JSON array of its exercises, sleep logs, weigh-ins or minutes (`[{ "logId" : …` or `[{ "dateTime" : "11/14/26 08:02:00"`)',
    );
  const why = notRead(kind, file);
  if (why) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${why}`);
  const profile = await fitbitProfile(file);
  const r: Reading = {
    file,
    faults: new Faults(file),
    held: new HeldNotes({ records: "day" }),
    clock: new FitbitClock(profile.zone),
    weightUnit: profile.weightUnit,
    items: 0,
    told: 0,
    opts,
  };
  for await (const note of READERS[kind as keyof typeof READERS](r)) yield note;
  yield* r.held.given();
  if (!r.told) await nothingToTell(file, "a Fitbit file", r.items, "a reading");
}
