/**
 * Oura's data export (core/ingest/health/oura.ts, oura-export.ts), as the membership hub's Export data unzips it
 * (`App Data/`, a CSV per data type, `;` between cells, `id` first, JSON cells written raw, CRLF), and Oura Cloud's
 * older JSON (the API v1's shape): a note of the user's per day, an app's day of records, whose paragraphs are each
 * night's sleep (in the note of its evening, with its sleep score from dailysleep.csv beside it, its lowest resting
 * heart rate, HRV and efficiency; a nap; a night across a change of the clocks; a deleted period not told), the day's
 * readiness and temperature, steps and active calories, SpO2, stress and resilience, each workout in words, and each
 * tag or note with its comment; each file told by its header whatever its name (`;` or `,`, date-suffixed names) and
 * not mistaken for its neighbours; read alone, in a folder and with --format; the export's other files passed over,
 * said why; importing again adds nothing, a later export only the new days and a changed day's words; a bad file
 * refused naming the file, the line and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { ouraKindOf } from "../../core/ingest/health/oura.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-oura-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** Writes `text` to `path` under the test's folder (its folders made); returns its path. */
function put(path: string, text: string): string {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A CSV as the membership hub writes it: `;` between cells (or `delimiter`), CRLF line ends, nothing for a null. */
function csv(header: string[], rows: Array<Array<string | number | null>>, delimiter = ";"): string {
  return [header.join(delimiter), ...rows.map((r) => r.map((c) => (c === null ? "" : String(c))).join(delimiter))].map((l) => `${l}\r\n`).join("");
}

const APP = "Oura export/App Data";

const SLEEP_HEADER = [
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

/** A sleep period's row: its times as written, its day, its durations (minutes) and figures. */
function period(
  id: string,
  start: string,
  end: string,
  day: string,
  m: { deep: number; light: number; rem: number; awake: number },
  lowest: number,
  hrv: number,
  efficiency: number,
  type = "long_sleep",
): Array<string | number | null> {
  const total = (m.deep + m.light + m.rem) * 60;
  return [
    id,
    14.25,
    lowest + 5.5,
    hrv,
    m.awake * 60,
    end,
    start,
    day,
    m.deep * 60,
    efficiency,
    `{"interval": 300.0, "items": [null, ${lowest + 4}.0, ${lowest}.0], "timestamp": "${start}"}`,
    `{"interval": 300.0, "items": [null, ${hrv}.0], "timestamp": "${start}"}`,
    540,
    m.light * 60,
    "false",
    lowest,
    "1111221",
    0,
    type === "long_sleep"
      ? '{"contributors": {"activity_balance": 80, "body_temperature": 95}, "score": 70, "temperature_deviation": -0.1, "temperature_trend_deviation": null}'
      : null,
    type === "long_sleep" ? 1 : null,
    m.rem * 60,
    180,
    "v2",
    "4221133",
    null,
    total + m.awake * 60,
    total,
    type,
  ];
}

const SLEEP_ROWS = [
  // (launch night: in bed after midnight, told in the note of Thursday 15 October)
  period("s-15", "2026-10-16T00:57:00.000+01:00", "2026-10-16T06:31:00.000+01:00", "2026-10-16", { deep: 50, light: 173, rem: 69, awake: 42 }, 64, 22, 87),
  // (a period the app split off and she deleted)
  period(
    "s-del",
    "2026-10-16T22:05:00.000+01:00",
    "2026-10-16T22:29:00.000+01:00",
    "2026-10-17",
    { deep: 0, light: 15, rem: 0, awake: 9 },
    60,
    30,
    62,
    "deleted",
  ),
  // (a nap)
  period(
    "s-nap",
    "2026-10-20T14:12:00.000+01:00",
    "2026-10-20T14:58:00.000+01:00",
    "2026-10-20",
    { deep: 6, light: 30, rem: 5, awake: 5 },
    61,
    28,
    89,
    "sleep",
  ),
  // (the clocks go back in the night: 23:10 BST to 07:40 GMT)
  period("s-24", "2026-10-24T23:10:00.000+01:00", "2026-10-25T07:40:00.000+00:00", "2026-10-25", { deep: 98, light: 290, rem: 124, awake: 58 }, 51, 55, 90),
];

const DAILY_SLEEP = csv(
  ["id", "contributors", "day", "score", "timestamp"],
  [
    [
      "d-16",
      '{"deep_sleep": 61, "efficiency": 80, "latency": 70, "rem_sleep": 50, "restfulness": 60, "timing": 90, "total_sleep": 40}',
      "2026-10-16",
      38,
      "2026-10-16T00:00:00.000+01:00",
    ],
    [
      "d-20",
      '{"deep_sleep": 71, "efficiency": 90, "latency": 80, "rem_sleep": 70, "restfulness": 60, "timing": 90, "total_sleep": 90}',
      "2026-10-20",
      64,
      "2026-10-20T00:00:00.000+01:00",
    ],
    [
      "d-25",
      '{"deep_sleep": 90, "efficiency": 92, "latency": 88, "rem_sleep": 91, "restfulness": 80, "timing": 95, "total_sleep": 97}',
      "2026-10-25",
      85,
      "2026-10-25T00:00:00.000+00:00",
    ],
  ],
);

const READINESS = csv(
  ["id", "contributors", "day", "score", "temperature_deviation", "temperature_trend_deviation", "timestamp"],
  [
    ["r-19", '{"activity_balance": 80, "body_temperature": 31, "hrv_balance": 40}', "2026-10-19", 42, 0.92, 0.41, "2026-10-19T00:00:00.000+01:00"],
    ["r-25", '{"activity_balance": 88, "body_temperature": 99, "hrv_balance": 85}', "2026-10-25", 86, -0.04, null, "2026-10-25T00:00:00.000+00:00"],
  ],
);

const ACTIVITY_HEADER = [
  "id",
  "active_calories",
  "average_met_minutes",
  "class_5_min",
  "contributors",
  "day",
  "equivalent_walking_distance",
  "met",
  "score",
  "steps",
  "timestamp",
  "total_calories",
];

const ACTIVITY = csv(ACTIVITY_HEADER, [
  [
    "a-15",
    520,
    1.6,
    "1122223334",
    '{"meet_daily_targets": 70, "move_every_hour": 90}',
    "2026-10-15",
    10530,
    '{"interval": 60.0, "items": [0.9, 1.2, 3.5], "timestamp": "2026-10-15T04:00:00.000+01:00"}',
    71,
    14230,
    "2026-10-15T04:00:00.000+01:00",
    2520,
  ],
  [
    "a-19",
    61,
    1.1,
    "1111",
    '{"meet_daily_targets": 20}',
    "2026-10-19",
    1409,
    '{"interval": 60.0, "items": [0.9], "timestamp": "2026-10-19T04:00:00.000+01:00"}',
    38,
    1904,
    "2026-10-19T04:00:00.000+01:00",
    2061,
  ],
]);

const WORKOUT_HEADER = ["id", "activity", "calories", "day", "distance", "end_datetime", "intensity", "label", "source", "start_datetime"];

const WORKOUTS = csv(WORKOUT_HEADER, [
  [
    "w-1",
    "running",
    512.7,
    "2026-10-31",
    8104,
    "2026-10-31T10:17:00.000+00:00",
    "moderate",
    "First run since the cold",
    "manual",
    "2026-10-31T09:30:00.000+00:00",
  ],
  ["w-2", "strengthTraining", 265, "2026-10-05", null, "2026-10-05T19:18:00.000+01:00", "hard", null, "confirmed", "2026-10-05T18:32:00.000+01:00"],
  ["w-3", "tableTennis", 52.128, "2026-10-30", null, "2026-10-30T17:58:00-05:00", "moderate", null, "autodetected", "2026-10-30T17:40:00-05:00"],
  ["w-4", "cycling", 310.6, "2026-10-13", 12340, "2026-10-13T08:41:00.000+01:00", "easy", null, "autodetected", "2026-10-13T08:05:00.000+01:00"],
]);

const TAG_HEADER = ["id", "comment", "custom_name", "end_day", "end_time", "start_day", "start_time", "tag_type_code"];

const TAGS = csv(TAG_HEADER, [
  ["t-1", "Double espresso before the launch review", null, null, null, "2026-10-07", "2026-10-07T16:10:00.000+01:00", "tag_generic_caffeine"],
  ["t-2", null, null, null, null, "2026-10-12", "2026-10-12T22:40:00.000+01:00", "tag_generic_late_meal"],
  ["t-3", "Couldn't switch off, kept rehearsing the launch demo in my head", null, null, null, "2026-10-13", "2026-10-13T23:52:00.000+01:00", null],
  ["t-4", null, "Melatonin", null, null, "2026-10-14", "2026-10-14T23:20:00.000+01:00", "custom"],
  [
    "t-5",
    "Streaming cold and a sore throat, probably from the launch party",
    null,
    "2026-10-23",
    "2026-10-23T18:00:00.000+01:00",
    "2026-10-18",
    "2026-10-18T09:30:00.000+01:00",
    "tag_generic_sick",
  ],
  // (neither a tag nor words: not told)
  ["t-6", null, null, null, null, "2026-10-20", "2026-10-20T10:00:00.000+01:00", null],
]);

const SPO2 = csv(
  ["id", "breathing_disturbance_index", "day", "spo2_percentage"],
  [
    ["o-19", 12, "2026-10-19", '{"average": 95.143}'],
    ["o-20", null, "2026-10-20", '{"average": 0.0}'],
  ],
);

const STRESS = csv(
  ["id", "day", "day_summary", "recovery_high", "stress_high"],
  [
    ["st-15", "2026-10-15", "stressful", 900, 18600],
    ["st-16", "2026-10-16", null, 3600, 0],
  ],
);

const RESILIENCE = csv(
  ["id", "contributors", "day", "level"],
  [["re-19", '{"sleep_recovery": 40.5, "daytime_recovery": 22.0, "stress": 31.5}', "2026-10-19", "limited"]],
);

/** Oura Cloud's older JSON, the API v1's shape (sleep, activity and readiness summaries). */
const V1 = JSON.stringify(
  {
    sleep: [
      {
        summary_date: "2017-11-05",
        period_id: 0,
        is_longest: 1,
        timezone: 120,
        bedtime_start: "2017-11-06T02:13:19+02:00",
        bedtime_end: "2017-11-06T08:12:19+02:00",
        score: 70,
        score_total: 57,
        total: 20310,
        duration: 21540,
        awake: 1230,
        light: 10260,
        rem: 7140,
        deep: 2910,
        onset_latency: 480,
        restless: 39,
        efficiency: 94,
        midpoint_time: 11010,
        hr_lowest: 49,
        hr_average: 56.375,
        rmssd: 54,
        breath_average: 13,
        temperature_delta: -0.06,
        hypnogram_5min: "443432222211222333321112222222222111133333322221112233333333332232222334",
        hr_5min: [0, 53, 51, 0, 50],
        rmssd_5min: [0, 0, 62, 0, 75],
      },
    ],
    activity: [
      {
        summary_date: "2017-11-06",
        day_start: "2017-11-06T04:00:00+02:00",
        score: 87,
        steps: 9412,
        cal_active: 402,
        cal_total: 2504,
        class_5min: "1112",
        met_1min: [0.9, 1.1],
      },
    ],
    readiness: [{ summary_date: "2017-11-05", period_id: 0, score: 62, score_previous_night: 5, score_resting_hr: 98, rest_mode_state: 0 }],
    ideal_bedtimes: [{ date: "2017-11-06", bedtime_window: { start: -3600, end: 0 }, status: "IDEAL_BEDTIME_AVAILABLE" }],
  },
  null,
  2,
);

/** The paragraphs of `file`'s notes, [note key, paragraph name, text], in note then time order. */
async function told(file: string, format?: "oura"): Promise<Array<[string, string, string]>> {
  const notes = (await parsedConversations(file, format)).sort((a, b) => a.externalId.localeCompare(b.externalId));
  return notes.flatMap((n) => n.turns.map((t) => [n.externalId, t.externalId, t.text] as [string, string, string]));
}

describe("Oura's export: detection", () => {
  it("tells each of its files by its header or start, whatever its name, and none of its neighbours as Oura's", async () => {
    const cases: Array<[string, string, string | null]> = [
      ["sleepmodel.csv", csv(SLEEP_HEADER, SLEEP_ROWS.slice(0, 1)), "sleep"],
      ["dailysleep.csv", DAILY_SLEEP, "dailysleep"],
      ["dailyreadiness.csv", READINESS, "readiness"],
      ["dailyactivity.csv", ACTIVITY, "activity"],
      ["workout.csv", WORKOUTS, "workout"],
      ["enhancedtag.csv", TAGS, "tag"],
      ["dailyspo2.csv", SPO2, "spo2"],
      ["dailystress.csv", STRESS, "stress"],
      ["dailyresilience.csv", RESILIENCE, "resilience"],
      // (a newer export's names and commas, a byte-order mark)
      ["sleep_2026-10-01_2026-10-31.csv", `\uFEFF${csv(SLEEP_HEADER, [], ",")}`, "sleep"],
      ["tag_2026-10-01_2026-10-31.csv", csv(TAG_HEADER, [], ","), "tag"],
      ["oura_2017.json", V1, "v1"],
      // (neighbours: MyFitnessPal's, a Notion table with an id, Garmin's days, another app's JSON naming sleep)
      ["Nutrition-Summary.csv", "Date,Meal,Calories,Fat (g),Saturated Fat\r\n2026-10-01,Breakfast,420,12,3\r\n", null],
      ["Reading list.csv", "id,Name,day,score\r\n1,Dune,2026-10-01,5\r\n", null],
      [
        "UDSFile_2026-10-01_2026-10-31.json",
        '[{"userProfilePK":1,"calendarDate":"2026-10-17","totalSteps":44806,"wellnessStartTimeGmt":"2026-10-16T23:00:00.0"}]',
        null,
      ],
      ["notes.json", '{"sleep": "well", "summary_date": "2026-10-01"}', null],
    ];
    for (const [name, text, kind] of cases) {
      const file = put(`${kind ? "detect" : "others"}/${name}`, text);
      expect([name, ouraKindOf(text)]).toEqual([name, kind]);
      if (kind) expect([name, await detectFormat(file)]).toEqual([name, "oura"]);
      else expect([name, await detectFormat(file).catch(() => "none")]).not.toEqual([name, "oura"]);
    }
    // (beside the export's daily files, its heart rate is the export's, passed over; another app's CSV there is not, unless the folder is its App Data)
    expect(await detectFormat(put("detect/heartrate.csv", "timestamp;bpm;source\r\n2026-10-15T05:00:00+00:00;68;sleep\r\n"))).toBe("oura");
    expect(await detectFormat(put("detect/Nutrition-Summary.csv", cases[12]![1]))).not.toBe("oura");
  });
});

describe("Oura's export: the days told", () => {
  it("tells each night with its score, lowest heart rate, HRV and efficiency in the note of its evening, a nap, a night across a change of the clocks; a deleted period not", async () => {
    put(`${APP}/dailysleep.csv`, DAILY_SLEEP);
    const file = put(`${APP}/sleepmodel.csv`, csv(SLEEP_HEADER, SLEEP_ROWS));
    expect(await told(file)).toEqual([
      [
        "oura:day:2026-10-15",
        "sleep s-15",
        "Slept 4 hours 52 minutes on the night of Thursday 15 October, 00:57 to 06:31 (deep 50 minutes, light 2 hours 53 minutes, REM 1 hour 9 minutes, awake 42 minutes). My sleep score was 38, my lowest resting heart rate was 64 bpm, my average HRV was 22 ms and my sleep efficiency was 87%.",
      ],
      ["oura:day:2026-10-20", "sleep s-nap", "Napped 41 minutes on Tuesday 20 October, 14:12 to 14:58."],
      [
        "oura:day:2026-10-24",
        "sleep s-24",
        "Slept 8 hours 32 minutes on the night of Saturday 24 October, 23:10 to 07:40 (deep 1 hour 38 minutes, light 4 hours 50 minutes, REM 2 hours 4 minutes, awake 58 minutes). My sleep score was 85, my lowest resting heart rate was 51 bpm, my average HRV was 55 ms and my sleep efficiency was 90%.",
      ],
    ]);
    const notes = await parsedConversations(file);
    expect(notes[0]).toMatchObject({
      format: "note",
      externalId: "oura:day:2026-10-15",
      title: "Oura, Thursday 15 October 2026",
      participants: ["User"],
      records: "day",
    });
    // (a night after midnight is told at its evening's last minute, so that it is the evening's; one begun before midnight at its bedtime)
    const at = Object.fromEntries(notes.flatMap((n) => n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString()])));
    expect(at).toEqual({ "sleep s-15": "2026-10-15T23:59:00.000Z", "sleep s-nap": "2026-10-20T14:12:00.000Z", "sleep s-24": "2026-10-24T23:10:00.000Z" });
    expect(notes[0]!.turns[0]!.metadata).toEqual({
      oura: {
        kind: "sleep",
        id: "s-15",
        start: "2026-10-16T00:57:00.000+01:00",
        end: "2026-10-16T06:31:00.000+01:00",
        totalSeconds: 17520,
        score: 38,
        lowestHeartRate: 64,
        averageHrv: 22,
        efficiency: 87,
      },
    });
    // (without the sleep periods beside it, dailysleep.csv tells each night's score on its own)
    const alone = put("alone/dailysleep.csv", DAILY_SLEEP);
    expect((await told(alone)).slice(0, 1)).toEqual([
      ["oura:day:2026-10-15", "sleep score 2026-10-16", "My sleep score for the night of Thursday 15 October was 38."],
    ]);
  });

  it("tells each day's readiness and temperature, steps and active calories, SpO2, stress and resilience", async () => {
    const files = [
      put(`${APP}/dailyreadiness.csv`, READINESS),
      put(`${APP}/dailyactivity.csv`, ACTIVITY),
      put(`${APP}/dailyspo2.csv`, SPO2),
      put(`${APP}/dailystress.csv`, STRESS),
      put(`${APP}/dailyresilience.csv`, RESILIENCE),
    ];
    const all = (await Promise.all(files.map((f) => told(f)))).flat();
    expect(all).toEqual([
      ["oura:day:2026-10-19", "readiness 2026-10-19", "On Monday 19 October my readiness score was 42, and my body temperature was 0.9 °C above my baseline."],
      ["oura:day:2026-10-25", "readiness 2026-10-25", "On Sunday 25 October my readiness score was 86, and my body temperature was at my baseline."],
      ["oura:day:2026-10-15", "activity 2026-10-15", "On Thursday 15 October I took 14,230 steps, I burned 520 active calories, and my activity score was 71."],
      ["oura:day:2026-10-19", "activity 2026-10-19", "On Monday 19 October I took 1,904 steps, I burned 61 active calories, and my activity score was 38."],
      // (a night with no SpO2 measured, an average of 0: not told)
      [
        "oura:day:2026-10-19",
        "spo2 2026-10-19",
        "On Monday 19 October my average blood oxygen (SpO2) overnight was 95.1%, and my breathing disturbance index was 12.",
      ],
      [
        "oura:day:2026-10-15",
        "stress 2026-10-15",
        "On Thursday 15 October Oura rated my day stressful: 5 hours 10 minutes of high stress and 15 minutes of recovery.",
      ],
      ["oura:day:2026-10-16", "stress 2026-10-16", "On Friday 16 October I had 1 hour of recovery."],
      ["oura:day:2026-10-19", "resilience 2026-10-19", "On Monday 19 October my resilience was limited."],
    ]);
    const readiness = (await parsedConversations(files[0]!))[0]!.turns[0]!;
    expect(readiness.metadata).toEqual({ oura: { kind: "readiness", day: "2026-10-19", score: 42, temperatureDeviation: 0.92 } });
    expect(new Date(readiness.occurredAt).toISOString()).toBe("2026-10-19T12:00:00.000Z");
  });

  it("tells each workout in words on the clock it is written with, and each tag or note with its comment", async () => {
    expect(await told(put(`${APP}/workout.csv`, WORKOUTS))).toEqual([
      [
        "oura:day:2026-10-05",
        "workout w-2",
        "Did strength training for 46 minutes on Monday 5 October, 18:32–19:18 (a hard workout, 265 calories burned, noticed by Oura and confirmed).",
      ],
      [
        "oura:day:2026-10-13",
        "workout w-4",
        "Cycled 12.3 km in 36 minutes (20.6 km/h) on Tuesday 13 October, 08:05–08:41 (an easy workout, 311 calories burned, noticed by Oura).",
      ],
      [
        "oura:day:2026-10-30",
        "workout w-3",
        "Played table tennis for 18 minutes on Friday 30 October, 17:40–17:58 (a moderate workout, 52 calories burned, noticed by Oura).",
      ],
      [
        "oura:day:2026-10-31",
        "workout w-1",
        'Ran 8.1 km in 47 minutes (5:48 per km) on Saturday 31 October, 09:30–10:17 ("First run since the cold", a moderate workout, 513 calories burned, logged by hand).',
      ],
    ]);
    expect(await told(put(`${APP}/enhancedtag.csv`, TAGS))).toEqual([
      ["oura:day:2026-10-07", "tag t-1", "Tagged caffeine on Wednesday 7 October at 16:10: Double espresso before the launch review."],
      ["oura:day:2026-10-12", "tag t-2", "Tagged late meal on Monday 12 October at 22:40."],
      ["oura:day:2026-10-13", "tag t-3", "Noted on Tuesday 13 October at 23:52: Couldn't switch off, kept rehearsing the launch demo in my head."],
      ["oura:day:2026-10-14", "tag t-4", 'Tagged "Melatonin" on Wednesday 14 October at 23:20.'],
      [
        "oura:day:2026-10-18",
        "tag t-5",
        "Tagged sick starting on Sunday 18 October at 09:30 and ending on Friday 23 October at 18:00: Streaming cold and a sore throat, probably from the launch party.",
      ],
    ]);
    // (a newer export's tag.csv, commas between its cells: a comment with the delimiter, a quote and a line break, quoted as RFC 4180 quotes one)
    const quoted = put(
      "newer/tag_2026-10-01_2026-10-31.csv",
      `${TAG_HEADER.join(",")}\r\nt-9,"Coffee, late; ""flat white""\nat the office",,,,2026-10-08,2026-10-08T17:05:00+01:00,tag_generic_caffeine\r\n`,
    );
    expect(await told(quoted)).toEqual([
      ["oura:day:2026-10-08", "tag t-9", 'Tagged caffeine on Thursday 8 October at 17:05: Coffee, late; "flat white"\nat the office.'],
    ]);
  });

  it("tells Oura Cloud's older JSON as the CSVs are: a night with its score, a day's activity, a readiness on the day the app shows it", async () => {
    const file = put("oura_data_2017-11-07.json", V1);
    expect(await told(file)).toEqual([
      [
        "oura:day:2017-11-05",
        "sleep 2017-11-05 0",
        "Slept 5 hours 39 minutes on the night of Sunday 5 November, 02:13 to 08:12 (deep 49 minutes, light 2 hours 51 minutes, REM 1 hour 59 minutes, awake 21 minutes). My sleep score was 70, my lowest resting heart rate was 49 bpm, my average HRV was 54 ms and my sleep efficiency was 94%.",
      ],
      ["oura:day:2017-11-06", "activity 2017-11-06", "On Monday 6 November I took 9,412 steps, I burned 402 active calories, and my activity score was 87."],
      ["oura:day:2017-11-06", "readiness 2017-11-06", "On Monday 6 November my readiness score was 62."],
    ]);
  });

  it("is read by --format whatever its name, and --format oura refuses a file that is none of Oura's", async () => {
    const file = put("renamed.txt", RESILIENCE);
    expect(await told(file, "oura")).toEqual([["oura:day:2026-10-19", "resilience 2026-10-19", "On Monday 19 October my resilience was limited."]]);
    const other = put("other.csv", "Date,Meal,Calories\r\n2026-10-01,Breakfast,420\r\n");
    expect((await importErrorOf(parsedConversations(other, "oura"))).message).toBe(
      'other.csv: line 1: not a file of Oura\'s export: expected a CSV of its App Data folder (a header opening `id;` and naming its columns, `day;score;…`) or Oura Cloud\'s JSON (`{"sleep": [{"summary_date": …`)',
    );
  });
});

describe("Oura's export: a folder", () => {
  it("reads its files, passes over its series and settings, said why, and gathers a day's paragraphs in one note", async () => {
    put(`${APP}/dailyactivity.csv`, ACTIVITY);
    put(`${APP}/dailyreadiness.csv`, READINESS);
    put(`${APP}/dailysleep.csv`, DAILY_SLEEP);
    put(`${APP}/dailystress.csv`, STRESS);
    put(`${APP}/enhancedtag.csv`, TAGS);
    put(`${APP}/sleepmodel.csv`, csv(SLEEP_HEADER, SLEEP_ROWS));
    put(`${APP}/heartrate.csv`, csv(["timestamp", "bpm", "source"], [["2026-10-15T05:00:00.000+00:00", 68, "sleep"]]));
    put(
      `${APP}/sleeptime.csv`,
      csv(["id", "day", "optimal_bedtime", "recommendation", "status"], [["x", "2026-10-15", '{"day_tz": 3600}', "follow_optimal_bedtime", "optimal_found"]]),
    );
    put(
      `${APP}/ringconfiguration.csv`,
      csv(
        ["id", "color", "design", "firmware_version", "hardware_type", "set_up_at", "size"],
        [["r", "silver", "heritage", "2.9.21", "gen3", "2025-12-27T10:14:03+00:00", 7]],
      ),
    );
    put(`${APP}/demographics.csv`, csv(["id", "age", "sex"], [["p", 34, "female"]]));
    const root = join(dir, "Oura export");
    const seen: Record<string, string> = {};
    for (const { file, inFolder } of importPaths(root)) {
      expect(inFolder).toBe(true);
      const why = await passedOverInFolder(file);
      seen[file.slice(root.length + 1)] = why ?? `read as ${await folderFileFormat(file)}`;
    }
    expect(seen).toEqual({
      "App Data/dailyactivity.csv": "read as oura",
      "App Data/dailyreadiness.csv": "read as oura",
      "App Data/dailysleep.csv": "your nightly sleep scores (each is told with its night, from the sleep periods beside them)",
      "App Data/dailystress.csv": "read as oura",
      "App Data/demographics.csv": "a file of Oura's export of measurements or settings (no words)",
      "App Data/enhancedtag.csv": "read as oura",
      "App Data/heartrate.csv": "your heart rate every few minutes, day and night (numbers, no words; each night's lowest heart rate is told from its sleep)",
      "App Data/ringconfiguration.csv": "your ring's colour, size and firmware (settings, no words)",
      "App Data/sleepmodel.csv": "read as oura",
      "App Data/sleeptime.csv": "Oura's advice on when to go to bed (not imported)",
    });
    const db = openDatabase(join(dir, "folder.db"));
    try {
      for (const { file } of importPaths(root)) {
        const format = await folderFileFormat(file);
        if (format && format !== "engram") await importFile(db, embedder, file, { format });
      }
      const day = db
        .prepare(
          "SELECT s.external_id AS id, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = ? ORDER BY s.occurred_at, s.id",
        )
        .all("oura:day:2026-10-15");
      expect(day).toEqual([
        { id: "activity 2026-10-15", text: "On Thursday 15 October I took 14,230 steps, I burned 520 active calories, and my activity score was 71." },
        { id: "stress 2026-10-15", text: "On Thursday 15 October Oura rated my day stressful: 5 hours 10 minutes of high stress and 15 minutes of recovery." },
        {
          id: "sleep s-15",
          text: "Slept 4 hours 52 minutes on the night of Thursday 15 October, 00:57 to 06:31 (deep 50 minutes, light 2 hours 53 minutes, REM 1 hour 9 minutes, awake 42 minutes). My sleep score was 38, my lowest resting heart rate was 64 bpm, my average HRV was 22 ms and my sleep efficiency was 87%.",
        },
      ]);
      expect(db.prepare("SELECT format, title, records FROM conversations WHERE external_id = ?").get("oura:day:2026-10-15")).toEqual({
        format: "note",
        title: "Oura, Thursday 15 October 2026",
        records: "day",
      });
    } finally {
      db.close();
    }
    // (given alone, a file passed over is refused with the same reason, not read as a note)
    const heart = join(root, "App Data/heartrate.csv");
    expect(await detectFormat(heart)).toBe("oura");
    const err = await checkImportFile(heart).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe(
      "your heart rate every few minutes, day and night (numbers, no words; each night's lowest heart rate is told from its sleep), no note",
    );
  });
});

describe("Oura's export: importing", () => {
  it("adds nothing when imported again, and from a later export only the new days and a changed day's words", async () => {
    const first = put("first/App Data/dailyactivity.csv", ACTIVITY);
    const [, fifteen, nineteen] = ACTIVITY.split("\r\n");
    const later = put(
      "later/App Data/dailyactivity.csv",
      [
        ACTIVITY_HEADER.join(";"),
        fifteen,
        nineteen!.replace(";1904;", ";2310;"),
        "a-20;80;1.1;1111;{};2026-10-20;1700;{};41;2311;2026-10-20T04:00:00.000+01:00;2080",
        "",
      ].join("\r\n"),
    );
    const db = openDatabase(join(dir, "later.db"));
    try {
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "oura", conversations: 2, added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 2 });
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 3, added: 2, duplicates: 1 });
      const day = db
        .prepare("SELECT s.external_id AS id, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = ? ORDER BY s.id")
        .all("oura:day:2026-10-19");
      expect(day).toEqual([
        { id: "activity 2026-10-19", text: "On Monday 19 October I took 1,904 steps, I burned 61 active calories, and my activity score was 38." },
        { id: "activity 2026-10-19", text: "On Monday 19 October I took 2,310 steps, I burned 61 active calories, and my activity score was 38." },
      ]);
      // (what was remembered of the day's first words is superseded by its new ones)
      const current = db
        .prepare("SELECT content FROM memories WHERE type = 'semantic' AND status = 'active' AND valid_to IS NULL AND content LIKE '%19 October%'")
        .all() as Array<{ content: string }>;
      expect(current.map((m) => m.content).join("\n")).toContain("2,310 steps");
      expect(current.map((m) => m.content).join("\n")).not.toContain("1,904");
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line or field and the column, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "dailyreadiness.csv",
        READINESS.replace(";2026-10-19;", ";19/10/2026;"),
        'dailyreadiness.csv: line 2: day "19/10/2026" is no day: expected one as Oura writes it, "2026-10-15"',
      ],
      [
        "sleepmodel.csv",
        csv(SLEEP_HEADER, [SLEEP_ROWS[0]!.map((c) => (c === "2026-10-16T00:57:00.000+01:00" ? "16/10/2026 00:57" : c))]),
        'sleepmodel.csv: line 2: bedtime_start "16/10/2026 00:57" is no time: expected one as Oura writes it, "2026-10-15T00:57:00.000+01:00"',
      ],
      ["dailyactivity.csv", ACTIVITY.replace(";14230;", ";14k;"), 'dailyactivity.csv: line 2: steps "14k" is no number: expected a count of steps, 14230'],
      [
        "dailyspo2.csv",
        SPO2.replace('{"average": 95.143}', "{average: 95.1}"),
        'dailyspo2.csv: line 2: spo2_percentage "{average: 95.1}" is no JSON object: expected one as Oura writes it, {"average": 96.5}',
      ],
      [
        "workout.csv",
        WORKOUTS.replace("2026-10-31T09:30:00.000+00:00", ""),
        'workout.csv: line 2: start_datetime "" is no start: expected a time, "2026-10-31T09:30:00.000+00:00"',
      ],
      [
        "oura.json",
        V1.replace('"summary_date": "2017-11-06"', '"summary_date": "6 Nov"'),
        'oura.json: activity[0].summary_date: "6 Nov" is no day: expected one as Oura writes it, "2026-10-15"',
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, text, message] of cases) {
        const file = put(`bad/${name}`, text);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      // (and one with nothing to tell: a header alone, a period deleted)
      const empty = put("bad/sleepmodel_2026-11-01_2026-11-30.csv", csv(SLEEP_HEADER, [SLEEP_ROWS[1]!]));
      const err = await importFile(db, embedder, empty).catch((e: unknown) => e);
      expect(isEmptyNote(err)).toBe(true);
      expect((err as Error).message).toMatch(/the note has no text: an Oura file with nothing to tell \(1 records, none with a sleep/);
      expect(isEmptyNote(await importFile(db, embedder, put("bad/workout.csv", csv(WORKOUT_HEADER, []))).catch((e: unknown) => e))).toBe(true);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it("streams a large file a read at a time, and names a bad day far into it", async () => {
    // (eight years of days, each with its minute-by-minute METs as the export writes them: about 10 MB)
    const met = `{"interval": 60.0, "items": [${Array.from({ length: 1440 }, (_, i) => (0.9 + (i % 30) / 10).toFixed(1)).join(", ")}], "timestamp": "T"}`;
    const days = Array.from({ length: 3_000 }, (_, i) => new Date(Date.UTC(2018, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
    const rows = days.map((d, i) => [`a-${i}`, 400, 1.5, "1122", "{}", d, 7000, met, 80, 9000 + i, `${d}T04:00:00.000+00:00`, 2400]);
    const file = put("big/App Data/dailyactivity.csv", csv(ACTIVITY_HEADER, rows));
    const reads: number[] = [];
    let notes = 0;
    for await (const _ of parseExport(file, { onProgress: (read) => reads.push(read) })) notes++;
    expect(notes).toBe(3_000);
    expect(reads.length).toBeGreaterThan(2);
    expect(reads.at(-1)).toBe(reads.at(-2));
    const bad = put(
      "big2/App Data/dailyactivity.csv",
      csv(
        ACTIVITY_HEADER,
        rows.map((r, i) => (i === 2_900 ? r.map((c, j) => (j === 5 ? "2025-02-30" : c)) : r)),
      ),
    );
    expect((await importErrorOf(validateExport(bad))).message).toBe(
      'dailyactivity.csv: line 2902: day "2025-02-30" is no day: expected one as Oura writes it, "2026-10-15"',
    );
  });
});
