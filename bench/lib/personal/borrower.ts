/**
 * The borrower: Aisha, in Leeds, borrows ebooks and audiobooks on Libby (OverDrive's library app) from
 * two libraries, Leeds Libraries and Bradford Libraries, with holds, renewals and returns from
 * September to November 2026. At the end of November she exports her timeline (Shelf → Timeline →
 * Actions → Export Timeline → Data: the JSON at share.libbyapp.com, `libbytimeline-activities.json`)
 * and imports the file alone (`engram import libbytimeline-activities.json`).
 *
 * The file is as Libby writes it: `{ "version": 1, "timeline": [ … ] }`, newest first, each activity
 * `{ cover: { contentType, url, title, color, format }, title: { text, url, titleId }, author, publisher,
 * isbn, timestamp, activity, details, library: { text, url, key } }`: `format` "ebook" or "audiobook";
 * `author` comma-separated, a narrator sometimes among the authors ("Tara Westover, Julia Whelan");
 * `isbn` absent for some titles; `timestamp` epoch milliseconds; `activity` "Borrowed", "Returned",
 * "renew" (in lower case), "Placed on hold" or "Hold expired"; `details` a loan's length on a borrow
 * (" 21 days ", spaces around it), how a return stood to its due date ("on due date", " 4 days  early",
 * two spaces before "early"), and absent on a renewal or a hold. Checked against real exports in public
 * repositories: msmolkin/LibbyBookBackup's libbytimeline-activities.json (its history: 519 activities
 * of five kinds, every field above, `isbn` absent on 35, `details` absent but on borrows and returns),
 * acavender/libbydata's libbytimeline-activities.csv (the Spreadsheet export of the same fields: "renew",
 * "Hold expired", "on due date", " 8 hours  early"), and the readers of both in public code (a Libby
 * JSON importer's dataclasses and tests: `version`, `timeline`, `cover.format`, `title.titleId`,
 * `library.key`).
 * Hand-written by the developers while trying Engram as its users would, in session 38, before Engram
 * could read a Libby timeline (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** A library she borrows from, as Libby names it: its name, its key, its page. */
interface Library {
  text: string;
  key: string;
  url: string;
}

const LEEDS: Library = { text: "Leeds Libraries", key: "leeds", url: "https://libbyapp.com/library/leeds" };
const BRADFORD: Library = { text: "Bradford Libraries", key: "bradford", url: "https://libbyapp.com/library/bradford" };

/** A title as Libby knows it: its id, name, authors (as one cell), publisher, ISBN (none for some), format and cover. */
interface Title {
  id: string;
  name: string;
  author: string;
  publisher: string;
  isbn?: string;
  format: "ebook" | "audiobook";
  cover: string;
  color: string;
}

const PIRANESI: Title = {
  id: "5270846",
  name: "Piranesi",
  author: "Susanna Clarke",
  publisher: "Bloomsbury Publishing",
  isbn: "9781526622440",
  format: "audiobook",
  cover: "https://img1.od-cdn.com/ImageType-100/1219-1/{6A2B1F0E-5D7C-4C1B-9E0A-3F2D7A4B8C11}Img100.jpg",
  color: "#2C5A7A",
};
const THURSDAY: Title = {
  id: "4629183",
  name: "The Thursday Murder Club",
  author: "Richard Osman",
  publisher: "Penguin Books Ltd",
  isbn: "9780241988282",
  format: "ebook",
  cover: "https://img1.od-cdn.com/ImageType-100/0887-1/{B1C3D5E7-0A2B-4C6D-8E9F-1A2B3C4D5E6F}Img100.jpg",
  color: "#E8B634",
};
const DEMON: Title = {
  id: "8817402",
  name: "Demon Copperhead",
  author: "Barbara Kingsolver",
  publisher: "HarperCollins Publishers",
  isbn: "9780008520731",
  format: "audiobook",
  cover: "https://img1.od-cdn.com/ImageType-100/0293-1/{4D8E2A61-7C3B-4F5A-9B1D-6E0F2C8A3B47}Img100.jpg",
  color: "#C8472B",
};
const TOMORROW: Title = {
  id: "7503318",
  name: "Tomorrow, and Tomorrow, and Tomorrow",
  author: "Gabrielle Zevin",
  publisher: "Random House",
  isbn: "9781529115543",
  format: "ebook",
  cover: "https://img1.od-cdn.com/ImageType-100/1523-1/{9F1A6C22-3E4B-4D8A-A7C5-0B9E1D2F3A64}Img100.jpg",
  color: "#F2A9B8",
};
const SALT_PATH: Title = {
  id: "3948812",
  name: "The Salt Path",
  author: "Raynor Winn",
  publisher: "Penguin Books Ltd",
  isbn: "9781405939478",
  format: "audiobook",
  cover: "https://img1.od-cdn.com/ImageType-100/0887-1/{2E7B9C14-6A3D-4B8F-8C2E-5D1A0F9B7E33}Img100.jpg",
  color: "#5E8FA3",
};
const INTERMEZZO: Title = {
  id: "10744265",
  name: "Intermezzo",
  author: "Sally Rooney",
  publisher: "Faber & Faber",
  isbn: "9780571365463",
  format: "ebook",
  cover: "https://img1.od-cdn.com/ImageType-100/1191-1/{7C3E5A90-1B2D-4E6F-9A8B-3C4D5E6F7A80}Img100.jpg",
  color: "#E3D3B2",
};
const ORBITAL: Title = {
  id: "9582047",
  name: "Orbital",
  author: "Samantha Harvey",
  publisher: "Random House",
  format: "ebook",
  cover: "https://img1.od-cdn.com/ImageType-100/1523-1/{0D4F6B81-2C3E-4A5B-8D7F-9E1A2B3C4D95}Img100.jpg",
  color: "#1B2440",
};
const MIDNIGHT: Title = {
  id: "5408231",
  name: "The Midnight Library",
  author: "Matt Haig",
  publisher: "Canongate Books",
  isbn: "9781786892720",
  format: "audiobook",
  cover: "https://img1.od-cdn.com/ImageType-100/5054-1/{8B2C4D6E-0F1A-4B3C-9D5E-7F8A9B0C1D26}Img100.jpg",
  color: "#1F3B57",
};
const EDUCATED: Title = {
  id: "3683406",
  name: "Educated",
  author: "Tara Westover, Julia Whelan",
  publisher: "Random House",
  isbn: "9781473564329",
  format: "audiobook",
  cover: "https://img1.od-cdn.com/ImageType-100/1523-1/{5A6B7C8D-9E0F-4A1B-8C2D-3E4F5A6B7C08}Img100.jpg",
  color: "#D9D4C7",
};
const CHEMISTRY: Title = {
  id: "6810355",
  name: "Lessons in Chemistry",
  author: "Bonnie Garmus",
  publisher: "Transworld",
  isbn: "9780857528131",
  format: "ebook",
  cover: "https://img1.od-cdn.com/ImageType-100/1095-1/{3C4D5E6F-7A8B-4C9D-8E0F-1A2B3C4D5E79}Img100.jpg",
  color: "#E9502E",
};
const WAGER: Title = {
  id: "8903117",
  name: "The Wager",
  author: "David Grann",
  publisher: "Simon & Schuster UK",
  isbn: "9781398527676",
  format: "audiobook",
  cover: "https://img1.od-cdn.com/ImageType-100/0439-1/{6E7F8A9B-0C1D-4E2F-9A3B-4C5D6E7F8A91}Img100.jpg",
  color: "#2B2F33",
};

/** An activity of her timeline: when (UTC), what, which title, at which library, and its details as Libby writes them (none on a renewal or a hold). */
type Activity = [at: number, activity: string, title: Title, library: Library, details?: string];

/** Her timeline, oldest first (the file lists it newest first). Times are UTC: BST until Sunday 25 October, GMT after. */
const TIMELINE: Activity[] = [
  [Date.UTC(2026, 8, 10, 19, 14, 32, 118), "Borrowed", EDUCATED, LEEDS, " 21 days "],
  [Date.UTC(2026, 8, 12, 9, 2, 7, 540), "Borrowed", THURSDAY, BRADFORD, " 14 days "],
  [Date.UTC(2026, 8, 14, 20, 40, 51, 3), "Placed on hold", DEMON, LEEDS],
  [Date.UTC(2026, 8, 25, 7, 15, 12, 884), "renew", THURSDAY, BRADFORD],
  [Date.UTC(2026, 8, 29, 21, 5, 40, 212), "Placed on hold", INTERMEZZO, LEEDS],
  [Date.UTC(2026, 9, 1, 18, 30, 0, 0), "Returned", EDUCATED, LEEDS, "on due date"],
  [Date.UTC(2026, 9, 2, 11, 48, 23, 675), "Borrowed", TOMORROW, BRADFORD, " 14 days "],
  [Date.UTC(2026, 9, 6, 6, 55, 9, 301), "Borrowed", PIRANESI, LEEDS, " 21 days "],
  [Date.UTC(2026, 9, 9, 17, 20, 44, 90), "Returned", THURSDAY, BRADFORD, " 1 day  early"],
  [Date.UTC(2026, 9, 15, 20, 2, 18, 447), "Returned", TOMORROW, BRADFORD, " 1 day  early"],
  [Date.UTC(2026, 9, 23, 16, 41, 55, 760), "Returned", PIRANESI, LEEDS, " 4 days  early"],
  [Date.UTC(2026, 9, 25, 9, 30, 2, 15), "Borrowed", SALT_PATH, BRADFORD, " 21 days "],
  [Date.UTC(2026, 10, 2, 7, 12, 36, 508), "Borrowed", DEMON, LEEDS, " 21 days "],
  [Date.UTC(2026, 10, 3, 20, 45, 11, 932), "Borrowed", WAGER, BRADFORD, " 21 days "],
  [Date.UTC(2026, 10, 5, 10, 0, 0, 0), "Hold expired", INTERMEZZO, LEEDS],
  [Date.UTC(2026, 10, 8, 16, 22, 47, 381), "Returned", SALT_PATH, BRADFORD, " 7 days  early"],
  [Date.UTC(2026, 10, 8, 16, 30, 5, 644), "Placed on hold", MIDNIGHT, LEEDS],
  [Date.UTC(2026, 10, 11, 19, 5, 58, 219), "Borrowed", CHEMISTRY, BRADFORD, " 14 days "],
  [Date.UTC(2026, 10, 16, 22, 10, 31, 77), "Placed on hold", ORBITAL, LEEDS],
  [Date.UTC(2026, 10, 19, 21, 33, 20, 456), "Returned", WAGER, BRADFORD, " 5 days  early"],
  [Date.UTC(2026, 10, 23, 7, 20, 14, 903), "renew", DEMON, LEEDS],
];

/** An activity as the Data export writes it (its keys in Libby's order; `isbn` and `details` only when there is one). */
function activityJson([at, activity, t, library, details]: Activity): Record<string, unknown> {
  return {
    cover: { contentType: "image/jpeg", url: t.cover, title: t.name, color: t.color, format: t.format },
    title: { text: t.name, url: `https://share.libbyapp.com/title/${t.id}`, titleId: t.id },
    author: t.author,
    publisher: t.publisher,
    ...(t.isbn ? { isbn: t.isbn } : {}),
    timestamp: at,
    activity,
    ...(details !== undefined ? { details } : {}),
    library,
  };
}

/** The Data export: version 1, the timeline newest first. */
const TIMELINE_JSON = JSON.stringify({ version: 1, timeline: [...TIMELINE].reverse().map(activityJson) }, null, 2);

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I borrow Piranesi?", expect: ["6 October"] },
  { question: "Which library did I borrow The Thursday Murder Club from?", expect: ["Bradford"] },
  { question: "What audiobooks did I listen to in October?", expect: ["Piranesi", "Salt Path"] },
  { question: "What books do I have on hold?", expect: ["Orbital", "Midnight Library"] },
  { question: "Who wrote the book I returned on Thursday 19 November?", expect: ["David Grann"] },
  { question: "When did I renew Demon Copperhead?", expect: ["23 November"] },
  { question: "How long is my loan of Lessons in Chemistry?", expect: ["14 days"] },
  { question: "When did I return Tomorrow, and Tomorrow, and Tomorrow?", expect: ["15 October"] },
  { question: "What happened to my hold on Intermezzo?", expect: ["expired"] },
  { question: "Which library did I get Educated from?", expect: ["Leeds"] },
  { question: "Was The Wager an ebook or an audiobook?", expect: ["audiobook"] },
  { question: "When did I place a hold on Orbital?", expect: ["16 November"] },
  { question: "What did I think of Piranesi?", expect: null },
  { question: "When did I borrow The Seven Moons of Maali Almeida?", expect: null },
  { question: "What is my Leeds library card number?", expect: null },
];

/** Aisha: her Libby timeline's Data export, imported alone, asked on Monday 30 November 2026. */
export const borrower: Person = {
  name: "borrower",
  files: [{ name: "libbytimeline-activities.json", text: TIMELINE_JSON, mtime: Date.UTC(2026, 10, 29, 20, 41, 3) }],
  askedAt: Date.UTC(2026, 10, 30, 9, 0),
  questions: QUESTIONS,
};
