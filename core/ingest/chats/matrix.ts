/**
 * A Matrix room's chat as Element exports it (Element Web or Desktop: Room info → Export chat → Format:
 * JSON) → one conversation per file. Checked against Element's exporter (element-web
 * src/utils/exportUtils/JSONExport.ts, Exporter.ts, PlainTextExport.ts, HtmlExport.tsx;
 * src/events/EventTileFactory.tsx `haveRendererForEvent`) and matrix-js-sdk's `MatrixEvent.toJSON()`,
 * `getEffectiveEvent()` and its event mapper. Element names the file `matrix - <room name> - Chat Export -
 * <ISO time, ":" as "-">.json` (with attachments, a ZIP of that name holding `export.json` and
 * `images/`, `files/` …) and writes `JSON.stringify({ room_name, room_creator, topic, export_date,
 * exported_by, messages }, null, 2)`: `room_creator` and `exported_by` are display names (the Matrix ID
 * when none is set), `room_name` the name Element shows (a direct chat's, named by no one, is the other
 * person's), `messages` every event Element has a tile for, oldest first, as the server gave it, an
 * encrypted one decrypted (its type and content the clear event's; one that could not be decrypted an
 * `m.room.message` of msgtype `m.bad.encrypted`). Events: `{ type, room_id, sender: "@sam:matrix.org",
 * content, origin_server_ts: <epoch ms>, unsigned, event_id, state_key? }`.
 *
 * Each message is a turn of its sender at its `origin_server_ts` (epoch ms, UTC), keyed by its
 * `event_id`: `m.text` and `m.notice` (a bot's) their body, `m.emote` "<name> <body>", an image, a
 * file, a video, a voice message or a sticker a short mention ("[shared a file:
 * release-checklist-2.0.md]", a caption before it), a location its body, a poll its question and
 * answers. A reply (`m.relates_to.m.in_reply_to`) is its own words: the fallback quote older clients put
 * first in its body ("> <@sam:matrix.org> Also, birthday dinner…", then a blank line) is taken off, and
 * the message it answers recorded with it (metadata `matrix.replyTo`). An edit is read once, with its
 * newest words: the edit bundled in `unsigned["m.relations"]["m.replace"]` (its `m.new_content`), or an
 * edit event in the file (`rel_type: "m.replace"`, by the same sender), the newest; Element's own export
 * already gives the newest words in the message's content, holding no edit event. A reaction (an
 * `m.reaction` event, `rel_type: "m.annotation"`, or an older server's bundled counts) is no one's
 * words: folded into the message reacted to (metadata `matrix.reactions`). Passed over: deleted
 * (redacted) messages, messages that could not be decrypted, verification requests, calls, poll ends and
 * state events, which only name people: each sender is named by the newest display name their
 * `m.room.member` events give, else by a display name the export's own fields give and their ID's
 * localpart is a word of (`room_creator`; a direct chat's `room_name`: an export of the last messages,
 * Element's "Current timeline", holds no member event), else by that localpart ("sam").
 *
 * The user is the exporter (`exported_by`): the sender of that Matrix ID, or whose display name it is,
 * or, failing both, the one sender whose ID's localpart is a word of it ("Alex Rivera", `@alex:…`);
 * role "user", everyone else "other". A direct chat (a member event `is_direct`, or two people and no
 * room name set) is titled by the other person's name, a group room by its name. The file is streamed
 * (json-paths.ts `streamJsonPaths`): memory holds the room's turns.
 *
 * Element's two other formats are refused, saying to export as JSON ({@link elementExportAdvice}): its
 * HTML export (a ZIP of pages, `index.html` or `messages.html`, `messages2.html` …, with css/, js/ and
 * icons/) would be read as a note of markup, and its plain text export (`matrix - <room> - Chat Export -
 * <time>.txt`, lines "24/11/2026, 18:02:11 - Priya Natarajan: …" in the exporter's locale, a reply
 * "<@mei:kde.org "I'll review…"> Thanks Mei!") as a transcript with no one the user.
 */
import { basename, dirname } from "node:path";
import { inImportRange } from "../../time/import-dates.js";
import { contentKey } from "../kit/bytes.js";
import { streamJsonPaths } from "../kit/json-paths.js";
import { MAX_MESSAGE_CHARS } from "../kit/passages.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { describeValue, nonBlank } from "../kit/validate.js";

/** The export's own fields before its `messages`. */
const HEADER = new Set(["room_name", "room_creator", "topic", "export_date", "exported_by"]);
/** A Matrix user ID: "@localpart:server". */
const USER_ID = /^@([^:\s]+):\S+$/;
/** The fallback quote opening an older client's reply: "> <@sam:matrix.org> words" (an emote's "> * <@sam:matrix.org> waves"), its sender group 1. */
const FALLBACK = /^> (?:\* )?<(@[^>\s]+)> /;
/** The longest quoted text kept with a reply (characters). */
const REPLY_CHARS = 280;
/** Poll starts, stable and unstable. */
const POLL_START = new Set(["m.poll.start", "org.matrix.msc3381.poll.start"]);
/** A shared thing's mention by its msgtype. */
const MEDIA: Record<string, string> = {
  "m.image": "shared an image",
  "m.file": "shared a file",
  "m.video": "shared a video",
  "m.audio": "shared an audio file",
};

/**
 * Whether `head` (a file's start, from its '{') is Element's JSON export of a room: an object opening
 * with its `"room_name"`, a string, then its `"room_creator"` (or `"topic"`, when the room's creator is
 * unknown and JSON.stringify left it out).
 */
export function isElementExport(head: string): boolean {
  return /^\{\s*"room_name"\s*:\s*"(?:[^"\\]|\\.)*"\s*,\s*"(?:room_creator|topic)"\s*:/.test(head);
}

/** An Element export's file name (its folder's, for a ZIP's export.txt): "matrix - Tidewater - Chat Export - 2026-11-24T18-02-11.204Z". */
const EXPORT_NAME = / - Chat Export - \d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:\.\d{1,3})?Z$/;
/** A line of Element's plain text export: the time in the exporter's locale with its seconds ("24/11/2026, 18:02:11", "11/24/2026, 6:02:11 PM"), " - ", the event. */
const TEXT_LINE = /^\S+,?[ \u00a0]\d{1,2}[:.]\d{2}[:.]\d{2}(?:[ \u00a0\u202f]?[AaPp]\.?[Mm]\.?)? - \S/;
/** What Element's HTML export writes in every page (index.html, messages.html, messages2.html …). */
const HTML_MARKS = [/<(?:div|section)\s+id="matrixchat"/, /class="mx_MatrixChat(?:_wrapper)?"/];

/** Whether `head` (an .html file's start) is a page of Element's HTML export of a room. */
export function isElementHtml(head: string): boolean {
  return HTML_MARKS.every((re) => re.test(head));
}

/**
 * Why `file` (its start `head`) is refused as an Element export in another format than JSON, or null: a
 * page of its HTML export (told by its start), or its plain text export (`matrix - <room> - Chat Export
 * - <time>.txt`, or `export.txt` in a folder so named, its first line "24/11/2026, 18:02:11 - …"), which
 * would otherwise be read as a note of markup or a transcript with no one the user.
 */
export function elementExportAdvice(file: string, head: string): string | null {
  const again = "Engram reads Element's JSON export: in Element, Room info → Export chat, choose Format: JSON and import that file";
  if (isElementHtml(head)) return `an Element chat export in HTML; ${again}`;
  const name = basename(file).replace(/\.txt$/i, "");
  const named = /\.txt$/i.test(file) && (EXPORT_NAME.test(name) || (name.toLowerCase() === "export" && EXPORT_NAME.test(basename(dirname(file)))));
  const first = head.trimStart().split(/\r?\n/, 1)[0] ?? "";
  return named && TEXT_LINE.test(first) ? `an Element chat export in plain text, which does not say who exported it; ${again}` : null;
}

/** What an event's content holds that is read here. */
interface Content {
  msgtype?: unknown;
  body?: unknown;
  filename?: unknown;
  membership?: unknown;
  displayname?: unknown;
  is_direct?: unknown;
  name?: unknown;
  "m.new_content"?: unknown;
  "m.relates_to"?: { rel_type?: unknown; event_id?: unknown; key?: unknown; "m.in_reply_to"?: { event_id?: unknown } | null; is_falling_back?: unknown } | null;
  [field: string]: unknown;
}

/** An event as the export writes it (the fields read here). */
interface MatrixEvent {
  type?: unknown;
  sender?: unknown;
  state_key?: unknown;
  event_id?: unknown;
  room_id?: unknown;
  origin_server_ts?: unknown;
  content?: Content | null;
  unsigned?: { redacted_because?: unknown; "m.relations"?: Record<string, unknown> | null } | null;
}

/** A message's words: its text, whether it is an emote (its sender's name goes first), the fallback quote's sender and words when it had one. */
interface Words {
  text: string;
  emote: boolean;
  quoted: { sender: string; text: string } | null;
}

/** A message read: its event's ID, its sender, time, words, the message it answers, its thread, its newest edit's time, its reactions. */
interface Message {
  id: string | null;
  sender: string;
  ts: number;
  words: Words;
  replyTo: string | null;
  thread: string | null;
  editedAt: number | null;
  reactions: string[];
}

/** A body without the fallback quote of an older client's reply ("> <@sam:matrix.org> …" lines, then a blank line); the quote's sender and words. */
function unquoted(body: string): Words {
  const lines = body.split("\n");
  const m = FALLBACK.exec(lines[0] ?? "");
  const end = lines.findIndex((l) => !l.startsWith(">"));
  if (!m || end < 0 || lines[end]!.trim()) return { text: body.trim(), emote: false, quoted: null };
  const quote = lines
    .slice(0, end)
    .map((l, i) => (i === 0 ? l.replace(FALLBACK, "") : l.replace(/^> ?/, "")))
    .join("\n");
  return {
    text: lines
      .slice(end + 1)
      .join("\n")
      .trim(),
    emote: false,
    quoted: { sender: m[1]!, text: quote.trim() },
  };
}

/** The first text of an extensible event's text list (`[{ body }]`) or of an unstable `org.matrix.msc1767.text` string. */
function textOf(v: unknown): string | null {
  if (Array.isArray(v)) return nonBlank((v[0] as { body?: unknown } | undefined)?.body);
  return nonBlank(v);
}

/** A poll's words: "Poll: <question> (<answer> / <answer>)", from its `m.poll` or unstable `org.matrix.msc3381.poll.start`, else its text fallback. */
function pollWords(content: Content): string | null {
  const poll = (content["m.poll"] ?? content["org.matrix.msc3381.poll.start"]) as
    | { question?: Record<string, unknown>; answers?: Array<Record<string, unknown>> }
    | undefined;
  const question = poll?.question
    ? (textOf(poll.question["m.text"]) ?? textOf(poll.question["org.matrix.msc1767.text"]) ?? nonBlank(poll.question.body))
    : null;
  if (!question) {
    const fallback = textOf(content["m.text"]) ?? textOf(content["org.matrix.msc1767.text"]) ?? nonBlank(content.body);
    return fallback ? `Poll: ${fallback}` : null;
  }
  const answers = (Array.isArray(poll?.answers) ? poll.answers : [])
    .map((a) => textOf(a?.["m.text"]) ?? textOf(a?.["org.matrix.msc1767.text"]))
    .filter((a): a is string => a !== null);
  return `Poll: ${question}${answers.length ? ` (${answers.join(" / ")})` : ""}`;
}

/** What an event of type `type` with `content` says (see the module comment), or null for one that is no one's words. */
function wordsOf(type: string, content: Content): Words | null {
  const words = (text: string | null): Words | null => (text ? { text, emote: false, quoted: null } : null);
  if (type === "m.sticker") return words(`[sent a sticker${nonBlank(content.body) ? `: ${nonBlank(content.body)}` : ""}]`);
  if (POLL_START.has(type)) return words(pollWords(content));
  if (type !== "m.room.message") return null;
  const msgtype = typeof content.msgtype === "string" ? content.msgtype : "";
  const body = typeof content.body === "string" ? content.body : "";
  if (msgtype === "m.bad.encrypted" || msgtype === "m.key.verification.request") return null;
  const media = MEDIA[msgtype];
  if (media) {
    if (msgtype === "m.audio" && (content["org.matrix.msc3245.voice"] !== undefined || content["org.matrix.msc3245.voice.v2"] !== undefined))
      return words("[sent a voice message]");
    const name = nonBlank(content.filename) ?? nonBlank(body);
    // (a caption, MSC2530: the body when a filename is given besides it)
    const caption = nonBlank(content.filename) && nonBlank(body) && body.trim() !== nonBlank(content.filename) ? unquoted(body).text : null;
    const mention = `[${media}${name ? `: ${name}` : ""}]`;
    return words(caption ? `${caption}\n${mention}` : mention);
  }
  if (msgtype === "m.location") return words(nonBlank(body) ? `[shared a location: ${body.trim()}]` : "[shared a location]");
  const read = unquoted(body);
  return read.text ? { ...read, emote: msgtype === "m.emote" } : null;
}

/** `v` as epoch ms of a time Engram imports, or NaN. */
function msOf(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) && inImportRange(v) ? Math.trunc(v) : Number.NaN;
}

/** A room being read: its ID, its people's display names, its messages, edits and reactions waiting for the end of the file. */
class Room {
  id: string | null = null;
  header = new Map<string, string>();
  /** each member's display names, newest last, with their times */
  names = new Map<string, Array<{ name: string; ts: number }>>();
  members = new Set<string>();
  direct = false;
  named = false;
  messages: Message[] = [];
  edits: Array<{ target: string; sender: string; ts: number; words: Words }> = [];
  reactions: Array<{ target: string; sender: string; key: string }> = [];
  redacted = new Set<string>();

  constructor(private readonly file: string) {}

  /** Reads event `e`, the `i`-th of `messages` (see the module comment). */
  read(e: MatrixEvent, i: number): void {
    const where = `messages[${i}]`;
    if (!e || typeof e !== "object" || Array.isArray(e)) throw new ImportError(this.file, where, `expected an event (an object), got ${describeValue(e)}`);
    const type = nonBlank(e.type);
    if (!type) throw new ImportError(this.file, `${where}.type`, `expected the event's type ("m.room.message"), got ${describeValue(e.type ?? null)}`);
    this.id ??= nonBlank(e.room_id);
    const content: Content = e.content && typeof e.content === "object" && !Array.isArray(e.content) ? e.content : {};
    if (type === "m.room.member") {
      this.member(e, content);
      return;
    }
    if (type === "m.room.name") this.named ||= nonBlank(content.name) !== null;
    if (type === "m.room.redaction") {
      const redacts = nonBlank((e as { redacts?: unknown }).redacts) ?? nonBlank(content.redacts);
      if (redacts) this.redacted.add(redacts);
    }
    if (type !== "m.room.message" && type !== "m.sticker" && type !== "m.reaction" && !POLL_START.has(type)) return;
    if (e.unsigned?.redacted_because || !Object.keys(content).length) return;
    const sender = typeof e.sender === "string" && USER_ID.test(e.sender.trim()) ? e.sender.trim() : null;
    if (!sender)
      throw new ImportError(this.file, `${where}.sender`, `expected the sender's Matrix ID ("@sam:matrix.org"), got ${describeValue(e.sender ?? null)}`);
    const ts = msOf(e.origin_server_ts);
    if (Number.isNaN(ts))
      throw new ImportError(
        this.file,
        `${where}.origin_server_ts`,
        `expected the time in milliseconds since 1970, got ${describeValue(e.origin_server_ts ?? null)}`,
      );
    const rel = content["m.relates_to"] && typeof content["m.relates_to"] === "object" ? content["m.relates_to"] : null;
    const target = nonBlank(rel?.event_id);
    if (type === "m.reaction") {
      const key = nonBlank(rel?.key);
      if (rel?.rel_type === "m.annotation" && target && key) this.reactions.push({ target, sender, key });
      return;
    }
    if (rel?.rel_type === "m.replace" && target) {
      const newest = content["m.new_content"] && typeof content["m.new_content"] === "object" ? (content["m.new_content"] as Content) : content;
      const words = wordsOf(type, newest);
      if (words) this.edits.push({ target, sender, ts, words: this.checked(words, `${where}.content`) });
      return;
    }
    const words = wordsOf(type, content);
    if (!words) return;
    const id = nonBlank(e.event_id);
    const reply = rel?.is_falling_back === true ? null : nonBlank(rel?.["m.in_reply_to"]?.event_id);
    this.messages.push({
      id,
      sender,
      ts,
      words: this.checked(words, `${where}.content.body`),
      replyTo: reply,
      thread: rel?.rel_type === "m.thread" ? target : null,
      editedAt: null,
      reactions: [],
    });
    this.bundled(id, sender, e.unsigned?.["m.relations"], type, `${where}.unsigned`);
  }

  /** A member's event: their display name at its time, whether the room is a direct chat. */
  private member(e: MatrixEvent, content: Content): void {
    const who = nonBlank(e.state_key);
    if (!who) return;
    if (content.membership === "join" || content.membership === "invite") this.members.add(who);
    if (content.is_direct === true) this.direct = true;
    const name = nonBlank(content.displayname);
    const ts = msOf(e.origin_server_ts);
    if (name) this.names.set(who, [...(this.names.get(who) ?? []), { name, ts: Number.isNaN(ts) ? 0 : ts }]);
  }

  /** What the server bundled with message `id`: its newest edit (a full event, by its sender), an older server's counts of reactions. */
  private bundled(id: string | null, sender: string, relations: Record<string, unknown> | null | undefined, type: string, where: string): void {
    if (!id || !relations || typeof relations !== "object") return;
    const edit = relations["m.replace"] as MatrixEvent | undefined;
    const newest = edit?.content?.["m.new_content"];
    const ts = msOf(edit?.origin_server_ts);
    if (newest && typeof newest === "object" && edit?.sender === sender && !Number.isNaN(ts)) {
      const words = wordsOf(type, newest as Content);
      if (words) this.edits.push({ target: id, sender, ts, words: this.checked(words, `${where}["m.relations"]["m.replace"]`) });
    }
    const chunk = (relations["m.annotation"] as { chunk?: unknown } | undefined)?.chunk;
    for (const r of Array.isArray(chunk) ? (chunk as Array<{ key?: unknown; count?: unknown }>) : []) {
      const key = nonBlank(r?.key);
      if (key) this.reactions.push({ target: id, sender: "", key: typeof r.count === "number" && r.count > 1 ? `${key} ×${r.count}` : key });
    }
  }

  /** `words`, refused when longer than MAX_MESSAGE_CHARS (naming `where`). */
  private checked(words: Words, where: string): Words {
    if (words.text.length <= MAX_MESSAGE_CHARS) return words;
    throw new ImportError(
      this.file,
      where,
      `the message is ${words.text.length.toLocaleString("en-US")} characters long; the largest message Engram imports is ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters (shorten it or remove it from the file)`,
    );
  }

  /** Everyone the export shows: members, people a member event names, senders. */
  everyone(): string[] {
    return [...new Set([...this.members, ...this.names.keys(), ...this.messages.map((m) => m.sender)])];
  }

  /** The one of `people` whose ID's localpart is a word of `name` ("Sam Okafor", `@sam:…`), or null. */
  private byWords(name: string, people: readonly string[]): string | null {
    const words = new Set(name.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    const found = people.filter((p) => words.has(USER_ID.exec(p)?.[1]?.toLowerCase() ?? "\0"));
    return found.length === 1 ? found[0]! : null;
  }

  /** The exporter's Matrix ID: `exported_by` when it is one, else whose display name it is, else the one sender its words name by their localpart; null when the export does not tell it. */
  user(): string | null {
    const by = nonBlank(this.header.get("exported_by"));
    if (!by) return null;
    if (USER_ID.test(by)) return by;
    const named = this.everyone().filter((p) => this.names.get(p)?.some((n) => n.name === by));
    return named.length === 1 ? named[0]! : this.byWords(by, [...new Set(this.messages.map((m) => m.sender))]);
  }

  /**
   * How each person is named: the user (`user`) by `exported_by` (their display name when the export was
   * made), anyone else by their newest display name a member event gives, else by a display name the
   * export's fields give (`room_creator`; a direct chat's `room_name`, the other person's) and their ID's
   * localpart is a word of, else by their ID's localpart ("sam"): an export of the last messages holds
   * no member event.
   */
  namer(user: string | null, direct: boolean): (id: string) => string {
    const given = new Map<string, string>();
    const by = nonBlank(this.header.get("exported_by"));
    if (user && by && !USER_ID.test(by)) given.set(user, by);
    const unnamed = this.everyone().filter((p) => p !== user && !this.names.has(p));
    for (const name of [this.header.get("room_creator"), direct ? this.header.get("room_name") : undefined]) {
      const n = nonBlank(name);
      const id = n && !USER_ID.test(n) ? this.byWords(n, unnamed) : null;
      if (id && !given.has(id)) given.set(id, n!);
    }
    return (id) => given.get(id) ?? this.names.get(id)?.reduce((a, b) => (b.ts >= a.ts ? b : a)).name ?? USER_ID.exec(id)?.[1] ?? id;
  }
}

/**
 * Reads `file`, Element's JSON export of a room (see the module comment), into one conversation (format
 * `matrix`; externalId `matrix:<room ID>`, "matrix:!qPzVxKwTnRbLmYdHcJ:matrix.org", so a later export of
 * the room adds only its new messages, else the file's content key; title the room's name, a direct
 * chat's the other person's), its messages in time order (turn externalId the `event_id`; metadata
 * `{ matrix?: { replyTo: { speaker, text }, thread, reactions, edited } }`, the text replied to at most
 * 280 characters). Null when no message has words. `onProgress` gets the bytes read.
 * @throws ImportError naming the file and where: the document is no object, `messages` no array or
 *   missing, an event no object or with no type (`messages[i].type`), a message's sender that is no
 *   Matrix ID (`messages[i].sender`) or time that is no epoch ms (`messages[i].origin_server_ts`), a
 *   message over MAX_MESSAGE_CHARS; the stream's own (invalid JSON, truncation: byte, line and column).
 */
export async function parseMatrix(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation | null> {
  const room = new Room(file);
  let events = false;
  const values = streamJsonPaths(file, {
    choose: (path, kind) => {
      if (path.length === 0) {
        if (kind !== "object")
          throw new ImportError(
            file,
            "byte 0",
            `expected Element's export of a room (an object: room_name, exported_by, messages), got ${kind === "array" ? "an array" : "a single value"}`,
          );
        return "enter";
      }
      if (path.length === 1 && path[0] === "messages") {
        if (kind !== "array") throw new ImportError(file, "messages", "expected an array of events");
        events = true;
        return "enter";
      }
      return path.length === 2 || (path.length === 1 && HEADER.has(String(path[0])) && kind === "scalar") ? "keep" : "skip";
    },
    onProgress: opts.onProgress,
  });
  for await (const { path, value } of values) {
    if (path.length === 1) {
      if (typeof value === "string") room.header.set(String(path[0]), value);
    } else room.read(value as MatrixEvent, path[1] as number);
  }
  if (!events) throw new ImportError(file, "messages", 'no "messages" array: expected Element\'s export of a room (Room info → Export chat → Format: JSON)');
  return conversationOf(room, file);
}

/** The room's conversation: edits and reactions folded into their messages, each message a turn of its sender's, named and titled (see {@link parseMatrix}). */
async function conversationOf(room: Room, file: string): Promise<ParsedConversation | null> {
  const byId = new Map(room.messages.filter((m) => m.id !== null).map((m) => [m.id!, m]));
  for (const edit of room.edits) {
    const m = byId.get(edit.target);
    // (an edit is its message's sender's, the newest read)
    if (!m || m.sender !== edit.sender || (m.editedAt !== null && m.editedAt > edit.ts)) continue;
    m.words = { ...edit.words, quoted: m.words.quoted };
    m.editedAt = edit.ts;
  }
  const user = room.user();
  const people = room.everyone();
  const direct = room.direct || (!room.named && people.length === 2);
  const nameOf = room.namer(user, direct);
  for (const r of room.reactions) byId.get(r.target)?.reactions.push(r.sender ? `${r.key} ${nameOf(r.sender)}` : r.key);
  const kept = room.messages.filter((m) => !(m.id && room.redacted.has(m.id)) && m.words.text);
  if (!kept.length) return null;
  kept.sort((a, b) => a.ts - b.ts);
  const turns: ParsedTurn[] = kept.map((m) => {
    const answered = m.replyTo ? byId.get(m.replyTo) : undefined;
    const replyTo = answered
      ? { speaker: nameOf(answered.sender), text: answered.words.text.slice(0, REPLY_CHARS) }
      : m.replyTo && m.words.quoted
        ? { speaker: nameOf(m.words.quoted.sender), text: m.words.quoted.text.slice(0, REPLY_CHARS) }
        : null;
    const matrix = {
      ...(replyTo ? { replyTo } : {}),
      ...(m.thread ? { thread: m.thread } : {}),
      ...(m.reactions.length ? { reactions: m.reactions } : {}),
      ...(m.editedAt !== null ? { edited: true } : {}),
    };
    return {
      externalId: m.id ?? `${m.sender} ${new Date(m.ts).toISOString()}`,
      speaker: nameOf(m.sender),
      role: m.sender === user ? "user" : "other",
      occurredAt: m.ts,
      text: m.words.emote ? `${nameOf(m.sender)} ${m.words.text}` : m.words.text,
      metadata: Object.keys(matrix).length ? { matrix } : {},
    };
  });
  const others = people.filter((p) => p !== user);
  const roomName = nonBlank(room.header.get("room_name"));
  const title =
    direct && others.length === 1 ? nameOf(others[0]!) : (roomName ?? (others.length ? `Matrix room with ${others.map(nameOf).join(", ")}` : "Matrix room"));
  return {
    format: "matrix",
    externalId: room.id ? `matrix:${room.id}` : await contentKey(file),
    title,
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}

/**
 * Why `path`, a file of a folder the user imports, is passed over when it is an Element export in
 * another format than JSON (a page of its HTML export, its plain text export: {@link elementExportAdvice},
 * told by `head`, the file's start), saying to export the room again as JSON; null for any other file.
 */
export function matrixPassedOver(path: string, head: string | null): string | null {
  if (head === null || !/\.(?:html?|txt)$/i.test(path)) return null;
  return elementExportAdvice(path, head);
}
