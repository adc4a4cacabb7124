/**
 * Google Fit's data from Google Takeout (core/ingest/health/googlefit.ts, googlefit-export.ts), as Takeout writes `Fit/`:
 * `Daily activity metrics/Daily activity metrics.csv` (a row a day), a CSV a day of 15-minute rows beside it (times on the
 * user's clock with their offset), `All Sessions/` a JSON object a session (UTC times, `duration` "1834.5s", an `aggregate` of
 * `com.google.*` metrics), `All Data/` raw points, `Activities/` tracks: a note of the user's per day, an app's day of
 * records, whose paragraphs are the day's totals and each session in words on the user's clock; each file told by its start
 * whatever its name and not mistaken for its neighbours; read alone, in a folder and with --format; the 15-minute rows, raw
 * points and tracks passed over, said why; importing again adds nothing, a later export only the new; a bad file refused
 * naming the file and the line and column or the JSON path, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { googleFitKindOf } from "../../core/ingest/health/googlefit.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-googlefit-"));
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

const HEADER =
  "Date,Move Minutes count,Calories (kcal),Distance (m),Heart Points,Heart Minutes,Average heart rate (bpm),Max heart rate (bpm),Min heart rate (bpm),Step count,Average weight (kg),Max weight (kg),Min weight (kg),Walking duration (ms),Running duration (ms)";
/** The days: a full one, one with a weigh-in, one the phone stayed at home (empty cells). */
const DAYS = `${HEADER}
2026-11-02,65,2207.41796875,4012.8291015625,7,5,74.2,131,51,5415,81.30000305175781,81.30000305175781,81.30000305175781,2815800,
2026-11-03,58,2431.6318359375,9196.2001953125,34,24,76.9,162,49,12480,,,,5980000,1890000
2026-11-09,,,,,,,,,,,,,,
`;

/** A day's 15-minute rows on the user's clock (only the first few and the ones around a session written). */
function quarters(rows: Array<[string, string]>): string {
  return `Start time,End time,Move Minutes count,Calories (kcal),Distance (m),Heart Points,Step count\n${rows.map(([a, b]) => `${a},${b},,21.5,,,`).join("\n")}\n`;
}

/** A run in UTC, paused for a while (its duration the time moving). */
const RUN = JSON.stringify(
  {
    fitnessActivity: "running",
    startTime: "2026-10-13T06:12:26.000Z",
    endTime: "2026-10-13T06:45:02.000Z",
    duration: "1890s",
    segment: [{ fitnessActivity: "running", startTime: "2026-10-13T06:12:26.000Z", endTime: "2026-10-13T06:45:02.000Z" }],
    aggregate: [
      { metricName: "com.google.heart_minutes.summary", floatValue: 40.0 },
      { metricName: "com.google.calories.expended", floatValue: 412.3837432861328 },
      { metricName: "com.google.step_count.delta", intValue: 5400 },
      { metricName: "com.google.distance.delta", floatValue: 6120.4816045761108 },
      { metricName: "com.google.speed.summary", floatValue: 3.2381139442776954 },
      { metricName: "com.google.active_minutes", intValue: 31 },
    ],
  },
  null,
  2,
);

/** A ride written with an offset, and strength training with no distance. */
const RIDE = `{"fitnessActivity":"biking.road","startTime":"2026-11-08T10:00:02.000+00:00","endTime":"2026-11-08T11:52:26.000+00:00","duration":"6744s","aggregate":[{"metricName":"com.google.calories.expended","floatValue":812.2},{"metricName":"com.google.distance.delta","floatValue":45320.7}]}`;
const GYM = `{"fitnessActivity":"strength_training","startTime":"2026-10-06T17:40:00.000Z","endTime":"2026-10-06T18:25:00.000Z","duration":"2700s","aggregate":[{"metricName":"com.google.calories.expended","floatValue":241.0}]}`;
/** A night with its stages in its segments. */
const SLEEP = JSON.stringify({
  fitnessActivity: "sleep",
  startTime: "2026-11-14T23:10:00.000Z",
  endTime: "2026-11-15T06:40:00.000Z",
  duration: "27000s",
  segment: [
    { fitnessActivity: "sleep.light", startTime: "2026-11-14T23:10:00.000Z", endTime: "2026-11-15T01:10:00.000Z" },
    { fitnessActivity: "sleep.deep", startTime: "2026-11-15T01:10:00.000Z", endTime: "2026-11-15T02:40:00.000Z" },
    { fitnessActivity: "sleep.awake", startTime: "2026-11-15T02:40:00.000Z", endTime: "2026-11-15T03:00:00.000Z" },
    { fitnessActivity: "sleep.rem", startTime: "2026-11-15T03:00:00.000Z", endTime: "2026-11-15T04:00:00.000Z" },
    { fitnessActivity: "sleep.light", startTime: "2026-11-15T04:00:00.000Z", endTime: "2026-11-15T06:40:00.000Z" },
  ],
  aggregate: [],
});
const POINTS = `{
  "Data Source": "derived:com.google.step_count.delta:com.google.android.gms:estimated_steps",
  "Data Points": [{"fitValue": [{"value": {"intVal": 412}}], "originDataSourceId": "", "endTimeNanos": "1794650400000000000", "dataTypeName": "com.google.step_count.delta", "startTimeNanos": "1794650340000000000", "modifiedTimeMillis": "1794650460000"}]
}`;

/** The paragraphs of `file`'s notes, [note key, paragraph name, text], in note then time order. */
async function told(file: string, format?: "googlefit"): Promise<Array<[string, string, string]>> {
  const notes = (await parsedConversations(file, format)).sort((a, b) => a.externalId.localeCompare(b.externalId));
  return notes.flatMap((n) => n.turns.map((t) => [n.externalId, t.externalId, t.text] as [string, string, string]));
}

describe("Google Fit's Takeout", () => {
  it("tells each file by its start, whatever its name, and none of its neighbours", async () => {
    const mine: Array<[string, string, string]> = [
      ["days.csv", `\uFEFF${DAYS}`, "days"],
      ["old/Daily Summaries.csv", DAYS.replace(",Heart Points,Heart Minutes", ""), "days"],
      ["run.json", RUN, "session"],
      ["renamed.txt", GYM, "session"],
      ["q.csv", quarters([["00:00:00.000+01:00", "00:15:00.000+01:00"]]), "quarters"],
      ["points.json", POINTS, "points"],
    ];
    for (const [name, text, kind] of mine) {
      expect([name, googleFitKindOf(text)]).toEqual([name, kind]);
      expect([name, await detectFormat(put(`detect/${name}`, text))]).toEqual([name, "googlefit"]);
    }
    const others = [
      "Date,Steps\n2026-10-17,14862\n",
      "com.samsung.shealth.tracker.pedometer_day_summary,6315005,7\nstep_count,day_time,\n",
      '[{"logId":1,"activityName":"Run","startTime":"11/14/26 08:02:11","duration":1805000}]',
      '{"startTime":"2026-11-14T08:05:00Z","title":"Morning run"}',
      "Start time,End time,Task\n09:00,10:00,Write\n",
    ];
    for (const [i, text] of others.entries()) expect(await detectFormat(put(`others/${i}.json`, text)).catch(() => "none")).not.toBe("googlefit");
  });

  it("tells each day's totals and each session in words, on the user's clock from the day's 15-minute rows", async () => {
    expect(await told(put("t/Daily activity metrics.csv", DAYS))).toEqual([
      [
        "googlefit:day:2026-11-02",
        "day 2026-11-02",
        "On Monday 2 November I took 5,415 steps, I covered 4 km, I had 65 Move Minutes, I earned 7 Heart Points, I burned 2,207 calories, and I weighed 81.3 kg.",
      ],
      [
        "googlefit:day:2026-11-03",
        "day 2026-11-03",
        "On Tuesday 3 November I took 12,480 steps, I covered 9.2 km, I had 58 Move Minutes, I earned 34 Heart Points, and I burned 2,432 calories.",
      ],
    ]);
    // (alone, a session's UTC times are said so)
    expect(await told(put("alone/run.json", RUN))).toEqual([
      [
        "googlefit:day:2026-10-13",
        "session 2026-10-13T06:12:26.000Z",
        "Ran 6.1 km in 31 minutes 30 seconds (5:09 per km) on Tuesday 13 October, 06:12–06:45 UTC (5,400 steps, 40 Heart Points, 412 calories burned).",
      ],
    ]);
    // (in Takeout's Fit folder, the day's 15-minute CSV gives the user's clock: British Summer Time)
    put("Takeout/Fit/Daily activity metrics/2026-10-13.csv", quarters([["07:00:00.000+01:00", "07:15:00.000+01:00"]]));
    const run = put("Takeout/Fit/All Sessions/2026-10-13T06_12_26.000Z_RUNNING.json", RUN);
    const [[, , text]] = await told(run);
    expect(text).toContain("on Tuesday 13 October, 07:12–07:45 (5,400 steps");
    const [note] = await parsedConversations(run);
    expect(note).toMatchObject({ format: "note", externalId: "googlefit:day:2026-10-13", title: "Google Fit, Tuesday 13 October 2026", records: "day" });
    expect(note!.turns[0]).toMatchObject({ role: "user", speaker: "User", occurredAt: Date.UTC(2026, 9, 13, 7, 12, 26) });
    expect(await told(put("t/ride.json", RIDE))).toEqual([
      [
        "googlefit:day:2026-11-08",
        "session 2026-11-08T10:00:02.000+00:00",
        "Cycled 45.3 km in 1 hour 52 minutes (24.2 km/h) on Sunday 8 November, 10:00–11:52 (812 calories burned).",
      ],
    ]);
    expect(await told(put("t/gym.txt", GYM), "googlefit")).toEqual([
      [
        "googlefit:day:2026-10-06",
        "session 2026-10-06T17:40:00.000Z",
        "Did strength training for 45 minutes on Tuesday 6 October, 17:40–18:25 UTC (241 calories burned).",
      ],
    ]);
    expect(await told(put("t/sleep.json", SLEEP))).toEqual([
      [
        "googlefit:day:2026-11-14",
        "sleep 2026-11-14T23:10:00.000Z",
        "Slept 7 hours 10 minutes on the night of Saturday 14 November, 23:10 to 06:40 UTC (deep 1 hour 30 minutes, light 4 hours 40 minutes, REM 1 hour, awake 20 minutes).",
      ],
    ]);
    const still = put("t/still.json", RIDE.replace('"biking.road"', '"in_vehicle"'));
    const err = await parsedConversations(still).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect((err as Error).message).toBe(
      'still.json: fitnessActivity: the note has no text: a Google Fit session of "in_vehicle" (no workout nor sleep to tell)',
    );
    expect((await importErrorOf(parsedConversations(put("other.csv", "Date,Steps\n"), "googlefit"))).message).toMatch(
      /^other\.csv: byte 0: not a file of Google Fit's Takeout/,
    );
  });

  it("reads the days and sessions of Takeout's Fit folder, passes over the rest said why, and adds nothing imported again", async () => {
    const fit = "Takeout/Fit";
    put(`${fit}/Daily activity metrics/Daily activity metrics.csv`, DAYS);
    put(`${fit}/Daily activity metrics/2026-10-13.csv`, quarters([["07:00:00.000+01:00", "07:15:00.000+01:00"]]));
    put(`${fit}/All Sessions/2026-10-13T06_12_26.000Z_RUNNING.json`, RUN);
    put(`${fit}/All Data/derived_com.google.step_count.delta_com.google.android.gms_estimated_steps.json`, POINTS);
    const root = join(dir, "Takeout");
    const seen: Record<string, string> = {};
    for (const { file } of importPaths(root)) {
      const why = await passedOverInFolder(file);
      seen[file.slice(root.length + 1).replace(/\\/g, "/")] = why ?? `read as ${await folderFileFormat(file)}`;
    }
    expect(seen).toEqual({
      "Fit/Daily activity metrics/Daily activity metrics.csv": "read as googlefit",
      "Fit/All Sessions/2026-10-13T06_12_26.000Z_RUNNING.json": "read as googlefit",
      "Fit/Daily activity metrics/2026-10-13.csv":
        "Google Fit's 15-minute rows of one day (numbers, no words: each day's totals are told from Daily activity metrics.csv, each session from All Sessions)",
      "Fit/All Data/derived_com.google.step_count.delta_com.google.android.gms_estimated_steps.json":
        "Google Fit's raw data points of one data source, every reading your phone and apps recorded (numbers, no words: each day's totals are told from Daily activity metrics.csv, each session from All Sessions)",
    });
    // (alone, a day's 15-minute CSV and a track say why too)
    const track = put(`${fit}/Activities/2026-10-13T06_12_26.000Z_RUNNING.tcx`, '<?xml version="1.0"?>\n<TrainingCenterDatabase/>\n');
    for (const file of [join(root, "Fit/Daily activity metrics/2026-10-13.csv"), track, put("loose/q.csv", quarters([["00:00:00.000Z", "00:15:00.000Z"]]))])
      expect(isEmptyNote(await parsedConversations(file).catch((e: unknown) => e))).toBe(true);
    const db = openDatabase(join(dir, "folder.db"));
    try {
      const days = join(root, "Fit/Daily activity metrics/Daily activity metrics.csv");
      expect(await importFile(db, embedder, days)).toMatchObject({ format: "googlefit", conversations: 2, added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, days)).toMatchObject({ added: 0, duplicates: 2 });
      const later = put("later/Daily activity metrics.csv", `${DAYS}2026-11-10,40,2150.5,6021.4,9,6,,,,8140,,,,4200000,\n`);
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 3, added: 1, duplicates: 2 });
      // (a session adds its paragraph to its day's note: the days file's day and the session's the same conversation)
      const run = join(root, "Fit/All Sessions/2026-10-13T06_12_26.000Z_RUNNING.json");
      expect(await importFile(db, embedder, run)).toMatchObject({ format: "googlefit", conversations: 1, added: 1 });
      expect(await importFile(db, embedder, run)).toMatchObject({ added: 0, duplicates: 1 });
      expect(db.prepare("SELECT format, title, records FROM conversations WHERE external_id = ?").get("googlefit:day:2026-10-13")).toEqual({
        format: "note",
        title: "Google Fit, Tuesday 13 October 2026",
        records: "day",
      });
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line and column or the JSON path, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "days.csv",
        DAYS.replace("2026-11-03,", "03/11/2026,"),
        'days.csv: line 3: Date "03/11/2026" is no day: expected one as Google Fit writes it, "2026-11-03"',
      ],
      ["days2.csv", DAYS.replace(",12480,", ",12 480,"), 'days2.csv: line 3: Step count "12 480" is no number: expected a count of steps, 12480'],
      [
        "run.json",
        RUN.replace('"2026-10-13T06:12:26.000Z",\n  "endTime"', '"13/10/2026 07:12",\n  "endTime"'),
        'run.json: startTime: "13/10/2026 07:12" is no time: expected one as Google Fit writes it, "2026-11-14T08:05:00.000Z"',
      ],
      ["ride.json", RIDE.replace('"6744s"', '"PT1H52M"'), 'ride.json: duration: "PT1H52M" is no duration: expected one as Google Fit writes it, "1834.5s"'],
      ["gym.json", GYM.replace("241.0", '"lots"'), 'gym.json: aggregate[0].floatValue: "lots" is no number: expected one, 702.5'],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [i, [name, text, message]] of cases.entries()) {
        const file = put(`bad-${i}/${name}`, text);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      const cut = put("bad-cut/run.json", RUN.slice(0, 200));
      expect((await importErrorOf(validateExport(cut))).message).toMatch(/^run\.json: byte \d+/);
      const empty = put("bad-empty/days.csv", `${HEADER}\n2026-11-09,,,,,,,,,,,,,,\n`);
      expect(isEmptyNote(await importFile(db, embedder, empty).catch((e: unknown) => e))).toBe(true);
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
