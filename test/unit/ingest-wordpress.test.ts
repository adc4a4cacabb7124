/**
 * A WordPress site's export (core/ingest/wordpress.ts): WordPress eXtended RSS as Tools → Export writes
 * it. Each published, private or draft post and page a note of the user's, of the day it was published
 * (a draft's last save, marked "(draft)"), its block-editor or classic-editor HTML read as words
 * (headings, lists, links, captions, tables), its categories and tags kept; its approved comments a
 * conversation under it, each said by its author (the post's author's own reply the user's); the trash,
 * attachments, menu items, patterns, WordPress's suggested privacy policy, pending comments and
 * pingbacks passed over. Detected alone and in a folder; a bad file refused naming the item and field.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { wordpressLines } from "../../core/ingest/social/wordpress-html.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-wordpress-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `name` under the temp folder (made folders and all); returns its path. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const SITE = "https://marigoldafloat.co.uk";
const cdata = (s: string) => `<![CDATA[${s.replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;

/** A `<wp:comment>` as export.php writes it (its comment meta too). */
function comment(id: number, author: string, gmt: string, content: string, extra: Record<string, string | number> = {}): string {
  const f = { email: "", approved: "1", type: "comment", parent: 0, user: 0, local: gmt, ...extra };
  return `
		<wp:comment>
			<wp:comment_id>${id}</wp:comment_id>
			<wp:comment_author>${cdata(author)}</wp:comment_author>
			<wp:comment_author_email>${cdata(String(f.email))}</wp:comment_author_email>
			<wp:comment_author_url></wp:comment_author_url>
			<wp:comment_author_IP>${cdata("81.2.69.142")}</wp:comment_author_IP>
			<wp:comment_date>${cdata(String(f.local))}</wp:comment_date>
			<wp:comment_date_gmt>${cdata(gmt)}</wp:comment_date_gmt>
			<wp:comment_content>${cdata(content)}</wp:comment_content>
			<wp:comment_approved>${cdata(String(f.approved))}</wp:comment_approved>
			<wp:comment_type>${cdata(String(f.type))}</wp:comment_type>
			<wp:comment_parent>${f.parent}</wp:comment_parent>
			<wp:comment_user_id>${f.user}</wp:comment_user_id>
			<wp:commentmeta>
			<wp:meta_key>${cdata("akismet_result")}</wp:meta_key>
			<wp:meta_value>${cdata("false")}</wp:meta_value>
			</wp:commentmeta>
		</wp:comment>`;
}

/** An `<item>` as export.php writes it: a post of `type` and `status`, its dates (local and GMT), content, terms and comments. */
function item(
  id: number,
  title: string,
  gmt: string,
  content: string,
  opts: { type?: string; status?: string; local?: string; modifiedGmt?: string; terms?: string[][]; comments?: string[] } = {},
): string {
  const draft = gmt.startsWith("0000");
  const pub = draft ? "Mon, 30 Nov -0001 00:00:00 +0000" : new Date(`${gmt.replace(" ", "T")}Z`).toUTCString().replace("GMT", "+0000");
  return `
	<item>
		<title>${cdata(title)}</title>
		<link>${SITE}/?p=${id}</link>
		<pubDate>${pub}</pubDate>
		<dc:creator>${cdata("hannahp")}</dc:creator>
		<guid isPermaLink="false">${SITE}/?p=${id}</guid>
		<description></description>
		<content:encoded>${cdata(content)}</content:encoded>
		<excerpt:encoded>${cdata("An excerpt is the post's words again.")}</excerpt:encoded>
		<wp:post_id>${id}</wp:post_id>
		<wp:post_date>${cdata(opts.local ?? gmt)}</wp:post_date>
		<wp:post_date_gmt>${cdata(gmt)}</wp:post_date_gmt>
		<wp:post_modified>${cdata(opts.local ?? gmt)}</wp:post_modified>
		<wp:post_modified_gmt>${cdata(opts.modifiedGmt ?? gmt)}</wp:post_modified_gmt>
		<wp:comment_status>${cdata("open")}</wp:comment_status>
		<wp:ping_status>${cdata("open")}</wp:ping_status>
		<wp:post_name>${cdata(`post-${id}`)}</wp:post_name>
		<wp:status>${cdata(opts.status ?? "publish")}</wp:status>
		<wp:post_parent>0</wp:post_parent>
		<wp:menu_order>0</wp:menu_order>
		<wp:post_type>${cdata(opts.type ?? "post")}</wp:post_type>
		<wp:post_password>${cdata("")}</wp:post_password>
		<wp:is_sticky>0</wp:is_sticky>${(opts.terms ?? []).map(([d, n, name]) => `\n\t\t<category domain="${d}" nicename="${n}">${cdata(name!)}</category>`).join("")}
		<wp:postmeta>
		<wp:meta_key>${cdata("_edit_last")}</wp:meta_key>
		<wp:meta_value>${cdata("<p>meta is no words</p>")}</wp:meta_value>
		</wp:postmeta>${(opts.comments ?? []).join("")}
	</item>`;
}

/** The export's start: WordPress's comments, the rss element, the channel's fields, its author, a term and the site icon (with a title of its own). */
const HEAD = `<?xml version="1.0" encoding="UTF-8" ?>
<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->
<!-- It contains information about your site's posts, pages, comments, categories, and other content. -->

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
	<description>Restoring a narrowboat</description>
	<pubDate>Tue, 01 Dec 2026 19:42:07 +0000</pubDate>
	<language>en-GB</language>
	<wp:wxr_version>1.2</wp:wxr_version>
	<wp:base_site_url>${SITE}</wp:base_site_url>
	<wp:base_blog_url>${SITE}</wp:base_blog_url>

	<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata("hannahp")}</wp:author_login><wp:author_email>${cdata("hannah@marigoldafloat.co.uk")}</wp:author_email><wp:author_display_name>${cdata("Hannah Price")}</wp:author_display_name><wp:author_first_name>${cdata("Hannah")}</wp:author_first_name><wp:author_last_name>${cdata("Price")}</wp:author_last_name></wp:author>

	<wp:category>
		<wp:term_id>2</wp:term_id>
		<wp:category_nicename>${cdata("restoration")}</wp:category_nicename>
		<wp:category_parent>${cdata("")}</wp:category_parent>
		<wp:cat_name>${cdata("Restoration")}</wp:cat_name>
	</wp:category>

	<generator>https://wordpress.org/?v=6.9</generator>

<image>
	<url>${SITE}/wp-content/uploads/2026/04/cropped-icon-32x32.png</url>
	<title>Site icon</title>
	<link>https://elsewhere.example</link>
	<width>32</width>
	<height>32</height>
</image> 
`;
const TAIL = "\n</channel>\n</rss>\n";

/** A post in the block editor's markup: a paragraph with a link, a heading, a list, a numbered list, an image with its caption, a table. */
const ROOF = [
  '<!-- wp:paragraph -->\n<p>I went with International Toplac in Mid Grey from <a href="https://www.midlandchandlers.co.uk/">Midland Chandlers</a>, &pound;186 for the lot.</p>\n<!-- /wp:paragraph -->',
  '<!-- wp:heading {"level":3} -->\n<h3 class="wp-block-heading">What I found</h3>\n<!-- /wp:heading -->',
  '<!-- wp:list -->\n<ul class="wp-block-list"><!-- wp:list-item -->\n<li>Rust round the vents</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>A soft patch by the handrail</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->',
  '<!-- wp:list {"ordered":true} -->\n<ol class="wp-block-list"><!-- wp:list-item -->\n<li>Degrease</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>Two coats of Pre-Kote</li>\n<!-- /wp:list-item --></ol>\n<!-- /wp:list -->',
  `<!-- wp:image {"id":26} -->\n<figure class="wp-block-image size-large"><a href="${SITE}/wp-content/uploads/roof.jpg"><img src="${SITE}/wp-content/uploads/roof.jpg" alt="" class="wp-image-26"/></a><figcaption class="wp-element-caption">First coat on, 2 October</figcaption></figure>\n<!-- /wp:image -->`,
  "<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->",
].join("\n\n");

/** A post of the classic editor: paragraphs by blank lines, a line break, a [caption] shortcode around an image. */
const BILGE =
  "Woke up on Sunday to the bilge pump running dry.\nIt's the <strong>Rule 500</strong>.\n\n" +
  `[caption id="attachment_31" align="aligncenter" width="640"]<img class="size-large wp-image-31" src="${SITE}/engine-bay.jpg" alt="" width="640" height="480" /> The engine bay[/caption]\n\n` +
  "Any ideas welcome!";

/** The export: posts, a page, a draft, a private post, the trash, an attachment, a menu item, a pattern, the suggested privacy policy, comments of every kind. */
function wxr(): string {
  return [
    HEAD,
    item(1, "Hello world!", "2026-03-28 14:02:11", "<!-- wp:paragraph -->\n<p>Welcome to WordPress.</p>\n<!-- /wp:paragraph -->", {
      status: "trash",
      comments: [comment(1, "A WordPress Commenter", "2026-03-28 14:02:11", "Hi, this is a comment.")],
    }),
    item(
      3,
      "Privacy Policy",
      "0000-00-00 00:00:00",
      '<!-- wp:heading -->\n<h2 class="wp-block-heading">Who we are</h2>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p><strong class="privacy-policy-tutorial">Suggested text: </strong>Our website address is: https://marigoldafloat.co.uk.</p>\n<!-- /wp:paragraph -->',
      { type: "page", status: "draft", modifiedGmt: "2026-03-28 14:02:11" },
    ),
    item(10, "About Marigold", "2026-04-02 09:30:00", "<!-- wp:paragraph -->\n<p>She&#8217;s moored at Braunston Marina.</p>\n<!-- /wp:paragraph -->", {
      type: "page",
      local: "2026-04-02 10:30:00",
    }),
    item(25, "Painting the cabin roof", "2026-10-03 16:20:11", ROOF, {
      local: "2026-10-03 17:20:11",
      terms: [
        ["post_tag", "paint", "paint"],
        ["category", "restoration", "Restoration"],
        ["post_tag", "cabin-roof", "cabin roof"],
      ],
      comments: [
        comment(4, "Sue Farrow", "2026-10-04 08:12:40", "Looks brilliant!\n\nKeep stirring the anti-slip in.", { local: "2026-10-04 09:12:40" }),
        comment(5, "Hannah Price", "2026-10-04 18:40:03", "Thanks Sue!", { parent: 4, user: 1, email: "hannah@marigoldafloat.co.uk" }),
        comment(6, "Mark Ellis", "2026-10-05 11:30:00", "The BSS exam is due in April!", { approved: "0" }),
        comment(7, "Canal Life", "2026-10-06 06:00:12", "[&#8230;] Hannah painted her roof [&#8230;]", { type: "pingback" }),
        comment(8, "Spammy", "2026-10-06 07:00:00", "Cheap insurance", { approved: "trash" }),
      ],
    }),
    item(26, "roof", "2026-10-03 16:02:45", "", { type: "attachment", status: "inherit" }),
    item(30, "Bilge pump woes", "2026-10-20 19:31:08", BILGE, {
      terms: [["category", "uncategorized", "Uncategorized"]],
      comments: [comment(9, "Dave Whitlock", "2026-10-21 07:14:52", "It's the float switch. Replace it with a <em>Rule-A-Matic</em>.")],
    }),
    item(45, "What it has cost", "2026-11-15 21:30:09", "<!-- wp:paragraph -->\n<p>Blacking: £1,200</p>\n<!-- /wp:paragraph -->", { status: "private" }),
    item(50, "Winter mooring?", "0000-00-00 00:00:00", "<!-- wp:paragraph -->\n<p>Leaning towards Stoke Bruerne.</p>\n<!-- /wp:paragraph -->", {
      status: "draft",
      local: "2026-11-24 22:10:56",
      modifiedGmt: "2026-11-24 22:10:56",
    }),
    item(60, "Subscribe box", "2026-04-05 15:00:00", "<!-- wp:paragraph -->\n<p>Get new posts by email.</p>\n<!-- /wp:paragraph -->", { type: "wp_block" }),
    item(61, "", "2026-04-05 15:05:00", " ", { type: "nav_menu_item" }),
    TAIL,
  ].join("\n");
}

describe("WordPress export", () => {
  it("reads each post and page as a note of the day it was published, drafts marked, the rest passed over", async () => {
    const file = write("marigoldafloat.WordPress.2026-12-01.xml", wxr());
    expect(await detectFormat(file)).toBe("wordpress");
    const convs = await parsedConversations(file);
    expect(convs.map((c) => [c.format, c.externalId, c.title, c.startedAt === null ? null : new Date(c.startedAt).toISOString()])).toEqual([
      ["note", "wordpress:marigoldafloat.co.uk:10", "About Marigold", "2026-04-02T09:30:00.000Z"],
      ["note", "wordpress:marigoldafloat.co.uk:25", "Painting the cabin roof", "2026-10-03T16:20:11.000Z"],
      ["wordpress", "wordpress:marigoldafloat.co.uk:25:comments", 'Comments on "Painting the cabin roof"', "2026-10-04T08:12:40.000Z"],
      ["note", "wordpress:marigoldafloat.co.uk:30", "Bilge pump woes", "2026-10-20T19:31:08.000Z"],
      ["wordpress", "wordpress:marigoldafloat.co.uk:30:comments", 'Comments on "Bilge pump woes"', "2026-10-21T07:14:52.000Z"],
      ["note", "wordpress:marigoldafloat.co.uk:45", "What it has cost", "2026-11-15T21:30:09.000Z"],
      ["note", "wordpress:marigoldafloat.co.uk:50", "Winter mooring? (draft)", "2026-11-24T22:10:56.000Z"],
    ]);
    // (the trash, the suggested privacy policy, the attachment, the pattern, the menu item, the excerpt and post meta: no words read)
    const all = convs.flatMap((c) => c.turns.map((t) => t.text)).join("\n");
    for (const gone of ["Welcome to WordPress", "Suggested text", "Get new posts", "excerpt", "meta is no words", "Hi, this is a comment"])
      expect(all).not.toContain(gone);
    const about = convs[0]!;
    expect(about.turns.map((t) => [t.speaker, t.role, t.text])).toEqual([["User", "user", "She’s moored at Braunston Marina."]]);
    expect(about.turns[0]!.metadata).toEqual({ line: 3, wordpress: { post_id: "10", type: "page", status: "publish", link: `${SITE}/?p=10` } });
    const draft = convs[6]!;
    expect(draft.turns.map((t) => [t.text, t.occurredAt, (t.metadata.wordpress as { status: string }).status])).toEqual([
      ["Leaning towards Stoke Bruerne.", Date.UTC(2026, 10, 24, 22, 10, 56), "draft"],
    ]);
    expect(convs[5]!.turns[0]!.metadata).toMatchObject({ wordpress: { status: "private" } });
  });

  it("reads a block-editor post's headings, lists, links and captions, its categories and tags kept", async () => {
    const file = write("site.WordPress.2026-12-01.xml", wxr());
    const roof = (await parsedConversations(file)).find((c) => c.externalId.endsWith(":25"))!;
    expect(roof.turns.map((t) => t.text)).toEqual([
      "I went with International Toplac in Mid Grey from Midland Chandlers (https://www.midlandchandlers.co.uk/), £186 for the lot.",
      "What I found: Rust round the vents; A soft patch by the handrail.",
      "What I found:\n1. Degrease\n2. Two coats of Pre-Kote",
      "What I found: First coat on, 2 October",
    ]);
    for (const t of roof.turns) {
      expect(t.occurredAt).toBe(Date.UTC(2026, 9, 3, 16, 20, 11));
      expect(t.metadata).toMatchObject({ categories: ["Restoration"], tags: ["paint", "cabin roof"] });
    }
  });

  it("reads a classic-editor post's paragraphs by blank lines, its line breaks and a [caption]'s words, the shortcode left out", async () => {
    const file = write("site.WordPress.2026-12-01.xml", wxr());
    const bilge = (await parsedConversations(file)).find((c) => c.externalId.endsWith(":30"))!;
    expect(bilge.turns.map((t) => t.text)).toEqual([
      "Woke up on Sunday to the bilge pump running dry.\nIt's the Rule 500.",
      "The engine bay",
      "Any ideas welcome!",
    ]);
    // ("Uncategorized", WordPress's default, is no category of the user's)
    expect(bilge.turns[0]!.metadata.categories).toBeUndefined();
  });

  it("tells each approved comment under its post, said by its author, the post's author's reply the user's; pending, trashed and pingbacks passed over", async () => {
    const file = write("site.WordPress.2026-12-01.xml", wxr());
    const convs = await parsedConversations(file);
    const roof = convs.find((c) => c.externalId.endsWith(":25:comments"))!;
    expect(roof.participants).toEqual(["Sue Farrow", "User"]);
    expect(roof.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text, t.metadata])).toEqual([
      ["comment 4", "Sue Farrow", "other", "2026-10-04T08:12:40.000Z", "Looks brilliant!\n\nKeep stirring the anti-slip in.", { comment_id: "4" }],
      ["comment 5", "User", "user", "2026-10-04T18:40:03.000Z", "Thanks Sue!", { comment_id: "5", reply_to: "Sue Farrow" }],
    ]);
    const bilge = convs.find((c) => c.externalId.endsWith(":30:comments"))!;
    expect(bilge.turns.map((t) => [t.speaker, t.text])).toEqual([["Dave Whitlock", "It's the float switch. Replace it with a Rule-A-Matic."]]);
    // (a comment on a post in the trash is passed over with it)
    expect(convs.some((c) => c.externalId.endsWith(":1:comments"))).toBe(false);
  });

  it("is read in a folder, beside an .xml that is no export, which is passed over", async () => {
    const file = write("Blog backup/marigoldafloat.WordPress.2026-12-01.xml", wxr());
    const other = write(
      "Blog backup/sitemap.xml",
      '<?xml version="1.0"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x</loc></url></urlset>\n',
    );
    expect(importPaths(join(dir, "Blog backup")).map((p) => p.file)).toEqual([file, other]);
    expect(await folderFileFormat(file)).toBe("wordpress");
    expect(await folderFileFormat(other)).toBeNull();
    const summary = await validateExport(file);
    expect([summary.format, summary.conversations, summary.turns]).toEqual(["wordpress", 7, 13]);
  });

  it("reads an older export's dates without CDATA and a WXR 1.1 namespace", async () => {
    const old = wxr()
      .replace(/export\/1\.2\//g, "export/1.1/")
      .replace(/<wp:post_date_gmt><!\[CDATA\[([^\]]*)\]\]><\/wp:post_date_gmt>/g, "<wp:post_date_gmt>$1</wp:post_date_gmt>");
    const file = write("old.xml", old);
    expect(await detectFormat(file)).toBe("wordpress");
    const convs = await parsedConversations(file);
    expect(convs.filter((c) => c.format === "note").map((c) => c.startedAt)).toEqual([
      Date.UTC(2026, 3, 2, 9, 30),
      Date.UTC(2026, 9, 3, 16, 20, 11),
      Date.UTC(2026, 9, 20, 19, 31, 8),
      Date.UTC(2026, 10, 15, 21, 30, 9),
      Date.UTC(2026, 10, 24, 22, 10, 56),
    ]);
  });

  it("refuses a bad time, a file cut short and a file that is no export, naming the file and where", async () => {
    const badPost = write("a.xml", wxr().replace(`<wp:post_date_gmt>${cdata("2026-10-20 19:31:08")}`, `<wp:post_date_gmt>${cdata("20/10/2026 19:31")}`));
    let err = await importErrorOf(validateExport(badPost));
    expect([err.name, err.file, err.location]).toEqual(["ImportError", badPost, 'item 6 ("Bilge pump woes").wp:post_date_gmt']);
    expect(err.message).toBe('a.xml: item 6 ("Bilge pump woes").wp:post_date_gmt: expected a time such as 2026-10-03 16:20:11, got "20/10/2026 19:31"');

    const badComment = write("b.xml", wxr().replace(`<wp:comment_date_gmt>${cdata("2026-10-21 07:14:52")}`, `<wp:comment_date_gmt>${cdata("yesterday")}`));
    err = await importErrorOf(validateExport(badComment));
    expect(err.location).toBe('item 6 ("Bilge pump woes") comment 9.wp:comment_date_gmt');

    const text = wxr();
    const cut = write("c.xml", text.slice(0, text.indexOf("Woke up on Sunday")));
    err = await importErrorOf(validateExport(cut));
    expect(err.location).toMatch(/^byte \d+$/);
    expect(err.message).toMatch(/^c\.xml: byte \d+: the file ends inside item 6 \("Bilge pump woes"\): the export is cut short$/);

    const noEnd = write("d.xml", text.slice(0, text.lastIndexOf("</channel>")));
    expect((await importErrorOf(validateExport(noEnd))).message).toMatch(/: the file ends before <\/rss>: the export is cut short$/);

    const media = write("e.xml", [HEAD, item(26, "roof", "2026-10-03 16:02:45", "", { type: "attachment", status: "inherit" }), TAIL].join("\n"));
    err = await importErrorOf(validateExport(media));
    expect(err.message).toMatch(/: the export has no post or page with words in it \(passed over: 1 attachment\)$/);

    const rss = write("feed.xml", '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>A feed</title></channel></rss>\n');
    expect(await detectFormat(rss)).not.toBe("wordpress");
    err = await importErrorOf(validateExport(rss, { format: "wordpress" }));
    expect([err.location, err.message]).toEqual([
      "byte 0",
      'feed.xml: byte 0: not a WordPress export: expected WordPress eXtended RSS, as Tools → Export writes it (<rss … xmlns:wp="http://wordpress.org/export/1.2/">)',
    ]);
  });
});

describe("wordpressLines", () => {
  it("reads block markup and classic text as Markdown lines: paragraphs, headings, lists, links, tables; no images, scripts or shortcodes", () => {
    expect(wordpressLines("<!-- wp:heading -->\n<h2>Ingredients</h2>\n<!-- /wp:heading -->\n\n<ul><li>450g flour</li><li>400ml buttermilk</li></ul>")).toEqual([
      "## Ingredients",
      "",
      "- 450g flour",
      "- 400ml buttermilk",
    ]);
    expect(wordpressLines("One.\n\nTwo,\nthree &amp; four.")).toEqual(["One.", "", "Two,", "three & four."]);
    expect(
      wordpressLines(
        '<p>See <a href="https://example.com/guide">this guide</a> and <a href="https://example.com">example.com</a> and <a href="/about/">me</a>.</p>',
      ),
    ).toEqual(["See this guide (https://example.com/guide) and https://example.com and me."]);
    expect(wordpressLines("<table><thead><tr><th>Job</th><th>Cost</th></tr></thead><tbody><tr><td>Blacking</td><td>£1,200</td></tr></tbody></table>")).toEqual([
      "| Job | Cost |",
      "| --- | --- |",
      "| Blacking | £1,200 |",
    ]);
    expect(wordpressLines('<p>Before</p><script>alert(1)</script>[gallery ids="1,2"]<img src="x.jpg" alt="a photo"/><pre>line 1\nline 2</pre>')).toEqual([
      "Before",
      "",
      "line 1",
      "line 2",
    ]);
    expect(wordpressLines("")).toEqual([]);
  });
});
