/**
 * Google Maps Timeline (Location History): where the user went and how, a note of theirs per day. Two
 * exports, checked against the Location History format's JSON Schemas (CarlosBergillos/LocationHistoryFormat:
 * Semantic.schema.json, Records.schema.json, Settings.schema.json and its guides), a Takeout month file
 * quoted whole in a public guide, forensic notes and importers of older files, and for the phone's export a
 * public listing of its fields (nabedroid/google-timeline-viewer), a real file's first segments quoted in a
 * public design note and importers' tests (hossain-khan/kgeo-device-timeline, dawarich-style readers):
 *
 * - Google Takeout's Location History (before the Timeline moved onto phones): `Takeout/Location History
 *   (Timeline)/` (older: `Location History/`; translated in other languages, so told by content) holding
 *   `Semantic Location History/2026/2026_OCTOBER.json`, a month each, two spaces a level with an array's
 *   objects opening on its line: `{ "timelineObjects": [{ "placeVisit": { "location": { "latitudeE7",
 *   "longitudeE7", "placeId", "address", "name", "semanticType"? ("TYPE_HOME", "TYPE_WORK",
 *   "TYPE_SEARCHED_ADDRESS", "TYPE_ALIASED_LOCATION": a private label, its `name`) }, "duration": {
 *   "startTimestamp": "2026-10-06T07:32:41.318Z", "endTimestamp" } (older: `startTimestampMs`, ms as a
 *   string), "placeConfidence", "visitConfidence", "otherCandidateLocations", "childVisits"? } }, {
 *   "activitySegment": { "startLocation", "endLocation", "duration", "distance" (m), "activityType":
 *   "IN_PASSENGER_VEHICLE" | "WALKING" | "IN_BUS" | "IN_TRAIN" | …, "activities", "waypointPath"?,
 *   "transitPath"? { "transitStops": [ { "name", … } ], "name" (the line), "distanceMeters" },
 *   "parkingEvent"? } }] }`; beside it `Records.json` (`{ "locations": [ … ] }`, every raw point),
 *   `Settings.json` and `Timeline Edits.json`, passed over, said why ({@link timelinePassedOver}). Times
 *   are UTC instants: told on this computer's clock, in its time zone at import (or `zone`), as Google
 *   Maps' Timeline on the web showed them: the user's own zone, where they live.
 * - The phone's export (Android: Settings → Location → Location services → Timeline → Export Timeline
 *   data): `Timeline.json`, `{ "semanticSegments": [ { "startTime": "2026-12-01T08:06:00.000+00:00",
 *   "endTime", "startTimeTimezoneUtcOffsetMinutes"?, "endTimeTimezoneUtcOffsetMinutes"?, and one of
 *   "visit": { "hierarchyLevel", "probability", "topCandidate": { "placeId", "semanticType" ("HOME",
 *   "WORK", "INFERRED_HOME", "INFERRED_WORK", "SEARCHED_ADDRESS", "ALIASED_LOCATION", "UNKNOWN"),
 *   "placeLocation": { "latLng": "53.8178412°, -1.5731186°" } } }, "activity": { "start", "end",
 *   "distanceMeters", "topCandidate": { "type", "probability" } }, "timelinePath": [ { "point", "time" }
 *   ] (a two-hour window's points, passed over), "timelineMemory" (a trip's place ids, passed over) } ],
 *   "rawSignals": [ … ], "userLocationProfile": { … } }` (both passed over unread). No place is named in
 *   it: a visit is home, work, or a place at its coordinates. Times are told on the clock their offset says.
 *
 * Read as notes of the user's (format `note`, said by the user; the file's format `timeline`): a note per
 * day on the local clock ("Google Maps Timeline, 6 October 2026", `timeline:day:2026-10-06`), each visit
 * or journey a paragraph of its start, in time order, in words ("Went to Riverside Dental Practice (42 Call
 * Lane, Leeds LS1 7BT, UK) on Tuesday 6 October, from 08:32 to 09:18 (46 minutes).", "Stayed at home (27 Ash
 * Grove, …) from 18:02 on Tuesday 6 October to 08:05 on Wednesday 7 October (14 hours 3 minutes).", "Drove
 * 11.2 km from home to White Rose Shopping Centre on Saturday 31 October, from 10:20 to 10:45 (25 minutes).",
 * "Took the train 40.2 km from Leeds to York (TransPennine Express) on …"), a journey's ends named by the
 * visits beside it (or its transit line's stops), and a day of two journeys or more a last paragraph of how
 * far by each way ("In all on Saturday 31 October: drove 22.8 km (2 journeys)."); and a note "Places in
 * Google Maps Timeline" (`timeline:places`), each named place met in the file once with its address ("The
 * address of Gritstone Climbing Centre is Unit 4, Kirkstall Road, …", "My home address is …"). A paragraph
 * is named by what it is and its start instant (`visit 2026-10-06T07:32:00.000Z`, `journey …`, `day total`;
 * a place by its Google place id), so importing the same export again, or a later one, adds only what is new.
 * Memory is bounded: the file is streamed (json-paths.ts), one timeline object held at a time, a month's
 * paragraphs held until its end (held-notes.ts), at most {@link MAX_PLACES} places.
 */
import { isoToMs } from "../../time/import-dates.js";
import { jsonFileStart } from "../kit/bytes.js";
import { HeldNotes } from "../notes/held-notes.js";
import { type PathKey, streamJsonPaths } from "../kit/json-paths.js";
import { wallClock } from "../notes/journey.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { describeValue, formatPath } from "../kit/validate.js";

/**
 * What a file of Google's Location History is, by its start: a Takeout month of places and journeys
 * (`semantic`), the phone's Timeline.json (`device`), Takeout's raw points (`records`), its settings
 * (`settings`), or its log of edits (`edits`).
 */
export type TimelineKind = "semantic" | "device" | "records" | "settings" | "edits";

/** What a reader is told: where to report the bytes read, and the time zone a Takeout month's UTC times are told in (an IANA zone; by default this computer's). */
export type TimelineOptions = { onProgress?: (bytesRead: number, totalBytes: number) => void; zone?: string };

/** Most places a file's note of places tells (past it, the rest are told only in their days). */
export const MAX_PLACES = 10_000;

/** A visit and the journey after it are beside each other when no more than this (ms) lies between them. */
const BESIDE_MS = 60 * 60_000;

/** Why each file of Location History that holds no place or journey is passed over. */
const NO_PLACES: Readonly<Record<"records" | "settings" | "edits", string>> = {
  records:
    "Location History's raw points (Records.json: each position the phone reported, no place or journey); the places and journeys are read from Semantic Location History",
  settings: "Location History's settings and devices (Settings.json), no place or journey",
  edits: "Google's log of edits made to the Timeline (Timeline Edits.json), no place or journey of its own",
};

/**
 * What a Location History file is from its start (its text, a byte order mark dropped), or null: an object
 * opening `"timelineObjects": [` (semantic); one opening `"semanticSegments": [`, or `"rawSignals": [` or
 * `"userLocationProfile": {` (device); `"locations": [` whose first point names `"latitudeE7"` (records);
 * `"createdTime"` naming `"historyEnabled"`, `"deviceSettings"` or `"retentionWindowDays"` (settings);
 * `"timelineEdits": [` (edits).
 */
export function timelineKind(start: string): TimelineKind | null {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  if (/^\{\s*"timelineObjects"\s*:\s*\[/.test(s)) return "semantic";
  if (/^\{\s*"(?:semanticSegments"\s*:\s*\[|rawSignals"\s*:\s*\[|userLocationProfile"\s*:\s*\{)/.test(s)) return "device";
  if (/^\{\s*"locations"\s*:\s*\[\s*(?:\]|\{[^{}]*"latitudeE7"\s*:)/.test(s)) return "records";
  if (/^\{\s*"createdTime"\s*:/.test(s) && /"(?:historyEnabled|deviceSettings|retentionWindowDays)"\s*:/.test(s)) return "settings";
  if (/^\{\s*"timelineEdits"\s*:\s*\[/.test(s)) return "edits";
  return null;
}

/** Whether a file's start is one of Location History's files ({@link timelineKind}). */
export function isTimelineFile(start: string): boolean {
  return timelineKind(start) !== null;
}

/**
 * Why `file`, a `.json` found in a folder, is passed over unread, when it is one of Location History's that
 * holds no place or journey (by its first 4 KiB): Records.json's raw points, Settings.json, Timeline
 * Edits.json; null for any other file (and one that cannot be read).
 */
export async function timelinePassedOver(file: string): Promise<string | null> {
  const start = await jsonFileStart(file);
  const kind = start === null ? null : timelineKind(start);
  return kind === "records" || kind === "settings" || kind === "edits" ? NO_PLACES[kind] : null;
}

/** A place as the export names it: its name, address, what it is to the user, its coordinates and Google's id. */
interface Place {
  name: string;
  address: string;
  /** home, work, or a place the user searched for or labelled (null: any other) */
  role: "home" | "work" | "searched" | "labelled" | null;
  lat: number | null;
  lng: number | null;
  placeId: string;
}

/** A time read: the instant (epoch ms) and the same on the local clock, read as UTC. */
interface When {
  at: number;
  wall: number;
}

/** A stay at a place, or a journey, as read from either export. */
type Segment =
  | { kind: "visit"; start: When; end: When; place: Place; within: Array<{ name: string; start: When; end: When }>; level: number; where: string }
  | {
      kind: "journey";
      start: When;
      end: When;
      mode: string;
      metres: number | null;
      stops: string[];
      line: string;
      where: string;
    };

/** How each way of moving is said: what was done ("Drove"), or the vehicle taken ("bus"), and its words in a day's total. */
const MODES: Readonly<Record<string, { did?: string; took?: string; total: string }>> = {
  WALKING: { did: "Walked", total: "walked" },
  ON_FOOT: { did: "Walked", total: "walked" },
  WALKING_NORDIC: { did: "Walked", total: "walked" },
  HIKING: { did: "Hiked", total: "hiked" },
  RUNNING: { did: "Ran", total: "ran" },
  CYCLING: { did: "Cycled", total: "cycled" },
  ON_BICYCLE: { did: "Cycled", total: "cycled" },
  IN_PASSENGER_VEHICLE: { did: "Drove", total: "drove" },
  IN_CAR: { did: "Drove", total: "drove" },
  IN_VEHICLE: { did: "Travelled by road", total: "by road" },
  IN_ROAD_VEHICLE: { did: "Travelled by road", total: "by road" },
  IN_TAXI: { did: "Took a taxi", total: "by taxi" },
  MOTORCYCLING: { did: "Rode a motorbike", total: "by motorbike" },
  IN_BUS: { took: "bus", total: "by bus" },
  IN_TRAIN: { took: "train", total: "by train" },
  IN_RAIL_VEHICLE: { took: "train", total: "by train" },
  IN_SUBWAY: { took: "subway", total: "by subway" },
  IN_TRAM: { took: "tram", total: "by tram" },
  IN_FERRY: { took: "ferry", total: "by ferry" },
  IN_CABLECAR: { took: "cable car", total: "by cable car" },
  IN_FUNICULAR: { took: "funicular", total: "by funicular" },
  IN_GONDOLA_LIFT: { took: "gondola lift", total: "by gondola lift" },
  FLYING: { did: "Flew", total: "flew" },
  BOATING: { did: "Went by boat", total: "by boat" },
  SAILING: { did: "Sailed", total: "sailed" },
  KAYAKING: { did: "Kayaked", total: "kayaked" },
  ROWING: { did: "Rowed", total: "rowed" },
  SWIMMING: { did: "Swam", total: "swam" },
  SKIING: { did: "Skied", total: "skied" },
  SNOWBOARDING: { did: "Snowboarded", total: "snowboarded" },
  SKATING: { did: "Skated", total: "skated" },
  SKATEBOARDING: { did: "Skateboarded", total: "skateboarded" },
  HORSEBACK_RIDING: { did: "Rode a horse", total: "by horse" },
  IN_WHEELCHAIR: { did: "Went by wheelchair", total: "by wheelchair" },
};

/** A way of moving the export does not name plainly (UNKNOWN_ACTIVITY_TYPE, STILL, anything new). */
const TRAVELLED = { did: "Travelled", total: "travelled" };

const DAY_WORDS = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
const TITLE_DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * A day as the user would say it, without its year: "Tuesday 6 October" (of `wall`, a local time read as
 * UTC). Each paragraph is of a time that day, so the memory engine reads the day as that one (its year from
 * the paragraph's time), as Strava's and Spotify's paragraphs are told.
 */
function dayWords(wall: number): string {
  return DAY_WORDS.format(wall).replace(",", "");
}

/** The clock time of `wall` (a local time read as UTC): "08:05". */
function clock(wall: number): string {
  return new Date(wall).toISOString().slice(11, 16);
}

/** How long `ms` lasted, to the minute (to the hour past a day): "25 minutes", "1 hour", "8 hours 58 minutes", "1 day 6 hours", "under a minute". */
function lasting(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "under a minute";
  const unit = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
  if (minutes >= 1440) {
    const days = Math.floor(minutes / 1440);
    const hours = Math.round((minutes % 1440) / 60);
    return hours === 24 ? unit(days + 1, "day") : hours ? `${unit(days, "day")} ${unit(hours, "hour")}` : unit(days, "day");
  }
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h ? (m ? `${unit(h, "hour")} ${unit(m, "minute")}` : unit(h, "hour")) : unit(m, "minute");
}

/** A distance as said: metres under 1 km ("450 m"), else km to one decimal ("11.2 km"). */
function distance(metres: number): string {
  return metres < 1000 ? `${Math.round(metres)} m` : `${Number((metres / 1000).toFixed(1))} km`;
}

/** From when to when, on the local clock: "on Tuesday 6 October, from 08:32 to 09:18", or across days "from 18:02 on Tuesday 6 October to 08:05 on Wednesday 7 October". */
function span(start: When, end: When): string {
  const sameDay = Math.floor(start.wall / 86_400_000) === Math.floor(end.wall / 86_400_000);
  return sameDay
    ? `on ${dayWords(start.wall)}, from ${clock(start.wall)} to ${clock(end.wall)}`
    : `from ${clock(start.wall)} on ${dayWords(start.wall)} to ${clock(end.wall)} on ${dayWords(end.wall)}`;
}

/** Coordinates as said, to five decimals (about a metre): "53.80405°, -1.57903°". */
function coordinates(lat: number, lng: number): string {
  return `${Number(lat.toFixed(5))}°, ${Number(lng.toFixed(5))}°`;
}

/** A place in a visit's words: "home (27 Ash Grove, …)", "work (Northgate Insurance, 1 Wellington Place, …)", "Casa Lupo (33 Great George St, …)", "a place at 53.80405°, -1.57903°". */
function placeWords(p: Place): string {
  if (p.role === "home" || p.role === "work") {
    const where = [p.name.toLowerCase() === p.role ? "" : p.name, p.address].filter(Boolean).join(", ");
    return where ? `${p.role} (${where})` : p.role;
  }
  if (p.name) return p.address ? `${p.name} (${p.address})` : p.name;
  if (p.address) return p.address;
  const at = p.lat !== null && p.lng !== null ? `at ${coordinates(p.lat, p.lng)}` : "";
  if (p.role === "searched") return `a place I had searched for${at ? `, ${at}` : ""}`;
  if (p.role === "labelled") return `a place I labelled${at ? `, ${at}` : ""}`;
  return at ? `a place ${at}` : "a place";
}

/** A place as a journey's end names it: "home", "work", its name, its address's first part, else its coordinates. */
function shortPlace(p: Place): string {
  if (p.role === "home" || p.role === "work") return p.role;
  if (p.name) return p.name;
  if (p.address) return p.address.split(",")[0]!.trim();
  return p.lat !== null && p.lng !== null ? `a place at ${coordinates(p.lat, p.lng)}` : "a place";
}

/** "home", "to work", "to York". */
function toWords(name: string): string {
  return name === "home" ? "home" : `to ${name}`;
}

/** A visit in words (see the module comment), with the places Takeout found within it ("While there: …"). */
function visitWords(v: Extract<Segment, { kind: "visit" }>): string {
  const verb = v.place.role === "home" ? "Stayed at" : "Went to";
  const head = `${verb} ${placeWords(v.place)} ${span(v.start, v.end)} (${lasting(v.end.at - v.start.at)}).`;
  if (!v.within.length) return head;
  return `${head} While there: ${v.within.map((c) => `${c.name}, from ${clock(c.start.wall)} to ${clock(c.end.wall)}`).join("; ")}.`;
}

/** A journey in words, its ends named by the visit before it (`from`) and after it (`to`), or its transit line's stops. */
function journeyWords(j: Extract<Segment, { kind: "journey" }>, from: string | null, to: string | null): string {
  const mode = MODES[j.mode] ?? TRAVELLED;
  const far = j.metres !== null && j.metres > 0 ? ` ${distance(j.metres)}` : "";
  const [first, last] = j.stops.length >= 2 ? [j.stops[0]!, j.stops.at(-1)!] : [from, to];
  const route = [first ? ` from ${first}` : "", last ? ` ${toWords(last)}` : ""].join("");
  let head: string;
  if (mode.took) {
    const short = /^[A-Za-z]?\d+[A-Za-z]?$|^[A-Z]{1,3}\d*$/.test(j.line);
    const vehicle = j.line && short ? `the ${j.line} ${mode.took}` : `the ${mode.took}`;
    head = `Took ${vehicle}${far}${route}${j.line && !short ? ` (${j.line})` : ""}`;
  } else head = `${mode.did}${far}${route}`;
  return `${head} ${span(j.start, j.end)} (${lasting(j.end.at - j.start.at)}).`;
}

/** The day's note a segment is of: keyed by its local day ("timeline:day:2026-10-06"), titled "Google Maps Timeline, 6 October 2026". */
function dayNote(wall: number): { key: string; title: string } {
  return { key: `timeline:day:${new Date(wall).toISOString().slice(0, 10)}`, title: `Google Maps Timeline, ${TITLE_DAY.format(wall)}` };
}

/** A day's note with its last paragraph, how far by each way when it holds two journeys or more ("In all on Saturday 31 October: drove 22.8 km (2 journeys)."). */
function withTotal(note: ParsedConversation): ParsedConversation {
  const totals = new Map<string, { metres: number; journeys: number }>();
  let journeys = 0;
  for (const t of note.turns) {
    const j = (t.metadata.timeline ?? {}) as { kind?: string; mode?: string; metres?: number };
    if (j.kind !== "journey" || !j.metres) continue;
    journeys++;
    const words = (MODES[j.mode ?? ""] ?? TRAVELLED).total;
    const sum = totals.get(words) ?? { metres: 0, journeys: 0 };
    sum.metres += j.metres;
    sum.journeys++;
    totals.set(words, sum);
  }
  if (journeys < 2) return note;
  const parts = [...totals].map(([words, { metres, journeys: n }]) => {
    const far = distance(metres);
    const said = words.startsWith("by ") ? `${far} ${words}` : `${words} ${far}`;
    return n > 1 ? `${said} (${n} journeys)` : said;
  });
  const last = note.turns.reduce((max, t) => Math.max(max, t.occurredAt), Number.NEGATIVE_INFINITY);
  const total: ParsedTurn = {
    externalId: "day total",
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: last + 1,
    text: `In all on ${dayWords(last)}: ${parts.join(", ")}.`,
    metadata: { timeline: { kind: "total", totals: Object.fromEntries(totals) } },
  };
  return { ...note, turns: [...note.turns, total] };
}

/**
 * Where a visit's place is, a paragraph of the note "Places in Google Maps Timeline" (`timeline:places`),
 * named `place <its Google place id>` and of the visit's start: "My home address is 27 Ash Grove, …" (the
 * place the user set as Home in Google Maps), "My work address is 1 Wellington Place, … (Northgate
 * Insurance)." (as Work), "The address of Gritstone Climbing Centre is Unit 4, Kirkstall Road, …", "Hannah's
 * (my label in Google Maps) is at 12 Montreal Avenue, …"; null for a place with no address (the phone's).
 */
function placeTurn(v: Extract<Segment, { kind: "visit" }>): ParsedTurn | null {
  const p = v.place;
  if (!p.address) return null;
  const named = p.name && p.name.toLowerCase() !== p.role ? p.name : "";
  const text =
    p.role === "home" || p.role === "work"
      ? `My ${p.role} address is ${p.address}${named ? ` (${named})` : ""}.`
      : p.role === "labelled" && named
        ? `${named} (my label in Google Maps) is at ${p.address}.`
        : named
          ? `The address of ${named} is ${p.address}.`
          : null;
  if (!text) return null;
  return {
    externalId: `place ${p.placeId || `${p.name}|${p.address}`}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: v.start.wall,
    text,
    // (where a place is has no time: a later export, whose first visit there differs, adds it again only if its address changed)
    metadata: { undated: true, timeline: { kind: "place", place: placeMeta(p) } },
  };
}

/**
 * The paragraphs of a file's segments, given in the file's order: each visit told as it comes, each journey
 * told once what follows it is known (the visit it ended at), each into its day's note (held-notes.ts).
 */
class DayWriter {
  private readonly notes = new HeldNotes({ records: "day" });
  private previous: Segment | null = null;
  private pending: { j: Extract<Segment, { kind: "journey" }>; from: string | null } | null = null;
  private lastSpan = "";
  private readonly places = new Map<string, ParsedTurn>();
  /** How many paragraphs were told. */
  count = 0;

  /** Adds `s` (in the file's order); returns the notes to give now (past held-notes.ts MAX_HELD_CHARS). */
  add(s: Segment): ParsedConversation[] {
    const out: ParsedConversation[] = [];
    if (this.pending) out.push(...this.flush(s));
    if (s.kind === "visit") {
      // (the phone writes a building and a shop in it as two visits of one span, one after the other, hierarchyLevel 0 and 1: the first told)
      const spanKey = `${s.start.at}-${s.end.at}`;
      if (s.level > 0 && spanKey === this.lastSpan) return out;
      this.lastSpan = spanKey;
      out.push(...this.put(s, visitWords(s), { kind: "visit", place: placeMeta(s.place) }));
      this.remember(s);
    } else {
      const p = this.previous;
      this.pending = { j: s, from: p ? besideName(p, s.start.at - p.end.at, "last") : null };
    }
    this.previous = s;
    return out;
  }

  /** The notes held, the last journey told, each day's total added; then the places' note ({@link placesNote}). */
  end(): ParsedConversation[] {
    const out = this.pending ? this.flush(null) : [];
    const places = [...this.places.values()];
    return [
      ...out,
      ...this.notes.given().map(withTotal),
      ...(places.length
        ? [
            {
              format: "note" as const,
              externalId: "timeline:places",
              title: "Places in Google Maps Timeline",
              participants: [NOTE_SPEAKER],
              startedAt: places[0]!.occurredAt,
              turns: places,
            },
          ]
        : []),
    ];
  }

  /** Keeps where a visit's place is, the first time it is met ({@link placeTurn}), up to {@link MAX_PLACES}. */
  private remember(v: Extract<Segment, { kind: "visit" }>): void {
    const key = v.place.placeId || `${v.place.name}|${v.place.address}`;
    if (this.places.has(key) || this.places.size >= MAX_PLACES) return;
    const turn = placeTurn(v);
    if (turn) this.places.set(key, turn);
  }

  /** Tells the journey waiting for what came after it (`next`: the visit it ended at, when beside it). */
  private flush(next: Segment | null): ParsedConversation[] {
    const { j, from } = this.pending!;
    this.pending = null;
    const to = next ? besideName(next, next.start.at - j.end.at, "first") : null;
    return this.put(j, journeyWords(j, from, to), {
      kind: "journey",
      mode: j.mode,
      ...(j.metres !== null ? { metres: j.metres } : {}),
      ...(j.line ? { line: j.line } : {}),
      ...(j.stops.length ? { stops: j.stops } : {}),
    });
  }

  /** Adds the paragraph `text` of `s` to its day's note, its metadata `timeline`; returns the notes to give now. */
  private put(s: Segment, text: string, timeline: Record<string, unknown>): ParsedConversation[] {
    const note = dayNote(s.start.wall);
    this.count++;
    const turn: ParsedTurn = {
      externalId: `${s.kind} ${new Date(s.start.at).toISOString()}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: s.start.wall,
      text,
      metadata: { path: s.where, timeline },
    };
    return this.notes.add(note.key, note.title, turn).map(withTotal);
  }
}

/**
 * What names a journey's end beside `s`, when no more than {@link BESIDE_MS} (`gap`, ms) lies between them:
 * a visit's place ({@link shortPlace}), or a transit journey's stop nearest it (its `first` or `last`); else null.
 */
function besideName(s: Segment, gap: number, stop: "first" | "last"): string | null {
  if (gap > BESIDE_MS) return null;
  if (s.kind === "visit") return shortPlace(s.place);
  return s.stops.length >= 2 ? (stop === "first" ? s.stops[0]! : s.stops.at(-1)!) : null;
}

/** A place's metadata: its Google id, name, address, role and coordinates, those it has. */
function placeMeta(p: Place): Record<string, unknown> {
  return {
    ...(p.placeId ? { placeId: p.placeId } : {}),
    ...(p.name ? { name: p.name } : {}),
    ...(p.address ? { address: p.address } : {}),
    ...(p.role ? { role: p.role } : {}),
    ...(p.lat !== null && p.lng !== null ? { lat: p.lat, lng: p.lng } : {}),
  };
}

/** A string field's words, its lines joined with ", " (an older Takeout's address is on lines) and white space folded; "" for anything else. */
function words(v: unknown): string {
  return typeof v === "string"
    ? v
        .split(/\s*\n\s*/)
        .map((l) => l.replace(/\s+/g, " ").trim())
        .filter(Boolean)
        .join(", ")
    : "";
}

/** An object's members, or an empty object for anything else. */
function members(v: unknown): Record<string, unknown> {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** What a semanticType says the place is to the user ("TYPE_HOME", "HOME", "INFERRED_HOME" → home …), or null. */
function roleOf(type: unknown): Place["role"] {
  const t =
    typeof type === "string"
      ? type
          .toUpperCase()
          .replace(/^TYPE_/, "")
          .replace(/^INFERRED_/, "")
      : "";
  return t === "HOME" ? "home" : t === "WORK" ? "work" : t === "SEARCHED_ADDRESS" ? "searched" : t === "ALIASED_LOCATION" ? "labelled" : null;
}

/** Degrees from an E7 integer, or null. */
function fromE7(v: unknown): number | null {
  return typeof v === "number" && Number.isFinite(v) && Math.abs(v) <= 1_800_000_000 ? v / 1e7 : null;
}

/** A latLng string as the phone writes it ("53.8178412°, -1.5731186°"; "geo:53.81,-1.57" in some), or nulls. */
function latLngOf(v: unknown): { lat: number | null; lng: number | null } {
  const m = typeof v === "string" ? /^\s*(?:geo:)?(-?\d+(?:\.\d+)?)°?\s*,\s*(-?\d+(?:\.\d+)?)°?\s*$/.exec(v) : null;
  return m ? { lat: Number(m[1]), lng: Number(m[2]) } : { lat: null, lng: null };
}

/** A Takeout placeVisit's `location` (or a child visit's) as a place. */
function takeoutPlace(v: unknown): Place {
  const l = members(v);
  return {
    name: words(l.name),
    address: words(l.address),
    role: roleOf(l.semanticType),
    lat: fromE7(l.latitudeE7),
    lng: fromE7(l.longitudeE7),
    placeId: typeof l.placeId === "string" ? l.placeId : "",
  };
}

/** How a Takeout instant (epoch ms) is put on the local clock, read as UTC. */
type Clock = (at: number) => number;

/**
 * A Takeout duration's start or end (`startTimestamp` ISO 8601, or an older `startTimestampMs`).
 * @throws ImportError naming its place when it is neither.
 */
function takeoutTime(file: string, path: PathKey[], duration: unknown, which: "start" | "end", wall: Clock): When {
  const d = members(duration);
  const iso = d[`${which}Timestamp`];
  const ms = d[`${which}TimestampMs`];
  const at = typeof iso === "string" ? isoToMs(iso) : typeof ms === "string" && /^\d{1,15}$/.test(ms) ? Number(ms) : Number.NaN;
  if (Number.isNaN(at)) {
    const key = ms !== undefined && iso === undefined ? `${which}TimestampMs` : `${which}Timestamp`;
    throw new ImportError(
      file,
      formatPath([...path, "duration", key]),
      `expected a time as Takeout writes it, "2026-10-06T07:32:41.318Z", got ${describeValue(d[key])}`,
    );
  }
  return { at, wall: wall(at) };
}

/** A Takeout month's timeline object as a segment, or null for one that is neither a placeVisit nor an activitySegment. @throws ImportError naming a bad time's place. */
function takeoutSegment(file: string, path: PathKey[], value: unknown, wall: Clock): Segment | null {
  const o = members(value);
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, formatPath(path), `expected a timeline object ({ "placeVisit": … } or { "activitySegment": … }), got ${describeValue(value)}`);
  if (o.placeVisit !== undefined) {
    const at = [...path, "placeVisit"];
    const v = members(o.placeVisit);
    const within = (Array.isArray(v.childVisits) ? v.childVisits : []).flatMap((c, i) => {
      const child = members(c);
      const place = takeoutPlace(child.location);
      const name = place.name || place.address;
      if (!name) return [];
      const where = [...at, "childVisits", i];
      return [{ name, start: takeoutTime(file, where, child.duration, "start", wall), end: takeoutTime(file, where, child.duration, "end", wall) }];
    });
    return {
      kind: "visit",
      start: takeoutTime(file, at, v.duration, "start", wall),
      end: takeoutTime(file, at, v.duration, "end", wall),
      place: takeoutPlace(v.location),
      within,
      level: 0,
      where: formatPath(path),
    };
  }
  if (o.activitySegment !== undefined) {
    const at = [...path, "activitySegment"];
    const a = members(o.activitySegment);
    const transit = members(a.transitPath);
    const firstActivity = members(Array.isArray(a.activities) ? a.activities[0] : undefined).activityType;
    const mode = typeof a.activityType === "string" ? a.activityType : typeof firstActivity === "string" ? firstActivity : "";
    const metres = [a.distance, members(a.waypointPath).distanceMeters, transit.distanceMeters, members(a.simplifiedRawPath).distanceMeters].find(
      (d): d is number => typeof d === "number" && Number.isFinite(d) && d >= 0,
    );
    const stops = (Array.isArray(transit.transitStops) ? transit.transitStops : []).map((s) => words(members(s).name)).filter(Boolean);
    return {
      kind: "journey",
      start: takeoutTime(file, at, a.duration, "start", wall),
      end: takeoutTime(file, at, a.duration, "end", wall),
      mode: mode.toUpperCase(),
      metres: metres ?? null,
      stops,
      line: words(transit.name),
      where: formatPath(path),
    };
  }
  return null;
}

/** An ISO 8601 time with its offset, as the phone writes it ("2026-12-01T08:06:00.000+00:00"), its offset in minutes (null for "Z" or none). */
const OFFSET = /(?:([+-])(\d{2}):?(\d{2})|Z)$/i;

/**
 * A phone segment's `startTime` or `endTime`: the instant, and the local clock its offset says (else its
 * `…TimezoneUtcOffsetMinutes`, else UTC). @throws ImportError naming its place when it is no such time.
 */
function deviceTime(file: string, path: PathKey[], seg: Record<string, unknown>, which: "start" | "end"): When {
  const v = seg[`${which}Time`];
  const at = typeof v === "string" ? isoToMs(v) : Number.NaN;
  if (Number.isNaN(at))
    throw new ImportError(
      file,
      formatPath([...path, `${which}Time`]),
      `expected a time with its offset, as Timeline.json writes it, "2026-12-01T08:06:00.000+00:00", got ${describeValue(v)}`,
    );
  const m = OFFSET.exec((v as string).trim());
  const given = seg[`${which}TimeTimezoneUtcOffsetMinutes`];
  const offset =
    m?.[1] !== undefined ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : typeof given === "number" && Number.isFinite(given) ? given : 0;
  return { at, wall: at + offset * 60_000 };
}

/** A phone export's segment as a segment, or null for a timelinePath, a timelineMemory or anything else (passed over). @throws ImportError naming a bad time's place. */
function deviceSegment(file: string, path: PathKey[], value: unknown): Segment | null {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(
      file,
      formatPath(path),
      `expected a segment ({ "startTime", "endTime", "visit" | "activity" | "timelinePath" }), got ${describeValue(value)}`,
    );
  const seg = value as Record<string, unknown>;
  if (seg.visit !== undefined) {
    const v = members(seg.visit);
    const top = members(v.topCandidate);
    const { lat, lng } = latLngOf(members(top.placeLocation).latLng ?? top.placeLocation);
    const place: Place = {
      name: "",
      address: "",
      role: roleOf(top.semanticType),
      lat,
      lng,
      placeId: typeof top.placeId === "string" ? top.placeId : typeof top.placeID === "string" ? top.placeID : "",
    };
    const level = Number(v.hierarchyLevel ?? 0);
    return {
      kind: "visit",
      start: deviceTime(file, path, seg, "start"),
      end: deviceTime(file, path, seg, "end"),
      place,
      within: [],
      level: Number.isFinite(level) ? level : 0,
      where: formatPath(path),
    };
  }
  if (seg.activity !== undefined) {
    const a = members(seg.activity);
    const type = members(a.topCandidate).type;
    const metres = typeof a.distanceMeters === "number" && Number.isFinite(a.distanceMeters) && a.distanceMeters >= 0 ? a.distanceMeters : null;
    return {
      kind: "journey",
      start: deviceTime(file, path, seg, "start"),
      end: deviceTime(file, path, seg, "end"),
      mode: typeof type === "string" ? type.toUpperCase() : "",
      metres,
      stops: [],
      line: "",
      where: formatPath(path),
    };
  }
  return null;
}

/** This computer's time zone (an IANA name), "" when it cannot be told. */
function localZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {
    return "";
  }
}

/**
 * Reads `file`, a file of Google Maps Timeline (Location History) told by `head` (its start), as notes of
 * the user's (format `note`, said by the user, speaker "User"; the file's format `timeline`): a Takeout
 * month of Semantic Location History (`2026_OCTOBER.json`) or the phone's `Timeline.json`, a note per local
 * day ({@link dayNote}: externalId `timeline:day:2026-10-06`), each visit and journey a paragraph in words
 * at its start on the local clock read as UTC (the day the user lived it), named `visit <instant ISO>` or
 * `journey <instant ISO>`, and a day of two journeys or more a last paragraph `day total`; then the places
 * met with an address, a note `timeline:places` ("Places in Google Maps Timeline"), a paragraph each named
 * `place <Google place id>` ({@link placeTurn}). A Takeout
 * month's UTC times are told in `opts.zone`, by default this computer's time zone at import; the phone's in
 * the offset each time gives. Turn metadata: `{ path (the item's JSON path, "timelineObjects[12]"),
 * timeline: { kind: "visit", place: { placeId, name, address, role, lat, lng } } | { kind: "journey", mode
 * ("IN_BUS"), metres, line, stops } | { kind: "total", totals } | { kind: "place", place } }`. Notes are held to the file's end, given
 * sooner past held-notes.ts MAX_HELD_CHARS.
 * @throws ImportError naming the file and where: a time that is none, at its JSON path
 *   (`timelineObjects[3].placeVisit.duration.startTimestamp: expected a time as Takeout writes it, …`;
 *   `semanticSegments[0].startTime: expected a time with its offset, …`); an item that is no object; the
 *   stream's own faults (json-paths.ts: byte, line and column; truncated JSON); "the note has no text: …"
 *   for Records.json, Settings.json and Timeline Edits.json (`byte 0`: {@link timelinePassedOver}'s reasons)
 *   and for a file with no place nor journey; a file that is none of these (`byte 0`).
 */
export async function* parseTimeline(file: string, head: string, opts: TimelineOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = timelineKind(head);
  if (kind === null)
    throw new ImportError(
      file,
      "byte 0",
      'not a Google Maps Timeline file (a Takeout month, { "timelineObjects": [ … ] }, or the phone\'s Timeline.json, { "semanticSegments": [ … ] })',
    );
  if (kind === "records" || kind === "settings" || kind === "edits") throw new ImportError(file, "byte 0", `${NO_TEXT}: ${NO_PLACES[kind]}`);
  const zone = opts.zone ?? localZone();
  const wall: Clock = (at) => wallClock(at, zone);
  const list = kind === "semantic" ? "timelineObjects" : "semanticSegments";
  const writer = new DayWriter();
  for await (const { path, value } of streamJsonPaths(file, {
    onProgress: opts.onProgress,
    choose: (p, k) => {
      if (p.length === 0) return k === "object" ? "enter" : "skip";
      if (p.length === 1) return p[0] === list && k === "array" ? "enter" : "skip";
      return "keep";
    },
  })) {
    const segment = kind === "semantic" ? takeoutSegment(file, path, value, wall) : deviceSegment(file, path, value);
    if (segment) yield* writer.add(segment);
  }
  const notes = writer.end();
  if (!writer.count)
    throw new ImportError(
      file,
      list,
      `${NO_TEXT}: ${kind === "semantic" ? "a Location History month with no place nor journey" : "a Timeline with no visit nor journey (its raw signals are passed over)"}`,
    );
  yield* notes;
}
