/**
 * Withings' data export (core/ingest/health/withings.ts, withings-export.ts), as "Download my data" unzips it (a folder of
 * CSVs: weight.csv and bp.csv with quoted "YYYY-MM-DD HH:MM:SS" dates, newest first; sleep.csv and activities.csv with
 * ISO times and their offset; the day totals `date,value`; README.txt and the devices' samples beside them): a note of
 * the user's per day, an app's day of records, whose paragraphs are each weigh-in with its body composition and comment,
 * each blood-pressure reading with its pulse and comment (a pulse alone), each night in the note of its evening with its
 * stages, wake-ups and times to fall asleep and get up (a German account's header; a nap; a night with no stages not
 * told), each activity in words, the day's steps and active calories, a height, an SpO2 reading; each file told by its
 * header whatever its name (the day totals by their names) and not mistaken for its neighbours; read alone, in a folder
 * and with --format; the export's other files passed over, said why; importing again adds nothing, a later export only
 * the new days and a changed day's words; a bad file refused naming the file, the line and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { withingsKindOf } from "../../core/ingest/health/withings.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-withings-"));
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

const EXPORT = "Withings export";

const WEIGHT_HEADER = 'Date,"Weight (kg)","Fat mass (kg)","Bone mass (kg)","Muscle mass (kg)","Hydration (kg)",Comments';

/** weight.csv as the app writes it: the newest first, a weigh-in written twice, one with no composition, a comment with a comma. */
const WEIGHT = `${WEIGHT_HEADER}
"2026-10-02 06:54:14",95.60,29.47,3.19,62.94,45.95,
"2026-10-01 07:02:41",95.80,29.77,3.21,62.82,45.86,"After the wedding, too much cake"
"2026-10-01 07:02:41",95.80,29.77,3.21,62.82,45.86,"After the wedding, too much cake"
"2026-09-30 19:44:46",96.10,,,,,
`;

const BP_HEADER = 'Date,"Heart rate",Systolic,Diastolic,Comments';

/** bp.csv: a reading with a comment, one without, a pulse alone (a watch's). */
const BP = `${BP_HEADER}
"2026-10-08 21:35:47",76,147,92,"Forgot my amlodipine this morning, took it at lunch"
"2026-10-08 07:09:12",73,143,91,
"2026-10-07 06:27:47",56,,,
`;

const SLEEP_HEADER =
  'from,to,"light (s)","deep (s)","rem (s)","awake (s)","wake up","Duration to sleep (s)","Duration to wake up (s)","Snoring (s)","Snoring episodes","Average heart rate","Heart rate (min)","Heart rate (max)","Night events"';

/** sleep.csv: a night, one begun after midnight, a nap, a night the clocks went back, a night with no stages. */
const SLEEP = `${SLEEP_HEADER}
2026-10-10T23:04:00+01:00,2026-10-11T07:19:00+01:00,15720,6480,5460,2040,2,840,360,0,0,58,51,79,
2026-10-12T00:36:00+01:00,2026-10-12T07:02:00+01:00,12120,5100,4320,1620,1,1200,240,1500,4,61,53,84,
2026-10-13T14:10:00+01:00,2026-10-13T14:52:00+01:00,2280,0,0,240,0,300,60,0,0,64,60,70,
2026-10-24T23:10:00+01:00,2026-10-25T06:40:00+00:00,17400,5400,4800,1200,3,600,300,0,0,57,50,77,
2026-10-26T00:21:26+00:00,2026-10-26T10:37:32+00:00,0,0,0,47271,0,0,0,0,0,0,0,0,
`;

/** A German account's sleep.csv: its first seven columns in German, the rest English. */
const SLEEP_DE = `von,bis,"leicht (s)","tief (s)","rem (s)","wach (s)",Aufwachen,"Duration to sleep (s)","Duration to wake up (s)","Snoring (s)","Snoring episodes","Average heart rate","Heart rate (min)","Heart rate (max)","Night events"
2026-10-15T22:50:00+02:00,2026-10-16T06:20:00+02:00,14400,6000,5400,1200,1,600,0,0,0,55,48,70,
`;

const ACTIVITIES_HEADER = 'from,to,"from (manual)","to (manual)",Timezone,"Activity type",Data,GPS,Modified';

/** A `Data` cell as activities.csv writes it: JSON, quoted, its quotes doubled. */
function data(d: Record<string, number>): string {
  return `"${JSON.stringify({ calories: 0, intensity: 30, manual_distance: 0, manual_calories: 0, hr_average: 0, hr_min: 0, hr_max: 0, pause_duration: 0, steps: 0, distance: 0, elevation: 0, metcumul: 0, ...d }).replace(/"/g, '""')}"`;
}

/** activities.csv: a long walk, a ride, an activity Fitbit's words do not name, a short walk in metres. */
const ACTIVITIES = `${ACTIVITIES_HEADER}
2026-10-18T10:48:00+01:00,2026-10-18T13:23:00+01:00,,,Europe/London,Walking,${data({ calories: 612, hr_average: 104, steps: 12930, distance: 9412, elevation: 105 })},,2026-10-18T14:04:00+01:00
2026-10-25T14:02:00+00:00,2026-10-25T15:14:00+00:00,,,Europe/London,Cycling,${data({ calories: 402, hr_average: 112, steps: 120, distance: 16840 })},,2026-10-25T15:55:00+00:00
2026-10-27T18:00:00+00:00,2026-10-27T18:45:00+00:00,,,Europe/London,"Horse riding",${data({ calories: 210 })},,2026-10-27T19:00:00+00:00
2026-07-27T14:02:10+02:00,2026-07-27T14:09:00+02:00,,,Europe/Oslo,Walking,${data({ calories: 31, steps: 494, distance: 398, elevation: 7, metcumul: 7 })},,2026-07-27T15:03:22+02:00
`;

const STEPS = "date,value\n2026-11-07,12408\n2026-11-06,5210\n";
const CALORIES = "date,value\n2026-11-07,412.556\n2026-11-06,108.102\n";

/** The paragraphs of `file`'s notes, [note key, paragraph name, text], in note then time order. */
async function told(file: string, format?: "withings"): Promise<Array<[string, string, string]>> {
  const notes = (await parsedConversations(file, format)).sort((a, b) => a.externalId.localeCompare(b.externalId));
  return notes.flatMap((n) => n.turns.map((t) => [n.externalId, t.externalId, t.text] as [string, string, string]));
}

describe("Withings' export: detection", () => {
  it("tells each of its files by its header, whatever its name, its day totals by their names, and none of its neighbours as Withings'", async () => {
    const cases: Array<[string, string, string | null]> = [
      ["weight.csv", WEIGHT, "weight"],
      ["my weight.csv", `\uFEFF${WEIGHT.replace(/\(kg\)/g, "(lb)")}`, "weight"],
      ["bp.csv", BP, "bp"],
      ["sleep.csv", SLEEP, "sleep"],
      ["Schlaf.csv", SLEEP_DE, "sleep"],
      ["activities.csv", ACTIVITIES, "activities"],
      ["height.csv", 'Date,"Height (m)",Comments\n"2026-09-22 06:58:40",1.78,\n', "height"],
      ["aggregates_steps.csv", STEPS, "steps"],
      ["aggregates_calories_earned.csv", CALORIES, "calories"],
      ["manual_spo2.csv", 'date,value\n"2026-07-30 08:43:54",98\n', "spo2"],
      // (neighbours: a `date,value` CSV of another name, Strava's activities.csv, MyFitnessPal's measurements, Oura's sleep, a Garmin day)
      ["totals.csv", STEPS, null],
      ["activities.csv", 'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time\n1,"Oct 18, 2026, 9:48:00 AM",Malham,Walk,9300\n', null],
      ["Measurement-Summary.csv", "Date,Body Fat %,Weight\n2026-10-17,31.1,95.8\n", null],
      [
        "sleepmodel.csv",
        "id;bedtime_end;bedtime_start;day;total_sleep_duration\r\ns;2026-10-16T06:31:00+01:00;2026-10-16T00:57:00+01:00;2026-10-16;17520\r\n",
        null,
      ],
    ];
    for (const [i, [name, text, kind]] of cases.entries()) {
      const file = put(`${kind ? "detect" : `others-${i}`}/${name}`, text);
      expect([name, withingsKindOf(text, file)]).toEqual([name, kind]);
      if (kind) expect([name, await detectFormat(file)]).toEqual([name, "withings"]);
      else expect([name, await detectFormat(file).catch(() => "none")]).not.toEqual([name, "withings"]);
    }
    // (beside the export's bp.csv, its samples and README.txt are the export's, passed over; outside one, a README.txt is a note)
    put("unzipped/bp.csv", BP);
    expect(await detectFormat(put("unzipped/raw_hr_hr.csv", "start,duration,value\n2026-11-22T00:00:12+00:00,[36],[54]\n"))).toBe("withings");
    expect(await detectFormat(put("unzipped/README.txt", "Below are the details of the data you've exported from Health Mate:\n"))).toBe("withings");
    expect(await detectFormat(put("elsewhere/README.txt", "Below are the details of the data you've exported from Health Mate:\n"))).not.toBe("withings");
  });
});

describe("Withings' export: the days told", () => {
  it("tells each weigh-in with its body composition and comment, once when written twice, in the unit of its header", async () => {
    expect(await told(put("w/weight.csv", WEIGHT))).toEqual([
      ["withings:day:2026-09-30", "weight 2026-09-30 19:44:46", "On Wednesday 30 September I weighed 96.1 kg at 19:44."],
      [
        "withings:day:2026-10-01",
        "weight 2026-10-01 07:02:41",
        'On Thursday 1 October I weighed 95.8 kg at 07:02 (body fat 31.1%, fat mass 29.8 kg, muscle mass 62.8 kg, bone mass 3.2 kg, body water 45.9 kg). I noted: "After the wedding, too much cake".',
      ],
      [
        "withings:day:2026-10-02",
        "weight 2026-10-02 06:54:14",
        "On Friday 2 October I weighed 95.6 kg at 06:54 (body fat 30.8%, fat mass 29.5 kg, muscle mass 62.9 kg, bone mass 3.2 kg, body water 46 kg).",
      ],
    ]);
    const pounds = `Date,"Weight (lb)","Fat mass (lb)","Bone mass (lb)","Muscle mass (lb)","Hydration (lb)",Comments\n"2026-02-26 07:21:32",183.2,23.5,7.9,151.8,108.5,\n`;
    expect(await told(put("lb/weight.csv", pounds))).toEqual([
      [
        "withings:day:2026-02-26",
        "weight 2026-02-26 07:21:32",
        "On Thursday 26 February I weighed 183.2 lb at 07:21 (body fat 12.8%, fat mass 23.5 lb, muscle mass 151.8 lb, bone mass 7.9 lb, body water 108.5 lb).",
      ],
    ]);
  });

  it("tells each blood-pressure reading with its pulse and the comment typed, and a pulse alone", async () => {
    const notes = (await parsedConversations(put("b/bp.csv", BP))).sort((a, b) => a.externalId.localeCompare(b.externalId));
    expect(
      notes.map((n) => [n.externalId, n.title, n.records, n.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text])]),
    ).toEqual([
      [
        "withings:day:2026-10-07",
        "Withings, Wednesday 7 October 2026",
        "day",
        [["bp 2026-10-07 06:27:47", "User", "user", "2026-10-07T06:27:47.000Z", "On Wednesday 7 October at 06:27 my heart rate was 56 bpm."]],
      ],
      [
        "withings:day:2026-10-08",
        "Withings, Thursday 8 October 2026",
        "day",
        [
          [
            "bp 2026-10-08 07:09:12",
            "User",
            "user",
            "2026-10-08T07:09:12.000Z",
            "On Thursday 8 October at 07:09 my blood pressure was 143/91 mmHg, with a pulse of 73 bpm.",
          ],
          [
            "bp 2026-10-08 21:35:47",
            "User",
            "user",
            "2026-10-08T21:35:47.000Z",
            'On Thursday 8 October at 21:35 my blood pressure was 147/92 mmHg, with a pulse of 76 bpm. I noted: "Forgot my amlodipine this morning, took it at lunch".',
          ],
        ],
      ],
    ]);
    expect(notes[1]!.turns[1]!.metadata).toEqual({
      withings: {
        kind: "bp",
        date: "2026-10-08 21:35:47",
        systolic: 147,
        diastolic: 92,
        heartRate: 76,
        comment: "Forgot my amlodipine this morning, took it at lunch",
      },
    });
  });

  it("tells each night in the note of its evening with how well it went, a nap on its day, a German account's night; a night with no stages not", async () => {
    expect(await told(put("s/sleep.csv", SLEEP))).toEqual([
      [
        "withings:day:2026-10-10",
        "sleep 2026-10-10T23:04:00+01:00",
        "Slept 7 hours 41 minutes on the night of Saturday 10 October, 23:04 to 07:19 (deep 1 hour 48 minutes, light 4 hours 22 minutes, REM 1 hour 31 minutes, awake 34 minutes). I woke up 2 times, it took me 14 minutes to fall asleep and 6 minutes to get up, and my heart rate averaged 58 bpm (51 to 79 bpm).",
      ],
      [
        "withings:day:2026-10-11",
        "sleep 2026-10-12T00:36:00+01:00",
        "Slept 5 hours 59 minutes on the night of Sunday 11 October, 00:36 to 07:02 (deep 1 hour 25 minutes, light 3 hours 22 minutes, REM 1 hour 12 minutes, awake 27 minutes). I woke up once, it took me 20 minutes to fall asleep and 4 minutes to get up, I snored for 25 minutes (4 episodes), and my heart rate averaged 61 bpm (53 to 84 bpm).",
      ],
      [
        "withings:day:2026-10-13",
        "sleep 2026-10-13T14:10:00+01:00",
        "Napped 38 minutes on Tuesday 13 October, 14:10 to 14:52. I did not wake up, it took me 5 minutes to fall asleep and 1 minute to get up, and my heart rate averaged 64 bpm (60 to 70 bpm).",
      ],
      [
        "withings:day:2026-10-24",
        "sleep 2026-10-24T23:10:00+01:00",
        "Slept 7 hours 40 minutes on the night of Saturday 24 October, 23:10 to 06:40 (deep 1 hour 30 minutes, light 4 hours 50 minutes, REM 1 hour 20 minutes, awake 20 minutes). I woke up 3 times, it took me 10 minutes to fall asleep and 5 minutes to get up, and my heart rate averaged 57 bpm (50 to 77 bpm).",
      ],
    ]);
    const [night] = await parsedConversations(put("s/de.csv", SLEEP_DE));
    expect(night!.turns[0]!.text).toBe(
      "Slept 7 hours 10 minutes on the night of Thursday 15 October, 22:50 to 06:20 (deep 1 hour 40 minutes, light 4 hours, REM 1 hour 30 minutes, awake 20 minutes). I woke up once, it took me 10 minutes to fall asleep, and my heart rate averaged 55 bpm (48 to 70 bpm).",
    );
    // (a night after midnight is told at its evening's last minute, so that its night is the evening's)
    const [, sunday] = await parsedConversations(put("s2/sleep.csv", SLEEP));
    expect(new Date(sunday!.turns[0]!.occurredAt).toISOString()).toBe("2026-10-11T23:59:00.000Z");
  });

  it("tells each activity in words on the clock it is written with, and the day's steps, active calories, height and SpO2", async () => {
    expect(await told(put("a/activities.csv", ACTIVITIES))).toEqual([
      [
        "withings:day:2026-07-27",
        "activity 2026-07-27T14:02:10+02:00",
        "Walked 398 m in 6 minutes 50 seconds on Monday 27 July, 14:02–14:09 (494 steps, 31 calories burned).",
      ],
      [
        "withings:day:2026-10-18",
        "activity 2026-10-18T10:48:00+01:00",
        "Walked 9.4 km in 2 hours 35 minutes on Sunday 18 October, 10:48–13:23 (12,930 steps, average heart rate 104 bpm, 612 calories burned).",
      ],
      [
        "withings:day:2026-10-25",
        "activity 2026-10-25T14:02:00+00:00",
        "Cycled 16.8 km in 1 hour 12 minutes (14 km/h) on Sunday 25 October, 14:02–15:14 (120 steps, average heart rate 112 bpm, 402 calories burned).",
      ],
      [
        "withings:day:2026-10-27",
        "activity 2026-10-27T18:00:00+00:00",
        'Did "Horse riding" for 45 minutes on Tuesday 27 October, 18:00–18:45 (210 calories burned).',
      ],
    ]);
    expect(await told(put("exp/aggregates_steps.csv", STEPS))).toEqual([
      ["withings:day:2026-11-06", "steps 2026-11-06", "On Friday 6 November I took 5,210 steps."],
      ["withings:day:2026-11-07", "steps 2026-11-07", "On Saturday 7 November I took 12,408 steps."],
    ]);
    expect(await told(put("exp/aggregates_calories_earned.csv", CALORIES))).toEqual([
      ["withings:day:2026-11-06", "active calories 2026-11-06", "On Friday 6 November I burned 108 active calories."],
      ["withings:day:2026-11-07", "active calories 2026-11-07", "On Saturday 7 November I burned 413 active calories."],
    ]);
    expect(await told(put("exp/height.csv", 'Date,"Height (in)",Comments\n"2026-09-22 06:58:40","5\' 10.0\'\'",\n'))).toEqual([
      ["withings:day:2026-09-22", "height 2026-09-22 06:58:40", "On Tuesday 22 September my height was measured at 5 ft 10 in."],
    ]);
    expect(await told(put("exp/manual_spo2.csv", 'date,value\n"2026-07-30 08:43:54",98\n'))).toEqual([
      ["withings:day:2026-07-30", "spo2 2026-07-30 08:43:54", "On Thursday 30 July at 08:43 my blood oxygen (SpO2) was 98%."],
    ]);
  });

  it("is read by --format whatever its name, and --format withings refuses a file that is none of Withings'", async () => {
    const file = put("renamed.txt", BP);
    expect((await told(file, "withings")).length).toBe(3);
    const other = put("other.csv", "Date,Meal,Calories\n2026-10-01,Breakfast,420\n");
    expect((await importErrorOf(parsedConversations(other, "withings"))).message).toBe(
      'other.csv: line 1: not a file of Withings\' export: expected weight.csv, bp.csv, sleep.csv, activities.csv or height.csv by its header (`Date,"Weight (kg)",…`, `Date,"Heart rate",Systolic,Diastolic,Comments` …), or aggregates_steps.csv, aggregates_calories_earned.csv or manual_spo2.csv (`date,value`)',
    );
  });
});

describe("Withings' export: a folder", () => {
  it("reads its files, passes over its README, samples, other totals and account, said why, and gathers a day's paragraphs in one note", async () => {
    put(`${EXPORT}/README.txt`, "Below are the details of the data you've exported from Health Mate:\n\nactivities.csv: Activities history\n");
    put(
      `${EXPORT}/account.csv`,
      "email,last_ip,last_password_reset_date,last_email_modified_date,phone_number,creation_date\ng@example.co.uk,81.2.69.160,,1758558120,,1758558120\n",
    );
    put(`${EXPORT}/activities.csv`, ACTIVITIES);
    put(`${EXPORT}/aggregates_distance.csv`, "date,value\n2026-10-18,11990\n");
    put(`${EXPORT}/aggregates_steps.csv`, "date,value\n2026-10-18,16204\n");
    put(`${EXPORT}/bp.csv`, BP);
    put(`${EXPORT}/note.csv`, "date,medicines,symptoms,texts\n");
    put(`${EXPORT}/raw_tracker_steps.csv`, 'start,duration,value\n2026-10-18T10:48:00+01:00,"[60,60]","[88,104]"\n');
    put(`${EXPORT}/signal.csv`, 'date,type,frequency,duration,wearposition,signal\n2026-10-18T19:56:49+01:00,Electrocardiogram,300,30,1,"5,19,37"\n');
    put(`${EXPORT}/sleep.csv`, SLEEP);
    put(`${EXPORT}/weight.csv`, WEIGHT);
    const root = join(dir, EXPORT);
    const seen: Record<string, string> = {};
    for (const { file, inFolder } of importPaths(root)) {
      expect(inFolder).toBe(true);
      const why = await passedOverInFolder(file);
      seen[file.slice(root.length + 1)] = why ?? `read as ${await folderFileFormat(file)}`;
    }
    expect(seen).toEqual({
      "README.txt": "Withings' list of the export's files and their units (no words of yours)",
      "account.csv": "your Withings account's email, IP address and dates (not imported)",
      "activities.csv": "read as withings",
      "aggregates_distance.csv":
        "the distance you covered each day (numbers whose unit the export does not say; each walk's distance is told from activities.csv)",
      "aggregates_steps.csv": "read as withings",
      "bp.csv": "read as withings",
      "note.csv": "your notes on body temperature readings (not imported)",
      "raw_tracker_steps.csv":
        "the samples your Withings devices measured minute by minute (numbers, no words: each day's steps and each night's sleep are told from aggregates_steps.csv and sleep.csv)",
      "signal.csv": "your ECG recordings' waveforms (numbers, no words)",
      "sleep.csv": "read as withings",
      "weight.csv": "read as withings",
    });
    const db = openDatabase(join(dir, "folder.db"));
    try {
      for (const { file } of importPaths(root)) {
        const format = await folderFileFormat(file);
        if (format && format !== "engram") await importFile(db, embedder, file, { format });
      }
      const day = db
        .prepare(
          "SELECT s.external_id AS id, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = ? ORDER BY s.occurred_at, s.id",
        )
        .all("withings:day:2026-10-18");
      expect(day).toEqual([
        {
          id: "activity 2026-10-18T10:48:00+01:00",
          text: "Walked 9.4 km in 2 hours 35 minutes on Sunday 18 October, 10:48–13:23 (12,930 steps, average heart rate 104 bpm, 612 calories burned).",
        },
        { id: "steps 2026-10-18", text: "On Sunday 18 October I took 16,204 steps." },
      ]);
      expect(db.prepare("SELECT format, title, records FROM conversations WHERE external_id = ?").get("withings:day:2026-10-18")).toEqual({
        format: "note",
        title: "Withings, Sunday 18 October 2026",
        records: "day",
      });
    } finally {
      db.close();
    }
    // (given alone, a file passed over is refused with the same reason, not read as a note)
    const readme = join(root, "README.txt");
    expect(await detectFormat(readme)).toBe("withings");
    const err = await checkImportFile(readme).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("Withings' list of the export's files and their units (no words of yours), no note");
  });
});

describe("Withings' export: importing", () => {
  it("adds nothing when imported again, and from a later export only the new days and a changed day's words", async () => {
    const first = put("first/aggregates_steps.csv", STEPS);
    const later = put("later/aggregates_steps.csv", "date,value\n2026-11-08,7302\n2026-11-07,12408\n2026-11-06,5984\n");
    const db = openDatabase(join(dir, "later.db"));
    try {
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "withings", conversations: 2, added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 2 });
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 3, added: 2, duplicates: 1 });
      const day = db
        .prepare("SELECT s.external_id AS id, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = ? ORDER BY s.id")
        .all("withings:day:2026-11-06");
      expect(day).toEqual([
        { id: "steps 2026-11-06", text: "On Friday 6 November I took 5,210 steps." },
        { id: "steps 2026-11-06", text: "On Friday 6 November I took 5,984 steps." },
      ]);
      // (what was remembered of the day's first count is superseded by its new one)
      const current = db.prepare("SELECT content FROM memories WHERE status = 'active' AND valid_to IS NULL AND content LIKE '%6 November%'").all() as Array<{
        content: string;
      }>;
      expect(current.map((m) => m.content).join("\n")).toContain("5,984 steps");
      expect(current.map((m) => m.content).join("\n")).not.toContain("5,210");
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "weight.csv",
        WEIGHT.replace('"2026-10-02 06:54:14"', '"02/10/2026 06:54"'),
        'weight.csv: line 2: Date "02/10/2026 06:54" is no time: expected one as Withings writes it, "2026-10-14 07:12:33" or "2026-10-10T23:04:00+01:00"',
      ],
      ["bp.csv", BP.replace(",147,92,", ",147,9two,"), 'bp.csv: line 2: Diastolic "9two" is no number: expected mmHg, 88'],
      ["sleep.csv", SLEEP.replace(",15720,", ",4h22,"), 'sleep.csv: line 2: light (s) "4h22" is no number: expected seconds, 15720'],
      [
        "activities.csv",
        ACTIVITIES.replace(/"\{""calories"":612/, '"{calories:612'),
        'activities.csv: line 2: Data "{calories:612,\\"intensity\\":30,\\"manual_distance\\":0,\\"manual_..." is no JSON object: expected one as Withings writes it, {"calories":612,"steps":12930,"distance":9412,…}',
      ],
      [
        "aggregates_steps.csv",
        "date,value\n2026-11-31,12408\n",
        'aggregates_steps.csv: line 2: date "2026-11-31" is no day: expected one as Withings writes it, "2026-10-14"',
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
      // (and one with nothing to tell: a header alone, a night with no stages)
      const empty = put("bad2/sleep.csv", `${SLEEP_HEADER}\n2026-10-26T00:21:26+00:00,2026-10-26T10:37:32+00:00,0,0,0,47271,0,0,0,0,0,0,0,0,\n`);
      const err = await importFile(db, embedder, empty).catch((e: unknown) => e);
      expect(isEmptyNote(err)).toBe(true);
      expect((err as Error).message).toMatch(/the note has no text: a Withings file with nothing to tell \(1 records, none with a weight/);
      expect(isEmptyNote(await importFile(db, embedder, put("bad2/bp.csv", `${BP_HEADER}\n`)).catch((e: unknown) => e))).toBe(true);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it("streams a large file a read at a time, and names a bad day far into it", async () => {
    // (ten years of readings, two a day, each with a comment: about 2 MB)
    const rows = Array.from({ length: 7_300 }, (_, i) => {
      const t = new Date(Date.UTC(2016, 0, 1) + Math.floor(i / 2) * 86_400_000 + (i % 2 ? 21 : 7) * 3_600_000).toISOString();
      return `"${t.slice(0, 10)} ${t.slice(11, 19)}",${60 + (i % 20)},${125 + (i % 30)},${80 + (i % 12)},"Reading number ${i}, taken seated after five minutes' rest"`;
    }).reverse();
    const file = put("big/bp.csv", `${BP_HEADER}\n${rows.join("\n")}\n`);
    const reads: number[] = [];
    let notes = 0;
    for await (const _ of parseExport(file, { onProgress: (read) => reads.push(read) })) notes++;
    expect(notes).toBe(3_650);
    expect(reads.length).toBeGreaterThan(2);
    expect(reads.at(-1)).toBe(reads.at(-2));
    const bad = put("big2/bp.csv", `${BP_HEADER}\n${rows.map((r, i) => (i === 7_000 ? r.replace(/^"\d{4}-\d{2}-\d{2}/, '"2025-02-30') : r)).join("\n")}\n`);
    expect((await importErrorOf(validateExport(bad))).message).toMatch(
      /^bp\.csv: line 7002: Date "2025-02-30 \d\d:00:00" is no time: expected one as Withings writes it/,
    );
  });
});
