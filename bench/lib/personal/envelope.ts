/**
 * The envelope budgeter: Hannah Price, in Bristol, gives every pound a job in YNAB (You Need A Budget)
 * across her Nationwide current account and her Barclaycard. She types a memo on the payments she wants to
 * remember ("Sam's birthday present", "vet for Miso"), splits the big supermarket shop between categories,
 * saves £200 a month into a holiday fund and overspent on eating out in October. On Saturday 28 November
 * 2026 she exports her budget's data from the menu under its name in YNAB ("Export budget data"; YNAB has
 * called budgets plans since 2025), unzips the ZIP it downloads, `YNAB Export - Home Budget as of 2026-11-28 19-42.zip`, and imports the folder
 * (`engram import "YNAB Export - Home Budget as of 2026-11-28 19-42"`). It holds two CSVs:
 *
 * - `Home Budget as of 2026-11-28 19-42 - Register.csv`: a byte-order mark, then the header
 *   `"Account","Flag","Date","Payee","Category Group/Category","Category Group","Category","Memo","Outflow",
 *   "Inflow","Cleared"`, a row per transaction of every account, each account's newest first; text cells
 *   quoted, amounts not unless a thousands' comma needs it (`£0.00`, `"£1,240.18"`), in the budget's currency
 *   format; the day in the user's date
 *   format (hers the UK's, `17/10/2026`); "Category Group/Category" the group and the category joined by ": "
 *   ("Everyday: Groceries"), income "Inflow: Ready to Assign", transfers between her accounts with no
 *   category and the payee `Transfer : Barclaycard`; a split transaction one row per part, each memo opened
 *   by `Split (1/3) `; her accounts' starting balances (payee "Starting Balance"); "Cleared" Cleared,
 *   Uncleared or Reconciled; a flag's colour ("Red", "Purple") where she set one.
 * - `Home Budget as of 2026-11-28 19-42 - Plan.csv`: a byte-order mark, then `"Month","Category Group/
 *   Category","Category Group","Category","Assigned","Activity","Available"`, a row per category per month
 *   (`"Oct 2026"`), Assigned what she gave the category that month, Activity what was spent from it (negative,
 *   `-£411.80`, the minus before the pound sign), Available what was left (negative when overspent), quoted as
 *   the Register's are.
 *
 * Checked against public readers of YNAB's export and their fixtures: importers' tests and parsers of the
 * Register (the header above; `"Checking","","01/15/2026","Trader Joe's","Food: Groceries","Food",
 * "Groceries","Weekly haul",$85.42,$0.00,"Cleared"`, `$0.00,$5.05` unquoted beside `"$123,456,789,…"` quoted
 * in a test written from the bytes YNAB produced;
 * day-first days `15/01/2026` and `10/06/2026` in UK and Colombian budgets, ISO `2026-01-05`, dotted
 * `05.01.2026`; `£1,234.56` and `-£12.34`; "Inflow: Ready to Assign" and the older "Inflow: To be Budgeted";
 * `Transfer : Savings` on both sides of a transfer; "Starting Balance", "Manual Balance Adjustment",
 * "Reconciliation Balance Adjustment"; a split's parts as rows `Split (1/2) Memo 2`, `Split (2/2) Memo 3`,
 * the parent's own memo not exported; flags "Red", "Orange - REVIEW"; the byte-order mark "emitted by
 * YNAB"); of the Plan (`"Aug 2026","Bills: Spotify","Bills","Spotify",$12.99,-$12.99,$0.00`, money
 * unquoted, the minus before the symbol; the header "Budgeted" before 2025, "Assigned" since, when YNAB
 * renamed Budget.csv Plan.csv, as an importer's issue reports); and the files' names as real exports
 * write them ("Swiss Budget as of 2023-04-22 21-35 - Register.csv", "YNAB Export - Compartido COP as of
 * 2026-02-07 16-53/Compartido COP as of 2026-02-07 16-53 - Plan.csv"). Hand-written by the developers while
 * trying Engram as its users would, in session 38, before Engram could read YNAB's export (the first run's
 * figures are in bench/README.md). With it, the questions such a person asks later and the words a right
 * answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

const EXPORT = "Home Budget as of 2026-11-28 19-42";
const FOLDER = `YNAB Export - ${EXPORT}`;
const CURRENT = "Nationwide Current";
const CARD = "Barclaycard";

/** A register row: account, day (dd/mm/yyyy), payee, "Group: Category" (or ""), memo, outflow, inflow, cleared, flag. */
interface Row {
  account: string;
  day: string;
  payee: string;
  category: string;
  memo?: string;
  out?: string;
  in?: string;
  cleared?: string;
  flag?: string;
}

/** A payment out of `account` on `day` to `payee`, from `category`, of `out` pounds. */
const spent = (account: string, day: string, payee: string, category: string, out: string, memo = "", flag = ""): Row => ({
  account,
  day,
  payee,
  category,
  memo,
  out,
  flag,
});

/** Money into the current account for her to assign. */
const income = (day: string, payee: string, amount: string, memo = ""): Row => ({
  account: CURRENT,
  day,
  payee,
  category: "Inflow: Ready to Assign",
  memo,
  in: amount,
});

/** A transfer from the current account to the card (both sides, as YNAB writes them). */
const cardPayment = (day: string, amount: string): Row[] => [
  { account: CURRENT, day, payee: `Transfer : ${CARD}`, category: "", out: amount },
  { account: CARD, day, payee: `Transfer : ${CURRENT}`, category: "", in: amount },
];

/** A split: each part a row of its own, its memo opened by "Split (k/n) ". */
const split = (account: string, day: string, payee: string, parts: Array<[category: string, out: string, memo: string]>): Row[] =>
  parts.map(([category, out, memo], i) => ({
    account,
    day,
    payee,
    category,
    memo: `Split (${i + 1}/${parts.length})${memo ? ` ${memo}` : ""}`,
    out,
  }));

const RENT = "Bills: Rent";
const COUNCIL = "Bills: Council Tax";
const ENERGY = "Bills: Energy";
const PHONE = "Bills: Phone & Internet";
const SUBS = "Bills: Subscriptions";
const GROCERIES = "Everyday: Groceries";
const EATING = "Everyday: Eating Out";
const TRANSPORT = "Everyday: Transport";
const HOUSEHOLD = "Everyday: Household";
const VET = "Miso: Vet & Insurance";
const CAT_FOOD = "Miso: Cat Food";
const GIFTS = "Gifts: Birthdays & Presents";

const REGISTER: Row[] = [
  // (September: the budget's first month, the accounts' starting balances)
  { account: CURRENT, day: "01/09/2026", payee: "Starting Balance", category: "Inflow: Ready to Assign", in: "1,240.18", cleared: "Reconciled" },
  { account: CARD, day: "01/09/2026", payee: "Starting Balance", category: "Inflow: Ready to Assign", out: "420.00", cleared: "Reconciled" },
  spent(CURRENT, "01/09/2026", "Clifton Lettings", RENT, "950.00", "September rent"),
  spent(CURRENT, "01/09/2026", "Bristol City Council", COUNCIL, "142.00"),
  spent(CURRENT, "04/09/2026", "Octopus Energy", ENERGY, "84.20"),
  spent(CURRENT, "08/09/2026", "Vodafone", PHONE, "45.00"),
  spent(CARD, "05/09/2026", "Tesco", GROCERIES, "61.35"),
  spent(CARD, "12/09/2026", "Tesco", GROCERIES, "74.80"),
  spent(CARD, "19/09/2026", "Sainsbury's", GROCERIES, "58.45"),
  spent(CARD, "26/09/2026", "Tesco", GROCERIES, "92.10"),
  spent(CARD, "11/09/2026", "Netflix", SUBS, "10.99"),
  spent(CARD, "13/09/2026", "Zizzi", EATING, "38.60", "Dinner with Priya"),
  spent(CARD, "20/09/2026", "First Bus", TRANSPORT, "70.00", "September bus pass"),
  spent(CARD, "15/09/2026", "Pets at Home", CAT_FOOD, "32.99", "Miso's kibble"),
  income("25/09/2026", "Brightwell Design Ltd", "2,140.00", "September salary"),
  ...cardPayment("28/09/2026", "420.00"),
  // (October: the month she overspent on eating out)
  spent(CURRENT, "01/10/2026", "Clifton Lettings", RENT, "950.00", "October rent"),
  spent(CURRENT, "01/10/2026", "Bristol City Council", COUNCIL, "142.00"),
  spent(CURRENT, "05/10/2026", "Octopus Energy", ENERGY, "88.60"),
  spent(CURRENT, "08/10/2026", "Vodafone", PHONE, "45.00"),
  spent(CARD, "03/10/2026", "Tesco", GROCERIES, "68.25"),
  spent(CARD, "10/10/2026", "Sainsbury's", GROCERIES, "81.40"),
  ...split(CARD, "17/10/2026", "Tesco", [
    [GROCERIES, "52.10", ""],
    [HOUSEHOLD, "22.30", "bin bags and light bulbs"],
    [GIFTS, "12.00", "card and wrapping paper for Sam"],
  ]),
  spent(CARD, "24/10/2026", "Tesco", GROCERIES, "97.65"),
  spent(CARD, "31/10/2026", "Lidl", GROCERIES, "112.40"),
  spent(CARD, "11/10/2026", "Netflix", SUBS, "10.99"),
  spent(CARD, "09/10/2026", "Wagamama", EATING, "42.30", "Friday dinner with the work lot"),
  spent(CARD, "16/10/2026", "The Canteen", EATING, "36.80"),
  spent(CARD, "23/10/2026", "Pizza Pilgrims", EATING, "27.90", "Takeaway, couldn't be bothered to cook"),
  spent(CARD, "30/10/2026", "Bosco Pizzeria", EATING, "36.50", "Priya's leaving drinks"),
  spent(CARD, "14/10/2026", "Riverside Vets", VET, "64.30", "vet for Miso - eye drops", "Red"),
  spent(CARD, "19/10/2026", "John Lewis", GIFTS, "120.00", "Sam's birthday present"),
  spent(CARD, "20/10/2026", "First Bus", TRANSPORT, "70.00", "October bus pass"),
  spent(CARD, "26/10/2026", "Trainline", TRANSPORT, "46.20", "Train to Manchester for Gran's 90th"),
  income("23/10/2026", "Brightwell Design Ltd", "2,140.00", "October salary"),
  ...cardPayment("23/10/2026", "312.40"),
  // (November, to the day of the export)
  spent(CURRENT, "02/11/2026", "Clifton Lettings", RENT, "950.00", "November rent"),
  spent(CURRENT, "02/11/2026", "Bristol City Council", COUNCIL, "142.00"),
  spent(CURRENT, "05/11/2026", "Octopus Energy", ENERGY, "91.40", "", "Purple"),
  spent(CURRENT, "09/11/2026", "Vodafone", PHONE, "45.00"),
  spent(CARD, "07/11/2026", "Tesco", GROCERIES, "71.15"),
  spent(CARD, "14/11/2026", "Sainsbury's", GROCERIES, "64.90"),
  spent(CARD, "21/11/2026", "Tesco", GROCERIES, "83.75"),
  spent(CARD, "11/11/2026", "Netflix", SUBS, "10.99"),
  spent(CARD, "13/11/2026", "Côte Brasserie", EATING, "44.20", "Mum's visit"),
  spent(CARD, "16/11/2026", "Pets at Home", CAT_FOOD, "32.99", "Miso's kibble"),
  spent(CARD, "20/11/2026", "First Bus", TRANSPORT, "70.00", "November bus pass"),
  { ...spent(CARD, "27/11/2026", "Screwfix", HOUSEHOLD, "18.49", "new shower head"), cleared: "Uncleared" },
  income("25/11/2026", "Brightwell Design Ltd", "2,140.00", "November salary"),
  ...cardPayment("25/11/2026", "706.35"),
];

/** The register as YNAB writes it: a byte-order mark, the text quoted, the money not; each account's rows newest first. */
function register(rows: Row[]): string {
  const iso = (day: string) => day.split("/").reverse().join("-");
  const ordered = [CURRENT, CARD].flatMap((account) =>
    rows.filter((r) => r.account === account).sort((a, b) => (iso(a.day) < iso(b.day) ? 1 : iso(a.day) > iso(b.day) ? -1 : 0)),
  );
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  // (an amount is quoted only when its thousands' comma needs it: `£0.00`, `"£2,140.00"`)
  const money = (s?: string) => (s?.includes(",") ? q(`£${s}`) : `£${s ?? "0.00"}`);
  const lines = ordered.map((r) => {
    const [group, category] = r.category ? r.category.split(": ") : ["", ""];
    return [
      q(r.account),
      q(r.flag ?? ""),
      q(r.day),
      q(r.payee),
      q(r.category),
      q(group ?? ""),
      q(category ?? ""),
      q(r.memo ?? ""),
      money(r.out),
      money(r.in),
      q(r.cleared ?? "Cleared"),
    ].join(",");
  });
  const header = ["Account", "Flag", "Date", "Payee", "Category Group/Category", "Category Group", "Category", "Memo", "Outflow", "Inflow", "Cleared"];
  return `\uFEFF${[header.map(q).join(","), ...lines].join("\n")}\n`;
}

/** A plan row: "Group: Category", then per month (Sep, Oct, Nov 2026) assigned, activity and available, as YNAB writes them. */
type PlanLine = [category: string, months: Array<[assigned: string, activity: string, available: string]>];

const PLAN: PlanLine[] = [
  [
    "Credit Card Payments: Barclaycard",
    [
      ["£0.00", "£439.28", "£439.28"],
      ["£0.00", "£987.59", "£1,114.47"],
      ["£0.00", "£480.47", "£888.59"],
    ],
  ],
  [
    RENT,
    [
      ["£950.00", "-£950.00", "£0.00"],
      ["£950.00", "-£950.00", "£0.00"],
      ["£950.00", "-£950.00", "£0.00"],
    ],
  ],
  [
    COUNCIL,
    [
      ["£142.00", "-£142.00", "£0.00"],
      ["£142.00", "-£142.00", "£0.00"],
      ["£142.00", "-£142.00", "£0.00"],
    ],
  ],
  [
    ENERGY,
    [
      ["£90.00", "-£84.20", "£5.80"],
      ["£90.00", "-£88.60", "£7.20"],
      ["£90.00", "-£91.40", "£5.80"],
    ],
  ],
  [
    PHONE,
    [
      ["£45.00", "-£45.00", "£0.00"],
      ["£45.00", "-£45.00", "£0.00"],
      ["£45.00", "-£45.00", "£0.00"],
    ],
  ],
  [
    SUBS,
    [
      ["£11.00", "-£10.99", "£0.01"],
      ["£11.00", "-£10.99", "£0.02"],
      ["£11.00", "-£10.99", "£0.03"],
    ],
  ],
  [
    GROCERIES,
    [
      ["£300.00", "-£286.70", "£13.30"],
      ["£450.00", "-£411.80", "£51.50"],
      ["£300.00", "-£219.80", "£131.70"],
    ],
  ],
  [
    EATING,
    [
      ["£120.00", "-£38.60", "£81.40"],
      ["£60.00", "-£143.50", "-£2.10"],
      ["£120.00", "-£44.20", "£75.80"],
    ],
  ],
  [
    TRANSPORT,
    [
      ["£100.00", "-£70.00", "£30.00"],
      ["£90.00", "-£116.20", "£3.80"],
      ["£80.00", "-£70.00", "£13.80"],
    ],
  ],
  [
    HOUSEHOLD,
    [
      ["£30.00", "£0.00", "£30.00"],
      ["£0.00", "-£22.30", "£7.70"],
      ["£20.00", "-£18.49", "£9.21"],
    ],
  ],
  [
    VET,
    [
      ["£40.00", "£0.00", "£40.00"],
      ["£40.00", "-£64.30", "£15.70"],
      ["£40.00", "£0.00", "£55.70"],
    ],
  ],
  [
    CAT_FOOD,
    [
      ["£35.00", "-£32.99", "£2.01"],
      ["£35.00", "£0.00", "£37.01"],
      ["£0.00", "-£32.99", "£4.02"],
    ],
  ],
  [
    GIFTS,
    [
      ["£50.00", "£0.00", "£50.00"],
      ["£85.00", "-£132.00", "£3.00"],
      ["£25.00", "£0.00", "£28.00"],
    ],
  ],
  [
    "Savings Goals: Holiday Fund",
    [
      ["£1,000.00", "£0.00", "£1,000.00"],
      ["£200.00", "£0.00", "£1,200.00"],
      ["£200.00", "£0.00", "£1,400.00"],
    ],
  ],
  [
    "Savings Goals: Emergency Fund",
    [
      ["£150.00", "£0.00", "£150.00"],
      ["£100.00", "£0.00", "£250.00"],
      ["£100.00", "£0.00", "£350.00"],
    ],
  ],
];

/** The plan as YNAB writes it: a byte-order mark, the text quoted, the money not, each month's categories in the plan's order. */
function plan(lines: PlanLine[]): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const months = ["Sep 2026", "Oct 2026", "Nov 2026"];
  const rows = months.flatMap((month, m) =>
    lines.map(([combined, amounts]) => {
      const [group, category] = combined.split(": ");
      const [assigned, activity, available] = amounts[m]!;
      const money = (s: string) => (s.includes(",") ? q(s) : s);
      return [q(month), q(combined), q(group!), q(category!), money(assigned), money(activity), money(available)].join(",");
    }),
  );
  const header = ["Month", "Category Group/Category", "Category Group", "Category", "Assigned", "Activity", "Available"];
  return `\uFEFF${[header.map(q).join(","), ...rows].join("\n")}\n`;
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How much did I assign to groceries in October?", expect: ["450.00"] },
  { question: "How much did I spend on groceries in October?", expect: ["411.80"] },
  { question: "What did I spend at the vet?", expect: ["64.30"] },
  { question: "What was the memo on the £120 payment?", expect: ["Sam's birthday present"] },
  { question: "When did I pay the council tax in October?", expect: ["1 October"] },
  { question: "How much is left in the holiday fund?", expect: ["1,400.00"] },
  { question: "Which month did I overspend on eating out?", expect: ["October"] },
  { question: "How much did I pay off the Barclaycard in October?", expect: ["312.40"] },
  { question: "How much of the Tesco shop on 17 October was household stuff?", expect: ["22.30"] },
  { question: "How much was my salary in November?", expect: ["2,140.00"] },
  { question: "Where did I buy the train tickets to Manchester?", expect: ["Trainline"] },
  { question: "How much was the Octopus Energy bill in November?", expect: ["91.40"] },
  { question: "How much did I pay for car insurance?", expect: null },
  { question: "How much did I assign to the wedding fund?", expect: null },
  { question: "When did I pay for the gym?", expect: null },
];

/** Hannah: YNAB's export of her budget, unzipped and imported as the folder, asked on Monday 30 November 2026. */
export const envelope: Person = {
  name: "envelope",
  files: [
    { name: `${FOLDER}/${EXPORT} - Plan.csv`, text: plan(PLAN), mtime: Date.UTC(2026, 10, 28, 19, 42) },
    { name: `${FOLDER}/${EXPORT} - Register.csv`, text: register(REGISTER), mtime: Date.UTC(2026, 10, 28, 19, 42) },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 30, 19, 0),
  questions: QUESTIONS,
};
