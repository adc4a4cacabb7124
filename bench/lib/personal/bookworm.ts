/**
 * The bookworm: Ellie logs her reading on Goodreads and downloads her library (My Books → Import and
 * export → Export Library: `goodreads_library_export.csv`). The file is Goodreads' CSV as it writes it:
 * a header `Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,
 * Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,
 * Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review,Spoiler,Private Notes,Read Count,
 * Owned Copies`, then a row per book, newest added first, LF line ends; a cell quoted only when it holds a
 * comma or a quote (a title with a series' "#", "Tomorrow, and Tomorrow, and Tomorrow"), ISBNs written
 * as a spreadsheet's formula so they keep their leading zeros (`="0593321448"`, quoted: `"=""0593321448"""`;
 * none, `"="""""`); My Rating 0 for a book not rated, else 1–5 stars; Average Rating everyone's;
 * dates `2026/11/03`; a read book with no Date Read (Goodreads loses some); Exclusive Shelf `read`,
 * `currently-reading`, `to-read` or a shelf of her own that is exclusive ("did-not-finish");
 * Bookshelves her shelves but "read" in one cell ("currently-reading, book-club"), with positions
 * ("to-read (#3)"); a review in HTML (`<br/>` line breaks, `&amp;`, `<i>`); private notes only she
 * sees; a book read three times (Read Count). Imported alone (`engram import
 * goodreads_library_export.csv`). Hand-written by the developers while trying Engram as its users
 * would, in session 33, before Engram could read a Goodreads export (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer
 * holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** Goodreads' CSV header, as its library export writes it. */
const HEADER = [
  "Book Id",
  "Title",
  "Author",
  "Author l-f",
  "Additional Authors",
  "ISBN",
  "ISBN13",
  "My Rating",
  "Average Rating",
  "Publisher",
  "Binding",
  "Number of Pages",
  "Year Published",
  "Original Publication Year",
  "Date Read",
  "Date Added",
  "Bookshelves",
  "Bookshelves with positions",
  "Exclusive Shelf",
  "My Review",
  "Spoiler",
  "Private Notes",
  "Read Count",
  "Owned Copies",
] as const;

/** A book's row: its cells by column (the others empty). */
type Row = Partial<Record<(typeof HEADER)[number], string>>;

/** A cell as Goodreads' CSV writes it (minimal quoting: a cell with a comma, a quote or a line break is quoted, its quotes doubled). */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An ISBN as Goodreads writes it, a formula that keeps its leading zeros (`="0593321448"`; none `=""`). */
function isbn(value: string): string {
  return `="${value}"`;
}

/** "Clarke, Susanna" from "Susanna Clarke", as the "Author l-f" column has it. */
function lastFirst(author: string): string {
  const words = author.split(" ");
  return `${words.at(-1)}, ${words.slice(0, -1).join(" ")}`;
}

/** A book of Ellie's: its id, title and author, its edition's cells (ISBNs as bare digits) and her own. */
function book(id: string, title: string, author: string, edition: Row, mine: Row): Row {
  return {
    "Book Id": id,
    Title: title,
    Author: author,
    "Author l-f": lastFirst(author),
    "My Rating": "0",
    "Read Count": "0",
    "Owned Copies": "0",
    ...edition,
    ISBN: isbn(edition.ISBN ?? ""),
    ISBN13: isbn(edition.ISBN13 ?? ""),
    ...mine,
  };
}

const ROWS: Row[] = [
  book(
    "211033435",
    "James",
    "Percival Everett",
    {
      ISBN: "0385550367",
      ISBN13: "9780385550369",
      "Average Rating": "4.42",
      Publisher: "Doubleday",
      Binding: "Hardcover",
      "Number of Pages": "303",
      "Year Published": "2024",
      "Original Publication Year": "2024",
    },
    {
      "Date Added": "2026/11/12",
      Bookshelves: "to-read",
      "Bookshelves with positions": "to-read (#4)",
      "Exclusive Shelf": "to-read",
      "Private Notes": "Priya recommended it at work, says it's even better than Erasure.",
    },
  ),
  book(
    "208932711",
    "Orbital",
    "Samantha Harvey",
    {
      ISBN: "0802163580",
      ISBN13: "9780802163585",
      "Average Rating": "3.71",
      Publisher: "Grove Press",
      Binding: "Paperback",
      "Number of Pages": "207",
      "Year Published": "2024",
      "Original Publication Year": "2023",
    },
    {
      "Date Added": "2026/11/08",
      Bookshelves: "currently-reading, book-club",
      "Bookshelves with positions": "currently-reading (#2), book-club (#1)",
      "Exclusive Shelf": "currently-reading",
      "Private Notes": "Book club pick for November. We meet at Maya's on Thursday 26 November, 7.30pm.",
      "Read Count": "1",
      "Owned Copies": "1",
    },
  ),
  book(
    "61199163",
    "The Wager: A Tale of Shipwreck, Mutiny and Murder",
    "David Grann",
    {
      ISBN: "0385534264",
      ISBN13: "9780385534260",
      "Average Rating": "4.14",
      Publisher: "Doubleday",
      Binding: "Hardcover",
      "Number of Pages": "329",
      "Year Published": "2023",
      "Original Publication Year": "2023",
    },
    {
      "Date Added": "2026/10/28",
      Bookshelves: "currently-reading",
      "Bookshelves with positions": "currently-reading (#1)",
      "Exclusive Shelf": "currently-reading",
      "Private Notes": "Tom's copy, he lent it to me at his birthday. Give it back by Christmas.",
      "Read Count": "1",
    },
  ),
  book(
    "54985743",
    "Klara and the Sun",
    "Kazuo Ishiguro",
    {
      ISBN: "0571364878",
      ISBN13: "9780571364879",
      "Average Rating": "3.76",
      Publisher: "Faber & Faber",
      Binding: "Paperback",
      "Number of Pages": "303",
      "Year Published": "2021",
      "Original Publication Year": "2021",
    },
    {
      "Date Added": "2026/10/21",
      Bookshelves: "to-read",
      "Bookshelves with positions": "to-read (#3)",
      "Exclusive Shelf": "to-read",
    },
  ),
  book(
    "58784475",
    "Tomorrow, and Tomorrow, and Tomorrow",
    "Gabrielle Zevin",
    {
      ISBN: "0593321200",
      ISBN13: "9780593321201",
      "Average Rating": "4.17",
      Publisher: "Knopf",
      Binding: "Hardcover",
      "Number of Pages": "416",
      "Year Published": "2022",
      "Original Publication Year": "2022",
    },
    {
      "My Rating": "4",
      "Date Read": "2026/11/03",
      "Date Added": "2026/10/05",
      "Exclusive Shelf": "read",
      "My Review":
        "Sam and Sadie, thirty years of friendship and making video games. The middle dragged a bit.<br/><br/>But the hospital chapter wrecked me &amp; I cried on the train.",
      "Read Count": "1",
    },
  ),
  book(
    "61434041",
    "Yellowface",
    "R.F. Kuang",
    {
      "Average Rating": "3.73",
      Publisher: "William Morrow",
      Binding: "Kindle Edition",
      "Number of Pages": "336",
      "Year Published": "2023",
      "Original Publication Year": "2023",
    },
    { "Date Read": "2026/10/02", "Date Added": "2026/09/27", "Exclusive Shelf": "read", "Read Count": "1" },
  ),
  book(
    "50202953",
    "Intermezzo",
    "Sally Rooney",
    {
      ISBN: "0571365466",
      ISBN13: "9780571365463",
      "Average Rating": "3.98",
      Publisher: "Faber & Faber",
      Binding: "Hardcover",
      "Number of Pages": "448",
      "Year Published": "2024",
      "Original Publication Year": "2024",
    },
    {
      "Date Added": "2026/09/25",
      Bookshelves: "to-read",
      "Bookshelves with positions": "to-read (#2)",
      "Exclusive Shelf": "to-read",
    },
  ),
  book(
    "52578297",
    "The Midnight Library",
    "Matt Haig",
    {
      ISBN: "1786892731",
      ISBN13: "9781786892737",
      "Average Rating": "4.02",
      Publisher: "Canongate Books",
      Binding: "Paperback",
      "Number of Pages": "288",
      "Year Published": "2021",
      "Original Publication Year": "2020",
    },
    {
      "My Rating": "1",
      "Date Read": "2026/09/21",
      "Date Added": "2026/09/10",
      "Exclusive Shelf": "read",
      "My Review": "Far too neat. Every life lesson is spelled out twice, in case you missed it the first time.",
      "Read Count": "1",
    },
  ),
  book(
    "50202941",
    "Piranesi",
    "Susanna Clarke",
    {
      ISBN: "1526622424",
      ISBN13: "9781526622426",
      "Average Rating": "4.22",
      Publisher: "Bloomsbury Publishing",
      Binding: "Paperback",
      "Number of Pages": "272",
      "Year Published": "2021",
      "Original Publication Year": "2020",
    },
    {
      "My Rating": "5",
      "Date Read": "2026/10/18",
      "Date Added": "2026/09/02",
      Bookshelves: "favourites",
      "Bookshelves with positions": "favourites (#6)",
      "Exclusive Shelf": "read",
      "My Review":
        "A strange, beautiful book about a man who lives in a House of endless halls, statues and tides.<br/>I loved how slowly the truth comes out.<br/><br/>The <i>kindest narrator</i> I've read in years.",
      "Read Count": "1",
      "Owned Copies": "1",
    },
  ),
  book(
    "7002003",
    "Wolf Hall (Thomas Cromwell, #1)",
    "Hilary Mantel",
    {
      ISBN: "0007230184",
      ISBN13: "9780007230181",
      "Average Rating": "3.88",
      Publisher: "Fourth Estate",
      Binding: "Paperback",
      "Number of Pages": "653",
      "Year Published": "2010",
      "Original Publication Year": "2009",
    },
    {
      "Date Added": "2026/08/20",
      Bookshelves: "did-not-finish",
      "Bookshelves with positions": "did-not-finish (#1)",
      "Exclusive Shelf": "did-not-finish",
      "Private Notes": "Gave up at page 200. Too many Thomases.",
      "Owned Copies": "1",
    },
  ),
  book(
    "28921",
    "The Remains of the Day",
    "Kazuo Ishiguro",
    {
      ISBN: "0571258247",
      ISBN13: "9780571258246",
      "Average Rating": "4.14",
      Publisher: "Faber & Faber",
      Binding: "Paperback",
      "Number of Pages": "258",
      "Year Published": "2010",
      "Original Publication Year": "1989",
    },
    {
      "My Rating": "5",
      "Date Read": "2026/08/09",
      "Date Added": "2026/07/20",
      Bookshelves: "favourites",
      "Bookshelves with positions": "favourites (#5)",
      "Exclusive Shelf": "read",
      "Read Count": "1",
    },
  ),
  book(
    "60194162",
    "Demon Copperhead",
    "Barbara Kingsolver",
    {
      ISBN: "0571376477",
      ISBN13: "9780571376476",
      "Average Rating": "4.46",
      Publisher: "Faber & Faber",
      Binding: "Paperback",
      "Number of Pages": "548",
      "Year Published": "2023",
      "Original Publication Year": "2022",
    },
    {
      "My Rating": "4",
      "Date Read": "2026/07/12",
      "Date Added": "2026/06/01",
      "Exclusive Shelf": "read",
      "My Review": "David Copperfield moved to Appalachia. Angry, funny and very long.",
      "Read Count": "1",
    },
  ),
  book(
    "43887782",
    "Lessons in Chemistry",
    "Bonnie Garmus",
    {
      ISBN: "0857528122",
      ISBN13: "9780857528124",
      "Average Rating": "4.27",
      Publisher: "Doubleday",
      Binding: "Hardcover",
      "Number of Pages": "400",
      "Year Published": "2022",
      "Original Publication Year": "2022",
    },
    { "My Rating": "3", "Date Added": "2026/06/02", "Exclusive Shelf": "read", "Read Count": "1" },
  ),
  book(
    "29984",
    "The Secret History",
    "Donna Tartt",
    {
      ISBN: "0140167773",
      ISBN13: "9780140167771",
      "Average Rating": "4.13",
      Publisher: "Penguin",
      Binding: "Paperback",
      "Number of Pages": "629",
      "Year Published": "1993",
      "Original Publication Year": "1992",
    },
    {
      "Date Added": "2026/03/14",
      Bookshelves: "to-read",
      "Bookshelves with positions": "to-read (#1)",
      "Exclusive Shelf": "to-read",
    },
  ),
  book(
    "1885",
    "Pride and Prejudice",
    "Jane Austen",
    {
      ISBN: "0141439513",
      ISBN13: "9780141439518",
      "Average Rating": "4.29",
      Publisher: "Penguin Classics",
      Binding: "Paperback",
      "Number of Pages": "480",
      "Year Published": "2002",
      "Original Publication Year": "1813",
    },
    {
      "My Rating": "5",
      "Date Read": "2026/05/30",
      "Date Added": "2019/01/15",
      Bookshelves: "favourites, classics",
      "Bookshelves with positions": "favourites (#1), classics (#1)",
      "Exclusive Shelf": "read",
      "Read Count": "3",
      "Owned Copies": "1",
    },
  ),
];

/** Ellie's library export: the header, then a row per book, newest added first, LF line ends. */
const LIBRARY_CSV = `${[HEADER.join(","), ...ROWS.map((r) => HEADER.map((c) => cell(r[c] ?? "")).join(","))].join("\n")}\n`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did I think of Piranesi?", expect: ["kindest narrator"] },
  { question: "What am I reading at the moment?", expect: ["Orbital", "Wager"] },
  { question: "Which book did I give one star?", expect: ["Midnight Library"] },
  { question: "When did I finish Tomorrow, and Tomorrow, and Tomorrow?", expect: ["3 November"] },
  { question: "What's on my to-read list by Ishiguro?", expect: ["Klara and the Sun"] },
  { question: "Who wrote the book club's pick?", expect: ["Samantha Harvey"] },
  { question: "Who lent me The Wager?", expect: ["Tom"] },
  { question: "Which book did Priya recommend?", expect: ["James"] },
  { question: "What did I finish reading in August?", expect: ["Remains of the Day"] },
  { question: "Which book did I give up on?", expect: ["Wolf Hall"] },
  { question: "What did I think of Normal People?", expect: null },
  { question: "When is the book club meeting in December?", expect: null },
  { question: "Who wrote Shuggie Bain?", expect: null },
];

/** Ellie: her Goodreads library export, downloaded on Sunday 15 November 2026, imported alone and asked on Wednesday 18 November 2026. */
export const bookworm: Person = {
  name: "bookworm",
  files: [{ name: "goodreads_library_export.csv", text: LIBRARY_CSV, mtime: Date.UTC(2026, 10, 15, 20, 12) }],
  askedAt: Date.UTC(2026, 10, 18, 18, 0),
  questions: QUESTIONS,
};
