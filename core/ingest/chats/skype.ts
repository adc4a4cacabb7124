/**
 * Skype's chats as its "Export your data" writes them (and Microsoft Teams (free)'s, the same, for an
 * account moved there when Skype closed in May 2025): the download `8_live_<id>_export.tar`, unpacked,
 * holds `messages.json` (and `media/`, the files shared, when they were asked for):
 * `{ "userId": "8:live:.cid.…", "exportDate": "…", "conversations": [ { id: "8:live:…" | "19:…@thread.skype",
 * displayName, version, properties, threadProperties: { membercount, members: "[\"8:…\"]", topic } | null,
 * MessageList: [ { id, displayName, originalarrivaltime: "2026-10-04T17:02:11.482Z", messagetype, version,
 * content, conversationid, from, properties, amsreferences } ] } ] }`, a conversation's messages newest
 * first. The file can be hundreds of MB: its `conversations` array is streamed (json-stream.ts `arrayAt`),
 * so memory holds one conversation; `userId`, the account's, is read from the file's start, where the
 * export writes it.
 *
 * Each conversation with a word in it is one conversation, its messages in time order. Who said what: the
 * account's own messages (`from` its `userId`) are the user's (speaker "User", role "user", as sms.ts
 * names them), anyone else's said by the name the export gives their messages (`displayName`, the newest
 * of the conversation's for everyone of theirs), else a one-to-one chat's `displayName`, else their id.
 * A message's content is Skype's markup reduced to its words ({@link skypeWords}): a reply's `<quote>` of
 * an earlier message kept out of its words (the quote in its metadata: the reply's context, not said
 * again by the replier), `<e_m>` edit markers dropped, emoticons (`<ss type="smile">:)</ss>`) their emoji,
 * mentions (`<at>`) and links their words, entities decoded. An edited message is in the export as sent
 * and as edited (the edit's `<e_m ts_ms>` naming when it was first sent): only its latest version is
 * read, at the time it was first sent. A photo, a file, a video, a voice message, a location or a contact
 * card is a short mention ("[shared a file: Potica - Babi Marija.pdf]"). Passed over: deleted messages
 * (`properties.deletetime`, or no content), calls (`Event/Call`), members added or removed, topics and
 * pictures changed (`ThreadActivity/*`), polls, cards, notices and anything else that is no one's words;
 * bots (`28:…`) and the call log (`48:calllogs`); reactions are not read.
 */
import { basename, dirname, join } from "node:path";
import { isoToMs } from "../../time/import-dates.js";
import { fileStart } from "../kit/file-start.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { MAX_MESSAGE_CHARS } from "../kit/passages.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { nonBlank } from "../kit/validate.js";
import { listed } from "../kit/record-words.js";

/** The longest quoted text kept in a turn's metadata (characters). */
const QUOTE_CHARS = 280;

/** How far into the file's start `userId` and `conversations` are looked for (characters). */
const HEAD_CHARS = 16_384;

/**
 * Whether `head` (a file's start, from its '{') is a Skype export's messages.json: an object opening
 * with its `"userId"` or `"exportDate"` whose `"conversations"` array follows within its first 16 KiB.
 */
export function isSkypeExport(head: string): boolean {
  const start = head.slice(0, HEAD_CHARS);
  return /^\{\s*"(?:userId|exportDate)"\s*:/.test(start) && /"conversations"\s*:\s*\[/.test(start);
}

/** A message as the export writes it (the fields read here). */
interface SkypeMessage {
  id?: unknown;
  displayName?: unknown;
  originalarrivaltime?: unknown;
  messagetype?: unknown;
  content?: unknown;
  from?: unknown;
  properties?: { edittime?: unknown; deletetime?: unknown } | null;
}

/** A conversation as the export writes it (the fields read here). */
interface SkypeConversation {
  id?: unknown;
  displayName?: unknown;
  threadProperties?: { topic?: unknown } | null;
  MessageList?: unknown;
}

/** The message types whose content is someone's words. */
const TEXT_TYPES = new Set(["RichText", "Text", "RichText/Html"]);

/** The message types a short mention stands for, by what was shared (a file's and a location's say which). */
const MENTIONS: Record<string, string> = {
  "RichText/UriObject": "shared a photo",
  "RichText/Media_Album": "shared photos",
  "RichText/Media_Video": "shared a video",
  "RichText/Media_AudioMsg": "sent a voice message",
  "RichText/Media_GenericFile": "shared a file",
  "RichText/Location": "shared a location",
  "RichText/Contacts": "shared a contact",
};

/** Skype's emoticons by their `type`, as the pictures chat apps show for them (any other is dropped: its "(dance)" is no word). */
const EMOTICONS: Record<string, string> = {
  smile: "🙂",
  sad: "🙁",
  laugh: "😄",
  cwl: "😂",
  wink: "😉",
  tongueout: "😛",
  surprised: "😮",
  kiss: "😘",
  heart: "❤️",
  like: "👍",
  yes: "👍",
  no: "👎",
  hug: "🤗",
  clap: "👏",
  wave: "👋",
  hi: "👋",
  cake: "🎂",
  party: "🥳",
  cry: "😢",
  angry: "😠",
  sun: "☀️",
  flower: "🌸",
  gift: "🎁",
  coffee: "☕",
  beer: "🍺",
  drink: "🍸",
};

/** XML's and HTML's named references Skype writes. */
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** `text` with its character references decoded ("&apos;" → "'", "&#233;" → "é"); an unknown one is left as it is. */
function decoded(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The pattern of each attribute {@link attribute} has looked for, by its name. */
const ATTRIBUTES = new Map<string, RegExp>();

/** The value of attribute `name` in a start tag's text (`authorname="Vesna Novak"`), decoded, or null. */
function attribute(tag: string, name: string): string | null {
  let re = ATTRIBUTES.get(name);
  if (!re) {
    re = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, "i");
    ATTRIBUTES.set(name, re);
  }
  const m = re.exec(tag);
  return m ? decoded(m[1] ?? m[2] ?? "") : null;
}

/** Markup's words: tags dropped (a line break, a paragraph or a list item a new line), references decoded, each line's spaces tidied, blank lines at most one. */
function plain(markup: string): string {
  return decoded(
    markup
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/?(?:p|div|li|ul|ol|blockquote|h[1-6])\b[^>]*>/gi, "\n")
      .replace(/<\/?[a-z][\w:-]*\b[^>]*>/gi, ""),
  )
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** What a message says and what it quotes: its own words, and each `<quote>` of an earlier message (who wrote it, its words). */
export interface SkypeWords {
  text: string;
  quotes: Array<{ speaker: string | null; text: string }>;
}

/**
 * The words of a message's `content`, Skype's markup: a "Edited previous message: " before it and its
 * `<e_m …/>` edit marker dropped; each `<quote authorname="…">…</quote>` taken out to `quotes` (its words
 * without the `<legacyquote>` lines Skype writes for old clients, "[20:31:40] Vesna Novak: " and "<<<");
 * an emoticon (`<ss type="smile">:)</ss>`) its emoji ({@link EMOTICONS}), else the characters it shows
 * when they are no "(word)"; a mention (`<at id="8:…">Elena</at>`) its name; a link its text; bold,
 * italics and any other tag their words; references decoded ("&apos;").
 */
export function skypeWords(content: string): SkypeWords {
  const quotes: SkypeWords["quotes"] = [];
  const own = content
    .replace(/^\s*Edited previous message:\s*/i, "")
    .replace(/<quote\b([^>]*)>([\s\S]*?)<\/quote>/gi, (_all, tag: string, inner: string) => {
      const text = plain(inner.replace(/<legacyquote\b[^>]*>[\s\S]*?<\/legacyquote>/gi, ""));
      if (text) quotes.push({ speaker: nonBlank(attribute(tag, "authorname")), text });
      return "\n";
    })
    .replace(/<e_m\b[^>]*?(?:\/>|>[\s\S]*?<\/e_m>)/gi, "")
    .replace(/<legacyquote\b[^>]*>[\s\S]*?<\/legacyquote>/gi, "")
    .replace(/<ss\b([^>]*)>([\s\S]*?)<\/ss>/gi, (_all, tag: string, shown: string) => {
      const emoji = EMOTICONS[(attribute(tag, "type") ?? "").toLowerCase()];
      if (emoji) return emoji;
      const chars = decoded(shown).trim();
      return /^\(.*\)$/.test(chars) ? "" : chars;
    })
    .replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/gi, (_all, tag: string, text: string) => plain(text) || (attribute(tag, "href") ?? ""));
  return { text: plain(own), quotes };
}

/**
 * The short mention a shared thing's message stands for (see {@link MENTIONS}): "[shared a file: Potica -
 * Babi Marija.pdf]" (its `<OriginalName v>`), "[shared a location: Kesklinn, Tallinn]" (its `address`),
 * "[shared a contact: Ana Costa]" (each card's `f`), "[shared a photo]"; null for a type that is none.
 */
function mentionOf(type: string, content: string): string | null {
  const what = MENTIONS[type];
  if (!what) return null;
  let detail: string | null = null;
  if (type === "RichText/Media_GenericFile") detail = nonBlank(attribute(/<OriginalName\b[^>]*>/i.exec(content)?.[0] ?? "", "v"));
  else if (type === "RichText/Location") detail = nonBlank(attribute(/<location\b[^>]*>/i.exec(content)?.[0] ?? "", "address"));
  else if (type === "RichText/Contacts") {
    const names = [...content.matchAll(/<c\b[^>]*>/gi)].map((m) => nonBlank(attribute(m[0], "f"))).filter((n): n is string => n !== null);
    detail = names.length ? names.join(", ") : null;
  }
  return `[${what}${detail ? `: ${detail.replace(/[[\]]/g, "")}` : ""}]`;
}

/** A person's or a conversation's id without Skype's kind ("8:", "19:") or a URL before it (".../contacts/8:live:ana"), for comparing. */
function bareId(id: string): string {
  return id
    .replace(/^.*\/contacts\//, "")
    .replace(/^\d+:/, "")
    .trim()
    .toLowerCase();
}

/** One version of a message read: its words, when it was said, who said it, when this version was written (for the latest of an edited message's), whether it is deleted. */
interface Version {
  id: string | null;
  from: string;
  said: number;
  written: number;
  deleted: boolean;
  words: SkypeWords;
  /** its place in the file, for an error naming it */
  where: string;
}

/** A time written as epoch ms in a string or a number ("1762115500655"), or null. */
function msOf(v: unknown): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d{10,14}$/.test(v.trim()) ? Number(v) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : null;
}

/**
 * Message `m` at `where` ("conversations[2].MessageList[5]") as a version of a message read, or null for
 * one passed over (see the module comment): a type that is no one's words, a bot's.
 * @throws ImportError naming the message: not an object, no `from`, an `originalarrivaltime` that is no
 *   ISO 8601 time.
 */
function versionOf(file: string, m: SkypeMessage, where: string): Version | null {
  if (!m || typeof m !== "object" || Array.isArray(m)) throw new ImportError(file, where, "expected a message (an object)");
  const type = typeof m.messagetype === "string" ? m.messagetype : "";
  if (!TEXT_TYPES.has(type) && !MENTIONS[type]) return null;
  const from = nonBlank(m.from);
  if (!from) throw new ImportError(file, `${where}.from`, `expected the sender's id, got ${JSON.stringify(m.from ?? null)}`);
  if (/^28:/.test(from)) return null;
  const arrived = typeof m.originalarrivaltime === "string" ? isoToMs(m.originalarrivaltime) : Number.NaN;
  if (Number.isNaN(arrived))
    throw new ImportError(
      file,
      `${where}.originalarrivaltime`,
      `expected an ISO 8601 time ("2026-10-04T17:02:11.482Z"), got ${JSON.stringify(m.originalarrivaltime ?? null)}`,
    );
  const content = typeof m.content === "string" ? m.content : "";
  // (an edit's <e_m ts_ms> is when the message was first sent: the edit is that message, said then)
  const firstSent = msOf(attribute(/<e_m\b[^>]*>/i.exec(content)?.[0] ?? "", "ts_ms"));
  const said = firstSent !== null && firstSent < arrived ? firstSent : arrived;
  const deletedAt = msOf(m.properties?.deletetime);
  const editedAt = msOf(m.properties?.edittime);
  const words = TEXT_TYPES.has(type) ? skypeWords(content) : { text: mentionOf(type, content) ?? "", quotes: [] };
  return {
    id: typeof m.id === "number" ? String(m.id) : nonBlank(m.id),
    from,
    said,
    written: Math.max(arrived, deletedAt ?? 0, editedAt ?? 0),
    deleted: deletedAt !== null || !content.trim(),
    words,
    where,
  };
}

/** The title a group's `ThreadActivity/TopicUpdate` gives it (`<topicupdate>…<value>Novak family</value>`) and when it arrived, or null. */
function topicSet(m: SkypeMessage): { name: string; at: number } | null {
  if (m?.messagetype !== "ThreadActivity/TopicUpdate" || typeof m.content !== "string") return null;
  const value = /<value>([\s\S]*?)<\/value>/i.exec(m.content)?.[1];
  const name = value === undefined ? null : nonBlank(plain(value));
  const at = typeof m.originalarrivaltime === "string" ? isoToMs(m.originalarrivaltime) : Number.NaN;
  return name ? { name, at: Number.isNaN(at) ? 0 : at } : null;
}

/**
 * Item `value` (the `i`-th of `conversations`) as one conversation (format `skype`, externalId
 * `skype:<conversation id>`, "skype:8:live:vesna.novak58", "skype:19:…@thread.skype", so a later export
 * adds only its new messages; title a group's topic (`threadProperties.topic`, else its latest
 * TopicUpdate, else its `displayName`, else those in it but the user), a one-to-one chat's `displayName`,
 * else the other person's name, else their id), its messages in time order (turn externalId the message's
 * `id`, the first version's of an edited one; metadata `{ quotes: [{ speaker, text }] }`, each quote at
 * most 280 characters, for a reply); null for the call log, a bot's chat, or one with no words in it.
 * @throws ImportError naming the conversation or the message: no `id`, a `MessageList` that is no array,
 *   a message {@link versionOf} refuses, or one longer than MAX_MESSAGE_CHARS.
 */
function conversationOf(file: string, value: unknown, i: number, account: string): ParsedConversation | null {
  const where = `conversations[${i}]`;
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ImportError(file, where, "expected a conversation (an object)");
  const c = value as SkypeConversation;
  const id = nonBlank(c.id);
  if (!id) throw new ImportError(file, `${where}.id`, `expected the conversation's id, got ${JSON.stringify(c.id ?? null)}`);
  if (/^48:calllogs$/i.test(id) || /^28:/.test(id)) return null;
  if (!Array.isArray(c.MessageList)) throw new ImportError(file, `${where}.MessageList`, "expected an array of messages");
  const messages = c.MessageList as SkypeMessage[];
  const me = bareId(account);
  // (each message once: an edited one's versions share who sent it and when it was first sent; the latest
  // written is read, named by the first's id)
  const latest = new Map<string, { v: Version; first: Version }>();
  // (each sender's name, the one of their latest message: the export lists messages newest first, but not always)
  const names = new Map<string, { name: string; at: number }>();
  let topic: { name: string; at: number } | null = null;
  for (const [j, m] of messages.entries()) {
    const v = versionOf(file, m, `${where}.MessageList[${j}]`);
    const set = topicSet(m);
    if (set && (!topic || set.at > topic.at)) topic = set;
    if (!v) continue;
    const name = nonBlank(m.displayName);
    const known = names.get(bareId(v.from));
    if (name && (!known || v.written > known.at)) names.set(bareId(v.from), { name, at: v.written });
    const key = `${bareId(v.from)}\0${v.said}`;
    const seen = latest.get(key);
    if (!seen) latest.set(key, { v, first: v });
    else latest.set(key, { v: v.written >= seen.v.written ? v : seen.v, first: v.written < seen.first.written ? v : seen.first });
  }
  const turns: ParsedTurn[] = [];
  const oneToOne = !/^19:/.test(id);
  for (const { v, first } of latest.values()) {
    if (v.deleted || !v.words.text) continue;
    if (v.words.text.length > MAX_MESSAGE_CHARS)
      throw new ImportError(
        file,
        v.where,
        `the message is ${v.words.text.length.toLocaleString("en-US")} characters long; the largest message Engram imports is ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters (shorten it or remove it from the file)`,
      );
    const mine = bareId(v.from) === me;
    const speaker = mine
      ? "User"
      : (names.get(bareId(v.from))?.name ?? (oneToOne && bareId(id) === bareId(v.from) ? nonBlank(c.displayName) : null) ?? v.from.replace(/^\d+:/, ""));
    const quotes = v.words.quotes.map((q) => ({ speaker: q.speaker, text: q.text.slice(0, QUOTE_CHARS) }));
    turns.push({
      externalId: first.id ?? v.id,
      speaker,
      role: mine ? "user" : "other",
      occurredAt: v.said,
      text: v.words.text,
      metadata: quotes.length ? { quotes } : {},
    });
  }
  if (!turns.length) return null;
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  const participants = [...new Set(turns.map((t) => t.speaker))];
  const others = participants.filter((p) => p !== "User");
  const title = oneToOne
    ? (nonBlank(c.displayName) ?? others[0] ?? id.replace(/^\d+:/, ""))
    : (nonBlank(c.threadProperties?.topic) ?? topic?.name ?? nonBlank(c.displayName) ?? (listed(others) || "Skype group"));
  return { format: "skype", externalId: `skype:${id}`, title, participants, startedAt: turns[0]!.occurredAt, turns };
}

/**
 * The account's id, `userId`, from `head`, the file's start (the export writes it first, before its
 * conversations), as the export writes it ("8:live:.cid.4f2a9c81d3e07b55").
 * @throws ImportError naming `userId`: none before the `"conversations"` array.
 */
function accountOf(file: string, head: string): string {
  const start = head.slice(0, Math.max(0, head.search(/"conversations"\s*:/)) || HEAD_CHARS);
  const m = /"userId"\s*:\s*("(?:[^"\\]|\\.)*")/.exec(start);
  const id = m ? nonBlank(JSON.parse(m[1]!)) : null;
  if (!id) throw new ImportError(file, "userId", 'expected the account\'s id ("userId": "8:live:…") before the "conversations"');
  return id;
}

/**
 * Reads `file`, a Skype export's messages.json (its start `head`), as one conversation per chat
 * ({@link conversationOf}), in the file's order, its `conversations` streamed (memory holds one
 * conversation at a time).
 * @throws ImportError naming the file and where: no `userId` at its start; the stream's own errors
 *   (invalid JSON, truncation, no "conversations" array: byte, line and column); a conversation or a
 *   message that is malformed (`conversations[i].MessageList[j].originalarrivaltime`).
 */
export async function* parseSkype(
  file: string,
  head: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const account = accountOf(file, head.trimStart());
  for await (const item of streamJsonArray(file, { arrayAt: "conversations", onProgress: opts.onProgress })) {
    const c = conversationOf(file, item.value, item.index, account);
    if (c) yield c;
  }
}

/**
 * Why `path`, a file of a folder the user imports, is passed over when it is a Skype export's
 * description of a file shared in a chat (`media/<doc id>.json`, `{ expiry_date, filename, contents }`,
 * beside the `messages.json` of a Skype export, by its start): no one's words, the message that shared
 * the file being read from messages.json; null for any other file. (The shared files themselves are
 * read as any file of a folder is: a PDF as a document, a photo not at all.)
 */
export function skypePassedOver(path: string): string | null {
  if (!/\.json$/i.test(path) || basename(dirname(path)) !== "media") return null;
  const start = fileStart(join(dirname(dirname(path)), "messages.json"), 4096);
  return start !== null && isSkypeExport(start.trimStart())
    ? "Skype's description of a file shared in a chat, no one's words: the message that shared it is read from messages.json"
    : null;
}
