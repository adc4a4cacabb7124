/**
 * Bank and credit card statements downloaded as QIF (Quicken Interchange Format: the "Quicken" download of
 * banks that give no OFX, and Quicken's and Microsoft Money's own exports), read as the same notes as the
 * CSV banks' and OFX's (format `bank`, bank.ts; the sentences of statement.ts), told by their first line
 * whatever the file's name (.qif): a header `!Type:Bank` (or `Cash`, `CCard`, `Oth A`, `Oth L`), or
 * `!Account` (an account's name `N`, its type `T`, ended by `^`, before the transactions it names), or
 * `!Option:AutoSwitch` (a list of accounts until `!Clear:AutoSwitch`). Each transaction is lines of a letter
 * and a value, in any order, ended by a line `^`: `D` the day, `T` (or `U`) the signed amount, `P` the
 * payee, `M` the memo, `N` the cheque's number or a reference ("DD", "SO", "ATM" from some banks), `C` cleared,
 * `A` the payee's address, `L` the category (`[Account]` a transfer), `S`/`E`/`$` a split. Its text is
 * Windows-1252 where it is no UTF-8 (legacy-text.ts). Investment accounts' (`!Type:Invst`) and Quicken's lists
 * (`!Type:Cat`, `!Type:Class`, `!Type:Memorized` …) hold no bank transaction and are passed over.
 *
 * Checked against Intuit's QIF specification (its headers and detail letters, the last field of a kind
 * winning), GnuCash's QIF reader (a file's dates read in the one order all of them fit; "10/ 9'26" with a
 * space for a leading zero and an apostrophe before a year of 2000 on; thousands separators in amounts),
 * banks' and importers' QIF files (`!Type:Bank` with only D, T, P, M and `^`; day-first dates "19/07/2020"
 * from UK and Australian banks, month-first from US ones; CRLF line ends) and QIF writers' tests.
 *
 * QIF names no currency and its dates no order: amounts are written as the file's digits with no symbol
 * ("Paid 38.50 to YORKSHIRE WATER …"), and a file's dates are read in the order all of them fit: day first
 * when one has a first number over 12, month first when one has a second over 12; when none tells, day first
 * (as UK and European banks write them), month first for Quicken's "10/ 9'26" (the file is read twice, once
 * for that). A year of two digits is 20xx below 70, 19xx above; after an apostrophe, 20xx. A day has no time:
 * at noon UTC. The account is the `!Account`'s name, else the file's name's (statement.ts `nameFromFile`:
 * "Joint bills account.qif" → "Joint bills account"), else "QIF download"; a note per account and month,
 * keyed `bank:qif:<account>:2026-10`. Transactions have no id: each is keyed by its day, amount, payee, memo
 * and number ("#2" for a second alike), so importing an overlapping download again adds only what is new.
 */
import { stat } from "node:fs/promises";
import { BankNotes } from "./bank.js";
import { legacyText } from "../kit/legacy-text.js";
import { nameFromFile, statementAmount, statementTransaction } from "./statement.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";

/** Whether a file's start (its text) is a QIF file's: its first line a header, `!Type:Bank`, `!Account`, `!Option:AutoSwitch`, `!Clear:…`. */
export function isQif(start: string): boolean {
  const first = start
    .replace(/^\uFEFF/, "")
    .trimStart()
    .split(/\r?\n|\r/, 1)[0]!
    .trim();
  return /^!(?:Type\s*:\s*[A-Za-z]|Account$|Option\s*:|Clear\s*:)/i.test(first);
}

/** Sections of a QIF that hold a bank account's transactions (its `!Type:` lowercased). */
const BANK_SECTIONS = new Set(["bank", "cash", "ccard", "oth a", "oth l"]);

/** A QIF record: its section, the account it is of, its fields (letter, value, line), and the line it starts on. */
interface QifRecord {
  section: string;
  account: { name: string; type: string } | null;
  fields: Array<{ code: string; value: string; line: number }>;
  line: number;
}

/**
 * The records of `file`, a QIF, in order, read as a stream (a line at a time: memory holds one read and
 * one record); `!Account` records named as the account of the transactions after them (not in a list
 * between `!Option:AutoSwitch` and `!Clear:AutoSwitch`).
 * @throws ImportError naming the line: a field before any header ("expected a QIF header"); a record over
 *   {@link MAX_RECORD_LINES} lines
 */
async function* qifRecords(file: string, size: number, onProgress?: ReadOptions["onProgress"]): AsyncGenerator<QifRecord> {
  let section = "";
  let autoSwitch = false;
  let account: QifRecord["account"] = null;
  let fields: QifRecord["fields"] = [];
  let lineNo = 0;
  let start = 0;
  let rest = "";
  const ended = function* (): Generator<QifRecord> {
    if (!fields.length) return;
    const record: QifRecord = { section, account, fields, line: start };
    fields = [];
    if (section === "account") {
      const value = (c: string) => record.fields.findLast((f) => f.code === c)?.value.trim() ?? "";
      if (!autoSwitch) account = { name: value("N"), type: value("T") };
      return;
    }
    yield record;
  };
  const onLine = function* (raw: string): Generator<QifRecord> {
    lineNo++;
    const line = raw.replace(/\r$/, "");
    if (!line.trim()) return;
    if (line.startsWith("!")) {
      yield* ended();
      const header = /^!(\w+)\s*(?::\s*(.*?))?\s*$/.exec(line);
      const what = header?.[1]?.toLowerCase();
      if (what === "type") section = header![2]!.toLowerCase();
      else if (what === "account") section = "account";
      else if (what === "option" && /^autoswitch$/i.test(header![2] ?? "")) autoSwitch = true;
      else if (what === "clear" && /^autoswitch$/i.test(header![2] ?? "")) autoSwitch = false;
      return;
    }
    if (line.startsWith("^")) {
      yield* ended();
      return;
    }
    if (!section) throw new ImportError(file, `line ${lineNo}`, `${JSON.stringify(line.slice(0, 40))}: expected a QIF header, "!Type:Bank"`);
    if (!fields.length) start = lineNo;
    if (fields.length >= MAX_RECORD_LINES)
      throw new ImportError(file, `line ${start}`, `a record of more than ${MAX_RECORD_LINES} lines with no "^" ending it`);
    fields.push({ code: line[0]!, value: line.slice(1), line: lineNo });
  };
  for await (const chunk of legacyText(file, size, onProgress).chunks) {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop()!;
    for (const l of lines) yield* onLine(l);
  }
  if (rest) yield* onLine(rest);
  // (the last record, when the file does not end it with "^")
  yield* ended();
}

/** Most lines of one record (a split of many parts, an address): past it the file is refused as having lost its "^". */
export const MAX_RECORD_LINES = 1000;

/** How a QIF's day is written: day first, month first, or year first (PayPal's activity download's days too, paypal.ts). */
export type DateOrder = "dmy" | "mdy" | "ymd";

/** A QIF day's parts (or a PayPal download's, paypal.ts): its numbers in order, whether an apostrophe stood before the year (Quicken's 2000s), and its separator; null when it is no day. */
export function dayParts(value: string): { a: number; b: number; y: string; apostrophe: boolean; dot: boolean; yearFirst: boolean } | null {
  const v = value.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (compact) return { a: +compact[2]!, b: +compact[3]!, y: compact[1]!, apostrophe: false, dot: false, yearFirst: true };
  const m = /^(\d{1,4})\s*([/.-])\s*(\d{1,2})\s*([/.'-])\s*(\d{1,4})$/.exec(v);
  if (!m) return null;
  if (m[1]!.length === 4) return { a: +m[3]!, b: +m[5]!, y: m[1]!, apostrophe: false, dot: false, yearFirst: true };
  return { a: +m[1]!, b: +m[3]!, y: m[5]!, apostrophe: m[4] === "'", dot: m[2] === ".", yearFirst: false };
}

/** Which order a day's parts tell, or null when they fit both: day first when the first number is over 12 or the parts are dotted ("09.10.2026"), month first when the second is over 12. */
export function orderTold(p: NonNullable<ReturnType<typeof dayParts>>): DateOrder | null {
  return p.a > 12 || p.dot ? "dmy" : p.b > 12 ? "mdy" : null;
}

/** How an order is said in an error ("written day first"). */
const ORDER_WORDS: Record<DateOrder, string> = { dmy: "day first", mdy: "month first", ymd: "year first" };

/**
 * The order a file's days are written in, told by all of them in turn (QIF's, a PayPal download's, YNAB's
 * register): the order the first day that tells one tells ({@link orderTold}), a day written year first
 * telling none; `order` null while none has.
 */
export class DaysOrder {
  /** The order told so far, or null. */
  order: DateOrder | null = null;
  private first = "";

  /**
   * Reads one day, `day` as written, `shown` as an error names it (`"13/10/2026"`, QIF's `D13/10/2026`).
   * @returns its parts (dayParts), or null when it is no day
   * @throws ImportError at `location` of `file` when it tells another order than the days before it
   */
  tell(file: string, location: string, day: string, shown: string): ReturnType<typeof dayParts> {
    const p = dayParts(day);
    const says = p && !p.yearFirst ? orderTold(p) : null;
    if (!says) return p;
    if (this.order && says !== this.order)
      throw new ImportError(file, location, `${shown}: written ${ORDER_WORDS[says]}, but ${this.first} was written ${ORDER_WORDS[this.order]}`);
    this.order ??= says;
    this.first ||= shown;
    return p;
  }
}

/** A QIF day (or a PayPal download's, paypal.ts) in `order` as epoch ms at noon UTC, or null when it is none. */
export function qifDay(value: string, order: DateOrder): number | null {
  const p = dayParts(value);
  if (!p) return null;
  let y = +p.y;
  if (p.y.length <= 2) y += p.apostrophe || y < 70 ? 2000 : 1900;
  const [mo, d] = p.yearFirst ? [p.a, p.b] : order === "mdy" ? [p.a, p.b] : [p.b, p.a];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const at = Date.UTC(y, mo - 1, d, 12);
  return new Date(at).getUTCDate() === d ? at : null;
}

/**
 * The order a QIF's days are written in, from all of them (the file's first pass): day first when one
 * has a first number over 12 or a dot ("09.10.2026"), month first when one has a second over 12; when none
 * tells, month first if they are Quicken's "10/ 9'26", else day first.
 * @throws ImportError at the line of a day that no order fits with the others ("13/10/2026" and "10/13/2026")
 */
async function dateOrder(file: string, size: number): Promise<DateOrder> {
  const days = new DaysOrder();
  let apostrophe = false;
  for await (const r of qifRecords(file, size)) {
    if (!BANK_SECTIONS.has(r.section)) continue;
    for (const f of r.fields) {
      if (f.code !== "D") continue;
      const p = days.tell(file, `line ${f.line}`, f.value, `D${f.value.trim()}`);
      if (p && !p.yearFirst) apostrophe ||= p.apostrophe;
    }
  }
  return days.order ?? (apostrophe ? "mdy" : "dmy");
}

/** What a QIF's `N` says of a transaction, as OFX's types: a cheque's number, or a bank's code for a Direct Debit, a standing order, cash. */
function typeOfNumber(n: string): { type: string; cheque: string } {
  const v = n.trim();
  if (/^\d+$/.test(v)) return { type: "CHECK", cheque: v };
  if (/^(?:DD|DDR|D\/D)$/i.test(v)) return { type: "DIRECTDEBIT", cheque: "" };
  if (/^(?:SO|STO|S\/O)$/i.test(v)) return { type: "REPEATPMT", cheque: "" };
  if (/^(?:ATM|CPT|CSH|CASH)$/i.test(v)) return { type: "ATM", cheque: "" };
  if (/^(?:TFR|FPO|FPI|BP|BGC|BAC|XFER)$/i.test(v)) return { type: "XFER", cheque: "" };
  if (/^(?:FEE|COM|CHG)$/i.test(v)) return { type: "FEE", cheque: "" };
  if (/^(?:INT)$/i.test(v)) return { type: "INT", cheque: "" };
  return { type: "", cheque: "" };
}

/**
 * Reads `file`, a QIF download, as notes of the user's (format `note`, said by the user): a note per
 * account and month (the module's docstring), each transaction a paragraph in words (statement.ts), in time
 * order. Turn metadata: `{ line, bank: { bank, format: "qif", type (the section), date, amount, payee, memo,
 * number, category } }`.
 * @throws ImportError naming the file and the line: a transaction with no `D` or no `T`/`U`; a day that is
 *   none (`line 12: D"31/31/2026": expected a day, "02/11/2026"`); days written in both orders; an amount
 *   that is none; a field before any header; a file with no bank transaction (only an investment account's,
 *   or Quicken's lists): "the note has no text: …" (a folder passes it over, saying so).
 */
export async function* parseQif(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const order = await dateOrder(file, info.size);
  const notes = new BankNotes();
  const fromFile = nameFromFile(file);
  let lastLine = 1;
  for await (const r of qifRecords(file, info.size, opts.onProgress)) {
    lastLine = r.fields.at(-1)!.line;
    if (!BANK_SECTIONS.has(r.section)) {
      if (r.section === "invst") notes.leaveOut("investment transaction", "investment transactions");
      continue;
    }
    const field = (c: string) => r.fields.findLast((f) => f.code === c);
    const value = (c: string) => field(c)?.value.trim() ?? "";
    const d = field("D");
    if (!d?.value.trim()) throw new ImportError(file, `line ${r.line}`, 'a transaction with no day ("D")');
    const at = qifDay(d.value, order);
    if (at === null) throw new ImportError(file, `line ${d.line}`, `D${JSON.stringify(d.value.trim())}: expected a day, "02/11/2026"`);
    const t = field("T") ?? field("U");
    if (!t?.value.trim()) throw new ImportError(file, `line ${r.line}`, 'a transaction with no amount ("T")');
    const amount = statementAmount(t.value);
    if (!amount) throw new ImportError(file, `line ${t.line}`, `${t.code}${JSON.stringify(t.value.trim())}: expected an amount, "-18.00"`);
    if (/^0*(?:\.0*)?$/.test(amount.digits)) {
      notes.leaveOut("of 0.00");
      continue;
    }
    const bank = r.account?.name || fromFile || "QIF download";
    const card = r.section === "ccard" || /^CCard$/i.test(r.account?.type ?? "");
    const category = value("L").replace(/^\[(.*)\]$/, "$1");
    const number = typeOfNumber(value("N"));
    const told = statementTransaction({
      at,
      type: number.type,
      amount,
      currency: "",
      who: value("P"),
      memo: value("M"),
      cheque: number.cheque,
      card,
      bank,
      kind: card ? "credit card" : category,
    });
    const signed = `${amount.negative ? "-" : ""}${amount.digits}`;
    const id = notes.keyed(`qif:${new Date(at).toISOString().slice(0, 10)}|${signed}|${value("P")}|${value("M")}|${value("N")}`);
    const metadata = {
      line: r.line,
      bank: {
        bank,
        format: "qif",
        type: r.section,
        date: d.value.trim(),
        amount: signed,
        ...Object.fromEntries(
          (
            [
              ["payee", "P"],
              ["memo", "M"],
              ["number", "N"],
              ["category", "L"],
            ] as const
          )
            .filter(([, c]) => value(c))
            .map(([k, c]) => [k, value(c)]),
        ),
      },
    };
    yield* notes.add(id, `qif:${bank.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`, bank, bank, told, metadata);
  }
  yield* notes.end(file, `line ${lastLine}`, "a QIF download");
}
