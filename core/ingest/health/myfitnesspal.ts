/**
 * MyFitnessPal's data export (Premium: Settings → Export Data, a date range; MyFitnessPal emails a zip
 * that unzips to `File-Export-<from>-to-<to>/`) → a note of the user's per day of what was logged
 * (format `note`, said by the user; the file's format `myfitnesspal`), keyed `myfitnesspal:day:2026-10-17`,
 * titled "MyFitnessPal, Saturday 17 October 2026", an app's records of the day (`records: "day"`). Its
 * three CSV files, each told by its header whatever its name:
 *
 * - `Nutrition-Summary-<from>-to-<to>.csv`: `Date,Meal,[Time,]Calories,Fat (g),Saturated Fat,…,Sodium
 *   (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin C,Calcium,Iron[,Note]`, a
 *   row per meal per day (the meal's name the user's: "Breakfast", "Snacks", "Post-Workout", "Snack (1)"),
 *   or, with a `Time` ("10:45 AM", often empty), a row per food logged, summed here by meal; no food's
 *   name in any. Each meal is a paragraph, "For dinner on Friday 13 November I had 1,120 calories (protein
 *   48 g, carbs 103 g, fat 52 g).", named `meal 2026-11-13 Dinner`; the day's total another, "On Friday 13
 *   November I ate 2,122 calories in all; protein 139 g, carbs 187 g, fat 83 g, fibre 17 g, sugar 37 g,
 *   sodium 2,759 mg.", `food 2026-11-13`. Vitamin A to Iron, percentages of a daily value, are kept in
 *   metadata only, as are the other fats, cholesterol and potassium;
 * - `Exercise-Summary-….csv`: `Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per
 *   Set,Kilograms|Pounds,Steps,Note` (the weight's column named by the account's unit), a row per exercise:
 *   cardio ("Went for a run for 32 minutes on Sunday 4 October ("Running (jogging), 5 mph (12 min mile)",
 *   356 calories burned).": the activity said as fitbit-words.ts says Fitbit's, found by the name's first
 *   words), strength ("Did 3 sets of 10 reps of bench press (barbell) at 60 kg on Monday 2 November."),
 *   and the calories a tracker or the phone added with its steps, "<source> calorie adjustment" ("On
 *   Saturday 10 October I took 14,206 steps (MFP iOS, 511 exercise calories)."), each named by the day and
 *   the exercise (`exercise 2026-11-02 Bench Press, Barbell`, a second of the same name `#2`);
 * - `Measurement-Summary-….csv`: `Date` and a column per measurement in the order of their names
 *   (`Weight`, `Waist`, `Hips`, `Neck`, the user's own: "Fitbit body fat %"), a row per day with one: "On
 *   Tuesday 1 September I weighed 92.4 kg and my waist was 101.", `measurements 2026-09-01`; the weight in
 *   kg or lb as the Exercise-Summary beside it names its column (the export writes no unit), the others as
 *   written, with no unit.
 *
 * The day's food note and exercise note (the `Note` columns: written on every row of the day) are each a
 * paragraph of the user's own words (`food note 2026-11-07`, `exercise note 2026-10-20`), told once. The
 * older exports write a note as typed, unquoted, its commas and line breaks raw: a row with cells past the
 * header's is its note's commas, and a line that opens with no day is the note's next line (a blank line
 * within kept). A cell MyFitnessPal wraps in quotes of its own (`"""Walking, 3.5 mph, brisk pace"""`, the
 * 2026 exports' exercise names) is read without them.
 *
 * Days: `2026-10-17`, the user's own (read as UTC: a paragraph is said at the day's noon, a meal with a
 * time at its first time). Importing the export again adds nothing; a later export (another range, or the
 * same days with more logged) adds the days new since, and a paragraph whose words changed (a meal logged
 * after) supersedes what was remembered of it. A file's days are held until it ends (at most
 * {@link MAX_DAYS_HELD} at once, the oldest given first: the export writes its rows in day order).
 *
 * Checked against real exports published with their readers: marcus-furius/health-intel's
 * `File-Export-2024-07-02-to-2026-03-02` (CRLF, no byte order mark, the 20-column nutrition header, meals
 * in name order, "Post-Workout", `"""Walking, 3.5 mph, brisk pace"""`, "Health Connect calorie
 * adjustment" rows with steps, "Kilograms", `Date,Weight`), pkeen/500-runs' 2025 export (a `Time` column,
 * a row per food, "MapMyFitness calorie adjustment" with no steps), kari0219/health_stats' and
 * ianpcox/ED-Gym-Rat-Viz's older ones (a byte order mark, "Pounds", strength rows `Strength,,,3,10,20.0,,`,
 * the meals "Preworkout/Workout" and "Snack (1)", measurements `CycleTime,Weight,n_Body Fat` and `Fitbit
 * body fat %,…,Hips,Neck,Waist,Weight`, a day's note on every meal row, unquoted over several lines), a
 * 2018 nutrition file with `Time` and no `Note` (mtmk/mfp_nut_csv_parser), a study of eight real files
 * (`Type` only Cardio or Strength; Vitamin A to Iron as percentages), and MyFitnessPal's help page on the
 * export (Premium; a zip of three files: meal nutrition with food notes, progress, exercise with notes).
 */
import { readdirSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type CsvColumns, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { fileStart } from "../kit/file-start.js";
import { activityWords, caloriesWords } from "./fitbit-words.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { clockOf, dayWords, listed } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/** Which of the export's files: its meals, its exercises or its measurements. */
export type MyFitnessPalKind = "nutrition" | "exercise" | "measurement";

/** Most characters of one record: a note typed over many lines is several records, each short. */
const MAX_RECORD_CHARS = 64 * 1024;
/** Most days held at once before the oldest are given. */
export const MAX_DAYS_HELD = 1000;
/** A day as the export writes it. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A number as the export writes it: "518.0", "1", "-3.2"; "1,000.0" read too. */
const NUMBER = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** A time as a nutrition row's `Time` writes it: "10:45 AM", "7:45 PM". */
const TIME = /^(\d{1,2}):(\d{2})\s*([AaPp])\.?[Mm]\.?$/;
/** An exercise that is a tracker's or the phone's calories for the day: "MFP iOS calorie adjustment" (group 1 the source). */
const ADJUSTMENT = /^(.+?)\s+calorie adjustment$/i;

/** The nutrition columns a summary needs besides Date and Meal. */
const NUTRITION_COLUMNS = ["Calories", "Fat (g)", "Carbohydrates (g)", "Protein (g)"];
/** The exercise header's start. */
const EXERCISE_HEADER = ["Date", "Exercise", "Type", "Exercise Calories", "Exercise Minutes"];
/** Meals said in lower case, and the order a day's meals are told in (others after, in the file's order). */
const MEAL_ORDER = ["breakfast", "lunch", "dinner", "snacks", "snack"];

/**
 * Which file of MyFitnessPal's export `start` (a file's start) opens, by its header: `Date,Meal,` naming
 * Calories, Fat (g), Carbohydrates (g) and Protein (g) (the nutrition summary); `Date,Exercise,Type,Exercise
 * Calories,Exercise Minutes` (the exercise summary); `Date` then measurements' names, one of them `Weight`,
 * then (when the file holds one) a row of a day and numbers (the measurement summary). Null for any other.
 */
export function myFitnessPalKindOf(start: string): MyFitnessPalKind | null {
  const text = start.replace(/^\uFEFF/, "");
  const cells = headerCells(text);
  if (cells[0] !== "Date") return null;
  if (cells[1] === "Meal" && NUTRITION_COLUMNS.every((c) => cells.includes(c))) return "nutrition";
  if (EXERCISE_HEADER.every((c, i) => cells[i] === c)) return "exercise";
  if (cells.length >= 2 && cells.includes("Weight") && cells.every((c) => c !== "") && cells.length <= 64) {
    const second = text.split(/\r?\n|\r/, 3)[1]?.trim() ?? "";
    if (!second) return "measurement";
    const row = second.split(",");
    if (row.length === cells.length && DAY.test(row[0]!) && row.slice(1).every((c) => c === "" || NUMBER.test(c))) return "measurement";
  }
  return null;
}

/** Whether `start` opens a file of MyFitnessPal's export ({@link myFitnessPalKindOf}). */
export function isMyFitnessPalCsv(start: string): boolean {
  return myFitnessPalKindOf(start) !== null;
}

const TITLE_DAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A day's noon (epoch ms, read as UTC). */
function noonOf(day: string): number {
  return Date.parse(`${day}T12:00:00Z`);
}

/** A whole number as said: "3,412". */
function whole(n: number): string {
  return Math.round(n).toLocaleString("en-GB");
}

/** A measurement as said: to a tenth, no trailing zero ("92.4", "96", "1,204.5"). */
function tenth(n: number): string {
  return Number(n.toFixed(1)).toLocaleString("en-GB", { maximumFractionDigits: 1 });
}

/** A cell without the quotes MyFitnessPal wraps some values in (`"Walking, 3.5 mph, brisk pace"` → the words), trimmed. */
function unwrapped(cell: string): string {
  const t = cell.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).trim() : t;
}

/** The faults of one file, named at its line and column. */
class Faults {
  constructor(readonly file: string) {}
  /** @throws ImportError at `line`: `message` */
  fail(line: number, message: string): never {
    throw new ImportError(this.file, `line ${line}`, message);
  }
  /** The day of a row ("2026-10-17"). */
  day(line: number, cell: string): string {
    const m = DAY.exec(cell.trim());
    const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
    if (!m || new Date(t).getUTCDate() !== Number(m[3]))
      this.fail(line, `${JSON.stringify(cell)} is no day: expected one as MyFitnessPal writes it, "2026-10-17"`);
    return cell.trim();
  }
  /** The number of `column` in a row, or null when the cell is empty (not logged). */
  amount(line: number, column: string, cell: string): number | null {
    const c = unwrapped(cell);
    if (c === "") return null;
    if (!NUMBER.test(c)) this.fail(line, `${column}: ${JSON.stringify(cell)} is no number: expected one as MyFitnessPal writes it, "518.0"`);
    return Number(c.replace(/,/g, ""));
  }
}

/**
 * The days of a file being gathered: each day's record, the oldest given past {@link MAX_DAYS_HELD} (a food log's
 * meals summed by day: MyFitnessPal's, Cronometer's servings, cronometer.ts).
 */
export class Days<T> {
  private readonly days = new Map<string, T>();
  constructor(private readonly make: () => T) {}
  /** The record of `day` (made when new). */
  of(day: string): T {
    let d = this.days.get(day);
    if (!d) {
      d = this.make();
      this.days.set(day, d);
    }
    return d;
  }
  /** The days to tell now, in day order, no longer held: all (`all`), else the oldest past {@link MAX_DAYS_HELD}. */
  take(all: boolean): Array<[string, T]> {
    if (!all && this.days.size <= MAX_DAYS_HELD) return [];
    const sorted = [...this.days.keys()].sort();
    const out = (all ? sorted : sorted.slice(0, this.days.size - MAX_DAYS_HELD / 2)).map((d) => [d, this.days.get(d)!] as [string, T]);
    for (const [d] of out) this.days.delete(d);
    return out;
  }
}

/** The notes being told: each day's paragraphs, given as the day's note of records. */
class Told {
  readonly held = new HeldNotes();
  count = 0;
  /** Adds `turn` to the note of `day`; the notes given now. */
  add(day: string, turn: ParsedTurn): ParsedConversation[] {
    this.count++;
    const title = `MyFitnessPal, ${TITLE_DAY.format(noonOf(day)).replace(",", "")}`;
    return this.held.add(`myfitnesspal:day:${day}`, title, turn).map(asRecords);
  }
  /** The notes still held. */
  given(): ParsedConversation[] {
    return this.held.given().map(asRecords);
  }
}

/** A day's note as an app's records of the day. */
function asRecords(c: ParsedConversation): ParsedConversation {
  return { ...c, records: "day" };
}

/** A paragraph of the user's, named `id`, at `at`. */
function turnOf(id: string, at: number, text: string, metadata: Record<string, unknown>): ParsedTurn {
  return { externalId: id, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { myfitnesspal: metadata } };
}

/** A row of a summary: its cells (its Note cell whole, a note the older exports write over several lines gathered) and the line it starts on. */
interface Row {
  cells: string[];
  line: number;
}

/**
 * The rows of a summary after its header, each with its note whole: a record that opens with no day and
 * is no row (fewer cells than the header's), after a row whose note has words, is the next line of that
 * note (`noteAt`, the Note column's index, or -1 when the file has none), a blank line between kept; a
 * row's cells past the header's are its note's commas.
 * @throws ImportError at a record's line: one that opens with no day and is no line of a note
 */
async function* rowsOf(records: AsyncIterable<{ cells: string[]; line: number }>, width: number, noteAt: number, faults: Faults): AsyncGenerator<Row> {
  let held: Row | null = null;
  let last = 1;
  for await (const r of records) {
    const opensWithDay = DAY.test((r.cells[0] ?? "").trim());
    if (!opensWithDay && held && noteAt >= 0 && r.cells.length < width && (held.cells[noteAt] ?? "").trim()) {
      // (the note's next line, and the blank ones before it)
      const blank = "\n".repeat(Math.max(0, r.line - last - 1));
      held.cells[noteAt] = `${held.cells[noteAt] ?? ""}${blank}\n${r.cells.join(",")}`;
      last = r.line;
      continue;
    }
    if (held) yield held;
    if (!opensWithDay) faults.day(r.line, r.cells[0] ?? "");
    const cells = noteAt >= 0 && r.cells.length > width ? [...r.cells.slice(0, noteAt), r.cells.slice(noteAt).join(",")] : r.cells;
    held = { cells, line: r.line };
    last = r.line;
  }
  if (held) yield held;
}

/** A day's note as typed: the note's cell, its own quotes off, its lines' ends trimmed; "" when none. */
function noteOf(cell: string): string {
  return unwrapped(cell.replace(/[ \t]+$/gm, ""))
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A meal being summed: its name, numbers by column, and its times logged ("19:45"). */
interface Meal {
  name: string;
  sums: Map<string, number>;
  times: string[];
  first: number | null;
}

/** A day of meals: by name, in the file's order; and the day's notes. */
interface FoodDay {
  meals: Map<string, Meal>;
  notes: Set<string>;
}

/** The nutrition columns summed and kept, as the export names them. */
const SUMMED = [
  "Calories",
  "Fat (g)",
  "Saturated Fat",
  "Polyunsaturated Fat",
  "Monounsaturated Fat",
  "Trans Fat",
  "Cholesterol",
  "Sodium (mg)",
  "Potassium",
  "Carbohydrates (g)",
  "Fiber",
  "Sugar",
  "Protein (g)",
  "Vitamin A",
  "Vitamin C",
  "Calcium",
  "Iron",
];

/** A meal's name as said, in lower case: "dinner", the user's own "post-workout", "snack (1)". */
function mealWords(name: string): string {
  return name.toLowerCase();
}

/**
 * What a meal or a day of food holds, as a food log sums it (each absent when not logged): calories (kcal), protein,
 * carbs, fat, fibre, sugar and alcohol (g), sodium and caffeine (mg).
 */
export interface FoodFigures {
  calories?: number;
  protein?: number;
  carbs?: number;
  fat?: number;
  fibre?: number;
  sugar?: number;
  sodium?: number;
  caffeine?: number;
  alcohol?: number;
}

/** Macros as said: "protein 48 g, carbs 103 g, fat 52 g", and with `more` fibre, sugar, sodium, caffeine and alcohol (those above 0). */
function macroWords(f: FoodFigures, more: boolean): string {
  const parts: string[] = [];
  const add = (v: number | undefined, said: string, unit: string) => {
    if (v !== undefined && (v > 0 || !more)) parts.push(`${said} ${whole(v)} ${unit}`);
  };
  add(f.protein, "protein", "g");
  add(f.carbs, "carbs", "g");
  add(f.fat, "fat", "g");
  if (more) {
    add(f.fibre, "fibre", "g");
    add(f.sugar, "sugar", "g");
    add(f.sodium, "sodium", "mg");
    add(f.caffeine, "caffeine", "mg");
    add(f.alcohol, "alcohol", "g");
  }
  return parts.join(", ");
}

/**
 * A meal as a food log's paragraph says it: "For dinner on Friday 13 November I had 1,120 calories (protein 48 g, carbs
 * 103 g, fat 52 g), logged at 19:45." (`meal` its name as the log writes it, `said` its day as dayWords says it, `times`
 * its clock times logged, "19:45"); with `foods`, what was eaten first, "For breakfast on Tuesday 3 November I had
 * Buckwheat Pancakes (2 pancake), Raspberries, Raw (100 g), Maple Syrup (1 tbsp) and Coffee, Brewed (1 cup): 346
 * calories (…), logged at 07:38." (Cronometer's). Null for a meal of nothing: no food, and no figure or every figure 0.
 * A `meal` of "" is food logged in no meal: "On Sunday 1 November I also had …".
 */
export function mealSentence(meal: string, said: string, f: FoodFigures, times: readonly string[], foods: readonly string[] = []): string | null {
  const macros = macroWords(f, false);
  const had = f.calories !== undefined ? `${whole(f.calories)} calories${macros ? ` (${macros})` : ""}` : macros;
  const nothing = Object.values(f).every((v) => v === undefined || v === 0);
  if (!foods.length && (!had || nothing)) return null;
  const at = times.length ? `, logged at ${times.length > 1 ? `${times.slice(0, -1).join(", ")} and ${times.at(-1)}` : times[0]}` : "";
  const what = foods.length ? `${listed(foods)}${had && !nothing ? `: ${had}` : ""}` : had;
  return meal ? `For ${mealWords(meal)} on ${said} I had ${what}${at}.` : `On ${said} I also had ${what}${at}.`;
}

/**
 * A day of food as a food log's paragraph says it: "On Friday 13 November I ate 2,122 calories in all; protein 139 g,
 * carbs 187 g, fat 83 g, fibre 17 g, sugar 37 g, sodium 2,759 mg." (`said` the day as dayWords says it; caffeine and
 * alcohol after, when logged: Cronometer's). The macros follow a semicolon, not in brackets: the number after "calories"
 * in its clause is the calories' for "Which day did I eat the most calories?" (core/assistant/extremes.ts `statedValue`
 * reads a bracket's "protein 105 g" as the calories). Null when it holds no calories.
 */
export function dayFoodSentence(said: string, f: FoodFigures): string | null {
  if (f.calories === undefined) return null;
  const macros = macroWords(f, true);
  return `On ${said} I ate ${whole(f.calories)} calories in all${macros ? `; ${macros}` : ""}.`;
}

/** A MyFitnessPal meal's or day's sums (by the export's column) as {@link FoodFigures}. */
function figuresOf(sums: Map<string, number>): FoodFigures {
  return {
    calories: sums.get("Calories"),
    protein: sums.get("Protein (g)"),
    carbs: sums.get("Carbohydrates (g)"),
    fat: sums.get("Fat (g)"),
    fibre: sums.get("Fiber"),
    sugar: sums.get("Sugar"),
    sodium: sums.get("Sodium (mg)"),
  };
}

/** A day's meals in the order a day is told: breakfast, lunch, dinner, snacks, then the user's own in the file's order (Cronometer's diary groups alike). */
export function mealsInOrder<T extends { name: string }>(meals: Iterable<T>): T[] {
  const rank = (m: T) => {
    const i = MEAL_ORDER.indexOf(m.name.toLowerCase());
    return i < 0 ? MEAL_ORDER.length : i;
  };
  return [...meals].sort((a, b) => rank(a) - rank(b));
}

/** The paragraphs of a day of meals: each meal, the day's total (when a meal is told), the day's notes. */
function foodTurns(day: string, d: FoodDay): ParsedTurn[] {
  const said = dayWords(noonOf(day));
  const turns: ParsedTurn[] = [];
  const total = new Map<string, number>();
  const meals = mealsInOrder(d.meals.values());
  for (const m of meals) {
    for (const [k, v] of m.sums) total.set(k, (total.get(k) ?? 0) + v);
    const text = mealSentence(m.name, said, figuresOf(m.sums), [...new Set(m.times)]);
    // (a meal of nothing, every number 0, as a meal kept empty is written, is not told)
    if (!text) continue;
    const times = [...new Set(m.times)];
    turns.push(
      turnOf(`meal ${day} ${m.name}`, m.first ?? noonOf(day), text, {
        kind: "meal",
        day,
        meal: m.name,
        ...Object.fromEntries(m.sums),
        ...(times.length ? { times } : {}),
      }),
    );
  }
  const dayText = turns.length ? dayFoodSentence(said, figuresOf(total)) : null;
  if (dayText) {
    turns.push(
      turnOf(`food ${day}`, noonOf(day), dayText, {
        kind: "day",
        day,
        meals: meals.map((m) => m.name),
        ...Object.fromEntries(total),
      }),
    );
  }
  const notes = [...d.notes];
  if (notes.length) turns.push(turnOf(`food note ${day}`, noonOf(day), notes.join("\n\n"), { kind: "food note", day }));
  return turns;
}

/** Nutrition-Summary: its rows summed by day and meal, each day told as its meals, total and note. */
async function* readNutrition(columns: CsvColumns, rows: AsyncIterable<Row>, faults: Faults, told: Told): AsyncGenerator<ParsedConversation> {
  const days = new Days<FoodDay>(() => ({ meals: new Map(), notes: new Set() }));
  const summed = SUMMED.filter((c) => columns.has(c));
  const hasTime = columns.has("Time");
  const tell = function* (all: boolean) {
    for (const [day, d] of days.take(all)) for (const t of foodTurns(day, d)) yield* told.add(day, t);
  };
  for await (const row of rows) {
    const day = faults.day(row.line, cellOf(row.cells, columns, "Date"));
    const name = unwrapped(cellOf(row.cells, columns, "Meal")) || "Meal";
    const d = days.of(day);
    let meal = d.meals.get(name);
    if (!meal) {
      meal = { name, sums: new Map(), times: [], first: null };
      d.meals.set(name, meal);
    }
    for (const c of summed) {
      const v = faults.amount(row.line, c, cellOf(row.cells, columns, c));
      if (v !== null) meal.sums.set(c, (meal.sums.get(c) ?? 0) + v);
    }
    if (hasTime) {
      const t = TIME.exec(cellOf(row.cells, columns, "Time"));
      if (t) {
        const h = (Number(t[1]) % 12) + (t[3]!.toLowerCase() === "p" ? 12 : 0);
        const wall = noonOf(day) - 12 * 3_600_000 + (h * 60 + Number(t[2])) * 60_000;
        meal.times.push(clockOf(wall));
        meal.first = meal.first === null ? wall : Math.min(meal.first, wall);
      }
    }
    const note = noteOf(cellOf(row.cells, columns, "Note"));
    if (note) d.notes.add(note);
    yield* tell(false);
  }
  yield* tell(true);
}

/** An exercise row as read. */
interface Exercise {
  name: string;
  type: string;
  calories: number | null;
  minutes: number | null;
  sets: number | null;
  reps: number | null;
  weight: number | null;
  steps: number | null;
}

/** A day of exercise: its rows in the file's order, and the day's notes. */
interface ExerciseDay {
  rows: Exercise[];
  notes: Set<string>;
}

/** How a cardio exercise is said: its activity found by its name, its first words (before a comma or a bracket), or its first word; else its name quoted. */
function cardioHead(name: string): { head: string; named: boolean } {
  const first = name.split(/[,(]/)[0]!.trim();
  for (const candidate of [name, first, first.split(/\s+/)[0]!]) {
    const said = activityWords(candidate);
    if (said) return { head: said, named: candidate !== name };
  }
  return { head: `Did "${name}"`, named: false };
}

/** A strength exercise's name as said: "Bench Press, Barbell" → "bench press (barbell)". */
function liftWords(name: string): string {
  const [what, ...how] = name.split(/,\s*/);
  return `${what!.trim().toLowerCase()}${how.length ? ` (${how.join(", ").toLowerCase()})` : ""}`;
}

/** An exercise in words on `day` (null when it tells nothing: an adjustment of no calories and no steps). */
function exerciseWords(e: Exercise, said: string, unit: string): string | null {
  const adjustment = ADJUSTMENT.exec(e.name);
  if (adjustment) {
    const source = adjustment[1]!;
    const calories = e.calories ? `${whole(e.calories)} exercise calories` : "";
    if (e.steps) return `On ${said} I took ${whole(e.steps)} steps (${[source, calories].filter(Boolean).join(", ")}).`;
    return e.calories ? `On ${said} ${source} added ${calories}.` : null;
  }
  if (e.type.toLowerCase() === "strength" || (e.sets !== null && e.calories === null && e.minutes === null)) {
    const lift = liftWords(e.name);
    const sets = e.sets && e.reps ? `${e.sets} sets of ${e.reps} reps of ` : e.sets ? `${e.sets} sets of ` : "";
    const weight = e.weight ? ` at ${tenth(e.weight)}${unit ? ` ${unit}` : ""}` : "";
    return `Did ${sets}${lift}${weight} on ${said}.`;
  }
  const { head, named } = cardioHead(e.name);
  const how = e.minutes ? ` for ${e.minutes === 1 ? "1 minute" : `${whole(e.minutes)} minutes`}` : "";
  const extras = [...(named ? [`"${e.name}"`] : []), ...(e.calories ? [caloriesWords(e.calories)] : []), ...(e.steps ? [`${whole(e.steps)} steps`] : [])];
  return `${head}${how} on ${said}${extras.length ? ` (${extras.join(", ")})` : ""}.`;
}

/** The paragraphs of a day of exercise: each exercise (a name met again numbered), the day's notes. */
function exerciseTurns(day: string, d: ExerciseDay, unit: string): ParsedTurn[] {
  const said = dayWords(noonOf(day));
  const seen = new Map<string, number>();
  const turns: ParsedTurn[] = [];
  for (const e of d.rows) {
    const text = exerciseWords(e, said, unit);
    if (!text) continue;
    const n = (seen.get(e.name) ?? 0) + 1;
    seen.set(e.name, n);
    const kind = ADJUSTMENT.test(e.name) ? "steps" : "exercise";
    const metadata = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== null));
    turns.push(turnOf(`${kind} ${day} ${e.name}${n > 1 ? ` #${n}` : ""}`, noonOf(day), text, { kind, day, ...metadata, ...(unit ? { unit } : {}) }));
  }
  const notes = [...d.notes];
  if (notes.length) turns.push(turnOf(`exercise note ${day}`, noonOf(day), notes.join("\n\n"), { kind: "exercise note", day }));
  return turns;
}

/** The unit of an exercise summary's weight column ("Kilograms" → kg, "Pounds" → lb), or "" for none. */
function unitOfColumns(cells: string[]): string {
  if (cells.includes("Kilograms")) return "kg";
  if (cells.includes("Pounds")) return "lb";
  return "";
}

/** Exercise-Summary: each day's exercises in words, and its note. */
async function* readExercise(columns: CsvColumns, header: string[], rows: AsyncIterable<Row>, faults: Faults, told: Told): AsyncGenerator<ParsedConversation> {
  const unit = unitOfColumns(header);
  const weightColumn = unit === "kg" ? "Kilograms" : "Pounds";
  const days = new Days<ExerciseDay>(() => ({ rows: [], notes: new Set() }));
  const tell = function* (all: boolean) {
    for (const [day, d] of days.take(all)) for (const t of exerciseTurns(day, d, unit)) yield* told.add(day, t);
  };
  for await (const row of rows) {
    const day = faults.day(row.line, cellOf(row.cells, columns, "Date"));
    const d = days.of(day);
    const name = unwrapped(cellOf(row.cells, columns, "Exercise"));
    const amount = (c: string) => faults.amount(row.line, c, cellOf(row.cells, columns, c));
    if (name)
      d.rows.push({
        name,
        type: unwrapped(cellOf(row.cells, columns, "Type")),
        calories: amount("Exercise Calories"),
        minutes: amount("Exercise Minutes"),
        sets: amount("Sets"),
        reps: amount("Reps Per Set"),
        weight: amount(weightColumn),
        steps: amount("Steps"),
      });
    const note = noteOf(cellOf(row.cells, columns, "Note"));
    if (note) d.notes.add(note);
    yield* tell(false);
  }
  yield* tell(true);
}

/** The weight unit of the export `file` is of: as the Exercise-Summary beside it names its weight column (the one of the same range first), or "". */
function weightUnitBeside(file: string): string {
  const dir = dirname(file);
  const range = /^Measurement-Summary(.*)\.csv$/i.exec(basename(file))?.[1] ?? null;
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^Exercise-Summary.*\.csv$/i.test(n));
  } catch {
    return "";
  }
  names.sort((a, b) => Number(range !== null && b === `Exercise-Summary${range}.csv`) - Number(range !== null && a === `Exercise-Summary${range}.csv`));
  for (const n of names) {
    const start = fileStart(join(dir, n)) ?? "";
    if (myFitnessPalKindOf(start) === "exercise") return unitOfColumns(headerCells(start));
  }
  return "";
}

/** A measurement's name as said: the app's own in lower case ("waist"), the user's as written; a body fat percentage without its "%". */
function measureName(name: string): string {
  return /^(?:weight|waist|hips|neck|chest|arms|thighs)$/i.test(name) ? name.toLowerCase() : name.replace(/\s*%\s*$/, "");
}

/** Measurement-Summary: each day's measurements in a paragraph ("On Tuesday 1 September I weighed 92.4 kg and my waist was 101."). */
async function* readMeasurement(file: string, header: string[], rows: AsyncIterable<Row>, faults: Faults, told: Told): AsyncGenerator<ParsedConversation> {
  const unit = weightUnitBeside(file);
  for await (const row of rows) {
    const day = faults.day(row.line, row.cells[0] ?? "");
    const parts: string[] = [];
    const values: Record<string, number> = {};
    header.forEach((name, i) => {
      if (i === 0 || !name) return;
      const v = faults.amount(row.line, name, row.cells[i] ?? "");
      if (v === null) return;
      values[name] = v;
      if (name === "Weight") parts.unshift(`I weighed ${tenth(v)}${unit ? ` ${unit}` : ""}`);
      else parts.push(`my ${measureName(name)} was ${tenth(v)}${/%\s*$|body fat/i.test(name) ? "%" : ""}`);
    });
    if (!parts.length) continue;
    const said = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
    const text = `On ${dayWords(noonOf(day))} ${said}.`;
    yield* told.add(day, turnOf(`measurements ${day}`, noonOf(day), text, { kind: "measurements", day, ...values, ...(unit ? { unit } : {}) }));
  }
}

/**
 * Reads `file`, a CSV of MyFitnessPal's export (told by `start`, its first KiB: {@link myFitnessPalKindOf}),
 * as notes of the user's (format `note`, said by the user, speaker "User", `records: "day"`): a note per
 * day (externalId `myfitnesspal:day:2026-10-17`, title "MyFitnessPal, Saturday 17 October 2026") holding
 * the file's paragraphs of that day (see the module's docs), given once the file is read (or sooner past
 * {@link MAX_DAYS_HELD} days or held-notes.ts's bound; a day met again adds to the same note). Turn
 * metadata `{ myfitnesspal: { kind: "meal", day, meal, <column>: sum …, times } | { kind: "day", day, meals,
 * <column>: sum … } | { kind: "exercise" | "steps", day, name, type, calories, minutes, sets, reps, weight,
 * steps, unit } | { kind: "measurements", day, <name>: value …, unit } | { kind: "food note" | "exercise
 * note", day } }`.
 * @throws ImportError naming the file and the line: a day that is none (`line 4: "17/10/2026" is no day:
 *   expected one as MyFitnessPal writes it, "2026-10-17"`), a number that is none (`line 9: Calories:
 *   "lots" is no number …`), a stray quote or an unclosed one (csv-records.ts), invalid UTF-8; a file of
 *   the export with nothing logged says so, "the note has no text: …" (a folder passes it over), and a
 *   file that is none of the export's says what was expected.
 */
export async function* parseMyFitnessPal(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = myFitnessPalKindOf(start);
  if (!kind)
    throw new ImportError(
      file,
      "line 1",
      'not a file of MyFitnessPal\'s export: expected its header, "Date,Meal,Calories,Fat (g),…" (Nutrition-Summary), "Date,Exercise,Type,Exercise Calories,Exercise Minutes,…" (Exercise-Summary) or "Date,…,Weight" (Measurement-Summary)',
    );
  const size = (await stat(file)).size;
  const csv = csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress, true);
  const faults = new Faults(file);
  const told = new Told();
  const records = csv.records[Symbol.asyncIterator]();
  const first = await records.next();
  const header = first.done ? [] : first.value.cells.map((c) => c.trim());
  const columns: CsvColumns = new Map(header.map((c, i) => [c, i]));
  const noteAt = kind === "measurement" ? -1 : header.lastIndexOf("Note") === header.length - 1 ? header.length - 1 : -1;
  const rest: AsyncIterable<{ cells: string[]; line: number }> = { [Symbol.asyncIterator]: () => records };
  const rows = rowsOf(rest, header.length, noteAt, faults);
  const notes =
    kind === "nutrition"
      ? readNutrition(columns, rows, faults, told)
      : kind === "exercise"
        ? readExercise(columns, header, rows, faults, told)
        : readMeasurement(file, header, rows, faults, told);
  for await (const note of notes) yield note;
  yield* told.given();
  if (!told.count) {
    const what = { nutrition: "meals", exercise: "exercises", measurement: "measurements" }[kind];
    throw new ImportError(file, `byte ${size}`, `${NO_TEXT}: a MyFitnessPal file with no ${what} logged`);
  }
}
