/**
 * A large XML export read as a stream: the loop that ENEX notebooks (enex.ts), WordPress sites
 * (wordpress.ts) and SMS backups (sms.ts) share. The file's text goes through htmlparser2 (XML mode)
 * a chunk at a time (bytes.ts `fileText`: 256 KiB reads, UTF-8 checked); after each chunk is written,
 * and once after the parser's end, the reader gets a step in which to give what its handlers made
 * ready. Memory holds one chunk and what the handlers keep.
 */
import { type Handler, Parser, type ParserOptions } from "htmlparser2";
import { fileText } from "./bytes.js";

/** A file's XML being streamed: its steps and how many of its bytes are read so far. */
export interface XmlStream {
  /** One step after each chunk written to the parser, and a last after the parser's end (its handlers closing what is open, `implied`). */
  steps: AsyncGenerator<void>;
  /** Bytes read from the file so far. */
  bytesRead: () => number;
}

/**
 * Streams `file` (`size` bytes, as `stat` gave it) through htmlparser2 in XML mode with `handlers`
 * and `options` (entities decoded or not, CDATA recognised or not). `onProgress` gets the bytes read
 * and the file's size. Errors thrown by the handlers come out of the steps; so does utf8Text's
 * ImportError for bytes that are not UTF-8 (naming the byte).
 */
export function streamXml(
  file: string,
  size: number,
  handlers: Partial<Handler>,
  options: Omit<ParserOptions, "xmlMode">,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): XmlStream {
  const parser = new Parser(handlers, { ...options, xmlMode: true });
  const input = fileText(file, size, onProgress);
  async function* steps(): AsyncGenerator<void> {
    for await (const text of input.chunks) {
      parser.write(text);
      yield;
    }
    parser.end();
    yield;
  }
  return { steps: steps(), bytesRead: input.bytesRead };
}
