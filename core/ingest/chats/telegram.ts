/**
 * A Telegram chat export (Telegram Desktop: a chat's ⋮ → Export chat history → JSON, `result.json`)
 * → one conversation. The file is a JSON object, `{ "name", "type", "id", "messages": [ … ] }` (Saved
 * Messages has no `name`); its messages are streamed (json-stream.ts `arrayAt`), one at a time, so memory
 * holds one message and the conversation's turns. A message's `text` is a string or a list of plain
 * strings and marked-up pieces (`{ "type": "link", "text": … }`), joined; service messages (pins, calls,
 * joins) and messages with no text (a sticker, a photo without a caption) are passed over. A forwarded
 * message is said by whom it forwards, as email.ts tells a forwarded mail (Chloe's "Could you let me
 * know by Friday?" is hers, not Ben's who forwarded it), and a shared contact card is a short mention
 * as skype.ts words one ("[shared a contact: Marcus Hale, +44 117 496 0785]"): see {@link telegramTurn}.
 * Times: `date_unixtime` (UTC seconds), else `date` read as UTC (the export writes the computer's local time
 * without a zone). A whole account's export ("Export Telegram data", whose chats are under `chats.list`)
 * is read chat by chat by telegram-account.ts, each chat as this module reads a chat (its turns
 * {@link telegramTurn}, its conversation {@link telegramConversation}), so a chat has the same
 * conversation and turns whichever export it comes from.
 *
 * Checked against tdesktop's JSON writer (telegramdesktop/tdesktop,
 * Telegram/SourceFiles/export/output/export_output_json.cpp `SerializeMessage`, at commit 35f5d5a, April
 * 2021, and 929032d, September 2025: the same for these fields but `contact_vcard_file_size`, newer) and
 * its reader of the API's message (export/data/export_data_types.cpp `ParseMessage`): a message writes `from`, `from_id`, `author`, then `forwarded_from` when it is forwarded (the original
 * sender's name, or `null` for a peer with no name, e.g. a deleted account; the name the forward header
 * gives when the sender hides their account), `saved_from`, `reply_to_message_id`; the forward's own
 * date is read but not written, so a forward's time is when it was forwarded. A shared contact writes
 * `contact_information: { first_name, last_name, phone_number }` (the number formatted, "+44 117 496
 * 0785"; any of them "" when the card has none), no `media_type`, then `contact_vcard` (the card's
 * .vcard file's path, or "(File not included. …)") and `contact_vcard_file_size` when it has a vCard,
 * and `text` "" (a contact has no caption).
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

/**
 * A message read into a turn, with who sent it as the export ids them (`from_id`: "user<id>", "channel<id>";
 * null when it has none) and whether it forwards another's message (then its speaker is that other, and
 * it is never the user's turn, though the user sent it).
 */
export interface TelegramTurn extends ParsedTurn {
  fromId: string | null;
  forwarded: boolean;
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

/** A name as said in a short mention: its brackets dropped (they would close the mention), its white space single. */
const mentionName = (name: string) => name.replace(/[[\]]/g, "").replace(/\s+/g, " ").trim();

/**
 * A shared contact card (`contact_information`) as a short mention: "[shared a contact: Marcus Hale,
 * +44 117 496 0785]" (first and last name, then the number, each when the card has it), "[shared a
 * contact]" when it has neither; null when the message shares no contact.
 */
function contactOf(card: unknown): string | null {
  if (!card || typeof card !== "object") return null;
  const c = card as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === "string" ? mentionName(v) : "");
  const name = [str(c.first_name), str(c.last_name)].filter(Boolean).join(" ");
  const detail = [name, str(c.phone_number)].filter(Boolean).join(", ");
  return `[shared a contact${detail ? `: ${detail}` : ""}]`;
}

/** When a message was sent (epoch ms): `date_unixtime`, else `date` read as UTC; null when neither is a time. */
function timeOf(m: Record<string, unknown>): number | null {
  const unix = Number(m.date_unixtime);
  if (typeof m.date_unixtime === "string" && Number.isFinite(unix) && unix > 0) return unix * 1000;
  const ms = typeof m.date === "string" ? Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(m.date) ? m.date : `${m.date}Z`) : Number.NaN;
  return Number.isNaN(ms) ? null : ms;
}

/** A sender's name as the export writes it (`from`, `forwarded_from`), "Deleted Account" when it has none (null, ""). */
const nameOf = (name: unknown) => (typeof name === "string" && name.trim() ? name.trim() : "Deleted Account");

/**
 * One message of a chat (`value`, as the export writes it) as a turn, role "other" ({@link telegramConversation}
 * gives the user's theirs): externalId the message `id`, speaker `from` ("Deleted Account" when it has
 * none), its text joined from its pieces, then a shared contact card's mention ({@link contactOf}),
 * metadata `{ reply_to }` when it replies to one; null for a service message (a pin, a call, a join) or
 * one with no text nor contact (a sticker, a photo without a caption).
 *
 * A forwarded message (`forwarded_from` present) is said by whom it forwards, as email.ts `mailTurns`
 * tells a forwarded mail: speaker the `forwarded_from` name ("Deleted Account" when null), `forwarded`
 * true (never the user's turn), metadata `{ forwarded_by }` the forwarder's name (`from`); its time is
 * the forward's (the export does not write the original's), its externalId the message's (replies name
 * it). One whose `forwarded_from` is its own `from` (a user forwarding their own words) is theirs.
 * @param where the message's place for an error: `messages[3]` (a chat's export), `chats.list[2].messages[3]` (an account's)
 * @throws ImportError `<where>.date`: a message with no time.
 */
export function telegramTurn(file: string, value: unknown, where: string): TelegramTurn | null {
  const m = value as Record<string, unknown>;
  if (!m || typeof m !== "object" || m.type !== "message") return null;
  const text = [textOf(m.text).trim(), contactOf(m.contact_information)].filter(Boolean).join("\n");
  if (!text) return null;
  const at = timeOf(m);
  if (at === null) throw new ImportError(file, `${where}.date`, `expected a time, got ${JSON.stringify(m.date ?? null)}`);
  const from = nameOf(m.from);
  const forwarded = m.forwarded_from !== undefined && nameOf(m.forwarded_from) !== from;
  return {
    externalId: m.id === undefined ? null : String(m.id),
    speaker: forwarded ? nameOf(m.forwarded_from) : from,
    role: "other",
    occurredAt: at,
    text,
    metadata: {
      ...(m.reply_to_message_id === undefined ? {} : { reply_to: m.reply_to_message_id }),
      ...(forwarded ? { forwarded_by: from } : {}),
    },
    fromId: typeof m.from_id === "string" && m.from_id.trim() ? m.from_id.trim() : null,
    forwarded,
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
 * Messages" for that chat; each speaker a participant, a forwarded message's original sender too), its
 * turns in the order written; the user's turns (from_id the user's, {@link userOf}, and not forwarded:
 * those are another's words) role "user", the rest "other" (`--me` names the user where the export does not). The same for a chat exported alone and in a whole account's export.
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
    turns: turns.map(({ fromId, forwarded, ...turn }) => ({ ...turn, role: user !== null && fromId === user && !forwarded ? "user" : "other" })),
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
