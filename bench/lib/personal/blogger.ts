/**
 * The blogger: Hannah keeps a WordPress blog, "Marigold Afloat", about restoring Marigold, a 1978
 * narrowboat she lives aboard, and cooking on its solid-fuel stove; on 1 December 2026 she exports it
 * (Tools → Export → All content) and imports the file WordPress downloads
 * (`engram import marigoldafloat.WordPress.2026-12-01.xml`). The file is WordPress eXtended RSS (WXR
 * 1.2) as wp-admin/includes/export.php writes it (checked against WordPress's own export.php, 6.x and
 * 7.0, and real exports in public repositories): the XML declaration, WordPress's comment block and its
 * generator comment, `<rss version="2.0">` with the `excerpt`, `content`, `wfw`, `dc` and `wp`
 * namespaces, a `<channel>` (title, link, description, pubDate, language, `wp:wxr_version`,
 * `wp:base_site_url`, `wp:base_blog_url`, one `wp:author` on a line, the `wp:category`, `wp:tag` and
 * `wp:term` lists, the generator and the site icon's `<image>` with a title of its own), then an
 * `<item>` per post, page, attachment, menu item, synced pattern, navigation and global styles, each
 * field as export.php writes it (`wxr_cdata` around titles, dates, statuses and types; `pubDate` of a
 * draft "Mon, 30 Nov -0001 00:00:00 +0000" and its `wp:post_date_gmt` "0000-00-00 00:00:00"), its
 * `category` elements (domain category, post_tag, nav_menu, wp_theme), its `wp:postmeta` and its
 * `wp:comment`s (with `wp:commentmeta`). Content in Gutenberg's block markup (`<!-- wp:paragraph -->`,
 * headings, lists of list items, an image with its caption, a table, a more tag), one post from the
 * classic editor (paragraphs by blank lines, a `[caption]` shortcode). A private post, a draft, two posts
 * in the trash (WordPress's first, with its first comment, and one of Hannah's), WordPress's suggested
 * Privacy Policy as a draft page, attachments, a menu item, a synced pattern, approved comments (two of
 * them Hannah's replies, logged in), a comment awaiting moderation and a pingback.
 * Hand-written by the developers while trying Engram as its users would, in session 34, before Engram
 * could read a WordPress export (the first run's figures are in bench/README.md). With it, the
 * questions such a person asks later and the words a right answer holds, and questions nothing here
 * answers.
 */
import type { Person } from "./types.js";

const SITE = "https://marigoldafloat.co.uk";

/** A string as export.php's `wxr_cdata` writes it: in a CDATA section, a "]]>" inside split across two. */
function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

/** A time as RSS's pubDate says it ("Sat, 03 Oct 2026 16:20:11 +0000") from WordPress's GMT "2026-10-03 16:20:11". */
function rfc822(gmt: string): string {
  return new Date(`${gmt.replace(" ", "T")}Z`).toUTCString().replace("GMT", "+0000");
}

/** A comment as export.php writes one: its author, dates (local and GMT), content, approval, type, parent and user id. */
interface Comment {
  id: number;
  author: string;
  email: string;
  url?: string;
  ip: string;
  date: string;
  gmt: string;
  content: string;
  approved?: string;
  type?: string;
  parent?: number;
  userId?: number;
}

/** A `<wp:comment>`, Akismet's comment meta with it as a site running Akismet has. */
function comment(c: Comment): string {
  return `
		<wp:comment>
			<wp:comment_id>${c.id}</wp:comment_id>
			<wp:comment_author>${cdata(c.author)}</wp:comment_author>
			<wp:comment_author_email>${cdata(c.email)}</wp:comment_author_email>
			<wp:comment_author_url>${c.url ?? ""}</wp:comment_author_url>
			<wp:comment_author_IP>${cdata(c.ip)}</wp:comment_author_IP>
			<wp:comment_date>${cdata(c.date)}</wp:comment_date>
			<wp:comment_date_gmt>${cdata(c.gmt)}</wp:comment_date_gmt>
			<wp:comment_content>${cdata(c.content)}</wp:comment_content>
			<wp:comment_approved>${cdata(c.approved ?? "1")}</wp:comment_approved>
			<wp:comment_type>${cdata(c.type ?? "comment")}</wp:comment_type>
			<wp:comment_parent>${c.parent ?? 0}</wp:comment_parent>
			<wp:comment_user_id>${c.userId ?? 0}</wp:comment_user_id>
			<wp:commentmeta>
			<wp:meta_key>${cdata("akismet_result")}</wp:meta_key>
			<wp:meta_value>${cdata("false")}</wp:meta_value>
			</wp:commentmeta>
		</wp:comment>`;
}

/** An item's fields: what export.php writes for a post of any type. */
interface Item {
  id: number;
  title: string;
  /** The post's slug; "" for a draft never published. */
  name: string;
  /** Local time (Europe/London) and GMT, as WordPress stores them; a draft's GMT "0000-00-00 00:00:00". */
  date: string;
  gmt: string;
  modified?: string;
  modifiedGmt?: string;
  status: string;
  type: string;
  content: string;
  excerpt?: string;
  parent?: number;
  menuOrder?: number;
  commentStatus?: string;
  link?: string;
  terms?: Array<[domain: string, nicename: string, name: string]>;
  meta?: Array<[key: string, value: string]>;
  comments?: Comment[];
  attachmentUrl?: string;
}

/** An `<item>` as export.php writes it. */
function item(i: Item): string {
  const draft = i.gmt.startsWith("0000");
  const link = i.link ?? (i.name && !draft ? `${SITE}/${i.date.slice(0, 10).replace(/-/g, "/")}/${i.name}/` : `${SITE}/?p=${i.id}`);
  const terms = (i.terms ?? [])
    .map(([domain, nicename, name]) => `\n\t\t<category domain="${domain}" nicename="${nicename}">${cdata(name)}</category>`)
    .join("");
  const meta = (i.meta ?? [])
    .map(([k, v]) => `\n\t\t<wp:postmeta>\n\t\t<wp:meta_key>${cdata(k)}</wp:meta_key>\n\t\t<wp:meta_value>${cdata(v)}</wp:meta_value>\n\t\t</wp:postmeta>`)
    .join("");
  return `
	<item>
		<title>${cdata(i.title)}</title>
		<link>${link}</link>
		<pubDate>${draft ? "Mon, 30 Nov -0001 00:00:00 +0000" : rfc822(i.gmt)}</pubDate>
		<dc:creator>${cdata("hannahp")}</dc:creator>
		<guid isPermaLink="false">${i.type === "attachment" ? i.attachmentUrl : `${SITE}/?${i.type === "page" ? "page_id" : "p"}=${i.id}`}</guid>
		<description></description>
		<content:encoded>${cdata(i.content)}</content:encoded>
		<excerpt:encoded>${cdata(i.excerpt ?? "")}</excerpt:encoded>
		<wp:post_id>${i.id}</wp:post_id>
		<wp:post_date>${cdata(i.date)}</wp:post_date>
		<wp:post_date_gmt>${cdata(i.gmt)}</wp:post_date_gmt>
		<wp:post_modified>${cdata(i.modified ?? i.date)}</wp:post_modified>
		<wp:post_modified_gmt>${cdata(i.modifiedGmt ?? (draft ? i.date : i.gmt))}</wp:post_modified_gmt>
		<wp:comment_status>${cdata(i.commentStatus ?? (i.type === "post" ? "open" : "closed"))}</wp:comment_status>
		<wp:ping_status>${cdata(i.type === "post" ? "open" : "closed")}</wp:ping_status>
		<wp:post_name>${cdata(i.name)}</wp:post_name>
		<wp:status>${cdata(i.status)}</wp:status>
		<wp:post_parent>${i.parent ?? 0}</wp:post_parent>
		<wp:menu_order>${i.menuOrder ?? 0}</wp:menu_order>
		<wp:post_type>${cdata(i.type)}</wp:post_type>
		<wp:post_password>${cdata("")}</wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>${i.attachmentUrl ? `\n\t\t<wp:attachment_url>${cdata(i.attachmentUrl)}</wp:attachment_url>` : ""}${terms}${meta}${(i.comments ?? []).map(comment).join("")}
	</item>`;
}

/** A paragraph block. */
function p(html: string): string {
  return `<!-- wp:paragraph -->\n<p>${html}</p>\n<!-- /wp:paragraph -->`;
}

/** A heading block (level 2 unless given). */
function h(text: string, level = 2): string {
  return `<!-- wp:heading${level === 2 ? "" : ` {"level":${level}}`} -->\n<h${level} class="wp-block-heading">${text}</h${level}>\n<!-- /wp:heading -->`;
}

/** A list block of list-item blocks, ordered or not. */
function list(items: string[], ordered = false): string {
  const tag = ordered ? "ol" : "ul";
  const lis = items.map((li) => `<!-- wp:list-item -->\n<li>${li}</li>\n<!-- /wp:list-item -->`).join("\n\n");
  return `<!-- wp:list${ordered ? ' {"ordered":true}' : ""} -->\n<${tag} class="wp-block-list">${lis}</${tag}>\n<!-- /wp:list -->`;
}

/** An image block with its caption. */
function image(id: number, file: string, alt: string, caption: string): string {
  return `<!-- wp:image {"id":${id},"sizeSlug":"large","linkDestination":"none"} -->\n<figure class="wp-block-image size-large"><img src="${SITE}/wp-content/uploads/${file}" alt="${alt}" class="wp-image-${id}"/><figcaption class="wp-element-caption">${caption}</figcaption></figure>\n<!-- /wp:image -->`;
}

/** Blocks as the block editor saves them: a blank line between. */
function blocks(...parts: string[]): string {
  return parts.join("\n\n");
}

/** An attachment: the photo's item, its file's meta. */
function attachment(id: number, parent: number, file: string, date: string, gmt: string): string {
  const url = `${SITE}/wp-content/uploads/${file}`;
  return item({
    id,
    title: file.replace(/^.*\//, "").replace(/\.\w+$/, ""),
    name: file.replace(/^.*\//, "").replace(/\.\w+$/, ""),
    date,
    gmt,
    status: "inherit",
    type: "attachment",
    content: "",
    parent,
    commentStatus: "open",
    link: `${SITE}/?attachment_id=${id}`,
    attachmentUrl: url,
    meta: [
      ["_wp_attached_file", file],
      [
        "_wp_attachment_metadata",
        `a:6:{s:5:"width";i:2048;s:6:"height";i:1536;s:4:"file";s:${file.length}:"${file}";s:8:"filesize";i:612044;s:5:"sizes";a:0:{}s:10:"image_meta";a:0:{}}`,
      ],
    ],
  });
}

const HEADER = `<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<!-- It contains information about your site's posts, pages, comments, categories, and other content. -->
<!-- You may use this file to transfer that content from one site to another. -->
<!-- This file is not intended to serve as a complete backup of your site. -->

<!-- To import this information into a WordPress site follow these steps: -->
<!-- 1. Log in to that site as an administrator. -->
<!-- 2. Go to Tools: Import in the WordPress admin panel. -->
<!-- 3. Install the "WordPress" importer from the list. -->
<!-- 4. Activate & Run Importer. -->
<!-- 5. Upload this file using the form provided on that page. -->
<!-- 6. You will first be asked to map the authors in this export file to users -->
<!--    on the site. For each author, you may choose to map to an -->
<!--    existing user on the site or to create a new user. -->
<!-- 7. WordPress will then import each of the posts, pages, comments, categories, etc. -->
<!--    contained in this file into your site. -->

	<!-- generator="WordPress/6.9" created="2026-12-01 19:42" -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
>

<channel>
	<title>Marigold Afloat</title>
	<link>${SITE}</link>
	<description>Restoring a 1978 narrowboat and cooking on a solid-fuel stove</description>
	<pubDate>Tue, 01 Dec 2026 19:42:07 +0000</pubDate>
	<language>en-GB</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>${SITE}</wp:base_site_url>
	<wp:base_blog_url>${SITE}</wp:base_blog_url>

	<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata("hannahp")}</wp:author_login><wp:author_email>${cdata("hannah@marigoldafloat.co.uk")}</wp:author_email><wp:author_display_name>${cdata("Hannah Price")}</wp:author_display_name><wp:author_first_name>${cdata("Hannah")}</wp:author_first_name><wp:author_last_name>${cdata("Price")}</wp:author_last_name></wp:author>

	<wp:category>
		<wp:term_id>1</wp:term_id>
		<wp:category_nicename>${cdata("uncategorized")}</wp:category_nicename>
		<wp:category_parent>${cdata("")}</wp:category_parent>
		<wp:cat_name>${cdata("Uncategorized")}</wp:cat_name>
	</wp:category>
	<wp:category>
		<wp:term_id>2</wp:term_id>
		<wp:category_nicename>${cdata("restoration")}</wp:category_nicename>
		<wp:category_parent>${cdata("")}</wp:category_parent>
		<wp:cat_name>${cdata("Restoration")}</wp:cat_name>
	</wp:category>
	<wp:category>
		<wp:term_id>3</wp:term_id>
		<wp:category_nicename>${cdata("galley-recipes")}</wp:category_nicename>
		<wp:category_parent>${cdata("")}</wp:category_parent>
		<wp:cat_name>${cdata("Galley recipes")}</wp:cat_name>
	</wp:category>
	<wp:category>
		<wp:term_id>4</wp:term_id>
		<wp:category_nicename>${cdata("cruising")}</wp:category_nicename>
		<wp:category_parent>${cdata("")}</wp:category_parent>
		<wp:cat_name>${cdata("Cruising")}</wp:cat_name>
	</wp:category>
	<wp:tag>
		<wp:term_id>6</wp:term_id>
		<wp:tag_slug>${cdata("cabin-roof")}</wp:tag_slug>
		<wp:tag_name>${cdata("cabin roof")}</wp:tag_name>
	</wp:tag>
	<wp:tag>
		<wp:term_id>7</wp:term_id>
		<wp:tag_slug>${cdata("paint")}</wp:tag_slug>
		<wp:tag_name>${cdata("paint")}</wp:tag_name>
	</wp:tag>
	<wp:tag>
		<wp:term_id>8</wp:term_id>
		<wp:tag_slug>${cdata("bilge-pump")}</wp:tag_slug>
		<wp:tag_name>${cdata("bilge pump")}</wp:tag_name>
	</wp:tag>
	<wp:tag>
		<wp:term_id>9</wp:term_id>
		<wp:tag_slug>${cdata("bread")}</wp:tag_slug>
		<wp:tag_name>${cdata("bread")}</wp:tag_name>
	</wp:tag>
	<wp:tag>
		<wp:term_id>10</wp:term_id>
		<wp:tag_slug>${cdata("stove")}</wp:tag_slug>
		<wp:tag_name>${cdata("stove")}</wp:tag_name>
	</wp:tag>
	<wp:tag>
		<wp:term_id>11</wp:term_id>
		<wp:tag_slug>${cdata("one-pot")}</wp:tag_slug>
		<wp:tag_name>${cdata("one-pot")}</wp:tag_name>
	</wp:tag>
	<wp:tag>
		<wp:term_id>12</wp:term_id>
		<wp:tag_slug>${cdata("winter")}</wp:tag_slug>
		<wp:tag_name>${cdata("winter")}</wp:tag_name>
	</wp:tag>
	<wp:tag>
		<wp:term_id>13</wp:term_id>
		<wp:tag_slug>${cdata("costs")}</wp:tag_slug>
		<wp:tag_name>${cdata("costs")}</wp:tag_name>
	</wp:tag>
	<wp:term>
		<wp:term_id>14</wp:term_id>
		<wp:term_taxonomy>${cdata("wp_theme")}</wp:term_taxonomy>
		<wp:term_slug>${cdata("twentytwentyfive")}</wp:term_slug>
		<wp:term_parent>${cdata("")}</wp:term_parent>
		<wp:term_name>${cdata("twentytwentyfive")}</wp:term_name>
	</wp:term>
	<wp:term><wp:term_id>5</wp:term_id><wp:term_taxonomy>nav_menu</wp:term_taxonomy><wp:term_slug>${cdata("main-menu")}</wp:term_slug><wp:term_name>${cdata("Main menu")}</wp:term_name></wp:term>

	<generator>https://wordpress.org/?v=6.9</generator>

<image>
	<url>${SITE}/wp-content/uploads/2026/04/cropped-marigold-icon-32x32.png</url>
	<title>Marigold Afloat</title>
	<link>${SITE}</link>
	<width>32</width>
	<height>32</height>
</image> 
`;

const ITEMS: string[] = [
  // WordPress's first post, moved to the trash in April, with WordPress's first comment
  item({
    id: 1,
    title: "Hello world!",
    name: "hello-world__trashed",
    date: "2026-03-28 14:02:11",
    gmt: "2026-03-28 14:02:11",
    modified: "2026-04-02 09:14:40",
    modifiedGmt: "2026-04-02 08:14:40",
    status: "trash",
    type: "post",
    content: p("Welcome to WordPress. This is your first post. Edit or delete it, then start writing!"),
    terms: [["category", "uncategorized", "Uncategorized"]],
    meta: [
      ["_wp_trash_meta_status", "publish"],
      ["_wp_trash_meta_time", "1775117680"],
      ["_wp_desired_post_slug", "hello-world"],
    ],
    comments: [
      {
        id: 1,
        author: "A WordPress Commenter",
        email: "wapuu@wordpress.example",
        url: "https://wordpress.org/",
        ip: "",
        date: "2026-03-28 14:02:11",
        gmt: "2026-03-28 14:02:11",
        content:
          'Hi, this is a comment.\nTo get started with moderating, editing, and deleting comments, please visit the Comments screen in the dashboard.\nCommenter avatars come from <a href="https://gravatar.com/">Gravatar</a>.',
      },
    ],
  }),
  // WordPress's suggested Privacy Policy, a draft page no one wrote
  item({
    id: 3,
    title: "Privacy Policy",
    name: "privacy-policy",
    date: "2026-03-28 14:02:11",
    gmt: "0000-00-00 00:00:00",
    status: "draft",
    type: "page",
    content: blocks(
      h("Who we are"),
      p(`<strong class="privacy-policy-tutorial">Suggested text: </strong>Our website address is: ${SITE}.`),
      h("Comments"),
      p(
        `<strong class="privacy-policy-tutorial">Suggested text: </strong>When visitors leave comments on the site we collect the data shown in the comments form, and also the visitor&#8217;s IP address and browser user agent string to help spam detection.`,
      ),
    ),
    meta: [["_wp_page_template", "default"]],
  }),
  item({
    id: 10,
    title: "About Marigold",
    name: "about",
    date: "2026-04-02 10:30:00",
    gmt: "2026-04-02 09:30:00",
    status: "publish",
    type: "page",
    content: blocks(
      p(
        "I&#8217;m Hannah. In March 2026 I bought Marigold, a 57ft Springer narrowboat built in 1978, and I&#8217;m restoring her while I live aboard. She&#8217;s moored at Braunston Marina on the Grand Union.",
      ),
      p(
        "Marigold has a Lister SR3 engine, a Squirrel stove in the saloon and a tiny galley with no oven, where every recipe on this blog gets cooked. This blog is where I keep track of the jobs, the costs and the food.",
      ),
    ),
    meta: [
      ["_edit_last", "1"],
      ["_wp_page_template", "default"],
    ],
  }),
  item({
    id: 21,
    title: "Stripping the cabin roof",
    name: "stripping-the-cabin-roof",
    date: "2026-09-14 18:05:32",
    gmt: "2026-09-14 17:05:32",
    status: "publish",
    type: "post",
    content: blocks(
      p("The paint on Marigold&#8217;s roof was flaking everywhere, so this weekend I took it back to bare steel with a flap disc on the angle grinder."),
      h("What I found"),
      list(["Rust pitting round both mushroom vents", "A soft patch by the centre-line handrail", "Three layers of old paint, the bottom one red oxide"]),
      p("I treated the rusty patches with Fertan and left it 24 hours before washing it off."),
      image(22, "2026/09/roof-bare-steel-1024x768.jpg", "Marigold's cabin roof stripped to bare steel", "Bare steel at last, 13 September"),
    ),
    terms: [
      ["post_tag", "cabin-roof", "cabin roof"],
      ["post_tag", "paint", "paint"],
      ["category", "restoration", "Restoration"],
    ],
    meta: [
      ["_edit_last", "1"],
      ["_thumbnail_id", "22"],
    ],
  }),
  attachment(22, 21, "2026/09/roof-bare-steel.jpg", "2026-09-14 17:58:20", "2026-09-14 16:58:20"),
  item({
    id: 25,
    title: "Painting the cabin roof",
    name: "painting-the-cabin-roof",
    date: "2026-10-03 17:20:11",
    gmt: "2026-10-03 16:20:11",
    status: "publish",
    type: "post",
    content: blocks(
      p("Four dry days in a row at last, so the roof is done!"),
      h("The paint"),
      p(
        "After a lot of reading I went with International Toplac in Mid Grey, over two coats of International Pre-Kote undercoat. I mixed Tor anti-slip additive into the final coat so the roof isn&#8217;t a skating rink in the wet.",
      ),
      p('Everything came from <a href="https://www.midlandchandlers.co.uk/">Midland Chandlers</a> in Braunston and came to <strong>£186</strong> for the lot.'),
      h("How I did it", 3),
      list(
        [
          "Degreased with sugar soap and rinsed",
          "Two coats of Pre-Kote, rubbed down between them",
          "Two coats of Toplac Mid Grey, the anti-slip stirred into the second",
        ],
        true,
      ),
      image(26, "2026/10/roof-first-coat-1024x768.jpg", "", "First coat on, 2 October"),
    ),
    terms: [
      ["post_tag", "cabin-roof", "cabin roof"],
      ["post_tag", "paint", "paint"],
      ["category", "restoration", "Restoration"],
    ],
    meta: [["_edit_last", "1"]],
    comments: [
      {
        id: 4,
        author: "Sue Farrow",
        email: "sue.farrow@example.co.uk",
        url: "https://nbkestrel.blog",
        ip: "86.151.22.7",
        date: "2026-10-04 09:12:40",
        gmt: "2026-10-04 08:12:40",
        content:
          "Looks brilliant! Toplac is what we used on Kestrel and it's lasted six years.\n\nTip: keep stirring the anti-slip in or it all sinks to the bottom of the tin.",
      },
      {
        id: 5,
        author: "Hannah Price",
        email: "hannah@marigoldafloat.co.uk",
        url: SITE,
        ip: "82.132.219.40",
        date: "2026-10-04 19:40:03",
        gmt: "2026-10-04 18:40:03",
        content: "Thanks Sue! Yes, I learned that the hard way on the first tin.",
        parent: 4,
        userId: 1,
      },
    ],
  }),
  attachment(26, 25, "2026/10/roof-first-coat.jpg", "2026-10-03 17:02:45", "2026-10-03 16:02:45"),
  // (written in the classic editor: paragraphs by blank lines, an image in a [caption] shortcode)
  item({
    id: 30,
    title: "Bilge pump woes",
    name: "bilge-pump-woes",
    date: "2026-10-20 20:31:08",
    gmt: "2026-10-20 19:31:08",
    status: "publish",
    type: "post",
    content:
      "Woke up on Sunday to the engine bilge pump running and running and nothing coming out.\n\n" +
      "It's the <strong>Rule 500</strong> that came with the boat, and I think it had been running dry for days. The engine bay had about two inches of oily water in it.\n\n" +
      `[caption id="attachment_31" align="aligncenter" width="640"]<img class="size-large wp-image-31" src="${SITE}/wp-content/uploads/2026/10/engine-bay-1024x768.jpg" alt="" width="640" height="480" /> The engine bay, not a happy sight[/caption]\n\n` +
      "I've pumped it out by hand for now. Any ideas very welcome in the comments!",
    terms: [
      ["post_tag", "bilge-pump", "bilge pump"],
      ["category", "restoration", "Restoration"],
    ],
    meta: [
      ["_edit_last", "1"],
      ["classic-editor-remember", "classic-editor"],
    ],
    comments: [
      {
        id: 7,
        author: "Dave Whitlock",
        email: "dave.whitlock@example.com",
        ip: "81.2.69.142",
        date: "2026-10-21 08:14:52",
        gmt: "2026-10-21 07:14:52",
        content:
          "Had exactly the same with the bilge pump on our boat last winter. Nine times out of ten it's the float switch sticking in the up position with gunk round it. Clean it out, or better, replace it with a Rule-A-Matic and put a strainer over the pump intake.\n\nAnd check the in-line fuse - ours was a 3 amp one that had corroded.",
      },
      {
        id: 8,
        author: "Hannah Price",
        email: "hannah@marigoldafloat.co.uk",
        url: SITE,
        ip: "82.132.219.40",
        date: "2026-10-21 21:02:19",
        gmt: "2026-10-21 20:02:19",
        content: "Thanks Dave, that makes sense, the float switch was caked in sludge. I've ordered a Rule-A-Matic from Midland Chandlers.",
        parent: 7,
        userId: 1,
      },
      {
        id: 9,
        author: "Mark Ellis",
        email: "m.ellis@example.net",
        ip: "90.214.7.33",
        date: "2026-10-22 12:30:00",
        gmt: "2026-10-22 11:30:00",
        content: "While you're in the engine bay, remember Marigold's Boat Safety exam is due in April!",
        approved: "0",
      },
      {
        id: 10,
        author: "Narrowboat bilge pumps explained &#8211; Canal Life",
        email: "",
        url: "https://canallife.example/bilge-pumps-explained/",
        ip: "192.0.78.12",
        date: "2026-10-23 07:00:12",
        gmt: "2026-10-23 06:00:12",
        content: "[&#8230;] Hannah on Marigold found her Rule 500 running dry [&#8230;]",
        type: "pingback",
      },
    ],
  }),
  attachment(31, 30, "2026/10/engine-bay.jpg", "2026-10-20 20:20:41", "2026-10-20 19:20:41"),
  item({
    id: 34,
    title: "One-pot chorizo and chickpea stew",
    name: "one-pot-chorizo-and-chickpea-stew",
    date: "2026-10-25 18:00:44",
    gmt: "2026-10-25 18:00:44",
    status: "publish",
    type: "post",
    content: blocks(
      p("When it&#8217;s blowing a gale on the cut, this is what I make. It only needs one pan and the Squirrel does all the work."),
      h("Ingredients", 3),
      list(["1 chorizo ring, sliced", "2 tins of chickpeas, drained", "1 tin of chopped tomatoes", "2 tsp smoked paprika", "A big handful of spinach"]),
      h("Method", 3),
      list(
        [
          "Fry the chorizo in the cast-iron pot until the oil runs.",
          "Add the chickpeas, tomatoes and paprika and put the lid on.",
          "Leave it on the stove top for 40 minutes, stirring now and then.",
          "Stir in the spinach just before serving.",
        ],
        true,
      ),
    ),
    terms: [
      ["category", "galley-recipes", "Galley recipes"],
      ["post_tag", "one-pot", "one-pot"],
      ["post_tag", "stove", "stove"],
    ],
    meta: [["_edit_last", "1"]],
  }),
  item({
    id: 40,
    title: "Stove-top soda bread",
    name: "stove-top-soda-bread",
    date: "2026-11-08 11:15:27",
    gmt: "2026-11-08 11:15:27",
    status: "publish",
    type: "post",
    content: blocks(
      p(
        "There&#8217;s no oven on Marigold, so bread happens on top of the Squirrel in the cast-iron skillet. This soda bread is the one I keep coming back to.",
      ),
      "<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->",
      h("Ingredients", 3),
      list(["450g plain flour", "1 tsp bicarbonate of soda", "1 tsp salt", "400ml buttermilk"]),
      h("Method", 3),
      list(
        [
          "Get the stove going well and heat the skillet on the top for 10 minutes.",
          "Mix the dry ingredients, pour in the buttermilk and bring it together into a round &#8211; don&#8217;t knead it.",
          "Cut a deep cross in the top, dust the skillet with flour and put the dough in.",
          "Lid on, and cook for 15 minutes on each side.",
        ],
        true,
      ),
      p("It&#8217;s best eaten warm with far too much butter."),
    ),
    terms: [
      ["post_tag", "bread", "bread"],
      ["category", "galley-recipes", "Galley recipes"],
      ["post_tag", "stove", "stove"],
    ],
    meta: [["_edit_last", "1"]],
    comments: [
      {
        id: 12,
        author: "Jo Marsh",
        email: "jo.marsh@example.org",
        ip: "109.150.3.201",
        date: "2026-11-09 20:05:37",
        gmt: "2026-11-09 20:05:37",
        content: "Made this on our Morsø last night. I added a handful of grated cheddar and some chives and it was gorgeous!",
      },
    ],
  }),
  item({
    id: 45,
    title: "What Marigold has cost so far",
    name: "what-marigold-has-cost-so-far",
    date: "2026-11-15 21:30:09",
    gmt: "2026-11-15 21:30:09",
    status: "private",
    type: "post",
    content: blocks(
      p("Keeping this one to myself! Everything since I bought her in March:"),
      '<!-- wp:table -->\n<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr><th>Job</th><th>Cost</th></tr></thead><tbody><tr><td>Pre-purchase survey</td><td>£450</td></tr><tr><td>Blacking at Braunston</td><td>£1,200</td></tr><tr><td>Roof paint and undercoat</td><td>£186</td></tr><tr><td>Rule-A-Matic float switch</td><td>£38</td></tr></tbody></table></figure>\n<!-- /wp:table -->',
    ),
    terms: [
      ["category", "restoration", "Restoration"],
      ["post_tag", "costs", "costs"],
    ],
    meta: [["_edit_last", "1"]],
  }),
  item({
    id: 50,
    title: "Winter mooring?",
    name: "",
    date: "2026-11-24 22:10:56",
    gmt: "0000-00-00 00:00:00",
    modifiedGmt: "2026-11-24 22:10:56",
    status: "draft",
    type: "post",
    content: blocks(
      p(
        "Braunston Marina want £2,100 for a winter berth. The alternative is a Canal &amp; River Trust winter mooring at Stoke Bruerne: £1,450 from 1 December to 31 March, but no electric hook-up.",
      ),
      p("Leaning towards Stoke Bruerne. Need to decide by 30 November."),
    ),
    terms: [
      ["category", "cruising", "Cruising"],
      ["post_tag", "winter", "winter"],
    ],
    meta: [["_edit_last", "1"]],
  }),
  item({
    id: 52,
    title: "Selling the dinghy",
    name: "selling-the-dinghy__trashed",
    date: "2026-11-26 17:44:02",
    gmt: "2026-11-26 17:44:02",
    modified: "2026-11-28 10:20:00",
    modifiedGmt: "2026-11-28 10:20:00",
    status: "trash",
    type: "post",
    content: p("Marigold came with a little inflatable dinghy I&#8217;ll never use. Asking £350, collection from Braunston."),
    terms: [["category", "uncategorized", "Uncategorized"]],
    meta: [
      ["_wp_trash_meta_status", "publish"],
      ["_wp_trash_meta_time", "1795861200"],
      ["_wp_desired_post_slug", "selling-the-dinghy"],
    ],
  }),
  item({
    id: 60,
    title: "Subscribe box",
    name: "subscribe-box",
    date: "2026-04-05 16:00:00",
    gmt: "2026-04-05 15:00:00",
    status: "publish",
    type: "wp_block",
    content: p("Get new posts from Marigold Afloat by email. No spam, just boat jobs and stove-top dinners."),
    meta: [["wp_pattern_sync_status", ""]],
  }),
  item({
    id: 61,
    title: "",
    name: "61",
    date: "2026-04-05 16:05:00",
    gmt: "2026-04-05 15:05:00",
    status: "publish",
    type: "nav_menu_item",
    content: " ",
    menuOrder: 1,
    link: `${SITE}/2026/04/05/61/`,
    terms: [["nav_menu", "main-menu", "Main menu"]],
    meta: [
      ["_menu_item_type", "post_type"],
      ["_menu_item_menu_item_parent", "0"],
      ["_menu_item_object_id", "10"],
      ["_menu_item_object", "page"],
      ["_menu_item_target", ""],
      ["_menu_item_classes", 'a:1:{i:0;s:0:"";}'],
      ["_menu_item_xfn", ""],
      ["_menu_item_url", ""],
    ],
  }),
  item({
    id: 62,
    title: "Navigation",
    name: "navigation",
    date: "2026-04-05 16:06:00",
    gmt: "2026-04-05 15:06:00",
    status: "publish",
    type: "wp_navigation",
    content:
      '<!-- wp:page-list /--><!-- wp:navigation-link {"label":"Recipes","type":"category","id":3,"url":"https://marigoldafloat.co.uk/category/galley-recipes/","kind":"taxonomy"} /-->',
  }),
  item({
    id: 63,
    title: "Custom Styles",
    name: "wp-global-styles-twentytwentyfive",
    date: "2026-03-28 14:10:00",
    gmt: "2026-03-28 14:10:00",
    status: "publish",
    type: "wp_global_styles",
    content: '{"styles":{"color":{"background":"var:preset|color|accent-5"}},"isGlobalStylesUserThemeJSON":true,"version":3}',
    link: `${SITE}/2026/03/28/wp-global-styles-twentytwentyfive/`,
    terms: [["wp_theme", "twentytwentyfive", "twentytwentyfive"]],
  }),
];

const EXPORT = `${HEADER}${ITEMS.join("\n")}
</channel>
</rss>
`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What paint did I use on the cabin roof?", expect: ["Toplac"] },
  { question: "Where did I buy the roof paint?", expect: ["Midland Chandlers"] },
  { question: "What did Dave say about the bilge pump in the comments?", expect: ["float switch"] },
  { question: "Which fuse did Dave tell me to check?", expect: ["3 amp"] },
  { question: "Which recipe did I post for the stove-top bread?", expect: ["soda bread"] },
  { question: "How much buttermilk goes in the soda bread?", expect: ["400ml"] },
  { question: "What did Jo add to the soda bread?", expect: ["cheddar"] },
  { question: "How long does the chorizo stew cook on the stove?", expect: ["40 minutes"] },
  { question: "Where is Marigold moored?", expect: ["Braunston"] },
  { question: "What engine does Marigold have?", expect: ["Lister"] },
  { question: "How much did the blacking cost?", expect: ["1,200"] },
  { question: "Where am I thinking of mooring for the winter?", expect: ["Stoke Bruerne"] },
  { question: "How much am I selling the dinghy for?", expect: null },
  { question: "When is Marigold's Boat Safety exam due?", expect: null },
  { question: "How much did the new engine cost?", expect: null },
];

/** Hannah: her blog's WordPress export (Tools → Export → All content), imported as the one file it is, asked on Wednesday 2 December 2026. */
export const blogger: Person = {
  name: "blogger",
  files: [{ name: "marigoldafloat.WordPress.2026-12-01.xml", text: EXPORT, mtime: Date.UTC(2026, 11, 1, 19, 42, 9) }],
  askedAt: Date.UTC(2026, 11, 2, 10, 0),
  questions: QUESTIONS,
};
