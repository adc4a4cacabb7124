/**
 * The shopper: Claire, in Leeds, buys most things on Amazon.co.uk: school shoes for her daughter at the
 * start of term, printer ink again and again, trainers she sends back, a new kettle, a birthday present
 * sent straight to her mum in Whitby with a gift message, an air fryer with money off, a saucepan set she
 * cancels, a LEGO set for Christmas not shipped yet. On 28 November 2026 she requests her data (Account →
 * Request your data → Your Orders), downloads `Your Orders.zip`, unzips it and imports the folder
 * (`engram import "Your Orders"`). The folder is as Amazon writes it: `Retail.OrderHistory.1/
 * Retail.OrderHistory.1.csv` (a row per item, newest order first, every cell quoted, the header
 * `"Website","Order ID","Order Date","Purchase Order Number","Currency","Unit Price","Unit Price
 * Tax","Shipping Charge","Total Discounts","Total Owed","Shipment Item Subtotal","Shipment Item Subtotal
 * Tax","ASIN","Product Condition","Quantity","Payment Instrument Type","Order Status","Shipment
 * Status","Ship Date","Shipping Option","Shipping Address","Billing Address","Carrier Name & Tracking
 * Number","Product Name","Gift Message","Gift Sender Name","Gift Recipient Contact Details","Item Serial
 * Number"`; "Order Date" in UTC, "2026-10-03T18:21:44Z" or with milliseconds; the unit price before VAT
 * and its VAT apart, children's shoes and clothes zero-rated, "Total Owed" what was paid for the row, a
 * discount as `'-10.00'`; "Not Applicable" and "Not Available" for what there is none of; the addresses
 * on one line, the town in capitals, "Claire Morgan 27 Brudenell Grove LEEDS West Yorkshire LS6 1HR
 * United Kingdom"; a cancelled order's row at 0 with nothing shipped; an order not shipped yet
 * "Authorized"), `Retail.CustomerReturns.1.1/Retail.CustomerReturns.1.1.csv` (with a byte order mark:
 * `"OrderId","ContractId","DateOfReturn","ReturnAmount","ReturnAmountCurrency","ReturnReason",
 * "Resolution"`, the trainers sent back), and what else the download holds (`Retail.OrdersReturned.1`,
 * `Retail.OrdersReturned.Payments.1`, `Retail.CartItems.1`, `Digital-Ordering.1/Digital Items.csv` and
 * its `README.txt`). Checked against public readers of the download (an importer's fixture of real rows,
 * "Visa - 1732", `'-0.6'`, "AMZN_US(TBA…)"; a finance importer's file paths and the returns' columns
 * OrderId, DateOfReturn, ReturnAmount, ReturnReason, Resolution; a timeline viewer's readers of
 * Retail.CustomerReturns and Retail.OrdersReturned; a year-in-review app's list of the download's
 * folders). Hand-written by the developers while trying Engram as its users would, in session 35, before
 * Engram could read an Amazon download (the first run's figures are in bench/README.md). With it, the
 * questions such a person asks later and the words a right answer holds, and questions nothing here
 * answers.
 */
import { AMAZON_ORDER_COLUMNS, AMAZON_RETURN_COLUMNS } from "../../../core/ingest/money/amazon.js";
import type { Person, PersonFile } from "./types.js";

const FOLDER = "Your Orders";
/** When the download was made (its files' modification time). */
const EXPORTED = Date.UTC(2026, 10, 28, 9, 40);

/** A CSV as Amazon writes it: every cell quoted (a quote doubled), LF line ends, a line end after the last row. */
function csv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(",");
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

const HOME = "Claire Morgan 27 Brudenell Grove LEEDS West Yorkshire LS6 1HR United Kingdom";
const MUM = "Margaret Morgan 8 Esk Terrace WHITBY North Yorkshire YO21 1PS United Kingdom";
const NA = "Not Available";

/** An item of an order, as its row gives it. */
interface Item {
  order: string;
  date: string;
  asin: string;
  name: string;
  /** Unit price before VAT, its VAT, and the quantity. */
  unit: string;
  tax: string;
  quantity: number;
  /** "Total Owed": what was paid for the row. */
  owed: string;
  discount?: string;
  status?: string;
  shipped?: string;
  carrier?: string;
  option?: string;
  shipTo?: string;
  gift?: { message: string; sender: string };
}

/** An item's row in the header's order. */
function orderRow(i: Item): string[] {
  const cancelled = i.status === "Cancelled";
  const notYet = i.status === "Authorized";
  const subtotal = (n: string) => (Number(n) * i.quantity).toFixed(2);
  return [
    "Amazon.co.uk",
    i.order,
    i.date,
    "Not Applicable",
    "GBP",
    i.unit,
    i.tax,
    "0",
    i.discount ?? "0",
    cancelled ? "0" : i.owed,
    cancelled || notYet ? NA : subtotal(i.unit),
    cancelled || notYet ? NA : subtotal(i.tax),
    i.asin,
    "New",
    String(i.quantity),
    "Visa - 4417",
    i.status ?? "Closed",
    i.shipped ? "Shipped" : NA,
    i.shipped ?? NA,
    i.option ?? "next-1dc",
    i.shipTo ?? HOME,
    HOME,
    i.carrier ?? NA,
    i.name,
    i.gift?.message ?? NA,
    i.gift?.sender ?? NA,
    NA,
    NA,
  ];
}

/** Claire's orders, newest first, as Amazon lists them. */
const ITEMS: Item[] = [
  {
    order: "026-5538120-7741936",
    date: "2026-11-27T20:14:09Z",
    asin: "B0CFW2KQ7N",
    name: "LEGO Friends Heartlake City Hospital Toy Playset 42621, Medical Building Toy for Kids",
    unit: "66.66",
    tax: "13.33",
    quantity: 1,
    owed: "79.99",
    status: "Authorized",
    option: "std-uk-dom",
  },
  {
    order: "204-1129034-6620347",
    date: "2026-11-20T08:02:51Z",
    asin: "B08NDTQ3JX",
    name: "HP 305 Black Original Ink Cartridge (3YM61AE)",
    unit: "10.83",
    tax: "2.16",
    quantity: 2,
    owed: "25.98",
    shipped: "2026-11-20T16:40:12.118Z",
    carrier: "AMZN_GB(QA4921077318)",
  },
  {
    order: "203-8850019-3317958",
    date: "2026-11-08T13:37:20.000Z",
    asin: "B07ZPKN6YR",
    name: "Tefal Ingenio Emotion 3-Piece Stainless Steel Saucepan Set, Induction, Removable Handle",
    unit: "58.33",
    tax: "11.66",
    quantity: 1,
    owed: "69.99",
    status: "Cancelled",
  },
  {
    order: "205-3302871-1458826",
    date: "2026-10-26T19:45:03Z",
    asin: "B0BHTFX3VR",
    name: "Ninja Air Fryer MAX AF160UK, 5.2 L, Uses No Oil, Cooks 6 Portions, Black",
    unit: "83.33",
    tax: "16.66",
    quantity: 1,
    owed: "89.99",
    discount: "'-10.00'",
    shipped: "2026-10-27T05:12:44Z",
    carrier: "AMZN_GB(QA4610382294)",
  },
  {
    order: "202-7714425-9903129",
    date: "2026-10-19T21:06:30Z",
    asin: "B09JQMJHXY",
    name: "Yankee Candle Scented Candle, Sage & Citrus Large Jar Candle, Burn Time: Up to 150 Hours",
    unit: "20.83",
    tax: "4.16",
    quantity: 1,
    owed: "24.99",
    shipped: "2026-10-20T11:30:02Z",
    carrier: "Royal Mail(JW482200917GB)",
    option: "std-uk-dom",
    shipTo: MUM,
    gift: { message: "Happy 70th birthday Mum! See you at Christmas. Love from Claire, Dan and Ellie xxx", sender: "Claire" },
  },
  {
    order: "206-0042731-5589114",
    date: "2026-10-12T07:55:18Z",
    asin: "B08NDTT9QX",
    name: "HP 305 Tri-colour Original Ink Cartridge (3YM60AE)",
    unit: "12.91",
    tax: "2.58",
    quantity: 1,
    owed: "15.49",
    shipped: "2026-10-12T19:02:33Z",
    carrier: "AMZN_GB(QA4477290851)",
  },
  {
    order: "206-0042731-5589114",
    date: "2026-10-12T07:55:18Z",
    asin: "B08NDTQ3JX",
    name: "HP 305 Black Original Ink Cartridge (3YM61AE)",
    unit: "10.83",
    tax: "2.16",
    quantity: 1,
    owed: "12.99",
    shipped: "2026-10-12T19:02:33Z",
    carrier: "AMZN_GB(QA4477290851)",
  },
  {
    order: "203-4471180-2261114",
    date: "2026-10-03T18:21:44Z",
    asin: "B07YRZ5GQ8",
    name: "Russell Hobbs 26051 Brushed Stainless Steel Electric Kettle, 1.7 L, Fast Boil, 3000 W",
    unit: "29.16",
    tax: "5.83",
    quantity: 1,
    owed: "34.99",
    shipped: "2026-10-04T09:03:12Z",
    carrier: "AMZN_GB(QA4390016625)",
  },
  {
    order: "204-9917362-0043521",
    date: "2026-09-14T12:20:05Z",
    asin: "B0BZ7QX1MK",
    name: "adidas Women's Runfalcon 3.0 Running Trainers, Core Black/Cloud White, 6 UK",
    unit: "37.49",
    tax: "7.50",
    quantity: 1,
    owed: "44.99",
    shipped: "2026-09-15T06:41:37Z",
    carrier: "AMZN_GB(QA4215570093)",
  },
  {
    order: "202-3386205-1170712",
    date: "2026-09-05T10:11:47Z",
    asin: "B08NDTQ3JX",
    name: "HP 305 Black Original Ink Cartridge (3YM61AE)",
    unit: "10.83",
    tax: "2.16",
    quantity: 1,
    owed: "12.99",
    shipped: "2026-09-05T17:25:50Z",
    carrier: "AMZN_GB(QA4170834412)",
  },
  {
    order: "026-6613370-4418721",
    date: "2026-09-01T19:30:22Z",
    asin: "B0C4KJ8H2T",
    name: "Clarks Etch Beam Y School Shoes Girls, Black Leather, 2.5 UK",
    unit: "52.00",
    tax: "0",
    quantity: 1,
    owed: "52.00",
    shipped: "2026-09-02T08:14:29Z",
    carrier: "AMZN_GB(QA4122901756)",
  },
  {
    order: "026-6613370-4418721",
    date: "2026-09-01T19:30:22Z",
    asin: "B07VCKZ4DM",
    name: "Trutex Girls' Pleated School Skirt, Grey, Age 9-10",
    unit: "9.99",
    tax: "0",
    quantity: 2,
    owed: "19.98",
    shipped: "2026-09-02T08:14:29Z",
    carrier: "AMZN_GB(QA4122901756)",
  },
];

const FILES: PersonFile[] = [
  { name: `${FOLDER}/Retail.OrderHistory.1/Retail.OrderHistory.1.csv`, text: csv(AMAZON_ORDER_COLUMNS, ITEMS.map(orderRow)) },
  {
    name: `${FOLDER}/Retail.CustomerReturns.1.1/Retail.CustomerReturns.1.1.csv`,
    text: `\uFEFF${csv(AMAZON_RETURN_COLUMNS, [["204-9917362-0043521", NA, "2026-09-24 10:15:32", "44.99", "GBP", "too small", "Refund"]])}`,
  },
  {
    name: `${FOLDER}/Retail.OrdersReturned.1/Retail.OrdersReturned.1.csv`,
    text: `\uFEFF${csv(
      ["OrderID", "ReversalID", "CreationDate", "Currency", "DirectDebitRefundAmount", "Quantity", "ReversalAmountState", "ReversalReason", "ReversalStatus"],
      [["204-9917362-0043521", "R7PzWq2kN", "09/24/2026 10:16:02 UTC", "GBP", "44.99", "1", "Final", "CR-APPAREL_TOO_SMALL", "Completed"]],
    )}`,
  },
  {
    name: `${FOLDER}/Retail.OrdersReturned.Payments.1/Retail.OrdersReturned.Payments.1.csv`,
    text: `\uFEFF${csv(
      ["OrderID", "ReversalID", "RefundCompletionDate", "Currency", "AmountRefunded", "Status", "DisbursementType"],
      [["204-9917362-0043521", "R7PzWq2kN", "09/26/2026 14:02:47 UTC", "GBP", "44.99", "Completed", "Refund"]],
    )}`,
  },
  {
    name: `${FOLDER}/Retail.CartItems.1/Retail.CartItems.1.csv`,
    text: csv(
      ["DateAddedToCart", "Source", "ASIN", "CartDomain", "CartList", "Quantity", "OneClickBuyable", "ToBeGiftWrapped", "PrimeSubscription", "Pantry", "AddOn"],
      [
        ["11/25/2026 21:40:12 UTC", "WEB", "B0B6GKQ8ZS", "amazon.co.uk", "ACTIVE_CART", "1", "TRUE", "FALSE", "NONE", "FALSE", "FALSE"],
        ["11/26/2026 07:02:55 UTC", "MOBILE", "B09V3HN1KC", "amazon.co.uk", "SAVED_FOR_LATER", "1", "TRUE", "FALSE", "NONE", "FALSE", "FALSE"],
      ],
    ),
  },
  {
    name: `${FOLDER}/Digital-Ordering.1/Digital Items.csv`,
    text: csv(
      [
        "ASIN",
        "ProductName",
        "OrderId",
        "DigitalOrderItemId",
        "DeclaredCountryCode",
        "BaseCurrencyCode",
        "FulfilledDate",
        "IsFulfilled",
        "Marketplace",
        "OrderDate",
        "OriginalQuantity",
        "OurPrice",
        "OurPriceCurrencyCode",
        "OurPriceTax",
      ],
      [
        [
          "B0CW1RQ8ZT",
          "Kindle Unlimited monthly membership",
          "D01-4410273-5582031",
          "KXJ2M8Q0P4WZ",
          "GB",
          "GBP",
          "2026-11-02T06:00:11Z",
          "Y",
          "Amazon.co.uk",
          "2026-11-02T06:00:11Z",
          "1",
          "9.49",
          "GBP",
          "1.58",
        ],
      ],
    ),
  },
  {
    name: `${FOLDER}/Digital-Ordering.1/README.txt`,
    text: [
      "This guide explains the files of your digital ordering data.",
      'A field holding "N/A" had no data.',
      "",
      "Digital Orders.csv",
      "- An overview of your digital orders: eBooks, music and subscriptions bought through Amazon.",
      "",
      "Digital Items.csv",
      "- Each item of a digital order. Its OrderId links it to Digital Orders.csv.",
      "",
    ].join("\n"),
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I buy the kettle?", expect: ["3 October"] },
  { question: "How much did I pay for the air fryer?", expect: ["89.99"] },
  { question: "Where did I send Mum's birthday present?", expect: ["Whitby"] },
  { question: "What did I get Mum for her birthday?", expect: ["candle"] },
  { question: "What message did I put on Mum's present?", expect: ["70th"] },
  { question: "What size school shoes did I buy?", expect: ["2.5"] },
  { question: "How much were the school shoes?", expect: ["52"] },
  { question: "Why did I send the trainers back?", expect: ["small"] },
  { question: "How much was I refunded for the trainers?", expect: ["44.99"] },
  { question: "Which ink cartridges does my printer take?", expect: ["305"] },
  { question: "When did I last buy printer ink?", expect: ["20 November"] },
  { question: "When did I order the LEGO hospital?", expect: ["27 November"] },
  { question: "How much did I pay for the washing machine?", expect: null },
  { question: "What did I buy Dan for his birthday?", expect: null },
  { question: "When does my Prime membership renew?", expect: null },
];

/** Claire: her Amazon "Your Orders" download, unzipped and imported as one folder, asked on Monday 30 November 2026. */
export const shopper: Person = {
  name: "shopper",
  files: FILES.map((f) => ({ ...f, mtime: EXPORTED })),
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 30, 20, 0),
  questions: QUESTIONS,
};
