/**
 * Banks' QIF downloads (core/ingest/qif.ts, statement.ts): `!Type:Bank` (or `CCard`, `!Account` …) then
 * each transaction's D, T, P, M, N … lines ended by `^`, told by their first line whatever the file's name,
 * read as the `bank` format's notes (a note per account and month, each transaction a sentence of the
 * user's, the CSV banks' sentences, amounts with no currency: QIF names none); its days read in the one order
 * all of them fit; keyed by what each says, so that importing again or an overlapping download adds only
 * what is new; read alone, in a folder and by --format; a bad file refused naming the file and the line, and
 * nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { isQif } from "../../core/ingest/money/qif.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-qif-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text or bytes as given. */
function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A QIF as banks write it: its header, then each transaction's lines ended by "^", CRLF line ends. */
function qif(header: string, transactions: string[][]): string {
  return `${[header, ...transactions.flatMap((t) => [...t, "^"])].join("\r\n")}\r\n`;
}

const JOINT = [
  ["D01/10/2026", "T-168.00", "PLEEDS CITY COUNCIL", "M61234567", "NDD"],
  ["D07/10/2026", "T-29.00", "PVIRGIN MEDIA", "M218843301"],
  ["D15/10/2026", "T-38.50", "PYORKSHIRE WATER", "M9005127741", "C*"],
  ["D28/10/2026", "T600.00", "PO DAVIES & P AHMED", "MMONTHLY BILLS"],
  ["D02/11/2026", "T-1,168.00", "PLEEDS CITY COUNCIL", "M61234567", "NDD"],
  ["D05/11/2026", "T-85.00", "PLITTLE ACORNS NURSERY", "N000102"],
  ["D06/11/2026", "T-40.00", "PLINK HEADINGLEY", "NATM"],
  ["D09/11/2026", "T-16.00", "PCRYSTAL CLEAR WINDOWS", "NSO", "MWINDOW CLEANING"],
];

describe("a bank's QIF download", () => {
  it("reads a bank's QIF as a note per month, each transaction a sentence, its days day first when one says so", async () => {
    const file = write("Statements/Joint bills account.qif", qif("!Type:Bank", JOINT));
    expect(await detectFormat(file)).toBe("bank");
    const notes = await parsedConversations(file);
    expect(notes.every((n) => n.format === "note" && n.turns.every((t) => t.speaker === "User" && t.role === "user"))).toBe(true);
    expect(notes.map((n) => [n.externalId, n.title, n.turns.map((t) => [new Date(t.occurredAt).toISOString(), t.text])])).toEqual([
      [
        "bank:qif:joint-bills-account:2026-10",
        "Joint bills account, October 2026",
        [
          ["2026-10-01T12:00:00.000Z", 'Paid 168.00 to LEEDS CITY COUNCIL by Direct Debit on Thursday 1 October (Joint bills account; reference "61234567").'],
          ["2026-10-07T12:00:00.000Z", 'Paid 29.00 to VIRGIN MEDIA on Wednesday 7 October (Joint bills account; reference "218843301").'],
          ["2026-10-15T12:00:00.000Z", 'Paid 38.50 to YORKSHIRE WATER on Thursday 15 October (Joint bills account; reference "9005127741").'],
          ["2026-10-28T12:00:00.000Z", 'Received 600.00 from O DAVIES & P AHMED on Wednesday 28 October (Joint bills account; reference "MONTHLY BILLS").'],
        ],
      ],
      [
        "bank:qif:joint-bills-account:2026-11",
        "Joint bills account, November 2026",
        [
          ["2026-11-02T12:00:00.000Z", 'Paid 1,168.00 to LEEDS CITY COUNCIL by Direct Debit on Monday 2 November (Joint bills account; reference "61234567").'],
          ["2026-11-05T12:00:00.000Z", "Paid 85.00 to LITTLE ACORNS NURSERY by cheque 000102 on Thursday 5 November (Joint bills account)."],
          ["2026-11-06T12:00:00.000Z", "Took out 40.00 in cash at LINK HEADINGLEY on Friday 6 November (Joint bills account)."],
          [
            "2026-11-09T12:00:00.000Z",
            'Paid 16.00 to CRYSTAL CLEAR WINDOWS by standing order on Monday 9 November (Joint bills account; reference "WINDOW CLEANING").',
          ],
        ],
      ],
    ]);
    expect(notes[0]!.turns[0]!).toMatchObject({
      externalId: "qif:2026-10-01|-168.00|LEEDS CITY COUNCIL|61234567|DD",
      metadata: { line: 2, bank: { bank: "Joint bills account", format: "qif", type: "bank", date: "01/10/2026", amount: "-168.00", number: "DD" } },
    });
  });

  it("reads days month first when one says so, Quicken's '10/ 9'26', dots, and years of two digits", async () => {
    const us = write(
      "us.qif",
      qif("!Type:Bank", [
        ["D10/09/2026", "T-12.00", "PSTARBUCKS"],
        ["D10/13/2026", "T-30.00", "PTARGET"],
      ]),
    );
    expect((await parsedConversations(us)).flatMap((n) => n.turns.map((t) => new Date(t.occurredAt).toISOString().slice(0, 10)))).toEqual([
      "2026-10-09",
      "2026-10-13",
    ]);
    const quicken = write(
      "quicken.qif",
      qif("!Type:Bank", [
        ["D10/ 9'26", "T-12.00", "PSTARBUCKS"],
        ["D1/ 2' 5", "T-1.00", "POLD"],
      ]),
    );
    expect((await parsedConversations(quicken)).flatMap((n) => n.turns.map((t) => new Date(t.occurredAt).toISOString().slice(0, 10)))).toEqual([
      "2005-01-02",
      "2026-10-09",
    ]);
    const european = write("eu.qif", qif("!Type:Bank", [["D09.10.26", "T-12,50", "PBOULANGERIE"]]));
    const [note] = await parsedConversations(european);
    expect([new Date(note!.turns[0]!.occurredAt).toISOString().slice(0, 10), note!.turns[0]!.text]).toEqual([
      "2026-10-09",
      "Paid 12.50 to BOULANGERIE on Friday 9 October (eu).",
    ]);
  });

  it("names the account by its !Account, reads a card's, passes over an investment account's and Quicken's lists, and a last record with no '^'", async () => {
    const text = [
      "!Option:AutoSwitch",
      "!Account",
      "NEveryday",
      "TBank",
      "^",
      "!Clear:AutoSwitch",
      "!Type:Cat",
      "NGroceries",
      "E",
      "^",
      "!Account",
      "NVisa Card",
      "TCCard",
      "^",
      "!Type:CCard",
      "D11/03/2026",
      "T-23.40",
      "PWAITROSE",
      "LGroceries",
      "^",
      "D11/20/2026",
      "T150.00",
      "PPAYMENT - THANK YOU",
      "^",
      "!Account",
      "NShares",
      "TInvst",
      "^",
      "!Type:Invst",
      "D11/04/2026",
      "NBuy",
      "YVANGUARD FTSE",
      "T500.00",
      "^",
      "!Account",
      "NEveryday",
      "TBank",
      "^",
      "!Type:Bank",
      "D11/05/2026",
      "U-3.10",
      "PGREGGS",
    ].join("\n");
    const file = write("Quicken export.QIF", text);
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.externalId, n.title, n.turns.map((t) => t.text)])).toEqual([
      [
        "bank:qif:visa-card:2026-11",
        "Visa Card, November 2026",
        [
          "Paid 23.40 to WAITROSE on Tuesday 3 November (Visa Card, credit card).",
          "Paid 150.00 off the Visa Card on Friday 20 November (Visa Card, credit card).",
        ],
      ],
      ["bank:qif:everyday:2026-11", "Everyday, November 2026", ["Paid 3.10 to GREGGS on Thursday 5 November (Everyday)."]],
    ]);
  });

  it("reads Windows-1252 text, and tells QIF by its first line whatever its name", async () => {
    // ("£" and "é" one byte each, 0xA3 and 0xE9, as Windows writes them: no UTF-8)
    const file = write("Downloads/export.txt", Buffer.from(qif("!Type:Bank", [["D14/10/2026", "T-4.20", "PCAFÉ NERO", "M£4.20 LATTE"]]), "latin1"));
    expect(await detectFormat(file)).toBe("bank");
    expect((await parsedConversations(file))[0]!.turns[0]!.text).toBe(
      'Paid 4.20 to CAFÉ NERO on Wednesday 14 October (QIF download; reference "£4.20 LATTE").',
    );
    expect(isQif("!Type:Bank\r\nD01/10/2026\r\n")).toBe(true);
    expect(isQif("!Account\nNEveryday\n")).toBe(true);
    expect(isQif("!Type: CCard\n")).toBe(true);
    expect(isQif("!Important: pay the council tax\n")).toBe(false);
    expect(await detectFormat(write("Downloads/todo.txt", "!Important: pay the council tax\nand the water bill\n"))).toBe("note");
  });

  it("reads the downloads in a folder and by --format", async () => {
    const folder = join(dir, "folder");
    const a = write("folder/Joint.qif", qif("!Type:Bank", JOINT.slice(0, 2)));
    const b = write("folder/other/Halifax.qif", qif("!Type:Bank", JOINT.slice(2, 3)));
    expect(importPaths(folder).map((p) => p.file)).toEqual([a, b]);
    expect(await folderFileFormat(a)).toBe("bank");
    const dat = write("renamed/Halifax.dat", qif("!Type:Bank", JOINT.slice(0, 1)));
    expect((await parsedConversations(dat, "bank"))[0]!.title).toBe("Halifax, October 2026");
  });

  it("adds nothing when imported again, and from an overlapping download only the new transactions", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/Joint 2026-10.qif", qif("!Type:Bank", JOINT.slice(0, 4)));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "bank", added: 4, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 4 });
      const later = write("later/Joint 2026-11.qif", qif("!Type:Bank", JOINT.slice(2)));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 4, duplicates: 2 });
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 8 });
    } finally {
      db.close();
    }
  });

  it("refuses a bad download naming the file and the line, and stores nothing", async () => {
    const ok = JOINT[0]!;
    const cases: Array<[string, string, string]> = [
      ["day.qif", qif("!Type:Bank", [ok, ["D31/31/2026", "T-1.00", "PX"]]), 'day.qif: line 8: D"31/31/2026": expected a day, "02/11/2026"'],
      [
        "orders.qif",
        qif("!Type:Bank", [
          ["D13/10/2026", "T-1.00", "PX"],
          ["D10/13/2026", "T-1.00", "PX"],
        ]),
        "orders.qif: line 6: D10/13/2026: written month first, but D13/10/2026 was written day first",
      ],
      ["amount.qif", qif("!Type:Bank", [ok, ["D02/10/2026", "Tten pounds", "PX"]]), 'amount.qif: line 9: T"ten pounds": expected an amount, "-18.00"'],
      ["no-day.qif", qif("!Type:Bank", [ok, ["T-1.00", "PX"]]), 'no-day.qif: line 8: a transaction with no day ("D")'],
      ["no-amount.qif", qif("!Type:Bank", [ok, ["D02/10/2026", "PX"]]), 'no-amount.qif: line 8: a transaction with no amount ("T")'],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, text, message] of cases) {
        const file = write(`bad/${name}`, text);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it("passes over a QIF with no bank transaction, saying why", async () => {
    const invest = write("empty/Shares.qif", qif("!Type:Invst", [["D11/04/2026", "NBuy", "YVANGUARD FTSE", "T500.00"]]));
    const err = await checkImportFile(invest).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a QIF download with no transaction to tell (1 investment transaction), no note");
  });
});
