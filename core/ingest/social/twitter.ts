/**
 * An X (Twitter) archive ("Your archive", Settings → Download an archive of your data), unzipped: its
 * `data/` folder holds JavaScript files, each assigning one JSON array to a global (`window.YTD.tweets.part0
 * = [ … ]`). Two of them are someone's words: `tweets.js` (and `tweets-part1.js` … of a large account: `{
 * tweet: { id_str, created_at: "Tue Nov 03 18:42:10 +0000 2026", full_text, entities, in_reply_to_screen_name? } }`),
 * the account's own posts, read here, and `direct-messages.js` / `direct-messages-group.js`, read by
 * twitter-dm.ts. The others (`account.js`, `like.js`, `follower.js`, `manifest.js`, `ad-*.js` …) are
 * no one's words. The array after the assignment is streamed (json-stream.ts `from`), so memory holds one
 * item and the posts of the days not yet given.
 *
 * Posts are the account's own statements, like a journal's: each calendar day (UTC) of them is one
 * conversation, "Posts, 3 November 2026", each post a turn said by the user (speaker "User", role "user",
 * as sms.ts names them). A post's text is read as words ({@link twitterWords}): `&amp;`, `&lt;`, `&gt;`
 * undone, t.co links their expanded URL (a link to the post's own photo or video dropped), "@handle"
 * the handle, "#running" the word; a reply's leading "@handle" mentions are dropped (whom it answers is
 * its metadata's `reply_to`). A retweet ("RT @user: …") is someone else's words and is passed over.
 */
import { humanDate, isoDate } from "../../time/format.js";
import { MESSAGES, notTwitterWords, POSTS, postOf, twitterTime, twitterWords, ytdItems } from "./twitter-archive.js";
import { parseTwitterMessages } from "./twitter-dm.js";
import type { JsonItem } from "../kit/json-stream.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/** A retweet's text: someone else's post, shared. */
const RETWEET = /^RT @\w+:/;

/**
 * Item `value` (the `index`-th) of a posts file as the user's turn, or null for a retweet or a post
 * with no words left.
 * @throws ImportError naming the file and the post: no object, no text, a `created_at` that is no time.
 */
function postTurn(file: string, value: unknown, index: number): ParsedTurn | null {
  const { post, where } = postOf(value, index);
  if (!post) throw new ImportError(file, `[${index}]`, 'expected a post ({ "tweet": { … } })');
  const text = typeof post.full_text === "string" ? post.full_text : post.text;
  if (typeof text !== "string") throw new ImportError(file, `${where}.full_text`, `expected the post's text, got ${JSON.stringify(text ?? null)}`);
  const at = typeof post.created_at === "string" ? twitterTime(post.created_at) : Number.NaN;
  if (Number.isNaN(at))
    throw new ImportError(file, `${where}.created_at`, `expected a time as "Tue Nov 03 18:42:10 +0000 2026", got ${JSON.stringify(post.created_at ?? null)}`);
  if (RETWEET.test(text)) return null;
  const replyTo = typeof post.in_reply_to_screen_name === "string" ? post.in_reply_to_screen_name : null;
  const words = twitterWords(text, post.entities, { reply: replyTo !== null || typeof post.in_reply_to_status_id_str === "string" });
  if (!words) return null;
  const id = typeof post.id_str === "string" ? post.id_str : typeof post.id === "string" ? post.id : null;
  return { externalId: id, speaker: "User", role: "user", occurredAt: at, text: words, metadata: replyTo ? { reply_to: replyTo } : {} };
}

/** Most characters of posts held before the days read so far are given (the days come again, in parts, with the same externalId). */
export const MAX_HELD_POST_CHARS = 8 * 1024 * 1024;

/** A day's posts as one conversation: `twitter:posts:2026-11-03`, "Posts, 3 November 2026", in time order. */
function dayOf(turns: ParsedTurn[]): ParsedConversation {
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  const at = turns[0]!.occurredAt;
  return { format: "twitter", externalId: `twitter:posts:${isoDate(at)}`, title: `Posts, ${humanDate(at)}`, participants: ["User"], startedAt: at, turns };
}

/**
 * Reads `file`, an archive's tweets.js (or tweets-partN.js), as one conversation per calendar day
 * (UTC) of posts (format `twitter`, externalId `twitter:posts:<YYYY-MM-DD>`, so another part or a later
 * archive adds to the same day; title "Posts, 3 November 2026"), each post with words a turn said by the
 * user (speaker "User", role "user"; externalId its `id_str`; metadata `{ reply_to }`, the handle a
 * reply answers), days in time order. Retweets are passed over. The days are held until the file's end
 * (an archive writes the newest first), past {@link MAX_HELD_POST_CHARS} given in parts.
 * @throws ImportError naming the file and where: the stream's own errors, an item that is no post, a
 *   post with no text (`[i].tweet.full_text`) or whose `created_at` is no time (`[i].tweet.created_at`).
 */
async function* parsePosts(file: string, items: AsyncGenerator<JsonItem>): AsyncGenerator<ParsedConversation> {
  const days = new Map<string, ParsedTurn[]>();
  let held = 0;
  const given = function* () {
    for (const day of [...days.keys()].sort()) yield dayOf(days.get(day)!);
    days.clear();
    held = 0;
  };
  for await (const item of items) {
    const turn = postTurn(file, item.value, item.index);
    if (!turn) continue;
    const day = isoDate(turn.occurredAt);
    const turns = days.get(day);
    if (turns) turns.push(turn);
    else days.set(day, [turn]);
    held += turn.text.length;
    if (held > MAX_HELD_POST_CHARS) yield* given();
  }
  yield* given();
}

/**
 * Reads `file`, an X archive's data file of posts (tweets.js) or direct messages (direct-messages.js,
 * direct-messages-group.js; twitter-dm.ts), as its conversations (format `twitter`): the posts'
 * days ({@link parsePosts}), or one conversation per direct message conversation.
 * @throws ImportError naming the file and where: no `window.YTD.<name>.part<n> =` at its start, data
 *   that holds no posts nor messages (`byte 0`: like.js, account.js), and each reader's own errors.
 */
export async function* parseTwitter(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const { name, items } = await ytdItems(file, opts);
  if (POSTS.test(name)) yield* parsePosts(file, items);
  else if (MESSAGES.test(name)) yield* parseTwitterMessages(file, items);
  else throw new ImportError(file, "byte 0", notTwitterWords(name));
}
