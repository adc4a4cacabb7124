/**
 * Streams the items of a top-level JSON array from a file, one at a time, in bounded memory (or of
 * the array that is one member of a top-level object: `arrayAt`, a Telegram chat's "messages").
 *
 * Why not stream-json: its parser builds every value token by token (≈19 MB/s on a ChatGPT export
 * here) and its errors carry no position ("Parser cannot parse input: expected a value"). This reader
 * only splits the array: a byte scanner tracks string/escape state and bracket depth to find where
 * each item ends, then the item's bytes go through the native `JSON.parse`. Memory holds one read
 * chunk plus the item being assembled. On bad input it names the exact byte, line and column.
 */
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import { advance, firstInvalidUtf8, formatPos, type LinePos, readBytes } from "./bytes.js";
import { locateJsonError } from "./json-locate.js";
import { ObjectWalk } from "./json-object.js";
import { StringSkipper } from "./json-skip.js";
import { ImportError } from "./types.js";

/** A string value left out of an item's value (see {@link JsonStreamOptions.elideStringsOver}). */
export interface ElidedString {
  /** What stands in the value for it: `\0<tag>:<k>\0`, with a tag drawn at random per read, so no file holds it. */
  marker: string;
  /** its length in the file: bytes between the quotes */
  bytes: number;
  /** a lower bound of its characters (UTF-16 units) that are not white space, which no `trim()` removes (json-skip.ts) */
  minChars: number;
}

/**
 * One parsed item of the top-level array: its 0-based index, its value, and its first byte's
 * offset. With `elideStringsOver`, `elided` lists the strings `value` holds a marker for, and
 * `whole()` reads the item again from the file and parses it whole (exactly, with the errors a
 * read without elision gives); `elided` is empty when nothing was left out.
 */
export interface JsonItem {
  index: number;
  value: unknown;
  startByte: number;
  elided: ElidedString[];
  /** the tag in every marker of this read (no file holds it: a marker anywhere in a result shows a string left out) */
  markerTag: string;
  whole(): Promise<unknown>;
}

/** Options of {@link streamJsonArray}. */
export interface JsonStreamOptions {
  /** Called after each chunk is read with (bytes read, file size); the last call is (size, size). */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Read chunk size in bytes (default 512 KiB). */
  chunkBytes?: number;
  /**
   * A string value longer than this many bytes in the file is not kept: the scanner reads through
   * it (checking its JSON and UTF-8) and the item's value holds a marker instead (JsonItem.elided),
   * for a caller whose parser drops most such strings and refuses the others. Default: keep all.
   * An item whose elided string is not valid JSON or UTF-8, or is an object key, is parsed whole
   * (errors unchanged; a marker stands only for a value).
   */
  elideStringsOver?: number;
  /**
   * The file is a JSON object and its member of this name is the array to stream (Telegram's
   * "messages"): its items are yielded as a top-level array's would be; the rest of the object is read
   * through (strings and nesting followed, nothing kept). An object without it is refused. A member of
   * that name given twice is streamed both times, its items numbered on (a Mastodon archive's outbox.json
   * of Mastodon 4.2 holds `"orderedItems":[],"orderedItems":[…]`, which `JSON.parse` reads as the last).
   */
  arrayAt?: string;
  /**
   * The byte offset where the JSON starts (default 0): the bytes before it are no JSON and are not
   * read as such (an X archive's `window.YTD.tweets.part0 = `, a JavaScript assignment's left side).
   * Positions in errors and progress still count from the file's start.
   */
  from?: number;
  /**
   * An integer too large for a double to hold exactly (beyond ±2^53: a Discord snowflake's bare
   * 1017588758238990388) is yielded as its digits, a string, not rounded to 1017588758238990300. Default: off.
   */
  exactIntegers?: boolean;
}

/** A `JSON.parse` reviver, given the source text of each primitive (Node 21+: JSON.parse source text access). */
type Reviver = (key: string, value: unknown, context?: { source?: string }) => unknown;

/** The reviver of {@link JsonStreamOptions.exactIntegers}: an integer a double rounds is its source's digits. */
const exactIntegers: Reviver = (_key, value, context) =>
  typeof value === "number" && Number.isInteger(value) && !Number.isSafeInteger(value) && context?.source !== undefined && /^-?\d+$/.test(context.source)
    ? context.source
    : value;

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
const OBJECT = 6; // inside a top-level object (not an export: read to its end to tell a whole one from a cut one)
const KEYS = 7; // inside the top-level object whose member `arrayAt` is the array (before it)
const TAIL = 8; // inside that object, after the array

/** What a chat export is, for the error on a file that holds something else. */
const EXPECTED_EXPORT = "a JSON array of conversations (ChatGPT or Claude conversations.json, or LoCoMo)";

const isWs = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

interface RawItem {
  index: number;
  bytes: Buffer;
  startByte: number;
  startPos: LinePos;
  /** offset after its last byte */
  endByte: number;
  elided: Array<ElidedString & { valid: boolean }>;
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
  private stringStart = 0; // absolute offset of the opening quote of the current string
  private skip: StringSkipper | null = null;
  private elided: RawItem["elided"] = [];
  /** the tag of this read's markers (ElidedString.marker) */
  readonly tag = `engram-elided-${randomBytes(6).toString("hex")}`;

  /** the top-level object walked: one that is no export (read to its end), or the one whose member `arrayAt` is the array */
  private walk: ObjectWalk | null = null;

  /** @param start where the JSON starts: its byte offset and its line and column ({@link JsonStreamOptions.from}) */
  constructor(
    private readonly file: string,
    private readonly elideOver = Number.POSITIVE_INFINITY,
    private readonly arrayAt: string | null = null,
    start?: { base: number; pos: LinePos },
  ) {
    if (start) {
      this.base = start.base;
      this.pos = { ...start.pos };
    }
  }

  /** The state after the array's closing ']': the end, or the rest of the object that holds it. */
  private get closed(): number {
    return this.arrayAt === null ? DONE : TAIL;
  }

  /** The start of the unfinished item when a string of it was elided (the file must then be read again for its faults), else null. */
  get elidedOpenItem(): number | null {
    return this.state === ITEM && (this.elided.length || this.skip) ? this.itemStart : null;
  }

  /** Scans one chunk, pushing each completed item onto `out`; throws ImportError on a structural fault. */
  feed(chunk: Buffer, out: RawItem[]): void {
    const n = chunk.length;
    let i = 0;
    let itemFrom = this.state === ITEM ? 0 : -1;
    if (this.skip) {
      const end = this.skip.scan(chunk, 0, this.base, this.pos);
      if (end === -1) {
        this.base += n;
        return;
      }
      this.endSkip();
      i = end; // the loop below reads the closing quote
      itemFrom = end;
    }
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
      // (a top-level object that is no export is read to its closing '}', where it is refused)
      if (this.state === OBJECT) {
        if (this.walk!.step(b, null) === "closed") {
          throw new ImportError(this.file, formatPos(this.itemStart, this.itemPos), `the file is a JSON object; expected ${EXPECTED_EXPORT}`);
        }
        continue;
      }
      if (this.state === KEYS || this.state === TAIL) {
        // (a member given twice is streamed both times: Mastodon 4.2's outbox.json holds `"orderedItems":[],"orderedItems":[…]`)
        const found = this.walk!.step(b, this.arrayAt);
        if (found === "array") this.state = FIRST;
        else if (found === "closed" && this.state === TAIL) this.state = DONE;
        else if (found === "closed") this.fail(i, chunk, `the JSON object has no "${this.arrayAt}" array`);
        continue;
      }
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
            else if (b === 0x5d) this.state = this.closed;
          }
        } else if (b === 0x22) {
          this.inString = true;
          this.stringStart = this.base + i;
        } else if (b === 0x7b || b === 0x5b) {
          if (++this.depth > MAX_JSON_DEPTH) this.fail(i, chunk, `item [${this.index}] is nested more than ${MAX_JSON_DEPTH} levels deep`);
        } else if ((b === 0x7d || b === 0x5d) && --this.depth === 0) this.finish(chunk, itemFrom, i + 1, out);
        continue;
      }
      if (isWs(b)) continue;
      switch (this.state) {
        case START:
          if (this.arrayAt !== null) {
            if (b !== 0x7b) this.fail(i, chunk, `not JSON: expected '{' (an object holding a "${this.arrayAt}" array) at the start, got ${show(chunk, i)}`);
            this.walk = new ObjectWalk();
            this.state = KEYS;
          } else if (b === 0x5b) this.state = FIRST;
          else if (b === 0x7b) {
            this.begin(b, i);
            this.walk = new ObjectWalk();
            this.state = OBJECT;
          } else this.fail(i, chunk, `not JSON: expected '[' at the start, got ${show(chunk, i)}`);
          break;
        case FIRST:
        case NEXT:
          if (b === 0x5d && this.state === FIRST) this.state = this.closed;
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
          else if (b === 0x5d) this.state = this.closed;
          else this.fail(i, chunk, `expected ',' or ']' after item [${this.index - 1}], got ${show(chunk, i)}`);
          break;
        default:
          this.fail(i, chunk, `unexpected data after the end of the top-level array: ${show(chunk, i)}`);
      }
    }
    if (this.state === ITEM) {
      this.pieces.push(chunk.subarray(itemFrom));
      this.pieceBytes += n - itemFrom;
      if (this.inString && this.base + n - this.stringStart - 1 > this.elideOver) this.startSkip();
      if (this.pieceBytes > MAX_ITEM_BYTES) throw new ImportError(this.file, `[${this.index}]`, `item is larger than ${MAX_ITEM_BYTES / 1048576} MiB`);
    }
    this.base += n;
  }

  /**
   * Checks the end of input: throws ImportError if the file is empty or the array is unfinished.
   * @param readAgain the unfinished item's bytes read again from the file, when a string of it was elided ({@link elidedOpenItem})
   */
  end(readAgain?: Buffer): void {
    const eof = formatPos(this.base, this.pos);
    if (this.state === DONE) return;
    if (this.state === START) throw new ImportError(this.file, `byte ${this.base}`, "empty file (no JSON in it)");
    if (this.state === KEYS || this.state === TAIL) {
      const where = this.state === KEYS ? `before its "${this.arrayAt}" array` : `after its "${this.arrayAt}" array`;
      throw new ImportError(this.file, eof, `truncated JSON: the file ends inside the object, ${where}, before its closing '}'`);
    }
    if (this.state === OBJECT) {
      const where = this.walk!.inString ? "inside a string of the object" : "inside the object";
      throw new ImportError(
        this.file,
        eof,
        `truncated JSON: the file ends ${where} that starts at ${formatPos(this.itemStart, this.itemPos)}, before its closing '}' (a chat export is a JSON array of conversations: ChatGPT or Claude conversations.json, or LoCoMo)`,
      );
    }
    if (this.state === ITEM) {
      const bytes = readAgain ?? Buffer.concat(this.pieces);
      const partial = { index: this.index, bytes, startByte: this.itemStart, startPos: this.itemPos, endByte: this.base, elided: [] };
      const fault = itemFault(this.file, partial, true);
      if (fault) throw fault;
      const where = this.inString ? "inside a string of item" : "inside item";
      throw new ImportError(
        this.file,
        eof,
        `truncated JSON: the file ends ${where} [${this.index}], which starts at ${formatPos(this.itemStart, this.itemPos)}`,
      );
    }
    const array = this.arrayAt === null ? "the top-level array" : `the "${this.arrayAt}" array`;
    throw new ImportError(this.file, eof, `truncated JSON: the file ends before the ']' closing ${array}`);
  }

  private begin(b: number, i: number): void {
    this.state = ITEM;
    this.itemStart = this.base + i;
    this.itemPos = { ...this.pos };
    this.depth = b === 0x7b || b === 0x5b ? 1 : 0;
    this.inString = b === 0x22;
    this.stringStart = this.base + i;
    this.scalar = this.depth === 0 && !this.inString;
  }

  private finish(chunk: Buffer, from: number, to: number, out: RawItem[]): void {
    const tail = chunk.subarray(from, to);
    const bytes = this.pieces.length ? Buffer.concat([...this.pieces, tail]) : tail;
    out.push({ index: this.index++, bytes, startByte: this.itemStart, startPos: this.itemPos, endByte: this.base + to, elided: this.elided });
    this.elided = [];
    this.pieces = [];
    this.pieceBytes = 0;
    this.state = AFTER;
  }

  /** The current string is longer than `elideOver`: drops its bytes held so far (reading them for the checks) and skips the rest. */
  private startSkip(): void {
    const keep = this.stringStart + 1 - this.itemStart; // the item's bytes up to the opening quote
    const skip = new StringSkipper();
    const kept: Buffer[] = [];
    let at = 0;
    for (const p of this.pieces) {
      if (at + p.length <= keep) kept.push(p);
      else {
        if (at < keep) kept.push(p.subarray(0, keep - at));
        skip.scan(p, Math.max(0, keep - at), 0, { line: 0, lineStart: 0, cont: 0 }); // no quote in it; already counted in pos
      }
      at += p.length;
    }
    this.pieces = kept;
    this.pieceBytes = keep;
    this.skip = skip;
  }

  /** The skipped string ended: its marker takes its place in the item. */
  private endSkip(): void {
    const { bytes, minChars, valid } = this.skip!;
    const k = this.elided.length;
    const marker = Buffer.from(`\\u0000${this.tag}:${k}\\u0000`);
    this.pieces.push(marker);
    this.pieceBytes += marker.length;
    this.elided.push({ marker: `\0${this.tag}:${k}\0`, bytes, minChars, valid });
    this.skip = null;
    this.escape = false;
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
function parseItem(file: string, raw: RawItem, reviver?: Reviver): unknown {
  if (!isUtf8(raw.bytes)) throw itemFault(file, raw, false);
  try {
    return JSON.parse(raw.bytes.toString("utf8"), reviver as Parameters<typeof JSON.parse>[1]);
  } catch (e) {
    throw itemFault(file, raw, false) ?? new ImportError(file, `byte ${raw.startByte}`, `invalid JSON in item [${raw.index}]: ${(e as Error).message}`);
  }
}

/** Reads item `raw` again from the file and parses it whole (the same errors as a read without elision). */
async function parseWhole(file: string, raw: RawItem, reviver?: Reviver): Promise<unknown> {
  if (raw.endByte - raw.startByte > MAX_ITEM_BYTES) throw new ImportError(file, `[${raw.index}]`, `item is larger than ${MAX_ITEM_BYTES / 1048576} MiB`);
  return parseItem(file, { ...raw, bytes: await readBytes(file, raw.startByte, raw.endByte), elided: [] }, reviver);
}

/** Whether an object key inside `value` contains `tag`. */
function hasKeyWith(value: unknown, tag: string): boolean {
  if (Array.isArray(value)) return value.some((v) => hasKeyWith(v, tag));
  if (!value || typeof value !== "object") return false;
  return Object.entries(value).some(([k, v]) => k.includes(tag) || hasKeyWith(v, tag));
}

/** The item to yield for `raw`, which holds no elided string. */
function plainItem(file: string, raw: RawItem, markerTag: string, reviver?: Reviver): JsonItem {
  const value = parseItem(file, raw, reviver);
  return { index: raw.index, startByte: raw.startByte, markerTag, value, elided: [], whole: async () => value };
}

/** The item to yield for `raw`, which holds elided strings: parsed as it is, or whole when one of them, or what is left of it, is not valid. */
async function elidedItem(file: string, raw: RawItem, markerTag: string, reviver?: Reviver): Promise<JsonItem> {
  const whole = () => parseWhole(file, raw, reviver);
  let value: unknown;
  try {
    if (raw.elided.some((e) => !e.valid)) throw new Error("not valid");
    value = parseItem(file, raw, reviver);
    if (hasKeyWith(value, markerTag)) throw new Error("a key was left out"); // markers stand for values only
  } catch {
    const exact = await whole(); // throws the fault a read without elision names
    return { index: raw.index, startByte: raw.startByte, markerTag, value: exact, elided: [], whole: async () => exact };
  }
  const elided = raw.elided.map(({ marker, bytes, minChars }) => ({ marker, bytes, minChars }));
  return { index: raw.index, startByte: raw.startByte, markerTag, value, elided, whole };
}

/** Where a JSON that starts at byte `from` of `file` starts: the offset and its line and column (the bytes before it read for them). */
async function startOf(file: string, from: number): Promise<{ base: number; pos: LinePos }> {
  const before = await readBytes(file, 0, from);
  const bom = before[0] === 0xef && before[1] === 0xbb && before[2] === 0xbf ? 3 : 0;
  const pos: LinePos = { line: 1, lineStart: bom, cont: 0 };
  advance(pos, before, bom, before.length, 0);
  return { base: from, pos };
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
  const from = opts.from ?? 0;
  const stream = createReadStream(file, { highWaterMark: opts.chunkBytes ?? 512 * 1024, start: from });
  const scanner = new ArrayScanner(file, opts.elideStringsOver, opts.arrayAt ?? null, from ? await startOf(file, from) : undefined);
  const ready: RawItem[] = [];
  const reviver = opts.exactIntegers ? exactIntegers : undefined;
  let read = from;
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
      for (const raw of ready) yield raw.elided.length ? await elidedItem(file, raw, scanner.tag, reviver) : plainItem(file, raw, scanner.tag, reviver);
      ready.length = 0;
      if (fault) throw fault;
    }
    const open = scanner.elidedOpenItem;
    scanner.end(open === null ? undefined : await readBytes(file, open, read));
    if (read === 0) opts.onProgress?.(0, 0);
  } finally {
    stream.destroy();
  }
}
