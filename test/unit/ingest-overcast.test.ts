import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { isOvercastExport, overcastTime } from "../../core/ingest/media/overcast.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-overcast-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** When the exports were downloaded: the file's modification time, the playlists' and lists' time. */
const EXPORTED_AT = Date.UTC(2026, 11, 8, 18, 30);

/** A file of the test folder, its text as given, modified when it was exported. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, new Date(EXPORTED_AT), new Date(EXPORTED_AT));
  return file;
}

/** Each conversation as its key, title, records and paragraphs (name, speaker, role, time, words). */
function told(conversations: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string, string, string]>]> {
  return conversations.map((c) => [
    c.externalId,
    c.title,
    c.records,
    c.turns.map((t): [string | null, string, string, string, string] => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

/** An episode's outline as Overcast writes it: its attributes in Overcast's order, `played`, `progress` and `userDeleted` only when so. */
function episode(
  id: string,
  title: string,
  updated: string,
  more: { recommended?: string; played?: boolean; progress?: number; deleted?: boolean } = {},
): string {
  return [
    `        <outline type="podcast-episode" overcastId="${id}" pubDate="2026-10-06T05:00:00-04:00" title="${title}"`,
    ` url="https://example.org/${id}" overcastUrl="https://overcast.fm/+B7N${id.slice(-4)}" enclosureUrl="https://media.example.org/${id}.mp3?source=feed&amp;x=1"`,
    ` userUpdatedDate="${updated}"`,
    more.recommended ? ` userRecommendedDate="${more.recommended}"` : "",
    more.played ? ` played="1"` : "",
    more.progress !== undefined ? ` progress="${more.progress}"` : "",
    more.deleted ? ` userDeleted="1"` : "",
    "/>",
  ].join("");
}

/** A podcast's outline holding `episodes` (none: self-closing). */
function podcast(id: string, title: string, added: string, subscribed: boolean | null, episodes: string[] = []): string {
  const head = `      <outline type="rss" overcastId="${id}" text="${title}" title="${title}" xmlUrl="https://feeds.example.org/${id}.rss" htmlUrl="https://example.org/${id}"${subscribed === null ? "" : subscribed ? ' subscribed="1"' : ""} notifications="0" overcastAddedDate="${added}"`;
  return episodes.length ? `${head}>\n${episodes.join("\n")}\n      </outline>` : `${head}/>`;
}

/** A whole export: Overcast's OPML 1.0, the playlists, then the feeds. */
function opml(playlists: string[], feeds: string[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<opml version="1.0">',
    "  <head><title>Overcast Podcast Subscriptions</title></head>",
    "  <body>",
    '    <outline text="playlists">',
    ...playlists,
    "    </outline>",
    '    <outline text="feeds">',
    ...feeds,
    "    </outline>",
    "  </body>",
    "</opml>",
    "",
  ].join("\n");
}

const PI = (episodes: string[]) => podcast("126891", "99% Invisible", "Mon, 06 Jan 2025 08:12:30 +0000", true, episodes);
const RIH = (episodes: string[]) => podcast("2834771", "The Rest Is History", "2024-09-14T03:02:11-04:00", true, episodes);
const DEAD = (episodes: string[]) => podcast("2284410", "You&#x2019;re Dead to Me", "Sat, 09 Aug 2025 15:11:37 +0000", false, episodes);

/** The episodes of the first export: finished, starred, stopped partway, stopped and deleted, deleted unheard, queued, started for seconds. */
const TUNNEL = episode("1350000000126891", "612- Digging the Channel Tunnel", "2026-10-12T03:14:40-04:00", { played: true, deleted: true });
const FIRE = episode("1350000018672997", "598. The Great Fire of London (Part 1)", "2026-09-14T03:09:52-04:00", {
  played: true,
  recommended: "2026-09-14T14:02:13-04:00",
});
const BORGIAS = episode("1350000021000001", "571. The Borgias &amp; the Papacy", "2026-10-12T13:32:05-04:00", { progress: 1385 });
const TULIPS = episode("1350000031000002", "The Tulip Craze", "2026-11-20T02:58:10-05:00", { progress: 412, deleted: true });
const UNHEARD = episode("1350000041000003", "The Great Stink", "2026-11-21T02:58:10-05:00", { deleted: true });
const QUEUED = episode("1350000051000004", "The Field of the Cloth of Gold", "2026-11-28T05:14:00-05:00");
const SECONDS = episode("1350000061000005", "Hadrian&#x2019;s Wall", "2026-11-22T02:58:10-05:00", { progress: 12 });

const PLAYLISTS = [
  '      <outline type="podcast-playlist" title="Commute" smart="1" sorting="reverse-chronological" includePodcastIds="2834771,126891,999"/>',
  '      <outline type="podcast-playlist" title="Long Drives" smart="0" sorting="chronological" sortedEpisodeIds="1350000051000004,1350000018672997,77"/>',
];

const FIRST = opml(PLAYLISTS, [PI([TUNNEL]), RIH([BORGIAS, FIRE]), DEAD([TULIPS, UNHEARD, QUEUED, SECONDS])]);

const SEPT_14 = [
  "overcast:day:2026-09-14",
  "Overcast listening, 14 September 2026",
  "day",
  [
    [
      "episode 1350000018672997",
      "User",
      "user",
      "2026-09-14T07:09:52.000Z",
      'Listened to "598. The Great Fire of London (Part 1)" from the podcast "The Rest Is History" on Overcast on Monday 14 September, finishing it at 07:09.',
    ],
    [
      "recommended 1350000018672997",
      "User",
      "user",
      "2026-09-14T18:02:13.000Z",
      'Recommended "598. The Great Fire of London (Part 1)" from the podcast "The Rest Is History" on Overcast on Monday 14 September, starring it at 18:02.',
    ],
  ],
];
const OCT_12 = [
  "overcast:day:2026-10-12",
  "Overcast listening, 12 October 2026",
  "day",
  [
    [
      "episode 1350000000126891",
      "User",
      "user",
      "2026-10-12T07:14:40.000Z",
      'Listened to "612- Digging the Channel Tunnel" from the podcast "99% Invisible" on Overcast on Monday 12 October, finishing it at 07:14.',
    ],
    [
      "episode 1350000021000001",
      "User",
      "user",
      "2026-10-12T17:32:05.000Z",
      'Listened to the first 23 minutes of "571. The Borgias & the Papacy" from the podcast "The Rest Is History" on Overcast on Monday 12 October, stopping at 17:32.',
    ],
  ],
];
const NOV_20 = [
  "overcast:day:2026-11-20",
  "Overcast listening, 20 November 2026",
  "day",
  [
    [
      "episode 1350000031000002",
      "User",
      "user",
      "2026-11-20T07:58:10.000Z",
      'Listened to the first 7 minutes of "The Tulip Craze" from the podcast "You’re Dead to Me" on Overcast on Friday 20 November, stopping at 07:58, then deleted it.',
    ],
  ],
];
const PODCASTS = [
  "overcast:podcasts",
  "Overcast podcasts",
  "log",
  [
    ["podcast 126891", "User", "user", "2025-01-06T08:12:30.000Z", 'Subscribed to "99% Invisible" on Monday 6 January.'],
    ["podcast 2834771", "User", "user", "2024-09-14T07:02:11.000Z", 'Subscribed to "The Rest Is History" on Saturday 14 September.'],
    ["podcast 2284410", "User", "user", "2025-08-09T15:11:37.000Z", 'Subscribed to "You’re Dead to Me" on Saturday 9 August; unsubscribed from it since.'],
    ["subscribed", "User", "user", "2026-12-08T18:30:00.000Z", 'I am subscribed to these podcasts on Overcast: "99% Invisible"; "The Rest Is History".'],
    ["unsubscribed", "User", "user", "2026-12-08T18:30:00.000Z", 'I have unsubscribed from the podcast "You’re Dead to Me" on Overcast.'],
  ],
];
const COMMUTE = [
  "overcast:playlist:Commute",
  "Commute",
  "log",
  [
    [
      "playlist",
      "User",
      "user",
      "2026-12-08T18:30:00.000Z",
      'My Overcast playlist "Commute" gathers the episodes of "The Rest Is History" and "99% Invisible", newest first.',
    ],
  ],
];
const LONG_DRIVES = [
  "overcast:playlist:Long Drives",
  "Long Drives",
  "log",
  [
    [
      "playlist",
      "User",
      "user",
      "2026-12-08T18:30:00.000Z",
      'My Overcast playlist "Long Drives" holds these episodes, in this order: "The Field of the Cloth of Gold" from the podcast "You’re Dead to Me"; "598. The Great Fire of London (Part 1)" from the podcast "The Rest Is History"; and 1 other episode.',
    ],
  ],
];

describe("Overcast's All data export (overcast.opml)", () => {
  it("reads a day of episodes finished, stopped partway or recommended a note, the podcasts one note, each playlist a note", async () => {
    const file = write("read/overcast.opml", FIRST);
    expect(await detectFormat(file)).toBe("overcast");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([SEPT_14, OCT_12, NOV_20, PODCASTS, COMMUTE, LONG_DRIVES]);
    // (what the paragraphs hold besides their words: the episode, its show and links, how far in)
    expect(notes[1]!.turns[1]!.metadata).toEqual({
      overcast: {
        kind: "started",
        episode: "1350000021000001",
        title: "571. The Borgias & the Papacy",
        show: "The Rest Is History",
        overcastUrl: "https://overcast.fm/+B7N0001",
        url: "https://example.org/1350000021000001",
        published: "2026-10-06T09:00:00.000Z",
        progress: 1385,
        at: "2026-10-12T17:32:05.000Z",
      },
    });
    expect(notes.find((n) => n.externalId === "overcast:playlist:Commute")!.turns[0]!.metadata).toMatchObject({ undated: true });
  });

  it("reads Overcast's times at their zone: ISO 8601 with its offset or Z, RFC 822; none else", () => {
    expect(overcastTime("2026-10-12T03:14:40-04:00")).toBe(Date.UTC(2026, 9, 12, 7, 14, 40));
    expect(overcastTime("2001-01-01T01:01:01-00:00")).toBe(Date.UTC(2001, 0, 1, 1, 1, 1));
    expect(overcastTime("2025-01-02T00:00:00Z")).toBe(Date.UTC(2025, 0, 2));
    expect(overcastTime("Tue, 03 Oct 2023 20:31:09 +0000")).toBe(Date.UTC(2023, 9, 3, 20, 31, 9));
    expect(overcastTime("Thu, 02 Jan 2025 00:00:00 GMT")).toBe(Date.UTC(2025, 0, 2));
    expect(overcastTime("Fri, 20 Nov 2026 02:58:10 -0500")).toBe(Date.UTC(2026, 10, 20, 7, 58, 10));
    expect(overcastTime("31 Feb 2026 10:00:00 +0000")).toBeNaN();
    expect(overcastTime("last Tuesday")).toBeNaN();
  });

  it("tells Overcast's export by its content whatever its name, with --format too, and other apps' OPML apart", async () => {
    expect(await detectFormat(write("names/podcasts backup.xml", FIRST))).toBe("overcast");
    expect(told(await parsedConversations(write("names/export.txt", FIRST), "overcast"))[0]).toEqual(SEPT_14);
    expect(isOvercastExport(FIRST)).toBe(true);
    // (the subscriptions-only export, "Export OPML", as a real 2023 one is written: no title of Overcast's needed when it names an overcastId)
    const basic =
      '<?xml version="1.0" encoding="utf-8"?>\n<opml version="1.0">\n  <body>\n    <outline text="feeds">\n\n      <outline type="rss" overcastId="86084" text="The Dialogue Journal" title="The Dialogue Journal" xmlUrl="https://www.dialoguejournal.com/feed/podcast/" htmlUrl="https://www.dialoguejournal.com/" overcastAddedDate="Tue, 03 Oct 2023 20:31:09 +0000"/>\n    </outline>\n  </body>\n</opml>';
    expect(isOvercastExport(basic)).toBe(true);
    // (another podcast app's OPML, a feed reader's, an SMS backup, an Apple Health export: none)
    expect(
      isOvercastExport(
        '<?xml version="1.0"?>\n<opml version="2.0"><head><title>Pocket Casts Feeds</title></head><body><outline type="rss" text="ATP" xmlUrl="https://atp.fm/rss"/></body></opml>',
      ),
    ).toBe(false);
    expect(isOvercastExport('<?xml version="1.0" encoding="UTF-8"?><opml version="1.0"><head><title>Feedly</title></head><body/></opml>')).toBe(false);
    expect(isOvercastExport("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"1\">")).toBe(false);
    expect(isOvercastExport('<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_GB">')).toBe(false);
    // (nor a WordPress export, whose comments had made the check backtrack without end: the whole import hung)
    const comments = Array.from({ length: 40 }, (_, i) => `<!-- comment ${i} -->`).join("\n");
    expect(isOvercastExport(`<?xml version="1.0" encoding="UTF-8" ?>\n${comments}\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">`)).toBe(
      false,
    );
    expect(isOvercastExport(`<?xml version="1.0"?>\n${comments}\n<opml version="1.0"><body><outline type="rss" overcastId="1" text="A"/></body></opml>`)).toBe(
      true,
    );
  });

  it("reads the subscriptions-only export as the podcasts subscribed to, every one of them", async () => {
    const file = write(
      "basic/overcast.opml",
      opml(
        [],
        [
          podcast("86084", "The Dialogue Journal", "Tue, 03 Oct 2023 20:31:09 +0000", null),
          podcast("567237", "Global News Podcast", "Mon, 02 Oct 2023 16:10:20 +0000", null),
        ],
      ),
    );
    expect(told(await parsedConversations(file))).toEqual([
      [
        "overcast:podcasts",
        "Overcast podcasts",
        "log",
        [
          ["podcast 86084", "User", "user", "2023-10-03T20:31:09.000Z", 'Subscribed to "The Dialogue Journal" on Tuesday 3 October.'],
          ["podcast 567237", "User", "user", "2023-10-02T16:10:20.000Z", 'Subscribed to "Global News Podcast" on Monday 2 October.'],
          [
            "subscribed",
            "User",
            "user",
            "2026-12-08T18:30:00.000Z",
            'I am subscribed to these podcasts on Overcast: "The Dialogue Journal"; "Global News Podcast".',
          ],
        ],
      ],
    ]);
  });

  it("reads a playlist's episodes named by includeEpisodeIds, in no order, and a smart playlist naming no podcast", async () => {
    const file = write(
      "playlists/overcast.opml",
      opml(
        [
          '      <outline type="podcast-playlist" title="All Episodes" smart="1" sorting="chronological-by-podcast"/>',
          '      <outline type="podcast-playlist" title="Queue" smart="0" sorting="chronological" includeEpisodeIds="1350000051000004"/>',
          '      <outline type="podcast-playlist" title="Later" smart="0" sorting="chronological" includeEpisodeIds="41,42"/>',
        ],
        [DEAD([QUEUED])],
      ),
    );
    expect(
      (await parsedConversations(file)).filter((c) => c.externalId.startsWith("overcast:playlist:")).map((c) => [c.externalId, c.turns.map((t) => t.text)]),
    ).toEqual([
      ["overcast:playlist:All Episodes", ['My Overcast playlist "All Episodes" is a smart playlist, oldest first, podcast by podcast.']],
      ["overcast:playlist:Queue", ['My Overcast playlist "Queue" holds the episode "The Field of the Cloth of Gold" from the podcast "You’re Dead to Me".']],
      ["overcast:playlist:Later", ['My Overcast playlist "Later" holds 2 episodes.']],
    ]);
  });

  it("reads the export in a folder (overcast.opml, or overcast.opml.xml as a browser saves it), another app's OPML passed over", async () => {
    const folder = join(dir, "folder/Downloads");
    write("folder/Downloads/overcast.opml", FIRST);
    write("folder/Downloads/overcast.opml.xml", FIRST);
    write("folder/Downloads/feedly.opml", '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="1.0"><head><title>Feedly</title></head><body/></opml>\n');
    const found = importPaths(folder).map(({ file }) => file.slice(folder.length + 1));
    expect(found).toEqual(["feedly.opml", "overcast.opml", "overcast.opml.xml"]);
    const formats = await Promise.all(
      found.map(async (name) => [name, await passedOverInFolder(join(folder, name)), await folderFileFormat(join(folder, name))]),
    );
    expect(formats).toEqual([
      ["feedly.opml", null, null],
      ["overcast.opml", null, "overcast"],
      ["overcast.opml.xml", null, "overcast"],
    ]);
  });

  it("adds nothing when imported again, and from a later export only what is new: an episode finished since, a new day, a playlist changed", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/1/overcast.opml", FIRST);
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "overcast", conversations: 6, added: 12, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 12 });
      // (a later export: the Borgias finished on 14 October, a new episode on 1 December; the rest as before)
      const borgiasDone = episode("1350000021000001", "571. The Borgias &amp; the Papacy", "2026-10-14T03:02:00-04:00", { played: true });
      const cats = episode("1350000071000006", "Why Do Cats Purr?", "2026-12-01T13:25:48-05:00", { played: true });
      // (and Long Drives has the new episode put on it: its paragraph told again, its words changed; the Borgias stopped partway on 12 October
      // no longer in the export, which kept only its last state, its paragraph already held)
      const playlists = [PLAYLISTS[0]!, PLAYLISTS[1]!.replace('sortedEpisodeIds="', 'sortedEpisodeIds="1350000071000006,')];
      const later = write("later/2/overcast.opml", opml(playlists, [PI([TUNNEL, cats]), RIH([borgiasDone, FIRE]), DEAD([TULIPS, UNHEARD, QUEUED, SECONDS])]));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 3, duplicates: 10 });
      expect(
        db
          .prepare("SELECT text FROM sources WHERE conversation_id = (SELECT id FROM conversations WHERE external_id = ?) ORDER BY id")
          .pluck()
          .all("overcast:day:2026-10-14"),
      ).toEqual([
        'Listened to "571. The Borgias & the Papacy" from the podcast "The Rest Is History" on Overcast on Wednesday 14 October, finishing it at 07:02.',
      ]);
      const days = db.prepare("SELECT external_id, records FROM conversations ORDER BY external_id").all();
      expect(days).toEqual([
        { external_id: "overcast:day:2026-09-14", records: "day" },
        { external_id: "overcast:day:2026-10-12", records: "day" },
        { external_id: "overcast:day:2026-10-14", records: "day" },
        { external_id: "overcast:day:2026-11-20", records: "day" },
        { external_id: "overcast:day:2026-12-01", records: "day" },
        { external_id: "overcast:playlist:Commute", records: "log" },
        { external_id: "overcast:playlist:Long Drives", records: "log" },
        { external_id: "overcast:podcasts", records: "log" },
      ]);
    } finally {
      db.close();
    }
  });

  it("names the file and the line or field a bad export goes wrong at, and stores nothing", async () => {
    const badDate = write("bad/date/overcast.opml", opml([], [PI([TUNNEL, episode("1350000000000009", "Traffic Cones", "last Tuesday", { played: true })])]));
    expect((await importErrorOf(validateExport(badDate))).message).toBe(
      'overcast.opml: line 10, userUpdatedDate: expected a time as Overcast writes it, "2026-10-12T03:14:40-04:00" or "Tue, 03 Oct 2023 20:31:09 +0000", got "last Tuesday"',
    );
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, badDate)).rejects.toThrow(/line 10, userUpdatedDate/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    const badId = write("bad/id/overcast.opml", opml([], [PI([TUNNEL.replace('overcastId="1350000000126891"', 'overcastId="+B7NAFKiP8"')])]));
    expect((await importErrorOf(validateExport(badId))).message).toBe(
      'overcast.opml: line 9, overcastId: expected the episode\'s id in Overcast, a number, got "+B7NAFKiP8"',
    );
    const badProgress = write(
      "bad/progress/overcast.opml",
      opml([], [PI([episode("1350000000000009", "Traffic Cones", "2026-10-12T03:14:40-04:00", { progress: -1 })])]),
    );
    expect((await importErrorOf(validateExport(badProgress))).message).toBe(
      'overcast.opml: line 9, progress: expected how far into the episode it was stopped, in seconds, got "-1"',
    );
    const badAdded = write("bad/added/overcast.opml", opml([], [podcast("126891", "99% Invisible", "someday", true)]));
    expect((await importErrorOf(validateExport(badAdded))).message).toMatch(
      /^overcast\.opml: line 8, overcastAddedDate: expected a time as Overcast writes it/,
    );
    const outside = write("bad/outside/overcast.opml", opml([], [TUNNEL]));
    expect((await importErrorOf(validateExport(outside))).message).toBe(
      'overcast.opml: line 8: an episode (type="podcast-episode") outside a podcast\'s outline (type="rss")',
    );
    const untitled = write("bad/untitled/overcast.opml", opml(['      <outline type="podcast-playlist" smart="1"/>'], [PI([TUNNEL])]));
    expect((await importErrorOf(validateExport(untitled))).message).toBe("overcast.opml: line 6, title: expected the playlist's title");
    const cut = write("bad/cut/overcast.opml", FIRST.slice(0, FIRST.indexOf("</opml>")));
    expect((await importErrorOf(validateExport(cut))).message).toMatch(/^overcast\.opml: byte \d+: the file ends before <\/opml>: the export is cut short/);
    const notOpml = write("bad/root/overcast.opml", '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>\n');
    expect((await importErrorOf(validateExport(notOpml, { format: "overcast" }))).message).toBe(
      "overcast.opml: line 2: its root is <rss>, not <opml>: not Overcast's OPML export",
    );
    const empty = write("bad/empty/overcast.opml", opml([], []));
    expect((await importErrorOf(validateExport(empty))).message).toMatch(
      /^overcast\.opml: byte \d+: the note has no text: an Overcast export with no podcast and no episode$/,
    );
  });
});
