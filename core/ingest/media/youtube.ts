/**
 * YouTube's data from Google Takeout ("YouTube and YouTube Music", downloaded and unzipped:
 * `Takeout/YouTube and YouTube Music/`). Takeout writes History as HTML unless JSON is chosen
 * ("Multiple formats" → History: JSON); the rest is CSV:
 *
 * - `history/watch-history.json`: a JSON array, newest first, of `{ "header": "YouTube", "title":
 *   "Watched <the video's title>", "titleUrl": "https://www.youtube.com/watch?v=…", "subtitles": [{
 *   "name": <the channel>, "url": "https://www.youtube.com/channel/UC…" }], "time":
 *   "2026-10-14T19:02:11.123Z", "products": ["YouTube"], "activityControls": ["YouTube watch history"]
 *   }`. An advert is such an entry with `"details": [{ "name": "From Google Ads" }]`; a video since
 *   removed or made private has its URL for its title ("Watched https://www.youtube.com/watch?v=…") and no
 *   `subtitles` ("Watched a video that has been removed" without even its URL); a song played on YouTube
 *   Music has the header "YouTube Music" and its artist's "<artist> - Topic" channel; a community post
 *   seen is "Viewed <its words>", no video. `history/search-history.json` is the same shape, "Searched
 *   for <the words>", `titleUrl` "https://www.youtube.com/results?search_query=…". (My Activity's
 *   `YouTube/MyActivity.json` holds both kinds in one file, and is read alike.)
 * - `comments/comments.csv`: the account's comments, `Comment ID,Channel ID,Comment Create
 *   Timestamp,Price,Parent Comment ID,Post ID,Video ID,Comment Text` (the columns' order and case vary
 *   by year: "Channel ID,Comment create timestamp,…", a later `Top-level comment ID`; before June 2024
 *   no `Post ID`), times "2026-10-11T08:02:31.442817+00:00", the text a JSON string of segments
 *   (`{"text":"…"},{"text":"\n"}`, a mention's segment with its `mention`; before June 2024
 *   `{"takeoutSegments":[{"text":"…"}]}`; older still, the text itself). `live chats/live chats.csv` is
 *   the same for live chats: `Live Chat ID,Channel ID,Live Chat Create Timestamp,Price,Video ID,Live
 *   Chat Text`.
 * - `subscriptions/subscriptions.csv`: `Channel Id,Channel Url,Channel Title`, a channel a row.
 * - `playlists/playlists.csv` (each playlist's id, title, times, visibility) and
 *   `playlists/<title>-videos.csv` (`Video ID,Playlist Video Creation Timestamp`: ids only),
 *   `channels/channel.csv` (the account's own channel), `video metadata/videos.csv` (its uploads'
 *   details), `music (library and uploads)/music library songs.csv`; the uploads themselves.
 *
 * Read (format `youtube`, every conversation a note of the user's: format `note`, said by the user):
 * - watch and search history as the user's day-by-day log: a calendar day (UTC) a note ("YouTube
 *   history, 14 October 2026", `youtube:day:2026-10-14`, so the search history, a later Takeout or
 *   another part of the file adds to the same day), each entry a paragraph in words: "Watched "How to
 *   sharpen a chisel" by Paul Sellers at 19:02.", "Searched YouTube for "japanese particles wa vs ga" at
 *   07:41.", "Listened to "Affection" by Jinsang on YouTube Music at 20:30." (times UTC, as Takeout gives
 *   them; a title ending "?" followed by a comma, "Watched "Which workbench should you build first?", by
 *   Matt Estlea at 21:18.", so that its sentence goes on). Adverts, videos since removed (only a URL: no
 *   words) and community posts seen (their creator's words, whose "I" would be read as the user's) are
 *   passed over.
 * - comments and live chats as what the user wrote: the comments on one video a note ("Comment on
 *   "Dovetail tutorial …" by Rob Cosman (YouTube)", `youtube:comments:<video id>`), the video's title and
 *   channel found in the watch history beside (`history/watch-history.json`; else "a YouTube video" and
 *   its link), each comment a paragraph of its words.
 * - subscriptions as one note ("YouTube subscriptions"): "Subscribed on YouTube to Paul Sellers, Rob
 *   Cosman and Dogen.", at most {@link CHANNELS_PER_PARAGRAPH} channels a paragraph, of the file's time.
 *
 * Passed over, said why ({@link youtubePassedOver}; alone, refused as a note with no text): the playlists
 * (titles, and videos by their ids only), the account's channel, its uploads' details, its music
 * library. The HTML history (`watch-history.html`, `search-history.html`, older `my-comments.html`) is
 * refused alone and passed over in a folder, saying to choose JSON in Takeout ({@link youtubeHtmlAdvice}).
 *
 * The history's items are My Activity's shape, read by the same parts (google-activity.ts: the items
 * streamed and checked, adverts, channels, times of day, titles quoted); My Activity's other products are
 * myactivity.ts'. Memory is bounded: the history is streamed (json-stream.ts), the CSVs too
 * (csv-records.ts); the days and comments held are given past held-notes.ts MAX_HELD_CHARS, in parts
 * under the same keys.
 */
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { humanDate, isoDate } from "../../time/format.js";
import { isoToMs } from "../../time/import-dates.js";
import { type CsvColumns, type CsvRecord, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { fileStart } from "../kit/file-start.js";
import {
  type Activity,
  type ActivityExample,
  type ActivityItem,
  activities,
  activityHeaderOf,
  activityHtmlProduct,
  clock,
  firstSubtitle,
  isAdvert,
  quoted,
  shown,
} from "../web/google-activity.js";
import { HeldNotes } from "../notes/held-notes.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { listed } from "../kit/record-words.js";

/** A CSV of YouTube's Takeout, by its header: the ones read, and the ones passed over. */
export type YouTubeCsvKind = "comments" | "livechats" | "subscriptions" | "playlists" | "playlist" | "channel" | "videos" | "music";

/** Most characters of one CSV record (a comment and its cells): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** Most channels named in one paragraph of the subscriptions' note. */
export const CHANNELS_PER_PARAGRAPH = 25;

/** Most videos whose titles the comments look up in the watch history beside them (past it, a comment's video is named by its link). */
export const MAX_LOOKED_UP_VIDEOS = 100_000;

/** How an error names what a history's entry should be. */
const EXAMPLE: ActivityExample = { header: "YouTube", title: "Watched …", time: "2026-10-14T19:02:11.123Z" };

/**
 * Whether a file's start (its text, a byte order mark dropped) is YouTube's watch or search history
 * in JSON: an array whose first entry opens with a `"header"` of "YouTube" or "YouTube Music" (Takeout
 * writes `header` first, then `title`, `titleUrl`, `subtitles`, `time`).
 */
export function isYouTubeHistory(start: string): boolean {
  return /^YouTube(?: Music)?$/.test(activityHeaderOf(start) ?? "");
}

/** The header cells of a CSV start, lower-cased, its byte order mark dropped. */
function cellsOf(start: string): string[] {
  return headerCells(start.replace(/^\uFEFF/, ""), true);
}

/**
 * What a CSV of YouTube's Takeout is, by its header (any case, any order), or null for any other:
 * comments.csv (`comment id`, `comment text`), live chats.csv (`live chat id`, `live chat text`),
 * subscriptions.csv (`channel id`, `channel url`, `channel title`), playlists.csv (`playlist id` and a
 * playlist's title), a playlist's `<title>-videos.csv` (`video id`, `playlist video creation timestamp`),
 * channel.csv (`channel id`, `channel title (original)`), video metadata's videos.csv (`video id`,
 * `approx duration (ms)`), the music library's songs (`video id`, `song title`, `album title`).
 */
export function youtubeCsvKind(start: string): YouTubeCsvKind | null {
  const cells = cellsOf(start);
  const has = (...names: string[]) => names.every((n) => cells.includes(n));
  if (has("comment id", "comment text")) return "comments";
  if (has("live chat id", "live chat text")) return "livechats";
  if (has("channel id", "channel url", "channel title")) return "subscriptions";
  if (cells[0] === "playlist id" && cells.some((c) => c.startsWith("playlist title"))) return "playlists";
  if (has("video id", "playlist video creation timestamp")) return "playlist";
  if (has("channel id", "channel title (original)")) return "channel";
  if (has("video id", "approx duration (ms)")) return "videos";
  if (has("video id", "song title", "album title")) return "music";
  return null;
}

/** Whether a file's start is one of YouTube's Takeout CSVs Engram knows ({@link youtubeCsvKind}). */
export function isYouTubeCsv(start: string): boolean {
  return youtubeCsvKind(start) !== null;
}

/** Why a YouTube CSV of `kind` is no note, in words, or null for one that is read. */
function noWords(kind: YouTubeCsvKind): string | null {
  switch (kind) {
    case "playlists":
      return "the names of your YouTube playlists, without their videos' titles";
    case "playlist":
      return "a YouTube playlist's videos, by their ids only";
    case "channel":
      return "your own YouTube channel's name and settings";
    case "videos":
      return "the details of the videos you uploaded to YouTube, not your watching";
    case "music":
      return "the songs of your YouTube Music library, by their titles only";
    default:
      return null;
  }
}

/** The file names Takeout gives YouTube's history and comments as web pages (history/watch-history.html; older Takeouts' my-comments.html). */
const HTML_NAME = /(?:^|[\\/])(watch-history|search-history|my-comments|my-live-chat-messages)\.html?$/i;

/**
 * Why `file` is not read when it is YouTube's history or comments as a web page (Takeout's default:
 * `history/watch-history.html`, `search-history.html`, older `my-comments.html`), told by its name or by
 * its activity cells naming YouTube in `start` (its first bytes as text): what to choose in Takeout
 * instead; null for any other file.
 */
export function youtubeHtmlAdvice(file: string, start: string): string | null {
  if (!/^\s*</.test(start)) return null;
  const name = HTML_NAME.exec(file)?.[1]?.toLowerCase();
  if (!name && !/^YouTube(?: Music)?$/.test(activityHtmlProduct(start) ?? "")) return null;
  const what =
    name === "search-history"
      ? "YouTube's search history"
      : name === "my-comments" || name === "my-live-chat-messages"
        ? "your YouTube comments"
        : "YouTube's watch history";
  const instead =
    name === "my-comments" || name === "my-live-chat-messages"
      ? "a newer Takeout writes them as comments/comments.csv, which Engram reads"
      : `export it again from Google Takeout with History in JSON (YouTube and YouTube Music → Multiple formats → History: JSON) and import ${name === "search-history" ? "search-history.json" : "watch-history.json"}`;
  return `${what} as a web page, which Engram does not read: ${instead}`;
}

/**
 * Why `file`, found in a folder the user imports, is passed over unread when it is YouTube's (its start
 * read): the history or comments as a web page (to choose JSON in Takeout: {@link youtubeHtmlAdvice}),
 * the playlists, a playlist's videos, the account's channel, its uploads' details, its music library;
 * null for any other file, for the files that are read, and when it cannot be read.
 */
export function youtubePassedOver(file: string): string | null {
  if (/\.html?$/i.test(file)) {
    const start = fileStart(file, 64 * 1024);
    return start === null ? null : youtubeHtmlAdvice(file, start);
  }
  if (!/\.csv$/i.test(file)) return null;
  const start = fileStart(file, 1024);
  const kind = start === null ? null : youtubeCsvKind(start);
  return kind === null ? null : noWords(kind);
}

/** A channel's name as its entry gives it, without YouTube Music's " - Topic" of an artist's channel. */
function channelName(name: string): string {
  return name
    .replace(/\s+-\s+Topic$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** What an entry of the history was: a video watched, a song played, a search, or another activity named by its title (a translated Takeout's "Has visto …"). */
type EntryKind = "watched" | "listened" | "searched" | "activity";

/** The video id of a watch link ("https://www.youtube.com/watch?v=dOvEt4iLk1W" → "dOvEt4iLk1W"), or null. */
export function videoIdOf(url: string): string | null {
  return /[?&]v=([\w-]{6,})/.exec(url)?.[1] ?? /youtu\.be\/([\w-]{6,})/.exec(url)?.[1] ?? /\/shorts\/([\w-]{6,})/.exec(url)?.[1] ?? null;
}

/** The first channel an entry's `subtitles` name, as `{ name, url }`, or null. */
function channelOf(subtitles: unknown): { name: string; url: string | null } | null {
  const first = firstSubtitle(subtitles);
  const name = first ? channelName(first.name) : "";
  return name ? { name, url: first!.url } : null;
}

/** A title that is no title: the video's own link, as Takeout gives a video since removed, or its words for one. */
const NO_TITLE = /^(?:https?:\/\/\S+|a video that has been removed|a private video)$/i;

/**
 * An entry of a history file (checked: google-activity.ts `activityOf`) as the user's paragraph, or null
 * for what is passed over: an advert ("From Google Ads"), a video since removed (its title only its link),
 * a community post seen ("Viewed …": its creator's words), an entry of another product, one with no words.
 */
function historyTurn({ at, header, title, url, item }: Activity): ParsedTurn | null {
  if (!/^YouTube(?: Music)?$/.test(header ?? "YouTube")) return null;
  if (isAdvert(item)) return null;
  const music = header === "YouTube Music";
  const channel = channelOf(item.subtitles);
  const by = channel ? ` by ${channel.name}` : "";
  const time = clock(at);
  const verb = /^(Watched|Searched for|Viewed)\s+(.+)$/.exec(title);
  let kind: EntryKind;
  let text: string;
  if (verb?.[1] === "Watched") {
    const what = verb[2]!;
    if (NO_TITLE.test(what)) return null;
    kind = music ? "listened" : "watched";
    text = music ? `Listened to ${quoted(what)}${by} on YouTube Music at ${time}.` : `Watched ${quoted(what)}${by} at ${time}.`;
  } else if (verb?.[1] === "Searched for") {
    kind = "searched";
    text = `Searched ${music ? "YouTube Music" : "YouTube"} for ${quoted(verb[2]!)} at ${time}.`;
  } else if (verb?.[1] === "Viewed") {
    // (a community post seen: its creator's words, whose "I" and "my" would be read as the user's)
    return null;
  } else {
    if (!title) return null;
    kind = "activity";
    text = `${title}${/[.!?]$/.test(title) ? "" : "."} (${music ? "YouTube Music" : "YouTube"}, ${time})`;
  }
  const video = url ? videoIdOf(url) : null;
  return {
    externalId: `${kind} ${new Date(at).toISOString()}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: at,
    text,
    metadata: {
      youtube: {
        kind,
        ...(url ? { url } : {}),
        ...(video ? { video } : {}),
        ...(channel ? { channel: channel.name, ...(channel.url ? { channel_url: channel.url } : {}) } : {}),
      },
    },
  };
}

/** Notes given by held-notes.ts (in the order first met: a history is newest first) in the order of their first paragraph. */
function inTimeOrder(notes: ParsedConversation[]): ParsedConversation[] {
  return notes.sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0));
}

/** A day's note: its key and its title ("YouTube history, 14 October 2026"). */
function dayOf(at: number): { key: string; title: string } {
  return { key: `youtube:day:${isoDate(at)}`, title: `YouTube history, ${humanDate(at)}` };
}

/**
 * Reads `file`, YouTube's watch-history.json or search-history.json (a JSON array, streamed), as a
 * note per calendar day (UTC) of what was watched, played and searched ({@link historyTurn}), days in
 * time order, held to the file's end (past held-notes.ts MAX_HELD_CHARS given in parts under the same
 * keys).
 * @throws ImportError naming the file and where: the stream's own errors (byte, line and column), an
 *   entry that is no object, with no time as "2026-10-14T19:02:11.123Z" or with no title (`[3]`,
 *   `[3].time`, `[3].title`: google-activity.ts `activityOf`); "the note has no text" for a history that holds nothing read
 *   (empty, or only adverts and videos since removed: a folder passes it over, saying so).
 */
async function* parseHistory(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const held = new HeldNotes({ records: "day" });
  let entries = 0;
  let read = 0;
  for await (const activity of activities(file, EXAMPLE, opts)) {
    entries++;
    const turn = historyTurn(activity);
    if (!turn) continue;
    read++;
    const { key, title } = dayOf(turn.occurredAt);
    yield* inTimeOrder(held.add(key, title, turn));
  }
  if (read === 0)
    throw new ImportError(
      file,
      "[0]",
      `${NO_TEXT}: ${entries === 0 ? "a YouTube history with nothing in it" : "a YouTube history of adverts and videos since removed only"}`,
    );
  yield* inTimeOrder(held.given());
}

/** The columns of a header record, by their names lower-cased (the first of a name given twice). */
function columnsOf(cells: string[]): CsvColumns {
  const columns: CsvColumns = new Map();
  cells.forEach((name, i) => {
    const key = name
      .replace(/^\uFEFF/, "")
      .trim()
      .toLowerCase();
    if (!columns.has(key)) columns.set(key, i);
  });
  return columns;
}

/** Where a cell is, as an ImportError's location: `line 7, column 3 "comment create timestamp"`. */
function where(line: number, columns: CsvColumns, column: string): string {
  return `line ${line}, column ${(columns.get(column) ?? -1) + 1} "${column}"`;
}

/** The rows of a CSV after its header, with the header's columns, checked to hold `needed`. @throws ImportError naming line 1: a needed column missing; and csv-records.ts' own errors. */
async function* rowsOf(file: string, needed: readonly string[], header: string, opts: ReadOptions): AsyncGenerator<{ record: CsvRecord; columns: CsvColumns }> {
  const info = await stat(file);
  let columns: CsvColumns | null = null;
  for await (const record of csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress).records) {
    if (!columns) {
      columns = columnsOf(record.cells);
      const missing = needed.filter((c) => !columns!.has(c));
      if (missing.length) throw new ImportError(file, "line 1", `no column ${missing.map((c) => `"${c}"`).join(", ")}: expected Takeout's header ${header}`);
      continue;
    }
    if (record.cells.every((c) => !c.trim())) continue;
    yield { record, columns };
  }
}

/**
 * A comment's words from the `Comment Text` cell as Takeout writes it: its segments, JSON objects
 * joined by commas (`{"text":"Thanks Rob"},{"text":"\n"},{"text":"…"}`; a mention's segment its
 * `text`, "@handle"), joined; before June 2024 `{"takeoutSegments":[…]}` alike; a cell that is no such
 * JSON is the text itself (older Takeouts). Lines trimmed, runs of blank lines one.
 */
export function commentWords(cell: string): string {
  const raw = cell.trim();
  let text = raw;
  if (raw.startsWith("{")) {
    try {
      const parsed = JSON.parse(`[${raw}]`) as unknown[];
      const wrapped = parsed.length === 1 ? (parsed[0] as { takeoutSegments?: unknown }).takeoutSegments : undefined;
      const segments = Array.isArray(wrapped) ? wrapped : parsed;
      text = segments
        .map((s) => (s && typeof s === "object" && typeof (s as { text?: unknown }).text === "string" ? (s as { text: string }).text : ""))
        .join("");
    } catch {
      text = raw;
    }
  }
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A video as the watch history names it: its title and its channel. */
interface VideoName {
  title: string;
  channel: string | null;
}

/** The watch history beside a comments file: `<root>/history/watch-history.json` for `<root>/comments/comments.csv` (or `live chats/…`), or beside it; null when there is none. */
function historyBeside(file: string): string | null {
  const dir = dirname(file);
  const found = [join(dir, "..", "history", "watch-history.json"), join(dir, "history", "watch-history.json"), join(dir, "watch-history.json")].find((f) =>
    existsSync(f),
  );
  return found ?? null;
}

/**
 * The titles and channels of the videos `ids` in the watch history beside `file` ({@link historyBeside}),
 * streamed until each is found; empty when there is none, and what was found before a fault when it
 * cannot be read (its own import names the fault).
 */
async function videoNames(file: string, ids: ReadonlySet<string>): Promise<Map<string, VideoName>> {
  const names = new Map<string, VideoName>();
  const history = ids.size ? historyBeside(file) : null;
  if (!history) return names;
  try {
    for await (const item of streamJsonArray(history)) {
      const entry = item.value as ActivityItem | null;
      if (!entry || typeof entry !== "object" || typeof entry.titleUrl !== "string" || typeof entry.title !== "string") continue;
      const id = videoIdOf(entry.titleUrl);
      const title = /^Watched\s+(.+)$/.exec(entry.title.replace(/[\u00a0\s]+/g, " ").trim())?.[1];
      if (!id || !ids.has(id) || names.has(id) || !title || NO_TITLE.test(title)) continue;
      names.set(id, { title, channel: channelOf(entry.subtitles)?.name ?? null });
      if (names.size === ids.size) break;
    }
  } catch {
    // (a history that cannot be read names no video; its own import says what is wrong with it)
  }
  return names;
}

/** The columns of comments.csv and live chats.csv, by what they hold. */
const COMMENT_COLUMNS = {
  comments: {
    id: "comment id",
    time: "comment create timestamp",
    text: "comment text",
    header: "Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Post ID,Video ID,Comment Text",
  },
  livechats: {
    id: "live chat id",
    time: "live chat create timestamp",
    text: "live chat text",
    header: "Live Chat ID,Channel ID,Live Chat Create Timestamp,Price,Video ID,Live Chat Text",
  },
} as const;

/**
 * Reads `file`, comments.csv or live chats.csv (streamed, twice: the videos' ids, then the comments,
 * with the watch history beside streamed between for their titles), as a note per video (or community
 * post) commented on, each comment a paragraph of its words ({@link commentWords}; an empty one none),
 * in time order.
 * @throws ImportError naming the file and where: a header without the id, time or text column (`line
 *   1`), an empty id or a time that is no ISO 8601 time (`line 4, column 3 "comment create timestamp"`),
 *   the CSV's own faults; "the note has no text" for a file with no comment that has words.
 */
async function* parseComments(file: string, kind: "comments" | "livechats", opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const cols = COMMENT_COLUMNS[kind];
  const needed = [cols.id, cols.time, cols.text];
  const ids = new Set<string>();
  for await (const { record, columns } of rowsOf(file, needed, cols.header, {})) {
    const video = cellOf(record.cells, columns, "video id");
    if (video && ids.size < MAX_LOOKED_UP_VIDEOS) ids.add(video);
  }
  const names = await videoNames(file, ids);
  const held = new HeldNotes();
  let said = 0;
  for await (const { record, columns } of rowsOf(file, needed, cols.header, opts)) {
    const cell = (c: string) => cellOf(record.cells, columns, c);
    const id = cell(cols.id);
    if (!id) throw new ImportError(file, where(record.line, columns, cols.id), "empty: expected the comment's id");
    const at = isoToMs(cell(cols.time));
    if (Number.isNaN(at))
      throw new ImportError(file, where(record.line, columns, cols.time), `${shown(cell(cols.time))}: expected a time as "2026-10-11T08:02:31.442817+00:00"`);
    const text = commentWords(cell(cols.text));
    if (!text) continue;
    said++;
    const video = cell("video id");
    const post = cell("post id");
    const parent = cell("parent comment id");
    const name = video ? names.get(video) : undefined;
    const link = video ? `https://www.youtube.com/watch?v=${video}` : post ? `https://www.youtube.com/post/${post}` : null;
    const what = kind === "livechats" ? "Live chat" : "Comment";
    const on = name ? `"${name.title}"${name.channel ? ` by ${name.channel}` : ""}` : video ? `a YouTube video (${link})` : post ? "a YouTube post" : "YouTube";
    const title = name ? `${what} on ${on} (YouTube)` : `${what} on ${on}`;
    const key = `youtube:${kind === "livechats" ? "livechat" : "comments"}:${video || (post ? `post:${post}` : isoDate(at))}`;
    const turn: ParsedTurn = {
      externalId: id,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: at,
      text,
      metadata: {
        line: record.line,
        youtube: {
          kind: kind === "livechats" ? "live chat" : "comment",
          ...(link ? { url: link } : {}),
          ...(video ? { video } : {}),
          ...(post ? { post } : {}),
          ...(parent ? { reply_to: parent } : {}),
          ...(name ? { title: name.title, ...(name.channel ? { channel: name.channel } : {}) } : {}),
        },
      },
    };
    yield* inTimeOrder(held.add(key, title, turn));
  }
  if (said === 0)
    throw new ImportError(file, "line 2", `${NO_TEXT}: YouTube's ${basename(file)} with no ${kind === "livechats" ? "live chat message" : "comment"}`);
  yield* inTimeOrder(held.given());
}

/**
 * Reads `file`, subscriptions.csv, as one note ("YouTube subscriptions", `youtube:subscriptions`) of
 * the file's modification time (Takeout gives no day), {@link CHANNELS_PER_PARAGRAPH} channels a
 * paragraph in the file's order ("Subscribed on YouTube to Paul Sellers, Rob Cosman and Dogen.",
 * externalId `subscriptions 1`, …, so a later Takeout's list supersedes it; metadata the channels'
 * links); a row with no title is passed over.
 * @throws ImportError naming the file and where: a header without the channel's title (`line 1`), the
 *   CSV's own faults; "the note has no text" for a file with no channel.
 */
async function* parseSubscriptions(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const at = Math.floor((await stat(file)).mtimeMs);
  const held = new HeldNotes({ inTimeOrder: false, records: "log" });
  let channels: Array<{ name: string; url: string }> = [];
  let paragraph = 0;
  const flush = (): ParsedConversation[] => {
    if (!channels.length) return [];
    paragraph++;
    const turn: ParsedTurn = {
      externalId: `subscriptions ${paragraph}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: at,
      text: `Subscribed on YouTube to ${listed(channels.map((c) => c.name))}.`,
      metadata: { youtube: { kind: "subscriptions", channels } },
    };
    channels = [];
    return held.add("youtube:subscriptions", "YouTube subscriptions", turn);
  };
  for await (const { record, columns } of rowsOf(file, ["channel title"], "Channel Id,Channel Url,Channel Title", opts)) {
    const name = channelName(cellOf(record.cells, columns, "channel title"));
    if (!name) continue;
    channels.push({ name, url: cellOf(record.cells, columns, "channel url") });
    if (channels.length >= CHANNELS_PER_PARAGRAPH) yield* flush();
  }
  yield* flush();
  if (paragraph === 0) throw new ImportError(file, "line 2", `${NO_TEXT}: YouTube's subscriptions.csv with no channel`);
  yield* inTimeOrder(held.given());
}

/**
 * Reads `file`, a file of YouTube's Google Takeout, as its notes (format `note`, said by the user; the
 * file's format `youtube`), told by `head` (its start): the watch or search history in JSON, a day a note
 * ({@link parseHistory}); comments.csv or live chats.csv, a video's comments a note
 * ({@link parseComments}); subscriptions.csv, one note ({@link parseSubscriptions}).
 * @throws ImportError naming the file and where: the history as a web page (`byte 0`: choose JSON in
 *   Takeout), a CSV of YouTube's that holds no words to remember (`line 1`, "the note has no text: a
 *   YouTube playlist's videos, by their ids only"), a file that is none of YouTube's (`byte 0`), and each
 *   reader's own errors.
 */
export async function* parseYouTube(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const start = head.replace(/^\uFEFF/, "");
  const html = youtubeHtmlAdvice(file, start);
  if (html) throw new ImportError(file, "byte 0", html);
  if (start.trimStart().startsWith("[")) {
    yield* parseHistory(file, opts);
    return;
  }
  const kind = youtubeCsvKind(start);
  if (kind === null)
    throw new ImportError(
      file,
      "byte 0",
      "not a file of YouTube's Google Takeout (history/watch-history.json, search-history.json, comments/comments.csv or subscriptions/subscriptions.csv)",
    );
  const why = noWords(kind);
  if (why) throw new ImportError(file, "line 1", `${NO_TEXT}: ${why}`);
  if (kind === "subscriptions") yield* parseSubscriptions(file, opts);
  else yield* parseComments(file, kind as "comments" | "livechats", opts);
}
