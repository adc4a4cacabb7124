/**
 * Samsung Health's data export (core/ingest/health/samsunghealth.ts, samsunghealth-export.ts), as Download personal data
 * writes it (a folder `samsunghealth_<account>_<time>/` of CSVs, each opening with its type's line, then its header with
 * namespaced and plain columns, every row ending with a comma; UTC times with the row's `time_offset`; a `jsons/` folder):
 * a note of the user's per day, an app's day of records, whose paragraphs are the day's steps (the most of its rows),
 * each night in the note of its evening, each weigh-in, each workout by Samsung's exercise type, each blood-pressure
 * reading; each table told by its first line whatever its name and not mistaken for its neighbours; read alone, in a
 * folder and with --format; the other tables and jsons/ passed over, said why; importing again adds nothing, a later
 * export only the new; a bad file refused naming the file, the line and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { samsungTypeOf } from "../../core/ingest/health/samsunghealth.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-samsunghealth-"));
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

const EXPORT = "samsunghealth_priya_20261116081522";

/** The pedometer's day summary: a merged row and the phone's per day (day_time the UTC midnight in ms). */
const STEPS = `com.samsung.shealth.tracker.pedometer_day_summary,6315005,7
create_sh_ver,step_count,binning_data,distance,deviceuuid,day_time,source_info,datauuid,
,14862,a1.binning_data.json,10997.88,VfS0qUERdZ,${Date.UTC(2026, 9, 17)},a1.source_info.json,a1,
,6021,a2.binning_data.json,4455.54,x8Kq2mWn0A,${Date.UTC(2026, 9, 17)},,a2,
,6104,a3.binning_data.json,4516.96,VfS0qUERdZ,${Date.UTC(2026, 9, 27)},a3.source_info.json,a3,
`;

const S = "com.samsung.health.sleep.";
/** Sleep: a night in summer time, one the clocks went back, sleep_duration in minutes. */
const SLEEP = `com.samsung.shealth.sleep,6315005,6
sleep_score,sleep_duration,${S}start_time,${S}time_offset,${S}end_time,${S}datauuid,
77,452,2026-10-23 22:18:00.000,UTC+0100,2026-10-24 06:08:00.000,s1,
,440,2026-10-24 22:40:00.000,UTC+0100,2026-10-25 06:30:00.000,s2,
`;

/** Weight: plain columns, kg. */
const WEIGHT = `com.samsung.health.weight,6315005,5
start_time,weight,body_fat,time_offset,datauuid,
2026-11-02 07:30:12.000,78.4,,UTC+0000,w1,
2026-10-05 06:28:40.000,80.1,26.2,UTC+0100,w2,
`;

const E = "com.samsung.health.exercise.";
/** Exercise: a run, a ride and a type Samsung has that Engram does not name; duration in ms, distance in metres. */
const EXERCISE = `com.samsung.shealth.exercise,6315005,9
total_calorie,${E}start_time,${E}exercise_type,${E}mean_heart_rate,${E}calorie,${E}time_offset,${E}duration,${E}distance,${E}end_time,${E}datauuid,
772.8,2026-10-11 06:32:00.000,1002,158.0,690.0,UTC+0100,3400000,10230.0,2026-10-11 07:28:40.000,e1,
1123.4,2026-10-31 10:05:00.000,11007,139.0,1003.0,UTC+0000,7680000,42610.0,2026-10-31 12:13:00.000,e2,
120.0,2026-11-03 17:00:00.000,10007,,110.0,UTC+0000,1800000,,2026-11-03 17:30:00.000,e3,
`;

const B = "com.samsung.health.blood_pressure.";
const BP = `com.samsung.shealth.blood_pressure,6315005,6
${B}start_time,${B}time_offset,${B}pulse,${B}diastolic,${B}systolic,${B}datauuid,
2026-10-21 07:04:00.000,UTC+0100,66,82.0,128.0,b1,
`;

/** The paragraphs of `file`'s notes, [note key, paragraph name, text], in note then time order. */
async function told(file: string, format?: "samsunghealth"): Promise<Array<[string, string, string]>> {
  const notes = (await parsedConversations(file, format)).sort((a, b) => a.externalId.localeCompare(b.externalId));
  return notes.flatMap((n) => n.turns.map((t) => [n.externalId, t.externalId, t.text] as [string, string, string]));
}

describe("Samsung Health's export", () => {
  it("tells each table by its first line, whatever its name, and none of its neighbours", async () => {
    for (const [name, text] of [
      ["a.csv", STEPS],
      ["b.csv", `\uFEFF${SLEEP}`],
      ["c.csv", WEIGHT],
      ["d.csv", EXERCISE],
      ["e.csv", BP],
    ] as const) {
      expect(samsungTypeOf(text.replace(/^\uFEFF/, ""))).toMatch(/^com\.samsung\./);
      expect([name, await detectFormat(put(`detect/${name}`, text))]).toEqual([name, "samsunghealth"]);
    }
    const others = ["Date,Steps\n2026-10-17,14862\n", 'Date,"Weight (kg)","Fat mass (kg)"\n"2026-10-01 07:02:41",95.8,29.7\n', "com.example.app,1,2\n"];
    for (const [i, text] of others.entries()) expect(await detectFormat(put(`others/${i}.csv`, text)).catch(() => "none")).not.toBe("samsunghealth");
  });

  it("tells the day's steps (the most of its rows), each night, weigh-in, workout and reading on the user's clock", async () => {
    expect(await told(put("t/steps.csv", STEPS))).toEqual([
      ["samsunghealth:day:2026-10-17", "steps 2026-10-17", "On Saturday 17 October I took 14,862 steps."],
      ["samsunghealth:day:2026-10-27", "steps 2026-10-27", "On Tuesday 27 October I took 6,104 steps."],
    ]);
    expect(await told(put("t/sleep.csv", SLEEP))).toEqual([
      ["samsunghealth:day:2026-10-23", "sleep s1", "Slept 7 hours 32 minutes on the night of Friday 23 October, 23:18 to 07:08 (sleep score 77)."],
      ["samsunghealth:day:2026-10-24", "sleep s2", "Slept 7 hours 20 minutes on the night of Saturday 24 October, 23:40 to 07:30."],
    ]);
    expect(await told(put("t/weight.csv", WEIGHT))).toEqual([
      ["samsunghealth:day:2026-10-05", "weight w2", "On Monday 5 October I weighed 80.1 kg at 07:28 (body fat 26.2%)."],
      ["samsunghealth:day:2026-11-02", "weight w1", "On Monday 2 November I weighed 78.4 kg at 07:30."],
    ]);
    expect(await told(put("t/exercise.csv", EXERCISE))).toEqual([
      [
        "samsunghealth:day:2026-10-11",
        "exercise e1",
        "Ran 10.2 km in 56 minutes 40 seconds (5:32 per km) on Sunday 11 October, 07:32–08:28 (average heart rate 158 bpm, 690 calories burned).",
      ],
      [
        "samsunghealth:day:2026-10-31",
        "exercise e2",
        "Cycled 42.6 km in 2 hours 8 minutes (20 km/h) on Saturday 31 October, 10:05–12:13 (average heart rate 139 bpm, 1,003 calories burned).",
      ],
      ["samsunghealth:day:2026-11-03", "exercise e3", "Worked out for 30 minutes on Tuesday 3 November, 17:00–17:30 (110 calories burned)."],
    ]);
    expect(await told(put("renamed.txt", BP), "samsunghealth")).toEqual([
      ["samsunghealth:day:2026-10-21", "bp b1", "On Wednesday 21 October at 08:04 my blood pressure was 128/82 mmHg, with a pulse of 66 bpm."],
    ]);
    const [note] = await parsedConversations(put("t2/bp.csv", BP));
    expect(note).toMatchObject({ format: "note", title: "Samsung Health, Wednesday 21 October 2026", records: "day" });
    expect((await importErrorOf(parsedConversations(put("other.csv", "Date,Steps\n"), "samsunghealth"))).message).toMatch(
      /^other\.csv: line 1: not a table of Samsung Health's export/,
    );
  });

  it("reads the tables of a folder, passes over the others and jsons/ said why, and adds nothing imported again", async () => {
    put(`${EXPORT}/com.samsung.shealth.tracker.pedometer_day_summary.20261116081522.csv`, STEPS);
    put(`${EXPORT}/com.samsung.shealth.exercise.20261116081522.csv`, EXERCISE);
    put(
      `${EXPORT}/com.samsung.shealth.tracker.heart_rate.20261116081522.csv`,
      "com.samsung.shealth.tracker.heart_rate,6315005,3\ncom.samsung.health.heart_rate.start_time,com.samsung.health.heart_rate.heart_rate,com.samsung.health.heart_rate.time_offset,\n2026-11-15 09:00:00.000,64,UTC+0000,\n",
    );
    put(`${EXPORT}/com.samsung.health.user_profile.20261116081522.csv`, "com.samsung.health.user_profile,6315005,2\nkey,text_value,\nname,Priya,\n");
    put(`${EXPORT}/jsons/com.samsung.shealth.exercise/e/e1.com.samsung.health.exercise.live_data.json`, '[{"heart_rate":142.0}]');
    const root = join(dir, EXPORT);
    const seen: Record<string, string> = {};
    for (const { file } of importPaths(root)) {
      const why = await passedOverInFolder(file);
      seen[file.slice(root.length + 1).replace(/\\/g, "/")] = why ?? `read as ${await folderFileFormat(file)}`;
    }
    expect(seen).toEqual({
      "com.samsung.shealth.tracker.pedometer_day_summary.20261116081522.csv": "read as samsunghealth",
      "com.samsung.shealth.exercise.20261116081522.csv": "read as samsunghealth",
      "com.samsung.shealth.tracker.heart_rate.20261116081522.csv": "the readings your watch took every few minutes (numbers, no words)",
      "com.samsung.health.user_profile.20261116081522.csv": "your profile, devices, goals, badges and the app's settings and insights (not imported)",
      "jsons/com.samsung.shealth.exercise/e/e1.com.samsung.health.exercise.live_data.json":
        "binned data of Samsung Health's tables, minute by minute (numbers, no words: each day's steps, nights and workouts are told from the tables read)",
    });
    const db = openDatabase(join(dir, "folder.db"));
    try {
      const steps = join(root, "com.samsung.shealth.tracker.pedometer_day_summary.20261116081522.csv");
      expect(await importFile(db, embedder, steps)).toMatchObject({ format: "samsunghealth", conversations: 2, added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, steps)).toMatchObject({ added: 0, duplicates: 2 });
      const later = put("later/steps.csv", `${STEPS},7702,a4.binning_data.json,5699.48,VfS0qUERdZ,${Date.UTC(2026, 9, 28)},a4.source_info.json,a4,\n`);
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 3, added: 1, duplicates: 2 });
      expect(db.prepare("SELECT format, title, records FROM conversations WHERE external_id = ?").get("samsunghealth:day:2026-10-28")).toEqual({
        format: "note",
        title: "Samsung Health, Wednesday 28 October 2026",
        records: "day",
      });
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "weight.csv",
        WEIGHT.replace("2026-11-02 07:30:12.000", "02/11/2026 07:30"),
        'weight.csv: line 3: start_time "02/11/2026 07:30" is no time: expected one as Samsung Health writes it, "2026-10-14 06:12:33.000"',
      ],
      [
        "pressure.csv",
        BP.replace("UTC+0100", "BST"),
        'pressure.csv: line 3: time_offset "BST" is no offset: expected one as Samsung Health writes it, "UTC+0100"',
      ],
      ["exercise.csv", EXERCISE.replace(",3400000,", ",56m,"), 'exercise.csv: line 3: duration "56m" is no number: expected milliseconds, 3372000'],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [i, [name, text, message]] of cases.entries()) {
        const file = put(`bad-${i}/${name}`, text);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      const empty = put("bad2/weight.csv", "com.samsung.health.weight,6315005,5\nstart_time,weight,\n");
      expect(isEmptyNote(await importFile(db, embedder, empty).catch((e: unknown) => e))).toBe(true);
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
