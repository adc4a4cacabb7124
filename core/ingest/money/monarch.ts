/**
 * Monarch Money's downloads, read as notes of the `bank` format (bank.ts: a note per account and month, each
 * transaction a sentence of the user's), told by their headers whatever the files' names:
 *
 * - Its transactions (the Transactions page's download button, or an account's page → Edit → Download
 *   transactions; importers name the file `transactions-….csv` or `monarch-transactions-….csv`: not relied
 *   on): `Date,Merchant,Category,Account,Original Statement,Notes,Amount,Tags`, later exports adding `Owner`,
 *   then `Reviewed` and `Id` (columns are read by name); a row per transaction, newest first. "Date" the day,
 *   ISO (`2026-10-04`), no time; "Merchant" Monarch's clean name ("Trader Joe's"), "Original Statement" the
 *   bank's line ("TRADER JOE S #145 PORTLAND OR"); "Category" Monarch's or the user's ("Groceries",
 *   "Paychecks", "Credit Card Payment", "Transfer"); "Account" as Monarch names it, its last digits after it
 *   ("Joint Checking (...4688)"); "Notes" what the user typed, on several lines in some; "Amount" signed,
 *   negative for spending and positive for money in (`-1186.40`, `3412.58`); "Tags" the tags joined by
 *   commas (`"shared,s50"`); "Owner" "Shared" or a household member's name; "Reviewed" blank, "Needs Review"
 *   or "Reviewed"; "Id" Monarch's transaction id (18 digits, kept as written). A card's payment is two rows:
 *   negative in the account paying, positive in the card's.
 * - Its balance history (an account's page → Edit → Download balance history): `Date,Balance,Account`, a
 *   row per account per day, the balance signed (a card's or a loan's owed negative).
 *
 * Checked against public readers of both downloads and their fixtures: Monarch's header in importers'
 * parsers and tests (the eight columns; "Owner" after them in several, `Owner,Reviewed` and `Owner,Reviewed,
 * Id` in others, the Id "numeric-looking values [that] exceed safe JavaScript integer precision" and
 * "Reviewed" blank, "Needs Review" or "Reviewed" as one importer's notes on real files say; ISO days
 * `2026-04-18`; signed plain amounts `-36.05`, `4250.00`, `-5000`, a quoted `"-80.00"`; tags `"shared,s50"`,
 * a Mint converter splitting them at commas; accounts "Gray's Amex Gold Card (...2003)", "CHECKING
 * (...4688)", "USD account (...2015)"; Owner "Shared" or a person's name; "credit-card payments positive in
 * the card account and negative in the funding account"; notes of several lines), Monarch's help on
 * importing and downloading transactions (the columns; "positive numbers for income and negative numbers
 * for expenses") and on balance history (a row per day), and importers' balance files `Date,Balance,Account`
 * (`2025-10-16,-2010.00,American Express Gold Card (...3008)`, rows grouped by day, one account's day twice
 * in some). A day written month first (`10/4/2026`, as a spreadsheet saves the file again) is read too.
 *
 * Read as notes of the user's (format `note`, records "log"): a note per account and month ("Joint Checking
 * in Monarch, October 2026", keyed `bank:monarch:<account>:2026-10`), each transaction a sentence (bank.ts
 * `bankSentence`): "Paid $1,186.40 to Hawthorne Auto Service on Tuesday 27 October (Joint Checking (...4688),
 * Auto Maintenance; note: "New brakes and rotors …"; tags: Car repair).", "Received $3,412.58 from
 * Nike on … (…, Paychecks; Marcus Ortiz's)." (a household member the Owner names; "Shared" is not said), "Got $349.95 back from REI on …" (money into a category of
 * spending: a refund or someone paying the user back; Monarch does not say which), "Moved $500.00 to High
 * Yield Savings on … (…, Transfer).", a card's payment "Paid $1,412.66 to Chase Credit Card …" from the
 * account paying and "Paid $1,412.66 off the card …" in the card's. Income is money in under a category
 * naming it (Paychecks, Interest, Dividends, Other Income, Gifts …). The balance history: the last balance
 * of each account's month in the file, a paragraph of that account's month note: "Had $6,204.17 in Joint
 * Checking (...4688) at the end of Saturday 31 October (Monarch balance history).", "Owed $1,167.14 on Dana's
 * Sapphire Preferred (...1041) at the end of …". Amounts are the export's digits, in dollars (the export
 * names no currency; Monarch's are American and Canadian). A day has no time: noon UTC. Left out:
 * transactions of 0.00. Keys: a transaction by its Id where the export has one (`monarch:<Id>`), else by
 * its account, day, original statement (its merchant when none) and amount ("#2" for a second alike), which
 * the user's edits to its merchant, category, notes and tags do not change; a balance by its account and day.
 */
import { stat } from "node:fs/promises";
import { type BankTransaction, BankNotes, isNought, quoted, slug, where } from "./bank.js";
import { type CsvColumns, cellOf, csvRecords, headerCells, headerColumns } from "../kit/csv-records.js";
import { amountWords, dayWords } from "../kit/record-words.js";
import { type StatementAmount, statementAmount } from "./statement.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";

/** Which of Monarch's downloads a CSV is: its transactions or its balance history. */
export type MonarchKind = "transactions" | "balances";

/** The columns every Monarch transactions download names (Tags, Owner, Reviewed and Id may follow). */
export const MONARCH_COLUMNS = ["Date", "Merchant", "Category", "Account", "Original Statement", "Notes", "Amount"] as const;

/** Most characters of one record: an unclosed quote is refused here, not read to the file's end. */
const MAX_RECORD_CHARS = 1024 * 1024;

/** Most account-months of a balance history held to the file's end; past it, those held are told and forgotten. */
const MAX_HELD_BALANCES = 50_000;

/**
 * Which of Monarch's downloads a file's start (its text, a byte-order mark dropped) is, by its header, or
 * null: the transactions' names every one of {@link MONARCH_COLUMNS}; the balance history's is exactly
 * "Date", "Balance" and "Account", in any order.
 */
export function monarchKind(start: string): MonarchKind | null {
  return kindOfHeader(headerCells(start.replace(/^\uFEFF/, ""), true));
}

/** Which of Monarch's downloads a header's cells (trimmed, lower-cased) are ({@link monarchKind}), or null. */
function kindOfHeader(names: string[]): MonarchKind | null {
  const cells = new Set(names);
  if (MONARCH_COLUMNS.every((c) => cells.has(c.toLowerCase()))) return "transactions";
  if (names.length === 3 && ["date", "balance", "account"].every((c) => cells.has(c))) return "balances";
  return null;
}

/** Whether a file's start is one of Monarch's downloads, its transactions or its balance history ({@link monarchKind}). */
export function isMonarchCsv(start: string): boolean {
  return monarchKind(start) !== null;
}

/**
 * A budget app's day (Monarch's, Copilot's: copilot.ts): ISO, "2026-10-04", or month first as a spreadsheet
 * saves it again, "10/4/2026", as epoch ms at noon UTC, or null when it is none.
 */
export function appDay(value: string): number | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const us = iso ? null : /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (!iso && !us) return null;
  const [y, m, d] = iso ? [+iso[1]!, +iso[2]!, +iso[3]!] : [+us![3]!, +us![1]!, +us![2]!];
  const at = Date.UTC(y, m - 1, d, 12);
  const check = new Date(at);
  return check.getUTCFullYear() === y && check.getUTCMonth() === m - 1 && check.getUTCDate() === d ? at : null;
}

/** A budget app's tags as said in a sentence's parenthesis, "tags: Bend trip, Car repair", or none: the cell split at its commas (and semicolons). */
export function tagWords(cell: string): string[] {
  const tags = cell
    .split(/[,;]/)
    .map((t) => t.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return tags.length ? [`tags: ${tags.join(", ")}`] : [];
}

/** What a budget app's transaction was, as its sentence tells it. */
export type AppFlow = "spent" | "income" | "back" | "refund" | "transfer" | "card payment";

/**
 * A budget app's transaction (Monarch's, Copilot's) as a sentence is told from it (bank.ts `bankSentence`):
 * "Paid $84.12 to Trader Joe's", "Received $3,412.58 from Nike", "Got $349.95 back from REI", "Got a refund of
 * $34.99 from Amazon", "Moved $500.00 to High Yield Savings" ("Transfer to …" and "Transfer from …" read as
 * where it went or came from), "Paid $1,412.66 off the card" (a card's payment, in the card's account); its
 * category as the parenthesis' kind, `aside` after it.
 * @param money the amount as said ("$84.12")
 * @param out whether the money left the account
 */
export function appTransaction(at: number, who: string, money: string, out: boolean, flow: AppFlow, kind: string, aside: string[]): BankTransaction {
  const name = who || "someone";
  const told = (what: string): BankTransaction => ({ at, what, ...(kind ? { kind } : {}), aside });
  if (flow === "transfer" || (flow === "card payment" && !out)) {
    const m = /^transfer(?:red)?\s+(to|from)\s+(.+)$/i.exec(name);
    if (flow === "card payment") return told(`Paid ${money} off the card`);
    if (m) return told(`Moved ${money} ${m[1]!.toLowerCase()} ${m[2]}`);
    return told(out ? `Moved ${money} to ${name}` : `Moved ${money} in from ${name}`);
  }
  if (out) return told(`Paid ${money} to ${name}`);
  if (flow === "back") return told(`Got ${money} back from ${name}`);
  if (flow === "refund") return told(`Got a refund of ${money} from ${name}`);
  return told(`Received ${money} from ${name}`);
}

/** Monarch's categories of money between the user's own accounts. */
const TRANSFER = /^(?:transfers?|balance adjustments?)$/i;
/** Monarch's category of a card's payment (Mint's too: mint.ts). */
export const CARD_PAYMENT = /^credit card payments?$/i;
/** Categories of money earned or given: money in under one is received, not money back (Monarch's and Mint's: mint.ts). */
export const INCOME = /\b(?:paychecks?|income|interest|dividends?|salary|wages|gifts?|bonus|rental|pension|social security|tax refund)\b/i;

/** An account as a note's title names it: its name without Monarch's last digits ("Joint Checking (...4688)" → "Joint Checking"). */
function accountTitle(account: string): string {
  return account.replace(/\s*\(\.{3,4}[^)]*\)\s*$/, "").trim() || account;
}

/** A cell's amount, signed. @throws ImportError naming the line and column of one that is empty or no amount. */
function amountCell(file: string, line: number, columns: CsvColumns, column: string, cells: string[]): StatementAmount {
  const value = cellOf(cells, columns, column.toLowerCase());
  const amount = value ? statementAmount(value) : null;
  if (!amount) throw new ImportError(file, where(line, columns, column), `${value ? JSON.stringify(value) : "empty"}: expected an amount, "-84.12"`);
  return amount;
}

/** A cell's day. @throws ImportError naming the line and column of one that is no day. */
function dayCell(file: string, line: number, columns: CsvColumns, cells: string[]): number {
  const value = cellOf(cells, columns, "date");
  const at = appDay(value);
  if (at === null) throw new ImportError(file, where(line, columns, "Date"), `${JSON.stringify(value)}: expected a day, "2026-10-04"`);
  return at;
}

/** The transactions' columns kept in a turn's metadata when not empty. */
const KEPT = ["Date", "Merchant", "Category", "Account", "Original Statement", "Notes", "Amount", "Tags", "Owner", "Reviewed", "Id"];

/**
 * Reads `file`, one of Monarch's downloads ({@link monarchKind}), as notes of the user's (format `note`, said
 * by the user, speaker "User", records "log"): the module's docstring. Turn metadata: `{ line, bank: { bank:
 * "monarch", … the row's cells by name } }`.
 * @throws ImportError naming the file and where: a header that is neither download's (`line 1`); a day or an
 *   amount that is none, at its line and by its column's place and name (`line 4, column 1 "Date":
 *   "4 Oct": expected a day, …`); the CSV's own faults at the line csv-parse stopped at; invalid UTF-8; a
 *   download with nothing to tell (no row, or only rows of 0.00): "the note has no text: …" (a folder
 *   passes it over, saying so).
 */
export async function* parseMonarch(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new BankNotes();
  let columns: CsvColumns | null = null;
  let kind: MonarchKind | null = null;
  // (a balance history's last balance of each account's month: `<account>\0<YYYY-MM>`)
  const held = new Map<string, { at: number; account: string; balance: StatementAmount; line: number; cells: Record<string, string> }>();
  const tellHeld = function* (): Generator<ParsedConversation> {
    for (const b of [...held.values()].sort((x, y) => x.at - y.at)) {
      const money = amountWords(b.balance.digits, "USD");
      const text = `${b.balance.negative ? `Owed ${money} on` : `Had ${money} in`} ${b.account} at the end of ${dayWords(b.at)} (Monarch balance history).`;
      const id = `monarch|balance|${b.account}|${new Date(b.at).toISOString().slice(0, 10)}`;
      yield* notes.addText(id, `monarch:${slug(b.account)}`, `${accountTitle(b.account)} in Monarch`, b.at, text, {
        line: b.line,
        bank: { bank: "monarch", ...b.cells },
      });
    }
    held.clear();
  };
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      columns = headerColumns(cells);
      kind = kindOfHeader([...columns.keys()]);
      if (!kind)
        throw new ImportError(
          file,
          `line ${line}`,
          `not Monarch's download: its transactions' header is "${MONARCH_COLUMNS.join(",")},Tags,…", its balance history's "Date,Balance,Account"`,
        );
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const cols = columns;
    const cell = (c: string) => cellOf(cells, cols, c.toLowerCase());
    const at = dayCell(file, line, cols, cells);
    const account = cell("Account").replace(/\s+/g, " ") || "an account";
    if (kind === "balances") {
      const balance = amountCell(file, line, cols, "Balance", cells);
      const key = `${account}\0${new Date(at).toISOString().slice(0, 7)}`;
      const was = held.get(key);
      if (!was && held.size >= MAX_HELD_BALANCES) yield* tellHeld();
      if (!was || was.at <= at)
        held.set(key, { at, account, balance, line, cells: { Date: cell("Date"), Balance: cell("Balance"), Account: cell("Account") } });
      continue;
    }
    const amount = amountCell(file, line, cols, "Amount", cells);
    if (isNought(amount.digits)) {
      notes.leaveOut("of $0.00");
      continue;
    }
    const category = cell("Category").replace(/\s+/g, " ");
    const merchant = cell("Merchant").replace(/\s+/g, " ");
    const statement = cell("Original Statement").replace(/\s+/g, " ");
    const owner = cell("Owner").replace(/\s+/g, " ");
    const notesCell = cell("Notes");
    const flow: AppFlow = CARD_PAYMENT.test(category)
      ? "card payment"
      : TRANSFER.test(category)
        ? "transfer"
        : amount.negative
          ? "spent"
          : INCOME.test(category)
            ? "income"
            : "back";
    const aside = [
      ...(owner && !/^shared$/i.test(owner) ? [`${owner}'s`] : []),
      ...(notesCell ? [`note: ${quoted(notesCell)}`] : []),
      ...tagWords(cell("Tags")),
    ];
    const t = appTransaction(at, merchant || statement, amountWords(amount.digits, "USD"), amount.negative, flow, category, aside);
    const id = cell("Id");
    const key = id
      ? `monarch:${id}`
      : notes.keyed(`monarch|${account}|${new Date(at).toISOString().slice(0, 10)}|${statement || merchant}|${amount.negative ? "-" : ""}${amount.digits}`);
    const byName = Object.fromEntries(KEPT.map((c) => [c, cell(c)]).filter(([, v]) => v));
    yield* notes.add(key, `monarch:${slug(account)}`, `${accountTitle(account)} in Monarch`, account, t, { line, bank: { bank: "monarch", ...byName } });
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not Monarch's download (its transactions' header opens "${MONARCH_COLUMNS.join(",")}")`);
  yield* tellHeld();
  yield* notes.end(file, `line ${csv.lastLine()}`, kind === "balances" ? "Monarch's balance history" : "Monarch's transactions");
}
