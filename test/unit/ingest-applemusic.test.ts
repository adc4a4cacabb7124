import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { appleMusicKind } from "../../core/ingest/media/applemusic.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-applemusic-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Each conversation as its format, key, title and paragraphs (name, speaker, role, time, words). */
function told(conversations: ParsedConversation[]): Array<[string, string, string | null, Array<[string | null, string, string, string, string]>]> {
  return conversations.map((c) => [
    c.format,
    c.externalId,
    c.title,
    c.turns.map((t): [string | null, string, string, string, string] => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

/** A CSV cell as Apple writes one: quoted only when it must be. */
const cell = (v: string | number) => (/[",\r\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** Some of the play activity's columns, in Apple's (alphabetical) order, as a 2023–2024 export names them. */
const ACTIVITY_COLUMNS = [
  "Album Name",
  "Apple ID Number",
  "Container Album Name",
  "Container Artist Name",
  "Container ID",
  "Container Name",
  "Container Type",
  "Device Identifier",
  "End Position In Milliseconds",
  "End Reason Type",
  "Event End Timestamp",
  "Event Start Timestamp",
  "Event Type",
  "Feature Name",
  "IP City",
  "Media Duration In Milliseconds",
  "Media Type",
  "Play Duration Milliseconds",
  "Song Name",
  "UTC Offset In Seconds",
] as const;

/** A player event: its song and album, where it was played from, its start (UTC) and length played, how it ended, its event type. */
interface Row {
  song: string;
  album: string;
  from?: "ALBUM" | "PLAYLIST" | "UNKNOWN";
  container?: string;
  start: string;
  ms: number | null;
  reason?: string;
  type?: string;
  offset?: number;
  /** The song's length (ms): by default its length played, at least 211 s. */
  length?: number;
}

/** A row of Apple Music Play Activity.csv: a PLAY_START has no end, a PLAY_END its end and length played. */
function activityRow(r: Row): string {
  const start = Date.parse(r.start);
  const type = r.type ?? "PLAY_END";
  const end = type === "PLAY_START" ? "" : new Date(start + (r.ms ?? 60_000)).toISOString();
  const from = r.from ?? "ALBUM";
  const values: Record<string, string | number> = {
    "Album Name": r.album,
    "Apple ID Number": "2090551377",
    "Container Album Name": from === "ALBUM" ? r.album : "",
    "Container ID": from === "ALBUM" ? "1737041850" : "",
    "Container Name": from === "ALBUM" ? "l.jYq3HfR" : (r.container ?? ""),
    "Container Type": from,
    "Device Identifier": "00008110-001A2D4C0E63801E",
    "End Position In Milliseconds": r.ms ?? "",
    "End Reason Type": r.reason ?? (type === "PLAY_END" ? "NATURAL_END_OF_TRACK" : ""),
    "Event End Timestamp": end,
    "Event Start Timestamp": r.start,
    "Event Type": type,
    "Feature Name": from === "ALBUM" ? "library / album_detail" : "search",
    "IP City": "Dublin",
    "Media Duration In Milliseconds": r.length ?? Math.max(r.ms ?? 0, 211_000),
    "Media Type": "AUDIO",
    "Play Duration Milliseconds": r.ms ?? "",
    "Song Name": r.song,
    "UTC Offset In Seconds": r.offset ?? 3600,
  };
  return ACTIVITY_COLUMNS.map((c) => cell(values[c] ?? "")).join(",");
}

const activity = (rows: Row[]) => `${ACTIVITY_COLUMNS.join(",")}\n${rows.map(activityRow).join("\n")}\n`;

/** Saturday 24 August 2024 in Dublin (UTC+1): Starburster four times from the album's page, a skip, Favourite paused and taken up again, Desire, and Dreams found by search. */
const SATURDAY: Row[] = [
  { song: "Starburster", album: "Romance", start: "2024-08-24T09:02:00.000Z", ms: null, type: "PLAY_START" },
  { song: "Starburster", album: "Romance", start: "2024-08-24T09:02:00.000Z", ms: 211_000 },
  { song: "Starburster", album: "Romance", start: "2024-08-24T09:05:32.000Z", ms: 211_000 },
  { song: "Starburster", album: "Romance", start: "2024-08-24T09:09:04.000Z", ms: 211_000 },
  { song: "Starburster", album: "Romance", start: "2024-08-24T09:12:36.000Z", ms: 211_000 },
  { song: "In the Modern World", album: "Romance", start: "2024-08-24T09:16:08.000Z", ms: 8_000, reason: "TRACK_SKIPPED_FORWARDS" },
  { song: "Favourite", album: "Romance", start: "2024-08-24T09:16:17.000Z", ms: 100_000, reason: "PLAYBACK_MANUALLY_PAUSED" },
  { song: "Favourite", album: "Romance", start: "2024-08-24T09:22:57.000Z", ms: 121_000 },
  { song: "Desire", album: "Romance", start: "2024-08-24T09:25:00.000Z", ms: 263_000 },
  { song: "Desire", album: "Romance", start: "2024-08-24T09:26:00.000Z", ms: null, type: "LYRIC_DISPLAY", reason: "" },
  { song: "Dreams", album: "Rumours", from: "UNKNOWN", start: "2024-08-24T17:40:00.000Z", ms: 257_000 },
];

/** Sunday 25 August: Dreams again, found by search. */
const SUNDAY: Row[] = [{ song: "Dreams", album: "Rumours", from: "UNKNOWN", start: "2024-08-25T07:00:00.000Z", ms: 257_000 }];

/** A JSON value as Jackson's pretty printer writes Apple's library files: `"key" : value`, `[ {` … `}, {` … `} ]`. */
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

/** A track of Apple Music Library Tracks.json. */
const track = (id: number, title: string, artist: string, album: string, of: number, added: string, extra: Record<string, unknown> = {}) => ({
  "Content Type": "Song",
  "Track Identifier": id,
  Title: title,
  "Sort Name": title,
  Artist: artist,
  Album: album,
  "Album Artist": artist,
  "Track Count On Album": of,
  "Track Duration": 211_000,
  "Date Added To Library": added,
  "Date Added To iCloud Music Library": added,
  "Playlist Only Track": false,
  "Track Like Rating": "none",
  ...extra,
});

const LIBRARY = [
  track(182857502, "Starburster", "Fontaines D.C.", "Romance", 11, "2024-08-23T07:12:44Z", {
    "Track Like Rating": "liked",
    "Favorite Status - Track": true,
    "Favorite Date - Track": "2024-08-24T09:20:05Z",
  }),
  track(182857506, "Favourite", "Fontaines D.C.", "Romance", 11, "2024-08-23T07:12:44Z"),
  track(182857510, "Desire", "Fontaines D.C.", "Romance", 11, "2024-08-23T07:12:44Z"),
  track(182857514, "Thriller", "Michael Jackson", "Thriller", 9, "2024-10-20T20:02:11Z", { "Playlist Only Track": true }),
  track(182857518, "Nobody's Soldier", "Hozier", "Unheard - EP", 2, "2024-11-10T21:14:03Z"),
  track(182857522, "Too Sweet", "Hozier", "Unheard - EP", 2, "2024-11-10T21:14:03Z"),
  track(182857526, "Espresso", "Sabrina Carpenter", "Espresso - Single", 1, "2024-04-13T10:02:00Z"),
];

const PLAYLISTS = [
  {
    "Container Type": "Playlist",
    "Container Identifier": 256004217,
    Title: "Halloween Party 2024 🎃",
    "Playlist Item Identifiers": [182857514, 182857502, 182999999],
    Description: "For the flat party on Thursday 31st",
    "Added Date": "2024-10-20T20:01:37Z",
    "Playlist Items Modified Date": "2024-10-20T20:02:11Z",
  },
  {
    "Container Type": "Subscribed Playlist",
    "Container Identifier": 256003301,
    Title: "Today's Hits",
    Description: "",
    "Added Date": "2023-02-02T09:00:00Z",
    "Playlist Items Modified Date": "2024-12-02T07:00:00Z",
  },
  { "Container Type": "Favorites Playlist", "Container Identifier": 256000001, Title: "Favourite Songs", "Playlist Item Identifiers": [182857502] },
];

/** Likes and Dislikes as Apple writes them: a quoted header, CRLF, "Artist - Title", LOVE or DISLIKE. */
const LIKES = [
  '"Item Description",Preference,Created,"Last Modified","Item Reference"',
  '"Fontaines D.C. - Starburster",LOVE,2024-08-24T09:20:05.118Z,,1737041852',
  '"ROSÉ & Bruno Mars - APT.",DISLIKE,2024-10-19T16:49:12.540Z,,1772364192',
  '"Chappell Roan - Pink Pony Club",,2024-10-19T16:50:00.000Z,,1692803418',
].join("\r\n");

const DAILY = [
  "Country,Track Identifier,Media type,Date Played,Hours,Play Duration Milliseconds,End Reason Type,Source Type,Play Count,Skip Count,Ignore For Recommendations,Track Reference,Track Description",
  "Ireland,1737041852,AUDIO,20240824,9,844000,NATURAL_END_OF_TRACK,IPHONE,4,0,,1737041852,Fontaines D.C. - Starburster",
  "Ireland,1440651001,AUDIO,20240824,17,257000,NATURAL_END_OF_TRACK,IPHONE,1,0,,1440651001,Fleetwood Mac - Dreams",
].join("\n");

const RECENT = [
  "Last Modified,Container Type,Container Description,Track Description,Ignore For Recommendations,Country,Container Reference,Track Reference,Feature Name,First Event Timestamp,Last End Reason Tyoe,Last Event End Timestamp,Last Event Received Timestamp,Last Event Start Timestamp,Max Event End Position in millis,Max Play Duration in millis,Media duration in millis,Media type,Min Event Start Position in millis,Total plays,Total skips,Total play duration in millis",
  "2024-08-24T17:44:17.000Z,N/A,N/A,Fleetwood Mac - Dreams,FALSE,Ireland,N/A,1440651001,search,2024-08-24T17:40:00.000Z,NATURAL_END_OF_TRACK,2024-08-24T17:44:17.000Z,2024-08-24T17:44:17.214Z,2024-08-24T17:40:00.000Z,257000,257000,257000,AUDIO,0,1,0,257000",
].join("\n");

/** Apple Music's export unzipped as `root`: its Apple Music Activity folder, as Apple writes its files. */
function exportFolder(root: string, days: Row[] = SATURDAY): string {
  const music = `${root}/Apple_Media_Services/Apple Music Activity`;
  write(`${music}/Apple Music Play Activity.csv`, activity(days));
  write(`${music}/Apple Music - Play History Daily Tracks.csv`, DAILY);
  write(`${music}/Apple Music - Recently Played Tracks.csv`, RECENT);
  write(`${music}/Apple Music - Track Play History.csv`, "Track Name,Last Played Date,Is User Initiated\nFleetwood Mac - Dreams,1724521457000,true\n");
  write(
    `${music}/Apple Music - Container Details.csv`,
    "Container Identifier,Container Type,Container Description\n1737041850,ALBUM,Fontaines D.C. - Romance\n",
  );
  write(`${music}/Apple Music Library Tracks.json`, jackson(LIBRARY));
  write(`${music}/Apple Music Library Playlists.json`, jackson(PLAYLISTS));
  write(`${music}/Apple Music Likes and Dislikes.csv`, LIKES);
  write(
    `${music}/Apple Music Library Activity.json`,
    jackson([{ "Transaction Type": "addItems", "Transaction Identifier": 10004512, "Transaction Date": "2024-08-23T07:12:44Z", Tracks: [] }]),
  );
  write(`${music}/Identifier Information.json`, jackson([{ Identifier: "1737041852", Title: "Starburster" }]));
  return join(dir, music);
}

describe("Apple Music's export (Apple Media Services information)", () => {
  const music = exportFolder("export");

  it("reads the play activity as a note per day on the user's clock: songs played again, an album played from, the songs played once", async () => {
    const file = join(music, "Apple Music Play Activity.csv");
    expect(await detectFormat(file)).toBe("applemusic");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "note",
        "applemusic:day:2024-08-24",
        "Apple Music listening, 24 August 2024",
        [
          [
            "song Fontaines D.C. – Starburster",
            "User",
            "user",
            "2024-08-24T10:02:00.000Z",
            'Had "Starburster" by Fontaines D.C. on repeat on Apple Music on Saturday 24 August: played it 4 times between 10:02 and 10:16 (14 minutes in all).',
          ],
          [
            "album Fontaines D.C. – Romance",
            "User",
            "user",
            "2024-08-24T10:02:00.000Z",
            'Played the album "Romance" by Fontaines D.C. on Apple Music on Saturday 24 August, between 10:02 and 10:29 (3 songs): "Starburster" (4 times); "Favourite"; "Desire".',
          ],
          [
            "songs played once",
            "User",
            "user",
            "2024-08-24T18:40:00.000Z",
            'Listened to "Dreams" by Fleetwood Mac on Apple Music on Saturday 24 August at 18:40.',
          ],
        ],
      ],
    ]);
  });

  it("reads the library's additions and loved songs into the same days, an album's songs together, a playlist's own songs left out", async () => {
    const file = join(music, "Apple Music Library Tracks.json");
    expect(await detectFormat(file)).toBe("applemusic");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "note",
        "applemusic:day:2024-04-13",
        "Apple Music listening, 13 April 2024",
        [
          [
            "added Sabrina Carpenter – Espresso - Single",
            "User",
            "user",
            "2024-04-13T10:02:00.000Z",
            'Added "Espresso" by Sabrina Carpenter (from "Espresso - Single") to my Apple Music library on Saturday 13 April.',
          ],
        ],
      ],
      [
        "note",
        "applemusic:day:2024-08-23",
        "Apple Music listening, 23 August 2024",
        [
          [
            "added Fontaines D.C. – Romance",
            "User",
            "user",
            "2024-08-23T07:12:00.000Z",
            'Added 3 songs of the album "Romance" by Fontaines D.C. to my Apple Music library on Friday 23 August: "Starburster"; "Favourite"; "Desire".',
          ],
        ],
      ],
      [
        "note",
        "applemusic:day:2024-08-24",
        "Apple Music listening, 24 August 2024",
        [
          [
            "loved Fontaines D.C. – Starburster",
            "User",
            "user",
            "2024-08-24T09:20:00.000Z",
            'Loved "Starburster" by Fontaines D.C. on Apple Music on Saturday 24 August.',
          ],
        ],
      ],
      [
        "note",
        "applemusic:day:2024-11-10",
        "Apple Music listening, 10 November 2024",
        [
          [
            "added Hozier – Unheard - EP",
            "User",
            "user",
            "2024-11-10T21:14:00.000Z",
            'Added the album "Unheard - EP" by Hozier to my Apple Music library on Sunday 10 November: its 2 songs, "Nobody\'s Soldier"; "Too Sweet".',
          ],
        ],
      ],
    ]);
  });

  it("reads Likes and Dislikes as the library's loved songs, in the same words, so importing both adds a song loved once", async () => {
    const file = join(music, "Apple Music Likes and Dislikes.csv");
    expect(await detectFormat(file)).toBe("applemusic");
    const likes = await parsedConversations(file);
    expect(told(likes)).toEqual([
      [
        "note",
        "applemusic:day:2024-08-24",
        "Apple Music listening, 24 August 2024",
        [
          [
            "loved Fontaines D.C. – Starburster",
            "User",
            "user",
            "2024-08-24T09:20:00.000Z",
            'Loved "Starburster" by Fontaines D.C. on Apple Music on Saturday 24 August.',
          ],
        ],
      ],
      [
        "note",
        "applemusic:day:2024-10-19",
        "Apple Music listening, 19 October 2024",
        [
          [
            "disliked ROSÉ & Bruno Mars – APT.",
            "User",
            "user",
            "2024-10-19T16:49:00.000Z",
            'Disliked "APT.", by ROSÉ & Bruno Mars on Apple Music on Saturday 19 October.',
          ],
        ],
      ],
    ]);
    const library = await parsedConversations(join(music, "Apple Music Library Tracks.json"));
    const loved = (notes: ParsedConversation[]) => notes.flatMap((n) => n.turns.filter((t) => t.externalId?.startsWith("loved")).map((t) => turnHash(n, t)));
    expect(loved(likes)).toEqual(loved(library));
  });

  it("reads each playlist as a note: when it was made, its description, its songs named from the library beside it", async () => {
    const file = join(music, "Apple Music Library Playlists.json");
    expect(await detectFormat(file)).toBe("applemusic");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "note",
        "applemusic:playlist:256004217",
        "Halloween Party 2024 🎃",
        [
          ["made", "User", "user", "2024-10-20T20:01:00.000Z", 'Made my Apple Music playlist "Halloween Party 2024 🎃" on Sunday 20 October.'],
          ["description", "User", "user", "2024-10-20T20:01:37.000Z", "For the flat party on Thursday 31st"],
          [
            "songs 1",
            "User",
            "user",
            "2024-10-20T20:02:11.000Z",
            'The songs on my Apple Music playlist "Halloween Party 2024 🎃": "Thriller" by Michael Jackson; "Starburster" by Fontaines D.C. And 1 more no longer in the library.',
          ],
        ],
      ],
      [
        "note",
        "applemusic:playlist:256003301",
        "Today's Hits",
        [["made", "User", "user", "2023-02-02T09:00:00.000Z", 'Added the playlist "Today\'s Hits" to my Apple Music library on Thursday 2 February.']],
      ],
    ]);
    // (its songs and description are undated, so a later export adds only what changed)
    expect(notes[0]!.turns.map((t) => t.metadata.undated === true)).toEqual([false, true, true]);
  });

  it("lists the export's folder: reads the activity, library, playlists and likes, and passes over the rest, saying why", async () => {
    const why: Record<string, string> = {};
    const read: string[] = [];
    for (const { file } of importPaths(music)) {
      const name = file.slice(music.length + 1);
      const aside = await passedOverInFolder(file);
      if (aside) {
        why[name] = aside;
        continue;
      }
      expect(await folderFileFormat(file)).toBe("applemusic");
      read.push(name);
    }
    expect(read).toEqual([
      "Apple Music Library Playlists.json",
      "Apple Music Library Tracks.json",
      "Apple Music Likes and Dislikes.csv",
      "Apple Music Play Activity.csv",
    ]);
    expect(why).toEqual({
      "Apple Music - Container Details.csv": "Apple's record of Container Details in its Apple Music export, not what was listened to",
      "Apple Music - Play History Daily Tracks.csv":
        "Apple Music's plays summed by day and song, told from Apple Music Play Activity.csv (import it: this file is read beside it for the artists' names)",
      "Apple Music - Recently Played Tracks.csv":
        "Apple Music's recently played tracks with their totals, told from Apple Music Play Activity.csv (this file is read beside it for the artists' names)",
      "Apple Music - Track Play History.csv": "the last time each track was played, told from Apple Music Play Activity.csv's plays",
      "Apple Music Library Activity.json":
        "a log of the Music app's changes to the library by the tracks' ids: what was added and when is read from Apple Music Library Tracks.json",
      "Identifier Information.json": "Apple's identifiers of the songs played and their titles, no listening of their own",
    });
    // (alone, a file passed over is refused with the same reason)
    const daily = join(music, "Apple Music - Play History Daily Tracks.csv");
    expect(await detectFormat(daily)).toBe("applemusic");
    const refused = await checkImportFile(daily).catch((e: unknown) => e);
    expect([isEmptyNote(refused), whyPassedOver(refused)]).toEqual([
      true,
      "Apple Music's plays summed by day and song, told from Apple Music Play Activity.csv (import it: this file is read beside it for the artists' names), no note",
    ]);
  });

  it("tells the play activity by its header whatever its name, and its neighbours' files apart from it", async () => {
    const renamed = write("elsewhere/plays.csv", activity(SATURDAY));
    expect(await detectFormat(renamed)).toBe("applemusic");
    // (read with --format too; alone, with no library beside it, its songs are told without an artist but Apple's)
    expect(told(await parsedConversations(renamed, "applemusic"))[0]![3][0]![4]).toBe(
      'Had "Starburster" on repeat on Apple Music on Saturday 24 August: played it 4 times between 10:02 and 10:16 (14 minutes in all).',
    );
    expect(appleMusicKind(`${ACTIVITY_COLUMNS.join(",")}\n`)).toBe("activity");
    expect(appleMusicKind(DAILY)).toBe("daily");
    expect(appleMusicKind(RECENT)).toBe("recent");
    expect(appleMusicKind(LIKES)).toBe("likes");
    expect(appleMusicKind(jackson(LIBRARY))).toBe("library");
    expect(appleMusicKind(jackson(PLAYLISTS))).toBe("playlists");
    expect(appleMusicKind('[{\n  "Transaction Type" : "updateUser",')).toBe("libraryactivity");
    expect(appleMusicKind('[ {\n  "Identifier" : "355840053",\n  "Title" : "Mon amant de St-Jean"\n}, {')).toBe("identifiers");
    // (Spotify's extended history, Netflix's viewing activity and a plain table are not Apple Music's)
    expect(appleMusicKind('[\n  {\n    "ts": "2026-10-10T10:05:44Z",\n    "platform": "android",\n    "ms_played": 211000,')).toBeNull();
    expect(
      appleMusicKind("Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country\n"),
    ).toBeNull();
    expect(appleMusicKind("Title,Artist,Plays\nStarburster,Fontaines D.C.,4\n")).toBeNull();
    expect(await detectFormat(write("elsewhere/songs.csv", "Title,Artist,Plays\nStarburster,Fontaines D.C.,4\n"))).not.toBe("applemusic");
  });

  it("reads an older export's play activity: its Artist Name and Content Name, every cell quoted, nameless plays passed over", async () => {
    const header =
      '"Apple Id Number","Apple Music Subscription","Artist Name","Build Version","Client IP Address","Content Name","Content Provider","Content Specific Type","Device Identifier","End Position In Milliseconds","End Reason Type","Event End Timestamp","Event Reason Hint Type","Event Received Timestamp","Event Start Timestamp","Event Type","Feature Name","Genre","Item Type","Media Duration In Milliseconds","Media Type","Metrics Bucket Id","Metrics Client Id","Milliseconds Since Play","Offline","Original Title","Play Duration Milliseconds","Source Type","Start Position In Milliseconds","Store Country Name","UTC Offset In Seconds"';
    const rows = [
      '"456135196","true","","","90.63.250.137","","","","21169dd63730bf565a369dd9cb00be73d4e1fc27","258956","NOT_APPLICABLE","2018-04-09T14:15:29.569Z","NOT_SPECIFIED","2018-04-09T14:15:29.575Z","2018-04-09T14:11:10.613Z","PLAY_END","","","AGGREGATE_NON_CATALOG_PLAY_TIME","151092","AUDIO","9374","3zUk5fkzGrNz4TZz90fzulu7DWGV","6","false","","258956","ORIGINATING_DEVICE","0","France","0"',
      '"456135196","true","U2","","90.63.250.137","California (There Is No End to Love)","","","21169dd63730bf565a369dd9cb00be73d4e1fc27","239846","NATURAL_END_OF_TRACK","2018-04-09T18:04:01.000Z","NOT_SPECIFIED","2018-04-09T18:04:01.102Z","2018-04-09T18:00:01.154Z","PLAY_END","my-music","Rock","ITUNES_STORE_CONTENT","239846","AUDIO","9374","3zUk5fkzGrNz4TZz90fzulu7DWGV","6","false","","239846","ORIGINATING_DEVICE","0","France","7200"',
    ];
    const file = write("older/Apple Music Play Activity.csv", `${header}\n${rows.join("\n")}\n`);
    expect(await detectFormat(file)).toBe("applemusic");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "note",
        "applemusic:day:2018-04-09",
        "Apple Music listening, 9 April 2018",
        [
          [
            "songs played once",
            "User",
            "user",
            "2018-04-09T20:00:00.000Z",
            'Listened to "California (There Is No End to Love)" by U2 on Apple Music on Monday 9 April at 20:00.',
          ],
        ],
      ],
    ]);
  });

  it("counts how far the playhead moved, never past the song's length: a stuck timer's hours are the song once", async () => {
    const file = write(
      "stuck/Apple Music Play Activity.csv",
      activity([
        { song: "Starburster", album: "Romance", from: "UNKNOWN", start: "2024-08-26T18:00:00.000Z", ms: 9_000_000, length: 211_000 },
        { song: "Starburster", album: "Romance", from: "UNKNOWN", start: "2024-08-26T20:40:00.000Z", ms: 211_000 },
      ]),
    );
    expect(told(await parsedConversations(file))[0]![3].map((t) => t[4])).toEqual([
      'Listened to "Starburster" on Apple Music 2 times on Monday 26 August, between 21:26 and 21:43 (7 minutes in all).',
    ]);
  });

  it("adds nothing when imported again, and from a later export only the days new since", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = join(exportFolder("later-1"), "Apple Music Play Activity.csv");
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "applemusic", added: 3, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 3 });
      const later = join(exportFolder("later-2", [...SATURDAY, ...SUNDAY]), "Apple Music Play Activity.csv");
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 1, duplicates: 3 });
    } finally {
      db.close();
    }
  });

  it("names the file and the line and column a bad file goes wrong at, and stores nothing", async () => {
    const badTime = write("bad/time/Apple Music Play Activity.csv", activity(SATURDAY).replace("2024-08-24T09:09:03.000Z", "24/08/2024 10:09"));
    expect((await importErrorOf(validateExport(badTime))).message).toBe(
      'Apple Music Play Activity.csv: line 4, "Event End Timestamp": expected a time as Apple writes it, "2024-08-23T07:14:12.381Z", got "24/08/2024 10:09"',
    );
    const badMs = write(
      "bad/ms/Apple Music Play Activity.csv",
      activity([{ ...SATURDAY[1]!, ms: 211_000 }]).replace(/,211000,Starburster,/, ",3 min,Starburster,"),
    );
    expect((await importErrorOf(validateExport(badMs))).message).toBe(
      'Apple Music Play Activity.csv: line 2, "Play Duration Milliseconds": expected the milliseconds played, a number, got "3 min"',
    );
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, badTime)).rejects.toThrow(/line 4/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    const badAdded = write("bad/library/Apple Music Library Tracks.json", jackson([LIBRARY[0], { ...LIBRARY[1], "Date Added To Library": "23/08/2024" }]));
    expect((await importErrorOf(validateExport(badAdded))).message).toBe(
      'Apple Music Library Tracks.json: [1]."Date Added To Library": expected a time as Apple writes it, "2024-08-23T07:12:44Z", got "23/08/2024"',
    );
    const badItems = write("bad/playlists/Apple Music Library Playlists.json", jackson([{ ...PLAYLISTS[0], "Playlist Item Identifiers": "182857514" }]));
    expect((await importErrorOf(validateExport(badItems))).message).toBe(
      'Apple Music Library Playlists.json: [0]."Playlist Item Identifiers": expected the tracks\' identifiers, an array, got "182857514"',
    );
    // (only skips: no note)
    const skips = write("bad/skips/Apple Music Play Activity.csv", activity([SATURDAY[5]!]));
    expect((await importErrorOf(validateExport(skips))).message).toBe(
      "Apple Music Play Activity.csv: line 2: the note has no text: an Apple Music play activity with no play of 30 seconds or more",
    );
    // (a file Apple did not write, forced as applemusic)
    const other = await importErrorOf(validateExport(write("bad/other.csv", "Title,Artist\nx,y\n"), { format: "applemusic" }));
    expect(other.message).toMatch(/^other\.csv: byte 0: not a file of Apple Music's export/);
  });
});
