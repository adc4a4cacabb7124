/**
 * Facebook Messenger and Instagram direct messages as Meta's "Download your information" gives them
 * in JSON: one thread per folder (`messages/inbox/<name>_<id>/message_1.json`, a long thread also in
 * message_2.json …) → one conversation. Two shapes are read: the classic one (`participants: [{ name
 * }]`, `messages: [{ sender_name, timestamp_ms, content, photos, share, reactions, call_duration,
 * is_unsent }]`, `title`, `thread_path`), and the one Messenger's end-to-end encrypted chats export
 * (`participants: [name]`, `threadName`, `messages: [{ senderName, timestamp, text, isUnsent,
 * type }]`). Messages come newest first and are put in time order. The classic export writes text as
 * the bytes of its UTF-8 read as Latin-1 ("M\u00c3\u00bcnchen" for "München"), which is undone.
 * Passed over: messages with no text (a photo, a sticker), calls, reactions and likes said as
 * messages ("Reacted ❤ to your message"), unsent messages, a shared link's "sent an attachment.", and
 * what Messenger says of a group (joins, names, nicknames). A thread's file is read whole, up to
 * {@link MAX_THREAD_BYTES} (Meta splits a thread's file at 10,000 messages).
 */
import { readJsonFile } from "../kit/bytes.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** The largest thread file read (bytes); Meta's own files of 10,000 messages are a few MB. */
export const MAX_THREAD_BYTES = 64 * 1024 * 1024;

/** Whether a JSON object's start (`head`) is a Meta thread: participants, then messages with a sender and a time in milliseconds. */
export function isMessengerThread(head: string): boolean {
  const start = head.slice(0, 16_384);
  return (
    /^\{\s*"participants"\s*:\s*\[/.test(start) &&
    /"messages"\s*:\s*\[/.test(start) &&
    (/"sender_name"\s*:/.test(start) || /"senderName"\s*:/.test(start)) &&
    /"timestamp(?:_ms)?"\s*:\s*\d{12,}/.test(start)
  );
}

/** One message as either shape writes it (the fields read here). */
interface MetaMessage {
  sender_name?: unknown;
  senderName?: unknown;
  timestamp_ms?: unknown;
  timestamp?: unknown;
  content?: unknown;
  text?: unknown;
  type?: unknown;
  is_unsent?: unknown;
  isUnsent?: unknown;
  call_duration?: unknown;
}

/** What Messenger writes as a message that nobody wrote: calls, reactions, likes, attachments, unsending, a group's changes. */
const NOT_SAID =
  /^(?:You|.+?) (?:called|missed a call from|missed a video chat with|started a video chat|joined the video chat|sent an attachment\.|unsent a message|sent a (?:photo|sticker|voice message|GIF|link)\.?)|^(?:Reacted .{1,8} to (?:your|a) message|Liked a message|The video chat ended\.|You are now connected on Messenger\.?)$|^.+? (?:set (?:the|your|his|her|their) nickname|named the group|changed the group (?:photo|name)|added .+ to the group|left the group|removed .+ from the group)\b/u;

/** Message types of the classic shape that nobody wrote ("Call", "Subscribe": joined, "Unsubscribe": left). */
const NOT_SAID_TYPES = new Set(["Call", "Subscribe", "Unsubscribe"]);

/**
 * Meta's classic text: the bytes of the UTF-8 text, each written as one Latin-1 character, decoded
 * back ("M\u00c3\u00bcnchen" → "München"). Text with a character above U+00FF, or whose bytes are no
 * UTF-8, is already decoded (the newer shape) and kept as it is.
 */
export function metaText(s: string): string {
  if (!/[\u0080-\u00ff]/.test(s) || /[\u0100-\uffff]/.test(s)) return s;
  const decoded = Buffer.from(s, "latin1").toString("utf8");
  return decoded.includes("\ufffd") ? s : decoded;
}

/**
 * Reads `file`, one thread of a Facebook Messenger or Instagram export, into one conversation (format
 * `messenger`, externalId `messenger:<thread_path>`, so a thread's message_2.json adds to the same
 * conversation; title the thread's; each participant a speaker, role "other" until `--me` names the
 * user). Turn externalId: the message's time (ISO 8601, UTC, as a citation shows it), with "#n" for the
 * n-th (from 2) at the same time.
 * @throws ImportError naming the file and field: a file over {@link MAX_THREAD_BYTES}, JSON that does
 *   not parse, no `messages` array, a message with no sender or time, or a thread with no message
 *   with text.
 */
export async function parseMessenger(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): Promise<ParsedConversation> {
  const thread = (await readJsonFile(file, MAX_THREAD_BYTES, "a message thread", opts.onProgress)) as {
    messages?: unknown;
    title?: unknown;
    threadName?: unknown;
    thread_path?: unknown;
  };
  if (!Array.isArray(thread.messages)) throw new ImportError(file, "messages", "expected the thread's messages (an array)");
  const turns: ParsedTurn[] = [];
  const seen = new Map<number, number>();
  // (oldest first: Meta writes the newest first, so messages of the same millisecond are read in the order sent)
  const messages = thread.messages as MetaMessage[];
  for (let i = messages.length - 1; i >= 0; i--) {
    const turn = turnOf(file, messages[i]!, i);
    if (!turn) continue;
    const n = (seen.get(turn.occurredAt) ?? 0) + 1;
    seen.set(turn.occurredAt, n);
    const id = new Date(turn.occurredAt).toISOString().replace(".000Z", "Z");
    turns.push({ ...turn, externalId: n === 1 ? id : `${id}#${n}` });
  }
  if (!turns.length) throw new ImportError(file, "messages", "the thread has no message with text in it");
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  const title = typeof thread.title === "string" ? metaText(thread.title) : typeof thread.threadName === "string" ? thread.threadName : null;
  const path = typeof thread.thread_path === "string" ? thread.thread_path : (title ?? "thread");
  return {
    format: "messenger",
    externalId: `messenger:${path}`,
    title,
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}

/** A message as a turn, or null for one nobody wrote or with no text (see the module comment). */
function turnOf(file: string, m: MetaMessage, i: number): ParsedTurn | null {
  if (!m || typeof m !== "object") throw new ImportError(file, `messages[${i}]`, "expected a message (an object)");
  const raw = typeof m.content === "string" ? m.content : typeof m.text === "string" ? m.text : "";
  const text = metaText(raw).trim();
  if (!text || m.is_unsent === true || m.isUnsent === true || m.call_duration !== undefined) return null;
  if ((typeof m.type === "string" && NOT_SAID_TYPES.has(m.type)) || NOT_SAID.test(text)) return null;
  const sender = typeof m.sender_name === "string" ? metaText(m.sender_name) : typeof m.senderName === "string" ? m.senderName : "";
  if (!sender.trim()) throw new ImportError(file, `messages[${i}].sender_name`, "a message with no sender");
  const at = Number(m.timestamp_ms ?? m.timestamp);
  if (!Number.isFinite(at) || at <= 0)
    throw new ImportError(
      file,
      `messages[${i}].timestamp_ms`,
      `expected milliseconds since 1970, got ${JSON.stringify(m.timestamp_ms ?? m.timestamp ?? null)}`,
    );
  return { externalId: null, speaker: sender.trim(), role: "other", occurredAt: at, text, metadata: {} };
}
