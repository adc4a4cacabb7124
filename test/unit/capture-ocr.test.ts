import { existsSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BlockOcr, textOf } from "../../core/capture/block-ocr.js";
import { createOcrPool, languageDataDir } from "../../core/capture/ocr.js";

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
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => new BlockOcr(pool, 10, { scale })).toThrow(/scale must be a positive number/);
    expect(() => new BlockOcr(pool, 10, { scale: 1.5 })).not.toThrow();
  });
});

