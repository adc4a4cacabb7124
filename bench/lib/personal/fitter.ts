/**
 * The fitter: Tom Hartley, who lives in Leeds and keeps his phone, an Android phone, in his pocket all day with Google Fit
 * counting his steps, Move Minutes and Heart Points; he starts a session in Fit for each run, ride, hike and gym class, and
 * types in his weight now and then. For six and a half weeks, Thursday 1 October to Sunday 15 November 2026; on Monday
 * 16 November he downloads Fit from Google Takeout and imports the unzipped `Takeout` folder.
 *
 * Takeout's `Fit/` folder as Google writes it: `Daily activity metrics/Daily activity metrics.csv`, a row a day (`Date`
 * "2026-11-03" on his clock, then `Move Minutes count`, `Calories (kcal)`, `Distance (m)`, `Heart Points`, `Heart
 * Minutes`, the heart rates, the day's box of latitudes and longitudes, the speeds, `Step count`, the weights in kg and the
 * milliseconds of each activity; a day he left the phone at home with its cells empty); beside it a CSV a day named by the
 * day (`2026-11-03.csv`) of 15-minute rows, `Start time` and `End time` on his clock with its offset ("07:00:00.000+01:00",
 * "+00:00" once British Summer Time ends on 25 October, a 25-hour day of rows that day); `All Sessions/` a JSON file a
 * session named by its start in UTC and its activity (`2026-11-14T08_05_00.000Z_RUNNING.json`: `fitnessActivity`,
 * `startTime` and `endTime` in UTC, `duration` "3151.4s" the time moving, its `segment`s and its `aggregate` of
 * `com.google.*` metrics, `floatValue` or `intValue`); `All Data/` the raw data points of each data source (`{"Data
 * Source": …, "Data Points": [ … ]}`, times in nanoseconds); `Activities/` each session's track (TCX). Checked against public
 * readers of real Takeouts: a session's JSON quoted in a parser's docstring from a 2021 export (`"duration": "674.186s"`,
 * `segment`, `aggregate` of `com.google.heart_minutes.summary`, `calories.expended`, `step_count.delta`, `distance.delta`,
 * `speed.summary`, `active_minutes`), readers of `Takeout/Fit/All Sessions` (sessions and sleep alike, `_MEDITATION.json`,
 * `_SLEEP.json`), of `Daily activity metrics/` (the day files' `Start time` "08:00:00.000+01:00", parsed as an offset time
 * on the day the file names; the columns listed by one reader from a 2022 Takeout), of `All Data/` (`"Data Points"`,
 * `fitValue[].value.intVal`/`fpVal`, `startTimeNanos`), and Google's FitnessActivities constants ("running", "biking",
 * "hiking", "strength_training", "yoga", "walking"). Written in session 40 before Engram could read Google Fit, with the
 * questions he asks later, the words a right answer holds, and three that nothing here answers.
 */
import { seeded } from "./seeded.js";
import type { Person, PersonFile } from "./types.js";

const random = seeded(4040);

/** The unzipped Takeout he imports. */
const FOLDER = "Takeout";

/** When British Summer Time ends: 01:00 UTC on Sunday 25 October 2026. */
const BST_ENDS = Date.UTC(2026, 9, 25, 1, 0);

/** A whole number from `lo` to `hi`. */
function between(lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** The days from `from` to `to` ("2026-10-01"), in order. */
function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T12:00:00Z`); t <= Date.parse(`${to}T12:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** His clock's offset from UTC (ms) at the instant `at`: BST until 25 October, GMT after. */
function offsetAt(at: number): number {
  return at < BST_ENDS ? 3_600_000 : 0;
}

/** The UTC instant of `hh:mm` on `day` by his clock. */
function instant(day: string, clock: string): number {
  const wall = Date.parse(`${day}T${clock}:00Z`);
  return wall - offsetAt(wall - 3_600_000);
}

/** A time on his clock as a 15-minute row writes it: "07:15:00.000+01:00". */
function rowTime(at: number): string {
  const offset = offsetAt(at);
  return `${new Date(at + offset).toISOString().slice(11, 23)}+0${offset / 3_600_000}:00`;
}

/** The six and a half weeks: Thursday 1 October to Sunday 15 November 2026. */
const DAYS = daysFrom("2026-10-01", "2026-11-15");

/** The day he left his phone at home: its row's cells empty. */
const PHONE_AT_HOME = "2026-10-09";

/** A session: its day and start on his clock, Google Fit's activity, minutes moving, metres, steps, kcal, Heart Points, and minutes paused. */
type Session = [day: string, clock: string, activity: string, minutes: number, metres: number, steps: number, kcal: number, heart: number, paused?: number];

/** His sessions, as he started them in Fit. */
const SESSIONS: Session[] = [
  ["2026-10-03", "08:10", "running", 41.4, 8_214, 7_190, 571, 52],
  ["2026-10-06", "18:40", "strength_training", 45, 0, 0, 241, 20],
  ["2026-10-08", "18:30", "running", 32.09, 5_630, 4_980, 398, 38],
  ["2026-10-11", "09:15", "biking", 104.5, 41_730, 0, 902, 96],
  ["2026-10-13", "07:12", "running", 31.5, 6_120, 5_400, 412, 40],
  ["2026-10-17", "09:20", "hiking", 310, 18_640, 21_090, 1_388, 118],
  ["2026-10-20", "07:05", "running", 30.6, 6_010, 5_310, 401, 39],
  ["2026-10-25", "09:30", "biking", 96.2, 38_210, 0, 834, 88],
  ["2026-10-27", "18:35", "strength_training", 50, 0, 0, 263, 22],
  ["2026-10-31", "08:40", "running", 63.8, 12_130, 10_620, 842, 78],
  ["2026-11-01", "14:05", "walking", 88, 7_310, 9_870, 402, 18],
  ["2026-11-05", "18:20", "running", 30.2, 5_920, 5_250, 394, 38],
  ["2026-11-08", "10:00", "biking", 112.4, 45_320, 0, 812, 101],
  ["2026-11-10", "07:00", "running", 32.6, 6_310, 5_560, 421, 41],
  ["2026-11-12", "19:00", "yoga", 30, 0, 0, 118, 0],
  ["2026-11-14", "08:05", "running", 52.52, 10_420, 9_180, 702, 71, 1.8],
];

/** The steps of the days the questions ask about; the hike day is October's most. */
const STEPS: Record<string, number> = { "2026-11-03": 12_480, "2026-10-17": 31_212 };
/** The Move Minutes and Heart Points of days the questions ask about. */
const MOVE: Record<string, number> = { "2026-11-04": 46 };
const HEART: Record<string, number> = { "2026-11-14": 94 };
/** The days he typed in his weight (kg). */
const WEIGHTS: Record<string, number> = { "2026-10-05": 82.4, "2026-10-19": 81.9, "2026-11-02": 81.3 };

/** A day's totals as the daily CSV gives them. */
interface Day {
  move: number;
  kcal: number;
  metres: number;
  heartPoints: number;
  heartMinutes: number;
  steps: number;
  weight: number | null;
}

/** Each day's totals: its sessions counted in, a walking day's steps besides. */
function dayTotals(): Map<string, Day> {
  const out = new Map<string, Day>();
  for (const day of DAYS) {
    if (day === PHONE_AT_HOME) continue;
    const sessions = SESSIONS.filter((s) => s[0] === day);
    const walked = between(5_200, 11_900);
    const steps = STEPS[day] ?? walked + sessions.reduce((n, s) => n + s[5], 0);
    const metres = Math.round(steps * 0.74) + sessions.filter((s) => s[5] === 0).reduce((n, s) => n + s[4], 0) + random();
    const heartPoints = HEART[day] ?? sessions.reduce((n, s) => n + s[7], 0) + between(2, 14);
    out.set(day, {
      move: MOVE[day] ?? between(38, 70) + sessions.reduce((n, s) => n + Math.round(s[3] * 0.8), 0),
      kcal: 2_050 + between(0, 380) + sessions.reduce((n, s) => n + s[6], 0) + random(),
      metres,
      heartPoints,
      heartMinutes: Math.round(heartPoints * 0.7),
      steps,
      weight: WEIGHTS[day] ?? null,
    });
  }
  return out;
}

/** The columns the daily CSV and the 15-minute CSVs share (the 15-minute ones open with "Start time,End time"). */
const MEASURES = [
  "Move Minutes count",
  "Calories (kcal)",
  "Distance (m)",
  "Heart Points",
  "Heart Minutes",
  "Average heart rate (bpm)",
  "Max heart rate (bpm)",
  "Min heart rate (bpm)",
  "Low latitude (deg)",
  "Low longitude (deg)",
  "High latitude (deg)",
  "High longitude (deg)",
  "Average speed (m/s)",
  "Max speed (m/s)",
  "Min speed (m/s)",
  "Step count",
  "Average weight (kg)",
  "Max weight (kg)",
  "Min weight (kg)",
  "Inactive duration (ms)",
  "Walking duration (ms)",
  "Running duration (ms)",
  "Biking duration (ms)",
];

/** A float as Google writes them: its binary digits in full (2412.6318359375). */
function float(n: number): string {
  return String(Math.fround(n));
}

/** Daily activity metrics.csv: a row a day, cells empty where nothing was measured. */
function dailyCsv(days: Map<string, Day>): string {
  const rows = DAYS.map((day) => {
    const d = days.get(day);
    if (!d) return [day, ...MEASURES.map(() => "")].join(",");
    const sessions = SESSIONS.filter((s) => s[0] === day);
    const ms = (activity: string) => sessions.filter((s) => s[2] === activity).reduce((n, s) => n + Math.round(s[3] * 60_000), 0);
    const w = d.weight === null ? ["", "", ""] : [float(d.weight), float(d.weight), float(d.weight)];
    return [
      day,
      d.move,
      float(d.kcal),
      float(d.metres),
      d.heartPoints,
      d.heartMinutes,
      float(72 + random() * 8),
      between(150, 178),
      between(48, 56),
      float(53.79 + random() * 0.02),
      float(-1.56 - random() * 0.02),
      float(53.83 + random() * 0.02),
      float(-1.52 + random() * 0.02),
      float(1.2 + random() * 0.3),
      float(3 + random() * 5),
      float(0.3 + random() * 0.2),
      d.steps,
      ...w,
      between(40_000_000, 52_000_000),
      Math.round(d.steps * 520) + ms("walking") + ms("hiking"),
      ms("running") || "",
      ms("biking") || "",
    ].join(",");
  });
  return `${["Date", ...MEASURES].join(",")}\n${rows.join("\n")}\n`;
}

/** A day's 15-minute CSV: every quarter hour of the day on his clock (25 hours on 25 October), steps in its waking hours. */
function quarterHoursCsv(day: string, d: Day | undefined): string {
  const from = instant(day, "00:00");
  const next = new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const to = instant(next, "00:00");
  const rows: string[] = [];
  const quarters = (to - from) / 900_000;
  for (let q = 0; q < quarters; q++) {
    const at = from + q * 900_000;
    const waking = q >= 28 && q < quarters - 12;
    const steps = d && waking && q % 3 === 0 ? Math.round(d.steps / ((quarters - 40) / 3)) : 0;
    const cells = MEASURES.map((m) => {
      if (!d) return "";
      if (m === "Calories (kcal)") return float(21 + random() * 3);
      if (m === "Step count") return steps || "";
      if (m === "Distance (m)") return steps ? float(steps * 0.74) : "";
      if (m === "Inactive duration (ms)") return steps ? "" : 900_000;
      if (m === "Walking duration (ms)") return steps ? steps * 520 : "";
      return "";
    });
    rows.push([rowTime(at), rowTime(at + 900_000), ...cells].join(","));
  }
  return `${["Start time", "End time", ...MEASURES].join(",")}\n${rows.join("\n")}\n`;
}

/** A session's JSON as Takeout writes it, and its file's name ("2026-11-14T08_05_00.000Z_RUNNING.json"). */
function sessionFile(s: Session): PersonFile {
  const [day, clock, activity, minutes, metres, steps, kcal, heart, paused = 0] = s;
  const start = instant(day, clock) + between(0, 40) * 1000;
  const moving = Math.round(minutes * 600) / 10;
  const end = start + Math.round((moving + paused * 60) * 1000);
  const iso = (t: number) => new Date(t).toISOString();
  const segment = paused
    ? [
        { fitnessActivity: activity, startTime: iso(start), endTime: iso(start + (moving / 2) * 1000) },
        { fitnessActivity: activity, startTime: iso(start + (moving / 2 + paused * 60) * 1000), endTime: iso(end) },
      ]
    : [{ fitnessActivity: activity, startTime: iso(start), endTime: iso(end) }];
  const aggregate: Array<Record<string, string | number>> = [];
  if (heart) aggregate.push({ metricName: "com.google.heart_minutes.summary", floatValue: heart });
  aggregate.push({ metricName: "com.google.calories.expended", floatValue: Number(float(kcal + random() * 0.4)) });
  if (steps) aggregate.push({ metricName: "com.google.step_count.delta", intValue: steps });
  if (metres) {
    aggregate.push({ metricName: "com.google.distance.delta", floatValue: Number(float(metres + random())) });
    aggregate.push({ metricName: "com.google.speed.summary", floatValue: Number(float(metres / moving)) });
  }
  aggregate.push({ metricName: "com.google.active_minutes", intValue: Math.round(minutes) });
  const json = { fitnessActivity: activity, startTime: iso(start), endTime: iso(end), duration: `${moving}s`, segment, aggregate };
  const name = `${iso(start).replace(/:/g, "_")}_${activity.toUpperCase()}.json`;
  return { name: `${FOLDER}/Fit/All Sessions/${name}`, text: `${JSON.stringify(json, null, 2)}\n` };
}

/** A raw data source of All Data: Takeout's `{"Data Source", "Data Points"}` file of the steps the phone counted on a morning. */
function allDataFile(): PersonFile {
  const from = instant("2026-11-14", "07:00");
  const points = Array.from({ length: 12 }, (_, i) => ({
    fitValue: [{ value: { intVal: between(20, 140) } }],
    originDataSourceId: "raw:com.google.step_count.cumulative:Google:Pixel 8:1a2b3c4d:Step Counter",
    endTimeNanos: String((from + (i + 1) * 60_000) * 1_000_000),
    dataTypeName: "com.google.step_count.delta",
    startTimeNanos: String((from + i * 60_000) * 1_000_000),
    modifiedTimeMillis: String(from + (i + 2) * 60_000),
  }));
  const json = { "Data Source": "derived:com.google.step_count.delta:com.google.android.gms:estimated_steps", "Data Points": points };
  return {
    name: `${FOLDER}/Fit/All Data/derived_com.google.step_count.delta_com.google.android.gms_estimated_steps.json`,
    text: JSON.stringify(json, null, 2),
  };
}

/** A session's track as Fit writes it in Activities/ (TCX): a few of its points. */
function trackFile(): PersonFile {
  const start = new Date(instant("2026-11-14", "08:05")).toISOString();
  const text = `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
  <Activities>
    <Activity Sport="Running">
      <Id>${start}</Id>
      <Lap StartTime="${start}">
        <TotalTimeSeconds>3151.4</TotalTimeSeconds>
        <DistanceMeters>10420.3</DistanceMeters>
        <Track>
          <Trackpoint><Time>${start}</Time><Position><LatitudeDegrees>53.8008</LatitudeDegrees><LongitudeDegrees>-1.5491</LongitudeDegrees></Position></Trackpoint>
        </Track>
      </Lap>
    </Activity>
  </Activities>
</TrainingCenterDatabase>
`;
  return { name: `${FOLDER}/Fit/Activities/${start.replace(/:/g, "_")}_RUNNING.tcx`, text };
}

/** His files: the unzipped Takeout, Fit's folder as Google writes it. */
function files(): PersonFile[] {
  const days = dayTotals();
  const metrics = `${FOLDER}/Fit/Daily activity metrics`;
  return [
    { name: `${metrics}/Daily activity metrics.csv`, text: dailyCsv(days) },
    ...DAYS.map((day) => ({ name: `${metrics}/${day}.csv`, text: quarterHoursCsv(day, days.get(day)) })),
    ...SESSIONS.map(sessionFile),
    allDataFile(),
    trackFile(),
  ];
}

/**
 * Questions he asks later, each with the words a right answer holds (all of them, any case), or null for a question
 * nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How many steps did I walk on 3 November?", expect: ["12,480"] },
  { question: "When did I last go cycling?", expect: ["8 November"] },
  { question: "How far did I run on Saturday?", expect: ["10.4 km"] },
  { question: "Which day in October did I walk the most?", expect: ["17 October"] },
  { question: "How far did I cycle on Sunday 25 October?", expect: ["38.2 km"] },
  { question: "How long was my run on Thursday 8 October?", expect: ["32 minutes"] },
  { question: "What time did I start my run on Tuesday 13 October?", expect: ["07:12"] },
  { question: "How many calories did I burn on my ride on Sunday 8 November?", expect: ["812"] },
  { question: "How many Move Minutes did I get on Wednesday 4 November?", expect: ["46"] },
  { question: "How many Heart Points did I earn on Saturday 14 November?", expect: ["94"] },
  { question: "When did I go hiking?", expect: ["17 October"] },
  { question: "What did I weigh on Monday 2 November?", expect: ["81.3 kg"] },
  { question: "What was my resting heart rate on Monday 9 November?", expect: null },
  { question: "How many lengths did I swim on Thursday 5 November?", expect: null },
  { question: "What did the physio say about my knee?", expect: null },
];

/** The fitter: his unzipped Google Takeout of Fit imported as a folder, asked on Wednesday 18 November 2026. */
export const fitter: Person = {
  name: "fitter",
  files: files(),
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 18, 9, 0),
  questions: QUESTIONS,
};
