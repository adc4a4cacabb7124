/**
 * Documents (format `document`): a PDF, a Word document (.docx), an RTF document (.rtf: TextEdit's,
 * WordPad's; TextEdit's .rtfd, a folder holding it as `TXT.rtf`) or an OpenDocument text (.odt:
 * LibreOffice Writer's, Google Docs' download) is read as a note of its text (note.ts `noteOf`): its
 * title, headings, paragraphs, lists and tables, as Markdown lines.
 * - A PDF's text is laid out again from pdf.js's positioned runs (pdf-layout.ts), page by page; it
 *   is of the day its document information says it was created (else the file's modification time).
 *   A PDF without text (a scan) or with a password is refused with why; pdf.js (Mozilla's pdfjs-dist)
 *   is loaded only when a PDF is read.
 * - A Word document is converted to HTML by mammoth (which opens its ZIP with JSZip and walks its
 *   XML: its headings, lists and tables; its images left out); its Title paragraph is the note's
 *   title; it is of the day the file was last modified.
 * - An RTF document is read a chunk at a time into the same HTML (rtf.ts), an OpenDocument text from
 *   its ZIP, opened with the same JSZip, content.xml streamed (odt.ts); each is of the day its own
 *   properties say it was last saved (RTF's `\revtim`, meta.xml's `dc:date`), else created, else of the
 *   file's modification time, and titled by its Title (else by its properties' title, else its
 *   file's name; a .rtfd's by its folder's). One of pictures only is refused as a note with no text,
 *   saying so, so a folder passes it over.
 * The HTML of Word, RTF and OpenDocument goes through the one walk that reads Evernote's (enml.ts
 * `enmlLines`). A document over {@link MAX_DOCUMENT_BYTES} is refused, so memory stays bounded: pdf.js,
 * mammoth and JSZip hold a document whole; RTF is streamed, its pictures never held.
 */
import { open, readFile, stat } from "node:fs/promises";
import { basename, dirname, extname } from "node:path";
import { enmlLines } from "../kit/enml.js";
import { NO_TEXT, noteOf } from "./note.js";
import { readOdt } from "./odt.js";
import { documentLines, type PageLine, pageLines, type TextRun } from "./pdf-layout.js";
import { readRtf } from "./rtf.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** Largest document read (bytes): 200 MiB; pdf.js, mammoth and JSZip hold a document whole, with its parsed structure. */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

/** What kind of document a file is: a PDF, a Word document (.docx), an RTF document, an OpenDocument (.odt), or none. */
export type DocumentKind = "pdf" | "docx" | "rtf" | "odt";

/** The start of a ZIP archive (a .docx and an .odt are one). */
const ZIP_MAGIC = Buffer.from("PK\x03\x04", "latin1");

/** An OpenDocument package's first entry, as its local header names it (at byte 30): `mimetype`, stored, then its media type. */
const ODF_MIMETYPE_ENTRY = "mimetypeapplication/vnd.oasis.opendocument.";

/**
 * The kind of document `file` is, from its first bytes: "pdf" when `%PDF-` opens its first KiB (as
 * readers allow junk before it); "rtf" when it opens with `{\rtf` (after a byte order mark or white
 * space); "odt" for a ZIP whose first entry is an OpenDocument's `mimetype` (whatever its name; the
 * reader refuses a spreadsheet or a presentation, saying so), or any ZIP named .odt; "docx" for a ZIP
 * named .docx; otherwise null.
 * @throws Node's fs error when the file cannot be read.
 */
export async function documentKind(file: string): Promise<DocumentKind | null> {
  const fh = await open(file, "r");
  try {
    const head = Buffer.alloc(1024);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    const start = head.subarray(0, bytesRead);
    if (start.indexOf("%PDF-", 0, "latin1") !== -1) return "pdf";
    if (
      /^\s*\{\\rtf/.test(
        start
          .subarray(0, 64)
          .toString("latin1")
          .replace(/^\xEF\xBB\xBF/, ""),
      )
    )
      return "rtf";
    if (!start.subarray(0, 4).equals(ZIP_MAGIC)) return null;
    const ext = extname(file).toLowerCase();
    if (start.subarray(30, 30 + ODF_MIMETYPE_ENTRY.length).toString("latin1") === ODF_MIMETYPE_ENTRY || ext === ".odt") return "odt";
    return ext === ".docx" ? "docx" : null;
  } finally {
    await fh.close();
  }
}

/** A font's PostScript name that says it is bold. */
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;

/** A pdf.js font, as its page's common objects hold it once loaded. */
interface PdfFont {
  name?: string;
  bold?: boolean;
  black?: boolean;
}

/** A pdf.js document, as much of it as is read here. */
interface PdfDocument {
  numPages: number;
  getMetadata(): Promise<{ info: object }>;
  getPage(n: number): Promise<{
    getOperatorList(): Promise<unknown>;
    getTextContent(): Promise<{ items: Array<{ str?: string; transform?: number[]; width?: number; fontName?: string }> }>;
    commonObjs: { has(id: string): boolean; get(id: string): unknown };
    cleanup(): void;
  }>;
  destroy(): Promise<void>;
}

/** The runs of text of page `n`, each with whether its font is bold (pdf.js loads a page's fonts, with their names, as it reads its operators). */
async function pageRuns(doc: PdfDocument, n: number): Promise<TextRun[]> {
  const page = await doc.getPage(n);
  await page.getOperatorList();
  const content = await page.getTextContent();
  const bold = new Map<string, boolean>();
  const isBold = (id: string): boolean => {
    if (!bold.has(id)) {
      const font = (page.commonObjs.has(id) ? page.commonObjs.get(id) : null) as PdfFont | null;
      bold.set(id, Boolean(font && (font.bold || font.black || BOLD_FONT.test(font.name ?? ""))));
    }
    return bold.get(id)!;
  };
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (typeof item.str !== "string" || !item.transform) continue;
    const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform;
    runs.push({ str: item.str, x, y, size: Math.hypot(b, d) || Math.abs(a), width: item.width ?? 0, bold: isBold(item.fontName ?? "") });
  }
  page.cleanup();
  return runs;
}

/** A document information's title worth showing: not blank, not a file name, not what a printer driver writes ("Microsoft Word - cv.docx"). */
function infoTitle(title: unknown): string | null {
  if (typeof title !== "string") return null;
  const t = title.replace(/^Microsoft (?:Word|PowerPoint|Excel) - /i, "").trim();
  return t && !/^untitled\b/i.test(t) && !/\.\w{2,4}$/.test(t) ? t : null;
}

/**
 * The note a PDF holds: its pages' text laid out as Markdown (pdf-layout.ts), titled by its first
 * line when that is set largest, else by its document information's title; of the day its document
 * information says it was created, else `mtime`.
 * @throws ImportError `PDF`: not a readable PDF; protected by a password; a scan with no text ({@link NO_TEXT}).
 */
async function readPdf(file: string, bytes: Uint8Array, mtime: number, onPage: (page: number, pages: number) => void): Promise<ParsedConversation> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc: PdfDocument;
  try {
    doc = (await pdfjs.getDocument({ data: bytes, verbosity: 0, useSystemFonts: false, stopAtErrors: false }).promise) as unknown as PdfDocument;
  } catch (err) {
    const e = err as Error;
    if (e.name === "PasswordException")
      throw new ImportError(file, "PDF", "the PDF is protected by a password: open it, save a copy without the password, and import that");
    throw new ImportError(file, "PDF", `not a readable PDF (${e.message})`);
  }
  try {
    const info = (await doc.getMetadata().catch(() => ({ info: {} }))).info as { Title?: unknown; CreationDate?: unknown };
    const pages: PageLine[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      pages.push(pageLines(await pageRuns(doc, n)));
      onPage(n, doc.numPages);
    }
    const lines = documentLines(pages);
    if (lines.length === 0) throw new ImportError(file, "PDF", `${NO_TEXT}: a scanned PDF (images of pages, no text to read)`);
    const title = infoTitle(info.Title);
    const titled = lines[0]?.startsWith("# ") || !title ? lines : [`# ${title}`, "", ...lines];
    const created = typeof info.CreationDate === "string" ? pdfjs.PDFDateString.toDateObject(info.CreationDate)?.getTime() : undefined;
    return noteOf(file, titled, created !== undefined && Number.isFinite(created) ? created : mtime);
  } finally {
    await doc.destroy();
  }
}

/**
 * The note a document's HTML holds (Word's from mammoth, RTF's and OpenDocument's as rtf.ts and odt.ts
 * write it: `<h1>` its Title, headings a level below) as Markdown lines, of the time `at`: titled by its
 * Title heading when that opens it (by `title`, its properties', where that holds the Title's words
 * and more), else by `title`, else by `named` (a .rtfd's folder), else by its file's name.
 * @throws ImportError a document with no text ({@link NO_TEXT}; "a document of pictures only" when
 *   `pictures` says it holds some).
 */
function htmlNote(
  file: string,
  html: string,
  at: number,
  meta: { title?: string | null; named?: string; pictures?: boolean } = {},
): Promise<ParsedConversation> {
  // (enml.ts writes <h1> as "## …": the Title's heading, when it opens the document, is the note's title)
  const lines = enmlLines(`<div>${html.replace(/<img\b[^>]*>/g, "")}</div>`);
  if (/^## (?!#)/.test(lines[0] ?? "")) lines[0] = `#${lines[0]!.slice(2)}`;
  if (lines.length === 0 && meta.pictures) throw new ImportError(file, "byte 0", `${NO_TEXT}: a document of pictures only`);
  const title = infoTitle(meta.title);
  const shown = /^# (.+)$/.exec(lines[0] ?? "")?.[1];
  // (a Title that the properties' title says more of is that title: "Spring 2027 campaign brief" of "Brightwell – Spring 2027 campaign brief")
  if (shown && title && title.length > shown.length && title.toLowerCase().includes(shown.toLowerCase())) lines[0] = `# ${title}`;
  const titled = lines.length === 0 || lines[0]!.startsWith("# ") || !title ? lines : [`# ${title}`, "", ...lines];
  return noteOf(file, titled, at, undefined, meta.named);
}

/**
 * The note a Word document holds: mammoth's HTML of it ({@link htmlNote}), of the day it was last
 * modified (`mtime`).
 * @throws ImportError `DOCX`: not a readable Word document.
 */
async function readDocx(file: string, mtime: number): Promise<ParsedConversation> {
  const { default: mammoth } = await import("mammoth");
  let html: string;
  try {
    // (a Title paragraph is the document's title; its headings one level below it)
    const styleMap = ["p[style-name='Title'] => h1:fresh", ...[1, 2, 3, 4, 5].map((n) => `p[style-name='heading ${n}'] => h${n + 1}:fresh`)];
    html = (await mammoth.convertToHtml({ path: file }, { styleMap, includeDefaultStyleMap: true, ignoreEmptyParagraphs: true })).value;
  } catch (err) {
    throw new ImportError(file, "DOCX", `not a readable Word document (${(err as Error).message})`);
  }
  return htmlNote(file, html, mtime);
}

/** The folder's name of TextEdit's rich text document with attachments that `file` is the text of (`Harbour Cafe.rtfd/TXT.rtf` → "Harbour Cafe"), else undefined. */
function rtfdName(file: string): string | undefined {
  return /^TXT\.rtf$/i.test(basename(file)) && /\.rtfd$/i.test(dirname(file)) ? basename(dirname(file)).replace(/\.rtfd$/i, "") : undefined;
}

/**
 * Reads the document `file` (a PDF, a .docx, an RTF document or an OpenDocument text,
 * {@link documentKind}) into one note (format `note`: the user's paragraphs, as note.ts reads a
 * Markdown note; each turn's metadata `document`: "pdf", "docx", "rtf" or "odt"). `onProgress` is told
 * the bytes read as pages are laid out (a PDF's pages in equal shares of its size) or as RTF is read.
 * @throws ImportError naming the file: a file that is no document, one over {@link MAX_DOCUMENT_BYTES},
 *   an unreadable or password-protected PDF or OpenDocument, another kind of OpenDocument (a
 *   spreadsheet), a scan with no text, a document of pictures only, a document with no text.
 */
export async function parseDocument(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): Promise<ParsedConversation> {
  const kind = await documentKind(file);
  const { size, mtimeMs } = await stat(file);
  if (!kind)
    throw new ImportError(
      file,
      "byte 0",
      "not a document (expected a PDF, starting %PDF-, a Word .docx, an RTF document, starting {\\rtf, or an OpenDocument text .odt)",
    );
  if (size > MAX_DOCUMENT_BYTES) {
    throw new ImportError(
      file,
      "byte 0",
      `the document is too large to read (${size.toLocaleString("en-US")} bytes; at most ${MAX_DOCUMENT_BYTES.toLocaleString("en-US")})`,
    );
  }
  const mtime = Math.floor(mtimeMs);
  let read: ParsedConversation;
  if (kind === "pdf")
    read = await readPdf(file, new Uint8Array(await readFile(file)), mtime, (page, pages) => opts.onProgress?.(Math.round((size * page) / pages), size));
  else if (kind === "docx") read = await readDocx(file, mtime);
  else {
    const doc = kind === "rtf" ? await readRtf(file, size, opts.onProgress) : await readOdt(file, new Uint8Array(await readFile(file)));
    read = await htmlNote(file, doc.html, doc.savedAt ?? mtime, {
      title: doc.title,
      named: kind === "rtf" ? rtfdName(file) : undefined,
      pictures: doc.pictures,
    });
  }
  opts.onProgress?.(size, size);
  // (each paragraph says it is a document's, for the memories made of it: "User's document: …")
  return { ...read, turns: read.turns.map((t) => ({ ...t, metadata: { ...t.metadata, document: kind } })) };
}
