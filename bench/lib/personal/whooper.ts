/**
 * The whooper: Jonah Fletcher, 33, an architect in Edinburgh, wears a WHOOP 4.0 strap through seven weeks of autumn
 * 2026 (Thursday 1 October to Monday 16 November): tennis at his club on Tuesday and Thursday evenings (and a Sunday
 * morning), runs along the Water of Leith, the gym, his sister Ellie's wedding on Saturday 17 October (a dance floor the
 * strap took for a workout, whisky, a nap the day after), a night the strap was on its charger, a migraine over the
 * Leith competition drawings, a deadline that had him in bed at 00:41 on Tuesday 3 November, and Jamie's leaving do on
 * Friday 6 November. Each morning he answers the WHOOP Journal about the day before (alcohol, caffeine, a late meal, a
 * migraine, stretching), now and then with a note. On Monday 16 November he asks for his data (the app's More → App
 * Settings → Data Export: WHOOP e-mails a ZIP), unzips the four CSVs into a folder and imports it.
 *
 * The files as WHOOP writes them, in English, newest first, LF line ends, UTF-8 with no byte order mark:
 * - `physiological_cycles.csv`: a row per cycle (a WHOOP day, from falling asleep to falling asleep the next night),
 *   `Cycle start time,Cycle end time,Cycle timezone,Recovery score %,Resting heart rate (bpm),Heart rate variability
 *   (ms),Skin temp (celsius),Blood oxygen %,Day Strain,Energy burned (cal),Max HR (bpm),Average HR (bpm),Sleep onset,Wake
 *   onset,Sleep performance %,Respiratory rate (rpm),Asleep duration (min),In bed duration (min),Light sleep duration
 *   (min),Deep (SWS) duration (min),REM duration (min),Awake duration (min),Sleep need (min),Sleep debt (min),Sleep
 *   efficiency %,Sleep consistency %`: times "2026-10-14 23:16:59" on his clock with no zone, `Cycle timezone`
 *   "UTC+01:00" until British Summer Time ends on Sunday 25 October and "UTC+00:00" after; the current cycle (begun on
 *   the night of Sunday 15 November) with no end and no strain yet; the cycle after the night on the charger with its
 *   recovery and sleep cells empty;
 * - `sleeps.csv`: a row per sleep, the cycle's columns, then `Sleep onset,Wake onset,Sleep performance %,…,Sleep
 *   consistency %,Nap` ("false", "true"; a nap with no consistency);
 * - `workouts.csv`: a row per workout, the cycle's columns, then `Workout start time,Workout end time,Duration
 *   (min),Activity name,Activity Strain,Energy burned (cal),Max HR (bpm),Average HR (bpm),HR Zone 1 %,…,HR Zone 5 %,GPS
 *   enabled,Distance (meters),Altitude gain (meters),Altitude change (meters)` (`Activity name` as WHOOP names them:
 *   "Tennis", "Running", "Weightlifting", "Walking", "Cycling", "Yoga", "Functional Fitness", and "Activity" for one
 *   it noticed and he never named; a distance only with GPS);
 * - `journal_entries.csv`: a row per answer, `Cycle start time,Cycle end time,Cycle timezone,Question text,Answered
 *   yes,Notes` (the questions as the app asks them, "Have any alcoholic drinks?", "Consumed caffeine?", "Ate food close
 *   to bedtime?", "Experienced a migraine?", "Spent time stretching?"; "TRUE" or "FALSE"; a note quoted when it holds a
 *   comma), each answer in the cycle of the day it tells of.
 *
 * Checked against public code that reads WHOOP's export and its fixtures: headers "copied verbatim from a real export"
 * (physiological_cycles.csv's 26 columns, sleeps.csv's 18 with `Nap`, workouts.csv's 17 ending `GPS enabled`,
 * journal_entries.csv's 6; times "2026-01-02 23:00:00" with `Cycle timezone` "UTC+01:00", a current cycle with no end,
 * rows newest first, a nap "true"), fixtures that "mirror the real WHOOP export format exactly" (local times, minutes,
 * a no-sleep cycle with blank recovery, a nap with no consistency, "Activity" as a workout's name), importers' headers of
 * newer exports (`GPS enabled,Distance (meters),Altitude gain (meters),Altitude change (meters)`), a reporter's
 * journal_entries.csv lifted verbatim ("Have any alcoholic drinks?,TRUE," with `Cycle timezone` "UTC+02:00", times with
 * seconds, "Experienced a migraine?"), importers' lists of the Journal's questions ("Consumed caffeine?", "Ate food close
 * to bedtime?", "Spent time stretching?") and WHOOP's pages on the Journal (answered each morning about the day before).
 * Written by the developers in session 40 before Engram could read WHOOP's export (the first run's figures are in
 * bench/README.md), with the questions he asks later, the words a right answer holds, and three that nothing here
 * answers.
 */
import { seeded } from "./seeded.js";
import type { Person, PersonFile } from "./types.js";

const random = seeded(40);

/** The folder he unzipped the export into. */
const FOLDER = "WHOOP data";

/** When British Summer Time ends on his clock: 02:00 BST on Sunday 25 October 2026, read as UTC. */
const BST_ENDS_WALL = Date.UTC(2026, 9, 25, 2, 0);

/** A whole number from `lo` to `hi`. */
function between(lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** A number from `lo` to `hi` with `digits` decimals, as text ("33.62"). */
function decimal(lo: number, hi: number, digits: number): string {
  return (lo + random() * (hi - lo)).toFixed(digits);
}

/** The day after `day` (-1: the day before); the sleepyhead's days too. */
export function dayFrom(day: string, days: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The days from `from` to `to`, in order. */
export function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = dayFrom(d, 1)) out.push(d);
  return out;
}

/** A wall time (ms, read as UTC) `minutes` and `seconds` after the midnight opening `day`. */
function wallAt(day: string, minutes: number, seconds = 0): number {
  return Date.parse(`${day}T00:00:00Z`) + minutes * 60_000 + seconds * 1000;
}

/** A time as WHOOP writes it, his wall clock with no zone: "2026-10-14 23:16:59". */
function whoopTime(wall: number): string {
  return new Date(wall).toISOString().slice(0, 19).replace("T", " ");
}

/** `Cycle timezone` of a cycle begun at the wall time `wall`. */
function zoneOf(wall: number): string {
  return wall < BST_ENDS_WALL ? "UTC+01:00" : "UTC+00:00";
}

/** A CSV as WHOOP writes it: commas, a cell quoted when it holds a comma or a quote, LF line ends. */
function csv(header: string[], rows: Array<Array<string | number | null>>): string {
  const cell = (c: string | number | null) => {
    const s = c === null ? "" : String(c);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header.join(","), ...rows.map((r) => r.map(cell).join(","))].map((l) => `${l}\n`).join("");
}

/** A night as he slept it, by the evening it began: bed (minutes after the evening's midnight), minutes in bed and asleep, and the morning's figures. */
interface Night {
  bed: number;
  inBed: number;
  asleep: number;
  deep: number;
  rem: number;
  performance: number;
  consistency: number;
  respiratory: string;
  need: number;
  recovery: number;
  rhr: number;
  hrv: number;
}

/** The nights the questions ask about, and the wedding's and the deadline's, by the evening; the others are drawn. */
const NIGHTS: Record<string, Partial<Night>> = {
  // (a quiet week: his highest HRV of the autumn, the morning of Sunday 11 October)
  "2026-10-10": { bed: 22 * 60 + 50, inBed: 545, asleep: 506, recovery: 97, rhr: 47, hrv: 96, performance: 100 },
  // (the rehearsal dinner, then the wedding: in bed at 02:14)
  "2026-10-16": { bed: 24 * 60 + 22, inBed: 401, asleep: 352, recovery: 52, rhr: 58, hrv: 51, performance: 70 },
  "2026-10-17": { bed: 24 * 60 + 134, inBed: 372, asleep: 318, recovery: 19, rhr: 64, hrv: 33, performance: 58 },
  // (the deadline: in bed at 00:41 on Tuesday 3 November)
  "2026-11-02": { bed: 24 * 60 + 41, inBed: 352, asleep: 302, recovery: 31, rhr: 60, hrv: 41, performance: 52 },
  // (Jamie's leaving do)
  "2026-11-06": { bed: 24 * 60 + 72, inBed: 395, asleep: 341, recovery: 38, rhr: 61, hrv: 44, performance: 63 },
  // (Saturday 14 November: a long lie)
  "2026-11-14": { bed: 23 * 60 + 52, inBed: 529, asleep: 483, recovery: 88, rhr: 50, hrv: 81, performance: 96 },
};

/** The evening the strap spent on its charger: no sleep, no recovery, the cycle's start WHOOP's guess. */
const UNWORN = "2026-10-20";

/** His evenings, Wednesday 30 September to Sunday 15 November 2026. */
const EVENINGS = daysFrom("2026-09-30", "2026-11-15");

/** Each night's figures, drawn once, in the evenings' order. */
const DRAWN = new Map<string, Night>();
for (const evening of EVENINGS) {
  const set = NIGHTS[evening] ?? {};
  const inBed = set.inBed ?? between(430, 510);
  const asleep = set.asleep ?? inBed - between(25, 50);
  DRAWN.set(evening, {
    bed: set.bed ?? between(22 * 60 + 45, 23 * 60 + 45),
    inBed,
    asleep,
    deep: set.deep ?? Math.round(asleep * (0.2 + random() * 0.05)),
    rem: set.rem ?? Math.round(asleep * (0.22 + random() * 0.05)),
    performance: set.performance ?? between(76, 95),
    consistency: between(62, 88),
    respiratory: decimal(14.6, 15.6, 1),
    need: between(470, 520),
    recovery: set.recovery ?? between(56, 92),
    rhr: set.rhr ?? between(49, 55),
    hrv: set.hrv ?? between(58, 84),
  });
}

/** The night begun on `evening`. */
function night(evening: string): Night {
  return DRAWN.get(evening)!;
}

/** When the night begun on `evening` fell asleep (a wall time): the start of the next day's cycle. */
function onsetOf(evening: string): number {
  const n = night(evening);
  return wallAt(evening, n.bed, (n.bed * 7) % 60);
}

/** When he woke from the night begun on `evening`: its time in bed later, an hour less when the clocks went back in it. */
function wakeOf(evening: string): number {
  const from = onsetOf(evening);
  const to = from + night(evening).inBed * 60_000 + 31_000;
  return from < BST_ENDS_WALL && to >= BST_ENDS_WALL ? to - 3_600_000 : to;
}

/** His days, a cycle each: Thursday 1 October to Monday 16 November (the current one). */
const DAYS = daysFrom("2026-10-01", "2026-11-16");

/** The cycle of `day`: its start (the night before's onset), its end (that night's; none for the current one) and zone. */
function cycleOf(day: string): [start: string, end: string, zone: string] {
  const from = onsetOf(dayFrom(day, -1));
  const end = day === DAYS.at(-1) ? "" : whoopTime(onsetOf(day));
  return [whoopTime(from), end, zoneOf(from)];
}

/** The days' strain, calories burned (kcal), average and max heart rate that the questions ask about. */
const STRAIN: Record<string, [strain: number, kcal: number, average: number, max: number]> = {
  "2026-10-17": [16.8, 3402, 88, 176],
  "2026-11-03": [8.2, 2214, 66, 121],
  "2026-11-10": [14.9, 3011, 79, 182],
};

/** A workout as WHOOP logged it: start and end on his clock, its name, strain, kcal, average and max heart rate, metres and climb with GPS. */
type Workout = [
  start: number,
  end: number,
  name: string,
  strain: number,
  kcal: number,
  average: number,
  max: number,
  gps: [metres: number, gain: number] | null,
];

const WORKOUTS: Workout[] = [
  [wallAt("2026-10-01", 19 * 60 + 2, 11), wallAt("2026-10-01", 20 * 60 + 31, 40), "Tennis", 13.1, 742, 139, 176, null],
  [wallAt("2026-10-03", 9 * 60, 4), wallAt("2026-10-03", 9 * 60 + 23, 18), "Running", 11.4, 352, 162, 181, [5021, 21]],
  [wallAt("2026-10-04", 10 * 60, 30), wallAt("2026-10-04", 11 * 60 + 35, 2), "Tennis", 12.6, 801, 132, 171, null],
  [wallAt("2026-10-06", 19 * 60 + 5, 9), wallAt("2026-10-06", 20 * 60 + 20, 51), "Tennis", 12.2, 655, 134, 172, null],
  [wallAt("2026-10-07", 7 * 60 + 10, 0), wallAt("2026-10-07", 8 * 60 + 2, 45), "Weightlifting", 7.9, 318, 112, 151, null],
  [wallAt("2026-10-08", 19 * 60 + 1, 40), wallAt("2026-10-08", 20 * 60 + 26, 3), "Tennis", 13.0, 730, 138, 175, null],
  [wallAt("2026-10-10", 9 * 60 + 40, 12), wallAt("2026-10-10", 10 * 60 + 47, 30), "Running", 13.8, 921, 154, 178, [12104, 118]],
  [wallAt("2026-10-11", 18 * 60, 5), wallAt("2026-10-11", 18 * 60 + 45, 10), "Yoga", 3.2, 141, 92, 118, null],
  [wallAt("2026-10-13", 19 * 60 + 3, 22), wallAt("2026-10-13", 20 * 60 + 24, 9), "Tennis", 12.8, 702, 136, 174, null],
  [wallAt("2026-10-14", 7 * 60 + 12, 30), wallAt("2026-10-14", 8 * 60 + 1, 2), "Weightlifting", 8.3, 305, 115, 154, null],
  [wallAt("2026-10-15", 19 * 60, 48), wallAt("2026-10-15", 20 * 60 + 29, 17), "Tennis", 13.3, 748, 140, 177, null],
  // (the dance floor at the wedding: WHOOP noticed it, and he never named it)
  [wallAt("2026-10-17", 21 * 60 + 10, 33), wallAt("2026-10-17", 22 * 60 + 35, 51), "Activity", 11.9, 688, 128, 176, null],
  [wallAt("2026-10-22", 19 * 60 + 4, 2), wallAt("2026-10-22", 20 * 60 + 27, 44), "Tennis", 13.2, 736, 139, 176, null],
  [wallAt("2026-10-24", 9 * 60 + 30, 0), wallAt("2026-10-24", 10 * 60 + 14, 26), "Running", 12.2, 603, 158, 179, [8412, 64]],
  [wallAt("2026-10-25", 11 * 60, 10), wallAt("2026-10-25", 13 * 60 + 45, 0), "Walking", 9.1, 812, 104, 149, [11618, 312]],
  [wallAt("2026-10-27", 19 * 60 + 2, 55), wallAt("2026-10-27", 20 * 60 + 21, 30), "Tennis", 12.5, 690, 135, 173, null],
  [wallAt("2026-10-29", 19 * 60 + 6, 13), wallAt("2026-10-29", 20 * 60 + 30, 2), "Tennis", 13.4, 751, 141, 178, null],
  [wallAt("2026-10-31", 10 * 60, 20), wallAt("2026-10-31", 10 * 60 + 50, 58), "Functional Fitness", 10.6, 455, 138, 171, null],
  [wallAt("2026-11-05", 19 * 60 + 1, 7), wallAt("2026-11-05", 20 * 60 + 22, 40), "Tennis", 12.9, 711, 137, 175, null],
  [wallAt("2026-11-07", 10 * 60 + 15, 41), wallAt("2026-11-07", 11 * 60 + 13, 9), "Weightlifting", 8.6, 331, 117, 156, null],
  [wallAt("2026-11-08", 10 * 60 + 5, 0), wallAt("2026-11-08", 11 * 60 + 38, 12), "Cycling", 12.7, 1012, 136, 168, [32410, 286]],
  [wallAt("2026-11-10", 19 * 60, 2), wallAt("2026-11-10", 20 * 60 + 28, 31), "Tennis", 13.4, 779, 142, 182, null],
  [wallAt("2026-11-12", 18 * 60 + 55, 19), wallAt("2026-11-12", 20 * 60 + 20, 4), "Tennis", 12.7, 705, 137, 174, null],
  [wallAt("2026-11-14", 9 * 60 + 30, 30), wallAt("2026-11-14", 10 * 60 + 15, 0), "Yoga", 3.5, 150, 94, 121, null],
  [wallAt("2026-11-15", 9 * 60 + 15, 8), wallAt("2026-11-15", 10 * 60 + 12, 50), "Running", 13.9, 788, 157, 180, [10412, 86]],
];

/** A day's strain, kcal, average and max heart rate: those set, else drawn from its workouts' strain. */
function strainOf(day: string): [number, number, number, number] {
  const set = STRAIN[day];
  if (set) return set;
  const done = WORKOUTS.filter(([start]) => whoopTime(start).startsWith(day));
  const hardest = Math.max(0, ...done.map((w) => w[3]));
  const strain = hardest ? Math.min(20.9, hardest + 1 + random() * 1.5) : 6 + random() * 5;
  return [Number(strain.toFixed(1)), Math.round(2100 + strain * 70 + random() * 150), between(64, 78), Math.max(between(118, 148), ...done.map((w) => w[6]))];
}

/** The columns that open every file: the cycle's. */
const CYCLE_COLUMNS = ["Cycle start time", "Cycle end time", "Cycle timezone"];

/** A sleep's columns, in physiological_cycles.csv and sleeps.csv alike. */
const SLEEP_COLUMNS = [
  "Sleep onset",
  "Wake onset",
  "Sleep performance %",
  "Respiratory rate (rpm)",
  "Asleep duration (min)",
  "In bed duration (min)",
  "Light sleep duration (min)",
  "Deep (SWS) duration (min)",
  "REM duration (min)",
  "Awake duration (min)",
  "Sleep need (min)",
  "Sleep debt (min)",
  "Sleep efficiency %",
  "Sleep consistency %",
];

/** The cells of the night begun on `evening` under {@link SLEEP_COLUMNS}. */
function sleepCells(evening: string): Array<string | number> {
  const n = night(evening);
  return [
    whoopTime(onsetOf(evening)),
    whoopTime(wakeOf(evening)),
    n.performance,
    n.respiratory,
    n.asleep,
    n.inBed,
    n.asleep - n.deep - n.rem,
    n.deep,
    n.rem,
    n.inBed - n.asleep,
    n.need,
    Math.max(0, n.need - n.asleep - 20),
    Math.round((n.asleep / n.inBed) * 100),
    n.consistency,
  ];
}

/** physiological_cycles.csv: a row per cycle, newest first. */
function cycles(): string {
  const header = [
    ...CYCLE_COLUMNS,
    "Recovery score %",
    "Resting heart rate (bpm)",
    "Heart rate variability (ms)",
    "Skin temp (celsius)",
    "Blood oxygen %",
    "Day Strain",
    "Energy burned (cal)",
    "Max HR (bpm)",
    "Average HR (bpm)",
    ...SLEEP_COLUMNS,
  ];
  const rows = DAYS.map((day) => {
    const evening = dayFrom(day, -1);
    const n = night(evening);
    const [strain, kcal, average, max] = strainOf(day);
    const current = day === DAYS.at(-1);
    const strainCells = current ? [null, null, null, null] : [strain.toFixed(1), kcal, max, average];
    const recovery = evening === UNWORN ? Array<null>(5).fill(null) : [n.recovery, n.rhr, n.hrv, decimal(33.2, 34.1, 2), decimal(95.2, 97.8, 2)];
    const sleep = evening === UNWORN ? Array<null>(SLEEP_COLUMNS.length).fill(null) : sleepCells(evening);
    return [...cycleOf(day), ...recovery, ...strainCells, ...sleep];
  });
  return csv(header, rows.reverse());
}

/** sleeps.csv: each night (but the one on the charger) and his nap after the wedding, newest first. */
function sleeps(): string {
  const header = [...CYCLE_COLUMNS, ...SLEEP_COLUMNS, "Nap"];
  const rows: Array<Array<string | number | null>> = [];
  for (const evening of EVENINGS) {
    if (evening === UNWORN) continue;
    const cycle = cycleOf(dayFrom(evening, 1));
    rows.push([...cycle, ...sleepCells(evening), "false"]);
    // (the nap the day after the wedding, Sunday 18 October, 14:20 to 15:05: 38 minutes asleep)
    if (evening === "2026-10-17")
      rows.push([
        ...cycle,
        whoopTime(wallAt("2026-10-18", 14 * 60 + 20, 12)),
        whoopTime(wallAt("2026-10-18", 15 * 60 + 5, 40)),
        14,
        "15.8",
        38,
        45,
        22,
        9,
        7,
        7,
        521,
        88,
        84,
        null,
        "true",
      ]);
  }
  return csv(header, rows.reverse());
}

/** The share of a workout's time in each heart-rate zone, in %, summing to 100. */
function zones(average: number): number[] {
  const hard = Math.max(0, Math.min(60, average - 110));
  const z = [Math.max(0, 40 - hard), 20 + between(0, 8), 15 + Math.round(hard / 3), Math.round(hard / 2), Math.round(hard / 4)];
  const sum = z.reduce((a, b) => a + b, 0);
  return z.map((v, i) => (i === 1 ? v + 100 - sum : v));
}

/** The cycle a wall time falls in: the last begun at or before it. */
function cycleAt(wall: number): [string, string, string] {
  const day = [...DAYS].reverse().find((d) => onsetOf(dayFrom(d, -1)) <= wall)!;
  return cycleOf(day);
}

/** workouts.csv: each workout, newest first. */
function workouts(): string {
  const header = [
    "Cycle start time",
    "Cycle end time",
    "Cycle timezone",
    "Workout start time",
    "Workout end time",
    "Duration (min)",
    "Activity name",
    "Activity Strain",
    "Energy burned (cal)",
    "Max HR (bpm)",
    "Average HR (bpm)",
    "HR Zone 1 %",
    "HR Zone 2 %",
    "HR Zone 3 %",
    "HR Zone 4 %",
    "HR Zone 5 %",
    "GPS enabled",
    "Distance (meters)",
    "Altitude gain (meters)",
    "Altitude change (meters)",
  ];
  const rows = WORKOUTS.map(([start, end, name, strain, kcal, average, max, gps]) => [
    ...cycleAt(start),
    whoopTime(start),
    whoopTime(end),
    Math.round((end - start) / 60_000),
    name,
    strain.toFixed(1),
    kcal,
    max,
    average,
    ...zones(average),
    gps ? "true" : "false",
    gps ? gps[0] : null,
    gps ? gps[1] : null,
    gps ? between(-4, 4) : null,
  ]);
  return csv(header, rows.reverse());
}

/** The Journal's questions he answers each morning, as the app asks them. */
const QUESTIONS_ASKED = ["Have any alcoholic drinks?", "Consumed caffeine?", "Ate food close to bedtime?", "Experienced a migraine?", "Spent time stretching?"];

/** His yes answers, by the day they tell of, with a note when he wrote one. */
const YES: Record<string, Record<string, string>> = {
  "2026-10-02": { "Have any alcoholic drinks?": "Two glasses of red with dinner at Mum's" },
  "2026-10-16": { "Have any alcoholic drinks?": "Rehearsal dinner at the Balmoral, a few beers", "Ate food close to bedtime?": "" },
  "2026-10-17": { "Have any alcoholic drinks?": "Champagne and far too much whisky at Ellie's wedding", "Ate food close to bedtime?": "Chips at 1am" },
  "2026-10-28": { "Experienced a migraine?": "Screen all day on the Leith competition drawings, had to lie down in the dark at 4" },
  "2026-10-31": { "Have any alcoholic drinks?": "Halloween party at Fraser's, three gin and tonics" },
  "2026-11-02": { "Consumed caffeine?": "Double espresso at 4pm to get the drawings out", "Ate food close to bedtime?": "Takeaway at the office at 11pm" },
  "2026-11-06": { "Have any alcoholic drinks?": "Three pints at Jamie's leaving do at the Cumberland Bar" },
  "2026-11-13": { "Have any alcoholic drinks?": "" },
};

/** journal_entries.csv: his answers for each day, in the cycle of that day, newest first. */
function journal(): string {
  const rows: Array<Array<string | number | null>> = [];
  const tennis = new Set(WORKOUTS.filter((w) => w[2] === "Tennis").map(([start]) => whoopTime(start).slice(0, 10)));
  for (const day of DAYS.slice(0, -1)) {
    const yes = YES[day] ?? {};
    for (const q of QUESTIONS_ASKED) {
      const said = q in yes;
      const answered = said || (q === "Consumed caffeine?" && day !== "2026-10-11" && random() < 0.85) || (q === "Spent time stretching?" && tennis.has(day));
      rows.push([...cycleOf(day), q, answered ? "TRUE" : "FALSE", yes[q] ?? null]);
    }
  }
  return csv(["Cycle start time", "Cycle end time", "Cycle timezone", "Question text", "Answered yes", "Notes"], rows.reverse());
}

/** The export's folder, as he unzipped it. */
function files(): PersonFile[] {
  const at = Date.UTC(2026, 10, 16, 8, 10);
  const file = (name: string, text: string): PersonFile => ({ name: `${FOLDER}/${name}`, text, mtime: at });
  return [file("journal_entries.csv", journal()), file("physiological_cycles.csv", cycles()), file("sleeps.csv", sleeps()), file("workouts.csv", workouts())];
}

/**
 * Questions he asks later, each with the words a right answer holds (all of them, any case), or null for a question
 * nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What was my recovery on 3 November?", expect: ["31%"] },
  { question: "When did I last play tennis?", expect: ["12 November"] },
  { question: "How long did I sleep on Saturday night?", expect: ["8 hours 3 minutes"] },
  { question: "When was my HRV highest in October?", expect: ["11 October"] },
  { question: "Did I drink alcohol on Friday 6 November?", expect: ["Jamie"] },
  { question: "What was my day strain at Ellie's wedding on Saturday 17 October?", expect: ["16.8"] },
  { question: "How far did I run on Sunday 15 November?", expect: ["10.4 km"] },
  { question: "What was my resting heart rate on Sunday 18 October?", expect: ["64 bpm"] },
  { question: "How long did I nap on Sunday 18 October?", expect: ["38 minutes"] },
  { question: "What was my strain playing tennis on Tuesday 10 November?", expect: ["13.4"] },
  { question: "When did I have a migraine?", expect: ["28 October"] },
  { question: "What was my sleep performance on the night of Monday 2 November?", expect: ["52%"] },
  { question: "What was my blood pressure on Tuesday 3 November?", expect: null },
  { question: "How many steps did I take on Saturday 17 October?", expect: null },
  { question: "Who won my tennis match on Thursday 12 November?", expect: null },
];

/** The whooper: his unzipped WHOOP export imported as a folder, asked on Wednesday 18 November 2026. */
export const whooper: Person = {
  name: "whooper",
  files: files(),
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 18, 9, 0),
  questions: QUESTIONS,
};
