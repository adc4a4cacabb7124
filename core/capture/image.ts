import { endianness } from "node:os";
import sharp from "sharp";

/**
 * Frame pixels: decoding screenshots (PNG, JPEG, WebP bytes or raw bitmaps), greyscale conversion,
 * and the compressed copy that is stored.
 */

/** Raw pixels as a capturer gives them: 4 bytes per pixel, rows top to bottom, no padding. */
export interface RawImage {
  data: Uint8Array;
  width: number;
  height: number;
  /** byte order of each pixel: `rgba` (sharp, pngjs) or `bgra` (Electron NativeImage.toBitmap on most platforms) */
  order: "rgba" | "bgra";
}

/** 8-bit greyscale pixels, rows top to bottom. */
export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** Largest frame accepted (pixels per side); bigger is not a screenshot. */
export const MAX_SIDE = 16_384;

function decodeRaw(bytes: Uint8Array) {
  return sharp(bytes, { limitInputPixels: MAX_SIDE * MAX_SIDE, failOn: "error" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
}

/**
 * Decodes an encoded screenshot (PNG, JPEG, WebP, ...) to RGBA.
 * @param name the file or label named in errors.
 * @throws Error `<name>: not a readable image (...)` for corrupt or non-image bytes, and
 *   `<name>: image is W×H, larger than 16384 pixels per side`.
 */
export async function decodeImage(bytes: Uint8Array, name: string): Promise<RawImage> {
  let out: Awaited<ReturnType<typeof decodeRaw>>;
  try {
    out = await decodeRaw(bytes);
  } catch (err) {
    throw new Error(`${name}: not a readable image (${(err as Error).message.split("\n")[0]})`);
  }
  const { width, height, channels } = out.info;
  if (width > MAX_SIDE || height > MAX_SIDE) throw new Error(`${name}: image is ${width}×${height}, larger than ${MAX_SIDE} pixels per side`);
  if (channels !== 4) throw new Error(`${name}: decoded to ${channels} channels, expected 4`);
  return { data: out.data, width, height, order: "rgba" };
}

/**
 * Checks a raw bitmap's shape.
 * @throws Error naming `name` when the buffer length is not width × height × 4 or a side is out of range.
 */
export function checkRaw(img: RawImage, name: string): void {
  if (!Number.isInteger(img.width) || !Number.isInteger(img.height) || img.width < 1 || img.height < 1 || img.width > MAX_SIDE || img.height > MAX_SIDE) {
    throw new Error(`${name}: bad bitmap size ${img.width}×${img.height}`);
  }
  if (img.data.length !== img.width * img.height * 4) {
    throw new Error(`${name}: bitmap has ${img.data.length} bytes, expected ${img.width}×${img.height}×4 = ${img.width * img.height * 4}`);
  }
}

const LITTLE_ENDIAN = endianness() === "LE";

/**
 * The pixels of a raw bitmap as 32-bit words (one read per pixel; on a little-endian machine the
 * first byte of a pixel is its lowest 8 bits), or null when the bytes cannot be viewed so (a
 * big-endian machine, or a buffer not starting at a multiple of 4 bytes).
 */
function pixelWords(img: RawImage): Uint32Array | null {
  const { data } = img;
  return LITTLE_ENDIAN && data.byteOffset % 4 === 0 ? new Uint32Array(data.buffer, data.byteOffset, img.width * img.height) : null;
}

/**
 * Greyscale (ITU-R BT.601 luma, integer weights 77/150/29 of 256) of a raw bitmap. Reads each
 * pixel as one 32-bit word where it can (~4 ms for 1920×1080, against ~10 ms byte by byte).
 */
export function toGray(img: RawImage): GrayImage {
  const { data, width, height } = img;
  const out = new Uint8Array(width * height);
  const px = pixelWords(img);
  const rgba = img.order === "rgba";
  if (px && rgba) {
    for (let j = 0; j < out.length; j++) {
      const p = px[j]!;
      out[j] = ((p & 255) * 77 + ((p >>> 8) & 255) * 150 + ((p >>> 16) & 255) * 29) >> 8;
    }
  } else if (px) {
    for (let j = 0; j < out.length; j++) {
      const p = px[j]!;
      out[j] = (((p >>> 16) & 255) * 77 + ((p >>> 8) & 255) * 150 + (p & 255) * 29) >> 8;
    }
  } else {
    const r = rgba ? 0 : 2;
    const b = 2 - r;
    for (let i = 0, j = 0; j < out.length; i += 4, j++) out[j] = (data[i + r]! * 77 + data[i + 1]! * 150 + data[i + b]! * 29) >> 8;
  }
  return { data: out, width, height };
}

/**
 * An RGB copy of a raw bitmap, 3 bytes per pixel (alpha dropped; red and blue swapped for BGRA):
 * what the stored copy is encoded from, and painted on for redactions.
 */
function rgbCopy(img: RawImage): Buffer {
  const n = img.width * img.height;
  const out = Buffer.allocUnsafe(n * 3);
  const px = pixelWords(img);
  const rgba = img.order === "rgba";
  if (px) {
    const rs = rgba ? 0 : 16;
    const bs = 16 - rs;
    for (let j = 0, o = 0; j < n; j++, o += 3) {
      const p = px[j]!;
      out[o] = (p >>> rs) & 255;
      out[o + 1] = (p >>> 8) & 255;
      out[o + 2] = (p >>> bs) & 255;
    }
  } else {
    const d = img.data;
    const r = rgba ? 0 : 2;
    const b = 2 - r;
    for (let i = 0, o = 0; o < out.length; i += 4, o += 3) {
      out[o] = d[i + r]!;
      out[o + 1] = d[i + 1]!;
      out[o + 2] = d[i + b]!;
    }
  }
  return out;
}

/**
 * A greyscale image resized by `scale` (Lanczos-3, sharp), for OCR at another resolution.
 * @throws Error when `scale` is not a positive finite number.
 */
export async function scaleGray(img: GrayImage, scale: number): Promise<GrayImage> {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new Error(`scaleGray: scale must be a positive number, got ${scale}`);
  const width = Math.max(1, Math.round(img.width * scale));
  const height = Math.max(1, Math.round(img.height * scale));
  const out = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } })
    .resize(width, height, { kernel: "lanczos3", fit: "fill" })
    .toColourspace("b-w")
    .raw()
    .toBuffer();
  return { data: new Uint8Array(out.buffer, out.byteOffset, width * height), width, height };
}

/** A rectangle in pixels: left, top, right (exclusive), bottom (exclusive). */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * PNG settings of the stored copy: zlib level 3, no row filters. Measured on bench:capture's 24
 * distinct 1920×1080 screens (documentation pages, an editor, a terminal; scratch script, CPU per
 * frame from the BGRA bitmap, rounds alternated, load 5–6): this PNG 21–29 ms and 117 KB, lossless;
 * the WebP used before (effort 0, quality 60) 39–79 ms and 63 KB, lossy (42.4 dB); zlib level 6
 * 23–35 ms and 114 KB, level 9 93–109 ms and 99 KB; row filters chosen per row (libpng's adaptive
 * filtering) 47–48 ms; WebP lossless (effort 0) 175–185 ms and 244 KB; WebP at 3/4 or 2/3 of the
 * size 46–63 ms (the resize costs what the smaller encode saves). Screen pixels are mostly flat
 * runs that deflate finds at once; lossy WebP spends its time on the transform and the
 * prediction. See core/capture/README.md, *The stored image*.
 */
export const FRAME_PNG = Object.freeze({ compressionLevel: 3, adaptiveFiltering: false });

/**
 * Encodes the stored copy of a frame as PNG ({@link FRAME_PNG}), opaque RGB. `blackout`
 * rectangles (redacted words, 2 px wider on each side) are painted black first, so a redacted
 * value is not readable in the image either. The bitmap given is not changed (an RGB copy is
 * made from RGBA or BGRA, aligned or not).
 */
export async function encodeFrame(img: RawImage, blackout: Rect[] = []): Promise<Buffer> {
  const rgb = rgbCopy(img);
  for (const r of blackout) {
    const x0 = Math.max(0, r.x0 - 2),
      x1 = Math.min(img.width, r.x1 + 2);
    if (x1 <= x0) continue;
    for (let y = Math.max(0, r.y0 - 2); y < Math.min(img.height, r.y1 + 2); y++) rgb.fill(0, (y * img.width + x0) * 3, (y * img.width + x1) * 3);
  }
  return sharp(rgb, { raw: { width: img.width, height: img.height, channels: 3 } })
    .png(FRAME_PNG)
    .toBuffer();
}
