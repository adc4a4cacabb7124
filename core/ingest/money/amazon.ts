/**
 * Amazon's order history from "Request your data" (amazon.co.uk or amazon.com → Account → Request your
 * data → Your Orders: `Your Orders.zip`, unzipped): a folder of datasets, each a folder of CSV files
 * (RFC 4180, UTF-8, some with a byte order mark; parsed by csv-parse, streamed: csv-records.ts):
 *
 * - `Retail.OrderHistory.1/Retail.OrderHistory.1.csv` (older downloads: `Retail.OrderHistory.1.csv` at
 *   the top; `Retail.OrderHistory.2` Amazon Fresh's and other stores'): a row per item of an order, newest
 *   order first, every cell quoted, its header `"Website","Order ID","Order Date","Purchase Order
 *   Number","Currency","Unit Price","Unit Price Tax","Shipping Charge","Total Discounts","Total
 *   Owed","Shipment Item Subtotal","Shipment Item Subtotal Tax","ASIN","Product Condition","Quantity",
 *   "Payment Instrument Type","Order Status","Shipment Status","Ship Date","Shipping Option","Shipping
 *   Address","Billing Address","Carrier Name & Tracking Number","Product Name","Gift Message","Gift Sender
 *   Name","Gift Recipient Contact Details","Item Serial Number"` (older ones without the last; newer ones
 *   name "Total Owed" "Total Amount", "Quantity" "Original Quantity", "Payment Instrument Type" "Payment
 *   Method Type", "Gift Recipient Contact Details" "Gift Recipient Contact", in another order, so columns
 *   are read by name). "Website" is the store ("Amazon.co.uk"), "Order ID" the order's number
 *   ("203-4471180-2261114"), "Order Date" its time in UTC ("2026-10-03T18:21:44Z", "….000Z"); "Unit Price"
 *   is before tax and "Unit Price Tax" its tax, "Total Owed" what the row cost (its units, tax and
 *   shipping, less "Total Discounts", written `'-10.00'`; "1,219.49" with a thousands comma);
 *   "Order Status" "Closed", "Cancelled" (nothing shipped, owed "0"), "Authorized" or "New" (not shipped
 *   yet); "Ship Date" ISO 8601; "Shipping Address" and "Billing Address" on one line each, the town in
 *   capitals ("Margaret Morgan 8 Esk Terrace WHITBY North Yorkshire YO21 1PS United Kingdom"); "Gift
 *   Message" and "Gift Sender Name" a gift's; "Not Available" and "Not Applicable" where there is none;
 * - `Retail.CustomerReturns.1.1/Retail.CustomerReturns.1.1.csv` (`"OrderId","ContractId","DateOfReturn",
 *   "ReturnAmount","ReturnAmountCurrency","ReturnReason","Resolution"`): the returns asked for, by order
 *   ("2026-09-24 10:15:32" or "Thu, 24 Sep 2026 10:15:32 GMT"; the amount "No Refund" when none);
 * - `Retail.OrdersReturned.1`, `Retail.OrdersReturned.Payments.1` (Amazon's bookkeeping of returns and
 *   refunds), `Retail.CartItems.1` (the basket, product codes only), `Digital-Ordering.1` (Kindle books,
 *   apps and subscriptions, with Amazon's `README.txt`), `Retail.TransactionalInvoicing.*` (invoices as
 *   PDFs) and a dozen more datasets.
 *
 * What the user bought is read as notes of theirs (format `note`, said by the user): a note per month of
 * orders by their time ("Amazon orders, October 2026"), each order a paragraph, each of its items a
 * sentence of what was bought, for how much, on what day ("Bought "Russell Hobbs 26051 … Kettle, 1.7 L"
 * from Amazon for £34.99 on Saturday 3 October."; "(×2)" for two; a discount "(£10.00 off)"); a cancelled
 * item "Ordered … on Sunday 8 November, then cancelled it.", one not shipped yet "…; not shipped yet."; an
 * order sent to someone else ("… sent to Margaret Morgan in Whitby as a gift, with the message "Happy 70th
 * birthday Mum! …"") and a return from Retail.CustomerReturns beside it ("Sent "…" back to Amazon on
 * Thursday 24 September because it was too small, and was refunded £44.99.") told with it. Of an address only the
 * recipient's name and the town are kept, in words, never the street, the house or the postcode (nor in
 * the turn's metadata); the billing address and the payment card are not kept. Each paragraph is named by
 * the order's link (`https://www.amazon.co.uk/gp/your-account/order-details?orderID=<Order ID>`), so a
 * later download adds only the orders new or changed since (a return, a shipment). Every other file of
 * the download is passed over, said why ({@link amazonPassedOver}).
 */
import { readdirSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileStart } from "../kit/file-start.js";
import { type CsvColumns, csvRecords, headerCells } from "../kit/csv-records.js";
import { downloadAbove, rememberedTest } from "../kit/download-root.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { dayWords, moneyWords } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { monthYear } from "../../time/format.js";

/** The columns of Amazon's Retail.OrderHistory CSV, in its order (older downloads lack "Item Serial Number"). */
export const AMAZON_ORDER_COLUMNS = [
  "Website",
  "Order ID",
  "Order Date",
  "Purchase Order Number",
  "Currency",
  "Unit Price",
  "Unit Price Tax",
  "Shipping Charge",
  "Total Discounts",
  "Total Owed",
  "Shipment Item Subtotal",
  "Shipment Item Subtotal Tax",
  "ASIN",
  "Product Condition",
  "Quantity",
  "Payment Instrument Type",
  "Order Status",
  "Shipment Status",
  "Ship Date",
  "Shipping Option",
  "Shipping Address",
  "Billing Address",
  "Carrier Name & Tracking Number",
  "Product Name",
  "Gift Message",
  "Gift Sender Name",
  "Gift Recipient Contact Details",
  "Item Serial Number",
] as const;

/** The columns of Retail.CustomerReturns' CSV. */
export const AMAZON_RETURN_COLUMNS = ["OrderId", "ContractId", "DateOfReturn", "ReturnAmount", "ReturnAmountCurrency", "ReturnReason", "Resolution"] as const;

/** What a CSV of Amazon's download holds, by its header: the order history, or the returns asked for. */
export type AmazonKind = "orders" | "returns";

/** Most characters of one CSV record (an item and its addresses): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** Most characters of orders held before those read so far are given as notes (an order met again after is told again, its paragraph the newer). */
export const MAX_HELD_ORDER_CHARS = 8 * 1024 * 1024;

/** Most characters of returns read from Retail.CustomerReturns beside the order history; past it, later returns are not told. */
export const MAX_RETURN_CHARS = 4 * 1024 * 1024;

/** Most items of one order told in its paragraph; the rest are counted ("The same order had 12 more items."). */
export const MAX_ITEMS_TOLD = 100;

/** What Amazon writes in a cell that holds nothing. */
const NONE = /^(?:not available|not applicable|n\/a|na|none|-)?$/i;

/**
 * What a CSV of Amazon's download is, from its start (its text, a byte-order mark dropped), or null: the
 * order history (a header naming "Order ID", "Order Date", "Product Name", "ASIN" and "Total Owed" or
 * "Total Amount"), or the returns asked for (a header naming "OrderId", "DateOfReturn" and "ReturnReason").
 */
export function amazonKind(start: string): AmazonKind | null {
  const cells = new Set(headerCells(start, true));
  if (["order id", "order date", "product name", "asin"].every((c) => cells.has(c)) && (cells.has("total owed") || cells.has("total amount"))) return "orders";
  if (cells.has("orderid") && cells.has("dateofreturn") && cells.has("returnreason")) return "returns";
  return null;
}

/** Whether a file's start and path are Amazon's order history or returns by its header ({@link amazonKind}), or any other CSV of an unzipped Amazon download ({@link amazonPassedOver}). */
export function isAmazonCsv(start: string, file: string): boolean {
  return amazonKind(start) !== null || (/\.csv$/i.test(file) && amazonPassedOver(file) !== null);
}

/** A dataset's folder (or a top-level file's name) of Amazon's download: a name of dotted parts, "Retail.OrderHistory.1", "Digital-Ordering.1", "Retail.Orders&Returns.Concessions". */
const DATASET = /^[A-Za-z][\w&-]*(?:\.[\w&-]+)+$/;
/** The entry of a download's folder that makes it one: the order history's folder or file ("Retail.OrderHistory.1", "Retail.OrderHistory.1.csv"). */
const ORDER_HISTORY = /^Retail\.OrderHistory\.\d+(?:\.csv)?$/i;

/** Whether the folder `root` is an unzipped Amazon download: it holds `Retail.OrderHistory.N/` or `Retail.OrderHistory.N.csv` (remembered per folder, at most 64). */
const isAmazonDownload = rememberedTest((root) => readdirSync(root).some((name) => ORDER_HISTORY.test(name)));

/**
 * The unzipped Amazon download `file` is a file of, and the dataset it is in, or null: the folder above it
 * (at most three folders up) that holds the order history ({@link isAmazonDownload}), every folder between
 * being one of the download's ("Digital-Ordering.1", "Retail.AmazonRentals/datasets/…"); the dataset is the
 * folder right under the download's, else (a file at its top) the file's name without ".csv". A file of a
 * folder the user keeps in the download, "My notes/…", is none of it.
 */
function downloadOf(file: string): { root: string; dataset: string } | null {
  // (the folders gone up past, the last the one right under the download's, as `file` spells them)
  const between: string[] = [];
  const download = downloadAbove(file, isAmazonDownload, 3, (name) => {
    if (!DATASET.test(name) && name !== "datasets") return false;
    between.push(name);
    return true;
  });
  return download && { root: download.root, dataset: between.at(-1) ?? basename(file).replace(/\.csv$/i, "") };
}

/** Why Retail.CustomerReturns is no note: its returns are told with their orders. */
const RETURNS_TOLD = "returns asked for on Amazon, each told with the order it returns, from Retail.OrderHistory";

/** Why each dataset of Amazon's download is no note, by the dataset's name lower-cased without its part numbers ("retail.cartitems"). */
const DATASETS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^retail\.customerreturns/, RETURNS_TOLD],
  [/^retail\.ordersreturned\.payments/, "refunds Amazon paid for returns; a return is told with its order, from Retail.CustomerReturns"],
  [/^retail\.ordersreturned/, "Amazon's records of returned orders; a return is told with its order, from Retail.CustomerReturns"],
  [/^retail\.orders\.manageyourreturns/, "returns started on Amazon; a return is told with its order, from Retail.CustomerReturns"],
  [/^retail\.returns/, "Amazon's records of returns' charges"],
  [/^retail\.orders&returns/, "Amazon customer service's refunds and replacements"],
  [/^retail\.cartitems/, "what was in the Amazon basket or saved for later, product codes only, never bought"],
  [/^retail\.transactionalinvoicing/, "Amazon's invoices; their orders are read from Retail.OrderHistory"],
  [/^retail\.amazonrentals/, "Amazon rentals"],
  [/^retail\.orderhistory/, "a file of Amazon's order history that lists no orders"],
  [/^digital/, "Kindle books, apps, music and subscriptions bought on Amazon, its digital orders, not read"],
  [/^yourorders\.photoondelivery/, "photos Amazon's couriers took of deliveries"],
  [/^sustainability/, "Amazon's sustainability figures for the account"],
];

/** Why a CSV of Amazon's download Engram knows by its header is no note (the detail after "the note has no text: "), or null for the order history. */
function noNote(kind: AmazonKind): string | null {
  return kind === "returns" ? RETURNS_TOLD : null;
}

/**
 * Why `file` is passed over unread, in words, when it is a file of an unzipped Amazon download
 * ({@link downloadOf}: a folder holding `Retail.OrderHistory.N/`) that Engram does not read: the returns
 * asked for (told with their orders), Amazon's records of returns and refunds, the basket, the digital
 * orders, invoices, delivery photos, Amazon's `README.txt` guides, and any other dataset ("Amazon's
 * Retail.Promotions, the account's data"); null for the order history (a CSV with its header), for a file
 * of no Amazon download, and for one of a folder the user keeps inside it. Reads the first KiB of a CSV,
 * and lists the folders above once each (remembered).
 */
export function amazonPassedOver(file: string): string | null {
  const download = downloadOf(file);
  if (!download) return null;
  if (/\.csv$/i.test(file)) {
    const start = fileStart(file);
    const kind = start === null ? null : amazonKind(start);
    if (kind !== null) return noNote(kind);
  }
  if (/^read\s?me\.txt$/i.test(basename(file))) return "Amazon's guide to the files of its download";
  const dataset = download.dataset.toLowerCase().replace(/\.\d+/g, "");
  const known = DATASETS.find(([name]) => name.test(dataset));
  if (known) return known[1];
  return `Amazon's ${download.dataset.replace(/\.\d+(?:\.\d+)*$/, "")}, the account's data`;
}

/** A cell of a row, by the first of its column's names the header has (older and newer downloads name some columns apart): its value trimmed, its place and the name. */
interface Cell {
  value: string;
  at: number;
  name: string;
}

/** The cell of `row` under the first of `names` that `columns` holds; value "" when none (or no such cell). */
function cellOf(row: string[], columns: CsvColumns, ...names: string[]): Cell {
  for (const name of names) {
    const at = columns.get(name.toLowerCase());
    if (at !== undefined) return { value: (row[at] ?? "").trim(), at, name };
  }
  return { value: "", at: -1, name: names[0]! };
}

/** A cell's value, "" for Amazon's "Not Available" and "Not Applicable". */
function given(cell: Cell): string {
  return NONE.test(cell.value) ? "" : cell.value;
}

/** Where a cell is, as an ImportError's location: `line 7, column 10 "Total Owed"`. */
function where(line: number, cell: Cell): string {
  return `line ${line}, column ${cell.at + 1} "${cell.name}"`;
}

/** An ISO 8601 time as Amazon writes it, "2026-10-03T18:21:44Z", "….000Z" (a day alone, "2026-10-03", at noon UTC). */
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i;
/** A time as some of Amazon's returns write it: "Thu, 24 Sep 2026 10:15:32 GMT". */
const RFC_TIME = /^(?:[A-Za-z]{3},\s*)?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?\s*(?:GMT|UTC|Z)?$/i;
const MONTHS_SHORT = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The epoch ms of a UTC time given by its parts, or null when they name no such time. */
function utcTime(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  const t = new Date(at);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? at : null;
}

/** The time a cell gives (ISO 8601, UTC unless it says its offset; "Thu, 24 Sep 2026 10:15:32 GMT"), or null when it is none. */
function amazonTime(value: string): number | null {
  const m = ISO_TIME.exec(value);
  if (m) {
    const day = m[4] === undefined;
    const at = utcTime(Number(m[1]), Number(m[2]), Number(m[3]), day ? 12 : Number(m[4]), day ? 0 : Number(m[5]), Number(m[6] ?? 0));
    if (at === null) return null;
    const zone = m[7] && /^[+-]/.test(m[7]) ? m[7].replace(":", "") : "";
    return zone ? at - (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5))) * 60_000 : at;
  }
  const r = RFC_TIME.exec(value);
  if (!r) return null;
  const month = MONTHS_SHORT.indexOf(r[2]!.toLowerCase());
  return month < 0 ? null : utcTime(Number(r[3]), month + 1, Number(r[1]), Number(r[4]), Number(r[5]), Number(r[6] ?? 0));
}

/**
 * An amount of money a cell gives, or null when it gives none ("Not Available", ""): "34.99", "1,219.49", a
 * discount quoted as a spreadsheet's text `'-10.00'`, a decimal comma "12,34". @throws ImportError naming
 * the line and the column: any other value.
 */
function moneyOf(file: string, line: number, cell: Cell): number | null {
  const value = given(cell)
    .replace(/^'(.*)'$/, "$1")
    .replace(/^[£$€¥₹]\s*/, "");
  if (!value) return null;
  let plain = value;
  if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(value)) plain = value.replace(/,/g, "");
  else if (/^-?\d+,\d{1,2}$/.test(value)) plain = value.replace(",", ".");
  if (!/^-?\d+(?:\.\d+)?$/.test(plain)) throw new ImportError(file, where(line, cell), `${JSON.stringify(cell.value)}: expected an amount, "34.99"`);
  return Number(plain);
}

/** An item of an order, as its row gives it. */
interface Item {
  asin: string;
  name: string;
  quantity: number;
  /** What the row cost ("Total Owed"; else its units' price and tax), or null when the row says none. */
  paid: number | null;
  /** The discount taken off, as a positive amount, or 0. */
  discount: number;
  condition: string;
  /** "Order Status" ("Closed", "Cancelled", "Authorized" …) and "Shipment Status" ("Shipped", "" for none). */
  status: string;
  shipment: string;
  shipped: number | null;
  line: number;
}

/** An order as its rows give it. */
interface Order {
  id: string;
  at: number;
  website: string;
  currency: string;
  items: Item[];
  /** The recipient and town of where it was sent, when not to the billing address (or when a gift), else null. */
  sentTo: { name: string; town: string } | null;
  gift: { message: string; sender: string } | null;
  line: number;
}

/** A return asked for, as Retail.CustomerReturns gives it. */
interface Return {
  at: number | null;
  amount: number | null;
  currency: string;
  reason: string;
  resolution: string;
}

/** Words that open an address after the recipient's name ("Flat 4", "c/o …", "The Old Rectory"). */
const ADDRESS_WORDS = new Set("flat apartment apt unit suite ste the c/o po p.o. building floor".split(" "));
/** Words that end a house's name ("Rose Cottage", "Mill House"): the address opens at the word before. */
const HOUSE_WORDS = new Set("house cottage farm farmhouse lodge barn hall villa bungalow".split(" "));
/** Street words and directions in capitals that end a town read backwards ("… 91ST AVENUE CT SW LAKEWOOD WA"). */
const STREET_WORDS = new Set(
  "st street rd road ave avenue blvd dr drive ln lane ct court way pl place ter terrace cir close cres crescent sq square hwy pkwy grove gardens row n s e w ne nw se sw".split(
    " ",
  ),
);
/** A UK postcode ("YO21 1PS", "LS6 1HR"), a US ZIP code ("98498-3634"), or a postcode of digits. */
const POSTCODE = /^(?:[A-Z]{1,2}\d[A-Z\d]?|\d{5}(?:-\d{4})?|\d{4,6})$/;
/** A US state's two letters, after a town in US addresses. */
const STATE = /^[A-Z]{2}$/;
/** Small words of a town's name, lower-cased inside it ("Newcastle upon Tyne", "Stoke-on-Trent"). */
const SMALL_WORDS = new Set(["upon", "on", "in", "by", "the", "under", "le", "de", "la", "of", "and", "cum"]);

/** A word or name in capitals as written ("WHITBY" → "Whitby", "STOKE-ON-TRENT" → "Stoke-on-Trent"); one not all in capitals kept. */
function nameCase(words: string): string {
  if (words !== words.toUpperCase()) return words;
  return words
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join("");
}

/**
 * Who and where an address on one line is for, as much as can be told without keeping the address: the
 * recipient's name (the words before the house's number, before "Flat", "Apartment" …, or before a house's
 * name, "Rose Cottage", at most four)
 * and the town (the words in capitals before the county, the state or the postcode: "… 8 Esk Terrace
 * WHITBY North Yorkshire YO21 1PS United Kingdom" → Margaret Morgan, Whitby); "" for either not told.
 */
export function recipientOf(address: string): { name: string; town: string } {
  const tokens = address.split(/\s+/).filter(Boolean);
  const opens = tokens.findIndex((t, i) => i > 0 && (/\d/.test(t) || ADDRESS_WORDS.has(t.toLowerCase()) || HOUSE_WORDS.has(t.toLowerCase())));
  // (a house's name: "Margaret Morgan Rose Cottage …" opens at "Rose")
  const nameEnd = opens > 2 && HOUSE_WORDS.has(tokens[opens]!.toLowerCase()) ? opens - 1 : opens;
  const nameTokens = tokens.slice(0, nameEnd < 0 ? Math.min(2, tokens.length) : nameEnd);
  const name = nameTokens.length <= 4 ? nameCase(nameTokens.join(" ")) : "";
  // (the postcode: the last token, or last two, that looks like one; the town is before it, past a state or a county)
  let end = -1;
  for (let i = tokens.length - 1; i > nameTokens.length; i--) {
    if (POSTCODE.test(tokens[i]!) || (i + 1 < tokens.length && /^\d[A-Z]{2}$/.test(tokens[i + 1]!) && /^[A-Z]{1,2}\d[A-Z\d]?$/.test(tokens[i]!))) {
      end = i;
      break;
    }
  }
  if (end < 0) return { name, town: "" };
  let i = end - 1;
  if (i >= 0 && STATE.test(tokens[i]!)) i--;
  const caps = (t: string) => /\p{L}/u.test(t) && t === t.toUpperCase() && /^[\p{L}'’.-]{2,}$/u.test(t);
  // (a county in words of their own case, "North Yorkshire", after the town)
  while (i >= nameTokens.length && !caps(tokens[i]!) && !/\d/.test(tokens[i]!)) i--;
  const town: string[] = [];
  while (i >= nameTokens.length && caps(tokens[i]!) && !STREET_WORDS.has(tokens[i]!.toLowerCase())) town.unshift(tokens[i--]!);
  return { name, town: town.length && town.length <= 4 ? nameCase(town.join(" ")) : "" };
}

/** The key of an address to compare two by: its words lower-cased. */
function addressKey(address: string): string {
  return address
    .toLowerCase()
    .replace(/[\s,]+/g, " ")
    .trim();
}

/** An item named as bought: its name in quotes (so its commas are no clauses; a quote in it written ″), "used" for one not new, "(×2)" for more than one. */
function itemWords(item: Item): string {
  const used =
    item.condition && !/^new$/i.test(item.condition)
      ? `${item.condition.toLowerCase().startsWith("used") ? "a used" : `a ${item.condition.toLowerCase()}`} `
      : "";
  // (a quote inside a name is an inch mark, "Case for iPhone 14 Pro Max 6.7"": written ″, so the name's quotes hold)
  const named = item.name ? `"${item.name.replace(/"/g, "″")}"` : `an item (ASIN ${item.asin || "unknown"})`;
  return `${used}${named}${item.quantity > 1 ? ` (×${item.quantity})` : ""}`;
}

/** Whether an item was cancelled, by its order's status ("Cancelled") or its shipment's. */
function isCancelled(item: Item): boolean {
  return /cancel/i.test(item.status) || /cancel/i.test(item.shipment);
}

/** Whether an item had not shipped when the history was downloaded: not cancelled, no ship date, not said shipped, its order still "Authorized", "New", "Pending" … (not "Closed"). */
function notShipped(item: Item): boolean {
  return (
    !isCancelled(item) &&
    item.shipped === null &&
    !/shipped|delivered/i.test(item.shipment) &&
    !/^(?:closed|complete|completed|shipped|delivered)$/i.test(item.status)
  );
}

/** Amazon's return reasons, by their code or words lower-cased with "_" between words ("CR-APPAREL_TOO_SMALL" → "apparel_too_small"), as a clause after "because". */
const REASONS: Readonly<Record<string, string>> = {
  apparel_too_small: "it was too small",
  apparel_too_large: "it was too big",
  app_too_small: "it was too small",
  app_too_large: "it was too big",
  too_small: "it was too small",
  too_large: "it was too big",
  too_big: "it was too big",
  unwanted_item: "it was no longer wanted",
  no_longer_wanted: "it was no longer wanted",
  no_longer_needed: "it was no longer needed",
  defective: "it was faulty",
  faulty: "it was faulty",
  quality_unacceptable: "its quality was poor",
  ordered_wrong_item: "I ordered the wrong item",
  switcheroo: "the wrong item was sent",
  wrong_item_sent: "the wrong item was sent",
  damaged_by_carrier: "it arrived damaged",
  missed_estimated_delivery: "it arrived too late",
  not_as_described: "it was not as described",
  better_price_available: "I found a better price",
};

/**
 * Why an item was sent back, as said: a reason Amazon names by a code or in words read as a clause
 * (" because it was too small": "CR-APPAREL_TOO_SMALL", "too small"), any other in quotes (" (the reason
 * given: "Colour not as pictured")"); "" for none.
 */
function reasonWords(reason: string): string {
  if (!reason) return "";
  const bare = reason.replace(/^(?:CR|AMZ-PG|AMZ)-/i, "").trim();
  const known = REASONS[bare.toLowerCase().replace(/[\s_-]+/g, "_")];
  return known ? ` because ${known}` : ` (the reason given: "${bare.replace(/[_]+/g, " ").replace(/"/g, "'")}")`;
}

/** A return in words: "Sent "…" back to Amazon on Thursday 24 September because it was too small, and was refunded £44.99." (or "…, and got a replacement."). */
function returnWords(order: Order, r: Return): string {
  const kept = order.items.filter((i) => !isCancelled(i));
  const what = kept.length === 1 ? itemWords(kept[0]!) : `items of the order of ${dayWords(order.at)}`;
  const when = r.at !== null ? ` on ${dayWords(r.at)}` : "";
  const why = reasonWords(r.reason);
  const resolved = /replace/i.test(r.resolution)
    ? "and got a replacement"
    : r.amount !== null && r.amount > 0
      ? `and was refunded ${moneyWords(r.amount, r.currency || order.currency)}`
      : "";
  return `Sent ${what} back to Amazon${when}${why}${resolved ? `${why.startsWith(" because") ? "," : ""} ${resolved}` : ""}.`;
}

/**
 * An order in words, a sentence per item as the user would note it: "Bought "…" from Amazon for £34.99 on
 * Saturday 3 October." ("(£10.00 off)" after a discount; "free" for nothing paid), where it was sent when
 * not to the billing address (", sent to Margaret Morgan in Whitby as a gift, with the message "…""), a
 * cancelled item "Ordered "…" from Amazon on Sunday 8 November, then cancelled it.", one not shipped yet
 * "Ordered "…" from Amazon for £79.99 on Friday 27 November; not shipped yet.", then its returns.
 */
function orderWords(order: Order, returns: readonly Return[]): string {
  const day = dayWords(order.at);
  const told = order.items.slice(0, MAX_ITEMS_TOLD);
  const sentences = told.map((item, i) => {
    if (isCancelled(item)) return `Ordered ${itemWords(item)} from Amazon on ${day}, then cancelled it.`;
    const price =
      item.paid === null
        ? ""
        : item.paid === 0
          ? " for free"
          : ` for ${moneyWords(item.paid, order.currency)}${item.discount > 0 ? ` (${moneyWords(item.discount, order.currency)} off)` : ""}`;
    // (where it was sent, and the gift's message once, with the last item told)
    const to = order.sentTo ? sentWords(order, i === told.length - 1) : "";
    return notShipped(item)
      ? `Ordered ${itemWords(item)} from Amazon${price} on ${day}${to}; not shipped yet.`
      : `Bought ${itemWords(item)} from Amazon${price} on ${day}${to}.`;
  });
  const more = order.items.length - told.length;
  if (more > 0) sentences.push(`The same order had ${more} more ${more === 1 ? "item" : "items"}.`);
  return [...sentences, ...returns.map((r) => returnWords(order, r))].join(" ");
}

/** Where an order was sent, as said after an item: ", sent to Margaret Morgan in Whitby as a gift", and `withMessage` the gift's message: ", with the message "Happy 70th …"". */
function sentWords(order: Order, withMessage: boolean): string {
  const { name, town } = order.sentTo!;
  const who = name || "someone";
  const place = town ? ` in ${town}` : "";
  const gift = order.gift ? " as a gift" : "";
  const message = withMessage && order.gift?.message ? `, with the message "${order.gift.message.replace(/\s+/g, " ").replace(/"/g, "'")}"` : "";
  return `, sent to ${who}${place}${gift}${message}`;
}

/** The order's link on its store ("https://www.amazon.co.uk/gp/your-account/order-details?orderID=203-…"), amazon.com's when "Website" names no Amazon store. */
function orderLink(order: Order): string {
  const host = /amazon\.[a-z.]+/i.exec(order.website)?.[0]?.toLowerCase() ?? "amazon.com";
  return `https://www.${host}/gp/your-account/order-details?orderID=${encodeURIComponent(order.id)}`;
}

/** An order's paragraph of its month's note: named by the order's link, of its time. */
function orderTurn(order: Order, returns: readonly Return[]): ParsedTurn {
  return {
    externalId: orderLink(order),
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: order.at,
    text: orderWords(order, returns),
    metadata: {
      line: order.line,
      amazon: {
        orderId: order.id,
        ...(order.website ? { website: order.website } : {}),
        ...(order.currency ? { currency: order.currency } : {}),
        items: order.items.map((i) => ({
          ...(i.asin ? { asin: i.asin } : {}),
          name: i.name,
          quantity: i.quantity,
          ...(i.paid !== null ? { paid: i.paid } : {}),
          ...(i.status ? { status: i.status } : {}),
          ...(i.shipped !== null ? { shipped: new Date(i.shipped).toISOString() } : {}),
        })),
        ...(order.sentTo ? { sentTo: [order.sentTo.name, order.sentTo.town].filter(Boolean).join(", ") } : {}),
        ...(order.gift ? { gift: true } : {}),
        ...(returns.length
          ? { returns: returns.map((r) => ({ ...(r.at !== null ? { at: new Date(r.at).toISOString() } : {}), reason: r.reason, amount: r.amount })) }
          : {}),
      },
    },
  };
}

/** The note an order is of: keyed by its month ("amazon:orders:2026-10"), titled "Amazon orders, October 2026". */
function monthNote(at: number): { key: string; title: string } {
  return { key: `amazon:orders:${new Date(at).toISOString().slice(0, 7)}`, title: `Amazon orders, ${monthYear(at)}` };
}

/** The CSVs of the returns asked for in the download `file` is of: Retail.CustomerReturns.*.csv in its folder, or in Retail.CustomerReturns.* folders beside its own. */
function returnFiles(file: string): string[] {
  const dir = dirname(file);
  const roots = ORDER_HISTORY.test(basename(dir)) ? [dir, dirname(dir)] : [dir];
  const out: string[] = [];
  for (const root of roots) {
    let names: string[];
    try {
      names = readdirSync(root);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (!/^Retail\.CustomerReturns/i.test(name)) continue;
      const path = join(root, name);
      if (/\.csv$/i.test(name)) out.push(path);
      else {
        try {
          if (!statSync(path).isDirectory()) continue;
          for (const inner of readdirSync(path).sort()) if (/\.csv$/i.test(inner)) out.push(join(path, inner));
        } catch {
          // (a folder that cannot be read holds no returns Engram can tell)
        }
      }
    }
  }
  return out;
}

/**
 * The returns asked for, by order id, from Retail.CustomerReturns beside `file` ({@link returnFiles}): each
 * row's day, amount, currency, reason and resolution; a file that is none (by its header), cannot be read,
 * or is faulty gives those read before; past {@link MAX_RETURN_CHARS} the rest are not read.
 */
async function returnsBeside(file: string): Promise<Map<string, Return[]>> {
  const returns = new Map<string, Return[]>();
  let held = 0;
  for (const path of returnFiles(file)) {
    try {
      const info = await stat(path);
      let columns: CsvColumns | null = null;
      for await (const { cells, line } of csvRecords(path, info.size, MAX_RECORD_CHARS).records) {
        if (!columns) {
          columns = new Map(cells.map((c, i) => [c.trim().toLowerCase(), i]));
          if (!columns.has("orderid") || !columns.has("dateofreturn")) break;
          continue;
        }
        held += cells.reduce((n, c) => n + c.length, 0);
        if (held > MAX_RETURN_CHARS) return returns;
        const id = cellOf(cells, columns, "OrderId").value;
        if (!id) continue;
        let amount: number | null = null;
        try {
          amount = moneyOf(path, line, cellOf(cells, columns, "ReturnAmount"));
        } catch {
          amount = null;
        }
        const r: Return = {
          at: amazonTime(given(cellOf(cells, columns, "DateOfReturn"))),
          amount,
          currency: given(cellOf(cells, columns, "ReturnAmountCurrency")),
          reason: given(cellOf(cells, columns, "ReturnReason")),
          resolution: given(cellOf(cells, columns, "Resolution")),
        };
        returns.set(id, [...(returns.get(id) ?? []), r]);
      }
    } catch {
      // (a returns file that cannot be read, or is faulty, leaves its returns untold: the orders are still read)
    }
  }
  return returns;
}

/** The item `row` gives and what it says of its order. @throws ImportError naming the line and the column of a bad cell. */
function rowOf(
  file: string,
  row: string[],
  columns: CsvColumns,
  line: number,
): { id: string; at: number; website: string; currency: string; item: Item; shipTo: string; billTo: string; gift: { message: string; sender: string } | null } {
  const idCell = cellOf(row, columns, "Order ID");
  if (!given(idCell)) throw new ImportError(file, where(line, idCell), 'empty: expected the order\'s number, "203-4471180-2261114"');
  const dateCell = cellOf(row, columns, "Order Date");
  const at = amazonTime(dateCell.value);
  if (at === null)
    throw new ImportError(
      file,
      where(line, dateCell),
      `${JSON.stringify(dateCell.value)}: expected the order's time as Amazon writes it, "2026-10-03T18:21:44Z"`,
    );
  const quantityCell = cellOf(row, columns, "Quantity", "Original Quantity");
  if (given(quantityCell) && !/^\d{1,7}$/.test(quantityCell.value))
    throw new ImportError(file, where(line, quantityCell), `${JSON.stringify(quantityCell.value)}: expected a number of items, "1"`);
  const quantity = given(quantityCell) ? Number(quantityCell.value) : 1;
  const owed = moneyOf(file, line, cellOf(row, columns, "Total Owed", "Total Amount"));
  const unit = moneyOf(file, line, cellOf(row, columns, "Unit Price"));
  const tax = moneyOf(file, line, cellOf(row, columns, "Unit Price Tax"));
  const discount = moneyOf(file, line, cellOf(row, columns, "Total Discounts"));
  const shipCell = cellOf(row, columns, "Ship Date", "Shipment Date");
  const shipped = given(shipCell) ? amazonTime(shipCell.value) : null;
  if (given(shipCell) && shipped === null)
    throw new ImportError(file, where(line, shipCell), `${JSON.stringify(shipCell.value)}: expected the time as Amazon writes it, "2026-10-04T09:03:12Z"`);
  const message = given(cellOf(row, columns, "Gift Message"));
  const sender = given(cellOf(row, columns, "Gift Sender Name"));
  return {
    id: idCell.value,
    at,
    website: given(cellOf(row, columns, "Website")),
    currency: given(cellOf(row, columns, "Currency")),
    item: {
      asin: given(cellOf(row, columns, "ASIN")),
      name: given(cellOf(row, columns, "Product Name")).replace(/\s+/g, " "),
      quantity,
      paid: owed ?? (unit !== null ? Math.round((unit + (tax ?? 0)) * quantity * 100) / 100 : null),
      discount: discount !== null && discount < 0 ? -discount : 0,
      condition: given(cellOf(row, columns, "Product Condition")),
      status: given(cellOf(row, columns, "Order Status")),
      shipment: given(cellOf(row, columns, "Shipment Status")),
      shipped,
      line,
    },
    shipTo: given(cellOf(row, columns, "Shipping Address")),
    billTo: given(cellOf(row, columns, "Billing Address")),
    gift: message || sender ? { message, sender } : null,
  };
}

/**
 * Reads `file`, Amazon's order history (Retail.OrderHistory.N.csv: UTF-8 CSV, streamed through csv-parse),
 * as notes of the user's (format `note`, said by the user, speaker "User"): a note per month of orders by
 * their time (externalId `amazon:orders:2026-10`, title "Amazon orders, October 2026"), each order a
 * paragraph of its time ({@link orderWords}: a sentence per item, what was bought, for how much, on what
 * day, where it was sent and the gift's message, a cancelled item said as cancelled, one not shipped yet so
 * said, and the returns that Retail.CustomerReturns beside it names), named by the order's link
 * (`https://www.amazon.co.uk/gp/your-account/order-details?orderID=203-4471180-2261114`), so a later
 * download adds only the orders new or changed since. Columns are read by name, older and newer names
 * alike ("Total Owed" or "Total Amount", "Quantity" or "Original Quantity"). An order's rows are held
 * together to the file's end (its rows may be apart), given sooner past {@link MAX_HELD_ORDER_CHARS}, as a
 * new order starts. Paragraphs in time order. Turn metadata: `{ line, amazon: { orderId, website,
 * currency, items: [{ asin, name, quantity, paid, status, shipped }], sentTo, gift, returns } }` (`line`:
 * where the order's first row starts; `sentTo` "Margaret Morgan, Whitby": the addresses, billing address
 * and payment card are not kept).
 * @throws ImportError naming the file and where: a cell that is wrong, at its row's line and by its
 *   column's place and name (`line 7, column 3 "Order Date": "03/10/2026": expected the order's time as
 *   Amazon writes it, "2026-10-03T18:21:44Z"`; an empty Order ID, a Quantity that is no number, an
 *   amount that is none, a Ship Date that is no time); a header without "Order ID", "Order Date" or
 *   "Product Name" (`line 1`); the CSV's own faults (an unclosed or stray quote, a record over
 *   {@link MAX_RECORD_CHARS} characters) at the line csv-parse stopped at; invalid UTF-8 at its line and
 *   byte. A file that is no note says why, "the note has no text: …" (a folder passes it over, saying so):
 *   Retail.CustomerReturns (told with the orders), any other file of the download ({@link
 *   amazonPassedOver}), and an order history with no order.
 */
export async function* parseAmazon(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const start = fileStart(file) ?? "";
  const kind = amazonKind(start);
  const aside = kind === null ? amazonPassedOver(file) : noNote(kind);
  if (aside) throw new ImportError(file, "line 1", `${NO_TEXT}: ${aside}`);
  if (kind !== "orders")
    throw new ImportError(file, "line 1", `not Amazon's order history (Retail.OrderHistory.1.csv opens "${AMAZON_ORDER_COLUMNS.slice(0, 4).join('","')}",…)`);
  const info = await stat(file);
  const returns = await returnsBeside(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new HeldNotes({ records: "log" });
  const orders = new Map<string, Order>();
  let held = 0;
  let columns: CsvColumns | null = null;
  let read = 0;
  let last = "";
  const give = function* (): Generator<ParsedConversation> {
    for (const order of [...orders.values()].sort((a, b) => a.at - b.at)) {
      const note = monthNote(order.at);
      yield* notes.add(note.key, note.title, orderTurn(order, returns.get(order.id) ?? []));
    }
    orders.clear();
    held = 0;
    yield* notes.given();
  };
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      columns = new Map(cells.map((c, i) => [c.trim().toLowerCase(), i]));
      const missing = ["Order ID", "Order Date", "Product Name"].find((c) => !columns!.has(c.toLowerCase()));
      if (missing)
        throw new ImportError(
          file,
          `line ${line}`,
          `no "${missing}" column: not Amazon's order history (its header opens "${AMAZON_ORDER_COLUMNS.slice(0, 4).join('","')}",…)`,
        );
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const r = rowOf(file, cells, columns, line);
    // (past the bound, the orders held are given as a new one starts: an order's rows, side by side, stay one paragraph)
    if (held > MAX_HELD_ORDER_CHARS && r.id !== last) yield* give();
    last = r.id;
    read++;
    let order = orders.get(r.id);
    if (!order) {
      const elsewhere = r.shipTo && (r.gift || (r.billTo && addressKey(r.shipTo) !== addressKey(r.billTo)));
      order = {
        id: r.id,
        at: r.at,
        website: r.website,
        currency: r.currency,
        items: [],
        sentTo: elsewhere ? recipientOf(r.shipTo) : null,
        gift: r.gift,
        line,
      };
      orders.set(r.id, order);
    }
    if (!order.gift && r.gift) order.gift = r.gift;
    order.items.push(r.item);
    held += r.item.name.length + (r.gift?.message.length ?? 0) + 256;
  }
  if (!columns)
    throw new ImportError(file, "line 1", `no header: not Amazon's order history (its header opens "${AMAZON_ORDER_COLUMNS.slice(0, 4).join('","')}",…)`);
  if (!read) throw new ImportError(file, `line ${csv.lastLine()}`, `${NO_TEXT}: an Amazon order history with no order`);
  yield* give();
}
