/**
 * Snapchat's chats as its "My Data" download gives them (Settings → My Data, JSON selected:
 * `mydata~<epoch ms>.zip`, unzipped): `json/chat_history.json`, an object keyed by conversation, the
 * friend's username for a chat of two, the group's id (a UUID) for a group, each an array of its
 * messages (`{ "From": "<username>", "Media Type": "TEXT" | "MEDIA" | "STICKER" | "NOTE" | "SHARE" |
 * "LOCATION" | "STATUS…", "Created": "2026-10-08 19:02:11 UTC", "Content": "…" | "" | null,
 * "Conversation Title": "<group's name>" | null, "IsSender": true for the account's own,
 * "Created(microseconds)": the same time as an epoch number, "IsSaved", "Media IDs" }`); older
 * downloads (before 2023) split it into `"Received Saved Chat History"` and `"Sent Saved Chat History"`
 * arrays (and their "Unsaved" kin) of `{ "From" (received) | "To" (sent), "Media Type", "Created",
 * "Text" }`. Only chats someone saved, and recent ones, are there: Snapchat deletes the rest.
 *
 * Read here: each conversation one conversation (externalId `snapchat:<key>`, the older shape's
 * `snapchat:<friend's username>`, so a later download adds only its new messages), titled by the group's
 * name, else by the friend's display name from `friends.json` beside the file (`{ "Friends": [{
 * "Username", "Display Name", … }], "Deleted Friends": [ … ], … }`), else the username; a message is the
 * user's (speaker "User", role "user", as sms.ts names them) when `IsSender` says so (the older shape: a
 * sent one; a message with no `IsSender`: one from the username `account.json` beside it names), anyone
 * else's said by their display name, else their username (in a chat of two, said to the user: metadata
 * `letter`), in time order (`Created(microseconds)`, read
 * as µs or ms by its size, when it agrees with `Created`; else `Created`). Passed over: messages with no
 * words (a photo or a video, a sticker, a voice note, a location, a share with no text) and Snapchat's
 * notices (`STATUS…`: a message erased, a save to the camera roll, someone removed). The download's
 * other files (its snaps, friends, account, profile, locations, Memories, calls) hold no one's words: a
 * folder import passes them over, saying why ({@link snapchatPassedOver}); snap_history.json and
 * friends.json given alone are refused, saying so ({@link notSnapchatWords}).
 *
 * The file is streamed a conversation at a time (json-paths.ts): memory holds one conversation (the
 * older shape, whose two arrays each hold every friend's messages, is held whole, at most
 * {@link MAX_SNAPCHAT_MEMBER_BYTES} per array).
 */
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { readJsonFile } from "../kit/bytes.js";
import { streamJsonPaths } from "../kit/json-paths.js";
import { MAX_MESSAGE_CHARS } from "../kit/passages.js";
import { isoToMs } from "../../time/import-dates.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { describeValue, nonBlank } from "../kit/validate.js";
import { listed } from "../kit/record-words.js";

/** The largest conversation's messages read (bytes of its array in chat_history.json; the older shape's each array). */
export const MAX_SNAPCHAT_MEMBER_BYTES = 64 * 1024 * 1024;
/** The largest friends.json or account.json read (bytes). */
export const MAX_SNAPCHAT_INFO_BYTES = 16 * 1024 * 1024;

/**
 * The files of a Snapchat download Engram knows by their start: its chats (chat_history.json, either
 * shape), its snaps (snap_history.json: keyed like the chats, its messages with no `Content`; the older
 * `"Received Snap History"`), and its friends (friends.json: `{ "Friends": [{ "Username", … }] }`).
 */
export type SnapchatFile = "chats" | "snaps" | "friends";

/** The older shape's arrays of messages, by key: whether they hold what the user sent. */
const OLDER_ARRAYS: Record<string, boolean> = {
  "Received Saved Chat History": false,
  "Sent Saved Chat History": true,
  "Received Unsaved Chat History": false,
  "Sent Unsaved Chat History": true,
  "Received Chat History": false,
  "Sent Chat History": true,
};
/** An older chat_history.json's first key. */
const OLDER_CHATS = /^\{\s*"(?:Received|Sent) (?:(?:Un)?[Ss]aved )?Chat History"\s*:/;
/** An older snap_history.json's first key. */
const OLDER_SNAPS = /^\{\s*"(?:Received|Sent) Snap History"\s*:/;
/** A chat_history.json or snap_history.json of today's shape: its first member an array opening with a message object. */
const KEYED_MESSAGES = /^\{\s*"(?:[^"\\]|\\.){1,200}"\s*:\s*\[\s*\{/;
/** friends.json: an object whose first member is its "Friends" list (or another of its lists), opening with a friend. */
const FRIENDS = /^\{\s*"(?:Friends|Friend Requests Sent|Blocked Users|Deleted Friends)"\s*:\s*\[\s*\{\s*"Username"\s*:/;

/** The first object of `text` from its '{' at `from`, to its closing '}' (strings followed), or what of it `text` holds. */
function firstObject(text: string, from: number): string {
  let inString = false;
  for (let i = from + 1, depth = 1; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return text.slice(from, i + 1);
  }
  return text.slice(from);
}

/**
 * Which of a Snapchat download's files `start` (a file's start, from its '{'; 16 KiB looked at) opens:
 * "chats" for chat_history.json (today's shape: its first member an array whose first message names
 * `"From"`, `"Media Type"` and `"Created"`, and its words, `"Content"` or `"Text"`; the older shape:
 * `"Received Saved Chat History"` or another of its arrays first), "snaps" for snap_history.json (the
 * same message with no words; the older `"Received Snap History"`), "friends" for friends.json; else null.
 */
export function snapchatFileOf(start: string): SnapchatFile | null {
  const s = start.trimStart().slice(0, 16_384);
  if (OLDER_CHATS.test(s)) return "chats";
  if (OLDER_SNAPS.test(s)) return "snaps";
  if (FRIENDS.test(s)) return "friends";
  const opening = KEYED_MESSAGES.exec(s);
  if (!opening) return null;
  const message = firstObject(s, opening[0].length - 1);
  if (!/"From"\s*:/.test(message) || !/"Media Type"\s*:/.test(message) || !/"Created"\s*:/.test(message)) return null;
  return /"(?:Content|Text)"\s*:/.test(message) ? "chats" : "snaps";
}

/** Why a Snapchat download's snap history or friends list is not imported alone: the detail of an ImportError. */
export function notSnapchatWords(file: Exclude<SnapchatFile, "chats">): string {
  const what = file === "snaps" ? `Snapchat's snap history (${SNAPS})` : `Snapchat's friends list (${FRIENDS_LIST})`;
  return `${what}; your chats are in json/chat_history.json (import it, or the download's folder)`;
}

/** What a snap history holds, in words. */
const SNAPS = "who sent a snap to whom and when: no words, Snapchat keeps no snap's content";
/** What a friends list holds, in words. */
const FRIENDS_LIST = "your friends' usernames and display names, which name the chats read from chat_history.json: no words of anyone's";

/** Why each of a Snapchat download's other files is passed over, by its name (lower case) in `json/`. */
const NOT_READ: Record<string, string> = {
  "snap_history.json": SNAPS,
  "friends.json": FRIENDS_LIST,
  "account.json": "your Snapchat account's details (username, devices, logins), no words of anyone's",
  "account_history.json": "your Snapchat account's changes and logins, no words of anyone's",
  "user_profile.json": "your Snapchat profile and what Snapchat inferred of you, no words of anyone's",
  "location_history.json": "where Snapchat placed your phone, no words of anyone's",
  "memories_history.json": "a list of your saved Memories (dates, places and download links): no words, the photos and videos are not in it",
  "talk_history.json": "Snapchat's record of your calls (who and when), no words",
  "story_history.json": "Snapchat's record of the stories you posted and viewed, no words",
  "shared_story.json": "Snapchat's record of the shared stories you are in, no words",
  "snap_map_places_history.json": "the places you looked at on Snap Map, no words of anyone's",
  "search_history.json": "what you searched for on Snapchat, no words of anyone's",
  "subscriptions.json": "the channels and creators you follow on Snapchat, no words of anyone's",
  "bitmoji.json": "your Bitmoji's details, no words",
  "in_app_surveys.json": "your answers to Snapchat's surveys, no words of anyone's",
  "purchase_history.json": "what you bought on Snapchat, no words of anyone's",
  "ranking.json": "what Snapchat inferred of your interests, no words of anyone's",
  "connected_apps.json": "the apps you signed in to with Snapchat, no words of anyone's",
  "terms_history.json": "the terms of service you accepted, no words of anyone's",
};

/**
 * The `json/` folder of an unzipped Snapchat download that holds `path`, or null: a folder named
 * "json" holding chat_history.json, or account.json with snap_history.json or friends.json (a download
 * of some of its data only), as Snapchat names them.
 */
function downloadJsonDir(path: string): string | null {
  const dir = dirname(path);
  if (basename(dir).toLowerCase() !== "json") return null;
  const has = (name: string) => existsSync(join(dir, name));
  return has("chat_history.json") || (has("account.json") && (has("snap_history.json") || has("friends.json"))) ? dir : null;
}

/**
 * Why `path`, a file found in a folder, is passed over when it is a Snapchat download's `json/` file
 * other than chat_history.json ({@link downloadJsonDir}): its snaps, friends, account, profile,
 * locations, Memories, calls and the rest, said by its name ("Snapchat's record of your calls (who and
 * when), no words"); any other `.json` there "a file of your Snapchat download that holds no chat"; null
 * for chat_history.json, for any file of no such folder, and for one that is no `.json`.
 */
export function snapchatPassedOver(path: string): string | null {
  if (!/\.json$/i.test(path) || downloadJsonDir(path) === null) return null;
  const name = basename(path).toLowerCase();
  if (name === "chat_history.json") return null;
  return NOT_READ[name] ?? "a file of your Snapchat download that holds no chat: the chats are read from chat_history.json";
}

/** A message as chat_history.json writes it (the fields read here; the older shape's "To" and "Text" too). */
interface SnapMessage {
  From?: unknown;
  To?: unknown;
  "Media Type"?: unknown;
  Created?: unknown;
  "Created(microseconds)"?: unknown;
  Content?: unknown;
  Text?: unknown;
  "Conversation Title"?: unknown;
  IsSender?: unknown;
}

/** "Created" as Snapchat writes it: "2026-10-08 19:02:11 UTC" (a fraction of a second, or "Z" for " UTC", accepted). */
const CREATED = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)\s*(?:UTC|Z)?$/i;

/**
 * A message's time, epoch ms UTC: `Created(microseconds)` (an epoch number, µs above 10^14, else ms:
 * downloads hold either under that name) when it is within a second of `Created`, or when `Created` is
 * no time; else `Created` ("2026-10-08 19:02:11 UTC").
 * @throws ImportError naming the message's `Created`: neither is a time from 1970 to 2199.
 */
function timeOf(file: string, where: string, m: SnapMessage): number {
  const created = typeof m.Created === "string" ? CREATED.exec(m.Created.trim()) : null;
  const stated = created ? isoToMs(`${created[1]}T${created[2]}Z`) : Number.NaN;
  const n = m["Created(microseconds)"];
  const exact = typeof n === "number" && Number.isFinite(n) && n > 0 ? Math.floor(n > 1e14 ? n / 1000 : n) : Number.NaN;
  const exactOk = !Number.isNaN(exact) && exact < Date.UTC(2200, 0, 1);
  if (!Number.isNaN(stated)) return exactOk && Math.abs(exact - stated) < 1000 ? exact : stated;
  if (exactOk && m.Created === undefined) return exact;
  throw new ImportError(file, `${where}.Created`, `expected a time as "2026-10-08 19:02:11 UTC", got ${describeValue(m.Created ?? null)}`);
}

/** Who the people of a download are: display names by username (friends.json), and the account's own username (account.json), each when the download says. */
interface People {
  names: ReadonlyMap<string, string>;
  account: () => Promise<string | null>;
}

/**
 * The display names of the friends friends.json beside `file` lists, by username: its "Friends" first,
 * then its other lists ("Deleted Friends", "Blocked Users", …: a chat may be with someone no longer a
 * friend); a blank display name is none. Empty when there is no friends.json.
 * @throws ImportError naming friends.json: longer than {@link MAX_SNAPCHAT_INFO_BYTES}, or no JSON.
 */
async function friendsOf(file: string): Promise<Map<string, string>> {
  const path = join(dirname(file), "friends.json");
  const names = new Map<string, string>();
  if (!existsSync(path)) return names;
  const json = (await readJsonFile(path, MAX_SNAPCHAT_INFO_BYTES, "a Snapchat friends.json")) as Record<string, unknown> | null;
  const lists = json && typeof json === "object" ? Object.entries(json) : [];
  lists.sort(([a], [b]) => Number(b === "Friends") - Number(a === "Friends"));
  for (const [, list] of lists) {
    for (const f of Array.isArray(list) ? (list as Array<Record<string, unknown> | null>) : []) {
      const username = nonBlank(f?.Username);
      const name = nonBlank(f?.["Display Name"]);
      if (username && name && !names.has(username)) names.set(username, name);
    }
  }
  return names;
}

/**
 * The account's username as account.json beside `file` says (`{ "Basic Information": { "Username": … } }`), or null when there is none.
 * @throws ImportError naming account.json: longer than {@link MAX_SNAPCHAT_INFO_BYTES}, or no JSON.
 */
async function accountOf(file: string): Promise<string | null> {
  const path = join(dirname(file), "account.json");
  if (!existsSync(path)) return null;
  const json = (await readJsonFile(path, MAX_SNAPCHAT_INFO_BYTES, "a Snapchat account.json")) as { "Basic Information"?: { Username?: unknown } } | null;
  return nonBlank(json?.["Basic Information"]?.Username);
}

/** A message read: the turn it is (null for one passed over), and the group's name it carries. */
interface Read {
  turn: ParsedTurn | null;
  title: string | null;
}

/**
 * Message `m`, at `where` in the file (`["maisiekent"][3]`), as a turn (externalId null until its
 * conversation names it), or null for one passed over (see the module comment): the user's when
 * `mine` says so (the older shape's array: sent or received), else when a boolean `IsSender` does, else
 * when its `From` is `own` (the account's username); anyone else's by their display name in `names`,
 * else their username.
 * @throws ImportError naming the message: not an object, no "From" for a message of someone else's
 *   with words, a time {@link timeOf} refuses, words over MAX_MESSAGE_CHARS.
 */
function readMessage(file: string, where: string, m: SnapMessage, mine: boolean | null, names: ReadonlyMap<string, string>, own: string | null): Read {
  if (!m || typeof m !== "object" || Array.isArray(m)) throw new ImportError(file, where, `expected a message (an object), got ${describeValue(m)}`);
  const title = nonBlank(m["Conversation Title"]);
  const type = typeof m["Media Type"] === "string" ? m["Media Type"].toUpperCase() : "";
  const words = typeof m.Content === "string" ? m.Content : typeof m.Text === "string" ? m.Text : "";
  const text = words.trim();
  if (!text || type.startsWith("STATUS")) return { turn: null, title };
  if (text.length > MAX_MESSAGE_CHARS) {
    throw new ImportError(
      file,
      `${where}.${typeof m.Content === "string" ? "Content" : "Text"}`,
      `the message is ${text.length.toLocaleString("en-US")} characters long; the largest message Engram imports is ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters (shorten it or remove it from the file)`,
    );
  }
  const from = nonBlank(m.From);
  const user = mine ?? (typeof m.IsSender === "boolean" ? m.IsSender : own !== null && from === own);
  if (!user && !from) throw new ImportError(file, `${where}.From`, `expected the sender's username, got ${describeValue(m.From ?? null)}`);
  const at = timeOf(file, where, m);
  const speaker = user ? "User" : (names.get(from!) ?? from!);
  return { turn: { externalId: null, speaker, role: user ? "user" : "other", occurredAt: at, text, metadata: {} }, title };
}

/** A key that is a group's id, not a username: a UUID ("3f6c2a9e-81b4-4d27-9e0a-5b7d1c4e8f26"). */
const GROUP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One conversation of `key` from its turns (null when none has words): its turns in time order, each
 * turn's externalId its time ("2026-10-08T19:02:11.342Z", "#2" after it for a second message in the same
 * ms), titled `title` (a group's name), else, for a key that is a username, its display name in `names`
 * (else the username), for a group's id the others who wrote ("Josh Bell and Lucy Fraser"). In a chat
 * of two (a username's, untitled, one other who wrote) the friend's messages are said to the user
 * (metadata `{ letter: { to: ["the user"] } }`: memory/letters.ts reads their "you" as the user's, as
 * linkedin.ts's messages to the user alone).
 */
function conversationOf(key: string, turns: ParsedTurn[], title: string | null, names: ReadonlyMap<string, string>): ParsedConversation | null {
  if (!turns.length) return null;
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  const seen = new Map<number, number>();
  for (const t of turns) {
    const k = (seen.get(t.occurredAt) ?? 0) + 1;
    seen.set(t.occurredAt, k);
    t.externalId = `${new Date(t.occurredAt).toISOString()}${k > 1 ? `#${k}` : ""}`;
  }
  const participants = [...new Set(turns.map((t) => t.speaker))];
  const others = participants.filter((p) => p !== "User");
  // (a message in a chat of two is said to the user: its "you" is theirs, memory/letters.ts, as linkedin.ts's)
  const toUser = !GROUP_ID.test(key) && title === null && others.length === 1;
  if (toUser) for (const t of turns) if (t.role === "other") t.metadata.letter = { to: ["the user"] };
  return {
    format: "snapchat",
    externalId: `snapchat:${key}`,
    title: title ?? (GROUP_ID.test(key) ? listed(others) || "Snapchat group" : (names.get(key) ?? key)),
    participants,
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}

/** Where a member's message is, for an error: `["maisiekent"][3]`. */
const at = (key: string, j: number): string => `[${JSON.stringify(key)}][${j}]`;

/**
 * Reads `file`, a Snapchat download's chat_history.json, as one conversation per conversation of it
 * (format `snapchat`, externalId `snapchat:<key>`; the older shape's `snapchat:<friend's username>`, a
 * group's `snapchat:<its name>`), in the file's order (the older shape's in order of their first
 * message in the file, given at its end); see the module comment for what is read and passed over.
 * friends.json beside it is read first (the display names), account.json only for a message with no
 * `IsSender`.
 * @throws ImportError naming the file and where: the stream's own errors (invalid JSON or UTF-8,
 *   truncation, a conversation over {@link MAX_SNAPCHAT_MEMBER_BYTES}), a conversation that is no array
 *   (`["maisiekent"]`), a message that {@link readMessage} refuses (`["maisiekent"][3].Created`); a
 *   friends.json or account.json that is too long or no JSON, naming that file.
 */
export async function* parseSnapchat(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const names = await friendsOf(file);
  let account: Promise<string | null> | null = null;
  const people: People = { names, account: () => (account ??= accountOf(file)) };
  const older = new Map<string, { turns: ParsedTurn[]; title: string | null }>();
  let shape: "keyed" | "older" | null = null;
  // (the document is entered, each of its members kept: a conversation's messages, or the older shape's arrays)
  const members = streamJsonPaths(file, {
    choose: (path, kind) => {
      if (path.length === 0 && kind !== "object")
        throw new ImportError(
          file,
          "byte 0",
          `expected an object of conversations (chat_history.json), got ${kind === "array" ? "an array" : "a single value"}`,
        );
      return path.length === 0 ? "enter" : "keep";
    },
    onProgress: opts.onProgress,
    maxKeptBytes: MAX_SNAPCHAT_MEMBER_BYTES,
  });
  for await (const { path, value } of members) {
    const member = { key: String(path[0]), value };
    shape ??= member.key in OLDER_ARRAYS ? "older" : "keyed";
    if (shape === "older" && !(member.key in OLDER_ARRAYS)) continue;
    if (!Array.isArray(member.value)) {
      throw new ImportError(file, `[${JSON.stringify(member.key)}]`, `expected an array of messages, got ${describeValue(member.value)}`);
    }
    const messages = member.value as SnapMessage[];
    if (shape === "older") {
      const sent = OLDER_ARRAYS[member.key]!;
      for (const [j, m] of messages.entries()) {
        const read = readMessage(file, at(member.key, j), m, sent, people.names, null);
        if (!read.turn) continue;
        const friend = read.title ?? nonBlank(sent ? (m.To ?? m.From) : m.From);
        if (!friend)
          throw new ImportError(
            file,
            `${at(member.key, j)}.${sent ? "To" : "From"}`,
            `expected the friend's username, got ${describeValue((sent ? m.To : m.From) ?? null)}`,
          );
        const held = older.get(friend) ?? { turns: [], title: read.title };
        held.turns.push(read.turn);
        older.set(friend, held);
      }
      continue;
    }
    const own = messages.some((m) => m && typeof m === "object" && typeof m.IsSender !== "boolean") ? await people.account() : null;
    const turns: ParsedTurn[] = [];
    let title: string | null = null;
    for (const [j, m] of messages.entries()) {
      const read = readMessage(file, at(member.key, j), m, null, people.names, own);
      title ??= read.title;
      if (read.turn) turns.push(read.turn);
    }
    const c = conversationOf(member.key, turns, title, people.names);
    if (c) yield c;
  }
  for (const [friend, { turns, title }] of older) {
    const c = conversationOf(title ? `group:${title}` : friend, turns, title, people.names);
    if (c) yield c;
  }
}
