/**
 * Facebook posts and comments from Meta's "Download your information" in JSON (core/ingest/facebook.ts):
 * the posts a conversation per day said by the user (their escaped text decoded, a check-in with its
 * place and who was tagged, a shared link as where it leads, photos' captions kept, a post on someone's
 * timeline told as said there), the comments a conversation per day (told as said on whose post), posts
 * and comments with no words passed over; the likes and reactions refused alone and passed over in a
 * folder, with the download's other files, saying why; the download's Messenger threads read as before.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, passedOverInFolder } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";
import { metaJson } from "../../bench/lib/personal/meta-json.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-facebook-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ME = "Emma Harding";
const ROOT = "facebook-emmaharding-2026-12-01-Qm7ZpL2x";
const POSTS = `${ROOT}/your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json`;
const COMMENTS = `${ROOT}/your_facebook_activity/comments_and_reactions/comments.json`;

/** Epoch seconds of an ISO time. */
const sec = (iso: string) => Date.parse(iso) / 1000;

/** Writes `name` under the temp folder (its folders made) and returns its path. */
function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A photo attachment's entry. */
const photo = (uri: string, description: string, title = "Mobile uploads") => ({
  media: {
    uri,
    creation_timestamp: sec("2026-11-06T17:15:13Z"),
    media_metadata: { photo_metadata: { exif_data: [{ upload_ip: "2a02:c7c::1" }] } },
    title,
    description,
  },
});

/** Her posts, newest first as the file holds them. */
function posts(): unknown[] {
  return [
    // (a new profile picture, no words: no turn)
    {
      timestamp: sec("2026-11-29T11:20:31Z"),
      attachments: [{ data: [photo("your_facebook_activity/posts/media/p/1.jpg", "", "Profile pictures")] }],
      data: [],
      title: `${ME} updated her profile picture.`,
    },
    // (a link shared with no words: where it leads)
    {
      timestamp: sec("2026-11-25T08:03:55Z"),
      attachments: [{ data: [{ external_context: { url: "https://www.bristol.gov.uk/school-term-dates" } }] }],
      data: [{ update_timestamp: sec("2026-11-25T08:03:55Z") }],
      title: `${ME} shared a link.`,
    },
    // (two posts in the same second: two turns, "#2" the second)
    {
      timestamp: sec("2026-11-20T16:40:12Z"),
      data: [{ post: "And Poppy sang along from the front row!" }],
      title: `${ME} updated her status.`,
    },
    {
      timestamp: sec("2026-11-20T16:40:12Z"),
      attachments: [
        {
          data: [
            photo("your_facebook_activity/posts/media/p/2.jpg", "Alfie in his farmer costume, straw hat and all"),
            {
              place: { name: "Bishop Road Primary School", coordinate: { latitude: 51.48102, longitude: -2.59377 }, address: "Bishop Road, Bristol, BS7 8LS" },
            },
          ],
        },
      ],
      data: [{ post: "Alfie’s first ever school play! He was the Farmer 🥹" }, { update_timestamp: sec("2026-11-20T16:40:12Z") }],
      title: `${ME} is feeling proud at Bishop Road Primary School.`,
    },
    // (photos: the first's description repeats the words, the second's is a caption of its own, the third has none)
    {
      timestamp: sec("2026-11-06T17:15:09Z"),
      attachments: [
        {
          data: [
            photo("your_facebook_activity/posts/media/p/3.jpg", "The extension is finished! Thanks to Hartley & Sons."),
            photo("your_facebook_activity/posts/media/p/4.jpg", "The new kitchen: sage green units from Howdens"),
            photo("your_facebook_activity/posts/media/p/5.jpg", ""),
          ],
        },
      ],
      data: [{ post: "The extension is finished!   Thanks to Hartley & Sons." }],
      title: `${ME} added 3 new photos.`,
    },
    { timestamp: sec("2026-10-09T07:31:27Z"), data: [{ post: "Happy birthday lovely! 🎂" }], title: `${ME} wrote on Sarah Mitchell's timeline.` },
    // (a photo with no words and no caption: no turn)
    {
      timestamp: sec("2026-10-31T18:12:44Z"),
      attachments: [{ data: [photo("your_facebook_activity/posts/media/p/6.jpg", "")] }],
      data: [{ update_timestamp: sec("2026-10-31T18:12:44Z") }],
      title: `${ME} added a new photo.`,
    },
    {
      timestamp: sec("2026-09-27T10:22:03Z"),
      attachments: [{ data: [{ external_context: { url: "https://www.justgiving.com/page/emma-harding-bristol10k" } }] }],
      data: [{ post: "Running the Bristol 10K for St Peter’s Hospice, donations appreciated 💜 £1,240 so far" }],
      title: `${ME} shared a link.`,
    },
    {
      timestamp: sec("2026-09-19T19:05:40Z"),
      attachments: [
        {
          data: [
            {
              place: {
                name: "Casa Marino",
                coordinate: { latitude: 51.46621, longitude: -2.60513 },
                address: "14 Cotham Hill, Bristol, United Kingdom, BS6 6LF",
                url: "https://www.facebook.com/casamarinobristol",
              },
            },
          ],
        },
      ],
      data: [{ post: "Ten years married to this one ❤️ Anniversary dinner!" }],
      title: `${ME} was at Casa Marino.`,
      tags: [{ name: "Dan Harding" }],
    },
  ];
}

/** Her comments, newest first as comments.json holds them. */
function comments(): unknown[] {
  return [
    {
      timestamp: sec("2026-11-20T19:02:44Z"),
      data: [{ comment: { timestamp: sec("2026-11-20T19:02:44Z"), comment: "His costume was made by my mum, she’s a whizz", author: ME } }],
      title: `${ME} commented on her own post.`,
    },
    // (a GIF reply, no words: no turn)
    {
      timestamp: sec("2026-10-18T15:02:41Z"),
      attachments: [{ data: [{ external_context: { url: "https://media.tenor.com/Xq2bE1aXw9AAAAAC/thank-you.gif" } }] }],
      data: [{ comment: { timestamp: sec("2026-10-18T15:02:41Z"), comment: "", author: ME } }],
      title: `${ME} replied to Sarah Mitchell's comment.`,
    },
    {
      timestamp: sec("2026-10-02T18:30:05Z"),
      data: [
        {
          comment: {
            timestamp: sec("2026-10-02T18:30:05Z"),
            comment: "Count us in for the Halloween party! We’ll bring pumpkin muffins 🎃",
            author: ME,
            group: "Bishopston Mums",
          },
        },
      ],
      title: `${ME} commented on Sarah Mitchell's post.`,
    },
  ];
}

describe("a Facebook download's posts (your_posts__check_ins__photos_and_videos_1.json)", () => {
  it("reads a day of posts as a conversation of the user's, its text decoded, check-ins, links and captions in words", async () => {
    const file = write(POSTS, metaJson(posts()));
    expect(await detectFormat(file)).toBe("facebook");
    expect(await folderFileFormat(file)).toBe("facebook");
    const days = await parsedConversations(file);
    expect(days.map((d) => [d.format, d.externalId, d.title, d.participants, d.startedAt])).toEqual([
      ["facebook", "facebook:posts:2026-09-19", "Facebook posts, 19 September 2026", ["User"], Date.UTC(2026, 8, 19, 19, 5, 40)],
      ["facebook", "facebook:posts:2026-09-27", "Facebook posts, 27 September 2026", ["User"], Date.UTC(2026, 8, 27, 10, 22, 3)],
      ["facebook", "facebook:posts:2026-10-09", "Facebook posts, 9 October 2026", ["User"], Date.UTC(2026, 9, 9, 7, 31, 27)],
      ["facebook", "facebook:posts:2026-11-06", "Facebook posts, 6 November 2026", ["User"], Date.UTC(2026, 10, 6, 17, 15, 9)],
      ["facebook", "facebook:posts:2026-11-20", "Facebook posts, 20 November 2026", ["User"], Date.UTC(2026, 10, 20, 16, 40, 12)],
      ["facebook", "facebook:posts:2026-11-25", "Facebook posts, 25 November 2026", ["User"], Date.UTC(2026, 10, 25, 8, 3, 55)],
    ]);
    const turns = days.flatMap((d) => d.turns.map((t) => [t.externalId, t.speaker, t.role, t.text]));
    expect(turns).toEqual([
      [
        "2026-09-19T19:05:40Z",
        "User",
        "user",
        "Ten years married to this one ❤️ Anniversary dinner!\n\nChecked in at Casa Marino (14 Cotham Hill, Bristol, United Kingdom, BS6 6LF) with Dan Harding.",
      ],
      [
        "2026-09-27T10:22:03Z",
        "User",
        "user",
        "Running the Bristol 10K for St Peter’s Hospice, donations appreciated 💜 £1,240 so far\n\nShared a link: https://www.justgiving.com/page/emma-harding-bristol10k",
      ],
      ["2026-10-09T07:31:27Z", "User", "user", "Wrote on Sarah Mitchell's timeline: Happy birthday lovely! 🎂"],
      [
        "2026-11-06T17:15:09Z",
        "User",
        "user",
        'The extension is finished! Thanks to Hartley & Sons.\n\n[shared an image: a photo captioned "The new kitchen: sage green units from Howdens"]',
      ],
      [
        "2026-11-20T16:40:12Z",
        "User",
        "user",
        'Alfie’s first ever school play! He was the Farmer 🥹\n\nChecked in at Bishop Road Primary School (Bishop Road, Bristol, BS7 8LS).\n\n[shared an image: a photo captioned "Alfie in his farmer costume, straw hat and all"]',
      ],
      ["2026-11-20T16:40:12Z#2", "User", "user", "And Poppy sang along from the front row!"],
      ["2026-11-25T08:03:55Z", "User", "user", "Shared a link: https://www.bristol.gov.uk/school-term-dates"],
    ]);
    const metadata = days.flatMap((d) => d.turns.map((t) => t.metadata));
    expect(metadata[0]).toEqual({
      title: "Emma Harding was at Casa Marino.",
      place: { name: "Casa Marino", address: "14 Cotham Hill, Bristol, United Kingdom, BS6 6LF", latitude: 51.46621, longitude: -2.60513 },
      tags: ["Dan Harding"],
    });
    expect(metadata[2]).toEqual({ title: "Emma Harding wrote on Sarah Mitchell's timeline.", on: "Sarah Mitchell's timeline" });
    expect(metadata[3]!.media).toEqual(["3", "4", "5"].map((n) => `your_facebook_activity/posts/media/p/${n}.jpg`));
    expect(metadata[6]).toEqual({ title: "Emma Harding shared a link.", links: ["https://www.bristol.gov.uk/school-term-dates"] });
  });

  it("reads an older download's posts/your_posts_1.json (a check-in its title names) and the posts in groups", async () => {
    const old = write(
      "facebook-emma/posts/your_posts_1.json",
      metaJson([{ timestamp: sec("2021-05-08T12:00:00Z"), data: [{ post: "Sunday lunch with the in-laws" }], title: `${ME} was at The Kings Head.` }]),
    );
    expect(await detectFormat(old)).toBe("facebook");
    const [day] = await parsedConversations(old);
    expect(day!.turns.map((t) => [t.text, t.metadata.place])).toEqual([
      ["Sunday lunch with the in-laws\n\nChecked in at The Kings Head.", { name: "The Kings Head" }],
    ]);
    const groups = write(
      "facebook-emma/groups/your_posts_in_groups.json",
      metaJson({
        group_posts_v2: [
          {
            timestamp: sec("2026-10-12T20:00:00Z"),
            data: [{ post: "Does anyone know a good tutor for Year 1 phonics?" }],
            title: `${ME} posted in Bishopston Mums.`,
          },
        ],
      }),
    );
    expect(await detectFormat(groups)).toBe("facebook");
    const [group] = await parsedConversations(groups);
    expect([group!.externalId, group!.turns[0]!.text, group!.turns[0]!.metadata.group]).toEqual([
      "facebook:posts:2026-10-12",
      "Posted in Bishopston Mums: Does anyone know a good tutor for Year 1 phonics?",
      "Bishopston Mums",
    ]);
  });

  it("refuses a post whose time is none or whose text is no string, and a file cut short, naming the file and where", async () => {
    const list = posts();
    const file = write(POSTS, metaJson([list[2], { ...(list[3] as object), timestamp: "yesterday" }]));
    let err = await importErrorOf(validateExport(file));
    expect([err.name, err.file, err.location]).toEqual(["ImportError", file, "[1].timestamp"]);
    expect(err.message).toBe(
      'your_posts__check_ins__photos_and_videos_1.json: [1].timestamp: expected the post\'s time in seconds since 1970, got "yesterday"',
    );
    write(POSTS, metaJson([{ timestamp: sec("2026-11-20T16:40:12Z"), data: [{ post: 42 }], title: `${ME} updated her status.` }]));
    err = await importErrorOf(validateExport(file));
    expect([err.location, err.message]).toEqual([
      "[0].data[0].post",
      "your_posts__check_ins__photos_and_videos_1.json: [0].data[0].post: expected the post's text, got 42",
    ]);
    const whole = metaJson(posts());
    write(POSTS, whole.slice(0, whole.indexOf("And Poppy")));
    err = await importErrorOf(parsedConversations(file));
    expect(err.location).toMatch(/^byte \d+ \(line \d+, column \d+\)$/);
    expect(err.message).toMatch(/truncated JSON: the file ends inside a string of item \[2\]/);
  });

  it("refuses a file of posts none of which has words as a note with no text, which a folder passes over", async () => {
    const list = posts();
    const file = write(POSTS, metaJson([list[0], list[6]]));
    const err = await importErrorOf(validateExport(file));
    expect([err.location, err.message]).toEqual([
      "[0]",
      "your_posts__check_ins__photos_and_videos_1.json: [0]: the note has no text: Facebook posts with no words of yours (photos, shares and GIFs with nothing written)",
    ]);
    // (what a folder's import reads as a file with no words: passed over, said why, not the folder refused)
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

describe("a Facebook download's comments (comments_and_reactions/comments.json)", () => {
  it("reads a day of comments as a conversation of the user's, each told as said on whose post, a GIF reply passed over", async () => {
    const file = write(COMMENTS, metaJson({ comments_v2: comments() }));
    expect(await detectFormat(file)).toBe("facebook");
    expect(await folderFileFormat(file)).toBe("facebook");
    const days = await parsedConversations(file);
    expect(days.map((d) => [d.externalId, d.title])).toEqual([
      ["facebook:comments:2026-10-02", "Facebook comments, 2 October 2026"],
      ["facebook:comments:2026-11-20", "Facebook comments, 20 November 2026"],
    ]);
    expect(days.flatMap((d) => d.turns.map((t) => [t.externalId, t.speaker, t.role, t.text, t.metadata]))).toEqual([
      [
        "2026-10-02T18:30:05Z",
        "User",
        "user",
        "Commented on Sarah Mitchell's post: Count us in for the Halloween party! We’ll bring pumpkin muffins 🎃",
        { title: "Emma Harding commented on Sarah Mitchell's post.", on: "Sarah Mitchell's post", group: "Bishopston Mums" },
      ],
      [
        "2026-11-20T19:02:44Z",
        "User",
        "user",
        "His costume was made by my mum, she’s a whizz",
        { title: "Emma Harding commented on her own post.", on: "her own post" },
      ],
    ]);
  });

  it("reads an older download's { comments: [...] } and refuses a comment whose time is none, naming its place", async () => {
    const old = write("facebook-emma/comments/comments.json", metaJson({ comments: [comments()[2]] }));
    expect(await detectFormat(old)).toBe("facebook");
    expect((await parsedConversations(old)).map((d) => d.externalId)).toEqual(["facebook:comments:2026-10-02"]);
    const file = write(COMMENTS, metaJson({ comments_v2: [comments()[0], { title: "x", data: [{ comment: { comment: "hi", author: ME } }] }] }));
    const err = await importErrorOf(validateExport(file));
    expect([err.location, err.message]).toEqual([
      "comments_v2[1].timestamp",
      "comments.json: comments_v2[1].timestamp: expected the comment's time in seconds since 1970, got null",
    ]);
  });
});

describe("a Facebook download's likes and reactions", () => {
  it("is refused alone as no words, and passed over in a folder saying so", async () => {
    const file = write(
      `${ROOT}/your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json`,
      metaJson([
        { timestamp: sec("2026-10-02T18:29:51Z"), data: [{ reaction: { reaction: "LIKE", actor: ME } }], title: `${ME} liked Sarah Mitchell's post.` },
      ]),
    );
    const err = await importErrorOf(detectFormat(file));
    expect([err.location, err.message]).toEqual([
      "byte 0",
      "likes_and_reactions_1.json: byte 0: a Facebook download's likes and reactions (your likes and reactions on Facebook: what you reacted to, no words of yours); your own posts and comments are in your_posts__check_ins__photos_and_videos_1.json and comments.json",
    ]);
    expect(await folderFileFormat(file)).toBeNull();
    expect(await passedOverInFolder(file)).toBe("your likes and reactions on Facebook: what you reacted to, no words of yours");
    expect((await importErrorOf(parsedConversations(file, "facebook"))).location).toBe("byte 0");
  });
});

describe("a Facebook download's folder", () => {
  it("reads the posts, the comments and the Messenger threads, and passes over the rest saying why", async () => {
    const postsFile = write(POSTS, metaJson(posts()));
    const commentsFile = write(COMMENTS, metaJson({ comments_v2: comments() }));
    const likes = write(
      `${ROOT}/your_facebook_activity/comments_and_reactions/likes_and_reactions_1.json`,
      metaJson([{ timestamp: sec("2026-10-02T18:29:51Z"), data: [{ reaction: { reaction: "LIKE", actor: ME } }], title: `${ME} liked a post.` }]),
    );
    const thread = write(
      `${ROOT}/your_facebook_activity/messages/inbox/danharding_10158234567891234/message_1.json`,
      metaJson({
        participants: [{ name: "Dan Harding" }, { name: ME }],
        messages: [{ sender_name: "Dan Harding", timestamp_ms: Date.parse("2026-11-12T12:30:02Z"), content: "Booked the cottage in St Ives, £640" }],
        title: "Dan Harding",
        is_still_participant: true,
        thread_path: "inbox/danharding_10158234567891234",
        magic_words: [],
      }),
    );
    const autofill = write(`${ROOT}/your_facebook_activity/messages/autofill_information.json`, metaJson({ autofill_information_v2: { CITY: ["Bristol"] } }));
    const album = write(`${ROOT}/your_facebook_activity/posts/album/0.json`, metaJson({ name: "Mobile uploads", photos: [], description: "" }));
    const profile = write(`${ROOT}/personal_information/profile_information/profile_information.json`, metaJson({ profile_v2: { name: { full_name: ME } } }));
    const friends = write(`${ROOT}/connections/friends/your_friends.json`, metaJson({ friends_v2: [{ name: "Sarah Mitchell", timestamp: 1388534400 }] }));
    write(`${ROOT}/your_facebook_activity/posts/media/p/2.jpg`, Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]));
    // (a JSON outside any Facebook download: no one's words, passed over with no reason of Facebook's)
    const other = write("settings/app.json", JSON.stringify({ theme: "dark" }));
    expect(importPaths(join(dir, ROOT)).map((p) => p.file)).toEqual([friends, profile, commentsFile, likes, autofill, thread, album, postsFile]);
    const files = [postsFile, commentsFile, thread, likes, autofill, album, profile, friends, other];
    expect(await Promise.all(files.map((f) => folderFileFormat(f)))).toEqual(["facebook", "facebook", "messenger", null, null, null, null, null, null]);
    expect(await Promise.all(files.map((f) => passedOverInFolder(f)))).toEqual([
      null,
      null,
      null,
      "your likes and reactions on Facebook: what you reacted to, no words of yours",
      "Messenger's data on your account, no message: each chat's message_1.json is read",
      "a list of the photos in one of your Facebook albums: the photos you posted are read with their posts, captions kept",
      "your Facebook profile's details, no post of yours",
      "your Facebook friends and followers: names, no words of yours",
      null,
    ]);
    // (the Messenger thread is the messenger format's, its text decoded as before)
    const [chat] = await parsedConversations(thread);
    expect([chat!.format, chat!.externalId, chat!.turns.map((t) => [t.speaker, t.text])]).toEqual([
      "messenger",
      "messenger:inbox/danharding_10158234567891234",
      [["Dan Harding", "Booked the cottage in St Ives, £640"]],
    ]);
  });
});
