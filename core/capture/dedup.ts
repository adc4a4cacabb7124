import type { RawImage } from "./image.js";

/**
 * Near-duplicate detection for screen frames, in two steps:
 * 1. a 64-bit difference hash (dHash, N. Krawetz, "Kind of Like That", The Hacker Factor Blog,
 *    2013: shrink to 9×8 greyscale, one bit per horizontally adjacent pair, set when the left
 *    pixel is brighter) compared by Hamming distance — a cheap "certainly different" filter;
 * 2. a pixel difference on a 128×72 greyscale thumbnail: the share of thumbnail pixels that moved
 *    by more than {@link DIFF_LEVEL} grey levels — the confirmation, sensitive to a changed
 *    paragraph that a 9×8 hash cannot see.
 * The thumbnail is a box filter over every second pixel of every second row (a quarter of the
 * pixels: ~2 ms for 1920×1080 in plain JS, where sharp's resize of a raw buffer measured ~5 ms
 * of fixed overhead plus copying).
 */

/** Thumbnail size used for the pixel difference (16:9). */
export const THUMB_W = 128;
export const THUMB_H = 72;
/** Grey-level change (0..255) above which a thumbnail pixel counts as changed. */
export const DIFF_LEVEL = 10;

/** What deduplication keeps of a frame. */
export interface FrameSignature {
  /** 64-bit dHash */
  hash: bigint;
  /** THUMB_W × THUMB_H greyscale, row-major */
  thumb: Uint8Array;
}

/** Computes the {@link FrameSignature} of a frame (greyscale thumbnail, then dHash of the thumbnail). */
export function signature(img: RawImage): FrameSignature {
  const thumb = thumbnail(img);
  return { thumb, hash: dHash(thumb, THUMB_W, THUMB_H) };
}

function thumbnail(img: RawImage): Uint8Array {
  const { data, width, height } = img;
  const sum = new Uint32Array(THUMB_W * THUMB_H);
  const count = new Uint32Array(THUMB_W * THUMB_H);
  const [r, b] = img.order === "rgba" ? [0, 2] : [2, 0];
  const col = new Uint16Array(width);
  for (let x = 0; x < width; x++) col[x] = Math.floor((x * THUMB_W) / width);
  for (let y = 0; y < height; y += 2) {
    const base = Math.floor((y * THUMB_H) / height) * THUMB_W;
    let i = y * width * 4;
    for (let x = 0; x < width; x += 2, i += 8) {
      const k = base + col[x];
      sum[k] += data[i + r] * 77 + data[i + 1] * 150 + data[i + b] * 29;
      count[k]++;
    }
  }
  const out = new Uint8Array(THUMB_W * THUMB_H);
  for (let k = 0; k < out.length; k++) out[k] = count[k] ? Math.round(sum[k] / count[k] / 256) : 0;
  return out;
}

/**
 * dHash (Krawetz 2013) of a greyscale image: area-average to 9×8, then bit (row*8+col) is 1 when
 * pixel (col, row) is brighter than pixel (col+1, row).
 */
export function dHash(gray: Uint8Array, width: number, height: number): bigint {
  const cells = new Float64Array(72);
  const counts = new Uint32Array(72);
  for (let y = 0; y < height; y++) {
    const row = Math.floor((y * 8) / height) * 9;
    for (let x = 0; x < width; x++) {
      const k = row + Math.floor((x * 9) / width);
      cells[k] += gray[y * width + x];
      counts[k]++;
    }
  }
  let hash = 0n;
  for (let row = 0; row < 8; row++) {
    for (let c = 0; c < 8; c++) {
      const k = row * 9 + c;
      hash = (hash << 1n) | (cells[k] / counts[k] > cells[k + 1] / counts[k + 1] ? 1n : 0n);
    }
  }
  return hash;
}

/** Number of differing bits of two 64-bit hashes (0..64). */
export function hamming(a: bigint, b: bigint): number {
  let x = a ^ b;
  let n = 0;
  while (x) {
    x &= x - 1n;
    n++;
  }
  return n;
}

/** Share (0..1) of thumbnail pixels whose grey level differs by more than {@link DIFF_LEVEL}. */
export function pixelDifference(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return 1;
  let changed = 0;
  for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > DIFF_LEVEL) changed++;
  return changed / a.length;
}

/** 16 lowercase hex digits of a 64-bit hash (how `frames.phash` stores it). */
export function hashToHex(h: bigint): string {
  return h.toString(16).padStart(16, "0");
}

/** Parses {@link hashToHex} output. */
export function hexToHash(hex: string): bigint {
  return BigInt(`0x${hex}`);
}

/** The last kept frame of a display, as deduplication remembers it. Times epoch ms. */
export interface KeptFrame extends FrameSignature {
  capturedAt: number;
  app: string | null;
  windowTitle: string | null;
  url: string | null;
}

/** The verdict of {@link compareFrames}: `same` (a duplicate), `changed`, or `keyframe` (same, but still for too long). */
export interface DedupVerdict {
  kind: "same" | "changed" | "keyframe";
  /** Hamming distance of the hashes */
  distance: number;
  /** pixel difference share, when it was computed (only when the hashes are close) */
  difference: number | null;
}

/** The duplicate thresholds (settings `dedupHashThreshold`, `dedupDiffThreshold`). */
export interface SameScreenThresholds {
  /** largest Hamming distance of the dHashes (0..64) */
  hashThreshold: number;
  /** largest share (0..1) of thumbnail pixels changed by more than {@link DIFF_LEVEL} */
  diffThreshold: number;
}

/** Where a frame came from: the active app, its window title and URL (null: unknown). */
export type FrameOrigin = Pick<KeptFrame, "app" | "windowTitle" | "url">;

/**
 * Whether two frames show the same screen: the same app, title and URL, a hash distance of at most
 * `hashThreshold` and a thumbnail difference of at most `diffThreshold`. The pixel difference is
 * computed only when the hashes are close (`difference` null otherwise).
 */
export function sameScreen(
  a: FrameSignature & FrameOrigin,
  b: FrameSignature & FrameOrigin,
  opts: SameScreenThresholds,
): { same: boolean; distance: number; difference: number | null } {
  const distance = hamming(a.hash, b.hash);
  const sameOrigin = a.app === b.app && a.windowTitle === b.windowTitle && a.url === b.url;
  if (!sameOrigin || distance > opts.hashThreshold) return { same: false, distance, difference: null };
  const difference = pixelDifference(a.thumb, b.thumb);
  return { same: difference <= opts.diffThreshold, distance, difference };
}

/**
 * Compares a new frame with the last kept frame of its display ({@link sameScreen}). Changed when
 * there is no previous frame or the screen is not the same; otherwise the same screen — a
 * `keyframe` once `keyframeMs` passed since the last kept frame.
 */
export function compareFrames(
  prev: KeptFrame | null,
  next: FrameSignature & Pick<KeptFrame, "capturedAt" | "app" | "windowTitle" | "url">,
  opts: SameScreenThresholds & { keyframeMs: number },
): DedupVerdict {
  if (!prev) return { kind: "changed", distance: 64, difference: null };
  const { same, distance, difference } = sameScreen(prev, next, opts);
  if (!same) return { kind: "changed", distance, difference };
  return { kind: Math.abs(next.capturedAt - prev.capturedAt) >= opts.keyframeMs ? "keyframe" : "same", distance, difference };
}
