/**
 * Bank statements (core/ingest/bank.ts): Monzo's export and Revolut's statement, told by their header
 * whatever the file's name, a note per bank and month, each transaction a sentence of the user's (who
 * was paid or paid them, how much in what currency, when, the category, the notes and #tags as written,
 * a reference), pot moves said so, a Revolut exchange's two rows one sentence, declined and reverted
 * rows, card checks and round-ups left out; read alone, in a folder and by --format; keyed so that
 * importing again or a later export adds only the new transactions; a bad file refused naming the file,
 * the line and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { bankKind, MONZO_COLUMNS, REVOLUT_COLUMNS } from "../../core/ingest/money/bank.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-bank-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A CSV as the banks write it: a cell quoted when it holds a comma, a quote or a line break; LF line ends. */
function csv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

/** A Monzo row: id, day, time, type, name, category, amount (pounds), and by name what else it has. */
function monzo(
  id: string,
  day: string,
  time: string,
  type: string,
  name: string,
  category: string,
  amount: string,
  more: Partial<Record<(typeof MONZO_COLUMNS)[number], string>> = {},
): string[] {
  const out = amount.startsWith("-");
  const all: Record<string, string> = {
    "Transaction ID": id,
    Date: day,
    Time: time,
    Type: type,
    Name: name,
    Category: category,
    Amount: amount,
    Currency: "GBP",
    "Local amount": amount,
    "Local currency": "GBP",
    "Money Out": out ? amount : "",
    "Money In": out ? "" : amount,
    ...more,
  };
  return MONZO_COLUMNS.map((c) => all[c] ?? "");
}

const MONZO_ROWS = [
  monzo("tx_0000A1", "04/10/2026", "10:22:47", "Faster payment", "Sam Okafor", "Transfers", "250.00", {
    "Notes and #tags": "Airbnb share",
    Description: "Airbnb share",
  }),
  monzo("tx_0000A2", "09/10/2026", "17:02:36", "Faster payment", "Sparkle Window Cleaning", "Bills", "-45.00", {
    "Notes and #tags": "October clean",
    Description: "October clean",
  }),
  monzo("tx_0000A3", "12/10/2026", "11:03:27", "Card payment", "Tesco", "Groceries", "-64.37", {
    Emoji: "🛒",
    "Notes and #tags": 'big shop, "party" food #christmas',
    Address: "Gloucester Road, Bristol, BS7 8AE",
    Description: "TESCO STORES 2931 BRISTOL GBR",
  }),
  monzo("tx_0000A4", "12/10/2026", "11:03:28", "Pot transfer", "Coin Jar Pot", "Savings", "-0.63", { Description: "Round up" }),
  monzo("tx_0000A5", "14/10/2026", "08:16:09", "Card payment", "ASOS", "Shopping", "19.99", { Description: "ASOS.COM LONDON GBR" }),
  monzo("tx_0000A6", "25/09/2026", "07:30:00", "Pot transfer", "Lisbon Pot", "Savings", "-300.00"),
  monzo("tx_0000A7", "06/10/2026", "19:48:12", "Pot transfer", "Lisbon Pot", "Savings", "300.00"),
  monzo("tx_0000A8", "01/10/2026", "06:11:02", "Direct Debit", "PureGym", "Personal care", "-24.99", { Description: "PUREGYM LTD" }),
  monzo("tx_0000A9", "27/10/2026", "09:58:21", "Card payment", "Uber", "Transport", "0.00", { "Notes and #tags": "Active card check" }),
  monzo("tx_0000B1", "28/10/2026", "10:28:00", "Card payment", "Namecheap", "bills", "-7.44", {
    "Local amount": "-9.98",
    "Local currency": "USD",
    Description: "NAME-CHEAP.COM* GZRVGK PHOENIX USA",
  }),
  monzo("tx_0000B2", "28/10/2026", "04:00:52", "Bacs (Direct Credit)", "HARBOUR DESIGN LTD", "Income", "2450.00", { Description: "HARBOUR DESIGN SALARY" }),
  monzo("tx_0000B3", "12/11/2026", "20:31:58", "Monzo-to-Monzo", "Priya Shah", "General", "20.00", { "Notes and #tags": "pizza 🍕", Description: "pizza 🍕" }),
  monzo("tx_0000B4", "13/11/2026", "13:00:00", "Card payment", "Halifax", "Cash", "-40.00"),
  monzo("tx_0000B5", "14/11/2026", "09:00:00", "Faster payment", "Dan Whitfield", "Entertainment", "-72.00", { Description: "Sent from Monzo" }),
];

/** A Revolut row as its statement writes it. */
function revolut(
  type: string,
  started: string,
  completed: string,
  description: string,
  amount: string,
  fee: string,
  currency: string,
  state: string,
  balance = "",
): string[] {
  return [type, "Current", started, completed, description, amount, fee, currency, state, balance];
}

const REVOLUT_ROWS = [
  revolut("Topup", "2026-10-05 19:02:11", "2026-10-05 19:02:12", "Apple Pay top-up by *4417", "500.00", "0.00", "GBP", "COMPLETED", "512.40"),
  revolut("Exchange", "2026-10-05 19:03:40", "2026-10-05 19:03:40", "Exchanged to EUR", "-480.00", "0.00", "GBP", "COMPLETED", "32.40"),
  revolut("Transfer", "2026-10-15 20:14:03", "2026-10-15 20:14:04", "To Sam Okafor", "-21.30", "0.00", "GBP", "COMPLETED", "11.10"),
  revolut("Card Payment", "2026-11-14 23:48:09", "", "Uber", "-14.20", "0.00", "GBP", "REVERTED"),
  revolut("Card Payment", "2026-11-27 16:22:31", "", "Waterstones", "-12.99", "0.00", "GBP", "PENDING"),
  revolut("Transfer", "2026-11-02 09:00:00", "2026-11-02 09:00:01", "To pocket GBP Christmas from GBP", "-50.00", "0.00", "GBP", "COMPLETED", "0.00"),
  revolut("Charge", "2026-11-03 02:16:10", "2026-11-03 02:16:10", "Premium plan fee", "0.00", "7.99", "GBP", "COMPLETED", "-7.99"),
  // (the euros' block: the exchange's other row, of the same start)
  revolut("Exchange", "2026-10-05 19:03:40", "2026-10-05 19:03:40", "Exchanged to EUR", "556.08", "0.00", "EUR", "COMPLETED", "556.08"),
  revolut("Card Payment", "2026-10-12 10:41:27", "2026-10-13 06:55:02", "Lisbon Marriott Hotel", "-412.50", "0.00", "EUR", "COMPLETED", "143.58"),
  revolut("ATM", "2026-10-09 16:47:05", "2026-10-09 16:47:06", "Cash at Millennium BCP", "-60.00", "1.20", "EUR", "COMPLETED", "82.38"),
  revolut("Card Payment", "2026-10-11 23:02:37", "", "Bolt", "-9.80", "0.00", "EUR", "DECLINED"),
  revolut("Card Refund", "2026-10-16 09:12:40", "2026-10-16 09:12:41", "Lisbon Marriott Hotel", "18.00", "0.00", "EUR", "COMPLETED", "100.38"),
  revolut("Topup", "2026-10-20 08:00:00", "2026-10-20 08:00:02", "Payment from Jess Carter", "100.00", "0.00", "EUR", "COMPLETED", "200.38"),
];

/** Each note as [key, title, [turn id, ISO time, text]…]. */
function told(notes: ParsedConversation[]): Array<[string, string | null, Array<[string | null, string, string]>]> {
  return notes.map((n) => [n.externalId, n.title, n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text])]);
}

describe("a bank's statement", () => {
  it("reads Monzo's export as a note per month, each transaction a sentence of the user's", async () => {
    const file = write("Downloads/MonzoDataExport_Alltime_2026-11-28_201455.csv", csv(MONZO_COLUMNS, MONZO_ROWS));
    expect(await detectFormat(file)).toBe("bank");
    const notes = await parsedConversations(file);
    expect(notes.every((n) => n.format === "note" && n.turns.every((t) => t.speaker === "User" && t.role === "user"))).toBe(true);
    expect(told(notes)).toEqual([
      [
        "bank:monzo:2026-09",
        "Monzo, September 2026",
        [["tx_0000A6", "2026-09-25T07:30:00.000Z", "Moved £300.00 into the Lisbon pot on Friday 25 September (Monzo)."]],
      ],
      [
        "bank:monzo:2026-10",
        "Monzo, October 2026",
        [
          ["tx_0000A8", "2026-10-01T06:11:02.000Z", "Paid £24.99 to PureGym by Direct Debit on Thursday 1 October (Monzo, personal care)."],
          ["tx_0000A1", "2026-10-04T10:22:47.000Z", 'Received £250.00 from Sam Okafor on Sunday 4 October (Monzo, transfers; reference "Airbnb share").'],
          ["tx_0000A7", "2026-10-06T19:48:12.000Z", "Moved £300.00 out of the Lisbon pot on Tuesday 6 October (Monzo)."],
          ["tx_0000A2", "2026-10-09T17:02:36.000Z", 'Paid £45.00 to Sparkle Window Cleaning on Friday 9 October (Monzo, bills; reference "October clean").'],
          [
            "tx_0000A3",
            "2026-10-12T11:03:27.000Z",
            "Paid £64.37 to Tesco on Monday 12 October (Monzo, groceries; note: \"big shop, 'party' food #christmas\").",
          ],
          ["tx_0000A5", "2026-10-14T08:16:09.000Z", "Got a refund of £19.99 from ASOS on Wednesday 14 October (Monzo, shopping)."],
          [
            "tx_0000B2",
            "2026-10-28T04:00:52.000Z",
            'Received £2,450.00 from HARBOUR DESIGN LTD on Wednesday 28 October (Monzo, income; reference "HARBOUR DESIGN SALARY").',
          ],
          ["tx_0000B1", "2026-10-28T10:28:00.000Z", "Paid £7.44 ($9.98) to Namecheap on Wednesday 28 October (Monzo, bills)."],
        ],
      ],
      [
        "bank:monzo:2026-11",
        "Monzo, November 2026",
        [
          ["tx_0000B3", "2026-11-12T20:31:58.000Z", 'Received £20.00 from Priya Shah on Thursday 12 November (Monzo; reference "pizza 🍕").'],
          ["tx_0000B4", "2026-11-13T13:00:00.000Z", "Took out £40.00 in cash at Halifax on Friday 13 November (Monzo, cash)."],
          ["tx_0000B5", "2026-11-14T09:00:00.000Z", "Paid £72.00 to Dan Whitfield on Saturday 14 November (Monzo, entertainment)."],
        ],
      ],
    ]);
    // (each paragraph keeps the row's cells by name, and where it is)
    expect(notes[1]!.turns[4]!.metadata).toMatchObject({
      line: 4,
      bank: { bank: "monzo", "Transaction ID": "tx_0000A3", Address: "Gloucester Road, Bristol, BS7 8AE", "Local currency": "GBP" },
    });
  });

  it("reads Revolut's statement: an exchange's two rows one sentence, fees, pockets, refunds; declined and reverted rows left out", async () => {
    const file = write("Downloads/account-statement_2026-09-01_2026-11-28_en-gb_7c41d2.csv", csv(REVOLUT_COLUMNS, REVOLUT_ROWS));
    expect(await detectFormat(file)).toBe("bank");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "bank:revolut:2026-10",
        "Revolut, October 2026",
        [
          [
            "revolut:2026-10-05 19:02:11|topup|current|Apple Pay top-up by *4417|500|0|GBP",
            "2026-10-05T19:02:11.000Z",
            "Topped up Revolut with £500.00 (Apple Pay top-up by *4417) on Monday 5 October (Revolut).",
          ],
          [
            "revolut:2026-10-05 19:03:40|exchange|current|Exchanged to EUR|-480|0|GBP",
            "2026-10-05T19:03:40.000Z",
            "Exchanged £480.00 for €556.08 on Monday 5 October (Revolut).",
          ],
          [
            "revolut:2026-10-09 16:47:05|atm|current|Cash at Millennium BCP|-60|1.2|EUR",
            "2026-10-09T16:47:05.000Z",
            "Took out €60.00 in cash at Millennium BCP on Friday 9 October, with a €1.20 fee (Revolut).",
          ],
          [
            "revolut:2026-10-12 10:41:27|card payment|current|Lisbon Marriott Hotel|-412.5|0|EUR",
            "2026-10-12T10:41:27.000Z",
            "Paid €412.50 to Lisbon Marriott Hotel on Monday 12 October (Revolut).",
          ],
          [
            "revolut:2026-10-15 20:14:03|transfer|current|To Sam Okafor|-21.3|0|GBP",
            "2026-10-15T20:14:03.000Z",
            "Sent £21.30 to Sam Okafor on Thursday 15 October (Revolut).",
          ],
          [
            "revolut:2026-10-16 09:12:40|card refund|current|Lisbon Marriott Hotel|18|0|EUR",
            "2026-10-16T09:12:40.000Z",
            "Got a refund of €18.00 from Lisbon Marriott Hotel on Friday 16 October (Revolut).",
          ],
          [
            "revolut:2026-10-20 08:00:00|topup|current|Payment from Jess Carter|100|0|EUR",
            "2026-10-20T08:00:00.000Z",
            "Received €100.00 from Jess Carter on Tuesday 20 October (Revolut).",
          ],
        ],
      ],
      [
        "bank:revolut:2026-11",
        "Revolut, November 2026",
        [
          [
            "revolut:2026-11-02 09:00:00|transfer|current|To pocket GBP Christmas from GBP|-50|0|GBP",
            "2026-11-02T09:00:00.000Z",
            "Moved £50.00 into the Christmas pocket on Monday 2 November (Revolut).",
          ],
          [
            "revolut:2026-11-03 02:16:10|charge|current|Premium plan fee|0|7.99|GBP",
            "2026-11-03T02:16:10.000Z",
            "Paid Revolut a £7.99 fee (Premium plan fee) on Tuesday 3 November (Revolut).",
          ],
          // (still pending when exported: told as paid, in words that stay as it completes)
          [
            "revolut:2026-11-27 16:22:31|card payment|current|Waterstones|-12.99|0|GBP",
            "2026-11-27T16:22:31.000Z",
            "Paid £12.99 to Waterstones on Friday 27 November (Revolut).",
          ],
        ],
      ],
    ]);
  });

  it("reads an older statement's types, a savings product, an exchange with no other row, and two rows alike", async () => {
    const file = write(
      "older.csv",
      csv(REVOLUT_COLUMNS, [
        ["CARD_PAYMENT", "Current", "2019-12-20 9:42:05", "2019-12-21 10:00:00", "Pret A Manger", "-4.50", "0.00", "GBP", "COMPLETED", "95.50"],
        ["CARD_PAYMENT", "Current", "2019-12-20 9:42:05", "2019-12-21 10:00:00", "Pret A Manger", "-4.50", "0.00", "GBP", "COMPLETED", "91.00"],
        ["EXCHANGE", "Current", "2019-12-22 12:00:00", "2019-12-22 12:00:00", "Exchanged to USD", "-50.00", "0.50", "GBP", "COMPLETED", "40.50"],
        ["CASHBACK", "Savings", "2019-12-22 12:42:05", "2019-12-22 12:42:05", "Metal Cashback", "0.01", "0.00", "EUR", "COMPLETED", "0.01"],
      ]),
    );
    const [note] = await parsedConversations(file);
    expect(note!.turns.map((t) => [t.externalId, t.text])).toEqual([
      ["revolut:2019-12-20 9:42:05|card payment|current|Pret A Manger|-4.5|0|GBP", "Paid £4.50 to Pret A Manger on Friday 20 December (Revolut)."],
      ["revolut:2019-12-20 9:42:05|card payment|current|Pret A Manger|-4.5|0|GBP#2", "Paid £4.50 to Pret A Manger on Friday 20 December (Revolut)."],
      [
        "revolut:2019-12-22 12:00:00|exchange|current|Exchanged to USD|-50|0.5|GBP",
        "Exchanged £50.00 into USD on Sunday 22 December, with a £0.50 fee (Revolut).",
      ],
      [
        "revolut:2019-12-22 12:42:05|cashback|savings|Metal Cashback|0.01|0|EUR",
        "Got €0.01 from Revolut (Metal Cashback) on Sunday 22 December (Revolut, Savings).",
      ],
    ]);
  });

  it("tells both banks' exports by their header whatever their names, and no other CSV as one", async () => {
    expect(bankKind(`${MONZO_COLUMNS.join(",")}\n`)).toBe("monzo");
    // (a newer Monzo export with its balance, and a byte order mark)
    expect(bankKind(`\uFEFF${[...MONZO_COLUMNS, "Balance", "Balance currency"].join(",")}\n`)).toBe("monzo");
    expect(bankKind(`${REVOLUT_COLUMNS.join(",")}\n`)).toBe("revolut");
    // (an older Revolut statement without its balance)
    expect(bankKind("Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State\n")).toBe("revolut");
    // (Starling's, a Monzo-like table of someone's own, and Revolut's commodities statement are none)
    expect(bankKind("Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category\n")).toBeNull();
    expect(bankKind("Transaction ID,Date,Type,Name,Amount\n")).toBeNull();
    expect(bankKind("Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State\n")).toBeNull();
    const named = write("whatever/statement.txt", csv(MONZO_COLUMNS, MONZO_ROWS.slice(0, 1)));
    expect(await detectFormat(named)).toBe("bank");
    const table = write("whatever/Budget.csv", "Date,Name,Amount\n04/10/2026,Rent,-950.00\n");
    expect(await detectFormat(table)).toBe("note");
    // (--format bank reads a file whatever it is called)
    const [chosen] = await parsedConversations(named, "bank");
    expect(chosen!.turns.map((t) => t.text)).toEqual(['Received £250.00 from Sam Okafor on Sunday 4 October (Monzo, transfers; reference "Airbnb share").']);
  });

  it("reads both exports in a Downloads folder", async () => {
    const folder = join(dir, "folder");
    const m = write("folder/MonzoDataExport_Alltime_2026-11-28_201455.csv", csv(MONZO_COLUMNS, MONZO_ROWS));
    const r = write("folder/account-statement_2026-09-01_2026-11-28_en-gb_7c41d2.csv", csv(REVOLUT_COLUMNS, REVOLUT_ROWS));
    const listed = importPaths(folder).map((p) => p.file);
    expect(listed).toEqual(expect.arrayContaining([m, r]));
    expect(await folderFileFormat(m)).toBe("bank");
    expect(await folderFileFormat(r)).toBe("bank");
  });

  it("adds nothing when imported again, and from a later export only the new transactions", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/MonzoDataExport_October_2026-11-01_093012.csv", csv(MONZO_COLUMNS, MONZO_ROWS.slice(0, 3)));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "bank", added: 3, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 3 });
      const later = write("later/MonzoDataExport_Alltime_2026-11-28_201455.csv", csv(MONZO_COLUMNS, MONZO_ROWS.slice(0, 5)));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 1, duplicates: 3 });
      // (Revolut's: a payment pending at the first statement, completed at the next, is not told twice)
      const pending = revolut("Card Payment", "2026-11-27 16:22:31", "", "Waterstones", "-12.99", "0.00", "GBP", "PENDING");
      const done = revolut("Card Payment", "2026-11-27 16:22:31", "2026-11-28 04:10:09", "Waterstones", "-12.99", "0.00", "GBP", "COMPLETED", "88.01");
      const before = write("later/account-statement_a.csv", csv(REVOLUT_COLUMNS, [REVOLUT_ROWS[0]!, pending]));
      const after = write("later/account-statement_b.csv", csv(REVOLUT_COLUMNS, [REVOLUT_ROWS[0]!, done, REVOLUT_ROWS[2]!]));
      expect(await importFile(db, embedder, before)).toMatchObject({ added: 2 });
      expect(await importFile(db, embedder, after)).toMatchObject({ added: 1, duplicates: 2 });
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line and the column, and stores nothing", async () => {
    const ok = MONZO_ROWS[0]!;
    const cases: Array<[string, string, string]> = [
      [
        "day.csv",
        csv(MONZO_COLUMNS, [ok, monzo("tx_bad", "2026/10/03", "09:12:44", "Card payment", "Tesco", "Groceries", "-1.00")]),
        'day.csv: line 3, column 2 "Date": "2026/10/03 09:12:44": expected Monzo\'s day and time, "03/10/2026" "09:12:44"',
      ],
      [
        "no-day.csv",
        csv(MONZO_COLUMNS, [monzo("tx_bad", "31/09/2026", "09:12:44", "Card payment", "Tesco", "Groceries", "-1.00")]),
        'no-day.csv: line 2, column 2 "Date": "31/09/2026 09:12:44": expected Monzo\'s day and time, "03/10/2026" "09:12:44"',
      ],
      [
        "amount.csv",
        csv(MONZO_COLUMNS, [monzo("tx_bad", "03/10/2026", "09:12:44", "Card payment", "Tesco", "Groceries", "ten pounds")]),
        'amount.csv: line 2, column 8 "Amount": "ten pounds": expected an amount, "-24.99"',
      ],
      [
        "started.csv",
        csv(REVOLUT_COLUMNS, [revolut("Card Payment", "05/10/2026 19:03", "", "Uber", "-9.80", "0.00", "EUR", "COMPLETED")]),
        'started.csv: line 2, column 3 "Started Date": "05/10/2026 19:03": expected Revolut\'s time, "2026-10-05 19:03:40"',
      ],
      [
        "fee.csv",
        csv(REVOLUT_COLUMNS, [revolut("ATM", "2026-10-09 16:47:05", "", "Cash at BCP", "-60.00", "n/a", "EUR", "COMPLETED")]),
        'fee.csv: line 2, column 7 "Fee": "n/a": expected an amount, "-24.99"',
      ],
      [
        "header.csv",
        "Date,Name,Amount\n04/10/2026,Rent,-950.00\n",
        'header.csv: line 1: not a bank\'s export: Monzo\'s opens "Transaction ID,Date,Time,Type,Name,…", Revolut\'s "Type,Product,Started Date,Completed Date,Description,…"',
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, text, message] of cases) {
        const file = write(`bad/${name}`, text);
        const err = await importErrorOf(validateExport(file, { format: "bank" }));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file, { format: "bank" })).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    const stray = await importErrorOf(validateExport(write("bad/stray.csv", `${csv(MONZO_COLUMNS, [])}tx_1,03/10/2026,"09:12" x\n`)));
    expect([stray.location, stray.message]).toEqual(["line 2", expect.stringMatching(/^stray\.csv: line 2: Invalid Closing Quote/)]);
  });

  it("passes over an export with nothing to tell, saying why", async () => {
    const nothing = write(
      "empty/account-statement_2026-11-01_2026-11-28_en-gb_000000.csv",
      csv(REVOLUT_COLUMNS, [
        revolut("Card Payment", "2026-11-14 23:48:09", "", "Uber", "-14.20", "0.00", "GBP", "REVERTED"),
        revolut("Card Payment", "2026-11-15 10:00:00", "", "Bolt", "-9.80", "0.00", "GBP", "DECLINED"),
      ]),
    );
    const err = await checkImportFile(nothing).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Revolut export with no transaction to tell (1 reverted, 1 declined), no note");
    const roundUps = write(
      "empty/MonzoDataExport_December_2026-12-02_080000.csv",
      csv(MONZO_COLUMNS, [MONZO_ROWS[3]!, MONZO_ROWS[3]!.map((c, i) => (i === 0 ? "tx_0000C1" : c)), MONZO_ROWS[8]!]),
    );
    expect(whyPassedOver(await checkImportFile(roundUps).catch((e: unknown) => e))).toBe(
      "a Monzo export with no transaction to tell (2 round-ups, 1 of 0.00), no note",
    );
    const header = write("empty/MonzoDataExport_November_2026-11-28_201455.csv", csv(MONZO_COLUMNS, []));
    expect((await importErrorOf(validateExport(header))).message).toBe(
      "MonzoDataExport_November_2026-11-28_201455.csv: line 1: the note has no text: a Monzo export with no transaction to tell",
    );
  });
});
