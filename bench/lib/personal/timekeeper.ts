/**
 * The timekeeper: Ines Calder, a freelance brand designer in Sheffield, tracks every working hour in Toggl Track
 * (the web app's timer and its desktop app), a project per job: the Acme rebrand for Acme Foods (£55 an hour:
 * discovery interviews, a brand workshop at Acme's head office, logo sketches, the brand guidelines), the Nordlicht
 * packaging for Nordlicht Kaffee, a Berlin coffee roaster (£60 an hour: concepts, label illustration, the tin lid,
 * mockups, the coffee bag's dieline and print proofs) and, from Thursday 8 October, the Harbour & Pine menus for a
 * boutique hotel in Whitby (£50 an hour: the menu, the cocktail menu, the wine list; a round of menu revisions she
 * gave them free, not billable), besides her own Admin and Portfolio projects, no client's and never billable. On
 * Monday 26 October she opens Reports → Detailed in Toggl Track, picks the four weeks from Monday 28 September,
 * Export → Download as CSV, and imports the file it saves, `Toggl_time_entries_2026-09-28_to_2026-10-25.csv`.
 *
 * The file as Toggl writes it, checked against public readers of the Detailed report's CSV and their fixtures:
 * solidtime's importer (TogglTimeEntriesImporter) and its two test files (a UTF-8 byte order mark; the header
 * `User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount
 * (EUR)`; LF line breaks; "Yes"/"No"; dates "2024-03-04", times "10:23:52", durations "01:00:01"; tags joined by ", "
 * and quoted, "Development, Backend"; an empty description written `""`; the amount empty when nothing is billed;
 * a second file with every cell quoted and no Amount column), a Python validator's test of the header with its byte
 * order mark and "Amount ()" (a workspace with no currency set), a Java reader's "Amount (EUR)", readers that name the
 * file `Toggl_time_entries_2018-10-01_to_2018-10-31.csv`, and one that walks a Detailed export's rows newest first
 * (a day's latest entry first): hers are written so. Her times are on her profile's clock with no zone, as Toggl
 * writes them. Hand-written by the developers in session 39 before Engram could read Toggl's CSV (the first run's
 * figures are in bench/README.md), with the questions she asks later, the words a right answer holds, and three
 * nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/** A client's project as Toggl's report names it, and what an hour of it is billed at (0: not billable). */
interface Project {
  client: string;
  project: string;
  rate: number;
}

const ACME: Project = { client: "Acme Foods", project: "Acme rebrand", rate: 55 };
const NORDLICHT: Project = { client: "Nordlicht Kaffee", project: "Nordlicht packaging", rate: 60 };
const HARBOUR: Project = { client: "Harbour & Pine", project: "Harbour & Pine menus", rate: 50 };
const ADMIN: Project = { client: "", project: "Admin", rate: 0 };
const PORTFOLIO: Project = { client: "", project: "Portfolio", rate: 0 };

/** A time entry as she tracked it: its start and stop on her clock ("09:00"), its project, description, task and tags; `free` for billable work she did not bill. */
type Entry = [start: string, stop: string, project: Project, description: string, task?: string, tags?: string[], free?: boolean];

/** Her working days, Monday 28 September to Friday 23 October 2026, each day's entries in the order she tracked them. */
const DAYS: Record<string, Entry[]> = {
  "2026-09-28": [
    ["08:55", "09:20", ADMIN, "Emails"],
    ["09:30", "12:30", ACME, "Discovery interviews", "Discovery", ["research"]],
    ["13:30", "16:00", NORDLICHT, "Packaging concepts", "Concepts", ["concepts"]],
    ["16:10", "16:40", ADMIN, "Invoicing"],
  ],
  "2026-09-29": [
    ["09:00", "12:00", NORDLICHT, "Colour palette exploration", "Concepts", ["colour"]],
    ["13:00", "15:30", ACME, "Competitor audit", "Discovery", ["research"]],
    ["15:45", "17:00", PORTFOLIO, "Case study write-up"],
  ],
  "2026-09-30": [
    ["09:10", "11:40", ACME, "Moodboards", "Discovery", ["research", "moodboard"]],
    ["12:30", "16:45", NORDLICHT, "Packaging concepts", "Concepts", ["concepts"]],
  ],
  "2026-10-01": [
    ["10:00", "13:00", ACME, "Brand workshop at Acme HQ", "Discovery", ["workshop", "on-site"]],
    ["14:15", "16:15", NORDLICHT, "Label illustration", "Artwork", ["illustration"]],
    ["16:30", "17:00", ADMIN, "Emails"],
  ],
  "2026-10-02": [
    ["09:00", "11:00", ACME, "Workshop write-up, next steps", "Discovery"],
    ["11:15", "12:15", ADMIN, "Bookkeeping"],
    ["13:00", "15:30", NORDLICHT, "Label illustration", "Artwork", ["illustration"]],
  ],
  "2026-10-05": [
    ["09:00", "09:30", ADMIN, "Emails"],
    ["09:30", "12:30", ACME, "Typeface pairing", "Logo", ["type"]],
    ["13:30", "17:00", NORDLICHT, "Label illustration", "Artwork", ["illustration"]],
  ],
  "2026-10-06": [
    ["09:00", "11:30", ACME, "Logo sketches", "Logo", ["sketching", "logo"]],
    ["11:45", "12:30", NORDLICHT, "Feedback call with Nordlicht", "", ["client call"]],
    ["13:00", "15:00", ACME, "Logo sketches, round 2", "Logo", ["sketching", "logo"]],
    ["15:15", "17:00", NORDLICHT, "Artwork for tin lid", "Artwork", ["illustration"]],
  ],
  "2026-10-07": [
    ["09:00", "12:00", NORDLICHT, "Artwork for tin lid", "Artwork", ["illustration"]],
    ["13:00", "14:00", PORTFOLIO, "Case study write-up"],
    ["14:00", "16:30", ACME, "Logo refinements", "Logo", ["logo"]],
  ],
  "2026-10-08": [
    ["09:30", "12:00", ACME, "Logo refinements", "Logo", ["logo"]],
    ["13:00", "14:00", HARBOUR, "Kick-off call with Harbour & Pine", "", ["client call"]],
    ["14:15", "17:15", NORDLICHT, "Packaging artwork", "Artwork", ["print"]],
  ],
  "2026-10-09": [
    ["09:00", "11:30", HARBOUR, "Menu layout", "", ["layout"]],
    ["11:40", "12:10", ADMIN, "Invoicing"],
    ["13:00", "15:20", ACME, "Logo presentation deck", "Logo", ["logo"]],
    ["15:30", "16:30", NORDLICHT, "Print supplier emails", "", ["print"]],
  ],
  "2026-10-12": [
    ["09:00", "12:30", ACME, "Brand guidelines draft", "Brand guidelines"],
    ["13:30", "16:30", HARBOUR, "Menu layout", "", ["layout"]],
  ],
  "2026-10-13": [
    ["09:00", "12:00", NORDLICHT, "Packaging artwork", "Artwork", ["print"]],
    ["13:00", "15:00", ACME, "Brand guidelines draft", "Brand guidelines"],
    ["15:10", "15:40", ADMIN, "Emails"],
  ],
  "2026-10-14": [
    ["09:00", "12:15", ACME, "Brand guidelines draft", "Brand guidelines"],
    ["13:00", "13:45", ADMIN, "Bookkeeping"],
    ["14:00", "16:30", NORDLICHT, "Packaging mockups", "Artwork", ["mockup"]],
    ["16:40", "17:20", HARBOUR, "Cocktail menu", "", ["layout"]],
  ],
  "2026-10-15": [
    ["09:00", "12:00", HARBOUR, "Cocktail menu", "", ["layout"]],
    ["13:00", "16:00", ACME, "Icon set", "Brand guidelines", ["illustration"]],
  ],
  "2026-10-16": [
    ["08:50", "11:50", NORDLICHT, "Packaging mockups", "Artwork", ["mockup"]],
    ["12:30", "14:00", ACME, "Feedback call with Acme marketing", "", ["client call"]],
    ["14:15", "16:10", HARBOUR, "Menu typography", "", ["type"]],
    ["16:20", "17:40", PORTFOLIO, "Case study write-up"],
  ],
  "2026-10-19": [
    ["09:00", "09:40", ADMIN, "Emails"],
    ["09:45", "12:45", HARBOUR, "Wine list layout", "", ["layout"]],
    ["13:45", "17:00", ACME, "Brand guidelines final", "Brand guidelines"],
  ],
  "2026-10-20": [
    ["09:15", "12:00", NORDLICHT, "Coffee bag dieline", "Artwork", ["print"]],
    ["13:00", "13:50", ACME, "Brand guidelines final", "Brand guidelines"],
    ["14:00", "15:10", NORDLICHT, "Print proofs check", "", ["print"]],
    ["15:20", "17:00", HARBOUR, "Wine list layout", "", ["layout"]],
  ],
  "2026-10-21": [
    ["09:00", "11:30", ACME, "Brand guidelines final", "Brand guidelines"],
    ["11:45", "13:15", HARBOUR, "Menu revisions", "", ["goodwill"], true],
    ["14:00", "16:00", NORDLICHT, "Print proofs check", "", ["print"]],
  ],
  "2026-10-22": [
    ["09:30", "12:30", ACME, "Brand guidelines handover", "Brand guidelines"],
    ["13:30", "14:30", ADMIN, "Invoicing"],
    ["14:30", "16:30", NORDLICHT, "Shop display artwork", "Artwork", ["illustration"]],
  ],
  "2026-10-23": [
    ["09:00", "11:00", HARBOUR, "Menu print files", "", ["print"]],
    ["11:15", "12:00", ADMIN, "Bookkeeping"],
    ["13:00", "15:00", PORTFOLIO, "Case study write-up"],
  ],
};

/** The Detailed report's header for a workspace billing in pounds. */
const HEADER = "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (GBP)";

/** Minutes after midnight of "HH:MM". */
function minutes(clock: string): number {
  const [h, m] = clock.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/** A cell as Toggl writes it: quoted when it holds a comma or a quote (its quotes doubled). */
function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An entry's row: her name and email, the project's client, the times with seconds, the duration "02:30:00", the amount to the penny when billed. */
function row(day: string, [start, stop, p, description, task = "", tags = [], free = false]: Entry): string {
  const mins = minutes(stop) - minutes(start);
  const duration = `${String(Math.floor(mins / 60)).padStart(2, "0")}:${String(mins % 60).padStart(2, "0")}:00`;
  const billable = p.rate > 0 && !free;
  const amount = billable ? ((mins / 60) * p.rate).toFixed(2) : "";
  return [
    "Ines Calder",
    "ines@calder.studio",
    cell(p.client),
    cell(p.project),
    cell(task),
    cell(description),
    billable ? "Yes" : "No",
    day,
    `${start}:00`,
    day,
    `${stop}:00`,
    duration,
    cell(tags.join(", ")),
    amount,
  ].join(",");
}

/** Her rows, newest first as the Detailed report lists them. */
const ROWS = Object.entries(DAYS)
  .flatMap(([day, entries]) => entries.map((e) => ({ day, e })))
  .sort((a, b) => (a.day === b.day ? minutes(b.e[0]) - minutes(a.e[0]) : a.day < b.day ? 1 : -1))
  .map(({ day, e }) => row(day, e));

const FILES: PersonFile[] = [
  {
    name: "Toggl_time_entries_2026-09-28_to_2026-10-25.csv",
    text: `\uFEFF${[HEADER, ...ROWS].join("\n")}\n`,
    mtime: Date.UTC(2026, 9, 26, 8, 5),
  },
];

const QUESTIONS: Person["questions"] = [
  { question: "How long did I work on the Acme rebrand on Tuesday 6 October?", expect: ["4 hours 30 minutes"] },
  { question: "Which client did I bill for the logo sketches?", expect: ["Acme Foods"] },
  { question: "What did I do for Nordlicht last Tuesday?", expect: ["dieline"] },
  { question: "When did I start work on the Harbour & Pine menus?", expect: ["8 October"] },
  { question: "What was I doing at 3pm on Wednesday 14 October?", expect: ["mockups"] },
  { question: "How many hours did I track on Friday 9 October?", expect: ["6 hours 20 minutes"] },
  { question: "Did I bill Harbour & Pine for the menu revisions?", expect: ["not billable"] },
  { question: "How much did I earn from the brand workshop at Acme?", expect: ["165"] },
  { question: "How long was the brand workshop at Acme?", expect: ["3 hours"] },
  { question: "What time did I finish work on Friday 16 October?", expect: ["17:40"] },
  { question: "Which client was the colour palette exploration for?", expect: ["Nordlicht"] },
  { question: "What did I work on for Harbour & Pine on Monday 19 October?", expect: ["wine list"] },
  { question: "Who is my contact at Nordlicht Kaffee?", expect: null },
  { question: "When is the Acme rebrand due to launch?", expect: null },
  { question: "How much does my Toggl subscription cost?", expect: null },
];

export const timekeeper: Person = {
  name: "timekeeper",
  files: FILES,
  askedAt: Date.UTC(2026, 9, 26, 9, 30),
  questions: QUESTIONS,
};
