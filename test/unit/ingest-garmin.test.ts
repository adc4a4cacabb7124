/**
 * Garmin Connect's account export (core/ingest/garmin.ts, garmin-export.ts), as "Export Your Data" unzips it
 * (`<request id>/DI_CONNECT/…`, compact JSON, doubles with a fraction): a note of the user's per day, an app's
 * day of records, whose paragraphs are its activities in words (on the owner's wall clock, `startTimeLocal`; a
 * race said so), the night begun on it with its stages and score (GMT times on the owner's clock from the UDS
 * files, or in UTC, said so, without them; a night across a change of the clocks), its steps and the day's own
 * resting heart rate, and its weigh-ins (grams, on the owner's clock; a profile's weight no weigh-in); each file
 * told by its start whatever its name, and not mistaken for its neighbours; read alone, in a folder and with
 * --format; the export's other files passed over, said why; importing again adds nothing, a later export only
 * the new days and a changed day's words; a bad file refused naming the file and the record's field, and nothing
 * stored.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { garminKindOf } from "../../core/ingest/health/garmin.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { jackson } from "../../bench/lib/personal/stepper.js";
import { garminJson } from "../../bench/lib/personal/trailrunner.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-garmin-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** Writes `text` to `path` under the test's folder (its folders made); returns its path. */
function put(path: string, text: string | Uint8Array): string {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const CONNECT = "0b4c6f7e/DI_CONNECT";
const HOUR = 3_600_000;

/** An activity with the keys the export writes: started at `gmt` (epoch ms), `offset` hours ahead on the owner's clock. */
function activity(
  activityId: number,
  type: string,
  name: string,
  gmt: number,
  ms: number,
  more: Record<string, unknown> = {},
  offset = 1,
): Record<string, unknown> {
  return {
    activityId,
    uuidMsb: -4_120_379_911_304_412_000,
    uuidLsb: -7_993_001_284_551_224_000,
    name,
    activityType: type,
    userProfileId: 93847261,
    timeZoneId: 129,
    beginTimestamp: gmt,
    eventTypeId: 9,
    rule: "subscribers",
    sportType: "RUNNING",
    startTimeGmt: gmt,
    startTimeLocal: gmt + offset * HOUR,
    duration: ms,
    avgHr: 147,
    maxHr: 167,
    calories: 1_884.5,
    elapsedDuration: ms,
    movingDuration: ms,
    deviceId: 3425901776,
    manufacturer: "GARMIN",
    hrTimeInZone_2: 600_000,
    parent: false,
    ...more,
  };
}

/** Her activities: an evening run, the race (renamed, its start's place, paused), strength, a pool swim, a ride, a multi-sport whole and its leg, and one after the clocks went back. */
const ACTIVITIES = [
  activity(21603999334, "running", "Sheffield Running", Date.UTC(2026, 9, 6, 17, 32), 2_538_000, {
    distance: 805_000,
    elevationGain: 6_200,
    locationName: "Sheffield",
  }),
  activity(21604439800, "trail_running", "Kinder Trail 30K", Date.UTC(2026, 9, 17, 7, 30, 4), 13_092_000, {
    eventTypeId: 1,
    distance: 3_042_000,
    elevationGain: 114_800,
    elapsedDuration: 13_265_000,
    avgHr: 158,
    maxHr: 181,
    locationName: "Edale",
  }),
  activity(21603712345, "strength_training", "Strength", Date.UTC(2026, 9, 1, 17, 30), 2_400_000, { sportType: "FITNESS_EQUIPMENT", avgHr: 113, maxHr: 140 }),
  activity(21603800001, "lap_swimming", "Pool Swim", Date.UTC(2026, 9, 7, 6, 5), 2_222_000, {
    sportType: "SWIMMING",
    distance: 150_000,
    avgHr: 131,
    maxHr: 150,
  }),
  activity(21603632279, "road_biking", "Sheffield Road Cycling", Date.UTC(2026, 8, 26, 8, 10), 7_865_000, {
    sportType: "CYCLING",
    distance: 5_241_000,
    elevationGain: 84_000,
    elapsedDuration: 8_175_000,
    avgHr: 131,
    maxHr: 162,
    locationName: "Sheffield",
  }),
  activity(21603900000, "multi_sport", "Town Multisport", Date.UTC(2026, 9, 3, 8, 0), 5_400_000, { parent: true, distance: 1_515_400 }),
  activity(21603900001, "walking", "Walking 1", Date.UTC(2026, 9, 3, 8, 0), 3_600_000, { parentId: 21603900000, sportType: "STEPS", distance: 603_900 }),
  activity(
    21604660033,
    "trail_running_v2",
    "Hathersage Trail Running",
    Date.UTC(2026, 9, 25, 9, 30),
    5_690_000,
    { distance: 1_420_000, elevationGain: 40_200 },
    0,
  ),
];

/** A summarized activities file: `[{"summarizedActivitiesExport":[…]}]`. */
const activitiesFile = (rows: unknown[]) => garminJson([{ summarizedActivitiesExport: rows }]);

/** "2026-10-16T22:52:00.0": a time as the wellness files write it. */
const stamp = (t: number) => `${new Date(t).toISOString().slice(0, 19)}.0`;

/** A night as sleepData.json writes it: its GMT times and the day woken, its stages (minutes) and score. */
function night(from: number, to: number, woke: string, [deep, light, rem, awake]: number[], score?: number): Record<string, unknown> {
  return {
    sleepStartTimestampGMT: stamp(from),
    sleepEndTimestampGMT: stamp(to),
    calendarDate: woke,
    sleepWindowConfirmationType: "ENHANCED_CONFIRMED_FINAL",
    deepSleepSeconds: deep! * 60,
    lightSleepSeconds: light! * 60,
    remSleepSeconds: rem! * 60,
    awakeSleepSeconds: awake! * 60,
    unmeasurableSeconds: 0,
    averageRespiration: 15,
    retro: false,
    ...(score !== undefined ? { sleepScores: { overallScore: score, qualityScore: 48, feedback: "NEGATIVE_SHORT_BUT_CONTINUOUS" } } : {}),
  };
}

/** A day as UDSFile_*.json writes it: its start and end on both clocks (the owner's `offset` hours ahead at each), steps and resting heart rates. */
function udsDay(day: string, offsets: [number, number], more: Record<string, unknown> = {}): Record<string, unknown> {
  const start = Date.parse(`${day}T00:00:00Z`) - offsets[0] * HOUR;
  const end = Date.parse(`${day}T00:00:00Z`) + 86_400_000 - offsets[1] * HOUR;
  return {
    userProfilePK: 93847261,
    calendarDate: day,
    durationInMilliseconds: end - start,
    totalKilocalories: 2_310,
    activeKilocalories: 890,
    wellnessStartTimeGmt: stamp(start),
    wellnessStartTimeLocal: stamp(start + offsets[0] * HOUR),
    wellnessEndTimeGmt: stamp(end),
    wellnessEndTimeLocal: stamp(end + offsets[1] * HOUR),
    includesWellnessData: true,
    ...more,
  };
}

/** Her days in Sheffield: British Summer Time, then the night the clocks went back (a day of 25 hours), then GMT. */
const UDS = [
  udsDay("2026-10-16", [1, 1], { totalSteps: 9_120, restingHeartRate: 50, currentDayRestingHeartRate: 49 }),
  udsDay("2026-10-17", [1, 1], { totalSteps: 44_806, restingHeartRate: 50, currentDayRestingHeartRate: 52 }),
  udsDay("2026-10-18", [1, 1], { totalSteps: 7_204, restingHeartRate: 51, currentDayRestingHeartRate: 56 }),
  udsDay("2026-10-24", [1, 1], { totalSteps: 9_320, restingHeartRate: 51, currentDayRestingHeartRate: 50 }),
  udsDay("2026-10-25", [1, 0], { totalSteps: 24_714, restingHeartRate: 51, currentDayRestingHeartRate: 49 }),
  // (a day the watch was charging: nothing to tell)
  udsDay("2026-10-26", [0, 0], { totalSteps: 0, includesWellnessData: false }),
];

/** Her nights: before the race (short), the night the clocks went back (23:10 BST to 07:20 GMT), and a window with no sleep measured. */
const NIGHTS = [
  night(Date.UTC(2026, 9, 16, 22, 52), Date.UTC(2026, 9, 17, 3, 58), "2026-10-17", [38, 185, 52, 31], 41),
  night(Date.UTC(2026, 9, 24, 22, 10), Date.UTC(2026, 9, 25, 7, 20), "2026-10-25", [96, 288, 121, 45], 79),
  {
    sleepStartTimestampGMT: stamp(Date.UTC(2026, 9, 25, 23, 0)),
    sleepEndTimestampGMT: stamp(Date.UTC(2026, 9, 26, 6, 0)),
    calendarDate: "2026-10-26",
    retro: false,
  },
];

/** Her body records: the weight typed into her profile (no weigh-in), two weigh-ins on the Index scale (one's time in epoch ms), one by hand, and a height. */
const BIO = [
  { version: 1, metaData: { calendarDate: "2026-10-01T20:41:08.0", sequence: 1 }, weight: { weight: 63_000, sourceType: "USER_SETTING" }, height: 170 },
  {
    version: 1,
    metaData: { calendarDate: "2026-10-16T07:06:23.0", sequence: 2 },
    weight: { weight: 61_800, bmi: 21.4, bodyFat: 19.6, sourceType: "INDEX_SCALE", timestampGMT: stamp(Date.UTC(2026, 9, 16, 6, 6, 23)) },
  },
  {
    version: 2,
    metaData: { calendarDate: "2026-10-25T07:40:00.0", sequence: 3 },
    weight: { weight: 62_100, sourceType: "INDEX_SCALE", timestampGMT: Date.UTC(2026, 9, 25, 7, 40) },
  },
  { version: 1, metaData: { calendarDate: "2026-10-18", sequence: 4 }, weight: { weight: 62_400, sourceType: "MANUAL" } },
  { version: 1, metaData: { calendarDate: "2026-10-19T09:00:00.0", sequence: 5 }, height: 170.5 },
];

describe("Garmin's export: detection", () => {
  it("tells each of its files by its start, whatever its name, and none of its neighbours as Garmin's", async () => {
    const files = {
      activities: put("a/runs.json", activitiesFile(ACTIVITIES.slice(0, 1))),
      sleep: put("a/nights.json", garminJson(NIGHTS.slice(0, 1))),
      days: put("a/days.json", garminJson(UDS.slice(0, 1))),
      biometrics: put("a/body.json", garminJson(BIO)),
    };
    for (const [kind, file] of Object.entries(files)) {
      expect([kind, await detectFormat(file)]).toEqual([kind, "garmin"]);
      expect(garminKindOf(readFileSync(file, "utf8"), file)).toBe(kind);
    }
    // (a BOM and white space before the array are no part of it; pretty-printed too)
    expect(garminKindOf(`\uFEFF\n  ${JSON.stringify([{ summarizedActivitiesExport: [] }], null, 2)}`, "x.json")).toBe("activities");
    // (an empty array says nothing of itself: its name does)
    expect(garminKindOf("[]", "DI_CONNECT/DI-Connect-Wellness/2026-12-17_2027-03-27_93847261_sleepData.json")).toBe("sleep");
    expect(garminKindOf("[]", "UDSFile_2026-12-17_2027-03-27.json")).toBe("days");
    expect(garminKindOf("[]", "empty.json")).toBeNull();
    const neighbours: Array<[string, string]> = [
      ["exercise-0.json", jackson([{ logId: 58120455019, activityName: "Run", startTime: "10/03/26 07:02:11" }])],
      ["StreamingHistory_music_0.json", '[{"endTime":"2026-10-03 18:21","artistName":"Wet Leg","trackName":"Chaise Longue","msPlayed":196000}]'],
      // (Garmin Connect's API's sleep, as unofficial clients save it: an object, not the export's array)
      ["sleep.json", '{"dailySleepDTO":{"calendarDate":"2026-10-17","sleepStartTimestampGMT":1792277520000}}'],
      ["diary.json", '[{"calendarDate":"2026-10-17","note":"long run"}]'],
      ["meta.json", '[{"metaData":"none","calendarDate":"2026-10-17"}]'],
    ];
    for (const [name, text] of neighbours) {
      const file = put(`b/${name}`, text);
      expect([name, await detectFormat(file).catch(() => "refused")]).not.toEqual([name, "garmin"]);
      expect(garminKindOf(text, file)).toBeNull();
    }
  });
});

describe("Garmin's export: the days told", () => {
  it("tells each activity in words on the owner's wall clock, a race said so, a day a note of records", async () => {
    const file = put(`${CONNECT}/DI-Connect-Fitness/catrin@example.com_0_summarizedActivities.json`, activitiesFile(ACTIVITIES));
    // (a day's note is given in the order its first activity is met; here by day)
    const notes = (await parsedConversations(file)).sort((a, b) => a.externalId.localeCompare(b.externalId));
    expect(notes.map((n) => [n.externalId, n.title, n.format, n.participants, n.records])).toEqual([
      ["garmin:day:2026-09-26", "Garmin, Saturday 26 September 2026", "note", ["User"], "day"],
      ["garmin:day:2026-10-01", "Garmin, Thursday 1 October 2026", "note", ["User"], "day"],
      ["garmin:day:2026-10-03", "Garmin, Saturday 3 October 2026", "note", ["User"], "day"],
      ["garmin:day:2026-10-06", "Garmin, Tuesday 6 October 2026", "note", ["User"], "day"],
      ["garmin:day:2026-10-07", "Garmin, Wednesday 7 October 2026", "note", ["User"], "day"],
      ["garmin:day:2026-10-17", "Garmin, Saturday 17 October 2026", "note", ["User"], "day"],
      ["garmin:day:2026-10-25", "Garmin, Sunday 25 October 2026", "note", ["User"], "day"],
    ]);
    const turns = notes.flatMap((n) => n.turns);
    expect(turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      [
        "activity 21603632279",
        "User",
        "user",
        "2026-09-26T09:10:00.000Z",
        'Cycled 52.4 km in 2 hours 11 minutes (24 km/h), climbing 840 m, on Saturday 26 September, 09:10–11:26 ("Sheffield Road Cycling", a road bike ride, average heart rate 131 bpm, max 162 bpm).',
      ],
      [
        "activity 21603712345",
        "User",
        "user",
        "2026-10-01T18:30:00.000Z",
        'Did strength training for 40 minutes on Thursday 1 October, 18:30–19:10 ("Strength", a strength workout, average heart rate 113 bpm, max 140 bpm).',
      ],
      // (a multi-sport activity's whole is not told: its leg is)
      [
        "activity 21603900001",
        "User",
        "user",
        "2026-10-03T09:00:00.000Z",
        'Walked 6 km in 1 hour on Saturday 3 October, 09:00–10:00 ("Walking 1", a walk, average heart rate 147 bpm, max 167 bpm).',
      ],
      [
        "activity 21603999334",
        "User",
        "user",
        "2026-10-06T18:32:00.000Z",
        'Ran 8.1 km in 42 minutes 18 seconds (5:15 per km) on Tuesday 6 October, 18:32–19:14 ("Sheffield Running", a run, average heart rate 147 bpm, max 167 bpm).',
      ],
      [
        "activity 21603800001",
        "User",
        "user",
        "2026-10-07T07:05:00.000Z",
        'Swam 1,500 m in the pool in 37 minutes 2 seconds on Wednesday 7 October, 07:05–07:42 ("Pool Swim", a pool swim, average heart rate 131 bpm, max 150 bpm).',
      ],
      [
        "activity 21604439800",
        "User",
        "user",
        "2026-10-17T08:30:04.000Z",
        'Ran 30.4 km on trails in 3 hours 38 minutes (7:10 per km), climbing 1,148 m, on Saturday 17 October, 08:30–12:11 ("Kinder Trail 30K", a race, from Edale, average heart rate 158 bpm, max 181 bpm).',
      ],
      // (after the clocks went back: its wall clock the same as GMT; a type's version suffix dropped)
      [
        "activity 21604660033",
        "User",
        "user",
        "2026-10-25T09:30:00.000Z",
        'Ran 14.2 km on trails in 1 hour 35 minutes (6:41 per km), climbing 402 m, on Sunday 25 October, 09:30–11:04 ("Hathersage Trail Running", a trail run, average heart rate 147 bpm, max 167 bpm).',
      ],
    ]);
    expect(turns[5]!.metadata).toEqual({
      garmin: {
        kind: "activity",
        activityId: "21604439800",
        activityType: "trail_running",
        name: "Kinder Trail 30K",
        start: "2026-10-17T08:30:04",
        startGmt: "2026-10-17T07:30:04.000Z",
        seconds: 13092,
        elapsedSeconds: 13265,
        distanceCm: 3042000,
        elevationGainCm: 114800,
        avgHr: 158,
        maxHr: 181,
        race: true,
        locationName: "Edale",
      },
    });
  });

  it("tells an activity with no wall clock on the UDS files' clock, else in UTC, said so", async () => {
    const { startTimeLocal: _local, ...gmtOnly } = ACTIVITIES[0]!;
    put(`${CONNECT}/DI-Connect-Aggregator/UDSFile_2026-10-01_2026-10-31.json`, garminJson([udsDay("2026-10-06", [1, 1], { totalSteps: 12_000 })]));
    const inExport = put(`${CONNECT}/DI-Connect-Fitness/catrin@example.com_0_summarizedActivities.json`, activitiesFile([gmtOnly]));
    expect((await parsedConversations(inExport))[0]!.turns[0]!.text).toBe(
      'Ran 8.1 km in 42 minutes 18 seconds (5:15 per km) on Tuesday 6 October, 18:32–19:14 ("Sheffield Running", a run, average heart rate 147 bpm, max 167 bpm).',
    );
    const alone = put("loose/activities.json", activitiesFile([gmtOnly]));
    expect((await parsedConversations(alone))[0]!.turns[0]!.text).toBe(
      'Ran 8.1 km in 42 minutes 18 seconds (5:15 per km) on Tuesday 6 October, 17:32–18:14 UTC ("Sheffield Running", a run, average heart rate 147 bpm, max 167 bpm).',
    );
  });

  it("tells each night with its stages and score on the owner's clock in the note of the evening it began, a night across a change of the clocks too", async () => {
    put(`${CONNECT}/DI-Connect-Aggregator/UDSFile_2026-10-01_2026-10-31.json`, garminJson(UDS));
    const file = put(`${CONNECT}/DI-Connect-Wellness/2026-09-07_2026-12-16_93847261_sleepData.json`, garminJson(NIGHTS));
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.externalId, n.records, n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text])])).toEqual([
      [
        "garmin:day:2026-10-16",
        "day",
        [
          [
            "sleep 2026-10-17",
            "2026-10-16T23:52:00.000Z",
            "Slept 4 hours 35 minutes on the night of Friday 16 October, 23:52 to 04:58 (deep 38 minutes, light 3 hours 5 minutes, REM 52 minutes, awake 31 minutes). My sleep score was 41.",
          ],
        ],
      ],
      [
        "garmin:day:2026-10-24",
        "day",
        [
          [
            "sleep 2026-10-25",
            "2026-10-24T23:10:00.000Z",
            // (23:10 in British Summer Time to 07:20 in GMT: the clocks went back in the night)
            "Slept 8 hours 25 minutes on the night of Saturday 24 October, 23:10 to 07:20 (deep 1 hour 36 minutes, light 4 hours 48 minutes, REM 2 hours 1 minute, awake 45 minutes). My sleep score was 79.",
          ],
        ],
      ],
    ]);
    expect(notes[0]!.turns[0]!.metadata).toEqual({
      garmin: {
        kind: "sleep",
        calendarDate: "2026-10-17",
        startGmt: "2026-10-16T22:52:00.000Z",
        endGmt: "2026-10-17T03:58:00.000Z",
        zone: "owner",
        minutesAsleep: 275,
        stages: { deep: 38, light: 185, REM: 52, awake: 31 },
        score: 41,
      },
    });
    // (with no UDS file beside it, its times in UTC, said so)
    const alone = put("loose/sleepData.json", garminJson(NIGHTS.slice(0, 1)));
    expect((await parsedConversations(alone))[0]!.turns[0]!.text).toBe(
      "Slept 4 hours 35 minutes on the night of Friday 16 October, 22:52 to 03:58 UTC (deep 38 minutes, light 3 hours 5 minutes, REM 52 minutes, awake 31 minutes). My sleep score was 41.",
    );
  });

  it("tells each day's steps and its own resting heart rate (Garmin's seven-day average only when the day has none of its own)", async () => {
    const older = udsDay("2026-10-19", [1, 1], { totalSteps: 8_964, restingHeartRate: 58 });
    const file = put(`${CONNECT}/DI-Connect-Aggregator/UDSFile_2026-10-01_2026-10-31.json`, garminJson([...UDS, older]));
    const turns = (await parsedConversations(file)).flatMap((n) => n.turns).sort((a, b) => a.occurredAt - b.occurredAt);
    expect(turns.map((t) => [t.externalId, t.text])).toEqual([
      ["day 2026-10-16", "On Friday 16 October I took 9,120 steps, and my resting heart rate was 49 bpm."],
      ["day 2026-10-17", "On Saturday 17 October I took 44,806 steps, and my resting heart rate was 52 bpm."],
      ["day 2026-10-18", "On Sunday 18 October I took 7,204 steps, and my resting heart rate was 56 bpm."],
      ["day 2026-10-19", "On Monday 19 October I took 8,964 steps, and my resting heart rate was 58 bpm."],
      ["day 2026-10-24", "On Saturday 24 October I took 9,320 steps, and my resting heart rate was 50 bpm."],
      ["day 2026-10-25", "On Sunday 25 October I took 24,714 steps, and my resting heart rate was 49 bpm."],
    ]);
    expect(turns[1]!.metadata).toEqual({ garmin: { kind: "day", day: "2026-10-17", steps: 44806, restingHeartRate: 52 } });
  });

  it("tells each weigh-in in kg on the owner's clock, a profile's weight and a height no weigh-in", async () => {
    put(`${CONNECT}/DI-Connect-Aggregator/UDSFile_2026-10-01_2026-10-31.json`, garminJson(UDS));
    const file = put(`${CONNECT}/DI-Connect-Wellness/93847261_userBioMetrics.json`, garminJson(BIO));
    const turns = (await parsedConversations(file)).flatMap((n) => n.turns).sort((a, b) => a.occurredAt - b.occurredAt);
    expect(turns.map((t) => [t.externalId, t.text])).toEqual([
      ["weight 2026-10-16T06:06:23.000Z", "On Friday 16 October I weighed 61.8 kg at 07:06 (body fat 19.6%, Index scale)."],
      ["weight 2026-10-18", "On Sunday 18 October I weighed 62.4 kg (entered by hand)."],
      // (its time in epoch ms; the clocks went back in the night: 07:40 GMT is 07:40 on her clock)
      ["weight 2026-10-25T07:40:00.000Z", "On Sunday 25 October I weighed 62.1 kg at 07:40 (Index scale)."],
    ]);
    expect(turns[0]!.metadata).toEqual({
      garmin: { kind: "weight", day: "2026-10-16", grams: 61800, timestampGmt: "2026-10-16T06:06:23.000Z", bodyFat: 19.6, sourceType: "INDEX_SCALE" },
    });
  });

  it("is read by --format whatever its name, and --format garmin refuses a file that is none of Garmin's", async () => {
    const file = put("renamed.txt", activitiesFile(ACTIVITIES.slice(2, 3)));
    expect((await parsedConversations(file, "garmin")).map((n) => n.turns[0]!.text)).toEqual([
      'Did strength training for 40 minutes on Thursday 1 October, 18:30–19:10 ("Strength", a strength workout, average heart rate 113 bpm, max 140 bpm).',
    ]);
    const other = put("other.json", '[{"endTime" : "2026-10-03 18:21", "msPlayed" : 196000}]');
    expect((await importErrorOf(parsedConversations(other, "garmin"))).message).toBe(
      'other.json: byte 0: not a file of Garmin\'s export: expected its activities (`[{"summarizedActivitiesExport": [`), its nights (`[{"sleepStartTimestampGMT": …`), its daily summaries (UDSFile: `"calendarDate"`, `"wellnessStartTimeGmt"`) or its body records (`"metaData": {"calendarDate"`)',
    );
  });
});

describe("Garmin's export: a folder", () => {
  it("reads its activities, nights, days and weigh-ins, and passes over its other files, said why", async () => {
    put(`${CONNECT}/DI-Connect-Fitness/catrin@example.com_0_summarizedActivities.json`, activitiesFile(ACTIVITIES.slice(1, 2)));
    put(`${CONNECT}/DI-Connect-Fitness/catrin@example.com_0_personalRecord.json`, garminJson([{ personalRecordType: "Longest Run", value: 3042000.0 }]));
    put(`${CONNECT}/DI-Connect-Wellness/2026-09-07_2026-12-16_93847261_sleepData.json`, garminJson(NIGHTS.slice(0, 1)));
    put(`${CONNECT}/DI-Connect-Wellness/93847261_userBioMetrics.json`, garminJson(BIO.slice(0, 2)));
    put(`${CONNECT}/DI-Connect-Wellness/93847261_heartRateZones.json`, garminJson([{ sport: "DEFAULT", restingHeartRateUsed: 49, maxHeartRateUsed: 188 }]));
    put(`${CONNECT}/DI-Connect-Wellness/93847261_fitnessAgeData.json`, garminJson([{ asOfDateGmt: "2026-10-20T00:00:00.0", currentBioAge: 27.5 }]));
    put(`${CONNECT}/DI-Connect-Aggregator/UDSFile_2026-09-07_2026-12-16.json`, garminJson(UDS.slice(0, 2)));
    put(
      `${CONNECT}/DI-Connect-Metrics/MetricsMaxMetData_20260907_20261216_93847261.json`,
      garminJson([{ calendarDate: "2026-10-17", vo2MaxValue: 50, sport: "RUNNING" }]),
    );
    put(`${CONNECT}/DI-Connect-User/user_profile.json`, garminJson({ userName: "catrin@example.com", firstName: "Catrin" }));
    put(`${CONNECT}/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip`, new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]));
    put("0b4c6f7e/DI_GARMIN_TRAILS/trails.json", '{"trails":[]}');
    const root = join(dir, "0b4c6f7e");
    const seen: Record<string, string> = {};
    for (const { file, inFolder } of importPaths(root)) {
      expect(inFolder).toBe(true);
      const why = await passedOverInFolder(file);
      seen[file.slice(root.length + 1)] = why ?? `read as ${await folderFileFormat(file)}`;
    }
    expect(seen).toEqual({
      "DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-09-07_2026-12-16.json": "read as garmin",
      "DI_CONNECT/DI-Connect-Fitness/catrin@example.com_0_personalRecord.json":
        "Garmin Connect's records beside your activities (personal records, workouts planned, gear, courses: not imported; each activity is told from summarizedActivities)",
      "DI_CONNECT/DI-Connect-Fitness/catrin@example.com_0_summarizedActivities.json": "read as garmin",
      "DI_CONNECT/DI-Connect-Metrics/MetricsMaxMetData_20260907_20261216_93847261.json":
        "Garmin's training metrics (VO2 max, training load and status, readiness, race predictions: numbers, no words)",
      "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip":
        "the files your watch uploaded to Garmin Connect (FIT files, zipped: tracks and samples, no words; each activity is told from summarizedActivities)",
      "DI_CONNECT/DI-Connect-User/user_profile.json": "your Garmin account's profile, settings and contacts (not imported)",
      "DI_CONNECT/DI-Connect-Wellness/2026-09-07_2026-12-16_93847261_sleepData.json": "read as garmin",
      "DI_CONNECT/DI-Connect-Wellness/93847261_fitnessAgeData.json": "Garmin's fitness age (numbers, no words)",
      "DI_CONNECT/DI-Connect-Wellness/93847261_heartRateZones.json": "your heart-rate zones in Garmin Connect (settings, no words)",
      "DI_CONNECT/DI-Connect-Wellness/93847261_userBioMetrics.json": "read as garmin",
      "DI_GARMIN_TRAILS/trails.json": "a file of Garmin's export of its other apps and devices (golf, trails, maps, messages: not imported)",
    });
    // (the day's note gathers the paragraphs of every file of the folder, an app's day of records)
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
        .all("garmin:day:2026-10-16");
      expect(day).toEqual([
        { id: "weight 2026-10-16T06:06:23.000Z", text: "On Friday 16 October I weighed 61.8 kg at 07:06 (body fat 19.6%, Index scale)." },
        { id: "day 2026-10-16", text: "On Friday 16 October I took 9,120 steps, and my resting heart rate was 49 bpm." },
        {
          id: "sleep 2026-10-17",
          text: "Slept 4 hours 35 minutes on the night of Friday 16 October, 23:52 to 04:58 (deep 38 minutes, light 3 hours 5 minutes, REM 52 minutes, awake 31 minutes). My sleep score was 41.",
        },
      ]);
      expect(db.prepare("SELECT format, title, records FROM conversations WHERE external_id = ?").get("garmin:day:2026-10-16")).toEqual({
        format: "note",
        title: "Garmin, Friday 16 October 2026",
        records: "day",
      });
    } finally {
      db.close();
    }
    // (given alone, a file passed over is refused with the same reason, not read as an app's JSON or a note)
    const profile = join(root, "DI_CONNECT/DI-Connect-User/user_profile.json");
    expect(await detectFormat(profile)).toBe("garmin");
    const err = await checkImportFile(profile).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("your Garmin account's profile, settings and contacts (not imported), no note");
    expect((await importErrorOf(validateExport(join(root, "DI_CONNECT/DI-Connect-Wellness/93847261_heartRateZones.json")))).message).toBe(
      "93847261_heartRateZones.json: byte 0: the note has no text: your heart-rate zones in Garmin Connect (settings, no words)",
    );
  });
});

describe("Garmin's export: importing", () => {
  it("adds nothing when imported again, and from a later export only the new days and a changed day's words", async () => {
    const first = put(`first/DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-10-01_2026-10-31.json`, garminJson(UDS.slice(0, 2)));
    const later = put(
      `later/DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-10-01_2026-10-31.json`,
      garminJson([UDS[0], { ...UDS[1], totalSteps: 45_210 }, UDS[2]]),
    );
    const db = openDatabase(join(dir, "later.db"));
    try {
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "garmin", conversations: 2, added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 2 });
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 3, added: 2, duplicates: 1 });
      const day = db
        .prepare("SELECT s.external_id AS id, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = ? ORDER BY s.id")
        .all("garmin:day:2026-10-17");
      expect(day).toEqual([
        { id: "day 2026-10-17", text: "On Saturday 17 October I took 44,806 steps, and my resting heart rate was 52 bpm." },
        { id: "day 2026-10-17", text: "On Saturday 17 October I took 45,210 steps, and my resting heart rate was 52 bpm." },
      ]);
      // (what was remembered of the day's first words is superseded by its new ones)
      const current = db
        .prepare("SELECT content FROM memories WHERE type = 'semantic' AND status = 'active' AND valid_to IS NULL AND content LIKE '%17 October%'")
        .all() as Array<{ content: string }>;
      expect(current.map((m) => m.content).join("\n")).toContain("45,210 steps");
      expect(current.map((m) => m.content).join("\n")).not.toContain("44,806");
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file and the record's field, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "a_0_summarizedActivities.json",
        activitiesFile([ACTIVITIES[0], { ...ACTIVITIES[1], activityId: "race" }]),
        'a_0_summarizedActivities.json: [0].summarizedActivitiesExport[1].activityId: "race" is no activity id: expected a number, 21603118402',
      ],
      [
        "b_0_summarizedActivities.json",
        activitiesFile([{ ...ACTIVITIES[0], distance: "8 km" }]),
        'b_0_summarizedActivities.json: [0].summarizedActivitiesExport[0].distance: "8 km" is no number: expected centimetres, 3042000',
      ],
      [
        "c_0_summarizedActivities.json",
        '[{"summarizedActivitiesExport":{"activityId":1}}]',
        'c_0_summarizedActivities.json: [0].summarizedActivitiesExport: an object is not Garmin\'s activities: expected [{"summarizedActivitiesExport": [ … ]}]',
      ],
      [
        "2026-10-01_2026-10-31_1_sleepData.json",
        garminJson([{ ...NIGHTS[0], sleepStartTimestampGMT: "16/10/2026 22:52" }]),
        '2026-10-01_2026-10-31_1_sleepData.json: [0].sleepStartTimestampGMT: "16/10/2026 22:52" is no time: expected one as Garmin writes it, "2026-10-16T22:52:00.0"',
      ],
      [
        "UDSFile_2026-10-01_2026-10-31.json",
        garminJson([UDS[0], { ...UDS[1], calendarDate: "17/10/2026" }]),
        'UDSFile_2026-10-01_2026-10-31.json: [1].calendarDate: "17/10/2026" is no day: expected one as Garmin writes it, "2026-10-17"',
      ],
      [
        "1_userBioMetrics.json",
        garminJson([{ ...BIO[1], weight: { weight: "61.8 kg", sourceType: "INDEX_SCALE" } }]),
        '1_userBioMetrics.json: [0].weight.weight: "61.8 kg" is no number: expected grams, 61800',
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
      const whole = garminJson(UDS);
      const cut = put("bad/UDSFile_2026-11-01_2026-11-30.json", whole.slice(0, whole.length - 40));
      const err = await importErrorOf(validateExport(cut));
      expect(err.message).toMatch(/^UDSFile_2026-11-01_2026-11-30\.json: byte \d+ \(line \d+, column \d+\): truncated JSON/);
      await expect(importFile(db, embedder, cut)).rejects.toThrow(/truncated JSON/);
      // (and one with nothing to tell: a night with no sleep measured)
      const empty = put("bad/2026-11-01_2026-11-30_1_sleepData.json", garminJson(NIGHTS.slice(2)));
      expect(isEmptyNote(await importFile(db, embedder, empty).catch((e: unknown) => e))).toBe(true);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it("streams a large activities file a chunk at a time, and names a bad activity far into it", async () => {
    // (nine years of an activity a day, each with its keys: about 2 MB)
    const rows = Array.from({ length: 3_300 }, (_, i) =>
      activity(
        21000000000 + i,
        "running",
        "Sheffield Running",
        Date.UTC(2024, 0, 1, 17, 30) + i * 86_400_000,
        2_400_000,
        { distance: 800_000, splitSummaries: [] },
        0,
      ),
    );
    const file = put("big/x_0_summarizedActivities.json", activitiesFile(rows));
    const reads: number[] = [];
    let days = 0;
    for await (const _ of parseExport(file, { onProgress: (read) => reads.push(read) })) days++;
    expect(days).toBe(3_300);
    expect(reads.length).toBeGreaterThan(2);
    const bad = put("big/y_0_summarizedActivities.json", activitiesFile([...rows, { ...rows[0], activityId: 1, startTimeLocal: "today", startTimeGmt: null }]));
    expect((await importErrorOf(validateExport(bad))).message).toBe(
      'y_0_summarizedActivities.json: [0].summarizedActivitiesExport[3300].startTimeLocal: "today" is no number: expected epoch milliseconds, 1760689804000',
    );
  });
});
