import { describe, expect, it } from "vitest";
import { compareFrames, dHash, hamming, hashToHex, hexToHash, pixelDifference, signature, THUMB_H, THUMB_W } from "../../core/capture/dedup.js";
import type { RawImage } from "../../core/capture/image.js";
import { RecentScreens } from "../../core/capture/revisits.js";
import { segmentBlocks, withoutCutLines } from "../../core/capture/segment.js";
import { toGray } from "../../core/capture/image.js";

const W = 1280;
const H = 720;

/** A synthetic screen: a background and diagonally hatched bars standing for text lines (x0, y, x1, height 12). */
function screen(lines: Array<[number, number, number]>, opts: { bg?: number; ink?: number; order?: "rgba" | "bgra" } = {}): RawImage {
  const data = new Uint8Array(W * H * 4).fill(opts.bg ?? 250);
  for (const [x0, y, x1] of lines) {
    for (let yy = y; yy < y + 12; yy++) {
      for (let x = x0; x < x1; x++) {
        if ((x + yy) % 5 >= 3) continue; // glyph-like: ink and gaps in every row and column
        const i = (yy * W + x) * 4;
        data[i] = data[i + 1] = data[i + 2] = opts.ink ?? 20;
      }
    }
  }
  return { data, width: W, height: H, order: opts.order ?? "rgba" };
}

const page = Array.from({ length: 30 }, (_, i) => [40, 40 + i * 20, 40 + ((i * 397) % 900) + 200] as [number, number, number]);
const opts = { hashThreshold: 10, diffThreshold: 0.002, keyframeMs: 300_000 };
const origin = { app: "Editor", windowTitle: "notes.txt", url: null };

describe("near-duplicate detection", () => {
  it("computes a 64-bit dHash and a 128×72 thumbnail; hex round-trips", () => {
    const sig = signature(screen(page));
    expect(sig.thumb).toHaveLength(THUMB_W * THUMB_H);
    expect(hexToHash(hashToHex(sig.hash))).toBe(sig.hash);
    expect(hashToHex(sig.hash)).toMatch(/^[0-9a-f]{16}$/);
    // gradient left→right darker: every "left brighter than right" bit set
    const grad = new Uint8Array(90 * 80).map((_, i) => 255 - (i % 90) * 2);
    expect(dHash(grad, 90, 80)).toBe(0xffffffffffffffffn);
    expect(hamming(0b1011n, 0b0001n)).toBe(2);
  });

  it("treats the same screen (and a caret-sized change) as a duplicate, a changed paragraph as a change", () => {
    const first = { ...signature(screen(page)), ...origin, capturedAt: 0 };
    expect(compareFrames(first, { ...signature(screen(page)), ...origin, capturedAt: 5000 }, opts)).toMatchObject({ kind: "same", distance: 0 });
    const caret = signature(screen([...page, [700, 300, 702]]));
    expect(compareFrames(first, { ...caret, ...origin, capturedAt: 5000 }, opts).kind).toBe("same");
    const edited = [...page];
    edited[10] = [40, 240, 1200];
    edited[11] = [40, 260, 1150];
    const v = compareFrames(first, { ...signature(screen(edited)), ...origin, capturedAt: 5000 }, opts);
    expect(v.kind).toBe("changed");
    expect(v.difference).toBeGreaterThan(opts.diffThreshold);
  });

  it("stores a still screen again as a keyframe after keyframeMs, and sees a new window as a change", () => {
    const first = { ...signature(screen(page)), ...origin, capturedAt: 0 };
    const same = signature(screen(page));
    expect(compareFrames(first, { ...same, ...origin, capturedAt: 299_999 }, opts).kind).toBe("same");
    expect(compareFrames(first, { ...same, ...origin, capturedAt: 300_000 }, opts).kind).toBe("keyframe");
    expect(compareFrames(first, { ...same, ...origin, windowTitle: "other.txt", capturedAt: 1000 }, opts).kind).toBe("changed");
    expect(compareFrames(null, { ...same, ...origin, capturedAt: 1000 }, opts).kind).toBe("changed");
  });

  it("finds a screen shown again among a display's recent screens, by the same criteria, remembering at most `limit`", () => {
    const base = signature(screen(page));
    const caret = signature(screen([...page, [700, 40, 702]])); // a caret-sized change of the same screen
    const other = signature(screen(page.slice(0, 20)));
    const recent = new RecentScreens([], 3);
    recent.remember({ first: 1, ...base, ...origin });
    recent.remember({ first: 2, ...other, ...origin });
    expect(recent.match({ ...caret, ...origin }, opts)?.screen.first).toBe(1);
    expect(recent.match({ ...caret, ...origin, windowTitle: "notes.txt ●" }, opts)).toBeNull(); // another title: another screen
    // the closest of two matching screens wins
    recent.remember({ first: 3, ...caret, ...origin });
    expect(recent.match({ ...base, ...origin }, opts)?.screen.first).toBe(1);
    // bounded: a fourth screen pushes out the one least recently remembered
    recent.remember({ first: 4, ...signature(screen(page.slice(5))), ...origin });
    recent.remember({ first: 2, ...other, ...origin }); // shown again: now the newest
    recent.remember({ first: 5, ...signature(screen(page.slice(10))), ...origin });
    expect(recent.match({ ...base, ...origin }, opts)).toBeNull(); // 1 and then 3 were pushed out
    expect(recent.match({ ...other, ...origin }, opts)?.screen.first).toBe(2);
    recent.forget(2);
    expect(recent.match({ ...other, ...origin }, opts)).toBeNull();
  });

  it("gives BGRA and RGBA bitmaps of the same picture the same signature", () => {
    const colour = screen(page);
    const bgra = Uint8Array.from(colour.data);
    for (let i = 0; i < bgra.length; i += 4) [bgra[i], bgra[i + 2]] = [70, 10]; // R=10, B=70 in BGRA order
    const rgba = Uint8Array.from(colour.data);
    for (let i = 0; i < rgba.length; i += 4) [rgba[i], rgba[i + 2]] = [10, 70];
    const a = signature({ ...colour, data: rgba, order: "rgba" });
    const b = signature({ ...colour, data: bgra, order: "bgra" });
    expect(a.hash).toBe(b.hash);
    expect(pixelDifference(a.thumb, b.thumb)).toBe(0);
  });
});

describe("block segmentation (X-Y cut)", () => {
  it("cuts a page into its lines and columns (row by row where lines align), whatever the background colour", () => {
    const lines: Array<[number, number, number]> = [
      [40, 40, 600],
      [40, 60, 500],
      [700, 40, 1200],
      [700, 60, 1100],
      [40, 200, 1200],
    ];
    for (const theme of [
      { bg: 250, ink: 20 },
      { bg: 30, ink: 220 },
    ]) {
      const blocks = segmentBlocks(toGray(screen(lines, theme)));
      expect(blocks).toEqual([
        { x0: 40, y0: 40, x1: 600, y1: 52 },
        { x0: 700, y0: 40, x1: 1200, y1: 52 },
        { x0: 40, y0: 60, x1: 500, y1: 72 },
        { x0: 700, y0: 60, x1: 1100, y1: 72 },
        { x0: 40, y0: 200, x1: 1200, y1: 212 },
      ]);
    }
    expect(segmentBlocks(toGray(screen([])))).toEqual([]);
  });

  it("leaves out text lines cut by the top or bottom edge of the screen, never a whole line at the edge", () => {
    const body: Array<[number, number, number]> = [
      [40, 100, 600],
      [40, 120, 700],
      [40, 140, 500],
    ];
    const cutTop = { x0: 40, y0: 0, x1: 600, y1: 5 };
    const cutBottom = { x0: 40, y0: H - 6, x1: 600, y1: H };
    const blocks = segmentBlocks(toGray(screen(body)));
    expect(withoutCutLines([cutTop, ...blocks, cutBottom], H)).toEqual(blocks);
    const wholeAtEdges = [{ x0: 40, y0: 0, x1: 600, y1: 12 }, ...blocks, { x0: 40, y0: H - 12, x1: 600, y1: H }];
    expect(withoutCutLines(wholeAtEdges, H)).toEqual(wholeAtEdges);
    // too few blocks to know a line's height: nothing is left out
    expect(withoutCutLines([blocks[0]!, cutBottom], H)).toEqual([blocks[0]!, cutBottom]);
  });
});
