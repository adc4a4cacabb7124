/**
 * Finds where and why a JSON text is invalid. `JSON.parse` is fast but some of its messages carry no
 * position (`Unexpected token 'x', "..." is not valid JSON`), so after it fails this small
 * recursive-descent checker (RFC 8259 grammar) walks the same text to name the exact spot. Its
 * recursion is bounded: text nested deeper than `maxDepth` is a fault of its own.
 */

/** Where a JSON text first breaks: `index` in UTF-16 code units of the text, and a short reason. */
export interface JsonFault {
  index: number;
  reason: string;
}

class Fault extends Error {
  constructor(
    readonly index: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** Returns the first syntax error of `text` as one JSON value, or null when it is valid JSON. */
export function locateJsonError(text: string, maxDepth = 1000): JsonFault | null {
  let i = 0;
  let depth = 0;
  const fail = (reason: string): never => {
    throw new Fault(i, reason);
  };
  const show = (): string => (i < text.length ? `'${text.slice(i, i + 12).replace(/\r?\n[\s\S]*$/, "")}'` : "the end of the input");
  const hex4At = (at: number): boolean => {
    HEX4.lastIndex = at;
    return HEX4.test(text);
  };
  const ws = (): void => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(++i));
  };
  const string = (): void => {
    i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) fail("unterminated string");
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail("raw control character in a string (escape it, e.g. \\n)");
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else if (e === "u" && hex4At(i + 2)) i += 6;
        else fail("bad escape sequence in a string");
      } else i++;
    }
  };
  const value = (): void => {
    const c = text[i];
    if (c === "{" || c === "[") {
      container(c === "{" ? "}" : "]", c === "{");
      return;
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) fail(`bad number ${show()}`);
      i = NUMBER.lastIndex;
      return;
    }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    fail(`expected a value, got ${show()}`);
  };
  const container = (close: string, isObject: boolean): void => {
    if (++depth > maxDepth) fail(`nested more than ${maxDepth} levels deep`);
    i++;
    ws();
    if (text[i] === close) {
      i++;
      depth--;
      return;
    }
    for (;;) {
      if (isObject) {
        if (text[i] !== '"') fail(`expected a double-quoted property name, got ${show()}`);
        string();
        ws();
        if (text[i] !== ":") fail(`expected ':' after a property name, got ${show()}`);
        i++;
        ws();
      }
      value();
      ws();
      if (text[i] === ",") {
        i++;
        ws();
        continue;
      }
      if (text[i] === close) {
        i++;
        depth--;
        return;
      }
      fail(`expected ',' or '${close}' after ${isObject ? "a property value" : "an array element"}, got ${show()}`);
    }
  };
  try {
    ws();
    value();
    ws();
    if (i < text.length) fail(`unexpected data after the value: ${show()}`);
    return null;
  } catch (e) {
    if (e instanceof Fault) return { index: e.index, reason: e.reason };
    throw e;
  }
}
