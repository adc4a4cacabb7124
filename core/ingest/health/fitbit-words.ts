/**
 * Fitbit's records in words (fitbit.ts reads them; MyFitnessPal's exercises are said as its activities, myfitnesspal.ts): an exercise, "Ran 5.2 km in 27 minutes 4 seconds
 * (5:12 per km) on Saturday 14 November, 08:02–08:31 (run workout, Charge 6, average heart rate 152 bpm,
 * 318 calories burned)."; a night, "Slept 6 hours 2 minutes on the night of Saturday 14 November, 22:41 to 05:35 (deep 58
 * minutes, light 3 hours 40 minutes, REM 1 hour 24 minutes, awake 52 minutes)."; a nap, "Napped 38
 * minutes on Sunday 15 November, 14:10 to 14:52."; and the clock they are told on. Each is a paragraph of
 * the day's note; amounts, days and durations are said as record-words.ts says them. Garmin's activities and
 * nights are said in the same words (garmin.ts: `effortWords`, `spanWords`, `sleepWords`), and Oura's workouts and nights (oura.ts: `sportNamed`, `sleepDay` too).
 */
import { NOTE_SPEAKER } from "../notes/note.js";
import { climbWords, clockOf, dayWords, distanceWords, durationWords, inKmOrMiles, paceWords } from "../kit/record-words.js";
import type { ParsedTurn } from "../kit/types.js";

/**
 * The clock an export's times are told on: its owner's time zone (Profile.csv's), or UTC when none is
 * known. A UTC instant's wall time is read as UTC, as every reader keeps the user's clock.
 */
export class FitbitClock {
  private readonly format: Intl.DateTimeFormat | null;
  /** Offsets (ms) by quarter hour of UTC: zones change offset on a quarter hour at the finest. */
  private readonly offsets = new Map<number, number>();

  /** @param zone an IANA zone Node knows ("Europe/London"), or null for UTC */
  constructor(readonly zone: string | null) {
    this.format = zone
      ? new Intl.DateTimeFormat("en-GB", {
          timeZone: zone,
          hourCycle: "h23",
          year: "numeric",
          month: "numeric",
          day: "numeric",
          hour: "numeric",
          minute: "numeric",
        })
      : null;
  }

  /** The wall time of the instant `utc` (epoch ms) on this clock, read as UTC. */
  wall(utc: number): number {
    if (!this.format) return utc;
    const quarter = Math.floor(utc / 900_000);
    let offset = this.offsets.get(quarter);
    if (offset === undefined) {
      const parts = this.format.formatToParts(new Date(quarter * 900_000));
      const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
      offset = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute")) - quarter * 900_000;
      if (this.offsets.size >= 8192) this.offsets.clear();
      this.offsets.set(quarter, offset);
    }
    return utc + offset;
  }

  /** The day ("2026-11-14") of the instant `utc` on this clock. */
  day(utc: number): string {
    return new Date(this.wall(utc)).toISOString().slice(0, 10);
  }
}

/** An exercise as read: what its log says, its start an instant (UTC, as the export writes it). */
export interface FitbitWorkout {
  logId: string;
  /** `activityName`: Fitbit's ("Run", "Outdoor Bike", "Weights") or the owner's own ("Parkrun with Dad"). */
  name: string;
  start: number;
  /** `startTime` as written, "11/14/26 08:02:11" (UTC). */
  written: string;
  /** `duration`, paused time included (s). */
  seconds: number;
  /** `activeDuration` (s), or the duration when the log has none. */
  activeSeconds: number;
  /** How far, in km, mi, m or yd. */
  distance: { value: number; unit: string } | null;
  averageHeartRate: number | null;
  calories: number | null;
  /** `elevationGain` (m). */
  climb: number | null;
  /** `source.name`, the tracker or app ("Charge 6", "Fitbit for Android"). */
  source: string | null;
  /** `logType`: "tracker", "auto_detected", "mobile_run", "manual" … */
  logType: string | null;
}

/** How an activity is said: with a distance, without one, and whether a pace or a speed is told (garmin.ts has its own table of them). */
export type Sport = { did?: (d: string) => string; none: string; rate?: "pace" | "speed"; swim?: boolean };

/** Fitbit's activities (lower-cased `activityName`), as said, and other apps' that Fitbit does not name (Oura's, WHOOP's: racket sports, climbing, skiing, weightlifting). */
const SPORTS: Readonly<Record<string, Sport>> = {
  run: { did: (d) => `Ran ${d}`, none: "Went for a run", rate: "pace" },
  running: { did: (d) => `Ran ${d}`, none: "Went for a run", rate: "pace" },
  treadmill: { did: (d) => `Ran ${d} on a treadmill`, none: "Ran on a treadmill", rate: "pace" },
  walk: { did: (d) => `Walked ${d}`, none: "Went for a walk" },
  walking: { did: (d) => `Walked ${d}`, none: "Went for a walk" },
  hike: { did: (d) => `Hiked ${d}`, none: "Went hiking" },
  hiking: { did: (d) => `Hiked ${d}`, none: "Went hiking" },
  bike: { did: (d) => `Cycled ${d}`, none: "Went cycling", rate: "speed" },
  biking: { did: (d) => `Cycled ${d}`, none: "Went cycling", rate: "speed" },
  "outdoor bike": { did: (d) => `Cycled ${d}`, none: "Went cycling", rate: "speed" },
  "mountain biking": { did: (d) => `Mountain biked ${d}`, none: "Went mountain biking", rate: "speed" },
  bicycling: { did: (d) => `Cycled ${d}`, none: "Went cycling", rate: "speed" },
  cycling: { did: (d) => `Cycled ${d}`, none: "Went cycling", rate: "speed" },
  spinning: { did: (d) => `Cycled ${d} at a spin class`, none: "Went to a spin class" },
  swim: { did: (d) => `Swam ${d}`, none: "Went swimming", swim: true },
  swimming: { did: (d) => `Swam ${d}`, none: "Went swimming", swim: true },
  "rowing machine": { did: (d) => `Rowed ${d} on a rowing machine`, none: "Rowed on a rowing machine" },
  rowing: { did: (d) => `Rowed ${d}`, none: "Went rowing" },
  weights: { none: "Lifted weights" },
  "weight lifting": { none: "Lifted weights" },
  "strength training": { none: "Did strength training" },
  yoga: { none: "Did yoga" },
  pilates: { none: "Did Pilates" },
  elliptical: { none: "Used the elliptical" },
  stairclimber: { none: "Used the stair climber" },
  workout: { none: "Worked out" },
  "aerobic workout": { none: "Did an aerobic workout" },
  aerobics: { none: "Did aerobics" },
  "interval workout": { none: "Did an interval workout" },
  hiit: { none: "Did a HIIT workout" },
  "circuit training": { none: "Did circuit training" },
  bootcamp: { none: "Did a bootcamp class" },
  "martial arts": { none: "Did martial arts" },
  kickboxing: { none: "Did kickboxing" },
  dancing: { none: "Danced" },
  dance: { none: "Danced" },
  tennis: { none: "Played tennis" },
  golf: { none: "Played golf" },
  football: { none: "Played football" },
  soccer: { none: "Played football" },
  basketball: { none: "Played basketball" },
  sport: { none: "Played sport" },
  // (other apps' activities, said alike: Oura's, WHOOP's)
  "table tennis": { none: "Played table tennis" },
  badminton: { none: "Played badminton" },
  squash: { none: "Played squash" },
  padel: { none: "Played padel" },
  pickleball: { none: "Played pickleball" },
  climbing: { none: "Went climbing" },
  bouldering: { none: "Went bouldering" },
  "cross country skiing": { did: (d) => `Skied ${d} cross-country`, none: "Went cross-country skiing" },
  skiing: { none: "Went skiing" },
  "stair exercise": { none: "Climbed stairs" },
  weightlifting: { none: "Lifted weights" },
  powerlifting: { none: "Lifted weights" },
  other: { none: "Worked out" },
};

/**
 * How the activity `name` is said when no distance is known ("Went for a run", "Lifted weights"), or null
 * when it is none of those Fitbit's are said as (its names, lower-cased): another app's record of a workout
 * is said alike (myfitnesspal.ts).
 */
export function activityWords(name: string): string | null {
  return SPORTS[name.trim().toLowerCase()]?.none ?? null;
}

/** How the activity `name` is said when it is one of Fitbit's or another app's named here (its names, lower-cased: "run", "strength training", "yoga", "table tennis", "weightlifting"), or null: another app's workouts are said alike (oura.ts, whoop.ts). */
export function sportNamed(name: string): Sport | null {
  return SPORTS[name.trim().toLowerCase()] ?? null;
}

/** How `name` is said: Fitbit's activity looked up, one word of the owner's as a thing done ("Did fencing"), more words quoted ("Did "Parkrun with Dad""). */
function sportOf(name: string): Sport {
  const known = SPORTS[name.trim().toLowerCase()];
  if (known) return known;
  const said = name.trim();
  return { none: /\s/.test(said) ? `Did "${said}"` : `Did ${said.toLowerCase() || "a workout"}` };
}

/** A workout's average heart rate as said: "average heart rate 148 bpm" (rounded). Fitbit's, Garmin's, MyFitnessPal's and Peloton's workouts say it alike. */
export function heartRateWords(bpm: number): string {
  return `average heart rate ${Math.round(bpm)} bpm`;
}

/** A workout's calories as said: "1,402 calories burned" (rounded, grouped). */
export function caloriesWords(kcal: number): string {
  return `${Math.round(kcal).toLocaleString("en-GB")} calories burned`;
}

/** The clock times of a span of wall times: "08:02–08:31", with " UTC" when they are UTC's (no zone known). */
export function spanWords(from: number, to: number, utc: boolean, dash = "–"): string {
  return `${clockOf(from)}${dash}${clockOf(to)}${utc ? " UTC" : ""}`;
}

/**
 * What was done, how far and how long, as said: "Ran 10 km in 49 minutes 12 seconds (4:54 per km)", "Cycled 24.6 km in 1
 * hour 13 minutes (20.4 km/h)", "Went swimming for 30 minutes", "Lifted weights for 40 minutes": `sport`'s words with the
 * distance in the unit written (none when absent or 0), the time moving (`activeSeconds`, none when 0), a run's pace (half a
 * kilometre or mile at least) or a ride's speed.
 */
export function effortWords(sport: Sport, distance: { value: number; unit: string } | null, activeSeconds: number): string {
  const far = distance && distance.value > 0 ? distanceWords(distance.value, distance.unit) : "";
  const head = far ? (sport.did ? sport.did(far) : `${sport.none} (${far})`) : sport.none;
  let how = activeSeconds > 0 ? (far && sport.did ? ` in ${durationWords(activeSeconds)}` : ` for ${durationWords(activeSeconds)}`) : "";
  const scaled = far && distance && activeSeconds > 0 ? inKmOrMiles(distance.value, distance.unit) : null;
  if (scaled && scaled.value >= 0.5 && sport.rate === "pace") how += ` (${paceWords(activeSeconds / scaled.value, scaled.per)})`;
  else if (scaled && scaled.value > 0 && sport.rate === "speed")
    how += ` (${Number((scaled.value / (activeSeconds / 3600)).toFixed(1))} ${scaled.per === "km" ? "km/h" : "mph"})`;
  return `${head}${how}`;
}

/**
 * An exercise in words, "Ran 10 km in 49 minutes 12 seconds (4:54 per km) on Sunday 15 November,
 * 09:03–09:53 (run workout, Charge 6, average heart rate 168 bpm, 551 calories burned).": its activity, how far in the unit
 * written (a swim in metres or yards), how long moving, a run's pace, a ride's speed, a climb of 100 m or
 * more, its day and clock times on `clock` (start to start plus its whole duration), then its name in
 * Fitbit ("run workout", as Apple Health's are told), what recorded it ("noticed by the Charge 6" when
 * SmartTrack did, "logged by hand" for a manual log), its average heart rate and the calories burned.
 */
function workoutWords(w: FitbitWorkout, clock: FitbitClock): string {
  const sport = sportOf(w.name);
  let distance = w.distance && w.distance.value > 0 ? w.distance : null;
  if (distance && sport.swim && (distance.unit === "km" || distance.unit === "mi"))
    distance = distance.unit === "km" ? { value: distance.value * 1000, unit: "m" } : { value: distance.value * 1760, unit: "yd" };
  const done = effortWords(sport, distance, w.activeSeconds);
  const climb = w.climb !== null && w.climb >= 100 ? `, ${climbWords(w.climb)},` : "";
  const from = clock.wall(w.start);
  const recorded =
    w.logType === "manual"
      ? "logged by hand"
      : w.source
        ? w.logType === "auto_detected"
          ? `noticed by the ${w.source}`
          : w.source
        : w.logType === "auto_detected"
          ? "noticed by Fitbit"
          : "";
  // (the workout as Fitbit names it, "run workout", as Apple Health's are told; the owner's own name is the head already)
  const named = /\s/.test(w.name) && !SPORTS[w.name.toLowerCase()] ? "" : `${w.name.toLowerCase()} workout`;
  const extras = [
    [named, recorded].filter(Boolean).join(named && recorded.startsWith("noticed") ? " " : ", "),
    ...(w.averageHeartRate ? [heartRateWords(w.averageHeartRate)] : []),
    ...(w.calories ? [caloriesWords(w.calories)] : []),
  ].filter(Boolean);
  return `${done}${climb} on ${dayWords(from)}, ${spanWords(from, clock.wall(w.start + w.seconds * 1000), clock.zone === null)}${extras.length ? ` (${extras.join(", ")})` : ""}.`;
}

/** An exercise's paragraph, named by its log's id, at its start on `clock`. */
export function workoutTurn(w: FitbitWorkout, clock: FitbitClock): ParsedTurn {
  return {
    externalId: `workout ${w.logId}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: clock.wall(w.start),
    text: workoutWords(w, clock),
    metadata: {
      fitbit: {
        kind: "workout",
        logId: w.logId,
        activity: w.name,
        startTime: w.written,
        start: new Date(w.start).toISOString(),
        zone: clock.zone ?? "UTC",
        seconds: Math.round(w.seconds),
        activeSeconds: Math.round(w.activeSeconds),
        ...(w.distance ? { distance: w.distance } : {}),
        ...(w.averageHeartRate !== null ? { averageHeartRate: w.averageHeartRate } : {}),
        ...(w.calories !== null ? { calories: w.calories } : {}),
        ...(w.climb !== null ? { elevationGain: w.climb } : {}),
        ...(w.source ? { source: w.source } : {}),
        ...(w.logType ? { logType: w.logType } : {}),
      },
    },
  };
}

/** A sleep log as read: its times on the owner's clock as written (wall times, read as UTC). */
export interface FitbitSleep {
  logId: string;
  /** `dateOfSleep`: the day woken, "2026-11-15". */
  dateOfSleep: string;
  from: number;
  to: number;
  minutesAsleep: number;
  /** `mainSleep`: the night's sleep, not a nap. */
  main: boolean;
  /** The minutes of each stage as Fitbit's summary gives them: deep, light, REM and awake (a "stages" log), or restless and awake (a "classic" one). */
  stages: Array<[stage: string, minutes: number]>;
}

/** The day whose night a sleep starting at `wall` belongs to: noon to noon the next day ("2026-11-14" for 00:30 on the 15th). */
export function nightOf(wall: number): string {
  return new Date(wall - 12 * 3_600_000).toISOString().slice(0, 10);
}

/** Whether a sleep is a nap: not the night's main sleep, begun from 09:00 to 19:00. */
function isNap(s: FitbitSleep): boolean {
  const hour = new Date(s.from).getUTCHours();
  return !s.main && hour >= 9 && hour < 19;
}

/** The day note a sleep is told in: a nap's own day, a night's the evening's it began on. */
export function sleepDay(s: FitbitSleep): string {
  return isNap(s) ? new Date(s.from).toISOString().slice(0, 10) : nightOf(s.from);
}

/**
 * A sleep in words: "Slept 6 hours 2 minutes on the night of Saturday 14 November, 22:41 to 05:35 (deep 58 minutes, light
 * 3 hours 40 minutes, REM 1 hour 24 minutes, awake 52 minutes).", a nap's "Napped 38 minutes on Sunday 15 November, 14:10 to
 * 14:52."; its times wall times, said " UTC" after when `utc` (the owner's clock unknown: garmin.ts).
 */
export function sleepWords(s: FitbitSleep, utc = false): string {
  const asleep = durationWords(s.minutesAsleep * 60);
  const span = spanWords(s.from, s.to, utc, " to ");
  const stages = s.stages.filter(([, m]) => m > 0).map(([stage, m]) => `${stage} ${durationWords(m * 60)}`);
  return isNap(s)
    ? `Napped ${asleep} on ${dayWords(s.from)}, ${span}.`
    : `Slept ${asleep} on the night of ${dayWords(Date.parse(`${nightOf(s.from)}T12:00:00Z`))}, ${span}${stages.length ? ` (${stages.join(", ")})` : ""}.`;
}

/**
 * A sleep's paragraph, named by its log's id: "Slept 6 hours 2 minutes on the night of Saturday 14
 * November, 22:41 to 05:35 (deep 58 minutes, light 3 hours 40 minutes, REM 1 hour 24 minutes, awake 52
 * minutes).", or a nap's "Napped 38 minutes on Sunday 15 November, 14:10 to 14:52."; the time asleep is
 * Fitbit's `minutesAsleep`, the clock the owner's as the log writes it (whatever zone the profile says).
 */
export function sleepTurn(s: FitbitSleep): ParsedTurn {
  const text = sleepWords(s);
  return {
    externalId: `sleep ${s.logId}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: s.from,
    text,
    metadata: {
      fitbit: {
        kind: isNap(s) ? "nap" : "sleep",
        logId: s.logId,
        dateOfSleep: s.dateOfSleep,
        startTime: new Date(s.from).toISOString().slice(0, 19),
        endTime: new Date(s.to).toISOString().slice(0, 19),
        minutesAsleep: s.minutesAsleep,
        ...(s.stages.length ? { stages: Object.fromEntries(s.stages) } : {}),
      },
    },
  };
}
