/**
 * Polarsteps' "Download my data" (polarsteps.com: the profile's Account settings → Privacy → "Download my data", a ZIP;
 * unzipped, its `trip/` and `user/` folders, as niekvleeuwen/polarsteps-data-parser's usage guide says, which also says
 * the steps' comments are not in it). Checked against public readers of the export and their fixtures, and only what they
 * show is relied on: Agroqirax/polarsteps-to-gpx's example export (`user_data/user/user.json`,
 * `user_data/trip/<trip>_<id>/` holding `trip.json` and `locations.json`, indented two spaces), emsys42/
 * polarsteps-data-parser's test trip and its reader (a step's `name` else `display_name`, `description`,
 * `location.detail` as its country, `start_time` epoch seconds; `start_date` and `end_date` the first day's midnight and
 * the last day's 23:59:59 on the trip's `timezone_id`; a step's photos and videos in `<trip folder>/<slug>_<step
 * id>/photos/` and `videos/`), niekvleeuwen/polarsteps-data-parser (`locations.json`'s `{ "locations": [ { lat, lon,
 * time } ] }`), corentingiraud's travel book creator (`location.country_code`, `weather_condition`,
 * `weather_temperature` shown as °C), therealkarle/PolarstepsPDFCreator (`total_km`; the weather conditions clear-day,
 * clear-night, partly-cloudy-day, partly-cloudy-night, cloudy, rain, snow, wind, fog), WhiteFerrari666/
 * polarsteps-unpacker (folders named by the trip's name and id, "Radtour zu den Lofoten_4936737"; the trip's
 * `summary`), and remuzel/polarsteps-api's model of the same trip from Polarsteps' API (a step's `is_deleted`,
 * `end_time` and `timezone_id`; a location's `locality`, read when present: no export quoted shows it). Told by content
 * ({@link polarstepsKind}):
 *
 * - `trip.json`: `{ "id", "user_id", "name", "slug", "start_date", "end_date" (epoch seconds as floats), "is_deleted",
 *   "total_km", "timezone_id", "summary" (the user's words), "cover_photo", "step_count", …, "all_steps": [ { "id",
 *   "trip_id", "name" (the title the user gave, else null), "display_name", "description" (the user's words, plain
 *   text, its paragraphs on blank lines), "slug", "start_time", "end_time" (epoch seconds, or null), "location": {
 *   "name", "detail" (its country), "full_detail", "country_code", "lat", "lon", "venue", "locality"? }, "is_deleted",
 *   "timezone_id" (an IANA zone), "weather_condition", "weather_temperature" (°C), … } ] }`. Each step is a note of the
 *   user's, as a diary's entry is (format `note`, said by the user; the file's format `polarsteps`), keyed
 *   `polarsteps:step:<id>` and titled by the name the user gave it and its place ("Cooking class (Hoi An)", else "Hoi
 *   An"), so what a paragraph of it says is told under the step ("The night bus (Phong Nha): The driver played karaoke
 *   …"): one paragraph at its start on the clock of its own `timezone_id`, read as UTC, so its day is the traveller's
 *   ("I was in Hoi An, Vietnam on Saturday 14 March at 20:30.", then its description as written, then "The weather in
 *   Hoi An was partly cloudy, 30°C."). Then the trip's summary a note of its own, keyed `polarsteps:trip:<id>` and
 *   titled by the trip's name ({@link summaryOf}: its days, how many, how far, its countries, its steps, the summary as
 *   written). A later export adds only the steps that are new (and the summary anew when it changed); a step deleted
 *   in the app (`"is_deleted": true`) is passed over. A trip is a log of where the user went (`records: "log"`): what
 *   it tells stays out of the user's `human` core block, which says who they are.
 * - `locations.json` (the GPS track: points, no words) and `user/user.json` (the account's profile and settings) are
 *   passed over, said why, and so are a step's photos and videos ({@link polarstepsPassedOver}).
 *
 * Memory is bounded: trip.json is streamed (json-paths.ts), a step kept and given at a time, its other members skipped
 * unread (the cover photo, the tracker's device).
 */
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { inImportRange } from "../../time/import-dates.js";
import { jsonFileStart } from "../kit/bytes.js";
import { type PathKey, streamJsonPaths, type ValueKind } from "../kit/json-paths.js";
import { clockOf, dayWords, listed } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue, formatPath } from "../kit/validate.js";
import { placeAndWeather, wallClock } from "../notes/journey.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";

/** Which file of Polarsteps' export: a trip, its GPS track, or the account's profile. */
export type PolarstepsKind = "trip" | "locations" | "user";

/** Why each file of the export that holds no trip is passed over. */
const NO_TRIP: Readonly<Record<Exclude<PolarstepsKind, "trip">, string>> = {
  locations: "Polarsteps' GPS track of a trip (locations.json: points and times, no words); the trip's steps are read from trip.json beside it",
  user: "Polarsteps' account profile and settings (user.json: the name, home, email and units), no trip",
};

/** Whether `head` names `key` as a member (not inside a string, where its quotes are escaped). */
const names = (head: string, key: string) => new RegExp(`(?<!\\\\)"${key}"\\s*:`).test(head);

/**
 * Which file of Polarsteps' export `start` (a file's first bytes, 4 KiB or more; a byte order mark dropped) is, or null:
 * a JSON object naming `"user_id"`, `"start_date"` and `"total_km"` (trip.json, whose `all_steps` come after its cover
 * photo); one opening `"locations": [` whose first point names `"lat"`, `"lon"` and `"time"` (locations.json; an empty
 * one only when `file` is a locations.json beside a trip.json); one naming `"username"`, `"living_location"` and
 * `"unit_is_km"` or `"temperature_is_celsius"` (user.json).
 */
export function polarstepsKind(start: string, file?: string): PolarstepsKind | null {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  if (s[0] !== "{") return null;
  const head = s.slice(0, 16 * 1024);
  if (names(head, "user_id") && names(head, "start_date") && names(head, "total_km")) return "trip";
  const track = /^\{\s*"locations"\s*:\s*\[\s*(\]|\{[^{}]*\})/.exec(s);
  if (track) {
    const point = track[1]!;
    if (point === "]") return file !== undefined && basename(file) === "locations.json" && existsSync(join(dirname(file), "trip.json")) ? "locations" : null;
    if (names(point, "lat") && names(point, "lon") && names(point, "time")) return "locations";
  }
  if (names(head, "username") && names(head, "living_location") && (names(head, "unit_is_km") || names(head, "temperature_is_celsius"))) return "user";
  return null;
}

/** A step's photo or video as the export keeps it: `<trip folder>/<slug>_<step id>/photos/<file>` or `videos/<file>`. */
const STEP_MEDIA = /[\\/][^\\/]+_\d+[\\/](photos|videos)[\\/][^\\/]+$/;

/**
 * Why `file`, found in a folder, is a photo or video of a step passed over unread (in a step's folder
 * `<slug>_<step id>/photos/` or `videos/`, the folder above it holding trip.json), or null.
 */
export function polarstepsMediaPassedOver(file: string): string | null {
  const m = STEP_MEDIA.exec(file);
  if (!m || !existsSync(join(dirname(dirname(dirname(file))), "trip.json"))) return null;
  return `${m[1] === "photos" ? "a photo" : "a video"} of a Polarsteps step, no words (its step is read from trip.json)`;
}

/**
 * Why `file`, found in a folder, is passed over unread when it is a file of Polarsteps' export that holds no trip:
 * locations.json or user.json (by their first 4 KiB), or a step's photo or video ({@link polarstepsMediaPassedOver});
 * null for any other file (and one that cannot be read).
 */
export async function polarstepsPassedOver(file: string): Promise<string | null> {
  const media = polarstepsMediaPassedOver(file);
  if (media) return media;
  if (!/\.json$/i.test(file)) return null;
  const start = await jsonFileStart(file);
  const kind = start === null ? null : polarstepsKind(start, file);
  return kind && kind !== "trip" ? NO_TRIP[kind] : null;
}

/** A trip's fields read from trip.json's top level (the rest is skipped unread). */
const TRIP_FIELDS = new Set(["id", "name", "summary", "start_date", "end_date", "timezone_id", "total_km"]);

/** What each weather condition is in words (a condition not here is said as its words: "sleet"). */
const WEATHER: Readonly<Record<string, string>> = {
  "clear-day": "clear",
  "clear-night": "clear",
  "partly-cloudy-day": "partly cloudy",
  "partly-cloudy-night": "partly cloudy",
  cloudy: "cloudy",
  rain: "rainy",
  snow: "snowy",
  wind: "windy",
  fog: "foggy",
};

const REGIONS = new Intl.DisplayNames(["en-GB"], { type: "region", fallback: "none" });

/** Words as written, trimmed, runs of white space one; "" for none. */
function words(v: unknown): string {
  return typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "";
}

/** The user's words as written, their line breaks kept (CRLF made LF, more than one blank line one), trimmed; "" for none. */
function written(v: unknown): string {
  return typeof v === "string"
    ? v
        .replace(/\r\n?/g, "\n")
        .replace(/[ \t]+\n/g, "\n")
        .replace(/\n{3,}/g, "\n\n")
        .trim()
    : "";
}

/** A country named by its ISO code ("VN" → "Vietnam"), or "" for none or no country ("00", which corentingiraud's travel book treats as none). */
function countryOf(code: unknown): string {
  const c = words(code).toUpperCase();
  if (!/^[A-Z]{2}$/.test(c) || c === "00") return "";
  try {
    return REGIONS.of(c) ?? "";
  } catch {
    return "";
  }
}

/**
 * Epoch ms of `v`, a time in epoch seconds (a float), or null for none.
 * @throws ImportError naming `where`: anything but a number of seconds from 1970 to 2199 or null.
 */
function secondsAt(file: string, where: string, v: unknown): number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "number" && inImportRange(v * 1000)) return Math.round(v * 1000);
  throw new ImportError(file, where, `expected a time in seconds since 1970 (1772150400.0), got ${describeValue(v)}`);
}

/** A value as an object of its members, or null for none. @throws ImportError naming `where`: anything else. */
function objectAt(file: string, where: string, v: unknown, what: string): Record<string, unknown> | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== "object" || Array.isArray(v)) throw new ImportError(file, where, `expected ${what} (an object), got ${describeValue(v)}`);
  return v as Record<string, unknown>;
}

/** A string field as written, "" for none. @throws ImportError naming `where`: a value that is no string. */
function textAt(file: string, where: string, v: unknown, what: string): string {
  if (v === undefined || v === null) return "";
  if (typeof v !== "string") throw new ImportError(file, where, `expected ${what} (a string), got ${describeValue(v)}`);
  return v;
}

/** An id: a number's digits, or a string's words. @throws ImportError naming `where`: none. */
function idOf(file: string, where: string, v: unknown, what: string): string {
  const id = typeof v === "number" && Number.isInteger(v) ? String(v) : words(v);
  if (!id) throw new ImportError(file, where, `expected the ${what}'s id, got ${v === undefined ? "nothing" : describeValue(v)}`);
  return id;
}

/** Where a step was, as said: its place's name, its town (`locality`) when another, and its detail or country: "Hoi An, Vietnam". */
function placeWords(location: Record<string, unknown> | null): { said: string; name: string; country: string } {
  const name = words(location?.name);
  const country = countryOf(location?.country_code) || words(location?.detail);
  const parts: string[] = [];
  for (const part of [name, words(location?.locality), words(location?.detail), country]) {
    if (part && !parts.some((p) => p.toLowerCase() === part.toLowerCase())) parts.push(part);
  }
  return { said: parts.join(", "), name, country };
}

/** A step read: its note, and its country (for the trip's summary). */
interface StepRead {
  note: ParsedConversation;
  /** its start on its clock, read as UTC */
  at: number;
  country: string;
}

/**
 * A step of `all_steps` (`where` its place, "all_steps[3]") as the user's note, or null for one deleted in the app: keyed
 * `polarsteps:step:<id>`, titled by the step's name and its place ("Cooking class (Hoi An)", or the place alone), one
 * paragraph at its start on the clock of its `timezone_id` (else the trip's, `trip.zone`), read as UTC; `trip` its id and name
 * (kept in the paragraph's metadata).
 * @throws ImportError naming the field: a step that is no object, with no id, a `start_time` or `end_time` that is no
 *   time in seconds, a location that is no object, a name, description, zone or weather condition that is no string, a
 *   temperature that is no number.
 */
function stepOf(file: string, where: string, v: unknown, trip: { id: string; name: string; zone: string }): StepRead | null {
  const s = objectAt(file, where, v, "a step");
  if (!s) throw new ImportError(file, where, "expected a step (an object), got null");
  if (s.is_deleted === true) return null;
  const id = idOf(file, `${where}.id`, s.id, "step");
  const start = secondsAt(file, `${where}.start_time`, s.start_time);
  if (start === null) throw new ImportError(file, `${where}.start_time`, "expected the step's time in seconds since 1970, got nothing");
  const end = secondsAt(file, `${where}.end_time`, s.end_time);
  const zone = words(textAt(file, `${where}.timezone_id`, s.timezone_id, "the step's time zone")) || trip.zone;
  const location = objectAt(file, `${where}.location`, s.location, "the step's place");
  const place = placeWords(location);
  const title = words(textAt(file, `${where}.name`, s.name, "the step's name"));
  const shown = title || words(textAt(file, `${where}.display_name`, s.display_name, "the step's name"));
  const description = written(textAt(file, `${where}.description`, s.description, "the step's words"));
  const condition = words(textAt(file, `${where}.weather_condition`, s.weather_condition, "the weather"));
  const temperature = s.weather_temperature;
  if (temperature !== undefined && temperature !== null && (typeof temperature !== "number" || !Number.isFinite(temperature)))
    throw new ImportError(file, `${where}.weather_temperature`, `expected the temperature in °C (a number), got ${describeValue(temperature)}`);
  const wall = wallClock(start, zone);
  const at = `${dayWords(wall)} at ${clockOf(wall)}`;
  const until = end !== null && end > start ? wallClock(end, zone) : null;
  const when = until === null ? `on ${at}` : `from ${at} to ${dayWords(until)} at ${clockOf(until)}`;
  // (a title the user gave, not the place's own name, said with the place)
  const own = shown && shown.toLowerCase() !== place.name.toLowerCase() ? shown : "";
  const weather = placeAndWeather(null, {
    description: WEATHER[condition] ?? condition.replace(/-(?:day|night)$/, "").replace(/-/g, " "),
    degree_c: temperature,
    place: place.name,
  });
  const text = [`I was in ${place.said || "a place Polarsteps does not name"} ${when}.`, ...(description ? [description] : []), ...weather].join("\n\n");
  const turn: ParsedTurn = {
    externalId: `step ${id}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: wall,
    text,
    metadata: {
      polarsteps: {
        kind: "step",
        id,
        trip: trip.id,
        tripName: trip.name,
        at: new Date(start).toISOString(),
        ...(zone ? { zone } : {}),
        ...(place.said ? { place: place.said } : {}),
        ...(shown ? { title: shown } : {}),
        ...(typeof location?.lat === "number" && typeof location?.lon === "number" ? { lat: location.lat, lon: location.lon } : {}),
        ...(condition ? { weather: condition } : {}),
        ...(typeof temperature === "number" ? { temperature } : {}),
      },
    },
  };
  const named = own && place.name ? `${own} (${place.name})` : own || place.name || shown || `A step of ${trip.name}`;
  return {
    note: { format: "note", externalId: `polarsteps:step:${id}`, title: named, participants: [NOTE_SPEAKER], startedAt: wall, turns: [turn], records: "log" },
    at: wall,
    country: place.country,
  };
}

/** The trip's top-level fields, as read. */
interface Trip {
  id?: unknown;
  name?: unknown;
  summary?: unknown;
  start_date?: unknown;
  end_date?: unknown;
  timezone_id?: unknown;
  total_km?: unknown;
}

const DAY_MS = 86_400_000;

/** Countries said with "the": "the United Kingdom", "the Netherlands". */
const THE_COUNTRY = /^(?:United |Netherlands$|Philippines$|Dominican Republic$|Czech Republic$|Central African Republic$|Maldives$|Bahamas$|Gambia$)/;

/**
 * The trip's summary paragraph: "My trip "Vietnam and Cambodia" on Polarsteps: from Friday 27 February to Saturday 4 April
 * (37 days); I travelled 4,318 km through the United Kingdom, Vietnam and Cambodia, in 19 steps." (its days on the trip's
 * clock, counted whole; the first step's day when the trip has no start; "since" when it has no end; its countries in the
 * order its steps reached them), then its summary as written.
 * @throws ImportError naming the field: a start, end or distance of the wrong kind.
 */
function summaryOf(file: string, trip: Trip, title: string, steps: number, countries: string[], firstStep: number): { text: string; at: number } {
  const zone = words(trip.timezone_id);
  const start = secondsAt(file, "start_date", trip.start_date);
  const end = secondsAt(file, "end_date", trip.end_date);
  if (trip.total_km !== undefined && trip.total_km !== null && (typeof trip.total_km !== "number" || !Number.isFinite(trip.total_km) || trip.total_km < 0))
    throw new ImportError(file, "total_km", `expected the trip's distance in km (a number), got ${describeValue(trip.total_km)}`);
  const first = start === null ? firstStep : wallClock(start, zone);
  const last = end === null ? null : wallClock(end, zone);
  const days = last === null ? 0 : Math.floor(last / DAY_MS) - Math.floor(first / DAY_MS) + 1;
  const when = last === null || days < 1 ? `since ${dayWords(first)}` : `from ${dayWords(first)} to ${dayWords(last)} (${days} day${days === 1 ? "" : "s"})`;
  const km = typeof trip.total_km === "number" && trip.total_km > 0 ? ` ${Math.round(trip.total_km).toLocaleString("en-GB")} km` : "";
  const through = countries.length ? ` through ${listed(countries.map((c) => (THE_COUNTRY.test(c) ? `the ${c}` : c)))}` : "";
  const travelled = km || through ? `; I travelled${km}${through},` : ",";
  const summary = written(trip.summary);
  const told = `My trip "${title.replace(/"/g, "″")}" on Polarsteps: ${when}${travelled} in ${steps} step${steps === 1 ? "" : "s"}.`;
  return { text: summary ? `${told}\n\n${summary}` : told, at: Math.floor(first / DAY_MS) * DAY_MS };
}

/** A trip's folder as the export names it, "<trip name>_<id>": its name and id, or null. */
function folderNamed(file: string): { name: string; id: string } | null {
  const m = /^(.+)_(\d+)$/.exec(basename(dirname(file)));
  return m ? { name: m[1]!, id: m[2]! } : null;
}

/**
 * Reads trip.json, streamed: each step a note of the user's as it is read ({@link stepOf}), then the trip's summary a note
 * of its own (`polarsteps:trip:<id>`, titled by the trip's name: {@link summaryOf}).
 * @throws ImportError naming the file and where ({@link stepOf}, {@link summaryOf}); the stream's own errors; "the note
 *   has no text: a Polarsteps trip with no step" for a trip with no step left.
 */
async function* tripFile(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const trip: Trip = {};
  const folder = folderNamed(file);
  let read = 0;
  let firstStep = Number.POSITIVE_INFINITY;
  let id = "";
  // (each country with the earliest step in it)
  const countries = new Map<string, number>();
  // (the document and its steps entered, a step kept at a time; the trip's fields read kept; anything else skipped unread)
  const choose = (path: readonly PathKey[], kind: ValueKind) =>
    path.length === 0 || (path.length === 1 && path[0] === "all_steps" && kind === "array")
      ? "enter"
      : path.length === 1
        ? TRIP_FIELDS.has(String(path[0])) || path[0] === "all_steps"
          ? "keep"
          : "skip"
        : "keep";
  for await (const { path, value } of streamJsonPaths(file, { choose, onProgress: opts.onProgress })) {
    if (path.length === 0) throw new ImportError(file, "byte 0", `expected a Polarsteps trip (a JSON object), got ${describeValue(value)}`);
    if (path.length === 1) {
      if (path[0] === "all_steps") throw new ImportError(file, "all_steps", `expected the trip's steps (an array), got ${describeValue(value)}`);
      trip[path[0] as keyof Trip] = value;
      continue;
    }
    // (the trip's id, name and zone come before its steps in every export; else the step's trip_id and the folder's name)
    id ||= idOf(file, "id", trip.id ?? (value as Record<string, unknown> | null)?.trip_id ?? folder?.id, "trip");
    const name = words(trip.name) || folder?.name || "my Polarsteps trip";
    const step = stepOf(file, formatPath(path), value, { id, name, zone: words(trip.timezone_id) });
    if (!step) continue;
    read++;
    firstStep = Math.min(firstStep, step.at);
    if (step.country && !(step.at >= (countries.get(step.country) ?? Number.POSITIVE_INFINITY))) countries.set(step.country, step.at);
    yield step.note;
  }
  if (!read) throw new ImportError(file, "all_steps", `${NO_TEXT}: a Polarsteps trip with no step`);
  const visited = [...countries].sort((a, b) => a[1] - b[1]).map(([c]) => c);
  const title = words(trip.name) || folder?.name || "Polarsteps trip";
  const summary = summaryOf(file, trip, title, read, visited, firstStep);
  const turn: ParsedTurn = {
    externalId: "trip",
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: summary.at,
    text: summary.text,
    metadata: { polarsteps: { kind: "trip", id, steps: read, countries: visited } },
  };
  yield { format: "note", externalId: `polarsteps:trip:${id}`, title, participants: [NOTE_SPEAKER], startedAt: summary.at, turns: [turn], records: "log" };
}

/**
 * Reads `file`, a file of Polarsteps' export told by `head` (its start: {@link polarstepsKind}): trip.json's steps each a
 * note of the user's as they are read, in the file's order, then the trip's summary a note (format `note`, `records:
 * "log"`; the file's format `polarsteps`). Turn metadata `{ polarsteps: { kind: "step", id, trip, tripName, at (the
 * instant, ISO), zone?, place?, title?, lat?, lon?, weather?, temperature? } }` or `{ polarsteps: { kind: "trip", id,
 * steps, countries } }`.
 * @throws ImportError naming the file and where: a file that is none of the export's (`byte 0`); locations.json or
 *   user.json ("the note has no text: …", so a folder passes it over, saying why); the trip's own errors (tripFile).
 */
export async function* parsePolarsteps(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = polarstepsKind(head, file);
  if (kind === null)
    throw new ImportError(
      file,
      "byte 0",
      'not a file of Polarsteps\' export: expected a trip.json ({"id": …, "user_id": …, "name": …, "start_date": …, "total_km": …, "all_steps": [ … ]})',
    );
  if (kind !== "trip") throw new ImportError(file, "byte 0", `${NO_TEXT}: ${NO_TRIP[kind]}`);
  yield* tripFile(file, opts);
}
