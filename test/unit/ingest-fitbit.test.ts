/**
 * Fitbit's account data (core/ingest/fitbit.ts, fitbit-export.ts, fitbit-words.ts), as Google Takeout
 * unzips it (`Takeout/Fitbit/Global Export Data/`, each file a JSON array printed by Jackson, `"key" :
 * value`) or Fitbit's older archive (`<Name>/Physical Activity/` …): a note of the user's per day whose
 * paragraphs are its exercises in words (UTC times told on the clock of the export's Profile.csv, or in
 * UTC, said so, without one), the night begun on it with its stages and a nap apart, its steps summed
 * from the minutes (a day across two files counted once), its resting heart rate (Fitbit's padding left
 * out) and its weigh-ins in the profile's unit; each file told by its start whatever its name, and not
 * mistaken for its neighbours; read alone, in a folder and with --format; the export's other files
 * passed over, said why (heart-rate samples never opened); importing again adds nothing, a later export
 * only the new days and a changed day's words; a bad file refused naming the file and the item's field,
 * and nothing stored.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { fitbitKindOf } from "../../core/ingest/health/fitbit.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { jackson } from "../../bench/lib/personal/stepper.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-fitbit-"));
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

const GLOBAL = "Takeout/Fitbit/Global Export Data";

/** Profile.csv as Takeout writes it (CRLF), its 31 columns, with `zone` and `unit`. */
function profileCsv(zone: string, unit = "METRIC"): string {
  return `${[
    "id,full_name,first_name,last_name,display_name_setting,display_name,username,email_address,date_of_birth,child,country,state,city,timezone,locale,member_since,about_me,start_of_week,sleep_tracking,time_display_format,gender,height,weight,stride_length_walking,stride_length_running,weight_unit,distance_unit,height_unit,water_unit,glucose_unit,swim_unit",
    `7QK2LM,Ellie Marsh,Ellie,Marsh,name,Ellie M.,null,ellie@example.com,1994-06-02,false,GB,null,Leeds,${zone},en_GB,2021-03-14,"Couch to 10K, one parkrun at a time.\r\nLeeds",MONDAY,Normal,24hour,FEMALE,168.0,69.8,71.2,104.6,${unit},METRIC,METRIC,METRIC,null,null`,
  ].join("\r\n")}\r\n`;
}

/** An exercise log with the keys the export writes, its `startTime` in UTC. */
function exercise(logId: number, name: string, startTime: string, ms: number, more: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    logId,
    activityName: name,
    activityTypeId: 90009,
    activityLevel: [
      { minutes: 0, name: "sedentary" },
      { minutes: 2, name: "lightly" },
      { minutes: 3, name: "fairly" },
      { minutes: 22, name: "very" },
    ],
    averageHeartRate: 150,
    calories: 370,
    duration: ms,
    activeDuration: ms,
    steps: 5012,
    source: { type: "tracker", name: "Charge 6", id: "2874610953", url: "https://www.fitbit.com/", trackerFeatures: ["GPS", "HEARTRATE"] },
    logType: "tracker",
    manualValuesSpecified: { calories: false, distance: false, steps: false },
    lastModified: startTime,
    startTime,
    originalStartTime: startTime,
    originalDuration: ms,
    hasGps: true,
    shouldFetchDetails: true,
    ...more,
  };
}

/** Her exercises: a run in British Summer Time, one past midnight on her clock, a swim, weights, a walk SmartTrack noticed, a ride, her own "Parkrun with Dad" and a manual log. */
const EXERCISES = [
  exercise(58120455019, "Run", "10/03/26 07:02:11", 1_985_000, { distance: 6.2118, distanceUnit: "Kilometer", elevationGain: 21.3 }),
  exercise(58120462938, "Run", "10/24/26 23:30:00", 1_500_000, { distance: 3.0, distanceUnit: "Mile", activeDuration: 1_440_000, averageHeartRate: 141 }),
  exercise(58120478776, "Swim", "11/04/26 07:05:00", 2_222_000, { distance: 1.5, distanceUnit: "Kilometer", activityTypeId: 90024, steps: 0 }),
  exercise(58120486695, "Weights", "11/05/26 19:00:00", 2_700_000, { activityTypeId: 2131, averageHeartRate: 114, calories: 252, steps: 0 }),
  exercise(58120494614, "Walk", "11/07/26 14:00:00", 2_460_000, {
    distance: 3.1204,
    distanceUnit: "Kilometer",
    logType: "auto_detected",
    averageHeartRate: 98,
    calories: 201,
  }),
  exercise(58120502533, "Outdoor Bike", "11/08/26 10:00:00", 4_350_000, {
    distance: 24.6214,
    distanceUnit: "Kilometer",
    elevationGain: 212.8,
    averageHeartRate: 134,
    calories: 591,
  }),
  exercise(58120510452, "Parkrun with Dad", "11/14/26 09:00:00", 1_500_000, { distance: 5.0, distanceUnit: "Kilometer", calories: 0 }),
  {
    logId: 58120518371,
    activityName: "Yoga",
    activityTypeId: 52001,
    calories: 110,
    duration: 3_000_000,
    logType: "manual",
    manualValuesSpecified: { calories: false, distance: false, steps: false },
    startTime: "11/22/26 10:00:00",
    originalStartTime: "11/22/26 10:00:00",
  },
];

describe("Fitbit's export: detection", () => {
  it("tells each of its files by its start, whatever its name, and none of its neighbours as Fitbit's", async () => {
    const files = {
      exercise: put("a/my runs.json", jackson(EXERCISES.slice(0, 1))),
      sleep: put(
        "a/nights.json",
        jackson([{ logId: 49310225400, dateOfSleep: "2026-10-02", startTime: "2026-10-01T22:40:00.000", endTime: "2026-10-02T06:18:00.000" }]),
      ),
      weight: put("a/scale.json", '[{"logId": 1757668406000, "weight": 68.4, "bmi": 24.24, "date": "11/03/26", "time": "07:03:00", "source": "Aria"}]'),
      resting: put("a/rhr.json", jackson([{ dateTime: "11/01/26 00:00:00", value: { date: "11/01/26", value: 56.184, error: 6.1 } }])),
      steps: put("a/steps-2026-11-01.json", jackson([{ dateTime: "11/01/26 06:30:00", value: "87" }])),
      heartrate: put("a/hr.json", jackson([{ dateTime: "11/15/26 08:50:05", value: { bpm: 92, confidence: 2 } }])),
      measure: put("a/calories-2026-11-15.json", jackson([{ dateTime: "11/15/26 08:30:00", value: "1.21" }])),
    };
    for (const [kind, file] of Object.entries(files)) {
      expect([kind, await detectFormat(file)]).toEqual([kind, "fitbit"]);
      expect(fitbitKindOf(readFileSync(file, "utf8"), file)).toBe(kind);
    }
    // (a BOM and white space before the array are no part of it)
    expect(fitbitKindOf(`\uFEFF\n  ${jackson(EXERCISES.slice(0, 1))}`, "x.json")).toBe("exercise");
    const neighbours: Array<[string, string]> = [
      [
        "StreamingHistory_music_0.json",
        '[\n  {\n    "endTime" : "2026-10-03 18:21",\n    "artistName" : "Wet Leg",\n    "trackName" : "Chaise Longue",\n    "msPlayed" : 196000\n  }\n]',
      ],
      ["messages.json", '[{"ID": 1017588758238990388, "Timestamp": "2026-10-03 18:21:44", "Contents": "hi", "Attachments": ""}]'],
      ["watch-history.json", '[{"header": "YouTube", "title": "Watched Parkrun tips", "time": "2026-10-03T18:21:44.123Z"}]'],
      ["log.json", '[{"logId": "a1", "message": "started"}]'],
      ["series.json", '[{"dateTime": "2026-11-01T06:30:00Z", "value": 87}]'],
    ];
    for (const [name, text] of neighbours) {
      const file = put(`b/${name}`, text);
      expect([name, await detectFormat(file).catch(() => "refused")]).not.toEqual([name, "fitbit"]);
      expect(fitbitKindOf(text, file)).toBeNull();
    }
  });
});

describe("Fitbit's export: the days told", () => {
  it("tells each exercise in words on the clock of the export's profile, a day a note", async () => {
    put("Takeout/Fitbit/Your Profile/Profile.csv", profileCsv("Europe/London"));
    const file = put(`${GLOBAL}/exercise-0.json`, jackson(EXERCISES));
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.externalId, n.title, n.format, n.participants])).toEqual([
      ["fitbit:day:2026-10-03", "Fitbit, Saturday 3 October 2026", "note", ["User"]],
      ["fitbit:day:2026-10-25", "Fitbit, Sunday 25 October 2026", "note", ["User"]],
      ["fitbit:day:2026-11-04", "Fitbit, Wednesday 4 November 2026", "note", ["User"]],
      ["fitbit:day:2026-11-05", "Fitbit, Thursday 5 November 2026", "note", ["User"]],
      ["fitbit:day:2026-11-07", "Fitbit, Saturday 7 November 2026", "note", ["User"]],
      ["fitbit:day:2026-11-08", "Fitbit, Sunday 8 November 2026", "note", ["User"]],
      ["fitbit:day:2026-11-14", "Fitbit, Saturday 14 November 2026", "note", ["User"]],
      ["fitbit:day:2026-11-22", "Fitbit, Sunday 22 November 2026", "note", ["User"]],
    ]);
    const turns = notes.flatMap((n) => n.turns);
    expect(turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      [
        "workout 58120455019",
        "User",
        "user",
        // (07:02:11 UTC is 08:02:11 in Leeds in British Summer Time)
        "2026-10-03T08:02:11.000Z",
        "Ran 6.2 km in 33 minutes 5 seconds (5:20 per km) on Saturday 3 October, 08:02–08:35 (run workout, Charge 6, average heart rate 150 bpm, 370 calories burned).",
      ],
      [
        "workout 58120462938",
        "User",
        "user",
        // (23:30 UTC on 24 October is 00:30 on the 25th in Leeds: a run of that day, paused a minute)
        "2026-10-25T00:30:00.000Z",
        "Ran 3 mi in 24 minutes (8:00 per mi) on Sunday 25 October, 00:30–00:55 (run workout, Charge 6, average heart rate 141 bpm, 370 calories burned).",
      ],
      [
        "workout 58120478776",
        "User",
        "user",
        "2026-11-04T07:05:00.000Z",
        "Swam 1,500 m in 37 minutes 2 seconds on Wednesday 4 November, 07:05–07:42 (swim workout, Charge 6, average heart rate 150 bpm, 370 calories burned).",
      ],
      [
        "workout 58120486695",
        "User",
        "user",
        "2026-11-05T19:00:00.000Z",
        "Lifted weights for 45 minutes on Thursday 5 November, 19:00–19:45 (weights workout, Charge 6, average heart rate 114 bpm, 252 calories burned).",
      ],
      [
        "workout 58120494614",
        "User",
        "user",
        "2026-11-07T14:00:00.000Z",
        "Walked 3.1 km in 41 minutes on Saturday 7 November, 14:00–14:41 (walk workout noticed by the Charge 6, average heart rate 98 bpm, 201 calories burned).",
      ],
      [
        "workout 58120502533",
        "User",
        "user",
        "2026-11-08T10:00:00.000Z",
        "Cycled 24.6 km in 1 hour 13 minutes (20.4 km/h), climbing 213 m, on Sunday 8 November, 10:00–11:12 (outdoor bike workout, Charge 6, average heart rate 134 bpm, 591 calories burned).",
      ],
      [
        "workout 58120510452",
        "User",
        "user",
        "2026-11-14T09:00:00.000Z",
        'Did "Parkrun with Dad" (5 km) for 25 minutes on Saturday 14 November, 09:00–09:25 (Charge 6, average heart rate 150 bpm).',
      ],
      [
        "workout 58120518371",
        "User",
        "user",
        "2026-11-22T10:00:00.000Z",
        "Did yoga for 50 minutes on Sunday 22 November, 10:00–10:50 (yoga workout, logged by hand, 110 calories burned).",
      ],
    ]);
    expect(turns[1]!.metadata).toEqual({
      fitbit: {
        kind: "workout",
        logId: "58120462938",
        activity: "Run",
        startTime: "10/24/26 23:30:00",
        start: "2026-10-24T23:30:00.000Z",
        zone: "Europe/London",
        seconds: 1500,
        activeSeconds: 1440,
        distance: { value: 3, unit: "mi" },
        averageHeartRate: 141,
        calories: 370,
        source: "Charge 6",
        logType: "tracker",
      },
    });
  });

  it("tells an exercise's times in UTC, said so, when no profile is beside its file", async () => {
    const file = put("loose/exercise-0.json", jackson(EXERCISES.slice(0, 2)));
    const turns = (await parsedConversations(file)).flatMap((n) => n.turns);
    expect(turns.map((t) => [new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      [
        "2026-10-03T07:02:11.000Z",
        "Ran 6.2 km in 33 minutes 5 seconds (5:20 per km) on Saturday 3 October, 07:02–07:35 UTC (run workout, Charge 6, average heart rate 150 bpm, 370 calories burned).",
      ],
      [
        "2026-10-24T23:30:00.000Z",
        "Ran 3 mi in 24 minutes (8:00 per mi) on Saturday 24 October, 23:30–23:55 UTC (run workout, Charge 6, average heart rate 141 bpm, 370 calories burned).",
      ],
    ]);
    expect(turns[0]!.metadata.fitbit).toMatchObject({ zone: "UTC" });
  });

  it("tells each night with its stages in the note of the day it began, a nap of its own day, and a classic log's restless and awake", async () => {
    const stage = (minutes: number, avg: number) => ({ count: 4, minutes, thirtyDayAvgMinutes: avg });
    const night = (logId: number, dateOfSleep: string, start: string, end: string, asleep: number, more: Record<string, unknown>) => ({
      logId,
      dateOfSleep,
      startTime: start,
      endTime: end,
      duration: Date.parse(`${end}Z`) - Date.parse(`${start}Z`),
      minutesToFallAsleep: 0,
      minutesAsleep: asleep,
      minutesAwake: (Date.parse(`${end}Z`) - Date.parse(`${start}Z`)) / 60_000 - asleep,
      minutesAfterWakeup: 0,
      timeInBed: (Date.parse(`${end}Z`) - Date.parse(`${start}Z`)) / 60_000,
      efficiency: 88,
      ...more,
    });
    const logs = [
      night(49310585652, "2026-11-15", "2026-11-14T22:41:30.000", "2026-11-15T05:35:00.000", 362, {
        type: "stages",
        infoCode: 0,
        logType: "auto_detected",
        levels: {
          summary: { deep: stage(58, 68), wake: stage(52, 49), light: stage(220, 243), rem: stage(84, 88) },
          data: [{ dateTime: "2026-11-14T22:41:30.000", level: "wake", seconds: 210 }],
          shortData: [{ dateTime: "2026-11-15T01:12:30.000", level: "wake", seconds: 60 }],
        },
        mainSleep: true,
      }),
      night(49310899113, "2026-11-15", "2026-11-15T14:10:00.000", "2026-11-15T14:52:00.000", 38, {
        type: "classic",
        infoCode: 2,
        logType: "auto_detected",
        levels: { summary: { restless: { count: 2, minutes: 2 }, awake: { count: 1, minutes: 0 }, asleep: { count: 0, minutes: 38 } }, data: [] },
        mainSleep: false,
      }),
      // (past midnight: still the night of the 15th)
      night(49310902002, "2026-11-16", "2026-11-16T00:20:00.000", "2026-11-16T07:02:00.000", 371, {
        type: "classic",
        infoCode: 0,
        levels: { summary: { restless: { count: 9, minutes: 20 }, awake: { count: 2, minutes: 5 }, asleep: { count: 0, minutes: 371 } }, data: [] },
        mainSleep: true,
      }),
      // (a log of no sleep at all: nothing to tell)
      night(49310903001, "2026-11-17", "2026-11-17T03:00:00.000", "2026-11-17T03:04:00.000", 0, { type: "classic", mainSleep: false }),
    ];
    const file = put(`${GLOBAL}/sleep-2026-10-31.json`, jackson(logs));
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.externalId, n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text])])).toEqual([
      [
        "fitbit:day:2026-11-14",
        [
          [
            "sleep 49310585652",
            "2026-11-14T22:41:30.000Z",
            "Slept 6 hours 2 minutes on the night of Saturday 14 November, 22:41 to 05:35 (deep 58 minutes, light 3 hours 40 minutes, REM 1 hour 24 minutes, awake 52 minutes).",
          ],
        ],
      ],
      [
        "fitbit:day:2026-11-15",
        [
          ["sleep 49310899113", "2026-11-15T14:10:00.000Z", "Napped 38 minutes on Sunday 15 November, 14:10 to 14:52."],
          [
            "sleep 49310902002",
            "2026-11-16T00:20:00.000Z",
            "Slept 6 hours 11 minutes on the night of Sunday 15 November, 00:20 to 07:02 (restless 20 minutes, awake 5 minutes).",
          ],
        ],
      ],
    ]);
    expect(notes[0]!.turns[0]!.metadata).toEqual({
      fitbit: {
        kind: "sleep",
        logId: "49310585652",
        dateOfSleep: "2026-11-15",
        startTime: "2026-11-14T22:41:30",
        endTime: "2026-11-15T05:35:00",
        minutesAsleep: 362,
        stages: { deep: 58, light: 220, REM: 84, awake: 52 },
      },
    });
  });

  it("sums each day's steps on the profile's clock, a day across two files counted once, each minute once", async () => {
    put("Takeout/Fitbit/Your Profile/Profile.csv", profileCsv("Europe/London"));
    const minute = (dateTime: string, value: string) => ({ dateTime, value });
    // (each file named by the first day it holds on her clock; British Summer Time ends at 01:00 UTC on 25 October, a day of 25 hours)
    const before = put(
      `${GLOBAL}/steps-2026-10-24.json`,
      jackson([
        minute("10/23/26 22:59:00", "7"),
        minute("10/23/26 23:00:00", "100"),
        minute("10/24/26 12:00:00", "50"),
        minute("10/24/26 13:00:00", "0"),
        // (00:10 and 00:30 on the 25th in Leeds: the next file's day, the first held by this file only, the second by both)
        minute("10/24/26 23:10:00", "9"),
        minute("10/24/26 23:30:00", "20"),
      ]),
    );
    const after = put(
      `${GLOBAL}/steps-2026-10-25.json`,
      jackson([
        // (23:58 on the 24th in Leeds: the file before's day, held by this file only)
        minute("10/24/26 22:58:00", "3"),
        minute("10/24/26 23:30:00", "20"),
        minute("10/25/26 00:30:00", "40"),
        minute("10/25/26 10:00:00", "60"),
        minute("10/25/26 23:30:00", "0"),
        minute("10/26/26 09:00:00", "5"),
      ]),
    );
    const told = async (file: string) =>
      (await parsedConversations(file)).map((n) => [n.externalId, n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text])]);
    expect(await told(before)).toEqual([
      ["fitbit:day:2026-10-23", [["steps 2026-10-23", "2026-10-23T12:00:00.000Z", "On Friday 23 October I took 7 steps."]]],
      ["fitbit:day:2026-10-24", [["steps 2026-10-24", "2026-10-24T12:00:00.000Z", "On Saturday 24 October I took 153 steps."]]],
    ]);
    expect(await told(after)).toEqual([
      ["fitbit:day:2026-10-25", [["steps 2026-10-25", "2026-10-25T12:00:00.000Z", "On Sunday 25 October I took 129 steps."]]],
      ["fitbit:day:2026-10-26", [["steps 2026-10-26", "2026-10-26T12:00:00.000Z", "On Monday 26 October I took 5 steps."]]],
    ]);
    expect((await parsedConversations(after))[0]!.turns[0]!.metadata).toEqual({
      fitbit: { kind: "steps", day: "2026-10-25", steps: 129, zone: "Europe/London" },
    });
  });

  it("tells each day's resting heart rate, Fitbit's padding left out, and each weigh-in in the profile's unit", async () => {
    put("Takeout/Fitbit/Your Profile/Profile.csv", profileCsv("Europe/London"));
    const resting = put(
      `${GLOBAL}/resting_heart_rate-2026-11-01.json`,
      jackson([
        { dateTime: "11/01/26 00:00:00", value: { date: "11/01/26", value: 56.184, error: 6.123 } },
        { dateTime: "11/02/26 00:00:00", value: { date: null, value: 0, error: 0 } },
        { dateTime: "11/03/26 00:00:00", value: { date: "11/03/2026", value: 57.9, error: 5.5 } },
      ]),
    );
    expect((await parsedConversations(resting)).map((n) => [n.externalId, n.turns.map((t) => [t.externalId, t.text, t.metadata])])).toEqual([
      [
        "fitbit:day:2026-11-01",
        [["resting 2026-11-01", "On Sunday 1 November my resting heart rate was 56 bpm.", { fitbit: { kind: "resting", day: "2026-11-01", bpm: 56.184 } }]],
      ],
      [
        "fitbit:day:2026-11-03",
        [["resting 2026-11-03", "On Tuesday 3 November my resting heart rate was 58 bpm.", { fitbit: { kind: "resting", day: "2026-11-03", bpm: 57.9 } }]],
      ],
    ]);
    const weighIns = [
      { logId: 1794813160000, weight: 67.9, bmi: 24.06, fat: 25.1, date: "11/16/26", time: "07:12:40", source: "Aria" },
      { logId: 1795132799000, weight: 67.8, bmi: 24.02, date: "11/19/26", time: "23:59:59", source: "API" },
    ];
    const weight = put(`${GLOBAL}/weight-2026-10-31.json`, jackson(weighIns));
    expect(
      (await parsedConversations(weight)).flatMap((n) => n.turns.map((t) => [n.externalId, t.externalId, new Date(t.occurredAt).toISOString(), t.text])),
    ).toEqual([
      ["fitbit:day:2026-11-16", "weight 1794813160000", "2026-11-16T07:12:40.000Z", "On Monday 16 November I weighed 67.9 kg at 07:12 (body fat 25.1%, Aria)."],
      ["fitbit:day:2026-11-19", "weight 1795132799000", "2026-11-19T23:59:59.000Z", "On Thursday 19 November I weighed 67.8 kg at 23:59 (API)."],
    ]);
    // (in pounds where the profile says so; with no profile, no unit: the export writes none)
    put("us/Fitbit/Your Profile/Profile.csv", profileCsv("America/New_York", "POUND"));
    const pounds = put("us/Fitbit/Global Export Data/weight-2026-10-31.json", jackson([{ ...weighIns[0], weight: 149.7 }]));
    expect((await parsedConversations(pounds))[0]!.turns[0]!.text).toBe("On Monday 16 November I weighed 149.7 lb at 07:12 (body fat 25.1%, Aria).");
    const alone = put("loose/weight-2026-10-31.json", jackson(weighIns.slice(0, 1)));
    expect((await parsedConversations(alone))[0]!.turns[0]!.text).toBe("On Monday 16 November I weighed 67.9 at 07:12 (body fat 25.1%, Aria).");
  });

  it("is read by --format whatever its name, and --format fitbit refuses a file that is none of Fitbit's", async () => {
    const file = put("renamed.txt", jackson(EXERCISES.slice(3, 4)));
    expect((await parsedConversations(file, "fitbit")).map((n) => n.turns[0]!.text)).toEqual([
      "Lifted weights for 45 minutes on Thursday 5 November, 19:00–19:45 UTC (weights workout, Charge 6, average heart rate 114 bpm, 252 calories burned).",
    ]);
    const other = put("other.json", '[{"endTime" : "2026-10-03 18:21", "msPlayed" : 196000}]');
    expect((await importErrorOf(parsedConversations(other, "fitbit"))).message).toBe(
      'other.json: byte 0: not a file of Fitbit\'s export: expected a JSON array of its exercises, sleep logs, weigh-ins or minutes (`[{ "logId" : …` or `[{ "dateTime" : "11/14/26 08:02:00"`)',
    );
  });
});

describe("Fitbit's export: a folder", () => {
  it("reads its exercises, sleep, steps, resting heart rate and weigh-ins, and passes over its other files, said why, the heart-rate samples never opened", async () => {
    put("Takeout/archive_browser.html", "<!DOCTYPE html><html><head><title>Takeout</title></head><body></body></html>\n");
    put("Takeout/Fitbit/Your Profile/Profile.csv", profileCsv("Europe/London"));
    put(
      "Takeout/Fitbit/Sleep Score/sleep_score.csv",
      "sleep_log_entry_id,timestamp,overall_score,composition_score,revitalization_score,duration_score,deep_sleep_in_minutes,resting_heart_rate,restlessness\n49310585652,2026-11-15T05:35:00Z,81,,24,,58,58,0.07\n",
    );
    put("Takeout/Fitbit/Physical Activity_GoogleData/steps_2026-11-01.csv", "timestamp,steps,data source\n2026-11-01T06:30:00Z,87,Charge 6\n");
    put(
      "Takeout/Fitbit/Physical Activity_GoogleData/steps_readme.txt",
      "Time Series Data Export\n\nThe Time Series export provides a detailed timeline of your tracked activity.\n",
    );
    put(`${GLOBAL}/exercise-0.json`, jackson(EXERCISES.slice(0, 1)));
    put(`${GLOBAL}/steps-2026-10-01.json`, jackson([{ dateTime: "10/03/26 07:10:00", value: "160" }]));
    put(`${GLOBAL}/resting_heart_rate-2026-10-01.json`, jackson([{ dateTime: "10/03/26 00:00:00", value: { date: "10/03/26", value: 61.2, error: 6.1 } }]));
    put(`${GLOBAL}/weight-2026-10-01.json`, jackson([{ logId: 1791011280000, weight: 69.5, bmi: 24.62, date: "10/03/26", time: "07:08:00", source: "Aria" }]));
    put(
      `${GLOBAL}/sleep-2026-10-01.json`,
      jackson([
        {
          logId: 49310245414,
          dateOfSleep: "2026-10-04",
          startTime: "2026-10-03T23:10:00.000",
          endTime: "2026-10-04T06:35:00.000",
          minutesAsleep: 388,
          mainSleep: true,
        },
      ]),
    );
    // (heart-rate samples, gigabytes in a real export: passed over by their name, never opened (this one is no JSON at all))
    put(`${GLOBAL}/heart_rate-2026-10-03.json`, "[{ not opened");
    put(`${GLOBAL}/calories-2026-10-03.json`, jackson([{ dateTime: "10/03/26 07:10:00", value: "11.2" }]));
    put(
      `${GLOBAL}/time_in_heart_rate_zones-2026-10-03.json`,
      jackson([{ dateTime: "10/03/26 00:00:00", value: { valuesInZones: { IN_DEFAULT_ZONE_1: 96.0 } } }]),
    );
    put(`${GLOBAL}/badge.json`, jackson([{ badgeType: "DAILY_STEPS", dateTime: "2026-10-03", timesAchieved: 1, name: "Boat Shoe (10,000 steps in a day)" }]));
    const root = join(dir, "Takeout");
    const seen: Record<string, string> = {};
    for (const { file, inFolder } of importPaths(root)) {
      expect(inFolder).toBe(true);
      const why = await passedOverInFolder(file);
      seen[file.slice(root.length + 1)] = why ?? `read as ${await folderFileFormat(file)}`;
    }
    expect(seen).toEqual({
      "archive_browser.html": "Google Takeout's index of the files in its archive, no one's words",
      "Fitbit/Global Export Data/badge.json": "the badges Fitbit awarded (Fitbit's own messages, no words of yours)",
      "Fitbit/Global Export Data/calories-2026-10-03.json":
        "Fitbit's calories (measurements, no words; a day's steps, workouts, sleep, resting heart rate and weight are told)",
      "Fitbit/Global Export Data/exercise-0.json": "read as fitbit",
      "Fitbit/Global Export Data/heart_rate-2026-10-03.json":
        "Fitbit's heart rate, a reading every few seconds (samples, no words; a day's resting heart rate is told from resting_heart_rate)",
      "Fitbit/Global Export Data/resting_heart_rate-2026-10-01.json": "read as fitbit",
      "Fitbit/Global Export Data/sleep-2026-10-01.json": "read as fitbit",
      "Fitbit/Global Export Data/steps-2026-10-01.json": "read as fitbit",
      "Fitbit/Global Export Data/time_in_heart_rate_zones-2026-10-03.json":
        "Fitbit's minutes a day in each heart-rate zone (numbers, no words; each workout's heart rate is told with it)",
      "Fitbit/Global Export Data/weight-2026-10-01.json": "read as fitbit",
      "Fitbit/Physical Activity_GoogleData/steps_2026-11-01.csv":
        "Google's copy of your Fitbit data (Physical Activity_GoogleData: its CSVs of measurements, no words; the days are told from Global Export Data)",
      "Fitbit/Physical Activity_GoogleData/steps_readme.txt":
        "Google's copy of your Fitbit data (Physical Activity_GoogleData: its CSVs of measurements, no words; the days are told from Global Export Data)",
      "Fitbit/Sleep Score/sleep_score.csv": "Fitbit's sleep scores (numbers, no words; each night's sleep is told from sleep-….json)",
      "Fitbit/Your Profile/Profile.csv": "your Fitbit profile (read for its time zone and weight unit, not imported)",
    });
    // (the day's note gathers the paragraphs of every file of the folder)
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
        .all("fitbit:day:2026-10-03");
      expect(day).toEqual([
        { id: "weight 1791011280000", text: "On Saturday 3 October I weighed 69.5 kg at 07:08 (Aria)." },
        {
          id: "workout 58120455019",
          text: "Ran 6.2 km in 33 minutes 5 seconds (5:20 per km) on Saturday 3 October, 08:02–08:35 (run workout, Charge 6, average heart rate 150 bpm, 370 calories burned).",
        },
        { id: "resting 2026-10-03", text: "On Saturday 3 October my resting heart rate was 61 bpm." },
        { id: "steps 2026-10-03", text: "On Saturday 3 October I took 160 steps." },
        { id: "sleep 49310245414", text: "Slept 6 hours 28 minutes on the night of Saturday 3 October, 23:10 to 06:35." },
      ]);
      expect(db.prepare("SELECT format, title FROM conversations WHERE external_id = ?").get("fitbit:day:2026-10-03")).toEqual({
        format: "note",
        title: "Fitbit, Saturday 3 October 2026",
      });
    } finally {
      db.close();
    }
    // (given alone, a file passed over is refused with the same reason, not read as an app's JSON or a note)
    const hr = join(dir, GLOBAL, "heart_rate-2026-10-03.json");
    expect(await detectFormat(hr)).toBe("fitbit");
    const err = await checkImportFile(join(dir, "Takeout/Fitbit/Your Profile/Profile.csv")).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("your Fitbit profile (read for its time zone and weight unit, not imported), no note");
    expect((await importErrorOf(validateExport(hr))).message).toBe(
      "heart_rate-2026-10-03.json: byte 0: the note has no text: Fitbit's heart rate, a reading every few seconds (samples, no words; a day's resting heart rate is told from resting_heart_rate)",
    );
  });

  it("reads Fitbit's older archive (<Name>/Physical Activity/, Sleep/, Personal & Account/) with its profile's clock", async () => {
    put("MyFitbitData/EllieMarsh/Personal & Account/Profile.csv", profileCsv("Australia/Sydney"));
    const run = put(
      "MyFitbitData/EllieMarsh/Physical Activity/exercise-0.json",
      jackson([exercise(21000000001, "Run", "03/13/26 23:00:00", 1_800_000, { distance: 5.2, distanceUnit: "Kilometer" })]),
    );
    put("MyFitbitData/EllieMarsh/Physical Activity/heart_rate-2026-03-14.json", "[{ not opened");
    const root = join(dir, "MyFitbitData");
    const listed = importPaths(root).map((p) => p.file.slice(root.length + 1));
    expect(listed).toEqual([
      "EllieMarsh/Personal & Account/Profile.csv",
      "EllieMarsh/Physical Activity/exercise-0.json",
      "EllieMarsh/Physical Activity/heart_rate-2026-03-14.json",
    ]);
    expect(await folderFileFormat(run)).toBe("fitbit");
    // (23:00 UTC on 13 March is 10:00 on the 14th in Sydney, in daylight saving time)
    expect((await parsedConversations(run)).map((n) => [n.externalId, n.turns[0]!.text])).toEqual([
      [
        "fitbit:day:2026-03-14",
        "Ran 5.2 km in 30 minutes (5:46 per km) on Saturday 14 March, 10:00–10:30 (run workout, Charge 6, average heart rate 150 bpm, 370 calories burned).",
      ],
    ]);
  });
});

describe("Fitbit's export: importing", () => {
  it("adds nothing when imported again, and from a later export only the new days and a changed day's words", async () => {
    const minute = (dateTime: string, value: string) => ({ dateTime, value });
    const first = put("before/steps-2026-11-01.json", jackson([minute("11/01/26 09:00:00", "4200"), minute("11/02/26 09:00:00", "2310")]));
    const later = put(
      "after/steps-2026-11-01.json",
      jackson([
        minute("11/01/26 09:00:00", "4200"),
        minute("11/02/26 09:00:00", "2310"),
        minute("11/02/26 18:01:00", "6100"),
        minute("11/03/26 08:00:00", "950"),
      ]),
    );
    const db = openDatabase(join(dir, "later.db"));
    try {
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "fitbit", conversations: 2, added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 2 });
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 3, added: 2, duplicates: 1 });
      const days = db
        .prepare("SELECT s.external_id AS id, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = ? ORDER BY s.id")
        .all("fitbit:day:2026-11-02");
      expect(days).toEqual([
        { id: "steps 2026-11-02", text: "On Monday 2 November I took 2,310 steps." },
        { id: "steps 2026-11-02", text: "On Monday 2 November I took 8,410 steps." },
      ]);
      // (what was remembered of the day's first words is superseded by its new ones)
      const current = db
        .prepare("SELECT content FROM memories WHERE type = 'semantic' AND status = 'active' AND valid_to IS NULL AND content LIKE '%2 November%'")
        .all() as Array<{ content: string }>;
      expect(current.map((m) => m.content).join("\n")).toContain("8,410 steps");
      expect(current.map((m) => m.content).join("\n")).not.toContain("2,310");
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file and the item's field, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "exercise-0.json",
        jackson([EXERCISES[0], { ...EXERCISES[1], startTime: "24/10/26 23:30:00" }]),
        'exercise-0.json: [1].startTime: "24/10/26 23:30:00" is no time: expected one as Fitbit writes it, "11/14/26 08:02:11"',
      ],
      [
        "exercise-100.json",
        jackson([{ ...EXERCISES[0], duration: "long" }]),
        'exercise-100.json: [0].duration: "long" is no number: expected a duration in milliseconds, 1805000',
      ],
      [
        "steps-2026-11-01.json",
        jackson([
          { dateTime: "11/01/26 09:00:00", value: "4200" },
          { dateTime: "11/01/26 09:01:00", value: "lots" },
        ]),
        'steps-2026-11-01.json: [1].value: "lots" is no count of steps: expected one as Fitbit writes it, "87"',
      ],
      [
        "sleep-2026-11-01.json",
        jackson([{ logId: 1, dateOfSleep: "2026-11-02", startTime: "yesterday", endTime: "2026-11-02T06:00:00.000", minutesAsleep: 400 }]),
        'sleep-2026-11-01.json: [0].startTime: "yesterday" is no time: expected one as Fitbit writes it, "2026-11-14T22:41:30.000"',
      ],
      [
        "weight-2026-11-01.json",
        jackson([{ logId: 1794813160000, weight: 67.9, bmi: 24.06, date: "16/11/26", time: "07:12:40" }]),
        'weight-2026-11-01.json: [0].date: "16/11/26" is no day: expected one as Fitbit writes it, "11/16/26"',
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
      // (a file cut short: the byte, line and column where it ends, from the JSON stream)
      const whole = jackson([
        { dateTime: "11/01/26 09:00:00", value: "4200" },
        { dateTime: "11/01/26 09:01:00", value: "87" },
      ]);
      const cut = put("bad/steps-2026-12-01.json", whole.slice(0, whole.length - 12));
      const err = await importErrorOf(validateExport(cut));
      expect(err.message).toMatch(/^steps-2026-12-01\.json: byte \d+ \(line \d+, column \d+\): truncated JSON/);
      await expect(importFile(db, embedder, cut)).rejects.toThrow(/truncated JSON/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it("reads a large steps file a chunk at a time, a day's total from its minutes, and names a bad minute far into it", async () => {
    // (two months of minutes, every one written, as the export writes them: about 4 MB)
    const rows: Array<{ dateTime: string; value: string }> = [];
    for (let t = Date.UTC(2026, 9, 1); t < Date.UTC(2026, 10, 30); t += 60_000) {
      const iso = new Date(t).toISOString();
      rows.push({ dateTime: `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(2, 4)} ${iso.slice(11, 19)}`, value: String(new Date(t).getUTCMinutes() % 7) });
    }
    const file = put("big/steps-2026-10-01.json", jackson(rows));
    const reads: number[] = [];
    const notes: string[] = [];
    for await (const note of parseExport(file, { onProgress: (read) => reads.push(read) })) notes.push(note.turns[0]!.text);
    expect(notes.length).toBe(60);
    // (each day's 1,440 minutes: 0 to 6 steps by the minute of the hour)
    expect(notes[0]).toBe("On Thursday 1 October I took 4,176 steps.");
    expect(reads.length).toBeGreaterThan(4);
    const bad = put("big/steps-2026-12-01.json", jackson([...rows.slice(0, 80_000), { dateTime: "12/01/26 00:00:00", value: "-3" }]));
    expect((await importErrorOf(validateExport(bad))).message).toBe(
      'steps-2026-12-01.json: [80000].value: "-3" is no count of steps: expected one as Fitbit writes it, "87"',
    );
  });
});
