/**
 * A whole Telegram account's export (Telegram Desktop: Settings → Advanced → Export Telegram data, format
 * JSON; `result.json`) → a conversation per chat of words, each read as telegram.ts reads the chat exported
 * alone (the same `telegram:<chat id>` conversation and the same turns, so importing both adds nothing
 * twice). The file is one JSON object of the sections the user ticked, in the order Telegram Desktop writes
 * them: `{ "about", "personal_information": { user_id, first_name, last_name, phone_number, username, bio },
 * "profile_pictures", "stories", "contacts": { about, list }, "frequent_contacts", "sessions",
 * "web_sessions", "other_data", "chats": { about, list: [ { name, type, id, messages: [ … ] } ] },
 * "left_chats": { about, list } }`. It can be hundreds of MB: it is streamed (json-paths.ts
 * `streamJsonPaths`), `chats.list` entered chat by chat and each chat's messages kept one at a time, every
 * other section read through and kept nowhere, so memory holds one read chunk, one message and the
 * current chat's turns.
 *
 * The user is the account (`personal_information.user_id`, its messages' `from_id` "user<id>"): their
 * messages are role "user" in every chat. Read: personal chats, private groups and supergroups, Saved
 * Messages (the user's notes to self, all of them theirs), and a public group or a channel the user wrote
 * in. Passed over: a channel the user only reads and a public group they never wrote in (others' posts,
 * not a conversation of theirs), bot chats (commands and a bot's replies), Telegram's Replies chat, a chat
 * with no message of words; and, read through unkept, `left_chats` (groups and channels left), contacts
 * and frequent contacts (names and numbers, no words), sessions, profile pictures, stories and other data.
 */
import { type PathChoice, type PathKey, streamJsonPaths, type ValueKind } from "../kit/json-paths.js";
import { shown } from "./meta-download.js";
import { NO_TEXT } from "../notes/note.js";
import { MAX_MESSAGE_CHARS, messageTooLong } from "../kit/passages.js";
import { type TelegramChat, type TelegramTurn, telegramConversation, telegramTurn } from "./telegram.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";
import { formatPath } from "../kit/validate.js";

/** A channel's chat types: read only when the user wrote in it (its posts are the channel's). */
const CHANNEL_TYPES = new Set(["public_channel", "private_channel"]);

/** A chat being read: its place in `chats.list`, what names it, and its turns so far. */
interface ChatRead extends TelegramChat {
  index: number;
  turns: TelegramTurn[];
}

/** What an export held that was passed over, counted for the error of one with nothing read. */
interface PassedOver {
  channels: number;
  publicGroups: number;
  bots: number;
  replies: number;
  empty: number;
  left: number;
}

/** `n` of a thing in words: "1 bot chat", "2 bot chats". */
function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The error of an export with no chat of words, saying what it held instead. */
function nothingRead(file: string, hadChats: boolean, passed: PassedOver): ImportError {
  const what = [
    passed.channels ? counted(passed.channels, "channel you only read", "channels you only read") : null,
    passed.publicGroups ? counted(passed.publicGroups, "public group you never wrote in", "public groups you never wrote in") : null,
    passed.bots ? counted(passed.bots, "bot chat", "bot chats") : null,
    passed.replies ? "the Replies chat" : null,
    passed.empty ? counted(passed.empty, "chat with no message of words", "chats with no message of words") : null,
    passed.left ? counted(passed.left, "group or channel you left", "groups or channels you left") : null,
  ].filter((w): w is string => w !== null);
  return new ImportError(
    file,
    hadChats ? "chats.list" : "byte 0",
    hadChats
      ? `${NO_TEXT}: a whole Telegram account's export with no chat of words${what.length ? ` (passed over: ${what.join(", ")})` : ""}; contacts and sessions are not imported`
      : `${NO_TEXT}: a whole Telegram account's export with no chats in it (export again with "Personal chats" and "Private groups" ticked under "Chat export settings")`,
  );
}

/**
 * What to read of the export's value at `path`, of kind `kind` ({@link streamJsonPaths}): each chat of
 * `chats.list` entered, its name, type and id and each of its messages kept; the rest read through. Counts
 * the chats of `left_chats` in `passed`. (It is asked as the file is scanned, before the values kept are
 * read: a chat's type is not known here, so a bot's chat is read and passed over after.)
 */
function chooser(passed: PassedOver): (path: readonly PathKey[], kind: ValueKind) => PathChoice {
  return (path, kind) => {
    const [section, list, , key, message] = path;
    if (path.length === 0) return "enter";
    if (section === "personal_information") return "keep";
    if (section === "left_chats") {
      if (path.length === 1) return kind === "object" ? "enter" : "skip";
      if (list !== "list") return "skip";
      if (path.length === 2) return kind === "array" ? "enter" : "skip";
      passed.left++;
      return "skip";
    }
    if (section !== "chats") return "skip";
    // (a value of the wrong kind is kept, and refused by the reader naming its place)
    if (path.length === 1) return kind === "object" ? "enter" : "keep";
    if (list !== "list") return "skip";
    if (path.length === 2) return kind === "array" ? "enter" : "keep";
    if (path.length === 3) return kind === "object" ? "enter" : "keep";
    if (key !== "messages") return kind === "scalar" ? "keep" : "skip";
    if (path.length === 4) return kind === "array" ? "enter" : "keep";
    return message === undefined ? "skip" : "keep";
  };
}

/**
 * Reads `file`, a whole Telegram account's export (told by its start: telegram.ts
 * `isTelegramAccountExport`), as its chats' conversations, in the export's order, each as it is read
 * (telegram.ts `telegramConversation`: format `telegram`, externalId `telegram:<chat id>`, title the chat's
 * name, "Saved Messages" for the user's own; the account's messages role "user"). What is read and passed
 * over: the module's comment.
 * @throws ImportError naming the file and where: the stream's own errors (byte, line and column: invalid
 *   JSON, a cut file); `personal_information.user_id` that is no id; `chats`, `chats.list`, a chat
 *   (`chats.list[2]`) or its `messages` of the wrong kind; a message with no time
 *   (`chats.list[2].messages[7].date`); a message over MAX_MESSAGE_CHARS (`[2] message <id>`, the chat's
 *   index); an export with no chat of words ({@link NO_TEXT}, saying what it held: a folder passes it over).
 */
export async function* parseTelegramAccount(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const passed: PassedOver = { channels: 0, publicGroups: 0, bots: 0, replies: 0, empty: 0, left: 0 };
  let chat: ChatRead | null = null;
  let account: string | null = null;
  let hadChats = false;
  let read = 0;
  const choose = chooser(passed);

  /** The chat read to its end, as a conversation; null when it is passed over (counted in `passed`). */
  const finished = (c: ChatRead): ParsedConversation | null => {
    const type = c.type ?? "";
    if (type === "bot_chat") passed.bots++;
    else if (type === "replies") passed.replies++;
    else if (!c.turns.length) passed.empty++;
    else {
      // (a channel's posts are the channel's: it is read when the user wrote there, which only the account's id tells;
      // a public group when the user wrote there, or when the export does not say who the user is)
      const wrote = account !== null && c.turns.some((t) => t.fromId === account);
      if (CHANNEL_TYPES.has(type) && !wrote) passed.channels++;
      else if (type === "public_supergroup" && account !== null && !wrote) passed.publicGroups++;
      else {
        const conv = telegramConversation(c, c.turns, account);
        const big = conv.turns.find((t) => t.text.length > MAX_MESSAGE_CHARS);
        if (big) throw messageTooLong(file, conv, big, c.index, big.text.length.toLocaleString("en-US"));
        return conv;
      }
    }
    return null;
  };

  for await (const { path, value } of streamJsonPaths(file, { choose, onProgress: opts.onProgress })) {
    if (path[0] === "personal_information") {
      const id = (value as { user_id?: unknown } | null)?.user_id;
      if (typeof id === "number" ? !Number.isSafeInteger(id) || id <= 0 : typeof id !== "string" || !/^\d+$/.test(id))
        throw new ImportError(file, "personal_information.user_id", `expected the account's user id (a number), got ${shown(id)}`);
      account = `user${id}`;
      continue;
    }
    // (a value of the chats that is of the wrong kind: kept by the chooser to be refused here)
    if (path.length === 1) throw new ImportError(file, "chats", `expected the chats (an object: { "about", "list" }), got ${shown(value)}`);
    if (path.length === 2) throw new ImportError(file, "chats.list", `expected the list of chats (an array), got ${shown(value)}`);
    hadChats = true;
    const index = path[2] as number;
    if (chat !== null && chat.index !== index) {
      const conv = finished(chat);
      chat = null;
      if (conv) {
        read++;
        yield conv;
      }
    }
    if (path.length === 3) throw new ImportError(file, formatPath(path), `expected a chat (an object with its "messages"), got ${shown(value)}`);
    chat ??= { index, name: null, type: null, id: null, turns: [] };
    const key = path[3];
    if (path.length === 4) {
      if (key === "messages") throw new ImportError(file, formatPath(path), `expected the chat's messages (an array), got ${shown(value)}`);
      if (key === "name" && typeof value === "string") chat.name = value.trim() || null;
      else if (key === "type" && typeof value === "string") chat.type = value;
      else if (key === "id" && (typeof value === "number" || typeof value === "string")) chat.id = String(value);
      continue;
    }
    const turn = telegramTurn(file, value, formatPath(path));
    if (turn) chat.turns.push(turn);
  }
  if (chat !== null) {
    const conv = finished(chat);
    if (conv) {
      read++;
      yield conv;
    }
  }
  if (read === 0) throw nothingRead(file, hadChats, passed);
}
