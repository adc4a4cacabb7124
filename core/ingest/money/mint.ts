/**
 * Mint's export of transactions (mint.com's Transactions page → "Export all transactions": `transactions.csv`),
 * read as notes of the `bank` format (bank.ts: a note per account and month, each transaction a sentence of
 * the user's), told by its header whatever the file's name: `"Date","Description","Original Description",
 * "Amount","Transaction Type","Category","Account Name","Labels","Notes"` (every cell quoted; columns are read
 * by name), a row per transaction, newest first. "Date" the day, month first, its month with no leading zero
 * in most (`8/10/2016`, `5/03/2023`, `12/05/2025`), no time; "Description" Mint's clean name ("Trader Joe's"),
 * "Original Description" the bank's line ("VISA PURCHASE … TRADER JOE'S # 107 PETALUMA CA …"); "Amount"
 * unsigned (`66.86`); "Transaction Type" debit (money out of the account) or credit (money in); "Category"
 * Mint's or the user's (Groceries, Paycheck, Returned Purchase, Credit Card Payment, Transfer, Interest Income
 * …); "Account Name" the account as Mint names it, without its bank ("CHECKING ACCOUNT", "Blue Cash", "4676");
 * "Labels" and "Notes" the user's. The export has no transaction id and no pending mark (pending rows are in
 * it as they were that day). A card's payment is two rows: a debit in the account paying, a credit in the
 * card's.
 *
 * Checked against public readers of the export and their fixtures: beancount-import's Mint source (the nine
 * columns exactly, days `%m/%d/%Y`, debit negated and credit kept, any other type refused, rows of 0.00
 * skipped, a row keyed by its account, day, original description and amount as Mint gives no id, the same
 * four alike on one day told each) and its docs' row (`"8/10/2016","Starbucks","STARBUCKS STORE 12345","2.45",
 * "debit","Coffee Shops","My Credit Card","",""`), importers' samples and tests (`"8/31/2014","Trader
 * Joe's",…,"66.86","debit","Groceries","CHECKING ACCOUNT","",""`; a store card's `"5/03/2023"` rows, its
 * `"credit","Credit Card Payment","4676"`; `"1/16/2026","Paycheque","ACME CORP PAYROLL DEP","2000.00",
 * "credit","Paycheck","Checking","",""`; "Weekly groceries" in Notes and "entertainment" in Labels), a
 * JavaScript importer reading `MM/dd/yyyy` and "credit" as money in, and a folder tool's "export all ###
 * transactions" on the Transactions tab. Not relied on: how Mint joined two labels in one cell (they are said
 * as written).
 *
 * Read as notes of the user's (format `note`, records "log"): a note per account and month ("TOTAL CHECKING in
 * Mint, November 2025", keyed `bank:mint:<account>:2025-11`), each transaction a sentence (bank.ts
 * `bankSentence`, monarch.ts `appTransaction`): "Paid $84.31 to Con Edison on Monday 17 November (TOTAL
 * CHECKING, Utilities).", "Received $1,482.16 from Greenpoint Climbing on … (TOTAL CHECKING, Paycheck).",
 * "Got a refund of $179.99 from Best Buy on … (Freedom Unlimited, Returned Purchase; note: "returned the
 * headphones …").", "Got $40.00 back from …" (money in under a category of spending), "Moved $200.00 to
 * Savings …" (Mint's "Transfer to Savings" read as where it went), "Paid $654.38
 * to Chase Credit Card …" from the account paying and "Paid $654.38 off the card …" in the card's; labels as
 * "labels: …". Income is money in under a category naming it (Paycheck, Income, Interest Income, Bonus …).
 * Amounts are the export's digits, in dollars (Mint was American and Canadian and names no currency). A day
 * has no time: noon UTC. Left out: transactions of 0.00. Keys: the account, day, original description (the
 * description when none), amount and type ("#2" for a second alike), which the user's edits to a row's
 * description, category, labels and notes do not change.
 */
import { stat } from "node:fs/promises";
import { BankNotes, isNought, quoted, slug, where } from "./bank.js";
import { cellOf, headedRecords, headerCells } from "../kit/csv-records.js";
import { type AppFlow, CARD_PAYMENT, INCOME, appDay, appTransaction } from "./monarch.js";
import { amountWords } from "../kit/record-words.js";
import { statementAmount } from "./statement.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";

/** The columns a Mint export's header names that tell it (Labels and Notes follow them). */
export const MINT_COLUMNS = ["Date", "Description", "Original Description", "Amount", "Transaction Type", "Category", "Account Name"] as const;

/** Most characters of one record: an unclosed quote is refused here, not read to the file's end. */
const MAX_RECORD_CHARS = 1024 * 1024;

/** Mint's categories of money between the user's own accounts ("Transfer", "Transfer for Cash Spending"). */
const TRANSFER = /^transfers?\b/i;
/** Mint's categories of money given back for a purchase. */
const REFUND = /\b(?:returned purchase|refunds?)\b/i;

/** Whether a header's cells (trimmed, lower-cased) are a Mint export's: every one of {@link MINT_COLUMNS}. */
function isMintHeader(names: string[]): boolean {
  const cells = new Set(names);
  return MINT_COLUMNS.every((c) => cells.has(c.toLowerCase()));
}

/** Whether a file's start (its text, a byte-order mark dropped) is Mint's export of transactions, by its header ({@link MINT_COLUMNS}). */
export function isMintCsv(start: string): boolean {
  return isMintHeader(headerCells(start.replace(/^\uFEFF/, ""), true));
}

/** The columns kept in a turn's metadata when not empty. */
const KEPT = ["Date", "Description", "Original Description", "Amount", "Transaction Type", "Category", "Account Name", "Labels", "Notes"];

/**
 * Reads `file`, Mint's export of transactions ({@link isMintCsv}), as notes of the user's (format `note`, said
 * by the user, speaker "User", records "log"): the module's docstring. Turn metadata: `{ line, bank: { bank:
 * "mint", … the row's cells by name } }`.
 * @throws ImportError naming the file and where: a header that is not Mint's (`line 1`); a day, an amount or a
 *   type that is none, at its line and by its column's place and name (`line 4, column 5 "Transaction Type":
 *   "refund": expected debit or credit`); the CSV's own faults at the line csv-parse stopped at; invalid
 *   UTF-8; an export with nothing to tell (no row, or only rows of 0.00): "the note has no text: …" (a folder
 *   passes it over, saying so).
 */
export async function* parseMint(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const what = "Mint's export of transactions";
  const csv = headedRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress, isMintHeader, what, `${MINT_COLUMNS.join(",")},Labels,Notes`);
  const notes = new BankNotes();
  for await (const { cells, line, columns: cols } of csv.records) {
    const cell = (c: string) => cellOf(cells, cols, c.toLowerCase());
    const at = appDay(cell("Date"));
    if (at === null) throw new ImportError(file, where(line, cols, "Date"), `${JSON.stringify(cell("Date"))}: expected a day, "11/03/2026"`);
    const amount = statementAmount(cell("Amount"));
    if (!amount)
      throw new ImportError(file, where(line, cols, "Amount"), `${cell("Amount") ? JSON.stringify(cell("Amount")) : "empty"}: expected an amount, "84.31"`);
    const type = cell("Transaction Type").toLowerCase();
    if (type !== "debit" && type !== "credit")
      throw new ImportError(file, where(line, cols, "Transaction Type"), `${JSON.stringify(cell("Transaction Type"))}: expected debit or credit`);
    if (isNought(amount.digits)) {
      notes.leaveOut("of $0.00");
      continue;
    }
    // (a debit is money out; a signed amount, as a spreadsheet may save it, turns it round)
    const out = (type === "debit") !== amount.negative;
    const category = cell("Category").replace(/\s+/g, " ");
    const flow: AppFlow = CARD_PAYMENT.test(category)
      ? "card payment"
      : TRANSFER.test(category)
        ? "transfer"
        : out
          ? "spent"
          : REFUND.test(category)
            ? "refund"
            : INCOME.test(category)
              ? "income"
              : "back";
    const description = cell("Description").replace(/\s+/g, " ");
    const original = cell("Original Description").replace(/\s+/g, " ");
    const labels = cell("Labels").replace(/\s+/g, " ");
    const note = cell("Notes");
    const aside = [...(note ? [`note: ${quoted(note)}`] : []), ...(labels ? [`labels: ${labels}`] : [])];
    const account = cell("Account Name").replace(/\s+/g, " ") || "an account";
    const t = appTransaction(at, description || original, amountWords(amount.digits, "USD"), out, flow, category, aside);
    const key = notes.keyed(
      `mint|${account}|${new Date(at).toISOString().slice(0, 10)}|${original || description}|${amount.negative ? "-" : ""}${amount.digits}|${type}`,
    );
    const byName = Object.fromEntries(KEPT.map((c) => [c, cell(c)]).filter(([, v]) => v));
    yield* notes.add(key, `mint:${slug(account)}`, `${account} in Mint`, account, t, { line, bank: { bank: "mint", ...byName } });
  }
  yield* notes.end(file, `line ${csv.lastLine()}`, what);
}
