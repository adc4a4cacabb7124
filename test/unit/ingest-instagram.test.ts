/**
 * Instagram posts, reels, stories and comments from Meta's "Download your information" in JSON
 * (core/ingest/instagram.ts): the posts a conversation per day said by the user (their escaped text
 * decoded, a single photo's caption read from its media, a carousel's beside them, closing hashtags kept
 * as labels, where a photo was taken kept with it), reels and stories the same, the comments a
 * conversation per day told as said on whose post (not on the user's own); captionless posts and stories
 * passed over; 2025's `media/` folder and older downloads' `content/` at the root read too; the likes
 * refused alone and passed over in a folder, with the download's other files, saying why; the download's
 * direct messages read by messenger as before.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, passedOverInFolder } from "../../core/api/import-check.js";
import { captionWords } from "../../core/ingest/social/instagram.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";
import { metaJson } from "../../bench/lib/personal/meta-json.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-instagram-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ROOT = "instagram-slowrise.mcr-2026-12-01-Xk3pQ9rT";
const CONTENT = `${ROOT}/your_instagram_activity/content`;
const POSTS = `${CONTENT}/posts_1.json`;
const COMMENTS = `${ROOT}/your_instagram_activity/comments/post_comments_1.json`;

/** Epoch seconds of an ISO time. */
const sec = (iso: string) => Date.parse(iso) / 1000;

/** Writes `name` under the temp folder (its folders made) and returns its path. */
function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A photo as a post holds it; `where` the coordinates its phone wrote. */
const photo = (id: string, at: string, title: string, where?: { latitude: number; longitude: number }) => ({
  uri: `media/posts/202611/${id}.jpg`,
  creation_timestamp: sec(at),
  media_metadata: { photo_metadata: { exif_data: [where ? { ...where, source_type: "camera" } : { source_type: "camera" }] } },
  title,
  cross_post_source: { source_app: "FB" },
});

/** Her posts, newest first as posts_1.json holds them. */
function posts(): unknown[] {
  return [
    // (one photo: its caption and time in it; closing hashtags; where it was taken)
    {
      media: [
        photo("18067788990011223", "2026-11-28T12:48:09Z", "SOLD OUT by 11:20 at Altrincham Market 😭💛 120 loaves gone!\n.\n.\n#altrinchammarket #sourdough", {
          latitude: 53.3874,
          longitude: -2.3497,
        }),
      ],
    },
    // (two posts in the same second: two turns, "#2" the one posted second, which the file holds first)
    { media: [photo("18067788990011224", "2026-11-28T12:48:09Z", "And the cardamom buns went by ten")] },
    // (a photo with no caption: no turn)
    { media: [photo("18061555000111222", "2026-11-10T09:02:11Z", "")] },
    // (several photos: the caption and the time beside them; one photo with a caption of its own; a hashtag and an account inside)
    {
      media: [photo("18051234987654321", "2026-10-22T18:40:05Z", ""), photo("18051234987654322", "2026-10-22T18:40:05Z", "Dolly’s three stone decks")],
      title: "Meet Dolly, my new #rofco deck oven 🔥 Fitted by @ovenpros.uk!",
      creation_timestamp: sec("2026-10-22T18:40:05Z"),
    },
  ];
}

/** Her comments, newest first as post_comments_1.json holds them. */
function comments(): unknown[] {
  const comment = (at: string, owner: string, text: string) => ({
    media_list_data: [{ uri: "" }],
    string_map_data: { Comment: { value: text }, "Media Owner": { value: owner }, Time: { timestamp: sec(at) } },
  });
  return [
    comment("2026-11-29T10:02:37Z", "slowrise.mcr", "Next market is Levenshulme on Saturday 12 December!"),
    // (a comment of mentions alone: no turn)
    comment("2026-11-20T08:00:00Z", "sam.bakes", "@kate.b @jo_mcr"),
    comment("2026-11-08T20:41:55Z", "sam.bakes", "@sam.bakes Rice flour in the bannetons changed my life, thank you!"),
  ];
}

describe("an Instagram download's posts (your_instagram_activity/content/posts_1.json)", () => {
  it("reads a day of posts as a conversation of the user's: captions decoded, hashtags as labels, the place kept", async () => {
    const file = write(POSTS, metaJson(posts()));
    expect(await detectFormat(file)).toBe("instagram");
    expect(await folderFileFormat(file)).toBe("instagram");
    const days = await parsedConversations(file);
    expect(days.map((d) => [d.format, d.externalId, d.title, d.participants, d.startedAt])).toEqual([
      ["instagram", "instagram:posts:2026-10-22", "Instagram posts, 22 October 2026", ["User"], Date.UTC(2026, 9, 22, 18, 40, 5)],
      ["instagram", "instagram:posts:2026-11-28", "Instagram posts, 28 November 2026", ["User"], Date.UTC(2026, 10, 28, 12, 48, 9)],
    ]);
    expect(days.flatMap((d) => d.turns.map((t) => [t.externalId, t.speaker, t.role, t.text]))).toEqual([
      [
        "2026-10-22T18:40:05Z",
        "User",
        "user",
        'Meet Dolly, my new rofco deck oven 🔥 Fitted by ovenpros.uk!\n\n[shared an image: a photo captioned "Dolly’s three stone decks"]',
      ],
      // (Meta writes the newest first: of two in the same second, the later in the file was posted first)
      ["2026-11-28T12:48:09Z", "User", "user", "And the cardamom buns went by ten"],
      ["2026-11-28T12:48:09Z#2", "User", "user", "SOLD OUT by 11:20 at Altrincham Market 😭💛 120 loaves gone!"],
    ]);
    const metadata = days.flatMap((d) => d.turns.map((t) => t.metadata));
    expect(metadata[0]).toEqual({
      kind: "post",
      media: ["media/posts/202611/18051234987654321.jpg", "media/posts/202611/18051234987654322.jpg"],
    });
    expect(metadata[2]).toEqual({
      kind: "post",
      media: ["media/posts/202611/18067788990011223.jpg"],
      tags: ["altrinchammarket", "sourdough"],
      place: { latitude: 53.3874, longitude: -2.3497 },
    });
  });

  it("reads 2025's media/posts_1.json and an older download's content/posts_1.json at its root, and the posts archived", async () => {
    const newer = write(`${ROOT}/your_instagram_activity/media/posts_1.json`, metaJson([posts()[1]]));
    expect(await detectFormat(newer)).toBe("instagram");
    expect((await parsedConversations(newer)).map((d) => [d.externalId, d.turns[0]!.text])).toEqual([
      ["instagram:posts:2026-11-28", "And the cardamom buns went by ten"],
    ]);
    const older = write("instagram-niamh-2022/content/posts_1.json", metaJson([{ media: [photo("1", "2022-05-08T12:00:00Z", "Café au lait at Pollen ☕")] }]));
    expect(await detectFormat(older)).toBe("instagram");
    expect((await parsedConversations(older)).map((d) => [d.externalId, d.turns[0]!.text])).toEqual([
      ["instagram:posts:2022-05-08", "Café au lait at Pollen ☕"],
    ]);
    const archived = write(
      `${CONTENT}/archived_posts.json`,
      metaJson({ ig_archived_post_media: [{ media: [photo("2", "2026-09-01T10:00:00Z", "Trial loaf #1")] }] }),
    );
    expect(await detectFormat(archived)).toBe("instagram");
    const [day] = await parsedConversations(archived);
    expect([day!.externalId, day!.turns[0]!.text, day!.turns[0]!.metadata.kind]).toEqual(["instagram:posts:2026-09-01", "Trial loaf #1", "archived post"]);
  });

  it("refuses a post whose time is none or whose caption is no text, and a file cut short, naming the file and where", async () => {
    const list = posts();
    const file = write(POSTS, metaJson([list[1], { media: [{ ...photo("9", "2026-11-01T10:00:00Z", "x"), creation_timestamp: "yesterday" }] }]));
    let err = await importErrorOf(validateExport(file));
    expect([err.name, err.file, err.location]).toEqual(["ImportError", file, "[1].media[0].creation_timestamp"]);
    expect(err.message).toBe('posts_1.json: [1].media[0].creation_timestamp: expected the post\'s time in seconds since 1970, got "yesterday"');
    write(POSTS, metaJson([{ ...(list[3] as object), title: 42 }]));
    err = await importErrorOf(validateExport(file));
    expect([err.location, err.message]).toEqual(["[0].title", "posts_1.json: [0].title: expected the post's caption, got 42"]);
    const whole = metaJson(posts());
    write(POSTS, whole.slice(0, whole.indexOf("Meet Dolly")));
    err = await importErrorOf(parsedConversations(file));
    expect(err.location).toMatch(/^byte \d+ \(line \d+, column \d+\)$/);
    expect(err.message).toMatch(/truncated JSON: the file ends inside a string of item \[3\]/);
  });

  it("refuses a file of posts none of which has a caption as a note with no text, which a folder passes over", async () => {
    const file = write(POSTS, metaJson([posts()[2]]));
    const err = await importErrorOf(validateExport(file));
    expect([err.location, err.message]).toEqual(["[0]", "posts_1.json: [0]: the note has no text: Instagram posts with no caption of yours"]);
    expect(
      isEmptyNote(
        await validateExport(file).then(
          () => null,
          (e: unknown) => e,
        ),
      ),
    ).toBe(true);
  });
});

describe("an Instagram download's reels and stories", () => {
  it("reads a day of reels and of stories each as a conversation, a story with no words passed over", async () => {
    const reels = write(
      `${CONTENT}/reels.json`,
      metaJson({
        ig_reels_media: [
          {
            media: [
              {
                uri: "media/reels/202611/18066543210987654.mp4",
                creation_timestamp: sec("2026-11-25T20:10:44Z"),
                media_metadata: { video_metadata: { exif_data: [{ source_type: "library" }] } },
                title: "Flour day! 16 sacks of Shipton Mill organic white 🫠 #flour #bakerylife",
                cross_post_source: { source_app: "FB" },
              },
            ],
          },
        ],
      }),
    );
    expect(await detectFormat(reels)).toBe("instagram");
    expect((await parsedConversations(reels)).map((d) => [d.externalId, d.title, d.turns.map((t) => [t.text, t.metadata])])).toEqual([
      [
        "instagram:reels:2026-11-25",
        "Instagram reels, 25 November 2026",
        [
          [
            "Flour day! 16 sacks of Shipton Mill organic white 🫠",
            { kind: "reel", media: ["media/reels/202611/18066543210987654.mp4"], tags: ["flour", "bakerylife"] },
          ],
        ],
      ],
    ]);
    const story = (id: string, at: string, title: string) => ({
      uri: `media/stories/202611/${id}.jpg`,
      creation_timestamp: sec(at),
      media_metadata: { photo_metadata: { exif_data: [{ source_type: "camera" }] } },
      title,
      cross_post_source: { source_app: "FB" },
    });
    const stories = write(
      `${CONTENT}/stories.json`,
      metaJson({
        ig_stories: [
          story("3", "2026-11-28T07:15:40Z", "Setting up at Altrincham Market, stall 14 💐"),
          story("2", "2026-11-14T07:10:02Z", ""),
          story("1", "2026-11-02T18:30:00Z", "Brenda (my starter) has been fed 🫙"),
        ],
      }),
    );
    expect(await detectFormat(stories)).toBe("instagram");
    expect(await folderFileFormat(stories)).toBe("instagram");
    expect((await parsedConversations(stories)).map((d) => [d.externalId, d.title, d.turns.map((t) => [t.externalId, t.text])])).toEqual([
      ["instagram:stories:2026-11-02", "Instagram stories, 2 November 2026", [["2026-11-02T18:30:00Z", "Brenda (my starter) has been fed 🫙"]]],
      ["instagram:stories:2026-11-28", "Instagram stories, 28 November 2026", [["2026-11-28T07:15:40Z", "Setting up at Altrincham Market, stall 14 💐"]]],
    ]);
  });

  it("refuses a story whose time is none, naming its place", async () => {
    const file = write(`${CONTENT}/stories.json`, metaJson({ ig_stories: [{ uri: "media/stories/1.jpg", title: "Hello" }] }));
    const err = await importErrorOf(validateExport(file));
    expect([err.location, err.message]).toEqual([
      "ig_stories[0].creation_timestamp",
      "stories.json: ig_stories[0].creation_timestamp: expected the story's time in seconds since 1970, got null",
    ]);
  });
});

describe("an Instagram download's comments (comments/post_comments_1.json)", () => {
  it("reads a day of comments as a conversation, each told as said on whose post, not on the user's own, whom it answers kept", async () => {
    write(
      `${ROOT}/personal_information/personal_information/personal_information.json`,
      metaJson({ profile_user: [{ string_map_data: { Username: { href: "", value: "slowrise.mcr", timestamp: 0 }, Name: { value: "Niamh" } } }] }),
    );
    const file = write(COMMENTS, metaJson(comments()));
    expect(await detectFormat(file)).toBe("instagram");
    expect(await folderFileFormat(file)).toBe("instagram");
    const days = await parsedConversations(file);
    expect(days.map((d) => [d.externalId, d.title])).toEqual([
      ["instagram:comments:2026-11-08", "Instagram comments, 8 November 2026"],
      ["instagram:comments:2026-11-29", "Instagram comments, 29 November 2026"],
    ]);
    expect(days.flatMap((d) => d.turns.map((t) => [t.externalId, t.speaker, t.role, t.text, t.metadata]))).toEqual([
      [
        "2026-11-08T20:41:55Z",
        "User",
        "user",
        "Commented on sam.bakes's post: Rice flour in the bannetons changed my life, thank you!",
        { kind: "comment", on: "sam.bakes", replyTo: ["sam.bakes"] },
      ],
      ["2026-11-29T10:02:37Z", "User", "user", "Next market is Levenshulme on Saturday 12 December!", { kind: "comment", on: "slowrise.mcr", own: true }],
    ]);
  });

  it("reads reels_comments.json and an older download's comments_media_comments, and refuses a comment whose time is none", async () => {
    const reels = write(`${ROOT}/your_instagram_activity/comments/reels_comments.json`, metaJson({ comments_reels_comments: [comments()[2]] }));
    expect(await detectFormat(reels)).toBe("instagram");
    expect((await parsedConversations(reels)).map((d) => d.turns[0]!.text)).toEqual([
      "Commented on sam.bakes's reel: Rice flour in the bannetons changed my life, thank you!",
    ]);
    const older = write(
      "instagram-niamh-2022/comments/post_comments.json",
      metaJson({
        comments_media_comments: [
          { title: "pollen.bakery", string_list_data: [{ value: "Best pain au chocolat in Manchester 😍", timestamp: sec("2022-05-08T12:30:00Z") }] },
        ],
      }),
    );
    expect(await detectFormat(older)).toBe("instagram");
    expect((await parsedConversations(older)).map((d) => [d.externalId, d.turns[0]!.text])).toEqual([
      ["instagram:comments:2022-05-08", "Commented on pollen.bakery's post: Best pain au chocolat in Manchester 😍"],
    ]);
    const file = write(COMMENTS, metaJson([comments()[2], { string_map_data: { Comment: { value: "hi" }, "Media Owner": { value: "sam.bakes" } } }]));
    const err = await importErrorOf(validateExport(file));
    expect([err.location, err.message]).toEqual([
      "[1].string_map_data.Time.timestamp",
      "post_comments_1.json: [1].string_map_data.Time.timestamp: expected the comment's time in seconds since 1970, got null",
    ]);
  });
});

describe("an Instagram download's likes", () => {
  it("are refused alone as no words, and passed over in a folder saying so", async () => {
    const file = write(
      `${ROOT}/your_instagram_activity/likes/liked_posts.json`,
      metaJson({
        likes_media_likes: [
          { title: "sam.bakes", string_list_data: [{ href: "https://www.instagram.com/p/DCbT9xLsAbC/", value: "👍", timestamp: sec("2026-11-08T20:40:02Z") }] },
        ],
      }),
    );
    const err = await importErrorOf(detectFormat(file));
    expect([err.location, err.message]).toEqual([
      "byte 0",
      "liked_posts.json: byte 0: an Instagram download's likes (your likes on Instagram: the posts and comments you liked, no words of yours); your own posts, stories and comments are in content/posts_1.json, stories.json and comments/post_comments_1.json",
    ]);
    expect(await folderFileFormat(file)).toBeNull();
    expect(await passedOverInFolder(file)).toBe("your likes on Instagram: the posts and comments you liked, no words of yours");
    expect((await importErrorOf(parsedConversations(file, "instagram"))).location).toBe("byte 0");
  });
});

describe("an Instagram download's folder", () => {
  it("reads the posts, stories, comments and direct messages, and passes over the rest saying why", async () => {
    const postsFile = write(POSTS, metaJson(posts()));
    const commentsFile = write(COMMENTS, metaJson(comments()));
    const stories = write(
      `${CONTENT}/stories.json`,
      metaJson({ ig_stories: [{ uri: "media/stories/202611/1.jpg", creation_timestamp: sec("2026-11-02T18:30:00Z"), title: "Brenda has been fed" }] }),
    );
    const thread = write(
      `${ROOT}/your_instagram_activity/messages/inbox/ambercoleman_17912345678901234/message_1.json`,
      metaJson({
        participants: [{ name: "Amber Coleman" }, { name: "Niamh Doyle" }],
        messages: [
          { sender_name: "Amber Coleman", timestamp_ms: Date.parse("2026-11-17T16:05:02Z"), content: "Let’s start with 30 cardamom buns a day, £2.20 each" },
        ],
        title: "Amber Coleman",
        is_still_participant: true,
        thread_path: "inbox/ambercoleman_17912345678901234",
        magic_words: [],
      }),
    );
    const likes = write(`${ROOT}/your_instagram_activity/likes/liked_posts.json`, metaJson({ likes_media_likes: [] }));
    const saved = write(`${ROOT}/your_instagram_activity/saved/saved_posts.json`, metaJson({ saved_saved_media: [] }));
    const deleted = write(`${CONTENT}/recently_deleted_content.json`, metaJson({ ig_recently_deleted_media: [] }));
    const followers = write(
      `${ROOT}/connections/followers_and_following/followers_1.json`,
      metaJson([{ title: "", string_list_data: [{ value: "sam.bakes" }] }]),
    );
    const profile = write(`${ROOT}/personal_information/personal_information/personal_information.json`, metaJson({ profile_user: [] }));
    const ads = write(`${ROOT}/ads_information/ads_and_topics/ads_viewed.json`, metaJson({ impressions_history_ads_seen: [] }));
    const login = write(
      `${ROOT}/security_and_login_information/login_and_profile_creation/login_activity.json`,
      metaJson({ account_history_login_history: [] }),
    );
    const secret = write(`${ROOT}/your_instagram_activity/messages/secret_conversations.json`, metaJson({ ig_secret_conversations: {} }));
    write(`${ROOT}/media/posts/202611/18067788990011223.jpg`, Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]));
    // (a JSON outside any Instagram download: no one's words, passed over with no reason of Instagram's)
    const other = write("settings/app.json", JSON.stringify({ theme: "dark" }));
    expect(importPaths(join(dir, ROOT)).map((p) => p.file)).toEqual([
      ads,
      followers,
      profile,
      login,
      commentsFile,
      postsFile,
      deleted,
      stories,
      likes,
      thread,
      secret,
      saved,
    ]);
    const files = [postsFile, stories, commentsFile, thread, likes, saved, deleted, followers, profile, ads, login, secret, other];
    expect(await Promise.all(files.map((f) => folderFileFormat(f)))).toEqual([
      "instagram",
      "instagram",
      "instagram",
      "messenger",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(await Promise.all(files.map((f) => passedOverInFolder(f)))).toEqual([
      null,
      null,
      null,
      null,
      "your likes on Instagram: the posts and comments you liked, no words of yours",
      "the posts you saved on Instagram: links, no words of yours",
      "what you deleted on Instagram, not imported",
      "your Instagram followers and the accounts you follow: names, no words of yours",
      "your Instagram profile's details, no post of yours",
      "the ads Instagram showed you and what it inferred of you, no words of yours",
      "Instagram's record of your account, no words of yours",
      "Instagram's data on your messages, no message: each chat's message_1.json is read",
      null,
    ]);
    // (the direct-message thread is the messenger format's, its text decoded as before)
    const [chat] = await parsedConversations(thread);
    expect([chat!.format, chat!.externalId, chat!.turns.map((t) => [t.speaker, t.text])]).toEqual([
      "messenger",
      "messenger:inbox/ambercoleman_17912345678901234",
      [["Amber Coleman", "Let’s start with 30 cardamom buns a day, £2.20 each"]],
    ]);
  });
});

describe("an older Instagram download's folder (content/ at its root)", () => {
  it("passes over its files that are none of its posts, stories or comments, and no folder that only holds a content/ of another app", async () => {
    const postsFile = write(
      "instagram-niamh-2022/content/posts_1.json",
      metaJson([{ media: [photo("1", "2022-05-08T12:00:00Z", "Café au lait at Pollen ☕")] }]),
    );
    const followers = write("instagram-niamh-2022/followers_and_following/followers.json", metaJson({ relationships_followers: [] }));
    const account = write("instagram-niamh-2022/account_information/personal_information.json", metaJson({ profile_user: [] }));
    expect(await folderFileFormat(postsFile)).toBe("instagram");
    expect(await Promise.all([followers, account].map((f) => passedOverInFolder(f)))).toEqual([
      "your Instagram followers and the accounts you follow: names, no words of yours",
      "your Instagram profile's details, no post of yours",
    ]);
    // (a website's content/stories.json is no Instagram download: a Keep note beside it is read)
    write("site/content/stories.json", JSON.stringify({ stories: [{ slug: "hello" }] }));
    const keep = write(
      "site/notes/Shopping.json",
      JSON.stringify({
        color: "DEFAULT",
        isTrashed: false,
        isPinned: false,
        isArchived: false,
        textContent: "Oat milk",
        title: "Shopping",
        userEditedTimestampUsec: 1763900000000000,
      }),
    );
    expect(await passedOverInFolder(keep)).toBeNull();
    expect(await folderFileFormat(keep)).toBe("keep");
  });
});

describe("a caption as words", () => {
  it("takes its closing hashtags as labels, reads a hashtag or an account inside it as its word, and a caption of hashtags alone as their words", () => {
    expect(captionWords("Rye day with @sam.bakes and a #sourdough loaf.\n\n#ryebread #manchester")).toEqual({
      text: "Rye day with sam.bakes and a sourdough loaf.",
      tags: ["ryebread", "manchester"],
    });
    expect(captionWords("#sourdough #bakerylife")).toEqual({ text: "sourdough bakerylife", tags: ["sourdough", "bakerylife"] });
    expect(captionWords("Email me at niamh@slowrise.co.uk, loaf #2 is ready")).toEqual({
      text: "Email me at niamh@slowrise.co.uk, loaf #2 is ready",
      tags: [],
    });
  });
});
