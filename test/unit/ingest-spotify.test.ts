import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { MAX_SONGS_TOLD, spotifyKind } from "../../core/ingest/media/spotify.js";
import { turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-spotify-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A JSON value as Jackson's pretty printer writes Spotify's account data: `"key" : value`, `[ {` … `}, {` … `} ]`, `[ ]`. */
function jackson(value: unknown, level = 0): string {
  if (Array.isArray(value)) return value.length ? `[ ${value.map((v) => jackson(v, level)).join(", ")} ]` : "[ ]";
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (!entries.length) return "{ }";
    const pad = "  ".repeat(level + 1);
    return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)} : ${jackson(v, level + 1)}`).join(",\n")}\n${"  ".repeat(level)}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A play as the account data's StreamingHistory_music_N.json writes it. */
const music = (endTime: string, artistName: string, trackName: string, msPlayed: number) => ({ endTime, artistName, trackName, msPlayed });
/** A play as StreamingHistory_podcast_N.json writes it. */
const podcast = (endTime: string, podcastName: string, episodeName: string, msPlayed: number) => ({ endTime, podcastName, episodeName, msPlayed });

/** A play as the extended history writes it (2025–2026's 23 keys), to the second. */
function extended(
  ts: string,
  ms: number,
  what: { track?: [string, string, string, string]; episode?: [string, string, string]; book?: [string, string] },
  extra: Record<string, unknown> = {},
) {
  const [track, artist, album, trackId] = what.track ?? [null, null, null, null];
  const [episode, show, episodeId] = what.episode ?? [null, null, null];
  const [book, chapter] = what.book ?? [null, null];
  return {
    ts,
    platform: "android",
    ms_played: ms,
    conn_country: "GB",
    ip_addr: "192.0.2.41",
    master_metadata_track_name: track,
    master_metadata_album_artist_name: artist,
    master_metadata_album_album_name: album,
    spotify_track_uri: trackId ? `spotify:track:${trackId}` : null,
    episode_name: episode,
    episode_show_name: show,
    spotify_episode_uri: episodeId ? `spotify:episode:${episodeId}` : null,
    audiobook_title: book,
    audiobook_uri: book ? "spotify:show:3bOoK" : null,
    audiobook_chapter_uri: book ? "spotify:episode:cH4pT3r" : null,
    audiobook_chapter_title: chapter,
    reason_start: "trackdone",
    reason_end: "trackdone",
    shuffle: false,
    skipped: false,
    offline: false,
    offline_timestamp: null,
    incognito_mode: false,
    ...extra,
  };
}

const STARBURSTER: [string, string, string, string] = ["Starburster", "Fontaines D.C.", "Romance", "6Zf9R0kDDyx3zUmhSX7HLP"];
const FAVOURITE: [string, string, string, string] = ["Favourite", "Fontaines D.C.", "Romance", "1WRiP9rE5Nt0yVxbFJSRbf"];
const DREAMS: [string, string, string, string] = ["Dreams - 2004 Remaster", "Fleetwood Mac", "Rumours (Super Deluxe)", "0ofHAoxe9vBkTCp2UQIavz"];
const GUNPOWDER: [string, string, string] = ["613. The Gunpowder Plot: Remember, Remember (Part 2)", "The Rest Is History", "6bQ2n4vC8lRx0Ks3tUgY1e"];

/** Saturday 10 October: "Starburster" five times (one a skip), "Favourite" twice, "Dreams" once, one play in a private session, one naming nothing. */
const SATURDAY_EXTENDED = [
  extended("2026-10-10T10:05:44Z", 211_000, { track: STARBURSTER }),
  extended("2026-10-10T10:09:17Z", 211_000, { track: STARBURSTER }),
  extended("2026-10-10T10:09:29Z", 9_000, { track: DREAMS }, { reason_end: "fwdbtn", skipped: true }),
  extended("2026-10-10T10:13:02Z", 221_000, { track: FAVOURITE }),
  extended("2026-10-10T12:40:11Z", 257_000, { track: DREAMS }),
  extended("2026-10-10T21:30:40Z", 211_000, { track: STARBURSTER }),
  extended("2026-10-10T21:34:13Z", 211_000, { track: STARBURSTER }),
  extended("2026-10-10T21:37:46Z", 221_000, { track: FAVOURITE }),
  extended("2026-10-10T22:05:00Z", 200_000, { track: ["Mr. Brightside", "The Killers", "Hot Fuss", "003vvx7Niy0yvhvHt4a68B"] }, { incognito_mode: true }),
  extended("2026-10-10T22:10:00Z", 120_000, {}),
];
/** Thursday 12 November: an episode on the train, stopped partway. */
const THURSDAY_EXTENDED = [extended("2026-11-12T08:16:51Z", 2_640_000, { episode: GUNPOWDER }, { reason_end: "endplay" })];

/** The same plays as the account data writes them: to the minute, songs and podcasts apart, the private session's play not kept apart. */
const SATURDAY_MUSIC = [
  music("2026-10-10 10:05", "Fontaines D.C.", "Starburster", 211_000),
  music("2026-10-10 10:09", "Fontaines D.C.", "Starburster", 211_000),
  music("2026-10-10 10:09", "Fleetwood Mac", "Dreams - 2004 Remaster", 9_000),
  music("2026-10-10 10:13", "Fontaines D.C.", "Favourite", 221_000),
  music("2026-10-10 12:40", "Fleetwood Mac", "Dreams - 2004 Remaster", 257_000),
  music("2026-10-10 21:30", "Fontaines D.C.", "Starburster", 211_000),
  music("2026-10-10 21:34", "Fontaines D.C.", "Starburster", 211_000),
  music("2026-10-10 21:37", "Fontaines D.C.", "Favourite", 221_000),
];
const THURSDAY_PODCAST = [podcast("2026-11-12 08:16", "The Rest Is History", "613. The Gunpowder Plot: Remember, Remember (Part 2)", 2_640_000)];

/** Each note's format, key and title, and its paragraphs' id, speaker, role, time and text. */
function told(conversations: ParsedConversation[]): Array<[string, string, string | null, Array<[string | null, string, string, string, string]>]> {
  return conversations.map((c) => [
    c.format,
    c.externalId,
    c.title,
    c.turns.map((t): [string | null, string, string, string, string] => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

/** Every paragraph's content hash (store.ts turnHash), as a later import would find it stored. */
async function hashes(file: string): Promise<string[]> {
  return (await parsedConversations(file)).flatMap((n) => n.turns.map((t) => turnHash(n, t)));
}

/** A Spotify download unzipped as `folder`: the account data and the extended history, as Spotify writes them. */
function downloadFolder(folder: string): string {
  const account = `${folder}/Spotify Account Data`;
  write(`${account}/StreamingHistory_music_0.json`, jackson(SATURDAY_MUSIC));
  write(`${account}/StreamingHistory_podcast_0.json`, jackson(THURSDAY_PODCAST));
  write(`${account}/StreamingHistory_audiobook_0.json`, jackson([]));
  write(
    `${account}/Playlist1.json`,
    jackson({
      playlists: [
        {
          name: "Jess & Tom – first dance shortlist",
          lastModifiedDate: "2026-11-15",
          collaborators: [],
          items: [
            {
              track: {
                trackName: "The Book of Love",
                artistName: "Peter Gabriel",
                albumName: "Scratch My Back",
                trackUri: "spotify:track:3Fx1DJkK9WJbVD5RflRLLa",
              },
              episode: null,
              audiobook: null,
              localTrack: null,
              addedDate: "2026-10-11",
            },
            // (a track no longer on Spotify: nothing to name)
            { track: null, episode: null, audiobook: null, localTrack: null, addedDate: "2026-10-12" },
            {
              track: null,
              episode: {
                episodeName: "Nigella Lawson, cook and writer",
                showName: "Desert Island Discs",
                episodeUri: "spotify:episode:0cR3o5wD9mSy1Lt4uVhZ2f",
              },
              audiobook: null,
              localTrack: null,
              addedDate: "2026-11-01",
            },
            {
              track: null,
              episode: null,
              audiobook: null,
              localTrack: { uri: "spotify:local:Jess+%26+Tom:Demos:Our+Song+%28acoustic%29:214" },
              addedDate: "2026-11-15",
            },
          ],
          description: "Ideas for Jess &amp; Tom&#x27;s first dance – wedding Saturday 12 December",
          numberOfFollowers: 1,
        },
        { name: "Empty", lastModifiedDate: "2026-09-01", collaborators: [], items: [], description: null, numberOfFollowers: 0 },
      ],
    }),
  );
  write(
    `${account}/YourLibrary.json`,
    jackson({
      tracks: [
        { artist: "Fontaines D.C.", album: "Romance", track: "Starburster", uri: "spotify:track:6Zf9R0kDDyx3zUmhSX7HLP" },
        { artist: "JVKE", album: "this is what ____ feels like (Vol. 1-4)", track: "golden hour", uri: "spotify:track:5odlY52u43F5BjByhxg7wg" },
      ],
      albums: [{ artist: "Fontaines D.C.", album: "Romance", uri: "spotify:album:07w0rG5TETcyihsEIZR3qG" }],
      shows: [{ name: "The Rest Is History", publisher: "Goalhanger", uri: "spotify:show:7Cvsbcjhtur7nplC148TWy" }],
      episodes: [],
      bannedTracks: [{ artist: "Crazy Frog", album: "Crazy Hits", track: "Axel F", uri: "spotify:track:0BjfWxNKqS6u9DvNdLZAXx" }],
      artists: [
        { name: "Fontaines D.C.", uri: "spotify:artist:7P3pzFDbLnsXoADwKMnvux" },
        { name: "Wet Leg", uri: "spotify:artist:2TwOrUcYnAlIiKmVQkkoSZ" },
      ],
      bannedArtists: [],
      other: [],
    }),
  );
  write(
    `${account}/SearchQueries.json`,
    jackson([{ platform: "ANDROID", searchTime: "2026-10-08T19:20:02.904Z[UTC]", searchQuery: "fontaines manchester", searchInteractionURIs: [] }]),
  );
  write(`${account}/Userdata.json`, jackson({ username: "31x7ellierhodesq", email: "ellie@example.com", country: "GB", birthdate: "1994-03-02" }));
  write(`${account}/Payments.json`, jackson({ payment_method: "Visa", country: "GB", postal_code: "YO31", creation_date: "2019-05-02" }));
  write(`${account}/Inferences.json`, jackson({ inferences: ["1P_Custom_Running_Enthusiasts"] }));
  write(`${account}/Marquee.json`, jackson([{ artistName: "Fontaines D.C.", segment: "Super Listeners" }]));
  write(`${account}/CarThing.json`, jackson({}));
  write(`${account}/Read_Me_First.pdf`, "%PDF-1.4\n%âãÏÓ\n");
  const ext = `${folder}/Spotify Extended Streaming History`;
  write(`${ext}/Streaming_History_Audio_2026_0.json`, JSON.stringify([...SATURDAY_EXTENDED, ...THURSDAY_EXTENDED], null, 2));
  return join(dir, folder);
}

describe("Spotify's Download your data", () => {
  const folder = downloadFolder("my_spotify_data");
  const account = join(folder, "Spotify Account Data");
  const ext = join(folder, "Spotify Extended Streaming History");

  it("reads the account data's music as a note per day, songs played again first, skips passed over", async () => {
    const file = join(account, "StreamingHistory_music_0.json");
    expect(await detectFormat(file)).toBe("spotify");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "note",
        "spotify:day:2026-10-10",
        "Spotify listening, 10 October 2026",
        [
          [
            "song Fontaines D.C. – Starburster",
            "User",
            "user",
            "2026-10-10T10:01:00.000Z",
            'Had "Starburster" by Fontaines D.C. on repeat on Spotify on Saturday 10 October: played it 4 times between 10:01 and 21:34 (14 minutes in all).',
          ],
          [
            "song Fontaines D.C. – Favourite",
            "User",
            "user",
            "2026-10-10T10:09:00.000Z",
            'Listened to "Favourite" by Fontaines D.C. on Spotify 2 times on Saturday 10 October, between 10:09 and 21:37 (7 minutes in all).',
          ],
          [
            "songs played once",
            "User",
            "user",
            "2026-10-10T12:36:00.000Z",
            'Listened to "Dreams - 2004 Remaster" by Fleetwood Mac on Spotify on Saturday 10 October at 12:36.',
          ],
        ],
      ],
    ]);
  });

  it("reads the podcasts' history into the same days, each episode by name with when and how long", async () => {
    const file = join(account, "StreamingHistory_podcast_0.json");
    expect(await detectFormat(file)).toBe("spotify");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "note",
        "spotify:day:2026-11-12",
        "Spotify listening, 12 November 2026",
        [
          [
            "episode The Rest Is History – 613. The Gunpowder Plot: Remember, Remember (Part 2)",
            "User",
            "user",
            "2026-11-12T07:32:00.000Z",
            'Listened to "613. The Gunpowder Plot: Remember, Remember (Part 2)" from the podcast The Rest Is History on Spotify on Thursday 12 November, from 07:32 to 08:16 (44 minutes).',
          ],
        ],
      ],
    ]);
  });

  it("reads the extended history as the same paragraphs, so importing both adds nothing twice; private plays passed over", async () => {
    const file = join(ext, "Streaming_History_Audio_2026_0.json");
    expect(await detectFormat(file)).toBe("spotify");
    const notes = await parsedConversations(file);
    expect(notes.map((n) => n.externalId)).toEqual(["spotify:day:2026-10-10", "spotify:day:2026-11-12"]);
    // (the private session's "Mr. Brightside" and the play that names nothing are not told)
    expect(notes[0]!.turns.map((t) => t.text).join(" ")).not.toMatch(/Brightside/);
    const fromAccount = new Set([
      ...(await hashes(join(account, "StreamingHistory_music_0.json"))),
      ...(await hashes(join(account, "StreamingHistory_podcast_0.json"))),
    ]);
    const fromExtended = await hashes(file);
    expect(fromExtended.length).toBe(4);
    expect(fromExtended.filter((h) => !fromAccount.has(h))).toEqual([]);
    // (the extended history knows the album and the link: kept in metadata, not in the words)
    expect(notes[0]!.turns[0]!.metadata).toEqual({
      spotify: {
        kind: "song",
        title: "Starburster",
        artist: "Fontaines D.C.",
        album: "Romance",
        uri: "spotify:track:6Zf9R0kDDyx3zUmhSX7HLP",
        plays: 4,
        ms: 844_000,
        from: "2026-10-10T10:01:00.000Z",
        to: "2026-10-10T21:34:00.000Z",
      },
    });
  });

  it("tells a day that runs over two files of the extended history whole, once, from the file it starts in", async () => {
    const first = write(
      "split/Streaming_History_Audio_2025-2026_0.json",
      JSON.stringify(
        [
          extended("2026-10-15T18:00:00Z", 211_000, { track: STARBURSTER }),
          ...[1, 2, 3].map((m) => extended(`2026-10-16T07:1${m}:00Z`, 211_000, { track: STARBURSTER })),
        ],
        null,
        2,
      ),
    );
    const second = write(
      "split/Streaming_History_Audio_2026_1.json",
      JSON.stringify(
        [
          ...[1, 2].map((m) => extended(`2026-10-16T17:4${m}:00Z`, 211_000, { track: STARBURSTER })),
          extended("2026-10-18T08:05:00Z", 252_000, { track: ["Dog Days Are Over", "Florence + The Machine", "Lungs", "1YLJVmuzeM2YSUkCCaTNUB"] }),
        ],
        null,
        2,
      ),
    );
    expect(told(await parsedConversations(first)).map(([, key, , turns]) => [key, turns.map((t) => t[4])])).toEqual([
      ["spotify:day:2026-10-15", ['Listened to "Starburster" by Fontaines D.C. on Spotify on Thursday 15 October at 17:56.']],
      [
        "spotify:day:2026-10-16",
        ['Had "Starburster" by Fontaines D.C. on repeat on Spotify on Friday 16 October: played it 5 times between 07:07 and 17:42 (18 minutes in all).'],
      ],
    ]);
    expect(told(await parsedConversations(second)).map(([, key, , turns]) => [key, turns.map((t) => t[4])])).toEqual([
      ["spotify:day:2026-10-18", ['Listened to "Dog Days Are Over" by Florence + The Machine on Spotify on Sunday 18 October at 08:01.']],
    ]);
    // (a next file holding nothing but the day the file before tells is no note: a folder passes it over, saying why)
    const only = write(
      "split2/Streaming_History_Audio_2026_1.json",
      JSON.stringify([extended("2026-10-16T17:41:00Z", 211_000, { track: STARBURSTER })], null, 2),
    );
    write("split2/Streaming_History_Audio_2025-2026_0.json", JSON.stringify([extended("2026-10-16T07:11:00Z", 211_000, { track: STARBURSTER })], null, 2));
    const refused = await checkImportFile(only).catch((e: unknown) => e);
    expect([isEmptyNote(refused), whyPassedOver(refused)]).toEqual([
      true,
      "a Spotify streaming history whose days are told with Streaming_History_Audio_2025-2026_0.json, no note",
    ]);
  });

  it("reads an audiobook's chapters and a video file's plays as what they are", async () => {
    const book = write(
      "kinds/Streaming_History_Audio_2026_0.json",
      JSON.stringify([extended("2026-11-20T22:30:00Z", 1_500_000, { book: ["Piranesi", "Chapter 3"] })], null, 2),
    );
    expect((await parsedConversations(book))[0]!.turns.map((t) => t.text)).toEqual([
      'Listened to "Chapter 3" of the audiobook "Piranesi" on Spotify on Friday 20 November, from 22:05 to 22:30 (25 minutes).',
    ]);
    const video = write(
      "kinds/Streaming_History_Video_2024-2026.json",
      JSON.stringify(
        [extended("2026-10-11T09:00:00Z", 211_000, { track: STARBURSTER }), extended("2026-10-11T09:04:00Z", 211_000, { track: STARBURSTER })],
        null,
        2,
      ),
    );
    const [day] = await parsedConversations(video);
    expect(day!.turns.map((t) => [t.externalId, t.text])).toEqual([
      [
        "video song Fontaines D.C. – Starburster",
        'Watched the video of "Starburster" by Fontaines D.C. on Spotify 2 times on Sunday 11 October, between 08:56 and 09:04 (7 minutes in all).',
      ],
    ]);
  });

  it("counts a play of the day it ended, one started before midnight from the day's first minute", async () => {
    const file = write("midnight/StreamingHistory_music_0.json", jackson([music("2026-10-17 00:02", "Fontaines D.C.", "Starburster", 211_000)]));
    expect(told(await parsedConversations(file))).toEqual([
      [
        "note",
        "spotify:day:2026-10-17",
        "Spotify listening, 17 October 2026",
        [
          [
            "songs played once",
            "User",
            "user",
            "2026-10-17T00:00:00.000Z",
            'Listened to "Starburster" by Fontaines D.C. on Spotify on Saturday 17 October at 00:00.',
          ],
        ],
      ],
    ]);
  });

  it("names the songs played once in one paragraph, and counts those past the most it names", async () => {
    const many = Array.from({ length: MAX_SONGS_TOLD + 3 }, (_, i) =>
      music(
        `2026-11-21 ${String(10 + Math.floor(i / 12)).padStart(2, "0")}:${String((i % 12) * 5).padStart(2, "0")}`,
        `Artist ${i + 1}`,
        `Song ${i + 1}`,
        180_000,
      ),
    );
    const file = write("many/StreamingHistory_music_0.json", jackson(many));
    const [day] = await parsedConversations(file);
    expect(day!.turns.length).toBe(1);
    expect(day!.turns[0]!.text).toMatch(/^Played once on Spotify on Saturday 21 November: "Song 1" by Artist 1 at 09:57; "Song 2" by Artist 2 at 10:02; /);
    expect(day!.turns[0]!.text).toMatch(/"Song 20" by Artist 20 at 11:32; and 3 more songs, by Artist 21, Artist 22 and Artist 23\.$/);
  });

  it("reads each playlist as a note: its description, then each track, episode and local file with the day it was added", async () => {
    const file = join(account, "Playlist1.json");
    expect(await detectFormat(file)).toBe("spotify");
    const notes = await parsedConversations(file);
    // (the empty playlist is no note)
    expect(told(notes)).toEqual([
      [
        "note",
        "spotify:playlist:Jess & Tom – first dance shortlist",
        "Jess & Tom – first dance shortlist",
        [
          ["description", "User", "user", "2026-11-15T12:00:00.000Z", "Ideas for Jess & Tom's first dance – wedding Saturday 12 December"],
          [
            "track spotify:track:3Fx1DJkK9WJbVD5RflRLLa",
            "User",
            "user",
            "2026-10-11T12:00:00.000Z",
            'Added "The Book of Love" by Peter Gabriel to my Spotify playlist "Jess & Tom – first dance shortlist" on Sunday 11 October.',
          ],
          [
            "episode spotify:episode:0cR3o5wD9mSy1Lt4uVhZ2f",
            "User",
            "user",
            "2026-11-01T12:00:00.000Z",
            'Added the episode "Nigella Lawson, cook and writer" of the podcast Desert Island Discs to my Spotify playlist "Jess & Tom – first dance shortlist" on Sunday 1 November.',
          ],
          [
            "local spotify:local:Jess+%26+Tom:Demos:Our+Song+%28acoustic%29:214",
            "User",
            "user",
            "2026-11-15T12:00:00.000Z",
            'Added "Our Song (acoustic)" by Jess & Tom (a file of my own) to my Spotify playlist "Jess & Tom – first dance shortlist" on Sunday 15 November.',
          ],
        ],
      ],
    ]);
    expect(notes[0]!.turns[1]!.metadata).toEqual({
      spotify: {
        kind: "track",
        title: "The Book of Love",
        artist: "Peter Gabriel",
        album: "Scratch My Back",
        uri: "spotify:track:3Fx1DJkK9WJbVD5RflRLLa",
        playlist: "Jess & Tom – first dance shortlist",
        position: 1,
      },
    });
  });

  it("reads the library as one note of what is followed, saved and liked; hidden songs not read", async () => {
    const file = join(account, "YourLibrary.json");
    expect(await detectFormat(file)).toBe("spotify");
    const [note, ...rest] = await parsedConversations(file);
    expect(rest).toEqual([]);
    expect([note!.externalId, note!.title, note!.turns.map((t) => [t.externalId, t.text, t.metadata.undated])]).toEqual([
      "spotify:library",
      "Spotify library",
      [
        ["library:shows 1", "I follow the podcast The Rest Is History (Goalhanger) on Spotify.", true],
        ["library:artists 1", "I follow these artists on Spotify: Fontaines D.C. and Wet Leg.", true],
        ["library:albums 1", 'I saved the album "Romance" by Fontaines D.C. to my Spotify library.', true],
        ["library:tracks 1", 'I liked these songs on Spotify: "Starburster" by Fontaines D.C.; "golden hour" by JVKE.', true],
      ],
    ]);
    expect(JSON.stringify(note)).not.toMatch(/Crazy Frog/);
  });

  it("lists the download's files in its folder, reads its histories, playlists and library, and passes over the rest, saying why", async () => {
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
      expect(await folderFileFormat(file)).toBe("spotify");
      read.push(name);
    }
    expect(read).toEqual([
      "Spotify Account Data/Playlist1.json",
      "Spotify Account Data/StreamingHistory_audiobook_0.json",
      "Spotify Account Data/StreamingHistory_music_0.json",
      "Spotify Account Data/StreamingHistory_podcast_0.json",
      "Spotify Account Data/YourLibrary.json",
      "Spotify Extended Streaming History/Streaming_History_Audio_2026_0.json",
    ]);
    expect(why).toEqual({
      "Spotify Account Data/CarThing.json": "Spotify's CarThing, the account's data",
      "Spotify Account Data/Inferences.json": "the advertising segments Spotify inferred about the account, not what was listened to",
      "Spotify Account Data/Marquee.json": "the listener segments Spotify put the account in for artists' promotions",
      "Spotify Account Data/Payments.json": "the payment card Spotify charges, never stored",
      "Spotify Account Data/Read_Me_First.pdf": "Spotify's guide to the files of its download",
      "Spotify Account Data/SearchQueries.json": "what was typed into Spotify's search, logged letter by letter as it was typed, not what was listened to",
      "Spotify Account Data/Userdata.json": "the Spotify account's details (username, email, country, birth date)",
    });
    // (the empty audiobook history is no note: a folder passes it over, saying why)
    const empty = await checkImportFile(join(account, "StreamingHistory_audiobook_0.json")).catch((e: unknown) => e);
    expect([isEmptyNote(empty), whyPassedOver(empty)]).toEqual([true, "a Spotify streaming history with no plays, no note"]);
    // (alone, a file passed over is refused with the same reason)
    const payments = join(account, "Payments.json");
    expect(await detectFormat(payments)).toBe("spotify");
    expect((await importErrorOf(validateExport(payments))).message).toBe(
      "Payments.json: byte 0: the note has no text: the payment card Spotify charges, never stored",
    );
    const refused = await checkImportFile(payments).catch((e: unknown) => e);
    expect([isEmptyNote(refused), whyPassedOver(refused)]).toEqual([true, "the payment card Spotify charges, never stored, no note"]);
    // (a JSON of the user's own beside a download, named as Spotify never names one, is not Spotify's to pass over)
    expect(await passedOverInFolder(write("my_spotify_data/Spotify Account Data/my notes.json", "{}"))).toBeNull();
  });

  it("adds from a later download only what is new since: the day listened to since, the song added since", async () => {
    const before = write("later/before/StreamingHistory_music_0.json", jackson(SATURDAY_MUSIC));
    const after = write(
      "later/after/StreamingHistory_music_0.json",
      jackson([...SATURDAY_MUSIC, music("2026-11-21 09:30", "JVKE", "golden hour", 209_000), music("2026-11-21 09:34", "JVKE", "golden hour", 209_000)]),
    );
    const stored = new Set(await hashes(before));
    const added = (await parsedConversations(after)).flatMap((n) =>
      n.turns.filter((t) => !stored.has(turnHash(n, t))).map((t) => [n.externalId, t.externalId]),
    );
    expect(added).toEqual([["spotify:day:2026-11-21", "song JVKE – golden hour"]]);
  });

  it("names the file and where a bad file goes wrong", async () => {
    const badTime = write("bad/time/StreamingHistory_music_0.json", jackson([SATURDAY_MUSIC[0], { ...SATURDAY_MUSIC[1], endTime: "10/10/2026 10:09" }]));
    expect((await importErrorOf(validateExport(badTime))).message).toBe(
      'StreamingHistory_music_0.json: [1].endTime: expected the time the play ended as Spotify writes it, "2026-10-03 18:21", got "10/10/2026 10:09"',
    );
    const badMs = write(
      "bad/ms/Streaming_History_Audio_2026_0.json",
      JSON.stringify([SATURDAY_EXTENDED[0], { ...SATURDAY_EXTENDED[1], ms_played: "211000" }], null, 2),
    );
    expect((await importErrorOf(validateExport(badMs))).message).toBe(
      'Streaming_History_Audio_2026_0.json: [1].ms_played: expected the milliseconds played, a whole number, got "211000"',
    );
    const badDay = write(
      "bad/day/Playlist1.json",
      jackson({ playlists: [{ name: "Run", items: [{ track: { trackName: "Run Boy Run", artistName: "Woodkid" }, addedDate: "30/08/2026" }] }] }),
    );
    expect((await importErrorOf(validateExport(badDay))).message).toBe(
      'Playlist1.json: playlists[0].items[0].addedDate: expected a day as Spotify writes it, "2026-10-04", got "30/08/2026"',
    );
    const noName = write(
      "bad/name/Playlist1.json",
      jackson({
        playlists: [
          { name: "Ok", items: [] },
          { name: 7, items: [] },
        ],
      }),
    );
    expect((await importErrorOf(validateExport(noName))).message).toBe("Playlist1.json: playlists[1].name: expected the playlist's name, got 7");
    // (a download cut short: the stream names the byte, line and column)
    const cut = write("bad/cut/StreamingHistory_music_0.json", jackson(SATURDAY_MUSIC).slice(0, 300));
    const truncated = await importErrorOf(validateExport(cut));
    expect([truncated.file.endsWith("StreamingHistory_music_0.json"), /^byte \d+ \(line \d+, column \d+\)$/.test(truncated.location)]).toEqual([true, true]);
    // (only skips: no note)
    const skips = write("bad/skips/StreamingHistory_music_0.json", jackson([SATURDAY_MUSIC[2]]));
    expect((await importErrorOf(validateExport(skips))).message).toBe(
      "StreamingHistory_music_0.json: [0]: the note has no text: a Spotify streaming history with no play of 30 seconds or more",
    );
    // (a JSON Spotify did not write, forced as spotify)
    const other = await importErrorOf(validateExport(write("bad/other.json", '[{"name":"x"}]'), { format: "spotify" }));
    expect(other.message).toMatch(/^other\.json: byte 0: not a file of Spotify's download/);
  });

  it("tells Spotify's files by their start", () => {
    expect(spotifyKind('[ {\n  "endTime" : "2026-10-10 10:05",\n  "artistName" : "Fontaines D.C.",')).toBe("music");
    expect(spotifyKind('[ {\n  "endTime" : "2026-11-12 08:16",\n  "podcastName" : "The Rest Is History",')).toBe("podcast");
    expect(spotifyKind('[ {\n  "endTime" : "2026-11-20 22:30",\n  "audiobookName" : "Piranesi",\n  "chapterName" : "3" }')).toBe("audiobook");
    expect(spotifyKind('[\n  {\n    "ts": "2026-10-10T10:05:44Z",\n    "platform": "android",\n    "ms_played": 211000,\n  }')).toBe("extended");
    expect(spotifyKind('[{"ts":"2018-11-22T20:57:35Z","username":"x","platform":"Android","ms_played":334722}]')).toBe("extended");
    expect(spotifyKind('{\n  "playlists" : [ {\n    "name" : "RR",')).toBe("playlists");
    expect(spotifyKind('{\n  "tracks" : [ {\n    "artist" : "The Cranberries",')).toBe("library");
    expect(spotifyKind('[{"ts":"2026-10-10T10:05:44Z","message":"hi"}]')).toBeNull();
    expect(spotifyKind('{ "tracks": [ { "title": "x" } ] }')).toBeNull();
  });
});
