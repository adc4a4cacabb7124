/**
 * A Kindle clipping's fact (core/ingest/kindle.ts writes the source): the highlight as the reader kept
 * it, whole, with the book, the place and their note ("Highlight from Atomic Habits by James Clear,
 * page 27: “You do not rise to the level of your goals. …” Note: Use this in the team retro (3 March
 * 2026)."). A highlight is a book's words in quotes: read sentence by sentence, its "you" had been
 * dropped as words to the listener, its "we" made "the user and others", and an imperative note made
 * an instruction to the assistant.
 */
import type { SourceRow } from "../db/types.js";
import { humanDate } from "../time/format.js";
import { metadataEntry } from "./source-metadata.js";
import type { Fact } from "./facts.js";

/** Words of the quote a clipping's title keeps. */
const TITLE_WORDS = 10;

/** The book and author a source's `metadata.clipping` names, or null for any source that is no clipping. */
function clippedBook(source: SourceRow): { book: string; author: string | null } | null {
  if (source.kind !== "file") return null;
  const c = metadataEntry(source, "clipping") as { book?: unknown; author?: unknown } | undefined;
  if (typeof c?.book !== "string" || !c.book) return null;
  return { book: c.book, author: typeof c.author === "string" && c.author ? c.author : null };
}

/** A clipping's fact as core/ingest/kindle.ts tells it: "Highlight from …", "Clip from …", "Note on …". */
const CLIPPING_TEXT = /^(?:(?:Highlight|Clip) from|Note on) /;

/** Whether a memory's `content` is a clipping's fact: what the user highlighted or noted in what they read, whichever book it is about. */
export function isClippingText(content: string): boolean {
  return CLIPPING_TEXT.test(content);
}

/** A note the user typed at a highlight, after the quote ("… ” Note: Use this in the team retro"), or a note alone ("Note on …"). */
const TYPED_NOTE = /[”"]\s*Note:\s|^Note on /;

/** Whether a clipping's fact holds words the user typed (a note at a highlight, or a note alone): theirs, whichever book the fact is about. */
export function holdsUsersNote(content: string): boolean {
  return isClippingText(content) && TYPED_NOTE.test(content);
}

/** Whether `source` is a Kindle clipping (a book's words: no how-to is read from them). */
export function isClipping(source: SourceRow): boolean {
  return clippedBook(source) !== null;
}

/**
 * The one fact of a Kindle clipping `source`: its text whole (lines joined), ending with the day it
 * was clipped; titled by the book and the quote's first {@link TITLE_WORDS} words ("Atomic Habits:
 * You do not rise to the level of your goals. You …"), about the book (a thing) and its author (a
 * person); not about the user (their core memory is not built from the books they read). Null for
 * any other source.
 */
export function clippingFact(source: SourceRow): Fact | null {
  const clipped = clippedBook(source);
  if (!clipped) return null;
  const { book, author } = clipped;
  const text = source.text.replace(/\s*\n\s*/g, " ").trim();
  // (a note's words follow its book's name, which may hold a colon itself: "Note on Retrieval Practice: A Trial: Reading group …")
  const named = text.indexOf(book);
  const said =
    named >= 0 && text.slice(named + book.length).includes(":") ? text.slice(named + book.length).replace(/^[^:]*:/, "") : text.slice(text.indexOf(":") + 1);
  const quote = (/“([^”]*)”?/.exec(text)?.[1] ?? said).trim();
  const words = quote.split(/\s+/);
  const title = `${book}: ${words.slice(0, TITLE_WORDS).join(" ")}${words.length > TITLE_WORDS ? " …" : ""}`;
  // (the day before a closing full stop, after a closing quote: "… retro (3 March 2026).", "… systems.” (3 March 2026)";
  // a note's question stays one: "was Gran at Nutclough (2 November 2026)?")
  const mark = /[?!]$/.exec(text)?.[0] ?? ".";
  const ended = /”$/.test(text) ? `${text} (${humanDate(source.occurred_at)})` : `${text.replace(/[.!?…]*$/, "")} (${humanDate(source.occurred_at)})${mark}`;
  return {
    subject: book,
    predicate: null,
    object: null,
    single: false,
    title,
    content: ended,
    dates: [],
    aboutUser: false,
    about: [{ name: book, kind: "thing" }, ...(author ? [{ name: author, kind: "person" as const }] : [])],
  };
}
