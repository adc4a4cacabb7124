import type { GrayImage, Rect } from "./image.js";

/**
 * Splits a screen into text blocks by recursive X-Y cut (G. Nagy and S. Seth, "Hierarchical
 * representation of optically scanned documents", ICPR 1984): a region is cut horizontally at
 * runs of blank rows, each piece vertically at wide runs of blank columns, recursively, until a
 * piece cannot be cut. On screens the leaves are mostly single text lines (or line segments
 * between columns), which is what makes OCR incremental: a block whose pixels were seen before
 * keeps its words (see block-ocr.ts).
 *
 * A row (column) is blank inside a region when its grey levels there span at most `tolerance`
 * levels, whatever the background colour (light and dark themes alike).
 */

/** Tuning of {@link segmentBlocks}; defaults suit 1× and 2× screen text. */
export interface SegmentOptions {
  /** grey-level spread (max − min) up to which a row/column counts as blank (default 24) */
  tolerance: number;
  /** blank rows needed to cut horizontally (default 2; a single blank row can be inside a line, under an i-dot) */
  minGapY: number;
  /** blank columns needed to cut vertically (default 16: wider than a word space, narrower than a column gutter) */
  minGapX: number;
  /** runs thinner than this many rows are merged into a neighbouring run within 2× this distance (default 4: i-dots, accents) */
  minRun: number;
}

const DEFAULTS: SegmentOptions = { tolerance: 24, minGapY: 2, minGapX: 16, minRun: 4 };

type Run = [start: number, end: number];

/** Non-blank runs of a 0/1 profile, joining gaps shorter than `minGap` and absorbing slivers. */
function runsOf(nonBlank: Uint8Array, from: number, to: number, minGap: number, minRun: number): Run[] {
  const runs: Run[] = [];
  let start = -1;
  let lastInk = -1;
  for (let i = from; i < to; i++) {
    if (!nonBlank[i - from]) continue;
    if (start >= 0 && i - lastInk - 1 < minGap) lastInk = i;
    else {
      if (start >= 0) runs.push([start, lastInk + 1]);
      start = lastInk = i;
    }
  }
  if (start >= 0) runs.push([start, lastInk + 1]);
  // absorb slivers into the nearer neighbour when it is close; drop lone slivers
  for (let i = 0; i < runs.length; ) {
    const [s, e] = runs[i]!;
    if (e - s >= minRun || runs.length === 1) {
      i++;
      continue;
    }
    const gapPrev = i > 0 ? s - runs[i - 1]![1] : Infinity;
    const gapNext = i < runs.length - 1 ? runs[i + 1]![0] - e : Infinity;
    if (Math.min(gapPrev, gapNext) > 2 * minRun) runs.splice(i, 1);
    else if (gapPrev <= gapNext) {
      runs[i - 1]![1] = e;
      runs.splice(i, 1);
    } else {
      runs[i + 1]![0] = s;
      runs.splice(i, 1);
    }
  }
  return runs;
}

function rowProfile(g: GrayImage, r: Rect, tol: number): Uint8Array {
  const out = new Uint8Array(r.y1 - r.y0);
  for (let y = r.y0; y < r.y1; y++) {
    const off = y * g.width;
    let mn = 255,
      mx = 0;
    for (let x = off + r.x0, end = off + r.x1; x < end; x++) {
      const v = g.data[x];
      if (v < mn) mn = v;
      if (v > mx) mx = v;
      if (mx - mn > tol) {
        out[y - r.y0] = 1;
        break;
      }
    }
  }
  return out;
}

function colProfile(g: GrayImage, r: Rect, tol: number): Uint8Array {
  const w = r.x1 - r.x0;
  const mn = new Uint8Array(w).fill(255);
  const mx = new Uint8Array(w);
  for (let y = r.y0; y < r.y1; y++) {
    const off = y * g.width + r.x0;
    for (let i = 0; i < w; i++) {
      const v = g.data[off + i];
      if (v < mn[i]) mn[i] = v;
      if (v > mx[i]) mx[i] = v;
    }
  }
  const out = new Uint8Array(w);
  for (let i = 0; i < w; i++) out[i] = mx[i] - mn[i] > tol ? 1 : 0;
  return out;
}

/**
 * Text blocks of a greyscale screen, in reading order (top to bottom; left to right within a band).
 * Blank regions give no block; pieces under 2 px wide or 3 px tall are dropped (rules, specks).
 * Cost: a few passes over the pixels (~10–20 ms for 1920×1080).
 */
export function segmentBlocks(g: GrayImage, opts: Partial<SegmentOptions> = {}): Rect[] {
  const o = { ...DEFAULTS, ...opts };
  const out: Rect[] = [];
  const cut = (r: Rect, depth: number): void => {
    const rows = runsOf(rowProfile(g, r, o.tolerance), r.y0, r.y1, o.minGapY, o.minRun);
    if (rows.length === 0) return;
    if (rows.length > 1 && depth < 24) {
      for (const [y0, y1] of rows) cut({ x0: r.x0, y0, x1: r.x1, y1 }, depth + 1);
      return;
    }
    const band = { x0: r.x0, y0: rows[0]![0], x1: r.x1, y1: rows[0]![1] };
    const cols = runsOf(colProfile(g, band, o.tolerance), band.x0, band.x1, o.minGapX, 2);
    if (cols.length === 0) return;
    if (cols.length > 1 && depth < 24) {
      for (const [x0, x1] of cols) cut({ x0, y0: band.y0, x1, y1: band.y1 }, depth + 1);
      return;
    }
    const leaf = { x0: cols[0]![0], y0: band.y0, x1: cols[0]![1], y1: band.y1 };
    if (leaf.x1 - leaf.x0 >= 2 && leaf.y1 - leaf.y0 >= 3) out.push(leaf);
  };
  cut({ x0: 0, y0: 0, x1: g.width, y1: g.height }, 0);
  return out;
}

/**
 * The blocks without text lines cut by the top or bottom edge of the screen: a block touching the
 * edge and lower than 3/4 of the median block height (with at least 3 blocks to take a median
 * from) is a line scrolled partly out of view. Reading it costs OCR time and gives fragments of
 * words; the line is read whole once it is in view.
 * @param height the screen's height, pixels
 */
export function withoutCutLines(blocks: Rect[], height: number): Rect[] {
  if (blocks.length < 3) return blocks;
  const heights = blocks.map((r) => r.y1 - r.y0).sort((a, b) => a - b);
  const limit = 0.75 * heights[heights.length >> 1]!;
  return blocks.filter((r) => !((r.y0 === 0 || r.y1 === height) && r.y1 - r.y0 < limit));
}
