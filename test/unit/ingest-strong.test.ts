/**
 * Strength-training logs as the gym apps export them (core/ingest/health/strong.ts, format `strong`): Strong's export in
 * its three dialects (the iOS comma form with its unit unsaid and "Rest Timer" rows; the Android form with a unit on each
 * row; the newer quoted `;` form with "Workout #", "Duration (sec)", "Weight (kg)" and "Note" rows) and Hevy's
 * `workout_data.csv` (newest first, kg or lb in the header's names, set types, supersets, notes on every row). Each workout
 * a paragraph of the user's note of its day, a day of records, its sets as weight × reps with warm-ups, drop sets and sets
 * to failure said so, the best set, the RPE, a personal best for the heaviest weight so far, the notes; told by its header
 * whatever its name, alone and in a folder (an empty export passed over, said why), never taken for Peloton's or
 * MyFitnessPal's; importing again adds nothing, a later export only what is new; a bad file refused naming the file, the
 * line and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { isStrongCsv, strongHeaderOf } from "../../core/ingest/health/strong.js";
import { importFile } from "../../core/ingest/import.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-strong-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** Strong's iOS export: its header, then two workouts oldest first, a Rest Timer row after each set, notes on first rows. */
const IOS_HEADER = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE";
const IOS = [
  '2026-09-14 18:18:20,"5x5 Workout B",1h 10m,"Squat (Barbell)",W,20.0,5.0,0,0.0,"","Busy gym, waited for the rack.",',
  '2026-09-14 18:18:20,"5x5 Workout B",1h 10m,"Squat (Barbell)",Rest Timer,0,0.0,0,60.0,,,',
  '2026-09-14 18:18:20,"5x5 Workout B",1h 10m,"Squat (Barbell)",1,100.0,5.0,0,0.0,,,',
  '2026-09-14 18:18:20,"5x5 Workout B",1h 10m,"Squat (Barbell)",Rest Timer,0,0.0,0,180.0,,,',
  '2026-09-14 18:18:20,"5x5 Workout B",1h 10m,"Squat (Barbell)",2,100.0,5.0,0,0.0,,,9',
  '2026-09-14 18:18:20,"5x5 Workout B",1h 10m,"Deadlift (Barbell)",1,135.0,5.0,0,0.0,"Hook grip, no straps",,',
  '2026-09-14 18:18:20,"5x5 Workout B",1h 10m,"Plank",1,0,0.0,0,60.0,"",,',
  '2026-09-16 18:10:05,"5x5 Workout A",58m,"Squat (Barbell)",1,102.5,5.0,0,0.0,"","",',
  '2026-09-16 18:10:05,"5x5 Workout A",58m,"Squat (Barbell)",2,102.5,4.0,0,0.0,,,8.5',
  '2026-09-16 18:10:05,"5x5 Workout A",58m,"Bench Press (Barbell)",1,80.0,5.0,0,0.0,"Left shoulder twinged on the 3rd set, stopped at 3 reps.",,',
  '2026-09-16 18:10:05,"5x5 Workout A",58m,"Bench Press (Barbell)",2,80.0,3.0,0,0.0,,,',
  '2026-09-16 18:10:05,"5x5 Workout A",58m,"Bench Press (Barbell)",D,60.0,8.0,0,0.0,,,',
  '2026-09-16 18:10:05,"5x5 Workout A",58m,"Running (Treadmill)",1,0,0.0,3.2,1200.0,"",,',
];

/** Hevy's header (a metric account) and a week, newest first as Hevy writes it. */
const HEVY_HEADER =
  '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_kg","reps","distance_km","duration_seconds","rpe"';
const HEVY = [
  '"Pull","14 Oct 2026, 18:11","14 Oct 2026, 19:16","","Deadlift (Barbell)",,"",0,"warmup",100,3,,0,',
  '"Pull","14 Oct 2026, 18:11","14 Oct 2026, 19:16","","Deadlift (Barbell)",,"",1,"normal",150,5,,0,9',
  '"Pull","14 Oct 2026, 18:11","14 Oct 2026, 19:16","","Pull Up",,"",0,"normal",,10,,0,',
  '"Pull","14 Oct 2026, 18:11","14 Oct 2026, 19:16","","Pull Up",,"",1,"failure",,7,,0,',
  '"Pull","14 Oct 2026, 18:11","14 Oct 2026, 19:16","","Face Pull",0,"",0,"normal",25,15,,0,',
  '"Pull","14 Oct 2026, 18:11","14 Oct 2026, 19:16","","Hammer Curl (Dumbbell)",0,"",0,"normal",16,10,,0,',
  '"Legs","12 Oct 2026, 18:02","12 Oct 2026, 19:14","First session with the new belt.\nSquats felt braced","Squat (Barbell)",,"",0,"warmup",60,5,,0,',
  '"Legs","12 Oct 2026, 18:02","12 Oct 2026, 19:14","First session with the new belt.\nSquats felt braced","Squat (Barbell)",,"Belt on for the top sets",1,"normal",107.5,5,,0,8',
  '"Legs","12 Oct 2026, 18:02","12 Oct 2026, 19:14","First session with the new belt.\nSquats felt braced","Squat (Barbell)",,"Belt on for the top sets",2,"normal",107.5,5,,0,9',
  '"Legs","12 Oct 2026, 18:02","12 Oct 2026, 19:14","First session with the new belt.\nSquats felt braced","Leg Press (Machine)",,"",0,"normal",180,10,,0,',
  '"Legs","12 Oct 2026, 18:02","12 Oct 2026, 19:14","First session with the new belt.\nSquats felt braced","Leg Press (Machine)",,"",1,"dropset",140,12,,0,',
  '"Legs","12 Oct 2026, 18:02","12 Oct 2026, 19:14","First session with the new belt.\nSquats felt braced","Plank",,"",0,"normal",,,,60,',
  // (the squat again after the leg press: another run of the same exercise, its set_index from 0)
  '"Legs","12 Oct 2026, 18:02","12 Oct 2026, 19:14","First session with the new belt.\nSquats felt braced","Squat (Barbell)",,"",0,"normal",80,10,,0,',
  '"Legs","8 Oct 2026, 18:09","8 Oct 2026, 19:21","","Squat (Barbell)",,"",0,"normal",105,5,,0,8',
  '"Legs","8 Oct 2026, 18:09","8 Oct 2026, 19:21","","Running",,"",0,"normal",,,5.2,1800,',
];

/** A file of the test folder: `lines` joined by LF, as the apps write them. */
function write(name: string, lines: string[], eol = "\n"): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join(eol)}${eol}`);
  return file;
}

/** Each note's key, title and records, and its paragraphs' name, time and text. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string]>]> {
  return notes.map((n) => [
    n.externalId,
    n.title,
    n.records,
    n.turns.map((t): [string | null, string, string] => [t.externalId, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

describe("Strong's export", () => {
  it("tells each workout in words, a day a note of records: warm-ups, RPE, a drop set, notes, a personal best, rest timers passed over", async () => {
    const file = write("strong.csv", [IOS_HEADER, ...IOS]);
    expect(await detectFormat(file)).toBe("strong");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "strong:day:2026-09-14",
        "Strong, Monday 14 September 2026",
        "day",
        [
          [
            "workout 2026-09-14 18:18 5x5 Workout B",
            "2026-09-14T18:18:20.000Z",
            'Did the workout "5x5 Workout B" in Strong on Monday 14 September, 18:18 to 19:28 (1 hour 10 minutes). Squat (Barbell): warm-up 20 × 5, then 2 sets of 100 × 5 (RPE 9 on the last). Deadlift (Barbell): 135 × 5. Note on Deadlift (Barbell): "Hook grip, no straps". Plank: 1 minute. Workout note: "Busy gym, waited for the rack."',
          ],
        ],
      ],
      [
        "strong:day:2026-09-16",
        "Strong, Wednesday 16 September 2026",
        "day",
        [
          [
            "workout 2026-09-16 18:10 5x5 Workout A",
            "2026-09-16T18:10:05.000Z",
            'Did the workout "5x5 Workout A" in Strong on Wednesday 16 September, 18:10 to 19:08 (58 minutes). Squat (Barbell): 102.5 × 5 and 102.5 × 4 (RPE 8.5); best set 102.5 × 5; a personal best: my heaviest Squat (Barbell) so far, up from 100. Bench Press (Barbell): 80 × 5, 80 × 3 and a drop set of 60 × 8; best set 80 × 5. Note on Bench Press (Barbell): "Left shoulder twinged on the 3rd set, stopped at 3 reps." Running (Treadmill): a distance of 3.2 in 20 minutes.',
          ],
        ],
      ],
    ]);
    expect(notes.map((n) => [n.format, n.participants, n.turns[0]!.speaker, n.turns[0]!.role])).toEqual(new Array(2).fill(["note", ["User"], "User", "user"]));
    expect(notes[1]!.turns[0]!.metadata).toMatchObject({
      line: 9,
      strong: { app: "Strong", start: "2026-09-16 18:10:05", name: "5x5 Workout A", seconds: 3480, personalBests: ["Squat (Barbell)"] },
    });
    expect(await validateExport(file)).toMatchObject({ format: "strong", conversations: 2, turns: 2 });
    expect(await checkImportFile(file)).toBe("strong");
  });

  it("reads the newer quoted export (`;`, Workout #, seconds, kg in the header, Note rows, tags) and the Android one's unit on each row", async () => {
    const newer = write("strong7386152350820285603.csv", [
      '"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"',
      '"4";"2023-07-19 21:30:51";"Workout B #1409";"1742";"Squat (Barbell)";"W";"50.0";"5";"";"";"";"";"pluie"',
      '"4";"2023-07-19 21:30:51";"Workout B #1409";"1742";"Squat (Barbell)";"Rest Timer";"";"";"";"";"120.0";"";"pluie"',
      '"4";"2023-07-19 21:30:51";"Workout B #1409";"1742";"Squat (Barbell)";"1";"90.0";"5";"8";"";"";"";"pluie"',
      '"4";"2023-07-19 21:30:51";"Workout B #1409";"1742";"Squat (Barbell)";"F";"100.0";"3";"10";"";"";"";"pluie"',
      '"4";"2023-07-19 21:30:51";"Workout B #1409";"1742";"Front Squat (Barbell)";"Note";"";"";"";"";"";"Tempo";"pluie"',
      '"4";"2023-07-19 21:30:51";"Workout B #1409";"1742";"Front Squat (Barbell)";"1";"62,5";"5";"";"";"";"";"pluie"',
      '"4";"2023-07-19 21:30:51";"Workout B #1409";"1742";"Rowing (Machine)";"1";"";"";"";"2000";"480";"";"pluie"',
    ]);
    expect(strongHeaderOf(`${"\uFEFF"}"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order"\n`)).toEqual({
      app: "Strong",
      delimiter: ";",
    });
    const [note] = await parsedConversations(newer);
    expect(note!.title).toBe("Strong, Wednesday 19 July 2023");
    expect(note!.turns.map((t) => [t.externalId, t.text])).toEqual([
      [
        "workout 2023-07-19 21:30 Workout B #1409",
        'Did the workout "Workout B #1409" in Strong on Wednesday 19 July, 21:30 to 21:59 (29 minutes 2 seconds). Squat (Barbell): warm-up 50 kg × 5, then 90 kg × 5 (RPE 8) and 100 kg × 3 to failure (RPE 10); best set 100 kg × 3. Front Squat (Barbell): 62.5 kg × 5. Note on Front Squat (Barbell): "Tempo". Rowing (Machine): 2,000 m in 8 minutes. Workout note: "pluie".',
      ],
    ]);
    expect(note!.turns[0]!.metadata.strong).toMatchObject({ workoutNumber: "4", seconds: 1742 });
    const android = write("android.csv", [
      "Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;Seconds;Notes;Workout Notes;Workout Duration",
      '2021-07-05 17:03:41;"GSLP2";"Overhead Press (Barbell)";1;85;lbs;3;9.5;;;0;"";"bar weight 30";1h 18m',
      '2021-07-05 17:03:41;"GSLP2";"Overhead Press (Barbell)";2;85;lbs;3;10;;;0;;;1h 18m',
      '2021-07-05 17:03:41;"GSLP2";"Cycling (Indoor)";1;;;;;2.4;mi.;2100;"";;1h 18m',
    ]);
    expect((await parsedConversations(android))[0]!.turns[0]!.text).toBe(
      'Did the workout "GSLP2" in Strong on Monday 5 July, 17:03 to 18:21 (1 hour 18 minutes). Overhead Press (Barbell): 2 sets of 85 lb × 3 (RPE 9.5 and 10). Cycling (Indoor): 2.4 mi in 35 minutes. Workout note: "bar weight 30".',
    );
  });

  it("says no length for a workout left running a day or more, and numbers a second workout of the same minute and name, its best its own", async () => {
    const file = write("running.csv", [
      IOS_HEADER,
      '2025-06-03 20:23:00,"Evening Workout",264h 1m,"Chest Fly",1,60.0,11.0,0,0.0,"","",',
      '2025-06-03 20:23:40,"Evening Workout",38min,"Chest Fly",1,62.5,10.0,0,0.0,"","",',
    ]);
    expect((await parsedConversations(file))[0]!.turns.map((t) => [t.externalId, t.text])).toEqual([
      ["workout 2025-06-03 20:23 Evening Workout", 'Did the workout "Evening Workout" in Strong on Tuesday 3 June at 20:23. Chest Fly: 60 × 11.'],
      [
        "workout 2025-06-03 20:23 Evening Workout #2",
        'Did the workout "Evening Workout" in Strong on Tuesday 3 June, 20:23 to 21:01 (38 minutes). Chest Fly: 62.5 × 10; a personal best: my heaviest Chest Fly so far, up from 60.',
      ],
    ]);
  });
});

describe("Hevy's export", () => {
  it("tells each workout in time order: set types, a superset, a body-weight set, a hold, a distance, notes, a best told newest first", async () => {
    const file = write("workout_data.csv", [HEVY_HEADER, ...HEVY]);
    expect(await detectFormat(file)).toBe("strong");
    expect(told(await parsedConversations(file))).toEqual([
      // (in the file's order, newest first; each paragraph told of its own day)
      [
        "strong:day:2026-10-14",
        "Hevy, Wednesday 14 October 2026",
        "day",
        [
          [
            "workout 2026-10-14 18:11 Pull",
            "2026-10-14T18:11:00.000Z",
            'Did the workout "Pull" in Hevy on Wednesday 14 October, 18:11 to 19:16 (1 hour 5 minutes). Deadlift (Barbell): warm-up 100 kg × 3, then 150 kg × 5 (RPE 9). Pull Up: 10 reps and 7 reps to failure. Face Pull, in a superset with Hammer Curl (Dumbbell): 25 kg × 15. Hammer Curl (Dumbbell), in a superset with Face Pull: 16 kg × 10.',
          ],
        ],
      ],
      [
        "strong:day:2026-10-12",
        "Hevy, Monday 12 October 2026",
        "day",
        [
          [
            "workout 2026-10-12 18:02 Legs",
            "2026-10-12T18:02:00.000Z",
            'Did the workout "Legs" in Hevy on Monday 12 October, 18:02 to 19:14 (1 hour 12 minutes). Squat (Barbell): warm-up 60 kg × 5, then 2 sets of 107.5 kg × 5 (RPE 8 and 9); a personal best: my heaviest Squat (Barbell) so far, up from 105 kg. Note on Squat (Barbell): "Belt on for the top sets". Leg Press (Machine): 180 kg × 10 and a drop set of 140 kg × 12. Plank: 1 minute. Squat (Barbell): 80 kg × 10. Workout note: "First session with the new belt. Squats felt braced".',
          ],
        ],
      ],
      [
        "strong:day:2026-10-08",
        "Hevy, Thursday 8 October 2026",
        "day",
        [
          [
            "workout 2026-10-08 18:09 Legs",
            "2026-10-08T18:09:00.000Z",
            'Did the workout "Legs" in Hevy on Thursday 8 October, 18:09 to 19:21 (1 hour 12 minutes). Squat (Barbell): 105 kg × 5 (RPE 8). Running: 5.2 km in 30 minutes.',
          ],
        ],
      ],
    ]);
  });

  it("reads an imperial account's pounds and miles, and a zero-padded day", async () => {
    const file = write("imperial/workout_data.csv", [
      '"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes","set_index","set_type","weight_lbs","reps","distance_miles","duration_seconds","rpe"',
      '"Week 12 - Lower","02 Jul 2025, 17:56","02 Jul 2025, 19:01","","Lying Leg Curl (Machine)",,"",0,"warmup",100,10,,,',
      '"Week 12 - Lower","02 Jul 2025, 17:56","02 Jul 2025, 19:01","","Lying Leg Curl (Machine)",,"",1,"normal",88.18,14,,,7.5',
      '"Week 12 - Lower","02 Jul 2025, 17:56","02 Jul 2025, 19:01","","Walking",,"",0,"normal",,,1.5,1500,',
    ]);
    expect((await parsedConversations(file))[0]!.turns[0]!.text).toBe(
      'Did the workout "Week 12 - Lower" in Hevy on Wednesday 2 July, 17:56 to 19:01 (1 hour 5 minutes). Lying Leg Curl (Machine): warm-up 100 lb × 10, then 88.18 lb × 14 (RPE 7.5). Walking: 1.5 mi in 25 minutes.',
    );
  });

  it("is told by its header, Strong's or Hevy's, not taken for Peloton's, MyFitnessPal's, FitNotes' or another table", () => {
    expect(isStrongCsv(`${IOS_HEADER}\n`)).toBe(true);
    expect(isStrongCsv(`\uFEFF${HEVY_HEADER}\r\n`)).toBe(true);
    expect(strongHeaderOf(`${HEVY_HEADER}\n`)).toEqual({ app: "Hevy", delimiter: "," });
    expect(strongHeaderOf("Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps\n")).toEqual({ app: "Strong", delimiter: ";" });
    expect(isStrongCsv("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n")).toBe(true);
    expect(isStrongCsv("Workout Timestamp,Live/On-Demand,Instructor Name,Length (minutes),Fitness Discipline,Type,Title\n")).toBe(false);
    expect(isStrongCsv("Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Pounds,Steps,Note\n")).toBe(false);
    expect(isStrongCsv("Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time\n")).toBe(false);
    // (Strong's French export names its columns in French: not read)
    expect(isStrongCsv("Date,Nom de l'entraînement,Durée,Nom de l'exercice,Ordre de la série,Poids,Réps,Distance,Secondes,Notes\n")).toBe(false);
  });
});

describe("the exports in a folder", () => {
  it("reads both by their headers whatever their names, and passes over an empty one, saying why", async () => {
    const folder = join(dir, "Exports");
    write("Exports/strong.csv", [IOS_HEADER, ...IOS.slice(0, 7)]);
    write("Exports/workout_data.csv", [HEVY_HEADER, ...HEVY.slice(0, 6)]);
    write("Exports/old_hevy.csv", [HEVY_HEADER]);
    writeFileSync(join(folder, "budget.csv"), "Month,Spent\nNovember,42\n");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual(["old_hevy.csv", "strong.csv", "workout_data.csv"]);
    for (const { file } of importPaths(folder)) expect(await folderFileFormat(file)).toBe("strong");
    const err = await checkImportFile(join(folder, "old_hevy.csv"), "strong").catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Hevy workout export with no workouts, no note");
  });

  it("is read as chosen with --format, and a file that is neither app's is refused as one", async () => {
    const file = write("format/mine.csv", [IOS_HEADER, IOS[0]!]);
    expect(await validateExport(file, { format: "strong" })).toMatchObject({ format: "strong", conversations: 1, turns: 1 });
    const budget = write("format/budget.csv", ["Month,Spent", "November,42"]);
    expect((await importErrorOf(validateExport(budget, { format: "strong" }))).message).toBe(
      'budget.csv: line 1: not a workout export of Strong or Hevy: expected Strong\'s header "Date,Workout Name,Exercise Name,Set Order,…" or Hevy\'s "title,start_time,exercise_title,set_type,…"',
    );
  });
});

describe("importing the exports again", () => {
  it("adds nothing the second time, from a later export only the workouts new since, and a Strong workout Hevy took in once", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/1/workout_data.csv", [HEVY_HEADER, ...HEVY.slice(6)]);
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "strong", added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 2 });
      // (the later export holds the two again, newest first, and the workout since)
      const later = write("later/2/workout_data.csv", [HEVY_HEADER, ...HEVY]);
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 1, duplicates: 2 });
      expect(db.prepare("SELECT format, title, records FROM conversations WHERE external_id = ?").get("strong:day:2026-10-14")).toEqual({
        format: "note",
        title: "Hevy, Wednesday 14 October 2026",
        records: "day",
      });
      // (Strong's export of a workout Hevy's import took in: the same paragraph, not a second one)
      const strong = write("later/strong.csv", [IOS_HEADER, '2026-10-08 18:09:12,"Legs",1h 12m,"Squat (Barbell)",1,105.0,5.0,0,0.0,"","",8']);
      await importFile(db, embedder, strong);
      expect(db.prepare("SELECT count(*) FROM conversations WHERE external_id = 'strong:day:2026-10-08'").pluck().get()).toBe(1);
      expect(
        db
          .prepare(
            "SELECT count(DISTINCT s.external_id) FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = 'strong:day:2026-10-08'",
          )
          .pluck()
          .get(),
      ).toBe(1);
    } finally {
      db.close();
    }
  });
});

describe("a bad export", () => {
  it("names the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string[], string]> = [
      [
        "time.csv",
        [IOS_HEADER, IOS[0]!, IOS[2]!.replace("2026-09-14 18:18:20", "14/09/2026 18:18")],
        'time.csv: line 3: Date "14/09/2026 18:18": expected a time as Strong writes it, "2026-10-12 18:02:00"',
      ],
      [
        "day.csv",
        [HEVY_HEADER, HEVY[0]!.replace("14 Oct 2026, 18:11", "31 Sep 2026, 18:11")],
        'day.csv: line 2: start_time "31 Sep 2026, 18:11": expected a time as Hevy writes it, "12 Oct 2026, 18:02"',
      ],
      ["weight.csv", [IOS_HEADER, IOS[2]!.replace(",100.0,", ",heavy,")], 'weight.csv: line 2: Weight "heavy": expected a number, "102.5", or nothing'],
      ["reps.csv", [HEVY_HEADER, HEVY[1]!.replace(",150,5,", ",150,five,")], 'reps.csv: line 2: reps "five": expected a number, "102.5", or nothing'],
      ["empty.csv", [IOS_HEADER], "empty.csv: line 1: the note has no text: a Strong workout export with no workouts"],
    ];
    for (const [name, lines, message] of cases) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, lines)));
      expect([err.name, err.message]).toEqual(["ImportError", message]);
    }
    const stray = await importErrorOf(
      validateExport(write("bad/stray.csv", [IOS_HEADER, IOS[0]!, '2026-09-14 18:18:20,"5x5" Workout B,1h 10m,"Squat",1,100,5,0,0,,,'])),
    );
    expect([stray.location, stray.message]).toEqual(["line 3", expect.stringMatching(/^stray\.csv: line 3: Invalid Closing Quote/)]);
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, join(dir, "bad/weight.csv"))).rejects.toThrow(/line 2/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
