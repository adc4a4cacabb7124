/**
 * A BibTeX field's TeX as the words it shows, and its names as people write them (bibtex.ts). Every
 * reference manager writes TeX into its fields: Zotero protects a title's capitals with braces ("The
 * {Death} and {Life} of …") and escapes `& % _ # $` (`\&`), `< > ~ ^ \` as commands (`{\textless}`);
 * Mendeley and Better BibTeX write accents as LaTeX (`G{\"{o}}ssling`, `{\'e}`, `\c{c}`, `{\o}`) and
 * double-brace titles (`{{Cities for People}}`); hand-written files use `--` and `---` for dashes,
 * ``` `` ``` and `''` for quotes, `~` for a space that does not break, `\emph{…}`, `$\backslash$`,
 * `\url{…}`. Names are `Last, First and Last, First`, `First von Last`, `von Last, Jr, First` or a
 * corporate name in braces (`{Transport for Greater Manchester}`), "and others" for "et al.".
 */

/** Combining marks of LaTeX's accent commands (`\'e` → é, after NFC). */
const ACCENTS: Record<string, string> = {
  "'": "\u0301",
  "`": "\u0300",
  "^": "\u0302",
  '"': "\u0308",
  "~": "\u0303",
  "=": "\u0304",
  ".": "\u0307",
  u: "\u0306",
  v: "\u030C",
  H: "\u030B",
  c: "\u0327",
  k: "\u0328",
  r: "\u030A",
  d: "\u0323",
  b: "\u0331",
  t: "\u0361",
};

/** Commands without an argument and the text they print (`\ss` → ß, `\textendash` → –). */
const SYMBOLS: Record<string, string> = {
  ss: "ß",
  SS: "SS",
  o: "ø",
  O: "Ø",
  ae: "æ",
  AE: "Æ",
  oe: "œ",
  OE: "Œ",
  aa: "å",
  AA: "Å",
  l: "ł",
  L: "Ł",
  i: "ı",
  j: "ȷ",
  dh: "ð",
  DH: "Ð",
  th: "þ",
  TH: "Þ",
  ng: "ŋ",
  NG: "Ŋ",
  textendash: "–",
  textemdash: "—",
  textquoteleft: "‘",
  textquoteright: "’",
  textquotedblleft: "“",
  textquotedblright: "”",
  quotesinglbase: "‚",
  quotedblbase: "„",
  guillemotleft: "«",
  guillemotright: "»",
  guilsinglleft: "‹",
  guilsinglright: "›",
  textless: "<",
  textgreater: ">",
  textbar: "|",
  textasciitilde: "~",
  textasciicircum: "^",
  textbackslash: "\\",
  backslash: "\\",
  textunderscore: "_",
  textsterling: "£",
  pounds: "£",
  texteuro: "€",
  euro: "€",
  textyen: "¥",
  textcent: "¢",
  textdollar: "$",
  textdegree: "°",
  textellipsis: "…",
  dots: "…",
  ldots: "…",
  textbullet: "•",
  textperiodcentered: "·",
  textsection: "§",
  S: "§",
  textparagraph: "¶",
  P: "¶",
  textcopyright: "©",
  copyright: "©",
  textregistered: "®",
  texttrademark: "™",
  textdagger: "†",
  textdaggerdbl: "‡",
  textexclamdown: "¡",
  textquestiondown: "¿",
  texttimes: "×",
  times: "×",
  textdiv: "÷",
  textpm: "±",
  pm: "±",
  textmu: "µ",
  textperthousand: "‰",
  textnumero: "№",
  textonehalf: "½",
  textonequarter: "¼",
  textthreequarters: "¾",
  texttwosuperior: "²",
  textthreesuperior: "³",
  textonesuperior: "¹",
  textordfeminine: "ª",
  textordmasculine: "º",
  textvisiblespace: "␣",
  textasciidieresis: "¨",
  textasciimacron: "¯",
  textasciiacute: "´",
  textbrokenbar: "¦",
  textlnot: "¬",
  textacutedbl: "˝",
  textcelsius: "℃",
  textohm: "Ω",
  textleftarrow: "←",
  textrightarrow: "→",
  textuparrow: "↑",
  textdownarrow: "↓",
  rightarrow: "→",
  leftarrow: "←",
  to: "→",
  infty: "∞",
  alpha: "α",
  beta: "β",
  gamma: "γ",
  delta: "δ",
  epsilon: "ε",
  lambda: "λ",
  mu: "μ",
  pi: "π",
  sigma: "σ",
  Delta: "Δ",
  leq: "≤",
  geq: "≥",
  le: "≤",
  ge: "≥",
  neq: "≠",
  approx: "≈",
  cdot: "·",
  par: "\n\n",
  newline: "\n",
  linebreak: "\n",
  LaTeX: "LaTeX",
  TeX: "TeX",
  BibTeX: "BibTeX",
  relax: "",
  protect: "",
  noindent: "",
  vphantom: "",
  nobreak: "",
  hfill: " ",
  quad: " ",
  qquad: " ",
};

/** Commands whose argument is no words (`\vphantom{\}}`, Zotero's guard of an escaped brace; `\noopsort{a}`, a sorting key; `\label{…}`). */
const SILENT = new Set(["vphantom", "noopsort", "label", "index", "hspace", "vspace", "phantom", "cite", "citep", "citet", "ref"]);

/** Commands whose last argument is shown and whose first is not (`\href{url}{text}`). */
const SHOWS_SECOND = new Set(["href"]);

/** Old font switches inside a group (`{\em word}`, `{\bf …}`): no words of their own. */
const SWITCHES = new Set([
  "em",
  "it",
  "bf",
  "sc",
  "sl",
  "tt",
  "rm",
  "sf",
  "itshape",
  "bfseries",
  "scshape",
  "upshape",
  "normalfont",
  "small",
  "large",
  "footnotesize",
]);

/** A cursor over TeX text. */
interface Cursor {
  text: string;
  at: number;
}

/** A command's name at the cursor (after its backslash): letters, else one other character; a space after a name of letters is part of it. */
function commandName(c: Cursor): string {
  const letters = /^[A-Za-z]+/.exec(c.text.slice(c.at, c.at + 40));
  if (letters) {
    c.at += letters[0].length;
    return letters[0];
  }
  const one = c.text[c.at] ?? "";
  c.at += one.length;
  return one;
}

/** Skips spaces (a command's name of letters ends at them). */
function skipSpaces(c: Cursor): void {
  while (c.text[c.at] === " " || c.text[c.at] === "\t" || c.text[c.at] === "\n") c.at++;
}

/** The raw text of the group at the cursor (`{…}`, its braces balanced; the cursor after it), or of the one character or command there. */
function argument(c: Cursor): string {
  if (c.text[c.at] === "{") {
    let depth = 0;
    const start = c.at;
    for (; c.at < c.text.length; c.at++) {
      const ch = c.text[c.at];
      if (ch === "\\") c.at++;
      else if (ch === "{") depth++;
      else if (ch === "}" && --depth === 0) {
        c.at++;
        return c.text.slice(start + 1, c.at - 1);
      }
    }
    return c.text.slice(start + 1);
  }
  if (c.text[c.at] === "\\") {
    const start = c.at;
    c.at++;
    commandName(c);
    return c.text.slice(start, c.at);
  }
  const ch = c.text[c.at] ?? "";
  c.at += ch.length;
  return ch;
}

/** The words a command shows, the cursor after its name: an accent on its argument, a symbol, a macro's argument, an escaped character. */
function command(c: Cursor, math: boolean): string {
  const name = commandName(c);
  const accent = ACCENTS[name];
  // (`\'e`, `\'{e}`, `{\"{o}}`, `\c c`, `\u{a}`, `\'{\i}`: the letter with its mark; `\.` and `\=` only as accents outside math)
  if (accent !== undefined && !(math && /^[.=]$/.test(name))) {
    if (/^[A-Za-z]$/.test(name)) skipSpaces(c);
    const base = decode(argument(c), math);
    // (`\~{}` and `\^{}` are the marks themselves, as Mendeley and Zotero escape them)
    if (!base) return name === "~" || name === "^" ? name : "";
    // (`\'{\i}`: the dotless i takes the mark as an i)
    const letter = base.slice(0, 1) === "ı" ? "i" : base.slice(0, 1) === "ȷ" ? "j" : base.slice(0, 1);
    return `${letter}${accent}${base.slice(1)}`.normalize("NFC");
  }
  if (name in SYMBOLS && !SILENT.has(name)) return SYMBOLS[name]!;
  if (/^[&%$#_{}]$/.test(name)) return name;
  if (/^[ ,;:!>]$/.test(name)) return " ";
  if (name === "\\") return "\n";
  if (name === "/" || name === "-" || name === "@") return "";
  if (SWITCHES.has(name)) return "";
  skipSpaces(c);
  if (SILENT.has(name)) {
    if (c.text[c.at] === "{") argument(c);
    return "";
  }
  if (SHOWS_SECOND.has(name) && c.text[c.at] === "{") {
    argument(c);
    skipSpaces(c);
    return c.text[c.at] === "{" ? decode(argument(c), math) : "";
  }
  // (`\textit{…}`, `\emph{…}`, `\url{…}`, `\mbox{…}`, `\textsuperscript{…}`, any other command with a group: its words)
  if (c.text[c.at] === "{") return decode(argument(c), math);
  // (a command of no argument that is not known: its name, as `\LaTeX` prints one)
  return /^[A-Za-z]+$/.test(name) ? name : "";
}

/** TeX text as the words it shows (braces gone, commands and accents undone, math's `^` and `_` dropped), its spacing as written. */
function decode(tex: string, math = false): string {
  const c: Cursor = { text: tex, at: 0 };
  let out = "";
  let inMath = math;
  while (c.at < tex.length) {
    const ch = tex[c.at]!;
    if (ch === "\\") {
      c.at++;
      out += command(c, inMath);
    } else if (ch === "{" || ch === "}") c.at++;
    else if (ch === "$") {
      inMath = !inMath;
      c.at++;
    } else if (inMath && (ch === "^" || ch === "_")) c.at++;
    else if (ch === "~") {
      out += "\u00A0";
      c.at++;
    } else if (ch === "-" && tex.startsWith("---", c.at)) {
      out += "—";
      c.at += 3;
    } else if (ch === "-" && tex.startsWith("--", c.at)) {
      out += "–";
      c.at += 2;
    } else if (ch === "`" && tex.startsWith("``", c.at)) {
      out += "“";
      c.at += 2;
    } else if (ch === "'" && tex.startsWith("''", c.at)) {
      out += "”";
      c.at += 2;
    } else if (ch === "`") {
      out += "‘";
      c.at++;
    } else {
      out += ch;
      c.at++;
    }
  }
  return out;
}

/**
 * A field's TeX (`value`, as bibtex-syntax.ts reads it: its braces inside kept) as plain text on one
 * line: braces removed, accents and escapes undone (`G{\"{o}}ssling` → "Gössling", `\&` → "&",
 * `{\textless}` → "<"), `--` an en dash, `---` an em dash, ``` `` ``` and `''` curly quotes, `~` and
 * every run of white space one space; trimmed. For a title, a name, a journal.
 */
export function texText(value: string): string {
  return decode(value)
    .replace(/[\s\u00A0]+/g, " ")
    .trim();
}

/**
 * A field's TeX as lines of text (a note's, an abstract's): as {@link texText}, but a blank line, `\par`
 * or `\\` parts lines; each line's white space collapsed and trimmed; blank lines dropped.
 */
export function texLines(value: string): string[] {
  return decode(value)
    .split(/\n\s*\n|\n/)
    .map((l) => l.replace(/[\s\u00A0]+/g, " ").trim())
    .filter(Boolean);
}

/**
 * A `url` or `doi` field as its address: braces removed and escaped characters undone (`{\_}`, `\%`,
 * `\&`, `\#`, `\~{}`, Mendeley's `$\backslash$`), no other TeX read (a URL's `--` or `~` is its own);
 * `\url{…}` and a DOI's "https://doi.org/" kept as written.
 */
export function texAddress(value: string): string {
  return value
    .replace(/\$\\backslash\$/g, "\\")
    .replace(/\\url\s*\{([^{}]*)\}/g, "$1")
    .replace(/\\([_%&#$~])(?:\{\})?/g, "$1")
    .replace(/[{}]/g, "")
    .trim();
}

/** A person or a body named in a name field, in words ("Jane Jacobs", "Transport for Greater Manchester"), and the name they are cited by ("Jacobs"). */
export interface BibName {
  /** The name as it is said: first names first ("Mette Rask Nielsen", "Ludwig van Beethoven Jr"). */
  full: string;
  /** The family name with its particle ("Nielsen", "van Beethoven"), or a body's whole name. */
  last: string;
}

/** `text` cut at each top-level `sep` (outside braces): a name list at " and ", a name at commas. */
function splitTopLevel(text: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\") i++;
    else if (ch === "{") depth++;
    else if (ch === "}") depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      sep.lastIndex = i;
      const m = sep.exec(text);
      if (m && m.index === i) {
        parts.push(text.slice(start, i));
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** One name of a name field as BibTeX reads it: `{Corporate Name}`, `Last, First`, `von Last, Jr, First` or `First von Last`. */
function nameOf(raw: string): BibName | null {
  const name = raw.trim();
  if (!name) return null;
  // (a body, in braces whole: "{Transport for Greater Manchester}", "{{NTP.org}}")
  if (name.startsWith("{") && balancedWhole(name)) {
    const whole = texText(name);
    return whole ? { full: whole, last: whole } : null;
  }
  const parts = splitTopLevel(name, /,/y).map((p) => texText(p));
  if (parts.length >= 2) {
    const [last, ...rest] = parts;
    const first = rest.length >= 2 ? rest.slice(1).join(" ") : rest[0]!;
    const suffix = rest.length >= 2 ? rest[0]! : "";
    const full = [first, last, suffix].filter(Boolean).join(" ");
    return full ? { full, last: last || full } : null;
  }
  // ("First von Last": the family name is its last word, with the lower-case particle before it)
  const words = splitTopLevel(name, /\s+/y)
    .map((w) => texText(w))
    .filter(Boolean);
  if (!words.length) return null;
  let from = words.length - 1;
  while (from > 1 && /^\p{Ll}/u.test(words[from - 1]!)) from--;
  return { full: words.join(" "), last: words.slice(from).join(" ") };
}

/** Whether `name`'s first brace closes at its end ("{A B}", not "{A} {B}"). */
function balancedWhole(name: string): boolean {
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === "\\") i++;
    else if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) return i === name.length - 1;
  }
  return false;
}

/**
 * The names of a name field (`author`, `editor`), in order, and whether it ends "and others" (et al.):
 * parted at " and " outside braces (any case), each read by {@link nameOf}; empty names dropped.
 */
export function bibNames(value: string): { names: BibName[]; others: boolean } {
  const parts = splitTopLevel(value.replace(/\s+/g, " ").trim(), /\s+and\s+/iy);
  const others = parts.length > 1 && /^\s*others\s*$/i.test(parts.at(-1)!);
  const names = (others ? parts.slice(0, -1) : parts).map(nameOf).filter((n): n is BibName => n !== null);
  return { names, others };
}
