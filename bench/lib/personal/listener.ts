/**
 * The listener: Ellie, in York, lives with Spotify on: a first-dance shortlist for her friends Jess and
 * Tom's wedding, a playlist for her Sunday long runs, The Rest Is History on the train, and, after seeing
 * Fontaines D.C. on Friday 9 October, "Starburster" on repeat for a week. On 28 November 2026 she asks
 * Spotify for her data (Account → Privacy settings → Download your data: "Account data", which comes in
 * a day, and "Extended streaming history", which comes later), unzips both `my_spotify_data.zip` files into
 * one folder and imports it (`engram import Spotify`). Each file as Spotify writes it:
 * - `Spotify Account Data/` (Jackson's pretty printer: `"key" : value`, two spaces a level, `[ {` … `}, {`
 *   … `} ]`, `[ ]` when empty): `StreamingHistory_music_0.json` (`[ { "endTime" : "2026-10-10 10:05",
 *   "artistName", "trackName", "msPlayed" } ]`, the end of each play in UTC to the minute, skips of a
 *   few seconds too), `StreamingHistory_podcast_0.json` (`{ endTime, podcastName, episodeName, msPlayed
 *   }`), `Playlist1.json` (`{ "playlists" : [ { name, lastModifiedDate, collaborators, items: [ { track: {
 *   trackName, artistName, albumName, trackUri }, episode, audiobook, localTrack, addedDate } ],
 *   description, numberOfFollowers } ] }`), `YourLibrary.json` (`{ tracks: [ { artist, album, track, uri }
 *   ], albums, shows: [ { name, publisher, uri } ], episodes, bannedTracks, artists, bannedArtists, other
 *   }`), `SearchQueries.json` (each search as she typed it, `"searchTime" : "2026-10-08T19:20:01.223Z[UTC]"`),
 *   `Userdata.json`, `Identity.json`, `Inferences.json`, `Payments.json`, `Follow.json`, `Marquee.json` and
 *   Spotify's `Read_Me_First.pdf`;
 * - `Spotify Extended Streaming History/` (two-space JSON, `"key": value`): `Streaming_History_Audio_2025-
 *   2026_0.json` and `Streaming_History_Audio_2026_1.json`, the same plays to the second, split where the
 *   first file ends (in the middle of Friday 16 October), each `{ ts, platform, ms_played, conn_country,
 *   ip_addr, master_metadata_track_name, master_metadata_album_artist_name,
 *   master_metadata_album_album_name, spotify_track_uri, episode_name, episode_show_name,
 *   spotify_episode_uri, audiobook_title, audiobook_uri, audiobook_chapter_uri, audiobook_chapter_title,
 *   reason_start, reason_end, shuffle, skipped, offline, offline_timestamp, incognito_mode }`.
 * Checked against public readers of the download (an account-data listing with StreamingHistory_music_N,
 * _podcast_N and _audiobook_N, Playlist1.json's and YourLibrary.json's pretty-printed samples and
 * SearchQueries.json's "[UTC]" times from a write-up of a 2025 download; importers' fixtures of
 * Playlist1.json with `description` and `numberOfFollowers`; a study of 2025–2026 extended histories: the
 * 23 keys, `ip_addr`, files split in time order across `_N`, "[\n  {"). Hand-written by the developers
 * while trying Engram as its users would, in session 35, before Engram could read a Spotify download (the
 * first run's figures are in bench/README.md). With it, the questions such a person asks later and the words
 * a right answer holds, and questions nothing here answers.
 */
import { pdfDocument } from "../../../test/fixtures/documents.js";
import type { Person, PersonFile } from "./types.js";

const FOLDER = "Spotify";
const ACCOUNT = `${FOLDER}/Spotify Account Data`;
const EXTENDED = `${FOLDER}/Spotify Extended Streaming History`;
/** When the account data was downloaded, and when the extended history came. */
const ACCOUNT_AT = Date.UTC(2026, 10, 28, 10, 12);
const EXTENDED_AT = Date.UTC(2026, 10, 29, 18, 40);

/**
 * A JSON value as Jackson's default pretty printer writes it (Spotify's account data): `"key" : value`, two
 * spaces a level, an array's items on its line, `[ ]` and `{ }` when empty.
 */
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

/** A song: its name, artist, album, Spotify id and length (ms). */
interface Song {
  name: string;
  artist: string;
  album: string;
  id: string;
  ms: number;
}
/** A podcast episode: its name, show, Spotify id and length (ms). */
interface Episode {
  name: string;
  show: string;
  id: string;
  ms: number;
}

const song = (name: string, artist: string, album: string, id: string, ms: number): Song => ({ name, artist, album, id, ms });
const episode = (name: string, show: string, id: string, ms: number): Episode => ({ name, show, id, ms });

const STARBURSTER = song("Starburster", "Fontaines D.C.", "Romance", "6Zf9R0kDDyx3zUmhSX7HLP", 211_000);
const FAVOURITE = song("Favourite", "Fontaines D.C.", "Romance", "1WRiP9rE5Nt0yVxbFJSRbf", 221_000);
const MODERN_WORLD = song("In the Modern World", "Fontaines D.C.", "Romance", "0NSokMRlRk1LjPQqwCDLNG", 227_000);
const BETTER_LAND = song("Boys in the Better Land", "Fontaines D.C.", "Dogrel", "2T0b1hRlvsKyhj1cT6jSQa", 151_000);
const MAKE_YOU_FEEL = song("Make You Feel My Love", "Adele", "19", "0Mm8fDt1iX6Rb7k6YHkPyO", 212_000);
const AT_LAST = song("At Last", "Etta James", "At Last!", "4Hhv2vrOTy89HFRcjU3QOx", 179_000);
const FIRST_DAY = song("First Day of My Life", "Bright Eyes", "I'm Wide Awake, It's Morning", "7Ie9W94M7OjPoZVV216Xus", 188_000);
const CANT_HELP = song("Can't Help Falling in Love", "Elvis Presley", "Blue Hawaii", "44AyOl4qVkzS48vBsbNXaC", 182_000);
const BOOK_OF_LOVE = song("The Book of Love", "Peter Gabriel", "Scratch My Back", "3Fx1DJkK9WJbVD5RflRLLa", 214_000);
const PERFECT = song("Perfect", "Ed Sheeran", "÷ (Deluxe)", "0tgVpDi06FyKpA1z0VMD4v", 263_000);
const GOLDEN_HOUR = song("golden hour", "JVKE", "this is what ____ feels like (Vol. 1-4)", "5odlY52u43F5BjByhxg7wg", 209_000);
const DOG_DAYS = song("Dog Days Are Over", "Florence + The Machine", "Lungs", "1YLJVmuzeM2YSUkCCaTNUB", 252_000);
const BRIGHTSIDE = song("Mr. Brightside", "The Killers", "Hot Fuss", "003vvx7Niy0yvhvHt4a68B", 222_000);
const RUN_BOY_RUN = song("Run Boy Run", "Woodkid", "The Golden Age", "2V5zMUYfrBTOmbGDzoUAtq", 217_000);
const TITANIUM = song("Titanium (feat. Sia)", "David Guetta", "Nothing but the Beat", "0lHAMNU8RGiIObScrsRgmP", 245_000);
const DONT_STOP = song("Don't Stop Me Now - Remastered 2011", "Queen", "Jazz (2011 Remaster)", "5T8EDUDqKcs6OSOwEsfqG7", 209_000);
const LOSE_YOURSELF = song("Lose Yourself", "Eminem", "Curtain Call: The Hits", "1v7L65Lzy0j0vdpRjJewt1", 326_000);
const CHAISE_LONGUE = song("Chaise Longue", "Wet Leg", "Wet Leg", "4cOXu9NUP9ntCtQFojeLjZ", 196_000);
const ESPRESSO = song("Espresso", "Sabrina Carpenter", "Short n' Sweet", "2qSkIjg1o9h3YT9RAgYN75", 175_000);
const PINK_PONY = song("Pink Pony Club", "Chappell Roan", "The Rise and Fall of a Midwest Princess", "1k2pQc5i348DCHwbn5KTdc", 258_000);
const DREAMS = song("Dreams - 2004 Remaster", "Fleetwood Mac", "Rumours (Super Deluxe)", "0ofHAoxe9vBkTCp2UQIavz", 257_000);
const EVERYBODYS_CHANGING = song("Everybody's Changing", "Keane", "Hopes and Fears", "2Rs0d0cnsNRkgz3DxG5eUf", 216_000);
const AIWFCIY = song("All I Want for Christmas Is You", "Mariah Carey", "Merry Christmas", "0bYg9bo50gSsH3LtXe2SQn", 241_000);
const FAIRYTALE = song("Fairytale of New York (feat. Kirsty MacColl)", "The Pogues", "If I Should Fall from Grace with God", "3Ka8UUOuH2AwWf4A9Xq2Ja", 276_000);

const REST_IS_HISTORY = "The Rest Is History";
const TITANIC = episode("600. The Titanic: A Night to Remember (Part 1)", REST_IS_HISTORY, "2nXvXh4QzW1dDj3kC8S0bF", 2_905_000);
const CALIGULA = episode("609. Caligula: Rome's Mad Emperor", REST_IS_HISTORY, "5yT0lGUgI1k1bHqQ7ZpS4c", 3_310_000);
const GUNPOWDER_1 = episode("612. The Gunpowder Plot: Treason (Part 1)", REST_IS_HISTORY, "3aP1m3uB7kQw9Jr2sTfX0d", 2_760_000);
const GUNPOWDER_2 = episode("613. The Gunpowder Plot: Remember, Remember (Part 2)", REST_IS_HISTORY, "6bQ2n4vC8lRx0Ks3tUgY1e", 2_980_000);
const NIGELLA = episode("Nigella Lawson, cook and writer", "Desert Island Discs", "0cR3o5wD9mSy1Lt4uVhZ2f", 2_520_000);

/** A play: when it ended (epoch ms, UTC), what was played, for how long, and why it started and ended. */
interface Play {
  end: number;
  what: Song | Episode;
  ms: number;
  start: string;
  stop: string;
  shuffle: boolean;
}

const isSong = (what: Song | Episode): what is Song => "artist" in what;

/**
 * A listening session from `start` (ISO, UTC): each item played back to back (whole, unless a length is
 * given: a skip after a few seconds, or an episode stopped partway), the first clicked, the rest following.
 */
function session(start: string, items: Array<Song | Episode | [Song | Episode, number]>, shuffle = false): Play[] {
  let at = Date.parse(start);
  const plays: Play[] = [];
  items.forEach((item, i) => {
    const [what, ms] = Array.isArray(item) ? item : [item, item.ms];
    at += ms + 1_400;
    const skipped = ms < what.ms;
    plays.push({ end: at, what, ms, start: i === 0 ? "clickrow" : "trackdone", stop: skipped ? (isSong(what) ? "fwdbtn" : "endplay") : "trackdone", shuffle });
  });
  return plays;
}

/** `song` `n` times over. */
const times = (n: number, s: Song): Song[] => Array.from({ length: n }, () => s);

const RUN = [DOG_DAYS, BRIGHTSIDE, RUN_BOY_RUN, TITANIUM, DONT_STOP, LOSE_YOURSELF];
const RUN_WITH_STARBURSTER = [DOG_DAYS, BRIGHTSIDE, STARBURSTER, RUN_BOY_RUN, TITANIUM, DONT_STOP, LOSE_YOURSELF];

/** Ellie's plays, in time order: Christmas 2025, then the autumn of 2026. */
const PLAYS: Play[] = [
  ...session("2025-12-20T17:40:00Z", [AIWFCIY, FAIRYTALE, [ESPRESSO, 9_000], AIWFCIY]),
  ...session("2025-12-24T19:05:00Z", [FAIRYTALE, AIWFCIY, DREAMS]),
  ...session("2026-09-27T07:58:00Z", RUN),
  ...session("2026-09-30T18:20:00Z", [DREAMS, EVERYBODYS_CHANGING, [PINK_PONY, 14_000], CHAISE_LONGUE], true),
  ...session("2026-10-04T07:55:00Z", RUN),
  ...session("2026-10-04T19:30:00Z", [MAKE_YOU_FEEL, AT_LAST, FIRST_DAY, AT_LAST]),
  ...session("2026-10-09T16:45:00Z", [BETTER_LAND, MODERN_WORLD, STARBURSTER, FAVOURITE]),
  ...session("2026-10-10T10:02:00Z", [...times(5, STARBURSTER), FAVOURITE, [MODERN_WORLD, 11_000], ...times(2, STARBURSTER)]),
  ...session("2026-10-10T21:30:00Z", [STARBURSTER, FAVOURITE, STARBURSTER]),
  ...session("2026-10-11T07:50:00Z", RUN),
  ...session("2026-10-11T20:10:00Z", [CANT_HELP, BOOK_OF_LOVE, MAKE_YOU_FEEL, BOOK_OF_LOVE]),
  ...session("2026-10-12T07:12:00Z", [...times(4, STARBURSTER), BETTER_LAND]),
  ...session("2026-10-12T17:35:00Z", [STARBURSTER, STARBURSTER, [CHAISE_LONGUE, 6_000]]),
  ...session("2026-10-14T07:10:00Z", [[TITANIC, 2_470_000]]),
  ...session("2026-10-14T18:02:00Z", [...times(5, STARBURSTER), FAVOURITE]),
  ...session("2026-10-16T07:15:00Z", [...times(3, STARBURSTER), MODERN_WORLD, STARBURSTER]),
  // (the first file of the extended history ends here, at 07:36 on Friday 16 October; the second starts at 17:40)
  ...session("2026-10-16T17:40:00Z", [STARBURSTER, [ESPRESSO, 7_000], STARBURSTER, STARBURSTER]),
  ...session("2026-10-18T08:05:00Z", RUN_WITH_STARBURSTER),
  ...session("2026-10-18T19:00:00Z", [STARBURSTER, FAVOURITE, STARBURSTER]),
  ...session("2026-10-24T11:20:00Z", [PINK_PONY, ESPRESSO, CHAISE_LONGUE, [DREAMS, 12_000], PINK_PONY, ESPRESSO], true),
  ...session("2026-11-01T08:10:00Z", RUN_WITH_STARBURSTER),
  ...session("2026-11-01T12:30:00Z", [NIGELLA]),
  ...session("2026-11-01T20:15:00Z", [PERFECT, AT_LAST, [PERFECT, 8_000], BOOK_OF_LOVE]),
  ...session("2026-11-04T19:10:00Z", [CALIGULA]),
  ...session("2026-11-08T08:00:00Z", RUN_WITH_STARBURSTER),
  ...session("2026-11-10T07:31:00Z", [GUNPOWDER_1]),
  ...session("2026-11-10T18:45:00Z", [DREAMS, EVERYBODYS_CHANGING], true),
  ...session("2026-11-12T07:32:00Z", [[GUNPOWDER_2, 2_640_000]]),
  ...session("2026-11-12T19:20:00Z", [FAVOURITE, CHAISE_LONGUE, STARBURSTER, PINK_PONY], true),
  ...session("2026-11-15T08:20:00Z", RUN_WITH_STARBURSTER),
  ...session("2026-11-15T20:40:00Z", [GOLDEN_HOUR, GOLDEN_HOUR, CANT_HELP, [FIRST_DAY, 10_000], GOLDEN_HOUR]),
  ...session("2026-11-22T08:15:00Z", RUN_WITH_STARBURSTER),
  ...session("2026-11-26T19:50:00Z", [BOOK_OF_LOVE, GOLDEN_HOUR, AT_LAST, MAKE_YOU_FEEL, CANT_HELP, PERFECT, FIRST_DAY], true),
];

/** Where the extended history's first file ends: the plays before this time are in it. */
const SPLIT = Date.parse("2026-10-16T12:00:00Z");

/** A time to the second, as the extended history writes `ts`: "2026-10-10T10:05:44Z". */
const ts = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
/** A time to the minute, as the account data writes `endTime`: "2026-10-10 10:05". */
const endTime = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace("T", " ");

/** A play as the extended history writes it (the 23 keys of 2025–2026 downloads). */
function extended(p: Play): Record<string, unknown> {
  const track = isSong(p.what) ? p.what : null;
  const show = isSong(p.what) ? null : p.what;
  return {
    ts: ts(p.end),
    platform: p.end < Date.parse("2026-11-01T00:00:00Z") ? "android" : "ios",
    ms_played: p.ms,
    conn_country: "GB",
    ip_addr: "192.0.2.41",
    master_metadata_track_name: track?.name ?? null,
    master_metadata_album_artist_name: track?.artist ?? null,
    master_metadata_album_album_name: track?.album ?? null,
    spotify_track_uri: track ? `spotify:track:${track.id}` : null,
    episode_name: show?.name ?? null,
    episode_show_name: show?.show ?? null,
    spotify_episode_uri: show ? `spotify:episode:${show.id}` : null,
    audiobook_title: null,
    audiobook_uri: null,
    audiobook_chapter_uri: null,
    audiobook_chapter_title: null,
    reason_start: p.start,
    reason_end: p.stop,
    shuffle: p.shuffle,
    skipped: p.stop === "fwdbtn",
    offline: false,
    offline_timestamp: Math.floor((p.end - p.ms) / 1000),
    incognito_mode: false,
  };
}

/** A playlist's item as Playlist1.json writes it: the track, and the day it was added. */
function item(s: Song, added: string): Record<string, unknown> {
  return {
    track: { trackName: s.name, artistName: s.artist, albumName: s.album, trackUri: `spotify:track:${s.id}` },
    episode: null,
    audiobook: null,
    localTrack: null,
    addedDate: added,
  };
}

const PLAYLISTS = {
  playlists: [
    {
      name: "Jess & Tom – first dance shortlist 💍",
      lastModifiedDate: "2026-11-15",
      collaborators: [],
      items: [
        item(MAKE_YOU_FEEL, "2026-10-04"),
        item(AT_LAST, "2026-10-04"),
        item(FIRST_DAY, "2026-10-04"),
        item(CANT_HELP, "2026-10-11"),
        item(BOOK_OF_LOVE, "2026-10-11"),
        item(PERFECT, "2026-11-01"),
        item(GOLDEN_HOUR, "2026-11-15"),
      ],
      description:
        "Ideas for Jess & Tom's first dance – wedding Saturday 12 December at Middleton Lodge. Jess wants slow, Tom wants something everyone can join in with",
      numberOfFollowers: 1,
    },
    {
      name: "Sunday long run 🏃‍♀️",
      lastModifiedDate: "2026-10-12",
      collaborators: [],
      items: [
        item(DOG_DAYS, "2026-08-30"),
        item(BRIGHTSIDE, "2026-08-30"),
        item(STARBURSTER, "2026-10-12"),
        item(RUN_BOY_RUN, "2026-08-30"),
        item(TITANIUM, "2026-08-30"),
        item(DONT_STOP, "2026-09-06"),
        item(LOSE_YOURSELF, "2026-09-06"),
      ],
      description: "Yorkshire Marathon training – nothing under 160 bpm",
      numberOfFollowers: 0,
    },
  ],
};

const libraryTrack = (s: Song) => ({ artist: s.artist, album: s.album, track: s.name, uri: `spotify:track:${s.id}` });

const LIBRARY = {
  tracks: [STARBURSTER, FAVOURITE, GOLDEN_HOUR, RUN_BOY_RUN, CHAISE_LONGUE, PINK_PONY, DREAMS, EVERYBODYS_CHANGING].map(libraryTrack),
  albums: [
    { artist: "Fontaines D.C.", album: "Romance", uri: "spotify:album:07w0rG5TETcyihsEIZR3qG" },
    { artist: "Fleetwood Mac", album: "Rumours (Super Deluxe)", uri: "spotify:album:0BwWUstDMUbgq2NYONRqlu" },
  ],
  shows: [{ name: REST_IS_HISTORY, publisher: "Goalhanger", uri: "spotify:show:7Cvsbcjhtur7nplC148TWy" }],
  episodes: [],
  bannedTracks: [],
  artists: [
    { name: "Fontaines D.C.", uri: "spotify:artist:7P3pzFDbLnsXoADwKMnvux" },
    { name: "Wet Leg", uri: "spotify:artist:2TwOrUcYnAlIiKmVQkkoSZ" },
  ],
  bannedArtists: [],
  other: [],
};

/** Her searches as Spotify logs them: each as typed so far, with what she picked from its results. */
const SEARCHES = [
  ["ANDROID", "2026-10-08T19:20:01.223Z[UTC]", "font", []],
  ["ANDROID", "2026-10-08T19:20:02.904Z[UTC]", "fontaines", ["spotify:artist:7P3pzFDbLnsXoADwKMnvux"]],
  ["ANDROID", "2026-10-08T19:21:40.118Z[UTC]", "fontaines manchester apollo setlist", []],
  ["ANDROID", "2026-10-04T19:12:09.650Z[UTC]", "first dance songs", ["spotify:playlist:37i9dQZF1DX7SXmV4oFL1U"]],
  ["", "2026-11-15T20:35:51.027Z[UTC]", "golden hour", ["spotify:track:5odlY52u43F5BjByhxg7wg"]],
].map(([platform, searchTime, searchQuery, searchInteractionURIs]) => ({ platform, searchTime, searchQuery, searchInteractionURIs }));

const account = (name: string, value: unknown): PersonFile => ({ name: `${ACCOUNT}/${name}`, text: jackson(value), mtime: ACCOUNT_AT });

const FILES: PersonFile[] = [
  account(
    "StreamingHistory_music_0.json",
    PLAYS.filter((p) => isSong(p.what)).map((p) => {
      const s = p.what as Song;
      return { endTime: endTime(p.end), artistName: s.artist, trackName: s.name, msPlayed: p.ms };
    }),
  ),
  account(
    "StreamingHistory_podcast_0.json",
    PLAYS.filter((p) => !isSong(p.what)).map((p) => {
      const e = p.what as Episode;
      return { endTime: endTime(p.end), podcastName: e.show, episodeName: e.name, msPlayed: p.ms };
    }),
  ),
  account("StreamingHistory_audiobook_0.json", []),
  account("Playlist1.json", PLAYLISTS),
  account("YourLibrary.json", LIBRARY),
  account("SearchQueries.json", SEARCHES),
  account("Userdata.json", {
    username: "31x7ellierhodesq",
    email: "ellie.rhodes@example.com",
    country: "GB",
    createdFromFacebook: false,
    facebookUid: null,
    birthdate: "1994-03-02",
    gender: "female",
    postalCode: null,
    mobileNumber: null,
    mobileOperator: null,
    mobileBrand: null,
    creationTime: "2014-06-21",
  }),
  account("Identity.json", {
    displayName: "Ellie Rhodes",
    firstName: "Ellie",
    lastName: "Rhodes",
    imageUrl: "https://i.scdn.co/image/ab6775700000ee8555c25988a6ac314394d3fbf5",
    largeImageUrl: "https://i.scdn.co/image/ab6775700000ee8555c25988a6ac314394d3fbf5",
    tasteMaker: false,
    verified: false,
  }),
  account("Inferences.json", {
    inferences: ["1P_Custom_Running_Enthusiasts", "1P_Podcast_Listeners_History", "3P_Custom_Wedding_Planning", "2P_Travel_Rail_Commuters_UK"],
  }),
  account("Payments.json", { payment_method: "Visa", country: "GB", postal_code: "YO31", creation_date: "2019-05-02" }),
  account("Follow.json", { followerCount: 14, followingUsersCount: 22, dismissingUsersCount: 0 }),
  account("Marquee.json", [
    { artistName: "Fontaines D.C.", segment: "Super Listeners" },
    { artistName: "Fleetwood Mac", segment: "Moderate listeners" },
  ]),
  {
    name: `${ACCOUNT}/Read_Me_First.pdf`,
    text: pdfDocument(
      [
        {
          blocks: [
            { text: "Read Me First", size: 18, bold: true },
            { text: "Your Spotify data. This package holds a copy of the personal data Spotify has about you, in JSON files." },
            { text: "Streaming History: the songs, podcasts and videos you listened to in the past year, with the time each stream ended (UTC)." },
            { text: "Playlist: the playlists you created or saved. Your Library: the songs, albums, shows and artists you saved." },
          ],
        },
      ],
      { title: "Read Me First", created: new Date(ACCOUNT_AT) },
    ),
    mtime: ACCOUNT_AT,
  },
  {
    name: `${EXTENDED}/Streaming_History_Audio_2025-2026_0.json`,
    text: JSON.stringify(PLAYS.filter((p) => p.end < SPLIT).map(extended), null, 2),
    mtime: EXTENDED_AT,
  },
  {
    name: `${EXTENDED}/Streaming_History_Audio_2026_1.json`,
    text: JSON.stringify(PLAYS.filter((p) => p.end >= SPLIT).map(extended), null, 2),
    mtime: EXTENDED_AT,
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What was that song I had on repeat in October?", expect: ["Starburster"] },
  { question: "Who sings the song I had on repeat in October?", expect: ["Fontaines"] },
  { question: "Which podcast episode did I listen to on the way to Leeds on 12 November?", expect: ["Gunpowder Plot", "Part 2"] },
  { question: "Which Rest Is History episode did I listen to on 4 November?", expect: ["Caligula"] },
  { question: "Which Desert Island Discs episode did I listen to?", expect: ["Nigella"] },
  { question: "When is Jess and Tom's wedding?", expect: ["12 December"] },
  { question: "Which Peter Gabriel song is on the first dance shortlist?", expect: ["Book of Love"] },
  { question: "When did I add golden hour to the first dance shortlist?", expect: ["15 November"] },
  { question: "Which Woodkid song is on my running playlist?", expect: ["Run Boy Run"] },
  { question: "Which podcast do I follow on Spotify?", expect: ["The Rest Is History"] },
  { question: "Which Fontaines D.C. album did I save?", expect: ["Romance"] },
  { question: "Where did I see Fontaines D.C. live?", expect: null },
  { question: "Which song did Jess and Tom choose for their first dance?", expect: null },
  { question: "How much do I pay for Spotify Premium?", expect: null },
];

/** Ellie: her Spotify account data and extended streaming history, unzipped into one folder and imported as one, asked on Monday 30 November 2026. */
export const listener: Person = {
  name: "listener",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 30, 20, 0),
  questions: QUESTIONS,
};
