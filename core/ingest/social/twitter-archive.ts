/**
 * The files of an X (Twitter) archive, unzipped (twitter.ts reads its posts, twitter-dm.ts its direct
 * messages): each `data/*.js` assigns one JSON array to a global (`window.YTD.tweets.part0 = [ … ]`),
 * streamed here from after the assignment (json-stream.ts `from`); which of them hold someone's words;
 * a post's or a message's text as words; a post's time as Twitter writes it.
 */
import { isoToMs } from "../../time/import-dates.js";
import { readBytes } from "../kit/bytes.js";
import { type JsonItem, streamJsonArray } from "../kit/json-stream.js";
import { ImportError, type ReadOptions } from "../kit/types.js";

/** An archive data file's start, the assignment before its JSON: group 1 the data's name ("tweets", "direct_messages"). */
const YTD_PREFIX = /^\uFEFF?\s*window\.YTD\.(\w+)\.part\d+\s*=\s*/;

/** The data an archive holds posts in ("tweet" in archives before 2020). */
export const POSTS = /^tweets?$/;
/** The data an archive holds direct messages in, one person's or a group's. */
export const MESSAGES = /^direct_messages?(?:_group)?$/;

/** A data file of posts or messages as the archive names it: tweets.js, tweets-part1.js, direct-messages.js, direct-messages-group.js. */
const WORDS_FILE = /^(?:tweets?|direct-messages?(?:-group)?)(?:-part\d+)?\.js$/i;

/** A data file of posts as the archive names it: tweets.js, tweets-part1.js (tweet.js before 2020). */
export const POSTS_FILE = /^tweets?(?:-part\d+)?\.js$/i;

/** Whether `name` (a file's name, no folder) is an archive's file of posts or direct messages (tweets.js, direct-messages-group.js …), by its name only. */
export function isTwitterWordsFile(name: string): boolean {
  return WORDS_FILE.test(name);
}

/**
 * The name of the X archive data that `head` (a file's start) assigns ("tweets", "like", "account"),
 * or null when it opens with no `window.YTD.<name>.part<n> =`.
 */
export function twitterDataName(head: string): string | null {
  return YTD_PREFIX.exec(head)?.[1] ?? null;
}

/** Whether `name`, an archive data's ({@link twitterDataName}), holds someone's words: posts or direct messages. */
export function isTwitterWords(name: string): boolean {
  return POSTS.test(name) || MESSAGES.test(name);
}

/** Why an archive data file that holds no posts nor messages ("like", "account") is not imported alone: the detail of an ImportError. */
export function notTwitterWords(name: string): string {
  return `an X (Twitter) archive's "${name}" data holds no one's words; import the archive's folder, or its tweets.js or direct-messages.js`;
}

/**
 * Where the JSON of archive data file `file` starts: its data's name and the byte after `window.YTD.<name>.part<n> = `.
 * @throws ImportError naming the file (`byte 0`): it opens with no such assignment.
 */
async function ytdStart(file: string): Promise<{ name: string; from: number }> {
  const start = (await readBytes(file, 0, 1024)).toString("utf8");
  const m = YTD_PREFIX.exec(start);
  if (!m) throw new ImportError(file, "byte 0", 'expected an X (Twitter) archive\'s data file, "window.YTD.<name>.part0 = [ … ]"');
  return { name: m[1]!, from: Buffer.byteLength(m[0], "utf8") };
}

/**
 * The items of archive data file `file`'s array, streamed (json-stream.ts, from after its assignment),
 * with its data's name.
 * @throws ImportError naming the file: no `window.YTD.<name>.part<n> =` at its start; the stream's own
 *   errors (invalid JSON, truncation, no array), at a byte, line and column counted from the file's start.
 */
export async function ytdItems(file: string, opts: ReadOptions = {}): Promise<{ name: string; items: AsyncGenerator<JsonItem> }> {
  const { name, from } = await ytdStart(file);
  return { name, items: streamJsonArray(file, { from, onProgress: opts.onProgress }) };
}

/** The link entities of a post (its `entities`) or a message (its `urls`): a t.co `url` and its `expanded_url` (a message's `expanded`). */
export interface Links {
  urls?: Array<{ url?: unknown; expanded_url?: unknown; expanded?: unknown }> | null;
  media?: Array<{ url?: unknown }> | null;
  /** The accounts a post mentions: their handle and the name they show. */
  user_mentions?: Array<{ screen_name?: unknown; name?: unknown }> | null;
}

/** A link to a post's or a message's own photo or video ("…/status/1853…/photo/1", "…/messages/media/1855…"). */
const MEDIA_PAGE = /^https?:\/\/(?:mobile\.)?(?:twitter|x)\.com\/(?:messages\/media\/|[^/]+\/status\/\d+\/(?:photo|video)\/)/i;
/** A link shortened by t.co. */
const TCO = /https?:\/\/t\.co\/\w+/g;
/** The escapes Twitter writes in text. */
const ESCAPED: Record<string, string> = { amp: "&", lt: "<", gt: ">" };

/**
 * A post's or a message's text as words: t.co links their expanded URL from `links` (a link to its own
 * photo or video, or one `media` names, dropped), `&amp;`, `&lt;`, `&gt;` undone, with `reply` the
 * leading "@handle" mentions of a reply dropped, "@handle" elsewhere the name the account shows (its
 * `user_mentions`) or else the handle, "#running" the word (hashtags closing the post none);
 * spaces left twice are one and the text is trimmed ("" when nothing is left).
 * "@jo_writes congrats &amp; see https://t.co/Ab #books" → "congrats & see https://example.com books".
 */
export function twitterWords(text: string, links: Links | null | undefined, opts: { reply?: boolean } = {}): string {
  const expanded = new Map<string, string>();
  for (const u of Array.isArray(links?.urls) ? links.urls : []) {
    const to = typeof u?.expanded_url === "string" ? u.expanded_url : u?.expanded;
    if (typeof u?.url === "string" && typeof to === "string") expanded.set(u.url, MEDIA_PAGE.test(to) ? "" : to);
  }
  for (const m of Array.isArray(links?.media) ? links.media : []) if (typeof m?.url === "string") expanded.set(m.url, "");
  let words = text.replace(TCO, (url) => expanded.get(url) ?? url).replace(/&(amp|lt|gt);/g, (_, name: string) => ESCAPED[name]!);
  if (opts.reply) words = words.replace(/^\s*(?:\.?@\w+(?:[\s,:]+|$))+/, "");
  // (an account mentioned is the name it shows, when it has one: "@BrightlineStudio" → "Brightline")
  const shown = new Map<string, string>();
  for (const m of Array.isArray(links?.user_mentions) ? links.user_mentions : [])
    if (typeof m?.screen_name === "string" && typeof m.name === "string" && /\p{L}/u.test(m.name)) shown.set(m.screen_name.toLowerCase(), m.name.trim());
  return (
    words
      // (hashtags closing a post, before its links if any, are its labels, not its words: "… new PB #running https://…")
      .replace(/(?<=\S)(?:\s+#[\p{L}\p{N}_]+)+(?=(?:\s+https?:\/\/\S+)*\s*$)/u, "")
      .replace(/(?<![\w@./:])@(\w+)/g, (all, handle: string) => shown.get(handle.toLowerCase()) ?? all)
      .replace(/(?<![\w@./:])@(?=\w)/g, "")
      .replace(/(?<![\w&/#])#(?=[\p{L}_])/gu, "")
      .replace(/[ \t]{2,}/g, " ")
      .trim()
  );
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** A post's `created_at` as Twitter writes it: "Tue Nov 03 18:42:10 +0000 2026" (groups: month, day, time, offset, year). */
const CREATED_AT = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{4}) (\d{4})$/;

/** A post's `created_at` ("Tue Nov 03 18:42:10 +0000 2026", with its offset) as epoch ms UTC; NaN when it is no such time, or not from 1970 to 2199. */
export function twitterTime(createdAt: string): number {
  const m = CREATED_AT.exec(createdAt.trim());
  const month = m ? MONTHS.indexOf(m[1]!) + 1 : 0;
  if (!m || month === 0) return Number.NaN;
  return isoToMs(`${m[5]}-${String(month).padStart(2, "0")}-${m[2]}T${m[3]}${m[4]}`);
}

/** A post as the archive writes it (the fields read here). */
export interface Post {
  id_str?: unknown;
  id?: unknown;
  created_at?: unknown;
  full_text?: unknown;
  text?: unknown;
  entities?: (Links & { user_mentions?: unknown }) | null;
  in_reply_to_screen_name?: unknown;
  in_reply_to_user_id_str?: unknown;
  in_reply_to_status_id_str?: unknown;
}

/** The post of an item (`{ tweet: { … } }`; an archive before 2020 wrote the post itself) and its path (`[3].tweet`). */
export function postOf(value: unknown, index: number): { post: Post | null; where: string } {
  const wrapped = value && typeof value === "object" && "tweet" in value;
  const post = wrapped ? (value as { tweet: unknown }).tweet : value;
  return { post: post && typeof post === "object" && !Array.isArray(post) ? (post as Post) : null, where: wrapped ? `[${index}].tweet` : `[${index}]` };
}
