/**
 * A WordPress site's export (Tools → Export → All content: `<site>.WordPress.2026-12-01.xml`), the
 * WordPress eXtended RSS (WXR 1.0–1.2) file wp-admin/includes/export.php writes: an RSS 2.0 `<rss>`
 * with the `wp` namespace ("http://wordpress.org/export/1.2/"), whose `<channel>` names the site
 * (`title`, `link`, `wp:base_blog_url`) and its authors (`wp:author`: `wp:author_id`,
 * `wp:author_login`, `wp:author_email`, `wp:author_display_name`), then an `<item>` per post of any
 * type: `title`, `link`, `pubDate`, `dc:creator` (the author's login), `content:encoded` (the HTML,
 * in a CDATA section), `excerpt:encoded`, `wp:post_id`, `wp:post_date` (the site's time) and
 * `wp:post_date_gmt` ("2026-10-03 16:20:11"; a draft's "0000-00-00 00:00:00"), `wp:post_modified_gmt`,
 * `wp:status`, `wp:post_type`, a `category` per term (`domain` "category" or "post_tag"), `wp:postmeta`,
 * and a `wp:comment` per comment that is not spam (`wp:comment_id`, `wp:comment_author`,
 * `wp:comment_author_email`, `wp:comment_date_gmt`, `wp:comment_content`, `wp:comment_approved` "1" or
 * "0", `wp:comment_type` "comment", "" or "pingback", `wp:comment_parent`, `wp:comment_user_id`).
 *
 * Read: each post and page that is published, private, scheduled or a draft (pending review is a
 * draft too), as a note of the user's (format `note`, externalId `wordpress:<site>:<post id>`, so a
 * later export adds only what is new): its title a heading ("Winter mooring? (draft)" for a draft), its
 * HTML as Markdown lines (wordpress-html.ts), written when it was published (`wp:post_date_gmt`; a
 * draft's last save, `wp:post_modified_gmt`), its categories and tags in each paragraph's metadata
 * (`categories`, `tags`, and `wordpress`: the post's id, type, status and link). Its approved comments
 * are a conversation of their own under it (format `wordpress`, externalId
 * `wordpress:<site>:<post id>:comments`, title `Comments on "<post title>"`): each comment a turn
 * (`comment <id>`) said by its author (role "other"), or by the user (speaker "User", role "user")
 * when the post's author wrote it (the comment's user id, or its email, is theirs), at
 * `wp:comment_date_gmt`, a reply's metadata `reply_to` the name of whom it answers.
 *
 * Passed over: attachments, menu items, synced patterns (`wp_block`), navigation, templates, global
 * styles and every other type that is no post nor page; posts in the trash, auto-drafts and
 * revisions; WordPress's suggested Privacy Policy (its "Suggested text:" marks, no one's words); the
 * excerpt (the post's words again); comments awaiting moderation or in the trash, pingbacks and
 * trackbacks, and any other comment type (a plugin's notes). Spam is not in the export.
 *
 * The file is streamed (htmlparser2, XML mode): memory holds one item's text; a post's comments past
 * {@link MAX_HELD_COMMENT_CHARS} are given in parts (the same externalId: the import adds them to one
 * conversation).
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { isoToMs } from "../../time/import-dates.js";
import { noteOrNone } from "../notes/note.js";
import { MAX_MESSAGE_CHARS } from "../kit/passages.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { wordpressLines, wordpressText } from "./wordpress-html.js";
import { streamXml } from "../kit/xml-stream.js";

/** The most characters of one field of an item (a post's HTML, a comment's) read; a longer one is refused, naming its item. */
export const MAX_FIELD_CHARS = 8 * 1024 * 1024;

/** Most characters of a post's comments held before those read so far are given (the same conversation again, in parts). */
export const MAX_HELD_COMMENT_CHARS = 8 * 1024 * 1024;

/** The post types read: posts and pages (every other is the site's machinery or media). */
const READ_TYPES = new Set(["post", "page"]);
/** The statuses read: published, private, scheduled, and drafts (pending review is one). */
const READ_STATUSES = new Set(["publish", "private", "future", "draft", "pending"]);
/** The statuses of a post not published, marked "(draft)" in its title. */
const DRAFT_STATUSES = new Set(["draft", "pending"]);
/** The comment types read: a comment ("comment", or "" before WordPress 5.5). */
const COMMENT_TYPES = new Set(["comment", ""]);

/** WordPress's suggested Privacy Policy: its paragraphs marked "Suggested text:" for the site's owner to replace. */
const SUGGESTED_PRIVACY_POLICY = /class=["']privacy-policy-tutorial["']/;

/**
 * Whether `head` (a file's start) is a WordPress export: after the XML declaration and comments
 * (WordPress's notes on importing it, its generator), an `<rss>` whose start tag declares the `wp`
 * namespace "http://wordpress.org/export/1.x/".
 */
export function isWordPressExport(head: string): boolean {
  return /^(?:<\?xml[^>]*\?>\s*)?(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<rss\b[^>]*\sxmlns:wp\s*=\s*["']https?:\/\/wordpress\.org\/export\/1\.\d+\/?["']/.test(
    head.trimStart(),
  );
}

/** An author of the site, as the channel's `wp:author` names them. */
interface Author {
  id: string;
  login: string;
  email: string;
  name: string;
}

/** A comment as read: its fields' text by tag name (without "wp:comment_"). */
type RawComment = Record<string, string>;

/** An item as the stream gives it: its place in the file (1-based), its fields' text by tag name, its terms. */
interface RawItem {
  n: number;
  fields: Record<string, string>;
  terms: Array<{ domain: string; name: string }>;
  /** whether it is read (known once its type and status are: both come before its comments) */
  read: boolean | null;
  /** its comments read so far, as turns, and their characters */
  turns: ParsedTurn[];
  held: number;
  /** its comments' authors by comment id, for the replies to them */
  authors: Map<string, string>;
  /** the comment being read, if any */
  comment: RawComment | null;
  comments: number;
}

/** A WordPress time, "2026-10-03 16:20:11", as epoch ms (read as UTC); null when it is none ("0000-00-00 00:00:00", empty); NaN when it is no time. */
function wordpressTime(text: string | undefined): number | null {
  const t = (text ?? "").trim();
  if (!t || /^0000-00-00(?:[ T]00:00:00)?$/.test(t)) return null;
  return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(t) ? isoToMs(t) : Number.NaN;
}

/** The site an export is of, as a key: its blog's address without its scheme ("marigoldafloat.co.uk"), else its title, else the file's name. */
function siteKey(file: string, channel: Record<string, string>): string {
  const url = (channel["wp:base_blog_url"] || channel.link || "").trim();
  if (url) return url.replace(/^[a-z][\w+.-]*:\/\//i, "").replace(/\/+$/, "");
  return (channel.title ?? "").trim() || basename(file);
}

/**
 * Reads `file`, a WordPress export (WXR), as a note per post or page with words (format `note`) and
 * a conversation of each one's approved comments (format `wordpress`), in the file's order; see the
 * module's comment for what is read and passed over. `onProgress` gets the bytes read.
 * @param head the file's start (detect.ts `inspectFile`), checked to be a WordPress export
 * @throws ImportError naming the item (`item 7 ("Bilge pump woes")`, with the field:
 *   `.wp:post_date_gmt`, `comment 12.wp:comment_date_gmt`): a time that is no WordPress time, a field
 *   over {@link MAX_FIELD_CHARS}, a comment over MAX_MESSAGE_CHARS; the file's (`byte N`): no WordPress
 *   export, one that ends inside an item or before `</rss>` (cut short), or holds no post or page with
 *   words; utf8Text's for bytes that are not UTF-8.
 */
export async function* parseWordPress(
  file: string,
  head: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  if (!isWordPressExport(head))
    throw new ImportError(
      file,
      "byte 0",
      'not a WordPress export: expected WordPress eXtended RSS, as Tools → Export writes it (<rss … xmlns:wp="http://wordpress.org/export/1.2/">)',
    );
  const size = (await stat(file)).size;
  const channel: Record<string, string> = {};
  const authors = new Map<string, Author>();
  let author: Record<string, string> | null = null;
  const path: string[] = [];
  let item: RawItem | null = null;
  let term: { domain: string; name: string } | null = null;
  let items = 0;
  let kept = 0;
  let closed = false;
  const passed = new Map<string, number>();
  /** what is ready to be given, in order: a post's note (made when it is given), or comments */
  const ready: Array<() => Promise<ParsedConversation | null>> = [];
  const where = (it: RawItem) => {
    const title = wordpressText(it.fields.title ?? "");
    return `item ${it.n}${title ? ` (${JSON.stringify(title)})` : ""}`;
  };
  const site = () => siteKey(file, channel);
  const add = (record: Record<string, string>, key: string, data: string, at: () => string) => {
    const value = (record[key] ?? "") + data;
    if (value.length > MAX_FIELD_CHARS) throw new ImportError(file, at(), `the ${key} is longer than ${MAX_FIELD_CHARS / 1024 / 1024} MB of text`);
    record[key] = value;
  };
  /** Whether the item is read, once its type and status are known (its comments come after them). */
  const isRead = (it: RawItem): boolean => {
    if (it.read === null) {
      const type = (it.fields["wp:post_type"] ?? "post").trim() || "post";
      const status = (it.fields["wp:status"] ?? "publish").trim() || "publish";
      it.read = READ_TYPES.has(type) && READ_STATUSES.has(status);
      if (!it.read) {
        const why = READ_TYPES.has(type) ? `${type} (${status})` : type;
        passed.set(why, (passed.get(why) ?? 0) + 1);
      }
    }
    return it.read;
  };
  const giveComments = (it: RawItem) => {
    if (it.turns.length === 0) return;
    const turns = it.turns;
    it.turns = [];
    it.held = 0;
    const id = (it.fields["wp:post_id"] ?? "").trim() || `item ${it.n}`;
    const title = wordpressText(it.fields.title ?? "") || "an untitled post";
    turns.sort((a, b) => a.occurredAt - b.occurredAt);
    const conversation: ParsedConversation = {
      format: "wordpress",
      externalId: `wordpress:${site()}:${id}:comments`,
      title: `Comments on "${title}"`,
      participants: [...new Set(turns.map((t) => t.speaker))],
      startedAt: turns[0]!.occurredAt,
      turns,
    };
    ready.push(async () => conversation);
  };
  const readComment = (it: RawItem, c: RawComment) => {
    const n = ++it.comments;
    const cid = (c.comment_id ?? "").trim() || String(n);
    const at = (field: string) => `${where(it)} comment ${cid}${field ? `.wp:comment_${field}` : ""}`;
    const name = wordpressText(c.comment_author ?? "");
    const owner = authors.get((it.fields["dc:creator"] ?? "").trim());
    const userId = (c.comment_user_id ?? "0").trim();
    const email = (c.comment_author_email ?? "").trim().toLowerCase();
    const mine = !!owner && ((userId !== "0" && userId !== "" && userId === owner.id) || (email !== "" && email === owner.email.toLowerCase()));
    it.authors.set(cid, mine ? "User" : name || "Anonymous");
    if (!isRead(it)) return;
    // (a comment awaiting moderation or in the trash, a pingback, a trackback, a plugin's note: not the post's conversation)
    if ((c.comment_approved ?? "").trim() !== "1" || !COMMENT_TYPES.has((c.comment_type ?? "").trim())) return;
    const gmt = wordpressTime(c.comment_date_gmt);
    if (gmt !== null && Number.isNaN(gmt))
      throw new ImportError(file, at("date_gmt"), `expected a time such as 2026-10-21 07:14:52, got ${JSON.stringify(c.comment_date_gmt!.trim())}`);
    const local = gmt ?? wordpressTime(c.comment_date);
    if (local === null || Number.isNaN(local))
      throw new ImportError(file, at("date"), `expected a time such as 2026-10-21 08:14:52, got ${JSON.stringify((c.comment_date ?? "").trim())}`);
    const text = wordpressLines(c.comment_content ?? "").join("\n");
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    if (text.length > MAX_MESSAGE_CHARS)
      throw new ImportError(
        file,
        at(""),
        `the comment is ${text.length.toLocaleString("en-US")} characters long; the largest message Engram imports is ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters`,
      );
    const parent = (c.comment_parent ?? "0").trim();
    const replyTo = parent !== "0" && parent !== "" ? it.authors.get(parent) : undefined;
    it.turns.push({
      externalId: `comment ${cid}`,
      speaker: mine ? "User" : name || "Anonymous",
      role: mine ? "user" : "other",
      occurredAt: local,
      text,
      metadata: { comment_id: cid, ...(replyTo ? { reply_to: replyTo } : {}) },
    });
    it.held += text.length;
    if (it.held > MAX_HELD_COMMENT_CHARS) giveComments(it);
  };
  const finishItem = (it: RawItem) => {
    if (!isRead(it)) return;
    const content = it.fields["content:encoded"] ?? "";
    const status = (it.fields["wp:status"] ?? "publish").trim() || "publish";
    const type = (it.fields["wp:post_type"] ?? "post").trim() || "post";
    if (type === "page" && SUGGESTED_PRIVACY_POLICY.test(content)) {
      passed.set("suggested privacy policy", (passed.get("suggested privacy policy") ?? 0) + 1);
      return;
    }
    const at = publishedAt(file, it, where(it));
    const title = wordpressText(it.fields.title ?? "") || `Untitled ${type === "page" ? "page" : "post"}`;
    const id = (it.fields["wp:post_id"] ?? "").trim() || `item ${it.n}`;
    const categories = it.terms.filter((t) => t.domain === "category" && t.name && t.name !== "Uncategorized").map((t) => t.name);
    const tags = it.terms.filter((t) => t.domain === "post_tag" && t.name).map((t) => t.name);
    const lines = [`# ${title}${DRAFT_STATUSES.has(status) ? " (draft)" : ""}`, "", ...wordpressLines(content)];
    const link = (it.fields.link ?? "").trim();
    const metadata: Record<string, unknown> = {
      wordpress: { post_id: id, type, status, ...(link ? { link } : {}) },
      ...(categories.length ? { categories } : {}),
      ...(tags.length ? { tags } : {}),
    };
    ready.push(async () => {
      const note = await noteOrNone(file, lines, at, `wordpress:${site()}:${id}`);
      return note && { ...note, turns: note.turns.map((t) => ({ ...t, metadata: { ...t.metadata, ...metadata } })) };
    });
    giveComments(it);
  };
  const xml = streamXml(
    file,
    size,
    {
      onopentag(name, attrs) {
        path.push(name);
        const parent = path.at(-2);
        if (name === "item" && parent === "channel") {
          item = { n: ++items, fields: {}, terms: [], read: null, turns: [], held: 0, authors: new Map(), comment: null, comments: 0 };
        } else if (item && parent === "item" && name === "category") term = { domain: attrs.domain ?? "category", name: "" };
        else if (item && parent === "item" && name === "wp:comment") item.comment = {};
        else if (name === "wp:author" && parent === "channel") author = {};
      },
      ontext(data) {
        const name = path.at(-1);
        const parent = path.at(-2);
        if (!name) return;
        const it = item as RawItem | null;
        if (it) {
          if (parent === "item") {
            if (name === "category" && term) term.name += data;
            else add(it.fields, name, data, () => `${where(it)}.${name}`);
          } else if (parent === "wp:comment" && path.at(-3) === "item" && it.comment) {
            const c = it.comment;
            add(c, name.replace(/^wp:/, ""), data, () => `${where(it)} comment ${(c.comment_id ?? "").trim() || it.comments + 1}.${name}`);
          }
        } else if (parent === "wp:author" && author) add(author, name.replace(/^wp:author_/, ""), data, () => `author ${name}`);
        else if (parent === "channel" && (name === "title" || name === "link" || name === "wp:base_blog_url"))
          add(channel, name, data, () => `channel.${name}`);
      },
      onclosetag(name, implied) {
        path.pop();
        // (the parser's end closes what is open: an item it closes was cut short)
        if (implied) return;
        const it = item as RawItem | null;
        if (name === "rss" && path.length === 0) closed = true;
        else if (name === "wp:author" && author) {
          const a = author as Record<string, string>;
          const login = (a.login ?? "").trim();
          if (login) authors.set(login, { id: (a.id ?? "").trim(), login, email: (a.email ?? "").trim(), name: (a.display_name ?? "").trim() });
          author = null;
        } else if (it && name === "category" && term && path.at(-1) === "item") {
          it.terms.push({ domain: term.domain, name: wordpressText(term.name) });
          term = null;
        } else if (it && name === "wp:comment" && it.comment && path.at(-1) === "item") {
          readComment(it, it.comment);
          it.comment = null;
        } else if (it && name === "item" && path.at(-1) === "channel") {
          finishItem(it);
          item = null;
        }
      },
    },
    { recognizeCDATA: true, decodeEntities: true },
    opts.onProgress,
  );
  for await (const _ of xml.steps) {
    while (ready.length > 0) {
      const conversation = await ready.shift()!();
      if (conversation) {
        if (conversation.format === "note") kept++;
        yield conversation;
      }
    }
  }
  const read = xml.bytesRead();
  const cut = item as RawItem | null;
  if (cut) throw new ImportError(file, `byte ${read}`, `the file ends inside ${where(cut)}: the export is cut short`);
  if (!closed) throw new ImportError(file, `byte ${read}`, "the file ends before </rss>: the export is cut short");
  if (kept === 0) {
    const others = [...passed].map(([what, n]) => `${n} ${what}`).join(", ");
    throw new ImportError(
      file,
      `byte ${read}`,
      items === 0 ? "the export holds no <item>" : `the export has no post or page with words in it${others ? ` (passed over: ${others})` : ""}`,
    );
  }
}

/**
 * When a post was published (`wp:post_date_gmt`), or, for a draft (whose GMT date is
 * "0000-00-00 00:00:00"), last saved (`wp:post_modified_gmt`), else its `wp:post_date` (the site's
 * time, read as UTC), else its `pubDate`: epoch ms.
 * @throws ImportError naming the field of a time that is no WordPress time, or an item with none
 */
function publishedAt(file: string, it: RawItem, where: string): number {
  for (const field of ["wp:post_date_gmt", "wp:post_modified_gmt", "wp:post_date"]) {
    const t = wordpressTime(it.fields[field]);
    if (t === null) continue;
    if (Number.isNaN(t))
      throw new ImportError(file, `${where}.${field}`, `expected a time such as 2026-10-03 16:20:11, got ${JSON.stringify(it.fields[field]!.trim())}`);
    return t;
  }
  const pub = Date.parse((it.fields.pubDate ?? "").trim());
  if (Number.isFinite(pub) && pub >= 0) return pub;
  throw new ImportError(file, `${where}.wp:post_date_gmt`, "the post has no date (no wp:post_date_gmt, wp:post_modified_gmt, wp:post_date or pubDate)");
}
