/**
 * A Mastodon account's archive, unzipped (core/ingest/mastodon.ts): outbox.json's posts a conversation
 * per day said by the user (a thread of self-replies with its first post's day), their HTML read as
 * words (mentions and hashtags words, links where they lead, a reply's leading mention dropped, the
 * content warning, a poll's options and the photos' alt text kept), boosts passed over; actor.json the
 * profile; likes.json and bookmarks.json, links only, passed over in a folder and refused alone.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { mastodonWords } from "../../core/ingest/social/mastodon.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-mastodon-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const HOST = "https://mastodonapp.uk";
const ME = `${HOST}/users/rosiegrows`;
const PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

/** Writes `archive/<name>` with `text` (made folders and all); returns its path. */
function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, "archive", name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A status's URL. */
const status = (id: string) => `${ME}/statuses/${id}`;

/** A post as the outbox holds it: a Create of a Note (or of a Question), its fields as Mastodon's serializer writes them. */
function post(id: string, published: string, content: string, extra: Record<string, unknown> = {}, activity: Record<string, unknown> = {}) {
  const to = (extra.to as string[] | undefined) ?? [PUBLIC];
  const cc = (extra.cc as string[] | undefined) ?? [`${ME}/followers`];
  return {
    id: `${status(id)}/activity`,
    type: "Create",
    actor: ME,
    published,
    to,
    cc,
    object: {
      id: status(id),
      type: "Note",
      summary: null,
      inReplyTo: null,
      published,
      url: `${HOST}/@rosiegrows/${id}`,
      attributedTo: ME,
      to,
      cc,
      sensitive: false,
      atomUri: status(id),
      inReplyToAtomUri: null,
      conversation: `tag:mastodonapp.uk,${published.slice(0, 10)}:objectId=${id}:objectType=Conversation`,
      content,
      contentMap: { en: content },
      attachment: [],
      tag: [],
      replies: { id: `${status(id)}/replies`, type: "Collection", first: { type: "CollectionPage", items: [] } },
      ...extra,
    },
    ...activity,
  };
}

const TAG = (name: string) => `<a href="${HOST}/tags/${name.toLowerCase()}" class="mention hashtag" rel="tag">#<span>${name}</span></a>`;
const MENTION = (user: string, host: string) =>
  `<span class="h-card" translate="no"><a href="https://${host}/@${user}" class="u-url mention">@<span>${user}</span></a></span>`;
const RHS = "https://www.rhs.org.uk/vegetables/broad-beans/grow-your-own";
const LINK = `<a href="${RHS}" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">https://www.</span><span class="ellipsis">rhs.org.uk/vegetables/broad-be</span><span class="invisible">ans/grow-your-own</span></a>`;

/** Rosie's posts, oldest first as the archive writes them: a thread over two days, a boost, a reply, a CW, a poll, a photo, a direct message. */
function items(): unknown[] {
  return [
    post("101", "2026-10-04T09:12:33Z", `<p>Planting day: Solent Wight garlic in bed 2 &amp; broad beans in bed 3. ${TAG("allotment")}</p>`, {
      tag: [{ type: "Hashtag", href: `${HOST}/tags/allotment`, name: "#allotment" }],
    }),
    post("102", "2026-10-04T09:31:05Z", "<p>Also 50 Radar onion sets along the fence.<br />They&#39;ll be ready by June.</p>", {
      inReplyTo: status("101"),
    }),
    {
      id: `${status("103")}/activity`,
      type: "Announce",
      actor: ME,
      published: "2026-10-04T10:00:00Z",
      to: [PUBLIC],
      cc: [],
      object: "https://birds.town/users/sam_birds/statuses/9",
    },
    // (the thread goes on the next day: it stays with its first post)
    post("104", "2026-10-05T18:20:44Z", "<p>Pigeons had half the broad beans. Netting goes on tomorrow.</p>", { inReplyTo: status("102") }),
    post(
      "105",
      "2026-10-05T19:02:11Z",
      `<p>${MENTION("sam_birds", "birds.town")} Count me in! Slimbridge on Saturday 14 November. Ask ${MENTION("jen_k", "mastodonapp.uk")} too.</p>`,
      {
        inReplyTo: "https://birds.town/users/sam_birds/statuses/77",
        tag: [
          { type: "Mention", href: "https://birds.town/users/sam_birds", name: "@sam_birds@birds.town" },
          { type: "Mention", href: `${HOST}/users/jen_k`, name: "@jen_k" },
        ],
      },
    ),
    post("106", "2026-10-06T16:12:48Z", "<p>Someone nicked the water butt from plot 27B.</p>", { summary: "allotment rant", sensitive: true }),
    post("107", "2026-10-06T20:01:26Z", "<p>Which bike light should I get?</p>", {
      type: "Question",
      oneOf: [
        { type: "Note", name: "Exposure Strada", replies: { type: "Collection", totalItems: 3 } },
        { type: "Note", name: "Lezyne Macro Drive", replies: { type: "Collection", totalItems: 8 } },
      ],
    }),
    post("108", "2026-10-06T21:05:37Z", `<p>Chew Valley this morning.</p><p>${TAG("birding")}</p>`, {
      attachment: [
        { type: "Document", mediaType: "image/jpeg", url: "media_attachments/files/115/425/original/c40e.jpeg", name: "A great white egret in the shallows" },
        { type: "Document", mediaType: "image/jpeg", url: "media_attachments/files/115/426/original/c41e.jpeg", name: null },
      ],
    }),
    post("109", "2026-10-07T09:14:55Z", `<p>${MENTION("jen_k", "mastodonapp.uk")} could you water the greenhouse? The key&#39;s under the blue pot.</p>`, {
      to: [`${HOST}/users/jen_k`],
      cc: [],
      tag: [{ type: "Mention", href: `${HOST}/users/jen_k`, name: "@jen_k" }],
    }),
    post("110", "2026-10-07T10:00:00Z", `<p>Worth a read: ${LINK}</p>`, { to: [`${ME}/followers`], cc: [PUBLIC] }),
    // (a photo with no alt text and no words: nothing to remember)
    post("111", "2026-10-07T11:00:00Z", "", { attachment: [{ type: "Document", mediaType: "image/jpeg", url: "media_attachments/x.jpeg", name: null }] }),
  ];
}

/** The outbox as BackupService writes it: one line of JSON, the collection's context first. */
function outbox(list: unknown[] = items()): string {
  return write(
    "outbox.json",
    JSON.stringify({
      "@context": ["https://www.w3.org/ns/activitystreams", { ostatus: "http://ostatus.org#", atomUri: "ostatus:atomUri" }],
      id: "outbox.json",
      type: "OrderedCollection",
      totalItems: list.length,
      orderedItems: list,
    }),
  );
}

describe("a Mastodon archive's outbox.json", () => {
  it("reads the posts as a conversation per day said by the user, a thread with its first post's day, boosts passed over", async () => {
    const file = outbox();
    expect(await detectFormat(file)).toBe("mastodon");
    expect(await folderFileFormat(file)).toBe("mastodon");
    const days = await parsedConversations(file);
    expect(days.map((d) => [d.format, d.externalId, d.title, d.participants, d.startedAt])).toEqual([
      ["mastodon", "mastodon:rosiegrows@mastodonapp.uk:posts:2026-10-04", "Posts, 4 October 2026", ["User"], Date.UTC(2026, 9, 4, 9, 12, 33)],
      ["mastodon", "mastodon:rosiegrows@mastodonapp.uk:posts:2026-10-05", "Posts, 5 October 2026", ["User"], Date.UTC(2026, 9, 5, 19, 2, 11)],
      ["mastodon", "mastodon:rosiegrows@mastodonapp.uk:posts:2026-10-06", "Posts, 6 October 2026", ["User"], Date.UTC(2026, 9, 6, 16, 12, 48)],
      ["mastodon", "mastodon:rosiegrows@mastodonapp.uk:posts:2026-10-07", "Posts, 7 October 2026", ["User"], Date.UTC(2026, 9, 7, 9, 14, 55)],
    ]);
    // (the reply of 5 October goes on the thread of 4 October: it is in that day's conversation, after its first post)
    expect(days.map((d) => d.turns.map((t) => t.externalId!.slice(-3)))).toEqual([["101", "102", "104"], ["105"], ["106", "107", "108"], ["109", "110"]]);
    const turns = days.flatMap((d) => d.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text, t.metadata]));
    expect(turns).toEqual([
      [
        status("101"),
        "User",
        "user",
        "2026-10-04T09:12:33.000Z",
        "Planting day: Solent Wight garlic in bed 2 & broad beans in bed 3. allotment",
        { url: `${HOST}/@rosiegrows/101`, tags: ["allotment"] },
      ],
      [
        status("102"),
        "User",
        "user",
        "2026-10-04T09:31:05.000Z",
        "Also 50 Radar onion sets along the fence.\nThey'll be ready by June.",
        { url: `${HOST}/@rosiegrows/102`, thread: true },
      ],
      [
        status("104"),
        "User",
        "user",
        "2026-10-05T18:20:44.000Z",
        "Pigeons had half the broad beans. Netting goes on tomorrow.",
        { url: `${HOST}/@rosiegrows/104`, thread: true },
      ],
      [
        status("105"),
        "User",
        "user",
        "2026-10-05T19:02:11.000Z",
        "Count me in! Slimbridge on Saturday 14 November. Ask jen_k too.",
        { url: `${HOST}/@rosiegrows/105`, reply_to: "sam_birds@birds.town" },
      ],
      [
        status("106"),
        "User",
        "user",
        "2026-10-06T16:12:48.000Z",
        "allotment rant\n\nSomeone nicked the water butt from plot 27B.",
        { url: `${HOST}/@rosiegrows/106`, content_warning: "allotment rant" },
      ],
      [
        status("107"),
        "User",
        "user",
        "2026-10-06T20:01:26.000Z",
        "Which bike light should I get?\n\nPoll: Exposure Strada or Lezyne Macro Drive.",
        { url: `${HOST}/@rosiegrows/107` },
      ],
      [
        status("108"),
        "User",
        "user",
        "2026-10-06T21:05:37.000Z",
        "Chew Valley this morning.\n\nbirding [shared an image: a photo of a great white egret in the shallows]",
        { url: `${HOST}/@rosiegrows/108` },
      ],
      [
        status("109"),
        "User",
        "user",
        "2026-10-07T09:14:55.000Z",
        "could you water the greenhouse? The key's under the blue pot.",
        { url: `${HOST}/@rosiegrows/109`, visibility: "direct", to: ["jen_k"] },
      ],
      [status("110"), "User", "user", "2026-10-07T10:00:00.000Z", `Worth a read: ${RHS}`, { url: `${HOST}/@rosiegrows/110`, visibility: "unlisted" }],
    ]);
    // (the boost, someone else's post, and the photo with no words are no turn)
    expect(turns.map((t) => t[0])).not.toContain(status("103"));
    expect(turns.map((t) => t[0])).not.toContain(status("111"));
  });

  it("reads Mastodon 4.2's outbox, its orderedItems given twice, and an older archive's items with their own context and signature", async () => {
    const first = items()[0] as Record<string, unknown>;
    const older = {
      "@context": ["https://www.w3.org/ns/activitystreams", { ostatus: "http://ostatus.org#" }],
      ...(items()[1] as Record<string, unknown>),
      signature: { type: "RsaSignature2017", creator: `${ME}#main-key`, created: "2026-10-04T09:31:06Z", signatureValue: "tpJz==" },
    };
    const file = write(
      "outbox.json",
      `{"@context":"https://www.w3.org/ns/activitystreams","id":"outbox.json","type":"OrderedCollection","totalItems":2,"orderedItems":[],"orderedItems":[${JSON.stringify(first)},\n${JSON.stringify(older, null, 2)}]}`,
    );
    expect(await detectFormat(file)).toBe("mastodon");
    const [day, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(day!.turns.map((t) => [t.externalId, t.text.slice(0, 14)])).toEqual([
      [status("101"), "Planting day: "],
      [status("102"), "Also 50 Radar "],
    ]);
  });

  it("refuses an item that is no activity, a post whose time is no time, and broken JSON, naming the file and where", async () => {
    const file = outbox([items()[0], post("102", "4 October 2026", "<p>hi</p>")]);
    let err = await importErrorOf(validateExport(file));
    expect([err.name, err.file, err.location]).toEqual(["ImportError", file, "orderedItems[1].object.published"]);
    expect(err.message).toBe('outbox.json: orderedItems[1].object.published: expected a time as "2026-10-04T09:12:33Z", got "4 October 2026"');
    outbox([items()[0], "https://mastodonapp.uk/users/rosiegrows/statuses/102"]);
    err = await importErrorOf(validateExport(file));
    expect(err.message).toBe(
      'outbox.json: orderedItems[1]: expected an activity ({ "type": "Create", "object": { … } }), got "https://mastodonapp.uk/users/rosiegrows/statuses/102"',
    );
    outbox([post("101", "2026-10-04T09:12:33Z", "<p>hi</p>", { id: null })]);
    expect((await importErrorOf(validateExport(file))).location).toBe("orderedItems[0].object.id");
    // (the download cut short: the file ends inside its second post)
    const whole = JSON.stringify({ id: "outbox.json", type: "OrderedCollection", orderedItems: items().slice(0, 2) });
    writeFileSync(file, whole.slice(0, whole.indexOf("Also 50")));
    err = await importErrorOf(parsedConversations(file));
    expect(err.location).toMatch(/^byte \d+ \(line 1, column \d+\)$/);
    expect(err.message).toMatch(/truncated JSON: the file ends inside a string of item \[1\]/);
  });
});

describe("a Mastodon post's HTML as words", () => {
  it("keeps paragraphs and lines, mentions and hashtags as words, links as where they lead", () => {
    expect(mastodonWords(`<p>${MENTION("sam_birds", "birds.town")} ${MENTION("jen_k", "mastodonapp.uk")}, yes!</p><p>See ${LINK}</p>`)).toBe(
      `sam_birds jen_k, yes!\n\nSee ${RHS}`,
    );
    expect(mastodonWords(`<p>${MENTION("sam_birds", "birds.town")} ${MENTION("jen_k", "mastodonapp.uk")}, yes!</p>`, { leadingMentions: true })).toBe("yes!");
    // (a link that shows other words keeps them; a quoted post's fallback "RE:" is left out; a custom emoji its code)
    expect(
      mastodonWords(
        '<p class="quote-inline">RE: <a href="https://birds.town/@sam_birds/9">birds.town/@sam_birds/9</a></p><p>My <a href="https://example.com/blog">blog post</a> <img src="x.png" alt=":blobcat:" /> &lt;3</p>',
      ),
    ).toBe("My blog post (https://example.com/blog) :blobcat: <3");
    expect(mastodonWords("<ul><li>Garlic</li><li>Broad beans</li></ul>")).toBe("- Garlic\n- Broad beans");
    // (a post that opens with a custom emoji's code keeps it whole: only what a dropped mention leaves is trimmed)
    expect(mastodonWords("<p>:blobcat: hello</p>", { leadingMentions: true })).toBe(":blobcat: hello");
    expect(mastodonWords("")).toBe("");
  });
});

describe("a Mastodon archive's actor.json", () => {
  it("reads the account's bio and fields as the user's profile, of the time the archive was made", async () => {
    const file = write(
      "actor.json",
      JSON.stringify({
        "@context": ["https://www.w3.org/ns/activitystreams", "https://w3id.org/security/v1"],
        id: ME,
        type: "Person",
        following: `${ME}/following`,
        outbox: "outbox.json",
        preferredUsername: "rosiegrows",
        name: "Rosie Fenwick",
        summary: "<p>Allotment newbie in east Bristol, bike commuter &amp; patch birder.</p>",
        attachment: [{ type: "PropertyValue", name: "Patch", value: "St Werburghs &amp; Chew Valley" }],
        icon: { type: "Image", mediaType: "image/png", url: "avatar.png" },
        likes: "likes.json",
        bookmarks: "bookmarks.json",
      }),
    );
    const made = Date.UTC(2026, 11, 1, 8, 30, 15);
    utimesSync(file, new Date(made), new Date(made));
    expect(await detectFormat(file)).toBe("mastodon");
    expect(await folderFileFormat(file)).toBe("mastodon");
    const [profile, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(profile).toMatchObject({
      format: "mastodon",
      externalId: "mastodon:rosiegrows@mastodonapp.uk:profile",
      title: "Mastodon profile of Rosie Fenwick (@rosiegrows@mastodonapp.uk)",
      startedAt: made,
    });
    expect(profile!.turns.map((t) => [t.externalId, t.speaker, t.role, t.occurredAt, t.text])).toEqual([
      ["profile", "User", "user", made, "Allotment newbie in east Bristol, bike commuter & patch birder.\n\nPatch: St Werburghs & Chew Valley"],
    ]);
  });
});

describe("a Mastodon archive's folder", () => {
  it("reads outbox.json and actor.json, passes over likes.json and bookmarks.json saying why, and lists no media", async () => {
    const posts = outbox();
    const actor = write("actor.json", JSON.stringify({ id: ME, type: "Person", outbox: "outbox.json", summary: "<p>Beans, bikes and birds.</p>" }));
    const likes = write(
      "likes.json",
      JSON.stringify({
        "@context": "https://www.w3.org/ns/activitystreams",
        id: "likes.json",
        type: "OrderedCollection",
        orderedItems: ["https://birds.town/users/sam_birds/statuses/9"],
      }),
    );
    const bookmarks = write(
      "bookmarks.json",
      JSON.stringify({ "@context": "https://www.w3.org/ns/activitystreams", id: "bookmarks.json", type: "OrderedCollection", orderedItems: [] }),
    );
    write("avatar.png", Uint8Array.from([0x89, 0x50, 0x4e, 0x47]));
    write("media_attachments/files/115/425/original/c40e.jpeg", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]));
    expect(importPaths(join(dir, "archive")).map((p) => p.file.slice(dir.length + 1))).toEqual([
      "archive/actor.json",
      "archive/bookmarks.json",
      "archive/likes.json",
      "archive/outbox.json",
    ]);
    expect(await Promise.all([actor, bookmarks, likes, posts].map((f) => folderFileFormat(f)))).toEqual(["mastodon", null, null, "mastodon"]);
    expect(await Promise.all([actor, bookmarks, likes, posts].map((f) => passedOverInFolder(f)))).toEqual([
      null,
      "the posts you bookmarked on Mastodon, as links only: no words to remember",
      "the posts you favourited on Mastodon, as links only: no words to remember",
      null,
    ]);
    // (alone, a list of links is said to be one, not read as a note nor refused as "a JSON object")
    expect((await importErrorOf(detectFormat(likes))).message).toBe(
      "likes.json: byte 0: a Mastodon archive's likes.json: the posts you favourited on Mastodon, as links only: no words to remember; your own posts are in its outbox.json",
    );
    const err = await importErrorOf(parsedConversations(bookmarks, "mastodon"));
    expect([err.file, err.location]).toEqual([bookmarks, "byte 0"]);
  });
});
