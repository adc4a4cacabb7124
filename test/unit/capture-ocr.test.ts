import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { BlockOcr, textOf } from "../../core/capture/block-ocr.js";
import { toGray } from "../../core/capture/image.js";
import { createOcrPool, customDataDir, languageDataDir } from "../../core/capture/ocr.js";

describe("OCR language data", () => {
  it("comes from the installed @tesseract.js-data package on local disk, never a URL", () => {
    const dir = languageDataDir(["eng"]);
    expect(dir).toMatch(/node_modules\/@tesseract\.js-data\/eng\/4\.0\.0_best_int$/);
    expect(existsSync(join(dir, "eng.traineddata.gz"))).toBe(true);
  });

  it("links the files of several language packages into one folder", () => {
    const dir = languageDataDir(["eng", "eng"]); // only English is installed here; two entries take the multi-package path
    expect(readlinkSync(join(dir, "eng.traineddata.gz"))).toBe(join(languageDataDir(["eng"]), "eng.traineddata.gz"));
  });

  it("names the package to install for a missing language, before starting any worker", () => {
    expect(() => languageDataDir(["eng", "xyz"])).toThrow('OCR language "xyz" is not installed: run npm install @tesseract.js-data/xyz');
    expect(() => createOcrPool({ languages: ["klingon"] })).toThrow(/npm install @tesseract\.js-data\/klingon/);
  });
});

describe("frame text", () => {
  it("joins words by spaces and lines by newlines", () => {
    const w = (text: string, line: number) => ({ text, line, confidence: 90, bbox: { x0: 0, y0: 0, x1: 1, y1: 1 } });
    expect(textOf([w("Hello", 0), w("world", 0), w("again", 1), w("here", 3)])).toBe("Hello world\nagain\nhere");
    expect(textOf([])).toBe("");
  });
});

describe("block OCR options", () => {
  it("refuses an input scale that is not a positive number, before reading anything", () => {
    const pool = createOcrPool(); // workers start on the first recognition only
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => new BlockOcr(pool, 10, { scale })).toThrow(/scale must be a positive number/);
    expect(() => new BlockOcr(pool, 10, { scale: 1.5 })).not.toThrow();
  });
});

describe("a folder of OCR models chosen by the user (capture.ocrDataDir)", () => {
  const root = mkdtempSync(join(tmpdir(), "engram-ocr-data-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const folder = (name: string, files: string[]) => {
    const dir = join(root, name);
    mkdirSync(dir);
    for (const f of files) writeFileSync(join(dir, f), "model");
    return dir;
  };

  it("takes plain or gzipped models, and names the missing model or a mixed folder", () => {
    expect(customDataDir(folder("plain", ["eng.traineddata"]), ["eng"])).toEqual({ langPath: join(root, "plain"), gzip: false });
    expect(customDataDir(folder("gz", ["eng.traineddata.gz", "deu.traineddata.gz"]), ["eng", "deu"])).toEqual({ langPath: join(root, "gz"), gzip: true });
    const partial = folder("partial", ["eng.traineddata"]);
    expect(() => customDataDir(partial, ["eng", "fra"])).toThrow(`capture.ocrDataDir: ${join(partial, "fra.traineddata")} (or .gz) is missing`);
    expect(() => createOcrPool({ dataDir: partial, languages: ["eng", "fra"] })).toThrow(/fra\.traineddata/);
    expect(() => customDataDir(folder("mixed", ["eng.traineddata", "fra.traineddata.gz"]), ["eng", "fra"])).toThrow(/mixes gzipped and plain models/);
  });

  it("reads text with a plain .traineddata model from that folder", async () => {
    const dir = join(root, "real");
    mkdirSync(dir);
    writeFileSync(join(dir, "eng.traineddata"), gunzipSync(readFileSync(join(languageDataDir(["eng"]), "eng.traineddata.gz"))));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="80"><rect width="640" height="80" fill="white"/><text x="16" y="50" font-family="DejaVu Sans" font-size="28" fill="black">Quokka harbour lantern</text></svg>`;
    const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const pool = createOcrPool({ dataDir: dir });
    try {
      const words = await pool.recognize(toGray({ data, width: info.width, height: info.height, order: "rgba" }));
      expect(words.map((w) => w.text).join(" ")).toBe("Quokka harbour lantern");
    } finally {
      await pool.close();
    }
  });
});
