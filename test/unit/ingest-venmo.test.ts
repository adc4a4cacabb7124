/**
 * Venmo's account statements (core/ingest/venmo.ts), another reader of the `bank` format: told by their
 * header after the preamble whatever the file's name, a note per account and month of the user's records,
 * each transaction a sentence (who paid whom, how much, what for as the note says, a request said so,
 * transfers to the bank with their fee), cancelled payments left out, the balances, disclaimer and
 * cryptocurrency summary passed over; read alone, in a folder and by --format; keyed by Venmo's ID so that
 * importing again or a later statement adds only what is new; a bad file refused naming the file, the line
 * and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { bankKind } from "../../core/ingest/money/bank.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { isPayPalActivity } from "../../core/ingest/money/paypal.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { isVenmoStatement } from "../../core/ingest/money/venmo.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-venmo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A CSV line as Venmo writes it: a cell quoted when it holds a comma, a quote or a line break. */
function line(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
}

const HEADER =
  ",ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (tax),Amount (fee),Tax Rate,Tax Exempt,Funding Source,Destination,Beginning Balance,Ending Balance,Statement Period Venmo Fees,Terminal Location,Year to Date Venmo Fees,Disclaimer";

const ME = "Jordan Reyes";

/** A transaction's row of the 2022 header: ID, time, type, status, note, from, to, amount, and its fee, funding source and destination. */
function row(
  id: string,
  at: string,
  type: string,
  status: string,
  note: string,
  from: string,
  to: string,
  amount: string,
  more: { fee?: string; funding?: string; destination?: string } = {},
): string {
  const p2p = type === "Payment" || type === "Charge";
  return line([
    "",
    id,
    at,
    type,
    status,
    note,
    from,
    to,
    amount,
    "",
    p2p ? "0" : "",
    more.fee ?? "",
    p2p ? "0" : "",
    "",
    more.funding ?? "",
    more.destination ?? "",
    "",
    "",
    "",
    "Venmo",
    "",
    "",
  ]);
}

const DISCLAIMER = "In case of errors or questions about your\n        electronic transfers:\n        - Telephone us at 855-812-4430\n        ";

/** A statement as Venmo writes it since 2022: the preamble, the header, the beginning balance's row, the rows, the ending balance's row with the disclaimer. */
function statement(rows: string[], handle = "Jordan-Reyes-7"): string {
  const blank = (n: number) => Array.from({ length: n }, () => "");
  return `${[
    `Account Statement - (@${handle}) ${",".repeat(21)}`,
    `Account Activity${",".repeat(21)}`,
    HEADER,
    line([...blank(16), "$212.40", ...blank(5)]),
    ...rows,
    line([...blank(17), "$1,260.50", "$3.50", "", "$3.50", DISCLAIMER]),
  ].join("\n")}\n`;
}

const ROWS = [
  row("4129933106472260558", "2026-10-01T14:55:09", "Payment", "Complete", "🏠 October rent", ME, "Marisol Vega", "- $1,450.00", { funding: "Venmo balance" }),
  row("4131770395126508814", "2026-10-04T17:26:30", "Payment", "Complete", 'Tahoe cabin, "your" share 🏔️', "Sam Okafor", ME, "+ $215.00", {
    destination: "Venmo balance",
  }),
  row("4132516604188321097", "2026-10-06T01:37:15", "Charge", "Complete", "cabin", ME, "Leo Grant", "+ $215.00", { destination: "Venmo balance" }),
  row("4138843310076654281", "2026-10-17T02:52:08", "Charge", "Complete", "⚡ PG&E  September", "Tess Huang", ME, "- $58.12", { funding: "Visa Debit *1559" }),
  row("4116711298350077016", "2026-10-16T17:20:11", "Merchant Transaction", "Complete", "", ME, "Blue Bottle Coffee", "- $6.75", { funding: "Venmo balance" }),
  row("4124475519003289175", "2026-10-28T16:45:09", "Standard Transfer", "Issued", "", "", "", "- $500.00", { destination: "WELLS FARGO BANK *4417" }),
  row("4158825014471306682", "2026-11-20T18:03:12", "Instant Transfer", "Issued", "", "", "", "- $200.00", {
    fee: "- $3.50",
    destination: "WELLS FARGO BANK *4417",
  }),
  row("4162447801992036115", "2026-11-27T23:15:40", "Payment", "Pending", "Thanksgiving groceries 🦃", ME, "Tess Huang", "- $54.20", {
    funding: "Venmo balance",
  }),
  row("4162500000000000001", "2026-11-28T01:00:00", "Payment", "Cancelled", "split cab", ME, "Dev Okonkwo", "- $18.40", { funding: "Venmo balance" }),
];

/** Each note as [key, title, records, [turn id, ISO time, text]…]. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string]>]> {
  return notes.map((n) => [n.externalId, n.title, n.records, n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text])]);
}

describe("Venmo's statement", () => {
  it("reads a statement as a note per month of the user's records, each transaction a sentence", async () => {
    const file = write("Downloads/VenmoStatement_Oct_2026.csv", statement(ROWS));
    expect(await detectFormat(file)).toBe("bank");
    const notes = await parsedConversations(file);
    expect(notes.every((n) => n.format === "note" && n.turns.every((t) => t.speaker === "User" && t.role === "user"))).toBe(true);
    expect(told(notes)).toEqual([
      [
        "bank:venmo:jordan-reyes-7:2026-10",
        "Venmo, October 2026",
        "log",
        [
          ["venmo:4129933106472260558", "2026-10-01T14:55:09.000Z", 'Paid Marisol Vega $1,450.00 for "🏠 October rent" on Thursday 1 October (Venmo).'],
          [
            "venmo:4131770395126508814",
            "2026-10-04T17:26:30.000Z",
            "Received $215.00 from Sam Okafor for \"Tahoe cabin, 'your' share 🏔️\" on Sunday 4 October (Venmo).",
          ],
          // (a request the user made, paid: its From is the user, its To who paid)
          [
            "venmo:4132516604188321097",
            "2026-10-06T01:37:15.000Z",
            'Received $215.00 from Leo Grant for "cabin" on Tuesday 6 October (Venmo, as I requested).',
          ],
          ["venmo:4116711298350077016", "2026-10-16T17:20:11.000Z", "Paid $6.75 to Blue Bottle Coffee on Friday 16 October (Venmo)."],
          // (a request made of the user, paid: its From asked)
          [
            "venmo:4138843310076654281",
            "2026-10-17T02:52:08.000Z",
            'Paid Tess Huang $58.12 for "⚡ PG&E September" on Saturday 17 October (Venmo, as they requested).',
          ],
          [
            "venmo:4124475519003289175",
            "2026-10-28T16:45:09.000Z",
            "Transferred $500.00 from Venmo to WELLS FARGO BANK *4417 on Wednesday 28 October (Venmo).",
          ],
        ],
      ],
      [
        "bank:venmo:jordan-reyes-7:2026-11",
        "Venmo, November 2026",
        "log",
        [
          [
            "venmo:4158825014471306682",
            "2026-11-20T18:03:12.000Z",
            "Transferred $200.00 from Venmo to WELLS FARGO BANK *4417 on Friday 20 November, with a $3.50 fee (Venmo, instant transfer).",
          ],
          // (still pending: told as made, in words that stay as it completes; the cancelled one after it left out)
          ["venmo:4162447801992036115", "2026-11-27T23:15:40.000Z", 'Paid Tess Huang $54.20 for "Thanksgiving groceries 🦃" on Friday 27 November (Venmo).'],
        ],
      ],
    ]);
    // (each paragraph keeps the row's cells by name, and where it is)
    expect(notes[0]!.turns[4]!.metadata).toEqual({
      line: 8,
      bank: {
        bank: "venmo",
        ID: "4138843310076654281",
        Datetime: "2026-10-17T02:52:08",
        Type: "Charge",
        Status: "Complete",
        Note: "⚡ PG&E  September",
        From: "Tess Huang",
        To: ME,
        "Amount (total)": "- $58.12",
        "Funding Source": "Visa Debit *1559",
      },
    });
  });

  it("reads the older headers, a statement's period in its preamble, CRLF line ends, and passes over the cryptocurrency summary", async () => {
    // (2021's: no tip, tax nor rate columns, the period after the handle)
    const y2021 = write(
      "old/VenmoStatement_2021.csv",
      [
        "Account Statement - (@lilith-river) - March 27th to June 26th 2021 ,,,,,,,,,,,,,,,,,,",
        "Account Activity,,,,,,,,,,,,,,,,,,",
        ",ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (fee),Funding Source,Destination,Beginning Balance,Ending Balance,Statement Period Venmo Fees,Terminal Location,Year to Date Venmo Fees,Disclaimer",
        ",,,,,,,,,,,,,$8.00,,,,,",
        ",3240312810181230868,2021-03-29T18:43:08,Payment,Complete,Laser,Lilith River,Brenda Mendez,- $20.00,,,Visa Debit *0040,,,,,Venmo,,",
        ",,,,,,,,,,,,,,$0.00,$0.00,,$0.00,Disclaimer text",
        "Cryptocurrency summary,,,,,,,,,,,,,,,,,,",
        ",Ethereum,,,,,,,,,,,,,,,,,",
        ",Available,0.008271,,,,,,,,,,,,,,,,",
      ].join("\r\n"),
    );
    expect(told(await parsedConversations(y2021))).toEqual([
      [
        "bank:venmo:lilith-river:2021-03",
        "Venmo, March 2021",
        "log",
        [["venmo:3240312810181230868", "2021-03-29T18:43:08.000Z", 'Paid Brenda Mendez $20.00 for "Laser" on Monday 29 March (Venmo).']],
      ],
    ]);
    // (2019's: the header first, " Username", its username and beginning balance on the next row)
    const y2019 = write(
      "old/venmo_statement_2019.csv",
      [
        " Username,ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (fee),Funding Source,Destination,Beginning Balance,Ending Balance,Statement Period Venmo Fees,Year to Date Venmo Fees,Disclaimer",
        "Anthony Bishopric,,,,,,,,,,,,$0.00,,,,",
        ",2729439306803315572,2019-04-24T21:48:40,Payment,Complete,🍜🖤,Arianna Kellogg,Anthony Bishopric,+ $29.25,,,Venmo balance,,,,,",
        ",,,,,,,,,,,,,$29.25,,,",
      ].join("\n"),
    );
    expect(told(await parsedConversations(y2019))).toEqual([
      [
        "bank:venmo:2019-04",
        "Venmo, April 2019",
        "log",
        [["venmo:2729439306803315572", "2019-04-24T21:48:40.000Z", 'Received $29.25 from Arianna Kellogg for "🍜🖤" on Wednesday 24 April (Venmo).']],
      ],
    ]);
    // (every cell quoted, " ID" with its space, as some downloaders write it)
    const quotedAll = write(
      "old/transactions.csv",
      [
        '" ID","Datetime","Type","Status","Note","From","To","Amount (total)","Amount (fee)","Funding Source","Destination"',
        '"355418184","2017-09-06T05:13:03","Standard Transfer","Issued","","","","- $1,150.00","","","Visa Debit *8967"',
        '"1291991306506600548",2022-01-09T01:59:03,"Merchant Transaction","Complete","","Charlie Chow","Local Eats","- $2.24","","Venmo balance",""',
      ].join("\n"),
    );
    expect(told(await parsedConversations(quotedAll)).flatMap(([, , , turns]) => turns.map((t) => t[2]))).toEqual([
      "Transferred $1,150.00 from Venmo to Visa Debit *8967 on Wednesday 6 September (Venmo).",
      "Paid $2.24 to Local Eats on Sunday 9 January (Venmo).",
    ]);
  });

  it("tells a statement by its content whatever its name, and no other CSV as one", async () => {
    expect(isVenmoStatement(statement(ROWS))).toBe(true);
    expect(isVenmoStatement(`\uFEFF${HEADER}\n`)).toBe(true);
    expect(isVenmoStatement(" Username,ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (fee)\n")).toBe(true);
    // (a table of someone's own with some of its columns, Monzo's, PayPal's: none)
    expect(isVenmoStatement("ID,Datetime,Note,Amount\n1,2026-10-01,rent,-950\n")).toBe(false);
    expect(isVenmoStatement("Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags\n")).toBe(false);
    expect(isPayPalActivity(statement(ROWS))).toBe(false);
    expect(bankKind(statement(ROWS))).toBeNull();
    const named = write("whatever/statement.txt", statement(ROWS.slice(0, 1)));
    expect(await detectFormat(named)).toBe("bank");
    // (--format bank reads a file whatever it is called)
    const [chosen] = await parsedConversations(named, "bank");
    expect(chosen!.turns.map((t) => t.text)).toEqual(['Paid Marisol Vega $1,450.00 for "🏠 October rent" on Thursday 1 October (Venmo).']);
  });

  it("reads the statements in a folder", async () => {
    const folder = join(dir, "folder");
    const sep = write("folder/VenmoStatement_Sep_2026.csv", statement(ROWS.slice(0, 2)));
    const oct = write("folder/VenmoStatement_Oct_2026.csv", statement(ROWS.slice(2, 4)));
    expect(importPaths(folder).map((p) => p.file)).toEqual(expect.arrayContaining([sep, oct]));
    expect(await folderFileFormat(sep)).toBe("bank");
    expect(await folderFileFormat(oct)).toBe("bank");
  });

  it("adds nothing when imported again, and from a later statement only the new transactions", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/VenmoStatement_Oct_2026.csv", statement(ROWS.slice(0, 3)));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "bank", added: 3, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 3 });
      // (a custom range overlapping it, the pending payment since completed)
      const done = ROWS[7]!.replace("Pending", "Complete");
      const later = write("later/VenmoStatement_Custom.csv", statement([...ROWS.slice(1, 4), ROWS[7]!]));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 2, duplicates: 2 });
      const completed = write("later/VenmoStatement_Nov_2026.csv", statement([done]));
      expect(await importFile(db, embedder, completed)).toMatchObject({ added: 0, duplicates: 1 });
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "time.csv",
        statement([ROWS[0]!, row("4100000000000000001", "Oct 1 2026", "Payment", "Complete", "rent", ME, "Marisol Vega", "- $10.00")]),
        'time.csv: line 6, column 3 "Datetime": "Oct 1 2026": expected Venmo\'s time, "2026-10-01T14:55:09"',
      ],
      [
        "no-day.csv",
        statement([row("4100000000000000001", "2026-09-31T10:00:00", "Payment", "Complete", "rent", ME, "Marisol Vega", "- $10.00")]),
        'no-day.csv: line 5, column 3 "Datetime": "2026-09-31T10:00:00": expected Venmo\'s time, "2026-10-01T14:55:09"',
      ],
      [
        "amount.csv",
        statement([row("4100000000000000001", "2026-10-01T10:00:00", "Payment", "Complete", "rent", ME, "Marisol Vega", "ten dollars")]),
        'amount.csv: line 5, column 9 "Amount (total)": "ten dollars": expected an amount, "- $45.00"',
      ],
      [
        "empty-amount.csv",
        statement([row("4100000000000000001", "2026-10-01T10:00:00", "Payment", "Complete", "rent", ME, "Marisol Vega", "")]),
        'empty-amount.csv: line 5, column 9 "Amount (total)": empty: expected the amount, "- $45.00"',
      ],
      [
        "fee.csv",
        statement([row("4100000000000000001", "2026-10-01T10:00:00", "Instant Transfer", "Issued", "", "", "", "- $10.00", { fee: "some" })]),
        'fee.csv: line 5, column 12 "Amount (fee)": "some": expected an amount, "- $45.00"',
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, text, message] of cases) {
        const file = write(`bad/${name}`, text);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file, { format: "bank" })).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    const stray = await importErrorOf(validateExport(write("bad/stray.csv", `${statement([])}",1,2026-10-01T10:00:00" x\n`)));
    expect(stray.message).toMatch(/^stray\.csv: line 9: Invalid Closing Quote/);
  });

  it("passes over a statement with nothing to tell, saying why", async () => {
    const nothing = write("empty/VenmoStatement_Dec_2026.csv", statement([ROWS[8]!]));
    const err = await checkImportFile(nothing).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Venmo statement with no transaction to tell (1 cancelled), no note");
    const none = write("empty/VenmoStatement_Jan_2027.csv", statement([]));
    expect((await importErrorOf(validateExport(none))).message).toBe(
      "VenmoStatement_Jan_2027.csv: line 8: the note has no text: a Venmo statement with no transaction to tell",
    );
  });
});
