/**
 * The dieter: Rob Kerr, in Manchester, logs every meal and every gym session in MyFitnessPal from
 * Tuesday 1 September 2026 to lose weight (92.4 kg when he starts): weights on Mondays, Wednesdays and
 * Fridays, a run most Sundays, his phone's steps every day, a weigh-in most Tuesdays and his waist at the
 * start of each month. He turns 35 on Saturday 17 October (a cheat day he notes as such), has another at
 * Dishoom on Saturday 7 November, and writes a note when his knee gets sore. On Tuesday 1 December he
 * exports his data (MyFitnessPal Premium: Settings → Export Data, the range 1 September to 30 November;
 * MyFitnessPal emails a zip), unzips it and imports the folder (`engram import File-Export-…`). The
 * folder is as MyFitnessPal writes it, `File-Export-2026-09-01-to-2026-11-30/` holding three CSV files
 * (UTF-8, no byte order mark, CRLF line breaks, as the 2026 exports):
 *
 * - `Nutrition-Summary-2026-09-01-to-2026-11-30.csv`: a row per meal per day (the current shape, no `Time`
 *   column), `Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans
 *   Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin
 *   C,Calcium,Iron,Note`, days as `2026-10-17`, a day's meals in the order of their names (Breakfast,
 *   Dinner, Lunch, Post-Workout, Snacks: meal names are the user's, "Post-Workout" his own), every number
 *   with one decimal (`518.0`), Vitamin A to Iron as percentages of the daily value; no food's name. The
 *   day's food note is written on every meal row of its day, as typed: not quoted, its line breaks and
 *   commas raw (the 2019 export's notes are so; no public export shows a note written otherwise);
 * - `Exercise-Summary-2026-09-01-to-2026-11-30.csv`: `Date,Exercise,Type,Exercise Calories,Exercise
 *   Minutes,Sets,Reps Per Set,Kilograms,Steps,Note` (the weight column "Kilograms" for a metric account,
 *   "Pounds" for an imperial one), a row per exercise logged, its day's rows in the order of their names:
 *   cardio from MyFitnessPal's database, whose names hold commas, written in quotes inside the cell
 *   (`"""Running (jogging), 5 mph (12 min mile)""",Cardio,356.0,32,,,,,`), strength with sets, reps and
 *   the weight and no calories or minutes (`"""Bench Press, Barbell""",Strength,,,3,10,60.0,,`), and the
 *   phone's steps as the app's daily "MFP iOS calorie adjustment" (`Cardio,412.0,1,,,,11840,`); the day's
 *   exercise note on its rows;
 * - `Measurement-Summary-2026-09-01-to-2026-11-30.csv`: `Date,Waist,Weight`, a column per measurement in
 *   the order of their names, a row per day with one, the other cells empty, no unit anywhere (his account
 *   is metric: kg, cm).
 *
 * Checked against real exports published with their readers (marcus-furius/health-intel's
 * File-Export-2024-07-02-to-2026-03-02: CRLF, no BOM, the 20-column nutrition header, meals in name order,
 * "Post-Workout", `"""Walking, 3.5 mph, brisk pace"""`, "Health Connect calorie adjustment" rows with
 * steps, "Kilograms", `Date,Weight`; pkeen/500-runs' 2025 export with a `Time` column; kari0219's and
 * ianpcox's older ones with a BOM, "Pounds", strength rows `Strength,,,3,10,20.0,,`, custom meals "Snack
 * (1)", measurement columns `Hips,Neck,Waist,Weight` in name order, and a day's note on every meal row,
 * unquoted over several lines), MyFitnessPal's help page on the export (Premium, emailed as a zip of three
 * files: meal nutrition with food notes, progress, exercise with notes) and a web app's copy of a 2026
 * export ("MFP iOS calorie adjustment" with steps). Hand-written by the developers while trying Engram as
 * its users would, in session 38, before Engram could read MyFitnessPal (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer holds,
 * and questions nothing here answers.
 */
import { seeded } from "./seeded.js";
import type { Person, PersonFile } from "./types.js";

const random = seeded(38);

/** His days, "2026-09-01" … "2026-11-30". */
const DAYS: string[] = [];
for (let t = Date.UTC(2026, 8, 1); t <= Date.UTC(2026, 10, 30); t += 86_400_000) DAYS.push(new Date(t).toISOString().slice(0, 10));

/** The weekday of a day, 0 Sunday … 6 Saturday. */
function weekday(day: string): number {
  return new Date(`${day}T12:00:00Z`).getUTCDay();
}

/** A number as MyFitnessPal writes it: one decimal, no thousands separator ("518.0", "1486.0"). */
function n1(x: number): string {
  return x.toFixed(1);
}

/** A meal as logged: its name, calories, fat, carbohydrates and protein (g). */
type Meal = [name: string, calories: number, fat: number, carbs: number, protein: number];

/** Days whose meals are given exactly (the days he asks about). */
const FIXED_MEALS: Record<string, Meal[]> = {
  // (his birthday: 612.4 + 1,486.0 + 854.3 + 459.6 = 3,412.3)
  "2026-10-17": [
    ["Breakfast", 612.4, 31.2, 54.0, 28.4],
    ["Dinner", 854.3, 38.6, 88.1, 36.2],
    ["Lunch", 1486.0, 71.5, 132.4, 74.8],
    ["Snacks", 459.6, 22.1, 58.7, 5.3],
  ],
  // (protein 38.5 + 52.3 + 41.2 + 10.0 = 142.0)
  "2026-10-08": [
    ["Breakfast", 402.0, 14.2, 30.1, 38.5],
    ["Dinner", 655.8, 21.4, 58.2, 52.3],
    ["Lunch", 498.3, 12.8, 49.6, 41.2],
    ["Snacks", 184.0, 6.1, 22.4, 10.0],
  ],
  // (the cheat day at Dishoom)
  "2026-11-07": [
    ["Breakfast", 388.1, 16.0, 34.2, 26.3],
    ["Dinner", 1734.5, 88.2, 168.0, 52.4],
    ["Lunch", 512.6, 18.9, 50.3, 33.0],
  ],
  "2026-11-13": [
    ["Breakfast", 395.2, 13.6, 36.0, 30.2],
    ["Dinner", 1120.0, 52.0, 102.5, 48.0],
    ["Lunch", 486.4, 15.2, 44.8, 37.1],
    ["Post-Workout", 121.0, 1.9, 3.2, 24.0],
  ],
};

/** The day's food notes, as he typed them (written raw on every meal row of the day). */
const FOOD_NOTES: Record<string, string> = {
  "2026-09-01": "Day 1. Starting properly this time.",
  "2026-09-23": "Forgot to log lunch properly, it was a meal deal from Boots",
  "2026-10-17": "My 35th birthday! Nando's with the lads and cake at Mum's. Not counting today.",
  "2026-11-07": "Cheat day\nDishoom with the work lot, black daal, garlic naan and a gulab jamun. Worth it.",
};

/** The day's exercise notes (on every exercise row of the day). */
const EXERCISE_NOTES: Record<string, string> = {
  "2026-10-20": "Knee sore after Sunday's run, booked the physio for Thursday",
};

/** Days with nothing logged (a weekend in the Lakes). */
const NOT_LOGGED = new Set(["2026-09-12", "2026-09-13"]);

/** A day's meals: the fixed ones, else breakfast, lunch, dinner, snacks some days and a shake after the gym. */
function mealsOf(day: string): Meal[] {
  const fixed = FIXED_MEALS[day];
  if (fixed) return fixed;
  const meal = (name: string, from: number, span: number): Meal => {
    const calories = Math.round((from + random() * span) * 10) / 10;
    const protein = Math.round(((calories * (0.22 + random() * 0.1)) / 4) * 10) / 10;
    const fat = Math.round(((calories * (0.25 + random() * 0.1)) / 9) * 10) / 10;
    const carbs = Math.max(0, Math.round(((calories - protein * 4 - fat * 9) / 4) * 10) / 10);
    return [name, calories, fat, carbs, protein];
  };
  const meals: Meal[] = [meal("Breakfast", 310, 140), meal("Dinner", 560, 300)];
  // (lunch most days: a sandwich at his desk)
  if (random() < 0.92) meals.push(meal("Lunch", 380, 220));
  if ([1, 3, 5].includes(weekday(day))) meals.push(["Post-Workout", 121.0, 1.9, 3.2, 24.0]);
  if (random() < 0.55) meals.push(meal("Snacks", 90, 260));
  return meals.sort((a, b) => a[0].localeCompare(b[0]));
}

/** A nutrition row: the meal's numbers, the others from them (saturated fat, sodium, fibre, sugar …), then the day's note as typed. */
function nutritionRow(day: string, [name, calories, fat, carbs, protein]: Meal, note: string): string {
  const sat = fat * 0.35;
  const cells = [
    day,
    name,
    n1(calories),
    n1(fat),
    n1(sat),
    n1(fat * 0.15),
    n1(fat * 0.3),
    "0.0",
    n1(Math.round(protein * 1.8)),
    n1(Math.round(calories * 1.3)),
    n1(Math.round(calories * 0.6)),
    n1(carbs),
    n1(carbs * 0.09),
    n1(carbs * 0.2),
    n1(protein),
    n1(Math.round(calories / 60)),
    n1(Math.round(calories / 45)),
    n1(Math.round(calories / 70)),
    n1(Math.round(calories / 80)),
    note,
  ];
  return cells.join(",");
}

/** Nutrition-Summary: a row per meal per day, each day's note on every row of it. */
function nutritionCsv(): string {
  const header =
    "Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note";
  const rows = DAYS.filter((d) => !NOT_LOGGED.has(d)).flatMap((day) =>
    mealsOf(day).map((m) => nutritionRow(day, m, (FOOD_NOTES[day] ?? "").replace(/\n/g, "\r\n"))),
  );
  return `${[header, ...rows].join("\r\n")}\r\n`;
}

/** An exercise as logged: its name as MyFitnessPal's database or he wrote it, its type, calories, minutes, sets, reps, kilograms and steps. */
type Exercise = {
  name: string;
  type: "Cardio" | "Strength";
  calories?: number;
  minutes?: number;
  sets?: number;
  reps?: number;
  kg?: number;
  steps?: number;
};

const RUN = "Running (jogging), 5 mph (12 min mile)";
const WALK = "Walking, 3.5 mph, brisk pace";
const SWIM = "Swimming laps, freestyle, slow";
const BENCH = "Bench Press, Barbell";
const SQUAT = "Barbell Squat";
const PULLDOWN = "Lat Pulldown";
const DEADLIFT = "Deadlift, Barbell";
const STEPS = "MFP iOS calorie adjustment";

/** Days whose exercise is given exactly. */
const FIXED_EXERCISE: Record<string, Exercise[]> = {
  "2026-10-04": [{ name: RUN, type: "Cardio", calories: 356, minutes: 32 }],
  "2026-10-24": [{ name: SWIM, type: "Cardio", calories: 390, minutes: 40 }],
  "2026-11-02": [
    { name: BENCH, type: "Strength", sets: 3, reps: 10, kg: 60 },
    { name: SQUAT, type: "Strength", sets: 3, reps: 8, kg: 70 },
    { name: PULLDOWN, type: "Strength", sets: 3, reps: 12, kg: 45 },
  ],
  "2026-11-27": [
    { name: SQUAT, type: "Strength", sets: 5, reps: 5, kg: 80 },
    { name: DEADLIFT, type: "Strength", sets: 3, reps: 5, kg: 90 },
  ],
};

/** The steps his phone counted, by day where he asks (else drawn). */
const FIXED_STEPS: Record<string, number> = { "2026-10-10": 14206 };

/** Weeks since he started (0 in his first week). */
function weekOf(day: string): number {
  return Math.floor((Date.parse(`${day}T00:00:00Z`) - Date.UTC(2026, 8, 1)) / (7 * 86_400_000));
}

/** A day's exercise: gym on Monday, Wednesday and Friday (heavier each fortnight), a run on Sundays (none while his knee mends), a brisk walk some days, and the phone's steps. */
function exerciseOf(day: string): Exercise[] {
  const out: Exercise[] = [...(FIXED_EXERCISE[day] ?? [])];
  const w = weekOf(day);
  const dow = weekday(day);
  const kneeSore = day >= "2026-10-19" && day <= "2026-10-31";
  if (!FIXED_EXERCISE[day]) {
    const step = Math.floor(w / 2) * 2.5;
    if (dow === 1) {
      out.push({ name: BENCH, type: "Strength", sets: 3, reps: 10, kg: 45 + step });
      out.push({ name: PULLDOWN, type: "Strength", sets: 3, reps: 12, kg: 35 + step });
    } else if (dow === 3) {
      out.push({ name: SQUAT, type: "Strength", sets: 3, reps: 8, kg: 50 + step });
      out.push({ name: DEADLIFT, type: "Strength", sets: 3, reps: 5, kg: 60 + step });
    } else if (dow === 5) {
      out.push({ name: BENCH, type: "Strength", sets: 3, reps: 8, kg: 47.5 + step });
      out.push({ name: SQUAT, type: "Strength", sets: 3, reps: 8, kg: 50 + step });
    } else if (dow === 0 && !kneeSore) {
      // (never 32 minutes but on the 4th of October)
      const minutes = [26, 28, 30, 34, 36, 38][Math.floor(random() * 6)]!;
      out.push({ name: RUN, type: "Cardio", calories: Math.round(minutes * 11.2), minutes });
    } else if (random() < 0.3) {
      // (never 32 minutes either)
      const drawn = 25 + Math.floor(random() * 25);
      const minutes = drawn === 32 ? 33 : drawn;
      out.push({ name: WALK, type: "Cardio", calories: Math.round(minutes * 5.1), minutes });
    }
  }
  const steps = FIXED_STEPS[day] ?? 5200 + Math.floor(random() * 7800);
  out.push({ name: STEPS, type: "Cardio", calories: Math.round(steps * 0.036), minutes: 1, steps });
  return out;
}

/** An exercise's name as the 2026 export writes a name holding a comma: quotes inside the cell (`"""Walking, 3.5 mph, brisk pace"""`). */
function nameCell(name: string): string {
  return name.includes(",") ? `"""${name}"""` : name;
}

/** Exercise-Summary: a row per exercise, each day's in the order of their names as written, its note on each. */
function exerciseCsv(): string {
  const header = "Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Kilograms,Steps,Note";
  const rows = DAYS.filter((d) => !NOT_LOGGED.has(d)).flatMap((day) =>
    exerciseOf(day)
      .map((e) => [
        nameCell(e.name),
        [
          day,
          nameCell(e.name),
          e.type,
          e.calories === undefined ? "" : n1(e.calories),
          e.minutes === undefined ? "" : String(e.minutes),
          e.sets === undefined ? "" : String(e.sets),
          e.reps === undefined ? "" : String(e.reps),
          e.kg === undefined ? "" : n1(e.kg),
          e.steps === undefined ? "" : String(e.steps),
          EXERCISE_NOTES[day] ?? "",
        ].join(","),
      ])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row),
  );
  return `${[header, ...rows].join("\r\n")}\r\n`;
}

/** His weigh-ins (kg): most Tuesdays, down from 92.4; back up a little after his birthday; 85.0 on the Thursday before the export. */
const WEIGH_INS: Array<[day: string, kg: number]> = [
  ["2026-09-01", 92.4],
  ["2026-09-08", 91.8],
  ["2026-09-15", 91.5],
  ["2026-09-22", 90.9],
  ["2026-09-29", 90.6],
  ["2026-10-06", 90.1],
  ["2026-10-13", 89.7],
  ["2026-10-20", 89.9],
  ["2026-10-27", 89.2],
  ["2026-11-03", 88.4],
  ["2026-11-10", 87.6],
  ["2026-11-17", 86.8],
  ["2026-11-24", 85.7],
  ["2026-11-26", 85.0],
];

/** His waist (cm), at the start of each month and at the end. */
const WAIST: Record<string, number> = { "2026-09-01": 101.0, "2026-10-01": 99.0, "2026-11-01": 96.0, "2026-11-30": 94.5 };

/** Measurement-Summary: `Date,Waist,Weight`, a row per day with a measurement. */
function measurementCsv(): string {
  const weights = new Map(WEIGH_INS);
  const days = [...new Set([...weights.keys(), ...Object.keys(WAIST)])].sort();
  const rows = days.map((d) => `${d},${WAIST[d] === undefined ? "" : n1(WAIST[d])},${weights.has(d) ? n1(weights.get(d)!) : ""}`);
  return `${["Date,Waist,Weight", ...rows].join("\r\n")}\r\n`;
}

const FOLDER = "File-Export-2026-09-01-to-2026-11-30";
const RANGE = "2026-09-01-to-2026-11-30";
const MADE = Date.UTC(2026, 11, 1, 19, 42);

/** His unzipped export: the three CSV files in their folder. */
function files(): PersonFile[] {
  // (each generated in turn: the nutrition file draws its numbers before the exercise file)
  const nutrition = nutritionCsv();
  const exercise = exerciseCsv();
  return [
    { name: `${FOLDER}/Nutrition-Summary-${RANGE}.csv`, text: nutrition, mtime: MADE },
    { name: `${FOLDER}/Exercise-Summary-${RANGE}.csv`, text: exercise, mtime: MADE },
    { name: `${FOLDER}/Measurement-Summary-${RANGE}.csv`, text: measurementCsv(), mtime: MADE },
  ];
}

/**
 * Questions he asks later, each with the words a right answer holds (all of them, any case), or null
 * for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How many calories did I eat on my birthday?", expect: ["3,412"] },
  { question: "When did I get down to 85 kg?", expect: ["26 November"] },
  { question: "How much did I weigh when I started on 1 September?", expect: ["92.4"] },
  { question: "What exercise did I log on Monday 2 November?", expect: ["bench press", "squat", "lat pulldown"] },
  { question: "What did I write about my cheat day at Dishoom?", expect: ["black daal"] },
  { question: "How much protein did I have on Thursday 8 October?", expect: ["142"] },
  { question: "How long did I run for on Sunday 4 October?", expect: ["32 minutes"] },
  { question: "How many steps did I do on Saturday 10 October?", expect: ["14,206"] },
  { question: "What was my waist measurement on 1 November?", expect: ["96"] },
  { question: "How many calories did I have for dinner on Friday 13 November?", expect: ["1,120"] },
  { question: "How heavy did I squat on Friday 27 November?", expect: ["80 kg"] },
  { question: "What did I do about my sore knee?", expect: ["physio"] },
  { question: "What was my blood pressure in October?", expect: null },
  { question: "How much water did I drink on Tuesday 6 October?", expect: null },
  { question: "What's my goal weight?", expect: null },
];

/** The dieter: his unzipped MyFitnessPal export imported as a folder, asked on Friday 4 December 2026. */
export const dieter: Person = {
  name: "dieter",
  files: files(),
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 4, 9, 30),
  questions: QUESTIONS,
};
