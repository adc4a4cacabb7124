/**
 * Cash App's statement export (core/ingest/money/cashapp.ts) and Mint's export of transactions (mint.ts), more
 * readers of the `bank` format: told by their headers whatever the files' names; Cash App's a note per month
 * of the user's records (payments sent and received with what they were for, card purchases and refunds, a
 * Boost, a paycheck by direct deposit, a cash out with its fee, bitcoin bought, sold and sent), Mint's a note
 * per account and month (a paycheck, a purchase, a refund, money back, a transfer, a card's payment on both
 * sides, the user's notes and labels); read alone, in a folder and by --format; keyed so that importing again
 * adds nothing and a later export only what is new; a bad file refused naming the file, the line and the
 * column, and nothing stored; a file with nothing to tell passed over, saying why.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { bankKind } from "../../core/ingest/money/bank.js";
import { cashAppTime, isCashAppCsv } from "../../core/ingest/money/cashapp.js";
import { isCopilotCsv } from "../../core/ingest/money/copilot.js";
import { importFile } from "../../core/ingest/import.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { isMintCsv } from "../../core/ingest/money/mint.js";
import { monarchKind } from "../../core/ingest/money/monarch.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { isPayPalActivity } from "../../core/ingest/money/paypal.js";
import { isSplitwiseExport } from "../../core/ingest/money/splitwise.js";
import { isVenmoStatement } from "../../core/ingest/money/venmo.js";
import { ynabKind } from "../../core/ingest/money/ynab.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-cashapp-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Cells quoted, as both apps write them. */
function quoted(...cells: string[]): string {
  return cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");
}

const CASH_APP_HEADER = quoted(
  "Transaction ID",
  "Date",
  "Transaction Type",
  "Currency",
  "Amount",
  "Fee",
  "Net Amount",
  "Asset Type",
  "Asset Price",
  "Asset Amount",
  "Status",
  "Notes",
  "Name of sender/receiver",
  "Account",
);

/** A Cash App row: id, time, type, amount, fee, net, status, notes, name, account (no asset; its empty cells quoted). */
function ca(
  id: string,
  date: string,
  type: string,
  amount: string,
  fee: string,
  net: string,
  status: string,
  notes: string,
  name: string,
  account: string,
): string {
  return quoted(id, date, type, "USD", amount, fee, net, "", "", "", status, notes, name, account);
}

/** A payment's row as Cash App writes some: its empty asset cells bare. */
function p2p(id: string, date: string, type: string, amount: string, status: string, notes: string, name: string, account: string): string {
  return `${quoted(id, date, type, "USD", amount, "$0", amount)},,"",,${quoted(status, notes, name, account)}`;
}

// (newest first, as Cash App writes them)
const CASH_APP_ROWS = [
  ca("o3qa8b", "2026-11-09 11:47:20 EST", "Cash Card Debit", "$34.99", "$0", "$34.99", "CARD REFUNDED", "TARGET 00012345 BROOKLYN NY", "", "Visa Debit 0987"),
  ca("l6wh4t", "2026-11-03 18:42:07 EST", "Cash Card Debit", "-$47.82", "$0", "-$47.82", "CARD CHARGED", "TRADER JOE S #558", "", "Visa Debit 0987"),
  p2p("y0uc5e", "2026-11-01 09:40:27 EST", "Sent P2P", "-$950", "PAYMENT SENT", "rent 🏠 nov", "Marcus Webb", "Your Cash"),
  ca("j4ok1z", "2026-10-31 14:22:08 EDT", "Cash out", "-$300", "-$4.50", "-$304.50", "TRANSFER SENT", "", "", "Visa Debit 1230"),
  quoted(
    "n5gm7h",
    "2026-10-20 12:30:00 EDT",
    "Bitcoin Buy",
    "USD",
    "-$50.00",
    "-$0.88",
    "-$50.88",
    "BTC",
    "$97,590.12",
    "0.00051234",
    "COMPLETE",
    "purchase of BTC",
    "",
    "Your Cash",
  ),
  p2p("e9ry2s", "2026-10-19 10:05:33 EDT", "Sent P2P", "-$40", "CANCELED", "dinner", "Jess Alvarez", "Your Cash"),
  p2p("x8wa3m", "2026-10-12 19:40:03 EDT", "Received P2P", "$65", "PAYMENT DEPOSITED", "phoebe bridgers tix 🎟️", "Dev Patel", "Your Cash"),
  ca("tb2e5c", "2026-10-09 08:32:19 EDT", "Boost Payment", "$1", "$0", "$1", "CARD REFUNDED", "Cash Reward", "", "Visa Debit 0987"),
  ca(
    "m8vu4r",
    "2026-10-02 05:11:08 EDT",
    "Direct Deposit",
    "$1,612.40",
    "$0",
    "$1,612.40",
    "COMPLETE",
    "BRIGHTWATER DENTAL PAYROLL",
    "Brightwater Dental Group",
    "Your Cash",
  ),
  ca("a0zero", "2026-10-01 00:00:05 EDT", "Cash Card Debit", "$0", "$0", "$0", "CARD CHARGED", "APPLE.COM/BILL", "", "Visa Debit 0987"),
  p2p("k2r8xw", "2026-09-30 21:00:00 EDT", "Sent P2P", "-$18.50", "PAYMENT SENT", "pizza friday 🍕", "Jess Alvarez", "Visa Debit 1230"),
  p2p("r1ref0", "2026-09-28 17:15:42 EDT", "Received P2P", "-$20", "PAYMENT REFUNDED", "gas money", "Luis Rivera", "Your Cash"),
];

/** An export: its header and its rows, each line ended as `eol`. */
function csv(header: string, rows: string[], eol = "\n"): string {
  return `${[header, ...rows].join(eol)}${eol}`;
}

const MINT_HEADER = quoted("Date", "Description", "Original Description", "Amount", "Transaction Type", "Category", "Account Name", "Labels", "Notes");

// (newest first, as Mint writes them)
const MINT_ROWS = [
  quoted("12/12/2025", "Con Edison", "CON ED OF NY INTELL CK", "91.47", "debit", "Utilities", "TOTAL CHECKING", "", ""),
  quoted("12/12/2025", "Greenpoint Climbing", "GREENPOINT CLIMBING LLC PAYROLL", "1482.16", "credit", "Paycheck", "TOTAL CHECKING", "", ""),
  quoted("11/22/2025", "Chase Credit Card", "CHASE CREDIT CRD AUTOPAY", "654.38", "debit", "Credit Card Payment", "TOTAL CHECKING", "", ""),
  quoted("11/22/2025", "Payment Thank You", "AUTOMATIC PAYMENT - THANK", "654.38", "credit", "Credit Card Payment", "Freedom Unlimited", "", ""),
  quoted(
    "11/07/2025",
    "Best Buy",
    "BEST BUY 00006247 BROOKLYN NY",
    "179.99",
    "credit",
    "Returned Purchase",
    "Freedom Unlimited",
    "",
    "returned the headphones, too tight",
  ),
  quoted("11/05/2025", "Marcus Webb", "ZELLE FROM MARCUS WEBB", "40.00", "credit", "Restaurants", "TOTAL CHECKING", "Reimbursable", 'dinner at "Lucali"'),
  quoted("10/20/2025", "Transfer to Savings", "ONLINE TRANSFER TO SAV ...4410", "200.00", "debit", "Transfer", "TOTAL CHECKING", "", ""),
  quoted("10/20/2025", "Transfer from Checking", "ONLINE TRANSFER FROM CHK ...8841", "200.00", "credit", "Transfer", "Savings", "", ""),
  quoted("10/11/2025", "Key Food", "KEY FOOD #1124 BROOKLYN NY", "64.20", "debit", "Groceries", "Freedom Unlimited", "", ""),
  quoted("10/11/2025", "Key Food", "KEY FOOD #1124 BROOKLYN NY", "64.20", "debit", "Groceries", "Freedom Unlimited", "", ""),
  quoted("10/06/2025", "Annual Fee", "ANNUAL MEMBERSHIP FEE WAIVED", "0.00", "debit", "Fees & Charges", "Freedom Unlimited", "", ""),
  quoted("9/03/2025", "Blink Fitness", "BLINK FITNESS 0114 BROOKLYN NY", "29.99", "debit", "Gym", "Freedom Unlimited", "", ""),
];

/** Each note as [key, title, records, [turn id, ISO time, text]…]. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string]>]> {
  return notes.map((n) => [n.externalId, n.title, n.records, n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text])]);
}

describe("Cash App's statement export", () => {
  it("reads a note per month of the user's records, each transaction a sentence", async () => {
    const file = write("one/cash_app_report_1795990471000.csv", `\uFEFF${csv(CASH_APP_HEADER, CASH_APP_ROWS, "\r\n")}`);
    expect(await detectFormat(file)).toBe("bank");
    const notes = await parsedConversations(file);
    expect(notes.every((n) => n.format === "note" && n.turns.every((t) => t.speaker === "User" && t.role === "user"))).toBe(true);
    expect(told(notes)).toEqual([
      [
        "bank:cashapp:2026-09",
        "Cash App, September 2026",
        "log",
        [
          // (a payment received and refunded: its amount negative)
          ["cashapp:r1ref0", "2026-09-28T17:15:42.000Z", 'Sent $20.00 back to Luis Rivera for "gas money" on Monday 28 September (Cash App).'],
          // (paid from a linked card, not the balance: the card said)
          [
            "cashapp:k2r8xw",
            "2026-09-30T21:00:00.000Z",
            'Sent $18.50 to Jess Alvarez for "pizza friday 🍕" on Wednesday 30 September (Cash App, Visa Debit 1230).',
          ],
        ],
      ],
      [
        "bank:cashapp:2026-10",
        "Cash App, October 2026",
        "log",
        [
          [
            "cashapp:m8vu4r",
            "2026-10-02T05:11:08.000Z",
            'Received $1,612.40 from Brightwater Dental Group by direct deposit on Friday 2 October (Cash App; reference "BRIGHTWATER DENTAL PAYROLL").',
          ],
          ["cashapp:tb2e5c", "2026-10-09T08:32:19.000Z", "Got $1.00 back from a Cash Card Boost on Friday 9 October (Cash App, Visa Debit 0987)."],
          ["cashapp:x8wa3m", "2026-10-12T19:40:03.000Z", 'Received $65.00 from Dev Patel for "phoebe bridgers tix 🎟️" on Monday 12 October (Cash App).'],
          [
            "cashapp:n5gm7h",
            "2026-10-20T12:30:00.000Z",
            "Bought 0.00051234 BTC for $50.00 on Tuesday 20 October, with a $0.88 fee (Cash App; $97,590.12 a bitcoin).",
          ],
          [
            "cashapp:j4ok1z",
            "2026-10-31T14:22:08.000Z",
            "Transferred $300.00 from Cash App to Visa Debit 1230 on Saturday 31 October, with a $4.50 fee (Cash App).",
          ],
        ],
      ],
      [
        "bank:cashapp:2026-11",
        "Cash App, November 2026",
        "log",
        [
          ["cashapp:y0uc5e", "2026-11-01T09:40:27.000Z", 'Sent $950.00 to Marcus Webb for "rent 🏠 nov" on Sunday 1 November (Cash App).'],
          // (the time on Cash App's clock, EST, read as the user's: the day Cash App gives)
          [
            "cashapp:l6wh4t",
            "2026-11-03T18:42:07.000Z",
            "Paid $47.82 to TRADER JOE S #558 with the Cash Card on Tuesday 3 November (Cash App, Visa Debit 0987).",
          ],
          [
            "cashapp:o3qa8b",
            "2026-11-09T11:47:20.000Z",
            "Got a refund of $34.99 from TARGET 00012345 BROOKLYN NY on Monday 9 November (Cash App, Visa Debit 0987).",
          ],
        ],
      ],
    ]);
    // (each paragraph keeps the row's cells by name, its zone in its Date, and where it is)
    expect(notes[1]!.turns[3]!.metadata).toEqual({
      line: 6,
      bank: {
        bank: "cashapp",
        "Transaction ID": "n5gm7h",
        Date: "2026-10-20 12:30:00 EDT",
        "Transaction Type": "Bitcoin Buy",
        Currency: "USD",
        Amount: "-$50.00",
        Fee: "-$0.88",
        "Net Amount": "-$50.88",
        "Asset Type": "BTC",
        "Asset Price": "$97,590.12",
        "Asset Amount": "0.00051234",
        Status: "COMPLETE",
        Notes: "purchase of BTC",
        Account: "Your Cash",
      },
    });
  });

  it("reads the Bitcoin statement's CSV: bought, sold and sent, its amounts with their BTC", async () => {
    const file = write(
      "bitcoin/cash_app_bitcoin_2025.csv",
      csv("Transaction ID,Date,Transaction Type,Currency,Amount,Fee,Net Amount,Asset Type,Asset Price,Asset Amount", [
        quoted("vy3oz1", "2025-12-30 23:22:22 PST", "Bitcoin Buy", "USD", "-$0.41", "$0.00", "-$0.41", "BTC", "$88,341.37", "0.00000464 BTC"),
        quoted("b8kq2w", "2025-10-06 08:52:24 PDT", "Bitcoin Withdrawal", "USD", "$1,252.41", "$0.00", "$1,252.41", "BTC", "$125,241.22", "0.01 BTC"),
        quoted("s5mz0p", "2025-08-30 09:38:05 PDT", "Bitcoin Sale", "USD", "$50.00", "-$1.49", "$48.51", "BTC", "$107,642.54", "0.0004645 BTC"),
      ]),
    );
    expect(await detectFormat(file)).toBe("bank");
    expect((await parsedConversations(file)).flatMap((n) => n.turns.map((t) => t.text))).toEqual([
      "Sold 0.0004645 BTC for $50.00 on Saturday 30 August, with a $1.49 fee (Cash App; $107,642.54 a bitcoin).",
      "Sent 0.01 BTC ($1,252.41) out of Cash App on Monday 6 October (Cash App).",
      "Bought 0.00000464 BTC for $0.41 on Tuesday 30 December (Cash App; $88,341.37 a bitcoin).",
    ]);
  });

  it("reads a newer report, its Date first and its ids empty: each row keyed by what it says", async () => {
    const file = write(
      "newer/cash_app_report_1760492693461.csv",
      csv("Date,Transaction ID,Transaction Type,Currency,Amount,Fee,Net Amount,Asset Type,Asset Price,Asset Amount,Status,Notes", [
        "2025-10-09 16:29:46 EDT,,Bitcoin Recurring Buy,USD,-$48.88,-$1.12,-$50.00,BTC,$120963.94,0.00040409,COMPLETE,purchase of BTC",
        "2025-10-09 16:29:46 EDT,,Bitcoin Recurring Buy,USD,-$48.88,-$1.12,-$50.00,BTC,$120963.94,0.00040409,COMPLETE,purchase of BTC",
        "2025-10-03 09:00:12 EDT,,Deposits,USD,$200.00,$0.00,$200.00,,,,COMPLETE,",
        "2025-10-02 18:30:00 EDT,,Withdrawal,USD,-$60.00,$0.00,-$60.00,,,,COMPLETE,",
      ]),
    );
    expect(await detectFormat(file)).toBe("bank");
    const [note] = await parsedConversations(file);
    const key = "cashapp|2025-10-09 16:29:46 EDT|Bitcoin Recurring Buy|-$48.88||purchase of BTC";
    expect(note!.turns.map((t) => [t.externalId, t.text])).toEqual([
      ["cashapp|2025-10-02 18:30:00 EDT|Withdrawal|-$60.00||", "Transferred $60.00 from Cash App to the bank on Thursday 2 October (Cash App)."],
      ["cashapp|2025-10-03 09:00:12 EDT|Deposits|$200.00||", "Deposited $200.00 into Cash App on Friday 3 October (Cash App)."],
      [key, "Bought 0.00040409 BTC for $48.88 on Thursday 9 October, with a $1.12 fee (Cash App; $120963.94 a bitcoin)."],
      // (a second row alike: both told, the second keyed "#2")
      [`${key}#2`, "Bought 0.00040409 BTC for $48.88 on Thursday 9 October, with a $1.12 fee (Cash App; $120963.94 a bitcoin)."],
    ]);
  });

  it("reads its times on their own clock, with or without a zone", () => {
    expect(cashAppTime("2026-11-03 18:42:07 EST")).toBe(Date.UTC(2026, 10, 3, 18, 42, 7));
    expect(cashAppTime("2023-10-06 19:56:39 EDT")).toBe(Date.UTC(2023, 9, 6, 19, 56, 39));
    expect(cashAppTime("2025-12-30T23:22:22")).toBe(Date.UTC(2025, 11, 30, 23, 22, 22));
    expect(cashAppTime("2026-11-03")).toBe(Date.UTC(2026, 10, 3, 12));
    expect(cashAppTime("2026-02-30 10:00:00 EST")).toBeNull();
    expect(cashAppTime("Nov 3, 2026")).toBeNull();
  });
});

describe("Mint's export of transactions", () => {
  it("reads a note per account and month of the user's records, each transaction a sentence", async () => {
    const file = write("mint/transactions.csv", csv(MINT_HEADER, MINT_ROWS));
    expect(await detectFormat(file)).toBe("bank");
    const notes = await parsedConversations(file);
    expect(notes.every((n) => n.format === "note" && n.turns.every((t) => t.speaker === "User" && t.role === "user"))).toBe(true);
    const key = (account: string, day: string, original: string, amount: string, type: string) => `mint|${account}|${day}|${original}|${amount}|${type}`;
    expect(told(notes)).toEqual([
      [
        "bank:mint:freedom-unlimited:2025-09",
        "Freedom Unlimited in Mint, September 2025",
        "log",
        [
          // (a month written without its leading zero, a day with it, as Mint writes them)
          [
            key("Freedom Unlimited", "2025-09-03", "BLINK FITNESS 0114 BROOKLYN NY", "29.99", "debit"),
            "2025-09-03T12:00:00.000Z",
            "Paid $29.99 to Blink Fitness on Wednesday 3 September (Freedom Unlimited, Gym).",
          ],
        ],
      ],
      [
        "bank:mint:freedom-unlimited:2025-10",
        "Freedom Unlimited in Mint, October 2025",
        "log",
        [
          // (two purchases alike on one day: both told, the second keyed "#2")
          [
            key("Freedom Unlimited", "2025-10-11", "KEY FOOD #1124 BROOKLYN NY", "64.20", "debit"),
            "2025-10-11T12:00:00.000Z",
            "Paid $64.20 to Key Food on Saturday 11 October (Freedom Unlimited, Groceries).",
          ],
          [
            `${key("Freedom Unlimited", "2025-10-11", "KEY FOOD #1124 BROOKLYN NY", "64.20", "debit")}#2`,
            "2025-10-11T12:00:00.000Z",
            "Paid $64.20 to Key Food on Saturday 11 October (Freedom Unlimited, Groceries).",
          ],
        ],
      ],
      [
        "bank:mint:total-checking:2025-10",
        "TOTAL CHECKING in Mint, October 2025",
        "log",
        [
          [
            key("TOTAL CHECKING", "2025-10-20", "ONLINE TRANSFER TO SAV ...4410", "200.00", "debit"),
            "2025-10-20T12:00:00.000Z",
            "Moved $200.00 to Savings on Monday 20 October (TOTAL CHECKING, Transfer).",
          ],
        ],
      ],
      [
        "bank:mint:savings:2025-10",
        "Savings in Mint, October 2025",
        "log",
        [
          [
            key("Savings", "2025-10-20", "ONLINE TRANSFER FROM CHK ...8841", "200.00", "credit"),
            "2025-10-20T12:00:00.000Z",
            "Moved $200.00 from Checking on Monday 20 October (Savings, Transfer).",
          ],
        ],
      ],
      [
        "bank:mint:total-checking:2025-11",
        "TOTAL CHECKING in Mint, November 2025",
        "log",
        [
          // (money in under a category of spending: back, whether a refund or a friend paying their share)
          [
            key("TOTAL CHECKING", "2025-11-05", "ZELLE FROM MARCUS WEBB", "40.00", "credit"),
            "2025-11-05T12:00:00.000Z",
            "Got $40.00 back from Marcus Webb on Wednesday 5 November (TOTAL CHECKING, Restaurants; note: \"dinner at 'Lucali'\"; labels: Reimbursable).",
          ],
          [
            key("TOTAL CHECKING", "2025-11-22", "CHASE CREDIT CRD AUTOPAY", "654.38", "debit"),
            "2025-11-22T12:00:00.000Z",
            "Paid $654.38 to Chase Credit Card on Saturday 22 November (TOTAL CHECKING, Credit Card Payment).",
          ],
        ],
      ],
      [
        "bank:mint:freedom-unlimited:2025-11",
        "Freedom Unlimited in Mint, November 2025",
        "log",
        [
          [
            key("Freedom Unlimited", "2025-11-07", "BEST BUY 00006247 BROOKLYN NY", "179.99", "credit"),
            "2025-11-07T12:00:00.000Z",
            'Got a refund of $179.99 from Best Buy on Friday 7 November (Freedom Unlimited, Returned Purchase; note: "returned the headphones, too tight").',
          ],
          // (the card's side of its payment)
          [
            key("Freedom Unlimited", "2025-11-22", "AUTOMATIC PAYMENT - THANK", "654.38", "credit"),
            "2025-11-22T12:00:00.000Z",
            "Paid $654.38 off the card on Saturday 22 November (Freedom Unlimited, Credit Card Payment).",
          ],
        ],
      ],
      [
        "bank:mint:total-checking:2025-12",
        "TOTAL CHECKING in Mint, December 2025",
        "log",
        [
          // (a day's rows in the file's order: the export has no time)
          [
            key("TOTAL CHECKING", "2025-12-12", "CON ED OF NY INTELL CK", "91.47", "debit"),
            "2025-12-12T12:00:00.000Z",
            "Paid $91.47 to Con Edison on Friday 12 December (TOTAL CHECKING, Utilities).",
          ],
          [
            key("TOTAL CHECKING", "2025-12-12", "GREENPOINT CLIMBING LLC PAYROLL", "1482.16", "credit"),
            "2025-12-12T12:00:00.000Z",
            "Received $1,482.16 from Greenpoint Climbing on Friday 12 December (TOTAL CHECKING, Paycheck).",
          ],
        ],
      ],
    ]);
    expect(notes[4]!.turns[0]!.metadata).toEqual({
      line: 7,
      bank: {
        bank: "mint",
        Date: "11/05/2025",
        Description: "Marcus Webb",
        "Original Description": "ZELLE FROM MARCUS WEBB",
        Amount: "40.00",
        "Transaction Type": "credit",
        Category: "Restaurants",
        "Account Name": "TOTAL CHECKING",
        Labels: "Reimbursable",
        Notes: 'dinner at "Lucali"',
      },
    });
  });
});

describe("Cash App's and Mint's files", () => {
  it("are told by their headers whatever their names, and no other CSV as one", async () => {
    expect(isCashAppCsv(csv(CASH_APP_HEADER, []))).toBe(true);
    // (a newer report, its Date first; the Bitcoin statement's ten columns)
    expect(isCashAppCsv("Date,Transaction ID,Transaction Type,Currency,Amount,Fee,Net Amount,Asset Type,Asset Price,Asset Amount,Status,Notes\n")).toBe(true);
    expect(isCashAppCsv("Transaction ID,Date,Transaction Type,Currency,Amount,Fee,Net Amount,Asset Type,Asset Price,Asset Amount\n")).toBe(true);
    expect(isMintCsv(csv(MINT_HEADER, []))).toBe(true);
    expect(isMintCsv('"Date","Description","Original Description","Amount","Transaction Type","Category","Account Name"\n')).toBe(true);
    // (not theirs: a plain table of transactions, Monzo's export, each other's)
    expect(isCashAppCsv("Transaction ID,Date,Type,Amount,Currency\n")).toBe(false);
    expect(isMintCsv("Date,Description,Amount,Transaction Type,Category\n")).toBe(false);
    const monzo =
      "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In\n";
    expect([isCashAppCsv(monzo), isMintCsv(monzo)]).toEqual([false, false]);
    expect(isMintCsv(csv(CASH_APP_HEADER, []))).toBe(false);
    expect(isCashAppCsv(csv(MINT_HEADER, []))).toBe(false);
    // (their neighbours of the bank format are none of them)
    for (const text of [csv(CASH_APP_HEADER, CASH_APP_ROWS), csv(MINT_HEADER, MINT_ROWS)]) {
      expect([
        bankKind(text),
        ynabKind(text),
        monarchKind(text),
        isCopilotCsv(text),
        isVenmoStatement(text),
        isPayPalActivity(text),
        isSplitwiseExport(text),
      ]).toEqual([null, null, null, false, false, false, false]);
    }
    const named = write("whatever/money.txt", csv(CASH_APP_HEADER, [CASH_APP_ROWS[1]!]));
    expect(await detectFormat(named)).toBe("bank");
    // (--format bank reads a file whatever it is called)
    const [chosen] = await parsedConversations(named, "bank");
    expect(chosen!.turns.map((t) => t.text)).toEqual([
      "Paid $47.82 to TRADER JOE S #558 with the Cash Card on Tuesday 3 November (Cash App, Visa Debit 0987).",
    ]);
    const mintNamed = write("whatever/old-mint.txt", csv(MINT_HEADER, [MINT_ROWS[0]!]));
    expect(await detectFormat(mintNamed)).toBe("bank");
    const [mint] = await parsedConversations(mintNamed, "bank");
    expect(mint!.turns).toHaveLength(1);
  });

  it("are read in a folder", async () => {
    const folder = join(dir, "folder", "Money");
    const cashApp = write("folder/Money/cash_app_report_1795990471000.csv", csv(CASH_APP_HEADER, CASH_APP_ROWS));
    const mint = write("folder/Money/Mint/transactions.csv", csv(MINT_HEADER, MINT_ROWS));
    expect(importPaths(folder).map((p) => p.file)).toEqual(expect.arrayContaining([cashApp, mint]));
    for (const file of [cashApp, mint]) expect(await folderFileFormat(file)).toBe("bank");
  });

  it("add nothing when imported again, and from a later export only what is new", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/one/cash_app_report.csv", csv(CASH_APP_HEADER, CASH_APP_ROWS.slice(6)));
      // (five transactions: the card check of $0 left out)
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "bank", added: 5, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 5 });
      // (a later export: the same rows, a cancelled one and five more)
      const later = write("later/two/cash_app_report.csv", csv(CASH_APP_HEADER, CASH_APP_ROWS));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 5, duplicates: 5 });
      const mint = write("later/one/transactions.csv", csv(MINT_HEADER, MINT_ROWS.slice(6)));
      expect(await importFile(db, embedder, mint)).toMatchObject({ added: 5, duplicates: 0 });
      const next = write("later/two/transactions.csv", csv(MINT_HEADER, MINT_ROWS));
      expect(await importFile(db, embedder, next)).toMatchObject({ added: 6, duplicates: 5 });
    } finally {
      db.close();
    }
  });

  it("refuse a bad file naming the file, the line and the column, and store nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "day.csv",
        csv(CASH_APP_HEADER, [
          CASH_APP_ROWS[1]!,
          ca("b1", "Nov 3, 2026", "Cash Card Debit", "-$1.00", "$0", "-$1.00", "CARD CHARGED", "CVS", "", "Visa Debit 0987"),
        ]),
        'day.csv: line 3, column 2 "Date": "Nov 3, 2026": expected Cash App\'s time, "2026-11-03 18:42:07 EST"',
      ],
      [
        "amount.csv",
        csv(CASH_APP_HEADER, [ca("b2", "2026-11-03 12:00:00 EST", "Cash Card Debit", "twelve", "$0", "-$12.00", "CARD CHARGED", "CVS", "", "Visa Debit 0987")]),
        'amount.csv: line 2, column 5 "Amount": "twelve": expected an amount, "-$12.50"',
      ],
      [
        "fee.csv",
        csv(CASH_APP_HEADER, [ca("b3", "2026-11-03 12:00:00 EST", "Cash out", "-$300", "a fee", "-$300", "TRANSFER SENT", "", "", "Visa Debit 1230")]),
        'fee.csv: line 2, column 6 "Fee": "a fee": expected an amount, "-$12.50"',
      ],
      [
        "mint-day.csv",
        csv(MINT_HEADER, [quoted("13/01/2025", "Key Food", "KEY FOOD", "1.00", "debit", "Groceries", "Card", "", "")]),
        'mint-day.csv: line 2, column 1 "Date": "13/01/2025": expected a day, "11/03/2026"',
      ],
      [
        "mint-amount.csv",
        csv(MINT_HEADER, [quoted("1/13/2025", "Key Food", "KEY FOOD", "", "debit", "Groceries", "Card", "", "")]),
        'mint-amount.csv: line 2, column 4 "Amount": empty: expected an amount, "84.31"',
      ],
      [
        "mint-type.csv",
        csv(MINT_HEADER, [quoted("1/13/2025", "Key Food", "KEY FOOD", "1.00", "refund", "Groceries", "Card", "", "")]),
        'mint-type.csv: line 2, column 5 "Transaction Type": "refund": expected debit or credit',
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
    const stray = await importErrorOf(validateExport(write("bad/stray.csv", `${csv(MINT_HEADER, [MINT_ROWS[0]!])}"1/13/2025","Shop" x,\n`)));
    expect(stray.message).toMatch(/^stray\.csv: line 3: Invalid Closing Quote/);
  });

  it("pass over a file with nothing to tell, saying why", async () => {
    const cancelled = write("empty/cash_app_report.csv", csv(CASH_APP_HEADER, [CASH_APP_ROWS[5]!, CASH_APP_ROWS[9]!]));
    const err = await checkImportFile(cancelled).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("Cash App's statement export with no transaction to tell (1 canceled, 1 of $0), no note");
    const nought = write("empty/transactions.csv", csv(MINT_HEADER, [MINT_ROWS[10]!]));
    expect((await importErrorOf(validateExport(nought))).message).toBe(
      "transactions.csv: line 2: the note has no text: Mint's export of transactions with no transaction to tell (1 of $0.00)",
    );
    expect((await importErrorOf(validateExport(write("empty/header.csv", `${CASH_APP_HEADER}\n`)))).message).toBe(
      "header.csv: line 1: the note has no text: Cash App's statement export with no transaction to tell",
    );
  });
});
