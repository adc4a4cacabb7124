/**
 * YNAB's export of a budget (core/ingest/ynab.ts), another reader of the `bank` format: its Register and its
 * Plan (Budget.csv before 2025, YNAB 4's Budget too) told by their headers whatever the files' names; the
 * Register a note per account and month of the user's records, each transaction a sentence (the payee, the
 * category, the memo as typed, a transfer between the user's own accounts said so and told once, a card's
 * payment as one when the Plan beside it names the card, a split told once with its parts, a starting
 * balance; balance adjustments left out); the Plan a note per month, each category what was assigned, spent
 * and left; days read in the order they fit; read alone, in a folder and by --format; keyed so that importing
 * again adds nothing and a later export only what is new; a bad file refused naming the file, the line and
 * the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { bankKind } from "../../core/ingest/money/bank.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { isPayPalActivity } from "../../core/ingest/money/paypal.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { isVenmoStatement } from "../../core/ingest/money/venmo.js";
import { planMonth, ynabAmount, ynabFileName, ynabKind } from "../../core/ingest/money/ynab.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-ynab-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const REGISTER_HEADER = '"Account","Flag","Date","Payee","Category Group/Category","Category Group","Category","Memo","Outflow","Inflow","Cleared"';
const PLAN_HEADER = '"Month","Category Group/Category","Category Group","Category","Assigned","Activity","Available"';

/** An amount as YNAB writes it: unquoted, but quoted when its thousands' comma needs it. */
function money(amount: string): string {
  return amount.includes(",") ? `"${amount}"` : amount;
}

/** A Register row as YNAB writes it: the text quoted, the money not (but for a thousands' comma). */
function reg(account: string, day: string, payee: string, category: string, memo: string, out: string, into: string, cleared = "Cleared", flag = ""): string {
  const [group, name] = category ? category.split(": ") : ["", ""];
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return [q(account), q(flag), q(day), q(payee), q(category), q(group!), q(name!), q(memo), money(out), money(into), q(cleared)].join(",");
}

/** A Plan row: its month, "Group: Category", and what was assigned, its activity and what is available. */
function planRow(month: string, category: string, assigned: string, activity: string, available: string): string {
  const [group, name] = category.split(": ");
  return [`"${month}"`, `"${category}"`, `"${group}"`, `"${name}"`, money(assigned), money(activity), money(available)].join(",");
}

/** A file as YNAB writes it: a byte-order mark, its header and its rows. */
function csv(header: string, rows: string[]): string {
  return `\uFEFF${[header, ...rows].join("\n")}\n`;
}

// (each account's rows newest first, as the export orders them)
const ROWS = [
  reg("Nationwide Current", "25/10/2026", "Brightwell Design Ltd", "Inflow: Ready to Assign", "October salary", "£0.00", "£2,140.00"),
  reg("Nationwide Current", "23/10/2026", "Transfer : Barclaycard", "", "", "£312.40", "£0.00"),
  reg("Nationwide Current", "02/10/2026", "Reconciliation Balance Adjustment", "Inflow: Ready to Assign", "", "£2.10", "£0.00", "Reconciled"),
  reg("Nationwide Current", "01/10/2026", "Bristol City Council", "Bills: Council Tax", "", "£142.00", "£0.00"),
  reg("Nationwide Current", "01/10/2026", "Starting Balance", "Inflow: Ready to Assign", "", "£0.00", "£1,240.18", "Reconciled"),
  reg("Barclaycard", "23/10/2026", "Transfer : Nationwide Current", "", "", "£0.00", "£312.40"),
  reg("Barclaycard", "19/10/2026", "John Lewis", "Gifts: Birthdays & Presents", 'Sam\'s "big" birthday present', "£120.00", "£0.00", "Uncleared", "Red"),
  reg("Barclaycard", "17/10/2026", "Tesco", "Everyday: Groceries", "Split (1/3)", "£52.10", "£0.00"),
  reg("Barclaycard", "17/10/2026", "Tesco", "Everyday: Household", "Split (2/3) bin bags and light bulbs", "£22.30", "£0.00"),
  reg("Barclaycard", "17/10/2026", "Tesco", "Gifts: Birthdays & Presents", "Split (3/3) card for Sam", "£12.00", "£0.00"),
  reg("Barclaycard", "14/10/2026", "Riverside Vets", "Miso: Vet & Insurance", "vet for Miso", "£64.30", "£0.00"),
  reg("Barclaycard", "11/10/2026", "Netflix", "Bills: Subscriptions", "", "£0.00", "£0.00"),
  reg("Barclaycard", "01/10/2026", "Starting Balance", "Inflow: Ready to Assign", "", "£420.00", "£0.00", "Reconciled"),
];

const PLAN = [
  planRow("Oct 2026", "Inflow: Ready to Assign", "£0.00", "£3,380.18", "£0.00"),
  planRow("Oct 2026", "Credit Card Payments: Barclaycard", "£0.00", "£248.40", "£248.40"),
  planRow("Oct 2026", "Everyday: Groceries", "£450.00", "-£411.80", "£38.20"),
  planRow("Oct 2026", "Everyday: Eating Out", "£60.00", "-£143.50", "-£2.10"),
  planRow("Oct 2026", "Everyday: Takeaways", "£0.00", "£0.00", "£0.00"),
  planRow("Nov 2026", "Savings Goals: Holiday Fund", "£200.00", "£0.00", "£1,400.00"),
  planRow("Nov 2026", "Everyday: Eating Out", "-£20.00", "£12.50", "£0.00"),
];

const EXPORT = "Home Budget as of 2026-11-28 19-42";

/** Each note as [key, title, records, [turn id, ISO time, text]…]. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string]>]> {
  return notes.map((n) => [n.externalId, n.title, n.records, n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text])]);
}

describe("YNAB's export", () => {
  it("reads the Register as a note per account and month of the user's records, each transaction a sentence", async () => {
    const folder = `YNAB Export - ${EXPORT}`;
    const register = write(`${folder}/${EXPORT} - Register.csv`, csv(REGISTER_HEADER, ROWS));
    write(`${folder}/${EXPORT} - Plan.csv`, csv(PLAN_HEADER, PLAN));
    expect(await detectFormat(register)).toBe("bank");
    const notes = await parsedConversations(register);
    expect(notes.every((n) => n.format === "note" && n.turns.every((t) => t.speaker === "User" && t.role === "user"))).toBe(true);
    const current = "ynab:home-budget|Nationwide Current";
    const card = "ynab:home-budget|Barclaycard";
    expect(told(notes)).toEqual([
      [
        "bank:ynab:home-budget:nationwide-current:2026-10",
        "Nationwide Current in YNAB, October 2026",
        "log",
        [
          // (a day's transactions in the file's order)
          [
            `${current}|2026-10-01|Bristol City Council|Bills|Council Tax||-142.00`,
            "2026-10-01T12:00:00.000Z",
            "Paid £142.00 to Bristol City Council on Thursday 1 October (Nationwide Current, Council Tax).",
          ],
          [
            `${current}|2026-10-01|Starting Balance|Inflow|Ready to Assign||1240.18`,
            "2026-10-01T12:00:00.000Z",
            "Started Nationwide Current in YNAB with £1,240.18 on Thursday 1 October (Nationwide Current).",
          ],
          // (a transfer to the card the Plan beside it names under Credit Card Payments: its payment, told from the account it left)
          [
            `${current}|2026-10-23|Transfer : Barclaycard||||-312.40`,
            "2026-10-23T12:00:00.000Z",
            "Paid £312.40 off the Barclaycard from Nationwide Current on Friday 23 October (Nationwide Current, a transfer between my own accounts).",
          ],
          [
            `${current}|2026-10-25|Brightwell Design Ltd|Inflow|Ready to Assign|October salary|2140.00`,
            "2026-10-25T12:00:00.000Z",
            'Received £2,140.00 from Brightwell Design Ltd on Sunday 25 October (Nationwide Current, income; memo "October salary").',
          ],
        ],
      ],
      [
        "bank:ynab:home-budget:barclaycard:2026-10",
        "Barclaycard in YNAB, October 2026",
        "log",
        [
          [
            `${card}|2026-10-01|Starting Balance|Inflow|Ready to Assign||-420.00`,
            "2026-10-01T12:00:00.000Z",
            "Started Barclaycard in YNAB owing £420.00 on Thursday 1 October (Barclaycard).",
          ],
          [
            `${card}|2026-10-14|Riverside Vets|Miso|Vet & Insurance|vet for Miso|-64.30`,
            "2026-10-14T12:00:00.000Z",
            'Paid £64.30 to Riverside Vets on Wednesday 14 October (Barclaycard, Vet & Insurance; memo "vet for Miso").',
          ],
          // (a split: its parts told once, together)
          [
            `${card}|2026-10-17|Tesco|split|Everyday|Groceries||-52.10|Everyday|Household|bin bags and light bulbs|-22.30|Gifts|Birthdays & Presents|card for Sam|-12.00`,
            "2026-10-17T12:00:00.000Z",
            'Paid £86.40 to Tesco on Saturday 17 October (Barclaycard; split: £52.10 Groceries; £22.30 Household, memo "bin bags and light bulbs"; £12.00 Birthdays & Presents, memo "card for Sam").',
          ],
          [
            `${card}|2026-10-19|John Lewis|Gifts|Birthdays & Presents|Sam's "big" birthday present|-120.00`,
            "2026-10-19T12:00:00.000Z",
            "Paid £120.00 to John Lewis on Monday 19 October (Barclaycard, Birthdays & Presents; memo \"Sam's 'big' birthday present\").",
          ],
        ],
      ],
    ]);
    // (each paragraph keeps the row's cells by name, and where it is; a split its parts')
    expect(notes[1]!.turns[3]!.metadata).toEqual({
      line: 8,
      bank: {
        bank: "ynab",
        budget: "Home Budget",
        Account: "Barclaycard",
        Flag: "Red",
        Date: "19/10/2026",
        Payee: "John Lewis",
        "Category Group/Category": "Gifts: Birthdays & Presents",
        "Category Group": "Gifts",
        Category: "Birthdays & Presents",
        Memo: 'Sam\'s "big" birthday present',
        Outflow: "£120.00",
        Inflow: "£0.00",
        Cleared: "Uncleared",
      },
    });
    expect((notes[1]!.turns[2]!.metadata.bank as { parts: unknown[] }).parts).toHaveLength(3);
  });

  it("tells a transfer as moved between the user's accounts when no Plan beside it names a card", async () => {
    const alone = write("alone/register.csv", csv(REGISTER_HEADER, [ROWS[1]!, ROWS[5]!]));
    expect(told(await parsedConversations(alone)).flatMap(([, , , turns]) => turns.map((t) => t[2]))).toEqual([
      "Moved £312.40 from Nationwide Current to Barclaycard on Friday 23 October (Nationwide Current, a transfer between my own accounts).",
    ]);
    // (the side that reached an account whose rows are not in the file is told)
    const oneSide = write("alone/card-only.csv", csv(REGISTER_HEADER, [ROWS[5]!]));
    expect(told(await parsedConversations(oneSide))[0]![3].map((t) => t[2])).toEqual([
      "Moved £312.40 from Nationwide Current to Barclaycard on Friday 23 October (Barclaycard, a transfer between my own accounts).",
    ]);
  });

  it("reads the Plan as a note per month: what was assigned to each category, spent and left", async () => {
    const plan = write(`plan/${EXPORT} - Plan.csv`, csv(PLAN_HEADER, PLAN));
    expect(await detectFormat(plan)).toBe("bank");
    expect(told(await parsedConversations(plan))).toEqual([
      [
        "bank:ynab:home-budget:plan:2026-10",
        "YNAB plan, October 2026",
        "log",
        [
          [
            "ynab:home-budget|plan|2026-10|Credit Card Payments|Barclaycard",
            "2026-10-31T12:00:00.000Z",
            "Assigned nothing to Barclaycard (Credit Card Payments) for October 2026; £248.40 added; £248.40 left.",
          ],
          [
            "ynab:home-budget|plan|2026-10|Everyday|Groceries",
            "2026-10-31T12:00:00.000Z",
            "Assigned £450.00 to Groceries (Everyday) for October 2026; spent £411.80; £38.20 left.",
          ],
          [
            "ynab:home-budget|plan|2026-10|Everyday|Eating Out",
            "2026-10-31T12:00:00.000Z",
            "Assigned £60.00 to Eating Out (Everyday) for October 2026; spent £143.50; overspent by £2.10.",
          ],
        ],
      ],
      // (the month of the export: dated by the file's name, left "as of" its day)
      [
        "bank:ynab:home-budget:plan:2026-11",
        "YNAB plan, November 2026",
        "log",
        [
          [
            "ynab:home-budget|plan|2026-11|Savings Goals|Holiday Fund",
            "2026-11-28T12:00:00.000Z",
            "Assigned £200.00 to Holiday Fund (Savings Goals) for November 2026; £1,400.00 left as of Saturday 28 November.",
          ],
          [
            "ynab:home-budget|plan|2026-11|Everyday|Eating Out",
            "2026-11-28T12:00:00.000Z",
            "Took £20.00 back out of Eating Out (Everyday) for November 2026; £12.50 added; nothing left as of Saturday 28 November.",
          ],
        ],
      ],
    ]);
  });

  it("reads the older Budget.csv, dollars, days month first, ISO and dotted days, and YNAB 4's export", async () => {
    // (before 2025: Budget.csv, "Budgeted"; a US budget's days month first, told by one over 12)
    const budget = write(
      "older/Family as of 2024-03-02 0104 PM - Budget.csv",
      csv('"Month","Category Group/Category","Category Group","Category","Budgeted","Activity","Available"', [
        planRow("Feb 2024", "Bills: Spotify", "$12.99", "-$12.99", "$0.00"),
      ]),
    );
    expect(told(await parsedConversations(budget))).toEqual([
      [
        "bank:ynab:family:plan:2024-02",
        "YNAB plan, February 2024",
        "log",
        [
          [
            "ynab:family|plan|2024-02|Bills|Spotify",
            "2024-02-29T12:00:00.000Z",
            "Assigned $12.99 to Spotify (Bills) for February 2024; spent $12.99; nothing left.",
          ],
        ],
      ],
    ]);
    const dollars = write(
      "older/Family as of 2024-03-02 0104 PM - Register.csv",
      csv(REGISTER_HEADER, [
        reg("Checking", "02/13/2024", "Trader Joe's", "Food: Groceries", "Weekly haul", "$85.42", "$0.00"),
        reg("Checking", "02/03/2024", "Employer Inc", "Inflow: To be Budgeted", "", "$0.00", "$1,250.00"),
      ]),
    );
    expect(told(await parsedConversations(dollars))[0]![3].map((t) => [t[1], t[2]])).toEqual([
      ["2024-02-03T12:00:00.000Z", "Received $1,250.00 from Employer Inc on Saturday 3 February (Checking, income)."],
      ["2024-02-13T12:00:00.000Z", 'Paid $85.42 to Trader Joe\'s on Tuesday 13 February (Checking, Groceries; memo "Weekly haul").'],
    ]);
    // (days that tell no order: month first for dollars, day first for another currency; ISO and dotted days whatever)
    const undecided = (name: string, day: string, amount: string) =>
      write(`older/${name}`, csv(REGISTER_HEADER, [reg("Checking", day, "Shop", "Food: Groceries", "", amount, "0.00")]));
    const times = async (file: string) => told(await parsedConversations(file))[0]![3].map((t) => t[1]);
    expect(await times(undecided("usd.csv", "03/04/2026", "$4.00"))).toEqual(["2026-03-04T12:00:00.000Z"]);
    expect(await times(undecided("gbp.csv", "03/04/2026", "£4.00"))).toEqual(["2026-04-03T12:00:00.000Z"]);
    expect(await times(undecided("iso.csv", "2026-01-05", "£4.00"))).toEqual(["2026-01-05T12:00:00.000Z"]);
    expect(await times(undecided("dots.csv", "05.01.2026", "4,00 €"))).toEqual(["2026-01-05T12:00:00.000Z"]);
    // (the euro after the amount, a decimal comma, thousands dotted)
    const euro = write("older/euro.csv", csv(REGISTER_HEADER, [reg("Girokonto", "31.01.2026", "Miete", "Fixkosten: Miete", "", "1.234,56 €", "0,00 €")]));
    expect(told(await parsedConversations(euro))[0]![3].map((t) => t[2])).toEqual(["Paid €1,234.56 to Miete on Saturday 31 January (Girokonto, Miete)."]);
    // (YNAB 4: "Category" joined, "Master Category" and "Sub Category", "(Split 1/2)", C/U/R, a running balance)
    const ynab4 = write(
      "older/My Budget as of 2015-03-20 - Register.csv",
      [
        '"Account","Flag","Check Number","Date","Payee","Category","Master Category","Sub Category","Memo","Outflow","Inflow","Cleared","Running Balance"',
        '"Cash","","","14/03/2015","Cafe","Food: Dining","Food","Dining","flat white",£4.50,£0.00,"C",£95.50',
        '"Cash","","","15/03/2015","Boots","Health: Pharmacy","Health","Pharmacy","(Split 1/2) plasters",£3.00,£0.00,"U",£92.50',
        '"Cash","","","15/03/2015","Boots","Household: Toiletries","Household","Toiletries","(Split 2/2) toothpaste",£2.25,£0.00,"U",£90.25',
      ].join("\r\n"),
    );
    expect(told(await parsedConversations(ynab4))[0]![3].map((t) => t[2])).toEqual([
      'Paid £4.50 to Cafe on Saturday 14 March (Cash, Dining; memo "flat white").',
      'Paid £5.25 to Boots on Sunday 15 March (Cash; split: £3.00 Pharmacy, memo "plasters"; £2.25 Toiletries, memo "toothpaste").',
    ]);
    const ynab4Budget = write(
      "older/My Budget as of 2015-03-20 - Budget.csv",
      [
        '"Month","Category","Master Category","Sub Category","Budgeted","Outflows","Category Balance"',
        '"March 2015","Food: Dining","Food","Dining",£40.00,-£4.50,£35.50',
      ].join("\r\n"),
    );
    expect(told(await parsedConversations(ynab4Budget))[0]![3].map((t) => t[2])).toEqual([
      "Assigned £40.00 to Dining (Food) for March 2015; spent £4.50; £35.50 left as of Friday 20 March.",
    ]);
  });

  it("reads amounts, months and file names as YNAB writes them", () => {
    expect(ynabAmount("£1,240.18")).toEqual({ amount: { negative: false, digits: "1240.18" }, marker: "£" });
    expect(ynabAmount("-£12.34")).toEqual({ amount: { negative: true, digits: "12.34" }, marker: "£" });
    expect(ynabAmount("$-5.00")).toEqual({ amount: { negative: true, digits: "5.00" }, marker: "$" });
    expect(ynabAmount("1.234,56 €")).toEqual({ amount: { negative: false, digits: "1234.56" }, marker: "€" });
    expect(ynabAmount("CHF 1'234.50")).toEqual({ amount: { negative: false, digits: "1234.50" }, marker: "CHF" });
    expect(ynabAmount("12.50")).toEqual({ amount: { negative: false, digits: "12.50" }, marker: "" });
    expect(ynabAmount("")).toEqual({ amount: { negative: false, digits: "0.00" }, marker: "" });
    expect(ynabAmount("(45.00)")).toBeNull();
    expect(ynabAmount("ten")).toBeNull();
    expect(planMonth("Oct 2026")).toEqual({ year: 2026, month: 10 });
    expect(planMonth("September 2026")).toEqual({ year: 2026, month: 9 });
    expect(planMonth("Sept 2026")).toEqual({ year: 2026, month: 9 });
    expect(planMonth("2026-10")).toEqual({ year: 2026, month: 10 });
    expect(planMonth("Octember 2026")).toBeNull();
    expect(ynabFileName("/x/Swiss Budget as of 2023-04-22 21-35 - Register.csv")).toEqual({
      budget: "Swiss Budget",
      exported: Date.UTC(2023, 3, 22, 12),
    });
    expect(ynabFileName("Home - Plan.csv")).toEqual({ budget: "Home", exported: null });
    expect(ynabFileName("register.csv")).toEqual({ budget: "", exported: null });
  });

  it("tells the Register and the Plan by their headers whatever their names, and no other CSV as one", async () => {
    expect(ynabKind(csv(REGISTER_HEADER, []))).toBe("register");
    expect(ynabKind(csv(PLAN_HEADER, []))).toBe("plan");
    expect(ynabKind('"Month","Category","Master Category","Sub Category","Budgeted","Outflows","Category Balance"\n')).toBe("plan");
    // (YNAB's own import format, a bank's CSV converted for YNAB: no category group, no account)
    expect(ynabKind("Date,Payee,Category,Memo,Outflow,Inflow\n01/25/12,Sample Payee,,Sample Memo,100.00,\n")).toBeNull();
    expect(ynabKind("Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags\n")).toBeNull();
    expect(bankKind(csv(REGISTER_HEADER, ROWS))).toBeNull();
    expect(isVenmoStatement(csv(REGISTER_HEADER, ROWS))).toBe(false);
    expect(isPayPalActivity(csv(PLAN_HEADER, PLAN))).toBe(false);
    const named = write("whatever/transactions.txt", csv(REGISTER_HEADER, [ROWS[3]!]));
    expect(await detectFormat(named)).toBe("bank");
    // (--format bank reads a file whatever it is called)
    const [chosen] = await parsedConversations(named, "bank");
    expect(chosen!.turns.map((t) => t.text)).toEqual(["Paid £142.00 to Bristol City Council on Thursday 1 October (Nationwide Current, Council Tax)."]);
  });

  it("reads the unzipped export as a folder", async () => {
    const folder = join(dir, "folder", `YNAB Export - ${EXPORT}`);
    const register = write(`folder/YNAB Export - ${EXPORT}/${EXPORT} - Register.csv`, csv(REGISTER_HEADER, ROWS));
    const plan = write(`folder/YNAB Export - ${EXPORT}/${EXPORT} - Plan.csv`, csv(PLAN_HEADER, PLAN));
    expect(importPaths(folder).map((p) => p.file)).toEqual(expect.arrayContaining([register, plan]));
    expect(await folderFileFormat(register)).toBe("bank");
    expect(await folderFileFormat(plan)).toBe("bank");
  });

  it("adds nothing when imported again, and from a later export only what is new", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write(`later/one/${EXPORT} - Register.csv`, csv(REGISTER_HEADER, ROWS.slice(3)));
      // (six transactions: the split's three rows told once; the nought and the card's side of the transfer left out)
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "bank", added: 6, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 6 });
      // (a later export: the same rows, their cleared state and flags changed, and two new: the salary and the transfer; the adjustment left out)
      const cleared = ROWS.map((r) => r.replace('"Uncleared"', '"Cleared"').replace('"Red"', '"Purple"'));
      const later = write("later/two/Home Budget as of 2026-12-01 08-10 - Register.csv", csv(REGISTER_HEADER, cleared));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 2, duplicates: 6 });
      const plan = write(`later/one/${EXPORT} - Plan.csv`, csv(PLAN_HEADER, PLAN));
      expect(await importFile(db, embedder, plan)).toMatchObject({ added: 5, duplicates: 0 });
      // (the next export: October's plan as it was, November's told again as its numbers moved)
      const next = write(
        "later/two/Home Budget as of 2026-12-01 08-10 - Plan.csv",
        csv(PLAN_HEADER, [...PLAN.slice(0, 5), planRow("Nov 2026", "Savings Goals: Holiday Fund", "£200.00", "£0.00", "£1,400.00")]),
      );
      expect(await importFile(db, embedder, next)).toMatchObject({ added: 1, duplicates: 3 });
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "day.csv",
        csv(REGISTER_HEADER, [ROWS[3]!, reg("Current", "32/10/2026", "Shop", "", "", "£1.00", "£0.00")]),
        'day.csv: line 3, column 3 "Date": "32/10/2026": expected a day, "17/10/2026"',
      ],
      [
        "orders.csv",
        csv(REGISTER_HEADER, [reg("Current", "13/10/2026", "Shop", "", "", "£1.00", "£0.00"), reg("Current", "10/14/2026", "Shop", "", "", "£1.00", "£0.00")]),
        'orders.csv: line 3, column 3 "Date": "10/14/2026": written month first, but "13/10/2026" was written day first',
      ],
      [
        "amount.csv",
        csv(REGISTER_HEADER, [reg("Current", "13/10/2026", "Shop", "", "", "ten pounds", "£0.00")]),
        'amount.csv: line 2, column 9 "Outflow": "ten pounds": expected an amount, "£38.20"',
      ],
      [
        "month.csv",
        csv(PLAN_HEADER, [planRow("Octember 2026", "Everyday: Groceries", "£1.00", "£0.00", "£1.00")]),
        'month.csv: line 2, column 1 "Month": "Octember 2026": expected a month, "Oct 2026"',
      ],
      [
        "assigned.csv",
        csv(PLAN_HEADER, [planRow("Oct 2026", "Everyday: Groceries", "lots", "£0.00", "£1.00")]),
        'assigned.csv: line 2, column 5 "Assigned": "lots": expected an amount, "£450.00"',
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
    const stray = await importErrorOf(validateExport(write("bad/stray.csv", `${csv(REGISTER_HEADER, [ROWS[3]!])}"Current","x" y,\n`)));
    expect(stray.message).toMatch(/^stray\.csv: line 3: Invalid Closing Quote/);
  });

  it("passes over an export with nothing to tell, saying why", async () => {
    const adjusted = write("empty/register.csv", csv(REGISTER_HEADER, [ROWS[2]!, ROWS[11]!]));
    const err = await checkImportFile(adjusted).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("YNAB's Register with no transaction to tell (1 balance adjustment, 1 of 0.00), no note");
    const empty = write("empty/plan.csv", csv(PLAN_HEADER, [PLAN[0]!, PLAN[4]!]));
    expect((await importErrorOf(validateExport(empty))).message).toBe(
      "plan.csv: line 3: the note has no text: YNAB's Plan with no transaction to tell (1 income row, 1 empty category)",
    );
  });
});
