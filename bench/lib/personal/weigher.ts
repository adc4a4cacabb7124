/**
 * The weigher: Graham Pryce, 56, a quantity surveyor in Leeds. At a check-up on Monday 21 September 2026 his GP, Dr
 * Mehta, finds his blood pressure high (158/98) and his weight at 97 kg, and asks him to take his blood pressure at home
 * morning and evening, to weigh himself each morning, to walk more and to lose five kilos by Christmas. He buys a Withings
 * Body+ scale and a BPM Connect cuff and already wears a ScanWatch (steps, walks and sleep). On Monday 5 October, at his
 * follow-up, he starts amlodipine 5 mg; he types a comment on the readings that need one (the first one, the night of a
 * row with his landlord, the morning he started the tablets, a dose forgotten, swollen ankles, the clocks going back).
 * Over two months his weight comes down from 97.3 kg to 92.4 kg and his blood pressure from the 150s to the 130s. On
 * Monday 23 November he asks for his data (the Withings app → Profile → Settings → Download my data; Withings emails a
 * link to a ZIP), unzips it into a folder and imports it (`engram import "Withings export"`). The folder is as Withings
 * writes it, one CSV per kind of data:
 *
 * - `weight.csv` (`Date,"Weight (kg)","Fat mass (kg)","Bone mass (kg)","Muscle mass (kg)","Hydration (kg)",Comments`):
 *   each weigh-in, the newest first, its time on his clock with no zone ("2026-10-01 07:02:41", quoted), the masses in
 *   kg with two decimals, an empty cell where the scale measured nothing, his comment quoted; one weigh-in written twice,
 *   as the scale's sync sometimes does;
 * - `bp.csv` (`Date,"Heart rate",Systolic,Diastolic,Comments`): each reading, the newest first, its pulse in bpm and its
 *   pressures in mmHg, his comment;
 * - `sleep.csv` (`from,to,"light (s)","deep (s)","rem (s)","awake (s)","wake up","Duration to sleep (s)","Duration to
 *   wake up (s)","Snoring (s)","Snoring episodes","Average heart rate","Heart rate (min)","Heart rate (max)","Night
 *   events"`): each night the watch measured, its times with their offset ("2026-10-10T23:04:00+01:00"), the stages
 *   and the times to fall asleep and to get up in seconds, the wake-ups counted, no snoring (a watch hears none), the
 *   heart rate;
 * - `activities.csv` (`from,to,"from (manual)","to (manual)",Timezone,"Activity type",Data,GPS,Modified`): each walk the
 *   watch noticed, its figures in the JSON of `Data` (`calories`, `intensity`, `hr_average`, `steps`, `distance` in
 *   metres, `elevation`, `pause_duration` …);
 * - `aggregates_steps.csv` and `aggregates_calories_earned.csv` (`date,value`, the newest first): the day's steps and
 *   active calories; `height.csv` (`Date,"Height (m)",Comments`);
 * - what Engram passes over: the other day totals (`aggregates_calories_passive.csv`, `aggregates_distance.csv`,
 *   `aggregates_elevation.csv`), the watch's samples (`raw_hr_hr.csv`, `raw_tracker_steps.csv`,
 *   `raw_tracker_sleep-state.csv`: `start,duration,value`, each a run of minutes "[60,60]"), the account (`account.csv`,
 *   `user.csv`, `devices.csv`), the temperature notes (`note.csv`, a header alone) and Withings' README.txt.
 *
 * Checked against public readers of the export and their fixtures: jorgenlt/withings-data-reader's `public/data`, a whole
 * export as the app wrote it (README.txt's list of files and units; weight.csv's and bp.csv's quoted "YYYY-MM-DD
 * HH:MM:SS" dates, newest first, and a weigh-in written twice; sleep.csv's ISO times with their offset and its "Night
 * events" column; activities.csv's columns, its Timezone and its JSON `Data`; aggregates_*.csv's `date,value`, newest
 * first; height.csv; the raw_* files' `start,duration,value` with bracketed runs; account.csv, user.csv, devices.csv;
 * note.csv's header), the weight and blood-pressure times matching the ECG's time with its offset (so the wall clock),
 * qcri/tasrif's withings_dataset.py (sleep.csv's seconds, weight.csv, bp.csv, height.csv in inches "5' 10.0''"), a
 * Go importer's and a migration plan's readings of real exports (bp.csv's "Heart rate", Systolic, Diastolic and
 * Comments; a pulse alone from the watch; weight.csv in lb when the account says so), TheFipster's classifier of
 * bp.csv by its header, and biopsykit's and course scripts' readings of sleep.csv in German and Spanish accounts
 * (`von,bis,"leicht (s)"…`, `de,a,"ligero (s)"…`: the stages' and times' names follow the account's language, the rest
 * are English). Written by the developers in session 39 before Engram could read Withings' export (the first run's
 * figures are in bench/README.md), with the questions he asks later, the words a right answer holds, and three that
 * nothing here answers.
 */
import { seeded } from "./seeded.js";
import type { Person, PersonFile } from "./types.js";

const random = seeded(3939);

/** The folder he unzipped the export into. */
const FOLDER = "Withings export";

/** When British Summer Time ends on his clock: 02:00 BST on Sunday 25 October 2026, read as UTC. */
const BST_ENDS_WALL = Date.UTC(2026, 9, 25, 2, 0);

/** A whole number from `lo` to `hi`. */
function between(lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** The days from `from` to `to` ("2026-09-22"), in order. */
function daysFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T12:00:00Z`); t <= Date.parse(`${to}T12:00:00Z`); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The wall time (ms, read as UTC) of `minutes` after the midnight that opens `day`. */
function wallAt(day: string, minutes: number): number {
  return Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
}

/** A time as weight.csv and bp.csv write it: his clock, no zone, "2026-10-01 07:02:41". */
function dateCell(wall: number): string {
  return new Date(wall).toISOString().slice(0, 19).replace("T", " ");
}

/** A time as sleep.csv and activities.csv write it: his clock with its offset, "2026-10-10T23:04:00+01:00". */
function isoCell(wall: number): string {
  return `${new Date(wall).toISOString().slice(0, 19)}${wall < BST_ENDS_WALL ? "+01:00" : "+00:00"}`;
}

/** A cell as Withings writes a text: quoted, a quote doubled. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The days of his two months: Tuesday 22 September to Sunday 22 November 2026. */
const DAYS = daysFrom("2026-09-22", "2026-11-22");

/** A weigh-in: its minutes after midnight, kg, and the Body+'s fat, bone, muscle and water masses (kg), his comment. */
interface WeighIn {
  at: number;
  kg: number;
  fat: number;
  bone: number;
  muscle: number;
  water: number;
  comment?: string;
}

/** The weigh-ins the questions ask about and those he commented on, by the day; on the others he weighs in most mornings. */
const WEIGH_INS: Record<string, Partial<WeighIn>> = {
  "2026-09-22": { at: 7 * 60 + 4, kg: 97.3, fat: 30.41, comment: "First weigh-in. Dr Mehta wants 5 kg off by Christmas" },
  "2026-09-30": { kg: 96.1 },
  "2026-10-01": { at: 7 * 60 + 2, kg: 95.8, fat: 29.77 },
  "2026-10-02": { kg: 95.6 },
  "2026-10-12": { kg: 95.9, comment: "After the wedding in York, too much cake" },
  "2026-10-31": { at: 8 * 60 + 15, kg: 94.2, fat: 27.42 },
  "2026-11-09": { kg: 93.1, comment: "New notch on the belt!" },
  "2026-11-22": { at: 7 * 60 + 31, kg: 92.4, fat: 26.18 },
};

/** Days with no weigh-in: the weekend at the wedding in York, and a few mornings he forgot. */
const NO_WEIGH_IN = new Set(["2026-10-10", "2026-10-11", "2026-10-20", "2026-11-01", "2026-11-14", "2026-11-15"]);

/** His weigh-ins, in time order: 97.3 kg coming down to 92.4 kg, with the day-to-day wobble of a scale. */
function weighIns(): Array<{ day: string; w: WeighIn }> {
  return DAYS.filter((d) => !NO_WEIGH_IN.has(d)).map((day, i, all) => {
    const set = WEIGH_INS[day] ?? {};
    const trend = 97.3 - (4.9 * i) / (all.length - 1);
    const kg = set.kg ?? Math.round((trend + (random() - 0.5) * 0.6) * 10) / 10;
    const fat = set.fat ?? Math.round((kg * (0.3125 - (0.03 * i) / all.length) + (random() - 0.5) * 0.3) * 100) / 100;
    const bone = Math.round((3.18 + (random() - 0.5) * 0.04) * 100) / 100;
    const muscle = Math.round((kg - fat - bone) * 100) / 100;
    const water = Math.round(muscle * 0.73 * 100) / 100;
    return { day, w: { at: set.at ?? between(6 * 60 + 48, 7 * 60 + 35), kg, fat, bone, muscle, water, ...(set.comment ? { comment: set.comment } : {}) } };
  });
}

/** weight.csv: the newest weigh-in first; the morning of 3 November written twice, as a scale's sync sometimes writes it. */
function weightCsv(): string {
  const rows = weighIns().map(({ day, w }) => {
    const cells = [quoted(dateCell(wallAt(day, w.at) + between(0, 59) * 1000)), ...[w.kg, w.fat, w.bone, w.muscle, w.water].map((n) => n.toFixed(2))];
    return { day, line: [...cells, w.comment ? quoted(w.comment) : ""].join(",") };
  });
  const lines = rows.flatMap((r) => (r.day === "2026-11-03" ? [r.line, r.line] : [r.line])).reverse();
  return `Date,"Weight (kg)","Fat mass (kg)","Bone mass (kg)","Muscle mass (kg)","Hydration (kg)",Comments\n${lines.map((l) => `${l}\n`).join("")}`;
}

/** A blood-pressure reading: its minutes after midnight, systolic and diastolic (mmHg), pulse (bpm) and his comment. */
interface Reading {
  at: number;
  systolic: number;
  diastolic: number;
  pulse: number;
  comment?: string;
}

/** The readings the questions ask about and those he commented on, by the day (a day's morning first). */
const READINGS: Record<string, Reading[]> = {
  "2026-09-22": [
    { at: 7 * 60 + 10, systolic: 154, diastolic: 97, pulse: 81, comment: "First reading at home, felt a bit nervous" },
    { at: 21 * 60 + 32, systolic: 151, diastolic: 95, pulse: 74 },
  ],
  // (the highest reading of the two months: the night of the row with his landlord)
  "2026-09-28": [
    { at: 7 * 60 + 6, systolic: 150, diastolic: 94, pulse: 77 },
    { at: 21 * 60 + 42, systolic: 164, diastolic: 101, pulse: 88, comment: "After the row with the landlord about the boiler" },
  ],
  "2026-10-05": [{ at: 7 * 60 + 20, systolic: 149, diastolic: 93, pulse: 75, comment: "Started amlodipine 5 mg this morning" }],
  "2026-10-08": [
    { at: 7 * 60 + 9, systolic: 143, diastolic: 91, pulse: 73 },
    { at: 21 * 60 + 35, systolic: 147, diastolic: 92, pulse: 76, comment: "Forgot my amlodipine this morning, took it at lunch" },
  ],
  "2026-10-14": [{ at: 7 * 60 + 6, systolic: 139, diastolic: 88, pulse: 71 }],
  "2026-10-15": [{ at: 7 * 60 + 12, systolic: 138, diastolic: 87, pulse: 70, comment: "Ankles a bit swollen, ask Dr Mehta" }],
  "2026-10-25": [{ at: 7 * 60 + 40, systolic: 136, diastolic: 86, pulse: 68, comment: "Clocks went back, took it an hour early by my body" }],
  "2026-11-02": [{ at: 7 * 60 + 8, systolic: 135, diastolic: 85, pulse: 64 }],
  "2026-11-04": [
    { at: 7 * 60 + 5, systolic: 134, diastolic: 85, pulse: 66 },
    { at: 11 * 60 + 20, systolic: 146, diastolic: 90, pulse: 92, comment: "After three coffees at the site meeting" },
  ],
};

/** His readings, in time order: morning and evening for the first two weeks, then mornings and some evenings, coming down after amlodipine. */
function readings(): Array<{ day: string; r: Reading }> {
  return DAYS.flatMap((day, i) => {
    const set = READINGS[day];
    if (set) return set.map((r) => ({ day, r }));
    // (from the 150s to the low 130s, the tablets from 5 October)
    const base = day < "2026-10-05" ? 151 : Math.max(131, 147 - (i - 13) * 0.35);
    const reading = (at: number, up: number): Reading => ({
      at,
      systolic: Math.round(base + up + between(-4, 4)),
      diastolic: Math.round(base * 0.62 + up / 2 + between(-2, 2)),
      pulse: between(64, 78),
    });
    const evening = day < "2026-10-06" || i % 3 === 0;
    return [{ day, r: reading(between(7 * 60 + 2, 7 * 60 + 25), 0) }, ...(evening ? [{ day, r: reading(between(21 * 60 + 15, 22 * 60 + 5), 2) }] : [])];
  });
}

/** bp.csv: the newest reading first. */
function bpCsv(): string {
  const lines = readings()
    .map(({ day, r }) =>
      [quoted(dateCell(wallAt(day, r.at) + between(0, 59) * 1000)), r.pulse, r.systolic, r.diastolic, r.comment ? quoted(r.comment) : ""].join(","),
    )
    .reverse();
  return `Date,"Heart rate",Systolic,Diastolic,Comments\n${lines.map((l) => `${l}\n`).join("")}`;
}

/** A night: in bed (minutes after the evening's midnight), light, deep, REM and awake (minutes), wake-ups, minutes to fall asleep and to get up, heart rate. */
interface Night {
  bed: number;
  light: number;
  deep: number;
  rem: number;
  awake: number;
  wakeUps: number;
  toSleep: number;
  toGetUp: number;
  hr: [average: number, min: number, max: number];
}

/** The nights the questions ask about, by the evening; the others drawn around his usual. */
const NIGHTS: Record<string, Partial<Night>> = {
  // (7 hours 41 minutes asleep: 461 minutes)
  "2026-10-10": { bed: 23 * 60 + 4, light: 262, deep: 108, rem: 91, awake: 34, wakeUps: 2, toSleep: 14, toGetUp: 6, hr: [58, 51, 79] },
  // (48 minutes to fall asleep, a bad night before a site inspection)
  "2026-10-28": { bed: 22 * 60 + 51, light: 218, deep: 61, rem: 63, awake: 96, wakeUps: 5, toSleep: 48, toGetUp: 9, hr: [64, 55, 92] },
};

/** Nights the watch was on the charger. */
const NO_NIGHT = new Set(["2026-10-03", "2026-11-11"]);

/** His nights, by the evening. */
function nights(): Array<{ evening: string; n: Night }> {
  return DAYS.slice(0, -1)
    .filter((d) => !NO_NIGHT.has(d))
    .map((evening) => {
      const set = NIGHTS[evening] ?? {};
      const n: Night = {
        bed: set.bed ?? between(22 * 60 + 35, 23 * 60 + 40),
        light: set.light ?? between(215, 265),
        deep: set.deep ?? between(62, 98),
        rem: set.rem ?? between(68, 95),
        awake: set.awake ?? between(22, 55),
        wakeUps: set.wakeUps ?? between(1, 4),
        toSleep: set.toSleep ?? between(8, 24),
        toGetUp: set.toGetUp ?? between(3, 14),
        hr: set.hr ?? [between(56, 62), between(49, 54), between(72, 88)],
      };
      return { evening, n };
    });
}

/** sleep.csv: a night a row, the oldest first. */
function sleepCsv(): string {
  const head =
    'from,to,"light (s)","deep (s)","rem (s)","awake (s)","wake up","Duration to sleep (s)","Duration to wake up (s)","Snoring (s)","Snoring episodes","Average heart rate","Heart rate (min)","Heart rate (max)","Night events"';
  const rows = nights().map(({ evening, n }) => {
    const from = wallAt(evening, n.bed);
    let to = from + (n.light + n.deep + n.rem + n.awake) * 60_000;
    // (the night the clocks go back: an hour more on the wall clock's account)
    if (from < BST_ENDS_WALL && to >= BST_ENDS_WALL) to -= 3_600_000;
    return [isoCell(from), isoCell(to), n.light * 60, n.deep * 60, n.rem * 60, n.awake * 60, n.wakeUps, n.toSleep * 60, n.toGetUp * 60, 0, 0, ...n.hr, ""].join(
      ",",
    );
  });
  return `${head}\n${rows.map((l) => `${l}\n`).join("")}`;
}

/** A walk the watch noticed: its start (minutes after midnight), minutes, metres, steps, calories, heart rate. */
interface Walk {
  start: number;
  minutes: number;
  metres: number;
  steps: number;
  calories: number;
  hr: number;
  kind?: string;
}

/** The walks, by the day: his lunchtime and evening walks, the long one at Malham on Sunday 18 October, a ride on the canal path. */
const WALKS: Record<string, Walk> = {
  "2026-09-26": { start: 10 * 60 + 12, minutes: 52, metres: 4380, steps: 6120, calories: 241, hr: 98 },
  "2026-09-30": { start: 12 * 60 + 31, minutes: 34, metres: 2910, steps: 4010, calories: 158, hr: 96 },
  "2026-10-04": { start: 10 * 60 + 5, minutes: 61, metres: 5220, steps: 7180, calories: 288, hr: 101 },
  "2026-10-07": { start: 12 * 60 + 28, minutes: 36, metres: 3050, steps: 4190, calories: 165, hr: 97 },
  "2026-10-13": { start: 18 * 60 + 40, minutes: 45, metres: 3870, steps: 5310, calories: 207, hr: 99 },
  "2026-10-18": { start: 10 * 60 + 48, minutes: 155, metres: 9412, steps: 12_930, calories: 612, hr: 104 },
  "2026-10-21": { start: 12 * 60 + 35, minutes: 38, metres: 3240, steps: 4460, calories: 171, hr: 96 },
  "2026-10-25": { start: 14 * 60 + 2, minutes: 72, metres: 16_840, steps: 120, calories: 402, hr: 112, kind: "Cycling" },
  "2026-11-01": { start: 10 * 60 + 20, minutes: 64, metres: 5480, steps: 7520, calories: 296, hr: 100 },
  "2026-11-07": { start: 9 * 60 + 40, minutes: 78, metres: 6610, steps: 9080, calories: 351, hr: 102 },
  "2026-11-12": { start: 12 * 60 + 30, minutes: 41, metres: 3560, steps: 4880, calories: 188, hr: 97 },
  "2026-11-18": { start: 18 * 60 + 15, minutes: 47, metres: 4020, steps: 5500, calories: 214, hr: 98 },
  "2026-11-21": { start: 10 * 60 + 2, minutes: 69, metres: 5910, steps: 8110, calories: 318, hr: 101 },
};

/** activities.csv: each walk a row, the oldest first, its figures in Data's JSON as Withings writes them. */
function activitiesCsv(): string {
  const rows = Object.entries(WALKS).map(([day, w]) => {
    const from = wallAt(day, w.start);
    const to = from + w.minutes * 60_000;
    const data = {
      calories: w.calories,
      intensity: 30,
      manual_distance: 0,
      manual_calories: 0,
      hr_average: w.hr,
      hr_min: w.hr - 21,
      hr_max: w.hr + 24,
      hr_zone_0: w.minutes * 20,
      hr_zone_1: w.minutes * 30,
      hr_zone_2: w.minutes * 10,
      hr_zone_3: 0,
      pause_duration: 0,
      steps: w.steps,
      distance: w.metres,
      elevation: w.kind ? 41 : Math.round(w.metres / 90),
      metcumul: Math.round(w.minutes * 1.4),
    };
    return [isoCell(from), isoCell(to), "", "", "Europe/London", w.kind ?? "Walking", quoted(JSON.stringify(data)), "", isoCell(to + 41 * 60_000)].join(",");
  });
  return `from,to,"from (manual)","to (manual)",Timezone,"Activity type",Data,GPS,Modified\n${rows.map((l) => `${l}\n`).join("")}`;
}

/** The days' steps the questions ask about, and the walks' days (their steps within the day's). */
const STEPS: Record<string, number> = { "2026-10-18": 16_204, "2026-11-07": 12_408 };

/** Each day's steps and active calories: from about 5,000 a day at the start to about 8,500 at the end. */
function dayTotals(): Array<{ day: string; steps: number; calories: number }> {
  return DAYS.map((day, i) => {
    const walk = WALKS[day];
    const usual = 4800 + i * 60 + between(-900, 1100);
    const steps = STEPS[day] ?? (walk ? usual + walk.steps : usual);
    return { day, steps, calories: Math.round(steps * 0.038 * 1000 + between(0, 999)) / 1000 };
  });
}

/** A `date,value` CSV of day totals, the newest first. */
function aggregates(value: (t: { day: string; steps: number; calories: number }) => number | string): string {
  const rows = dayTotals()
    .map((t) => `${t.day},${value(t)}`)
    .reverse();
  return `date,value\n${rows.map((l) => `${l}\n`).join("")}`;
}

/** A raw_* file's runs of samples: `start,duration,value`, each a bracketed run (quoted when it holds a comma). */
function rawCsv(runs: Array<[start: number, values: number[]]>): string {
  const list = (xs: number[]) => (xs.length > 1 ? quoted(`[${xs.join(",")}]`) : `[${xs[0]}]`);
  const rows = runs.map(([start, values]) => [isoCell(start), list(values.map(() => 60)), list(values)].join(","));
  return `start,duration,value\n${rows.map((l) => `${l}\n`).join("")}`;
}

/** Withings' README.txt, as the export writes it (its list of files, abridged to those he has). */
const README = `Below are the details of the data you've exported from Health Mate:

activities.csv: Activities history

aggregates_calories_earned.csv: Active calories burned regrouped by days

aggregates_calories_passive.csv: Passive calories burned regrouped by days

aggregates_distance.csv: Travelled distance regrouped by days

aggregates_elevation.csv: Floor climbed regrouped by days
· Value : (steps number)

aggregates_steps.csv: Steps data regrouped by days
· Value : (steps number)

bp.csv: Blood Pressure Data
· Heart Rate : (bpm)
· Systolic : (mmHg)
· Diastolic : (mmHg)

height.csv: Height Measurements
· Height : (meters)

note.csv: User note for body temperature measurements

raw_hr_hr.csv: Heart rate data
· Heart Rate : (bpm)

raw_tracker_sleep-state.csv: Sleep trackers data
· Duration : (seconds)
· Value : (0 -> awake; 1 -> light sleep; 2 -> deep sleep)

raw_tracker_steps.csv: Steps data
· Duration : (seconds)
· Value : (steps number)

sleep.csv: Sleep data

weight.csv: Weights Measurements
· Weight : Weight (kg)
· Fat mass : Fat mass (kg)
· Bone mass : Bone mass (kg)
· Muscle mass : Muscle mass (kg)
· Hydration : Hydration (kg)

`;

/** The export's folder, as he unzipped it. */
function files(): PersonFile[] {
  const at = Date.UTC(2026, 10, 23, 20, 5);
  const file = (name: string, text: string): PersonFile => ({ name: `${FOLDER}/${name}`, text, mtime: at });
  const lastDay = "2026-11-22";
  return [
    file("README.txt", README),
    file(
      "account.csv",
      "email,last_ip,last_password_reset_date,last_email_modified_date,phone_number,creation_date\ngraham.pryce@example.co.uk,81.2.69.160,,1758558120,,1758558120\n",
    ),
    file("activities.csv", activitiesCsv()),
    file(
      "aggregates_calories_earned.csv",
      aggregates((t) => t.calories),
    ),
    file(
      "aggregates_calories_passive.csv",
      aggregates(() => (1820 + between(0, 60) + random()).toFixed(3)),
    ),
    file(
      "aggregates_distance.csv",
      aggregates((t) => Math.round(t.steps * 0.74)),
    ),
    file(
      "aggregates_elevation.csv",
      aggregates(() => between(2, 14)),
    ),
    file(
      "aggregates_steps.csv",
      aggregates((t) => t.steps),
    ),
    file("bp.csv", bpCsv()),
    file(
      "devices.csv",
      "mac,serial,latitude,longitude,battery_level,last_used_date,manual_geoloc,timezone,association_date\n00:24:e4:7a:1c:02,SN-00:24:e4:7a:1c:02,53.8008,-1.5491,81,1763924400,,Europe/London,2026-09-22T06:58:12+01:00\n",
    ),
    file("height.csv", 'Date,"Height (m)",Comments\n"2026-09-22 06:58:40",1.78,\n'),
    file("note.csv", "date,medicines,symptoms,texts\n"),
    file(
      "raw_hr_hr.csv",
      rawCsv(Array.from({ length: 40 }, (_, i) => [Date.parse(`${lastDay}T00:00:00Z`) + i * 10 * 60_000 + between(0, 59) * 1000, [between(50, 60)]])),
    ),
    file("raw_tracker_sleep-state.csv", rawCsv([[Date.parse("2026-11-21T23:12:00Z"), [0, 1, 1, 2, 2, 1]]])),
    file("raw_tracker_steps.csv", rawCsv([[Date.parse(`${lastDay}T10:02:00Z`), [88, 104, 97, 110]]])),
    file("sleep.csv", sleepCsv()),
    file("user.csv", "firstname,lastname,birthdate,gender,creation_date\nGraham,Pryce,-108000000,male,1758558120\n"),
    file("weight.csv", weightCsv()),
  ];
}

/**
 * Questions he asks later, each with the words a right answer holds (all of them, any case), or null for a question
 * nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What was my blood pressure on Wednesday 14 October?", expect: ["139/88"] },
  { question: "How much did I weigh at the start of October?", expect: ["95.8 kg"] },
  { question: "When was my blood pressure highest?", expect: ["164/101"] },
  { question: "How long did I sleep on the night of Saturday 10 October?", expect: ["7 hours 41 minutes"] },
  { question: "What did I note with the reading on Thursday 8 October?", expect: ["forgot", "amlodipine"] },
  { question: "When did I start taking amlodipine?", expect: ["5 October"] },
  { question: "What was my fat mass on Saturday 31 October?", expect: ["27.4 kg"] },
  { question: "How many steps did I take on Saturday 7 November?", expect: ["12,408"] },
  { question: "How far did I walk on Sunday 18 October?", expect: ["9.4 km"] },
  { question: "What was my pulse on Monday 2 November?", expect: ["64 bpm"] },
  { question: "How long did it take me to fall asleep on the night of Wednesday 28 October?", expect: ["48 minutes"] },
  { question: "How much did I weigh on Sunday 22 November?", expect: ["92.4 kg"] },
  { question: "What was my cholesterol at the GP?", expect: null },
  { question: "What was my blood sugar on Monday 12 October?", expect: null },
  { question: "What did the physiotherapist say about my knee?", expect: null },
];

/** The weigher: his unzipped Withings export imported as a folder, asked on Wednesday 25 November 2026. */
export const weigher: Person = {
  name: "weigher",
  files: files(),
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 25, 9, 0),
  questions: QUESTIONS,
};
