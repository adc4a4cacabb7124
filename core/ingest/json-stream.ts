/**
 * Streams the items of a top-level JSON array from a file, one at a time, in bounded memory.
 *
 * Why not stream-json: its parser builds every value token by token (≈19 MB/s on a ChatGPT export
 * here) and its errors carry no position ("Parser cannot parse input: expected a value"). This reader
 * only splits the array: a byte scanner tracks string/escape state and bracket depth to find where
 * each item ends, then the item's bytes go through the native `JSON.parse`. Memory holds one read
 * chunk plus the item being assembled. On bad input it names the exact byte, line and column.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import { advance, firstInvalidUtf8, formatPos, type LinePos } from "./bytes.js";
import { locateJsonError } from "./json-locate.js";
import { ImportError } from "./types.js";

/** One parsed item of the top-level array: its 0-based index, its value, and its first byte's offset. */
export interface JsonItem {
  index: number;
  value: unknown;
  startByte: number;
}

/** Options of {@link streamJsonArray}. */
export interface JsonStreamOptions {
  /** Called after each chunk is read with (bytes read, file size); the last call is (size, size). */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Read chunk size in bytes (default 512 KiB). */
  chunkBytes?: number;
}

/** Largest single item accepted (256 MiB): a V8 string cannot hold much more than 512 M characters. */
const MAX_ITEM_BYTES = 256 * 1024 * 1024;

/** Deepest nesting of objects and arrays accepted inside the top-level array (real exports nest < 20). */
export const MAX_JSON_DEPTH = 256;

const START = 0; // before '['
const FIRST = 1; // after '[': an item or ']'
const ITEM = 2; // inside an item
const AFTER = 3; // after an item: ',' or ']'
const NEXT = 4; // after ',': an item
const DONE = 5; // after the closing ']'

const isWs = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

interface RawItem {
  index: number;
  bytes: Buffer;
  startByte: number;
  startPos: LinePos;
}

/** Splits a byte stream holding one JSON array into the raw bytes of its items. */
class ArrayScanner {
  private state = START;
  private base = 0; // absolute offset of the current chunk
  private pos: LinePos = { line: 1, lineStart: 0, cont: 0 };
  private depth = 0;
  private inString = false;
  private escape = false;
  private scalar = false;
  private index = 0;
  private pieces: Buffer[] = [];
  private pieceBytes = 0;
  private itemStart = 0;
  private itemPos: LinePos = { ...this.pos };

  constructor(private readonly file: string) {}

  /** Scans one chunk, pushing each completed item onto `out`; throws ImportError on a structural fault. */
  feed(chunk: Buffer, out: RawItem[]): void {
    const n = chunk.length;
    let i = 0;
    let itemFrom = this.state === ITEM ? 0 : -1;
    if (this.base === 0 && n >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
      i = 3; // UTF-8 byte order mark: not part of the JSON, not a column
      this.pos.lineStart = 3;
    }
    for (; i < n; i++) {
      const b = chunk[i]!;
      if (b === 0x0a) {
        this.pos.line++;
        this.pos.lineStart = this.base + i + 1;
        this.pos.cont = 0;
      } else if ((b & 0xc0) === 0x80) this.pos.cont++;
      if (this.state === ITEM) {
        if (this.inString) {
          if (this.escape) this.escape = false;
          else if (b === 0x5c) this.escape = true;
          else if (b === 0x22) {
            this.inString = false;
            if (this.depth === 0) this.finish(chunk, itemFrom, i + 1, out);
          }
        } else if (this.scalar) {
          if (b === 0x2c || b === 0x5d || isWs(b)) {
            this.finish(chunk, itemFrom, i, out);
            if (b === 0x2c) this.state = NEXT;
            else if (b === 0x5d) this.state = DONE;
          }
        } else if (b === 0x22) this.inString = true;
        else if (b === 0x7b || b === 0x5b) {
          if (++this.depth > MAX_JSON_DEPTH) this.fail(i, chunk, `item [${this.index}] is nested more than ${MAX_JSON_DEPTH} levels deep`);
        } else if ((b === 0x7d || b === 0x5d) && --this.depth === 0) this.finish(chunk, itemFrom, i + 1, out);
        continue;
      }
      if (isWs(b)) continue;
      switch (this.state) {
        case START:
          if (b === 0x5b) this.state = FIRST;
          else if (b === 0x7b) this.fail(i, chunk, "expected a JSON array of conversations at the top level, got an object");
          else this.fail(i, chunk, `not JSON: expected '[' at the start, got ${show(chunk, i)}`);
          break;
        case FIRST:
        case NEXT:
          if (b === 0x5d && this.state === FIRST) this.state = DONE;
          else if (b === 0x5d || b === 0x2c) {
            const after = this.state === FIRST ? "an item or ']' after '['" : "an item after ','";
            this.fail(i, chunk, `expected ${after} in the top-level array, got ${show(chunk, i)}`);
          } else {
            this.begin(b, i);
            itemFrom = i;
          }
          break;
        case AFTER:
          if (b === 0x2c) this.state = NEXT;
          else if (b === 0x5d) this.state = DONE;
          else this.fail(i, chunk, `expected ',' or ']' after item [${this.index - 1}], got ${show(chunk, i)}`);
          break;
        default:
          this.fail(i, chunk, `unexpected data after the end of the top-level array: ${show(chunk, i)}`);
      }
    }
    if (this.state === ITEM) {
      this.pieces.push(chunk.subarray(itemFrom));
      this.pieceBytes += n - itemFrom;
      if (this.pieceBytes > MAX_ITEM_BYTES) throw new ImportError(this.file, `[${this.index}]`, `item is larger than ${MAX_ITEM_BYTES / 1048576} MiB`);
    }
    this.base += n;
  }

  /** Checks the end of input: throws ImportError if the file is empty or the array is unfinished. */
  end(): void {
    const eof = formatPos(this.base, this.pos);
    if (this.state === DONE) return;
    if (this.state === START) throw new ImportError(this.file, `byte ${this.base}`, "empty file (no JSON in it)");
    if (this.state === ITEM) {
      const partial = { index: this.index, bytes: Buffer.concat(this.pieces), startByte: this.itemStart, startPos: this.itemPos };
      const fault = itemFault(this.file, partial, true);
      if (fault) throw fault;
      const where = this.inString ? "inside a string of item" : "inside item";
      throw new ImportError(
        this.file,
        eof,
        `truncated JSON: the file ends ${where} [${this.index}], which starts at ${formatPos(this.itemStart, this.itemPos)}`,
      );
    }
    throw new ImportError(this.file, eof, "truncated JSON: the file ends before the ']' closing the top-level array");
  }

  private begin(b: number, i: number): void {
    this.state = ITEM;
    this.itemStart = this.base + i;
    this.itemPos = { ...this.pos };
    this.depth = b === 0x7b || b === 0x5b ? 1 : 0;
    this.inString = b === 0x22;
    this.scalar = this.depth === 0 && !this.inString;
  }

  private finish(chunk: Buffer, from: number, to: number, out: RawItem[]): void {
    const tail = chunk.subarray(from, to);
    const bytes = this.pieces.length ? Buffer.concat([...this.pieces, tail]) : tail;
    out.push({ index: this.index++, bytes, startByte: this.itemStart, startPos: this.itemPos });
    this.pieces = [];
    this.pieceBytes = 0;
    this.state = AFTER;
  }

  private fail(i: number, chunk: Buffer, detail: string): never {
    const pos = { ...this.pos };
    if ((chunk[i]! & 0xc0) === 0x80) pos.cont--; // the faulty byte itself is not before the column
    throw new ImportError(this.file, formatPos(this.base + i, pos), detail);
  }
}

/** Shows the character at `i` for an error message (e.g. `'H'`). */
function show(chunk: Buffer, i: number): string {
  return JSON.stringify(
    chunk
      .subarray(i, i + 4)
      .toString("utf8")
      .slice(0, 1),
  ).replace(/^"|"$/g, "'");
}

/**
 * The encoding or syntax fault in an item's bytes, located, or null when there is none. With
 * `partial` (the file ended inside the item) running out of bytes is not a fault of its own.
 */
function itemFault(file: string, raw: RawItem, partial: boolean): ImportError | null {
  const at = (byteInItem: number): string => {
    const pos = { ...raw.startPos };
    advance(pos, raw.bytes, 0, byteInItem, raw.startByte);
    return formatPos(raw.startByte + byteInItem, pos);
  };
  const bad = firstInvalidUtf8(raw.bytes, !partial);
  if (bad !== -1) return new ImportError(file, at(bad), `invalid UTF-8 in item [${raw.index}] (the file must be UTF-8 text)`);
  const text = raw.bytes.toString("utf8");
  const fault = locateJsonError(text);
  if (!fault || (partial && fault.index >= text.replace(/\uFFFD$/, "").length)) return null;
  return new ImportError(file, at(Buffer.byteLength(text.slice(0, fault.index), "utf8")), `invalid JSON in item [${raw.index}]: ${fault.reason}`);
}

/** Decodes and parses one raw item; throws ImportError naming the byte, line and column of a fault. */
function parseItem(file: string, raw: RawItem): unknown {
  if (!isUtf8(raw.bytes)) throw itemFault(file, raw, false);
  try {
    return JSON.parse(raw.bytes.toString("utf8"));
  } catch (e) {
    throw itemFault(file, raw, false) ?? new ImportError(file, `byte ${raw.startByte}`, `invalid JSON in item [${raw.index}]: ${(e as Error).message}`);
  }
}

/**
 * Yields the items of the JSON array in `file` one by one, reading it in chunks, so memory stays
 * bounded by the largest item plus one chunk. Items before a fault are yielded before the fault is
 * thrown: a truncated file yields its complete items, then throws.
 * @throws ImportError (empty file, not an array, invalid JSON or UTF-8, truncation) with the byte,
 *   line and column of the fault; Node's fs errors when the file cannot be read.
 */
export async function* streamJsonArray(file: string, opts: JsonStreamOptions = {}): AsyncGenerator<JsonItem> {
  const total = (await stat(file)).size;
  const stream = createReadStream(file, { highWaterMark: opts.chunkBytes ?? 512 * 1024 });
  const scanner = new ArrayScanner(file);
  const ready: RawItem[] = [];
  let read = 0;
  let fault: unknown = null;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      read += chunk.length;
      try {
        scanner.feed(chunk, ready);
      } catch (e) {
        fault = e;
      }
      opts.onProgress?.(read, Math.max(total, read));
      for (const raw of ready) yield { index: raw.index, value: parseItem(file, raw), startByte: raw.startByte };
      ready.length = 0;
      if (fault) throw fault;
    }
    scanner.end();
    if (read === 0) opts.onProgress?.(0, 0);
  } finally {
    stream.destroy();
  }
}
