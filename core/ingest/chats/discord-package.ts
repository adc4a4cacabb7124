/**
 * Discord's own data package (User Settings → Data & Privacy → Request all of my Data: `package.zip`,
 * unzipped), read as format `discord` beside DiscordChatExporter's files (discord.ts). The package holds
 * only what the account sent, never what others said:
 * - `messages/c<channel id>/messages.json`: a JSON array, newest first, `{ "ID": <the message's snowflake, a
 *   bare number of 18–19 digits>, "Timestamp": "2026-10-03 18:21:44" (UTC; older packages
 *   "2020-08-25 22:54:05.726000+00:00"), "Contents": "…", "Attachments": "<links, space-separated>" | "" }`;
 *   older packages `messages.csv` (`ID,Timestamp,Contents,Attachments`);
 * - `messages/c<channel id>/channel.json` beside it: `{ "id", "type": 0 | 1 | 3 | 11 … (2025's packages the
 *   words "GUILD_TEXT", "DM", "GROUP_DM", "PUBLIC_THREAD" …), "name", "recipients": [<user ids>] (a DM's, a
 *   group DM's), "guild": { "id", "name" } }` (a channel of a server left may say only its id and type);
 * - `messages/index.json`: `{ "<channel id>": "Direct Message with sam_k#0" | "general in Weekend Crew" |
 *   "Unknown channel in …" | null }`;
 * - `account/user.json`: the account (`id`, `username`, `global_name`) and its friends (`relationships`:
 *   `{ id, nickname, user: { id, username, global_name } }`), with its settings, connections, payments …;
 * - and what holds no one's words (import-check.ts passes them over, saying why: {@link discordPackagePassedOver}):
 *   `activity/` (Discord's analytics, gigabytes: never read), `activities/`, `account/avatar.png` and the
 *   rest of `account/`, `servers/` (its index, each server's guild.json and audit-log.json), `programs/`,
 *   `ads/`, `support_tickets/`, `README.txt`. 2025's packages name the folders with capitals (`Messages/`,
 *   `Account/`): either is read.
 *
 * Each channel's file is one conversation of the user's own words (speaker "User", role "user", as
 * twitter.ts and facebook.ts name them), keyed by the channel (`discord:package:<channel id>`) so a later
 * package adds only the messages sent since; titled as discord.ts titles a DiscordChatExporter file: a
 * DM by the other person (their friend nickname, else the name they show, `global_name`, from user.json,
 * else the username index.json names, "sam_k"), a group DM by its name (else its other people), a server's
 * channel or thread "#general (Weekend Crew)". Within a DM each message is told to that person (metadata
 * `letter: { to: [name] }`, memory/letters.ts: "your copy" is theirs). The messages are streamed (json-stream.ts,
 * their IDs kept exact: `exactIntegers`; csv-records.ts), so memory holds one read chunk and the turns; the
 * package's names (index.json, user.json's friends, each DM's channel.json) are read once per package
 * and kept ({@link packageNames}), user.json streamed so that only its names are kept.
 *
 * A message's words: a mention `<@623401987765432101>` is the person's name where the package names them
 * (a friend, someone with a DM, the user), else dropped, as a role's `<@&…>` is; a channel's `<#…>` its
 * "#name" where index.json names it; a custom emoji `<:meeple:…>` and emoji codes dropped; a time `<t:1795251600:F>`
 * in words, "Saturday 21 November 2026 at 09:00 UTC"; a slash command `</roll:…>` "/roll"; "@everyone"
 * and "@here" dropped (discord.ts `discordWords`). A message with no words (a photo, a file: only
 * its `Attachments`, links to Discord's servers that the package does not hold) is passed over; one with
 * words keeps how many files it carried (metadata `attachments`).
 */
import { existsSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isoToMs } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, csvRecords } from "../kit/csv-records.js";
import { discordWords } from "./discord.js";
import { streamJsonPaths } from "../kit/json-paths.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { nonBlank } from "../kit/validate.js";
import { listed } from "../kit/record-words.js";
import { humanDate } from "../../time/format.js";

/** The header of an older package's messages.csv. */
export const DISCORD_PACKAGE_CSV_HEADER = "ID,Timestamp,Contents,Attachments";

/** A messages.json's start: an array whose first message opens with its "ID" (a number, or its digits quoted) and its "Timestamp". */
const MESSAGES_JSON_START = /^\[\s*\{\s*"ID"\s*:\s*"?\d+"?\s*,\s*"Timestamp"\s*:\s*"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/;

/** A channel's folder in the package's messages/ ("c1080443399281737748"; group 1 the channel's id). */
const CHANNEL_FOLDER = /^c(\d+)$/;

/** The most characters of one CSV record (an unclosed quote would take in the rest of the file). */
const MAX_RECORD_CHARS = 4_000_000;

/** The largest name user.json's or index.json's parts may hold (bytes): a friend's entry, a channel's name. */
const MAX_NAME_BYTES = 1024 * 1024;

/** The most DM channel.json files read for the names of people who are no friends (each a few hundred bytes). */
const MAX_DM_INFOS = 20_000;

/**
 * Whether a file is a Discord package's messages of one channel, by its start (`head`, from its first
 * byte past white space) and its name: a JSON array whose first message opens with `"ID"` and
 * `"Timestamp"` (messages.json); an empty array `[]` when the file is `messages.json` in a `c<digits>`
 * folder (a channel whose messages all were deleted); or a CSV whose header is
 * {@link DISCORD_PACKAGE_CSV_HEADER} (an older package's messages.csv).
 */
export function isDiscordPackageMessages(head: string, file: string): boolean {
  if (MESSAGES_JSON_START.test(head)) return true;
  if (/^\[\s*\]\s*$/.test(head)) return basename(file) === "messages.json" && CHANNEL_FOLDER.test(basename(dirname(file)));
  return head.slice(0, head.search(/\r|\n|$/)).trim() === DISCORD_PACKAGE_CSV_HEADER;
}

/** A folder of the package's top level, lower-cased (2025's packages capitalise them). */
type Part = "account" | "activity" | "activities" | "messages" | "servers" | "programs" | "ads" | "support_tickets";
const PARTS: ReadonlySet<string> = new Set<Part>(["account", "activity", "activities", "messages", "servers", "programs", "ads", "support_tickets"]);

/** The package's index of channels under `root`: `messages/index.json` or 2025's `Messages/index.json`, or null when there is neither. */
function indexFile(root: string): string | null {
  for (const name of ["messages", "Messages"]) {
    const path = join(root, name, "index.json");
    if (existsSync(path)) return path;
  }
  return null;
}

/**
 * Where `path` is in a Discord package: its root (the folder whose `messages/index.json` names the
 * channels), the top-level folder it is in (lower-cased; null for a file at the root) and its path
 * below that; null when it is in none. Only a path with a folder named as the package's are
 * ({@link PARTS}), or a README.txt, is looked at, so a folder of notes costs no look-up.
 */
function placeInPackage(path: string): { root: string; part: Part | null; rest: string[] } | null {
  const parts = path.split(/[\\/]/);
  const file = parts.at(-1) ?? "";
  for (let i = parts.length - 2; i >= Math.max(1, parts.length - 6); i--) {
    if (!PARTS.has(parts[i]!.toLowerCase())) continue;
    const root = parts.slice(0, i).join("/") || "/";
    if (indexFile(root)) return { root, part: parts[i]!.toLowerCase() as Part, rest: parts.slice(i + 1) };
  }
  if (file.toLowerCase() === "readme.txt" && parts.length > 1) {
    const root = parts.slice(0, -1).join("/") || "/";
    if (indexFile(root)) return { root, part: null, rest: [file] };
  }
  return null;
}

/**
 * Why `path`, a file in an unzipped Discord package, is passed over unread, in words; null for a
 * channel's messages (messages.json, messages.csv), which are read, and for any file in no package.
 * Told by where it is alone: a file of `activity/` (Discord's analytics, gigabytes) is never opened.
 */
export function discordPackagePassedOver(path: string): string | null {
  const place = placeInPackage(path);
  if (!place) return null;
  const { part, rest } = place;
  const name = (rest.at(-1) ?? "").toLowerCase();
  if (part === null) return "Discord's description of its data package, no one's words";
  if (part === "messages") {
    if (rest.length === 2 && CHANNEL_FOLDER.test(rest[0]!) && (name === "messages.json" || name === "messages.csv")) return null;
    if (rest.length === 1 && name === "index.json") return "the names of the channels the account sent messages in, read with each channel's messages";
    if (name === "channel.json") return "a Discord channel's description, its kind, server or people: read with the messages beside it";
    return "a file of Discord's package that holds no messages";
  }
  if (part === "account") {
    if (rest.length === 1 && name === "user.json")
      return "the Discord account's settings, connections and friends: its friends' names are read for the DMs and mentions, no one's words";
    if (/\.(?:png|jpe?g|gif|webp)$/i.test(name)) return "the Discord account's picture, no words";
    return "the Discord account's data, no one's words";
  }
  if (part === "activity") return "Discord's analytics of what the account did, its events, devices and sessions: not read, no one's words";
  if (part === "activities") return "Discord's data of the Activities played in calls, no one's words";
  if (part === "servers") return "a Discord server's name, settings or audit log, no one's words: its channels' messages are read from messages/";
  if (part === "programs") return "Discord's record of the programs the account applied to, no one's words";
  if (part === "ads") return "Discord's ad data of the account, no one's words";
  return "a Discord support ticket, not read";
}

/** Whether `path` is a file of a Discord package that is passed over ({@link discordPackagePassedOver}): a folder's listing includes it so that it is said to be, whatever its kind (an avatar.png). */
export function inDiscordPackage(path: string): boolean {
  return discordPackagePassedOver(path) !== null;
}

/** The names a package gives: whose it is, and people's and channels' names by their ids. */
export interface PackageNames {
  /** The account's user id, null when user.json is not there. */
  userId: string | null;
  /** The account's own shown name (`global_name`, else `username`). */
  userName: string | null;
  /** A person's name by user id: a friend's nickname, else their `global_name`, else their username; someone with a DM, by its name in index.json. */
  people: Map<string, string>;
  /** A channel's entry in index.json by its id ("Direct Message with sam_k#0", "general in Weekend Crew"; null as the index says). */
  channels: Map<string, string | null>;
}

/** {@link packageNames}' answers, by root and its index's and user.json's size and modification time (at most 4 packages). */
const NAMES = new Map<string, Promise<PackageNames>>();

/** A file's size and modification time, for a cache key; "-" when it is not there. */
function stamp(path: string): string {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return "-";
  }
}

/**
 * The names of the package at `root` ({@link PackageNames}), read once per package (and again when its
 * index.json or user.json changes): index.json's entries; user.json's `id`, `username`, `global_name` and
 * `relationships`, streamed, nothing else of it kept (json-paths.ts); and each DM's channel.json, for the
 * name index.json gives its other person.
 * @throws ImportError naming index.json or user.json when it is no JSON (where), or an entry of it over 1 MiB.
 */
export function packageNames(root: string): Promise<PackageNames> {
  const index = indexFile(root);
  const user = accountFile(root);
  const key = `${root}\0${index ? stamp(index) : "-"}\0${user ? stamp(user) : "-"}`;
  let names = NAMES.get(key);
  if (!names) {
    if (NAMES.size >= 4) NAMES.clear();
    names = readNames(index, user);
    NAMES.set(key, names);
    names.catch(() => NAMES.delete(key));
  }
  return names;
}

/** The package's `account/user.json` (2025's `Account/user.json`) under `root`, or null. */
function accountFile(root: string): string | null {
  for (const name of ["account", "Account"]) {
    const path = join(root, name, "user.json");
    if (existsSync(path)) return path;
  }
  return null;
}

/** A friend as user.json's `relationships` lists one (the fields read here). */
interface Relationship {
  id?: unknown;
  nickname?: unknown;
  user?: { id?: unknown; username?: unknown; global_name?: unknown } | null;
}

/** Reads {@link PackageNames} from the package's `index` and `user` files (either may be null). */
async function readNames(index: string | null, user: string | null): Promise<PackageNames> {
  const names: PackageNames = { userId: null, userName: null, people: new Map(), channels: new Map() };
  if (index) {
    for await (const { path, value } of streamJsonPaths(index, {
      choose: (p, kind) => (p.length === 0 && kind === "object" ? "enter" : p.length === 1 ? "keep" : "skip"),
      maxKeptBytes: MAX_NAME_BYTES,
    }))
      names.channels.set(String(path[0]), nonBlank(value));
  }
  if (user) {
    let username: string | null = null;
    let shown: string | null = null;
    for await (const { path, value } of streamJsonPaths(user, {
      choose: (p, kind) => {
        if (p.length === 0) return kind === "object" ? "enter" : "skip";
        if (p.length === 1)
          return p[0] === "relationships" && kind === "array" ? "enter" : ["id", "username", "global_name"].includes(String(p[0])) ? "keep" : "skip";
        return p.length === 2 && p[0] === "relationships" ? "keep" : "skip";
      },
      maxKeptBytes: MAX_NAME_BYTES,
    })) {
      if (path[0] === "id") names.userId = typeof value === "string" || typeof value === "number" ? String(value) : null;
      else if (path[0] === "username") username = nonBlank(value);
      else if (path[0] === "global_name") shown = nonBlank(value);
      else if (value && typeof value === "object") {
        const r = value as Relationship;
        const id = nonBlank(r.user?.id) ?? nonBlank(r.id);
        const name = nonBlank(r.nickname) ?? nonBlank(r.user?.global_name) ?? nonBlank(r.user?.username);
        if (id && name) names.people.set(id, name);
      }
    }
    names.userName = shown ?? username;
    if (names.userId && names.userName) names.people.set(names.userId, names.userName);
  }
  // (someone with a DM who is no friend is named as index.json names the DM: its channel.json says which id they are)
  if (index && names.userId) {
    let read = 0;
    for (const [channel, entry] of names.channels) {
      const other = entry ? dmUsername(entry) : null;
      if (!other || read >= MAX_DM_INFOS) continue;
      const path = join(dirname(index), `c${channel}`, "channel.json");
      if (!existsSync(path)) continue;
      read++;
      // (a DM's channel.json that is no JSON names no one here: its own messages' import says what is wrong with it)
      const info = await channelInfo(path).catch(() => null);
      for (const id of info?.recipients ?? []) if (id !== names.userId && !names.people.has(id)) names.people.set(id, other);
    }
  }
  return names;
}

/** The username index.json names a DM by ("Direct Message with sam_k#0" → "sam_k"; an older "#1234" dropped too), else null. */
function dmUsername(entry: string): string | null {
  return /^Direct Message with (.+?)(?:#\d{1,4})?$/.exec(entry)?.[1]?.trim() || null;
}

/** A channel as channel.json describes it. */
interface ChannelInfo {
  id: string | null;
  /** Its kind: "dm", "group" or "server" (a server's channel or thread; also a kind no package has used yet). */
  kind: "dm" | "group" | "server";
  name: string | null;
  guild: string | null;
  recipients: string[];
}

/** Channel types that are a DM or a group DM, by number (Discord's API) and by the words 2025's packages write. */
const DM_TYPES: ReadonlySet<unknown> = new Set([1, "1", "DM"]);
const GROUP_TYPES: ReadonlySet<unknown> = new Set([3, "3", "GROUP_DM"]);

/**
 * The channel.json at `path`, or null when there is none.
 * @throws ImportError naming channel.json: longer than 1 MiB, no JSON (where), or no object.
 */
async function channelInfo(path: string): Promise<ChannelInfo | null> {
  if (!existsSync(path)) return null;
  if ((await stat(path)).size > MAX_NAME_BYTES) throw new ImportError(path, "byte 0", "a Discord channel.json longer than 1 MiB");
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    throw new ImportError(path, "JSON", `${(e as Error).message} (in ${basename(dirname(path))})`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(path, "byte 0", `expected a Discord channel (an object with "id" and "type") (in ${basename(dirname(path))})`);
  const c = value as { id?: unknown; type?: unknown; name?: unknown; guild?: { name?: unknown } | null; recipients?: unknown };
  return {
    id: typeof c.id === "string" || typeof c.id === "number" ? String(c.id) : null,
    kind: DM_TYPES.has(c.type) ? "dm" : GROUP_TYPES.has(c.type) ? "group" : "server",
    name: nonBlank(c.name),
    guild: nonBlank(c.guild?.name),
    recipients: Array.isArray(c.recipients) ? c.recipients.filter((r) => typeof r === "string" || typeof r === "number").map(String) : [],
  };
}

/**
 * A conversation's title and, for a DM, its other person: a DM by its other person ({@link PackageNames}
 * `people`, else index.json's username); a group DM by its name, else its other people, else index.json's
 * entry; a server's channel or thread "#general (Weekend Crew)", or index.json's entry when channel.json
 * names no channel ("Unknown channel in Weekend Crew": a server left); with no channel.json, told from
 * index.json's entry alone ("general in Weekend Crew" → "#general (Weekend Crew)"); else "Discord channel <id>".
 */
function titleOf(info: ChannelInfo | null, id: string, names: PackageNames): { title: string; to: string | null } {
  const entry = names.channels.get(id) ?? null;
  const others = (info?.recipients ?? []).filter((r) => r !== names.userId).map((r) => names.people.get(r) ?? null);
  if (info?.kind === "dm" || (!info && entry && dmUsername(entry))) {
    const to = (others.length === 1 ? others[0] : null) ?? (entry ? dmUsername(entry) : null);
    return { title: to ?? entry ?? `Discord DM ${id}`, to };
  }
  if (info?.kind === "group") {
    const known = others.filter((o): o is string => o !== null);
    return { title: info.name ?? (listed(known) || entry || `Discord group DM ${id}`), to: null };
  }
  if (info?.name) return { title: `#${info.name}${info.guild ? ` (${info.guild})` : ""}`, to: null };
  const server = entry ? /^(.+?) in (.+)$/.exec(entry) : null;
  if (!info && server) return { title: `#${server[1]} (${server[2]})`, to: null };
  return { title: entry ?? `Discord channel ${id}`, to: null };
}

/** A channel's name as a mention shows it: index.json's "general in Weekend Crew" → "general"; a DM's or none, null. */
function channelName(entry: string | null | undefined): string | null {
  if (!entry || dmUsername(entry) || /^Unknown channel\b/.test(entry)) return null;
  return /^(.+?) in .+$/.exec(entry)?.[1] ?? entry;
}

/** Weekday, day, month and year, and the time, of a `<t:…>` in words (UTC). */
const DAY_WORDS = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const TIME_WORDS = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** A Discord time `<t:SECONDS:STYLE>` in words, as its style shows it (UTC): "09:00 UTC" (t, T), "21 November 2026" (d, D), "Saturday 21 November 2026 at 09:00 UTC" (F), "21 November 2026 at 09:00 UTC" (f, R, none). */
function timeWords(seconds: string, style: string | undefined): string {
  const ms = Number(seconds) * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return "";
  const time = `${TIME_WORDS.format(ms)} UTC`;
  if (style === "t" || style === "T") return time;
  if (style === "d" || style === "D") return humanDate(ms);
  return `${style === "F" ? DAY_WORDS.format(ms).replace(",", "") : humanDate(ms)} at ${time}`;
}

/**
 * A message's `Contents` as words (see the module comment): "<@623401987765432101> bring <:meeple:115…> dice
 * to <#116…>, <t:1795251600:F>" → "Sam bring dice to #game-night, Saturday 21 November 2026 at 09:00 UTC".
 */
export function packageWords(contents: string, names: PackageNames): string {
  // (what is dropped takes the spaces before it: "Wingspan <:meeple:1150…>, Priya" → "Wingspan, Priya")
  const or = (space: string, words: string | null) => (words ? `${space}${words}` : "");
  const text = contents
    .replace(/([ \t]*)<@!?(\d+)>/g, (_m, space: string, id: string) => or(space, names.people.has(id) ? `@${names.people.get(id)}` : null))
    .replace(/[ \t]*<@&\d+>/g, "")
    .replace(/([ \t]*)<#(\d+)>/g, (_m, space: string, id: string) => {
      const name = channelName(names.channels.get(id));
      return or(space, name ? `#${name}` : null);
    })
    .replace(/[ \t]*<a?:[\w~-]+:\d+>/g, "")
    .replace(/([ \t]*)<t:(-?\d+)(?::([tTdDfFR]))?>/g, (_m, space: string, s: string, style: string | undefined) => or(space, timeWords(s, style)))
    .replace(/<\/([\w -]+):\d+>/g, "/$1");
  return discordWords(text);
}

/** One message as messages.json writes it (the fields read here). */
interface PackageMessage {
  ID?: unknown;
  Timestamp?: unknown;
  Contents?: unknown;
  Attachments?: unknown;
}

/** How a message is named in an error: `[i]` of messages.json, `line N` of messages.csv. */
type Where = (field: string) => string;

/** The example of a Timestamp an error gives. */
const EXAMPLE = '"2026-10-03 18:21:44"';

/**
 * A message (its fields as strings, `where` naming it) as a turn, or null for one with no words.
 * @throws ImportError naming the file and the message's field: no ID, a Timestamp that is no date and time.
 */
function turnOf(file: string, m: PackageMessage, where: Where, names: PackageNames, to: string | null): ParsedTurn | null {
  const id = typeof m.ID === "string" || (typeof m.ID === "number" && Number.isSafeInteger(m.ID)) ? String(m.ID).trim() : "";
  if (!/^\d+$/.test(id)) throw fail(file, where("ID"), `expected a message's ID (its digits), got ${JSON.stringify(m.ID ?? null)}`);
  const at = typeof m.Timestamp === "string" ? isoToMs(m.Timestamp) : Number.NaN;
  if (Number.isNaN(at)) throw fail(file, where("Timestamp"), `expected a date and time as ${EXAMPLE}, got ${JSON.stringify(m.Timestamp ?? null)}`);
  if (m.Contents !== undefined && m.Contents !== null && typeof m.Contents !== "string")
    throw fail(file, where("Contents"), `expected the message's words (a string), got ${JSON.stringify(m.Contents)}`);
  const text = packageWords(m.Contents ?? "", names);
  if (!text) return null;
  const files = typeof m.Attachments === "string" ? m.Attachments.split(/\s+/).filter((a) => /^https?:\/\//.test(a)).length : 0;
  return {
    externalId: id,
    speaker: "User",
    role: "user",
    occurredAt: at,
    text,
    metadata: { ...(to ? { letter: { to: [to] } } : {}), ...(files ? { attachments: files } : {}) },
  };
}

/** An ImportError naming `file` and `where`, with the channel's folder it is in ("(in c1080443399281737748)"): every channel's file is named alike. */
function fail(file: string, where: string, detail: string): ImportError {
  const folder = basename(dirname(file));
  return new ImportError(file, where, CHANNEL_FOLDER.test(folder) ? `${detail} (in ${folder})` : detail);
}

/** The messages of `file`, messages.json streamed (its IDs exact) or messages.csv by its header, each with where it is. */
async function* messagesOf(
  file: string,
  csv: boolean,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): AsyncGenerator<{ m: PackageMessage; where: Where }> {
  if (!csv) {
    for await (const item of streamJsonArray(file, { exactIntegers: true, onProgress })) {
      const v = item.value;
      if (!v || typeof v !== "object" || Array.isArray(v))
        throw fail(file, `[${item.index}]`, "expected a message (an object with ID, Timestamp and Contents)");
      yield { m: v as PackageMessage, where: (field) => `[${item.index}].${field}` };
    }
    return;
  }
  const { size } = await stat(file);
  let columns: CsvColumns | null = null;
  for await (const { cells, line } of csvRecords(file, size, MAX_RECORD_CHARS, onProgress).records) {
    if (!columns) {
      columns = new Map(cells.map((c, i) => [c.trim(), i]));
      const missing = ["ID", "Timestamp", "Contents"].find((c) => !columns!.has(c));
      if (missing)
        throw fail(file, `line ${line}`, `no "${missing}" column: not a Discord package's messages.csv (its header is ${DISCORD_PACKAGE_CSV_HEADER})`);
      continue;
    }
    const cols = columns;
    yield {
      m: {
        ID: cellOf(cells, cols, "ID"),
        Timestamp: cellOf(cells, cols, "Timestamp"),
        Contents: cells[cols.get("Contents")!] ?? "",
        Attachments: cellOf(cells, cols, "Attachments"),
      },
      where: (field) => `line ${line}, "${field}"`,
    };
  }
}

/**
 * Reads `file`, one channel's messages.json (or an older package's messages.csv) of an unzipped Discord
 * data package, into one conversation of the user's own words (format `discord`, externalId
 * `discord:package:<channel id>`, the id channel.json beside it gives, else its folder's `c<id>`, else
 * `discord:package:message <its first message's ID>` for a file alone; title {@link titleOf}'s;
 * participants ["User"]), its turns in time order (each: externalId the message's ID, exact; speaker
 * "User", role "user"; metadata `letter: { to: [the DM's other person] }` within a DM, `attachments` the
 * number of files it carried); null when no message has words (only photos and files). The package's
 * names come from the index.json and user.json of the package the file is in ({@link packageNames}); a
 * file outside a package is read with none (a mention of someone then dropped).
 * @throws ImportError naming the file and where: the stream's own errors (invalid JSON, truncation, no
 *   array), a message that is no object (`[i]`), with no ID or a Timestamp that is no date and time
 *   (`[i].Timestamp`, `line N, "Timestamp"`), a CSV with no ID, Timestamp or Contents column (`line 1`);
 *   a channel.json, index.json or user.json that is no JSON (naming that file).
 */
export async function parseDiscordPackage(
  file: string,
  head: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation | null> {
  const folder = basename(dirname(file));
  const root = dirname(dirname(dirname(file)));
  const names: PackageNames =
    CHANNEL_FOLDER.test(folder) && indexFile(root) ? await packageNames(root) : { userId: null, userName: null, people: new Map(), channels: new Map() };
  const info = await channelInfo(join(dirname(file), "channel.json"));
  const channelId = info?.id ?? CHANNEL_FOLDER.exec(folder)?.[1] ?? null;
  const { title, to } = titleOf(info, channelId ?? "", names);
  const csv = !head.trimStart().startsWith("[");
  const turns: ParsedTurn[] = [];
  for await (const { m, where } of messagesOf(file, csv, opts.onProgress)) {
    const turn = turnOf(file, m, where, names, to);
    if (turn) turns.push(turn);
  }
  if (!turns.length) return null;
  // (newest first in the package: in time order, a second's messages by their IDs)
  turns.sort((a, b) => a.occurredAt - b.occurredAt || (BigInt(a.externalId!) < BigInt(b.externalId!) ? -1 : 1));
  return {
    format: "discord",
    externalId: `discord:package:${channelId ?? `message ${turns[0]!.externalId}`}`,
    title: channelId ? title : "Discord messages",
    participants: ["User"],
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}
