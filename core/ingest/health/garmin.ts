/**
 * Garmin Connect's account export (the Garmin account's Data Management page → Export Your Data; a ZIP by e-mail,
 * unzipped), its `DI_CONNECT/` files read as notes of the user's, a day a note (format `note`, said by the user; the
 * file's format `garmin`), keyed `garmin:day:2026-10-17`, titled "Garmin, Saturday 17 October 2026", an app's day of
 * records (`records: "day"`), whose paragraphs, in time order, are worded as Fitbit's and Apple Health's days are
 * (fitbit-words.ts, record-words.ts):
 * - each activity of `DI-Connect-Fitness/<user>_0_summarizedActivities.json` (`[{"summarizedActivitiesExport":[…]}]`,
 *   streamed: json-paths.ts), "Ran 30.4 km on trails in 3 hours 38 minutes (7:10 per km), climbing 1,148 m, on Saturday
 *   17 October, 08:30–12:11 ("Kinder Trail 30K", a race, from Edale, average heart rate 158 bpm, max 181 bpm).": its
 *   type (`activityType`, "trail_running"), `distance` (cm), `duration` (ms: the timer's time, Garmin Connect's "Time"),
 *   the pace or speed, `elevationGain` (cm) when 100 m or more, its day and times on the owner's clock
 *   (`startTimeLocal`, the wall clock as epoch ms, to its start plus `elapsedDuration`), its `name`, what it is ("a road
 *   bike ride", told as Fitbit's "run workout" is) or a race (`eventTypeId` 1), `locationName` when the name does not say
 *   it, `avgHr` and `maxHr`; named `activity <activityId>`.
 *   A multi-sport activity's whole (`parent`) is not told: its legs are activities of their own. `calories` are not
 *   told (a reader that compared a real export with Garmin Connect's CSV found them kilojoules, not kcal);
 * - each night of `DI-Connect-Wellness/<from>_<to>_<id>_sleepData.json`, in the note of the evening it began (the day
 *   before `calendarDate`, the day woken): "Slept 4 hours 35 minutes on the night of Friday 16 October, 23:52 to 04:58
 *   (deep 38 minutes, light 3 hours 5 minutes, REM 52 minutes, awake 31 minutes). My sleep score was 41.": asleep the sum
 *   of `deepSleepSeconds`, `lightSleepSeconds` and `remSleepSeconds`, awake `awakeSleepSeconds`, the times
 *   `sleepStartTimestampGMT` and `sleepEndTimestampGMT` (GMT, "2026-10-16T22:52:00.0") on the owner's clock, the score
 *   `sleepScores.overallScore`; named `sleep <calendarDate>`. A night with no time or no sleep measured (a window
 *   only) is not told; naps (`napList`) are not read;
 * - each day of `DI-Connect-Aggregator/UDSFile_<from>_<to>.json`: "On Saturday 17 October I took 44,806 steps, and my
 *   resting heart rate was 52 bpm.": `totalSteps`, and the day's own resting heart rate, `currentDayRestingHeartRate`
 *   (`restingHeartRate` is Garmin's seven-day average, told only by an export with no day's own); named `day <date>`;
 * - each weigh-in of `DI-Connect-Wellness/<id>_userBioMetrics.json`: "On Friday 16 October I weighed 61.8 kg at 07:06
 *   (body fat 19.6%, Index scale).": `weight.weight` (grams), its time `weight.timestampGMT` on the owner's clock, its day
 *   `metaData.calendarDate`'s, `weight.bodyFat`, and what weighed it (`sourceType` INDEX_SCALE, MANUAL); a weight typed
 *   into the profile (`sourceType` USER_SETTING) and a record with no weight (height, VO2 max) are no weigh-in; named
 *   `weight <timestampGMT>`.
 * A file tells its own records' days, so a day's note gathers the paragraphs of several files (the same conversation,
 * keyed by the day): importing the export again adds nothing, a later export adds the days new since, and a day whose
 * words changed (its steps grown since) supersedes what was remembered of it (its paragraph's name is the same).
 *
 * Times: an activity's by its `startTimeLocal`; a night's and a weigh-in's GMT times on the owner's clock of that day,
 * from the export's UDS files (garmin-export.ts `GarminClock`: a day's start and end on both clocks), said in UTC ("23:52
 * to 04:58 UTC") when no UDS file is beside them. Each read as UTC, the user's clock, as every reader keeps it.
 *
 * Checked against public readers of the export and their fixtures (see garmin-export.ts, and bench/lib/personal/trailrunner.ts):
 * the wrapper and the units of the activities (durations in ms, distance and elevation in cm, verified by two readers
 * against real exports), the fields of a real export's activities (132 of them catalogued), `eventTypeId` 1 a race, a
 * multi-sport parent skipped for its legs; sleepData's GMT times as "2024-06-14T22:09:00.0" strings (a data dictionary
 * turned them into numbers; both are read), `calendarDate` the wake-up day; the UDS fields of a real export's data
 * dictionary; userBioMetrics' weight in grams, its `sourceType` and `timestampGMT` (a string or epoch ms: both read).
 *
 * Passed over, said why (garmin-export.ts `garminPassedOver`): the watch's uploaded FIT files, the training metrics,
 * the profile and settings, the devices, heart-rate zones, fitness age, health status, water and food logs, personal
 * records, gear and workouts, and the folders of Garmin's other apps beside `DI_CONNECT/`.
 */
import { effortWords, type FitbitSleep, heartRateWords, type Sport, sleepWords, spanWords } from "./fitbit-words.js";
import { type GarminClock, type GarminKind, garminClock, garminKindOf, garminPassedOver } from "./garmin-export.js";
import { wallClockMs } from "../../time/import-dates.js";
import { HeldNotes, nothingToTell } from "../notes/held-notes.js";
import { type PathKey, streamJsonPaths } from "../kit/json-paths.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { climbWords, clockOf, dayTotalsWords, dayWords, restingClause, stepsClause, weighedClause } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue, formatPath } from "../kit/validate.js";

export { garminKindOf, garminPassedOver } from "./garmin-export.js";

/** A record of a Garmin file: a JSON object (anything else is refused where it is read). */
type Row = Record<string, unknown>;

/** An activity type as said: Fitbit's words for what was done (fitbit-words.ts `Sport`), and what it is called ("a trail run", told after its name as Fitbit's "run workout" is). */
type GarminSport = Sport & { noun: string };

/** Garmin's activity types (`activityType`, its key), as said. */
const SPORTS: Readonly<Record<string, GarminSport>> = {
  running: { did: (d) => `Ran ${d}`, none: "Went for a run", rate: "pace", noun: "run" },
  street_running: { did: (d) => `Ran ${d}`, none: "Went for a run", rate: "pace", noun: "run" },
  trail_running: { did: (d) => `Ran ${d} on trails`, none: "Went for a trail run", rate: "pace", noun: "trail run" },
  treadmill_running: { did: (d) => `Ran ${d} on a treadmill`, none: "Ran on a treadmill", rate: "pace", noun: "treadmill run" },
  track_running: { did: (d) => `Ran ${d} on a track`, none: "Ran on a track", rate: "pace", noun: "track run" },
  indoor_running: { did: (d) => `Ran ${d} indoors`, none: "Ran indoors", rate: "pace", noun: "indoor run" },
  walking: { did: (d) => `Walked ${d}`, none: "Went for a walk", noun: "walk" },
  casual_walking: { did: (d) => `Walked ${d}`, none: "Went for a walk", noun: "walk" },
  speed_walking: { did: (d) => `Walked ${d}`, none: "Went for a walk", noun: "walk" },
  hiking: { did: (d) => `Hiked ${d}`, none: "Went hiking", noun: "hike" },
  cycling: { did: (d) => `Cycled ${d}`, none: "Went cycling", rate: "speed", noun: "bike ride" },
  road_biking: { did: (d) => `Cycled ${d}`, none: "Went cycling", rate: "speed", noun: "road bike ride" },
  gravel_cycling: { did: (d) => `Cycled ${d} on gravel`, none: "Went gravel riding", rate: "speed", noun: "gravel bike ride" },
  mountain_biking: { did: (d) => `Mountain biked ${d}`, none: "Went mountain biking", rate: "speed", noun: "mountain bike ride" },
  indoor_cycling: { did: (d) => `Cycled ${d} indoors`, none: "Cycled indoors", rate: "speed", noun: "indoor bike ride" },
  virtual_ride: { did: (d) => `Cycled ${d} on a virtual ride`, none: "Did a virtual ride", rate: "speed", noun: "virtual bike ride" },
  lap_swimming: { did: (d) => `Swam ${d} in the pool`, none: "Went swimming", swim: true, noun: "pool swim" },
  open_water_swimming: { did: (d) => `Swam ${d} in open water`, none: "Went open-water swimming", swim: true, noun: "open-water swim" },
  indoor_rowing: { did: (d) => `Rowed ${d} on a rowing machine`, none: "Rowed on a rowing machine", noun: "row" },
  rowing: { did: (d) => `Rowed ${d}`, none: "Went rowing", noun: "row" },
  kayaking: { did: (d) => `Kayaked ${d}`, none: "Went kayaking", noun: "kayak trip" },
  stand_up_paddleboarding: { did: (d) => `Paddleboarded ${d}`, none: "Went paddleboarding", noun: "paddleboard trip" },
  cross_country_skiing: { did: (d) => `Skied ${d} cross-country`, none: "Went cross-country skiing", noun: "ski" },
  resort_skiing: { did: (d) => `Skied ${d}`, none: "Went skiing", noun: "ski" },
  strength_training: { none: "Did strength training", noun: "strength workout" },
  yoga: { none: "Did yoga", noun: "yoga session" },
  pilates: { none: "Did Pilates", noun: "Pilates session" },
  hiit: { none: "Did a HIIT workout", noun: "HIIT workout" },
  indoor_cardio: { none: "Did a cardio workout", noun: "cardio workout" },
  elliptical: { none: "Used the elliptical", noun: "elliptical workout" },
  stair_climbing: { none: "Climbed stairs", noun: "stair workout" },
  floor_climbing: { none: "Climbed stairs", noun: "stair workout" },
  breathwork: { none: "Did breathwork", noun: "breathwork session" },
  meditation: { none: "Meditated", noun: "meditation" },
  multi_sport: { none: "Did a multisport activity", noun: "multisport activity" },
  golf: { none: "Played golf", noun: "round of golf" },
  tennis: { none: "Played tennis", noun: "tennis match" },
  bouldering: { none: "Went bouldering", noun: "bouldering session" },
  indoor_climbing: { none: "Went climbing", noun: "climbing session" },
  rock_climbing: { none: "Went climbing", noun: "climbing session" },
  other: { none: "Worked out", noun: "workout" },
};

/** How Garmin's activity type `key` is said: looked up (a key's version suffix dropped, "_v2"), else its words ("Did fencing", a "fencing workout"). */
function sportOf(key: string): GarminSport {
  const plain = key
    .trim()
    .toLowerCase()
    .replace(/_v\d+$/, "");
  const words = plain.replace(/_/g, " ") || "workout";
  return SPORTS[plain] ?? { none: `Did ${words}`, noun: `${words} workout` };
}

/** What weighed a weigh-in, by its `sourceType`: Garmin's Index scale, or by hand; another not said. */
const WEIGHED_BY: Readonly<Record<string, string>> = { INDEX_SCALE: "Index scale", MANUAL: "entered by hand" };

const TITLE_DAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A day's note: its key and title. */
function noteOf(day: string): { key: string; title: string } {
  return { key: `garmin:day:${day}`, title: `Garmin, ${TITLE_DAY.format(Date.parse(`${day}T12:00:00Z`)).replace(",", "")}` };
}

/** The day before `day` ("2026-10-17" → "2026-10-16"). */
function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** A Garmin GMT time, "2026-10-16T22:52:00.0" (with or without a Z), or epoch ms, as epoch ms; null when it is none. */
function gmtOf(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) && value > 0 ? value : null;
  const m = typeof value === "string" ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d{1,6})?Z?$/.exec(value.trim()) : null;
  return m ? wallClockMs(m[1]!, m[2]!) : null;
}

/** Items read, paragraphs told, the notes gathered by day, and the owner's clock once asked for. */
interface Reading {
  file: string;
  held: HeldNotes;
  items: number;
  told: number;
  opts: ReadOptions;
  clock: GarminClock | null;
}

/** @throws ImportError at `path`: `value` is not what `expected` says */
function fail(r: Reading, path: readonly PathKey[], value: unknown, expected: string): never {
  throw new ImportError(r.file, formatPath(path), `${describeValue(value)} is ${expected}`);
}

/** The record at `path` as an object. */
function rowAt(r: Reading, path: readonly PathKey[], value: unknown): Row {
  if (value === null || typeof value !== "object" || Array.isArray(value)) fail(r, path, value, "no record: expected an object");
  return value as Row;
}

/** A number at `row[key]` (at least 0), or null when it is absent or null. */
function amount(r: Reading, path: readonly PathKey[], row: Row, key: string, expected: string): number | null {
  const v = row[key];
  if (v === undefined || v === null) return null;
  return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : fail(r, [...path, key], v, `no number: expected ${expected}`);
}

/** A day "2026-10-17" at `row[key]` (a longer time's first ten characters with `lead`: "2026-10-16T07:06:12.0"). */
function dayAt(r: Reading, path: readonly PathKey[], row: Row, key: string, lead = false): string {
  const v = row[key];
  const day = typeof v === "string" ? (lead ? v.slice(0, 10) : v) : "";
  return wallClockMs(day, "12:00") !== null ? day : fail(r, [...path, key], v, 'no day: expected one as Garmin writes it, "2026-10-17"');
}

/** Adds `turn` to the note of `day`, yielding the notes HeldNotes gives past its bound. */
function* tell(r: Reading, day: string, turn: ParsedTurn): Generator<ParsedConversation> {
  const { key, title } = noteOf(day);
  r.told++;
  yield* r.held.add(key, title, turn);
}

/** The owner's clock, read once a file asks for it. */
async function ownerClock(r: Reading): Promise<GarminClock> {
  r.clock ??= await garminClock(r.file);
  return r.clock;
}

/** The records of a file that is a JSON array, each an object, with their index. */
async function* rowsOf(r: Reading): AsyncGenerator<[number, Row]> {
  for await (const item of streamJsonArray(r.file, { onProgress: r.opts.onProgress, exactIntegers: true })) {
    r.items++;
    yield [item.index, rowAt(r, [item.index], item.value)];
  }
}

/** Where a summarized activities file's activities are: `[i].summarizedActivitiesExport[j]`; the rest read through. */
function activityPlaces(path: readonly PathKey[], kind: "object" | "array" | "scalar"): "keep" | "enter" | "skip" {
  if (path.length === 0) return kind === "array" ? "enter" : "keep";
  if (path.length === 1) return kind === "object" ? "enter" : "keep";
  if (path.length === 2) return path[1] === "summarizedActivitiesExport" ? (kind === "array" ? "enter" : "keep") : "skip";
  return "keep";
}

/** An activity's words and metadata (see the module's docs), or null for a multi-sport activity's whole. */
async function activityTurn(r: Reading, path: readonly PathKey[], row: Row): Promise<{ day: string; turn: ParsedTurn } | null> {
  if (row.parent === true) return null;
  const id = typeof row.activityId === "number" || (typeof row.activityId === "string" && /^\d+$/.test(row.activityId)) ? String(row.activityId) : null;
  if (id === null) fail(r, [...path, "activityId"], row.activityId, "no activity id: expected a number, 21603118402");
  const type = typeof row.activityType === "string" ? row.activityType : ((row.activityType as Row | null)?.typeKey as string | undefined);
  const local = amount(r, path, row, "startTimeLocal", "epoch milliseconds, 1760689804000");
  const gmt = amount(r, path, row, "startTimeGmt", "epoch milliseconds, 1760686204000") ?? amount(r, path, row, "beginTimestamp", "epoch milliseconds");
  let from = local;
  if (from === null && gmt !== null) from = (await ownerClock(r)).wall(gmt);
  const utc = from === null;
  from ??= gmt ?? fail(r, [...path, "startTimeLocal"], row.startTimeLocal, "no start time: expected epoch milliseconds, 1760689804000");
  const ms = (key: string) => amount(r, path, row, key, "milliseconds, 13092000");
  const seconds = (ms("duration") ?? ms("movingDuration") ?? ms("elapsedDuration") ?? 0) / 1000;
  const elapsed = (ms("elapsedDuration") ?? seconds * 1000) / 1000;
  const cm = amount(r, path, row, "distance", "centimetres, 3042000");
  const climbCm = amount(r, path, row, "elevationGain", "centimetres, 114800");
  const average = amount(r, path, row, "avgHr", "beats a minute, 158");
  const max = amount(r, path, row, "maxHr", "beats a minute, 181");
  const sport = sportOf(typeof type === "string" && type.trim() ? type : "other");
  const distance = cm ? (sport.swim ? { value: cm / 100, unit: "m" } : { value: cm / 100_000, unit: "km" }) : null;
  const climb = climbCm !== null && climbCm >= 10_000 ? `, ${climbWords(climbCm / 100)},` : "";
  const name = typeof row.name === "string" ? row.name.trim() : "";
  const place = typeof row.locationName === "string" ? row.locationName.trim() : "";
  const race = row.eventTypeId === 1;
  const extras = [
    ...(name ? [`"${name}"`] : []),
    race ? "a race" : `${/^[aeiou]/i.test(sport.noun) ? "an" : "a"} ${sport.noun}`,
    ...(place && !name.toLowerCase().includes(place.toLowerCase()) ? [`from ${place}`] : []),
    ...(average ? [heartRateWords(average)] : []),
    ...(max ? [`max ${Math.round(max)} bpm`] : []),
  ];
  // (its span, or its start alone when the export gives no duration)
  const when = elapsed > 0 ? spanWords(from, from + elapsed * 1000, utc) : `${clockOf(from)}${utc ? " UTC" : ""}`;
  const text = `${effortWords(sport, distance, seconds)}${climb} on ${dayWords(from)}, ${when}${extras.length ? ` (${extras.join(", ")})` : ""}.`;
  return {
    day: new Date(from).toISOString().slice(0, 10),
    turn: {
      externalId: `activity ${id}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: from,
      text,
      metadata: {
        garmin: {
          kind: "activity",
          activityId: id,
          activityType: type ?? null,
          ...(name ? { name } : {}),
          start: new Date(from).toISOString().slice(0, 19),
          ...(gmt !== null ? { startGmt: new Date(gmt).toISOString() } : {}),
          seconds: Math.round(seconds),
          elapsedSeconds: Math.round(elapsed),
          ...(cm !== null ? { distanceCm: cm } : {}),
          ...(climbCm !== null ? { elevationGainCm: climbCm } : {}),
          ...(average !== null ? { avgHr: average } : {}),
          ...(max !== null ? { maxHr: max } : {}),
          ...(race ? { race } : {}),
          ...(place ? { locationName: place } : {}),
        },
      },
    },
  };
}

/** summarizedActivities: each activity a paragraph of its day on the owner's clock. */
async function* readActivities(r: Reading): AsyncGenerator<ParsedConversation> {
  for await (const { path, value } of streamJsonPaths(r.file, { choose: activityPlaces, onProgress: r.opts.onProgress })) {
    if (path.length !== 3) fail(r, path, value, `not Garmin's activities: expected [{"summarizedActivitiesExport": [ … ]}]`);
    r.items++;
    const told = await activityTurn(r, path, rowAt(r, path, value));
    if (told) yield* tell(r, told.day, told.turn);
  }
}

/** sleepData: each night a paragraph of the evening it began (the day before the day woken). */
async function* readSleep(r: Reading): AsyncGenerator<ParsedConversation> {
  for await (const [i, row] of rowsOf(r)) {
    const woke = dayAt(r, [i], row, "calendarDate");
    if (row.sleepStartTimestampGMT == null || row.sleepEndTimestampGMT == null) continue;
    const time = (key: string) => gmtOf(row[key]) ?? fail(r, [i, key], row[key], 'no time: expected one as Garmin writes it, "2026-10-16T22:52:00.0"');
    const start = time("sleepStartTimestampGMT");
    const end = time("sleepEndTimestampGMT");
    const seconds = (key: string) => amount(r, [i], row, key, "seconds, 3600");
    const stages: Array<[string, number | null]> = [
      ["deep", seconds("deepSleepSeconds")],
      ["light", seconds("lightSleepSeconds")],
      ["REM", seconds("remSleepSeconds")],
      ["awake", seconds("awakeSleepSeconds")],
    ];
    const asleep = stages.slice(0, 3).reduce((sum, [, s]) => sum + (s ?? 0), 0);
    if (asleep < 60 || end <= start) continue;
    const clock = await ownerClock(r);
    const from = clock.wall(start);
    const to = clock.wall(end);
    const utc = from === null || to === null;
    const s: FitbitSleep = {
      logId: woke,
      dateOfSleep: woke,
      from: utc ? start : from!,
      to: utc ? end : to!,
      minutesAsleep: Math.round(asleep / 60),
      main: true,
      stages: stages.flatMap(([stage, sec]) => (sec === null ? [] : [[stage, Math.round(sec / 60)] as [string, number]])),
    };
    const scores = row.sleepScores && typeof row.sleepScores === "object" ? (row.sleepScores as Row) : null;
    const score = scores ? amount(r, [i, "sleepScores"], scores, "overallScore", "a score, 41") : null;
    yield* tell(r, dayBefore(woke), {
      externalId: `sleep ${woke}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: s.from,
      text: `${sleepWords(s, utc)}${score ? ` My sleep score was ${Math.round(score)}.` : ""}`,
      metadata: {
        garmin: {
          kind: "sleep",
          calendarDate: woke,
          startGmt: new Date(start).toISOString(),
          endGmt: new Date(end).toISOString(),
          zone: utc ? "UTC" : "owner",
          minutesAsleep: s.minutesAsleep,
          stages: Object.fromEntries(s.stages),
          ...(score !== null ? { score } : {}),
        },
      },
    });
  }
}

/** UDSFile: each day's steps and resting heart rate a paragraph ("On Saturday 17 October I took 44,806 steps, and my resting heart rate was 52 bpm."). */
async function* readDays(r: Reading): AsyncGenerator<ParsedConversation> {
  for await (const [i, row] of rowsOf(r)) {
    const day = dayAt(r, [i], row, "calendarDate");
    const steps = amount(r, [i], row, "totalSteps", "a count of steps, 44806");
    // (the day's own; `restingHeartRate` is Garmin's seven-day average, told only by an export that has no day's own)
    const bpm =
      "currentDayRestingHeartRate" in row
        ? amount(r, [i], row, "currentDayRestingHeartRate", "beats a minute, 52")
        : amount(r, [i], row, "restingHeartRate", "beats a minute, 52");
    const clauses = [...(steps ? [stepsClause(steps)] : []), ...(bpm ? [restingClause(bpm)] : [])];
    if (!clauses.length) continue;
    yield* tell(r, day, {
      externalId: `day ${day}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: Date.parse(`${day}T12:00:00Z`),
      text: dayTotalsWords(day, clauses),
      metadata: { garmin: { kind: "day", day, ...(steps ? { steps } : {}), ...(bpm ? { restingHeartRate: bpm } : {}) } },
    });
  }
}

/** userBioMetrics: each weigh-in a paragraph of its day ("On Friday 16 October I weighed 61.8 kg at 07:06 (body fat 19.6%, Index scale)."). */
async function* readBiometrics(r: Reading): AsyncGenerator<ParsedConversation> {
  for await (const [i, row] of rowsOf(r)) {
    if (!row.weight || typeof row.weight !== "object") continue;
    const w = row.weight as Row;
    const grams = amount(r, [i, "weight"], w, "weight", "grams, 61800");
    if (!grams || w.sourceType === "USER_SETTING") continue;
    const meta =
      row.metaData && typeof row.metaData === "object"
        ? (row.metaData as Row)
        : fail(r, [i, "metaData"], row.metaData, "no metaData: expected { calendarDate }");
    const day = dayAt(r, [i, "metaData"], meta, "calendarDate", true);
    const gmt =
      w.timestampGMT == null
        ? null
        : (gmtOf(w.timestampGMT) ??
          fail(r, [i, "weight", "timestampGMT"], w.timestampGMT, 'no time: expected one as Garmin writes it, "2026-10-16T06:06:12.0"'));
    const wall = gmt === null ? null : (await ownerClock(r)).wall(gmt);
    const fat = amount(r, [i, "weight"], w, "bodyFat", "a percentage, 19.6");
    const source = typeof w.sourceType === "string" ? (WEIGHED_BY[w.sourceType] ?? null) : null;
    yield* tell(r, day, {
      externalId: `weight ${gmt !== null ? new Date(gmt).toISOString() : String(meta.calendarDate)}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: wall ?? Date.parse(`${day}T12:00:00Z`),
      text: dayTotalsWords(day, [weighedClause({ value: grams / 1000, unit: "kg", wall, fat, source })]),
      metadata: {
        garmin: {
          kind: "weight",
          day,
          grams,
          ...(gmt !== null ? { timestampGmt: new Date(gmt).toISOString() } : {}),
          ...(fat !== null ? { bodyFat: fat } : {}),
          ...(typeof w.sourceType === "string" ? { sourceType: w.sourceType } : {}),
        },
      },
    });
  }
}

/** The reader of each kind of file. */
const READERS: Readonly<Record<GarminKind, (r: Reading) => AsyncGenerator<ParsedConversation>>> = {
  activities: readActivities,
  sleep: readSleep,
  days: readDays,
  biometrics: readBiometrics,
};

/**
 * Reads `file`, a JSON file of Garmin Connect's export (told by `start`, its first KiBs: garmin-export.ts
 * `garminKindOf`), as notes of the user's (format `note`, said by the user, speaker "User", `records: "day"`): a note
 * per day (externalId `garmin:day:2026-10-17`, title "Garmin, Saturday 17 October 2026") holding the file's paragraphs
 * of that day (see the module's docs), each in time order, given once the file is read (or sooner past held-notes.ts's
 * bound; a day met again adds to the same note). Turn metadata `{ garmin: { kind: "activity", activityId, activityType,
 * name, start, startGmt, seconds, elapsedSeconds, distanceCm, elevationGainCm, avgHr, maxHr, race, locationName } | {
 * kind: "sleep", calendarDate, startGmt, endGmt, zone, minutesAsleep, stages, score } | { kind: "day", day, steps,
 * restingHeartRate } | { kind: "weight", day, grams, timestampGmt, bodyFat, sourceType } }`.
 * @throws ImportError naming the file and the record's JSON path: a day or a time that is none
 *   (`[3].calendarDate: "17/10/2026" is no day: expected one as Garmin writes it, "2026-10-17"`), a duration, distance,
 *   count or weight that is no number, an activity with no id or start, a record that is no object, an activities file
 *   that is not `[{"summarizedActivitiesExport": [ … ]}]`; the byte, line and column of invalid JSON or UTF-8, or a file
 *   cut short (json-stream.ts, json-paths.ts). A file of the export that is not read (FIT files, metrics, settings …)
 *   says why, "the note has no text: …" (a folder passes it over: `garminPassedOver`); so does a file with nothing to
 *   tell (an empty array, nights with no sleep measured), and a file that is none of Garmin's says what was expected.
 */
export async function* parseGarmin(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const aside = garminPassedOver(file);
  if (aside) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${aside}`);
  const kind = garminKindOf(start, file);
  if (!kind)
    throw new ImportError(
      file,
      "byte 0",
      'not a file of Garmin\'s export: expected its activities (`[{"summarizedActivitiesExport": [`), its nights (`[{"sleepStartTimestampGMT": …`), its daily summaries (UDSFile: `"calendarDate"`, `"wellnessStartTimeGmt"`) or its body records (`"metaData": {"calendarDate"`)',
    );
  const r: Reading = { file, held: new HeldNotes({ records: "day" }), items: 0, told: 0, opts, clock: null };
  for await (const note of READERS[kind](r)) yield note;
  yield* r.held.given();
  if (!r.told) await nothingToTell(file, "a Garmin file", r.items, "an activity, a night's sleep, steps, a resting heart rate or a weigh-in");
}
