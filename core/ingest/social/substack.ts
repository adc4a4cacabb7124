/**
 * A Substack newsletter's export (the publication's Settings → Exports → "Create new export", a ZIP
 * unzipped) → a note per post, the writer's own words. The export holds:
 * - `posts.csv`: a row per post, its header `post_id,post_date,is_published,email_sent_at,
 *   inbox_sent_at,type,audience,title,subtitle,podcast_url` (older exports without `inbox_sent_at`):
 *   `post_id` the post's number and slug ("174455210.first-harvest"), `post_date` when it was published
 *   (ISO 8601, UTC, "2026-06-20T16:05:44.902Z"; a draft's may be empty), `is_published` "true" or "false"
 *   (any case), `email_sent_at` when it was emailed, `type` newsletter, podcast, thread or page,
 *   `audience` everyone, only_paid, founding or only_free, `podcast_url` an episode's audio;
 * - `posts/<post_id>.html`: each post's body, without its title (substack-html.ts reads it);
 * - beside them, other people's data, never read: the subscribers (`email_list.<publication>.csv`:
 *   email, active_subscription, expiry, plan, email_disabled, created_at, first_payment_at) and each sent
 *   post's delivery, open and click logs (`posts/<number>.delivers.csv`, `.opens.csv`, `.clicks.csv`:
 *   post_id, timestamp, email, …).
 * Checked against TryGhost/migrate's mg-substack (read-zip.js: posts.csv and posts/*.html; mapper.js:
 * the columns, is_published, audience, type; its test fixtures) and importers' tests quoting real
 * exports' posts.csv, email_list.*.csv and .opens.csv/.delivers.csv headers.
 *
 * Each post is a note of the user's (format `note`, externalId `substack:<post number>`, so a later
 * export adds only new posts and edited paragraphs) of the day it was published (`post_date`; a draft
 * with none, the day the export wrote its file): its title a heading ("To dig or not to dig (draft)"
 * for one not published, "(unpublished)" for one emailed and then unpublished), its subtitle, who it was
 * for ("Sharpening chisels without losing your mind" was for paid subscribers only; a podcast episode,
 * a discussion thread), then its body. Drafts are kept, as a WordPress export's are (wordpress.ts): the
 * writer's words all the same, marked so. A post whose body is not beside posts.csv (posts.csv imported
 * alone) is its title, subtitle and day, and says where its words are. Each paragraph's metadata
 * `substack`: the post's id, type, audience, whether it was published, its podcast's audio.
 * posts.csv is streamed (csv-records.ts); a post's HTML is read whole, up to {@link MAX_POST_BYTES}.
 */
import { existsSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isoToMs } from "../../time/import-dates.js";
import { firstInvalidUtf8 } from "../kit/bytes.js";
import { type CsvColumns, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { rememberedTest } from "../kit/download-root.js";
import { fileStart } from "../kit/file-start.js";
import { noteOrNone } from "../notes/note.js";
import { substackLines } from "./substack-html.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** The columns of posts.csv, in Substack's order. */
export const SUBSTACK_POST_COLUMNS = [
  "post_id",
  "post_date",
  "is_published",
  "email_sent_at",
  "inbox_sent_at",
  "type",
  "audience",
  "title",
  "subtitle",
  "podcast_url",
] as const;

/** The columns posts.csv cannot be read without. */
const REQUIRED = ["post_id", "post_date", "is_published", "title"] as const;

/** Most bytes of one post's HTML read; a longer one is refused, naming its file. */
export const MAX_POST_BYTES = 8 * 1024 * 1024;

/** Most characters of one row of posts.csv (an unclosed quote is refused here, not read to the file's end). */
const MAX_RECORD_CHARS = 1024 * 1024;

/** A post's body file: `<number>.<slug>.html` (group 1 the number). */
const POST_FILE = /^(\d+)\.[^\\/]*\.html?$/i;

/** What each audience says of a post, after its title ("… was for paid subscribers only"); everyone's nothing. */
const AUDIENCES: Readonly<Record<string, string>> = {
  only_paid: "paid subscribers only",
  founding: "founding members only",
  only_free: "free subscribers only",
};

/**
 * Whether `start` (a file's start) is Substack's posts.csv: its header opens
 * "post_id,post_date,is_published" and names "title".
 */
export function isSubstackPostsCsv(start: string): boolean {
  const cells = headerCells(start, true);
  return cells[0] === "post_id" && cells[1] === "post_date" && cells[2] === "is_published" && cells.includes("title");
}

/**
 * Why a file of Substack's export whose start is `start` is not read, for the other people's data it
 * holds, or null: the subscribers (`email_list.<publication>.csv`, its header opening
 * "email,active_subscription") or a post's delivery, open or click log (a header opening
 * "post_id,timestamp,email").
 */
export function substackOthersData(start: string): string | null {
  const cells = headerCells(start, true);
  if (cells[0] === "email" && cells[1] === "active_subscription")
    return "Substack's list of your subscribers: their email addresses and plans, other people's data, not imported";
  if (cells[0] === "post_id" && cells[1] === "timestamp" && cells[2] === "email")
    return "Substack's log of who a post was emailed to or who opened it: subscribers' email addresses, other people's data, not imported";
  return null;
}

/** {@link isSubstackPostsCsv} of a file's start, remembered by path, size and modification time (a folder's posts ask of the same posts.csv; at most 64). */
const isPostsCsvStart = rememberedTest((path) => isSubstackPostsCsv(fileStart(path) ?? ""));

/** Whether `path` is Substack's posts.csv, by its start (false when it cannot be read). */
function isPostsCsvFile(path: string): boolean {
  let key: string;
  try {
    const info = statSync(path);
    key = `${path}\0${info.size}\0${info.mtimeMs}`;
  } catch {
    return false;
  }
  return isPostsCsvStart(path, key);
}

/**
 * The posts.csv of the Substack export `path` is a post's body of (`<export>/posts/<number>.<slug>.html`
 * beside `<export>/posts.csv`, by its start), or null for any other file.
 */
export function substackPostsCsvOf(path: string): string | null {
  if (!POST_FILE.test(basename(path)) || basename(dirname(path)) !== "posts") return null;
  const csv = join(dirname(dirname(path)), "posts.csv");
  return existsSync(csv) && isPostsCsvFile(csv) ? csv : null;
}

/**
 * Why a file of an unzipped Substack export found in a folder the user imports is passed over, or
 * null: a post's body (`posts/<post_id>.html`: read with its row of posts.csv beside the posts folder),
 * the subscribers and a post's delivery, open or click logs ({@link substackOthersData}, by their start).
 */
export function substackPassedOver(path: string): string | null {
  if (substackPostsCsvOf(path)) return "a post's words, read with its row of posts.csv beside the posts folder";
  return /\.csv$/i.test(path) ? substackOthersData(fileStart(path) ?? "") : null;
}

/** A post as posts.csv lists it: its row's line, number, slug'd id and cells. */
interface PostRow {
  line: number;
  id: string;
  number: string;
  date: string;
  published: boolean;
  emailed: boolean;
  type: string;
  audience: string;
  title: string;
  subtitle: string;
  podcast: string;
}

/**
 * Reads `file`, Substack's posts.csv, or a post's body beside its posts.csv (`posts/<post_id>.html`),
 * as a note per post (see the module's comment), in posts.csv's order; for a post's body, that post's
 * alone. `onProgress` gets posts.csv's bytes read.
 * @throws ImportError naming the file and line (and column): posts.csv's header without post_id,
 *   post_date, is_published or title (`line 1`), no post in it (its last line), an is_published that is
 *   neither true nor false (`line N, "is_published"`), a post_date that is no time (`line N, "post_date"`),
 *   a post's HTML over {@link MAX_POST_BYTES} or not UTF-8 (naming that file and its byte); a post's body
 *   whose posts.csv lists no such post (`byte 0`); csv-records.ts's.
 */
export async function* parseSubstack(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const csv = substackPostsCsvOf(file) ?? file;
  const only = csv === file ? null : basename(file).replace(/\.html?$/i, "");
  const { records, lastLine } = csvRecords(csv, (await stat(csv)).size, MAX_RECORD_CHARS, only === null ? opts.onProgress : undefined);
  let columns: CsvColumns | null = null;
  let found = false;
  let rows = 0;
  for await (const { cells, line } of records) {
    if (!columns) {
      columns = new Map(cells.map((name, i) => [name.trim().toLowerCase(), i]));
      const missing = REQUIRED.find((c) => !columns!.has(c));
      if (missing)
        throw new ImportError(csv, `line ${line}`, `no "${missing}" column: not Substack's posts.csv (its header is ${SUBSTACK_POST_COLUMNS.join(",")})`);
      continue;
    }
    const row = postRow(csv, cells, line, columns);
    if (!row) continue;
    rows++;
    // (a post's body imported alone: its row, by its post_id, or by its number when its slug has changed since)
    if (only !== null && row.id !== only && row.number !== /^\d+/.exec(only)?.[0]) continue;
    found = true;
    // (its body: the file given, or the one posts.csv's post_id names)
    const note = await postNote(csv, row, only === null ? join(dirname(csv), "posts", `${row.id}.html`) : file);
    if (note) yield note;
    if (only !== null) break;
  }
  if (!columns || rows === 0) throw new ImportError(csv, `line ${lastLine()}`, "no post in this Substack posts.csv");
  if (only !== null && !found) throw new ImportError(file, "byte 0", `posts.csv beside the posts folder lists no post ${only}`);
  if (only !== null) {
    const size = (await stat(file)).size;
    opts.onProgress?.(size, size);
  }
}

/**
 * The post a row of posts.csv lists, or null for an empty row.
 * @throws ImportError naming the line and column of an is_published that is neither true nor false
 */
function postRow(csv: string, cells: string[], line: number, columns: CsvColumns): PostRow | null {
  const cell = (c: (typeof SUBSTACK_POST_COLUMNS)[number]) => cellOf(cells, columns, c);
  const id = cell("post_id");
  if (!id) return null;
  const published = cell("is_published").toLowerCase();
  if (published !== "true" && published !== "false")
    throw new ImportError(csv, `line ${line}, "is_published"`, `${JSON.stringify(cell("is_published"))}: expected true or false`);
  return {
    line,
    id,
    number: /^\d+/.exec(id)?.[0] ?? id,
    date: cell("post_date"),
    published: published === "true",
    emailed: cell("email_sent_at") !== "",
    type: cell("type").toLowerCase() || "newsletter",
    audience: cell("audience").toLowerCase(),
    title: cell("title").replace(/\s+/g, " "),
    subtitle: cell("subtitle").replace(/\s+/g, " "),
    podcast: cell("podcast_url"),
  };
}

/**
 * The note of a post (see the module's comment), its body read from `html` when that file is there, or
 * null when it has no words (an untitled draft with an empty body).
 * @throws ImportError: a post_date that is no time; its HTML over {@link MAX_POST_BYTES} or not UTF-8
 */
async function postNote(csv: string, row: PostRow, html: string): Promise<ParsedConversation | null> {
  const body = existsSync(html) ? await postHtml(html) : null;
  let at = row.date ? isoToMs(row.date) : Number.NaN;
  if (row.date && Number.isNaN(at))
    throw new ImportError(csv, `line ${row.line}, "post_date"`, `${JSON.stringify(row.date)}: expected a time such as 2026-06-20T16:05:44.902Z`);
  // (a draft with no date: the day the export wrote it, the latest it can have been written)
  if (!row.date) at = (await stat(body === null ? csv : html)).mtimeMs;
  const title = row.title || "Untitled post";
  const mark = row.published ? "" : row.emailed ? " (unpublished)" : " (draft)";
  const lines = [`# ${title}${mark}`, ""];
  if (row.subtitle) lines.push(row.subtitle, "");
  const said = saidOf(row, title);
  if (said) lines.push(said, "");
  if (body) lines.push(...substackLines(body));
  else lines.push(`Its words are not in this import: Substack's export keeps them in posts/${row.id}.html beside posts.csv.`);
  const note = await noteOrNone(html, lines, at, `substack:${row.number}`, title);
  const substack = {
    post_id: row.id,
    type: row.type,
    audience: row.audience || "everyone",
    published: row.published,
    ...(row.podcast ? { podcast_url: row.podcast } : {}),
  };
  return note && { ...note, turns: note.turns.map((t) => ({ ...t, metadata: { ...t.metadata, substack } })) };
}

/** What a post was and whom it was for, as a sentence ("A podcast episode for paid subscribers only.", '"…" was for founding members only.'), or null for a newsletter post for everyone. */
function saidOf(row: PostRow, title: string): string | null {
  const audience = AUDIENCES[row.audience];
  const kind = row.type === "podcast" ? "A podcast episode" : row.type === "thread" ? "A discussion thread" : null;
  if (kind) return `${kind}${audience ? ` for ${audience}` : ""}.`;
  return audience ? `"${title}" was for ${audience}.` : null;
}

/**
 * A post's HTML, read whole.
 * @throws ImportError naming the file: over {@link MAX_POST_BYTES} (`byte 0`), not UTF-8 (`byte N`)
 */
async function postHtml(file: string): Promise<string> {
  const size = (await stat(file)).size;
  if (size > MAX_POST_BYTES) throw new ImportError(file, "byte 0", `a post's HTML longer than ${MAX_POST_BYTES / 1024 / 1024} MB`);
  const bytes = await readFile(file);
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) throw new ImportError(file, `byte ${bad}`, "invalid UTF-8: this is not UTF-8 text (save the file as UTF-8)");
  return bytes.toString("utf8").replace(/^\uFEFF/, "");
}
