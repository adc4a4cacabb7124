/**
 * The poster: Maya downloads her X (Twitter) archive and imports its unzipped folder (`engram import
 * "twitter-2026-11-20"`): `data/account.js` (her username and display name), `data/tweets.js` (her
 * posts, replies and retweets: `window.YTD.tweets.part0 = [ { "tweet": { full_text, created_at: "Tue
 * Nov 03 18:42:10 +0000 2026", entities, in_reply_to_screen_name, … } } ]`, links shortened to t.co,
 * `&amp;`), `data/direct-messages.js` (`window.YTD.direct_messages.part0 = [ { "dmConversation": {
 * conversationId, messages: [ { messageCreate: { senderId, recipientId, text, createdAt } } ] } } ]`),
 * and files the archive holds that are no one's words (`data/like.js`, `data/manifest.js`, the
 * archive's `Your archive.html`). Hand-written by the developers while trying Engram as its users
 * would, in session 31, before Engram could read it (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer
 * holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

const MAYA_ID = "1187650043212345344";
const JO_ID = "982341256778899456";

/** A JSON value as the archive writes a data file: a JavaScript assignment to `window.YTD.<name>.part0`. */
function ytd(name: string, value: unknown): string {
  return `window.YTD.${name}.part0 = ${JSON.stringify(value, null, 2)}`;
}

/** A post as the archive writes one: its text, its time as Twitter words it, and what else it carries. */
function tweet(id: string, createdAt: string, fullText: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    tweet: {
      edit_info: { initial: { editTweetIds: [id], editableUntil: "2026-11-03T19:42:10.000Z", editsRemaining: "5", isEditEligible: true } },
      retweeted: false,
      source: '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
      display_text_range: ["0", String(fullText.length)],
      favorite_count: "4",
      id_str: id,
      truncated: false,
      retweet_count: "0",
      id,
      created_at: createdAt,
      favorited: false,
      full_text: fullText,
      lang: "en",
      ...extra,
    },
  };
}

const TWEETS = [
  tweet("1853501234567890001", "Tue Nov 03 18:42:10 +0000 2026", "Signed the lease on a flat in Leith! Moving in on 1 December 📦"),
  tweet("1853501234567890002", "Thu Nov 05 08:15:44 +0000 2026", "First day at @BrightlineStudio as Senior Product Designer. Nervous &amp; excited", {
    entities: { hashtags: [], symbols: [], user_mentions: [{ name: "Brightline", screen_name: "BrightlineStudio", id_str: "1100000000000000001" }], urls: [] },
  }),
  tweet("1853501234567890003", "Sat Nov 07 21:03:09 +0000 2026", "@jo_writes congrats on the book deal!! 🎉", {
    in_reply_to_screen_name: "jo_writes",
    in_reply_to_user_id_str: JO_ID,
    in_reply_to_status_id_str: "1853400000000000000",
  }),
  tweet(
    "1853501234567890004",
    "Mon Nov 09 12:30:00 +0000 2026",
    "RT @edinburghfoodie: The best ramen in town is at Ikigai on Broughton St https://t.co/AbCdEf1234",
    {
      retweeted: false,
    },
  ),
  tweet("1853501234567890005", "Sun Nov 15 17:48:31 +0000 2026", "Ran the Edinburgh half in 1:52:40 — new PB #running https://t.co/XyZ9876543", {
    entities: {
      hashtags: [{ text: "running", indices: ["49", "57"] }],
      symbols: [],
      user_mentions: [],
      urls: [{ url: "https://t.co/XyZ9876543", expanded_url: "https://www.strava.com/activities/1234567890", display_url: "strava.com/activities/1234…" }],
    },
  }),
];

const DMS = [
  {
    dmConversation: {
      conversationId: `${JO_ID}-${MAYA_ID}`,
      messages: [
        {
          messageCreate: {
            recipientId: MAYA_ID,
            reactions: [],
            urls: [],
            text: "Book launch is at Golden Hare Books, 26 November, 7pm. You're on the list +1",
            mediaUrls: [],
            senderId: JO_ID,
            id: "1855000000000000002",
            createdAt: "2026-11-10T20:05:12.301Z",
          },
        },
        {
          messageCreate: {
            recipientId: JO_ID,
            reactions: [{ senderId: JO_ID, reactionKey: "like", eventId: "1855000000000000009", createdAt: "2026-11-10T20:07:00.000Z" }],
            urls: [],
            text: "Wouldn't miss it! Bringing Sam",
            mediaUrls: [],
            senderId: MAYA_ID,
            id: "1855000000000000003",
            createdAt: "2026-11-10T20:06:40.118Z",
          },
        },
      ],
    },
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When do I move into the flat in Leith?", expect: ["1 December"] },
  { question: "Where do I work now?", expect: ["Brightline"] },
  { question: "What is my job title?", expect: ["Senior Product Designer"] },
  { question: "What was my Edinburgh half marathon time?", expect: ["1:52:40"] },
  { question: "Where is Jo's book launch?", expect: ["Golden Hare"] },
  { question: "When is Jo's book launch?", expect: ["26 November"] },
  { question: "Who am I bringing to the book launch?", expect: ["Sam"] },
  { question: "What is the name of Jo's book?", expect: null },
  { question: "How much is the rent on the Leith flat?", expect: null },
  { question: "Who is my manager at Brightline?", expect: null },
];

/** Maya: her X (Twitter) archive, unzipped and imported as one folder, asked on Friday 20 November 2026. */
export const tweeter: Person = {
  name: "tweeter",
  files: [
    {
      name: "twitter-2026-11-20/data/account.js",
      text: ytd("account", [
        {
          account: {
            email: "maya.r@example.com",
            createdVia: "web",
            username: "maya_designs",
            accountId: MAYA_ID,
            createdAt: "2014-03-02T10:00:00.000Z",
            accountDisplayName: "Maya Reid",
          },
        },
      ]),
    },
    { name: "twitter-2026-11-20/data/tweets.js", text: ytd("tweets", TWEETS) },
    { name: "twitter-2026-11-20/data/direct-messages.js", text: ytd("direct_messages", DMS) },
    {
      name: "twitter-2026-11-20/data/like.js",
      text: ytd("like", [
        { like: { tweetId: "1850000000000000000", fullText: "Cats are liquid", expandedUrl: "https://twitter.com/i/web/status/1850000000000000000" } },
      ]),
    },
    {
      name: "twitter-2026-11-20/data/manifest.js",
      text: `window.__THAR_CONFIG = ${JSON.stringify({ userInfo: { accountId: MAYA_ID, userName: "maya_designs", displayName: "Maya Reid" } }, null, 2)}`,
    },
    {
      name: "twitter-2026-11-20/Your archive.html",
      text: '<!DOCTYPE html><html><head><title>Your archive</title></head><body><div id="root"></div></body></html>',
    },
  ],
  folder: "twitter-2026-11-20",
  askedAt: Date.UTC(2026, 10, 20, 18, 0),
  questions: QUESTIONS,
};
