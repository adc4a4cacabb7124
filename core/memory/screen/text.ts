/**
 * The words of screens, as people read them: OCR lines, the boilerplate shared with other documents
 * of the same app (menus, navigation bars, sidebars), headings, the lines that changed from one frame
 * to the next, and one page of text merged from scrolled frames without repeating lines.
 * Pure functions over the (already redacted) OCR text the capture pipeline stored.
 */

/** The comparison form of a line: lower case letters and digits, single spaces. */
export function lineKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The readable lines of an OCR text: trimmed, white space collapsed, at least 3 letters (drops icons, rules, stray marks). */
export function ocrLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => (l.match(/\p{L}/gu)?.length ?? 0) >= 3);
}

/**
 * Lines seen on screens of other documents of the same app (navigation, menus, sidebars): a line is
 * boilerplate when another document shows it, or a line that starts with the same word and shares
 * at least half its words ("Next: Closure Example, Previous: Types, Up: Using libffi" on one page,
 * "Next: Thread Safety, Previous: The Closure API, Up: Using libffi" on the next).
 */
export class Boilerplate {
  private readonly exact = new Set<string>();
  private readonly byFirst = new Map<string, Array<Set<string>>>();

  constructor(otherTexts: string[]) {
    for (const t of otherTexts) {
      for (const l of ocrLines(t)) {
        const k = lineKey(l);
        if (this.exact.has(k)) continue;
        this.exact.add(k);
        const words = k.split(" ");
        if (words.length < 3) continue;
        const list = this.byFirst.get(words[0]!) ?? [];
        list.push(new Set(words));
        this.byFirst.set(words[0]!, list);
      }
    }
  }

  /** Whether the line (or a line shaped like it) is on other documents of the app. */
  has(line: string): boolean {
    const k = lineKey(line);
    if (this.exact.has(k)) return true;
    const words = k.split(" ");
    if (words.length < 3) return false;
    const mine = new Set(words);
    return (this.byFirst.get(words[0]!) ?? []).some((other) => {
      let both = 0;
      for (const w of mine) if (other.has(w)) both++;
      return both / (mine.size + other.size - both) >= 0.5;
    });
  }
}

/** The boilerplate of an app from the OCR texts of its other documents (see {@link Boilerplate}). */
export function boilerplateOf(otherTexts: string[]): Boilerplate {
  return new Boilerplate(otherTexts);
}

/** No boilerplate (a document seen alone). */
export const NO_BOILERPLATE = new Boilerplate([]);

/**
 * A line that reads as a heading: 1–9 words, starts with a capital or a section number ("3.2 The
 * Closure API"), ends without sentence punctuation, mostly letters, and not a whole sentence; not
 * code (brackets, comments, "--") nor a line with a redacted value.
 */
export function isHeading(line: string): boolean {
  const words = line.split(" ");
  if (words.length > 9 || line.length < 4 || line.length > 80) return false;
  if (!/^(\d+(\.\d+)*\.?\s+)?[\p{Lu}]/u.test(line)) return false;
  if (/[.,;:!?)]$/.test(line) || /[=<>{}();]|\/\*|\*\/|--|\[REDACTED:/.test(line)) return false;
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  return letters / line.replace(/\s/g, "").length >= 0.75;
}

/** A line worth quoting in a summary: a sentence-like line of at least 6 words, mostly letters. */
function isProse(line: string): boolean {
  const words = line.split(" ").filter((w) => /\p{L}{2}/u.test(w));
  return words.length >= 6 && (line.match(/\p{L}/gu)?.length ?? 0) / line.length >= 0.6;
}

/** A shell command typed at a prompt ("$ npm test", "user@host:~/dir$ git status", "PS C:\> dir"): the command, else null. */
export function commandOf(line: string): string | null {
  const m = /^(?:[\w.-]+@[\w.-]+:?\S*\s*)?(?:[$%#>❯]|PS [^>]*>)\s+(.+)$/u.exec(line);
  return m && /\p{L}/u.test(m[1]!) ? m[1]!.trim() : null;
}

/** What an activity's frames say: headings in order, then the lines that were new on each frame. */
export interface ScreenText {
  /** Distinct headings, in the order they were first seen. */
  headings: string[];
  /** Per frame, the prose lines not on the frame before it (frame 0: all its prose lines), boilerplate left out. */
  changed: string[][];
  /** Shell commands seen, each once, in order. */
  commands: string[];
}

/**
 * Reads an activity's frames (OCR texts in time order): headings and changed lines, without the
 * lines in `boilerplate` (keys from {@link boilerplateOf}).
 */
export function readFrames(texts: string[], boilerplate: Boilerplate): ScreenText {
  const headings: string[] = [];
  const seenHeading = new Set<string>();
  const changed: string[][] = [];
  const commands: string[] = [];
  let previous = new Set<string>();
  for (const t of texts) {
    const lines = ocrLines(t).filter((l) => !boilerplate.has(l));
    const keys = new Set(lines.map(lineKey));
    for (const l of lines) {
      const k = lineKey(l);
      if (isHeading(l) && !seenHeading.has(k)) {
        seenHeading.add(k);
        headings.push(l);
      }
    }
    changed.push(lines.filter((l) => isProse(l) && !previous.has(lineKey(l))));
    for (const l of lines) {
      const c = commandOf(l);
      if (c && !commands.includes(c)) commands.push(c);
    }
    previous = keys;
  }
  return { headings, changed, commands };
}

/**
 * A short extract of what was read or written: prose lines taken in turn from each frame's new lines
 * (so a long scroll is covered from top to bottom, not just its first screen), each line once,
 * restored to reading order, within `maxWords` words (a line is cut to fit with "…").
 */
export function excerpt(text: ScreenText, maxWords = 60): string[] {
  const queues = text.changed.map((c) => [...c]);
  const picked: Array<{ frame: number; index: number; line: string }> = [];
  const seen = new Set<string>();
  let words = 0;
  for (let round = 0; words < maxWords && queues.some((q) => q.length); round++) {
    for (const [frame, q] of queues.entries()) {
      const line = q.shift();
      if (line == null || words >= maxWords) continue;
      const k = lineKey(line);
      if (seen.has(k)) continue;
      seen.add(k);
      const w = line.split(" ");
      const room = maxWords - words;
      picked.push({ frame, index: round, line: w.length <= room ? line : `${w.slice(0, room).join(" ")}…` });
      words += Math.min(w.length, room);
    }
  }
  return picked.sort((a, b) => a.frame - b.frame || a.index - b.index).map((p) => p.line);
}

/**
 * One text from frames of the same document scrolled up and down: every distinct line once, in the
 * page's order. A line not seen before is placed after the last known line that came before it on
 * its frame (so lines revealed by scrolling down go below, lines revealed by scrolling up go above
 * the first line they share). Lines in `boilerplate` are left out. Stops adding
 * lines past `maxChars` characters (the rest is reported as cut).
 */
export function mergePages(texts: string[], boilerplate: Boilerplate, maxChars = 20_000): { text: string; cut: boolean } {
  const order: string[] = [];
  const keys: string[] = [];
  const index = new Map<string, number>();
  let chars = 0;
  let cut = false;
  for (const t of texts) {
    let anchor = -1; // position in `order` of the last known line of this frame
    const pending: string[] = [];
    const flush = (before: number) => {
      for (const l of pending) {
        if (chars + l.length + 1 > maxChars) {
          cut = true;
          break;
        }
        const at = before < 0 ? order.length : before;
        order.splice(at, 0, l);
        keys.splice(at, 0, lineKey(l));
        chars += l.length + 1;
        before = before < 0 ? -1 : before + 1;
      }
      pending.length = 0;
      index.clear();
      for (const [i, k] of keys.entries()) index.set(k, i);
    };
    for (const l of ocrLines(t)) {
      const k = lineKey(l);
      if (!k || boilerplate.has(l)) continue;
      const at = index.get(k);
      if (at == null) {
        if (!pending.some((p) => lineKey(p) === k)) pending.push(l);
        continue;
      }
      // lines new before this known one: above it when nothing known came first on this frame (scrolled up)
      if (pending.length) flush(anchor < 0 ? at : anchor + 1);
      anchor = index.get(k)!;
    }
    if (pending.length) flush(anchor < 0 ? -1 : anchor + 1);
  }
  return { text: order.join("\n"), cut };
}
