/**
 * Browser bookmarks as every browser exports them: the Netscape Bookmark File Format (`bookmarks.html`;
 * Chrome's "Export bookmarks" names it `bookmarks_11_30_26.html`), as Chrome, Edge, Brave, Firefox and
 * Safari write it and Pinboard exports it: `<!DOCTYPE NETSCAPE-Bookmark-file-1>`, a
 * `<TITLE>` and an `<H1>` (Chrome's "Bookmarks", Firefox's "Bookmarks Menu"), then lists `<DL><p>` …
 * `</DL><p>` of items `<DT>`: a folder `<DT><H3 ADD_DATE="…" LAST_MODIFIED="…">Recipes</H3>` followed by
 * its own `<DL><p>`, a bookmark `<DT><A HREF="…" ADD_DATE="1762170000" ICON="data:…">Title</A>`, its
 * description on the next line after `<DD>` (Pinboard's, Safari's Reading List's preview; Firefox wrote
 * them until bookmarks lost descriptions). ADD_DATE is seconds since 1970 (UTC); Firefox adds
 * `LAST_MODIFIED`, `ICON_URI`, `TAGS="hotel,lisbon"` and a keyword `SHORTCUTURL`; the browser's own
 * folders are marked (`PERSONAL_TOOLBAR_FOLDER="true"`: Chrome's Bookmarks bar, Firefox's Bookmarks
 * Toolbar, and Edge's and Brave's, whose exports are Chromium's; `UNFILED_BOOKMARKS_FOLDER="true"`: Firefox's Other Bookmarks) or,
 * in Safari's export, named ("Favourites", "Bookmarks Menu", its folders outside any `<DL>`, no dates,
 * the Reading List `<H3 id="com.apple.ReadingList">`). A title's `&`, `<`, `>`, `"` and `'` are
 * escaped (`&amp;`, `&#39;`); a link's `&` is not (Chrome and Firefox escape only its `"`). The file
 * is HTML that no browser validates (Chromium's bookmark_html_writer.cc, Firefox's
 * BookmarkHTMLUtils.sys.mjs, Safari's export as importers read it): it is tokenised by htmlparser2 as
 * it is streamed, its entities decoded, and read as Firefox's importer reads it (a heading names the
 * list that follows it, `<DD>` describes the bookmark before it).
 *
 * Also Chrome's own `Bookmarks` file (its profile's JSON, which Edge and Brave keep too: `{ "checksum",
 * "roots": { "bookmark_bar", "other", "synced" }, "version" }`, each node `{ children, date_added,
 * name, type: "folder" | "url", url }`, `date_added` in microseconds since 1601 as a string), told by
 * its opening `"checksum"` and `"roots"` and read whole (at most {@link MAX_CHROME_JSON_BYTES}).
 *
 * What the user saved is read as their own note, one per folder (format `note`): titled by the folder's
 * path ("Lisbon trip", "Recipes / Bread"; the browser's own folders left out of it, and a bookmark in
 * one of them in that folder's note, "Bookmarks bar"), each bookmark a paragraph as a person would
 * say it, of the day it was added: "Bookmarked "Easy Focaccia Bread Recipe" (www.seriouseats.com/
 * easy-focaccia-bread-recipe) in Recipes on 14 March 2026.", then its description and tags. A favicon
 * (`ICON`, a data: URI) is never kept; a bookmarklet (`javascript:`), Firefox's queries (`place:`) and
 * a browser's own pages (`about:`, `chrome://`) are passed over: no page the user saved.
 *
 * Raindrop.io's HTML export (Settings → Export or Backups → HTML) is such a file too: `<TITLE>Raindrop.io
 * Bookmarks</TITLE>`, a tab a level, each collection a folder (a nested one inside its parent's list,
 * Raindrop's own "Unsorted" at the top), each bookmark's `TAGS`, `DATA-COVER` (its preview image's link,
 * never kept) and, in newer exports (2021's has none), `DATA-IMPORTANT="true"` for a favourite (said "(favourite)"), a `<DD>`
 * after it (the page's description, as Raindrop's exports of 2021 and 2026 kept in public test fixtures
 * show) and a highlight as a `<DD><blockquote …>` of its own (as importers of its HTML read it). Its CSV
 * export is read by raindrop.ts into the same notes and words ({@link Bookmark}'s note, excerpt,
 * highlights and favourite).
 */
import { stat } from "node:fs/promises";
import { Parser } from "htmlparser2";
import { humanDate } from "../../time/format.js";
import { inImportRange } from "../../time/import-dates.js";
import { fileText, readJsonFile } from "../kit/bytes.js";
import { MAX_TAG_CHARS, refuseUnclosed } from "../kit/html-feed.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";

/** Most characters of a bookmark's or a folder's title, or of a description: one that runs on past it is refused (an element not closed). */
export const MAX_TEXT_CHARS = 256 * 1024;

/** Most characters a tag may run on before it is refused (kept in html-feed.ts; given here too, as before). */
export { MAX_TAG_CHARS };

/** Most characters of bookmarks held before the folders read so far are given (a folder met again later adds to its note). */
export const MAX_HELD_CHARS = 8 * 1024 * 1024;

/** What a held bookmark counts besides its words: its turn's and metadata's objects. */
const HELD_PER_BOOKMARK = 512;

/** The largest Chrome `Bookmarks` file (its profile's JSON) read whole. */
export const MAX_CHROME_JSON_BYTES = 64 * 1024 * 1024;

/** The Netscape Bookmark File's doctype opening the file (after a comment some tools write first). */
const DOCTYPE = /^(?:<!--[\s\S]*?-->\s*)?<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>/i;

/** Chrome's `Bookmarks` JSON: an object whose first members are its `checksum` (and `checksum_sha256`) and its `roots`. */
const CHROME_JSON = /^\{\s*"checksum"\s*:\s*"[0-9a-fA-F]*"\s*,\s*(?:"checksum_sha256"\s*:\s*"[0-9a-fA-F]*"\s*,\s*)?"roots"\s*:\s*\{/;

/** Whether a file's start (its text, white space before it trimmed) is a Netscape bookmark file: it opens with `<!DOCTYPE NETSCAPE-Bookmark-file-1>`. */
export function isBookmarksFile(start: string): boolean {
  return DOCTYPE.test(start);
}

/** Whether a file's start (white space trimmed) is Chrome's own `Bookmarks` file: a JSON object opening with `"checksum"` and then `"roots"`. */
export function isChromeBookmarksJson(start: string): boolean {
  return CHROME_JSON.test(start);
}

/** A browser's own folders by their names, when a top-level folder is not marked as one (Safari's, Edge's, a browser's in another export). */
const BROWSER_FOLDERS = new Set([
  "bookmarks bar",
  "bookmarks toolbar",
  "bookmarks menu",
  "other bookmarks",
  "mobile bookmarks",
  "favorites",
  "favourites",
  "favorites bar",
  "favourites bar",
  "other favorites",
  "other favourites",
  // (Raindrop.io's collection of what is filed in none)
  "unsorted",
]);

/** The schemes of a page the user saved; any other (javascript:, place:, about:, chrome:, data:) is no page and passed over. */
const SAVED_SCHEMES = new Set(["http:", "https:", "ftp:", "file:"]);

/** Most characters of a link's path shown in a bookmark's words. */
const SHOWN_PATH_CHARS = 80;

/** A bookmark as read: what was saved, where it is filed, when, and what the user wrote with it. */
export interface Bookmark {
  /** Its title, white space collapsed ("" when it has none). */
  title: string;
  /** Its link, as written (entities decoded). */
  href: string;
  /** When it was added: epoch ms, UTC; null when the file does not say (Safari's). */
  added: number | null;
  /** The user's folders it is filed in, outermost first, the browser's own left out ([] for none). */
  path: string[];
  /** The browser's folder it is in when `path` is empty ("Bookmarks bar"), else the file's top level ("Bookmarks"). */
  home: string;
  /** Its description (a `<DD>`), on one line; "" for none. */
  description: string;
  /** Its tags (Firefox's and Pinboard's `TAGS`), as written. */
  tags: string[];
  /** Firefox's keyword for it (`SHORTCUTURL`), or null. */
  keyword: string | null;
  /** Where it is: its `<A>`'s line in the file (1-based; a CSV's row's first line); null for Chrome's JSON. */
  line: number | null;
  /** The user's own note on it (Raindrop's `note`), its line breaks kept; none when absent. */
  note?: string;
  /** The page's own words as the app fetched them (Raindrop's `excerpt`), on one line: data, not the user's; none when absent. */
  excerpt?: string;
  /** What the user highlighted on the page, each with their note on it ("" for none), in the page's order. */
  highlights?: Array<{ text: string; note: string }>;
  /** Whether the user marked it a favourite (Raindrop's `favorite`, its HTML's `DATA-IMPORTANT`). */
  favourite?: boolean;
  /** The app's own id of it (Raindrop's raindrop id), kept in the turn's metadata; none when absent. */
  id?: string;
}

/** The note a bookmark is told in: its folders' path ("Lisbon trip", "Recipes / Bread"), else the browser's folder or the file's top level it is in. */
function folderTitle(b: Pick<Bookmark, "path" | "home">): string {
  return b.path.length ? b.path.join(" / ") : b.home;
}

/** Whether `href` is a page the user saved: an http(s), ftp or file link (not a bookmarklet, a Firefox query, a browser's own page). */
function isSavedPage(href: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(href.trim())?.[1]?.toLowerCase();
  return scheme !== undefined && SAVED_SCHEMES.has(scheme);
}

/**
 * A link as a person would write it: its host and path, without the scheme, query, fragment or
 * closing "/" ("https://www.seriouseats.com/easy-focaccia-bread-recipe?utm_source=x" →
 * "www.seriouseats.com/easy-focaccia-bread-recipe"), its path decoded ("%20" a space) and cut at
 * {@link SHOWN_PATH_CHARS} characters ("…"); a file's link its path. The link as written when it does not parse.
 */
export function shownLink(href: string): string {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return href.trim();
  }
  const decoded = (s: string): string => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  if (url.protocol === "file:") return decoded(url.pathname);
  const path = decoded(url.pathname).replace(/\/+$/, "");
  const cut = path.length > SHOWN_PATH_CHARS ? `${path.slice(0, SHOWN_PATH_CHARS).trimEnd()}…` : path;
  return `${url.host}${cut}`;
}

/** A title, a description or a tag on one line: its white space collapsed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A sentence's end, or a closing bracket or quote after which no full stop is added. */
const ENDED = /[.!?…)"”’]$/;

/** `text` ended as a sentence: a full stop added unless it ends with one (or a closing bracket or quote). */
function ended(text: string): string {
  return `${text}${ENDED.test(text) ? "" : "."}`;
}

/**
 * A bookmark in words, as the paragraph of its folder's note: "Bookmarked "<title>" (<link as shown>) in
 * <folder path> on <day>." ("in …" when it is in a folder of the user's, "on …" when its day is
 * known, " (favourite)" before the full stop for one the user starred), then on lines of their own the
 * user's note ("My note: …", each of its lines), the page's own words in quotes ("The page says: "…""),
 * each highlight naming the page, with the user's note on it ("Highlighted in "<title>", with my note
 * "…": "…""), "Description: …" and "Tags: a, b.". One without a title is said by its link ("Bookmarked
 * mycroft.ai on 16 March 2026.").
 */
export function bookmarkInWords(b: Bookmark): string {
  const shown = shownLink(b.href);
  const what = b.title ? `"${b.title}" (${shown})` : shown;
  const where = b.path.length ? ` in ${b.path.join(" / ")}` : "";
  const when = b.added !== null ? ` on ${humanDate(b.added)}` : "";
  const lines = [`Bookmarked ${what}${where}${when}${b.favourite ? " (favourite)" : ""}.`];
  const noteLines = (b.note ?? "").split(/\n/).map(oneLine).filter(Boolean);
  if (noteLines.length) lines.push(`My note: ${noteLines.map(ended).join("\n")}`);
  if (b.excerpt) lines.push(`The page says: "${b.excerpt}"`);
  // (a highlight's note before its words: the line one sentence, so the two are never told apart)
  for (const h of b.highlights ?? [])
    lines.push(`Highlighted in ${b.title ? `"${b.title}"` : shown}${h.note ? `, with my note "${h.note}"` : ""}: "${h.text}"`);
  if (b.description) lines.push(`Description: ${ended(b.description)}`);
  if (b.tags.length) lines.push(`Tags: ${b.tags.join(", ")}.`);
  return lines.join("\n");
}

/**
 * An ADD_DATE as epoch ms: seconds since 1970 as browsers write it ("1762170000"); a value too large
 * to be seconds is read as milliseconds, then microseconds (as some tools write it); 0, a negative
 * value or a time after 2199 is no day (null: "0" is Chrome's for none, Safari's can be before 1970).
 * Undefined for a value that is no whole number.
 */
function addedAt(value: string): number | null | undefined {
  const v = value.trim();
  if (!/^-?\d+$/.test(v)) return undefined;
  const n = Number(v);
  const ms = Math.abs(n) < 1e11 ? n * 1000 : Math.abs(n) < 1e14 ? n : Math.floor(n / 1000);
  return ms > 0 && inImportRange(ms) ? ms : null;
}

/** Tags as Firefox and Pinboard write them ("hotel,lisbon"), and Raindrop ("kyoto, ryokan"): each trimmed, empty ones dropped. */
export function tagsOf(value: string | undefined): string[] {
  return (value ?? "").split(",").map(oneLine).filter(Boolean);
}

/** Counts a file's lines as it is streamed: the line of a character's index in the text written so far. */
class LineCounter {
  /** The indexes of the newlines not yet passed, in order. */
  private newlines: number[] = [];
  /** How many of {@link newlines} are passed (dropped now and then). */
  private passed = 0;
  /** The line the first newline not yet passed ends. */
  private line = 1;
  /** Characters written so far. */
  written = 0;

  /** Counts the newlines of `text`, the next chunk written. */
  feed(text: string): void {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.newlines.push(this.written + i);
    this.written += text.length;
  }

  /** The line (1-based) of the character at `index`, at or after the last index asked about. */
  lineAt(index: number): number {
    while (this.passed < this.newlines.length && this.newlines[this.passed]! < index) {
      this.passed++;
      this.line++;
    }
    if (this.passed > 4096) {
      this.newlines = this.newlines.slice(this.passed);
      this.passed = 0;
    }
    return this.line;
  }
}

/** A list (`<DL>`) being read: the folder its heading named (null for a list no heading names: the top level), whether it is the browser's own, and the line of its heading (else of the list). */
interface Frame {
  name: string | null;
  browsers: boolean;
  line: number;
}

/** Bookmarks being held for their folders' notes, given when there are too many or the file ends (also Firefox's bookmarks of its places.sqlite: browser.ts). */
export class Folders {
  private held = new Map<string, ParsedTurn[]>();
  private chars = 0;
  /** How many bookmarks were kept, and passed over (no page saved). */
  kept = 0;
  passedOver = 0;

  /** @param fileTime the time (epoch ms) given a bookmark with no date: its file's modification time */
  constructor(private readonly fileTime: number) {}

  /** Holds `b`'s paragraph in its folder's note (none for a bookmark that saves no page). */
  add(b: Bookmark): void {
    if (!isSavedPage(b.href)) {
      this.passedOver++;
      return;
    }
    const text = bookmarkInWords(b);
    const folder = folderTitle(b);
    const turns = this.held.get(folder) ?? [];
    this.held.set(folder, turns);
    turns.push({
      externalId: null,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: b.added ?? this.fileTime,
      text,
      metadata: {
        bookmark: {
          folder,
          href: b.href,
          ...(b.line !== null ? { line: b.line } : {}),
          ...(b.added !== null ? { added: new Date(b.added).toISOString() } : { undated: true }),
          ...(b.tags.length ? { tags: b.tags } : {}),
          ...(b.keyword ? { keyword: b.keyword } : {}),
          ...(b.favourite ? { favourite: true } : {}),
          ...(b.highlights?.length ? { highlights: b.highlights.length } : {}),
          ...(b.id ? { id: b.id } : {}),
        },
      },
    });
    this.kept++;
    this.chars += text.length + b.href.length + HELD_PER_BOOKMARK;
  }

  /** Whether the bookmarks held are past {@link MAX_HELD_CHARS}. */
  full(): boolean {
    return this.chars > MAX_HELD_CHARS;
  }

  /** The notes of the folders held (each its bookmarks in the order they were added), then none held. */
  *given(): Generator<ParsedConversation> {
    for (const [folder, turns] of this.held) {
      turns.sort((a, b) => a.occurredAt - b.occurredAt);
      yield {
        format: "note",
        externalId: `bookmarks:${folder}`,
        title: folder,
        participants: [NOTE_SPEAKER],
        startedAt: turns[0]!.occurredAt,
        turns,
        records: "log",
      };
    }
    this.held.clear();
    this.chars = 0;
  }
}

/** The error for a file with nothing kept (`where` in it): a note with no text, so a folder passes it over; `passedOver` bookmarks saved no page. */
export function nothingKept(file: string, where: string, passedOver: number): ImportError {
  return new ImportError(
    file,
    where,
    `${NO_TEXT}: ${passedOver ? `a bookmarks file whose ${passedOver === 1 ? "one bookmark is" : `${passedOver} bookmarks are`} no page saved (a bookmarklet, a browser's own page)` : "a bookmarks file with no bookmark"}`,
  );
}

/**
 * Reads `file`, browser bookmarks, as one note per folder (format `note`, externalId `bookmarks:<the
 * folder's title>`, {@link folderTitle}, so a later export, or another browser's, adds only what is
 * new to the same folder's note; title that folder's title), each bookmark that saves a page a turn
 * said by the user ({@link bookmarkInWords}), of the time it was added (a bookmark with no date: the
 * file's modification time, metadata `bookmark.undated`), a folder's bookmarks in the order they were
 * added. `start` is the file's start as detection read it: Chrome's `Bookmarks` JSON when it opens as
 * one ({@link isChromeBookmarksJson}), else the Netscape bookmark file, streamed. Turn metadata: `{
 * bookmark: { folder, href, line?, added? (ISO 8601) | undated, tags?, keyword?, favourite?, highlights? (how
 * many), id? } }`; no `line` of a
 * note's, so a bookmark is known again by its words wherever it moved in the file. Folders held past
 * {@link MAX_HELD_CHARS} are given in parts (the same externalId).
 * @throws ImportError naming the file and where: an ADD_DATE that is no whole number (`line N`), a
 *   title or description over {@link MAX_TEXT_CHARS} characters, a tag that runs on past {@link
 *   MAX_TAG_CHARS} (a quote or comment not closed: the line it opens on), a file that ends inside
 *   a folder's list or a bookmark (cut short: the line it was opened at), invalid UTF-8 (its line and
 *   byte), no bookmark at all (`line N: … not a browser's bookmarks export`), or none that saves a
 *   page (`… the note has no text: …`, so a folder passes it over); Chrome's JSON: longer than {@link
 *   MAX_CHROME_JSON_BYTES}, not JSON, a node not as Chrome writes it (its path: `roots.other.children[2].date_added`).
 */
export async function* parseBookmarks(
  file: string,
  start: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  if (isChromeBookmarksJson(start.trimStart())) {
    yield* chromeBookmarks(file, Math.floor(info.mtimeMs), opts.onProgress);
    return;
  }
  const folders = new Folders(Math.floor(info.mtimeMs));
  const lines = new LineCounter();
  const frames: Frame[] = [];
  /** the heading read last, naming the list that follows it (dropped when a bookmark or another heading comes first: an empty folder) */
  let heading: { name: string; browsers: boolean; line: number } | null = null;
  /** the element whose words are being read: the file's <H1>, a folder's heading, a bookmark, a description (and the highlight quoted in it, Raindrop's <DD><blockquote>) */
  let reading: { kind: "h1" | "heading" | "a" | "dd"; text: string; line: number; attrs: Record<string, string>; quote?: string } | null = null;
  /** the bookmark read last, which a <DD> describes (null after a heading or a list) */
  let described: Bookmark | null = null;
  let top = "Bookmarks";
  let anchors = 0;
  let ending = false;
  const lineHere = (p: Parser) => lines.lineAt(p.startIndex);
  /** the line of the file's last character */
  const lastLine = () => lines.lineAt(Math.max(0, lines.written - 1));
  const path = (): string[] => frames.flatMap((f) => (f.name !== null && !f.browsers ? [f.name] : []));
  const home = (): string => frames.findLast((f) => f.browsers)?.name ?? top;
  // (a bookmark's highlight, Raindrop's <DD><blockquote>, read to its end)
  const finishQuote = (): void => {
    if (reading?.kind !== "dd" || reading.quote === undefined) return;
    const text = oneLine(reading.quote);
    reading.quote = undefined;
    if (described && text) described.highlights = [...(described.highlights ?? []), { text, note: "" }];
  };
  // (a <DD> read to its end describes the bookmark before it, with any <DD> after it; the bookmark is held at the next item)
  const finishDescription = (): void => {
    if (reading?.kind !== "dd") return;
    finishQuote();
    const text = oneLine(reading.text);
    if (described && text) described.description = described.description ? `${described.description} ${text}` : text;
    reading = null;
  };
  // (a bookmark is held once its description, if any, is read: at the next element)
  const flushDescribed = (): void => {
    if (described && reading?.kind !== "dd") folders.add(described);
    described = null;
  };
  // (a bookmark's <A> read to its end: it describes what was saved; one not closed ends at the next item, as a browser reads it)
  const finishAnchor = (): void => {
    if (reading?.kind !== "a") return;
    const a = reading;
    reading = null;
    if (ending) throw new ImportError(file, `line ${a.line}`, "the file ends inside this bookmark: it was cut short; export the bookmarks again");
    const href = (a.attrs.href ?? "").trim();
    if (!href) return;
    const added = addedAt(a.attrs.add_date ?? "0");
    if (added === undefined)
      throw new ImportError(
        file,
        `line ${a.line}`,
        `ADD_DATE is ${JSON.stringify(a.attrs.add_date)}, not a time (seconds since 1970, as browsers write it: ADD_DATE="1762170000")`,
      );
    described = {
      title: oneLine(a.text),
      href,
      added,
      path: path(),
      home: home(),
      description: "",
      tags: tagsOf(a.attrs.tags),
      keyword: oneLine(a.attrs.shortcuturl ?? "") || null,
      line: a.line,
      ...(a.attrs["data-important"]?.trim().toLowerCase() === "true" ? { favourite: true } : {}),
    };
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === "dd") {
          finishAnchor();
          if (reading?.kind === "dd") finishDescription();
          if (described) reading = { kind: "dd", text: "", line: lineHere(parser), attrs };
          return;
        }
        if (name === "dt" || name === "dl" || name === "a" || name === "hr" || /^h[1-6]$/.test(name)) {
          finishAnchor();
          finishDescription();
          flushDescribed();
        }
        if (name === "blockquote" && reading?.kind === "dd") {
          finishQuote();
          reading.quote = "";
          return;
        }
        if (name === "h1") reading = { kind: "h1", text: "", line: lineHere(parser), attrs };
        else if (/^h[2-6]$/.test(name)) {
          heading = null;
          reading = { kind: "heading", text: "", line: lineHere(parser), attrs };
        } else if (name === "dl") {
          frames.push({ name: heading?.name ?? null, browsers: heading?.browsers ?? false, line: heading?.line ?? lineHere(parser) });
          heading = null;
        } else if (name === "a") {
          heading = null;
          anchors++;
          reading = { kind: "a", text: "", line: lineHere(parser), attrs };
        }
      },
      ontext(text) {
        if (!reading) return;
        if (reading.quote !== undefined) reading.quote += text;
        else reading.text += text;
        if (reading.text.length > MAX_TEXT_CHARS || (reading.quote?.length ?? 0) > MAX_TEXT_CHARS) {
          const what = reading.kind === "a" ? "a bookmark's title" : reading.kind === "dd" ? "a description" : "a heading";
          throw new ImportError(
            file,
            `line ${reading.line}`,
            `${what} runs on over ${MAX_TEXT_CHARS.toLocaleString("en-US")} characters: its element is not closed`,
          );
        }
      },
      onclosetag(name) {
        if (name === "a") finishAnchor();
        else if (name === "blockquote") finishQuote();
        else if (name === "dd") finishDescription();
        else if (name === "dl") {
          finishAnchor();
          finishDescription();
          flushDescribed();
          const frame = frames.pop();
          if (ending && frame)
            throw new ImportError(
              file,
              `line ${lastLine()}`,
              `the file ends inside ${frame.name === null ? "its list of bookmarks" : `the folder "${frame.name}"`} (opened at line ${frame.line}): it was cut short; export the bookmarks again`,
            );
        } else if (name === "h1" && reading?.kind === "h1") {
          top = oneLine(reading.text) || top;
          reading = null;
        } else if (/^h[2-6]$/.test(name) && reading?.kind === "heading") {
          const folder = oneLine(reading.text) || "Untitled folder";
          const marked = reading.attrs.personal_toolbar_folder === "true" || reading.attrs.unfiled_bookmarks_folder === "true";
          const outermost = !frames.some((f) => f.name !== null);
          heading = { name: folder, browsers: marked || (outermost && BROWSER_FOLDERS.has(folder.toLowerCase())), line: reading.line };
          reading = null;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  const input = fileText(file, info.size, opts.onProgress);
  for await (const chunk of input.chunks) {
    lines.feed(chunk);
    parser.write(chunk);
    // (an attribute or a comment not closed holds the rest of the file in the tokeniser: refused past a bound)
    refuseUnclosed(parser, lines.written, file, () => lines.lineAt(parser.endIndex + 1), {
      opens: "on this line",
      hint: "a quote or a comment not closed?",
    });
    // (the newlines before where the parser has got to are counted and dropped: memory holds a chunk's)
    lines.lineAt(parser.endIndex);
    if (folders.full()) yield* folders.given();
  }
  ending = true;
  parser.end();
  finishAnchor();
  finishDescription();
  flushDescribed();
  const last = `line ${lastLine()}`;
  if (anchors === 0 && !isBookmarksFile(start.trimStart()))
    throw new ImportError(file, last, 'no bookmark (<DT><A HREF="…">) in this file: not a browser\'s bookmarks export');
  if (folders.kept === 0) throw nothingKept(file, last, folders.passedOver);
  yield* folders.given();
}

/** A node of Chrome's `Bookmarks` JSON (the fields read here). */
interface ChromeNode {
  type?: unknown;
  name?: unknown;
  url?: unknown;
  date_added?: unknown;
  children?: unknown;
}

/** Microseconds from 1601-01-01 (Chrome's epoch, Windows') to 1970-01-01. */
const CHROME_EPOCH_US = 11_644_473_600_000_000n;

/** A `date_added` of Chrome's JSON ("13409836800000000": microseconds since 1601, a string) as epoch ms; null for "0" or a time outside 1970–2199; undefined for no such number. */
function chromeTime(value: unknown): number | null | undefined {
  if (typeof value !== "string" || !/^\d+$/.test(value)) return undefined;
  if (/^0+$/.test(value)) return null;
  const ms = Number((BigInt(value) - CHROME_EPOCH_US) / 1000n);
  return ms > 0 && inImportRange(ms) ? ms : null;
}

/**
 * Chrome's own `Bookmarks` file, read whole: each root (`bookmark_bar`, `other`, `synced`) a browser's
 * folder named by its `name`, its folders the user's, each `url` node a bookmark ({@link parseBookmarks}).
 */
async function* chromeBookmarks(
  file: string,
  fileTime: number,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): AsyncGenerator<ParsedConversation> {
  const json = (await readJsonFile(file, MAX_CHROME_JSON_BYTES, "a Chrome Bookmarks file", onProgress)) as { roots?: unknown };
  const roots = json?.roots;
  if (!roots || typeof roots !== "object" || Array.isArray(roots))
    throw new ImportError(file, "roots", `expected Chrome's bookmark roots (an object), got ${describeValue(roots ?? null)}`);
  const folders = new Folders(fileTime);
  const walk = (node: unknown, where: string, path: string[], home: string): void => {
    if (!node || typeof node !== "object" || Array.isArray(node))
      throw new ImportError(file, where, `expected a bookmark or a folder (an object), got ${describeValue(node)}`);
    const n = node as ChromeNode;
    const name = typeof n.name === "string" ? oneLine(n.name) : "";
    if (n.type === "url") {
      if (typeof n.url !== "string") throw new ImportError(file, `${where}.url`, `expected the bookmark's link, got ${describeValue(n.url ?? null)}`);
      const added = n.date_added === undefined ? null : chromeTime(n.date_added);
      if (added === undefined)
        throw new ImportError(file, `${where}.date_added`, `expected microseconds since 1601 (a string of digits), got ${describeValue(n.date_added)}`);
      folders.add({ title: name, href: n.url.trim(), added, path, home, description: "", tags: [], keyword: null, line: null });
      return;
    }
    if (n.type !== "folder") throw new ImportError(file, `${where}.type`, `expected "url" or "folder", got ${describeValue(n.type ?? null)}`);
    if (n.children === undefined) return;
    if (!Array.isArray(n.children)) throw new ImportError(file, `${where}.children`, `expected a list, got ${describeValue(n.children)}`);
    const inner = [...path, name || "Untitled folder"];
    for (const [i, child] of n.children.entries()) walk(child, `${where}.children[${i}]`, inner, home);
  };
  for (const [key, root] of Object.entries(roots)) {
    const where = `roots.${key}`;
    if (!root || typeof root !== "object" || Array.isArray(root))
      throw new ImportError(file, where, `expected a folder (an object), got ${describeValue(root)}`);
    const r = root as ChromeNode;
    const home = typeof r.name === "string" && r.name.trim() ? oneLine(r.name) : key;
    if (r.children === undefined) continue;
    if (!Array.isArray(r.children)) throw new ImportError(file, `${where}.children`, `expected a list, got ${describeValue(r.children)}`);
    for (const [i, child] of r.children.entries()) walk(child, `${where}.children[${i}]`, [], home);
  }
  if (folders.kept === 0) throw nothingKept(file, "roots", folders.passedOver);
  yield* folders.given();
}
