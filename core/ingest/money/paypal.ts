/**
 * PayPal's activity download (Activity → Download → CSV, or Reports → Activity download: `Download.CSV`),
 * read as notes of the `bank` format (bank.ts: a note per account and month, each transaction a sentence of
 * the user's), told by its header whatever the file's name. PayPal lets the user choose the columns, and its
 * header changed over the years; columns are read by name:
 *
 * - Since 2018: `"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email
 *   Address","To Email Address","Transaction ID","Shipping Address","Address Status","Item Title","Item ID",
 *   …,"Reference Txn ID","Invoice Number","Custom Number","Quantity","Receipt ID","Balance",…,"Subject","Note",
 *   "Country Code","Balance Impact"` (the default fields; fewer when chosen; "Time zone" in the UK's, with
 *   "Counterparty Status", "VAT", "Buyer Wallet" in some), every cell quoted, a byte-order mark first in some (its readers open it as "utf-8-sig").
 * - Before: `Date, Time, Time Zone, Name, Type, Status, Currency, Amount, Receipt ID, Balance`; and the
 *   personal statement's CSV, `"Date","Time","Time Zone","Description","Currency","Gross","Fee","Net",
 *   "Balance","Transaction ID","From Email Address","Name","Bank Name","Bank Account",…,"Reference Txn ID"`
 *   ("Description" the type). A download in another language names its columns in it, and is not told.
 * - A row: "Date" in the account's country's order (`10/03/2026`, `9/4/2018` in the US; `29/12/2015` in the UK
 *   and Europe; `2018/10/11` in Japan), "Time" `14:48:19` on the clock "TimeZone" names (PDT, PST, GMT, CET,
 *   "America/Los_Angeles"); "Name" the other party; "Type" General Payment, Mobile Payment (friends and
 *   family, or goods and services with a fee), Express Checkout Payment, Website Payment, Shopping Cart
 *   Payment (a checkout, "Item Title" the item), Subscription Payment, PreApproved Payment Bill User Payment
 *   (an automatic payment), Payment Refund, General Withdrawal, General Card Deposit and "Bank Deposit to PP
 *   Account " (with a trailing space: the card or bank paying for a payment, its Reference Txn ID that
 *   payment's), General Currency Conversion, General Authorization, Payment Hold and Release; "Status"
 *   Completed, Pending, Denied …; "Gross" signed from the user's side, "Fee" negative when PayPal took one,
 *   "Net" the two; "Note" the sender's message; "Balance Impact" Debit, Credit or Memo (no money moved).
 *
 * Checked against public readers and their fixtures: hledger's paypal-2017 and paypal-2018 rules (both
 * headers, a 2018 row, US days unpadded "1/1/2018") and its paypal-custom.csv (a payment followed by its
 * "Bank Deposit to PP Account " row referencing it, Subscription Payment, PreApproved Payment Bill User
 * Payment, fees negative, chosen columns), OCA bank-statement-import's activity and statement fixtures (UK
 * days "29/12/2015" on PST/PDT, General Withdrawal, currency conversions in pairs, Payment Hold and Release,
 * the statement's "Description" and "Time Zone"), zaim-csv-converter's download (a purchase's card deposit
 * beside it; Debit, Credit and Memo; Japan's "2018/10/11"; a download in Japanese), beancount-paypal's (the
 * header with "Counterparty Status", "Note", Mobile Payment, English and German downloads), importers' UK
 * header ("Time zone", "VAT", "Buyer Wallet") and the old personal header's readers.
 *
 * Read as the user's notes: a note per month ("PayPal, October 2026", keyed `bank:paypal:2026-10`), each
 * transaction a sentence (bank.ts `bankSentence`): "Sold "Nintendo Switch OLED (white) with 2 controllers" to
 * Kevin Park for $240.00 on Saturday 3 October, less a $8.87 fee (PayPal).", "Bought "Pentax K1000 …" from
 * Hollis Camera Co. for $185.00 on …", "Received $350.00 from Dana Whitfield for "Trek FX 2 hybrid bike - will
 * pick up Saturday" on …, less a $12.70 fee (PayPal).", "Paid Priya Nair $40.00 for "Ana's birthday gift 🎁
 * my share" on …", "Paid Spotify USA Inc $11.99 for "Spotify Premium" on … (PayPal, automatic payment).", "Got
 * a refund of $79.00 from Urban Outfitters for "BDG corduroy trucker jacket" on …", "Transferred $300.00 from
 * PayPal to the bank on …", amounts in the row's currency. A time is read on the clock PayPal names, as the
 * user's clock (read as UTC, the day PayPal gives). A file's days are read in the order all of them fit
 * (qif.ts's rules: day first when one has a first number over 12, month first when one has a second over
 * 12), else the account's: month first on a North American clock (PDT, EST, "America/…"), day first on
 * another; the file is read twice, once for that. Left out: rows that moved no money (Balance Impact "Memo":
 * authorizations, holds; a Payment Hold or Release, an authorization or its void), denied, failed and
 * cancelled rows, currency conversions (the payment says its currency), the card or bank deposits paying for
 * a payment (a deposit with no payment is told) and rows of 0.00. A pending payment is told as made. Keys: a
 * transaction by its Transaction ID (`paypal:<id>`), so a later download overlapping this one adds only what
 * is new; a row with none (the old header's) by its day, time, name, type, amount and currency ("#2" for a
 * second alike).
 */
import { stat } from "node:fs/promises";
import { type BankTransaction, BankNotes, isNought, quoted, where } from "./bank.js";
import { type CsvColumns, cellOf, csvRecords, headerCells, headerColumns } from "../kit/csv-records.js";
import { type DateOrder, DaysOrder, qifDay } from "./qif.js";
import { amountWords } from "../kit/record-words.js";
import { type StatementAmount, statementAmount } from "./statement.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";
import { forNote } from "./venmo.js";

/** Most characters of one record: an unclosed quote is refused here, not read to the file's end. */
const MAX_RECORD_CHARS = 1024 * 1024;

/**
 * Whether a file's start (its text) is PayPal's activity download, by its header: naming "Date", "Time", its
 * zone ("TimeZone", "Time zone"), "Name", "Currency", the amount ("Gross", or the old "Amount"), the type
 * ("Type", or the statement's "Description") and "Status", "Transaction ID" or "Receipt ID".
 */
export function isPayPalActivity(start: string): boolean {
  const cells = new Set(headerCells(start.replace(/^\uFEFF/, ""), true));
  const any = (...names: string[]) => names.some((n) => cells.has(n));
  return (
    ["date", "time", "name", "currency"].every((n) => cells.has(n)) &&
    any("timezone", "time zone") &&
    any("gross", "amount") &&
    any("type", "description") &&
    any("status", "transaction id", "receipt id")
  );
}

/** Clocks of North America, where PayPal writes a day month first. */
const NORTH_AMERICAN = /^(?:(?:[PMCEA]|AK|H)[SD]T|HST|America\/.+)$/i;

/** How an order of a day's parts is said in a refusal. */

/** Statuses of a row that never moved money: left out. */
const NEVER_HAPPENED = /^(?:denied|declined|failed|cancell?ed|voided|expired)$/i;

/** Types of row that move no money of the user's to anyone: holds, their releases, authorizations and their voids. */
const NO_PAYMENT = /authori[sz]ation|\bhold\b|\brelease\b|\bvoid\b/i;

/**
 * The order `file`'s days are written in, from all of them (the first pass): as they tell (qif.ts
 * `orderTold`; a day written year first, "2018/10/11", is read as such whatever the order), else by the
 * clock the rows name ({@link NORTH_AMERICAN}: month first; day first on another).
 * @throws ImportError at the line of a day no order fits with the others ("13/10/2026" and "10/13/2026")
 */
async function dateOrder(file: string, size: number): Promise<DateOrder> {
  const csv = csvRecords(file, size, MAX_RECORD_CHARS);
  let columns: CsvColumns | null = null;
  const days = new DaysOrder();
  let zone = "";
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      columns = headerColumns(cells);
      continue;
    }
    zone ||= cellOf(cells, columns, "timezone") || cellOf(cells, columns, "time zone");
    const day = cellOf(cells, columns, "date");
    // (a day written year first, Japan's "2018/10/11", tells its own order and no other's)
    days.tell(file, where(line, columns, "Date"), day, `"${day}"`);
  }
  return days.order ?? (NORTH_AMERICAN.test(zone) ? "mdy" : "dmy");
}

/** A PayPal day and time ("10/03/2026", "14:48:19" or "2:48:19 PM"; no time, noon) in `order`, as epoch ms read as UTC, or null. */
function paypalTime(day: string, time: string, order: DateOrder): number | null {
  const noon = qifDay(day, order);
  if (noon === null) return null;
  if (!time) return noon;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?$/i.exec(time);
  if (!m) return null;
  let h = +m[1]!;
  if (m[4]) h = (h % 12) + (/^p/i.test(m[4]) ? 12 : 0);
  const [mi, s] = [+m[2]!, +(m[3] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return null;
  return noon + ((h - 12) * 3600 + mi * 60 + s) * 1000;
}

/** A PayPal row as read: its type, amounts, who and what it was with. */
interface PayPalRow {
  at: number;
  type: string;
  gross: StatementAmount;
  fee: StatementAmount | null;
  currency: string;
  name: string;
  item: string;
  note: string;
  bank: string;
}

/**
 * A PayPal row as a transaction (the module's docstring): a withdrawal to the bank or a deposit from it, a
 * refund, a purchase or a sale of an item, a payment to or from someone with its note, an automatic payment.
 */
function paypalTransaction(r: PayPalRow): BankTransaction {
  const money = amountWords(r.gross.digits, r.currency);
  const out = r.gross.negative;
  const fee = r.fee && !isNought(r.fee.digits) ? amountWords(r.fee.digits, r.currency) : "";
  const who = r.name || "someone";
  const item = r.item ? quoted(r.item) : "";
  const t = (what: string, kind?: string): BankTransaction => ({
    at: r.at,
    what,
    ...(fee ? { after: out ? `, with a ${fee} fee` : `, less a ${fee} fee` } : {}),
    ...(kind ? { kind } : {}),
    aside: r.note && item ? [`note: ${quoted(r.note)}`] : [],
  });
  if (/withdraw/i.test(r.type)) return t(`Transferred ${money} from PayPal to ${r.bank || "the bank"}`);
  if (/deposit|add(?:ed)? funds|funds added/i.test(r.type) && !out) return t(`Added ${money} to PayPal from ${r.name || r.bank || "the bank"}`);
  if (/refund/i.test(r.type))
    return out ? t(`Refunded ${money} to ${who}${item ? ` for ${item}` : ""}`) : t(`Got a refund of ${money} from ${who}${item ? ` for ${item}` : ""}`);
  if (out) {
    if (/subscription|pre-?approved|recurring|billing/i.test(r.type))
      return t(`Paid ${who} ${money}${item ? ` for ${item}` : forNote(r.note)}`, "automatic payment");
    return t(item ? `Bought ${item} from ${who} for ${money}` : `Paid ${who} ${money}${forNote(r.note)}`);
  }
  return t(item ? `Sold ${item} to ${who} for ${money}` : `Received ${money} from ${who}${forNote(r.note)}`);
}

/** Columns kept in a turn's metadata when not empty. */
const KEPT = [
  "Date",
  "Time",
  "TimeZone",
  "Time zone",
  "Name",
  "Type",
  "Description",
  "Status",
  "Currency",
  "Gross",
  "Amount",
  "Fee",
  "Net",
  "Transaction ID",
  "Item Title",
  "Reference Txn ID",
  "Subject",
  "Note",
  "Balance Impact",
];

/**
 * Reads `file`, PayPal's activity download ({@link isPayPalActivity}), as notes of the user's (format `note`,
 * said by the user, speaker "User", records "log"): a note per month (externalId `bank:paypal:2026-10`, title
 * "PayPal, October 2026"), each transaction a paragraph of its time, a sentence (the module's docstring), in
 * time order; read twice, the first time for the order its days are written in. Turn metadata: `{ line,
 * bank: { bank: "paypal", … the row's cells by name } }`.
 * @throws ImportError naming the file and where: a header that is not PayPal's (`line 1`); a day, a time or an
 *   amount that is none, at its line and by its column's place and name (`line 4, column 1 "Date":
 *   "2026-13-40": expected PayPal's day and time, …`); days written in both orders; the CSV's own faults at
 *   the line csv-parse stopped at; invalid UTF-8; a download with nothing to tell (none, or only holds,
 *   authorizations and deposits paying for payments): "the note has no text: …" (a folder passes it over,
 *   saying so).
 */
export async function* parsePayPal(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const order = await dateOrder(file, info.size);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new BankNotes();
  let columns: CsvColumns | null = null;
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      if (!isPayPalActivity(cells.join(",")))
        throw new ImportError(file, `line ${line}`, `not PayPal's activity download: its header opens "Date","Time","TimeZone","Name","Type","Status",…`);
      columns = headerColumns(cells);
      continue;
    }
    const cell = (c: string) => cellOf(cells, columns!, c.toLowerCase());
    if (cells.every((c) => !c.trim())) continue;
    const type = (cell("Type") || cell("Description")).replace(/\s+/g, " ");
    const status = cell("Status");
    if (NEVER_HAPPENED.test(status)) {
      notes.leaveOut(status.toLowerCase());
      continue;
    }
    if (/^memo$/i.test(cell("Balance Impact")) || NO_PAYMENT.test(type)) {
      notes.leaveOut("hold or authorization", "holds and authorizations");
      continue;
    }
    if (/currency conversion/i.test(type)) {
      notes.leaveOut("currency conversion", "currency conversions");
      continue;
    }
    const at = paypalTime(cell("Date"), cell("Time"), order);
    if (at === null)
      throw new ImportError(
        file,
        where(line, columns, "Date"),
        `${JSON.stringify(`${cell("Date")} ${cell("Time")}`.trim())}: expected PayPal's day and time, "${order === "dmy" ? "03/10/2026" : "10/03/2026"}" "14:48:19"`,
      );
    const grossColumn = columns.has("gross") ? "Gross" : "Amount";
    const gross = statementAmount(cell(grossColumn));
    if (!gross) throw new ImportError(file, where(line, columns, grossColumn), `${JSON.stringify(cell(grossColumn))}: expected an amount, "-45.00"`);
    const feeCell = cell("Fee") || cell("Fees");
    const fee = feeCell ? statementAmount(feeCell) : null;
    if (feeCell && !fee)
      throw new ImportError(file, where(line, columns, columns.has("fee") ? "Fee" : "Fees"), `${JSON.stringify(feeCell)}: expected an amount, "-2.90"`);
    if (/deposit|add(?:ed)? funds|funds added/i.test(type) && !gross.negative && cell("Reference Txn ID")) {
      notes.leaveOut("deposit paying for a payment", "deposits paying for payments");
      continue;
    }
    if (isNought(gross.digits)) {
      notes.leaveOut("of 0.00");
      continue;
    }
    const item = cell("Item Title").replace(/\s+/g, " ");
    const subject = cell("Subject").replace(/\s+/g, " ");
    const r: PayPalRow = {
      at,
      type,
      gross,
      fee,
      currency: cell("Currency").toUpperCase() || "USD",
      name: cell("Name") || (gross.negative ? cell("To Email Address") : cell("From Email Address")),
      item,
      note: (cell("Note") || (subject !== item ? subject : "")).replace(/\s+/g, " "),
      bank: cell("Bank Name"),
    };
    const id = cell("Transaction ID");
    const key = id ? `paypal:${id}` : notes.keyed(`paypal:${cell("Date")} ${cell("Time")}|${r.name}|${type}|${cell(grossColumn)}|${r.currency}`);
    const byName = Object.fromEntries(KEPT.map((c) => [c, cell(c)]).filter(([, v]) => v));
    yield* notes.add(key, "paypal", "PayPal", "PayPal", paypalTransaction(r), { line, bank: { bank: "paypal", ...byName } });
  }
  if (!columns) throw new ImportError(file, "line 1", 'no header: not PayPal\'s activity download (its header opens "Date","Time","TimeZone","Name",…)');
  yield* notes.end(file, `line ${csv.lastLine()}`, "a PayPal activity download");
}
