/**
 * The galaxy: Priya Raman, who lives in Bristol and wears a Galaxy Watch. For six weeks, Monday 5 October to Sunday 15
 * November 2026, Samsung Health counts her steps, her nights, her runs and her rides; she weighs herself on the phone's
 * Samsung Health most mornings and takes her blood pressure twice on the watch. On Monday 16 November she downloads her
 * data (Samsung Health → Settings → Download personal data), which writes a folder `samsunghealth_<account>_<YYYYMMDDHHMMSS>`
 * of CSVs named by their data type and the export's time (`com.samsung.shealth.tracker.pedometer_day_summary.
 * 20261116081522.csv` …) with a `jsons/` folder of binned data, and imports the folder.
 *
 * Each CSV as Samsung Health writes it: its first line the data type, a number and the count of columns that follow
 * (`com.samsung.shealth.tracker.pedometer_day_summary,6315005,21`), the second its header, some columns named with the
 * type's namespace (`com.samsung.health.exercise.start_time`) beside plain ones (`total_calorie`), every row ending with a
 * comma; times "2026-10-14 06:12:33.000" in UTC with the row's `time_offset` ("UTC+0100" until British Summer Time ends on
 * 25 October, "UTC+0000" after); the pedometer's day summary a row per device and one merged (`day_time` the day's UTC
 * midnight in epoch ms, `distance` in metres, `active_time` in ms); sleep's `sleep_duration` in minutes; exercise's
 * `exercise_type` Samsung's number (1001 walking, 1002 running, 11007 cycling), `duration` in ms, `distance` in metres;
 * weight in kg; blood pressure's systolic, diastolic (mmHg) and pulse. Checked against public readers of real exports and
 * their fixtures: a schema reference written from a 2026 export (line 1 `table_name,id,count`, the trailing comma, the
 * tables' columns and units, weight's plain `start_time` and blood pressure's namespaced columns), a plan's quirks
 * "confirmed on the real export" (the first line `com.samsung.shealth.tracker.pedometer_day_summary,7006003,7`, mixed long
 * and short names, `sleep_duration` in minutes, exercise's duration in ms and distance in metres, a day's rows per
 * `deviceuuid`), a Kotlin importer "validated against real exports 2017–2026" (UTC times with `time_offset`, day_time in
 * epoch ms, several rows a day), and Samsung's Predefined Exercise Type table (1001 Walking, 1002 Running; 11007 cycling
 * as two readers map it). Written in session 39 before Engram could read Samsung Health's export, with the questions she
 * asks later, the words a right answer holds, and three that nothing here answers.
 */
import { seeded } from "./seeded.js";
import type { Person, PersonFile } from "./types.js";

const random = seeded(3940);

/** The export's folder, as Samsung Health names it. */
const FOLDER = "samsunghealth_priya.raman_20261116081522";

/** The export's time, in every CSV's name. */
const STAMP = "20261116081522";

/** When British Summer Time ends: 01:00 UTC on Sunday 25 October 2026. */
const BST_ENDS = Date.UTC(2026, 9, 25, 1, 0);

/** A whole number from `lo` to `hi`. */
function between(lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** A made-up datauuid, as Samsung writes them. */
function uuid(): string {
  const hex = () => between(0, 0xffff).toString(16).padStart(4, "0");
  return `${hex()}${hex()}-${hex()}-${hex()}-${hex()}-${hex()}${hex()}${hex()}`;
}

/** The days from `from` to `to` ("2026-10-05"), in order. */
function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T12:00:00Z`); t <= Date.parse(`${to}T12:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The UTC instant of `minutes` after the midnight that opens `day` on her clock (Bristol's). */
function instant(day: string, minutes: number): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
  return wall - 3_600_000 < BST_ENDS ? wall - 3_600_000 : wall;
}

/** A time as Samsung writes it: UTC, "2026-10-14 06:12:33.000". */
function utcCell(at: number): string {
  return new Date(at).toISOString().slice(0, 23).replace("T", " ");
}

/** The row's `time_offset` at the instant `at`. */
function offsetCell(at: number): string {
  return at < BST_ENDS ? "UTC+0100" : "UTC+0000";
}

/** A CSV as Samsung writes it: the type's line, the header, each row ending with a comma. */
function samsungCsv(type: string, version: number, header: string[], rows: Array<Array<string | number>>): string {
  const lines = [`${type},${version},${header.length}`, `${header.join(",")},`, ...rows.map((r) => `${r.join(",")},`)];
  return `${lines.join("\n")}\n`;
}

/** The six weeks: Monday 5 October to Sunday 15 November 2026. */
const DAYS = daysFrom("2026-10-05", "2026-11-15");

/** The steps the questions ask about, by the day (the merged count; the phone's alone is less). */
const STEPS: Record<string, number> = { "2026-10-17": 14862, "2026-10-27": 6104, "2026-11-11": 21377 };

/** pedometer_day_summary: per day a merged row (its source_info pointing into jsons/) and the phone's own. */
function pedometerCsv(): string {
  const header = [
    "create_sh_ver",
    "step_count",
    "binning_data",
    "active_time",
    "recommendation",
    "run_step_count",
    "walk_step_count",
    "healthy_step",
    "source_package_name",
    "distance",
    "calorie",
    "speed",
    "deviceuuid",
    "create_time",
    "update_time",
    "day_time",
    "source_info",
    "achievement",
    "pkg_name",
    "datauuid",
  ];
  const rows: Array<Array<string | number>> = [];
  for (const day of DAYS) {
    const steps = STEPS[day] ?? between(5200, 12800);
    const phone = Math.round(steps * (0.35 + random() * 0.2));
    const dayTime = Date.parse(`${day}T00:00:00Z`);
    const updated = utcCell(dayTime + 23 * 3_600_000);
    for (const [count, device, merged] of [
      [steps, "VfS0qUERdZ", true],
      [phone, "x8Kq2mWn0A", false],
    ] as const) {
      const id = uuid();
      rows.push([
        "",
        count,
        `${id}.binning_data.json`,
        Math.round(count * 520),
        "",
        Math.round(count * 0.08),
        Math.round(count * 0.9),
        Math.round(count * 0.6),
        "com.sec.android.app.shealth",
        (count * 0.74).toFixed(2),
        (count * 0.041).toFixed(3),
        "1.3888888",
        device,
        updated,
        updated,
        dayTime,
        merged ? `${id}.source_info.json` : "",
        "",
        "com.sec.android.app.shealth",
        id,
      ]);
    }
  }
  return samsungCsv("com.samsung.shealth.tracker.pedometer_day_summary", 6315005, header, rows);
}

/** The nights the questions ask about: the evening's day, when she fell asleep (minutes after that midnight) and how long (minutes). */
const NIGHTS: Record<string, { at: number; minutes: number }> = {
  "2026-10-23": { at: 23 * 60 + 18, minutes: 452 },
  "2026-11-07": { at: 23 * 60 + 52, minutes: 485 },
};

/** com.samsung.shealth.sleep: a night a row, its HC columns namespaced, the watch's scores plain. */
function sleepCsv(): string {
  const P = "com.samsung.health.sleep.";
  const header = [
    "original_efficiency",
    "mental_recovery",
    "factor_01",
    "physical_recovery",
    "sleep_score",
    "sleep_cycle",
    "efficiency",
    "sleep_duration",
    "sleep_type",
    "total_rem_duration",
    "total_light_duration",
    `${P}create_sh_ver`,
    `${P}start_time`,
    `${P}custom`,
    `${P}modify_sh_ver`,
    `${P}time_offset`,
    `${P}deviceuuid`,
    `${P}comment`,
    `${P}pkg_name`,
    `${P}end_time`,
    `${P}datauuid`,
  ];
  const rows: Array<Array<string | number>> = [];
  for (const day of DAYS.slice(0, -1)) {
    const night = NIGHTS[day] ?? { at: 22 * 60 + between(30, 95), minutes: between(380, 480) };
    const from = instant(day, night.at);
    const to = from + (night.minutes + between(8, 30)) * 60_000;
    rows.push([
      between(86, 94),
      between(60, 95),
      "",
      between(60, 95),
      between(68, 88),
      between(3, 5),
      between(86, 94),
      night.minutes,
      -1,
      Math.round(night.minutes * 0.21),
      Math.round(night.minutes * 0.55),
      "",
      utcCell(from),
      "",
      "",
      offsetCell(from),
      "Tk8rAqL2pZ",
      "",
      "com.samsung.android.wear.shealth",
      utcCell(to),
      uuid(),
    ]);
  }
  return samsungCsv("com.samsung.shealth.sleep", 6315005, header, rows);
}

/** Her weigh-ins the questions ask about, by the day (kg); she weighs herself on most other mornings. */
const WEIGHTS: Record<string, number> = { "2026-10-05": 80.1, "2026-11-02": 78.4, "2026-11-15": 77.6 };

/** com.samsung.health.weight: a weigh-in a row, its columns plain. */
function weightCsv(): string {
  const header = [
    "vfa_level",
    "start_time",
    "custom",
    "height",
    "deviceuuid",
    "skeletal_muscle",
    "weight",
    "body_fat",
    "pkg_name",
    "time_offset",
    "datauuid",
    "update_time",
    "create_time",
    "comment",
  ];
  const rows: Array<Array<string | number>> = [];
  let kg = 80.1;
  for (const day of DAYS) {
    if (!WEIGHTS[day] && random() < 0.3) continue;
    kg = WEIGHTS[day] ?? Number((kg - 0.06 + (random() - 0.5) * 0.4).toFixed(1));
    const at = instant(day, 7 * 60 + between(0, 40)) + between(0, 59) * 1000;
    rows.push([
      "",
      utcCell(at),
      "",
      167.0,
      "x8Kq2mWn0A",
      "",
      kg.toFixed(1),
      "",
      "com.sec.android.app.shealth",
      offsetCell(at),
      uuid(),
      utcCell(at),
      utcCell(at),
      "",
    ]);
  }
  return samsungCsv("com.samsung.health.weight", 6315005, header, rows);
}

/** Her workouts: the day, the start (minutes after midnight), Samsung's type, minutes, metres, average heart rate, kcal. */
const WORKOUTS: Array<[day: string, at: number, type: number, minutes: number, metres: number, hr: number, kcal: number]> = [
  ["2026-10-07", 18 * 60 + 5, 1002, 31, 5120, 152, 342],
  ["2026-10-11", 7 * 60 + 32, 1002, 56, 10_230, 158, 690],
  ["2026-10-18", 9 * 60 + 40, 11007, 104, 35_880, 136, 812],
  ["2026-10-21", 18 * 60 + 20, 1002, 33, 5_410, 150, 351],
  ["2026-10-25", 8 * 60 + 10, 1001, 62, 5_020, 104, 248],
  ["2026-10-31", 10 * 60 + 5, 11007, 128, 42_610, 139, 1003],
  ["2026-11-04", 18 * 60 + 2, 1002, 30, 5_030, 149, 333],
  ["2026-11-08", 8 * 60 + 15, 1002, 52, 8_460, 155, 588],
  ["2026-11-14", 9 * 60 + 30, 11007, 96, 31_240, 134, 745],
];

/** com.samsung.shealth.exercise: a workout a row, its HC columns namespaced, duration in ms, distance in metres. */
function exerciseCsv(): string {
  const P = "com.samsung.health.exercise.";
  const header = [
    "total_calorie",
    "heart_rate_sample_count",
    "source_type",
    "tracking_status",
    `${P}create_sh_ver`,
    `${P}start_time`,
    `${P}custom_id`,
    `${P}exercise_type`,
    `${P}mean_heart_rate`,
    `${P}max_heart_rate`,
    `${P}min_heart_rate`,
    `${P}mean_speed`,
    `${P}calorie`,
    `${P}time_offset`,
    `${P}deviceuuid`,
    `${P}comment`,
    `${P}duration`,
    `${P}distance`,
    `${P}live_data`,
    `${P}pkg_name`,
    `${P}end_time`,
    `${P}datauuid`,
  ];
  const rows = WORKOUTS.map(([day, at, type, minutes, metres, hr, kcal]) => {
    const from = instant(day, at);
    const ms = minutes * 60_000 + between(0, 59) * 1000;
    const id = uuid();
    return [
      (kcal * 1.12).toFixed(3),
      Math.round(minutes * 12),
      0,
      0,
      "",
      utcCell(from),
      "",
      type,
      hr.toFixed(1),
      (hr + between(12, 25)).toFixed(1),
      (hr - between(30, 50)).toFixed(1),
      (metres / (ms / 1000)).toFixed(6),
      kcal.toFixed(3),
      offsetCell(from),
      "Tk8rAqL2pZ",
      "",
      ms,
      metres.toFixed(1),
      `${id}.com.samsung.health.exercise.live_data.json`,
      "com.samsung.android.wear.shealth",
      utcCell(from + ms),
      id,
    ];
  });
  return samsungCsv("com.samsung.shealth.exercise", 6315005, header, rows);
}

/** com.samsung.shealth.blood_pressure: her two readings on the watch, its columns namespaced. */
function bloodPressureCsv(): string {
  const P = "com.samsung.health.blood_pressure.";
  const header = [
    `${P}create_sh_ver`,
    `${P}start_time`,
    `${P}custom`,
    `${P}mean`,
    `${P}time_offset`,
    `${P}deviceuuid`,
    `${P}comment`,
    `${P}pulse`,
    `${P}diastolic`,
    `${P}pkg_name`,
    `${P}systolic`,
    `${P}end_time`,
    `${P}datauuid`,
  ];
  const readings: Array<[string, number, number, number, number]> = [
    ["2026-10-21", 8 * 60 + 4, 128, 82, 66],
    ["2026-11-12", 7 * 60 + 48, 121, 78, 71],
  ];
  const rows = readings.map(([day, at, sys, dia, pulse]) => {
    const t = instant(day, at);
    return [
      "",
      utcCell(t),
      "",
      Math.round((sys + 2 * dia) / 3),
      offsetCell(t),
      "Tk8rAqL2pZ",
      "",
      pulse,
      dia.toFixed(1),
      "com.samsung.android.wear.shealth",
      sys.toFixed(1),
      utcCell(t),
      uuid(),
    ];
  });
  return samsungCsv("com.samsung.shealth.blood_pressure", 6315005, header, rows);
}

/** The tracker's heart rate samples (passed over: numbers every few minutes). */
function heartRateCsv(): string {
  const P = "com.samsung.health.heart_rate.";
  const header = [
    "source",
    "tag_id",
    `${P}create_sh_ver`,
    `${P}heart_beat_count`,
    `${P}start_time`,
    `${P}time_offset`,
    `${P}heart_rate`,
    `${P}max`,
    `${P}min`,
    `${P}end_time`,
    `${P}datauuid`,
  ];
  const rows = Array.from({ length: 30 }, (_, i) => {
    const t = instant("2026-11-15", 9 * 60 + i * 10);
    return [0, 21313, "", 1, utcCell(t), offsetCell(t), between(58, 92), "", "", utcCell(t + 60_000), uuid()];
  });
  return samsungCsv("com.samsung.shealth.tracker.heart_rate", 6315005, header, rows);
}

/** Her files: the export's folder as Samsung Health writes it. */
function files(): PersonFile[] {
  const at = (name: string, text: string): PersonFile => ({ name: `${FOLDER}/${name}`, text });
  const csv = (type: string) => `${type}.${STAMP}.csv`;
  return [
    at(csv("com.samsung.shealth.tracker.pedometer_day_summary"), pedometerCsv()),
    at(csv("com.samsung.shealth.sleep"), sleepCsv()),
    at(csv("com.samsung.health.weight"), weightCsv()),
    at(csv("com.samsung.shealth.exercise"), exerciseCsv()),
    at(csv("com.samsung.shealth.blood_pressure"), bloodPressureCsv()),
    at(csv("com.samsung.shealth.tracker.heart_rate"), heartRateCsv()),
    at(
      csv("com.samsung.health.user_profile"),
      samsungCsv(
        "com.samsung.health.user_profile",
        6315005,
        ["key", "text_value", "float_value", "long_value", "update_time", "create_time", "datauuid"],
        [
          ["name", "Priya", "", "", "2026-10-05 08:00:00.000", "2026-10-05 08:00:00.000", uuid()],
          ["height", "", 167.0, "", "2026-10-05 08:00:00.000", "2026-10-05 08:00:00.000", uuid()],
        ],
      ),
    ),
    at(
      csv("com.samsung.shealth.stress"),
      samsungCsv(
        "com.samsung.shealth.stress",
        6315005,
        ["score", "tag_id", "start_time", "time_offset", "end_time", "binning_data", "datauuid"],
        [[42, 0, "2026-11-15 10:00:00.000", "UTC+0000", "2026-11-15 10:01:00.000", "", uuid()]],
      ),
    ),
    at(
      csv("com.samsung.health.sleep_stage"),
      samsungCsv(
        "com.samsung.health.sleep_stage",
        6315005,
        ["start_time", "end_time", "stage", "sleep_id", "time_offset", "datauuid"],
        [["2026-11-14 23:40:00.000", "2026-11-15 00:10:00.000", 40002, uuid(), "UTC+0000", uuid()]],
      ),
    ),
    at(`jsons/com.samsung.shealth.tracker.pedometer_day_summary/a/${uuid()}.binning_data.json`, '[{"mStepCount":88,"mDistance":64.1,"mCalorie":3.5}]'),
    at(`jsons/com.samsung.shealth.exercise/b/${uuid()}.com.samsung.health.exercise.live_data.json`, '[{"heart_rate":142.0,"start_time":1791000000000}]'),
  ];
}

/**
 * Questions she asks later, each with the words a right answer holds (all of them, any case), or null for a question
 * nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How many steps did I do on Saturday 17 October?", expect: ["14,862"] },
  { question: "How many steps did I do on Tuesday 27 October?", expect: ["6,104"] },
  { question: "How many steps did I do on Wednesday 11 November?", expect: ["21,377"] },
  { question: "How long did I sleep on the night of Friday 23 October?", expect: ["7 hours 32 minutes"] },
  { question: "How long did I sleep on the night of Saturday 7 November?", expect: ["8 hours 5 minutes"] },
  { question: "When did I last go cycling?", expect: ["14 November"] },
  { question: "How far did I cycle on Saturday 31 October?", expect: ["42.6 km"] },
  { question: "What did I weigh on Monday 2 November?", expect: ["78.4 kg"] },
  { question: "What did I weigh on Monday 5 October?", expect: ["80.1 kg"] },
  { question: "How far did I run on Sunday 11 October?", expect: ["10.2 km"] },
  { question: "What was my blood pressure on Wednesday 21 October?", expect: ["128/82"] },
  { question: "What was my pulse when I took my blood pressure on Thursday 12 November?", expect: ["71 bpm"] },
  { question: "What was my cholesterol at the health check?", expect: null },
  { question: "How many lengths did I swim on Tuesday 3 November?", expect: null },
  { question: "What did my doctor say about my blood pressure?", expect: null },
];

/** The galaxy: her unzipped Samsung Health export imported as a folder, asked on Wednesday 18 November 2026. */
export const galaxy: Person = {
  name: "galaxy",
  files: files(),
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 18, 9, 0),
  questions: QUESTIONS,
};
