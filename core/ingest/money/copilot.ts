/**
 * Copilot Money's export of transactions (Settings → Export, or the web app's Transactions → Download
 * transactions: `transactions.csv`, a second download `transactions (2).csv`), read as notes of the `bank`
 * format (bank.ts: a note per account and month, each transaction a sentence of the user's), told by its
 * header whatever the file's name: `date,name,amount,status,category,parent category,excluded,tags,type,
 * account,account mask,note,recurring` (each cell quoted in some; columns are read by name), a row per
 * transaction. "date" the day, ISO (`2026-09-13`), no time; "name" the merchant or payer as Copilot shows
 * it; "amount" positive for money spent and negative for money in (`9.63`, `-2890.40`); "status" posted or
 * pending; "category" and "parent category" Copilot's or the user's ("Restaurants", "Food & Drink");
 * "excluded" true or false (left out of the budgets); "tags" the user's; "type" regular (spending, or a
 * refund when the amount is negative), income or internal transfer (written "Income", "Internal Transfer" in
 * some); "account" and "account mask" the account's name and last four digits; "note" what the user typed;
 * "recurring" the recurring payment's frequency ("monthly") where Copilot found one.
 *
 * Checked against public readers of the export and their fixtures: importers' parsers and tests (the header
 * above, quoted cell by cell in an SDK's notes and a test; `2026-01-21,Mcdonald's,9.63,posted,Restaurants,Food
 * & Drink,false,,regular,Apple Card,,,`; "Copilot uses positive for expenses, negative for income"; `internal
 * transfer` rows with "excluded" true; "pending" and "posted"; "monthly", "Monthly" and "weekly" in
 * "recurring"; tags `business` and `coffee;work`; days ISO, the file read with a byte-order mark allowed),
 * Copilot's help on its three transaction types (regular: "money you spend (or receive as a refund)";
 * income; internal transfers such as a card's payment) and on its export (Settings → Export, a date range,
 * `~/Downloads/transactions*.csv`). Not relied on: what "recurring" holds beyond being empty when the
 * payment is none (it is said as written).
 *
 * Read as notes of the user's (format `note`, records "log"): a note per account and month ("Sapphire
 * Preferred in Copilot, October 2026", keyed `bank:copilot:<account>-<mask>:2026-10`), each transaction a
 * sentence (bank.ts `bankSentence`, monarch.ts `appTransaction`): "Paid $180.00 to Providence Park on Sunday
 * 27 September (Sapphire Preferred (...1041), Entertainment in Fun; note: "Timbers vs Sounders tickets …";
 * tags: Birthday).", "Received $3,412.58 from Nike on … (Joint Checking (...4688), Paycheck in Income).",
 * "Got a refund of $34.99 from Amazon on …", "Moved $1,204.17 to Chase Credit Card Payment on …
 * (…, Credit Card Payment in Transfers).", "… recurring monthly". Amounts are the export's digits, in dollars
 * (Copilot is American and names no currency). A pending transaction is told as made; whether it is
 * excluded and its status stay in its metadata. A day has no time: noon UTC. Left out: transactions of
 * 0.00. Keys: the export has no id; a transaction is keyed by its account, mask, day, name and amount ("#2"
 * for a second alike), which the user's edits to its category, note and tags do not change.
 */
import { stat } from "node:fs/promises";
import { BankNotes, isNought, quoted, slug, where } from "./bank.js";
import { cellOf, headedRecords, headerCells } from "../kit/csv-records.js";
import { type AppFlow, appDay, appTransaction, tagWords } from "./monarch.js";
import { amountWords } from "../kit/record-words.js";
import { statementAmount } from "./statement.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";

/** The columns a Copilot export's header names that tell it (account mask, note and recurring follow them). */
export const COPILOT_COLUMNS = ["date", "name", "amount", "status", "category", "parent category", "excluded", "tags", "type", "account"] as const;

/** Most characters of one record: an unclosed quote is refused here, not read to the file's end. */
const MAX_RECORD_CHARS = 1024 * 1024;

/** Whether a header's cells (trimmed, lower-cased) are a Copilot export's: every one of {@link COPILOT_COLUMNS}. */
function isCopilotHeader(names: string[]): boolean {
  const cells = new Set(names);
  return COPILOT_COLUMNS.every((c) => cells.has(c));
}

/** Whether a file's start (its text, a byte-order mark dropped) is Copilot Money's export, by its header ({@link COPILOT_COLUMNS}). */
export function isCopilotCsv(start: string): boolean {
  return isCopilotHeader(headerCells(start.replace(/^\uFEFF/, ""), true));
}

/** The columns kept in a turn's metadata when not empty. */
const KEPT = ["date", "name", "amount", "status", "category", "parent category", "excluded", "tags", "type", "account", "account mask", "note", "recurring"];

/**
 * Reads `file`, Copilot Money's export ({@link isCopilotCsv}), as notes of the user's (format `note`, said by the
 * user, speaker "User", records "log"): the module's docstring. Turn metadata: `{ line, bank: { bank: "copilot",
 * … the row's cells by name } }`.
 * @throws ImportError naming the file and where: a header that is not Copilot's (`line 1`); a day or an amount
 *   that is none, at its line and by its column's place and name (`line 3, column 3 "amount": "nine": expected
 *   an amount, …`); the CSV's own faults at the line csv-parse stopped at; invalid UTF-8; an export with
 *   nothing to tell (no row, or only rows of 0.00): "the note has no text: …" (a folder passes it over, saying so).
 */
export async function* parseCopilot(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const what = "Copilot Money's export";
  const csv = headedRecords(
    file,
    info.size,
    MAX_RECORD_CHARS,
    opts.onProgress,
    isCopilotHeader,
    what,
    `${COPILOT_COLUMNS.join(",")},account mask,note,recurring`,
  );
  const notes = new BankNotes();
  for await (const { cells, line, columns: cols } of csv.records) {
    const cell = (c: string) => cellOf(cells, cols, c);
    const at = appDay(cell("date"));
    if (at === null) throw new ImportError(file, where(line, cols, "date"), `${JSON.stringify(cell("date"))}: expected a day, "2026-09-13"`);
    const amount = statementAmount(cell("amount"));
    if (!amount)
      throw new ImportError(file, where(line, cols, "amount"), `${cell("amount") ? JSON.stringify(cell("amount")) : "empty"}: expected an amount, "84.12"`);
    if (isNought(amount.digits)) {
      notes.leaveOut("of $0.00");
      continue;
    }
    const type = cell("type")
      .toLowerCase()
      .replace(/[\s_]+/g, " ");
    // (Copilot's sign is the other way round: positive is money out)
    const out = !amount.negative;
    const flow: AppFlow = /transfer/.test(type) ? "transfer" : type === "income" ? "income" : "refund";
    const category = cell("category").replace(/\s+/g, " ");
    const parent = cell("parent category").replace(/\s+/g, " ");
    const kind = parent && parent.toLowerCase() !== category.toLowerCase() ? `${category || "no category"} in ${parent}` : category;
    const recurring = cell("recurring");
    const note = cell("note");
    const aside = [
      ...(note ? [`note: ${quoted(note)}`] : []),
      ...tagWords(cell("tags")),
      ...(!recurring || /^false$/i.test(recurring) ? [] : /^true$/i.test(recurring) ? ["recurring"] : [`recurring ${recurring.replace(/\s+/g, " ")}`]),
    ];
    const account = cell("account").replace(/\s+/g, " ") || "an account";
    const mask = cell("account mask");
    const name = cell("name").replace(/\s+/g, " ");
    const t = appTransaction(at, name, amountWords(amount.digits, "USD"), out, flow, kind, aside);
    const key = notes.keyed(`copilot|${account}|${mask}|${new Date(at).toISOString().slice(0, 10)}|${name}|${amount.negative ? "-" : ""}${amount.digits}`);
    const byName = Object.fromEntries(KEPT.map((c) => [c, cell(c)]).filter(([, v]) => v));
    yield* notes.add(key, `copilot:${slug(mask ? `${account} ${mask}` : account)}`, `${account} in Copilot`, mask ? `${account} (...${mask})` : account, t, {
      line,
      bank: { bank: "copilot", ...byName },
    });
  }
  yield* notes.end(file, `line ${csv.lastLine()}`, what);
}
