/**
 * A day of browsing in words, shared by the readers of what the user searched and visited: Google's My
 * Activity and Chrome's History.json of Takeout (myactivity.ts) and a browser's own history database
 * (browser.ts: Firefox's places.sqlite, Chrome's and Edge's History, Safari's History.db). Both tell a
 * calendar day (UTC) as one note of the user's, keyed `myactivity:day:2026-10-03`, each thing done a
 * paragraph keyed by what it is (the words searched, the page without its fragment), once a day at its
 * first minute, in the same words: `Searched Google for "sourdough hydration 75%" (18:21).`, `Visited
 * "Understanding Dough Hydration | The Perfect Loaf" on theperfectloaf.com (18:24).` So a page or a
 * search told by Takeout and by the browser's own database alike is one paragraph (the same
 * conversation, paragraph key, minute and words: the same content hash), and importing either again
 * adds nothing. The day's title is the first reader's ("Google activity, Saturday 3 October 2026" or
 * "Browsing, Saturday 3 October 2026").
 *
 * Here: a page's address undone from Google's redirect ({@link pageOf}), its site ({@link siteOf}), the
 * search a results page is ({@link searchOfPage}: Google's, Bing's, DuckDuckGo's …), the paragraph of a
 * visit ({@link visit}) and of a search ({@link search}), and the days being gathered ({@link DayLog}).
 */
import { humanDate, isoDate } from "../../time/format.js";
import { DAY } from "../../time/import-dates.js";
import { clock, quoted } from "./google-activity.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NOTE_SPEAKER } from "../notes/note.js";
import type { ParsedConversation, ParsedTurn } from "../kit/types.js";

/** What a paragraph tells: a search, a page visited, a file downloaded, directions, a place or an area looked at on a map, or another record by its title. */
export type Kind = "search" | "visit" | "download" | "directions" | "place" | "area" | "activity";

/** A thing done, before it is a paragraph: its key in its day (what it is), its kind, its words, its time (epoch ms), and what metadata keeps. */
export interface Done {
  key: string;
  kind: Kind;
  text: string;
  at: number;
  meta: Record<string, unknown>;
}

/** Google's hosts, in any country: www.google.com, www.google.co.uk. */
export const GOOGLE = /(?:^|\.)google\.[a-z.]+$/i;

/** The page a link stands for: Google's redirect ("https://www.google.com/url?q=<the page>&usg=…") undone; null for no web page (not http or https: about:, chrome://, file://, a bookmarklet). */
export function pageOf(url: string): URL | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.pathname === "/url" && GOOGLE.test(u.hostname)) {
    const to = u.searchParams.get("q") ?? u.searchParams.get("url");
    return to && /^https?:\/\//i.test(to) ? pageOf(to) : null;
  }
  return /^https?:$/.test(u.protocol) ? u : null;
}

/** A page's site as a person says it: its host without "www." ("theperfectloaf.com"). */
export function siteOf(page: URL): string {
  return page.hostname.toLowerCase().replace(/^www\d?\./, "");
}

/** Search engines' results pages: the host, the path, the parameter holding the words, and the engine's name (a function of the page where it depends on it). */
const ENGINES: ReadonlyArray<[host: RegExp, path: RegExp, param: string, on: string | ((page: URL) => string)]> = [
  [GOOGLE, /^\/search$/, "q", (p) => (p.searchParams.get("tbm") === "isch" || p.searchParams.get("udm") === "2" ? "Google Images" : "Google")],
  [/(?:^|\.)bing\.com$/i, /^\/search$/, "q", "Bing"],
  [/(?:^|\.)bing\.com$/i, /^\/images\/search$/, "q", "Bing Images"],
  [/(?:^|\.)duckduckgo\.com$/i, /^\/(?:html\/?|lite\/?)?$/, "q", "DuckDuckGo"],
  [/(?:^|\.)search\.yahoo\.com$/i, /^\/search/, "p", "Yahoo"],
  [/(?:^|\.)ecosia\.org$/i, /^\/search$/, "q", "Ecosia"],
  [/^search\.brave\.com$/i, /^\/search$/, "q", "Brave Search"],
  [/(?:^|\.)kagi\.com$/i, /^\/search$/, "q", "Kagi"],
  [/(?:^|\.)startpage\.com$/i, /^\/(?:do|sp)\/search$/, "query", "Startpage"],
];

/**
 * The search a page is when it is a search engine's results page ("https://www.google.com/search?q=pho+recipe&oq=…"
 * → `{ words: "pho recipe", on: "Google" }`; Google Images, Bing, DuckDuckGo, Yahoo, Ecosia, Brave Search, Kagi,
 * Startpage), its words' white space collapsed; null for any other page, or one with no words.
 */
export function searchOfPage(page: URL): { words: string; on: string } | null {
  for (const [host, path, param, on] of ENGINES) {
    if (!host.test(page.hostname) || !path.test(page.pathname)) continue;
    const words = page.searchParams.get(param)?.replace(/\s+/g, " ").trim();
    if (words) return { words, on: typeof on === "string" ? on : on(page) };
  }
  return null;
}

/** How often and how long a page was seen that day, told after its time when there is more than one visit or a minute on it. */
export interface Seen {
  /** Visits of the page that day (1 when absent). */
  times?: number;
  /** Whole minutes the page was in view that day (Firefox's `moz_places_metadata`), 0 or absent when under one. */
  minutes?: number;
}

/**
 * A page visited, in words: `Visited "<title>" on <site> (18:24).`; its address when it has no title
 * (`Visited theclevercarrot.com/2026/03/why-is-my-sourdough-dense/ (10:06).`), its title alone when its
 * record has no link. `seen` adds how often and how long (`Visited "<title>" on <site> 4 times (first at
 * 18:24, 12 minutes on the page).`). Keyed by its address (its fragment dropped), else its title.
 */
export function visit(title: string, page: URL | null, at: number, meta: Record<string, unknown>, seen: Seen = {}): Done {
  const url = page ? `${page.origin}${page.pathname}${page.search}` : null;
  const titled = title !== "" && title !== url && title !== page?.href;
  const words = !titled && url ? url.replace(/^https?:\/\//, "") : `${quoted(title)}${page ? ` on ${siteOf(page)}` : ""}`;
  const times = seen.times ?? 1;
  const minutes = seen.minutes ?? 0;
  const when = [times > 1 ? `first at ${clock(at)}` : clock(at), minutes > 0 ? `${minutes} minute${minutes === 1 ? "" : "s"} on the page` : ""].filter(Boolean);
  return {
    key: `visit ${url ?? title.toLowerCase()}`,
    kind: "visit",
    text: `Visited ${words}${times > 1 ? ` ${times} times` : ""} (${when.join(", ")}).`,
    at,
    meta: { ...meta, ...(page && url ? { url, site: siteOf(page) } : {}), ...(times > 1 ? { times } : {}), ...(minutes > 0 ? { minutes } : {}) },
  };
}

/** A search, in words: `Searched Google for "<the words>" (18:21).` */
export function search(words: string, on: string, at: number, meta: Record<string, unknown>): Done {
  return {
    key: `search ${on} ${words.toLowerCase()}`,
    kind: "search",
    text: `Searched ${on} for ${quoted(words)} (${clock(at)}).`,
    at,
    meta: { ...meta, query: words },
  };
}

/** A day's weekday (UTC), as a day's note is titled: "Saturday". */
const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

/**
 * The day-by-day log being gathered: a day's note (held-notes.ts, given past MAX_HELD_CHARS), keyed
 * `myactivity:day:<YYYY-MM-DD>` and titled "<heading>, Saturday 3 October 2026", each thing done once a
 * day at its first time (a key met again that day moves its paragraph to the earlier time).
 */
export class DayLog {
  private readonly held = new HeldNotes({ inTimeOrder: false, records: "day" });
  /** The days held, by key: each paragraph by its key, with its exact time (epoch ms), what orders a day's paragraphs of the same minute. */
  private readonly days = new Map<string, Map<string, { turn: ParsedTurn; at: number }>>();
  /** The last day met, by its number since 1970 (UTC): its key and title, not made again for each paragraph of it. */
  private last = { day: Number.NaN, key: "", title: "" };

  /**
   * @param heading the day note's title before its day ("Google activity", "Browsing")
   * @param metaKey the key of a paragraph's metadata ("myactivity", "browser": `{ kind, … }`)
   */
  constructor(
    private readonly heading: string,
    private readonly metaKey: string,
  ) {}

  /** Adds `done` to its day. @returns the days' notes to give now, in time order. */
  add(done: Done): ParsedConversation[] {
    const at = Math.floor(done.at / 60_000) * 60_000;
    const day = Math.floor(at / DAY);
    if (day !== this.last.day) this.last = { day, key: `myactivity:day:${isoDate(at)}`, title: `${this.heading}, ${WEEKDAY.format(at)} ${humanDate(at)}` };
    const { key, title } = this.last;
    const turn: ParsedTurn = {
      externalId: done.key,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: at,
      text: done.text,
      metadata: { [this.metaKey]: { kind: done.kind, ...done.meta } },
    };
    const seen = this.days.get(key) ?? new Map<string, { turn: ParsedTurn; at: number }>();
    this.days.set(key, seen);
    const had = seen.get(done.key);
    if (had) {
      // (a page visited again, or told by another record: its first time that day)
      if (done.at < had.at) {
        Object.assign(had.turn, turn);
        had.at = done.at;
      }
      return [];
    }
    seen.set(done.key, { turn, at: done.at });
    return this.given(this.held.add(key, title, turn));
  }

  /** The notes of `notes` (or of every day held) in time order, each one's paragraphs too, their days no longer held. */
  given(notes: ParsedConversation[] = this.held.given()): ParsedConversation[] {
    for (const note of notes) {
      const seen = this.days.get(note.externalId);
      this.days.delete(note.externalId);
      const exact = new Map([...(seen?.values() ?? [])].map((p) => [p.turn, p.at]));
      note.turns.sort((a, b) => (exact.get(a) ?? a.occurredAt) - (exact.get(b) ?? b.occurredAt));
    }
    return notes.sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0));
  }
}
