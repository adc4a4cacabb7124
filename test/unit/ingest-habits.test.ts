/**
 * A habit tracker's export (core/ingest/notes/habits.ts, habits-export.ts): Loop Habit Tracker's CSV export as Settings →
 * Export as CSV unzips it (Habits.csv; Checkmarks.csv, a comma after every cell, Loop 2.3.1's value names or the older
 * numbers; Scores.csv; a folder per habit, "002 Gym/", with its Checkmarks.csv and notes and its Scores.csv) and HabitBull's
 * CSV (as Loop's importer is tested on it): each day a note of the user's records in the words of each habit's question,
 * the notes typed on a day in its note, the habits one note; each file told by its header and first row whatever its name
 * (a habit's file before 2.3.1 by its place) and not mistaken for its neighbours; read alone, in a folder and with
 * --format; the scores passed over, said why; importing again adds nothing, a later export only the new days and a
 * changed day's words; a bad file refused naming the file, the line and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { habitsKindOf } from "../../core/ingest/notes/habits.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-habits-"));
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

const EXPORT = "Loop Habits CSV 2026-11-30";

/** Habits.csv as Loop 2.3.1 writes it: a measurable habit, a name with a comma (quoted), a description with a comma and quotes, an archived habit. */
const HABITS = `Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?
001,Meditate,YES_NO,Did you meditate today?,"10 minutes, with ""Headspace""",1,1,#FF8F00,,,,false
002,Gym,YES_NO,Did you go to the gym?,,3,7,#E64A19,,,,false
003,Water,NUMERICAL,How many glasses of water did you drink today?,,1,1,#039BE5,glasses,AT_LEAST,8.0,false
004,"Stretch, 10 min",YES_NO,,,2,3,#00897B,,,,false
005,Floss,YES_NO,Did you floss tonight?,,1,1,#AFB42B,,,,true
`;

/** Checkmarks.csv: the export's day first (its habits not yet ticked), a skip, an amount of 0, days before a habit's first. */
const CHECKMARKS = `Date,Meditate,Gym,Water,Stretch, 10 min,Floss,
2026-11-30,YES_MANUAL,UNKNOWN,6000,UNKNOWN,UNKNOWN,
2026-11-29,UNKNOWN,YES_AUTO,NO,YES_MANUAL,UNKNOWN,
2026-11-28,YES_MANUAL,YES_MANUAL,8500,SKIP,YES_MANUAL,
2026-11-27,YES_MANUAL,NO,UNKNOWN,YES_AUTO,UNKNOWN,
2026-11-26,UNKNOWN,UNKNOWN,UNKNOWN,UNKNOWN,UNKNOWN,
2026-11-25,UNKNOWN,YES_MANUAL,UNKNOWN,UNKNOWN,UNKNOWN,
`;

/** The gym's own Checkmarks.csv: its known days, newest first, with notes (one quoted with a comma, one with quotes). */
const GYM = `Date,Value,Notes
2026-11-29,YES_AUTO,
2026-11-28,YES_MANUAL,"New deadlift PB, 120 kg"
2026-11-27,NO,"Hotel gym ""closed"""
2026-11-25,YES_MANUAL,
`;

const SCORES = `Date,Meditate,Gym,Water,Stretch, 10 min,Floss,
2026-11-30,0.7040,0.6828,0.8088,0.1000,0.0513,
`;

/** HabitBull's export, as Loop's importer is tested on it: a habit's days together, ISO and month-first days, a count, a comment. */
const HABITBULL = `HabitName,HabitDescription,HabitCategory,CalendarDate,Value,CommentText
Breed dragons,with love and fire,Diet & Food,2016-03-18,1,text
Breed dragons,with love and fire,Diet & Food,2016-03-19,0,
Pushups,,Fitness,3/18/2016,30,felt strong
Pushups,,Fitness,3/19/2016,0,
`;

/** Every paragraph's words of `notes`, keyed by its note and its name. */
function words(notes: ParsedConversation[]): Record<string, string> {
  return Object.fromEntries(notes.flatMap((c) => c.turns.map((t) => [`${c.externalId} ${t.externalId}`, t.text])));
}

describe("habit trackers' exports: detection", () => {
  it("tells each of Loop's files by its header and first row whatever its name, a habit's older files by their place, HabitBull's by its header", async () => {
    const files = {
      habits: put(`${EXPORT}/Habits.csv`, HABITS),
      checkmarks: put(`${EXPORT}/Checkmarks.csv`, CHECKMARKS),
      scores: put(`${EXPORT}/Scores.csv`, SCORES),
      gym: put(`${EXPORT}/002 Gym/Checkmarks.csv`, GYM),
      gymScores: put(`${EXPORT}/002 Gym/Scores.csv`, "Date,Score\n2026-11-30,0.6828\n"),
      renamed: put("elsewhere/my habits.csv", HABITS),
      renamedDays: put("elsewhere/days.txt", CHECKMARKS),
      habitbull: put("elsewhere/HabitBullExport.csv", HABITBULL),
    };
    for (const file of Object.values(files)) expect(await detectFormat(file)).toBe("habits");
    const start = (text: string) => text.slice(0, 1024);
    expect(habitsKindOf(start(HABITS), files.renamed)).toBe("loop-habits");
    expect(habitsKindOf(start(CHECKMARKS), files.renamedDays)).toBe("loop-checkmarks");
    expect(habitsKindOf(start(SCORES), files.scores)).toBe("loop-scores");
    expect(habitsKindOf(start(GYM), files.gym)).toBe("loop-habit-checkmarks");
    expect(habitsKindOf(start(HABITBULL), files.habitbull)).toBe("habitbull");
    // (before Loop 2.3.1: Habits.csv's older columns, numbers for values, a habit's files with no header, told by their place)
    expect(habitsKindOf("Position,Name,Question,Description,NumRepetitions,Interval,Color\n001,Meditate,Did you meditate?,,1,1,#FF8F00\n", "h.csv")).toBe(
      "loop-habits",
    );
    expect(habitsKindOf("Position,Name,Description,NumRepetitions,Interval,Color\n", "h.csv")).toBe("loop-habits");
    expect(habitsKindOf("Date,Meditate,Wake up early,\n2015-01-25,-1,2,\n", "c.csv")).toBe("loop-checkmarks");
    const older = put(`${EXPORT}/001 Meditate/Checkmarks.csv`, "2015-01-25,2\n2015-01-24,0\n");
    expect(habitsKindOf("2015-01-25,2\n2015-01-24,0\n", older)).toBe("loop-habit-checkmarks");
    expect(habitsKindOf("2015-01-25,2\n2015-01-24,0\n", put("other/Checkmarks.csv", "2015-01-25,2\n"))).toBe(null);
    // (a header alone: an export of no day, by its name)
    expect(habitsKindOf("Date,Meditate,\n", "x/Checkmarks.csv")).toBe("loop-checkmarks");
    expect(habitsKindOf("Date,Meditate,\n", "x/days.csv")).toBe(null);
    // (its neighbours: IMDb's list, Daylio's, MyFitnessPal's measurements, Withings' totals, a CSV of another app's "Date,Value,Notes")
    for (const other of [
      "Position,Const,Created,Modified,Description,Title\n1,tt0111161,2026-01-01,2026-01-01,,The Shawshank Redemption\n",
      "full_date,date,weekday,time,mood,activities,note_title,note\n",
      "Date,Weight,Body Fat %\n2026-10-17,71.2,\n",
      "date,value\n2026-10-18,16204\n",
      "Date,Value,Notes\n2026-10-18,12.5,ok\n",
      "Date,Amount,\n2026-10-18,£12.50,\n",
    ])
      expect(habitsKindOf(other, join(dir, "n.csv"))).toBe(null);
  });
});

describe("Loop Habit Tracker: the days told", () => {
  it("says each day in the words of each habit's question, its amounts with their unit, a skip, and a habit never ticked as not done only after its first day known", async () => {
    put(`${EXPORT}/Habits.csv`, HABITS);
    const notes = await parsedConversations(put(`${EXPORT}/Checkmarks.csv`, CHECKMARKS));
    expect(words(notes)).toEqual({
      "habits:day:2026-11-30 Loop": "On Monday 30 November I did meditate and drink 6 glasses of water.",
      // (Floss is archived: a day it was not ticked is not said)
      "habits:day:2026-11-29 Loop": "On Sunday 29 November I ticked off Stretch, 10 min; I did not meditate or drink any glasses of water.",
      "habits:day:2026-11-28 Loop": "On Saturday 28 November I did meditate, go to the gym, drink 8.5 glasses of water and floss; I skipped Stretch, 10 min.",
      "habits:day:2026-11-27 Loop": "On Friday 27 November I did meditate; I did not go to the gym.",
      "habits:day:2026-11-26 Loop": "On Thursday 26 November I did not go to the gym.",
      "habits:day:2026-11-25 Loop": "On Wednesday 25 November I did go to the gym.",
    });
    const [day] = notes;
    expect(day).toMatchObject({ format: "note", title: "Loop Habit Tracker, Monday 30 November 2026", records: "day", participants: ["User"] });
    expect(day!.turns[0]).toMatchObject({ speaker: "User", role: "user", occurredAt: Date.UTC(2026, 10, 30, 12), metadata: { line: 2 } });
  });

  it("without Habits.csv says each habit by its name, measurable when its values say so; Loop's older numbers read as its names", async () => {
    const notes = await parsedConversations(put("alone/Checkmarks.csv", "Date,Meditate,Run,\n2015-01-25,2,5200,\n2015-01-24,0,-1,\n2015-01-23,3,0,\n"));
    expect(words(notes)).toEqual({
      "habits:day:2015-01-25 Loop": "On Sunday 25 January I ticked off Meditate; I logged 5.2 for Run.",
      "habits:day:2015-01-24 Loop": "On Saturday 24 January I did not tick off Meditate.",
      "habits:day:2015-01-23 Loop": "On Friday 23 January I logged 0 for Run; I skipped Meditate.",
    });
  });

  it("says each habit of Habits.csv as a paragraph of one note: how often, its target and unit, its question and description, archived, the last day done", async () => {
    put(`${EXPORT}/Checkmarks.csv`, CHECKMARKS);
    const [note] = await parsedConversations(put(`${EXPORT}/Habits.csv`, HABITS));
    expect(note).toMatchObject({ externalId: "habits:loop:habits", title: "Loop Habit Tracker habits", records: "log", format: "note" });
    expect(note!.turns.map((t) => [t.externalId, t.text])).toEqual([
      [
        "habit Meditate",
        'My habit "Meditate" in Loop Habit Tracker ("10 minutes, with ″Headspace″"): I mean to meditate every day. Loop Habit Tracker asks me "Did you meditate today?" Most recently, on Monday 30 November, I did meditate.',
      ],
      [
        "habit Gym",
        'My habit "Gym" in Loop Habit Tracker: I mean to go to the gym 3 times per week. Loop Habit Tracker asks me "Did you go to the gym?" Most recently, on Saturday 28 November, I did go to the gym.',
      ],
      [
        "habit Water",
        'My habit "Water" in Loop Habit Tracker: I mean to drink at least 8 glasses of water a day. Loop Habit Tracker asks me "How many glasses of water did you drink today?" Most recently, on Monday 30 November, I did drink 6 glasses of water.',
      ],
      [
        "habit Stretch, 10 min",
        'My habit "Stretch, 10 min" in Loop Habit Tracker: I mean to do it 2 times in 3 days. Most recently, on Sunday 29 November, I ticked it off.',
      ],
      [
        "habit Floss",
        'My habit "Floss" in Loop Habit Tracker: I mean to floss every day. Loop Habit Tracker asks me "Did you floss tonight?" It is archived: I no longer track it. Most recently, on Saturday 28 November, I did floss.',
      ],
    ]);
    // (undated, of the export's last day)
    expect(note!.turns.every((t) => t.metadata.undated === true && t.occurredAt === Date.UTC(2026, 10, 30, 12))).toBe(true);
    // (Loop 1.x's Habits.csv: its Description is the question; 2.0's NumRepetitions and Interval; alone, of the file's time)
    const [older] = await parsedConversations(
      put("old/Habits.csv", "Position,Name,Description,NumRepetitions,Interval,Color\n001,Wake up early,Did you wake up before 6am?,1,7,#00897B\n"),
    );
    expect(older!.turns[0]!.text).toBe(
      'My habit "Wake up early" in Loop Habit Tracker: I mean to wake up before 6am every week. Loop Habit Tracker asks me "Did you wake up before 6am?"',
    );
  });

  it("tells a note typed on a habit's day in that day's note; a habit's file with no note is passed over", async () => {
    put(`${EXPORT}/Habits.csv`, HABITS);
    const notes = await parsedConversations(put(`${EXPORT}/002 Gym/Checkmarks.csv`, GYM));
    expect(words(notes)).toEqual({
      "habits:day:2026-11-28 note Gym": 'On Saturday 28 November I did go to the gym, and noted: "New deadlift PB, 120 kg".',
      "habits:day:2026-11-27 note Gym": 'On Friday 27 November I did not go to the gym, and noted: "Hotel gym ″closed″".',
    });
    expect(notes[0]).toMatchObject({ title: "Loop Habit Tracker, Saturday 28 November 2026", records: "day" });
    const err = await checkImportFile(put(`${EXPORT}/001 Meditate/Checkmarks.csv`, "Date,Value,Notes\n2026-11-30,YES_MANUAL,\n")).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a habit's checkmarks with no note (its days are read from the Checkmarks.csv beside its folder), no note");
  });
});

describe("HabitBull", () => {
  it("tells its habits in one note and each day in one paragraph, its counts and comments", async () => {
    const notes = await parsedConversations(put("HabitBull.csv", HABITBULL));
    expect(words(notes)).toEqual({
      "habits:habitbull:habits habit Breed dragons":
        'My habit "Breed dragons" in HabitBull (Diet & Food, "with love and fire"): Most recently, on Friday 18 March, I ticked it off.',
      "habits:habitbull:habits habit Pushups": 'My habit "Pushups" in HabitBull (Fitness): I count it. Most recently, on Friday 18 March, I logged 30 for it.',
      "habits:day:2016-03-18:habitbull HabitBull":
        'On Friday 18 March I ticked off Breed dragons; I logged 30 for Pushups. I noted on "Breed dragons": "text". I noted on "Pushups": "felt strong".',
      "habits:day:2016-03-19:habitbull HabitBull": "On Saturday 19 March I logged 0 for Pushups; I did not tick off Breed dragons.",
    });
    expect(notes.find((n) => n.externalId === "habits:day:2016-03-19:habitbull")).toMatchObject({ title: "HabitBull, Saturday 19 March 2016", records: "day" });
  });
});

describe("habit trackers' exports: a folder, --format, importing", () => {
  it("reads Loop's export unzipped, passes over its scores, said why, and gathers a day's words and notes in one note", async () => {
    put(`${EXPORT}/Habits.csv`, HABITS);
    put(`${EXPORT}/Checkmarks.csv`, CHECKMARKS);
    put(`${EXPORT}/Scores.csv`, SCORES);
    put(`${EXPORT}/002 Gym/Checkmarks.csv`, GYM);
    put(`${EXPORT}/002 Gym/Scores.csv`, "Date,Score\n2026-11-30,0.6828\n");
    put(`${EXPORT}/001 Meditate/Checkmarks.csv`, "2026-11-30,2\n");
    put(`${EXPORT}/001 Meditate/Scores.csv`, "2026-11-30,0.7040\n");
    const root = join(dir, EXPORT);
    const seen: Record<string, string> = {};
    for (const { file, inFolder } of importPaths(root)) {
      expect(inFolder).toBe(true);
      seen[file.slice(root.length + 1)] = (await passedOverInFolder(file)) ?? `read as ${await folderFileFormat(file)}`;
    }
    const scores = "Loop Habit Tracker's habit scores (each habit's strength, computed from its checkmarks: the days themselves are read from Checkmarks.csv)";
    expect(seen).toEqual({
      "001 Meditate/Checkmarks.csv": "read as habits",
      "001 Meditate/Scores.csv": scores,
      "002 Gym/Checkmarks.csv": "read as habits",
      "002 Gym/Scores.csv": scores,
      "Checkmarks.csv": "read as habits",
      "Habits.csv": "read as habits",
      "Scores.csv": scores,
    });
    const db = openDatabase(join(dir, "folder.db"));
    try {
      for (const { file } of importPaths(root)) {
        const format = await folderFileFormat(file);
        if (format && format !== "engram") await importFile(db, embedder, file, { format }).catch((e: unknown) => expect(isEmptyNote(e)).toBe(true));
      }
      const day = db
        .prepare("SELECT s.external_id AS id, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = ? ORDER BY s.id")
        .all("habits:day:2026-11-28");
      expect(day).toEqual([
        { id: "note Gym", text: 'On Saturday 28 November I did go to the gym, and noted: "New deadlift PB, 120 kg".' },
        { id: "Loop", text: "On Saturday 28 November I did meditate, go to the gym, drink 8.5 glasses of water and floss; I skipped Stretch, 10 min." },
      ]);
      expect(db.prepare("SELECT format, title, records FROM conversations WHERE external_id = ?").get("habits:day:2026-11-28")).toEqual({
        format: "note",
        title: "Loop Habit Tracker, Saturday 28 November 2026",
        records: "day",
      });
    } finally {
      db.close();
    }
    // (given alone, the scores are refused with the same reason, not read as a note)
    const err = await checkImportFile(join(root, "Scores.csv")).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe(`${scores}, no note`);
  });

  it("is read by --format whatever its name, and --format habits refuses a file that is none of a habit tracker's", async () => {
    expect((await parsedConversations(put("renamed.txt", "Date,Meditate,Gym,\n2026-11-30,YES_MANUAL,NO,\n2026-11-29,NO,YES_MANUAL,\n"), "habits")).length).toBe(
      2,
    );
    const other = put("other.csv", "Date,Meal,Calories\n2026-10-01,Breakfast,420\n");
    expect((await importErrorOf(parsedConversations(other, "habits"))).message).toBe(
      "other.csv: line 1: not a habit tracker's export: expected Loop Habit Tracker's Habits.csv (Position,Name,…) or Checkmarks.csv (Date, then each habit), or HabitBull's CSV (HabitName,HabitDescription,HabitCategory,CalendarDate,Value,CommentText)",
    );
  });

  it("adds nothing when imported again, and from a later export only the new days and a changed day's words", async () => {
    const first = put("first/Checkmarks.csv", "Date,Meditate,\n2026-11-30,UNKNOWN,\n2026-11-29,YES_MANUAL,\n2026-11-28,YES_MANUAL,\n");
    const later = put(
      "later/Checkmarks.csv",
      "Date,Meditate,\n2026-12-01,YES_MANUAL,\n2026-11-30,YES_MANUAL,\n2026-11-29,YES_MANUAL,\n2026-11-28,YES_MANUAL,\n",
    );
    const db = openDatabase(join(dir, "later.db"));
    try {
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "habits", conversations: 2, added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 2 });
      // (30 November, the first export's own day with nothing ticked yet, is now done; 1 December is new)
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 4, added: 2, duplicates: 2 });
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      ["Checkmarks.csv", CHECKMARKS.replace("2026-11-28,", "28/11/2026,"), 'Checkmarks.csv: line 4, "Date": "28/11/2026" is no day (Loop writes 2026-11-30)'],
      [
        "Checkmarks.csv",
        CHECKMARKS.replace("8500", "8.5"),
        'Checkmarks.csv: line 4, "Water": "8.5" is no value Loop writes (YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN or a number)',
      ],
      [
        "Checkmarks.csv",
        CHECKMARKS.replace("2026-11-27,YES_MANUAL,NO,", "2026-11-27,YES_MANUAL,"),
        "Checkmarks.csv: line 5: 4 values for 5 habits (the header names 5; a habit's name with a comma is told by the Habits.csv beside it)",
      ],
      ["Habits.csv", HABITS.replace(",3,7,", ",three,7,"), 'Habits.csv: line 3, "FrequencyNumerator": "three" is no whole number of times or days'],
      ["Habits.csv", HABITS.replace("NUMERICAL", "COUNT"), 'Habits.csv: line 4, "Type": "COUNT" is no type of Loop\'s (YES_NO or NUMERICAL)'],
      [
        "002 Gym/Checkmarks.csv",
        GYM.replace("2026-11-28,YES_MANUAL", "2026-11-28,DONE"),
        '002 Gym/Checkmarks.csv: line 3, "Value": "DONE" is no value Loop writes (YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN or a number)',
      ],
      [
        "HabitBull.csv",
        HABITBULL.replace("3/19/2016", "19.3.2016"),
        'HabitBull.csv: line 5, "CalendarDate": "19.3.2016" is no day (HabitBull writes 2016-03-18 or 11/5/2020)',
      ],
      [
        "HabitBull.csv",
        HABITBULL.replace(",30,", ",thirty,"),
        'HabitBull.csv: line 4, "Value": "thirty" is no whole number (HabitBull writes 1 for done, 0 for not, or a count)',
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [i, [name, text]] of cases.entries()) {
        put(`bad${i}/${name}`, text);
        // (each beside its export's Habits.csv, which tells a habit's folder and a name with a comma)
        if (name !== "Habits.csv") put(`bad${i}/Habits.csv`, HABITS);
      }
      for (const [i, [name, , message]] of cases.entries()) {
        const file = join(dir, `bad${i}`, name);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
