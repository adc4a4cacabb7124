/**
 * The sleeper: Nadia Rahman, a product manager in London, wears an Oura ring (Gen 3) through five weeks around the
 * launch of her team's app, Ledgerly Pay, on Thursday 15 October 2026: late nights and caffeine in the fortnight before
 * it, launch drinks on the night, then a cold from Sunday 18 October that keeps her in bed for most of a week (her
 * temperature up, her readiness at its lowest), and back to parkrun by the end of the month. She tags what she thinks
 * matters in the Oura app (caffeine, a late meal, melatonin, alcohol, being sick) and once writes a note of her own. On
 * Monday 2 November she asks Oura's membership hub for her data (its Export data, prepared on request), unzips what it
 * sends into a folder and imports it (`engram import "Oura export"`). The folder is as Oura writes it, one CSV per
 * data type in `App Data/`:
 *
 * - `dailysleep.csv` (`id;contributors;day;score;timestamp`), `dailyreadiness.csv` (`id;contributors;day;score;
 *   temperature_deviation;temperature_trend_deviation;timestamp`), `dailyactivity.csv` (`id;active_calories;…;steps;…;
 *   total_calories`, its `class_5_min` and `met` series inside), `dailyspo2.csv` (`id;breathing_disturbance_index;day;
 *   spo2_percentage`), `dailystress.csv` (`id;day;day_summary;recovery_high;stress_high`) and `dailyresilience.csv`
 *   (`id;contributors;day;level`): a row a day, `day` the day woken for the sleep, readiness and SpO2;
 * - `sleepmodel.csv`: a row per sleep period (`type` long_sleep, a nap's `sleep`, one the app deleted `deleted`), its
 *   `bedtime_start` and `bedtime_end` on her clock with its offset ("2026-10-15T00:57:00.000+01:00"), the durations in
 *   seconds (`total_sleep_duration`, `deep_sleep_duration`, `rem_sleep_duration`, `light_sleep_duration`, `awake_time`,
 *   `time_in_bed`, `latency`), `lowest_heart_rate`, `average_heart_rate`, `average_hrv`, `efficiency`, and its series
 *   (`heart_rate` and `hrv` as JSON, `sleep_phase_5_min` and `movement_30_sec` as digits, `readiness` as JSON);
 * - `workout.csv` (`id;activity;calories;day;distance;end_datetime;intensity;label;source;start_datetime`: `activity`
 *   as the app names it, "running", "strengthTraining", "tableTennis"; distance in metres; `source` manual,
 *   autodetected or confirmed) and `enhancedtag.csv` (`id;comment;custom_name;end_day;end_time;start_day;start_time;
 *   tag_type_code`: Oura's codes "tag_generic_caffeine", "tag_generic_sick", a custom tag's `custom` and its name, a
 *   note with no tag an empty code);
 * - what Engram passes over: `heartrate.csv` (her heart rate every few minutes, day and night), `sleeptime.csv` (the
 *   app's bedtime advice) and `ringconfiguration.csv` (the ring's colour, size and firmware).
 *
 * The dialect is the membership hub's: `;` between cells, the column `id` first and the others in the order of their
 * names, JSON written into its cells unquoted (`{"deep_sleep": 72, …}`), an empty cell for nothing (`;;`), CRLF line
 * ends, UTF-8 with no byte order mark. Checked against public readers of the export and their fixtures:
 * mbalesni/heavy-sleeper's plot_daily_spo2.py (the `App Data/` folder, dailyspo2.csv, dailyreadiness.csv,
 * dailysleep.csv, dailyactivity.csv, sleepmodel.csv by name, `;` as the delimiter, a JSON cell split off raw,
 * `spo2_percentage` `{"average": …}`, the durations in seconds), byesamosa's notes on its parser (`day` the day woken in
 * dailysleep and sleepmodel, the `long_sleep` type, a readiness JSON inside sleepmodel, `timestamp`
 * "2025-12-03T00:00:00.000+00:00"), two apps' tests of "the real schema" (sleepmodel's and dailyreadiness' columns, a
 * `deleted` row), Cracked-Oura's fixture of the 2026 export (the column order, CRLF, `;;`, enhancedtag.csv's and
 * workout.csv's columns, `sleep.csv`/`tag.csv` and date-suffixed names in newer exports, some comma-delimited),
 * MyDataHelps' pages on Oura's export formats (workout intensity easy/moderate/hard, source autodetected, confirmed,
 * manual or workout_heart_rate, a sample "tableTennis" row with its offsets) and Oura's API v2 schemas the export
 * mirrors (EnhancedTagModel: `tag_type_code` NULL for a text-only tag, `custom` with `custom_name`; PublicWorkout's
 * distance in metres). Written by the developers in session 39 before Engram could read Oura's export (the first
 * run's figures are in bench/README.md), with the questions she asks later, the words a right answer holds, and three
 * that nothing here answers.
 */
import { seeded } from "./seeded.js";
import type { Person, PersonFile } from "./types.js";

const random = seeded(39);

/** The folder she unzipped the export into, and Oura's folder of its CSVs inside. */
const FOLDER = "Oura export";
const APP = `${FOLDER}/App Data`;

/** When British Summer Time ends on her clock: 02:00 BST on Sunday 25 October 2026, read as UTC. */
const BST_ENDS_WALL = Date.UTC(2026, 9, 25, 2, 0);

/** The offset of her clock at the wall time `wall` (ms, read as UTC): "+01:00" in summer time, "+00:00" after. */
function offsetOf(wall: number): string {
  return wall < BST_ENDS_WALL ? "+01:00" : "+00:00";
}

/** A time as Oura's export writes it, her wall clock with its offset: "2026-10-15T00:57:00.000+01:00". */
function ouraTime(wall: number): string {
  return `${new Date(wall).toISOString().slice(0, 19)}.000${offsetOf(wall)}`;
}

/** A day's midnight on her clock, as the daily files' `timestamp` writes it. */
function dayStamp(day: string): string {
  return ouraTime(Date.parse(`${day}T00:00:00Z`));
}

/** The wall time (ms, read as UTC) of `minutes` after the midnight that opens `day`. */
function wallAt(day: string, minutes: number): number {
  return Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
}

/** The day after `day`. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** An id as Oura writes them: a UUID. */
function uuid(): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
}

/** A whole number from `lo` to `hi`. */
function between(lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** A number JSON writes with its fraction, as Python's json writes a float: `Float(300)` → `300.0`. */
class Float {
  constructor(readonly value: number) {}
}

/** JSON as the export writes it into a cell, as Python's json writes it: ", " and ": " between items and members, a float with its fraction. */
function cellJson(value: unknown): string {
  if (value instanceof Float) return Number.isInteger(value.value) ? `${value.value}.0` : String(value.value);
  if (Array.isArray(value)) return `[${value.map(cellJson).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${cellJson(v)}`)
      .join(", ")}}`;
  return JSON.stringify(value);
}

/** A CSV as the membership hub writes it: `;` between cells, CRLF line ends, nothing for a null. */
function csv(header: string[], rows: Array<Array<string | number | null>>): string {
  return [header.join(";"), ...rows.map((r) => r.map((c) => (c === null ? "" : String(c))).join(";"))].map((l) => `${l}\r\n`).join("");
}

/** Her evenings, Sunday 27 September to Saturday 31 October 2026: each night is woken from on the day after. */
const EVENINGS: string[] = [];
for (let t = Date.UTC(2026, 8, 27); t <= Date.UTC(2026, 9, 31); t += 86_400_000) EVENINGS.push(new Date(t).toISOString().slice(0, 10));

/** A night as she lived it: when she went to bed (minutes after the evening's midnight), how long in bed and asleep (minutes), her lowest heart rate, HRV and sleep score. */
interface Night {
  bed: number;
  inBed: number;
  asleep: number;
  lowest: number;
  hrv: number;
  score: number;
}

/** The nights the questions ask about, and the launch's and the cold's, by the evening; the others are drawn around her usual. */
const NIGHTS: Record<string, Partial<Night>> = {
  // (her best night: the lowest resting heart rate of October)
  "2026-10-03": { bed: 23 * 60 + 2, inBed: 492, asleep: 451, lowest: 47, hrv: 62, score: 88 },
  "2026-10-05": { bed: 24 * 60 + 10, inBed: 392, asleep: 344, lowest: 53, hrv: 44, score: 71 },
  "2026-10-06": { bed: 24 * 60 + 35, inBed: 371, asleep: 322, lowest: 54, hrv: 41, score: 66 },
  "2026-10-07": { bed: 24 * 60 + 52, inBed: 368, asleep: 309, lowest: 55, hrv: 36, score: 61 },
  "2026-10-08": { bed: 24 * 60 + 20, inBed: 385, asleep: 331, lowest: 54, hrv: 39, score: 65 },
  "2026-10-09": { bed: 24 * 60 + 5, inBed: 430, asleep: 378, lowest: 53, hrv: 43, score: 72 },
  "2026-10-11": { bed: 23 * 60 + 48, inBed: 401, asleep: 352, lowest: 54, hrv: 40, score: 70 },
  "2026-10-12": { bed: 24 * 60 + 48, inBed: 352, asleep: 298, lowest: 57, hrv: 29, score: 55 },
  "2026-10-13": { bed: 24 * 60 + 84, inBed: 327, asleep: 302, lowest: 58, hrv: 31, score: 54 },
  "2026-10-14": { bed: 23 * 60 + 55, inBed: 418, asleep: 361, lowest: 56, hrv: 35, score: 67 },
  // (launch night: drinks, in bed at 00:57)
  "2026-10-15": { bed: 24 * 60 + 57, inBed: 334, asleep: 292, lowest: 64, hrv: 22, score: 38 },
  "2026-10-16": { bed: 22 * 60 + 40, inBed: 560, asleep: 488, lowest: 58, hrv: 34, score: 76 },
  // (the cold)
  "2026-10-18": { bed: 21 * 60 + 50, inBed: 610, asleep: 512, lowest: 63, hrv: 24, score: 62 },
  "2026-10-19": { bed: 22 * 60 + 5, inBed: 590, asleep: 497, lowest: 62, hrv: 26, score: 64 },
  "2026-10-20": { bed: 22 * 60 + 20, inBed: 570, asleep: 489, lowest: 60, hrv: 30, score: 68 },
  "2026-10-21": { bed: 22 * 60 + 30, inBed: 540, asleep: 471, lowest: 58, hrv: 36, score: 73 },
  "2026-10-22": { bed: 22 * 60 + 45, inBed: 515, asleep: 458, lowest: 56, hrv: 41, score: 77 },
  // (the clocks go back in the night: 23:10 BST to 07:40 GMT, nine and a half hours in bed)
  "2026-10-24": { bed: 23 * 60 + 10, inBed: 570, asleep: 512, lowest: 51, hrv: 55, score: 85 },
};

/** Each night's figures, drawn once. */
const DRAWN = new Map<string, Night>();

/** A night's figures: those set above, the rest drawn around her usual (before the crunch, in it, after the cold), the same each time asked. */
function nightOf(evening: string): Night {
  const known = DRAWN.get(evening);
  if (known) return known;
  const night = drawNight(evening);
  DRAWN.set(evening, night);
  return night;
}

/** A night's figures, drawn. */
function drawNight(evening: string): Night {
  const set = NIGHTS[evening] ?? {};
  const crunch = evening >= "2026-10-05" && evening <= "2026-10-16";
  const asleep = set.asleep ?? between(crunch ? 320 : 415, crunch ? 380 : 465);
  return {
    bed: set.bed ?? (crunch ? between(23 * 60 + 40, 24 * 60 + 30) : between(22 * 60 + 45, 23 * 60 + 35)),
    inBed: set.inBed ?? asleep + between(28, 52),
    asleep,
    lowest: set.lowest ?? between(crunch ? 53 : 49, crunch ? 56 : 53),
    hrv: set.hrv ?? between(crunch ? 36 : 50, crunch ? 44 : 61),
    score: set.score ?? between(crunch ? 62 : 78, crunch ? 72 : 87),
  };
}

/** Her readiness by the day woken: its score and her temperature's deviation (°C) from her baseline; the cold's days set, the others drawn. */
const READINESS: Record<string, [score: number, temperature: number]> = {
  "2026-10-16": [51, 0.2],
  "2026-10-18": [63, 0.4],
  "2026-10-19": [42, 0.9],
  "2026-10-20": [47, 0.7],
  "2026-10-21": [55, 0.4],
  "2026-10-22": [61, 0.2],
  "2026-10-23": [68, 0.1],
};

/** Her days' steps and active calories that the questions ask about, by the day. */
const ACTIVITY: Record<string, [steps: number, active: number, score: number]> = {
  "2026-10-10": [15_412, 612, 94],
  "2026-10-15": [14_230, 520, 71],
  "2026-10-19": [1_904, 61, 38],
  "2026-10-20": [2_311, 80, 41],
};

/** A workout as the app logged it: its start and end on her wall clock, what it was, and its figures. */
type Workout = [start: number, end: number, activity: string, calories: number, distance: number | null, intensity: string, label: string, source: string];

const WORKOUTS: Workout[] = [
  [wallAt("2026-10-03", 9 * 60), wallAt("2026-10-03", 9 * 60 + 27.7), "running", 338.4, 5012, "hard", "Hackney Marshes parkrun", "manual"],
  [wallAt("2026-10-05", 18 * 60 + 32), wallAt("2026-10-05", 19 * 60 + 18), "strengthTraining", 265.0, null, "moderate", "", "confirmed"],
  [wallAt("2026-10-07", 7 * 60 + 15), wallAt("2026-10-07", 7 * 60 + 46), "yoga", 96.2, null, "easy", "", "manual"],
  [wallAt("2026-10-10", 9 * 60), wallAt("2026-10-10", 9 * 60 + 26.25), "running", 341.9, 5008, "hard", "Hackney Marshes parkrun", "manual"],
  [wallAt("2026-10-11", 11 * 60 + 20), wallAt("2026-10-11", 12 * 60 + 47), "walking", 298.3, 6230, "easy", "", "autodetected"],
  [wallAt("2026-10-13", 8 * 60 + 5), wallAt("2026-10-13", 8 * 60 + 41), "cycling", 310.6, 12_340, "moderate", "", "autodetected"],
  [wallAt("2026-10-28", 7 * 60 + 15), wallAt("2026-10-28", 7 * 60 + 45), "yoga", 92.0, null, "easy", "", "manual"],
  [wallAt("2026-10-30", 17 * 60 + 40), wallAt("2026-10-30", 18 * 60 + 25), "tableTennis", 210.4, null, "moderate", "", "confirmed"],
  [wallAt("2026-10-31", 9 * 60 + 30), wallAt("2026-10-31", 10 * 60 + 17), "running", 512.7, 8104, "moderate", "First run since the cold", "manual"],
];

/** A tag or note as the app saved it: its start (and end, for one with a duration) on her wall clock, its code, custom name and comment. */
type Tag = [start: number, end: number | null, code: string | null, customName: string | null, comment: string | null];

const TAGS: Tag[] = [
  [wallAt("2026-10-07", 16 * 60 + 10), null, "tag_generic_caffeine", null, "Double espresso before the launch review"],
  [wallAt("2026-10-12", 22 * 60 + 40), null, "tag_generic_late_meal", null, null],
  [wallAt("2026-10-13", 23 * 60 + 52), null, null, null, "Couldn't switch off, kept rehearsing the launch demo in my head"],
  [wallAt("2026-10-14", 23 * 60 + 20), null, "custom", "Melatonin", null],
  [wallAt("2026-10-15", 21 * 60), null, "tag_generic_alcohol", null, "Launch drinks with the team at The Anchor"],
  [
    wallAt("2026-10-18", 9 * 60 + 30),
    wallAt("2026-10-23", 18 * 60),
    "tag_generic_sick",
    null,
    "Streaming cold and a sore throat, probably from the launch party",
  ],
];

/** A series as a JSON cell: `{"interval": 300.0, "items": […], "timestamp": "…"}`, a few items null. */
function series(interval: number, count: number, lo: number, hi: number, start: string): string {
  const items = Array.from({ length: count }, (_, i) => (i > 0 && i % 13 === 0 ? null : new Float(Math.round(lo + random() * (hi - lo)))));
  return cellJson({ interval: new Float(interval), items, timestamp: start });
}

/** Digits of a sleep's phases or movement, one per period. */
function digits(count: number, alphabet: string): string {
  return Array.from({ length: count }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
}

/** sleepmodel.csv: each night a long_sleep row, her nap on the 20th, and a period the app deleted on the 8th. */
function sleepModel(): string {
  const header = [
    "id",
    "average_breath",
    "average_heart_rate",
    "average_hrv",
    "awake_time",
    "bedtime_end",
    "bedtime_start",
    "day",
    "deep_sleep_duration",
    "efficiency",
    "heart_rate",
    "hrv",
    "latency",
    "light_sleep_duration",
    "low_battery_alert",
    "lowest_heart_rate",
    "movement_30_sec",
    "period",
    "readiness",
    "readiness_score_delta",
    "rem_sleep_duration",
    "restless_periods",
    "sleep_algorithm_version",
    "sleep_phase_5_min",
    "sleep_score_delta",
    "time_in_bed",
    "total_sleep_duration",
    "type",
  ];
  const rows: Array<Array<string | number | null>> = [];
  const row = (evening: string, n: Night, type: string, period: number): Array<string | number | null> => {
    const from = wallAt(evening, n.bed);
    // (her wall clock at the end: an hour less when the clocks went back in the night)
    const shift = from < BST_ENDS_WALL && from + n.inBed * 60_000 >= BST_ENDS_WALL ? -3_600_000 : 0;
    const to = from + n.inBed * 60_000 + shift;
    const deep = Math.round(n.asleep * (0.16 + random() * 0.05));
    const rem = Math.round(n.asleep * (0.21 + random() * 0.05));
    const fives = Math.floor(n.inBed / 5);
    const readiness = {
      contributors: {
        activity_balance: between(70, 95),
        body_temperature: between(60, 100),
        hrv_balance: between(50, 90),
        previous_day_activity: between(60, 95),
        previous_night: between(40, 95),
        recovery_index: between(40, 100),
        resting_heart_rate: between(50, 98),
        sleep_balance: between(55, 90),
      },
      score: between(55, 88),
      temperature_deviation: Number((random() * 0.4 - 0.2).toFixed(2)),
      temperature_trend_deviation: null,
    };
    return [
      uuid(),
      Number((13.5 + random() * 2).toFixed(3)),
      Number((n.lowest + 4 + random() * 3).toFixed(3)),
      n.hrv,
      (n.inBed - n.asleep) * 60,
      ouraTime(to),
      ouraTime(from),
      type === "long_sleep" || type === "deleted" ? new Date(to).toISOString().slice(0, 10) : evening,
      deep * 60,
      Math.round((n.asleep / n.inBed) * 100),
      series(300, fives, n.lowest, n.lowest + 14, ouraTime(from)),
      series(300, fives, n.hrv - 12, n.hrv + 15, ouraTime(from)),
      between(4, 18) * 60,
      (n.asleep - deep - rem) * 60,
      "false",
      n.lowest,
      digits(n.inBed * 2, "1111112234"),
      period,
      type === "long_sleep" ? cellJson(readiness) : null,
      type === "long_sleep" ? between(-3, 3) : null,
      rem * 60,
      between(120, 300),
      "v2",
      digits(fives, "1222233334"),
      type === "long_sleep" ? between(-2, 2) : null,
      n.inBed * 60,
      n.asleep * 60,
      type,
    ];
  };
  for (const evening of EVENINGS) {
    rows.push(row(evening, nightOf(evening), "long_sleep", 0));
    // (a period on the evening of the 8th the app split off and she deleted)
    if (evening === "2026-10-08") rows.push(row(evening, { bed: 22 * 60 + 5, inBed: 24, asleep: 15, lowest: 60, hrv: 30, score: 0 }, "deleted", 1));
  }
  // (her nap on Tuesday 20 October, 14:12 to 14:58, 41 minutes asleep)
  rows.push(row("2026-10-20", { bed: 14 * 60 + 12, inBed: 46, asleep: 41, lowest: 61, hrv: 28, score: 0 }, "sleep", 1));
  rows.sort((a, b) => String(a[6]).localeCompare(String(b[6])));
  return csv(header, rows);
}

/** Her scores' contributors, as JSON, for a daily file. */
function contributors(keys: string[], lo: number, hi: number): string {
  return cellJson(Object.fromEntries(keys.map((k) => [k, between(lo, hi)])));
}

/** dailysleep.csv: a night's score, by the day woken. */
function dailySleep(): string {
  const keys = ["deep_sleep", "efficiency", "latency", "rem_sleep", "restfulness", "timing", "total_sleep"];
  return csv(
    ["id", "contributors", "day", "score", "timestamp"],
    EVENINGS.map((evening) => {
      const day = nextDay(evening);
      return [uuid(), contributors(keys, 45, 98), day, nightOf(evening).score, dayStamp(day)];
    }),
  );
}

/** dailyreadiness.csv: a day's readiness, by the day woken. */
function dailyReadiness(): string {
  const keys = [
    "activity_balance",
    "body_temperature",
    "hrv_balance",
    "previous_day_activity",
    "previous_night",
    "recovery_index",
    "resting_heart_rate",
    "sleep_balance",
  ];
  return csv(
    ["id", "contributors", "day", "score", "temperature_deviation", "temperature_trend_deviation", "timestamp"],
    EVENINGS.map((evening, i) => {
      const day = nextDay(evening);
      const crunch = day >= "2026-10-06" && day <= "2026-10-15";
      const [score, temperature] = READINESS[day] ?? [between(crunch ? 60 : 76, crunch ? 71 : 89), Number((random() * 0.4 - 0.2).toFixed(2))];
      return [uuid(), contributors(keys, 40, 98), day, score, temperature, i === 0 ? null : Number((random() * 0.3 - 0.15).toFixed(2)), dayStamp(day)];
    }),
  );
}

/** dailyactivity.csv: a day's steps, calories and score, with its five-minute classes and its METs. */
function dailyActivity(): string {
  const keys = ["meet_daily_targets", "move_every_hour", "recovery_time", "stay_active", "training_frequency", "training_volume"];
  const header = [
    "id",
    "active_calories",
    "average_met_minutes",
    "class_5_min",
    "contributors",
    "day",
    "equivalent_walking_distance",
    "high_activity_met_minutes",
    "high_activity_time",
    "inactivity_alerts",
    "low_activity_met_minutes",
    "low_activity_time",
    "medium_activity_met_minutes",
    "medium_activity_time",
    "met",
    "meters_to_target",
    "non_wear_time",
    "resting_time",
    "score",
    "sedentary_met_minutes",
    "sedentary_time",
    "steps",
    "target_calories",
    "target_meters",
    "timestamp",
    "total_calories",
  ];
  return csv(
    header,
    EVENINGS.map((evening) => {
      const day = nextDay(evening);
      const [steps, active, score] = ACTIVITY[day] ?? [between(7_200, 12_800), between(280, 520), between(70, 92)];
      const items = Array.from({ length: 1440 }, () => new Float(Number((0.9 + random() * 2.5).toFixed(1))));
      const met = cellJson({ interval: new Float(60), items, timestamp: ouraTime(wallAt(day, 4 * 60)) });
      return [
        uuid(),
        active,
        Number((1.3 + random() * 0.4).toFixed(5)),
        digits(288, "1122223334"),
        contributors(keys, 50, 100),
        day,
        Math.round(steps * 0.74),
        between(0, 40),
        between(0, 1800),
        between(0, 3),
        between(100, 220),
        between(8000, 16000),
        between(40, 160),
        between(1200, 4200),
        met,
        between(-4000, 3000),
        between(0, 1800),
        between(24000, 34000),
        score,
        between(10, 30),
        between(20000, 32000),
        steps,
        450,
        9000,
        dayStamp(day),
        2000 + active,
      ];
    }),
  );
}

/** workout.csv: each workout she logged or Oura noticed. */
function workouts(): string {
  return csv(
    ["id", "activity", "calories", "day", "distance", "end_datetime", "intensity", "label", "source", "start_datetime"],
    WORKOUTS.map(([start, end, activity, calories, distance, intensity, label, source]) => [
      uuid(),
      activity,
      calories,
      new Date(start).toISOString().slice(0, 10),
      distance,
      ouraTime(end),
      intensity,
      label || null,
      source,
      ouraTime(start),
    ]),
  );
}

/** enhancedtag.csv: her tags and her note. */
function tags(): string {
  return csv(
    ["id", "comment", "custom_name", "end_day", "end_time", "start_day", "start_time", "tag_type_code"],
    TAGS.map(([start, end, code, custom, comment]) => [
      uuid(),
      comment,
      custom,
      end === null ? null : new Date(end).toISOString().slice(0, 10),
      end === null ? null : ouraTime(end),
      new Date(start).toISOString().slice(0, 10),
      ouraTime(start),
      code,
    ]),
  );
}

/** dailyspo2.csv: a night's average blood oxygen, by the day woken. */
function dailySpo2(): string {
  return csv(
    ["id", "breathing_disturbance_index", "day", "spo2_percentage"],
    EVENINGS.map((evening) => {
      const day = nextDay(evening);
      const ill = day >= "2026-10-19" && day <= "2026-10-21";
      return [uuid(), ill ? between(9, 14) : between(1, 6), day, cellJson({ average: Number(((ill ? 94.8 : 96.5) + random() * 1.4).toFixed(3)) })];
    }),
  );
}

/** dailystress.csv: a day's summary and its minutes of high stress and recovery (in seconds). */
function dailyStress(): string {
  return csv(
    ["id", "day", "day_summary", "recovery_high", "stress_high"],
    EVENINGS.map((evening) => {
      const day = nextDay(evening);
      const crunch = day >= "2026-10-05" && day <= "2026-10-15";
      const ill = day >= "2026-10-18" && day <= "2026-10-22";
      const summary =
        day === "2026-10-15" ? "stressful" : crunch ? (random() < 0.7 ? "stressful" : "normal") : ill ? "normal" : random() < 0.5 ? "restored" : "normal";
      const stress = day === "2026-10-15" ? 18_600 : crunch ? between(150, 260) * 60 : ill ? between(20, 60) * 60 : between(30, 110) * 60;
      const recovery = day === "2026-10-15" ? 900 : crunch ? between(10, 40) * 60 : between(60, 180) * 60;
      return [uuid(), day, summary, recovery, stress];
    }),
  );
}

/** dailyresilience.csv: a day's resilience level and its contributors. */
function dailyResilience(): string {
  return csv(
    ["id", "contributors", "day", "level"],
    EVENINGS.map((evening) => {
      const day = nextDay(evening);
      const level = day >= "2026-10-13" && day <= "2026-10-21" ? "limited" : day >= "2026-10-06" && day <= "2026-10-24" ? "adequate" : "solid";
      return [
        uuid(),
        cellJson({
          sleep_recovery: Number((40 + random() * 40).toFixed(1)),
          daytime_recovery: Number((20 + random() * 40).toFixed(1)),
          stress: Number((30 + random() * 50).toFixed(1)),
        }),
        day,
        level,
      ];
    }),
  );
}

/** heartrate.csv: her heart rate every few minutes (a few days of it: Engram passes the file over). */
function heartRate(): string {
  const rows: Array<Array<string | number>> = [];
  for (let t = wallAt("2026-10-15", 6 * 60); t < wallAt("2026-10-16", 6 * 60); t += 5 * 60_000)
    rows.push([`${new Date(t - 3_600_000).toISOString().slice(0, 19)}.000+00:00`, between(55, 110), new Date(t).getUTCHours() < 7 ? "sleep" : "awake"]);
  return csv(["timestamp", "bpm", "source"], rows);
}

/** sleeptime.csv: the app's advice on when to go to bed (Engram passes the file over). */
function sleepTime(): string {
  return csv(
    ["id", "day", "optimal_bedtime", "recommendation", "status"],
    EVENINGS.slice(0, 10).map((evening) => [
      uuid(),
      nextDay(evening),
      cellJson({ day_tz: 3600, end_offset: -1800, start_offset: -5400 }),
      "follow_optimal_bedtime",
      "optimal_found",
    ]),
  );
}

/** The export's folder, as she unzipped it. */
function files(): PersonFile[] {
  const at = Date.UTC(2026, 10, 2, 19, 40);
  const file = (name: string, text: string): PersonFile => ({ name: `${APP}/${name}`, text, mtime: at });
  return [
    file("dailyactivity.csv", dailyActivity()),
    file("dailyreadiness.csv", dailyReadiness()),
    file("dailyresilience.csv", dailyResilience()),
    file("dailysleep.csv", dailySleep()),
    file("dailyspo2.csv", dailySpo2()),
    file("dailystress.csv", dailyStress()),
    file("enhancedtag.csv", tags()),
    file("heartrate.csv", heartRate()),
    file(
      "ringconfiguration.csv",
      csv(
        ["id", "color", "design", "firmware_version", "hardware_type", "set_up_at", "size"],
        [[uuid(), "stealth_black", "heritage", "2.9.21", "gen3", "2025-12-27T10:14:03+00:00", 7]],
      ),
    ),
    file("sleepmodel.csv", sleepModel()),
    file("sleeptime.csv", sleepTime()),
    file("workout.csv", workouts()),
  ];
}

/**
 * Questions she asks later, each with the words a right answer holds (all of them, any case), or null for a
 * question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How long did I sleep on the night of Thursday 15 October?", expect: ["4 hours 52 minutes"] },
  { question: "What was my sleep score on the night of Thursday 15 October?", expect: ["score was 38"] },
  { question: "What was my readiness score on Monday 19 October?", expect: ["score was 42"] },
  { question: "When did I tag caffeine?", expect: ["7 October"] },
  { question: "What was my lowest resting heart rate in October?", expect: ["47 bpm"] },
  { question: "Which workout did I log on Saturday 31 October?", expect: ["8.1 km"] },
  { question: "When did my cold start?", expect: ["18 October"] },
  { question: "What was my HRV on the night of Monday 12 October?", expect: ["29 ms"] },
  { question: "How many steps did I take on Thursday 15 October?", expect: ["14,230"] },
  { question: "What time did I go to bed on Tuesday 13 October?", expect: ["01:24"] },
  { question: "Why couldn't I sleep on Tuesday 13 October?", expect: ["launch demo"] },
  { question: "How long did I nap on Tuesday 20 October?", expect: ["41 minutes"] },
  { question: "What was my blood pressure when I had the cold?", expect: null },
  { question: "How much did I weigh in October?", expect: null },
  { question: "What did I eat at the launch party?", expect: null },
];

/** The sleeper: her unzipped Oura export imported as a folder, asked on Tuesday 10 November 2026. */
export const sleeper: Person = {
  name: "sleeper",
  files: files(),
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 10, 9, 0),
  questions: QUESTIONS,
};
