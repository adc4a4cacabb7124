/**
 * The bookclubber: Hannah runs a book club in Leeds, moved from Goodreads to The StoryGraph in March 2025
 * (StoryGraph took in her Goodreads library then), and downloads her StoryGraph library (Manage Account →
 * Export StoryGraph Library → Generate export, then the CSV it emails a link to) into Downloads, where her
 * last Goodreads export (`goodreads_library_export.csv`, written the day she moved) still sits beside a
 * bank statement. She imports the folder (`engram import Downloads`).
 *
 * The StoryGraph file is named by a hash (`2d23d820….csv`, as a user's export attached to
 * Mozzo1000/booklogr#108 is), its header `Title,Authors,Contributors,ISBN/UID,Format,Read Status,Date
 * Added,Last Date Read,Dates Read,Read Count,Moods,Pace,Character- or Plot-Driven?,Strong Character
 * Development?,Loveable Characters?,Diverse Characters?,Flawed Characters?,Star Rating,Review,Content
 * Warnings,Content Warning Description,Tags,Owned?`, LF line ends, a cell quoted when it holds a comma or a
 * quote, and the empty Contributors, ISBN/UID, Last Date Read, Dates Read, Moods, Content Warnings and Tags
 * written `""` as StoryGraph writes them (`Nemesis Games,James S. A. Corey,"",9780316217590,digital,read,
 * 2017/12/13,"","",1,"",,,,,,,4.0,,"",,"",No`, nperez0111/bookhive's test of a real export; bookwyrm#1056's
 * sample row). Its cells: ISBN/UID an ISBN-13, an Amazon ASIN for a Kindle edition, or empty; Format
 * `paperback`, `hardcover`, `digital`, `audio`; Read Status `read`, `currently-reading`, `to-read`,
 * `did-not-finish`; days `2026/10/19`; Dates Read each reading's first and last day, newest first, a
 * reading with no start its last day alone (`"2026/04/10-2026/04/22, 2021/01/03-2021/01/17"`,
 * `2025/02/14`); Star Rating to a quarter star (`4.5`, `3.75`, `4.0`), empty when not rated; Moods of
 * StoryGraph's thirteen, comma-separated; Pace `slow`, `medium`, `fast`; `Character`, `Plot` or `A mix`;
 * the four questions `Yes`, `No` or `It's complicated`; a review as StoryGraph's editor keeps it
 * (`<div>…<br>…</div>`); Content Warnings `Graphic: …; Moderate: …; Minor: …;`; Tags comma-separated;
 * Owned? `Yes` or `No`; a translator or narrator in Contributors, `Deborah Smith   (Translator)` with the
 * spaces a real row has. Checked against bookhive's test, theseedbed's and toku's notes on real exports,
 * Yamtrack's import design (a 280-row export) and the rows in bookwyrm#1056 and booklogr#108. The Goodreads
 * file is Goodreads' own export (bookworm.ts), its three books the ones she had read by March 2025.
 *
 * Hand-written by the developers while trying Engram as its users would, in session 36, before Engram
 * could read a StoryGraph export (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import { STORYGRAPH_COLUMNS } from "../../../core/ingest/reading/storygraph.js";
import type { Person } from "./types.js";

/** A book's row: its cells by column (the others empty). */
type Row = Partial<Record<(typeof STORYGRAPH_COLUMNS)[number], string>>;

/** The columns StoryGraph writes `""` when they are empty (the others are left bare). */
const QUOTED_WHEN_EMPTY = new Set<string>(["Contributors", "ISBN/UID", "Last Date Read", "Dates Read", "Moods", "Content Warnings", "Tags"]);

/** A cell as StoryGraph's CSV writes it: quoted when it holds a comma, a quote or a line break (its quotes doubled), or when it is one of {@link QUOTED_WHEN_EMPTY} and empty. */
function cell(column: string, value: string): string {
  if (!value) return QUOTED_WHEN_EMPTY.has(column) ? '""' : "";
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A book of Hannah's: its title, authors, edition and her own cells. */
function book(title: string, authors: string, mine: Row): Row {
  return { Title: title, Authors: authors, "Read Count": "0", "Owned?": "No", ...mine };
}

const ROWS: Row[] = [
  book("The Seven Moons of Maali Almeida", "Shehan Karunatilaka", {
    Format: "paperback",
    "Read Status": "to-read",
    "Date Added": "2026/11/25",
    Tags: "book club shortlist",
  }),
  book("Orbital", "Samantha Harvey", {
    "ISBN/UID": "9780802163585",
    Format: "paperback",
    "Read Status": "currently-reading",
    "Date Added": "2026/11/18",
    Tags: "book club, december pick",
    "Owned?": "Yes",
  }),
  book("Small Things Like These", "Claire Keegan", {
    "ISBN/UID": "9780571368686",
    Format: "hardcover",
    "Read Status": "to-read",
    "Date Added": "2026/11/12",
    Tags: "book club shortlist",
  }),
  book("Lapvona", "Ottessa Moshfegh", {
    "ISBN/UID": "9780593300268",
    Format: "hardcover",
    "Read Status": "to-read",
    "Date Added": "2026/11/02",
  }),
  book("The Covenant of Water", "Abraham Verghese", {
    "ISBN/UID": "9780802162175",
    Format: "hardcover",
    "Read Status": "currently-reading",
    "Date Added": "2026/10/30",
    "Owned?": "Yes",
  }),
  book("Yellowface", "R.F. Kuang", {
    "ISBN/UID": "B0BMZ2HT6K",
    Format: "digital",
    "Read Status": "read",
    "Date Added": "2026/10/14",
    "Last Date Read": "2026/10/19",
    "Dates Read": "2026/10/15-2026/10/19",
    "Read Count": "1",
    Moods: "dark, funny, tense",
    Pace: "fast",
    "Character- or Plot-Driven?": "Plot",
    "Strong Character Development?": "No",
    "Loveable Characters?": "No",
    "Diverse Characters?": "Yes",
    "Flawed Characters?": "Yes",
    "Star Rating": "3.75",
    Review: "<div>June is a monster and I couldn't stop reading. The publishing satire is sharp, the ending rushed.</div>",
    "Content Warnings": "Moderate: Racism; Minor: Suicidal thoughts;",
  }),
  book("Piranesi", "Susanna Clarke", {
    "ISBN/UID": "9781526622426",
    Format: "paperback",
    "Read Status": "read",
    "Date Added": "2026/09/20",
    "Last Date Read": "2026/10/12",
    "Dates Read": "2026/09/28-2026/10/12",
    "Read Count": "1",
    Moods: "mysterious, reflective, adventurous",
    Pace: "medium",
    "Character- or Plot-Driven?": "Character",
    "Strong Character Development?": "Yes",
    "Loveable Characters?": "Yes",
    "Diverse Characters?": "No",
    "Flawed Characters?": "It's complicated",
    "Star Rating": "4.5",
    Review:
      "<div>The House is the best setting I've read in years.<br><br>I loved how slowly the truth comes out, and the club argued about the ending for an hour.</div>",
    Tags: "book club",
    "Owned?": "Yes",
  }),
  book("The Bee Sting", "Paul Murray", {
    "ISBN/UID": "9780241353950",
    Format: "hardcover",
    "Read Status": "did-not-finish",
    "Date Added": "2026/09/01",
    Review: "<div>Stopped at page 300. The teenage chapters were too bleak for me right now, maybe another time.</div>",
    "Owned?": "Yes",
  }),
  book("Tomorrow, and Tomorrow, and Tomorrow", "Gabrielle Zevin", {
    "ISBN/UID": "9780593321201",
    Format: "hardcover",
    "Read Status": "read",
    "Date Added": "2026/07/30",
    "Last Date Read": "2026/08/21",
    "Dates Read": "2026/08/03-2026/08/21",
    "Read Count": "1",
    Moods: "emotional, reflective",
    Pace: "medium",
    "Character- or Plot-Driven?": "Character",
    "Strong Character Development?": "Yes",
    "Loveable Characters?": "It's complicated",
    "Diverse Characters?": "Yes",
    "Flawed Characters?": "Yes",
    "Star Rating": "4.25",
    Review:
      "<div>Sam and Sadie, thirty years of friendship and making games.<br><br>The chapter set inside Pioneers is the best thing in it, and Marx deserved better.</div>",
    Tags: "book club",
  }),
  book("Demon Copperhead", "Barbara Kingsolver", {
    Contributors: "Charlie Thurston (Narrator)",
    Format: "audio",
    "Read Status": "read",
    "Date Added": "2026/05/28",
    "Last Date Read": "2026/06/29",
    "Dates Read": "2026/06/01-2026/06/29",
    "Read Count": "1",
    Moods: "emotional, sad, challenging",
    Pace: "slow",
    "Character- or Plot-Driven?": "Character",
    "Strong Character Development?": "Yes",
    "Loveable Characters?": "Yes",
    "Diverse Characters?": "No",
    "Flawed Characters?": "Yes",
    "Star Rating": "4.75",
    "Content Warnings": "Graphic: Drug addiction; Graphic: Child abuse; Moderate: Death of parent;",
  }),
  book("Circe", "Madeline Miller", {
    "ISBN/UID": "9781408890042",
    Format: "paperback",
    "Read Status": "read",
    "Date Added": "2020/12/27",
    "Last Date Read": "2026/04/22",
    "Dates Read": "2026/04/10-2026/04/22, 2021/01/03-2021/01/17",
    "Read Count": "2",
    Moods: "adventurous, emotional, hopeful",
    Pace: "medium",
    "Star Rating": "5.0",
    "Owned?": "Yes",
  }),
  book("The Vegetarian", "Han Kang", {
    Contributors: "Deborah Smith   (Translator)",
    "ISBN/UID": "9781846276033",
    Format: "paperback",
    "Read Status": "read",
    "Date Added": "2026/01/06",
    "Last Date Read": "2026/01/14",
    "Dates Read": "2026/01/10-2026/01/14",
    "Read Count": "1",
    Moods: "dark, challenging",
    Pace: "fast",
    "Star Rating": "3.5",
    "Content Warnings": "Graphic: Animal cruelty; Moderate: Eating disorder;",
  }),
  book("My Year of Rest and Relaxation", "Ottessa Moshfegh", {
    "ISBN/UID": "9780525522126",
    Format: "paperback",
    "Read Status": "read",
    "Date Added": "2024/12/30",
    "Last Date Read": "2025/02/14",
    "Dates Read": "2025/02/14",
    "Read Count": "1",
    "Star Rating": "4.0",
  }),
  book("Lessons in Chemistry", "Bonnie Garmus", {
    "ISBN/UID": "9780857528124",
    Format: "hardcover",
    "Read Status": "read",
    "Date Added": "2023/04/02",
    "Last Date Read": "2023/05/20",
    "Dates Read": "2023/05/20",
    "Read Count": "1",
    "Star Rating": "3.0",
  }),
];

/** Hannah's StoryGraph export: the header, then a row per book, LF line ends. */
const STORYGRAPH_CSV = `${[STORYGRAPH_COLUMNS.join(","), ...ROWS.map((r) => STORYGRAPH_COLUMNS.map((c) => cell(c, r[c] ?? "")).join(","))].join("\n")}\n`;

/** Her last Goodreads export, of 1 March 2025 (bookworm.ts has its shape): the three books she had read by then. */
const GOODREADS_CSV = `${[
  "Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,Owned Copies",
  '37903770,My Year of Rest and Relaxation,Ottessa Moshfegh,"Moshfegh, Ottessa",,"=""0525522123""","=""9780525522126""",4,3.68,Penguin Press,Paperback,289,2018,2018,2025/02/14,2024/12/30,,,read,,,,1,0',
  '58065033,Lessons in Chemistry,Bonnie Garmus,"Garmus, Bonnie",,"=""0857528122""","=""9780857528124""",3,4.27,Doubleday,Hardcover,400,2022,2022,2023/05/20,2023/04/02,,,read,,,,1,0',
  '35959740,Circe,Madeline Miller,"Miller, Madeline",,"=""1408890046""","=""9781408890042""",5,4.28,Bloomsbury,Paperback,393,2019,2018,2021/01/17,2020/12/27,favourites,favourites (#1),read,,,,1,1',
].join("\n")}\n`;

/** A bank statement downloaded beside them: a CSV that is no one's words. */
const STATEMENT_CSV = "Date,Description,Amount,Balance\n2026/11/02,WATERSTONES LEEDS,-18.99,1204.51\n2026/11/05,SALARY,2450.00,3654.51\n";

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did I rate Piranesi?", expect: ["4.5"] },
  { question: "Which book did I not finish?", expect: ["Bee Sting"] },
  { question: "What did I say about Tomorrow, and Tomorrow, and Tomorrow?", expect: ["Pioneers"] },
  { question: "When did I finish Yellowface?", expect: ["19 October"] },
  { question: "What's on my to-read list by Ottessa Moshfegh?", expect: ["Lapvona"] },
  { question: "What am I reading at the moment?", expect: ["Orbital", "Covenant of Water"] },
  { question: "Which book is our December book club pick?", expect: ["Orbital"] },
  { question: "When did I first read Circe?", expect: ["2021"] },
  { question: "Who narrated Demon Copperhead?", expect: ["Charlie Thurston"] },
  { question: "Who translated The Vegetarian?", expect: ["Deborah Smith"] },
  { question: "Which book did I find dark and funny?", expect: ["Yellowface"] },
  { question: "Why did I stop reading The Bee Sting?", expect: ["bleak"] },
  { question: "What did I think of Normal People?", expect: null },
  { question: "Who recommended Orbital to me?", expect: null },
  { question: "Who lent me Demon Copperhead?", expect: null },
];

/** The StoryGraph export's name, a hash as StoryGraph names the download. */
const EXPORT_NAME = "2d23d820cedbfe3229b1e2becb16928b3861673f8998426622299a33a6f04863.csv";

/** Hannah: her Downloads folder (the StoryGraph export of Sunday 29 November 2026, the Goodreads one of 1 March 2025, a bank statement), imported whole and asked on Tuesday 1 December 2026. */
export const bookclubber: Person = {
  name: "bookclubber",
  files: [
    { name: `Downloads/${EXPORT_NAME}`, text: STORYGRAPH_CSV, mtime: Date.UTC(2026, 10, 29, 21, 4) },
    { name: "Downloads/goodreads_library_export.csv", text: GOODREADS_CSV, mtime: Date.UTC(2025, 2, 1, 10, 30) },
    { name: "Downloads/Statement_Nov2026.csv", text: STATEMENT_CSV, mtime: Date.UTC(2026, 11, 1, 8, 15) },
  ],
  folder: "Downloads",
  askedAt: Date.UTC(2026, 11, 1, 18, 0),
  questions: QUESTIONS,
};
