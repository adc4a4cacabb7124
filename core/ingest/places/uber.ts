/**
 * Uber's "Download your data" (Uber app → Account → Settings → Privacy → Download your data; or
 * myprivacy.uber.com), unzipped: a folder `Uber Data/` of CSV files (RFC 4180, UTF-8; parsed by
 * csv-parse, streamed: csv-records.ts), in two generations, each told by its header, whatever the file's name:
 *
 * - the classic download: `Rider/trips_data.csv`, a row per ride asked for, newest first, its header
 *   `City,Product Type,Trip or Order Status,Request Time,Begin Trip Time,Begin Trip Lat,Begin Trip
 *   Lng,Begin Trip Address,Dropoff Time,Dropoff Lat,Dropoff Lng,Dropoff Address,Distance (miles),Fare
 *   Amount,Fare Currency`; times in UTC as Go writes them ("2026-10-06 04:06:40 +0000 UTC"); "Trip or
 *   Order Status" "COMPLETED", "FARE_SPLIT", "CANCELED" (by the rider), "DRIVER_CANCELED" …;
 *   an Uber Eats delivery a row of its own, "Product Type" "UberEATS Marketplace"; a ride that never
 *   began has no begin time (empty, or the epoch or Go's zero time: read as none) nor addresses, and its fee
 *   as its fare.
 *   `Eats/eats_order_details.csv`, a row per item of an order (`Territory,Restaurant ID,Order ID,Order
 *   Time,Order Status,Item Name,Customizations,Special Instructions,Item Price,Order Price,Currency`, the
 *   order's time, status and price on each row), the restaurant named by its ID only: its name is in
 *   `Eats/eats_restaurant_names.csv` beside it (`City,Restaurant ID,Restaurant Name,Order Time`);
 * - the newer download (as of 2025): `Rider/trips_data-0.csv` (or `rider_lifetime_trips-0.csv`) in
 *   snake_case, `city_name,currency_code,timezone,…,product_type_name,global_product_name,
 *   request_timestamp_local,request_timestamp_utc,…,begintrip_timestamp_utc,…,begintrip_address,
 *   dropoff_timestamp_local,dropoff_timestamp_utc,…,dropoff_address,…,trip_distance_miles,
 *   trip_duration_seconds,status,…,fare_amount,…,card_number` (some write `begintrip_string` and
 *   `destination_string` for the places, `client_upfront_fare_local` and `original_fare_local` for the
 *   fare, `tip_amount_local_currency`); times ISO 8601 ("2026-02-04T11:44:28.000Z"), the `_utc` ones in
 *   UTC, the `_local` ones the city's clock with a false "Z", `timezone` its zone ("Europe/London");
 *   `status` "completed", "rider_canceled", "driver_canceled" …. `Eats/user_orders-0.csv`
 *   (`City_Name,Restaurant_Name,Request_Time_Local,Final_Delivery_Time_Local,Order_Status,Item_Name,
 *   Item_quantity,Customizations,Customization_Cost_Local,Special_Instructions,Item_Price,Order_Price,
 *   Currency`), a row per item and customization (an item chosen with two options on two rows), no
 *   order ID: an order is its restaurant and its time, which is the local clock with a false "Z" and no
 *   zone, read as the user's clock (UTC, as every time with no zone).
 *
 * Checked against public readers of the download: a rides-and-Eats cost logger's types of the classic
 * CSVs, a French walk-through of the download's tree and rows, analyses dropping "UberEATS Marketplace"
 * rows and keeping "COMPLETED" and "FARE_SPLIT" ones, readers joining eats_order_details.csv to
 * eats_restaurant_names.csv by "Restaurant ID" and parsing "%Y-%m-%d %H:%M:%S %z %Z"; a ride-wrapped
 * app's notes on trips_data-0.csv's columns and user_orders-0.csv's, importers' fixtures of both (the
 * false "Z" of `_local`, "rider_canceled", an item's options on rows of their own, Order_Price repeated).
 *
 * What the user did is read as notes of theirs (format `note`, said by the user): the rides a note per
 * month ("Uber rides, October 2026"), each ride a paragraph of its time in words ("Took an Uber (UberX)
 * from 14 Beech Rd, Chorlton-cum-Hardy, Manchester M21 9EG, UK to Terminal 2, Manchester Airport, … on
 * Tuesday 6 October, 04:06–04:31 UTC, 11.2 miles, £31.85."; a cancelled ride "Asked for an Uber … at
 * 17:29 UTC, then cancelled it; charged a £5.00 cancellation fee.", one the driver cancelled so said, one
 * that names no place and charged nothing left out: nothing in it to recall); the
 * Eats orders a note per month ("Uber Eats orders, October 2026"), each order a paragraph ("Ordered from
 * Dishoom Manchester on Uber Eats on Friday 9 October at 19:42 UTC: 1× House Black Daal, 2× Garlic Naan,
 * £41.85. Wrote with the order: "Please knock, …"."; a cancelled one so said). Times with their zone: UTC as the
 * classic download gives them, a newer ride's on its city's clock with its zone ("18:21 BST"). A ride is
 * named by the time it was asked for (`uber:ride:2026-10-06T03:58:12.000Z`), an order by its ID
 * (`uber:eats:7a2d…`, else its time and restaurant), so a later download adds only the new ones. Uber
 * Eats' rows among the rides are left out (each order is told from the Eats files); the coordinates,
 * the payment card and the account's details are never kept. Every other file of the download is
 * passed over, said why ({@link uberPassedOver}).
 */
import { readdirSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { type CsvColumns, csvRecords, headerCells } from "../kit/csv-records.js";
import { downloadAbove, rememberedTest } from "../kit/download-root.js";
import { fileStart } from "../kit/file-start.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { amountWords, dayWords } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { isoToMs } from "../../time/import-dates.js";
import { monthYear } from "../../time/format.js";

/** What a CSV of Uber's download holds, by its header: the rides, the Eats orders, or the Eats restaurants' names. */
export type UberKind = "rides" | "orders" | "restaurants";

/** Most characters of one CSV record: an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 1024 * 1024;

/** Most characters of Eats orders held before those read so far are given (an order met again after is told again, its paragraph the newer). */
export const MAX_HELD_ORDER_CHARS = 8 * 1024 * 1024;

/** Most characters of restaurant names read from eats_restaurant_names.csv beside the orders; past it, later restaurants are not named. */
export const MAX_RESTAURANT_CHARS = 4 * 1024 * 1024;

/** Most items of one order told in its paragraph; the rest are counted. */
export const MAX_ITEMS_TOLD = 100;

/** A column's name as read: lower-cased, "_" and runs of spaces one space ("Request_Time_Local" → "request time local"). */
function columnName(cell: string): string {
  return cell
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, " ");
}

/** What a CSV of Uber's download is, from its start (its text, a byte-order mark dropped), or null: see the module comment for the headers. */
export function uberKind(start: string): UberKind | null {
  const cells = new Set(headerCells(start).map(columnName));
  const has = (...names: string[]) => names.every((n) => cells.has(n));
  if (has("trip or order status", "request time", "begin trip address", "dropoff address")) return "rides";
  if (has("request timestamp utc") && (has("begintrip timestamp utc") || has("begintrip timestamp local"))) return "rides";
  if (has("order status", "item name", "order price") && (has("order time") || has("request time local"))) return "orders";
  if (has("restaurant id", "restaurant name", "order time") && !cells.has("item name")) return "restaurants";
  return null;
}

/** Whether a file's start and path are Uber's rides or Eats orders by its header ({@link uberKind}), or any other CSV of an unzipped Uber download ({@link uberPassedOver}). */
export function isUberCsv(start: string, file: string): boolean {
  return uberKind(start) !== null || (/\.csv$/i.test(file) && uberPassedOver(file) !== null);
}

/** The folders of an Uber download, lower-cased. */
const DOWNLOAD_FOLDERS = new Set(["rider", "eats", "account and profile", "driver", "regional information"]);
/** The CSVs whose presence in Rider/ or Eats/ makes a folder an Uber download. */
const RECORD_FILES = /^(?:trips_data|rider_lifetime_trips|eats_order_details|user_orders)(?:-\d+)?\.csv$/i;

/** Whether the folder `root` is an unzipped Uber download: its `Rider/` or `Eats/` holds trips_data.csv, eats_order_details.csv or their newer names (remembered per folder, at most 64). */
const isUberDownload = rememberedTest((root) => {
  let found = false;
  for (const name of readdirSync(root)) {
    if (!/^(?:rider|eats)$/i.test(name)) continue;
    try {
      if (readdirSync(join(root, name)).some((f) => RECORD_FILES.test(f))) found = true;
    } catch {
      // (a file named Rider, or a folder that cannot be read)
    }
  }
  return found;
});

/** The unzipped Uber download `file` is of and its path inside it ("Rider/trips_data.csv"), or null: its folder or one at most two above it holding Rider/ or Eats/ with their rides or orders, the file at its top or in one of its folders (a folder the user keeps there is none of it). */
function downloadOf(file: string): { root: string; parts: string[] } | null {
  const download = downloadAbove(file, isUberDownload, 2);
  return download && (download.parts.length === 1 || DOWNLOAD_FOLDERS.has(download.parts[0]!.toLowerCase())) ? download : null;
}

/** Why eats_restaurant_names.csv is no note: its names are told with the orders. */
const RESTAURANTS_TOLD = "the names of the restaurants ordered from on Uber Eats, each told with its orders, from eats_order_details.csv";

/** Why each other file of Uber's download is passed over, by its name or folder (lower-cased path inside the download). */
const ASIDE: ReadonlyArray<readonly [RegExp, string]> = [
  [/app_analytics/, "Uber's log of the app's use (every tap, with where the phone was, its device and network): no one's words"],
  [/ratings/, "the ratings Uber's drivers gave the account, no words"],
  [/payment/, "the payment cards and accounts on Uber, never kept"],
  [/saved_locations/, "the places saved in the Uber app (home, work): the account's addresses, not kept"],
  [/support|ticket/, "messages with Uber's support, not read"],
  [/profile/, "the Uber account's profile (name, email, phone number), not kept"],
  [/^driver\//, "the account's records as an Uber driver, not read: Engram reads the rides taken and the Eats orders"],
  [/^regional information\//, "Uber's notice to the account's region of whom it shares data with, no one's words"],
  [/^readme|^[^/]*\.html?$/, "Uber's guide to the files of its download"],
];

/**
 * Why `file` is passed over unread, in words, when it is a file of an unzipped Uber download
 * ({@link downloadOf}) that Engram does not read: eats_restaurant_names.csv (told with the orders), the
 * app's analytics, ratings, payment methods, saved places, support tickets, the profile, a driver's
 * records, the regional notice (`For_California_users.txt`), the download's guide, a trips_data.csv or
 * eats_order_details.csv whose header is none Engram knows, and any other of its files ("Uber's
 * promotions.csv, the account's data"); null for the rides and Eats orders (a CSV with
 * their header), for a file of no Uber download, and for one of a folder the user keeps inside it. Reads
 * the first KiB of a CSV, and lists the folders above once each (remembered).
 */
export function uberPassedOver(file: string): string | null {
  const download = downloadOf(file);
  if (!download) return null;
  if (/\.csv$/i.test(file)) {
    const start = fileStart(file);
    const kind = start === null ? null : uberKind(start);
    if (kind === "rides" || kind === "orders") return null;
    if (kind === "restaurants") return RESTAURANTS_TOLD;
    if (RECORD_FILES.test(basename(file)))
      return `Uber's ${basename(file)}, but its header is none Engram knows (trips_data.csv opens "City,Product Type,Trip or Order Status,…"): not read`;
  }
  const path = download.parts.join("/").toLowerCase();
  const known = ASIDE.find(([name]) => name.test(path));
  return known ? known[1] : `Uber's ${basename(file)}, the account's data`;
}

/** A cell of a row, by the first of its column's names the header has: its value trimmed, its place and the header's name of it. */
interface Cell {
  value: string;
  at: number;
  name: string;
}

/** A CSV's header: each column's index by its {@link columnName}, and the names as written. */
interface Header {
  columns: CsvColumns;
  names: string[];
}

/**
 * The cell of `row` under the first of `names` (as {@link columnName} writes them) the header has that
 * holds a value (a cancelled ride's empty `dropoff_address` gives way to its `destination_string`), else
 * under the first it has; value "" when none.
 */
function cellOf(row: string[], header: Header, ...names: string[]): Cell {
  let empty: Cell | null = null;
  for (const name of names) {
    const at = header.columns.get(name);
    if (at === undefined) continue;
    const cell = { value: (row[at] ?? "").trim(), at, name: header.names[at]!.trim() };
    if (cell.value) return cell;
    empty ??= cell;
  }
  return empty ?? { value: "", at: -1, name: names[0]! };
}

/** Where a cell is, as an ImportError's location: `line 7, column 4 "Request Time"`. */
function where(line: number, cell: Cell): string {
  return `line ${line}, column ${cell.at + 1} "${cell.name}"`;
}

/** A time as Uber writes it: Go's "2026-10-06 04:06:40 +0000 UTC" (fractions of a second in some), or ISO 8601 "2026-02-04T11:44:28.000Z"; with no zone, UTC. */
const TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?(?:\s+[A-Z]{2,5})?$/i;

/**
 * The time a cell gives (epoch ms), or null when it gives none: empty, or on Go's zero day "0001-01-01 …"
 * or the epoch's "1970-01-01 …" (which stand for a time a ride never had).
 * @throws ImportError naming the line and the column: any other value.
 */
function timeOf(file: string, line: number, cell: Cell): number | null {
  if (!cell.value || /^(?:0001|1970)-01-01\b/.test(cell.value)) return null;
  const m = TIME.exec(cell.value);
  const at = m ? isoToMs(`${m[1]}T${m[2]}${m[3] ?? ""}`) : Number.NaN;
  if (Number.isNaN(at))
    throw new ImportError(file, where(line, cell), `${JSON.stringify(cell.value)}: expected a time as Uber writes it, "2026-10-06 04:06:40 +0000 UTC"`);
  return at;
}

/** The digits of an amount a cell gives ("14.20", "1219.5"; "1,219.50" with a thousands comma), or "" for none. @throws ImportError naming the line and the column: any other value. */
function amountOf(file: string, line: number, cell: Cell): string {
  const value = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(cell.value) ? cell.value.replace(/,/g, "") : cell.value;
  if (!value) return "";
  if (!/^-?\d+(?:\.\d+)?$/.test(value)) throw new ImportError(file, where(line, cell), `${JSON.stringify(cell.value)}: expected an amount, "14.20"`);
  return value;
}

/** Whether the digits of an amount are none or zero ("", "0", "0.00"). */
function isZero(digits: string): boolean {
  return !digits || Number(digits) === 0;
}

/** A clock a time is told on: the time on it (ms, its day and hour read as UTC), and the zone's name said after it ("UTC", "BST", "" for the user's own clock). */
interface Clock {
  at: number;
  zone: string;
}

/** Each time zone's formatter, made once. */
const ZONES = new Map<string, Intl.DateTimeFormat>();

/** `at` (epoch ms) on the clock of `zone` (an IANA name, "Europe/London"), with the zone's short name ("BST", "GMT", "CEST", "GMT-5"); UTC when the zone is none or unknown. */
function clockIn(at: number, zone: string): Clock {
  if (!zone || /^(?:utc|etc\/utc|gmt)$/i.test(zone)) return { at, zone: "UTC" };
  let format = ZONES.get(zone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-GB", {
        timeZone: zone,
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
        hourCycle: "h23",
        timeZoneName: "short",
      });
    } catch {
      return { at, zone: "UTC" };
    }
    if (ZONES.size >= 64) ZONES.clear();
    ZONES.set(zone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const n = (type: string) => Number(part(type));
  return { at: Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")), zone: part("timeZoneName") };
}

/** A clock's time of day, "04:06". */
function hhmm(clock: Clock): string {
  return new Date(clock.at).toISOString().slice(11, 16);
}

/** A clock's zone said after its time, " UTC" ("" for the user's own clock). */
function zoneWords(clock: Clock): string {
  return clock.zone ? ` ${clock.zone}` : "";
}

/** The note of a month of rides or orders: keyed by its month on the clock told ("uber:rides:2026-10"), titled "Uber rides, October 2026". */
function monthNote(kind: "rides" | "eats", clock: Clock): { key: string; title: string } {
  const month = new Date(clock.at).toISOString().slice(0, 7);
  return { key: `uber:${kind}:${month}`, title: `${kind === "rides" ? "Uber rides" : "Uber Eats orders"}, ${monthYear(clock.at)}` };
}

/** A ride as its row gives it. */
interface Ride {
  status: string;
  product: string;
  city: string;
  requested: number;
  began: number | null;
  droppedOff: number | null;
  zone: string;
  from: string;
  to: string;
  miles: string;
  fare: string;
  tip: string;
  currency: string;
  line: number;
}

/** How a ride ended, by its status: taken (completed, the fare split), cancelled by the rider or by the driver, or did not go ahead. */
function outcome(status: string): "taken" | "split" | "cancelled" | "driver" | "other" {
  const s = status.toLowerCase();
  if (!s || s === "completed") return "taken";
  if (s === "fare_split") return "split";
  if (/driver.?cancel/.test(s)) return "driver";
  if (/cancel/.test(s)) return "cancelled";
  return "other";
}

/** Whether a ride was taken (completed, or its fare split), not cancelled nor failed. */
function isTaken(r: Ride): boolean {
  const ended = outcome(r.status);
  return ended === "taken" || ended === "split";
}

/** "UberX" for "uberX" (older rows name the product in lower case first), "Comfort" as written. */
function productWords(product: string): string {
  return product.replace(/^uber/, "Uber");
}

/** How far a ride went, "11.2 miles" ("" for none). */
function milesWords(digits: string): string {
  if (isZero(digits)) return "";
  const miles = Number(digits).toFixed(1);
  return `${miles} ${miles === "1.0" ? "mile" : "miles"}`;
}

/**
 * A ride in words, as the user would note it: "Took an Uber (UberX) from … to … on Tuesday 6 October,
 * 04:06–04:31 UTC, 11.2 miles, £31.85." (", plus a £2.00 tip"; "(the fare split)"); a ride cancelled
 * "Asked for an Uber (UberX) from … on Friday 23 October at 17:29 UTC, then cancelled it; charged a
 * £5.00 cancellation fee.", one the driver cancelled "…; the driver cancelled it.", one that did not go
 * ahead "…; it did not go ahead (Uber's status: …).".
 */
function rideWords(r: Ride): string {
  const what = `an Uber${r.product ? ` (${productWords(r.product)})` : ""}`;
  const route = `${r.from ? ` from ${r.from}` : ""}${r.to ? ` to ${r.to}` : ""}`;
  const ended = outcome(r.status);
  const paid = isZero(r.fare) ? "" : amountWords(r.fare, r.currency);
  if (ended === "taken" || ended === "split") {
    const start = clockIn(r.began ?? r.requested, r.zone);
    const end = r.began !== null && r.droppedOff !== null ? clockIn(r.droppedOff, r.zone) : null;
    const when = end ? `, ${hhmm(start)}–${hhmm(end)}${zoneWords(end)}` : ` at ${hhmm(start)}${zoneWords(start)}`;
    const tip = isZero(r.tip) ? "" : `, plus a ${amountWords(r.tip, r.currency)} tip`;
    const parts = [milesWords(r.miles), paid ? `${paid}${ended === "split" ? " (the fare split)" : ""}` : ""].filter(Boolean);
    return `Took ${what}${route} on ${dayWords(start.at)}${when}${parts.length ? `, ${parts.join(", ")}` : ""}${tip}.`;
  }
  const asked = clockIn(r.requested, r.zone);
  const head = `Asked for ${what}${route} on ${dayWords(asked.at)} at ${hhmm(asked)}${zoneWords(asked)}`;
  if (ended === "cancelled") return `${head}, then cancelled it${paid ? `; charged a ${paid} cancellation fee` : ""}.`;
  if (ended === "driver") return `${head}; the driver cancelled it${paid ? ` (charged ${paid})` : ""}.`;
  return `${head}; it did not go ahead (Uber's status: ${r.status}).`;
}

/** A ride's paragraph of its month's note: named by the time it was asked for (`key`), of the time it began (else was asked for). */
function rideTurn(r: Ride, key: string): ParsedTurn {
  return {
    externalId: key,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: r.began ?? r.requested,
    text: rideWords(r),
    metadata: {
      line: r.line,
      uber: {
        status: r.status,
        ...(r.product ? { product: r.product } : {}),
        ...(r.city ? { city: r.city } : {}),
        requested: new Date(r.requested).toISOString(),
        ...(r.began !== null ? { began: new Date(r.began).toISOString() } : {}),
        ...(r.droppedOff !== null ? { droppedOff: new Date(r.droppedOff).toISOString() } : {}),
        ...(r.zone ? { zone: r.zone } : {}),
        ...(r.from ? { from: r.from } : {}),
        ...(r.to ? { to: r.to } : {}),
        ...(isZero(r.miles) ? {} : { miles: Number(r.miles) }),
        ...(r.fare ? { fare: Number(r.fare) } : {}),
        ...(isZero(r.tip) ? {} : { tip: Number(r.tip) }),
        ...(r.currency ? { currency: r.currency } : {}),
      },
    },
  };
}

/** The header's names of a ride's cells, classic and newer (as {@link columnName} writes them). */
const RIDE_COLUMNS = {
  status: ["trip or order status", "status"],
  product: ["product type", "product type name", "global product name"],
  city: ["city", "city name"],
  requested: ["request time", "request timestamp utc"],
  began: ["begin trip time", "begintrip timestamp utc"],
  droppedOff: ["dropoff time", "dropoff timestamp utc"],
  zone: ["timezone"],
  from: ["begin trip address", "begintrip address", "begintrip string"],
  to: ["dropoff address", "destination string"],
  miles: ["distance (miles)", "trip distance miles"],
  fare: ["fare amount", "client upfront fare local", "original fare local"],
  tip: ["tip amount local currency"],
  currency: ["fare currency", "currency code"],
} as const;

/** The ride `row` gives. @throws ImportError naming the line and the column of a bad cell. */
function rideOf(file: string, row: string[], header: Header, line: number): Ride {
  const cell = (name: keyof typeof RIDE_COLUMNS) => cellOf(row, header, ...RIDE_COLUMNS[name]);
  const requestCell = cell("requested");
  const requested = timeOf(file, line, requestCell);
  if (requested === null)
    throw new ImportError(file, where(line, requestCell), 'empty: expected the time the ride was asked for, "2026-10-06 03:58:12 +0000 UTC"');
  const place = (c: Cell) => c.value.replace(/\s+/g, " ");
  return {
    status: cell("status").value,
    product: cell("product").value,
    city: cell("city").value,
    requested,
    began: timeOf(file, line, cell("began")),
    droppedOff: timeOf(file, line, cell("droppedOff")),
    zone: cell("zone").value,
    from: place(cell("from")),
    to: place(cell("to")),
    miles: amountOf(file, line, cell("miles")),
    fare: amountOf(file, line, cell("fare")),
    tip: amountOf(file, line, cell("tip")),
    currency: cell("currency").value,
    line,
  };
}

/** An item of an Eats order: its name, how many, the options chosen. */
interface Item {
  name: string;
  quantity: number;
  options: string[];
}

/** An Eats order as its rows give it. */
interface Order {
  id: string;
  restaurant: string;
  restaurantId: string;
  at: number;
  /** Whether its time is the user's own clock (user_orders' `Request_Time_Local`), not UTC. */
  local: boolean;
  delivered: number | null;
  status: string;
  items: Item[];
  instructions: string[];
  price: string;
  currency: string;
  line: number;
}

/** The header's names of an order's cells, classic and newer. */
const ORDER_COLUMNS = {
  id: ["order id"],
  restaurantId: ["restaurant id"],
  restaurant: ["restaurant name"],
  time: ["order time", "request time local"],
  delivered: ["final delivery time local"],
  status: ["order status"],
  item: ["item name"],
  quantity: ["item quantity"],
  options: ["customizations"],
  instructions: ["special instructions"],
  price: ["order price"],
  currency: ["currency"],
} as const;

/** Adds the item a row gives to `order`: an option of the item before it when the row repeats it with another option (newer downloads write an option a row), else one more of it when it is the same, else a new item. */
function addItem(order: Order, name: string, quantity: number, option: string): void {
  const last = order.items.at(-1);
  if (last && last.name === name && option && last.options.length > 0 && !last.options.includes(option) && last.quantity === quantity) {
    last.options.push(option);
    return;
  }
  const same = order.items.find((i) => i.name === name && i.options.join("|") === option);
  if (same) same.quantity += quantity;
  else order.items.push({ name, quantity, options: option ? [option] : [] });
}

/**
 * An order in words: "Ordered from Dishoom Manchester on Uber Eats on Friday 9 October at 19:42 UTC: 1×
 * House Black Daal, 2× Garlic Naan, 1× Chicken Ruby (Extra spicy), £41.85; delivered at 20:21. Wrote
 * with the order: "Please knock, the buzzer is broken"."; a cancelled order "Ordered from … at 20:20 UTC (1×
 * Honest Burger (Medium), …), then the order was cancelled.", another that did not arrive "…; it was
 * not delivered (Uber Eats' status: FAILED).".
 */
function orderWords(o: Order): string {
  const at: Clock = { at: o.at, zone: o.local ? "" : "UTC" };
  const from = o.restaurant ? `from ${o.restaurant} on Uber Eats` : "on Uber Eats";
  const head = `Ordered ${from} on ${dayWords(at.at)} at ${hhmm(at)}${zoneWords(at)}`;
  const told = o.items.slice(0, MAX_ITEMS_TOLD).map((i) => `${i.quantity}× ${i.name}${i.options.length ? ` (${i.options.join(", ")})` : ""}`);
  const more = o.items.length - told.length;
  if (more > 0) told.push(`${more} more ${more === 1 ? "item" : "items"}`);
  const items = told.join(", ");
  const status = o.status.toLowerCase();
  if (/cancel/.test(status)) return `${head}${items ? ` (${items})` : ""}, then the order was cancelled.`;
  const paid = isZero(o.price) ? "" : amountWords(o.price, o.currency);
  const delivered = o.delivered !== null ? `; delivered at ${hhmm({ at: o.delivered, zone: "" })}` : "";
  const what = [items, paid].filter(Boolean).join(", ");
  const ended = !status || status === "completed" ? "" : `; it was not delivered (Uber Eats' status: ${o.status})`;
  const asked = o.instructions.length ? ` Wrote with the order: ${o.instructions.map((s) => `"${s.replace(/"/g, "'")}"`).join(", ")}.` : "";
  return `${head}${what ? `: ${what}` : ""}${ended || delivered}.${asked}`;
}

/** An order's paragraph of its month's note: named by its ID (else its time and restaurant), of its time. */
function orderTurn(o: Order, key: string): ParsedTurn {
  return {
    externalId: key,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: o.at,
    text: orderWords(o),
    metadata: {
      line: o.line,
      uber: {
        ...(o.id ? { orderId: o.id } : {}),
        ...(o.restaurant ? { restaurant: o.restaurant } : {}),
        ...(o.status ? { status: o.status } : {}),
        items: o.items.map((i) => ({ name: i.name, quantity: i.quantity, ...(i.options.length ? { options: i.options } : {}) })),
        ...(o.price ? { price: Number(o.price) } : {}),
        ...(o.currency ? { currency: o.currency } : {}),
        ...(o.delivered !== null ? { delivered: new Date(o.delivered).toISOString() } : {}),
        ...(o.instructions.length ? { instructions: o.instructions } : {}),
      },
    },
  };
}

/**
 * The restaurants' names by their ID, from eats_restaurant_names.csv beside `file` (any CSV of its
 * folder whose header is {@link uberKind} "restaurants"); a file that cannot be read, or is faulty, gives
 * those read before; past {@link MAX_RESTAURANT_CHARS} the rest are not read.
 */
async function restaurantsBeside(file: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const dir = dirname(file);
  let held = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return names;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if (!/\.csv$/i.test(entry) || path === file || uberKind(fileStart(path) ?? "") !== "restaurants") continue;
    try {
      let header: Header | null = null;
      for await (const { cells } of csvRecords(path, statSync(path).size, MAX_RECORD_CHARS).records) {
        if (!header) {
          header = { columns: new Map(cells.map((c, i) => [columnName(c), i])), names: cells };
          continue;
        }
        const id = cellOf(cells, header, "restaurant id").value;
        const name = cellOf(cells, header, "restaurant name").value.replace(/\s+/g, " ");
        held += id.length + name.length;
        if (held > MAX_RESTAURANT_CHARS) return names;
        if (id && name) names.set(id, name);
      }
    } catch {
      // (a names file that cannot be read, or is faulty, leaves its restaurants unnamed: the orders are still read)
    }
  }
  return names;
}

/** A key not given yet in this file: `key`, or "key#2", "#3" … for the next ones alike (two rides asked for in the same second). */
function uniqueKey(seen: Map<string, number>, key: string): string {
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  return n > 1 ? `${key}#${n}` : key;
}

/** The header of a CSV's first record; `missing` names the first of `required` (as {@link columnName} writes them) it lacks. */
function headerOf(cells: string[], required: readonly string[]): { header: Header; missing: string | undefined } {
  const header = { columns: new Map(cells.map((c, i) => [columnName(c), i] as const)), names: cells };
  return { header, missing: required.find((c) => !header.columns.has(c)) };
}

/**
 * Reads `file`, Uber's rides (trips_data.csv, or the newer trips_data-0.csv: see the module comment), as
 * notes of the user's (format `note`, said by the user, speaker "User"): a note per month of rides by
 * their time (externalId `uber:rides:2026-10`, title "Uber rides, October 2026"), each ride a paragraph
 * ({@link rideWords}) named by the time it was asked for (`uber:ride:2026-10-06T03:58:12.000Z`); Uber
 * Eats' rows ("UberEATS Marketplace") left out, and a ride that did not go ahead naming no place and
 * charging nothing (a driver's cancellation before the ride asked for again: nothing in it to recall). Turn metadata `{ line, uber: { status, product, city,
 * requested, began, droppedOff, zone, from, to, miles, fare, tip, currency } }` (no coordinates, no card).
 * @throws ImportError naming the file and where: a cell that is wrong, at its line and by its column's
 *   place and name (a time that is none, `line 4, column 4 "Request Time": "06/10/2026": expected a
 *   time as Uber writes it, …`; an empty request time; an amount or distance that is no number); a
 *   header without its status or request time (`line 1`); the CSV's own faults at the line csv-parse
 *   stopped at; invalid UTF-8 at its line and byte. A file of no ride says why, "the note has no text: …".
 */
async function* parseRides(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const csv = csvRecords(file, (await stat(file)).size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new HeldNotes({ records: "log" });
  const seen = new Map<string, number>();
  let header: Header | null = null;
  let eats = 0;
  let bare = 0;
  let read = 0;
  for await (const { cells, line } of csv.records) {
    if (!header) {
      const got = headerOf(cells, []);
      header = got.header;
      const missing = [RIDE_COLUMNS.status, RIDE_COLUMNS.requested].find((names) => !names.some((n) => header!.columns.has(n)));
      if (missing) throw new ImportError(file, `line ${line}`, `no "${missing[0]}" column: not Uber's trips_data.csv`);
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const ride = rideOf(file, cells, header, line);
    // (an Uber Eats delivery's row: each order is told from the Eats files)
    if (/eats/i.test(ride.product)) {
      eats++;
      continue;
    }
    // (a ride that did not go ahead, naming no place and charging nothing: nothing in it to recall, the ride asked for again after it says more)
    if (!isTaken(ride) && !ride.from && !ride.to && isZero(ride.fare)) {
      bare++;
      continue;
    }
    read++;
    const note = monthNote("rides", clockIn(ride.began ?? ride.requested, ride.zone));
    const key = uniqueKey(seen, `uber:ride:${new Date(ride.requested).toISOString()}`);
    yield* notes.add(note.key, note.title, rideTurn(ride, key));
  }
  if (!header) throw new ImportError(file, "line 1", "no header: not Uber's trips_data.csv");
  if (!read)
    throw new ImportError(
      file,
      `line ${csv.lastLine()}`,
      `${NO_TEXT}: ${eats ? "Uber's trips_data.csv of Uber Eats deliveries only, each told from the Eats orders" : bare ? "Uber's trips_data.csv of rides that did not go ahead, naming no place and charging nothing" : "Uber's trips_data.csv with no ride"}`,
    );
  yield* notes.given();
}

/**
 * Reads `file`, Uber Eats' orders (eats_order_details.csv, or the newer user_orders-0.csv: see the module
 * comment), as notes of the user's: a note per month of orders by their time (externalId
 * `uber:eats:2026-10`, title "Uber Eats orders, October 2026"), each order a paragraph ({@link
 * orderWords}) named by its ID (`uber:eats:7a2d…`; with none, its time and restaurant), the restaurant
 * named from eats_restaurant_names.csv beside it when the orders give only its ID. An order's rows are held
 * together to the file's end, given sooner past {@link MAX_HELD_ORDER_CHARS} as a new order starts. Turn
 * metadata `{ line, uber: { orderId, restaurant, status, items: [{ name, quantity, options }], price,
 * currency, delivered, instructions } }`.
 * @throws ImportError as {@link parseRides} does: a time that is none, an empty order time, a price or
 *   quantity that is no number, a header without its status, item or time (`line 1`).
 */
async function* parseOrders(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const restaurants = await restaurantsBeside(file);
  const csv = csvRecords(file, (await stat(file)).size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new HeldNotes({ records: "log" });
  const seen = new Map<string, number>();
  const orders = new Map<string, Order>();
  let header: Header | null = null;
  let held = 0;
  let last = "";
  let read = 0;
  const give = function* (): Generator<ParsedConversation> {
    for (const o of [...orders.values()].sort((a, b) => a.at - b.at)) {
      const note = monthNote("eats", { at: o.at, zone: "" });
      const key = uniqueKey(seen, o.id ? `uber:eats:${o.id}` : `uber:eats:${new Date(o.at).toISOString()}:${o.restaurant || o.restaurantId}`);
      yield* notes.add(note.key, note.title, orderTurn(o, key));
    }
    orders.clear();
    held = 0;
    yield* notes.given();
  };
  for await (const { cells, line } of csv.records) {
    if (!header) {
      const got = headerOf(cells, ["order status", "item name"]);
      header = got.header;
      if (got.missing) throw new ImportError(file, `line ${line}`, `no "${got.missing}" column: not Uber Eats' eats_order_details.csv`);
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const cell = (name: keyof typeof ORDER_COLUMNS) => cellOf(cells, header!, ...ORDER_COLUMNS[name]);
    const timeCell = cell("time");
    const at = timeOf(file, line, timeCell);
    if (at === null) throw new ImportError(file, where(line, timeCell), 'empty: expected the time of the order, "2026-10-09 19:42:11 +0000 UTC"');
    const id = cell("id").value;
    const restaurantId = cell("restaurantId").value;
    const restaurant = (cell("restaurant").value || restaurants.get(restaurantId) || "").replace(/\s+/g, " ");
    const key = id || `${timeCell.value}|${restaurant || restaurantId}`;
    // (past the bound, the orders held are given as a new one starts: an order's rows, side by side, stay one paragraph)
    if (held > MAX_HELD_ORDER_CHARS && key !== last) yield* give();
    last = key;
    let order = orders.get(key);
    if (!order) {
      order = {
        id,
        restaurant,
        restaurantId,
        at,
        local: timeCell.name.toLowerCase().includes("local"),
        delivered: timeOf(file, line, cell("delivered")),
        status: cell("status").value,
        items: [],
        instructions: [],
        price: amountOf(file, line, cell("price")),
        currency: cell("currency").value,
        line,
      };
      orders.set(key, order);
      read++;
    }
    const quantityCell = cell("quantity");
    if (quantityCell.value && !/^\d{1,6}(?:\.0+)?$/.test(quantityCell.value))
      throw new ImportError(file, where(line, quantityCell), `${JSON.stringify(quantityCell.value)}: expected a number of items, "1"`);
    const name = cell("item").value.replace(/\s+/g, " ");
    if (name) addItem(order, name, quantityCell.value ? Number(quantityCell.value) : 1, cell("options").value.replace(/\s+/g, " "));
    const asked = cell("instructions").value.replace(/\s+/g, " ");
    if (asked && !order.instructions.includes(asked)) order.instructions.push(asked);
    held += name.length + asked.length + 256;
  }
  if (!header) throw new ImportError(file, "line 1", "no header: not Uber Eats' eats_order_details.csv");
  if (!read) throw new ImportError(file, `line ${csv.lastLine()}`, `${NO_TEXT}: Uber Eats' orders with no order`);
  yield* give();
}

/**
 * Reads `file`, a CSV of Uber's download told by its header ({@link uberKind}): the rides ({@link
 * parseRides}) or the Eats orders ({@link parseOrders}), as notes of the user's, a month a note.
 * @throws ImportError as those do; for eats_restaurant_names.csv and any other file of the download
 *   ({@link uberPassedOver}) "the note has no text: …" saying what it is (a folder passes it over, saying
 *   so); for another CSV, `line 1: not Uber's trips_data.csv nor eats_order_details.csv`.
 */
export async function* parseUber(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = uberKind(fileStart(file) ?? "");
  if (kind === "rides") yield* parseRides(file, opts);
  else if (kind === "orders") yield* parseOrders(file, opts);
  else {
    const aside = kind === "restaurants" ? RESTAURANTS_TOLD : uberPassedOver(file);
    if (aside) throw new ImportError(file, "line 1", `${NO_TEXT}: ${aside}`);
    throw new ImportError(
      file,
      "line 1",
      'not Uber\'s trips_data.csv nor eats_order_details.csv (trips_data.csv opens "City,Product Type,Trip or Order Status,Request Time",…)',
    );
  }
}
