/**
 * MyFitnessPal's data export (core/ingest/myfitnesspal.ts): its Nutrition-Summary, Exercise-Summary and
 * Measurement-Summary CSVs, as the real exports write them (the 2026 export's CRLF and quoted exercise
 * names, the 2025 export's `Time` column, the older exports' byte order mark, "Pounds" and notes written
 * raw over several lines), read as a note of records per day, said by the user: each meal, the day's
 * total, each exercise, the phone's steps, the weigh-in and measurements, the day's notes in the user's
 * words; detected by their headers as files and in a folder (a file with nothing logged passed over, said
 * why); `--format` chosen; importing again adds nothing, a later export only what is new; a bad file
 * refused naming the file and line, storing nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { myFitnessPalKindOf } from "../../core/ingest/health/myfitnesspal.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-myfitnesspal-"));
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

const NUTRITION_HEADER =
  "Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note";
const TIMED_HEADER =
  "Date,Meal,Time,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,Monounsaturated Fat,Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note";
const EXERCISE_HEADER = "Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Kilograms,Steps,Note";

/** A meal's row of the 20-column summary: its day, name, calories, fat, carbs and protein, the rest made up, then its note as written. */
function meal(day: string, name: string, calories: string, fat: string, carbs: string, protein: string, note = ""): string {
  return `${day},${name},${calories},${fat},3.1,0.4,1.2,0.0,45.0,640.0,310.0,${carbs},4.2,9.8,${protein},2.0,8.0,4.0,6.0,${note}`;
}

/** The 2026 export's Nutrition-Summary (CRLF, no byte order mark, meals in the order of their names): a birthday's note on every row, a cheat day's written raw over lines with commas and a blank line. */
const NUTRITION = [
  NUTRITION_HEADER,
  meal("2026-10-17", "Breakfast", "612.4", "31.2", "54.0", "28.4", "My birthday! Nando's with the lads, not counting today."),
  meal("2026-10-17", "Dinner", "854.3", "38.6", "88.1", "36.2", "My birthday! Nando's with the lads, not counting today."),
  meal("2026-10-17", "Lunch", "1486.0", "71.5", "132.4", "74.8", "My birthday! Nando's with the lads, not counting today."),
  // (a meal kept but empty: every number 0)
  "2026-10-17,Post-Workout,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,My birthday! Nando's with the lads, not counting today.",
  meal("2026-10-17", "Snacks", "459.6", "22.1", "58.7", "5.3", "My birthday! Nando's with the lads, not counting today."),
  meal("2026-11-07", "Dinner", "1734.5", "88.2", "168.0", "52.4", "Cheat day"),
  "Dishoom with the work lot, black daal, garlic naan",
  "",
  'and a "small" gulab jamun. Worth it.',
  meal("2026-11-07", "Lunch", "512.6", "18.9", "50.3", "33.0", "Cheat day"),
  "Dishoom with the work lot, black daal, garlic naan",
  "",
  'and a "small" gulab jamun. Worth it.',
  "",
].join("\r\n");

describe("MyFitnessPal's Nutrition-Summary", () => {
  it("is a note of records per day: each meal, the day's total and the day's note as typed, said by the user", async () => {
    const file = put("File-Export-2026-10-01-to-2026-11-30/Nutrition-Summary-2026-10-01-to-2026-11-30.csv", NUTRITION);
    expect(await detectFormat(file)).toBe("myfitnesspal");
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.format, n.externalId, n.title, n.participants, n.records, n.startedAt])).toEqual([
      ["note", "myfitnesspal:day:2026-10-17", "MyFitnessPal, Saturday 17 October 2026", ["User"], "day", Date.UTC(2026, 9, 17, 12)],
      ["note", "myfitnesspal:day:2026-11-07", "MyFitnessPal, Saturday 7 November 2026", ["User"], "day", Date.UTC(2026, 10, 7, 12)],
    ]);
    expect(notes[0]!.turns.map((t) => [t.externalId, t.speaker, t.role, t.occurredAt, t.text])).toEqual([
      [
        "meal 2026-10-17 Breakfast",
        "User",
        "user",
        Date.UTC(2026, 9, 17, 12),
        "For breakfast on Saturday 17 October I had 612 calories (protein 28 g, carbs 54 g, fat 31 g).",
      ],
      [
        "meal 2026-10-17 Lunch",
        "User",
        "user",
        Date.UTC(2026, 9, 17, 12),
        "For lunch on Saturday 17 October I had 1,486 calories (protein 75 g, carbs 132 g, fat 72 g).",
      ],
      [
        "meal 2026-10-17 Dinner",
        "User",
        "user",
        Date.UTC(2026, 9, 17, 12),
        "For dinner on Saturday 17 October I had 854 calories (protein 36 g, carbs 88 g, fat 39 g).",
      ],
      [
        "meal 2026-10-17 Snacks",
        "User",
        "user",
        Date.UTC(2026, 9, 17, 12),
        "For snacks on Saturday 17 October I had 460 calories (protein 5 g, carbs 59 g, fat 22 g).",
      ],
      [
        "food 2026-10-17",
        "User",
        "user",
        Date.UTC(2026, 9, 17, 12),
        "On Saturday 17 October I ate 3,412 calories in all; protein 145 g, carbs 333 g, fat 163 g, fibre 17 g, sugar 39 g, sodium 2,560 mg.",
      ],
      ["food note 2026-10-17", "User", "user", Date.UTC(2026, 9, 17, 12), "My birthday! Nando's with the lads, not counting today."],
    ]);
    // (the note typed over lines, unquoted: its commas, a blank line and a quote kept, told once for the day)
    expect(notes[1]!.turns.map((t) => [t.externalId, t.text])).toEqual([
      ["meal 2026-11-07 Lunch", "For lunch on Saturday 7 November I had 513 calories (protein 33 g, carbs 50 g, fat 19 g)."],
      ["meal 2026-11-07 Dinner", "For dinner on Saturday 7 November I had 1,735 calories (protein 52 g, carbs 168 g, fat 88 g)."],
      ["food 2026-11-07", "On Saturday 7 November I ate 2,247 calories in all; protein 85 g, carbs 218 g, fat 107 g, fibre 8 g, sugar 20 g, sodium 1,280 mg."],
      ["food note 2026-11-07", 'Cheat day\nDishoom with the work lot, black daal, garlic naan\n\nand a "small" gulab jamun. Worth it.'],
    ]);
    expect(notes[1]!.turns[1]!.metadata).toMatchObject({
      myfitnesspal: { kind: "meal", day: "2026-11-07", meal: "Dinner", Calories: 1734.5, "Protein (g)": 52.4, "Vitamin A": 2 },
    });
  });

  it("sums the 2025 export's rows of each food logged by meal, with the times logged, and reads the older export's byte order mark and no Note", async () => {
    const timed = put(
      "Nutrition-Summary-2015-05-19-to-2025-07-03.csv",
      [
        TIMED_HEADER,
        "2025-06-16,Breakfast,10:45 AM,170.0,3.5,2.5,0.0,0.0,0.0,25.0,210.0,0.0,8.0,5.0,1.0,30.0,0.0,0.0,72.0,0.0,",
        "2025-06-16,Dinner,,240.0,5.0,0.0,3.0,0.0,0.0,0.0,340.0,200.0,38.0,6.0,6.0,10.0,0.0,0.0,3.0,10.0,",
        "2025-06-16,Dinner,7:45 PM,220.0,8.0,5.0,0.0,0.0,0.2,35.0,210.0,416.0,31.0,0.0,22.0,7.0,240.0,2.4,280.0,0.6,",
        "2025-06-16,Dinner,9:25 PM,260.0,19.0,9.0,2.4,3.0,0.0,420.0,570.0,328.0,2.8,0.0,1.0,20.0,20.0,0.0,30.0,12.0,",
        "",
      ].join("\n"),
    );
    const [day] = await parsedConversations(timed);
    expect(day!.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      [
        "meal 2025-06-16 Breakfast",
        "2025-06-16T10:45:00.000Z",
        "For breakfast on Monday 16 June I had 170 calories (protein 30 g, carbs 8 g, fat 4 g), logged at 10:45.",
      ],
      [
        "food 2025-06-16",
        "2025-06-16T12:00:00.000Z",
        "On Monday 16 June I ate 890 calories in all; protein 67 g, carbs 80 g, fat 36 g, fibre 11 g, sugar 30 g, sodium 1,330 mg.",
      ],
      [
        "meal 2025-06-16 Dinner",
        "2025-06-16T19:45:00.000Z",
        "For dinner on Monday 16 June I had 720 calories (protein 37 g, carbs 72 g, fat 32 g), logged at 19:45 and 21:25.",
      ],
    ]);
    const older = put(
      "mfp.csv",
      `\uFEFF${TIMED_HEADER.replace(/,Note$/, "")}\n2018-07-01,Breakfast,10:00 AM,40.0,0.6,0.0,0.0,0.0,0.0,0.0,0.0,0.0,5.8,0.0,0.0,1.8,0.0,0.0,0.0,0.0\n`,
    );
    expect(await detectFormat(older)).toBe("myfitnesspal");
    expect((await parsedConversations(older))[0]!.turns[0]!.text).toBe(
      "For breakfast on Sunday 1 July I had 40 calories (protein 2 g, carbs 6 g, fat 1 g), logged at 10:00.",
    );
  });
  it("gives a long log's days as it goes, each day once with all its meals", async () => {
    const days = Array.from({ length: 1400 }, (_, i) => new Date(Date.UTC(2022, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
    const rows = days.flatMap((d) => [meal(d, "Breakfast", "300.0", "10.0", "40.0", "20.0"), meal(d, "Dinner", "600.0", "20.0", "70.0", "40.0")]);
    const file = put("Nutrition-Summary-2022-01-01-to-2025-10-31.csv", `${[NUTRITION_HEADER, ...rows].join("\n")}\n`);
    const notes = await parsedConversations(file);
    expect(notes.map((n) => n.externalId)).toEqual(days.map((d) => `myfitnesspal:day:${d}`));
    expect(notes.every((n) => n.turns.map((t) => (t.externalId ?? "").split(" ")[0]).join() === "meal,meal,food")).toBe(true);
  });
});

describe("MyFitnessPal's Exercise-Summary", () => {
  it("says cardio as Fitbit's activities are said, strength's sets, reps and weight, the phone's steps, and the day's note", async () => {
    const file = put(
      "File-Export/Exercise-Summary-2026-10-01-to-2026-11-30.csv",
      [
        EXERCISE_HEADER,
        '2026-10-04,"""Running (jogging), 5 mph (12 min mile)""",Cardio,356.0,32,,,,,',
        "2026-10-04,Elliptical Trainer,Cardio,192.0,15,,,,,",
        "2026-10-04,MFP iOS calorie adjustment,Cardio,315.0,1,,,,8754,",
        '2026-10-20,"""Walking, 3.5 mph, brisk pace""",Cardio,148.0,29,,,,,"Knee sore after Sunday\'s run, booked the physio"',
        '2026-10-20,"""Walking, 3.5 mph, brisk pace""",Cardio,148.0,29,,,,,"Knee sore after Sunday\'s run, booked the physio"',
        '2026-10-20,MapMyFitness calorie adjustment,Cardio,0.0,1,,,,,"Knee sore after Sunday\'s run, booked the physio"',
        '2026-11-02,"""Bench Press, Barbell""",Strength,,,3,10,60.0,,',
        "2026-11-02,push ups,Strength,,,3,16,,,",
        "2026-11-02,Stair-treadmill ergometer,Cardio,429.0,41,,,,,",
        "",
      ].join("\r\n"),
    );
    expect(await detectFormat(file)).toBe("myfitnesspal");
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.externalId, n.records, n.turns.map((t) => [t.externalId, t.text])])).toEqual([
      [
        "myfitnesspal:day:2026-10-04",
        "day",
        [
          [
            "exercise 2026-10-04 Running (jogging), 5 mph (12 min mile)",
            'Went for a run for 32 minutes on Sunday 4 October ("Running (jogging), 5 mph (12 min mile)", 356 calories burned).',
          ],
          ["exercise 2026-10-04 Elliptical Trainer", 'Used the elliptical for 15 minutes on Sunday 4 October ("Elliptical Trainer", 192 calories burned).'],
          ["steps 2026-10-04 MFP iOS calorie adjustment", "On Sunday 4 October I took 8,754 steps (MFP iOS, 315 exercise calories)."],
        ],
      ],
      [
        "myfitnesspal:day:2026-10-20",
        "day",
        [
          [
            "exercise 2026-10-20 Walking, 3.5 mph, brisk pace",
            'Went for a walk for 29 minutes on Tuesday 20 October ("Walking, 3.5 mph, brisk pace", 148 calories burned).',
          ],
          [
            "exercise 2026-10-20 Walking, 3.5 mph, brisk pace #2",
            'Went for a walk for 29 minutes on Tuesday 20 October ("Walking, 3.5 mph, brisk pace", 148 calories burned).',
          ],
          ["exercise note 2026-10-20", "Knee sore after Sunday's run, booked the physio"],
        ],
      ],
      [
        "myfitnesspal:day:2026-11-02",
        "day",
        [
          ["exercise 2026-11-02 Bench Press, Barbell", "Did 3 sets of 10 reps of bench press (barbell) at 60 kg on Monday 2 November."],
          ["exercise 2026-11-02 push ups", "Did 3 sets of 16 reps of push ups on Monday 2 November."],
          ["exercise 2026-11-02 Stair-treadmill ergometer", 'Did "Stair-treadmill ergometer" for 41 minutes on Monday 2 November (429 calories burned).'],
        ],
      ],
    ]);
    expect(notes[2]!.turns[0]!.metadata).toEqual({
      myfitnesspal: { kind: "exercise", day: "2026-11-02", name: "Bench Press, Barbell", type: "Strength", sets: 3, reps: 10, weight: 60, unit: "kg" },
    });
  });

  it("says an imperial account's weights in lb", async () => {
    const file = put(
      "Exercise-Summary-2011-05-06-to-2023-03-22.csv",
      '\uFEFFDate,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Pounds,Steps,Note\n2013-10-02,"Front Squats, Barbell, Arms Crossed",Strength,,,3,10,20.0,,\n',
    );
    expect((await parsedConversations(file))[0]!.turns[0]!.text).toBe(
      "Did 3 sets of 10 reps of front squats (barbell, arms crossed) at 20 lb on Wednesday 2 October.",
    );
  });
});

describe("MyFitnessPal's Measurement-Summary", () => {
  it("says each day's weigh-in in the unit the Exercise-Summary beside it names, and the other measurements as written", async () => {
    const folder = "File-Export-2026-09-01-to-2026-11-30";
    put(`${folder}/Exercise-Summary-2026-09-01-to-2026-11-30.csv`, `${EXERCISE_HEADER}\r\n2026-09-01,MFP iOS calorie adjustment,Cardio,399.0,1,,,,11072,\r\n`);
    const file = put(
      `${folder}/Measurement-Summary-2026-09-01-to-2026-11-30.csv`,
      "Date,Body Fat %,Waist,Weight\r\n2026-09-01,24.5,101.0,92.4\r\n2026-10-01,,99.0,\r\n2026-11-26,,,85.0\r\n",
    );
    expect(await detectFormat(file)).toBe("myfitnesspal");
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.externalId, n.turns.map((t) => [t.externalId, t.text, t.metadata])])).toEqual([
      [
        "myfitnesspal:day:2026-09-01",
        [
          [
            "measurements 2026-09-01",
            "On Tuesday 1 September I weighed 92.4 kg, my Body Fat was 24.5% and my waist was 101.",
            { myfitnesspal: { kind: "measurements", day: "2026-09-01", "Body Fat %": 24.5, Waist: 101, Weight: 92.4, unit: "kg" } },
          ],
        ],
      ],
      [
        "myfitnesspal:day:2026-10-01",
        [
          [
            "measurements 2026-10-01",
            "On Thursday 1 October my waist was 99.",
            { myfitnesspal: { kind: "measurements", day: "2026-10-01", Waist: 99, unit: "kg" } },
          ],
        ],
      ],
      [
        "myfitnesspal:day:2026-11-26",
        [
          [
            "measurements 2026-11-26",
            "On Thursday 26 November I weighed 85 kg.",
            { myfitnesspal: { kind: "measurements", day: "2026-11-26", Weight: 85, unit: "kg" } },
          ],
        ],
      ],
    ]);
    // (alone, with no Exercise-Summary beside it, the weight has no unit: the export writes none)
    const alone = put("elsewhere/Measurement-Summary-2024-07-02-to-2026-03-02.csv", "Date,Weight\n2024-07-02,85.5\n");
    expect((await parsedConversations(alone))[0]!.turns[0]!.text).toBe("On Tuesday 2 July I weighed 85.5.");
  });
});

describe("detection", () => {
  it("tells the three files by their headers whatever their names, and no other app's CSV for one", async () => {
    expect(myFitnessPalKindOf(`${NUTRITION_HEADER}\r\n`)).toBe("nutrition");
    expect(myFitnessPalKindOf(`\uFEFF${TIMED_HEADER}\n`)).toBe("nutrition");
    expect(myFitnessPalKindOf(`${EXERCISE_HEADER}\n`)).toBe("exercise");
    expect(myFitnessPalKindOf("Date,Weight\n2024-07-02,85.5\n")).toBe("measurement");
    expect(myFitnessPalKindOf("Date,CycleTime,Weight,n_Body Fat\n2019-05-01,18.0,178.4,\n")).toBe("measurement");
    expect(myFitnessPalKindOf("Date,Weight\n02/07/2024,85.5\n")).toBeNull();
    expect(myFitnessPalKindOf("Date,Weight,Comment\n2024-07-02,85.5,after the gym\n")).toBeNull();
    expect(myFitnessPalKindOf("Date,Meal,Notes\n2024-07-02,Lunch,soup\n")).toBeNull();
    expect(myFitnessPalKindOf("Date,Description,Amount\n2024-07-02,Coffee,-3.20\n")).toBeNull();
    expect(await detectFormat(put("my food.csv", `${NUTRITION_HEADER}\n${meal("2026-10-17", "Lunch", "500.0", "10.0", "60.0", "30.0")}\n`))).toBe(
      "myfitnesspal",
    );
    // (a weight log of another app, its days written otherwise, is no export of MyFitnessPal's)
    expect(await detectFormat(put("weights.csv", "Date,Weight\n17/10/2026,85.5\n"))).not.toBe("myfitnesspal");
  });
});

describe("the export in a folder", () => {
  it("reads its three files into the same day's note, and passes over a file with nothing logged, said why", async () => {
    const folder = "File-Export-2026-10-01-to-2026-10-31";
    const nutrition = put(
      `${folder}/Nutrition-Summary-2026-10-01-to-2026-10-31.csv`,
      `${NUTRITION_HEADER}\r\n${meal("2026-10-04", "Lunch", "402.0", "15.0", "45.0", "23.0")}\r\n`,
    );
    const exercise = put(`${folder}/Exercise-Summary-2026-10-01-to-2026-10-31.csv`, `${EXERCISE_HEADER}\r\n`);
    const measurement = put(`${folder}/Measurement-Summary-2026-10-01-to-2026-10-31.csv`, "Date,Weight\r\n2026-10-04,90.1\r\n");
    put(`${folder}/budget.csv`, "Month,Spent\nOctober,120\n");
    const root = join(dir, folder);
    expect(importPaths(root).map((p) => p.file)).toEqual([exercise, measurement, nutrition]);
    for (const f of [nutrition, exercise, measurement]) expect(await folderFileFormat(f)).toBe("myfitnesspal");
    const err = await checkImportFile(exercise).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a MyFitnessPal file with no exercises logged, no note");
    const db = openDatabase(join(dir, "folder.db"));
    try {
      for (const { file } of importPaths(root)) {
        const format = await folderFileFormat(file);
        if (format && format !== "engram") await importFile(db, embedder, file, { format }).catch((e: unknown) => expect(isEmptyNote(e)).toBe(true));
      }
      const day = db
        .prepare(
          "SELECT s.external_id AS id, s.role, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = ? ORDER BY s.id",
        )
        .all("myfitnesspal:day:2026-10-04");
      expect(day).toEqual([
        { id: "measurements 2026-10-04", role: "user", text: "On Sunday 4 October I weighed 90.1 kg." },
        { id: "meal 2026-10-04 Lunch", role: "user", text: "For lunch on Sunday 4 October I had 402 calories (protein 23 g, carbs 45 g, fat 15 g)." },
        {
          id: "food 2026-10-04",
          role: "user",
          text: "On Sunday 4 October I ate 402 calories in all; protein 23 g, carbs 45 g, fat 15 g, fibre 4 g, sugar 10 g, sodium 640 mg.",
        },
      ]);
      expect(db.prepare("SELECT format, title, records FROM conversations WHERE external_id = ?").get("myfitnesspal:day:2026-10-04")).toEqual({
        format: "note",
        title: "MyFitnessPal, Sunday 4 October 2026",
        records: "day",
      });
    } finally {
      db.close();
    }
  });
});

describe("--format", () => {
  it("reads a file chosen as myfitnesspal, and refuses one that is none of the export's, saying what was expected", async () => {
    const file = put("meals.txt", `${NUTRITION_HEADER}\n${meal("2026-10-04", "Lunch", "402.0", "15.0", "45.0", "23.0")}\n`);
    expect((await parsedConversations(file, "myfitnesspal")).map((n) => n.externalId)).toEqual(["myfitnesspal:day:2026-10-04"]);
    const other = put("other.csv", "Date,Description,Amount\n2026-10-04,Coffee,-3.20\n");
    expect((await importErrorOf(parsedConversations(other, "myfitnesspal"))).message).toBe(
      'other.csv: line 1: not a file of MyFitnessPal\'s export: expected its header, "Date,Meal,Calories,Fat (g),…" (Nutrition-Summary), "Date,Exercise,Type,Exercise Calories,Exercise Minutes,…" (Exercise-Summary) or "Date,…,Weight" (Measurement-Summary)',
    );
  });
});

describe("importing", () => {
  it("adds nothing when imported again, and from a later export only the new days and a day's changed words (its paragraphs counted)", async () => {
    const first = put("before/Nutrition-Summary.csv", `${NUTRITION_HEADER}\n${meal("2026-10-04", "Lunch", "402.0", "15.0", "45.0", "23.0")}\n`);
    const later = put(
      "after/Nutrition-Summary.csv",
      [
        NUTRITION_HEADER,
        meal("2026-10-04", "Dinner", "715.0", "21.0", "89.0", "43.0"),
        meal("2026-10-04", "Lunch", "402.0", "15.0", "45.0", "23.0"),
        meal("2026-10-05", "Lunch", "380.0", "12.0", "40.0", "25.0"),
        "",
      ].join("\n"),
    );
    const db = openDatabase(join(dir, "later.db"));
    try {
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "myfitnesspal", conversations: 1, added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 2 });
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 2, added: 4, duplicates: 1 });
      const texts = db
        .prepare("SELECT s.external_id AS id, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = ? ORDER BY s.id")
        .all("myfitnesspal:day:2026-10-04") as Array<{ id: string; text: string }>;
      expect(texts.map((t) => t.id)).toEqual(["meal 2026-10-04 Lunch", "food 2026-10-04", "meal 2026-10-04 Dinner", "food 2026-10-04"]);
      expect(texts.at(-1)!.text).toBe(
        "On Sunday 4 October I ate 1,117 calories in all; protein 66 g, carbs 134 g, fat 36 g, fibre 8 g, sugar 20 g, sodium 1,280 mg.",
      );
      // (what was remembered of the day's first total is superseded by its new one)
      const current = db
        .prepare("SELECT content FROM memories WHERE type = 'semantic' AND status = 'active' AND valid_to IS NULL AND content LIKE '%in all%'")
        .all() as Array<{ content: string }>;
      expect(current.map((m) => m.content).join("\n")).toContain("1,117 calories");
      expect(current.map((m) => m.content).join("\n")).not.toContain("402 calories in all");
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file and the line, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "Nutrition-Summary-a.csv",
        `${NUTRITION_HEADER}\n${meal("2026-10-04", "Lunch", "402.0", "15.0", "45.0", "23.0")}\n${meal("17/10/2026", "Lunch", "402.0", "15.0", "45.0", "23.0")}\n`,
        'Nutrition-Summary-a.csv: line 3: "17/10/2026" is no day: expected one as MyFitnessPal writes it, "2026-10-17"',
      ],
      [
        "Nutrition-Summary-b.csv",
        `${NUTRITION_HEADER}\n${meal("2026-10-04", "Lunch", "lots", "15.0", "45.0", "23.0")}\n`,
        'Nutrition-Summary-b.csv: line 2: Calories: "lots" is no number: expected one as MyFitnessPal writes it, "518.0"',
      ],
      [
        "Exercise-Summary-c.csv",
        `${EXERCISE_HEADER}\n2026-02-30,Yoga,Cardio,120.0,30,,,,,\n`,
        'Exercise-Summary-c.csv: line 2: "2026-02-30" is no day: expected one as MyFitnessPal writes it, "2026-10-17"',
      ],
      [
        "Measurement-Summary-d.csv",
        "Date,Weight\n2026-10-04,90.1\n2026-10-05,heavy\n",
        'Measurement-Summary-d.csv: line 3: Weight: "heavy" is no number: expected one as MyFitnessPal writes it, "518.0"',
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, text, message] of cases) {
        const file = put(`bad/${name}`, text);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      // (an unclosed quote: the line csv-parse stopped at)
      const open = put("bad/Exercise-Summary-e.csv", `${EXERCISE_HEADER}\n2026-10-04,"Yoga,Cardio,120.0,30,,,,,\n`);
      expect((await importErrorOf(validateExport(open))).message).toMatch(/^Exercise-Summary-e\.csv: line \d+: /);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
