/**
 * Feeding an htmlparser2 `Parser` a file of HTML a line at a time, refusing what opens and never closes:
 * a tag whose quote (or a comment) is not closed holds the rest of the file in the parser's tokeniser, so
 * past {@link MAX_TAG_CHARS} characters unparsed the file is refused, naming the line. Used by the readers
 * of Pocket's HTML export (readlater.ts), Google Voice's pages (googlevoice.ts) and the Kindle app's
 * notebook (kindle-notebook.ts); browsers' bookmark files (bookmarks.ts), streamed in chunks, ask
 * {@link refuseUnclosed} of each chunk.
 */
import type { Parser } from "htmlparser2";
import { fileLines } from "./bytes.js";
import { ImportError } from "./types.js";

/**
 * Most characters a tag of HTML read a line at a time may run on (its attributes, a favicon's data: URI
 * among them) before it is refused: a quote or a comment not closed would hold the rest of the file.
 * The bound of browsers' bookmark files (bookmarks.ts), Pocket's HTML export (readlater.ts), Google
 * Voice's pages (googlevoice.ts) and the Kindle app's notebook (kindle-notebook.ts).
 */
export const MAX_TAG_CHARS = 16 * 1024 * 1024;

/** How the error of something not closed speaks of its line, and what it guesses was left open. */
export interface UnclosedWords {
  /** "on this line" (the line is where it opens) or "near this line" (the line being read, or an element's). */
  opens: "on this line" | "near this line";
  /** The guess, in its parentheses' words: "a quote not closed?". */
  hint: string;
}

/** The line-at-a-time readers' words: "what opens near this line … (a quote not closed?)". */
const NEAR_A_QUOTE: UnclosedWords = { opens: "near this line", hint: "a quote not closed?" };

/**
 * Refuses `parser` holding over {@link MAX_TAG_CHARS} characters unparsed: `written` (the characters
 * written to it so far, a UTF-16 count) less its `endIndex`. Returns nothing when it holds less.
 * @param line the line number (1-based) the error names; called only when it throws.
 * @param words how the error speaks (default: "what opens near this line … (a quote not closed?)").
 * @throws ImportError naming `file` and `line N`: "what opens <on|near> this line runs on over 16 MiB
 *   without closing (<hint>)".
 */
export function refuseUnclosed(parser: Parser, written: number, file: string, line: () => number, words: UnclosedWords = NEAR_A_QUOTE): void {
  if (written - parser.endIndex > MAX_TAG_CHARS)
    throw new ImportError(file, `line ${line()}`, `what opens ${words.opens} runs on over ${MAX_TAG_CHARS / 1024 / 1024} MiB without closing (${words.hint})`);
}

/** What a reader asks of {@link htmlLines} and {@link feedHtmlLines} besides the parser, file and progress. */
export interface HtmlFeed {
  /** Told each line's number (1-based) before the line is written: the line the parser's handlers are on. */
  onLine?: (line: number) => void;
  /** The line an error of something not closed names, or null for the line being read (default). */
  openedAt?: () => number | null;
  /** Run after the parser's end and before the last progress report: the reader's closing of what was open. */
  ended?: () => void;
}

/**
 * Feeds `parser` the lines of `file` (UTF-8, `size` bytes by its `stat`; each line written with "\n" after
 * it, a "\r\n" read as "\n"), yielding each line's number (1-based) once it is written and the bound held;
 * `onProgress` is told the bytes read and `size` as it is read. After the last line the file is closed, the
 * parser ended (its handlers run for what is left), `feed.ended` run and `onProgress` told (size, size),
 * and the generator returns the number of lines read. The file is closed too when the caller stops early
 * or anything throws.
 * @throws ImportError from {@link refuseUnclosed} (`line N`: `feed.openedAt`'s line, else the line being
 *   read; "near this line … (a quote not closed?)"), for bytes that are not UTF-8 (bytes.ts `fileLines`),
 *   and whatever the parser's handlers or `feed.ended` throw; Node's fs errors when it cannot be read.
 */
export async function* htmlLines(
  parser: Parser,
  file: string,
  size: number,
  onProgress: ((bytesRead: number, totalBytes: number) => void) | undefined,
  feed: HtmlFeed = {},
): AsyncGenerator<number, number> {
  const input = fileLines(file, size, onProgress);
  let n = 0;
  let written = 0;
  try {
    for await (const line of input.lines) {
      n++;
      feed.onLine?.(n);
      parser.write(`${line}\n`);
      written += line.length + 1;
      refuseUnclosed(parser, written, file, () => feed.openedAt?.() ?? n);
      yield n;
    }
  } finally {
    input.close();
  }
  parser.end();
  feed.ended?.();
  input.finished();
  return n;
}

/**
 * {@link htmlLines} read to its end, for a reader that gives nothing before the file is read: resolves
 * to the number of lines read, once the parser has ended and `feed.ended` has run.
 * @throws as {@link htmlLines} does.
 */
export async function feedHtmlLines(
  parser: Parser,
  file: string,
  size: number,
  onProgress: ((bytesRead: number, totalBytes: number) => void) | undefined,
  feed: HtmlFeed = {},
): Promise<number> {
  const lines = htmlLines(parser, file, size, onProgress, feed);
  for (;;) {
    const next = await lines.next();
    if (next.done) return next.value;
  }
}
