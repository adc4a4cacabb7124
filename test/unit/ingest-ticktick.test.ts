import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems } from "../../core/ingest/store.js";
import { isTickTickBackup } from "../../core/ingest/notes/ticktick.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-ticktick-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The preamble TickTick writes before its header: the day, the version, the status legend (one quoted cell over four lines). */
const PREAMBLE = ['"Date: 2026-11-13+0000"', '"Version: 7.1"', '"Status: \n0 Normal\n1 Completed\n2 Archived"'];
/** The header of TickTick's backup, every name quoted. */
const COLUMNS = [
  "Folder Name",
  "List Name",
  "Title",
  "Kind",
  "Tags",
  "Content",
  "Is Check list",
  "Start Date",
  "Due Date",
  "Reminder",
  "Repeat",
  "Priority",
  "Status",
  "Created Time",
  "Completed Time",
  "Order",
  "Timezone",
  "Is All Day",
  "Is Floating",
  "Column Name",
  "Column Order",
  "View Mode",
  "taskId",
  "parentId",
];
const HEADER = COLUMNS.map((c) => `"${c}"`).join(",");

/** When the backups were saved: Friday 13 November 2026, 21:40 UTC. */
const SAVED = new Date("2026-11-13T21:40:00Z");

/** A row as TickTick writes it: `cells` by column (the others empty), each quoted but an empty "Is All Day", "Column Name" or "Column Order". */
function row(cells: Record<string, string>, columns = COLUMNS): string {
  return columns
    .map((c) => {
      const v = cells[c] ?? "";
      return v === "" && ["Is All Day", "Column Name", "Column Order"].includes(c) ? "" : `"${v.replace(/"/g, '""')}"`;
    })
    .join(",");
}

/** A task's cells in a list, made at `created` (UTC), in London, the rest as given. */
function task(list: string, title: string, id: string, created: string, cells: Record<string, string> = {}): Record<string, string> {
  return {
    "List Name": list,
    Title: title,
    Kind: "TEXT",
    "Is Check list": "N",
    Priority: "0",
    Status: "0",
    "Created Time": created,
    Order: "-1099511627776",
    Timezone: "Europe/London",
    "Is Floating": "false",
    "View Mode": "list",
    taskId: id,
    ...cells,
  };
}

/** A backup named `name` in the test folder: `lines` joined by `eol`, saved at {@link SAVED}. */
function backup(name: string, lines: string[], eol = "\n"): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join(eol)}${eol}`);
  utimesSync(file, SAVED, SAVED);
  return file;
}

/** A backup of two lists and a note: an all-day due in summer time, a timed one with an end, a repeating one, a completed task, a won't-do, a checklist, sub-tasks, tags, priorities. */
const ACCOUNT = [
  ...PREAMBLE,
  HEADER,
  row(
    task("Inbox", "Put the bins out", "6a9712a0a8e3c10000000001", "2026-09-01T18:00:00+0000", {
      "Start Date": "2026-11-17T19:00:00+0000",
      "Due Date": "2026-11-17T19:00:00+0000",
      Repeat: "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU",
      "Is All Day": "false",
    }),
  ),
  row(
    task("Elm Road move", "Book the removal van", "6acd2098a8e3c10000000002", "2026-10-12T18:02:00+0000", {
      "Folder Name": "Moving house",
      Tags: "move, van",
      Content: "Shift Removals, Saturday 21 November from 8am.\nBooking ref SR-20419.",
      // (20 October in London, in summer time: its midnight in UTC)
      "Start Date": "2026-10-19T23:00:00+0000",
      "Due Date": "2026-10-19T23:00:00+0000",
      "Is All Day": "true",
      Priority: "5",
      Status: "2",
      "Completed Time": "2026-10-20T17:15:00+0000",
      "View Mode": "kanban",
      "Column Name": "Before the move",
      "Column Order": "0",
    }),
  ),
  row(
    task("Elm Road move", "Meter readings", "6ae71cdca8e3c10000000003", "2026-11-01T11:05:00+0000", {
      "Folder Name": "Moving house",
      Kind: "CHECKLIST",
      "Is Check list": "Y",
      Content: "Take a photo of each one.\n▪Gas\n▫Electric\n▫Water",
      "Start Date": "2026-10-31T00:00:00+0000",
      "Due Date": "2026-11-21T00:00:00+0000",
      "Is All Day": "true",
      Priority: "3",
    }),
  ),
  // (a sub-task before its parent)
  row(
    task("Elm Road move", "Broadband installation", "6adc7d68a8e3c10000000005", "2026-10-24T09:42:00+0000", {
      "Folder Name": "Moving house",
      Content: "Openreach engineer.",
      "Start Date": "2026-11-25T08:00:00+0000",
      "Due Date": "2026-11-25T13:00:00+0000",
      "Is All Day": "false",
      parentId: "6adc7cf0a8e3c10000000004",
    }),
  ),
  row(task("Elm Road move", "Set up utilities at Elm Road", "6adc7cf0a8e3c10000000004", "2026-10-24T09:40:00+0000", { "Folder Name": "Moving house" })),
  row(
    task("Wedding", "Hire a photo booth", "6a9dc3e8a8e3c10000000006", "2026-09-06T19:50:00+0000", {
      "Folder Name": "Wedding",
      Content: "£450 for three hours.",
      Status: "-1",
      "Completed Time": "2026-10-03T10:00:00+0000",
    }),
  ),
  row(
    task("Wedding notes", "The Old Barn", "6a9dc640a8e3c10000000007", "2026-09-06T20:00:00+0000", {
      "Folder Name": "Wedding",
      Kind: "NOTE",
      Tags: "venue",
      Content: "## Contact\nThe venue coordinator is Hannah Webb.\n\n## On the day\nAccess from 10am.",
    }),
  ),
];

describe("TickTick's backup (Settings → Account → Generate backup)", () => {
  it("is detected by its preamble and header, and each list read as a to-do note: each task a paragraph of the time it was done, else made", async () => {
    const file = backup("TickTick-backup-2026-11-13.csv", ACCOUNT);
    expect(await detectFormat(file)).toBe("ticktick");
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.format, n.externalId, n.title, n.participants, new Date(n.startedAt!).toISOString()])).toEqual([
      // (a note is given when it is read; the lists' tasks when the file ends)
      ["note", "ticktick:note:6a9dc640a8e3c10000000007", "The Old Barn", ["User"], "2026-09-06T20:00:00.000Z"],
      ["note", "ticktick:Inbox", "Inbox", ["User"], "2026-09-01T18:00:00.000Z"],
      ["note", "ticktick:Moving house/Elm Road move", "Elm Road move", ["User"], "2026-10-20T17:15:00.000Z"],
      ["note", "ticktick:Wedding/Wedding", "Wedding", ["User"], "2026-10-03T10:00:00.000Z"],
    ]);
    const [barn, inbox, move, wedding] = notes;
    expect(barn!.turns.map((t) => [t.speaker, t.role, t.text])).toEqual([
      ["User", "user", "Contact: The venue coordinator is Hannah Webb."],
      ["User", "user", "On the day: Access from 10am."],
    ]);
    expect(barn!.turns[0]!.metadata.ticktick).toEqual({
      id: "6a9dc640a8e3c10000000007",
      folder: "Wedding",
      list: "Wedding notes",
      kind: "NOTE",
      tags: ["venue"],
    });
    const said = (n: typeof inbox) => n!.turns.map((t) => [t.externalId, t.text, new Date(t.occurredAt).toISOString()]);
    // (a repeating task as it repeats, at its time in London)
    expect(said(inbox)).toEqual([["task 6a9712a0a8e3c10000000001", "To do: Put the bins out, every Tuesday at 7pm.", "2026-09-01T18:00:00.000Z"]]);
    expect(said(move)).toEqual([
      [
        "task 6acd2098a8e3c10000000002",
        // (done: when, not its due; its tags; Content's lines as sentences)
        "Elm Road move to-do: Book the removal van (done on 20 October 2026); tags: move, van. Shift Removals, Saturday 21 November from 8am. Booking ref SR-20419.",
        "2026-10-20T17:15:00.000Z",
      ],
      [
        "task 6ae71cdca8e3c10000000003",
        // (an all-day span from its start to its due; the checklist's items, checked ones done; the lines that are no item its description)
        "Elm Road move to-do: Meter readings, from 31 October 2026 to 21 November 2026, medium priority. Take a photo of each one. Checklist: Gas (done); Electric; Water.",
        "2026-11-01T11:05:00.000Z",
      ],
      // (a parent, then its sub-task, though the file has the sub-task first; a start and an end on one day)
      ["task 6adc7cf0a8e3c10000000004", "Elm Road move to-do: Set up utilities at Elm Road.", "2026-10-24T09:40:00.000Z"],
      [
        "task 6adc7d68a8e3c10000000005",
        "Elm Road move to-do: Broadband installation (for Set up utilities at Elm Road), on Wednesday 25 November 2026 from 8am to 1pm. Openreach engineer.",
        "2026-10-24T09:42:00.000Z",
      ],
    ]);
    expect(said(wedding)).toEqual([
      ["task 6a9dc3e8a8e3c10000000006", "Wedding to-do: Hire a photo booth (won't do). £450 for three hours.", "2026-10-03T10:00:00.000Z"],
    ]);
    // (its row's line: the preamble's legend is four lines, the header the seventh)
    expect(move!.turns[0]!.metadata).toEqual({
      line: 9,
      ticktick: {
        id: "6acd2098a8e3c10000000002",
        folder: "Moving house",
        list: "Elm Road move",
        kind: "TEXT",
        tags: ["move", "van"],
        priority: 5,
        status: 2,
        start: "2026-10-19T23:00:00.000Z",
        due: "2026-10-19T23:00:00.000Z",
        completed: "2026-10-20T17:15:00.000Z",
        column: "Before the move",
      },
    });
    expect(move!.turns[2]!.metadata.ticktick).toMatchObject({ subtasks: 1 });
    expect(move!.turns[3]!.metadata.ticktick).toMatchObject({ parent: "6adc7cf0a8e3c10000000004" });
    // (the all-day due in summer time is 20 October in London, not the 19th of its UTC time)
    const due = backup("due-in-summer.csv", [
      ...PREAMBLE,
      HEADER,
      row(
        task("Inbox", "Book the van", "6acd2098a8e3c10000000009", "2026-10-12T18:02:00+0000", { "Due Date": "2026-10-19T23:00:00+0000", "Is All Day": "true" }),
      ),
    ]);
    expect((await parsedConversations(due))[0]!.turns[0]!.text).toBe("To do: Book the van, due 20 October 2026.");
  });

  it("reads a Version 7.2 backup: a byte-order mark, CRLF, its legend and projectKind column, days without a time, items run together, a sub-task whose parent is gone", async () => {
    const columns = [...COLUMNS, "projectKind"];
    const file = backup(
      "TickTick-backup-2026-11-14.csv",
      [
        '\uFEFF"Date: 2026-11-14+0000"',
        '"Version: 7.2"',
        '"Status: \n0 Normal\n-1 Abandoned \n2 Completed"',
        columns.map((c) => `"${c}"`).join(","),
        row(
          { ...task("Errands", "Pick up the suit", "6b0000000000000000000001", "2026-11-02 09:30:00"), "Due Date": "2026-12-18", projectKind: "TASK" },
          columns,
        ),
        // (no "Is All Day": a due at midnight in its zone is a day)
        row(
          { ...task("Errands", "Return the library books", "6b0000000000000000000002", "2026-11-03T10:00:00+0000"), "Due Date": "2026-12-02T00:00:00+0000" },
          columns,
        ),
        row(
          {
            ...task("Errands", "Shopping", "6b0000000000000000000003", "2026-11-04T10:00:00+0000"),
            Kind: "CHECKLIST",
            "Is Check list": "Y",
            Content: "▫Milk▪Bread ▫Eggs",
          },
          columns,
        ),
        row(
          { ...task("Errands", "Order the cufflinks", "6b0000000000000000000004", "2026-11-05T10:00:00+0000"), parentId: "6bffffffffffffffffffffff" },
          columns,
        ),
        // (a row of empty cells, and a row with no title nor content: passed over)
        columns.map(() => '""').join(","),
        row(task("Errands", "", "6b0000000000000000000005", "2026-11-05T10:00:00+0000"), columns),
      ],
      "\r\n",
    );
    expect(await detectFormat(file)).toBe("ticktick");
    const [errands, ...rest] = await parsedConversations(file);
    expect(rest).toEqual([]);
    expect(errands!.turns.map((t) => [t.text, new Date(t.occurredAt).toISOString(), t.metadata.line])).toEqual([
      ["Errands to-do: Pick up the suit, due 18 December 2026.", "2026-11-02T09:30:00.000Z", 8],
      ["Errands to-do: Return the library books, due 2 December 2026.", "2026-11-03T10:00:00.000Z", 9],
      ["Errands to-do: Shopping. Checklist: Milk; Bread (done); Eggs.", "2026-11-04T10:00:00.000Z", 10],
      ["Errands to-do: Order the cufflinks.", "2026-11-05T10:00:00.000Z", 11],
    ]);
  });

  it("names a task by its id, so a later backup whose rows moved or changed adds only the task that changed", async () => {
    const rows = [
      row(task("Inbox", "Ring Mum", "6b1000000000000000000001", "2026-11-10T20:14:00+0000")),
      row(task("Inbox", "Send Priya the address", "6b1000000000000000000002", "2026-11-05T08:30:00+0000")),
    ];
    const first = (await parsedConversations(backup("first.csv", [...PREAMBLE, HEADER, ...rows])))[0]!;
    const later = (
      await parsedConversations(
        backup("later.csv", [
          ...PREAMBLE,
          HEADER,
          row(
            task("Inbox", "Send Priya the address", "6b1000000000000000000002", "2026-11-05T08:30:00+0000", {
              Status: "2",
              "Completed Time": "2026-11-06T12:30:00+0000",
            }),
          ),
          rows[0]!,
        ]),
      )
    )[0]!;
    const hashes = (c: typeof first) => new Map(conversationItems(c).map((i) => [i.source.externalId, i.source.contentHash]));
    const before = hashes(first);
    const after = hashes(later);
    expect(later.externalId).toBe(first.externalId);
    expect(after.get("task 6b1000000000000000000001")).toBe(before.get("task 6b1000000000000000000001"));
    expect(after.get("task 6b1000000000000000000002")).not.toBe(before.get("task 6b1000000000000000000002"));
  });

  it("is read in a folder beside notes, not as a Notion database's table, while any other CSV there is passed over", async () => {
    const folder = join(dir, "Downloads");
    const file = backup("Downloads/TickTick-backup-2026-11-13.csv", ACCOUNT);
    writeFileSync(join(folder, "Notes.md"), "# Notes\n\nThe boiler code is F.22.\n");
    writeFileSync(join(folder, "budget.csv"), "Month,Spent\nNovember,42\n");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual(["Notes.md", "TickTick-backup-2026-11-13.csv"]);
    expect(await folderFileFormat(file)).toBe("ticktick");
    // (its start as a folder reads it, the first KiB: the preamble, then the header)
    expect(isTickTickBackup([...PREAMBLE, HEADER].join("\n"))).toBe(true);
    expect(isTickTickBackup(HEADER)).toBe(true);
    expect(isTickTickBackup('"Date: 2026-11-13+0000"\n"Month","Spent"')).toBe(false);
    expect(isTickTickBackup("Title,Note,URL,Tags,Comment")).toBe(false);
  });

  it("passes over a backup with no task nor note in a folder, saying what it is", async () => {
    const empty = backup("Empty/TickTick-backup-2026-11-13.csv", [...PREAMBLE, HEADER]);
    const err = await checkImportFile(empty).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a TickTick backup with no tasks or notes, no note");
    expect(await importErrorOf(validateExport(empty))).toMatchObject({
      message: "TickTick-backup-2026-11-13.csv: line 7: the note has no text: a TickTick backup with no tasks or notes",
    });
  });

  it("names the file, the line and the column of a bad row, and refuses a CSV that is no TickTick backup", async () => {
    const bad = (name: string, cells: Record<string, string>) =>
      backup(name, [
        ...PREAMBLE,
        HEADER,
        // (a Content of two lines moves the next row's line on)
        row(task("Inbox", "Buy milk", "6b2000000000000000000001", "2026-11-01T10:00:00+0000", { Content: "Oat\nSemi-skimmed" })),
        row(task("Inbox", "Buy eggs", "6b2000000000000000000002", "2026-11-01T10:00:00+0000", cells)),
      ]);
    expect((await importErrorOf(validateExport(bad("bad-kind.csv", { Kind: "HABIT" })))).message).toBe(
      'bad-kind.csv: line 10: Kind "HABIT": expected TEXT, CHECKLIST or NOTE',
    );
    expect((await importErrorOf(validateExport(bad("bad-status.csv", { Status: "3" })))).message).toBe(
      'bad-status.csv: line 10: Status "3": expected 0 (normal), 1 or 2 (completed) or -1 (won\'t do)',
    );
    expect((await importErrorOf(validateExport(bad("bad-priority.csv", { Priority: "high" })))).message).toBe(
      'bad-priority.csv: line 10: Priority "high": expected 0 (none), 1 (low), 3 (medium) or 5 (high)',
    );
    expect((await importErrorOf(validateExport(bad("bad-due.csv", { "Due Date": "next Friday" })))).message).toBe(
      'bad-due.csv: line 10: "Due Date" "next Friday": expected a time such as 2026-11-21T08:00:00+0000',
    );
    const stray = backup("stray.csv", [...PREAMBLE, HEADER, `"","Inbox","Buy "eggs"","TEXT"`]);
    const err = await importErrorOf(validateExport(stray));
    expect([err.name, err.file, err.location]).toEqual(["ImportError", stray, "line 8"]);
    // (another CSV is no TickTick backup: not detected as one, refused when TickTick is asked for)
    const budget = backup("budget.csv", ["Month,Spent", "November,42"]);
    expect(await detectFormat(budget)).toBe("note");
    expect((await importErrorOf(validateExport(budget, { format: "ticktick" }))).message).toMatch(/^budget\.csv: line 2: no header: not a TickTick backup/);
  });
});
