/**
 * Amazon's order history from "Request your data" (core/ingest/amazon.ts): Retail.OrderHistory.1.csv a
 * note per month of orders, each order a paragraph of what was bought, for how much and when, a gift's
 * recipient, town and message, a cancelled or unshipped item said so, the returns of
 * Retail.CustomerReturns beside it told with it; the download's other files passed over, said why;
 * detection; a bad file's error naming the file, the line and the column.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { AMAZON_ORDER_COLUMNS, amazonKind, amazonPassedOver, recipientOf } from "../../core/ingest/money/amazon.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-amazon-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A CSV as Amazon writes it: every cell quoted, LF line ends. */
function csv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

const HOME = "Claire Morgan 27 Brudenell Grove LEEDS West Yorkshire LS6 1HR United Kingdom";
const MUM = "Margaret Morgan 8 Esk Terrace WHITBY North Yorkshire YO21 1PS United Kingdom";
const NA = "Not Available";

/** A row of Retail.OrderHistory.1.csv: its cells by column name, the rest as an ordinary shipped item's. */
function row(cells: Partial<Record<(typeof AMAZON_ORDER_COLUMNS)[number], string>>): string[] {
  const base: Record<string, string> = {
    Website: "Amazon.co.uk",
    "Purchase Order Number": "Not Applicable",
    Currency: "GBP",
    "Unit Price Tax": "0",
    "Shipping Charge": "0",
    "Total Discounts": "0",
    ASIN: "B07YRZ5GQ8",
    "Product Condition": "New",
    Quantity: "1",
    "Payment Instrument Type": "Visa - 4417",
    "Order Status": "Closed",
    "Shipment Status": "Shipped",
    "Shipping Option": "next-1dc",
    "Shipping Address": HOME,
    "Billing Address": HOME,
    "Carrier Name & Tracking Number": "AMZN_GB(QA4390016625)",
    "Gift Message": NA,
    "Gift Sender Name": NA,
    "Gift Recipient Contact Details": NA,
    "Item Serial Number": NA,
  };
  const all = { ...base, ...cells };
  return AMAZON_ORDER_COLUMNS.map((c) => all[c] ?? "");
}

/** A download unzipped as `folder`, as Amazon lays it out: each dataset a folder of its CSVs. */
function download(folder: string): string {
  write(
    `${folder}/Retail.OrderHistory.1/Retail.OrderHistory.1.csv`,
    csv(AMAZON_ORDER_COLUMNS, [
      // (not shipped yet)
      row({
        "Order ID": "026-5538120-7741936",
        "Order Date": "2026-11-27T20:14:09Z",
        "Unit Price": "66.66",
        "Unit Price Tax": "13.33",
        "Total Owed": "79.99",
        "Shipment Item Subtotal": NA,
        "Order Status": "Authorized",
        "Shipment Status": NA,
        "Ship Date": NA,
        "Carrier Name & Tracking Number": NA,
        "Product Name": "LEGO Friends Heartlake City Hospital 42621",
      }),
      // (cancelled: nothing owed, nothing shipped)
      row({
        "Order ID": "203-8850019-3317958",
        "Order Date": "2026-11-08T13:37:20.000Z",
        "Unit Price": "58.33",
        "Total Owed": "0",
        "Order Status": "Cancelled",
        "Shipment Status": NA,
        "Ship Date": NA,
        "Product Name": "Tefal Ingenio 3-Piece Saucepan Set",
      }),
      // (a discount, written as a spreadsheet's text)
      row({
        "Order ID": "205-3302871-1458826",
        "Order Date": "2026-10-26T19:45:03Z",
        "Unit Price": "83.33",
        "Unit Price Tax": "16.66",
        "Total Discounts": "'-10.00'",
        "Total Owed": "89.99",
        "Ship Date": "2026-10-27T05:12:44Z",
        "Product Name": "Ninja Air Fryer MAX AF160UK, 5.2 L, Black",
      }),
      // (a gift sent to Mum, with its message)
      row({
        "Order ID": "202-7714425-9903129",
        "Order Date": "2026-10-19T21:06:30Z",
        "Unit Price": "20.83",
        "Unit Price Tax": "4.16",
        "Total Owed": "24.99",
        "Ship Date": "2026-10-20T11:30:02Z",
        "Shipping Address": MUM,
        "Product Name": "Yankee Candle Large Jar, Sage & Citrus",
        "Gift Message": "Happy 70th birthday Mum! Love from Claire xxx",
        "Gift Sender Name": "Claire",
      }),
      // (two items of one order, two of the second)
      row({
        "Order ID": "206-0042731-5589114",
        "Order Date": "2026-10-12T07:55:18Z",
        "Unit Price": "12.91",
        "Total Owed": "15.49",
        "Ship Date": "2026-10-12T19:02:33Z",
        "Product Name": "HP 305 Tri-colour Original Ink Cartridge",
      }),
      row({
        "Order ID": "206-0042731-5589114",
        "Order Date": "2026-10-12T07:55:18Z",
        Quantity: "2",
        "Unit Price": "10.83",
        "Total Owed": "25.98",
        "Ship Date": "2026-10-12T19:02:33Z",
        "Product Name": "HP 305 Black Original Ink Cartridge",
      }),
      // (sent back: Retail.CustomerReturns says so)
      row({
        "Order ID": "204-9917362-0043521",
        "Order Date": "2026-09-14T12:20:05Z",
        "Unit Price": "37.49",
        "Unit Price Tax": "7.50",
        "Total Owed": "44.99",
        "Ship Date": "2026-09-15T06:41:37Z",
        "Product Name": "adidas Women's Runfalcon 3.0 Trainers, 6 UK",
      }),
    ]),
  );
  write(
    `${folder}/Retail.CustomerReturns.1.1/Retail.CustomerReturns.1.1.csv`,
    `\uFEFF${csv(
      ["OrderId", "ContractId", "DateOfReturn", "ReturnAmount", "ReturnAmountCurrency", "ReturnReason", "Resolution"],
      [["204-9917362-0043521", NA, "2026-09-24 10:15:32", "44.99", "GBP", "too small", "Refund"]],
    )}`,
  );
  write(
    `${folder}/Retail.OrdersReturned.Payments.1/Retail.OrdersReturned.Payments.1.csv`,
    csv(
      ["OrderID", "ReversalID", "RefundCompletionDate", "Currency", "AmountRefunded", "Status", "DisbursementType"],
      [["204-9917362-0043521", "R7Pz", "09/26/2026 14:02:47 UTC", "GBP", "44.99", "Completed", "Refund"]],
    ),
  );
  write(
    `${folder}/Retail.CartItems.1/Retail.CartItems.1.csv`,
    csv(
      ["DateAddedToCart", "Source", "ASIN", "CartDomain", "CartList", "Quantity"],
      [["11/25/2026 21:40:12 UTC", "WEB", "B0B6GKQ8ZS", "amazon.co.uk", "ACTIVE_CART", "1"]],
    ),
  );
  write(
    `${folder}/Digital-Ordering.1/Digital Items.csv`,
    csv(["ASIN", "ProductName", "OrderId", "OrderDate"], [["B0CW1RQ8ZT", "A Kindle book", "D01-4410273", "2026-11-02T06:00:11Z"]]),
  );
  write(`${folder}/Digital-Ordering.1/README.txt`, "This guide explains the files of your digital ordering data.\n");
  // (a note the user keeps in the download's folder is theirs, not Amazon's)
  write(`${folder}/My notes/presents.txt`, "Christmas: a scarf for Dan.\n");
  return join(dir, folder);
}

/** Each conversation's key and title, and its turns' externalId, time and text. */
function told(notes: ParsedConversation[]): Array<[string, string | null, Array<[string | null, string, string]>]> {
  return notes.map((n) => [
    n.externalId,
    n.title,
    n.turns.map((t): [string | null, string, string] => [t.externalId, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

const link = (id: string) => `https://www.amazon.co.uk/gp/your-account/order-details?orderID=${id}`;

describe("an Amazon download", () => {
  const folder = download("Your Orders");
  const orders = join(folder, "Retail.OrderHistory.1/Retail.OrderHistory.1.csv");

  it("reads the order history as a note per month, each order a paragraph of the user's: what was bought, for how much, when, to whom, and its return", async () => {
    expect(await detectFormat(orders)).toBe("amazon");
    const notes = await parsedConversations(orders);
    expect(told(notes)).toEqual([
      [
        "amazon:orders:2026-09",
        "Amazon orders, September 2026",
        [
          [
            link("204-9917362-0043521"),
            "2026-09-14T12:20:05.000Z",
            // (the return from Retail.CustomerReturns beside, by its order)
            `Bought "adidas Women's Runfalcon 3.0 Trainers, 6 UK" from Amazon for £44.99 on Monday 14 September. Sent "adidas Women's Runfalcon 3.0 Trainers, 6 UK" back to Amazon on Thursday 24 September because it was too small, and was refunded £44.99.`,
          ],
        ],
      ],
      [
        "amazon:orders:2026-10",
        "Amazon orders, October 2026",
        [
          [
            link("206-0042731-5589114"),
            "2026-10-12T07:55:18.000Z",
            'Bought "HP 305 Tri-colour Original Ink Cartridge" from Amazon for £15.49 on Monday 12 October. Bought "HP 305 Black Original Ink Cartridge" (×2) from Amazon for £25.98 on Monday 12 October.',
          ],
          [
            link("202-7714425-9903129"),
            "2026-10-19T21:06:30.000Z",
            // (of Mum's address only her name and town)
            'Bought "Yankee Candle Large Jar, Sage & Citrus" from Amazon for £24.99 on Monday 19 October, sent to Margaret Morgan in Whitby as a gift, with the message "Happy 70th birthday Mum! Love from Claire xxx".',
          ],
          [
            link("205-3302871-1458826"),
            "2026-10-26T19:45:03.000Z",
            'Bought "Ninja Air Fryer MAX AF160UK, 5.2 L, Black" from Amazon for £89.99 (£10.00 off) on Monday 26 October.',
          ],
        ],
      ],
      [
        "amazon:orders:2026-11",
        "Amazon orders, November 2026",
        [
          [
            link("203-8850019-3317958"),
            "2026-11-08T13:37:20.000Z",
            'Ordered "Tefal Ingenio 3-Piece Saucepan Set" from Amazon on Sunday 8 November, then cancelled it.',
          ],
          [
            link("026-5538120-7741936"),
            "2026-11-27T20:14:09.000Z",
            'Ordered "LEGO Friends Heartlake City Hospital 42621" from Amazon for £79.99 on Friday 27 November; not shipped yet.',
          ],
        ],
      ],
    ]);
    expect(notes.map((n) => [n.format, n.participants, new Date(n.startedAt!).toISOString()])).toEqual([
      ["note", ["User"], "2026-09-14T12:20:05.000Z"],
      ["note", ["User"], "2026-10-12T07:55:18.000Z"],
      ["note", ["User"], "2026-11-08T13:37:20.000Z"],
    ]);
    expect(notes.flatMap((n) => n.turns.map((t) => [t.speaker, t.role]))).toEqual(Array(6).fill(["User", "user"]));
    // (what the order holds besides its words: no address, no card)
    const gift = notes[1]!.turns[1]!;
    expect(gift.metadata).toEqual({
      line: 5,
      amazon: {
        orderId: "202-7714425-9903129",
        website: "Amazon.co.uk",
        currency: "GBP",
        items: [
          {
            asin: "B07YRZ5GQ8",
            name: "Yankee Candle Large Jar, Sage & Citrus",
            quantity: 1,
            paid: 24.99,
            status: "Closed",
            shipped: "2026-10-20T11:30:02.000Z",
          },
        ],
        sentTo: "Margaret Morgan, Whitby",
        gift: true,
      },
    });
    expect(JSON.stringify(notes)).not.toMatch(/Esk Terrace|YO21|Brudenell|LS6|Visa/);
    expect(notes[0]!.turns[0]!.metadata.amazon).toMatchObject({ returns: [{ at: "2026-09-24T10:15:32.000Z", reason: "too small", amount: 44.99 }] });
    expect(await validateExport(orders)).toMatchObject({ format: "amazon", conversations: 3, turns: 6 });
    expect(await checkImportFile(orders)).toBe("amazon");
  });

  it("lists the download's files and passes over all but the order history, saying why; a note of the user's kept there is read", async () => {
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "Digital-Ordering.1/Digital Items.csv",
      "Digital-Ordering.1/README.txt",
      "My notes/presents.txt",
      "Retail.CartItems.1/Retail.CartItems.1.csv",
      "Retail.CustomerReturns.1.1/Retail.CustomerReturns.1.1.csv",
      "Retail.OrderHistory.1/Retail.OrderHistory.1.csv",
      "Retail.OrdersReturned.Payments.1/Retail.OrdersReturned.Payments.1.csv",
    ]);
    const why: Record<string, string | null> = {};
    for (const { file } of importPaths(folder)) {
      const aside = await passedOverInFolder(file);
      why[file.slice(folder.length + 1)] = aside;
      if (aside) expect(await folderFileFormat(file)).toBeNull();
    }
    expect(why).toEqual({
      "Digital-Ordering.1/Digital Items.csv": "Kindle books, apps, music and subscriptions bought on Amazon, its digital orders, not read",
      "Digital-Ordering.1/README.txt": "Amazon's guide to the files of its download",
      "My notes/presents.txt": null,
      "Retail.CartItems.1/Retail.CartItems.1.csv": "what was in the Amazon basket or saved for later, product codes only, never bought",
      "Retail.CustomerReturns.1.1/Retail.CustomerReturns.1.1.csv": "returns asked for on Amazon, each told with the order it returns, from Retail.OrderHistory",
      "Retail.OrderHistory.1/Retail.OrderHistory.1.csv": null,
      "Retail.OrdersReturned.Payments.1/Retail.OrdersReturned.Payments.1.csv":
        "refunds Amazon paid for returns; a return is told with its order, from Retail.CustomerReturns",
    });
    expect(await folderFileFormat(orders)).toBe("amazon");
    expect(await folderFileFormat(join(folder, "My notes/presents.txt"))).toBe("note");
    // (the returns given alone: detected by their header, refused as no note, saying why)
    const returns = join(folder, "Retail.CustomerReturns.1.1/Retail.CustomerReturns.1.1.csv");
    expect(await detectFormat(returns)).toBe("amazon");
    const err = await checkImportFile(returns).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("returns asked for on Amazon, each told with the order it returns, from Retail.OrderHistory, no note");
    // (a CSV of the same name in a folder that is no Amazon download is not said to be one)
    const elsewhere = write("elsewhere/Retail.CartItems.1/Retail.CartItems.1.csv", "a,b\n1,2\n");
    expect(amazonPassedOver(elsewhere)).toBeNull();
  });

  it("reads an older download, its CSVs at the top, and a newer header with other names in another order", async () => {
    write(
      "older/Retail.OrderHistory.1.csv",
      csv(AMAZON_ORDER_COLUMNS.slice(0, -1), [
        row({ "Order ID": "203-1", "Order Date": "2026-10-03T18:21:44Z", "Total Owed": "34.99", "Product Name": "Russell Hobbs Kettle, 1.7 L" }).slice(0, -1),
      ]),
    );
    // (a return whose day is written as some downloads write it, its reason as Amazon's code, and no refund)
    write(
      "older/Retail.CustomerReturns.1.csv",
      csv(
        ["OrderId", "ContractId", "DateOfReturn", "ReturnAmount", "ReturnAmountCurrency", "ReturnReason", "Resolution"],
        [["203-1", NA, "Sat, 10 Oct 2026 09:00:00 GMT", "No Refund", "GBP", "CR-DEFECTIVE", "Replacement"]],
      ),
    );
    const [older] = await parsedConversations(join(dir, "older/Retail.OrderHistory.1.csv"));
    expect(older!.turns.map((t) => t.text)).toEqual([
      'Bought "Russell Hobbs Kettle, 1.7 L" from Amazon for £34.99 on Saturday 3 October. Sent "Russell Hobbs Kettle, 1.7 L" back to Amazon on Saturday 10 October because it was faulty, and got a replacement.',
    ]);
    // (2025's layout: columns in the alphabet's order, "Total Amount", "Original Quantity"; a US order, a used item, thousands)
    const header = [
      "ASIN",
      "Billing Address",
      "Currency",
      "Gift Message",
      "Order Date",
      "Order ID",
      "Order Status",
      "Original Quantity",
      "Product Condition",
      "Product Name",
      "Ship Date",
      "Shipping Address",
      "Total Amount",
      "Website",
    ];
    const us = "Chris Lacina 11310 91ST AVENUE CT SW LAKEWOOD WA 98498-3634 United States";
    const newer = write(
      "newer/Order History.csv",
      csv(header, [
        [
          "B0721DJR91",
          us,
          "USD",
          NA,
          "2026-11-23T19:14:07Z",
          "113-9136495-4375404",
          "Closed",
          "1",
          "Used - Very Good",
          // (an inch mark in a name)
          'Trek FX 2 Hybrid Bike, 27.5"',
          "2026-11-24T01:16:56Z",
          us,
          "1,219.49",
          "Amazon.com",
        ],
      ]),
    );
    expect(await detectFormat(newer)).toBe("amazon");
    const [n] = await parsedConversations(newer);
    expect(told([n!])).toEqual([
      [
        "amazon:orders:2026-11",
        "Amazon orders, November 2026",
        [
          [
            "https://www.amazon.com/gp/your-account/order-details?orderID=113-9136495-4375404",
            "2026-11-23T19:14:07.000Z",
            'Bought a used "Trek FX 2 Hybrid Bike, 27.5″" from Amazon for $1,219.49 on Monday 23 November.',
          ],
        ],
      ],
    ]);
  });

  it("tells a recipient's name and town from an address on one line, and nothing more", () => {
    expect(recipientOf(MUM)).toEqual({ name: "Margaret Morgan", town: "Whitby" });
    expect(recipientOf("Chris J. Lacina 11310 91ST AVENUE CT SW LAKEWOOD WA 98498-3634 United States")).toEqual({ name: "Chris J. Lacina", town: "Lakewood" });
    expect(recipientOf("Dan Morgan Flat 4 Mill House NEWCASTLE UPON TYNE NE1 3JF United Kingdom")).toEqual({ name: "Dan Morgan", town: "Newcastle upon Tyne" });
    // (a house with a name, no number)
    expect(recipientOf("Jean Hughes Rose Cottage Church Lane HAWES North Yorkshire DL8 3NA United Kingdom")).toEqual({ name: "Jean Hughes", town: "Hawes" });
    // (no postcode: no town said)
    expect(recipientOf("Ellie Morgan c/o Leeds Girls School")).toEqual({ name: "Ellie Morgan", town: "" });
  });

  it("adds from a later download only the orders new or changed since (a return)", async () => {
    const first = [
      row({ "Order ID": "301", "Order Date": "2026-10-03T18:21:44Z", "Total Owed": "34.99", "Product Name": "Kettle" }),
      row({ "Order ID": "302", "Order Date": "2026-10-04T09:00:00Z", "Total Owed": "5.00", "Product Name": "Descaler" }),
    ];
    const before = write("later/before/Retail.OrderHistory.1/Retail.OrderHistory.1.csv", csv(AMAZON_ORDER_COLUMNS, first));
    const after = write(
      "later/after/Retail.OrderHistory.1/Retail.OrderHistory.1.csv",
      csv(AMAZON_ORDER_COLUMNS, [row({ "Order ID": "303", "Order Date": "2026-11-01T10:00:00Z", "Total Owed": "12.99", "Product Name": "Ink" }), ...first]),
    );
    write(
      "later/after/Retail.CustomerReturns.1.1/Retail.CustomerReturns.1.1.csv",
      csv(
        ["OrderId", "ContractId", "DateOfReturn", "ReturnAmount", "ReturnAmountCurrency", "ReturnReason", "Resolution"],
        [["302", NA, "2026-10-20 10:00:00", "5.00", "GBP", "UNWANTED_ITEM", "Refund"]],
      ),
    );
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((n) => n.turns.map((t) => ({ id: t.externalId, hash: turnHash(n, t) })));
    const stored = new Set((await hashes(before)).map((h) => h.hash));
    expect((await hashes(after)).filter((h) => !stored.has(h.hash)).map((h) => h.id)).toEqual([link("302"), link("303")]);
  });

  it("names the file, the line and the column of a bad row", async () => {
    const ok = row({ "Order ID": "1", "Order Date": "2026-10-03T18:21:44Z", "Total Owed": "1.00", "Product Name": "Ok" });
    const cases: Array<[string, string[][], string]> = [
      [
        "date.csv",
        [ok, row({ "Order ID": "2", "Order Date": "03/10/2026 18:21", "Total Owed": "1.00", "Product Name": "Bad" })],
        'date.csv: line 3, column 3 "Order Date": "03/10/2026 18:21": expected the order\'s time as Amazon writes it, "2026-10-03T18:21:44Z"',
      ],
      [
        "no-day.csv",
        [row({ "Order ID": "2", "Order Date": "2026-02-30T10:00:00Z", "Total Owed": "1.00", "Product Name": "Bad" })],
        'no-day.csv: line 2, column 3 "Order Date": "2026-02-30T10:00:00Z": expected the order\'s time as Amazon writes it, "2026-10-03T18:21:44Z"',
      ],
      [
        "owed.csv",
        [row({ "Order ID": "2", "Order Date": "2026-10-03T18:21:44Z", "Total Owed": "£ten", "Product Name": "Bad" })],
        'owed.csv: line 2, column 10 "Total Owed": "£ten": expected an amount, "34.99"',
      ],
      [
        "quantity.csv",
        [row({ "Order ID": "2", "Order Date": "2026-10-03T18:21:44Z", Quantity: "two", "Total Owed": "1.00", "Product Name": "Bad" })],
        'quantity.csv: line 2, column 15 "Quantity": "two": expected a number of items, "1"',
      ],
      [
        "id.csv",
        [row({ "Order ID": "", "Order Date": "2026-10-03T18:21:44Z", "Total Owed": "1.00", "Product Name": "Bad" })],
        'id.csv: line 2, column 2 "Order ID": empty: expected the order\'s number, "203-4471180-2261114"',
      ],
      // (a product name of two lines moves the next row's line on)
      [
        "two-lines.csv",
        [
          row({ "Order ID": "1", "Order Date": "2026-10-03T18:21:44Z", "Total Owed": "1.00", "Product Name": "Mug\nBlue" }),
          row({ "Order ID": "2", "Order Date": "2026-10-03T18:21:44Z", "Total Owed": "1.00", "Ship Date": "soon", "Product Name": "Bad" }),
        ],
        'two-lines.csv: line 4, column 19 "Ship Date": "soon": expected the time as Amazon writes it, "2026-10-04T09:03:12Z"',
      ],
    ];
    for (const [name, rows, message] of cases) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, csv(AMAZON_ORDER_COLUMNS, rows)), { format: "amazon" }));
      expect([err.name, err.file, err.message]).toEqual(["ImportError", join(dir, "bad", name), message]);
    }
    const header = await importErrorOf(
      validateExport(write("bad/header.csv", '"Order ID","Order Date","Total Owed"\n"1","2026-10-03T18:21:44Z","1.00"\n'), { format: "amazon" }),
    );
    expect(header.message).toBe(
      'header.csv: line 1: not Amazon\'s order history (Retail.OrderHistory.1.csv opens "Website","Order ID","Order Date","Purchase Order Number",…)',
    );
    const stray = await importErrorOf(validateExport(write("bad/stray.csv", `${csv(AMAZON_ORDER_COLUMNS, [])}"1","2026-10-03T18:21:44Z","Park" x\n`)));
    expect([stray.location, stray.message]).toEqual(["line 2", expect.stringMatching(/^stray\.csv: line 2: Invalid Closing Quote/)]);
    // (an order history with no order is no note: a folder passes it over)
    expect((await importErrorOf(validateExport(write("bad/empty/Retail.OrderHistory.1.csv", csv(AMAZON_ORDER_COLUMNS, []))))).message).toBe(
      "Retail.OrderHistory.1.csv: line 1: the note has no text: an Amazon order history with no order",
    );
  });

  it("tells its files by their header", () => {
    expect(amazonKind(`${csv(AMAZON_ORDER_COLUMNS, [])}`)).toBe("orders");
    expect(amazonKind('"OrderId","ContractId","DateOfReturn","ReturnAmount","ReturnAmountCurrency","ReturnReason","Resolution"\n')).toBe("returns");
    // (Amazon's older "Order History Reports" of a business account, and a header that only starts like the order history's, are none)
    expect(amazonKind('"Order Date","Order ID","Title","Category","ASIN/ISBN","Item Total"\n')).toBeNull();
    expect(amazonKind('"Website","Order ID","Order Date"\n')).toBeNull();
  });
});
