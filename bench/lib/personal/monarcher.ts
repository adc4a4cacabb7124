/**
 * The monarcher: Dana Ortiz and her husband Marcus, in Portland, Oregon, keep their household budget in
 * Monarch Money (their joint checking, Dana's Chase Sapphire, Marcus's Amex Gold and a high-yield savings
 * account, each linked), after a year in Copilot Money that they left at the end of September. They type a
 * note on what they want to remember ("new brakes and rotors", "returned the tent"), tag a long weekend in
 * Bend, a car repair, a refund and Thanksgiving, and Monarch says whose each transaction is (its Owner:
 * "Shared", "Dana Ortiz", "Marcus Ortiz"). On Sunday 29 November 2026 Dana downloads their transactions
 * (Monarch's Transactions page → the download button; an account's page → Edit → Download transactions) and
 * the accounts' balance history, saves them into a Money folder beside the last export she took from Copilot
 * (Settings → Export) before they switched, and imports the folder (`engram import Money`):
 *
 * - `Money/Monarch/transactions-1764444712.csv`: the header `Date,Merchant,Category,Account,Original
 *   Statement,Notes,Amount,Tags,Owner`, a row per transaction, newest first; the day `2026-11-27` (ISO, no
 *   time); "Merchant" Monarch's clean name, "Original Statement" the bank's line ("TRADER JOE S #145
 *   PORTLAND OR"); "Category" Monarch's or theirs ("Groceries", "Paychecks", "Credit Card Payment",
 *   "Transfer"); "Account" the account as Monarch names it, its last digits after it ("Joint Checking
 *   (...4688)"); "Amount" signed, negative for spending, plain digits (`-1186.40`, `3412.58`); "Tags" the
 *   tags joined by commas, quoted when there are two; "Owner" "Shared" or the partner's name. A card's
 *   payment is two rows: negative in the checking account, positive in the card's.
 * - `Money/Monarch/balances-1764444719.csv`: `Date,Balance,Account`, a row per account per day (signed: a
 *   card's balance owed is negative), oldest first.
 * - `Money/Copilot/transactions.csv`: Copilot's export, every cell quoted, the header `"date","name",
 *   "amount","status","category","parent category","excluded","tags","type","account","account mask",
 *   "note","recurring"`; "amount" positive for spending and negative for money in; "status" posted or
 *   pending; "excluded" true or false; "type" regular, income or internal transfer; "account mask" the
 *   account's last four digits; "recurring" the recurring's frequency where Copilot found one.
 *
 * Checked against public readers of both exports and their fixtures: Monarch's header in importers'
 * parsers and tests (the eight columns above, later exports adding "Owner", then "Reviewed" and an "Id" of
 * 18 digits; ISO days `2026-04-18`; signed plain amounts `-36.05`, `4250.00`, `-5000`, a quoted `"-80.00"`;
 * tags `"shared,s50"` joined by commas, as a Mint converter splits them; accounts "Gray's Amex Gold Card
 * (...2003)", "CHECKING (...4688)", "Michelle's Sapphire Reserve (...1041)"; Owner "Shared" or a name; a
 * card's payment positive in the card and negative in the account paying it), Monarch's help on importing
 * and downloading (the columns, positive for income and negative for expenses) and on balance history
 * (a row per day), and importers' balance files `Date,Balance,Account` (`2025-10-15,-1968.80,American
 * Express Gold Card (...3008)`); Copilot's header in importers' parsers, tests and an SDK that reads it
 * (every cell quoted in its header there; `2026-01-21,Mcdonald's,9.63,posted,Restaurants,Food & Drink,false,,
 * regular,Apple Card,,,`; "Copilot uses positive for expenses, negative for income"; types regular, income
 * and internal transfer, Copilot's help on its three transaction types, a refund a regular transaction;
 * pending and posted; "monthly" and "weekly" in "recurring"), and "Settings → Export" as a tutorial gives it.
 * The files' names are not known for certain (importers name Monarch's download "monarch-transactions-…",
 * others "transactions"): Engram tells both by their headers. Hand-written by the developers while trying
 * Engram as its users would, in session 39, before Engram could read either export (the first run's
 * figures are in bench/README.md). With it, the questions such a person asks later and the words a right
 * answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

const FOLDER = "Money";
const CHECKING = "Joint Checking (...4688)";
const SAPPHIRE = "Dana's Sapphire Preferred (...1041)";
const AMEX = "Marcus's Amex Gold (...2003)";
const SAVINGS = "High Yield Savings (...7710)";
const SHARED = "Shared";
const DANA = "Dana Ortiz";
const MARCUS = "Marcus Ortiz";

/** A Monarch row: day (YYYY-MM-DD), merchant, category, account, original statement, notes, amount (signed), tags, owner. */
type Row = [day: string, merchant: string, category: string, account: string, statement: string, notes: string, amount: string, tags: string, owner: string];

/** Spending: `amount` as a positive number of dollars, written negative as Monarch writes it. */
const spent = (
  day: string,
  merchant: string,
  category: string,
  account: string,
  statement: string,
  amount: string,
  notes = "",
  tags = "",
  owner = SHARED,
): Row => [day, merchant, category, account, statement, notes, `-${amount}`, tags, owner];

/** A card's payment from the joint checking: both rows, as Monarch writes them. */
const cardPayment = (day: string, card: string, amount: string): Row[] =>
  card === SAPPHIRE
    ? [
        [day, "Chase Credit Card", "Credit Card Payment", CHECKING, "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224", "", `-${amount}`, "", SHARED],
        [day, "Payment Thank You", "Credit Card Payment", card, "AUTOMATIC PAYMENT - THANK", "", amount, "", SHARED],
      ]
    : [
        [day, "American Express", "Credit Card Payment", CHECKING, "AMEX EPAYMENT ACH PMT", "", `-${amount}`, "", SHARED],
        [day, "Online Payment Thank You", "Credit Card Payment", card, "ONLINE PAYMENT - THANK YOU", "", amount, "", SHARED],
      ];

/** A paycheck into the joint checking. */
const pay = (day: string, who: string, amount: string): Row =>
  who === MARCUS
    ? [day, "Nike", "Paychecks", CHECKING, "NIKE INC PAYROLL PPD ID: 1930657481", "", amount, "", MARCUS]
    : [day, "Providence Health & Services", "Paychecks", CHECKING, "PROVIDENCE HEALTH DIR DEP", "", amount, "", DANA];

const ROWS: Row[] = [
  // (October 2026, the first month in Monarch)
  spent("2026-10-01", "Rocket Mortgage", "Mortgage", CHECKING, "ROCKET MORTGAGE PAYMENT", "2145.00"),
  pay("2026-10-02", MARCUS, "3412.58"),
  ["2026-10-03", "Transfer to High Yield Savings", "Transfer", CHECKING, "ONLINE TRANSFER TO SAV XXXXXX7710", "", "-500.00", "", SHARED],
  ["2026-10-03", "Transfer from Joint Checking", "Transfer", SAVINGS, "ONLINE TRANSFER FROM CHK XXXXXX4688", "", "500.00", "", SHARED],
  spent("2026-10-04", "Trader Joe's", "Groceries", SAPPHIRE, "TRADER JOE S #145 PORTLAND OR", "84.12"),
  spent("2026-10-05", "REI", "Shopping", SAPPHIRE, "REI #11 PORTLAND OR", "349.95", "2-person tent for the Bend trip", "Bend trip", DANA),
  spent(
    "2026-10-08",
    "Airbnb",
    "Travel & Vacation",
    SAPPHIRE,
    "AIRBNB * HMQ4X2ZT9P",
    "642.18",
    "Cabin in Bend for the long weekend, 9-12 Oct. Sam and Priya are paying us back half",
    "Bend trip",
  ),
  pay("2026-10-09", DANA, "2890.40"),
  spent("2026-10-09", "Chevron", "Gas", AMEX, "CHEVRON 0207583 SANDY OR", "58.30", "", "Bend trip", MARCUS),
  spent("2026-10-10", "Deschutes Brewery", "Restaurants & Bars", AMEX, "DESCHUTES BREWERY BEND OR", "96.45", "Dinner with Sam and Priya", "Bend trip", MARCUS),
  spent("2026-10-11", "New Seasons Market", "Groceries", SAPPHIRE, "NEW SEASONS MARKET #07 PORTLAND OR", "112.37"),
  spent("2026-10-12", "Netflix", "Entertainment & Recreation", SAPPHIRE, "NETFLIX.COM LOS GATOS CA", "22.99"),
  spent("2026-10-14", "Portland General Electric", "Gas & Electric", CHECKING, "PORTLAND GENERAL ELECTRIC WEB PMT", "118.62"),
  [
    "2026-10-14",
    "Sam Keller",
    "Travel & Vacation",
    CHECKING,
    "VENMO CASHOUT PPD ID: 5264681992",
    "Sam and Priya's half of the Bend cabin",
    "321.09",
    "Bend trip",
    SHARED,
  ],
  spent("2026-10-15", "NW Natural", "Gas & Electric", CHECKING, "NW NATURAL GAS CO WEB PMT", "42.10"),
  pay("2026-10-16", MARCUS, "3412.58"),
  spent("2026-10-17", "Costco", "Groceries", AMEX, "COSTCO WHSE #0008 PORTLAND OR", "236.54", "Big freezer shop and the Halloween candy", "", MARCUS),
  spent("2026-10-18", "Trader Joe's", "Groceries", AMEX, "TRADER JOE S #145 PORTLAND OR", "61.40", "", "", MARCUS),
  spent("2026-10-20", "Xfinity", "Internet & Cable", CHECKING, "COMCAST XFINITY WEB PMT", "79.99"),
  spent(
    "2026-10-21",
    "Alberta Family Dental",
    "Dentist",
    SAPPHIRE,
    "ALBERTA FAMILY DENTAL PORTLAND OR",
    "185.00",
    "My cleaning and X-rays; the insurance paid the rest",
    "",
    DANA,
  ),
  ...cardPayment("2026-10-22", SAPPHIRE, "1412.66"),
  pay("2026-10-23", DANA, "2890.40"),
  spent("2026-10-24", "Powell's Books", "Shopping", SAPPHIRE, "POWELLS BURNSIDE PORTLAND OR", "38.95", "Birthday book for Marcus's mum", "", DANA),
  spent("2026-10-25", "Safeway", "Groceries", AMEX, "SAFEWAY #1467 PORTLAND OR", "47.89", "", "", MARCUS),
  ...cardPayment("2026-10-26", AMEX, "684.20"),
  spent(
    "2026-10-27",
    "Hawthorne Auto Service",
    "Auto Maintenance",
    CHECKING,
    "HAWTHORNE AUTO SERVICE PORTLAND OR",
    "1186.40",
    "New brakes and rotors, front and back, on the Subaru",
    "Car repair",
  ),
  ["2026-10-31", "Interest", "Interest", SAVINGS, "INTEREST PAYMENT", "", "14.22", "", SHARED],
  // (November 2026, to the day of the export)
  spent("2026-11-01", "Rocket Mortgage", "Mortgage", CHECKING, "ROCKET MORTGAGE PAYMENT", "2145.00"),
  spent("2026-11-01", "Trader Joe's", "Groceries", SAPPHIRE, "TRADER JOE S #145 PORTLAND OR", "73.25"),
  ["2026-11-03", "Transfer to High Yield Savings", "Transfer", CHECKING, "ONLINE TRANSFER TO SAV XXXXXX7710", "", "-500.00", "", SHARED],
  ["2026-11-03", "Transfer from Joint Checking", "Transfer", SAVINGS, "ONLINE TRANSFER FROM CHK XXXXXX4688", "", "500.00", "", SHARED],
  pay("2026-11-06", MARCUS, "3412.58"),
  spent("2026-11-08", "Spotify", "Entertainment & Recreation", AMEX, "SPOTIFY USA", "16.99", "", "", MARCUS),
  spent("2026-11-10", "Chevron", "Gas", AMEX, "CHEVRON 0094412 PORTLAND OR", "52.15", "", "", MARCUS),
  ["2026-11-11", "REI", "Shopping", SAPPHIRE, "REI #11 PORTLAND OR", "Returned the tent, it was too small for the two of us", "349.95", "Refund", DANA],
  spent("2026-11-12", "Netflix", "Entertainment & Recreation", SAPPHIRE, "NETFLIX.COM LOS GATOS CA", "22.99"),
  pay("2026-11-13", DANA, "2890.40"),
  spent("2026-11-13", "Portland General Electric", "Gas & Electric", CHECKING, "PORTLAND GENERAL ELECTRIC WEB PMT", "142.87"),
  spent("2026-11-15", "Trader Joe's", "Groceries", AMEX, "TRADER JOE S #145 PORTLAND OR", "91.08", "", "", MARCUS),
  spent("2026-11-16", "NW Natural", "Gas & Electric", CHECKING, "NW NATURAL GAS CO WEB PMT", "67.35"),
  spent(
    "2026-11-19",
    "Alaska Airlines",
    "Travel & Vacation",
    SAPPHIRE,
    "ALASKA AIR 0272158860934 SEATTLE WA",
    "486.40",
    "Flights to Denver for Christmas at Mom's, 23-28 Dec",
    "Christmas",
    DANA,
  ),
  pay("2026-11-20", MARCUS, "3412.58"),
  spent("2026-11-20", "Xfinity", "Internet & Cable", CHECKING, "COMCAST XFINITY WEB PMT", "79.99"),
  spent("2026-11-22", "Trader Joe's", "Groceries", SAPPHIRE, "TRADER JOE S #145 PORTLAND OR", "58.60"),
  ...cardPayment("2026-11-22", SAPPHIRE, "1167.14"),
  spent(
    "2026-11-24",
    "New Seasons Market",
    "Groceries",
    SAPPHIRE,
    "NEW SEASONS MARKET #07 PORTLAND OR",
    "168.43",
    "Thanksgiving groceries, the turkey from the butcher counter",
    "Thanksgiving",
  ),
  ...cardPayment("2026-11-25", AMEX, "512.77"),
  pay("2026-11-27", DANA, "2890.40"),
];

/** A CSV cell as Monarch writes it: quoted only when it holds a comma, a quote or a line break. */
function cell(s: string): string {
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The transactions' download: the header, then each row, newest first (a day's rows as they came). */
function transactions(rows: Row[]): string {
  const ordered = rows.map((r, i) => ({ r, i })).sort((a, b) => (a.r[0] === b.r[0] ? b.i - a.i : a.r[0] < b.r[0] ? 1 : -1));
  const header = "Date,Merchant,Category,Account,Original Statement,Notes,Amount,Tags,Owner";
  return `${[header, ...ordered.map(({ r }) => r.map(cell).join(","))].join("\n")}\n`;
}

/** Each account's balance at the end of 30 September 2026, in cents (a card's owed, negative). */
const OPENING: Record<string, number> = { [CHECKING]: 412_633, [SAPPHIRE]: -141_266, [AMEX]: -68_420, [SAVINGS]: 1_850_000 };

/** The balance of each account at each day's end from 1 October to 29 November 2026, in cents. */
function balances(rows: Row[]): Array<[day: string, account: string, cents: number]> {
  const held = { ...OPENING };
  const out: Array<[string, string, number]> = [];
  for (let at = Date.UTC(2026, 9, 1); at <= Date.UTC(2026, 10, 29); at += 86_400_000) {
    const day = new Date(at).toISOString().slice(0, 10);
    for (const r of rows.filter((x) => x[0] === day)) held[r[3]] = held[r[3]]! + Math.round(Number(r[6]) * 100);
    for (const account of [CHECKING, SAPPHIRE, AMEX, SAVINGS]) out.push([day, account, held[account]!]);
  }
  return out;
}

/** Cents as the balance file writes them: "6204.17", "-1412.66". */
const plain = (cents: number) => `${cents < 0 ? "-" : ""}${(Math.abs(cents) / 100).toFixed(2)}`;

/** Cents as a right answer says them: "6,204.17". */
const said = (cents: number) => (Math.abs(cents) / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const BALANCES = balances(ROWS);
const balanceOn = (day: string, account: string) => BALANCES.find(([d, a]) => d === day && a === account)![2];

/** The balance history's download: `Date,Balance,Account`, oldest first. */
function balanceFile(): string {
  return `${["Date,Balance,Account", ...BALANCES.map(([d, a, c]) => [d, plain(c), a].map(cell).join(","))].join("\n")}\n`;
}

/** A Copilot row: date, name, amount (positive spent), status, category, parent category, excluded, tags, type, account, mask, note, recurring. */
type CopilotRow = [string, string, string, string, string, string, string, string, string, string, string, string, string];

const CP_CHECKING = ["Joint Checking", "4688"] as const;
const CP_SAPPHIRE = ["Sapphire Preferred", "1041"] as const;
const CP_AMEX = ["Amex Gold", "2003"] as const;

/** A Copilot transaction: spent (positive) or in (negative) as Copilot writes it. */
const cp = (
  date: string,
  name: string,
  amount: string,
  category: string,
  parent: string,
  account: readonly [string, string],
  extra: { type?: string; note?: string; tags?: string; recurring?: string; status?: string; excluded?: boolean } = {},
): CopilotRow => [
  date,
  name,
  amount,
  extra.status ?? "posted",
  category,
  parent,
  extra.excluded ? "true" : "false",
  extra.tags ?? "",
  extra.type ?? "regular",
  account[0],
  account[1],
  extra.note ?? "",
  extra.recurring ?? "",
];

/** The last export from Copilot, September 2026, newest first. */
const COPILOT: CopilotRow[] = [
  cp("2026-09-30", "Lardo", "41.20", "Restaurants", "Food & Drink", CP_AMEX, { status: "pending" }),
  cp("2026-09-29", "Amazon", "-34.99", "Shopping", "Shopping", CP_SAPPHIRE, { note: "Returned the phone case" }),
  cp("2026-09-27", "Providence Park", "180.00", "Entertainment", "Fun", CP_SAPPHIRE, {
    note: "Timbers vs Sounders tickets, with Dad",
    tags: "Birthday",
  }),
  cp("2026-09-25", "Chase Credit Card Payment", "1204.17", "Credit Card Payment", "Transfers", CP_CHECKING, {
    type: "internal transfer",
    excluded: true,
  }),
  cp("2026-09-25", "Providence Health & Services", "-2890.40", "Paycheck", "Income", CP_CHECKING, { type: "income" }),
  cp("2026-09-22", "Jiffy Lube", "89.99", "Car Maintenance", "Car", CP_AMEX, { note: "Oil change before the winter" }),
  cp("2026-09-18", "Nike", "-3412.58", "Paycheck", "Income", CP_CHECKING, { type: "income" }),
  cp("2026-09-15", "Portland General Electric", "96.14", "Utilities", "Bills", CP_CHECKING, { recurring: "monthly" }),
  cp("2026-09-13", "Trader Joe's", "79.33", "Groceries", "Food & Drink", CP_SAPPHIRE),
  cp("2026-09-12", "Netflix", "22.99", "Subscriptions", "Bills", CP_SAPPHIRE, { recurring: "monthly" }),
  cp("2026-09-06", "New Seasons Market", "104.56", "Groceries", "Food & Drink", CP_AMEX),
  cp("2026-09-01", "Rocket Mortgage", "2145.00", "Mortgage", "Home", CP_CHECKING, { recurring: "monthly" }),
];

/** Copilot's export: every cell quoted, the header first. */
function copilotFile(rows: CopilotRow[]): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const header = [
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
  return `${[header.map(q).join(","), ...rows.map((r) => r.map(q).join(","))].join("\n")}\n`;
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How much did we spend at Trader Joe's in October?", expect: ["84.12", "61.40"] },
  { question: "What did the car repair cost?", expect: ["1,186.40"] },
  { question: "When did the refund from REI come in?", expect: ["11 November"] },
  { question: "Which account did I pay the dentist from?", expect: ["Sapphire"] },
  { question: "What did I note about the Airbnb in Bend?", expect: ["Sam and Priya"] },
  { question: "How much did Sam pay us back for the Bend cabin?", expect: ["321.09"] },
  { question: "How much was the Portland General Electric bill in November?", expect: ["142.87"] },
  { question: "How much was Marcus's paycheck from Nike?", expect: ["3,412.58"] },
  { question: "How much was in our joint checking at the end of October?", expect: [said(balanceOn("2026-10-31", CHECKING))] },
  { question: "How much did the Timbers tickets cost?", expect: ["180.00"] },
  { question: "What did we spend on the Thanksgiving groceries?", expect: ["168.43"] },
  { question: "When did we book the flights to Denver?", expect: ["19 November"] },
  { question: "How much did we pay for daycare?", expect: null },
  { question: "When did we pay the property tax?", expect: null },
  { question: "How much did we spend at Whole Foods?", expect: null },
];

/** Dana: Monarch's transactions and balances and Copilot's last export, in one folder, asked on Monday 30 November 2026. */
export const monarcher: Person = {
  name: "monarcher",
  files: [
    { name: `${FOLDER}/Copilot/transactions.csv`, text: copilotFile(COPILOT), mtime: Date.UTC(2026, 8, 30, 21, 5) },
    { name: `${FOLDER}/Monarch/balances-1764444719.csv`, text: balanceFile(), mtime: Date.UTC(2026, 10, 29, 19, 31) },
    { name: `${FOLDER}/Monarch/transactions-1764444712.csv`, text: transactions(ROWS), mtime: Date.UTC(2026, 10, 29, 19, 31) },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 30, 19, 0),
  questions: QUESTIONS,
};
