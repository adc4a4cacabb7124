import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems } from "../../core/ingest/store.js";
import { dueInWords, projectName } from "../../core/ingest/notes/todoist.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-todoist-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Todoist's CSV header as its current export writes it (IS_COLLAPSED after DESCRIPTION, DURATION and DEADLINE at the end). */
const HEADER = "TYPE,CONTENT,DESCRIPTION,IS_COLLAPSED,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT,DEADLINE,DEADLINE_LANG";
/** The header of an older export, as Todoist's help shows it: no IS_COLLAPSED, DURATION nor DEADLINE. */
const OLD_HEADER = "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE";

/** When the files were saved: Friday 20 November 2026, 08:12 UTC. */
const SAVED = new Date("2026-11-20T08:12:00Z");

/** A Todoist CSV named `name` in the test folder: `lines` joined by CRLF, as Todoist's download is, saved at {@link SAVED}. */
function todoist(name: string, lines: string[]): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join("\r\n")}\r\n`);
  utimesSync(file, SAVED, SAVED);
  return file;
}

/** A project as a backup holds it: the meta row, sections, tasks with labels, a description over two lines, sub-tasks, comments, a task with no checkbox, rows of empty cells. */
const HOME = [
  HEADER,
  "meta,view_style=list,,,,,,,,,,,,,",
  ",,,,,,,,,,,,,,",
  "section,Car,,False,,,,,,,,,,,",
  'task,MOT for the Golf @car,"Booked at Kwik Fit, 9:30am\nReg WK19 HXD",,1,1,Hannah (41872305),,27 Nov,en,Europe/London,60,minute,,',
  'note,"Bring the V5C logbook, it\'s under the stairs",,,,,Hannah (41872305),,2026-11-12T18:40:11.000000Z,,,,,,',
  ",,,,,,,,,,,,,,",
  "task,Renew the car insurance,,,4,1,Hannah (41872305),,,en,Europe/London,,None,2026-12-14,en",
  ",,,,,,,,,,,,,,",
  "section,House,,False,,,,,,,,,,,",
  "task,Put the bins out,,,4,1,Hannah (41872305),,every tue at 7pm,en,Europe/London,,,,",
  ",,,,,,,,,,,,,,",
  '"task","* Window cleaner is Gary, cash only, £18 a visit",,,4,1,Hannah (41872305),,,en,Europe/London,,,,',
  ",,,,,,,,,,,,,,",
  "task,Finish the Q1 report @work,,,1,1,Hannah (41872305),,11 Dec,en,Europe/London,,,2026-12-11,en",
  "task,Get the sales figures from Dan,,,4,2,Hannah (41872305),,9 Dec,en,Europe/London,,,,",
  "note,Dan says they will be ready on Wednesday 9 December,,,,,Hannah (41872305),,2026-11-18T10:05:42.000000Z,,,,,,",
  "task,Make the slides,,,4,2,Hannah (41872305),Dan Okoro (41990127),,en,Europe/London,,,,",
  ",,,,,,,,,,,,,,",
];

describe("a Todoist project's CSV", () => {
  it("is detected, and read as one to-do note of the day it was saved: each task with its section, due date, priority, description, comments and sub-tasks", async () => {
    const file = todoist("Home [6Jf8VQXxpwv56VQ7].csv", HOME);
    expect(await detectFormat(file)).toBe("todoist");
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.format, n.title, n.participants, new Date(n.startedAt!).toISOString()])).toEqual([
      ["note", "Home", ["User"], "2026-11-20T08:12:00.000Z"],
    ]);
    expect(notes[0]!.externalId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(notes[0]!.turns.map((t) => [t.speaker, t.role, t.text, new Date(t.occurredAt).toISOString()])).toEqual([
      [
        "User",
        "user",
        // (a day without its year is of the year nearest the day the file was saved; labels are no words; a comment is told with its task)
        "Car to-do: MOT for the Golf, due 27 November 2026, priority 1. Booked at Kwik Fit, 9:30am. Reg WK19 HXD. Comment: Bring the V5C logbook, it's under the stairs.",
        "2026-11-20T08:12:00.000Z",
      ],
      ["User", "user", "Car to-do: Renew the car insurance, deadline 14 December 2026.", "2026-11-20T08:12:00.000Z"],
      // (a repeating due date is repeating, its day named in full, not one Tuesday)
      ["User", "user", "House to-do: Put the bins out, every Tuesday at 7pm.", "2026-11-20T08:12:00.000Z"],
      // (a task with no checkbox is a line of words of its section)
      ["User", "user", "House: Window cleaner is Gary, cash only, £18 a visit.", "2026-11-20T08:12:00.000Z"],
      [
        "User",
        "user",
        // (a due day that is its deadline said once; sub-tasks told with their parent, a task assigned to someone else said so)
        "House to-do: Finish the Q1 report, deadline 11 December 2026, priority 1. Sub-tasks: Get the sales figures from Dan, due 9 December 2026 (Comment: Dan says they will be ready on Wednesday 9 December); Make the slides, assigned to Dan Okoro.",
        "2026-11-20T08:12:00.000Z",
      ],
    ]);
    // (each turn is its task's row, what Todoist says of it kept beside it; the description of two lines moves the rows after it on)
    expect(notes[0]!.turns.map((t) => t.metadata.line)).toEqual([5, 9, 12, 14, 16]);
    expect(notes[0]!.turns[0]!.metadata.todoist).toEqual({
      section: "Car",
      labels: ["car"],
      priority: 1,
      due: "27 Nov",
      duration: "60 minute",
      comments: [{ author: "Hannah", posted_at: "2026-11-12T18:40:11.000000Z", line: 7 }],
    });
    expect(notes[0]!.turns[4]!.metadata.todoist).toMatchObject({ labels: ["work"], due: "11 Dec", deadline: "2026-12-11", subtasks: 2 });
    // (the user's own words: file sources, trust user)
    expect(conversationItems(notes[0]!).map((i) => [i.source.kind, i.source.trust])).toEqual(Array(5).fill(["file", "user"]));
    expect(await validateExport(file)).toMatchObject({ format: "todoist", conversations: 1, turns: 5 });
    expect(await checkImportFile(file)).toBe("todoist");
  });

  it("reads an older export's header: tasks under no section, relative and year-less dates, repeating ones, another language's, sub-tasks of sub-tasks, someone else's comment and its attachment", async () => {
    const file = todoist("Errands.csv", [
      OLD_HEADER,
      "task,Return the library books @errands,,4,1,Sam (1001),,tomorrow at 9am,en,Europe/London",
      "task,Pick up the dry cleaning,,1,1,Sam (1001),,Jan 5,en,Europe/London",
      ",,,,,,,,,",
      "section,Garden,,,,,,,,",
      "note,Ask next door about the fence,,,,Sam (1001),,2026-11-02T09:00:00Z,,",
      "task,Mow the lawn,,4,1,Sam (1001),,every! 2 weeks,en,Europe/London",
      "task,Water the tomatoes,,4,1,Sam (1001),,ev mon,en,Europe/London",
      "task,Zaun streichen,,4,1,Sam (1001),,jeden Samstag,de,Europe/Berlin",
      'task,Plan the vegetable beds,"Raised beds by the shed\n- carrots\n- leeks",2,1,Sam (1001),,27/11/2026,en,Europe/London',
      "task,Order seeds,,4,2,Sam (1001),Alex (1002),,,",
      'note,"Got the catalogue [[file {""file_name"":""seeds.pdf"",""file_url"":""https://example.com/seeds.pdf""}]]",,,,Alex (1002),,2026-11-03T10:00:00Z,,',
      "task,Heritage carrots,,4,3,Sam (1001),,,,",
      "task,Leeks,,4,3,Sam (1001),,,,",
      "task,Buy compost,,3,2,Sam (1001),,Dec 4 9:30,en,",
    ]);
    expect(await detectFormat(file)).toBe("todoist");
    const [note, ...more] = await parsedConversations(file);
    expect(more).toEqual([]);
    expect(note!.title).toBe("Errands");
    expect(note!.turns.map((t) => t.text)).toEqual([
      // (a task under no section is "To do: …"; "tomorrow" is the day after the file was saved)
      "To do: Return the library books, due 21 November 2026 at 9am.",
      "To do: Pick up the dry cleaning, due 5 January 2027, priority 1.",
      // (a comment with no task above it is a line of its own)
      "Garden: Ask next door about the fence.",
      // ("every!" repeats from when it is done; "ev mon" is every Monday)
      "Garden to-do: Mow the lawn, every 2 weeks, counted from when it is done.",
      "Garden to-do: Water the tomatoes, every Monday.",
      // (a date typed in German is kept as typed, as is a date with slashes, which may be either way round)
      "Garden to-do: Zaun streichen, due jeden Samstag.",
      "Garden to-do: Plan the vegetable beds, due 27/11/2026, priority 2. Raised beds by the shed: carrots; leeks. Sub-tasks: Order seeds, assigned to Alex (Alex commented: “Got the catalogue (attached: seeds.pdf)”. Its sub-tasks: Heritage carrots, Leeks); Buy compost, due 4 December 2026 at 9:30am, priority 3.",
    ]);
    expect(note!.turns.map((t) => t.metadata.line)).toEqual([2, 3, 6, 7, 8, 9, 10]);
  });

  it("names a project by its file, without the id a backup adds", () => {
    expect(projectName("/backups/Work [220474322].csv")).toBe("Work");
    expect(projectName("Home [6Jf8VQXxpwv56VQ7].csv")).toBe("Home");
    expect(projectName("Inbox.csv")).toBe("Inbox");
  });

  it("tells due dates in words from the day the file was saved", () => {
    const at = SAVED.getTime();
    expect(dueInWords("every day at 8am", "en", at)).toEqual({ words: "every day at 8am", repeating: true, day: null });
    expect(dueInWords("every last day", "en", at)).toEqual({ words: "every last day of the month", repeating: true, day: null });
    expect(dueInWords("every 14 may", "en", at)).toEqual({ words: "every 14 May", repeating: true, day: null });
    expect(dueInWords("2026-12-14", "en", at)).toEqual({ words: "14 December 2026", repeating: false, day: Date.UTC(2026, 11, 14) });
    expect(dueInWords("Nov 2", "en", at)?.words).toBe("2 November 2026");
    expect(dueInWords("mon", "", at)?.words).toBe("23 November 2026");
    expect(dueInWords("when I get round to it", "en", at)).toEqual({ words: "when I get round to it", repeating: false, day: null });
    expect(dueInWords(" ", "en", at)).toBeNull();
  });

  it("names the file and the line of a bad row, and refuses a CSV that is no Todoist export", async () => {
    const badType = todoist("bad-type.csv", [OLD_HEADER, "task,Buy milk,,4,1,Sam (1001),,,,", "reminder,Buy milk,,4,1,Sam (1001),,,,"]);
    expect((await importErrorOf(validateExport(badType))).message).toBe('bad-type.csv: line 3: TYPE "reminder": expected task, section, note or meta');
    const badPriority = todoist("bad-priority.csv", [OLD_HEADER, "task,Buy milk,,high,1,Sam (1001),,,,"]);
    expect((await importErrorOf(validateExport(badPriority))).message).toBe('bad-priority.csv: line 2: PRIORITY "high": expected 1 (p1, the highest) to 4');
    // (a description of two lines moves the next row's line on)
    const badIndent = todoist("bad-indent.csv", [OLD_HEADER, 'task,Buy milk,"Oat\nSemi-skimmed",4,1,Sam (1001),,,,', "task,Buy eggs,,4,0,Sam (1001),,,,"]);
    expect((await importErrorOf(validateExport(badIndent))).message).toBe('bad-indent.csv: line 4: INDENT "0": expected 1 (a task) or more (a sub-task)');
    const stray = todoist("stray.csv", [OLD_HEADER, "task,Buy milk,,4,1,Sam (1001),,,,", 'task,"Buy" eggs,,4,1,Sam (1001),,,,']);
    const err = await importErrorOf(validateExport(stray));
    expect([err.name, err.location]).toEqual(["ImportError", "line 3"]);
    expect(err.message).toMatch(/^stray\.csv: line 3: Invalid Closing Quote/);
    const latin1 = join(dir, "latin1.csv");
    // (past the 64 KiB the file's start is checked by: "Café" in Latin-1 in a long description of line 3)
    const long = Buffer.from(`${OLD_HEADER}\ntask,Buy milk,,4,1,Sam (1001),,,,\ntask,Book a table,${"word ".repeat(14_000)}`);
    writeFileSync(latin1, Buffer.concat([long, Buffer.from([0x43, 0x61, 0x66, 0xe9]), Buffer.from(",4,1,Sam (1001),,,,\n")]));
    expect((await importErrorOf(validateExport(latin1))).message).toBe(
      `latin1.csv: line 3 (byte ${long.length + 3}): invalid UTF-8: this is not UTF-8 text (save the file as UTF-8)`,
    );
    // (another CSV is no Todoist export: detected as a note's table, refused when Todoist is asked for)
    const budget = todoist("budget.csv", ["Month,Spent", "November,42"]);
    expect(await detectFormat(budget)).toBe("note");
    expect((await importErrorOf(validateExport(budget, { format: "todoist" }))).message).toMatch(
      /^budget\.csv: line 1: no "TYPE" column: not a Todoist export/,
    );
  });

  it("passes over a project with no tasks in a folder, saying what it is", async () => {
    const empty = todoist("Someday.csv", [HEADER, "meta,view_style=board,,,,,,,,,,,,,", ",,,,,,,,,,,,,,", "section,Ideas,,False,,,,,,,,,,,"]);
    const err = await checkImportFile(empty).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Todoist project with no tasks, no note");
    expect((await importErrorOf(validateExport(empty))).message).toBe("Someday.csv: line 4: the note has no text: a Todoist project with no tasks");
  });

  it("is read in a backup's folder beside notes, not as a Notion database's table, while any other CSV there is passed over", async () => {
    const folder = join(dir, "Todoist backup 2026-11-20 0812 UTC");
    const home = todoist("Todoist backup 2026-11-20 0812 UTC/Home [6Jf8VQXxpwv56VQ7].csv", HOME);
    const inbox = todoist("Todoist backup 2026-11-20 0812 UTC/Inbox.csv", [OLD_HEADER, "task,Buy milk,,4,1,Sam (1001),,,,"]);
    writeFileSync(join(folder, "Notes.md"), "# Notes\n\nThe boiler code is F.22.\n");
    writeFileSync(join(folder, "budget.csv"), "Month,Spent\nNovember,42\n");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual(["Home [6Jf8VQXxpwv56VQ7].csv", "Inbox.csv", "Notes.md"]);
    expect(await folderFileFormat(home)).toBe("todoist");
    expect(await folderFileFormat(inbox)).toBe("todoist");
    const [note] = await parsedConversations(inbox);
    expect([note!.title, note!.turns.map((t) => t.text)]).toEqual(["Inbox", ["To do: Buy milk."]]);
  });
});
