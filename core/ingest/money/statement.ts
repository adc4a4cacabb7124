/**
 * What the downloads banks make for Microsoft Money and Quicken (OFX/QFX: ofx.ts; QIF: qif.ts) share:
 * their amounts, the bank's name when the file does not say it, and a transaction told as the CSV banks'
 * are (bank.ts `BankTransaction`, the same sentences: "Paid £16.00 to CRYSTAL CLEAR WINDO by standing order
 * on Saturday 3 October (Nationwide FlexAccount; reference "WINDOW CLEANING")."). Payees are kept as the
 * bank writes them (often cut to 18 characters, in capitals): no word is guessed.
 */
import { basename, extname } from "node:path";
import { type BankTransaction, isNought, quoted } from "./bank.js";
import { amountWords } from "../kit/record-words.js";

/** An amount as written: its sign and its digits ("-18.00" → { negative, digits "18.00" }). */
export interface StatementAmount {
  negative: boolean;
  digits: string;
}

/**
 * An amount as a statement writes it, or null when it is none: "-18.00", "+2310.45", "18", a decimal
 * comma ("-45,90", as some banks write OFX and Europeans QIF), thousands grouped ("-1,234.56",
 * "1.234,56"), a currency sign before it ("£18.00").
 */
export function statementAmount(value: string): StatementAmount | null {
  const v = value.trim().replace(/\s+/g, "");
  const m = /^([+-])?[£$€]?([+-])?(\d[\d.,]*)$/.exec(v);
  if (!m) return null;
  const n = m[3]!;
  let digits: string | null = null;
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(n)) digits = n.replace(/,/g, "");
  else if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(n)) digits = n.replace(/\./g, "").replace(",", ".");
  else if (/^\d+(?:[.,]\d+)?$/.test(n)) digits = n.replace(",", ".");
  if (digits === null) return null;
  return { negative: (m[1] ?? m[2]) === "-", digits };
}

/** `amounts` added up, exactly (in their smallest unit: the most decimals any of them has), with the sign of the total (nought, "0.00", when they cancel). Shared by ynab.ts and splitwise.ts. */
export function sumOf(amounts: StatementAmount[]): StatementAmount {
  const scale = Math.max(0, ...amounts.map((a) => (a.digits.split(".")[1] ?? "").length));
  let total = 0n;
  for (const a of amounts) {
    const [whole, part = ""] = a.digits.split(".");
    const n = BigInt(`${whole}${part.padEnd(scale, "0")}`);
    total += a.negative ? -n : n;
  }
  const negative = total < 0n;
  const s = (negative ? -total : total).toString().padStart(scale + 1, "0");
  return { negative, digits: scale ? `${s.slice(0, -scale)}.${s.slice(-scale)}` : s };
}

/** Words of a download's file name that name no bank: what the file is, its format, its dates. */
const FILE_WORDS = /^(?:statements?|downloads?|export(?:ed)?|transactions?|transaction|data|activity|history|ofx|qfx|qif|qbo|file|from|to|and|the|of)$/i;

/**
 * The bank's name a download's file name gives, when the file itself names none: its words less its
 * dates, numbers and what a download is ("Nationwide FlexAccount 2026-10-31.ofx" → "Nationwide
 * FlexAccount", "Chase1234_Activity_20261128.QFX" → "Chase"), or null ("Statement Download
 * 2026-Oct-31.ofx", "data.qif").
 */
export function nameFromFile(file: string): string | null {
  const words = basename(file, extname(file))
    .split(/[\s_\-.()[\]]+/)
    .map((w) => w.replace(/\d+/g, ""))
    .filter((w) => w.length > 1 && !FILE_WORDS.test(w) && !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/i.test(w));
  return words.length ? words.join(" ") : null;
}

/** A statement's transaction as read, whichever download's, before it is told. */
export interface StatementEntry {
  /** When, epoch ms (UTC). */
  at: number;
  /** OFX's TRNTYPE (DEBIT, CREDIT, POS, ATM, DIRECTDEBIT, REPEATPMT, XFER, CHECK, FEE, INT …), or what a QIF's number says; "" when unknown. */
  type: string;
  amount: StatementAmount;
  /** The account's currency code ("GBP"), or "" when the download names none (a QIF). */
  currency: string;
  /** Who was paid or paid: the payee as written, or "". */
  who: string;
  /** The bank's memo, the payment's reference, or "". */
  memo: string;
  /** A cheque's number, or "". */
  cheque: string;
  /** Whether the account is a credit card's (a purchase is negative, a payment to the card positive). */
  card: boolean;
  /** The bank's name, as the sentence names it ("Barclaycard"). */
  bank: string;
  /** The account's kind in the sentence's parenthesis ("credit card", "savings"), or "". */
  kind: string;
  /** The currency a card paid in, when another (OFX's ORIGCURRENCY). */
  paidIn?: string;
}

/** Types of transaction that took cash out of a machine or a counter. */
const CASH = new Set(["ATM", "CASH"]);

/**
 * A statement's transaction as a sentence is told from it (bank.ts `bankSentence`): "Paid £87.00 to
 * OCTOPUS ENERGY by Direct Debit", "Paid £16.00 to … by standing order", "Sent £150.00 to M ROBERTS",
 * "Took out £40.00 in cash at LINK KIRKSTALL RD", "Received £2,310.45 from ACME DATA LTD", "Got a refund of
 * £29.99 from ASOS.COM", "Paid £450.00 off the Barclaycard", "Paid £316.67 to … by cheque 000123", "Paid
 * Nationwide a £5.00 fee (…)", "Received £0.42 in interest from …"; its memo as its reference (unless it
 * is the payee again), the currency a card paid in.
 */
export function statementTransaction(e: StatementEntry): BankTransaction {
  const money = amountWords(e.amount.digits, e.currency);
  const memo = e.memo && e.memo.toLowerCase() !== e.who.toLowerCase() ? e.memo : "";
  const who = e.who || e.memo || "someone";
  const aside = [...(memo && e.who ? [`reference ${quoted(memo)}`] : []), ...(e.paidIn ? [`paid in ${e.paidIn}`] : [])];
  const told = (what: string): BankTransaction => ({ at: e.at, what, ...(e.kind ? { kind: e.kind } : {}), aside });
  const type = e.type.toUpperCase();
  const cheque = e.cheque && !isNought(e.cheque) ? ` by ${e.currency === "USD" || e.currency === "CAD" ? "check" : "cheque"} ${e.cheque}` : "";
  if (type === "INT")
    return told(e.amount.negative ? `Paid ${money} in interest${e.who ? ` (${e.who})` : ""}` : `Received ${money} in interest from ${e.bank}`);
  if (type === "DIV") return told(`Received a ${money} dividend from ${who}`);
  if (e.amount.negative) {
    if (CASH.has(type)) return told(`Took out ${money} in cash${e.who || e.memo ? ` at ${who}` : ""}`);
    if (type === "FEE" || type === "SRVCHG") return told(`Paid ${e.bank} a ${money} fee${e.who ? ` (${e.who})` : ""}`);
    if (type === "XFER") return told(`Sent ${money} to ${who}${cheque}`);
    const how = type === "DIRECTDEBIT" ? " by Direct Debit" : type === "REPEATPMT" ? " by standing order" : cheque;
    // (a cheque the bank names no payee of: "Paid $200.00 by check 1000")
    if (cheque && !e.who && !e.memo) return told(`Paid ${money}${cheque}`);
    return told(`Paid ${money} to ${who}${how}`);
  }
  if (e.card && (type === "PAYMENT" || /\b(?:payment|thank you)\b/i.test(e.who)))
    return told(`Paid ${money} off the ${e.bank}${/card\b/i.test(e.bank) ? "" : " card"}`);
  if (e.card || type === "POS") return told(`Got a refund of ${money} from ${who}`);
  if (CASH.has(type) || type === "DEP") return told(`Paid in ${money}${e.who ? ` (${e.who})` : ""}`);
  return told(`Received ${money} from ${who}${cheque}`);
}
