import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { redditKind, redditPassedOver, redditTime, redditWords } from "../../core/ingest/social/reddit.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems, turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-reddit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const POSTS_HEADER = "id,permalink,date,ip,subreddit,gildings,title,url,body";
const COMMENTS_HEADER = "id,permalink,date,ip,subreddit,gildings,link,parent,body,media";
const MESSAGES_HEADER = "id,permalink,thread_id,date,ip,from,to,subject,body";
const CHAT_HEADER = "message_id,created_at,updated_at,username,message,thread_parent_message_id,channel_url,subreddit,channel_name,conversation_type";

/** A cell as Python's csv writer writes it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV as Reddit writes it: the header, then a row per record, CRLF after each. */
function csv(header: string, rows: string[][]): string {
  return [header, ...rows.map((r) => r.map(cell).join(","))].map((l) => `${l}\r\n`).join("");
}

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A post's link on Reddit. */
const link = (sub: string, id: string, slug: string) => `https://www.reddit.com/r/${sub}/comments/${id}/${slug}/`;
const TABLE = link("woodworking", "1g3k9xa", "finished_my_first_walnut_dining_table");
const TARIFF = link("AskUK", "1gj8r2c", "do_you_actually_save_money_on_a_smart_tariff");

/** Each conversation's format, key and title, and its turns' id, speaker, role, time and text. */
function told(conversations: ParsedConversation[]): Array<[string, string, string | null, Array<[string | null, string, string, string, string]>]> {
  return conversations.map((c) => [
    c.format,
    c.externalId,
    c.title,
    c.turns.map((t): [string | null, string, string, string, string] => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

/** An export unzipped as `folder`: posts, comments, messages (two threads, one told by its subject), a chat, the statistics and the id-only files. */
function exportFolder(folder: string): string {
  write(
    `${folder}/statistics.csv`,
    csv("statistic,value", [
      ["account name", "oak_and_crema"],
      ["export time", "2026-11-30 21:14:09 UTC"],
      ["registration date", "2019-03-11 19:22:40 UTC"],
    ]),
  );
  write(
    `${folder}/posts.csv`,
    csv(POSTS_HEADER, [
      [
        "1g3k9xa",
        TABLE,
        "2026-10-04 18:44:10 UTC",
        "",
        "woodworking",
        "0",
        "Finished my first walnut dining table",
        TABLE,
        "Black walnut top, breadboard ends.\n\nThe finish is three coats of **Osmo Polyx-Oil** satin &amp; a white pad between coats.",
      ],
      // (a photo post: its link is its own image, no words; its title is what it says)
      [
        "1g5p2rt",
        link("woodworking", "1g5p2rt", "offcuts"),
        "2026-10-11 10:02:37 UTC",
        "",
        "woodworking",
        "0",
        "Walnut offcuts turned into a chopping board",
        "https://i.redd.it/8kq2m4x7vzsd1.jpeg",
        "",
      ],
      // (a link post: where it leads is its paragraph)
      [
        "1gm0b1c",
        link("espresso", "1gm0b1c", "great_guide"),
        "2026-11-20 12:00:00 UTC",
        "",
        "espresso",
        "0",
        "Great guide to dialling in",
        "https://example.com/dialling-in",
        "",
      ],
    ]),
  );
  write(
    `${folder}/comments.csv`,
    csv(COMMENTS_HEADER, [
      // (under the account's own post: titled by its title, from posts.csv)
      [
        "lrx2k9d",
        `${TABLE}lrx2k9d/`,
        "2026-10-04 21:07:33 UTC",
        "",
        "woodworking",
        "0",
        TABLE,
        "t1_lrx0qfa",
        "Thanks! The walnut came from [Yandles](https://www.yandles.co.uk).",
        "",
      ],
      // (under another's post: titled by its link's words; the quote of what it answers left out)
      [
        "lw8f3qp",
        `${TARIFF}lw8f3qp/`,
        "2026-11-12 18:03:51 UTC",
        "",
        "AskUK",
        "0",
        TARIFF,
        "t3_1gj8r2c",
        "> is it worth it?\n\nWe're on Octopus Agile and run the dishwasher overnight.",
        "",
      ],
      // (a comment since deleted: no words)
      ["lx0a1b2", `${TARIFF}lx0a1b2/`, "2026-11-13 08:00:00 UTC", "", "AskUK", "0", TARIFF, "t1_lw9zzzz", "[deleted]", ""],
    ]),
  );
  write(
    `${folder}/messages.csv`,
    csv(MESSAGES_HEADER, [
      // (newest first, as any order may be: read in time order)
      [
        "2f8m7wd",
        "https://www.reddit.com/message/messages/2f8m7wd",
        "2f8k1qz",
        "2026-10-27 20:15:03 UTC",
        "",
        "beanmachine_hg",
        "oak_and_crema",
        "re: Niche Zero",
        "Still available. I'm asking £420 for it.",
      ],
      [
        "2f8k1qz",
        "https://www.reddit.com/message/messages/2f8k1qz",
        "",
        "2026-10-27 19:02:44 UTC",
        "",
        "oak_and_crema",
        "beanmachine_hg",
        "Niche Zero",
        "Hi, is the Niche Zero still available?",
      ],
      // (a thread with no thread_id: told by its two people and its subject)
      [
        "2e1r6tp",
        "https://www.reddit.com/message/messages/2e1r6tp",
        "",
        "2026-10-05 12:10:22 UTC",
        "",
        "woodbutcher_ls",
        "oak_and_crema",
        "Leeds Makerspace",
        "Bandsaw induction on Saturday 12 December, £15.",
      ],
      [
        "2e1v0kk",
        "https://www.reddit.com/message/messages/2e1v0kk",
        "",
        "2026-10-05 14:47:31 UTC",
        "",
        "oak_and_crema",
        "woodbutcher_ls",
        "re: Leeds Makerspace",
        "Count me in!",
      ],
    ]),
  );
  write(
    `${folder}/chat_history.csv`,
    csv(CHAT_HEADER, [
      [
        "7312450981",
        "2026-11-04 19:30:12 UTC",
        "2026-11-04 19:30:12 UTC",
        "jess_brews",
        "Fancy a bean swap? I've got Lost Highway",
        "",
        "sendbird_group_channel_1",
        "",
        "",
        "direct",
      ],
      [
        "7312461177",
        "2026-11-04 19:41:55 UTC",
        "2026-11-04 19:41:55 UTC",
        "oak_and_crema",
        "Deal, Red Brick on Monday",
        "7312450981",
        "sendbird_group_channel_1",
        "",
        "",
        "direct",
      ],
    ]),
  );
  write(`${folder}/saved_posts.csv`, csv("id,permalink", [["1gd1m0v", link("espresso", "1gd1m0v", "niche_vs_df64")]]));
  write(`${folder}/post_votes.csv`, csv("id,permalink,direction", [["1g4a7yz", link("woodworking", "1g4a7yz", "drawbore"), "up"]]));
  write(`${folder}/comment_votes_1.csv`, csv("id,permalink,direction", [["lrx0qfa", `${TABLE}lrx0qfa/`, "up"]]));
  write(`${folder}/subscribed_subreddits.csv`, csv("subreddit", [["woodworking"], ["espresso"]]));
  write(
    `${folder}/message_headers.csv`,
    csv("id,permalink,thread_id,date,ip,from,to", [["2f8k1qz", "", "", "2026-10-27 19:02:44 UTC", "", "oak_and_crema", "beanmachine_hg"]]),
  );
  write(`${folder}/ip_logs.csv`, csv("date,ip", [["2026-11-30 21:00:00 UTC", "203.0.113.7"]]));
  return join(dir, folder);
}

describe("a Reddit data export", () => {
  const folder = exportFolder("reddit_export_oak_and_crema");

  it("reads posts and comments as the user's notes, one per post, titled by it and its subreddit", async () => {
    const posts = join(folder, "posts.csv");
    expect(await detectFormat(posts)).toBe("reddit");
    expect(told(await parsedConversations(posts))).toEqual([
      [
        "note",
        "reddit:thread:1g3k9xa",
        "Finished my first walnut dining table (r/woodworking)",
        [
          [
            "t3_1g3k9xa",
            "User",
            "user",
            "2026-10-04T18:44:10.000Z",
            "Black walnut top, breadboard ends.\n\nThe finish is three coats of Osmo Polyx-Oil satin & a white pad between coats.",
          ],
        ],
      ],
      [
        "note",
        "reddit:thread:1g5p2rt",
        "Walnut offcuts turned into a chopping board (r/woodworking)",
        [["t3_1g5p2rt", "User", "user", "2026-10-11T10:02:37.000Z", "Walnut offcuts turned into a chopping board"]],
      ],
      [
        "note",
        "reddit:thread:1gm0b1c",
        "Great guide to dialling in (r/espresso)",
        [["t3_1gm0b1c", "User", "user", "2026-11-20T12:00:00.000Z", "https://example.com/dialling-in"]],
      ],
    ]);
    const comments = await parsedConversations(join(folder, "comments.csv"));
    expect(told(comments)).toEqual([
      [
        "note",
        "reddit:thread:1g3k9xa",
        "Finished my first walnut dining table (r/woodworking)",
        [["t1_lrx2k9d", "User", "user", "2026-10-04T21:07:33.000Z", "Thanks! The walnut came from Yandles (https://www.yandles.co.uk)."]],
      ],
      [
        "note",
        "reddit:thread:1gj8r2c",
        "Do you actually save money on a smart tariff (r/AskUK)",
        [["t1_lw8f3qp", "User", "user", "2026-11-12T18:03:51.000Z", "We're on Octopus Agile and run the dishwasher overnight."]],
      ],
    ]);
    expect(comments[1]!.turns[0]!.metadata).toEqual({
      line: 3,
      reddit: { subreddit: "AskUK", permalink: `${TARIFF}lw8f3qp/`, link: TARIFF, parent: "t3_1gj8r2c" },
    });
    // (the user's own words: file sources, trust user, named by their ids)
    expect(conversationItems(comments[0]!).map((i) => [i.source.kind, i.source.trust, i.source.role, i.source.externalId])).toEqual([
      ["file", "user", "user", "t1_lrx2k9d"],
    ]);
    expect(await validateExport(posts)).toMatchObject({ format: "reddit", conversations: 3, turns: 3 });
    expect(await checkImportFile(posts)).toBe("reddit");
  });

  it("reads private messages as a conversation per thread, the account statistics.csv names the user", async () => {
    const threads = await parsedConversations(join(folder, "messages.csv"));
    expect(told(threads)).toEqual([
      [
        "reddit",
        "reddit:messages:2f8k1qz",
        "Niche Zero",
        [
          ["t4_2f8k1qz", "User", "user", "2026-10-27T19:02:44.000Z", "Hi, is the Niche Zero still available?"],
          ["t4_2f8m7wd", "beanmachine_hg", "other", "2026-10-27T20:15:03.000Z", "Still available. I'm asking £420 for it."],
        ],
      ],
      [
        "reddit",
        "reddit:messages:2e1r6tp",
        "Leeds Makerspace",
        [
          ["t4_2e1r6tp", "woodbutcher_ls", "other", "2026-10-05T12:10:22.000Z", "Bandsaw induction on Saturday 12 December, £15."],
          ["t4_2e1v0kk", "User", "user", "2026-10-05T14:47:31.000Z", "Count me in!"],
        ],
      ],
    ]);
    expect(threads.map((t) => [t.participants, t.startedAt])).toEqual([
      [["User", "beanmachine_hg"], Date.UTC(2026, 9, 27, 19, 2, 44)],
      [["woodbutcher_ls", "User"], Date.UTC(2026, 9, 5, 12, 10, 22)],
    ]);
    expect(threads[0]!.turns[1]!.metadata).toEqual({
      line: 2,
      reddit: { permalink: "https://www.reddit.com/message/messages/2f8m7wd", to: "oak_and_crema", subject: "re: Niche Zero" },
    });
  });

  it("reads a chat's messages as one conversation, titled by the others", async () => {
    expect(told(await parsedConversations(join(folder, "chat_history.csv")))).toEqual([
      [
        "reddit",
        "reddit:chat:sendbird_group_channel_1",
        "jess_brews",
        [
          ["7312450981", "jess_brews", "other", "2026-11-04T19:30:12.000Z", "Fancy a bean swap? I've got Lost Highway"],
          ["7312461177", "User", "user", "2026-11-04T19:41:55.000Z", "Deal, Red Brick on Monday"],
        ],
      ],
    ]);
  });

  it("tells whose messages they are without statistics.csv, or leaves it to --me when nothing tells", async () => {
    // (statistics.csv's "account_name", as some readers spell it)
    const spelt = write(
      "spelt/messages.csv",
      csv(MESSAGES_HEADER, [["m1", "", "", "2026-11-01 09:00:00 UTC", "", "sam_k", "oak_and_crema", "Hello", "Hi there"]]),
    );
    write("spelt/statistics.csv", csv("statistic,value", [["account_name", "oak_and_crema"]]));
    expect((await parsedConversations(spelt))[0]!.turns.map((t) => [t.speaker, t.role])).toEqual([["sam_k", "other"]]);
    // (no statistics.csv: the one name in every thread)
    const two = write(
      "alone/messages.csv",
      csv(MESSAGES_HEADER, [
        ["m1", "", "t1", "2026-11-01 09:00:00 UTC", "", "sam_k", "oak_and_crema", "Hello", "Hi there"],
        ["m2", "", "t2", "2026-11-02 09:00:00 UTC", "", "oak_and_crema", "jo_w", "Table", "Still for sale?"],
      ]),
    );
    expect((await parsedConversations(two)).map((c) => c.turns.map((t) => [t.speaker, t.role]))).toEqual([[["sam_k", "other"]], [["User", "user"]]]);
    // (one thread of two people alone: either could be the account; both are named, none the user)
    const one = write(
      "one/messages_archive.csv",
      csv(MESSAGES_HEADER, [["m1", "", "t1", "2026-11-01 09:00:00 UTC", "", "sam_k", "oak_and_crema", "Hello", "Hi there"]]),
    );
    expect((await parsedConversations(one))[0]!.turns.map((t) => [t.speaker, t.role])).toEqual([["sam_k", "other"]]);
  });

  it("lists the export's CSVs in its folder and passes over those that hold no one's words, saying why", async () => {
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "chat_history.csv",
      "comment_votes_1.csv",
      "comments.csv",
      "message_headers.csv",
      "messages.csv",
      "post_votes.csv",
      "posts.csv",
      "saved_posts.csv",
      "statistics.csv",
      "subscribed_subreddits.csv",
    ]);
    const why: Record<string, string> = {};
    const read: string[] = [];
    for (const { file } of importPaths(folder)) {
      const name = file.slice(folder.length + 1);
      const aside = await passedOverInFolder(file);
      if (aside) {
        expect(await folderFileFormat(file)).toBeNull();
        why[name] = aside;
        continue;
      }
      expect(await folderFileFormat(file)).toBe("reddit");
      expect(await checkImportFile(file, "reddit")).toBe("reddit");
      read.push(name);
    }
    expect(read).toEqual(["chat_history.csv", "comments.csv", "messages.csv", "posts.csv"]);
    expect(why).toEqual({
      "comment_votes_1.csv": "the comments the account voted on, by their ids, links and the vote only",
      "message_headers.csv": "the messages of messages.csv without their words, read from there",
      "post_votes.csv": "the posts the account voted on, by their ids, links and the vote only",
      "saved_posts.csv": "the posts saved on Reddit, by their ids and links only",
      "statistics.csv": "the Reddit account's statistics (its name, karma, email), which say whose the export is",
      "subscribed_subreddits.csv": "the subreddits the account is subscribed to, by name only",
    });
    // (alone, such a file is refused with the same reason, and a folder's import would pass it over)
    const err = await importErrorOf(validateExport(join(folder, "saved_posts.csv")));
    expect(err.message).toBe("saved_posts.csv: line 1: the note has no text: the posts saved on Reddit, by their ids and links only");
    const refused = await checkImportFile(join(folder, "saved_posts.csv")).catch((e: unknown) => e);
    expect([isEmptyNote(refused), whyPassedOver(refused)]).toEqual([true, "the posts saved on Reddit, by their ids and links only, no note"]);
    // (an "id,permalink" CSV of any other name is no Reddit file's)
    expect(redditPassedOver(write("other/links.csv", csv("id,permalink", [["1", "https://example.com"]])))).toBeNull();
  });

  it("adds from a later export only the comments new since", async () => {
    const first = [["lrx2k9d", `${TABLE}lrx2k9d/`, "2026-10-04 21:07:33 UTC", "", "woodworking", "0", TABLE, "t1_lrx0qfa", "Thanks!", ""]];
    const before = write("later/before/comments.csv", csv(COMMENTS_HEADER, first));
    const after = write(
      "later/after/comments.csv",
      csv(COMMENTS_HEADER, [
        ["lz9q0aa", `${TABLE}lz9q0aa/`, "2026-11-29 10:00:00 UTC", "", "woodworking", "0", TABLE, "t1_lz9p000", "Still going strong.", ""],
        ...first,
      ]),
    );
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((n) => n.turns.map((t) => ({ id: t.externalId, hash: turnHash(n, t) })));
    const stored = new Set((await hashes(before)).map((h) => h.hash));
    expect((await hashes(after)).filter((h) => !stored.has(h.hash)).map((h) => h.id)).toEqual(["t1_lz9q0aa"]);
  });

  it("names the file, the line and the column of a bad row", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "date/posts.csv",
        csv(POSTS_HEADER, [
          ["a1", TABLE, "2026-10-04 18:44:10 UTC", "", "woodworking", "0", "Ok", TABLE, "Fine"],
          ["a2", TABLE, "04/10/2026 18:44", "", "woodworking", "0", "Bad", TABLE, "Line one\nline two"],
        ]),
        'posts.csv: line 3, column 3 "date": "04/10/2026 18:44": expected a time as Reddit writes it, "2026-10-04 18:44:10 UTC"',
      ],
      [
        "no-day/comments.csv",
        csv(COMMENTS_HEADER, [["c1", TABLE, "2026-02-30 10:00:00 UTC", "", "woodworking", "0", TABLE, "", "Hi", ""]]),
        'comments.csv: line 2, column 3 "date": "2026-02-30 10:00:00 UTC": expected a time as Reddit writes it, "2026-10-04 18:44:10 UTC"',
      ],
      // (a body of two lines moves the next row's line on)
      [
        "id/messages.csv",
        csv(MESSAGES_HEADER, [
          ["m1", "", "", "2026-11-01 09:00:00 UTC", "", "sam_k", "jo_w", "Hi", "Two\nlines"],
          ["", "", "", "2026-11-01 09:05:00 UTC", "", "jo_w", "sam_k", "re: Hi", "Bad"],
        ]),
        'messages.csv: line 4, column 1 "id": empty: expected the id Reddit gave it, "lrx2k9d"',
      ],
      [
        "sender/chat_history.csv",
        csv(CHAT_HEADER, [["1", "2026-11-04 19:30:12 UTC", "", "", "Hi", "", "c1", "", "", "direct"]]),
        'chat_history.csv: line 2, column 4 "username": empty: expected the sender\'s username',
      ],
      [
        "sub/posts.csv",
        csv(POSTS_HEADER, [["a1", TABLE, "2026-10-04 18:44:10 UTC", "", "", "0", "Ok", TABLE, "Fine"]]),
        'posts.csv: line 2, column 5 "subreddit": empty: expected the subreddit, "woodworking"',
      ],
    ];
    for (const [name, text, message] of cases) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, text)));
      expect([err.name, err.message]).toEqual(["ImportError", message]);
    }
    const stray = await importErrorOf(
      validateExport(write("bad/stray/posts.csv", `${POSTS_HEADER}\r\na1,x,2026-10-04 18:44:10 UTC,,woodworking,0,"Ok" title,,Fine\r\n`)),
    );
    expect([stray.file.endsWith("posts.csv"), stray.location]).toEqual([true, "line 2"]);
    // (a CSV Reddit did not write, forced as reddit: refused naming line 1)
    const other = await importErrorOf(validateExport(write("bad/other.csv", "name,age\r\nAlice,30\r\n"), { format: "reddit" }));
    expect(other.message).toBe(
      "other.csv: line 1: not a Reddit export's file (its comments.csv opens id,permalink,date,ip,subreddit,gildings,link,parent,body,media)",
    );
    // (an account with no posts: no note, passed over in a folder)
    expect((await importErrorOf(validateExport(write("bad/empty/posts.csv", `${POSTS_HEADER}\r\n`)))).message).toBe(
      "posts.csv: line 2: the note has no text: Reddit's posts.csv with no post",
    );
  });

  it("tells its files by their header, the id-only ones by their name too", () => {
    expect(redditKind(`${POSTS_HEADER}\n`, "/x/posts.csv")).toBe("posts");
    expect(redditKind(`${COMMENTS_HEADER}\n`, "/x/anything.csv")).toBe("comments");
    // (an older comments.csv without media, a byte order mark's file read by its start)
    expect(redditKind("id,permalink,date,ip,subreddit,gildings,link,parent,body\n", "/x/comments.csv")).toBe("comments");
    expect(redditKind(`${MESSAGES_HEADER}\n`, "/x/messages_archive.csv")).toBe("messages");
    expect(redditKind(`${CHAT_HEADER}\n`, "/x/chat_history.csv")).toBe("chat");
    expect(redditKind("id,permalink,date,ip,subreddit,gildings,url\n", "/x/post_headers.csv")).toBe("post_headers");
    expect(redditKind("id,permalink,date,ip,subreddit,gildings,link,parent\n", "/x/comment_headers.csv")).toBe("comment_headers");
    expect(redditKind("id,permalink\n", "/x/saved_comments.csv")).toBe("saved");
    expect(redditKind("id,permalink\n", "/x/hidden_posts.csv")).toBe("hidden");
    expect(redditKind("id,permalink,direction\n", "/x/post_votes_2.csv")).toBe("votes");
    expect(redditKind("statistic,value\naccount name,oak_and_crema\n", "/x/statistics.csv")).toBe("statistics");
    // (another app's statistics.csv, "statistic,value" of its own rows, is not Reddit's)
    expect(redditKind("statistic,value\nmean,5.7\nmedian,5.5\n", "/x/statistics.csv")).toBeNull();
    // (generic headers under other names are anyone's; LinkedIn's messages.csv is not Reddit's)
    expect(redditKind("statistic,value\naccount name,oak_and_crema\n", "/x/results.csv")).toBeNull();
    expect(redditKind("id,permalink,direction\n", "/x/votes.csv")).toBeNull();
    expect(redditKind("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n", "/x/messages.csv")).toBeNull();
  });

  it("reads a body's Markdown as words and a time as Reddit writes it", () => {
    expect(
      redditWords("&gt; quoted\n\n**Bold** and ~~struck~~ \\_escaped\\_ [link](https://a.example) &amp; [https://b.example](https://b.example)&#x200B;"),
    ).toBe("Bold and struck _escaped_ link (https://a.example) & https://b.example");
    expect(redditWords("[removed]")).toBe("");
    expect(redditTime("2026-10-04 18:44:10 UTC")).toBe(Date.UTC(2026, 9, 4, 18, 44, 10));
    expect(redditTime("2026-10-04T18:44:10Z")).toBe(Date.UTC(2026, 9, 4, 18, 44, 10));
    expect(redditTime("2026-13-04 18:44:10 UTC")).toBeNull();
  });
});
