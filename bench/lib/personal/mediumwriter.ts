/**
 * The mediumwriter: Maya Lindqvist (@mayalindqvist) has written on Medium for a year, from November
 * 2025: sourdough, learning Rust, five days in Porto, and the burnout that took her out of work in the
 * spring. On 6 December 2026 she downloads her information (Settings → Security and apps → Download
 * your information: a ZIP emailed to her), unzips it and imports the folder (`engram import medium-export`).
 *
 * The folder is as Medium's export writes it, checked against public readers of it and their fixtures
 * taken from real exports (valueof/meh, "Medium Export Helper": meh.go's folders, parser/post.go,
 * parser/highlights.go, testdata/posts/basic.html, testdata/highlights/simple.html,
 * testdata/claps/claps.html, testdata/bookmarks/bookmarks.html, testdata/lists/lists.html,
 * testdata/interests/tags.html; the Meddler converter's specification of the export's anatomy: file
 * names, drafts' footers, pages `-NNNN`; real posts' HTML quoted in public repositories):
 * - `posts/<YYYY-MM-DD>_<Title-Slug>-<id>.html` for a published story or response, `posts/draft_<Title-Slug>-<id>.html`
 *   for a draft: a page `<article class="h-entry">` with `<header><h1 class="p-name">`, `<section
 *   data-field="subtitle" class="p-summary">`, `<section data-field="body" class="e-content">` (Medium's
 *   `graf` markup: the title again as `<h3 class="graf graf--h3 graf--leading graf--title">`, paragraphs,
 *   headings, lists, figures with captions, blockquotes, code), and a `<footer>`: "By <a class="p-author
 *   h-card"> on <a href="https://medium.com/p/<id>"><time class="dt-published" datetime="…Z">", the
 *   `<a class="p-canonical">Canonical link</a>` and "Exported from Medium on …"; a draft's footer only
 *   "<a href="https://medium.com/p/<id>">View original.</a>" and the export line. A response is a post as
 *   any other, titled by its first words (the export does not mark it);
 * - `highlights/highlights-0001.html`: "<name>’s quotes, page 1", a `<li class="h-entry">` per highlight,
 *   `<time class="dt-published">2026-3-20 9:14 pm</time>` (no zone, the day not zero-padded) and the
 *   paragraph with the highlighted words in `<span class="markup--highlight">` (whose story it was is not
 *   written);
 * - `claps/claps-0001.html` ("+50 — <a class="h-cite u-like-of">title</a> (<time>)"),
 *   `bookmarks/bookmarks-0001.html` ("<a class="h-cite">title</a> (<time>)");
 * - what is no words of hers: `interests/` (tags), `lists/` (a reading list of others' stories),
 *   `profile/`, `sessions/`, `ips.html`, `README.html`.
 * Hand-written by the developers while trying Engram as its users would, in session 39, before Engram
 * could read a Medium export (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** Her Medium profile's address. */
const ME = "https://medium.com/@mayalindqvist";
/** Her name as Medium shows it. */
const NAME = "Maya Lindqvist";
/** The day the export was made, as its footers say it. */
const EXPORTED_ON = "December 6, 2026";

/** A story or response of hers: its id, its file's slug, when it was published (none: a draft), title, subtitle, body (Medium's grafs). */
interface Story {
  id: string;
  slug: string;
  published: string | null;
  title: string;
  subtitle: string;
  body: string[];
}

let grafs = 0;
/** A graf's name and id, as Medium writes them (four hex digits). */
function gid(): string {
  grafs++;
  const n = ((grafs * 7919) % 65536).toString(16).padStart(4, "0");
  return `name="${n}" id="${n}"`;
}

/** A paragraph graf. */
const p = (html: string): string => `<p ${gid()} class="graf graf--p graf-after--p">${html}</p>`;
/** A heading graf. */
const h3 = (text: string): string => `<h3 ${gid()} class="graf graf--h3 graf-after--p">${text}</h3>`;
/** A list of grafs. */
const ul = (items: string[]): string => `<ul class="postList">${items.map((i) => `<li ${gid()} class="graf graf--li graf-after--li">${i}</li>`).join("")}</ul>`;
/** An image with its caption. */
const figure = (image: string, caption: string): string =>
  `<figure ${gid()} class="graf graf--figure graf-after--p"><img class="graf-image" data-image-id="${image}" data-width="1600" data-height="1067" src="https://cdn-images-1.medium.com/max/800/${image}"><figcaption class="imageCaption">${caption}</figcaption></figure>`;
/** A quotation graf. */
const quote = (html: string): string => `<blockquote ${gid()} class="graf graf--blockquote graf-after--p">${html}</blockquote>`;
/** A code block graf. */
const pre = (code: string): string =>
  `<pre data-code-block-mode="1" spellcheck="false" data-code-block-lang="rust" ${gid()} class="graf graf--pre graf-after--p graf--preV2"><span class="pre--content">${code}</span></pre>`;

/** The date Medium shows under a post ("March 29, 2026"). */
function shown(iso: string): string {
  const d = new Date(iso);
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** A post's page as Medium's export writes it. */
function page(s: Story): string {
  const title = `<h3 ${gid()} class="graf graf--h3 graf--leading graf--title">${s.title}</h3>`;
  const footer = s.published
    ? `<footer><p>By <a href="${ME}" class="p-author h-card">${NAME}</a> on <a href="https://medium.com/p/${s.id}"><time class="dt-published" datetime="${s.published}">${shown(s.published)}</time></a>.</p><p><a href="${ME}/${s.slug.toLowerCase()}-${s.id}" class="p-canonical">Canonical link</a></p><p>Exported from <a href="https://medium.com">Medium</a> on ${EXPORTED_ON}.</p></footer>`
    : `<footer><p><a href="https://medium.com/p/${s.id}">View original.</a></p><p>Exported from <a href="https://medium.com">Medium</a> on ${EXPORTED_ON}.</p></footer>`;
  return [
    `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${s.title}</title><style>`,
    "      * {",
    '        font-family: Georgia, Cambria, "Times New Roman", Times, serif;',
    "      }",
    "      header,",
    "      section[data-field=subtitle],",
    "      section[data-field=description] {",
    "        display: none;",
    "      }",
    '      </style></head><body><article class="h-entry">',
    "<header>",
    `<h1 class="p-name">${s.title}</h1>`,
    "</header>",
    `<section data-field="subtitle" class="p-summary">`,
    s.subtitle,
    "</section>",
    `<section data-field="body" class="e-content">`,
    `<section name="${s.id.slice(0, 4)}" class="section section--body section--first section--last"><div class="section-divider"><hr class="section-divider"></div><div class="section-content"><div class="section-inner sectionLayout--insetColumn">${title}${s.body.join("")}</div></div></section>`,
    "</section>",
    `${footer}</article></body></html>`,
  ].join("\n");
}

const STORIES: Story[] = [
  {
    id: "3f2a1b9c8d7e",
    slug: "How-I-Learned-to-Love-Sourdough",
    published: "2025-11-16T19:04:31.118Z",
    title: "How I Learned to Love Sourdough",
    subtitle: "Three failed loaves, one starter called Doughlores",
    body: [
      p(
        "I started my first sourdough starter in September, after a colleague brought in a loaf that ruined supermarket bread for me forever. I named her Doughlores, and she lives on top of the fridge.",
      ),
      h3("The ratio I swear by"),
      p(
        "If you take one thing from this post: feed your starter at 1:5:5. That is one part starter, five parts flour and five parts water by weight, so 10 g of starter, 50 g of flour and 50 g of water. It peaks in about eight hours, which fits a feed at 10pm and a mix at breakfast.",
      ),
      figure("1*Qe8tYc2LmR0bN7dFv3sWkA.jpeg", "Loaf number four, the first one that rose"),
      p("I use a mix of 80% strong white flour and 20% wholemeal. The first three loaves were bricks; the fourth was bread."),
    ],
  },
  {
    id: "a81c44e02b9f",
    slug: "Why-I-m-Learning-Rust-in-2026",
    published: "2025-12-07T10:22:05.640Z",
    title: "Why I’m Learning Rust in 2026",
    subtitle: "A Python developer walks into a borrow checker",
    body: [
      p("I have written Python for nine years. Next year I am learning Rust, properly, with the Rust Book and Rustlings, an hour every morning before work."),
      p("My goal is small: by the summer I want to have written and published one command-line tool that I use myself."),
    ],
  },
  {
    id: "5d03e7b1f6a2",
    slug: "The-Borrow-Checker-and-Me",
    published: "2026-01-18T21:47:12.904Z",
    title: "The Borrow Checker and Me",
    subtitle: "Ownership, explained by someone who gave up three times",
    body: [
      p(
        "I gave up on chapter four of the Rust Book three times. Ownership finally clicked when I stopped fighting it and drew every value as a box with exactly one owner.",
      ),
      pre("fn main() {<br />    let loaf = String::from(&quot;sourdough&quot;);<br />    let eaten = loaf;<br />}"),
      p('After the move, <code class="markup--code markup--p-code">loaf</code> is gone. That is the whole trick.'),
    ],
  },
  {
    id: "c7e902d41a55",
    slug: "Sourdough--Three-Months-In",
    published: "2026-02-22T16:05:48.233Z",
    title: "Sourdough, Three Months In",
    subtitle: "Hydration and heartbreak",
    body: [
      p("Three months in, I bake every Saturday. I have settled on 75% hydration: 500 g of flour, 375 g of water, 10 g of salt and 100 g of starter."),
      p("The loaf bakes in a Dutch oven at 250°C for 20 minutes with the lid on, then 25 minutes at 230°C with it off."),
    ],
  },
  {
    id: "4b1c9e2d7a30",
    slug: "I-Burned-Out--and-Here-Is-What-It-Looked-Like",
    published: "2026-03-29T18:42:10.331Z",
    title: "I Burned Out, and Here Is What It Looked Like",
    subtitle: "It was not dramatic. That was the problem.",
    body: [
      p(
        "In February I sat in my car outside the office for forty minutes because I could not make myself go in. I had been working sixty-hour weeks since the autumn release.",
      ),
      p("My GP signed me off work for six weeks. I spent the first two of them sleeping and the rest walking, baking and not opening my laptop."),
      quote("You are allowed to be tired before you are finished."),
      p("A friend sent me that the week I stopped, and it is still on a sticky note above my desk."),
      h3("What I wish I had noticed sooner"),
      ul(["I stopped reading for fun.", "Every small decision felt enormous.", "I was tired on Monday mornings, after a weekend of rest."]),
      p("If any of that sounds familiar, please talk to someone sooner than I did."),
    ],
  },
  {
    id: "e2b7710c93d4",
    slug: "Rust-Ownership-Explained-With-Sourdough",
    published: "2026-04-26T09:13:55.002Z",
    title: "Rust Ownership Explained With Sourdough",
    subtitle: "You cannot give away your starter and still feed it",
    body: [
      p(
        "When I give a friend some of Doughlores, I either give her a jar (a move) or let her look at mine (a borrow). She cannot feed my jar while I am feeding it: that is a mutable borrow.",
      ),
    ],
  },
  {
    id: "9a4f2c6e1b87",
    slug: "Five-Days-in-Porto",
    published: "2026-05-31T20:30:02.716Z",
    title: "Five Days in Porto",
    subtitle: "Tiles, port and the best sandwich of my life",
    body: [
      p(
        "In May I spent five days in Porto, my first trip since the burnout. I stayed in a small guesthouse in Ribeira, Casa do Cais, with a window over the Douro.",
      ),
      p(
        "The best thing I ate was the francesinha at Café Santiago: a sandwich of steak, ham and sausage under melted cheese and a beer sauce. I had two in five days.",
      ),
      figure("1*Lp0Zr8nXtW4sVd2QaE6hJg.jpeg", "The Dom Luís I bridge from Vila Nova de Gaia"),
      p(
        "We crossed the Dom Luís I bridge to Vila Nova de Gaia for a port tasting at Graham’s lodge, and queued forty minutes for Livraria Lello, which was worth it once.",
      ),
    ],
  },
  {
    id: "71d5b3a0e4c2",
    slug: "Porto-on-a-Budget--What-It-Cost",
    published: "2026-06-21T12:01:44.890Z",
    title: "Porto on a Budget: What It Cost",
    subtitle: "Five days, every euro",
    body: [
      p(
        "People asked what Porto cost. For five days it came to €640 in all: €210 for flights from Manchester, €280 for four nights at Casa do Cais, and €150 for food, trains and the port tasting.",
      ),
    ],
  },
  {
    id: "0c8e6f29a5b1",
    slug: "My-First-Rust-CLI--a-Sourdough-Timer",
    published: "2026-08-09T17:26:38.054Z",
    title: "My First Rust CLI: a Sourdough Timer",
    subtitle: "It beeps when Doughlores peaks",
    body: [
      p(
        "I did it: my first Rust command-line tool is on crates.io. It is called levain, and it tells me when to feed the starter, when to mix and when to shape, from the time of the last feed.",
      ),
      p('It uses clap for its arguments and chrono for the times. Install it with <code class="markup--code markup--p-code">cargo install levain</code>.'),
    ],
  },
  {
    id: "b64d1e8f2c09",
    slug: "Async-Rust-Made-Me-Cry--Then-It-Clicked-",
    published: "2026-09-13T08:55:20.417Z",
    title: "Async Rust Made Me Cry (Then It Clicked)",
    subtitle: "Futures do nothing until you poll them",
    body: [
      p(
        "I rewrote levain’s reminders with tokio. It took three weekends, and the thing that made it click was that a future does nothing until something polls it.",
      ),
    ],
  },
  {
    id: "d39a07c5e1f8",
    slug: "Learning-Rust--Ten-Months-Later",
    published: "2026-10-18T19:40:09.663Z",
    title: "Learning Rust, Ten Months Later",
    subtitle: "What stuck and what did not",
    body: [p("Ten months and about three hundred mornings later, I can read most Rust I meet. Lifetimes still scare me; traits no longer do.")],
  },
  {
    id: "f1e2a3b4c5d6",
    slug: "Sourdough-Discard-Crackers",
    published: "2026-11-15T11:18:27.301Z",
    title: "Sourdough Discard Crackers",
    subtitle: "Stop throwing it away",
    body: [
      p("Mix 100 g of discard with 50 g of flour, two tablespoons of olive oil, salt and chopped rosemary. Roll it thin and bake at 160°C for 25 minutes."),
    ],
  },
  // (responses: short posts replying to other people's stories, titled by their first words)
  {
    id: "2e9c7b4a1f03",
    slug: "Totally-agree-about-the-float-test",
    published: "2026-07-04T07:12:51.228Z",
    title: "Totally agree about the float test",
    subtitle: "",
    body: [
      p(
        "Totally agree about the float test. I stopped using it last winter: I go by volume now. When the starter has doubled in its jar, about five hours after a feed, it is ready to use.",
      ),
    ],
  },
  {
    id: "8f6a5d2c0e71",
    slug: "Thank-you-for-this",
    published: "2026-10-02T22:04:16.915Z",
    title: "Thank you for this",
    subtitle: "",
    body: [p("Thank you for this. The part about tokio::select! finally explained why my timer fired twice.")],
  },
  // (a draft: no date, its footer "View original.")
  {
    id: "6c2b9e0f4d18",
    slug: "Should-I-Go-Freelance-",
    published: null,
    title: "Should I Go Freelance?",
    subtitle: "Notes to myself",
    body: [
      p(
        "I am thinking about leaving my job in the spring of 2027 and going freelance as a Rust and Python developer, three days a week, with the other two for writing.",
      ),
      p("Before I decide I want six months of savings, about £15,000, and two clients lined up."),
    ],
  },
];

/** A post's file name in posts/ ("2026-03-29_I-Burned-Out--…-4b1c9e2d7a30.html", a draft's "draft_…"). */
function fileName(s: Story): string {
  return `${s.published ? `${s.published.slice(0, 10)}_` : "draft_"}${s.slug}-${s.id}.html`;
}

/** A list page of Medium's export (claps, bookmarks, highlights): its title and items. */
function listPage(title: string, items: string[]): string {
  return [
    "<!DOCTYPE html>",
    "<html>",
    "<head>",
    '  <meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    `  <title>${title}</title>`,
    "  <style>",
    '    * { font-family: Georgia, Cambria, "Times New Roman", Times, serif; }',
    "  </style>",
    "</head>",
    "<body>",
    "  <section>",
    `    <h3>${title}</h3>`,
    "    <ul>",
    ...items.map((i) => `      ${i}`),
    "    </ul>",
    "  </section>",
    "</body>",
    "</html>",
  ].join("\n");
}

/** What she highlighted in other people's stories: when, the paragraph, the words highlighted. */
const HIGHLIGHTS = listPage(`${NAME}’s quotes, page 1`, [
  `<li class="h-entry"><time class="dt-published">2026-3-20 9:14 pm</time> - <p name="a1f3" id="a1f3" class="graf graf--p">I kept waiting to feel rested before I stopped. <span class="markup--highlight" name="selection">Rest is not a reward for finishing; it is part of the work.</span></p></li>`,
  `<li class="h-entry"><time class="dt-published">2026-5-12 7:40 am</time> - <p name="0b2e" id="0b2e" class="graf graf--p"><span class="markup--highlight" name="selection">Travel slowly enough that a city has time to notice you.</span></p></li>`,
  `<li class="h-entry"><time class="dt-published">2026-8-30 10:02 pm</time> - <p name="77c4" id="77c4" class="graf graf--p">…three years in, I finally see it: <span class="markup--highlight" name="selection"><em class="markup--em markup--p-em">the compiler is not your enemy; it is the colleague who reads every line.</em></span> Treat its errors as review comments.</p></li>`,
]);

/** Stories she clapped for. */
const CLAPS = listPage(`${NAME}’s claps, page 1`, [
  `<li class="h-entry">+50 &mdash; <a class="h-cite u-like-of" href="https://medium.com/p/the-float-test-is-lying-to-you-1a2b3c4d5e6f">The Float Test Is Lying to You</a> (<time class="dt-published">2026-7-3 8:55 pm</time>)</li>`,
  `<li class="h-entry">+12 &mdash; <a class="h-cite u-like-of" href="https://medium.com/p/a-gentle-guide-to-tokio-select-9f8e7d6c5b4a">A Gentle Guide to tokio::select!</a> (<time class="dt-published">2026-10-2 9:48 pm</time>)</li>`,
]);

/** Stories she saved to read later. */
const BOOKMARKS = listPage(`${NAME}’s bookmarks, page 1`, [
  `<li><a class="h-cite" href="https://medium.com/p/porto-beyond-the-ribeira-0a1b2c3d4e5f">Porto Beyond the Ribeira</a> (<time class="dt-published">2026-4-30 6:21 pm</time>)</li>`,
  `<li><a class="h-cite" href="https://medium.com/p/the-slow-recovery-5e4d3c2b1a09">The Slow Recovery</a> (<time class="dt-published">2026-3-15 11:03 pm</time>)</li>`,
]);

/** The tags Medium saw her interested in (no words of hers). */
const TAGS = `<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <title>Tags ${NAME} has shown interest in</title>
  </head>
  <body>
    <section>
      <h3>Tags ${NAME} has shown interest in</h3>
      <ol>
        <li><a href="https://medium.com/tag/rust">Rust</a></li>
        <li><a href="https://medium.com/tag/sourdough">Sourdough</a></li>
        <li><a href="https://medium.com/tag/burnout">Burnout</a></li>
      </ol>
    </section>
  </body>
</html>`;

/** A reading list of other people's stories (no words of hers). */
const LIST = `<!DOCTYPE html>
<html>
<head>
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body>
  <article class="h-entry">
    <header>
      <h1 class="p-name">Reading list</h1>
    </header>
    <section data-field="name">
      <h2 class="p-summary"></h2>
    </section>
    <section data-field="lists">
      <ul>
        <li data-field="post"><a href="https://medium.com/p/0a1b2c3d4e5f">Porto Beyond the Ribeira</a> </li>
        <ul>
    </section>
    <footer>
      <p>By <a href="${ME}" class="p-author h-card">${NAME}</a> on <time class="dt-published"
          datetime="2026-04-30T18:21:09.002Z">April 30, 2026</time>.</p>
      <p><a href="${ME}/list/reading-list">Link to list</a></p>
      <p>Exported from <a href="https://medium.com">Medium</a> on ${EXPORTED_ON}.</p>
    </footer>
  </article>
</body>
</html>`;

/** Her profile page (her account, no story). */
const PROFILE = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Profile</title></head><body><article class="h-card"><header><img class="u-photo" src="https://cdn-images-1.medium.com/fit/c/400/400/1*mL9x.jpeg"><h3 class="p-name">${NAME}</h3></header><p><a class="u-url" href="${ME}">@mayalindqvist</a></p><ul><li><b>Email address:</b> maya.lindqvist@fastmail.com</li><li><b>Medium user ID:</b> 7d3e91f0a2b4</li><li><b>Created at:</b> 2025-10-30 8:12 pm</li></ul></article></body></html>`;

/** Her sessions (devices and times, no words). */
const SESSIONS = listPage(`${NAME}’s sessions, page 1`, [`<li>Firefox on Linux, last seen <time class="dt-published">2026-12-6 9:01 am</time></li>`]);

/** The export's README (what each folder holds). */
const README = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Archive for ${NAME}</title></head><body><h1>Archive for <a class="h-card" href="${ME}">${NAME}</a></h1><p>This archive contains your posts, highlights, claps, bookmarks, lists, interests and account information.</p></body></html>`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I publish the post about burnout?", expect: ["29 March"] },
  { question: "What did I write about Porto?", expect: ["francesinha"] },
  { question: "Which post is still a draft?", expect: ["freelance"] },
  { question: "What did I highlight about rest?", expect: ["part of the work"] },
  { question: "What starter ratio did I recommend?", expect: ["1:5:5"] },
  { question: "How much did my trip to Porto cost?", expect: ["640"] },
  { question: "What did I name my sourdough starter?", expect: ["Doughlores"] },
  { question: "What is my Rust command-line tool called?", expect: ["levain"] },
  { question: "How long was I signed off work with burnout?", expect: ["six weeks"] },
  { question: "What hydration do I use for my sourdough?", expect: ["75%"] },
  { question: "How do I know when my starter is ready to use?", expect: ["doubled"] },
  { question: "What did I highlight about the compiler?", expect: ["colleague"] },
  { question: "How many followers do I have on Medium?", expect: null },
  { question: "When did I write about Lisbon?", expect: null },
  { question: "How much did I earn from the Medium Partner Program?", expect: null },
];

/** When the export was unzipped (every file's modification time: the ZIP's entries'). */
const UNZIPPED = Date.UTC(2026, 11, 6, 9, 30, 0);

/** The mediumwriter: Medium's export of @mayalindqvist, unzipped and imported as a folder, asked on Monday 7 December 2026. */
export const mediumwriter: Person = {
  name: "mediumwriter",
  files: [
    { name: "medium-export/README.html", text: README, mtime: UNZIPPED },
    ...STORIES.map((s) => ({ name: `medium-export/posts/${fileName(s)}`, text: page(s), mtime: UNZIPPED })),
    { name: "medium-export/highlights/highlights-0001.html", text: HIGHLIGHTS, mtime: UNZIPPED },
    { name: "medium-export/claps/claps-0001.html", text: CLAPS, mtime: UNZIPPED },
    { name: "medium-export/bookmarks/bookmarks-0001.html", text: BOOKMARKS, mtime: UNZIPPED },
    { name: "medium-export/interests/tags.html", text: TAGS, mtime: UNZIPPED },
    { name: "medium-export/lists/Reading-list-4e5f6a7b8c9d.html", text: LIST, mtime: UNZIPPED },
    { name: "medium-export/profile/profile.html", text: PROFILE, mtime: UNZIPPED },
    { name: "medium-export/sessions/sessions-0001.html", text: SESSIONS, mtime: UNZIPPED },
  ],
  folder: "medium-export",
  askedAt: Date.UTC(2026, 11, 7, 10, 0),
  questions: QUESTIONS,
};
