/**
 * Cronometer's data export (core/ingest/health/cronometer.ts), its five CSVs as Cronometer writes them (More → Account →
 * Export Data): dailysummary.csv (`Date,Energy (kcal),…,Completed`), servings.csv (`Day,Time,Group,Food Name,Amount,…,Category`,
 * every string quoted, "0.00 g" entries of nothing; the free account's with no nutrients), exercises.csv (the calories
 * burned negative, Apple Health's day of active energy at 0.0 minutes), biometrics.csv (a blood pressure "124/79", a
 * synced night's sleep with no time) and notes.csv; 2022's and 2023's with a `Time` column, 2026's without. Each told by
 * its header whatever its name and not mistaken for its neighbours; a day a note of records, each meal, exercise, reading
 * and note a paragraph; read alone, in a folder and with --format; importing again adds nothing, a later export only the
 * new; a bad file refused naming the file and the line, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { cronometerKindOf } from "../../core/ingest/health/cronometer.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-cronometer-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** Writes `text` to `path` under the test's folder (its folders made); returns its path. */
function put(path: string, text: string): string {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A daily summary: two days, the second with alcohol and no water, a third with nothing logged. */
const SUMMARY = `Date,Energy (kcal),Alcohol (g),Caffeine (mg),Water (g),Carbs (g),Fiber (g),Sugars (g),Net Carbs (g),Fat (g),Sodium (mg),Protein (g),Completed
2026-11-06,1266.63,0.00,95.00,1210.50,130.40,7.10,27.30,123.30,16.12,743.00,144.53,true
2026-11-07,1411.40,23.20,95.00,,202.10,28.00,53.00,174.10,33.00,1350.00,36.98,false
2026-11-08,,,,,,,,,,,,false
`;

/** Servings with their times: a breakfast, a lunch (a serving's amount with a doubled quote), an entry of nothing, a food in no meal, a drink. */
const SERVINGS = `Day,Time,Group,Food Name,Amount,Energy (kcal),Alcohol (g),Caffeine (mg),Carbs (g),Fiber (g),Sugars (g),Fat (g),Sodium (mg),Protein (g),Category
2026-11-03,7:38 AM,"Breakfast","Buckwheat Pancakes","2.00 pancake",240.00,0.00,0.00,38.00,3.60,4.00,6.00,310.00,9.00,""
2026-11-03,7:38 AM,"Breakfast","Raspberries, Raw","100.00 g",52.00,0.00,0.00,11.90,6.50,4.40,0.70,,1.20,"Fruits and Fruit Juices"
2026-11-03,7:40 AM,"Breakfast","Coffee, Brewed","1.00 cup",2.40,0.00,95.00,0.00,0.00,0.00,0.05,,0.28,"Beverages"
2026-11-03,12:51 PM,"Lunch","English Muffin, White","1.00 whole - 3 1/2"" diameter",129.39,0.00,0.00,25.18,1.99,2.01,0.96,242.25,5.06,"Baked Products"
2026-11-03,,"Snacks","Blueberries, Frozen, Unsweetened","0.00 g",0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,"Fruits and Fruit Juices"
2026-11-03,9:15 PM,"Uncategorized","Almonds","25.00 g",145.00,0.00,0.00,5.40,3.10,1.10,12.50,,5.30,"Nut and Seed Products"
2026-11-07,8:31 PM,"Dinner","Prosecco","2.00 glass (125 ml)",178.00,23.20,0.00,3.00,0.00,3.00,0.00,,0.20,"Beverages"
`;

/** The free account's servings: no nutrients, a time or none. */
const FREE_SERVINGS = `Day,Time,Group,Food Name,Amount,Category
2026-03-13,12:30 PM,"Lunch","Lumberjack Burger","1.00 full recipe",""
2026-03-13,,"Uncategorized","French Fries","150.00 g","Vegetables"
`;

/** Exercises with their times: Apple Health's workout and day of active energy, a spin class, a name Fitbit does not know. */
const EXERCISES = `Day,Time,Group,Exercise,Minutes,Calories Burned
2026-11-02,6:12 PM,Uncategorized,"Traditional Strength Training (Apple Health)",57.66853808363279,-243.53
2026-11-02,,Uncategorized,"Active Energy Balance (Apple Health)",0.0,-402.21
2026-11-05,6:30 PM,Uncategorized,"Spinning",45.0,-402.00
2026-11-05,7:00 PM,Uncategorized,"Martial Arts",50.0,-245.07
`;

/** 2026's exercises: no Time column, Garmin's day of activity. */
const EXERCISES_2026 = `Day,Group,Exercise,Minutes,Calories Burned
2026-07-21,Uncategorized,"Custom Exercise",15.0,-75.00
2026-02-02,Uncategorized,Daily Activity (Garmin),107.0,-527.00
`;

/** Biometrics: a night's sleep with no time, a weigh-in, a day's heart rate at midnight, blood pressure, glucose, insulin, a synced weight in lbs, body fat. */
const BIOMETRICS = `Day,Time,Group,Metric,Unit,Amount
2026-11-01,,Uncategorized,"Sleep (Apple Health)",hours,7.98297
2026-11-01,7:12 AM,Uncategorized,"Weight",kg,68.9
2026-11-01,12:00 AM,Uncategorized,"Heart Rate (Apple Health)",bpm,59.0
2026-10-12,10:20 AM,Uncategorized,"Blood Pressure",mmHg,124/79
2022-11-03,8:30 AM,Beetus,"Blood Glucose",mg/dL,258.0
2022-11-03,9:45 AM,Beetus,"Insulin",units,5.0
2026-11-02,7:05 AM,Uncategorized,"Weight (Apple Health)",lbs,151.9
2026-11-02,7:30 AM,Uncategorized,"Body Fat",%,24.1
`;

/** Notes: one quoted with its quotes doubled, one over three lines, a second the same day, an empty one. */
const NOTES = `Day,Group,Note
2026-10-22,Lunch,"Glutened, I think. The ""gluten free"" falafel wrap from the café: bloated all afternoon."
2026-11-04,Uncategorized,"Dietitian at Southmead today.
Ferritin is low (9), so ferrous fumarate 210 mg once a day.
Recheck bloods in January."
2026-11-04,Uncategorized,Booked the blood test for 12 January.
2025-06-28,Uncategorized,
`;

/** Notes with their times, as some exports write them (a time with a space after it). */
const TIMED_NOTES = `Day,Time,Group,Note
2025-06-27,21:00 ,Data,"Felt great today"
`;

/** The paragraphs of `file`'s notes, [note key, paragraph name, text], in note then time order. */
async function told(file: string, format?: "cronometer"): Promise<Array<[string, string, string]>> {
  const notes = (await parsedConversations(file, format)).sort((a, b) => a.externalId.localeCompare(b.externalId));
  return notes.flatMap((n) => n.turns.map((t) => [n.externalId, t.externalId ?? "", t.text] as [string, string, string]));
}

describe("Cronometer's export", () => {
  it("tells each of its five files by its header, whatever its name, with or without Time, and none of its neighbours", async () => {
    const kinds = {
      SUMMARY: "summary",
      SERVINGS: "servings",
      FREE_SERVINGS: "servings",
      EXERCISES: "exercises",
      EXERCISES_2026: "exercises",
      BIOMETRICS: "biometrics",
      NOTES: "notes",
      TIMED_NOTES: "notes",
    } as const;
    const texts = { SUMMARY, SERVINGS, FREE_SERVINGS, EXERCISES, EXERCISES_2026, BIOMETRICS, NOTES, TIMED_NOTES };
    for (const [name, text] of Object.entries(texts)) {
      expect([name, cronometerKindOf(text)]).toEqual([name, kinds[name as keyof typeof kinds]]);
      expect([name, await detectFormat(put(`detect/${name.toLowerCase()}.txt`, text))]).toEqual([name, "cronometer"]);
    }
    const others = [
      // (MyFitnessPal's nutrition and measurements, WHOOP's journal, a bank's CSV, a note's CSV with more columns)
      "Date,Meal,Calories,Fat (g),Carbohydrates (g),Protein (g),Note\n2026-10-01,Breakfast,420,12,55,22,\n",
      "Date,Weight\n2026-10-01,71.2\n",
      "Cycle start time,Cycle end time,Cycle timezone,Question text,Answered yes,Notes\n",
      "Date,Description,Amount\n2026-10-04,Coffee,-3.20\n",
      "Day,Group,Note,Mood\n2026-10-04,Home,Fine,Good\n",
      "Date,Calories,Protein (g)\n2026-10-04,1800,120\n",
    ];
    for (const [i, text] of others.entries()) expect([i, await detectFormat(put(`others/${i}.csv`, text)).catch(() => "none")]).not.toEqual([i, "cronometer"]);
  });

  it("tells a day's summary in MyFitnessPal's words, with its caffeine and alcohol, and passes over a day with nothing", async () => {
    expect(await told(put("alone/dailysummary.csv", SUMMARY))).toEqual([
      [
        "cronometer:day:2026-11-06",
        "food 2026-11-06",
        "On Friday 6 November I ate 1,267 calories in all; protein 145 g, carbs 130 g, fat 16 g, fibre 7 g, sugar 27 g, sodium 743 mg, caffeine 95 mg.",
      ],
      [
        "cronometer:day:2026-11-07",
        "food 2026-11-07",
        "On Saturday 7 November I ate 1,411 calories in all; protein 37 g, carbs 202 g, fat 33 g, fibre 28 g, sugar 53 g, sodium 1,350 mg, caffeine 95 mg, alcohol 23 g.",
      ],
    ]);
    const [friday] = await parsedConversations(put("s/dailysummary.csv", SUMMARY));
    expect(friday).toMatchObject({ format: "note", title: "Cronometer, Friday 6 November 2026", records: "day", participants: ["User"] });
    expect(friday!.turns[0]).toMatchObject({ speaker: "User", role: "user", occurredAt: Date.parse("2026-11-06T12:00:00Z") });
    expect(friday!.turns[0]!.metadata).toEqual({
      cronometer: {
        kind: "day",
        day: "2026-11-06",
        completed: true,
        "Energy (kcal)": 1266.63,
        "Alcohol (g)": 0,
        "Caffeine (mg)": 95,
        "Water (g)": 1210.5,
        "Carbs (g)": 130.4,
        "Fiber (g)": 7.1,
        "Sugars (g)": 27.3,
        "Net Carbs (g)": 123.3,
        "Fat (g)": 16.12,
        "Sodium (mg)": 743,
        "Protein (g)": 144.53,
      },
    });
  });

  it("tells each meal with what was eaten, at its first time; an entry of nothing left out, a food in no meal said as had besides", async () => {
    expect(await told(put("alone/servings.csv", SERVINGS))).toEqual([
      [
        "cronometer:day:2026-11-03",
        "meal 2026-11-03 Breakfast",
        "For breakfast on Tuesday 3 November I had Buckwheat Pancakes (2 pancake), Raspberries, Raw (100 g) and Coffee, Brewed (1 cup): 294 calories (protein 10 g, carbs 50 g, fat 7 g), logged at 07:38.",
      ],
      [
        "cronometer:day:2026-11-03",
        "meal 2026-11-03 Lunch",
        'For lunch on Tuesday 3 November I had English Muffin, White (1 whole - 3 1/2" diameter): 129 calories (protein 5 g, carbs 25 g, fat 1 g), logged at 12:51.',
      ],
      [
        "cronometer:day:2026-11-03",
        "meal 2026-11-03 Uncategorized",
        "On Tuesday 3 November I also had Almonds (25 g): 145 calories (protein 5 g, carbs 5 g, fat 13 g), logged at 21:15.",
      ],
      [
        "cronometer:day:2026-11-07",
        "meal 2026-11-07 Dinner",
        "For dinner on Saturday 7 November I had Prosecco (2 glass (125 ml)): 178 calories (protein 0 g, carbs 3 g, fat 0 g), logged at 20:31.",
      ],
    ]);
    const [tuesday] = await parsedConversations(put("m/servings.csv", SERVINGS));
    expect(tuesday!.turns.map((t) => new Date(t.occurredAt).toISOString())).toEqual([
      "2026-11-03T07:38:00.000Z",
      "2026-11-03T12:51:00.000Z",
      "2026-11-03T21:15:00.000Z",
    ]);
    expect(tuesday!.turns[0]!.metadata).toMatchObject({
      cronometer: {
        kind: "meal",
        group: "Breakfast",
        foods: [
          { name: "Buckwheat Pancakes", amount: "2 pancake", time: "7:38 AM", category: "" },
          { name: "Raspberries, Raw", amount: "100 g", time: "7:38 AM", category: "Fruits and Fruit Juices" },
          { name: "Coffee, Brewed", amount: "1 cup", time: "7:40 AM", category: "Beverages" },
        ],
        caffeine: 95,
      },
    });
    // (the free account's servings: their foods alone, at noon when untimed)
    expect(await told(put("free/servings.csv", FREE_SERVINGS))).toEqual([
      ["cronometer:day:2026-03-13", "meal 2026-03-13 Uncategorized", "On Friday 13 March I also had French Fries (150 g)."],
      ["cronometer:day:2026-03-13", "meal 2026-03-13 Lunch", "For lunch on Friday 13 March I had Lumberjack Burger (1 full recipe), logged at 12:30."],
    ]);
  });

  it("tells each exercise in Fitbit's words, and a tracker's day of active energy as calories it added", async () => {
    expect(await told(put("alone/exercises.csv", EXERCISES))).toEqual([
      ["cronometer:day:2026-11-02", "exercise 2026-11-02 Active Energy Balance (Apple Health)", "On Monday 2 November Apple Health added 402 active calories."],
      [
        "cronometer:day:2026-11-02",
        "exercise 2026-11-02 6:12 PM Traditional Strength Training (Apple Health)",
        'Did strength training for 58 minutes on Monday 2 November at 18:12 ("Traditional Strength Training", Apple Health, 244 calories burned).',
      ],
      [
        "cronometer:day:2026-11-05",
        "exercise 2026-11-05 6:30 PM Spinning",
        "Went to a spin class for 45 minutes on Thursday 5 November at 18:30 (402 calories burned).",
      ],
      [
        "cronometer:day:2026-11-05",
        "exercise 2026-11-05 7:00 PM Martial Arts",
        "Did martial arts for 50 minutes on Thursday 5 November at 19:00 (245 calories burned).",
      ],
    ]);
    // (2026's file has no Time: each exercise at its day's noon)
    const notes = await parsedConversations(put("2026/exercises.csv", EXERCISES_2026));
    expect(notes.flatMap((n) => n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text]))).toEqual([
      ["exercise 2026-07-21 Custom Exercise", "2026-07-21T12:00:00.000Z", "Did custom exercise for 15 minutes on Tuesday 21 July (75 calories burned)."],
      [
        "exercise 2026-02-02 Daily Activity (Garmin)",
        "2026-02-02T12:00:00.000Z",
        "On Monday 2 February Garmin added 527 active calories (107 minutes of activity).",
      ],
    ]);
    expect(notes[0]!.turns[0]!.metadata).toEqual({
      cronometer: { kind: "exercise", day: "2026-07-21", time: null, group: "Uncategorized", exercise: "Custom Exercise", minutes: 15, calories: 75 },
    });
  });

  it("tells each biometric as a reading of its day, at its time, with the app that synced it", async () => {
    expect(await told(put("alone/biometrics.csv", BIOMETRICS))).toEqual([
      ["cronometer:day:2022-11-03", "biometric 2022-11-03 8:30 AM Blood Glucose", "On Thursday 3 November my blood glucose was 258 mg/dL at 08:30."],
      ["cronometer:day:2022-11-03", "biometric 2022-11-03 9:45 AM Insulin", "On Thursday 3 November I took 5 units of insulin at 09:45."],
      ["cronometer:day:2026-10-12", "biometric 2026-10-12 10:20 AM Blood Pressure", "On Monday 12 October my blood pressure was 124/79 mmHg at 10:20."],
      ["cronometer:day:2026-11-01", "biometric 2026-11-01 12:00 AM Heart Rate (Apple Health)", "On Sunday 1 November my heart rate was 59 bpm (Apple Health)."],
      ["cronometer:day:2026-11-01", "biometric 2026-11-01 7:12 AM Weight", "On Sunday 1 November I weighed 68.9 kg at 07:12."],
      ["cronometer:day:2026-11-01", "biometric 2026-11-01 Sleep (Apple Health)", "On Sunday 1 November I slept 7 hours 59 minutes (Apple Health)."],
      ["cronometer:day:2026-11-02", "biometric 2026-11-02 7:05 AM Weight (Apple Health)", "On Monday 2 November I weighed 151.9 lb at 07:05 (Apple Health)."],
      ["cronometer:day:2026-11-02", "biometric 2026-11-02 7:30 AM Body Fat", "On Monday 2 November my body fat was 24.1% at 07:30."],
    ]);
    const notes = await parsedConversations(put("b/biometrics.csv", BIOMETRICS));
    const pressure = notes.find((n) => n.externalId === "cronometer:day:2026-10-12")!.turns[0]!;
    expect(pressure.occurredAt).toBe(Date.parse("2026-10-12T10:20:00Z"));
    expect(pressure.metadata).toEqual({
      cronometer: { kind: "biometric", day: "2026-10-12", time: "10:20 AM", group: "Uncategorized", metric: "Blood Pressure", unit: "mmHg", amount: "124/79" },
    });
  });

  it("keeps each note as typed, the user's words of its day, two in a day numbered, an empty one passed over", async () => {
    expect(await told(put("alone/notes.csv", NOTES))).toEqual([
      ["cronometer:day:2026-10-22", "note 2026-10-22 #1", 'Glutened, I think. The "gluten free" falafel wrap from the café: bloated all afternoon.'],
      [
        "cronometer:day:2026-11-04",
        "note 2026-11-04 #1",
        "Dietitian at Southmead today.\nFerritin is low (9), so ferrous fumarate 210 mg once a day.\nRecheck bloods in January.",
      ],
      ["cronometer:day:2026-11-04", "note 2026-11-04 #2", "Booked the blood test for 12 January."],
    ]);
    const [timed] = await parsedConversations(put("t/notes.csv", TIMED_NOTES));
    expect(timed!.turns[0]).toMatchObject({
      occurredAt: Date.parse("2025-06-27T21:00:00Z"),
      text: "Felt great today",
      metadata: { cronometer: { kind: "note", group: "Data" } },
    });
  });

  it("reads any file named with --format, and refuses one that is none of the export's, saying what was expected", async () => {
    expect((await told(put("renamed.txt", NOTES), "cronometer")).map(([, name]) => name)).toEqual([
      "note 2026-10-22 #1",
      "note 2026-11-04 #1",
      "note 2026-11-04 #2",
    ]);
    expect((await importErrorOf(parsedConversations(put("other.csv", "Date,Description,Amount\n2026-10-04,Coffee,-3.20\n"), "cronometer"))).message).toMatch(
      /^other\.csv: line 1: not a file of Cronometer's export: expected its header, "Date,Energy \(kcal\),…" \(dailysummary\.csv\)/,
    );
  });
});

describe("importing", () => {
  it("reads the five files in a folder into the same days, adds nothing imported again, and a later export only what is new", async () => {
    const root = join(dir, "Cronometer");
    const files = { "dailysummary.csv": SUMMARY, "servings.csv": SERVINGS, "exercises.csv": EXERCISES, "biometrics.csv": BIOMETRICS, "notes.csv": NOTES };
    for (const [name, text] of Object.entries(files)) put(`Cronometer/${name}`, text);
    const seen: Record<string, string> = {};
    for (const { file } of importPaths(root)) seen[file.slice(root.length + 1)] = (await passedOverInFolder(file)) ?? `read as ${await folderFileFormat(file)}`;
    expect(seen).toEqual(Object.fromEntries(Object.keys(files).map((n) => [n, "read as cronometer"])));
    const db = openDatabase(join(dir, "folder.db"));
    try {
      for (const { file } of importPaths(root)) await importFile(db, embedder, file, { format: "cronometer" });
      const day = db
        .prepare(
          "SELECT s.external_id AS id FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = ? ORDER BY s.occurred_at, s.id",
        )
        .pluck()
        .all("cronometer:day:2026-11-07");
      expect(day).toEqual(["food 2026-11-07", "meal 2026-11-07 Dinner"]);
      expect(db.prepare("SELECT format, title, records FROM conversations WHERE external_id = ?").get("cronometer:day:2026-11-07")).toEqual({
        format: "note",
        title: "Cronometer, Saturday 7 November 2026",
        records: "day",
      });
      const servings = join(root, "servings.csv");
      expect(await importFile(db, embedder, servings)).toMatchObject({ format: "cronometer", added: 0, duplicates: 4 });
      // (a later export: the same days, a food logged after at breakfast, and a new day)
      const later = put(
        "later/servings.csv",
        `${SERVINGS}2026-11-03,7:45 AM,"Breakfast","Maple Syrup","1.00 tbsp",52.00,0.00,0.00,13.40,0.00,12.10,0.00,,0.00,"Sweets"\n2026-11-09,8:02 AM,"Breakfast","Banana, Raw","1.00 medium",105.00,0.00,0.00,27.00,3.10,14.40,0.40,,1.30,"Fruits and Fruit Juices"\n`,
      );
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 3, added: 2, duplicates: 3 });
      const breakfast = db.prepare("SELECT s.text FROM sources s WHERE s.external_id = ? ORDER BY s.id").pluck().all("meal 2026-11-03 Breakfast") as string[];
      expect(breakfast).toHaveLength(2);
      expect(breakfast[1]).toContain("Maple Syrup (1 tbsp): 346 calories");
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line and the column, and stores nothing; a file with nothing to tell is passed over", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "servings.csv",
        SERVINGS.replace("2026-11-03,12:51 PM", "03/11/2026,12:51 PM"),
        'servings.csv: line 5: Day "03/11/2026" is no day: expected one as Cronometer writes it, "2026-11-03"',
      ],
      [
        "servings.csv",
        SERVINGS.replace("12:51 PM", "12:51 XM"),
        'servings.csv: line 5: Time "12:51 XM" is no time: expected one as Cronometer writes it, "7:42 AM"',
      ],
      [
        "dailysummary.csv",
        SUMMARY.replace("1411.40", "lots"),
        'dailysummary.csv: line 3: Energy (kcal) "lots" is no number: expected one as Cronometer writes it, "187.00"',
      ],
      [
        "biometrics.csv",
        BIOMETRICS.replace("124/79", "high"),
        'biometrics.csv: line 5: Amount "high" is no reading: expected a number, "68.9", or a blood pressure, "124/79"',
      ],
      [
        "exercises.csv",
        EXERCISES.replace("45.0", "three quarters"),
        'exercises.csv: line 4: Minutes "three quarters" is no number: expected one as Cronometer writes it, "187.00"',
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [i, [name, text, message]] of cases.entries()) {
        const file = put(`bad-${i}/${name}`, text);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      // (a header alone, or entries of nothing: nothing to tell, passed over in a folder)
      for (const [name, text] of [
        ["notes.csv", "Day,Group,Note\n"],
        ["servings.csv", `${SERVINGS.split("\n")[0]}\n${SERVINGS.split("\n")[5]}\n`],
      ]) {
        const file = put(`empty-${name}/${name}`, text!);
        const err = await checkImportFile(file).catch((e: unknown) => e);
        expect(isEmptyNote(err)).toBe(true);
        expect(whyPassedOver(err)).toMatch(
          /^a Cronometer file with nothing to tell \(\d records, none with a day, a food, an exercise, a reading or a note told\), no note$/,
        );
      }
      // (the fasts export, told by its header: not read, said why)
      const fasts = put("Cronometer/fasts.csv", "Name,Start,End,Recurrence,Comments\n");
      expect(await folderFileFormat(fasts)).toBe("cronometer");
      const err = await checkImportFile(fasts).catch((e: unknown) => e);
      expect(isEmptyNote(err)).toBe(true);
      expect(whyPassedOver(err)).toBe("Cronometer's fasts (fasts.csv: each fast's name, times and comments), not read, no note");
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
