/**
 * Sleep Cycle's data export (core/ingest/health/sleepcycle.ts), sleepdata.csv as the app writes it (`;` between cells, no
 * quoting, times on the user's clock with no zone, oldest first): today's export (durations in seconds, `Did snore`, the
 * weather, `Mood`), 2021's and 2023's (`Time in bed(seconds)` with no time asleep, `Snore time`, °F), the stages' columns,
 * 2026's renamed header (`Went to bed;Woke up;…`, a byte order mark, CRLF), and the older export (`Start;End;Sleep
 * quality;Time in bed;Wake up;Sleep Notes`, "7:21", ":)", a blank line after each row). Each night a paragraph of the note
 * of the evening it began, a nap its own day's; told by its header whatever its name and not mistaken for its
 * neighbours; read alone, in a folder and with --format; importing again adds nothing, a later export only the new; a
 * bad file refused naming the file, the line and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { sleepCycleKindOf } from "../../core/ingest/health/sleepcycle.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-sleepcycle-"));
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
  "Start;End;Sleep Quality;Regularity;Mood;Heart rate (bpm);Steps;Alarm mode;Air Pressure (Pa);City;Movements per hour;Time in bed (seconds);Time asleep (seconds);Time before sleep (seconds);Window start;Window stop;Did snore;Snore time (seconds);Weather temperature (°C);Weather type;Notes";

/** A night begun after midnight (snoring, a mood, a city and the weather, two notes), written twice as the app can. */
const LATE =
  "2026-11-07 00:52:41;2026-11-07 07:01:12;61%;84%;OK;64;9120;No alarm;101.2;Manchester;22.4;22111.0;20880.0;845.0;;;true;731.6;7.0;Clear;Gig night:Slept late";

/** Today's export: an evening's night ("No weather", no heart rate, a quoted note), a session with no sleep, a nap, the late night twice. */
const CURRENT = `${HEADER}
2026-10-27 23:40:48;2026-10-28 06:10:31;48%;—;Bad;0;0;Smart alarm;;;35.1;23383.0;18420.0;3120.0;;;false;0.0;32.0;No weather;Drank coffee:Content
2026-10-28 22:57:58;2026-10-28 23:43:21;8%;58%;;0;0;No alarm;;;1.0;2723.0;0.0;2723.0;;;false;0.0;;;
2026-10-31 14:20:12;2026-10-31 15:05:40;19%;23%;;0;0;No alarm;;;1.0;2728.0;2280.0;300.0;;;false;0.0;;;Nap
${LATE}
${LATE}
`;

/** 2021's header (no time asleep, `Time in bed(seconds)`, `Snore time`, °F), and 2023's (°F) with the stages' columns. */
const FAHRENHEIT = `Start;End;Sleep Quality;Regularity;Mood;Steps;Alarm mode;Air Pressure (Pa);City;Movements per hour;Time in bed(seconds);Window start;Window stop;Did snore;Snore time;Weather temperature (°F);Weather type;Notes
2021-10-03 03:02:27;2021-10-03 09:21:10;66%;89%;;0;No alarm;;;60.672615;22722.807;;;true;77;;;Ate late:Slept late
`;
const STAGES = `Start;End;Sleep Quality;Regularity;Awake (seconds);Dream (seconds);Light (seconds);Deep (seconds);Mood;Heart rate (bpm);Steps;Alarm mode;Air Pressure (Pa);City;Movements per hour;Time in bed (seconds);Time asleep (seconds);Time before sleep (seconds);Window start;Window stop;Snore time (seconds);Weather temperature (°F);Weather type;Notes;Body temperature deviation (degrees Celsius)
2025-06-01 22:30:00;2025-06-02 06:30:00;82%;75%;1200;5400;12600;6300;Good;58;0;Smart alarm;;Denver;4.2;28800;25200;600;;;0;66.0;Clear;;
`;

/** 2026's renamed header, with a byte order mark and CRLF line ends. */
const RENAMED = `\uFEFFWent to bed;Woke up;Sleep Quality;Time in bed (seconds);Time asleep (seconds);Asleep after (seconds);Regularity;Did snore;Snore time (seconds);Coughing (per hour);Steps;City;Breathing disruptions (per hour);Ambient noise (dB);Ambient light (lux);Alertness score;Alertness reaction time (seconds);Alertness accuracy;Movements per hour;Wake up window start;Wake up window stop\r
2026-09-14 23:05:12;2026-09-15 07:02:40;88%;28648;25931;1204;81%;false;0;0.0;0;;0.0;27.1;0.0;;;;2.8;26-09-15 06:40:00;26-09-15 07:10:00\r
`;

/** The older export: the time in bed as "7:21", the mood as ":)", a blank line after each row. */
const OLDER = `Start;End;Sleep quality;Time in bed;Wake up;Sleep Notes;Heart rate;Activity (steps)

2019-02-01 23:31:05;2019-02-02 06:52:40;72%;7:21;:|;Ate late:Stressful day;0;0

2019-02-02 23:55:31;2019-02-03 08:40:12;93%;8:44;:);Happy event:Drank tea;59;8412

`;

/** The paragraphs of `file`'s notes, [note key, paragraph name, text], in note then time order. */
async function told(file: string, format?: "sleepcycle"): Promise<Array<[string, string, string]>> {
  const notes = (await parsedConversations(file, format)).sort((a, b) => a.externalId.localeCompare(b.externalId));
  return notes.flatMap((n) => n.turns.map((t) => [n.externalId, t.externalId ?? "", t.text] as [string, string, string]));
}

describe("Sleep Cycle's export", () => {
  it("tells sleepdata.csv by its header, whatever its name, today's and the older, and none of its neighbours", async () => {
    const kinds = { CURRENT: "current", FAHRENHEIT: "current", STAGES: "current", RENAMED: "current", OLDER: "older" } as const;
    for (const [name, text] of Object.entries({ CURRENT, FAHRENHEIT, STAGES, RENAMED, OLDER })) {
      expect([name, sleepCycleKindOf(text)]).toEqual([name, kinds[name as keyof typeof kinds]]);
      expect([name, await detectFormat(put(`detect/${name.toLowerCase()}.txt`, text))]).toEqual([name, "sleepcycle"]);
    }
    const others = [
      "id;day;score;contributors;timestamp\n",
      "Start,End,Sleep Quality,Time in bed (seconds)\n2026-10-27 23:40:48,2026-10-28 06:10:31,48%,23383\n",
      "Start;End;Notes;City\n2026-10-27 23:40:48;2026-10-28 06:10:31;x;y\n",
      "Cycle start time,Cycle end time,Cycle timezone,Sleep onset,Wake onset,Nap\n",
    ];
    for (const [i, text] of others.entries()) expect([i, await detectFormat(put(`others/${i}.csv`, text)).catch(() => "none")]).not.toEqual([i, "sleepcycle"]);
  });

  it("tells each night in its evening's note, a nap on its own day, a row written twice once, a session with no sleep not at all", async () => {
    expect(await told(put("alone/sleepdata.csv", CURRENT))).toEqual([
      [
        "sleepcycle:day:2026-10-27",
        "sleep 2026-10-27 23:40:48",
        'Slept 5 hours 7 minutes on the night of Tuesday 27 October, 23:40 to 06:10. My sleep quality was 48%, it took me 52 minutes to fall asleep, and I woke up in a bad mood on Wednesday 28 October. On Tuesday 27 October I drank coffee and noted "Content".',
      ],
      [
        "sleepcycle:day:2026-10-31",
        "sleep 2026-10-31 14:20:12",
        'Napped 38 minutes on Saturday 31 October, 14:20 to 15:05. My sleep quality was 19%, and it took me 5 minutes to fall asleep. On Saturday 31 October I noted "Nap".',
      ],
      [
        "sleepcycle:day:2026-11-06",
        "sleep 2026-11-07 00:52:41",
        "Slept 5 hours 48 minutes on the night of Friday 6 November, 00:52 to 07:01. My sleep quality was 61%, it took me 14 minutes to fall asleep, I snored for 12 minutes, I woke up feeling OK on Saturday 7 November, and my heart rate averaged 64 bpm. I slept in Manchester, and it was 7 °C outside (clear). On Friday 6 November I had a gig night and slept late.",
      ],
    ]);
    const notes = (await parsedConversations(put("t/sleepdata.csv", CURRENT))).sort((a, b) => a.externalId.localeCompare(b.externalId));
    expect(notes[2]).toMatchObject({ format: "note", title: "Sleep Cycle, Friday 6 November 2026", records: "day", participants: ["User"] });
    // (a night begun after midnight is told at its evening's last minute, so that it is that evening's)
    expect(notes.map((n) => new Date(n.turns[0]!.occurredAt).toISOString())).toEqual([
      "2026-10-27T23:40:48.000Z",
      "2026-10-31T14:20:12.000Z",
      "2026-11-06T23:59:00.000Z",
    ]);
    expect(notes[2]!.turns[0]).toMatchObject({ speaker: "User", role: "user" });
    expect(notes[2]!.turns[0]!.metadata).toEqual({
      sleepcycle: {
        kind: "sleep",
        start: "2026-11-07 00:52:41",
        end: "2026-11-07 07:01:12",
        quality: 61,
        regularity: "84%",
        mood: "OK",
        heartRate: 64,
        steps: 9120,
        alarmMode: "No alarm",
        airPressure: 101.2,
        city: "Manchester",
        movementsPerHour: 22.4,
        inBedSeconds: 22111,
        asleepSeconds: 20880,
        beforeSleepSeconds: 845,
        windowStart: null,
        windowStop: null,
        snored: true,
        snoreSeconds: 731.6,
        temperature: { value: 7, unit: "°C" },
        weather: "Clear",
        notes: ["Gig night", "Slept late"],
      },
    });
  });

  it("reads 2021's and 2023's headers (°F, no time asleep, the stages), 2026's renamed one and the older export", async () => {
    expect(await told(put("f/sleepdata.csv", FAHRENHEIT))).toEqual([
      [
        "sleepcycle:day:2021-10-02",
        "sleep 2021-10-03 03:02:27",
        "Spent 6 hours 19 minutes in bed on the night of Saturday 2 October, 03:02 to 09:21. My sleep quality was 66%, and I snored for 1 minute. On Saturday 2 October I ate late and slept late.",
      ],
    ]);
    expect(await told(put("s/sleepdata.csv", STAGES))).toEqual([
      [
        "sleepcycle:day:2025-06-01",
        "sleep 2025-06-01 22:30:00",
        "Slept 7 hours on the night of Sunday 1 June, 22:30 to 06:30 (deep 1 hour 45 minutes, light 3 hours 30 minutes, dream 1 hour 30 minutes, awake 20 minutes). My sleep quality was 82%, it took me 10 minutes to fall asleep, I woke up in a good mood on Monday 2 June, and my heart rate averaged 58 bpm. I slept in Denver, and it was 66 °F outside (clear).",
      ],
    ]);
    expect(await told(put("r/sleepdata.csv", RENAMED))).toEqual([
      [
        "sleepcycle:day:2026-09-14",
        "sleep 2026-09-14 23:05:12",
        "Slept 7 hours 12 minutes on the night of Monday 14 September, 23:05 to 07:02. My sleep quality was 88%, and it took me 20 minutes to fall asleep.",
      ],
    ]);
    const renamed = await parsedConversations(put("r2/sleepdata.csv", RENAMED));
    expect(renamed[0]!.turns[0]!.metadata).toMatchObject({ sleepcycle: { regularity: "81%", windowStart: "26-09-15 06:40:00", snored: false } });
    expect(await told(put("o/sleepdata.csv", OLDER))).toEqual([
      [
        "sleepcycle:day:2019-02-01",
        "sleep 2019-02-01 23:31:05",
        "Spent 7 hours 21 minutes in bed on the night of Friday 1 February, 23:31 to 06:52. My sleep quality was 72%, and I woke up feeling OK on Saturday 2 February. On Friday 1 February I ate late and had a stressful day.",
      ],
      [
        "sleepcycle:day:2019-02-02",
        "sleep 2019-02-02 23:55:31",
        "Spent 8 hours 44 minutes in bed on the night of Saturday 2 February, 23:55 to 08:40. My sleep quality was 93%, I woke up in a good mood on Sunday 3 February, and my heart rate averaged 59 bpm. On Saturday 2 February I had a happy event and drank tea.",
      ],
    ]);
  });

  it("reads any file named with --format, and refuses one that is not Sleep Cycle's", async () => {
    expect((await told(put("renamed.txt", OLDER), "sleepcycle")).map(([, name]) => name)).toEqual(["sleep 2019-02-01 23:31:05", "sleep 2019-02-02 23:55:31"]);
    expect((await importErrorOf(parsedConversations(put("other.csv", "Date,Steps\n2026-10-17,14862\n"), "sleepcycle"))).message).toMatch(
      /^other\.csv: line 1: not Sleep Cycle's export/,
    );
  });

  it("reads a folder of exports, adds nothing imported again, and a later export only what is new", async () => {
    const root = join(dir, "Sleep Cycle");
    put("Sleep Cycle/sleepdata.csv", CURRENT);
    put("Sleep Cycle/sleepdata 2019.csv", OLDER);
    const seen: Record<string, string> = {};
    for (const { file } of importPaths(root)) seen[file.slice(root.length + 1)] = (await passedOverInFolder(file)) ?? `read as ${await folderFileFormat(file)}`;
    expect(seen).toEqual({ "sleepdata 2019.csv": "read as sleepcycle", "sleepdata.csv": "read as sleepcycle" });
    const db = openDatabase(join(dir, "folder.db"));
    try {
      const file = join(root, "sleepdata.csv");
      expect(await importFile(db, embedder, file)).toMatchObject({ format: "sleepcycle", conversations: 3, added: 3, duplicates: 0 });
      expect(await importFile(db, embedder, file)).toMatchObject({ added: 0, duplicates: 3 });
      // (a later export holds every night again, and the new one)
      const later = put(
        "later/sleepdata.csv",
        `${CURRENT}2026-11-07 23:10:04;2026-11-08 07:53:17;93%;80%;Good;55;6120;No alarm;101.0;Manchester;18.2;31392.0;26369.0;1004.0;;;false;0.0;6.0;Cloudy;\n`,
      );
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 4, added: 1, duplicates: 3 });
      const night = db
        .prepare("SELECT count(*) FROM conversations c JOIN sources s ON s.conversation_id = c.id WHERE c.external_id = ? AND s.text LIKE '%quality was 93%%'")
        .pluck()
        .get("sleepcycle:day:2026-11-07");
      expect(night).toBe(1);
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "sleepdata.csv",
        CURRENT.replace("2026-10-27 23:40:48", "27/10/2026 23:40"),
        'sleepdata.csv: line 2: Start "27/10/2026 23:40" is no time: expected one as Sleep Cycle writes it, "2026-11-07 00:52:41"',
      ],
      [
        "sleepdata.csv",
        CURRENT.replace("2026-10-28 06:10:31", "2026-10-26 06:10:31"),
        'sleepdata.csv: line 2: End "2026-10-26 06:10:31" is before 2026-10-27 23:40:48, the night\'s start',
      ],
      ["sleepdata.csv", CURRENT.replace(";19%;", ";high;"), 'sleepdata.csv: line 4: Sleep Quality "high" is no number: expected a percentage, 82%'],
      ["old.csv", OLDER.replace(";7:21;", ";7h21;"), 'old.csv: line 3: Time in bed "7h21" is no time in bed: expected hours and minutes, "7:54"'],
      [
        "renamed.csv",
        RENAMED.replace("2026-09-15 07:02:40", ""),
        'renamed.csv: line 2: Woke up "" is no time: expected one as Sleep Cycle writes it, "2026-11-07 00:52:41"',
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
      // (a header alone, or sessions with no sleep: nothing to tell, passed over in a folder)
      for (const text of [`${HEADER}\n`, `${HEADER}\n2026-10-28 22:57:58;2026-10-28 23:43:21;8%;58%;;0;0;No alarm;;;1.0;2723.0;0.0;2723.0;;;false;0.0;;;\n`]) {
        const err = await importFile(db, embedder, put(`empty-${text.length}/sleepdata.csv`, text)).catch((e: unknown) => e);
        expect(isEmptyNote(err)).toBe(true);
        expect(String(err)).toMatch(/a Sleep Cycle export with nothing to tell/);
      }
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
