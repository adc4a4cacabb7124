/**
 * OFX's markup read as a stream, both forms banks write: OFX 1.x's SGML, whose elements (the leaves,
 * `<TRNAMT>-18.00`) are most often left unclosed while its aggregates are closed (`</STMTTRN>`), and OFX
 * 2.x's XML, where every element is closed (`<TRNAMT>-18.00</TRNAMT>`, `<NAME/>`); a file of either may
 * hold all its tags on one line or one a line, indented or not. No npm library fits: node-ofx-parser,
 * ofx, ofx-js, ofx-data-extractor and ofx-convertjs (the registry's OFX readers) each read the whole file
 * into a string and rewrite the SGML into XML with regular expressions before an XML parser reads it
 * whole, so memory grows with the file and a fault is named by no line; none reads QIF.
 *
 * The rules, as OFX's DTD implies them without being read: a tag followed by text is a leaf, ended by
 * the next tag (or its own end tag); a tag the caller names a leaf ({@link OfxMarkup}'s `isLeaf`) is one
 * even when empty (`<MEMO>` then `<FITID>…`); an end tag closes its element and any left open inside it; a
 * leaf opened with no text before an end tag is empty. Entities `&amp;` `&lt;` `&gt;` `&quot;` `&apos;`
 * `&nbsp;` and numeric ones are decoded, any other `&` kept as written (SGML files write "M&S" bare). The
 * header before the first tag (OFX 1.x's `OFXHEADER:100` lines), `<?…?>` instructions (OFX 2.x's `<?xml …?>`
 * and `<?OFX …?>`), `<!…>` declarations and comments are passed over.
 */
import { ImportError } from "../kit/types.js";

/** What the markup tells, in order: an element opened; a leaf's value (its element ended); an aggregate ended. Each with the line its tag starts on. */
export type OfxEvent =
  | { kind: "open"; name: string; line: number }
  | { kind: "value"; name: string; value: string; line: number }
  | { kind: "close"; name: string; line: number };

/** Most characters of one tag or one value; past it the file is refused (a "<" never closed, a value run on). */
export const MAX_TOKEN_CHARS = 64 * 1024;

/** Most elements open at once; past it the file is refused. */
export const MAX_DEPTH = 128;

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** A value's entities decoded (`&amp;` → "&", `&#163;` → "£"); an unknown one, or a bare "&", kept as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/** An element open: its name, the line its tag is on, whether text made it a leaf, whether an element was opened in it. */
interface Open {
  name: string;
  line: number;
  valued: boolean;
  parent: boolean;
}

/**
 * OFX markup fed a chunk of text at a time ({@link OfxMarkup.write}), giving the events each chunk
 * completes; {@link OfxMarkup.end} after the last. Memory holds the elements open and one tag or value.
 */
export class OfxMarkup {
  private readonly open: Open[] = [];
  private text = "";
  /** The tag being read (from its "<"), or null between tags. */
  private tag: string | null = null;
  private tagLine = 1;
  /** The line the text being read starts on (where the last tag ended). */
  private textLine = 1;
  private line = 1;
  private seenElement = false;
  private rootClosed = false;
  private out: OfxEvent[] = [];

  /**
   * @param file the file read, for errors
   * @param isLeaf whether an element of this name is one that holds a value, never others (OFX's
   *   elements: TRNAMT, NAME, MEMO …), so that an empty one is not read as holding the tags after it
   */
  constructor(
    private readonly file: string,
    private readonly isLeaf: (name: string) => boolean,
  ) {}

  /** The line the read has reached (1-based). */
  lineReached(): number {
    return this.line;
  }

  /**
   * Reads `chunk`, the file's next text.
   * @returns the events it completed
   * @throws ImportError naming the line: a tag or a value over {@link MAX_TOKEN_CHARS} characters; an end
   *   tag that closes no open element; text between an aggregate's tags; a tag that is no element's name;
   *   more than {@link MAX_DEPTH} elements open
   */
  write(chunk: string): OfxEvent[] {
    let i = 0;
    while (i < chunk.length) {
      if (this.tag === null) {
        const lt = chunk.indexOf("<", i);
        const upTo = lt === -1 ? chunk.length : lt;
        this.take(chunk, i, upTo, "text");
        if (lt === -1) break;
        this.flushText();
        this.tag = "";
        this.tagLine = this.line;
        i = lt + 1;
        continue;
      }
      // (a comment runs to "-->", whatever it holds)
      const end = (this.tag + chunk.slice(i, i + 3)).startsWith("!--") ? this.commentEnd(chunk, i) : chunk.indexOf(">", i);
      const upTo = end === -1 ? chunk.length : end;
      this.take(chunk, i, upTo, "tag");
      if (end === -1) break;
      const tag = this.tag;
      this.tag = null;
      this.onTag(tag);
      this.textLine = this.line;
      i = end + 1;
    }
    const out = this.out;
    this.out = [];
    return out;
  }

  /**
   * Ends the read: the last text's value given, and any leaf left open ended.
   * @returns the events that completed
   * @throws ImportError naming the line: the file ends inside a tag, or with an aggregate still open
   *   (`<STMTTRN>` of line 40: "a download cut short?")
   */
  end(): OfxEvent[] {
    if (this.tag !== null) throw new ImportError(this.file, `line ${this.tagLine}`, `the file ends inside a tag: "<${this.tag.slice(0, 40)}"`);
    this.flushText();
    while (this.open.length) {
      const top = this.open.at(-1)!;
      if (top.parent)
        throw new ImportError(
          this.file,
          `line ${top.line}`,
          `the file ends with <${top.name}> still open (no </${top.name}>): a download cut short? Download the statement again`,
        );
      this.closeTop();
    }
    const out = this.out;
    this.out = [];
    return out;
  }

  /** Where a comment's "-->" ends in `chunk` from `i` (the index of its ">"), counting what the tag holds so far, or -1. */
  private commentEnd(chunk: string, i: number): number {
    for (let at = chunk.indexOf(">", i); at !== -1; at = chunk.indexOf(">", at + 1)) {
      const before = this.tag! + chunk.slice(i, at);
      if (before.length >= 5 && before.endsWith("--")) return at;
    }
    return -1;
  }

  /** Adds `chunk[from, to)` to the text or the tag being read, counting its lines. @throws ImportError past {@link MAX_TOKEN_CHARS} */
  private take(chunk: string, from: number, to: number, into: "text" | "tag"): void {
    if (to <= from) return;
    const piece = chunk.slice(from, to);
    for (let n = piece.indexOf("\n"); n !== -1; n = piece.indexOf("\n", n + 1)) this.line++;
    if (into === "tag") this.tag += piece;
    // (the header before the first tag, OFX 1.x's OFXHEADER lines, is not kept)
    else if (this.seenElement) this.text += piece;
    const held = into === "tag" ? this.tag!.length : this.text.length;
    if (held > MAX_TOKEN_CHARS)
      throw new ImportError(
        this.file,
        `line ${into === "tag" ? this.tagLine : this.line}`,
        `${into === "tag" ? "a tag" : "a value"} longer than ${MAX_TOKEN_CHARS} characters: not OFX`,
      );
  }

  /** The text read since the last tag: the value of the leaf it follows, or nothing (spaces and line breaks between tags). @throws ImportError for words between an aggregate's tags */
  private flushText(): void {
    const held = this.text;
    const text = held.trim();
    this.text = "";
    if (!text || this.rootClosed) return;
    const top = this.open.at(-1);
    if (!top || top.parent || top.valued) {
      const lead = held.slice(0, held.search(/\S/));
      const line = this.textLine + lead.split("\n").length - 1;
      throw new ImportError(this.file, `line ${line}`, `text outside an element: ${JSON.stringify(text.slice(0, 40))}`);
    }
    top.valued = true;
    this.out.push({ kind: "value", name: top.name, value: decodeEntities(text.replace(/\s+/g, " ")), line: top.line });
  }

  /** Ends the innermost element: a leaf's value given when it had none (an empty leaf), an aggregate's end. */
  private closeTop(): void {
    const top = this.open.pop()!;
    if (top.parent) this.out.push({ kind: "close", name: top.name, line: this.tagLine });
    else if (!top.valued) this.out.push({ kind: "value", name: top.name, value: "", line: top.line });
    if (!this.open.length && this.seenElement && top.parent) this.rootClosed = true;
  }

  /** One whole tag, without its "<" and ">". */
  private onTag(tag: string): void {
    if (tag.startsWith("?") || tag.startsWith("!")) return;
    const closing = tag.startsWith("/");
    const selfClosing = !closing && tag.endsWith("/");
    const name = tag.slice(closing ? 1 : 0, selfClosing ? -1 : undefined).trim();
    if (!/^[A-Za-z][\w.:-]*$/.test(name)) throw new ImportError(this.file, `line ${this.tagLine}`, `a tag that is no OFX element: "<${tag.slice(0, 40)}>"`);
    const upper = name.toUpperCase();
    if (closing) {
      const at = this.open.map((o) => o.name).lastIndexOf(upper);
      if (at === -1) {
        // (an end tag of a leaf that was already ended, `<CODE>0</CODE>` after `<CODE>` was read as a leaf: nothing more to end)
        if (this.isLeaf(upper)) return;
        throw new ImportError(this.file, `line ${this.tagLine}`, `</${name}> closes no open <${name}>`);
      }
      while (this.open.length > at) this.closeTop();
      return;
    }
    // (a leaf that holds a value, or one named a leaf, is ended by the next tag)
    const top = this.open.at(-1);
    if (top && !top.parent && (top.valued || this.isLeaf(top.name))) this.closeTop();
    const parent = this.open.at(-1);
    if (parent) parent.parent = true;
    if (this.open.length >= MAX_DEPTH) throw new ImportError(this.file, `line ${this.tagLine}`, `more than ${MAX_DEPTH} elements open: not OFX`);
    this.seenElement = true;
    this.rootClosed = false;
    this.out.push({ kind: "open", name: upper, line: this.tagLine });
    this.open.push({ name: upper, line: this.tagLine, valued: false, parent: false });
    if (selfClosing) this.closeTop();
  }
}
