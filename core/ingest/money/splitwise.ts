/**
 * Splitwise's export of a group (a group's page on splitwise.com → the gear, Settings → "Export as
 * spreadsheet": a CSV, `lisbon-2026_2026-11-28_export.csv`), read as notes of the `bank` format (bank.ts: a
 * note per account and month, here per group and month, each row a sentence of the user's), told by its
 * header whatever the file's name:
 *
 * - The header `Date,Description,Category,Cost,Currency,<member>,<member>,…`, each member by the name
 *   Splitwise shows ("Maya Patel"), in English only (an account in another language names the five columns
 *   in it, and is not told); before it, in an export of the expenses with a friend outside any group, the line
 *   `Note: does not include group expenses` and a blank line.
 * - A blank line, then a row per expense or payment, oldest first: "Date" the day, `2026-10-03` (no time);
 *   "Description" as typed; "Category" Splitwise's subcategory ("Groceries", "Electricity", "Hotel", "Dining
 *   out", "General" when none was chosen, "Payment" for a payment); "Cost" unsigned, no thousands' comma
 *   (`1950.00`); "Currency" the code (a group's rows may be in several); each member's cell their net for the
 *   row, what they paid less their share (`84.00,GBP,-28.00,56.00,-28.00`; `0.00` for one not in it; more
 *   decimals when a share has them, `923.595,-307.865`). A payment is described with the two members' short
 *   names, `Sam W. paid Maya P.`, its payer positive and its payee negative.
 * - A blank line, then a `Total balance` row per currency, dated the day of the export, its category and cost
 *   a space each (`2026-11-28,Total balance, , ,GBP,-60.77,153.94,-93.17`): each member's balance in the group.
 *
 * Checked against public readers of the export and their tests: importers' docstrings quoting it (the header,
 * `2026-03-01,Hotel,Hotel,4800.00,INR,3600.00,-1200.00,-2400.00`, `2026-03-09,Total balance, , ,INR,…`, "each
 * person's column is what they paid minus their share", "positive = they fronted money and are owed it back";
 * the blank lines after the header and before the totals; `…,923.595,-307.865,…` and a total of four
 * decimals), tests built on exports (a total row per currency, `…,EUR,…` and `…,GBP,…`, dated after the last
 * row; payments "Franco B. paid Vera", "Matthieu P. paid Simon P.", the payer positive; an equal split's odd
 * pennies `-19.99,-20.00,-19.99,-20.00,79.98`; a row whose members are all `0.00`, its payer not written; a
 * friend's export opening "Note: does not include group expenses"; a description holding a comma, quoted),
 * cospend's Splitwise import (the English header, the day `Y-m-d`, the total row passed over; an account in
 * another language must be switched to English to export) and one importer's reading of a group's name from
 * the file's (`goa-trip_2026-03-09_export.csv` → "Goa trip"; Splitwise's naming itself was not found written
 * down). Not confirmed, so read only as the arithmetic says: a negative cost (one importer's test has a
 * "Deposit back" at `-30.00`), told as money got back.
 *
 * Who the user is: the export does not say. With `--me` (ParseOptions.me) naming a member (their full name or
 * their first, any case), the sentences say "I", "me" and "my"; else every member is named.
 *
 * Read as the user's notes (format `note`, records "log"): a note per group and month ("Lisbon 2026 on
 * Splitwise, October 2026", keyed `bank:splitwise:lisbon-2026:2026-10`), each row a sentence of its day:
 * "Sam Whitfield paid £84.00 for "Big Tesco shop" (Groceries) on Saturday 3 October; my share £28.00, Priya
 * Shah's £28.00 and Sam Whitfield's own £28.00 (Splitwise, Brudenell Road).", "I paid £149.99 for …; my own
 * share £50.00, …", "…; no share of mine; …", a payment as paying back ("Priya Shah paid me back £650.00 on Saturday 21
 * November (Splitwise, Brudenell Road).", "I paid Sam Whitfield back £30.00 on …"). Each total row a sentence of the export's day: "At
 * the end of the export on Saturday 28 November, I owe Sam Whitfield £60.77 and Priya Shah owes Sam Whitfield
 * £93.17 (Splitwise, Brudenell Road, GBP)." — who owes whom when the balances say it (one member owed, or one
 * owing), else each one's balance ("I get back £41.20, Sam Whitfield owes £30.00 and Priya Shah owes
 * £11.20"), as Splitwise's own page words them. A payer's own share is the cost less the others' (one payer);
 * with several payers, what each is owed of it. Amounts are said to the penny (a share of `307.865` as
 * "£307.87"), the export's digits kept in each paragraph's metadata. Left out: rows of 0.00 ("Settle all
 * balances"). Keys: a row has no id in the export; it is keyed by its group, day, description, category, cost,
 * currency and every member's net that is not nought ("#2" for a second alike), a total row by its group, day,
 * currency and balances, so a later export of the group adds only its new rows and its new balance.
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { BankNotes, isNought, quoted, slug, where } from "./bank.js";
import { type CsvColumns, cellOf, csvRecords, headerCells, headerColumns } from "../kit/csv-records.js";
import { amountWords, dayWords, listed } from "../kit/record-words.js";
import { type StatementAmount, statementAmount, sumOf } from "./statement.js";
import { ImportError, type ParseOptions, type ParsedConversation } from "../kit/types.js";

/** The columns a Splitwise export opens with, in this order; each member's column follows. */
export const SPLITWISE_COLUMNS = ["Date", "Description", "Category", "Cost", "Currency"] as const;

/** Most characters of one record: an unclosed quote is refused here, not read to the file's end. */
const MAX_RECORD_CHARS = 1024 * 1024;

/** Most records before the header (a friend's export has one, its note): past it the file is refused. */
const MAX_PREAMBLE_RECORDS = 4;

/** The line a friend's export opens with, before its header. */
const FRIEND_NOTE = /^note:\s*does not include group expenses/i;

/** Whether a record's cells are a Splitwise export's header: {@link SPLITWISE_COLUMNS} in order (any case), then at least one member. */
function isHeader(cells: string[]): boolean {
  const names = cells.map((c) =>
    c
      .replace(/^\uFEFF/, "")
      .trim()
      .toLowerCase(),
  );
  return SPLITWISE_COLUMNS.every((c, i) => names[i] === c.toLowerCase()) && names.slice(5).some(Boolean);
}

/** Whether a file's start (its text) is a Splitwise export: its first line (after a friend's export's note and a blank line) a header of {@link SPLITWISE_COLUMNS} and the members. */
export function isSplitwiseExport(start: string): boolean {
  const lines = start
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/, 4)
    .filter((l) => l.trim() && !FRIEND_NOTE.test(l.trim()));
  return lines.length > 0 && isHeader(headerCells(lines[0]!));
}

/** Words of a file's name that are no group's: the export's own. */
const FILE_DATES = /(?:[_\s-]+\d{4}-\d{2}-\d{2})+(?:[_\s-]+export)?$|[_\s-]+export$/i;
/** Small words left lower-case in a group's name. */
const SMALL = new Set(["and", "of", "the", "to", "in", "on", "with", "at", "for"]);

/**
 * The group's name a file's name gives ("lisbon-2026_2026-11-28_export.csv" → "Lisbon 2026",
 * "brudenell-road_2026-11-28_export.csv" → "Brudenell Road"), or "" when it gives none ("export.csv").
 */
export function splitwiseGroup(file: string): string {
  const words = basename(file)
    .replace(/\.[^.]+$/, "")
    .replace(FILE_DATES, "")
    .split(/[\s_-]+/)
    .filter(Boolean);
  if (words.length === 1 && /^(?:export|splitwise|expenses)$/i.test(words[0]!)) return "";
  return words.map((w, i) => (i && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1))).join(" ");
}

/** Which member `me` names: their whole name, else the one member whose first name it is (or whose first name is its), any case; null for none. */
export function memberNamed(members: readonly string[], me: string | undefined): string | null {
  const wanted = me?.trim().toLowerCase().replace(/\s+/g, " ");
  if (!wanted) return null;
  const whole = members.find((m) => m.toLowerCase() === wanted);
  if (whole) return whole;
  const first = (name: string) => name.trim().toLowerCase().split(/\s+/)[0]!;
  const byFirst = members.filter((m) => first(m) === first(wanted));
  return byFirst.length === 1 ? byFirst[0]! : null;
}

/** A row as read: its day, words, cost and each member's net (in the header's order). */
interface SplitwiseRow {
  at: number;
  date: string;
  description: string;
  category: string;
  cost: StatementAmount;
  currency: string;
  nets: StatementAmount[];
  line: number;
}

/** An amount said to the penny in `currency` ("307.865" → "£307.87", half up), as record-words.ts says amounts. */
function said(a: StatementAmount, currency: string): string {
  const [whole, part = ""] = a.digits.split(".");
  if (part.length <= 2) return amountWords(a.digits, currency);
  const pennies = BigInt(`${whole}${part.slice(0, 2)}`) + (Number(part[2]) >= 5 ? 1n : 0n);
  const s = pennies.toString().padStart(3, "0");
  return amountWords(`${s.slice(0, -2)}.${s.slice(-2)}`, currency);
}

/** How the sentences name members: "I"/"me"/"my" for the user (`me`), else each by name. */
class Names {
  constructor(private readonly me: string | null) {}
  /** Whether `name` is the user's. */
  isMe(name: string): boolean {
    return name === this.me;
  }
  /** Whether the user is one of the export's members. */
  get known(): boolean {
    return this.me !== null;
  }
  /** As a sentence's subject: "I", "Sam Whitfield". */
  subject(name: string): string {
    return this.isMe(name) ? "I" : name;
  }
  /** As an object: "me", "Sam Whitfield". */
  object(name: string): string {
    return this.isMe(name) ? "me" : name;
  }
  /** `name` doing `verb` in the present, "I owe", "Sam Whitfield owes", "I am owed" (`verb` as said of one other: "owes", "gets", "is", "is owed"). */
  does(name: string, verb: string): string {
    if (!this.isMe(name)) return `${name} ${verb}`;
    const [first, ...rest] = verb.split(" ");
    return ["I", first === "is" ? "am" : first!.replace(/s$/, ""), ...rest].join(" ");
  }
  /** A share of theirs: "my share £28.00" (`first`), "Priya Shah's £28.00", "Sam Whitfield's own £28.00" (`own`). */
  share(name: string, money: string, own: boolean, first: boolean): string {
    return `${this.isMe(name) ? "my" : `${name}'s`}${own ? " own" : ""}${first ? " share" : ""} ${money}`;
  }
}

/**
 * A row as its sentence, without the trailing parenthesis (the module's docstring): a payment between two
 * members, or an expense (a refund when its cost is negative) with who paid and each one's share.
 */
function rowWords(r: SplitwiseRow, members: readonly string[], names: Names): string {
  const day = dayWords(r.at);
  const money = (a: StatementAmount) => said({ ...a, negative: false }, r.currency);
  const cost = money(r.cost);
  const live = r.nets.map((net, i) => ({ name: members[i]!, net })).filter((m) => !isNought(m.net.digits));
  const up = live.filter((m) => !m.net.negative);
  const down = live.filter((m) => m.net.negative);
  if (/^payment$/i.test(r.category) && up.length === 1 && down.length === 1) {
    const [from, to] = [up[0]!.name, down[0]!.name];
    // (Splitwise's own description, "Sam W. paid Maya P.", says nothing more)
    const first = (n: string) => n.split(/\s+/)[0]!.toLowerCase();
    const text = r.description.toLowerCase();
    const automatic = !text || (text.startsWith(first(from)) && text.includes(` paid ${first(to)}`));
    return `${names.subject(from)} paid ${names.object(to)} back ${cost}${automatic ? "" : ` for ${quoted(r.description)}`} on ${day}`;
  }
  const what = `${r.description ? quoted(r.description) : "an expense"}${r.category && !/^general$/i.test(r.category) ? ` (${r.category})` : ""}`;
  if (!live.length) return `${what} cost ${cost} on ${day}; it changed no one's balance`;
  // (who paid: those the row leaves owed; for money got back, those it leaves owing)
  const refund = r.cost.negative;
  const payers = refund ? down : up;
  const others = refund ? up : down;
  const shares = others.map((m) => ({ name: m.name, money: money(m.net), own: false }));
  let owed = "";
  if (payers.length === 1) {
    const own = sumOf([{ ...r.cost, negative: false }, ...others.map((m) => ({ ...m.net, negative: true }))]);
    if (!own.negative && !isNought(own.digits)) shares.push({ name: payers[0]!.name, money: money(own), own: true });
  } else {
    const each = payers.map((m) => `${names.does(m.name, refund ? "owes" : "is owed")} ${money(m.net)}`);
    owed = `; ${listed(each)} of it`;
  }
  const mine = shares.filter((s) => names.isMe(s.name));
  const told = [...mine, ...shares.filter((s) => !names.isMe(s.name))].map((s, i) => names.share(s.name, s.money, s.own, i === 0));
  const noShare = names.known && !mine.length && !payers.some((m) => names.isMe(m.name)) ? "; no share of mine" : "";
  const verb = refund ? `got ${cost} back for` : `paid ${cost} for`;
  return `${listed(payers.map((m) => names.subject(m.name)))} ${verb} ${what} on ${day}${owed}${noShare}${told.length ? `; ${listed(told)}` : ""}`;
}

/**
 * A total row as its sentence, without the trailing parenthesis: who owes whom when the balances say it
 * (one member owed, or one owing), else each one's balance; the settled named.
 */
function balanceWords(r: SplitwiseRow, members: readonly string[], names: Names): string {
  const money = (a: StatementAmount) => said({ ...a, negative: false }, r.currency);
  const all = r.nets.map((net, i) => ({ name: members[i]!, net }));
  const owed = all.filter((m) => !isNought(m.net.digits) && !m.net.negative);
  const owing = all.filter((m) => !isNought(m.net.digits) && m.net.negative);
  const settled = all.filter((m) => isNought(m.net.digits));
  const head = `At the end of the export on ${dayWords(r.at)}, `;
  if (!owed.length && !owing.length) return `${head}everyone is settled up`;
  const owes = (debtor: string, creditor: string, amount: StatementAmount) => `${names.does(debtor, "owes")} ${names.object(creditor)} ${money(amount)}`;
  const clauses =
    owed.length === 1
      ? owing.map((m) => owes(m.name, owed[0]!.name, m.net))
      : owing.length === 1
        ? owed.map((m) => owes(owing[0]!.name, m.name, m.net))
        : [
            ...owed.map((m) => `${names.does(m.name, "gets")} back ${money(m.net)} in all`),
            ...owing.map((m) => `${names.does(m.name, "owes")} ${money(m.net)} in all`),
          ];
  // (the user last among the settled: "Hannah Cole and I are settled up")
  const even = [...settled.filter((m) => !names.isMe(m.name)), ...settled.filter((m) => names.isMe(m.name))];
  const square =
    even.length === 1
      ? `; ${names.does(even[0]!.name, "is")} settled up`
      : even.length
        ? `; ${listed(even.map((m) => names.subject(m.name)))} are settled up`
        : "";
  return `${head}${listed(clauses)}${square}`;
}

/** Splitwise's day, "2026-10-03" (a time after it passed over), at noon UTC, or null. */
function splitwiseDay(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(value.trim());
  if (!m) return null;
  const at = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, 12);
  return new Date(at).getUTCDate() === +m[3]! ? at : null;
}

/** A row read from its cells (`at` the day to give a total row with none). @throws ImportError naming the line and column of a day, cost, currency or net that is none. */
function rowOf(file: string, cells: string[], columns: CsvColumns, members: readonly string[], line: number, at: number | null): SplitwiseRow {
  const cell = (c: string) => cellOf(cells, columns, c.toLowerCase());
  const total = /^total balance$/i.test(cell("Description"));
  const day = cell("Date") ? splitwiseDay(cell("Date")) : total ? at : null;
  if (day === null) throw new ImportError(file, where(line, columns, "Date"), `${JSON.stringify(cell("Date"))}: expected Splitwise's day, "2026-10-03"`);
  const amount = (index: number, column: string, value: string): StatementAmount => {
    if (!value) return { negative: false, digits: "0.00" };
    const a = statementAmount(value);
    if (!a) throw new ImportError(file, `line ${line}, column ${index + 1} "${column}"`, `${JSON.stringify(value)}: expected an amount, "-28.00"`);
    return a;
  };
  const cost = total ? { negative: false, digits: "0" } : amount(3, "Cost", cell("Cost"));
  if (!total && !cell("Cost")) throw new ImportError(file, where(line, columns, "Cost"), 'empty: expected the cost, "84.00"');
  const currency = cell("Currency").toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency))
    throw new ImportError(file, where(line, columns, "Currency"), `${JSON.stringify(cell("Currency"))}: expected a currency's code, "GBP"`);
  // (a member's column is the header's sixth on, in order: two members may share a name's words, never a column)
  const nets = members.map((m, i) => amount(5 + i, m, (cells[5 + i] ?? "").trim()));
  return { at: day, date: cell("Date"), description: cell("Description").replace(/\s+/g, " "), category: cell("Category"), cost, currency, nets, line };
}

/** The reader's options: where to report the bytes read, and who the user is (`--me`: a member's name). */
type ReadOptions = Pick<ParseOptions, "onProgress" | "me">;

/**
 * Reads `file`, a Splitwise export ({@link isSplitwiseExport}), as notes of the user's (format `note`, said by
 * the user, speaker "User", records "log"): a note per group and month (externalId
 * `bank:splitwise:<group>:2026-10`, title "<group> on Splitwise, October 2026"; the group named by the file,
 * {@link splitwiseGroup}, `bank:splitwise:2026-10` and "Splitwise, …" when it names none), each row a
 * paragraph of its day and each total row one of the export's day, a sentence (the module's docstring), in
 * time order. `opts.me` names the member who is the user ({@link memberNamed}); none named, every member is
 * named. Turn metadata: `{ line, bank: { bank: "splitwise", group?, Date, Description, Category, Cost,
 * Currency, nets: { <member>: "<net as written>" } } }`.
 * @throws ImportError naming the file and where: no header in its first lines; a day, a cost, a currency or a
 *   member's net that is none, at its line and by its column's place and name (`line 4, column 1 "Date":
 *   "03/10/2026": expected Splitwise's day, "2026-10-03"`); the CSV's own faults at the line csv-parse
 *   stopped at; invalid UTF-8; an export with nothing to tell (no row, or only rows of 0.00): "the note has no
 *   text: …" (a folder passes it over, saying so).
 */
export async function* parseSplitwise(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new BankNotes();
  const group = splitwiseGroup(file);
  const account = group ? `splitwise:${slug(group)}` : "splitwise";
  const title = group ? `${group} on Splitwise` : "Splitwise";
  const after = group ? `Splitwise, ${group}` : "Splitwise";
  let columns: CsvColumns | null = null;
  let members: string[] = [];
  let names = new Names(null);
  let last: number | null = null;
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      if (isHeader(cells)) {
        columns = headerColumns(cells);
        members = cells.slice(5).map((c) => c.trim());
        names = new Names(memberNamed(members, opts.me));
        continue;
      }
      if (line > MAX_PREAMBLE_RECORDS)
        throw new ImportError(file, `line ${line}`, `not a Splitwise export: no header "${SPLITWISE_COLUMNS.join(",")},<members>" in its first lines`);
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const r = rowOf(file, cells, columns, members, line, last);
    const nets = Object.fromEntries(members.map((m, i) => [m, (cells[5 + i] ?? "").trim()]));
    const kept = Object.fromEntries(SPLITWISE_COLUMNS.map((c) => [c, cellOf(cells, columns!, c.toLowerCase())]).filter(([, v]) => v));
    const metadata = { line, bank: { bank: "splitwise", ...(group ? { group } : {}), ...kept, nets } };
    const moved = members
      .map((m, i) => ({ m, net: r.nets[i]! }))
      .filter(({ net }) => !isNought(net.digits))
      .map(({ m, net }) => `${m}:${net.negative ? "-" : ""}${net.digits}`)
      .sort()
      .join("|");
    if (/^total balance$/i.test(r.description)) {
      const key = notes.keyed(`${account}|balance|${r.date}|${r.currency}|${moved}`);
      yield* notes.addText(key, account, title, r.at, `${balanceWords(r, members, names)} (${after}, ${r.currency}).`, metadata);
      continue;
    }
    last = Math.max(last ?? r.at, r.at);
    if (isNought(r.cost.digits) && !moved) {
      notes.leaveOut("row of 0.00", "rows of 0.00");
      continue;
    }
    const key = notes.keyed(`${account}|${r.date}|${r.description}|${r.category}|${r.cost.negative ? "-" : ""}${r.cost.digits}|${r.currency}|${moved}`);
    yield* notes.addText(key, account, title, r.at, `${rowWords(r, members, names)} (${after}).`, metadata);
  }
  if (!columns) throw new ImportError(file, `line ${csv.lastLine() || 1}`, `not a Splitwise export: no header "${SPLITWISE_COLUMNS.join(",")},<members>"`);
  yield* notes.end(file, `line ${csv.lastLine()}`, "a Splitwise export");
}
