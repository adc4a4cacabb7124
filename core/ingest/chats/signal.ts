/**
 * A Signal chat as signal-export writes it → one conversation per chat. Signal has no export of its own;
 * signal-export (carderne/signal-export, `sigexport DEST`) reads Signal Desktop's database and writes,
 * under DEST, one folder per chat named by the chat with all but its letters and digits taken out ("Sam
 * Okafor" → `SamOkafor/`, "Hackney Harriers" → `HackneyHarriers/`, an emoji spelt out first; a second
 * chat of the same name `SamOkafor2/`; the user's own chat, Note to Self, `NotetoSelf/`), each holding:
 * - `chat.md`: each message `[2026-10-03 18:21:05] SamOkafor: words  ` (the time Signal Desktop's
 *   computer's local clock, no zone; the sender named as the folders are, the user "Me"; two spaces
 *   after the words, a Markdown line break), then a blank line. A reply's quote comes first, between
 *   blank lines, each of its lines after "> " (the header line then ends at "SamOkafor: "); then the
 *   words; reactions on a line of their own, `(- Me: ❤️, LeahMoss: 🎉 -)`; a sticker
 *   `[🥰](../exported_stickers/<pack>/<id>.webp)  ` (or, older, a line `(( 🥰 ))`); each attachment
 *   `![name](./media/name)  ` (an image) or `[name](./media/name)  `, or `(media not exported)  ` when its
 *   file was not copied; a deleted message `(This message was deleted)`; a call its line ("Missed voice
 *   call", "Incoming voice call (accepted, 5m 3s)"; older "Incoming call", "Outgoing call"). Older
 *   exports, merged into with `--old`, may write `[2019-05-29, 15:04]`.
 * - `data.json` (by default; not with `--no-json`): the same messages, one JSON object a line, as
 *   Python's json.dumps writes a dataclass: `{"date": "2026-10-03T18:21:05.482000", "sender":
 *   "SamOkafor", "body": "words  ", "quote": "\n\n> quoted\n\n", "sticker": null | {id, packId, packKey,
 *   emoji, extension} (older: "" or its emoji), "reactions": [["Me", "❤️"]], "attachments": [{"name",
 *   "path": "media/…", "missing_kind": null}], "deleted": false, "call": false, "missed": false}` (the
 *   last three in newer versions only).
 * - `index.html` (its web page), `media/` (the attachments, `2026-10-03T18-21-05.482_00_IMG_4821.jpg`:
 *   the message's time, the attachment's place, its file name; "None" for one Signal kept no name of,
 *   a voice note's), and with `--chat-members` a group's `meta.json` and `members.csv`; `style.css`,
 *   `chat.js` and `exported_stickers/` at DEST's top.
 * Checked against sigexport's source at its newest commit (4093921, August 2026) and its history back
 * to v3.0.0: main.py (the files written), create.py `create_message`, models.py `Message.to_md`,
 * `dict_str`, `MergeMessage`, files.py `copy_attachments`, utils.py `fix_names`, `dt_from_ts`.
 *
 * A folder is read from data.json when it holds one, else from chat.md, never both
 * ({@link signalPassedOver}): the two give the same turns (times to the second, chat.md's precision), so
 * a chat read from chat.md once (an export made with `--no-json`) and from data.json later adds only
 * what is new. Each message is a turn of its sender at its time, read as UTC as Engram reads every time
 * an export gives with no zone, keyed by it (time-keys.ts `keyedByTime`: sigexport writes no message id);
 * the user's ("Me") role "user", everyone else's "other" (`--me` names the user besides, import.ts).
 * A sender is named by the folder's spelling, its words parted at their capitals ("SamOkafor" → "Sam
 * Okafor", "McDonald" kept whole). A chat whose every other sender is the one its folder names is a
 * direct chat, titled by that person (its messages a chat's, as Telegram's or Google Voice's are, not
 * letters: a favour opened "Huge favour: could you …?" stays one); any other a group, titled by its
 * folder ("Hackney Harriers"); Note to Self "Note to Self". A reply's
 * quote is recorded with it (metadata `signal.replyTo`, the message quoted found among the turns before
 * it), reactions folded into the message reacted to (`signal.reactions`, "❤️ Me"; an older export's
 * "NotetoSelf" reacting is the user), an attachment named, never read ("[shared an image:
 * brighton-10k-course-map.png]", "[shared a file: questions_for_Hughes.txt]", "[sent a voice message]",
 * after the words when there are some). Passed over: deleted messages, calls, stickers alone.
 */
import { existsSync, readdirSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { inImportRange, isoToMs } from "../../time/import-dates.js";
import { fileLines } from "../kit/bytes.js";
import { fileStart } from "../kit/file-start.js";
import { addMessageLine, type MessageDraft } from "../kit/passages.js";
import { keyedByTime } from "../kit/time-keys.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";

/** data.json's line: an object opening with its message's `"date"`, a time with no zone (Python's isoformat), then its `"sender"`. */
const JSON_START = /^\{\s*"date"\s*:\s*"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})?"\s*,\s*"sender"\s*:\s*"/;
/** chat.md's message line: its day (group 1) and time (2: with its seconds in today's exports; "[2019-05-29, 15:04]" in old ones), its sender (3), the rest of the line (4). */
const MD_HEADER = /^\[(\d{4}-\d{2}-\d{2}),? (\d{2}:\d{2}(?::\d{2})?)\] ([^:\n]+?): ?(.*)$/;
/** An attachment's link at the end of a message in chat.md (an image's after "!"): its name (1) and path (2). */
const MD_ATTACHMENT = /!?\[([^\]\n]*)\]\(\.\/(media\/[^)\n]*)\) {2}$/;
/** An attachment sigexport did not copy, at the end of a message: its kind (1). */
const MD_MISSING = /\((media|attachment) not exported\) {2}$/;
/** A sticker at the end of a message: a link to its file, or (older, or its file missing) a line "(( 🥰 ))". */
const MD_STICKER = /(?:\[[^\]\n]*\]\(\.\.\/exported_stickers\/[^)\n]*\) {2}|\n\(\( .* \)\))$/;
/** Reactions on the message's last line: "(- Me: ❤️, LeahMoss: 🎉 -)" (group 1). */
const MD_REACTIONS = /\n\(- (.*) -\)$/;
/** A deleted message's words in chat.md. */
const DELETED = "(This message was deleted)";
/** A call's line (create.py `_format_call`; older exports "Incoming call", "Outgoing call"). */
const CALL = /^(?:(?:Incoming|Outgoing|Missed) (?:(?:voice|video) )?call(?: \([\w ,]+\))?)$/;
/** Where sigexport's media file name starts: its message's time and the attachment's place ("2026-10-03T18-21-05.482_00_"). */
const MEDIA_PREFIX = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}(?:\.\d{1,6})?_\d{2,}_/;
/** The longest quoted text kept with a reply (characters). */
const REPLY_CHARS = 280;
/** What a message's first line looks like, for errors. */
const EXAMPLE = '"[2026-10-03 18:21:05] SamOkafor: …"';

/** A message read from either file: where it starts, its time (epoch ms, to the second), its sender as written, words, quote, reactions, attachments, and what it is besides. */
interface Draft {
  line: number;
  at: number;
  sender: string;
  words: string;
  quote: string | null;
  reactions: Array<[string, string]>;
  attachments: Array<{ name: string; missing: string | null }>;
  sticker: boolean;
  deleted: boolean;
  call: boolean;
}

/** Whether `head` (a file's start, white space before it dropped) is signal-export's data.json: its first line a message's object, `{"date": "2026-10-03T18:21:05.482000", "sender": "…"`, naming its `"body"` and `"quote"`. */
export function isSignalJson(head: string): boolean {
  const first = head.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0]!;
  return JSON_START.test(first) && /"body"\s*:/.test(first) && /"quote"\s*:/.test(first);
}

/**
 * Whether `head` (a file's start, white space before it dropped) is signal-export's chat.md: its first
 * line a message's, `[2026-10-03 18:21:05] SamOkafor: …`, and its first message ended as sigexport ends
 * one (its words' two spaces, a reactions line, a sticker, an attachment's link, a deletion's note),
 * then a blank line; a transcript's "[2026-10-03 18:21] Sam: hi" is none.
 */
export function isSignalMarkdown(head: string): boolean {
  const lines = head.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (!MD_HEADER.test(lines[0]!)) return false;
  const next = lines.findIndex((l, i) => i > 0 && MD_HEADER.test(l));
  // (a first message the head (64 KiB) cuts: not told, so no Signal chat)
  if (next < 0 && lines.length > 1 && head.length >= 60_000) return false;
  const message = lines.slice(0, next < 0 ? undefined : next);
  while (message.length > 1 && message.at(-1) === "") message.pop();
  const blankAfter = next < 0 ? lines.length > message.length : next > message.length;
  const last = message.join("\n");
  return blankAfter && (/ {2}$/.test(last) || MD_REACTIONS.test(last) || MD_STICKER.test(last) || last.endsWith(`: ${DELETED}`));
}

/** "SamOkafor" → "Sam Okafor": a name as sigexport spells it (utils.fix_names: only its letters and digits), its words parted at their capitals ("McDonald" kept whole). */
export function spokenName(name: string): string {
  return name
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, "$1 $2")
    .replace(/(^|\s)Mc (\p{Lu})/gu, "$1Mc$2");
}

/** The chat's folder (`…/SamOkafor/data.json` → "SamOkafor"). */
function folderOf(file: string): string {
  return basename(dirname(file));
}

/** The chat's title by its folder: "Note to Self" for the user's own, else its words parted ("Hackney Harriers"). */
function titleOf(folder: string): string {
  return folder === "NotetoSelf" ? "Note to Self" : spokenName(folder) || "Signal chat";
}

/** A time as sigexport writes it, to the second, read as UTC (a zone honoured where one is given), or NaN. */
function timeOf(s: string): number {
  const t = isoToMs(s.trim().replace(/[.,]\d+(?=$|Z|[+-]\d{2}:?\d{2}$)/, ""));
  return inImportRange(t) ? t : Number.NaN;
}

/** The words of `body`: sigexport's two trailing spaces (and any at a line's end) taken off, blank lines at its ends dropped. */
function wordsOf(body: string): string {
  return body.replace(/[ \t]+$/gm, "").trim();
}

/** A quote as sigexport writes it ("\n\n> line\n> line\n\n") → its words, or null. */
function quoteOf(quote: string): string | null {
  const text = quote
    .split("\n")
    .filter((l) => l.startsWith(">"))
    .map((l) => l.replace(/^> ?/, ""))
    .join("\n")
    .trim();
  return text || null;
}

/** `v`, a field of data.json's line `n`, as a string; an ImportError naming the line and the field otherwise. */
function stringAt(file: string, n: number, field: string, v: unknown, missingOk = false): string {
  if (typeof v === "string") return v;
  if (missingOk && (v === undefined || v === null)) return "";
  throw new ImportError(file, `line ${n}`, `${field}: ${v === undefined ? "missing (expected a string)" : `expected a string, got ${describeValue(v)}`}`);
}

/** A line of data.json (`n` its number) as a message. */
function jsonDraft(file: string, n: number, line: string): Draft {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (e) {
    throw new ImportError(file, `line ${n}`, `not JSON (${(e as Error).message}); signal-export's data.json holds one message's JSON object a line`);
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) throw new ImportError(file, `line ${n}`, `expected a message's object, got ${describeValue(v)}`);
  const m = v as Record<string, unknown>;
  const date = stringAt(file, n, "date", m.date);
  const at = timeOf(date);
  if (Number.isNaN(at))
    throw new ImportError(file, `line ${n}`, `date: expected a time like "2026-10-03T18:21:05.482000" (1970 to 2199), got ${describeValue(date)}`);
  const reactions = m.reactions ?? [];
  if (!Array.isArray(reactions)) throw new ImportError(file, `line ${n}`, `reactions: expected an array, got ${describeValue(reactions)}`);
  for (const [i, r] of reactions.entries())
    if (!Array.isArray(r) || typeof r[0] !== "string" || typeof r[1] !== "string")
      throw new ImportError(file, `line ${n}`, `reactions[${i}]: expected [name, emoji], got ${describeValue(r)}`);
  const attachments = m.attachments ?? [];
  if (!Array.isArray(attachments)) throw new ImportError(file, `line ${n}`, `attachments: expected an array, got ${describeValue(attachments)}`);
  return {
    line: n,
    at,
    sender: stringAt(file, n, "sender", m.sender),
    words: wordsOf(stringAt(file, n, "body", m.body, true)),
    quote: quoteOf(stringAt(file, n, "quote", m.quote, true)),
    reactions: reactions as Array<[string, string]>,
    attachments: attachments.map((a, i) => {
      const att = (a && typeof a === "object" ? a : {}) as Record<string, unknown>;
      const missing = typeof att.missing_kind === "string" ? att.missing_kind : null;
      return { name: missing ? "" : stringAt(file, n, `attachments[${i}].name`, att.name), missing };
    }),
    // (a sticker: its object; an older export's emoji, "" for none)
    sticker: m.sticker !== null && m.sticker !== undefined && m.sticker !== "",
    deleted: m.deleted === true,
    // (a call: flagged in newer exports; in older ones only its line, "Incoming call")
    call: m.call === true || (m.call === undefined && !attachments.length && CALL.test(wordsOf(typeof m.body === "string" ? m.body : ""))),
  };
}

/** A message of chat.md being read: its first line's number, time, sender, and lines. */
interface MdDraft extends MessageDraft {
  at: number;
  sender: string;
}

/** A message of chat.md, its lines read ({@link MdDraft}), as a message: its quote, reactions, sticker and attachments taken from its words. */
function mdDraft(d: MdDraft): Draft {
  const lines = [...d.lines];
  while (lines.length > 1 && lines.at(-1) === "") lines.pop();
  let quote: string | null = null;
  // (a reply: its header ends at the sender, then a blank line, the quote's "> " lines, a blank line, the words)
  if (lines[0]!.trim() === "" && lines[1] === "" && lines[2]?.startsWith(">")) {
    let end = 2;
    while (end < lines.length && lines[end]!.startsWith(">")) end++;
    quote = quoteOf(lines.slice(2, end).join("\n"));
    lines.splice(0, lines[end] === "" ? end + 1 : end);
  }
  let text = lines.join("\n");
  const attachments: Draft["attachments"] = [];
  for (let m = MD_ATTACHMENT.exec(text) ?? MD_MISSING.exec(text); m; m = MD_ATTACHMENT.exec(text) ?? MD_MISSING.exec(text)) {
    attachments.unshift(m[0].startsWith("(") ? { name: "", missing: m[1]! } : { name: m[1]!, missing: null });
    text = text.slice(0, m.index);
  }
  const sticker = MD_STICKER.exec(text);
  if (sticker) text = text.slice(0, sticker.index);
  const reactions: Draft["reactions"] = [];
  const reacted = MD_REACTIONS.exec(text);
  if (reacted) {
    for (const r of reacted[1]!.split(", ")) {
      const at = r.indexOf(": ");
      if (at > 0) reactions.push([r.slice(0, at), r.slice(at + 2)]);
    }
    text = text.slice(0, reacted.index);
  }
  const words = wordsOf(text);
  const bare = !quote && !reactions.length && !sticker && !attachments.length;
  return {
    line: d.line,
    at: d.at,
    sender: d.sender,
    words,
    quote,
    reactions,
    attachments,
    sticker: sticker !== null,
    deleted: bare && words === DELETED,
    call: bare && CALL.test(words),
  };
}

/** The messages of `file`, data.json (`json`) or chat.md, as they are read; `onProgress` gets the bytes read. */
async function* draftsOf(file: string, json: boolean, onProgress?: (bytesRead: number, totalBytes: number) => void): AsyncGenerator<Draft> {
  const info = await stat(file);
  const input = fileLines(file, info.size, onProgress);
  let n = 0;
  let md: MdDraft | null = null;
  try {
    for await (const raw of input.lines) {
      n++;
      const line = n === 1 ? raw.replace(/^\uFEFF/, "") : raw;
      if (json) {
        if (line.trim()) yield jsonDraft(file, n, line);
        continue;
      }
      const m = MD_HEADER.exec(line);
      if (m) {
        const at = timeOf(`${m[1]}T${m[2]}`);
        if (Number.isNaN(at)) throw new ImportError(file, `line ${n}`, `"${m[1]} ${m[2]}" is no time Engram imports (a day from 1970 to 2199)`);
        if (md) yield mdDraft(md);
        md = { line: n, lines: [m[4]!], chars: m[4]!.length, at, sender: m[3]! };
        continue;
      }
      if (!md) {
        if (!line.trim()) continue;
        throw new ImportError(file, `line ${n}`, `expected a Signal message like ${EXAMPLE}, got ${JSON.stringify(line.trim().slice(0, 60))}`);
      }
      addMessageLine(file, md, line);
    }
    if (md) yield mdDraft(md);
  } finally {
    input.close();
  }
  input.finished();
}

/** An attachment in words: "[shared an image: brighton-10k-course-map.png]", "[sent a voice message]", "[shared a file: questions.txt]". */
function mention(a: Draft["attachments"][number]): string {
  if (a.missing) return a.missing === "media" ? "[shared a photo or video]" : "[shared a file]";
  const name = a.name.replace(MEDIA_PREFIX, "");
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  const named = !/^None\.[a-z0-9]+$/i.test(name) && name !== "None";
  if (/^(?:png|jpe?g|gif|tiff?|webp|apng|svg|heic)$/.test(ext)) return named ? `[shared an image: ${name}]` : "[shared an image]";
  if (/^(?:mp4|mov|mkv|mpeg|webm|qt)$/.test(ext)) return named ? `[shared a video: ${name}]` : "[shared a video]";
  if (/^(?:m4a|aac|mp3|ogg|opus|wav|flac)$/.test(ext)) return named ? `[shared an audio file: ${name}]` : "[sent a voice message]";
  return named ? `[shared a file: ${name}]` : "[shared a file]";
}

/** Who sigexport says reacted, as a speaker is named: "Me" (an older export's "NotetoSelf", the user's own chat) the user. */
function reactor(name: string): string {
  return name === "Me" || name === "NotetoSelf" ? "Me" : spokenName(name);
}

/** The latest of `turns` whose words open with `quoted` (a quote holds the message's words), or undefined. */
function quotedTurn(turns: readonly ParsedTurn[], quoted: string): ParsedTurn | undefined {
  const start = quoted.replace(/\s+/g, " ").trim();
  for (let i = turns.length - 1; i >= 0; i--) if (turns[i]!.text.replace(/\s+/g, " ").startsWith(start)) return turns[i];
  return undefined;
}

/**
 * Reads `file`, a chat's data.json or chat.md as signal-export writes it (see the module comment; told
 * by `head`, the file's start), into one conversation (format `signal`; externalId `signal:<its folder>`,
 * so a later export of the chat adds only its new messages; title the person a direct chat is with, a
 * group's name, "Note to Self"). Each message is a turn of its sender (named as {@link spokenName}
 * does, "Me" the user's, role "user") at its time to the second, read as UTC, keyed by it; metadata `{
 * line, signal?: { replyTo: { speaker, text }, reactions: ["❤️ Me"] } }`. Null when no message has
 * words (calls, stickers, deleted messages only). `onProgress` gets the bytes read.
 * @throws ImportError naming the file (with its chat's folder) and the line: a line of data.json that is
 *   not JSON, not a message's object, or whose `date`, `sender`, `body`, `quote`, `reactions` or
 *   `attachments` is not of its kind; a line of chat.md before its first message that is none; a day
 *   outside 1970–2199; a message of chat.md over passages.ts MAX_MESSAGE_CHARS; bytes that are not UTF-8.
 */
export async function parseSignal(
  file: string,
  head: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation | null> {
  const json = head.trimStart().startsWith("{");
  const drafts: Draft[] = [];
  for await (const d of draftsOf(file, json, opts.onProgress)) if (!d.deleted && !d.call) drafts.push(d);
  const folder = folderOf(file);
  const others = new Set(drafts.filter((d) => d.sender !== "Me").map((d) => d.sender));
  // (a direct chat: its one other sender is the one its folder names, "SamOkafor", or "SamOkafor2" for a second Sam)
  const direct = others.size === 1 && folder.replace(/\d+$/, "") === [...others][0]!.replace(/\d+$/, "");
  drafts.sort((a, b) => a.at - b.at);
  const turns: ParsedTurn[] = [];
  for (const d of drafts) {
    const text = [d.words, ...d.attachments.map(mention)].filter(Boolean).join("\n");
    if (!text) continue;
    const user = d.sender === "Me";
    const target = d.quote ? quotedTurn(turns, d.quote) : undefined;
    const replyTo = d.quote ? { speaker: target?.speaker ?? null, text: (target?.text ?? d.quote).slice(0, REPLY_CHARS) } : null;
    const signal = {
      ...(replyTo ? { replyTo } : {}),
      ...(d.reactions.length ? { reactions: d.reactions.map(([name, emoji]) => `${emoji} ${reactor(name)}`) } : {}),
    };
    turns.push({
      externalId: null,
      speaker: user ? "Me" : spokenName(d.sender),
      role: user ? "user" : "other",
      occurredAt: d.at,
      text,
      metadata: {
        line: d.line,
        ...(Object.keys(signal).length ? { signal } : {}),
      },
    });
  }
  if (!turns.length) return null;
  keyedByTime(turns);
  return {
    format: "signal",
    externalId: `signal:${folder}`,
    title: direct ? spokenName([...others][0]!) : titleOf(folder),
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}

/** Whether `dir` is a chat's folder of signal-export's: its data.json, else its chat.md, is one by its start. */
function isChatFolder(dir: string): boolean {
  const json = fileStart(join(dir, "data.json"), 8192);
  if (json !== null) return isSignalJson(json.trimStart());
  const md = fileStart(join(dir, "chat.md"), 8192);
  return md !== null && isSignalMarkdown(md.trimStart());
}

/**
 * Why `path`, a file of a folder the user imports, is passed over as signal-export's, or null: a chat's
 * chat.md beside its data.json (a Signal data.json, by its start: the same messages, read from there);
 * any file under a chat's `media/` (an attachment: named in its message, never read, a photo or a .txt
 * alike); a group's `meta.json` from `--chat-members` (its members, no one's words); `chat.js` beside
 * `style.css` at the export's top (the script of its web pages). Sync and cheap: importPaths asks it of
 * every file of a folder.
 */
export function signalPassedOver(path: string): string | null {
  const dir = dirname(path);
  const name = basename(path);
  if (basename(dir) === "media" && isChatFolder(dirname(dir)))
    return `an attachment of the Signal chat ${titleOf(basename(dirname(dir)))}, named in its message, not read`;
  if (name === "chat.md" && isSignalJson(fileStart(join(dir, "data.json"), 2048)?.trimStart() ?? ""))
    return "the same Signal chat as data.json beside it, read from there";
  if (name === "meta.json" && isChatFolder(dir)) return "the group's members as signal-export's --chat-members lists them, no one's words";
  if (name === "chat.js" && existsSync(join(dir, "style.css")) && hasChatFolder(dir)) return "signal-export's script for its web pages, no one's words";
  return null;
}

/** Whether `dir` holds a chat's folder of signal-export's. */
function hasChatFolder(dir: string): boolean {
  try {
    return readdirSync(dir, { withFileTypes: true }).some((e) => e.isDirectory() && isChatFolder(join(dir, e.name)));
  } catch {
    return false;
  }
}
