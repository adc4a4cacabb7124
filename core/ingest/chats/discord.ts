/**
 * A Discord channel as DiscordChatExporter (Tyrrrz) exports it in JSON: one file per channel, a DM,
 * a group DM or a server's channel or thread (`Direct Messages - Private - sam_k [1043…].json`), an
 * object `{ guild: { id, name }, channel: { id, type, name, category, topic }, dateRange,
 * exportedAt, messages: [ { id, type, timestamp, content, author: { name, nickname, isBot },
 * attachments, embeds, stickers, reactions, reference? } ], messageCount }` → one conversation. The
 * messages are streamed (json-stream.ts `arrayAt`), so memory holds one message and the turns; the
 * guild and channel, written before them, are read from the file's start. Each message is said by
 * its author's shown name (`nickname`, else the username `name`). The content is read as words:
 * "@everyone" and "@here" dropped, a mention "@Priya" is "Priya", emoji codes (":PepeLaugh:")
 * dropped (emoji-codes.ts), links and picture emoji kept. Passed over: what Discord says of a
 * channel (calls, pins, joins, recipients added or removed, threads created, name changes: any type
 * but "Default" and "Reply"), bots' posts, and messages with no text (an attachment or a sticker).
 */
import { isoToMs } from "../../time/import-dates.js";
import { dropEmojiCodes } from "../kit/emoji-codes.js";
import { ObjectWalk } from "../kit/json-object.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { nonBlank } from "../kit/validate.js";

/** The channel a DiscordChatExporter file holds, as its members before the messages say. */
export interface DiscordChannel {
  /** The channel's id (a snowflake, as a string). */
  id: string;
  /** Its kind: "DirectTextChat" (a DM), "DirectGroupTextChat", "GuildTextChat", "GuildPublicThread", … */
  type: string;
  /** Its name: a DM's is the other person's username; null when the export has none. */
  name: string | null;
  /** The server's name ("Direct Messages" for a DM). */
  guild: string | null;
}

/** The message types that are someone's words; every other type is Discord's notice. */
const SAID = new Set(["Default", "Reply"]);

/**
 * The members of the JSON object that `head` (a file's start) opens, up to its top-level "messages"
 * array (which stands as null), or all of them when the object ends in `head`; null when neither
 * is in `head` or it is no JSON. The object is walked (json-object.ts), so a "messages" key inside
 * a member or a string is none.
 */
function headMembers(head: string): Record<string, unknown> | null {
  const bytes = Buffer.from(head, "utf8");
  if (bytes[0] !== 0x7b) return null;
  const walk = new ObjectWalk();
  for (let i = 1; i < bytes.length; i++) {
    const step = walk.step(bytes[i]!, "messages");
    if (step === null) continue;
    // (before the array: `{ "guild": …, "channel": …, "messages": null}`; a whole object as it is)
    const text = step === "array" ? `${bytes.subarray(0, i).toString("utf8")}null}` : bytes.subarray(0, i + 1).toString("utf8");
    try {
      const members = JSON.parse(text) as unknown;
      return members && typeof members === "object" ? (members as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The channel of a DiscordChatExporter file from the members of its start ({@link headMembers}), or null when they name none. */
function channelOf(members: Record<string, unknown> | null): DiscordChannel | null {
  const guild = members?.guild as { name?: unknown } | undefined;
  const channel = members?.channel as { id?: unknown; type?: unknown; name?: unknown } | undefined;
  if (!guild || typeof guild !== "object" || !channel || typeof channel !== "object") return null;
  if (typeof channel.id !== "string" || typeof channel.type !== "string") return null;
  return {
    id: channel.id,
    type: channel.type,
    name: nonBlank(channel.name),
    guild: nonBlank(guild.name),
  };
}

/**
 * Whether `head` (a file's start, from its '{') is a DiscordChatExporter export: an object whose
 * members before its "messages" include a `guild` and a `channel` with an id and a type (read only
 * when both keys are in its first 16 KiB).
 */
export function isDiscordExport(head: string): boolean {
  const start = head.slice(0, 16_384);
  if (!/"guild"\s*:\s*\{/.test(start) || !/"channel"\s*:\s*\{/.test(start) || !/"messages"\s*:/.test(head)) return false;
  const members = headMembers(head);
  return members !== null && "messages" in members && channelOf(members) !== null;
}

/**
 * A message's content as words (see the module comment): "@everyone, the server moved :PepeLaugh:
 * ask @Priya" → "the server moved ask Priya". Spaces left twice by a removal are one; the text is trimmed.
 */
export function discordWords(content: string): string {
  return dropEmojiCodes(content)
    .replace(/[ \t]*(?<![\w@])@(?:everyone|here)(?!\w)[,:]?/g, "")
    .replace(/(?<![\w.@])@(?=[\p{L}\p{N}_])/gu, "")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

/** One message as the export writes it (the fields read here). */
interface DiscordMessage {
  id?: unknown;
  type?: unknown;
  timestamp?: unknown;
  content?: unknown;
  author?: { name?: unknown; nickname?: unknown; isBot?: unknown } | null;
  reference?: { messageId?: unknown } | null;
}

/**
 * Message `m` (the `i`-th) as a turn, or null for one passed over (see the module comment). Its
 * author's username and shown name go into `shown`.
 * @throws ImportError naming the file and message: not an object, no author's name, a said message with no time.
 */
function turnOf(file: string, m: DiscordMessage, i: number, shown: Map<string, string>): ParsedTurn | null {
  if (!m || typeof m !== "object" || Array.isArray(m)) throw new ImportError(file, `messages[${i}]`, "expected a message (an object)");
  if (typeof m.type !== "string" || !SAID.has(m.type)) return null;
  const speaker = nonBlank(m.author?.nickname) ?? nonBlank(m.author?.name);
  if (!speaker) throw new ImportError(file, `messages[${i}].author.name`, "a message with no author's name");
  const username = nonBlank(m.author?.name);
  if (username) shown.set(username, speaker);
  if (m.author?.isBot === true) return null;
  const text = typeof m.content === "string" ? discordWords(m.content) : "";
  if (!text) return null;
  const at = typeof m.timestamp === "string" ? isoToMs(m.timestamp) : Number.NaN;
  if (Number.isNaN(at)) throw new ImportError(file, `messages[${i}].timestamp`, `expected an ISO 8601 time, got ${JSON.stringify(m.timestamp ?? null)}`);
  const replyTo = m.reference?.messageId;
  return {
    externalId: typeof m.id === "string" ? m.id : null,
    speaker,
    role: "other",
    occurredAt: at,
    text,
    metadata: typeof replyTo === "string" ? { reply_to: replyTo } : {},
  };
}

/**
 * A conversation's title: a DM's the other person's shown name (its channel's name is their
 * username, looked up in `shown`), a group DM's its name (else its people's), a server channel's
 * "#general (Weekend Crew)".
 */
function titleOf(channel: DiscordChannel, shown: ReadonlyMap<string, string>, participants: string[]): string {
  if (channel.type === "DirectTextChat") return (channel.name && shown.get(channel.name)) ?? channel.name ?? participants.join(", ");
  if (channel.type.startsWith("Direct")) return channel.name ?? participants.join(", ");
  return `#${channel.name ?? channel.id}${channel.guild ? ` (${channel.guild})` : ""}`;
}

/**
 * Reads `file`, a DiscordChatExporter JSON export of one channel, into one conversation (format
 * `discord`, externalId `discord:<channel id>`, title {@link titleOf}'s; each person who wrote is a
 * participant, role "other" until `--me` names the user), its turns in time order; null when no one
 * wrote anything in it (only calls, joins or bots). Turn externalId: the message id; metadata `{
 * reply_to }` (the message replied to's id) for a reply. `head` is the file's start, as read by
 * detection.
 * @throws ImportError naming the file and where: the stream's own errors (invalid JSON, truncation,
 *   no "messages" array), a message that is no object, with no author's name or no ISO 8601
 *   `timestamp` (`messages[i]…`), or no guild and channel before the messages (`channel`).
 */
export async function parseDiscord(
  file: string,
  head: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation | null> {
  const shown = new Map<string, string>();
  const turns: ParsedTurn[] = [];
  for await (const item of streamJsonArray(file, { arrayAt: "messages", onProgress: opts.onProgress })) {
    const turn = turnOf(file, item.value as DiscordMessage, item.index, shown);
    if (turn) turns.push(turn);
  }
  const channel = channelOf(headMembers(head));
  if (!channel)
    throw new ImportError(file, "channel", 'expected a DiscordChatExporter export: a "guild" and a "channel" (with "id" and "type") before its "messages"');
  if (!turns.length) return null;
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  const participants = [...new Set(turns.map((t) => t.speaker))];
  return {
    format: "discord",
    externalId: `discord:${channel.id}`,
    title: titleOf(channel, shown, participants),
    participants,
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}
