/**
 * A large XML export read as a stream: the loop that ENEX notebooks (enex.ts), WordPress sites
 * (wordpress.ts) and SMS backups (sms.ts) share. The file's text goes through htmlparser2 (XML mode)
 * a chunk at a time (bytes.ts `fileText`: 256 KiB reads, UTF-8 checked); after each chunk is written,
 * and once after the parser's end, the reader gets a step in which to give what its handlers made
 * ready. Memory holds one chunk (and the one before it, to tell the line a tag starts on) and what the
 * handlers keep. Used by Apple Health's export.xml too (applehealth.ts), and by MyAnimeList's lists, read
 * as they download, gzipped (myanimelist.ts: the text given, bytes.ts `gunzippedText`).
 */
import { type Handler, Parser, type ParserOptions } from "htmlparser2";
import { type FileText, fileText } from "./bytes.js";

/** A file's XML being streamed: its steps, how many of its bytes are read so far, and where the parser is. */
export interface XmlStream {
  /** One step after each chunk written to the parser, and a last after the parser's end (its handlers closing what is open, `implied`). */
  steps: AsyncGenerator<void>;
  /** Bytes read from the file so far. */
  bytesRead: () => number;
  /** The line (1-based) where the tag a handler is being called for starts: for an ImportError's location. */
  line: () => number;
}

/** How many line feeds `text` holds from `from` to `to`. */
function lineFeeds(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * Streams `file` (`size` bytes, as `stat` gave it) through htmlparser2 in XML mode with `handlers`
 * and `options` (entities decoded or not, CDATA recognised or not). `onProgress` gets the bytes read
 * and the file's size. `text`, when given, is the file's text read otherwise (a gzipped file's,
 * bytes.ts `gunzippedText`, which reports its own progress); else the file's bytes are its text.
 * Errors thrown by the handlers come out of the steps; so does utf8Text's ImportError for bytes that
 * are not UTF-8 (naming the byte), and `text`'s own.
 */
export function streamXml(
  file: string,
  size: number,
  handlers: Partial<Handler>,
  options: Omit<ParserOptions, "xmlMode">,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
  text?: FileText,
): XmlStream {
  const parser = new Parser(handlers, { ...options, xmlMode: true });
  const input = text ?? fileText(file, size, onProgress);
  // (the chunk being written and the one before it, where a tag cut across them starts; the characters and lines before the chunk)
  let chunk = "";
  let previous = "";
  let before = 0;
  let linesBefore = 1;
  async function* steps(): AsyncGenerator<void> {
    for await (const text of input.chunks) {
      chunk = text;
      parser.write(text);
      yield;
      previous = chunk;
      before += chunk.length;
      linesBefore += lineFeeds(chunk);
      chunk = "";
    }
    parser.end();
    yield;
  }
  const line = (): number => {
    const at = parser.startIndex - before;
    if (at >= 0) return linesBefore + lineFeeds(chunk, 0, at);
    return linesBefore - lineFeeds(previous, Math.max(0, previous.length + at));
  };
  return { steps: steps(), bytesRead: input.bytesRead, line };
}
