/**
 * A text file of an older program, which may be UTF-8 or Windows-1252 (a bank's OFX 1.x download saying
 * `CHARSET:1252`, a QIF file, which says nothing), read as decoded chunks: each run of whole lines that is
 * valid UTF-8 is read as UTF-8, any other as Windows-1252 (Latin-1's superset, as the WHATWG Encoding
 * standard reads "ISO-8859-1" too), so a "£" or an "é" is read right either way and a file that says 1252
 * but was written as UTF-8 is not garbled. Memory holds one 256 KiB read and the line it cut. Used by
 * ofx.ts and qif.ts.
 */
import { isUtf8 } from "node:buffer";
import { createReadStream } from "node:fs";
import { ImportError } from "./types.js";

/** Most bytes held waiting for a line's end (or, in a file of one long line, a tag's end, ">") before the file is refused. */
export const MAX_RUN_BYTES = 4 * 1024 * 1024;

/** A legacy text file being read: its decoded chunks and the bytes read so far. */
export interface LegacyText {
  /** The file's text in order, a run of whole lines at a time (a byte order mark dropped). */
  chunks: AsyncGenerator<string>;
  /** Bytes read from the file so far. */
  bytesRead(): number;
}

const WINDOWS_1252 = new TextDecoder("windows-1252");

/** Where the run of `buf` that ends on a whole line (or a tag's end) stops: after its last line feed, else its last ">", else -1. */
function runEnd(buf: Buffer): number {
  const lf = buf.lastIndexOf(0x0a);
  if (lf !== -1) return lf + 1;
  const gt = buf.lastIndexOf(0x3e);
  return gt === -1 ? -1 : gt + 1;
}

/** `bytes` as text: UTF-8 when they are valid UTF-8, else Windows-1252. */
function decoded(bytes: Buffer): string {
  return isUtf8(bytes) ? bytes.toString("utf8") : WINDOWS_1252.decode(bytes);
}

/**
 * Opens `file` (`size` bytes, as `stat` gave it) to read its text ({@link LegacyText}); `onProgress` gets
 * the bytes read so far and the file's size after each read.
 * @throws ImportError (from the iteration of `chunks`) at the line where a run of more than
 *   {@link MAX_RUN_BYTES} bytes holds no line feed nor ">" ("not a text file of lines"); Node's fs errors.
 */
export function legacyText(file: string, size: number, onProgress?: (bytesRead: number, totalBytes: number) => void): LegacyText {
  let read = 0;
  async function* chunks(): AsyncGenerator<string> {
    let carry: Buffer = Buffer.alloc(0);
    let lines = 1;
    let first = true;
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) {
      read += (chunk as Buffer).length;
      onProgress?.(read, Math.max(size, read));
      let buf = carry.length ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      if (first && buf.length >= 3) {
        first = false;
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
      }
      const end = runEnd(buf);
      if (end === -1) {
        if (buf.length > MAX_RUN_BYTES)
          throw new ImportError(file, `line ${lines}`, `not a text file of lines: ${MAX_RUN_BYTES} bytes without a line break nor a tag's end`);
        carry = Buffer.from(buf);
        continue;
      }
      const text = decoded(buf.subarray(0, end));
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
      carry = Buffer.from(buf.subarray(end));
      yield text;
    }
    if (carry.length) yield decoded(carry);
  }
  return { chunks: chunks(), bytesRead: () => read };
}
