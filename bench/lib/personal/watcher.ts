/**
 * The watcher: Dan, in Bristol, learns hand-tool woodworking and Japanese (a trip to Japan next spring)
 * from YouTube through the autumn of 2026. On 1 December he asks Google Takeout for "YouTube and YouTube
 * Music", History in JSON (Takeout's default is HTML), downloads the zip, unzips it and imports the
 * folder (`engram import Takeout`). Each file as Takeout writes it:
 * - `history/watch-history.json`: a JSON array, newest first, two-space indented, each entry `{ "header":
 *   "YouTube", "title": "Watched <the video's title>", "titleUrl": "https://www.youtube.com/watch?v=…",
 *   "subtitles": [{ "name": <channel>, "url": "https://www.youtube.com/channel/UC…" }], "time":
 *   "2026-10-14T19:02:11.123Z", "products": ["YouTube"], "activityControls": ["YouTube watch history"] }`;
 *   an ad has `"details": [{ "name": "From Google Ads" }]` (its title the advert's, or its URL), a video
 *   since removed has its URL for a title and no `subtitles`, a YouTube Music play has the header "YouTube
 *   Music" and its artist's "- Topic" channel, a community post seen is "Viewed <its words>";
 * - `history/search-history.json`: the same shape, "Searched for <the words>", `titleUrl`
 *   "https://www.youtube.com/results?search_query=…";
 * - `comments/comments.csv`: `Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Post
 *   ID,Video ID,Comment Text`, the text a JSON string of segments (`{"text":"…"},{"text":"\n"}`), a
 *   reply's id its parent's with a suffix, times "2026-10-11T08:02:31.442817+00:00";
 * - `subscriptions/subscriptions.csv`: `Channel Id,Channel Url,Channel Title`, "http://www.youtube.com/channel/…";
 * - `playlists/playlists.csv` (the playlists' titles) and `playlists/<title>-videos.csv` (`Video
 *   ID,Playlist Video Creation Timestamp`: ids only), `channels/channel.csv` (his own channel, no videos),
 *   and Takeout's `archive_browser.html`.
 * Checked against public readers of the export (google_takeout_parser's parse_csv.py and its tests of
 * comments.csv before and after June 2024, its locale handler map of the YouTube folder; chronovista's
 * takeout_service.py and its data-quality guide, "Viewed" posts and titles that are URLs; immich-go's
 * YouTube CSV structs, "Playlist Video Creation Timestamp"; ad filters reading "From Google Ads").
 * Hand-written by the developers while trying Engram as its users would, in session 34, before Engram
 * could read YouTube's Takeout (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

const ROOT = "Takeout/YouTube and YouTube Music";

/** A channel: its name and its id. */
type Channel = readonly [name: string, id: string];

const SELLERS: Channel = ["Paul Sellers", "UCc0YbtMkRdhcqwhu3Oad-lw"];
const COSMAN: Channel = ["Rob Cosman", "UCYbIcG3y2Fj_TkwjR2M3UzA"];
const KRUEGER: Channel = ["Rex Krueger", "UCf0Q4TuJ1Iw-ecPNeWt1VHA"];
const STUMPY: Channel = ["Stumpy Nubs", "UC2Qr8Ac7Pxbdv_Ec6ODrL1w"];
const ESTLEA: Channel = ["Matt Estlea", "UCn_g6m6gq2qKcDBA2PJrD7A"];
const SAMURAI: Channel = ["Samurai Carpenter", "UCc9jmLTMmCoGTwfLF4C2E1A"];
const MISA: Channel = ["Japanese Ammo with Misa", "UCBSyd8rGJiPLsQmKN9fdVcQ"];
const ANDY: Channel = ["Tokini Andy", "UC2f4o3eYSEVqJWtAJOp8kdw"];
const DOGEN: Channel = ["Dogen", "UCZMjl_v8Jo5cBW6lcIMHMgg"];
const COMPREHENSIBLE: Channel = ["Comprehensible Japanese", "UCsq0Xpdc0pyVQHsxaEK8Faw"];
const NIHONGO: Channel = ["Nihongo no Mori", "UCVx6RFaEAg46xfAsD2zz16w"];
const LOFI: Channel = ["Lofi Girl", "UCSJ4gkVC6NrvII8umztf0Ow"];
const BBC: Channel = ["BBC News", "UC16niRr50-MSBwiO3YDb3RA"];
const KENJI: Channel = ["J. Kenji López-Alt", "UCqqJQ_cXSat0KIAVfIfKkVA"];

const channelUrl = (id: string) => `https://www.youtube.com/channel/${id}`;

/** A video watched, as watch-history.json holds it. */
function watched(time: string, title: string, videoId: string, [name, id]: Channel): Record<string, unknown> {
  return {
    header: "YouTube",
    title: `Watched ${title}`,
    titleUrl: `https://www.youtube.com/watch?v=${videoId}`,
    subtitles: [{ name, url: channelUrl(id) }],
    time,
    products: ["YouTube"],
    activityControls: ["YouTube watch history"],
  };
}

/** A song played on YouTube Music: the header "YouTube Music", its artist's "- Topic" channel. */
function played(time: string, song: string, videoId: string, artist: string, id: string): Record<string, unknown> {
  return { ...watched(time, song, videoId, [`${artist} - Topic`, id]), header: "YouTube Music" };
}

/** An advert shown before a video: "From Google Ads", its title the advert's, or its URL with no channel. */
function advert(time: string, videoId: string, title?: string, advertiser?: Channel): Record<string, unknown> {
  const url = `https://www.youtube.com/watch?v=${videoId}`;
  return {
    header: "YouTube",
    title: `Watched ${title ?? url}`,
    titleUrl: url,
    ...(advertiser ? { subtitles: [{ name: advertiser[0], url: channelUrl(advertiser[1]) }] } : {}),
    time,
    products: ["YouTube"],
    details: [{ name: "From Google Ads" }],
    activityControls: ["Web & App Activity", "YouTube watch history", "YouTube search history"],
  };
}

/** A search, as search-history.json holds it. */
function searched(time: string, words: string, header = "YouTube"): Record<string, unknown> {
  return {
    header,
    title: `Searched for ${words}`,
    titleUrl: `https://www.youtube.com/results?search_query=${encodeURIComponent(words).replace(/%20/g, "+")}`,
    time,
    products: ["YouTube"],
    activityControls: ["YouTube search history"],
  };
}

/** watch-history.json, newest first as Takeout writes it. */
const WATCH = [
  watched("2026-11-29T10:12:40.318Z", "Sharpening a Japanese Kanna – Setting Up a Hand Plane", "kN4nAbL4d3e", SAMURAI),
  watched("2026-11-28T21:05:02.774Z", "Ordering at an Izakaya in Japanese (Slow, Easy Japanese)", "iZk4Yq2Lr8w", COMPREHENSIBLE),
  watched("2026-11-21T16:44:19.051Z", "Ryoba vs Dozuki: Which Japanese Saw Should You Buy First?", "rYo8bA2dZu0", SAMURAI),
  {
    header: "YouTube",
    title: "Viewed New video on Sunday: the results of my 30 day immersion challenge! Anyone else doing one?",
    time: "2026-11-20T12:31:07.990Z",
    products: ["YouTube"],
    activityControls: ["YouTube watch history"],
  },
  watched("2026-11-14T19:22:36.402Z", "Keigo for Beginners: Polite Japanese at Work and in Shops", "kEi9G0mIsA1", MISA),
  advert("2026-11-14T19:22:05.113Z", "nV3pNadXy7Q", "Get 70% off NordVPN this Black Friday", ["NordVPN", "UCJkpB7Sy8cZpAdzlFxZKQ1A"]),
  watched("2026-11-08T09:47:58.660Z", "Chopping Mortises by Hand: The Complete Guide", "mOrT1sE5bYh", STUMPY),
  played("2026-11-07T20:30:12.205Z", "Affection", "aFf3cT10nJs", "Jinsang", "UCnTyqkn1ONzWB5OrQaPTiGQ"),
  played("2026-11-07T20:27:01.884Z", "Kyoto", "kY0t0LoF1gr", "Yasumu", "UCvEk2wRbVnP6dRGxH9rlW4Q"),
  watched("2026-11-07T20:03:44.517Z", "lofi hip hop radio 📚 beats to relax/study to", "jfKfPfyJRdk", LOFI),
  watched("2026-11-02T08:15:27.930Z", "JLPT N4 Grammar: てしまう (te shimau) – Regret and Completion", "tE5h1mAuN4g", NIHONGO),
  {
    header: "YouTube",
    title: "Watched https://www.youtube.com/watch?v=Xr8dQ2mN0aE",
    titleUrl: "https://www.youtube.com/watch?v=Xr8dQ2mN0aE",
    time: "2026-10-31T22:10:55.301Z",
    products: ["YouTube"],
    activityControls: ["YouTube watch history"],
  },
  watched("2026-10-26T18:02:09.144Z", "Shopping at a Japanese Convenience Store (Beginner Japanese)", "kOnB1n1Sh0p", COMPREHENSIBLE),
  watched("2026-10-24T12:40:31.007Z", "The Food Lab: Perfect Roast Potatoes", "rOaSt9P0tAt", KENJI),
  watched("2026-10-20T21:18:46.559Z", "Which Workbench Should You Build First?", "wB3nCh1sT4r", ESTLEA),
  watched("2026-10-19T07:52:14.823Z", "Why Your Japanese Sounds Weird: Pitch Accent Explained", "pItCh4cC3nt", DOGEN),
  advert("2026-10-19T07:51:48.002Z", "aD7xQ2pLm9s"),
  watched("2026-10-17T10:05:33.418Z", "The Only Hand Plane a Beginner Needs (Stanley No. 4)", "hAnDpL4n3N4", KRUEGER),
  watched("2026-10-12T19:36:50.266Z", "How I Learned 2,000 Kanji in a Year (Anki + Mnemonics)", "k4nJ1aNk1yR", ANDY),
  watched("2026-10-11T07:58:02.711Z", "Budget 2026: what it means for your pension", "bUdG3tN3ws1", BBC),
  watched("2026-10-10T20:02:48.903Z", "Dovetail Tutorial for Beginners – Hand Cut, Knife Wall Method", "dOvEt4iLk1W", COSMAN),
  watched("2026-10-05T07:45:10.376Z", "は vs が | The Difference Explained Simply (Japanese Particles)", "wAvSg4P4rT1", MISA),
  watched("2026-10-03T09:31:05.112Z", "Restoring a Rusty Old Chisel in 20 Minutes", "rUsTyCh1s3l", SELLERS),
  watched("2026-10-03T09:14:22.481Z", "Chisel Sharpening Made Simple – No Honing Guide Needed", "cH1sElSh4rP", SELLERS),
];

/** search-history.json, newest first. */
const SEARCHES = [
  searched("2026-11-28T20:58:33.160Z", "how to order at an izakaya in japanese"),
  searched("2026-11-21T16:40:02.519Z", "japanese pull saw ryoba vs dozuki"),
  searched("2026-11-14T19:18:47.845Z", "keigo sonkeigo kenjougo difference"),
  searched("2026-11-07T20:01:15.332Z", "lofi study beats", "YouTube Music"),
  searched("2026-11-02T08:11:40.071Z", "te shimau meaning"),
  searched("2026-10-20T21:12:09.688Z", "split top roubo workbench plans"),
  searched("2026-10-12T19:30:26.902Z", "anki kanji deck recommendations"),
  searched("2026-10-10T19:58:40.437Z", "hand cut dovetails for beginners"),
  searched("2026-10-05T07:41:02.215Z", "japanese particles wa vs ga"),
  searched("2026-10-03T09:10:11.594Z", "how to sharpen chisels without a jig"),
];

/** A cell as Takeout writes it: quoted when it holds a comma, a quote or a line break, its quotes doubled. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV file as Takeout writes one: its header, then a row per record, LF after each. */
function csv(header: string, rows: string[][]): string {
  return [header, ...rows.map((r) => r.map(cell).join(","))].map((line) => `${line}\n`).join("");
}

/** A comment's text as comments.csv holds it: its segments as JSON objects joined by commas. */
function segments(...texts: string[]): string {
  return texts.map((text) => JSON.stringify({ text })).join(",");
}

const DAN = "UCq7dWh1tF13ldB4nR5tOkYg";

/** comments.csv: what Dan wrote under videos, newest last. */
const COMMENTS = csv("Comment ID,Channel ID,Comment Create Timestamp,Price,Parent Comment ID,Post ID,Video ID,Comment Text", [
  [
    "UgzQ8cH1sElSh4rPc0mm3nT4AaABAg",
    DAN,
    "2026-10-04T17:20:45.118446+00:00",
    "0",
    "",
    "",
    "cH1sElSh4rP",
    segments("Sharpened my Narex chisels this way on diamond plates, 1000 then 8000 grit, and they shave arm hair now. Thank you Paul!"),
  ],
  [
    "UgwDv3tAiLk1Wc0mm3nTz7AaABAg",
    DAN,
    "2026-10-11T08:02:31.442817+00:00",
    "0",
    "",
    "",
    "dOvEt4iLk1W",
    segments(
      "Thanks Rob, the knife wall trick finally fixed the gaps at my baselines.",
      "\n",
      "First half-blind dovetail drawer done this weekend, in cherry.",
    ),
  ],
  [
    "UgyK4nJ1aNk1yRc0mm3nTq2AaABAg",
    DAN,
    "2026-10-13T06:55:09.306154+00:00",
    "0",
    "",
    "",
    "k4nJ1aNk1yR",
    segments("Doing 15 new kanji a day in Anki with the RTK deck, 300 in so far. Making up a silly story for each one really works."),
  ],
  [
    "UgxKe1G0mIsA1rEpLy9AaABAg.A1b2C3d4E5fG6h7I8j9K0l",
    DAN,
    "2026-11-15T09:12:58.770301+00:00",
    "0",
    "UgxKe1G0mIsA1rEpLy9AaABAg",
    "",
    "kEi9G0mIsA1",
    segments("Same here! I never knew いらっしゃる was just the honorific いる. Practising it before my trip to Osaka in April."),
  ],
]);

/** subscriptions.csv: the channels Dan follows, in the order he subscribed. */
const SUBSCRIPTIONS = csv(
  "Channel Id,Channel Url,Channel Title",
  [SELLERS, COSMAN, KRUEGER, STUMPY, ESTLEA, SAMURAI, MISA, ANDY, DOGEN, COMPREHENSIBLE, NIHONGO, LOFI].map(([name, id]) => [
    id,
    `http://www.youtube.com/channel/${id}`,
    name,
  ]),
);

const FILES: PersonFile[] = [
  {
    name: "Takeout/archive_browser.html",
    text: '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Archive Overview</title></head><body><h1>Archive Overview</h1><p>Your archive includes YouTube and YouTube Music.</p></body></html>',
  },
  { name: `${ROOT}/history/watch-history.json`, text: JSON.stringify(WATCH, null, 2) },
  { name: `${ROOT}/history/search-history.json`, text: JSON.stringify(SEARCHES, null, 2) },
  { name: `${ROOT}/comments/comments.csv`, text: COMMENTS },
  { name: `${ROOT}/subscriptions/subscriptions.csv`, text: SUBSCRIPTIONS },
  {
    name: `${ROOT}/playlists/playlists.csv`,
    text: csv(
      "Playlist ID,Add new videos to top,Playlist image 1 Create timestamp,Playlist image 1 URL,Playlist image 1 Height,Playlist image 1 Width,Playlist title (original),Playlist title (original) language,Playlist create timestamp,Playlist update timestamp,Playlist video order,Playlist visibility",
      [
        [
          "PLx8Vd2kQw0mJpGr4mMaR5eN",
          "False",
          "",
          "",
          "",
          "",
          "Japanese grammar",
          "",
          "2026-10-05T07:50:12+00:00",
          "2026-11-14T19:40:01+00:00",
          "Manual",
          "Private",
        ],
        [
          "PLx8Vd2kQw0mWoOd7hAnD70L",
          "False",
          "",
          "",
          "",
          "",
          "Hand tool joinery",
          "",
          "2026-10-10T20:45:33+00:00",
          "2026-11-08T10:30:27+00:00",
          "Manual",
          "Private",
        ],
      ],
    ),
  },
  {
    name: `${ROOT}/playlists/Japanese grammar-videos.csv`,
    text: csv("Video ID,Playlist Video Creation Timestamp", [
      ["wAvSg4P4rT1", "2026-10-05T07:50:12+00:00"],
      ["tE5h1mAuN4g", "2026-11-02T08:30:45+00:00"],
      ["kEi9G0mIsA1", "2026-11-14T19:40:01+00:00"],
    ]),
  },
  {
    name: `${ROOT}/playlists/Hand tool joinery-videos.csv`,
    text: csv("Video ID,Playlist Video Creation Timestamp", [
      ["dOvEt4iLk1W", "2026-10-10T20:45:33+00:00"],
      ["mOrT1sE5bYh", "2026-11-08T10:30:27+00:00"],
    ]),
  },
  {
    name: `${ROOT}/playlists/Watch later-videos.csv`,
    text: csv("Video ID,Playlist Video Creation Timestamp", [["sHoJ1kYb4n0", "2026-11-25T22:04:18+00:00"]]),
  },
  { name: `${ROOT}/channels/channel.csv`, text: csv("Channel ID,Channel Title (Original),Channel Visibility", [[DAN, "Dan Whitfield", "Public"]]) },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What was the video about sharpening chisels I watched?", expect: ["Paul Sellers"] },
  { question: "Which channel did I find the dovetail tutorial on?", expect: ["Rob Cosman"] },
  { question: "What did I search for about Japanese particles?", expect: ["wa vs ga"] },
  { question: "What did I search for about a workbench?", expect: ["roubo"] },
  { question: "Which video about hand planes did I watch?", expect: ["No. 4"] },
  { question: "Who explained pitch accent in the video I watched?", expect: ["Dogen"] },
  { question: "When did I watch the video on chopping mortises?", expect: ["8 November"] },
  { question: "What grits did I say I sharpen my chisels on?", expect: ["8000"] },
  { question: "How many new kanji a day am I doing in Anki?", expect: ["15"] },
  { question: "What did I say fixed the gaps in my dovetails?", expect: ["knife wall"] },
  { question: "Which YouTube channels am I subscribed to?", expect: ["Tokini Andy", "Paul Sellers"] },
  { question: "When is my trip to Osaka?", expect: ["April"] },
  { question: "How much did I pay for my Narex chisels?", expect: null },
  { question: "When is my JLPT exam?", expect: null },
  { question: "What did my Japanese tutor say about my pronunciation?", expect: null },
];

/** Dan: his YouTube Takeout, unzipped and imported as one folder, asked on Wednesday 2 December 2026. */
export const watcher: Person = {
  name: "watcher",
  files: FILES,
  folder: "Takeout",
  askedAt: Date.UTC(2026, 11, 2, 19, 0),
  questions: QUESTIONS,
};
