/**
 * Google's My Activity and Chrome's history from Google Takeout (unzipped), as the user's day-by-day log
 * of what they searched, read and looked up:
 *
 * - "My Activity" (Multiple formats → Activity records: JSON; Takeout's default is HTML) →
 *   `My Activity/<product>/MyActivity.json`, one per product (Search, Chrome, Maps, Discover, Image
 *   Search, Google Play Store, Assistant …; YouTube's is youtube.ts'): a JSON array, newest first, of
 *   google-activity.ts' records. Search's titles are "Searched for <the words>" (`titleUrl`
 *   "https://www.google.com/search?q=…") and "Visited <the page's title>" (a result clicked: `titleUrl`
 *   "https://www.google.com/url?q=<the page>&usg=…"); Chrome's "Visited <the page's title>" (`titleUrl`
 *   the page) and "Used Chrome"; Maps' "Searched for …" (".../maps/search/…"), "Directions to <place>" or
 *   "Directions from <a> to <b>" (".../maps/dir/…/<place, its address>/@…"), a place looked at by its name
 *   alone (".../maps/place/…"), "Viewed area around <place>", "Used Maps"; Discover's "7 cards in your
 *   feed". An advert is a record with `"details": [{ "name": "From Google Ads" }]`. Times are UTC ("Z").
 * - "Chrome" → `Chrome/History.json` (older Takeouts' `BrowserHistory.json`): `{ "Browser History": [ {
 *   "favicon_url"?, "page_transition": "LINK" | "TYPED" | "RELOAD" | "GENERATED" | "AUTO_BOOKMARK" |
 *   "FORM_SUBMIT" | …, "title", "url", "client_id", "time_usec": <microseconds since 1970, UTC> } ] }`, in
 *   no order, beside the browser's other settings (Extensions.json, SearchEngines.json …: no one's words,
 *   passed over as any other JSON).
 * Checked against google_takeout_parser (parse_json.py `_parse_json_activity` and `_parse_chrome_history`,
 * `time_usec / 10**6`; its tests of a Discover record and of a "Browser History" item; its locale map of
 * `My Activity/.*?My\s*Activity.json` and `Chrome/BrowserHistory.json`), simonw's google-takeout-to-sqlite
 * tests (Maps' "Viewed area around …", Search's "Visited …" through "google.com/url?q=…&usg=…"), a Maps
 * activity parser's title prefixes ("Searched for", "Directions to", "Directions from … to …", "Viewed area
 * around", "Used Maps", a place's name alone), MichaelCurrin/history-report's sample BrowserHistory.json and
 * readers that drop search adverts by "From Google Ads".
 *
 * Read (format `myactivity`; every conversation a note of the user's, format `note`, said by the user): a
 * calendar day (UTC) a note ("Google activity, Saturday 3 October 2026", `myactivity:day:2026-10-03`, so
 * Search's, Chrome's and Maps' records, Chrome's own history and a later Takeout add to the same day), each
 * thing done a paragraph in words, at its minute: `Searched Google for "sourdough hydration 75%" (18:21).`,
 * `Visited "Understanding Dough Hydration | The Perfect Loaf" on theperfectloaf.com (18:24).`, `Searched
 * Google Maps for "plumbers near Headingley" (20:22).`, `Got directions to Cantinho do Avillez (R. Mouzinho
 * da Silveira 166, 4050-416 Porto, Portugal) on Google Maps (19:27).`, `Looked at Headingley Plumbing &
 * Heating on Google Maps (20:24).`, any other record its title and product ("Said set a timer (Assistant,
 * 07:02)."). A paragraph is keyed by what it is (the words searched, the page, the place), once a day at
 * its first time: a page visited twice that day, or told by Search's, Chrome's records and History.json
 * alike, is one paragraph, and importing again adds nothing. A search engine's results page in Chrome's
 * history (Google's, Bing's, DuckDuckGo's …) is the search. The day's wording and keys are browsing.ts',
 * shared with a browser's own history database (browser.ts): a page told by both is one paragraph.
 *
 * Passed over: records with no words of the user's, adverts ("From Google Ads", the Ads product's), apps
 * used ("Used Chrome", "Used Maps"), Discover's feed cards, Takeout's own archives, YouTube's records
 * (youtube.ts reads them), Gemini's (gemini.ts reads them as conversations); in Chrome's history its own pages (chrome://, a new tab), reloads and frames.
 * A file of only such records is refused as a note with no text, saying what it holds (a folder passes it
 * over, said why). Takeout's `archive_browser.html` (its index of the archive) and My Activity as a web
 * page (`MyActivity.html`: the reason says to choose JSON in Takeout) are passed over in a folder and
 * refused alone ({@link takeoutPageAdvice}).
 *
 * Memory is bounded: the records and Chrome's history are streamed (google-activity.ts, json-stream.ts);
 * the days held are given past held-notes.ts MAX_HELD_CHARS, in parts under the same keys.
 */
import { basename, dirname } from "node:path";
import { inImportRange } from "../../time/import-dates.js";
import { DayLog, type Done, pageOf, search, searchOfPage, visit } from "./browsing.js";
import { fileStart } from "../kit/file-start.js";
import { type Activity, type ActivityExample, activities, activityHeaderOf, activityHtmlProduct, clock, isAdvert, shown } from "./google-activity.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { NO_TEXT } from "../notes/note.js";
import { isGeminiProduct } from "./gemini.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";

export { pageOf } from "./browsing.js";

/** The products whose records are YouTube's (youtube.ts reads them). */
const YOUTUBE = /^YouTube(?: Music)?$/;

/**
 * Whether `start` (a file's start, a byte order mark dropped) is a product's My Activity in JSON: an array
 * whose first record opens with its `"header"`, then its `"title"` (google-activity.ts `activityHeaderOf`),
 * of any product but YouTube's (youtube.ts `isYouTubeHistory`) and Gemini's (gemini.ts `isGeminiActivity`).
 */
export function isMyActivity(start: string): boolean {
  const header = activityHeaderOf(start);
  return header !== null && !YOUTUBE.test(header) && !isGeminiProduct(header);
}

/** Whether `start` (a file's start, a byte order mark dropped) is Chrome's history from Takeout: an object opening with its `"Browser History"` array. */
export function isChromeHistory(start: string): boolean {
  return /^\{\s*"Browser History"\s*:\s*\[/.test(start.trimStart());
}

/** The names Takeout gives My Activity as a web page ("MyActivity.html"; older Takeouts "My Activity.html"). */
const HTML_NAME = /(?:^|[\\/])My\s?Activity\.html?$/i;

/**
 * Why `file` is not read when it is one of Google Takeout's web pages that are no one's words, told by
 * its name and `start` (its first bytes as text): the archive's index, `archive_browser.html`; My Activity
 * as a web page (`My Activity/Search/MyActivity.html`, told by its name or by its records' header cells
 * naming a product), saying to choose JSON in Takeout; null for any other file and for YouTube's pages
 * (youtube.ts `youtubeHtmlAdvice` says what to do with them).
 */
export function takeoutPageAdvice(file: string, start: string): string | null {
  if (/(?:^|[\\/])archive_browser\.html$/i.test(file)) return "Google Takeout's index of the files in its archive, no one's words";
  const product = activityHtmlProduct(start);
  if (product === null && !(HTML_NAME.test(file) && /^\s*</.test(start))) return null;
  const named = product ?? basename(dirname(file));
  if (YOUTUBE.test(named)) return null;
  return `Google My Activity${named && named !== "My Activity" ? ` (${named})` : ""} as a web page, which Engram does not read: export it again from Google Takeout with My Activity in JSON (My Activity → Multiple formats → Activity records: JSON) and import MyActivity.json`;
}

/**
 * Why `file`, found in a folder the user imports, is passed over unread when it is one of Takeout's web
 * pages that are no one's words ({@link takeoutPageAdvice}, its first 64 KiB read); null for any other file.
 */
export function myActivityPassedOver(file: string): string | null {
  if (!/\.html?$/i.test(file)) return null;
  const start = fileStart(file, 64 * 1024);
  return start === null ? null : takeoutPageAdvice(file, start);
}

/** How a record's search is said, by its product: "Searched Google for …". */
const SEARCHED_ON: Readonly<Record<string, string>> = {
  Search: "Google",
  Chrome: "Google",
  "Image Search": "Google Images",
  "Video Search": "Google Videos",
  Maps: "Google Maps",
  Shopping: "Google Shopping",
  News: "Google News",
  Books: "Google Books",
  "Google Play Store": "the Google Play Store",
};

/**
 * A place's address as a directions link gives it after its name (".../maps/dir//Cantinho+do+Avillez,+R.+Mouzinho+da+Silveira+166,+4050-416+Porto,+Portugal/@…"
 * → "R. Mouzinho da Silveira 166, 4050-416 Porto, Portugal"), or "" when the link names none.
 */
export function directionsAddress(url: string | null, place: string): string {
  const path = url ? /\/maps\/dir\/([^?#]*)/.exec(url)?.[1] : undefined;
  if (!path) return "";
  const stops = path.split("/").filter((s) => s && !s.startsWith("@") && !s.startsWith("data="));
  let last: string;
  try {
    last = decodeURIComponent((stops.at(-1) ?? "").replace(/\+/g, " ")).trim();
  } catch {
    return "";
  }
  const prefix = `${place}, `;
  return last.toLowerCase().startsWith(prefix.toLowerCase()) ? last.slice(prefix.length).trim() : "";
}

/** A place's name as a record gives it, for a key: lower case, white space collapsed. */
const named = (place: string) => place.toLowerCase().replace(/\s+/g, " ");

/** Titles that are adverts seen or clicked ("Viewed ad", "Clicked an ad"), as the Ads product writes them. */
const AD_TITLE = /^(?:viewed|clicked|saw|interacted with) (?:an? )?ads?\b/i;

/** Why a record is passed over: YouTube's (read by youtube.ts), Gemini's (read by gemini.ts), an advert, an app used, Discover's feed cards, Takeout's own. */
type Passed = "youtube" | "gemini" | "advert" | "used" | "feed" | "takeout" | "empty";

/**
 * Record `a` of a product's My Activity as what was done, or why it is passed over ({@link Passed}): YouTube's
 * and Gemini's records, adverts, apps used ("Used Chrome"), Discover's cards, Takeout's archives, a record with no title.
 */
function doneOf(a: Activity): Done | Passed {
  const product = a.header ?? "";
  if (YOUTUBE.test(product)) return "youtube";
  if (isGeminiProduct(product)) return "gemini";
  if (isAdvert(a.item) || product === "Ads" || AD_TITLE.test(a.title)) return "advert";
  if (product === "Discover") return "feed";
  if (product === "Takeout") return "takeout";
  if (!a.title) return "empty";
  if (/^Used\s/.test(a.title)) return "used";
  const meta = { product, ...(a.url ? { link: a.url } : {}) };
  const searched = /^Searched for\s+(.+)$/.exec(a.title);
  if (searched) return search(searched[1]!, SEARCHED_ON[product] ?? (product || "Google"), a.at, meta);
  const visited = /^(Visited|Viewed)\s+(.+)$/.exec(a.title);
  if (product === "Maps") {
    const directions = /^Directions (?:from (.+?) )?to (.+)$/.exec(a.title);
    if (directions) {
      const [, from, to] = directions as unknown as [string, string | undefined, string];
      const address = directionsAddress(a.url, to);
      return {
        key: `directions ${named(from ?? "")} ${named(to)}`,
        kind: "directions",
        text: `Got directions ${from ? `from ${from} ` : ""}to ${to}${address ? ` (${address})` : ""} on Google Maps (${clock(a.at)}).`,
        at: a.at,
        meta: { ...meta, to, ...(from ? { from } : {}), ...(address ? { address } : {}) },
      };
    }
    const area = /^Viewed area around\s+(.+)$/.exec(a.title);
    if (area)
      return { key: `area ${named(area[1]!)}`, kind: "area", text: `Looked at the map around ${area[1]} on Google Maps (${clock(a.at)}).`, at: a.at, meta };
    if (!visited && a.url && /\/maps\/place\/|[?&](?:cid|ftid)=/.test(a.url))
      return { key: `place ${named(a.title)}`, kind: "place", text: `Looked at ${a.title} on Google Maps (${clock(a.at)}).`, at: a.at, meta };
  }
  if (visited && (visited[1] === "Visited" || a.url)) {
    const done = visit(visited[2]!, a.url ? pageOf(a.url) : null, a.at, meta);
    if (visited[1] === "Viewed") done.text = done.text.replace(/^Visited/, "Viewed");
    return done;
  }
  return {
    key: `activity ${product} ${a.title.toLowerCase()}`,
    kind: "activity",
    text: `${a.title.replace(/[.!?]+$/, "")} (${product || "Google"}, ${clock(a.at)}).`,
    at: a.at,
    meta,
  };
}

/** How an error names what a record should be. */
const EXAMPLE: ActivityExample = { header: "Search", title: "Searched for …", time: "2026-10-03T18:21:44.123Z" };

/** What a file of only `passed` records holds, in words, for its refusal. */
function onlyPassed(entries: number, passed: ReadonlySet<Passed>): string {
  if (entries === 0) return "Google My Activity with nothing in it";
  if (passed.size === 1 && passed.has("youtube")) return "YouTube's activity, which Engram reads as YouTube's (--format youtube)";
  if (passed.size === 1 && passed.has("gemini")) return "Gemini's activity, which Engram reads as conversations with Gemini (--format gemini)";
  if (passed.size === 1 && passed.has("feed")) return "the cards Google showed in your Discover feed, no words of yours";
  return "Google My Activity of adverts, feed cards and apps used only, no words of yours";
}

/**
 * Reads `file`, a product's My Activity in JSON (streamed), as a note per calendar day (UTC) of what was
 * searched, visited and looked up ({@link doneOf}), days in time order.
 * @throws ImportError naming the file and where: the stream's own errors (byte, line and column), a record
 *   that is no object, with no time or no title (`[3]`, `[3].time`, `[3].title`: google-activity.ts
 *   `activityOf`); "the note has no text" for a file with nothing read, saying what it holds.
 */
async function* parseActivity(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const log = new DayLog("Google activity", "myactivity");
  const passed = new Set<Passed>();
  let entries = 0;
  let read = 0;
  for await (const a of activities(file, EXAMPLE, opts)) {
    entries++;
    const done = doneOf(a);
    if (typeof done === "string") {
      passed.add(done);
      continue;
    }
    read++;
    yield* log.add(done);
  }
  if (read === 0) throw new ImportError(file, "[0]", `${NO_TEXT}: ${onlyPassed(entries, passed)}`);
  yield* log.given();
}

/** The transitions of Chrome's history that are no page the user went to: a reload, a frame inside a page. */
const NO_VISIT = /^(?:RELOAD|AUTO_SUBFRAME|MANUAL_SUBFRAME)\b/i;

/** Where an item of Chrome's history is, as an ImportError's location: `["Browser History"][3].url`. */
const where = (index: number, member: string) => `["Browser History"][${index}].${member}`;

/**
 * Item `value` (the `index`-th) of Chrome's history as what was done, or null for what is no page: Chrome's
 * own pages (chrome://newtab/), a reload, a frame. A search engine's results page is the search.
 * @throws ImportError naming the file and the item: no object, no `url`, a `time_usec` that is no time in
 *   microseconds since 1970.
 */
function visitOf(file: string, value: unknown, index: number): Done | null {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, `["Browser History"][${index}]`, `expected a visit ({ "title": …, "url": …, "time_usec": … }), got ${shown(value)}`);
  const v = value as { title?: unknown; url?: unknown; time_usec?: unknown; page_transition?: unknown };
  if (typeof v.url !== "string") throw new ImportError(file, where(index, "url"), `expected the page's address, got ${shown(v.url)}`);
  const usec = typeof v.time_usec === "string" && /^\d+$/.test(v.time_usec) ? Number(v.time_usec) : v.time_usec;
  const ms = typeof usec === "number" && Number.isFinite(usec) ? Math.floor(usec / 1000) : Number.NaN;
  if (!inImportRange(ms))
    throw new ImportError(file, where(index, "time_usec"), `expected a time in microseconds since 1970, as 1791138242409417, got ${shown(v.time_usec)}`);
  if (typeof v.page_transition === "string" && NO_VISIT.test(v.page_transition)) return null;
  const page = pageOf(v.url);
  if (!page) return null;
  const title = typeof v.title === "string" ? v.title.replace(/[\u00a0\s]+/g, " ").trim() : "";
  const meta = { product: "Chrome", link: v.url, ...(typeof v.page_transition === "string" ? { transition: v.page_transition } : {}) };
  const searched = searchOfPage(page);
  if (searched) return search(searched.words, searched.on, ms, meta);
  return visit(title, page, ms, meta);
}

/**
 * Reads `file`, Chrome's History.json of Takeout (its "Browser History" streamed), as the pages visited
 * and Google searches made, a day a note with My Activity's ({@link visitOf}).
 * @throws ImportError naming the file and where: the stream's own errors, an item {@link visitOf} refuses;
 *   "the note has no text" for a history with no page visited.
 */
async function* parseChromeHistory(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const log = new DayLog("Google activity", "myactivity");
  let read = 0;
  for await (const item of streamJsonArray(file, { arrayAt: "Browser History", onProgress: opts.onProgress })) {
    const done = visitOf(file, item.value, item.index);
    if (!done) continue;
    read++;
    yield* log.add(done);
  }
  if (read === 0) throw new ImportError(file, '["Browser History"]', `${NO_TEXT}: Chrome's history with no web page visited`);
  yield* log.given();
}

/**
 * Reads `file`, a file of Google Takeout's My Activity or Chrome's history, as the user's notes, a day
 * each (format `note`, said by the user; the file's format `myactivity`), told by `head` (its start): a
 * product's MyActivity.json ({@link parseActivity}), Chrome/History.json ({@link parseChromeHistory}).
 * @throws ImportError naming the file and where: Takeout's index or My Activity as a web page (`byte 0`,
 *   {@link takeoutPageAdvice}), a file that is neither (`byte 0`), and each reader's own errors.
 */
export async function* parseMyActivity(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const start = head.replace(/^\uFEFF/, "");
  const page = takeoutPageAdvice(file, start);
  if (page) throw new ImportError(file, "byte 0", page);
  if (isChromeHistory(start)) yield* parseChromeHistory(file, opts);
  else if (start.trimStart().startsWith("[")) yield* parseActivity(file, opts);
  else
    throw new ImportError(
      file,
      "byte 0",
      "not a file of Google Takeout's My Activity in JSON (My Activity/Search/MyActivity.json) nor Chrome's history (Chrome/History.json)",
    );
}
