/**
 * Cash App's statement export (cash.app or the app: Activity → Statements → Export CSV,
 * `cash_app_report_1760492693461.csv`; its Bitcoin statement's CSV, Documents & Statements → Bitcoin, too),
 * read as notes of the `bank` format (bank.ts: a note per account and month, each transaction a sentence of
 * the user's), told by its header whatever the file's name: `Transaction ID,Date,Transaction Type,Currency,
 * Amount,Fee,Net Amount,Asset Type,Asset Price,Asset Amount,Status,Notes,Name of sender/receiver,Account`
 * (every cell quoted, some empty ones not; the Bitcoin statement's stops at Asset Amount; newer reports put
 * Date first; columns are read by name), a row per transaction, newest first. "Transaction ID" Cash App's
 * (`rmgsrz`); "Date" on the clock of the user's zone with its name, `2026-11-03 18:42:07 EST` (EDT, PST,
 * PDT …); "Transaction Type" Sent P2P, Received P2P, Cash Card Debit, Cash out, Cash in, Boost Payment,
 * Bitcoin Buy, Bitcoin Recurring Buy, Bitcoin Sale, Bitcoin Boost, Bitcoin Withdrawal, Bitcoin Deposit …;
 * "Amount" signed from the user's side, the minus before the dollar sign, `-$2.90`, `$1`, `$1,252.41`, and
 * "Fee" (negative, `-$2.00`) and "Net Amount" with it; "Asset Type" BTC, "Asset Price" what a bitcoin cost
 * (`$61,071.57`), "Asset Amount" how much was bought (`0.00160713`, `0.00160713 BTC`); "Status" PAYMENT SENT,
 * PAYMENT DEPOSITED, CARD CHARGED, CARD REFUNDED, TRANSFER SENT, COMPLETE, PAYMENT REFUNDED, PAYMENT
 * REVERSED …; "Notes" what a payment was for as its sender typed it, a card payment's merchant line ("MTA*NYCT
 * PAYGO"), or Cash App's words ("Cash Reward"); "Name of sender/receiver" the person paid or paying; "Account"
 * what paid ("Your Cash", the balance; "Visa Debit 0987", a card).
 *
 * Checked against public readers of the export and their fixtures: a CashApp-to-YNAB converter's sample
 * reports and tests (the fourteen columns, every cell quoted and some empty ones bare; `Cash Card Debit`
 * `-$2.90` `CARD CHARGED` with the merchant in Notes and no name; `Boost Payment` `$1` `CARD REFUNDED` "Cash
 * Reward"; `Sent P2P` `-$10` `PAYMENT SENT` with a name and no note; EDT times), beancount-import's Cash App
 * source (Statements → Export CSV; Sent and Received P2P, Cash out; "Your Cash"), BittyTax's parser (the
 * header; the types above; EST and EDT; a negative Received P2P refunded), a budget tool's statuses (PAYMENT
 * REVERSED left out as no payment), a bitcoin tracker's issue quoting the Bitcoin CSV (ten columns; a buy
 * `-$98.15`, fee `-$2.00`, net `-$100.15`, `$61,071.57`, `0.00160713 BTC`; Bitcoin Sale, Withdrawal,
 * Deposit and their Lightning kinds, the amount the bitcoin's worth whatever its way; PST and PDT) and a
 * TokenTax converter's run on a real report (Date first, "Bitcoin Recurring Buy", COMPLETE, "purchase of
 * BTC"). Not relied on: the words of a paycheck's type ("Direct Deposit"; a newer report's "Deposits") and
 * of a merchant's refund, which no public file shows: any type naming a deposit is money in, a card's row of
 * money in a refund.
 *
 * Read as notes of the user's (format `note`, records "log"): a note per month, "Cash App, November 2026",
 * keyed `bank:cashapp:2026-11`, each transaction a sentence (bank.ts `bankSentence`): "Sent $950.00 to Marcus
 * Webb for "rent 🏠 oct" on Thursday 1 October (Cash App).", "Received $65.00 from Dev Patel for …", "Paid
 * $47.82 to TRADER JOE S #558 with the Cash Card on Tuesday 3 November (Cash App, Visa Debit 0987).", "Got a
 * refund of $34.99 from TARGET … ", "Got $1.00 back from a Cash Card Boost on …", "Received $1,612.40 from
 * Brightwater Dental Group by direct deposit on … (Cash App; reference "BRIGHTWATER DENTAL PAYROLL").",
 * "Bought 0.00051234 BTC for $50.00 on …, with a $0.88 fee (Cash App; $97,590.12 a bitcoin).", "Transferred
 * $300.00 from Cash App to Visa Debit 1230 on …, with a $4.50 fee (Cash App).". Notes are kept as typed, emoji
 * and all; merchants as the card's line writes them. A time is read on the clock Cash App names, as the
 * user's (read as UTC, the day Cash App gives, as PayPal's are); its zone stays in the metadata's Date. Left
 * out: cancelled, failed, declined, reversed and expired rows, and rows of $0. Keys: a transaction by its id
 * (`cashapp:<Transaction ID>`), so a later export adds only what is new.
 */
import { stat } from "node:fs/promises";
import { type BankTransaction, BankNotes, isNought, quoted, where } from "./bank.js";
import { type CsvColumns, cellOf, headedRecords, headerCells } from "../kit/csv-records.js";
import { amountWords } from "../kit/record-words.js";
import { type StatementAmount, statementAmount } from "./statement.js";
import { forNote, venmoTime } from "./venmo.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";

/** The columns every Cash App statement's header names (its assets', status, notes, name and account follow in the full report). */
export const CASH_APP_COLUMNS = ["Transaction ID", "Date", "Transaction Type", "Currency", "Amount", "Fee", "Net Amount"] as const;

/** Most characters of one record: an unclosed quote is refused here, not read to the file's end. */
const MAX_RECORD_CHARS = 1024 * 1024;

/** Statuses of a transaction that never moved money: left out. */
const NEVER_HAPPENED = /\b(?:cancell?ed|failed|declined|reversed|rejected|expired)\b/i;

/** Whether a header's cells (trimmed, lower-cased) are Cash App's: every one of {@link CASH_APP_COLUMNS}. */
function isCashAppHeader(names: string[]): boolean {
  const cells = new Set(names);
  return CASH_APP_COLUMNS.every((c) => cells.has(c.toLowerCase()));
}

/** Whether a file's start (its text, a byte-order mark dropped) is Cash App's statement export, by its header ({@link CASH_APP_COLUMNS}, in any order). */
export function isCashAppCsv(start: string): boolean {
  return isCashAppHeader(headerCells(start.replace(/^\uFEFF/, ""), true));
}

/**
 * Cash App's time, "2026-11-03 18:42:07 EST" (its zone's name or offset, or none; then as venmo.ts `venmoTime`
 * reads it: a "T" for the space, a day alone at noon), as epoch ms of its clock read as UTC (the module's
 * docstring), or null when it is none.
 */
export function cashAppTime(value: string): number | null {
  return venmoTime(value.trim().replace(/(\d)\s*(?:[A-Z]{1,5}|[+-]\d{2}:?\d{2})$/, "$1"));
}

/** A Cash App row as read: its cells that say what it was. */
interface CashAppRow {
  at: number;
  /** "Transaction Type" as written ("Cash Card Debit"). */
  type: string;
  amount: StatementAmount;
  fee: StatementAmount | null;
  currency: string;
  asset: string;
  price: string;
  quantity: string;
  notes: string;
  name: string;
  account: string;
}

/** An account that is the Cash App balance itself, not said. */
const BALANCE = /^(?:your cash|cash balance|cash app|)$/i;

/**
 * A Cash App row as a transaction (the module's docstring): by its type, then its amount's sign (a payment
 * sent or received, a card's purchase or refund, a Boost, a deposit, money moved to or from the bank, a
 * bitcoin bought, sold, sent or received).
 */
function cashAppTransaction(r: CashAppRow): BankTransaction {
  const money = amountWords(r.amount.digits, r.currency);
  const out = r.amount.negative;
  const type = r.type.toLowerCase().replace(/\s+/g, " ");
  const after = r.fee && !isNought(r.fee.digits) ? `, with a ${amountWords(r.fee.digits, r.currency)} fee` : "";
  const account = BALANCE.test(r.account) ? "" : r.account;
  const told = (what: string, o: { kind?: string; aside?: string[] } = {}): BankTransaction => ({
    at: r.at,
    what,
    after,
    ...(o.kind ? { kind: o.kind } : {}),
    aside: o.aside ?? [],
  });
  const reference = (used: string) => (r.notes && r.notes.toLowerCase() !== used.toLowerCase() ? [`reference ${quoted(r.notes)}`] : []);
  if (r.asset || /\b(?:bitcoin|btc|stock)\b/.test(type)) {
    const code = r.asset || "BTC";
    // (the Bitcoin statement writes the asset's code after its amount: "0.01 BTC")
    const held = r.quantity.toUpperCase().endsWith(code) ? r.quantity.slice(0, -code.length).trim() : r.quantity;
    const what = held ? `${held} ${code}` : code;
    const each = r.price ? [`${r.price} a ${code === "BTC" ? "bitcoin" : `share of ${code}`}`] : [];
    if (/\bbuy\b/.test(type)) return told(`Bought ${what} for ${money}`, { aside: each });
    if (/\b(?:sale|sell|sold)\b/.test(type)) return told(`Sold ${what} for ${money}`, { aside: each });
    if (/\bwithdrawal\b/.test(type)) return told(`Sent ${what} (${money}) out of Cash App`);
    if (/\bdeposit\b/.test(type)) return told(`Received ${what} (${money}) into Cash App`);
    if (/\b(?:boost|reward)/.test(type)) return told(`Got ${what} (${money}) from a Boost`);
  }
  if (/\bp2p\b|^payment$/.test(type)) {
    const who = r.name || "someone";
    if (out)
      return told(/received/.test(type) ? `Sent ${money} back to ${who}${forNote(r.notes)}` : `Sent ${money} to ${who}${forNote(r.notes)}`, { kind: account });
    return told(/sent/.test(type) ? `Got ${money} back from ${who}${forNote(r.notes)}` : `Received ${money} from ${who}${forNote(r.notes)}`, { kind: account });
  }
  if (/\bboost\b/.test(type))
    return told(`Got ${money} back from a Cash Card Boost`, { kind: account, aside: /^cash reward$/i.test(r.notes) ? [] : reference("") });
  if (/\bcard\b/.test(type)) {
    const merchant = r.notes || r.name || "a shop";
    return told(out ? `Paid ${money} to ${merchant} with the Cash Card` : `Got a refund of ${money} from ${merchant}`, { kind: account });
  }
  if (/\bdeposit/.test(type) && !out) {
    const from = r.name || r.notes;
    const how = /\bdirect\b/.test(type) ? " by direct deposit" : "";
    return told(from ? `Received ${money} from ${from}${how}` : `Deposited ${money} into Cash App${how}`, { aside: reference(from) });
  }
  if (/\bcash out\b|\bwithdraw/.test(type) || (out && /\btransfer\b/.test(type))) return told(`Transferred ${money} from Cash App to ${account || "the bank"}`);
  if (/\bcash in\b|\badd cash\b/.test(type) || (!out && /\btransfer\b/.test(type)))
    return told(`Added ${money} to Cash App from ${account || r.name || "the bank"}`);
  if (/\binterest\b/.test(type)) return told(`Received ${money} in interest from Cash App`);
  // (a type not known: by the amount's sign, the type said)
  const who = r.name || r.notes || "someone";
  const kind = [r.type, account].filter(Boolean).join(", ");
  return told(out ? `Paid ${money} to ${who}` : `Received ${money} from ${who}`, { kind, aside: r.name ? reference(r.name) : [] });
}

/** A Cash App row read from its cells. @throws ImportError naming the line and column of a time, an amount or a fee that is none. */
function cashAppRow(file: string, cells: string[], columns: CsvColumns, line: number): CashAppRow {
  const cell = (c: string) => cellOf(cells, columns, c.toLowerCase());
  const at = cashAppTime(cell("Date"));
  if (at === null)
    throw new ImportError(file, where(line, columns, "Date"), `${JSON.stringify(cell("Date"))}: expected Cash App's time, "2026-11-03 18:42:07 EST"`);
  const money = (c: string, needed: boolean): StatementAmount | null => {
    const value = cell(c);
    if (!value && !needed) return null;
    const amount = value ? statementAmount(value) : null;
    if (!amount) throw new ImportError(file, where(line, columns, c), `${value ? JSON.stringify(value) : "empty"}: expected an amount, "-$12.50"`);
    return amount;
  };
  return {
    at,
    type: cell("Transaction Type").replace(/\s+/g, " "),
    amount: money("Amount", true)!,
    fee: money("Fee", false),
    currency: cell("Currency").toUpperCase() || "USD",
    asset: cell("Asset Type").toUpperCase(),
    price: cell("Asset Price"),
    quantity: cell("Asset Amount"),
    notes: cell("Notes").replace(/\s+/g, " "),
    name: cell("Name of sender/receiver").replace(/\s+/g, " "),
    account: cell("Account").replace(/\s+/g, " "),
  };
}

/** The columns kept in a turn's metadata when not empty. */
const KEPT = [
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

/**
 * Reads `file`, Cash App's statement export ({@link isCashAppCsv}), as notes of the user's (format `note`,
 * said by the user, speaker "User", records "log"): the module's docstring. Turn metadata: `{ line, bank: {
 * bank: "cashapp", … the row's cells by name } }`.
 * @throws ImportError naming the file and where: a header that is not Cash App's (`line 1`); a time, an amount
 *   or a fee that is none, at its line and by its column's place and name (`line 3, column 2 "Date": "Nov 3":
 *   expected Cash App's time, …`); the CSV's own faults at the line csv-parse stopped at; invalid UTF-8; an
 *   export with nothing to tell (no row, or only cancelled rows and rows of $0): "the note has no text: …" (a
 *   folder passes it over, saying so).
 */
export async function* parseCashApp(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const what = "Cash App's statement export";
  const csv = headedRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress, isCashAppHeader, what, `${CASH_APP_COLUMNS.join(",")},…`);
  const notes = new BankNotes();
  for await (const { cells, line, columns: cols } of csv.records) {
    const status = cellOf(cells, cols, "status");
    if (NEVER_HAPPENED.test(status)) {
      notes.leaveOut(status.toLowerCase());
      continue;
    }
    const r = cashAppRow(file, cells, cols, line);
    if (isNought(r.amount.digits)) {
      notes.leaveOut("of $0");
      continue;
    }
    const byName = Object.fromEntries(KEPT.map((c) => [c, cellOf(cells, cols, c.toLowerCase())]).filter(([, v]) => v));
    const id = cellOf(cells, cols, "transaction id");
    const key = id ? `cashapp:${id}` : notes.keyed(`cashapp|${cellOf(cells, cols, "date")}|${r.type}|${cellOf(cells, cols, "amount")}|${r.name}|${r.notes}`);
    yield* notes.add(key, "cashapp", "Cash App", "Cash App", cashAppTransaction(r), { line, bank: { bank: "cashapp", ...byName } });
  }
  yield* notes.end(file, `line ${csv.lastLine()}`, what);
}
