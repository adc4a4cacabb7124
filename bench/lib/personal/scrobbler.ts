/**
 * The scrobbler: Rory, a final-year law student in Glasgow, made a Last.fm account (rorycal) on 1 December
 * 2025 and has scrobbled everything Spotify plays on his phone and laptop since: Christmas and Hogmanay at
 * his flat, English Teacher from the March day a friend sent him "The World's Biggest Paving Slab", "The
 * Car" on the train to London on Saturday 18 April, "Motion Sickness" on repeat the night before his
 * contract law exam (Thursday 21 May, the exam the next morning), his birthday party on Saturday 8 August,
 * "Don't Stop Me Now" on the morning of his driving test (Wednesday 14 October), and Lady Gaga's
 * "Abracadabra" on repeat last Saturday (5 December). Last.fm itself offers no download, so he exported
 * with the two tools people use:
 * - in June, after his exams, benjaminbenben's Last.fm to csv (benjaminbenben.com/lastfm-to-csv; its
 *   source, benfoxall/lastfm-to-csv, checked: `index.html` pages through user.getrecenttracks as XML, newest
 *   first, and writes each track's `artist`, `album`, `name` and `date` elements' text as a row, no header,
 *   every `"` and `,` taken out of each cell, the now-playing track's missing date an empty cell), saved as
 *   `rorycal.csv`: "Sam Fender,People Watching,People Watching," then "Clairo,Immunity,Bags,19 Jun 2026
 *   21:14" (Last.fm's date text "19 Jun 2026, 21:14", UTC, its comma taken out);
 * - on Tuesday 8 December, lastfm.ghan.nl/export: "Recent Tracks" as CSV, `recenttracks-rorycal-
 *   1796727600.csv` (the name as readers of its exports take it apart, "recenttracks-<user>-<digits>"),
 *   header `uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid`, every cell quoted (as an
 *   importer's test quoting a real export: `"1779022496","17 May 2026, 12:54","Nelly Furtado","mb1",…`),
 *   newest first, `uts` the scrobble's UTC epoch seconds and `utc_time` Last.fm's date text; and "Loved
 *   Tracks" as JSON, `lovedtracks-rorycal-1796727660.json` (named like the scrobbles' file: the name is not
 *   confirmed, the content is): the API's pages as they come, `[{"track":[…],"@attr":{…}}]`, each loved
 *   track `{ "artist": { "url", "name", "mbid" }, "date": { "uts", "#text": "08 Jul 2022, 13:58" }, "mbid",
 *   "url", "name", "image", "streamable" }` (checked against a Navidrome importer of ghan's loved-tracks
 *   JSON, `for page in json_out: page.get("track")`, `track["artist"]["name"]`, `track["date"]["uts"]`, and
 *   a dbt model's sample payload of a loved track).
 * The scrobbles hold a Last.fm quirk of their own: a track scrobbled twice at the same second (10 March).
 * Times are UTC throughout, as Last.fm keeps them (the UK is on BST from 29 March to 25 October). Hand-
 * written by the developers while trying Engram as its users would, in session 38, before Engram could
 * read a Last.fm export (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

const FOLDER = "Last.fm";
const USER = "rorycal";
/** When each export was made: benjaminbenben's in June, ghan's in December. */
const JUNE_EXPORT_AT = Date.UTC(2026, 5, 20, 7, 1);
const DECEMBER_EXPORT_AT = Date.UTC(2026, 11, 8, 18, 20);

/** A song: its title, artist, album and length (seconds). */
interface Song {
  title: string;
  artist: string;
  album: string;
  seconds: number;
}

const song = (title: string, artist: string, album: string, seconds: number): Song => ({ title, artist, album, seconds });

const ET = "English Teacher";
const PAVING_SLAB = song("The World's Biggest Paving Slab", ET, "This Could Be Texas", 208);
const NEARLY_DAFFODILS = song("Nearly Daffodils", ET, "This Could Be Texas", 233);
const R_AND_B = song("R&B", ET, "This Could Be Texas", 215);
const BROKEN_BISCUITS = song("Broken Biscuits", ET, "This Could Be Texas", 246);

const AM = "Arctic Monkeys";
const THE_CAR: Song[] = [
  song("There'd Better Be A Mirrorball", AM, "The Car", 265),
  song("I Ain't Quite Where I Think I Am", AM, "The Car", 194),
  song("Sculptures Of Anything Goes", AM, "The Car", 240),
  song("Jet Skis On The Moat", AM, "The Car", 203),
  song("Body Paint", AM, "The Car", 290),
  song("The Car", AM, "The Car", 199),
  song("Big Ideas", AM, "The Car", 235),
  song("Hello You", AM, "The Car", 219),
  song("Mr Schwartz", AM, "The Car", 210),
  song("Perfect Sense", AM, "The Car", 169),
];
const ALVVAYS = "Alvvays";
const BLUE_REV: Song[] = [
  song("Pharmacist", ALVVAYS, "Blue Rev", 128),
  song("Easy On Your Own?", ALVVAYS, "Blue Rev", 184),
  song("After The Earthquake", ALVVAYS, "Blue Rev", 173),
  song("Tom Verlaine", ALVVAYS, "Blue Rev", 143),
];
const PHARMACIST = BLUE_REV[0]!;

const MOTION_SICKNESS = song("Motion Sickness", "Phoebe Bridgers", "Stranger in the Alps", 229);
const KYOTO = song("Kyoto", "Phoebe Bridgers", "Punisher", 184);

const FAIRYTALE = song("Fairytale of New York (feat. Kirsty MacColl)", "The Pogues", "If I Should Fall from Grace with God", 276);
const AIWFCIY = song("All I Want for Christmas Is You", "Mariah Carey", "Merry Christmas", 241);
const LAST_CHRISTMAS = song("Last Christmas", "Wham!", "Music From The Edge Of Heaven", 262);

const HOGMANAY: Song[] = [
  song("I'm Gonna Be (500 Miles)", "The Proclaimers", "Sunshine on Leith", 219),
  song("Mr. Brightside", "The Killers", "Hot Fuss", 222),
  song("Dancing Queen", "ABBA", "Arrival", 230),
  song("Valerie (feat. Amy Winehouse) - Version Revisited", "Mark Ronson", "Version", 219),
  song("September", "Earth, Wind & Fire", "The Best of Earth, Wind & Fire Vol. 1", 215),
  song("Don't Look Back in Anger", "Oasis", "(What's the Story) Morning Glory?", 288),
  song("Loch Lomond", "Runrig", "Once in a Lifetime", 297),
];

const BIRTHDAY: Song[] = [
  song("Espresso", "Sabrina Carpenter", "Short n' Sweet", 175),
  song("Good Luck, Babe!", "Chappell Roan", "Good Luck, Babe!", 218),
  song("Padam Padam", "Kylie Minogue", "Tension", 166),
  song("Sprinter", "Dave", "Sprinter", 229),
  song("Houdini", "Dua Lipa", "Radical Optimism", 185),
  song("Murder On The Dancefloor", "Sophie Ellis-Bextor", "Read My Lips", 230),
  song("Pink Pony Club", "Chappell Roan", "The Rise and Fall of a Midwest Princess", 258),
];

const DONT_STOP = song("Don't Stop Me Now - Remastered 2011", "Queen", "Jazz (2011 Remaster)", 209);
const SWEET_CAROLINE = song("Sweet Caroline", "Neil Diamond", "Brother Love's Travelling Salvation Show", 203);
const ABRACADABRA = song("Abracadabra", "Lady Gaga", "MAYHEM", 223);

/** The songs of his ordinary days, none of them asked about. */
const EVERYDAY: Song[] = [
  song("Bags", "Clairo", "Immunity", 260),
  song("Sofia", "Clairo", "Immunity", 188),
  song("Heat Waves", "Glass Animals", "Dreamland", 238),
  song("Breezeblocks", "alt-J", "An Awesome Wave", 227),
  song("Dissolve Me", "alt-J", "An Awesome Wave", 239),
  song("Seventeen Going Under", "Sam Fender", "Seventeen Going Under", 297),
  song("Hypersonic Missiles", "Sam Fender", "Hypersonic Missiles", 257),
  song("People Watching", "Sam Fender", "People Watching", 262),
  song("Ribs", "Lorde", "Pure Heroine", 258),
  song("Green Light", "Lorde", "Melodrama", 234),
  song("Nights", "Frank Ocean", "Blonde", 307),
  song("Pink + White", "Frank Ocean", "Blonde", 184),
  song("Kill Bill", "SZA", "SOS", 153),
  song("Snooze", "SZA", "SOS", 201),
  song("Little Dark Age", "MGMT", "Little Dark Age", 299),
  song("Electric Feel", "MGMT", "Oracular Spectacular", 229),
  song("Chamber of Reflection", "Mac DeMarco", "Salad Days", 231),
  song("Chaise Longue", "Wet Leg", "Wet Leg", 196),
  song("Wet Dream", "Wet Leg", "Wet Leg", 140),
  song("Apocalypse", "Cigarettes After Sex", "Cigarettes After Sex", 290),
  song("The Less I Know The Better", "Tame Impala", "Currents", 216),
  song("Let It Happen", "Tame Impala", "Currents", 467),
  song("Eventually", "Tame Impala", "Currents", 318),
  song("Midnight City", "M83", "Hurry Up We're Dreaming", 243),
  song("Glue", "Bicep", "Bicep", 269),
  song("Atlas", "Bicep", "Isles", 291),
  song("As It Was", "Harry Styles", "Harry's House", 167),
  song("Late Night Talking", "Harry Styles", "Harry's House", 177),
  song("Running Up That Hill (A Deal With God)", "Kate Bush", "Hounds of Love", 298),
  song("Myth", "Beach House", "Bloom", 258),
  song("Space Song", "Beach House", "Depression Cherry", 320),
  song("Weird Fishes/Arpeggi", "Radiohead", "In Rainbows", 318),
  song("Cellophane", "FKA twigs", "MAGDALENE", 263),
  song("Doja", "Central Cee", "Doja", 97),
  song("Flowers", "Miley Cyrus", "Endless Summer Vacation", 200),
  song("Cherry-coloured Funk", "Cocteau Twins", "Heaven or Las Vegas", 192),
];

/** A scrobble: when the track started (epoch ms, UTC, to the second) and what it was. */
interface Scrobble {
  at: number;
  song: Song;
}

/** A listening session from `start` (ISO, UTC): each song scrobbled as it started, back to back, a few seconds between. */
function session(start: string, songs: Song[]): Scrobble[] {
  let at = Date.parse(start);
  return songs.map((s, i) => {
    const scrobble = { at, song: s };
    at += (s.seconds + 2 + (i % 3)) * 1000;
    return scrobble;
  });
}

/** `s` `n` times over. */
const times = (n: number, s: Song): Song[] => Array.from({ length: n }, () => s);

/** The days something happened: his everyday listening is on none of them. */
const EVENTS: Scrobble[] = [
  ...session("2025-12-20T18:30:12Z", [AIWFCIY, FAIRYTALE, LAST_CHRISTMAS, EVERYDAY[4]!, EVERYDAY[12]!]),
  ...session("2025-12-24T19:05:40Z", [FAIRYTALE, AIWFCIY, LAST_CHRISTMAS, FAIRYTALE]),
  ...session("2025-12-31T21:05:03Z", HOGMANAY),
  ...session("2025-12-31T23:20:31Z", [EVERYDAY[26]!, EVERYDAY[27]!]),
  // (the first English Teacher: the song a friend sent, then two more of the album)
  ...session("2026-03-03T19:12:44Z", [PAVING_SLAB, NEARLY_DAFFODILS, R_AND_B, EVERYDAY[0]!]),
  ...session("2026-03-10T20:40:09Z", [NEARLY_DAFFODILS, BROKEN_BISCUITS, NEARLY_DAFFODILS, EVERYDAY[9]!]),
  ...session("2026-04-02T08:10:51Z", [R_AND_B, PAVING_SLAB, EVERYDAY[15]!]),
  // (the train to London: The Car through, then some of Blue Rev)
  ...session("2026-04-18T09:04:27Z", [...THE_CAR, ...BLUE_REV]),
  ...session("2026-04-18T21:35:02Z", [EVERYDAY[20]!, EVERYDAY[22]!]),
  // (the night before the contract law exam)
  ...session("2026-05-21T20:41:18Z", [EVERYDAY[29]!, ...times(5, MOTION_SICKNESS), EVERYDAY[30]!, ...times(4, MOTION_SICKNESS)]),
  ...session("2026-06-02T17:22:36Z", [KYOTO, MOTION_SICKNESS, KYOTO, EVERYDAY[2]!]),
  ...session("2026-08-08T20:02:15Z", BIRTHDAY),
  ...session("2026-09-19T12:30:00Z", [NEARLY_DAFFODILS, BROKEN_BISCUITS, EVERYDAY[7]!]),
  ...session("2026-09-27T10:15:41Z", [PHARMACIST, BLUE_REV[1]!, EVERYDAY[18]!]),
  // (the morning of the driving test, then the evening after it)
  ...session("2026-10-14T06:32:07Z", times(4, DONT_STOP)),
  ...session("2026-10-14T19:02:55Z", [SWEET_CAROLINE, EVERYDAY[1]!, EVERYDAY[24]!]),
  ...session("2026-12-01T18:44:30Z", [FAIRYTALE, LAST_CHRISTMAS, EVERYDAY[13]!]),
  ...session("2026-12-05T10:15:09Z", [ABRACADABRA, ABRACADABRA, EVERYDAY[33]!]),
  ...session("2026-12-05T13:02:48Z", [ABRACADABRA, EVERYDAY[17]!]),
  ...session("2026-12-05T17:40:26Z", [ABRACADABRA, ABRACADABRA, ABRACADABRA]),
];

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator), so the everyday days are the same each run. */
function numbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** His everyday listening: about one day in three from 1 December 2025 to 7 December 2026, 6 to 10 songs an evening (a weekday morning's commute some days), none twice but one now and then. */
function everyday(): Scrobble[] {
  const eventDays = new Set(EVENTS.map((s) => new Date(s.at).toISOString().slice(0, 10)));
  const next = numbers(38);
  const out: Scrobble[] = [];
  for (let day = Date.UTC(2025, 11, 1); day <= Date.UTC(2026, 11, 7); day += 86_400_000) {
    const iso = new Date(day).toISOString().slice(0, 10);
    if (eventDays.has(iso) || next() > 0.33) continue;
    const pool = [...EVERYDAY];
    const count = 6 + Math.floor(next() * 5);
    const picked: Song[] = [];
    for (let i = 0; i < count; i++) picked.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    if (next() < 0.3) picked.splice(3, 0, picked[0]!);
    const weekday = new Date(day).getUTCDay();
    const morning = weekday >= 1 && weekday <= 5 && next() < 0.35;
    const hour = morning ? 7 : 18 + Math.floor(next() * 3);
    const minute = Math.floor(next() * 50);
    const second = Math.floor(next() * 60);
    const start = `${iso}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}:${String(second).padStart(2, "0")}Z`;
    out.push(...session(start, picked));
  }
  return out;
}

/** Every scrobble, newest first (as both exporters write them), with the one Last.fm took twice (10 March, "Broken Biscuits", the same second). */
const SCROBBLES: Scrobble[] = (() => {
  const all = [...EVENTS, ...everyday()];
  const twice = all.find((s) => s.song === BROKEN_BISCUITS && new Date(s.at).toISOString().startsWith("2026-03-10"))!;
  all.push({ ...twice });
  return all.sort((a, b) => b.at - a.at);
})();

/** What he loved on Last.fm, and when (UTC). */
const LOVED: Array<[Song, string]> = [
  [NEARLY_DAFFODILS, "2026-03-10T21:14:52Z"],
  [THE_CAR[0]!, "2026-04-18T09:11:06Z"],
  [KYOTO, "2026-06-02T17:26:13Z"],
  [PHARMACIST, "2026-09-27T10:18:30Z"],
  [ABRACADABRA, "2026-12-05T17:52:44Z"],
];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Last.fm's date text of a time (UTC): "19 Jun 2026, 21:14". */
function lastfmDate(ms: number): string {
  const d = new Date(ms);
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${String(d.getUTCDate()).padStart(2, "0")} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm}`;
}

/** A MusicBrainz id-like value for a name (the same name the same id): Last.fm gives one for most artists and albums, none for some. */
function mbid(name: string): string {
  let h = 2166136261;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  const hex = Array.from({ length: 4 }, (_, i) => (Math.imul(h, i + 1) >>> 0).toString(16).padStart(8, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A CSV cell quoted, its quotes doubled. */
const q = (cell: string) => `"${cell.replace(/"/g, '""')}"`;

/** ghan's Recent Tracks CSV: its header, then a row a scrobble, newest first, every cell quoted; the everyday songs' albums without an id, some tracks with one. */
function ghanCsv(scrobbles: Scrobble[]): string {
  const rows = scrobbles.map(({ at, song: s }) => {
    const known = !EVERYDAY.includes(s);
    return [
      String(Math.floor(at / 1000)),
      lastfmDate(at),
      s.artist,
      mbid(s.artist),
      s.album,
      known ? mbid(`${s.artist}/${s.album}`) : "",
      s.title,
      known && s.seconds % 2 === 0 ? mbid(`${s.artist}/${s.title}`) : "",
    ]
      .map(q)
      .join(",");
  });
  return `uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid\n${rows.join("\n")}\n`;
}

/** A cell as benjaminbenben's exporter writes it: its `"` and `,` taken out. */
const stripped = (cell: string) => cell.replace(/[",]/g, "");

/** benjaminbenben's Last.fm to csv: no header, "artist,album,name,date" a scrobble, newest first, the track playing as it ran first with no date. */
function benjaminbenbenCsv(scrobbles: Scrobble[], playing: Song): string {
  const rows = [[playing.artist, playing.album, playing.title, ""], ...scrobbles.map(({ at, song: s }) => [s.artist, s.album, s.title, lastfmDate(at)])];
  return `${rows.map((r) => r.map(stripped).join(",")).join("\n")}\n`;
}

/** A Last.fm image list as the API gives it: four sizes of one picture. */
const images = (id: string) =>
  ["small", "medium", "large", "extralarge"].map((size, i) => ({
    size,
    "#text": `https://lastfm.freetls.fastly.net/i/u/${["34s", "64s", "174s", "300x300"][i]}/${id}.png`,
  }));

/** A Last.fm URL's name part: "Phoebe+Bridgers". */
const urlName = (name: string) => encodeURIComponent(name).replace(/%20/g, "+");

/** ghan's Loved Tracks JSON: the API's pages as they come, newest first. */
function lovedJson(): string {
  const tracks = [...LOVED]
    .sort((a, b) => Date.parse(b[1]) - Date.parse(a[1]))
    .map(([s, when]) => ({
      artist: { url: `https://www.last.fm/music/${urlName(s.artist)}`, name: s.artist, mbid: mbid(s.artist) },
      date: { uts: String(Math.floor(Date.parse(when) / 1000)), "#text": lastfmDate(Date.parse(when)) },
      mbid: s.seconds % 2 === 0 ? mbid(`${s.artist}/${s.title}`) : "",
      url: `https://www.last.fm/music/${urlName(s.artist)}/_/${urlName(s.title)}`,
      name: s.title,
      image: images(mbid(s.title).replace(/-/g, "").slice(0, 32)),
      streamable: { fulltrack: "0", "#text": "0" },
    }));
  return JSON.stringify([{ track: tracks, "@attr": { user: USER, totalPages: "1", page: "1", perPage: "50", total: String(tracks.length) } }]);
}

const FILES: PersonFile[] = [
  {
    name: `${FOLDER}/${USER}.csv`,
    text: benjaminbenbenCsv(
      SCROBBLES.filter((s) => s.at < JUNE_EXPORT_AT),
      EVERYDAY[7]!,
    ),
    mtime: JUNE_EXPORT_AT,
  },
  { name: `${FOLDER}/recenttracks-${USER}-1796727600.csv`, text: ghanCsv(SCROBBLES), mtime: DECEMBER_EXPORT_AT },
  { name: `${FOLDER}/lovedtracks-${USER}-1796727660.json`, text: lovedJson(), mtime: DECEMBER_EXPORT_AT + 60_000 },
];

const QUESTIONS: Person["questions"] = [
  { question: "When did I first listen to English Teacher?", expect: ["3 March"] },
  { question: "What was I listening to on the train to London on 18 April?", expect: ["Arctic Monkeys"] },
  { question: "What song did I have on repeat on the night of 21 May, before my exam?", expect: ["Motion Sickness"] },
  { question: "How many times did I play Motion Sickness on 21 May?", expect: ["9 times"] },
  { question: "What songs did we play at the Hogmanay party on 31 December?", expect: ["Mr. Brightside", "Dancing Queen"] },
  { question: "Which Phoebe Bridgers song did I love on Last.fm?", expect: ["Kyoto"] },
  { question: "When did I love Nearly Daffodils on Last.fm?", expect: ["10 March"] },
  { question: "What did I play at my birthday party on 8 August?", expect: ["Espresso", "Good Luck, Babe"] },
  { question: "What was I listening to on repeat last Saturday?", expect: ["Abracadabra"] },
  { question: "When did I last listen to Fairytale of New York?", expect: ["1 December"] },
  { question: "What did I have on repeat on the morning of 14 October?", expect: ["Don't Stop Me Now"] },
  { question: "Who sings The World's Biggest Paving Slab?", expect: ["English Teacher"] },
  { question: "What mark did I get in my contract law exam?", expect: null },
  { question: "How much do I pay for Last.fm Pro?", expect: null },
  { question: "Who did I travel to London with in April?", expect: null },
];

/** Rory: his two Last.fm exports (June's and December's) and his loved tracks in one folder, imported as one, asked on Tuesday 8 December 2026. */
export const scrobbler: Person = {
  name: "scrobbler",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 8, 19, 0),
  questions: QUESTIONS,
};
