/**
 * The budgeter: Owen, in Leeds, keeps a monthly budget from his banks' downloads. Neither of his banks
 * exports a spreadsheet Engram knows: their "Download transactions" pages give files for Microsoft Money
 * and Quicken. On 28 November 2026 he saves them into a Statements folder and imports the folder
 * (`engram import Statements`):
 *
 * - His current account (a Nationwide FlexAccount), downloaded twice as OFX 1.x, the SGML form: the header
 *   block `OFXHEADER:100`, `DATA:OFXSGML`, `VERSION:102`, `ENCODING:USASCII`, `CHARSET:1252` …, a blank line,
 *   then the tags one a line, CRLF line ends, the elements' closing tags left out (`<TRNAMT>-16.00`), the
 *   aggregates' written (`</STMTTRN>`); no `<FI>` in the sign-on (the bank's name is the file's); `<CURDEF>GBP`,
 *   the sort code in `<BANKID>` and the account in `<ACCTID>`; each transaction's `<TRNTYPE>` (DIRECTDEBIT,
 *   REPEATPMT for a standing order, POS, ATM, XFER, DIRECTDEP), its day `<DTPOSTED>20261003`, its signed
 *   amount, the bank's `<FITID>`, the payee in `<NAME>` as the bank cuts it (18 characters, capitals:
 *   "CRYSTAL CLEAR WINDO") and the reference in `<MEMO>`. The second download (15 October to 28 November)
 *   overlaps the first (1 September to 31 October): the same transactions, the same FITIDs.
 * - His credit card (Barclaycard) as OFX 2.x, the XML form: `<?xml version="1.0" encoding="UTF-8"
 *   standalone="no"?>` and `<?OFX OFXHEADER="200" VERSION="220" …?>`, every element closed, indented; the
 *   sign-on's `<FI><ORG>Barclaycard</ORG>`; `<CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS>` with its
 *   `<CCACCTFROM>` (the card's number masked); times with their zone `20261022120000[0:GMT]`, the day of the
 *   purchase in `<DTUSER>` where it posted later; a purchase in euros with its `<ORIGCURRENCY>`; a refund and
 *   the card's payment as credits.
 * - The joint bills account he shares with Priya, at a bank that only gives QIF: `!Type:Bank`, then each
 *   transaction's lines `D` (the day, day first: `02/11/2026`), `T` (signed amount), `P` (payee), `M`
 *   (reference), each ended by `^`; no currency, no account line.
 *
 * Checked against the OFX specification's header and transaction types (OFX 1.0.2/1.6 SGML header lines
 * and their order, the OFX 2 XML declaration and `<?OFX …?>` processing instruction as ofxtools' header.py
 * parses them; TRNTYPE's CREDIT, DEBIT, INT, DIV, FEE, SRVCHG, DEP, ATM, POS, XFER, CHECK, PAYMENT, CASH,
 * DIRECTDEP, DIRECTDEBIT, REPEATPMT, OTHER), public parsers' fixtures of real downloads (ofxparse's
 * bank_medium.ofx, every tag of a statement on one line, times `20090401122017.000[-5:EST]`; its
 * multiple_accounts.ofx, two statements in one file; its chase_cc.qfx, `<CREDITCARDMSGSRSV1>`, `<FI><ORG>B1`
 * and `<INTU.BID>`; its ofx-v102-empty-tags.ofx, closing tags in an SGML file, blank lines before the
 * header and empty `<FITID>`s), importers' issues about FITIDs (a later download overlapping an earlier one
 * must add only the new transactions), UK banks' downloads in importers' tests (`<CURDEF>GBP`, the sort code
 * in `<BANKID>`, 18-character payees "NOVUNA PERSONAL FI", "EBAY COMMERCE UK L") and the QIF specification
 * (Intuit's list of headers `!Type:Bank`, `!Type:CCard`, `!Account`, and detail lines D, T, C, N, P, M, A,
 * L, S, E, $, ^; GnuCash's QIF reader on dates written day or month first). Hand-written by the developers
 * while trying Engram as its users would, in session 37, before Engram could read OFX or QIF (the first
 * run's figures are in bench/README.md). With it, the questions such a person asks later and the words a
 * right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

const FOLDER = "Statements";

/** A transaction of an OFX statement: type, day posted (YYYYMMDD, or a time with its zone), amount, FITID, name, memo, and what else it has. */
interface OfxTransaction {
  type: string;
  posted: string;
  amount: string;
  fitid: string;
  name: string;
  memo?: string;
  /** The day the card was used, when it posted later. */
  user?: string;
  /** The currency the card paid in and the rate: `<ORIGCURRENCY><CURRATE>…<CURSYM>…`. */
  orig?: [rate: string, currency: string];
}

/** The current account's transactions, 1 September to 28 November 2026. */
const CURRENT: OfxTransaction[] = [
  { type: "DIRECTDEBIT", posted: "20260901", amount: "-87.00", fitid: "202609010001", name: "OCTOPUS ENERGY", memo: "A-1F2E3D4C" },
  { type: "REPEATPMT", posted: "20260903", amount: "-16.00", fitid: "202609030001", name: "CRYSTAL CLEAR WINDO", memo: "WINDOW CLEANING" },
  { type: "POS", posted: "20260904", amount: "-31.45", fitid: "202609040001", name: "TESCO STORES 3017", memo: "LEEDS" },
  { type: "DIRECTDEBIT", posted: "20260921", amount: "-268.15", fitid: "202609210001", name: "BARCLAYCARD", memo: "4929XXXXXXXX1234" },
  { type: "DIRECTDEP", posted: "20260925", amount: "2310.45", fitid: "202609250001", name: "ACME DATA LTD", memo: "SALARY SEP" },
  { type: "XFER", posted: "20260928", amount: "-600.00", fitid: "202609280001", name: "O DAVIES & P AHMED", memo: "MONTHLY BILLS" },
  { type: "DIRECTDEBIT", posted: "20261001", amount: "-87.00", fitid: "202610010001", name: "OCTOPUS ENERGY", memo: "A-1F2E3D4C" },
  { type: "REPEATPMT", posted: "20261003", amount: "-16.00", fitid: "202610030001", name: "CRYSTAL CLEAR WINDO", memo: "WINDOW CLEANING" },
  { type: "POS", posted: "20261010", amount: "-54.20", fitid: "202610100001", name: "TESCO STORES 3017", memo: "LEEDS" },
  { type: "XFER", posted: "20261012", amount: "-150.00", fitid: "202610120001", name: "M ROBERTS", memo: "COTTAGE DEPOSIT" },
  { type: "ATM", posted: "20261017", amount: "-40.00", fitid: "202610170001", name: "LINK KIRKSTALL RD", memo: "CASH 17OCT" },
  { type: "DIRECTDEBIT", posted: "20261020", amount: "-312.40", fitid: "202610200001", name: "BARCLAYCARD", memo: "4929XXXXXXXX1234" },
  { type: "POS", posted: "20261023", amount: "-64.50", fitid: "202610230001", name: "ABBEY VETS", memo: "LEEDS" },
  { type: "DIRECTDEP", posted: "20261026", amount: "2310.45", fitid: "202610260001", name: "ACME DATA LTD", memo: "SALARY OCT" },
  { type: "POS", posted: "20261027", amount: "-22.10", fitid: "202610270001", name: "TESCO STORES 3017", memo: "LEEDS" },
  { type: "XFER", posted: "20261028", amount: "-600.00", fitid: "202610280001", name: "O DAVIES & P AHMED", memo: "MONTHLY BILLS" },
  { type: "DIRECTDEBIT", posted: "20261102", amount: "-87.00", fitid: "202611020001", name: "OCTOPUS ENERGY", memo: "A-1F2E3D4C" },
  { type: "REPEATPMT", posted: "20261103", amount: "-16.00", fitid: "202611030001", name: "CRYSTAL CLEAR WINDO", memo: "WINDOW CLEANING" },
  { type: "POS", posted: "20261103", amount: "-38.62", fitid: "202611030002", name: "TESCO STORES 3017", memo: "LEEDS" },
  { type: "DIRECTDEBIT", posted: "20261120", amount: "-450.00", fitid: "202611200001", name: "BARCLAYCARD", memo: "4929XXXXXXXX1234" },
  { type: "DIRECTDEP", posted: "20261125", amount: "2310.45", fitid: "202611250001", name: "ACME DATA LTD", memo: "SALARY NOV" },
  { type: "XFER", posted: "20261127", amount: "-600.00", fitid: "202611270001", name: "O DAVIES & P AHMED", memo: "MONTHLY BILLS" },
];

/** The credit card's transactions, 20 October to 27 November 2026. */
const CARD: OfxTransaction[] = [
  { type: "CREDIT", posted: "20261021120000[0:GMT]", amount: "312.40", fitid: "75301426294000000211", name: "PAYMENT RECEIVED - THANK YOU" },
  {
    type: "DEBIT",
    posted: "20261023120000[0:GMT]",
    user: "20261022120000[0:GMT]",
    amount: "-84.30",
    fitid: "75301426295000000318",
    name: "LNER.CO.UK",
    memo: "YORK",
  },
  { type: "DEBIT", posted: "20261024120000[0:GMT]", amount: "-10.99", fitid: "75301426297000000410", name: "NETFLIX.COM", memo: "AMSTERDAM" },
  { type: "DEBIT", posted: "20261028120000[0:GMT]", amount: "-71.00", fitid: "75301426301000000522", name: "ASOS.COM", memo: "LONDON" },
  {
    type: "DEBIT",
    posted: "20261030120000[0:GMT]",
    user: "20261029120000[0:GMT]",
    amount: "-42.17",
    fitid: "75301426303000000607",
    name: "BOOKING.COM",
    memo: "AMSTERDAM",
    orig: ["0.8712", "EUR"],
  },
  { type: "CREDIT", posted: "20261105120000[0:GMT]", amount: "29.99", fitid: "75301426309000000714", name: "ASOS.COM", memo: "LONDON" },
  { type: "CREDIT", posted: "20261121120000[0:GMT]", amount: "450.00", fitid: "75301426325000000802", name: "PAYMENT RECEIVED - THANK YOU" },
  { type: "DEBIT", posted: "20261124120000[0:GMT]", amount: "-10.99", fitid: "75301426328000000915", name: "NETFLIX.COM", memo: "AMSTERDAM" },
];

/** An OFX 1.x statement as the current account's download writes it: the SGML header, then each tag on a line, elements unclosed, CRLF line ends. */
function sgmlStatement(from: string, to: string, served: string, transactions: OfxTransaction[]): string {
  const trn = (t: OfxTransaction) =>
    [
      "<STMTTRN>",
      `<TRNTYPE>${t.type}`,
      `<DTPOSTED>${t.posted}`,
      `<TRNAMT>${t.amount}`,
      `<FITID>${t.fitid}`,
      `<NAME>${t.name}`,
      ...(t.memo ? [`<MEMO>${t.memo}`] : []),
      "</STMTTRN>",
    ].join("\r\n");
  const inRange = transactions.filter((t) => t.posted >= from && t.posted <= to);
  return `${[
    "OFXHEADER:100",
    "DATA:OFXSGML",
    "VERSION:102",
    "SECURITY:NONE",
    "ENCODING:USASCII",
    "CHARSET:1252",
    "COMPRESSION:NONE",
    "OLDFILEUID:NONE",
    "NEWFILEUID:NONE",
    "",
    "<OFX>",
    "<SIGNONMSGSRSV1>",
    "<SONRS>",
    "<STATUS>",
    "<CODE>0",
    "<SEVERITY>INFO",
    "</STATUS>",
    `<DTSERVER>${served}`,
    "<LANGUAGE>ENG",
    "</SONRS>",
    "</SIGNONMSGSRSV1>",
    "<BANKMSGSRSV1>",
    "<STMTTRNRS>",
    "<TRNUID>1",
    "<STATUS>",
    "<CODE>0",
    "<SEVERITY>INFO",
    "</STATUS>",
    "<STMTRS>",
    "<CURDEF>GBP",
    "<BANKACCTFROM>",
    "<BANKID>070116",
    "<ACCTID>07011612345678",
    "<ACCTTYPE>CHECKING",
    "</BANKACCTFROM>",
    "<BANKTRANLIST>",
    `<DTSTART>${from}`,
    `<DTEND>${to}`,
    ...inRange.map(trn),
    "</BANKTRANLIST>",
    "<LEDGERBAL>",
    "<BALAMT>1204.77",
    `<DTASOF>${to}`,
    "</LEDGERBAL>",
    "</STMTRS>",
    "</STMTTRNRS>",
    "</BANKMSGSRSV1>",
    "</OFX>",
  ].join("\r\n")}\r\n`;
}

/** The credit card's download, OFX 2.2 XML: every element closed, indented, the sign-on naming the bank. */
function xmlCardStatement(transactions: OfxTransaction[]): string {
  const el = (indent: number, name: string, value: string) => `${" ".repeat(indent)}<${name}>${value}</${name}>`;
  const trn = (t: OfxTransaction) =>
    [
      "          <STMTTRN>",
      el(12, "TRNTYPE", t.type),
      el(12, "DTPOSTED", t.posted),
      ...(t.user ? [el(12, "DTUSER", t.user)] : []),
      el(12, "TRNAMT", t.amount),
      el(12, "FITID", t.fitid),
      el(12, "NAME", t.name),
      ...(t.memo ? [el(12, "MEMO", t.memo)] : []),
      ...(t.orig ? ["            <ORIGCURRENCY>", el(14, "CURRATE", t.orig[0]), el(14, "CURSYM", t.orig[1]), "            </ORIGCURRENCY>"] : []),
      "          </STMTTRN>",
    ].join("\n");
  return `${[
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
    '<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>',
    "<OFX>",
    "  <SIGNONMSGSRSV1>",
    "    <SONRS>",
    "      <STATUS>",
    el(8, "CODE", "0"),
    el(8, "SEVERITY", "INFO"),
    "      </STATUS>",
    el(6, "DTSERVER", "20261128201455[0:GMT]"),
    el(6, "LANGUAGE", "ENG"),
    "      <FI>",
    el(8, "ORG", "Barclaycard"),
    el(8, "FID", "5959"),
    "      </FI>",
    "    </SONRS>",
    "  </SIGNONMSGSRSV1>",
    "  <CREDITCARDMSGSRSV1>",
    "    <CCSTMTTRNRS>",
    el(6, "TRNUID", "0"),
    "      <STATUS>",
    el(8, "CODE", "0"),
    el(8, "SEVERITY", "INFO"),
    "      </STATUS>",
    "      <CCSTMTRS>",
    el(8, "CURDEF", "GBP"),
    "        <CCACCTFROM>",
    el(10, "ACCTID", "4929XXXXXXXX1234"),
    "        </CCACCTFROM>",
    "        <BANKTRANLIST>",
    el(10, "DTSTART", "20261020000000[0:GMT]"),
    el(10, "DTEND", "20261127235959[0:GMT]"),
    ...transactions.map(trn),
    "        </BANKTRANLIST>",
    "        <LEDGERBAL>",
    el(10, "BALAMT", "-83.46"),
    el(10, "DTASOF", "20261127235959[0:GMT]"),
    "        </LEDGERBAL>",
    "      </CCSTMTRS>",
    "    </CCSTMTTRNRS>",
    "  </CREDITCARDMSGSRSV1>",
    "</OFX>",
  ].join("\n")}\n`;
}

/** A transaction of the joint account's QIF: day (DD/MM/YYYY), amount, payee, memo. */
type QifTransaction = [day: string, amount: string, payee: string, memo?: string];

/** The joint bills account, September to November 2026. */
const JOINT: QifTransaction[] = [
  ["01/09/2026", "-168.00", "LEEDS CITY COUNCIL", "61234567"],
  ["07/09/2026", "-29.00", "VIRGIN MEDIA", "218843301"],
  ["15/09/2026", "-38.50", "YORKSHIRE WATER", "9005127741"],
  ["28/09/2026", "600.00", "O DAVIES & P AHMED", "MONTHLY BILLS"],
  ["28/09/2026", "600.00", "P AHMED", "BILLS SEP"],
  ["01/10/2026", "-168.00", "LEEDS CITY COUNCIL", "61234567"],
  ["07/10/2026", "-29.00", "VIRGIN MEDIA", "218843301"],
  ["15/10/2026", "-38.50", "YORKSHIRE WATER", "9005127741"],
  ["28/10/2026", "600.00", "O DAVIES & P AHMED", "MONTHLY BILLS"],
  ["29/10/2026", "600.00", "P AHMED", "BILLS OCT"],
  ["02/11/2026", "-168.00", "LEEDS CITY COUNCIL", "61234567"],
  ["09/11/2026", "-29.00", "VIRGIN MEDIA", "218843301"],
  ["16/11/2026", "-38.50", "YORKSHIRE WATER", "9005127741"],
  ["27/11/2026", "600.00", "O DAVIES & P AHMED", "MONTHLY BILLS"],
];

/** A bank's QIF: its header, then each transaction's lines, each ended by "^" (CRLF line ends). */
function qif(transactions: QifTransaction[]): string {
  const lines = transactions.flatMap(([day, amount, payee, memo]) => [`D${day}`, `T${amount}`, `P${payee}`, ...(memo ? [`M${memo}`] : []), "^"]);
  return `${["!Type:Bank", ...lines].join("\r\n")}\r\n`;
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How much did I pay the window cleaner in October?", expect: ["16.00"] },
  { question: "When did I last pay council tax?", expect: ["2 November"] },
  { question: "What did I spend at Tesco on 3 November?", expect: ["38.62"] },
  { question: "How much was my salary in October?", expect: ["2,310.45"] },
  { question: "How much is the Octopus Energy direct debit?", expect: ["87.00"] },
  { question: "How much cash did I take out on 17 October?", expect: ["40.00"] },
  { question: "How much were the LNER tickets?", expect: ["84.30"] },
  { question: "How much did ASOS refund me?", expect: ["29.99"] },
  { question: "How much did I pay off the Barclaycard in November?", expect: ["450.00"] },
  { question: "Who did I send the cottage deposit to?", expect: ["Roberts"] },
  { question: "How much was the vet bill?", expect: ["64.50"] },
  { question: "When did I get paid in November?", expect: ["25 November"] },
  { question: "How much did I pay for car insurance?", expect: null },
  { question: "What did I spend at Sainsbury's?", expect: null },
  { question: "How much is my mortgage payment?", expect: null },
];

/** Owen: two downloads of his current account, his credit card's and the joint account's, in Statements, imported as the folder, asked on Monday 30 November 2026. */
export const budgeter: Person = {
  name: "budgeter",
  files: [
    {
      name: `${FOLDER}/Nationwide FlexAccount 2026-10-31.ofx`,
      text: sgmlStatement("20260901", "20261031", "20261031184210", CURRENT),
      mtime: Date.UTC(2026, 9, 31, 18, 42),
    },
    {
      name: `${FOLDER}/Nationwide FlexAccount 2026-11-28.ofx`,
      text: sgmlStatement("20261015", "20261128", "20261128201133", CURRENT),
      mtime: Date.UTC(2026, 10, 28, 20, 11),
    },
    { name: `${FOLDER}/Barclaycard 2026-11-28.qfx`, text: xmlCardStatement(CARD), mtime: Date.UTC(2026, 10, 28, 20, 14) },
    { name: `${FOLDER}/Joint bills account.qif`, text: qif(JOINT), mtime: Date.UTC(2026, 10, 28, 20, 16) },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 30, 19, 0),
  questions: QUESTIONS,
};
