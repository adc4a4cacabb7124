/**
 * WHOOP's data export (core/ingest/health/whoop.ts), as Data Export writes it (an e-mailed ZIP, unzipped: four CSVs with
 * English headers, times on the user's clock with no zone and the cycle's `Cycle timezone`, rows newest first): a note of
 * the user's per day, an app's day of records, whose paragraphs are each cycle's recovery and strain (the day it is lived),
 * each sleep in the note of its evening (a nap its own day), each workout, and the Journal's yes answers as what the user
 * did that day; each file told by its header whatever its name and not mistaken for its neighbours; read alone, in a
 * folder and with --format; the cycles' nights told from sleeps.csv when it is beside them, not twice; importing again
 * adds nothing, a later export only the new; a bad file refused naming the file, the line and the column, and nothing
 * stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { whoopKindOf } from "../../core/ingest/health/whoop.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-whoop-"));
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

const CYCLE = "Cycle start time,Cycle end time,Cycle timezone";

/** physiological_cycles.csv: the current cycle (no end, no strain), a night begun after midnight, a cycle with no sleep. */
const CYCLES = `${CYCLE},Recovery score %,Resting heart rate (bpm),Heart rate variability (ms),Skin temp (celsius),Blood oxygen %,Day Strain,Energy burned (cal),Max HR (bpm),Average HR (bpm),Sleep onset,Wake onset,Sleep performance %,Respiratory rate (rpm),Asleep duration (min),In bed duration (min),Light sleep duration (min),Deep (SWS) duration (min),REM duration (min),Awake duration (min),Sleep need (min),Sleep debt (min),Sleep efficiency %,Sleep consistency %
2026-11-03 23:44:08,,UTC+00:00,85,50,67,33.80,95.64,,,,,2026-11-03 23:44:08,2026-11-04 07:20:39,90,15.6,427,456,222,100,105,29,471,24,94,68
2026-11-03 00:41:47,2026-11-03 23:44:08,UTC+00:00,31,60,41,33.43,96.33,8.2,2214,121,66,2026-11-03 00:41:47,2026-11-03 06:34:18,52,14.9,302,352,155,73,74,50,478,156,86,80
2026-10-20 23:42:54,2026-10-21 23:45:15,UTC+01:00,,,,,,9.2,2769,131,69,,,,,,,,,,,,,,
`;

/** sleeps.csv: a night and a nap of the same cycle. */
const SLEEPS = `${CYCLE},Sleep onset,Wake onset,Sleep performance %,Respiratory rate (rpm),Asleep duration (min),In bed duration (min),Light sleep duration (min),Deep (SWS) duration (min),REM duration (min),Awake duration (min),Sleep need (min),Sleep debt (min),Sleep efficiency %,Sleep consistency %,Nap
2026-10-18 02:14:38,2026-10-18 23:34:58,UTC+01:00,2026-10-18 14:20:12,2026-10-18 15:05:40,14,15.8,38,45,22,9,7,7,521,88,84,,true
2026-10-18 02:14:38,2026-10-18 23:34:58,UTC+01:00,2026-10-18 02:14:38,2026-10-18 08:27:09,58,15.4,318,372,160,78,80,54,511,173,85,87,false
`;

/** workouts.csv: a run with GPS, tennis, a workout WHOOP noticed ("Activity"), and a row written twice. */
const WORKOUTS = `${CYCLE},Workout start time,Workout end time,Duration (min),Activity name,Activity Strain,Energy burned (cal),Max HR (bpm),Average HR (bpm),HR Zone 1 %,HR Zone 2 %,HR Zone 3 %,HR Zone 4 %,HR Zone 5 %,GPS enabled,Distance (meters),Altitude gain (meters),Altitude change (meters)
2026-11-14 23:52:04,2026-11-15 22:58:46,UTC+00:00,2026-11-15 09:15:08,2026-11-15 10:12:50,58,Running,13.9,788,180,157,0,33,31,24,12,true,10412,86,-1
2026-11-09 23:35:05,2026-11-10 23:44:08,UTC+00:00,2026-11-10 19:00:02,2026-11-10 20:28:31,88,Tennis,13.4,779,182,142,0,29,34,26,11,false,,,
2026-11-09 23:35:05,2026-11-10 23:44:08,UTC+00:00,2026-11-10 19:00:02,2026-11-10 20:28:31,88,Tennis,13.4,779,182,142,0,29,34,26,11,false,,,
2026-10-17 00:22:34,2026-10-18 02:14:38,UTC+01:00,2026-10-17 21:10:33,2026-10-17 22:35:51,85,Activity,11.9,688,176,128,0,34,22,27,17,false,,,
`;

/** journal_entries.csv: a cycle's answers (a yes with a note, a yes quoted with a comma, a no), a no with a note, a question with no verb. */
const JOURNAL = `${CYCLE},Question text,Answered yes,Notes
2026-11-05 22:56:32,2026-11-07 01:12:24,UTC+00:00,Spent time stretching?,FALSE,
2026-11-05 22:56:32,2026-11-07 01:12:24,UTC+00:00,Consumed caffeine?,TRUE,
2026-11-05 22:56:32,2026-11-07 01:12:24,UTC+00:00,Have any alcoholic drinks?,TRUE,"Three pints at Jamie's leaving do, the Cumberland Bar"
2026-10-27 22:49:43,2026-10-28 23:42:54,UTC+00:00,Experienced a migraine?,true,Screen all day on the Leith drawings
2026-10-27 22:49:43,2026-10-28 23:42:54,UTC+00:00,Have any alcoholic drinks?,false,Not a drop
2026-10-27 22:49:43,2026-10-28 23:42:54,UTC+00:00,Sauna,true,
2026-10-20 23:42:54,2026-10-21 23:45:15,UTC+01:00,Consumed caffeine?,FALSE,
`;

/** The paragraphs of `file`'s notes, [note key, paragraph name, text], in note then time order. */
async function told(file: string, format?: "whoop"): Promise<Array<[string, string, string]>> {
  const notes = (await parsedConversations(file, format)).sort((a, b) => a.externalId.localeCompare(b.externalId));
  return notes.flatMap((n) => n.turns.map((t) => [n.externalId, t.externalId ?? "", t.text] as [string, string, string]));
}

describe("WHOOP's export", () => {
  it("tells each file by its header, whatever its name, and none of its neighbours", async () => {
    const kinds = { CYCLES: "cycles", SLEEPS: "sleeps", WORKOUTS: "workouts", JOURNAL: "journal" } as const;
    for (const [name, text] of Object.entries({ CYCLES, SLEEPS, WORKOUTS, JOURNAL })) {
      expect(whoopKindOf(`\uFEFF${text}`)).toBe(kinds[name as keyof typeof kinds]);
      expect([name, await detectFormat(put(`detect/${name.toLowerCase()}.csv`, text))]).toEqual([name, "whoop"]);
    }
    const others = [
      "id;day;score;contributors;timestamp\n",
      "Date,Steps\n2026-10-17,14862\n",
      'from,to,"light (s)","deep (s)","rem (s)","awake (s)","wake up","Duration to sleep (s)","Duration to wake up (s)"\n',
      "Cycle start time,Cycle end time,Strain\n2026-10-17 00:22:34,,12\n",
    ];
    for (const [i, text] of others.entries()) expect(await detectFormat(put(`others/${i}.csv`, text)).catch(() => "none")).not.toBe("whoop");
  });

  it("tells each cycle's recovery and strain on the day it is lived, and its night when no sleeps.csv is beside it", async () => {
    expect(await told(put("alone/physiological_cycles.csv", CYCLES))).toEqual([
      [
        "whoop:day:2026-10-21",
        "strain 2026-10-20 23:42:54",
        "On Wednesday 21 October my day strain was 9.2, I burned 2,769 calories, and my heart rate averaged 69 bpm (max 131 bpm).",
      ],
      [
        "whoop:day:2026-11-02",
        "sleep 2026-11-03 00:41:47",
        "Slept 5 hours 2 minutes on the night of Monday 2 November, 00:41 to 06:34 (deep 1 hour 13 minutes, light 2 hours 35 minutes, REM 1 hour 14 minutes, awake 50 minutes). My sleep performance was 52%, my sleep efficiency was 86%, my sleep consistency was 80%, and my respiratory rate was 14.9 breaths a minute.",
      ],
      [
        "whoop:day:2026-11-03",
        "recovery 2026-11-03 00:41:47",
        "On Tuesday 3 November my recovery was 31% (red), my HRV was 41 ms, my resting heart rate was 60 bpm, my skin temperature was 33.4 °C, and my blood oxygen was 96.3%.",
      ],
      [
        "whoop:day:2026-11-03",
        "strain 2026-11-03 00:41:47",
        "On Tuesday 3 November my day strain was 8.2, I burned 2,214 calories, and my heart rate averaged 66 bpm (max 121 bpm).",
      ],
      [
        "whoop:day:2026-11-03",
        "sleep 2026-11-03 23:44:08",
        "Slept 7 hours 7 minutes on the night of Tuesday 3 November, 23:44 to 07:20 (deep 1 hour 40 minutes, light 3 hours 42 minutes, REM 1 hour 45 minutes, awake 29 minutes). My sleep performance was 90%, my sleep efficiency was 94%, my sleep consistency was 68%, and my respiratory rate was 15.6 breaths a minute.",
      ],
      [
        "whoop:day:2026-11-04",
        "recovery 2026-11-03 23:44:08",
        "On Wednesday 4 November my recovery was 85% (green), my HRV was 67 ms, my resting heart rate was 50 bpm, my skin temperature was 33.8 °C, and my blood oxygen was 95.6%.",
      ],
    ]);
    // (beside sleeps.csv, the nights are told from there)
    put("export/sleeps.csv", SLEEPS);
    const beside = await told(put("export/physiological_cycles.csv", CYCLES));
    expect(beside.map(([, name]) => name)).toEqual([
      "strain 2026-10-20 23:42:54",
      "recovery 2026-11-03 00:41:47",
      "strain 2026-11-03 00:41:47",
      "recovery 2026-11-03 23:44:08",
    ]);
    const note = (await parsedConversations(put("t/cycles.csv", CYCLES))).find((n) => n.externalId === "whoop:day:2026-10-21");
    expect(note).toMatchObject({ format: "note", title: "WHOOP, Wednesday 21 October 2026", records: "day" });
    expect(note!.turns[0]).toMatchObject({ speaker: "User", role: "user", occurredAt: Date.parse("2026-10-21T12:00:00Z") });
  });

  it("tells each sleep in the note of its evening, a nap on its own day, and each workout once", async () => {
    expect(await told(put("s/sleeps.csv", SLEEPS))).toEqual([
      [
        "whoop:day:2026-10-17",
        "sleep 2026-10-18 02:14:38",
        "Slept 5 hours 18 minutes on the night of Saturday 17 October, 02:14 to 08:27 (deep 1 hour 18 minutes, light 2 hours 40 minutes, REM 1 hour 20 minutes, awake 54 minutes). My sleep performance was 58%, my sleep efficiency was 85%, my sleep consistency was 87%, and my respiratory rate was 15.4 breaths a minute.",
      ],
      [
        "whoop:day:2026-10-18",
        "sleep 2026-10-18 14:20:12",
        "Napped 38 minutes on Sunday 18 October, 14:20 to 15:05. My sleep performance was 14%, my sleep efficiency was 84%, and my respiratory rate was 15.8 breaths a minute.",
      ],
    ]);
    const notes = (await parsedConversations(put("s2/sleeps.csv", SLEEPS))).sort((a, b) => a.externalId.localeCompare(b.externalId));
    // (a night begun after midnight is told at its evening's last minute, so that it is that evening's)
    expect(notes.flatMap((n) => n.turns.map((t) => new Date(t.occurredAt).toISOString()))).toEqual(["2026-10-17T23:59:00.000Z", "2026-10-18T14:20:12.000Z"]);
    expect(await told(put("w/workouts.csv", WORKOUTS))).toEqual([
      [
        "whoop:day:2026-10-17",
        "workout 2026-10-17 21:10:33",
        "Worked out for 1 hour 25 minutes on Saturday 17 October, 21:10–22:35 (activity strain 11.9, average heart rate 128 bpm, max 176 bpm, 688 calories burned).",
      ],
      [
        "whoop:day:2026-11-10",
        "workout 2026-11-10 19:00:02",
        "Played tennis for 1 hour 28 minutes on Tuesday 10 November, 19:00–20:28 (activity strain 13.4, average heart rate 142 bpm, max 182 bpm, 779 calories burned).",
      ],
      [
        "whoop:day:2026-11-15",
        "workout 2026-11-15 09:15:08",
        "Ran 10.4 km in 57 minutes 42 seconds (5:33 per km) on Sunday 15 November, 09:15–10:12 (activity strain 13.9, average heart rate 157 bpm, max 180 bpm, 788 calories burned).",
      ],
    ]);
  });

  it("tells the Journal's yes answers as what the user did on the cycle's day, a no only with a note; --format on any name", async () => {
    expect(await told(put("renamed.txt", JOURNAL), "whoop")).toEqual([
      [
        "whoop:day:2026-10-28",
        "journal 2026-10-27 22:49:43",
        'On Wednesday 28 October I experienced a migraine ("Screen all day on the Leith drawings") and answered yes to "Sauna". In my WHOOP journal I answered no to "Have any alcoholic drinks?" ("Not a drop").',
      ],
      [
        "whoop:day:2026-11-06",
        "journal 2026-11-05 22:56:32",
        'On Friday 6 November I consumed caffeine and had alcoholic drinks ("Three pints at Jamie\'s leaving do, the Cumberland Bar").',
      ],
    ]);
    const note = (await parsedConversations(put("j/journal_entries.csv", JOURNAL))).find((n) => n.externalId === "whoop:day:2026-10-28");
    expect(note!.turns[0]!.metadata).toEqual({
      whoop: {
        kind: "journal",
        cycleStart: "2026-10-27 22:49:43",
        zone: "UTC+00:00",
        answers: {
          "Experienced a migraine?": { yes: true, note: "Screen all day on the Leith drawings" },
          "Have any alcoholic drinks?": { yes: false, note: "Not a drop" },
          Sauna: true,
        },
      },
    });
    // (a cycle's rows met again later in the file: a paragraph of their own, named by their first question)
    const again = await told(
      put("again/journal_entries.csv", `${JOURNAL}2026-11-05 22:56:32,2026-11-07 01:12:24,UTC+00:00,Ate food close to bedtime?,TRUE,\n`),
    );
    expect(again.filter(([key]) => key === "whoop:day:2026-11-06").map(([, name, text]) => [name, text])).toEqual([
      [
        "journal 2026-11-05 22:56:32",
        'On Friday 6 November I consumed caffeine and had alcoholic drinks ("Three pints at Jamie\'s leaving do, the Cumberland Bar").',
      ],
      ["journal 2026-11-05 22:56:32 Ate food close to bedtime?", "On Friday 6 November I ate food close to bedtime."],
    ]);
    expect((await importErrorOf(parsedConversations(put("other.csv", "Date,Steps\n"), "whoop"))).message).toMatch(
      /^other\.csv: line 1: not a file of WHOOP's export/,
    );
  });

  it("reads the export's folder, adds nothing imported again, and a later export only what is new", async () => {
    const root = join(dir, "WHOOP data");
    for (const [name, text] of Object.entries({
      "physiological_cycles.csv": CYCLES,
      "sleeps.csv": SLEEPS,
      "workouts.csv": WORKOUTS,
      "journal_entries.csv": JOURNAL,
    }))
      put(`WHOOP data/${name}`, text);
    const seen: Record<string, string> = {};
    for (const { file } of importPaths(root)) seen[file.slice(root.length + 1)] = (await passedOverInFolder(file)) ?? `read as ${await folderFileFormat(file)}`;
    expect(seen).toEqual({
      "journal_entries.csv": "read as whoop",
      "physiological_cycles.csv": "read as whoop",
      "sleeps.csv": "read as whoop",
      "workouts.csv": "read as whoop",
    });
    const db = openDatabase(join(dir, "folder.db"));
    try {
      const cycles = join(root, "physiological_cycles.csv");
      expect(await importFile(db, embedder, cycles)).toMatchObject({ format: "whoop", conversations: 3, added: 4, duplicates: 0 });
      expect(await importFile(db, embedder, cycles)).toMatchObject({ added: 0, duplicates: 4 });
      // (a later export: the current cycle ended, with its strain, and a new one begun)
      put("later/sleeps.csv", SLEEPS);
      const later = put(
        "later/physiological_cycles.csv",
        CYCLES.replace(
          "2026-11-03 23:44:08,,UTC+00:00,85,50,67,33.80,95.64,,,,,",
          "2026-11-04 23:18:06,,UTC+00:00,77,52,63,33.61,96.10,,,,,2026-11-04 23:18:06,2026-11-05 07:02:11,88,15.2,410,441,200,95,115,31,480,20,93,70\n2026-11-03 23:44:08,2026-11-04 23:18:06,UTC+00:00,85,50,67,33.80,95.64,10.3,2937,129,67,",
        ),
      );
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 4, added: 2, duplicates: 4 });
      const strain = db
        .prepare(
          "SELECT count(*) FROM conversations c JOIN sources s ON s.conversation_id = c.id WHERE c.external_id = ? AND s.text LIKE '%day strain was 10.3%'",
        )
        .pluck()
        .get("whoop:day:2026-11-04");
      expect(strain).toBe(1);
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "sleeps.csv",
        SLEEPS.replace("2026-10-18 14:20:12", "18/10/2026 14:20"),
        'sleeps.csv: line 2: Sleep onset "18/10/2026 14:20" is no time: expected one as WHOOP writes it, "2026-11-03 00:41:47"',
      ],
      ["cycles.csv", CYCLES.replace(",31,60,41,", ",high,60,41,"), 'cycles.csv: line 3: Recovery score % "high" is no number: expected a percentage, 31'],
      [
        "journal.csv",
        JOURNAL.replace("Consumed caffeine?,TRUE,", "Consumed caffeine?,yes,"),
        'journal.csv: line 3: Answered yes "yes" is no yes or no: expected "true" or "false"',
      ],
      [
        "workouts.csv",
        WORKOUTS.replace("2026-11-15 09:15:08,2026-11-15", ",2026-11-15"),
        'workouts.csv: line 2: Workout start time "" is no time: expected the workout\'s start, "2026-11-10 19:00:02"',
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
      const empty = put("bad2/workouts.csv", `${WORKOUTS.split("\n")[0]}\n`);
      expect(isEmptyNote(await importFile(db, embedder, empty).catch((e: unknown) => e))).toBe(true);
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
