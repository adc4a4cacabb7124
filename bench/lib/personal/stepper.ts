/**
 * The stepper: Ellie Marsh, in Leeds, wears a Fitbit Charge 6 day and night and weighs herself on an
 * Aria scale while she trains for her first 10K race, the Leeds Abbey Dash on Sunday 15 November 2026
 * (she tells Engram's chat about it that afternoon). On the morning of Wednesday 25 November she downloads
 * her Fitbit data from Google Takeout (takeout.google.com → Fitbit), unzips it and imports the folder
 * (`engram import Takeout`). The folder is as Takeout writes it:
 *
 * - `Takeout/Fitbit/Global Export Data/`: Fitbit's "legacy" JSON, each file a JSON array pretty-printed
 *   by Jackson (`"key" : value`, two-space indents, items joined `},{`), numbers Fitbit holds as doubles
 *   written with a fraction (`5.0`), a minute's or a day's value a string (`"value" : "87"`):
 *   - `exercise-0.json`: her exercises, a hundred to a file (exercise-0, exercise-100 …), each with its
 *     `logId`, `activityName` ("Run", "Walk", "Swim", "Weights", "Yoga", "Outdoor Bike"), `activityTypeId`,
 *     `activityLevel`, `averageHeartRate`, `calories`, `distance` and `distanceUnit` ("Kilometer"),
 *     `duration` and `activeDuration` (ms: a run paused at a crossing has a shorter active one), `steps`,
 *     `source` (the Charge 6), `logType` ("tracker" when started on the watch, "auto_detected" when
 *     SmartTrack noticed a walk), `manualValuesSpecified`, `heartRateZones`, `activeZoneMinutes`, `speed`
 *     and `pace`, `lastModified`, `startTime` and `originalStartTime` ("10/03/26 07:02:11": MM/DD/YY in
 *     UTC, not her clock: 08:02 in Leeds in British Summer Time), `originalDuration`, `elevationGain`,
 *     `hasGps`, `shouldFetchDetails`, `hasActiveZoneMinutes`, `tcxLink`;
 *   - `sleep-2026-10-01.json`, `sleep-2026-10-31.json`: about 30 days of sleep logs each (`logId`,
 *     `dateOfSleep` the day she woke, `startTime` and `endTime` on her own clock with no zone,
 *     "2026-11-14T22:41:30.000", `duration` ms, `minutesToFallAsleep`, `minutesAsleep`, `minutesAwake`,
 *     `minutesAfterWakeup`, `timeInBed`, `efficiency`, `type` "stages" with `levels.summary` deep, light,
 *     rem and wake `{ count, minutes, thirtyDayAvgMinutes }` and `levels.data`/`shortData`, or "classic"
 *     (a short nap) with asleep, restless and awake, `infoCode`, `logType`, `mainSleep`);
 *   - `steps-2026-10-01.json`, `steps-2026-11-01.json`: her steps a minute, `{ "dateTime" : "10/01/26
 *     05:30:00", "value" : "0" }`, the minutes in UTC (06:30 on her clock on 1 October), each file named by
 *     the first day on her clock it holds, every minute she was awake written, zeros too;
 *   - `resting_heart_rate-2026-10-01.json`: a row a day, `dateTime` the day at midnight, `value` `{ date,
 *     value, error }`, and Fitbit's padding for a day with no reading (`date` null, `value` 0.0);
 *   - `weight-2026-10-01.json`, `weight-2026-10-31.json`: her weigh-ins (`logId`, `weight` in her
 *     profile's unit, kg, `bmi`, `fat` when the scale measured it, `date` "11/16/26" and `time` on her
 *     clock, `source` "Aria");
 *   - what Engram passes over: `heart_rate-2026-11-15.json` (a sample every few seconds, `{ bpm,
 *     confidence }`), `calories-2026-11-15.json`, `time_in_heart_rate_zones-2026-11-15.json` and
 *     `badge.json` (the badges Fitbit awarded);
 * - `Takeout/Fitbit/Your Profile/Profile.csv` (CRLF; its `timezone` Europe/London, its `weight_unit`
 *   METRIC), `Takeout/Fitbit/Sleep Score/sleep_score.csv` (LF), and Takeout's `archive_browser.html`.
 *
 * Checked against public readers of the export and their fixtures: PDP-Connect's synthetic Takeout (its
 * Jackson printing, `Global Export Data/` and `Your Profile/Profile.csv` with its 31 columns, exercise,
 * sleep, steps, resting heart rate and weight rows with every key, steps minutes in UTC, sleep times on the
 * owner's clock, a resting-heart-rate padding row, sleep_score.csv's header), fitport's notes (a run's and
 * a walk's keys, weight, classic and stages sleep, resting heart rate, steps, distance in centimetres), a
 * DuckDB notebook and jrtechs' timeline (exercise, steps and heart-rate times in GMT, sleep local; exercise
 * files numbered exercise-0 … exercise-1700; steps and sleep files about a month each), fitbit2oscar and
 * iLEAPP (`Takeout/Fitbit/`, `Your Profile/Profile.csv`'s `timezone`, `Sleep Score/`, `Paired Devices/`),
 * Fitbit2Garmin (weight's unit is the profile's) and a Japanese reader of exercise files (UTC+0, "Charge
 * 5"). Hand-written by the developers while trying Engram as its users would, in session 37, before Engram
 * could read Fitbit (the first run's figures are in bench/README.md). With it, the questions such a person
 * asks later and the words a right answer holds, and questions nothing here answers.
 */
import { seeded } from "./seeded.js";
import type { Person, PersonFile } from "./types.js";

const random = seeded(37);

/** Her days, "2026-10-01" … "2026-11-24" (the export was made on the 25th, before she was up). */
const DAYS: string[] = [];
for (let t = Date.UTC(2026, 9, 1); t <= Date.UTC(2026, 10, 24); t += 86_400_000) DAYS.push(new Date(t).toISOString().slice(0, 10));

/** When British Summer Time ends: 01:00 UTC on Sunday 25 October 2026. */
const BST_ENDS = Date.UTC(2026, 9, 25, 1, 0);

/** The instant (epoch ms) of `minutes` after midnight on `day` on her clock in Leeds (never the repeated hour of 25 October; the trailrunner's in Sheffield too). */
export function instant(day: string, minutes: number): number {
  const guess = Date.parse(`${day}T00:00:00Z`) + Math.round(minutes * 60_000);
  return guess - 3_600_000 < BST_ENDS ? guess - 3_600_000 : guess;
}

/** An instant on her clock (its wall time read as UTC). */
export function wallOf(at: number): number {
  return at < BST_ENDS ? at + 3_600_000 : at;
}

/** "MM/DD/YY HH:MM:SS" of a time read as UTC, as Fitbit's legacy files write times. */
function fitbitTime(utc: number): string {
  const iso = new Date(utc).toISOString();
  return `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(2, 4)} ${iso.slice(11, 19)}`;
}

/** "MM/DD/YY" of a day "2026-11-16". */
function fitbitDay(day: string): string {
  return `${day.slice(5, 7)}/${day.slice(8, 10)}/${day.slice(2, 4)}`;
}

/** "2026-11-14T22:41:30.000" of a wall time read as UTC: a sleep log's time, on her clock with no zone. */
function localIso(wall: number): string {
  return new Date(wall).toISOString().replace(/Z$/, "");
}

/** Keys whose numbers Fitbit's legacy export writes as doubles (at least one fractional digit). */
const DOUBLES = new Set([
  "distance",
  "elevationGain",
  "speed",
  "pace",
  "value",
  "error",
  "weight",
  "bmi",
  "fat",
  "caloriesOut",
  "BELOW_DEFAULT_ZONE_1",
  "IN_DEFAULT_ZONE_1",
  "IN_DEFAULT_ZONE_2",
  "IN_DEFAULT_ZONE_3",
]);

/** A JSON value as Fitbit's legacy export prints it: Jackson's pretty printer, `"key" : value`, two-space indents, items joined `},{` (the unit tests write their files with it too). */
export function jackson(value: unknown, key = "", indent = ""): string {
  if (typeof value === "number") return DOUBLES.has(key) && Number.isInteger(value) ? `${value}.0` : String(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => jackson(v, key, indent)).join(",")}]`;
  const inner = `${indent}  `;
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${inner}${JSON.stringify(k)} : ${jackson(v, k, inner)}`);
  return entries.length ? `{\n${entries.join(",\n")}\n${indent}}` : "{ }";
}

/** A file of `Global Export Data/`: a JSON array as Fitbit prints one. */
function exportFile(rows: unknown[]): string {
  return jackson(rows);
}

/** A workout as she did it: its day and start on her clock (minutes after midnight), what, how long moving and in all (s), how far (km), her average heart rate, and how it was logged. */
interface Session {
  day: string;
  start: number;
  name: "Run" | "Walk" | "Swim" | "Weights" | "Yoga" | "Outdoor Bike";
  active: number;
  paused?: number;
  km?: number;
  hr: number;
  logType?: "tracker" | "auto_detected";
  climb?: number;
}

const SESSIONS: Session[] = [
  { day: "2026-10-01", start: 18 * 60 + 15, name: "Run", active: 27 * 60 + 40, km: 5.1032, hr: 154 },
  { day: "2026-10-03", start: 8 * 60 + 2 + 11 / 60, name: "Run", active: 33 * 60 + 5, km: 6.2118, hr: 150 },
  { day: "2026-10-04", start: 9 * 60 + 31, name: "Walk", active: 41 * 60, km: 3.1204, hr: 98, logType: "auto_detected" },
  { day: "2026-10-06", start: 18 * 60 + 20, name: "Run", active: 29 * 60 + 12, km: 5.4011, hr: 153 },
  { day: "2026-10-07", start: 7 * 60 + 5, name: "Swim", active: 30 * 60 + 20, km: 1.2, hr: 132 },
  { day: "2026-10-08", start: 19 * 60, name: "Weights", active: 40 * 60, hr: 112 },
  { day: "2026-10-10", start: 8 * 60 + 10, name: "Run", active: 37 * 60 + 44, km: 7.0043, hr: 151 },
  { day: "2026-10-11", start: 10 * 60, name: "Run", active: 50 * 60 + 31, km: 9.1127, hr: 149, climb: 104.2 },
  { day: "2026-10-13", start: 18 * 60 + 5, name: "Run", active: 30 * 60 + 2, km: 5.6023, hr: 155 },
  { day: "2026-10-14", start: 7 * 60, name: "Swim", active: 35 * 60 + 10, km: 1.4, hr: 130 },
  { day: "2026-10-17", start: 8 * 60 + 30, name: "Run", active: 43 * 60 + 15, km: 8.0051, hr: 150 },
  { day: "2026-10-18", start: 14 * 60, name: "Walk", active: 78 * 60, km: 6.2309, hr: 101, logType: "auto_detected" },
  { day: "2026-10-20", start: 18 * 60 + 10, name: "Run", active: 32 * 60 + 30, km: 6.0008, hr: 154 },
  { day: "2026-10-22", start: 19 * 60, name: "Yoga", active: 45 * 60, hr: 88 },
  { day: "2026-10-24", start: 8 * 60 + 15, name: "Run", active: 46 * 60 + 40, km: 8.6102, hr: 151, paused: 45 },
  { day: "2026-10-25", start: 10 * 60, name: "Outdoor Bike", active: 72 * 60 + 30, km: 24.6214, hr: 134, climb: 212.8 },
  { day: "2026-10-27", start: 18 * 60, name: "Run", active: 33 * 60 + 51, km: 6.3007, hr: 153 },
  { day: "2026-10-28", start: 7 * 60 + 10, name: "Swim", active: 37 * 60 + 30, km: 1.5, hr: 131 },
  { day: "2026-10-31", start: 9 * 60, name: "Run", active: 51 * 60 + 18, km: 9.5033, hr: 150 },
  { day: "2026-11-01", start: 10 * 60 + 30, name: "Walk", active: 52 * 60, km: 4.2116, hr: 97, logType: "auto_detected" },
  { day: "2026-11-03", start: 18 * 60 + 5, name: "Run", active: 34 * 60 + 20, km: 6.5049, hr: 152 },
  { day: "2026-11-04", start: 7 * 60 + 5, name: "Swim", active: 37 * 60 + 2, km: 1.5, hr: 133 },
  { day: "2026-11-05", start: 19 * 60, name: "Weights", active: 45 * 60, hr: 114 },
  { day: "2026-11-07", start: 8 * 60 + 20, name: "Run", active: 54 * 60 + 36, km: 10.2135, hr: 149, paused: 70 },
  { day: "2026-11-10", start: 18 * 60 + 10, name: "Run", active: 31 * 60 + 58, km: 6.1024, hr: 151 },
  { day: "2026-11-11", start: 7 * 60, name: "Swim", active: 39 * 60 + 41, km: 1.6, hr: 134 },
  { day: "2026-11-12", start: 19 * 60, name: "Weights", active: 45 * 60, hr: 116 },
  { day: "2026-11-14", start: 9 * 60, name: "Run", active: 17 * 60 + 20, km: 3.2017, hr: 141 },
  { day: "2026-11-15", start: 9 * 60 + 3 + 40 / 60, name: "Run", active: 49 * 60 + 12, km: 10.0341, hr: 168, paused: 8 },
  { day: "2026-11-17", start: 18 * 60 + 30, name: "Walk", active: 35 * 60, km: 2.8102, hr: 95, logType: "auto_detected" },
  { day: "2026-11-19", start: 7 * 60 + 5, name: "Swim", active: 36 * 60 + 44, km: 1.5, hr: 132 },
  { day: "2026-11-21", start: 8 * 60 + 30, name: "Run", active: 40 * 60 + 26, km: 7.4028, hr: 150 },
  { day: "2026-11-22", start: 10 * 60, name: "Yoga", active: 50 * 60, hr: 86 },
  { day: "2026-11-24", start: 18 * 60 + 10, name: "Run", active: 31 * 60 + 5, km: 5.8016, hr: 152 },
];

/** Fitbit's activity type of each name. */
const TYPE_IDS: Record<Session["name"], number> = { Run: 90009, Walk: 90013, Swim: 90024, Weights: 2131, Yoga: 52001, "Outdoor Bike": 90001 };

/** Her Charge 6, as an exercise's `source` names it. */
const CHARGE = {
  type: "tracker",
  name: "Charge 6",
  id: "2874610953",
  url: "https://www.fitbit.com/",
  trackerFeatures: ["GPS", "HEARTRATE", "CALORIES", "ELEVATION", "STEPS", "DISTANCE", "PACE", "VO2_MAX", "STRESS"],
};

/** An exercise as Fitbit's export writes it (its keys in the export's order). */
function exercise(s: Session, n: number): Record<string, unknown> {
  const logId = 58_120_447_100 + n * 7_919;
  const start = instant(s.day, s.start);
  const duration = (s.active + (s.paused ?? 0)) * 1000;
  const minutes = Math.round(s.active / 60);
  const calories = Math.round(minutes * (s.name === "Run" ? 11.2 : s.name === "Swim" ? 9.4 : s.name === "Outdoor Bike" ? 8.1 : s.name === "Walk" ? 4.9 : 5.6));
  const steps = s.name === "Run" ? Math.round(s.active * 2.78) : s.name === "Walk" ? Math.round(s.active * 1.82) : 0;
  const zone = (name: string, min: number, max: number, m: number) => ({ name, min, max, minutes: m });
  const hard = s.hr >= 145;
  const row: Record<string, unknown> = {
    logId,
    activityName: s.name,
    activityTypeId: TYPE_IDS[s.name],
    activityLevel: [
      { minutes: hard ? 0 : Math.round(minutes * 0.2), name: "sedentary" },
      { minutes: hard ? 1 : Math.round(minutes * 0.5), name: "lightly" },
      { minutes: hard ? 3 : Math.round(minutes * 0.2), name: "fairly" },
      { minutes: hard ? minutes - 4 : minutes - Math.round(minutes * 0.2) - Math.round(minutes * 0.5) - Math.round(minutes * 0.2), name: "very" },
    ],
    averageHeartRate: s.hr,
    calories,
    ...(s.km !== undefined ? { distance: s.km, distanceUnit: "Kilometer" } : {}),
    duration,
    activeDuration: s.active * 1000,
    steps,
    source: CHARGE,
    logType: s.logType ?? "tracker",
    manualValuesSpecified: { calories: false, distance: false, steps: false },
    heartRateZones: [
      zone("Out of Range", 30, 113, hard ? 1 : Math.round(minutes * 0.6)),
      zone("Fat Burn", 113, 140, hard ? 4 : Math.round(minutes * 0.4)),
      zone("Cardio", 140, 171, hard ? minutes - 9 : 0),
      zone("Peak", 171, 220, hard ? 4 : 0),
    ],
    activeZoneMinutes: {
      totalMinutes: hard ? 2 * (minutes - 5) + 4 : Math.round(minutes * 0.4),
      minutesInHeartRateZones: [
        { minutes: hard ? 4 : Math.round(minutes * 0.4), zoneName: "Fat Burn", order: 1, type: "FAT_BURN", minuteMultiplier: 1 },
        { minutes: hard ? minutes - 9 : 0, zoneName: "Cardio", order: 2, type: "CARDIO", minuteMultiplier: 2 },
        { minutes: hard ? 4 : 0, zoneName: "Peak", order: 3, type: "PEAK", minuteMultiplier: 2 },
      ],
    },
    ...(s.km !== undefined ? { speed: Number((s.km / (s.active / 3600)).toFixed(6)), pace: Number((s.active / s.km).toFixed(6)) } : {}),
    lastModified: fitbitTime(start + duration + 11 * 60_000),
    startTime: fitbitTime(start),
    originalStartTime: fitbitTime(start),
    originalDuration: duration,
    ...(s.km !== undefined && s.name !== "Swim" ? { elevationGain: s.climb ?? Number((12 + random() * 40).toFixed(3)) } : {}),
    hasGps: s.km !== undefined && s.name !== "Swim",
    shouldFetchDetails: s.km !== undefined && s.name !== "Swim",
    hasActiveZoneMinutes: true,
    ...(s.km !== undefined && s.name !== "Swim" ? { tcxLink: `https://www.fitbit.com/activities/exercise/${logId}?export=tcx` } : {}),
  };
  return row;
}

/** Each night: the evening's day, when she fell asleep and woke (minutes after that evening's midnight), and the minutes deep, light, REM and awake. */
type Night = { day: string; start: number; end: number; deep: number; light: number; rem: number; wake: number };

const NIGHTS: Night[] = DAYS.slice(0, -1).map((day): Night => {
  // (the night before the race: in bed late with nerves, up at 05:35)
  if (day === "2026-11-14") return { day, start: 22 * 60 + 41.5, end: 24 * 60 + 5 * 60 + 35, deep: 58, light: 220, rem: 84, wake: 51.5 };
  if (day === "2026-11-20") return { day, start: 22 * 60 + 58, end: 24 * 60 + 7 * 60 + 12, deep: 74, light: 268, rem: 97, wake: 55 };
  const start = 22 * 60 + 25 + Math.round(random() * 60) + (random() < 0.5 ? 0.5 : 0);
  const end = 24 * 60 + 6 * 60 + 10 + Math.round(random() * 55);
  const wake = 38 + Math.round(random() * 25);
  const asleep = end - start - wake;
  const deep = 55 + Math.round(random() * 30);
  const rem = 75 + Math.round(random() * 30);
  return { day, start, end, deep, light: Math.round(asleep - deep - rem), rem, wake: end - start - Math.round(asleep - deep - rem) - deep - rem };
});

/** The day after `day` ("2026-11-14" → "2026-11-15"). */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** A night's sleep log as the export writes it (a stages sleep, on her clock). */
function sleepLog(n: Night, i: number): Record<string, unknown> {
  const from = wallOf(instant(n.day, n.start));
  const to = wallOf(instant(n.day, n.end));
  const inBed = Math.round((to - from) / 60_000);
  const asleep = n.deep + n.light + n.rem;
  const stage = (minutes: number, count: number, avg: number) => ({ count, minutes, thirtyDayAvgMinutes: avg });
  return {
    logId: 49_310_225_400 + i * 10_007,
    dateOfSleep: nextDay(n.day),
    startTime: localIso(from),
    endTime: localIso(to),
    duration: to - from,
    minutesToFallAsleep: 0,
    minutesAsleep: asleep,
    minutesAwake: inBed - asleep,
    minutesAfterWakeup: 0,
    timeInBed: inBed,
    efficiency: Math.round((asleep / inBed) * 100),
    type: "stages",
    infoCode: 0,
    logType: "auto_detected",
    levels: {
      summary: {
        deep: stage(n.deep, 3 + (i % 3), 68),
        wake: stage(inBed - asleep, 24 + (i % 9), 49),
        light: stage(n.light, 25 + (i % 7), 243),
        rem: stage(n.rem, 5 + (i % 3), 88),
      },
      data: [
        { dateTime: localIso(from), level: "wake", seconds: 210 },
        { dateTime: localIso(from + 210_000), level: "light", seconds: 1620 },
        { dateTime: localIso(from + 1_830_000), level: "deep", seconds: 2340 },
      ],
      shortData: [{ dateTime: localIso(from + 9_000_000), level: "wake", seconds: 60 }],
    },
    mainSleep: true,
  };
}

/** The nap after the race (Sunday 15 November, 14:10 to 14:52): a classic sleep, too short for stages. */
const NAP = {
  logId: 49_310_899_113,
  dateOfSleep: "2026-11-15",
  startTime: "2026-11-15T14:10:00.000",
  endTime: "2026-11-15T14:52:00.000",
  duration: 2_520_000,
  minutesToFallAsleep: 0,
  minutesAsleep: 38,
  minutesAwake: 2,
  minutesAfterWakeup: 2,
  timeInBed: 42,
  efficiency: 95,
  type: "classic",
  infoCode: 2,
  logType: "auto_detected",
  levels: {
    summary: { restless: { count: 2, minutes: 2 }, awake: { count: 1, minutes: 0 }, asleep: { count: 0, minutes: 38 } },
    data: [
      { dateTime: "2026-11-15T14:10:00.000", level: "asleep", seconds: 1200 },
      { dateTime: "2026-11-15T14:30:00.000", level: "restless", seconds: 120 },
      { dateTime: "2026-11-15T14:32:00.000", level: "asleep", seconds: 1200 },
    ],
  },
  mainSleep: false,
};

/** Her steps each day (the days she is asked about fixed; the race day's the most). */
const STEPS: Record<string, number> = { "2026-11-15": 18_204, "2026-11-21": 14_377, "2026-11-07": 19_052 };
for (const day of DAYS) STEPS[day] ??= 7_200 + Math.round(random() * 6_500) + (SESSIONS.some((s) => s.day === day && s.name === "Run") ? 5_000 : 0);

/**
 * A day's minutes as steps-*.json writes them, `{ "dateTime" : "…" (UTC), "value" : "87" }`, from 06:30 to
 * 22:30 on her clock, zeros too, adding up to the day's steps: a workout's minutes its bursts, the rest
 * spread over short walks.
 */
function stepMinutes(day: string): Array<{ dateTime: string; value: string }> {
  const total = STEPS[day]!;
  const first = 6 * 60 + 30;
  const values = new Array<number>(16 * 60).fill(0);
  let left = total;
  for (const s of SESSIONS.filter((x) => x.day === day && (x.name === "Run" || x.name === "Walk"))) {
    const per = s.name === "Run" ? 166 : 109;
    for (let m = Math.floor(s.start) - first; m < Math.floor(s.start) - first + Math.round(s.active / 60) && left > 0; m++) {
      if (m < 0 || m >= values.length) continue;
      const v = Math.min(left, per + Math.round((random() - 0.5) * 10));
      values[m] = v;
      left -= v;
    }
  }
  while (left > 0) {
    const m = Math.floor(random() * values.length);
    if (values[m]! > 0) continue;
    const v = Math.min(left, 40 + Math.round(random() * 70));
    values[m] = v;
    left -= v;
  }
  return values.map((v, m) => ({ dateTime: fitbitTime(instant(day, first + m)), value: String(v) }));
}

/** Her resting heart rate each day (bpm), falling as she gets fitter; none on Monday 19 October, when the watch was charging all day. */
const RESTING: Record<string, number | null> = { "2026-11-01": 56.184, "2026-10-19": null };
DAYS.forEach((day, i) => {
  if (day in RESTING) return;
  RESTING[day] = Number((61.4 - (i / DAYS.length) * 4.5 + (random() - 0.5) * 1.6).toFixed(3));
});

/** A resting heart rate row: the day at midnight, and its reading or Fitbit's padding for a day without one. */
function restingRow(day: string): Record<string, unknown> {
  const bpm = RESTING[day];
  return {
    dateTime: `${fitbitDay(day)} 00:00:00`,
    value: bpm == null ? { date: null, value: 0, error: 0 } : { date: fitbitDay(day), value: bpm, error: Number((5.1 + random() * 2).toFixed(6)) },
  };
}

/** Her weigh-ins on the Aria: the day, the minute on her clock, kg and body fat (%). */
const WEIGH_INS: Array<[string, number, number, number]> = [
  ["2026-10-02", 7 * 60 + 8, 69.8, 27.1],
  ["2026-10-06", 7 * 60 + 4, 69.6, 26.9],
  ["2026-10-09", 7 * 60 + 15, 69.5, 26.9],
  ["2026-10-13", 7 * 60 + 2, 69.3, 26.6],
  ["2026-10-16", 7 * 60 + 11, 69.1, 26.4],
  ["2026-10-20", 7 * 60 + 6, 68.9, 26.3],
  ["2026-10-23", 7 * 60 + 20, 68.8, 26.1],
  ["2026-10-27", 7 * 60 + 5, 68.6, 25.9],
  ["2026-10-30", 7 * 60 + 9, 68.5, 25.8],
  ["2026-11-03", 7 * 60 + 3, 68.4, 25.6],
  ["2026-11-06", 7 * 60 + 12, 68.2, 25.5],
  ["2026-11-10", 7 * 60 + 7, 68.1, 25.3],
  ["2026-11-13", 7 * 60 + 1, 68.0, 25.2],
  ["2026-11-16", 7 * 60 + 12 + 40 / 60, 67.9, 25.1],
  ["2026-11-20", 7 * 60 + 4, 67.8, 25.0],
  ["2026-11-24", 7 * 60 + 10, 67.6, 24.8],
];

/** A weigh-in as weight-*.json writes it: its logId the time on her clock as if UTC, in ms, `date` and `time` on her clock. */
function weighIn([day, minutes, kg, fat]: [string, number, number, number]): Record<string, unknown> {
  const wall = wallOf(instant(day, minutes));
  return {
    logId: Math.floor(wall / 1000) * 1000,
    weight: kg,
    bmi: Number((kg / 1.68 ** 2).toFixed(2)),
    fat,
    date: fitbitDay(day),
    time: new Date(wall).toISOString().slice(11, 19),
    source: "Aria",
  };
}

/** The race's heart rate, a sample every few seconds (heart_rate-2026-11-15.json: passed over, never read). */
function raceHeartRate(): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  const start = instant("2026-11-15", 8 * 60 + 50);
  for (let t = 0; t < 80 * 60; t += 5 + Math.floor(random() * 10))
    rows.push({
      dateTime: fitbitTime(start + t * 1000),
      value: { bpm: Math.round(t < 13 * 60 ? 92 + random() * 20 : 160 + random() * 18), confidence: 2 + (t % 2) },
    });
  return rows;
}

/** The race day's calories a minute (calories-2026-11-15.json: passed over). */
function raceCalories(): Array<Record<string, unknown>> {
  return Array.from({ length: 120 }, (_, m) => ({
    dateTime: fitbitTime(instant("2026-11-15", 8 * 60 + 30 + m)),
    value: (m > 33 && m < 83 ? 13.2 : 1.21).toFixed(2),
  }));
}

/** Profile.csv as Takeout writes it (CRLF), its 31 columns. */
const PROFILE_CSV = `${[
  "id,full_name,first_name,last_name,display_name_setting,display_name,username,email_address,date_of_birth,child,country,state,city,timezone,locale,member_since,about_me,start_of_week,sleep_tracking,time_display_format,gender,height,weight,stride_length_walking,stride_length_running,weight_unit,distance_unit,height_unit,water_unit,glucose_unit,swim_unit",
  '7QK2LM,Ellie Marsh,Ellie,Marsh,name,Ellie M.,null,ellie.marsh@example.com,1994-06-02,false,GB,null,Leeds,Europe/London,en_GB,2021-03-14,"Couch to 10K, one parkrun at a time.",MONDAY,Normal,24hour,FEMALE,168.0,69.8,71.2,104.6,METRIC,METRIC,METRIC,METRIC,null,null',
].join("\r\n")}\r\n`;

/** Sleep Score/sleep_score.csv (LF): a score per night, newest first. */
function sleepScoreCsv(): string {
  const rows = NIGHTS.map((n, i) => {
    const end = new Date(instant(n.day, n.end)).toISOString().replace(".000", "");
    return `${49_310_225_400 + i * 10_007},${end},${72 + (i % 15)},${18 + (i % 5)},${20 + (i % 4)},${35 + (i % 9)},${n.deep},${Math.round(RESTING[nextDay(n.day)] ?? 58)},${(0.06 + (i % 7) / 300).toFixed(10)}`;
  }).reverse();
  return `sleep_log_entry_id,timestamp,overall_score,composition_score,revitalization_score,duration_score,deep_sleep_in_minutes,resting_heart_rate,restlessness\n${rows.join("\n")}\n`;
}

const BADGES = [
  {
    badgeType: "DAILY_STEPS",
    dateTime: "2026-11-07",
    timesAchieved: 2,
    encodedId: "22B8MF",
    name: "Urban Boot (15,000 steps in a day)",
    shortName: "Urban Boot",
    earnedMessage: "Congrats on earning your first Urban Boot badge!",
    description: "15,000 steps in a day",
    category: "Daily Steps",
  },
];

const GLOBAL = "Takeout/Fitbit/Global Export Data";
const MADE = Date.UTC(2026, 10, 25, 7, 48, 12);

/** The files of her Takeout: Fitbit's folder, and Takeout's index page. */
function files(): PersonFile[] {
  const inMonth = (from: string, to: string) => (day: string) => day >= from && day <= to;
  const october = inMonth("2026-10-01", "2026-10-31");
  const november = inMonth("2026-11-01", "2026-11-30");
  const sleeps = NIGHTS.map(sleepLog);
  const file = (name: string, text: string): PersonFile => ({ name, text, mtime: MADE });
  return [
    file("Takeout/archive_browser.html", "<!DOCTYPE html><html><head><title>Takeout</title></head><body><h1>Fitbit</h1></body></html>\n"),
    file(`${GLOBAL}/exercise-0.json`, exportFile(SESSIONS.map(exercise))),
    file(
      `${GLOBAL}/sleep-2026-10-01.json`,
      exportFile(sleeps.filter((s) => (s.dateOfSleep as string) >= "2026-10-02" && (s.dateOfSleep as string) <= "2026-10-30")),
    ),
    file(
      `${GLOBAL}/sleep-2026-10-31.json`,
      exportFile(
        [...sleeps.filter((s) => (s.dateOfSleep as string) >= "2026-10-31"), NAP].sort((a, b) => String(a.startTime).localeCompare(String(b.startTime))),
      ),
    ),
    file(`${GLOBAL}/steps-2026-10-01.json`, exportFile(DAYS.filter(october).flatMap(stepMinutes))),
    file(`${GLOBAL}/steps-2026-11-01.json`, exportFile(DAYS.filter(november).flatMap(stepMinutes))),
    file(`${GLOBAL}/resting_heart_rate-2026-10-01.json`, exportFile(DAYS.map(restingRow))),
    file(`${GLOBAL}/weight-2026-10-01.json`, exportFile(WEIGH_INS.filter(([d]) => october(d)).map(weighIn))),
    file(`${GLOBAL}/weight-2026-10-31.json`, exportFile(WEIGH_INS.filter(([d]) => d >= "2026-10-31").map(weighIn))),
    file(`${GLOBAL}/heart_rate-2026-11-15.json`, exportFile(raceHeartRate())),
    file(`${GLOBAL}/calories-2026-11-15.json`, exportFile(raceCalories())),
    file(
      `${GLOBAL}/time_in_heart_rate_zones-2026-11-15.json`,
      exportFile([
        {
          dateTime: "11/15/26 00:00:00",
          value: { valuesInZones: { BELOW_DEFAULT_ZONE_1: 1242.0, IN_DEFAULT_ZONE_1: 96.0, IN_DEFAULT_ZONE_2: 58.0, IN_DEFAULT_ZONE_3: 44.0 } },
        },
      ]),
    ),
    file(`${GLOBAL}/badge.json`, exportFile(BADGES)),
    file("Takeout/Fitbit/Your Profile/Profile.csv", PROFILE_CSV),
    file("Takeout/Fitbit/Sleep Score/sleep_score.csv", sleepScoreCsv()),
  ];
}

/**
 * Questions she asks later, each with the words a right answer holds (all of them, any case), or null
 * for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How far did I run last Saturday?", expect: ["7.4 km"] },
  { question: "How much did I sleep the night before the race?", expect: ["6 hours 2 minutes"] },
  { question: "What was my resting heart rate at the start of November?", expect: ["56"] },
  { question: "How many steps did I take on Sunday 15 November?", expect: ["18,204"] },
  { question: "What time did I go for a run on Saturday 3 October?", expect: ["08:02"] },
  { question: "How long was my run on Sunday 15 November?", expect: ["49 minutes 12 seconds"] },
  { question: "How much did I weigh on Monday 16 November?", expect: ["67.9"] },
  { question: "When did I last go swimming?", expect: ["19 November"] },
  { question: "How much deep sleep did I get on the night of Friday 20 November?", expect: ["1 hour 14 minutes"] },
  { question: "What workout did I do on Thursday 12 November?", expect: ["weights"] },
  { question: "When did I go for a bike ride?", expect: ["25 October"] },
  { question: "What was my average heart rate on my run on Tuesday 10 November?", expect: ["151"] },
  { question: "What was my finishing position in the Abbey Dash?", expect: null },
  { question: "What's my blood oxygen level?", expect: null },
  { question: "How many calories did I eat on Saturday 14 November?", expect: null },
];

/** The stepper: her unzipped Google Takeout of Fitbit imported as a folder, asked on Wednesday 25 November 2026. */
export const stepper: Person = {
  name: "stepper",
  files: files(),
  folder: "Takeout",
  chat: [{ at: Date.UTC(2026, 10, 15, 12, 30), text: "Did the Leeds Abbey Dash this morning, my first 10K race! Legs are done, off for a nap." }],
  askedAt: Date.UTC(2026, 10, 25, 9, 0),
  questions: QUESTIONS,
};
