/**
 * Evernote's note markup (ENML: XHTML inside `<en-note>`) as Markdown lines, which note.ts `noteOf`
 * reads as any note: a `<div>` or `<p>` is a line (Evernote writes one `<div>` per line and an empty
 * `<div><br /></div>` between paragraphs, which is a blank line), a heading `## …`, a list's items
 * `- …` or `1. …`, a checklist's items `- [x] …` / `- [ ] …` (Evernote 10's `--en-todo` lists and the
 * legacy `<en-todo checked="true"/>`), a table's rows `| a | b |`. Attachments (`<en-media>`), encrypted
 * text (`<en-crypt>`: ciphertext, never words) and scripts or styles say nothing and are left out.
 * Tokenised by htmlparser2 (HTML mode, so `&nbsp;` and the other HTML entities ENML allows are decoded).
 */
import { Parser } from "htmlparser2";

/** Tags whose text is no words of the note: attachments, encrypted text, code that is not shown. */
const SILENT = new Set(["en-media", "en-crypt", "script", "style", "object", "embed", "img"]);
/** Tags that start and end a line. */
const LINE = new Set(["div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre"]);
/** Tags set apart from the text around them by a blank line (a paragraph, a heading, a list, a table). */
const PARAGRAPH = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "hr"]);

/**
 * The lines of a note's ENML `enml` (the text of `<content>`, its XML declaration and doctype
 * included), blank lines between paragraphs, none at the start or the end. Headings are one level
 * below the note's title (`<h1>` → `## …`).
 */
export function enmlLines(enml: string): string[] {
  const lines: string[] = [];
  let text = "";
  let prefix = "";
  let silent = 0;
  /** the lists around the text: ordered or not, a checklist or not, the items so far */
  const lists: Array<{ ordered: boolean; todo: boolean; n: number }> = [];
  /** the cells of the table row being read, and the text of its cell */
  let row: string[] | null = null;
  /** the rows of the table being read so far (its first is its header: a rule goes under it) */
  let rows = 0;
  const end = (): void => {
    const said = text.replace(/\s+/g, " ").trim();
    if (row) row.push(said);
    else if (said) lines.push(`${prefix}${said}`);
    text = "";
    prefix = "";
  };
  const blank = (): void => {
    if (lines.length > 0 && lines.at(-1) !== "") lines.push("");
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (SILENT.has(name) || silent > 0) {
          silent += name === "img" || name === "en-media" ? 0 : 1;
          return;
        }
        if (PARAGRAPH.has(name) && !row) {
          end();
          blank();
        }
        if (name === "ul" || name === "ol") lists.push({ ordered: name === "ol", todo: /--en-todo\s*:\s*true/.test(attrs.style ?? ""), n: 0 });
        if (name === "table") rows = 0;
        if (name === "tr") {
          end();
          row = [];
        } else if (name === "td" || name === "th") text = "";
        else if (LINE.has(name) && !(row && name === "div")) {
          // (a list item's own <div> goes on the item's line)
          if (!(name === "div" && prefix && !text.trim())) end();
        }
        if (/^h[1-6]$/.test(name)) prefix = `${"#".repeat(Math.min(6, Number(name[1]) + 1))} `;
        if (name === "li") {
          const list = lists.at(-1);
          const n = list ? ++list.n : 1;
          prefix = list?.todo ? (/--en-checked\s*:\s*true/.test(attrs.style ?? "") ? "- [x] " : "- [ ] ") : list?.ordered ? `${n}. ` : "- ";
        }
        if (name === "en-todo") prefix = attrs.checked === "true" ? "- [x] " : "- [ ] ";
        if (name === "br") {
          // (an empty line's <br />, "<div><br /></div>", is a blank line between paragraphs)
          if (!text.trim() && !row) blank();
          else end();
        }
      },
      ontext(data) {
        if (silent === 0) text += data;
      },
      onclosetag(name) {
        if (silent > 0) {
          if (SILENT.has(name) && name !== "img" && name !== "en-media") silent--;
          return;
        }
        if (name === "ul" || name === "ol") lists.pop();
        if (name === "tr") {
          const cells = row ?? [];
          row = null;
          text = "";
          if (cells.some(Boolean)) {
            lines.push(`| ${cells.join(" | ")} |`);
            // (Evernote's tables have no header cells: the first row names the columns, as in Markdown)
            if (rows++ === 0) lines.push(`|${" --- |".repeat(cells.length)}`);
          }
        } else if (name === "td" || name === "th" || (LINE.has(name) && !(row && name === "div"))) end();
        if (PARAGRAPH.has(name) && !row) blank();
      },
    },
    { recognizeSelfClosing: true, decodeEntities: true },
  );
  parser.write(enml);
  parser.end();
  end();
  while (lines.at(-1) === "") lines.pop();
  return lines;
}
