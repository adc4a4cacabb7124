/**
 * Google Maps' saved places and reviews as Google Takeout exports them (the unzipped Takeout folder),
 * checked against public importers of Takeout and their tests of real files:
 *
 * - "Maps (your places)" → `Maps (your places)/Saved Places.json` and `Reviews.json` (the folder's and
 *   the files' names are translated in other languages: told by their content), GeoJSON: `{ "type":
 *   "FeatureCollection", "features": [ { "geometry": { "coordinates": [lng, lat], "type": "Point" },
 *   "properties": { … }, "type": "Feature" } ] }`, pretty-printed two spaces a level. A saved place's
 *   properties `{ date: "2026-11-02T19:41:07Z", google_maps_url: "http://maps.google.com/?cid=<decimal>",
 *   location: { address, country_code, name } }`; a dropped pin or a place Google no longer knows at
 *   [0, 0], no `location`, its URL `?q=<lat>,<lng>` or `?q=<address>&ftid=…`, and `"Comment": "No
 *   location information is available for this saved place"` (Google's words, not the user's). A
 *   review's `{ date: "2026-10-18T21:12:40.512308Z", five_star_rating_published: 5, google_maps_url:
 *   "https://www.google.com/maps/place//data=!4m2!3m1!1s0x0:0x<hex>", location, questions?: [{
 *   question, selected_option? | selected_options? | rating? }], review_text_published? }`. Takeouts
 *   before about 2019 wrote `{ "Google Maps URL", "Location": { "Address", "Business Name", "Country
 *   Code", "Geo Coordinates" }, "Published", "Title", "Updated" }`, read the same.
 * - "Saved" → `Saved/<list name>.csv`, one per list (Starred places, Want to go, Favourite places, and
 *   the user's own lists): a header `Title,Note,URL,Tags,Comment` (older ones `Title,Note,URL,Comment`
 *   or `Title,Note,URL`; some `title,note,item_content_url,…`), an empty row `,,,,` after it, a row per
 *   place, its URL `https://www.google.com/maps/place/<Name>/data=!4m2!3m1!1s0x<hex>:0x<hex>` (the
 *   second hex is the place's cid in decimal), `Note` the user's note on it; a list with a description
 *   has it on the first line, then a blank line, then the header. A row has no address nor day: those
 *   are Saved Places.json's, read beside the list (the Takeout folder's other folders) by the place's cid.
 *
 * What the user saved is their own note (format `note`, said by the user), each place a paragraph in
 * words, of the day it was saved: Saved Places.json one note "Saved places" ("Saved Time Out Market
 * Lisboa (Av. 24 de Julho 49, 1200-479 Lisboa, Portugal) on 25 October 2026."), each list a note titled
 * by the list ("Saved Tasca do Chico (R. do Diário de Notícias 39, …) to Lisbon trip on 24 October 2026."
 * then "Note: Fado bar, singing from 9pm."), the reviews one note "Google Maps reviews" ("My review of
 * Dishoom Shoreditch (7 Boundary St, …), 5 stars: Worth the queue. …"). Coordinates and links are no
 * words (the link is in metadata); a paragraph is named by its place's cid (else its link), so a later
 * Takeout adds only what is new, and a place whose note changed supersedes what was remembered of it.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { humanDate } from "../../time/format.js";
import { inImportRange, isoToMs } from "../../time/import-dates.js";
import { readBytes } from "../kit/bytes.js";
import { type CsvRecord, csvRecords, headerCells } from "../kit/csv-records.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";

/** Most characters of one CSV record (a place's row and its note): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 1024 * 1024;

/** The largest Saved Places.json a list reads beside it for its places' addresses and days (bytes); past it, a list's places are told without them. */
export const MAX_JOINED_BYTES = 64 * 1024 * 1024;

/** A GeoJSON FeatureCollection opening the file (its `type` first, as Takeout writes it, or its `features`). */
const COLLECTION = /^\{\s*"(?:type"\s*:\s*"FeatureCollection"|features"\s*:\s*\[)/;
/** A Google Maps link among a feature's properties, as Takeout names it now and did before 2019. */
const MAPS_URL_KEY = /"(?:google_maps_url|Google Maps URL)"\s*:/;

/**
 * Whether `start` (a file's start, white space trimmed) is a Google Maps GeoJSON of Google Takeout,
 * Saved Places.json or Reviews.json: a FeatureCollection opening the file, a feature's Google Maps link
 * (`"google_maps_url"`, before 2019 `"Google Maps URL"`) in it. Any other GeoJSON (Labeled places.json,
 * a map's data) is not.
 */
export function isGoogleMapsPlaces(start: string): boolean {
  return COLLECTION.test(start) && start.includes('"FeatureCollection"') && MAPS_URL_KEY.test(start);
}

/** The columns of a saved list's header, lower-cased: the place, the user's note, its link (`URL`, or `item_content_url` in some), its tags, a comment. */
const LIST_COLUMNS = new Set(["title", "note", "url", "item_content_url", "tags", "comment"]);

/** Whether `cells` (lower-cased) are a saved list's header: a title, a note and a link among Takeout's columns, no other. */
function isListHeader(cells: readonly string[]): boolean {
  return (
    cells.includes("title") &&
    cells.includes("note") &&
    (cells.includes("url") || cells.includes("item_content_url")) &&
    cells.every((c) => LIST_COLUMNS.has(c))
  );
}

/**
 * Whether `start` (a file's text, a byte-order mark dropped) is a list of Google Takeout's "Saved"
 * (`Saved/<list>.csv`): its first line the header `Title,Note,URL,Tags,Comment` (or `Title,Note,URL,Comment`,
 * `Title,Note,URL`, `title,note,item_content_url,…`), or its third after the list's description and a blank line.
 */
export function isGoogleSavedList(start: string): boolean {
  const lines = start.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/, 4);
  if (isListHeader(headerCells(lines[0] ?? "", true))) return true;
  return lines.length > 2 && !lines[1]!.trim() && isListHeader(headerCells(lines[2]!, true));
}

/** Google's words on a saved place it has no location for ("No location information is available for this saved place"): no words of the user's. */
const NO_LOCATION = /^No location information is available\b/i;

/** A place as the user saved or reviewed it: its key, name, address and link, when it was saved (or reviewed), and what the user wrote. */
interface MapsPlace {
  /** Its cid (`cid:<decimal>`), else its link, else its name: what names its paragraph. */
  key: string;
  name: string;
  address: string;
  url: string;
  country: string;
  at: number | null;
}

/** The properties of a feature read here (Takeout's names now, and before 2019). */
interface Properties {
  date?: unknown;
  google_maps_url?: unknown;
  location?: unknown;
  Comment?: unknown;
  five_star_rating_published?: unknown;
  star_rating?: unknown;
  review_text_published?: unknown;
  review_text?: unknown;
  questions?: unknown;
  name?: unknown;
  address?: unknown;
  "Google Maps URL"?: unknown;
  Location?: unknown;
  Published?: unknown;
  Updated?: unknown;
  Title?: unknown;
  "Star Rating"?: unknown;
  "Review Text"?: unknown;
}

/** A place's cid in decimal from its link: `?cid=4796882358840715922`, or the second half of its feature id (`!1s0x…:0x<hex>`, `ftid=0x…:0x<hex>`); null when the link names none. */
export function placeCid(url: string): string | null {
  const cid = /[?&]cid=(\d+)/.exec(url);
  if (cid) return cid[1]!;
  const ftid = /(?:!1s|[?&]ftid=)0x[0-9a-f]+:0x([0-9a-f]{1,16})(?![0-9a-f])/i.exec(url);
  if (!ftid) return null;
  const n = BigInt(`0x${ftid[1]}`);
  return n > 0n ? n.toString() : null;
}

/** A member's path in an error: `features[0].properties.date`, `features[0].properties["Google Maps URL"]`. */
function member(where: string, key: string): string {
  return /^[\w$]+$/.test(key) ? `${where}.${key}` : `${where}[${JSON.stringify(key)}]`;
}

/** A string of the export, white space collapsed ("" for none). @throws ImportError naming `where`: a value that is no string. */
function text(file: string, where: string, v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v !== "string") throw new ImportError(file, where, `expected a string, got ${describeValue(v)}`);
  return v.replace(/\s+/g, " ").trim();
}

/** A time of the export (ISO 8601) as epoch ms, or null for none. @throws ImportError naming `where`: a value that is no time. */
function timeOf(file: string, where: string, v: unknown): number | null {
  if (v === undefined || v === null || v === "") return null;
  const at = typeof v === "string" ? isoToMs(v) : Number.NaN;
  if (!inImportRange(at)) throw new ImportError(file, where, `expected a time (ISO 8601, "2026-11-02T19:41:07Z"), got ${describeValue(v)}`);
  return at;
}

/** An object of the export, or null for none. @throws ImportError naming `where`: a value that is no object. */
function objectOf(file: string, where: string, v: unknown): Record<string, unknown> | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== "object" || Array.isArray(v)) throw new ImportError(file, where, `expected an object, got ${describeValue(v)}`);
  return v as Record<string, unknown>;
}

/** A link's search (`?q=`) as words: an address or a name ("00120 Vatican City"), or "" for coordinates ("38.714002,-9.133771": a dropped pin) or none. */
function searched(url: string): string {
  const q = /[?&]q=([^&#]*)/.exec(url)?.[1];
  if (!q) return "";
  let words: string;
  try {
    words = decodeURIComponent(q.replace(/\+/g, " "));
  } catch {
    words = q.replace(/\+/g, " ");
  }
  words = words.replace(/\s+/g, " ").trim();
  return /^-?\d+(?:\.\d+)?\s*,\s*-?\d+(?:\.\d+)?$/.test(words) ? "" : words;
}

/** Whether `name` is only coordinates ("40.786627,-73.975535", an old Takeout's title of a dropped pin). */
function isCoordinates(name: string): boolean {
  return /^-?\d+(?:\.\d+)?\s*,\s*-?\d+(?:\.\d+)?$/.test(name);
}

/**
 * The place a feature's properties name (`where`: `features[3].properties`): its name and address
 * (`location`, before 2019 `Location`'s "Business Name" and "Address", else the `Title`; a place Google has
 * no location for by its link's search, "00120 Vatican City"), its link and country, when it was saved or
 * reviewed (`date`, before 2019 `Published`, else `Updated`); its name and address both "" for a dropped
 * pin (coordinates only) or a place Google no longer knows.
 * @throws ImportError naming the field: a location that is no object, a name, address or link that is no string, a date that is no time.
 */
function placeOf(file: string, where: string, p: Properties): MapsPlace {
  const location = objectOf(file, `${where}.location`, p.location) ?? {};
  const old = objectOf(file, `${where}.Location`, p.Location) ?? {};
  const urlKey = p.google_maps_url !== undefined ? "google_maps_url" : "Google Maps URL";
  const url = text(file, member(where, urlKey), p[urlKey]);
  let name =
    text(file, `${where}.location.name`, location.name) ||
    text(file, `${where}.Location["Business Name"]`, old["Business Name"]) ||
    text(file, `${where}.name`, p.name) ||
    text(file, `${where}.Title`, p.Title);
  if (isCoordinates(name)) name = "";
  let address =
    text(file, `${where}.location.address`, location.address) ||
    text(file, `${where}.Location.Address`, old.Address) ||
    text(file, `${where}.address`, p.address);
  if (!name && !address) address = searched(url);
  const country = text(file, `${where}.location.country_code`, location.country_code) || text(file, `${where}.Location["Country Code"]`, old["Country Code"]);
  const at = timeOf(file, `${where}.date`, p.date) ?? timeOf(file, `${where}.Published`, p.Published) ?? timeOf(file, `${where}.Updated`, p.Updated);
  const cid = placeCid(url);
  return { key: cid ? `cid:${cid}` : url || `${name} ${address}`.trim(), name, address, url, country, at };
}

/** A place as said: its name and address ("Tasca do Chico (R. do Diário de Notícias 39, 1200-141 Lisboa, Portugal)"), its name or address alone when it has one. */
function placeWords(p: Pick<MapsPlace, "name" | "address">): string {
  if (!p.name) return p.address;
  return p.address && p.address !== p.name ? `${p.name} (${p.address})` : p.name;
}

/** A sentence's end, or a closing bracket or quote after which no full stop is added. */
const ENDED = /[.!?…)"”’]$/;

/** `words` ended as a sentence ("Best flat white" → "Best flat white."). */
function ended(words: string): string {
  return ENDED.test(words) ? words : `${words}.`;
}

/** A review's stars (1–5), or null for none (0, as Takeout writes a review with no stars). @throws ImportError naming `where`: any other value. */
function starsOf(file: string, where: string, v: unknown): number | null {
  if (v === undefined || v === null || v === "" || v === 0 || v === "0") return null;
  const stars = typeof v === "number" ? v : typeof v === "string" && /^\s*\d+(?:\.0+)?\s*$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) throw new ImportError(file, where, `expected stars from 1 to 5, got ${describeValue(v)}`);
  return stars;
}

/**
 * A review's answers to Google's questions as words ("Meal type: Dinner. Price per person: £20–30.
 * Food: 5 out of 5."), each `{ question, selected_option }`, `{ question, selected_options: [...] }`
 * or `{ question, rating }`; a question with no answer left out. @throws ImportError naming the
 * question (`features[0].properties.questions[2]`): no list, an answer that is no object.
 */
function answersOf(file: string, where: string, v: unknown): string {
  if (v === undefined || v === null) return "";
  if (!Array.isArray(v)) throw new ImportError(file, where, `expected a list of questions, got ${describeValue(v)}`);
  const said: string[] = [];
  for (const [i, q] of v.entries()) {
    const at = `${where}[${i}]`;
    const o = objectOf(file, at, q);
    if (!o) continue;
    const question = text(file, `${at}.question`, o.question);
    const options = Array.isArray(o.selected_options) ? o.selected_options.filter((x): x is string => typeof x === "string" && x.trim() !== "") : [];
    const rating = typeof o.rating === "number" && o.rating > 0 ? `${o.rating} out of 5` : "";
    const answer = text(file, `${at}.selected_option`, o.selected_option) || options.map((x) => x.trim()).join(", ") || rating;
    if (question && answer) said.push(ended(`${question}: ${answer}`));
  }
  return said.join(" ");
}

/** The note of Saved Places.json's places, and of the reviews. */
const SAVED_NOTE = { key: "googlemaps:saved", title: "Saved places" };
const REVIEWS_NOTE = { key: "googlemaps:reviews", title: "Google Maps reviews" };

/** A paragraph of the user's about a place, named by its key. */
function placeTurn(p: MapsPlace, at: number, words: string, extra: Record<string, unknown>): ParsedTurn {
  return {
    externalId: p.key,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: at,
    text: words,
    metadata: {
      googlemaps: {
        ...extra,
        ...(p.name ? { name: p.name } : {}),
        ...(p.address ? { address: p.address } : {}),
        ...(p.country ? { country: p.country } : {}),
        ...(p.url ? { url: p.url } : {}),
        ...(p.at === null ? {} : { at: new Date(p.at).toISOString() }),
      },
    },
  };
}

/**
 * Reads Saved Places.json or Reviews.json (streamed, a feature at a time): each saved place a paragraph
 * of the "Saved places" note ("Saved <place> on <day>.", then "Note: …" for a comment of the user's),
 * each review one of "Google Maps reviews" ("My review of <place>, 5 stars: <its words>", then its
 * answers to Google's questions); a feature is a review when it has stars or a review's words.
 */
async function* placesFile(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const fileTime = Math.floor((await stat(file)).mtimeMs);
  const notes = new HeldNotes({ inTimeOrder: false, records: "log" });
  let features = 0;
  let kept = 0;
  for await (const item of streamJsonArray(file, { arrayAt: "features", onProgress: opts.onProgress })) {
    features++;
    const where = `features[${item.index}]`;
    const feature = objectOf(file, where, item.value);
    if (!feature) throw new ImportError(file, where, "expected a place (an object), got null");
    const props = objectOf(file, `${where}.properties`, feature.properties) as Properties | null;
    if (!props) throw new ImportError(file, `${where}.properties`, "expected the place's properties (an object), got nothing");
    const at = `${where}.properties`;
    const place = placeOf(file, at, props);
    const starsKey =
      props.five_star_rating_published !== undefined ? "five_star_rating_published" : props.star_rating !== undefined ? "star_rating" : "Star Rating";
    const stars = starsOf(file, member(at, starsKey), props[starsKey]);
    const review =
      text(file, `${at}.review_text_published`, props.review_text_published) ||
      text(file, `${at}.review_text`, props.review_text) ||
      text(file, `${at}["Review Text"]`, props["Review Text"]);
    const answers = answersOf(file, `${at}.questions`, props.questions);
    const comment = text(file, `${at}.Comment`, props.Comment);
    const note = comment && !NO_LOCATION.test(comment) ? comment : "";
    const named = place.name !== "" || place.address !== "";
    const when = place.at ?? fileTime;
    if (stars !== null || review || answers) {
      // (a review of a place Google no longer names is still the user's words)
      if (!place.key) place.key = `review ${item.index}`;
      const head = `My review of ${named ? placeWords(place) : "a place Google Maps no longer names"}${stars === null ? "" : `, ${stars} star${stars === 1 ? "" : "s"}`}`;
      const lines = [review ? `${head}: ${review}` : ended(head), ...(answers ? [answers] : []), ...(note ? [`Note: ${ended(note)}`] : [])];
      kept++;
      yield* notes.add(
        REVIEWS_NOTE.key,
        REVIEWS_NOTE.title,
        placeTurn(place, when, lines.join("\n"), { file: "reviews", index: item.index, ...(stars === null ? {} : { stars }) }),
      );
      continue;
    }
    // (a dropped pin, coordinates only, is no place the user can ask about)
    if (!named) continue;
    const day = place.at === null ? "" : ` on ${humanDate(place.at)}`;
    const lines = [`Saved ${placeWords(place)}${day}.`, ...(note ? [`Note: ${ended(note)}`] : [])];
    kept++;
    yield* notes.add(SAVED_NOTE.key, SAVED_NOTE.title, placeTurn(place, when, lines.join("\n"), { file: "saved", index: item.index }));
  }
  // (in a folder, passed over as a note with no text is: import-check.ts isEmptyNote)
  if (!kept)
    throw new ImportError(
      file,
      "features",
      `${NO_TEXT}: ${features ? `Google Maps places of which none is named (${features === 1 ? "a dropped pin" : `${features} dropped pins`})` : "Google Maps places with no place"}`,
    );
  yield* notes.given();
}

/** Most folders beside a list's own that are looked in for its places' Saved Places.json. */
const BESIDE_FOLDERS = 32;
/** Most `.json` files a folder beside a list's may hold to be looked in (Takeout's "Maps (your places)" holds Saved Places.json and Reviews.json). */
const BESIDE_JSON_FILES = 8;

/** What Saved Places.json says of a place a list names: its name, address, country, link, and the day it was saved. */
type KnownPlace = Pick<MapsPlace, "name" | "address" | "country" | "url" | "at">;

/** The places of the Saved Places.json files read beside lists, by file (its path, size and modification time); at most a few. */
const KNOWN = new Map<string, Promise<Map<string, KnownPlace>>>();

/**
 * The places the Takeout folder a list is in knows, by cid: its Saved Places.json (the list is
 * `<Takeout>/Saved/<list>.csv`; any `.json` of another folder of `<Takeout>` that is Google Maps' places,
 * as its name is translated, "Maps (your places)/Saved Places.json"), its reviews' places too (their
 * addresses); empty when there is none, one over {@link MAX_JOINED_BYTES}, or one that cannot be read
 * (its own import then says what is wrong with it). Bounded for a list found anywhere: the first
 * {@link BESIDE_FOLDERS} folders beside its own are looked in, and of those only one that holds at most
 * {@link BESIDE_JSON_FILES} `.json` ("Maps (your places)" holds two; Keep's folder, a note each, is none of it).
 */
async function knownPlaces(list: string): Promise<Map<string, KnownPlace>> {
  const root = dirname(dirname(list));
  const known = new Map<string, KnownPlace>();
  let folders: string[];
  try {
    folders = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && join(root, d.name) !== dirname(list)).map((d) => d.name);
  } catch {
    return known;
  }
  for (const folder of folders.sort().slice(0, BESIDE_FOLDERS)) {
    let names: string[];
    try {
      names = (await readdir(join(root, folder))).filter((n) => /\.json$/i.test(n)).sort();
    } catch {
      continue;
    }
    if (names.length > BESIDE_JSON_FILES) continue;
    for (const name of names) {
      const path = join(root, folder, name);
      for (const [cid, place] of await placesOfFile(path)) {
        const had = known.get(cid);
        // (a saved place's day is when it was saved; a review's place gives its address only)
        if (!had || (had.at === null && place.at !== null)) known.set(cid, { ...had, ...place, at: place.at ?? had?.at ?? null });
      }
    }
  }
  return known;
}

/** The places of one Google Maps GeoJSON by cid (a review's with no day: it is no day saved), remembered by the file's path, size and modification time. */
async function placesOfFile(path: string): Promise<Map<string, KnownPlace>> {
  let key: string;
  try {
    const info = await stat(path);
    if (!info.isFile() || info.size > MAX_JOINED_BYTES) return new Map();
    key = `${path}\0${info.size}\0${info.mtimeMs}`;
  } catch {
    return new Map();
  }
  let known = KNOWN.get(key);
  if (!known) {
    if (KNOWN.size >= 8) KNOWN.clear();
    known = readPlaces(path).catch(() => new Map<string, KnownPlace>());
    KNOWN.set(key, known);
  }
  return known;
}

/** Reads `path`'s places by cid when it is Google Maps' GeoJSON (by its start); empty for any other file. */
async function readPlaces(path: string): Promise<Map<string, KnownPlace>> {
  const places = new Map<string, KnownPlace>();
  const start = new TextDecoder("utf-8")
    .decode(await readBytes(path, 0, 4096), { stream: true })
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (!isGoogleMapsPlaces(start)) return places;
  for await (const item of streamJsonArray(path, { arrayAt: "features" })) {
    const props = (item.value as { properties?: unknown } | null)?.properties;
    if (!props || typeof props !== "object") continue;
    const p = props as Properties;
    const place = placeOf(path, "features", p);
    const cid = placeCid(place.url);
    if ((!place.name && !place.address) || !cid) continue;
    const reviewed = p.five_star_rating_published !== undefined || p.review_text_published !== undefined || p["Star Rating"] !== undefined;
    places.set(cid, { name: place.name, address: place.address, country: place.country, url: place.url, at: reviewed ? null : place.at });
  }
  return places;
}

/** A link that is Google Maps' (a place of a list), not a page or a film saved to one of Google's collections. */
const MAPS_LINK = /^https?:\/\/(?:(?:www\.)?google\.[a-z.]+\/maps|maps\.google\.[a-z.]+|maps\.app\.goo\.gl|goo\.gl\/maps)\b/i;

/** The place's name a Maps link gives (`/maps/place/Tasca+do+Chico/data=…` → "Tasca do Chico"), or "". */
function nameInLink(url: string): string {
  const name = /\/maps\/place\/([^/?#]+)/.exec(url)?.[1];
  if (!name) return "";
  try {
    return decodeURIComponent(name.replace(/\+/g, " ")).trim();
  } catch {
    return name.replace(/\+/g, " ").trim();
  }
}

/** A link that is no Maps place as shown in words: its host ("www.timeout.com"), or "" for one of Google's own (a placeholder). */
function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) && !/(?:^|\.)google\.[a-z.]+$/i.test(u.hostname) ? u.hostname : "";
  } catch {
    return "";
  }
}

/** Where each column of a list is, by its name lower-cased. */
type Columns = Map<string, number>;

/** The value of `column` in `cells`, white space collapsed ("" when the row has no such cell). */
function cellOf(cells: string[], columns: Columns, column: string): string {
  const at = columns.get(column);
  return at === undefined ? "" : (cells[at] ?? "").replace(/\s+/g, " ").trim();
}

/**
 * Reads a saved list's CSV (streamed by csv-parse, csv-records.ts): one note titled by the list (its
 * file's name), each row a paragraph ("Saved <place> to <list> on <day>.", "Note: …", "Tags: …",
 * "Comment: …"), its address and day from the Saved Places.json of the same Takeout ({@link knownPlaces}),
 * else of the file's modification time; the list's description, when it has one, a paragraph of its own.
 */
async function* listFile(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const fileTime = Math.floor(info.mtimeMs);
  const list =
    basename(file)
      .replace(/\.csv$/i, "")
      .trim() || "Saved";
  const key = `googlemaps:list:${list}`;
  const known = await knownPlaces(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new HeldNotes({ inTimeOrder: false, records: "log" });
  let columns: Columns | null = null;
  let description: CsvRecord | null = null;
  let kept = 0;
  let earliest = Number.POSITIVE_INFINITY;
  for await (const record of csv.records) {
    const { cells, line } = record;
    if (cells.every((c) => !c.trim())) continue;
    if (!columns) {
      const names = cells.map((c) => c.trim().toLowerCase());
      if (isListHeader(names)) {
        columns = new Map(names.map((n, i) => [n, i]));
        continue;
      }
      if (description)
        throw new ImportError(file, `line ${line}`, "expected the list's header, Title,Note,URL,Tags,Comment: not a list of Google Takeout's Saved");
      description = record;
      continue;
    }
    const url = cellOf(cells, columns, "url") || cellOf(cells, columns, "item_content_url");
    const maps = MAPS_LINK.test(url);
    const cid = maps ? placeCid(url) : null;
    const place = cid ? known.get(cid) : undefined;
    const name = cellOf(cells, columns, "title") || place?.name || (maps ? nameInLink(url) : "");
    if (!name && !url) continue;
    const at = place?.at ?? null;
    if (at !== null) earliest = Math.min(earliest, at);
    const what = maps
      ? placeWords({ name: name || searched(url), address: place?.address ?? "" })
      : `"${name || url}"${hostOf(url) ? ` (${hostOf(url)})` : ""}`;
    if (!what) continue;
    const note = cellOf(cells, columns, "note");
    const tags = cellOf(cells, columns, "tags");
    const comment = cellOf(cells, columns, "comment");
    const lines = [
      `Saved ${what} to ${list}${at === null ? "" : ` on ${humanDate(at)}`}.`,
      ...(note ? [`Note: ${ended(note)}`] : []),
      ...(tags ? [`Tags: ${ended(tags)}`] : []),
      ...(comment ? [`Comment: ${ended(comment)}`] : []),
    ];
    kept++;
    const p: MapsPlace = {
      key: cid ? `cid:${cid}` : url || name,
      name,
      address: place?.address ?? "",
      url,
      country: place?.country ?? "",
      at,
    };
    yield* notes.add(key, list, placeTurn(p, at ?? fileTime, lines.join("\n"), { file: "list", list, line, ...(note ? { note } : {}) }));
  }
  if (!columns)
    throw new ImportError(file, `line ${csv.lastLine() || 1}`, "expected the list's header, Title,Note,URL,Tags,Comment: not a list of Google Takeout's Saved");
  if (!kept) throw new ImportError(file, `line ${csv.lastLine()}`, `${NO_TEXT}: a Google Maps list with no place saved`);
  const said = description?.cells.join(",").replace(/\s+/g, " ").trim();
  if (said && description)
    yield* notes.add(key, list, {
      externalId: "description",
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: Number.isFinite(earliest) ? earliest : fileTime,
      text: `${list}: ${ended(said)}`,
      metadata: { googlemaps: { file: "list", list, line: description.line, description: true } },
    });
  yield* notes.given();
}

/**
 * Reads `file`, Google Maps' saved places or reviews as Google Takeout exports them, as notes of the
 * user's (format `note`, said by the user, speaker "User"): Saved Places.json (`start`, the file's start,
 * a GeoJSON FeatureCollection: {@link isGoogleMapsPlaces}) one note "Saved places" (externalId
 * `googlemaps:saved`), its reviews (Reviews.json) "Google Maps reviews" (`googlemaps:reviews`); a saved
 * list's CSV (`Saved/<list>.csv`: {@link isGoogleSavedList}) a note titled by the list
 * (`googlemaps:list:<list>`). Each place a paragraph of the day it was saved (a review's, of the day it
 * was written; a list's place, of its day in Saved Places.json beside it, else the file's modification
 * time), named by the place's cid (`cid:4796882358840715922`, else its link), so a later Takeout adds
 * only what is new. Turn metadata `{ googlemaps: { file: "saved" | "reviews" | "list", index? (the
 * feature's), line? (the row's), list?, name?, address?, country?, url?, at?, stars?, note? } }`.
 * Coordinates are not read; a dropped pin (no name nor address) is passed over. Notes are held to the
 * file's end, given sooner past held-notes.ts MAX_HELD_CHARS (the same externalId).
 * @throws ImportError naming the file and where: a feature that is no object, or whose properties,
 *   location, name, address, link, date (`features[3].properties.date: expected a time …`), stars
 *   (`…five_star_rating_published: expected stars from 1 to 5, got 7`) or questions are wrong; the
 *   stream's own errors (invalid JSON at its byte, a file cut short); a list with no header (`line N`),
 *   the CSV's faults at the line csv-parse stopped at, invalid UTF-8 at its line and byte; a file with
 *   no place ("the note has no text: …", so a folder passes it over).
 */
export async function* parseGoogleMaps(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  if (
    start
      .replace(/^\uFEFF/, "")
      .trimStart()
      .startsWith("{")
  )
    yield* placesFile(file, opts);
  else yield* listFile(file, opts);
}
