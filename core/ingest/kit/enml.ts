/**
 * Evernote's note markup (ENML: XHTML inside `<en-note>`) as Markdown lines, which note.ts `noteOf`
 * reads as any note: a `<div>` or `<p>` is a line (Evernote writes one `<div>` per line and an empty
 * `<div><br /></div>` between paragraphs, which is a blank line), a heading `## …`, a list's items
 * `- …` or `1. …`, a checklist's items `- [x] …` / `- [ ] …` (Evernote 10's `--en-todo` lists and the
 * legacy `<en-todo checked="true"/>`), a table's rows `| a | b |`. Attachments (`<en-media>`), encrypted
 * text (`<en-crypt>`: ciphertext, never words) and scripts or styles say nothing and are left out.
 * The walk is html-lines.ts's; this is Evernote's dialect of it, which other exports' rich text
 * (Standard Notes' rich text, Daylio's and Goodreads' HTML, a document's) is read with too.
 */
import { type HtmlDialect, htmlLines } from "./html-lines.js";

/** Evernote's HTML: links are their words, text outside tags is one line, checklists are read, `<h1>` is `##`. */
const ENML: HtmlDialect = {
  silent: new Set(["en-media", "en-crypt", "script", "style", "object", "embed", "img"]),
  line: new Set(["div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre"]),
  paragraph: new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "hr"]),
  heading: (n) => n + 1,
  links: false,
  plainTextLines: false,
  checklists: true,
};

/**
 * The lines of a note's ENML `enml` (the text of `<content>`, its XML declaration and doctype
 * included), blank lines between paragraphs, none at the start or the end. Headings are one level
 * below the note's title (`<h1>` → `## …`).
 */
export function enmlLines(enml: string): string[] {
  return htmlLines(enml, ENML);
}
