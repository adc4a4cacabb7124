/**
 * Streams the values found at chosen places of one JSON document (a file that is one object of sections,
 * TikTok's `user_data_tiktok.json`), in bounded memory: the caller says, for each value met at a place it
 * entered, whether to keep it (it is parsed and yielded), enter it (its members or items are each asked
 * about in turn) or skip it (read through, nothing kept). Only the places entered are read key by key; a
 * value kept is split out as json-stream.ts splits an array's items and parsed by the native `JSON.parse`
 * (its faults located by json-locate.ts); a value skipped is followed byte by byte (strings, escapes and
 * the nesting of its brackets), so a watch history of tens of MB costs one read chunk. Memory holds one
 * read chunk, the path being read and the value being kept.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { isUtf8 } from "node:buffer";
import { advance, firstInvalidUtf8, formatPos, type LinePos, readBytes } from "./bytes.js";
import { locateJsonError } from "./json-locate.js";
import { MAX_JSON_DEPTH } from "./json-stream.js";
import { ImportError } from "./types.js";
import { formatPath } from "./validate.js";

/** A step of a value's place: a member's key, or an item's index. */
export type PathKey = string | number;

/** What to do with a value: yield it parsed, read its members or items one by one, or read through it keeping nothing. */
export type PathChoice = "keep" | "enter" | "skip";

/** What a value is, by its first byte: an object, an array, or anything else (a string, a number, true, false, null). */
export type ValueKind = "object" | "array" | "scalar";

/** A value kept: its place (`["Direct Message", "Direct Messages", "ChatHistory", "Chat History with sam:"]`), its parsed value, and its first byte's offset. */
export interface PathValue {
  path: PathKey[];
  value: unknown;
  startByte: number;
}

/** Options of {@link streamJsonPaths}. */
export interface JsonPathsOptions {
  /**
   * What to do with the value at `path` (the document itself at `[]`) whose kind is `kind`: "keep" it, "enter" it
   * (an object or an array; a scalar entered is kept) or "skip" it. Asked once per value of each place entered.
   */
  choose: (path: readonly PathKey[], kind: ValueKind) => PathChoice;
  /** Called after each chunk is read with (bytes read, file size); the last call is (size, size). */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Read chunk size in bytes (default 512 KiB). */
  chunkBytes?: number;
  /** Largest value kept, in bytes (default and most: 256 MiB); a larger one is refused, naming its place. */
  maxKeptBytes?: number;
}

/** Largest value kept (256 MiB), as json-stream.ts's largest item. */
const MAX_KEPT_BYTES = 256 * 1024 * 1024;
/** Longest key of an object entered (64 KiB). */
const MAX_KEY_BYTES = 64 * 1024;

/** A UTF-8 byte order mark. */
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const isWs = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

/** Where a container entered is: before its first member or item, before a key (after ','), after a key (before ':'), before a value, after a member or item. */
type Expect = "first" | "key" | "colon" | "value" | "after";

/** An object or an array entered. */
interface Frame {
  array: boolean;
  path: PathKey[];
  expect: Expect;
  /** the key of the member being read (an object's) */
  key: string;
  /** the index of the next item (an array's) */
  index: number;
}

/** A value being read through: kept (its bytes gathered) or skipped. */
interface Reading {
  keep: boolean;
  path: PathKey[];
  startByte: number;
  startPos: LinePos;
  /** the value is a string (it ends at its closing quote) */
  string: boolean;
  /** the value is a number, true, false or null (it ends before a delimiter) */
  scalar: boolean;
  inString: boolean;
  escape: boolean;
  /** its open brackets, innermost last (their closing bytes) */
  open: number[];
  pieces: Buffer[];
  bytes: number;
}

/** A key being read (the bytes between its quotes). */
interface KeyReading {
  bytes: number[];
  escape: boolean;
  startByte: number;
  startPos: LinePos;
}

/** Shows the byte at `i` of `chunk` as a character for an error ("'x'"). */
function show(chunk: Buffer, i: number): string {
  const c = chunk
    .subarray(i, i + 4)
    .toString("utf8")
    .slice(0, 1);
  return JSON.stringify(c).replace(/^"|"$/g, "'");
}

/** The place `path` in words for an error: "the top level", else its JSON path (`["Direct Message"].ChatHistory`). */
/** A size in bytes as a person reads it: "256 MiB", "64 KiB", "50 bytes". */
function sizeOf(bytes: number): string {
  if (bytes >= 1048576 && bytes % 1048576 === 0) return `${bytes / 1048576} MiB`;
  return bytes >= 1024 && bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${bytes} bytes`;
}

function placeOf(path: readonly PathKey[]): string {
  return path.length === 0 ? "the top level" : formatPath(path);
}

/** Splits a byte stream holding one JSON value into the values the caller keeps, reading the places it enters key by key. */
class PathScanner {
  private base = 0;
  private readonly pos: LinePos = { line: 1, lineStart: 0, cont: 0 };
  private readonly frames: Frame[] = [];
  private reading: Reading | null = null;
  private key: KeyReading | null = null;
  /** the document's one value was read */
  private done = false;

  /** @param from where the JSON starts: 3 after a UTF-8 byte order mark (not a column), else 0 */
  constructor(
    private readonly file: string,
    private readonly choose: JsonPathsOptions["choose"],
    from: number,
    private readonly maxKept = MAX_KEPT_BYTES,
  ) {
    this.base = from;
    this.pos.lineStart = from;
  }

  /** Scans one chunk, pushing each value kept onto `out`. @throws ImportError at a structural fault (byte, line, column). */
  feed(chunk: Buffer, out: PathValue[]): void {
    const n = chunk.length;
    let i = 0;
    // (the bytes of a kept value in this chunk start here)
    let keptFrom = this.reading?.keep ? i : -1;
    for (; i < n; i++) {
      const b = chunk[i]!;
      if (b === 0x0a) {
        this.pos.line++;
        this.pos.lineStart = this.base + i + 1;
        this.pos.cont = 0;
      } else if ((b & 0xc0) === 0x80) this.pos.cont++;
      const r = this.reading;
      if (r) {
        if (r.inString) {
          if (r.escape) r.escape = false;
          else if (b === BACKSLASH) r.escape = true;
          else if (b === QUOTE) {
            r.inString = false;
            if (r.string) this.finish(chunk, keptFrom, i + 1, out);
          }
          continue;
        }
        if (r.scalar) {
          if (b === COMMA || b === CLOSE_OBJECT || b === CLOSE_ARRAY || isWs(b)) {
            this.finish(chunk, keptFrom, i, out);
            // (the delimiter is the container's: read again as such)
            this.unread(b);
            i--;
          }
          continue;
        }
        if (b === QUOTE) r.inString = true;
        else if (b === OPEN_OBJECT || b === OPEN_ARRAY) {
          if (this.frames.length + r.open.length >= MAX_JSON_DEPTH) this.fail(i, chunk, `${placeOf(r.path)} is nested more than ${MAX_JSON_DEPTH} levels deep`);
          r.open.push(b === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY);
        } else if (b === CLOSE_OBJECT || b === CLOSE_ARRAY) {
          const want = r.open.pop()!;
          if (b !== want) this.fail(i, chunk, `expected '${want === CLOSE_OBJECT ? "}" : "]"}' in ${placeOf(r.path)}, got ${show(chunk, i)}`);
          if (r.open.length === 0) this.finish(chunk, keptFrom, i + 1, out);
        }
        continue;
      }
      const k = this.key;
      if (k) {
        if (k.escape) k.escape = false;
        else if (b === BACKSLASH) k.escape = true;
        else if (b === QUOTE) {
          this.endKey(i, chunk);
          continue;
        }
        if (k.bytes.length >= MAX_KEY_BYTES) this.fail(i, chunk, `a key longer than ${MAX_KEY_BYTES / 1024} KiB in ${placeOf(this.frames.at(-1)!.path)}`);
        k.bytes.push(b);
        continue;
      }
      if (isWs(b)) continue;
      if (this.structural(b, i, chunk)) keptFrom = this.reading?.keep ? i : -1;
    }
    const r = this.reading;
    if (r?.keep) {
      const from = Math.max(keptFrom, 0);
      r.pieces.push(chunk.subarray(from));
      r.bytes += n - from;
      if (r.bytes > this.maxKept) throw new ImportError(this.file, placeOf(r.path), `larger than ${sizeOf(this.maxKept)}`);
    }
    this.base += n;
  }

  /** Counts back the line of a delimiter read again (a newline after a scalar). */
  private unread(b: number): void {
    if (b === 0x0a) this.pos.line--;
  }

  /**
   * Reads byte `b` at a place between values (a container entered, or the top level): keys, ':', ',', closing
   * brackets, and the first byte of a value, which is then entered, kept or skipped as the caller chooses.
   * @returns true when a value starts at `b` and is being read (kept or skipped).
   */
  private structural(b: number, i: number, chunk: Buffer): boolean {
    const frame = this.frames.at(-1);
    if (!frame) {
      if (this.done) this.fail(i, chunk, `unexpected data after the end of the JSON document: ${show(chunk, i)}`);
      return this.value(b, i, chunk, []);
    }
    if (frame.array) {
      if ((frame.expect === "first" || frame.expect === "after") && b === CLOSE_ARRAY) return this.close();
      if (frame.expect === "after") {
        if (b !== COMMA) this.fail(i, chunk, `expected ',' or ']' after ${placeOf([...frame.path, frame.index - 1])}, got ${show(chunk, i)}`);
        frame.expect = "value";
        return false;
      }
      if (b === COMMA || b === CLOSE_ARRAY || b === CLOSE_OBJECT || b === COLON)
        this.fail(i, chunk, `expected an item of ${placeOf(frame.path)}, got ${show(chunk, i)}`);
      const path = [...frame.path, frame.index++];
      frame.expect = "after";
      return this.value(b, i, chunk, path);
    }
    switch (frame.expect) {
      case "first":
      case "key":
        if (frame.expect === "first" && b === CLOSE_OBJECT) return this.close();
        if (b !== QUOTE)
          this.fail(i, chunk, `expected a key (a string)${frame.expect === "first" ? " or '}'" : ""} in ${placeOf(frame.path)}, got ${show(chunk, i)}`);
        this.key = { bytes: [], escape: false, startByte: this.base + i, startPos: { ...this.pos } };
        return false;
      case "colon":
        if (b !== COLON) this.fail(i, chunk, `expected ':' after the key ${JSON.stringify(frame.key)} in ${placeOf(frame.path)}, got ${show(chunk, i)}`);
        frame.expect = "value";
        return false;
      case "value":
        if (b === COMMA || b === CLOSE_ARRAY || b === CLOSE_OBJECT || b === COLON)
          this.fail(i, chunk, `expected the value of ${placeOf([...frame.path, frame.key])}, got ${show(chunk, i)}`);
        frame.expect = "after";
        return this.value(b, i, chunk, [...frame.path, frame.key]);
      default:
        if (b === CLOSE_OBJECT) return this.close();
        if (b !== COMMA) this.fail(i, chunk, `expected ',' or '}' after ${placeOf([...frame.path, frame.key])}, got ${show(chunk, i)}`);
        frame.expect = "key";
        return false;
    }
  }

  /** A value starts at byte `b`, at `path`: entered, kept or skipped as the caller chooses. @returns true when it is being read (kept or skipped). */
  private value(b: number, i: number, chunk: Buffer, path: PathKey[]): boolean {
    const kind: ValueKind = b === OPEN_OBJECT ? "object" : b === OPEN_ARRAY ? "array" : "scalar";
    const choice = this.choose(path, kind);
    if (choice === "enter" && kind !== "scalar") {
      if (this.frames.length >= MAX_JSON_DEPTH) this.fail(i, chunk, `${placeOf(path)} is nested more than ${MAX_JSON_DEPTH} levels deep`);
      this.frames.push({ array: kind === "array", path, expect: "first", key: "", index: 0 });
      return false;
    }
    this.reading = {
      keep: choice !== "skip",
      path,
      startByte: this.base + i,
      startPos: { ...this.pos },
      string: b === QUOTE,
      scalar: kind === "scalar" && b !== QUOTE,
      inString: b === QUOTE,
      escape: false,
      open: kind === "scalar" ? [] : [b === OPEN_OBJECT ? CLOSE_OBJECT : CLOSE_ARRAY],
      pieces: [],
      bytes: 0,
    };
    return true;
  }

  /** The container entered last closes. @returns false (no value starts). */
  private close(): boolean {
    this.frames.pop();
    if (this.frames.length === 0) this.done = true;
    return false;
  }

  /** A key's closing quote, at `i`: the key decoded (its escapes) and the object's member begun. @throws ImportError for a key that is no JSON string. */
  private endKey(i: number, chunk: Buffer): void {
    const k = this.key!;
    this.key = null;
    const frame = this.frames.at(-1)!;
    const raw = Buffer.from(k.bytes);
    let key: unknown;
    try {
      key = isUtf8(raw) ? JSON.parse(`"${raw.toString("utf8")}"`) : null;
    } catch {
      key = null;
    }
    if (typeof key !== "string")
      this.fail(i, chunk, `a key in ${placeOf(frame.path)} that is no JSON string (it starts at ${formatPos(k.startByte, k.startPos)})`);
    frame.key = key;
    frame.expect = "colon";
  }

  /** The value being read ends before byte `to` of `chunk` (its bytes in this chunk from `from`): a kept one parsed and pushed onto `out`. */
  private finish(chunk: Buffer, from: number, to: number, out: PathValue[]): void {
    const r = this.reading!;
    this.reading = null;
    if (this.frames.length === 0) this.done = true;
    if (!r.keep) return;
    const bytes = r.pieces.length ? Buffer.concat([...r.pieces, chunk.subarray(Math.max(from, 0), to)]) : chunk.subarray(Math.max(from, 0), to);
    out.push({ path: r.path, value: this.parse(r, bytes), startByte: r.startByte });
  }

  /** The kept value `bytes` of `r`, parsed. @throws ImportError at the byte, line and column of invalid UTF-8 or JSON in it. */
  private parse(r: Reading, bytes: Buffer): unknown {
    const at = (byteInValue: number): string => {
      const pos = { ...r.startPos };
      advance(pos, bytes, 0, byteInValue, r.startByte);
      return formatPos(r.startByte + byteInValue, pos);
    };
    if (!isUtf8(bytes)) throw new ImportError(this.file, at(firstInvalidUtf8(bytes)), `invalid UTF-8 in ${placeOf(r.path)} (the file must be UTF-8 text)`);
    const text = bytes.toString("utf8");
    try {
      return JSON.parse(text);
    } catch (e) {
      const fault = locateJsonError(text);
      if (!fault) throw new ImportError(this.file, at(0), `invalid JSON in ${placeOf(r.path)}: ${(e as Error).message}`);
      throw new ImportError(this.file, at(Buffer.byteLength(text.slice(0, fault.index), "utf8")), `invalid JSON in ${placeOf(r.path)}: ${fault.reason}`);
    }
  }

  /** Checks the end of input, a number or literal the file ends with kept onto `out`. @throws ImportError for an empty file, or one that ends inside the document (naming where). */
  end(out: PathValue[]): void {
    if (this.reading?.scalar) this.finish(Buffer.alloc(0), 0, 0, out);
    if (this.done) return;
    if (!this.frames.length && !this.reading) throw new ImportError(this.file, `byte ${this.base}`, "empty file (no JSON in it)");
    const inner = this.reading ? placeOf(this.reading.path) : placeOf(this.frames.at(-1)!.path);
    const inString = this.reading?.inString || this.key !== null;
    throw new ImportError(
      this.file,
      formatPos(this.base, this.pos),
      `truncated JSON: the file ends ${inString ? "inside a string of" : "inside"} ${inner}, before its end`,
    );
  }

  private fail(i: number, chunk: Buffer, detail: string): never {
    const pos = { ...this.pos };
    if (((chunk[i] ?? 0) & 0xc0) === 0x80) pos.cont--;
    throw new ImportError(this.file, formatPos(this.base + i, pos), detail);
  }
}

/**
 * Yields the values of the JSON document in `file` that `opts.choose` keeps, each with its place, in the
 * file's order, reading the file in chunks: memory holds one chunk, the places entered and the value being
 * kept (at most 256 MiB). Values before a fault are yielded before it is thrown. The caller may stop early
 * (a `break`): the file is then closed.
 * @throws ImportError with the byte, line and column: an empty file, a structural fault at a place entered
 *   (a missing ',' or ':', a key that is no string) or in a value read through (a bracket closing what it
 *   did not open), invalid UTF-8 or JSON in a value kept (located by json-locate.ts), a value nested more
 *   than {@link MAX_JSON_DEPTH} levels, the file ending inside the document (naming the place), data after
 *   it; a value kept over 256 MiB (its place). Node's fs errors when the file cannot be read.
 */
export async function* streamJsonPaths(file: string, opts: JsonPathsOptions): AsyncGenerator<PathValue> {
  const total = (await stat(file)).size;
  // (a UTF-8 byte order mark is no part of the JSON, nor a column)
  const from = (await readBytes(file, 0, 3)).equals(BOM) ? 3 : 0;
  const stream = createReadStream(file, { highWaterMark: opts.chunkBytes ?? 512 * 1024, start: from });
  const scanner = new PathScanner(file, opts.choose, from, Math.min(opts.maxKeptBytes ?? MAX_KEPT_BYTES, MAX_KEPT_BYTES));
  const ready: PathValue[] = [];
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
      for (const value of ready) yield value;
      ready.length = 0;
      if (fault) throw fault;
    }
    scanner.end(ready);
    for (const value of ready) yield value;
    if (read === 0) opts.onProgress?.(0, 0);
  } finally {
    stream.destroy();
  }
}
