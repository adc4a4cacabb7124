/**
 * The binge-watcher: Priya, in Leeds, shares one Netflix account with her partner Dan and their
 * daughter's "Kids" profile. In October she found The Queen's Gambit by searching for "chess", in
 * November she got through Squid Game and started The Crown's last season; Dan watches Formula 1 and
 * the second season of Squid Game on his own profile, and Saturday mornings are Bluey on the Kids
 * profile. On Monday 30 November 2026 the email from Netflix arrives (Account → Security & privacy →
 * Download your personal information: `netflix-report.zip`), she unzips it and imports the folder as
 * herself (`engram import netflix-report --me Priya`: the download holds every profile of the
 * household). The folder as Netflix writes it, every file a CSV with a header of Netflix's column names,
 * LF line ends, cells quoted only when they hold a comma or a quote (Profiles.csv and AccountDetails.csv
 * quote every cell), times in UTC:
 * - `CONTENT_INTERACTION/ViewingActivity.csv` (`Profile Name,Start Time,Duration,Attributes,Title,
 *   Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country`): a row per sitting, each
 *   profile's rows together, newest first, `Start Time` "2026-11-28 20:31:07", `Duration` and `Bookmark`
 *   "00:52:10", `Attributes` "Autoplayed: user action: None; " or "…: User_Interaction; " (with its
 *   trailing space) or empty, an episode's `Title` "The Crown: Season 6: Ritz (Episode 8)", a film's its
 *   name, a hook's "The Queen's Gambit_hook_primary_16x9" with `Supplemental Video Type` HOOK, a trailer's
 *   TRAILER, an earlier sitting of a title watched again `Latest Bookmark` "Not latest view", `Country`
 *   "GB (United Kingdom)";
 * - `CONTENT_INTERACTION/Ratings.csv` (`Profile Name,Title Name,Rating Type,Star Value,Thumbs Value,
 *   Device Model,Event Utc Ts,Region View Date`: `Rating Type` "thumb", `Thumbs Value` 1 down, 2 up, 3
 *   two thumbs up), `MyList.csv` (`Profile Name,Title Name,Country,Utc Title Add Date`, the day
 *   "2026-10-05"), `SearchHistory.csv` (`Profile Name,Country Iso Code,Device,Is Kids,Query Typed,Displayed
 *   Name,Action,Section,Utc Timestamp`: a row per result looked at or played, `Action` view_suggestion_info,
 *   view_video_info or play), `IndicatedPreferences.csv` (`Profile Name,Show,Has Watched,Is
 *   Interested,Event Date`);
 * - `PROFILES/Profiles.csv`, `ACCOUNT/AccountDetails.csv`, `PAYMENT_AND_BILLING/BillingHistory.csv`,
 *   `DEVICES/Devices.csv`, `CUSTOMER_SERVICE/CSContact.csv` and `CLICKSTREAM/Clickstream.csv`, with
 *   their real headers, and Netflix's guide to the files, `Cover sheet.pdf`.
 * Checked against a real download published on GitHub (allanmviana/Netflix-Screen-Time: every folder
 * above, its ViewingActivity.csv with HOOK and TRAILER rows, "Not latest view" and "Autoplayed: user
 * action: …; ", its Ratings.csv, MyList.csv, SearchHistory.csv, Profiles.csv, Devices.csv,
 * BillingHistory.csv, CSContact.csv and AccountDetails.csv), two more Ratings.csv (honorejabiro/
 * netflix-report, JessicaQueiroz/DashNetflix: the same header, Thumbs Value 1 and 2), Ryot's importer
 * (Thumbs Value 1 down, 2 up, 3 two up; the hook and trailer marks it skips), the d3i data-donation
 * script (the download's file list, HOOK, TRAILER, TEASER_TRAILER, CINEMAGRAPH) and a study's column
 * list for Clickstream.csv. Hand-written by a helper while trying Engram as its users would, in session
 * 37, before Engram could read a Netflix download (the first run's figures are in bench/README.md).
 * With it, the questions such a person asks later and the words a right answer holds, and questions
 * nothing here answers.
 */
import { pdfDocument } from "../../../test/fixtures/documents.js";
import { NETFLIX_ACTIVITY_COLUMNS, NETFLIX_MYLIST_COLUMNS, NETFLIX_RATINGS_COLUMNS, NETFLIX_SEARCH_COLUMNS } from "../../../core/ingest/media/netflix.js";
import type { Person, PersonFile } from "./types.js";

const FOLDER = "netflix-report";
/** When she unzipped the download (Monday 30 November 2026, 19:12 UTC). */
const UNZIPPED = Date.UTC(2026, 10, 30, 19, 12);

/** A cell as Netflix's CSV writes it: quoted when it holds a comma, a quote or a line break, its quotes doubled. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV of `rows` under `header` as Netflix writes one, LF line ends; every cell quoted when `quoteAll` (Profiles.csv, AccountDetails.csv). */
function csv(header: readonly string[], rows: readonly string[][], quoteAll = false): string {
  const line = (r: readonly string[]) => r.map((c) => (quoteAll ? `"${c.replace(/"/g, '""')}"` : cell(c))).join(",");
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

/** A file of the download, unzipped with the others. */
function file(name: string, text: string | Uint8Array): PersonFile {
  return { name: `${FOLDER}/${name}`, text, mtime: UNZIPPED };
}

const PRIYA = "Priya";
const DAN = "Dan";
const KIDS = "Kids";

const TV = "Samsung 2021 Crystal UHD Smart TV";
const PHONE = "Apple iPhone 14";
const LAPTOP = "Chrome PC (Cadmium)";

/** A sitting: profile, its start (UTC, "2026-11-28 20:31:07"), seconds watched, title, and what else the row says. */
interface Sitting {
  profile: string;
  start: string;
  seconds: number;
  title: string;
  attributes?: "none" | "interaction";
  supplemental?: string;
  device?: string;
  notLatest?: boolean;
}

/** "00:52:10" of seconds. */
function clock(seconds: number): string {
  return [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60].map((n) => String(n).padStart(2, "0")).join(":");
}

/** Seconds of "52:10" or "1:02:55". */
function s(mmss: string): number {
  return mmss
    .split(":")
    .map(Number)
    .reduce((a, n) => a * 60 + n, 0);
}

const SITTINGS: Sitting[] = [
  // Priya: The Queen's Gambit, found by searching "chess" on Saturday 3 October
  { profile: PRIYA, start: "2026-10-03 19:02:55", seconds: 32, title: "The Queen's Gambit_hook_primary_16x9", attributes: "none", supplemental: "HOOK" },
  { profile: PRIYA, start: "2026-10-03 19:04:02", seconds: s("59:12"), title: "The Queen's Gambit: Limited Series: Openings (Episode 1)" },
  {
    profile: PRIYA,
    start: "2026-10-03 20:04:31",
    seconds: s("1:05:03"),
    title: "The Queen's Gambit: Limited Series: Exchanges (Episode 2)",
    attributes: "none",
  },
  { profile: PRIYA, start: "2026-10-04 18:30:11", seconds: s("46:40"), title: "The Queen's Gambit: Limited Series: Doubled Pawns (Episode 3)" },
  {
    profile: PRIYA,
    start: "2026-10-04 19:17:30",
    seconds: s("47:55"),
    title: "The Queen's Gambit: Limited Series: Middle Game (Episode 4)",
    attributes: "interaction",
  },
  { profile: PRIYA, start: "2026-10-04 20:06:02", seconds: s("48:10"), title: "The Queen's Gambit: Limited Series: Fork (Episode 5)" },
  {
    profile: PRIYA,
    start: "2026-10-10 19:20:05",
    seconds: s("3:12"),
    title: "The Queen's Gambit: Limited Series: Adjournment (Episode 6)",
    device: PHONE,
    notLatest: true,
  },
  { profile: PRIYA, start: "2026-10-10 19:40:00", seconds: s("48:30"), title: "The Queen's Gambit: Limited Series: Adjournment (Episode 6)" },
  { profile: PRIYA, start: "2026-10-10 20:30:10", seconds: s("1:07:41"), title: "The Queen's Gambit: Limited Series: End Game (Episode 7)" },
  // a film on Friday night, found by searching "knives"
  { profile: PRIYA, start: "2026-10-16 18:42:05", seconds: s("2:19:40"), title: "Glass Onion: A Knives Out Mystery", device: LAPTOP },
  // fourteen minutes of Emily in Paris, then a thumbs down
  { profile: PRIYA, start: "2026-10-22 19:15:00", seconds: s("14:31"), title: "Emily in Paris: Season 1: Emily in Paris (Episode 1)" },
  // Halloween: a trailer autoplayed on the home screen, then a horror film
  { profile: PRIYA, start: "2026-10-31 21:10:02", seconds: 45, title: "Adolescence: Limited Series (Trailer)", attributes: "none", supplemental: "TRAILER" },
  { profile: PRIYA, start: "2026-10-31 21:12:44", seconds: s("1:33:20"), title: "His House" },
  // Squid Game, from Saturday 14 to Sunday 22 November
  { profile: PRIYA, start: "2026-11-14 20:05:13", seconds: s("1:00:31"), title: "Squid Game: Season 1: Red Light, Green Light (Episode 1)" },
  { profile: PRIYA, start: "2026-11-14 21:07:40", seconds: s("1:02:55"), title: "Squid Game: Season 1: Hell (Episode 2)", attributes: "interaction" },
  { profile: PRIYA, start: "2026-11-15 19:30:00", seconds: s("54:20"), title: "Squid Game: Season 1: The Man with the Umbrella (Episode 3)" },
  {
    profile: PRIYA,
    start: "2026-11-15 20:26:45",
    seconds: s("54:58"),
    title: "Squid Game: Season 1: Stick to the Team (Episode 4)",
    attributes: "interaction",
  },
  { profile: PRIYA, start: "2026-11-18 20:02:11", seconds: s("58:03"), title: "The Crown: Season 6: Persona Non Grata (Episode 1)" },
  { profile: PRIYA, start: "2026-11-18 21:01:40", seconds: s("57:12"), title: "The Crown: Season 6: Two Photographs (Episode 2)", attributes: "interaction" },
  { profile: PRIYA, start: "2026-11-20 20:40:02", seconds: s("51:50"), title: "Squid Game: Season 1: A Fair World (Episode 5)" },
  { profile: PRIYA, start: "2026-11-20 21:33:30", seconds: s("1:01:40"), title: "Squid Game: Season 1: Gganbu (Episode 6)", attributes: "interaction" },
  { profile: PRIYA, start: "2026-11-21 20:15:09", seconds: s("55:47"), title: "The Crown: Season 6: Dis-Moi Oui (Episode 3)" },
  { profile: PRIYA, start: "2026-11-21 21:12:30", seconds: s("54:02"), title: "The Crown: Season 6: Aftermath (Episode 4)", attributes: "interaction" },
  { profile: PRIYA, start: "2026-11-22 18:02:10", seconds: s("57:49"), title: "Squid Game: Season 1: VIPS (Episode 7)" },
  { profile: PRIYA, start: "2026-11-22 19:01:30", seconds: s("33:21"), title: "Squid Game: Season 1: Front Man (Episode 8)", attributes: "none" },
  { profile: PRIYA, start: "2026-11-22 19:36:00", seconds: s("55:30"), title: "Squid Game: Season 1: One Lucky Day (Episode 9)", attributes: "interaction" },
  // the last weekend of November: four episodes of The Crown on the Saturday
  { profile: PRIYA, start: "2026-11-28 14:02:30", seconds: s("55:49"), title: "The Crown: Season 6: Willsmania (Episode 5)", device: LAPTOP },
  {
    profile: PRIYA,
    start: "2026-11-28 15:00:05",
    seconds: s("54:12"),
    title: "The Crown: Season 6: Ruritania (Episode 6)",
    attributes: "none",
    device: LAPTOP,
  },
  { profile: PRIYA, start: "2026-11-28 20:31:07", seconds: s("52:10"), title: "The Crown: Season 6: Alma Mater (Episode 7)" },
  { profile: PRIYA, start: "2026-11-28 21:25:40", seconds: s("59:31"), title: "The Crown: Season 6: Ritz (Episode 8)", attributes: "interaction" },
  // Dan: Formula 1 and the second season of Squid Game
  { profile: DAN, start: "2026-11-07 17:20:44", seconds: s("44:18"), title: "Formula 1: Drive to Survive: Season 8: Lights Out (Episode 1)", device: PHONE },
  { profile: DAN, start: "2026-11-07 18:05:30", seconds: s("41:02"), title: "Formula 1: Drive to Survive: Season 8: Team Orders (Episode 2)", device: PHONE },
  { profile: DAN, start: "2026-11-28 22:30:12", seconds: s("1:05:40"), title: "Squid Game: Season 2: Bread and Lottery (Episode 1)" },
  { profile: DAN, start: "2026-11-28 23:37:02", seconds: s("58:44"), title: "Squid Game: Season 2: Halloween Party (Episode 2)", attributes: "interaction" },
  // Kids: Bluey on Saturday mornings
  { profile: KIDS, start: "2026-11-21 08:05:10", seconds: s("7:02"), title: "Bluey: Season 1: Magic Xylophone (Episode 1)" },
  { profile: KIDS, start: "2026-11-21 08:12:20", seconds: s("7:05"), title: "Bluey: Season 1: Hospital (Episode 2)", attributes: "none" },
  { profile: KIDS, start: "2026-11-28 08:30:00", seconds: s("7:01"), title: "Bluey: Season 2: Sleepytime (Episode 26)" },
];

const PROFILE_ORDER = [PRIYA, DAN, KIDS];

/** ViewingActivity.csv as Netflix writes it: each profile's sittings together, newest first. */
function viewingActivity(): string {
  const rows = [...SITTINGS]
    .sort((a, b) => PROFILE_ORDER.indexOf(a.profile) - PROFILE_ORDER.indexOf(b.profile) || b.start.localeCompare(a.start))
    .map((v) => [
      v.profile,
      v.start,
      clock(v.seconds),
      v.attributes === "none" ? "Autoplayed: user action: None; " : v.attributes === "interaction" ? "Autoplayed: user action: User_Interaction; " : "",
      v.title,
      v.supplemental ?? "",
      v.device ?? TV,
      clock(v.seconds + (v.supplemental ? 0 : 40)),
      v.notLatest ? "Not latest view" : clock(v.seconds + (v.supplemental ? 0 : 40)),
      "GB (United Kingdom)",
    ]);
  return csv(NETFLIX_ACTIVITY_COLUMNS, rows);
}

const RATINGS = csv(NETFLIX_RATINGS_COLUMNS, [
  [PRIYA, "Squid Game", "thumb", "", "2", "Smart TV", "2026-11-22 20:33:11", ""],
  [PRIYA, "Emily in Paris", "thumb", "", "1", "Smart TV", "2026-10-22 19:30:02", ""],
  [PRIYA, "The Queen's Gambit", "thumb", "", "3", "Smart TV", "2026-10-10 21:39:02", ""],
  [DAN, "Squid Game", "thumb", "", "3", "iPhone", "2026-11-29 00:37:50", ""],
  [DAN, "Formula 1: Drive to Survive", "thumb", "", "2", "iPhone", "2026-11-07 18:47:12", ""],
]);

const MY_LIST = csv(NETFLIX_MYLIST_COLUMNS, [
  [PRIYA, "Adolescence", "United Kingdom", "2026-11-14"],
  [PRIYA, "Ripley", "United Kingdom", "2026-10-05"],
  [PRIYA, "The Night Agent", "United Kingdom", "2026-09-19"],
  [DAN, "Senna", "United Kingdom", "2026-11-08"],
  [KIDS, "Gabby's Dollhouse", "United Kingdom", "2026-11-21"],
]);

const SEARCHES = csv(NETFLIX_SEARCH_COLUMNS, [
  [PRIYA, "GB", "Smart TV", "0", "squid", "Squid Game", "play", "video_info", "2026-11-14 20:05:10"],
  [PRIYA, "GB", "Smart TV", "0", "squid", "Squid Game", "view_video_info", "title_results", "2026-11-14 19:59:40"],
  [PRIYA, "GB", "Web", "0", "knives", "Glass Onion: A Knives Out Mystery", "play", "video_info", "2026-10-16 18:41:50"],
  [PRIYA, "GB", "Web", "0", "knives", "Glass Onion: A Knives Out Mystery", "view_video_info", "title_results", "2026-10-16 18:41:31"],
  [PRIYA, "GB", "Smart TV", "0", "ripley", "Ripley", "view_video_info", "title_results", "2026-10-05 21:14:02"],
  [PRIYA, "GB", "Smart TV", "0", "chess", "The Queen's Gambit", "play", "video_info", "2026-10-03 19:03:40"],
  [PRIYA, "GB", "Smart TV", "0", "chess", "The Queen's Gambit", "view_video_info", "suggestion_title_results", "2026-10-03 19:02:10"],
  [PRIYA, "GB", "Smart TV", "0", "chess", "Chess Dramas", "view_suggestion_info", "suggestion_results", "2026-10-03 19:01:31"],
  [DAN, "GB", "Mobile", "0", "f1", "Formula 1: Drive to Survive", "play", "video_info", "2026-11-07 17:20:30"],
  [DAN, "GB", "Mobile", "0", "f1", "Formula 1: Drive to Survive", "view_video_info", "title_results", "2026-11-07 17:20:02"],
  [KIDS, "GB", "Smart TV", "1", "blu", "Bluey", "play", "video_info", "2026-11-21 08:05:00"],
]);

const PROFILES = csv(
  [
    "Profile Name",
    "Email Address",
    "Profile Creation Time",
    "Maturity Level",
    "Primary Lang",
    "Has Auto Playback",
    "Max Stream Quality",
    "Profile Lock Enabled",
  ],
  [
    [PRIYA, "priya.nair@example.co.uk", "2019-02-10T18:20:04Z", "1000000", "en-GB", "true", "UNSPECIFIED", "false"],
    [DAN, "", "2019-02-10T18:24:51Z", "1000000", "en-GB", "true", "UNSPECIFIED", "false"],
    [KIDS, "", "2021-06-05T09:02:13Z", "70", "en-GB", "true", "UNSPECIFIED", "false"],
  ],
  true,
);

const ACCOUNT = csv(
  [
    "First Name",
    "Last Name",
    "Email Address",
    "Phone Number",
    "Country Of Registration",
    "Country Of Signup",
    "Primary Lang",
    "Cookie Disclosure",
    "In Free Trial",
    "Membership Status",
    "Customer Creation Timestamp",
    "Has Rejoined",
  ],
  [["Priya", "Nair", "priya.nair@example.co.uk", "+447700900318", "GB", "GB", "en-GB", "true", "false", "CURRENT_MEMBER", "2019-02-10T18:19:30Z", "false"]],
  true,
);

const BILLING = csv(
  [
    "Transaction Date",
    "Service Period Start Date",
    "Service Period End Date",
    "Description",
    "Payment Type",
    "Mop Last 4",
    "Mop Creation Date",
    "Mop Pmt Processor Desc",
    "Item Price Amt",
    "Currency",
    "Tax Amt",
    "Gross Sale Amt",
    "Pmt Txn Type",
    "Pmt Status",
    "Final Invoice Result",
    "Country",
    "Next Billing Date",
  ],
  [
    [
      "2026-11-10",
      "2026-11-10",
      "2026-12-09",
      "SUBSCRIPTION",
      "VISA",
      "4417",
      "",
      "ADYEN",
      "12.99",
      "GBP",
      "2.17",
      "12.99",
      "SALE",
      "APPROVED",
      "SETTLED",
      "GB",
      "2026-12-10",
    ],
    [
      "2026-10-10",
      "2026-10-10",
      "2026-11-09",
      "SUBSCRIPTION",
      "VISA",
      "4417",
      "",
      "ADYEN",
      "12.99",
      "GBP",
      "2.17",
      "12.99",
      "SALE",
      "APPROVED",
      "SETTLED",
      "GB",
      "2026-11-10",
    ],
  ],
);

const DEVICES = csv(
  [
    "Profile Name",
    "Esn",
    "Device Type",
    "Acct First Playback Date",
    "Acct Last Playback Date",
    "Acct First Playback Date For User Generated Plays",
    "Acct Last Playback Date For User Generated Plays",
    "Profile First Playback Date",
    "Profile Last Playback Date",
    "Profile First Playback Date For User Generated Plays",
    "Profile Last Playback Date For User Generated Plays",
    "Deactivation Time",
  ],
  [
    [
      PRIYA,
      "SSTV-KTM1-0000000000000004410263",
      TV,
      "2021-03-02T19:40:11.204Z",
      "2026-11-28T22:25:11.917Z",
      "2021-03-02T19:41:02.552Z",
      "2026-11-28T22:25:11.917Z",
      "2021-03-02T19:40:11.204Z",
      "2026-11-28T22:25:11.917Z",
      "2021-03-02T19:41:02.552Z",
      "2026-11-28T22:25:11.917Z",
      "",
    ],
  ],
);

const CS_CONTACT = csv(
  [
    "Contact Start Utc Ts",
    "Contact End Utc Ts",
    "Negative Survey Response Count",
    "Survey Response Count",
    "Language",
    "End State",
    "Cancel Reason",
    "Cancel Reason Explained",
  ],
  [["2025-04-02 10:11:27", "2025-04-02 10:19:40", "0", "1", "en_GB", "FullyResolved", "", ""]],
);

const CLICKSTREAM = csv(
  ["Profile Name", "Source", "Navigation Level", "Referrer Url", "Webpage Url", "Click Utc Ts"],
  [
    [PRIYA, "tvui", "browseTitles", "", "", "2026-11-28 20:30:51"],
    [PRIYA, "tvui", "search", "", "", "2026-11-14 19:59:12"],
  ],
);

const INDICATED = csv(["Profile Name", "Show", "Has Watched", "Is Interested", "Event Date"], [[KIDS, "Bluey", "", "", "2021-06-05"]]);

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What was that series I watched in October about the chess prodigy?", expect: ["Queen's Gambit"] },
  { question: "When did I finish Squid Game?", expect: ["22 November"] },
  { question: "When did I start watching Squid Game?", expect: ["14 November"] },
  { question: "How many episodes of The Crown did I watch last weekend?", expect: ["4 episodes"] },
  { question: "When did I watch the Ritz episode of The Crown?", expect: ["28 November"] },
  { question: "Which film did I watch on Friday 16 October?", expect: ["Glass Onion"] },
  { question: "What did I watch on Netflix on Halloween?", expect: ["His House"] },
  { question: "Did I like Emily in Paris?", expect: ["thumbs down"] },
  { question: "What did I think of The Queen's Gambit?", expect: ["two thumbs up"] },
  { question: "When did I add Ripley to my list?", expect: ["5 October"] },
  { question: "What did I give a thumbs up to in November?", expect: ["Squid Game"] },
  { question: "When did I watch Bluey?", expect: null },
  { question: "When did I watch Drive to Survive?", expect: null },
  { question: "How much do I pay for Netflix?", expect: null },
];

/** The binge-watcher: her unzipped Netflix download imported as a folder with `--me Priya`, asked on Tuesday 1 December 2026. */
export const bingewatcher: Person = {
  name: "bingewatcher",
  files: [
    file("CONTENT_INTERACTION/ViewingActivity.csv", viewingActivity()),
    file("CONTENT_INTERACTION/Ratings.csv", RATINGS),
    file("CONTENT_INTERACTION/MyList.csv", MY_LIST),
    file("CONTENT_INTERACTION/SearchHistory.csv", SEARCHES),
    file("CONTENT_INTERACTION/IndicatedPreferences.csv", INDICATED),
    file("PROFILES/Profiles.csv", PROFILES),
    file("ACCOUNT/AccountDetails.csv", ACCOUNT),
    file("PAYMENT_AND_BILLING/BillingHistory.csv", BILLING),
    file("DEVICES/Devices.csv", DEVICES),
    file("CUSTOMER_SERVICE/CSContact.csv", CS_CONTACT),
    file("CLICKSTREAM/Clickstream.csv", CLICKSTREAM),
    file(
      "Cover sheet.pdf",
      pdfDocument(
        [
          {
            blocks: [
              { text: "Your Netflix Personal Information", size: 18, bold: true },
              { text: "This file describes the categories of personal information in your download." },
              { text: "CONTENT_INTERACTION: ViewingActivity.csv lists the titles each profile watched, the start time in UTC and the duration." },
              { text: "PAYMENT_AND_BILLING: BillingHistory.csv lists your membership payments." },
            ],
          },
        ],
        { title: "Cover sheet", created: new Date(UNZIPPED) },
      ),
    ),
  ],
  folder: FOLDER,
  me: PRIYA,
  askedAt: Date.UTC(2026, 11, 1, 9, 0),
  questions: QUESTIONS,
};
