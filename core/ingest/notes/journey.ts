/**
 * A Journey diary as the app exports it (Journey: Settings → Export/Backup → "Export as JSON (ZIP)":
 * `journey-<ms>.zip`; unzipped, a folder of one `<id>.json` per entry, its id the time it was made and
 * a random tail, "1625494049547-4BbDhzcByTFSg6MW", and each photo, video or voice note beside it as
 * `<id>-<random>.jpg` …). An entry is one JSON object, its keys in any order (the iPhone app's in no
 * fixed order, "/" escaped as "\/"; the Windows and web apps' `id` first): `{ id, date_modified,
 * date_journal, timezone, text, preview_text, mood, lat, lon, address, label, folder, sentiment,
 * favourite, music_title, music_artist, photos: [file names], weather: { id, degree_c, description,
 * icon, place }, tags: [ … ], type }` (checked against alxhslm/journey2dayone's sample entry,
 * andi0b/journey-markdown-converter's JourneyJsonEntry and test entry, camflint/JourneyToDayOneImporter's
 * reader). `date_journal` is when the entry is of (ms since 1970), `timezone` the IANA zone it was
 * written in ("Europe/London", "" when the app had none); `text` HTML (`type` "html": `<p
 * dir="auto">…</p>` a paragraph, an empty one between, `&nbsp;`, `<strong>`, lists) or, in older
 * entries, Markdown or plain text; `preview_text` the text's first hundred-odd characters, cut anywhere
 * (read only for an entry with no `text`); a place or a temperature Journey has none of is the largest double
 * (1.7976931348623157e+308) and its words "".
 *
 * Each entry with words is a note of the user's, as a Day One entry is (dayone.ts): read as any
 * Markdown note (note.ts `noteOf`: its HTML through html-lines.ts `htmlLines` in Journey's dialect),
 * titled by its heading, else by its first line as Journey lists it (dayone.ts `entryTitle`), written
 * at `date_journal` on the wall clock of its `timezone`, read as UTC (so its day is the diarist's day,
 * and its "tomorrow" the day after that); where it was written and the weather then, when Journey
 * recorded them, said after its words as its writer would, each a paragraph ("I was at Easedale Road, Grasmere, Ambleside
 * LA22 9QN, UK.", "The weather in Grasmere was light rain, 8°C."); its tags kept in each turn's
 * metadata. Its photos, its mood and sentiment, the music playing and its coordinates are no words and
 * are not read; an entry with no words (a photo alone) is passed over. Keyed by its id
 * (`journey:<id>`), so a later export adds only the entries that are new. A file is one entry, read
 * whole (at most {@link MAX_JOURNEY_BYTES}).
 */
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { inImportRange } from "../../time/import-dates.js";
import { advance, formatPos, type LinePos } from "../kit/bytes.js";
import { entryTitle } from "./dayone.js";
import { type HtmlDialect, htmlLines } from "../kit/html-lines.js";
import { locateJsonError } from "../kit/json-locate.js";
import { NO_TEXT, noteOf } from "./note.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";
import { humanDate } from "../../time/format.js";

/** The largest entry file read (bytes): a longer one is refused, not read into memory. */
export const MAX_JOURNEY_BYTES = 8 * 1024 * 1024;

/** Journey's entry date among a JSON object's members (not inside a string: there its quotes are escaped). */
const DATE_JOURNAL = /(?<!\\)"date_journal"\s*:\s*-?\d/;
/** An entry's text or its preview among a JSON object's members. */
const TEXT_KEY = /(?<!\\)"(?:text|preview_text)"\s*:\s*"/;

/**
 * Whether `head` (a file's start, white space trimmed) is a Journey entry: a JSON object naming its
 * `"date_journal"` (a number) and its `"text"` or `"preview_text"` (a string) among its members, in any
 * order, within its first 64 KiB.
 */
export function isJourneyEntry(head: string): boolean {
  return head[0] === "{" && DATE_JOURNAL.test(head) && TEXT_KEY.test(head);
}

/** An entry's file name: its id, the time it was made and a random tail ("1625494049547-4BbDhzcByTFSg6MW.json"). */
const ENTRY_FILE = /^(\d{10,}-[A-Za-z0-9]+)\.json$/i;
/** A file Journey attaches to an entry, beside its JSON: `<entry id>-<random>.<ext>` (group 1 the entry's id, group 2 its extension). */
const ATTACHED = /^(\d{10,}-[A-Za-z0-9]+)-[A-Za-z0-9]+\.([A-Za-z0-9]+)$/;
/** What each kind of attached file is, by its extension. */
const ATTACHED_KINDS: Record<string, string> = {
  jpg: "a photo",
  jpeg: "a photo",
  png: "a photo",
  gif: "a photo",
  webp: "a photo",
  heic: "a photo",
  mp4: "a video",
  mov: "a video",
  webm: "a video",
  mp3: "a voice note",
  m4a: "a voice note",
  aac: "a voice note",
  wav: "a voice note",
  ogg: "a voice note",
};

/**
 * Why `file` is passed over unread, in words, when it is a photo, video or voice note of a Journey
 * entry whose `<id>.json` is beside it (`1625494049547-4BbDhzcByTFSg6MW-5bkOJACgIzl36wsU.jpg` beside
 * `1625494049547-4BbDhzcByTFSg6MW.json`): "a photo of a Journey entry, no words (its entry is read
 * from 1625494049547-4BbDhzcByTFSg6MW.json)"; null for any other file.
 */
export function journeyPassedOver(file: string): string | null {
  const m = ATTACHED.exec(basename(file));
  const kind = m ? ATTACHED_KINDS[m[2]!.toLowerCase()] : undefined;
  if (!m || !kind) return null;
  const entry = `${m[1]}.json`;
  return existsSync(join(dirname(file), entry)) ? `${kind} of a Journey entry, no words (its entry is read from ${entry})` : null;
}

/**
 * Journey's HTML: a `<p dir="auto">` a paragraph (the empty ones between them nothing), a heading its
 * level (`<h1>` the entry's title, as a Day One entry's `#` is), lists, quotes, a link its words and
 * where it leads, italics Markdown's (a book's title in them read as one), text outside tags (an older
 * entry's) lines at its line breaks; images and media say nothing.
 */
const JOURNEY_HTML: HtmlDialect = {
  silent: new Set(["script", "style", "img", "video", "audio", "iframe", "svg", "object", "embed", "noscript", "template"]),
  line: new Set(["div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre", "figcaption"]),
  paragraph: new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "hr", "figure"]),
  heading: (n) => n,
  links: true,
  plainTextLines: true,
  checklists: false,
  emphasis: true,
};

/** A tag or an entity: text that is HTML, whatever its `type` says. */
const HTML_MARK = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);/i;

/**
 * An entry's text as Markdown lines: HTML (its `type` "html", or any text holding tags or entities)
 * through {@link JOURNEY_HTML}, else its own lines (an older entry's Markdown or plain text).
 */
export function journeyLines(text: string, type: string): string[] {
  return type.toLowerCase() === "html" || HTML_MARK.test(text) ? htmlLines(text, JOURNEY_HTML) : text.split(/\r\n|\r|\n/);
}

/** The hour, minute … of `at` (epoch ms) on the wall clock of `zone` (an IANA zone), as epoch ms of that wall time read as UTC; `at` itself for no zone or one this machine does not know. */
export function wallClock(at: number, zone: string): number {
  if (!zone.trim()) return at;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone.trim(),
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    }).formatToParts(new Date(at));
  } catch {
    return at;
  }
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) + (((at % 1000) + 1000) % 1000);
  return Number.isFinite(wall) ? wall : at;
}

/** Whether `n` is a coordinate or temperature Journey recorded: a finite number, not its "none" (the largest double, or anything near it). */
function recorded(n: unknown, limit: number): n is number {
  return typeof n === "number" && Number.isFinite(n) && Math.abs(n) <= limit;
}

/** A string field's words, white space folded; "" for anything else. */
function words(v: unknown): string {
  return typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "";
}

/**
 * Where an entry was written and the weather then, as its writer would say them, each a line (a
 * paragraph of its note, after its words): "I was at
 * <address>." (its `address`, when Journey found one) and "The weather in <place> was <description>,
 * <degree_c rounded>°C." (its words lower-cased but for a name, "Light rain" → "light rain"; without a place
 * "The weather was …"; a temperature alone "It was 8°C in <place>."). Empty when Journey recorded neither.
 */
export function placeAndWeather(address: unknown, weather: unknown): string[] {
  const lines: string[] = [];
  const at = words(address);
  if (at) lines.push(`I was at ${at.replace(/[.\s]+$/, "")}.`);
  const w = weather && typeof weather === "object" && !Array.isArray(weather) ? (weather as Record<string, unknown>) : {};
  const described = words(w.description).replace(/[.\s]+$/, "");
  const said = described && described === described.toUpperCase() ? described.toLowerCase() : described.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
  const degrees = recorded(w.degree_c, 100) ? `${Math.round(w.degree_c)}°C` : "";
  const place = words(w.place);
  if (said) lines.push(`The weather${place ? ` in ${place}` : ""} was ${said}${degrees ? `, ${degrees}` : ""}.`);
  else if (degrees) lines.push(`It was ${degrees}${place ? ` in ${place}` : ""}.`);
  return lines;
}

/** What an entry file holds (the fields read). */
interface JourneyEntry {
  id?: unknown;
  date_journal?: unknown;
  timezone?: unknown;
  text?: unknown;
  preview_text?: unknown;
  type?: unknown;
  address?: unknown;
  weather?: unknown;
  tags?: unknown;
  photos?: unknown;
}

/** `file` read whole and parsed. @throws ImportError: one over {@link MAX_JOURNEY_BYTES} (`byte 0`), invalid JSON where it breaks (`byte N (line L, column C)`). */
async function readEntry(file: string, onProgress?: (bytesRead: number, totalBytes: number) => void): Promise<unknown> {
  const size = (await stat(file)).size;
  if (size > MAX_JOURNEY_BYTES) throw new ImportError(file, "byte 0", `a Journey entry longer than ${MAX_JOURNEY_BYTES} bytes`);
  const bytes = await readFile(file);
  onProgress?.(size, size);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const text = bytes.subarray(bom).toString("utf8");
  try {
    return JSON.parse(text);
  } catch (e) {
    const fault = locateJsonError(text);
    const at = bom + Buffer.byteLength(text.slice(0, fault?.index ?? 0), "utf8");
    const pos: LinePos = { line: 1, lineStart: 0, cont: 0 };
    advance(pos, bytes, 0, at, 0);
    throw new ImportError(file, formatPos(at, pos), `invalid JSON in a Journey entry: ${fault?.reason ?? (e as Error).message}`);
  }
}

/**
 * Reads `file`, one Journey entry (`<id>.json`, UTF-8 JSON), as a note of the user's (format `note`,
 * externalId `journey:<id>`, its file's name without `.json` when it has no id; title its heading, else
 * its first line as Journey lists it, at most 60 characters, else "Journal entry, <day>"; one turn per
 * paragraph said by the user, of `date_journal` on its zone's wall clock read as UTC), its text's lines
 * then where it was written and the weather ({@link placeAndWeather}); turn metadata `{ line, tags? }`
 * (`tags`: the entry's, when it has some).
 * @throws ImportError naming the file and where: a file over {@link MAX_JOURNEY_BYTES} or no JSON (its
 *   byte, line and column); no object (`byte 0`); `date_journal` no number of ms in 1970–2199
 *   (`date_journal`); `text` no string (`text`); `tags` no list of strings (`tags`); an entry with no
 *   words (`text`: "the note has no text: a Journey entry with no words", with a photo "…: a Journey
 *   entry with only a photo", so a folder passes it over, saying why).
 */
export async function parseJourney(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): Promise<ParsedConversation> {
  const value = await readEntry(file, opts.onProgress);
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, "byte 0", `expected a Journey entry (a JSON object), got ${describeValue(value)}`);
  const e = value as JourneyEntry;
  const at = e.date_journal;
  if (typeof at !== "number" || !Number.isFinite(at) || !inImportRange(at))
    throw new ImportError(file, "date_journal", `expected the entry's time in ms since 1970, got ${describeValue(at ?? null)}`);
  if (e.text !== undefined && e.text !== null && typeof e.text !== "string")
    throw new ImportError(file, "text", `expected the entry's text (a string), got ${describeValue(e.text)}`);
  if (e.tags !== undefined && e.tags !== null && (!Array.isArray(e.tags) || e.tags.some((t) => typeof t !== "string")))
    throw new ImportError(file, "tags", `expected a list of tags, got ${describeValue(e.tags)}`);
  // (an entry with no text but its preview, written so by no app seen, is read from its preview)
  const text = typeof e.text === "string" ? e.text : typeof e.preview_text === "string" ? e.preview_text : "";
  const lines = journeyLines(text, typeof e.type === "string" ? e.type : "");
  if (!lines.some((l) => /[\p{L}\p{N}]/u.test(l))) {
    const photos = Array.isArray(e.photos) ? e.photos.length : 0;
    throw new ImportError(file, "text", `${NO_TEXT}: a Journey entry with ${photos > 1 ? "only photos" : photos === 1 ? "only a photo" : "no words"}`);
  }
  const written = wallClock(at, typeof e.timezone === "string" ? e.timezone : "");
  const told = placeAndWeather(e.address, e.weather);
  const id = words(e.id) || (ENTRY_FILE.exec(basename(file))?.[1] ?? basename(file).replace(/\.json$/i, ""));
  // (no file name names it: its id is no title, and names no day)
  const note = await noteOf(file, [...lines, ...told.flatMap((l) => ["", l])], written, `journey:${id}`, null);
  const heading = lines.some((l) => /^#{1,6}\s+\S/.test(l.trim()));
  const title = heading ? note.title : (entryTitle(lines) ?? `Journal entry, ${humanDate(written)}`);
  const tags = ((e.tags as string[] | null | undefined) ?? []).map((t) => t.trim()).filter((t) => t);
  return { ...note, title, turns: tags.length ? note.turns.map((t) => ({ ...t, metadata: { ...t.metadata, tags } })) : note.turns };
}
