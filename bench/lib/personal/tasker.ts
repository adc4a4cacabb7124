/**
 * The tasker: Hannah runs home and work in Todoist, and keeps the backup Todoist makes of her account
 * (Settings → Backups: a zip of one CSV per project, unzipped as "Todoist backup 2026-11-20 0812 UTC",
 * each file named after its project and its id, "Home [6Jf8VQXxpwv56VQ7].csv", the Inbox's "Inbox.csv").
 * Each file is Todoist's CSV as "Export as a template" writes it: a header `TYPE,CONTENT,DESCRIPTION,
 * IS_COLLAPSED,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT,DEADLINE,
 * DEADLINE_LANG`, a `meta,view_style=list` row, then a row per task (`task`, its labels typed in its
 * name, "@car"; PRIORITY 1 the highest, p1, 4 none; INDENT 2 a sub-task of the task above; DATE the
 * due date as she typed it, "27 Nov", "every tue at 7pm", "every! 2 months"; a task opening "* " one
 * with no checkbox), `section` rows (IS_COLLAPSED "False"), `note` rows (a comment on the task above,
 * its author and when it was posted in DATE), a row of empty cells after each task and its comments,
 * CRLF line ends. Hand-written by the developers while trying Engram as its users would, in session
 * 32, before Engram read Todoist (the first run's figures are in bench/README.md). With it, the
 * questions such a person asks later and the words a right answer holds, and questions nothing here
 * answers.
 */
import type { Person } from "./types.js";

/** The columns of Todoist's CSV as its current export writes them. */
const HEADER = [
  "TYPE",
  "CONTENT",
  "DESCRIPTION",
  "IS_COLLAPSED",
  "PRIORITY",
  "INDENT",
  "AUTHOR",
  "RESPONSIBLE",
  "DATE",
  "DATE_LANG",
  "TIMEZONE",
  "DURATION",
  "DURATION_UNIT",
  "DEADLINE",
  "DEADLINE_LANG",
] as const;

/** A row's cells by column (the others empty). */
type Row = Partial<Record<(typeof HEADER)[number], string>>;

const ME = "Hannah (41872305)";
const DAN = "Dan Okoro (41990127)";
const ZONE = "Europe/London";

/** A cell as CSV writes it (RFC 4180, minimal quoting: a cell with a comma, a quote or a line break is quoted, its quotes doubled). */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A task of Hannah's: its name, priority (4 none) and indent, the rest as given. */
function task(content: string, fields: Row = {}): Row {
  return { TYPE: "task", CONTENT: content, PRIORITY: "4", INDENT: "1", AUTHOR: ME, DATE_LANG: "en", TIMEZONE: ZONE, ...fields };
}

/** A comment of Hannah's on the task above, posted at `at` (as the export writes it). */
function comment(content: string, at: string): Row {
  return { TYPE: "note", CONTENT: content, AUTHOR: ME, DATE: at };
}

/** A section of the project. */
function section(name: string): Row {
  return { TYPE: "section", CONTENT: name, IS_COLLAPSED: "False" };
}

/** The row of empty cells the export writes after each task (with its comments) and before each section. */
const BLANK: Row = {};

/** A project's CSV: the header, the meta row, a blank one, then `rows`; CRLF line ends, as the download is. */
function projectCsv(rows: Row[]): string {
  const lines = [HEADER.join(","), ["meta", "view_style=list", ...HEADER.slice(2).map(() => "")].join(","), HEADER.map(() => "").join(",")];
  for (const r of rows) lines.push(HEADER.map((c) => cell(r[c] ?? "")).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

const INBOX = projectCsv([
  task("Buy Mum's birthday present @errands", {
    DESCRIPTION: "She wants the green Le Creuset casserole dish, 24cm. John Lewis has it for £215",
    PRIORITY: "2",
    DATE: "12 Dec",
  }),
  BLANK,
  task("Return the Amazon parcel (wrong size trainers)", { DATE: "tomorrow at 9am" }),
  BLANK,
]);

const HOME = projectCsv([
  section("Car"),
  task("MOT for the Golf @car", {
    DESCRIPTION: "Booked at Kwik Fit on Gloucester Road, 9:30am. Reg WK19 HXD",
    PRIORITY: "1",
    DATE: "27 Nov",
    DURATION: "60",
    DURATION_UNIT: "minute",
  }),
  comment("They said to bring the V5C logbook, it's in the filing box under the stairs", "2026-11-12T18:40:11.000000Z"),
  BLANK,
  task("Renew the car insurance", { DATE: "", DEADLINE: "2026-12-14", DEADLINE_LANG: "en" }),
  BLANK,
  section("House"),
  task("Put the bins out", { DESCRIPTION: "Green bin and recycling alternate weeks", DATE: "every tue at 7pm" }),
  BLANK,
  task("Change the fridge water filter", { DATE: "every! 2 months" }),
  BLANK,
  task("* Window cleaner is Gary, cash only, £18 a visit", { PRIORITY: "4" }),
  BLANK,
  task("Get the boiler serviced before Christmas", { PRIORITY: "3", DATE: "4 Dec" }),
  task("Ring British Gas to book the engineer", { INDENT: "2", DATE: "23 Nov" }),
  BLANK,
]);

const WORK = projectCsv([
  section("Q1 report"),
  task("Finish the Q1 report @work", {
    DESCRIPTION: "Forecast for January to March, for the board pack",
    PRIORITY: "1",
    DATE: "11 Dec",
    DEADLINE: "2026-12-11",
    DEADLINE_LANG: "en",
  }),
  task("Get the sales figures from Dan", { INDENT: "2", DATE: "9 Dec" }),
  comment("Dan says the sales figures will be with me by Wednesday 9 December", "2026-11-18T10:05:42.000000Z"),
  task("Write the summary for the board", { INDENT: "2" }),
  task("Make the slides for the Q1 report", { INDENT: "2", RESPONSIBLE: DAN }),
  BLANK,
  section("Admin"),
  task("Submit expenses", { DATE: "every last day", DURATION: "15", DURATION_UNIT: "minute" }),
  BLANK,
  task("1:1 with Priya", { DATE: "every other thu at 2pm" }),
  BLANK,
]);

/** The backup's time: Todoist made it, and Hannah unzipped it, on Friday 20 November 2026. */
const BACKED_UP = Date.UTC(2026, 10, 20, 8, 12);
const FOLDER = "Todoist backup 2026-11-20 0812 UTC";

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When is the MOT due?", expect: ["27 November"] },
  { question: "Where is the Golf's MOT booked?", expect: ["Kwik Fit"] },
  { question: "What do I need to bring to the MOT?", expect: ["V5C"] },
  { question: "Which day do the bins go out?", expect: ["Tuesday"] },
  { question: "What do I need to do for the Q1 report?", expect: ["sales figures"] },
  { question: "When is the Q1 report due?", expect: ["11 December"] },
  { question: "When will Dan have the sales figures?", expect: ["9 December"] },
  { question: "What am I getting Mum for her birthday?", expect: ["Le Creuset"] },
  { question: "How often do I change the fridge water filter?", expect: ["2 months"] },
  { question: "When does the car insurance need renewing?", expect: ["14 December"] },
  { question: "How much is the window cleaner?", expect: ["£18"] },
  { question: "When is my dentist appointment?", expect: null },
  { question: "How much did the MOT cost?", expect: null },
  { question: "What is Priya's phone number?", expect: null },
];

/** Hannah: her Todoist backup unzipped into one folder, imported whole, asked on Saturday 21 November 2026. */
export const tasker: Person = {
  name: "tasker",
  files: [
    { name: `${FOLDER}/Inbox.csv`, text: INBOX, mtime: BACKED_UP },
    { name: `${FOLDER}/Home [6Jf8VQXxpwv56VQ7].csv`, text: HOME, mtime: BACKED_UP },
    { name: `${FOLDER}/Work [6Jf8VQXxpwv56VQ8].csv`, text: WORK, mtime: BACKED_UP },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 21, 18, 0),
  questions: QUESTIONS,
};
