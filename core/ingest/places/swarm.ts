/**
 * Foursquare Swarm's check-ins and Foursquare's tips, from Foursquare's data export (app.foursquare.com/settings/privacy
 * → Initiate Data Download Request: a `data-export-NNNN.zip` emailed, unzipped). Checked against public readers of
 * the export and what they quote of it: a blog post reading a 2024 export (a check-in's `id`, `createdAt`
 * "2018-10-17 15:52:08.000000", `type`, `visibility`, `timeZoneOffset`, `venue: { id, name, url }`, `comments: {
 * count }`; a tip, a photo, a venue rating, a visit, an unconfirmed visit and a comment quoted whole, its slashes
 * escaped), jmissig/swarm-cadence (its export fixture `{ "count", "items" }` with a check-in's `lat`, `lng` and
 * `"venue": null`; its reader taking `createdAt` as "yyyy-MM-dd HH:mm:ss.SSSSSS" in UTC or as epoch seconds, the
 * local clock from `timeZoneOffset`), a Swarm archiver's importer and tests (`checkins*.json`, `photos1.json`,
 * `tips.json`, `visits.json`, `unconfirmed_visits.json`, `venueRatings.json`, `comments.json`; a check-in's
 * `shout`, `hacc`, `event: { name }` and `entities` of tagged users) and, for `with` (the friends tagged, `[{ id,
 * firstName, lastName, … }]`) and a venueless check-in's `location: { name, lat, lng }`, the Foursquare API's
 * check-in, which the export's follows (no export quoted with `with` was found: it is read when present). Every file is `{ "count": N, "items": [ … ] }` (venueRatings.json `{
 * "venueLikes": [ … ], "venueOkays", "venueDislikes" }`), told by its first item's fields whatever its name
 * ({@link swarmKind}):
 *
 * - `checkins1.json`, `checkins2.json` …: a check-in `{ "id", "createdAt", "type": "checkin", "visibility"?,
 *   "timeZoneOffset" (minutes east of UTC), "venue": { "id", "name", "url" } | null, "comments", "lat", "lng",
 *   "hacc"?, "shout"?, "with"?, "event"? }`. Read as notes of the user's (format `note`, said by the user; the
 *   file's format `swarm`): a note per day on the check-in's own clock ("Swarm check-ins, Saturday 23 May 2026",
 *   `swarm:day:2026-05-23`, `records: "day"`), each check-in a paragraph of its time in words ("Checked in at Time
 *   Out Market Lisbon on Swarm on Saturday 23 May at 13:05 with Sam Rowe, and said: "lunch: best bifanas ever"."),
 *   named by its id (`checkin 6a118e85…`), so a later export (which holds every check-in again) adds only what is
 *   new. The shout is the user's words, said in quotes after "said" (a question of what they said finds it).
 * - `tips.json`: a tip `{ "id", "createdAt", "text", "type", "canonicalUrl", "flags", "viewCount", "agreeCount",
 *   "disagreeCount", "user", "venue": { "id", "name", "url" } }`: one note "My Foursquare tips" (`swarm:tips`,
 *   `records: "log"`), each tip what the user thought of the place, in quotes so the memory engine keeps it whole
 *   ("What I thought of Climpson & Sons, in my tip on Foursquare on Tuesday 3 February: "Best flat white in
 *   Hackney."), of its day in UTC (a tip has no offset), named by its id.
 * - The rest hold no words of the user's about a place and a time, and are passed over, said why
 *   ({@link swarmPassedOver}): photos.json (the photos' links; the photos themselves in `pix/`), visits.json and
 *   unconfirmed_visits.json (where the phone noticed a stop), venueRatings.json, comments.json (no check-in named),
 *   lists.json. users.json, settings and the other files of the export are no format Engram knows.
 *
 * Memory is bounded: each file is streamed an item at a time (json-stream.ts), its days held to the file's end
 * (held-notes.ts, given sooner past its bound).
 */
import { clockOf, dayNoteTitle, dayWords, listed, quotedEnd } from "../kit/record-words.js";
import { HeldNotes } from "../notes/held-notes.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { jsonFileStart } from "../kit/bytes.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";

/** Which file of Foursquare's export: check-ins, tips, or one passed over (photos, visits, unconfirmed visits, comments, venue ratings, lists). */
export type SwarmKind = "checkins" | "tips" | "photos" | "visits" | "unconfirmed" | "comments" | "ratings" | "lists";

/** Why each file of the export that holds no check-in nor tip is passed over. */
const NO_CHECKINS: Readonly<Record<Exclude<SwarmKind, "checkins" | "tips">, string>> = {
  photos:
    "Foursquare's list of the user's photos (photos.json: each photo's link and size, no words; the photos themselves, in pix/, are no text Engram reads); the check-ins are read from checkins1.json …",
  visits: "Swarm's visits (visits.json: where the phone noticed the user stop, a city and coordinates, no venue and no words); the check-ins are read",
  unconfirmed: "Swarm's unconfirmed visits (unconfirmed_visits.json: places the app guessed the user was at and never checked in to); the check-ins are read",
  comments: "comments on check-ins (comments.json: each comment's words and time, naming no check-in, venue or person it answered)",
  ratings: "Foursquare's venue ratings (venueRatings.json: venues liked, okay or disliked, with no day and no words)",
  lists: "Foursquare's lists of saved venues (lists.json)",
};

/** The first item of a `{ "count": N, "items": [ … ] }` file's start (its text from the item's "{", cut at `start`'s end), or null: no such file, or no item. */
function firstItem(start: string): string | null {
  const m = /^\{\s*(?:"count"\s*:\s*\d+\s*,\s*)?"items"\s*:\s*\[\s*\{/.exec(start.replace(/^\uFEFF/, "").trimStart());
  return m
    ? start
        .replace(/^\uFEFF/, "")
        .trimStart()
        .slice(m[0].length - 1)
    : null;
}

/** Whether `item` (an item's JSON text, its start) names every one of `keys` as a member. */
const names = (item: string, ...keys: string[]) => keys.every((k) => new RegExp(`"${k}"\\s*:`).test(item));

/**
 * Which file of Foursquare's export `start` (a file's first bytes, 1 KiB or more; a byte order mark dropped) is, or
 * null: `{ "count": N, "items": [` (the count may be left out) whose first item names `"createdAt"`, `"type":
 * "checkin"` (or "venueless", "shout") and `"timeZoneOffset"` (checkins), `"createdAt"`, `"text"` and
 * `"canonicalUrl"` (tips), `"fullUrl"` or `"relatedItemUrl"` with its `"prefix"` and `"suffix"` (photos),
 * `"timeArrived"` (visits), `"startTime"` and `"venueId"` (unconfirmed), `"comment"` and `"time"` (comments),
 * `"listItems"` (lists); or an object opening `"venueLikes"`, `"venueOkays"` or `"venueDislikes"` (ratings).
 */
export function swarmKind(start: string): SwarmKind | null {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  if (/^\{\s*"venue(?:Likes|Okays|Dislikes)"\s*:\s*\[/.test(s)) return "ratings";
  const item = firstItem(s);
  if (item === null) return null;
  const head = item.slice(0, 2048);
  if (names(head, "createdAt", "timeZoneOffset") && /"type"\s*:\s*"(?:checkin|venueless|shout)"/.test(head)) return "checkins";
  if (names(head, "createdAt", "text", "canonicalUrl")) return "tips";
  if (names(head, "prefix", "suffix") && (names(head, "fullUrl") || names(head, "relatedItemUrl"))) return "photos";
  if (names(head, "timeArrived")) return "visits";
  if (names(head, "startTime", "venueId")) return "unconfirmed";
  if (names(head, "comment", "time")) return "comments";
  if (names(head, "listItems")) return "lists";
  return null;
}

/** Whether a file's start is one of Foursquare's export's files ({@link swarmKind}). */
export function isSwarmFile(start: string): boolean {
  return swarmKind(start) !== null;
}

/**
 * Why `file`, a `.json` found in a folder, is passed over unread, when it is one of Foursquare's export's that holds no
 * check-in nor tip (by its first 4 KiB: {@link NO_CHECKINS}); null for any other file (and one that cannot be read).
 */
export async function swarmPassedOver(file: string): Promise<string | null> {
  const start = await jsonFileStart(file);
  const kind = start === null ? null : swarmKind(start);
  return kind && kind !== "checkins" && kind !== "tips" ? NO_CHECKINS[kind] : null;
}

/** A time read: the instant (epoch ms) and the same on the check-in's own clock, read as UTC. */
interface When {
  at: number;
  wall: number;
}

/** The export's time text, "2026-05-23 12:05:41.000000" (UTC, to the microsecond, or to the second). */
const EXPORT_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?Z?$/;

/**
 * The instant (epoch ms) of `v`, a `createdAt`: the export's UTC text, or epoch seconds (a number or its digits, as
 * older exports and the API give it).
 * @throws ImportError naming `where`: anything else.
 */
function instantOf(file: string, where: string, v: unknown): number {
  if (typeof v === "number" && Number.isFinite(v) && v > 0) return Math.round(v * 1000);
  if (typeof v === "string") {
    const text = v.trim();
    if (/^\d{9,11}$/.test(text)) return Number(text) * 1000;
    const m = EXPORT_TIME.exec(text);
    if (m) {
      const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
      const at = Date.UTC(y, mo - 1, d, h, mi, s);
      if (new Date(at).getUTCDate() === d && h < 24 && mi < 60 && s < 60) return at;
    }
  }
  throw new ImportError(file, where, `expected a time, "2026-05-23 12:05:41.000000" (UTC) or epoch seconds, got ${describeValue(v)}`);
}

/**
 * The minutes east of UTC of `v`, a check-in's `timeZoneOffset` (0 when there is none).
 * @throws ImportError naming `where`: one that is no whole number of minutes within a day.
 */
function offsetOf(file: string, where: string, v: unknown): number {
  if (v === undefined || v === null) return 0;
  const n = typeof v === "string" && /^\s*[+-]?\d+\s*$/.test(v) ? Number(v) : v;
  if (typeof n !== "number" || !Number.isInteger(n) || Math.abs(n) > 18 * 60)
    throw new ImportError(file, where, `expected the check-in's offset from UTC in minutes (60, -300), got ${describeValue(v)}`);
  return n;
}

/** A value as an object of its members, or null for none (null, a missing field). @throws ImportError naming `where`: anything else. */
function objectAt(file: string, where: string, v: unknown, what: string): Record<string, unknown> | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== "object" || Array.isArray(v)) throw new ImportError(file, where, `expected ${what} (an object), got ${describeValue(v)}`);
  return v as Record<string, unknown>;
}

/** A name or words as the export gives them, trimmed and their runs of white space one; "" for none. */
function words(v: unknown): string {
  return typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "";
}

/** An item's id: its text (a number's digits). @throws ImportError naming `where`: none. */
function idOf(file: string, where: string, v: unknown, what: string): string {
  const id = typeof v === "number" ? String(v) : words(v);
  if (!id) throw new ImportError(file, where, `expected the ${what}'s id, got ${v === undefined ? "nothing" : describeValue(v)}`);
  return id;
}

/** The people tagged in a check-in's `with` (the API's users, `{ firstName, lastName }`), by name: "Sam Rowe". @throws ImportError naming `where`: no array, or a person no object. */
function withOf(file: string, where: string, v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new ImportError(file, where, `expected the people tagged (an array), got ${describeValue(v)}`);
  return v
    .map((p, i) => {
      const person = objectAt(file, `${where}[${i}]`, p, "a person tagged");
      return person ? [words(person.firstName), words(person.lastName)].filter(Boolean).join(" ") : "";
    })
    .filter(Boolean);
}

/** Coordinates as said, to four decimals: "51.5431°, -0.0556°"; "" when there are none. */
function coordinates(lat: unknown, lng: unknown): string {
  return typeof lat === "number" && typeof lng === "number" && Number.isFinite(lat) && Number.isFinite(lng)
    ? `${Number(lat.toFixed(4))}°, ${Number(lng.toFixed(4))}°`
    : "";
}

/** A check-in's or a tip's place: its name, and its venue's id and page when it has a venue. */
interface Place {
  name: string;
  id: string;
  url: string;
}

/**
 * Where a check-in was: its venue (`{ id, name, url }`), a venueless check-in's `location` (`{ name, lat, lng }`),
 * or, with neither named, its coordinates ("an unnamed place (51.5431°, -0.0556°)").
 * @throws ImportError naming `where`: a venue or location that is no object.
 */
function placeOf(file: string, where: string, c: Record<string, unknown>): Place {
  const venue = objectAt(file, `${where}.venue`, c.venue, "the venue");
  const location = objectAt(file, `${where}.location`, c.location, "the place");
  const name = words(venue?.name) || words(location?.name);
  const id = venue ? words(venue.id) : "";
  const url = venue ? words(venue.url) : "";
  if (name) return { name, id, url };
  const at = coordinates(c.lat ?? location?.lat, c.lng ?? location?.lng);
  return { name: at ? `an unnamed place (${at})` : "a place Foursquare no longer names", id, url };
}

/**
 * A check-in's paragraph: "Checked in at Time Out Market Lisbon on Swarm on Saturday 23 May at 13:05 with Sam Rowe:
 * "lunch: best bifanas ever"." (an event: "… at O2 Academy Brixton for Fontaines D.C. on Swarm …").
 */
function checkinWords(place: Place, event: string, when: When, people: string[], shout: string): string {
  const told = `Checked in at ${place.name}${event ? ` for ${event}` : ""} on Swarm on ${dayWords(when.wall)} at ${clockOf(when.wall)}${people.length ? ` with ${listed(people)}` : ""}`;
  return shout ? `${told}, and said: ${quotedEnd(shout)}` : `${told}.`;
}

/**
 * Reads a check-ins file (`checkins1.json` …), streamed, as a note per day on each check-in's own clock, the days in time order
 * (past held-notes.ts MAX_HELD_CHARS, those held so far are given first, in the file's order).
 * @throws ImportError naming the file and where: an item that is no object (`items[3]`), with no id, a `createdAt`
 *   that is no time, a `timeZoneOffset` that is no minutes, a venue, location, event or `with` of the wrong kind;
 *   the stream's own errors; "the note has no text" for a file with no check-in.
 */
async function* checkinsFile(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const notes = new HeldNotes({ records: "day" });
  let read = 0;
  for await (const item of streamJsonArray(file, { arrayAt: "items", onProgress: opts.onProgress })) {
    const where = `items[${item.index}]`;
    const c = objectAt(file, where, item.value, "a check-in");
    if (!c) throw new ImportError(file, where, "expected a check-in (an object), got null");
    const id = idOf(file, `${where}.id`, c.id, "check-in");
    const at = instantOf(file, `${where}.createdAt`, c.createdAt);
    const offset = offsetOf(file, `${where}.timeZoneOffset`, c.timeZoneOffset);
    const when: When = { at, wall: at + offset * 60_000 };
    const place = placeOf(file, where, c);
    const event = words(objectAt(file, `${where}.event`, c.event, "the event")?.name);
    const people = withOf(file, `${where}.with`, c.with);
    const shout = words(c.shout);
    const day = new Date(when.wall).toISOString().slice(0, 10);
    read++;
    const turn: ParsedTurn = {
      externalId: `checkin ${id}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: when.wall,
      text: checkinWords(place, event, when, people, shout),
      metadata: {
        swarm: {
          kind: "checkin",
          id,
          at: new Date(at).toISOString(),
          offset,
          place: place.name,
          ...(place.id ? { venueId: place.id } : {}),
          ...(place.url ? { url: place.url } : {}),
          ...(event ? { event } : {}),
          ...(people.length ? { with: people } : {}),
          ...(shout ? { shout } : {}),
        },
      },
    };
    yield* notes.add(`swarm:day:${day}`, dayNoteTitle("Swarm check-ins", day), turn);
  }
  if (!read) throw new ImportError(file, "items", `${NO_TEXT}: a Swarm export's check-ins file with no check-in`);
  // (in time order, whichever way the file runs: a day's key sorts as its day)
  yield* notes.given().sort((a, b) => (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0));
}

/** The note of the user's tips. */
const TIPS_NOTE = { key: "swarm:tips", title: "My Foursquare tips" };

/**
 * Reads `tips.json`, streamed, as one note of the user's tips, each what they thought of its place, of its day in UTC.
 * @throws ImportError naming the file and where: an item that is no object, with no id, a `createdAt` that is no
 *   time, a venue of the wrong kind; the stream's own errors; "the note has no text" for tips with no words.
 */
async function* tipsFile(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const notes = new HeldNotes({ records: "log" });
  let read = 0;
  for await (const item of streamJsonArray(file, { arrayAt: "items", onProgress: opts.onProgress })) {
    const where = `items[${item.index}]`;
    const t = objectAt(file, where, item.value, "a tip");
    if (!t) throw new ImportError(file, where, "expected a tip (an object), got null");
    const text = words(t.text);
    if (!text) continue;
    const id = idOf(file, `${where}.id`, t.id, "tip");
    const at = instantOf(file, `${where}.createdAt`, t.createdAt);
    const venue = objectAt(file, `${where}.venue`, t.venue, "the venue");
    const name = words(venue?.name) || "a place Foursquare no longer names";
    read++;
    yield* notes.add(TIPS_NOTE.key, TIPS_NOTE.title, {
      externalId: `tip ${id}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: at,
      text: `What I thought of ${name}, in my tip on Foursquare on ${dayWords(at)}: ${quotedEnd(text)}`,
      metadata: {
        swarm: {
          kind: "tip",
          id,
          at: new Date(at).toISOString(),
          place: name,
          ...(venue && words(venue.id) ? { venueId: words(venue.id) } : {}),
          ...(venue && words(venue.url) ? { url: words(venue.url) } : {}),
        },
      },
    });
  }
  if (!read) throw new ImportError(file, "items", `${NO_TEXT}: a Foursquare export's tips file with no tip`);
  yield* notes.given();
}

/**
 * Reads `file`, a file of Foursquare's export told by `head` (its start: {@link swarmKind}), as notes of the user's
 * (format `note`; the file's format `swarm`): check-ins a note per day (`records: "day"`), tips one note (`records:
 * "log"`). Turn metadata `{ swarm: { kind: "checkin" | "tip", id, at (the instant, ISO), offset? (minutes), place,
 * venueId?, url?, event?, with?, shout? } }`. Notes are held to the file's end, given sooner past held-notes.ts
 * MAX_HELD_CHARS (the same externalId).
 * @throws ImportError naming the file and where: a file that is none of the export's (`byte 0`); one that holds no
 *   check-in nor tip ("the note has no text: …", so a folder passes it over, saying why); each reader's own errors.
 */
export async function* parseSwarm(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = swarmKind(head);
  if (kind === null)
    throw new ImportError(
      file,
      "byte 0",
      'not a file of Foursquare\'s export: expected its check-ins ({"count": …, "items": [{"id": …, "createdAt": …, "type": "checkin", …}]}) or its tips',
    );
  if (kind === "checkins") yield* checkinsFile(file, opts);
  else if (kind === "tips") yield* tipsFile(file, opts);
  else throw new ImportError(file, "byte 0", `${NO_TEXT}: ${NO_CHECKINS[kind]}`);
}
