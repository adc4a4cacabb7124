/**
 * The notebooker: Imogen, an English teacher in Leeds, reads on a Kindle Paperwhite at night and in
 * the Kindle app on her phone and her MacBook by day, and when she finishes a book she opens its
 * Notebook and exports it (Notebook → Export → "Citation style: None"): the app emails her
 * "<Book title> - Notebook.html", which she saves to her Downloads folder. She once copied the
 * Paperwhite's "My Clippings.txt" there too. She imports the folder (`engram import Downloads`).
 *
 * Each notebook as the app that wrote it writes it (checked against public converters and their test
 * files: krystofl/kindle-notes-to-md's example_notebook.html, an Android export; the notebook quoted in
 * dempe/blog's "Converting Kindle Notes to Markdown", an iPhone's of 2023; kindlenotes2md's test file;
 * the Inkdrop Kindle plugin's README on the Kindle for Mac export's mismatched tags; a Kindle for Mac
 * export of "Conflicted" kept whole in a Notion integration's README):
 * - the iPhone app today: an XHTML page (its XML declaration, Amazon's style sheet), `<div
 *   class="bodyContainer">`, `<div class="notebookFor">Notebook Export</div>`, the book's title and its
 *   authors, an empty citation, `<hr />`, then each chapter's `<div class="sectionHeading">` and each
 *   highlight's `<div class="noteHeading">Highlight(<span class="highlight_yellow">yellow</span>) -
 *   Page 16 · Location 229</div>` (its first location), its words in `<div class="noteText">`, a note
 *   typed at it after it ("Note - Page 27 · Location 402", at the highlight's last location), the text
 *   indented on a line of its own and the next element opening on the line that closes one;
 * - the Android app of a few years ago: "Notebook for", "Highlight (<span …>yellow</span>) -  Location
 *   112" (a book with no page numbers: two spaces where the page would be), each tag and its text on
 *   lines of their own;
 * - Kindle for Mac: `<h1>` around "Notes and highlights for", the title and the authors as the store
 *   files them ("Aurelius, Marcus"), single-quoted classes, `<h2 class='sectionHeading'>`, `<h3
 *   class='noteHeading'>… - Book Five &gt; Page 60 &middot; Location 1020</div><div
 *   class='noteText'>…</h3>` (its tags mismatched), a space before each comma and full stop.
 * No notebook has a date: the day she saved it is its file's modification time. The Paperwhite's
 * clippings hold two of Atomic Habits' highlights the phone's notebook holds too (and the note at one),
 * and a book she never exported, Deep Work.
 * Hand-written by the developers while trying Engram as its users would, in session 37, before Engram
 * could read a Kindle notebook (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** Amazon's style sheet, as each notebook carries it in its head. */
const STYLE = `.bodyContainer {
    font-family: Arial, Helvetica, sans-serif;
    text-align: center;
    padding-left: 32px;
    padding-right: 32px;
}

.notebookFor {
    font-size: 18px;
    font-weight: 700;
    text-align: center;
    color: rgb(119, 119, 119);
    margin: 24px 0px 0px;
    padding: 0px;
}

.bookTitle {
    font-size: 32px;
    font-weight: 700;
    text-align: center;
    color: #333333;
    margin-top: 22px;
    padding: 0px;
}

.authors {
    font-size: 13px;
    font-weight: 700;
    text-align: center;
    color: rgb(119, 119, 119);
    margin-top: 22px;
    margin-bottom: 24px;
    padding: 0px;
}

.citation {
    font-size: 16px;
    font-weight: 500;
    text-align: center;
    color: #333333;
    margin-top: 22px;
    margin-bottom: 24px;
    padding: 0px;
}

.sectionHeading {
    font-size: 24px;
    font-weight: 700;
    text-align: left;
    color: #333333;
    margin-top: 24px;
    padding: 0px;
}

.noteHeading {
    font-size: 18px;
    font-weight: 700;
    text-align: left;
    color: #333333;
    margin-top: 20px;
    padding: 0px;
}

.noteText {
    font-size: 18px;
    font-weight: 500;
    text-align: left;
    color: #333333;
    margin: 2px 0px 0px;
    padding: 0px;
}

.highlight_blue {
    color: rgb(178, 205, 251);
}

.highlight_orange {
    color: #ffd7ae;
}

.highlight_pink {
    color: rgb(255, 191, 206);
}

.highlight_yellow {
    color: rgb(247, 206, 0);
}

.notebookGraphic {
    margin-top: 10px;
    text-align: left;
}

hr {
    border: 0px none;
    height: 1px;
    background: none repeat scroll 0% 0% rgb(221, 221, 221);
}
`;

/** One entry of a notebook: a chapter's heading, or a highlight (its colour) or a note, where the app says it is, and its words (HTML). */
type Entry = ["section", string] | ["highlight", colour: string, where: string, html: string] | ["note", where: string, html: string];

/** A notebook: the book's title and authors (HTML, as the app escapes them) and its entries. */
interface Notebook {
  title: string;
  authors: string;
  entries: Entry[];
}

/** The head every phone app's notebook opens with. */
function phoneHead(): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
                              "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd" >
<html xmlns="http://www.w3.org/TR/1999/REC-html-in-xml" xml:lang="en"
\tlang="en">
\t<head>
                <meta http-equiv="Content-Type" content="application/xhtml+xml; charset=UTF-8" />
                <!-- HTML5 -->
                <meta charset="UTF-8"/>
\t\t<style type="text/css">
                    ${STYLE}
\t\t</style>
\t\t<script type="text/javascript">
\t\t    
\t\t</script>
\t\t<title></title>
\t</head>
`;
}

/** A notebook as the iPhone app exports it today ("Notebook Export"; "Highlight(<span…>) - Page 16 · Location 229"). */
function iphoneNotebook(n: Notebook): string {
  const body = n.entries
    .map((e) => {
      if (e[0] === "section") return `<div class="sectionHeading">\n    ${e[1]}\n</div>`;
      const [heading, html] = e[0] === "highlight" ? [`Highlight(<span class="highlight_${e[1]}">${e[1]}</span>) - ${e[2]}`, e[3]] : [`Note - ${e[1]}`, e[2]];
      return `<div class="noteHeading">\n    ${heading}\n</div>\n<div class="noteText">\n    ${html}\n</div>`;
    })
    .join("");
  return `${phoneHead()}    <body>
        <div class="bodyContainer">
            <div class="notebookFor">
                Notebook Export
            </div>
            <div class="bookTitle">
                ${n.title}
            </div>
            <div class="authors">
                ${n.authors}
            </div>
            <div class="citation">
                
            </div>
            <hr />
            ${body}
        </div>
    </body>
</html>
`;
}

/** A notebook as the Android app exported it a few years ago ("Notebook for"; "Highlight (<span…>) -  Location 112", each tag on its own line). */
function androidNotebook(n: Notebook): string {
  const body = n.entries
    .map((e) => {
      if (e[0] === "section") return `<div class="sectionHeading">\n${e[1]}\n</div>\n`;
      const [heading, html] = e[0] === "highlight" ? [`Highlight (<span class="highlight_${e[1]}">${e[1]}</span>) - ${e[2]}`, e[3]] : [`Note - ${e[1]}`, e[2]];
      return `<div class="noteHeading">\n${heading}\n</div>\n<div class="noteText">\n${html}\n</div>\n`;
    })
    .join("");
  return `${phoneHead()}    <body>
        <div class="bodyContainer">
            <div class="notebookFor">
Notebook for
</div>
<div class="bookTitle">
${n.title}
</div>
<div class="authors">
${n.authors}
</div>
<div class="citation">

</div>
<hr />

${body}
        </div>
    </body>
</html>
`;
}

/** A notebook as Kindle for Mac exports it ("Notes and highlights for"; `<h3 class='noteHeading'>…</div><div class='noteText'>…</h3>`). */
function macNotebook(n: Notebook): string {
  const body = n.entries
    .map((e) => {
      if (e[0] === "section") return `<h2 class='sectionHeading'>${e[1]}</h2>`;
      const [heading, html] = e[0] === "highlight" ? [`Highlight (<span class='highlight_${e[1]}'>${e[1]}</span>) - ${e[2]}`, e[3]] : [`Note - ${e[1]}`, e[2]];
      return `<h3 class='noteHeading'>${heading}</div><div class='noteText'>${html}</h3>\n`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "XHTML1-s.dtd" >
<html xmlns="http://www.w3.org/TR/1999/REC-html-in-xml" xml:lang="en" lang="en">

<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></meta>
<style>
${STYLE}</style>
</head>
<body>
<div class='bodyContainer'>
<h1><div class='notebookFor'>Notes and highlights for</div><div class='bookTitle'>${n.title}
</div><div class='authors'>
${n.authors}
</div></h1><hr/>

${body}</div>
</body>
</html>
`;
}

/** Atomic Habits, exported from the iPhone app on Saturday 14 November 2026. */
const ATOMIC: Notebook = {
  title: "Atomic Habits: An Easy &amp; Proven Way to Build Good Habits &amp; Break Bad Ones",
  authors: "James Clear",
  entries: [
    ["section", "1 The Surprising Power of Atomic Habits"],
    ["highlight", "yellow", "Page 16 · Location 229", "Habits are the compound interest of self-improvement."],
    ["highlight", "yellow", "Page 27 · Location 401", "You do not rise to the level of your goals. You fall to the level of your systems."],
    ["note", "Page 27 · Location 402", "Put this on the staff-room board before the Year 11 mocks"],
    ["section", "2 How Your Habits Shape Your Identity (and Vice Versa)"],
    ["highlight", "blue", "Page 38 · Location 560", "Every action you take is a vote for the type of person you wish to become."],
    ["section", "13 How to Stop Procrastinating by Using the Two-Minute Rule"],
    ["highlight", "yellow", "Page 162 · Location 2378", "When you start a new habit, it should take less than two minutes to do."],
    ["note", "Page 162 · Location 2379", "Guitar: just take it out of the case after dinner. That&#39;s the whole habit for November."],
  ],
};

/** Four Thousand Weeks, exported from the iPhone app on Monday 9 November 2026. */
const WEEKS: Notebook = {
  title: "Four Thousand Weeks: Time Management for Mortals",
  authors: "Oliver Burkeman",
  entries: [
    ["section", "Introduction: In the Long Run, We&#8217;re All Dead"],
    ["highlight", "yellow", "Page 3 · Location 62", "The average human lifespan is absurdly, terrifyingly, insultingly short."],
    ["section", "1 The Limit-Embracing Life"],
    ["highlight", "pink", "Page 48 · Location 733", "Productivity is a trap."],
    ["note", "Page 48 · Location 733", "Step down from the Thursday curriculum committee. Tell Priya before half-term."],
    ["section", "4 Becoming a Better Procrastinator"],
    [
      "highlight",
      "yellow",
      "Page 95 · Location 1422",
      "The real measure of any time management technique is whether or not it helps you neglect the right things.",
    ],
  ],
};

/** The Obstacle Is the Way, exported from the Android app she had before, on Friday 2 October 2026: the book has no page numbers. */
const OBSTACLE: Notebook = {
  title: "The Obstacle Is the Way: The Timeless Art of Turning Trials into Triumph",
  authors: "Ryan Holiday",
  entries: [
    ["section", "Introduction"],
    [
      "highlight",
      "yellow",
      " Location 112",
      "The obstacle in the path becomes the path. Never forget, within every obstacle is an opportunity to improve our condition.",
    ],
    ["section", "Part I: Perception"],
    ["highlight", "orange", " Location 389", "Where the head goes, the body follows. Perception precedes action."],
    ["note", " Location 390", "This is the bit of stoicism I actually need. Start the Daily Stoic journal on 1 January with Sam."],
  ],
};

/** Meditations, exported from Kindle for Mac on Sunday 20 September 2026 (its words spaced before each comma and full stop, as that app writes them). */
const MEDITATIONS: Notebook = {
  title: "Meditations: A New Translation",
  authors: "Aurelius, Marcus",
  entries: [
    ["section", "Book Two"],
    [
      "highlight",
      "yellow",
      "Page 17 &middot; Location 305",
      "When you wake up in the morning , tell yourself : The people I deal with today will be meddling , ungrateful , arrogant , dishonest , jealous , and surly .",
    ],
    ["section", "Book Five"],
    [
      "highlight",
      "yellow",
      "Book Five &gt; Page 60 &middot; Location 1020",
      "The impediment to action advances action . What stands in the way becomes the way .",
    ],
    ["section", "Book Six"],
    ["highlight", "blue", "Book Six &gt; Page 71 &middot; Location 1200", "The best revenge is not to be like that ."],
    ["note", "Book Six &gt; Page 75 &middot; Location 1290", "Gift for Dad&#8217;s birthday on 12 December: the Hays translation in hardback."],
  ],
};

/** The Paperwhite's clippings, as it writes them (a byte-order mark, CRLF, "==========" after each). */
const CLIPPINGS: Array<[book: string, meta: string, text: string]> = [
  [
    "Deep Work: Rules for Focused Success in a Distracted World (Newport, Cal)",
    "- Your Highlight on page 101 | Location 1501-1502 | Added on Friday, 25 September 2026 22:03:44",
    "Clarity about what matters provides clarity about what does not.",
  ],
  [
    "Deep Work: Rules for Focused Success in a Distracted World (Newport, Cal)",
    "- Your Note on page 101 | Location 1502 | Added on Friday, 25 September 2026 22:05:10",
    "Shut the laptop at 4pm on Fridays. No marking after that.",
  ],
  [
    "Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones (James Clear)",
    "- Your Highlight on page 16 | Location 229-229 | Added on Sunday, 4 October 2026 21:40:12",
    "Habits are the compound interest of self-improvement.",
  ],
  [
    "Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones (James Clear)",
    "- Your Highlight on page 27 | Location 401-402 | Added on Sunday, 4 October 2026 21:52:30",
    "You do not rise to the level of your goals. You fall to the level of your systems.",
  ],
  [
    "Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones (James Clear)",
    "- Your Note on page 27 | Location 402 | Added on Sunday, 4 October 2026 21:53:02",
    "Put this on the staff-room board before the Year 11 mocks",
  ],
];

/** "My Clippings.txt" as the Paperwhite writes it. */
const MY_CLIPPINGS = `\uFEFF${CLIPPINGS.map(([book, meta, text]) => `${book}\r\n${meta}\r\n\r\n${text}\r\n==========\r\n`).join("")}`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did I highlight about habits in Atomic Habits?", expect: ["compound interest"] },
  { question: "Which book said 'the obstacle in the path becomes the path'?", expect: ["Obstacle Is the Way"] },
  { question: "What note did I write about stoicism?", expect: ["Daily Stoic"] },
  { question: "What did I want to put on the staff-room board?", expect: ["systems"] },
  { question: "What is my two-minute rule for guitar?", expect: ["out of the case"] },
  { question: "What did Marcus Aurelius say about revenge?", expect: ["not to be like that"] },
  { question: "When is Dad's birthday?", expect: ["12 December"] },
  { question: "Who do I need to tell about the curriculum committee?", expect: ["Priya"] },
  { question: "What did I highlight about time management?", expect: ["neglect the right things"] },
  { question: "What does Oliver Burkeman say about the human lifespan?", expect: ["insultingly short"] },
  { question: "What did I decide about marking on Fridays?", expect: ["4pm"] },
  { question: "What does Atomic Habits say every action you take is?", expect: ["vote"] },
  { question: "What did I highlight in Sapiens?", expect: null },
  { question: "What star rating did I give Four Thousand Weeks?", expect: null },
  { question: "What did my book club think of Meditations?", expect: null },
];

/** The notebooker: four notebooks and a copy of the Paperwhite's clippings in her Downloads folder, imported as a folder, asked on Friday 20 November 2026. */
export const notebooker: Person = {
  name: "notebooker",
  files: [
    {
      name: "Downloads/Atomic Habits_ An Easy & Proven Way to Build Good Habits & Break Bad Ones - Notebook.html",
      text: iphoneNotebook(ATOMIC),
      mtime: Date.UTC(2026, 10, 14, 10, 12, 40),
    },
    {
      name: "Downloads/Four Thousand Weeks_ Time Management for Mortals - Notebook.html",
      text: iphoneNotebook(WEEKS),
      mtime: Date.UTC(2026, 10, 9, 19, 31, 5),
    },
    {
      name: "Downloads/The Obstacle Is the Way_ The Timeless Art of Turning Trials into Triumph - Notebook.html",
      text: androidNotebook(OBSTACLE),
      mtime: Date.UTC(2026, 9, 2, 7, 45, 18),
    },
    { name: "Downloads/Meditations_ A New Translation - Notebook.html", text: macNotebook(MEDITATIONS), mtime: Date.UTC(2026, 8, 20, 16, 2, 51) },
    { name: "Downloads/My Clippings.txt", text: MY_CLIPPINGS, mtime: Date.UTC(2026, 9, 6, 18, 20, 0) },
  ],
  folder: "Downloads",
  askedAt: Date.UTC(2026, 10, 20, 9, 0),
  questions: QUESTIONS,
};
