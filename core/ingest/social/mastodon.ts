/**
 * A Mastodon account's archive (Preferences → Import and export → Data export → "Request your
 * archive": `archive-20261201083015-<hex>.zip`, a `.tar.gz` before Mastodon 4.2), unzipped. Mastodon's
 * BackupService (app/services/backup_service.rb) writes into it:
 * - `outbox.json`: `{ "@context": […], "id": "outbox.json", "type": "OrderedCollection", "totalItems": N,
 *   "orderedItems": [ … ] }`, one line of JSON, the account's statuses oldest first (by id), each one the
 *   ActivityPub activity the server sends of it without its `@context`: a `Create` of the post (`object`:
 *   a `Note`, or a `Question` for a poll, with `id`, `published` "2026-10-04T09:12:33Z", `content` HTML,
 *   `summary` its content warning, `inReplyTo`, `to`/`cc`, `attachment` [{ mediaType, url, name: its alt
 *   text }], `tag` [Mention, Hashtag, Emoji], a poll's `oneOf`/`anyOf` options), or an `Announce`, a boost,
 *   whose `object` is only the boosted post's URL. Mastodon 4.2 wrote `"orderedItems":[],"orderedItems":[…]`
 *   (json-stream.ts streams a member given twice both times). Archives before 4.0 keep each item's
 *   `@context` and `signature`.
 * - `actor.json`: the account (`type` "Person", `preferredUsername`, `name`, `summary` its bio in HTML,
 *   `attachment` its profile fields), its `outbox` rewritten to "outbox.json".
 * - `likes.json`, `bookmarks.json`: OrderedCollections of the URLs of posts favourited or bookmarked,
 *   nothing else; `avatar.png`, `header.jpg` and `media_attachments/files/…` (the posts' photos).
 *
 * Read here: the outbox's posts, the account's own words as a journal's are, each said by the user
 * (speaker "User", role "user", as twitter.ts's posts), a calendar day (UTC) of them one conversation
 * ("Posts, 4 October 2026"), a post that replies to one of the account's own (a thread of self-replies)
 * in the conversation of its thread's first post, so a thread continued the next day stays together.
 * A post's HTML is read as words ({@link mastodonWords}): paragraphs and line breaks kept, entities
 * undone, a hashtag its word ("#allotment" → "allotment"), a mention its handle ("@sam_birds" →
 * "sam_birds"; a reply's or a direct message's leading mentions, whom it is to, dropped: metadata
 * `reply_to`, `to`), a link the URL it leads to (Mastodon shows it cut); its content warning said
 * first, a poll's options after it ("Poll: A, B or C."), each image's alt text as importers append an
 * image ("[shared an image: …]"). Boosts are someone else's words, passed over; so are likes.json and
 * bookmarks.json (links only: refused alone, saying so, and passed over in a folder) and the media.
 * The profile (actor.json) is one conversation of its own: the bio and fields the user wrote (titled with their name), of
 * the time the archive was made (the file's modification time).
 *
 * The outbox is streamed (json-stream.ts `arrayAt`): memory holds one item, the posts of the days not
 * yet given (past {@link MAX_HELD_POST_CHARS} characters, given in parts under the same ids, as
 * twitter.ts does) and the day of each own post's thread, by its id.
 */
import { stat } from "node:fs/promises";
import { Parser } from "htmlparser2";
import { humanDate, isoDate } from "../../time/format.js";
import { isoToMs } from "../../time/import-dates.js";
import { readBytes, readJsonFile } from "../kit/bytes.js";
import { linkWords } from "../kit/html-lines.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/** The files of a Mastodon archive Engram knows by their start: its posts, its account, and its two lists of links. */
export type MastodonFile = "outbox" | "actor" | "likes" | "bookmarks";

/** The ActivityPub types of an account (actor.json's `type`: a person's, a bot's, a group's). */
const ACTOR_TYPE = /"type"\s*:\s*"(?:Person|Service|Application|Group|Organization)"/;

/**
 * Which file of a Mastodon archive `start` (a file's first bytes as text) opens: `outbox`, `likes` or
 * `bookmarks` for an OrderedCollection whose `id` is "outbox.json", "likes.json" or "bookmarks.json"
 * (before its `orderedItems`), `actor` for an account whose `outbox` is "outbox.json" (as the archive
 * rewrites it); null for anything else.
 */
export function mastodonFileOf(start: string): MastodonFile | null {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  if (s[0] !== "{") return null;
  const items = s.search(/"orderedItems"\s*:/);
  const top = items === -1 ? s : s.slice(0, items);
  const collection = /"id"\s*:\s*"(outbox|likes|bookmarks)\.json"/.exec(top);
  if (collection && /"type"\s*:\s*"OrderedCollection"/.test(top)) return collection[1] as MastodonFile;
  if (/"outbox"\s*:\s*"outbox\.json"/.test(s) && ACTOR_TYPE.test(s)) return "actor";
  return null;
}

/** What likes.json and bookmarks.json hold, in words. */
const LINKS_ONLY: Record<"likes" | "bookmarks", string> = {
  likes: "the posts you favourited on Mastodon, as links only: no words to remember",
  bookmarks: "the posts you bookmarked on Mastodon, as links only: no words to remember",
};

/** Why a Mastodon archive's likes.json or bookmarks.json is not imported alone: the detail of an ImportError. */
export function notMastodonWords(kind: "likes" | "bookmarks"): string {
  return `a Mastodon archive's ${kind}.json: ${LINKS_ONLY[kind]}; your own posts are in its outbox.json`;
}

/**
 * Why `path`, a file found in a folder, is passed over when it is a Mastodon archive's likes.json or
 * bookmarks.json (by its name and its start: "the posts you favourited on Mastodon, as links only (no
 * words to remember)"); null for any other file, and when it cannot be read.
 */
export async function mastodonPassedOver(path: string): Promise<string | null> {
  const name = /(?:^|[\\/])(likes|bookmarks)\.json$/i.exec(path)?.[1]?.toLowerCase() as "likes" | "bookmarks" | undefined;
  if (!name) return null;
  const start = await readBytes(path, 0, 4096).catch(() => null);
  const kind = start ? mastodonFileOf(new TextDecoder("utf-8").decode(start, { stream: true })) : null;
  return kind === "likes" || kind === "bookmarks" ? LINKS_ONLY[kind] : null;
}

/** The ActivityPub address of everyone: a post to it is public (in `to`) or unlisted (in `cc`). */
const PUBLIC = /^(?:https:\/\/www\.w3\.org\/ns\/activitystreams#Public|as:Public|Public)$/;

/** An account's handle from its ActivityPub id: "https://mastodonapp.uk/users/rosiegrows" → "rosiegrows@mastodonapp.uk" (else the id). */
export function mastodonHandle(actor: string): string {
  const m = /^https?:\/\/([^/]+)\/(?:users\/|@)([^/?#]+)\/?$/.exec(actor);
  return m ? `${m[2]}@${m[1]}` : actor;
}

/** The handle of whom a post's URL is by ("https://birds.town/users/sam_birds/statuses/1154…" → "sam_birds@birds.town"), or null. */
function authorOf(url: string): string | null {
  const m = /^https?:\/\/([^/]+)\/(?:users\/([^/]+)\/statuses\/|@([^/]+)\/)/.exec(url);
  return m ? `${m[2] ?? m[3]}@${m[1]}` : null;
}

/** Options of {@link mastodonWords}. */
export interface WordsOptions {
  /** Drop the mentions a post opens with (a reply's or a direct message's: whom it is to). */
  leadingMentions?: boolean;
}

/** Tags that set their text apart as a paragraph. */
const BLOCK = new Set(["p", "blockquote", "pre", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * The words of a post's HTML as Mastodon writes it: each paragraph (`<p>`, a block quote, a list) its
 * own, a line break (`<br />`) a new line, entities undone ("&#39;" → "'"), a hashtag's link its word
 * ("#<span>allotment</span>" → "allotment"), a mention's its handle ("@<span>sam_birds</span>" →
 * "sam_birds"), any other link the URL it leads to (Mastodon shows "rhs.org.uk/vegetables/broad-be…"),
 * or what it shows and the URL when that is other words; a custom emoji's image its `:code:`; a quoted
 * post's fallback paragraph ("RE: <link>", class `quote-inline`) left out. With `leadingMentions`, the
 * mentions a post opens with are dropped. "" when nothing is left.
 */
export function mastodonWords(html: string, opts: WordsOptions = {}): string {
  const paragraphs: string[] = [];
  let text = "";
  let quote = 0;
  let dropping = opts.leadingMentions === true;
  let dropped = false;
  let link: { kind: "hashtag" | "mention" | "link"; href: string; text: string } | null = null;
  const endParagraph = (): void => {
    const said = text
      .split("\n")
      .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
      .filter(Boolean)
      .join("\n");
    if (said) paragraphs.push(said);
    text = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (quote > 0) {
          if (name === "p") quote++;
          return;
        }
        if (name === "p" && /\bquote-inline\b/.test(attrs.class ?? "")) {
          endParagraph();
          quote = 1;
          return;
        }
        if (BLOCK.has(name)) endParagraph();
        else if (name === "br") text += "\n";
        else if (name === "li") text += "\n- ";
        else if (name === "img" && attrs.alt) text += attrs.alt;
        else if (name === "a") {
          const cls = attrs.class ?? "";
          link = { kind: /\bhashtag\b/.test(cls) ? "hashtag" : /\bmention\b/.test(cls) ? "mention" : "link", href: attrs.href ?? "", text: "" };
        }
      },
      ontext(data) {
        if (quote > 0) return;
        if (link) link.text += data;
        else {
          text += data;
          if (dropping && /[^\s,:;]/.test(data)) dropping = false;
        }
      },
      onclosetag(name) {
        if (quote > 0) {
          if (name === "p") quote--;
          return;
        }
        if (name === "a" && link) {
          const { kind, href, text: shown } = link;
          link = null;
          const word = shown.trim();
          if (kind === "mention") {
            // (a reply's "@sam_birds" before its words is whom it answers, not what it says)
            if (dropping) {
              dropped = true;
              return;
            }
            text += word.replace(/^@/, "").replace(/@[^@\s]+$/, "");
          } else if (kind === "hashtag" || (word.startsWith("#") && /\/tags\//.test(href))) text += word.replace(/^#/, "");
          else text += linkWords(href, shown);
          dropping = false;
        } else if (BLOCK.has(name)) endParagraph();
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  endParagraph();
  const words = paragraphs.join("\n\n");
  // (what is left after the mentions a reply opens with: "yes!", not ", yes!")
  return (dropped ? words.replace(/^[\s,:;]+/, "") : words).trim();
}

/** An ActivityPub object's fields read here (a Note, a Question). */
interface PostObject {
  id?: unknown;
  type?: unknown;
  url?: unknown;
  published?: unknown;
  summary?: unknown;
  content?: unknown;
  inReplyTo?: unknown;
  to?: unknown;
  cc?: unknown;
  attachment?: unknown;
  tag?: unknown;
  oneOf?: unknown;
  anyOf?: unknown;
  attributedTo?: unknown;
}

/** A post read from the outbox: its turn, its id, and the own post it replies to (a thread's), if any. */
interface ReadPost {
  turn: ParsedTurn;
  id: string;
  account: string;
  parent: string | null;
}

/** The strings of an ActivityPub field that may be one string, an array of them, or an object with an `id`/`href`. */
function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.flatMap((v) => {
    if (typeof v === "string") return [v];
    const id = v && typeof v === "object" ? ((v as { id?: unknown; href?: unknown }).id ?? (v as { href?: unknown }).href) : null;
    return typeof id === "string" ? [id] : [];
  });
}

/** Who a post is for: "public", "unlisted" (public, left off the timelines), "private" (followers only) or "direct" (the people it mentions). */
function visibilityOf(to: string[], cc: string[]): "public" | "unlisted" | "private" | "direct" {
  if (to.some((a) => PUBLIC.test(a))) return "public";
  if (cc.some((a) => PUBLIC.test(a))) return "unlisted";
  return [...to, ...cc].some((a) => /\/followers$/.test(a)) ? "private" : "direct";
}

/** A value shown in an error: its JSON, cut. */
function shown(value: unknown): string {
  const json = JSON.stringify(value ?? null) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** Alt text that already says what kind of picture it is ("Photo of …", "A screenshot of …"). */
const SAYS_KIND = /^(?:(?:a|an|the|my)\s+)?(?:photo|photograph|picture|image|screenshot|drawing|painting|selfie|video|clip|gif|recording|map|chart|sketch)\b/i;

/**
 * A photo's, video's or recording's alt text as importers append an image's caption ("[shared an image:
 * a photo of a great white egret …]": "a photo of", "a video of" or "a recording of", by its `mediaType`
 * ("image/jpeg", "video/mp4"), before alt text that does not say what it shows, its opening article
 * lower-cased); "" when it has no words. Mastodon's attachments and Bluesky's embedded images and videos
 * (bluesky.ts) are told so.
 */
export function sharedMediaWords(altText: string, mediaType: string): string {
  const alt = altText.replace(/\s+/g, " ").replace(/[[\]]/g, "").trim();
  if (!alt) return "";
  const lowered = alt.replace(/^(?:A|An|The|Two|Three|Some)\b/, (w) => w.toLowerCase());
  const what = mediaType.startsWith("video/") ? "a video" : mediaType.startsWith("audio/") ? "a recording" : "a photo";
  return `[shared an image: ${SAYS_KIND.test(lowered) ? lowered : `${what} of ${lowered}`}]`;
}

/** The words a post's photos, videos and recordings add: each one's alt text ({@link sharedMediaWords}). */
function mediaWords(file: string, where: string, attachment: unknown): string[] {
  if (attachment === undefined || attachment === null) return [];
  if (!Array.isArray(attachment)) throw new ImportError(file, `${where}.object.attachment`, `expected a list of attached media, got ${shown(attachment)}`);
  return attachment.flatMap((a: { name?: unknown; mediaType?: unknown }) => {
    const words = sharedMediaWords(typeof a?.name === "string" ? a.name : "", typeof a?.mediaType === "string" ? a.mediaType : "");
    return words ? [words] : [];
  });
}

/** A poll's options in words: "Poll: Exposure Strada, Lezyne Macro Drive 1300 or Cateye Volt 800." (null when it has none). */
function pollWords(object: PostObject): string | null {
  const options = [object.oneOf, object.anyOf]
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .map((o: { name?: unknown }) => (typeof o?.name === "string" ? o.name.trim() : ""))
    .filter(Boolean);
  if (options.length === 0) return null;
  const listed = options.length === 1 ? options[0]! : `${options.slice(0, -1).join(", ")} or ${options.at(-1)}`;
  return `Poll${object.anyOf ? " (any of)" : ""}: ${listed}.`;
}

/**
 * Item `value` (the `index`-th) of the outbox as a post, or null for what is no post of the account's
 * words: a boost (`Announce`), an activity of another type, a post with no words left.
 * @throws ImportError naming the file and the item (`orderedItems[3]`, `orderedItems[3].object.published`):
 *   an item that is no object, a Create whose object is none, a post with no id, no time, or HTML that is no string.
 */
function readPost(file: string, value: unknown, index: number): ReadPost | null {
  const where = `orderedItems[${index}]`;
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, where, `expected an activity ({ "type": "Create", "object": { … } }), got ${shown(value)}`);
  const activity = value as { type?: unknown; actor?: unknown; object?: unknown; published?: unknown };
  // (a boost is someone else's post, its object only a URL; Mastodon's outbox holds nothing but Create and Announce)
  if (activity.type !== "Create") return null;
  const object = activity.object as PostObject;
  if (!object || typeof object !== "object" || Array.isArray(object))
    throw new ImportError(file, `${where}.object`, `expected the post (a Note), got ${shown(activity.object)}`);
  const id = typeof object.id === "string" && object.id ? object.id : null;
  if (!id) throw new ImportError(file, `${where}.object.id`, `expected the post's URL, got ${shown(object.id)}`);
  const published = typeof object.published === "string" ? object.published : activity.published;
  const at = typeof published === "string" ? isoToMs(published) : Number.NaN;
  if (Number.isNaN(at)) throw new ImportError(file, `${where}.object.published`, `expected a time as "2026-10-04T09:12:33Z", got ${shown(published)}`);
  if (object.content !== undefined && object.content !== null && typeof object.content !== "string")
    throw new ImportError(file, `${where}.object.content`, `expected the post's HTML, got ${shown(object.content)}`);
  const account = strings(activity.actor)[0] ?? strings(object.attributedTo)[0] ?? "";
  const inReplyTo = strings(object.inReplyTo)[0] ?? null;
  const visibility = visibilityOf(strings(object.to), strings(object.cc));
  const mentions = Array.isArray(object.tag)
    ? object.tag.flatMap((t: { type?: unknown; href?: unknown; name?: unknown }) =>
        t?.type === "Mention" && typeof t.name === "string" ? [{ href: typeof t.href === "string" ? t.href : "", name: t.name.replace(/^@/, "") }] : [],
      )
    : [];
  const hashtags = Array.isArray(object.tag)
    ? object.tag.flatMap((t: { type?: unknown; name?: unknown }) => (t?.type === "Hashtag" && typeof t.name === "string" ? [t.name.replace(/^#/, "")] : []))
    : [];
  const words = mastodonWords(typeof object.content === "string" ? object.content : "", { leadingMentions: inReplyTo !== null || visibility === "direct" });
  const warning = typeof object.summary === "string" ? object.summary.replace(/\s+/g, " ").trim() : "";
  const poll = pollWords(object);
  const media = mediaWords(file, where, object.attachment);
  const body = [words, poll].filter(Boolean).join("\n\n");
  const text = [warning, [body, ...media].filter(Boolean).join(" ")].filter(Boolean).join("\n\n");
  if (!text || (!body && !media.length)) return null;
  const parentAuthor = inReplyTo ? authorOf(inReplyTo) : null;
  const own = inReplyTo !== null && account !== "" && inReplyTo.startsWith(`${account}/`);
  const metadata: Record<string, unknown> = { url: typeof object.url === "string" ? object.url : id };
  if (inReplyTo && !own)
    metadata.reply_to = mentions.find((m) => parentAuthor !== null && mastodonHandle(m.href) === parentAuthor)?.name ?? parentAuthor ?? inReplyTo;
  if (visibility !== "public") metadata.visibility = visibility;
  if (visibility === "direct" && mentions.length) metadata.to = mentions.map((m) => m.name);
  if (warning) metadata.content_warning = warning;
  if (hashtags.length) metadata.tags = hashtags;
  return { turn: { externalId: id, speaker: "User", role: "user", occurredAt: at, text, metadata }, id, account, parent: inReplyTo };
}

/** Most characters of posts held before the days read so far are given (the days come again, in parts, with the same ids). */
export const MAX_HELD_POST_CHARS = 8 * 1024 * 1024;

/** A day's posts as one conversation: `mastodon:rosiegrows@mastodonapp.uk:posts:2026-10-04`, "Posts, 4 October 2026", in time order. */
function dayOf(key: string, turns: ParsedTurn[]): ParsedConversation {
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  const day = key.slice(key.lastIndexOf(":") + 1);
  return {
    format: "mastodon",
    externalId: key,
    title: `Posts, ${humanDate(Date.parse(`${day}T12:00:00Z`))}`,
    participants: ["User"],
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}

/**
 * Reads `file`, a Mastodon archive's outbox.json, as one conversation per calendar day (UTC) of the
 * account's posts (format `mastodon`, externalId `mastodon:<handle>:posts:<YYYY-MM-DD>`, so a later
 * archive adds to the same day; title "Posts, 4 October 2026"), each post with words a turn said by the
 * user (speaker "User", role "user"; externalId the post's URL; metadata `{ url, reply_to?, visibility?,
 * to?, content_warning?, tags? }`), days in time order. A reply to one of the account's own posts is in
 * the day of its thread's first post. Boosts and posts with no words are passed over. The days are held
 * until the file's end, past {@link MAX_HELD_POST_CHARS} given in parts.
 * @throws ImportError naming the file and where: the stream's own errors (byte, line and column; no
 *   `orderedItems` array), an item that is no activity (`orderedItems[i]`), a post with no object, id or
 *   time (`orderedItems[i].object.published`), or HTML that is no string.
 */
async function* parseOutbox(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  /** the day (its conversation's key) of each own post's thread, by the post's id */
  const threadKey = new Map<string, string>();
  const days = new Map<string, ParsedTurn[]>();
  let held = 0;
  const given = function* () {
    for (const key of [...days.keys()].sort((a, b) => a.slice(a.lastIndexOf(":")).localeCompare(b.slice(b.lastIndexOf(":"))) || a.localeCompare(b)))
      yield dayOf(key, days.get(key)!);
    days.clear();
    held = 0;
  };
  for await (const item of streamJsonArray(file, { arrayAt: "orderedItems", onProgress: opts.onProgress })) {
    const post = readPost(file, item.value, item.index);
    if (!post) continue;
    const parentKey = post.parent === null ? undefined : threadKey.get(post.parent);
    const key = parentKey ?? `mastodon:${mastodonHandle(post.account)}:posts:${isoDate(post.turn.occurredAt)}`;
    if (parentKey) post.turn.metadata.thread = true;
    threadKey.set(post.id, key);
    const turns = days.get(key);
    if (turns) turns.push(post.turn);
    else days.set(key, [post.turn]);
    held += post.turn.text.length;
    if (held > MAX_HELD_POST_CHARS) yield* given();
  }
  yield* given();
}

/** The largest actor.json read (bytes): an account's profile is a few KiB. */
export const MAX_ACTOR_BYTES = 4 * 1024 * 1024;

/** What actor.json holds of the account (the fields read here). */
interface Actor {
  id?: unknown;
  preferredUsername?: unknown;
  name?: unknown;
  summary?: unknown;
  attachment?: unknown;
}

/**
 * Reads `file`, a Mastodon archive's actor.json, as the account's profile: one conversation
 * (`mastodon:<handle>:profile`, title "Mastodon profile of Rosie Fenwick (@rosiegrows@mastodonapp.uk)") of one
 * turn said by the user: the bio's words ({@link mastodonWords}) and each profile field ("Patch: St Werburghs &
 * Chew Valley"), of the file's modification time (when the archive was made), metadata `{ profile: <handle>,
 * name }`; null when it has no bio nor fields.
 * @throws ImportError naming the file: one over {@link MAX_ACTOR_BYTES}, JSON that does not parse, no
 *   `id` (the account's address).
 */
async function parseActor(file: string, opts: ReadOptions): Promise<ParsedConversation | null> {
  const actor = (await readJsonFile(file, MAX_ACTOR_BYTES, "a Mastodon account's actor.json", opts.onProgress)) as Actor;
  if (typeof actor?.id !== "string" || !actor.id) throw new ImportError(file, "id", `expected the account's address, got ${shown(actor?.id)}`);
  const handle = mastodonHandle(actor.id);
  const name = typeof actor.name === "string" ? actor.name.replace(/\s+/g, " ").trim() : "";
  const bio = typeof actor.summary === "string" ? mastodonWords(actor.summary) : "";
  const fields = Array.isArray(actor.attachment)
    ? actor.attachment.flatMap((f: { type?: unknown; name?: unknown; value?: unknown }) => {
        const label = typeof f?.name === "string" ? f.name.trim() : "";
        const value = typeof f?.value === "string" ? mastodonWords(f.value).replace(/\s+/g, " ") : "";
        return f?.type === "PropertyValue" && label && value ? [`${label}: ${value}`] : [];
      })
    : [];
  const text = [bio, fields.join("\n")].filter(Boolean).join("\n\n");
  if (!text) return null;
  const at = Math.floor((await stat(file)).mtimeMs);
  return {
    format: "mastodon",
    externalId: `mastodon:${handle}:profile`,
    title: name ? `Mastodon profile of ${name} (@${handle})` : `Mastodon profile of @${handle}`,
    participants: ["User"],
    startedAt: at,
    turns: [{ externalId: "profile", speaker: "User", role: "user", occurredAt: at, text, metadata: { profile: handle, ...(name ? { name } : {}) } }],
  };
}

/**
 * Reads `file`, a file of an unzipped Mastodon archive, as its conversations (format `mastodon`):
 * outbox.json's posts, a day of them each ({@link parseOutbox}), or actor.json's profile, one.
 * @throws ImportError naming the file and where: likes.json or bookmarks.json (`byte 0`: links only,
 *   no words), a file that is none of the archive's (`byte 0`), and each reader's own errors.
 */
export async function* parseMastodon(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = mastodonFileOf(head);
  if (kind === "likes" || kind === "bookmarks") throw new ImportError(file, "byte 0", notMastodonWords(kind));
  if (kind === "actor") {
    const profile = await parseActor(file, opts);
    if (profile) yield profile;
    return;
  }
  if (kind === null)
    throw new ImportError(
      file,
      "byte 0",
      'expected a Mastodon archive\'s outbox.json ({ "id": "outbox.json", "type": "OrderedCollection", "orderedItems": [ … ] }) or actor.json',
    );
  yield* parseOutbox(file, opts);
}
