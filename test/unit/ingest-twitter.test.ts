/**
 * An X (Twitter) archive, unzipped (core/ingest/twitter.ts, twitter-dm.ts, twitter-archive.ts): its
 * posts a conversation per day said by the user, their text read as words (t.co links expanded,
 * `&amp;` undone, a reply's leading mentions dropped, retweets passed over); its direct messages a
 * conversation each, the account's own the user's, others named as the posts name them; the data
 * files that are no one's words passed over in a folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { twitterWords } from "../../core/ingest/social/twitter-archive.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-twitter-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const MAYA = "1187650043212345344";
const JO = "982341256778899456";
const SAM = "1022334455667788990";
const KIM = "1500000000000000001";

/** Writes `data/<name>` of the archive: `window.YTD.<data>.part<n> = <value>`, indented as X writes it; returns its path. */
function data(name: string, ytd: string, value: unknown, part = 0): string {
  const file = join(dir, "archive", "data", name);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, `window.YTD.${ytd}.part${part} = ${JSON.stringify(value, null, 2)}`);
  return file;
}

/** A post as the archive writes one. */
function post(id: string, createdAt: string, fullText: string, extra: Record<string, unknown> = {}) {
  return {
    tweet: {
      retweeted: false,
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
      display_text_range: ["0", String(fullText.length)],
      id_str: id,
      id,
      created_at: createdAt,
      full_text: fullText,
      lang: "en",
      ...extra,
    },
  };
}

/** A direct message as the archive writes one. */
function dm(id: string, senderId: string, recipientId: string, createdAt: string, text: string, urls: unknown[] = []) {
  return { messageCreate: { recipientId, reactions: [], urls, text, mediaUrls: [], senderId, id, createdAt } };
}

/** The archive's account.js: Maya's. */
function account(): string {
  return data("account.js", "account", [
    { account: { email: "maya.r@example.com", createdVia: "web", username: "maya_designs", accountId: MAYA, accountDisplayName: "Maya Reid" } },
  ]);
}

/** Maya's posts: Jo named by a mention (her shown name) and Sam by a reply only (his handle). */
function posts(): string {
  return data("tweets.js", "tweets", [
    // (the newest first, as the archive writes them)
    post("5", "Sun Nov 15 17:48:31 +0000 2026", "@jo_writes @sam_k so proud of you &amp; the team &lt;3 https://t.co/Media01", {
      in_reply_to_screen_name: "jo_writes",
      in_reply_to_user_id_str: JO,
      in_reply_to_status_id_str: "4",
      entities: {
        hashtags: [],
        user_mentions: [
          { name: "Jo Hart", screen_name: "jo_writes", id_str: JO },
          { name: "🌸", screen_name: "sam_k", id_str: SAM },
        ],
        urls: [],
        media: [{ url: "https://t.co/Media01", expanded_url: "https://twitter.com/maya_designs/status/5/photo/1" }],
      },
    }),
    post("4", "Sun Nov 15 09:00:00 +0000 2026", "RT @edinburghfoodie: The best ramen in town is at Ikigai https://t.co/AbCdEf1234"),
    post("3", "Sun Nov 15 08:15:44 +0000 2026", "Ran the Edinburgh half with @RunClubEdi in 1:52:40 #running https://t.co/XyZ9876543", {
      entities: {
        hashtags: [{ text: "running" }],
        user_mentions: [],
        urls: [{ url: "https://t.co/XyZ9876543", expanded_url: "https://www.strava.com/activities/1234567890", display_url: "strava.com/activities/1234…" }],
      },
    }),
    // (00:30 at +0100 is 23:30 UTC the day before: of 3 November)
    post("2", "Wed Nov 04 00:30:00 +0100 2026", "Boxes everywhere, send help"),
    post("1", "Tue Nov 03 18:42:10 +0000 2026", "Signed the lease on a flat in Leith! Moving in on 1 December 📦"),
  ]);
}

describe("an X (Twitter) archive's posts", () => {
  it("reads tweets.js as a conversation per day said by the user, its text as words, retweets passed over", async () => {
    const file = posts();
    expect(await detectFormat(file)).toBe("twitter");
    expect(await folderFileFormat(file)).toBe("twitter");
    const days = await parsedConversations(file);
    expect(days.map((d) => [d.format, d.externalId, d.title, d.participants, d.startedAt])).toEqual([
      ["twitter", "twitter:posts:2026-11-03", "Posts, 3 November 2026", ["User"], Date.UTC(2026, 10, 3, 18, 42, 10)],
      ["twitter", "twitter:posts:2026-11-15", "Posts, 15 November 2026", ["User"], Date.UTC(2026, 10, 15, 8, 15, 44)],
    ]);
    expect(days.flatMap((d) => d.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text, t.metadata]))).toEqual([
      ["1", "User", "user", "2026-11-03T18:42:10.000Z", "Signed the lease on a flat in Leith! Moving in on 1 December 📦", {}],
      ["2", "User", "user", "2026-11-03T23:30:00.000Z", "Boxes everywhere, send help", {}],
      ["3", "User", "user", "2026-11-15T08:15:44.000Z", "Ran the Edinburgh half with RunClubEdi in 1:52:40 https://www.strava.com/activities/1234567890", {}],
      ["5", "User", "user", "2026-11-15T17:48:31.000Z", "so proud of you & the team <3", { reply_to: "jo_writes" }],
    ]);
  });

  it("adds a later part's posts to the same day", async () => {
    posts();
    const part = data("tweets-part1.js", "tweets", [post("9", "Tue Nov 03 07:00:00 +0000 2026", "Coffee first")], 1);
    expect(await folderFileFormat(part)).toBe("twitter");
    const [day, more] = await parsedConversations(part);
    expect(more).toBeUndefined();
    expect(day).toMatchObject({ externalId: "twitter:posts:2026-11-03", turns: [{ externalId: "9", text: "Coffee first" }] });
  });

  it("reads a text as words: links expanded or dropped, escapes undone, mentions and hashtags as words", () => {
    const links = {
      urls: [{ url: "https://t.co/Ab", expanded_url: "https://example.com/a#b" }],
      media: [{ url: "https://t.co/Pic" }],
    };
    // (hashtags closing a post are its labels; one inside it is a word)
    expect(twitterWords("@jo_writes congrats &amp; see https://t.co/Ab #books https://t.co/Pic", links, { reply: true })).toBe(
      "congrats & see https://example.com/a#b",
    );
    expect(twitterWords("Loved the #running club today #sunday #5k", null)).toBe("Loved the running club today");
    expect(twitterWords("New PB #running https://t.co/Xy", { urls: [{ url: "https://t.co/Xy", expanded_url: "https://www.strava.com/activities/1" }] })).toBe(
      "New PB https://www.strava.com/activities/1",
    );
    // (not a reply: a leading mention is who the post is about; an address is no mention)
    expect(twitterWords("@jo_writes is hiring, mail jo@example.com or see medium.com/@jo &amp;amp; more", null)).toBe(
      "jo_writes is hiring, mail jo@example.com or see medium.com/@jo &amp; more",
    );
    expect(twitterWords("@jo_writes @sam_k", null, { reply: true })).toBe("");
    // (an account mentioned is the name it shows, when the post's entities give one)
    const mentions = {
      user_mentions: [
        { screen_name: "BrightlineStudio", name: "Brightline" },
        { screen_name: "x_99", name: "🙂" },
      ],
    };
    expect(twitterWords("First day at @BrightlineStudio as a designer, thanks @x_99", mentions)).toBe("First day at Brightline as a designer, thanks x_99");
    expect(twitterWords("photo https://t.co/Zz", { urls: [{ url: "https://t.co/Zz", expanded: "https://twitter.com/messages/media/1855" }] })).toBe("photo");
  });

  it("refuses a malformed created_at or broken JSON, naming the file and the post or the place", async () => {
    const file = data("tweets.js", "tweets", [post("2", "Tue Nov 03 18:42:10 +0000 2026", "fine"), post("1", "2026-11-03 18:42", "not Twitter's time")]);
    const err = await importErrorOf(validateExport(file));
    expect(err.name).toBe("ImportError");
    expect(err.file).toBe(file);
    expect(err.message).toBe('tweets.js: [1].tweet.created_at: expected a time as "Tue Nov 03 18:42:10 +0000 2026", got "2026-11-03 18:42"');
    // (a position counts from the file's start, the assignment before the JSON too: a ']' where the post's '}' belongs)
    writeFileSync(file, 'window.YTD.tweets.part0 = [ { "tweet": { "full_text": "hi" } ] ]');
    expect((await importErrorOf(parsedConversations(file))).location).toBe("byte 61 (line 1, column 62)");
  });
});

describe("an X (Twitter) archive's direct messages", () => {
  it("reads each conversation said by the user and the others as the posts name them, in time order", async () => {
    account();
    posts();
    const file = data("direct-messages.js", "direct_messages", [
      {
        dmConversation: {
          conversationId: `${JO}-${MAYA}`,
          messages: [
            // (the newest first, as the archive writes them)
            dm("13", MAYA, JO, "2026-11-10T20:06:40.118Z", "Wouldn't miss it! Bringing Sam"),
            dm("12", JO, MAYA, "2026-11-10T20:06:00.000Z", "https://t.co/Photo1", [
              { url: "https://t.co/Photo1", expanded: "https://twitter.com/messages/media/12", display: "pic.twitter.com/Photo1" },
            ]),
            dm("11", JO, MAYA, "2026-11-10T20:05:12.301Z", "Book launch is at Golden Hare Books, 26 November, 7pm &amp; you're +1 https://t.co/Map1", [
              { url: "https://t.co/Map1", expanded: "https://goldenharebooks.com/events", display: "goldenharebooks.com/events" },
            ]),
          ],
        },
      },
      { dmConversation: { conversationId: `${MAYA}-${SAM}`, messages: [dm("21", SAM, MAYA, "2026-11-12T09:00:00.000Z", "Saturday still on?")] } },
      { dmConversation: { conversationId: `${KIM}-${MAYA}`, messages: [dm("31", KIM, MAYA, "2026-11-13T09:00:00.000Z", "Hi! Loved your talk")] } },
    ]);
    expect(await detectFormat(file)).toBe("twitter");
    expect(await folderFileFormat(file)).toBe("twitter");
    const [jo, sam, kim, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(jo).toMatchObject({
      format: "twitter",
      externalId: `twitter:dm:${JO}-${MAYA}`,
      title: "Jo Hart",
      participants: ["Jo Hart", "User"],
      startedAt: Date.parse("2026-11-10T20:05:12.301Z"),
    });
    expect(jo!.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      [
        "11",
        "Jo Hart",
        "other",
        "2026-11-10T20:05:12.301Z",
        "Book launch is at Golden Hare Books, 26 November, 7pm & you're +1 https://goldenharebooks.com/events",
      ],
      ["13", "User", "user", "2026-11-10T20:06:40.118Z", "Wouldn't miss it! Bringing Sam"],
    ]);
    // (Sam's shown name is no words: his handle; Kim is in no post)
    expect([sam!.title, sam!.turns[0]!.speaker, kim!.title, kim!.turns[0]!.speaker]).toEqual(["sam_k", "sam_k", `Twitter user ${KIM}`, `Twitter user ${KIM}`]);
  });

  it("titles a group by its latest name and passes over its events; tells the user without account.js by the one id in every conversation", async () => {
    const file = data("direct-messages-group.js", "direct_messages_group", [
      {
        dmConversation: {
          conversationId: "1600000000000000000",
          messages: [
            dm("43", MAYA, "", "2026-11-14T10:02:00.000Z", "Count me in"),
            { conversationNameUpdate: { initiatingUserId: JO, name: "Book club", createdAt: "2026-11-14T09:00:00.000Z" } },
            dm("42", JO, "", "2026-11-14T10:01:00.000Z", "Next pick: Piranesi"),
            { participantsLeave: { userIds: [KIM], createdAt: "2026-11-14T08:30:00.000Z" } },
            { conversationNameUpdate: { initiatingUserId: MAYA, name: "Books", createdAt: "2026-11-14T08:00:00.000Z" } },
            { joinConversation: { initiatingUserId: JO, participantsSnapshot: [MAYA, JO, KIM], createdAt: "2026-11-14T07:00:00.000Z" } },
          ],
        },
      },
      {
        dmConversation: {
          conversationId: "1600000000000000001",
          messages: [dm("51", SAM, "", "2026-11-15T10:00:00.000Z", "hi all"), { joinConversation: { participantsSnapshot: [SAM, MAYA, JO] } }],
        },
      },
      { dmConversation: { conversationId: "1600000000000000002", messages: [{ joinConversation: { participantsSnapshot: [MAYA, SAM] } }] } },
    ]);
    // (no account.js: Maya's id is in every conversation, by a message or a join; one with no message is none)
    const [group, other, none] = await parsedConversations(file);
    const bySam = { dmConversation: { conversationId: "1600000000000000001", messages: [dm("51", SAM, "", "2026-11-15T10:00:00.000Z", "hi all")] } };
    expect(group).toMatchObject({ externalId: "twitter:dm:1600000000000000000", title: "Book club", participants: [`Twitter user ${JO}`, "User"] });
    expect(group!.turns.map((t) => [t.speaker, t.role, t.text])).toEqual([
      [`Twitter user ${JO}`, "other", "Next pick: Piranesi"],
      ["User", "user", "Count me in"],
    ]);
    expect(other).toMatchObject({ externalId: "twitter:dm:1600000000000000001", title: `Twitter user ${SAM} and Twitter user ${JO}` });
    expect(other!.turns.map((t) => [t.speaker, t.role])).toEqual([[`Twitter user ${SAM}`, "other"]]);
    expect(none).toBeUndefined();
    // (a conversation where only Sam wrote tells no one apart: whose the archive is cannot be told)
    writeFileSync(file, `window.YTD.direct_messages_group.part0 = ${JSON.stringify([bySam])}`);
    const err = await importErrorOf(parsedConversations(file));
    expect([err.file, err.location]).toEqual([file, "account"]);
    expect(err.message).toMatch(/^direct-messages-group\.js: account: cannot tell whose archive this is: no account\.js beside it/);
  });
});

describe("an X (Twitter) archive's folder", () => {
  it("lists its .js files, reads its posts and messages and passes over the data that is no one's words", async () => {
    const tweets = posts();
    const own = account();
    const dms = data("direct-messages.js", "direct_messages", []);
    const group = data("direct-messages-group.js", "direct_messages_group", []);
    const headers = data("direct-message-headers.js", "direct_message_headers", [{ dmConversation: { conversationId: `${JO}-${MAYA}`, messages: [] } }]);
    const like = data("like.js", "like", [{ like: { tweetId: "1850", fullText: "Cats are liquid" } }]);
    const manifest = join(dir, "archive", "data", "manifest.js");
    writeFileSync(manifest, `window.__THAR_CONFIG = ${JSON.stringify({ userInfo: { accountId: MAYA } })}`);
    writeFileSync(join(dir, "archive", "Your archive.html"), "<!DOCTYPE html><html></html>");
    expect(importPaths(join(dir, "archive")).map((p) => p.file.slice(dir.length + 1))).toEqual([
      "archive/data/account.js",
      "archive/data/direct-message-headers.js",
      "archive/data/direct-messages-group.js",
      "archive/data/direct-messages.js",
      "archive/data/like.js",
      "archive/data/manifest.js",
      "archive/data/tweets.js",
    ]);
    const formats = await Promise.all([tweets, dms, group, own, headers, like, manifest].map((f) => folderFileFormat(f)));
    expect(formats).toEqual(["twitter", "twitter", "twitter", null, null, null, null]);
    // (alone, a data file of no one's words is said so, not read as a note)
    expect((await importErrorOf(detectFormat(like))).message).toBe(
      `like.js: byte 0: an X (Twitter) archive's "like" data holds no one's words; import the archive's folder, or its tweets.js or direct-messages.js`,
    );
    // (a note that speaks of a window is a note)
    const note = join(dir, "window.md");
    writeFileSync(note, "window.YTD is where the archive keeps its data.\n");
    expect(await detectFormat(note)).toBe("note");
  });
});
