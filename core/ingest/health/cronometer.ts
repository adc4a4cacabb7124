/**
 * Cronometer's data export (cronometer.com → More → Account → Export Data: each export a CSV of its own, for the dates
 * chosen) → a note of the user's per day of what was logged (format `note`, said by the user; the file's format
 * `cronometer`), keyed `cronometer:day:2026-11-03`, titled "Cronometer, Tuesday 3 November 2026", an app's records of
 * the day (`records: "day"`) gathering the paragraphs of the five files, each told by its header whatever its name:
 *
 * - `dailysummary.csv` ("Daily Nutrition"): `Date,Energy (kcal),[Alcohol (g),Caffeine (mg),]Water (g),…,Carbs
 *   (g),Fiber (g),…,Sugars (g),…,Fat (g),…,Protein (g),…,Completed`, a row per day (the nutrients the user tracks, to two
 *   decimals, one no food gave empty): the day said as MyFitnessPal's is (myfitnesspal.ts `dayFoodSentence`), "On
 *   Friday 6 November I ate 1,267 calories in all; protein 145 g, carbs 130 g, fat 16 g, fibre 7 g, sugar 27 g, sodium
 *   743 mg, caffeine 95 mg.", alcohol after it when drunk, named `food <day>`; every nutrient and `Completed` kept in
 *   the metadata;
 * - `servings.csv` ("Food & Recipe Entries"): `Day,[Time,]Group,Food Name,Amount,[Energy (kcal),…,]Category`, a row per
 *   food logged, gathered by the day's diary group (Breakfast, Lunch, Dinner, Snacks or the user's own; "Uncategorized"
 *   for none) and said as MyFitnessPal's meals (`mealSentence`) with what was eaten: "For breakfast on Tuesday 3
 *   November I had Buckwheat Pancakes (2 pancake), Raspberries, Raw (100 g), Maple Syrup (1 tbsp) and Coffee, Brewed (1
 *   cup): 346 calories (protein 10 g, carbs 63 g, fat 7 g), logged at 07:38.", named `meal <day> <group>`, at its first
 *   time (a group of no diary meal, "Uncategorized", "On Sunday 1 November I also had …"); an entry of
 *   nothing ("0.00 g") left out; the free account's servings, with no nutrients, told by their foods alone;
 * - `exercises.csv`: `Day,[Time,]Group,Exercise,Minutes,Calories Burned` (the calories written negative, taken from the
 *   day's energy), each its own paragraph: its activity said as Fitbit's are (fitbit-words.ts `sportNamed`, found by
 *   the name, its first words or its last), "Went to a spin class for 45 minutes on Thursday 5 November at 18:30 (402
 *   calories burned).", "Did strength training for 58 minutes on Monday 2 November at 18:12 ("Traditional Strength
 *   Training", Apple Health, 248 calories burned)."; a tracker's calories for the day ("Active Energy Balance (Apple
 *   Health)" at 0.0 minutes, "Daily Activity (Garmin)") "On Sunday 1 November Apple Health added 287 active calories.";
 *   named `exercise <day> <time> <name>`;
 * - `biometrics.csv`: `Day,[Time,]Group,Metric,Unit,Amount`, each a reading worded as the other health readers' days
 *   (record-words.ts): "On Sunday 1 November I weighed 68.9 kg at 07:12.", "On Monday 12 October my blood pressure was
 *   124/79 mmHg at 10:20.", "my blood glucose was 4.9 mmol/L", "I slept 7 hours 59 minutes (Apple Health)", the app that
 *   synced it in brackets ("Weight (Apple Health)"), named `biometric <day> <time> <metric>`;
 * - `notes.csv`: `Day,[Time,]Group,Note`, the user's own words for the day as typed, named `note <day> #<n>`.
 * The fasts export, `fasts.csv` (`Name,Start,End,Recurrence,Comments`, found beside the others only with no fast in it),
 * is told by its header and passed over, said why: how it writes a fast's times is not known.
 *
 * A name met twice on a day at the same time is numbered (`#2`). Days: "2026-11-03", the user's own; times "7:42 AM"
 * (or "19:30"), the diary's clock with no zone, read as UTC; a paragraph with no time is said at the day's noon. The
 * `Time` column is written when the diary keeps entries' times (Cronometer Gold's timestamps); without it, or with the
 * cell empty, the day's noon. Importing the export again adds nothing; a later export adds the days new since, and a
 * paragraph whose words changed (a food logged after) supersedes what was remembered of it. A file's days of servings
 * are held until it ends (myfitnesspal.ts `Days`: the oldest given past its bound).
 *
 * Checked against public code that reads Cronometer's exports and real files published with it: dhjelmar/Diabetes'
 * biometrics.csv and servings.csv (2022: `Day,Time,Group,Metric,Unit,Amount`, "8:30 AM", a synced night's sleep with
 * no time, `"Sleep (Garmin)"` in hours, `"Heart Rate (Garmin)"` at "12:00 AM", "mg/dL", "units" of insulin, the user's
 * own group; `Day,Time,Group,Food Name,Amount,Energy (kcal),Alcohol (g),Caffeine (mg),…,Category`, every string quoted,
 * "4.00 medium", `"1.00 whole - 3 1/2"" diameter"`, empty nutrients, a recipe's `""` category), maximumpeaches/
 * tracking's (2023: `Date,Energy (kcal),…,Completed` "false", foods with no time, "0.00 g" entries of nothing, the
 * groups "Staples" and "Supplements"), stackingrockss/dashboard's dailysummary.csv (2025: `Date,Energy (kcal),Alcohol
 * (g),Caffeine (mg),…`, a day not written), a test built on a real 2026 exercises.csv (`Day,Group,Exercise,Minutes,Calories
 * Burned`, no Time, "Uncategorized", "-402.21", "Active Energy Balance (Apple Health)" at 0.0 minutes, minutes to many
 * places) and its downloads' `Day,Group,Note` and `Day,Group,Metric,Unit,Amount`, jrmycanady/gocronometer's parsers
 * (the columns by name, Time "3:04 PM" when present, a blood pressure's "120/80"), and readers' fixtures of notes.csv.
 */
import { stat } from "node:fs/promises";
import { wallClockMs } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, headedRecords, headerCells } from "../kit/csv-records.js";
import { clockOf, dayNoteTitle, dayTotalsWords, dayWords, durationWords, weighedClause } from "../kit/record-words.js";
import { type DayTurn, ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";
import { HeldNotes, nothingToTell } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { caloriesWords, effortWords, type Sport, sportNamed } from "./fitbit-words.js";
import { Days, dayFoodSentence, type FoodFigures, mealSentence, mealsInOrder } from "./myfitnesspal.js";

/** Which export a file is: the daily summary, the servings, the exercises, the biometrics or the notes; or the fasts, not read. */
export type CronometerKind = "summary" | "servings" | "exercises" | "biometrics" | "notes" | "fasts";

/** Most characters of one record: a note is the longest cell. */
const MAX_RECORD_CHARS = 1024 * 1024;
/** A day as Cronometer writes it. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A clock time as Cronometer writes it: "7:42 AM", "07:30 PM", "19:30" (seconds read too). */
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([AaPp])\.?[Mm]\.?)?$/;
/** A number as Cronometer writes it: "187.00", "-402.21", "57.66853808363279". */
const NUMBER = /^-?\d+(?:\.\d+)?$/;
/** The apps whose synced entries Cronometer names in brackets: "Weight (Apple Health)", "Daily Activity (Garmin)". */
const SYNCED =
  /^(.*?)\s*\((Apple Health|Garmin|Fitbit|Google Fit|Health Connect|Samsung Health|Withings|Oura|Polar|Strava|Suunto|Coros|Whoop|WHOOP|Dexcom|Libre|Omron|Wahoo|Zwift|Peloton)\)$/;
/** A tracker's calories for the whole day, not a workout: "Active Energy Balance", "Daily Activity". */
const DAY_ENERGY = /^(?:active energy(?: balance)?|daily activity|activity calories|calorie adjustment)$/i;

/** The export as a refusal names its headers. */
const HEADERS =
  '"Date,Energy (kcal),…" (dailysummary.csv), "Day,Time,Group,Food Name,Amount,…" (servings.csv), "Day,Time,Group,Exercise,Minutes,Calories Burned" (exercises.csv), "Day,Time,Group,Metric,Unit,Amount" (biometrics.csv) or "Day,Group,Note" (notes.csv)';

/** Which export a header's names (trimmed, lower-cased) open, or null. */
function kindOfNames(names: string[]): CronometerKind | null {
  const has = (...wanted: string[]) => wanted.every((n) => names.includes(n));
  if (names[0] === "date" && /^energy \((?:kcal|kj)\)$/.test(names[1] ?? "")) return "summary";
  if (names.join(",") === "name,start,end,recurrence,comments") return "fasts";
  if (names[0] !== "day") return null;
  if (has("group", "food name", "amount")) return "servings";
  if (has("exercise", "minutes", "calories burned")) return "exercises";
  if (has("metric", "unit", "amount")) return "biometrics";
  if (has("group", "note") && names.every((n) => ["day", "time", "group", "note"].includes(n))) return "notes";
  return null;
}

/**
 * Which file of Cronometer's export `start` (a file's start) opens, by its header: `Date,Energy (kcal)` (or `Energy
 * (kJ)`: dailysummary.csv), `Day` then names holding `Group`, `Food Name` and `Amount` (servings.csv), `Exercise`,
 * `Minutes` and `Calories Burned` (exercises.csv), `Metric`, `Unit` and `Amount` (biometrics.csv), or only `Day`,
 * `Time`, `Group` and `Note` (notes.csv), in any case; `Name,Start,End,Recurrence,Comments`, the fasts (fasts.csv, which
 * {@link parseCronometer} refuses as no note: none with a fast in it was found to check its times against); null for any other.
 */
export function cronometerKindOf(start: string): CronometerKind | null {
  return kindOfNames(headerCells(start.replace(/^\uFEFF/, ""), true));
}

/** A record as read: its line, and its cells by column (lower-cased). */
class Row {
  constructor(
    readonly file: string,
    readonly line: number,
    private readonly cells: string[],
    private readonly columns: CsvColumns,
  ) {}
  /** The cell of `column`, trimmed; "" when empty or absent. */
  cell(column: string): string {
    return cellOf(this.cells, this.columns, column);
  }
  /** @throws ImportError at the row's line: `column`'s `value` is `expected` */
  fail(column: string, value: string, expected: string): never {
    throw new ImportError(this.file, `line ${this.line}`, `${column} ${describeValue(value)} is ${expected}`);
  }
  /** The row's day, "2026-11-03", from `column`. */
  day(column: string): string {
    const v = this.cell(column.toLowerCase());
    if (!DAY.test(v) || wallClockMs(v, "12:00") === null) this.fail(column, v, 'no day: expected one as Cronometer writes it, "2026-11-03"');
    return v;
  }
  /** The wall time (ms, read as UTC) of `day` at the row's `Time`, or null when it has none. */
  wall(day: string): number | null {
    const v = this.cell("time");
    if (!v) return null;
    const m = CLOCK.exec(v);
    let h = m ? Number(m[1]) : -1;
    if (m?.[4]) h = h >= 1 && h <= 12 ? (h % 12) + (m[4].toLowerCase() === "p" ? 12 : 0) : -1;
    const wall = m && h >= 0 ? wallClockMs(day, `${String(h).padStart(2, "0")}:${m[2]}${m[3] ? `:${m[3]}` : ""}`) : null;
    return wall ?? this.fail("Time", v, 'no time: expected one as Cronometer writes it, "7:42 AM"');
  }
  /** The number of `column` (as the header names it), or null when the cell is empty. */
  amount(column: string): number | null {
    const v = this.cell(column.toLowerCase());
    if (!v) return null;
    return NUMBER.test(v) ? Number(v) : this.fail(column, v, 'no number: expected one as Cronometer writes it, "187.00"');
  }
}

/** A day's noon (epoch ms, read as UTC). */
function noonOf(day: string): number {
  return Date.parse(`${day}T12:00:00Z`);
}

/** A figure to a hundredth, as said ("4.9", "258", "8.47"). */
function said2(n: number): string {
  return String(Number(n.toFixed(2)));
}

/** A paragraph of the user's note, named `id`, at `at`, with its Cronometer metadata. */
function turnOf(id: string, at: number, text: string, cronometer: Record<string, unknown>): ParsedTurn {
  return { externalId: id, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { cronometer } };
}

/** The calories of a row: `Energy (kcal)`, else `Energy (kJ)` made kcal; null when neither is written. */
function caloriesOf(row: Row): number | null {
  const kcal = row.amount("Energy (kcal)");
  if (kcal !== null) return kcal;
  const kj = row.amount("Energy (kJ)");
  return kj === null ? null : kj / 4.184;
}

/** The nutrients a day or a meal is said by, as the exports name them. */
const FIGURES: Array<[keyof FoodFigures, string]> = [
  ["protein", "Protein (g)"],
  ["carbs", "Carbs (g)"],
  ["fat", "Fat (g)"],
  ["fibre", "Fiber (g)"],
  ["sugar", "Sugars (g)"],
  ["sodium", "Sodium (mg)"],
  ["caffeine", "Caffeine (mg)"],
  ["alcohol", "Alcohol (g)"],
];

/** A row's figures (those written). */
function figuresOf(row: Row): FoodFigures {
  const f: FoodFigures = {};
  const calories = caloriesOf(row);
  if (calories !== null) f.calories = calories;
  for (const [key, column] of FIGURES) {
    const v = row.amount(column);
    if (v !== null) f[key] = v;
  }
  return f;
}

/** dailysummary.csv's row: the day's paragraph (see the module's docs), or null for a day with no energy written. */
function summaryOf(row: Row, header: string[]): DayTurn | null {
  const day = row.day("Date");
  const text = dayFoodSentence(dayWords(noonOf(day)), figuresOf(row));
  if (!text) return null;
  const nutrients: Record<string, number> = {};
  for (const name of header.slice(1)) {
    const v = /^completed$/i.test(name) ? null : row.amount(name);
    if (v !== null) nutrients[name] = v;
  }
  const completed = row.cell("completed").toLowerCase();
  return { day, turn: turnOf(`food ${day}`, noonOf(day), text, { kind: "day", day, completed: completed === "" ? null : completed === "true", ...nutrients }) };
}

/** A food of a meal: its name and amount as written, its time, its category. */
interface Food {
  name: string;
  amount: string;
  time: string | null;
  category: string;
}

/** A diary group of a day being gathered: its name, its foods, its figures' sums, its first time. */
interface Meal {
  name: string;
  foods: Food[];
  sums: FoodFigures;
  first: number | null;
}

/** An amount as said: its number without trailing zeros ("2.00 large" → "2 large", "0.50 tsp" → "0.5 tsp"); null for one of nothing ("0.00 g"). */
function amountWords(amount: string): string | null {
  const [n = "", ...unit] = amount.trim().split(/\s+/);
  if (!NUMBER.test(n)) return amount.trim();
  if (Number(n) === 0) return null;
  return [said2(Number(n)), ...unit].join(" ");
}

/** A day's meals as paragraphs, in the order a day is told (see the module's docs). */
function mealTurns(day: string, meals: Map<string, Meal>): DayTurn[] {
  const said = dayWords(noonOf(day));
  const out: DayTurn[] = [];
  for (const m of mealsInOrder(meals.values())) {
    if (!m.foods.length) continue;
    const first = m.first === null ? [] : [clockOf(m.first)];
    const foods = m.foods.map((f) => `${f.name} (${f.amount})`);
    const text = mealSentence(/^uncategori[sz]ed$/i.test(m.name) ? "" : m.name, said, m.sums, first, foods);
    if (!text) continue;
    const cronometer = { kind: "meal", day, group: m.name, foods: m.foods, ...m.sums };
    out.push({ day, turn: turnOf(`meal ${day} ${m.name}`, m.first ?? noonOf(day), text, cronometer) });
  }
  return out;
}

/** servings.csv's row into its day's meal; false for an entry of nothing. */
function addServing(row: Row, days: Days<Map<string, Meal>>): boolean {
  const day = row.day("Day");
  const name = row.cell("food name");
  const amount = amountWords(row.cell("amount"));
  if (!name || amount === null) return false;
  const group = row.cell("group") || "Uncategorized";
  const meals = days.of(day);
  let meal = meals.get(group);
  if (!meal) {
    meal = { name: group, foods: [], sums: {}, first: null };
    meals.set(group, meal);
  }
  const wall = row.wall(day);
  meal.foods.push({ name, amount, time: row.cell("time") || null, category: row.cell("category") });
  for (const [key, v] of Object.entries(figuresOf(row)) as Array<[keyof FoodFigures, number]>) meal.sums[key] = (meal.sums[key] ?? 0) + v;
  if (wall !== null) meal.first = meal.first === null ? wall : Math.min(meal.first, wall);
  return true;
}

/** An exercise's name without the app that synced it: "Traditional Strength Training (Apple Health)" → its name and "Apple Health". */
function syncedName(name: string): { base: string; source: string | null } {
  const m = SYNCED.exec(name.trim());
  return m ? { base: m[1]!.trim(), source: m[2]! } : { base: name.trim(), source: null };
}

/** How an exercise is said: Fitbit's activity found by its name, its first words (before a comma or a bracket), its first word, or its last two or last word; else "Did <name>". */
function sportOf(base: string): { sport: Sport; named: boolean } {
  const words = base.split(/\s+/);
  const candidates = [base, base.split(/[,(]/)[0]!.trim(), words[0]!, words.slice(-2).join(" "), words.at(-1)!];
  for (const c of candidates) {
    const sport = sportNamed(c);
    if (sport) return { sport, named: c.toLowerCase() !== base.toLowerCase() };
  }
  return { sport: { none: `Did ${base.toLowerCase() || "a workout"}` }, named: false };
}

/** exercises.csv's row as its paragraph (see the module's docs). */
function exerciseOf(row: Row, name: string): DayTurn {
  const day = row.day("Day");
  const exercise = row.cell("exercise") || "Exercise";
  const minutes = row.amount("Minutes") ?? 0;
  const kcal = Math.abs(row.amount("Calories Burned") ?? 0);
  const wall = row.wall(day);
  const said = dayWords(noonOf(day));
  const { base, source } = syncedName(exercise);
  let text: string;
  if (DAY_ENERGY.test(base)) {
    const how = minutes >= 1 ? ` (${Math.round(minutes)} minutes of activity)` : "";
    text = `On ${said} ${source ?? "my tracker"} added ${Math.round(kcal).toLocaleString("en-GB")} active calories${how}.`;
  } else {
    const { sport, named } = sportOf(base);
    const at = wall === null || clockOf(wall) === "00:00" ? "" : ` at ${clockOf(wall)}`;
    const extras = [...(named ? [`"${base}"`] : []), ...(source ? [source] : []), ...(kcal > 0 ? [caloriesWords(kcal)] : [])];
    text = `${effortWords(sport, null, Math.round(minutes) * 60)} on ${said}${at}${extras.length ? ` (${extras.join(", ")})` : ""}.`;
  }
  const cronometer = { kind: "exercise", day, time: row.cell("time") || null, group: row.cell("group") || null, exercise, minutes, calories: kcal };
  return { day, turn: turnOf(name, wall ?? noonOf(day), text, cronometer) };
}

/** A reading's unit as said: "lbs" → "lb"; the others as written. */
function unitWords(unit: string): string {
  return /^lbs?$/i.test(unit) ? "lb" : unit;
}

/** A biometric reading as its clause ("I weighed 68.9 kg at 07:12", "my blood pressure was 124/79 mmHg at 10:20"). */
function readingClause(metric: string, unit: string, amount: string, value: number | null, wall: number | null, source: string | null): string {
  const at = wall === null || clockOf(wall) === "00:00" ? "" : ` at ${clockOf(wall)}`;
  const from = source ? ` (${source})` : "";
  const what = metric.toLowerCase();
  const u = unitWords(unit);
  if (what === "weight" && value !== null) return weighedClause({ value, unit: u || null, wall: at ? wall : null, source });
  if (what === "sleep" && value !== null && /^h(?:ou)?rs?$/i.test(unit)) return `I slept ${durationWords(value * 3600)}${at}${from}`;
  if (what === "insulin" && value !== null) return `I took ${said2(value)} ${u || "units"} of insulin${at}${from}`;
  const figure = value === null ? amount : said2(value);
  const withUnit = !u ? figure : u === "%" ? `${figure}%` : `${figure} ${u}`;
  return `my ${what} was ${withUnit}${at}${from}`;
}

/** biometrics.csv's row as its paragraph (see the module's docs). */
function biometricOf(row: Row, name: string): DayTurn {
  const day = row.day("Day");
  const metric = row.cell("metric") || row.fail("Metric", "", 'no metric: expected its name, "Weight"');
  const unit = row.cell("unit");
  const amount = row.cell("amount");
  const pair = /^\d+(?:\.\d+)?\/\d+(?:\.\d+)?$/.test(amount);
  const value = pair
    ? null
    : NUMBER.test(amount)
      ? Number(amount)
      : row.fail("Amount", amount, 'no reading: expected a number, "68.9", or a blood pressure, "124/79"');
  const wall = row.wall(day);
  const { base, source } = syncedName(metric);
  const text = dayTotalsWords(day, [readingClause(base, unit, amount, value, wall, source)]);
  const cronometer = { kind: "biometric", day, time: row.cell("time") || null, group: row.cell("group") || null, metric, unit, amount: value ?? amount };
  return { day, turn: turnOf(name, wall ?? noonOf(day), text, cronometer) };
}

/** A name unique in the file: `name`, then `name #2`, `name #3` … */
function uniqueName(seen: Map<string, number>, name: string): string {
  const n = (seen.get(name) ?? 0) + 1;
  seen.set(name, n);
  return n > 1 ? `${name} #${n}` : name;
}

/** A paragraph's name before it is made unique: its kind, its day, its time as written (when it has one) and what it is ("exercise 2026-11-05 6:30 PM Spinning"). */
function nameOf(kind: "exercise" | "biometric", row: Row, day: string, what: string): string {
  return [kind, day, row.cell("time"), what].filter(Boolean).join(" ");
}

/**
 * Reads `file`, a CSV of Cronometer's export (told by `start`, its first KiB: {@link cronometerKindOf}), as notes of the
 * user's (format `note`, said by the user, speaker "User", `records: "day"`): a note per day (externalId
 * `cronometer:day:2026-11-03`, title "Cronometer, Tuesday 3 November 2026") holding the file's paragraphs of that day (see
 * the module's docs), in time order, given once the file is read (or sooner past held-notes.ts's bound; a day met again
 * adds to the same note). Turn metadata `{ cronometer: { kind: "day", day, completed, <nutrient>: value … } | { kind:
 * "meal", day, group, foods: [{ name, amount, time, category }], calories, protein, … } | { kind: "exercise", day, time,
 * group, exercise, minutes, calories } | { kind: "biometric", day, time, group, metric, unit, amount } | { kind: "note",
 * day, group } }`.
 * @throws ImportError naming the file and the line: a day that is none (`line 4: Day "03/11/2026" is no day: expected one
 *   as Cronometer writes it, "2026-11-03"`), a time or a number that is none (`line 9: Energy (kcal) "lots" is no number
 *   …`), a reading that is neither a number nor a blood pressure, a stray quote or invalid UTF-8 (csv-records.ts); a
 *   file of the export with nothing to tell (a header alone, entries of nothing) says so, "the note has no text: …" (a
 *   folder passes it over), as does the fasts export (fasts.csv, not read); a file that is none of the export's says what
 *   was expected.
 */
export async function* parseCronometer(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = cronometerKindOf(start);
  if (!kind) throw new ImportError(file, "line 1", `not a file of Cronometer's export: expected its header, ${HEADERS}`);
  if (kind === "fasts") throw new ImportError(file, "byte 0", `${NO_TEXT}: Cronometer's fasts (fasts.csv: each fast's name, times and comments), not read`);
  const size = (await stat(file)).size;
  const csv = headedRecords(file, size, MAX_RECORD_CHARS, opts.onProgress, (names) => kindOfNames(names) === kind, "a file of Cronometer's export", HEADERS);
  const held = new HeldNotes({ records: "day" });
  const days = new Days<Map<string, Meal>>(() => new Map());
  const seen = new Map<string, number>();
  let items = 0;
  let told = 0;
  const tell = function* (records: Iterable<DayTurn | null>): Generator<ParsedConversation> {
    for (const r of records) {
      if (!r) continue;
      told++;
      yield* held.add(`cronometer:day:${r.day}`, dayNoteTitle("Cronometer", r.day), r.turn);
    }
  };
  const meals = (all: boolean) => days.take(all).flatMap(([day, m]) => mealTurns(day, m));
  for await (const { cells, line, columns, header } of csv.records) {
    items++;
    const row = new Row(file, line, cells, columns);
    if (kind === "summary") yield* tell([summaryOf(row, header)]);
    else if (kind === "servings") {
      addServing(row, days);
      yield* tell(meals(false));
    } else if (kind === "exercises") {
      const day = row.day("Day");
      yield* tell([exerciseOf(row, uniqueName(seen, nameOf("exercise", row, day, row.cell("exercise"))))]);
    } else if (kind === "biometrics") {
      const day = row.day("Day");
      yield* tell([biometricOf(row, uniqueName(seen, nameOf("biometric", row, day, row.cell("metric"))))]);
    } else {
      const day = row.day("Day");
      const note = row
        .cell("note")
        .replace(/[ \t]+$/gm, "")
        .trim();
      if (!note) continue;
      const n = (seen.get(`note ${day}`) ?? 0) + 1;
      seen.set(`note ${day}`, n);
      yield* tell([{ day, turn: turnOf(`note ${day} #${n}`, row.wall(day) ?? noonOf(day), note, { kind: "note", day, group: row.cell("group") || null }) }]);
    }
  }
  yield* tell(meals(true));
  yield* held.given();
  if (!told) await nothingToTell(file, "a Cronometer file", items, "a day, a food, an exercise, a reading or a note told");
}
