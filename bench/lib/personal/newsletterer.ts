/**
 * The newsletterer: Nell Hargreaves writes "The Plot Thickens", a Substack newsletter about the
 * allotment she took on in Sheffield in March 2026 and the woodwork she does in its shed. On 12
 * December 2026 she exports it (Settings → Exports → "Create new export", then Download once it is
 * ready), unzips the ZIP and imports the folder (`engram import substack-export`).
 *
 * The folder is as Substack's export writes it, checked against public readers of it (TryGhost/migrate's
 * mg-substack: its read-zip.js, mapper.js, process.js and test fixtures, posts.csv and posts/*.html;
 * importers' tests quoting real exports' posts.csv and email_list.*.csv headers; converters quoting the
 * posts' HTML): `posts.csv`, a row per post, its header
 * `post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle,podcast_url`
 * (post_id the post's number and slug, "174455210.first-harvest"; times ISO 8601 in UTC with
 * milliseconds; is_published "true" or "false"; type newsletter, podcast or thread; audience everyone,
 * only_paid or founding; a draft with no date); `posts/<post_id>.html`, each post's body without its
 * title, as Substack's editor writes it: paragraphs, headings, lists, a blockquote, links, a captioned
 * image (`<div class="captioned-image-container"><figure><a class="image-link image2 …">…<picture>…
 * <div class="image-link-expand">` and its buttons, then `<figcaption class="image-caption">`), a footnote
 * (`<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" …>1</a>` in the text and
 * `<div class="footnote" data-component-name="FootnoteToDOM"><a class="footnote-number" …>1</a><div
 * class="footnote-content"><p>…</p></div></div>` at the end), Substack's subscribe widget
 * (`<div class="subscription-widget-wrap-editor" … data-component-name="SubscribeWidgetToDOM">` with its
 * "Thanks for reading …!" and form), a "Leave a comment" button (`<p class="button-wrapper" …
 * data-component-name="ButtonCreateButton">`), a share button with its caption
 * (`<div class="captioned-button-wrap" … data-component-name="CaptionedButtonToDOM">`), a button to a
 * file of her own, the paid post's paywall marker (`<div class="paywall-jump" …>`); beside them, the
 * subscribers (`email_list.plotthickens.csv`: email, active_subscription, expiry, plan, email_disabled,
 * created_at, first_payment_at) and the sent posts' delivery and open logs (`posts/<number>.delivers.csv`,
 * `posts/<number>.opens.csv`: each subscriber's email address), which are other people's data and no words
 * of hers.
 *
 * Her posts: getting the keys to plot 14B (the rent, the site secretary), the first harvest (a
 * caption, a footnote on when the beans were sown, a quote, a numbered list), the shed rebuild (where
 * the timber came from and what it cost), sharpening chisels (for paid subscribers only: her answer
 * to the best tool, her honing guide, her grandad's saying), a podcast episode with the seed library's
 * founder (the next seed swap), an open thread (what she will grow next year), a thank-you for founding
 * members, and a draft with no date. Hand-written by the developers while trying Engram as its users
 * would, in session 37, before Engram could read a Substack export (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer
 * holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

const PUB = "https://plotthickens.substack.com";

/** Substack's CDN address of an uploaded image, at `width` pixels (its export's `src`). */
function cdn(image: string, width: number): string {
  const s3 = encodeURIComponent(`https://substack-post-media.s3.amazonaws.com/public/images/${image}`);
  return `https://substackcdn.com/image/fetch/$s_!x9Qe!,w_${width},c_limit,f_auto,q_auto:good,fl_progressive:steep/${s3}`;
}

/** `value` as an HTML attribute's value in double quotes (Substack's data-attrs: JSON with its quotes as &quot;). */
function attr(value: unknown): string {
  return JSON.stringify(value).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
}

/** A captioned image as Substack's editor writes it: the link to the full image, the picture, the expand and restack buttons, the caption. */
function image(file: string, w: number, h: number, caption: string): string {
  const src = `https://substack-post-media.s3.amazonaws.com/public/images/${file}`;
  const data = {
    src,
    srcNoWatermark: null,
    fullscreen: null,
    imageSize: null,
    height: h,
    width: w,
    resizeWidth: null,
    bytes: 402311,
    alt: null,
    title: null,
    type: "image/jpeg",
    href: null,
    belowTheFold: false,
    topImage: false,
    internalRedirect: null,
    isProcessed: true,
    align: null,
    offset: false,
  };
  const icon = `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-refresh-cw"><path d="M3 12a9 9 0 0 1 9-9 9.75 9.75 0 0 1 6.74 2.74L21 8"></path></svg>`;
  return (
    `<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="${cdn(file, 1456).replace("w_1456,c_limit,", "")}" data-component-name="Image2ToDOM">` +
    `<div class="image2-inset"><picture><source type="image/webp" srcset="${cdn(file, 424)} 424w, ${cdn(file, 848)} 848w" sizes="100vw"><img src="${cdn(file, 1456)}" width="1456" height="${Math.round((1456 * h) / w)}" data-attrs="${attr(data)}" class="sizing-normal" alt="" srcset="${cdn(file, 424)} 424w, ${cdn(file, 848)} 848w" sizes="100vw" loading="lazy"></picture>` +
    `<div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset"><button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container restack-image">${icon}</button><button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container view-image">${icon}</button></div></div></div></a>` +
    `<figcaption class="image-caption">${caption}</figcaption></figure></div>`
  );
}

/** Substack's subscribe widget, with its default words. */
const SUBSCRIBE = `<div class="subscription-widget-wrap-editor" data-attrs="${attr({ url: `${PUB}/subscribe?`, text: "Subscribe", language: "en" })}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Plot Thickens! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>`;

/** A button as Substack's editor writes it ("Leave a comment", "Subscribe now", or a link of the writer's own). */
function button(url: string, text: string): string {
  const href = url.replace(/&/g, "&amp;");
  return `<p class="button-wrapper" data-attrs="${attr({ url, text, action: null, class: null })}" data-component-name="ButtonCreateButton"><a class="button primary" href="${href}"><span>${text}</span></a></p>`;
}

/** A share button with Substack's caption over it. */
function shareButton(slug: string): string {
  const url = `${PUB}/p/${slug}?utm_source=substack&utm_medium=email&utm_content=share&action=share`;
  return `<div class="captioned-button-wrap" data-attrs="${attr({ url, text: "Share" })}" data-component-name="CaptionedButtonToDOM"><div class="preamble"><p class="cta-caption">Thanks for reading The Plot Thickens! This post is public so feel free to share it.</p></div>${button(url, "Share")}</div>`;
}

/** A footnote's mark in the text. */
function footnoteAnchor(n: number): string {
  return `<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-${n}" href="#footnote-${n}" target="_self">${n}</a>`;
}

/** A footnote at the post's end. */
function footnote(n: number, html: string): string {
  return `<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-${n}" href="#footnote-anchor-${n}" class="footnote-number" contenteditable="false" target="_self">${n}</a><div class="footnote-content">${html}</div></div>`;
}

/** A post of posts.csv, with its body (posts/<id>.html). */
interface Post {
  id: string;
  date: string;
  published: boolean;
  sent?: string;
  type: "newsletter" | "podcast" | "thread";
  audience: "everyone" | "only_paid" | "founding";
  title: string;
  subtitle: string;
  podcast?: string;
  html: string;
}

const KEYS: Post = {
  id: "173201845.we-got-the-keys",
  date: "2026-03-14T08:30:12.441Z",
  published: true,
  sent: "2026-03-14T08:30:13.027Z",
  type: "newsletter",
  audience: "everyone",
  title: "We got the keys to plot 14B",
  subtitle: "Ten rods of couch grass and a shed with no door",
  html: [
    "<p>After two years on the waiting list, Meersbrook Allotments finally rang: plot 14B is ours. The rent is £42 a year, paid to the site secretary, Pauline Marsh, who also runs the seed order every January.</p>",
    "<h3>What we inherited</h3>",
    "<ul><li><p>a shed with no door</p></li><li><p>two water butts, one of them cracked</p></li><li><p>a rhubarb crown that nobody will admit to planting</p></li></ul>",
    image("6f1d2c9a-8e1b-4c55-9d0e-3a7b1c2d4e5f_4032x3024.jpeg", 4032, 3024, "Plot 14B on the day we got the keys: mostly couch grass"),
    "<p>The first job is covering the top half with black plastic to starve the couch grass. The water troughs on the site are only turned on from April to October, so the water butts matter.</p>",
    SUBSCRIBE,
  ].join("\n"),
};

const HARVEST: Post = {
  id: "174455210.first-harvest",
  date: "2026-06-20T16:05:44.902Z",
  published: true,
  sent: "2026-06-20T16:05:45.311Z",
  type: "newsletter",
  audience: "everyone",
  title: "First harvest!",
  subtitle: "Radishes, broad beans and one heroic courgette",
  html: [
    `<p>Today I picked the first proper harvest from plot 14B: a trug of French Breakfast radishes, just over a kilo of Aquadulce Claudia broad beans${footnoteAnchor(1)} and one courgette that grew while I wasn't looking.</p>`,
    image("0b7e4a11-52c3-4f8e-a1d6-9c2e7f3b8a40_3024x4032.jpeg", 3024, 4032, "The first trug: radishes, broad beans and a lone courgette"),
    "<h2>What worked</h2>",
    "<ol><li><p>Sowing the broad beans in autumn, before the blackfly woke up.</p></li><li><p>Netting the radishes against flea beetle.</p></li><li><p>Watering in the evening, not the morning.</p></li></ol>",
    "<blockquote><p>Grow what you like eating, not what the packet says is easy.</p></blockquote>",
    "<p>That was Pauline's advice when we got the keys, and she has had plot 3 since 1989.</p>",
    button(`${PUB}/p/first-harvest/comments`, "Leave a comment"),
    footnote(1, "<p>Sown on 8 November last year, straight into the ground, with no protection at all.</p>"),
  ].join("\n"),
};

const SHED: Post = {
  id: "176730092.the-shed-rebuild-part-one",
  date: "2026-09-05T09:12:03.117Z",
  published: true,
  sent: "2026-09-05T09:12:03.944Z",
  type: "newsletter",
  audience: "everyone",
  title: "The shed rebuild, part one",
  subtitle: "New floor, new door, same old spiders",
  html: [
    "<p>The shed on 14B has been leaning towards the compost bins since March, so this month it came down to the floor joists and started again.</p>",
    "<h2>The timber</h2>",
    `<p>Everything came from <a href="https://www.arnoldlaver.com/">Arnold Laver</a> on Bramall Lane: eighteen lengths of 47 x 75 treated C24 for the frame and four sheets of 18 mm OSB for the floor. It came to £186 for the lot, delivered.</p>`,
    "<h2>The door</h2>",
    "<p>The door is a reclaimed pine one from a skip on Abbeydale Road, with the owner's blessing. It needed a new hinge and a lot of sanding.</p>",
    button("https://drive.google.com/file/d/1Qp7ShedPlans14B/view", "Download my shed plans (PDF)"),
    shareButton("the-shed-rebuild-part-one"),
  ].join("\n"),
};

const CHISELS: Post = {
  id: "178102377.sharpening-chisels",
  date: "2026-10-10T07:45:00.000Z",
  published: true,
  sent: "2026-10-10T07:45:01.212Z",
  type: "newsletter",
  audience: "only_paid",
  title: "Sharpening chisels without losing your mind",
  subtitle: "The only three things you need",
  html: [
    "<p>Half of you asked about this after the shed post, so here it is: how I sharpen chisels, and what I'd buy if I started again.</p>",
    '<div class="paywall-jump" data-component-name="PaywallToDOM"></div>',
    "<p>After ten years of oilstones, waterstones and one very expensive mistake with a bench grinder, my answer is simple: the best tool for sharpening chisels is a diamond plate. Mine is a DMT Dia-Sharp, 8 inch, coarse on one side and extra fine on the other. It stays flat for ever and needs nothing but a splash of water.</p>",
    "<ol><li><p>Flatten the back on the coarse side, only the first inch.</p></li><li><p>Set the chisel in the honing guide at 30 degrees. I use a Veritas Mk.II.</p></li><li><p>Twenty strokes on the extra fine side, then strop on leather with green compound.</p></li></ol>",
    "<blockquote><p>A blunt chisel is more dangerous than a sharp one, because you have to push it.</p></blockquote>",
    "<p>My grandad said that every time I borrowed his chisels, and he was right.</p>",
    button(`${PUB}/subscribe?`, "Subscribe now"),
  ].join("\n"),
};

const PODCAST: Post = {
  id: "179554018.episode-3-seed-swapping-with-maureen",
  date: "2026-11-07T10:00:00.000Z",
  published: true,
  sent: "2026-11-07T10:00:01.503Z",
  type: "podcast",
  audience: "everyone",
  title: "Episode 3: Seed swapping with Maureen Kaye",
  subtitle: "How Heeley's seed library began",
  podcast: "https://api.substack.com/feed/podcast/179554018/8c1f2e4b7a9d3e6f0a1b2c3d4e5f6a7b.mp3",
  html: [
    "<p>This week I talked to Maureen Kaye, who started the seed library at Heeley City Farm in 2011 with a biscuit tin and forty packets.</p>",
    "<p>The next seed swap is on Saturday 30 January, 10am to 1pm, in the farm's café. Bring seeds in paper envelopes, labelled with the variety and the year you saved them.</p>",
    SUBSCRIBE,
  ].join("\n"),
};

const THREAD: Post = {
  id: "180299114.open-thread-what-are-you-growing",
  date: "2026-11-21T12:00:00.000Z",
  published: true,
  type: "thread",
  audience: "everyone",
  title: "Open thread: what are you growing next year?",
  subtitle: "",
  html: "<p>I'm going to try oca and yacon on the bottom bed next year, and give up on sweetcorn for good. Tell me what you're growing and I'll round up the best ideas in January.</p>",
};

const FOUNDING: Post = {
  id: "181004563.a-thank-you-to-founding-members",
  date: "2026-12-01T18:20:31.876Z",
  published: true,
  sent: "2026-12-01T18:20:32.410Z",
  type: "newsletter",
  audience: "founding",
  title: "A thank-you to our founding members",
  subtitle: "Seeds in the post",
  html: "<p>Each of you will get a packet of Cherokee Trail of Tears climbing beans, saved from plot 14B this autumn, in the post before Christmas.</p>",
};

const DRAFT: Post = {
  id: "181877021.to-dig-or-not-to-dig",
  date: "",
  published: false,
  type: "newsletter",
  audience: "everyone",
  title: "To dig or not to dig",
  subtitle: "",
  html: "<p>No-dig on the top beds from now on, but the bottom bed gets dug once, in January, to get the bindweed roots out.</p>",
};

const POSTS = [KEYS, HARVEST, SHED, CHISELS, PODCAST, THREAD, FOUNDING, DRAFT];

/** A CSV cell as Substack writes one: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** posts.csv: its header and a row per post, newest first as Substack lists them. */
function postsCsv(posts: Post[]): string {
  const header = "post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,subtitle,podcast_url";
  const rows = [...posts]
    .reverse()
    .map((p) => [p.id, p.date, String(p.published), p.sent ?? "", p.sent ?? "", p.type, p.audience, p.title, p.subtitle, p.podcast ?? ""].map(cell).join(","));
  return `${[header, ...rows].join("\n")}\n`;
}

/** The subscribers, as Substack's export lists them: other people's email addresses. */
const EMAIL_LIST = [
  "email,active_subscription,expiry,plan,email_disabled,created_at,first_payment_at",
  "maureen.kaye@btinternet.com,false,,other,false,2026-03-14T09:02:11.000Z,",
  "pauline.marsh@gmail.com,true,2027-03-20T00:00:00.000Z,yearly,false,2026-03-15T18:40:02.000Z,2026-03-20T10:11:09.000Z",
  "j.bramley@outlook.com,true,,founding,false,2026-04-02T07:15:44.000Z,2026-04-02T07:16:30.000Z",
  "dev.okonjo@yahoo.co.uk,false,,other,true,2026-06-21T20:03:17.000Z,",
  "",
].join("\n");

/** A sent post's delivery log: who it was emailed to. */
function delivers(id: string, at: string, audience: string): string {
  return [
    "post_id,timestamp,email,post_type,post_audience,active_subscription",
    `${id},${at},maureen.kaye@btinternet.com,newsletter,${audience},false`,
    `${id},${at},pauline.marsh@gmail.com,newsletter,${audience},true`,
    `${id},${at},j.bramley@outlook.com,newsletter,${audience},true`,
    "",
  ].join("\n");
}

/** A sent post's open log: who opened it, where and on what. */
function opens(id: string, at: string, audience: string): string {
  return [
    "post_id,timestamp,email,post_type,post_audience,active_subscription,country,city,region,device_type,client_os,client_type,user_agent",
    `${id},${at},pauline.marsh@gmail.com,newsletter,${audience},true,GB,Sheffield,England,mobile,iOS,mobile app,Substack/312 CFNetwork/1490.0.4 Darwin/23.2.0`,
    `${id},${at},j.bramley@outlook.com,newsletter,${audience},true,GB,Chesterfield,England,desktop,Windows,browser,"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"`,
    "",
  ].join("\n");
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I write about my allotment's first harvest?", expect: ["20 June"] },
  { question: "What did I say the best tool for sharpening chisels was?", expect: ["diamond"] },
  { question: "Which post was for paid subscribers only in October?", expect: ["Sharpening chisels"] },
  { question: "How much is the rent on my allotment plot?", expect: ["£42"] },
  { question: "Who is the site secretary at the allotments?", expect: ["Pauline"] },
  { question: "What variety of broad beans did I grow?", expect: ["Aquadulce"] },
  { question: "When did I sow the broad beans?", expect: ["8 November"] },
  { question: "What honing guide do I use?", expect: ["Veritas"] },
  { question: "What did my grandad say about blunt chisels?", expect: ["more dangerous"] },
  { question: "How much did the timber for the shed rebuild cost?", expect: ["£186"] },
  { question: "When is the next seed swap at Heeley City Farm?", expect: ["30 January"] },
  { question: "What am I going to grow on the bottom bed next year?", expect: ["oca"] },
  { question: "How many subscribers does my newsletter have?", expect: null },
  { question: "How much did I pay for the greenhouse?", expect: null },
  { question: "When did I write about keeping bees?", expect: null },
];

/** When the export was unzipped (every file's modification time: the ZIP's entries'). */
const EXPORTED = Date.UTC(2026, 11, 12, 9, 14, 0);

/** The newsletterer: Substack's export of "The Plot Thickens", unzipped and imported as a folder, asked on Saturday 12 December 2026. */
export const newsletterer: Person = {
  name: "newsletterer",
  files: [
    { name: "substack-export/posts.csv", text: postsCsv(POSTS), mtime: EXPORTED },
    { name: "substack-export/email_list.plotthickens.csv", text: EMAIL_LIST, mtime: EXPORTED },
    ...POSTS.map((p) => ({ name: `substack-export/posts/${p.id}.html`, text: p.html, mtime: EXPORTED })),
    ...[HARVEST, CHISELS].flatMap((p) => {
      const n = p.id.split(".")[0]!;
      return [
        { name: `substack-export/posts/${n}.delivers.csv`, text: delivers(n, p.sent!, p.audience), mtime: EXPORTED },
        { name: `substack-export/posts/${n}.opens.csv`, text: opens(n, p.sent!, p.audience), mtime: EXPORTED },
      ];
    }),
  ],
  folder: "substack-export",
  askedAt: Date.UTC(2026, 11, 12, 10, 0),
  questions: QUESTIONS,
};
