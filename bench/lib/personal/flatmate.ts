/**
 * The flatmate: Maya Patel, in Leeds, shares a flat on Brudenell Road with Sam Whitfield and Priya Shah
 * and keeps its rent, bills and shopping in a Splitwise group, "Brudenell Road"; a trip to Lisbon with
 * Priya, Jonah Reed and Hannah Cole is another group, "Lisbon 2026". On Saturday 28 November 2026 she
 * exports each group (a group's page on splitwise.com → the gear, Settings → "Export as spreadsheet"), saves
 * both CSVs into a Splitwise folder and imports it naming herself (`engram import Splitwise --me "Maya
 * Patel"`):
 *
 * - `brudenell-road_2026-11-28_export.csv` and `lisbon-2026_2026-11-28_export.csv`: the header
 *   `Date,Description,Category,Cost,Currency,<member>,<member>,…` (each member by the full name Splitwise
 *   shows, in the group's order), a blank line, a row per expense or payment, oldest first (the day
 *   `2026-10-03`, no time; Splitwise's subcategory, "Groceries", "Electricity", "Hotel", "Plane", "Dining
 *   out", "General"; the cost unsigned with two decimals, no thousands' comma; the currency's code), each
 *   member's cell their net for the row, what they paid less their share (`84.00,GBP,-28.00,56.00,-28.00`;
 *   `0.00` for one not in it; an odd penny of an equal split given to some, `-13.08`, `-13.07`), a payment
 *   between two members described by their short names, `Sam W. paid Maya P.`, category "Payment", its payer
 *   `+`, its payee `-`; then a blank line and a `Total balance` row per currency, dated the day of the export,
 *   its category and cost a space each (`2026-11-28,Total balance, , ,GBP,-60.77,153.94,-93.17`). The trip's
 *   flights and flat were paid in pounds, what was spent in Lisbon in euros: two currencies, two total rows.
 *
 * Checked against public readers of the export and their fixtures: importers' docstrings and tests quoting
 * it (`Date,Description,Category,Cost,Currency,Aisha,Rohan,Kabir` / `2026-03-01,Hotel,Hotel,4800.00,INR,
 * 3600.00,-1200.00,-2400.00` / `2026-03-09,Total balance, , ,INR,…`; "Each person's column is what they paid
 * minus their share"; a blank line after the header and before the totals; a total row per currency,
 * `2026-05-30,Total balance, , ,EUR,…` and `…,GBP,…`, dated after the last row; payments "Franco B. paid
 * Vera", "Matthieu P. paid Simon P.", the payer positive; an equal split's pennies `-19.99,-20.00,-19.99,
 * -20.00,79.98`), cospend's Splitwise import (the English header; "Make sure your Splitwise account language
 * is set to English", the columns otherwise named in the user's language) and the file's name as one
 * importer reads a group's from it (`goa-trip_2026-03-09_export.csv`). Hand-written by the developers while
 * trying Engram as its users would, in session 38, before Engram could read Splitwise's export (the first
 * run's figures are in bench/README.md). With it, the questions such a person asks later and the words a
 * right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

const FOLDER = "Splitwise";
const EXPORTED = "2026-11-28";
const MAYA = "Maya Patel";
const SAM = "Sam Whitfield";
const PRIYA = "Priya Shah";
const JONAH = "Jonah Reed";
const HANNAH = "Hannah Cole";

/** A row of a group's export: an expense or a payment, what each member paid and what each one's share is (in pence or cents). */
interface Row {
  date: string;
  description: string;
  category: string;
  cost: number;
  currency: string;
  paid: Record<string, number>;
  owed: Record<string, number>;
}

/** Pence (or cents) of "84.00". */
const p = (amount: string): number => Math.round(Number(amount) * 100);

/** An expense `payer` paid, its shares `owed` (pence), in pounds unless said. */
function expense(date: string, description: string, category: string, cost: string, payer: string, owed: Record<string, string>, currency = "GBP"): Row {
  const shares = Object.fromEntries(Object.entries(owed).map(([who, s]) => [who, p(s)]));
  const total = Object.values(shares).reduce((a, b) => a + b, 0);
  if (total !== p(cost)) throw new Error(`flatmate: the shares of "${description}" add up to ${total}, not ${p(cost)}`);
  return { date, description, category, cost: p(cost), currency, paid: { [payer]: p(cost) }, owed: shares };
}

/** `members` each owing `share` of an expense. */
const each = (members: string[], share: string): Record<string, string> => Object.fromEntries(members.map((m) => [m, share]));

/** A payment from `from` to `to` as Splitwise writes it, described by their short names ("Sam W. paid Maya P."). */
function payment(date: string, from: string, to: string, amount: string, currency = "GBP"): Row {
  const short = (name: string) => name.replace(/^(\S+)\s+(\S).*$/, "$1 $2.");
  return {
    date,
    description: `${short(from)} paid ${short(to)}`,
    category: "Payment",
    cost: p(amount),
    currency,
    paid: { [from]: p(amount) },
    owed: { [to]: p(amount) },
  };
}

const FLAT = [MAYA, SAM, PRIYA];
const TRIP = [PRIYA, MAYA, JONAH, HANNAH];

const FLAT_ROWS: Row[] = [
  expense("2026-09-01", "September rent", "Rent", "1950.00", MAYA, each(FLAT, "650.00")),
  payment("2026-09-02", SAM, MAYA, "650.00"),
  expense("2026-09-04", "Virgin Media broadband", "TV/Phone/Internet", "36.00", PRIYA, each(FLAT, "12.00")),
  payment("2026-09-06", PRIYA, MAYA, "650.00"),
  expense("2026-09-12", "Tesco", "Groceries", "61.35", SAM, each(FLAT, "20.45")),
  expense("2026-10-01", "October rent", "Rent", "1950.00", MAYA, each(FLAT, "650.00")),
  payment("2026-10-02", SAM, MAYA, "650.00"),
  expense("2026-10-03", "Big Tesco shop", "Groceries", "84.00", SAM, each(FLAT, "28.00")),
  expense("2026-10-04", "Virgin Media broadband", "TV/Phone/Internet", "36.00", PRIYA, each(FLAT, "12.00")),
  payment("2026-10-06", PRIYA, MAYA, "650.00"),
  expense("2026-10-10", "Henry hoover from Argos", "Household supplies", "149.99", MAYA, { [MAYA]: "50.00", [SAM]: "49.99", [PRIYA]: "50.00" }),
  expense("2026-10-17", "Octopus Energy electricity", "Electricity", "97.45", SAM, { [MAYA]: "32.48", [SAM]: "32.48", [PRIYA]: "32.49" }),
  expense("2026-10-24", "Pizza night", "Dining out", "42.00", PRIYA, { [SAM]: "21.00", [PRIYA]: "21.00" }),
  payment("2026-10-29", MAYA, SAM, "30.00"),
  expense("2026-11-01", "November rent", "Rent", "1950.00", MAYA, each(FLAT, "650.00")),
  payment("2026-11-02", SAM, MAYA, "650.00"),
  expense("2026-11-04", "Virgin Media broadband", "TV/Phone/Internet", "36.00", PRIYA, each(FLAT, "12.00")),
  expense("2026-11-07", "Bin bags, washing-up liquid and loo roll", "Household supplies", "18.60", PRIYA, each(FLAT, "6.20")),
  expense("2026-11-14", "Big Tesco shop", "Groceries", "91.26", SAM, each(FLAT, "30.42")),
  expense("2026-11-16", "Octopus Energy electricity", "Electricity", "111.63", SAM, each(FLAT, "37.21")),
  payment("2026-11-21", PRIYA, MAYA, "650.00"),
];

const TRIP_ROWS: Row[] = [
  expense("2026-08-20", "Jet2 flights Leeds Bradford to Lisbon", "Plane", "412.60", JONAH, each(TRIP, "103.15")),
  expense("2026-08-22", "Airbnb in Alfama, 5 nights", "Hotel", "1240.00", PRIYA, each(TRIP, "310.00")),
  expense("2026-10-06", "Dinner at Time Out Market", "Dining out", "96.40", HANNAH, each(TRIP, "24.10"), "EUR"),
  expense("2026-10-07", "Tram 28 and Santa Justa lift", "Bus/train", "38.00", MAYA, each(TRIP, "9.50"), "EUR"),
  expense("2026-10-07", "Car hire to Sintra", "Car", "231.46", JONAH, { [PRIYA]: "57.86", [MAYA]: "57.87", [JONAH]: "57.87", [HANNAH]: "57.86" }, "EUR"),
  expense("2026-10-08", "Sunset boat trip on the Tagus", "General", "180.00", MAYA, each(TRIP, "45.00"), "EUR"),
  expense("2026-10-09", "Pastéis de Belém", "Dining out", "14.40", PRIYA, each(TRIP, "3.60"), "EUR"),
  expense(
    "2026-10-09",
    "Pingo Doce groceries",
    "Groceries",
    "52.30",
    HANNAH,
    { [PRIYA]: "13.07", [MAYA]: "13.08", [JONAH]: "13.08", [HANNAH]: "13.07" },
    "EUR",
  ),
  expense("2026-10-10", "Taxi to the airport", "Taxi", "32.00", JONAH, each(TRIP, "8.00"), "EUR"),
  payment("2026-10-14", MAYA, PRIYA, "413.15"),
  payment("2026-10-19", HANNAH, PRIYA, "413.15"),
  payment("2026-10-21", PRIYA, JONAH, "102.31", "EUR"),
  payment("2026-10-23", HANNAH, MAYA, "12.43", "EUR"),
];

/** An amount of pence as Splitwise writes it: "-28.00", "0.00", "1300.00". */
const money = (pence: number): string => `${pence < 0 ? "-" : ""}${(Math.abs(pence) / 100).toFixed(2)}`;

/** A CSV cell: quoted when it holds a comma or a quote. */
const cell = (value: string): string => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** A group's export as Splitwise writes it: the header, a blank line, the rows, a blank line, a total row per currency (LF line ends). */
function groupExport(members: string[], rows: Row[]): string {
  const totals = new Map<string, number[]>();
  const lines = rows.map((r) => {
    const nets = members.map((m) => (r.paid[m] ?? 0) - (r.owed[m] ?? 0));
    const sum = totals.get(r.currency) ?? members.map(() => 0);
    totals.set(
      r.currency,
      sum.map((s, i) => s + nets[i]!),
    );
    return [r.date, r.description, r.category, money(r.cost), r.currency, ...nets.map(money)].map(cell).join(",");
  });
  const total = [...totals]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, nets]) => [EXPORTED, "Total balance", " ", " ", currency, ...nets.map(money)].map(cell).join(","));
  const header = ["Date", "Description", "Category", "Cost", "Currency", ...members].map(cell).join(",");
  return `${[header, "", ...lines, "", ...total].join("\n")}\n`;
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who paid for the Airbnb in Lisbon?", expect: ["Priya"] },
  { question: "How much do I owe Sam?", expect: ["60.77"] },
  { question: "What was my share of the electricity bill in November?", expect: ["37.21"] },
  { question: "When did Priya last pay me back?", expect: ["21 November"] },
  { question: "Who paid for the big Tesco shop on 3 October?", expect: ["Sam"] },
  { question: "How much was the car hire to Sintra?", expect: ["231.46"] },
  { question: "What was my share of the boat trip?", expect: ["45.00"] },
  { question: "How much did the flights to Lisbon cost?", expect: ["412.60"] },
  { question: "Who paid for dinner at Time Out Market?", expect: ["Hannah"] },
  { question: "How much was the hoover?", expect: ["149.99"] },
  { question: "How much did I pay Sam back in October?", expect: ["30.00"] },
  { question: "How much does Priya owe me for Lisbon?", expect: ["44.42"] },
  { question: "How much did I pay for the gym?", expect: null },
  { question: "Who paid for the hotel in Porto?", expect: null },
  { question: "How much do I owe Ellie?", expect: null },
];

/** Maya: her two groups' Splitwise exports in Splitwise, imported as the folder naming her (`--me "Maya Patel"`), asked on Monday 30 November 2026. */
export const flatmate: Person = {
  name: "flatmate",
  files: [
    { name: `${FOLDER}/brudenell-road_${EXPORTED}_export.csv`, text: groupExport(FLAT, FLAT_ROWS), mtime: Date.UTC(2026, 10, 28, 10, 14) },
    { name: `${FOLDER}/lisbon-2026_${EXPORTED}_export.csv`, text: groupExport(TRIP, TRIP_ROWS), mtime: Date.UTC(2026, 10, 28, 10, 16) },
  ],
  folder: FOLDER,
  me: MAYA,
  askedAt: Date.UTC(2026, 10, 30, 19, 0),
  questions: QUESTIONS,
};
