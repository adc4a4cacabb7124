/**
 * The trailrunner: Catrin Hughes, in Sheffield, trains for her first trail race, the Kinder Trail 30K from
 * Edale on Saturday 17 October 2026, with a Garmin watch and weighs herself on a Garmin Index scale: long
 * runs on the Peak District's trails on Sundays, shorter runs on Tuesdays, strength work on Thursdays, a
 * road ride, walks, and a bad night's sleep before the race (in bed late with nerves, up before five). She
 * tells Engram's chat about the race that afternoon. On Wednesday 28 October she asks Garmin for her data
 * (her Garmin account's Data Management page → Export Your Data), unzips the archive Garmin e-mails her a
 * link to, and imports its folder (`engram import 0b4c6f7e-…`). The folder is as Garmin writes it:
 *
 * - `DI_CONNECT/DI-Connect-Fitness/catrin.hughes@example.com_0_summarizedActivities.json`: one JSON array
 *   holding one object, `{"summarizedActivitiesExport":[…]}`, written compactly, numbers Garmin holds as
 *   doubles with a fraction (`3041920.0`); each activity's `activityId`, `uuidMsb`/`uuidLsb`, `name` (Garmin's
 *   own, "Sheffield Running", "Strength", or hers, "Kinder Trail 30K"), `activityType` (its type's key,
 *   "running", "trail_running", "road_biking", "walking", "strength_training"), `userProfileId`,
 *   `timeZoneId`, `beginTimestamp`, `eventTypeId` (1 for a race, 9 uncategorized), `sportType`,
 *   `startTimeGmt` (epoch ms) and `startTimeLocal` (her wall clock as epoch ms), `duration`,
 *   `elapsedDuration` and `movingDuration` (ms), `distance`, `elevationGain` and `elevationLoss` (cm),
 *   `avgSpeed`, `avgHr`, `maxHr`, `minHr`, `calories`, `steps`, `locationName`, `manufacturer`, `deviceId`,
 *   the training effects, `hrTimeInZone_N` (ms) and its flags (`favorite`, `pr`, `parent` …);
 * - `DI_CONNECT/DI-Connect-Wellness/2026-09-07_2026-12-16_93847261_sleepData.json`: a night an object,
 *   `sleepStartTimestampGMT` and `sleepEndTimestampGMT` ("2026-10-16T22:52:00.0", GMT, with no zone),
 *   `calendarDate` (the day she woke), `sleepWindowConfirmationType`, `deepSleepSeconds`,
 *   `lightSleepSeconds`, `remSleepSeconds`, `awakeSleepSeconds`, `unmeasurableSeconds`,
 *   `averageRespiration` …, `awakeCount`, `avgSleepStress`, `restlessMomentCount`, `retro` and `sleepScores`
 *   (`overallScore`, `qualityScore` …); one night spans the end of British Summer Time;
 * - `DI_CONNECT/DI-Connect-Aggregator/UDSFile_2026-09-07_2026-12-16.json`: a day an object, `calendarDate`,
 *   `totalSteps`, `restingHeartRate` (Garmin's seven-day average) and `currentDayRestingHeartRate` (the
 *   day's own), `wellnessStartTimeGmt`/`wellnessStartTimeLocal` and their ends ("2026-10-16T23:00:00.0" and
 *   "2026-10-17T00:00:00.0": her day on both clocks), calories, intensity minutes, `allDayStress`,
 *   `bodyBattery` …; a day the watch was charging has no resting heart rate and no steps;
 * - `DI_CONNECT/DI-Connect-Wellness/93847261_userBioMetrics.json`: her weigh-ins, `metaData.calendarDate`
 *   (her day and time) and `weight` (`weight` in grams, `bmi`, `bodyFat` %, `bodyWater`, `muscleMass` and
 *   `boneMass` in grams, `sourceType` "INDEX_SCALE", `timestampGMT`), and the weight she once typed into
 *   her profile (`sourceType` "USER_SETTING": no weigh-in);
 * - what Engram passes over: `DI-Connect-Wellness/93847261_heartRateZones.json`,
 *   `93847261_fitnessAgeData.json`, `DI-Connect-Metrics/MetricsMaxMetData_20260907_20261216_93847261.json`
 *   (VO2 max), `DI-Connect-User/user_profile.json` and the watch's FIT files zipped in
 *   `DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip`.
 *
 * Checked against public readers of the export and their fixtures: the summarized activities' wrapper
 * (`[{"summarizedActivitiesExport": [...]}]`, every reader's `payload[0]`), their units (durations in ms,
 * distance and elevation in centimetres: "verified against a real export" by two projects, one against
 * Garmin Connect's own CSV; `startTimeLocal` the wall clock as epoch ms), a catalogue of the 132 fields seen
 * in a real export's activities, `eventTypeId` 1 for a race; sleepData's fields and its GMT times written
 * "2024-06-14T22:09:00.0" with `calendarDate` the wake-up day (a real export's data dictionary and several
 * readers); UDSFile's fields from a real export's data dictionary (`currentDayRestingHeartRate` beside
 * `restingHeartRate`, `wellnessStartTimeGmt`/`Local`), the clock a day is told on from them; userBioMetrics'
 * `metaData.calendarDate` and `weight` in grams with its `sourceType` (INDEX_SCALE, MANUAL, USER_SETTING)
 * and `timestampGMT`; the file names (`<user>_0_summarizedActivities.json`, `UDSFile_<from>_<to>.json`,
 * `<from>_<to>_<id>_sleepData.json`, `<id>_userBioMetrics.json`, `UploadedFiles_0-_Part1.zip`). Written by
 * the developers in session 38 before Engram could read Garmin's export (the first run's figures are in
 * bench/README.md), with the questions she asks later, the words a right answer holds, and three that
 * nothing here answers.
 */
import { seeded } from "./seeded.js";
// (her clock in Sheffield is the stepper's in Leeds: British Summer Time until 01:00 UTC on Sunday 25 October 2026)
import { instant, wallOf } from "./stepper.js";
import type { Person, PersonFile } from "./types.js";

const random = seeded(38);

/** The export's own folder, named by Garmin's request id. */
const FOLDER = "0b4c6f7e-3a1d-4e2b-9c55-7f18d2a9e640";
const CONNECT = `${FOLDER}/DI_CONNECT`;
const USER_ID = 93_847_261;
const EMAIL = "catrin.hughes@example.com";

/** Her days, "2026-09-07" … "2026-10-27" (the export was asked for on the 28th). */
const DAYS: string[] = [];
for (let t = Date.UTC(2026, 8, 7); t <= Date.UTC(2026, 9, 27); t += 86_400_000) DAYS.push(new Date(t).toISOString().slice(0, 10));

/** "2026-10-16T22:52:00.0": a time as Garmin's wellness files write it (GMT, or a wall time, with no zone). */
function garminTime(t: number): string {
  return `${new Date(t).toISOString().slice(0, 19)}.0`;
}

/** The day after `day`. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Keys whose numbers Garmin's export writes as doubles (a fraction even when whole: `3041920.0`). */
const DOUBLES = new Set([
  "startTimeGmt",
  "startTimeLocal",
  "duration",
  "elapsedDuration",
  "movingDuration",
  "distance",
  "elevationGain",
  "elevationLoss",
  "minElevation",
  "maxElevation",
  "avgSpeed",
  "maxSpeed",
  "avgHr",
  "maxHr",
  "minHr",
  "calories",
  "bmrCalories",
  "aerobicTrainingEffect",
  "anaerobicTrainingEffect",
  "activityTrainingLoad",
  "avgRunCadence",
  "maxRunCadence",
  "avgStrideLength",
  "vO2MaxValue",
  "waterEstimated",
  "hrTimeInZone_0",
  "hrTimeInZone_1",
  "hrTimeInZone_2",
  "hrTimeInZone_3",
  "hrTimeInZone_4",
  "hrTimeInZone_5",
  "averageRespiration",
  "lowestRespiration",
  "highestRespiration",
  "avgSleepStress",
  "weight",
  "bmi",
  "bodyFat",
  "bodyWater",
  "boneMass",
  "muscleMass",
  "height",
]);

/** A value as Garmin's export writes it: compact JSON, a double with its fraction (`61800.0`) (the unit tests write their files with it too). */
export function garminJson(value: unknown, key = ""): string {
  if (typeof value === "number") return DOUBLES.has(key) && Number.isInteger(value) ? `${value}.0` : String(value);
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => garminJson(v, key)).join(",")}]`;
  return `{${Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${JSON.stringify(k)}:${garminJson(v, k)}`)
    .join(",")}}`;
}

/** An activity as she did it: its day and start on her clock (minutes after midnight), its type, name and place, how far (km), its timer time and pauses (s), its climb (m) and heart rate. */
interface Session {
  day: string;
  start: number;
  type: "running" | "trail_running" | "road_biking" | "walking" | "strength_training";
  name: string;
  location?: string;
  km?: number;
  seconds: number;
  paused?: number;
  climb?: number;
  hr: [average: number, max: number];
  race?: boolean;
}

const SESSIONS: Session[] = [
  {
    day: "2026-09-08",
    start: 18 * 60 + 20,
    type: "running",
    name: "Sheffield Running",
    location: "Sheffield",
    km: 8.12,
    seconds: 43 * 60 + 5,
    paused: 40,
    climb: 64,
    hr: [146, 168],
  },
  { day: "2026-09-10", start: 18 * 60 + 30, type: "strength_training", name: "Strength", seconds: 40 * 60, hr: [112, 141] },
  {
    day: "2026-09-13",
    start: 8 * 60 + 45,
    type: "trail_running",
    name: "Hathersage Trail Running",
    location: "Hathersage",
    km: 18.24,
    seconds: 2 * 3600 + 4 * 60 + 31,
    paused: 95,
    climb: 512,
    hr: [148, 171],
  },
  {
    day: "2026-09-15",
    start: 18 * 60 + 25,
    type: "running",
    name: "Sheffield Running",
    location: "Sheffield",
    km: 8.4,
    seconds: 44 * 60 + 10,
    climb: 71,
    hr: [145, 166],
  },
  { day: "2026-09-17", start: 18 * 60 + 30, type: "strength_training", name: "Strength", seconds: 42 * 60, hr: [114, 143] },
  {
    day: "2026-09-20",
    start: 8 * 60 + 30,
    type: "trail_running",
    name: "Castleton Trail Running",
    location: "Castleton",
    km: 21.63,
    seconds: 2 * 3600 + 31 * 60 + 20,
    paused: 140,
    climb: 688,
    hr: [149, 174],
  },
  {
    day: "2026-09-22",
    start: 18 * 60 + 20,
    type: "running",
    name: "Sheffield Running",
    location: "Sheffield",
    km: 9.02,
    seconds: 45 * 60 + 40,
    climb: 58,
    hr: [152, 179],
  },
  {
    day: "2026-09-26",
    start: 9 * 60 + 10,
    type: "road_biking",
    name: "Sheffield Road Cycling",
    location: "Sheffield",
    km: 52.41,
    seconds: 2 * 3600 + 11 * 60 + 5,
    paused: 310,
    climb: 840,
    hr: [131, 162],
  },
  {
    day: "2026-09-27",
    start: 8 * 60 + 40,
    type: "trail_running",
    name: "Ladybower Trail Running",
    location: "Bamford",
    km: 24.8,
    seconds: 2 * 3600 + 52 * 60 + 10,
    paused: 120,
    climb: 745,
    hr: [147, 170],
  },
  {
    day: "2026-09-29",
    start: 18 * 60 + 32,
    type: "running",
    name: "Sheffield Running",
    location: "Sheffield",
    km: 8.0,
    seconds: 41 * 60 + 55,
    climb: 66,
    hr: [146, 165],
  },
  { day: "2026-10-01", start: 18 * 60 + 30, type: "strength_training", name: "Strength", seconds: 40 * 60, hr: [113, 140] },
  {
    day: "2026-10-04",
    start: 8 * 60 + 15,
    type: "trail_running",
    name: "Longshaw long run",
    location: "Grindleford",
    km: 27.31,
    seconds: 3 * 3600 + 14 * 60 + 26,
    paused: 260,
    climb: 910,
    hr: [147, 169],
  },
  {
    day: "2026-10-06",
    start: 18 * 60 + 32,
    type: "running",
    name: "Sheffield Running",
    location: "Sheffield",
    km: 8.05,
    seconds: 42 * 60 + 18,
    climb: 62,
    hr: [147, 167],
  },
  { day: "2026-10-08", start: 18 * 60 + 30, type: "strength_training", name: "Strength", seconds: 38 * 60, hr: [110, 138] },
  {
    day: "2026-10-10",
    start: 9 * 60,
    type: "trail_running",
    name: "Stanage Trail Running",
    location: "Hathersage",
    km: 16.1,
    seconds: 1 * 3600 + 49 * 60 + 40,
    paused: 60,
    climb: 498,
    hr: [146, 168],
  },
  {
    day: "2026-10-11",
    start: 10 * 60 + 15,
    type: "walking",
    name: "Mam Tor walk with Dad",
    location: "Castleton",
    km: 9.62,
    seconds: 2 * 3600 + 28 * 60,
    paused: 900,
    climb: 380,
    hr: [98, 131],
  },
  {
    day: "2026-10-13",
    start: 18 * 60 + 30,
    type: "running",
    name: "Sheffield Running",
    location: "Sheffield",
    km: 6.42,
    seconds: 35 * 60 + 2,
    climb: 41,
    hr: [139, 155],
  },
  {
    day: "2026-10-15",
    start: 18 * 60 + 10,
    type: "running",
    name: "Sheffield Running",
    location: "Sheffield",
    km: 5.0,
    seconds: 27 * 60 + 30,
    climb: 33,
    hr: [137, 152],
  },
  {
    day: "2026-10-17",
    start: 8 * 60 + 30 + 4 / 60,
    type: "trail_running",
    name: "Kinder Trail 30K",
    location: "Edale",
    km: 30.42,
    seconds: 3 * 3600 + 38 * 60 + 12,
    paused: 173,
    climb: 1148,
    hr: [158, 181],
    race: true,
  },
  {
    day: "2026-10-20",
    start: 12 * 60 + 40,
    type: "walking",
    name: "Sheffield Walking",
    location: "Sheffield",
    km: 5.2,
    seconds: 58 * 60 + 30,
    climb: 35,
    hr: [92, 112],
  },
  {
    day: "2026-10-22",
    start: 18 * 60 + 30,
    type: "running",
    name: "Sheffield Running",
    location: "Sheffield",
    km: 6.1,
    seconds: 34 * 60 + 10,
    climb: 44,
    hr: [140, 157],
  },
  {
    day: "2026-10-25",
    start: 9 * 60 + 30,
    type: "trail_running",
    name: "Hathersage Trail Running",
    location: "Hathersage",
    km: 14.2,
    seconds: 1 * 3600 + 34 * 60 + 50,
    paused: 45,
    climb: 402,
    hr: [143, 165],
  },
  {
    day: "2026-10-27",
    start: 18 * 60 + 20,
    type: "running",
    name: "Sheffield Running",
    location: "Sheffield",
    km: 8.1,
    seconds: 43 * 60 + 30,
    climb: 60,
    hr: [146, 166],
  },
];

/** Each type's sportType, as the export writes it. */
const SPORT_TYPES: Record<Session["type"], string> = {
  running: "RUNNING",
  trail_running: "RUNNING",
  road_biking: "CYCLING",
  walking: "STEPS",
  strength_training: "FITNESS_EQUIPMENT",
};

/** Where each place she starts from is (latitude, longitude). */
const PLACES: Record<string, [number, number]> = {
  Sheffield: [53.3703, -1.5064],
  Hathersage: [53.3301, -1.6531],
  Castleton: [53.3439, -1.7766],
  Bamford: [53.3627, -1.6912],
  Grindleford: [53.3058, -1.6263],
  Edale: [53.3662, -1.8163],
};

/** An activity as the summarized activities file writes it (its keys in the export's order). */
function activity(s: Session, n: number): Record<string, unknown> {
  const start = instant(s.day, s.start);
  const ms = s.seconds * 1000;
  const cm = s.km !== undefined ? Math.round(s.km * 100_000) : undefined;
  const place = s.location ? PLACES[s.location]! : null;
  const minutes = s.seconds / 60;
  const kcal = Math.round(minutes * (s.type === "strength_training" ? 6.1 : s.type === "walking" ? 4.4 : s.type === "road_biking" ? 8.3 : 10.6));
  const zones = [0.04, 0.12, 0.31, 0.38, 0.13, 0.02].map((share) => Math.round(ms * share));
  return {
    activityId: 21_603_118_402 + n * 73_411,
    uuidMsb: -4_120_379_911_304_412_000 + n * 1_337,
    uuidLsb: -7_993_001_284_551_224_000 + n * 7_771,
    name: s.name,
    activityType: s.type,
    userProfileId: USER_ID,
    timeZoneId: 129,
    beginTimestamp: start,
    eventTypeId: s.race ? 1 : 9,
    rule: "subscribers",
    sportType: SPORT_TYPES[s.type],
    startTimeGmt: start,
    startTimeLocal: wallOf(start),
    duration: ms,
    ...(cm !== undefined ? { distance: cm } : {}),
    ...(s.climb !== undefined
      ? { elevationGain: s.climb * 100, elevationLoss: (s.climb - 3) * 100, minElevation: 14_820, maxElevation: 14_820 + s.climb * 60 }
      : {}),
    ...(cm !== undefined ? { avgSpeed: Number((cm / 100 / s.seconds / 10).toFixed(4)), maxSpeed: Number(((cm / 100 / s.seconds / 10) * 1.6).toFixed(4)) } : {}),
    avgHr: s.hr[0],
    maxHr: s.hr[1],
    minHr: Math.round(s.hr[0] * 0.62),
    calories: kcal * 4.19,
    bmrCalories: Math.round(minutes * 1.1) * 4.19,
    ...(s.type === "running" || s.type === "trail_running" || s.type === "walking" ? { steps: Math.round(minutes * (s.type === "walking" ? 104 : 166)) } : {}),
    ...(place ? { startLongitude: place[1], startLatitude: place[0], endLongitude: place[1] + 0.0004, endLatitude: place[0] - 0.0003 } : {}),
    aerobicTrainingEffect: s.race ? 5 : 3.1,
    anaerobicTrainingEffect: s.race ? 2.4 : 0.8,
    ...(s.type === "running" || s.type === "trail_running" ? { avgRunCadence: 83, maxRunCadence: 94, avgStrideLength: 98.4 } : {}),
    elapsedDuration: ms + (s.paused ?? 0) * 1000,
    movingDuration: ms - (s.paused ? 30_000 : 0),
    deviceId: 3_425_901_776,
    ...(s.location ? { locationName: s.location } : {}),
    manufacturer: "GARMIN",
    lapCount: Math.max(1, Math.floor(s.km ?? 1)),
    waterEstimated: Math.round(minutes * 9.5),
    trainingEffectLabel: s.race ? "VO2MAX" : s.type === "strength_training" ? "RECOVERY" : "AEROBIC_BASE",
    activityTrainingLoad: Math.round(minutes * (s.race ? 1.9 : 1.1) * 10) / 10,
    moderateIntensityMinutes: Math.round(minutes * 0.3),
    vigorousIntensityMinutes: Math.round(minutes * (s.type === "strength_training" || s.type === "walking" ? 0 : 0.6)),
    differenceBodyBattery: -Math.round(minutes / 4),
    hrTimeInZone_0: zones[0],
    hrTimeInZone_1: zones[1],
    hrTimeInZone_2: zones[2],
    hrTimeInZone_3: zones[3],
    hrTimeInZone_4: zones[4],
    hrTimeInZone_5: zones[5],
    ...(s.type === "running" || s.type === "trail_running" ? { vO2MaxValue: 49 } : {}),
    splitSummaries: [],
    favorite: s.race ?? false,
    pr: s.race ?? false,
    elevationCorrected: false,
    atpActivity: false,
    parent: false,
    purposeful: false,
    autoCalcCalories: false,
    decoDive: false,
  };
}

/** Each night: the evening's day, when she fell asleep and woke (minutes after that evening's midnight, her clock), and the minutes deep, light, REM and awake. */
type Night = { day: string; start: number; end: number; deep: number; light: number; rem: number; awake: number };

const NIGHTS: Night[] = DAYS.slice(0, -1).map((day): Night => {
  // (the night before the race: in bed late with nerves, up at 04:58 for the bus to Edale)
  if (day === "2026-10-16") return { day, start: 23 * 60 + 52, end: 24 * 60 + 4 * 60 + 58, deep: 38, light: 185, rem: 52, awake: 31 };
  // (the night after it: asleep early, a long one)
  if (day === "2026-10-17") return { day, start: 21 * 60 + 40, end: 24 * 60 + 7 * 60 + 5, deep: 118, light: 301, rem: 122, awake: 24 };
  // (the night British Summer Time ends: 23:10 BST to 07:20 GMT, 9 hours 10 minutes in bed)
  if (day === "2026-10-24") return { day, start: 23 * 60 + 10, end: 24 * 60 + 7 * 60 + 20 + 60, deep: 96, light: 288, rem: 121, awake: 45 };
  const start = 22 * 60 + 35 + Math.round(random() * 50);
  const end = 24 * 60 + 6 * 60 + 15 + Math.round(random() * 50);
  const awake = 20 + Math.round(random() * 30);
  const deep = 70 + Math.round(random() * 35);
  const rem = 85 + Math.round(random() * 30);
  return { day, start, end, deep, light: end - start - awake - deep - rem, rem, awake };
});

/** A night as sleepData.json writes it (times in GMT, its day the day she woke). */
function sleepRecord(n: Night, i: number): Record<string, unknown> {
  const from = instant(n.day, n.start);
  const to = n.day === "2026-10-24" ? Date.UTC(2026, 9, 25, 7, 20) : instant(n.day, n.end);
  return {
    sleepStartTimestampGMT: garminTime(from),
    sleepEndTimestampGMT: garminTime(to),
    calendarDate: nextDay(n.day),
    sleepWindowConfirmationType: "ENHANCED_CONFIRMED_FINAL",
    deepSleepSeconds: n.deep * 60,
    lightSleepSeconds: n.light * 60,
    remSleepSeconds: n.rem * 60,
    awakeSleepSeconds: n.awake * 60,
    unmeasurableSeconds: 0,
    averageRespiration: 14 + (i % 3),
    lowestRespiration: 10 + (i % 2),
    highestRespiration: 19 + (i % 4),
    retro: false,
    awakeCount: 1 + (i % 3),
    avgSleepStress: 12 + (i % 9),
    restlessMomentCount: 30 + (i % 25),
    sleepScores: {
      overallScore: n.day === "2026-10-16" ? 41 : 72 + (i % 20),
      qualityScore: n.day === "2026-10-16" ? 48 : 70 + (i % 21),
      durationScore: n.day === "2026-10-16" ? 22 : 80 + (i % 19),
      recoveryScore: 60 + (i % 30),
      deepScore: 70 + (i % 25),
      remScore: 65 + (i % 30),
      lightScore: 80 + (i % 15),
      awakeningsCountScore: 75 + (i % 20),
      awakeTimeScore: 80 + (i % 18),
      combinedAwakeScore: 78 + (i % 18),
      restfulnessScore: 70 + (i % 20),
      interruptionsScore: 76 + (i % 20),
      feedback: n.day === "2026-10-16" ? "NEGATIVE_SHORT_BUT_CONTINUOUS" : "POSITIVE_RESTFUL",
      insight: "NONE",
    },
  };
}

/** Her steps each day (the race day's the most); none on Wednesday 30 September, the watch charging all day. */
const STEPS: Record<string, number> = { "2026-10-17": 44_806, "2026-09-30": 0 };
for (const day of DAYS) {
  const runs = SESSIONS.filter((s) => s.day === day && s.km !== undefined && s.type !== "road_biking");
  STEPS[day] ??= 6_400 + Math.round(random() * 5_200) + Math.round(runs.reduce((sum, s) => sum + s.km! * 1_180, 0));
}

/** Her resting heart rate each day (the day's own, bpm): up after the race; none the day the watch was charging. */
const RESTING: Record<string, number | null> = { "2026-10-18": 56, "2026-10-19": 58, "2026-10-20": 55, "2026-09-30": null };
for (const day of DAYS) if (!(day in RESTING)) RESTING[day] = 48 + Math.round(random() * 3);

/** Garmin's seven-day average resting heart rate of `day` (UDSFile's `restingHeartRate`). */
function weekAverage(day: string): number {
  const i = DAYS.indexOf(day);
  const week = DAYS.slice(Math.max(0, i - 6), i + 1)
    .map((d) => RESTING[d])
    .filter((v): v is number => v != null);
  return Math.round(week.reduce((a, b) => a + b, 0) / week.length);
}

/** A day as UDSFile_*.json writes it (a subset of its keys, in its order; her day's start and end on both clocks). */
function udsRecord(day: string, i: number): Record<string, unknown> {
  const from = instant(day, 0);
  const to = instant(nextDay(day), 0);
  const steps = STEPS[day]!;
  const resting = RESTING[day];
  const active = Math.round(steps / 38 + SESSIONS.filter((s) => s.day === day).reduce((sum, s) => sum + s.seconds / 9, 0));
  return {
    userProfilePK: USER_ID,
    calendarDate: day,
    uuid: `b3c0d1e2-${String(i).padStart(4, "0")}-4f5a-8b6c-7d8e9f0a1b2c`,
    durationInMilliseconds: to - from,
    totalKilocalories: 1_420 + active,
    activeKilocalories: active,
    bmrKilocalories: 1_420,
    wellnessKilocalories: 1_420 + active,
    totalSteps: steps,
    dailyStepGoal: 9_000 + (i % 5) * 150,
    totalDistanceMeters: Math.round(steps * 0.78),
    wellnessStartTimeGmt: garminTime(from),
    wellnessStartTimeLocal: garminTime(wallOf(from)),
    wellnessEndTimeGmt: garminTime(to),
    wellnessEndTimeLocal: garminTime(wallOf(to)),
    highlyActiveSeconds: Math.round(active * 2.1),
    activeSeconds: Math.round(steps / 2.4),
    sedentarySeconds: 48_000 - Math.round(steps / 2.4),
    sleepingSeconds: 27_000 + (i % 7) * 600,
    includesWellnessData: steps > 0,
    includesActivityData: SESSIONS.some((s) => s.day === day),
    includesCalorieConsumedData: false,
    privacyProtected: false,
    moderateIntensityMinutes: 12 + (i % 17),
    vigorousIntensityMinutes: SESSIONS.some((s) => s.day === day && s.type !== "walking" && s.type !== "strength_training") ? 30 + (i % 40) : 0,
    floorsAscendedInMeters: 18.3 + (i % 11) * 3,
    floorsDescendedInMeters: 17.1 + (i % 9) * 3,
    userIntensityMinutesGoal: 150,
    userFloorsAscendedGoal: 10,
    ...(steps > 0 ? { minHeartRate: (resting ?? 50) - 4, maxHeartRate: 150 + (i % 30) } : {}),
    ...(resting != null ? { restingHeartRate: weekAverage(day), currentDayRestingHeartRate: resting, restingHeartRateTimestamp: from + 3_600_000 * 4 } : {}),
    version: 3 + (i % 4),
    allDayStress: {
      userProfilePK: USER_ID,
      calendarDate: day,
      aggregatorList: [{ type: "TOTAL", averageStressLevel: steps > 0 ? 24 + (i % 14) : -1, maxStressLevel: 88 }],
    },
    bodyBattery: {
      chargedValue: 55 + (i % 30),
      drainedValue: 60 + (i % 25),
      bodyBatteryStatList: [{ bodyBatteryStatType: "HIGHEST", statsValue: 70 + (i % 30), statTimestamp: garminTime(from + 8 * 3_600_000) }],
    },
  };
}

/** Her weigh-ins on the Index scale: the day, the minute on her clock, kg and body fat (%). */
const WEIGH_INS: Array<[string, number, number, number]> = [
  ["2026-09-08", 7 * 60 + 4, 62.6, 20.4],
  ["2026-09-11", 7 * 60 + 10, 62.5, 20.3],
  ["2026-09-15", 7 * 60 + 2, 62.4, 20.2],
  ["2026-09-18", 7 * 60 + 8, 62.3, 20.1],
  ["2026-09-22", 7 * 60 + 5, 62.3, 20.0],
  ["2026-09-25", 7 * 60 + 12, 62.2, 20.0],
  ["2026-09-29", 7 * 60 + 3, 62.1, 19.9],
  ["2026-10-02", 7 * 60 + 7, 62.0, 19.8],
  ["2026-10-06", 7 * 60 + 1, 62.0, 19.8],
  ["2026-10-09", 7 * 60 + 9, 61.9, 19.7],
  ["2026-10-13", 7 * 60 + 4, 61.9, 19.7],
  ["2026-10-16", 7 * 60 + 6, 61.8, 19.6],
  ["2026-10-20", 7 * 60 + 11, 62.1, 19.6],
  ["2026-10-23", 7 * 60 + 5, 62.0, 19.5],
  ["2026-10-27", 7 * 60 + 2, 61.9, 19.5],
];

/** A weigh-in as userBioMetrics.json writes it: its day and time on her clock in metaData, its weight in grams and time in GMT. */
function bioRecord([day, minutes, kg, fat]: [string, number, number, number], i: number): Record<string, unknown> {
  const at = instant(day, minutes + 12 / 60 + (i % 40) / 60);
  return {
    version: 1,
    metaData: { calendarDate: garminTime(wallOf(at)), sequence: i + 2, userProfilePK: USER_ID },
    weight: {
      weight: Math.round(kg * 1000),
      bmi: Number((kg / 1.7 ** 2).toFixed(1)),
      bodyFat: fat,
      bodyWater: Number((57.9 - (fat - 19.5) * 0.6).toFixed(1)),
      boneMass: 2_710,
      muscleMass: Math.round(kg * 1000 * 0.745),
      sourceType: "INDEX_SCALE",
      timestampGMT: garminTime(at),
    },
  };
}

/** The weight she typed into her profile in September (no weigh-in: Garmin's copy of a setting). */
const PROFILE_WEIGHT = {
  version: 1,
  metaData: { calendarDate: "2026-09-07T20:41:08.0", sequence: 1, userProfilePK: USER_ID },
  weight: { weight: 63_000, sourceType: "USER_SETTING" },
  height: 170,
};

/** The files of her export: the wellness and fitness files read, and those passed over. */
function files(): PersonFile[] {
  const MADE = Date.UTC(2026, 9, 28, 7, 40, 12);
  const file = (name: string, text: string | Uint8Array): PersonFile => ({ name, text, mtime: MADE });
  return [
    file(`${CONNECT}/DI-Connect-Fitness/${EMAIL}_0_summarizedActivities.json`, garminJson([{ summarizedActivitiesExport: SESSIONS.map(activity) }])),
    file(`${CONNECT}/DI-Connect-Wellness/2026-09-07_2026-12-16_${USER_ID}_sleepData.json`, garminJson(NIGHTS.map(sleepRecord))),
    file(`${CONNECT}/DI-Connect-Aggregator/UDSFile_2026-09-07_2026-12-16.json`, garminJson(DAYS.map(udsRecord))),
    file(`${CONNECT}/DI-Connect-Wellness/${USER_ID}_userBioMetrics.json`, garminJson([PROFILE_WEIGHT, ...WEIGH_INS.map(bioRecord)])),
    file(
      `${CONNECT}/DI-Connect-Wellness/${USER_ID}_heartRateZones.json`,
      garminJson([
        {
          sport: "DEFAULT",
          trainingMethod: "HR_RESERVE",
          restingHeartRateUsed: 49,
          maxHeartRateUsed: 188,
          zone1Floor: 119,
          zone2Floor: 133,
          zone3Floor: 147,
          zone4Floor: 161,
          zone5Floor: 175,
        },
      ]),
    ),
    file(
      `${CONNECT}/DI-Connect-Wellness/${USER_ID}_fitnessAgeData.json`,
      garminJson([{ createTimestamp: "2026-10-20T05:02:11.0", asOfDateGmt: "2026-10-20T00:00:00.0", currentBioAge: 27.5, chronologicalAge: 34 }]),
    ),
    file(
      `${CONNECT}/DI-Connect-Metrics/MetricsMaxMetData_20260907_20261216_${USER_ID}.json`,
      garminJson(
        SESSIONS.filter((s) => s.type === "trail_running").map((s) => ({
          calendarDate: s.day,
          updateTimestamp: garminTime(wallOf(instant(s.day, s.start + 200))),
          vo2MaxValue: s.race ? 50 : 49,
          sport: "RUNNING",
        })),
      ),
    ),
    file(
      `${CONNECT}/DI-Connect-User/user_profile.json`,
      garminJson({ userName: EMAIL, firstName: "Catrin", lastName: "Hughes", emailAddress: EMAIL, gender: "FEMALE" }),
    ),
    file(`${CONNECT}/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip`, new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])),
  ];
}

/**
 * Questions she asks later, each with the words a right answer holds (all of them, any case), or null
 * for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How far did I run in the Kinder Trail 30K?", expect: ["30.4 km"] },
  { question: "How long did the Kinder Trail 30K take me?", expect: ["3 hours 38 minutes"] },
  { question: "How much did I climb in the Kinder Trail 30K?", expect: ["1,148 m"] },
  { question: "What was my average heart rate in the Kinder Trail 30K?", expect: ["158"] },
  { question: "How much did I sleep the night before the race?", expect: ["4 hours 35 minutes"] },
  { question: "How far was my long run on Sunday 4 October?", expect: ["27.3 km"] },
  { question: "When did I go for a bike ride?", expect: ["26 September"] },
  { question: "How many steps did I take on Saturday 17 October?", expect: ["44,806"] },
  { question: "What was my resting heart rate on Monday 19 October?", expect: ["58"] },
  { question: "How much did I weigh on Friday 16 October?", expect: ["61.8"] },
  { question: "What time did I start my run on Tuesday 6 October?", expect: ["18:32"] },
  { question: "When did I last go for a walk?", expect: ["20 October"] },
  { question: "What was my finishing position in the Kinder Trail 30K?", expect: null },
  { question: "What did I eat for breakfast on race morning?", expect: null },
  { question: "How much did my new trail shoes cost?", expect: null },
];

/** The trailrunner: her unzipped Garmin export imported as a folder, asked on Thursday 29 October 2026. */
export const trailrunner: Person = {
  name: "trailrunner",
  files: files(),
  folder: FOLDER,
  chat: [{ at: Date.UTC(2026, 9, 17, 14, 10), text: "Finished the Kinder Trail 30K this morning! Jacob's Ladder nearly broke me. Barely slept last night." }],
  askedAt: Date.UTC(2026, 9, 29, 9, 0),
  questions: QUESTIONS,
};
