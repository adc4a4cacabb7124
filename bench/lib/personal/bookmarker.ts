/**
 * The bookmarker: Chloe keeps her plans in her browsers' bookmarks and exports them into her Downloads
 * folder, which she imports (`engram import Downloads`). Three bookmark files in the Netscape Bookmark
 * File Format (`<!DOCTYPE NETSCAPE-Bookmark-file-1>`, folders `<DT><H3 …>Name</H3>` followed by their
 * `<DL><p>` … `</DL><p>`, bookmarks `<DT><A HREF="…" ADD_DATE="…">Title</A>`, ADD_DATE in seconds
 * since 1970), each as its app writes it:
 * - `bookmarks_11_30_26.html`, Chrome's (Bookmark manager → ⋮ → Export bookmarks; Chromium's
 *   bookmark_html_writer.cc): CRLF line ends, four spaces a level, the Bookmarks bar a folder marked
 *   `PERSONAL_TOOLBAR_FOLDER="true"`, Other bookmarks' folders and bookmarks after it at the top level,
 *   a folder's `LAST_MODIFIED="0"` when never changed, `ICON="data:image/png;base64,…"` favicons, a
 *   title's `&`, `<`, `>`, `"` and `'` escaped (`&amp;`, `&#39;`) but a link's `&` not (only its `"`).
 *   Folders "Recipes" (a focaccia, a ragù, a `javascript:` bookmarklet that is no page), "Job hunt" (a
 *   job ad at Monzo, a salary guide) under the bar, and "Home" (a sofa, a paint colour).
 * - `bookmarks.html`, Firefox's (Library → Import and Backup → Export Bookmarks to HTML; its
 *   BookmarkHTMLUtils.sys.mjs): LF, the Bookmarks Menu the top level (`<H1>Bookmarks Menu</H1>`, closed
 *   by a bare `</DL>`), Mozilla's default "Mozilla Firefox" folder, a separator `<HR>` with the next
 *   line's `<DT>` after it on its line, the Bookmarks Toolbar a folder, `LAST_MODIFIED` on every item,
 *   `ICON_URI`, `TAGS="hotel,lisbon"`, a keyword `SHORTCUTURL`; folder "Lisbon trip" (a hotel, a
 *   restaurant, a fado show). Firefox has written no description (`<DD>`) since bookmarks lost them.
 * - `pinboard_export.html`, Pinboard's (Settings → backup → HTML): `<TITLE>Pinboard Bookmarks</TITLE>`,
 *   no folders, the first `<DT>` on the line of `<DL><p>`, a blank line between bookmarks,
 *   `PRIVATE`, `TOREAD` and `TAGS`, and a bookmark's description on the next line after `<DD>`.
 * Beside them a web page saved from Chrome (`Senior Product Designer - Monzo.html`), which is no
 * bookmarks. Hand-written by the developers while trying Engram as its users would, in session 33,
 * before Engram could read bookmarks (the first run's figures are in bench/README.md). With it, the
 * questions such a person asks later and the words a right answer holds, and questions nothing here
 * answers.
 */
import type { Person } from "./types.js";

/** Seconds since 1970 of a time in UTC ("2026-03-14T10:12:05"), as ADD_DATE holds it. */
function secs(iso: string): number {
  return Math.floor(Date.parse(`${iso}Z`) / 1000);
}

/** A favicon as Chrome and Firefox write it: a PNG's bytes in base64, never read. */
const ICON =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAB2ElEQVQ4jZWTv2sUQRTHP7O7d5fkLpeoiYqFhYWNICgoWFhYWFhYWIiFhY0gWFiIf4GFhYWFhY2FYCNiIyIiIiIiIiIiIiJ2dp4JJrm73ds3FrvnJRHBBwMz8+b7fd/3Zr4Pq1hFRETkJ5NPgOcBv4HH4HnwB/wE/gJcwBNgBngFfAY+AbPAK+AN8ArwHHgJfAGWgOfAK+At8Ap4C7wG3gEvgc/AGvAW+Aa8A74DPwDvwE/Az8Bv4C/wCfgP/AP8Bf4D/wH/gP/An8C/4H/gf/AQBEEBQAAAAASUVORK5CYII=";

/** Chrome's export, as bookmark_html_writer.cc writes it: CRLF, four spaces a level. */
const CHROME = [
  "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
  "<!-- This is an automatically generated file.",
  "     It will be read and overwritten.",
  "     DO NOT EDIT! -->",
  '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
  "<TITLE>Bookmarks</TITLE>",
  "<H1>Bookmarks</H1>",
  "<DL><p>",
  `    <DT><H3 ADD_DATE="${secs("2024-01-06T18:20:11")}" LAST_MODIFIED="${secs("2026-10-25T19:02:40")}" PERSONAL_TOOLBAR_FOLDER="true">Bookmarks bar</H3>`,
  "    <DL><p>",
  `        <DT><A HREF="https://mail.google.com/mail/u/0/#inbox" ADD_DATE="${secs("2024-01-06T18:22:03")}" ICON="${ICON}">Gmail</A>`,
  `        <DT><H3 ADD_DATE="${secs("2026-02-08T11:40:27")}" LAST_MODIFIED="${secs("2026-10-25T19:02:40")}">Recipes</H3>`,
  "        <DL><p>",
  `            <DT><A HREF="javascript:(function(){var%20s=document.createElement('script');s.src='https://www.paprikaapp.com/bookmarklet/v1/?token=5c2f8e1a';document.body.appendChild(s);})()" ADD_DATE="${secs("2026-02-08T11:41:02")}">Save to Paprika</A>`,
  `            <DT><A HREF="https://www.seriouseats.com/easy-focaccia-bread-recipe" ADD_DATE="${secs("2026-03-14T10:12:05")}" ICON="${ICON}">Easy Focaccia Bread Recipe</A>`,
  `            <DT><A HREF="https://www.bbcgoodfood.com/recipes/slow-cooker-beef-ragu" ADD_DATE="${secs("2026-10-25T19:02:40")}" ICON="${ICON}">Slow-cooker beef ragù recipe | BBC Good Food</A>`,
  "        </DL><p>",
  `        <DT><H3 ADD_DATE="${secs("2026-09-20T20:15:48")}" LAST_MODIFIED="${secs("2026-10-14T20:31:09")}">Job hunt</H3>`,
  "        <DL><p>",
  `            <DT><A HREF="https://www.hays.co.uk/salary-guide?utm_source=google&utm_medium=cpc" ADD_DATE="${secs("2026-09-21T07:48:33")}" ICON="${ICON}">UK Salary Guide 2026 | Hays</A>`,
  `            <DT><A HREF="https://monzo.com/careers/jobs/7204518?gh_jid=7204518&gh_src=linkedin" ADD_DATE="${secs("2026-10-14T20:31:09")}" ICON="${ICON}">Senior Product Designer, Savings &amp; Investments - Monzo</A>`,
  "        </DL><p>",
  "    </DL><p>",
  `    <DT><H3 ADD_DATE="${secs("2026-05-02T16:05:51")}" LAST_MODIFIED="0">Home</H3>`,
  "    <DL><p>",
  `        <DT><A HREF="https://loaf.com/products/snoozer-sofa-3-seater-clever-linen-dove" ADD_DATE="${secs("2026-05-02T16:06:14")}" ICON="${ICON}">Snoozer 3 seater sofa in Clever Linen Dove | Loaf</A>`,
  `        <DT><A HREF="https://www.farrow-ball.com/paint/hague-blue" ADD_DATE="${secs("2026-06-13T09:27:40")}" ICON="${ICON}">Hague Blue No. 30 | Farrow &amp; Ball</A>`,
  "    </DL><p>",
  `    <DT><A HREF="https://www.bbc.co.uk/weather/2643743" ADD_DATE="${secs("2025-03-02T08:14:00")}" ICON="${ICON}">London - BBC Weather</A>`,
  "</DL><p>",
  "",
].join("\r\n");

/** Firefox's export, as BookmarkHTMLUtils.sys.mjs writes it: LF, the Bookmarks Menu the top level. */
const FIREFOX = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file.
     It will be read and overwritten.
     DO NOT EDIT! -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'none'; img-src data: *; object-src 'none'"></meta>
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks Menu</H1>

<DL><p>
    <DT><H3 ADD_DATE="${secs("2023-04-11T19:30:02")}" LAST_MODIFIED="${secs("2023-04-11T19:30:02")}">Mozilla Firefox</H3>
    <DL><p>
        <DT><A HREF="https://support.mozilla.org/products/firefox" ADD_DATE="${secs("2023-04-11T19:30:02")}" LAST_MODIFIED="${secs("2023-04-11T19:30:02")}" ICON_URI="https://support.mozilla.org/favicon.ico" ICON="${ICON}">Get Help</A>
        <DT><A HREF="https://support.mozilla.org/kb/customize-firefox-controls-buttons-and-toolbars?utm_source=firefox-browser&utm_medium=default-bookmarks&utm_campaign=customize" ADD_DATE="${secs("2023-04-11T19:30:02")}" LAST_MODIFIED="${secs("2023-04-11T19:30:02")}" ICON_URI="https://support.mozilla.org/favicon.ico" ICON="${ICON}">Customize Firefox</A>
        <DT><A HREF="https://www.mozilla.org/contribute/" ADD_DATE="${secs("2023-04-11T19:30:02")}" LAST_MODIFIED="${secs("2023-04-11T19:30:02")}" ICON_URI="https://www.mozilla.org/favicon.ico" ICON="${ICON}">Get Involved</A>
        <DT><A HREF="https://www.mozilla.org/about/" ADD_DATE="${secs("2023-04-11T19:30:02")}" LAST_MODIFIED="${secs("2023-04-11T19:30:02")}" ICON_URI="https://www.mozilla.org/favicon.ico" ICON="${ICON}">About Us</A>
    </DL><p>
    <HR>    <DT><H3 ADD_DATE="${secs("2023-04-11T19:30:02")}" LAST_MODIFIED="${secs("2026-08-02T21:44:18")}" PERSONAL_TOOLBAR_FOLDER="true">Bookmarks Toolbar</H3>
    <DL><p>
        <DT><A HREF="https://www.mozilla.org/en-GB/firefox/central/" ADD_DATE="${secs("2023-04-11T19:30:02")}" LAST_MODIFIED="${secs("2023-04-11T19:30:02")}" ICON_URI="https://www.mozilla.org/favicon.ico" ICON="${ICON}">Getting Started</A>
        <DT><H3 ADD_DATE="${secs("2026-07-19T21:03:37")}" LAST_MODIFIED="${secs("2026-08-02T21:44:18")}">Lisbon trip</H3>
        <DL><p>
            <DT><A HREF="https://www.memmohotels.com/alfama/" ADD_DATE="${secs("2026-07-19T21:05:12")}" LAST_MODIFIED="${secs("2026-07-19T21:06:40")}" ICON_URI="https://www.memmohotels.com/favicon.ico" ICON="${ICON}" TAGS="hotel,lisbon">Memmo Alfama Hotel | Boutique Hotel in Lisbon</A>
            <DT><A HREF="https://www.tabernadaruadasflores.pt/" ADD_DATE="${secs("2026-08-02T21:40:55")}" LAST_MODIFIED="${secs("2026-08-02T21:41:30")}" TAGS="lisbon,restaurant">Taberna da Rua das Flores – petiscos in Chiado</A>
            <DT><A HREF="https://www.clubedefado.pt/en/" ADD_DATE="${secs("2026-08-02T21:44:18")}" LAST_MODIFIED="${secs("2026-08-02T21:44:18")}" ICON_URI="https://www.clubedefado.pt/favicon.ico" ICON="${ICON}" SHORTCUTURL="fado" TAGS="fado,lisbon">Clube de Fado – live fado in Alfama</A>
        </DL><p>
    </DL><p>
</DL>
`;

/** Pinboard's HTML backup: no folders, the first bookmark on the line of `<DL><p>`, a description after `<DD>`. */
const PINBOARD = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Pinboard Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p><DT><A HREF="https://www.theguardian.com/money/2026/oct/18/how-to-negotiate-salary-job-offer" ADD_DATE="${secs("2026-10-20T07:55:21")}" PRIVATE="1" TOREAD="0" TAGS="jobhunt,salary">How to negotiate your salary when you get a job offer | Money | The Guardian</A>
<DD>Ask for 10% above their first offer and get it in writing. Don&#39;t name a number first.

<DT><A HREF="https://www.visitlisboa.com/en/places/miradouro-da-senhora-do-monte" ADD_DATE="${secs("2026-08-10T22:12:48")}" PRIVATE="1" TOREAD="1" TAGS="lisbon,todo">Miradouro da Senhora do Monte | Visit Lisboa</A>
<DD>Best view of the city at sunset, get there by 6.30pm. Tram 28 to Graça then walk up.

<DT><A HREF="https://www.theguardian.com/lifeandstyle/2026/mar/02/how-to-choose-a-sofa" ADD_DATE="${secs("2026-04-27T12:30:02")}" PRIVATE="0" TOREAD="1" TAGS="home">How to choose a sofa that lasts | Life and style | The Guardian</A>

</DL><p>
`;

/** A web page Chrome saved ("Webpage, HTML only"): no bookmarks. */
const SAVED_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Senior Product Designer - Monzo</title></head>
<body><h1>Senior Product Designer, Savings &amp; Investments</h1><p>London or remote (UK). Apply by 30 November.</p></body></html>
`;

const FILES: Person["files"] = [
  { name: "Downloads/bookmarks_11_30_26.html", text: CHROME, mtime: Date.UTC(2026, 10, 30, 21, 8) },
  { name: "Downloads/bookmarks.html", text: FIREFOX, mtime: Date.UTC(2026, 10, 29, 10, 41) },
  { name: "Downloads/pinboard_export.html", text: PINBOARD, mtime: Date.UTC(2026, 10, 30, 21, 14) },
  { name: "Downloads/Senior Product Designer - Monzo.html", text: SAVED_PAGE, mtime: Date.UTC(2026, 9, 14, 20, 33) },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which hotel did I save for Lisbon?", expect: ["Memmo Alfama"] },
  { question: "Where was that focaccia recipe?", expect: ["seriouseats"] },
  { question: "What sofa was I looking at?", expect: ["Snoozer"] },
  { question: "When did I save the job ad at Monzo?", expect: ["14 October"] },
  { question: "What paint colour did I bookmark?", expect: ["Hague Blue"] },
  { question: "Which restaurant did I save for Lisbon?", expect: ["Rua das Flores"] },
  { question: "Where can I see fado in Lisbon?", expect: ["Clube de Fado"] },
  { question: "Which salary guide did I save?", expect: ["Hays"] },
  { question: "Which beef ragù recipe did I save?", expect: ["BBC Good Food"] },
  { question: "How much above the first offer should I ask for?", expect: ["10%"] },
  { question: "Which viewpoint should I go to at sunset in Lisbon?", expect: ["Senhora do Monte"] },
  { question: "Which hotel did I save for Porto?", expect: null },
  { question: "What time is my flight to Lisbon?", expect: null },
  { question: "How much does the Snoozer sofa cost?", expect: null },
];

/** Chloe: her Downloads folder of bookmark exports (Chrome, Firefox, Pinboard), imported as one, asked on Tuesday 1 December 2026. */
export const bookmarker: Person = {
  name: "bookmarker",
  files: FILES,
  folder: "Downloads",
  askedAt: Date.UTC(2026, 11, 1, 19, 30),
  questions: QUESTIONS,
};
