import { createHash } from "node:crypto";
import { scaleGray, type GrayImage, type Rect } from "./image.js";
import type { OcrPool, OcrWord } from "./ocr.js";
import { segmentBlocks, withoutCutLines } from "./segment.js";

/**
 * Incremental OCR of screen frames. Tesseract's LSTM costs roughly in proportion to the text it
 * reads (~2.5–3.5 s of CPU for a dense 1920×1080 page on one core), but consecutive screens share
 * most of their pixels: scrolling moves lines, typing changes one line, switching back to a window
 * shows blocks seen before. So a frame is cut into text blocks (segment.ts), each block is keyed by
 * a hash of its exact pixels, and only blocks not in an LRU cache are recognised, all together in "mosaic" images: the new blocks stacked with padding, each
 * contrast-normalised to dark text on white (so dark themes, coloured bars and light-on-dark text
 * all suit tesseract's one global threshold). Words are cached relative to their block, so a
 * scrolled block is found at its new position. Measured against recognising the raw frame, a
 * mosaic of all blocks costs the same CPU and reads more (coloured header bars, sidebars). Lines
 * cut by the screen's top or bottom edge are not read (segment.ts withoutCutLines). A long line
 * (a block at least LINE.minAspect times as wide as it is tall, not taller than LINE.maxHeight
 * times the frame's body-text height ({@link textHeight}), with no rule along its edges) is read alone as one raw line
 * instead, with LINE.margin px of background above and below: see {@link LINE}.
 */

/** Options of {@link BlockOcr}. */
export interface BlockOcrOptions {
  /**
   * Resolution at which mosaics are read, relative to the screen (default 1). Measured on five
   * text-dense 1920×1080 documentation pages (bench:capture --scales): 0.8 saves 13–27% of the OCR
   * CPU but word recall falls from 95% to 82%; 1.5 reaches 98% for 33–42% more CPU. See README.md.
   */
  scale?: number;
}

/** Result of recognising one frame. */
export interface FrameText {
  /** words in reading order, boxes in frame pixels; `line` numbers lines across the frame */
  words: OcrWord[];
  /** blocks found by segmentation */
  blocks: number;
  /** blocks that had to be recognised (not in the cache) */
  recognised: number;
}

/** Padding around each block in a mosaic, pixels. */
const PAD = 8;
/** Mosaics are cut at about this height (pixels), so each stays well inside tesseract's limits and a pool of several workers reads them in parallel. */
const MOSAIC_HEIGHT = 4000;
/**
 * Long lines, read one by one as raw lines (tesseract's page segmentation mode 13) rather than in a
 * mosaic. Tesseract's LSTM costs per column of its 36 px high input, and it scales each line to that
 * height from the line's box: in a mosaic the box is the glyphs' height plus 4 px above and below,
 * for a raw line it is the whole image, so margins of 7 px read a 16 px line about a fifth smaller
 * (fewer columns) and skip the layout analysis. Measured on bench:capture's five first-seen dense
 * pages and its 13 distinct sequence screens, each read whole with an empty cache, alternated frame
 * by frame with the mosaic-only reading (three rounds, load 6.6–7.2): dense pages 1,365 against
 * 1,513 ms of CPU (−10 %; the slowest 1,672 against 1,990), word recall 95.6 against 95.7 %; the
 * sequence's screens 469 against 477 ms, 93.4 against 93.6 %. `minAspect` 15 instead of 25: the
 * same within the noise (1,110 against 1,123 ms, −0.1 point). Every
 * block as a raw line lost words: short blocks ("7.1.3", "HTTP/2"; −2.6 points on the sequence at
 * `minAspect` 8, −1.3 at 10) and boxes (a code sample in a frame, a bordered header), whose edges
 * read as characters; margins of 4 px kept more words (+1 point) for 7 % more CPU than the mosaic,
 * 8 px lost 0.8 point. So only long lines go this way, and most of a page's text is in them.
 */
export const LINE = Object.freeze({ minAspect: 25, maxHeight: 1.5, margin: 7, side: 4 });

/** Words with a lower tesseract confidence (0..100) are treated as noise (icons, rules). */
export const MIN_WORD_CONFIDENCE = 20;

interface CachedBlock {
  words: OcrWord[]; // relative to the block's top-left; line relative to the block
}

function blockKey(g: GrayImage, r: Rect): string {
  const h = createHash("sha1");
  h.update(`${r.x1 - r.x0}x${r.y1 - r.y0}`);
  for (let y = r.y0; y < r.y1; y++) h.update(g.data.subarray(y * g.width + r.x0, y * g.width + r.x1));
  return h.digest("base64");
}

/** Grey level around a block: the blank row just above (or below) it, else its top-left pixel. */
function background(g: GrayImage, r: Rect): number {
  const y = r.y0 > 0 ? r.y0 - 1 : r.y1 < g.height ? r.y1 : r.y0;
  let sum = 0;
  for (let x = r.x0; x < r.x1; x++) sum += g.data[y * g.width + x];
  return Math.round(sum / (r.x1 - r.x0));
}

/**
 * A lookup table that maps a block's background to white and its ink (the grey level farthest
 * from the background) to black: every block reads dark-on-white whatever its colours, so one
 * global threshold (tesseract binarises the whole image with Otsu) suits all blocks of a mosaic.
 */
function normaliser(g: GrayImage, r: Rect): Uint8Array {
  const bg = background(g, r);
  let ink = bg;
  for (let y = r.y0; y < r.y1; y++) {
    for (let x = r.x0, off = y * g.width; x < r.x1; x++) {
      const v = g.data[off + x];
      if (Math.abs(v - bg) > Math.abs(ink - bg)) ink = v;
    }
  }
  const lut = new Uint8Array(256);
  const span = bg - ink || 1;
  for (let v = 0; v < 256; v++) lut[v] = Math.max(0, Math.min(255, Math.round((255 * (v - ink)) / span)));
  return lut;
}

interface Slot {
  rect: Rect;
  top: number; // y of the block's first row in the mosaic
}

/** Stacks blocks vertically, each padded by PAD px of its background. */
function mosaic(g: GrayImage, rects: Rect[]): { img: GrayImage; slots: Slot[] } {
  const width = Math.max(...rects.map((r) => r.x1 - r.x0)) + 2 * PAD;
  const height = rects.reduce((n, r) => n + (r.y1 - r.y0) + 2 * PAD, 0);
  const data = new Uint8Array(width * height).fill(255);
  const slots: Slot[] = [];
  let y = 0;
  for (const r of rects) {
    const h = r.y1 - r.y0 + 2 * PAD;
    const lut = normaliser(g, r);
    for (let row = 0; row < r.y1 - r.y0; row++) {
      const src = (r.y0 + row) * g.width + r.x0;
      const dst = (y + PAD + row) * width + PAD;
      for (let i = 0; i < r.x1 - r.x0; i++) data[dst + i] = lut[g.data[src + i]];
    }
    slots.push({ rect: r, top: y + PAD });
    y += h;
  }
  return { img: { data, width, height }, slots };
}

/** Whether row `y` (or column `x`) of a block is a rule: ≥ 90 % of its pixels far from the background. */
function ruleAt(g: GrayImage, r: Rect, bg: number, y: number | null, x: number | null): boolean {
  let ink = 0;
  const n = y != null ? r.x1 - r.x0 : r.y1 - r.y0;
  for (let i = 0; i < n; i++) {
    const v = y != null ? g.data[y * g.width + r.x0 + i] : g.data[(r.y0 + i) * g.width + x!];
    if (Math.abs(v - bg) > 48) ink++;
  }
  return ink >= 0.9 * n;
}

/** Whether a block is read alone as a raw line ({@link LINE}); `body` is the frame's {@link textHeight}. */
function isLongLine(g: GrayImage, r: Rect, body: number): boolean {
  const h = r.y1 - r.y0;
  if (r.x1 - r.x0 < LINE.minAspect * h || h > LINE.maxHeight * body) return false;
  const bg = background(g, r);
  return !(ruleAt(g, r, bg, r.y0, null) || ruleAt(g, r, bg, r.y1 - 1, null) || ruleAt(g, r, bg, null, r.x0) || ruleAt(g, r, bg, null, r.x1 - 1));
}

/** One block, contrast-normalised as in a mosaic, with LINE.margin px above and below and LINE.side px at the sides. */
function lineImage(g: GrayImage, r: Rect): GrayImage {
  const width = r.x1 - r.x0 + 2 * LINE.side;
  const height = r.y1 - r.y0 + 2 * LINE.margin;
  const data = new Uint8Array(width * height).fill(255);
  const lut = normaliser(g, r);
  for (let row = 0; row < r.y1 - r.y0; row++) {
    const src = (r.y0 + row) * g.width + r.x0;
    const dst = (LINE.margin + row) * width + LINE.side;
    for (let i = 0; i < r.x1 - r.x0; i++) data[dst + i] = lut[g.data[src + i]];
  }
  return { data, width, height };
}

/** Renumbers `line` from 0 in order of appearance. */
function relines(words: OcrWord[]): OcrWord[] {
  const map = new Map<number, number>();
  return words.map((w) => {
    if (!map.has(w.line)) map.set(w.line, map.size);
    return { ...w, line: map.get(w.line)! };
  });
}

function unscale(w: OcrWord, s: number): OcrWord {
  const b = w.bbox;
  return { ...w, bbox: { x0: Math.round(b.x0 / s), y0: Math.round(b.y0 / s), x1: Math.round(b.x1 / s), y1: Math.round(b.y1 / s) } };
}

function shift(w: OcrWord, dx: number, dy: number): OcrWord {
  return { ...w, bbox: { x0: w.bbox.x0 + dx, y0: w.bbox.y0 + dy, x1: w.bbox.x1 + dx, y1: w.bbox.y1 + dy } };
}

/** A word's box kept inside its block (a raw line's words span the margins read with it). */
function clip(w: OcrWord, width: number, height: number): OcrWord {
  const b = w.bbox;
  const x0 = Math.max(0, Math.min(width, b.x0));
  const y0 = Math.max(0, Math.min(height, b.y0));
  return { ...w, bbox: { x0, y0, x1: Math.max(x0, Math.min(width, b.x1)), y1: Math.max(y0, Math.min(height, b.y1)) } };
}

/**
 * The height of a frame's body text, pixels: the median block height weighted by block width (the
 * height below which half of the blocks' total width lies), 0 for no blocks. A long line taller
 * than {@link LINE}.maxHeight times this is not read as a raw line. The plain median counted blocks,
 * so a sidebar of many short small links set it: on underscore's index page (95 blocks, 57 of them
 * in the sidebar, 52 of those 5–9 px high; the prose in 14 px lines) it was 9 px, and the 18 long
 * prose lines (aspect 33–39) went into a 564×2,506 mosaic, the page's slowest OCR among bench:capture's
 * dense pages; weighted by width it is 14 px and they are read as raw lines (see README.md,
 * *Measured*).
 */
export function textHeight(rects: Rect[]): number {
  const byHeight = [...rects].sort((a, b) => a.y1 - a.y0 - (b.y1 - b.y0));
  const half = rects.reduce((n, r) => n + r.x1 - r.x0, 0) / 2;
  let seen = 0;
  for (const r of byHeight) {
    seen += r.x1 - r.x0;
    if (seen >= half) return r.y1 - r.y0;
  }
  return 0;
}

/** Frame OCR with a block cache; one instance per pipeline (the cache is shared by all displays). */
export class BlockOcr {
  private readonly cache = new Map<string, CachedBlock>();

  private readonly scale: number;

  /**
   * @param capacity blocks kept in the LRU cache (default 20,000 ≈ a few MB).
   * @throws Error when `options.scale` is not a positive number.
   */
  constructor(
    private readonly pool: OcrPool,
    private readonly capacity = 20_000,
    options: BlockOcrOptions = {},
  ) {
    this.scale = options.scale ?? 1;
    if (!(this.scale > 0) || !Number.isFinite(this.scale)) throw new Error(`BlockOcr: scale must be a positive number, got ${options.scale}`);
  }

  /**
   * Recognises the text of a frame, reading only blocks not seen before.
   * @throws Error when OCR fails (see OcrPool.recognize).
   */
  async recognize(g: GrayImage): Promise<FrameText> {
    const rects = withoutCutLines(segmentBlocks(g), g.height);
    const keys = rects.map((r) => blockKey(g, r));
    const known = new Map<string, CachedBlock>();
    for (const k of keys) {
      const hit = this.cache.get(k);
      if (hit) known.set(k, hit);
    }
    const missing = [...new Set(keys.filter((k) => !known.has(k)))];
    if (missing.length) {
      const firstRect = new Map<string, Rect>();
      for (const [i, k] of keys.entries()) if (!firstRect.has(k)) firstRect.set(k, rects[i]!);
      const found = await this.readBlocks(
        g,
        missing.map((k) => firstRect.get(k)!),
        missing,
        textHeight(rects),
      );
      for (const k of missing) known.set(k, { words: relines(found.get(k) ?? []) });
    }
    for (const [k, block] of known) this.remember(k, block);
    const words: OcrWord[] = [];
    let lineBase = 0;
    keys.forEach((k, i) => {
      const cached = known.get(k)!;
      const r = rects[i]!;
      let maxLine = -1;
      for (const w of cached.words) {
        words.push({ ...shift(w, r.x0, r.y0), line: lineBase + w.line });
        maxLine = Math.max(maxLine, w.line);
      }
      lineBase += maxLine + 1;
    });
    return { words, blocks: rects.length, recognised: missing.length };
  }

  /** Inserts or refreshes (LRU: most recent last) a block, evicting the oldest over capacity. */
  private remember(key: string, block: CachedBlock): void {
    this.cache.delete(key);
    this.cache.set(key, block);
    while (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
  }

  /** Reads the given blocks: long lines one by one ({@link LINE}), the others in mosaics; all in parallel across the pool's workers. */
  private async readBlocks(g: GrayImage, rects: Rect[], keys: string[], body: number): Promise<Map<string, OcrWord[]>> {
    const lines: number[] = [];
    const rest: number[] = [];
    for (const [i, r] of rects.entries()) (isLongLine(g, r, body) ? lines : rest).push(i);
    const byKey = new Map<string, OcrWord[]>();
    const s = this.scale;
    await Promise.all([
      ...lines.map(async (i) => {
        const img = lineImage(g, rects[i]!);
        const read = await this.pool.recognize(s === 1 ? img : await scaleGray(img, s), { line: true });
        const r = rects[i]!;
        const words = read
          .filter((w) => w.confidence >= MIN_WORD_CONFIDENCE)
          .map((w) => clip(shift(s === 1 ? w : unscale(w, s), -LINE.side, -LINE.margin), r.x1 - r.x0, r.y1 - r.y0));
        byKey.set(keys[i]!, words);
      }),
      rest.length
        ? this.readMosaics(
            g,
            rest.map((i) => rects[i]!),
            rest.map((i) => keys[i]!),
          ).then((found) => {
            for (const [k, w] of found) byKey.set(k, w);
          })
        : Promise.resolve(),
    ]);
    return byKey;
  }

  /** The given blocks in mosaics of at most ~MOSAIC_HEIGHT px, read in parallel; words go back to their slot by their centre. */
  private async readMosaics(g: GrayImage, rects: Rect[], keys: string[]): Promise<Map<string, OcrWord[]>> {
    const chunks: number[][] = [[]];
    let height = 0;
    rects.forEach((r, i) => {
      if (height > 0 && height + (r.y1 - r.y0) > MOSAIC_HEIGHT) {
        chunks.push([]);
        height = 0;
      }
      chunks.at(-1)!.push(i);
      height += r.y1 - r.y0 + 2 * PAD;
    });
    const byKey = new Map<string, OcrWord[]>();
    await Promise.all(
      chunks.map(async (idx) => {
        const { img, slots } = mosaic(
          g,
          idx.map((i) => rects[i]!),
        );
        const s = this.scale;
        const read = await this.pool.recognize(s === 1 ? img : await scaleGray(img, s));
        const words = read.filter((w) => w.confidence >= MIN_WORD_CONFIDENCE).map((w) => (s === 1 ? w : unscale(w, s)));
        for (const w of words) {
          const cy = (w.bbox.y0 + w.bbox.y1) >> 1;
          let lo = 0;
          let hi = slots.length - 1;
          while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (slots[mid]!.top - PAD <= cy) lo = mid;
            else hi = mid - 1;
          }
          const key = keys[idx[lo]!]!;
          const list = byKey.get(key) ?? [];
          if (!byKey.has(key)) byKey.set(key, list);
          list.push(shift(w, -PAD, -slots[lo]!.top));
        }
      }),
    );
    return byKey;
  }
}

/** The frame's text: words joined by spaces, lines by newlines. */
export function textOf(words: OcrWord[]): string {
  const lines: string[] = [];
  let current: string[] = [];
  let line = words[0]?.line;
  for (const w of words) {
    if (w.line !== line) {
      lines.push(current.join(" "));
      current = [];
      line = w.line;
    }
    current.push(w.text);
  }
  if (current.length) lines.push(current.join(" "));
  return lines.join("\n");
}
