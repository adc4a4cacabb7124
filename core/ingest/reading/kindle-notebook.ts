/**
 * A book's notebook as the Kindle app exports it (iPhone, iPad and Android: Notebook → Export →
 * "Citation style: None", which emails "<Book title> - Notebook.html"; Kindle for PC and Mac: Show
 * Notebook → Export) → the book's conversation of format `kindle`, in the shapes of its clippings
 * (kindle.ts): each highlight quoted whole with the note typed at it, a note alone told as a note on the
 * book. A book's notebook and its clippings are one conversation, and a highlight both hold is stored
 * once (kindle.ts `bookConversations`).
 *
 * The file is an XHTML page: Amazon's style sheet, then `<div class="bodyContainer">`, `<div
 * class="notebookFor">Notebook Export</div>` (older apps "Notebook for", Kindle for PC and Mac "Notes and
 * highlights for", in an `<h1>`), `<div class="bookTitle">`, `<div class="authors">` (as the store
 * files them: "James Clear", "Leslie, Ian"), `<div class="citation">` (empty with no citation style), an
 * `<hr />`, then each chapter's `<div class="sectionHeading">` and each highlight's `<div
 * class="noteHeading">Highlight (<span class="highlight_yellow">yellow</span>) - Page 27 · Location
 * 401</div>` (an older app's "Highlight (…) -  Location 590" in a book with no page numbers; the newer
 * "Highlight(…)"; a sub-chapter before a " > ", "Book Five > Page 60 · Location 1020"), then its words,
 * `<div class="noteText">…</div>`. A note typed at a highlight comes right after it, "Note - Page 27 ·
 * Location 402": at the highlight's last location when typed on a Kindle, at its first when typed in the
 * app, so a note is the highlight's when it follows it within the highlight's span (its first location
 * plus one for each 100 characters of it, and one more); any other note stands alone. Kindle for PC and
 * Mac mismatch their tags (`<h2 class='sectionHeading'>…</h2>`, `<h3 class='noteHeading'>…</div><div
 * class='noteText'>…</h3>`) and space their words' punctuation ("the way ." "faith ’ ,"), which is
 * closed up again; so each element is read by its class, whatever its tag, to the end of the next tag
 * that is no inline one (span, i, b, em, a …) or the next element with a class of the notebook's.
 * Checked against public converters and their test files: krystofl/kindle-notes-to-md (its
 * example_notebook.html, an Android export), dempe/blog's "Converting Kindle Notes to Markdown" (an
 * iPhone export of 2023), kindlenotes2md's test file ("Notebook Export", "Highlight(…) - Page 2 ·
 * Location 187"), the Inkdrop Kindle plugin's README (Kindle for Mac's mismatched tags), a calibre
 * plugin's notes on the notebook (one location, no times) and a Kindle for Mac export of "Conflicted"
 * kept whole in a Notion integration's README (notes after their highlights, an image's highlight with
 * no words, the spaced punctuation).
 *
 * A notebook holds no date: every highlight is of the day it was exported, the file's modification time
 * (the export is emailed and saved the same day). English headings are read for the page and location
 * ("Page", "Location"); another language's are kept as written, a highlight told by its colour's span.
 * Bookmarks, and a highlight of an image (no words), are passed over. Read a line at a time (html-feed.ts
 * `feedHtmlLines`) through htmlparser2; the book's highlights are held to the file's end (one conversation).
 */
import { stat } from "node:fs/promises";
import { Parser } from "htmlparser2";
import { feedHtmlLines } from "../kit/html-feed.js";
import { authorOf, type Clipping, type ClippingRead, bookConversations, placeOf } from "./kindle.js";
import { NO_TEXT } from "../notes/note.js";
import { MAX_MESSAGE_CHARS } from "../kit/passages.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** The classes of a notebook's elements that hold its words. */
type Part = "notebookFor" | "bookTitle" | "authors" | "citation" | "sectionHeading" | "noteHeading" | "noteText";
/** {@link Part}'s classes, to tell an element of one. */
const PARTS: ReadonlySet<string> = new Set<Part>(["notebookFor", "bookTitle", "authors", "citation", "sectionHeading", "noteHeading", "noteText"]);
/** Tags inside an element's words that do not end it (a heading's colour span, italics). */
const INLINE: ReadonlySet<string> = new Set(["span", "i", "b", "em", "strong", "u", "a", "sup", "sub", "small", "font", "br"]);
/** A heading: its kind's word (group 1), its colour in brackets (2), then " - " and where it is (3). */
const HEADING = /^(.*?)\s*(?:\(([^()]*)\))?\s+-\s+(.*)$/s;
/** A start tag with the class `name` (`<div class="bookTitle">`, `<h3 class='noteHeading'>`). */
const classTag = (name: string) => new RegExp(String.raw`<[a-z][a-z0-9]*\s[^>]*class\s*=\s*["']${name}["']`, "i");
/** The start tags a notebook opens with: its body's, its book's title's, "Notebook Export"'s and a highlight's heading's. */
const BODY = classTag("bodyContainer");
const TITLE = classTag("bookTitle");
const NOTEBOOK_FOR = classTag("notebookFor");
const NOTE_HEADING = classTag("noteHeading");
/** Characters of a highlight that take up one of a Kindle's locations, at least (a note at its end is within them). */
const CHARS_PER_LOCATION = 100;

/**
 * Whether `head` (a file's start, white space before it dropped) is a Kindle notebook: an HTML page
 * whose body opens with `<div class="bodyContainer">` and names the book, `class="bookTitle"`, and
 * the notebook, `class="notebookFor"` or a highlight's `class="noteHeading"` (single quotes in Kindle for
 * PC and Mac's); the style sheet before it (Amazon's, about 2 KiB) names the classes but is no element.
 */
export function isKindleNotebook(head: string): boolean {
  const start = head.slice(0, 65_536);
  if (!start.startsWith("<")) return false;
  return BODY.test(start) && TITLE.test(start) && (NOTEBOOK_FOR.test(start) || NOTE_HEADING.test(start));
}

/**
 * Whether a file read as format `kindle` (`head`, its start, white space before it dropped) is read as
 * a notebook: one ({@link isKindleNotebook}), or any other page of markup, which no Kindle's clippings
 * open with (its reader then says what it lacks), rather than as My Clippings.txt.
 */
export function opensAsNotebook(head: string): boolean {
  return isKindleNotebook(head) || head.startsWith("<");
}

/** An element of the notebook being read: its part, its words so far, the line it opens on, its colour (a heading's span). */
interface Open {
  part: Part;
  text: string;
  line: number;
  colour: string | null;
}

/** A highlight, note or bookmark as the notebook lists it: its heading's parts, its words, its chapter, the line its heading is on. */
interface Entry {
  kind: "highlight" | "note" | "bookmark";
  colour: string | null;
  at: string;
  text: string;
  section: string | null;
  line: number;
}

/** An element's words: white space made one, and a highlight's or note's in Kindle for PC and Mac's notebook (`desktop`) with its spaced punctuation closed up ("faith ’ , ‘ get" → "faith’, ‘get"). */
function wordsOf(o: Open, desktop: boolean): string {
  const text = o.text.replace(/\s+/g, " ").trim();
  if (!desktop || o.part !== "noteText") return text;
  return text
    .replace(/ ([.,;:!?)\]’”])/g, "$1")
    .replace(/([([‘“]) /g, "$1")
    .replace(/(\w) - (\w)/g, "$1-$2");
}

/** A heading's kind, colour and place ("Highlight(yellow) - Page 27 · Location 401"); a heading of no English kind word is a highlight when it has a colour, else a note. */
function headingOf(text: string, colour: string | null): Omit<Entry, "text" | "section" | "line"> {
  const m = HEADING.exec(text);
  const word = (m?.[1] ?? text).trim().toLowerCase();
  const kind = word.startsWith("highlight")
    ? "highlight"
    : word.startsWith("note")
      ? "note"
      : word.startsWith("bookmark")
        ? "bookmark"
        : colour
          ? "highlight"
          : "note";
  return { kind, colour: colour ?? m?.[2]?.trim() ?? null, at: (m?.[3] ?? "").trim() };
}

/**
 * The notebook's highlights and notes as clippings (kindle.ts `ClippingRead`), each note that follows a
 * highlight within its span told with it, all at `at` (epoch ms); bookmarks and highlights with no words
 * passed over. Metadata besides `clipping`: `notebook: { section, colour }`.
 */
function readsOf(entries: readonly Entry[], book: string, author: string | null, at: number): ClippingRead[] {
  const reads: ClippingRead[] = [];
  let last: { read: ClippingRead; location: number | null; chars: number } | null = null;
  for (const e of entries) {
    const after = last;
    last = null;
    if (e.kind === "bookmark" || !e.text) continue;
    const where = placeOf(e.at);
    const clipping: Clipping = { kind: e.kind, book, author, place: where.place, location: where.location, at: e.at };
    if (e.kind === "note" && after && after.read.note === null && within(after.location, after.chars, where.location)) {
      after.read.note = e.text;
      continue;
    }
    const notebook = { ...(e.section ? { section: e.section } : {}), ...(e.colour && e.kind === "highlight" ? { colour: e.colour } : {}) };
    const read: ClippingRead = { clipping, text: e.text, note: null, at, line: e.line, extras: Object.keys(notebook).length ? { notebook } : {} };
    reads.push(read);
    if (e.kind === "highlight") last = { read, location: where.location, chars: e.text.length };
  }
  return reads;
}

/** Whether a note at `note` is within a highlight of `chars` characters from `first` (either unknown: the note follows it, so it is). */
function within(first: number | null, chars: number, note: number | null): boolean {
  if (first === null || note === null) return true;
  return note >= first && note <= first + Math.ceil(chars / CHARS_PER_LOCATION) + 1;
}

/**
 * Reads `file`, a Kindle notebook (see the module comment), into its book's conversation (kindle.ts
 * `bookConversations`: format `kindle`, externalId `kindle:<title> (<author>)`, the conversation of the
 * book's clippings too). Each highlight and note is a turn of the user's at the file's modification time
 * (a notebook has no dates: the day it was exported), externalId its kind and where the app says it is
 * ("highlight, Page 27 · Location 401"), metadata `{ line, clipping, notebook: { section, colour } }`.
 * `onProgress` gets the bytes read.
 * @throws ImportError naming the line: no book title (`<div class="bookTitle">`); an element's words
 *   over passages.ts MAX_MESSAGE_CHARS, or a tag open over html-feed.ts MAX_TAG_CHARS (not closed);
 *   `the note has no text: a Kindle notebook with no highlight or note` (a folder passes it over); `line
 *   N (byte M)` for bytes that are not UTF-8.
 */
export async function parseKindleNotebook(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation> {
  const info = await stat(file);
  const fields: Partial<Record<"title" | "authors", string>> = {};
  const entries: Entry[] = [];
  let section: string | null = null;
  let heading: { text: string; colour: string | null; line: number } | null = null;
  let open: Open | null = null;
  // (Kindle for PC and Mac's notebook: its chapters and headings are <h2> and <h3>)
  let desktop = false;
  let n = 0;
  /** The element being read is ended: its words go where its part says. */
  const close = (): void => {
    const o = open;
    open = null;
    if (!o) return;
    const words = wordsOf(o, desktop);
    if (o.part === "bookTitle") fields.title ??= words;
    else if (o.part === "authors") fields.authors ??= words;
    else if (o.part === "sectionHeading") section = words || section;
    else if (o.part === "noteHeading") heading = { text: words, colour: o.colour, line: o.line };
    else if (o.part === "noteText" && heading) {
      entries.push({ ...headingOf(heading.text, heading.colour), text: words, section, line: heading.line });
      heading = null;
    }
  };
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const classes = (attrs.class ?? "").split(/\s+/);
        const part = classes.find((c) => PARTS.has(c)) as Part | undefined;
        if (part) {
          close();
          desktop ||= /^h[2-6]$/.test(tag);
          open = { part, text: "", line: n, colour: null };
          return;
        }
        if (!open) return;
        const colour = classes.find((c) => c.startsWith("highlight_"));
        if (colour && open.part === "noteHeading") open.colour = colour.slice("highlight_".length);
        else if (tag === "br") open.text += " ";
      },
      ontext(text) {
        if (!open) return;
        open.text += text;
        if (open.text.length > MAX_MESSAGE_CHARS)
          throw new ImportError(
            file,
            `line ${open.line}`,
            `an element's words run on over ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters: it is not closed`,
          );
      },
      onclosetag(tag) {
        if (open && !INLINE.has(tag)) close();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  await feedHtmlLines(parser, file, info.size, opts.onProgress, {
    onLine: (line) => {
      n = line;
    },
    ended: close,
  });
  if (!fields.title) throw new ImportError(file, `line ${n}`, 'not a Kindle notebook: no book title (<div class="bookTitle">) in it');
  const author = fields.authors ? authorOf(fields.authors) : null;
  const reads = readsOf(entries, fields.title, author || null, Math.floor(info.mtimeMs));
  if (!reads.length) throw new ImportError(file, `line ${n}`, `${NO_TEXT}: a Kindle notebook with no highlight or note`);
  return bookConversations(reads)[0]!;
}
