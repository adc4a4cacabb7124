import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { encodeFrame, toGray, type RawImage } from "../../core/capture/image.js";

/** A w×h RGBA bitmap whose pixel (x, y) is `colour(x, y)` = [r, g, b]. */
function bitmap(w: number, h: number, colour: (x: number, y: number) => [number, number, number]): RawImage {
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [r, g, b] = colour(x, y);
      data.set([r, g, b, 255], (y * w + x) * 4);
    }
  }
  return { data, width: w, height: h, order: "rgba" };
}

/** The same pixels in Electron's byte order (BGRA), optionally in a buffer that starts `offset` bytes into its memory. */
function asBgra(img: RawImage, offset = 0): RawImage {
  const mem = new Uint8Array(img.data.length + offset);
  const data = mem.subarray(offset);
  for (let i = 0; i < data.length; i += 4) data.set([img.data[i + 2]!, img.data[i + 1]!, img.data[i]!, img.data[i + 3]!], i);
  return { ...img, data, order: "bgra" };
}

const luma = (r: number, g: number, b: number) => (r * 77 + g * 150 + b * 29) >> 8;
const noise = (x: number, y: number): [number, number, number] => [(x * 37 + y * 11) % 256, (x * 5 + y * 91) % 256, (x * 73 + y * 29) % 256];

describe("greyscale of a frame", () => {
  it("is BT.601 luma of every pixel, in either byte order and at any buffer offset", () => {
    const img = bitmap(33, 7, noise);
    const want = Array.from({ length: 33 * 7 }, (_, j) => luma(img.data[4 * j]!, img.data[4 * j + 1]!, img.data[4 * j + 2]!));
    expect(Array.from(toGray(img).data)).toEqual(want);
    expect(Array.from(toGray(asBgra(img)).data)).toEqual(want);
    expect(Array.from(toGray(asBgra(img, 1)).data)).toEqual(want); // not on a 4-byte boundary: read byte by byte
    const shifted = new Uint8Array(img.data.length + 3);
    shifted.set(img.data, 3);
    expect(Array.from(toGray({ ...img, data: shifted.subarray(3) }).data)).toEqual(want);
  });
});

describe("the stored copy of a frame", () => {
  // left half red, right half blue, a grey band across the middle rows
  const screen = bitmap(64, 48, (x, y) => (y >= 20 && y < 28 ? [128, 128, 128] : x < 32 ? [220, 30, 30] : [30, 30, 220]));
  const pixel = (d: Buffer, channels: number, x: number, y: number) => Array.from(d.subarray((y * 64 + x) * channels, (y * 64 + x) * channels + 3));
  const near = (got: number[], want: number[]) => got.every((v, i) => Math.abs(v - want[i]!) <= 24);

  it("is an opaque PNG with the screen's exact colours, from an RGBA or a BGRA (Electron) bitmap, aligned or not", async () => {
    for (const img of [screen, asBgra(screen), asBgra(screen, 2)]) {
      const png = await encodeFrame(img);
      const meta = await sharp(png).metadata();
      expect(meta.format).toBe("png");
      expect(meta.hasAlpha).toBe(false);
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      expect(pixel(data, info.channels, 8, 8)).toEqual([220, 30, 30]);
      expect(pixel(data, info.channels, 56, 40)).toEqual([30, 30, 220]);
      expect(pixel(data, info.channels, 40, 24)).toEqual([128, 128, 128]);
    }
  });

  it("paints redacted boxes opaque black, leaving the bitmap it was given unchanged", async () => {
    for (const img of [screen, asBgra(screen)]) {
      const before = Uint8Array.from(img.data);
      const png = await encodeFrame(img, [{ x0: 10, y0: 10, x1: 50, y1: 36 }]);
      expect(Buffer.compare(Buffer.from(img.data), Buffer.from(before))).toBe(0);
      expect((await sharp(png).metadata()).hasAlpha).toBe(false);
      const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
      for (const [x, y] of [
        [20, 15],
        [40, 24],
        [30, 30],
      ] as const)
        expect(near(pixel(data, info.channels, x, y), [0, 0, 0])).toBe(true);
      expect(near(pixel(data, info.channels, 2, 44), [220, 30, 30])).toBe(true);
    }
  });
});
