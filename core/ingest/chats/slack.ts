/**
 * A Slack workspace's export (Workspace settings → Import/Export data), unzipped: `users.json`,
 * `channels.json`, and a folder per channel holding a file per day (`general/2026-11-16.json`: a JSON
 * array of messages `{ type: "message", user, text, ts: "1794820364.000100", user_profile: {
 * real_name }, subtype?, thread_ts? }`). Each day file is one conversation (externalId
 * `slack:<channel>:<day>`, title `#<channel>`), its messages in time order, each said by its
 * author's real name (the message's own profile, else the export's users.json, else the id). Slack's
 * markup is read as words: `<@U024BE7LH>` is "@" and the user's name, `<#C024BE7LR|general>`
 * "#general", `<https://…|the doc>` "the doc", a bare link itself, `&amp;` "&", an emoji code
 * (`:tada:`) nothing. Passed over: what Slack says of a channel (joins, leaves, topic, purpose,
 * name), bots' posts and messages with no text.
 */
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { readJsonFile } from "../kit/bytes.js";
import { dropEmojiCodes } from "../kit/emoji-codes.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** The largest day file or users.json read (bytes); a day of a busy channel is a few MB. */
export const MAX_SLACK_FILE_BYTES = 64 * 1024 * 1024;

/** Whether a JSON array's start (`head`) is a Slack day: messages with a type, and a "ts" of seconds and microseconds. */
export function isSlackDay(head: string): boolean {
  const start = head.slice(0, 16_384);
  return /^\[\s*\{/.test(start) && /"type"\s*:\s*"message"/.test(start) && /"ts"\s*:\s*"\d{9,}\.\d+"/.test(start);
}

/** One message as the export writes it (the fields read here). */
interface SlackMessage {
  type?: unknown;
  subtype?: unknown;
  user?: unknown;
  user_name?: unknown;
  text?: unknown;
  ts?: unknown;
  user_profile?: { real_name?: unknown; display_name?: unknown };
}

/** Subtypes that are Slack's notices, not a person's words. */
const NOTICES = new Set([
  "channel_join",
  "channel_leave",
  "channel_topic",
  "channel_purpose",
  "channel_name",
  "channel_archive",
  "bot_message",
  "pinned_item",
  "group_join",
  "group_leave",
]);

/**
 * The export's users by id (`users.json` beside the channel folders: `[{ id, real_name, name,
 * profile: { real_name } }]`), empty when there is none.
 */
async function usersBeside(file: string): Promise<Map<string, string>> {
  const path = join(dirname(file), "..", "users.json");
  if (!existsSync(path)) return new Map();
  const users = (await readJsonFile(path, MAX_SLACK_FILE_BYTES, "a Slack users.json")) as unknown;
  if (!Array.isArray(users)) return new Map();
  return new Map(
    users.flatMap((u: { id?: unknown; real_name?: unknown; name?: unknown; profile?: { real_name?: unknown } }) => {
      const name = [u.profile?.real_name, u.real_name, u.name].find((n): n is string => typeof n === "string" && n.trim() !== "");
      return typeof u.id === "string" && name ? [[u.id, name.trim()] as [string, string]] : [];
    }),
  );
}

/** Slack's markup as words (see the module comment). */
export function slackWords(text: string, users: ReadonlyMap<string, string>): string {
  return dropEmojiCodes(
    text
      .replace(/<@([A-Z0-9]+)(?:\|([^>]+))?>/g, (_all, id: string, label: string | undefined) => `@${users.get(id) ?? label ?? id}`)
      .replace(/<#[A-Z0-9]+\|([^>]+)>/g, "#$1")
      .replace(/<!(here|channel|everyone)>/g, "@$1")
      .replace(/<(https?:[^|>]+)\|([^>]+)>/g, "$2")
      .replace(/<(https?:[^>]+)>/g, "$1"),
  )
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]{2,}/g, " ")
    .trim();
}

/**
 * Reads a Slack day file into one conversation (see the module comment), or null when no one said
 * anything that day (only joins, or bots).
 * @throws ImportError naming the file: not a JSON array, a message with no "ts" of seconds, or a file over {@link MAX_SLACK_FILE_BYTES}.
 */
export async function parseSlackDay(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation | null> {
  const messages = (await readJsonFile(file, MAX_SLACK_FILE_BYTES, "a Slack day", opts.onProgress)) as unknown;
  if (!Array.isArray(messages)) throw new ImportError(file, "byte 0", "a Slack day is a JSON array of messages");
  const users = await usersBeside(file);
  const channel = basename(dirname(file));
  const day = basename(file).replace(/\.json$/i, "");
  const turns: ParsedTurn[] = [];
  for (const [i, m] of (messages as SlackMessage[]).entries()) {
    if (m?.type !== "message" || (typeof m.subtype === "string" && NOTICES.has(m.subtype))) continue;
    const seconds = typeof m.ts === "string" ? Number(m.ts) : Number.NaN;
    if (!Number.isFinite(seconds)) throw new ImportError(file, `[${i}].ts`, 'a message with no time ("ts" of seconds)');
    const text = typeof m.text === "string" ? slackWords(m.text, users) : "";
    if (!text) continue;
    const id = typeof m.user === "string" ? m.user : "";
    const speaker = [m.user_profile?.real_name, users.get(id), m.user_profile?.display_name, m.user_name, id].find(
      (n): n is string => typeof n === "string" && n.trim() !== "",
    );
    turns.push({
      externalId: m.ts as string,
      speaker: speaker?.trim() ?? "Unknown",
      role: "other",
      occurredAt: Math.round(seconds * 1000),
      text,
      metadata: { index: i },
    });
  }
  if (turns.length === 0) return null;
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  return {
    format: "slack",
    externalId: `slack:${channel}:${day}`,
    title: `#${channel}`,
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}
