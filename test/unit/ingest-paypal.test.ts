/**
 * PayPal's activity download (core/ingest/paypal.ts), another reader of the `bank` format: told by its
 * header whatever the file's name, a note per month of the user's records, each transaction a sentence
 * (what was sold to whom and bought from whom, with the item, a payment's note, PayPal's fee, refunds,
 * withdrawals), the card and bank deposits paying for a payment, holds, authorizations, currency
 * conversions and denied rows left out; days read in the order the file's days fit, else the account's
 * clock's; the older headers; read alone, in a folder and by --format; keyed by the Transaction ID so that
 * importing again or a later download adds only what is new; a bad file refused naming the file, the line
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
import { PAYPAL_COLUMNS } from "../../bench/lib/personal/splitter.js";

const dir = mkdtempSync(join(tmpdir(), "engram-paypal-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

type Row = Record<string, string>;

/** A download as PayPal writes it: a byte-order mark, every cell quoted, CRLF line ends; `columns` its header. */
function download(rows: Row[], columns: readonly string[] = PAYPAL_COLUMNS): string {
  const line = (cells: readonly string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");
  return `\uFEFF${[line(columns), ...rows.map((r) => line(columns.map((c) => r[c] ?? "")))].join("\r\n")}\r\n`;
}

/** A row: its day, time, type, name, gross, transaction ID, and by name what else it has (USD, Completed, a fee of 0.00 unless given). */
function pp(date: string, time: string, type: string, name: string, gross: string, id: string, more: Row = {}): Row {
  return {
    Date: date,
    Time: time,
    TimeZone: "PDT",
    Name: name,
    Type: type,
    Status: "Completed",
    Currency: "USD",
    Gross: gross,
    Fee: "0.00",
    "Transaction ID": id,
    ...more,
  };
}

const ROWS: Row[] = [
  pp("10/03/2026", "14:48:19", "Express Checkout Payment", "Kevin Park", "240.00", "0AB72945XN3318236", {
    Fee: "-8.87",
    "Item Title": "Nintendo Switch OLED (white)",
    "Balance Impact": "Credit",
  }),
  pp("9/14/2026", "10:22:41", "General Payment", "Dana Whitfield", "350.00", "7MX51203LK926483S", {
    Fee: "-12.70",
    Note: "Trek FX 2 bike,  will pick up Saturday",
    "Balance Impact": "Credit",
  }),
  pp("10/11/2026", "19:33:57", "Express Checkout Payment", "Hollis Camera Co.", "-185.00", "9RC60413WE2284517", {
    "Item Title": "Pentax K1000 film camera",
    "Balance Impact": "Debit",
  }),
  // (the card paying for it: left out)
  pp("10/11/2026", "19:33:57", "General Card Deposit", "", "185.00", "2LP88230FS0917346", {
    "Reference Txn ID": "9RC60413WE2284517",
    "Balance Impact": "Credit",
  }),
  pp("10/18/2026", "21:04:33", "PreApproved Payment Bill User Payment", "Spotify USA Inc", "-11.99", "6HD21770PQ5590318", {
    "Item Title": "Spotify Premium",
    "Reference Txn ID": "B-6WX20918MJ4471925",
    "Balance Impact": "Debit",
  }),
  pp("10/18/2026", "21:04:33", "Bank Deposit to PP Account ", "", "11.99", "3XJ170193A851016F", { Status: "Pending", "Reference Txn ID": "6HD21770PQ5590318" }),
  pp("10/30/2026", "08:40:05", "Mobile Payment", "Priya Nair", "-40.00", "8SW13069KC4428761", { Note: "Ana's birthday gift 🎁", "Balance Impact": "Debit" }),
  pp("11/04/2026", "16:27:11", "Payment Refund", "Urban Outfitters", "79.00", "1ZK77402BD9925634", {
    TimeZone: "PST",
    "Item Title": "Corduroy jacket",
    "Reference Txn ID": "4GN05528HA7763190",
    "Balance Impact": "Credit",
  }),
  pp("11/09/2026", "12:10:36", "General Authorization", "Chevron", "-1.00", "7BE40017VV2201458", {
    TimeZone: "PST",
    Status: "Pending",
    "Balance Impact": "Memo",
  }),
  pp("11/10/2026", "09:00:00", "Payment Hold", "", "-50.00", "TID37", { TimeZone: "PST", "Balance Impact": "Debit" }),
  pp("11/12/2026", "09:15:02", "General Withdrawal", "", "-300.00", "5TF03318GR7721045", { TimeZone: "PST", "Balance Impact": "Debit" }),
  pp("11/13/2026", "10:00:00", "General Currency Conversion", "", "-20.00", "TID12", { TimeZone: "PST" }),
  pp("11/14/2026", "11:00:00", "Bank Deposit to PP Account ", "Bank Account", "100.00", "9WA20147LE6653918", { TimeZone: "PST", "Balance Impact": "Credit" }),
  pp("11/15/2026", "17:55:24", "General Payment", "Marcus Bell", "1,120.00", "3QY92214MT0075863", {
    TimeZone: "PST",
    Status: "Pending",
    Fee: "-40.68",
    Note: "Desk",
  }),
  pp("11/16/2026", "18:00:00", "General Payment", "Someone", "-5.00", "DENIED1", { TimeZone: "PST", Status: "Denied" }),
];

/** Each note as [key, title, records, [turn id, ISO time, text]…]. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string]>]> {
  return notes.map((n) => [n.externalId, n.title, n.records, n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text])]);
}

describe("PayPal's activity download", () => {
  it("reads a download as a note per month of the user's records, each transaction a sentence", async () => {
    const file = write("Downloads/Download.CSV", download(ROWS));
    expect(await detectFormat(file)).toBe("bank");
    const notes = await parsedConversations(file);
    expect(notes.every((n) => n.format === "note" && n.turns.every((t) => t.speaker === "User" && t.role === "user"))).toBe(true);
    expect(told(notes)).toEqual([
      [
        "bank:paypal:2026-09",
        "PayPal, September 2026",
        "log",
        [
          [
            "paypal:7MX51203LK926483S",
            "2026-09-14T10:22:41.000Z",
            'Received $350.00 from Dana Whitfield for "Trek FX 2 bike, will pick up Saturday" on Monday 14 September, less a $12.70 fee (PayPal).',
          ],
        ],
      ],
      [
        "bank:paypal:2026-10",
        "PayPal, October 2026",
        "log",
        [
          [
            "paypal:0AB72945XN3318236",
            "2026-10-03T14:48:19.000Z",
            'Sold "Nintendo Switch OLED (white)" to Kevin Park for $240.00 on Saturday 3 October, less a $8.87 fee (PayPal).',
          ],
          [
            "paypal:9RC60413WE2284517",
            "2026-10-11T19:33:57.000Z",
            'Bought "Pentax K1000 film camera" from Hollis Camera Co. for $185.00 on Sunday 11 October (PayPal).',
          ],
          [
            "paypal:6HD21770PQ5590318",
            "2026-10-18T21:04:33.000Z",
            'Paid Spotify USA Inc $11.99 for "Spotify Premium" on Sunday 18 October (PayPal, automatic payment).',
          ],
          ["paypal:8SW13069KC4428761", "2026-10-30T08:40:05.000Z", 'Paid Priya Nair $40.00 for "Ana\'s birthday gift 🎁" on Friday 30 October (PayPal).'],
        ],
      ],
      [
        "bank:paypal:2026-11",
        "PayPal, November 2026",
        "log",
        [
          [
            "paypal:1ZK77402BD9925634",
            "2026-11-04T16:27:11.000Z",
            'Got a refund of $79.00 from Urban Outfitters for "Corduroy jacket" on Wednesday 4 November (PayPal).',
          ],
          ["paypal:5TF03318GR7721045", "2026-11-12T09:15:02.000Z", "Transferred $300.00 from PayPal to the bank on Thursday 12 November (PayPal)."],
          // (a deposit paying for no payment: money added)
          ["paypal:9WA20147LE6653918", "2026-11-14T11:00:00.000Z", "Added $100.00 to PayPal from Bank Account on Saturday 14 November (PayPal)."],
          // (still pending: told as made)
          [
            "paypal:3QY92214MT0075863",
            "2026-11-15T17:55:24.000Z",
            'Received $1,120.00 from Marcus Bell for "Desk" on Sunday 15 November, less a $40.68 fee (PayPal).',
          ],
        ],
      ],
    ]);
    // (each paragraph keeps the row's cells by name, and where it is)
    expect(notes[1]!.turns[1]!.metadata).toEqual({
      line: 4,
      bank: {
        bank: "paypal",
        Date: "10/11/2026",
        Time: "19:33:57",
        TimeZone: "PDT",
        Name: "Hollis Camera Co.",
        Type: "Express Checkout Payment",
        Status: "Completed",
        Currency: "USD",
        Gross: "-185.00",
        Fee: "0.00",
        "Transaction ID": "9RC60413WE2284517",
        "Item Title": "Pentax K1000 film camera",
        "Balance Impact": "Debit",
      },
    });
  });

  it("reads days in the order the file's days fit, else the account's clock's, and the older headers", async () => {
    // (the UK's: "Time zone", days first; 13/10 tells the order for 03/10 too)
    const uk = [
      "Date",
      "Time",
      "Time zone",
      "Name",
      "Type",
      "Status",
      "Currency",
      "Gross",
      "Fee",
      "Net",
      "From Email Address",
      "To Email Address",
      "Transaction ID",
      "Item Title",
      "VAT",
      "Balance Impact",
    ];
    const ukFile = write(
      "uk/Download.CSV",
      download(
        [
          {
            ...pp("03/10/2026", "16:41:15", "General Payment", "David Bowie", "-310.00", "5KB56134TT054874G", { "Balance Impact": "Debit" }),
            "Time zone": "GMT",
            Currency: "GBP",
          },
          {
            ...pp("13/10/2026", "09:00:00", "Mobile Payment", "Iman Abdulmajid", "25.50", "6LC67245UU165985H", { "Balance Impact": "Credit" }),
            "Time zone": "BST",
            Currency: "GBP",
          },
        ],
        uk,
      ),
    );
    expect(told(await parsedConversations(ukFile))[0]![3].map((t) => t[2])).toEqual([
      "Paid David Bowie £310.00 on Saturday 3 October (PayPal).",
      "Received £25.50 from Iman Abdulmajid on Tuesday 13 October (PayPal).",
    ]);
    // (nothing tells: a European clock's days are day first, a North American one's month first)
    const ambiguous = (zone: string) =>
      download([{ ...pp("03/10/2026", "16:41:15", "General Payment", "Ana Ruiz", "-10.00", `X${zone}`), TimeZone: zone, Currency: "EUR" }]);
    expect((await parsedConversations(write("cet/Download.CSV", ambiguous("CET"))))[0]!.turns[0]!.text).toBe(
      "Paid Ana Ruiz €10.00 on Saturday 3 October (PayPal).",
    );
    expect((await parsedConversations(write("pst/Download.CSV", ambiguous("PST"))))[0]!.turns[0]!.text).toBe(
      "Paid Ana Ruiz €10.00 on Tuesday 10 March (PayPal).",
    );
    // (a day written year first, as Japan's downloads write it, is read so whatever the clock)
    const japan = download([
      { ...pp("2018/10/11", "19:35:53", "Web Payment", "O'Reilly Japan", "-2246", "0123456789ABCDEFG"), TimeZone: "JST", Currency: "JPY" },
    ]);
    expect((await parsedConversations(write("jst/Download.CSV", japan)))[0]!.turns[0]!.text).toBe(
      "Paid O'Reilly Japan ¥2,246 on Thursday 11 October (PayPal).",
    );
    // (the old header: "Amount", no Transaction ID; two rows alike keyed apart)
    const old = write(
      "old/Download.csv",
      [
        "Date, Time, Time Zone, Name, Type, Status, Currency, Amount, Receipt ID, Balance, ",
        '"7/20/2009","17:09:22","PDT","Skype","Preapproved Payment Sent","Completed","USD","-10.00","","0.00",',
        '"7/20/2009","17:09:22","PDT","Skype","Preapproved Payment Sent","Completed","USD","-10.00","","0.00",',
      ].join("\n"),
    );
    expect(told(await parsedConversations(old))[0]![3]).toEqual([
      [
        "paypal:7/20/2009 17:09:22|Skype|Preapproved Payment Sent|-10.00|USD",
        "2009-07-20T17:09:22.000Z",
        "Paid Skype $10.00 on Monday 20 July (PayPal, automatic payment).",
      ],
      [
        "paypal:7/20/2009 17:09:22|Skype|Preapproved Payment Sent|-10.00|USD#2",
        "2009-07-20T17:09:22.000Z",
        "Paid Skype $10.00 on Monday 20 July (PayPal, automatic payment).",
      ],
    ]);
    // (the statement's CSV: "Description" the type, its zone a place, a bank named)
    const statement = write(
      "old/statement.csv",
      [
        '"Date","Time","Time Zone","Description","Currency","Gross","Fee","Net","Balance","Transaction ID","From Email Address","Name","Bank Name","Bank Account","Shipping and Handling Amount","Sales Tax","Invoice ID","Reference Txn ID"',
        '"9/4/2018","21:15:11","America/Los_Angeles","General Withdrawal - Bank Account","EUR","-1,058.09","0.00","-1,058.09","-1,057.34","TID1","","","Bank A","6491","0.00","0.00","",""',
        '"9/4/2018","21:15:11","America/Los_Angeles","General Currency Conversion","EUR","1,058.09","0.00","1,058.09","0.75","TID2","","","","","0.00","0.00","","TID1"',
        '"9/4/2018","20:44:10","America/Los_Angeles","Express Checkout Payment","USD","1,309.80","-48.76","1,261.04","1,261.93","TID9","paypal@partner1.com","Partner 1","","","0.00","0.00","361",""',
      ].join("\n"),
    );
    expect(told(await parsedConversations(statement))[0]![3].map((t) => t[2])).toEqual([
      "Received $1,309.80 from Partner 1 on Tuesday 4 September, less a $48.76 fee (PayPal).",
      "Transferred €1,058.09 from PayPal to Bank A on Tuesday 4 September (PayPal).",
    ]);
  });

  it("tells a download by its header whatever its name, and no other CSV as one", async () => {
    expect(isPayPalActivity(download(ROWS))).toBe(true);
    expect(isPayPalActivity("Date, Time, Time Zone, Name, Type, Status, Currency, Amount, Receipt ID, Balance, \n")).toBe(true);
    // (a download in German, Monzo's, Venmo's, a table of someone's own: none)
    expect(isPayPalActivity('"Datum","Uhrzeit","Zeitzone","Name","Typ","Status","Währung","Brutto","Gebühr","Netto"\n')).toBe(false);
    expect(isPayPalActivity("Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,Local currency,Notes and #tags\n")).toBe(false);
    expect(isPayPalActivity("Date,Time,Name,Amount,Currency\n")).toBe(false);
    expect(isVenmoStatement(download(ROWS))).toBe(false);
    expect(bankKind(download(ROWS))).toBeNull();
    const named = write("whatever/activity.txt", download(ROWS.slice(0, 1)));
    expect(await detectFormat(named)).toBe("bank");
    const [chosen] = await parsedConversations(named, "bank");
    expect(chosen!.turns.map((t) => t.text)).toEqual([
      'Sold "Nintendo Switch OLED (white)" to Kevin Park for $240.00 on Saturday 3 October, less a $8.87 fee (PayPal).',
    ]);
  });

  it("reads a download in a folder", async () => {
    const file = write("folder/Download.CSV", download(ROWS));
    expect(importPaths(join(dir, "folder")).map((p) => p.file)).toContain(file);
    expect(await folderFileFormat(file)).toBe("bank");
  });

  it("adds nothing when imported again, and from a later download only the new transactions", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/Download.CSV", download(ROWS.slice(0, 3)));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "bank", added: 3, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 3 });
      // (a later download overlapping it, the pending payment since completed)
      const done = { ...ROWS[13]!, Status: "Completed" };
      const later = write("later/Download (1).CSV", download([...ROWS.slice(1, 5), done]));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 2, duplicates: 2 });
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "day.csv",
        download([ROWS[0]!, pp("2026-13-40", "10:00:00", "General Payment", "Ana", "-1.00", "T1")]),
        'day.csv: line 3, column 1 "Date": "2026-13-40 10:00:00": expected PayPal\'s day and time, "10/03/2026" "14:48:19"',
      ],
      [
        "time.csv",
        download([pp("10/03/2026", "noon", "General Payment", "Ana", "-1.00", "T1")]),
        'time.csv: line 2, column 1 "Date": "10/03/2026 noon": expected PayPal\'s day and time, "10/03/2026" "14:48:19"',
      ],
      [
        "gross.csv",
        download([pp("10/03/2026", "10:00:00", "General Payment", "Ana", "ten", "T1")]),
        'gross.csv: line 2, column 8 "Gross": "ten": expected an amount, "-45.00"',
      ],
      [
        "fee.csv",
        download([pp("10/03/2026", "10:00:00", "General Payment", "Ana", "-1.00", "T1", { Fee: "n/a" })]),
        'fee.csv: line 2, column 9 "Fee": "n/a": expected an amount, "-2.90"',
      ],
      [
        "orders.csv",
        download([
          pp("13/10/2026", "10:00:00", "General Payment", "Ana", "-1.00", "T1"),
          pp("10/13/2026", "10:00:00", "General Payment", "Ana", "-1.00", "T2"),
        ]),
        'orders.csv: line 3, column 1 "Date": "10/13/2026": written month first, but "13/10/2026" was written day first',
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
  });

  it("passes over a download with nothing to tell, saying why", async () => {
    const holds = write("empty/Download.CSV", download([ROWS[8]!, ROWS[9]!, ROWS[3]!, ROWS[14]!]));
    const err = await checkImportFile(holds).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe(
      "a PayPal activity download with no transaction to tell (2 holds and authorizations, 1 deposit paying for a payment, 1 denied), no note",
    );
    const none = write("empty/Download (2).CSV", download([]));
    expect((await importErrorOf(validateExport(none))).message).toBe(
      "Download (2).CSV: line 1: the note has no text: a PayPal activity download with no transaction to tell",
    );
  });
});
