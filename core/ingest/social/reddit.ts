/**
 * Reddit's export of an account's data (reddit.com/settings/data-request: a zip Reddit emails a link
 * to, unzipped): a flat folder of CSV files, each as Python's csv module writes it (a header row, a
 * cell quoted when it holds a comma, a quote or a line break, quotes doubled; parsed by csv-parse,
 * streamed: csv-records.ts), a large one split as `post_votes_1.csv`, `post_votes_2.csv`, each with its
 * header. Times are UTC, "2026-10-04 18:44:10 UTC"; ids are base 36 without their kind ("lrx2k9d"),
 * a comment's `parent` with it ("t1_lrx0qfa", "t3_1g3k9xa"); `ip` is empty in today's exports.
 *
 * Read, as what someone wrote:
 * - `posts.csv` (`id,permalink,date,ip,subreddit,gildings,title,url,body`): the account's posts, a
 *   self post's `url` its own link, a link or photo post's where it leads, with no body;
 * - `comments.csv` (`id,permalink,date,ip,subreddit,gildings,link,parent,body,media`): its comments,
 *   `link` the post they are under, `parent` what they answer;
 * - `messages.csv`, `messages_archive.csv` (`id,permalink,thread_id,date,ip,from,to,subject,body`):
 *   private messages sent and received, `from` and `to` usernames, a reply's subject "re: …";
 * - `chat_history.csv` (`message_id,created_at,updated_at,username,message,thread_parent_message_id,
 *   channel_url,subreddit,channel_name,conversation_type`): Reddit Chat, both sides, by channel;
 *
 * and beside them `statistics.csv` (`statistic,value`: "account name", "export time", …), which says
 * whose export it is. Posts and comments are the account's own words, read as notes of the user's
 * (format `note`, said by the user): each post the account wrote or commented under one note
 * (`reddit:thread:<post id>`), titled by the post and its subreddit ("Finished my first walnut dining
 * table (r/woodworking)"; a post not the account's by the words of its link, "Do you actually save
 * money on a smart tariff (r/AskUK)"), each post's body and each comment a paragraph of its day; so
 * what a comment answers is what it is told under. Private messages are a conversation per thread, a
 * chat's messages one per channel (format `reddit`); a message is the user's when its sender is the
 * account statistics.csv names, else the one name in every thread of the file; anyone else is their
 * username (role "other"). A body is read as words ({@link redditWords}): Markdown's emphasis and links
 * undone, a quote of what it answers ("> …") left out, `&amp;` undone.
 *
 * Passed over, said why ({@link redditPassedOver}; alone, refused as a note with no text): the files
 * that hold no one's words, only ids and links (`saved_posts.csv`, `saved_comments.csv`,
 * `hidden_posts.csv`, `post_votes.csv`, `comment_votes.csv`), names (`subscribed_subreddits.csv`), the
 * account's statistics, and the `*_headers.csv` copies of posts, comments and messages without their
 * bodies. The export's other files (`ip_logs.csv`, `friends.csv`, `user_preferences.csv`, …) are data
 * no reader lists.
 */
import { stat } from "node:fs/promises";
import { fileStart } from "../kit/file-start.js";
import { basename, dirname, join } from "node:path";
import { humanDate, isoDate } from "../../time/format.js";
import { readBytes } from "../kit/bytes.js";
import { type CsvColumns, type CsvRecord, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/** What a CSV of a Reddit export holds, by its header (a generic one, `id,permalink`, by its file's name too). */
export type RedditKind =
  | "posts"
  | "comments"
  | "messages"
  | "chat"
  | "statistics"
  | "saved"
  | "hidden"
  | "votes"
  | "subreddits"
  | "post_headers"
  | "comment_headers"
  | "message_headers";

/** Most characters of one CSV record (a post, a comment, a message): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** Most characters of posts, comments or messages held before those read so far are given (the same conversations come again, in parts, under the same externalId). */
export const MAX_HELD_CHARS = 8 * 1024 * 1024;

/** What a held turn counts besides its text: its objects. */
const HELD_PER_TURN = 512;

/** The columns a file of each kind that is read must have (lower case). */
const NEEDED: Readonly<Record<"posts" | "comments" | "messages" | "chat", readonly string[]>> = {
  posts: ["id", "date", "subreddit", "title", "body"],
  comments: ["id", "date", "subreddit", "body"],
  messages: ["id", "date", "from", "to", "body"],
  chat: ["message_id", "created_at", "username", "message", "channel_url"],
};

/** The header each kind that is read opens with, as an error names it. */
const HEADER_OF: Readonly<Record<"posts" | "comments" | "messages" | "chat", string>> = {
  posts: "id,permalink,date,ip,subreddit,gildings,title,url,body",
  comments: "id,permalink,date,ip,subreddit,gildings,link,parent,body,media",
  messages: "id,permalink,thread_id,date,ip,from,to,subject,body",
  chat: "message_id,created_at,updated_at,username,message,thread_parent_message_id,channel_url,subreddit,channel_name,conversation_type",
};

/** A row of Reddit's statistics.csv, as its first KiB shows one. */
const STATISTIC_ROW = /^(?:account[ _]name|export[ _]time|registration[ _]date|is_deleted|email[ _]verified),/im;

/** The name of a file of the export without its part number and extension, lower case ("post_votes_2.csv" → "post_votes"). */
function stemOf(file: string): string {
  return basename(file)
    .toLowerCase()
    .replace(/(?:_\d+)?\.csv$/, "");
}

/**
 * What a CSV of a Reddit export is, from its start (its text, a byte order mark dropped) and its path,
 * or null when it is none Engram knows: posts.csv, comments.csv, messages.csv (messages_archive.csv),
 * chat_history.csv by their headers, whatever their names; post_headers.csv, comment_headers.csv,
 * message_headers.csv (messages_archive_headers.csv) by theirs; statistics.csv (`statistic,value`),
 * saved_posts.csv, saved_comments.csv and hidden_posts.csv (`id,permalink`), post_votes.csv and
 * comment_votes.csv (`id,permalink,direction`), subscribed_subreddits.csv, moderated_subreddits.csv and
 * approved_submitter_subreddits.csv (`subreddit`) by their header and their name (a part's too,
 * "post_votes_2.csv").
 */
export function redditKind(start: string, file: string): RedditKind | null {
  const cells = headerCells(start, true);
  const has = (names: readonly string[]) => names.every((n) => cells.includes(n));
  if (has(["id", "permalink", "date", "subreddit", "title", "body"])) return "posts";
  if (has(["id", "permalink", "date", "subreddit", "link", "body"])) return "comments";
  if (has(["id", "permalink", "date", "from", "to", "body"]) && (cells.includes("thread_id") || cells.includes("subject"))) return "messages";
  if (has(NEEDED.chat)) return "chat";
  if (has(["id", "permalink", "thread_id", "date", "from", "to"])) return "message_headers";
  if (has(["id", "permalink", "date", "subreddit", "gildings"])) return cells.includes("link") ? "comment_headers" : "post_headers";
  const stem = stemOf(file);
  const only = (...names: string[]) => cells.length === names.length && names.every((n, i) => cells[i] === n);
  // (statistics.csv's rows, "account name,oak_and_crema", "export time,…": another app's "statistic,value" is not Reddit's)
  if (stem === "statistics" && only("statistic", "value") && STATISTIC_ROW.test(start)) return "statistics";
  if ((stem === "saved_posts" || stem === "saved_comments") && only("id", "permalink")) return "saved";
  if (stem === "hidden_posts" && only("id", "permalink")) return "hidden";
  if ((stem === "post_votes" || stem === "comment_votes") && only("id", "permalink", "direction")) return "votes";
  if (/^(?:subscribed|moderated|approved_submitter)_subreddits$/.test(stem) && cells[0] === "subreddit") return "subreddits";
  return null;
}

/** Whether a file's start and path are one of a Reddit export's CSVs Engram knows ({@link redditKind}). */
export function isRedditCsv(start: string, file: string): boolean {
  return redditKind(start, file) !== null;
}

/** Why a CSV of a Reddit export of `kind` is no one's words, in words, or null for one that is read. */
function noWords(kind: RedditKind, file: string): string | null {
  const stem = stemOf(file);
  switch (kind) {
    case "statistics":
      return "the Reddit account's statistics (its name, karma, email), which say whose the export is";
    case "saved":
      return `the ${stem === "saved_comments" ? "comments" : "posts"} saved on Reddit, by their ids and links only`;
    case "hidden":
      return "the posts hidden on Reddit, by their ids and links only";
    case "votes":
      return `the ${stem === "comment_votes" ? "comments" : "posts"} the account voted on, by their ids, links and the vote only`;
    case "subreddits":
      return `the subreddits the account ${stem.startsWith("moderated") ? "moderates" : stem.startsWith("approved") ? "may post in" : "is subscribed to"}, by name only`;
    case "post_headers":
      return "the posts of posts.csv without their words, read from posts.csv";
    case "comment_headers":
      return "the comments of comments.csv without their words, read from comments.csv";
    case "message_headers":
      return `the messages of ${stem.startsWith("messages_archive") ? "messages_archive.csv" : "messages.csv"} without their words, read from there`;
    default:
      return null;
  }
}

/**
 * Why `file`, a CSV of an unzipped Reddit export, is passed over unread, in words, or null when it is
 * read or is no such file: the ids and links of what was saved, hidden or voted on (saved_posts.csv,
 * post_votes.csv, …), the subreddits subscribed to, the account's statistics, and the `*_headers.csv`
 * copies of posts, comments and messages without their bodies. Reads the file's first KiB (null when it
 * cannot be read).
 */
export function redditPassedOver(file: string): string | null {
  if (!/\.csv$/i.test(file)) return null;
  const start = fileStart(file);
  if (start === null) return null;
  const kind = redditKind(start, file);
  return kind === null ? null : noWords(kind, file);
}

/** Entities Reddit writes in a body as its API does, and the zero-width space its editor puts on an empty line. */
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " ", "#x200b": "", "#x200B": "" };

/**
 * A Reddit body (Markdown) as words: `&amp;`, `&lt;`, `&gt;`, `&#x200B;` undone; a quote of what it
 * answers (a line opening "> ") left out; "[text](link)" its text and link ("text (link)"), a bare link
 * in brackets its link; emphasis (`**bold**`, `__bold__`, `~~struck~~`) and backslash escapes ("\_")
 * dropped; "&nbsp;" a space; lines trimmed, runs of blank lines one. "" for a body that is gone
 * ("[deleted]", "[removed]") or holds nothing else.
 */
export function redditWords(body: string): string {
  const text = body.replace(/&(amp|lt|gt|quot|#39|nbsp|#x200[bB]);/g, (_, e: string) => ENTITIES[e] ?? "");
  if (/^\s*\[(?:deleted|removed)\]\s*$/i.test(text)) return "";
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => !/^\s*>/.test(line))
    .map((line) =>
      line
        .replace(/\[([^\]\n]*)\]\((\S+?)\)/g, (_, words: string, link: string) => (!words.trim() || words.trim() === link ? link : `${words} (${link})`))
        .replace(/(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1/g, "$2")
        .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, "$1")
        .trim(),
    )
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A time as the export writes it, "2026-10-04 18:44:10 UTC" (an ISO 8601 time in UTC too). */
const REDDIT_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:UTC|GMT|Z|\+00:?00)?$/i;

/** The epoch ms of a time as the export writes it, or null when it is none (or names no such day). */
export function redditTime(value: string): number | null {
  const m = REDDIT_TIME.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number) as [number, number, number, number, number, number];
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  const t = new Date(at);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? at : null;
}

/** The columns of a header record, by their name lower-cased (the first of a name given twice). */
function columnsOf(cells: string[]): CsvColumns {
  const columns: CsvColumns = new Map();
  cells.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!columns.has(key)) columns.set(key, i);
  });
  return columns;
}

/** Where a cell is, as an ImportError's location: `line 7, column 3 "date"`. */
function where(line: number, columns: CsvColumns, column: string): string {
  return `line ${line}, column ${(columns.get(column) ?? -1) + 1} "${column}"`;
}

/** The time in `column` of a row. @throws ImportError naming the line and the column: no such time. */
function timeOf(file: string, { cells, line }: CsvRecord, columns: CsvColumns, column: string): number {
  const value = cellOf(cells, columns, column);
  const at = redditTime(value);
  if (at === null)
    throw new ImportError(file, where(line, columns, column), `${JSON.stringify(value)}: expected a time as Reddit writes it, "2026-10-04 18:44:10 UTC"`);
  return at;
}

/** The id in `column` of a row. @throws ImportError naming the line and the column: an empty id. */
function idOf(file: string, { cells, line }: CsvRecord, columns: CsvColumns, column: string): string {
  const id = cellOf(cells, columns, column);
  if (!id) throw new ImportError(file, where(line, columns, column), 'empty: expected the id Reddit gave it, "lrx2k9d"');
  return id;
}

/** A CSV's records after its header, with the header's columns, checked to hold the columns `kind` needs. @throws ImportError naming line 1: a needed column missing; and csv-records.ts' own errors. */
async function* rowsOf(file: string, kind: keyof typeof NEEDED, opts: ReadOptions): AsyncGenerator<{ record: CsvRecord; columns: CsvColumns }> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  let columns: CsvColumns | null = null;
  for await (const record of csv.records) {
    if (!columns) {
      columns = columnsOf(record.cells);
      const missing = NEEDED[kind].find((c) => !columns!.has(c));
      if (missing) throw new ImportError(file, `line ${record.line}`, `no "${missing}" column: not Reddit's ${kind}.csv (its header is ${HEADER_OF[kind]})`);
      continue;
    }
    if (record.cells.every((c) => !c.trim())) continue;
    yield { record, columns };
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not Reddit's ${kind}.csv (its header is ${HEADER_OF[kind]})`);
}

/** The account's notes gathered from posts.csv or comments.csv, each by its key, given when the file ends or once {@link MAX_HELD_CHARS} are held. */
class Held {
  private readonly held = new Map<string, { title: string; turns: ParsedTurn[] }>();
  private chars = 0;

  /** Adds `turn` to the conversation keyed `key` (titled `title` when it is new); true once more than {@link MAX_HELD_CHARS} are held. */
  add(key: string, title: string, turn: ParsedTurn): boolean {
    const c = this.held.get(key) ?? { title, turns: [] };
    this.held.set(key, c);
    c.turns.push(turn);
    this.chars += turn.text.length + HELD_PER_TURN;
    return this.chars > MAX_HELD_CHARS;
  }

  /** The notes held, as `note` conversations said by the user, keys in order and paragraphs in time order (stable); none held after. */
  given(): ParsedConversation[] {
    const out = [...this.held.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, c]): ParsedConversation => {
        const turns = [...c.turns].sort((a, b) => a.occurredAt - b.occurredAt);
        return {
          format: "note",
          externalId: key,
          title: c.title,
          participants: [...new Set(turns.map((t) => t.speaker))],
          startedAt: turns[0]!.occurredAt,
          turns,
        };
      });
    this.held.clear();
    this.chars = 0;
    return out;
  }
}

/** A subreddit's name as the export writes it, without "r/" ("woodworking"). */
function subredditOf(value: string): string {
  return value.replace(/^\/?r\//i, "").trim();
}

/** A post's id in a link to it or under it ("https://www.reddit.com/r/espresso/comments/1gb7w3e/upgrading_…/lt9c4zq/" → "1gb7w3e"), or null. */
function postIdIn(link: string): string | null {
  return /\/comments\/([a-z0-9]+)/i.exec(link)?.[1]?.toLowerCase() ?? null;
}

/** The title a link's words give a post ("…/comments/1gb7w3e/upgrading_from_the_encore_esp/" → "Upgrading from the encore esp"), or "". */
function slugTitle(link: string): string {
  const slug = /\/comments\/[a-z0-9]+\/([^/?#]+)/i.exec(link)?.[1] ?? "";
  let words = "";
  try {
    words = decodeURIComponent(slug).replace(/_/g, " ").replace(/\s+/g, " ").trim();
  } catch {
    words = slug.replace(/_/g, " ").trim();
  }
  return words ? words[0]!.toUpperCase() + words.slice(1) : "";
}

/** Most characters of the titles of the account's posts read beside comments.csv (posts.csv); past it, the rest are titled by their links. */
export const MAX_TITLE_CHARS = 4 * 1024 * 1024;

/** The titles of the account's own posts, by post id, from posts.csv beside `file` (empty when there is none or it cannot be read). */
async function ownPostTitles(file: string): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  const path = join(dirname(file), "posts.csv");
  if (path === file) return titles;
  try {
    const info = await stat(path);
    if (!info.isFile()) return titles;
    let columns: CsvColumns | null = null;
    let held = 0;
    for await (const { cells } of csvRecords(path, info.size, MAX_RECORD_CHARS).records) {
      if (!columns) {
        columns = columnsOf(cells);
        if (!columns.has("id") || !columns.has("title")) return titles;
        continue;
      }
      const title = cellOf(cells, columns, "title").replace(/\s+/g, " ");
      held += title.length;
      if (held > MAX_TITLE_CHARS) return titles;
      if (title) titles.set(cellOf(cells, columns, "id").toLowerCase(), title);
    }
  } catch {
    return titles;
  }
  return titles;
}

/**
 * Reads posts.csv or comments.csv: the account's words on each post it wrote or commented under a note
 * of the user's (`reddit:thread:<post id>`, so a post and the comments under it, read from either file or
 * a later export, are one), titled by the post's title (a comment's post not the account's: by the words
 * of its link, "Do you actually save money on a smart tariff"); each post or comment with words a
 * paragraph said by the user: a post its body (where a link post leads, a title-only post its title), a
 * comment its body.
 */
async function* ownWords(file: string, kind: "posts" | "comments", opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const held = new Held();
  const titles = kind === "comments" ? await ownPostTitles(file) : new Map<string, string>();
  let read = 0;
  for await (const { record, columns } of rowsOf(file, kind, opts)) {
    const cell = (c: string) => cellOf(record.cells, columns, c);
    const id = idOf(file, record, columns, "id");
    const at = timeOf(file, record, columns, "date");
    const sub = subredditOf(cell("subreddit"));
    if (!sub) throw new ImportError(file, where(record.line, columns, "subreddit"), 'empty: expected the subreddit, "woodworking"');
    const body = redditWords(cell("body"));
    const permalink = cell("permalink");
    let text: string;
    let metadata: Record<string, unknown>;
    let post: string | null;
    let title: string;
    if (kind === "posts") {
      title = cell("title").replace(/\s+/g, " ");
      const url = cell("url");
      // (a self post's url is its own link; a link post's is where it leads; a photo's or a video's on Reddit no words)
      const leads = url && !samePath(url, permalink) && !OWN_MEDIA.test(url) ? url : "";
      text = [leads, body].filter(Boolean).join("\n\n") || title;
      post = id.toLowerCase();
      metadata = {
        reddit: { subreddit: sub, ...(title ? { title } : {}), ...(permalink ? { permalink } : {}), ...(url && !samePath(url, permalink) ? { url } : {}) },
      };
    } else {
      text = body;
      const link = cell("link");
      const parent = cell("parent");
      post = postIdIn(link) ?? postIdIn(permalink) ?? /^t3_([a-z0-9]+)$/i.exec(parent)?.[1]?.toLowerCase() ?? null;
      title = (post && titles.get(post)) || slugTitle(link) || slugTitle(permalink);
      metadata = { reddit: { subreddit: sub, ...(permalink ? { permalink } : {}), ...(link ? { link } : {}), ...(parent ? { parent } : {}) } };
    }
    read++;
    if (!text) continue;
    const turn: ParsedTurn = {
      externalId: `${kind === "posts" ? "t3" : "t1"}_${id}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: at,
      text,
      metadata: { line: record.line, ...metadata },
    };
    const key = post ? `reddit:thread:${post}` : `reddit:${kind}:${sub.toLowerCase()}:${isoDate(at)}`;
    if (held.add(key, title ? `${title} (r/${sub})` : `r/${sub}, ${humanDate(at)}`, turn)) yield* held.given();
  }
  if (read === 0) throw new ImportError(file, "line 2", `${NO_TEXT}: Reddit's ${kind}.csv with no ${kind === "posts" ? "post" : "comment"}`);
  yield* held.given();
}

/** A post's link to its own photo, video or gallery on Reddit: no words. */
const OWN_MEDIA = /^https?:\/\/(?:i\.redd\.it|v\.redd\.it|preview\.redd\.it|(?:www\.)?reddit\.com\/gallery)\//i;

/** Whether two links name the same page (a self post's `url` and `permalink`: scheme, host and a trailing slash aside). */
function samePath(a: string, b: string): boolean {
  const path = (u: string) =>
    u
      .replace(/^[a-z]+:\/\/[^/]+/i, "")
      .replace(/[?#].*$/, "")
      .replace(/\/+$/, "")
      .toLowerCase();
  return path(a) === path(b);
}

/**
 * The account's name as statistics.csv in `dir` gives it (its "account name" row; "account_name" or
 * "username" too), or null when there is none or it cannot be read.
 */
export async function redditAccount(dir: string): Promise<string | null> {
  const file = join(dir, "statistics.csv");
  try {
    const info = await stat(file);
    if (!info.isFile()) return null;
    let header = true;
    for await (const { cells } of csvRecords(file, info.size, MAX_RECORD_CHARS).records) {
      if (header) {
        header = false;
        if ((cells[0] ?? "").trim().toLowerCase() !== "statistic") return null;
        continue;
      }
      const name = (cells[0] ?? "")
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, " ");
      const value = (cells[1] ?? "").trim().replace(/^\/?u\//i, "");
      if ((name === "account name" || name === "username") && value) return value;
    }
  } catch {
    return null;
  }
  return null;
}

/** A private message or a chat message as held until its conversation is given. */
interface Message {
  id: string;
  /** The conversation it is of, as the export gives it: a message's thread_id, a chat message's channel_url ("" when none). */
  thread: string;
  at: number;
  from: string;
  /** Whom a private message is to ("" for a chat message). */
  to: string;
  subject: string;
  text: string;
  line: number;
  metadata: Record<string, unknown>;
}

/** `names` in words: "jo", "jo and sam", "jo, sam and priya". */
function listed(names: string[]): string {
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** A subject without the "re: " of a reply. */
function subjectOf(subject: string): string {
  return subject.replace(/^(?:\s*re\s*:\s*)+/i, "").trim();
}

/** Whose the messages are: `account` when given, else the one name among the people of every conversation when there are others; null when nothing tells. */
function ownerOf(account: string | null, groups: Message[][], peopleOf: (m: Message) => string[]): string | null {
  if (account) return account;
  let common: Set<string> | null = null;
  const everyone = new Set<string>();
  for (const g of groups) {
    const names = new Set(g.flatMap(peopleOf).map((n) => n.toLowerCase()));
    for (const n of names) everyone.add(n);
    common = common ? new Set([...names].filter((n) => common!.has(n))) : names;
  }
  return common && common.size === 1 && everyone.size > 1 ? [...common][0]! : null;
}

/**
 * Private messages grouped into threads: messages of one `thread_id`, a message and those whose
 * `thread_id` is its id, and messages with none between the same two people under the same subject
 * ("Niche Zero", "re: Niche Zero"); each group keyed by its thread_id, else its first message's id.
 */
function threadsOf(messages: Message[]): Map<string, Message[]> {
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    for (let up = parent.get(r); up !== undefined && up !== r; up = parent.get(r)) r = up;
    if (!parent.has(r)) parent.set(r, r);
    parent.set(k, r);
    return r;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  for (const m of messages) {
    find(`id:${m.id}`);
    if (m.thread) {
      union(`id:${m.id}`, `id:${m.thread}`);
    } else {
      const pair = [m.from.toLowerCase(), m.to.toLowerCase()].sort().join("\0");
      union(`id:${m.id}`, `subject:${pair}\0${subjectOf(m.subject).toLowerCase()}`);
    }
  }
  const groups = groupBy(messages, (m) => find(`id:${m.id}`));
  const out = new Map<string, Message[]>();
  for (const g of groups.values()) out.set(g.find((m) => m.thread)?.thread ?? g[0]!.id, g);
  return out;
}

/**
 * The conversations of held private messages (`chat` false) or chat messages (`chat` true): a thread
 * (`reddit:messages:<thread id>`, title its subject, else the others) or a chat channel
 * (`reddit:chat:<channel_url>`, title the channel's name, else the others), each message a turn said
 * by the user when its sender is `owner`, else by its sender (role "other").
 */
function conversationsOf(held: Message[], account: string | null, chat: boolean): ParsedConversation[] {
  const groups = chat ? groupBy(held, (m) => m.thread) : threadsOf(held);
  const peopleOf = (m: Message) => [m.from, m.to].filter(Boolean);
  const owner = ownerOf(account, [...groups.values()], peopleOf)?.toLowerCase() ?? null;
  const out: ParsedConversation[] = [];
  for (const [key, g] of groups) {
    const others = [...new Set(g.flatMap(peopleOf).filter((n) => n.toLowerCase() !== owner))];
    const named = chat ? String(g.find((m) => m.metadata.channel)?.metadata.channel ?? "") : subjectOf(g[0]!.subject);
    const turns = g.map(
      (m): ParsedTurn => ({
        externalId: chat ? m.id : `t4_${m.id}`,
        speaker: m.from.toLowerCase() === owner ? "User" : m.from,
        role: m.from.toLowerCase() === owner ? "user" : "other",
        occurredAt: m.at,
        text: m.text,
        metadata: { line: m.line, ...m.metadata },
      }),
    );
    out.push({
      format: "reddit",
      externalId: `reddit:${chat ? "chat" : "messages"}:${key}`,
      title: named || listed(others) || (chat ? "Reddit chat" : "Private messages"),
      participants: [...new Set(turns.map((t) => t.speaker))],
      startedAt: turns[0]!.occurredAt,
      turns,
    });
  }
  return out;
}

/** `items` grouped by `key`, in order of first appearance, each group in time order. */
function groupBy(items: Message[], key: (m: Message) => string): Map<string, Message[]> {
  const groups = new Map<string, Message[]>();
  for (const m of items) {
    const k = key(m);
    const group = groups.get(k);
    if (group) group.push(m);
    else groups.set(k, [m]);
  }
  for (const g of groups.values()) g.sort((a, b) => a.at - b.at);
  return groups;
}

/**
 * Reads messages.csv (messages_archive.csv) or chat_history.csv: every message with words held (to
 * {@link MAX_HELD_CHARS}; past it, the threads read so far are given, and a thread met again is given
 * again in part under the same externalId), then given as a conversation per thread or chat channel.
 */
async function* messages(file: string, chat: boolean, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const account = await redditAccount(dirname(file));
  const held: Message[] = [];
  let chars = 0;
  let read = 0;
  for await (const { record, columns } of rowsOf(file, chat ? "chat" : "messages", opts)) {
    const cell = (c: string) => cellOf(record.cells, columns, c);
    const id = idOf(file, record, columns, chat ? "message_id" : "id");
    const at = timeOf(file, record, columns, chat ? "created_at" : "date");
    const from = cell(chat ? "username" : "from").replace(/^\/?u\//i, "");
    if (!from) throw new ImportError(file, where(record.line, columns, chat ? "username" : "from"), "empty: expected the sender's username");
    read++;
    const text = redditWords(cell(chat ? "message" : "body"));
    if (!text) continue;
    const thread = cell(chat ? "channel_url" : "thread_id");
    const channel = chat ? cell("channel_name") : "";
    const replyTo = chat ? cell("thread_parent_message_id") : "";
    const permalink = chat ? "" : cell("permalink");
    held.push({
      id,
      thread,
      at,
      from,
      to: chat ? "" : cell("to").replace(/^\/?u\//i, ""),
      subject: chat ? "" : cell("subject"),
      text,
      line: record.line,
      metadata: {
        ...(channel ? { channel } : {}),
        reddit: {
          ...(permalink ? { permalink } : {}),
          ...(chat ? {} : { to: cell("to"), subject: cell("subject") }),
          ...(replyTo ? { reply_to: replyTo } : {}),
          ...(chat && cell("conversation_type") ? { conversation_type: cell("conversation_type") } : {}),
        },
      },
    });
    chars += text.length + HELD_PER_TURN;
    if (chars > MAX_HELD_CHARS) {
      yield* conversationsOf(held.splice(0), account, chat);
      chars = 0;
    }
  }
  if (read === 0) throw new ImportError(file, "line 2", `${NO_TEXT}: Reddit's ${chat ? "chat_history.csv" : "messages.csv"} with no message`);
  if (held.length) yield* conversationsOf(held, account, chat);
}

/** The first KiB of `file` as text (a character cut at its end dropped), a byte order mark dropped. */
async function readHead(file: string): Promise<string> {
  return new TextDecoder("utf-8").decode(await readBytes(file, 0, 1024), { stream: true }).replace(/^\uFEFF/, "");
}

/**
 * Reads `file`, a CSV of an unzipped Reddit export (UTF-8, streamed through csv-parse), as its
 * conversations, told by its header ({@link redditKind}):
 * - posts.csv and comments.csv: the account's own words, read as notes of the user's (format `note`,
 *   said by the user: speaker "User", role "user"): each post the account wrote or commented under a
 *   note (`reddit:thread:<post id>`, so the post and the comments under it, from either file or a later
 *   export, are one), titled by the post's title and subreddit ("Finished my first walnut dining table
 *   (r/woodworking)"; comments.csv reads posts.csv beside it for the titles of the account's own posts,
 *   at most {@link MAX_TITLE_CHARS}; another's post is titled by the words of its link, "Do you
 *   actually save money on a smart tariff (r/AskUK)"); each post's body and each comment a paragraph of
 *   its time (externalId `t3_<id>`, `t1_<id>`; a link post's paragraph its link, a title-only or photo
 *   post's its title; a link to the post's own photo or video on Reddit no words), its body as words
 *   ({@link redditWords}); a body gone ("[deleted]") leaves no paragraph. A comment whose post no link
 *   names is in a note of its subreddit's day (`reddit:comments:<subreddit>:<YYYY-MM-DD>`).
 * - messages.csv (messages_archive.csv): a conversation per thread (`reddit:messages:<thread_id>`, else
 *   the first message's id; threads told as {@link threadsOf} does; title the subject without "re: ",
 *   else the others), each message a turn (externalId `t4_<id>`) said by the user when its `from` is
 *   the account (statistics.csv beside: its "account name"; else the one name in every thread when
 *   there are others), else by its sender's username (role "other"; `--me` may then name the user).
 * - chat_history.csv: a conversation per channel (`reddit:chat:<channel_url>`, title its channel_name,
 *   else the others), each message a turn (externalId its message_id), said as a private message is.
 * Messages and chats are `reddit` conversations, in time order.
 * Turn metadata: `{ line, reddit: { subreddit, title, permalink, url, link, parent, to, subject,
 * reply_to, conversation_type }, channel }` (each when the row gives it; `line`: where the row starts).
 * Conversations are held to the file's end, given sooner past {@link MAX_HELD_CHARS}.
 * @throws ImportError naming the file and where: a time that is not Reddit's "2026-10-04 18:44:10 UTC"
 *   (`line 4, column 3 "date": "04/10/2026": expected a time as Reddit writes it, …`), an empty id,
 *   subreddit or sender, at its row's line and column; a header without the columns its kind needs
 *   (`line 1`); the CSV's own faults (a stray or unclosed quote, a record over {@link MAX_RECORD_CHARS}
 *   characters) at the line csv-parse stopped at; invalid UTF-8 at its line and byte; a file that is
 *   none of the export's CSVs Engram knows (`line 1`). A file that holds no one's words says why, "the
 *   note has no text: …" (a folder passes it over, saying so: {@link redditPassedOver}), and so does a
 *   file of the kinds read that has no row.
 */
export async function* parseReddit(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = redditKind(await readHead(file), file);
  if (kind === null) throw new ImportError(file, "line 1", `not a Reddit export's file (its comments.csv opens ${HEADER_OF.comments})`);
  const why = noWords(kind, file);
  if (why) throw new ImportError(file, "line 1", `${NO_TEXT}: ${why}`);
  if (kind === "posts" || kind === "comments") yield* ownWords(file, kind, opts);
  else yield* messages(file, kind === "chat", opts);
}
