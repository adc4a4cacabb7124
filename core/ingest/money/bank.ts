/**
 * Bank statements as the UK's app banks export them, CSV (RFC 4180, UTF-8; parsed by csv-parse, streamed:
 * csv-records.ts), told by their header whatever the file's name:
 *
 * - Monzo (Account → Export transactions → CSV: `MonzoDataExport_Alltime_2026-11-28_201455.csv`,
 *   `MonzoDataExport_October_2026-11-01_093012.csv`): a row per transaction, oldest first, its header
 *   `Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes
 *   and #tags,Address,Receipt,Description,Category split,Money Out,Money In` (newer ones add `Balance,
 *   Balance currency`; columns are read by name). "Transaction ID" is Monzo's id (`tx_00009sjKItoGIhA8e49y4X`);
 *   "Date" the day, day first (`03/10/2026`), "Time" its time (`09:12:44`) on the UK clock; "Type" "Card
 *   payment", "Faster payment", "Direct Debit", "Bacs (Direct Credit)", "Monzo-to-Monzo", "Pot transfer" …;
 *   "Name" the merchant, the person paid or paying, or the pot ("Holiday Pot", "COIN JAR Pot"); "Category"
 *   Monzo's or the user's ("Eating out", older "eating_out"); "Amount" signed, in the account's currency,
 *   "Local amount" and "Local currency" what a card was charged abroad ("-9.98", "USD"); "Notes and #tags"
 *   what the user typed, or a transfer's reference (which "Description" holds too: "Airbnb share");
 *   "Description" the card's raw merchant line ("TESCO STORES 2931 BRISTOL GBR"); "Money Out" negative,
 *   "Money In" positive. A refund is a card payment with a positive amount; a card check ("Active card
 *   check") is 0.00; a round-up is a pot transfer described "Round up". The export has no state column: a
 *   declined payment is not in it.
 * - Revolut (Statement → Excel, or CSV: `account-statement_2026-09-01_2026-11-28_en-gb_7c41d2.csv`), its
 *   header `Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance`
 *   (English; a statement in another language names its columns in it, and is not told). "Type" "Card
 *   Payment", "Card Refund", "Topup", "Transfer", "Exchange", "ATM", "Charge", "Cashback" … (older
 *   statements "CARD_PAYMENT", "TOPUP", "CARD_REFUND", "FEE"); "Product" "Current", "Savings", "Deposit"; the
 *   times `2026-10-05 19:03:40` ("Started Date" when it was paid); "Description" the merchant, "To Sam
 *   Okafor", "Payment from …", "Apple Pay top-up by *4417", "Exchanged to EUR" (an exchange is a row in
 *   each currency, both saying so), "To pocket GBP Lisbon from GBP"; "Amount" signed and "Fee" apart,
 *   positive, in "Currency" (a block of rows per currency); "State" COMPLETED, PENDING (no completed date nor
 *   balance yet), REVERTED, DECLINED or FAILED.
 *
 * Checked against public readers of both: Monzo's rows of a 2019–2021 statement (`tx_00009…`, "Pot
 * transfer,COIN JAR Pot", "Round up", a refund as a positive card payment, "Money Out" negative), a 2022
 * export's ("Monzo-to-Monzo", "Active card check" at 0.00, a reference in both "Notes and #tags" and
 * "Description"), importers' fixtures (a card payment "-7.44,GBP,-9.98,USD", "Bacs (Direct Credit)",
 * "Direct Debit", a quoted address, the newer Balance columns); Revolut's rows in importers' tests (the
 * types above in both spellings, "Exchanged to EUR" in both currencies, an ATM row's fee, "Apple Pay
 * top-up by *1234", "Payment from …", "To …", "To pocket …", REVERTED and PENDING rows with no completed
 * date or balance, a "Charge" of 0.00 with its fee), and both exports' file names.
 *
 * Read as notes of the user's (format `note`, said by the user): a note per bank and month, by each
 * transaction's time ("Monzo, October 2026", keyed `bank:monzo:2026-10`; "Revolut, October 2026"), each
 * transaction a paragraph, a sentence a person would write: "Paid £18.00 to Sparkle Window Cleaning on
 * Friday 9 October (Monzo, bills; reference "October clean").", "Received £250.00 from Sam Okafor on Sunday
 * 4 October (Monzo, transfers; reference "Airbnb share").", "Got a refund of £19.99 from ASOS on …", "Paid £7.44
 * ($9.98) to Namecheap on … (Monzo, bills; note: "jessbakes.co.uk renewal").", "Moved £300.00 into the
 * Lisbon pot on …", "Exchanged £480.00 for €556.08 on … (Revolut).", "Took out €60.00 in cash at
 * Millennium BCP on …, with a €1.20 fee (Revolut)." The user's notes and #tags are kept as written. Amounts
 * are the export's digits, exact, with their currency. Left out: Revolut's declined, reverted and failed
 * rows, transactions of 0.00 (card checks) and Monzo's round-ups into a pot (one per card payment). A
 * Revolut payment still pending is told as paid (its words do not change when it completes, so a later
 * statement adds nothing twice). Times have no zone and are read as UTC, the user's clock, as every
 * reader does. Keys: a Monzo transaction by its id, so a later export adds only the new ones; a Revolut
 * row, which has no id, by what it says that does not change as it completes (its start, type, product,
 * description, amount, fee and currency; "#2" for a second row alike).
 *
 * The notes and sentences ({@link BankNotes}, {@link bankSentence}) are shared with the other readers of
 * the `bank` format: any bank's OFX/QFX download (ofx.ts) and QIF download (qif.ts), told through statement.ts;
 * Venmo's statements (venmo.ts), PayPal's activity download (paypal.ts), YNAB's export (ynab.ts) and Splitwise's export
 * of a group (splitwise.ts).
 */
import { stat } from "node:fs/promises";
import { isoToMs } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { amountWords, dayWords } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { monthYear } from "../../time/format.js";

/** Which bank's export a CSV is, by its header. */
export type BankKind = "monzo" | "revolut";

/** The columns a Monzo export's header names (others may follow: Balance, Balance currency). */
export const MONZO_COLUMNS = [
  "Transaction ID",
  "Date",
  "Time",
  "Type",
  "Name",
  "Emoji",
  "Category",
  "Amount",
  "Currency",
  "Local amount",
  "Local currency",
  "Notes and #tags",
  "Address",
  "Receipt",
  "Description",
  "Category split",
  "Money Out",
  "Money In",
] as const;

/** The columns of a Revolut statement's header (older ones without Balance). */
export const REVOLUT_COLUMNS = ["Type", "Product", "Started Date", "Completed Date", "Description", "Amount", "Fee", "Currency", "State", "Balance"] as const;

/** Most characters of one CSV record: an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 1024 * 1024;

/** Most keys of rows with no id of their own (Revolut's) remembered to name a second row alike "#2"; past it they are forgotten, and rows alike that far apart are read as one. */
export const MAX_SEEN_KEYS = 50_000;

/** Most Revolut exchange rows held waiting for the row of the other currency; past it, each is told alone. */
export const MAX_HELD_EXCHANGES = 10_000;

/**
 * Which bank's export a CSV is, from its start (its text, a byte-order mark dropped), or null: Monzo's (a
 * header naming "Transaction ID", "Date", "Time", "Type", "Name", "Amount", "Currency" and one of
 * "Notes and #tags", "Emoji", "Local amount"), or Revolut's (naming "Type", "Product", "Started Date",
 * "Completed Date", "Description", "Amount", "Currency" and "State").
 */
export function bankKind(start: string): BankKind | null {
  const cells = new Set(headerCells(start, true));
  const has = (...names: string[]) => names.every((n) => cells.has(n));
  if (has("transaction id", "date", "time", "type", "name", "amount", "currency") && ["notes and #tags", "emoji", "local amount"].some((c) => cells.has(c)))
    return "monzo";
  if (has("type", "product", "started date", "completed date", "description", "amount", "currency", "state")) return "revolut";
  return null;
}

/** Whether a file's start is a Monzo export's or a Revolut statement's, by its header ({@link bankKind}). */
export function isBankCsv(start: string): boolean {
  return bankKind(start) !== null;
}

/** A transaction as a sentence is told from it, whichever bank's and whichever export's (bank.ts's CSVs, ofx.ts's and qif.ts's downloads). */
export interface BankTransaction {
  at: number;
  /** "Paid £18.00 to Sparkle Window Cleaning", without its day. */
  what: string;
  /** What follows the day, before the parenthesis: ", with a €1.20 fee". */
  after?: string;
  /** In the parenthesis after the bank's name: its category or product ("bills", "Savings"). */
  kind?: string;
  /** In the parenthesis after that, each after a semicolon: "reference "October clean"", "note: "…"". */
  aside: string[];
}

/** A transaction's sentence: what, on its day, then the bank, its category and what else is said: "Paid £18.00 to … on Friday 9 October (Monzo, bills; note: "…")." */
export function bankSentence(bank: string, t: BankTransaction): string {
  return `${t.what} on ${dayWords(t.at)}${t.after ?? ""} (${bank}${t.kind ? `, ${t.kind}` : ""}${t.aside.map((a) => `; ${a}`).join("")}).`;
}

/** Where a cell is, as an ImportError's location: `line 7, column 8 "Amount"` (`column` as the header names it; its place from `columns`, by its name lower-cased). Shared with venmo.ts, paypal.ts and ynab.ts. */
export function where(line: number, columns: CsvColumns, column: string): string {
  const at = columns.get(column.toLowerCase());
  return `line ${line}${at === undefined ? "" : `, column ${at + 1}`} "${column}"`;
}

/** A cell's amount: its sign and its digits as written ("-412.50" → { negative, digits "412.50" }), or null when empty. @throws ImportError naming the line and column of one that is no amount. */
function amountOf(file: string, line: number, columns: CsvColumns, column: string, row: string[]): { negative: boolean; digits: string } | null {
  const value = cellOf(row, columns, column.toLowerCase()).replace(/^[£$€]\s*/, "");
  if (!value) return null;
  const m = /^([+-])?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/.exec(value);
  if (!m) throw new ImportError(file, where(line, columns, column), `${JSON.stringify(value)}: expected an amount, "-24.99"`);
  return { negative: m[1] === "-", digits: m[2]!.replace(/,/g, "") };
}

/** Whether digits are nought ("0.00", "0"). */
export function isNought(digits: string): boolean {
  return /^0*(?:\.0*)?$/.test(digits);
}

/** A note's words kept as written, on one line, its double quotes single so that the sentence's hold. */
export function quoted(text: string): string {
  return `"${text.replace(/\s+/g, " ").replace(/"/g, "'").trim()}"`;
}

/** A name as a key's part, an account's or a group's: lower-cased, its runs of other characters than letters and digits a "-" ("Lisbon 2026" → "lisbon-2026"). Shared by ynab.ts and splitwise.ts. */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The notes of one export's transactions, a note per account and month, each transaction a paragraph
 * (its sentence, {@link bankSentence}), held to the file's end (held-notes.ts), with what was left out
 * counted. Shared by the CSV banks' reader (here), the OFX/QFX reader (ofx.ts), the QIF reader (qif.ts), the payment
 * apps' (venmo.ts, paypal.ts), YNAB's (ynab.ts: its plan's paragraphs by {@link BankNotes.addText}) and Splitwise's
 * (splitwise.ts: each row's sentence by {@link BankNotes.addText}).
 */
export class BankNotes {
  private readonly notes = new HeldNotes({ records: "log" });
  private readonly left = new Map<string, { n: number; plural: string }>();
  // (the keys of transactions with no id of their own, to name a second alike "#2")
  private readonly seen = new Map<string, number>();
  /** How many transactions were told. */
  told = 0;

  /** A key for a transaction with no id of its own: `key` itself, or "key#2" for the second alike (forgotten past {@link MAX_SEEN_KEYS} keys). */
  keyed(key: string): string {
    if (this.seen.size >= MAX_SEEN_KEYS && !this.seen.has(key)) this.seen.clear();
    const same = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, same);
    return same > 1 ? `${key}#${same}` : key;
  }

  /** Counts a transaction left out, said why in the refusal of an export that tells none ("round-up", plural "round-ups"). */
  leaveOut(what: string, plural = what): void {
    const was = this.left.get(what);
    this.left.set(what, { n: (was?.n ?? 0) + 1, plural });
  }

  /**
   * Adds transaction `t`, keyed `id`, to its month's note of the account keyed `account` ("monzo", "ofx:…"):
   * that note keyed `bank:<account>:<YYYY-MM>` and titled "<title>, October 2026"; the sentence names `bank`.
   * @returns the notes to give now (held-notes.ts: none until too many are held).
   */
  add(id: string, account: string, title: string, bank: string, t: BankTransaction, metadata: Record<string, unknown>): ParsedConversation[] {
    return this.addText(id, account, title, t.at, bankSentence(bank, t), metadata);
  }

  /**
   * Adds a paragraph of `text` at `at` (epoch ms), keyed `id`, to its month's note of the account keyed `account`, as
   * {@link add} adds a transaction's sentence: for a record that is no transaction (a month's plan of a budget, ynab.ts).
   * @returns the notes to give now (held-notes.ts: none until too many are held).
   */
  addText(id: string, account: string, title: string, at: number, text: string, metadata: Record<string, unknown>): ParsedConversation[] {
    this.told++;
    const turn: ParsedTurn = { externalId: id, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata };
    return this.notes.add(`bank:${account}:${new Date(at).toISOString().slice(0, 7)}`, `${title}, ${monthYear(at)}`, turn);
  }

  /**
   * The notes still held, by their first transaction's time.
   * @throws ImportError at `where` when no transaction was told: "the note has no text: <what> with no
   *   transaction to tell (2 round-ups, 1 declined)", so that a folder passes it over saying so.
   */
  end(file: string, where: string, what: string): ParsedConversation[] {
    if (!this.told) {
      const why = [...this.left].map(([one, { n, plural }]) => `${n} ${n > 1 ? plural : one}`).join(", ");
      throw new ImportError(file, where, `${NO_TEXT}: ${what} with no transaction to tell${why ? ` (${why})` : ""}`);
    }
    return this.notes.given().sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0));
  }
}

// ---------------------------------------------------------------- Monzo

/** Monzo's day and time, "03/10/2026" and "09:12:44" (or "09:12"; a day alone at noon), as epoch ms read as UTC, or null. */
function monzoTime(day: string, time: string): number | null {
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(day) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!d) return null;
  const [y, mo, dd] = d[1]!.length === 4 ? [+d[1]!, +d[2]!, +d[3]!] : [+d[3]!, +d[2]!, +d[1]!];
  const t = time ? /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time) : null;
  if (time && !t) return null;
  const [h, mi, s] = t ? [+t[1]!, +t[2]!, +(t[3] ?? 0)] : [12, 0, 0];
  const at = Date.UTC(y, mo - 1, dd, h, mi, s);
  const check = new Date(at);
  return check.getUTCDate() === dd && check.getUTCMonth() === mo - 1 && h < 24 && mi < 60 && s < 60 ? at : null;
}

/** Monzo's types that move money between people's banks, whose Description is the payment's reference (a Direct Debit's is the merchant's line: "PUREGYM LTD"). */
const TRANSFER_TYPES = /^(?:faster payment|monzo-to-monzo|bacs|standing order|bank transfer|payment)/i;
/** References that say nothing: Monzo's own default. */
const EMPTY_REFERENCE = /^(?:sent from monzo|monzo)$/i;

/** A Monzo row as a transaction, or why it is left out ("round-up", "of 0.00"). @throws ImportError naming a bad cell. */
function monzoTransaction(file: string, row: string[], columns: CsvColumns, line: number): BankTransaction | { left: string } {
  const cell = (c: string) => cellOf(row, columns, c.toLowerCase());
  const at = monzoTime(cell("Date"), cell("Time"));
  if (at === null)
    throw new ImportError(
      file,
      where(line, columns, "Date"),
      `${JSON.stringify(`${cell("Date")} ${cell("Time")}`.trim())}: expected Monzo's day and time, "03/10/2026" "09:12:44"`,
    );
  const type = cell("Type");
  const name = cell("Name").replace(/\s+/g, " ");
  const currency = cell("Currency") || "GBP";
  let amount = amountOf(file, line, columns, "Amount", row);
  if (amount === null) amount = amountOf(file, line, columns, "Money Out", row) ?? amountOf(file, line, columns, "Money In", row);
  if (amount === null) throw new ImportError(file, where(line, columns, "Amount"), 'empty: expected the amount, "-24.99"');
  if (isNought(amount.digits)) return { left: "of 0.00" };
  const money = amountWords(amount.digits, currency);
  const local = amountOf(file, line, columns, "Local amount", row);
  const localCurrency = cell("Local currency").toUpperCase();
  const abroad = local && localCurrency && localCurrency !== currency.toUpperCase() ? ` (${amountWords(local.digits, localCurrency)})` : "";
  const notes = cell("Notes and #tags");
  const description = cell("Description").replace(/\s+/g, " ");
  const category = cell("Category").replace(/_/g, " ").toLowerCase();
  const aside: string[] = [];
  if (/^pot transfer$/i.test(type)) {
    if (/^round ?ups?\b/i.test(description)) return { left: "round-up" };
    const pot = name ? `the ${name.replace(/\s+pot$/i, "")} pot` : "a pot";
    if (notes) aside.push(`note: ${quoted(notes)}`);
    return { at, what: amount.negative ? `Moved ${money} into ${pot}` : `Moved ${money} out of ${pot}`, aside };
  }
  const transfer = TRANSFER_TYPES.test(type);
  const reference = transfer && description && !EMPTY_REFERENCE.test(description) && description.toLowerCase() !== name.toLowerCase() ? description : "";
  if (notes && notes.toLowerCase() === reference.toLowerCase()) aside.push(`reference ${quoted(reference)}`);
  else {
    if (reference) aside.push(`reference ${quoted(reference)}`);
    if (notes) aside.push(`note: ${quoted(notes)}`);
  }
  const who = name || description || "someone";
  let what: string;
  if (!amount.negative) what = /^card payment$/i.test(type) ? `Got a refund of ${money}${abroad} from ${who}` : `Received ${money}${abroad} from ${who}`;
  else if (category === "cash") what = `Took out ${money}${abroad} in cash at ${who}`;
  else
    what = `Paid ${money}${abroad} to ${who}${/^direct debit$/i.test(type) ? " by Direct Debit" : /^standing order$/i.test(type) ? " by standing order" : ""}`;
  return { at, what, ...(category && category !== "general" ? { kind: category } : {}), aside };
}

// ---------------------------------------------------------------- Revolut

/** Revolut's time, "2026-10-05 19:03:40" (an hour of one digit too, "2018-07-20 5:28:14"), as epoch ms read as UTC, or null. */
function revolutTime(value: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value) ?? /^(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (!m) return null;
  const at = m[2] === undefined ? isoToMs(`${m[1]}T12:00:00`) : isoToMs(`${m[1]}T${m[2].padStart(2, "0")}:${m[3]}:${m[4] ?? "00"}`);
  return Number.isNaN(at) ? null : at;
}

/** A Revolut row as read: its cells that say what it was, and its time. */
interface RevolutRow {
  at: number;
  started: string;
  type: string;
  product: string;
  description: string;
  amount: { negative: boolean; digits: string };
  fee: { negative: boolean; digits: string } | null;
  currency: string;
  state: string;
  line: number;
}

/** A Revolut row's key: what it says that stays as it completes ("revolut:2026-10-05 19:03:40|card payment|current|Uber|-14.2|0|GBP"). */
function revolutKey(r: RevolutRow): string {
  const n = (a: { negative: boolean; digits: string } | null) => (a ? `${a.negative ? "-" : ""}${Number(a.digits)}` : "");
  return `revolut:${r.started}|${r.type}|${r.product.toLowerCase()}|${r.description}|${n(r.amount)}|${n(r.fee)}|${r.currency}`;
}

/** Own money moved: to or from a pocket or a savings vault ("To pocket GBP Lisbon from GBP", "To EUR Savings", "Pocket Withdrawal"). */
const OWN_MOVE = /^(?:to|from)\s+pocket\b|^pocket withdrawal\b|^(?:to|from)\s+[A-Z]{3}\s+(?:savings|vault|instant access)/i;
/** Money sent: "To Sam Okafor", "Transfer to …", "International Transfer to …", "Payment to …". */
const SENT_TO = /^(?:international\s+)?(?:transfer|payment|money)?\s*to\s+(.+)$/i;
/** Money received: "Payment from …", "Transfer from …", "From …", "Money added from …". */
const RECEIVED_FROM = /^(?:(?:transfer|payment|money added)\s+)?from\s+(.+)$/i;

/** A Revolut row as a transaction (an exchange's other side, `other`, told with it). */
function revolutTransaction(r: RevolutRow, other?: RevolutRow): BankTransaction {
  const money = amountWords(r.amount.digits, r.currency);
  const kind = r.product && !/^current$/i.test(r.product) ? { kind: r.product } : {};
  const after = r.fee && !isNought(r.fee.digits) ? `, with a ${amountWords(r.fee.digits, r.currency)} fee` : "";
  const t = (what: string): BankTransaction => ({ at: r.at, what, after, ...kind, aside: [] });
  const d = r.description;
  if (r.type === "exchange") {
    const into = /^exchanged\s+to\s+([A-Z]{3})\b/i.exec(d)?.[1]?.toUpperCase() ?? "";
    if (other) return t(`Exchanged ${money} for ${amountWords(other.amount.digits, other.currency)}`);
    return t(r.amount.negative ? `Exchanged ${money}${into && into !== r.currency ? ` into ${into}` : ""}` : `Exchanged into ${money}`);
  }
  if (OWN_MOVE.test(d)) {
    const pocket = /^(?:to|from)\s+pocket\s+(?:[A-Z]{3}\s+)?(.+?)(?:\s+(?:from|to)\s+[A-Z]{3})?$/i.exec(d)?.[1];
    const place = pocket ? `the ${pocket} pocket` : d.replace(/^(?:to|from)\s+/i, "").replace(/^pocket withdrawal\b.*/i, "a pocket");
    return t(r.amount.negative ? `Moved ${money} into ${place}` : `Moved ${money} out of ${place}`);
  }
  if (isNought(r.amount.digits) && r.fee && !isNought(r.fee.digits))
    return { at: r.at, what: `Paid Revolut a ${amountWords(r.fee.digits, r.currency)} fee${d ? ` (${d})` : ""}`, ...kind, aside: [] };
  switch (r.type) {
    case "card refund":
    case "refund":
      return t(`Got a refund of ${money} from ${d.replace(/^refund\s+from\s+/i, "") || "a card payment"}`);
    case "atm": {
      const at = /^cash\s+(?:withdrawal\s+)?at\s+(.+)$/i.exec(d)?.[1];
      return t(`Took out ${money} in cash${at ? ` at ${at}` : d ? ` (${d})` : ""}`);
    }
    case "topup":
    case "top-up": {
      const from = RECEIVED_FROM.exec(d)?.[1];
      return t(from ? `Received ${money} from ${from}` : `Topped up Revolut with ${money}${d ? ` (${d})` : ""}`);
    }
    case "fee":
    case "charge":
      return t(`Paid Revolut ${money}${d ? ` for ${d}` : ""}`);
    case "cashback":
    case "reward":
    case "interest":
      return t(`Got ${money} from Revolut${d ? ` (${d})` : ""}`);
  }
  if (r.amount.negative) {
    const to = r.type === "transfer" ? SENT_TO.exec(d)?.[1] : undefined;
    return t(to ? `Sent ${money} to ${to}` : `Paid ${money} to ${d || "someone"}`);
  }
  const from = RECEIVED_FROM.exec(d)?.[1];
  return t(`Received ${money} from ${from ?? (d || "someone")}`);
}

/** A Revolut row read from its cells. @throws ImportError naming the line and column of a bad time or amount. */
function revolutRow(file: string, row: string[], columns: CsvColumns, line: number): RevolutRow {
  const cell = (c: string) => cellOf(row, columns, c.toLowerCase());
  const started = cell("Started Date") || cell("Completed Date");
  const at = revolutTime(started);
  if (at === null)
    throw new ImportError(file, where(line, columns, "Started Date"), `${JSON.stringify(started)}: expected Revolut's time, "2026-10-05 19:03:40"`);
  const amount = amountOf(file, line, columns, "Amount", row);
  if (amount === null) throw new ImportError(file, where(line, columns, "Amount"), 'empty: expected the amount, "-12.50"');
  return {
    at,
    started,
    type: cell("Type").toLowerCase().replace(/_/g, " "),
    product: cell("Product"),
    description: cell("Description").replace(/\s+/g, " "),
    amount,
    fee: amountOf(file, line, columns, "Fee", row),
    currency: cell("Currency").toUpperCase(),
    state: cell("State").toUpperCase(),
    line,
  };
}

/** States of a Revolut row that never took money: left out. */
const NEVER_HAPPENED = /^(?:DECLINED|REVERTED|FAILED|CANCELLED|CANCELED)$/;

// ---------------------------------------------------------------- reading

/**
 * Reads `file`, a Monzo export or a Revolut statement (told by its header, {@link bankKind}), as notes of
 * the user's (format `note`, said by the user, speaker "User"): a note per bank and month (externalId
 * `bank:monzo:2026-10`, title "Monzo, October 2026"; `bank:revolut:…`, "Revolut, …"), each transaction a
 * paragraph of its time, a sentence in words (the module's docstring), in time order; a Revolut exchange's
 * two rows one sentence. Paragraphs are keyed by Monzo's transaction id, or by a Revolut row's content
 * (its start, type, product, description, amount, fee and currency; "#2" for a second row alike), so a
 * later export adds only the new transactions. Turn metadata: `{ line, bank: { bank, … the row's cells
 * by name } }`.
 * @throws ImportError naming the file and where: a header that is neither bank's (`line 1`); a cell that
 *   is wrong, at its line and by its column's place and name (`line 7, column 2 "Date": "2026/10/03":
 *   expected Monzo's day and time, "03/10/2026" "09:12:44"`; an amount that is none, a Revolut time that
 *   is none); the CSV's own faults (an unclosed or stray quote, a record over {@link MAX_RECORD_CHARS}
 *   characters) at the line csv-parse stopped at; invalid UTF-8 at its line and byte; an export with no
 *   transaction to tell (none, or only declined, reverted, nought or round-ups) "the note has no text: …"
 *   (a folder passes it over, saying so).
 */
export async function* parseBank(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new BankNotes();
  let kind: BankKind | null = null;
  let columns: CsvColumns | null = null;
  // (a Revolut exchange's row waiting for its other currency's, by its start)
  const exchanges = new Map<string, RevolutRow>();
  const add = (id: string, bank: BankKind, t: BankTransaction, metadata: Record<string, unknown>): ParsedConversation[] => {
    const name = bank === "monzo" ? "Monzo" : "Revolut";
    return notes.add(id, bank, name, name, t, metadata);
  };
  const revolutTurn = (r: RevolutRow, other?: RevolutRow): ParsedConversation[] => {
    const meta = (x: RevolutRow) => ({
      type: x.type,
      ...(x.product ? { product: x.product } : {}),
      started: x.started,
      description: x.description,
      amount: `${x.amount.negative ? "-" : ""}${x.amount.digits}`,
      ...(x.fee ? { fee: x.fee.digits } : {}),
      currency: x.currency,
      ...(x.state ? { state: x.state } : {}),
    });
    const metadata = { line: r.line, bank: { bank: "revolut", ...meta(r), ...(other ? { exchangedFor: meta(other) } : {}) } };
    return add(notes.keyed(revolutKey(r)), "revolut", revolutTransaction(r, other), metadata);
  };
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      kind = bankKind(cells.join(","));
      if (!kind)
        throw new ImportError(
          file,
          `line ${line}`,
          `not a bank's export: Monzo's opens "${MONZO_COLUMNS.slice(0, 5).join(",")},…", Revolut's "${REVOLUT_COLUMNS.slice(0, 5).join(",")},…"`,
        );
      columns = new Map(
        cells.map((c, i) => [
          c
            .trim()
            .replace(/^\uFEFF/, "")
            .toLowerCase(),
          i,
        ]),
      );
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    if (kind === "monzo") {
      const t = monzoTransaction(file, cells, columns, line);
      if ("left" in t) {
        notes.leaveOut(t.left, t.left === "round-up" ? "round-ups" : t.left);
        continue;
      }
      const id = cellOf(cells, columns, "transaction id");
      const byName = Object.fromEntries(MONZO_COLUMNS.map((c) => [c, cellOf(cells, columns!, c.toLowerCase())]).filter(([c, v]) => v && c !== "Emoji"));
      const key =
        id ||
        notes.keyed(
          `monzo:${cellOf(cells, columns, "date")} ${cellOf(cells, columns, "time")}|${cellOf(cells, columns, "name")}|${cellOf(cells, columns, "amount")}`,
        );
      yield* add(key, "monzo", t, { line, bank: { bank: "monzo", ...byName } });
      continue;
    }
    const r = revolutRow(file, cells, columns, line);
    if (NEVER_HAPPENED.test(r.state)) {
      notes.leaveOut(r.state.toLowerCase());
      continue;
    }
    if (isNought(r.amount.digits) && (!r.fee || isNought(r.fee.digits))) {
      notes.leaveOut("of 0.00");
      continue;
    }
    if (r.type === "exchange") {
      const other = exchanges.get(r.started);
      if (other && other.amount.negative !== r.amount.negative && other.currency !== r.currency) {
        exchanges.delete(r.started);
        const [from, to] = r.amount.negative ? [r, other] : [other, r];
        yield* revolutTurn(from, to);
        continue;
      }
      if (exchanges.size < MAX_HELD_EXCHANGES && !other) {
        exchanges.set(r.started, r);
        continue;
      }
    }
    yield* revolutTurn(r);
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not a bank's export (Monzo's opens "${MONZO_COLUMNS.slice(0, 5).join(",")},…")`);
  for (const r of exchanges.values()) yield* revolutTurn(r);
  yield* notes.end(file, `line ${csv.lastLine()}`, `a ${kind === "monzo" ? "Monzo" : "Revolut"} export`);
}
