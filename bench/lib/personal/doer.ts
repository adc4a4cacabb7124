/**
 * The doer: Ellie Marsh runs a house move (from a flat in Walthamstow to 14 Elm Road, St Albans, on
 * Saturday 21 November 2026) and her wedding to Tom (Saturday 19 December 2026, The Old Barn,
 * Hertford) in TickTick, and downloads its backup (the web app's Settings → Account → Generate
 * backup: one CSV of the whole account, `TickTick-backup-2026-11-13.csv`) to import it alone
 * (`engram import ~/Downloads/TickTick-backup-2026-11-13.csv`). The file is TickTick's backup as it
 * writes it (checked against public importers of it: go-vikunja/vikunja's migration/ticktick and its
 * testdata_ticktick_export.csv, a Version 7.2 backup's reader in a task app, ticktickmd): a preamble of
 * one quoted cell a line, `"Date: 2026-11-13+0000"`, `"Version: 7.1"`, and a status legend that is one
 * quoted cell over four lines (`"Status: \n0 Normal\n1 Completed\n2 Archived"`), then the header
 * `"Folder Name","List Name","Title","Kind","Tags","Content","Is Check list","Start Date","Due Date",
 * "Reminder","Repeat","Priority","Status","Created Time","Completed Time","Order","Timezone","Is All Day",
 * "Is Floating","Column Name","Column Order","View Mode","taskId","parentId"` and a row per task or note,
 * every cell quoted but an empty "Is All Day", "Column Name" or "Column Order"; LF line ends. Times
 * are UTC instants, "2026-11-21T08:00:00+0000" (an all-day date the user's midnight in UTC: 20 October
 * in London, BST, is "2026-10-19T23:00:00+0000"); Kind TEXT, CHECKLIST (its items lines of Content
 * opening "▫", "▪" once checked, "Is Check list" Y) or NOTE; Status 0 open, 2 completed (with its
 * Completed Time), -1 won't do; Priority 0, 1, 3 or 5; Tags "wedding, money"; Repeat an RRULE; a
 * sub-task's parentId its parent's taskId (24 hex digits, its first 8 the seconds it was made at). Four
 * lists: the Inbox (a weekly bin day, a call to make, a done message), "Elm Road move" in folder
 * "Moving house" (a kanban board, its columns "Before the move", "Moving day", "After the move": the
 * van booked, the broadband cancelled, the post redirected, two checklists, a task with sub-tasks),
 * "Wedding" (the wedding checklist, the dress fitting with a start and an end, the venue balance, the
 * honeymoon with sub-tasks, a photo booth decided against) and "Wedding notes" (two notes).
 * Hand-written by the developers while trying Engram as its users would, in session 34, before
 * Engram could read TickTick (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** The backup's columns, in TickTick's order. */
const HEADER = [
  "Folder Name",
  "List Name",
  "Title",
  "Kind",
  "Tags",
  "Content",
  "Is Check list",
  "Start Date",
  "Due Date",
  "Reminder",
  "Repeat",
  "Priority",
  "Status",
  "Created Time",
  "Completed Time",
  "Order",
  "Timezone",
  "Is All Day",
  "Is Floating",
  "Column Name",
  "Column Order",
  "View Mode",
  "taskId",
  "parentId",
] as const;

/** A row's cells by column (the others as {@link row} fills them). */
type Row = Partial<Record<(typeof HEADER)[number], string>>;

/** The columns TickTick leaves unquoted when empty. */
const BARE_WHEN_EMPTY = new Set<string>(["Is All Day", "Column Name", "Column Order"]);

/** An instant as TickTick writes one: "2026-11-21T08:00:00+0000" (UTC, an offset without a colon). */
function utc(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19)}+0000`;
}

/** An all-day date in London as TickTick writes it: the day's midnight in UTC (BST, UTC+1, until 25 October 2026). */
function day(date: string): string {
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const bst = midnight < Date.parse("2026-10-25T01:00:00Z") && midnight >= Date.parse("2026-03-29T01:00:00Z");
  return utc(new Date(midnight - (bst ? 3_600_000 : 0)).toISOString());
}

/** A TickTick id, as it makes one (a MongoDB ObjectId: the seconds of `created` in hex, then a machine and a counter). */
function oid(created: string, n: number): string {
  return `${Math.floor(Date.parse(created) / 1000).toString(16)}a8e3c1${n.toString(16).padStart(10, "0")}`;
}

let counter = 0;

/** A task (or note) of Ellie's: its list, title and when it was made, the rest as given (its id made from `created`). */
function row(folder: string, list: string, title: string, created: string, fields: Row = {}): Row & { id: string } {
  const id = oid(created, ++counter);
  const dated = Boolean(fields["Due Date"] || fields["Start Date"]);
  return {
    "Folder Name": folder,
    "List Name": list,
    Title: title,
    Kind: "TEXT",
    "Is Check list": "N",
    Priority: "0",
    Status: "0",
    "Created Time": utc(created),
    Order: String(-1099511627776 * (40 - counter)),
    Timezone: "Europe/London",
    "Is All Day": dated ? "true" : "",
    "Is Floating": "false",
    "View Mode": "list",
    taskId: id,
    parentId: "",
    ...fields,
    id,
  };
}

/** A row as TickTick writes it: every cell quoted (quotes doubled) but an empty one it leaves bare. */
function line(r: Row): string {
  return HEADER.map((c) => {
    const v = r[c] ?? "";
    return v === "" && BARE_WHEN_EMPTY.has(c) ? "" : `"${v.replace(/"/g, '""')}"`;
  }).join(",");
}

const MOVE = ["Moving house", "Elm Road move"] as const;
const WEDDING = ["Wedding", "Wedding"] as const;
const NOTES = ["Wedding", "Wedding notes"] as const;
/** A task on the move's board (a kanban view), in `column`. */
function move(title: string, created: string, column: string, order: string, fields: Row = {}): Row & { id: string } {
  return row(...MOVE, title, created, { "View Mode": "kanban", "Column Name": column, "Column Order": order, ...fields });
}

const UTILITIES = move("Set up utilities at Elm Road", "2026-10-24T09:40:00Z", "After the move", "2");
const HONEYMOON = row(...WEDDING, "Honeymoon", "2026-09-12T20:05:00Z", { Content: "Lisbon, 21 to 28 December.", Tags: "wedding" });

const ROWS: Row[] = [
  row("", "Inbox", "Ring Mum about the seating plan", "2026-11-10T20:14:00Z", {
    "Start Date": day("2026-11-16"),
    "Due Date": day("2026-11-16"),
    Reminder: "P0DT9H0M0S",
  }),
  row("", "Inbox", "Put the bins out", "2026-09-01T18:00:00Z", {
    "Start Date": utc("2026-11-17T19:00:00Z"),
    "Due Date": utc("2026-11-17T19:00:00Z"),
    Repeat: "RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU",
    "Is All Day": "false",
    Reminder: "PT0S",
  }),
  row("", "Inbox", "Send Priya the new address", "2026-11-05T08:30:00Z", {
    Status: "2",
    "Completed Time": utc("2026-11-06T12:30:00Z"),
  }),
  move("Give notice on the flat", "2026-09-20T10:00:00Z", "Before the move", "0", {
    Content: "Emailed Mr Okafor. The tenancy ends on 30 November.\nDeposit of £1,450 is with the DPS.",
    Status: "2",
    "Completed Time": utc("2026-09-28T16:10:00Z"),
    Tags: "move",
  }),
  move("Book the removal van", "2026-10-12T18:02:00Z", "Before the move", "0", {
    Content:
      "Shift Removals: a Luton van and two movers, Saturday 21 November from 8am.\n£540 in total, £100 deposit paid, the rest on the day.\nBooking ref SR-20419.",
    Priority: "5",
    "Start Date": day("2026-10-20"),
    "Due Date": day("2026-10-20"),
    Status: "2",
    "Completed Time": utc("2026-10-20T17:15:00Z"),
    Tags: "move",
  }),
  move("Cancel the Virgin Media broadband", "2026-10-24T08:00:00Z", "Before the move", "0", {
    Content: "Rang 0345 454 1111. 30 days' notice, so the last day of service is Friday 27 November.\nSend the hub back in the prepaid bag they're posting.",
    "Start Date": day("2026-10-30"),
    "Due Date": day("2026-10-30"),
    Status: "2",
    "Completed Time": utc("2026-10-29T10:42:00Z"),
    Tags: "move",
  }),
  move("Redirect the post", "2026-10-24T08:05:00Z", "Before the move", "0", {
    Content: "Royal Mail redirection from 20 November, 12 months, £51.50.",
    Status: "2",
    "Completed Time": utc("2026-11-02T21:05:00Z"),
  }),
  move("Pack the kitchen", "2026-11-01T11:00:00Z", "Before the move", "0", {
    Kind: "CHECKLIST",
    "Is Check list": "Y",
    Content: "▪Wrap the plates\n▪Glasses in the cell boxes\n▫Defrost the freezer\n▫Pack a first-night box with the kettle and mugs",
    "Start Date": day("2026-11-20"),
    "Due Date": day("2026-11-20"),
  }),
  move("Meter readings", "2026-11-01T11:05:00Z", "Moving day", "1", {
    Kind: "CHECKLIST",
    "Is Check list": "Y",
    Content: "Take a photo of each one.\n▫Gas (the meter is in the cupboard under the stairs)\n▫Electric\n▫Water",
    "Start Date": day("2026-11-21"),
    "Due Date": day("2026-11-21"),
    Priority: "3",
  }),
  move("Tell the council", "2026-10-24T09:30:00Z", "After the move", "2", {
    Content: "Waltham Forest to close the council tax account on 21 November; register with St Albans City and District from the same day.",
    "Start Date": day("2026-11-23"),
    "Due Date": day("2026-11-23"),
  }),
  UTILITIES,
  move("Switch the energy to Octopus", "2026-10-24T09:41:00Z", "After the move", "2", {
    Content: "Account A-7F2C91. Give them the first readings on moving day.",
    Status: "2",
    "Completed Time": utc("2026-11-03T19:40:00Z"),
    parentId: UTILITIES.id,
  }),
  move("Broadband installation", "2026-10-24T09:42:00Z", "After the move", "2", {
    Content: "Openreach engineer booked for Wednesday 25 November, 8am to 1pm.\nPlusnet Full Fibre 145, £29.99 a month for 24 months.",
    "Start Date": utc("2026-11-25T08:00:00Z"),
    "Due Date": utc("2026-11-25T13:00:00Z"),
    "Is All Day": "false",
    parentId: UTILITIES.id,
  }),
  row(...WEDDING, "Wedding checklist", "2026-09-06T19:30:00Z", {
    Kind: "CHECKLIST",
    "Is Check list": "Y",
    Content:
      "Saturday 19 December at The Old Barn, Hertford.\n▪Book the registrar\n▪Send the invitations\n▪Book the photographer (Lucy Fenn)\n▫Final dress fitting\n▫Confirm final numbers with The Old Barn\n▫Buy the rings\n▫Write the order of the day",
    Priority: "3",
    Tags: "wedding",
  }),
  row(...WEDDING, "Final dress fitting at Lace & Lily", "2026-10-02T12:00:00Z", {
    Content: "Bring the shoes and the veil. Mum's coming too.",
    "Start Date": utc("2026-11-28T14:30:00Z"),
    "Due Date": utc("2026-11-28T15:30:00Z"),
    "Is All Day": "false",
    Reminder: "-P1DT0H0M0S",
    Priority: "3",
    Tags: "wedding",
  }),
  row(...WEDDING, "Pay the venue balance", "2026-09-06T19:45:00Z", {
    Content: "£4,200 to The Old Barn by bank transfer, reference MARSH1912.",
    "Start Date": day("2026-12-01"),
    "Due Date": day("2026-12-01"),
    Priority: "5",
    Tags: "wedding, money",
  }),
  HONEYMOON,
  row(...WEDDING, "Book flights to Lisbon", "2026-09-12T20:06:00Z", {
    Content: "TAP from Heathrow, 21 December at 10:05, back on the 28th.",
    Status: "2",
    "Completed Time": utc("2026-10-11T19:20:00Z"),
    parentId: HONEYMOON.id,
  }),
  row(...WEDDING, "Renew Tom's passport", "2026-09-12T20:08:00Z", {
    Content: "It expires in February and Portugal wants three months left on it. Use Fast Track if it isn't back by then.",
    "Start Date": day("2026-11-30"),
    "Due Date": day("2026-11-30"),
    Priority: "5",
    parentId: HONEYMOON.id,
  }),
  row(...WEDDING, "Hire a photo booth", "2026-09-06T19:50:00Z", {
    Content: "£450 for three hours. Decided against it.",
    Status: "-1",
    "Completed Time": utc("2026-10-03T10:00:00Z"),
  }),
  row(...NOTES, "Guest dietary needs", "2026-10-18T20:30:00Z", {
    Kind: "NOTE",
    Content: "Aunt Ruth: coeliac\nSam: vegan\nJo's two kids: nut allergy\nEveryone else is having the beef or the risotto.",
  }),
  row(...NOTES, "The Old Barn", "2026-09-06T20:00:00Z", {
    Kind: "NOTE",
    Content:
      "## Contact\nThe venue coordinator is Hannah Webb, 01992 555013.\n\n## On the day\nAccess from 10am, music off by midnight, taxis booked for 12:15.\nThe ceremony is in the threshing barn at 1pm.",
  }),
];

/** The backup as TickTick writes it: its preamble (the status legend one cell over four lines), the header, the rows; LF line ends. */
const BACKUP = `${[
  '"Date: 2026-11-13+0000"',
  '"Version: 7.1"',
  '"Status: \n0 Normal\n1 Completed\n2 Archived"',
  HEADER.map((c) => `"${c}"`).join(","),
  ...ROWS.map(line),
].join("\n")}\n`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When is the removal van booked for?", expect: ["21 November"] },
  { question: "Which removal company did I book?", expect: ["Shift Removals"] },
  { question: "When did I cancel the broadband?", expect: ["29 October"] },
  { question: "When is the new broadband being installed?", expect: ["25 November"] },
  { question: "What's left on the wedding checklist?", expect: ["dress fitting", "rings"] },
  { question: "When is my final dress fitting?", expect: ["28 November"] },
  { question: "How much is the venue balance?", expect: ["£4,200"] },
  { question: "Who is the coordinator at the Old Barn?", expect: ["Hannah Webb"] },
  { question: "Which guest is coeliac?", expect: ["Ruth"] },
  { question: "When does Tom's passport need renewing by?", expect: ["30 November"] },
  { question: "How long is the post being redirected for?", expect: ["12 months"] },
  { question: "What's our new neighbour's name?", expect: null },
  { question: "How much is the DJ?", expect: null },
  { question: "When is the hen do?", expect: null },
];

/** Ellie: her TickTick backup, downloaded on Friday 13 November 2026 and imported alone, asked on Sunday 15 November 2026. */
export const doer: Person = {
  name: "doer",
  files: [{ name: "TickTick-backup-2026-11-13.csv", text: BACKUP, mtime: Date.UTC(2026, 10, 13, 21, 40) }],
  askedAt: Date.UTC(2026, 10, 15, 10, 0),
  questions: QUESTIONS,
};
