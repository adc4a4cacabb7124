/**
 * Untappd's check-in history, as an Untappd Supporter downloads it (untappd.com → the profile → Beer History → the CSV
 * or JSON button; a link arrives by email, "Your Export from Untappd"): the same check-ins, the same columns, as a CSV
 * or as one JSON array, told by content whatever the file's name ({@link untappdKind}).
 *
 * Checked against public readers of the export and what they quote of it:
 * - the columns and their order, `beer_name,brewery_name,beer_type,beer_abv,beer_ibu,comment,venue_name,venue_city,
 *   venue_state,venue_country,venue_lat,venue_lng,rating_score,created_at,checkin_url,beer_url,brewery_url,
 *   brewery_country,brewery_city,brewery_state,flavor_profiles,purchase_venue,serving_type,checkin_id,bid,brewery_id,
 *   photo_url,global_rating_score,global_weighted_rating_score,tagged_friends,total_toasts,total_comments`: BeerGargoyle's
 *   untappd-csv reader and its tests (the 32-column header, a UTF-8 byte order mark stripped, `created_at` "2024-03-01
 *   12:00:00" read as UTC), a Go importer's test CSV and reader (`time.Parse("2006-01-02 15:04:05", created_at)`), and
 *   Indivicivet/untappd_analytics (reads the CSV and the JSON alike; the CSV's first column name "corrupted" by the
 *   byte order mark; an unrated check-in's `rating_score` "", `tagged_friends` split at commas);
 * - the JSON: a blog post quoting a real export's first check-in (one array of objects keyed as the CSV's columns, in
 *   their order, oldest first; no venue `null` in every venue field; numbers as strings, `"checkin_id": "11215"`,
 *   `"rating_score": "5"`; `"photo_url": null`), sjaakbanaan/untappd-data-visualised's example of a 2023 export (numbers
 *   as numbers, `"tagged_friends": "Sjors"`, `serving_type` "Can", "Bottle", "Draft", `flavor_profiles` "hoppy,bitter,
 *   fruity", a venue with no city), and a viewer's sample whose home check-ins are at the venue "Untappd at Home" with
 *   Untappd's own place (`"venue_state": "NC"`, `"venue_country": "United States"`), which readers drop as no real place
 *   (a WordPress plugin, an RSS reader: "If location is "Untappd" or "Untappd at Home" it's not a real location");
 *   site_export_inspector's reader (`created_at` "%Y-%m-%d %H:%M:%S" read on the user's own zone).
 * `created_at` has no zone: it is read as UTC, the user's clock, as every reader here reads a time with no zone.
 *
 * Each check-in is a paragraph of the user's note of its day (format `note`, said by the user, `records: "day"`),
 * keyed `untappd:day:2026-06-12` and titled "Untappd check-ins, Friday 12 June 2026", named `checkin <checkin_id>` (else
 * the id its `checkin_url` ends with), so a later export, or the other form of the same one, adds only what is new:
 * "Drank Pliny the Elder by Russian River Brewing Company (IPA - Imperial / Double, 8% ABV) on draft at Russian River
 * Brewing Company in Santa Rosa, United States with Sam_Hughes on Friday 12 June at 13:15, rated it 4.75 out of 5, and
 * found it hoppy, piney and citrusy. What I said about Pliny the Elder by Russian River Brewing Company: "Finally, at the
 * source."" (the comment, the user's words, in quotes in a sentence of its own naming the beer and its brewery; at "Untappd at Home", "at home"; with no venue, no
 * place; where a beer was bought, "bought from Hop Burns & Black"; no rating, none said). The friends tagged are named as
 * Untappd names them. The global ratings, IBU, coordinates, links, photo, toasts
 * and comments' count are kept in the turn's metadata, not said.
 */
import { stat } from "node:fs/promises";
import { headedRecords, headerCells } from "../kit/csv-records.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { clockOf, dayNoteTitle, dayWords, listed, quotedEnd } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";

/** Which form of Untappd's export a file is. */
export type UntappdKind = "csv" | "json";

/** The columns a check-in is told from (the export's others are kept in metadata only). */
type Column =
  | "beer_name"
  | "brewery_name"
  | "beer_type"
  | "beer_abv"
  | "comment"
  | "venue_name"
  | "venue_city"
  | "venue_state"
  | "venue_country"
  | "rating_score"
  | "created_at"
  | "checkin_url"
  | "flavor_profiles"
  | "purchase_venue"
  | "serving_type"
  | "checkin_id"
  | "tagged_friends";

/** The header as a refusal quotes it. */
const HEADER = "beer_name,brewery_name,beer_type,beer_abv,…,created_at,checkin_url,…,checkin_id,…";

/** Most characters of one CSV record: an unclosed quote is refused here, not read to the file's end into memory. */
const MAX_RECORD_CHARS = 64 * 1024;

/** Whether a header's (or an item's) names are a check-in's: `beer_name`, `brewery_name`, `created_at` and `checkin_id` or `checkin_url`. */
const namesACheckin = (has: (name: string) => boolean) =>
  has("beer_name") && has("brewery_name") && has("created_at") && (has("checkin_id") || has("checkin_url"));

/**
 * Which form of Untappd's export `start` (a file's first bytes; a byte order mark dropped) is, or null: a CSV whose header
 * opens "beer_name,brewery_name" and names `created_at` and `checkin_id` or `checkin_url` ("csv"); a JSON array whose first
 * item names `"beer_name"`, `"brewery_name"`, `"created_at"` and `"checkin_id"` or `"checkin_url"`, in any order, within
 * its first 4 KiB ("json"). An empty array tells nothing; Untappd's list exports name no check-in and are not claimed.
 */
export function untappdKind(start: string): UntappdKind | null {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  if (s[0] === "[") {
    const item = /^\[\s*\{/.exec(s) ? s.slice(0, 4096) : "";
    return item && namesACheckin((name) => new RegExp(`"${name}"\\s*:`).test(item)) ? "json" : null;
  }
  const cells = headerCells(s);
  return cells[0] === "beer_name" && cells[1] === "brewery_name" && namesACheckin((name) => cells.includes(name)) ? "csv" : null;
}

/** Whether a file's start is Untappd's check-in export, CSV or JSON ({@link untappdKind}). */
export function isUntappdExport(start: string): boolean {
  return untappdKind(start) !== null;
}

/** A check-in read from a CSV row or a JSON item: a column's value as text ("" for none), its values kept, and a fault in one refused where it is. */
interface Read {
  get(column: Column): string;
  /** the values that are not empty, by column, for the turn's metadata */
  kept: Record<string, string | number>;
  /** @throws ImportError naming the file and where `column` is: its value is not `expected` */
  fault(column: Column, expected: string): never;
}

/** A name or words as the export gives them, their runs of white space one, trimmed. */
const words = (v: string) => v.replace(/\s+/g, " ").trim();

/** A CSV row read under its header (`columns`, the names lower-cased): its cells by column; a fault names its line and column. */
function rowRead(file: string, line: number, cells: string[], columns: Map<string, number>): Read {
  const get = (column: string) => {
    const at = columns.get(column);
    return at === undefined ? "" : (cells[at] ?? "").trim();
  };
  const kept: Record<string, string> = {};
  for (const [name, at] of columns) if (name && cells[at]?.trim()) kept[name] = cells[at]!.trim();
  return {
    get,
    kept,
    fault: (column, expected) => {
      throw new ImportError(file, `line ${line}`, `${column} ${JSON.stringify(get(column))}: expected ${expected}`);
    },
  };
}

/**
 * A JSON item read: its members' values as text (a number's digits, null or a missing member ""); a fault names `[i].column`.
 * @throws ImportError naming `[i]`: an item that is no object
 */
function itemRead(file: string, index: number, value: unknown): Read {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ImportError(file, `[${index}]`, `expected a check-in (an object), got ${describeValue(value)}`);
  const item = value as Record<string, unknown>;
  const fault = (column: Column, expected: string): never => {
    throw new ImportError(file, `[${index}].${column}`, `expected ${expected}, got ${describeValue(item[column])}`);
  };
  const kept: Record<string, string | number> = {};
  for (const [name, v] of Object.entries(item))
    if ((typeof v === "string" && v.trim()) || (typeof v === "number" && Number.isFinite(v))) kept[name] = typeof v === "string" ? v.trim() : v;
  return {
    get: (column) => {
      const v = item[column];
      if (v === undefined || v === null) return "";
      if (typeof v === "string") return v.trim();
      if (typeof v === "number" && Number.isFinite(v)) return String(v);
      return fault(column, "text or a number");
    },
    kept,
    fault,
  };
}

/** The export's time, "2026-06-12 13:15:42" (no zone; to the minute in some copies, or with a "T"). */
const EXPORT_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The wall time (read as UTC) of a check-in's `created_at`. @throws ImportError where it is: none, or no time. */
function wallOf(r: Read): number {
  const m = EXPORT_TIME.exec(r.get("created_at"));
  if (m) {
    const [y, mo, d, h, mi] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
    const s = Number(m[6] ?? 0);
    const wall = Date.UTC(y, mo - 1, d, h, mi, s);
    if (new Date(wall).getUTCDate() === d && h < 24 && mi < 60 && s < 60) return wall;
  }
  return r.fault("created_at", 'a time as Untappd writes it, "2026-06-12 13:15:42"');
}

/** A check-in's id: `checkin_id`, else the number its `checkin_url` ends with. @throws ImportError where it is: neither. */
function idOf(r: Read): string {
  const id = r.get("checkin_id");
  if (/^\d+$/.test(id)) return id;
  if (id) return r.fault("checkin_id", "the check-in's number");
  const url = /\/c(?:heckin)?\/(\d+)\/?$/.exec(r.get("checkin_url"));
  return url ? url[1]! : r.fault("checkin_id", 'the check-in\'s number (or its link, checkin_url, "https://untappd.com/c/…")');
}

/** A number of the check-in (`beer_abv`, `rating_score`), or null for none (empty, or 0: not given). @throws ImportError where it is: no number. */
function numberOf(r: Read, column: Column, expected: string): number | null {
  const text = r.get(column);
  if (!text) return null;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) return r.fault(column, expected);
  return n === 0 ? null : n;
}

/** How a beer was served, as said after its name: "on draft", "from a can" …; "" for none; another serving "served as a bomber"-like, lower-cased. */
function servingWords(serving: string): string {
  const s = words(serving).toLowerCase();
  if (!s) return "";
  const said: Record<string, string> = {
    draft: "on draft",
    draught: "on draught",
    cask: "on cask",
    nitro: "on nitro",
    bottle: "from a bottle",
    can: "from a can",
    taster: "as a taster",
    crowler: "from a crowler",
    growler: "from a growler",
  };
  return said[s] ?? `served as ${/^[aeiou]/.test(s) ? "an" : "a"} ${s}`;
}

/** A list the export gives comma-separated (`tagged_friends`, `flavor_profiles`), each trimmed, the empty dropped. */
const commaList = (v: string) => v.split(",").map(words).filter(Boolean);

/** A check-in told: its day ("2026-06-12"), its wall time, and its paragraph. */
interface Told {
  day: string;
  wall: number;
  text: string;
}

/**
 * A check-in in words (see the module's docs).
 * @throws ImportError where a value is wrong: no beer's name, a time, an ABV or a rating that is none
 */
function told(r: Read): Told {
  const beer = words(r.get("beer_name"));
  if (!beer) r.fault("beer_name", "the beer's name");
  const wall = wallOf(r);
  const brewery = words(r.get("brewery_name"));
  const style = words(r.get("beer_type"));
  const abv = numberOf(r, "beer_abv", "the beer's alcohol by volume, a number (8, 6.25)");
  const rating = numberOf(r, "rating_score", "a rating out of 5 (4.75), or nothing");
  if (rating !== null && rating > 5) r.fault("rating_score", "a rating out of 5 (4.75), or nothing");
  const about = [style, abv === null ? "" : `${Number(abv.toFixed(2))}% ABV`].filter(Boolean).join(", ");
  const venue = words(r.get("venue_name"));
  const home = /^untappd at home$/i.test(venue);
  const where = [words(r.get("venue_city")), words(r.get("venue_country"))].filter(Boolean).join(", ");
  const place = home ? " at home" : venue ? ` at ${venue}${where ? ` in ${where}` : ""}` : "";
  const bought = words(r.get("purchase_venue"));
  const friends = commaList(r.get("tagged_friends"));
  const flavours = commaList(r.get("flavor_profiles"));
  const serving = servingWords(r.get("serving_type"));
  const drank = [
    `Drank ${beer}${brewery ? ` by ${brewery}` : ""}${about ? ` (${about})` : ""}`,
    serving ? ` ${serving}` : "",
    place,
    bought ? `, bought from ${bought},` : "",
    friends.length ? ` with ${listed(friends)}` : "",
    ` on ${dayWords(wall)} at ${clockOf(wall)}`,
  ].join("");
  const after = [...(rating === null ? [] : [`rated it ${Number(rating.toFixed(2))} out of 5`]), ...(flavours.length ? [`found it ${listed(flavours)}`] : [])];
  const clauses = [drank, ...after];
  const sentence = `${clauses.length === 1 ? drank : `${clauses.slice(0, -1).join(", ")}, and ${clauses.at(-1)!}`}.`;
  // (the comment a sentence of its own naming the beer and its brewery: inside the sentence above, the memory engine read a
  // comment's "I" or "we" as the sentence's and lost its start; "What I said about Citra:" alone it read as a label)
  const comment = words(r.get("comment"));
  return {
    day: new Date(wall).toISOString().slice(0, 10),
    wall,
    text: comment ? `${sentence} What I said about ${beer}${brewery ? ` by ${brewery}` : ""}: ${quotedEnd(comment)}` : sentence,
  };
}

/** The check-ins of `file` as {@link Read}s, in the file's order, each with its place in the file (`line` or `item`). */
async function* checkinsOf(file: string, kind: UntappdKind, opts: ReadOptions): AsyncGenerator<{ read: Read; at: { line: number } | { item: number } }> {
  if (kind === "json") {
    for await (const item of streamJsonArray(file, { onProgress: opts.onProgress }))
      yield { read: itemRead(file, item.index, item.value), at: { item: item.index } };
    return;
  }
  const { size } = await stat(file);
  const isHeader = (names: string[]) => names[0] === "beer_name" && namesACheckin((name) => names.includes(name));
  const csv = headedRecords(file, size, MAX_RECORD_CHARS, opts.onProgress, isHeader, "an Untappd export", HEADER);
  for await (const { cells, line, columns } of csv.records) yield { read: rowRead(file, line, cells, columns), at: { line } };
}

/**
 * Reads `file`, Untappd's check-in export (its start `start`, as detect.ts read it: the CSV or the JSON), as notes of the
 * user's records (format `note`, said by the user, speaker "User", `records: "day"`): a note per day of the check-ins on
 * it (`untappd:day:2026-06-12`, "Untappd check-ins, Friday 12 June 2026"), each a paragraph in time order named `checkin
 * <id>`, the days in time order; held to the file's end (held-notes.ts; given sooner past its bound, the same key). Turn
 * metadata: `{ line } | { item }` and `untappd: { …the check-in's values that are not empty, by column }`.
 * @throws ImportError naming the file and where: a file that is neither form (`byte 0`); a CSV whose first record is not
 *   the export's header (`line 1`); an item that is no object (`[3]`); no beer's name, a `created_at` that is no time, a
 *   `beer_abv` or `rating_score` that is no number, a value that is neither text nor a number, no check-in id (a CSV at its
 *   line, naming the column: `line 7: created_at "Saturday": expected a time as Untappd writes it, "2026-06-12 13:15:42"`;
 *   the JSON at `[3].created_at`); the CSV's or the JSON stream's own faults; a file with no check-in, "the note has no
 *   text: …" (a folder passes it over, saying so).
 */
export async function* parseUntappd(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = untappdKind(start);
  if (!kind)
    throw new ImportError(
      file,
      "byte 0",
      `not Untappd's check-in export: expected its CSV (a header "${HEADER}") or its JSON (an array of check-ins naming "beer_name", "created_at" and "checkin_id")`,
    );
  const notes = new HeldNotes({ records: "day" });
  let count = 0;
  for await (const { read, at } of checkinsOf(file, kind, opts)) {
    const id = idOf(read);
    const t = told(read);
    count++;
    yield* notes.add(`untappd:day:${t.day}`, dayNoteTitle("Untappd check-ins", t.day), {
      externalId: `checkin ${id}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: t.wall,
      text: t.text,
      metadata: { ...at, untappd: read.kept },
    });
  }
  if (!count) throw new ImportError(file, kind === "csv" ? "line 2" : "[0]", `${NO_TEXT}: an Untappd export with no check-ins`);
  // (in time order, whichever way the file runs: a day's key sorts as its day)
  yield* notes.given().sort((a, b) => (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0));
}
