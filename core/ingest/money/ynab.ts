/**
 * YNAB's (You Need A Budget) export of a budget, read as notes of the `bank` format (bank.ts: a note per
 * account and month, each transaction a sentence of the user's), told by the header of each of its CSVs
 * whatever the file's name. The export (the menu under the budget's name, "Export budget data"; YNAB has
 * called budgets plans since 2025) downloads a ZIP, `YNAB Export - Home Budget as of 2026-11-28 19-42.zip`; unzipped, it holds:
 *
 * - The Register, `Home Budget as of 2026-11-28 19-42 - Register.csv`: a byte-order mark, then
 *   `"Account","Flag","Date","Payee","Category Group/Category","Category Group","Category","Memo","Outflow",
 *   "Inflow","Cleared"`, a row per transaction of every account. "Date" is written in the user's date format
 *   (`10/17/2026`, `17/10/2026`, `2026-10-17`, `17.10.2026` …); "Category Group/Category" the two joined by
 *   ": " ("Everyday: Groceries"), income "Inflow: Ready to Assign" ("Inflow: To be Budgeted" in older ones), a
 *   transfer between the user's accounts none; "Payee" the payee, `Transfer : Barclaycard` for a transfer
 *   (both sides written, one in each account), "Starting Balance" for an account's opening balance, "Manual
 *   Balance Adjustment" and "Reconciliation Balance Adjustment" for YNAB's own corrections; "Memo" what the
 *   user typed; a split transaction is only its parts, a row each, their memos opened by `Split (1/3) ` (the
 *   whole's own memo is not exported); "Outflow" and "Inflow" in the budget's currency format, unquoted in
 *   some (`£1,240.18`, `$0.00`, `1.234,56 €`); "Cleared" Cleared, Uncleared or Reconciled; "Flag" a colour
 *   ("Red", "Orange - REVIEW") or nothing.
 * - The Plan, `… - Plan.csv` (`… - Budget.csv` before 2025): `"Month","Category Group/Category","Category
 *   Group","Category","Assigned","Activity","Available"` ("Budgeted" for "Assigned" before 2025), a row per
 *   category per month ("Oct 2026"), Activity negative for what was spent (`-£411.80`, the minus before the
 *   sign), Available negative when overspent.
 * - YNAB 4's (the desktop app's) export names its columns otherwise and is read by them: the Register's
 *   "Check Number", "Category" (the joined one), "Master Category", "Sub Category", "Running Balance",
 *   "Cleared" C, U or R, split memos `(Split 1/2) …`; the Budget's "Budgeted", "Outflows", "Category Balance".
 *
 * Checked against public readers of the export and their fixtures: importers' parsers and tests of the
 * Register (the header above; rows `"Checking","","01/15/2026","Trader Joe's","Food: Groceries","Food",
 * "Groceries","Weekly haul",$85.42,$0.00,"Cleared"`, amounts quoted in some; UK and Colombian budgets' days
 * `15/01/2026`, ISO `2026-01-05` and dotted `05.01.2026` days; `£1,234.56`, `-£12.34`, `"1.234,56 €"`;
 * `Transfer : Savings` on both sides of a transfer; "Starting Balance" and the two balance adjustments; a
 * split as its parts `Split (1/2) Memo 2`, `Split (2/2) Memo 3`, "YNAB's CSV exports only have entries for the
 * subtransactions of a split transaction, not the root"; flags "Red" and "Orange - REVIEW"; the byte-order
 * mark "emitted by YNAB"); of the Plan (`"Aug 2026","Bills: Spotify","Bills","Spotify",$12.99,-$12.99,$0.00`;
 * "Assigned" for "Budgeted" and Plan.csv for Budget.csv since 2025, as an importer's issue reports); the
 * files' names real exports wrote ("Swiss Budget as of 2023-04-22 21-35 - Register.csv", "YNAB Export -
 * Compartido COP as of 2026-02-07 16-53/… - Plan.csv", "… as of 2021-11-21 0104 PM"); YNAB 4's Register header
 * as ledger converters quote it and its Budget as one reads it ("(Split 1/2)", C/U/R, the month "October 2026").
 * Not read: a tab-separated export (`… - Plan.tsv`, seen in two importers' bug reports, its shape unconfirmed).
 *
 * Read as the user's notes (format `note`, records "log"):
 * - The Register: a note per account and month ("Barclaycard in YNAB, October 2026", keyed
 *   `bank:ynab:<budget>:<account>:2026-10`), each transaction a sentence (bank.ts `bankSentence`): "Paid £120.00
 *   to John Lewis on Monday 19 October (Barclaycard, Birthdays & Presents; memo "Sam's birthday present").",
 *   "Received £2,140.00 from Brightwell Design Ltd on … (Nationwide Current, income; memo "October salary").",
 *   "Moved £312.40 from Nationwide Current to Barclaycard on … (Nationwide Current, a transfer between my own
 *   accounts).", a split told once with its parts: "Paid £86.40 to Tesco on … (Barclaycard, split: £52.10
 *   Groceries; £22.30 Household, memo "bin bags and light bulbs"; …).", "Started Barclaycard in YNAB owing
 *   £420.00 on …". A transfer is told from the account it left (the other side, in the account it reached, is
 *   left out when that account's rows are in the file); to a card, one the Plan beside the Register (the same
 *   export's) names in its "Credit Card Payments" group, as the card's payment: "Paid £312.40 off the Barclaycard
 *   from Nationwide Current on … (Nationwide Current, a transfer between my own accounts).". Left out: balance
 *   adjustments and rows of 0.00. A row's cleared state and flag are kept in its metadata, not its words.
 * - The Plan: a note per month ("YNAB plan, October 2026", keyed `bank:ynab:<budget>:plan:2026-10`), each
 *   category a paragraph: "Assigned £450.00 to Groceries (Everyday) for October 2026; spent £411.80; £51.50
 *   left.", "…; overspent by £2.10.", "…; £1,400.00 left as of Saturday 28 November." (the month of the export,
 *   dated by the file's name). Left out: the income row ("Inflow: Ready to Assign") and categories with
 *   nothing assigned, spent or left.
 * Amounts are the export's digits, exact, with its currency's sign ("£", "$", "€" …, or as written: "kr").
 * Days are read in the order all of a file's days fit (qif.ts's rules: day first when one has a first number
 * over 12, month first when one has a second over 12), else month first for dollars and day first for
 * another currency; a day has no time: at noon UTC. A month's plan is dated its last day, or the day of the
 * export when that is in it. The budget's name and the export's day come from the file's name ("Home Budget
 * as of 2026-11-28 19-42 - Register.csv"). Keys: a transaction has no id in the export; it is keyed by its
 * budget, account, day, payee, category, memo and amounts (a split by all its parts; "#2" for a second alike),
 * a plan's row by its budget, month and category, so a later export adds only what is new or has changed (a
 * month's plan told again when its numbers moved).
 */
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type BankTransaction, BankNotes, isNought, quoted, slug, where } from "./bank.js";
import { type CsvColumns, cellOf, csvRecords, headerCells, headerColumns } from "../kit/csv-records.js";
import { type DateOrder, DaysOrder, qifDay } from "./qif.js";
import { amountWords, CURRENCY_SYMBOLS, dayWords } from "../kit/record-words.js";
import { type StatementAmount, statementAmount, sumOf } from "./statement.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";
import { monthYear } from "../../time/format.js";

/** Which of YNAB's exported files a CSV is: the Register (transactions) or the Plan (Budget.csv before 2025). */
export type YnabKind = "register" | "plan";

/** Most characters of one record: an unclosed quote is refused here, not read to the file's end. */
const MAX_RECORD_CHARS = 1024 * 1024;

/**
 * Which of YNAB's CSVs a file's start (its text) is, by its header, or null: the Register's names "Account",
 * "Date", "Payee", "Memo", "Outflow", "Inflow" and the category's group ("Category Group/Category", "Category
 * Group" or YNAB 4's "Master Category"); the Plan's "Month", "Category", the group, "Assigned" or "Budgeted",
 * and "Available" or YNAB 4's "Category Balance".
 */
export function ynabKind(start: string): YnabKind | null {
  return kindOfHeader(headerCells(start.replace(/^\uFEFF/, ""), true));
}

/** Which of YNAB's CSVs a header's cells (trimmed, lower-cased) are ({@link ynabKind}), or null. */
function kindOfHeader(names: string[]): YnabKind | null {
  const cells = new Set(names);
  const has = (...names: string[]) => names.every((n) => cells.has(n));
  const any = (...names: string[]) => names.some((n) => cells.has(n));
  if (!any("category group/category", "category group", "master category")) return null;
  if (has("account", "date", "payee", "memo", "outflow", "inflow")) return "register";
  if (has("month", "category") && any("assigned", "budgeted") && any("available", "category balance")) return "plan";
  return null;
}

/** Whether a file's start is one of YNAB's exported CSVs, its Register or its Plan ({@link ynabKind}). */
export function isYnabCsv(start: string): boolean {
  return ynabKind(start) !== null;
}

/** The budget's name and the export's day (epoch ms, noon UTC) a file's name gives ("Home Budget as of 2026-11-28 19-42 - Register.csv"); "" and null when it gives none. */
export function ynabFileName(file: string): { budget: string; exported: number | null } {
  const name = basename(file).replace(/ - (?:Register|Plan|Budget)\.csv$/i, "");
  const m = /^(.*?)\s+as of (\d{4})-(\d{2})-(\d{2})\b/.exec(name);
  if (!m) return { budget: name === basename(file) ? "" : name.trim(), exported: null };
  return { budget: m[1]!.trim(), exported: Date.UTC(+m[2]!, +m[3]! - 1, +m[4]!, 12) };
}

/** An amount as YNAB writes it: its sign and digits, and its currency's sign as written ("£", "€", "kr"; "" for none). */
interface YnabAmount {
  amount: StatementAmount;
  marker: string;
}

/**
 * An amount in the budget's currency format, or null when it is none: "£1,240.18", "-£12.34" (the minus
 * before the sign), "£-12.34", "1.234,56 €" (the sign after), "CHF 1'234.50", "12.50" (no sign); empty is 0.
 */
export function ynabAmount(value: string): YnabAmount | null {
  const v = value.trim().replace(/[\u00a0\u202f]/g, " ");
  if (!v) return { amount: { negative: false, digits: "0.00" }, marker: "" };
  const m = /^([+-]?)\s*([^\d\s+-]*)\s*([+-]?)\s*(\d(?:[\d.,' ]*\d)?)\s*([^\d\s+-]*)$/.exec(v);
  if (!m || (m[2] && m[5]) || (m[1] && m[3])) return null;
  const amount = statementAmount(`${m[1] || m[3]}${m[4]!.replace(/[' ]/g, "")}`);
  return amount ? { amount, marker: m[2] || m[5]! } : null;
}

/** The currency codes of the signs record-words.ts writes amounts with ("£" → GBP). */
const CODE_OF_SYMBOL = new Map(Object.entries(CURRENCY_SYMBOLS).map(([code, symbol]) => [symbol, code]));

/** An amount as said, in the currency its sign names: "£1,240.18", "$60,611.00", "€1,234.56", "1,234.50 CHF", "12.50 kr", "12.50". */
function money(digits: string, marker: string): string {
  const code = CODE_OF_SYMBOL.get(marker) ?? (/^[A-Z]{3}$/.test(marker) ? marker : "");
  const said = amountWords(digits, code);
  return code || !marker ? said : `${said} ${marker}`;
}

/** A row's category and its group: the new export's "Category Group" and "Category", YNAB 4's "Master Category" and "Sub Category", or the joined one split at its ": ". */
function categoryOf(cells: string[], columns: CsvColumns): { group: string; category: string } {
  const cell = (c: string) => cellOf(cells, columns, c);
  const ynab4 = columns.has("sub category");
  const group = cell("category group") || cell("master category");
  const category = ynab4 ? cell("sub category") : cell("category");
  if (group || category) return { group, category };
  const joined = cell("category group/category") || (ynab4 ? cell("category") : "");
  const at = joined.indexOf(": ");
  return at < 0 ? { group: "", category: joined } : { group: joined.slice(0, at), category: joined.slice(at + 2) };
}

/** Categories of money coming in to be assigned: the new YNAB's "Inflow: Ready to Assign" (earlier "To be Budgeted"), YNAB 4's "Income: Available this month" or "… next month". */
function isIncome(c: { group: string; category: string }): boolean {
  return /^(?:inflow|income)$/i.test(c.group) || /^(?:ready to assign|to be budgeted|available (?:this|next) month)$/i.test(c.category);
}

/** Categories that name none: YNAB's own "Uncategorized" (group "Internal Master Category"). */
const NO_CATEGORY = /^(?:uncategori[sz]ed|internal master category)$/i;

/** How an order of a day's parts is said in a refusal. */

/** Payees of YNAB's own corrections of a balance: left out. */
const ADJUSTMENT = /^(?:manual|reconciliation) balance adjustment$/i;

/** A part of a split transaction: its row's memo opened by "Split (2/3) " (YNAB 4's "(Split 2/3) "). */
const SPLIT_PART = /^(?:Split \((\d+)\/(\d+)\)|\(Split (\d+)\/(\d+)\))\s*([\s\S]*)$/;

/** A transfer's payee: "Transfer : Barclaycard", the other account. */
const TRANSFER = /^Transfer\s*:\s*(.+)$/;

/**
 * What the Register's first pass finds: the order its days are written in (qif.ts `orderTold` over all of
 * them, else by the currency's sign: month first for "$", day first for another) and the accounts it holds.
 * @throws ImportError at the line of a day no order fits with the others ("13/10/2026" and "10/13/2026")
 */
async function survey(file: string, size: number): Promise<{ order: DateOrder; accounts: Set<string> }> {
  const csv = csvRecords(file, size, MAX_RECORD_CHARS);
  let columns: CsvColumns | null = null;
  const days = new DaysOrder();
  let marker: string | null = null;
  const accounts = new Set<string>();
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      columns = headerColumns(cells);
      continue;
    }
    accounts.add(cellOf(cells, columns, "account"));
    marker ??= ynabAmount(cellOf(cells, columns, "outflow"))?.marker ?? null;
    const day = cellOf(cells, columns, "date");
    days.tell(file, where(line, columns, "Date"), day, `"${day}"`);
  }
  return { order: days.order ?? (marker === "$" ? "mdy" : "dmy"), accounts };
}

/** A Register row as read: its account, day, payee, category, memo, signed amount and its currency's sign. */
interface RegisterRow {
  line: number;
  account: string;
  at: number;
  day: string;
  payee: string;
  group: string;
  category: string;
  memo: string;
  amount: StatementAmount;
  marker: string;
  cells: Record<string, string>;
}

/** The Register's columns kept in a turn's metadata when not empty. */
const KEPT = [
  "Account",
  "Flag",
  "Check Number",
  "Date",
  "Payee",
  "Category Group/Category",
  "Category Group",
  "Category",
  "Master Category",
  "Sub Category",
  "Memo",
  "Outflow",
  "Inflow",
  "Cleared",
];

/** A Register row read from its cells. @throws ImportError naming the line and column of a day or an amount that is none. */
function registerRow(file: string, cells: string[], columns: CsvColumns, line: number, order: DateOrder): RegisterRow {
  const cell = (c: string) => cellOf(cells, columns, c.toLowerCase());
  const day = cell("Date");
  const at = qifDay(day, order);
  if (at === null)
    throw new ImportError(file, where(line, columns, "Date"), `${JSON.stringify(day)}: expected a day, "${order === "mdy" ? "10/17/2026" : "17/10/2026"}"`);
  const read = (c: string): YnabAmount => {
    const a = ynabAmount(cell(c));
    if (!a) throw new ImportError(file, where(line, columns, c), `${JSON.stringify(cell(c))}: expected an amount, "£38.20"`);
    return a;
  };
  const out = read("Outflow");
  const into = read("Inflow");
  // (what came in less what went out: one of the two is 0.00)
  const amount = sumOf([into.amount, { ...out.amount, negative: !out.amount.negative }]);
  return {
    line,
    account: cell("Account"),
    at,
    day,
    payee: cell("Payee").replace(/\s+/g, " "),
    ...categoryOf(cells, columns),
    memo: cell("Memo").replace(/\s+/g, " "),
    amount,
    marker: out.marker || into.marker,
    cells: Object.fromEntries(KEPT.map((c) => [c, cell(c)]).filter(([, v]) => v)),
  };
}

/** A split transaction being gathered: its parts so far (each a row with its memo less the "Split (k/n)"), and how many it has. */
interface Split {
  parts: Array<{ index: number; row: RegisterRow }>;
  of: number;
}

/** A category as a sentence names it: the category alone ("Groceries"), income as "income", none as "". */
function categoryWords(r: { group: string; category: string }): string {
  if (isIncome(r)) return "income";
  return NO_CATEGORY.test(r.category) || NO_CATEGORY.test(r.group) ? "" : r.category;
}

/** A row's memo in a sentence's parenthesis: `memo "Sam's birthday present"`. */
function memoWords(memo: string): string[] {
  return memo ? [`memo ${quoted(memo)}`] : [];
}

/**
 * A Register row as a transaction (the module's docstring): a starting balance, a transfer between the user's
 * accounts (to one of `cards`, the credit cards, a payment of it), money in (income to assign, a refund into a
 * category), or a payment.
 */
function transaction(r: RegisterRow, cards: ReadonlySet<string>): BankTransaction {
  const said = money(r.amount.digits, r.marker);
  const t = (what: string, kind: string, aside: string[] = memoWords(r.memo)): BankTransaction => ({
    at: r.at,
    what,
    ...(kind ? { kind } : {}),
    aside,
  });
  if (/^starting balance$/i.test(r.payee))
    return t(r.amount.negative ? `Started ${r.account} in YNAB owing ${said}` : `Started ${r.account} in YNAB with ${said}`, "");
  const other = TRANSFER.exec(r.payee)?.[1]?.trim();
  const [from, to] = r.amount.negative ? [r.account, other] : [other, r.account];
  if (other && cards.has(to!) && !cards.has(from!))
    return t(`Paid ${said} off the ${to}${/card\b/i.test(to!) ? "" : " card"} from ${from}`, "a transfer between my own accounts");
  if (other)
    return t(
      r.amount.negative ? `Moved ${said} from ${r.account} to ${other}` : `Moved ${said} from ${other} to ${r.account}`,
      "a transfer between my own accounts",
    );
  const kind = categoryWords(r);
  if (!r.amount.negative) return t(r.payee ? `Received ${said} from ${r.payee}` : `Received ${said}`, kind);
  return t(r.payee ? `Paid ${said} to ${r.payee}` : `Paid ${said}`, kind);
}

/** A split transaction told once, its total to its payee, each part with its amount, category and memo ("£22.30 Household, memo "bin bags""). */
function splitTransaction(parts: RegisterRow[]): BankTransaction {
  const first = parts[0]!;
  const total = sumOf(parts.map((p) => p.amount));
  const said = money(total.digits, first.marker);
  const aside = parts.map((p, i) => {
    const other = TRANSFER.exec(p.payee)?.[1]?.trim();
    const to = other ? ` moved to ${other}` : p.payee && p.payee !== first.payee ? ` to ${p.payee}` : "";
    const back = p.amount.negative !== total.negative ? " back" : "";
    const category = categoryWords(p);
    const words = [`${money(p.amount.digits, p.marker)}${back}${to}${category ? ` ${category}` : ""}`, ...memoWords(p.memo)].join(", ");
    return i ? words : `split: ${words}`;
  });
  const payee = first.payee && !TRANSFER.test(first.payee) ? first.payee : "";
  const what = total.negative ? (payee ? `Paid ${said} to ${payee}` : `Paid ${said}`) : payee ? `Received ${said} from ${payee}` : `Received ${said}`;
  return { at: first.at, what, aside };
}

/**
 * Reads `file`, YNAB's Register or Plan ({@link ynabKind}), as notes of the user's (format `note`, said by the
 * user, speaker "User", records "log"): the module's docstring. The Register is read twice, the first time
 * for the order its days are written in and the accounts it holds. Turn metadata: `{ line, bank: { bank:
 * "ynab", budget, … the row's cells by name } }` (a split's: `parts`, each part's cells).
 * @throws ImportError naming the file and where: a header that is neither (`line 1`); a day, a month or an
 *   amount that is none, at its line and by its column's place and name (`line 4, column 3 "Date":
 *   "2026-13-40": expected a day, …`); days written in both orders; the CSV's own faults at the line
 *   csv-parse stopped at; invalid UTF-8; an export with nothing to tell (no transaction, or only balance
 *   adjustments; a plan of empty categories): "the note has no text: …" (a folder passes it over, saying so).
 */
export async function* parseYnab(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const first = csvRecords(file, info.size, MAX_RECORD_CHARS);
  let kind: YnabKind | null = null;
  for await (const { cells } of first.records) {
    kind = kindOfHeader([...headerColumns(cells).keys()]);
    break;
  }
  if (!kind)
    throw new ImportError(
      file,
      "line 1",
      'not YNAB\'s export: its Register opens "Account","Flag","Date","Payee",…, its Plan "Month","Category Group/Category",…',
    );
  if (kind === "plan") yield* readPlan(file, info.size, opts);
  else yield* readRegister(file, info.size, opts);
}

/** Reads YNAB's Register (the module's docstring): its transactions, a note per account and month. */
async function* readRegister(file: string, size: number, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const { order, accounts } = await survey(file, size);
  const cards = await cardsOf(file);
  const { budget } = ynabFileName(file);
  const csv = csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new BankNotes();
  const scope = budget ? `ynab:${slug(budget)}` : "ynab";
  let columns: CsvColumns | null = null;
  let split: Split | null = null;
  const iso = (at: number) => new Date(at).toISOString().slice(0, 10);
  const tell = (id: string, r: RegisterRow, t: BankTransaction, metadata: Record<string, unknown>) =>
    notes.add(notes.keyed(id), `${scope}:${slug(r.account)}`, `${r.account} in YNAB`, r.account, t, {
      line: r.line,
      bank: { bank: "ynab", ...(budget ? { budget } : {}), ...metadata },
    });
  const rowKey = (r: RegisterRow) => `${r.group}|${r.category}|${r.memo}|${r.amount.negative ? "-" : ""}${r.amount.digits}`;
  const endSplit = (): ParsedConversation[] => {
    if (!split) return [];
    const parts = split.parts.sort((a, b) => a.index - b.index).map((p) => p.row);
    split = null;
    const r = parts[0]!;
    const id = `${scope}|${r.account}|${iso(r.at)}|${r.payee}|split|${parts.map(rowKey).join("|")}`;
    return tell(id, r, splitTransaction(parts), { ...r.cells, parts: parts.map((p) => p.cells) });
  };
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      columns = headerColumns(cells);
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const r = registerRow(file, cells, columns, line, order);
    const part = SPLIT_PART.exec(r.memo);
    if (part) {
      const [index, of] = [+(part[1] ?? part[3]!), +(part[2] ?? part[4]!)];
      const same = split?.parts[0]?.row;
      if (split && (same!.account !== r.account || same!.day !== r.day || split.of !== of || split.parts.some((p) => p.index === index))) yield* endSplit();
      split ??= { parts: [], of };
      split.parts.push({ index, row: { ...r, memo: part[5]!.trim() } });
      if (split.parts.length >= of) yield* endSplit();
      continue;
    }
    yield* endSplit();
    if (isNought(r.amount.digits)) {
      notes.leaveOut("of 0.00");
      continue;
    }
    if (ADJUSTMENT.test(r.payee)) {
      notes.leaveOut("balance adjustment", "balance adjustments");
      continue;
    }
    const other = TRANSFER.exec(r.payee)?.[1]?.trim();
    if (other && !r.amount.negative && accounts.has(other)) {
      notes.leaveOut("transfer's other side", "transfers' other sides");
      continue;
    }
    yield* tell(`${scope}|${r.account}|${iso(r.at)}|${r.payee}|${rowKey(r)}`, r, transaction(r, cards), r.cells);
  }
  yield* endSplit();
  if (!columns) throw new ImportError(file, "line 1", 'no header: not YNAB\'s Register (its header opens "Account","Flag","Date","Payee",…)');
  yield* notes.end(file, `line ${csv.lastLine()}`, "YNAB's Register");
}

/**
 * The budget's credit cards: the categories of the "Credit Card Payments" group (YNAB's category for paying
 * each card account, named as the account) of the Plan beside the Register `file`, the same export's
 * ("Home Budget as of 2026-11-28 19-42 - Plan.csv", or "… - Budget.csv" before 2025). Empty when there is
 * none beside it or it cannot be read: a transfer to a card is then told as any transfer.
 */
async function cardsOf(file: string): Promise<Set<string>> {
  const cards = new Set<string>();
  const prefix = basename(file).replace(/ - Register\.csv$/i, "");
  if (prefix === basename(file)) return cards;
  for (const name of [`${prefix} - Plan.csv`, `${prefix} - Budget.csv`]) {
    const plan = join(dirname(file), name);
    const info = await stat(plan).catch(() => null);
    if (!info?.isFile()) continue;
    let columns: CsvColumns | null = null;
    try {
      for await (const { cells } of csvRecords(plan, info.size, MAX_RECORD_CHARS).records) {
        if (!columns) {
          columns = headerColumns(cells);
          if (kindOfHeader([...columns.keys()]) !== "plan") break;
          continue;
        }
        const c = categoryOf(cells, columns);
        if (/^credit card payments$/i.test(c.group) && c.category) cards.add(c.category);
      }
    } catch {
      // (a Plan that cannot be read names no card: its own import says why)
    }
  }
  return cards;
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** A plan's month, "Oct 2026", "October 2026", "Sept 2026" or "2026-10", as its year and month (1–12), or null. */
export function planMonth(value: string): { year: number; month: number } | null {
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})$/.exec(v);
  if (iso) return +iso[2]! >= 1 && +iso[2]! <= 12 ? { year: +iso[1]!, month: +iso[2]! } : null;
  const m = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(v);
  if (!m) return null;
  const name = m[1]!.toLowerCase();
  const month = MONTH_NAMES.findIndex((n) => n.startsWith(name)) + 1;
  return month ? { year: +m[2]!, month } : null;
}

/**
 * A plan's row as a sentence: what was assigned to the category that month, spent from it and left in it
 * ("Assigned £450.00 to Groceries (Everyday) for October 2026; spent £411.80; £51.50 left."), the left "as of"
 * the export's day when the month is the export's.
 */
function planSentence(p: {
  category: string;
  group: string;
  month: number;
  assigned: YnabAmount;
  activity: YnabAmount;
  available: YnabAmount;
  spentColumn: boolean;
  asOf: number | null;
}): string {
  const said = (a: YnabAmount) => money(a.amount.digits, a.marker);
  const name = `${p.category}${p.group ? ` (${p.group})` : ""}`;
  const when = monthYear(p.month);
  const assigned = isNought(p.assigned.amount.digits)
    ? `Assigned nothing to ${name} for ${when}`
    : p.assigned.amount.negative
      ? `Took ${said(p.assigned)} back out of ${name} for ${when}`
      : `Assigned ${said(p.assigned)} to ${name} for ${when}`;
  const parts = [assigned];
  // (YNAB 4's "Outflows" is what was spent, whatever its sign)
  if (!isNought(p.activity.amount.digits)) parts.push(p.activity.amount.negative || p.spentColumn ? `spent ${said(p.activity)}` : `${said(p.activity)} added`);
  const asOf = p.asOf === null ? "" : ` as of ${dayWords(p.asOf)}`;
  if (isNought(p.available.amount.digits)) parts.push(`nothing left${asOf}`);
  else parts.push(p.available.amount.negative ? `overspent by ${said(p.available)}${asOf}` : `${said(p.available)} left${asOf}`);
  return `${parts.join("; ")}.`;
}

/** The Plan's columns kept in a turn's metadata when not empty. */
const PLAN_KEPT = [
  "Month",
  "Category Group/Category",
  "Category Group",
  "Category",
  "Master Category",
  "Sub Category",
  "Assigned",
  "Budgeted",
  "Activity",
  "Outflows",
  "Available",
  "Category Balance",
];

/** Reads YNAB's Plan (Budget.csv before 2025; the module's docstring): a note per month, each category what was assigned, spent and left. */
async function* readPlan(file: string, size: number, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const { budget, exported } = ynabFileName(file);
  const csv = csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new BankNotes();
  const scope = budget ? `ynab:${slug(budget)}` : "ynab";
  let columns: CsvColumns | null = null;
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      columns = headerColumns(cells);
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const cols = columns;
    const cell = (c: string) => cellOf(cells, cols, c.toLowerCase());
    const month = planMonth(cell("Month"));
    if (!month) throw new ImportError(file, where(line, cols, "Month"), `${JSON.stringify(cell("Month"))}: expected a month, "Oct 2026"`);
    const read = (...names: string[]): YnabAmount => {
      const c = names.find((n) => cols.has(n.toLowerCase())) ?? names[0]!;
      const a = ynabAmount(cell(c));
      if (!a) throw new ImportError(file, where(line, cols, c), `${JSON.stringify(cell(c))}: expected an amount, "£450.00"`);
      return a;
    };
    const assigned = read("Assigned", "Budgeted");
    const activity = read("Activity", "Outflows");
    const available = read("Available", "Category Balance");
    const c = categoryOf(cells, cols);
    if (isIncome(c)) {
      notes.leaveOut("income row", "income rows");
      continue;
    }
    if ([assigned, activity, available].every((a) => isNought(a.amount.digits))) {
      notes.leaveOut("empty category", "empty categories");
      continue;
    }
    const start = Date.UTC(month.year, month.month - 1, 1, 12);
    const last = Date.UTC(month.year, month.month, 0, 12);
    const asOf = exported !== null && exported >= start && exported <= last ? exported : null;
    const text = planSentence({ ...c, month: start, assigned, activity, available, spentColumn: !cols.has("activity"), asOf });
    const key = `${scope}|plan|${new Date(start).toISOString().slice(0, 7)}|${c.group}|${c.category}`;
    const kept = Object.fromEntries(PLAN_KEPT.map((k) => [k, cell(k)]).filter(([, v]) => v));
    yield* notes.addText(key, `${scope}:plan`, "YNAB plan", asOf ?? last, text, {
      line,
      bank: { bank: "ynab", ...(budget ? { budget } : {}), ...kept },
    });
  }
  if (!columns) throw new ImportError(file, "line 1", 'no header: not YNAB\'s Plan (its header opens "Month","Category Group/Category",…)');
  yield* notes.end(file, `line ${csv.lastLine()}`, "YNAB's Plan");
}
