/**
 * Uber's "Download your data" (core/ingest/uber.ts): the rides (trips_data.csv, the newer trips_data-0.csv)
 * a note per month, each ride a paragraph of where from and to, when with its zone, how far and what it
 * cost, a cancelled one said so; the Eats orders (eats_order_details.csv with eats_restaurant_names.csv,
 * the newer user_orders-0.csv) a note per month, each order what was ordered from where, when and for how
 * much; the download's other files passed over, said why; detection by header; a later download adding
 * only what is new; a bad file's error naming the file, the line and the column.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { uberKind, uberPassedOver } from "../../core/ingest/places/uber.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-uber-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A CSV as Uber writes it: a cell quoted when it holds a comma or a quote, LF line ends. */
function csv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const cell = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return `${[header, ...rows].map((r) => r.map(cell).join(",")).join("\n")}\n`;
}

const TRIPS = [
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
];
const ORDERS = [
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
];
const NEVER = "1970-01-01 00:00:00 +0000 UTC";
const HOME = "14 Beech Rd, Chorlton-cum-Hardy, Manchester M21 9EG, UK";
const AIRPORT = "Terminal 2, Manchester Airport, Manchester M90 1QX, UK";
const SCHLOSS = "Albert's Schloss, 27 Peter St, Manchester M2 5QR, UK";
const DISHOOM_ID = "2f4c8a61-93d7-4b0e-a5c2-7e1d0b9f6a34";

/** A ride's row of the classic trips_data.csv. */
function trip(
  status: string,
  request: string,
  begin: string,
  from: string,
  dropoff: string,
  to: string,
  miles: string,
  fare: string,
  product = "UberX",
): string[] {
  return [
    "Manchester",
    product,
    status,
    request,
    begin,
    from ? "53.44129" : "0",
    from ? "-2.27731" : "0",
    from,
    dropoff,
    to ? "53.36523" : "0",
    to ? "-2.27092" : "0",
    to,
    miles,
    fare,
    "GBP",
  ];
}

/** A classic download unzipped as `folder`, as Uber lays it out. */
function classic(folder: string): string {
  write(
    `${folder}/Rider/trips_data.csv`,
    csv(TRIPS, [
      trip("COMPLETED", "2026-10-16 23:12:40 +0000 UTC", "2026-10-16 23:19:02 +0000 UTC", SCHLOSS, "2026-10-16 23:38:51 +0000 UTC", HOME, "4.32", "14.20"),
      // (cancelled by the rider, with a fee; by the driver, naming nothing: left out)
      trip("CANCELED", "2026-10-15 17:29:47 +0000 UTC", NEVER, "", NEVER, "", "0.00", "5.00"),
      trip("DRIVER_CANCELED", "2026-10-15 17:20:02 +0000 UTC", NEVER, "", NEVER, "", "0.00", "0.00"),
      // (an Uber Eats delivery's row: told from the Eats files)
      trip(
        "COMPLETED",
        "2026-10-09 19:42:11 +0000 UTC",
        "2026-10-09 20:04:37 +0000 UTC",
        "Dishoom, 32 Bridge St, Manchester M3 3BT, UK",
        "2026-10-09 20:21:58 +0000 UTC",
        HOME,
        "3.71",
        "41.85",
        "UberEATS Marketplace",
      ),
      trip("COMPLETED", "2026-09-30 03:58:12 +0000 UTC", "2026-09-30 04:06:40 +0000 UTC", HOME, "2026-09-30 04:31:05 +0000 UTC", AIRPORT, "11.18", "31.85"),
    ]),
  );
  write(
    `${folder}/Eats/eats_order_details.csv`,
    csv(ORDERS, [
      [
        "Manchester",
        DISHOOM_ID,
        "7a2d9e54",
        "2026-10-09 19:42:11 +0000 UTC",
        "COMPLETED",
        "House Black Daal",
        "",
        "Please knock, the buzzer is broken",
        "8.90",
        "41.85",
        "GBP",
      ],
      [
        "Manchester",
        DISHOOM_ID,
        "7a2d9e54",
        "2026-10-09 19:42:11 +0000 UTC",
        "COMPLETED",
        "Garlic Naan",
        "",
        "Please knock, the buzzer is broken",
        "3.90",
        "41.85",
        "GBP",
      ],
      [
        "Manchester",
        DISHOOM_ID,
        "7a2d9e54",
        "2026-10-09 19:42:11 +0000 UTC",
        "COMPLETED",
        "Garlic Naan",
        "",
        "Please knock, the buzzer is broken",
        "3.90",
        "41.85",
        "GBP",
      ],
      [
        "Manchester",
        DISHOOM_ID,
        "7a2d9e54",
        "2026-10-09 19:42:11 +0000 UTC",
        "COMPLETED",
        "Chicken Ruby",
        "Extra spicy",
        "Please knock, the buzzer is broken",
        "13.50",
        "41.85",
        "GBP",
      ],
      ["Manchester", "c3a95f0e", "b58d2e07", "2026-11-03 20:20:41 +0000 UTC", "CANCELED", "Honest Burger", "Medium", "", "13.50", "0.00", "GBP"],
    ]),
  );
  write(
    `${folder}/Eats/eats_restaurant_names.csv`,
    csv(
      ["City", "Restaurant ID", "Restaurant Name", "Order Time"],
      [
        ["Manchester", DISHOOM_ID, "Dishoom Manchester", "2026-10-09 19:42:11 +0000 UTC"],
        ["Manchester", "c3a95f0e", "Honest Burgers - Manchester", "2026-11-03 20:20:41 +0000 UTC"],
      ],
    ),
  );
  write(
    `${folder}/Rider/rider_app_analytics-0.csv`,
    "Event Time (UTC),Latitude,Longitude,Device ID,IP Address\n2026-10-16 23:12:30.014,53.47809,-2.24762,a3f8,82.132.219.1\n",
  );
  write(`${folder}/Account and Profile/profile_data.csv`, "First Name,Last Name,Email,Mobile\nJordan,Hale,jordan.hale@example.com,+447700900318\n");
  write(`${folder}/Account and Profile/payment_methods.csv`, "Payment Method Brand,Bank/Issuer Name\nvisa,Monzo\n");
  write(
    `${folder}/Regional information/For_California_users.txt`,
    "In the past 12 months, Uber has sold your personal data to: -Advertising network providers\n",
  );
  // (a note the user keeps in the download's folder is theirs, not Uber's)
  write(`${folder}/My notes/taxis.txt`, "Ask for a receipt for the airport runs.\n");
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

describe("Uber's classic download", () => {
  const folder = classic("Uber Data");
  const rides = join(folder, "Rider/trips_data.csv");
  const orders = join(folder, "Eats/eats_order_details.csv");

  it("reads the rides as a note per month, each ride a paragraph of the user's: from, to, when in UTC, how far, what it cost; a cancelled one said so", async () => {
    expect(await detectFormat(rides)).toBe("uber");
    const notes = await parsedConversations(rides);
    // (the notes in the order the download lists them, newest first; a note's rides in time order)
    expect(told(notes)).toEqual([
      [
        "uber:rides:2026-10",
        "Uber rides, October 2026",
        [
          // (the driver's cancellation, naming no place and charging nothing, left out; the Eats delivery too)
          [
            "uber:ride:2026-10-15T17:29:47.000Z",
            "2026-10-15T17:29:47.000Z",
            "Asked for an Uber (UberX) on Thursday 15 October at 17:29 UTC, then cancelled it; charged a £5.00 cancellation fee.",
          ],
          [
            "uber:ride:2026-10-16T23:12:40.000Z",
            "2026-10-16T23:19:02.000Z",
            `Took an Uber (UberX) from ${SCHLOSS} to ${HOME} on Friday 16 October, 23:19–23:38 UTC, 4.3 miles, £14.20.`,
          ],
        ],
      ],
      [
        "uber:rides:2026-09",
        "Uber rides, September 2026",
        [
          [
            "uber:ride:2026-09-30T03:58:12.000Z",
            "2026-09-30T04:06:40.000Z",
            `Took an Uber (UberX) from ${HOME} to ${AIRPORT} on Wednesday 30 September, 04:06–04:31 UTC, 11.2 miles, £31.85.`,
          ],
        ],
      ],
    ]);
    expect(notes.map((n) => [n.format, n.participants])).toEqual([
      ["note", ["User"]],
      ["note", ["User"]],
    ]);
    expect(notes.flatMap((n) => n.turns.map((t) => [t.speaker, t.role]))).toEqual(Array(3).fill(["User", "user"]));
    // (what a ride holds besides its words: no coordinates)
    expect(notes[0]!.turns[1]!.metadata).toEqual({
      line: 2,
      uber: {
        status: "COMPLETED",
        product: "UberX",
        city: "Manchester",
        requested: "2026-10-16T23:12:40.000Z",
        began: "2026-10-16T23:19:02.000Z",
        droppedOff: "2026-10-16T23:38:51.000Z",
        from: SCHLOSS,
        to: HOME,
        miles: 4.32,
        fare: 14.2,
        currency: "GBP",
      },
    });
    expect(JSON.stringify(notes)).not.toMatch(/53\.4|-2\.2/);
    expect(await validateExport(rides)).toMatchObject({ format: "uber", conversations: 2, turns: 3 });
    expect(await checkImportFile(rides)).toBe("uber");
  });

  it("reads the Eats orders as a note per month, each order what was ordered from the restaurant eats_restaurant_names.csv names, when, for how much", async () => {
    expect(await detectFormat(orders)).toBe("uber");
    const notes = await parsedConversations(orders);
    expect(told(notes)).toEqual([
      [
        "uber:eats:2026-10",
        "Uber Eats orders, October 2026",
        [
          [
            "uber:eats:7a2d9e54",
            "2026-10-09T19:42:11.000Z",
            'Ordered from Dishoom Manchester on Uber Eats on Friday 9 October at 19:42 UTC: 1× House Black Daal, 2× Garlic Naan, 1× Chicken Ruby (Extra spicy), £41.85. Wrote with the order: "Please knock, the buzzer is broken".',
          ],
        ],
      ],
      [
        "uber:eats:2026-11",
        "Uber Eats orders, November 2026",
        [
          [
            "uber:eats:b58d2e07",
            "2026-11-03T20:20:41.000Z",
            "Ordered from Honest Burgers - Manchester on Uber Eats on Tuesday 3 November at 20:20 UTC (1× Honest Burger (Medium)), then the order was cancelled.",
          ],
        ],
      ],
    ]);
    expect(notes[0]!.turns[0]!.metadata).toEqual({
      line: 2,
      uber: {
        orderId: "7a2d9e54",
        restaurant: "Dishoom Manchester",
        status: "COMPLETED",
        items: [
          { name: "House Black Daal", quantity: 1 },
          { name: "Garlic Naan", quantity: 2 },
          { name: "Chicken Ruby", quantity: 1, options: ["Extra spicy"] },
        ],
        price: 41.85,
        currency: "GBP",
        instructions: ["Please knock, the buzzer is broken"],
      },
    });
    // (chosen by --format, the same)
    expect(told(await parsedConversations(orders, "uber"))).toEqual(told(notes));
  });

  it("lists the download's files and passes over all but the rides and the orders, saying why; a note of the user's kept there is read", async () => {
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "Account and Profile/payment_methods.csv",
      "Account and Profile/profile_data.csv",
      "Eats/eats_order_details.csv",
      "Eats/eats_restaurant_names.csv",
      "My notes/taxis.txt",
      "Regional information/For_California_users.txt",
      "Rider/rider_app_analytics-0.csv",
      "Rider/trips_data.csv",
    ]);
    const why: Record<string, string | null> = {};
    for (const { file } of importPaths(folder)) {
      const aside = await passedOverInFolder(file);
      why[file.slice(folder.length + 1)] = aside;
      if (aside) expect(await folderFileFormat(file)).toBeNull();
    }
    expect(why).toEqual({
      "Account and Profile/payment_methods.csv": "the payment cards and accounts on Uber, never kept",
      "Account and Profile/profile_data.csv": "the Uber account's profile (name, email, phone number), not kept",
      "Eats/eats_order_details.csv": null,
      "Eats/eats_restaurant_names.csv": "the names of the restaurants ordered from on Uber Eats, each told with its orders, from eats_order_details.csv",
      "My notes/taxis.txt": null,
      "Regional information/For_California_users.txt": "Uber's notice to the account's region of whom it shares data with, no one's words",
      "Rider/rider_app_analytics-0.csv": "Uber's log of the app's use (every tap, with where the phone was, its device and network): no one's words",
      "Rider/trips_data.csv": null,
    });
    expect(await folderFileFormat(rides)).toBe("uber");
    expect(await folderFileFormat(orders)).toBe("uber");
    expect(await folderFileFormat(join(folder, "My notes/taxis.txt"))).toBe("note");
    // (the restaurants' names given alone: detected by their header, refused as no note, saying why)
    const names = join(folder, "Eats/eats_restaurant_names.csv");
    expect(await detectFormat(names)).toBe("uber");
    const err = await checkImportFile(names).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("the names of the restaurants ordered from on Uber Eats, each told with its orders, from eats_order_details.csv, no note");
    // (a rides file of a shape Engram does not know is said so, not read as a note)
    expect(uberPassedOver(write("Uber Data/Rider/trips_data-1.csv", "Trip ID,When,Where\n1,today,home\n"))).toBe(
      'Uber\'s trips_data-1.csv, but its header is none Engram knows (trips_data.csv opens "City,Product Type,Trip or Order Status,…"): not read',
    );
    rmSync(join(folder, "Rider/trips_data-1.csv"));
    // (a file of the same name in a folder that is no Uber download is not said to be one)
    expect(uberPassedOver(write("elsewhere/Rider/rider_app_analytics-0.csv", "a,b\n1,2\n"))).toBeNull();
  });
});

describe("Uber's newer download", () => {
  const RIDE_COLUMNS = [
    "city_name",
    "currency_code",
    "timezone",
    "product_type_name",
    "request_timestamp_local",
    "request_timestamp_utc",
    "begintrip_timestamp_local",
    "begintrip_timestamp_utc",
    "begintrip_lat",
    "begintrip_lng",
    "begintrip_address",
    "dropoff_timestamp_local",
    "dropoff_timestamp_utc",
    "dropoff_address",
    "trip_distance_miles",
    "trip_duration_seconds",
    "status",
    "is_completed",
    "fare_amount",
    "tip_amount_local_currency",
    "card_number",
  ];
  const rides = write(
    "newer/Uber Data/Rider/trips_data-0.csv",
    csv(RIDE_COLUMNS, [
      // (the _local times the city's clock with a false "Z"; told on its clock with its zone, British Summer Time)
      [
        "Manchester",
        "GBP",
        "Europe/London",
        "UberX",
        "2026-10-03T19:12:40.000Z",
        "2026-10-03T18:12:40.000Z",
        "2026-10-03T19:21:44.000Z",
        "2026-10-03T18:21:44.000Z",
        "53.47809",
        "-2.24762",
        SCHLOSS,
        "2026-10-03T19:40:02.000Z",
        "2026-10-03T18:40:02.000Z",
        HOME,
        "4.31877",
        "1098",
        "completed",
        "true",
        "14.20",
        "2.00",
        "4111111111111111",
      ],
      // (in Lisbon, on its clock; cancelled by the rider, a place named)
      [
        "Lisbon",
        "EUR",
        "Europe/Lisbon",
        "UberX",
        "2026-11-07T23:50:14.000Z",
        "2026-11-07T23:50:14.000Z",
        "",
        "",
        "",
        "",
        "Rua Augusta 24, 1100-053 Lisboa, Portugal",
        "",
        "",
        "",
        "",
        "",
        "rider_canceled",
        "false",
        "0.0",
        "",
        "",
      ],
    ]),
  );
  const orders = write(
    "newer/Uber Data/Eats/user_orders-0.csv",
    csv(
      [
        "City_Name",
        "Restaurant_Name",
        "Request_Time_Local",
        "Final_Delivery_Time_Local",
        "Order_Status",
        "Item_Name",
        "Item_quantity",
        "Customizations",
        "Customization_Cost_Local",
        "Special_Instructions",
        "Item_Price",
        "Order_Price",
        "Currency",
      ],
      [
        // (an item with two options on two rows; its time the user's clock, no zone)
        [
          "Manchester",
          "Rudy's Pizza Napoletana - Ancoats",
          "2026-11-20T21:10:08.000Z",
          "2026-11-20T21:47:15.000Z",
          "completed",
          "Margherita",
          "2",
          "",
          "",
          "",
          "17.0",
          "32.40",
          "GBP",
        ],
        [
          "Manchester",
          "Rudy's Pizza Napoletana - Ancoats",
          "2026-11-20T21:10:08.000Z",
          "2026-11-20T21:47:15.000Z",
          "completed",
          "Calabrese",
          "1",
          "Add burrata",
          "3.0",
          "Ring twice",
          "13.5",
          "32.40",
          "GBP",
        ],
        [
          "Manchester",
          "Rudy's Pizza Napoletana - Ancoats",
          "2026-11-20T21:10:08.000Z",
          "2026-11-20T21:47:15.000Z",
          "completed",
          "Calabrese",
          "1",
          "Extra chilli",
          "0.5",
          "Ring twice",
          "13.5",
          "32.40",
          "GBP",
        ],
        ["Manchester", "Wing Stop", "2026-11-22T19:03:03.000Z", "", "failed", "10 Wings", "1", "", "", "", "9.5", "9.5", "GBP"],
      ],
    ),
  );

  it("reads trips_data-0.csv's rides on their city's clock with its zone, a tip with the fare, never the card", async () => {
    expect(await detectFormat(rides)).toBe("uber");
    const notes = await parsedConversations(rides);
    expect(told(notes)).toEqual([
      [
        "uber:rides:2026-10",
        "Uber rides, October 2026",
        [
          [
            "uber:ride:2026-10-03T18:12:40.000Z",
            "2026-10-03T18:21:44.000Z",
            `Took an Uber (UberX) from ${SCHLOSS} to ${HOME} on Saturday 3 October, 19:21–19:40 BST, 4.3 miles, £14.20, plus a £2.00 tip.`,
          ],
        ],
      ],
      [
        "uber:rides:2026-11",
        "Uber rides, November 2026",
        [
          [
            "uber:ride:2026-11-07T23:50:14.000Z",
            "2026-11-07T23:50:14.000Z",
            "Asked for an Uber (UberX) from Rua Augusta 24, 1100-053 Lisboa, Portugal on Saturday 7 November at 23:50 WET, then cancelled it.",
          ],
        ],
      ],
    ]);
    expect(JSON.stringify(notes)).not.toMatch(/4111|53\.47/);
  });

  it("reads user_orders-0.csv's orders by restaurant and time, an item's options on rows of their own told with it, on the user's clock", async () => {
    expect(await detectFormat(orders)).toBe("uber");
    const notes = await parsedConversations(orders);
    expect(told(notes)).toEqual([
      [
        "uber:eats:2026-11",
        "Uber Eats orders, November 2026",
        [
          [
            "uber:eats:2026-11-20T21:10:08.000Z:Rudy's Pizza Napoletana - Ancoats",
            "2026-11-20T21:10:08.000Z",
            'Ordered from Rudy\'s Pizza Napoletana - Ancoats on Uber Eats on Friday 20 November at 21:10: 2× Margherita, 1× Calabrese (Add burrata, Extra chilli), £32.40; delivered at 21:47. Wrote with the order: "Ring twice".',
          ],
          [
            "uber:eats:2026-11-22T19:03:03.000Z:Wing Stop",
            "2026-11-22T19:03:03.000Z",
            "Ordered from Wing Stop on Uber Eats on Sunday 22 November at 19:03: 1× 10 Wings, £9.50; it was not delivered (Uber Eats' status: failed).",
          ],
        ],
      ],
    ]);
  });

  it("adds from a later download only the rides and orders new since", async () => {
    const first = [
      trip("COMPLETED", "2026-10-16 23:12:40 +0000 UTC", "2026-10-16 23:19:02 +0000 UTC", SCHLOSS, "2026-10-16 23:38:51 +0000 UTC", HOME, "4.32", "14.20"),
      trip("COMPLETED", "2026-09-30 03:58:12 +0000 UTC", "2026-09-30 04:06:40 +0000 UTC", HOME, "2026-09-30 04:31:05 +0000 UTC", AIRPORT, "11.18", "31.85"),
    ];
    const before = write("later/before/Uber Data/Rider/trips_data.csv", csv(TRIPS, first));
    const after = write(
      "later/after/Uber Data/Rider/trips_data.csv",
      csv(TRIPS, [
        trip("COMPLETED", "2026-11-02 08:00:00 +0000 UTC", "2026-11-02 08:05:00 +0000 UTC", HOME, "2026-11-02 08:20:00 +0000 UTC", AIRPORT, "11.20", "30.10"),
        ...first,
      ]),
    );
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((n) => n.turns.map((t) => ({ id: t.externalId, hash: turnHash(n, t) })));
    const stored = new Set((await hashes(before)).map((h) => h.hash));
    // (the same file again adds nothing)
    expect((await hashes(before)).filter((h) => !stored.has(h.hash))).toEqual([]);
    expect((await hashes(after)).filter((h) => !stored.has(h.hash)).map((h) => h.id)).toEqual(["uber:ride:2026-11-02T08:00:00.000Z"]);
  });
});

describe("a bad Uber file", () => {
  const ok = trip(
    "COMPLETED",
    "2026-10-16 23:12:40 +0000 UTC",
    "2026-10-16 23:19:02 +0000 UTC",
    SCHLOSS,
    "2026-10-16 23:38:51 +0000 UTC",
    HOME,
    "4.32",
    "14.20",
  );

  it("names the file, the line and the column of a bad row", async () => {
    const cases: Array<[string, string[][], string]> = [
      [
        "time.csv",
        [ok, trip("COMPLETED", "16/10/2026 23:12", "", SCHLOSS, "", HOME, "4.32", "14.20")],
        'time.csv: line 3, column 4 "Request Time": "16/10/2026 23:12": expected a time as Uber writes it, "2026-10-06 04:06:40 +0000 UTC"',
      ],
      [
        "empty.csv",
        [trip("COMPLETED", "", "", SCHLOSS, "", HOME, "4.32", "14.20")],
        'empty.csv: line 2, column 4 "Request Time": empty: expected the time the ride was asked for, "2026-10-06 03:58:12 +0000 UTC"',
      ],
      [
        "no-day.csv",
        [trip("COMPLETED", "2026-02-30 10:00:00 +0000 UTC", "", SCHLOSS, "", HOME, "4.32", "14.20")],
        'no-day.csv: line 2, column 4 "Request Time": "2026-02-30 10:00:00 +0000 UTC": expected a time as Uber writes it, "2026-10-06 04:06:40 +0000 UTC"',
      ],
      [
        "fare.csv",
        [trip("COMPLETED", "2026-10-16 23:12:40 +0000 UTC", "", SCHLOSS, "", HOME, "4.32", "£14")],
        'fare.csv: line 2, column 14 "Fare Amount": "£14": expected an amount, "14.20"',
      ],
      // (an address of two lines moves the next row's line on)
      [
        "two-lines.csv",
        [
          trip("COMPLETED", "2026-10-16 23:12:40 +0000 UTC", "", "Albert's Schloss\n27 Peter St", "", HOME, "4.32", "14.20"),
          trip("COMPLETED", "2026-10-17 23:12:40 +0000 UTC", "", SCHLOSS, "", HOME, "far", "14.20"),
        ],
        'two-lines.csv: line 4, column 13 "Distance (miles)": "far": expected an amount, "14.20"',
      ],
    ];
    for (const [name, rows, message] of cases) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, csv(TRIPS, rows)), { format: "uber" }));
      expect([err.name, err.file, err.message]).toEqual(["ImportError", join(dir, "bad", name), message]);
    }
    const quantity = await importErrorOf(
      validateExport(
        write(
          "bad/quantity.csv",
          "Restaurant_Name,Request_Time_Local,Order_Status,Item_Name,Item_quantity,Order_Price,Currency\nWing Stop,2026-11-22T19:03:03.000Z,completed,Wings,two,9.5,GBP\n",
        ),
      ),
    );
    expect(quantity.message).toBe('quantity.csv: line 2, column 5 "Item_quantity": "two": expected a number of items, "1"');
    const header = await importErrorOf(validateExport(write("bad/header.csv", "City,Product Type,Fare Amount\nManchester,UberX,14.20\n"), { format: "uber" }));
    expect(header.message).toBe(
      'header.csv: line 1: not Uber\'s trips_data.csv nor eats_order_details.csv (trips_data.csv opens "City,Product Type,Trip or Order Status,Request Time",…)',
    );
    const stray = await importErrorOf(validateExport(write("bad/stray.csv", `${csv(TRIPS, [])}Manchester,UberX,COMPLETED,"2026" x\n`)));
    expect([stray.location, stray.message]).toEqual(["line 2", expect.stringMatching(/^stray\.csv: line 2: Invalid Closing Quote/)]);
    // (rides that are all Uber Eats deliveries, or none, are no note: a folder passes them over)
    expect((await importErrorOf(validateExport(write("bad/none/trips_data.csv", csv(TRIPS, []))))).message).toBe(
      "trips_data.csv: line 1: the note has no text: Uber's trips_data.csv with no ride",
    );
    const eatsOnly = csv(TRIPS, [trip("COMPLETED", "2026-10-09 19:42:11 +0000 UTC", "", "Dishoom", "", HOME, "3.71", "41.85", "UberEATS Marketplace")]);
    expect((await importErrorOf(validateExport(write("bad/eats/trips_data.csv", eatsOnly)))).message).toBe(
      "trips_data.csv: line 2: the note has no text: Uber's trips_data.csv of Uber Eats deliveries only, each told from the Eats orders",
    );
  });

  it("tells its files by their header, and not its neighbours'", () => {
    expect(uberKind(csv(TRIPS, []))).toBe("rides");
    expect(uberKind("city_name,currency_code,timezone,product_type_name,request_timestamp_local,request_timestamp_utc,begintrip_timestamp_utc,status\n")).toBe(
      "rides",
    );
    expect(uberKind(csv(ORDERS, []))).toBe("orders");
    expect(uberKind("City_Name,Restaurant_Name,Request_Time_Local,Final_Delivery_Time_Local,Order_Status,Item_Name,Item_quantity,Order_Price,Currency\n")).toBe(
      "orders",
    );
    expect(uberKind("City,Restaurant ID,Restaurant Name,Order Time\n")).toBe("restaurants");
    // (Amazon's order history, a bank's statement, a plain table of trips: none)
    expect(uberKind('"Website","Order ID","Order Date","Currency","Total Owed","ASIN","Product Name"\n')).toBeNull();
    expect(uberKind("Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency\n")).toBeNull();
    expect(uberKind("Date,From,To,Miles,Cost\n")).toBeNull();
  });
});
