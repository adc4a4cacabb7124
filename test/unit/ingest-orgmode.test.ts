/**
 * Emacs Org files (core/ingest/notes/orgmode.ts): org-journal's daily files and a datetree journal, a day's
 * note each, its entries of their clock time; a tasks file's headlines as to-do paragraphs with their
 * keywords, priorities, tags, planning, properties, logbook notes and clock totals; org-roam notes keyed by
 * their :ID:; blocks, comments, links, timestamps and emphasis in words; told by their name or their start,
 * alone and in a folder (Emacs's copies passed over, said why), `--format orgmode`; imported twice adds
 * nothing, a later save only what is new; a file with no words or bad bytes refused naming the file and
 * line, nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver, checkImportFile } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { isOrgText } from "../../core/ingest/notes/orgmode.js";
import { dayHeading, inlineWords } from "../../core/ingest/notes/orgmode-syntax.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-orgmode-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `lines` (or bytes) to `path` under the test's folder (its folders made), modified at `mtime` (epoch ms) when given; returns its path. */
function put(path: string, lines: string[] | Buffer, mtime?: number): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, Array.isArray(lines) ? `${lines.join("\n")}\n` : lines);
  if (mtime !== undefined) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** A conversation's turns as [time ISO, externalId, text]. */
function told(c: { turns: Array<{ occurredAt: number; externalId: string | null; text: string }> }): Array<[string, string | null, string]> {
  return c.turns.map((t) => [new Date(t.occurredAt).toISOString().slice(0, 16), t.externalId, t.text]);
}

describe("a journal", () => {
  it("reads org-journal's daily file as its day's note, each entry of its clock time, a task done of when it was closed", async () => {
    const file = put(
      "org/journal/20261103.org",
      [
        "* Tuesday, 11/03/26",
        "** 09:14 Dentist",
        "Check-up with Dr Shah at Kirkgate Dental. Small cavity in the lower left molar, so a filling is",
        "booked for <2026-11-19 Thu 08:30>. She said to stop using the /whitening/ toothpaste.",
        "** 12:40",
        "Lunch with Mei at Tsuru.",
        "** DONE Book the MOT for the Fiesta",
        "CLOSED: [2026-11-03 Tue 09:05] SCHEDULED: <2026-11-04 Wed>",
        "Booked at Kwik Fit for <2026-11-24 Tue 08:00>.",
        "** TODO Take the library books back",
      ],
      Date.UTC(2026, 10, 3, 22, 30),
    );
    expect(await detectFormat(file)).toBe("orgmode");
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({ format: "note", externalId: "orgmode:journal/20261103.org:2026-11-03", title: "3 November 2026", participants: ["User"] });
    expect(c!.turns.every((t) => t.speaker === "User" && t.role === "user")).toBe(true);
    expect(told(c!)).toEqual([
      [
        "2026-11-03T09:14",
        "Tuesday, 11/03/26 / 09:14 Dentist",
        "Dentist: Check-up with Dr Shah at Kirkgate Dental. Small cavity in the lower left molar, so a filling is booked for Thursday 19 November 2026 at 08:30. She said to stop using the whitening toothpaste.",
      ],
      ["2026-11-03T12:40", "Tuesday, 11/03/26 / 12:40", "Lunch with Mei at Tsuru."],
      [
        "2026-11-03T09:05",
        "Tuesday, 11/03/26 / Book the MOT for the Fiesta",
        "To do: Book the MOT for the Fiesta (done on 3 November 2026 at 09:05). Booked at Kwik Fit for Tuesday 24 November 2026 at 08:00.",
      ],
      ["2026-11-03T12:00", "Tuesday, 11/03/26 / Take the library books back", "To do: Take the library books back."],
    ]);
    expect(c!.turns[2]!.metadata).toEqual({
      line: 7,
      orgmode: { heading: "Book the MOT for the Fiesta", keyword: "DONE", scheduled: "2026-11-04T00:00:00.000Z", closed: "2026-11-03T09:05:00.000Z" },
    });
  });

  it("reads a day heading written day first by its file's name, and a datetree's days (its week tree too), each entry of its 'Entered on' time", async () => {
    // (org-journal's "%A, %x" in a British locale: 03/11/26 is 3 November, as the file's name says)
    expect(dayHeading("Tuesday, 03/11/26", Date.UTC(2026, 10, 3))).toBe(Date.UTC(2026, 10, 3));
    expect(dayHeading("Tuesday, 11/03/26", null)).toBe(Date.UTC(2026, 10, 3));
    expect(dayHeading("2026-11-03 Tuesday", null)).toBe(Date.UTC(2026, 10, 3));
    expect(dayHeading("<2026-11-03 Tue>", null)).toBe(Date.UTC(2026, 10, 3));
    expect(dayHeading("Tuesday, 3 November 2026", null)).toBe(Date.UTC(2026, 10, 3));
    expect(dayHeading("Dentist 3 November 2026", null)).toBeNull();
    const file = put("notes/diary.org", [
      "#+title: Diary",
      "",
      "* 2025",
      "** 2025-12 December",
      "*** 2025-12-30 Tuesday",
      "**** Allotment",
      "  Entered on [2025-12-30 Tue 15:10]",
      "",
      "  Plot 14 is ours from March, £38 a year.",
      "* 2026",
      "** 2026-W02",
      "*** 2026-01-06 Tuesday",
      "**** [2026-01-06 Tue 07:55] Train",
      "The 07:42 to Leeds was cancelled again.",
    ]);
    const notes = await parsedConversations(file);
    expect(notes.map((c) => [c.externalId, c.title, ...told(c)])).toEqual([
      [
        "orgmode:notes/diary.org:2025-12-30",
        "30 December 2025",
        ["2025-12-30T15:10", "2025 / 2025-12 December / 2025-12-30 Tuesday / Allotment", "Allotment: Plot 14 is ours from March, £38 a year."],
      ],
      [
        "orgmode:notes/diary.org:2026-01-06",
        "6 January 2026",
        ["2026-01-06T07:55", "2026 / 2026-W02 / 2026-01-06 Tuesday / Tuesday 6 January 2026 at 07:55 Train", "Train: The 07:42 to Leeds was cancelled again."],
      ],
    ]);
  });
});

/** A tasks file: its keywords, a priority, tags, planning, drawers, a logbook with clock lines, a note taken, a state change. */
const TASKS = [
  "#+title: Todo",
  "#+SEQ_TODO: TODO(t) NEXT(n) WAITING(w@/!) | DONE(d!) CANCELLED(c@)",
  "",
  "* Paperwork [1/3]",
  "** DONE File the car insurance claim                                  :car:",
  "CLOSED: [2026-10-21 Wed 16:05] DEADLINE: <2026-10-30 Fri>",
  ":PROPERTIES:",
  ":ID:       0d7e1c44-91b2-4f3e-a6d8-5c2b7e9f1a03",
  ":CREATED:  [2026-10-14 Wed 09:30]",
  ":END:",
  ":LOGBOOK:",
  '- State "DONE"       from "NEXT"       [2026-10-21 Wed 16:05]',
  "CLOCK: [2026-10-21 Wed 15:20]--[2026-10-21 Wed 16:05] =>  0:45",
  "CLOCK: [2026-10-19 Mon 12:00]--[2026-10-19 Mon 13:30] =>  1:30",
  ":END:",
  "Aviva's claim number is AV-77120.",
  "** TODO [#A] Renew the TV licence                                     :home:",
  "DEADLINE: <2026-12-04 Fri>",
  "The old one runs out at the end of November; it is £174.50 a year and can be paid monthly from",
  "the account that gets the salary.",
  "** WAITING Deposit back from the landlord",
  ":PROPERTIES:",
  ":CREATED:  [2026-10-28 Wed 19:00]",
  ":END:",
  ":LOGBOOK:",
  "- Note taken on [2026-11-02 Mon 08:41] \\\\",
  "  The agent says the DPS releases it within ten days, case 4471-K.",
  ":END:",
  "* Garden",
  "** Seeds to buy",
  "- [X] sweet peas",
  "- [ ] broad beans",
  "** CANCELLED Hedge trimming quote",
  "CLOSED: [2026-10-16 Fri 11:00]",
  "* NEXT Email the school about the trip",
];

describe("a tasks file", () => {
  it("tells each task as a to-do paragraph with its state, dates, priority, tags and time spent, of when it was done, due or made", async () => {
    const file = put("org/tasks.org", TASKS, Date.UTC(2026, 10, 10, 20, 45));
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({ externalId: "orgmode:org/tasks.org", title: "Todo" });
    expect(told(c!)).toEqual([
      [
        "2026-10-21T16:05",
        "0d7e1c44-91b2-4f3e-a6d8-5c2b7e9f1a03",
        "Paperwork to-do: File the car insurance claim (done on 21 October 2026 at 16:05); tag: car; time spent: 2 hours 15 minutes. Aviva's claim number is AV-77120.",
      ],
      [
        "2026-12-04T12:00",
        "Paperwork / Renew the TV licence",
        "Paperwork to-do: Renew the TV licence, due Friday 4 December 2026, high priority; tag: home. The old one runs out at the end of November; it is £174.50 a year and can be paid monthly from the account that gets the salary.",
      ],
      ["2026-10-28T19:00", "Paperwork / Deposit back from the landlord", "Paperwork to-do: Deposit back from the landlord (waiting)."],
      [
        "2026-11-02T08:41",
        "Paperwork / Deposit back from the landlord",
        "Deposit back from the landlord: The agent says the DPS releases it within ten days, case 4471-K.",
      ],
      ["2026-11-10T20:45", "Garden / Seeds to buy", "Seeds to buy list: sweet peas (done), broad beans."],
      ["2026-10-16T11:00", "Garden / Hedge trimming quote", "Garden to-do: Hedge trimming quote (cancelled on 16 October 2026 at 11:00)."],
      ["2026-11-10T20:45", "Email the school about the trip", "To do: Email the school about the trip (next)."],
    ]);
    // (a paragraph of the file's modification time is named without it: a later save adds it again to nothing)
    expect(c!.turns.map((t) => t.metadata.undated ?? false)).toEqual([false, false, false, false, true, false, true]);
  });

  it("reads an archive file's task under the heading it was archived from, and org-archive's header as no words", async () => {
    const file = put("org/todo.org_archive", [
      "#    -*- mode: org -*-",
      "",
      "",
      "Archived entries from file /home/sam/Dropbox/org/todo.org",
      "",
      "",
      "* DONE Cancel the gym membership :money:",
      "  CLOSED: [2026-09-30 Wed 18:12]",
      "  :PROPERTIES:",
      "  :ARCHIVE_TIME: 2026-10-04 Sun 10:00",
      "  :ARCHIVE_FILE: ~/Dropbox/org/todo.org",
      "  :ARCHIVE_OLPATH: Projects/Money",
      "  :ARCHIVE_CATEGORY: todo",
      "  :ARCHIVE_TODO: DONE",
      "  :END:",
      "  PureGym wanted a month's notice, so it ends on 31 October.",
    ]);
    expect(await detectFormat(file)).toBe("orgmode");
    const [c] = await parsedConversations(file);
    expect(c!.title).toBe("todo");
    expect(told(c!)).toEqual([
      [
        "2026-09-30T18:12",
        "Cancel the gym membership",
        "Money to-do: Cancel the gym membership (done on 30 September 2026 at 18:12); tag: money. PureGym wanted a month's notice, so it ends on 31 October.",
      ],
    ]);
  });
});

describe("a note", () => {
  it("keys an org-roam note by its :ID:, its fields said of its title, a table's rows after their columns' names", async () => {
    const file = put("roam/20261020143012-sofa_research.org", [
      ":PROPERTIES:",
      ":ID:       3f0c9a52-7d1e-4b6a-9c2f-8e1d5a7b0c34",
      ":END:",
      "#+title: Sofa research",
      "",
      "- Shop :: Loaf, Shoreditch",
      "- Budget :: £1,500",
      "",
      "* Options",
      "|-------------+--------+--------|",
      "| Sofa        | Price  | Depth  |",
      "|-------------+--------+--------|",
      "| Loaf Bumpy  | £1,495 | 92 cm  |",
      "|-------------+--------+--------|",
      "| DFS Arlo    | £1,099 | 105 cm |",
      "* Decision",
      "Going with the *Loaf Bumpy* in clay, see [[id:a71d0e44][Jonas's advice]] and [[https://loaf.com/bumpy][the shop's page]].",
    ]);
    const [c] = await parsedConversations(file);
    expect(c).toMatchObject({ externalId: "orgmode:id:3f0c9a52-7d1e-4b6a-9c2f-8e1d5a7b0c34", title: "Sofa research" });
    expect(c!.turns.map((t) => [t.externalId, t.text])).toEqual([
      ["3f0c9a52-7d1e-4b6a-9c2f-8e1d5a7b0c34", "Sofa research's shop: Loaf, Shoreditch\nSofa research's budget: £1,500"],
      ["Options", "Options: Loaf Bumpy, price £1,495, depth 92 cm."],
      ["Options", "Options: DFS Arlo, price £1,099, depth 105 cm."],
      ["Decision", "Decision: Going with the Loaf Bumpy in clay, see Jonas's advice and the shop's page (https://loaf.com/bumpy)."],
    ]);
  });

  it("tells a source block as one line of its code, a quote's words, and leaves out comments, other keywords, drawers and a COMMENT subtree", async () => {
    const file = put("notes/server.org", [
      "#+TITLE: Server",
      "#+DATE: 2026-09-14",
      "# the Pi is on the bookshelf",
      "* Backups",
      "The Pi dumps the database every Sunday at 03:30 with this:",
      "#+begin_src bash",
      "pg_dump -Fc recipes > /mnt/usb/recipes-$(date +%F).dump",
      ",* not a headline",
      "#+end_src",
      "#+RESULTS:",
      ": sent 1,204 bytes",
      "#+begin_quote",
      "Two copies are one, one copy is none.",
      "#+end_quote",
      "#+BEGIN_COMMENT",
      "Move to Backblaze?",
      "#+END_COMMENT",
      ":NOTES:",
      "private drawer words",
      ":END:",
      "* Router",
      "The admin page is /192.168.1.1/, user =admin=.",
      "* COMMENT Old Pi",
      "The old Pi's password was raspberry.",
      "** Its serial number",
      "SN-2231",
    ]);
    const [c] = await parsedConversations(file);
    expect(told(c!)).toEqual([
      ["2026-09-14T12:00", "Backups", "Backups: The Pi dumps the database every Sunday at 03:30 with this:"],
      ["2026-09-14T12:00", "Backups", "Backups: bash code: pg_dump -Fc recipes > /mnt/usb/recipes-$(date +%F).dump; * not a headline"],
      ["2026-09-14T12:00", "Backups", "Backups: sent 1,204 bytes"],
      ["2026-09-14T12:00", "Backups", "Backups: Two copies are one, one copy is none."],
      ["2026-09-14T12:00", "Router", "Router: The admin page is 192.168.1.1, user admin."],
    ]);
  });

  it("joins a filled paragraph's lines and a list item's, keeps short lines apart, and reads a block never ended as words", async () => {
    const file = put("notes/misc.org", [
      "* Party",
      "Where: Ox Club",
      "When: 19:00",
      "",
      "- Tom brings the cake from Bettys, the lemon one that",
      "  Mum liked last year",
      "- Sam brings the candles",
      "* Draft",
      "#+BEGIN_QUOTE",
      "A quote never closed.",
      "* Next",
      "Words after it.",
    ]);
    const [c] = await parsedConversations(file);
    expect(c!.turns.map((t) => t.text)).toEqual([
      "Party's place: Ox Club\nParty's time: 19:00",
      "Party: Tom brings the cake from Bettys, the lemon one that Mum liked last year; Sam brings the candles.",
      "Draft: A quote never closed.",
      "Next: Words after it.",
    ]);
  });

  it("says links, timestamps and emphasis in words", () => {
    expect(inlineWords("See [[https://github.com/x/pull/4][PR #4]] and [[file:~/org/tasks.org::*Dentist][Dentist]] by <2026-11-05 Thu 10:00-11:00>")).toBe(
      "See PR #4 (https://github.com/x/pull/4) and Dentist by Thursday 5 November 2026 from 10:00 to 11:00",
    );
    expect(inlineWords("Yoga <2026-11-03 Tue 19:00 +1w> *not* /again/ [2/5] [[id:5b1f]]")).toBe("Yoga Tuesday 3 November 2026 at 19:00, every week not again");
    expect(inlineWords("Away <2026-12-21 Mon>--<2026-12-28 Mon>, path /home/ada/org stays, [[mailto:mei@example.com]]")).toBe(
      "Away from Monday 21 December 2026 to Monday 28 December 2026, path /home/ada/org stays, mei@example.com",
    );
  });
});

describe("detection", () => {
  it("tells Org by its name or its start, and a Markdown list opening with '* ' as a note", async () => {
    expect(isOrgText("#+TITLE: Tasks\n* TODO Renew passport\n")).toBe(true);
    expect(isOrgText("#+title: Sofa research\n")).toBe(true);
    expect(isOrgText(":PROPERTIES:\n:ID: 3f0c\n:END:\n#+title: x\n")).toBe(true);
    expect(isOrgText("* Tuesday, 11/03/26\n** 09:14 Dentist\n")).toBe(true);
    expect(isOrgText("* TODO Renew passport\nDEADLINE: <2026-11-27 Fri>\n")).toBe(true);
    expect(isOrgText("* milk\n* eggs\n* bread\n")).toBe(false);
    expect(isOrgText("# Shopping\n- milk\n")).toBe(false);
    expect(await detectFormat(put("org-notes.txt", ["#+TITLE: Garden", "* Roses", "Prune in February."]))).toBe("orgmode");
    expect(await detectFormat(put("shopping.md", ["* milk", "* eggs"]))).toBe("note");
    // (a file named .org is Org whatever it holds)
    expect(await detectFormat(put("plain.org", ["Just a line of words."]))).toBe("orgmode");
    // (--format orgmode reads any text as Org)
    const [c] = await parsedConversations(put("garden.txt", ["* Roses", "Prune in February."]), "orgmode");
    expect(c!.turns.map((t) => t.text)).toEqual(["Roses: Prune in February."]);
  });

  it("reads a folder's Org files, and passes over Emacs's backup and auto-save copies and an encrypted file, saying why", async () => {
    const folder = join(dir, "org");
    put("org/tasks.org", ["* TODO Renew passport"]);
    put("org/tasks.org~", ["* TODO Renew"]);
    put("org/#tasks.org#", ["* TODO Renew passport and"]);
    put("org/tasks.org_archive", ["* DONE Cancel Now TV"]);
    put("org/journal.org.gpg", Buffer.from([0x85, 0x02, 0x0c, 0x03, 0x00, 0x11]));
    put("org/.#tasks.org", ["lock"]);
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "#tasks.org#",
      "journal.org.gpg",
      "tasks.org",
      "tasks.org_archive",
      "tasks.org~",
    ]);
    expect(await folderFileFormat(join(folder, "tasks.org"))).toBe("orgmode");
    expect(await folderFileFormat(join(folder, "tasks.org_archive"))).toBe("orgmode");
    expect(await folderFileFormat(join(folder, "tasks.org~"))).toBeNull();
    expect(await passedOverInFolder(join(folder, "tasks.org~"))).toBe("Emacs's backup copy of an Org file, not imported (its .org is)");
    expect(await passedOverInFolder(join(folder, "#tasks.org#"))).toBe(
      "Emacs's auto-save copy of an Org file being edited, not imported (save the file, then import its .org)",
    );
    expect(await passedOverInFolder(join(folder, "journal.org.gpg"))).toBe(
      "an encrypted Org file: open it in Emacs and save a decrypted copy as .org to import it",
    );
    expect(await checkImportFile(join(folder, "tasks.org"))).toBe("orgmode");
  });
});

describe("importing", () => {
  it("adds nothing the second time, and from a later save only the paragraphs new or changed", async () => {
    const db = openDatabase(join(dir, "engram.db"));
    try {
      const file = put("org/tasks.org", TASKS, Date.UTC(2026, 10, 10, 20, 45));
      expect(await importFile(db, embedder, file)).toMatchObject({ format: "orgmode", added: 7, duplicates: 0 });
      expect(await importFile(db, embedder, file)).toMatchObject({ added: 0, duplicates: 7 });
      // (saved again a day later, a task added at the top: every line below it moved, and the undated paragraphs' time is the new save's)
      put(
        "org/tasks.org",
        [...TASKS.slice(0, 3), "* TODO Book the boiler service", "SCHEDULED: <2026-11-16 Mon 08:00>", ...TASKS.slice(3)],
        Date.UTC(2026, 10, 11, 21, 0),
      );
      expect(await importFile(db, embedder, file)).toMatchObject({ added: 1, duplicates: 7 });
      expect(db.prepare("SELECT format, title FROM conversations WHERE external_id = ?").get("orgmode:org/tasks.org")).toEqual({
        format: "note",
        title: "Todo",
      });
    } finally {
      db.close();
    }
  });
});

describe("a bad file", () => {
  it("is refused naming the file and line, nothing stored: no words, bytes that are no UTF-8; an encrypted file given alone", async () => {
    const empty = put("empty.org", ["#+TITLE: Nothing yet", "#+STARTUP: overview", "* 2026", "** 2026-11 November"]);
    const err = await importErrorOf(parsedConversations(empty));
    expect(err).toMatchObject({
      name: "ImportError",
      file: empty,
      location: "line 4",
      message: "empty.org: line 4: the note has no text: an Org file with no words",
    });
    expect(isEmptyNote(err)).toBe(false);
    const checked = await checkImportFile(empty, "orgmode").catch((e: unknown) => e);
    expect(isEmptyNote(checked)).toBe(true);
    expect(whyPassedOver(checked)).toBe("an Org file with no words, no note");
    // (past the first 64 KiB, which detection checks: the line and the byte)
    const words = "* Dentist\nCheck-up at 9.\n".repeat(3000);
    const bad = put("bad.org", Buffer.concat([Buffer.from(words), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from("\n")]));
    expect(await importErrorOf(parsedConversations(bad))).toMatchObject({ file: bad, location: expect.stringMatching(/^line 6001 \(byte \d+\)$/) });
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, bad)).rejects.toThrow(/line 6001/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    const armoured = put("journal.org.gpg", ["-----BEGIN PGP MESSAGE-----", "", "hQEMA1b2c3d4", "-----END PGP MESSAGE-----"]);
    expect(await importErrorOf(detectFormat(armoured))).toMatchObject({ location: "byte 0", message: expect.stringContaining("an encrypted Org file") });
  });
});
