/**
 * Reads through a long JSON string value without keeping it (json-stream.ts `elideStringsOver`):
 * finds its closing quote, checks what `JSON.parse` and the UTF-8 check would check inside it
 * (control characters, escapes, UTF-8), and counts a lower bound of its length in characters that
 * are not white space, which survive any `trim()` of a text the string ends up in.
 */
import { isUtf8 } from "node:buffer";
import type { LinePos } from "./bytes.js";

const isHex = (b: number): boolean => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);

/**
 * One string being skipped. The bound counts, in UTF-16 units: printable ASCII but the space; the
 * escapes `\"`, `\\`, `\/`, `\b`; characters of 2- and 3-byte UTF-8 sequences whose lead byte
 * rules out white space (0xC3–0xE0, 0xE4–0xEE: not U+00A0, U+1680, U+2000–U+205F, U+3000, U+FEFF);
 * 2 per 4-byte sequence. Everything else counts 0 (a lower bound, not the length).
 */
export class StringSkipper {
  /** bytes between the quotes read so far */
  bytes = 0;
  /** lower bound of the string's non-white-space UTF-16 units (see the class comment) */
  minChars = 0;
  /** false once something inside is not valid JSON string content or not UTF-8 */
  valid = true;
  private escape = false;
  private hexLeft = 0;
  /** the bytes of a UTF-8 sequence cut by the chunk's end, checked with the next chunk's */
  private carry: Buffer | null = null;

  /**
   * Scans `chunk` from `from`, inside the string. `pos` (mutated) is advanced over the bytes
   * consumed, the first at absolute offset `base + from`.
   * @returns the index of the closing quote in `chunk` (not consumed), or -1 when the string goes on.
   */
  scan(chunk: Buffer, from: number, base: number, pos: LinePos): number {
    const n = chunk.length;
    let min = this.minChars;
    let cont = 0;
    let end = -1;
    let afterBackslash = this.escape;
    let hexLeft = this.hexLeft;
    for (let i = from; i < n; i++) {
      const b = chunk[i]!;
      if (b > 0x22 && b < 0x7f && b !== 0x5c && !afterBackslash && hexLeft === 0) {
        min++; // the common case: printable ASCII
        continue;
      }
      // where the string ends is decided as json-stream.ts's scanner decides it: at a quote not
      // right after a backslash (a `\u` cut short is invalid, not longer)
      if (afterBackslash) {
        afterBackslash = false;
        if (b === 0x22 || b === 0x5c || b === 0x2f || b === 0x62) min++;
        else if (b === 0x75) hexLeft = 4;
        else if (b !== 0x66 && b !== 0x6e && b !== 0x72 && b !== 0x74) this.valid = false;
        if (b >= 0x80 && b < 0xc0) cont++;
      } else if (b === 0x22) {
        end = i;
        break;
      } else if (b === 0x5c) {
        afterBackslash = true;
        if (hexLeft > 0) [this.valid, hexLeft] = [false, 0];
      } else if (hexLeft > 0) {
        if (!isHex(b)) this.valid = false;
        hexLeft--;
        if (b >= 0x80 && b < 0xc0) cont++;
      } else if (b < 0x80) {
        if (b > 0x20) min++;
        else if (b < 0x20) {
          this.valid = false; // a raw control character (JSON wants it escaped)
          if (b === 0x0a) {
            pos.line++;
            pos.lineStart = base + i + 1;
            pos.cont = 0;
            cont = 0;
          }
        }
      } else if (b < 0xc0) cont++;
      else if (b >= 0xf0) min += 2;
      else if ((b >= 0xc3 && b <= 0xe0) || (b >= 0xe4 && b <= 0xee)) min++;
    }
    const to = end === -1 ? n : end;
    pos.cont += cont;
    this.minChars = min;
    this.escape = afterBackslash;
    this.hexLeft = hexLeft;
    this.bytes += to - from;
    if (this.valid) this.checkUtf8(chunk.subarray(from, to));
    if (end !== -1 && (afterBackslash || hexLeft > 0 || this.carry)) this.valid = false; // the quote cut an escape or a UTF-8 sequence
    return end;
  }

  /** Checks `bytes` are UTF-8 (node:buffer isUtf8), holding back a sequence cut by their end. */
  private checkUtf8(bytes: Buffer): void {
    let r = bytes;
    if (this.carry) {
      const head = Buffer.concat([this.carry, r.subarray(0, seqLength(this.carry[0]!) - this.carry.length)]);
      r = r.subarray(head.length - this.carry.length);
      this.carry = null;
      if (head.length < seqLength(head[0]!)) {
        this.carry = head;
        return;
      }
      if (!isUtf8(head)) this.valid = false;
    }
    let cut = r.length;
    for (let k = 1; k <= 3 && k <= r.length; k++) {
      const b = r[r.length - k]!;
      if (b < 0x80) break;
      if (b >= 0xc0) {
        if (seqLength(b) > k) cut = r.length - k;
        break;
      }
    }
    if (!isUtf8(r.subarray(0, cut))) this.valid = false;
    if (cut < r.length) this.carry = Buffer.from(r.subarray(cut));
  }
}

/** Length of the UTF-8 sequence lead byte `b` starts (4 for the invalid leads 0xF8–0xFF: isUtf8 refuses them). */
const seqLength = (b: number): number => (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2);
