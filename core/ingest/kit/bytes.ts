/**
 * Byte-level helpers shared by the sniffer, the streaming JSON reader and the text reader: human
 * positions (byte offset, line, column), locating the first invalid UTF-8 sequence, strict
 * UTF-8 decoding of a byte stream, and reading a small JSON file whole under a bound.
 */
import { isUtf8 } from "node:buffer";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { createInterface, type Interface } from "node:readline";
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { ImportError } from "./types.js";

/**
 * Line/column bookkeeping over a stream of UTF-8 bytes. `line` is 1-based; `lineStart` is the
 * absolute byte offset where the current line starts; `cont` counts UTF-8 continuation bytes
 * (0x80–0xBF) since `lineStart`, so the column in characters (code points) is
 * `offset - lineStart - cont + 1`.
 */
export interface LinePos {
  line: number;
  lineStart: number;
  cont: number;
}

/** Advances `pos` (mutated) over `bytes[from, to)`, whose first byte is at absolute offset `base + from`. */
export function advance(pos: LinePos, bytes: Uint8Array, from: number, to: number, base: number): void {
  for (let i = from; i < to; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      pos.line++;
      pos.lineStart = base + i + 1;
      pos.cont = 0;
    } else if ((b & 0xc0) === 0x80) pos.cont++;
  }
}

/** Formats an absolute byte offset with its line and column (column in characters), e.g. `byte 1048 (line 3, column 17)`. */
export function formatPos(offset: number, pos: LinePos): string {
  return `byte ${offset} (line ${pos.line}, column ${offset - pos.lineStart - pos.cont + 1})`;
}

/**
 * Index of the first byte of `bytes` that starts an invalid UTF-8 sequence (RFC 3629: no overlongs,
 * no surrogates, nothing above U+10FFFF), or -1 when all of it is valid. When `complete` is false, a
 * sequence cut short by the end of the buffer is accepted (the rest is in the next chunk).
 */
export function firstInvalidUtf8(bytes: Uint8Array, complete = true): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < len; k++) {
      if (i + k >= n) return complete ? i : -1;
      const c = bytes[i + k]!;
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += len;
  }
  return -1;
}

/** Index where an incomplete UTF-8 sequence at the end of `buf` starts, or `buf.length` if none. */
function incompleteTail(buf: Uint8Array): number {
  for (let i = buf.length - 1; i >= Math.max(0, buf.length - 3); i--) {
    const b = buf[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + len > buf.length ? i : buf.length;
  }
  return buf.length;
}

const countNewlines = (s: string): number => {
  let n = 0;
  for (let i = s.indexOf("\n"); i !== -1; i = s.indexOf("\n", i + 1)) n++;
  return n;
};

/**
 * Decodes a byte stream as strict UTF-8 text, chunk by chunk (a leading byte order mark is dropped).
 * `onBytes` gets the size of each chunk read.
 * @throws ImportError at `line N (byte M)` of the first invalid byte ("not UTF-8 text").
 */
export async function* utf8Text(chunks: AsyncIterable<Buffer>, file: string, onBytes?: (n: number) => void): AsyncGenerator<string> {
  let carry: Buffer = Buffer.alloc(0);
  let offset = 0; // absolute offset of buf[0]
  let line = 1;
  const fail = (body: Buffer, bad: number): never => {
    const where = `line ${line + countNewlines(body.subarray(0, bad).toString("utf8"))} (byte ${offset + bad})`;
    throw new ImportError(file, where, "invalid UTF-8: this is not UTF-8 text (save the file as UTF-8)");
  };
  for await (const chunk of chunks) {
    onBytes?.(chunk.length);
    let buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    if (offset === 0 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
      buf = buf.subarray(3);
      offset = 3;
    }
    const cut = incompleteTail(buf);
    const body = buf.subarray(0, cut);
    if (!isUtf8(body)) fail(body, firstInvalidUtf8(body));
    const text = body.toString("utf8");
    line += countNewlines(text);
    offset += cut;
    carry = Buffer.from(buf.subarray(cut));
    if (text) yield text;
  }
  if (carry.length) fail(carry, 0);
}

/** A UTF-8 text file opened to be read line by line ({@link fileLines}). */
export interface FileLines {
  /** The file's lines, decoded as strict UTF-8 ({@link utf8Text}); "\r\n" is one line break. */
  lines: Interface;
  /** Ends the read (the decoding generator, which closes the file stream); call it in a `finally`. */
  close(): void;
  /** Reports the read finished to `onProgress`: (bytes read, the same), at least the file's `size`. */
  finished(): void;
}

/** A UTF-8 text file read as decoded chunks ({@link fileText}). */
export interface FileText {
  /** The file's text, one 256 KiB read at a time, decoded as strict UTF-8 ({@link utf8Text}). */
  chunks: AsyncGenerator<string>;
  /** The bytes read so far (where a parser fed the chunks has got to, for an error's `byte N`). */
  bytesRead(): number;
}

/**
 * Opens `file` (`size` bytes, as `stat` gave it) to read its text in 256 KiB reads, so memory holds
 * one read: `onProgress` gets the bytes read so far and the file's size (or more, when the file grew)
 * after each read. Invalid UTF-8 is thrown by the iteration of `chunks` (ImportError naming the line and byte).
 */
export function fileText(file: string, size: number, onProgress?: (bytesRead: number, totalBytes: number) => void): FileText {
  let read = 0;
  const chunks = utf8Text(createReadStream(file, { highWaterMark: 256 * 1024 }), file, (n) => {
    read += n;
    onProgress?.(read, Math.max(size, read));
  });
  return { chunks, bytesRead: () => read };
}

/** The first two bytes of a gzip stream (RFC 1952). */
export const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/**
 * Opens `file`, a gzip stream (`size` bytes, as `stat` gave it), to read the text it holds as {@link fileText}
 * reads a file's: inflated a chunk at a time and decoded as strict UTF-8, so memory holds one chunk however
 * large the file inflates. `onProgress` and `bytesRead` count the file's (compressed) bytes.
 * @throws ImportError (from the iteration of `chunks`): gzip data that is damaged or cut short, at the byte of
 *   the file read so far ("the gzipped data is damaged or cut short"); text inflating past `maxBytes` ("it
 *   inflates to more than …"); invalid UTF-8 at its line and byte of the inflated text.
 */
export function gunzippedText(file: string, size: number, maxBytes: number, onProgress?: (bytesRead: number, totalBytes: number) => void): FileText {
  let read = 0;
  let inflated = 0;
  const raw = createReadStream(file, { highWaterMark: 256 * 1024 });
  const gunzip = createGunzip();
  raw.on("data", (chunk) => {
    read += chunk.length;
    onProgress?.(read, Math.max(size, read));
  });
  raw.on("error", (err) => gunzip.destroy(err));
  raw.pipe(gunzip);
  async function* bytes(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of gunzip as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        if (inflated > maxBytes)
          throw new ImportError(file, `byte ${read}`, `it inflates to more than ${maxBytes.toLocaleString("en-US")} bytes: too large to be what it says it is`);
        yield chunk;
      }
    } catch (err) {
      if (err instanceof ImportError || (err as NodeJS.ErrnoException).syscall) throw err;
      throw new ImportError(file, `byte ${read}`, `the gzipped data is damaged or cut short (${(err as Error).message}): download the file again`);
    } finally {
      raw.destroy();
      gunzip.destroy();
    }
  }
  return { chunks: utf8Text(bytes(), file), bytesRead: () => read };
}

/**
 * Opens `file` (`size` bytes, as `stat` gave it) to read its lines ({@link fileText}), so memory holds
 * one read and one line: transcripts, notes, a Kindle's clippings and contacts are read so.
 * Invalid UTF-8 is thrown by the iteration of `lines` (ImportError naming the line and byte).
 */
export function fileLines(file: string, size: number, onProgress?: (bytesRead: number, totalBytes: number) => void): FileLines {
  const read = fileText(file, size, onProgress);
  const text = Readable.from(read.chunks);
  const lines = createInterface({ input: text, crlfDelay: Infinity });
  return {
    lines,
    close: () => {
      lines.close();
      text.destroy();
    },
    finished: () => onProgress?.(Math.max(size, read.bytesRead()), Math.max(size, read.bytesRead())),
  };
}

/**
 * The content key of a transcript or note: `sha256:` + the hex SHA-256 of the file's bytes (read
 * as a stream). The same file from any folder, or uploaded again, has the same key.
 */
export async function contentKey(file: string): Promise<string> {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) h.update(chunk as Buffer);
  return `sha256:${h.digest("hex")}`;
}

/**
 * `file`, a small JSON document (a Keep note, a Messenger thread), read whole and parsed; `what`
 * names it in the error for a longer one ("a Keep note"). `onProgress` gets (size, size) once it is read.
 * @throws ImportError naming the file: one over `maxBytes` ("byte 0": "<what> longer than N bytes"),
 *   JSON that does not parse ("JSON": the parser's message); Node's fs errors when it cannot be read.
 */
export async function readJsonFile(
  file: string,
  maxBytes: number,
  what: string,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): Promise<unknown> {
  const size = (await stat(file)).size;
  if (size > maxBytes) throw new ImportError(file, "byte 0", `${what} longer than ${maxBytes} bytes`);
  const text = await readFile(file, "utf8");
  onProgress?.(size, size);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ImportError(file, "JSON", (e as Error).message);
  }
}

/**
 * The first 4 KiB of `file`, a `.json` found in a folder, as text (a character cut at the end left out), to
 * tell which of an export's files it is; null for any other name, and for a file that cannot be read.
 */
export async function jsonFileStart(file: string): Promise<string | null> {
  if (!/\.json$/i.test(file)) return null;
  try {
    return new TextDecoder("utf-8").decode(await readBytes(file, 0, 4096), { stream: true });
  } catch {
    return null;
  }
}

/** Bytes `[from, to)` of `file` (fewer when the file ends before `to`). */
export async function readBytes(file: string, from: number, to: number): Promise<Buffer> {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(to - from);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, from + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buf.subarray(0, got);
  } finally {
    await fh.close();
  }
}

/** The first 16 bytes of every SQLite 3 database file. */
export const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

/** Whether `file` opens with SQLite's header ("SQLite format 3\0"): a SQLite database, whatever its name. False for a file that cannot be read. */
export async function isSqliteFile(file: string): Promise<boolean> {
  let fh: Awaited<ReturnType<typeof open>> | null = null;
  try {
    fh = await open(file, "r");
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(SQLITE_HEADER);
  } catch {
    return false;
  } finally {
    await fh?.close();
  }
}
