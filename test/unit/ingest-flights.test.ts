/**
 * A flight log (core/ingest/places/flights.ts) as the flight-tracking apps export it: Flighty's CSV (Settings → Export
 * flights: the 33-column header, newest first, ICAO airline codes, IATA airports, each airport's own clock with no
 * zone, "true"/"false", capitals) and myFlightradar24's (Settings → Export: an empty first line, a quoted header,
 * "London / Heathrow (LHR/EGLL)", "British Airways (BA/BAW)", "Boeing 737-800 (B738)", "08:23:00", numbers for the
 * seat's type, the class and the reason). Each flight a paragraph of the user's note of its day, a day of records: from
 * where to where, the airline and flight, its times against the schedule (a delay of 15 minutes or more said so; a
 * cancelled flight, a diverted one), the seat, cabin, aircraft and tail number, the booking reference, the terminals and
 * gates, why it was flown, the user's note; told by its header whatever its name, alone and in a folder (an empty export
 * passed over, said why), not taken for another app's CSV; importing again adds nothing, a later export only what is
 * new; a bad file refused naming the file, the line and the column, and
 * nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { flightsApp, isFlightsCsv } from "../../core/ingest/places/flights.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-flights-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** Flighty's header, as every reader of the export quotes it. */
const FLIGHTY =
  "Date,Airline,Flight,From,To,Dep Terminal,Dep Gate,Arr Terminal,Arr Gate,Canceled,Diverted To,Gate Departure (Scheduled),Gate Departure (Actual),Take off (Scheduled),Take off (Actual),Landing (Scheduled),Landing (Actual),Gate Arrival (Scheduled),Gate Arrival (Actual),Aircraft Type Name,Tail Number,PNR,Seat,Seat Type,Cabin Class,Flight Reason,Notes,Flight Flighty ID,Airline Flighty ID,Departure Airport Flighty ID,Arrival Airport Flighty ID,Diverted To Airport Flighty ID,Aircraft Type Flighty ID";

/** A Flighty row from its cells by column (the rest empty), quoted where a cell holds a comma or a quote. */
function flighty(cells: Record<string, string>): string {
  return FLIGHTY.split(",")
    .map((c) => {
      const v = cells[c] ?? "";
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(",");
}

/** Flighty's rows, newest first: a diverted flight, a delayed one, a cancelled one, an overnight one, one Flighty knows little of. */
const ROWS = {
  diverted: flighty({
    Date: "2026-10-30",
    Airline: "BAW",
    Flight: "1442",
    From: "LHR",
    To: "EDI",
    "Dep Terminal": "5",
    Canceled: "false",
    "Diverted To": "GLA",
    "Gate Departure (Scheduled)": "2026-10-30T16:20",
    "Gate Departure (Actual)": "2026-10-30T16:27",
    "Gate Arrival (Actual)": "2026-10-30T18:10",
    "Aircraft Type Name": "Airbus A321neo",
    "Tail Number": "GNEOR",
    "Cabin Class": "ECONOMY",
    "Flight Reason": "LEISURE",
    "Flight Flighty ID": "6b2e9d47-1c8a-4f3e-a5d0-93e7c4b8f162",
  }),
  delayed: flighty({
    Date: "2026-09-21",
    Airline: "TAP",
    Flight: "1351",
    From: "LHR",
    To: "LIS",
    "Dep Terminal": "2",
    "Dep Gate": "B40",
    "Arr Terminal": "1",
    Canceled: "false",
    "Gate Departure (Scheduled)": "2026-09-21T07:45",
    "Gate Departure (Actual)": "2026-09-21T10:20",
    "Take off (Scheduled)": "2026-09-21T08:00",
    "Take off (Actual)": "2026-09-21T10:38",
    "Gate Arrival (Scheduled)": "2026-09-21T10:30",
    "Gate Arrival (Actual)": "2026-09-21T13:02",
    "Aircraft Type Name": "Airbus A320neo",
    "Tail Number": "CSTVI",
    PNR: "JH3L9Q",
    Seat: "3A",
    "Seat Type": "WINDOW",
    "Cabin Class": "ECONOMY",
    "Flight Reason": "BUSINESS",
    Notes: 'Fog at Heathrow, missed the "morning" workshop',
    "Flight Flighty ID": "4e8b1c6d-a3f2-4957-b0e8-6d1a9c5f3b27",
  }),
  cancelled: flighty({
    Date: "2026-06-15",
    Airline: "BAW",
    Flight: "982",
    From: "LHR",
    To: "BER",
    "Dep Terminal": "5",
    Canceled: "true",
    "Gate Departure (Scheduled)": "2026-06-15T07:20",
    "Gate Arrival (Scheduled)": "2026-06-15T10:10",
    PNR: "M6RZTB",
    "Cabin Class": "ECONOMY",
    "Flight Reason": "BUSINESS",
    "Flight Flighty ID": "b3e6d0a8-4f29-4c75-8b1e-2a9c7f4d6e18",
  }),
  overnight: flighty({
    Date: "2026-03-13",
    Airline: "BAW",
    Flight: "212",
    From: "BOS",
    To: "LHR",
    "Dep Terminal": "E",
    "Dep Gate": "E8",
    "Arr Terminal": "T5",
    Canceled: "false",
    "Gate Departure (Scheduled)": "2026-03-13T18:15",
    "Gate Departure (Actual)": "2026-03-13T18:22",
    "Gate Arrival (Scheduled)": "2026-03-14T05:55",
    "Gate Arrival (Actual)": "2026-03-14T05:38",
    "Aircraft Type Name": "Boeing 787-9",
    "Tail Number": "GZBKF",
    PNR: "K7QX2P",
    Seat: "31K",
    "Seat Type": "WINDOW",
    "Cabin Class": "PREMIUM_ECONOMY",
    "Flight Reason": "BUSINESS",
    "Flight Flighty ID": "3a6c9f0e-2d7b-4e15-8c3a-b5f1d8e4a627",
  }),
  // (an airline and an airport not in Engram's list, its take-off and landing alone, as the Rust test's row has them)
  sparse: flighty({
    Date: "2011-05-12",
    Airline: "XLX",
    Flight: "332",
    From: "DUB",
    To: "KIR",
    Canceled: "false",
    "Take off (Scheduled)": "2011-05-12T08:15",
    "Landing (Scheduled)": "2011-05-12T09:20",
    PNR: "FY1IJP",
    "Flight Flighty ID": "cec8cb9f-3245-42f7-b864-cded4c4d8b1c",
  }),
};

/** myFlightradar24's header, its names with a space quoted, after the export's empty first line. */
const FR24 =
  '\nDate,"Flight number",From,To,"Dep time","Arr time",Duration,Airline,Aircraft,Registration,"Seat number","Seat type","Flight class","Flight reason",Note,Dep_id,Arr_id,Airline_id,Aircraft_id';

const FR24_ROWS = [
  '2026-01-19,TP1331,"London / Heathrow (LHR/EGLL)","Porto / Francisco de Sa Carneiro (OPO/LPPR)",07:40:00,10:15:00,02:35:00,"TAP Air Portugal (TP/TAP)","Airbus A320neo (A20N)",CS-TVF,12F,1,1,2,"Kickoff with the Ribeira Labs team, three days",1516,2382,874,3180',
  // (a number written without its airline's code, an aisle seat in business, an arrival clock before the departure's)
  '2014-03-15,26,"Seattle / Seattle-Tacoma (SEA/KSEA)","Chicago / O\'Hare (ORD/KORD)",19:23:00,00:38:00,03:15:00,"Alaska Airlines (AS/ASA)","Boeing 737-900 (B739)",N413AS,8C,3,2,1,,2627,2205,79,232',
  // (a month alone, no times, no airline nor aircraft, nothing of the seat given)
  '2006-02,,"Dunedin / Momona (DUD/NZDN)","Christchurch / Christchurch (CHC/NZCH)",00:00:00,00:00:00,00:41:00, (/), (),,,0,0,0,,1,2,3,4',
];

/** A file of the test folder: `text` as written. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Each note's key, title and records, and its paragraphs' name, speaker, role, time and text. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string, string, string]>]> {
  return notes.map((n) => [
    n.externalId,
    n.title,
    n.records,
    n.turns.map((t): [string | null, string, string, string, string] => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

describe("Flighty's export", () => {
  it("tells each flight in words on its airports' clocks, a day a note of records", async () => {
    const file = write("FlightyExport-2026-11-29.csv", `${[FLIGHTY, ...Object.values(ROWS)].join("\n")}\n`);
    expect(await detectFormat(file)).toBe("flights");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "flights:day:2011-05-12",
        "Flights, Thursday 12 May 2011",
        "day",
        [
          [
            "flight 2011-05-12 XLX332 DUB-KIR",
            "User",
            "user",
            "2011-05-12T08:15:00.000Z",
            "Flew from Dublin (DUB) to KIR on XLX flight XLX332 on Thursday 12 May. The flight to KIR was due to take off at 08:15 and was due to land at 09:20. The booking reference (PNR) for the flight to KIR was FY1IJP.",
          ],
        ],
      ],
      [
        "flights:day:2026-03-13",
        "Flights, Friday 13 March 2026",
        "day",
        [
          [
            "flight 2026-03-13 BAW212 BOS-LHR",
            "User",
            "user",
            "2026-03-13T18:15:00.000Z",
            "Flew from Boston Logan (BOS) to London Heathrow (LHR) on British Airways flight BA212 on Friday 13 March, for work. The flight to London left the gate at 18:22 (scheduled 18:15) and arrived at 05:38 on Saturday 14 March (scheduled 05:55). My seat on the flight to London was 31K, a window seat, in premium economy, on a Boeing 787-9 (tail number GZBKF). The booking reference (PNR) for the flight to London was K7QX2P. The flight to London left from Terminal E, gate E8, and arrived at Terminal 5.",
          ],
        ],
      ],
      [
        "flights:day:2026-06-15",
        "Flights, Monday 15 June 2026",
        "day",
        [
          [
            "flight 2026-06-15 BAW982 LHR-BER",
            "User",
            "user",
            "2026-06-15T07:20:00.000Z",
            "My British Airways flight BA982 from London Heathrow (LHR) to Berlin Brandenburg (BER) on Monday 15 June, for work, was cancelled; it had been scheduled to leave at 07:20. The booking reference (PNR) for the cancelled flight to Berlin was M6RZTB.",
          ],
        ],
      ],
      [
        "flights:day:2026-09-21",
        "Flights, Monday 21 September 2026",
        "day",
        [
          [
            "flight 2026-09-21 TAP1351 LHR-LIS",
            "User",
            "user",
            "2026-09-21T07:45:00.000Z",
            'Flew from London Heathrow (LHR) to Lisbon Portela (LIS) on TAP Air Portugal flight TP1351 on Monday 21 September, for work. The flight to Lisbon was delayed by 2 hours 35 minutes: it left the gate at 10:20 instead of 07:45, and arrived at 13:02 instead of 10:30. My seat on the flight to Lisbon was 3A, a window seat, in economy, on an Airbus A320neo (tail number CSTVI). The booking reference (PNR) for the flight to Lisbon was JH3L9Q. The flight to Lisbon left from Terminal 2, gate B40, and arrived at Terminal 1. My note on the flight to Lisbon: "Fog at Heathrow, missed the ″morning″ workshop".',
          ],
        ],
      ],
      [
        "flights:day:2026-10-30",
        "Flights, Friday 30 October 2026",
        "day",
        [
          [
            "flight 2026-10-30 BAW1442 LHR-EDI",
            "User",
            "user",
            "2026-10-30T16:20:00.000Z",
            "Flew from London Heathrow (LHR) towards Edinburgh (EDI) on British Airways flight BA1442 on Friday 30 October, for leisure, but the flight was diverted to Glasgow (GLA). The flight to Glasgow left the gate at 16:27 (scheduled 16:20) and arrived at 18:10. On the flight to Glasgow I flew in economy, on an Airbus A321neo (tail number GNEOR). The flight to Glasgow left from Terminal 5.",
          ],
        ],
      ],
    ]);
    expect(notes.map((n) => [n.format, n.participants])).toEqual(new Array(5).fill(["note", ["User"]]));
    // (what is not said is kept: the row's cells by their columns, Flighty's ids among them, and its line)
    expect(notes[1]!.turns[0]!.metadata).toEqual({
      line: 5,
      flights: {
        app: "flighty",
        Date: "2026-03-13",
        Airline: "BAW",
        Flight: "212",
        From: "BOS",
        To: "LHR",
        "Dep Terminal": "E",
        "Dep Gate": "E8",
        "Arr Terminal": "T5",
        Canceled: "false",
        "Gate Departure (Scheduled)": "2026-03-13T18:15",
        "Gate Departure (Actual)": "2026-03-13T18:22",
        "Gate Arrival (Scheduled)": "2026-03-14T05:55",
        "Gate Arrival (Actual)": "2026-03-14T05:38",
        "Aircraft Type Name": "Boeing 787-9",
        "Tail Number": "GZBKF",
        PNR: "K7QX2P",
        Seat: "31K",
        "Seat Type": "WINDOW",
        "Cabin Class": "PREMIUM_ECONOMY",
        "Flight Reason": "BUSINESS",
        "Flight Flighty ID": "3a6c9f0e-2d7b-4e15-8c3a-b5f1d8e4a627",
      },
    });
    expect(await validateExport(file)).toMatchObject({ format: "flights", conversations: 5, turns: 5 });
    expect(await checkImportFile(file)).toBe("flights");
  });

  it("numbers the same flight twice in a file, and reads a byte order mark, CRLF and a clock alone", async () => {
    const file = write(
      "crlf.csv",
      `\uFEFF${[FLIGHTY, ROWS.delayed.replace("2026-09-21T10:20", "10:20"), ROWS.delayed.replace("Fog at Heathrow", "Again")].join("\r\n")}\r\n`,
    );
    const turns = (await parsedConversations(file)).flatMap((n) => n.turns);
    expect(turns.map((t) => [t.externalId, t.metadata.line])).toEqual([
      ["flight 2026-09-21 TAP1351 LHR-LIS", 2],
      ["flight 2026-09-21 TAP1351 LHR-LIS #2", 3],
    ]);
    expect(turns[0]!.text).toContain("was delayed by 2 hours 35 minutes: it left the gate at 10:20 instead of 07:45");
  });
});

describe("myFlightradar24's export", () => {
  it("reads its airports, airline, aircraft and codes as said, a month's flight with no times", async () => {
    const file = write("flightdiary_2026_03_02_09_14.csv", `${[FR24, ...FR24_ROWS].join("\n")}\n`);
    expect(await detectFormat(file)).toBe("flights");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "flights:day:2006-02-01",
        "Flights, Wednesday 1 February 2006",
        "day",
        [
          [
            "flight 2006-02-01 DUD-CHC",
            "User",
            "user",
            "2006-02-01T12:00:00.000Z",
            "Flew from Dunedin Momona (DUD) to Christchurch (CHC) in February 2006. The flight to Christchurch took 41 minutes.",
          ],
        ],
      ],
      [
        "flights:day:2014-03-15",
        "Flights, Saturday 15 March 2014",
        "day",
        [
          [
            "flight 2014-03-15 ASA26 SEA-ORD",
            "User",
            "user",
            "2014-03-15T19:23:00.000Z",
            "Flew from Seattle-Tacoma (SEA) to Chicago O'Hare (ORD) on Alaska Airlines flight AS26 on Saturday 15 March, for leisure. The flight to Chicago departed at 19:23 and arrived at 00:38, a flight of 3 hours 15 minutes. My seat on the flight to Chicago was 8C, an aisle seat, in business class, on a Boeing 737-900 (registration N413AS).",
          ],
        ],
      ],
      [
        "flights:day:2026-01-19",
        "Flights, Monday 19 January 2026",
        "day",
        [
          [
            "flight 2026-01-19 TAP1331 LHR-OPO",
            "User",
            "user",
            "2026-01-19T07:40:00.000Z",
            'Flew from London Heathrow (LHR) to Porto (Francisco de Sa Carneiro, OPO) on TAP Air Portugal flight TP1331 on Monday 19 January, for work. The flight to Porto departed at 07:40 and arrived at 10:15, a flight of 2 hours 35 minutes. My seat on the flight to Porto was 12F, a window seat, in economy, on an Airbus A320neo (registration CS-TVF). My note on the flight to Porto: "Kickoff with the Ribeira Labs team, three days".',
          ],
        ],
      ],
    ]);
    expect(await validateExport(file)).toMatchObject({ format: "flights", conversations: 3, turns: 3 });
  });

  it("names an airport written by its code alone from Engram's list, and one with its IATA code only by its words", async () => {
    const file = write("codes.csv", `${FR24}\n2026-05-02,TP1363,LHR,"Lisbon (LIS)",08:10:00,10:50:00,02:40:00,TAP Air Portugal,,,,0,0,0,,1,2,3,4\n`);
    expect((await parsedConversations(file))[0]!.turns[0]!.text).toBe(
      "Flew from London Heathrow (LHR) to Lisbon (LIS) on TAP Air Portugal flight TP1363 on Saturday 2 May. The flight to Lisbon departed at 08:10 and arrived at 10:50, a flight of 2 hours 40 minutes.",
    );
  });

  it("is told by its header, as Flighty's is, and not taken for another app's CSV", () => {
    expect(flightsApp(`${FLIGHTY}\n`)).toBe("flighty");
    expect(flightsApp(`\uFEFF${FLIGHTY}\r\n`)).toBe("flighty");
    expect(flightsApp(`${FR24}\n`)).toBe("flightradar24");
    expect(flightsApp("Date,Flight number,From,To,Dep time,Arr time,Duration,Airline,Aircraft\n")).toBe("flightradar24");
    // (OpenFlights' CSV, a Flighty-like table missing its columns, Peloton's, a bank's)
    expect(isFlightsCsv("Date,From,To,Flight_Number,Airline,Distance,Duration,Seat,Seat_Type,Class,Reason,Plane\n")).toBe(false);
    expect(isFlightsCsv("Date,Airline,Flight,From,To\n")).toBe(false);
    expect(isFlightsCsv("Workout Timestamp,Live/On-Demand,Instructor Name,Length (minutes),Fitness Discipline\n")).toBe(false);
    expect(isFlightsCsv("Date,Description,Amount\n")).toBe(false);
  });
});

describe("flight logs in a folder", () => {
  it("reads both apps' exports by their headers whatever their names, and passes over an empty one, saying why", async () => {
    const folder = join(dir, "Travel");
    write("Travel/FlightyExport-2026-11-29.csv", `${[FLIGHTY, ROWS.delayed].join("\n")}\n`);
    write("Travel/my-diary.csv", `${[FR24, FR24_ROWS[0]!].join("\n")}\n`);
    write("Travel/FlightyExport-2025-01-02.csv", `${FLIGHTY}\n`);
    write("Travel/budget.csv", "Month,Spent\nNovember,42\n");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "FlightyExport-2025-01-02.csv",
      "FlightyExport-2026-11-29.csv",
      "my-diary.csv",
    ]);
    for (const { file } of importPaths(folder)) expect(await folderFileFormat(file)).toBe("flights");
    const err = await checkImportFile(join(folder, "FlightyExport-2025-01-02.csv"), "flights").catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Flighty export with no flights, no note");
  });

  it("is read as chosen with --format, and a file that is no flight log is refused as one", async () => {
    const file = write("format/mine.csv", `${[FLIGHTY, ROWS.delayed].join("\n")}\n`);
    expect(await validateExport(file, { format: "flights" })).toMatchObject({ format: "flights", conversations: 1, turns: 1 });
    const budget = write("format/budget.csv", "Month,Spent\nNovember,42\n");
    expect((await importErrorOf(validateExport(budget, { format: "flights" }))).message).toBe(
      'budget.csv: line 1: not a flight log: expected Flighty\'s export ("Date,Airline,Flight,From,To,…") or myFlightradar24\'s ("Date,Flight number,From,To,Dep time,Arr time,Duration,…")',
    );
  });
});

describe("importing flight logs again", () => {
  it("adds nothing the second time, and from a later export only the flights new since", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/1/FlightyExport-2026-10-01.csv", `${[FLIGHTY, ROWS.delayed, ROWS.cancelled].join("\n")}\n`);
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "flights", added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 2 });
      // (the later export holds every flight again, newest first, and the one since)
      const later = write("later/2/FlightyExport-2026-11-29.csv", `${[FLIGHTY, ROWS.diverted, ROWS.delayed, ROWS.cancelled].join("\n")}\n`);
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 1, duplicates: 2 });
      expect(db.prepare("SELECT format, title, records FROM conversations WHERE external_id = ?").get("flights:day:2026-09-21")).toEqual({
        format: "note",
        title: "Flights, Monday 21 September 2026",
        records: "day",
      });
    } finally {
      db.close();
    }
  });
});

describe("a bad flight log", () => {
  it("names the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "date.csv",
        [FLIGHTY, ROWS.delayed.replace("2026-09-21,", "21/09/2026,")].join("\n"),
        'date.csv: line 2: Date "21/09/2026": expected a day, "2026-03-09"',
      ],
      [
        "time.csv",
        [FLIGHTY, ROWS.cancelled, ROWS.delayed.replace("2026-09-21T10:20", "2026-09-21 10h20")].join("\n"),
        'time.csv: line 3: Gate Departure (Actual) "2026-09-21 10h20": expected a time as Flighty writes it, "2026-03-09T11:40", or nothing',
      ],
      [
        "cancelled.csv",
        [FLIGHTY, ROWS.cancelled.replace(",true,", ",maybe,")].join("\n"),
        'cancelled.csv: line 2: Canceled "maybe": expected "true" or "false"',
      ],
      [
        "airport.csv",
        [FLIGHTY, ROWS.cancelled.replace(",LHR,BER,", ",LHR,,")].join("\n"),
        'airport.csv: line 2: To is empty: expected the airport ("LHR", "London / Heathrow (LHR/EGLL)")',
      ],
      [
        "clock.csv",
        [FR24, FR24_ROWS[0]!.replace("07:40:00", "7.40")].join("\n"),
        'clock.csv: line 3: Dep time "7.40": expected a clock time, "07:40:00", or nothing',
      ],
      ["empty.csv", `${FLIGHTY}\n`, "empty.csv: line 1: the note has no text: a Flighty export with no flights"],
      ["empty-diary.csv", `${FR24}\n`, "empty-diary.csv: line 2: the note has no text: a myFlightradar24 export with no flights"],
    ];
    for (const [name, text, message] of cases) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, text)));
      expect([err.name, err.message]).toEqual(["ImportError", message]);
    }
    const stray = await importErrorOf(validateExport(write("bad/stray.csv", [FLIGHTY, ROWS.cancelled, `2026-09-21,TAP,"13"51,LHR,LIS`].join("\n"))));
    expect([stray.location, stray.message]).toEqual(["line 3", expect.stringMatching(/^stray\.csv: line 3: Invalid Closing Quote/)]);
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, join(dir, "bad/time.csv"))).rejects.toThrow(/line 3/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
