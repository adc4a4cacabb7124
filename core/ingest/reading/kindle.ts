/**
 * A Kindle's "My Clippings.txt" → one conversation per book: the reader's highlights, each with the
 * note they typed at its end, as the device writes them (a byte-order mark, CRLF line ends, clippings
 * parted by a line of "=========="; each a book line "Title (Author)", a line "- Your Highlight on
 * page 27 | Location 401-402 | Added on Tuesday, 3 March 2026 21:14:05", a blank line and the text).
 * A highlight is told as what it is, the book's words in quotes ("Highlight from Atomic Habits by
 * James Clear, page 27: “You do not rise …”"), so the memory engine keeps them whole (its
 * `clipping` metadata) rather than reading a quote's "you" as words to the listener; bookmarks (no
 * text) are passed over. English-language clippings only (the kind line is localised). The Kindle app's
 * notebook of a book (kindle-notebook.ts) is read into the same shapes: a book's clippings and its
 * notebook are one conversation ({@link bookConversations}).
 */
import { stat } from "node:fs/promises";
import { parseHumanDate } from "../../time/import-dates.js";
import { fileLines } from "../kit/bytes.js";
import { NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** The line that parts two clippings. */
const SEPARATOR = /^={10}\s*$/;
/** A clipping's kind-and-place line: group 1 the kind, 2 the place ("page 27 | Location 401-402"), 3 when it was added. */
export const KINDLE_META = /^-\s+Your\s+(Highlight|Note|Bookmark|Clip(?:ping)?)\b\s*(?:on|at)?\s*(.*?)\s*\|\s*Added on\s+(.+?)\s*$/i;
/** How a Kindle book's conversation's externalId opens ("kindle:Atomic Habits (James Clear)"): its clippings' and its notebook's, not a Kobo's nor Readwise's, also read as format `kindle`. */
export const KINDLE_BOOK = "kindle:";
/** A book line's author, in the last brackets ("Atomic Habits (James Clear)"): group 1 the title, 2 the author. */
const BOOK = /^(.*?)\s*\(([^()]+)\)\s*$/;

/** What a clipping's metadata says of it (`ParsedTurn.metadata.clipping`). */
export interface Clipping {
  kind: "highlight" | "note" | "clip";
  book: string;
  author: string | null;
  /** "page 27", "location 112" (where the reader was), or null. */
  place: string | null;
  /** Its location: a clipping's last, at which a note typed at a highlight's end is (My Clippings.txt); a notebook's highlight's first, all the app gives (kindle-notebook.ts). */
  location: number | null;
  /** Where the device says it is, as it says it ("page 27 | Location 401-402"). */
  at: string;
}

/**
 * One highlight or note as a reader of a Kindle's read it (My Clippings.txt here, the app's notebook in
 * kindle-notebook.ts): what it is, its words, the note typed at it once joined (null: none), when
 * (epoch ms), the line it starts on, and its reader's own metadata besides `line` and `clipping`.
 */
export interface ClippingRead {
  clipping: Clipping;
  text: string;
  note: string | null;
  at: number;
  line: number;
  extras?: Record<string, unknown>;
}

/** An author as a Kindle names them ("James Clear"; the store's "Aurelius, Marcus" → "Marcus Aurelius"; the first of "A; B"). */
export function authorOf(named: string): string {
  return named
    .trim()
    .split(/\s*;\s*/)[0]!
    .replace(/^([^,]+),\s*([^,]+)$/, "$2 $1");
}

/** The book line's title and author ("Atomic Habits (James Clear)"; "Meditations (Aurelius, Marcus)" → "Marcus Aurelius"). */
function bookOf(line: string): { book: string; author: string | null } {
  const m = BOOK.exec(line.trim());
  if (!m?.[1]) return { book: line.trim(), author: null };
  return { book: m[1], author: authorOf(m[2]!) };
}

/**
 * Where a Kindle says a clipping is ("page 27 | Location 401-402"; a notebook's "Page 27 · Location
 * 1,401") → where to say it is ("page 27", else "location 401") and its last location (402; a
 * notebook's one location, 1401); nulls for neither.
 */
export function placeOf(place: string): { place: string | null; location: number | null } {
  const page = /\bpage\s+([\w-]+)/i.exec(place);
  const loc = /\bLocation\s+(\d[\d,]*)(?:-(\d[\d,]*))?/i.exec(place);
  const first = loc ? loc[1]!.replace(/,/g, "") : null;
  return {
    place: page ? `page ${page[1]}` : first ? `location ${first}` : null,
    location: loc ? Number((loc[2] ?? loc[1]!).replace(/,/g, "")) : null,
  };
}

/**
 * What a highlight or note says, as the memory engine keeps it (see the module comment): "Highlight
 * from <book> by <author>, <place>: “<text>”", with "\nNote: <note>" when one was typed at it; a note
 * alone "Note on <book> …: <text>". Also a Readwise export's highlights (readwise.ts).
 */
export function toldClipping(c: Clipping, text: string, note: string | null): string {
  const of = `${c.book}${c.author ? ` by ${c.author}` : ""}${c.place ? `, ${c.place}` : ""}`;
  if (c.kind === "note") return `Note on ${of}: ${text}`;
  const quoted = `${c.kind === "clip" ? "Clip" : "Highlight"} from ${of}: “${text}”`;
  return note ? `${quoted}\nNote: ${note}` : quoted;
}

/**
 * Reads `file`, a Kindle's "My Clippings.txt" (UTF-8, streamed), into one conversation per book, in
 * the order the books first appear (format `kindle`, externalId `kindle:<book line>`, so a later copy
 * of the same growing file adds only its new clippings). A note typed at a highlight's end (its
 * location is the highlight's last) is told with that highlight. Turn externalId: the kind and where
 * the device says it is ("highlight, page 27 | Location 401-402"). Turn metadata: `{ line, clipping }`.
 * @throws ImportError naming the line: a kind line with no book line above it, an "Added on" time
 *   that is no date, or a file with no highlight or note.
 */
export async function parseKindle(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): Promise<ParsedConversation[]> {
  const input = fileLines(file, (await stat(file)).size, opts.onProgress);
  const clippings: ClippingRead[] = [];
  let block: Array<{ text: string; n: number }> = [];
  let n = 0;
  const flush = (): void => {
    const body = block;
    block = [];
    const metaAt = body.findIndex((l) => KINDLE_META.test(l.text));
    if (metaAt < 0) return;
    const bookLine = body.slice(0, metaAt).find((l) => l.text.trim());
    const m = KINDLE_META.exec(body[metaAt]!.text)!;
    if (!bookLine) throw new ImportError(file, `line ${body[metaAt]!.n}`, 'a clipping with no book line above its "- Your …" line');
    const added = parseHumanDate(m[3]!);
    if (!added) throw new ImportError(file, `line ${body[metaAt]!.n}`, `"Added on ${m[3]}" is not a date`);
    const said = body
      .slice(metaAt + 1)
      .map((l) => l.text.trim())
      .join(" ")
      .replace(/\s+/g, " ")
      .trim();
    const kind = m[1]!.toLowerCase();
    if (kind === "bookmark" || !said) return;
    clippings.push({
      clipping: {
        kind: kind === "note" ? "note" : kind === "highlight" ? "highlight" : "clip",
        ...bookOf(bookLine.text),
        ...placeOf(m[2]!),
        at: m[2]!,
      },
      text: said,
      note: null,
      at: added.ms,
      line: bookLine.n,
    });
  };
  try {
    for await (const raw of input.lines) {
      n++;
      if (SEPARATOR.test(raw)) flush();
      else block.push({ text: raw, n });
    }
  } finally {
    input.close();
  }
  flush();
  if (!clippings.length) throw new ImportError(file, `line ${n}`, "no highlight or note in these clippings");
  input.finished();
  return bookConversations(notesJoined(clippings));
}

/** `reads` (the clippings of My Clippings.txt) with each note typed at a highlight's end (at its last location, in the same book) told with that highlight, in their order. */
function notesJoined(reads: ClippingRead[]): ClippingRead[] {
  const key = (r: ClippingRead) => `${r.clipping.book}\n${r.clipping.location}`;
  const ends = new Set(reads.filter((r) => r.clipping.kind === "highlight" && r.clipping.location !== null).map(key));
  const attached = (r: ClippingRead) => r.clipping.kind === "note" && r.clipping.location !== null && ends.has(key(r));
  const notes = new Map(reads.filter(attached).map((r) => [key(r), r.text]));
  return reads
    .filter((r) => !attached(r))
    .map((r) => (r.clipping.kind === "highlight" && r.clipping.location !== null ? { ...r, note: notes.get(key(r)) ?? r.note } : r));
}

/**
 * Highlights and notes (each note typed at a highlight already told with it, `note`) as one conversation
 * per book, in the order the books first appear: format `kindle`, externalId `kindle:<title> (<author>)`,
 * so a book's clippings and its notebook are one conversation, and a highlight both tell is one source
 * (store.ts `turnHash` names it by its book and its words, whichever reader told it and when); each turn
 * the user's, at its time, told by {@link toldClipping}, externalId the kind and where the Kindle says it
 * is ("highlight, page 27 | Location 401-402"), metadata `{ line, clipping, ...extras }`; in time order.
 */
export function bookConversations(reads: readonly ClippingRead[]): ParsedConversation[] {
  const books = new Map<string, ClippingRead[]>();
  for (const r of reads) {
    const same = books.get(r.clipping.book);
    if (same) same.push(r);
    else books.set(r.clipping.book, [r]);
  }
  return [...books.values()].map((same) => {
    const turns: ParsedTurn[] = same.map((r) => ({
      // (named as the Kindle names where it is: "highlight, page 27 | Location 401-402", a notebook's "highlight, Page 27 · Location 401")
      externalId: `${r.clipping.kind}, ${r.clipping.at || new Date(r.at).toISOString()}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: r.at,
      text: toldClipping(r.clipping, r.text, r.note),
      metadata: { line: r.line, clipping: r.clipping, ...r.extras },
    }));
    const first = same[0]!.clipping;
    return {
      format: "kindle",
      externalId: `${KINDLE_BOOK}${first.book}${first.author ? ` (${first.author})` : ""}`,
      title: first.author ? `${first.book} by ${first.author}` : first.book,
      participants: [NOTE_SPEAKER],
      startedAt: Math.min(...same.map((r) => r.at)),
      turns: turns.sort((a, b) => a.occurredAt - b.occurredAt),
      records: "log",
    };
  });
}
