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
 * other entities decoded).
 */
import { Parser } from "htmlparser2";

/** Tags whose text is no words of the post: code that is not shown, embedded frames and media, forms' controls. */
const SILENT = new Set(["script", "style", "iframe", "svg", "noscript", "object", "video", "audio", "canvas", "select", "textarea", "template", "button"]);
/** Tags that start and end a line. */
const LINE = new Set([
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
]);
/** Tags set apart from the text around them by a blank line (a paragraph, a heading, a list, a table, a figure). */
const PARAGRAPH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "hr", "figure", "dl", "details"]);
/** Block tags: text directly inside one is no classic paragraph of its own, its white space a space. */
const BLOCK = new Set([...LINE, ...PARAGRAPH, "table", "tbody", "thead", "tfoot", "td", "th", "figure"]);
/** WordPress's media shortcodes, opening or closing ("[caption id="attachment_31" …]", "[/caption]", "[gallery ids="1,2"]"). */
const SHORTCODE = /\[\/?(?:caption|wp_caption|gallery|embed|audio|video|playlist)\b[^\]]*\]/gi;

/**
 * A link's words: what it shows and where it leads, the address alone when it shows the address, no
 * words when it shows none (a photo linked to its file); a link to no web address ("/about/", "#top")
 * what it shows.
 */
function linkWords(href: string, shown: string): string {
  const text = shown.replace(/\s+/g, " ").trim();
  const url = /^https?:\/\//i.test(href.trim()) ? href.trim() : "";
  if (!url || !text) return text;
  const bare = (u: string) => u.replace(/^[a-z][\w+.-]*:\/\/(?:www\.)?/i, "").replace(/\/$/, "");
  if (bare(url).startsWith(bare(text))) return url;
  return `${text} (${url})`;
}

/**
 * The lines of a post's or a comment's HTML `html` (`content:encoded`, `wp:comment_content`), blank
 * lines between paragraphs, none at the start or the end, each line's white space folded.
 */
export function wordpressLines(html: string): string[] {
  const lines: string[] = [];
  let text = "";
  let prefix = "";
  let silent = 0;
  let pre = 0;
  let blocks = 0;
  /** the lists around the text: ordered or not, the items so far */
  const lists: Array<{ ordered: boolean; n: number }> = [];
  /** the cells of the table row being read */
  let row: string[] | null = null;
  /** the rows of the table being read so far (a rule goes under its first) */
  let rows = 0;
  /** the link being read: where it leads and what it shows */
  let link: { href: string; text: string } | null = null;
  const end = (): void => {
    const said = text.replace(/[ \t\r\n\u00a0]+/g, " ").trim();
    if (row) row.push(said);
    else if (said) lines.push(`${prefix}${said}`);
    text = "";
    prefix = "";
  };
  const blank = (): void => {
    if (lines.length > 0 && lines.at(-1) !== "") lines.push("");
  };
  const write = (data: string): void => {
    if (link) {
      link.text += data;
      return;
    }
    // (preformatted text keeps its lines)
    if (pre > 0) {
      const [first, ...rest] = data.split(/\r?\n/);
      text += first;
      for (const l of rest) {
        end();
        text = l;
      }
      return;
    }
    // (the classic editor's paragraphs are text between blank lines, its lines text between line breaks;
    // white space between blocks, or inside one, is a space)
    if (row || (blocks > 0 && !/\S/.test(data))) {
      text += data.replace(/\s+/g, " ");
      return;
    }
    const paragraphs = data.split(/\r?\n[ \t]*(?:\r?\n[ \t]*)+/);
    paragraphs.forEach((para, i) => {
      if (i > 0) {
        end();
        blank();
      }
      const [first, ...rest] = para.split(/\r?\n/);
      text += first;
      for (const l of rest) {
        end();
        text = l;
      }
    });
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (silent > 0 || SILENT.has(name)) {
          if (SILENT.has(name)) silent++;
          return;
        }
        if (name === "a" && !link) {
          link = { href: attrs.href ?? "", text: "" };
          return;
        }
        if (BLOCK.has(name)) blocks++;
        if (name === "pre") pre++;
        if (PARAGRAPH.has(name) && !row) {
          end();
          blank();
        }
        if (name === "ul" || name === "ol") lists.push({ ordered: name === "ol", n: 0 });
        if (name === "table") rows = 0;
        if (name === "tr") {
          end();
          row = [];
        } else if (name === "td" || name === "th") text = "";
        else if (LINE.has(name) && !(row && name === "div")) {
          // (a list item's own paragraph goes on the item's line)
          if (!(prefix && !text.trim())) end();
        }
        if (/^h[1-6]$/.test(name)) prefix = `${"#".repeat(Math.max(2, Number(name[1])))} `;
        if (name === "li") {
          const list = lists.at(-1);
          const n = list ? ++list.n : 1;
          prefix = list?.ordered ? `${n}. ` : "- ";
        }
        if (name === "br") {
          if (row) text += " ";
          else end();
        }
      },
      ontext(data) {
        if (silent === 0) write(data.replace(SHORTCODE, ""));
      },
      onclosetag(name) {
        if (silent > 0) {
          if (SILENT.has(name)) silent--;
          return;
        }
        if (name === "a" && link) {
          const { href, text: shown } = link;
          link = null;
          text += linkWords(href, shown);
          return;
        }
        if (BLOCK.has(name) && blocks > 0) blocks--;
        if (name === "pre" && pre > 0) pre--;
        if (name === "ul" || name === "ol") lists.pop();
        if (name === "tr") {
          const cells = row ?? [];
          row = null;
          text = "";
          if (cells.some(Boolean)) {
            lines.push(`| ${cells.join(" | ")} |`);
            if (rows++ === 0) lines.push(`|${" --- |".repeat(cells.length)}`);
          }
        } else if (name === "td" || name === "th" || (LINE.has(name) && !(row && name === "div"))) end();
        if (PARAGRAPH.has(name) && !row) blank();
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  end();
  while (lines.at(-1) === "") lines.pop();
  return lines;
}

/** The words of a short piece of HTML on one line (a title, a commenter's name): tags left out, entities decoded ("Fish &amp; chips" → "Fish & chips"). */
export function wordpressText(html: string): string {
  return wordpressLines(html)
    .filter((l) => l !== "")
    .join(" ")
    .trim();
}
