/**
 * Peloton's workouts CSV (core/ingest/peloton.ts), as the website's Workouts → Download Workouts writes it: the US
 * header in miles, a metric account's in kilometres, an older one's "(MPH)", "(miles)", "(min/mile)"; times on the
 * account's clock with a zone in brackets, an abbreviation or an offset; a Just Ride, a scenic ride with no instructor, a
 * distance class whose length is "None", a quoted title with a comma, a ride begun and left with its numbers 0, a
 * meditation with no numbers. Each workout a paragraph of the user's note of its day, a day of records, worded as Fitbit's
 * and Garmin's workouts are ("Took a 30-minute Climb ride with Denis Morton on Peloton on Tuesday 6 October at 06:30 (on
 * demand): 412 kJ output, 18.2 km, average heart rate 148 bpm, 402 calories burned."), a personal best for a length
 * said so; told by its header whatever its name, alone and in a folder (an empty download passed over, said why), never
 * taken for Strava's or MyFitnessPal's; importing again adds nothing, a later download only what is new; a bad file
 * refused naming the file, the line and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { isPelotonCsv } from "../../core/ingest/health/peloton.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-peloton-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

const COLUMNS =
  "Workout Timestamp,Live/On-Demand,Instructor Name,Length (minutes),Fitness Discipline,Type,Title,Class Timestamp,Total Output,Avg. Watts,Avg. Resistance,Avg. Cadence (RPM)";
/** The header of a US account's download (miles) and of a metric one's (kilometres), and an older one's. */
const MILES = `${COLUMNS},Avg. Speed (mph),Distance (mi),Calories Burned,Avg. Heartrate,Avg. Incline,Avg. Pace (min/mi)`;
const KM = `${COLUMNS},Avg. Speed (kph),Distance (km),Calories Burned,Avg. Heartrate,Avg. Incline,Avg. Pace (min/km)`;
const OLDER = `${COLUMNS},Avg. Speed (MPH),Distance (miles),Calories Burned,Avg. Heartrate,Avg. Incline,Avg. Pace (min/mile)`;

/** A metric account's week, oldest first as Peloton writes it: rides, a stretch, a run, yoga, a meditation, a Just Ride, a scenic ride and a distance class. */
const WEEK = [
  "2026-10-03 07:58 (+01),Live,Denis Morton,45,Cycling,Power Zone,45 min Power Zone Ride,2026-10-03 07:50 (+01),480,178,46%,82,32.18,24.14,503,151.20,,",
  "2026-10-03 08:45 (BST),On Demand,Denis Morton,5,Stretching,Pre & Post-Ride Stretch,5 min Post-Ride Stretch,2026-09-20 08:00 (BST),,,,,,,16,104.00,,",
  "2026-10-04 08:05 (+01),On Demand,Becs Gentry,30,Running,Endurance,30 min Endurance Run,2026-09-27 08:00 (+01),301,,,,10.76,5.38,344,150.31,1.0,5:35",
  "2026-10-04 18:10 (+01),,,12,Cycling,,12 min 40 sec Just Ride,,131,172,51%,83,31.85,6.73,138,,,",
  "2026-10-05 06:40 (BST),On Demand,Aditi Shah,20,Yoga,Flow,20 min Slow Flow,2026-10-01 12:00 (BST),,,,,,,71,94.20,,",
  "2026-10-05 21:45 (BST),On Demand,Ross Rayburn,5,Meditation,Relax & Sleep,5 min Sleep Meditation,2026-08-14 07:00 (BST),,,,,,,,,,",
  "2026-10-06 06:30 (+01),On Demand,Denis Morton,30,Cycling,Climb,30 min Climb Ride,2026-09-29 06:00 (+01),412,229,54%,74,36.42,18.21,402,148.30,,",
  "2026-10-09 17:05 (+01),On Demand,,None,Cycling,Scenic Ride,10 KM Lake District Ride,,168,,45%,81,30.12,10.00,176,,,",
  // (a second 45-minute ride above the first: a personal best for the length)
  "2026-10-10 07:30 (+01),On Demand,Denis Morton,45,Cycling,Power Zone,45 min Power Zone Endurance Ride,2026-10-06 06:00 (+01),521,193,50%,77,33.35,25.01,547,154.00,,",
  "2026-10-11 09:40 (+01),On Demand,,20,Cycling,Scenic Ride,20 min Alaska Scenic Ride,,221,184,52%,81,32.71,10.90,232,,,",
];

/** A file of the test folder: `lines` joined by LF, as Peloton's downloads are seen. */
function write(name: string, lines: string[], eol = "\n"): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join(eol)}${eol}`);
  return file;
}

/** Each note's key, title and records, and its paragraphs' name, speaker, role, time and text. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string, string, string]>]> {
  return notes.map((n) => [
    n.externalId,
    n.title,
    n.records,
    n.turns.map((t): [string | null, string, string, string, string] => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

describe("Peloton's workouts CSV", () => {
  it("tells each workout in words on the clock the file states, a day a note of records", async () => {
    const file = write("HannahRidesBristol_workouts.csv", [KM, ...WEEK]);
    expect(await detectFormat(file)).toBe("peloton");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "peloton:day:2026-10-03",
        "Peloton, Saturday 3 October 2026",
        "day",
        [
          [
            "workout 2026-10-03 07:58 45 min Power Zone Ride",
            "User",
            "user",
            "2026-10-03T07:58:00.000Z",
            "Took a 45-minute Power Zone ride with Denis Morton on Peloton on Saturday 3 October at 07:58 (live): 480 kJ output, 24.1 km, average heart rate 151 bpm, 503 calories burned.",
          ],
          [
            "workout 2026-10-03 08:45 5 min Post-Ride Stretch",
            "User",
            "user",
            "2026-10-03T08:45:00.000Z",
            "Took a 5-minute Post-Ride stretch with Denis Morton on Peloton on Saturday 3 October at 08:45 (on demand): average heart rate 104 bpm, 16 calories burned.",
          ],
        ],
      ],
      [
        "peloton:day:2026-10-04",
        "Peloton, Sunday 4 October 2026",
        "day",
        [
          [
            "workout 2026-10-04 08:05 30 min Endurance Run",
            "User",
            "user",
            "2026-10-04T08:05:00.000Z",
            "Took a 30-minute Endurance run with Becs Gentry on Peloton on Sunday 4 October at 08:05 (on demand): 301 kJ output, 5.4 km, average heart rate 150 bpm, 344 calories burned.",
          ],
          // (a Just Ride: no class, no instructor, its time in its title)
          [
            "workout 2026-10-04 18:10 12 min 40 sec Just Ride",
            "User",
            "user",
            "2026-10-04T18:10:00.000Z",
            "Rode in Just Ride for 12 minutes 40 seconds on Peloton on Sunday 4 October at 18:10: 131 kJ output, 6.7 km, 138 calories burned.",
          ],
        ],
      ],
      [
        "peloton:day:2026-10-05",
        "Peloton, Monday 5 October 2026",
        "day",
        [
          [
            "workout 2026-10-05 06:40 20 min Slow Flow",
            "User",
            "user",
            "2026-10-05T06:40:00.000Z",
            "Took a 20-minute Slow Flow yoga class with Aditi Shah on Peloton on Monday 5 October at 06:40 (on demand): average heart rate 94 bpm, 71 calories burned.",
          ],
          [
            "workout 2026-10-05 21:45 5 min Sleep Meditation",
            "User",
            "user",
            "2026-10-05T21:45:00.000Z",
            "Took a 5-minute Sleep meditation with Ross Rayburn on Peloton on Monday 5 October at 21:45 (on demand).",
          ],
        ],
      ],
      [
        "peloton:day:2026-10-06",
        "Peloton, Tuesday 6 October 2026",
        "day",
        [
          [
            "workout 2026-10-06 06:30 30 min Climb Ride",
            "User",
            "user",
            "2026-10-06T06:30:00.000Z",
            "Took a 30-minute Climb ride with Denis Morton on Peloton on Tuesday 6 October at 06:30 (on demand): 412 kJ output, 18.2 km, average heart rate 148 bpm, 402 calories burned.",
          ],
        ],
      ],
      [
        "peloton:day:2026-10-09",
        "Peloton, Friday 9 October 2026",
        "day",
        [
          // (a distance class: its length "None", no instructor)
          [
            "workout 2026-10-09 17:05 10 KM Lake District Ride",
            "User",
            "user",
            "2026-10-09T17:05:00.000Z",
            "Took a 10 KM Lake District ride on Peloton on Friday 9 October at 17:05 (on demand): 168 kJ output, 10 km, 176 calories burned.",
          ],
        ],
      ],
      [
        "peloton:day:2026-10-10",
        "Peloton, Saturday 10 October 2026",
        "day",
        [
          [
            "workout 2026-10-10 07:30 45 min Power Zone Endurance Ride",
            "User",
            "user",
            "2026-10-10T07:30:00.000Z",
            "Took a 45-minute Power Zone Endurance ride with Denis Morton on Peloton on Saturday 10 October at 07:30 (on demand): 521 kJ output (a personal best for a 45-minute ride), 25 km, average heart rate 154 bpm, 547 calories burned.",
          ],
        ],
      ],
      [
        "peloton:day:2026-10-11",
        "Peloton, Sunday 11 October 2026",
        "day",
        [
          [
            "workout 2026-10-11 09:40 20 min Alaska Scenic Ride",
            "User",
            "user",
            "2026-10-11T09:40:00.000Z",
            "Took a 20-minute Alaska Scenic ride on Peloton on Sunday 11 October at 09:40 (on demand): 221 kJ output, 10.9 km, 232 calories burned.",
          ],
        ],
      ],
    ]);
    expect(notes.map((n) => [n.format, n.participants])).toEqual(new Array(7).fill(["note", ["User"]]));
    // (what is not said is kept: the zone, the class's time, the bike's and the tread's measures, each row's line)
    expect(notes[0]!.turns[0]!.metadata).toEqual({
      line: 2,
      peloton: {
        workoutTimestamp: "2026-10-03 07:58 (+01)",
        zone: "+01",
        liveOrOnDemand: "Live",
        instructor: "Denis Morton",
        lengthMinutes: 45,
        discipline: "Cycling",
        type: "Power Zone",
        title: "45 min Power Zone Ride",
        classTimestamp: "2026-10-03 07:50 (+01)",
        totalOutput: 480,
        avgWatts: 178,
        avgResistance: 46,
        avgCadence: 82,
        avgSpeed: 32.18,
        distance: { value: 24.14, unit: "km" },
        calories: 503,
        avgHeartRate: 151.2,
      },
    });
    expect(notes[1]!.turns[0]!.metadata.peloton).toMatchObject({ zone: "+01", avgIncline: 1, avgPace: "5:35", distance: { value: 5.38, unit: "km" } });
    expect(notes[5]!.turns[0]!.metadata.peloton).toMatchObject({ totalOutput: 521, personalBest: true });
    expect(await validateExport(file)).toMatchObject({ format: "peloton", conversations: 7, turns: 10 });
    expect(await checkImportFile(file)).toBe("peloton");
  });

  it("reads a US account's miles, an abbreviated zone, a quoted title, a ride left at once, and an older header", async () => {
    const us = write("ride_workouts.csv", [
      MILES,
      "2026-02-22 17:25 (EST),Live,Jess King,20,Cycling,Theme,20 min EDM Ride,2026-02-22 17:15 (EST),201,168,45%,88,19.51,6.50,289,,,",
      '2026-02-23 06:10 (-05),On Demand,Cody Rigsby,30,Cycling,Theme,"30 min XOXO, Cody",2026-02-20 08:24 (-05),336,187,51%,78,20.57,10.29,482,,,',
      // (the bike lost the ride: its numbers 0, then the same class again)
      "2026-02-24 06:31 (-05),On Demand,Emma Lovewell,30,Cycling,Music,30 min 2000s Ride,2026-02-21 07:00 (-05),0,0,27%,0,0,0,0,,,",
      "2026-02-24 06:34 (-05),On Demand,Emma Lovewell,30,Cycling,Music,30 min 2000s Ride,2026-02-21 07:00 (-05),371,206,51%,82,20.30,10.15,390,146.00,,",
      "2026-02-24 06:34 (-05),On Demand,Emma Lovewell,30,Cycling,Music,30 min 2000s Ride,2026-02-21 07:00 (-05),5,3,20%,10,1.02,0.03,4,,,",
      "2026-02-25 12:04 (-05),,,0,Cycling,,23 sec Just Ride,,4,142,69%,46,17.19,0.12,5,,,",
    ]);
    expect(told(await parsedConversations(us)).flatMap(([, , , turns]) => turns.map(([id, , , , text]) => [id, text]))).toEqual([
      [
        "workout 2026-02-22 17:25 20 min EDM Ride",
        "Took a 20-minute EDM ride with Jess King on Peloton on Sunday 22 February at 17:25 (live): 201 kJ output, 6.5 mi, 289 calories burned.",
      ],
      [
        "workout 2026-02-23 06:10 30 min XOXO, Cody",
        "Took a 30-minute XOXO, Cody ride with Cody Rigsby on Peloton on Monday 23 February at 06:10 (on demand): 336 kJ output, 10.3 mi, 482 calories burned.",
      ],
      ["workout 2026-02-24 06:31 30 min 2000s Ride", "Took a 30-minute 2000s ride with Emma Lovewell on Peloton on Tuesday 24 February at 06:31 (on demand)."],
      [
        "workout 2026-02-24 06:34 30 min 2000s Ride",
        "Took a 30-minute 2000s ride with Emma Lovewell on Peloton on Tuesday 24 February at 06:34 (on demand): 371 kJ output (a personal best for a 30-minute ride), 10.2 mi, average heart rate 146 bpm, 390 calories burned.",
      ],
      // (the same minute and title again: another workout, numbered; a distance under a twentieth not said)
      [
        "workout 2026-02-24 06:34 30 min 2000s Ride #2",
        "Took a 30-minute 2000s ride with Emma Lovewell on Peloton on Tuesday 24 February at 06:34 (on demand): 5 kJ output, 4 calories burned.",
      ],
      [
        "workout 2026-02-25 12:04 23 sec Just Ride",
        "Rode in Just Ride for 23 seconds on Peloton on Wednesday 25 February at 12:04: 4 kJ output, 0.1 mi, 5 calories burned.",
      ],
    ]);
    const older = write("older.csv", [
      OLDER,
      "2019-06-17 22:27 (PDT),On Demand,Emma Lovewell,20,Cycling,Beginner,20 min Beginner Ride,2019-01-06 15:00 (PDT),195,162,41%,79,16.92,5.63,205,117.17,,",
    ]);
    expect(await detectFormat(older)).toBe("peloton");
    expect((await parsedConversations(older))[0]!.turns[0]!.text).toBe(
      "Took a 20-minute Beginner ride with Emma Lovewell on Peloton on Monday 17 June at 22:27 (on demand): 195 kJ output, 5.6 mi, average heart rate 117 bpm, 205 calories burned.",
    );
  });

  it("is told by its header, not taken for Strava's, MyFitnessPal's or another table", () => {
    expect(isPelotonCsv(`${MILES}\n`)).toBe(true);
    expect(isPelotonCsv(`\uFEFF${KM}\r\n`)).toBe(true);
    expect(isPelotonCsv(`"Workout Timestamp","Live/On-Demand","Instructor Name","Length (minutes)","Fitness Discipline","Type","Title"\n`)).toBe(true);
    expect(isPelotonCsv("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance\n")).toBe(false);
    expect(isPelotonCsv("Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Pounds,Steps,Note\n")).toBe(false);
    expect(isPelotonCsv("Workout Timestamp,Title,Total Output\n")).toBe(false);
  });
});

describe("a Peloton download in a folder", () => {
  it("reads the download by its header whatever its name, and passes over an empty one, saying why", async () => {
    const folder = join(dir, "Downloads");
    write("Downloads/HannahRidesBristol_workouts.csv", [KM, ...WEEK.slice(0, 3)]);
    write("Downloads/old_account_workouts.csv", [MILES]);
    writeFileSync(join(folder, "budget.csv"), "Month,Spent\nNovember,42\n");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual(["HannahRidesBristol_workouts.csv", "old_account_workouts.csv"]);
    for (const { file } of importPaths(folder)) expect(await folderFileFormat(file)).toBe("peloton");
    const err = await checkImportFile(join(folder, "old_account_workouts.csv"), "peloton").catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Peloton workouts CSV with no workouts, no note");
  });

  it("is read as chosen with --format, and a file that is not Peloton's is refused as one", async () => {
    const file = write("format/mine.csv", [KM, WEEK[0]!]);
    expect(await validateExport(file, { format: "peloton" })).toMatchObject({ format: "peloton", conversations: 1, turns: 1 });
    const budget = write("format/budget.csv", ["Month,Spent", "November,42"]);
    expect((await importErrorOf(validateExport(budget, { format: "peloton" }))).message).toBe(
      'budget.csv: line 1: not Peloton\'s workouts CSV: expected its header "Workout Timestamp,Live/On-Demand,Instructor Name,Length (minutes),Fitness Discipline,…"',
    );
  });
});

describe("importing Peloton's download again", () => {
  it("adds nothing the second time, and from a later download only the workouts new since", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/1/HannahRidesBristol_workouts.csv", [KM, ...WEEK.slice(0, 7)]);
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "peloton", added: 7, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 7 });
      // (the later download holds every workout again, and the three since; one's zone now an abbreviation)
      const later = write("later/2/HannahRidesBristol_workouts.csv", [KM, ...WEEK.slice(0, 6), WEEK[6]!.replace("(+01)", "(BST)"), ...WEEK.slice(7)]);
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 3, duplicates: 7 });
      expect(db.prepare("SELECT format, title, records FROM conversations WHERE external_id = ?").get("peloton:day:2026-10-06")).toEqual({
        format: "note",
        title: "Peloton, Tuesday 6 October 2026",
        records: "day",
      });
    } finally {
      db.close();
    }
  });
});

describe("a bad Peloton download", () => {
  it("names the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string[], string]> = [
      [
        "time.csv",
        [KM, WEEK[0]!, WEEK[1]!.replace("2026-10-03 08:45 (BST)", "03/10/2026 08:45")],
        'time.csv: line 3: Workout Timestamp "03/10/2026 08:45": expected a time as Peloton writes it, "2026-10-06 06:30 (+01)"',
      ],
      [
        "no-time.csv",
        [KM, WEEK[0]!.replace("2026-10-03 07:58 (+01)", "")],
        'no-time.csv: line 2: Workout Timestamp is empty: expected a time, "2026-10-06 06:30 (+01)"',
      ],
      [
        "day.csv",
        [KM, WEEK[0]!.replace("2026-10-03 07:58", "2026-02-30 07:58")],
        'day.csv: line 2: Workout Timestamp "2026-02-30 07:58 (+01)": expected a time as Peloton writes it, "2026-10-06 06:30 (+01)"',
      ],
      ["output.csv", [KM, WEEK[0]!.replace(",480,", ",lots,")], 'output.csv: line 2: Total Output "lots": expected a number, "412", or nothing'],
      [
        "length.csv",
        [KM, WEEK[0]!.replace(",45,Cycling", ",45 min,Cycling")],
        'length.csv: line 2: Length (minutes) "45 min": expected a number, "412", or nothing',
      ],
      ["empty.csv", [KM], "empty.csv: line 1: the note has no text: a Peloton workouts CSV with no workouts"],
    ];
    for (const [name, lines, message] of cases) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, lines)));
      expect([err.name, err.message]).toEqual(["ImportError", message]);
    }
    const stray = await importErrorOf(
      validateExport(write("bad/stray.csv", [KM, WEEK[0]!, '2026-10-04 08:05 (+01),On Demand,Becs Gentry,30,Running,Endurance,"30 min" Run,,,,,,,,,,,'])),
    );
    expect([stray.location, stray.message]).toEqual(["line 3", expect.stringMatching(/^stray\.csv: line 3: Invalid Closing Quote/)]);
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, join(dir, "bad/output.csv"))).rejects.toThrow(/line 2/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
