/**
 * Hypothesis (hypothes.is) web annotations → one conversation per page annotated, read as a book's
 * highlights are (kindle.ts, readwise.ts, kobo.ts): a page is a book, titled by its document's title.
 * Three JSON files hold them, all of annotations as h's API presents them:
 * - the sidebar's export (Share → Export, format JSON): `JSON.stringify({ export_date, export_userid,
 *   client_version, annotations }, null, 2)`, the annotations of the page open in the sidebar, the
 *   user's or the whole group's ("All annotations"), named `<YYYY-MM-DD>-<title cut to 50
 *   characters>-<group name, spaces as dashes>.json` (hypothesis/client src/sidebar/services/
 *   annotations-exporter.tsx `buildJSONExportContent`, helpers/export-annotations.ts, helpers/import.ts
 *   `readExportFile`, which reads back any object with an `annotations` array);
 * - hypexport's file of an account's annotations (karlicoss/hypexport: `{ "annotations": [ … ],
 *   "profile": { "userid", "user_info", … } }`, keys sorted, so the profile comes last; an older one's
 *   a bare array of annotations);
 * - the API's search response as a script saves it (hypothesis/h h/views/api/annotations.py `search`):
 *   `{ "total", "rows": [ … ] }`, and `"replies": [ … ]` with `_separate_replies`.
 * An annotation (h/services/annotation_json.py `present_for_user`, h/presenters/document_json.py,
 * client src/types/api.ts `APIAnnotationData`): `id`, `created` and `updated` ("2026-11-09T20:14:05.331208+00:00"),
 * `user` ("acct:nokafor@hypothes.is"), `uri`, `text` (Markdown), `tags`, `group`, `permissions`, `target`
 * (`[{ source, selector: [{ type: "TextQuoteSelector", exact, prefix, suffix }, a PDF's PageSelector {
 * index, label }, …], description? }]`), `document` (`{ title: ["…"] }`, or `{}`), `links`,
 * `user_info` (`{ display_name }`), `references` (a reply's: the ids it answers, its thread's top first),
 * `flagged`, `hidden` (text and tags blanked for those who may not see it).
 *
 * Whose: the author `--me` names (a username, an "acct:" id or a display name), else the export's owner
 * (`export_userid`, hypexport's `profile.userid`), else the author of the most annotations; theirs are the
 * user's (role `user`, speaker "User"), everyone else's (a group's) said by them (their display name,
 * else their username; role `other`). What the owner highlighted is told as a Kindle clipping is
 * (kindle.ts `toldClipping`: the page's words in quotes, the note typed at them, "Tags: …"), kept whole
 * by the memory engine (metadata `clipping`); a page note (no selector) is their "Note on <page>: …";
 * a reply, anyone's, "Replied on “<page>”: <its words>", the annotation it answers recorded with it
 * (metadata `hypothesis.replyTo`) when the file holds it.
 * Another's highlight with no words of theirs is passed over, as is an annotation with neither words
 * nor a quote. The conversations are app records of what the user read (`records: "log"`). The
 * sidebar's CSV export is read by hypothesis-csv.ts into the same conversations ({@link pageConversation}).
 */
import { inImportRange, isoToMs } from "../../time/import-dates.js";
import { type PathKey, streamJsonPaths } from "../kit/json-paths.js";
import { type Clipping, toldClipping } from "./kindle.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { MAX_MESSAGE_CHARS } from "../kit/passages.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { describeValue, formatPath, nonBlank } from "../kit/validate.js";

/** How a page's conversation's externalId opens: "hypothesis:https://…". */
export const HYPOTHESIS_PAGE = "hypothesis:";

/** The arrays of annotations an export holds, by their member's name (the sidebar's and hypexport's, the API search's rows and separated replies). */
const LISTS = new Set(["annotations", "rows", "replies"]);

/** Most characters of annotations held before the pages read so far are given (a page met again later adds to its conversation); each annotation counts {@link HELD_PER_ANNOTATION} more. */
export const MAX_HELD_CHARS = 8 * 1024 * 1024;

/** What a held annotation counts besides its words: its objects, about a kilobyte. */
const HELD_PER_ANNOTATION = 1024;

/** How much of the annotation replied to is kept with a reply. */
const REPLY_CHARS = 280;

/** An edit counts when `updated` is this much after `created` (ms), as the client says "edited". */
const EDITED_MS = 2000;

/** An h user id: "acct:<username>@<authority>". */
const USER_ID = /^acct:([^@\s]+)@(\S+)$/;

/**
 * Whether `head` (a file's start, from its first '{' or '[') is an export of Hypothesis annotations: the
 * sidebar's (an object naming `"export_userid"` before its `"annotations"` array), or, an object whose
 * `annotations` or `rows` array (hypexport's, the API search's) or an array whose first item is an
 * annotation as h presents it: naming its `"user": "acct:…"`, its `"uri"` and its `"target"`.
 */
export function isHypothesisJson(head: string): boolean {
  if (head[0] === "{" && /^\{\s*"export_date"\s*:\s*"[^"]*"\s*,\s*"export_userid"\s*:/.test(head)) return true;
  const list = head[0] === "[" ? /^\[\s*\{/.exec(head) : /^\{\s*(?:"[^"]*"\s*:\s*(?:\d+|"[^"]*")\s*,\s*)*"(?:annotations|rows)"\s*:\s*\[\s*\{/.exec(head);
  if (!list) return false;
  // (the first annotation's members, as far as the head holds them: h's user id, its page and its target)
  const first = head.slice(list[0].length, list[0].length + 16_384);
  return /"user"\s*:\s*"acct:[^"@]+@[^"]+"/.test(first) && /"uri"\s*:\s*"/.test(first) && /"target"\s*:\s*\[/.test(first);
}

/** One annotation as read (from the JSON here, from the sidebar's CSV in hypothesis-csv.ts): who, where, when, what it says and highlights, what it answers. */
export interface Note {
  id: string;
  user: string;
  /** Its author's display name, else null. */
  shown: string | null;
  uri: string;
  title: string | null;
  at: number;
  edited: boolean;
  text: string;
  tags: string[];
  quote: string | null;
  /** A PDF's page label ("58"), else null. */
  page: string | null;
  /** What a selection that is no text is (an image region's description), else null. */
  description: string | null;
  references: string[];
  group: string | null;
  link: string | null;
  /** Where it is in the file ("annotations[3]"). */
  where: string;
}

/** One page's annotations, as read so far: its address, its annotations by id, what they count towards {@link MAX_HELD_CHARS}. */
export interface Page {
  uri: string;
  notes: Map<string, Note>;
  held: number;
}

/** The owner as the export states it, and how many annotations each author wrote (for an export that states no owner). */
interface Authors {
  stated: string | null;
  counts: Map<string, number>;
  shown: Map<string, string>;
}

/** The place of an annotation: its list and index ("annotations", 3), or its index in a bare array. */
function isAnnotationPlace(path: readonly PathKey[], bare: boolean): boolean {
  return bare ? path.length === 1 : path.length === 2 && LISTS.has(String(path[0]));
}

/** The choice of json-paths.ts for the document itself: an object entered, an array entered (a bare list of annotations), anything else refused. */
function documentChoice(file: string, kind: string): "enter" {
  if (kind === "scalar")
    throw new ImportError(file, "byte 0", "expected a Hypothesis export (an object with an annotations or rows array, or an array of annotations)");
  return "enter";
}

/**
 * The first pass: who the export says its owner is (`export_userid`, hypexport's `profile.userid`) and
 * how many annotations each author wrote (their `user`), with their display names. Stops at a stated
 * owner met before any annotation (the sidebar's export) unless `me` is to be looked for among the authors.
 */
async function authorsOf(file: string, me: string | undefined): Promise<Authors> {
  const authors: Authors = { stated: null, counts: new Map(), shown: new Map() };
  let bare = false;
  const values = streamJsonPaths(file, {
    choose: (path, kind) => {
      if (path.length === 0) {
        bare = kind === "array";
        return documentChoice(file, kind);
      }
      if (!bare && path.length === 1)
        return path[0] === "export_userid" || path[0] === "profile" ? "keep" : LISTS.has(String(path[0])) && kind === "array" ? "enter" : "skip";
      if (isAnnotationPlace(path, bare)) return kind === "object" ? "enter" : "skip";
      const last = path[path.length - 1];
      return isAnnotationPlace(path.slice(0, -1), bare) && (last === "user" || last === "user_info") ? "keep" : "skip";
    },
  });
  // (an annotation's user and display name, by its place, whichever member comes first)
  let place = "";
  let user: string | null = null;
  let name: string | null = null;
  for await (const { path, value } of values) {
    if (!bare && path.length === 1) {
      const id = path[0] === "profile" ? (value as { userid?: unknown } | null)?.userid : value;
      if (typeof id === "string" && USER_ID.test(id)) authors.stated = id;
      const shown = path[0] === "profile" ? nonBlank((value as { user_info?: { display_name?: unknown } } | null)?.user_info?.display_name) : null;
      if (authors.stated && shown) authors.shown.set(authors.stated, shown);
      if (authors.stated && path[0] === "export_userid" && !me?.trim()) break;
      continue;
    }
    const at = formatPath(path.slice(0, -1));
    if (at !== place) [place, user, name] = [at, null, null];
    if (path[path.length - 1] === "user" && typeof value === "string") {
      user = value;
      authors.counts.set(value, (authors.counts.get(value) ?? 0) + 1);
    } else name = nonBlank((value as { display_name?: unknown } | null)?.display_name);
    if (user && name) authors.shown.set(user, name);
  }
  return authors;
}

/** Whether `me` (`--me`) names the author `user`: their username, their whole id, or their display name (any case). */
function names(me: string, user: string, shown: string | null): boolean {
  const m = me.trim().toLowerCase().replace(/^@/, "");
  return [user, USER_ID.exec(user)?.[1] ?? "", shown ?? ""].some((n) => n.toLowerCase() === m);
}

/** The owner: the one `me` names among the authors, else the export's stated owner, else the author of the most annotations (the first met of a tie); null for an export of none. */
function ownerOf(authors: Authors, me: string | undefined): string | null {
  if (me?.trim()) {
    const named = [...authors.counts.keys()].find((u) => names(me, u, authors.shown.get(u) ?? null));
    if (named) return named;
  }
  if (authors.stated) return authors.stated;
  let best: string | null = null;
  for (const [user, n] of authors.counts) if (best === null || n > authors.counts.get(best)!) best = user;
  return best;
}

/** A string member of `a`, or an ImportError naming it. */
function stringAt(file: string, a: Record<string, unknown>, key: string, where: string): string {
  const v = a[key];
  if (typeof v !== "string") throw new ImportError(file, `${where}.${key}`, `expected a string, got ${describeValue(v)}`);
  return v;
}

/** The first selector of `type` of an annotation's first target, or undefined. */
function selectorOf(target: unknown, type: string): Record<string, unknown> | undefined {
  const first = Array.isArray(target) ? (target[0] as { selector?: unknown } | undefined) : undefined;
  const selectors = Array.isArray(first?.selector) ? (first.selector as unknown[]) : [];
  return selectors.find((s): s is Record<string, unknown> => !!s && typeof s === "object" && (s as { type?: unknown }).type === type);
}

/** A document's title as h presents it (`{ title: ["…"] }`; a string read too), else null. */
function titleOf(document: unknown): string | null {
  const title = (document as { title?: unknown } | null | undefined)?.title;
  const first = Array.isArray(title) ? title.find((t) => nonBlank(t)) : title;
  return nonBlank(first)?.replace(/\s+/g, " ") ?? null;
}

/**
 * One annotation read from its value at `where` ("annotations[3]").
 * @throws ImportError naming the member: no object, an `id`, `user`, `uri` or `created` that is no
 *   string, a `created` that is no time, `text` over MAX_MESSAGE_CHARS.
 */
function noteOf(file: string, value: unknown, where: string): Note {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, where, `expected an annotation (an object), got ${describeValue(value)}`);
  const a = value as Record<string, unknown>;
  const id = stringAt(file, a, "id", where);
  const user = stringAt(file, a, "user", where);
  const uri = stringAt(file, a, "uri", where);
  const created = stringAt(file, a, "created", where);
  const at = isoToMs(created);
  if (!inImportRange(at))
    throw new ImportError(file, `${where}.created`, `${JSON.stringify(created)} is not a time (h writes "2026-11-09T20:14:05.331208+00:00")`);
  const updated = typeof a.updated === "string" ? isoToMs(a.updated) : Number.NaN;
  const text = typeof a.text === "string" ? a.text.trim() : "";
  if (text.length > MAX_MESSAGE_CHARS)
    throw new ImportError(
      file,
      `${where}.text`,
      `the annotation is ${text.length.toLocaleString("en-US")} characters long; the largest Engram imports is ${MAX_MESSAGE_CHARS.toLocaleString("en-US")}`,
    );
  const quote = selectorOf(a.target, "TextQuoteSelector");
  const page = selectorOf(a.target, "PageSelector");
  const target = Array.isArray(a.target) ? (a.target[0] as { description?: unknown } | undefined) : undefined;
  return {
    id,
    user,
    shown: nonBlank((a.user_info as { display_name?: unknown } | null | undefined)?.display_name),
    uri,
    title: titleOf(a.document),
    at,
    edited: Number.isFinite(updated) && updated - at > EDITED_MS,
    text,
    tags: Array.isArray(a.tags) ? a.tags.map(nonBlank).filter((t): t is string => t !== null) : [],
    quote: nonBlank(quote?.exact)?.replace(/\s+/g, " ") ?? null,
    page: nonBlank(page?.label) ?? (typeof page?.index === "number" ? String(page.index + 1) : null),
    description: nonBlank(target?.description),
    references: Array.isArray(a.references) ? a.references.filter((r): r is string => typeof r === "string") : [],
    group: nonBlank(a.group),
    link: nonBlank((a.links as { incontext?: unknown } | null | undefined)?.incontext),
    where,
  };
}

/** An author as a page names them: the owner "User", anyone else their display name, else their username ("priya.raman"). */
function speakerOf(user: string, shown: string | null, owner: string | null): string {
  if (user === owner) return NOTE_SPEAKER;
  return shown ?? USER_ID.exec(user)?.[1] ?? user;
}

/** A page's title: its document's, else its address's host, else the address. */
function pageTitle(page: Page): string {
  for (const n of page.notes.values()) if (n.title) return n.title;
  try {
    return new URL(page.uri).hostname.replace(/^www\./, "") || page.uri;
  } catch {
    return page.uri;
  }
}

/** A page's annotations in the order a reader meets them: each thread's top in time order, each followed by its replies in time order (a reply whose thread is not here is a top). */
function threadOrder(notes: Note[]): Note[] {
  const here = new Set(notes.map((n) => n.id));
  const rootOf = (n: Note) => n.references.find((r) => here.has(r)) ?? null;
  const byTime = [...notes].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const replies = new Map<string, Note[]>();
  for (const n of byTime) {
    const root = rootOf(n);
    if (root) replies.set(root, [...(replies.get(root) ?? []), n]);
  }
  return byTime.filter((n) => !rootOf(n)).flatMap((top) => [top, ...(replies.get(top.id) ?? [])]);
}

/**
 * A reply's lead-in, saying where it was said, as a comment is told as said on whose post (instagram.ts):
 * "Replied on “<page>”". It names no one answered: the annotation answered may be in one export and not
 * another (hypexport's file holds only the user's), and a reply told alike by both is stored once.
 */
function repliedOn(title: string): string {
  return `Replied on “${title}”`;
}

/** The turn of one annotation, or null for one passed over (another's with no words of theirs; one with neither words nor a quote). */
function turnOf(n: Note, title: string, owner: string | null, byId: Map<string, Note>): ParsedTurn | null {
  const mine = n.user === owner;
  const reply = n.references.length > 0;
  if (!n.text && (!mine || reply || (!n.quote && !n.tags.length))) return null;
  const answered = reply ? byId.get(n.references[n.references.length - 1]!) : undefined;
  const hypothesis = {
    user: n.user,
    ...(n.group ? { group: n.group } : {}),
    ...(n.tags.length ? { tags: n.tags } : {}),
    ...(n.page ? { page: n.page } : {}),
    ...(!mine && n.quote ? { quote: n.quote } : {}),
    ...(answered ? { replyTo: { speaker: speakerOf(answered.user, answered.shown, owner), text: answered.text.slice(0, REPLY_CHARS) } } : {}),
    ...(n.edited ? { edited: true } : {}),
    ...(n.link ? { link: n.link } : {}),
  };
  const base = { externalId: n.id, speaker: speakerOf(n.user, n.shown, owner), role: mine ? ("user" as const) : ("other" as const), occurredAt: n.at };
  if (reply) return { ...base, text: `${repliedOn(title)}: ${n.text}`, metadata: { hypothesis } };
  if (!mine) return { ...base, text: n.text, metadata: { hypothesis } };
  // (the owner's own annotation, told as a Kindle's clipping: the page's words kept whole with the note typed at them)
  const place = n.page ? `page ${n.page}` : null;
  const clipping: Clipping = { kind: n.quote ? "highlight" : "note", book: title, author: null, place, location: null, at: place ?? "" };
  const tags = n.tags.length ? `Tags: ${n.tags.join(", ")}` : "";
  const said = n.quote
    ? toldClipping(clipping, n.quote, n.text || null)
    : toldClipping(clipping, [n.description ? `(on ${n.description})` : "", n.text || tags].filter(Boolean).join(" "), null);
  return { ...base, text: tags && (n.quote || n.text) ? `${said}\n${tags}` : said, metadata: { clipping, hypothesis } };
}

/** A page's annotations as one conversation (format `kindle`, records; see {@link parseHypothesis}), or null when none is told. */
export function pageConversation(page: Page, owner: string | null): ParsedConversation | null {
  const title = pageTitle(page);
  const turns = threadOrder([...page.notes.values()])
    .map((n) => turnOf(n, title, owner, page.notes))
    .filter((t): t is ParsedTurn => t !== null);
  if (!turns.length) return null;
  return {
    format: "kindle",
    externalId: `${HYPOTHESIS_PAGE}${page.uri}`,
    title,
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: Math.min(...turns.map((t) => t.occurredAt)),
    turns,
    records: "log",
  };
}

/**
 * Reads `file`, an export of Hypothesis annotations (see the module comment: the sidebar's JSON export,
 * hypexport's file, the API's search response, or a bare array of annotations), streamed twice
 * (json-paths.ts: first who wrote what, then the annotations), into one conversation per page (its
 * `uri`), format `kindle`, externalId `hypothesis:<uri>` (so a later export, another export of the same
 * page, or hypexport's file of all the user's annotations adds only what is new), titled by the page's
 * document title (else its host), `records: "log"`, in the order the pages are first met. Each
 * annotation is a turn keyed by its `id`, at its `created` time, in thread order (a thread's top in time
 * order, then its replies): the owner's (see {@link ownerOf}) the user's, speaker "User", a highlight
 * told as kindle.ts `toldClipping` tells one ("Highlight from <title>, page 58: “…”\nNote: …\nTags: …",
 * metadata `clipping`), a page note "Note on <title>: …", a reply its words; anyone else's said by them,
 * role `other`, their words. Turn metadata: `{ clipping?, hypothesis: { user, group, tags, page, quote
 * (another's highlight), replyTo: { speaker, text }, edited, link } }`. Pages are held to the file's end;
 * past {@link MAX_HELD_CHARS} those before the one being read are given (a page met again later adds to
 * its conversation), and a page over it alone is given in parts. An annotation met twice (in `rows` and `replies`) is told once.
 * @throws ImportError naming the file and where: a document that is no object or array, an export with
 *   no annotations array (`annotations`), an annotation that is no object or whose `id`, `user`, `uri`
 *   or `created` is missing or no string, a `created` that is no time (`annotations[3].created`), an
 *   annotation over MAX_MESSAGE_CHARS, no annotation told at all; the stream's own faults (invalid JSON,
 *   truncation: byte, line and column).
 */
export async function* parseHypothesis(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void; me?: string } = {},
): AsyncGenerator<ParsedConversation> {
  const authors = await authorsOf(file, opts.me);
  const owner = ownerOf(authors, opts.me);
  const pages = new Map<string, Page>();
  let held = 0;
  let bare = false;
  let lists = 0;
  let told = 0;
  const given = function* (keep?: string): Generator<ParsedConversation> {
    for (const [uri, page] of pages) {
      if (uri === keep) continue;
      pages.delete(uri);
      held -= page.held;
      const conv = pageConversation(page, owner);
      if (conv) {
        told += conv.turns.length;
        yield conv;
      }
    }
  };
  const values = streamJsonPaths(file, {
    choose: (path, kind) => {
      if (path.length === 0) {
        bare = kind === "array";
        if (bare) lists++;
        return documentChoice(file, kind);
      }
      if (!bare && path.length === 1) {
        if (!LISTS.has(String(path[0]))) return "skip";
        if (kind !== "array")
          throw new ImportError(file, String(path[0]), `expected an array of annotations, got ${kind === "object" ? "an object" : "a single value"}`);
        lists++;
        return "enter";
      }
      return isAnnotationPlace(path, bare) ? "keep" : "skip";
    },
    onProgress: opts.onProgress,
  });
  for await (const { path, value } of values) {
    const n = noteOf(file, value, formatPath(path));
    const page = pages.get(n.uri) ?? { uri: n.uri, notes: new Map(), held: 0 };
    pages.set(n.uri, page);
    if (page.notes.has(n.id)) continue;
    page.notes.set(n.id, n);
    const counts = n.text.length + (n.quote?.length ?? 0) + HELD_PER_ANNOTATION;
    page.held += counts;
    held += counts;
    if (held > MAX_HELD_CHARS) yield* given(n.uri);
    // (a page over it alone is given in parts, the same externalId: a part adds to its conversation)
    if (held > MAX_HELD_CHARS) yield* given();
  }
  if (!lists) throw new ImportError(file, "annotations", 'no "annotations" or "rows" array: not an export of Hypothesis annotations');
  yield* given();
  if (!told) throw new ImportError(file, "annotations", `${NO_TEXT}: a Hypothesis export with no annotation that has words or a highlight`);
}
