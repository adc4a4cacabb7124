/**
 * TikTok's "Download your data" in JSON (Settings and privacy → Account → Download your data, "JSON":
 * `TikTok_Data_<digits>.zip`, unzipped): one file, `user_data_tiktok.json` (older downloads'
 * `user_data.json`), a JSON object of sections, each a map of parts holding a list or a map. Dates are
 * "2026-10-04 16:12:33" (no zone: UTC; " UTC" after them in places). Section and part names changed over
 * the years; each read here is as public readers of the file name it (a forensic parser of both file
 * names, a data-donation reader, tools reading the direct messages, comments and posts):
 * - the direct messages: "Direct Message" (older "Direct Messages") → "Direct Messages" (older "Chat
 *   History") → "ChatHistory" → "Chat History with <username>:", a chat's list of `{ Date, From, Content }`,
 *   From a username;
 * - the user's comments: "Comment" → "Comments" → "CommentsList" (or "Comment" → "CommentsList"), a list
 *   of `{ date, comment, photo, sticker, video, url, "original post link" }` (older `Date`, `Comment`);
 * - the user's posts: "Post" (older "Video") → "Posts" (older "Videos") → "VideoList", newest first, a list
 *   of `{ Date, Link, Likes, Title, Sound, Location, WhoCanView, AllowComments, … }` (older downloads
 *   `{ Date, VideoLink, Likes }`, no words);
 * - the profile: "Profile" (2025's "Profile And Settings") → "Profile Info" (older "Profile Information") →
 *   "ProfileMap" (`{ userName, bioDescription, … }`).
 *
 * Read here: each chat one conversation of the user and the person it is with (its key names them); a
 * message is the user's (speaker "User", role "user", as twitter-dm.ts names them) when it is not from that
 * person (a chat of TikTok's is of two: the user's messages carry their username, the profile's userName, or
 * one they had before), else theirs (speaker their username). A message that is a TikTok video's link alone is
 * told as shared ("Shared a TikTok video: …"), a GIF's bracketed link is passed over. The user's posts and
 * comments are their own words, a calendar day (UTC) of each one conversation, as instagram.ts's
 * (meta-download.ts `HeldDays`: "TikTok posts, 4 October 2026", "TikTok comments, …"): a post its title (its
 * closing hashtags its labels, metadata `tags`), and where it was posted when it says ("Posted at Bedminster,
 * Bristol."); a comment its words, the mentions it opens with whom it answers (metadata `replyTo`). Passed
 * over: posts and comments with no words, group chats (their shape is not known), and every other section:
 * what the user watched, liked, favourited, searched, shared ("Your Activity" or "Activity", "Likes and
 * Favorites"), logins, followers and following, the ads and what TikTok inferred ("Ads and data"), the
 * settings ("App Settings"), lives watched and hosted ("Tiktok Live"), the shop ("TikTok Shop"), the wallet,
 * posts recently deleted: no words of the user's to remember.
 *
 * The file can be tens of MB (the watch history): it is streamed (json-paths.ts), only the places read entered,
 * every other section read through keeping nothing; memory holds one chat's messages, one post or comment, and
 * the days not yet given (past meta-download.ts `MAX_HELD_POST_CHARS`, given in parts under the same ids).
 */
import { basename } from "node:path";
import { isoDateTime } from "../../time/format.js";
import { isoToMs } from "../../time/import-dates.js";
import { captionWords, leadingMentions } from "./instagram.js";
import { type PathChoice, type PathKey, streamJsonPaths, type ValueKind } from "../kit/json-paths.js";
import { HeldDays, shown } from "../chats/meta-download.js";
import { NO_TEXT } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { formatPath } from "../kit/validate.js";

/** The names of the download's file (today's, and older downloads'). */
const FILE_NAME = /^user_data(?:_tiktok)?\.json$/i;

/** The download's top-level sections, lower-cased, over the years. */
const SECTIONS = new Set([
  "activity",
  "your activity",
  "ads and data",
  "app settings",
  "comment",
  "direct message",
  "direct messages",
  "income+ wallet",
  "income plus wallet transactions",
  "likes and favorites",
  "location review",
  "poi review",
  "post",
  "video",
  "profile",
  "profile and settings",
  "tiktok live",
  "tiktok shop",
  "tiktok shopping",
]);

/** The lists and maps inside the parts of TikTok's download, one of which a download's first 64 KiB names. */
const INNER_NAMES =
  /"(?:ChatHistory|CommentsList|VideoList|ProfileMap|ItemFavoriteList|FavoriteVideoList|FavoriteEffectsList|FavoriteHashtagList|FavoriteSoundList|LoginHistoryList|SearchList|ShareHistoryList|OffTikTokActivityDataList|AdInterestCategories|FansList|SettingsMap|WatchLiveMap|GoLiveList|OrderHistories|ProductBrowsingHistories|CoinPurchaseHistoryList|TransactionsList|BlockList|HashtagList|ActivitySummaryMap|LocationData|GroupChat)"\s*:/;

/** A JSON object's first key: group 1. */
const FIRST_KEY = /^\{\s*"((?:[^"\\]|\\.){1,80})"\s*:/;

/**
 * Whether `start` (a file's first bytes as text, without a byte order mark) opens TikTok's download: a JSON
 * object whose first key is one of its sections ("Activity", "Ads and data", "Comment", "Direct Message",
 * "Post", "Profile And Settings", "Your Activity" …, any case) and that names one of its lists or maps
 * ("ChatHistory", "VideoList", "ProfileMap", "ItemFavoriteList", "OffTikTokActivityDataList" …); for a file
 * named `user_data_tiktok.json` or `user_data.json` (`file`), either of the two (a section TikTok adds later
 * first, or a download whose first section is empty).
 */
export function isTikTokData(start: string, file?: string): boolean {
  const s = start.trimStart();
  const first = FIRST_KEY.exec(s)?.[1];
  if (first === undefined) return false;
  const section = SECTIONS.has(first.toLowerCase());
  const lists = INNER_NAMES.test(s.slice(0, 64 * 1024));
  return file !== undefined && FILE_NAME.test(basename(file)) ? section || lists : section && lists;
}

/** What a section holds that is read: the direct messages, the comments, the posts or the profile. */
type Part = "messages" | "comments" | "posts" | "profile";

/** The sections read, lower-cased, and what each holds. */
const READ_SECTIONS: Record<string, Part> = {
  "direct message": "messages",
  "direct messages": "messages",
  comment: "comments",
  post: "posts",
  video: "posts",
  profile: "profile",
  "profile and settings": "profile",
};
/** The parts of each section read, lower-cased (the others are passed over: a group chat, recently deleted posts, followers). */
const READ_PARTS: Record<Part, ReadonlySet<string>> = {
  messages: new Set(["direct messages", "chat history"]),
  comments: new Set(["comments"]),
  posts: new Set(["posts", "videos"]),
  profile: new Set(["profile info", "profile information"]),
};
/** The list or map inside a part read, lower-cased: the chats, the comments, the posts, the profile's fields. */
const INNER: Record<Part, string> = { messages: "chathistory", comments: "commentslist", posts: "videolist", profile: "profilemap" };

/** What each place of the download is: the part its section holds, when it is one read. */
function partOf(path: readonly PathKey[]): Part | null {
  return typeof path[0] === "string" ? (READ_SECTIONS[path[0].toLowerCase()] ?? null) : null;
}

/** Whether `key` (a step of a path) is `name`, any case. */
const named = (key: PathKey | undefined, name: string): boolean => typeof key === "string" && key.toLowerCase() === name;

/**
 * What to do with the value at `path` of the download: enter the sections and parts read and their lists,
 * keep each chat (its messages read together), each comment, each post and the profile's fields; skip the
 * rest. A list that is none (null, an object) is kept, to be said wrong or read as empty.
 */
function choose(path: readonly PathKey[], kind: ValueKind): PathChoice {
  if (path.length === 0) return kind === "object" ? "enter" : "skip";
  const part = partOf(path);
  if (!part) return "skip";
  const [, sub, inner, item] = path;
  if (path.length === 1) return kind === "object" ? "enter" : "skip";
  // (an older download's comments: "Comment" → "CommentsList", no part between)
  if (part === "comments" && named(sub, "commentslist")) return path.length === 2 ? (kind === "array" ? "enter" : "keep") : path.length === 3 ? "keep" : "skip";
  if (typeof sub !== "string" || !READ_PARTS[part].has(sub.toLowerCase())) return "skip";
  if (path.length === 2) return kind === "object" ? "enter" : "skip";
  if (!named(inner, INNER[part])) return "skip";
  if (path.length === 3) {
    if (part === "profile") return "keep";
    // (the chats: a map of chats; the comments and posts: a list, each item kept)
    return kind === (part === "messages" ? "object" : "array") ? "enter" : "keep";
  }
  return path.length === 4 && item !== undefined ? "keep" : "skip";
}

/** A time as TikTok writes it, "2026-10-04 16:12:33" (UTC; " UTC" after it in places), in ms; NaN for anything else. */
function timeOf(value: unknown): number {
  return typeof value === "string" ? isoToMs(value.replace(/\s*UTC$/i, "")) : Number.NaN;
}

/** Text as TikTok writes it, tidied: lines kept, each trimmed, runs of blank lines one. */
function plainWords(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The key of a chat, "Chat History with tomsworkshop:": group 1 the username of the person it is with. */
const CHAT_KEY = /^Chat History with\s*(.*?)\s*:?\s*$/i;
/** A TikTok video's link alone, as a message sharing one holds it. */
const VIDEO_LINK = /^https?:\/\/(?:www\.|m\.|vm\.|vt\.)?tiktok(?:v)?\.com\/\S+$/i;
/** A GIF or a sticker as a message holds it: its link in brackets. */
const BRACKETED_LINK = /^\[https?:\/\/\S+\]$/;

/** A message's words, or "" for none: a video's link alone told as shared, a GIF's bracketed link none. */
function messageWords(content: string): string {
  const text = plainWords(content);
  if (BRACKETED_LINK.test(text)) return "";
  return VIDEO_LINK.test(text) ? `Shared a TikTok video: ${text}` : text;
}

/** A chat read: the person it is with (null when its key names no one), its key, and its messages in time order (the user's "User"). */
interface Chat {
  other: string | null;
  key: string;
  /** each message's sender as the download names them, its time and words, in the file's order */
  messages: Array<{ from: string; at: number; text: string }>;
}

/**
 * The chat `value` at `path` (the list of a "Chat History with <username>:"), its messages checked and
 * read; one with no message of words is null.
 * @throws ImportError naming the file and the message: a list that is none, a message that is no object,
 *   a `Date` that is no time, a `From` that is no text, a `Content` that is no text.
 */
function readChat(file: string, path: readonly PathKey[], value: unknown): Chat | null {
  const key = String(path[3]);
  if (value === null) return null;
  if (!Array.isArray(value))
    throw new ImportError(file, formatPath(path), `expected the chat's messages (a list of { "Date", "From", "Content" }), got ${shown(value)}`);
  const messages: Chat["messages"] = [];
  for (const [i, m] of value.entries()) {
    const where = formatPath([...path, i]);
    if (!m || typeof m !== "object" || Array.isArray(m))
      throw new ImportError(file, where, `expected a message ({ "Date": "2026-10-03 18:21:44", "From": …, "Content": … }), got ${shown(m)}`);
    const { Date: date, From: from, Content: content } = m as { Date?: unknown; From?: unknown; Content?: unknown };
    const at = timeOf(date);
    if (Number.isNaN(at)) throw new ImportError(file, `${where}.Date`, `expected the message's time ("2026-10-03 18:21:44"), got ${shown(date)}`);
    if (typeof from !== "string") throw new ImportError(file, `${where}.From`, `expected who sent the message (a username), got ${shown(from)}`);
    if (content !== undefined && content !== null && typeof content !== "string")
      throw new ImportError(file, `${where}.Content`, `expected the message's text, got ${shown(content)}`);
    const text = typeof content === "string" ? messageWords(content) : "";
    if (text) messages.push({ from: from.trim(), at, text });
  }
  if (!messages.length) return null;
  return { other: CHAT_KEY.exec(key)?.[1] || null, key, messages };
}

/**
 * Chat `chat` as a conversation (format `tiktok`, externalId `tiktok:dm:<username>`, so a later download adds
 * only new messages; title the username), its messages in time order (stable: the file's order within a
 * second), each named by its time ("2026-10-29T19:02:15Z", "#2" for a second in the same second): the user's
 * (speaker "User", role "user") those not from the person it is with; when its key names no one (`other`
 * null), those from `username` (the profile's), the others' by their username.
 */
function chatConversation(chat: Chat, username: string | null): ParsedConversation {
  const other = chat.other?.toLowerCase() ?? null;
  const mine = (from: string): boolean => (other !== null ? from.toLowerCase() !== other : username !== null && from.toLowerCase() === username.toLowerCase());
  const turns: ParsedTurn[] = chat.messages
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.at - b.m.at || a.i - b.i)
    .map(({ m }) => ({
      externalId: null,
      speaker: mine(m.from) ? "User" : m.from || (chat.other ?? "TikTok user"),
      role: mine(m.from) ? "user" : "other",
      occurredAt: m.at,
      text: m.text,
      metadata: {},
    }));
  const seen = new Map<number, number>();
  for (const t of turns) {
    const n = (seen.get(t.occurredAt) ?? 0) + 1;
    seen.set(t.occurredAt, n);
    t.externalId = n === 1 ? isoDateTime(t.occurredAt) : `${isoDateTime(t.occurredAt)}#${n}`;
  }
  const name = chat.other ?? chat.key;
  const others = [...new Set(turns.filter((t) => t.role !== "user").map((t) => t.speaker))];
  return {
    format: "tiktok",
    externalId: `tiktok:dm:${name}`,
    title: chat.other ?? (others.join(", ") || chat.key),
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}

/**
 * Comment `value` at `path` as the user's turn, or null for one with no words (a sticker, a photo, mentions alone).
 * @throws ImportError naming the comment: no object, a `date` (or `Date`) that is no time, a `comment` (or `Comment`) that is no text.
 */
function readComment(file: string, path: readonly PathKey[], value: unknown): ParsedTurn | null {
  const where = formatPath(path);
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, where, `expected a comment ({ "date": "2026-10-03 18:21:44", "comment": … }), got ${shown(value)}`);
  const c = value as Record<string, unknown>;
  const dateKey = "date" in c ? "date" : "Date";
  const textKey = "comment" in c ? "comment" : "Comment";
  const at = timeOf(c[dateKey]);
  if (Number.isNaN(at)) throw new ImportError(file, `${where}.${dateKey}`, `expected the comment's time ("2026-10-03 18:21:44"), got ${shown(c[dateKey])}`);
  const said = c[textKey];
  if (said !== undefined && said !== null && typeof said !== "string")
    throw new ImportError(file, `${where}.${textKey}`, `expected the comment's text, got ${shown(said)}`);
  const { replyTo, rest } = leadingMentions(typeof said === "string" ? plainWords(said) : "");
  const { text, tags } = captionWords(rest, plainWords);
  if (!text) return null;
  const metadata: Record<string, unknown> = { kind: "comment" };
  if (replyTo.length) metadata.replyTo = replyTo;
  if (tags.length) metadata.tags = tags;
  const on = [c["original post link"], c.url].find((l): l is string => typeof l === "string" && /^https?:\/\//i.test(l.trim()));
  if (on) metadata.link = on.trim();
  return { externalId: null, speaker: "User", role: "user", occurredAt: at, text, metadata };
}

/**
 * Post `value` at `path` as the user's turn: its title's words (`Title`, else `Description`), and where it
 * was posted ("Posted at Bedminster, Bristol."); null for one with no words (an older download's, a video
 * posted untitled).
 * @throws ImportError naming the post: no object, a `Date` that is no time, a `Title` or `Location` that is no text.
 */
function readPost(file: string, path: readonly PathKey[], value: unknown): ParsedTurn | null {
  const where = formatPath(path);
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, where, `expected a post ({ "Date": "2026-10-03 18:21:44", "Link": …, "Title": … }), got ${shown(value)}`);
  const p = value as Record<string, unknown>;
  const at = timeOf(p.Date);
  if (Number.isNaN(at)) throw new ImportError(file, `${where}.Date`, `expected the post's time ("2026-10-03 18:21:44"), got ${shown(p.Date)}`);
  const titleKey = typeof p.Title === "string" && p.Title.trim() ? "Title" : "Description" in p ? "Description" : "Title";
  for (const key of [titleKey, "Location"])
    if (p[key] !== undefined && p[key] !== null && typeof p[key] !== "string")
      throw new ImportError(file, `${where}.${key}`, `expected the post's ${key.toLowerCase()} (text), got ${shown(p[key])}`);
  const { text: title, tags } = captionWords(typeof p[titleKey] === "string" ? p[titleKey] : "", plainWords);
  if (!title) return null;
  const location = typeof p.Location === "string" ? plainWords(p.Location).replace(/\s+/g, " ").replace(/[.]$/, "") : "";
  const text = location ? `${title}\n\nPosted at ${location}.` : title;
  const metadata: Record<string, unknown> = { kind: "post" };
  const link = [p.Link, p.VideoLink].find((l): l is string => typeof l === "string" && /^https?:\/\//i.test(l.trim()));
  if (link) metadata.link = link.trim();
  if (tags.length) metadata.tags = tags;
  if (location) metadata.location = location;
  return { externalId: null, speaker: "User", role: "user", occurredAt: at, text, metadata };
}

/** What a download holds that is not read, in words: the error of one with nothing read. */
const NOTHING_READ =
  "a TikTok download with no direct message, post or comment of yours (what you watched, liked, searched and shared, your followers, the ads and your settings are not imported)";

/**
 * Reads `file`, TikTok's download in JSON (told by `head`, its start), as its conversations (format
 * `tiktok`): each chat of the direct messages as it is read (externalId `tiktok:dm:<username>`, title the
 * username, {@link chatConversation}; a chat whose key names no one after the whole file, with the profile's
 * userName), then the user's posts and comments, a calendar day (UTC) of each a conversation
 * (`tiktok:posts:<YYYY-MM-DD>`, `tiktok:comments:<YYYY-MM-DD>`, titled "TikTok posts, 4 October 2026", said by
 * the user; metadata `{ kind: "post" | "comment", link?, tags?, location?, replyTo? }`), days in order.
 * @throws ImportError naming the file and where: a file that is no JSON object (`byte 0`), the stream's own
 *   errors (byte, line and column), a chat, message, comment or post of the wrong shape or whose time is none
 *   (its JSON path: `["Direct Message"]["Direct Messages"].ChatHistory["Chat History with sam:"][3].Date`,
 *   `Comment.Comments.CommentsList[2].date`, `Post.Posts.VideoList[0].Date`), a list that is none; a download
 *   with none of the user's messages, posts or comments ({@link NO_TEXT}: a folder passes it over, saying why).
 */
export async function* parseTikTok(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  if (head.replace(/^\uFEFF/, "").trimStart()[0] !== "{")
    throw new ImportError(
      file,
      "byte 0",
      'expected TikTok\'s download (user_data_tiktok.json: a JSON object of sections, "Direct Message", "Post", "Comment", "Profile" …)',
    );
  const days = new HeldDays("tiktok", "TikTok");
  const held: Chat[] = [];
  let username: string | null = null;
  let read = 0;
  for await (const { path, value } of streamJsonPaths(file, { choose, onProgress: opts.onProgress })) {
    const part = partOf(path)!;
    if (part === "profile") {
      const name = value && typeof value === "object" ? (value as { userName?: unknown }).userName : undefined;
      if (typeof name === "string" && name.trim()) username = name.trim();
      continue;
    }
    if (part === "messages" && path.length === 3) {
      // (no chats: null is none, anything else wrong)
      if (value !== null)
        throw new ImportError(file, formatPath(path), `expected the chats (an object of "Chat History with <username>:" lists), got ${shown(value)}`);
      continue;
    }
    if (part === "messages") {
      const chat = readChat(file, path, value);
      if (!chat) continue;
      read++;
      // (a chat whose key names no one waits for the profile, which TikTok writes after the messages)
      if (chat.other === null) held.push(chat);
      else yield chatConversation(chat, username);
      continue;
    }
    // (a list that is none: null is empty, anything else wrong)
    const isList = path.length === (named(path[1], "commentslist") ? 2 : 3);
    if (isList) {
      if (value !== null) throw new ImportError(file, formatPath(path), `expected a list of ${part}, got ${shown(value)}`);
      continue;
    }
    const turn = part === "comments" ? readComment(file, path, value) : readPost(file, path, value);
    if (!turn) continue;
    read++;
    if (days.add(part, turn)) yield* days.given();
  }
  for (const chat of held) yield chatConversation(chat, username);
  if (read === 0) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${NOTHING_READ}`);
  yield* days.given();
}
