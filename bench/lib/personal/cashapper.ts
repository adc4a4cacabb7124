/**
 * The cashapper: Tasha Greene, a dental hygienist in Brooklyn, New York, gets her paycheck into Cash App by
 * direct deposit and pays through it: her half of the rent and the Con Edison bill to her roommate Marcus
 * Webb, pizza Fridays and Knicks tickets to her friend Jess Alvarez, and her Cash Card at Trader Joe's, CVS,
 * Target and the subway; Dev Patel pays her back for concert tickets, a Boost takes a dollar off a coffee,
 * Target refunds a lamp she took back, and she buys $50.00 of bitcoin once. Before Cash App she kept her money
 * in Mint (a Chase checking account, a Freedom Unlimited card and a savings account linked), and she kept the
 * last export she took from it, in December 2025. On Sunday 29 November 2026 she exports her Cash App activity
 * (Activity → Statements → Export CSV) and imports her Money folder (`engram import Money`):
 *
 * - `Money/cash_app_report_1795990471000.csv`: Cash App's statement export, newest first, every cell quoted
 *   but some empty ones; the header `"Transaction ID","Date","Transaction Type","Currency","Amount","Fee",
 *   "Net Amount","Asset Type","Asset Price","Asset Amount","Status","Notes","Name of sender/receiver",
 *   "Account"`; "Transaction ID" Cash App's (six or seven letters and digits, `rmgsrz`); "Date" on the
 *   Eastern clock with its zone, `2026-11-03 18:42:07 EST` (EDT before 1 November); "Transaction Type" Sent
 *   P2P, Received P2P, Cash Card Debit, Direct Deposit, Boost Payment, Bitcoin Buy, Cash out; amounts signed
 *   with the dollar sign after the minus, `-$47.82`, `$1,612.40`, `$0`; "Fee" and "Net Amount" the fee (a
 *   Bitcoin buy's and an instant cash out's, negative) and the amount with it; a bitcoin buy's "Asset Type"
 *   BTC, "Asset Price" `$97,590.12` and "Asset Amount" `0.00051234`; "Status" PAYMENT SENT, PAYMENT
 *   DEPOSITED, CARD CHARGED, CARD REFUNDED, COMPLETE, TRANSFER SENT, CANCELED; "Notes" what a payment was for
 *   as its sender typed it ("rent 🏠 oct"), the merchant's line of a card payment ("TRADER JOE S #558"), or
 *   Cash App's own words ("Cash Reward", "purchase of BTC"); "Name of sender/receiver" the friend's or the
 *   employer's name; "Account" what paid ("Your Cash", the balance; "Visa Debit 0987", the Cash Card).
 * - `Money/Mint/transactions.csv`: Mint's export of all transactions (Transactions → Export all
 *   transactions), newest first, every cell quoted: `"Date","Description","Original Description","Amount",
 *   "Transaction Type","Category","Account Name","Labels","Notes"`; "Date" month first, the month without a
 *   leading zero, `12/05/2025`; "Description" Mint's clean name, "Original Description" the bank's line;
 *   "Amount" unsigned, `84.31`; "Transaction Type" debit or credit; "Category" Mint's or hers (Paycheck,
 *   Groceries, Utilities, Gym, Air Travel, Returned Purchase, Credit Card Payment, Transfer); "Account Name"
 *   the account as Mint names it ("TOTAL CHECKING", "Freedom Unlimited", "Savings"); "Labels" and "Notes"
 *   hers, mostly empty.
 *
 * Checked against public readers of both exports and their fixtures. Cash App: a CashApp-to-YNAB converter's
 * sample report and tests (the fourteen columns above, every cell quoted and some empty ones not; ids
 * `ywur7r`, `rmgsrz`, `kytpqv7`; `2023-10-06 19:56:39 EDT`; `Cash Card Debit` rows `-$2.90`, `$0` and
 * `CARD CHARGED` with the merchant "MTA*NYCT PAYGO" in Notes and no name; `Boost Payment` `$1` `CARD
 * REFUNDED` "Cash Reward"; `Sent P2P` `-$10` `PAYMENT SENT` with the name and no note; accounts "Visa Debit
 * 0987"), beancount-import's Cash App source ("Statements → Export CSV" on cash.app/account/activity; Sent
 * P2P, Received P2P and Cash out; the account "Your Cash" for the balance), BittyTax's Cash App parser (the
 * header; Received P2P, Cash in, Sent P2P, Cash out, Cash Card Debit, Bitcoin Buy, Boost Payment, Bitcoin
 * Boost, Bitcoin Withdrawal; EST and EDT; a negative Received P2P "PAYMENT REFUNDED"), a budget tool's
 * statuses (PAYMENT SENT, PAYMENT DEPOSITED, PAYMENT REVERSED, TRANSFER SENT), a bitcoin tracker's issue
 * quoting the Bitcoin CSV (`"Bitcoin Buy","USD","-$98.15","-$2.00","-$100.15","BTC","$61,071.57",
 * "0.00160713 BTC"`; PST and PDT; Bitcoin Sale, Deposit and Withdrawal) and a TokenTax converter run on a real
 * report (`cash_app_report_1760492693461.csv`; `2025-10-09 16:29:46 EDT`, "Bitcoin Recurring Buy", COMPLETE,
 * "purchase of BTC", an Asset Amount of plain digits). Not confirmed by a public file, and so written as the
 * statement's other rows are: a paycheck's type "Direct Deposit" (a newer report's converter names fiat
 * "Deposits") with its employer as the name and "COMPLETE", and a merchant's refund as a "Cash Card Debit" of
 * a positive amount "CARD REFUNDED" (the status a Boost's money back has). Mint: beancount-import's Mint
 * source (the nine columns exactly, `%m/%d/%Y`, debit or credit, no transaction id, rows keyed by account,
 * day, original description and amount) and its docs' row `"8/10/2016","Starbucks","STARBUCKS STORE
 * 12345","2.45","debit","Coffee Shops","My Credit Card","",""`, other importers' samples (`"8/31/2014","Trader
 * Joe's","VISA PURCHASE … TRADER JOE'S # 107 …","66.86","debit","Groceries","CHECKING ACCOUNT","",""`,
 * `"5/03/2023",…,"credit","Credit Card Payment","4676","",""`, `"1/16/2026","Paycheque","ACME CORP PAYROLL
 * DEP","2000.00","credit","Paycheck","Checking","",""`) and a Mint JavaScript importer reading `MM/dd/yyyy`.
 * Hand-written by the developers while trying Engram as its users would, in session 40, before Engram could
 * read either export (the first run's figures are in bench/README.md). With it, the questions such a person
 * asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

const FOLDER = "Money";
const CARD = "Visa Debit 0987";
const CASH = "Your Cash";
const MARCUS = "Marcus Webb";
const JESS = "Jess Alvarez";
const DEV = "Dev Patel";
const WORK = "Brightwater Dental Group";

/** A Cash App row: id, time (with its zone), type, amount, fee, net, asset type, asset price, asset amount, status, notes, name, account. */
type Row = [
  id: string,
  date: string,
  type: string,
  amount: string,
  fee: string,
  net: string,
  assetType: string,
  assetPrice: string,
  assetAmount: string,
  status: string,
  notes: string,
  name: string,
  account: string,
];

/** A payment sent to a friend from the balance, `amount` as "950" or "18.50". */
const sent = (id: string, date: string, amount: string, note: string, name: string): Row => [
  id,
  date,
  "Sent P2P",
  `-$${amount}`,
  "$0",
  `-$${amount}`,
  "",
  "",
  "",
  "PAYMENT SENT",
  note,
  name,
  CASH,
];

/** A payment from a friend into the balance. */
const received = (id: string, date: string, amount: string, note: string, name: string): Row => [
  id,
  date,
  "Received P2P",
  `$${amount}`,
  "$0",
  `$${amount}`,
  "",
  "",
  "",
  "PAYMENT DEPOSITED",
  note,
  name,
  CASH,
];

/** A Cash Card purchase at `merchant` (the card's line, as Cash App writes it in Notes). */
const card = (id: string, date: string, amount: string, merchant: string): Row => [
  id,
  date,
  "Cash Card Debit",
  `-$${amount}`,
  "$0",
  `-$${amount}`,
  "",
  "",
  "",
  "CARD CHARGED",
  merchant,
  "",
  CARD,
];

/** A paycheck by direct deposit. */
const paycheck = (id: string, date: string): Row => [
  id,
  date,
  "Direct Deposit",
  "$1,612.40",
  "$0",
  "$1,612.40",
  "",
  "",
  "",
  "COMPLETE",
  "BRIGHTWATER DENTAL PAYROLL",
  WORK,
  CASH,
];

/** Cash App's activity from 1 September to 29 November 2026, oldest first here (the file is newest first). */
const ROWS: Row[] = [
  paycheck("q4mz1t", "2026-09-04 05:12:44 EDT"),
  sent("k2r8xw", "2026-09-01 09:03:12 EDT", "950", "rent 🏠 sept", MARCUS),
  card("p9dd3a", "2026-09-06 17:20:51 EDT", "51.06", "TRADER JOE S #558"),
  card("w7ct0e", "2026-09-09 08:14:02 EDT", "2.90", "MTA*NYCT PAYGO"),
  paycheck("z1ha6y", "2026-09-18 05:09:30 EDT"),
  sent("c5ne2b", "2026-09-22 21:47:15 EDT", "38.75", "con ed 💡 aug+sept", MARCUS),
  paycheck("m8vu4r", "2026-10-02 05:11:08 EDT"),
  sent("h3sp9k", "2026-10-01 08:56:40 EDT", "950", "rent 🏠 oct", MARCUS),
  card("b6yq1l", "2026-10-04 16:02:37 EDT", "55.30", "TRADER JOE S #558"),
  card("r0gx7n", "2026-10-07 08:11:49 EDT", "2.90", "MTA*NYCT PAYGO"),
  // (Boost: a dollar off a coffee, given back to the card)
  card("u4jt8f", "2026-10-09 08:32:15 EDT", "5.75", "DEVOCION BROOKLYN"),
  ["tb2e5c", "2026-10-09 08:32:19 EDT", "Boost Payment", "$1", "$0", "$1", "", "", "", "CARD REFUNDED", "Cash Reward", "", CARD],
  received("x8wa3m", "2026-10-12 19:40:03 EDT", "65", "phoebe bridgers tix 🎟️", DEV),
  paycheck("f6kc0d", "2026-10-16 05:10:27 EDT"),
  sent("a1lo4v", "2026-10-16 23:18:52 EDT", "18.50", "pizza friday 🍕", JESS),
  // (a payment she cancelled: it never left)
  ["e9ry2s", "2026-10-19 10:05:33 EDT", "Sent P2P", "-$40", "$0", "-$40", "", "", "", "CANCELED", "dinner", JESS, CASH],
  [
    "n5gm7h",
    "2026-10-20 12:30:00 EDT",
    "Bitcoin Buy",
    "-$50.00",
    "-$0.88",
    "-$50.88",
    "BTC",
    "$97,590.12",
    "0.00051234",
    "COMPLETE",
    "purchase of BTC",
    "",
    CASH,
  ],
  sent("s3dj6u", "2026-10-23 20:11:46 EDT", "42.18", "con ed 💡 oct", MARCUS),
  card("g2bf9w", "2026-10-28 18:05:11 EDT", "34.99", "TARGET 00012345 BROOKLYN NY"),
  paycheck("v7ix3p", "2026-10-30 05:12:56 EDT"),
  ["j4ok1z", "2026-10-31 14:22:08 EDT", "Cash out", "-$300", "-$4.50", "-$304.50", "", "", "", "TRANSFER SENT", "", "", "Visa Debit 1230"],
  sent("y0uc5e", "2026-11-01 09:40:27 EST", "950", "rent 🏠 nov", MARCUS),
  card("d8pn2q", "2026-11-03 12:10:44 EST", "12.49", "CVS/PHARMACY #02217"),
  card("l6wh4t", "2026-11-03 18:42:07 EST", "47.82", "TRADER JOE S #558"),
  sent("i1ze7g", "2026-11-06 13:02:39 EST", "85", "knicks tix 🏀", JESS),
  ["o3qa8b", "2026-11-09 11:47:20 EST", "Cash Card Debit", "$34.99", "$0", "$34.99", "", "", "", "CARD REFUNDED", "TARGET 00012345 BROOKLYN NY", "", CARD],
  received("wq5t0x", "2026-11-10 22:30:14 EST", "23.60", "groceries", MARCUS),
  paycheck("c9ev6j", "2026-11-13 05:11:39 EST"),
  card("t2mr0h", "2026-11-14 08:09:58 EST", "2.90", "MTA*NYCT PAYGO"),
  card("h8sl3y", "2026-11-17 19:26:33 EST", "62.15", "TRADER JOE S #558"),
  sent("ro4k2n", "2026-11-20 21:55:02 EST", "39.90", "con ed 💡 nov", MARCUS),
  paycheck("b0gy8c", "2026-11-27 05:10:12 EST"),
];

/** A Cash App cell: quoted, as its report writes every cell (an empty asset cell of a payment left bare, as some are). */
function cell(value: string, i: number, row: Row): string {
  if (!value && (i === 6 || i === 8) && row[2].endsWith("P2P")) return "";
  return `"${value.replace(/"/g, '""')}"`;
}

/** Cash App's statement export: its header, then each row, newest first. */
function cashApp(rows: Row[]): string {
  const header = [
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
  ];
  const ordered = [...rows].sort((a, b) => (a[1] < b[1] ? 1 : -1));
  const line = (r: Row) => [r[0], r[1], r[2], "USD", ...r.slice(3)].map((v, i) => cell(v, i > 3 ? i - 1 : i, r)).join(",");
  return `${[header.map((h) => `"${h}"`).join(","), ...ordered.map(line)].join("\n")}\n`;
}

/** A Mint row: day (M/DD/YYYY), description, original description, amount, debit or credit, category, account, labels, notes. */
type MintRow = [
  day: string,
  description: string,
  original: string,
  amount: string,
  type: string,
  category: string,
  account: string,
  labels: string,
  notes: string,
];

const CHECKING = "TOTAL CHECKING";
const FREEDOM = "Freedom Unlimited";
const SAVINGS = "Savings";

/** A debit in Mint. */
const debit = (day: string, description: string, original: string, amount: string, category: string, account: string, notes = ""): MintRow => [
  day,
  description,
  original,
  amount,
  "debit",
  category,
  account,
  "",
  notes,
];

/** Mint's transactions, October to the export on 14 December 2025, oldest first here (the file is newest first). */
const MINT: MintRow[] = [
  ["10/03/2025", "Greenpoint Climbing", "GREENPOINT CLIMBING LLC PAYROLL PPD ID: 9111111101", "1482.16", "credit", "Paycheck", CHECKING, "", ""],
  debit("10/01/2025", "Parkside Realty", "PARKSIDE REALTY WEB PMT", "1875.00", "Rent", CHECKING),
  debit("10/06/2025", "Blink Fitness", "BLINK FITNESS 0114 BROOKLYN NY", "29.99", "Gym", FREEDOM),
  debit("10/11/2025", "Key Food", "KEY FOOD #1124 BROOKLYN NY", "64.20", "Groceries", FREEDOM),
  debit("10/15/2025", "Con Edison", "CON ED OF NY INTELL CK", "78.62", "Utilities", CHECKING),
  ["10/17/2025", "Greenpoint Climbing", "GREENPOINT CLIMBING LLC PAYROLL PPD ID: 9111111101", "1482.16", "credit", "Paycheck", CHECKING, "", ""],
  debit("10/20/2025", "Transfer to Savings", "ONLINE TRANSFER TO SAV ...4410", "200.00", "Transfer", CHECKING),
  ["10/20/2025", "Transfer from Checking", "ONLINE TRANSFER FROM CHK ...8841", "200.00", "credit", "Transfer", SAVINGS, "", ""],
  debit("10/24/2025", "Best Buy", "BEST BUY 00006247 BROOKLYN NY", "179.99", "Electronics & Software", FREEDOM, "sony noise cancelling headphones"),
  ["10/31/2025", "Greenpoint Climbing", "GREENPOINT CLIMBING LLC PAYROLL PPD ID: 9111111101", "1482.16", "credit", "Paycheck", CHECKING, "", ""],
  debit("11/01/2025", "Parkside Realty", "PARKSIDE REALTY WEB PMT", "1875.00", "Rent", CHECKING),
  debit("11/06/2025", "Blink Fitness", "BLINK FITNESS 0114 BROOKLYN NY", "29.99", "Gym", FREEDOM),
  ["11/07/2025", "Best Buy", "BEST BUY 00006247 BROOKLYN NY", "179.99", "credit", "Returned Purchase", FREEDOM, "", "returned the headphones, too tight"],
  debit("11/08/2025", "Key Food", "KEY FOOD #1124 BROOKLYN NY", "58.47", "Groceries", FREEDOM),
  ["11/14/2025", "Greenpoint Climbing", "GREENPOINT CLIMBING LLC PAYROLL PPD ID: 9111111101", "1482.16", "credit", "Paycheck", CHECKING, "", ""],
  debit("11/17/2025", "Con Edison", "CON ED OF NY INTELL CK", "84.31", "Utilities", CHECKING),
  debit("11/19/2025", "Delta", "DELTA AIR 0062345678901 ATLANTA GA", "412.60", "Air Travel", FREEDOM, "flights home to Atlanta for xmas, 22-29 dec"),
  debit("11/22/2025", "Chase Credit Card", "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224", "654.38", "Credit Card Payment", CHECKING),
  ["11/22/2025", "Payment Thank You", "AUTOMATIC PAYMENT - THANK", "654.38", "credit", "Credit Card Payment", FREEDOM, "", ""],
  ["11/28/2025", "Greenpoint Climbing", "GREENPOINT CLIMBING LLC PAYROLL PPD ID: 9111111101", "1482.16", "credit", "Paycheck", CHECKING, "", ""],
  debit("12/01/2025", "Parkside Realty", "PARKSIDE REALTY WEB PMT", "1875.00", "Rent", CHECKING),
  debit("12/06/2025", "Blink Fitness", "BLINK FITNESS 0114 BROOKLYN NY", "29.99", "Gym", FREEDOM),
  debit("12/09/2025", "Key Food", "KEY FOOD #1124 BROOKLYN NY", "71.85", "Groceries", FREEDOM),
  ["12/12/2025", "Greenpoint Climbing", "GREENPOINT CLIMBING LLC PAYROLL PPD ID: 9111111101", "1482.16", "credit", "Paycheck", CHECKING, "", ""],
  debit("12/12/2025", "Con Edison", "CON ED OF NY INTELL CK", "91.47", "Utilities", CHECKING),
  ["12/13/2025", "Interest Payment", "INTEREST PAYMENT", "0.42", "credit", "Interest Income", SAVINGS, "", ""],
];

/** The month and day of a Mint row, to order them ("12/05/2025" → "2025-12-05"). */
function isoOf(day: string): string {
  const [m, d, y] = day.split("/");
  return `${y}-${m!.padStart(2, "0")}-${d}`;
}

/** Mint's export: every cell quoted, the header first, newest first. */
function mint(rows: MintRow[]): string {
  const header = ["Date", "Description", "Original Description", "Amount", "Transaction Type", "Category", "Account Name", "Labels", "Notes"];
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const ordered = rows.map((r, i) => ({ r, i })).sort((a, b) => (isoOf(a.r[0]) === isoOf(b.r[0]) ? b.i - a.i : isoOf(a.r[0]) < isoOf(b.r[0]) ? 1 : -1));
  return `${[header.map(q).join(","), ...ordered.map(({ r }) => r.map(q).join(","))].join("\n")}\n`;
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How much did I send Marcus for rent in October?", expect: ["950.00"] },
  { question: "When did I last get paid?", expect: ["27 November"] },
  { question: "What did I pay Jess for?", expect: ["pizza friday", "knicks"] },
  { question: "How much did I spend at Trader Joe's in November?", expect: ["47.82", "62.15"] },
  { question: "What did I buy on 3 November?", expect: ["Trader Joe", "CVS"] },
  { question: "How much bitcoin did I buy?", expect: ["50.00"] },
  { question: "When did Target refund me?", expect: ["9 November"] },
  { question: "Who paid me back for the concert tickets?", expect: ["Dev"] },
  { question: "How much were the flights home for Christmas last year?", expect: ["412.60"] },
  { question: "How much was my Con Edison bill in December 2025?", expect: ["91.47"] },
  { question: "What did Best Buy refund me for?", expect: ["headphones"] },
  { question: "How much did I pay for the gym each month last year?", expect: ["29.99"] },
  { question: "How much did I spend on my car?", expect: null },
  { question: "When did I sell my bitcoin?", expect: null },
  { question: "How much did I pay for the Airbnb in Montauk?", expect: null },
];

/** Tasha: Cash App's statement export and Mint's last export, in one folder, asked on Monday 30 November 2026. */
export const cashapper: Person = {
  name: "cashapper",
  files: [
    { name: `${FOLDER}/Mint/transactions.csv`, text: mint(MINT), mtime: Date.UTC(2025, 11, 14, 15, 3) },
    { name: `${FOLDER}/cash_app_report_1795990471000.csv`, text: cashApp(ROWS), mtime: Date.UTC(2026, 10, 29, 22, 14, 31) },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 30, 19, 0),
  questions: QUESTIONS,
};
