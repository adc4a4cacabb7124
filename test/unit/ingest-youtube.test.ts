import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { commentWords, youtubeCsvKind, youtubeHtmlAdvice } from "../../core/ingest/media/youtube.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-youtube-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COMMENTS_HEADER = "Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Post ID,Video ID,Comment Text";

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A cell as Takeout writes it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV as Takeout writes it: the header, then a row per record. */
function csv(header: string, rows: string[][]): string {
  return [header, ...rows.map((r) => r.map(cell).join(","))].map((l) => `${l}\n`).join("");
}

/** A video watched, as watch-history.json holds it. */
function watched(time: string, title: string, id: string, channel?: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    header: "YouTube",
    title: `Watched ${title}`,
    titleUrl: `https://www.youtube.com/watch?v=${id}`,
    ...(channel ? { subtitles: [{ name: channel, url: "https://www.youtube.com/channel/UCc0YbtMkRdhcqwhu3Oad-lw" }] } : {}),
    time,
    products: ["YouTube"],
    activityControls: ["YouTube watch history"],
    ...extra,
  };
}

/** A search, as search-history.json holds it. */
function searched(time: string, words: string): Record<string, unknown> {
  return {
    header: "YouTube",
    title: `Searched for ${words}`,
    titleUrl: `https://www.youtube.com/results?search_query=${words.replace(/ /g, "+")}`,
    time,
    products: ["YouTube"],
    activityControls: ["YouTube search history"],
  };
}

/** Each note's format, key and title, and its paragraphs' id, speaker, role, time and text. */
function told(conversations: ParsedConversation[]): Array<[string, string, string | null, Array<[string | null, string, string, string, string]>]> {
  return conversations.map((c) => [
    c.format,
    c.externalId,
    c.title,
    c.turns.map((t): [string | null, string, string, string, string] => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

const WATCH = [
  watched("2026-10-20T21:18:46.559Z", "Which Workbench Should You Build First?", "wB3nCh1sT4r", "Matt Estlea"),
  watched("2026-10-20T20:30:12.205Z", "Affection", "aFf3cT10nJs", "Jinsang - Topic", { header: "YouTube Music" }),
  // (an advert with its own title, one that is only its URL, a video since removed, one Takeout could not even link, a post seen)
  watched("2026-10-20T20:02:05.113Z", "Get 70% off NordVPN", "nV3pNadXy7Q", "NordVPN", { details: [{ name: "From Google Ads" }] }),
  watched("2026-10-19T07:51:48.002Z", "https://www.youtube.com/watch?v=aD7xQ2pLm9s", "aD7xQ2pLm9s", undefined, { details: [{ name: "From Google Ads" }] }),
  watched("2026-10-12T22:10:55.301Z", "https://www.youtube.com/watch?v=Xr8dQ2mN0aE", "Xr8dQ2mN0aE"),
  { header: "YouTube", title: "Watched a video that has been removed", time: "2026-10-11T10:00:00.000Z", products: ["YouTube"] },
  { header: "YouTube", title: "Viewed New video on Sunday: my 30 day challenge!", time: "2026-10-11T12:31:07.990Z", products: ["YouTube"] },
  watched("2026-10-10T20:02:48.903Z", "Dovetail Tutorial for Beginners – Hand Cut, Knife Wall Method", "dOvEt4iLk1W", "Rob Cosman"),
  watched("2026-10-03T09:14:22Z", "Chisel Sharpening Made Simple – No Honing Guide Needed", "cH1sElSh4rP", "Paul Sellers"),
];

/** YouTube's Takeout unzipped as `folder`: the history in JSON, the comments, the subscriptions, the playlists, the channel, Takeout's page. */
function takeoutFolder(folder: string): string {
  const root = `${folder}/YouTube and YouTube Music`;
  write(`${folder}/archive_browser.html`, "<!DOCTYPE html><html><head><title>Archive Overview</title></head><body>YouTube and YouTube Music</body></html>");
  write(`${root}/history/watch-history.json`, JSON.stringify(WATCH, null, 2));
  write(
    `${root}/history/search-history.json`,
    JSON.stringify(
      [searched("2026-10-20T21:12:09.688Z", "split top roubo workbench plans"), searched("2026-10-03T09:10:11.594Z", "how to sharpen chisels?")],
      null,
      2,
    ),
  );
  write(
    `${root}/comments/comments.csv`,
    csv(COMMENTS_HEADER, [
      [
        "UgwDv3tAiLk1W",
        "UCq7dWh1tF13ldB4nR5tOkYg",
        "2026-10-11T08:02:31.442817+00:00",
        "0",
        "",
        "",
        "dOvEt4iLk1W",
        [{ text: "Thanks Rob, the knife wall trick fixed my gaps." }, { text: "\n" }, { text: "First drawer done!" }].map((s) => JSON.stringify(s)).join(","),
      ],
      // (a reply, its text of the format before June 2024)
      [
        "UgzQ8c.A1b2C3",
        "UCq7dWh1tF13ldB4nR5tOkYg",
        "2026-10-04T17:20:45+00:00",
        "0",
        "UgzQ8c",
        "",
        "cH1sElSh4rP",
        JSON.stringify({
          takeoutSegments: [{ text: "1000 then 8000 grit, " }, { text: "@PaulSellers", mention: { externalChannelId: "UCc0" } }, { text: " thanks" }],
        }),
      ],
      // (a comment on a video not in the history, and one on a community post)
      ["UgyN0t", "UCq7dWh1tF13ldB4nR5tOkYg", "2026-11-02T10:00:00+00:00", "0", "", "", "zZzNoTsEeN0", JSON.stringify({ text: "Great tip" })],
      ["UgxP0st", "UCq7dWh1tF13ldB4nR5tOkYg", "2026-11-03T10:00:00+00:00", "0", "", "UgkxPost123", "", JSON.stringify({ text: "Can't wait!" })],
    ]),
  );
  write(
    `${root}/subscriptions/subscriptions.csv`,
    csv(
      "Channel Id,Channel Url,Channel Title",
      ["Paul Sellers", "Rob Cosman", "Dogen, the pitch accent guy"].map((name, i) => [`UC${i}`, `http://www.youtube.com/channel/UC${i}`, name]),
    ),
  );
  write(
    `${root}/playlists/playlists.csv`,
    csv("Playlist ID,Add new videos to top,Playlist title (original),Playlist create timestamp,Playlist visibility", [
      ["PLx8", "False", "Hand tool joinery", "2026-10-10T20:45:33+00:00", "Private"],
    ]),
  );
  write(`${root}/playlists/Hand tool joinery-videos.csv`, csv("Video ID,Playlist Video Creation Timestamp", [["dOvEt4iLk1W", "2026-10-10T20:45:33+00:00"]]));
  write(`${root}/channels/channel.csv`, csv("Channel ID,Channel Title (Original),Channel Visibility", [["UCq7", "Dan Whitfield", "Public"]]));
  return join(dir, folder);
}

describe("YouTube from Google Takeout", () => {
  const folder = takeoutFolder("Takeout");
  const root = join(folder, "YouTube and YouTube Music");

  it("reads the watch history as a note per day, each video or song a line, adverts, removed videos and posts passed over", async () => {
    const file = join(root, "history/watch-history.json");
    expect(await detectFormat(file)).toBe("youtube");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "note",
        "youtube:day:2026-10-03",
        "YouTube history, 3 October 2026",
        [
          [
            "watched 2026-10-03T09:14:22.000Z",
            "User",
            "user",
            "2026-10-03T09:14:22.000Z",
            'Watched "Chisel Sharpening Made Simple – No Honing Guide Needed" by Paul Sellers at 09:14.',
          ],
        ],
      ],
      [
        "note",
        "youtube:day:2026-10-10",
        "YouTube history, 10 October 2026",
        [
          [
            "watched 2026-10-10T20:02:48.903Z",
            "User",
            "user",
            "2026-10-10T20:02:48.903Z",
            'Watched "Dovetail Tutorial for Beginners – Hand Cut, Knife Wall Method" by Rob Cosman at 20:02.',
          ],
        ],
      ],
      [
        "note",
        "youtube:day:2026-10-20",
        "YouTube history, 20 October 2026",
        [
          ["listened 2026-10-20T20:30:12.205Z", "User", "user", "2026-10-20T20:30:12.205Z", 'Listened to "Affection" by Jinsang on YouTube Music at 20:30.'],
          // (a title ending "?" is followed by a comma: its sentence goes on to the channel)
          [
            "watched 2026-10-20T21:18:46.559Z",
            "User",
            "user",
            "2026-10-20T21:18:46.559Z",
            'Watched "Which Workbench Should You Build First?", by Matt Estlea at 21:18.',
          ],
        ],
      ],
    ]);
    const [day] = await parsedConversations(file);
    expect(day!.turns[0]!.metadata).toEqual({
      youtube: {
        kind: "watched",
        url: "https://www.youtube.com/watch?v=cH1sElSh4rP",
        video: "cH1sElSh4rP",
        channel: "Paul Sellers",
        channel_url: "https://www.youtube.com/channel/UCc0YbtMkRdhcqwhu3Oad-lw",
      },
    });
  });

  it("reads the search history into the same days, each search a line", async () => {
    const file = join(root, "history/search-history.json");
    expect(await detectFormat(file)).toBe("youtube");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "note",
        "youtube:day:2026-10-03",
        "YouTube history, 3 October 2026",
        [["searched 2026-10-03T09:10:11.594Z", "User", "user", "2026-10-03T09:10:11.594Z", 'Searched YouTube for "how to sharpen chisels?", at 09:10.']],
      ],
      [
        "note",
        "youtube:day:2026-10-20",
        "YouTube history, 20 October 2026",
        [["searched 2026-10-20T21:12:09.688Z", "User", "user", "2026-10-20T21:12:09.688Z", 'Searched YouTube for "split top roubo workbench plans" at 21:12.']],
      ],
    ]);
  });

  it("reads the comments as what the user wrote, a note per video titled by the watch history beside", async () => {
    const file = join(root, "comments/comments.csv");
    expect(await detectFormat(file)).toBe("youtube");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "note",
        "youtube:comments:cH1sElSh4rP",
        'Comment on "Chisel Sharpening Made Simple – No Honing Guide Needed" by Paul Sellers (YouTube)',
        [["UgzQ8c.A1b2C3", "User", "user", "2026-10-04T17:20:45.000Z", "1000 then 8000 grit, @PaulSellers thanks"]],
      ],
      [
        "note",
        "youtube:comments:dOvEt4iLk1W",
        'Comment on "Dovetail Tutorial for Beginners – Hand Cut, Knife Wall Method" by Rob Cosman (YouTube)',
        [["UgwDv3tAiLk1W", "User", "user", "2026-10-11T08:02:31.442Z", "Thanks Rob, the knife wall trick fixed my gaps.\nFirst drawer done!"]],
      ],
      [
        "note",
        "youtube:comments:zZzNoTsEeN0",
        "Comment on a YouTube video (https://www.youtube.com/watch?v=zZzNoTsEeN0)",
        [["UgyN0t", "User", "user", "2026-11-02T10:00:00.000Z", "Great tip"]],
      ],
      ["note", "youtube:comments:post:UgkxPost123", "Comment on a YouTube post", [["UgxP0st", "User", "user", "2026-11-03T10:00:00.000Z", "Can't wait!"]]],
    ]);
    expect(notes[0]!.turns[0]!.metadata).toEqual({
      line: 3,
      youtube: {
        kind: "comment",
        url: "https://www.youtube.com/watch?v=cH1sElSh4rP",
        video: "cH1sElSh4rP",
        reply_to: "UgzQ8c",
        title: "Chisel Sharpening Made Simple – No Honing Guide Needed",
        channel: "Paul Sellers",
      },
    });
  });

  it("reads a comment's text in each of Takeout's forms", () => {
    expect(commentWords('{"text":"> quoted"},{"text":"\\n"},{"text":"the most normal  video!"}')).toBe("> quoted\nthe most normal video!");
    expect(commentWords('{"takeoutSegments":[{"text":"coalowl the legend"}]}')).toBe("coalowl the legend");
    expect(commentWords("First, and it's fine")).toBe("First, and it's fine");
    expect(commentWords("{not json")).toBe("{not json");
  });

  it("reads the subscriptions as one note, channels listed by paragraph", async () => {
    const file = join(root, "subscriptions/subscriptions.csv");
    expect(await detectFormat(file)).toBe("youtube");
    const [note, ...rest] = await parsedConversations(file);
    expect(rest).toEqual([]);
    expect([note!.format, note!.externalId, note!.title, note!.turns.map((t) => [t.externalId, t.text])]).toEqual([
      "note",
      "youtube:subscriptions",
      "YouTube subscriptions",
      [["subscriptions 1", "Subscribed on YouTube to Paul Sellers, Rob Cosman and Dogen, the pitch accent guy."]],
    ]);
    const many = write(
      "many/subscriptions.csv",
      csv(
        "Channel Id,Channel Url,Channel Title",
        Array.from({ length: 27 }, (_, i) => [`UC${i}`, `http://www.youtube.com/channel/UC${i}`, `Channel ${i + 1}`]),
      ),
    );
    const paragraphs = (await parsedConversations(many))[0]!.turns.map((t) => t.text);
    expect(paragraphs.length).toBe(2);
    expect(paragraphs[1]).toBe("Subscribed on YouTube to Channel 26 and Channel 27.");
  });

  it("lists the Takeout's files in its folder and passes over the playlists and the channel, saying why", async () => {
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "YouTube and YouTube Music/channels/channel.csv",
      "YouTube and YouTube Music/comments/comments.csv",
      "YouTube and YouTube Music/history/search-history.json",
      "YouTube and YouTube Music/history/watch-history.json",
      "YouTube and YouTube Music/playlists/Hand tool joinery-videos.csv",
      "YouTube and YouTube Music/playlists/playlists.csv",
      "YouTube and YouTube Music/subscriptions/subscriptions.csv",
      "archive_browser.html",
    ]);
    // (Takeout's index, listed so that it is said to be passed over: myactivity.ts `myActivityPassedOver`)
    expect(await passedOverInFolder(join(folder, "archive_browser.html"))).toBe("Google Takeout's index of the files in its archive, no one's words");
    const why: Record<string, string> = {};
    const read: string[] = [];
    for (const { file } of importPaths(root)) {
      const name = file.slice(root.length + 1);
      const aside = await passedOverInFolder(file);
      if (aside) {
        expect(await folderFileFormat(file)).toBeNull();
        why[name] = aside;
        continue;
      }
      expect(await folderFileFormat(file)).toBe("youtube");
      expect(await checkImportFile(file, "youtube")).toBe("youtube");
      read.push(name);
    }
    expect(read).toEqual(["comments/comments.csv", "history/search-history.json", "history/watch-history.json", "subscriptions/subscriptions.csv"]);
    expect(why).toEqual({
      "channels/channel.csv": "your own YouTube channel's name and settings",
      "playlists/Hand tool joinery-videos.csv": "a YouTube playlist's videos, by their ids only",
      "playlists/playlists.csv": "the names of your YouTube playlists, without their videos' titles",
    });
    // (alone, such a file is refused with the same reason, and a folder's import passes it over)
    const playlist = join(root, "playlists/Hand tool joinery-videos.csv");
    expect(await detectFormat(playlist)).toBe("youtube");
    expect((await importErrorOf(validateExport(playlist))).message).toBe(
      "Hand tool joinery-videos.csv: line 1: the note has no text: a YouTube playlist's videos, by their ids only",
    );
    const refused = await checkImportFile(playlist).catch((e: unknown) => e);
    expect([isEmptyNote(refused), whyPassedOver(refused)]).toEqual([true, "a YouTube playlist's videos, by their ids only, no note"]);
  });

  it("passes over the history as a web page, saying to choose JSON in Takeout, and refuses it alone", async () => {
    const html = write(
      "html/Takeout/YouTube and YouTube Music/history/watch-history.html",
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>History</title></head><body><div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">YouTube<br></p></div><div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">Watched&nbsp;<a href="https://www.youtube.com/watch?v=cH1sElSh4rP">Chisel Sharpening Made Simple</a><br><a href="https://www.youtube.com/channel/UCc0">Paul Sellers</a><br>Oct 3, 2026, 9:14:22 AM GMT</div></div></body></html>',
    );
    const advice =
      "YouTube's watch history as a web page, which Engram does not read: export it again from Google Takeout with History in JSON (YouTube and YouTube Music → Multiple formats → History: JSON) and import watch-history.json";
    expect(importPaths(join(dir, "html/Takeout")).map((p) => p.file)).toEqual([html]);
    expect(await passedOverInFolder(html)).toBe(advice);
    expect(await folderFileFormat(html)).toBeNull();
    const alone = await importErrorOf(detectFormat(html));
    expect([alone.name, alone.message]).toEqual(["ImportError", `watch-history.html: byte 0: ${advice}`]);
    await expect(checkImportFile(html)).rejects.toThrow(/watch-history\.html: byte 0: YouTube's watch history as a web page/);
    // (told by its cells naming YouTube under another name; a saved page that is no Takeout's is not)
    expect(youtubeHtmlAdvice("/x/Wiedergabeverlauf.html", '<html><div class="header-cell mdl-cell"><p class="mdl-typography--title">YouTube<br></p>')).toBe(
      advice,
    );
    expect(youtubeHtmlAdvice("/x/page.html", "<html><body>YouTube</body></html>")).toBeNull();
  });

  it("adds from a later Takeout only what is new since", async () => {
    const first = [watched("2026-10-10T20:02:48.903Z", "Dovetail Tutorial", "dOvEt4iLk1W", "Rob Cosman")];
    const before = write("later/before/watch-history.json", JSON.stringify(first, null, 2));
    const after = write(
      "later/after/watch-history.json",
      JSON.stringify([watched("2026-10-10T21:40:00.000Z", "Marking Gauges Explained", "mArK1nGg4uG", "Rob Cosman"), ...first], null, 2),
    );
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((n) => n.turns.map((t) => ({ id: t.externalId, hash: turnHash(n, t) })));
    const stored = new Set((await hashes(before)).map((h) => h.hash));
    expect((await hashes(after)).filter((h) => !stored.has(h.hash)).map((h) => h.id)).toEqual(["watched 2026-10-10T21:40:00.000Z"]);
  });

  it("names the file and where a bad file goes wrong", async () => {
    const badTime = write("bad/time/watch-history.json", JSON.stringify([WATCH[0], WATCH[7], { ...(WATCH[8] as object), time: "yesterday" }], null, 2));
    expect((await importErrorOf(validateExport(badTime))).message).toBe(
      'watch-history.json: [2].time: expected a time as "2026-10-14T19:02:11.123Z", got "yesterday"',
    );
    const noTitle = write(
      "bad/title/search-history.json",
      JSON.stringify([searched("2026-10-03T09:10:11Z", "a"), { header: "YouTube", title: 7, time: "2026-10-03T09:11:00Z" }]),
    );
    expect((await importErrorOf(validateExport(noTitle))).message).toBe('search-history.json: [1].title: expected what was done, as "Watched …", got 7');
    // (a download cut short: the stream names the byte, line and column)
    const cut = write("bad/cut/watch-history.json", JSON.stringify(WATCH, null, 2).slice(0, 400));
    const truncated = await importErrorOf(validateExport(cut));
    expect([truncated.file.endsWith("watch-history.json"), /^byte \d+ \(line \d+, column \d+\)$/.test(truncated.location)]).toEqual([true, true]);
    const badStamp = write(
      "bad/stamp/comments.csv",
      csv(COMMENTS_HEADER, [
        ["Ug1", "UC1", "2026-10-11T08:02:31+00:00", "0", "", "", "v1", JSON.stringify({ text: "Two\nlines" })],
        ["Ug2", "UC1", "11/10/2026 08:02", "0", "", "", "v1", JSON.stringify({ text: "Bad" })],
      ]),
    );
    expect((await importErrorOf(validateExport(badStamp))).message).toBe(
      'comments.csv: line 3, column 3 "comment create timestamp": "11/10/2026 08:02": expected a time as "2026-10-11T08:02:31.442817+00:00"',
    );
    const noText = write(
      "bad/columns/comments.csv",
      "Comment ID,Channel ID,Comment Create Timestamp,Video ID,Comment Text\nUg1,UC1,2026-10-11T08:02:31+00:00,v1,\n",
    );
    expect((await importErrorOf(validateExport(noText, { format: "youtube" }))).message).toBe(
      "comments.csv: line 2: the note has no text: YouTube's comments.csv with no comment",
    );
    const noColumn = write("bad/header/comments.csv", "Comment ID,Comment Text,Video ID\nUg1,hi,v1\n");
    expect((await importErrorOf(validateExport(noColumn))).message).toBe(
      `comments.csv: line 1: no column "comment create timestamp": expected Takeout's header ${COMMENTS_HEADER}`,
    );
    // (a history of adverts and removed videos only: no note, passed over in a folder)
    const ads = write("bad/ads/watch-history.json", JSON.stringify([WATCH[2], WATCH[4]], null, 2));
    expect((await importErrorOf(validateExport(ads))).message).toBe(
      "watch-history.json: [0]: the note has no text: a YouTube history of adverts and videos since removed only",
    );
    // (a CSV Takeout did not write, forced as youtube)
    const other = await importErrorOf(validateExport(write("bad/other.csv", "name,age\nAlice,30\n"), { format: "youtube" }));
    expect(other.message).toMatch(/^other\.csv: byte 0: not a file of YouTube's Google Takeout/);
  });

  it("tells Takeout's YouTube CSVs by their header, in any case", () => {
    expect(youtubeCsvKind(`${COMMENTS_HEADER}\n`)).toBe("comments");
    expect(youtubeCsvKind("Channel ID,Comment create timestamp,Price,Comment ID,Parent comment ID,Video ID,Comment text\n")).toBe("comments");
    expect(youtubeCsvKind("Live Chat ID,Channel ID,Live Chat Create Timestamp,Price,Video ID,Live Chat Text\n")).toBe("livechats");
    expect(youtubeCsvKind("\uFEFFChannel Id,Channel Url,Channel Title\n")).toBe("subscriptions");
    expect(youtubeCsvKind("Video ID,Playlist Video Creation Timestamp\n")).toBe("playlist");
    expect(youtubeCsvKind("Video ID,Song Title,Album Title,Artist Name 1\n")).toBe("music");
    expect(youtubeCsvKind("id,permalink,date,ip,subreddit,gildings,link,parent,body,media\n")).toBeNull();
    expect(youtubeCsvKind("Comment Date,Comment\n")).toBeNull();
  });
});
