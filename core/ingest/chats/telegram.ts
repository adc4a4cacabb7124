/**
 * A Telegram chat export (Telegram Desktop: a chat's ⋮ → Export chat history → JSON, `result.json`)
 * → one conversation. The file is a JSON object, `{ "name", "type", "id", "messages": [ … ] }` (Saved
 * Messages has no `name`); its messages are streamed (json-stream.ts `arrayAt`), one at a time, so memory
 * holds one message and the conversation's turns. A message's `text` is a string or a list of plain
 * strings and marked-up pieces (`{ "type": "link", "text": … }`), joined; service messages (pins, calls,
 * joins) and messages with no text (a sticker, a photo without a caption) are passed over. Times:
 * `date_unixtime` (UTC seconds), else `date` read as UTC (the export writes the computer's local time
 * without a zone). A whole account's export ("Export Telegram data", whose chats are under `chats.list`)
 * is read chat by chat by telegram-account.ts, each chat as this module reads a chat (its turns
 * {@link telegramTurn}, its conversation {@link telegramConversation}), so a chat has the same
 * conversation and turns whichever export it comes from.
 */
import { streamJsonArray } from "../kit/json-stream.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** The chat types of a Telegram chat export's `type` ("replies": Telegram's Replies chat). */
const CHAT_TYPES = "personal_chat|private_group|private_supergroup|public_supergroup|bot_chat|saved_messages|private_channel|public_channel|replies";
/** The start of a Telegram chat export: an object whose members name the chat (Saved Messages has no name), then its messages. */
const CHAT_EXPORT = new RegExp(`^\\{\\s*(?:"name"\\s*:[\\s\\S]*?)?"type"\\s*:\\s*"(?:${CHAT_TYPES})"[\\s\\S]*?"messages"\\s*:\\s*\\[`);
/**
 * The start of a whole account's export ("Export Telegram data"): `"about"` (its words in the app's
 * language: "Here is the data you requested. …"), then one of the sections the export writes.
 */
const ACCOUNT_EXPORT =
  /^\{\s*"about"\s*:\s*"(?:[^"\\]|\\.)*"\s*,\s*"(?:personal_information|profile_pictures|stories|contacts|frequent_contacts|sessions|web_sessions|other_data|chats|left_chats)"\s*:/;

/** Whether `head` (a file's start) is a Telegram chat export, or a whole account's export ({@link isTelegramAccountExport}). */
export function isTelegramExport(head: string): boolean {
  return CHAT_EXPORT.test(head) || ACCOUNT_EXPORT.test(head);
}

/** Whether `head` (a file's start, its white space before the JSON trimmed) is a whole Telegram account's export, read by telegram-account.ts. */
export function isTelegramAccountExport(head: string): boolean {
  return ACCOUNT_EXPORT.test(head) && !CHAT_EXPORT.test(head);
}

/** A chat as its export names it: `name` (null for Saved Messages or a deleted account), `type` ("personal_chat" …), `id` (digits). */
export interface TelegramChat {
  name: string | null;
  type: string | null;
  id: string | null;
}

/** A message read into a turn, with who sent it as the export ids them (`from_id`: "user<id>", "channel<id>"; null when it has none). */
export interface TelegramTurn extends ParsedTurn {
  fromId: string | null;
}

/** The chat's name, type and id, from the members before its messages in `head`. */
function chatOf(head: string): TelegramChat {
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
 * One message of a chat (`value`, as the export writes it) as a turn, role "other" ({@link telegramConversation}
 * gives the user's theirs): externalId the message `id`, speaker `from` ("Deleted Account" when it has
 * none), its text joined from its pieces, metadata `{ reply_to }` when it replies to one; null for a service
 * message (a pin, a call, a join) or one with no text (a sticker, a photo without a caption).
 * @param where the message's place for an error: `messages[3]` (a chat's export), `chats.list[2].messages[3]` (an account's)
 * @throws ImportError `<where>.date`: a message with no time.
 */
export function telegramTurn(file: string, value: unknown, where: string): TelegramTurn | null {
  const m = value as Record<string, unknown>;
  if (!m || typeof m !== "object" || m.type !== "message") return null;
  const text = textOf(m.text).trim();
  if (!text) return null;
  const at = timeOf(m);
  if (at === null) throw new ImportError(file, `${where}.date`, `expected a time, got ${JSON.stringify(m.date ?? null)}`);
  return {
    externalId: m.id === undefined ? null : String(m.id),
    speaker: typeof m.from === "string" && m.from.trim() ? m.from.trim() : "Deleted Account",
    role: "other",
    occurredAt: at,
    text,
    metadata: m.reply_to_message_id === undefined ? {} : { reply_to: m.reply_to_message_id },
    fromId: typeof m.from_id === "string" && m.from_id.trim() ? m.from_id.trim() : null,
  };
}

/**
 * Who the user is in a chat, as its `from_id` ("user<id>"): the account's own (`account`, from a whole
 * export's `personal_information.user_id`); else, as a chat's export alone tells it, Saved Messages' own
 * id (the chat's `id` is the user's), or in a personal chat the one person who wrote besides the other
 * (whose user id is the chat's `id`), once the other has written; null in a group or a channel.
 */
function userOf(chat: TelegramChat, turns: readonly TelegramTurn[], account: string | null): string | null {
  if (account) return account;
  if (!chat.id) return null;
  if (chat.type === "saved_messages") return `user${chat.id}`;
  if (chat.type !== "personal_chat") return null;
  const other = `user${chat.id}`;
  if (!turns.some((t) => t.fromId === other)) return null;
  const senders = new Set(turns.map((t) => t.fromId).filter((f) => f !== null && f !== other));
  return senders.size === 1 ? [...senders][0]! : null;
}

/**
 * A chat's conversation (format `telegram`, externalId `telegram:<chat id>`, title the chat's name, "Saved
 * Messages" for that chat; each person who wrote a participant), its turns in the order written; the
 * user's turns (from_id the user's, {@link userOf}) role "user", the rest "other" (`--me` names the user
 * where the export does not). The same for a chat exported alone and in a whole account's export.
 * @param account the account's own `from_id` ("user<id>") when the export names it (a whole account's export)
 */
export function telegramConversation(chat: TelegramChat, turns: readonly TelegramTurn[], account: string | null = null): ParsedConversation {
  const user = userOf(chat, turns, account);
  return {
    format: "telegram",
    externalId: `telegram:${chat.id ?? chat.name ?? "chat"}`,
    title: chat.name ?? (chat.type === "saved_messages" ? "Saved Messages" : null),
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: turns[0]?.occurredAt ?? null,
    turns: turns.map(({ fromId, ...turn }) => ({ ...turn, role: user !== null && fromId === user ? "user" : "other" })),
  };
}

/**
 * Reads `file`, a Telegram chat export, into one conversation ({@link telegramConversation}: externalId
 * `telegram:<chat id>`, the user's turns told in a personal chat and Saved Messages, role "other" in a
 * group until `--me` names the user). Turn externalId: the message id; metadata `{ reply_to }` when it
 * replies to one. `head` is the file's start, as read by detection.
 * @throws ImportError a whole account's export (read by telegram-account.ts, not here); a message with no
 *   time (`messages[i].date`); a chat with no message of words (`messages`); the stream's own errors
 *   (invalid JSON, truncation, no "messages" array).
 */
export async function parseTelegram(
  file: string,
  head: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation> {
  if (isTelegramAccountExport(head))
    throw new ImportError(file, "byte 0", "this is a whole Telegram account's export, which is read chat by chat (telegram-account.ts), not as one chat");
  const chat = chatOf(head);
  const turns: TelegramTurn[] = [];
  for await (const item of streamJsonArray(file, { arrayAt: "messages", onProgress: opts.onProgress })) {
    const turn = telegramTurn(file, item.value, `messages[${item.index}]`);
    if (turn) turns.push(turn);
  }
  if (!turns.length) throw new ImportError(file, "messages", "the chat has no message with text in it");
  return telegramConversation(chat, turns);
}
