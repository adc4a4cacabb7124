/**
 * TikTok's "Download your data" in JSON (core/ingest/tiktok.ts, streamed by core/ingest/json-paths.ts):
 * each chat of the direct messages a conversation with the person its key names, in time order, the user's
 * messages (those not from that person) the user's; the user's posts (their titles and where they were
 * posted) and comments a day of each a conversation of their own words; the watch history, likes, searches,
 * logins, ads, settings, group chats and the rest passed over; older downloads' section names read too; a
 * download with none of the user's words passed over in a folder, saying why; faults named by file and place.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { type PathKey, streamJsonPaths } from "../../core/ingest/kit/json-paths.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { isTikTokData } from "../../core/ingest/social/tiktok.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-tiktok-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const FOLDER = "TikTok_Data_1764322000";

/** Writes `name` under the temp folder (its folders made) and returns its path. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A download as TikTok writes it: JSON indented by two spaces. */
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A video's share link. */
const link = (n: number) => `https://www.tiktokv.com/share/video/743100000000000${n}/`;

/** What a 2026 download holds besides the user's words: the watch history, likes, searches, logins, ads, settings. */
function activity(watched = 50): Record<string, unknown> {
  return {
    "Ads and data": {
      "Ad Interests": { AdInterestCategories: "Home & Garden | DIY" },
      "Off TikTok Activity": { OffTikTokActivityDataList: [{ TimeStamp: "2026-11-20 21:00:00", Source: "Screwfix", Event: "Add to Cart" }] },
    },
    "Likes and Favorites": {
      "Like List": { App: 1, ItemFavoriteList: [{ date: "2026-11-27 23:02:00", link: link(9) }] },
      "Favorite Videos": { App: 1, FavoriteVideoList: [{ Date: "2026-11-26 22:10:00", Link: link(8) }] },
    },
    "Your Activity": {
      Searches: { SearchList: [{ Date: "2026-11-26 22:31:09", SearchTerm: "copenhagen cheap eats" }] },
      "Login History": { LoginHistoryList: [{ Date: "2026-11-28 07:30:00 UTC", IP: "203.0.113.47", DeviceModel: "iPhone15,3" }] },
      "Watch History": {
        VideoList: Array.from({ length: watched }, (_, i) => ({ Date: `2026-11-2${i % 8} 06:${String(i % 60).padStart(2, "0")}:00`, Link: link(i % 10) })),
      },
    },
  };
}

/** The 2026 download of Hannah (hannah.fixes): her chats, comments and posts, her profile, and the rest. */
function download(): Record<string, unknown> {
  const { "Ads and data": ads, "Likes and Favorites": likes, "Your Activity": yours } = activity();
  return {
    "Ads and data": ads,
    Comment: {
      Comments: {
        App: 1,
        CommentsList: [
          // (newest first, as the download lists them)
          {
            date: "2026-11-16 08:33:21",
            comment: "@rob_renovates it sold in two hours for £340 🙌",
            photo: "N/A",
            sticker: "N/A",
            video: "N/A",
            url: "",
            "original post link": link(6),
          },
          { date: "2026-11-16 08:30:02", comment: "", photo: "N/A", sticker: "https://p16.tiktokcdn.com/sticker.png", video: "N/A", url: "" },
          {
            date: "2026-10-20 09:12:40",
            comment: "Sand with 120 grit first or the paint will peel #diytips",
            photo: "N/A",
            sticker: "N/A",
            video: "N/A",
            url: "",
          },
        ],
      },
    },
    "Direct Message": {
      "Direct Messages": {
        ChatHistory: {
          "Chat History with tomsworkshop:": [
            { Date: "2026-10-29 19:02:15", From: "tomsworkshop", Content: "Fancy a collab? I build, you paint" },
            // (written after, sent before)
            { Date: "2026-10-29 19:20:03", From: "hannah.fixes", Content: "Saturday 14 November works! Come for 10am" },
            { Date: "2026-10-29 19:14:30", From: "tomsworkshop", Content: "Shall we film it on Saturday 14 November?" },
            // (two in the same second; a GIF; a video shared)
            { Date: "2026-10-29 19:20:03", From: "hannah.fixes", Content: "  Bring the router  " },
            { Date: "2026-10-29 19:21:00", From: "tomsworkshop", Content: "[https://media.tenor.com/x1/thumbs-up.gif]" },
            { Date: "2026-10-29 19:22:10", From: "tomsworkshop", Content: link(3) },
          ],
          "Chat History with sophie_r:": [{ Date: "2026-11-02 12:31:40", From: "sophie_r", Content: "Copenhagen is booked ✈️ Friday 4 December" }],
          // (a chat of no words: no conversation)
          "Chat History with fan_1001:": [{ Date: "2026-11-01 10:00:00", From: "fan_1001", Content: "" }],
        },
      },
      // (a group chat: its shape unknown, passed over)
      "Group Chat": { GroupChat: { "Group Chat History with crew:": [{ Date: "2026-11-03 10:00:00", From: "sam", Content: "not read" }] } },
    },
    "Likes and Favorites": likes,
    Post: {
      Posts: {
        VideoList: [
          {
            Date: "2026-11-21 10:15:02",
            Link: link(7),
            Likes: "1422",
            Title: "My first market stall! Tobacco Factory Sunday Market on 6 December #bristolmakers #upcycling",
            Sound: "original sound - hannah.fixes",
            Location: "Tobacco Factory Market",
            WhoCanView: "Everyone",
          },
          // (a video posted untitled: no words)
          { Date: "2026-10-25 12:44:10", Link: link(4), Likes: "96", Title: "", Sound: "original sound", Location: "" },
          {
            Date: "2026-10-11 17:30:08",
            Link: link(2),
            Likes: "2310",
            Title: "Dresser flip part 2: painted in Little Greene Aquamarine Deep, thanks @ellie.paints",
            Sound: "",
            Location: "",
          },
        ],
      },
      "Recently Deleted Posts": { PostList: [{ Date: "2026-09-01 10:00:00", Title: "deleted, not read" }] },
    },
    "Profile And Settings": {
      "Profile Info": { App: 1, ProfileMap: { userName: "hannah.fixes", bioDescription: "Furniture flips in Bristol", followerCount: 10482 } },
      Follower: { App: 1, FansList: [{ Date: "2026-11-27 18:00:00", UserName: "fan_1000" }] },
      Settings: { App: 1, SettingsMap: { "Private Account": "Off", Interests: "DIY | Travel" } },
    },
    "Tiktok Live": { "Watch Live History": { WatchLiveMap: { "74412": { WatchTime: "2026-11-09 20:14:03", Comments: [{ CommentContent: "hi!" }] } } } },
    "TikTok Shop": { "Product Browsing History": { ProductBrowsingHistories: [{ shop_name: "ToolStation Deals", product_name: "Sander" }] } },
    "Your Activity": yours,
  };
}

/** Each conversation's turns as [speaker, role, time, text]. */
const said = (c: { turns: Array<{ speaker: string; role: string; occurredAt: number; text: string }> }) =>
  c.turns.map((t) => [t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]);

describe("TikTok's download in JSON", () => {
  it("reads each chat as a conversation with the person it is with, in time order, the user's messages theirs", async () => {
    const file = write(`${FOLDER}/user_data_tiktok.json`, json(download()));
    expect(await detectFormat(file)).toBe("tiktok");
    expect(await folderFileFormat(file)).toBe("tiktok");
    expect(importPaths(join(dir, FOLDER)).map((p) => p.file)).toEqual([file]);
    const all = await parsedConversations(file);
    expect(all.map((c) => [c.externalId, c.title])).toEqual([
      ["tiktok:dm:tomsworkshop", "tomsworkshop"],
      ["tiktok:dm:sophie_r", "sophie_r"],
      ["tiktok:comments:2026-10-20", "TikTok comments, 20 October 2026"],
      ["tiktok:comments:2026-11-16", "TikTok comments, 16 November 2026"],
      ["tiktok:posts:2026-10-11", "TikTok posts, 11 October 2026"],
      ["tiktok:posts:2026-11-21", "TikTok posts, 21 November 2026"],
    ]);
    const [tom, sophie] = all;
    expect(tom).toMatchObject({ format: "tiktok", participants: ["tomsworkshop", "User"], startedAt: Date.UTC(2026, 9, 29, 19, 2, 15) });
    expect(said(tom!)).toEqual([
      ["tomsworkshop", "other", "2026-10-29T19:02:15.000Z", "Fancy a collab? I build, you paint"],
      ["tomsworkshop", "other", "2026-10-29T19:14:30.000Z", "Shall we film it on Saturday 14 November?"],
      ["User", "user", "2026-10-29T19:20:03.000Z", "Saturday 14 November works! Come for 10am"],
      ["User", "user", "2026-10-29T19:20:03.000Z", "Bring the router"],
      ["tomsworkshop", "other", "2026-10-29T19:22:10.000Z", `Shared a TikTok video: ${link(3)}`],
    ]);
    expect(tom!.turns.map((t) => t.externalId)).toEqual([
      "2026-10-29T19:02:15Z",
      "2026-10-29T19:14:30Z",
      "2026-10-29T19:20:03Z",
      "2026-10-29T19:20:03Z#2",
      "2026-10-29T19:22:10Z",
    ]);
    expect(said(sophie!)).toEqual([["sophie_r", "other", "2026-11-02T12:31:40.000Z", "Copenhagen is booked ✈️ Friday 4 December"]]);
  });

  it("reads the user's posts and comments as their own words, a day of each, with where a post was posted; the rest passed over", async () => {
    const file = write(`${FOLDER}/user_data_tiktok.json`, json(download()));
    const all = await parsedConversations(file);
    const days = all.filter((c) => !c.externalId.startsWith("tiktok:dm:"));
    expect(days.every((c) => c.participants.length === 1 && c.participants[0] === "User")).toBe(true);
    expect(days.map((c) => c.turns.map((t) => [t.role, new Date(t.occurredAt).toISOString(), t.text, t.metadata]))).toEqual([
      [["user", "2026-10-20T09:12:40.000Z", "Sand with 120 grit first or the paint will peel", { kind: "comment", tags: ["diytips"] }]],
      [["user", "2026-11-16T08:33:21.000Z", "it sold in two hours for £340 🙌", { kind: "comment", replyTo: ["rob_renovates"], link: link(6) }]],
      [
        [
          "user",
          "2026-10-11T17:30:08.000Z",
          "Dresser flip part 2: painted in Little Greene Aquamarine Deep, thanks ellie.paints",
          { kind: "post", link: link(2) },
        ],
      ],
      [
        [
          "user",
          "2026-11-21T10:15:02.000Z",
          "My first market stall! Tobacco Factory Sunday Market on 6 December\n\nPosted at Tobacco Factory Market.",
          { kind: "post", link: link(7), tags: ["bristolmakers", "upcycling"], location: "Tobacco Factory Market" },
        ],
      ],
    ]);
    // (nothing of the watch history, searches, likes, logins, ads, settings, lives, the shop, a group chat or deleted posts)
    const words = all.flatMap((c) => c.turns.map((t) => t.text)).join("\n");
    for (const unread of [
      "copenhagen cheap eats",
      "Screwfix",
      "203.0.113.47",
      "not read",
      "deleted, not read",
      "hi!",
      "ToolStation",
      "Furniture flips in Bristol",
    ])
      expect(words).not.toContain(unread);
  });

  it("reads an older download's names: Activity, Direct Messages → Chat History, Video → Videos, Comment's Date and Comment, Profile Information", async () => {
    const file = write(
      "TikTok_Data_1650000000/user_data.json",
      json({
        Activity: { "Video Browsing History": { VideoList: [{ Date: "2022-03-01 10:00:00", VideoLink: link(1) }] } },
        Comment: { Comments: { CommentsList: [{ Date: "2022-03-02 11:00:00", Comment: "Love this colour" }] } },
        "Direct Messages": {
          "Chat History": {
            ChatHistory: { "Chat History with ellie.paints:": [{ Date: "2022-03-03 12:00:00", From: "hannah.fixes", Content: "Which paint?" }] },
          },
        },
        Profile: { "Profile Information": { ProfileMap: { userName: "hannah.fixes" } } },
        // (an older download's posts: a link and likes, no words)
        Video: { Videos: { VideoList: [{ Date: "2022-03-04 13:00:00", VideoLink: link(5), Likes: "12" }] } },
      }),
    );
    expect(await detectFormat(file)).toBe("tiktok");
    const all = await parsedConversations(file);
    expect(all.map((c) => [c.externalId, said(c)])).toEqual([
      ["tiktok:dm:ellie.paints", [["User", "user", "2022-03-03T12:00:00.000Z", "Which paint?"]]],
      ["tiktok:comments:2022-03-02", [["User", "user", "2022-03-02T11:00:00.000Z", "Love this colour"]]],
    ]);
  });

  it("tells a chat whose key names no one by the profile's userName, which TikTok writes after the messages", async () => {
    const file = write(
      "user_data_tiktok.json",
      json({
        "Direct Message": {
          "Direct Messages": {
            ChatHistory: {
              "Chat History with :": [
                { Date: "2026-11-05 09:00:00", From: "deleted_user", Content: "Is the bench still for sale?" },
                { Date: "2026-11-05 09:05:00", From: "hannah.fixes", Content: "Sorry, it sold on Sunday" },
              ],
            },
          },
        },
        "Profile And Settings": { "Profile Info": { ProfileMap: { userName: "hannah.fixes" } } },
      }),
    );
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({ externalId: "tiktok:dm:Chat History with :", title: "deleted_user" });
    expect(said(c!)).toEqual([
      ["deleted_user", "other", "2026-11-05T09:00:00.000Z", "Is the bench still for sale?"],
      ["User", "user", "2026-11-05T09:05:00.000Z", "Sorry, it sold on Sunday"],
    ]);
  });

  it("passes over, in a folder and saying why, a download holding none of the user's messages, posts or comments", async () => {
    const file = write(`${FOLDER}/user_data_tiktok.json`, json(activity(3000)));
    expect(await detectFormat(file)).toBe("tiktok");
    const err = await parsedConversations(file).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toBe(
      "user_data_tiktok.json: byte 0: the note has no text: a TikTok download with no direct message, post or comment of yours (what you watched, liked, searched and shared, your followers, the ads and your settings are not imported)",
    );
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe(
      "a TikTok download with no direct message, post or comment of yours (what you watched, liked, searched and shared, your followers, the ads and your settings are not imported), no note",
    );
  });

  it("is told by its start: a section first and one of its lists named (so named, either); another app's JSON is not", () => {
    const start = json(download()).slice(0, 400);
    expect(isTikTokData(start)).toBe(true);
    expect(isTikTokData('{\n  "Comment": {\n    "Comments": {}\n  }\n}')).toBe(false);
    expect(isTikTokData('{\n  "Comment": {\n    "Comments": {}\n  }\n}', "/x/user_data_tiktok.json")).toBe(true);
    expect(isTikTokData('{ "Comment": { "text": "hello" } }', "/x/notes.json")).toBe(false);
    expect(isTikTokData('{ "messages": [ { "text": "hi" } ] }', "/x/user_data.json")).toBe(false);
    expect(isTikTokData('{ "AI Self": {}, "Comment": { "Comments": { "CommentsList": [] } } }', "/x/user_data_tiktok.json")).toBe(true);
  });

  it("refuses a message whose time is none, naming the file and the message's place", async () => {
    const file = write(
      "user_data_tiktok.json",
      json({
        "Direct Message": {
          "Direct Messages": {
            ChatHistory: {
              "Chat History with sam:": [
                { Date: "2026-11-05 09:00:00", From: "sam", Content: "hi" },
                { Date: "yesterday", From: "sam", Content: "still there?" },
              ],
            },
          },
        },
      }),
    );
    const err = await importErrorOf(parsedConversations(file));
    expect(err.name).toBe("ImportError");
    expect(err.file).toBe(file);
    expect(err.message).toBe(
      'user_data_tiktok.json: ["Direct Message"]["Direct Messages"].ChatHistory["Chat History with sam:"][1].Date: expected the message\'s time ("2026-10-03 18:21:44"), got "yesterday"',
    );
  });

  it("refuses a truncated file, invalid JSON in a post, and a bracket that closes nothing in the watch history, at the byte, line and column", async () => {
    const text = json(download());
    const cut = write("cut/user_data_tiktok.json", text.slice(0, text.indexOf('"Post"') + 40));
    expect((await importErrorOf(parsedConversations(cut, "tiktok"))).message).toMatch(
      /^user_data_tiktok\.json: byte \d+ \(line \d+, column \d+\): truncated JSON: the file ends inside a string of Post\.Posts, before its end$/,
    );
    const badPost = write(
      "post/user_data_tiktok.json",
      '{\n  "Post": {\n    "Posts": {\n      "VideoList": [\n        { "Date": "2026-11-21 10:15:02", "Title": "Market day" },\n        { "Date": "2026-11-22 10:00:00", "Title": "oops" "Likes": "1" }\n      ]\n    }\n  }\n}\n',
    );
    expect((await importErrorOf(parsedConversations(badPost, "tiktok"))).message).toBe(
      "user_data_tiktok.json: byte 173 (line 6, column 58): invalid JSON in Post.Posts.VideoList[1]: expected ',' or '}' after a property value, got '\"Likes\": \"1\"'",
    );
    const badHistory = write(
      "history/user_data_tiktok.json",
      '{\n  "Your Activity": {\n    "Watch History": { "VideoList": [ { "Date": "2026-11-20 06:00:00" ] }\n  }\n}\n',
    );
    expect((await importErrorOf(parsedConversations(badHistory, "tiktok"))).message).toBe(
      "user_data_tiktok.json: byte 93 (line 3, column 71): expected '}' in [\"Your Activity\"], got ']'",
    );
  });
});

describe("json-paths.ts: the values kept at chosen places of one JSON document, streamed", () => {
  it("keeps what is chosen and only that, whatever the chunks' size, escapes and nesting", async () => {
    const doc = {
      skip: { a: [1, { b: 'x]}"' }], c: '\\"{' },
      keep: { 'odd "key"': [1, 2.5e3, true, null, "é✈️"], list: [{ n: 1 }, "two", 3] },
      tail: 7,
    };
    const file = write("doc.json", `\uFEFF${json(doc)}`);
    const choose = (path: readonly PathKey[], kind: string) =>
      path.length === 0 || (path[0] === "keep" && path.length === 1) || (path[1] === "list" && kind === "array")
        ? "enter"
        : path[0] === "keep" || path[0] === "tail"
          ? "keep"
          : "skip";
    for (const chunkBytes of [1, 3, 7, 64 * 1024]) {
      const got: Array<[PathKey[], unknown]> = [];
      for await (const v of streamJsonPaths(file, { choose, chunkBytes })) got.push([v.path, v.value]);
      expect(got).toEqual([
        [
          ["keep", 'odd "key"'],
          [1, 2500, true, null, "é✈️"],
        ],
        [["keep", "list", 0], { n: 1 }],
        [["keep", "list", 1], "two"],
        [["keep", "list", 2], 3],
        [["tail"], 7],
      ]);
    }
  });

  it("refuses a value kept over the reader's bound, naming its place, after the values before it", async () => {
    const file = write("big.json", `{"a": 1, "b": "${"x".repeat(100)}"}`);
    const got: unknown[] = [];
    const read = (async () => {
      for await (const v of streamJsonPaths(file, { choose: (path) => (path.length === 0 ? "enter" : "keep"), maxKeptBytes: 50, chunkBytes: 16 }))
        got.push(v.value);
    })();
    await expect(read).rejects.toThrow(/^big\.json: b: larger than 50 bytes$/);
    expect(got).toEqual([1]);
  });
});
