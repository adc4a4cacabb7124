/**
 * HTML as Markdown lines, which note.ts `noteOf` reads as any note: the one walk over a document's
 * tags that Evernote's markup (enml.ts), WordPress's posts (wordpress-html.ts) and the rich text of
 * other exports share, each telling it its own ways in an {@link HtmlDialect}. A line tag (`<div>`,
 * `<p>`, a list item …) is a line, a paragraph tag is set apart by blank lines, a heading is `## …`,
 * a list's items `- …` or `1. …`, a table's rows `| a | b |` with a rule under the first (exports'
 * tables seldom mark header cells: the first row names the columns, as in Markdown), preformatted
 * text keeps its lines, and a `<br />` on a line of its own is a blank line (Evernote writes
 * `<div><br /></div>` between paragraphs). Tokenised by htmlparser2 (HTML mode: `&nbsp;`, `&#8217;`
 * and the other entities decoded).
 */
import { Parser } from "htmlparser2";

/** How one exporter writes its HTML: what the walk in {@link htmlLines} makes of it. */
export interface HtmlDialect {
  /** Tags whose text is no words (code not shown, attachments, embedded media). */
  silent: ReadonlySet<string>;
  /** Tags that start and end a line. */
  line: ReadonlySet<string>;
  /** Tags set apart from the text around them by a blank line (a paragraph, a heading, a list, a table). */
  paragraph: ReadonlySet<string>;
  /** The Markdown level (number of `#`, 1–6) of a heading `<hN>`, given N. */
  heading: (n: number) => number;
  /** Whether a link is its words and where it leads ({@link linkWords}); else its words alone. */
  links: boolean;
  /**
   * Whether text outside block tags is a classic editor's: its paragraphs text between blank lines,
   * its lines text between line breaks (else its white space is a space).
   */
  plainTextLines: boolean;
  /** Whether Evernote's checklists are read: `--en-todo` lists and `<en-todo checked="true"/>`, as `- [x] …` / `- [ ] …`. */
  checklists: boolean;
  /** What is left out of the text wherever it is (WordPress's media shortcodes), if anything. */
  strip?: RegExp;
  /**
   * Whether an element is no words by what its start tag says (its name and attributes, entities
   * decoded), as a {@link silent} tag is by its name alone: a Substack post's subscribe widget, a
   * share button. The element is left out up to its end tag, what it holds with it.
   */
  silentWhere?: (name: string, attrs: Readonly<Record<string, string>>) => boolean;
  /**
   * Whether italics (`<em>`, `<i>`) are Markdown's `*…*` (else their words alone), so that note.ts reads a
   * title in them as one ("did <em>Tomorrow, and Tomorrow, and Tomorrow</em>" → `"Tomorrow, and Tomorrow,
   * and Tomorrow"`, not three days to come); white space at their edges is left outside the marks.
   */
  emphasis?: boolean;
}

/** Tags around text that is no classic paragraph of its own (besides a dialect's line and paragraph tags). */
const BLOCK = ["table", "tbody", "thead", "tfoot", "td", "th", "figure"];

/**
 * A link's words: what it shows and where it leads ("Midland Chandlers (https://www.midlandchandlers.co.uk/)"),
 * the address alone when it shows that address, or that address cut short, as Mastodon shows it
 * ("rhs.org.uk/vegetables/broad-be…"); no words when it shows none (a photo linked to its file); a
 * link to no web address ("/about/", "#top") what it shows.
 */
export function linkWords(href: string, shown: string): string {
  const text = shown.replace(/\s+/g, " ").trim();
  const url = /^https?:\/\//i.test(href.trim()) ? href.trim() : "";
  if (!url || !text) return text;
  const bare = (u: string) =>
    u
      .replace(/^[a-z][\w+.-]*:\/\/(?:www\.)?/i, "")
      .replace(/…$/, "")
      .replace(/\/$/, "");
  if (bare(url).startsWith(bare(text))) return url;
  return `${text} (${url})`;
}

/**
 * The lines of `html` as `dialect` writes it, blank lines between paragraphs, none at the start or
 * the end, each line's white space folded. Memory: the lines (the input is one field of an export,
 * bounded by its reader).
 */
export function htmlLines(html: string, dialect: HtmlDialect): string[] {
  const { silent: SILENT, line: LINE, paragraph: PARAGRAPH } = dialect;
  const blockTags = new Set([...LINE, ...PARAGRAPH, ...BLOCK]);
  const lines: string[] = [];
  let text = "";
  let prefix = "";
  let silent = 0;
  /** the element {@link HtmlDialect.silentWhere} left out, while its end is not read: its name and how deep it is nested in itself */
  let hushed: { name: string; depth: number } | null = null;
  let pre = 0;
  let blocks = 0;
  /** the lists around the text: ordered or not, a checklist or not, the items so far */
  const lists: Array<{ ordered: boolean; todo: boolean; n: number }> = [];
  /** the cells of the table row being read */
  let row: string[] | null = null;
  /** the rows of the table being read so far (a rule goes under its first) */
  let rows = 0;
  /** the link being read: where it leads and what it shows */
  let link: { href: string; text: string } | null = null;
  /** where the italics being read open in `text` (dialect.emphasis), or null */
  let italic: number | null = null;
  const end = (): void => {
    italic = null;
    const said = text.replace(/\s+/g, " ").trim();
    if (row) row.push(said);
    else if (said) lines.push(`${prefix}${said}`);
    text = "";
    prefix = "";
  };
  const blank = (): void => {
    if (lines.length > 0 && lines.at(-1) !== "") lines.push("");
  };
  /** Whether the tag `name` is set apart by blank lines here (a list item's paragraph is the item's line). */
  const spaced = (name: string): boolean => PARAGRAPH.has(name) && !row && !(name === "p" && lists.length > 0);
  /** Text split at its line breaks: the first part goes on the line being read, each other starts a line. */
  const lineByLine = (data: string): void => {
    const [first, ...rest] = data.split(/\r?\n/);
    text += first;
    for (const l of rest) {
      end();
      text = l;
    }
  };
  const write = (data: string): void => {
    if (link) link.text += data;
    else if (pre > 0) lineByLine(data);
    else if (!dialect.plainTextLines || row || (blocks > 0 && !/\S/.test(data))) text += data.replace(/\s+/g, " ");
    else
      data.split(/\r?\n[ \t]*(?:\r?\n[ \t]*)+/).forEach((para, i) => {
        if (i > 0) {
          end();
          blank();
        }
        lineByLine(para);
      });
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (hushed) {
          if (name === hushed.name) hushed.depth++;
          return;
        }
        if (silent === 0 && dialect.silentWhere?.(name, attrs)) {
          hushed = { name, depth: 1 };
          return;
        }
        if (silent > 0 || SILENT.has(name)) {
          if (SILENT.has(name)) silent++;
          return;
        }
        if (name === "a" && dialect.links && !link) {
          link = { href: attrs.href ?? "", text: "" };
          return;
        }
        if ((name === "em" || name === "i") && dialect.emphasis && !link && italic === null) {
          italic = text.length;
          return;
        }
        if (blockTags.has(name)) blocks++;
        if (name === "pre") pre++;
        if (spaced(name)) {
          end();
          blank();
        }
        if (name === "ul" || name === "ol")
          lists.push({ ordered: name === "ol", todo: dialect.checklists && /--en-todo\s*:\s*true/.test(attrs.style ?? ""), n: 0 });
        if (name === "table") rows = 0;
        if (name === "tr") {
          end();
          row = [];
        } else if (name === "td" || name === "th") text = "";
        else if (LINE.has(name) && !(row && name === "div")) {
          // (a list item's own line tag goes on the item's line)
          if (!(prefix && !text.trim())) end();
        }
        if (/^h[1-6]$/.test(name)) prefix = `${"#".repeat(Math.min(6, dialect.heading(Number(name[1]))))} `;
        if (name === "li") {
          const list = lists.at(-1);
          const n = list ? ++list.n : 1;
          prefix = list?.todo ? (/--en-checked\s*:\s*true/.test(attrs.style ?? "") ? "- [x] " : "- [ ] ") : list?.ordered ? `${n}. ` : "- ";
        }
        if (name === "en-todo" && dialect.checklists) prefix = attrs.checked === "true" ? "- [x] " : "- [ ] ";
        if (name === "br") {
          if (row) text += " ";
          else if (!text.trim() && !prefix) blank();
          else end();
        }
      },
      ontext(data) {
        if (silent === 0 && !hushed) write(dialect.strip ? data.replace(dialect.strip, "") : data);
      },
      onclosetag(name) {
        if (hushed) {
          if (name === hushed.name && --hushed.depth === 0) hushed = null;
          return;
        }
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
        if ((name === "em" || name === "i") && italic !== null) {
          // (its words between the marks, the white space at its edges outside them: "<em>Wild Geese </em>by" → "*Wild Geese* by")
          const inner = text.slice(italic);
          const words = inner.trim();
          if (words) text = `${text.slice(0, italic)}${/^\s*/.exec(inner)![0]}*${words}*${/\s*$/.exec(inner)![0]}`;
          italic = null;
          return;
        }
        if (blockTags.has(name) && blocks > 0) blocks--;
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
        if (spaced(name)) blank();
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
