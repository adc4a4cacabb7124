/**
 * The lifter: Callum Reid, in Leeds, started StrongLifts 5×5 in the Strong app on Monday 3 August (Workout A: squat,
 * bench press, barbell row; Workout B: squat, overhead press, deadlift; Monday, Wednesday and Friday evenings). His left
 * shoulder twinged on the bench on Wednesday 16 September and he went light on the overhead press that Friday. After
 * eight weeks he exported his Strong history (Settings → Export Strong Data: `strong.csv`) and moved to Hevy for a
 * push/pull/legs split, six days a week, from Monday 28 September; his new lever belt's first day was Thursday 8
 * October; he skipped deadlifts on Saturday 31 October with a tight lower back. On Sunday 1 November he exports his Hevy
 * workouts (Settings → Export & Import Data → Export workouts: `workout_data.csv`) and imports both files.
 *
 * The files as the apps write them, checked against public exports and readers of them:
 * - Strong's `strong.csv` (the iOS export's comma form): the header `Date,Workout Name,Duration,Exercise Name,Set
 *   Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE` and a row per set, oldest first, as in real exports
 *   (LinusJacobsson/Strong-Data-Visualization's 2022 file, 7o1234/workout-thing's 2023 one, shreybirmiwal/strong-stats'
 *   2025 one); `Date` "2025-06-03 20:23:00" on the phone's clock with no zone; `Duration` "1h 6m", "55m"; quoted names;
 *   `Weight` "35.0" with no unit (the app's setting: his is kilograms), `Reps` "10.0" and `Seconds` "0.0" as the 2025
 *   file writes them; a "Rest Timer" row after each set (`Set Order` "Rest Timer", its rest in `Seconds`, "120.0", as
 *   shreybirmiwal's 109 rows); the exercise's note in `Notes` on its first row (`""` when none, as 7o1234's "6-8 Reps /
 *   Plate Weight Total"), the workout's in `Workout Notes` on the workout's first row only (7o1234's "Sundays"); RPE
 *   last, empty when not logged (camster811's Android export has "9.5", "10"); a warm-up set's `Set Order` "W" in place
 *   of its number (Strong's help article on set tags; matias-ceau/biovector's real export has "W", "D" and "F" rows). LF
 *   line breaks, no byte order mark.
 * - Hevy's `workout_data.csv`: the header `"title","start_time","end_time","description","exercise_title",
 *   "superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"`,
 *   every header cell quoted, text cells quoted, numbers bare, as in real exports (TonyTromp/HevyConnect's
 *   workouts.csv, DaKheera47/strong-statistics' sample_hevy.csv); newest workout first; times "5 Dec 2025, 11:37" with
 *   no zone; `set_index` counted from 0 within an exercise, warm-ups included; `set_type` "warmup", "normal", "failure"
 *   or "dropset" (the four of Hevy's public API); `weight_kg` empty for a body-weight set (HevyConnect's pull-ups);
 *   `duration_seconds` 0 and `rpe` "8.5" or empty (sample_hevy.csv); `exercise_notes` and `description` repeated on
 *   every row of their exercise and workout, a note with a line break inside its quotes (sample_hevy.csv's calf press);
 *   `superset_id` a number shared by an exercise pair, 0 from each workout's first.
 * Hand-written by the developers in session 39 before Engram could read either export (the first run's figures are in
 * bench/README.md), with the questions he asks later, the words a right answer holds, and three nothing here answers.
 */
import type { Person, PersonFile, Question } from "./types.js";

/** A set as logged: its weight (kg, null for none), reps, and what kind of set it was. */
interface Lift {
  kg: number | null;
  reps: number;
  kind?: "warmup" | "failure" | "dropset";
  rpe?: number;
}

/** An exercise of a workout: its name as the app lists it, its sets, its note, and the superset it is in (Hevy). */
interface Exercise {
  name: string;
  sets: Lift[];
  note?: string;
  superset?: number;
}

/** A workout: its day, start ("18:05"), length in minutes, name, exercises and note. */
interface Workout {
  day: string;
  at: string;
  minutes: number;
  name: string;
  exercises: Exercise[];
  note?: string;
}

/** `n` sets of `reps` at `kg` (a 5×5's working sets), with an RPE on the last when given. */
function sets(n: number, kg: number, reps: number, lastRpe?: number): Lift[] {
  return Array.from({ length: n }, (_, i) => ({ kg, reps, ...(lastRpe !== undefined && i === n - 1 ? { rpe: lastRpe } : {}) }));
}

/** Sets of `reps` each at `kg` ("5,5,5,4,3"). */
function reps(kg: number, each: number[]): Lift[] {
  return each.map((r) => ({ kg, reps: r }));
}

/** Warm-up sets, each [kg, reps]. */
function warmups(...each: Array<[number, number]>): Lift[] {
  return each.map(([kg, r]) => ({ kg, reps: r, kind: "warmup" as const }));
}

// ───────────────────────── Strong: StrongLifts 5×5, Monday 3 August to Friday 25 September ─────────────────────────

/** His Strong sessions in order: the day, the start, the minutes, A or B. */
const STRONG_DAYS: Array<[string, string, number, "A" | "B"]> = [
  ["2026-08-03", "18:05:12", 48, "A"],
  ["2026-08-05", "18:12:40", 51, "B"],
  ["2026-08-07", "17:58:03", 50, "A"],
  ["2026-08-10", "18:20:55", 55, "B"],
  ["2026-08-12", "18:02:19", 53, "A"],
  ["2026-08-14", "18:31:07", 58, "B"],
  ["2026-08-17", "18:07:44", 56, "A"],
  ["2026-08-19", "18:15:30", 61, "B"],
  ["2026-08-21", "17:49:12", 57, "A"],
  ["2026-08-24", "18:11:09", 63, "B"],
  ["2026-08-28", "18:04:51", 60, "A"],
  ["2026-08-31", "10:32:26", 66, "B"],
  ["2026-09-02", "18:09:14", 62, "A"],
  ["2026-09-04", "18:24:38", 72, "B"],
  ["2026-09-07", "18:06:02", 64, "A"],
  ["2026-09-09", "18:13:47", 68, "B"],
  ["2026-09-11", "18:01:33", 65, "A"],
  ["2026-09-14", "18:18:20", 70, "B"],
  ["2026-09-16", "18:10:05", 58, "A"],
  ["2026-09-18", "18:22:41", 61, "B"],
  ["2026-09-21", "18:03:56", 63, "A"],
  ["2026-09-23", "18:16:29", 69, "B"],
  ["2026-09-25", "18:08:11", 64, "A"],
];

/** Squat working sets, session by session (a stall at 100, a deload to 92.5, the climb back). */
const SQUAT: Lift[][] = [
  ...[70, 72.5, 75, 77.5, 80, 82.5, 85, 87.5, 90, 92.5, 95, 97.5].map((kg) => sets(5, kg, 5)),
  reps(100, [5, 5, 5, 4, 3]),
  reps(100, [5, 5, 5, 5, 4]),
  sets(5, 100, 5, 9),
  reps(102.5, [5, 5, 4, 4, 3]),
  ...[92.5, 95, 97.5, 100, 102.5].map((kg) => sets(5, kg, 5)),
  sets(5, 105, 5, 8.5),
  sets(5, 105, 5, 8),
];

/** Workout A's bench press and barbell row, A session by A session. */
const BENCH: Lift[][] = [
  ...[60, 62.5, 65, 67.5, 70, 72.5, 75, 77.5].map((kg) => sets(5, kg, 5)),
  reps(80, [5, 5, 5, 4, 4]),
  reps(80, [5, 5, 3]),
  sets(5, 70, 5),
  sets(5, 75, 5, 8),
];
const ROW = [50, 52.5, 55, 57.5, 60, 62.5, 65, 67.5, 70, 70, 65, 67.5];

/** Workout B's overhead press and deadlift, B session by B session. */
const PRESS: Lift[][] = [
  ...[40, 42.5, 45, 47.5, 50].map((kg) => sets(5, kg, 5)),
  reps(50, [5, 5, 4, 4, 3]),
  reps(50, [5, 5, 5, 4, 4]),
  sets(5, 52.5, 5),
  reps(52.5, [5, 5, 5, 4, 3]),
  sets(5, 40, 5),
  sets(5, 45, 5),
];
const DEADLIFT = [100, 105, 110, 115, 120, 125, 130, 132.5, 135, 137.5, 140];

/** What he wrote in Strong: the workout's note and each exercise's, by session (its index in STRONG_DAYS). */
const STRONG_NOTES: Record<number, { workout?: string; exercise?: Record<string, string> }> = {
  0: { workout: "First day of StrongLifts 5x5. Starting light to learn the form." },
  11: { workout: "Bank holiday, gym quiet. Trained in the morning." },
  12: { exercise: { "Squat (Barbell)": "Failed the 4th and 5th sets at 100. Repeat next time." } },
  13: { workout: "Long one, waited 15 minutes for the squat rack." },
  18: {
    exercise: {
      "Bench Press (Barbell)": "Left shoulder twinged on the 3rd set, stopped at 3 reps. Ice tonight, no pressing through pain.",
    },
  },
  19: { exercise: { "Overhead Press (Barbell)": "Went light on OHP, left shoulder still sore at the top." } },
  22: { workout: "Last week on Strong, moving to Hevy and a PPL split on Monday." },
};

/** His Strong workouts, as he logged them. */
const STRONG_WORKOUTS: Workout[] = (() => {
  let a = 0;
  let b = 0;
  return STRONG_DAYS.map(([day, at, minutes, which], i) => {
    const squat = SQUAT[i]!;
    const top = squat[0]!.kg!;
    const ex: Exercise[] = [{ name: "Squat (Barbell)", sets: [...warmups([20, 5], [20, 5], [Math.round((top * 0.6) / 2.5) * 2.5, 5]), ...squat] }];
    if (which === "A") {
      const bench = BENCH[a]!;
      ex.push({ name: "Bench Press (Barbell)", sets: [...warmups([20, 5], [Math.round((bench[0]!.kg! * 0.6) / 2.5) * 2.5, 5]), ...bench] });
      ex.push({ name: "Bent Over Row (Barbell)", sets: [...warmups([30, 5]), ...sets(5, ROW[a]!, 5)] });
      a++;
    } else {
      const press = PRESS[b]!;
      ex.push({ name: "Overhead Press (Barbell)", sets: [...warmups([20, 5]), ...press] });
      ex.push({ name: "Deadlift (Barbell)", sets: [...warmups([60, 5], [Math.round((DEADLIFT[b]! * 0.7) / 2.5) * 2.5, 3]), { kg: DEADLIFT[b]!, reps: 5 }] });
      b++;
    }
    const notes = STRONG_NOTES[i] ?? {};
    for (const e of ex) if (notes.exercise?.[e.name]) e.note = notes.exercise[e.name];
    return { day, at, minutes, name: `5x5 Workout ${which}`, exercises: ex, ...(notes.workout ? { note: notes.workout } : {}) };
  });
})();

/** A number as Strong's 2025 export writes it: one decimal at least ("35.0", "102.5"). */
function strongNumber(n: number): string {
  return Number.isInteger(n) ? n.toFixed(1) : String(n);
}

/** A duration as Strong writes it: "48m", "1h 12m". */
function strongDuration(minutes: number): string {
  return minutes >= 60 ? `${Math.floor(minutes / 60)}h ${minutes % 60}m` : `${minutes}m`;
}

/** A text cell as Strong writes it: quoted, its quotes doubled. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** His `strong.csv`: a row per set and a Rest Timer row after each, as the iOS export writes them. */
function strongCsv(): string {
  const lines = ["Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE"];
  for (const w of STRONG_WORKOUTS) {
    const head = `${w.day} ${w.at},${quoted(w.name)},${strongDuration(w.minutes)}`;
    w.exercises.forEach((e, ei) => {
      let n = 0;
      e.sets.forEach((s, si) => {
        const order = s.kind === "warmup" ? "W" : s.kind === "dropset" ? "D" : s.kind === "failure" ? "F" : String(++n);
        // (the exercise's note on its first row, `""` when none; the workout's on the workout's first row only)
        const notes = si === 0 ? quoted(e.note ?? "") : "";
        const workoutNotes = si === 0 && ei === 0 ? quoted(w.note ?? "") : "";
        lines.push(`${head},${quoted(e.name)},${order},${strongNumber(s.kg ?? 0)},${strongNumber(s.reps)},0,0.0,${notes},${workoutNotes},${s.rpe ?? ""}`);
        const rest = s.kind === "warmup" ? 60 : e.name.startsWith("Squat") || e.name.startsWith("Deadlift") ? 180 : 120;
        lines.push(`${head},${quoted(e.name)},Rest Timer,0,0.0,0,${strongNumber(rest)},,,`);
      });
    });
  }
  return `${lines.join("\n")}\n`;
}

// ───────────────────────── Hevy: push/pull/legs, Monday 28 September to Saturday 31 October ─────────────────────────

/** The legs day's exercises: squat at `squat` kg (its sets' RPEs), the rest as the weeks go. */
function legs(squat: number, rpes: number[], week: number): Exercise[] {
  return [
    {
      name: "Squat (Barbell)",
      sets: [...warmups([20, 10], [60, 5], [Math.round((squat * 0.8) / 2.5) * 2.5, 3]), ...rpes.map((rpe) => ({ kg: squat, reps: 5, rpe }))],
    },
    { name: "Romanian Deadlift (Barbell)", sets: sets(3, 80 + 5 * week, 8, 8) },
    {
      name: "Leg Press (Machine)",
      sets: [...sets(2, 160 + 10 * week, 10), { kg: 120 + 10 * week, reps: 12, kind: "dropset" as const }],
    },
    { name: "Lying Leg Curl (Machine)", sets: sets(3, 40 + 2.5 * week, 12) },
    { name: "Standing Calf Raise (Machine)", sets: [...sets(2, 90, 15), { kg: 90, reps: 13, kind: "failure" as const }] },
  ];
}

/** The push day's exercises: bench at `bench` kg for `benchReps`, then the press and the accessories. */
function push(bench: number, benchReps: number[], week: number, benchNote?: string): Exercise[] {
  return [
    {
      name: "Bench Press (Barbell)",
      sets: [...warmups([20, 10], [50, 5], [Math.round((bench * 0.8) / 2.5) * 2.5, 3]), ...benchReps.map((r, i) => ({ kg: bench, reps: r, rpe: 8 + i * 0.5 }))],
      ...(benchNote ? { note: benchNote } : {}),
    },
    { name: "Overhead Press (Barbell)", sets: sets(3, 45 + 2.5 * Math.floor(week / 2), 8, 8.5) },
    { name: "Incline Bench Press (Dumbbell)", sets: sets(3, 26 + 2 * Math.floor(week / 2), 10) },
    {
      name: "Lateral Raise (Dumbbell)",
      sets: [...sets(2, 10, 15), { kg: 6, reps: 15, kind: "dropset" as const }],
      superset: 0,
    },
    { name: "Triceps Pushdown", sets: sets(3, 30 + 2.5 * week, 12), superset: 0 },
  ];
}

/** The pull day's exercises: a deadlift top set at `deadlift` kg (none when null), then pulls and rows. */
function pull(deadlift: number | null, week: number): Exercise[] {
  return [
    ...(deadlift
      ? [
          {
            name: "Deadlift (Barbell)",
            sets: [...warmups([60, 5], [100, 3], [Math.round((deadlift * 0.85) / 2.5) * 2.5, 1]), { kg: deadlift, reps: 5, rpe: 9 }],
          },
        ]
      : []),
    {
      name: "Pull Up",
      sets: [
        { kg: null, reps: 10 },
        { kg: null, reps: 8 },
        { kg: null, reps: 7, kind: "failure" as const },
      ],
    },
    { name: "Bent Over Row (Barbell)", sets: sets(3, 70 + 2.5 * week, 8) },
    { name: "Face Pull", sets: sets(3, 25, 15), superset: 0 },
    { name: "Hammer Curl (Dumbbell)", sets: sets(3, 14 + 2 * Math.floor(week / 2), 10), superset: 0 },
  ];
}

/** His Hevy workouts, oldest first (the file writes them newest first): [day, start, end, title, exercises, description]. */
const HEVY_WORKOUTS: Array<{ day: string; from: string; to: string; title: string; exercises: Exercise[]; description?: string }> = [
  { day: "2026-09-28", from: "18:04", to: "19:12", title: "Legs", exercises: legs(100, [7, 7.5, 8], 0), description: "First PPL week on Hevy." },
  {
    day: "2026-09-29",
    from: "18:10",
    to: "19:18",
    title: "Push",
    exercises: push(80, [5, 5, 5], 0, "Left shoulder fine at 80 with elbows tucked and a pause on the chest."),
  },
  { day: "2026-09-30", from: "18:02", to: "19:05", title: "Pull", exercises: pull(140, 0) },
  { day: "2026-10-01", from: "18:15", to: "19:20", title: "Legs", exercises: legs(102.5, [7.5, 8, 8], 0) },
  { day: "2026-10-02", from: "17:55", to: "19:01", title: "Push", exercises: push(82.5, [5, 5, 5], 0) },
  { day: "2026-10-03", from: "10:20", to: "11:24", title: "Pull", exercises: pull(142.5, 0) },
  { day: "2026-10-05", from: "18:06", to: "19:14", title: "Legs", exercises: legs(102.5, [7, 7.5, 8], 1) },
  { day: "2026-10-06", from: "18:12", to: "19:20", title: "Push", exercises: push(82.5, [6, 5, 5], 1) },
  { day: "2026-10-07", from: "18:01", to: "19:03", title: "Pull", exercises: pull(145, 1) },
  {
    day: "2026-10-08",
    from: "18:09",
    to: "19:21",
    title: "Legs",
    exercises: legs(105, [7, 7.5, 8], 1),
    description: "First session with the new SBD lever belt.\nSquats felt far more braced.",
  },
  { day: "2026-10-09", from: "17:52", to: "18:58", title: "Push", exercises: push(85, [5, 5, 4], 1) },
  { day: "2026-10-10", from: "10:35", to: "11:40", title: "Pull", exercises: pull(147.5, 1) },
  { day: "2026-10-12", from: "18:02", to: "19:14", title: "Legs", exercises: legs(107.5, [8, 8.5, 9], 2) },
  { day: "2026-10-13", from: "18:07", to: "19:12", title: "Push", exercises: push(85, [5, 5, 5], 2) },
  { day: "2026-10-14", from: "18:11", to: "19:16", title: "Pull", exercises: pull(150, 2) },
  { day: "2026-10-15", from: "18:05", to: "19:10", title: "Legs", exercises: legs(107.5, [7.5, 8, 8.5], 2) },
  { day: "2026-10-16", from: "17:58", to: "19:04", title: "Push", exercises: push(87.5, [5, 4, 4], 2) },
  { day: "2026-10-17", from: "10:12", to: "11:15", title: "Pull", exercises: pull(150, 2) },
  { day: "2026-10-19", from: "18:03", to: "19:15", title: "Legs", exercises: legs(110, [8, 8.5, 9], 3) },
  { day: "2026-10-20", from: "18:14", to: "19:22", title: "Push", exercises: push(87.5, [5, 5, 5], 3) },
  { day: "2026-10-21", from: "18:06", to: "19:11", title: "Pull", exercises: pull(152.5, 3) },
  { day: "2026-10-22", from: "18:10", to: "19:13", title: "Legs", exercises: legs(110, [8, 8.5, 8.5], 3) },
  { day: "2026-10-23", from: "18:00", to: "19:07", title: "Push", exercises: push(90, [5, 4, 4], 3) },
  { day: "2026-10-24", from: "10:28", to: "11:33", title: "Pull", exercises: pull(155, 3) },
  { day: "2026-10-26", from: "18:04", to: "19:16", title: "Legs", exercises: legs(112.5, [8, 8.5, 9], 4) },
  {
    day: "2026-10-27",
    from: "18:08",
    to: "19:26",
    title: "Push",
    exercises: push(92.5, [3, 3, 2], 4),
    description: "Heavy triples on bench today. 92.5 moved well.",
  },
  { day: "2026-10-28", from: "18:03", to: "19:09", title: "Pull", exercises: pull(157.5, 4) },
  { day: "2026-10-29", from: "18:12", to: "19:17", title: "Legs", exercises: legs(112.5, [8, 8.5, 9], 4) },
  { day: "2026-10-30", from: "17:59", to: "19:02", title: "Push", exercises: push(90, [5, 5, 4], 4) },
  {
    day: "2026-10-31",
    from: "10:40",
    to: "11:32",
    title: "Pull",
    exercises: pull(null, 4),
    description: "Skipped deadlifts, lower back tight since Thursday. Rows light.",
  },
];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A time as Hevy writes it: "12 Oct 2026, 18:02" (the day unpadded). */
function hevyTime(day: string, at: string): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}, ${at}`;
}

/** His `workout_data.csv`: a row per set, newest workout first, as Hevy writes it. */
function hevyCsv(): string {
  const lines = [
    '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"',
  ];
  for (const w of [...HEVY_WORKOUTS].reverse()) {
    const head = `${quoted(w.title)},${quoted(hevyTime(w.day, w.from))},${quoted(hevyTime(w.day, w.to))},${quoted(w.description ?? "")}`;
    for (const e of w.exercises) {
      e.sets.forEach((s, i) => {
        lines.push(
          [head, quoted(e.name), e.superset ?? "", quoted(e.note ?? ""), i, quoted(s.kind ?? "normal"), s.kg ?? "", s.reps, "", 0, s.rpe ?? ""].join(","),
        );
      });
    }
  }
  return `${lines.join("\n")}\n`;
}

/** His two exports, as the apps save them. */
const FILES: PersonFile[] = [
  { name: "strong.csv", text: strongCsv(), mtime: Date.UTC(2026, 8, 26, 9, 14) },
  { name: "workout_data.csv", text: hevyCsv(), mtime: Date.UTC(2026, 10, 1, 20, 3) },
];

/**
 * Questions he asks later, each with the words a right answer holds (all of them, any case), or null for a question
 * nothing here answers (a right answer abstains).
 */
const QUESTIONS: Question[] = [
  { question: "What did I squat on Monday 12 October?", expect: ["107.5"] },
  { question: "When did I last do deadlifts?", expect: ["28 October"] },
  { question: "What's my heaviest bench press?", expect: ["92.5"] },
  { question: "How long was my workout on Friday 4 September?", expect: ["1 hour 12 minutes"] },
  { question: "What did I note about my shoulder?", expect: ["left shoulder"] },
  { question: "When did I first use my new belt?", expect: ["8 October"] },
  { question: "What did I deadlift on Wednesday 23 September?", expect: ["140"] },
  { question: "How much did I overhead press on Friday 18 September?", expect: ["40"] },
  { question: "When did I start StrongLifts?", expect: ["3 August"] },
  { question: "How long was my push workout on Tuesday 27 October?", expect: ["1 hour 18 minutes"] },
  { question: "What weight did I use for barbell rows on Monday 7 September?", expect: ["67.5"] },
  { question: "Which exercise did I superset with face pulls?", expect: ["Hammer Curl"] },
  { question: "How much did my new belt cost?", expect: null },
  { question: "What was my heart rate during my legs workout on Monday 12 October?", expect: null },
  { question: "Who spotted me on bench press?", expect: null },
];

/** The lifter: his Strong export and his Hevy export, each imported on its own, asked on Monday 2 November 2026. */
export const lifter: Person = {
  name: "lifter",
  files: FILES,
  askedAt: Date.UTC(2026, 10, 2, 9, 0),
  questions: QUESTIONS,
};
