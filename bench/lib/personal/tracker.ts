/**
 * The tracker: Saoirse Kelly, 31, a physiotherapist in Bristol, was diagnosed with coeliac disease in August 2026 and
 * on Thursday 1 October starts a cut, logging everything she eats in Cronometer (Gold, so her diary keeps each entry's
 * time) until Sunday 15 November, with her morning weigh-ins, her blood pressure (a home cuff, and the GP's on Monday 12
 * October), two blood glucose readings, and her phone's Apple Health syncing her workouts, active energy, resting heart
 * rate and sleep. She eats gluten free (Nairn's oats, Genius bread, Schär pasta), drinks coffee most mornings, runs
 * parkrun on Saturdays, goes to a spin class on Thursdays and lifts on Mondays and Wednesdays; her friend Aisling's
 * wedding on Saturday 17 October is her biggest day, a "gluten free" falafel wrap glutens her on Thursday 22 October,
 * she sees the dietitian on Wednesday 4 November, and has two proseccos at Orla's 30th on Saturday 7 November, the last
 * drink she logs. She writes a diary note on the days that matter. On Monday 16 November she exports everything
 * (cronometer.com → More → Account → Export Data, each of the five exports for 1 October to 15 November, each downloaded
 * as its own CSV), keeps the five files in a folder and imports it (`engram import Cronometer`).
 *
 * The files as Cronometer writes them, UTF-8 with no byte order mark, LF line ends:
 * - `dailysummary.csv` ("Daily Nutrition"): `Date,Energy (kcal),Alcohol (g),Caffeine (mg),Water (g),B1 (Thiamine)
 *   (mg),…,Carbs (g),Fiber (g),Starch (g),Sugars (g),Net Carbs (g),Fat (g),…,Protein (g),…,Valine (g),Completed`, a row
 *   per day with food logged (none for Saturday 10 October, a day away she did not log), each nutrient to two decimals
 *   ("1813.11"), a nutrient no food of the day gives empty, and whether she marked the day complete ("true", "false");
 * - `servings.csv` ("Food & Recipe Entries"): `Day,Time,Group,Food Name,Amount,Energy (kcal),…,Category`, the same
 *   nutrients for each food logged, the day's foods by diary group (her groups are Cronometer's own: Breakfast,
 *   Lunch, Dinner, Snacks), the time of each entry as Cronometer writes it ("7:42 AM", empty for one logged with no
 *   time), the strings quoted (`"Breakfast"`, `"Eggs, Cooked"`, `"2.00 large"`, `"Dairy and Egg Products"`), a
 *   nutrient the food's record lacks empty, her own recipes with an empty category (`""`);
 * - `exercises.csv`: `Day,Time,Group,Exercise,Minutes,Calories Burned`, the group "Uncategorized", the exercise's
 *   name quoted, the minutes with a decimal (Apple Health's to many places, "57.66853808363279"), the calories
 *   burned written negative ("-402.21", an entry that takes from the day's energy), Apple Health's "Active Energy
 *   Balance (Apple Health)" each day with 0.0 minutes and no time;
 * - `biometrics.csv`: `Day,Time,Group,Metric,Unit,Amount`, the metric quoted (`"Weight"`, `"Blood Pressure"`,
 *   `"Blood Glucose"`, `"Heart Rate (Apple Health)"`, `"Sleep (Apple Health)"`), the unit as Cronometer names it
 *   ("kg", "mmHg", "mmol/L", "bpm", "hours"), the amount ("68.9", a blood pressure "124/79"), a night's sleep with no
 *   time;
 * - `notes.csv`: `Day,Group,Note`, a day's note in quotes, typed over several lines in one.
 *
 * Checked against public code that reads Cronometer's exports and real files published with it (the search tools):
 * dhjelmar/Diabetes' biometrics.csv and servings.csv (2022: `Day,Time,Group,Metric,Unit,Amount`, "8:30 AM", an empty
 * time for a synced sleep, `"Sleep (Garmin)"`, `"Heart Rate (Garmin)"`, "mg/dL", the user's own group "Beetus";
 * `Day,Time,Group,Food Name,Amount,Energy (kcal),Alcohol (g),Caffeine (mg),Water (g),…,Category` with every string
 * quoted, "4.00 medium", `"1.00 whole - 3 1/2"" diameter"`, empty nutrients, `""` for a recipe), maximumpeaches/
 * tracking's dailysummary.csv and servings.csv (2023: `Date,Energy (kcal),…,Completed` "false", a day of one quick
 * entry, foods with no time, entries of "0.00 g" and nothing), stackingrockss/dashboard's dailysummary.csv (2025:
 * `Date,Energy (kcal),Alcohol (g),Caffeine (mg),…`, a day missing), a test built on a real 2026 exercises.csv
 * (`Day,Group,Exercise,Minutes,Calories Burned`, "Uncategorized", the calories negative, "Active Energy Balance (Apple
 * Health)" at 0.0 minutes, "Traditional Strength Training (Apple Health)" at 57.66853808363279), jrmycanady/gocronometer's
 * parsers (Day, Time "3:04 PM", Group, Food Name, Amount "value unit", the nutrients by name, Category; exercises' and
 * biometrics' Time when present; a blood pressure's amount holding "/"), and readers' fixtures of notes.csv (`Day,Group,Note`,
 * `Day,Time,Group,Note`). The Time column is there when the diary keeps entries' times (her Gold account's, as 2022's
 * and 2023's files); 2026's files without it are read by the tests. Written by the developers in session 40 before
 * Engram could read Cronometer's export (the first run's figures are in bench/README.md), with the questions she asks
 * later, the words a right answer holds, and three that nothing here answers.
 */
import { seeded } from "./seeded.js";
import type { Person, PersonFile } from "./types.js";

const random = seeded(4041);

/** The folder she keeps the five downloads in. */
const FOLDER = "Cronometer";

/** Her days, "2026-10-01" … "2026-11-15". */
const DAYS: string[] = [];
for (let t = Date.UTC(2026, 9, 1); t <= Date.UTC(2026, 10, 15); t += 86_400_000) DAYS.push(new Date(t).toISOString().slice(0, 10));

/** A day she was away and logged nothing. */
const NOT_LOGGED = new Set(["2026-10-10"]);

/** The weekday of a day, 0 Sunday … 6 Saturday. */
function weekday(day: string): number {
  return new Date(`${day}T12:00:00Z`).getUTCDay();
}

/** A whole number from `lo` to `hi`. */
function between(lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** The nutrient columns of both files, in Cronometer's order. */
const NUTRIENTS = [
  "Energy (kcal)",
  "Alcohol (g)",
  "Caffeine (mg)",
  "Water (g)",
  "B1 (Thiamine) (mg)",
  "B2 (Riboflavin) (mg)",
  "B3 (Niacin) (mg)",
  "B5 (Pantothenic Acid) (mg)",
  "B6 (Pyridoxine) (mg)",
  "B12 (Cobalamin) (µg)",
  "Folate (µg)",
  "Vitamin A (µg)",
  "Vitamin C (mg)",
  "Vitamin D (IU)",
  "Vitamin E (mg)",
  "Vitamin K (µg)",
  "Calcium (mg)",
  "Copper (mg)",
  "Iron (mg)",
  "Magnesium (mg)",
  "Manganese (mg)",
  "Phosphorus (mg)",
  "Potassium (mg)",
  "Selenium (µg)",
  "Sodium (mg)",
  "Zinc (mg)",
  "Carbs (g)",
  "Fiber (g)",
  "Starch (g)",
  "Sugars (g)",
  "Net Carbs (g)",
  "Fat (g)",
  "Cholesterol (mg)",
  "Monounsaturated (g)",
  "Polyunsaturated (g)",
  "Saturated (g)",
  "Trans-Fats (g)",
  "Omega-3 (g)",
  "Omega-6 (g)",
  "Cystine (g)",
  "Histidine (g)",
  "Isoleucine (g)",
  "Leucine (g)",
  "Lysine (g)",
  "Methionine (g)",
  "Phenylalanine (g)",
  "Protein (g)",
  "Threonine (g)",
  "Tryptophan (g)",
  "Tyrosine (g)",
  "Valine (g)",
];

/** A food as her diary holds it: its name, one serving's amount and unit, its category, and that serving's nutrients (by column; those absent are empty in the file). */
interface Food {
  name: string;
  qty: number;
  unit: string;
  category: string;
  n: Partial<Record<string, number>>;
}

/** One serving's nutrients, by the columns she asks about and a few beside them. */
function food(
  name: string,
  qty: number,
  unit: string,
  category: string,
  kcal: number,
  carbs: number,
  fiber: number,
  sugars: number,
  fat: number,
  protein: number,
  more: Partial<Record<string, number>> = {},
): Food {
  return {
    name,
    qty,
    unit,
    category,
    n: {
      "Energy (kcal)": kcal,
      "Carbs (g)": carbs,
      "Fiber (g)": fiber,
      "Sugars (g)": sugars,
      "Net Carbs (g)": Math.max(0, carbs - fiber),
      "Fat (g)": fat,
      "Protein (g)": protein,
      "Alcohol (g)": 0,
      "Caffeine (mg)": 0,
      ...more,
    },
  };
}

const F = {
  porridge: food("Nairn's, Gluten Free Porridge Oats", 50, "g", "Breakfast Cereals", 187, 30.5, 4.5, 0.6, 4.2, 6.3, { "Sodium (mg)": 2, "Iron (mg)": 2.1 }),
  milk: food("Milk, Semi-Skimmed", 200, "g", "Dairy and Egg Products", 98, 9.6, 0, 9.6, 3.4, 7.0, { "Water (g)": 178, "Sodium (mg)": 88, "Calcium (mg)": 240 }),
  blueberries: food("Blueberries, Raw", 80, "g", "Fruits and Fruit Juices", 46, 11.6, 1.9, 8.0, 0.3, 0.6, { "Water (g)": 67.4, "Vitamin C (mg)": 7.8 }),
  yogurt: food("Fage, Total 0% Greek Yogurt", 150, "g", "Dairy and Egg Products", 81, 4.5, 0, 4.5, 0, 15.3, { "Sodium (mg)": 54 }),
  eggs: food("Eggs, Cooked", 2, "large", "Dairy and Egg Products", 143, 0.8, 0, 0.4, 9.5, 12.6, { "Sodium (mg)": 142, "Cholesterol (mg)": 372 }),
  toast: food("Genius, Gluten Free Seeded Brown Bread", 2, "slice", "Baked Products", 176, 26, 5.4, 2.2, 5.0, 4.6, { "Sodium (mg)": 380 }),
  banana: food("Banana, Raw", 1, "medium", "Fruits and Fruit Juices", 105, 27, 3.1, 14.4, 0.4, 1.3, { "Potassium (mg)": 422 }),
  coffee: food("Coffee, Brewed", 1, "cup", "Beverages", 2.4, 0, 0, 0, 0.05, 0.28, { "Caffeine (mg)": 95, "Water (g)": 235 }),
  tea: food("Tea, Brewed", 1, "cup", "Beverages", 2.4, 0.7, 0, 0, 0, 0, { "Caffeine (mg)": 47, "Water (g)": 236 }),
  pancakes: food("Buckwheat Pancakes", 2, "pancake", "", 240, 38, 3.6, 4.0, 6.0, 9.0, { "Sodium (mg)": 310 }),
  raspberries: food("Raspberries, Raw", 100, "g", "Fruits and Fruit Juices", 52, 11.9, 6.5, 4.4, 0.7, 1.2, { "Vitamin C (mg)": 26.2 }),
  maple: food("Maple Syrup", 1, "tbsp", "Sweets", 52, 13.4, 0, 12.1, 0, 0),
  chicken: food("Chicken Breast, Roasted", 120, "g", "Poultry Products", 198, 0, 0, 0, 4.3, 37.2, { "Sodium (mg)": 89 }),
  rice: food("Rice, Basmati, Cooked", 150, "g", "Cereal Grains and Pasta", 182, 39.6, 0.6, 0.1, 0.6, 4.1),
  salad: food("Mixed Salad Leaves", 50, "g", "Vegetables and Vegetable Products", 9, 1.5, 1.0, 0.6, 0.1, 0.7),
  tuna: food("Tuna, Canned in Spring Water", 110, "g", "Finfish and Shellfish Products", 119, 0, 0, 0, 0.9, 27.5, { "Sodium (mg)": 270 }),
  potato: food("Potato, Baked, Flesh and Skin", 1, "medium", "Vegetables and Vegetable Products", 161, 36.6, 3.8, 2.0, 0.2, 4.3),
  beans: food("Heinz, Baked Beans in Tomato Sauce", 0.5, "can", "Legumes and Legume Products", 164, 26, 7.6, 9.8, 0.4, 9.8, { "Sodium (mg)": 1000 }),
  quinoa: food("Quinoa, Cooked", 150, "g", "Cereal Grains and Pasta", 180, 32, 4.2, 1.3, 2.9, 6.6),
  feta: food("Feta Cheese", 30, "g", "Dairy and Egg Products", 79, 1.2, 0, 1.2, 6.4, 4.3, { "Sodium (mg)": 340 }),
  soup: food("Lentil Soup", 300, "g", "", 260, 40, 11, 6, 3, 15, { "Sodium (mg)": 800 }),
  cottage: food("Cottage Cheese, Low Fat", 100, "g", "Dairy and Egg Products", 72, 2.7, 0, 2.7, 1.0, 12.4, { "Sodium (mg)": 406 }),
  wrap: food("Gluten Free Falafel Wrap", 1, "each", "", 455, 52, 6, 4, 19, 14, { "Sodium (mg)": 920 }),
  salmon: food("Salmon, Atlantic, Farmed, Baked", 140, "g", "Finfish and Shellfish Products", 288, 0, 0, 0, 17, 31, { "Sodium (mg)": 85 }),
  sweetPotato: food("Sweet Potato, Baked", 150, "g", "Vegetables and Vegetable Products", 135, 31, 5, 9.7, 0.2, 3.0),
  broccoli: food("Broccoli, Steamed", 100, "g", "Vegetables and Vegetable Products", 35, 7.2, 3.3, 1.4, 0.4, 2.4, { "Vitamin C (mg)": 64.9 }),
  mince: food("Beef Mince, 5% Fat", 125, "g", "Beef Products", 171, 0, 0, 0, 6.3, 27.5, { "Sodium (mg)": 84, "Iron (mg)": 2.9 }),
  pasta: food("Schär, Gluten Free Penne", 75, "g", "Cereal Grains and Pasta", 267, 59, 1.4, 0.8, 1.1, 3.5),
  passata: food("Passata", 200, "g", "Vegetables and Vegetable Products", 52, 9, 2, 8, 0.4, 2.6, { "Sodium (mg)": 20 }),
  curry: food("Chickpea and Spinach Curry", 1, "serving", "", 340, 42, 12, 9, 11, 15, { "Sodium (mg)": 650, "Iron (mg)": 4.8 }),
  turkey: food("Turkey Mince, 2% Fat", 125, "g", "Poultry Products", 150, 0, 0, 0, 2.5, 31, { "Sodium (mg)": 90 }),
  apple: food("Apple, Raw", 1, "medium", "Fruits and Fruit Juices", 95, 25, 4.4, 19, 0.3, 0.5),
  almonds: food("Almonds", 25, "g", "Nut and Seed Products", 145, 5.4, 3.1, 1.1, 12.5, 5.3),
  riceCakes: food("Kallo, Lightly Salted Rice Cakes", 2, "cake", "Snacks", 56, 12, 0.4, 0.1, 0.4, 1.2, { "Sodium (mg)": 60 }),
  peanutButter: food("Peanut Butter, Smooth", 15, "g", "Legumes and Legume Products", 94, 3, 1, 1.4, 8, 3.8, { "Sodium (mg)": 70 }),
  chocolate: food("Lindt, Excellence 85% Cocoa", 20, "g", "Sweets", 117, 3.8, 2.7, 2.8, 9.2, 2.5, { "Caffeine (mg)": 16 }),
  shake: food("Whey Protein Isolate, Unflavoured", 30, "g", "Supplements", 110, 1, 0, 0.5, 0.5, 26, { "Sodium (mg)": 50 }),
  prosecco: food("Prosecco", 1, "glass (125 ml)", "Beverages", 89, 1.5, 0, 1.5, 0, 0.1, { "Alcohol (g)": 11.6 }),
  wine: food("Wine, Red", 1, "glass (175 ml)", "Beverages", 146, 4.5, 0, 1.1, 0, 0.1, { "Alcohol (g)": 18.2 }),
  cider: food("Cider, Dry", 1, "pint", "Beverages", 216, 15, 0, 15, 0, 0, { "Alcohol (g)": 26 }),
  roastBeef: food("Roast Beef, Sliced", 200, "g", "Beef Products", 340, 0, 0, 0, 14, 52, { "Sodium (mg)": 120 }),
  roastPotatoes: food("Roast Potatoes", 250, "g", "Vegetables and Vegetable Products", 375, 55, 5, 1.5, 15, 6.5),
  cake: food("Wedding Cake, Gluten Free", 2, "slice", "", 760, 110, 2, 80, 32, 8),
  canapes: food("Smoked Salmon Canapés on Rice Crackers", 4, "piece", "", 320, 28, 1, 2, 16, 18, { "Sodium (mg)": 900 }),
  chips: food("Chips, Dedicated Gluten Free Fryer", 1, "portion", "", 430, 55, 5, 0.5, 21, 5.2, { "Sodium (mg)": 400 }),
};

/** A food logged: what, how many servings, at what time ("7:42 AM", "" for none). */
type Entry = [food: Food, servings: number, time: string];

/** A day's diary: its entries by group. */
type Diary = Record<"Breakfast" | "Lunch" | "Dinner" | "Snacks", Entry[]>;

/** A clock time as Cronometer writes it, "7:42 AM", from hours and minutes. */
function clock(h: number, m: number): string {
  const hh = h % 12 === 0 ? 12 : h % 12;
  return `${hh}:${String(m).padStart(2, "0")} ${h < 12 ? "AM" : "PM"}`;
}

/** The days whose diary is given exactly (the days she asks about). */
const FIXED: Record<string, Diary> = {
  // (the one breakfast of buckwheat pancakes)
  "2026-11-03": {
    Breakfast: [
      [F.pancakes, 1, "7:38 AM"],
      [F.raspberries, 1, "7:38 AM"],
      [F.maple, 1, "7:39 AM"],
      [F.coffee, 1, "7:40 AM"],
    ],
    Lunch: [
      [F.chicken, 1, "12:51 PM"],
      [F.quinoa, 1, "12:51 PM"],
      [F.salad, 1, "12:52 PM"],
    ],
    Dinner: [
      [F.turkey, 1, "7:05 PM"],
      [F.rice, 1, "7:05 PM"],
      [F.broccoli, 1, "7:06 PM"],
    ],
    Snacks: [[F.apple, 1, "3:30 PM"]],
  },
  // (three coffees: 285 mg of caffeine)
  "2026-11-02": {
    Breakfast: [
      [F.eggs, 1, "7:15 AM"],
      [F.toast, 1, "7:15 AM"],
      [F.coffee, 1, "7:16 AM"],
    ],
    Lunch: [
      [F.tuna, 1, "1:02 PM"],
      [F.potato, 1, "1:02 PM"],
      [F.coffee, 1, "1:30 PM"],
    ],
    Dinner: [
      [F.salmon, 1, "6:48 PM"],
      [F.sweetPotato, 1, "6:48 PM"],
      [F.broccoli, 1, "6:49 PM"],
    ],
    Snacks: [
      [F.coffee, 1, "3:45 PM"],
      [F.almonds, 1, "3:45 PM"],
    ],
  },
  // (a high-protein Friday)
  "2026-11-06": {
    Breakfast: [
      [F.yogurt, 1.33, "7:20 AM"],
      [F.blueberries, 1, "7:20 AM"],
      [F.coffee, 1, "7:21 AM"],
    ],
    Lunch: [
      [F.chicken, 1.25, "12:40 PM"],
      [F.rice, 1, "12:40 PM"],
      [F.salad, 1, "12:41 PM"],
    ],
    Dinner: [
      [F.mince, 1, "7:12 PM"],
      [F.pasta, 1, "7:12 PM"],
      [F.passata, 1, "7:13 PM"],
    ],
    Snacks: [
      [F.shake, 1, "5:10 PM"],
      [F.cottage, 1, "9:15 PM"],
    ],
  },
  // (Orla's 30th: two proseccos and chips, her last drink)
  "2026-11-07": {
    Breakfast: [
      [F.porridge, 1, "8:45 AM"],
      [F.milk, 1, "8:45 AM"],
      [F.banana, 1, "8:46 AM"],
      [F.coffee, 1, "8:47 AM"],
    ],
    Lunch: [
      [F.soup, 1, "1:20 PM"],
      [F.riceCakes, 1, "1:21 PM"],
    ],
    Dinner: [
      [F.chips, 1, "8:30 PM"],
      [F.prosecco, 2, "8:31 PM"],
    ],
    Snacks: [[F.apple, 1, "4:00 PM"]],
  },
  // (Aisling's wedding: her biggest day)
  "2026-10-17": {
    Breakfast: [
      [F.eggs, 1, "8:10 AM"],
      [F.toast, 1, "8:10 AM"],
      [F.coffee, 1, "8:11 AM"],
    ],
    Lunch: [
      [F.canapes, 1, "2:30 PM"],
      [F.prosecco, 1, "2:31 PM"],
    ],
    Dinner: [
      [F.roastBeef, 1, "5:45 PM"],
      [F.roastPotatoes, 1, "5:45 PM"],
      [F.broccoli, 1, "5:46 PM"],
      [F.wine, 3, "5:47 PM"],
    ],
    Snacks: [[F.cake, 1, "9:30 PM"]],
  },
  // (glutened: the café's "gluten free" wrap)
  "2026-10-22": {
    Breakfast: [
      [F.porridge, 1, "7:30 AM"],
      [F.milk, 1, "7:30 AM"],
      [F.blueberries, 1, "7:31 AM"],
      [F.coffee, 1, "7:32 AM"],
    ],
    Lunch: [[F.wrap, 1, "12:35 PM"]],
    Dinner: [
      [F.soup, 1, "7:40 PM"],
      [F.riceCakes, 1, "7:41 PM"],
    ],
    Snacks: [[F.tea, 1, "4:15 PM"]],
  },
  // (a cider with Dad at the Llandoger, the first drink of the cut)
  "2026-10-03": {
    Breakfast: [
      [F.eggs, 1, "9:05 AM"],
      [F.toast, 1, "9:05 AM"],
      [F.coffee, 1, "9:06 AM"],
    ],
    Lunch: [
      [F.tuna, 1, "1:15 PM"],
      [F.potato, 1, "1:15 PM"],
    ],
    Dinner: [
      [F.curry, 1, "7:30 PM"],
      [F.rice, 1, "7:30 PM"],
      [F.cider, 1, "8:10 PM"],
    ],
    Snacks: [],
  },
};

/** A day's diary as she eats most days: one of her breakfasts, lunches and dinners, a snack or two, a coffee or two and maybe a tea (never three coffees). */
function diaryOf(day: string): Diary {
  const fixed = FIXED[day];
  if (fixed) return fixed;
  const m = () => between(0, 59);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)]!;
  const breakfast = pick<Food[]>([
    [F.porridge, F.milk, F.blueberries],
    [F.eggs, F.toast],
    [F.yogurt, F.banana],
    [F.porridge, F.milk, F.banana],
  ]);
  const lunch = pick<Food[]>([
    [F.chicken, F.rice, F.salad],
    [F.tuna, F.potato],
    [F.quinoa, F.feta, F.salad],
    [F.soup, F.riceCakes],
    [F.beans, F.potato],
  ]);
  const dinner = pick<Food[]>([
    [F.salmon, F.sweetPotato, F.broccoli],
    [F.mince, F.pasta, F.passata],
    [F.curry, F.rice],
    [F.turkey, F.rice, F.broccoli],
  ]);
  const bh = between(6, 8);
  const b = clock(bh, m());
  const l = clock(between(12, 13), m());
  const d = clock(between(18, 19), m());
  const s = clock(between(15, 16), m());
  const snackSets: Food[][] = [[F.apple, F.almonds], [F.riceCakes, F.peanutButter], [F.chocolate], [F.shake], [F.apple, F.peanutButter]];
  const snacks = [...pick(snackSets), ...(random() < 0.7 ? pick(snackSets) : [])];
  const diary: Diary = {
    Breakfast: [...breakfast.map((f) => [f, 1, b] as Entry), [F.coffee, 1, clock(bh, 59)]],
    Lunch: lunch.map((f, i) => [f, i === 0 ? 1.25 : 1, l] as Entry),
    Dinner: dinner.map((f, i) => [f, i === 0 ? 1.2 : 1, d] as Entry),
    Snacks: snacks.map((f) => [f, 1, s] as Entry),
  };
  if (random() < 0.45) diary.Lunch.push([F.coffee, 1, l]);
  if (random() < 0.5) diary.Snacks.push([F.tea, 1, s]);
  // (a food she logged with no time, now and then)
  if (random() < 0.15) diary.Snacks.push([F.apple, 1, ""]);
  return diary;
}

/** A nutrient as Cronometer writes it, to two decimals ("1813.11"). */
function n2(x: number): string {
  return x.toFixed(2);
}

/** A serving's amount as Cronometer writes it: "2.00 large", "150.00 g". */
function amountOf(f: Food, servings: number): string {
  return `${n2(f.qty * servings)} ${f.unit}`;
}

/** A string cell as Cronometer writes it: quoted, its quotes doubled. */
function q(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Her diary, day by day (drawn once, in day order). */
const DIARIES = new Map(DAYS.filter((d) => !NOT_LOGGED.has(d)).map((d) => [d, diaryOf(d)]));

/** A day's totals by nutrient column (sums of its servings; a nutrient no serving gives is absent). */
function totalsOf(diary: Diary): Map<string, number> {
  const total = new Map<string, number>();
  for (const entries of Object.values(diary))
    for (const [f, servings] of entries) for (const [k, v] of Object.entries(f.n)) if (v !== undefined) total.set(k, (total.get(k) ?? 0) + v * servings);
  return total;
}

/** servings.csv: a row per food logged, the day's by group. */
function servingsCsv(): string {
  const header = `Day,Time,Group,Food Name,Amount,${NUTRIENTS.join(",")},Category`;
  const rows: string[] = [];
  for (const [day, diary] of DIARIES)
    for (const [group, entries] of Object.entries(diary))
      for (const [f, servings, time] of entries)
        rows.push(
          [
            day,
            time,
            q(group),
            q(f.name),
            q(amountOf(f, servings)),
            ...NUTRIENTS.map((c) => (f.n[c] === undefined ? "" : n2(f.n[c]! * servings))),
            q(f.category),
          ].join(","),
        );
  return `${[header, ...rows].join("\n")}\n`;
}

/** Days she marked complete in the app. */
function completed(day: string): boolean {
  return weekday(day) !== 6 && day !== "2026-10-22";
}

/** dailysummary.csv: a row per day with food logged, the sums of its servings, and whether she marked it complete. */
function dailySummaryCsv(): string {
  const header = `Date,${NUTRIENTS.join(",")},Completed`;
  const rows = [...DIARIES].map(([day, diary]) => {
    const t = totalsOf(diary);
    return [day, ...NUTRIENTS.map((c) => (t.has(c) ? n2(t.get(c)!) : "")), String(completed(day))].join(",");
  });
  return `${[header, ...rows].join("\n")}\n`;
}

/** The day's total of `column`, as the summary says it rounded. */
function totalOf(day: string, column: string): number {
  return Math.round(totalsOf(DIARIES.get(day)!).get(column) ?? 0);
}

/** exercises.csv: Apple Health's active energy each day, her lifting, spin class and parkrun. */
function exercisesCsv(): string {
  const rows: string[] = [];
  const row = (day: string, time: string, name: string, minutes: string, kcal: number) =>
    rows.push([day, time, "Uncategorized", q(name), minutes, `-${n2(kcal)}`].join(","));
  const parkrun: Record<string, number> = { "2026-10-24": 31 };
  for (const day of DAYS) {
    const dow = weekday(day);
    if (dow === 1 || dow === 3) {
      const minutes = 50 + random() * 10;
      row(day, clock(18, between(0, 40)), "Traditional Strength Training (Apple Health)", String(minutes), Math.round(minutes * 4.3 * 100) / 100);
    } else if (dow === 4) {
      // (spin class at 18:30; 402 calories only on Thursday 5 November)
      let kcal = day === "2026-11-05" ? 402 : between(376, 428);
      if (kcal === 402 && day !== "2026-11-05") kcal = 398;
      row(day, "6:30 PM", "Spinning", "45.0", kcal);
    } else if (dow === 6 && day !== "2026-10-10") {
      // (parkrun at 9:00; never 31 minutes but on 24 October)
      const minutes = parkrun[day] ?? [28, 29, 30, 32, 33][between(0, 4)]!;
      row(day, "9:00 AM", "Running", `${minutes}.0`, Math.round(minutes * 10.4));
    } else if (dow === 0) {
      row(day, "10:00 AM", "Yoga", "60.0", 180);
    }
    // (Apple Health's active energy for the day, never 402)
    row(day, "", "Active Energy Balance (Apple Health)", "0.0", Math.round((180 + random() * 260) * 100) / 100);
  }
  return `${["Day,Time,Group,Exercise,Minutes,Calories Burned", ...rows].join("\n")}\n`;
}

/** Her weigh-ins (kg), most mornings: 71.4 on 1 October down to about 67.6, 68.9 on Sunday 1 November and on no other day. */
function weights(): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  DAYS.forEach((day, i) => {
    if (NOT_LOGGED.has(day) || (weekday(day) === 0 && day !== "2026-11-01")) return;
    let kg = day === "2026-11-01" ? 68.9 : Math.round((71.4 - i * 0.085 + (random() - 0.5) * 0.6) * 10) / 10;
    if (kg === 68.9 && day !== "2026-11-01") kg = 69.0;
    out.push([day, kg]);
  });
  return out;
}

/** biometrics.csv: her weigh-ins, blood pressure and glucose, and Apple Health's resting heart rate and sleep. */
function biometricsCsv(): string {
  const rows: string[] = [];
  const row = (day: string, time: string, metric: string, unit: string, amount: string) =>
    rows.push([day, time, "Uncategorized", q(metric), unit, amount].join(","));
  const kg = new Map(weights());
  const pressure: Record<string, [string, string]> = {
    "2026-10-01": ["7:20 AM", "118/76"],
    "2026-10-12": ["10:20 AM", "124/79"],
    "2026-11-02": ["7:25 AM", "117/74"],
    "2026-11-14": ["7:31 AM", "115/73"],
  };
  const glucose: Record<string, [string, string]> = { "2026-10-20": ["7:50 AM", "5.3"], "2026-11-10": ["8:05 AM", "4.9"] };
  for (const day of DAYS) {
    row(day, "", "Sleep (Apple Health)", "hours", String(Math.round((6.2 + random() * 2.3) * 100000) / 100000));
    if (kg.has(day)) row(day, clock(7, between(2, 18)), "Weight", "kg", kg.get(day)!.toFixed(1));
    const bp = pressure[day];
    if (bp) row(day, bp[0], "Blood Pressure", "mmHg", bp[1]);
    const g = glucose[day];
    if (g) row(day, g[0], "Blood Glucose", "mmol/L", g[1]);
    row(day, "12:00 AM", "Heart Rate (Apple Health)", "bpm", `${between(54, 61)}.0`);
  }
  return `${["Day,Time,Group,Metric,Unit,Amount", ...rows].join("\n")}\n`;
}

/** Her diary notes, by day and group, as she typed them. */
const NOTES: Array<[day: string, group: string, note: string]> = [
  ["2026-10-01", "Uncategorized", "Day 1 of the cut. 1,500 kcal and 120 g protein a day, strictly gluten free since the diagnosis in August."],
  ["2026-10-03", "Dinner", "Dad took me to the Llandoger. Checked the cider was gluten free before ordering."],
  ["2026-10-12", "Uncategorized", "GP check-up. Blood pressure fine, she's referring me to the dietitian for the coeliac follow-up."],
  ["2026-10-17", "Uncategorized", "Aisling's wedding in Clevedon! Ate everything at the reception that was marked GF, and far too much cake. No regrets."],
  [
    "2026-10-22",
    "Lunch",
    'Glutened, I think. The "gluten free" falafel wrap from the café by the clinic: bloated and foggy all afternoon, and the rash on my elbows is back. Emailed them to ask how they prep it. Not going back.',
  ],
  ["2026-10-23", "Uncategorized", "Still rough from yesterday, skipped the gym. Rash fading."],
  [
    "2026-11-04",
    "Uncategorized",
    "Dietitian at Southmead today.\nFerritin is low (9), so ferrous fumarate 210 mg once a day with orange juice, away from coffee and tea. Recheck bloods in January.\nShe'd rather I ate 1,650 kcal than 1,500 while I'm training this much.",
  ],
  ["2026-11-07", "Dinner", "Orla's 30th at the Milk Thistle. Two proseccos and chips from their dedicated GF fryer."],
];

/** notes.csv: a row per note, its text quoted. */
function notesCsv(): string {
  return `${["Day,Group,Note", ...NOTES.map(([day, group, note]) => [day, group, q(note)].join(","))].join("\n")}\n`;
}

/** When she downloaded the five files: Monday 16 November 2026, in the evening. */
const MADE = Date.UTC(2026, 10, 16, 20, 14);

/** Her folder of the five downloads. */
function files(): PersonFile[] {
  return [
    { name: `${FOLDER}/dailysummary.csv`, text: dailySummaryCsv(), mtime: MADE },
    { name: `${FOLDER}/servings.csv`, text: servingsCsv(), mtime: MADE },
    { name: `${FOLDER}/exercises.csv`, text: exercisesCsv(), mtime: MADE },
    { name: `${FOLDER}/biometrics.csv`, text: biometricsCsv(), mtime: MADE },
    { name: `${FOLDER}/notes.csv`, text: notesCsv(), mtime: MADE },
  ];
}

/** The protein of Friday 6 November, as the summary says it rounded. */
const PROTEIN_6_NOVEMBER = String(totalOf("2026-11-06", "Protein (g)"));

/** Her biggest day of October (the wedding), checked: no other October day as big. */
function biggestOctoberDay(): string {
  const october = [...DIARIES.keys()].filter((d) => d.startsWith("2026-10"));
  const best = october.reduce((a, b) => (totalOf(b, "Energy (kcal)") > totalOf(a, "Energy (kcal)") ? b : a));
  if (best !== "2026-10-17") throw new Error(`tracker: the biggest October day is ${best}, not the wedding`);
  return "17 October";
}

/**
 * Questions she asks later, each with the words a right answer holds (all of them, any case), or null for a question
 * nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did I eat for breakfast on 3 November?", expect: ["buckwheat pancakes", "raspberries"] },
  { question: "How much protein did I have on Friday 6 November?", expect: [PROTEIN_6_NOVEMBER] },
  { question: "When did I last have alcohol?", expect: ["7 November"] },
  { question: "What was my weight on 1 November?", expect: ["68.9"] },
  { question: "What did I note about the gluten reaction?", expect: ["wrap"] },
  { question: "Which day in October did I eat the most calories?", expect: [biggestOctoberDay()] },
  { question: "What was my blood pressure at the GP on 12 October?", expect: ["124/79"] },
  { question: "What was my blood glucose on Tuesday 10 November?", expect: ["4.9"] },
  { question: "How much caffeine did I have on Monday 2 November?", expect: ["285"] },
  { question: "How many calories did I burn at spin class on Thursday 5 November?", expect: ["402"] },
  { question: "What did the dietitian tell me to take?", expect: ["ferrous fumarate"] },
  { question: "How long was my parkrun on Saturday 24 October?", expect: ["31 minutes"] },
  { question: "What's my goal weight?", expect: null },
  { question: "How many steps did I walk on Wednesday 4 November?", expect: null },
  { question: "How much did I pay for the gluten-free bread?", expect: null },
];

/** The tracker: her folder of Cronometer's five exports imported as one, asked on Wednesday 18 November 2026. */
export const tracker: Person = {
  name: "tracker",
  files: files(),
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 18, 8, 30),
  questions: QUESTIONS,
};
