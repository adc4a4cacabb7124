/**
 * A Telegram chat export (Telegram Desktop: a chat's ⋮ → Export chat history → JSON, `result.json`)
 * → one conversation. The file is a JSON object, `{ "name", "type", "id", "messages": [ … ] }`; its
 * messages are streamed (json-stream.ts `arrayAt`), one at a time, so memory holds one message and
 * the conversation's turns. A message's `text` is a string or a list of plain strings and marked-up
 * pieces (`{ "type": "link", "text": … }`), joined; service messages (pins, calls, joins) and messages
 * with no text (a sticker, a photo without a caption) are passed over. Times: `date_unixtime` (UTC
 * seconds), else `date` read as UTC (the export writes the computer's local time without a zone).
 * A whole account's export ("Export Telegram data", whose chats are under `chats.list`) is refused
 * with the way to export one chat.
 */
import { streamJsonArray } from "./json-stream.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "./types.js";

/** The chat types of a Telegram chat export's `type`. */
const CHAT_TYPES = "personal_chat|private_group|private_supergroup|public_supergroup|bot_chat|saved_messages|private_channel|public_channel";
/** The start of a Telegram chat export: an object whose members name the chat, then its messages. */
const CHAT_EXPORT = new RegExp(`^\\{\\s*"name"\\s*:[\\s\\S]*?"type"\\s*:\\s*"(?:${CHAT_TYPES})"[\\s\\S]*?"messages"\\s*:\\s*\\[`);
/** The start of a whole account's export ("Export Telegram data"). */
const ACCOUNT_EXPORT = /^\{\s*"about"\s*:\s*"Here is the data you requested/;

/** Whether `head` (a file's start) is a Telegram chat export, or a whole account's export (refused, {@link parseTelegram}). */
export function isTelegramExport(head: string): boolean {
  return CHAT_EXPORT.test(head) || ACCOUNT_EXPORT.test(head);
}

/** The chat's name, type and id, from the members before its messages in `head`. */
function chatOf(head: string): { name: string | null; type: string | null; id: string | null } {
  const before = head.slice(0, head.search(/"messages"\s*:\s*\[/));
  const name = /"name"\s*:\s*("(?:[^"\\]|\\.)*"|null)/.exec(before)?.[1];
  return {
    name: name ? (JSON.parse(name) as string | null) : null,
    type: /"type"\s*:\s*"([a-z_]+)"/.exec(before)?.[1] ?? null,
    id: /"id"\s*:\s*(-?\d+)/.exec(before)?.[1] ?? null,
  };
}

/** A message's text: a string, or plain strings and marked-up pieces (`{ type, text }`) joined. */
function textOf(text: unknown): string {
  if (typeof text === "string") return text;
  if (!Array.isArray(text)) return "";
  return text
    .map((piece) => (typeof piece === "string" ? piece : typeof (piece as { text?: unknown })?.text === "string" ? (piece as { text: string }).text : ""))
    .join("");
}

/** When a message was sent (epoch ms): `date_unixtime`, else `date` read as UTC; null when neither is a time. */
function timeOf(m: Record<string, unknown>): number | null {
  const unix = Number(m.date_unixtime);
  if (typeof m.date_unixtime === "string" && Number.isFinite(unix) && unix > 0) return unix * 1000;
  const ms = typeof m.date === "string" ? Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(m.date) ? m.date : `${m.date}Z`) : Number.NaN;
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Reads `file`, a Telegram chat export, into one conversation (format `telegram`, externalId
 * `telegram:<chat id>`, title the chat's name; each person who wrote is a participant, role "other"
 * until `--me` names the user). Turn externalId: the message id; metadata `{ reply_to }` when it
 * replies to one. `head` is the file's start, as read by detection.
 * @throws ImportError a whole account's export (with how to export one chat); a message with no
 *   time (`messages[i].date`); the stream's own errors (invalid JSON, truncation, no "messages" array).
 */
export async function parseTelegram(
  file: string,
  head: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation> {
  if (ACCOUNT_EXPORT.test(head) && !CHAT_EXPORT.test(head)) {
    throw new ImportError(
      file,
      "byte 0",
      "this is a whole Telegram account's export; export one chat instead (Telegram Desktop: open the chat, ⋮ → Export chat history, format JSON) and import its result.json",
    );
  }
  const chat = chatOf(head);
  const turns: ParsedTurn[] = [];
  for await (const item of streamJsonArray(file, { arrayAt: "messages", onProgress: opts.onProgress })) {
    const m = item.value as Record<string, unknown>;
    if (!m || typeof m !== "object" || m.type !== "message") continue;
    const text = textOf(m.text).trim();
    if (!text) continue;
    const at = timeOf(m);
    if (at === null) throw new ImportError(file, `messages[${item.index}].date`, `expected a time, got ${JSON.stringify(m.date ?? null)}`);
    turns.push({
      externalId: m.id === undefined ? null : String(m.id),
      speaker: typeof m.from === "string" && m.from.trim() ? m.from.trim() : "Deleted Account",
      role: "other",
      occurredAt: at,
      text,
      metadata: m.reply_to_message_id === undefined ? {} : { reply_to: m.reply_to_message_id },
    });
  }
  if (!turns.length) throw new ImportError(file, "messages", "the chat has no message with text in it");
  return {
    format: "telegram",
    externalId: `telegram:${chat.id ?? chat.name ?? "chat"}`,
    title: chat.name,
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}
