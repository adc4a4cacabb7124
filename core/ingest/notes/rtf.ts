/**
 * Rich Text Format (.rtf: what TextEdit saves by default, WordPad's, Word's "Save as RTF") read as a
 * document's text, a chunk of bytes at a time (Microsoft's RTF 1.9.1 specification):
 * - the bytes are tokenized as they come: groups (`{` `}`), control words with their parameter
 *   (`\fs24`, `\u8226`; a space after one is its delimiter), control symbols (`\~`, `\-`, `\'hh` a
 *   byte of the current code page), `\binN` (N bytes of binary data, passed over, never kept);
 *   a line end in the file is no text, a backslash before one is a paragraph mark (TextEdit ends
 *   every line so);
 * - text is decoded in the code page of its font's `\fcharset` (from the font table), else of the
 *   document's `\ansicpg` (`\mac` MacRoman), byte sequences decoded together (a Japanese font's
 *   two-byte characters); `\uN` is the UTF-16 unit N (negative as Word writes it, above 32767 as TextEdit
 *   does), and the `\ucN` characters after it (its fallback in the code page) are passed over;
 * - `\*` destinations, the font and colour tables, the style sheet, list tables, headers and
 *   footers, fields' instructions (a link's address; its result, the words shown, is kept), comments,
 *   pictures (`\pict`, an OLE `\object`, TextEdit's `\NeXTGraphic` attachment with the character
 *   standing for it) are no words; hidden (`\v`) and tracked deleted (`\deleted`) text neither;
 * - `\par` (and `\sect`) ends a paragraph, `\line` a line within it, `\tab` is a tab; a paragraph
 *   set apart with space before or after it (`\sb`, `\sa`: WordPad's and Word's) is one of its own,
 *   consecutive lines without (TextEdit's) are one, an empty one between them a break;
 * - a table's cells end at `\cell` (a cell's paragraphs joined), its rows at `\row` (a table of one
 *   row or one column, TextEdit's box around text, is its cells' lines); a list item is
 *   a paragraph with `\listtext` (or Word 95's `\pntext`), the bullet or number it shows telling an
 *   ordered list from a bulleted one; a footnote (`\footnote`) is a paragraph after the one citing it;
 * - a paragraph with an outline level (`\outlinelevelN`, Word's headings) is a heading of that
 *   level; another, short and set larger than the body text or all in bold, is a heading as a PDF's
 *   is (pdf-layout.ts `setAsHeading`), the document's first, set largest, its title;
 * - `\info` gives the title (`\title`) and when it was created and last revised (`\creatim`,
 *   `\revtim`: `\yr \mo \dy \hr \min`, no zone: UTC).
 * What it makes is HTML of those blocks (headings, lines, paragraphs, lists, tables), which
 * document.ts reads as a Word document's HTML is read. Memory holds one chunk and the document's
 * text, never its pictures. The npm registry's RTF readers were looked at first and none used:
 * rtf-parser and rtf.js build the whole document (rtf.js to render it in a browser), and
 * rtf-stream-parser's tokenizer allocates a `\binN`'s N bytes at once and is made to
 * de-encapsulate Outlook's HTML, not to tell paragraphs, tables and lists apart.
 * Checked against RTF files TextEdit saved (public repositories), GNUstep's RTFProducer (how a
 * .rtfd's TXT.rtf names its attachments) and the RTF 1.9.1 specification.
 */
import { createReadStream } from "node:fs";
import { escapeData } from "../../util/quote.js";
import { setAsHeading } from "./pdf-layout.js";
import { ImportError } from "../kit/types.js";

/** What an RTF document holds, as {@link readRtf} reads it. */
export interface RtfDocument {
  /** Its text as HTML: `<h1>`–`<h6>`, `<p>` (a paragraph set apart), `<div>` (a line; `<div><br/></div>` an empty one), `<ul>`/`<ol>`, `<table>`. */
  html: string;
  /** Its `\info` title, if any. */
  title: string | null;
  /** When `\info` says it was last revised, else created (epoch ms, UTC), else null. */
  savedAt: number | null;
  /** Whether it holds a picture (`\pict`, `\object`, TextEdit's `\NeXTGraphic`), so a document of pictures alone can be said to be one. */
  pictures: boolean;
}

/** What a group's text is: the body's, passed over, the font table, `\info` and its title or a time, a list item's marker, a footnote's. */
type Dest = "body" | "skip" | "fonts" | "info" | "title" | "time" | "marker" | "note";

/** The state a group carries (copied into each group opened inside it). */
interface Group {
  dest: Dest;
  /** How many fallback characters follow a `\uN` (`\ucN`, default 1). */
  uc: number;
  font: number;
  bold: boolean;
  /** Font size in half-points (`\fsN`; 24 by default). */
  size: number;
  /** Hidden (`\v`) or deleted with tracked changes (`\deleted`). */
  hidden: boolean;
  /** Inside TextEdit's attachment group, `{{\NeXTGraphic …}¬}`: its character stands for the picture. */
  attachment: boolean;
  /** Paragraph properties (`\pard` resets them): in a table's cell, an outline level, space before or after. */
  intbl: boolean;
  outline: number | null;
  spaced: boolean;
}

/** A block of the document: a paragraph (`\line` breaks kept as "\n"), an empty paragraph, or a table's row. */
type Block =
  | { kind: "para"; text: string; marker: string; bold: boolean; size: number; outline: number | null; spaced: boolean }
  | { kind: "blank" }
  | { kind: "row"; cells: string[] };

/** Destinations whose text is no words of the document. */
const SKIPPED = new Set(
  (
    "fonttbl colortbl stylesheet listtable listoverridetable revtbl rsidtbl generator filetbl pgdsctbl " +
    "header headerl headerr headerf footer footerl footerr footerf ftnsep ftnsepc ftncn aftnsep aftnsepc aftncn " +
    "pict object objdata shp shpinst shprslt nonshppict shppict themedata colorschememapping latentstyles datastore " +
    "xmlnstbl fldinst datafield template docvar bkmkstart bkmkend xe tc txe rxe pntxta pntxtb private userprops " +
    "annotation atnid atnauthor atnref atndate atnparent atrfstart atrfend NeXTGraphic expandedcolortbl mmathPr " +
    "author operator company subject keywords comment doccomm category manager hlinkbase printim buptim"
  ).split(" "),
);

/** The code page (a WHATWG encoding's label) of an RTF character set (`\fcharsetN`); null for ANSI and the default, the document's own. */
const CHARSETS: Record<number, string> = {
  77: "macintosh",
  128: "shift_jis",
  129: "euc-kr",
  134: "gbk",
  136: "big5",
  161: "windows-1253",
  162: "windows-1254",
  163: "windows-1258",
  177: "windows-1255",
  178: "windows-1256",
  186: "windows-1257",
  204: "windows-1251",
  222: "windows-874",
  238: "windows-1250",
};

/** A code page (`\ansicpgN`, `\cpgN`) as a WHATWG encoding's label; Windows-1252 for one TextDecoder does not know (OEM pages). */
function codePage(n: number): string {
  if (n >= 1250 && n <= 1258) return `windows-${n}`;
  const named: Record<number, string> = {
    874: "windows-874",
    932: "shift_jis",
    936: "gbk",
    949: "euc-kr",
    950: "big5",
    10000: "macintosh",
    65001: "utf-8",
    866: "ibm866",
    20866: "koi8-r",
  };
  return named[n] ?? "windows-1252";
}

/** The characters of control words that stand for one. */
const SYMBOL_WORDS: Record<string, string> = {
  tab: "\t",
  emdash: "—",
  endash: "–",
  bullet: "•",
  lquote: "‘",
  rquote: "’",
  ldblquote: "“",
  rdblquote: "”",
  emspace: " ",
  enspace: " ",
  qmspace: " ",
};

/** Tokenizer states: text, after a backslash, in a control word or its parameter, in a `\'hh` escape, in `\bin` data. */
enum Mode {
  Text,
  Slash,
  Word,
  Param,
  Hex,
  Bin,
}

/** A marker a list item shows that numbers it ("1.", "a)", "iv."), not a bullet. */
const NUMBER_MARKER = /^\(?[0-9a-z]{1,4}[.)]$/i;

/** Reads RTF a chunk at a time ({@link write}) into the document's blocks, then its HTML ({@link end}). */
class RtfReader {
  private mode = Mode.Text;
  private word = "";
  private param = "";
  private hex = "";
  private binLeft = 0;
  private binAt = 0;
  /** Where the control word being read starts (its backslash), for an error's byte. */
  private wordAt = 0;
  private stack: Group[] = [];
  private g: Group = { dest: "body", uc: 1, font: 0, bold: false, size: 24, hidden: false, attachment: false, intbl: false, outline: null, spaced: false };
  /** Whether the token after `{` is awaited (a destination is named there). */
  private opened = false;
  private started = false;
  private done = false;
  private skipChars = 0;
  private docPage = "windows-1252";
  private defaultFont = 0;
  private fontDef = 0;
  private readonly fontPages = new Map<number, string>();
  private readonly decoders = new Map<string, InstanceType<typeof TextDecoder>>();
  private bytes: number[] = [];
  private bytesPage = "";
  private para = { text: "", marker: "", chars: 0, bold: 0, sizes: new Map<number, number>() };
  private cell = "";
  private row: string[] = [];
  private note = "";
  private notes: string[] = [];
  private readonly blocks: Block[] = [];
  private title = "";
  private times: Record<string, Record<string, number>> = {};
  private timeKind = "";
  private pictures = false;

  constructor(private readonly file: string) {}

  /** Reads `chunk`, whose first byte is at `base` in the file. */
  write(chunk: Uint8Array, base: number): void {
    for (let i = 0; i < chunk.length && !this.done; i++) {
      const b = chunk[i]!;
      switch (this.mode) {
        case Mode.Bin:
          if (--this.binLeft === 0) this.mode = Mode.Text;
          break;
        case Mode.Hex:
          if (/[0-9a-f]/i.test(String.fromCharCode(b))) {
            this.hex += String.fromCharCode(b);
            if (this.hex.length === 2) {
              this.mode = Mode.Text;
              this.byte(Number.parseInt(this.hex, 16));
            }
          } else {
            // (a broken escape is passed over, as readers do; the byte is read again as text)
            this.mode = Mode.Text;
            i--;
          }
          break;
        case Mode.Slash:
          if (isLetter(b)) {
            this.mode = Mode.Word;
            this.word = String.fromCharCode(b);
            this.param = "";
          } else if (b === 0x27) {
            this.mode = Mode.Hex;
            this.hex = "";
          } else {
            this.mode = Mode.Text;
            this.symbol(String.fromCharCode(b));
          }
          break;
        case Mode.Word:
        case Mode.Param:
          if (this.mode === Mode.Word && isLetter(b) && this.word.length < 32) this.word += String.fromCharCode(b);
          else if ((b >= 0x30 && b <= 0x39 && this.param.length < 11) || (b === 0x2d && this.mode === Mode.Word)) {
            this.mode = Mode.Param;
            this.param += String.fromCharCode(b);
          } else {
            this.mode = Mode.Text;
            this.control(this.word, this.param === "" || this.param === "-" ? null : Number(this.param), this.wordAt);
            // (a space after a control word is its delimiter; anything else is read again, as text or \bin's data)
            if (b !== 0x20) i--;
          }
          break;
        default:
          if (b === 0x5c) {
            this.mode = Mode.Slash;
            this.wordAt = base + i;
          } else if (b === 0x7b) this.open();
          else if (b === 0x7d) this.close();
          else if (b !== 0x0a && b !== 0x0d && b !== 0) this.byte(b);
      }
    }
  }

  /**
   * The document read, once the whole file is written.
   * @throws ImportError naming the file: it ends inside `\binN`'s data.
   */
  end(): RtfDocument {
    if (this.mode === Mode.Word || this.mode === Mode.Param) this.control(this.word, this.param && this.param !== "-" ? Number(this.param) : null, this.wordAt);
    if (this.mode === Mode.Bin)
      throw new ImportError(this.file, `byte ${this.binAt}`, `the file ends inside \\bin's binary data (${this.binLeft} bytes short): it is cut short`);
    this.flush();
    this.g = { ...this.g, dest: "body", hidden: false, attachment: false };
    if (this.para.text.trim() || this.para.marker) this.paragraph();
    this.endRow();
    const saved = this.times.revtim ?? this.times.creatim;
    return {
      html: blocksHtml(this.blocks),
      title: this.title.replace(/\s+/g, " ").trim() || null,
      savedAt: saved?.yr ? Date.UTC(saved.yr, (saved.mo ?? 1) - 1, saved.dy ?? 1, saved.hr ?? 0, saved.min ?? 0, saved.sec ?? 0) : null,
      pictures: this.pictures,
    };
  }

  /** A group opens. */
  private open(): void {
    this.flush();
    this.skipChars = 0;
    this.stack.push(this.g);
    this.g = { ...this.g };
    this.opened = true;
  }

  /** The group open closes (the document's outermost one ends the document). */
  private close(): void {
    this.flush();
    this.skipChars = 0;
    this.opened = false;
    const inner = this.g;
    const outer = this.stack.pop();
    if (!outer) return;
    if (inner.dest === "note" && outer.dest !== "note") {
      if (this.note.trim()) this.notes.push(this.note.replace(/\s+/g, " ").trim());
      this.note = "";
    }
    if (inner.dest === "time") this.timeKind = "";
    // (paragraph properties set inside a group last until the paragraph ends, as Word reads them)
    this.g = { ...outer, intbl: inner.intbl, outline: inner.outline, spaced: inner.spaced };
    if (this.stack.length === 0) this.done = true;
  }

  /** A byte of text (a character, or half of one in a two-byte code page), or a `\'hh` escape's. */
  private byte(b: number): void {
    this.opened = false;
    if (!this.started) return;
    if (this.skipChars > 0) {
      this.skipChars--;
      return;
    }
    const page = this.page();
    if (page !== this.bytesPage) this.flush();
    this.bytesPage = page;
    this.bytes.push(b);
  }

  /** The code page of the text being read: its font's, else the document's. */
  private page(): string {
    return this.fontPages.get(this.g.font) ?? this.docPage;
  }

  /** Decodes the bytes read so far into text of the group open. */
  private flush(): void {
    if (this.bytes.length === 0) return;
    let decoder = this.decoders.get(this.bytesPage);
    if (!decoder) {
      decoder = new TextDecoder(this.bytesPage);
      this.decoders.set(this.bytesPage, decoder);
    }
    const text = decoder.decode(Uint8Array.from(this.bytes));
    this.bytes = [];
    this.text(text);
  }

  /** Text of the group open, where its destination puts it. */
  private text(s: string): void {
    const g = this.g;
    switch (g.dest) {
      case "body": {
        if (g.hidden || g.attachment) return;
        this.para.text += s;
        const chars = s.replace(/\s/g, "").length;
        this.para.chars += chars;
        if (g.bold) this.para.bold += chars;
        this.para.sizes.set(g.size, (this.para.sizes.get(g.size) ?? 0) + chars);
        return;
      }
      case "marker":
        this.para.marker += s;
        return;
      case "note":
        if (!g.hidden) this.note += s;
        return;
      case "title":
        this.title += s;
    }
  }

  /** A control symbol: `\\`, `\{`, `\}`, `\~` (a non-breaking space), `\-` (an optional hyphen), `\_` (a non-breaking hyphen), a backslash before a line end (a paragraph mark), `\*`. */
  private symbol(c: string): void {
    this.flush();
    if (c === "*") {
      // (an ignorable destination: passed over whole, whatever it is)
      if (this.opened) this.g.dest = "skip";
      this.opened = false;
      return;
    }
    this.opened = false;
    if (this.skipChars > 0) {
      this.skipChars--;
      return;
    }
    if (c === "\\" || c === "{" || c === "}") this.text(c);
    else if (c === "~") this.text(" ");
    else if (c === "_") this.text("-");
    else if (c === "\n" || c === "\r") this.endParagraph();
  }

  /** A control word `word` with its parameter (null when it has none), read at byte `at`. */
  private control(word: string, param: number | null, at: number): void {
    this.flush();
    const g = this.g;
    const opened = this.opened;
    this.opened = false;
    if (word === "bin") {
      if ((param ?? 0) > 0) {
        this.mode = Mode.Bin;
        this.binLeft = param!;
        this.binAt = at;
      }
      if (this.skipChars > 0) this.skipChars--;
      return;
    }
    if (word === "pict" || word === "NeXTGraphic" || word === "object" || word === "shppict") this.pictures = true;
    if (!this.started) {
      if (word !== "rtf") throw new ImportError(this.file, `byte ${at}`, "not an RTF document (it does not open with {\\rtf1)");
      this.started = true;
      return;
    }
    if (g.dest === "skip") return;
    if (this.skipChars > 0) {
      this.skipChars--;
      return;
    }
    if (this.destination(word, opened)) return;
    switch (g.dest) {
      case "fonts":
        if (word === "f") this.fontDef = param ?? 0;
        else if (word === "fcharset" && CHARSETS[param ?? 0]) this.fontPages.set(this.fontDef, CHARSETS[param!]!);
        else if (word === "cpg" && param) this.fontPages.set(this.fontDef, codePage(param));
        return;
      case "time":
        if (["yr", "mo", "dy", "hr", "min", "sec"].includes(word) && param !== null) {
          const time = this.times[this.timeKind] ?? {};
          time[word] = param;
          this.times[this.timeKind] = time;
        }
        return;
    }
    this.property(word, param);
  }

  /** Whether `word` names the destination of the group it opens (`opened`: it is the group's first), which it then sets. */
  private destination(word: string, opened: boolean): boolean {
    const g = this.g;
    const parent = this.stack.at(-1);
    if (word === "NeXTGraphic" && parent) parent.attachment = true;
    if (word === "fonttbl") g.dest = "fonts";
    else if (word === "info") g.dest = "info";
    else if (g.dest === "info" && word === "title") g.dest = "title";
    else if (g.dest === "info" && (word === "creatim" || word === "revtim")) {
      g.dest = "time";
      this.timeKind = word;
    } else if (SKIPPED.has(word) || (g.dest === "info" && opened)) g.dest = "skip";
    else if (word === "listtext" || word === "pntext") g.dest = "marker";
    else if (word === "footnote" && g.dest === "body") g.dest = "note";
    else return false;
    return true;
  }

  /** A character or paragraph property, or a word that stands for text or a break. */
  private property(word: string, param: number | null): void {
    const g = this.g;
    const on = param !== 0;
    switch (word) {
      case "ansicpg":
        if (param) this.docPage = codePage(param);
        return;
      case "mac":
        this.docPage = "macintosh";
        return;
      case "deff":
        this.defaultFont = param ?? 0;
        g.font = this.defaultFont;
        return;
      case "f":
        g.font = param ?? 0;
        return;
      case "b":
        g.bold = on;
        return;
      case "fs":
        if (param) g.size = param;
        return;
      case "v":
      case "deleted":
        g.hidden = on;
        return;
      case "plain":
        Object.assign(g, { bold: false, size: 24, hidden: false, font: this.defaultFont });
        return;
      case "uc":
        g.uc = Math.max(0, param ?? 1);
        return;
      case "u": {
        const unit = (param ?? 0) < 0 ? (param ?? 0) + 65536 : (param ?? 0);
        // (U+FFFC is an attachment's place: the picture, no words)
        if (unit >= 0 && unit <= 0xffff && unit !== 0xfffc) this.text(String.fromCharCode(unit));
        this.skipChars = g.uc;
        return;
      }
      case "pard":
        Object.assign(g, { intbl: false, outline: null, spaced: false });
        return;
      case "intbl":
        g.intbl = true;
        return;
      case "itap":
        g.intbl = (param ?? 1) > 0;
        return;
      case "outlinelevel":
        g.outline = param !== null && param >= 0 && param < 9 ? param : null;
        return;
      case "sa":
      case "sb":
        if ((param ?? 0) > 0) g.spaced = true;
        return;
      case "par":
      case "sect":
        this.endParagraph();
        return;
      case "line":
        this.text(g.dest === "body" ? "\n" : " ");
        return;
      case "cell":
        this.endCell();
        return;
      case "nestcell":
      case "nestrow":
        this.cell += `${this.cell ? " " : ""}${this.takePara()};`;
        return;
      case "row":
        this.endCell(true);
        this.endRow();
        return;
    }
    const symbol = SYMBOL_WORDS[word];
    if (symbol) this.text(symbol);
  }

  /** The paragraph read so far, its lines trimmed, and a fresh one started. */
  private takePara(): string {
    const text = this.para.text
      .split("\n")
      .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
      .join("\n")
      .trim();
    this.para = { text: "", marker: "", chars: 0, bold: 0, sizes: new Map() };
    return text;
  }

  /** `\par`: the paragraph ends (a cell's paragraph goes on in its cell; a footnote's, in the note). */
  private endParagraph(): void {
    if (this.g.dest === "note") this.note += " ";
    if (this.g.dest !== "body") return;
    if (this.g.intbl) {
      const text = this.takePara();
      if (text) this.cell += `${this.cell ? "\n" : ""}${text}`;
      return;
    }
    this.endRow();
    this.paragraph();
  }

  /** The paragraph read so far as a block of its own, then the footnotes it cites. */
  private paragraph(): void {
    const { marker, chars, bold, sizes } = this.para;
    const text = this.takePara();
    const mark = marker.replace(/\s+/g, " ").trim();
    if (!text && !mark) this.blocks.push({ kind: "blank" });
    else {
      let size = this.g.size;
      let most = -1;
      for (const [s, n] of sizes)
        if (n > most) {
          size = s;
          most = n;
        }
      this.blocks.push({ kind: "para", text, marker: mark, bold: chars > 0 && bold > chars / 2, size, outline: this.g.outline, spaced: this.g.spaced });
    }
    this.endNotes();
  }

  /** The footnotes cited so far, each a paragraph of its own. */
  private endNotes(): void {
    for (const text of this.notes) this.blocks.push({ kind: "para", text, marker: "", bold: false, size: 0, outline: null, spaced: true });
    this.notes = [];
  }

  /** `\cell` (or, for the last, `\row`): the cell's text ends, with the paragraph it ends. */
  private endCell(row = false): void {
    const text = this.takePara();
    if (text) this.cell += `${this.cell ? "\n" : ""}${text}`;
    if (!row || this.cell) this.row.push(this.cell.trim());
    this.cell = "";
  }

  /** `\row`: the table's row ends, a block when any of its cells holds words (then the footnotes it cites). */
  private endRow(): void {
    const cells = this.row;
    this.row = [];
    this.cell = "";
    if (!cells.some(Boolean)) return;
    this.blocks.push({ kind: "row", cells });
    this.endNotes();
  }
}

/** Whether byte `b` is an ASCII letter (of a control word). */
function isLetter(b: number): boolean {
  return (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
}

/** A paragraph's text as HTML, its line breaks `<br/>`. */
function inline(text: string): string {
  return text.split("\n").map(escapeData).join("<br/>");
}

/** The size (half-points) most characters of `blocks`' paragraphs are set in. */
function bodySize(blocks: Block[]): number {
  const chars = new Map<number, number>();
  for (const b of blocks) if (b.kind === "para" && b.size > 0) chars.set(b.size, (chars.get(b.size) ?? 0) + b.text.length);
  let best = 24;
  let most = -1;
  for (const [size, n] of chars)
    if (n > most) {
      best = size;
      most = n;
    }
  return best;
}

/**
 * The HTML of a table's `rows`: a table (a cell's lines joined); a table of one row or one column (a
 * box around text, as TextEdit draws one) its cells' paragraphs.
 */
function tableHtml(rows: string[][]): string {
  if (rows.length === 1 || rows.every((r) => r.length <= 1))
    return rows
      .flat()
      .filter(Boolean)
      .map((c) => `<p>${inline(c)}</p>`)
      .join("");
  return `<table>${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeData(c.replace(/\n/g, " "))}</td>`).join("")}</tr>`).join("")}</table>`;
}

/**
 * The HTML of `blocks`: a heading `<hN>` (an outline level N-2, the title `<h1>`, a paragraph set as a
 * heading `<h2>`), a paragraph set apart `<p>`, a line `<div>`, an empty paragraph `<div><br/></div>`,
 * list items in `<ul>` or `<ol>`, rows in a table ({@link tableHtml}).
 */
function blocksHtml(blocks: Block[]): string {
  const body = bodySize(blocks);
  const largest = Math.max(0, ...blocks.map((b) => (b.kind === "para" ? b.size : 0)));
  // (a heading heads something: one after which nothing follows is a line of text)
  let last = blocks.length - 1;
  while (last >= 0 && blocks[last]!.kind === "blank") last--;
  const out: string[] = [];
  let list: "ul" | "ol" | null = null;
  let rows: string[][] = [];
  let first = true;
  blocks.forEach((b, i) => {
    const kind = b.kind === "para" && b.marker !== "" ? (NUMBER_MARKER.test(b.marker) ? "ol" : "ul") : null;
    if (list && list !== kind) {
      out.push(`</${list}>`);
      list = null;
    }
    if (rows.length && b.kind !== "row") {
      out.push(tableHtml(rows));
      rows = [];
    }
    if (b.kind === "blank") out.push("<div><br/></div>");
    else if (b.kind === "row") rows.push(b.cells);
    else if (kind) {
      if (!list) out.push(`<${kind}>`);
      list = kind;
      out.push(`<li>${inline(b.text)}</li>`);
    } else {
      const level =
        b.outline !== null
          ? Math.min(6, b.outline + 2)
          : i < last && !b.text.includes("\n") && b.size > 0 && setAsHeading(b.text, b.size >= body * 1.15, b.bold)
            ? first && b.size === largest && b.size > body
              ? 1
              : 2
            : 0;
      out.push(level ? `<h${level}>${escapeData(b.text)}</h${level}>` : b.spaced ? `<p>${inline(b.text)}</p>` : `<div>${inline(b.text)}</div>`);
    }
    if (b.kind !== "blank") first = false;
  });
  if (list) out.push(`</${list}>`);
  if (rows.length) out.push(tableHtml(rows));
  return out.join("");
}

/**
 * Reads the RTF file `file` (`size` bytes), a chunk at a time; `onProgress` gets the bytes read.
 * @throws ImportError naming the file and the byte: no `{\rtf` opening it, a file ending inside `\binN`'s data.
 */
export async function readRtf(file: string, size: number, onProgress?: (bytesRead: number, totalBytes: number) => void): Promise<RtfDocument> {
  const reader = new RtfReader(file);
  let read = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    reader.write(chunk, read);
    read += chunk.length;
    onProgress?.(read, size);
  }
  return reader.end();
}

/** A path inside TextEdit's rich text document with attachments (`Harbour Cafe.rtfd/…`) but its text, `TXT.rtf`: a picture or file attached to it, no document of its own. */
export function isRtfdPart(path: string): boolean {
  return /(?:^|[\\/])[^\\/]+\.rtfd[\\/]/i.test(path) && !/(?:^|[\\/])[^\\/]+\.rtfd[\\/]TXT\.rtf$/i.test(path);
}

/**
 * The document RTF held in memory is (`name` names it in an error), as {@link readRtf} reads a file:
 * for RTF that comes inside another file (an Outlook message's RTF body, once decompressed).
 * @throws ImportError naming `name` and the byte, as readRtf's.
 */
export function rtfOfBytes(bytes: Uint8Array, name: string): RtfDocument {
  const reader = new RtfReader(name);
  reader.write(bytes, 0);
  return reader.end();
}
