/**
 * The orgnik: Ada Whitlock, a backend developer in Leeds, keeps her life in Emacs Org files and imports
 * the folder they live in (`engram import ~/org`). Every file is as Emacs, org-journal, org-capture,
 * org-archive and org-roam write it:
 * - `journal/20261102.org` … : org-journal's daily files (`org-journal-file-format` "%Y%m%d" with ".org"
 *   added, as most configurations do; its defaults: `org-journal-date-format` "%A, %x", so a US-locale
 *   day heading "* Monday, 11/02/26", then each entry "** 09:14 …" of `org-journal-time-format` "%R "
 *   under `org-journal-time-prefix` "** "), a task carried over to the last day as org-journal's
 *   carryover moves an open one (from the day it was written, so only the last file holds it), done
 *   there with its CLOSED and SCHEDULED line, an open one, and active timestamps in entries;
 * - `journal.org`: the datetree journal she kept before (org-capture's `file+olp+datetree`: "* 2026" /
 *   "** 2026-10 October" / "*** 2026-10-28 Wednesday" / "**** …", each entry opening with the Org
 *   manual's journal template's "Entered on [2026-10-28 Wed 19:40]"), a `#+STARTUP` keyword;
 * - `tasks.org`: `#+TITLE`, `#+FILETAGS`, a `#+TODO` line of her keywords (TODO NEXT WAITING | DONE
 *   CANCELLED), headlines with priorities ("[#A]"), tags (":money:"), planning lines (`CLOSED:`,
 *   `DEADLINE:`, `SCHEDULED:`, active `<…>` and inactive `[…]` timestamps), `:PROPERTIES:` drawers (`:ID:`,
 *   `:CREATED:`), a `:LOGBOOK:` with a state change, a "Note taken on" note and CLOCK lines with their
 *   totals, a statistics cookie ("[1/3]"), a checklist, an id link and a web link;
 * - `tasks.org_archive`: what org-archive-subtree moved out of tasks.org (its header "#    -*- mode: org
 *   -*-", "Archived entries from file …", each entry's ARCHIVE_TIME, ARCHIVE_FILE, ARCHIVE_OLPATH,
 *   ARCHIVE_CATEGORY and ARCHIVE_TODO properties);
 * - `roam/20261020143012-sofa_research.org`, `roam/20261028191502-jonas_meyer.org`: org-roam v2 notes
 *   (a file-level `:PROPERTIES:` drawer with its `:ID:` first, then `#+title:`; the file name
 *   "%<%Y%m%d%H%M%S>-${slug}.org"), a table, a description list ("Phone :: …");
 * - `notes/homelab.org`: a plain note of hers, with a `#+BEGIN_SRC sh` block, a `# comment` line and a
 *   commented-out subtree ("* COMMENT …").
 * Checked against the Org manual and the org-syntax spec (headlines, planning, drawers, clock lines,
 * blocks, timestamps, links), uniorg's parser (packages/uniorg-parse/src/parser.ts: the headline's keyword,
 * priority, COMMENT and tags; planning keywords; drawers; CLOCK lines' "=>  2:30"), org-journal's
 * org-journal.el (its defaults above; a daily file's day heading has no CREATED property) and test
 * journals, org-datetree's tree (org-daily's README), org-roam's capture templates ("#+title: ${title}")
 * and org-archive's file header (Org's org-archive.el, nvim-orgmode's archive).
 * Hand-written by the developers while trying Engram as its users would, in session 40, before Engram
 * could read an Org file (the first run's figures are in bench/README.md). With it, the questions such
 * a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** Lines as Emacs saves them: LF, a final newline. */
function file(lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

/** org-journal's daily files, named "%Y%m%d.org", each opening with its day heading. */
const JOURNAL_DAYS: Record<string, string[]> = {
  "20261102": [
    "* Monday, 11/02/26",
    "** 08:52 Standup",
    "Priya is taking over the payments migration while Sam is on paternity leave until January.",
    "** 17:45 Tax return",
    "Finally submitted the self assessment. HMRC says I owe £1,184.20, to pay by 31 January.",
  ],
  "20261103": [
    "* Tuesday, 11/03/26",
    "** 09:14 Dentist",
    "Check-up with Dr Shah at Kirkgate Dental. Small cavity in the lower left molar, so a filling is",
    "booked for <2026-11-19 Thu 08:30>. She said to stop using the whitening toothpaste, it's too",
    "abrasive.",
    "** 12:40 Lunch with Mei",
    "Mei recommended Tsuru on Call Lane for ramen, the /tantanmen/ especially. She's moving to",
    "Edinburgh in the spring for the job at Skyscanner.",
    "** 21:10 Sofa",
    "Measured the bay window: 210 cm wide, and a sofa can't be deeper than 95 cm or the door won't open.",
  ],
  "20261105": [
    "* Thursday, 11/05/26",
    "** 10:02 Sofa decision",
    "Decided on the *Loaf Bumpy* in clay, £1,495, delivery in six weeks. Not the DFS Arlo: at 105 cm",
    "it's too deep for the bay. Ordered it tonight, see [[id:3f0c9a52-7d1e-4b6a-9c2f-8e1d5a7b0c34][Sofa research]].",
    "** 18:30 Climbing",
    "Jonas finally sent the 7a at The Depot. We're going to Almscliff on <2026-11-22 Sun> if it's dry.",
    "** DONE Book the MOT for the Fiesta",
    "CLOSED: [2026-11-05 Thu 09:05] SCHEDULED: <2026-11-04 Wed>",
    "Booked at Kwik Fit on Kirkstall Road for <2026-11-24 Tue 08:00>, £54.85.",
    "** TODO Take the library books back",
  ],
};

/** The datetree journal she kept with org-capture before moving to org-journal. */
const DATETREE = [
  "#+TITLE: Journal",
  "#+STARTUP: overview",
  "",
  "* 2026",
  "** 2026-10 October",
  "*** 2026-10-28 Wednesday",
  "**** Climbing with Jonas",
  "Entered on [2026-10-28 Wed 19:40]",
  "",
  "Jonas has a new number, 07700 900613. His old one is dead since he moved to EE.",
  "",
  "*** 2026-10-31 Saturday",
  "**** Halloween",
  "Entered on [2026-10-31 Sat 22:15]",
  "",
  "Ran out of sweets by half seven. Buy twice as many next year, about 150 kids came.",
  "",
  "** 2026-11 November",
  "*** 2026-11-07 Saturday",
  "**** Mum's 70th",
  "Entered on [2026-11-07 Sat 11:20]",
  "",
  "Mum turns 70 on 14 December. Booked Ox Club for the family dinner on Saturday 12 December, a table",
  "for 8 at 19:00. Tom is bringing the cake from Bettys.",
  "",
  "*** 2026-11-09 Monday",
  "**** Boiler",
  "Entered on [2026-11-09 Mon 18:05]",
  "",
  "Gary from HomeHeat says the boiler's pressure relief valve needs replacing: £180 plus VAT. He's",
  "coming back on Monday 16 November at 8am to do it.",
  "",
];

/** tasks.org: her keywords, priorities, tags, planning lines, drawers and logbook. */
const TASKS = [
  "#+TITLE: Tasks",
  "#+FILETAGS: :personal:",
  "#+TODO: TODO NEXT WAITING | DONE CANCELLED",
  "",
  "* Admin [1/3]",
  "** DONE Submit the self assessment tax return                      :money:",
  "CLOSED: [2026-11-02 Mon 17:40] DEADLINE: <2027-01-31 Sun>",
  ":PROPERTIES:",
  ":ID:       5b1f6e0c-2a4d-4e8b-b1c7-93d2f0a6e715",
  ":CREATED:  [2026-10-12 Mon 20:15]",
  ":END:",
  ":LOGBOOK:",
  '- State "DONE"       from "TODO"       [2026-11-02 Mon 17:40]',
  "CLOCK: [2026-11-02 Mon 15:10]--[2026-11-02 Mon 17:40] =>  2:30",
  "CLOCK: [2026-10-25 Sun 10:00]--[2026-10-25 Sun 11:15] =>  1:15",
  ":END:",
  "Used the HMRC app. The P60 from Ledgerline was in the Documents/Tax folder.",
  "",
  "** TODO [#A] Renew my passport                                      :travel:",
  "DEADLINE: <2026-11-27 Fri>",
  ":PROPERTIES:",
  ":CREATED:  [2026-10-30 Fri 08:10]",
  ":END:",
  "It expires on 3 March and Lisbon is booked for February. Needs a new photo from Max Spielmann,",
  "and the countersignature from someone who has known me 2+ years: ask Jonas.",
  "",
  "** WAITING Refund from Currys for the broken kettle",
  ":LOGBOOK:",
  "- Note taken on [2026-11-04 Wed 13:02] \\\\",
  "  They said 5 to 7 working days, reference CUR-448812.",
  ":END:",
  "",
  "* Home",
  "** NEXT Service the boiler before winter",
  "SCHEDULED: <2026-11-16 Mon 08:00>",
  "** Shopping list",
  "- [X] oat milk",
  "- [ ] bin bags",
  "- [ ] 13A fuse for the lamp",
  "",
  "* Work                                                              :work:",
  "** TODO Review Priya's payments migration PR",
  "DEADLINE: <2026-11-13 Fri 17:00>",
  "[[https://github.com/ledgerline/payments/pull/482][PR #482]] moves the card ledger to Postgres 16.",
  "#+BEGIN_SRC sql",
  "SELECT count(*) FROM ledger_entries WHERE migrated_at IS NULL;",
  "#+END_SRC",
  "** DONE Quarterly access review",
  "CLOSED: [2026-11-06 Fri 11:20]",
  ":LOGBOOK:",
  "CLOCK: [2026-11-06 Fri 09:30]--[2026-11-06 Fri 11:20] =>  1:50",
  ":END:",
  "** CANCELLED Conference talk proposal",
  "CLOSED: [2026-10-30 Fri 09:00]",
  "Decided not to submit to LeedsConf this year, the deadline clashed with the migration.",
  "",
];

/** tasks.org_archive: what org-archive-subtree (C-c C-x C-s) moved out of tasks.org. */
const ARCHIVE = [
  "#    -*- mode: org -*-",
  "",
  "",
  "Archived entries from file /home/ada/org/tasks.org",
  "",
  "",
  "* DONE Cancel the Now TV subscription",
  "CLOSED: [2026-10-19 Mon 21:04]",
  ":PROPERTIES:",
  ":ARCHIVE_TIME: 2026-10-26 Mon 08:30",
  ":ARCHIVE_FILE: ~/org/tasks.org",
  ":ARCHIVE_OLPATH: Admin",
  ":ARCHIVE_CATEGORY: tasks",
  ":ARCHIVE_TODO: DONE",
  ":END:",
  "Saves £9.99 a month. Kept Netflix.",
  "",
];

/** org-roam v2 notes: the file's :ID: drawer first, then #+title. */
const SOFA_RESEARCH = [
  ":PROPERTIES:",
  ":ID:       3f0c9a52-7d1e-4b6a-9c2f-8e1d5a7b0c34",
  ":END:",
  "#+title: Sofa research",
  "#+filetags: :home:",
  "",
  "* Options",
  "| Sofa          | Price  | Depth  |",
  "|---------------+--------+--------|",
  "| Loaf Bumpy    | £1,495 | 92 cm  |",
  "| DFS Arlo      | £1,099 | 105 cm |",
  "| Made Jonah    | £899   | 98 cm  |",
  "",
  "* Decision",
  "Going with the Loaf Bumpy in clay: the only one shallow enough for the bay window.",
  "",
];

const JONAS = [
  ":PROPERTIES:",
  ":ID:       a71d0e44-58c2-4f3b-8d9e-2c6b1f0a9e27",
  ":END:",
  "#+title: Jonas Meyer",
  "",
  "Climbing partner from The Depot, works as a physio at St James's.",
  "",
  "- Phone :: 07700 900613",
  "- Birthday :: 2 March",
  "- Climbs :: 7a sport, 6B boulder",
  "",
];

/** A plain note of hers, with a source block and a commented-out subtree. */
const HOMELAB = [
  "#+TITLE: Homelab",
  "#+DATE: 2026-09-14",
  "",
  "# the NAS is the Synology in the loft",
  "* Backups",
  "The NAS copies the photos every night at 02:00 with this:",
  "#+BEGIN_SRC sh :results silent",
  "rsync -av --delete ~/Pictures/ nas:/volume1/photos/",
  "#+END_SRC",
  "",
  "* Wi-Fi",
  "The guest network is /Whitlock-Guest/, password =heron-lantern-42=.",
  "",
  "* COMMENT Old router",
  "The old router's admin password was admin123.",
  "",
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I finish the tax return?", expect: ["2 November"] },
  { question: "What did I write about the dentist on 3 November?", expect: ["filling"] },
  { question: "What's due on Friday?", expect: ["payments migration"] },
  { question: "What did I decide about the sofa?", expect: ["Loaf"] },
  { question: "How deep is the DFS Arlo?", expect: ["105 cm"] },
  { question: "When do I need to renew my passport by?", expect: ["27 November"] },
  { question: "What's Jonas's phone number?", expect: ["07700 900613"] },
  { question: "Where is Mum's 70th birthday dinner?", expect: ["Ox Club"] },
  { question: "What's the guest wifi password?", expect: ["heron-lantern-42"] },
  { question: "What's the Currys refund reference?", expect: ["CUR-448812"] },
  { question: "What did the boiler engineer quote for the new valve?", expect: ["180"] },
  { question: "When did I cancel Now TV?", expect: ["19 October"] },
  { question: "What was the old router's admin password?", expect: null },
  { question: "How much did the Loaf sofa's delivery cost?", expect: null },
  { question: "When is Jonas's wedding?", expect: null },
];

/** Her ~/org folder. */
const ORG = "org";

/** The orgnik: her ~/org folder imported as one (`engram import ~/org`), asked on Wednesday 11 November 2026. */
export const orgnik: Person = {
  name: "orgnik",
  files: [
    ...Object.entries(JOURNAL_DAYS).map(([day, lines]) => ({
      name: `${ORG}/journal/${day}.org`,
      text: file(lines),
      mtime: Date.UTC(Number(day.slice(0, 4)), Number(day.slice(4, 6)) - 1, Number(day.slice(6, 8)), 22, 30),
    })),
    { name: `${ORG}/journal.org`, text: file(DATETREE), mtime: Date.UTC(2026, 10, 9, 18, 6) },
    { name: `${ORG}/tasks.org`, text: file(TASKS), mtime: Date.UTC(2026, 10, 10, 20, 45) },
    { name: `${ORG}/tasks.org_archive`, text: file(ARCHIVE), mtime: Date.UTC(2026, 9, 26, 8, 30) },
    { name: `${ORG}/roam/20261020143012-sofa_research.org`, text: file(SOFA_RESEARCH), mtime: Date.UTC(2026, 10, 5, 10, 10) },
    { name: `${ORG}/roam/20261028191502-jonas_meyer.org`, text: file(JONAS), mtime: Date.UTC(2026, 9, 28, 19, 20) },
    { name: `${ORG}/notes/homelab.org`, text: file(HOMELAB), mtime: Date.UTC(2026, 9, 2, 21, 0) },
  ],
  folder: ORG,
  askedAt: Date.UTC(2026, 10, 11, 9, 0),
  questions: QUESTIONS,
};
