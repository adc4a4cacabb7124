/**
 * Medium's account export (Settings → Security and apps → Download your information: a ZIP, unzipped)
 * → the user's stories, responses and drafts as notes of theirs, and what they highlighted, clapped for
 * and bookmarked as records. What the export holds, checked against valueof/meh ("Medium Export Helper",
 * a reader of real exports: meh.go's folders, parser/post.go, parser/highlights.go and its testdata of
 * posts, highlights, claps, bookmarks, lists and interests), the Meddler converter's specification of the
 * export (its folders, file names, a draft's footer, pages `-NNNN`) and real posts' HTML quoted in public
 * repositories (their footers):
 * - `posts/<YYYY-MM-DD>_<Title-Slug>-<id>.html` (a story or a response; the export does not tell them
 *   apart: a response is titled by its first words) and `posts/draft_<Title-Slug>-<id>.html` (a draft):
 *   a page `<article class="h-entry">`, `<header><h1 class="p-name">` its title, `<section
 *   data-field="subtitle" class="p-summary">` its subtitle, `<section data-field="body" class="e-content">`
 *   its body in Medium's `graf` markup (the title again as `<h3 class="graf … graf--title">`, the subtitle
 *   as `<h4 class="graf … graf--subtitle">`: left out here), then a `<footer>`: "By <a class="p-author
 *   h-card">…</a> on <a href="https://medium.com/p/<id>"><time class="dt-published" datetime="<ISO 8601
 *   UTC>">…</time></a>.", `<a href="…" class="p-canonical">Canonical link</a>`, "Exported from Medium on
 *   …"; a draft's footer only `<a href="https://medium.com/p/<id>">View original.</a>` and that line;
 * - `highlights/highlights-NNNN.html` ("<name>’s quotes, page N"): a `<li class="h-entry">` per highlight,
 *   `<time class="dt-published">2015-03-9 4:43 pm</time>` (the user's clock, no zone: read as UTC) and
 *   the paragraph highlighted in, the words in `<span class="markup--highlight">` (whose story it was is
 *   not written);
 * - `claps/claps-NNNN.html` (`<li class="h-entry">+50 — <a class="h-cite u-like-of" href>title</a>
 *   (<time class="dt-published">…</time>)`) and `bookmarks/bookmarks-NNNN.html` (`<li><a class="h-cite"
 *   href>title</a> (<time …>)`): other people's stories, records of the user's;
 * - passed over, said why ({@link mediumPassedOver}): `interests/`, `lists/` (others' stories listed),
 *   `profile/`, `sessions/`, `ips.html`, `blocks/`, the follows (`users-following/`, `pubs-following/`,
 *   `topics-following/`, `twitter/`), `partner-program/` and `README.html`.
 *
 * A story is a note of the user's (format `note`, externalId `medium:<id>`, so a later export adds only
 * what is new) of the time it was published (`dt-published`; a draft, the time the export wrote its
 * file): its title a heading ("Should I Go Freelance? (draft)" for a draft), its subtitle, its body's
 * paragraphs (html-lines.ts's walk with WordPress's dialect: links with where they lead,
 * a figure's caption). Highlights, claps and bookmarks are one conversation each (`medium:highlights`,
 * `medium:claps`, `medium:bookmarks`, so every page of them and a later export add to it; `records:
 * "log"`), a turn per item at its time, said as the user would ("Highlighted on Medium on Friday 20
 * March: “…”"). A page is read whole, up to {@link MAX_PAGE_BYTES}.
 */
import { readFile, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isoToMs } from "../../time/import-dates.js";
import { firstInvalidUtf8 } from "../kit/bytes.js";
import { htmlLines } from "../kit/html-lines.js";
import { dayWords } from "../kit/record-words.js";
import { keyedByTime } from "../kit/time-keys.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { NOTE_SPEAKER, noteOrNone } from "../notes/note.js";
import { WORDPRESS, wordpressText } from "./wordpress-html.js";

/** Most bytes of one page of the export read; a longer one is refused, naming its file. */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

/** What a page of Medium's export is: a story (published or a draft), or a page of highlights, claps or bookmarks. */
export type MediumPage = "post" | "highlights" | "claps" | "bookmarks";

/** A story's page: its title's `<h1 class="p-name">` and its body's section. */
const POST_PAGE = /<h1\b[^>]*\bclass="p-name"[\s\S]*<section\b[^>]*\bdata-field="body"/;
/** A list page's title, "<name>’s quotes, page 1" (group 1 the kind). */
const LIST_TITLE = /<title>[^<]*[’']s (quotes|claps|bookmarks), page \d+<\/title>/;
/** A list page's mark of what its items are. */
const LIST_MARK: Readonly<Record<string, RegExp>> = {
  quotes: /\bclass="markup--highlight"/,
  claps: /\bclass="h-cite u-like-of"/,
  bookmarks: /\bclass="h-cite"/,
};

/**
 * What page of Medium's export `head` (a file's start) is, or null: a story's (an `<article
 * class="h-entry">` with `<h1 class="p-name">` and `<section data-field="body">`; a list of Medium's,
 * `lists/`, has none), or a page of highlights, claps or bookmarks (its `<title>` "<name>’s quotes, page
 * N", "…’s claps, page N", "…’s bookmarks, page N", and its items' marks).
 */
export function mediumPageOf(head: string): MediumPage | null {
  if (!/<article\b[^>]*\bclass="h-entry"/.test(head) && !LIST_TITLE.test(head)) return null;
  if (/<article\b[^>]*\bclass="h-entry"/.test(head) && POST_PAGE.test(head)) return "post";
  const list = LIST_TITLE.exec(head)?.[1];
  if (!list || !LIST_MARK[list]!.test(head)) return null;
  return list === "quotes" ? "highlights" : (list as "claps" | "bookmarks");
}

/** The folders of Medium's export that hold no words of the user's, and why each is passed over. */
const PASSED_OVER: Readonly<Record<string, string>> = {
  interests: "Medium's tags, topics, publications and writers it saw you interested in: no words of yours, not imported",
  lists: "a Medium reading list of other people's stories: no words of yours, not imported",
  profile: "your Medium profile and account settings: not imported",
  sessions: "Medium's log of your sign-ins and devices: not imported",
  blocks: "the people you blocked on Medium: not imported",
  "users-following": "the people you follow on Medium: not imported",
  "pubs-following": "the publications you follow on Medium: not imported",
  "topics-following": "the topics you follow on Medium: not imported",
  twitter: "your X (Twitter) friends on Medium: other people, not imported",
  "partner-program": "Medium Partner Program earnings per story: not imported",
};

/** Whether `root` is an unzipped Medium export: it holds a `posts/` folder and a `README.html`. */
function isExportRoot(root: string): boolean {
  return existsSync(join(root, "posts")) && existsSync(join(root, "README.html"));
}

/**
 * Why a file of an unzipped Medium export found in a folder the user imports is passed over, or null:
 * a page in one of the folders that hold no words of the user's (interests, lists, profile, sessions,
 * blocks, follows, the Partner Program's earnings), `ips.html` and `README.html`, when beside them are
 * the export's `posts/` and `README.html`.
 */
export function mediumPassedOver(path: string): string | null {
  if (!/\.html?$/i.test(path)) return null;
  const name = basename(path);
  if (name === "README.html" && isExportRoot(dirname(path))) return "the Medium export's table of contents: no words of yours";
  if (name === "ips.html" && isExportRoot(dirname(path))) return "Medium's log of the addresses you signed in from: not imported";
  const why = PASSED_OVER[basename(dirname(path))];
  return why && isExportRoot(dirname(dirname(path))) ? why : null;
}

/**
 * Reads `file`, a page of Medium's export (see the module's comment): a story's page as a note of the
 * user's, or a page of highlights, claps or bookmarks as a conversation of records. `onProgress` gets
 * the page's bytes once read.
 * @throws ImportError naming the file: over {@link MAX_PAGE_BYTES} or not UTF-8 (`byte N`), no page of
 *   Medium's export (`byte 0`), a story's `dt-published` that is no time (`datetime`), a list's item whose
 *   time is not Medium's "2026-3-20 9:14 pm" (`item N`), a list with no item (`byte 0`).
 */
export async function* parseMedium(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const { html, size, mtime } = await pageOf(file);
  const kind = mediumPageOf(html);
  if (!kind) throw new ImportError(file, "byte 0", "not a page of Medium's export (a story in posts/, or a page of highlights, claps or bookmarks)");
  const note = kind === "post" ? await storyNote(file, html, mtime) : listConversation(file, html, kind);
  opts.onProgress?.(size, size);
  if (note) yield note;
}

/**
 * A page's text, size and modification time.
 * @throws ImportError: over {@link MAX_PAGE_BYTES} (`byte 0`), not UTF-8 (`byte N`)
 */
async function pageOf(file: string): Promise<{ html: string; size: number; mtime: number }> {
  const info = await stat(file);
  if (info.size > MAX_PAGE_BYTES) throw new ImportError(file, "byte 0", `a page longer than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  const bytes = await readFile(file);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) throw new ImportError(file, `byte ${bad}`, "invalid UTF-8: this is not UTF-8 text (save the file as UTF-8)");
  return { html: bytes.toString("utf8").replace(/^\uFEFF/, ""), size: info.size, mtime: info.mtimeMs };
}

/** Medium's body: WordPress's tags, its text's white space spaces, the title and subtitle it repeats left out. */
const MEDIUM_BODY = {
  ...WORDPRESS,
  plainTextLines: false,
  strip: undefined,
  silentWhere: (_name: string, attrs: Readonly<Record<string, string>>) => /(?:^|\s)graf--(?:title|subtitle)(?:\s|$)/.test(attrs.class ?? ""),
};

/** The inner HTML of the first element a start tag matching `open` begins, up to `close`, or "". */
function between(html: string, open: RegExp, close: string): string {
  const m = open.exec(html);
  if (!m) return "";
  const from = m.index + m[0].length;
  const to = html.indexOf(close, from);
  return html.slice(from, to === -1 ? undefined : to);
}

/**
 * A story's note (see the module's comment), or null when it has no words (an untitled, empty draft).
 * @throws ImportError: a `dt-published` that is no time
 */
async function storyNote(file: string, html: string, mtime: number): Promise<ParsedConversation | null> {
  const title = wordpressText(between(html, /<h1\b[^>]*\bclass="p-name"[^>]*>/, "</h1>")) || "Untitled story";
  const subtitle = wordpressText(between(html, /<section\b[^>]*\bdata-field="subtitle"[^>]*>/, "</section>"));
  const footer = between(html, /<footer\b[^>]*>/, "</footer>");
  const body = between(html, /<section\b[^>]*\bdata-field="body"[^>]*>/, "<footer");
  const datetime = /<time\b[^>]*\bclass="dt-published"[^>]*\bdatetime="([^"]*)"/.exec(footer)?.[1];
  const draft = /^draft_/i.test(basename(file)) || datetime === undefined;
  let at = mtime;
  if (datetime !== undefined && !draft) {
    at = isoToMs(datetime);
    if (Number.isNaN(at)) throw new ImportError(file, "datetime", `${JSON.stringify(datetime)}: expected a time such as 2026-03-29T18:42:10.331Z`);
  }
  const canonical = /<a\b[^>]*\bhref="([^"]*)"[^>]*\bclass="p-canonical"/.exec(footer)?.[1] ?? null;
  const id =
    /-([0-9a-f]{6,16})(?:[?#].*)?$/.exec(canonical ?? "")?.[1] ??
    /https:\/\/medium\.com\/p\/([0-9a-f]{6,16})\b/.exec(footer)?.[1] ??
    /-([0-9a-f]{6,16})\.html?$/i.exec(basename(file))?.[1] ??
    basename(file).replace(/\.html?$/i, "");
  const lines = [`# ${title}${draft ? " (draft)" : ""}`, ""];
  const words = htmlLines(body, MEDIUM_BODY);
  if (subtitle && !words.some((l) => l === subtitle)) lines.push(subtitle, "");
  lines.push(...words);
  const note = await noteOrNone(file, lines, at, `medium:${id}`, title);
  const medium = { id, draft, ...(canonical ? { url: canonical } : {}) };
  return note && { ...note, turns: note.turns.map((t) => ({ ...t, metadata: { ...t.metadata, medium } })) };
}

/** A list item's time as Medium writes it ("2015-03-9 4:43 pm"): groups year, month, day, hour, minute, am/pm. */
const LIST_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})\s*([ap]m)$/i;

/** A list item's time (the user's clock, read as UTC), or NaN for none Medium writes. */
export function mediumListTime(text: string): number {
  const m = LIST_TIME.exec(text.replace(/\s+/g, " ").trim());
  if (!m) return Number.NaN;
  const hour = Number(m[4]);
  if (hour < 1 || hour > 12) return Number.NaN;
  const h24 = (hour % 12) + (m[6]!.toLowerCase() === "pm" ? 12 : 0);
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), h24, Number(m[5]));
  return new Date(at).getUTCDate() === Number(m[3]) ? at : Number.NaN;
}

/** What each list page is called, and what its records are. */
const LISTS = {
  highlights: "Highlights on Medium",
  claps: "Stories clapped for on Medium",
  bookmarks: "Stories bookmarked on Medium",
} as const;

/**
 * A page of highlights, claps or bookmarks as a conversation of records (see the module's comment).
 * @throws ImportError: an item's time not Medium's (`item N`); a page with no item (`byte 0`)
 */
function listConversation(file: string, html: string, kind: Exclude<MediumPage, "post">): ParsedConversation {
  const items = html.split(/<li\b/).slice(1);
  const turns: ParsedTurn[] = [];
  items.forEach((item, i) => {
    const shown = /<time\b[^>]*\bclass="dt-published"[^>]*>([^<]*)<\/time>/.exec(item)?.[1] ?? "";
    const at = mediumListTime(shown);
    if (Number.isNaN(at)) throw new ImportError(file, `item ${i + 1}`, `${JSON.stringify(shown.trim())}: expected a time such as 2026-3-20 9:14 pm`);
    const text = itemWords(item, kind, at);
    if (text) turns.push({ externalId: null, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { medium: kind } });
  });
  if (turns.length === 0) throw new ImportError(file, "byte 0", `no ${kind} on this page of Medium's export`);
  keyedByTime(turns);
  return {
    format: "medium",
    externalId: `medium:${kind}`,
    title: LISTS[kind],
    participants: [NOTE_SPEAKER],
    startedAt: turns[0]!.occurredAt,
    turns,
    records: "log",
  };
}

/** An item of a list page said as the user would, or "" for one with no words. */
function itemWords(item: string, kind: Exclude<MediumPage, "post">, at: number): string {
  const day = dayWords(at);
  if (kind === "highlights") {
    const spans = [...item.matchAll(/<span\b[^>]*\bclass="markup--highlight"[^>]*>([\s\S]*?)<\/span>/g)].map((m) => wordpressText(m[1]!));
    const words = spans.filter(Boolean).join(" … ");
    return words ? `Highlighted on Medium on ${day}: “${words}”` : "";
  }
  const link = /<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/.exec(item);
  if (!link) return "";
  const title = wordpressText(link[2]!);
  const claps = /\+(\d+)/.exec(item.slice(0, link.index))?.[1];
  if (kind === "claps")
    return `Clapped ${claps ?? ""}${claps === "1" ? " time" : claps ? " times" : ""} for “${title}” on Medium (${link[1]}) on ${day}.`.replace(
      "Clapped  for",
      "Clapped for",
    );
  return `Bookmarked “${title}” on Medium (${link[1]}) on ${day}.`;
}
