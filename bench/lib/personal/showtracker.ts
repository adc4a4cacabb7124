/**
 * The showtracker: Priya, in Manchester, tracks what she watches on Trakt over the autumn of 2026: the
 * second season of Severance (played through Plex, which scrobbles each episode to Trakt), the fourth of
 * Slow Horses (marked watched in Trakt's app after each Wednesday's episode), the start of the fourth of
 * Only Murders in the Building, and a few films (Dune: Part Two at home, Conclave, Anora at the cinema,
 * checked in from her phone as it started, The Holdovers on the last night of October). She rates what she
 * finishes, keeps a watchlist (one title with a note of who recommended it), a favourite, a custom list
 * ("Comfort rewatches") and writes two comments. On Monday 2 November 2026 she exports her data (Trakt's
 * Settings → Data → "Export now": a ZIP of JSON files), unzips it into a folder and imports the folder
 * (`engram import "Trakt export"`).
 *
 * The files as Trakt writes them, checked against a real export's files in Yamtrack's test data
 * (FuzzyGrim/Yamtrack, src/integrations/tests/mock_data/trakt_export: watched-history.json, ratings-
 * episodes.json, ratings-shows.json, ratings-seasons.json, lists-watchlist.json, lists-favorites.json,
 * lists-lists.json, lists-list-<id>-<slug>.json, comments-seasons.json, user-profile.json: each a JSON
 * array (the profile an object), pretty-printed with two spaces; a history item's `id`, `watched_at`
 * "2026-04-01T11:10:00.000Z", `action`, `type`, an episode's `ids` (with Plex's `guid`), `title`, `number`
 * and `season`, its show's `ids`, `year`, `title` and `aired_episodes`; a rating's `rated_at`, `rating` 1–10
 * and `type`; a list item's `type`, the title, `rank`, `id`, `listed_at`, `notes` and `my_rating`; a
 * comment's `comment: { id, comment, spoiler, review, parent_id, created_at, updated_at, replies, likes,
 * user_rating, language, user_stats, user }`), Yamtrack's and Ryot's importers of the ZIP (the file names,
 * paged files `watched-history-2.json`, the aggregate watched-movies.json and watched-shows.json not
 * read), a web exporter that fetches the same files from the API (each file's endpoint: user-settings is
 * `users/settings`, whose `account.timezone` is the user's zone; `watched-playback`, `hidden-*`,
 * `network-*`, `likes-*`, `notes-*`, `collection-*`) and rwnd.tv's notes on a real export (the
 * `1900-01-01T00:00:00.000Z` of a title watched on an unknown day, empty `comments-*` and `notes-*` files).
 * Her time zone is Europe/London: Chikhai Bardo, started late on Saturday 10 October, ended at 00:20 BST on
 * Sunday 11 October, which is 23:20 on the Saturday in UTC, as Trakt writes it. Paddington 2 she marked
 * watched "on an unknown date". Hand-written by the developers while trying Engram as its users would, in
 * session 39, before Engram could read a Trakt export (the first run's figures are in bench/README.md).
 * With it, the questions such a person asks later and the words a right answer holds, and questions
 * nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/** A JSON file as Trakt's export writes one: pretty-printed with two spaces. */
const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A film: its Trakt id, title, year, slug, IMDb and TMDB ids. */
type Film = [trakt: number, title: string, year: number, slug: string, imdb: string, tmdb: number];
/** A show: its Trakt id, title, year, slug, IMDb, TMDB and TVDB ids, episodes aired. */
type Show = [trakt: number, title: string, year: number, slug: string, imdb: string, tmdb: number, tvdb: number, aired: number];

const DUNE: Film = [452827, "Dune: Part Two", 2024, "dune-part-two-2024", "tt15239678", 693134];
const CONCLAVE: Film = [873624, "Conclave", 2024, "conclave-2024", "tt20215234", 974576];
const ANORA: Film = [935112, "Anora", 2024, "anora-2024", "tt28607951", 1064213];
const HOLDOVERS: Film = [751203, "The Holdovers", 2023, "the-holdovers-2023", "tt14849194", 840430];
const PADDINGTON: Film = [231905, "Paddington 2", 2017, "paddington-2-2017", "tt4468740", 346648];
const SINNERS: Film = [1093388, "Sinners", 2025, "sinners-2025", "tt31193180", 1233413];

const SEVERANCE: Show = [154997, "Severance", 2022, "severance", "tt11280740", 95396, 371980, 19];
const SLOW_HORSES: Show = [150923, "Slow Horses", 2022, "slow-horses", "tt5875444", 95480, 388553, 24];
const OMITB: Show = [171541, "Only Murders in the Building", 2021, "only-murders-in-the-building", "tt11691774", 107113, 383275, 40];
const STUDIO: Show = [229870, "The Studio", 2025, "the-studio", "tt25146254", 247767, 446519, 10];
const ANDOR: Show = [141452, "Andor", 2022, "andor", "tt9253284", 83867, 393189, 24];
const SCHITTS: Show = [78640, "Schitt's Creek", 2015, "schitt-s-creek", "tt3526078", 61662, 287247, 80];

/** A film as the history writes it (Plex's ids among its own). */
function historyFilm([trakt, title, year, slug, imdb, tmdb]: Film) {
  return { ids: { imdb, plex: { guid: `5d7768${trakt.toString(16)}a1b2c3`, slug: slug.replace(/-\d{4}$/, "") }, slug, tmdb, trakt }, year, title };
}

/** A show as the history writes it. */
function historyShow([trakt, title, year, slug, imdb, tmdb, tvdb, aired]: Show) {
  return { ids: { imdb, plex: { guid: `5d9c08${trakt.toString(16)}e4f5a6`, slug }, slug, tmdb, tvdb, trakt }, year, title, aired_episodes: aired };
}

/** A film as the ratings, the lists and the comments write it. */
function apiFilm([trakt, title, year, slug, imdb, tmdb]: Film) {
  return { title, year, ids: { trakt, slug, imdb, tmdb } };
}

/** A show as the ratings and the comments write it. */
function apiShow([trakt, title, year, slug, imdb, tmdb, tvdb, aired]: Show) {
  return { title, year, ids: { trakt, slug, tvdb, imdb, tmdb, tvrage: null }, aired_episodes: aired };
}

/** A show as the lists write it. */
function listShow([trakt, title, year, slug, imdb, tmdb, tvdb, aired]: Show) {
  return { ids: { imdb, slug, tmdb, tvdb, trakt }, year, title, aired_episodes: aired };
}

/** An episode: its show, season, number, title and Trakt id. */
type Episode = [show: Show, season: number, number: number, title: string, trakt: number];

const SEV: Episode[] = [
  [SEVERANCE, 2, 1, "Hello, Ms. Cobel", 11418201],
  [SEVERANCE, 2, 2, "Goodbye, Mrs. Selvig", 11418202],
  [SEVERANCE, 2, 3, "Who Is Alive?", 11418203],
  [SEVERANCE, 2, 4, "Woe's Hollow", 11418204],
  [SEVERANCE, 2, 5, "Trojan's Horse", 11418205],
  [SEVERANCE, 2, 6, "Attila", 11418206],
  [SEVERANCE, 2, 7, "Chikhai Bardo", 11418207],
  [SEVERANCE, 2, 8, "Sweet Vitriol", 11418208],
  [SEVERANCE, 2, 9, "The After Hour", 11418209],
  [SEVERANCE, 2, 10, "Cold Harbor", 11418210],
];
const SLOW: Episode[] = [
  [SLOW_HORSES, 4, 1, "Identity Theft", 11620441],
  [SLOW_HORSES, 4, 2, "Hello Goodbye", 11620442],
  [SLOW_HORSES, 4, 3, "Returns", 11620443],
  [SLOW_HORSES, 4, 4, "Tall Tales", 11620444],
  [SLOW_HORSES, 4, 5, "Missing Persons", 11620445],
  [SLOW_HORSES, 4, 6, "Hall of Mirrors", 11620446],
];
const MURDERS: Episode[] = [
  [OMITB, 4, 1, "Once Upon a Time in the West", 11532901],
  [OMITB, 4, 2, "Gates of Heaven", 11532902],
];

/** An episode as the history writes it. */
function historyEpisode([, season, number, title, trakt]: Episode) {
  return {
    ids: { imdb: `tt${30000000 + trakt - 11000000}`, plex: { guid: `66f1${trakt.toString(16)}0c9d` }, tmdb: trakt - 6000000, tvdb: trakt - 1000000, trakt },
    title,
    number,
    season,
  };
}

/** An episode as the ratings and the comments write it. */
function apiEpisode([, season, number, title, trakt]: Episode) {
  return { season, number, title, ids: { trakt, tvdb: trakt - 1000000, imdb: `tt${30000000 + trakt - 11000000}`, tmdb: trakt - 6000000, tvrage: null } };
}

/** A viewing: when it was written (UTC, as Trakt writes it), how (`watch` marked, `scrobble` from a player, `checkin`), and what. */
type Viewing = [at: string, action: "watch" | "scrobble" | "checkin", what: Film | Episode];

/** Her viewings, oldest first (the times in UTC; she is on British Summer Time, UTC+1, until Sunday 25 October). */
const VIEWINGS: Viewing[] = [
  ["2026-09-09T21:00:00.000Z", "watch", SLOW[0]!],
  ["2026-09-11T20:05:00.000Z", "scrobble", SEV[0]!],
  ["2026-09-12T19:40:00.000Z", "scrobble", SEV[1]!],
  ["2026-09-16T21:05:00.000Z", "watch", SLOW[1]!],
  ["2026-09-18T20:10:00.000Z", "scrobble", SEV[2]!],
  ["2026-09-19T20:30:00.000Z", "scrobble", SEV[3]!],
  ["2026-09-23T21:00:00.000Z", "watch", SLOW[2]!],
  ["2026-09-25T20:00:00.000Z", "scrobble", SEV[4]!],
  ["2026-09-26T22:10:00.000Z", "watch", DUNE],
  ["2026-09-30T21:10:00.000Z", "watch", SLOW[3]!],
  ["2026-10-02T20:15:00.000Z", "scrobble", SEV[5]!],
  ["2026-10-04T16:45:00.000Z", "scrobble", CONCLAVE],
  ["2026-10-07T21:00:00.000Z", "watch", SLOW[4]!],
  // (00:20 on Sunday 11 October in London)
  ["2026-10-10T23:20:00.000Z", "scrobble", SEV[6]!],
  ["2026-10-11T20:00:00.000Z", "scrobble", SEV[7]!],
  ["2026-10-14T21:20:00.000Z", "watch", SLOW[5]!],
  ["2026-10-16T20:10:00.000Z", "scrobble", SEV[8]!],
  ["2026-10-17T21:15:00.000Z", "scrobble", SEV[9]!],
  ["2026-10-22T18:25:00.000Z", "checkin", ANORA],
  ["2026-10-27T20:30:00.000Z", "scrobble", MURDERS[0]!],
  ["2026-10-27T21:10:00.000Z", "scrobble", MURDERS[1]!],
  ["2026-10-31T22:00:00.000Z", "watch", HOLDOVERS],
];

const isFilm = (what: Film | Episode): what is Film => typeof what[0] === "number";

/** watched-history.json: newest first, each viewing's history id; Paddington 2, marked watched on an unknown day, last. */
const HISTORY = json([
  ...VIEWINGS.map(([at, action, what], i) =>
    isFilm(what)
      ? { id: 11950412300 + i * 7919, watched_at: at, action, type: "movie", movie: historyFilm(what) }
      : { id: 11950412300 + i * 7919, watched_at: at, action, type: "episode", episode: historyEpisode(what), show: historyShow(what[0]) },
  ).reverse(),
  { id: 11950310021, watched_at: "1900-01-01T00:00:00.000Z", action: "watch", type: "movie", movie: historyFilm(PADDINGTON) },
]);

const RATINGS_MOVIES = json([
  { rated_at: "2026-10-31T22:05:12.000Z", rating: 8, type: "movie", movie: apiFilm(HOLDOVERS) },
  { rated_at: "2026-10-22T21:02:40.000Z", rating: 7, type: "movie", movie: apiFilm(ANORA) },
  { rated_at: "2026-10-04T17:01:09.000Z", rating: 8, type: "movie", movie: apiFilm(CONCLAVE) },
  { rated_at: "2026-09-26T22:14:31.000Z", rating: 9, type: "movie", movie: apiFilm(DUNE) },
]);
const RATINGS_SHOWS = json([{ rated_at: "2026-10-17T21:20:45.000Z", rating: 10, type: "show", show: apiShow(SEVERANCE) }]);
const RATINGS_SEASONS = json([
  {
    rated_at: "2026-10-14T21:31:02.000Z",
    rating: 8,
    type: "season",
    season: { number: 4, ids: { trakt: 402117, tvdb: 2011482, tmdb: 386170, tvrage: null }, aired_episodes: 6 },
    show: apiShow(SLOW_HORSES),
  },
]);
const RATINGS_EPISODES = json([
  { rated_at: "2026-10-17T21:18:20.000Z", rating: 10, type: "episode", episode: apiEpisode(SEV[9]!), show: apiShow(SEVERANCE) },
  { rated_at: "2026-10-10T23:24:55.000Z", rating: 9, type: "episode", episode: apiEpisode(SEV[6]!), show: apiShow(SEVERANCE) },
]);

/** A list item: its type and title, rank, id, day listed, note. */
function listItem(what: Film | Show, rank: number, id: number, listed: string, notes: string | null) {
  return what.length === 8
    ? { type: "show", show: listShow(what as Show), rank, id, listed_at: listed, notes, my_rating: null }
    : {
        type: "movie",
        movie: { ids: { imdb: what[4], slug: what[3], tmdb: what[5], trakt: what[0] }, year: what[2], title: what[1] },
        rank,
        id,
        listed_at: listed,
        notes,
        my_rating: null,
      };
}

const WATCHLIST = json([
  listItem(SINNERS, 1, 1402256611, "2026-09-08T19:12:44.000Z", null),
  listItem(STUDIO, 2, 1408817302, "2026-09-21T12:30:05.000Z", null),
  listItem(ANDOR, 3, 1415530917, "2026-10-05T08:45:51.000Z", "Tom from work recommended it, says it's the best thing Star Wars has ever made"),
]);
const FAVORITES = json([listItem(SEVERANCE, 1, 1420014455, "2026-10-17T21:25:33.000Z", "Best show on TV right now")]);

const LIST_ID = 28814417;
const LISTS = json([
  {
    name: "Comfort rewatches",
    description: "Films and shows for a rainy Sunday afternoon.",
    privacy: "private",
    share_link: "https://app.trakt.tv/users/priyawatches/lists/comfort-rewatches",
    type: "personal",
    display_numbers: true,
    allow_comments: false,
    sort_by: "rank",
    sort_how: "asc",
    created_at: "2026-09-13T15:01:27.000Z",
    updated_at: "2026-10-31T22:06:40.000Z",
    item_count: 3,
    comment_count: 0,
    likes: 0,
    ids: { slug: "comfort-rewatches", trakt: LIST_ID },
    images: { posters: [] },
    user: { ids: { slug: "priyawatches", trakt: 3318907 }, username: "priyawatches", private: false, deleted: false, name: "Priya", vip: false },
    total_count: 1,
  },
]);
const COMFORT = json([
  listItem(PADDINGTON, 1, 1404410201, "2026-09-13T15:02:10.000Z", null),
  listItem(SCHITTS, 2, 1404410388, "2026-09-13T15:03:02.000Z", "Season 4 especially"),
  listItem(HOLDOVERS, 3, 1433980120, "2026-10-31T22:06:40.000Z", null),
]);

/** The account as Trakt gives it in a comment and the profile. */
const USER = {
  username: "priyawatches",
  private: false,
  deleted: false,
  name: "Priya",
  vip: false,
  vip_ep: false,
  director: false,
  ids: { slug: "priyawatches", trakt: 3318907 },
};

/** A comment of hers: its id, words, when and her rating of what it is on. */
function comment(id: number, words: string, at: string, rating: number) {
  return {
    id,
    comment: words,
    spoiler: true,
    review: false,
    parent_id: 0,
    created_at: at,
    updated_at: at,
    replies: 0,
    likes: 2,
    user_rating: rating,
    language: "en",
    user_stats: { rating, play_count: 1, completed_count: 1 },
    user: USER,
  };
}

const COMMENTS_EPISODES = json([
  {
    type: "episode",
    episode: apiEpisode(SEV[9]!),
    show: apiShow(SEVERANCE),
    comment: comment(
      1207733,
      "That ending! Mark choosing Helly in the hallway while Gemma walks away broke me. Now I have to wait who knows how long for season 3.",
      "2026-10-17T21:31:08.000Z",
      10,
    ),
  },
]);
const COMMENTS_MOVIES = json([
  {
    type: "movie",
    movie: apiFilm(DUNE),
    comment: comment(
      1189204,
      "Even on the TV the sandworm ride gave me chills. Austin Butler is terrifying as Feyd-Rautha, and the black and white arena scene is stunning.",
      "2026-09-26T22:20:54.000Z",
      9,
    ),
  },
]);

/** watched-movies.json and watched-shows.json: each title's plays and when last watched (the history tells each viewing). */
const WATCHED_MOVIES = json(
  [DUNE, CONCLAVE, ANORA, HOLDOVERS].map((f) => ({
    plays: 1,
    last_watched_at: VIEWINGS.find(([, , w]) => w === f)![0],
    last_updated_at: VIEWINGS.find(([, , w]) => w === f)![0],
    movie: apiFilm(f),
  })),
);
const WATCHED_SHOWS = json(
  (
    [
      [SEVERANCE, SEV],
      [SLOW_HORSES, SLOW],
      [OMITB, MURDERS],
    ] as const
  ).map(([show, episodes]) => {
    const times = episodes.map((e) => VIEWINGS.find(([, , w]) => w === e)![0]);
    return {
      plays: episodes.length,
      last_watched_at: times.at(-1),
      last_updated_at: times.at(-1),
      reset_at: null,
      show: apiShow(show),
      seasons: [{ number: episodes[0]![1], episodes: episodes.map((e, i) => ({ number: e[2], plays: 1, last_watched_at: times[i] })) }],
    };
  }),
);

const PROFILE = json({
  ...USER,
  joined_at: "2021-01-09T18:44:02.000Z",
  location: "Manchester",
  about: "",
  gender: "",
  age: null,
  images: { avatar: { full: "https://walter.trakt.tv/hotlink-ok/placeholders/medium/anonymous.png" } },
  vip_og: false,
  vip_years: 0,
  vip_cover_image: null,
});
const SETTINGS = json({
  user: { ...USER, joined_at: "2021-01-09T18:44:02.000Z", location: "Manchester", about: "", gender: "", age: null },
  account: { timezone: "Europe/London", date_format: "dmy", time_24hr: true, cover_image: null },
  connections: {
    facebook: false,
    twitter: false,
    mastodon: false,
    google: false,
    tumblr: false,
    medium: false,
    slack: false,
    apple: false,
    dropbox: false,
    microsoft: false,
  },
  sharing_text: { watching: "I'm watching [item]", watched: "I just watched [item]", rated: "[item] [stars]" },
  limits: { list: { count: 2, item_count: 100 }, watchlist: { item_count: 100 }, favorites: { item_count: 50 } },
});
const STATS = json({
  movies: { plays: 5, watched: 5, minutes: 692, collected: 0, ratings: 4, comments: 1 },
  shows: { watched: 3, collected: 0, ratings: 1, comments: 0 },
  seasons: { ratings: 1, comments: 0 },
  episodes: { plays: 18, watched: 18, minutes: 943, collected: 0, ratings: 2, comments: 1 },
  network: { friends: 0, followers: 1, following: 2 },
  ratings: { total: 8, distribution: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0, "6": 0, "7": 1, "8": 3, "9": 2, "10": 2 } },
});

const FOLDER = "Trakt export";
/** When she unzipped it: Monday 2 November 2026. */
const UNZIPPED = Date.UTC(2026, 10, 2, 19, 40);

const FILES: PersonFile[] = (
  [
    ["watched-history.json", HISTORY],
    ["watched-movies.json", WATCHED_MOVIES],
    ["watched-shows.json", WATCHED_SHOWS],
    ["watched-playback.json", "[]"],
    ["ratings-movies.json", RATINGS_MOVIES],
    ["ratings-shows.json", RATINGS_SHOWS],
    ["ratings-seasons.json", RATINGS_SEASONS],
    ["ratings-episodes.json", RATINGS_EPISODES],
    ["lists-watchlist.json", WATCHLIST],
    ["lists-favorites.json", FAVORITES],
    ["lists-lists.json", LISTS],
    ["lists-collaborations.json", "[]"],
    [`lists-list-${LIST_ID}-comfort-rewatches.json`, COMFORT],
    ["comments-movies.json", COMMENTS_MOVIES],
    ["comments-shows.json", "[]"],
    ["comments-seasons.json", "[]"],
    ["comments-episodes.json", COMMENTS_EPISODES],
    ["comments-lists.json", "[]"],
    ["collection-movies.json", "[]"],
    ["collection-shows.json", "[]"],
    ["hidden-progress-watched.json", "[]"],
    ["likes-comments.json", "[]"],
    ["network-following.json", "[]"],
    ["notes-movies.json", "[]"],
    ["user-profile.json", PROFILE],
    ["user-settings.json", SETTINGS],
    ["user-stats.json", STATS],
  ] as const
).map(([name, text]) => ({ name: `${FOLDER}/${name}`, text, mtime: UNZIPPED }));

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I watch the last episode of Severance season 2?", expect: ["17 October"] },
  { question: "What did I rate Dune: Part Two?", expect: ["9"] },
  { question: "What's on my watchlist?", expect: ["Sinners", "The Studio", "Andor"] },
  { question: "What did I watch on Saturday 26 September?", expect: ["Dune"] },
  { question: "What did I write about Cold Harbor?", expect: ["season 3"] },
  { question: "What's on my Comfort rewatches list?", expect: ["Paddington 2", "Schitt's Creek"] },
  { question: "Who recommended Andor to me?", expect: ["Tom"] },
  { question: "What did I rate season 4 of Slow Horses?", expect: ["8"] },
  { question: "Which episodes of Severance did I watch on Sunday 11 October?", expect: ["Chikhai Bardo", "Sweet Vitriol"] },
  { question: "When did I see Anora?", expect: ["22 October"] },
  { question: "When did I start season 4 of Slow Horses?", expect: ["9 September"] },
  { question: "What did I say about Dune: Part Two?", expect: ["sandworm"] },
  { question: "What did I rate The Last of Us?", expect: null },
  { question: "When did I watch The Studio?", expect: null },
  { question: "How much was my cinema ticket for Anora?", expect: null },
];

/** The showtracker: her Trakt export unzipped, imported as a folder, asked on Wednesday 4 November 2026. */
export const showtracker: Person = {
  name: "showtracker",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 4, 9, 30),
  questions: QUESTIONS,
};
