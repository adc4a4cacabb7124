/**
 * The banker: Jess, in Bristol, banks with Monzo (a current account with pots, the Lisbon pot and the
 * coin jar) and takes a Revolut card abroad. On 28 November 2026 she exports both into her Downloads
 * folder and imports the folder (`engram import Downloads`):
 *
 * - Monzo (Account → Export transactions → CSV: `MonzoDataExport_Alltime_2026-11-28_201455.csv`): a row
 *   per transaction, oldest first, the header `Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,
 *   Currency,Local amount,Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money
 *   Out,Money In`; the id `tx_0000…`, the day `03/10/2026` and the time `09:12:44` on the UK clock; Type
 *   "Card payment", "Faster payment", "Direct Debit", "Bacs (Direct Credit)", "Monzo-to-Monzo", "Pot
 *   transfer"; Name the merchant, the person or the pot ("Lisbon Pot", "Coin Jar Pot"); the category in
 *   words ("Eating out", "Personal care"); the amount signed, in pounds, with the card's own currency in
 *   "Local amount" ("-9.98" "USD"); "Notes and #tags" what the user typed, or a transfer's reference (which
 *   "Description" holds too); "Description" the card's raw merchant line ("TESCO STORES 2931 BRISTOL
 *   GBR"); "Money Out" negative, "Money In" positive; a refund a card payment with a positive amount; a
 *   card check at 0.00; a round-up a pot transfer described "Round up"; a cell with a comma quoted.
 * - Revolut (Statement → Excel/CSV: `account-statement_2026-09-01_2026-11-28_en-gb_7c41d2.csv`): the
 *   header `Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance`, the
 *   pounds' rows, then the euros' (a block per currency); times `2026-10-05 19:03:40`; Type "Topup",
 *   "Exchange", "Card Payment", "Card Refund", "ATM", "Transfer"; an exchange a row in each currency,
 *   both "Exchanged to EUR"; the fee apart, positive; State COMPLETED, PENDING (no completed date, no
 *   balance), REVERTED and DECLINED (no balance).
 *
 * Checked against public readers of the two exports: Monzo's rows of a 2019–2021 statement (tx_00009…,
 * "Pot transfer,COIN JAR Pot", "Round up", a refund as a positive card payment, Money Out negative), a
 * 2022 export's rows ("Monzo-to-Monzo", "Active card check" at 0.00, a faster payment's reference in both
 * "Notes and #tags" and "Description"), importers' fixtures (a foreign card payment "-7.44,GBP,-9.98,USD",
 * "Bacs (Direct Credit)", "Direct Debit", a quoted address), the file names MonzoDataExport_Alltime_…
 * and account-statement_…_en-gb_….csv; Revolut's rows in importers' tests (Card Payment, Topup, Exchange
 * "Exchanged to EUR" in both currencies, Card Refund, ATM with a fee, "Apple Pay top-up by *1234",
 * "Payment from …", "To …", REVERTED and PENDING rows with no completed date or balance, older exports'
 * CARD_PAYMENT). Hand-written by the developers while trying Engram as its users would, in session 36,
 * before Engram could read a bank's export (the first run's figures are in bench/README.md). With it, the
 * questions such a person asks later and the words a right answer holds, and questions nothing here
 * answers.
 */
import { MONZO_COLUMNS, REVOLUT_COLUMNS } from "../../../core/ingest/money/bank.js";
import type { Person } from "./types.js";

const FOLDER = "Downloads";
/** When the exports were made (their files' modification time). */
const EXPORTED = Date.UTC(2026, 10, 28, 20, 14);

/** A CSV line: a cell with a comma, a quote or a line break quoted (its quotes doubled), the others bare. */
function line(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
}

/** A Monzo transaction: id, day, time, type, name, emoji, category, amount in pounds, and what else it has. */
interface MonzoRow {
  id: string;
  day: string;
  time: string;
  type: string;
  name: string;
  emoji?: string;
  category: string;
  amount: string;
  local?: [amount: string, currency: string];
  notes?: string;
  address?: string;
  description?: string;
}

/** A row as Monzo writes it: the local amount the pounds' unless paid in another currency, Money Out or Money In by the sign. */
function monzoLine(r: MonzoRow): string {
  const out = r.amount.startsWith("-");
  const [localAmount, localCurrency] = r.local ?? [r.amount, "GBP"];
  return line([
    r.id,
    r.day,
    r.time,
    r.type,
    r.name,
    r.emoji ?? "",
    r.category,
    r.amount,
    "GBP",
    localAmount,
    localCurrency,
    r.notes ?? "",
    r.address ?? "",
    "",
    r.description ?? "",
    "",
    out || r.amount === "0.00" ? r.amount : "",
    out || r.amount === "0.00" ? "" : r.amount,
  ]);
}

const MONZO: MonzoRow[] = [
  {
    id: "tx_0000AqB4wZ1kP9cR2sT3uV",
    day: "01/09/2026",
    time: "06:12:40",
    type: "Direct Debit",
    name: "PureGym",
    emoji: "🏋️",
    category: "Personal care",
    amount: "-24.99",
    description: "PUREGYM LTD",
  },
  {
    id: "tx_0000AqB4xY7mQ2dS5tU8wX",
    day: "01/09/2026",
    time: "06:12:41",
    type: "Direct Debit",
    name: "Bristol City Council",
    emoji: "🏛️",
    category: "Bills",
    amount: "-156.00",
    description: "BRISTOL CITY COUNCIL CTAX 40021337",
  },
  {
    id: "tx_0000AqD9aB3cD4eF5gH6iJ",
    day: "04/09/2026",
    time: "18:40:02",
    type: "Faster payment",
    name: "Sparkle Window Cleaning",
    category: "Bills",
    amount: "-18.00",
    notes: "September clean",
    description: "September clean",
  },
  {
    id: "tx_0000AqK2lM3nO4pQ5rS6tU",
    day: "12/09/2026",
    time: "11:03:27",
    type: "Card payment",
    name: "Tesco",
    emoji: "🛒",
    category: "Groceries",
    amount: "-52.18",
    address: "Gloucester Road, Bristol, BS7 8AE",
    description: "TESCO STORES 2931 BRISTOL GBR",
  },
  {
    id: "tx_0000AqK3vW4xY5zA6bC7dE",
    day: "12/09/2026",
    time: "11:03:28",
    type: "Pot transfer",
    name: "Coin Jar Pot",
    category: "Savings",
    amount: "-0.82",
    description: "Round up",
  },
  {
    id: "tx_0000AqR8fG9hI0jK1lM2nO",
    day: "20/09/2026",
    time: "21:17:55",
    type: "Card payment",
    name: "Trainline",
    emoji: "🚆",
    category: "Transport",
    amount: "-47.80",
    notes: "Manchester for Priya's wedding #travel",
    description: "TRAINLINE.COM LONDON GBR",
  },
  {
    id: "tx_0000AqT1pQ2rS3tU4vW5xY",
    day: "22/09/2026",
    time: "20:05:13",
    type: "Card payment",
    name: "Airbnb",
    emoji: "🏠",
    category: "Holidays",
    amount: "-498.00",
    notes: "Manchester wedding weekend, split with Sam",
    description: "AIRBNB * HMQ2K8X4PZ LONDON GBR",
  },
  { id: "tx_0000AqV6zA7bC8dE9fG0hI", day: "25/09/2026", time: "07:30:00", type: "Pot transfer", name: "Lisbon Pot", category: "Savings", amount: "-300.00" },
  {
    id: "tx_0000AqX2jK3lM4nO5pQ6rS",
    day: "28/09/2026",
    time: "04:01:19",
    type: "Bacs (Direct Credit)",
    name: "HARBOUR DESIGN LTD",
    category: "Income",
    amount: "2450.00",
    description: "HARBOUR DESIGN SALARY",
  },
  {
    id: "tx_0000AqZ7tU8vW9xY0zA1bC",
    day: "01/10/2026",
    time: "06:11:02",
    type: "Direct Debit",
    name: "PureGym",
    emoji: "🏋️",
    category: "Personal care",
    amount: "-24.99",
    description: "PUREGYM LTD",
  },
  {
    id: "tx_0000AqZ8dE9fG0hI1jK2lM",
    day: "01/10/2026",
    time: "06:11:03",
    type: "Direct Debit",
    name: "Bristol City Council",
    emoji: "🏛️",
    category: "Bills",
    amount: "-156.00",
    description: "BRISTOL CITY COUNCIL CTAX 40021337",
  },
  {
    id: "tx_0000Ar1nO2pQ3rS4tU5vW6",
    day: "02/10/2026",
    time: "13:45:31",
    type: "Card payment",
    name: "ASOS",
    emoji: "👕",
    category: "Shopping",
    amount: "-54.00",
    description: "ASOS.COM LONDON GBR",
  },
  {
    id: "tx_0000Ar3xY4zA5bC6dE7fG8",
    day: "04/10/2026",
    time: "10:22:47",
    type: "Faster payment",
    name: "Sam Okafor",
    category: "Transfers",
    amount: "250.00",
    notes: "Airbnb share",
    description: "Airbnb share",
  },
  { id: "tx_0000Ar5hI6jK7lM8nO9pQ0", day: "06/10/2026", time: "19:48:12", type: "Pot transfer", name: "Lisbon Pot", category: "Savings", amount: "300.00" },
  {
    id: "tx_0000Ar7rS8tU9vW0xY1zA2",
    day: "09/10/2026",
    time: "17:02:36",
    type: "Faster payment",
    name: "Sparkle Window Cleaning",
    category: "Bills",
    amount: "-18.00",
    notes: "October clean",
    description: "October clean",
  },
  {
    id: "tx_0000Ar9bC0dE1fG2hI3jK4",
    day: "14/10/2026",
    time: "08:16:09",
    type: "Card payment",
    name: "ASOS",
    emoji: "👕",
    category: "Shopping",
    amount: "19.99",
    description: "ASOS.COM LONDON GBR",
  },
  {
    id: "tx_0000ArB1lM2nO3pQ4rS5tU",
    day: "17/10/2026",
    time: "10:51:14",
    type: "Card payment",
    name: "Tesco",
    emoji: "🛒",
    category: "Groceries",
    amount: "-64.37",
    address: "Gloucester Road, Bristol, BS7 8AE",
    description: "TESCO STORES 2931 BRISTOL GBR",
  },
  {
    id: "tx_0000ArB2vW3xY4zA5bC6dE",
    day: "17/10/2026",
    time: "10:51:15",
    type: "Pot transfer",
    name: "Coin Jar Pot",
    category: "Savings",
    amount: "-0.63",
    description: "Round up",
  },
  {
    id: "tx_0000ArD6fG7hI8jK9lM0nO",
    day: "20/10/2026",
    time: "22:09:40",
    type: "Faster payment",
    name: "Dan Whitfield",
    category: "Entertainment",
    amount: "-72.00",
    notes: "Fontaines DC tickets",
    description: "Fontaines DC tickets",
  },
  {
    id: "tx_0000ArF1pQ2rS3tU4vW5xY",
    day: "23/10/2026",
    time: "15:34:05",
    type: "Card payment",
    name: "Bright Smile Dental",
    emoji: "🦷",
    category: "Personal care",
    amount: "-65.00",
    notes: "check-up + hygienist",
    address: "Whiteladies Road, Bristol, BS8 2PH",
    description: "BRIGHT SMILE DENTAL BRISTOL GBR",
  },
  {
    id: "tx_0000ArG6zA7bC8dE9fG0hI",
    day: "24/10/2026",
    time: "12:20:33",
    type: "Card payment",
    name: "Tesco",
    emoji: "🛒",
    category: "Groceries",
    amount: "-23.10",
    address: "Gloucester Road, Bristol, BS7 8AE",
    description: "TESCO STORES 2931 BRISTOL GBR",
  },
  {
    id: "tx_0000ArH1jK2lM3nO4pQ5rS",
    day: "27/10/2026",
    time: "09:58:21",
    type: "Card payment",
    name: "Uber",
    emoji: "🚕",
    category: "Transport",
    amount: "0.00",
    notes: "Active card check",
    description: "UBER *TRIP HELP.UBER.COM GBR",
  },
  {
    id: "tx_0000ArJ6tU7vW8xY9zA0bC",
    day: "28/10/2026",
    time: "10:28:00",
    type: "Card payment",
    name: "Namecheap",
    emoji: "🌐",
    category: "Bills",
    amount: "-7.44",
    local: ["-9.98", "USD"],
    notes: "jessbakes.co.uk renewal",
    description: "NAME-CHEAP.COM* GZRVGK PHOENIX USA",
  },
  {
    id: "tx_0000ArK1dE2fG3hI4jK5lM",
    day: "28/10/2026",
    time: "04:00:52",
    type: "Bacs (Direct Credit)",
    name: "HARBOUR DESIGN LTD",
    category: "Income",
    amount: "2450.00",
    description: "HARBOUR DESIGN SALARY",
  },
  {
    id: "tx_0000ArM6nO7pQ8rS9tU0vW",
    day: "02/11/2026",
    time: "06:10:44",
    type: "Direct Debit",
    name: "PureGym",
    emoji: "🏋️",
    category: "Personal care",
    amount: "-24.99",
    description: "PUREGYM LTD",
  },
  {
    id: "tx_0000ArM7xY8zA9bC0dE1fG",
    day: "02/11/2026",
    time: "06:10:45",
    type: "Direct Debit",
    name: "Bristol City Council",
    emoji: "🏛️",
    category: "Bills",
    amount: "-156.00",
    description: "BRISTOL CITY COUNCIL CTAX 40021337",
  },
  {
    id: "tx_0000ArP2hI3jK4lM5nO6pQ",
    day: "06/11/2026",
    time: "18:12:09",
    type: "Faster payment",
    name: "Sparkle Window Cleaning",
    category: "Bills",
    amount: "-18.00",
    notes: "November clean",
    description: "November clean",
  },
  {
    id: "tx_0000ArR7rS8tU9vW0xY1zA",
    day: "07/11/2026",
    time: "11:40:26",
    type: "Card payment",
    name: "Tesco",
    emoji: "🛒",
    category: "Groceries",
    amount: "-41.02",
    address: "Gloucester Road, Bristol, BS7 8AE",
    description: "TESCO STORES 2931 BRISTOL GBR",
  },
  {
    id: "tx_0000ArT2bC3dE4fG5hI6jK",
    day: "12/11/2026",
    time: "20:31:58",
    type: "Monzo-to-Monzo",
    name: "Priya Shah",
    category: "Transfers",
    amount: "20.00",
    notes: "pizza 🍕",
    description: "pizza 🍕",
  },
  {
    id: "tx_0000ArV7lM8nO9pQ0rS1tU",
    day: "20/11/2026",
    time: "13:07:15",
    type: "Card payment",
    name: "Bristol Beacon",
    emoji: "🎭",
    category: "Entertainment",
    amount: "-58.00",
    notes: "#christmas Messiah with Mum, 19 December",
    address: "Trenchard Street, Bristol, BS1 5AR",
    description: "BRISTOL BEACON BRISTOL GBR",
  },
];

/** A Revolut statement's row: type, product, started, completed, description, amount, fee, currency, state, balance. */
type RevolutRow = [
  type: string,
  product: string,
  started: string,
  completed: string,
  description: string,
  amount: string,
  fee: string,
  currency: string,
  state: string,
  balance: string,
];

/** The pounds' block, then the euros': Lisbon, 8 to 12 October. */
const REVOLUT: RevolutRow[] = [
  ["Topup", "Current", "2026-10-05 19:02:11", "2026-10-05 19:02:12", "Apple Pay top-up by *4417", "500.00", "0.00", "GBP", "COMPLETED", "512.40"],
  ["Exchange", "Current", "2026-10-05 19:03:40", "2026-10-05 19:03:40", "Exchanged to EUR", "-480.00", "0.00", "GBP", "COMPLETED", "32.40"],
  ["Card Payment", "Current", "2026-10-08 06:41:18", "2026-10-09 04:12:55", "Pret A Manger", "-6.85", "0.00", "GBP", "COMPLETED", "25.55"],
  ["Transfer", "Current", "2026-10-15 20:14:03", "2026-10-15 20:14:04", "To Sam Okafor", "-21.30", "0.00", "GBP", "COMPLETED", "4.25"],
  ["Card Payment", "Current", "2026-11-14 23:48:09", "", "Uber", "-14.20", "0.00", "GBP", "REVERTED", ""],
  ["Card Payment", "Current", "2026-11-27 16:22:31", "", "Waterstones", "-12.99", "0.00", "GBP", "PENDING", ""],
  ["Exchange", "Current", "2026-10-05 19:03:40", "2026-10-05 19:03:40", "Exchanged to EUR", "556.08", "0.00", "EUR", "COMPLETED", "556.08"],
  ["Card Payment", "Current", "2026-10-08 14:05:52", "2026-10-09 08:30:11", "Aeroporto de Lisboa Metro", "-3.40", "0.00", "EUR", "COMPLETED", "552.68"],
  ["Card Payment", "Current", "2026-10-09 13:22:10", "2026-10-10 09:02:47", "Time Out Market Lisboa", "-38.60", "0.00", "EUR", "COMPLETED", "514.08"],
  ["ATM", "Current", "2026-10-09 16:47:05", "2026-10-09 16:47:06", "Cash at Millennium BCP", "-60.00", "1.20", "EUR", "COMPLETED", "452.88"],
  ["Card Payment", "Current", "2026-10-10 11:15:44", "2026-10-11 07:20:18", "Pastéis de Belém", "-7.40", "0.00", "EUR", "COMPLETED", "445.48"],
  ["Card Payment", "Current", "2026-10-11 23:02:37", "", "Bolt", "-9.80", "0.00", "EUR", "DECLINED", ""],
  ["Card Payment", "Current", "2026-10-12 10:41:27", "2026-10-13 06:55:02", "Lisbon Marriott Hotel", "-412.50", "0.00", "EUR", "COMPLETED", "32.98"],
  ["Card Refund", "Current", "2026-10-16 09:12:40", "2026-10-16 09:12:41", "Lisbon Marriott Hotel", "18.00", "0.00", "EUR", "COMPLETED", "50.98"],
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I last pay the window cleaner?", expect: ["6 November"] },
  { question: "How much was the Tesco shop on 17 October?", expect: ["64.37"] },
  { question: "Who sent me £250 for the Airbnb?", expect: ["Sam Okafor"] },
  { question: "How much was the ASOS refund?", expect: ["19.99"] },
  { question: "What did I pay for the hotel in Lisbon?", expect: ["412.50"] },
  { question: "What's my gym membership?", expect: ["PureGym"] },
  { question: "How much did the train to Manchester cost?", expect: ["47.80"] },
  { question: "How much did I pay Dan for the Fontaines DC tickets?", expect: ["72.00"] },
  { question: "How much is my council tax?", expect: ["156.00"] },
  { question: "What did I pay at the dentist?", expect: ["65.00"] },
  { question: "How much did I move into the Lisbon pot?", expect: ["300.00"] },
  { question: "How much was dinner at Time Out Market?", expect: ["38.60"] },
  { question: "What did I pay for the flights to Lisbon?", expect: null },
  { question: "How much is my car insurance?", expect: null },
  { question: "How much did I spend at Sainsbury's?", expect: null },
];

/** Jess: her Monzo and Revolut exports in Downloads, imported as the folder, asked on Monday 30 November 2026. */
export const banker: Person = {
  name: "banker",
  files: [
    {
      name: `${FOLDER}/MonzoDataExport_Alltime_2026-11-28_201455.csv`,
      text: `${[line(MONZO_COLUMNS), ...MONZO.map(monzoLine)].join("\n")}\n`,
      mtime: EXPORTED,
    },
    {
      name: `${FOLDER}/account-statement_2026-09-01_2026-11-28_en-gb_7c41d2.csv`,
      text: `${[line(REVOLUT_COLUMNS), ...REVOLUT.map(line)].join("\n")}\n`,
      mtime: EXPORTED + 60_000,
    },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 30, 19, 0),
  questions: QUESTIONS,
};
