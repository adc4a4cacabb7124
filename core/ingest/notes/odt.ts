/**
 * OpenDocument text (.odt: LibreOffice Writer's, Google Docs' "Download → OpenDocument Format")
 * read as a document's text (OASIS OpenDocument 1.3: part 2, the package; part 3, the schema). The
 * package is a ZIP opened with JSZip, the library mammoth opens a Word document's ZIP with: its
 * `mimetype` says it is a text document (a spreadsheet or a presentation is refused, saying which),
 * `META-INF/manifest.xml` whether it is encrypted (`manifest:encryption-data`: a password-protected
 * document is refused, saying so), `meta.xml` its title (`dc:title`) and when it was last saved
 * (`dc:date`, else `meta:creation-date`; LibreOffice writes them with no zone: UTC). `styles.xml` and
 * content.xml's automatic styles say which paragraphs are the Title (a style named so, or based on it)
 * and which lists are numbered (`text:list-level-style-number`); content.xml is then streamed through
 * htmlparser2 (XML mode) straight out of the ZIP, at most {@link MAX_XML_BYTES} of it:
 * - `text:h` is a heading of its `text:outline-level`, a Title paragraph the document's title, every
 *   other `text:p` a paragraph; `text:list`'s items a list, nested ones too; `table:table`'s rows and
 *   cells a table (a cell's paragraphs joined, a covered cell empty);
 * - a footnote or endnote (`text:note`) is a paragraph after the paragraph, list or table citing it,
 *   its citation number left out; so is a text box's text (`draw:text-box`);
 * - `text:s`, `text:tab` and `text:line-break` are spaces, a tab and a line break; spans and links
 *   their words; fields their shown text;
 * - tracked changes' deleted text (kept in `text:tracked-changes`), comments (`office:annotation`),
 *   tables of contents and other indexes (the headings again), hidden text, a numbered heading's
 *   number (`text:number`) and pictures are no words.
 * What it makes is HTML of those blocks, which document.ts reads as a Word document's HTML is read.
 */
import { Readable } from "node:stream";
import { Parser } from "htmlparser2";
import type JSZip from "jszip";
import { escapeData } from "../../util/quote.js";
import { utf8Text } from "../kit/bytes.js";
import { ImportError } from "../kit/types.js";

/** The media type in an OpenDocument text's `mimetype` entry. */
export const ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

/** Largest XML entry read (bytes, as stored uncompressed): 256 MiB, so a ZIP that inflates without end is refused. */
export const MAX_XML_BYTES = 256 * 1024 * 1024;

/** Largest small entry read whole (`mimetype`, the manifest, meta.xml): 4 MiB. */
const MAX_SMALL_BYTES = 4 * 1024 * 1024;

/** What an OpenDocument text holds, as {@link readOdt} reads it. */
export interface OdtDocument {
  /** Its text as HTML: `<h1>` (the Title), `<h2>`–`<h6>` (headings), `<p>`, `<ul>`/`<ol>`, `<table>`. */
  html: string;
  /** meta.xml's `dc:title`, if any. */
  title: string | null;
  /** When meta.xml says it was last saved (`dc:date`), else created (epoch ms, UTC); null when it says neither. */
  savedAt: number | null;
  /** Whether it holds a picture (`draw:image`), so a document of pictures alone can be said to be one. */
  pictures: boolean;
}

/** The kinds of OpenDocument the other media types are, to say what a file is that is no text. */
const KINDS: Record<string, string> = {
  spreadsheet: "a spreadsheet (LibreOffice Calc's .ods)",
  presentation: "a presentation (LibreOffice Impress's .odp)",
  graphics: "a drawing (LibreOffice Draw's .odg)",
  formula: "a formula (LibreOffice Math's .odf)",
  "text-template": "a text template (.ott)",
  "text-master": "a master document (.odm)",
};

/** Elements whose content is no words of the document. */
const SKIPPED = new Set([
  "text:tracked-changes",
  "office:annotation",
  "text:sequence-decls",
  "text:variable-decls",
  "text:user-field-decls",
  "text:table-of-content",
  "text:alphabetical-index",
  "text:illustration-index",
  "text:table-index",
  "text:object-index",
  "text:user-index",
  "text:bibliography",
  "text:note-citation",
  "text:number",
  "text:hidden-text",
  "office:forms",
  "office:scripts",
  "office:event-listeners",
  "svg:title",
  "svg:desc",
  "draw:image",
]);

/** A time as meta.xml holds one ("2026-10-20T09:15:33.204000000", a zone rarely): epoch ms, a time with no zone UTC; null for none. */
function odfTime(text: string | undefined): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?$/.exec((text ?? "").trim());
  if (!m) return null;
  const ms = m[3] ? `.${m[3].slice(0, 3).padEnd(3, "0")}` : "";
  const at = Date.parse(`${m[1]}T${m[2] ?? "00:00:00"}${ms}${m[4] ?? "Z"}`);
  return Number.isNaN(at) ? null : at;
}

/** The text of the small entry `name` of `zip` (at most {@link MAX_SMALL_BYTES}), or null when there is none. @throws ImportError naming the entry when it is larger or cannot be read. */
async function smallEntry(file: string, zip: JSZip, name: string): Promise<string | null> {
  const entry = zip.file(name);
  if (!entry) return null;
  const bytes = await entry.async("uint8array").catch((err: Error) => {
    throw new ImportError(file, name, `cannot be read (${err.message})`);
  });
  if (bytes.length > MAX_SMALL_BYTES) throw new ImportError(file, name, `too large (${bytes.length.toLocaleString("en-US")} bytes)`);
  return new TextDecoder().decode(bytes);
}

/** Streams the XML entry `name` of `zip` through `parser` (at most {@link MAX_XML_BYTES}). @throws ImportError naming the entry: larger, not UTF-8, or not inflating. */
async function streamEntry(file: string, zip: JSZip, name: string, parser: Parser): Promise<void> {
  const entry = zip.file(name);
  if (!entry) return;
  let read = 0;
  const onBytes = (n: number): void => {
    read += n;
    if (read > MAX_XML_BYTES) throw new ImportError(file, name, `too large to read (over ${MAX_XML_BYTES.toLocaleString("en-US")} bytes uncompressed)`);
  };
  try {
    for await (const text of utf8Text(new Readable().wrap(entry.nodeStream("nodebuffer")), file, onBytes)) parser.write(text);
    parser.end();
  } catch (err) {
    if (err instanceof ImportError && err.location.startsWith(name)) throw err;
    const e = err as Error;
    throw new ImportError(
      file,
      err instanceof ImportError ? `${name}, ${err.location}` : name,
      `cannot be read (${e.message.replace(/^.*?: (?=invalid)/, "")})`,
    );
  }
}

/**
 * The walk over styles.xml and content.xml: the styles first (a paragraph style's parent, a list
 * style's numbered levels), then the body's blocks as HTML. A list nested in a list is told with it,
 * its items items of the outer list; a list or a table in a table's cell, its words in the cell.
 */
class OdtWalker {
  private readonly out: string[] = [];
  pictures = false;
  private readonly parents = new Map<string, string>();
  private readonly numbered = new Map<string, Set<number>>();
  private listStyle = "";
  private body = false;
  private skip = 0;
  /** The open paragraphs and headings, each with the close tag it was written with ("" when it is written inline). */
  private readonly paras: string[] = [];
  /** The lists open, each with its style; the tag the outermost was written with (null: told inline, in a cell). */
  private readonly lists: string[] = [];
  private listTag: "ul" | "ol" | null = null;
  private itemOpen = false;
  private itemParas = 0;
  /** The tables open; whether the outermost is written as a table (not inside a list); the cells open; the paragraphs of the cell open. */
  private tables = 0;
  private tableTags = false;
  private cells = 0;
  private cellParas = 0;
  /** Depth in a footnote or a text box, whose words are told after the block citing them, and those words. */
  private side = 0;
  private sideText = "";
  private readonly pending: string[] = [];

  readonly handlers = {
    onopentag: (name: string, attrs: Record<string, string>) => this.open(name, attrs),
    ontext: (text: string) => this.text(text),
    onclosetag: (name: string) => this.close(name),
  };

  /** Whether the paragraph style `name` is the Title or is based on it. */
  private isTitle(name: string | undefined): boolean {
    for (let n = name, hops = 0; n && hops < 12; n = this.parents.get(n), hops++) if (n === "Title") return true;
    return false;
  }

  private open(name: string, attrs: Record<string, string>): void {
    if (this.skip > 0 || SKIPPED.has(name)) {
      if (name === "draw:image") this.pictures = true;
      this.skip++;
      return;
    }
    if (name === "style:style" && attrs["style:name"] && attrs["style:parent-style-name"])
      this.parents.set(attrs["style:name"], attrs["style:parent-style-name"]);
    else if (name === "text:list-style") this.listStyle = attrs["style:name"] ?? "";
    else if (name === "text:list-level-style-number" && attrs["style:num-format"] !== "") {
      const levels = this.numbered.get(this.listStyle) ?? new Set<number>();
      this.numbered.set(this.listStyle, levels.add(Number(attrs["text:level"] ?? 1)));
    } else if (name === "office:text") this.body = true;
    if (!this.body) return;
    if (name === "text:note" || name === "draw:text-box") this.side++;
    else if (this.side > 0) {
      if (name === "text:s") this.sideText += " ".repeat(Math.min(Number(attrs["text:c"] ?? 1), 64));
      else if (/^text:(?:p|h|tab|line-break)$/.test(name)) this.sideText += " ";
    } else if (name === "text:p" || name === "text:h") this.openPara(name, attrs);
    else if (name === "text:list") {
      const style = attrs["text:style-name"] ?? this.lists.at(-1) ?? "";
      if (this.lists.length === 0 && this.cells === 0 && this.tables === 0) {
        this.listTag = this.numbered.get(style)?.has(1) ? "ol" : "ul";
        this.out.push(`<${this.listTag}>`);
      }
      this.lists.push(style);
    } else if ((name === "text:list-item" || name === "text:list-header") && this.listTag && this.cells === 0) {
      this.out.push(this.itemOpen ? "</li><li>" : "<li>");
      this.itemOpen = true;
      this.itemParas = 0;
    } else if (name === "table:table") {
      if (this.tables++ === 0 && this.cells === 0 && this.lists.length === 0) {
        this.tableTags = true;
        this.out.push("<table>");
      }
    } else if (name === "table:table-row" && this.tableTags && this.tables === 1) this.out.push("<tr>");
    else if (name === "table:table-cell" || name === "table:covered-table-cell") {
      if (this.cells++ === 0) this.cellParas = 0;
      if (this.tableTags && this.tables === 1 && this.cells === 1) this.out.push("<td>");
    } else if (name === "text:s") this.write(" ".repeat(Math.min(Number(attrs["text:c"] ?? 1), 64)));
    else if (name === "text:tab") this.write("\t");
    else if (name === "text:line-break") this.write(this.cells > 0 ? " " : "\n");
  }

  /** A paragraph or heading of the body opens: its tag, or its words' place in the list item or cell it is in. */
  private openPara(name: string, attrs: Record<string, string>): void {
    if (this.paras.length > 0) {
      this.paras.push("");
      return;
    }
    if (this.cells > 0) {
      if (this.cellParas++ > 0) this.out.push(" ");
      this.paras.push("");
    } else if (this.lists.length > 0) {
      if (this.itemParas++ > 0) this.out.push("<br/>");
      this.paras.push("");
    } else {
      const level = name === "text:h" ? Math.min(6, Math.max(1, Number(attrs["text:outline-level"] ?? 1)) + 1) : this.isTitle(attrs["text:style-name"]) ? 1 : 0;
      const tag = level ? `h${level}` : "p";
      this.out.push(`<${tag}>`);
      this.paras.push(`</${tag}>`);
    }
  }

  /** Words of the body, where they go: a note's or a text box's, or the paragraph open's. */
  private write(text: string): void {
    if (this.side > 0) this.sideText += text;
    else if (this.paras.length > 0) this.out.push(text === "\n" ? "<br/>" : escapeData(text));
  }

  private text(text: string): void {
    if (this.skip === 0 && this.body) this.write(text);
  }

  private close(name: string): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    if (name === "text:list-style") this.listStyle = "";
    if (name === "office:text") this.body = false;
    if (!this.body) return;
    if (name === "text:note" || name === "draw:text-box") {
      if (--this.side === 0) {
        if (this.sideText.trim()) this.pending.push(this.sideText.replace(/\s+/g, " ").trim());
        this.sideText = "";
      }
      return;
    }
    if (this.side > 0) return;
    let ended = false;
    if (name === "text:p" || name === "text:h") {
      const tag = this.paras.pop();
      if (tag) this.out.push(tag);
      ended = this.paras.length === 0 && this.cells === 0 && this.lists.length === 0 && this.tables === 0;
    } else if ((name === "text:list-item" || name === "text:list-header") && this.listTag && this.cells === 0 && this.itemOpen) {
      this.out.push("</li>");
      this.itemOpen = false;
    } else if (name === "text:list") {
      this.lists.pop();
      if (this.lists.length === 0 && this.listTag) {
        this.out.push(`</${this.listTag}>`);
        this.listTag = null;
        ended = true;
      }
    } else if (name === "table:table-cell" || name === "table:covered-table-cell") {
      if (this.tableTags && this.tables === 1 && this.cells === 1) this.out.push("</td>");
      this.cells = Math.max(0, this.cells - 1);
    } else if (name === "table:table-row" && this.tableTags && this.tables === 1) this.out.push("</tr>");
    else if (name === "table:table" && this.tables > 0 && --this.tables === 0 && this.tableTags) {
      this.out.push("</table>");
      this.tableTags = false;
      ended = true;
    }
    if (ended) {
      for (const note of this.pending) this.out.push(`<p>${escapeData(note)}</p>`);
      this.pending.length = 0;
    }
  }

  /** The document's HTML, with the notes no block was closed after (a document ending inside one). */
  html(): string {
    return [...this.out, ...this.pending.map((n) => `<p>${escapeData(n)}</p>`)].join("");
  }
}

/**
 * Reads the OpenDocument text whose bytes are `bytes` (the file `file`).
 * @throws ImportError naming the file and the entry: no ZIP, another kind of OpenDocument, a
 *   password-protected document, no content.xml, an entry that cannot be read or is too large.
 */
export async function readOdt(file: string, bytes: Uint8Array): Promise<OdtDocument> {
  const { default: JSZipClass } = await import("jszip");
  let zip: JSZip;
  try {
    zip = await JSZipClass.loadAsync(bytes);
  } catch (err) {
    throw new ImportError(file, "ZIP", `not a readable OpenDocument text (${(err as Error).message})`);
  }
  const mimetype = (await smallEntry(file, zip, "mimetype"))?.trim();
  if (mimetype && mimetype !== ODT_MIMETYPE) {
    const kind = /^application\/vnd\.oasis\.opendocument\.(.+)$/.exec(mimetype)?.[1];
    const what = kind ? (KINDS[kind] ?? `an OpenDocument ${kind}`) : `no OpenDocument (its mimetype is ${JSON.stringify(mimetype.slice(0, 80))})`;
    throw new ImportError(file, "mimetype", `${what}, not a text document: only text documents (.odt) are read`);
  }
  const manifest = (await smallEntry(file, zip, "META-INF/manifest.xml")) ?? "";
  if (/<manifest:encryption-data\b/.test(manifest) || zip.file("encrypted-package"))
    throw new ImportError(
      file,
      "META-INF/manifest.xml",
      'the document is protected by a password: open it in LibreOffice, save a copy without the password (File → Save As, "Save with password" unticked), and import that',
    );
  if (!zip.file("content.xml")) throw new ImportError(file, "content.xml", "no content.xml: not an OpenDocument text");
  const meta: Record<string, string> = {};
  const metaXml = await smallEntry(file, zip, "meta.xml");
  if (metaXml) {
    let field = "";
    const parser = new Parser(
      {
        onopentag: (name) => {
          field = name;
        },
        ontext: (text) => {
          if (field) meta[field] = (meta[field] ?? "") + text;
        },
        onclosetag: () => {
          field = "";
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
    parser.end(metaXml);
  }
  const walker = new OdtWalker();
  await streamEntry(file, zip, "styles.xml", new Parser(walker.handlers, { xmlMode: true, decodeEntities: true }));
  await streamEntry(file, zip, "content.xml", new Parser(walker.handlers, { xmlMode: true, decodeEntities: true }));
  const title = meta["dc:title"]?.replace(/\s+/g, " ").trim();
  return {
    html: walker.html(),
    title: title || null,
    savedAt: odfTime(meta["dc:date"]) ?? odfTime(meta["meta:creation-date"]),
    pictures: walker.pictures,
  };
}
