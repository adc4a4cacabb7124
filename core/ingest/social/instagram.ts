/**
 * Instagram posts, reels, stories and comments as Meta's "Download your information" gives them in JSON
 * (Accounts Centre → Your information and permissions → Download your information, format JSON:
 * `instagram-<username>-<date>-<id>.zip`, unzipped). The files read here:
 * - the user's posts: `your_instagram_activity/content/posts_1.json` (`posts_2.json` … of a long history;
 *   `your_instagram_activity/media/posts_1.json` in 2025's downloads, `content/posts_1.json` at the root in
 *   older ones), a JSON array, newest first, of `{ media: [{ uri: "media/posts/202611/….jpg",
 *   creation_timestamp, media_metadata?: { photo_metadata | video_metadata: { exif_data: [{ latitude?,
 *   longitude?, … }] } }, title, cross_post_source?: { source_app } }], title?, creation_timestamp? }`: a
 *   post of one photo holds its caption and time in its one media (`media[0].title`), a post of several
 *   beside them (`title`, `creation_timestamp`; each media's `title` ""); the posts archived,
 *   `archived_posts.json` (`{ "ig_archived_post_media": [ the same ] }`), and the reels, `reels.json` (`{
 *   "ig_reels_media": [{ media: [ … ] }] }`);
 * - the user's stories: `stories.json` (`{ "ig_stories": [{ uri, creation_timestamp, media_metadata, title,
 *   cross_post_source }] }`, `title` the words written on it, often "");
 * - the user's comments: `your_instagram_activity/comments/post_comments_1.json` (a JSON array of `{
 *   media_list_data: [{ uri }], string_map_data: { Comment: { value }, "Media Owner": { value: "sam.bakes" },
 *   Time: { timestamp } } }`), `reels_comments.json` (`{ "comments_reels_comments": [ the same ] }`), and
 *   an older download's `comments/post_comments.json` (`{ "comments_media_comments": [ the same, or {
 *   title: "<owner>", string_list_data: [{ value, timestamp }] } ] }`).
 * Text is written as the bytes of its UTF-8, each a Latin-1 character, decoded by messenger.ts `metaText`
 * (meta-download.ts `metaWords`). The download's direct messages (`your_instagram_activity/messages/inbox/
 * <name>_<id>/message_1.json`) are messenger.ts's.
 *
 * Read here: a caption, a story's words and a comment are the user's own words (speaker "User", role
 * "user", as facebook.ts's posts), a calendar day (UTC) of each kind one conversation ("Instagram posts,
 * 28 November 2026", "Instagram reels, …", "Instagram stories, …", "Instagram comments, …"). A caption's
 * closing hashtags are its labels, not its words (metadata `tags`), a hashtag inside it its word
 * ("#sourdough" → "sourdough"), an account named its handle ("@littleamber.coffee" → "littleamber.coffee");
 * where a photo was taken, when the phone said, is the turn's metadata (`place: { latitude, longitude }`:
 * the download names no place). A comment is told as said on whose post ("Commented on sam.bakes's post:
 * …"), but on the user's own (its owner the username the download's personal_information.json names),
 * its leading mentions, whom it answers, metadata (`replyTo`). Passed over: a post, reel or story with no
 * words, a comment of mentions alone, and the likes (`liked_posts.json`, `liked_comments.json`: `{
 * "likes_media_likes": [{ title, string_list_data: [{ href, value, timestamp }] }] }`, what the user liked,
 * no words: refused alone, saying so, and passed over in a folder: {@link instagramPassedOver}), with the
 * download's other files (followers, ads, saved posts, the profile, the account's records).
 *
 * The file is streamed (json-stream.ts; an object's array by `arrayAt`): memory holds one item and the
 * days not yet given (past meta-download.ts `MAX_HELD_POST_CHARS` characters, given in parts under the
 * same ids).
 */
import { existsSync } from "node:fs";
import { fileStart } from "../kit/file-start.js";
import { basename, dirname, join, relative } from "node:path";
import { readBytes, readJsonFile } from "../kit/bytes.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { HeldDays, metaWords, secondsOf, shown } from "../chats/meta-download.js";
import { NO_TEXT } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/**
 * The files of an Instagram download Engram knows by their start: the posts (a JSON array of `{ "media":
 * [ … ] }`), the posts archived (`ig_archived_post_media`), the reels (`ig_reels_media`), the stories
 * (`ig_stories`), the comments (a JSON array of `{ "string_map_data": { "Comment": … } }`,
 * `comments_reels_comments`, `comments_media_comments`) and the likes (`likes_media_likes`,
 * `likes_comment_likes`).
 */
export type InstagramFile = "posts" | "archived_posts" | "reels" | "stories" | "comments" | "likes";

/** A top-level array whose first item opens with a post's field. */
const POSTS_ARRAY = /^\[\s*\{\s*"(?:media|title|creation_timestamp)"\s*:/;
/** A top-level array whose first item opens with a comment's field. */
const COMMENTS_ARRAY = /^\[\s*\{\s*"(?:media_list_data|string_map_data)"\s*:/;
/** A top-level object whose first member is one of the download's arrays. */
const MEMBER_ARRAY =
  /^\{\s*"(ig_archived_post_media|ig_reels_media|ig_stories|comments_reels_comments|comments_media_comments|likes_media_likes|likes_comment_likes)"\s*:\s*\[/;
/** Which file each member's array is. */
const MEMBER_FILE: Record<string, InstagramFile> = {
  ig_archived_post_media: "archived_posts",
  ig_reels_media: "reels",
  ig_stories: "stories",
  comments_reels_comments: "comments",
  comments_media_comments: "comments",
  likes_media_likes: "likes",
  likes_comment_likes: "likes",
};

/**
 * Which file of an Instagram download `start` (a file's first bytes as text, without a byte order mark)
 * opens ({@link InstagramFile}), or null for anything else (a direct-message thread is messenger.ts's):
 * the posts by their first item's media (`"media": [ { "uri": …` and a `"creation_timestamp"` in
 * seconds), the comments by their first item's `"Comment"` and `"Media Owner"`, the others by the
 * member they open with.
 */
export function instagramFileOf(start: string): InstagramFile | null {
  const s = start.trimStart();
  if (s[0] === "[") {
    const head = s.slice(0, 4096);
    if (POSTS_ARRAY.test(head) && /"media"\s*:\s*\[\s*\{\s*"uri"\s*:\s*"/.test(head) && /"creation_timestamp"\s*:\s*\d/.test(head)) return "posts";
    if (COMMENTS_ARRAY.test(head) && /"Comment"\s*:\s*\{/.test(head) && /"Media Owner"\s*:\s*\{/.test(head)) return "comments";
    return null;
  }
  const member = MEMBER_ARRAY.exec(s)?.[1];
  return member === undefined ? null : MEMBER_FILE[member]!;
}

/** What the likes hold, in words. */
const LIKES = "your likes on Instagram: the posts and comments you liked, no words of yours";

/** Why an Instagram download's likes are not imported alone: the detail of an ImportError. */
export function notInstagramWords(): string {
  return `an Instagram download's likes (${LIKES}); your own posts, stories and comments are in content/posts_1.json, stories.json and comments/post_comments_1.json`;
}

/** The folder, by name, that holds an Instagram download's activity (since 2023). */
const ACTIVITY_FOLDER = "your_instagram_activity";
/** Files an older download (before 2023: its folders at the root) holds, one of which tells its root. */
const OLDER_MARKS = ["content/posts_1.json", "content/stories.json", "comments/post_comments.json", "comments/post_comments_1.json", "likes/liked_posts.json"];

/** Whether the file at `path` opens as one of an Instagram download's ({@link instagramFileOf}, its first 4 KiB read); false when it cannot be read. */
function opensAsInstagram(path: string): boolean {
  const start = fileStart(path, 4096);
  return start !== null && instagramFileOf(start) !== null;
}

/**
 * The folder an Instagram download was unzipped into that holds `file`, or null: the nearest of its
 * folders (up to six up) that holds `your_instagram_activity/`, or, as older downloads are laid out, one
 * of their files at its place that opens as Instagram's ({@link OLDER_MARKS}: `content/posts_1.json`,
 * `likes/liked_posts.json` …; so that a folder of other things with a `content/` is none).
 */
function downloadRoot(file: string): string | null {
  let dir = dirname(file);
  for (let up = 0; up < 6; up++) {
    if (basename(dir) === ACTIVITY_FOLDER) return dirname(dir);
    if (existsSync(join(dir, ACTIVITY_FOLDER))) return dir;
    if (OLDER_MARKS.some((mark) => opensAsInstagram(join(dir, mark)))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/** Why a file of an Instagram download that is none of its posts, stories, comments or messages is passed over, by where it is in the download. */
const NOT_READ: Array<[RegExp, string]> = [
  [/^likes\//, LIKES],
  [/^saved\//, "the posts you saved on Instagram: links, no words of yours"],
  [/^(?:content|media)\/recently_deleted[^/]*\.json$/, "what you deleted on Instagram, not imported"],
  [/^(?:content|media)\/profile_photos\.json$/, "your Instagram profile pictures, no words"],
  [
    /^(?:content|media)\//,
    "a list of your Instagram media with no caption read here: your posts, reels and stories are read from posts_1.json, reels.json and stories.json",
  ],
  [/^messages\//, "Instagram's data on your messages, no message: each chat's message_1.json is read"],
  [/^comments\//, "Instagram's record of your comments, not their words"],
  [/^threads\//, "your posts on Threads, which Engram does not read"],
  [/^(?:story_interactions|story_sticker_interactions)\//, "your taps on others' stories (polls, quizzes, sliders, likes), no words of yours"],
  [/^(?:personal_information|account_information|information_about_you)\//, "your Instagram profile's details, no post of yours"],
  [/^(?:connections|followers_and_following)\//, "your Instagram followers and the accounts you follow: names, no words of yours"],
  [
    /^(?:ads_information|ads_and_topics|ads_and_businesses|apps_and_websites_off_of_instagram)\//,
    "the ads Instagram showed you and what it inferred of you, no words of yours",
  ],
  [
    /^(?:security_and_login_information|login_and_account_creation|logged_information|recent_searches|preferences|settings)\//,
    "Instagram's record of your account, no words of yours",
  ],
];

/**
 * Why `path`, a file found in a folder, is passed over when it is an Instagram download's and none of
 * the files read (its posts, reels, stories, comments and direct messages): the likes, by their start
 * wherever they are ("your likes on Instagram: the posts and comments you liked, no words of yours"), and
 * any other `.json` of a download ({@link downloadRoot}), said by where it is: the posts saved, what was
 * deleted, other media lists, Instagram's data on the messages, the Threads posts, taps on others' stories,
 * the profile, the followers, the ads, the account's records; null for any other file, the files read,
 * and when it cannot be read.
 */
export async function instagramPassedOver(path: string): Promise<string | null> {
  if (!/\.json$/i.test(path)) return null;
  const start = await readBytes(path, 0, 4096).catch(() => null);
  const kind = start ? instagramFileOf(new TextDecoder("utf-8").decode(start, { stream: true }).replace(/^\uFEFF/, "")) : null;
  if (kind === "likes") return LIKES;
  if (kind !== null || /^message_\d+\.json$/i.test(basename(path))) return null;
  const root = downloadRoot(path);
  if (root === null) return null;
  const where = relative(root, path)
    .split(/[\\/]/)
    .filter((part, i) => i > 0 || part !== ACTIVITY_FOLDER)
    .join("/")
    .toLowerCase();
  return (
    NOT_READ.find(([place]) => place.test(where))?.[1] ??
    (relative(root, path).startsWith(ACTIVITY_FOLDER)
      ? "Instagram's record of what you did there, no words of yours"
      : "a file of your Instagram download that holds none of your posts, stories, comments or messages")
  );
}

/** Where the download's personal_information.json is, from its root (today's, then older downloads'). */
const PROFILE_FILES = [
  "personal_information/personal_information/personal_information.json",
  "personal_information/personal_information.json",
  "account_information/personal_information.json",
];
/** Largest personal_information.json read (it holds a few fields). */
const MAX_PROFILE_BYTES = 1024 * 1024;
/**
 * The username of the account whose download holds `file`, as its personal_information.json says
 * (`{ "profile_user": [{ "string_map_data": { "Username": { "value": "slowrise.mcr" } } }] }`), or null
 * when there is none or it cannot be read (read once per comments file).
 */
async function usernameOf(file: string): Promise<string | null> {
  const root = downloadRoot(file);
  if (root === null) return null;
  for (const name of PROFILE_FILES) {
    const profile = join(root, name);
    if (!existsSync(profile)) continue;
    const json = (await readJsonFile(profile, MAX_PROFILE_BYTES, "a profile").catch(() => null)) as {
      profile_user?: Array<{ string_map_data?: { Username?: { value?: unknown } } }>;
    } | null;
    const value = Array.isArray(json?.profile_user) ? json.profile_user[0]?.string_map_data?.Username?.value : undefined;
    if (typeof value === "string" && metaWords(value)) return metaWords(value);
  }
  return null;
}

/** An account's handle: letters, digits, "_" and "." (not at its end). */
const HANDLE = "[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])?";
/** A hashtag's word: letters, digits and "_", a letter among them ("#1" is a number). */
const TAG = "(?=[\\p{N}_]*\\p{L})[\\p{L}\\p{N}_]+";
/** The hashtags closing a caption (after white space or its start): "… Thank you Altrincham\n\n#altrinchammarket #sourdough". */
const CLOSING_TAGS = new RegExp(`(?<!\\S)#${TAG}(?:\\s+#${TAG})*\\s*$`, "u");
/** Lines of dots or bullets Instagram captions put before their hashtags, at the end once the hashtags are taken. */
const TRAILING_DOTS = /(?:\n[ \t]*[.•·\-_~]*[ \t]*)+$/;

/**
 * A caption or a story's words as Meta writes them, as words: decoded and tidied (`decode`, by default
 * meta-download.ts `metaWords`; tiktok.ts passes its own, TikTok's text being plain UTF-8); its closing hashtags
 * taken as its labels (`tags`, without "#": "sourdough"), a caption of hashtags alone read as their words;
 * a hashtag inside it its word ("a #sourdough loaf" → "a sourdough loaf"); an account named its handle
 * ("@littleamber.coffee" → "littleamber.coffee").
 */
export function captionWords(raw: string, decode: (text: string) => string = metaWords): { text: string; tags: string[] } {
  const all = decode(raw);
  const closing = CLOSING_TAGS.exec(all);
  const tags = closing ? [...closing[0].matchAll(new RegExp(`#(${TAG})`, "gu"))].map((m) => m[1]!) : [];
  let text = closing ? all.slice(0, closing.index).replace(TRAILING_DOTS, "").trim() : all;
  if (!text && tags.length) text = tags.join(" ");
  text = text
    .replace(/(?<![\p{L}\p{N}_&/#])#(?=[\p{L}_])/gu, "")
    .replace(new RegExp(`(?<![\\p{L}\\p{N}_@./:])@(?=${HANDLE})`, "gu"), "")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
  return { text, tags };
}

/** One media of a post, a reel or a story (the fields read here). */
interface Media {
  uri?: unknown;
  creation_timestamp?: unknown;
  title?: unknown;
  media_metadata?: { photo_metadata?: { exif_data?: unknown }; video_metadata?: { exif_data?: unknown } };
}

/** Where a media was taken, as its `exif_data` says (`latitude`, `longitude`, numbers, not both 0), or null. */
function placeOf(media: Media): { latitude: number; longitude: number } | null {
  const meta = media.media_metadata;
  if (!meta || typeof meta !== "object") return null;
  for (const exif of [meta.photo_metadata?.exif_data, meta.video_metadata?.exif_data]) {
    if (!Array.isArray(exif)) continue;
    for (const e of exif as Array<{ latitude?: unknown; longitude?: unknown } | null>) {
      const { latitude, longitude } = e ?? {};
      if (typeof latitude === "number" && typeof longitude === "number" && Number.isFinite(latitude) && Number.isFinite(longitude) && (latitude || longitude))
        return { latitude, longitude };
    }
  }
  return null;
}

/** A media's file is a video (its name's extension). */
const VIDEO = /\.(?:mp4|mov|webm|m4v|avi)$/i;

/** What each kind of file holding posts calls one, in errors and in metadata. */
const POST_KIND: Record<"posts" | "archived_posts" | "reels", string> = { posts: "post", archived_posts: "archived post", reels: "reel" };

/**
 * Item `value` of a file of posts, archived posts or reels (`kind`), at `where` (`[3]`,
 * `ig_reels_media[3]`), as the user's turn, or null for one with no words (a photo with no caption).
 * @throws ImportError naming the file and the item: an item that is no object, `media` that is no list
 *   or a media that is no object, a caption (`title`) that is no text, a time (`creation_timestamp`, the
 *   item's, else its first media's) that is none in seconds.
 */
function readPost(file: string, kind: "posts" | "archived_posts" | "reels", value: unknown, where: string): ParsedTurn | null {
  const what = POST_KIND[kind];
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, where, `expected a ${what} ({ "media": [ { "uri": …, "creation_timestamp": …, "title": … } ] }), got ${shown(value)}`);
  const item = value as { media?: unknown; title?: unknown; creation_timestamp?: unknown };
  if (item.media !== undefined && !Array.isArray(item.media))
    throw new ImportError(file, `${where}.media`, `expected a list of photos and videos ([ { "uri": … } ]), got ${shown(item.media)}`);
  const media = (item.media as unknown[] | undefined) ?? [];
  for (const [j, m] of media.entries())
    if (!m || typeof m !== "object" || Array.isArray(m))
      throw new ImportError(file, `${where}.media[${j}]`, `expected a photo or a video ({ "uri": …, "creation_timestamp": … }), got ${shown(m)}`);
  const first = media[0] as Media | undefined;
  const stampAt = item.creation_timestamp !== undefined || !first ? `${where}.creation_timestamp` : `${where}.media[0].creation_timestamp`;
  const stamp = item.creation_timestamp !== undefined ? item.creation_timestamp : first?.creation_timestamp;
  const at = secondsOf(stamp);
  if (Number.isNaN(at)) throw new ImportError(file, stampAt, `expected the ${what}'s time in seconds since 1970, got ${shown(stamp)}`);
  if (item.title !== undefined && item.title !== null && typeof item.title !== "string")
    throw new ImportError(file, `${where}.title`, `expected the ${what}'s caption, got ${shown(item.title)}`);
  const titles: string[] = [];
  for (const [j, m] of (media as Media[]).entries()) {
    if (m.title !== undefined && m.title !== null && typeof m.title !== "string")
      throw new ImportError(file, `${where}.media[${j}].title`, `expected the caption, got ${shown(m.title)}`);
    titles.push(typeof m.title === "string" ? m.title : "");
  }
  // (a post of one photo holds its caption in its media; a post of several, beside them)
  const caption = captionWords(typeof item.title === "string" && metaWords(item.title) ? item.title : (titles[0] ?? ""));
  const parts = caption.text ? [caption.text] : [];
  const seen = new Set(caption.text ? [caption.text.toLowerCase()] : []);
  for (const [j, title] of titles.entries()) {
    const own = captionWords(title).text;
    if (!own || seen.has(own.toLowerCase())) continue;
    seen.add(own.toLowerCase());
    const uri = (media[j] as Media).uri;
    parts.push(`[shared an image: ${typeof uri === "string" && VIDEO.test(uri) ? "a video" : "a photo"} captioned "${own.replace(/["[\]]/g, "")}"]`);
  }
  const text = parts.join("\n\n");
  if (!text) return null;
  const metadata: Record<string, unknown> = { kind: what };
  const uris = (media as Media[]).flatMap((m) => (typeof m.uri === "string" && m.uri ? [m.uri] : []));
  if (uris.length) metadata.media = uris;
  if (caption.tags.length) metadata.tags = caption.tags;
  const place = (media as Media[]).map(placeOf).find((p) => p !== null);
  if (place) metadata.place = place;
  return { externalId: null, speaker: "User", role: "user", occurredAt: at, text, metadata };
}

/**
 * Item `value` of stories.json, at `where` (`ig_stories[3]`), as the user's turn, or null for a story with
 * no words (a photo or a video alone).
 * @throws ImportError naming the file and the story: no object, a `title` that is no text, a
 *   `creation_timestamp` that is no time in seconds.
 */
function readStory(file: string, value: unknown, where: string): ParsedTurn | null {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, where, `expected a story ({ "uri": …, "creation_timestamp": …, "title": … }), got ${shown(value)}`);
  const story = value as Media;
  const at = secondsOf(story.creation_timestamp);
  if (Number.isNaN(at))
    throw new ImportError(file, `${where}.creation_timestamp`, `expected the story's time in seconds since 1970, got ${shown(story.creation_timestamp)}`);
  if (story.title !== undefined && story.title !== null && typeof story.title !== "string")
    throw new ImportError(file, `${where}.title`, `expected the story's words, got ${shown(story.title)}`);
  const { text, tags } = captionWords(typeof story.title === "string" ? story.title : "");
  if (!text) return null;
  const metadata: Record<string, unknown> = { kind: "story" };
  if (typeof story.uri === "string" && story.uri) metadata.media = [story.uri];
  if (tags.length) metadata.tags = tags;
  const place = placeOf(story);
  if (place) metadata.place = place;
  return { externalId: null, speaker: "User", role: "user", occurredAt: at, text, metadata };
}

/** A comment's entry of `string_map_data` (`{ "value": … }` or `{ "timestamp": … }`). */
type MapEntry = { value?: unknown; timestamp?: unknown } | undefined;

/** The mentions a comment opens with: whom it answers ("@sam.bakes @jo thank you!"). */
const LEADING_MENTIONS = new RegExp(`^\\s*(?:@${HANDLE}[\\s,:]*)+`, "u");

/** The mentions `text` opens with, whom a comment answers ("@sam.bakes @jo thank you!" → `replyTo` ["sam.bakes", "jo"]), and its words after them (`rest`). */
export function leadingMentions(text: string): { replyTo: string[]; rest: string } {
  const leading = LEADING_MENTIONS.exec(text)?.[0] ?? "";
  return { replyTo: [...leading.matchAll(new RegExp(`@(${HANDLE})`, "gu"))].map((m) => m[1]!), rest: text.slice(leading.length) };
}

/**
 * Item `value` of a comments file (`media` "post", or "reel" for reels_comments.json), at `where`
 * (`[3]`, `comments_reels_comments[3]`), as the user's turn, or null for a comment with no words (a
 * sticker, mentions alone). Today's shape, `{ string_map_data: { Comment: { value }, "Media Owner": { value
 * }, Time: { timestamp } } }`, and older downloads', `{ title: "<owner>", string_list_data: [{ value,
 * timestamp }] }`, are read; the comment told as said on whose post ("Commented on sam.bakes's post: …"),
 * but on the user's own (`username`).
 * @throws ImportError naming the file and the comment: no object, a comment that is no text, a time that
 *   is none in seconds.
 */
function readComment(file: string, value: unknown, where: string, media: string, username: string | null): ParsedTurn | null {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(
      file,
      where,
      `expected a comment ({ "string_map_data": { "Comment": { "value": … }, "Media Owner": …, "Time": … } }), got ${shown(value)}`,
    );
  const item = value as { string_map_data?: Record<string, MapEntry>; string_list_data?: unknown; title?: unknown };
  let said: unknown;
  let saidAt: string;
  let stamp: unknown;
  let stampAt: string;
  let owner: unknown;
  if (item.string_map_data && typeof item.string_map_data === "object") {
    const map = item.string_map_data;
    said = map.Comment?.value;
    saidAt = `${where}.string_map_data.Comment.value`;
    stamp = map.Time?.timestamp ?? map.Comment?.timestamp;
    stampAt = `${where}.string_map_data.Time.timestamp`;
    owner = map["Media Owner"]?.value;
  } else {
    const entry = Array.isArray(item.string_list_data) ? (item.string_list_data[0] as MapEntry) : undefined;
    said = entry?.value;
    saidAt = `${where}.string_list_data[0].value`;
    stamp = entry?.timestamp;
    stampAt = `${where}.string_list_data[0].timestamp`;
    owner = item.title;
  }
  if (said !== undefined && said !== null && typeof said !== "string") throw new ImportError(file, saidAt, `expected the comment's text, got ${shown(said)}`);
  const at = secondsOf(stamp);
  if (Number.isNaN(at)) throw new ImportError(file, stampAt, `expected the comment's time in seconds since 1970, got ${shown(stamp)}`);
  const decoded = typeof said === "string" ? metaWords(said) : "";
  const { replyTo, rest } = leadingMentions(decoded);
  const { text } = captionWords(rest);
  if (!text) return null;
  const on = typeof owner === "string" ? metaWords(owner).replace(/\s+/g, " ") : "";
  const own = on !== "" && username !== null && on.toLowerCase() === username.toLowerCase();
  const metadata: Record<string, unknown> = { kind: "comment" };
  if (on) metadata.on = on;
  if (own) metadata.own = true;
  if (replyTo.length) metadata.replyTo = replyTo;
  return {
    externalId: null,
    speaker: "User",
    role: "user",
    occurredAt: at,
    text: on && !own ? `Commented on ${on}'s ${media}: ${text}` : text,
    metadata,
  };
}

/** What each file's conversations are ("posts": a day of posts), and what a file with no words of the user's is, in the error that says so. */
const KINDS: Record<Exclude<InstagramFile, "likes">, { conversation: string; none: string }> = {
  posts: { conversation: "posts", none: "Instagram posts with no caption of yours" },
  archived_posts: { conversation: "posts", none: "Instagram posts archived with no caption of yours" },
  reels: { conversation: "reels", none: "Instagram reels with no caption of yours" },
  stories: { conversation: "stories", none: "Instagram stories with no words of yours" },
  comments: { conversation: "comments", none: "Instagram comments with no words of yours (stickers, mentions alone)" },
};

/**
 * Reads `file`, a file of an Instagram download (told by `head`, its start), as its conversations (format
 * `instagram`): a calendar day (UTC) of the user's posts each (externalId `instagram:posts:<YYYY-MM-DD>`, so
 * posts_2.json, the posts archived or a later download adds to the same day; title "Instagram posts, 28
 * November 2026"), of reels (`instagram:reels:…`), of stories (`instagram:stories:…`) or of comments
 * (`instagram:comments:…`), days in time order; each with words a turn said by the user (speaker "User",
 * role "user"; externalId its time, "2026-11-28T12:48:09Z", "#2" for a second in the same second;
 * metadata `{ kind: "post" | "archived post" | "reel" | "story" | "comment", media?, tags?, place?: {
 * latitude, longitude }, on?, own?, replyTo? }`). The days are held until the file's end (Meta writes the
 * newest first), past meta-download.ts `MAX_HELD_POST_CHARS` given in parts.
 * @throws ImportError naming the file and where: its likes (`byte 0`: no words), a file that is none of the
 *   download's posts, reels, stories or comments (`byte 0`), the stream's own errors (byte, line and
 *   column), an item that is no post, story or comment or whose time is none (`[3].creation_timestamp`,
 *   `ig_stories[2].creation_timestamp`, `[1].string_map_data.Time.timestamp`), a caption or a comment that
 *   is no string (`[3].title`); a file none of whose items has words ({@link NO_TEXT}: a folder passes it
 *   over, saying why).
 */
export async function* parseInstagram(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const start = head.replace(/^\uFEFF/, "");
  const kind = instagramFileOf(start);
  if (kind === "likes") throw new ImportError(file, "byte 0", notInstagramWords());
  if (kind === null)
    throw new ImportError(
      file,
      "byte 0",
      'expected an Instagram download\'s posts (content/posts_1.json: [ { "media": [ … ] } ]), reels (reels.json), stories (stories.json: { "ig_stories": [ … ] }) or comments (comments/post_comments_1.json: [ { "string_map_data": { "Comment": … } } ])',
    );
  const member = start.trimStart()[0] === "{" ? MEMBER_ARRAY.exec(start.trimStart())?.[1] : undefined;
  const username = kind === "comments" ? await usernameOf(file) : null;
  const media = member === "comments_reels_comments" ? "reel" : "post";
  const { conversation, none } = KINDS[kind];
  const days = new HeldDays("instagram", "Instagram");
  let read = 0;
  let items = 0;
  for await (const item of streamJsonArray(file, { ...(member ? { arrayAt: member } : {}), onProgress: opts.onProgress })) {
    items++;
    const where = `${member ?? ""}[${item.index}]`;
    const turn =
      kind === "stories"
        ? readStory(file, item.value, where)
        : kind === "comments"
          ? readComment(file, item.value, where, media, username)
          : readPost(file, kind, item.value, where);
    if (!turn) continue;
    read++;
    if (days.add(conversation, turn)) yield* days.given();
  }
  if (read === 0) throw new ImportError(file, member ?? "[0]", `${NO_TEXT}: ${items === 0 ? `${none.replace(/ with .*$/, "")} with none in them` : none}`);
  yield* days.given();
}
