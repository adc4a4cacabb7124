/**
 * Toggl Track's Detailed report exported as CSV (core/ingest/notes/toggl.ts), as Toggl writes it: a byte order mark, the
 * classic header "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,
 * Tags,Amount (GBP)", rows newest first, an empty description written `""`, tags joined by ", " and quoted, the amount
 * empty when nothing is billed; a file with every cell quoted and no Amount column; a newer report's chosen columns
 * ("Stop date", "Stop time", "1:30:00"), and the other duration formats ("18:25 min", "45 sec", "1.5 h"). Each entry a
 * paragraph of the user's note of its day, a day of records, the day's total last; a team's report said member by member,
 * or only the member `--me` names; told by its header whatever its name, alone and in a folder (an empty report passed
 * over, said why), never taken for Clockify's; importing again adds nothing, a later report only what is new; a bad file
 * refused naming the file, the line and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { durationSeconds, isTogglCsv } from "../../core/ingest/notes/toggl.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-toggl-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

const HEADER = "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (GBP)";
const INES = "Ines Calder,ines@calder.studio";

/** Two days of a freelancer's report, newest first as the Detailed report lists them. */
const ROWS = [
  `${INES},,Admin,,Invoicing,No,2026-10-09,11:40:00,2026-10-09,12:10:00,00:30:00,,`,
  `${INES},Harbour & Pine,Harbour & Pine menus,,Menu layout,Yes,2026-10-09,09:00:00,2026-10-09,11:30:00,02:30:00,layout,125.00`,
  `${INES},Nordlicht Kaffee,Nordlicht packaging,Artwork,Artwork for tin lid,Yes,2026-10-06,15:15:00,2026-10-06,17:00:00,01:45:00,illustration,105.00`,
  `${INES},Acme Foods,Acme rebrand,Logo,"Logo sketches, round 2",Yes,2026-10-06,13:00:00,2026-10-06,15:00:00,02:00:00,"sketching, logo",110.00`,
  `${INES},Acme Foods,Acme rebrand,Logo,Logo sketches,Yes,2026-10-06,09:00:00,2026-10-06,11:30:00,02:30:00,"sketching, logo",137.50`,
];

/** A file of the test folder: its lines joined by LF after a byte order mark, as Toggl writes its export. */
function write(name: string, lines: string[], bom = "\uFEFF"): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${bom}${lines.join("\n")}\n`);
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

describe("Toggl's Detailed report as CSV", () => {
  it("tells each entry in words and the day's total, a day a note of records", async () => {
    const file = write("Toggl_time_entries_2026-10-05_to_2026-10-11.csv", [HEADER, ...ROWS]);
    expect(await detectFormat(file)).toBe("toggl");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "toggl:day:2026-10-09",
        "Toggl, Friday 9 October 2026",
        "day",
        [
          [
            "entry 2026-10-09 09:00:00 Menu layout",
            "User",
            "user",
            "2026-10-09T09:00:00.000Z",
            'Worked on "Menu layout" for Harbour & Pine (Harbour & Pine menus) on Friday 9 October from 09:00 to 11:30: 2 hours 30 minutes, billable (£125.00); tagged layout.',
          ],
          [
            "entry 2026-10-09 11:40:00 Invoicing",
            "User",
            "user",
            "2026-10-09T11:40:00.000Z",
            'Worked on "Invoicing" (Admin) on Friday 9 October from 11:40 to 12:10: 30 minutes, not billable.',
          ],
          [
            "day total",
            "User",
            "user",
            "2026-10-09T12:10:00.000Z",
            "On Friday 9 October I tracked 3 hours of work, from 09:00 to 12:10: 2 hours 30 minutes on Harbour & Pine menus (Harbour & Pine) and 30 minutes on Admin; 2 hours 30 minutes of it billable (£125.00).",
          ],
        ],
      ],
      [
        "toggl:day:2026-10-06",
        "Toggl, Tuesday 6 October 2026",
        "day",
        [
          [
            "entry 2026-10-06 09:00:00 Logo sketches",
            "User",
            "user",
            "2026-10-06T09:00:00.000Z",
            'Worked on "Logo sketches" for Acme Foods (Acme rebrand, task Logo) on Tuesday 6 October from 09:00 to 11:30: 2 hours 30 minutes, billable (£137.50); tagged sketching and logo.',
          ],
          [
            "entry 2026-10-06 13:00:00 Logo sketches, round 2",
            "User",
            "user",
            "2026-10-06T13:00:00.000Z",
            'Worked on "Logo sketches, round 2" for Acme Foods (Acme rebrand, task Logo) on Tuesday 6 October from 13:00 to 15:00: 2 hours, billable (£110.00); tagged sketching and logo.',
          ],
          [
            "entry 2026-10-06 15:15:00 Artwork for tin lid",
            "User",
            "user",
            "2026-10-06T15:15:00.000Z",
            'Worked on "Artwork for tin lid" for Nordlicht Kaffee (Nordlicht packaging, task Artwork) on Tuesday 6 October from 15:15 to 17:00: 1 hour 45 minutes, billable (£105.00); tagged illustration.',
          ],
          [
            "day total",
            "User",
            "user",
            "2026-10-06T17:00:00.000Z",
            "On Tuesday 6 October I tracked 6 hours 15 minutes of work, from 09:00 to 17:00: 4 hours 30 minutes on Acme rebrand (Acme Foods) and 1 hour 45 minutes on Nordlicht packaging (Nordlicht Kaffee); all of it billable (£352.50).",
          ],
        ],
      ],
    ]);
    expect(notes.map((n) => [n.format, n.participants])).toEqual([
      ["note", ["User"]],
      ["note", ["User"]],
    ]);
    // (what the words leave out is kept: whose, the times as written, the seconds, the amount and its currency, the row's line)
    expect(notes[1]!.turns[0]!.metadata).toEqual({
      line: 6,
      toggl: {
        user: "Ines Calder",
        email: "ines@calder.studio",
        client: "Acme Foods",
        project: "Acme rebrand",
        task: "Logo",
        description: "Logo sketches",
        billable: true,
        start: "2026-10-06 09:00:00",
        end: "2026-10-06 11:30:00",
        seconds: 9000,
        tags: ["sketching", "logo"],
        amount: "137.50",
        currency: "GBP",
      },
    });
    expect(notes[1]!.turns[3]!.metadata).toEqual({ toggl: { day: "2026-10-06", seconds: 22500, billableSeconds: 22500, amount: "352.50" } });
    expect(await validateExport(file)).toMatchObject({ format: "toggl", conversations: 2, turns: 7 });
    expect(await checkImportFile(file)).toBe("toggl");
  });

  it("reads every cell quoted, no Amount column, an empty description, no project, and an entry past midnight", async () => {
    const file = write("quoted.csv", [
      '"User","Email","Client","Project","Task","Description","Billable","Start date","Start time","End date","End time","Duration","Tags"',
      '"Ines Calder","ines@calder.studio","","Portfolio","","","No","2026-10-07","23:30:00","2026-10-08","00:45:00","01:15:00",""',
      '"Ines Calder","ines@calder.studio","","","","Timer left on","No","2026-10-07","22:00:00","2026-10-07","22:00:00","00:00:00",""',
    ]);
    expect(told(await parsedConversations(file)).flatMap(([, , , turns]) => turns.map(([id, , , , text]) => [id, text]))).toEqual([
      ["entry 2026-10-07 22:00:00 Timer left on", 'Worked on "Timer left on" on Wednesday 7 October from 22:00 to 22:00: no time, not billable.'],
      [
        "entry 2026-10-07 23:30:00 Portfolio",
        "Worked on Portfolio on Wednesday 7 October from 23:30 to 00:45 on Thursday 8 October: 1 hour 15 minutes, not billable.",
      ],
      ["day total", "On Wednesday 7 October I tracked 1 hour 15 minutes of work, from 22:00 to 00:45, all on Portfolio; none of it billable."],
    ]);
  });

  it("reads a newer report's chosen columns, Stop date and Stop time, and Toggl's other duration formats", async () => {
    const file = write("TogglTrack_Report_Detailed_report_(from_05_10_2026_to_11_10_2026).csv", [
      '"Description",Duration,Project,Start date,Start time,Stop date,Stop time',
      '"Menu layout",1:30:00,Harbour & Pine menus,2026-10-09,10:30:00,2026-10-09,12:00:00',
      '"Stand-up",15:00 min,Admin,2026-10-09,09:00:00,2026-10-09,09:15:00',
    ]);
    expect(await detectFormat(file)).toBe("toggl");
    expect(told(await parsedConversations(file))[0]![3].map(([, , , at, text]) => [at, text])).toEqual([
      ["2026-10-09T09:00:00.000Z", 'Worked on "Stand-up" (Admin) on Friday 9 October from 09:00 to 09:15: 15 minutes.'],
      ["2026-10-09T10:30:00.000Z", 'Worked on "Menu layout" (Harbour & Pine menus) on Friday 9 October from 10:30 to 12:00: 1 hour 30 minutes.'],
      [
        "2026-10-09T12:00:00.000Z",
        "On Friday 9 October I tracked 1 hour 45 minutes of work, from 09:00 to 12:00: 1 hour 30 minutes on Harbour & Pine menus and 15 minutes on Admin.",
      ],
    ]);
    // (a report with no clock: its entries on their day, their duration as written)
    const noClock = write(
      "weekday.csv",
      ["User,Project,Description,Start date,Weekday,Duration", "Ines Calder,Acme rebrand,Logo sketches,2026-10-06,Tuesday,02:30:00"],
      "",
    );
    expect((await parsedConversations(noClock))[0]!.turns.map((t) => t.text)).toEqual([
      'Worked on "Logo sketches" (Acme rebrand) on Tuesday 6 October: 2 hours 30 minutes.',
      "On Tuesday 6 October I tracked 2 hours 30 minutes of work, all on Acme rebrand.",
    ]);
    expect([
      durationSeconds("02:30:00"),
      durationSeconds("25:00:01"),
      durationSeconds("18:25 min"),
      durationSeconds("45 sec"),
      durationSeconds("1.5 h"),
    ]).toEqual([9000, 90001, 1105, 45, 5400]);
    expect([durationSeconds("18:25"), durationSeconds("00:60:00"), durationSeconds("-1 h"), durationSeconds("soon")]).toEqual([null, null, null, null]);
  });

  it("says whose each entry is in a team's report, or reads only the member --me names", async () => {
    const team = write("team.csv", [
      HEADER,
      `Jan Novak,jan@studio.example,Acme Foods,Acme rebrand,,Icon set,Yes,2026-10-06,10:00:00,2026-10-06,12:00:00,02:00:00,,110.00`,
      ROWS[4]!,
    ]);
    expect(told(await parsedConversations(team)).map(([key, title, , turns]) => [key, title, turns.map(([, , , , text]) => text)])).toEqual([
      [
        "toggl:day:2026-10-06:Jan Novak",
        "Toggl, Tuesday 6 October 2026 (Jan Novak)",
        [
          'Jan Novak worked on "Icon set" for Acme Foods (Acme rebrand) on Tuesday 6 October from 10:00 to 12:00: 2 hours, billable (£110.00).',
          "On Tuesday 6 October Jan Novak tracked 2 hours of work, from 10:00 to 12:00, all on Acme rebrand (Acme Foods); all of it billable (£110.00).",
        ],
      ],
      [
        "toggl:day:2026-10-06:Ines Calder",
        "Toggl, Tuesday 6 October 2026 (Ines Calder)",
        [
          'Ines Calder worked on "Logo sketches" for Acme Foods (Acme rebrand, task Logo) on Tuesday 6 October from 09:00 to 11:30: 2 hours 30 minutes, billable (£137.50); tagged sketching and logo.',
          "On Tuesday 6 October Ines Calder tracked 2 hours 30 minutes of work, from 09:00 to 11:30, all on Acme rebrand (Acme Foods); all of it billable (£137.50).",
        ],
      ],
    ]);
    for (const me of ["ines calder", "INES@calder.studio"]) {
      const mine: ParsedConversation[] = [];
      for await (const c of parseExport(team, { me })) mine.push(c);
      expect(told(mine).map(([key, , , turns]) => [key, turns.map(([id]) => id)])).toEqual([
        ["toggl:day:2026-10-06", ["entry 2026-10-06 09:00:00 Logo sketches", "day total"]],
      ]);
    }
  });

  it("is told by its header, not taken for Clockify's or another table", () => {
    expect(isTogglCsv(`\uFEFF${HEADER}\n`)).toBe(true);
    expect(isTogglCsv(`${HEADER.replace(",Amount (GBP)", ",Amount ()")}\r\n`)).toBe(true);
    expect(isTogglCsv('"Description",Duration,Project,Start date,Start time,Stop date,Stop time\n')).toBe(true);
    expect(isTogglCsv("Description,Tags,Start date,Start time,Stop date,Stop time\n")).toBe(true);
    expect(
      isTogglCsv("Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,End Date,End Time,Duration (h),Duration (decimal)\n"),
    ).toBe(false);
    expect(isTogglCsv("Subject,Start date,Start time,End date,End time,Description\n")).toBe(false);
    expect(isTogglCsv("Month,Spent\n")).toBe(false);
  });
});

describe("a Toggl report in a folder", () => {
  it("reads the report by its header whatever its name, and passes over an empty one, saying why", async () => {
    const folder = join(dir, "Downloads");
    write("Downloads/Toggl_time_entries_2026-10-05_to_2026-10-11.csv", [HEADER, ...ROWS.slice(0, 2)]);
    write("Downloads/empty week.csv", [HEADER]);
    writeFileSync(join(folder, "budget.csv"), "Month,Spent\nNovember,42\n");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual(["Toggl_time_entries_2026-10-05_to_2026-10-11.csv", "empty week.csv"]);
    for (const { file } of importPaths(folder)) expect(await folderFileFormat(file)).toBe("toggl");
    const err = await checkImportFile(join(folder, "empty week.csv"), "toggl").catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Toggl report with no time entries, no note");
  });

  it("is read as chosen with --format, and a file that is not Toggl's is refused as one", async () => {
    const file = write("format/mine.csv", [HEADER, ROWS[0]!]);
    expect(await validateExport(file, { format: "toggl" })).toMatchObject({ format: "toggl", conversations: 1, turns: 2 });
    const budget = write("format/budget.csv", ["Month,Spent", "November,42"], "");
    expect((await importErrorOf(validateExport(budget, { format: "toggl" }))).message).toBe(
      'budget.csv: line 1: not a Toggl Detailed report\'s CSV: expected its header "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,…"',
    );
  });
});

describe("importing a Toggl report again", () => {
  it("adds nothing the second time, and from a later report only the entries new since and the day's new total", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/1/Toggl_time_entries.csv", [HEADER, ...ROWS.slice(2)]);
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "toggl", added: 4, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 4 });
      // (the later report holds the same day again, with an entry tracked after the first report, and a day since: the day's total told anew)
      const later = write("later/2/Toggl_time_entries.csv", [
        HEADER,
        ...ROWS.slice(0, 2),
        `${INES},,Admin,,Emails,No,2026-10-06,17:10:00,2026-10-06,17:30:00,00:20:00,,`,
        ...ROWS.slice(2),
      ]);
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 5, duplicates: 3 });
      expect(db.prepare("SELECT format, title, records FROM conversations WHERE external_id = ?").get("toggl:day:2026-10-06")).toEqual({
        format: "note",
        title: "Toggl, Tuesday 6 October 2026",
        records: "day",
      });
    } finally {
      db.close();
    }
  });
});

describe("a bad Toggl report", () => {
  it("names the file, the line and the column, and stores nothing", async () => {
    const row = ROWS[4]!;
    const cases: Array<[string, string[], string]> = [
      [
        "day.csv",
        [HEADER, ROWS[0]!, row.replace("2026-10-06,09:00:00", "06/10/2026,09:00:00")],
        'day.csv: line 3: Start date "06/10/2026": expected a day as Toggl writes it, "2026-10-06"',
      ],
      ["time.csv", [HEADER, row.replace(",09:00:00,", ",9am,")], 'time.csv: line 2: Start time "9am": expected a time as Toggl writes it, "09:00:00"'],
      ["stop.csv", [HEADER, row.replace(",11:30:00,", ",,")], 'stop.csv: line 2: End time is empty: expected a time as Toggl writes it, "11:30:00"'],
      [
        "duration.csv",
        [HEADER, row.replace(",02:30:00,", ",two hours,")],
        'duration.csv: line 2: Duration "two hours": expected a duration as Toggl writes it, "02:30:00", "18:25 min" or "1.5 h"',
      ],
      ["billable.csv", [HEADER, row.replace(",Yes,", ",Maybe,")], 'billable.csv: line 2: Billable "Maybe": expected "Yes" or "No"'],
      ["amount.csv", [HEADER, row.replace(",137.50", ",lots")], 'amount.csv: line 2: Amount (GBP) "lots": expected an amount, "137.50", or nothing'],
      ["empty.csv", [HEADER], "empty.csv: line 1: the note has no text: a Toggl report with no time entries"],
    ];
    for (const [name, lines, message] of cases) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, lines)));
      expect([err.name, err.message]).toEqual(["ImportError", message]);
    }
    const stray = await importErrorOf(
      validateExport(write("bad/stray.csv", [HEADER, row, `${INES},,Admin,,"Emails" again,No,2026-10-06,08:00:00,2026-10-06,08:30:00,00:30:00,,`])),
    );
    expect([stray.location, stray.message]).toEqual(["line 3", expect.stringMatching(/^stray\.csv: line 3: Invalid Closing Quote/)]);
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, join(dir, "bad/amount.csv"))).rejects.toThrow(/line 2/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
