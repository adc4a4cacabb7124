/**
 * A PDF page's text as a person reads it: pdf.js gives positioned runs of text (a string, its
 * baseline, its size); this module puts them back into lines, paragraphs, headings and list items,
 * as Markdown lines that note.ts `noteOf` reads as any note. The rules are those of text-extraction
 * tools that rebuild reading order from layout (after pdfminer's LAParams: a line is the runs
 * sharing a baseline; a paragraph breaks where the gap between lines is wider than the page's usual
 * leading; a heading is a short line set larger than the body text), kept to one column:
 * - a line is the runs whose baselines are within half their size, left to right; a space goes
 *   between runs with a gap of a fifth of their size or more;
 * - the body size is the size most characters of the document are set in; a paragraph of at most
 *   15 words set 15 % larger, or all in bold and ending without a full stop, is a heading (`## …`),
 *   its clause number left out ("3. Rent" → "## Rent"); the document's first line, set larger than
 *   any other, is its title (`# …`);
 * - a new paragraph starts where the gap to the line above is 1.3 times the page's usual gap or
 *   more, the size or weight changes, or a line opens a list item ("•", "–", "1.", "a)");
 * - a paragraph's lines are joined with a space, a word hyphenated at a line's end made whole
 *   ("agree-" "ment" → "agreement");
 * - a page's number ("2", "Page 2 of 5", "- 2 -") and a running header or footer (the same line at
 *   the top or the bottom of two pages or more, its numbers aside) are no words of the document.
 */

/** A run of text as pdf.js's `getTextContent` gives it: its string, its baseline (x, y in points from the page's bottom left), size and width in points, and font name. */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
  /** Width in points. */
  width: number;
  /** Whether the run's font is bold (its name says Bold, Black, Heavy or Semibold). */
  bold: boolean;
}

/** A line of a page: its text, its baseline and left edge (points), its size (points) and weight. */
export interface PageLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

/** The lines of one page's `runs`, top to bottom, each left to right. */
export function pageLines(runs: TextRun[]): PageLine[] {
  const sorted = runs.filter((r) => r.str.trim()).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ runs: TextRun[]; y: number; size: number }> = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - run.y) < Math.min(line.size, run.size) / 2) {
      line.runs.push(run);
      line.size = Math.max(line.size, run.size);
    } else lines.push({ runs: [run], y: run.y, size: run.size });
  }
  return lines.map(({ runs: rs, y, size }) => {
    rs.sort((a, b) => a.x - b.x);
    let text = "";
    let end = Number.NEGATIVE_INFINITY;
    for (const r of rs) {
      const gap = r.x - end > Math.min(size, r.size) / 5;
      if (text && gap && !/\s$/.test(text) && !/^\s/.test(r.str)) text += " ";
      text += r.str;
      end = r.x + r.width;
    }
    const chars = rs.reduce((n, r) => n + r.str.length, 0);
    const boldChars = rs.reduce((n, r) => n + (r.bold ? r.str.length : 0), 0);
    return { text: text.replace(/\s+/g, " ").trim(), x: rs[0]!.x, y, size: Math.round(size * 2) / 2, bold: boldChars > chars / 2 };
  });
}

/** A page's number as a line of its own: "2", "Page 2", "Page 2 of 5", "2 / 5", "- 2 -". */
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/** A line with its numbers aside, to tell a running header or footer on every page ("Page 1 of 2", "Invoice 2026-11 · 3"). */
function marginKey(text: string): string {
  return text.replace(/\d+/g, "#").toLowerCase();
}

/** The lines at the top and the bottom of a page that may be a running header or footer: its first and last two. */
function marginLines(lines: PageLine[]): PageLine[] {
  return lines.length <= 4 ? lines : [...lines.slice(0, 2), ...lines.slice(-2)];
}

/** A list item's opening: a bullet, a dash, or a number or letter with a full stop or bracket. */
const LIST_ITEM = /^(?:[•◦▪●‣∙·*-]|[–—](?=\s)|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+/i;
/** A bullet that opens a list item, which Markdown writes as "- ". */
const BULLET = /^(?:[•◦▪●‣∙·*-]|[–—])\s+/;
/** A heading's clause number: "3.", "4.2", "Section 5:". */
const CLAUSE_NUMBER = /^(?:(?:section|clause|part|article)\s+)?\d+(?:\.\d+)*[.:)]?\s+(?=\S)/i;

/**
 * Whether a paragraph is a heading by how it is set: at most 15 words, set `larger` than the body
 * text (15 % or more), or all in `bold` and ending without a full stop, colon, semicolon or comma, no
 * list item. PDFs' paragraphs are told so, and RTF documents' (rtf.ts), which name no headings either.
 */
export function setAsHeading(text: string, larger: boolean, bold: boolean): boolean {
  return text.split(" ").length <= 15 && (larger || (bold && !LIST_ITEM.test(text) && !/[.:;,]$/.test(text)));
}

/** The size (points) most characters of `pages` are set in. */
function bodySize(pages: PageLine[][]): number {
  const chars = new Map<number, number>();
  for (const line of pages.flat()) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  let best = 0;
  let most = -1;
  for (const [size, n] of chars)
    if (n > most) {
      best = size;
      most = n;
    }
  return best;
}

/** The usual vertical gap (points) between consecutive lines of the same size on a page: their median, or 1.2 times the body size without any. */
function usualGap(lines: PageLine[], body: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (a.size === b.size && a.y > b.y) gaps.push(a.y - b.y);
  }
  if (gaps.length === 0) return body * 1.2;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}

/** The running headers and footers of `pages`: the keys ({@link marginKey}) of lines at the top or the bottom of two pages or more. */
function runningLines(pages: PageLine[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const lines of pages) for (const key of new Set(marginLines(lines).map((l) => marginKey(l.text)))) seen.set(key, (seen.get(key) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n >= 2).map(([key]) => key));
}

/** Joins a paragraph's lines: a space between them, a word hyphenated at a line's end made whole. */
function joinLines(lines: string[]): string {
  let out = "";
  for (const line of lines) {
    if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(line)) out = out.slice(0, -1) + line;
    else out = out ? `${out} ${line}` : line;
  }
  return out;
}

/**
 * The Markdown lines of a document whose pages' lines are `pages` (each from {@link pageLines}):
 * its title (`# …`) when its first line is set larger than any other, headings (`## …`),
 * paragraphs and list items, a blank line between blocks; page numbers and running headers and
 * footers left out. Empty when the pages hold no text (a scan).
 */
export function documentLines(pages: PageLine[][]): string[] {
  const running = runningLines(pages);
  const kept = pages.map((lines) => lines.filter((l) => !PAGE_NUMBER.test(l.text) && !running.has(marginKey(l.text))));
  const body = bodySize(kept);
  const all = kept.flat();
  const largest = Math.max(0, ...all.map((l) => l.size));
  const out: string[] = [];
  let para: PageLine[] = [];
  let listed = false;
  const flush = (): void => {
    if (para.length === 0) return;
    const text = joinLines(para.map((l) => l.text));
    const first = para[0]!;
    const heading = setAsHeading(text, first.size >= body * 1.15, first.bold);
    // (the items of a list, each set apart as a paragraph, stay one list: "1. Switch the boiler off" "2. Open both valves")
    const item = !heading && LIST_ITEM.test(text);
    if (out.length > 0 && !(item && listed)) out.push("");
    listed = item;
    if (heading && out.length === 0 && first.size === largest && first.size > body) out.push(`# ${text}`);
    else if (heading) out.push(`## ${text.replace(CLAUSE_NUMBER, "")}`);
    else out.push(text.replace(BULLET, "- "));
    para = [];
  };
  for (const lines of kept) {
    const gap = usualGap(lines, body);
    lines.forEach((line, i) => {
      const prev = i > 0 ? lines[i - 1] : undefined;
      const last = para.at(-1);
      const breaks =
        !last ||
        last.size !== line.size ||
        last.bold !== line.bold ||
        LIST_ITEM.test(line.text) ||
        (prev !== undefined && prev.y - line.y > gap * 1.3) ||
        // (a new page goes on with the paragraph only where the last page's line ran to its end)
        (prev === undefined && /[.!?:]$/.test(last.text));
      if (breaks) flush();
      para.push(line);
    });
  }
  flush();
  return out;
}
