/**
 * Banks' OFX and QFX downloads (core/ingest/ofx.ts, ofx-sgml.ts, statement.ts): OFX 1.x's SGML (elements
 * unclosed, a header of KEY:VALUE lines, Windows-1252 text) and OFX 2.x's XML, told by their content
 * whatever the file's name, read as the `bank` format's notes (a note per account and month, each
 * transaction a sentence of the user's, the CSV banks' sentences); the bank's name from <FI><ORG>, else the
 * file's name, else the account; the currency from <CURDEF>; keyed by FITID, so that importing again or an
 * overlapping download adds only what is new; read alone, in a folder and by --format; a bad file refused
 * naming the file and the line, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { isOfx, ofxTime } from "../../core/ingest/money/ofx.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { nameFromFile, statementAmount } from "../../core/ingest/money/statement.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-ofx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text or bytes as given. */
function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** OFX 1.0.2's header, as banks write it. */
const SGML_HEADER = [
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
].join("\r\n");

/** A transaction's elements, unclosed, one a line: [TRNTYPE, DTPOSTED, TRNAMT, FITID, NAME, MEMO?, more…]. */
function trn(type: string, posted: string, amount: string, fitid: string, name: string, memo?: string, ...more: string[]): string {
  return [
    "<STMTTRN>",
    `<TRNTYPE>${type}`,
    `<DTPOSTED>${posted}`,
    `<TRNAMT>${amount}`,
    `<FITID>${fitid}`,
    `<NAME>${name}`,
    ...(memo ? [`<MEMO>${memo}`] : []),
    ...more,
    "</STMTTRN>",
  ].join("\r\n");
}

/** An OFX 1.x bank statement: the header, a sign-on (with `<FI>` when `org` is given), one account's statement of `transactions`. */
function sgml(transactions: string[], opts: { org?: string; currency?: string; account?: string } = {}): string {
  return `${SGML_HEADER}\r\n${[
    "<OFX>",
    "<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20261128201133<LANGUAGE>ENG",
    ...(opts.org ? [`<FI><ORG>${opts.org}<FID>1001</FI>`] : []),
    "</SONRS></SIGNONMSGSRSV1>",
    "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>",
    "<STMTRS>",
    `<CURDEF>${opts.currency ?? "GBP"}`,
    `<BANKACCTFROM><BANKID>070116<ACCTID>${opts.account ?? "12345678"}<ACCTTYPE>CHECKING</BANKACCTFROM>`,
    "<BANKTRANLIST><DTSTART>20260901<DTEND>20261128",
    ...transactions,
    "</BANKTRANLIST>",
    "<LEDGERBAL><BALAMT>1204.77<DTASOF>20261128</LEDGERBAL>",
    "</STMTRS></STMTTRNRS></BANKMSGSRSV1>",
    "</OFX>",
  ].join("\r\n")}\r\n`;
}

/** Each note as [key, title, [turn id, ISO time, text]…]. */
function told(notes: ParsedConversation[]): Array<[string, string | null, Array<[string | null, string, string]>]> {
  return notes.map((n) => [n.externalId, n.title, n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text])]);
}

const CURRENT = [
  trn("DIRECTDEBIT", "20261001", "-87.00", "202610010001", "OCTOPUS ENERGY", "A-1F2E3D4C"),
  trn("REPEATPMT", "20261003", "-16.00", "202610030001", "CRYSTAL CLEAR WINDO", "WINDOW CLEANING"),
  trn("POS", "20261103000000", "-38.62", "202611030002", "TESCO STORES 3017", "LEEDS"),
  trn("XFER", "20261012", "-150.00", "202610120001", "M ROBERTS", "COTTAGE DEPOSIT"),
  trn("ATM", "20261017", "-40.00", "202610170001", "LINK KIRKSTALL RD"),
  trn("DIRECTDEP", "20261026", "2310.45", "202610260001", "ACME DATA LTD", "SALARY OCT"),
  trn("POS", "20261027", "22.10", "202610270001", "TESCO STORES 3017", "REFUND"),
  trn("CHECK", "20261029", "-85.00", "202610290001", "CHEQUE", undefined, "<CHECKNUM>000102"),
  trn("SRVCHG", "20261030", "-5.00", "202610300001", "MONTHLY ACCOUNT FEE"),
  trn("INT", "20261031", "0.42", "202610310001", "INTEREST"),
];

describe("a bank's OFX download", () => {
  it("reads OFX 1.x's SGML as a note per month, each transaction a sentence of the user's, named by the file when the bank is not", async () => {
    const file = write("Statements/Nationwide FlexAccount 2026-11-28.ofx", sgml(CURRENT));
    expect(await detectFormat(file)).toBe("bank");
    const notes = await parsedConversations(file);
    expect(notes.every((n) => n.format === "note" && n.turns.every((t) => t.speaker === "User" && t.role === "user"))).toBe(true);
    expect(told(notes)).toEqual([
      [
        "bank:ofx:07011612345678:2026-10",
        "Nationwide FlexAccount, October 2026",
        [
          [
            "fitid:202610010001",
            "2026-10-01T12:00:00.000Z",
            'Paid £87.00 to OCTOPUS ENERGY by Direct Debit on Thursday 1 October (Nationwide FlexAccount; reference "A-1F2E3D4C").',
          ],
          [
            "fitid:202610030001",
            "2026-10-03T12:00:00.000Z",
            'Paid £16.00 to CRYSTAL CLEAR WINDO by standing order on Saturday 3 October (Nationwide FlexAccount; reference "WINDOW CLEANING").',
          ],
          [
            "fitid:202610120001",
            "2026-10-12T12:00:00.000Z",
            'Sent £150.00 to M ROBERTS on Monday 12 October (Nationwide FlexAccount; reference "COTTAGE DEPOSIT").',
          ],
          ["fitid:202610170001", "2026-10-17T12:00:00.000Z", "Took out £40.00 in cash at LINK KIRKSTALL RD on Saturday 17 October (Nationwide FlexAccount)."],
          [
            "fitid:202610260001",
            "2026-10-26T12:00:00.000Z",
            'Received £2,310.45 from ACME DATA LTD on Monday 26 October (Nationwide FlexAccount; reference "SALARY OCT").',
          ],
          [
            "fitid:202610270001",
            "2026-10-27T12:00:00.000Z",
            'Got a refund of £22.10 from TESCO STORES 3017 on Tuesday 27 October (Nationwide FlexAccount; reference "REFUND").',
          ],
          ["fitid:202610290001", "2026-10-29T12:00:00.000Z", "Paid £85.00 to CHEQUE by cheque 000102 on Thursday 29 October (Nationwide FlexAccount)."],
          [
            "fitid:202610300001",
            "2026-10-30T12:00:00.000Z",
            "Paid Nationwide FlexAccount a £5.00 fee (MONTHLY ACCOUNT FEE) on Friday 30 October (Nationwide FlexAccount).",
          ],
          [
            "fitid:202610310001",
            "2026-10-31T12:00:00.000Z",
            "Received £0.42 in interest from Nationwide FlexAccount on Saturday 31 October (Nationwide FlexAccount).",
          ],
        ],
      ],
      [
        "bank:ofx:07011612345678:2026-11",
        "Nationwide FlexAccount, November 2026",
        [
          [
            "fitid:202611030002",
            "2026-11-03T12:00:00.000Z",
            'Paid £38.62 to TESCO STORES 3017 on Tuesday 3 November (Nationwide FlexAccount; reference "LEEDS").',
          ],
        ],
      ],
    ]);
    // (each paragraph keeps the transaction's elements and where it is)
    expect(notes[0]!.turns[0]!.metadata).toEqual({
      line: 19,
      bank: {
        bank: "Nationwide FlexAccount",
        format: "ofx",
        trntype: "DIRECTDEBIT",
        dtposted: "20261001",
        fitid: "202610010001",
        name: "OCTOPUS ENERGY",
        memo: "A-1F2E3D4C",
        amount: "-87.00",
        currency: "GBP",
        account: "5678",
      },
    });
  });

  it("reads OFX 2.x's XML of a credit card: the bank's <FI><ORG>, the day the card was used, a zone, a refund, a payment off the card, a foreign purchase", async () => {
    const el = (name: string, value: string) => `<${name}>${value}</${name}>`;
    const xml = [
      '<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
      '<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>',
      "<OFX>",
      "  <SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>",
      `    ${el("DTSERVER", "20261128201455[0:GMT]")}${el("LANGUAGE", "ENG")}<FI>${el("ORG", "Barclaycard")}${el("FID", "5959")}</FI>`,
      "  </SONRS></SIGNONMSGSRSV1>",
      "  <CREDITCARDMSGSRSV1><CCSTMTTRNRS>",
      `    ${el("TRNUID", "0")}<STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS>`,
      "    <CCSTMTRS>",
      `      ${el("CURDEF", "GBP")}<CCACCTFROM>${el("ACCTID", "4929XXXXXXXX1234")}</CCACCTFROM>`,
      "      <BANKTRANLIST>",
      `        ${el("DTSTART", "20261020")}${el("DTEND", "20261127")}`,
      `        <STMTTRN>${el("TRNTYPE", "DEBIT")}${el("DTPOSTED", "20261023120000[0:GMT]")}${el("DTUSER", "20261022120000[0:GMT]")}`,
      `          ${el("TRNAMT", "-84.30")}${el("FITID", "753001")}${el("NAME", "LNER.CO.UK")}${el("MEMO", "YORK")}</STMTTRN>`,
      `        <STMTTRN>${el("TRNTYPE", "DEBIT")}${el("DTPOSTED", "20261029193000.000[-5:EST]")}${el("TRNAMT", "-42.17")}${el("FITID", "753002")}`,
      `          ${el("NAME", "BOOKING.COM")}<ORIGCURRENCY>${el("CURRATE", "0.8712")}${el("CURSYM", "EUR")}</ORIGCURRENCY></STMTTRN>`,
      `        <STMTTRN>${el("TRNTYPE", "CREDIT")}${el("DTPOSTED", "20261105")}${el("TRNAMT", "29.99")}${el("FITID", "753003")}${el("NAME", "ASOS.COM")}</STMTTRN>`,
      `        <STMTTRN>${el("TRNTYPE", "CREDIT")}${el("DTPOSTED", "20261121")}${el("TRNAMT", "450.00")}${el("FITID", "753004")}`,
      `          ${el("NAME", "PAYMENT RECEIVED - THANK YOU")}</STMTTRN>`,
      `        <STMTTRN>${el("TRNTYPE", "DEBIT")}${el("DTPOSTED", "20261124")}${el("TRNAMT", "-18.00")}${el("FITID", "753005")}`,
      `          <PAYEE>${el("NAME", "M&amp;S SIMPLY FOOD")}${el("ADDR1", "1 Briggate")}${el("CITY", "Leeds")}</PAYEE><NAME/></STMTTRN>`,
      "      </BANKTRANLIST>",
      "    </CCSTMTRS>",
      "  </CCSTMTTRNRS></CREDITCARDMSGSRSV1>",
      "</OFX>",
    ].join("\n");
    const file = write("Statements/download.qfx", xml);
    expect(await detectFormat(file)).toBe("bank");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "bank:ofx:4929xxxxxxxx1234:2026-10",
        "Barclaycard, October 2026",
        [
          ["fitid:753001", "2026-10-22T12:00:00.000Z", 'Paid £84.30 to LNER.CO.UK on Thursday 22 October (Barclaycard, credit card; reference "YORK").'],
          ["fitid:753002", "2026-10-30T00:30:00.000Z", "Paid £42.17 to BOOKING.COM on Friday 30 October (Barclaycard, credit card; paid in EUR)."],
        ],
      ],
      [
        "bank:ofx:4929xxxxxxxx1234:2026-11",
        "Barclaycard, November 2026",
        [
          ["fitid:753003", "2026-11-05T12:00:00.000Z", "Got a refund of £29.99 from ASOS.COM on Thursday 5 November (Barclaycard, credit card)."],
          ["fitid:753004", "2026-11-21T12:00:00.000Z", "Paid £450.00 off the Barclaycard on Saturday 21 November (Barclaycard, credit card)."],
          ["fitid:753005", "2026-11-24T12:00:00.000Z", "Paid £18.00 to M&S SIMPLY FOOD on Tuesday 24 November (Barclaycard, credit card)."],
        ],
      ],
    ]);
  });

  it("reads a statement's tags all on one line, two accounts in a file, empty elements, euros with a decimal comma, and text in Windows-1252", async () => {
    const oneLine = (account: string, rows: string) =>
      `<STMTTRNRS><TRNUID>0<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>18206<ACCTID>${account}<ACCTTYPE>SAVINGS</BANKACCTFROM><BANKTRANLIST><DTSTART>20261001<DTEND>20261031${rows}</BANKTRANLIST></STMTRS></STMTTRNRS>`;
    const text = `\n\n${SGML_HEADER}\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20261031<LANGUAGE>FRA<FI><ORG>B1<FID>10898</FI><INTU.BID>10898</SONRS></SIGNONMSGSRSV1><BANKMSGSRSV1>${oneLine(
      "78934567889",
      "<STMTTRN><TRNTYPE>POS<DTPOSTED>20261007143000[+1:CET]<TRNAMT>-45,90<FITID>BP1<NAME>CAFÉ DE FLORE<MEMO></STMTTRN>",
    )}${oneLine("89273829182", "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261009<TRNAMT>123.00<FITID><NAME>Virement 78934567889</STMTTRN>")}</BANKMSGSRSV1></OFX>`;
    // (its "É" one byte, 0xC9, as CHARSET:1252 says: no UTF-8)
    const file = write("export.ofx", Buffer.from(text, "latin1"));
    expect(await detectFormat(file)).toBe("bank");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "bank:ofx:1820678934567889:2026-10",
        "account ending 7889, October 2026",
        [["fitid:BP1", "2026-10-07T13:30:00.000Z", "Paid €45.90 to CAFÉ DE FLORE on Wednesday 7 October (account ending 7889, savings)."]],
      ],
      [
        "bank:ofx:1820689273829182:2026-10",
        "account ending 9182, October 2026",
        [
          [
            "ofx:1791547200000|123.00|Virement 78934567889|",
            "2026-10-09T12:00:00.000Z",
            "Received €123.00 from Virement 78934567889 on Friday 9 October (account ending 9182, savings).",
          ],
        ],
      ],
    ]);
  });

  it("tells the same FITID repeated once, a reused FITID as another transaction, and leaves out pending ones, 0.00 and deletions", async () => {
    const file = write(
      "Chase1234_Activity_20261128.QFX",
      sgml([
        trn("DEBIT", "20261102", "-20.00", "F1", "AMAZON.CO.UK"),
        trn("DEBIT", "20261102", "-20.00", "F1", "AMAZON.CO.UK"),
        trn("FEE", "20261102", "-0.60", "F1", "FOREIGN TRANSACTION FEE"),
        trn("POS", "20261103", "0.00", "F2", "UBER CARD CHECK"),
        trn("DEBIT", "20261104", "-9.99", "F3", "SPOTIFY", undefined, "<CORRECTFITID>F0", "<CORRECTACTION>DELETE"),
        "<PENDINGTRNLIST><STMTTRNP><TRNTYPE>HOLD<DTTRAN>20261127<TRNAMT>-12.99<NAME>WATERSTONES</STMTTRNP></PENDINGTRNLIST>",
      ]),
    );
    const [note] = await parsedConversations(file);
    expect(note!.title).toBe("Chase, November 2026");
    expect(note!.turns.map((t) => [t.externalId, t.text])).toEqual([
      ["fitid:F1", "Paid £20.00 to AMAZON.CO.UK on Monday 2 November (Chase)."],
      ["fitid:F1#2", "Paid Chase a £0.60 fee (FOREIGN TRANSACTION FEE) on Monday 2 November (Chase)."],
    ]);
  });

  it("reads a long download a read at a time, its tags cut across reads, all on one line", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) =>
      trn("POS", `202610${String((i % 28) + 1).padStart(2, "0")}`, `-${(i % 90) + 1}.25`, `L${i}`, `SHOP ${i}`, "LEEDS").replace(/\r\n/g, ""),
    );
    const file = write("long.ofx", sgml(rows).replace(/\r\n(?=<)/g, ""));
    const notes = await parsedConversations(file);
    expect(notes.map((n) => n.turns.length)).toEqual([3000]);
    expect(notes[0]!.turns.find((t) => t.externalId === "fitid:L2999")!.text).toBe('Paid £30.25 to SHOP 2999 on Sunday 4 October (long; reference "LEEDS").');
  });

  it("tells a cheque and cash the bank names no payee of, in dollars", async () => {
    const bare = (type: string, day: string, amount: string, fitid: string, ...more: string[]) =>
      ["<STMTTRN>", `<TRNTYPE>${type}`, `<DTPOSTED>${day}`, `<TRNAMT>${amount}`, `<FITID>${fitid}`, ...more, "</STMTTRN>"].join("\r\n");
    const file = write(
      "NCH.ofx",
      sgml([bare("CHECK", "20051004", "-200.00", "00002", "<CHECKNUM>1000"), bare("ATM", "20051020", "-300.00", "00003")], { currency: "USD" }),
    );
    expect((await parsedConversations(file))[0]!.turns.map((t) => t.text)).toEqual([
      "Paid $200.00 by check 1000 on Tuesday 4 October (NCH).",
      "Took out $300.00 in cash on Thursday 20 October (NCH).",
    ]);
  });

  it("names the bank by <FI><ORG>, the file, or the account", () => {
    expect(nameFromFile("/x/Nationwide FlexAccount 2026-10-31.ofx")).toBe("Nationwide FlexAccount");
    expect(nameFromFile("Chase1234_Activity_20261128.QFX")).toBe("Chase");
    expect(nameFromFile("Statement Download 2026-Oct-31 20-14-55.ofx")).toBeNull();
    expect(nameFromFile("data.qif")).toBeNull();
    expect(statementAmount("-1,234.56")).toEqual({ negative: true, digits: "1234.56" });
    expect(statementAmount("1.234,56")).toEqual({ negative: false, digits: "1234.56" });
    expect(statementAmount("+18")).toEqual({ negative: false, digits: "18" });
    expect(statementAmount("ten")).toBeNull();
    expect(new Date(ofxTime("20090401122017.000[-5:EST]")!).toISOString()).toBe("2009-04-01T17:20:17.000Z");
    expect(new Date(ofxTime("20261009000000[+1:BST]")!).toISOString()).toBe("2026-10-09T12:00:00.000Z");
    expect(new Date(ofxTime("20261009[-3.30:NST]")!).toISOString()).toBe("2026-10-09T12:00:00.000Z");
    expect(ofxTime("2026-10-09")).toBeNull();
    expect(ofxTime("20260931")).toBeNull();
  });

  it("reads a statement with no <FI> nor a name in its file as the account's", async () => {
    const file = write(
      "Statement Download 2026-Nov-28 20-14-55.ofx",
      sgml([trn("DEBIT", "20261102", "-3.10", "G1", "GREGGS")], { account: "40-47-78 91234567" }),
    );
    const [note] = await parsedConversations(file);
    expect([note!.title, note!.turns[0]!.text]).toEqual([
      "account ending 4567, November 2026",
      "Paid £3.10 to GREGGS on Monday 2 November (account ending 4567).",
    ]);
    const named = write("bank.ofx", sgml([trn("DEBIT", "20261102", "-3.10", "G1", "GREGGS")], { org: "Nationwide Building Society" }));
    expect((await parsedConversations(named))[0]!.title).toBe("Nationwide Building Society, November 2026");
  });

  it("tells OFX by its content whatever its name, and nothing else as OFX", async () => {
    expect(isOfx("OFXHEADER:100\r\nDATA:OFXSGML\r\n")).toBe(true);
    expect(isOfx('<?xml version="1.0"?>\n<?OFX OFXHEADER="200" VERSION="211"?>\n<OFX>')).toBe(true);
    expect(isOfx("<OFX>\n<BANKMSGSRSV1>")).toBe(true);
    expect(isOfx('<?xml version="1.0"?>\n<smses count="1">')).toBe(false);
    expect(isOfx("OFX files are what my bank gives me.")).toBe(false);
    const txt = write("renamed/statement.txt", sgml([trn("DEBIT", "20261102", "-3.10", "G1", "GREGGS")]));
    expect(await detectFormat(txt)).toBe("bank");
    const note = write("renamed/notes.txt", "OFX files are what my bank gives me.\nRemember to download November's.\n");
    expect(await detectFormat(note)).toBe("note");
    // (--format bank reads a download whatever it is called)
    const dat = write("renamed/Halifax.dat", sgml([trn("DEBIT", "20261102", "-3.10", "G1", "GREGGS")]));
    const [chosen] = await parsedConversations(dat, "bank");
    expect(chosen!.turns.map((t) => t.text)).toEqual(["Paid £3.10 to GREGGS on Monday 2 November (Halifax)."]);
  });

  it("reads the downloads in a Statements folder, and passes over an .ofx that is none", async () => {
    const folder = join(dir, "folder");
    const ofx = write("folder/Nationwide 2026-11-28.ofx", sgml([trn("DEBIT", "20261102", "-3.10", "G1", "GREGGS")]));
    const qfx = write("folder/Chase1234_Activity_20261128.QFX", sgml([trn("DEBIT", "20261102", "-3.10", "G2", "GREGGS")]));
    const plugin = write("folder/Blur.ofx", Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]));
    const listed = importPaths(folder).map((p) => p.file);
    expect(listed).toEqual(expect.arrayContaining([ofx, qfx, plugin]));
    expect(await folderFileFormat(ofx)).toBe("bank");
    expect(await folderFileFormat(qfx)).toBe("bank");
    expect(await folderFileFormat(plugin)).toBeNull();
  });

  it("adds nothing when imported again, and from an overlapping download only the new transactions", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/Nationwide 2026-10-31.ofx", sgml(CURRENT.slice(0, 4)));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "bank", added: 4, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 4 });
      const later = write("later/Nationwide 2026-11-28.ofx", sgml(CURRENT.slice(2, 7)));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 3, duplicates: 2 });
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 7 });
    } finally {
      db.close();
    }
  });

  it("refuses a bad download naming the file and the line, and stores nothing", async () => {
    const ok = trn("DEBIT", "20261102", "-3.10", "G1", "GREGGS");
    const cases: Array<[string, string, string]> = [
      [
        "amount.ofx",
        sgml([ok, trn("DEBIT", "20261102", "ten pounds", "G2", "GREGGS")]),
        'amount.ofx: line 29: <TRNAMT> "ten pounds": expected an amount, "-18.00"',
      ],
      [
        "day.ofx",
        sgml([trn("DEBIT", "2026-11-02", "-3.10", "G2", "GREGGS")]),
        'day.ofx: line 21: <DTPOSTED> "2026-11-02": expected OFX\'s date, "20261009" or "20261009120000[0:GMT]"',
      ],
      ["no-amount.ofx", sgml([ok.replace("<TRNAMT>-3.10\r\n", "")]), "no-amount.ofx: line 19: a <STMTTRN> with no <TRNAMT>"],
      ["closes.ofx", sgml([ok]).replace("</BANKTRANLIST>", "</BANKTRANLIST></STMTTRN>"), "closes.ofx: line 26: </STMTTRN> closes no open <STMTTRN>"],
      ["text.ofx", sgml([ok]).replace("</STMTTRN>", "</STMTTRN>\r\nGREGGS 3.10"), 'text.ofx: line 26: text outside an element: "GREGGS 3.10"'],
      [
        "cut.ofx",
        sgml([ok]).slice(0, sgml([ok]).indexOf("</STMTTRN>")),
        "cut.ofx: line 19: the file ends with <STMTTRN> still open (no </STMTTRN>): a download cut short? Download the statement again",
      ],
      ["tag.ofx", `${sgml([ok]).slice(0, -2)}\r\n<NAME`, 'tag.ofx: line 30: the file ends inside a tag: "<NAME"'],
      ["header.ofx", `${SGML_HEADER}\r\n`, "header.ofx: line 11: no OFX element (<OFX>, <STMTTRN> …): not an OFX file"],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, text, message] of cases) {
        const file = write(`bad/${name}`, text);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it("passes over a download with no transaction to tell, saying why", async () => {
    const failed = write(
      "empty/signon.ofx",
      `${SGML_HEADER}\r\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>15500<SEVERITY>ERROR<MESSAGE>Signon invalid</STATUS><DTSERVER>20261128<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1></OFX>\r\n`,
    );
    const err = await checkImportFile(failed).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe('an OFX download (the bank said: "Signon invalid") with no transaction to tell, no note');
    const invest = write(
      "empty/broker.ofx",
      `${SGML_HEADER}\r\n<OFX><INVSTMTMSGSRSV1><INVSTMTTRNRS><INVSTMTRS><CURDEF>GBP<INVACCTFROM><BROKERID>x<ACCTID>1</INVACCTFROM></INVSTMTRS></INVSTMTTRNRS></INVSTMTMSGSRSV1></OFX>\r\n`,
    );
    expect(whyPassedOver(await checkImportFile(invest).catch((e: unknown) => e))).toBe(
      "an OFX download with no transaction to tell (1 investment statement), no note",
    );
  });
});
