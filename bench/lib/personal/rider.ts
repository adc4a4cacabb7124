/**
 * The rider: Jordan, in Chorlton, Manchester, takes an Uber for airport runs and late nights home and
 * orders takeaways on Uber Eats. On 29 November 2026 they ask Uber for their data (Uber app → Account →
 * Settings → Privacy → Download your data), unzip the download and import its folder (`engram import
 * "Uber Data"`). The folder is as Uber's classic download lays it out: `Rider/trips_data.csv` (a row per
 * ride asked for, newest first: `City,Product Type,Trip or Order Status,Request Time,Begin Trip
 * Time,Begin Trip Lat,Begin Trip Lng,Begin Trip Address,Dropoff Time,Dropoff Lat,Dropoff Lng,Dropoff
 * Address,Distance (miles),Fare Amount,Fare Currency`; times in UTC as Go writes them, "2026-10-06
 * 04:06:40 +0000 UTC"; statuses "COMPLETED", "CANCELED" (by the rider) and "DRIVER_CANCELED", a cancelled
 * ride with no trip times or addresses but its fee; an Uber Eats delivery among the rides as its own row,
 * Product Type "UberEATS Marketplace"), `Eats/eats_order_details.csv` (a row per item of an order:
 * `Territory,Restaurant ID,Order ID,Order Time,Order Status,Item Name,Customizations,Special
 * Instructions,Item Price,Order Price,Currency`, an item ordered twice on two rows, the order's price on
 * each) with `Eats/eats_restaurant_names.csv` beside it (`City,Restaurant ID,Restaurant Name,Order Time`:
 * the restaurants' names, which the orders give only by their ID), and what else the download holds:
 * `Rider/rider_app_analytics-0.csv` (every tap in the app with the phone's place and device),
 * `Account and Profile/profile_data.csv` and `payment_methods.csv`, and `Regional information/
 * For_California_users.txt` (Uber's notice of whom it shares data with). Checked against public readers
 * of the download: a rides-and-Eats cost logger's types of both CSVs (the columns above, "Order ID",
 * "Territory"), a French walk-through of the download's tree and of trips_data.csv's rows ("2019-02-15
 * 19:42:32 +0000 UTC", "COMPLETED", addresses with their country) and rider_app_analytics-0.csv's
 * header, analyses dropping "UberEATS Marketplace" rows and keeping "COMPLETED" and "FARE_SPLIT" ones,
 * readers joining eats_order_details.csv to eats_restaurant_names.csv by "Restaurant ID" and parsing
 * "Order Time" as "%Y-%m-%d %H:%M:%S %z %Z", an importer's fixture of payment_methods' and the profile's
 * columns. Hand-written by the developers while trying Engram as its users would, in session 36, before
 * Engram could read an Uber download (the first run's figures are in bench/README.md). With it, the
 * questions such a person asks later and the words a right answer holds, and questions nothing here
 * answers.
 */
import type { Person, PersonFile } from "./types.js";

const FOLDER = "Uber Data";
/** When the download was made (its files' modification time). */
const EXPORTED = Date.UTC(2026, 10, 29, 18, 5);

/** A cell as a CSV writes it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV as Uber writes it: a header, a row per line, LF line ends, a line end after the last row. */
function csv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return `${[header, ...rows].map((r) => r.map(cell).join(",")).join("\n")}\n`;
}

const TRIP_HEADER = [
  "City",
  "Product Type",
  "Trip or Order Status",
  "Request Time",
  "Begin Trip Time",
  "Begin Trip Lat",
  "Begin Trip Lng",
  "Begin Trip Address",
  "Dropoff Time",
  "Dropoff Lat",
  "Dropoff Lng",
  "Dropoff Address",
  "Distance (miles)",
  "Fare Amount",
  "Fare Currency",
] as const;

/** A time as Uber's classic download writes it: "2026-10-06 04:06:40 +0000 UTC". */
function utc(iso: string): string {
  return `${iso.replace("T", " ")} +0000 UTC`;
}

/** What the download writes for a time a cancelled ride never had. */
const NEVER = "1970-01-01 00:00:00 +0000 UTC";

const HOME = "14 Beech Rd, Chorlton-cum-Hardy, Manchester M21 9EG, UK";
const HOME_AT = ["53.44129", "-2.27731"];
const AIRPORT = "Terminal 2, Manchester Airport, Manchester M90 1QX, UK";
const AIRPORT_AT = ["53.36523", "-2.27092"];
const SCHLOSS = "Albert's Schloss, 27 Peter St, Manchester M2 5QR, UK";
const SCHLOSS_AT = ["53.47809", "-2.24762"];
const WORK = "1 Spinningfields, Quay St, Manchester M3 3JE, UK";
const WORK_AT = ["53.48069", "-2.25404"];
const PICCADILLY = "Manchester Piccadilly Station, London Rd, Manchester M1 2BN, UK";
const PICCADILLY_AT = ["53.47739", "-2.23089"];
const MAYFIELD = "Depot Mayfield, 11 Baring St, Manchester M1 2PY, UK";
const MAYFIELD_AT = ["53.47451", "-2.22718"];
const INFIRMARY = "Manchester Royal Infirmary, Oxford Rd, Manchester M13 9WL, UK";
const INFIRMARY_AT = ["53.46231", "-2.22591"];
const HAWKSMOOR = "Hawksmoor, 184-186 Deansgate, Manchester M3 3WB, UK";
const HAWKSMOOR_AT = ["53.47907", "-2.24881"];
const VICTORIA = "Manchester Victoria Station, Todd St, Manchester M3 1WY, UK";
const VICTORIA_AT = ["53.48751", "-2.24243"];
const DISHOOM = "Dishoom, 32 Bridge St, Manchester M3 3BT, UK";
const DISHOOM_AT = ["53.48104", "-2.24997"];

/** A ride as trips_data.csv gives it: when it was asked for, began and ended (ISO, UTC), from and to, how far, what it cost. */
interface Ride {
  product?: string;
  status?: string;
  request: string;
  begin?: string;
  dropoff?: string;
  from?: string;
  fromAt?: string[];
  to?: string;
  toAt?: string[];
  miles?: string;
  fare: string;
}

/** A ride's row in the header's order (a cancelled ride's times as the download writes them: never; its places empty, its coordinates 0). */
function tripRow(r: Ride): string[] {
  return [
    "Manchester",
    r.product ?? "UberX",
    r.status ?? "COMPLETED",
    utc(r.request),
    r.begin ? utc(r.begin) : NEVER,
    r.fromAt?.[0] ?? "0",
    r.fromAt?.[1] ?? "0",
    r.from ?? "",
    r.dropoff ? utc(r.dropoff) : NEVER,
    r.toAt?.[0] ?? "0",
    r.toAt?.[1] ?? "0",
    r.to ?? "",
    r.miles ?? "0.00",
    r.fare,
    "GBP",
  ];
}

/** Jordan's rides, newest first, as Uber lists them. */
const RIDES: Ride[] = [
  // (a train from Victoria to Leeds)
  {
    request: "2026-11-27T07:12:54",
    begin: "2026-11-27T07:19:30",
    dropoff: "2026-11-27T07:41:02",
    from: HOME,
    fromAt: HOME_AT,
    to: VICTORIA,
    toAt: VICTORIA_AT,
    miles: "5.12",
    fare: "14.65",
  },
  // (dinner at Hawksmoor, home in a Comfort)
  {
    product: "Comfort",
    request: "2026-11-21T22:31:18",
    begin: "2026-11-21T22:37:44",
    dropoff: "2026-11-21T22:58:09",
    from: HAWKSMOOR,
    fromAt: HAWKSMOOR_AT,
    to: HOME,
    toAt: HOME_AT,
    miles: "4.21",
    fare: "16.80",
  },
  // (a hospital appointment: the first driver cancelled)
  {
    request: "2026-11-05T08:02:37",
    begin: "2026-11-05T08:09:51",
    dropoff: "2026-11-05T08:27:15",
    from: HOME,
    fromAt: HOME_AT,
    to: INFIRMARY,
    toAt: INFIRMARY_AT,
    miles: "3.98",
    fare: "12.40",
  },
  { status: "DRIVER_CANCELED", request: "2026-11-05T07:55:06", fare: "0.00" },
  // (Halloween at the Warehouse Project, home after midnight)
  {
    request: "2026-10-31T23:48:10",
    begin: "2026-10-31T23:56:31",
    dropoff: "2026-11-01T00:19:47",
    from: MAYFIELD,
    fromAt: MAYFIELD_AT,
    to: HOME,
    toAt: HOME_AT,
    miles: "4.87",
    fare: "22.75",
  },
  // (a train from Piccadilly after work: the first request cancelled, with a fee)
  {
    request: "2026-10-23T17:36:22",
    begin: "2026-10-23T17:41:05",
    dropoff: "2026-10-23T17:58:40",
    from: WORK,
    fromAt: WORK_AT,
    to: PICCADILLY,
    toAt: PICCADILLY_AT,
    miles: "1.43",
    fare: "8.90",
  },
  { status: "CANCELED", request: "2026-10-23T17:29:47", fare: "5.00" },
  // (Friday night at Albert's Schloss, home before midnight)
  {
    request: "2026-10-16T23:12:40",
    begin: "2026-10-16T23:19:02",
    dropoff: "2026-10-16T23:38:51",
    from: SCHLOSS,
    fromAt: SCHLOSS_AT,
    to: HOME,
    toAt: HOME_AT,
    miles: "4.32",
    fare: "14.20",
  },
  // (back from Lisbon)
  {
    request: "2026-10-11T21:47:03",
    begin: "2026-10-11T21:55:19",
    dropoff: "2026-10-11T22:24:48",
    from: AIRPORT,
    fromAt: AIRPORT_AT,
    to: HOME,
    toAt: HOME_AT,
    miles: "11.61",
    fare: "34.60",
  },
  // (the Dishoom order's delivery, a row of its own among the rides)
  {
    product: "UberEATS Marketplace",
    request: "2026-10-09T19:42:11",
    begin: "2026-10-09T20:04:37",
    dropoff: "2026-10-09T20:21:58",
    from: DISHOOM,
    fromAt: DISHOOM_AT,
    to: HOME,
    toAt: HOME_AT,
    miles: "3.71",
    fare: "41.85",
  },
  // (an early flight to Lisbon)
  {
    request: "2026-10-06T03:58:12",
    begin: "2026-10-06T04:06:40",
    dropoff: "2026-10-06T04:31:05",
    from: HOME,
    fromAt: HOME_AT,
    to: AIRPORT,
    toAt: AIRPORT_AT,
    miles: "11.18",
    fare: "31.85",
  },
];

const ORDER_HEADER = [
  "Territory",
  "Restaurant ID",
  "Order ID",
  "Order Time",
  "Order Status",
  "Item Name",
  "Customizations",
  "Special Instructions",
  "Item Price",
  "Order Price",
  "Currency",
] as const;

/** An Uber Eats order: its restaurant, its ID and time, its items (name, customizations, price; an item twice on two rows), what it cost in all. */
interface Order {
  restaurant: { id: string; name: string };
  id: string;
  time: string;
  status?: string;
  items: Array<[name: string, customizations: string, price: string]>;
  instructions?: string;
  price: string;
}

const DISHOOM_EATS = { id: "2f4c8a61-93d7-4b0e-a5c2-7e1d0b9f6a34", name: "Dishoom Manchester" };
const NANDOS = { id: "8b1e7d20-4c55-4f3a-9e61-0a2d7c94b1e8", name: "Nando's - Manchester Deansgate" };
const HONEST = { id: "c3a95f0e-1b7d-4e28-8d4f-6f0e2a71c5b9", name: "Honest Burgers - Manchester" };
const RUDYS = { id: "5d0e6b3a-7f21-4c9e-b8a4-1e93c2d7f054", name: "Rudy's Pizza Napoletana - Ancoats" };
const WASABI = { id: "e7b24c19-0d8a-4b6f-a3e5-92c1f8d0764a", name: "Wasabi Sushi & Bento - Market Street" };

/** Jordan's Uber Eats orders, newest first. */
const ORDERS: Order[] = [
  {
    restaurant: WASABI,
    id: "9c7e1f42-5b3d-4a08-b6e9-d1a20f7c3e85",
    time: "2026-11-26T19:15:33",
    items: [
      ["Chicken Katsu Curry", "", "8.95"],
      ["Salmon Sushi Set", "", "7.50"],
    ],
    price: "18.95",
  },
  {
    restaurant: RUDYS,
    id: "41f0a8d6-2c9e-47b1-8e53-6a0d9b2f17c4",
    time: "2026-11-20T21:10:08",
    items: [
      ["Margherita", "", "8.50"],
      ["Calabrese", "Add burrata", "13.50"],
      ["Tiramisu", "", "5.50"],
    ],
    price: "32.40",
  },
  {
    restaurant: HONEST,
    id: "b58d2e07-9a14-4c6f-a0e3-3f7b1c8d5e92",
    time: "2026-11-03T20:20:41",
    status: "CANCELED",
    items: [
      ["Honest Burger", "Medium", "13.50"],
      ["Rosemary Salted Chips", "", "4.50"],
    ],
    price: "0.00",
  },
  {
    restaurant: NANDOS,
    id: "0e6a3b9f-d471-4c82-9b5e-c2f8a1d07e36",
    time: "2026-10-18T13:05:27",
    items: [
      ["1/2 Chicken", "Extra Hot", "10.95"],
      ["Peri-Peri Chips", "", "3.95"],
      ["Halloumi", "", "4.25"],
    ],
    price: "24.15",
  },
  {
    restaurant: DISHOOM_EATS,
    id: "7a2d9e54-0f6b-4318-a9c7-5e1b3d8f2a60",
    time: "2026-10-09T19:42:11",
    items: [
      ["House Black Daal", "", "8.90"],
      ["Garlic Naan", "", "3.90"],
      ["Garlic Naan", "", "3.90"],
      ["Chicken Ruby", "Extra spicy", "13.50"],
      ["Gunpowder Potatoes", "", "6.90"],
    ],
    instructions: "Please knock, the buzzer is broken",
    price: "41.85",
  },
];

/** The rows of eats_order_details.csv: a row per item, the order's time, status, instructions and price on each. */
function orderRows(): string[][] {
  return ORDERS.flatMap((o) =>
    o.items.map(([name, customizations, price]) => [
      "Manchester",
      o.restaurant.id,
      o.id,
      utc(o.time),
      o.status ?? "COMPLETED",
      name,
      customizations,
      o.instructions ?? "",
      price,
      o.price,
      "GBP",
    ]),
  );
}

/** The rows of eats_restaurant_names.csv: a row per order, its restaurant's ID and name. */
function restaurantRows(): string[][] {
  return ORDERS.map((o) => ["Manchester", o.restaurant.id, o.restaurant.name, utc(o.time)]);
}

/** rider_app_analytics-0.csv: the app's events with the phone's place and device (two of thousands). */
const ANALYTICS = csv(
  [
    "Event Time (UTC)",
    "Session Start Time (UTC)",
    "GPS Time (UTC)",
    "Horizontal Accuracy",
    "Latitude",
    "Longitude",
    "Speed (GPS)",
    "City",
    "Cellular Carrier",
    "Carrier MCC",
    "Carrier MNC",
    "Google Play Services Status",
    "Device ID",
    "IMEI number",
    "IP Address",
    "Device Language",
    "Device Model",
    "Device OS",
    "Device OS Version",
    "Region",
    "Analytics Event Type",
  ],
  [
    [
      "2026-11-27 07:12:41.208",
      "2026-11-27 07:12:30.014",
      "2026-11-27 07:12:40.977",
      "12.0",
      "53.44127",
      "-2.27735",
      "0.0",
      "manchester",
      "EE",
      "234",
      "30",
      "success",
      "a3f81c2e-55d0-4b7a-9e14-XXX",
      "",
      "82.132.219.XXX",
      "en",
      "Pixel 8",
      "android",
      "15",
      "en_GB",
      "tap",
    ],
    [
      "2026-11-27 07:12:54.502",
      "2026-11-27 07:12:30.014",
      "2026-11-27 07:12:53.880",
      "9.5",
      "53.44129",
      "-2.27731",
      "0.0",
      "manchester",
      "EE",
      "234",
      "30",
      "success",
      "a3f81c2e-55d0-4b7a-9e14-XXX",
      "",
      "82.132.219.XXX",
      "en",
      "Pixel 8",
      "android",
      "15",
      "en_GB",
      "custom",
    ],
  ],
);

/** Their download unzipped, as `Uber Data/`, each file as Uber writes it. */
const FILES: PersonFile[] = [
  { name: `${FOLDER}/Rider/trips_data.csv`, text: csv(TRIP_HEADER, RIDES.map(tripRow)) },
  { name: `${FOLDER}/Rider/rider_app_analytics-0.csv`, text: ANALYTICS },
  { name: `${FOLDER}/Eats/eats_order_details.csv`, text: csv(ORDER_HEADER, orderRows()) },
  { name: `${FOLDER}/Eats/eats_restaurant_names.csv`, text: csv(["City", "Restaurant ID", "Restaurant Name", "Order Time"], restaurantRows()) },
  {
    name: `${FOLDER}/Account and Profile/profile_data.csv`,
    text: csv(
      ["First Name", "Last Name", "Email", "Mobile", "Rating", "Signup Lat", "Signup Long", "Referral Code", "Referred to Uber?"],
      [["Jordan", "Hale", "jordan.hale@example.com", "+447700900318", "4.91", "53.44130", "-2.27730", "jordanh1427ue", "No"]],
    ),
  },
  {
    name: `${FOLDER}/Account and Profile/payment_methods.csv`,
    text: csv(
      ["Payment Method Brand", "Bank/Issuer Name"],
      [
        ["visa", "Monzo"],
        ["paypal", ""],
      ],
    ),
  },
  {
    name: `${FOLDER}/Regional information/For_California_users.txt`,
    text:
      "In the past 12 months, Uber has sold your personal data to the following categories of third parties:\n" +
      "-Advertising network providers\n\n" +
      "In the past 12 months, Uber has disclosed your personal data for a business purpose to the following categories of third parties:\n" +
      "-Service providers\n-Payment processors\n",
  },
].map((f) => ({ ...f, mtime: EXPORTED }));

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I take an Uber to the airport?", expect: ["6 October"] },
  { question: "How much was the Uber home from Albert's Schloss?", expect: ["14.20"] },
  { question: "Where did the Uber pick me up on 31 October?", expect: ["Mayfield"] },
  { question: "What did I order from Dishoom?", expect: ["Black Daal", "Garlic Naan"] },
  { question: "How much was the last Uber Eats order?", expect: ["18.95"] },
  { question: "How much was the Uber back from the airport?", expect: ["34.60"] },
  { question: "How many miles was the Uber to the airport?", expect: ["11.2"] },
  { question: "Which takeaway order was cancelled?", expect: ["Honest Burgers"] },
  { question: "What did I get from Nando's?", expect: ["Halloumi"] },
  { question: "When did I take an Uber to Piccadilly?", expect: ["23 October"] },
  { question: "How much did Uber charge me for cancelling a ride?", expect: ["5.00"] },
  { question: "What did I tell Dishoom about the buzzer?", expect: ["knock"] },
  { question: "How much was the Uber to Liverpool?", expect: null },
  { question: "What did I order from Wagamama?", expect: null },
  { question: "What was my Uber driver's name?", expect: null },
];

/** The rider: Uber's download unzipped, imported as a folder, asked on Monday 30 November 2026. */
export const rider: Person = {
  name: "rider",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 30, 9, 0),
  questions: QUESTIONS,
};
