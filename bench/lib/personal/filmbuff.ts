/**
 * The film buff: Ellie logs every film she watches on Letterboxd, and at the end of November exports
 * her data (Settings → Data → Export your data: `letterboxd-elliemarsh-2026-11-30-12-00-utc.zip`),
 * unzips it and imports the folder (`engram import letterboxd-elliemarsh-2026-11-30-12-00-utc`). The
 * folder is as Letterboxd writes it, every file CSV with CRLF line ends: `profile.csv` (`Date Joined,
 * Username,Given Name,Family Name,Email Address,Location,Website,Bio,Pronoun,Favorite Films`),
 * `diary.csv` (`Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date`: a row per viewing in
 * the order watched, the day it was logged, its link a boxd.it short link to the entry, a rating in half
 * stars 0.5–5 or none, Rewatch "Yes" or empty, tags comma-separated), `reviews.csv` (the same with
 * `Review` before `Tags`: the entries she wrote a review for, the review as she typed it, with
 * Letterboxd's `<i>` and line breaks), `ratings.csv` (`Date,Name,Year,Letterboxd URI,Rating`: each
 * film's latest rating, its link the film's), `watched.csv` and `watchlist.csv` (`Date,Name,Year,
 * Letterboxd URI`), `comments.csv` (`Date,Content,Comment`: her comments on others' reviews),
 * `likes/films.csv`, `likes/reviews.csv` and `likes/lists.csv` (`Date,Content`), `lists/<list>.csv`
 * (`Letterboxd list export v7`, the list's own `Date,Name,Tags,URL,Description`, a blank line, then
 * `Position,Name,Year,URL,Description`), and `deleted/diary.csv` (an entry she deleted). Hand-written
 * by the developers while trying Engram as its users would, in session 33, before Engram could read a
 * Letterboxd export (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** A cell as Letterboxd's CSV writes it (RFC 4180, minimal quoting: a cell with a comma, a quote or a line break is quoted, its quotes doubled). */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV file of `rows` under `header`, with CRLF line ends as Letterboxd writes them. */
function csv(header: string, rows: string[][]): string {
  return `${[header, ...rows.map((r) => r.map(cell).join(","))].join("\r\n")}\r\n`;
}

/** A list as Letterboxd exports it: its version line, its own header and row, a blank line, then its films. */
function listCsv(list: [date: string, name: string, tags: string, url: string, description: string], films: string[][]): string {
  const head = ["Letterboxd list export v7", "Date,Name,Tags,URL,Description", list.map(cell).join(","), ""];
  return `${[...head, "Position,Name,Year,URL,Description", ...films.map((r) => r.map(cell).join(","))].join("\r\n")}\r\n`;
}

/** A diary entry: logged, film, year, the entry's link, rating, rewatch, tags, watched. */
type Entry = [date: string, name: string, year: string, uri: string, rating: string, rewatch: string, tags: string, watched: string];

const DIARY: Entry[] = [
  ["2026-01-03", "Paddington 2", "2017", "https://boxd.it/8GpPXh", "5", "Yes", "home, comfort-watch", "2026-01-03"],
  ["2026-01-11", "Hamnet", "2025", "https://boxd.it/8J2kQw", "4.5", "", "cinema, with-sam", "2026-01-10"],
  ["2026-02-14", "Past Lives", "2023", "https://boxd.it/8RtY3e", "4.5", "", "home, mubi", "2026-02-14"],
  ["2026-03-22", "Project Hail Mary", "2026", "https://boxd.it/93bHn2", "4", "", "cinema", "2026-03-21"],
  ["2026-04-05", "Conclave", "2024", "https://boxd.it/97Lx0a", "4", "", "home", "2026-04-05"],
  ["2026-05-17", "Sinners", "2025", "https://boxd.it/9Ff4Tz", "4.5", "", "home", "2026-05-16"],
  ["2026-06-27", "Toy Story 5", "2026", "https://boxd.it/9Wc8Rk", "3.5", "", "cinema, with-mum", "2026-06-27"],
  ["2026-07-19", "The Odyssey", "2026", "https://boxd.it/a4mQe7", "4.5", "", "cinema, imax, with-sam", "2026-07-18"],
  ["2026-08-09", "Aftersun", "2022", "https://boxd.it/aBx1Lp", "5", "Yes", "home", "2026-08-09"],
  ["2026-09-13", "Anora", "2024", "https://boxd.it/aQ7vNc", "4", "", "mubi", "2026-09-12"],
  ["2026-09-26", "One Battle After Another", "2025", "https://boxd.it/aV3zGd", "4", "", "home", "2026-09-26"],
  ["2026-10-18", "Weapons", "2025", "https://boxd.it/b6HrWm", "3.5", "", "horror-night", "2026-10-17"],
  ["2026-11-01", "The Thing", "1982", "https://boxd.it/bDe2Ys", "4.5", "", "halloween, with-sam", "2026-10-31"],
  ["2026-11-08", "Dune: Part Two", "2024", "https://boxd.it/bK9pMv", "5", "Yes", "home", "2026-11-08"],
  ["2026-11-22", "Paddington 2", "2017", "https://boxd.it/bVq4Jx", "5", "Yes", "home, comfort-watch", "2026-11-22"],
];

/** The reviews she wrote, by the entry's link: the review as Letterboxd exports it. */
const REVIEWS: Record<string, string> = {
  "https://boxd.it/8J2kQw":
    "Jessie Buckley in the last twenty minutes. Sam cried, I cried, the man behind us cried.\n\nThe Globe at the end is the most moving thing I've seen in a cinema.",
  "https://boxd.it/97Lx0a": "Ralph Fiennes sighing down corridors for two hours and I was gripped throughout. The tortoise!",
  "https://boxd.it/a4mQe7": "Saw it in 70mm IMAX at the BFI. The Cyclops sequence is the scariest thing Nolan has ever shot.",
  "https://boxd.it/bK9pMv":
    "Rewatched to get ready for <i>Part Three</i>. The black-and-white arena fight on Giedi Prime is still the best sequence of the decade, and the sound shook the windows of the flat.",
};

const DIARY_CSV = csv(
  "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date",
  DIARY.map((e) => [...e]),
);

const REVIEWS_CSV = csv(
  "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date",
  DIARY.filter((e) => REVIEWS[e[3]] !== undefined).map(([date, name, year, uri, rating, rewatch, tags, watched]) => [
    date,
    name,
    year,
    uri,
    rating,
    rewatch,
    REVIEWS[uri]!,
    tags,
    watched,
  ]),
);

/** Each film she rated, its latest rating, with the film's own link (two rated without a diary entry). */
const RATINGS: string[][] = [
  ["2024-02-03", "Barbie", "2023", "https://boxd.it/t2Kw", "3"],
  ["2026-01-03", "Paddington 2", "2017", "https://boxd.it/bYXA", "5"],
  ["2026-01-11", "Hamnet", "2025", "https://boxd.it/Hc2s", "4.5"],
  ["2026-01-24", "The Holdovers", "2023", "https://boxd.it/vNd6", "3.5"],
  ["2026-02-14", "Past Lives", "2023", "https://boxd.it/s8Zk", "4.5"],
  ["2026-03-22", "Project Hail Mary", "2026", "https://boxd.it/K4pe", "4"],
  ["2026-04-05", "Conclave", "2024", "https://boxd.it/AnpA", "4"],
  ["2026-05-17", "Sinners", "2025", "https://boxd.it/Dv3s", "4.5"],
  ["2026-06-27", "Toy Story 5", "2026", "https://boxd.it/JzTq", "3.5"],
  ["2026-07-19", "The Odyssey", "2026", "https://boxd.it/Kx9B", "4.5"],
  ["2026-08-09", "Aftersun", "2022", "https://boxd.it/wEk2", "5"],
  ["2026-09-13", "Anora", "2024", "https://boxd.it/C4Ec", "4"],
  ["2026-09-26", "One Battle After Another", "2025", "https://boxd.it/G6ms", "4"],
  ["2026-10-18", "Weapons", "2025", "https://boxd.it/GXy2", "3.5"],
  ["2026-11-01", "The Thing", "1982", "https://boxd.it/2aK4", "4.5"],
  ["2026-11-08", "Dune: Part Two", "2024", "https://boxd.it/nwQk", "5"],
];

const WATCHLIST: string[][] = [
  ["2025-12-28", "The Zone of Interest", "2023", "https://boxd.it/uR8M"],
  ["2026-03-02", "All We Imagine as Light", "2024", "https://boxd.it/Bz1m"],
  ["2026-09-05", "Perfect Days", "2023", "https://boxd.it/xK2w"],
  ["2026-11-09", "Dune: Part Three", "2026", "https://boxd.it/Qe5r"],
];

const BEST_OF_2026 = listCsv(
  ["2026-11-29", "Best of 2026", "ranked, 2026", "https://boxd.it/Qx7Lm", "My favourite new releases of the year, ranked. Updated as I go."],
  [
    ["1", "Hamnet", "2025", "https://boxd.it/Hc2s", "Jessie Buckley, enough said."],
    ["2", "The Odyssey", "2026", "https://boxd.it/Kx9B", ""],
    ["3", "Sinners", "2025", "https://boxd.it/Dv3s", ""],
    ["4", "One Battle After Another", "2025", "https://boxd.it/G6ms", ""],
    ["5", "Project Hail Mary", "2026", "https://boxd.it/K4pe", ""],
  ],
);

const TO_SHOW_SAM = listCsv(
  ["2026-08-10", "Films to show Sam", "", "https://boxd.it/N3pQa", ""],
  [
    ["1", "Aftersun", "2022", "https://boxd.it/wEk2", "Not on a work night."],
    ["2", "Past Lives", "2023", "https://boxd.it/s8Zk", ""],
  ],
);

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did I rate Past Lives?", expect: ["4.5"] },
  { question: "When did I last watch Paddington 2?", expect: ["22 November"] },
  { question: "Which films did I see at the cinema with Sam?", expect: ["Hamnet", "The Odyssey"] },
  { question: "What did I say about Dune: Part Two?", expect: ["arena"] },
  { question: "Is Perfect Days on my watchlist?", expect: ["Perfect Days"] },
  { question: "What's number one on my best of 2026 list?", expect: ["Hamnet"] },
  { question: "What did I watch on Halloween?", expect: ["The Thing"] },
  { question: "What did I think of Conclave?", expect: ["Fiennes"] },
  { question: "What did I rate The Holdovers?", expect: ["3.5"] },
  { question: "Where did I see The Odyssey?", expect: ["BFI"] },
  { question: "Which films do I want to show Sam?", expect: ["Aftersun"] },
  { question: "What did I rate Oppenheimer?", expect: null },
  { question: "Who directed Past Lives?", expect: null },
  { question: "What's Sam's favourite film?", expect: null },
];

const FOLDER = "letterboxd-elliemarsh-2026-11-30-12-00-utc";
/** When the export was made: every file of the zip is of that time. */
const EXPORTED = Date.UTC(2026, 10, 30, 12, 0);

/** Ellie: her Letterboxd export, unzipped and imported as one folder, asked on Tuesday 1 December 2026. */
export const filmbuff: Person = {
  name: "filmbuff",
  files: [
    {
      name: `${FOLDER}/profile.csv`,
      text: csv("Date Joined,Username,Given Name,Family Name,Email Address,Location,Website,Bio,Pronoun,Favorite Films", [
        [
          "2019-03-02",
          "elliemarsh",
          "Ellie",
          "Marsh",
          "ellie.marsh@example.com",
          "London",
          "",
          "Films, mostly. Paddington 2 is a perfect film.",
          "She / her",
          "https://boxd.it/bYXA, https://boxd.it/wEk2, https://boxd.it/s8Zk, https://boxd.it/nwQk",
        ],
      ]),
      mtime: EXPORTED,
    },
    { name: `${FOLDER}/diary.csv`, text: DIARY_CSV, mtime: EXPORTED },
    { name: `${FOLDER}/reviews.csv`, text: REVIEWS_CSV, mtime: EXPORTED },
    { name: `${FOLDER}/ratings.csv`, text: csv("Date,Name,Year,Letterboxd URI,Rating", RATINGS), mtime: EXPORTED },
    {
      name: `${FOLDER}/watched.csv`,
      text: csv(
        "Date,Name,Year,Letterboxd URI",
        RATINGS.map(([date, name, year, uri]) => [date!, name!, year!, uri!]),
      ),
      mtime: EXPORTED,
    },
    { name: `${FOLDER}/watchlist.csv`, text: csv("Date,Name,Year,Letterboxd URI", WATCHLIST), mtime: EXPORTED },
    {
      name: `${FOLDER}/comments.csv`,
      text: csv("Date,Content,Comment", [
        ["2026-07-20", "https://boxd.it/a4n2Rr", "Same! We were in row F and the Cyclops made the whole row jump."],
        ["2026-11-09", "https://boxd.it/bKa1Qe", "Completely agree about the score."],
      ]),
      mtime: EXPORTED,
    },
    {
      name: `${FOLDER}/likes/films.csv`,
      text: csv("Date,Name,Year,Letterboxd URI", [
        ["2026-01-03", "Paddington 2", "2017", "https://boxd.it/bYXA"],
        ["2026-08-09", "Aftersun", "2022", "https://boxd.it/wEk2"],
        ["2026-11-08", "Dune: Part Two", "2024", "https://boxd.it/nwQk"],
      ]),
      mtime: EXPORTED,
    },
    { name: `${FOLDER}/likes/reviews.csv`, text: csv("Date,Content", [["2026-07-20", "https://boxd.it/a4n2Rr"]]), mtime: EXPORTED },
    { name: `${FOLDER}/likes/lists.csv`, text: csv("Date,Content", [["2026-10-02", "https://boxd.it/L0pQw"]]), mtime: EXPORTED },
    { name: `${FOLDER}/lists/best-of-2026.csv`, text: BEST_OF_2026, mtime: EXPORTED },
    { name: `${FOLDER}/lists/films-to-show-sam.csv`, text: TO_SHOW_SAM, mtime: EXPORTED },
    {
      name: `${FOLDER}/deleted/diary.csv`,
      text: csv("Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date", [
        ["2026-07-26", "Oppenheimer", "2023", "https://boxd.it/a6Tq2n", "4", "", "home", "2026-07-25"],
      ]),
      mtime: EXPORTED,
    },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 1, 18, 0),
  questions: QUESTIONS,
};
