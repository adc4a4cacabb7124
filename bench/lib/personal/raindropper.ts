/**
 * The raindropper: Rosa keeps what she finds on the web in Raindrop.io, filed in collections (some
 * nested: "Travel" holds "Japan"), with a note of her own on some, highlights on the pages she reads in
 * Raindrop's reader, and a star on her favourites. She downloads her bookmarks into `Downloads/Raindrop`
 * and imports that folder (`engram import Downloads/Raindrop`). Two files, each as Raindrop writes it:
 * - `raindrop-export-2026-11-28.csv`, Raindrop's CSV export (Settings → Export → CSV; Settings → Backups
 *   writes the same file): the header `id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite`,
 *   a row per bookmark, newest first, LF line ends, a cell quoted only when it holds a comma, a quote or a
 *   line break (RFC 4180); `id` the raindrop's number, `note` her own note, `excerpt` the page's own
 *   description as Raindrop fetched it (HTML entities left in it, "&nbsp;"), `folder` the collection's path
 *   with " / " between a parent and its child ("Travel / Japan"; "Unsorted" for none), `tags` joined by
 *   ", " ("kyoto, ryokan"), `created` ISO 8601 in UTC with milliseconds ("2026-03-14T10:12:05.318Z"),
 *   `cover` the preview image's link, `highlights` every highlight of the page in one cell, each opening
 *   "Highlight:" and its note on a line "Note:", a blank line between highlights, and `favorite` true or
 *   false.
 * - `raindrop-backup-2026-06-20.html`, an older HTML export (Settings → Backups → HTML): the Netscape
 *   bookmark file, `<TITLE>Raindrop.io Bookmarks</TITLE>` and `<H1>Raindrop.io Bookmarks</H1>`, a tab a
 *   level, each collection a folder `<DT><H3 ADD_DATE="…" LAST_MODIFIED="…">Japan</H3>` (a nested one inside
 *   its parent's `<DL><p>`, after the parent's bookmarks; Raindrop's own "Unsorted" at the top), each
 *   bookmark `<DT><A HREF="…" ADD_DATE="…" LAST_MODIFIED="…" TAGS="…" DATA-COVER="…" DATA-IMPORTANT="true">`
 *   and the page's description on the next line after `<DD>`; it holds the wedding collection she deleted
 *   after the wedding, and bookmarks the later CSV holds again.
 * Checked against a real Raindrop CSV export used as a test fixture (lmorchard's: minimal quoting, "Unsorted",
 * `2024-09-03T20:06:53.347Z`, "Highlight:…", "&nbsp;" in an excerpt, tags "ai, text, bart, ml"), importers'
 * tests naming nested collections "Dev / Rust" and "Apps/Services / AI Tools & Services / AI Apps" (a
 * collection whose own name has a "/"), Raindrop's developer documentation (export.csv and export.html of a
 * collection, backups as html or csv; a raindrop's `note`, `excerpt`, `highlights[].text` and `.note`,
 * `important`), and Raindrop HTML exports kept in public test fixtures (2021's without DATA-IMPORTANT, 2026's
 * with it). No public sample shows a highlight's note in the CSV: its "Note:" line is read as Raindrop's
 * export words the highlight's own "Highlight:" line. Hand-written by the developers while trying Engram as
 * its users would, in session 37, before Engram could read Raindrop's CSV (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer holds,
 * and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** A cell of Raindrop's CSV: quoted only when it holds a comma, a quote or a line break (its quotes doubled). */
function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The columns of Raindrop's CSV export, in its order. */
const HEADER = ["id", "title", "note", "excerpt", "url", "folder", "tags", "created", "cover", "highlights", "favorite"] as const;

/** A raindrop as the CSV row holds it. */
interface Raindrop {
  id: number;
  title: string;
  note?: string;
  excerpt?: string;
  url: string;
  folder: string;
  tags?: string[];
  created: string;
  cover?: string;
  highlights?: Array<{ text: string; note?: string }>;
  favorite?: boolean;
}

/** The highlights cell: each "Highlight:<text>", its note "Note:<note>" on the next line, a blank line between highlights. */
function highlightsCell(hs: Raindrop["highlights"]): string {
  return (hs ?? []).map((h) => `Highlight:${h.text}${h.note ? `\nNote:${h.note}` : ""}`).join("\n\n");
}

/** Raindrop's CSV of `drops`, newest first, LF line ends. */
function raindropCsv(drops: Raindrop[]): string {
  const sorted = [...drops].sort((a, b) => Date.parse(b.created) - Date.parse(a.created));
  const rows = sorted.map((d) =>
    [
      String(d.id),
      d.title,
      d.note ?? "",
      d.excerpt ?? "",
      d.url,
      d.folder,
      (d.tags ?? []).join(", "),
      d.created,
      d.cover ?? "",
      highlightsCell(d.highlights),
      d.favorite ? "true" : "false",
    ]
      .map(cell)
      .join(","),
  );
  return `${[HEADER.join(","), ...rows].join("\n")}\n`;
}

const DROPS: Raindrop[] = [
  {
    id: 712044318,
    title: "Easy Focaccia Bread Recipe",
    excerpt: "This easy focaccia recipe gives you a light, airy bread with a crisp, golden crust&nbsp;and almost no kneading.",
    url: "https://www.seriouseats.com/easy-focaccia-bread-recipe",
    folder: "Recipes",
    tags: ["bread"],
    created: "2026-03-14T10:12:05.318Z",
    cover: "https://www.seriouseats.com/thmb/focaccia-hero.jpg",
  },
  {
    id: 731950266,
    title: "Beginner's Sourdough Bread Recipe | The Perfect Loaf",
    note: "Use 78% hydration and bulk ferment about 5 hours at 24°C. Bake in the Dutch oven at 250°C, lid off after 20 minutes.",
    excerpt: "A simple sourdough recipe for beginners: mix, stretch and fold, shape, proof overnight in the fridge and bake.",
    url: "https://www.theperfectloaf.com/beginners-sourdough-bread/",
    folder: "Baking",
    tags: ["sourdough", "bread"],
    created: "2026-04-26T08:41:17.902Z",
    cover: "https://www.theperfectloaf.com/wp-content/uploads/beginners-sourdough.jpg",
    highlights: [
      { text: "The dough is ready to shape when it has risen by about 50% and the edges are domed.", note: "Mine took 5 and a half hours" },
      { text: "Proof overnight in the fridge for 12 to 16 hours." },
    ],
    favorite: true,
  },
  {
    id: 744108523,
    title: "Hiiragiya Ryokan | Kyoto",
    note: "Ask for a garden-view room with its own cypress bath. Check-in from 3pm; they serve kaiseki dinner at 6 or 7.",
    excerpt: "A ryokan in the heart of Kyoto since 1818, in Nakagyo ward near Kyoto City Hall.",
    url: "https://www.hiiragiya.co.jp/en/",
    folder: "Travel / Japan",
    tags: ["kyoto", "ryokan"],
    created: "2026-05-18T21:03:44.127Z",
    cover: "https://www.hiiragiya.co.jp/en/img/ogp.jpg",
    favorite: true,
  },
  {
    id: 744109071,
    title: "Fushimi Inari Taisha: how to beat the crowds",
    excerpt: "Arrive before 7am to have the torii gates to yourself; the walk to the summit of Mount Inari takes two to three hours.",
    url: "https://www.japan-guide.com/e/e3915.html",
    folder: "Travel / Japan",
    tags: ["kyoto"],
    created: "2026-05-18T21:09:30.556Z",
  },
  {
    id: 759330842,
    title: "Kikunoi Honten – Kyoto kaiseki",
    note: "Booked for Sunday 12 April 2027 at 6pm, table for two. Reservation number KN-20931.",
    excerpt: "Three-Michelin-star kaiseki in Higashiyama, run by chef Yoshihiro Murata.",
    url: "https://kikunoi.jp/english/store/honten/",
    folder: "Travel / Japan",
    tags: ["kyoto", "restaurant"],
    created: "2026-09-07T19:22:08.013Z",
  },
  {
    id: 768812207,
    title: "How to sleep better: the experts' guide to a good night's rest",
    excerpt: "Sleep scientists on what actually works, from light in the morning to the temperature of your bedroom.",
    url: "https://www.theguardian.com/lifeandstyle/2026/oct/04/how-to-sleep-better-experts-guide",
    folder: "Reading",
    tags: ["sleep", "health"],
    created: "2026-10-05T07:15:51.640Z",
    highlights: [
      { text: "Keep your bedroom cool: around 18°C is ideal for most people.", note: "Set the heating to drop to 18 at 10pm" },
      { text: "Caffeine has a half-life of five to six hours, so avoid it after 2pm." },
      { text: "Get outside within an hour of waking: morning daylight sets your body clock." },
    ],
    favorite: true,
  },
  {
    id: 781455390,
    title: "Le Creuset Signature Cast Iron Round Casserole 24cm | John Lewis",
    note: "For Mum for Christmas, she wants the Volcanic orange one",
    excerpt: "Le Creuset Signature Cast Iron Round Casserole, 24cm, 4.2L. Free delivery on orders over £50.",
    url: "https://www.johnlewis.com/le-creuset-signature-cast-iron-round-casserole-24cm/p3177215",
    folder: "Gifts",
    tags: ["christmas", "mum"],
    created: "2026-11-09T20:48:33.271Z",
  },
  {
    id: 785002164,
    title: "How to plant bare-root roses / RHS Gardening",
    note: "Plant the Gertrude Jekyll rose by the end of November, by the back fence",
    excerpt: "Bare-root roses are best planted between November and March, when the soil is not frozen or waterlogged.",
    url: "https://www.rhs.org.uk/plants/roses/planting-bare-root",
    folder: "Home / Garden",
    tags: ["garden", "roses"],
    created: "2026-11-15T11:30:02.775Z",
  },
  {
    id: 788120933,
    title: "Kyoto's best autumn leaves spots",
    excerpt: "Tofukuji, Eikando and Arashiyama are at their peak in late November.",
    url: "https://www.insidekyoto.com/kyoto-autumn-leaves",
    folder: "Unsorted",
    created: "2026-11-21T22:05:40.019Z",
  },
];

/** Seconds since 1970 of a time in UTC ("2026-05-18T21:03:44"), as ADD_DATE holds it. */
function secs(iso: string): number {
  return Math.floor(Date.parse(`${iso}Z`) / 1000);
}

/** Raindrop's older HTML backup: the Netscape bookmark file, a tab a level, DATA-COVER and DATA-IMPORTANT on every bookmark. */
const BACKUP_HTML = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Raindrop.io Bookmarks</TITLE>
<H1>Raindrop.io Bookmarks</H1>
<DL><p>
\t<DT><H3 ADD_DATE="0" LAST_MODIFIED="0">Unsorted</H3>
\t<DL><p>
\t</DL><p>
\t<DT><H3 ADD_DATE="${secs("2026-03-14T10:11:40")}" LAST_MODIFIED="${secs("2026-03-14T10:12:05")}">Recipes</H3>
\t<DL><p>
\t\t<DT><A HREF="https://www.seriouseats.com/easy-focaccia-bread-recipe" ADD_DATE="${secs("2026-03-14T10:12:05")}" LAST_MODIFIED="${secs("2026-03-14T10:12:05")}" TAGS="bread" DATA-COVER="https://www.seriouseats.com/thmb/focaccia-hero.jpg" DATA-IMPORTANT="false">Easy Focaccia Bread Recipe</A>
\t\t<DD>This easy focaccia recipe gives you a light, airy bread with a crisp, golden crust and almost no kneading.
\t</DL><p>
\t<DT><H3 ADD_DATE="${secs("2026-01-10T18:02:11")}" LAST_MODIFIED="${secs("2026-05-18T21:09:30")}">Travel</H3>
\t<DL><p>
\t\t<DT><H3 ADD_DATE="${secs("2026-05-18T21:01:09")}" LAST_MODIFIED="${secs("2026-05-18T21:09:30")}">Japan</H3>
\t\t<DL><p>
\t\t\t<DT><A HREF="https://www.hiiragiya.co.jp/en/" ADD_DATE="${secs("2026-05-18T21:03:44")}" LAST_MODIFIED="${secs("2026-06-02T08:30:12")}" TAGS="kyoto,ryokan" DATA-COVER="https://www.hiiragiya.co.jp/en/img/ogp.jpg" DATA-IMPORTANT="true">Hiiragiya Ryokan | Kyoto</A>
\t\t\t<DD>A ryokan in the heart of Kyoto since 1818, in Nakagyo ward near Kyoto City Hall.
\t\t\t<DT><A HREF="https://www.japan-guide.com/e/e3915.html" ADD_DATE="${secs("2026-05-18T21:09:30")}" LAST_MODIFIED="${secs("2026-05-18T21:09:30")}" TAGS="kyoto" DATA-COVER="" DATA-IMPORTANT="false">Fushimi Inari Taisha: how to beat the crowds</A>
\t\t\t<DD>Arrive before 7am to have the torii gates to yourself; the walk to the summit of Mount Inari takes two to three hours.
\t\t</DL><p>
\t</DL><p>
\t<DT><H3 ADD_DATE="${secs("2026-02-01T12:40:55")}" LAST_MODIFIED="${secs("2026-06-14T16:22:48")}">Wedding</H3>
\t<DL><p>
\t\t<DT><A HREF="https://www.asylumlondon.com/weddings" ADD_DATE="${secs("2026-02-01T12:41:30")}" LAST_MODIFIED="${secs("2026-02-01T12:41:30")}" TAGS="venue" DATA-COVER="https://www.asylumlondon.com/og.jpg" DATA-IMPORTANT="true">Weddings at Asylum Chapel, Peckham</A>
\t\t<DD>A restored Victorian chapel in Peckham for ceremonies and receptions of up to 120 guests.
\t\t<DT><A HREF="https://www.bloomandwild.com/wedding-flowers/peonies" ADD_DATE="${secs("2026-06-14T16:22:48")}" LAST_MODIFIED="${secs("2026-06-14T16:22:48")}" TAGS="flowers" DATA-COVER="" DATA-IMPORTANT="false">Wedding peonies | Bloom &amp; Wild</A>
\t\t<DD>Blush pink peonies, in season from May to early July.
\t</DL><p>
</DL><p>
`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which ryokan in Kyoto did I save?", expect: ["Hiiragiya"] },
  { question: "What did I highlight in the article about sleep?", expect: ["18°C"] },
  { question: "What was that sourdough recipe I saved to Baking?", expect: ["Perfect Loaf"] },
  { question: "What hydration did I note for the sourdough?", expect: ["78%"] },
  { question: "What kind of room did I want at the ryokan?", expect: ["garden"] },
  { question: "When is my dinner at Kikunoi?", expect: ["12 April"] },
  { question: "What time should I get to Fushimi Inari?", expect: ["7am"] },
  { question: "When did I save the focaccia recipe?", expect: ["14 March"] },
  { question: "What gift did I save for Mum?", expect: ["Le Creuset"] },
  { question: "When do I need to plant the rose by?", expect: ["November"] },
  { question: "Which venue did I save for the wedding?", expect: ["Asylum"] },
  { question: "What time should I stop drinking coffee?", expect: ["2pm"] },
  { question: "Which hotel did I save for Osaka?", expect: null },
  { question: "How much does a night at Hiiragiya cost?", expect: null },
  { question: "What time is my flight to Tokyo?", expect: null },
];

/** Rosa: her Raindrop.io exports (the CSV of November, an HTML backup of June) in Downloads/Raindrop, imported as one, asked on Monday 30 November 2026. */
export const raindropper: Person = {
  name: "raindropper",
  files: [
    { name: "Downloads/Raindrop/raindrop-backup-2026-06-20.html", text: BACKUP_HTML, mtime: Date.UTC(2026, 5, 20, 9, 14) },
    { name: "Downloads/Raindrop/raindrop-export-2026-11-28.csv", text: raindropCsv(DROPS), mtime: Date.UTC(2026, 10, 28, 18, 2) },
  ],
  folder: "Downloads/Raindrop",
  askedAt: Date.UTC(2026, 10, 30, 19, 0),
  questions: QUESTIONS,
};
