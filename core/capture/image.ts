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

/** Greyscale (ITU-R BT.601 luma, integer weights 77/150/29 of 256) of a raw bitmap. */
export function toGray(img: RawImage): GrayImage {
  const { data, width, height } = img;
  const out = new Uint8Array(width * height);
  const [r, b] = img.order === "rgba" ? [0, 2] : [2, 0];
  for (let i = 0, j = 0; j < out.length; i += 4, j++) out[j] = (data[i + r] * 77 + data[i + 1] * 150 + data[i + b] * 29) >> 8;
  return { data: out, width, height };
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
 * Encodes the stored copy of a frame: WebP quality 70, effort 2 (measured on 1920×1080 text
 * screens: ~100 KB and ~60 ms CPU; effort 4 saves 2% for twice the time). `blackout` rectangles
 * (redacted words) are painted black first, so a redacted value is not readable in the image either.
 */
export async function encodeFrame(img: RawImage, blackout: Rect[] = []): Promise<Buffer> {
  const data = blackout.length || img.order === "bgra" ? Uint8Array.from(img.data) : img.data;
  if (img.order === "bgra") {
    for (let i = 0; i < data.length; i += 4) {
      const b = data[i];
      data[i] = data[i + 2];
      data[i + 2] = b;
    }
  }
  for (const r of blackout) {
    const x0 = Math.max(0, r.x0 - 2),
      x1 = Math.min(img.width, r.x1 + 2);
    for (let y = Math.max(0, r.y0 - 2); y < Math.min(img.height, r.y1 + 2); y++) {
      data.fill(0, (y * img.width + x0) * 4, (y * img.width + x1) * 4);
    }
  }
  const pipeline = sharp(data, { raw: { width: img.width, height: img.height, channels: 4 } }).removeAlpha();
  return pipeline.webp({ quality: 70, effort: 2 }).toBuffer();
}
