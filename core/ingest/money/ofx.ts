/**
 * Bank and credit card statements downloaded as OFX (Open Financial Exchange: the "Microsoft Money" or
 * "OFX" download of Barclays, Nationwide, Lloyds …, Chase's "Quicken" QFX, which is the same), read as
 * the same notes as the CSV banks' (format `bank`, bank.ts: a note per account and month, each
 * transaction a sentence of the user's), told by their start whatever the file's name (.ofx, .qfx):
 *
 * - OFX 1.x, SGML: a header of `KEY:VALUE` lines (`OFXHEADER:100`, `DATA:OFXSGML`, `VERSION:102`,
 *   `SECURITY`, `ENCODING:USASCII`, `CHARSET:1252`, `COMPRESSION`, `OLDFILEUID`, `NEWFILEUID`), blank lines
 *   before it in some, then `<OFX>`; elements most often unclosed (`<TRNAMT>-18.00`), aggregates closed.
 *   Its text is Windows-1252 where it is no UTF-8 (legacy-text.ts).
 * - OFX 2.x, XML: `<?xml version="1.0" …?>` then `<?OFX OFXHEADER="200" VERSION="220" …?>`, every element closed.
 * - Either: `<SIGNONMSGSRSV1><SONRS>` with the bank's `<FI><ORG>` in some; a bank account's statement
 *   `<BANKMSGSRSV1><STMTTRNRS><STMTRS>` (`<CURDEF>GBP`, `<BANKACCTFROM>` with `<BANKID>` (a UK sort code),
 *   `<ACCTID>`, `<ACCTTYPE>`), a credit card's `<CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS>` (`<CCACCTFROM>`);
 *   several in one file; then `<BANKTRANLIST>` of `<STMTTRN>`: `<TRNTYPE>` (CREDIT, DEBIT, INT, DIV, FEE,
 *   SRVCHG, DEP, ATM, POS, XFER, CHECK, PAYMENT, CASH, DIRECTDEP, DIRECTDEBIT, REPEATPMT, OTHER),
 *   `<DTPOSTED>` and the day it was made, `<DTUSER>`, in OFX's time (`20261009`, `20261009120000`,
 *   `20090401122017.000[-5:EST]`), `<TRNAMT>` signed, `<FITID>` the bank's id, `<CHECKNUM>`, `<NAME>` (or
 *   `<PAYEE><NAME>`), `<MEMO>`, `<CURRENCY>` (the amount's currency) or `<ORIGCURRENCY>` (the currency a card
 *   paid in), `<CORRECTACTION>`.
 *
 * Checked against the OFX specification (1.0.2's SGML header and 2.x's XML one as ofxtools' header.py
 * reads them, CHARSET 1252 or ISO-8859-1; its transaction types, date-times with a zone in brackets, the
 * order of a statement's elements), public parsers' fixtures of real downloads (ofxparse's bank_medium.ofx,
 * a statement's tags all on one line; multiple_accounts.ofx, two statements; chase_cc.qfx, a credit card's
 * with `<FI><ORG>B1` and `<INTU.BID>`; ofx-v102-empty-tags.ofx, closing tags in an SGML file, blank lines
 * before its header, empty `<FITID>` and `<CURDEF>`), UK downloads in importers' tests (`<CURDEF>GBP`, the
 * sort code in `<BANKID>`, payees cut to 18 characters), importers' issues on FITIDs (overlapping downloads;
 * Chase giving a purchase's foreign fee the purchase's FITID) and on decimal commas (`-45,90`).
 *
 * Read as notes of the user's: a note per account and month, keyed `bank:ofx:<sort code and account>:
 * 2026-10`, titled by the bank's name, "Barclaycard, October 2026"; each transaction a sentence
 * (statement.ts): "Paid £87.00 to OCTOPUS ENERGY by Direct Debit on Friday 2 October (Nationwide
 * FlexAccount; reference "A-1F2E3D4C").", "Paid £450.00 off the Barclaycard on … (Barclaycard, credit
 * card).", the amount in `<CURDEF>`'s currency, exact. The bank's name is `<FI><ORG>` when it is a name
 * (not a code, "B1"), else the file's name's ("Nationwide FlexAccount 2026-10-31.ofx" → "Nationwide
 * FlexAccount", statement.ts `nameFromFile`), else the account's ("account ending 5678"). The day is the
 * day the user paid (`<DTUSER>`) when the bank gives it, else the day it posted; a time given with its
 * zone is read in it, one without as UTC, a day alone (or at 00:00:00, as banks write a day) at noon, so
 * that it stays that day. Keys: a transaction by its FITID within its account, so a later download
 * overlapping this one adds only the new transactions; the same FITID repeated in a file with the same
 * day and amount is told once, with another day or amount (Chase's foreign fee) told as "#2"; one with
 * no FITID by its day, amount, payee and memo ("#2" for a second alike). Left out: pending transactions
 * (`<PENDINGTRNLIST>`), those of 0.00 and corrections that delete one (`<CORRECTACTION>DELETE`); an
 * investment account's statement (`<INVSTMTRS>`) is no bank's.
 */
import { stat } from "node:fs/promises";
import { BankNotes } from "./bank.js";
import { readBytes } from "../kit/bytes.js";
import { legacyText } from "../kit/legacy-text.js";
import { type OfxEvent, OfxMarkup } from "./ofx-sgml.js";
import { isQif } from "./qif.js";
import { nameFromFile, type StatementAmount, statementAmount, statementTransaction } from "./statement.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";

/** Whether a file's start (its text, a byte-order mark dropped) is an OFX file's: OFX 1.x's header (`OFXHEADER:100`), OFX 2.x's (`<?xml …?>` then `<?OFX …?>`), or `<OFX>` itself. */
export function isOfx(start: string): boolean {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  return /^OFXHEADER\s*:\s*\d/i.test(s) || /^(?:<\?xml\b[^>]*\?>\s*)?<\?OFX\b/i.test(s) || /^<OFX>/i.test(s);
}

/** How many bytes of a file's start tell an OFX or QIF download. */
const START_BYTES = 4096;

/**
 * Whether `file` is a bank's OFX/QFX or QIF download, told by its first bytes read as Latin-1 (its text may
 * be Windows-1252, no UTF-8, which a text file's checks refuse): "ofx" ({@link isOfx}), "qif" (qif.ts
 * `isQif`: `!Type:Bank`, `!Account` …), or null. Node's fs errors when it cannot be read.
 */
export async function statementFileKind(file: string): Promise<"ofx" | "qif" | null> {
  const start = (await readBytes(file, 0, START_BYTES)).toString("latin1").replace(/^\u00ef\u00bb\u00bf/, "");
  return isOfx(start) ? "ofx" : isQif(start) ? "qif" : null;
}

/** OFX's elements that hold a value, never other elements: an empty one (`<MEMO>` then `<FITID>…`) is read as empty, not as holding the tags after it. */
const LEAVES = new Set(
  "CODE SEVERITY MESSAGE DTSERVER LANGUAGE DTPROFUP DTACCTUP ORG FID SESSCOOKIE ACCESSTOKEN INTU.BID INTU.USERID TRNUID CLTCOOKIE CURDEF BANKID BRANCHID ACCTID ACCTTYPE ACCTKEY DTSTART DTEND TRNTYPE DTPOSTED DTUSER DTAVAIL TRNAMT FITID CORRECTFITID CORRECTACTION SRVRTID CHECKNUM REFNUM SIC PAYEEID NAME EXTDNAME MEMO INV401KSOURCE CURRATE CURSYM BALAMT DTASOF MKTGINFO ADDR1 ADDR2 ADDR3 CITY STATE POSTALCODE COUNTRY PHONE DESC BALTYPE VALUE".split(
    " ",
  ),
);

/** Most FITIDs remembered to tell a repeat from a reused id; past it they are forgotten. */
export const MAX_FITIDS = 50_000;

/**
 * An OFX date-time as epoch ms, or null when it is none: `YYYYMMDD`, `YYYYMMDDHHMMSS`, with `.XXX`
 * milliseconds and `[offset:ZONE]` (`[-5:EST]`, `[+1]`, `[0:GMT]`, `[-3.30:NST]`); read in its zone, UTC
 * without one; a day alone, or its midnight, at noon UTC of that day (a bank's day of posting).
 */
export function ofxTime(value: string): number | null {
  const m =
    /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(?:(\d{2})(?:[.:]\d{1,6})?)?)?\s*(?:\[\s*([+-]?\d{1,2}(?:[.:]\d{1,2})?)?\s*(?::\s*[A-Za-z]{0,8})?\s*\])?$/.exec(
      value.trim(),
    );
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  const [h, mi, s] = [+(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return null;
  const day = Date.UTC(y, mo - 1, d, 12);
  if (new Date(day).getUTCDate() !== d) return null;
  if (!h && !mi && !s) return day;
  const [oh, om] = (m[7] ?? "0").split(/[.:]/);
  const offset = (Math.abs(+oh!) * 60 + +(om ?? 0)) * (oh!.startsWith("-") ? -1 : 1);
  return Date.UTC(y, mo - 1, d, h, mi, s) - offset * 60_000;
}

/** A statement being read: a bank account's (`STMTRS`) or a credit card's (`CCSTMTRS`). */
interface Statement {
  card: boolean;
  currency: string;
  bankId: string;
  acctId: string;
  acctType: string;
}

/** A transaction being read: its elements' values and lines, its payee's name, its currencies. */
interface Trn {
  line: number;
  values: Map<string, { value: string; line: number }>;
  payee: string;
  currency: string;
  paidIn: string;
}

/** The account's kind in a sentence's parenthesis: "credit card", "savings", or "". */
function kindOf(s: Statement): string {
  if (s.card) return "credit card";
  return /^SAVINGS$/i.test(s.acctType) ? "savings" : /^CREDITLINE$/i.test(s.acctType) ? "credit line" : "";
}

/**
 * Reads `file`, an OFX 1.x (SGML) or 2.x (XML) download, as notes of the user's (format `note`, said by the
 * user): a note per account and month (the module's docstring), each transaction a paragraph in words, in
 * time order. Turn metadata: `{ line, bank: { bank, format: "ofx", type, posted, user, amount, currency,
 * fitid, name, memo, checknum, account (its last four characters) } }`.
 * @throws ImportError naming the file and the line: a tag or value that is no OFX (ofx-sgml.ts: an end tag
 *   closing nothing, text between an aggregate's tags, a tag never closed, the file ending inside an
 *   aggregate: "a download cut short?"); a `<STMTTRN>` with no `<TRNAMT>` or no `<DTPOSTED>`, or one whose
 *   amount or time is none (`line 21: <DTPOSTED> "2026-10-09": expected OFX's date, "20261009" or
 *   "20261009120000[0:GMT]"`); no OFX element at all; a download with no transaction to tell (a sign-on's
 *   error, an investment statement, only pending ones): "the note has no text: …" (a folder passes it over,
 *   saying so).
 */
export async function* parseOfx(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const text = legacyText(file, info.size, opts.onProgress);
  const markup = new OfxMarkup(file, (name) => LEAVES.has(name));
  const notes = new BankNotes();
  const path: string[] = [];
  let org = "";
  // (what the bank said of a request that failed: a <STATUS> whose <CODE> is not 0, its <MESSAGE>)
  let said = "";
  let status = { code: "", message: "" };
  let elements = 0;
  let statement: Statement | null = null;
  let trn: Trn | null = null;
  const fitids = new Map<string, string[]>();

  const bankName = (s: Statement): string => {
    const last4 = s.acctId.replace(/\W/g, "").slice(-4);
    return (/[A-Za-z]{3}/.test(org) ? org : null) ?? nameFromFile(file) ?? (last4 ? `${s.card ? "card" : "account"} ending ${last4}` : "OFX download");
  };
  const required = (t: Trn, name: string): { value: string; line: number } => {
    const v = t.values.get(name);
    if (!v?.value) throw new ImportError(file, `line ${t.line}`, `a <STMTTRN> with no <${name}>`);
    return v;
  };
  const tell = (t: Trn, s: Statement): ParsedConversation[] => {
    const amountAt = required(t, "TRNAMT");
    const amount: StatementAmount | null = statementAmount(amountAt.value);
    if (!amount) throw new ImportError(file, `line ${amountAt.line}`, `<TRNAMT> ${JSON.stringify(amountAt.value)}: expected an amount, "-18.00"`);
    const posted = required(t, "DTPOSTED");
    const user = t.values.get("DTUSER");
    const at = (user?.value ? ofxTime(user.value) : null) ?? ofxTime(posted.value);
    if (at === null)
      throw new ImportError(
        file,
        `line ${posted.line}`,
        `<DTPOSTED> ${JSON.stringify(posted.value)}: expected OFX's date, "20261009" or "20261009120000[0:GMT]"`,
      );
    const value = (name: string) => t.values.get(name)?.value ?? "";
    if (/^DELETE$/i.test(value("CORRECTACTION"))) {
      notes.leaveOut("correction deleting another", "corrections deleting others");
      return [];
    }
    if (/^0*(?:\.0*)?$/.test(amount.digits)) {
      notes.leaveOut("of 0.00");
      return [];
    }
    const account = `${s.bankId}${s.acctId}`.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
    const bank = bankName(s);
    const signed = `${amount.negative ? "-" : ""}${amount.digits}`;
    const who = t.payee || value("NAME") || value("EXTDNAME");
    const fitid = value("FITID");
    let id: string;
    if (fitid) {
      const known = `${account}|${fitid}`;
      if (fitids.size >= MAX_FITIDS && !fitids.has(known)) fitids.clear();
      const alike = fitids.get(known) ?? [];
      const sig = `${at}|${signed}`;
      if (alike.includes(sig)) return [];
      alike.push(sig);
      fitids.set(known, alike);
      id = alike.length > 1 ? `fitid:${fitid}#${alike.length}` : `fitid:${fitid}`;
    } else id = notes.keyed(`ofx:${at}|${signed}|${who}|${value("MEMO")}`);
    const currency = (t.currency || s.currency).toUpperCase();
    const told = statementTransaction({
      at,
      type: value("TRNTYPE"),
      amount,
      currency,
      who,
      memo: value("MEMO"),
      cheque: value("CHECKNUM"),
      card: s.card,
      bank,
      kind: kindOf(s),
      ...(t.paidIn && t.paidIn.toUpperCase() !== currency ? { paidIn: t.paidIn.toUpperCase() } : {}),
    });
    const metadata = {
      line: t.line,
      bank: {
        bank,
        format: "ofx",
        ...Object.fromEntries(
          ["TRNTYPE", "DTPOSTED", "DTUSER", "FITID", "NAME", "MEMO", "CHECKNUM"].filter((n) => value(n)).map((n) => [n.toLowerCase(), value(n)]),
        ),
        amount: signed,
        ...(currency ? { currency } : {}),
        ...(s.acctId ? { account: s.acctId.slice(-4) } : {}),
      },
    };
    return notes.add(id, `ofx:${account || bank.toLowerCase()}`, bank, bank, told, metadata);
  };

  const onEvent = (e: OfxEvent): ParsedConversation[] => {
    if (e.kind === "open") {
      elements++;
      path.push(e.name);
      if (e.name === "STMTRS" || e.name === "CCSTMTRS") statement = { card: e.name === "CCSTMTRS", currency: "", bankId: "", acctId: "", acctType: "" };
      else if (e.name === "STMTTRN" && !path.includes("PENDINGTRNLIST")) trn = { line: e.line, values: new Map(), payee: "", currency: "", paidIn: "" };
      else if (e.name === "STMTTRNP") notes.leaveOut("pending");
      else if (e.name === "INVSTMTRS") notes.leaveOut("investment statement", "investment statements");
      return [];
    }
    path.pop();
    if (e.kind === "close") {
      if (e.name === "STMTTRN" && trn) {
        const done: Trn = trn;
        trn = null;
        return tell(done, statement ?? { card: false, currency: "", bankId: "", acctId: "", acctType: "" });
      }
      if (e.name === "STMTRS" || e.name === "CCSTMTRS") statement = null;
      if (e.name === "STATUS" && status.code && status.code !== "0") said ||= status.message || `error ${status.code}`;
      if (e.name === "STATUS") status = { code: "", message: "" };
      return [];
    }
    const parent = path.at(-1);
    if (trn) {
      if (parent === "STMTTRN") trn.values.set(e.name, { value: e.value, line: e.line });
      else if (parent === "PAYEE" && e.name === "NAME") trn.payee = e.value;
      else if (parent === "CURRENCY" && e.name === "CURSYM") trn.currency = e.value;
      else if (parent === "ORIGCURRENCY" && e.name === "CURSYM") trn.paidIn = e.value;
    } else if (statement) {
      if (e.name === "CURDEF" && (parent === "STMTRS" || parent === "CCSTMTRS")) statement.currency = e.value;
      else if (parent === "BANKACCTFROM" || parent === "CCACCTFROM") {
        if (e.name === "BANKID") statement.bankId = e.value;
        else if (e.name === "ACCTID") statement.acctId = e.value;
        else if (e.name === "ACCTTYPE") statement.acctType = e.value;
      }
    } else if (e.name === "ORG" && parent === "FI") org = e.value;
    else if (parent === "STATUS" && (e.name === "CODE" || e.name === "MESSAGE")) status[e.name === "CODE" ? "code" : "message"] = e.value;
    return [];
  };

  for await (const chunk of text.chunks) for (const e of markup.write(chunk)) yield* onEvent(e);
  for (const e of markup.end()) yield* onEvent(e);
  if (!elements) throw new ImportError(file, `line ${markup.lineReached()}`, "no OFX element (<OFX>, <STMTTRN> …): not an OFX file");
  yield* notes.end(file, `line ${markup.lineReached()}`, `an OFX download${said ? ` (the bank said: ${JSON.stringify(said)})` : ""}`);
}
