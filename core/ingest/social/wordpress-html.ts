/**
 * A WordPress post's or comment's HTML as Markdown lines, which note.ts `noteOf` reads as any note.
 * Both of WordPress's editors are read: the block editor's markup (`<!-- wp:paragraph -->` comments
 * around `<p>`, `<h2 class="wp-block-heading">`, `<ul class="wp-block-list">` of list items, a
 * `<figure>` with its `<figcaption>`, a table; the comments are no words) and the classic editor's,
 * whose paragraphs are text between blank lines and whose single line breaks are lines (WordPress's
 * `wpautop` makes them `<p>` and `<br />` only when it shows the post). A paragraph is a line with a
 * blank line after it, a heading `## …` (one level below the post's title: `<h1>` and `<h2>` are
 * `##`, `<h3>` `###`), a list's items `- …` or `1. …`, a table's rows `| a | b |` (a rule under the
 * first), a link its words and where it leads ("Midland Chandlers (https://www.midlandchandlers.co.uk/)",
 * or the address alone when it shows that). Images say nothing (their caption, `<figcaption>` or a
 * `[caption]` shortcode's text, is read); scripts, styles, embedded frames and forms neither; WordPress's
 * media shortcodes (`[caption …]`, `[gallery …]`, `[embed]`, `[audio …]`, `[video …]`, `[playlist …]`)
 * are left out, what they wrap kept. Tokenised by htmlparser2 (HTML mode: `&#8217;`, `&nbsp;` and the
 * other entities decoded). The walk is html-lines.ts's; this is WordPress's dialect of it.
 */
import { type HtmlDialect, htmlLines } from "../kit/html-lines.js";

/**
 * WordPress's HTML: links with where they lead, the classic editor's plain-text paragraphs, `<h1>` and
 * `<h2>` are `##`. Substack's editor writes the same tags (substack-html.ts reads its posts with it).
 */
export const WORDPRESS: HtmlDialect = {
  silent: new Set(["script", "style", "iframe", "svg", "noscript", "object", "video", "audio", "canvas", "select", "textarea", "template", "button"]),
  line: new Set([
    "div",
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "blockquote",
    "pre",
    "figcaption",
    "dt",
    "dd",
    "summary",
    "details",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "address",
  ]),
  paragraph: new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "hr", "figure", "dl", "details"]),
  heading: (n) => Math.max(2, n),
  links: true,
  plainTextLines: true,
  checklists: false,
  // (WordPress's media shortcodes, opening or closing: "[caption id="attachment_31" …]", "[/caption]", "[gallery ids="1,2"]")
  strip: /\[\/?(?:caption|wp_caption|gallery|embed|audio|video|playlist)\b[^\]]*\]/gi,
};

/**
 * The lines of a post's or a comment's HTML `html` (`content:encoded`, `wp:comment_content`), blank
 * lines between paragraphs, none at the start or the end, each line's white space folded.
 */
export function wordpressLines(html: string): string[] {
  return htmlLines(html, WORDPRESS);
}

/** The words of a short piece of HTML on one line (a title, a commenter's name): tags left out, entities decoded ("Fish &amp; chips" → "Fish & chips"). */
export function wordpressText(html: string): string {
  return wordpressLines(html)
    .filter((l) => l !== "")
    .join(" ")
    .trim();
}
