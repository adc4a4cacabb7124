/**
 * The moviegoer: Nadia rates everything she watches on IMDb, films, series and the odd episode, keeps a
 * watchlist, checks in to what she is watching, and keeps two lists ("Films to show the kids", "Best of
 * 2026"). At the start of December she exports each from IMDb's Exports page (imdb.com/exports: Your
 * Ratings, Your Watchlist, Your Check-Ins and each list, each "Export" then "Download" there), saves the
 * CSVs in a folder "IMDb exports" under the names she gives them, and imports the folder (`engram import
 * "IMDb exports"`). The files are as IMDb writes them (UTF-8, a header row, LF line ends): her ratings
 * `Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,
 * Genres,Num Votes,Release Date,Directors` (a row per title she rated, 1–10, on the day in `Date Rated`;
 * a series' Directors empty; an episode titled "<series>: <episode>"); the watchlist, the check-ins and
 * each list `Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,IMDb Rating,
 * Runtime (mins),Year,Genres,Num Votes,Release Date,Directors,Your Rating,Date Rated` (`Created` the day
 * a title was added, `Description` her note on it, `Your Rating` and `Date Rated` filled where she rated
 * it); Title, Original Title, Genres and Directors always quoted, as the newer exports write them; Title
 * Type in the words the newer exports use ("Movie", "TV Series", "TV Mini Series", "TV Episode"). Checked
 * against a copy of a real list export in Yamtrack's issue #667 (its quoting), Yamtrack's IMDb importer and
 * its test file (every Title Type, "Breaking Bad: Ozymandias"), IMDB-Trakt-Syncer's imdbData.py (the
 * Exports page's watchlist, ratings and check-ins exports, `Created` read as the day added or checked in,
 * `Date Rated` as the day rated), and parsers' fixtures quoting Title, Genres and Directors ("Monsieur
 * Spade: Episode #1.6"). What IMDb names a download is not confirmed: she names each file herself, the
 * lists by their names. Hand-written by the developers while trying Engram as its users would, in
 * session 38, before Engram could read an IMDb export (the first run's figures are in bench/README.md).
 * With it, the questions such a person asks later and the words a right answer holds, and questions
 * nothing here answers.
 */
import type { Person } from "./types.js";

/** A cell as IMDb's newer exports write it: quoted when `always` (Title, Original Title, Genres, Directors) or when it holds a comma, a quote or a line break. */
function cell(value: string, always = false): string {
  return always || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** What IMDb knows of a title: its Const, title, original title, type, IMDb's rating, runtime, year, genres, votes, release day, directors. */
type Title = [
  Const: string,
  title: string,
  original: string,
  type: string,
  imdbRating: string,
  runtime: string,
  year: string,
  genres: string,
  votes: string,
  released: string,
  directors: string,
];

/** A title's cells from Title on (Title … Directors), as both of IMDb's CSVs write them. */
function titleCells([id, title, original, type, imdbRating, runtime, year, genres, votes, released, directors]: Title): string {
  return [
    cell(title, true),
    cell(original, true),
    `https://www.imdb.com/title/${id}/`,
    type,
    imdbRating,
    runtime,
    year,
    cell(genres, true),
    votes,
    released,
    cell(directors, true),
  ].join(",");
}

const RATINGS_HEADER =
  "Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors";
const LIST_HEADER =
  "Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors,Your Rating,Date Rated";

const PAST_LIVES: Title = ["tt13238346", "Past Lives", "Past Lives", "Movie", "7.8", "105", "2023", "Drama, Romance", "142318", "2023-06-02", "Celine Song"];
const PADDINGTON_2: Title = [
  "tt4468740",
  "Paddington 2",
  "Paddington 2",
  "Movie",
  "7.8",
  "103",
  "2017",
  "Adventure, Comedy, Family",
  "118904",
  "2017-11-10",
  "Paul King",
];
const AFTERSUN: Title = ["tt19770238", "Aftersun", "Aftersun", "Movie", "7.6", "102", "2022", "Drama", "121557", "2022-11-18", "Charlotte Wells"];
const HOLDOVERS: Title = [
  "tt14849194",
  "The Holdovers",
  "The Holdovers",
  "Movie",
  "7.9",
  "133",
  "2023",
  "Comedy, Drama",
  "168201",
  "2023-11-10",
  "Alexander Payne",
];
const PARASITE: Title = ["tt6751668", "Parasite", "Gisaengchung", "Movie", "8.5", "132", "2019", "Drama, Thriller", "1041233", "2019-05-30", "Bong Joon Ho"];
const HAMNET: Title = ["tt14905854", "Hamnet", "Hamnet", "Movie", "8.1", "125", "2025", "Drama, History", "58210", "2025-11-27", "Chloé Zhao"];
const SINNERS: Title = ["tt31193180", "Sinners", "Sinners", "Movie", "7.6", "137", "2025", "Action, Drama, Horror", "301442", "2025-04-18", "Ryan Coogler"];
const ONE_BATTLE: Title = [
  "tt30144839",
  "One Battle After Another",
  "One Battle After Another",
  "Movie",
  "8.0",
  "161",
  "2025",
  "Action, Comedy, Crime",
  "190223",
  "2025-09-26",
  "Paul Thomas Anderson",
];
const HAIL_MARY: Title = [
  "tt12042730",
  "Project Hail Mary",
  "Project Hail Mary",
  "Movie",
  "8.2",
  "156",
  "2026",
  "Adventure, Drama, Sci-Fi",
  "96120",
  "2026-03-20",
  "Phil Lord, Christopher Miller",
];
const ODYSSEY: Title = [
  "tt33764258",
  "The Odyssey",
  "The Odyssey",
  "Movie",
  "8.3",
  "172",
  "2026",
  "Action, Adventure, Fantasy",
  "120554",
  "2026-07-17",
  "Christopher Nolan",
];
const ANATOMY: Title = [
  "tt17009710",
  "Anatomy of a Fall",
  "Anatomie d'une chute",
  "Movie",
  "7.7",
  "151",
  "2023",
  "Crime, Drama, Thriller",
  "212880",
  "2023-08-23",
  "Justine Triet",
];
const DUNE_2: Title = [
  "tt15239678",
  "Dune: Part Two",
  "Dune: Part Two",
  "Movie",
  "8.5",
  "166",
  "2024",
  "Action, Adventure, Drama",
  "702116",
  "2024-03-01",
  "Denis Villeneuve",
];
const OZYMANDIAS: Title = [
  "tt2301451",
  "Breaking Bad: Ozymandias",
  "Breaking Bad: Ozymandias",
  "TV Episode",
  "10.0",
  "47",
  "2013",
  "Crime, Drama, Thriller",
  "253408",
  "2013-09-15",
  "Rian Johnson",
];
const BREAKING_BAD: Title = [
  "tt0903747",
  "Breaking Bad",
  "Breaking Bad",
  "TV Series",
  "9.5",
  "49",
  "2008",
  "Crime, Drama, Thriller",
  "2201345",
  "2008-01-20",
  "",
];
const SHOGUN: Title = ["tt2788316", "Shōgun", "Shōgun", "TV Series", "8.6", "60", "2024", "Adventure, Drama, History", "255901", "2024-02-27", ""];
const FORKS: Title = [
  "tt26484320",
  "The Bear: Forks",
  "The Bear: Forks",
  "TV Episode",
  "9.6",
  "37",
  "2023",
  "Comedy, Drama",
  "31207",
  "2023-06-22",
  "Ramy Youssef",
];
const CHERNOBYL: Title = [
  "tt7366338",
  "Chernobyl",
  "Chernobyl",
  "TV Mini Series",
  "9.3",
  "330",
  "2019",
  "Drama, History, Thriller",
  "960212",
  "2019-05-06",
  "",
];
const WEAPONS: Title = ["tt26581740", "Weapons", "Weapons", "Movie", "7.5", "128", "2025", "Horror, Mystery", "241330", "2025-08-08", "Zach Cregger"];
const WICKED_2: Title = [
  "tt19847976",
  "Wicked: For Good",
  "Wicked: For Good",
  "Movie",
  "6.9",
  "137",
  "2025",
  "Fantasy, Musical, Romance",
  "88415",
  "2025-11-21",
  "Jon M. Chu",
];
const TOY_STORY_5: Title = [
  "tt12584954",
  "Toy Story 5",
  "Toy Story 5",
  "Movie",
  "6.8",
  "100",
  "2026",
  "Animation, Adventure, Comedy",
  "40218",
  "2026-06-19",
  "Andrew Stanton",
];

/** Her ratings: a title, her rating out of 10 and the day she rated it (two episodes, two series and a mini-series among them). */
const RATINGS: Array<[Title, string, string]> = [
  [DUNE_2, "9", "2026-11-08"],
  [WICKED_2, "7", "2026-11-28"],
  [WEAPONS, "6", "2026-10-17"],
  [SHOGUN, "9", "2026-10-04"],
  [ONE_BATTLE, "8", "2026-09-26"],
  [AFTERSUN, "10", "2026-08-09"],
  [ODYSSEY, "9", "2026-07-18"],
  [FORKS, "10", "2026-07-02"],
  [TOY_STORY_5, "6", "2026-06-27"],
  [BREAKING_BAD, "9", "2026-06-21"],
  [OZYMANDIAS, "10", "2026-06-20"],
  [SINNERS, "8", "2026-05-16"],
  [ANATOMY, "8", "2026-04-05"],
  [HAIL_MARY, "8", "2026-03-21"],
  [PARASITE, "9", "2026-03-07"],
  [CHERNOBYL, "10", "2026-02-28"],
  [PAST_LIVES, "9", "2026-02-14"],
  [HOLDOVERS, "7", "2026-01-24"],
  [HAMNET, "9", "2026-01-11"],
  [PADDINGTON_2, "10", "2026-01-03"],
];

const RATINGS_CSV = `${[RATINGS_HEADER, ...RATINGS.map(([t, rating, day]) => [t[0], rating, day, titleCells(t)].join(","))].join("\n")}\n`;

/** Her rating of `title` and its day, as a list's last two cells: "9,2026-02-14", or ",," for a title she has not rated. */
function ratedCells(title: Title): string {
  const rated = RATINGS.find(([t]) => t[0] === title[0]);
  return rated ? `${rated[1]},${rated[2]}` : ",";
}

/** An entry of a list: the title, the day it was added, the day last modified, her note on it. */
type Entry = [title: Title, created: string, modified: string, description: string];

/** A list's CSV as IMDb exports it: a row per title in the list's order, its position from 1. */
function listCsv(entries: Entry[]): string {
  const rows = entries.map(([t, created, modified, description], i) =>
    [String(i + 1), t[0], created, modified, cell(description), titleCells(t), ratedCells(t)].join(","),
  );
  return `${[LIST_HEADER, ...rows].join("\n")}\n`;
}

const ZONE: Title = [
  "tt7160372",
  "The Zone of Interest",
  "The Zone of Interest",
  "Movie",
  "7.3",
  "105",
  "2023",
  "Drama, History, War",
  "131020",
  "2024-02-02",
  "Jonathan Glazer",
];
const PERFECT_DAYS: Title = ["tt27503384", "Perfect Days", "Perfect Days", "Movie", "7.9", "123", "2023", "Drama", "61544", "2023-12-21", "Wim Wenders"];
const DUNE_3: Title = [
  "tt31378509",
  "Dune: Part Three",
  "Dune: Part Three",
  "Movie",
  "",
  "",
  "2026",
  "Action, Adventure, Drama",
  "",
  "2026-12-18",
  "Denis Villeneuve",
];
const ALL_WE_IMAGINE: Title = [
  "tt27470011",
  "All We Imagine as Light",
  "All We Imagine as Light",
  "Movie",
  "7.2",
  "118",
  "2024",
  "Drama, Romance",
  "19822",
  "2024-09-21",
  "Payal Kapadia",
];
const SEVERANCE: Title = ["tt11280740", "Severance", "Severance", "TV Series", "8.7", "55", "2022", "Drama, Mystery, Sci-Fi", "330115", "2022-02-18", ""];

const WATCHLIST: Entry[] = [
  [ZONE, "2025-12-28", "2025-12-28", ""],
  [ALL_WE_IMAGINE, "2026-03-02", "2026-03-02", ""],
  [PERFECT_DAYS, "2026-09-05", "2026-09-05", "Tomás from work says it's his favourite film"],
  [SEVERANCE, "2026-10-12", "2026-10-12", "Everyone at work keeps talking about it"],
  [DUNE_3, "2026-11-09", "2026-11-09", ""],
];

const TOTORO: Title = [
  "tt0096283",
  "My Neighbor Totoro",
  "Tonari no Totoro",
  "Movie",
  "8.1",
  "86",
  "1988",
  "Animation, Comedy, Family",
  "401229",
  "1988-04-16",
  "Hayao Miyazaki",
];
const SPIRITED_AWAY: Title = [
  "tt0245429",
  "Spirited Away",
  "Sen to Chihiro no kamikakushi",
  "Movie",
  "8.6",
  "125",
  "2001",
  "Animation, Adventure, Family",
  "920334",
  "2001-07-20",
  "Hayao Miyazaki",
];
const ELF: Title = ["tt0319343", "Elf", "Elf", "Movie", "7.1", "97", "2003", "Adventure, Comedy, Family", "325108", "2003-11-07", "Jon Favreau"];
const IRON_GIANT: Title = [
  "tt0129167",
  "The Iron Giant",
  "The Iron Giant",
  "Movie",
  "8.1",
  "86",
  "1999",
  "Animation, Action, Adventure",
  "236870",
  "1999-08-06",
  "Brad Bird",
];

const FOR_THE_KIDS: Entry[] = [
  [PADDINGTON_2, "2026-01-04", "2026-01-04", "Start here. Perfect film."],
  [TOTORO, "2026-01-04", "2026-01-04", ""],
  [SPIRITED_AWAY, "2026-01-04", "2026-05-10", "When Maya is a bit older, the bathhouse bits are scary"],
  [ELF, "2026-11-15", "2026-11-15", "Christmas Eve, with hot chocolate"],
  [IRON_GIANT, "2026-11-15", "2026-11-15", ""],
];

const BEST_OF_2026: Entry[] = [
  [HAMNET, "2026-01-11", "2026-11-29", "Jessie Buckley, enough said."],
  [ODYSSEY, "2026-07-18", "2026-11-29", ""],
  [SINNERS, "2026-05-16", "2026-11-29", ""],
  [ONE_BATTLE, "2026-09-26", "2026-11-29", ""],
  [HAIL_MARY, "2026-03-21", "2026-11-29", ""],
];

/** What she checked in to on IMDb while watching it: the title, the day, and a note on one. */
const CHECK_INS: Entry[] = [
  [TOY_STORY_5, "2026-06-27", "2026-06-27", ""],
  [FORKS, "2026-07-02", "2026-07-02", ""],
  [WEAPONS, "2026-10-17", "2026-10-17", ""],
  [WICKED_2, "2026-11-28", "2026-11-28", ""],
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did I rate Past Lives?", expect: ["9"] },
  { question: "Which films did I give a 10?", expect: ["Paddington 2", "Aftersun"] },
  { question: "What's on my list for the kids?", expect: ["Paddington 2", "Totoro"] },
  { question: "When did I rate The Holdovers?", expect: ["24 January"] },
  { question: "Who directed Anatomy of a Fall?", expect: ["Justine Triet"] },
  { question: "What did I rate the Ozymandias episode of Breaking Bad?", expect: ["10"] },
  { question: "Is The Zone of Interest on my watchlist?", expect: ["Zone of Interest"] },
  { question: "What's number one on my best of 2026 list?", expect: ["Hamnet"] },
  { question: "When did I watch Wicked: For Good?", expect: ["28 November"] },
  { question: "What did I rate Shōgun?", expect: ["9"] },
  { question: "Which film did Tomás recommend?", expect: ["Perfect Days"] },
  { question: "Which film did I want to watch with the kids on Christmas Eve?", expect: ["Elf"] },
  { question: "What did I rate Oppenheimer?", expect: null },
  { question: "Which cinema did I see Wicked: For Good at?", expect: null },
  { question: "What's Maya's favourite film?", expect: null },
];

const FOLDER = "IMDb exports";
/** When she downloaded the exports: every file is of that time. */
const EXPORTED = Date.UTC(2026, 10, 30, 20, 15);

/** Nadia: her IMDb exports, saved in one folder and imported as it, asked on Wednesday 2 December 2026. */
export const moviegoer: Person = {
  name: "moviegoer",
  files: [
    { name: `${FOLDER}/ratings.csv`, text: RATINGS_CSV, mtime: EXPORTED },
    { name: `${FOLDER}/watchlist.csv`, text: listCsv(WATCHLIST), mtime: EXPORTED },
    { name: `${FOLDER}/check-ins.csv`, text: listCsv(CHECK_INS), mtime: EXPORTED },
    { name: `${FOLDER}/Films to show the kids.csv`, text: listCsv(FOR_THE_KIDS), mtime: EXPORTED },
    { name: `${FOLDER}/Best of 2026.csv`, text: listCsv(BEST_OF_2026), mtime: EXPORTED },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 2, 19, 0),
  questions: QUESTIONS,
};
