/**
 * The Apple Music listener: Niamh, in Dublin, lives with Apple Music on her iPhone and the HomePod in her
 * flat: "Starburster" since the day Fontaines D.C. put it out, their album "Romance" the morning it came out,
 * a playlist for her Sunday runs in Phoenix Park, Kneecap and Nick Cave on the way to work, and her
 * Halloween party on Thursday 31 October with the HomePod on her own playlist. On 3 December 2024 she asks
 * Apple for a copy of her data (privacy.apple.com → Request a copy of your data → Apple Media Services
 * information), unzips what comes (`Apple Media Services information/Apple_Media_Services.zip`, in it
 * `Apple_Media_Services/Apple Music Activity/`, the library's JSON files zipped once more,
 * `Apple Music Library Tracks.json.zip`, which she unzips beside them) and imports the folder
 * (`engram import "Apple Media Services information"`). Each file as Apple writes it:
 * - `Apple Music Play Activity.csv`: a row per player event, the 118 columns of a 2023–2024 export in
 *   Apple's (alphabetical) order, cells quoted only where they hold a comma or a quote, LF line ends; no
 *   artist column (the track's artist is not in it: "Container Artist Name" is an artist page's, empty
 *   here), `Song Name`, `Album Name`, `Container Album Name` (an album played from), `Container Name` (a
 *   playlist's name; a library album's id, "l.jYq3HfR", for an album), `Container Type` (ALBUM, PLAYLIST,
 *   RADIO, UNKNOWN), `Event Type` (PLAY_START with no end, PLAY_END, LYRIC_DISPLAY), `Event Start
 *   Timestamp` and `Event End Timestamp` in UTC to the millisecond ("2024-08-23T07:14:12.381Z"), `UTC Offset
 *   In Seconds` (3600 in Irish summer time, 0 from 27 October), `Play Duration Milliseconds`, `Media Duration
 *   In Milliseconds`, `End Reason Type` (NATURAL_END_OF_TRACK, TRACK_SKIPPED_FORWARDS,
 *   PLAYBACK_MANUALLY_PAUSED, MANUALLY_SELECTED_PLAYBACK_OF_A_DIFF_ITEM), a song paused and taken up again two
 *   PLAY_END rows;
 * - `Apple Music - Play History Daily Tracks.csv` (`Country,Track Identifier,Media type,Date Played,Hours,Play
 *   Duration Milliseconds,End Reason Type,Source Type,Play Count,Skip Count,Ignore For Recommendations,Track
 *   Reference,Track Description`: a row per song and day, "20240824", hours "10, 21", "Fontaines D.C. -
 *   Starburster"), `Apple Music - Recently Played Tracks.csv` (its header's "Last End Reason Tyoe" as Apple
 *   spells it) and `Apple Music - Track Play History.csv` (`Track Name,Last Played Date,Is User Initiated`);
 * - `Apple Music Library Tracks.json` (Jackson's pretty printer, `[ {\n  "Content Type" : "Song", …`: each
 *   track's `Track Identifier`, `Title`, `Artist`, `Album`, `Date Added To Library`, `Playlist Only Track`,
 *   `Track Like Rating`, `Favorite Status - Track`, `Favorite Date - Track` …), `Apple Music Library
 *   Playlists.json` (`Container Type` Playlist / Subscribed Playlist, `Container Identifier`, `Title`,
 *   `Description`, `Playlist Item Identifiers` (the tracks' `Track Identifier`s), `Added Date`, …), `Apple
 *   Music Likes and Dislikes.csv` (`"Item Description",Preference,Created,"Last Modified","Item Reference"`,
 *   CRLF, LOVE or DISLIKE), `Apple Music Library Activity.json` and `Identifier Information.json`.
 * Checked against public readers and samples of the export: a real Play Activity sample of 2015–2023 rows
 * (nerveband/Apple-Music-Play-History-Converter's `_test_csvs/`, with its Daily Tracks and Recently Played
 * Tracks files: their headers copied here), acoullandreau/apple_music_analyser's test archive (an older Play
 * Activity with `Artist Name` and `Content Name`, Library Tracks.json pretty-printed, Likes and Dislikes.csv,
 * Library Activity.json, Identifier Information.json), playlisty/am_restore (the archive's layout, the
 * `.json.zip` files, Playlist Item Identifiers as Track Identifiers, LOVE and DISLIKE), a 2026 export's
 * column guide (no Artist Name; Container Name a playlist's or station's name), a Library Playlists data
 * dictionary and Elbert's notes on a 2022–2026 export (a row a segment: PLAY_END at every pause; only end
 * times are clock readings). Hand-written by the developers while trying Engram as its users would, in
 * session 37, before Engram could read an Apple Music export (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer holds,
 * and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

const FOLDER = "Apple Media Services information";
const ACTIVITY = `${FOLDER}/Apple_Media_Services/Apple Music Activity`;
/** When the export was unzipped. */
const EXPORTED_AT = Date.UTC(2024, 11, 3, 18, 20);

/** A song: title, artist, album, its catalogue id, its library id, length (ms), its place on its album and the album's songs. */
interface Song {
  title: string;
  artist: string;
  album: string;
  id: number;
  library: number;
  ms: number;
  track: number;
  of: number;
}

/** The library's Track Identifiers given so far: each song the next, 4 on. */
let songsMade = 0;
const song = (title: string, artist: string, album: string, id: number, ms: number, track = 1, of = 1): Song => {
  songsMade++;
  return { title, artist, album, id, library: 182_857_498 + 4 * songsMade, ms, track, of };
};

const FD = "Fontaines D.C.";
const ROMANCE = "Romance";
const ROMANCE_TRACKS: Song[] = [
  song("Romance", FD, ROMANCE, 1737041851, 203_000, 1, 11),
  song("Starburster", FD, ROMANCE, 1737041852, 211_000, 2, 11),
  song("Here's the Thing", FD, ROMANCE, 1737041853, 228_000, 3, 11),
  song("Desire", FD, ROMANCE, 1737041854, 263_000, 4, 11),
  song("In the Modern World", FD, ROMANCE, 1737041855, 227_000, 5, 11),
  song("Bug", FD, ROMANCE, 1737041856, 180_000, 6, 11),
  song("Motorcycle Boy", FD, ROMANCE, 1737041857, 245_000, 7, 11),
  song("Sundowner", FD, ROMANCE, 1737041858, 232_000, 8, 11),
  song("Horseness Is the Whatness", FD, ROMANCE, 1737041859, 198_000, 9, 11),
  song("Death Kink", FD, ROMANCE, 1737041860, 164_000, 10, 11),
  song("Favourite", FD, ROMANCE, 1737041861, 221_000, 11, 11),
];
const STARBURSTER = ROMANCE_TRACKS[1]!;
const FAVOURITE = ROMANCE_TRACKS[10]!;
const HERES_THE_THING = ROMANCE_TRACKS[2]!;
const IN_THE_MODERN_WORLD = ROMANCE_TRACKS[4]!;
const STARBURSTER_SINGLE = song("Starburster", FD, "Starburster - Single", 1737000101, 211_000);

const KNEECAP = "Kneecap";
const FINE_ART: Song[] = [
  song("Fine Art", KNEECAP, "Fine Art", 1745390301, 196_000, 1, 15),
  song("3CAG", KNEECAP, "Fine Art", 1745390302, 184_000, 2, 15),
  song("Sick in the Head", KNEECAP, "Fine Art", 1745390303, 201_000, 4, 15),
  song("Better Way to Live (feat. Grian Chatten)", KNEECAP, "Fine Art", 1745390304, 236_000, 7, 15),
];

const CAVE = "Nick Cave & The Bad Seeds";
const WILD_GOD: Song[] = [
  song("Song of the Lake", CAVE, "Wild God", 1736228701, 295_000, 1, 10),
  song("Wild God", CAVE, "Wild God", 1736228702, 262_000, 2, 10),
  song("Frogs", CAVE, "Wild God", 1736228703, 259_000, 3, 10),
  song("Joy", CAVE, "Wild God", 1736228704, 378_000, 4, 10),
  song("Final Rescue Attempt", CAVE, "Wild God", 1736228705, 259_000, 5, 10),
  song("Conversion", CAVE, "Wild God", 1736228706, 378_000, 6, 10),
  song("Cinnamon Horses", CAVE, "Wild God", 1736228707, 283_000, 7, 10),
  song("Long Dark Night", CAVE, "Wild God", 1736228708, 263_000, 8, 10),
  song("O Wow O Wow (How Wonderful She Is)", CAVE, "Wild God", 1736228709, 261_000, 9, 10),
  song("As the Waters Cover the Sea", CAVE, "Wild God", 1736228710, 174_000, 10, 10),
];

const DOG_DAYS = song("Dog Days Are Over", "Florence + The Machine", "Lungs", 1440797712, 252_000);
const BRIGHTSIDE = song("Mr. Brightside", "The Killers", "Hot Fuss", 1440815121, 222_000);
const RUN_BOY_RUN = song("Run Boy Run", "Woodkid", "The Golden Age", 1440778563, 217_000);
const TITANIUM = song("Titanium (feat. Sia)", "David Guetta", "Nothing but the Beat", 1440831624, 245_000);
const DONT_STOP = song("Don't Stop Me Now", "Queen", "Jazz", 1440650711, 209_000);
const RUN = [DOG_DAYS, BRIGHTSIDE, STARBURSTER, RUN_BOY_RUN, TITANIUM, DONT_STOP];

const THRILLER = song("Thriller", "Michael Jackson", "Thriller", 269572838, 357_000);
const MONSTER_MASH = song("Monster Mash", 'Bobby "Boris" Pickett & The Crypt-Kickers', "The Original Monster Mash", 1443174722, 192_000);
const GHOSTBUSTERS = song("Ghostbusters", "Ray Parker Jr.", "Ghostbusters - Single", 1440827571, 239_000);
const WATCHING_ME = song("Somebody's Watching Me", "Rockwell", "Somebody's Watching Me", 1443153110, 239_000);
const ZOMBIE = song("Zombie", "The Cranberries", "No Need to Argue", 1440670523, 306_000);
const DISTURBIA = song("Disturbia", "Rihanna", "Good Girl Gone Bad: Reloaded", 1440854118, 239_000);
const BAD_MOON = song("Bad Moon Rising", "Creedence Clearwater Revival", "Green River", 1440802017, 141_000);
const SPELL = song("I Put a Spell on You", "Screamin' Jay Hawkins", "At Home With Screamin' Jay Hawkins", 1443232210, 145_000);
const DEAD_MANS_PARTY = song("Dead Man's Party", "Oingo Boingo", "Dead Man's Party", 1440774915, 379_000);
const TIME_WARP = song("Time Warp", "Little Nell, Patricia Quinn & Richard O'Brien", "The Rocky Horror Picture Show", 1440890123, 199_000);
const PARTY = [THRILLER, MONSTER_MASH, GHOSTBUSTERS, WATCHING_ME, ZOMBIE, DISTURBIA, BAD_MOON, SPELL, DEAD_MANS_PARTY, TIME_WARP];

const ESPRESSO = song("Espresso", "Sabrina Carpenter", "Short n' Sweet", 1750307020, 175_000);
const GOOD_LUCK_BABE = song("Good Luck, Babe!", "Chappell Roan", "Good Luck, Babe! - Single", 1736254312, 218_000);
const PINK_PONY = song("Pink Pony Club", "Chappell Roan", "The Rise and Fall of a Midwest Princess", 1692803418, 258_000);
const NOBODYS_SOLDIER = song("Nobody's Soldier", "Hozier", "Unheard - EP", 1745123415, 200_000);
const TOO_SWEET = song("Too Sweet", "Hozier", "Unheard - EP", 1745123412, 251_000);
const BIRDS = song("Birds of a Feather", "Billie Eilish", "HIT ME HARD AND SOFT", 1739659142, 210_000);
const CMAT = song("Stay for Something", "CMAT", "CRAZYMAD, FOR ME", 1698401177, 241_000);
const APT = song("APT.", "ROSÉ & Bruno Mars", "APT. - Single", 1772364192, 170_000);

/** Where a play was started from: an album's page, a playlist, or nothing Apple names. */
interface From {
  type: "ALBUM" | "PLAYLIST" | "UNKNOWN";
  albumName?: string;
  name?: string;
  id?: string;
  feature: string;
}
const fromAlbum = (album: string, libraryId: string): From => ({
  type: "ALBUM",
  albumName: album,
  name: libraryId,
  id: libraryId,
  feature: "library / album_detail",
});
const fromPlaylist = (name: string, id: string): From => ({ type: "PLAYLIST", name, id, feature: "library / playlist_detail" });
const LOOSE: From = { type: "UNKNOWN", feature: "search" };

/** A device: its identifier, its user agent, its type. */
interface Device {
  id: string;
  agent: string;
  type: string;
  os: string;
}
const IPHONE: Device = {
  id: "00008110-001A2D4C0E63801E",
  agent: "Music/1.4 iOS/17.6.1 model/iPhone15,2 hwp/t8120 build/21G93 (6; dt:280)",
  type: "IPHONE",
  os: "17.6.1",
};
const HOMEPOD: Device = { id: "6C3E9A1D44F2", agent: "Music/1.0 AudioAccessoryOS/18.0 model/AudioAccessory6,1 build/22J580", type: "HOMEPOD", os: "18.0" };

/** One row of the play activity: a player event. */
interface Event {
  type: "PLAY_START" | "PLAY_END" | "LYRIC_DISPLAY";
  what: Song;
  from: From;
  device: Device;
  /** Start and end (epoch ms, UTC), what was played of it (ms), why it stopped. */
  start: number;
  end: number | null;
  played: number | null;
  reason: string;
  shuffle: boolean;
}

/** Irish time's offset from UTC at `ms` in 2024 (summer time to 01:00 UTC on Sunday 27 October). */
const offsetAt = (ms: number) => (ms < Date.UTC(2024, 9, 27, 1) ? 3600 : 0);

/**
 * A listening session from `local` (the clock in Dublin, "2024-08-23T08:10"): each item played back to back,
 * whole, or for the given ms (a skip, or a pause then taken up again after the given minutes), from `from`.
 */
function session(
  local: string,
  from: From,
  items: Array<Song | [Song, number] | [Song, number, "pause", number]>,
  device: Device = IPHONE,
  shuffle = false,
  withStarts = false,
): Event[] {
  const wall = Date.parse(`${local}:00Z`);
  let at = wall - offsetAt(wall) * 1000;
  const events: Event[] = [];
  for (const item of items) {
    const [what, ms, pause, minutes] = Array.isArray(item) ? item : [item, item.ms];
    if (withStarts) events.push({ type: "PLAY_START", what, from, device, start: at, end: null, played: null, reason: "", shuffle });
    if (pause === "pause") {
      events.push({ type: "PLAY_END", what, from, device, start: at, end: at + ms, played: ms, reason: "PLAYBACK_MANUALLY_PAUSED", shuffle });
      at += ms + (minutes ?? 5) * 60_000;
      const rest = what.ms - ms;
      events.push({ type: "PLAY_END", what, from, device, start: at, end: at + rest, played: rest, reason: "NATURAL_END_OF_TRACK", shuffle });
      at += rest + 1_200;
      continue;
    }
    const whole = ms >= what.ms;
    events.push({
      type: "PLAY_END",
      what,
      from,
      device,
      start: at,
      end: at + ms,
      played: ms,
      reason: whole ? "NATURAL_END_OF_TRACK" : "TRACK_SKIPPED_FORWARDS",
      shuffle,
    });
    at += ms + 1_200;
  }
  return events;
}

/** `s` `n` times over. */
const times = (n: number, s: Song): Song[] => Array.from({ length: n }, () => s);

const ROMANCE_ALBUM = fromAlbum(ROMANCE, "l.jYq3HfR");
const SINGLE = fromAlbum("Starburster - Single", "l.8dQw2Lk");
const FINE_ART_ALBUM = fromAlbum("Fine Art", "l.Kx0pP3e");
const WILD_GOD_ALBUM = fromAlbum("Wild God", "l.Tt7uQ9a");
const RUN_PLAYLIST = fromPlaylist("Phoenix Park 10k 🏃‍♀️", "p.ZLmQx4Kt0vVb");
const PARTY_PLAYLIST = fromPlaylist("Halloween Party 2024 🎃", "p.O1kaGzVuJqp7");

/** Niamh's player events, in time order. */
const EVENTS: Event[] = [
  // (the single comes out: three plays on Wednesday 17 April, the first her first)
  ...session("2024-04-17T19:40", SINGLE, times(3, STARBURSTER_SINGLE), IPHONE, false, true),
  ...session("2024-06-08T13:05", LOOSE, [BIRDS, [ESPRESSO, 9_000], CMAT]),
  ...session("2024-08-10T11:30", LOOSE, [STARBURSTER_SINGLE, TOO_SWEET, BIRDS]),
  // (Romance comes out on Friday 23 August: the whole album on the way in, from its page, and again that evening)
  ...session("2024-08-23T08:10", ROMANCE_ALBUM, ROMANCE_TRACKS, IPHONE, false, true),
  ...session("2024-08-23T19:30", ROMANCE_ALBUM, [ROMANCE_TRACKS[0]!, STARBURSTER, [HERES_THE_THING, 98_000, "pause", 12], ROMANCE_TRACKS[3]!]),
  // (Saturday 24 August: Starburster on repeat)
  ...session("2024-08-24T10:02", ROMANCE_ALBUM, [...times(5, STARBURSTER), FAVOURITE, [IN_THE_MODERN_WORLD, 8_000], ...times(2, STARBURSTER)]),
  ...session("2024-08-24T21:30", ROMANCE_ALBUM, [STARBURSTER, FAVOURITE, STARBURSTER]),
  ...session("2024-09-01T08:00", RUN_PLAYLIST, RUN, IPHONE, false, true),
  ...session("2024-09-08T08:05", RUN_PLAYLIST, RUN),
  // (Saturday 14 September: Fine Art added to the library and played)
  ...session("2024-09-14T11:25", FINE_ART_ALBUM, FINE_ART),
  ...session("2024-10-06T08:10", RUN_PLAYLIST, [DOG_DAYS, BRIGHTSIDE, [STARBURSTER, 12_000], RUN_BOY_RUN, TITANIUM, DONT_STOP]),
  ...session("2024-10-19T17:45", LOOSE, [PINK_PONY, [APT, 14_000], CMAT, ESPRESSO]),
  // (Thursday 31 October: the party, the HomePod on her Halloween playlist, a lyric shown, two songs skipped)
  ...session(
    "2024-10-31T20:05",
    PARTY_PLAYLIST,
    [THRILLER, MONSTER_MASH, GHOSTBUSTERS, WATCHING_ME, ZOMBIE, [DISTURBIA, 11_000], BAD_MOON, SPELL, DEAD_MANS_PARTY, [TIME_WARP, 6_000], TIME_WARP, THRILLER],
    HOMEPOD,
  ),
  // (Tuesday 5 November: Wild God on the way to work)
  ...session("2024-11-05T08:05", WILD_GOD_ALBUM, WILD_GOD, IPHONE, false, true),
  ...session("2024-11-10T21:05", LOOSE, [NOBODYS_SOLDIER, TOO_SWEET, NOBODYS_SOLDIER]),
  // (Saturday 23 November: Espresso on repeat; Saturday 30 November: Good Luck, Babe!)
  ...session("2024-11-23T12:10", LOOSE, [...times(5, ESPRESSO), BIRDS]),
  ...session("2024-11-30T10:40", LOOSE, [...times(4, GOOD_LUCK_BABE), PINK_PONY, [APT, 9_000], ...times(2, GOOD_LUCK_BABE)]),
  ...session("2024-12-01T09:15", LOOSE, [CMAT, BIRDS, ESPRESSO]),
];

// (a lyric looked at during Zombie: an event of its own, no play)
{
  const zombie = EVENTS.find((e) => e.what === ZOMBIE && e.type === "PLAY_END")!;
  EVENTS.push({ ...zombie, type: "LYRIC_DISPLAY", end: zombie.start + 60_000, played: null, reason: "" });
}

/** The 118 columns of Apple Music Play Activity.csv, in Apple's order, as a 2023–2024 export writes them. */
const PLAY_ACTIVITY_COLUMNS = [
  "Album Name",
  "Apple ID Number",
  "Apple Music Subscription",
  "Auto Play",
  "Build Version",
  "Bundle Version",
  "Camera Option",
  "Client Build Version",
  "Client Device Name",
  "Client IP Address",
  "Client Platform",
  "Container Album Name",
  "Container Artist Name",
  "Container Global Playlist ID",
  "Container ID",
  "Container iTunes Playlist ID",
  "Container Library ID",
  "Container Name",
  "Container Origin Type",
  "Container Personalized ID",
  "Container Playlist ID",
  "Container Radio Station ID",
  "Container Radio Station Version",
  "Container Season ID",
  "Container Type",
  "Contingency",
  "Device App Name",
  "Device App Version",
  "Device Identifier",
  "Device OS Name",
  "Device OS Version",
  "Device Type",
  "Display Count",
  "Display Language",
  "Display Type",
  "End Position In Milliseconds",
  "End Reason Type",
  "Evaluation Variant",
  "Event End Timestamp",
  "Event ID",
  "Event Post Date Time",
  "Event Reason Hint Type",
  "Event Received Timestamp",
  "Event Start Timestamp",
  "Event Timestamp",
  "Event Type",
  "Feature Name",
  "Grouping",
  "House ID",
  "IP City",
  "IP Country Code",
  "IP Latitude",
  "IP Longitude",
  "IP Network",
  "IP Network Type",
  "IP Region Code",
  "Is CMA Station",
  "Is Collaborative",
  "Is Delegated",
  "Is Heatseeker Station",
  "Is Heavy Rotation Station",
  "Is Royalty",
  "Is Vocal Attenuation",
  "Item Type",
  "Key Request",
  "Lease Limit",
  "Legacy Container Name",
  "Legacy Playback ID",
  "Local Radio Station ID",
  "Local Radio Station TuneIn ID",
  "Matched Content",
  "Media Bundle App Name",
  "Media Bundle Type",
  "Media Duration In Milliseconds",
  "Media Type",
  "Metrics Client ID",
  "Milliseconds Since Play",
  "Offline",
  "Ownership Type",
  "Personalized Name",
  "Play Duration Milliseconds",
  "Provided Audio Bit Depth",
  "Provided Audio Channel",
  "Provided Audio Sample Rate",
  "Provided Bit Rate",
  "Provided Codec",
  "Provided Playback Format",
  "Provider ID",
  "Radio Format",
  "Radio Seed ID",
  "Radio Station Country",
  "Radio Station ID",
  "Radio Station Position",
  "Radio Type",
  "Radio User ID",
  "Referral ID",
  "Repeat Play",
  "Report Type",
  "Session Is Shared",
  "Shared Activity Devices-Current",
  "Shared Activity Devices-Max",
  "Shuffle Play",
  "Siri Request",
  "Song Name",
  "Source Model",
  "Source Radio Name",
  "Source Radio Type",
  "Source Type",
  "Start Position In Milliseconds",
  "Store Front Name",
  "Subscribed State",
  "Subscription Discovery Mode",
  "Use Listening History",
  "User’s Audio Quality",
  "User’s Playback Format",
  "UTC Offset In Seconds",
  "Vocal Attenuation Duration",
  "Vocal Attenuation Model ID",
] as const;

/** A CSV cell as Apple writes one: quoted only when it holds a comma, a quote or a line break. */
const cell = (v: string | number | null | undefined) => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = (rows: Array<Array<string | number | null | undefined>>, eol = "\n") => rows.map((r) => r.map(cell).join(",")).join(eol) + eol;

/** A time as the play activity writes it: "2024-08-23T07:14:12.381Z". */
const iso = (ms: number) => new Date(ms).toISOString();

/** An event as a row of the play activity. */
function activityRow(e: Event, n: number): string[] {
  const r: Record<string, string | number> = {
    "Album Name": e.what.album,
    "Apple ID Number": "2090551377",
    "Apple Music Subscription": "TRUE",
    "Auto Play": "AUTO_ON",
    "Build Version": e.device.agent,
    "Client Device Name": e.device.agent,
    "Client IP Address": "2a02:8084:4041:b080:5d1c:9a7e:31f2:c4d7",
    "Client Platform": "FUSE",
    "Container Album Name": e.from.albumName ?? "",
    "Container ID": e.from.id ?? "",
    "Container Name": e.from.name ?? "",
    "Container Type": e.from.type,
    "Device App Name": "Music",
    "Device App Version": "1.4",
    "Device Identifier": e.device.id,
    "Device OS Name": e.device.type === "HOMEPOD" ? "AudioAccessoryOS" : "iOS",
    "Device OS Version": e.device.os,
    "Device Type": e.device.type,
    "Display Type": "NO_DISPLAY_TYPE_SPECIFIED",
    "End Position In Milliseconds": e.played ?? "",
    "End Reason Type": e.reason,
    "Event End Timestamp": e.end === null ? "" : iso(e.end),
    "Event ID": `${(n * 7919) % 9_000_000}${n}`,
    "Event Reason Hint Type": "NOT_SPECIFIED",
    "Event Received Timestamp": iso((e.end ?? e.start) + 214),
    "Event Start Timestamp": iso(e.start),
    "Event Type": e.type,
    "Feature Name": e.from.feature,
    "IP City": "Dublin",
    "IP Country Code": "IE",
    "IP Latitude": "53.3331",
    "IP Longitude": "-6.2489",
    "IP Network": "Virgin Media Ireland",
    "IP Network Type": "WIFI",
    "Is Collaborative": "FALSE",
    "Item Type": "ITUNES_STORE_CONTENT",
    "Media Duration In Milliseconds": e.what.ms,
    "Media Type": "AUDIO",
    "Metrics Client ID": "3z4IxpVWzEO5z5FZzDCdzaK9xFSnn",
    "Milliseconds Since Play": 41,
    Offline: "FALSE",
    "Ownership Type": "1",
    "Play Duration Milliseconds": e.played ?? "",
    "Repeat Play": "REPEAT_OFF",
    "Shuffle Play": e.shuffle ? "SHUFFLE_ON" : "SHUFFLE_OFF",
    "Siri Request": "FALSE",
    "Song Name": e.what.title,
    "Source Type": "ORIGINATING_DEVICE",
    "Start Position In Milliseconds": 0,
    "Store Front Name": "Ireland",
    "User’s Audio Quality": "HIGH_EFFICIENCY",
    "UTC Offset In Seconds": offsetAt(e.start),
  };
  return PLAY_ACTIVITY_COLUMNS.map((c) => (r[c] === undefined ? "" : String(r[c])));
}

const PLAY_ACTIVITY = csv([[...PLAY_ACTIVITY_COLUMNS], ...EVENTS.map(activityRow)]);

/** The plays (PLAY_END rows) by UTC day and song, as the daily history sums them. */
function dailyRows(): string[][] {
  const days = new Map<string, { s: Song; hours: Set<number>; ms: number; plays: number; skips: number; reason: string }>();
  for (const e of EVENTS) {
    if (e.type !== "PLAY_END" || e.end === null) continue;
    const day = iso(e.end).slice(0, 10).replace(/-/g, "");
    const key = `${day}|${e.what.library}`;
    const d = days.get(key) ?? { s: e.what, hours: new Set<number>(), ms: 0, plays: 0, skips: 0, reason: e.reason };
    days.set(key, d);
    d.hours.add(new Date(e.end).getUTCHours());
    d.ms += e.played ?? 0;
    if (e.reason === "TRACK_SKIPPED_FORWARDS") d.skips++;
    else if (e.reason !== "PLAYBACK_MANUALLY_PAUSED") d.plays++;
    d.reason = e.reason;
  }
  return [...days].map(([key, d]) => [
    "Ireland",
    String(d.s.id),
    "AUDIO",
    key.slice(0, 8),
    [...d.hours].sort((a, b) => a - b).join(", "),
    String(d.ms),
    d.reason,
    "IPHONE",
    String(d.plays),
    String(d.skips),
    "",
    String(d.s.id),
    `${d.s.artist} - ${d.s.title}`,
  ]);
}

const DAILY = csv([
  [
    "Country",
    "Track Identifier",
    "Media type",
    "Date Played",
    "Hours",
    "Play Duration Milliseconds",
    "End Reason Type",
    "Source Type",
    "Play Count",
    "Skip Count",
    "Ignore For Recommendations",
    "Track Reference",
    "Track Description",
  ],
  ...dailyRows(),
]);

/** The last weeks' plays, a row per song and what it was played from, newest first. */
function recentRows(): string[][] {
  const since = Date.UTC(2024, 10, 1);
  return EVENTS.filter((e) => e.type === "PLAY_END" && e.end !== null && e.end >= since)
    .reverse()
    .map((e) => [
      iso(e.end!),
      e.from.type === "ALBUM" ? "Album" : e.from.type === "PLAYLIST" ? "Playlist" : "N/A",
      e.from.type === "ALBUM" ? `${e.what.artist} - ${e.what.album}` : (e.from.name ?? "N/A"),
      `${e.what.artist} - ${e.what.title}`,
      "FALSE",
      "Ireland",
      e.from.id ?? "N/A",
      String(e.what.id),
      e.from.type === "UNKNOWN" ? "search" : "library",
      iso(e.start),
      e.reason,
      iso(e.end!),
      iso(e.end! + 214),
      iso(e.start),
      String(e.played),
      String(e.played),
      String(e.what.ms),
      "AUDIO",
      "0",
      "1",
      e.reason === "TRACK_SKIPPED_FORWARDS" ? "1" : "0",
      String(e.played),
    ]);
}

const RECENT = csv([
  [
    "Last Modified",
    "Container Type",
    "Container Description",
    "Track Description",
    "Ignore For Recommendations",
    "Country",
    "Container Reference",
    "Track Reference",
    "Feature Name",
    "First Event Timestamp",
    "Last End Reason Tyoe",
    "Last Event End Timestamp",
    "Last Event Received Timestamp",
    "Last Event Start Timestamp",
    "Max Event End Position in millis",
    "Max Play Duration in millis",
    "Media duration in millis",
    "Media type",
    "Min Event Start Position in millis",
    "Total plays",
    "Total skips",
    "Total play duration in millis",
  ],
  ...recentRows(),
]);

/**
 * A JSON value as Jackson's default pretty printer writes Apple's library files: `"key" : value`, two spaces
 * a level, an array's items on its line, `[ ]` when empty.
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

/** A time as the library files write one: "2024-08-23T07:12:44Z". */
const libraryTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** A track of the library as Apple Music Library Tracks.json writes it: added at `added`; in a playlist only, loved. */
function libraryTrack(s: Song, added: number, opts: { playlistOnly?: boolean; loved?: number; played?: number; plays?: number } = {}) {
  return {
    "Content Type": "Song",
    "Track Identifier": s.library,
    Title: s.title,
    "Sort Name": s.title.replace(/^The /, ""),
    Artist: s.artist,
    "Sort Artist": s.artist.replace(/^The /, ""),
    "Is Part of Compilation": false,
    Album: s.album,
    "Sort Album": s.album,
    "Album Artist": s.artist,
    Genre: "Alternative",
    "Track Year": 2024,
    "Track Number On Album": s.track,
    "Track Count On Album": s.of,
    "Disc Number Of Album": 1,
    "Disc Count Of Album": 1,
    "Track Duration": s.ms,
    "Track Play Count": opts.plays ?? 0,
    "Date Added To Library": libraryTime(added),
    "Date Added To iCloud Music Library": libraryTime(added + 2_000),
    "Last Modified Date": libraryTime(opts.loved ?? added),
    ...(opts.played ? { "Last Played Date": libraryTime(opts.played) } : {}),
    "Skip Count": 0,
    "Is Purchased": false,
    "Audio File Extension": "m4p",
    "Is Checked": true,
    "Release Date": "2024-08-23T00:00:00Z",
    "Playlist Only Track": opts.playlistOnly ?? false,
    "Apple Music Track Identifier": s.id,
    ...(opts.loved
      ? { "Track Like Rating": "liked", "Favorite Status - Track": true, "Favorite Date - Track": libraryTime(opts.loved) }
      : { "Track Like Rating": "none" }),
  };
}

const at = (local: string) => {
  const wall = Date.parse(`${local}Z`);
  return wall - offsetAt(wall) * 1000;
};

const LIBRARY_TRACKS = [
  ...RUN.filter((s) => s !== STARBURSTER).map((s) => libraryTrack(s, Date.UTC(2023, 4, 14, 18, 2, 10))),
  libraryTrack(STARBURSTER_SINGLE, at("2024-04-17T19:52:31")),
  ...ROMANCE_TRACKS.map((s) => libraryTrack(s, at("2024-08-23T08:12:44"), s === STARBURSTER ? { loved: at("2024-08-24T10:20:05"), plays: 16 } : {})),
  ...FINE_ART.map((s) => libraryTrack(s, at("2024-09-14T11:20:05"))),
  ...PARTY.map((s) => libraryTrack(s, at("2024-10-20T21:02:11"), { playlistOnly: true })),
  ...WILD_GOD.map((s) => libraryTrack(s, at("2024-11-05T08:03:40"))),
  libraryTrack(NOBODYS_SOLDIER, at("2024-11-10T21:14:03"), { loved: at("2024-11-10T21:14:03") }),
];

const LIBRARY_PLAYLISTS = [
  {
    "Container Type": "Playlist",
    "Container Identifier": 256001793,
    Title: "Phoenix Park 10k 🏃‍♀️",
    "Playlist Item Identifiers": RUN.map((s) => s.library),
    Description: "Sunday long runs – nothing under 150 bpm",
    "Added Date": libraryTime(Date.UTC(2023, 4, 14, 18, 1, 2)),
    "Name or Description Modified Date": libraryTime(Date.UTC(2023, 4, 14, 18, 1, 2)),
    "Playlist Items Modified Date": libraryTime(at("2024-08-25T09:02:41")),
    "Playlist Is Shared": false,
    "Playlist Previously Shared": false,
    "Available On Apple Music Profile": false,
  },
  {
    "Container Type": "Playlist",
    "Container Identifier": 256004217,
    Title: "Halloween Party 2024 🎃",
    "Playlist Item Identifiers": PARTY.map((s) => s.library),
    Description: "For the flat party on Thursday 31st – costumes compulsory",
    "Public Playlist Identifier": "pl.u-O1kaGzVuJqp7",
    "Added Date": libraryTime(at("2024-10-20T21:01:37")),
    "Name or Description Modified Date": libraryTime(at("2024-10-20T21:01:37")),
    "Playlist Items Modified Date": libraryTime(at("2024-10-20T21:02:11")),
    "Playlist Is Shared": true,
    "Playlist Previously Shared": true,
    "Available On Apple Music Profile": true,
  },
  {
    "Container Type": "Subscribed Playlist",
    "Container Identifier": 256003301,
    Title: "Today's Hits",
    Description: "",
    "Added Date": libraryTime(Date.UTC(2023, 1, 2, 9, 0, 0)),
    "Name or Description Modified Date": libraryTime(Date.UTC(2023, 1, 2, 9, 0, 0)),
    "Playlist Items Modified Date": libraryTime(Date.UTC(2024, 11, 2, 7, 0, 0)),
  },
];

/** Likes and Dislikes as Apple writes them: a quoted header, CRLF, "Artist - Title", LOVE or DISLIKE. */
const LIKES = `"Item Description",Preference,Created,"Last Modified","Item Reference"\r\n${[
  [STARBURSTER, "LOVE", "2024-08-24T09:20:05.118Z"],
  [NOBODYS_SOLDIER, "LOVE", "2024-11-10T21:14:03.277Z"],
  [APT, "DISLIKE", "2024-10-19T16:49:12.540Z"],
]
  .map(([s, pref, created]) => {
    const x = s as Song;
    return `"${`${x.artist} - ${x.title}`.replace(/"/g, '""')}",${pref},${created},,${x.id}`;
  })
  .join("\r\n")}\r\n`;

const LIBRARY_ACTIVITY = [
  {
    "Transaction Type": "updateUser",
    "Transaction Identifier": 10000002,
    "Transaction Date": "2019-03-02T12:04:11Z",
    UserAgent: IPHONE.agent,
    User: { "Subscription Start Date": "2019-03-02T12:01:58Z", "Subscription Types": ["Apple Music"], "Add Playlist Songs Setting": "Playlist Only" },
  },
  {
    "Transaction Type": "addItems",
    "Transaction Identifier": 10004512,
    "Transaction Date": libraryTime(at("2024-08-23T08:12:44")),
    UserAgent: IPHONE.agent,
    Country: "IRL",
    Language: "en-gb",
    Tracks: ROMANCE_TRACKS.map((s) => ({
      "Track Identifier": s.library,
      "Date Added To Library": libraryTime(at("2024-08-23T08:12:44")),
      "Playlist Only Track": false,
      "Apple Music Track Identifier": s.id,
    })),
  },
];

const IDENTIFIERS = [...ROMANCE_TRACKS, ...FINE_ART, ...WILD_GOD, ...PARTY, ...RUN].map((s) => ({ Identifier: String(s.id), Title: s.title }));

const TRACK_PLAY_HISTORY = csv([
  ["Track Name", "Last Played Date", "Is User Initiated"],
  ...[GOOD_LUCK_BABE, ESPRESSO, CMAT, BIRDS].map((s, i) => [`${s.artist} - ${s.title}`, String(Date.UTC(2024, 11, 1, 9, 15 - i)), "true"]),
]);

const file = (name: string, text: string): PersonFile => ({ name: `${ACTIVITY}/${name}`, text, mtime: EXPORTED_AT });

const FILES: PersonFile[] = [
  file("Apple Music Play Activity.csv", PLAY_ACTIVITY),
  file("Apple Music - Play History Daily Tracks.csv", DAILY),
  file("Apple Music - Recently Played Tracks.csv", RECENT),
  file("Apple Music - Track Play History.csv", TRACK_PLAY_HISTORY),
  file("Apple Music Library Tracks.json", jackson(LIBRARY_TRACKS)),
  file("Apple Music Library Playlists.json", jackson(LIBRARY_PLAYLISTS)),
  file("Apple Music Likes and Dislikes.csv", LIKES),
  file("Apple Music Library Activity.json", jackson(LIBRARY_ACTIVITY)),
  file("Identifier Information.json", jackson(IDENTIFIERS)),
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What was I listening to on repeat last Saturday?", expect: ["Good Luck, Babe"] },
  { question: "When did I first play the new Fontaines D.C. album?", expect: ["23 August"] },
  { question: "What songs did I play at the party on 31 October?", expect: ["Thriller", "Monster Mash"] },
  { question: "Which playlist did I put on for the Halloween party?", expect: ["Halloween Party 2024"] },
  { question: "What did I have on repeat on 24 August?", expect: ["Starburster"] },
  { question: "How many times did I play Starburster on 24 August?", expect: ["9 times"] },
  { question: "When did I first play Starburster?", expect: ["17 April"] },
  { question: "Which Kneecap album did I add to my library?", expect: ["Fine Art"] },
  { question: "Which album did I listen to on the morning of 5 November?", expect: ["Wild God"] },
  { question: "Which Florence + The Machine song is on my running playlist?", expect: ["Dog Days Are Over"] },
  { question: "Which Hozier song did I love on Apple Music?", expect: ["Nobody's Soldier"] },
  { question: "Which Sabrina Carpenter song did I have on repeat in November?", expect: ["Espresso"] },
  { question: "When are Fontaines D.C. playing in Dublin?", expect: null },
  { question: "Who came to my Halloween party?", expect: null },
  { question: "How much do I pay for Apple Music?", expect: null },
];

/** Niamh: her Apple Media Services information, unzipped into one folder and imported as one, asked on Tuesday 3 December 2024. */
export const applelistener: Person = {
  name: "applelistener",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2024, 11, 3, 19, 0),
  questions: QUESTIONS,
};
