/**
 * Google Chat as Google Takeout exports it, unzipped (`Takeout/Google Chat/`): `Groups/<"DM <id>" or
 * "Space <id>">/` holds a `group_info.json` (`{ name?, members: [ { name, email, user_type } ] }`: a
 * Space's name; a DM has none), a `messages.json` (`{ messages: [ { creator: { name, email,
 * user_type }, created_date: "Tuesday, November 3, 2026 at 6:42:10 PM UTC", text, topic_id,
 * message_id, attached_files?, quoted_message_metadata?, deletion_metadata?, reactions?,
 * annotations? } ] }`) and the files attached; `Users/User <id>/user_info.json` (`{ user: { name,
 * email, user_type }, membership_info }`) is the account's own. Each messages.json is one
 * conversation, its messages streamed (json-stream.ts `arrayAt`), so memory holds one message and
 * the turns; group_info.json and user_info.json are small and read whole. Each message is said by its
 * creator's name, its text kept as written (a quote of an earlier message: only the message's own
 * text, what it quotes in its metadata). Passed over: bots' messages, deleted ones and messages with
 * no text (a file only); reactions and annotations are not read.
 */
import { existsSync, readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { inImportRange, parseHumanDate } from "../../time/import-dates.js";
import { readJsonFile } from "../kit/bytes.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { nonBlank } from "../kit/validate.js";

/** The largest group_info.json or user_info.json read (bytes): a Space's members, an account's groups. */
export const MAX_GOOGLECHAT_INFO_BYTES = 16 * 1024 * 1024;

/** A group's folder as Takeout names it: "DM 8y2W_wAAAAE", "Space AAAAq3Zl2xE" (a file uploaded alone is in a folder of Engram's). */
const GROUP_FOLDER = /^(?:DM|Space|Group) \S+$/;

/** The longest quoted text kept in a turn's metadata (characters). */
const QUOTE_CHARS = 280;

/**
 * Whether `head` (a file's start, from its '{') is a Google Chat messages.json: an object whose
 * first member is a "messages" array whose first message has a `creator` object and a `created_date`
 * string (looked for in its first 16 KiB).
 */
export function isGoogleChatMessages(head: string): boolean {
  const start = head.slice(0, 16_384);
  return /^\{\s*"messages"\s*:\s*\[\s*\{/.test(start) && /"creator"\s*:\s*\{/.test(start) && /"created_date"\s*:\s*"/.test(start);
}

/** A person as Takeout writes one: a creator, a member or the account's user. */
interface ChatPerson {
  name?: unknown;
  email?: unknown;
  user_type?: unknown;
}

/** One message as Takeout writes it (the fields read here). */
interface ChatMessage {
  creator?: ChatPerson | null;
  created_date?: unknown;
  text?: unknown;
  message_id?: unknown;
  quoted_message_metadata?: { creator?: ChatPerson | null; text?: unknown } | null;
  deletion_metadata?: unknown;
}

/** A zone Takeout writes after a time: "UTC", "GMT", "GMT+1", "UTC-05:30"; group 1 the sign, 2 the hours, 3 the minutes. */
const ZONE = /^(?:UTC|GMT)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;
/** The last word of a time with no zone: its clock ("18:42:10") or its half of the day ("PM", "p.m."). */
const NO_ZONE = /^(?:\d{1,2}:\d{2}(?::\d{2})?|[ap]\.?m\.?)$/i;
/** A date as Takeout writes it, in the message of an error. */
const EXAMPLE = '"Tuesday, November 3, 2026 at 6:42:10 PM UTC" or "Tuesday, 3 November 2026 at 18:42:10 UTC"';

/**
 * A message's `created_date` as epoch ms UTC: a date and time in US or British English (import-dates.ts
 * `parseHumanDate`: "Tuesday, November 3, 2026 at 6:42:10 PM UTC", "Tuesday, 3 November 2026 at
 * 18:42:10 GMT+1"), in the zone it ends with (UTC, GMT, or either with an offset of hours and
 * minutes); a time with no zone is read as UTC. Takeout's no-break spaces are spaces.
 * @throws ImportError naming `file` and `where`: a date and time in an unknown zone ("… at 18:42:10
 *   CET"), or no date and time of day (another language's words, a number, none).
 */
function createdMs(file: string, where: string, created: unknown): number {
  const text = typeof created === "string" ? created.replace(/[\u00a0\u202f]/g, " ").trim() : "";
  const last = text.slice(text.lastIndexOf(" ") + 1);
  const zoned = !NO_ZONE.test(last);
  const date = parseHumanDate(zoned ? text.slice(0, text.length - last.length) : text);
  if (!date?.hasTime) throw fail(file, where, `expected a date and time as ${EXAMPLE}, got ${JSON.stringify(created ?? null)}`);
  const zone = zoned ? ZONE.exec(last) : null;
  if (zoned && !zone) throw fail(file, where, `unknown time zone ${JSON.stringify(last)} in ${JSON.stringify(created)}; expected UTC or GMT±h`);
  const offsetMin = zone?.[1] ? (zone[1] === "-" ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3] ?? 0)) : 0;
  const ms = date.ms - offsetMin * 60_000;
  if (!inImportRange(ms)) throw fail(file, where, `a time outside 1970 to 2199: ${JSON.stringify(created)}`);
  return ms;
}

/**
 * An ImportError naming `file` and `where`, its `detail` followed by the group the file is of when it
 * is in a group's folder ("(in Groups/DM 8y2W_wAAAAE)"): every group's file is named messages.json.
 */
function fail(file: string, where: string, detail: string): ImportError {
  const group = basename(dirname(file));
  return new ImportError(file, where, GROUP_FOLDER.test(group) ? `${detail} (in ${basename(dirname(dirname(file)))}/${group})` : detail);
}

/**
 * Message `m` (the `i`-th) as a turn, or null for one passed over (see the module comment).
 * @throws ImportError naming the file and message: not an object, no creator's name (nor email) for a
 *   message with text, or a `created_date` {@link createdMs} refuses.
 */
function turnOf(file: string, m: ChatMessage, i: number): ParsedTurn | null {
  if (!m || typeof m !== "object" || Array.isArray(m)) throw fail(file, `messages[${i}]`, "expected a message (an object)");
  if (m.deletion_metadata || m.creator?.user_type === "Bot") return null;
  const text = typeof m.text === "string" ? m.text.trim() : "";
  if (!text) return null;
  const speaker = nonBlank(m.creator?.name) ?? nonBlank(m.creator?.email);
  if (!speaker) throw fail(file, `messages[${i}].creator.name`, "a message with no creator's name");
  const quoted = m.quoted_message_metadata;
  const quotes = quoted && typeof quoted === "object" ? nonBlank(quoted.text) : null;
  return {
    externalId: nonBlank(m.message_id),
    speaker,
    role: "other",
    occurredAt: createdMs(file, `messages[${i}].created_date`, m.created_date),
    text,
    metadata: quotes ? { quotes: { speaker: nonBlank(quoted?.creator?.name), text: quotes.slice(0, QUOTE_CHARS) } } : {},
  };
}

/** The people of a group_info.json or a user_info.json's user that are human, as `{ name, email }` (lower-cased email). */
function humans(people: unknown): Array<{ name: string | null; email: string | null }> {
  if (!Array.isArray(people)) return [];
  return (people as ChatPerson[])
    .filter((p) => p && typeof p === "object" && p.user_type !== "Bot")
    .map((p) => ({ name: nonBlank(p.name), email: nonBlank(p.email)?.toLowerCase() ?? null }));
}

/**
 * The account's own people: each `Users/<User id>/user_info.json`'s `user` under the Takeout folder
 * that holds `groupsDir` (`<Google Chat>/Groups`); empty when there is none.
 * @throws ImportError naming a user_info.json that is longer than {@link MAX_GOOGLECHAT_INFO_BYTES} or no JSON.
 */
async function accountOf(groupsDir: string): Promise<Array<{ name: string | null; email: string | null }>> {
  const users = join(groupsDir, "..", "Users");
  if (!existsSync(users)) return [];
  const files = readdirSync(users)
    .sort()
    .map((d) => join(users, d, "user_info.json"))
    .filter((f) => existsSync(f));
  const infos = await Promise.all(files.map((f) => readJsonFile(f, MAX_GOOGLECHAT_INFO_BYTES, "a Google Chat user_info.json")));
  return infos.flatMap((info) => humans([(info as { user?: unknown } | null)?.user]));
}

/** `names` in words: "Ana Costa", "Ana Costa and Leo Martin", "Ana Costa, Raj Patel and Leo Martin". */
function listed(names: string[]): string {
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * A conversation's title: the group's name in the group_info.json beside `file` (a Space's, "Allotment
 * crew"); else its human members but the account's own (user_info.json, {@link accountOf}, matched by
 * email or name), a DM's the other person ("Ana Costa"); else all its members ("Ana Costa and Leo
 * Martin", when the Takeout has no Users folder); else those who wrote (`participants`).
 * @throws ImportError naming a group_info.json or user_info.json that is too long or no JSON.
 */
async function titleOf(file: string, participants: string[]): Promise<string> {
  const path = join(dirname(file), "group_info.json");
  const info = existsSync(path)
    ? ((await readJsonFile(path, MAX_GOOGLECHAT_INFO_BYTES, "a Google Chat group_info.json")) as { name?: unknown; members?: unknown } | null)
    : null;
  const name = nonBlank(info?.name);
  if (name) return name;
  const members = humans(info?.members).filter((p) => p.name !== null);
  const account = await accountOf(dirname(dirname(file)));
  const own = (p: { name: string | null; email: string | null }) =>
    account.some((a) => (a.email !== null && a.email === p.email) || (a.email === null && a.name === p.name));
  const others = members.filter((p) => !own(p));
  return listed((others.length ? others : members).map((p) => p.name!)) || listed(participants);
}

/**
 * Reads `file`, a Google Chat group's messages.json from Google Takeout, into one conversation
 * (format `googlechat`, externalId `googlechat:<group folder name>`, "googlechat:DM 8y2W_wAAAAE", so a
 * later Takeout of the same chat adds only its new messages; for a file in a folder not so named, an
 * upload, `googlechat:message <its first message's id>`; title {@link titleOf}'s; each person who
 * wrote is a participant, role "other" until `--me` names the user), its turns in time order; null
 * when no one wrote anything in it (only files, bots or deleted messages). Turn externalId: the
 * `message_id`; metadata `{ quotes: { speaker, text } }` (at most 280 characters of it) for a quote
 * of an earlier message.
 * @throws ImportError naming the file and where: the stream's own errors (invalid JSON, truncation, no
 *   "messages" array), a message that is no object, with no creator's name, or whose `created_date`
 *   is no date and time or is in an unknown zone (`messages[i].created_date`); a group_info.json or
 *   user_info.json over {@link MAX_GOOGLECHAT_INFO_BYTES} or no JSON (naming that file).
 */
export async function parseGoogleChat(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation | null> {
  const turns: ParsedTurn[] = [];
  for await (const item of streamJsonArray(file, { arrayAt: "messages", onProgress: opts.onProgress })) {
    const turn = turnOf(file, item.value as ChatMessage, item.index);
    if (turn) turns.push(turn);
  }
  if (!turns.length) return null;
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  const participants = [...new Set(turns.map((t) => t.speaker))];
  const startedAt = turns[0]!.occurredAt;
  const group = basename(dirname(file));
  return {
    format: "googlechat",
    externalId: `googlechat:${GROUP_FOLDER.test(group) ? group : `message ${turns[0]!.externalId ?? startedAt}`}`,
    title: await titleOf(file, participants),
    participants,
    startedAt,
    turns,
  };
}
