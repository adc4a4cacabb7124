/**
 * The flyer: Maya Collins, a consultant in London, who flies for work (a client in Porto in January, another in Boston
 * in March, a conference in Berlin in June, a workshop in Lisbon in September) and for herself (a ski week in Verbier
 * with friends in February, a cherry-blossom holiday in Tokyo with her partner Sam in April, a wedding in Edinburgh in
 * October). Until March she kept her flights in my.flightradar24.com's flight diary; then she moved to Flighty, which
 * tracked each flight live (gates, delays, the tail number). On Sunday 29 November she exports both: Flighty's Settings
 * → Export flights saves `FlightyExport-2026-11-29.csv`; my.flightradar24.com's Settings → Export saved
 * `flightdiary_2026_03_02_09_14.csv` when she left it. One flight was delayed by fog (Lisbon, 21 September: 2 hours 35
 * minutes late off the gate); one was cancelled (Berlin, 15 June: BA982, rebooked on the 17:10 that day).
 *
 * The files as the apps write them, checked against public readers and their fixtures:
 * - Flighty's CSV: the 33-column header every reader quotes (a Rust importer's test `SAMPLE_CSV`, a TypeScript parser's
 *   test and an AT Protocol converter's, a trip app's tests, AirTrail's flighty.ts): `Date,Airline,Flight,From,To,Dep
 *   Terminal,Dep Gate,Arr Terminal,Arr Gate,Canceled,Diverted To,Gate Departure (Scheduled),Gate Departure
 *   (Actual),Take off (Scheduled),Take off (Actual),Landing (Scheduled),Landing (Actual),Gate Arrival
 *   (Scheduled),Gate Arrival (Actual),Aircraft Type Name,Tail Number,PNR,Seat,Seat Type,Cabin Class,Flight
 *   Reason,Notes,Flight Flighty ID,Airline Flighty ID,Departure Airport Flighty ID,Arrival Airport Flighty ID,Diverted
 *   To Airport Flighty ID,Aircraft Type Flighty ID`, unquoted; the airline its ICAO code ("EIN", "BAW"), the flight
 *   its number alone ("709"), airports their IATA codes, times on each airport's own clock with no zone
 *   ("2024-12-31T17:55"), `Canceled` "false"/"true", the tail number without its hyphen ("EIGAL"), the PNR ("2IYS7F"),
 *   `Seat Type` "WINDOW", `Cabin Class` "ECONOMY" or "PREMIUM_ECONOMY", `Flight Reason` "LEISURE" or "BUSINESS" (an
 *   importer's test row `12A,WINDOW,ECONOMY,LEISURE`), the Flighty IDs UUIDs; rows newest first, as the Rust test's
 *   are; many cells empty (a take-off time Flighty never had). No byte order mark; LF line breaks.
 * - myFlightradar24's CSV: a real export kept in a public repository (`flightdiary_2025_06_23_25_39.csv`) and
 *   AirTrail's fr24.ts and its tests: an empty first line, then `Date,"Flight number",From,To,"Dep time","Arr
 *   time",Duration,Airline,Aircraft,Registration,"Seat number","Seat type","Flight class","Flight
 *   reason",Note,Dep_id,Arr_id,Airline_id,Aircraft_id` (the names with a space quoted); airports quoted as
 *   `"Chicago / O'Hare (ORD/KORD)"`, the airline `"Air Wisconsin (ZW/AWI)"`, the aircraft `"Boeing 737-800 (B738)"`;
 *   times `08:23:00` on each airport's clock, the duration `00:59:00`; the registration with its hyphen ("D-AIPA");
 *   seat type, class and reason as numbers (seat 1 window, 2 middle, 3 aisle; class 1 economy, 2 business, 3 first, 4
 *   economy+, 5 private; reason 1 leisure, 2 business, 3 crew, 4 other; 0 none given), then FR24's own ids.
 * Hand-written by the developers in session 39 before Engram could read either file (the first run's figures are in
 * bench/README.md), with the questions she asks later, the words a right answer holds, and three nothing here answers.
 */
import type { Person } from "./types.js";

/** Flighty's export header, as every reader of it quotes it. */
const FLIGHTY_HEADER =
  "Date,Airline,Flight,From,To,Dep Terminal,Dep Gate,Arr Terminal,Arr Gate,Canceled,Diverted To,Gate Departure (Scheduled),Gate Departure (Actual),Take off (Scheduled),Take off (Actual),Landing (Scheduled),Landing (Actual),Gate Arrival (Scheduled),Gate Arrival (Actual),Aircraft Type Name,Tail Number,PNR,Seat,Seat Type,Cabin Class,Flight Reason,Notes,Flight Flighty ID,Airline Flighty ID,Departure Airport Flighty ID,Arrival Airport Flighty ID,Diverted To Airport Flighty ID,Aircraft Type Flighty ID";

/** A flight as Flighty keeps it: the cells of its row that are not empty, by column. */
type FlightyFlight = Partial<Record<string, string>>;

/** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Flighty's CSV of `flights` (newest first, as given). */
function flightyCsv(flights: FlightyFlight[]): string {
  const columns = FLIGHTY_HEADER.split(",");
  return `${[FLIGHTY_HEADER, ...flights.map((f) => columns.map((c) => cell(f[c] ?? "")).join(","))].join("\n")}\n`;
}

/** Flighty's own ids of the airlines, airports and aircraft types she flew (UUIDs, as Flighty writes them). */
const ID = {
  BAW: "3c1f2b9e-6d0a-4f7b-9a52-0e8d4c7b1a21",
  TAP: "8a7e5d31-2c4b-4e9f-b016-5f3a9d2e7c84",
  JAL: "c2d94a17-83e5-4b60-a7f1-9e2b5c8d3f06",
  LHR: "5dc01a9f-6855-4248-8e7b-0fef83144078",
  EDI: "0b6e3f82-91d4-4c57-8a2e-7d1f5b9c4e30",
  LIS: "e4a7c219-5b3d-4f81-96c0-2d8e1a7b5f94",
  BER: "7f2d8b64-0c9e-4a13-b5d7-3e6a1f9c2b58",
  HND: "a91c5e07-4d2b-48f6-8e3a-6b0d7c1f9e25",
  BOS: "2e8b4f1d-7a6c-4093-b2e5-9c4d0a8f7b13",
  A320: "dd390a1f-e92a-4411-ab72-04db16d42030",
  A320N: "4b7e1c93-2f5a-4d08-9b6e-1a3c7d5f8e42",
  A321N: "9c3a6e28-5b1f-4e74-a0d9-8f2b6c4e1d57",
  B77W: "6e1d9a4c-3b8f-4527-9c0e-2a5f7b3d8e16",
  B789: "f08b2d5e-7c4a-4196-8d3b-5e9a1c6f2b74",
};

/** Her flights in Flighty, newest first (its export's order). */
const FLIGHTY: FlightyFlight[] = [
  {
    Date: "2026-11-02",
    Airline: "BAW",
    Flight: "1463",
    From: "EDI",
    To: "LHR",
    "Dep Gate": "12",
    "Arr Terminal": "5",
    Canceled: "false",
    "Gate Departure (Scheduled)": "2026-11-02T17:35",
    "Gate Departure (Actual)": "2026-11-02T17:41",
    "Gate Arrival (Scheduled)": "2026-11-02T19:05",
    "Gate Arrival (Actual)": "2026-11-02T19:02",
    "Aircraft Type Name": "Airbus A320",
    "Tail Number": "GEUUY",
    PNR: "V2NPHC",
    Seat: "9A",
    "Seat Type": "WINDOW",
    "Cabin Class": "ECONOMY",
    "Flight Reason": "LEISURE",
    "Flight Flighty ID": "1f4c8e2a-9b3d-4a76-8e05-c7d2b6a91f38",
    "Airline Flighty ID": ID.BAW,
    "Departure Airport Flighty ID": ID.EDI,
    "Arrival Airport Flighty ID": ID.LHR,
    "Aircraft Type Flighty ID": ID.A320,
  },
  {
    Date: "2026-10-30",
    Airline: "BAW",
    Flight: "1442",
    From: "LHR",
    To: "EDI",
    "Dep Terminal": "5",
    "Dep Gate": "A7",
    Canceled: "false",
    "Gate Departure (Scheduled)": "2026-10-30T16:20",
    "Gate Departure (Actual)": "2026-10-30T16:27",
    "Take off (Scheduled)": "2026-10-30T16:35",
    "Take off (Actual)": "2026-10-30T16:44",
    "Landing (Scheduled)": "2026-10-30T17:35",
    "Landing (Actual)": "2026-10-30T17:41",
    "Gate Arrival (Scheduled)": "2026-10-30T17:45",
    "Gate Arrival (Actual)": "2026-10-30T17:49",
    "Aircraft Type Name": "Airbus A321neo",
    "Tail Number": "GNEOR",
    PNR: "V2NPHC",
    Seat: "14C",
    "Seat Type": "AISLE",
    "Cabin Class": "ECONOMY",
    "Flight Reason": "LEISURE",
    Notes: "Iona and Callum's wedding on Saturday at the Balmoral",
    "Flight Flighty ID": "6b2e9d47-1c8a-4f3e-a5d0-93e7c4b8f162",
    "Airline Flighty ID": ID.BAW,
    "Departure Airport Flighty ID": ID.LHR,
    "Arrival Airport Flighty ID": ID.EDI,
    "Aircraft Type Flighty ID": ID.A321N,
  },
  {
    Date: "2026-09-24",
    Airline: "TAP",
    Flight: "1352",
    From: "LIS",
    To: "LHR",
    "Dep Terminal": "1",
    "Dep Gate": "14",
    "Arr Terminal": "2",
    Canceled: "false",
    "Gate Departure (Scheduled)": "2026-09-24T19:05",
    "Gate Departure (Actual)": "2026-09-24T19:12",
    "Gate Arrival (Scheduled)": "2026-09-24T21:50",
    "Gate Arrival (Actual)": "2026-09-24T21:44",
    "Aircraft Type Name": "Airbus A321neo",
    "Tail Number": "CSTJJ",
    PNR: "JH3L9Q",
    Seat: "4C",
    "Seat Type": "AISLE",
    "Cabin Class": "ECONOMY",
    "Flight Reason": "BUSINESS",
    "Flight Flighty ID": "d7a3f915-2e6b-4c08-9f41-5b8c0e2d7a63",
    "Airline Flighty ID": ID.TAP,
    "Departure Airport Flighty ID": ID.LIS,
    "Arrival Airport Flighty ID": ID.LHR,
    "Aircraft Type Flighty ID": ID.A321N,
  },
  {
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
    "Landing (Scheduled)": "2026-09-21T10:20",
    "Landing (Actual)": "2026-09-21T12:51",
    "Gate Arrival (Scheduled)": "2026-09-21T10:30",
    "Gate Arrival (Actual)": "2026-09-21T13:02",
    "Aircraft Type Name": "Airbus A320neo",
    "Tail Number": "CSTVI",
    PNR: "JH3L9Q",
    Seat: "3A",
    "Seat Type": "WINDOW",
    "Cabin Class": "ECONOMY",
    "Flight Reason": "BUSINESS",
    Notes: "Fog at Heathrow, missed the morning workshop at Vela Seguros",
    "Flight Flighty ID": "4e8b1c6d-a3f2-4957-b0e8-6d1a9c5f3b27",
    "Airline Flighty ID": ID.TAP,
    "Departure Airport Flighty ID": ID.LHR,
    "Arrival Airport Flighty ID": ID.LIS,
    "Aircraft Type Flighty ID": ID.A320N,
  },
  {
    Date: "2026-06-18",
    Airline: "BAW",
    Flight: "983",
    From: "BER",
    To: "LHR",
    "Dep Terminal": "1",
    "Dep Gate": "A12",
    "Arr Terminal": "5",
    Canceled: "false",
    "Gate Departure (Scheduled)": "2026-06-18T18:40",
    "Gate Departure (Actual)": "2026-06-18T18:48",
    "Gate Arrival (Scheduled)": "2026-06-18T19:35",
    "Gate Arrival (Actual)": "2026-06-18T19:39",
    "Aircraft Type Name": "Airbus A320",
    "Tail Number": "GEUYR",
    PNR: "M6RZTB",
    Seat: "17F",
    "Seat Type": "WINDOW",
    "Cabin Class": "ECONOMY",
    "Flight Reason": "BUSINESS",
    "Flight Flighty ID": "a5c7e3b9-8d14-4f62-9e0a-1b7d3f5c8e49",
    "Airline Flighty ID": ID.BAW,
    "Departure Airport Flighty ID": ID.BER,
    "Arrival Airport Flighty ID": ID.LHR,
    "Aircraft Type Flighty ID": ID.A320,
  },
  {
    Date: "2026-06-15",
    Airline: "BAW",
    Flight: "986",
    From: "LHR",
    To: "BER",
    "Dep Terminal": "5",
    "Dep Gate": "B44",
    "Arr Terminal": "1",
    Canceled: "false",
    "Gate Departure (Scheduled)": "2026-06-15T17:10",
    "Gate Departure (Actual)": "2026-06-15T17:18",
    "Gate Arrival (Scheduled)": "2026-06-15T20:00",
    "Gate Arrival (Actual)": "2026-06-15T20:04",
    "Aircraft Type Name": "Airbus A320neo",
    "Tail Number": "GTTNC",
    PNR: "M6RZTB",
    Seat: "21A",
    "Seat Type": "WINDOW",
    "Cabin Class": "ECONOMY",
    "Flight Reason": "BUSINESS",
    Notes: "Rebooked after the 07:20 was cancelled. Config Europe conference at the Arena Berlin",
    "Flight Flighty ID": "0c9f5a2e-6b7d-4138-a4e1-8f3b2d6c9a05",
    "Airline Flighty ID": ID.BAW,
    "Departure Airport Flighty ID": ID.LHR,
    "Arrival Airport Flighty ID": ID.BER,
    "Aircraft Type Flighty ID": ID.A320N,
  },
  {
    Date: "2026-06-15",
    Airline: "BAW",
    Flight: "982",
    From: "LHR",
    To: "BER",
    "Dep Terminal": "5",
    Canceled: "true",
    "Gate Departure (Scheduled)": "2026-06-15T07:20",
    "Gate Arrival (Scheduled)": "2026-06-15T10:10",
    "Aircraft Type Name": "Airbus A320",
    PNR: "M6RZTB",
    "Cabin Class": "ECONOMY",
    "Flight Reason": "BUSINESS",
    "Flight Flighty ID": "b3e6d0a8-4f29-4c75-8b1e-2a9c7f4d6e18",
    "Airline Flighty ID": ID.BAW,
    "Departure Airport Flighty ID": ID.LHR,
    "Arrival Airport Flighty ID": ID.BER,
    "Aircraft Type Flighty ID": ID.A320,
  },
  {
    Date: "2026-04-12",
    Airline: "JAL",
    Flight: "43",
    From: "HND",
    To: "LHR",
    "Dep Terminal": "3",
    "Dep Gate": "112",
    "Arr Terminal": "3",
    Canceled: "false",
    "Gate Departure (Scheduled)": "2026-04-12T11:35",
    "Gate Departure (Actual)": "2026-04-12T11:41",
    "Gate Arrival (Scheduled)": "2026-04-12T18:20",
    "Gate Arrival (Actual)": "2026-04-12T18:11",
    "Aircraft Type Name": "Boeing 777-300ER",
    "Tail Number": "JA735J",
    PNR: "Q4ZK7M",
    Seat: "44K",
    "Seat Type": "WINDOW",
    "Cabin Class": "ECONOMY",
    "Flight Reason": "LEISURE",
    "Flight Flighty ID": "e2b8f4c6-0a5d-4e93-a7c1-4d9b6e2f0a83",
    "Airline Flighty ID": ID.JAL,
    "Departure Airport Flighty ID": ID.HND,
    "Arrival Airport Flighty ID": ID.LHR,
    "Aircraft Type Flighty ID": ID.B77W,
  },
  {
    Date: "2026-04-02",
    Airline: "JAL",
    Flight: "44",
    From: "LHR",
    To: "HND",
    "Dep Terminal": "3",
    "Dep Gate": "25",
    "Arr Terminal": "3",
    Canceled: "false",
    "Gate Departure (Scheduled)": "2026-04-02T19:30",
    "Gate Departure (Actual)": "2026-04-02T19:44",
    "Gate Arrival (Scheduled)": "2026-04-03T17:15",
    "Gate Arrival (Actual)": "2026-04-03T17:02",
    "Aircraft Type Name": "Boeing 777-300ER",
    "Tail Number": "JA733J",
    PNR: "Q4ZK7M",
    Seat: "44H",
    "Seat Type": "AISLE",
    "Cabin Class": "ECONOMY",
    "Flight Reason": "LEISURE",
    Notes: "Cherry blossom holiday with Sam 🌸",
    "Flight Flighty ID": "7d1a3e9b-5c8f-4260-b4d7-0e6c2a8f5b91",
    "Airline Flighty ID": ID.JAL,
    "Departure Airport Flighty ID": ID.LHR,
    "Arrival Airport Flighty ID": ID.HND,
    "Aircraft Type Flighty ID": ID.B77W,
  },
  {
    Date: "2026-03-13",
    Airline: "BAW",
    Flight: "212",
    From: "BOS",
    To: "LHR",
    "Dep Terminal": "E",
    "Dep Gate": "E8",
    "Arr Terminal": "5",
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
    "Airline Flighty ID": ID.BAW,
    "Departure Airport Flighty ID": ID.BOS,
    "Arrival Airport Flighty ID": ID.LHR,
    "Aircraft Type Flighty ID": ID.B789,
  },
  {
    Date: "2026-03-09",
    Airline: "BAW",
    Flight: "213",
    From: "LHR",
    To: "BOS",
    "Dep Terminal": "5",
    "Dep Gate": "C64",
    "Arr Terminal": "E",
    Canceled: "false",
    "Gate Departure (Scheduled)": "2026-03-09T11:40",
    "Gate Departure (Actual)": "2026-03-09T11:52",
    "Gate Arrival (Scheduled)": "2026-03-09T15:15",
    "Gate Arrival (Actual)": "2026-03-09T15:03",
    "Aircraft Type Name": "Boeing 787-9",
    "Tail Number": "GZBKD",
    PNR: "K7QX2P",
    Seat: "31A",
    "Seat Type": "WINDOW",
    "Cabin Class": "PREMIUM_ECONOMY",
    "Flight Reason": "BUSINESS",
    Notes: "Harbourline kickoff in Boston, staying at the Envoy",
    "Flight Flighty ID": "9e4b2d8a-6f1c-4a37-95e0-c3a7b1d6f842",
    "Airline Flighty ID": ID.BAW,
    "Departure Airport Flighty ID": ID.LHR,
    "Arrival Airport Flighty ID": ID.BOS,
    "Aircraft Type Flighty ID": ID.B789,
  },
];

/** myFlightradar24's export header, its names with a space quoted (as the real export writes it). */
const FR24_HEADER =
  'Date,"Flight number",From,To,"Dep time","Arr time",Duration,Airline,Aircraft,Registration,"Seat number","Seat type","Flight class","Flight reason",Note,Dep_id,Arr_id,Airline_id,Aircraft_id';

/** Her flight diary on myFlightradar24, in the order she added the flights, after the export's empty first line. */
const FR24 = [
  "",
  FR24_HEADER,
  '2026-01-19,TP1331,"London / Heathrow (LHR/EGLL)","Porto / Francisco de Sa Carneiro (OPO/LPPR)",07:40:00,10:15:00,02:35:00,"TAP Air Portugal (TP/TAP)","Airbus A320neo (A20N)",CS-TVF,12F,1,1,2,"Kickoff with the Ribeira Labs team, three days",1516,2382,874,3180',
  '2026-01-22,TP1332,"Porto / Francisco de Sa Carneiro (OPO/LPPR)","London / Heathrow (LHR/EGLL)",11:05:00,13:45:00,02:40:00,"TAP Air Portugal (TP/TAP)","Airbus A320neo (A20N)",CS-TVH,12A,1,1,2,,2382,1516,874,3180',
  '2026-02-14,U28411,"London / Gatwick (LGW/EGKK)","Geneva / Geneva (GVA/LSGG)",07:05:00,09:45:00,01:40:00,"easyJet (U2/EZY)","Airbus A320-200 (A320)",G-EZWX,3A,1,1,1,"Ski week in Verbier with Jonny and Ana",1519,1054,312,2059',
  '2026-02-21,U28414,"Geneva / Geneva (GVA/LSGG)","London / Gatwick (LGW/EGKK)",10:35:00,11:15:00,01:40:00,"easyJet (U2/EZY)","Airbus A320neo (A20N)",G-UZHA,22C,3,1,1,,1054,1519,312,3180',
].join("\n");

/**
 * Questions she asks later, each with the words a right answer holds (all of them, any case), or null for a
 * question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I fly to Lisbon?", expect: ["21 September"] },
  { question: "What was my seat on the flight to Boston?", expect: ["31A"] },
  { question: "Which flight was delayed?", expect: ["Lisbon"] },
  { question: "What was the booking reference for the Tokyo flights?", expect: ["Q4ZK7M"] },
  { question: "Which airline did I fly to Tokyo with?", expect: ["Japan Airlines"] },
  { question: "Which flight was cancelled?", expect: ["Berlin"] },
  { question: "How late was my flight to Lisbon?", expect: ["2 hours 35 minutes"] },
  { question: "What plane did I fly to Boston on?", expect: ["787"] },
  { question: "When did I fly back from Edinburgh?", expect: ["2 November"] },
  { question: "Who did I go skiing with?", expect: ["Jonny", "Ana"] },
  { question: "Which terminal did my flight to Boston leave from?", expect: ["Terminal 5"] },
  { question: "What was the registration of the plane to Porto?", expect: ["CS-TVF"] },
  { question: "What was my seat on the flight to Rome?", expect: null },
  { question: "How much did my flight to Boston cost?", expect: null },
  { question: "Which hotel did I stay at in Tokyo?", expect: null },
];

/** The flyer: Flighty's export and her old flight diary from myFlightradar24, each imported on its own, asked on Monday 30 November 2026. */
export const flyer: Person = {
  name: "flyer",
  files: [
    { name: "FlightyExport-2026-11-29.csv", text: flightyCsv(FLIGHTY), mtime: Date.UTC(2026, 10, 29, 20, 12, 5) },
    { name: "flightdiary_2026_03_02_09_14.csv", text: FR24, mtime: Date.UTC(2026, 2, 2, 9, 14, 40) },
  ],
  askedAt: Date.UTC(2026, 10, 30, 9, 0),
  questions: QUESTIONS,
};
