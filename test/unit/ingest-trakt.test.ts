import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { firstItemKeys, traktKind } from "../../core/ingest/media/trakt-files.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-trakt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A JSON file as Trakt's export writes one: pretty-printed with two spaces. */
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Each conversation as its key, title, records and paragraphs (name, time, words). */
function told(conversations: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string]>]> {
  return conversations.map((c) => [
    c.externalId,
    c.title,
    c.records,
    c.turns.map((t): [string | null, string, string] => {
      expect([t.speaker, t.role]).toEqual(["User", "user"]);
      return [t.externalId, new Date(t.occurredAt).toISOString(), t.text];
    }),
  ]);
}

// (titles as the export writes them: the history's ids with Plex's, the ratings' and comments' with TVRage's)
const SEVERANCE = {
  ids: { imdb: "tt11280740", plex: { guid: "5d9c08f2", slug: "severance" }, slug: "severance", tmdb: 95396, tvdb: 371980, trakt: 154997 },
  year: 2022,
  title: "Severance",
  aired_episodes: 19,
};
const SEVERANCE_API = {
  title: "Severance",
  year: 2022,
  ids: { trakt: 154997, slug: "severance", tvdb: 371980, imdb: "tt11280740", tmdb: 95396, tvrage: null },
};
const DUNE = {
  ids: { imdb: "tt15239678", plex: { guid: "5d7768a1", slug: "dune-part-two" }, slug: "dune-part-two-2024", tmdb: 693134, trakt: 452827 },
  year: 2024,
  title: "Dune: Part Two",
};
const ANORA = { title: "Anora", year: 2024, ids: { trakt: 935112, slug: "anora-2024", imdb: "tt28607951", tmdb: 1064213 } };
const episode = (season: number, number: number, title: string | null, trakt: number) => ({
  ids: { imdb: null, plex: { guid: null }, tmdb: trakt - 6000000, tvdb: trakt - 1000000, trakt },
  title,
  number,
  season,
});

/** watched-history.json, newest first. */
const HISTORY = [
  { id: 11950554842, watched_at: "2026-10-22T18:25:00.000Z", action: "checkin", type: "movie", movie: ANORA },
  {
    id: 11950546923,
    watched_at: "2026-10-17T21:15:00.000Z",
    action: "scrobble",
    type: "episode",
    episode: episode(2, 10, "Cold Harbor", 11418210),
    show: SEVERANCE,
  },
  // (00:20 on Sunday 11 October in London: 23:20 on the Saturday in UTC)
  {
    id: 11950515247,
    watched_at: "2026-10-10T23:20:00.000Z",
    action: "scrobble",
    type: "episode",
    episode: episode(2, 7, "Chikhai Bardo", 11418207),
    show: SEVERANCE,
  },
  { id: 11950475652, watched_at: "2026-09-26T22:10:00.000Z", action: "watch", type: "movie", movie: DUNE },
  {
    id: 11950443976,
    watched_at: "2026-09-18T20:10:00.000Z",
    action: "scrobble",
    type: "episode",
    episode: episode(2, 3, "Who Is Alive?", 11418203),
    show: SEVERANCE,
  },
  {
    id: 11950310021,
    watched_at: "1900-01-01T00:00:00.000Z",
    action: "watch",
    type: "movie",
    movie: { ids: { slug: "paddington-2-2017", trakt: 231905 }, year: 2017, title: "Paddington 2" },
  },
];

const SETTINGS = json({
  user: { username: "priyawatches", private: false, name: "Priya", vip: false, ids: { slug: "priyawatches" } },
  account: { timezone: "Europe/London", date_format: "dmy", time_24hr: true, cover_image: null },
  connections: { facebook: false },
});

describe("Trakt's data export", () => {
  it("reads the history as a note per day on the account's time zone, and a viewing on an unknown day in a note of its own", async () => {
    const file = write("history/watched-history.json", json(HISTORY));
    write("history/user-settings.json", SETTINGS);
    expect(await detectFormat(file)).toBe("trakt");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "trakt:day:2026-09-18",
        "Trakt viewing, Friday 18 September 2026",
        "day",
        [["history 11950443976", "2026-09-18T21:10:00.000Z", 'Watched Severance, season 2, episode 3 "Who Is Alive?", on Friday 18 September at 21:10.']],
      ],
      [
        "trakt:day:2026-09-26",
        "Trakt viewing, Saturday 26 September 2026",
        "day",
        [["history 11950475652", "2026-09-26T23:10:00.000Z", "Watched the film Dune: Part Two (2024) on Saturday 26 September at 23:10."]],
      ],
      [
        "trakt:day:2026-10-11",
        "Trakt viewing, Sunday 11 October 2026",
        "day",
        [["history 11950515247", "2026-10-11T00:20:00.000Z", 'Watched Severance, season 2, episode 7 "Chikhai Bardo" on Sunday 11 October at 00:20.']],
      ],
      [
        "trakt:day:2026-10-17",
        "Trakt viewing, Saturday 17 October 2026",
        "day",
        [["history 11950546923", "2026-10-17T22:15:00.000Z", 'Watched Severance, season 2, episode 10 "Cold Harbor" on Saturday 17 October at 22:15.']],
      ],
      [
        "trakt:day:2026-10-22",
        "Trakt viewing, Thursday 22 October 2026",
        "day",
        [["history 11950554842", "2026-10-22T19:25:00.000Z", "Watched the film Anora (2024) on Thursday 22 October, checked in on Trakt at 19:25."]],
      ],
      [
        "trakt:history:undated",
        "Watched on Trakt, day not recorded",
        "log",
        [["history 11950310021", expect.any(String), "Watched the film Paddington 2 (2017), on a day not recorded on Trakt."]],
      ],
    ]);
    expect(notes.at(-1)!.turns[0]!.metadata).toMatchObject({ undated: true, trakt: { file: "history", type: "movie", title: "Paddington 2", year: 2017 } });
    expect(notes[0]!.turns[0]!.metadata).toMatchObject({
      trakt: {
        action: "scrobble",
        type: "episode",
        show: "Severance",
        season: 2,
        number: 3,
        episode: "Who Is Alive?",
        at: "2026-09-18T20:10:00.000Z",
        zone: "Europe/London",
      },
    });
  });

  it("tells times in UTC, said so, with no settings beside the history, and a special's episode with no title", async () => {
    const file = write("utc/watched-history.json", json([HISTORY[1], { ...HISTORY[1], id: 7, episode: episode(0, 2, null, 9) }]));
    expect(told(await parsedConversations(file)).map(([key, , , turns]) => [key, turns.map((t) => t[2])])).toEqual([
      [
        "trakt:day:2026-10-17",
        [
          'Watched Severance, season 2, episode 10 "Cold Harbor" on Saturday 17 October at 21:15 UTC.',
          "Watched Severance, the specials, episode 2 on Saturday 17 October at 21:15 UTC.",
        ],
      ],
    ]);
  });

  it("reads the ratings, the watchlist, the favorites, a custom list named in lists-lists.json and the comments, a note each", async () => {
    const folder = "lists";
    write(`${folder}/user-settings.json`, SETTINGS);
    const ratings = write(
      `${folder}/ratings-episodes.json`,
      json([
        {
          rated_at: "2026-10-17T21:18:20.000Z",
          rating: 10,
          type: "episode",
          episode: { season: 2, number: 10, title: "Cold Harbor", ids: { trakt: 11418210 } },
          show: SEVERANCE_API,
        },
      ]),
    );
    const seasons = write(
      `${folder}/ratings-seasons.json`,
      json([
        {
          rated_at: "2026-10-14T21:31:02.000Z",
          rating: 8,
          type: "season",
          season: { number: 4, ids: { trakt: 402117 }, aired_episodes: 6 },
          show: { title: "Slow Horses", year: 2022, ids: { trakt: 150923 } },
        },
      ]),
    );
    const movies = write(
      `${folder}/ratings-movies.json`,
      json([{ rated_at: "2026-09-26T22:14:31.000Z", rating: 9, type: "movie", movie: { title: "Dune: Part Two", year: 2024, ids: { trakt: 452827 } } }]),
    );
    const item = (type: string, title: unknown, rank: number, listed: string, notes: string | null) => ({
      type,
      [type]: title,
      rank,
      id: rank * 11,
      listed_at: listed,
      notes,
      my_rating: null,
    });
    const watchlist = write(
      `${folder}/lists-watchlist.json`,
      json([
        item("movie", { ids: { trakt: 1093388 }, year: 2025, title: "Sinners" }, 1, "2026-09-08T19:12:44.000Z", null),
        item("show", { ids: { trakt: 141452 }, year: 2022, title: "Andor", aired_episodes: 24 }, 2, "2026-10-05T08:45:51.000Z", "Tom from work recommended it"),
      ]),
    );
    // (the API's order: the item's own members first)
    const favorites = write(
      `${folder}/lists-favorites.json`,
      json([{ rank: 1, id: 9, listed_at: "2026-10-17T21:25:33.000Z", notes: "Best show on TV!", type: "show", show: SEVERANCE }]),
    );
    write(
      `${folder}/lists-lists.json`,
      json([
        {
          name: "Comfort rewatches",
          description: "For a rainy Sunday",
          privacy: "private",
          created_at: "2026-09-13T15:01:27.000Z",
          item_count: 2,
          ids: { slug: "comfort-rewatches", trakt: 28814417 },
        },
      ]),
    );
    const list = write(
      `${folder}/lists-list-28814417-comfort-rewatches.json`,
      json([
        item("movie", { ids: { trakt: 231905 }, year: 2017, title: "Paddington 2" }, 1, "2026-09-13T15:02:10.000Z", null),
        {
          ...item(
            "episode",
            { season: 1, number: 2, title: "First Dance", ids: { trakt: 4060287 } },
            2,
            "2026-09-13T15:03:02.000Z",
            "The fight in the barbershop",
          ),
          show: { title: "Reacher", year: 2022, ids: { trakt: 155123 } },
        },
      ]),
    );
    const unnamed = write(
      `${folder}/lists-list-5353-shared-picks.json`,
      json([item("person", { name: "Florence Pugh", ids: { trakt: 410 } }, 1, "2026-10-01T10:00:00.000Z", null)]),
    );
    const comment = (id: number, words: string, at: string, more: Record<string, unknown> = {}) => ({
      id,
      comment: words,
      spoiler: false,
      review: false,
      parent_id: 0,
      created_at: at,
      updated_at: at,
      replies: 0,
      likes: 0,
      user_rating: 9,
      language: "en",
      user: { username: "priyawatches" },
      ...more,
    });
    const comments = write(
      `${folder}/comments-movies.json`,
      json([
        {
          type: "movie",
          movie: { title: "Dune: Part Two", year: 2024, ids: { trakt: 452827 } },
          comment: comment(1189204, 'The sandworm ride gave me "chills"', "2026-09-26T22:20:54.000Z"),
        },
        {
          type: "movie",
          movie: { title: "Conclave", year: 2024, ids: { trakt: 873624 } },
          comment: comment(1189300, "Ralph Fiennes!\n\nWhat a twist.", "2026-10-04T17:10:00.000Z", { review: true }),
        },
        {
          type: "list",
          list: { name: "Best of 2026", ids: { trakt: 77 } },
          comment: comment(1189400, "Agreed", "2026-10-05T09:00:00.000Z", { parent_id: 1189399 }),
        },
        { type: "movie", movie: { title: "Heat", year: 1995, ids: { trakt: 1 } }, comment: comment(1189500, "   ", "2026-10-05T09:00:00.000Z") },
      ]),
    );
    const read = async (file: string) => told(await parsedConversations(file));
    expect([...(await read(ratings)), ...(await read(seasons)), ...(await read(movies))]).toEqual([
      [
        "trakt:ratings",
        "Trakt ratings",
        "log",
        [["episode 11418210", "2026-10-17T22:18:20.000Z", 'Rated Severance, season 2, episode 10 "Cold Harbor" 10/10 on Trakt on Saturday 17 October.']],
      ],
      [
        "trakt:ratings",
        "Trakt ratings",
        "log",
        [["season 150923 4", "2026-10-14T22:31:02.000Z", "Rated season 4 of Slow Horses 8/10 on Trakt on Wednesday 14 October."]],
      ],
      [
        "trakt:ratings",
        "Trakt ratings",
        "log",
        [["movie 452827", "2026-09-26T23:14:31.000Z", "Rated the film Dune: Part Two (2024) 9/10 on Trakt on Saturday 26 September."]],
      ],
    ]);
    expect(await read(watchlist)).toEqual([
      [
        "trakt:watchlist",
        "Trakt watchlist",
        "log",
        [
          ["movie 1093388", "2026-09-08T20:12:44.000Z", "Added the film Sinners (2025) to my Trakt watchlist on Tuesday 8 September."],
          ["show 141452", "2026-10-05T09:45:51.000Z", "Added the show Andor (2022) to my Trakt watchlist on Monday 5 October: Tom from work recommended it."],
        ],
      ],
    ]);
    expect(await read(favorites)).toEqual([
      [
        "trakt:favorites",
        "Trakt favorites",
        "log",
        [["show 154997", "2026-10-17T22:25:33.000Z", "Added the show Severance (2022) to my Trakt favorites on Saturday 17 October: Best show on TV!"]],
      ],
    ]);
    expect(await read(list)).toEqual([
      [
        "trakt:list:28814417",
        "Comfort rewatches",
        "log",
        [
          ["description", "2026-09-13T16:01:27.000Z", "Comfort rewatches: For a rainy Sunday."],
          ["movie 231905", "2026-09-13T16:02:10.000Z", "Comfort rewatches, number one: Paddington 2 (2017)."],
          [
            "episode 4060287",
            "2026-09-13T16:03:02.000Z",
            'Comfort rewatches, number two: Reacher, season 1, episode 2 "First Dance". The fight in the barbershop.',
          ],
        ],
      ],
    ]);
    // (a list lists-lists.json does not name is named by its file)
    expect(await read(unnamed)).toEqual([
      ["trakt:list:5353", "Shared picks", "log", [["person 410", "2026-10-01T11:00:00.000Z", "Shared picks, number one: Florence Pugh."]]],
    ]);
    expect(await read(comments)).toEqual([
      [
        "trakt:comments",
        "Trakt comments",
        "log",
        [
          [
            "comment 1189204",
            "2026-09-26T23:20:54.000Z",
            'Wrote a comment on Trakt about the film Dune: Part Two (2024) on Saturday 26 September: "The sandworm ride gave me ″chills″".',
          ],
          [
            "comment 1189300",
            "2026-10-04T18:10:00.000Z",
            'Wrote a review on Trakt about the film Conclave (2024) on Sunday 4 October: "Ralph Fiennes! What a twist."',
          ],
          ["comment 1189400", "2026-10-05T10:00:00.000Z", 'Wrote a reply on Trakt to a comment on the list "Best of 2026" on Monday 5 October: "Agreed".'],
        ],
      ],
    ]);
  });

  it("tells the export's files by their first item whatever their names, an empty one by its name, and its neighbours' apart", async () => {
    expect(await detectFormat(write("renamed/my trakt history.json", json(HISTORY.slice(0, 1))))).toBe("trakt");
    expect(traktKind(json(HISTORY), "x.json")).toBe("history");
    expect(traktKind(`\uFEFF${JSON.stringify([{ rated_at: "2026-01-01T00:00:00.000Z", rating: 7, type: "show", show: SEVERANCE_API }])}`, "r.json")).toBe(
      "ratings",
    );
    expect(traktKind(json([{ type: "movie", movie: DUNE, rank: 1, id: 2, listed_at: "2026-01-01T00:00:00.000Z" }]), "lists-watchlist.json")).toBe("watchlist");
    expect(traktKind(json([{ rank: 1, id: 2, listed_at: "2026-01-01T00:00:00.000Z", type: "movie", movie: DUNE }]), "lists-favorites-2.json")).toBe(
      "favorites",
    );
    expect(traktKind(json([{ type: "movie", movie: DUNE, rank: 1, id: 2, listed_at: "2026-01-01T00:00:00.000Z" }]), "lists-list-42-top-100.json")).toBe("list");
    expect(traktKind(json([{ type: "movie", movie: DUNE, comment: { id: 1, comment: "x" } }]), "c.json")).toBe("comments");
    expect(traktKind("[ ]", "comments-episodes.json")).toBe("comments");
    expect(traktKind("[]", "watched-history-2.json")).toBe("history");
    expect(traktKind("[]", "watched-movies.json")).toBeNull();
    // (the members of the first item only, nested ones and strings skipped, cut where the start ends)
    expect(firstItemKeys('[{"a": {"watched_at": 1}, "b": "x\\"y:", "c": [1, {"d": 2}], "e"')).toEqual(["a", "b", "c"]);
    expect(firstItemKeys('{"watched_at": 1}')).toBeNull();
    // (Spotify's extended history, Swarm's check-ins, YouTube's history, a Slack day, a plain array: none of Trakt's)
    expect(traktKind(json([{ ts: "2026-10-03T18:21:44Z", platform: "ios", ms_played: 1000, action: "play", type: "x" }]), "a.json")).toBeNull();
    expect(traktKind('{"count":1,"items":[{"id":"1","createdAt":"2026-01-01","type":"checkin","timeZoneOffset":0}]}', "checkins1.json")).toBeNull();
    expect(traktKind(json([{ header: "YouTube", title: "Watched x", time: "2026-01-01T00:00:00Z" }]), "watch-history.json")).toBeNull();
    expect(traktKind(json([1, 2]), "lists-watchlist.json")).toBeNull();
    // (an item of another shape is Trakt's by its name only, for its reader to say what is wrong)
    expect(traktKind(json([{ title: "Dune" }]), "ratings-movies-2.json")).toBe("ratings");
    expect(traktKind(json([{ title: "Dune" }]), "movies.json")).toBeNull();
    expect(
      await detectFormat(write("renamed/StreamingHistory_music_0.json", json([{ endTime: "2026-10-03 18:21", artistName: "A", trackName: "B", msPlayed: 1 }]))),
    ).toBe("spotify");
    // (--format trakt given a file of another export)
    const other = write("renamed/other.json", json([{ endTime: "2026-10-03 18:21", artistName: "A", trackName: "B", msPlayed: 1 }]));
    expect((await importErrorOf(validateExport(other, { format: "trakt" }))).message).toMatch(
      /^other\.json: byte 0: not a file of Trakt's export: expected its history/,
    );
    expect(told(await parsedConversations(write("renamed/history.json", json(HISTORY.slice(0, 1))), "trakt"))[0]![0]).toBe("trakt:day:2026-10-22");
  });

  it("reads the export in a folder: its history, ratings, lists and comments; empty files, aggregates, profile and settings passed over, said why", async () => {
    const folder = join(dir, "folder/Trakt export");
    const files: Record<string, string> = {
      "watched-history-1.json": json(HISTORY.slice(0, 3)),
      "watched-history-2.json": json(HISTORY.slice(3)),
      "watched-movies.json": json([{ plays: 1, last_watched_at: "2026-09-26T22:10:00.000Z", last_updated_at: "2026-09-26T22:10:00.000Z", movie: DUNE }]),
      "watched-shows.json": "[]",
      "watched-playback.json": "[]",
      "ratings-movies.json": json([{ rated_at: "2026-09-26T22:14:31.000Z", rating: 9, type: "movie", movie: DUNE }]),
      "ratings-shows.json": "[]",
      "lists-watchlist.json": json([{ type: "movie", movie: DUNE, rank: 1, id: 2, listed_at: "2026-09-01T00:00:00.000Z", notes: null, my_rating: null }]),
      "lists-lists.json": "[]",
      "comments-episodes.json": "[]",
      "collection-movies.json": "[]",
      "hidden-progress-watched.json": "[]",
      "likes-lists.json": "[]",
      "network-followers.json": "[]",
      "notes-movies.json": "[]",
      "user-profile.json": json({ username: "priyawatches", ids: { slug: "priyawatches", trakt: 1 } }),
      "user-settings.json": SETTINGS,
      "user-stats.json": json({ movies: { plays: 1 } }),
      "user-achievements.json": "[]",
    };
    for (const [name, text] of Object.entries(files)) write(`folder/Trakt export/${name}`, text);
    const read: string[] = [];
    const empty: string[] = [];
    const passed: Record<string, string> = {};
    for (const { file } of importPaths(folder)) {
      const name = file.slice(folder.length + 1);
      const why = await passedOverInFolder(file);
      if (why) {
        passed[name] = why;
        continue;
      }
      expect(await folderFileFormat(file)).toBe("trakt");
      const fault = await validateExport(file).then(
        () => null,
        (e: unknown) => e,
      );
      if (fault === null) read.push(name);
      else if (isEmptyNote(fault)) empty.push(name);
      else throw fault;
    }
    expect(read.sort()).toEqual(["lists-watchlist.json", "ratings-movies.json", "watched-history-1.json", "watched-history-2.json"]);
    expect(empty.sort()).toEqual(["comments-episodes.json", "ratings-shows.json"]);
    expect(Object.keys(passed).sort()).toEqual([
      "collection-movies.json",
      "hidden-progress-watched.json",
      "likes-lists.json",
      "lists-lists.json",
      "network-followers.json",
      "notes-movies.json",
      "user-achievements.json",
      "user-profile.json",
      "user-settings.json",
      "user-stats.json",
      "watched-movies.json",
      "watched-playback.json",
      "watched-shows.json",
    ]);
    expect(passed["watched-movies.json"]).toBe(
      "each film's and show's plays and when it was last watched, which watched-history.json tells a viewing at a time",
    );
    expect(passed["user-settings.json"]).toBe("the Trakt account's settings (read for its time zone only)");
    expect(passed["user-achievements.json"]).toBe("Trakt's user-achievements, the account's data");
    // (forced alone, a file passed over is no note, saying what it holds; an empty one says it has none)
    expect((await importErrorOf(validateExport(join(folder, "watched-movies.json")))).message).toBe(
      "watched-movies.json: byte 0: the note has no text: each film's and show's plays and when it was last watched, which watched-history.json tells a viewing at a time",
    );
    expect((await importErrorOf(validateExport(join(folder, "ratings-shows.json")))).message).toBe(
      "ratings-shows.json: []: the note has no text: a Trakt export's ratings with none",
    );
    // (a folder of other JSON beside a file named like Trakt's is no export: nothing passed over as Trakt's)
    expect(await passedOverInFolder(write("notrakt/user-profile.json", "{}"))).toBeNull();
  });

  it("adds nothing when imported again; a later export adds only what is new, its pages' days into the same notes, a changed rating anew", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      write("later/1/user-settings.json", SETTINGS);
      const first = write("later/1/watched-history.json", json(HISTORY.slice(1, 3)));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "trakt", conversations: 2, added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 2 });
      // (a later export in two pages: Anora new on page 1, a second viewing on 17 October on page 2 beside the first)
      write("later/2/user-settings.json", SETTINGS);
      const again = {
        id: 11950546999,
        watched_at: "2026-10-17T19:00:00.000Z",
        action: "scrobble",
        type: "episode",
        episode: episode(2, 9, "The After Hour", 11418209),
        show: SEVERANCE,
      };
      const page1 = write("later/2/watched-history-1.json", json(HISTORY.slice(0, 2)));
      const page2 = write("later/2/watched-history-2.json", json([again, ...HISTORY.slice(2)]));
      expect(await importFile(db, embedder, page1)).toMatchObject({ added: 1, duplicates: 1 });
      expect(await importFile(db, embedder, page2)).toMatchObject({ added: 4, duplicates: 1 });
      const days = db.prepare("SELECT external_id, records FROM conversations ORDER BY external_id").all();
      expect(days).toEqual([
        { external_id: "trakt:day:2026-09-18", records: "day" },
        { external_id: "trakt:day:2026-09-26", records: "day" },
        { external_id: "trakt:day:2026-10-11", records: "day" },
        { external_id: "trakt:day:2026-10-17", records: "day" },
        { external_id: "trakt:day:2026-10-22", records: "day" },
        { external_id: "trakt:history:undated", records: "log" },
      ]);
      const count = (key: string) =>
        db.prepare("SELECT count(*) FROM sources WHERE conversation_id = (SELECT id FROM conversations WHERE external_id = ?)").pluck().get(key);
      expect(count("trakt:day:2026-10-17")).toBe(2);
      const rating = (n: number) => json([{ rated_at: "2026-09-26T22:14:31.000Z", rating: n, type: "movie", movie: DUNE }]);
      expect(await importFile(db, embedder, write("later/1/ratings-movies.json", rating(9)))).toMatchObject({ added: 1 });
      expect(await importFile(db, embedder, write("later/2/ratings-movies.json", rating(9)))).toMatchObject({ added: 0, duplicates: 1 });
      expect(await importFile(db, embedder, write("later/3/ratings-movies.json", rating(8)))).toMatchObject({ added: 1 });
      expect(db.prepare("SELECT text FROM sources WHERE external_id = 'movie 452827' ORDER BY id").pluck().all()).toEqual([
        "Rated the film Dune: Part Two (2024) 9/10 on Trakt on Saturday 26 September.",
        "Rated the film Dune: Part Two (2024) 8/10 on Trakt on Saturday 26 September.",
      ]);
      expect(db.prepare("SELECT records FROM conversations WHERE external_id = 'trakt:ratings'").pluck().get()).toBe("log");
    } finally {
      db.close();
    }
  });

  it("names the file and the member a bad export goes wrong at, and stores nothing", async () => {
    const bad = (name: string, items: unknown[]) => write(`bad/${name}`, json(items));
    const badTime = bad("time/watched-history.json", [HISTORY[0], { ...HISTORY[1], watched_at: "last night" }]);
    expect((await importErrorOf(validateExport(badTime))).message).toBe(
      'watched-history.json: [1].watched_at: expected a time as Trakt writes one, "2026-10-17T21:15:00.000Z", got "last night"',
    );
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, badTime)).rejects.toThrow(/\[1\]\.watched_at/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    const messages = async (...cases: Array<[string, unknown[]]>) =>
      Promise.all(cases.map(async ([name, items]) => (await importErrorOf(validateExport(bad(name, items)))).message));
    expect(
      await messages(
        ["type/watched-history.json", [{ ...HISTORY[0], type: "person" }]],
        ["show/watched-history.json", [{ ...HISTORY[1], show: { ...SEVERANCE, title: "" } }]],
        ["number/watched-history.json", [{ ...HISTORY[1], episode: { ...HISTORY[1]!.episode, number: "ten" } }]],
        ["id/watched-history.json", [{ ...HISTORY[0], id: undefined }]],
        ["item/watched-history.json", [HISTORY[0], "Anora"]],
        ["rating/ratings-movies.json", [{ rated_at: "2026-09-26T22:14:31.000Z", rating: 11, type: "movie", movie: DUNE }]],
        ["rated/ratings-movies.json", [{ rated_at: 1790000000, rating: 9, type: "movie", movie: DUNE }]],
        ["film/ratings-movies.json", [{ rated_at: "2026-09-26T22:14:31.000Z", rating: 9, type: "movie", movie: "Dune" }]],
        ["listed/lists-watchlist.json", [{ type: "movie", movie: DUNE, rank: 1, id: 2, listed_at: "soon" }]],
        ["rank/lists-list-1-x.json", [{ type: "movie", movie: DUNE, rank: 0, id: 2, listed_at: "2026-09-01T00:00:00.000Z" }]],
        ["comment/comments-movies.json", [{ type: "movie", movie: DUNE, comment: "Great" }]],
        ["created/comments-movies.json", [{ type: "movie", movie: DUNE, comment: { id: 1, comment: "Great", created_at: null } }]],
      ),
    ).toEqual([
      'watched-history.json: [0].type: expected "movie" or "episode", got "person"',
      'watched-history.json: [0].show.title: expected the show\'s title, got ""',
      'watched-history.json: [0].episode.number: expected the episode\'s number (a whole number from 0), got "ten"',
      "watched-history.json: [0].id: expected the viewing's id, got nothing",
      'watched-history.json: [1]: expected a viewing (an object), got "Anora"',
      "ratings-movies.json: [0].rating: expected a whole number from 1 to 10, got 11",
      'ratings-movies.json: [0].rated_at: expected a time as Trakt writes one, "2026-10-17T21:15:00.000Z", got 1790000000',
      'ratings-movies.json: [0].movie: expected the film (an object), got "Dune"',
      'lists-watchlist.json: [0].listed_at: expected a time as Trakt writes one, "2026-10-17T21:15:00.000Z", got "soon"',
      "lists-list-1-x.json: [0].rank: expected the title's place in the list (a whole number from 1), got 0",
      'comments-movies.json: [0].comment: expected the comment (an object), got "Great"',
      'comments-movies.json: [0].comment.created_at: expected a time as Trakt writes one, "2026-10-17T21:15:00.000Z", got null',
    ]);
    const cut = write("bad/cut/watched-history.json", json(HISTORY).slice(0, 400));
    expect((await importErrorOf(validateExport(cut))).message).toMatch(/^watched-history\.json: byte \d+ \(line \d+, column \d+\): /);
    expect((await importErrorOf(validateExport(write("bad/empty/lists-watchlist.json", "[]")))).message).toBe(
      "lists-watchlist.json: []: the note has no text: a Trakt watchlist with no titles",
    );
  });
});
