/**
 * Google's activity records as Google Takeout writes them in JSON, the one shape YouTube's history
 * (`YouTube and YouTube Music/history/watch-history.json`, `search-history.json`: youtube.ts) and My
 * Activity (`My Activity/<product>/MyActivity.json`: myactivity.ts) share: a JSON array, newest first,
 * of `{ "header": <product>, "title": <what was done, in words: "Searched for …", "Visited …", "Watched
 * …">, "titleUrl"?: …, "subtitles"?: [{ "name", "url"? }], "description"?: …, "time":
 * "2026-10-03T18:21:44.123Z", "products": [<product>], "details"?: [{ "name" }], "activityControls"?:
 * […], "locationInfos"?: [{ "name", "url", "source", "sourceUrl"? }] }`; an advert is an item with
 * `"details": [{ "name": "From Google Ads" }]`. Takeout's default is the same records as a web page
 * (`MyActivity.html`, `watch-history.html`): a `<div class="outer-cell …">` per item whose
 * `header-cell` names its product ("<p class="mdl-typography--title">Search<br></p>"). Checked against
 * google_takeout_parser's parse_json.py (`_parse_json_activity`, "This is also the 'My Activity' JSON
 * format") and its tests, and its HTML parser's tests (`header-cell`, `content-cell`).
 *
 * Here: the items streamed and checked ({@link activities}), what tells an advert, an item's first
 * subtitle, its time of day, a title quoted in a sentence, and what tells these files by their start
 * (JSON: {@link activityHeaderOf}; a web page: {@link activityHtmlProduct}).
 */
import { isoToMs } from "../../time/import-dates.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { ImportError } from "../kit/types.js";

/** One item of the records as Takeout writes it (the fields read; any may be missing or of another type in a bad file). */
export interface ActivityItem {
  header?: unknown;
  title?: unknown;
  titleUrl?: unknown;
  subtitles?: unknown;
  description?: unknown;
  time?: unknown;
  products?: unknown;
  details?: unknown;
  locationInfos?: unknown;
}

/** An item checked: its index in the array, its time (epoch ms), its product (`header`; null when none), its title (white space collapsed), its link (null when none), the item itself. */
export interface Activity {
  index: number;
  at: number;
  header: string | null;
  title: string;
  url: string | null;
  item: ActivityItem;
}

/** How an error names what an item should be: its product, a title ("Watched …") and a time, as the records of that file give them. */
export interface ActivityExample {
  header: string;
  title: string;
  time: string;
}

/** A value shown in an error: its JSON, cut at 60 characters. */
export function shown(value: unknown): string {
  const json = JSON.stringify(value ?? null) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/**
 * Item `value` (the `index`-th of `file`) checked.
 * @throws ImportError naming the file and the item (`[3]`, `[3].time`, `[3].title`): an item that is no
 *   object, with no time as "2026-10-14T19:02:11.123Z" (`example.time`), or with no title.
 */
export function activityOf(file: string, value: unknown, index: number, example: ActivityExample): Activity {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(
      file,
      `[${index}]`,
      `expected an activity ({ "header": ${JSON.stringify(example.header)}, "title": ${JSON.stringify(example.title)}, "time": … }), got ${shown(value)}`,
    );
  const item = value as ActivityItem;
  const at = typeof item.time === "string" ? isoToMs(item.time) : Number.NaN;
  if (Number.isNaN(at)) throw new ImportError(file, `[${index}].time`, `expected a time as ${JSON.stringify(example.time)}, got ${shown(item.time)}`);
  if (typeof item.title !== "string")
    throw new ImportError(file, `[${index}].title`, `expected what was done, as ${JSON.stringify(example.title)}, got ${shown(item.title)}`);
  return {
    index,
    at,
    header: typeof item.header === "string" ? item.header : null,
    title: item.title.replace(/[\u00a0\s]+/g, " ").trim(),
    url: typeof item.titleUrl === "string" && item.titleUrl.trim() ? item.titleUrl.trim() : null,
    item,
  };
}

/**
 * The items of `file`, a JSON array of activity records, streamed (json-stream.ts: memory holds one
 * item), each checked ({@link activityOf}).
 * @throws ImportError naming the file and where: the stream's own errors (byte, line and column), an item {@link activityOf} refuses.
 */
export async function* activities(
  file: string,
  example: ActivityExample,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<Activity> {
  for await (const item of streamJsonArray(file, { onProgress: opts.onProgress })) yield activityOf(file, item.value, item.index, example);
}

/** What Takeout's advert records say in their `details`. */
const FROM_ADS = /^From Google Ads$/i;

/** Whether `item` is an advert shown or clicked (`"details": [{ "name": "From Google Ads" }]`): Google's words, not the user's. */
export function isAdvert(item: ActivityItem): boolean {
  return Array.isArray(item.details) && item.details.some((d) => d && typeof d === "object" && FROM_ADS.test(String((d as { name?: unknown }).name ?? "")));
}

/** The first of an item's `subtitles` that has a name (a video's channel), as `{ name, url }` (its name as given), or null. */
export function firstSubtitle(subtitles: unknown): { name: string; url: string | null } | null {
  if (!Array.isArray(subtitles)) return null;
  const first = subtitles.find((s) => s && typeof s === "object" && typeof (s as { name?: unknown }).name === "string") as
    | { name: string; url?: unknown }
    | undefined;
  return first ? { name: first.name, url: typeof first.url === "string" ? first.url : null } : null;
}

/** The hour and minute of `ms` in UTC, as Takeout gives its times: "19:02". */
export function clock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

/**
 * A title or a search in quotes, as a line says it: a comma after the closing quote when it ends with
 * ".", "?" or "!" ("Which workbench should you build first?", by …), else a sentence would end there
 * and what follows ("by Matt Estlea at 21:18.") would stand alone.
 */
export function quoted(words: string): string {
  return /[.?!…]$/.test(words) ? `"${words}",` : `"${words}"`;
}

/** The start of the records in JSON: an array whose first item opens with its `"header"` (group 1, as JSON writes it), then its `"title"`. */
const JSON_START = /^\[\s*\{\s*"header"\s*:\s*"((?:[^"\\]|\\.)*)"\s*,\s*"title"\s*:/;

/**
 * The product of the first item when `start` (a file's start, a byte order mark dropped) is activity
 * records in JSON, as Takeout writes them: an array whose first item opens with `"header"`, then
 * `"title"` ("YouTube", "Search", "Maps"); null for any other start.
 */
export function activityHeaderOf(start: string): string | null {
  const m = JSON_START.exec(start.trimStart());
  if (!m) return null;
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return null;
  }
}

/** An activity page's header cell, as Takeout's HTML writes it: the product it names (group 1). */
const HTML_HEADER_CELL = /class="[^"]*header-cell[^"]*"[^>]*>\s*<p[^>]*>\s*([^<]*?)\s*<br/i;

/**
 * The product the first activity of a web page of records names (`<div class="header-cell …"><p
 * class="mdl-typography--title">Search<br></p>`: "Search"), when `start` (its first bytes as text) is
 * Takeout's activity records as a web page; null for any other start.
 */
export function activityHtmlProduct(start: string): string | null {
  if (!/^\s*</.test(start)) return null;
  const m = HTML_HEADER_CELL.exec(start);
  return m ? m[1]!.replace(/&amp;/g, "&").trim() || null : null;
}
