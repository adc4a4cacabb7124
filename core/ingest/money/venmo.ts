/**
 * Venmo's account statements (venmo.com → Statements → a month, or a custom range → Download CSV:
 * `VenmoStatement_Oct_2026.csv`), read as notes of the `bank` format (bank.ts: a note per account and month,
 * each transaction a sentence of the user's), told by their content whatever the file's name:
 *
 * - Since 2021: a preamble, `Account Statement - (@Jordan-Reyes-7) ,,,…` (with the statement's period after
 *   the handle in some, "- March 27th to June 26th 2021") and `Account Activity,,,…`, then the header with a
 *   blank first column, `,ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (tax),Amount
 *   (fee),Tax Rate,Tax Exempt,Funding Source,Destination,Beginning Balance,Ending Balance,Statement Period Venmo
 *   Fees,Terminal Location,Year to Date Venmo Fees,Disclaimer` (2021's without the tip, tax and rate columns);
 *   a row holding only the beginning balance; a row per transaction; the ending balance's row, its last cell
 *   Venmo's disclaimer over several lines; in some, a "Cryptocurrency summary" section after it.
 * - Before: the header first, ` Username,ID,Datetime,…,Amount (total),Amount (fee),Funding Source,Destination,
 *   Beginning Balance,…` (a row of the username and the beginning balance under it), or `" ID","Datetime",…`.
 * - A transaction: "ID" Venmo's (digits, "4129933106472260558"); "Datetime" `2026-10-01T14:55:09`, no zone;
 *   "Type" Payment, Charge (a request: its From the one who asked, its To the one who paid), Standard Transfer
 *   or Instant Transfer (to the user's bank, "Destination" naming it, "WELLS FARGO BANK *4417"), Merchant
 *   Transaction (paying a business); "Status" Complete, Issued (a transfer), Pending; "Note" what the payment
 *   was for as its sender typed it, emoji and all; "From" and "To" people's names; "Amount (total)" signed
 *   from the user's side, a space after the sign, `- $1,450.00`, `+ $215.00`; "Amount (fee)" an instant
 *   transfer's or a business's fee; "Funding Source" what paid ("Venmo balance", "Visa Debit *1559").
 *
 * Checked against public readers and fixtures: cash-sync's Venmo importer spec (the preamble, the beginning
 * balance's row, the disclaimer's cell of many lines, notes with emoji, the username in line 1);
 * ActualBudgetImport's notes (rows `…,- $25.00,,0,,0,,Venmo balance,,,,,Venmo,,`, "Venmo" the terminal
 * location, `VenmoStatement_Sep_2025.csv`); beancount-import's Venmo source and its transactions.csv (who paid
 * whom: in a Payment the From when the amount is positive, the To when negative; in a Charge the other way
 * round; Standard Transfer rows with no From nor To, "Issued"; Merchant Transaction rows; " ID"); hledger's
 * Venmo rules (the 2022 header, the disclaimer's row); older readers' docstrings (the 2019 header "Username,ID,
 * Datetime,…" and its username row); importers' tests (2021's shorter header, Pending and Issued statuses,
 * Instant Transfer with its fee, the Cryptocurrency summary section after the statement).
 *
 * Read as the user's notes: a note per account and month ("Venmo, October 2026", keyed
 * `bank:venmo:<handle>:2026-10`), each transaction a sentence (bank.ts `bankSentence`): "Paid Sam Okafor
 * $45.00 for "🎶 Concert tickets" on Friday 9 October (Venmo).", "Received $215.00 from Sam Okafor for
 * "Tahoe cabin share 🏔️" on Sunday 4 October (Venmo).", "Received $89.00 from Priya Nair for "🏀 Warriors
 * tickets" on … (Venmo, as I requested).", "Paid Tess Huang $58.12 for "⚡ PG&E September" on … (Venmo, as
 * they requested).", "Transferred $200.00 from Venmo to WELLS FARGO BANK *4417 on …, with a $3.50 fee (Venmo,
 * instant transfer).", "Paid $6.75 to Blue Bottle Coffee on … (Venmo).". Notes are kept as typed, quoted.
 * Times have no zone and are read as UTC, the user's clock, as every reader does (public samples suggest
 * Venmo writes UTC: a dinner paid at 01:15). A pending payment is told as made (its words do not change when
 * it completes, so a later statement adds nothing twice); cancelled, failed and declined ones are left out.
 * Keys: a transaction by its ID, so overlapping statements and a later one add only what is new.
 */
import { stat } from "node:fs/promises";
import { type BankTransaction, BankNotes, isNought, quoted, where } from "./bank.js";
import { type CsvColumns, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { amountWords } from "../kit/record-words.js";
import { type StatementAmount, statementAmount } from "./statement.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** The header's columns a Venmo statement's transactions are read by (others, its balances and disclaimer, are not read). */
export const VENMO_COLUMNS = ["ID", "Datetime", "Type", "Status", "Note", "From", "To", "Amount (total)"] as const;

/** Most records before a Venmo statement's header (its preamble is two lines): past it the file is refused. */
const MAX_PREAMBLE_RECORDS = 8;

/** Most characters of one record: an unclosed quote is refused here, not read to the file's end. */
const MAX_RECORD_CHARS = 1024 * 1024;

/** Whether a record's cells (trimmed, any case) are a Venmo statement's header: naming each of {@link VENMO_COLUMNS}. */
function isVenmoHeader(cells: string[]): boolean {
  const names = new Set(cells.map((c) => c.trim().toLowerCase()));
  return VENMO_COLUMNS.every((c) => names.has(c.toLowerCase()));
}

/** Whether a file's start (its text) is a Venmo statement's: one of its first lines a header naming {@link VENMO_COLUMNS} (after the preamble "Account Statement - (@…)", "Account Activity" in those since 2021). */
export function isVenmoStatement(start: string): boolean {
  const lines = start.replace(/^\uFEFF/, "").split(/\r?\n/, 4);
  return lines.some((l) => isVenmoHeader(headerCells(l)));
}

/** Statuses of a transaction that never moved money: left out. */
const NEVER_HAPPENED = /^(?:cancell?ed|failed|declined|expired|denied)$/i;

/** A Venmo time, "2026-10-01T14:55:09" (a space for the T, fractions of a second or a "Z" in some), as epoch ms read as UTC, or null. */
export function venmoTime(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?Z?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 12), +(m[5] ?? 0), +(m[6] ?? 0)];
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(at);
  return check.getUTCDate() === d && check.getUTCMonth() === mo - 1 && h < 24 && mi < 60 && s < 60 ? at : null;
}

/** A Venmo row as read: its cells by the header's names, its amount and fee. */
interface VenmoRow {
  at: number;
  type: string;
  note: string;
  from: string;
  to: string;
  amount: StatementAmount;
  fee: StatementAmount | null;
  tip: StatementAmount | null;
  funding: string;
  destination: string;
}

/** A payment's note as said in its sentence, what it was for: ` for "🍕 pizza night"` (quoted as typed, bank.ts `quoted`), or "" for none. Shared with paypal.ts. */
export function forNote(note: string): string {
  return note ? ` for ${quoted(note)}` : "";
}

/**
 * A Venmo row as a transaction (the module's docstring): who paid whom by its type and its amount's sign
 * (a Payment's counterpart is its To when the user paid, its From when they were paid; a Charge's the other
 * way round), a transfer to or from the user's bank, a business paid.
 */
function venmoTransaction(r: VenmoRow): BankTransaction {
  const money = amountWords(r.amount.digits, "USD");
  const out = r.amount.negative;
  const extras = [
    ...(r.fee && !isNought(r.fee.digits) ? [`a ${amountWords(r.fee.digits, "USD")} fee`] : []),
    ...(r.tip && !isNought(r.tip.digits) ? [`a ${amountWords(r.tip.digits, "USD")} tip`] : []),
  ];
  const t = (what: string, kind?: string): BankTransaction => ({
    at: r.at,
    what,
    ...(extras.length ? { after: `, with ${extras.join(" and ")}` } : {}),
    ...(kind ? { kind } : {}),
    aside: [],
  });
  const type = r.type.toLowerCase();
  if (/transfer$/.test(type)) {
    const kind = /^instant/.test(type) ? "instant transfer" : undefined;
    return out
      ? t(`Transferred ${money} from Venmo to ${r.destination || "the bank"}`, kind)
      : t(`Added ${money} to Venmo from ${r.funding || "the bank"}`, kind);
  }
  if (type === "charge") {
    // (a request: its From asked, its To paid)
    return out
      ? t(`Paid ${r.from || "someone"} ${money}${forNote(r.note)}`, "as they requested")
      : t(`Received ${money} from ${r.to || "someone"}${forNote(r.note)}`, "as I requested");
  }
  if (type === "payment")
    return out ? t(`Paid ${r.to || "someone"} ${money}${forNote(r.note)}`) : t(`Received ${money} from ${r.from || "someone"}${forNote(r.note)}`);
  // (a business paid, a refund from one, or a type not known: by the amount's sign)
  if (out) return t(`Paid ${money} to ${r.to || r.destination || "someone"}${forNote(r.note)}`);
  return t(
    /merchant/.test(type)
      ? `Got a refund of ${money} from ${r.from || "a business"}`
      : `Received ${money} from ${r.from || r.funding || "someone"}${forNote(r.note)}`,
  );
}

/** A Venmo row read from its cells. @throws ImportError naming the line and column of a time or an amount that is none. */
function venmoRow(file: string, cells: string[], columns: CsvColumns, line: number): VenmoRow {
  const cell = (c: string) => cellOf(cells, columns, c.toLowerCase());
  const at = venmoTime(cell("Datetime"));
  if (at === null)
    throw new ImportError(file, where(line, columns, "Datetime"), `${JSON.stringify(cell("Datetime"))}: expected Venmo's time, "2026-10-01T14:55:09"`);
  const money = (c: string, needed: boolean): StatementAmount | null => {
    const value = cell(c);
    if (!value) {
      if (needed) throw new ImportError(file, where(line, columns, c), 'empty: expected the amount, "- $45.00"');
      return null;
    }
    const amount = statementAmount(value);
    if (!amount) throw new ImportError(file, where(line, columns, c), `${JSON.stringify(value)}: expected an amount, "- $45.00"`);
    return amount;
  };
  return {
    at,
    type: cell("Type"),
    note: cell("Note").replace(/\s+/g, " "),
    from: cell("From"),
    to: cell("To"),
    amount: money("Amount (total)", true)!,
    fee: money("Amount (fee)", false),
    tip: money("Amount (tip)", false),
    funding: cell("Funding Source"),
    destination: cell("Destination"),
  };
}

/** Columns kept in a turn's metadata when not empty. */
const KEPT = ["ID", "Datetime", "Type", "Status", "Note", "From", "To", "Amount (total)", "Amount (tip)", "Amount (fee)", "Funding Source", "Destination"];

/**
 * Reads `file`, a Venmo statement ({@link isVenmoStatement}), as notes of the user's (format `note`, said by
 * the user, speaker "User", records "log"): a note per account and month (externalId
 * `bank:venmo:<handle>:2026-10`, or `bank:venmo:2026-10` when the statement names no handle; title "Venmo,
 * October 2026"), each transaction a paragraph of its time, a sentence (the module's docstring), in time
 * order, keyed `venmo:<ID>`. Its preamble, balances, disclaimer and any section after the activity (the
 * Cryptocurrency summary) are passed over; a second header in the file (statements joined) starts over.
 * Turn metadata: `{ line, bank: { bank: "venmo", … the row's cells by name } }`.
 * @throws ImportError naming the file and where: no header in its first lines (`line 9`); a time or an amount
 *   that is none, at its line and by its column's place and name (`line 6, column 3 "Datetime": "Oct 1":
 *   expected Venmo's time, …`); the CSV's own faults at the line csv-parse stopped at; invalid UTF-8; a
 *   statement with no transaction to tell (none, or only cancelled ones): "the note has no text: …" (a folder
 *   passes it over, saying so).
 */
export async function* parseVenmo(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new BankNotes();
  let columns: CsvColumns | null = null;
  let handle = "";
  // (whether the header's first column is blank: a row with a first cell then opens a section, "Cryptocurrency summary")
  let titled = false;
  let inActivity = true;
  for await (const { cells, line } of csv.records) {
    if (isVenmoHeader(cells)) {
      columns = new Map(cells.map((c, i) => [c.trim().toLowerCase(), i]));
      titled = !cells[0]?.trim();
      inActivity = true;
      continue;
    }
    const first = cells[0]?.trim() ?? "";
    if (!columns) {
      handle ||= /\(@([^)\s]+)\s*\)/.exec(first)?.[1] ?? "";
      if (line > MAX_PREAMBLE_RECORDS)
        throw new ImportError(file, `line ${line}`, `not a Venmo statement: no header "${VENMO_COLUMNS.join(",")},…" in its first lines`);
      continue;
    }
    if (titled && first) {
      inActivity = /^account activity$/i.test(first);
      handle ||= /\(@([^)\s]+)\s*\)/.exec(first)?.[1] ?? "";
      continue;
    }
    const id = cellOf(cells, columns, "id");
    if (!inActivity || !id) continue;
    const status = cellOf(cells, columns, "status");
    if (NEVER_HAPPENED.test(status)) {
      notes.leaveOut(status.toLowerCase());
      continue;
    }
    const r = venmoRow(file, cells, columns, line);
    if (isNought(r.amount.digits)) {
      notes.leaveOut("of $0.00");
      continue;
    }
    const byName = Object.fromEntries(KEPT.map((c) => [c, cellOf(cells, columns!, c.toLowerCase())]).filter(([, v]) => v));
    const account = handle ? `venmo:${handle.toLowerCase()}` : "venmo";
    yield* notes.add(`venmo:${id}`, account, "Venmo", "Venmo", venmoTransaction(r), { line, bank: { bank: "venmo", ...byName } });
  }
  if (!columns) throw new ImportError(file, `line ${csv.lastLine() || 1}`, `not a Venmo statement: no header "${VENMO_COLUMNS.join(",")},…"`);
  yield* notes.end(file, `line ${csv.lastLine()}`, "a Venmo statement");
}
