/**
 * The direct messages of an X (Twitter) archive, unzipped (twitter.ts): `data/direct-messages.js`
 * (`window.YTD.direct_messages.part0 = [ { dmConversation: { conversationId: "<idA>-<idB>", messages: [
 * { messageCreate: { senderId, recipientId, text, createdAt: ISO 8601, id, reactions, urls, mediaUrls } } ] } } ]`)
 * and `data/direct-messages-group.js` (a group's, whose messages may also be events: `joinConversation`,
 * `participantsJoin`, `participantsLeave`, `conversationNameUpdate`). Each dmConversation is one
 * conversation, streamed one at a time (twitter-archive.ts `ytdItems`). A message is the user's (speaker
 * "User", role "user", as sms.ts names them) when its sender is the account's: `account.js`'s
 * `accountId` beside the file, else the one id in every conversation. Anyone else is named as the
 * archive allows, for messages carry only ids: by the name or the handle the account's posts give
 * that id (tweets.js beside: a mention's `name`, a reply's `in_reply_to_screen_name`), else "Twitter
 * user <id>". A message's text is read as a post's (twitter-archive.ts `twitterWords`); events and
 * messages with no words (a photo only) are passed over.
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { isoToMs } from "../../time/import-dates.js";
import type { JsonItem } from "../kit/json-stream.js";
import { POSTS_FILE, postOf, twitterWords, ytdItems } from "./twitter-archive.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { nonBlank } from "../kit/validate.js";

/** A message or an event of a dmConversation as the archive writes it (the fields read here). */
interface DmEvent {
  messageCreate?: { id?: unknown; senderId?: unknown; recipientId?: unknown; text?: unknown; createdAt?: unknown; urls?: unknown } | null;
  conversationNameUpdate?: { name?: unknown; createdAt?: unknown } | null;
  joinConversation?: { participantsSnapshot?: unknown } | null;
  participantsJoin?: { userIds?: unknown } | null;
}

/** A dmConversation as the archive writes it. */
interface DmConversation {
  conversationId?: unknown;
  messages?: unknown;
}

/** A person the posts name: the name they show and their handle, each when a post gives it. */
interface Named {
  name: string | null;
  handle: string | null;
}

/** `names` in words: "Jo", "Jo and Sam", "Jo, Sam and Priya". */
function listed(names: string[]): string {
  return names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * The account's id from the archive's `account.js` in `dir` (`[ { account: { accountId, username, … } } ]`), or null when there is none.
 * @throws ImportError naming account.js: the stream's own errors, or a first item with no `account.accountId`.
 */
async function accountId(dir: string): Promise<string | null> {
  const file = join(dir, "account.js");
  if (!existsSync(file)) return null;
  for await (const item of (await ytdItems(file)).items) {
    const id = nonBlank((item.value as { account?: { accountId?: unknown } } | null)?.account?.accountId);
    if (!id) throw new ImportError(file, `[${item.index}].account.accountId`, "expected the account's id");
    return id;
  }
  return null;
}

/**
 * The people the account's posts name, by id: each tweets.js (tweets-partN.js) in `dir`, streamed, its
 * mentions' `name` and `screen_name`, its replies' `in_reply_to_screen_name`; items that are no post are passed over.
 * @throws ImportError naming a posts file: the stream's own errors (invalid JSON, truncation).
 */
async function namedInPosts(dir: string): Promise<Map<string, Named>> {
  const people = new Map<string, Named>();
  const add = (id: unknown, name: unknown, handle: unknown) => {
    if (typeof id !== "string") return;
    const known = people.get(id) ?? { name: null, handle: null };
    const shown = nonBlank(name);
    people.set(id, { name: known.name ?? (shown && /\p{L}/u.test(shown) ? shown : null), handle: known.handle ?? nonBlank(handle) });
  };
  for (const file of readdirSync(dir)
    .filter((n) => POSTS_FILE.test(n))
    .sort()) {
    for await (const item of (await ytdItems(join(dir, file))).items) {
      const { post } = postOf(item.value, item.index);
      if (!post) continue;
      add(post.in_reply_to_user_id_str, null, post.in_reply_to_screen_name);
      const mentions = post.entities?.user_mentions;
      for (const m of Array.isArray(mentions) ? (mentions as Array<Record<string, unknown> | null>) : []) add(m?.id_str, m?.name, m?.screen_name);
    }
  }
  return people;
}

/** Person `id` as the posts name them ({@link namedInPosts}): the name they show, else their handle, else "Twitter user <id>". */
function nameOf(id: string, people: ReadonlyMap<string, Named>): string {
  const p = people.get(id);
  return p?.name ?? p?.handle ?? `Twitter user ${id}`;
}

/** The dmConversation of item `value` (the `i`-th) and its messages. @throws ImportError naming the item: no dmConversation, no id, no messages array. */
function conversationOf(file: string, value: unknown, i: number): { id: string; events: DmEvent[] } {
  const c = (value as { dmConversation?: DmConversation } | null)?.dmConversation;
  if (!c || typeof c !== "object") throw new ImportError(file, `[${i}].dmConversation`, 'expected a conversation ({ "dmConversation": { … } })');
  const id = nonBlank(c.conversationId);
  if (!id)
    throw new ImportError(file, `[${i}].dmConversation.conversationId`, `expected the conversation's id, got ${JSON.stringify(c.conversationId ?? null)}`);
  if (!Array.isArray(c.messages)) throw new ImportError(file, `[${i}].dmConversation.messages`, "expected an array of messages");
  return { id, events: c.messages as DmEvent[] };
}

/** Everyone in a conversation, by id, in order of first appearance: the two of a "<idA>-<idB>" conversation id, senders, recipients and those who joined. */
function peopleIn(id: string, events: DmEvent[]): string[] {
  const ids: unknown[] = /^\d+-\d+$/.test(id) ? id.split("-") : [];
  for (const e of events) {
    if (!e || typeof e !== "object") continue;
    ids.push(e.messageCreate?.senderId, e.messageCreate?.recipientId);
    for (const list of [e.joinConversation?.participantsSnapshot, e.participantsJoin?.userIds]) if (Array.isArray(list)) ids.push(...list);
  }
  return [...new Set(ids.map(nonBlank).filter((s): s is string => s !== null))];
}

/**
 * Whose archive `file` (its direct messages) is: the account.js beside it's `accountId`, else the one
 * id in every conversation of the file (read through once more) when there are others; null for a file with no conversation.
 * @throws ImportError naming account.js (its own errors), or the file (`account`): no account.js beside it and not one id in every conversation, or no one else.
 */
async function ownerOf(file: string): Promise<string | null> {
  const account = await accountId(dirname(file));
  if (account) return account;
  let common: Set<string> | null = null;
  const everyone = new Set<string>();
  for await (const item of (await ytdItems(file)).items) {
    const { id, events } = conversationOf(file, item.value, item.index);
    const ids = peopleIn(id, events);
    for (const p of ids) everyone.add(p);
    common = common ? new Set(ids.filter((p) => common!.has(p))) : new Set(ids);
  }
  if (common === null) return null;
  // (one conversation of two, or of one person who wrote, tells no one apart)
  if (common.size !== 1 || everyone.size < 2)
    throw new ImportError(
      file,
      "account",
      "cannot tell whose archive this is: no account.js beside it, and no one person is in every conversation with others (import the archive's folder)",
    );
  return [...common][0]!;
}

/**
 * Event `e`, at `where` in the file ("[0].dmConversation.messages[3].messageCreate"), as a turn, or null
 * for an event that is no message or a message with no words; said by the user when its sender is `owner`.
 * @throws ImportError naming the message: no `senderId`, a `createdAt` that is no ISO 8601 time.
 */
function turnOf(file: string, e: DmEvent, where: string, owner: string | null, people: ReadonlyMap<string, Named>): ParsedTurn | null {
  const m = e && typeof e === "object" ? e.messageCreate : null;
  if (!m || typeof m !== "object") return null;
  const sender = nonBlank(m.senderId);
  if (!sender) throw new ImportError(file, `${where}.senderId`, `expected the sender's id, got ${JSON.stringify(m.senderId ?? null)}`);
  const at = typeof m.createdAt === "string" ? isoToMs(m.createdAt) : Number.NaN;
  if (Number.isNaN(at)) throw new ImportError(file, `${where}.createdAt`, `expected an ISO 8601 time, got ${JSON.stringify(m.createdAt ?? null)}`);
  const text = typeof m.text === "string" ? twitterWords(m.text, { urls: Array.isArray(m.urls) ? m.urls : [] }) : "";
  if (!text) return null;
  const mine = sender === owner;
  return { externalId: nonBlank(m.id), speaker: mine ? "User" : nameOf(sender, people), role: mine ? "user" : "other", occurredAt: at, text, metadata: {} };
}

/**
 * Item `value` (the `i`-th) of a direct messages file as one conversation (format `twitter`,
 * externalId `twitter:dm:<conversationId>`; title the group's latest name, else the people in it but
 * the user, "Jo Hart", "Jo Hart and Sam"), its messages in time order (turn externalId the message `id`); null when no one wrote words in it.
 * @throws ImportError naming the item or message ({@link conversationOf}, {@link turnOf}).
 */
function dmConversation(file: string, value: unknown, i: number, owner: string | null, people: ReadonlyMap<string, Named>): ParsedConversation | null {
  const { id, events } = conversationOf(file, value, i);
  const turns: ParsedTurn[] = [];
  let name: { name: string; at: string } | null = null;
  for (const [j, e] of events.entries()) {
    const turn = turnOf(file, e, `[${i}].dmConversation.messages[${j}].messageCreate`, owner, people);
    if (turn) turns.push(turn);
    const update = e && typeof e === "object" ? e.conversationNameUpdate : null;
    const at = typeof update?.createdAt === "string" ? update.createdAt : "";
    if (nonBlank(update?.name) && (!name || at > name.at)) name = { name: nonBlank(update!.name)!, at };
  }
  if (!turns.length) return null;
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  const others = peopleIn(id, events).filter((p) => p !== owner);
  return {
    format: "twitter",
    externalId: `twitter:dm:${id}`,
    title: name?.name ?? (listed(others.map((p) => nameOf(p, people))) || "Direct messages"),
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}

/**
 * Reads `items`, the streamed array of `file`, an archive's direct-messages.js or
 * direct-messages-group.js, as one conversation per dmConversation ({@link dmConversation}), in the
 * file's order. Before them it reads, beside the file, account.js (whose archive it is, {@link ownerOf})
 * and the posts' files (who the others are, {@link namedInPosts}: a post file is read through once more).
 * @throws ImportError naming the file and where: the stream's own errors, an item that is no
 *   dmConversation, a message with no sender or no ISO 8601 `createdAt`
 *   (`[i].dmConversation.messages[j].messageCreate.createdAt`); no account.js and no one in every
 *   conversation (`account`); account.js's or a posts file's own errors, naming that file.
 */
export async function* parseTwitterMessages(file: string, items: AsyncGenerator<JsonItem>): AsyncGenerator<ParsedConversation> {
  const owner = await ownerOf(file);
  const people = await namedInPosts(dirname(file));
  for await (const item of items) {
    const c = dmConversation(file, item.value, item.index, owner, people);
    if (c) yield c;
  }
}
