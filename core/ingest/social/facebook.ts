/**
 * Facebook posts and comments as Meta's "Download your information" gives them in JSON (Accounts Centre
 * → Your information and permissions → Download your information: `facebook-<user>-<date>-<id>.zip`,
 * unzipped). The files read here:
 * - the user's posts: `your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json`
 *   (`_2.json` … of a long history; `your_activity_across_facebook/…` in 2023's downloads,
 *   `posts/your_posts_1.json` before), a JSON array, newest first, of `{ timestamp, attachments?: [{ data:
 *   [{ media: { uri, creation_timestamp, title, description } } | { place: { name, coordinate: { latitude,
 *   longitude }, address, url } } | { external_context: { url, name? } } | { event: { name,
 *   start_timestamp } }] }], data: [{ post }, { update_timestamp }], title: "Emma Harding updated her
 *   status." | "… was at Casa Marino." | "… wrote on Sam's timeline.", tags?: [{ name }] }`; the posts in
 *   groups, `groups/your_posts_in_groups.json` (`{ "group_posts_v2": [ the same ] }`);
 * - the user's comments: `comments_and_reactions/comments.json` (`{ "comments_v2": [{ timestamp, data: [{
 *   comment: { timestamp, comment, author, group? } }], attachments?, title: "Emma Harding commented on
 *   Sarah Mitchell's post." }] }`; `"comments"` in older downloads), and in groups,
 *   `groups/your_comments_in_groups.json` (`{ "group_comments_v2": [ … ] }`).
 * Text is written as the bytes of its UTF-8, each a Latin-1 character ("Here\u00e2\u0080\u0099s"),
 * decoded by messenger.ts `metaText` (meta-download.ts, shared with instagram.ts). The download's Messenger threads (`messages/inbox/<name>_<id>/
 * message_1.json`) are messenger.ts's.
 *
 * Read here: a post or a comment is the user's own words, as a journal's are (speaker "User", role
 * "user", as twitter.ts's posts), a calendar day (UTC) of posts one conversation ("Facebook posts, 20
 * November 2026"), of comments another ("Facebook comments, 20 November 2026"). A post's words are its
 * `post`, then what is attached, in words: a check-in "Checked in at Casa Marino (14 Cotham Hill, Bristol,
 * …) with Dan Harding." (its place, else the place its title names, "… was at Casa Marino."; the people
 * tagged), a link "Shared a link: https://…" (where it leads, unless the words hold it), an event, and
 * each photo's or video's description that is not the post's words again (Meta repeats a one-photo post's
 * words there) as importers append an image ("[shared an image: a photo captioned "…"]"). Whose post a
 * comment is on, or whose timeline or group a post is in, is the turn's metadata (`on`, `group`), from its
 * title. Passed over: a post or a comment with no words (a photo alone, a new profile picture, a shared
 * post, a GIF reply), and the likes and reactions (`likes_and_reactions_1.json`, `[{ timestamp, data: [{
 * reaction: { reaction, actor } }], title }]`: what the user reacted to, no words; refused alone, saying
 * so, and passed over in a folder: {@link facebookPassedOver}), with the download's other files.
 *
 * The file is streamed (json-stream.ts; a comments file's array by `arrayAt`): memory holds one item and
 * the days not yet given (past {@link MAX_HELD_POST_CHARS} characters, given in parts under the same ids,
 * as twitter.ts does).
 */
import { existsSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { humanDate, isoDateTime } from "../../time/format.js";
import { readBytes } from "../kit/bytes.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { HeldDays, MAX_HELD_POST_CHARS, metaWords as words, secondsOf, shown } from "../chats/meta-download.js";
import { NO_TEXT } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { listed } from "../kit/record-words.js";

export { MAX_HELD_POST_CHARS };

/**
 * The files of a Facebook download Engram knows by their start: the posts (a JSON array, or a group's
 * `group_posts_v2`), the comments (`comments_v2`, `comments`, `group_comments_v2`), and the likes and
 * reactions (a JSON array whose items' data is a `reaction`; `reactions_v2` of older downloads).
 */
export type FacebookFile = "posts" | "group_posts" | "comments" | "group_comments" | "reactions";

/** A top-level array whose first item opens with its time in seconds, then what a post or a reaction holds. */
const ACTIVITY_ARRAY = /^\[\s*\{\s*"timestamp"\s*:\s*\d{1,12}\s*,\s*"(?:attachments|data|title|tags)"\s*:/;
/** The same array when its first item is a reaction (`"data": [{ "reaction": { … } }]`). */
const REACTION_ARRAY = /^\[\s*\{\s*"timestamp"\s*:\s*\d{1,12}\s*,\s*"data"\s*:\s*\[\s*\{\s*"reaction"\s*:/;
/** A top-level object whose first member is the array of comments, group posts or reactions, empty or opening with an item's time. */
const ACTIVITY_OBJECT = /^\{\s*"(comments_v2|comments|group_comments_v2|group_posts_v2|reactions_v2|reactions)"\s*:\s*\[\s*(?:\]|\{\s*"timestamp"\s*:\s*\d)/;

/** The member each object-shaped file's array is (its name in errors too). */
const ARRAY_AT: Partial<Record<FacebookFile, string[]>> = {
  group_posts: ["group_posts_v2"],
  comments: ["comments_v2", "comments"],
  group_comments: ["group_comments_v2"],
};

/**
 * Which file of a Facebook download `start` (a file's first bytes as text, without a byte order mark)
 * opens ({@link FacebookFile}), or null for anything else (a Messenger thread is messenger.ts's).
 */
export function facebookFileOf(start: string): FacebookFile | null {
  const s = start.trimStart();
  if (s[0] === "[") return REACTION_ARRAY.test(s) ? "reactions" : ACTIVITY_ARRAY.test(s) ? "posts" : null;
  const member = ACTIVITY_OBJECT.exec(s)?.[1];
  if (member === undefined) return null;
  if (member.startsWith("reactions")) return "reactions";
  return member === "group_posts_v2" ? "group_posts" : member === "group_comments_v2" ? "group_comments" : "comments";
}

/** What the likes and reactions hold, in words. */
const REACTIONS = "your likes and reactions on Facebook: what you reacted to, no words of yours";

/** Why a Facebook download's likes and reactions are not imported alone: the detail of an ImportError. */
export function notFacebookWords(): string {
  return `a Facebook download's likes and reactions (${REACTIONS}); your own posts and comments are in your_posts__check_ins__photos_and_videos_1.json and comments.json`;
}

/** The folders, by name, that hold a Facebook download's activity (2024's and 2023's). */
const ACTIVITY_FOLDERS = ["your_facebook_activity", "your_activity_across_facebook"];

/**
 * The folder a Facebook download was unzipped into that holds `file`, or null: the nearest of its
 * folders (up to six up) that holds `your_facebook_activity/` (`your_activity_across_facebook/` of 2023),
 * or, as older downloads are laid out, both `comments_and_reactions/` and `posts/` or `messages/`.
 */
function downloadRoot(file: string): string | null {
  let dir = dirname(file);
  for (let up = 0; up < 6; up++) {
    if (ACTIVITY_FOLDERS.includes(basename(dir))) return dirname(dir);
    if (ACTIVITY_FOLDERS.some((name) => existsSync(join(dir, name)))) return dir;
    if (existsSync(join(dir, "comments_and_reactions")) && (existsSync(join(dir, "posts")) || existsSync(join(dir, "messages")))) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

/** Why a file of a Facebook download that is none of its posts, comments or messages is passed over, by where it is in the download. */
const NOT_READ: Array<[RegExp, string]> = [
  [/(?:^|\/)likes_and_reactions[^/]*\.json$|^comments_and_reactions\/posts_and_comments\.json$/, REACTIONS],
  [/^posts\/album\//, "a list of the photos in one of your Facebook albums: the photos you posted are read with their posts, captions kept"],
  [
    /^posts\/(?:your_uncategori[sz]ed_photos|your_videos|your_photos)[^/]*\.json$/,
    "a list of your Facebook photos or videos: those you posted are read with their posts, captions kept",
  ],
  [/^posts\//, "Facebook's record of what you did with your posts, not their words"],
  [/^messages\//, "Messenger's data on your account, no message: each chat's message_1.json is read"],
  [/^comments_and_reactions\//, "Facebook's record of your comments and reactions, not their words"],
  [/^(?:personal_information|profile_information)\//, "your Facebook profile's details, no post of yours"],
  [/^(?:connections|friends_and_followers|friends)\//, "your Facebook friends and followers: names, no words of yours"],
  [
    /^(?:logged_information|security_and_login_information|ads_information|apps_and_websites_off_of_facebook|preferences|activity_messages)\//,
    "Facebook's record of your account, no words of yours",
  ],
];

/**
 * Why `path`, a file found in a folder, is passed over when it is a Facebook download's and none of
 * the files read (its posts, comments and Messenger threads): the likes and reactions, by their start
 * wherever they are ("your likes and reactions on Facebook: what you reacted to, no words of yours"),
 * and any other `.json` of a download ({@link downloadRoot}), said by where it is: an album's list of
 * photos, Messenger's data on the account, the profile's details, the friends, the account's records;
 * null for any other file, the files read, and when it cannot be read.
 */
export async function facebookPassedOver(path: string): Promise<string | null> {
  if (!/\.json$/i.test(path)) return null;
  const start = await readBytes(path, 0, 4096).catch(() => null);
  const kind = start ? facebookFileOf(new TextDecoder("utf-8").decode(start, { stream: true }).replace(/^\uFEFF/, "")) : null;
  if (kind === "reactions") return REACTIONS;
  if (kind !== null || /^message_\d+\.json$/i.test(basename(path))) return null;
  const root = downloadRoot(path);
  if (root === null) return null;
  const where = relative(root, path)
    .split(/[\\/]/)
    .filter((part, i) => i > 0 || !ACTIVITY_FOLDERS.includes(part))
    .join("/")
    .toLowerCase();
  return NOT_READ.find(([place]) => place.test(where))?.[1] ?? "a file of your Facebook download that holds none of your posts, comments or messages";
}

/** `s` folded for telling whether one text holds another (case, white space and quotes' kind ignored). */
function folded(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}

/** A link that is a GIF (Tenor's, Giphy's, a .gif): a reaction, no link shared. */
const GIF = /^https?:\/\/(?:[\w-]+\.)*(?:tenor\.com|giphy\.com)\/|\.gif(?:[?#]|$)/i;

/** Album names Facebook gives a photo by where it was uploaded, which say nothing of it. */
const PLAIN_ALBUM = /^(?:mobile uploads|timeline photos|profile pictures|cover photos|instagram photos|untitled album|photos from posts)$/i;

/** One entry of an attachment's `data` (the fields read here). */
interface AttachmentEntry {
  media?: { uri?: unknown; title?: unknown; description?: unknown };
  place?: { name?: unknown; address?: unknown; coordinate?: { latitude?: unknown; longitude?: unknown } };
  external_context?: { url?: unknown; name?: unknown };
  event?: { name?: unknown; start_timestamp?: unknown };
}

/** What a post's or a comment's attachments add: its words' parts, and what its metadata keeps. */
interface Attached {
  place: { name: string; address?: string; latitude?: number; longitude?: number } | null;
  links: Array<{ url: string; name?: string }>;
  captions: string[];
  events: string[];
  media: string[];
}

/**
 * The attachments of the item at `where` (`[3]`, `comments_v2[3]`) read: places, links, events, and each
 * photo's or video's description as a caption unless `text` holds it.
 * @throws ImportError naming the file and `<where>.attachments`: attachments that are no list.
 */
function attachedTo(file: string, where: string, attachments: unknown, text: string): Attached {
  const out: Attached = { place: null, links: [], captions: [], events: [], media: [] };
  if (attachments === undefined || attachments === null) return out;
  if (!Array.isArray(attachments)) throw new ImportError(file, `${where}.attachments`, `expected a list of attachments, got ${shown(attachments)}`);
  const spoken = folded(text);
  const captioned = new Set<string>();
  for (const a of attachments) {
    const entries = a && typeof a === "object" && Array.isArray((a as { data?: unknown }).data) ? ((a as { data: unknown[] }).data as AttachmentEntry[]) : [];
    for (const e of entries) {
      if (!e || typeof e !== "object") continue;
      const media = e.media;
      if (media && typeof media === "object") {
        const uri = typeof media.uri === "string" ? media.uri : "";
        if (uri) out.media.push(uri);
        const description = typeof media.description === "string" ? words(media.description).replace(/\s+/g, " ") : "";
        const album = typeof media.title === "string" ? words(media.title) : "";
        const kind = /\.(?:mp4|mov|webm|avi|m4v)$/i.test(uri) ? "a video" : "a photo";
        if (description && !spoken.includes(folded(description)) && !captioned.has(folded(description))) {
          captioned.add(folded(description));
          const inAlbum = album && !PLAIN_ALBUM.test(album) ? ` in the album "${album.replace(/["[\]]/g, "")}"` : "";
          out.captions.push(`[shared an image: ${kind}${inAlbum} captioned "${description.replace(/["[\]]/g, "")}"]`);
        }
      }
      const place = e.place;
      if (place && typeof place === "object" && typeof place.name === "string" && words(place.name) && !out.place) {
        const address = typeof place.address === "string" ? words(place.address).replace(/\s+/g, " ") : "";
        const lat = place.coordinate?.latitude;
        const lon = place.coordinate?.longitude;
        out.place = {
          name: words(place.name).replace(/\s+/g, " "),
          ...(address ? { address } : {}),
          ...(typeof lat === "number" && typeof lon === "number" ? { latitude: lat, longitude: lon } : {}),
        };
      }
      const link = e.external_context;
      if (link && typeof link === "object" && typeof link.url === "string" && /^https?:\/\//i.test(link.url.trim()) && !GIF.test(link.url.trim())) {
        const url = link.url.trim();
        const name = typeof link.name === "string" ? words(link.name).replace(/\s+/g, " ") : "";
        if (!out.links.some((l) => l.url === url)) out.links.push({ url, ...(name ? { name } : {}) });
      }
      const event = e.event;
      if (event && typeof event === "object" && typeof event.name === "string" && words(event.name)) {
        const start = typeof event.start_timestamp === "number" && event.start_timestamp > 0 ? event.start_timestamp * 1000 : null;
        out.events.push(
          `${words(event.name).replace(/\s+/g, " ")}${start === null ? "" : `, on ${humanDate(start)} at ${isoDateTime(start).slice(11, 16)} UTC`}`,
        );
      }
    }
  }
  return out;
}

/** A post's title that names a place it was at: "Emma Harding was at Casa Marino." (also "is at", "is feeling proud at", "was with Dan Harding at"). */
const AT_PLACE = /^.+? (?:was|is)\b.*? at (.+?)\.$/;
/** A title naming where a post or a comment went: "… wrote on Sarah Mitchell's timeline.", "… commented on Sarah Mitchell's post.", "… posted in Bishopston Mums.". */
const ON_WHAT = /^.+? (wrote on|commented on|replied to|posted in|posted to) (.+?)\.$/;

/**
 * Where a post or a comment went, by its title ({@link ON_WHAT}): what it is on ("Sarah Mitchell's post",
 * "Bishopston Mums": a group's, `group`), and its words' lead-in, "Commented on Sarah Mitchell's post", so
 * that the words are told as said there; none for the user's own post or comment ("… commented on her own
 * post."), nor for a title that says neither.
 */
function onWhat(title: string): { on: string; group: boolean; lead: string | null } | null {
  const m = ON_WHAT.exec(title);
  if (!m) return null;
  const [, verb, on] = m as unknown as [string, string, string];
  const own = /^(?:his|her|their|my|your) own\b/i.test(on);
  return { on, group: /^posted (?:in|to)$/.test(verb), lead: own ? null : `${verb[0]!.toUpperCase()}${verb.slice(1)} ${on}` };
}

/**
 * The words a post or a comment says, with what is attached in words ({@link attachedTo}): its text, a
 * check-in ("Checked in at Casa Marino (14 Cotham Hill, …) with Dan Harding."), the people tagged when no
 * place is ("With Dan Harding."), links not in the text ("Shared a link: …"), events, captions.
 */
function said(text: string, attached: Attached, tags: string[], titlePlace: string | null): string {
  const parts: string[] = text ? [text] : [];
  const place = attached.place?.name ?? titlePlace;
  const address = attached.place?.address && !folded(attached.place.address).startsWith(folded(place ?? "")) ? ` (${attached.place.address})` : "";
  const people = tags.filter((t) => !folded(text).includes(folded(t)));
  if (place) parts.push(`Checked in at ${place}${address}${people.length ? ` with ${listed(people)}` : ""}.`);
  else if (people.length) parts.push(`With ${listed(people)}.`);
  const links = attached.links.filter((l) => !text.includes(l.url));
  if (links.length) parts.push(links.map((l) => `Shared a link: ${l.name ? `${l.name} (${l.url})` : l.url}`).join("\n"));
  for (const event of attached.events) parts.push(`Shared an event: ${event}.`);
  const body = parts.join("\n\n");
  return [body, attached.captions.join(" ")].filter(Boolean).join(body && attached.captions.length ? "\n\n" : "");
}

/** The names an item tags (`tags: [{ name }]`, or a list of names). */
function tagsOf(tags: unknown): string[] {
  if (!Array.isArray(tags)) return [];
  return tags.flatMap((t) => {
    const name =
      typeof t === "string" ? t : t && typeof t === "object" && typeof (t as { name?: unknown }).name === "string" ? (t as { name: string }).name : "";
    const w = name ? words(name).replace(/\s+/g, " ") : "";
    return w ? [w] : [];
  });
}

/**
 * Item `value` of a posts file, at `where` (`[3]`, `group_posts_v2[3]`), as the user's turn, or null
 * for a post with no words and nothing said of it (a photo alone, a shared post, a new profile picture).
 * @throws ImportError naming the file and the item: an item that is no object, a `timestamp` that is no
 *   time in seconds, `data` or `attachments` that are no list, a `post` that is no text.
 */
function readPost(file: string, value: unknown, where: string): ParsedTurn | null {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, where, `expected a post ({ "timestamp": …, "data": [ { "post": … } ] }), got ${shown(value)}`);
  const item = value as { timestamp?: unknown; data?: unknown; attachments?: unknown; title?: unknown; tags?: unknown };
  const at = secondsOf(item.timestamp);
  if (Number.isNaN(at)) throw new ImportError(file, `${where}.timestamp`, `expected the post's time in seconds since 1970, got ${shown(item.timestamp)}`);
  if (item.data !== undefined && !Array.isArray(item.data))
    throw new ImportError(file, `${where}.data`, `expected a list ([ { "post": … } ]), got ${shown(item.data)}`);
  const texts: string[] = [];
  for (const [j, d] of ((item.data as unknown[] | undefined) ?? []).entries()) {
    const post = d && typeof d === "object" ? (d as { post?: unknown }).post : undefined;
    if (post === undefined || post === null) continue;
    if (typeof post !== "string") throw new ImportError(file, `${where}.data[${j}].post`, `expected the post's text, got ${shown(post)}`);
    const w = words(post);
    if (w) texts.push(w);
  }
  const title = typeof item.title === "string" ? words(item.title).replace(/\s+/g, " ") : "";
  const went = onWhat(title);
  const text = texts.join("\n\n");
  const attached = attachedTo(file, where, item.attachments, text);
  const tags = tagsOf(item.tags);
  const titlePlace = attached.place ? null : (AT_PLACE.exec(title)?.[1] ?? null);
  const all = said(text && went?.lead ? `${went.lead}: ${text}` : text, attached, tags, titlePlace);
  if (!all) return null;
  const metadata: Record<string, unknown> = {};
  if (title) metadata.title = title;
  if (went) metadata[went.group ? "group" : "on"] = went.on;
  if (attached.place) metadata.place = attached.place;
  else if (titlePlace) metadata.place = { name: titlePlace };
  if (tags.length) metadata.tags = tags;
  if (attached.links.length) metadata.links = attached.links.map((l) => l.url);
  if (attached.media.length) metadata.media = attached.media;
  return { externalId: null, speaker: "User", role: "user", occurredAt: at, text: all, metadata };
}

/**
 * Item `value` of a comments file, at `where` (`comments_v2[3]`), as the user's turn, or null for a
 * comment with no words (a GIF, a sticker, a photo alone).
 * @throws ImportError naming the file and the item: an item that is no object, a `timestamp` (the item's,
 *   else its comment's) that is no time in seconds, `data` that is no list, a `comment` that is no text.
 */
function readComment(file: string, value: unknown, where: string): ParsedTurn | null {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, where, `expected a comment ({ "timestamp": …, "data": [ { "comment": { … } } ] }), got ${shown(value)}`);
  const item = value as { timestamp?: unknown; data?: unknown; attachments?: unknown; title?: unknown };
  if (item.data !== undefined && !Array.isArray(item.data))
    throw new ImportError(file, `${where}.data`, `expected a list ([ { "comment": { … } } ]), got ${shown(item.data)}`);
  const texts: string[] = [];
  let group = "";
  let stamp: unknown = item.timestamp;
  for (const [j, d] of ((item.data as unknown[] | undefined) ?? []).entries()) {
    const c = d && typeof d === "object" ? (d as { comment?: unknown }).comment : undefined;
    if (!c || typeof c !== "object") continue;
    const { comment, timestamp, group: g } = c as { comment?: unknown; timestamp?: unknown; group?: unknown };
    if (stamp === undefined) stamp = timestamp;
    if (comment !== undefined && comment !== null && typeof comment !== "string")
      throw new ImportError(file, `${where}.data[${j}].comment.comment`, `expected the comment's text, got ${shown(comment)}`);
    const w = typeof comment === "string" ? words(comment) : "";
    if (w) texts.push(w);
    if (typeof g === "string" && words(g)) group = words(g).replace(/\s+/g, " ");
  }
  const at = secondsOf(stamp);
  if (Number.isNaN(at)) throw new ImportError(file, `${where}.timestamp`, `expected the comment's time in seconds since 1970, got ${shown(stamp)}`);
  const text = texts.join("\n\n");
  const attached = attachedTo(file, where, item.attachments, text);
  const title = typeof item.title === "string" ? words(item.title).replace(/\s+/g, " ") : "";
  const went = onWhat(title);
  // (a comment is no check-in: only its words, told as said where it went, and the links and photos it shares)
  const all = text ? said(went?.lead ? `${went.lead}: ${text}` : text, { ...attached, place: null, events: [] }, [], null) : "";
  if (!all) return null;
  const metadata: Record<string, unknown> = {};
  if (title) metadata.title = title;
  if (went) metadata.on = went.on;
  if (group) metadata.group = group;
  if (attached.links.length) metadata.links = attached.links.map((l) => l.url);
  return { externalId: null, speaker: "User", role: "user", occurredAt: at, text: all, metadata };
}

/**
 * Reads `file`, a file of a Facebook download, as its conversations (format `facebook`): a calendar day
 * (UTC) of the user's posts each (externalId `facebook:posts:<YYYY-MM-DD>`, so another part of the posts,
 * the posts in groups or a later download adds to the same day; title "Facebook posts, 20 November
 * 2026"), or of comments (`facebook:comments:<YYYY-MM-DD>`, "Facebook comments, 20 November 2026"), days
 * in time order; each post or comment with words a turn said by the user (speaker "User", role "user";
 * externalId its time, "2026-11-20T16:40:12Z", "#2" for a second in the same second; metadata `{ title,
 * on?, group?, place?, tags?, links?, media? }`). The days are held until the file's end (Meta writes
 * the newest first), past {@link MAX_HELD_POST_CHARS} given in parts.
 * @throws ImportError naming the file and where: its likes and reactions (`byte 0`: no words), a file
 *   that is none of the download's posts or comments (`byte 0`), the stream's own errors (byte, line and
 *   column), an item that is no post or comment or whose time is none (`[3].timestamp`,
 *   `comments_v2[3].timestamp`), a text that is no string (`[3].data[0].post`); a file none of whose
 *   items has words ({@link NO_TEXT}: a folder passes it over, saying why).
 */
export async function* parseFacebook(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = facebookFileOf(head.replace(/^\uFEFF/, ""));
  if (kind === "reactions") throw new ImportError(file, "byte 0", notFacebookWords());
  if (kind === null)
    throw new ImportError(
      file,
      "byte 0",
      'expected a Facebook download\'s posts (your_posts__check_ins__photos_and_videos_1.json: [ { "timestamp": …, "data": [ … ] } ]) or comments (comments.json: { "comments_v2": [ … ] })',
    );
  const member = ARRAY_AT[kind]?.find((name) => new RegExp(`^\\s*\\{\\s*"${name}"`).test(head.replace(/^\uFEFF/, "")));
  const comments = kind === "comments" || kind === "group_comments";
  const days = new HeldDays("facebook", "Facebook");
  let read = 0;
  let items = 0;
  for await (const item of streamJsonArray(file, { ...(member ? { arrayAt: member } : {}), onProgress: opts.onProgress })) {
    items++;
    const where = `${member ?? ""}[${item.index}]`;
    const turn = comments ? readComment(file, item.value, where) : readPost(file, item.value, where);
    if (!turn) continue;
    read++;
    if (days.add(comments ? "comments" : "posts", turn)) yield* days.given();
  }
  if (read === 0)
    throw new ImportError(
      file,
      member ?? "[0]",
      `${NO_TEXT}: ${items === 0 ? `Facebook ${comments ? "comments" : "posts"} with none in them` : `Facebook ${comments ? "comments" : "posts"} with no words of yours (photos, shares and GIFs with nothing written)`}`,
    );
  yield* days.given();
}
