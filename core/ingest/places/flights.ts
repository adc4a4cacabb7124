/**
 * A person's flight log as the flight-tracking apps export it: a CSV, a header and a row per flight, streamed
 * (csv-records.ts), told by its header whatever its name.
 *
 * - Flighty (Settings → Export flights: `FlightyExport-2026-11-29.csv`): the header `Date,Airline,Flight,From,To,Dep
 *   Terminal,Dep Gate,Arr Terminal,Arr Gate,Canceled,Diverted To,Gate Departure (Scheduled),Gate Departure
 *   (Actual),Take off (Scheduled),Take off (Actual),Landing (Scheduled),Landing (Actual),Gate Arrival
 *   (Scheduled),Gate Arrival (Actual),Aircraft Type Name,Tail Number,PNR,Seat,Seat Type,Cabin Class,Flight
 *   Reason,Notes,Flight Flighty ID,Airline Flighty ID,Departure Airport Flighty ID,Arrival Airport Flighty
 *   ID,Diverted To Airport Flighty ID,Aircraft Type Flighty ID`, newest first. `Date` the departure's day
 *   ("2024-12-31"); `Airline` the airline's ICAO code ("EIN"), `Flight` its number alone ("709"); `From`, `To` and
 *   `Diverted To` IATA codes, named from a list of the busiest airports (flight-codes.ts; the airline too); the eight
 *   times on each airport's own clock with no zone ("2024-12-31T17:55"), read as UTC as every reader keeps the
 *   user's clock; `Canceled` "true" or "false"; `Tail Number` without its hyphen ("EIGAL"); `Seat Type` ("WINDOW"),
 *   `Cabin Class` ("ECONOMY", "PREMIUM_ECONOMY") and `Flight Reason` ("LEISURE", "BUSINESS") in capitals; the
 *   Flighty IDs are kept, not said.
 * - myFlightradar24's flight diary (my.flightradar24.com → Settings → Export: `flightdiary_2026_03_02_09_14.csv`):
 *   an empty first line, then `Date,"Flight number",From,To,"Dep time","Arr time",Duration,Airline,Aircraft,
 *   Registration,"Seat number","Seat type","Flight class","Flight reason",Note,Dep_id,Arr_id,Airline_id,Aircraft_id`,
 *   in the order the flights were added. Airports "London / Heathrow (LHR/EGLL)", the airline "British Airways
 *   (BA/BAW)" (" (/)" for none), the aircraft "Boeing 737-800 (B738)" (" ()" for none); `Date` a day, or a month
 *   ("2006-02") or a year alone; the times "08:23:00" on each airport's clock ("00:00:00" both when not known), the
 *   duration "00:59:00"; seat type, class and reason numbers (seat 1 window, 2 middle, 3 aisle; class 1 economy, 2
 *   business, 3 first, 4 premium economy, 5 private; reason 1 leisure, 2 business, 3 crew, 4 other; 0 none). FR24's
 *   own ids are kept, not said.
 *
 * Checked against public readers and their fixtures: for Flighty, a Rust importer's test (the whole header, two
 * real-looking rows: "EIN,709,RAK,DUB,1,,2,302,false,,2024-12-31T17:55,…,Airbus A320,EIGAL,2IYS7F", rows newest
 * first), a TypeScript parser's tests ("PREMIUM_ECONOMY", "TRUE", a diverted flight's `Diverted To`), a trip app's
 * row "12A,WINDOW,ECONOMY,LEISURE", an AT Protocol converter ("Flighty emits UPPER_SNAKE"), a Ruby converter from
 * Flighty to FR24 ("LEISURE", "BUSINESS", "CREW"), AirTrail's flighty.ts, exports named "FlightyExport-2026-03-13.csv";
 * for myFlightradar24, a real export kept in a public repository (flightdiary_2025_06_23_25_39.csv: the empty first
 * line, the quoted header, flight numbers written with or without the airline's code, "0" for a seat type not given,
 * rows in no order, an arrival clock before its departure's), AirTrail's fr24.ts and its tests (the codes' meanings,
 * " (/)" and " ()" for none, "2006-02" and "2006" dates, "00:00:00" times), and other importers' fixtures.
 * Flighty's `Seat Type` values other than "WINDOW" and its `Flight Reason` other than the two above were not seen in a
 * real row: any other value is said in lower case as written.
 *
 * Each flight is a paragraph of the user's note of its day (format `note`, `records: "day"`), keyed
 * `flights:day:2026-03-09` and titled "Flights, Monday 9 March 2026", its sentences each naming the flight's
 * destination so each stands alone: "Flew from London Heathrow (LHR) to Boston Logan (BOS) on British Airways flight
 * BA213 on Monday 9 March, for work. The flight to Boston left the gate at 11:52 (scheduled 11:40) and arrived at 15:03
 * (scheduled 15:15). My seat on the flight to Boston was 31A, a window seat, in premium economy, on a Boeing 787-9
 * (tail number GZBKD). The booking reference (PNR) for the flight to Boston was K7QX2P. The flight to Boston left from
 * Terminal 5, gate C64, and arrived at Terminal E. My note on the flight to Boston: "…"."; a flight 15 minutes or more
 * late off the gate "was delayed by 2 hours 35 minutes: it left the gate at 10:20 instead of 07:45 …"; a cancelled one
 * "My British Airways flight BA982 from … was cancelled"; a diverted one "…, but the flight was diverted to …". A
 * flight is named by its day, its airline's ICAO code and number and its route (`flight 2026-03-09 BAW213 LHR-BOS`;
 * not by Flighty's ID, which some rows leave blank), so importing an export again, or a later one, adds only the
 * flights not yet told (one whose times Flighty filled in since is told again in its new words). The two apps word a
 * flight differently, so the same flight in both is told twice.
 */
import { stat } from "node:fs/promises";
import { type CsvColumns, cellOf, csvRecords, headerCells, headerColumns } from "../kit/csv-records.js";
import { clockOf, dayNoteTitle, dayWords, durationWords, quotedEnd } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { airlineNamed, airportNamed } from "./flight-codes.js";
import { monthYear } from "../../time/format.js";

/** Which app's export a flight log is. */
export type FlightsApp = "flighty" | "flightradar24";

/** The columns that open Flighty's export, and two more it names. */
const FLIGHTY_OPENING = ["Date", "Airline", "Flight", "From", "To"];
const FLIGHTY_NAMES = ["Canceled", "Gate Departure (Scheduled)"];

/** The columns that open myFlightradar24's export. */
const FR24_OPENING = ["Date", "Flight number", "From", "To", "Dep time", "Arr time", "Duration"];

/** Most characters of one CSV record: an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 64 * 1024;

/**
 * Which app's flight log `start` (a file's start, its text; a byte order mark and leading empty lines dropped) is:
 * Flighty's (a header opening "Date,Airline,Flight,From,To" that names "Canceled" and "Gate Departure (Scheduled)"),
 * myFlightradar24's (one opening `Date,"Flight number",From,To,"Dep time","Arr time",Duration`), or null.
 */
export function flightsApp(start: string): FlightsApp | null {
  const cells = headerCells(start.replace(/^\uFEFF/, "").trimStart());
  if (FLIGHTY_OPENING.every((c, i) => cells[i] === c) && FLIGHTY_NAMES.every((c) => cells.includes(c))) return "flighty";
  if (FR24_OPENING.every((c, i) => cells[i] === c)) return "flightradar24";
  return null;
}

/** Whether a file's start is a flight log's, Flighty's or myFlightradar24's ({@link flightsApp}). */
export function isFlightsCsv(start: string): boolean {
  return flightsApp(start) !== null;
}

/** An airport as said: in full ("London Heathrow (LHR)"), in short ("London"), and its code for a flight's key. */
interface Airport {
  said: string;
  short: string;
  code: string;
}

/** An airport said from its city, its name and its code, as myFlightradar24 names it ("London", "Heathrow", "LHR" → "London Heathrow (LHR)"). */
function airportOf(city: string, name: string, code: string): Airport {
  const c = city.trim();
  const n = name.trim();
  const tag = code ? ` (${code})` : "";
  let said: string;
  if (!c && !n) return { said: code, short: code, code };
  if (!c || !n || n === c || n.toLowerCase().startsWith(c.toLowerCase())) said = `${n || c}${tag}`;
  else if (n.split(/\s+/).length <= 2) said = `${c} ${n}${tag}`;
  else said = `${c} (${n}${code ? `, ${code}` : ""})`;
  return { said, short: c || n || code, code: code || n };
}

/** A Flighty airport, by its IATA code: named from the list (flight-codes.ts), else its code alone. */
function flightyAirport(code: string): Airport {
  const iata = code.trim().toUpperCase();
  const named = airportNamed(iata);
  return named ? airportOf(named.city, named.name, iata) : { said: iata, short: iata, code: iata };
}

/**
 * A myFlightradar24 airport, "London / Heathrow (LHR/EGLL)" (or "Lisbon (LIS)"): its city, its name, its IATA code (else
 * its ICAO code); a code alone ("LHR") named as Flighty's are; any other text with no codes is its name.
 */
function fr24Airport(text: string): Airport {
  const m = /^(.*?)\s*\(([A-Z0-9]{0,4})(?:\/([A-Z0-9]{0,4}))?\)\s*$/i.exec(text.trim());
  const place = (m ? m[1]! : text).trim();
  if (!m && /^[A-Z]{3}$/.test(place)) return flightyAirport(place);
  const at = place.indexOf(" / ");
  const [city, name] = at === -1 ? ["", place] : [place.slice(0, at), place.slice(at + 3)];
  const code = m ? (/^[A-Z]{3}$/i.test(m[2]!) ? m[2]! : m[3] || m[2]!).toUpperCase() : "";
  return airportOf(city, name, code);
}

/** An airline: its name as said, its IATA code and its ICAO code (each "" when not known). */
interface Airline {
  name: string;
  iata: string;
  icao: string;
}

/** Flighty's airline, its ICAO code: named from the list, else its code. */
function flightyAirline(code: string): Airline | null {
  const icao = code.trim().toUpperCase();
  if (!icao) return null;
  const named = airlineNamed(icao);
  return named ? { name: named.name, iata: named.iata, icao } : { name: icao, iata: "", icao };
}

/** myFlightradar24's airline, "British Airways (BA/BAW)" (" (/)" none; a name alone kept as its name). */
function fr24Airline(text: string): Airline | null {
  const m = /^(.*?)\s*\(([A-Z0-9]{0,3})\/([A-Z0-9]{0,3})\)\s*$/i.exec(text.trim());
  const name = (m ? m[1]! : text).trim();
  return name ? { name, iata: m ? m[2]!.toUpperCase() : "", icao: m ? m[3]!.toUpperCase() : "" } : null;
}

/** A time and when it was planned: each a wall time (epoch ms, the airport's clock read as UTC), or null. */
interface Pair {
  scheduled: number | null;
  actual: number | null;
}

/** A flight as read from either app's row. */
interface Flight {
  app: FlightsApp;
  /** The day's key ("2026-03-09"; a month's or a year's first day) and how it is said ("on Monday 9 March", "in February 2006"). */
  day: string;
  on: string;
  airline: Airline | null;
  /** The flight as said ("BA213"), and its key ("BAW213"). */
  number: string;
  designator: string;
  from: Airport;
  to: Airport;
  divertedTo: Airport | null;
  canceled: boolean;
  gateOut: Pair;
  takeOff: Pair;
  landing: Pair;
  gateIn: Pair;
  /** myFlightradar24's time in the air, in seconds, or null. */
  duration: number | null;
  depTerminal: string;
  depGate: string;
  arrTerminal: string;
  arrGate: string;
  aircraft: string;
  tail: string;
  pnr: string;
  seat: string;
  seatType: string;
  cabin: string;
  reason: string;
  note: string;
}

/** A row's cells by column name (as the header writes it), trimmed, its runs of white space one. */
type Cells = (column: string) => string;

/** A time as Flighty writes it, "2026-03-09T11:40" (seconds allowed), or a clock alone, "11:40", on its row's day. */
const FLIGHTY_TIME = /^(?:(\d{4})-(\d{2})-(\d{2})[T ])?(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The wall time of `value` in `column`, a Flighty time (a clock alone on its row's day), or null when empty. @throws ImportError naming the line and the column: any other value. */
function timeCell(file: string, line: number, column: string, value: string, day: string): number | null {
  if (!value) return null;
  const m = FLIGHTY_TIME.exec(value);
  const [y, mo, d] = m?.[1] ? [m[1], m[2], m[3]].map(Number) : day.split("-").map(Number);
  const [h, mi, s] = m ? [m[4], m[5], m[6] ?? "0"].map(Number) : [];
  const wall = m ? Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) : Number.NaN;
  if (!m || new Date(wall).getUTCDate() !== d || h! > 23 || mi! > 59 || s! > 59)
    throw new ImportError(file, `line ${line}`, `${column} ${JSON.stringify(value)}: expected a time as Flighty writes it, "2026-03-09T11:40", or nothing`);
  return wall;
}

/** A day "2026-03-09" (myFlightradar24 also "2006-02", "2006"): its key and how it is said, or null when it is none. */
function dayOf(value: string): { day: string; on: string } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const at = Date.UTC(y, mo - 1, d, 12);
  if (new Date(at).getUTCMonth() !== mo - 1 || new Date(at).getUTCDate() !== d) return null;
  const day = new Date(at).toISOString().slice(0, 10);
  if (m[3]) return { day, on: `on ${dayWords(at)}` };
  return { day, on: m[2] ? `in ${monthYear(at)}` : `in ${y}` };
}

/** The day of a row's `Date`. @throws ImportError naming the line: none, or no day. */
function dayCell(file: string, line: number, value: string, app: FlightsApp): { day: string; on: string } {
  const day = app === "flighty" && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : dayOf(value);
  if (!day)
    throw new ImportError(
      file,
      `line ${line}`,
      value ? `Date ${JSON.stringify(value)}: expected a day, "2026-03-09"` : 'Date is empty: expected a day, "2026-03-09"',
    );
  return day;
}

/** An airport's cell. @throws ImportError naming the line and the column: none. */
function airportCell(file: string, line: number, column: string, value: string): string {
  if (!value) throw new ImportError(file, `line ${line}`, `${column} is empty: expected the airport ("LHR", "London / Heathrow (LHR/EGLL)")`);
  return value;
}

/** A value as said, in lower case, its underscores spaces ("PREMIUM_ECONOMY" → "premium economy"). */
const lowerWords = (v: string) => v.replace(/_/g, " ").toLowerCase();

/** myFlightradar24's codes of a seat's type, a class and a reason (0 or none: not given); a word is read as itself. */
const FR24_SEATS: Readonly<Record<string, string>> = { "1": "window", "2": "middle", "3": "aisle" };
const FR24_CLASSES: Readonly<Record<string, string>> = { "1": "economy", "2": "business", "3": "first", "4": "premium economy", "5": "private" };
const FR24_REASONS: Readonly<Record<string, string>> = { "1": "leisure", "2": "business", "3": "crew", "4": "other" };

/** A myFlightradar24 code as its words (`codes`), a word as itself in lower case, "" for 0 or none. */
function fr24Code(value: string, codes: Readonly<Record<string, string>>): string {
  return /^\d+$/.test(value) ? (codes[value] ?? "") : lowerWords(value);
}

/** The seconds of a clock or a duration as myFlightradar24 writes them ("07:40:00", "02:35:00"; "7:40" too), or null for anything else. */
function fr24Seconds(value: string): number | null {
  const m = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(value);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : null;
}

/** A Flighty row as a flight. @throws ImportError naming the line and the column: no day, no airport, a time or `Canceled` that is none. */
function flightyFlight(file: string, line: number, cell: Cells): Flight {
  const { day, on } = dayCell(file, line, cell("Date"), "flighty");
  const time = (column: string) => timeCell(file, line, column, cell(column), day);
  const pair = (name: string): Pair => ({ scheduled: time(`${name} (Scheduled)`), actual: time(`${name} (Actual)`) });
  const canceled = cell("Canceled").toLowerCase();
  if (!["", "true", "false"].includes(canceled))
    throw new ImportError(file, `line ${line}`, `Canceled ${JSON.stringify(cell("Canceled"))}: expected "true" or "false"`);
  const airline = flightyAirline(cell("Airline"));
  const number = cell("Flight").toUpperCase();
  const diverted = cell("Diverted To");
  return {
    app: "flighty",
    day,
    on,
    airline,
    number: number ? `${airline?.iata || airline?.icao || ""}${number}` : "",
    designator: number ? `${airline?.icao ?? ""}${number}` : "",
    from: flightyAirport(airportCell(file, line, "From", cell("From"))),
    to: flightyAirport(airportCell(file, line, "To", cell("To"))),
    divertedTo: diverted ? flightyAirport(diverted) : null,
    canceled: canceled === "true",
    gateOut: pair("Gate Departure"),
    takeOff: pair("Take off"),
    landing: pair("Landing"),
    gateIn: pair("Gate Arrival"),
    duration: null,
    depTerminal: cell("Dep Terminal"),
    depGate: cell("Dep Gate"),
    arrTerminal: cell("Arr Terminal"),
    arrGate: cell("Arr Gate"),
    aircraft: cell("Aircraft Type Name"),
    tail: cell("Tail Number"),
    pnr: cell("PNR"),
    seat: cell("Seat"),
    seatType: lowerWords(cell("Seat Type")),
    cabin: lowerWords(cell("Cabin Class")),
    reason: lowerWords(cell("Flight Reason")),
    note: cell("Notes"),
  };
}

/** A myFlightradar24 row as a flight. @throws ImportError naming the line and the column: no day, no airport, a time that is none. */
function fr24Flight(file: string, line: number, cell: Cells): Flight {
  const { day, on } = dayCell(file, line, cell("Date"), "flightradar24");
  const clock = (column: string) => {
    const v = cell(column);
    const seconds = v ? fr24Seconds(v) : null;
    if (v && (seconds === null || seconds >= 86_400 || !/^\d{1,2}:[0-5]\d(?::[0-5]\d)?$/.test(v)))
      throw new ImportError(file, `line ${line}`, `${column} ${JSON.stringify(v)}: expected a clock time, "07:40:00", or nothing`);
    // (a month's or a year's flight has no day for its clock)
    return seconds !== null && on.startsWith("on ") ? Date.parse(`${day}T00:00:00Z`) + seconds * 1000 : null;
  };
  const [dep, arr] = [clock("Dep time"), clock("Arr time")];
  // ("00:00:00" both: no times given)
  const unknown = cell("Dep time").startsWith("00:00") && cell("Arr time").startsWith("00:00");
  const duration = fr24Seconds(cell("Duration"));
  const airline = fr24Airline(cell("Airline"));
  let number = cell("Flight number").toUpperCase().replace(/\s+/g, "");
  if (/^\d+[A-Z]?$/.test(number) && airline?.iata) number = `${airline.iata}${number}`;
  const bare =
    airline?.iata && number.startsWith(airline.iata)
      ? number.slice(airline.iata.length)
      : airline?.icao && number.startsWith(airline.icao)
        ? number.slice(airline.icao.length)
        : number;
  const aircraft = /^(.*?)\s*\([A-Z0-9-]{0,4}\)\s*$/i.exec(cell("Aircraft"))?.[1] ?? cell("Aircraft");
  return {
    app: "flightradar24",
    day,
    on,
    airline,
    number,
    designator: number && airline?.icao && /^\d/.test(bare) ? `${airline.icao}${bare}` : number,
    from: fr24Airport(airportCell(file, line, "From", cell("From"))),
    to: fr24Airport(airportCell(file, line, "To", cell("To"))),
    divertedTo: null,
    canceled: false,
    gateOut: { scheduled: null, actual: null },
    takeOff: { scheduled: null, actual: unknown ? null : dep },
    landing: { scheduled: null, actual: unknown ? null : arr },
    gateIn: { scheduled: null, actual: null },
    duration: duration ? duration : null,
    depTerminal: "",
    depGate: "",
    arrTerminal: "",
    arrGate: "",
    aircraft: aircraft.trim(),
    tail: cell("Registration"),
    pnr: "",
    seat: cell("Seat number"),
    seatType: fr24Code(cell("Seat type"), FR24_SEATS),
    cabin: fr24Code(cell("Flight class"), FR24_CLASSES),
    reason: fr24Code(cell("Flight reason"), FR24_REASONS),
    note: cell("Note"),
  };
}

/** Why a flight was flown, as said after its day: ", for work", ", for leisure", ", as crew" ("" for none or other). */
function reasonWords(reason: string): string {
  if (!reason || reason === "other") return "";
  if (reason === "business") return ", for work";
  if (reason === "crew") return ", as crew";
  return `, for ${reason}`;
}

/** A cabin as said: "economy", "premium economy", "business class", "first class", "a private flight"'s "private". */
const cabinWords = (cabin: string) => (/^(?:business|first)$/.test(cabin) ? `${cabin} class` : cabin);

/** `words` with a capital first letter, to open a sentence ("the flight to Boston" → "The flight to Boston"). */
const cap = (words: string) => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** "a" or "an" before `words`. */
const article = (words: string) => (/^[aeiou]/i.test(words) ? "an" : "a");

/** A terminal as said: "Terminal 5", "Terminal E" ("T1" → "Terminal 1"; "MAIN" → "the main terminal"). */
function terminalWords(terminal: string): string {
  if (/^main$/i.test(terminal)) return "the main terminal";
  return `Terminal ${terminal.replace(/^(?:t|terminal)\s*(?=\w)/i, "")}`;
}

/** The day of a wall time, "2026-03-14". */
const dayOfWall = (wall: number) => new Date(wall).toISOString().slice(0, 10);

/** A wall time's clock, with its day when it is not `day` ("05:38 on Saturday 14 March"). */
function clockOn(wall: number, day: string): string {
  return dayOfWall(wall) === day ? clockOf(wall) : `${clockOf(wall)} on ${dayWords(wall)}`;
}

/** The sentence of a flight's times: its delay, or when it left and arrived against when it was due. */
function timesWords(f: Flight, flight: string): string {
  if (f.app === "flightradar24") {
    const [dep, arr] = [f.takeOff.actual, f.landing.actual];
    const length = f.duration ? `a flight of ${durationWords(f.duration)}` : "";
    if (dep === null && arr === null) return length ? `${cap(flight)} took ${durationWords(f.duration!)}.` : "";
    const left = [...(dep !== null ? [`departed at ${clockOf(dep)}`] : []), ...(arr !== null ? [`arrived at ${clockOf(arr)}`] : [])].join(" and ");
    return `${cap(flight)} ${left}${length ? `, ${length}` : ""}.`;
  }
  const gate = f.gateOut.scheduled !== null || f.gateOut.actual !== null;
  const out = gate ? f.gateOut : f.takeOff;
  const into = f.gateIn.scheduled !== null || f.gateIn.actual !== null ? f.gateIn : f.landing;
  const [leave, arrive] = gate ? ["left the gate", "arrived"] : ["took off", "landed"];
  const late = out.actual !== null && out.scheduled !== null ? Math.round((out.actual - out.scheduled) / 60_000) : 0;
  if (late >= 15) {
    const arrived =
      into.actual !== null
        ? `, and ${arrive} at ${clockOn(into.actual, f.day)}${into.scheduled !== null ? ` instead of ${clockOn(into.scheduled, dayOfWall(into.actual))}` : ""}`
        : "";
    return `${cap(flight)} was delayed by ${durationWords(late * 60)}: it ${leave} at ${clockOn(out.actual!, f.day)} instead of ${clockOn(out.scheduled!, f.day)}${arrived}.`;
  }
  const part = (p: Pair, did: string, due: string) =>
    p.actual !== null
      ? `${did} at ${clockOn(p.actual, f.day)}${p.scheduled !== null ? ` (scheduled ${clockOn(p.scheduled, dayOfWall(p.actual))})` : ""}`
      : p.scheduled !== null
        ? `was due to ${due} at ${clockOn(p.scheduled, f.day)}`
        : "";
  const parts = [part(out, leave, gate ? "leave" : "take off"), part(into, arrive, gate ? "arrive" : "land")].filter(Boolean);
  return parts.length ? `${cap(flight)} ${parts.join(" and ")}.` : "";
}

/** The sentence of where the user sat and on what: the seat and its type, the cabin, the aircraft and its tail number. */
function seatWords(f: Flight, flight: string): string {
  const tailWord = f.app === "flighty" ? "tail number" : "registration";
  const cabin = f.cabin && f.cabin !== "private" ? `in ${cabinWords(f.cabin)}` : f.cabin === "private" ? "on a private flight" : "";
  const plane = f.aircraft
    ? `on ${article(f.aircraft)} ${f.aircraft}${f.tail ? ` (${tailWord} ${f.tail})` : ""}`
    : f.tail
      ? `on the aircraft with ${tailWord} ${f.tail}`
      : "";
  const after = [cabin, plane].filter(Boolean);
  const seatType = f.seatType ? `${article(f.seatType)} ${f.seatType} seat` : "";
  if (f.seat) return `My seat on ${flight} was ${[f.seat, seatType, ...after].filter(Boolean).join(", ")}.`;
  if (seatType) return `I had ${[seatType, ...after].join(", ")} on ${flight}.`;
  return after.length ? `On ${flight} I flew ${after.join(", ")}.` : "";
}

/** The sentence of the terminals and gates a flight left from and arrived at (Flighty's). */
function gatesWords(f: Flight, flight: string): string {
  const at = (terminal: string, gate: string) => [...(terminal ? [terminalWords(terminal)] : []), ...(gate ? [`gate ${gate}`] : [])].join(", ");
  const from = at(f.depTerminal, f.depGate);
  const to = at(f.arrTerminal, f.arrGate);
  const parts = [...(from ? [`left from ${from}`] : []), ...(to ? [`arrived at ${to}`] : [])];
  return parts.length ? `${cap(flight)} ${parts.join(from.includes(",") ? ", and " : " and ")}.` : "";
}

/** A flight's paragraph (see the module's docs). */
function flightWords(f: Flight): string {
  const airlineFlight = f.number
    ? `${f.airline ? `${f.airline.name} ` : ""}flight ${f.number}`
    : f.airline
      ? `${article(f.airline.name)} ${f.airline.name} flight`
      : "";
  const dest = f.divertedTo ?? f.to;
  const flight = `the ${f.canceled ? "cancelled " : ""}flight to ${dest.short}`;
  const sentences: string[] = [];
  if (f.canceled) {
    const due = f.gateOut.scheduled ?? f.takeOff.scheduled;
    sentences.push(
      `My ${airlineFlight || "flight"} from ${f.from.said} to ${f.to.said} ${f.on}${reasonWords(f.reason)}${reasonWords(f.reason) ? "," : ""} was cancelled${due !== null ? `; it had been scheduled to leave at ${clockOf(due)}` : ""}.`,
    );
  } else {
    const by = airlineFlight ? ` on ${airlineFlight}` : "";
    const diverted = f.divertedTo ? `, but the flight was diverted to ${f.divertedTo.said}` : "";
    sentences.push(`Flew from ${f.from.said} ${f.divertedTo ? "towards" : "to"} ${f.to.said}${by} ${f.on}${reasonWords(f.reason)}${diverted}.`);
    sentences.push(timesWords(f, flight), seatWords(f, flight));
  }
  if (f.pnr) sentences.push(`The booking reference (PNR) for ${flight} was ${f.pnr}.`);
  if (!f.canceled) sentences.push(gatesWords(f, flight));
  if (f.note) sentences.push(`My note on ${flight}: ${quotedEnd(f.note)}`);
  return sentences.filter(Boolean).join(" ");
}

/** When a flight is told: its planned (else its actual) departure off the gate, else its take-off, else its day at noon. */
function whenOf(f: Flight): number {
  return f.gateOut.scheduled ?? f.gateOut.actual ?? f.takeOff.scheduled ?? f.takeOff.actual ?? Date.parse(`${f.day}T12:00:00Z`);
}

/**
 * Reads `file`, a flight log (its start `start`, as detect.ts read it: Flighty's export or myFlightradar24's), as
 * notes of the user's records (format `note`, said by the user, speaker "User", `records: "day"`): a note per day of
 * the flights that left on it (`flights:day:2026-03-09`, "Flights, Monday 9 March 2026"), each flight a paragraph in
 * time order (see the module's docs), named `flight <day> <airline's ICAO code and number> <from>-<to>` (the same
 * flight again in the file numbered, " #2"); held to the file's end (held-notes.ts; given sooner past its bound, the same
 * key). Turn metadata: `{ line, flights: { app, …the row's cells that are not empty, by their columns' names } }`.
 * @throws ImportError naming the file and where: a header that is neither app's (`line 1`); a day, a time or
 *   `Canceled` that is none (`line 7: Gate Departure (Actual) "7.40": expected a time as Flighty writes it,
 *   "2026-03-09T11:40", or nothing`), an airport that is empty, at its row's line and by its column; the CSV's own
 *   faults (an unclosed or stray quote, a record over {@link MAX_RECORD_CHARS} characters) at the line csv-parse
 *   stopped at; invalid UTF-8 at its line and byte. A file with no flight says why, "the note has no text: …" (a
 *   folder passes it over, saying so).
 */
export async function* parseFlights(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const app = flightsApp(start);
  if (!app)
    throw new ImportError(
      file,
      "line 1",
      `not a flight log: expected Flighty's export ("${FLIGHTY_OPENING.join(",")},…") or myFlightradar24's ("${FR24_OPENING.join(",")},…")`,
    );
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new HeldNotes({ records: "day" });
  const seen = new Map<string, number>();
  let header: string[] | null = null;
  let columns: CsvColumns = new Map();
  for await (const { cells, line } of csv.records) {
    if (!header) {
      header = cells.map((c) => c.replace(/^\uFEFF/, "").trim());
      columns = headerColumns(header);
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const cell: Cells = (column) => cellOf(cells, columns, column.toLowerCase()).replace(/\s+/g, " ");
    const f = app === "flighty" ? flightyFlight(file, line, cell) : fr24Flight(file, line, cell);
    const id = `flight ${f.day} ${f.designator ? `${f.designator} ` : ""}${f.from.code}-${f.to.code}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    const kept: Record<string, string> = {};
    for (const [i, name] of header.entries()) if (name && cells[i]?.trim()) kept[name] = cells[i]!.trim();
    yield* notes.add(`flights:day:${f.day}`, dayNoteTitle("Flights", f.day), {
      externalId: n > 1 ? `${id} #${n}` : id,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: whenOf(f),
      text: flightWords(f),
      metadata: { line, flights: { app, ...kept } },
    });
  }
  if (!header) throw new ImportError(file, "line 1", "no header: not a flight log");
  if (!seen.size)
    throw new ImportError(file, `line ${csv.lastLine() || 1}`, `${NO_TEXT}: a ${app === "flighty" ? "Flighty" : "myFlightradar24"} export with no flights`);
  // (in time order, whichever way the file runs: a day's key sorts as its day)
  yield* notes.given().sort((a, b) => (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0));
}
