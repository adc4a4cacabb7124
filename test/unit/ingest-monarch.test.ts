/**
 * Monarch Money's downloads (core/ingest/money/monarch.ts) and Copilot Money's export (copilot.ts), more readers
 * of the `bank` format: Monarch's transactions and balance history and Copilot's transactions told by their
 * headers whatever the files' names; a note per account and month of the user's records, each transaction a
 * sentence (who was paid or paid the user, how much, the day, the category, the account, the owner, the
 * user's note and tags, a recurring payment, a refund, money back, a transfer and a card's payment said so),
 * each account's last balance of a month; read alone, in a folder and by --format; keyed so that importing
 * again adds nothing and a later export only what is new; a bad file refused naming the file, the line and
 * the column, and nothing stored; a file with nothing to tell passed over, saying why.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { bankKind } from "../../core/ingest/money/bank.js";
import { isCopilotCsv } from "../../core/ingest/money/copilot.js";
import { importFile } from "../../core/ingest/import.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { appDay, monarchKind, tagWords } from "../../core/ingest/money/monarch.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { isPayPalActivity } from "../../core/ingest/money/paypal.js";
import { isSplitwiseExport } from "../../core/ingest/money/splitwise.js";
import { isVenmoStatement } from "../../core/ingest/money/venmo.js";
import { ynabKind } from "../../core/ingest/money/ynab.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-monarch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A CSV cell as Monarch writes it: quoted only when it must be. */
function cell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const MONARCH_HEADER = "Date,Merchant,Category,Account,Original Statement,Notes,Amount,Tags,Owner";
const CHECKING = "Joint Checking (...4688)";
const SAPPHIRE = "Dana's Sapphire Preferred (...1041)";

/** A Monarch row: day, merchant, category, account, original statement, notes, amount, tags, owner. */
function mon(...cells: string[]): string {
  return cells.map(cell).join(",");
}

// (newest first, as Monarch writes them)
const MONARCH_ROWS = [
  mon("2026-11-11", "REI", "Shopping", SAPPHIRE, "REI #11 PORTLAND OR", "Returned the tent,\nit was too small", "349.95", "Refund", "Dana Ortiz"),
  mon("2026-10-31", "Interest", "Interest", "High Yield Savings (...7710)", "INTEREST PAYMENT", "", "14.22", "", "Shared"),
  mon(
    "2026-10-27",
    "Hawthorne Auto Service",
    "Auto Maintenance",
    CHECKING,
    "HAWTHORNE AUTO SERVICE",
    "New brakes and rotors",
    "-1186.40",
    "Car repair,Subaru",
    "Shared",
  ),
  mon("2026-10-22", "Chase Credit Card", "Credit Card Payment", CHECKING, "CHASE CREDIT CRD AUTOPAY", "", "-1412.66", "", "Shared"),
  mon("2026-10-22", "Payment Thank You", "Credit Card Payment", SAPPHIRE, "AUTOMATIC PAYMENT - THANK", "", "1412.66", "", "Shared"),
  mon("2026-10-14", "Sam Keller", "Travel & Vacation", CHECKING, "VENMO CASHOUT", 'Sam\'s half of the "cabin"', "321.09", "Bend trip", "Shared"),
  mon("2026-10-09", "Nike", "Paychecks", CHECKING, "NIKE INC PAYROLL", "", "3412.58", "", "Marcus Ortiz"),
  mon("2026-10-04", "Trader Joe's", "Groceries", SAPPHIRE, "TRADER JOE S #145 PORTLAND OR", "", "-84.12", "", "Shared"),
  mon("2026-10-04", "Trader Joe's", "Groceries", SAPPHIRE, "TRADER JOE S #145 PORTLAND OR", "", "-84.12", "", "Shared"),
  mon("2026-10-03", "Transfer to High Yield Savings", "Transfer", CHECKING, "ONLINE TRANSFER TO SAV", "", "-500.00", "", "Shared"),
  mon("2026-10-02", "Card check", "Uncategorized", SAPPHIRE, "AUTH CHECK", "", "0.00", "", "Shared"),
];

/** A Monarch download: its header and its rows. */
function csv(header: string, rows: string[]): string {
  return `${[header, ...rows].join("\n")}\n`;
}

const BALANCE_HEADER = "Date,Balance,Account";

const COPILOT_HEADER = [
  "date",
  "name",
  "amount",
  "status",
  "category",
  "parent category",
  "excluded",
  "tags",
  "type",
  "account",
  "account mask",
  "note",
  "recurring",
];

/** A Copilot row, every cell quoted as Copilot writes it. */
function cp(...cells: string[]): string {
  return cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");
}

const COPILOT_ROWS = [
  cp("2026-09-30", "Lardo", "41.20", "pending", "Restaurants", "Food & Drink", "false", "", "regular", "Amex Gold", "2003", "", ""),
  cp("2026-09-29", "Amazon", "-34.99", "posted", "Shopping", "Shopping", "false", "", "regular", "Sapphire Preferred", "1041", "Returned the phone case", ""),
  cp(
    "2026-09-27",
    "Providence Park",
    "180.00",
    "posted",
    "Entertainment",
    "Fun",
    "false",
    "Birthday;Dad",
    "regular",
    "Sapphire Preferred",
    "1041",
    "Timbers tickets",
    "",
  ),
  cp(
    "2026-09-25",
    "Chase Credit Card Payment",
    "1,204.17",
    "posted",
    "Credit Card Payment",
    "Transfers",
    "true",
    "",
    "internal transfer",
    "Joint Checking",
    "4688",
    "",
    "",
  ),
  cp("2026-09-18", "Nike", "-3412.58", "posted", "Paycheck", "Income", "false", "", "Income", "Joint Checking", "4688", "", ""),
  cp("2026-09-12", "Netflix", "22.99", "posted", "Subscriptions", "Bills", "false", "", "regular", "Sapphire Preferred", "1041", "", "monthly"),
  cp("2026-09-12", "Free trial", "0.00", "posted", "Subscriptions", "Bills", "false", "", "regular", "Sapphire Preferred", "1041", "", ""),
];

/** Copilot's export: its header quoted, then its rows. */
function copilot(rows: string[]): string {
  return `${[cp(...COPILOT_HEADER), ...rows].join("\n")}\n`;
}

/** Each note as [key, title, records, [turn id, ISO time, text]…]. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string]>]> {
  return notes.map((n) => [n.externalId, n.title, n.records, n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text])]);
}

describe("Monarch Money's transactions", () => {
  it("reads a note per account and month of the user's records, each transaction a sentence", async () => {
    const file = write("one/transactions-1764444712.csv", `\uFEFF${csv(MONARCH_HEADER, MONARCH_ROWS)}`);
    expect(await detectFormat(file)).toBe("bank");
    const notes = await parsedConversations(file);
    expect(notes.every((n) => n.format === "note" && n.turns.every((t) => t.speaker === "User" && t.role === "user"))).toBe(true);
    const key = (account: string, day: string, statement: string, amount: string) => `monarch|${account}|${day}|${statement}|${amount}`;
    expect(told(notes)).toEqual([
      [
        "bank:monarch:joint-checking-4688:2026-10",
        "Joint Checking in Monarch, October 2026",
        "log",
        [
          [
            key(CHECKING, "2026-10-03", "ONLINE TRANSFER TO SAV", "-500.00"),
            "2026-10-03T12:00:00.000Z",
            "Moved $500.00 to High Yield Savings on Saturday 3 October (Joint Checking (...4688), Transfer).",
          ],
          [
            key(CHECKING, "2026-10-09", "NIKE INC PAYROLL", "3412.58"),
            "2026-10-09T12:00:00.000Z",
            "Received $3,412.58 from Nike on Friday 9 October (Joint Checking (...4688), Paychecks; Marcus Ortiz's).",
          ],
          // (money into a category of spending: back, whether a refund or a friend paying their share)
          [
            key(CHECKING, "2026-10-14", "VENMO CASHOUT", "321.09"),
            "2026-10-14T12:00:00.000Z",
            "Got $321.09 back from Sam Keller on Wednesday 14 October (Joint Checking (...4688), Travel & Vacation; note: \"Sam's half of the 'cabin'\"; tags: Bend trip).",
          ],
          [
            key(CHECKING, "2026-10-22", "CHASE CREDIT CRD AUTOPAY", "-1412.66"),
            "2026-10-22T12:00:00.000Z",
            "Paid $1,412.66 to Chase Credit Card on Thursday 22 October (Joint Checking (...4688), Credit Card Payment).",
          ],
          [
            key(CHECKING, "2026-10-27", "HAWTHORNE AUTO SERVICE", "-1186.40"),
            "2026-10-27T12:00:00.000Z",
            'Paid $1,186.40 to Hawthorne Auto Service on Tuesday 27 October (Joint Checking (...4688), Auto Maintenance; note: "New brakes and rotors"; tags: Car repair, Subaru).',
          ],
        ],
      ],
      [
        "bank:monarch:dana-s-sapphire-preferred-1041:2026-10",
        "Dana's Sapphire Preferred in Monarch, October 2026",
        "log",
        [
          // (two purchases alike on one day: both told, the second keyed "#2")
          [
            key(SAPPHIRE, "2026-10-04", "TRADER JOE S #145 PORTLAND OR", "-84.12"),
            "2026-10-04T12:00:00.000Z",
            "Paid $84.12 to Trader Joe's on Sunday 4 October (Dana's Sapphire Preferred (...1041), Groceries).",
          ],
          [
            `${key(SAPPHIRE, "2026-10-04", "TRADER JOE S #145 PORTLAND OR", "-84.12")}#2`,
            "2026-10-04T12:00:00.000Z",
            "Paid $84.12 to Trader Joe's on Sunday 4 October (Dana's Sapphire Preferred (...1041), Groceries).",
          ],
          // (the card's side of its payment)
          [
            key(SAPPHIRE, "2026-10-22", "AUTOMATIC PAYMENT - THANK", "1412.66"),
            "2026-10-22T12:00:00.000Z",
            "Paid $1,412.66 off the card on Thursday 22 October (Dana's Sapphire Preferred (...1041), Credit Card Payment).",
          ],
        ],
      ],
      [
        "bank:monarch:high-yield-savings-7710:2026-10",
        "High Yield Savings in Monarch, October 2026",
        "log",
        [
          [
            key("High Yield Savings (...7710)", "2026-10-31", "INTEREST PAYMENT", "14.22"),
            "2026-10-31T12:00:00.000Z",
            "Received $14.22 from Interest on Saturday 31 October (High Yield Savings (...7710), Interest).",
          ],
        ],
      ],
      [
        "bank:monarch:dana-s-sapphire-preferred-1041:2026-11",
        "Dana's Sapphire Preferred in Monarch, November 2026",
        "log",
        [
          [
            key(SAPPHIRE, "2026-11-11", "REI #11 PORTLAND OR", "349.95"),
            "2026-11-11T12:00:00.000Z",
            "Got $349.95 back from REI on Wednesday 11 November (Dana's Sapphire Preferred (...1041), Shopping; Dana Ortiz's; note: \"Returned the tent, it was too small\"; tags: Refund).",
          ],
        ],
      ],
    ]);
    // (each paragraph keeps the row's cells by name, and where it is: the REI row's note runs over two lines, so the rows after it start a line later)
    expect(notes[3]!.turns[0]!.metadata).toEqual({
      line: 2,
      bank: {
        bank: "monarch",
        Date: "2026-11-11",
        Merchant: "REI",
        Category: "Shopping",
        Account: SAPPHIRE,
        "Original Statement": "REI #11 PORTLAND OR",
        Notes: "Returned the tent,\nit was too small",
        Amount: "349.95",
        Tags: "Refund",
        Owner: "Dana Ortiz",
      },
    });
    expect(notes[0]!.turns[0]!.metadata.line).toBe(12);
  });

  it("reads the older header of eight columns, and keys a transaction by Monarch's Id where the export has one", async () => {
    const older = write(
      "older/transactions.csv",
      csv("Date,Merchant,Category,Account,Original Statement,Notes,Amount,Tags", ["2026-10-04,Safeway,Groceries,Checking,SAFEWAY #1467,,-47.89,"]),
    );
    const [note] = await parsedConversations(older);
    expect(note!.turns.map((t) => t.text)).toEqual(["Paid $47.89 to Safeway on Sunday 4 October (Checking, Groceries)."]);
    const withId = write(
      "id/transactions.csv",
      csv("Date,Merchant,Category,Account,Original Statement,Notes,Amount,Tags,Owner,Reviewed,Id", [
        "2026-10-04,Safeway,Groceries,Checking,SAFEWAY #1467,,-47.89,,Shared,Needs Review,223459871234567890",
        // (a day as a spreadsheet saves it again: month first)
        "10/5/2026,Safeway,Groceries,Checking,SAFEWAY #1467,,-12.30,,Shared,Reviewed,223459871234567891",
      ]),
    );
    const [withIds] = await parsedConversations(withId);
    expect(withIds!.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString()])).toEqual([
      ["monarch:223459871234567890", "2026-10-04T12:00:00.000Z"],
      ["monarch:223459871234567891", "2026-10-05T12:00:00.000Z"],
    ]);
    expect(withIds!.turns[0]!.metadata.bank).toMatchObject({ Reviewed: "Needs Review", Id: "223459871234567890" });
  });

  it("reads the balance history as each account's last balance of a month, in that account's month note", async () => {
    const file = write(
      "balances/balances-1764444719.csv",
      csv(BALANCE_HEADER, [
        `2026-10-30,10012.50,${cell(CHECKING)}`,
        `2026-10-30,-1200.00,${cell(SAPPHIRE)}`,
        `2026-10-31,10884.41,${cell(CHECKING)}`,
        `2026-10-31,-1435.56,${cell(SAPPHIRE)}`,
        `2026-11-01,8739.41,${cell(CHECKING)}`,
        `2026-11-29,18875.25,${cell(CHECKING)}`,
        `2026-11-29,0.00,${cell(SAPPHIRE)}`,
      ]),
    );
    expect(await detectFormat(file)).toBe("bank");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "bank:monarch:joint-checking-4688:2026-10",
        "Joint Checking in Monarch, October 2026",
        "log",
        [
          [
            `monarch|balance|${CHECKING}|2026-10-31`,
            "2026-10-31T12:00:00.000Z",
            "Had $10,884.41 in Joint Checking (...4688) at the end of Saturday 31 October (Monarch balance history).",
          ],
        ],
      ],
      [
        "bank:monarch:dana-s-sapphire-preferred-1041:2026-10",
        "Dana's Sapphire Preferred in Monarch, October 2026",
        "log",
        [
          [
            `monarch|balance|${SAPPHIRE}|2026-10-31`,
            "2026-10-31T12:00:00.000Z",
            "Owed $1,435.56 on Dana's Sapphire Preferred (...1041) at the end of Saturday 31 October (Monarch balance history).",
          ],
        ],
      ],
      [
        "bank:monarch:joint-checking-4688:2026-11",
        "Joint Checking in Monarch, November 2026",
        "log",
        [
          [
            `monarch|balance|${CHECKING}|2026-11-29`,
            "2026-11-29T12:00:00.000Z",
            "Had $18,875.25 in Joint Checking (...4688) at the end of Sunday 29 November (Monarch balance history).",
          ],
        ],
      ],
      [
        "bank:monarch:dana-s-sapphire-preferred-1041:2026-11",
        "Dana's Sapphire Preferred in Monarch, November 2026",
        "log",
        [
          [
            `monarch|balance|${SAPPHIRE}|2026-11-29`,
            "2026-11-29T12:00:00.000Z",
            "Had $0.00 in Dana's Sapphire Preferred (...1041) at the end of Sunday 29 November (Monarch balance history).",
          ],
        ],
      ],
    ]);
  });
});

describe("Copilot Money's export", () => {
  it("reads a note per account and month of the user's records, each transaction a sentence", async () => {
    const file = write("copilot/transactions.csv", copilot(COPILOT_ROWS));
    expect(await detectFormat(file)).toBe("bank");
    const notes = await parsedConversations(file);
    const key = (account: string, mask: string, day: string, name: string, amount: string) => `copilot|${account}|${mask}|${day}|${name}|${amount}`;
    expect(told(notes)).toEqual([
      [
        "bank:copilot:sapphire-preferred-1041:2026-09",
        "Sapphire Preferred in Copilot, September 2026",
        "log",
        [
          [
            key("Sapphire Preferred", "1041", "2026-09-12", "Netflix", "22.99"),
            "2026-09-12T12:00:00.000Z",
            "Paid $22.99 to Netflix on Saturday 12 September (Sapphire Preferred (...1041), Subscriptions in Bills; recurring monthly).",
          ],
          [
            key("Sapphire Preferred", "1041", "2026-09-27", "Providence Park", "180.00"),
            "2026-09-27T12:00:00.000Z",
            'Paid $180.00 to Providence Park on Sunday 27 September (Sapphire Preferred (...1041), Entertainment in Fun; note: "Timbers tickets"; tags: Birthday, Dad).',
          ],
          // (a regular transaction of money in: a refund)
          [
            key("Sapphire Preferred", "1041", "2026-09-29", "Amazon", "-34.99"),
            "2026-09-29T12:00:00.000Z",
            'Got a refund of $34.99 from Amazon on Tuesday 29 September (Sapphire Preferred (...1041), Shopping; note: "Returned the phone case").',
          ],
        ],
      ],
      [
        "bank:copilot:joint-checking-4688:2026-09",
        "Joint Checking in Copilot, September 2026",
        "log",
        [
          [
            key("Joint Checking", "4688", "2026-09-18", "Nike", "-3412.58"),
            "2026-09-18T12:00:00.000Z",
            "Received $3,412.58 from Nike on Friday 18 September (Joint Checking (...4688), Paycheck in Income).",
          ],
          [
            key("Joint Checking", "4688", "2026-09-25", "Chase Credit Card Payment", "1204.17"),
            "2026-09-25T12:00:00.000Z",
            "Moved $1,204.17 to Chase Credit Card Payment on Friday 25 September (Joint Checking (...4688), Credit Card Payment in Transfers).",
          ],
        ],
      ],
      [
        "bank:copilot:amex-gold-2003:2026-09",
        "Amex Gold in Copilot, September 2026",
        "log",
        [
          // (pending: told as made)
          [
            key("Amex Gold", "2003", "2026-09-30", "Lardo", "41.20"),
            "2026-09-30T12:00:00.000Z",
            "Paid $41.20 to Lardo on Wednesday 30 September (Amex Gold (...2003), Restaurants in Food & Drink).",
          ],
        ],
      ],
    ]);
    expect(notes[1]!.turns[1]!.metadata).toEqual({
      line: 5,
      bank: {
        bank: "copilot",
        date: "2026-09-25",
        name: "Chase Credit Card Payment",
        amount: "1,204.17",
        status: "posted",
        category: "Credit Card Payment",
        "parent category": "Transfers",
        excluded: "true",
        type: "internal transfer",
        account: "Joint Checking",
        "account mask": "4688",
      },
    });
  });
});

describe("Monarch's and Copilot's files", () => {
  it("are told by their headers whatever their names, and no other CSV as one", async () => {
    expect(monarchKind(csv(MONARCH_HEADER, []))).toBe("transactions");
    expect(monarchKind(`\uFEFF${BALANCE_HEADER}\n`)).toBe("balances");
    expect(monarchKind("Date,Account,Balance\n")).toBe("balances");
    // (not a balance history: another column; not Monarch's transactions: a plain table of dates and amounts)
    expect(monarchKind("Date,Balance,Account,Currency\n")).toBeNull();
    expect(monarchKind("Date,Amount,Merchant,Category,Account\n")).toBeNull();
    expect(monarchKind(copilot([]))).toBeNull();
    expect(isCopilotCsv(copilot([]))).toBe(true);
    expect(isCopilotCsv("date,name,amount,status,category,parent category,excluded,tags,type,account\n")).toBe(true);
    expect(isCopilotCsv(csv(MONARCH_HEADER, []))).toBe(false);
    // (their neighbours: YNAB's Register, Monzo's export, Splitwise's, Venmo's and PayPal's are none of them, nor they those)
    const ynab = '"Account","Flag","Date","Payee","Category Group/Category","Category Group","Category","Memo","Outflow","Inflow","Cleared"\n';
    expect(monarchKind(ynab)).toBeNull();
    expect(isCopilotCsv(ynab)).toBe(false);
    for (const text of [csv(MONARCH_HEADER, MONARCH_ROWS), copilot(COPILOT_ROWS), csv(BALANCE_HEADER, [])]) {
      expect([bankKind(text), ynabKind(text), isVenmoStatement(text), isPayPalActivity(text), isSplitwiseExport(text)]).toEqual([
        null,
        null,
        false,
        false,
        false,
      ]);
    }
    const named = write("whatever/spending.txt", csv(MONARCH_HEADER, [MONARCH_ROWS[7]!]));
    expect(await detectFormat(named)).toBe("bank");
    // (--format bank reads a file whatever it is called)
    const [chosen] = await parsedConversations(named, "bank");
    expect(chosen!.turns.map((t) => t.text)).toEqual(["Paid $84.12 to Trader Joe's on Sunday 4 October (Dana's Sapphire Preferred (...1041), Groceries)."]);
    const [copied] = await parsedConversations(write("whatever/copilot.txt", copilot([COPILOT_ROWS[5]!])), "bank");
    expect(copied!.turns).toHaveLength(1);
  });

  it("reads days, tags and amounts as the apps write them", () => {
    expect(appDay("2026-10-04")).toBe(Date.UTC(2026, 9, 4, 12));
    expect(appDay("10/4/2026")).toBe(Date.UTC(2026, 9, 4, 12));
    expect(appDay("2026-02-30")).toBeNull();
    expect(appDay("4 Oct 2026")).toBeNull();
    expect(tagWords("shared,s50")).toEqual(["tags: shared, s50"]);
    expect(tagWords("coffee;work")).toEqual(["tags: coffee, work"]);
    expect(tagWords(" ")).toEqual([]);
  });

  it("are read in a folder", async () => {
    const folder = join(dir, "folder", "Money");
    const transactions = write("folder/Money/Monarch/transactions-1764444712.csv", csv(MONARCH_HEADER, MONARCH_ROWS));
    const balances = write("folder/Money/Monarch/balances-1764444719.csv", csv(BALANCE_HEADER, [`2026-10-31,10884.41,${cell(CHECKING)}`]));
    const exported = write("folder/Money/Copilot/transactions.csv", copilot(COPILOT_ROWS));
    expect(importPaths(folder).map((p) => p.file)).toEqual(expect.arrayContaining([transactions, balances, exported]));
    for (const file of [transactions, balances, exported]) expect(await folderFileFormat(file)).toBe("bank");
  });

  it("add nothing when imported again, and from a later export only what is new", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/one/transactions.csv", csv(MONARCH_HEADER, MONARCH_ROWS.slice(5)));
      // (five transactions: the card check of 0.00 left out)
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "bank", added: 5, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 5 });
      // (a later download: the same rows and five more)
      const later = write("later/two/transactions.csv", csv(MONARCH_HEADER, MONARCH_ROWS));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 5, duplicates: 5 });
      const balances = write("later/one/balances.csv", csv(BALANCE_HEADER, [`2026-10-31,10884.41,${cell(CHECKING)}`]));
      expect(await importFile(db, embedder, balances)).toMatchObject({ added: 1, duplicates: 0 });
      // (the balance joins the account's month note of its transactions)
      expect(db.prepare("SELECT COUNT(*) AS n FROM conversations WHERE external_id = 'bank:monarch:joint-checking-4688:2026-10'").get()).toEqual({ n: 1 });
      const exported = write("later/one/copilot.csv", copilot(COPILOT_ROWS.slice(2)));
      expect(await importFile(db, embedder, exported)).toMatchObject({ added: 4, duplicates: 0 });
      const next = write("later/two/copilot.csv", copilot(COPILOT_ROWS));
      expect(await importFile(db, embedder, next)).toMatchObject({ added: 2, duplicates: 4 });
    } finally {
      db.close();
    }
  });

  it("refuse a bad file naming the file, the line and the column, and store nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "day.csv",
        csv(MONARCH_HEADER, [MONARCH_ROWS[7]!, mon("4 Oct 2026", "Shop", "Groceries", "Checking", "", "", "-1.00", "", "Shared")]),
        'day.csv: line 3, column 1 "Date": "4 Oct 2026": expected a day, "2026-10-04"',
      ],
      [
        "amount.csv",
        csv(MONARCH_HEADER, [mon("2026-10-04", "Shop", "Groceries", "Checking", "", "", "ten dollars", "", "Shared")]),
        'amount.csv: line 2, column 7 "Amount": "ten dollars": expected an amount, "-84.12"',
      ],
      ["balance.csv", csv(BALANCE_HEADER, ["2026-10-31,,Checking"]), 'balance.csv: line 2, column 2 "Balance": empty: expected an amount, "-84.12"'],
      [
        "copilot-day.csv",
        copilot([cp("Sept 3", "Shop", "1.00", "posted", "", "", "false", "", "regular", "Card", "", "", "")]),
        'copilot-day.csv: line 2, column 1 "date": "Sept 3": expected a day, "2026-09-13"',
      ],
      [
        "copilot-amount.csv",
        copilot([cp("2026-09-03", "Shop", "nine", "posted", "", "", "false", "", "regular", "Card", "", "", "")]),
        'copilot-amount.csv: line 2, column 3 "amount": "nine": expected an amount, "84.12"',
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, text, message] of cases) {
        const file = write(`bad/${name}`, text);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file, { format: "bank" })).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    const stray = await importErrorOf(validateExport(write("bad/stray.csv", `${csv(MONARCH_HEADER, [MONARCH_ROWS[7]!])}2026-10-05,"Shop" x,\n`)));
    expect(stray.message).toMatch(/^stray\.csv: line 3: Invalid Closing Quote/);
  });

  it("pass over a file with nothing to tell, saying why", async () => {
    const nought = write("empty/transactions.csv", csv(MONARCH_HEADER, [MONARCH_ROWS[10]!]));
    const err = await checkImportFile(nought).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("Monarch's transactions with no transaction to tell (1 of $0.00), no note");
    const empty = write("empty/copilot.csv", copilot([COPILOT_ROWS[6]!]));
    expect((await importErrorOf(validateExport(empty))).message).toBe(
      "copilot.csv: line 2: the note has no text: Copilot Money's export with no transaction to tell (1 of $0.00)",
    );
    expect((await importErrorOf(validateExport(write("empty/balances.csv", `${BALANCE_HEADER}\n`)))).message).toBe(
      "balances.csv: line 1: the note has no text: Monarch's balance history with no transaction to tell",
    );
  });
});
