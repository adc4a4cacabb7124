import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { BlockOcr, textOf } from "../../core/capture/block-ocr.js";
import { toGray } from "../../core/capture/image.js";
import { createOcrPool, customDataDir, languageDataDir, languageModel, type OcrPool } from "../../core/capture/ocr.js";
import { SHIPPED_OCR_DIR, shippedOcrModel } from "../../models/ocr/shipped.js";

describe("OCR language data", () => {
  it("reads English with the tessdata_fast model shipped in models/ocr, byte for byte the file its README names", () => {
    const file = languageModel("eng");
    expect(file).toBe(join(SHIPPED_OCR_DIR, "eng.traineddata.gz"));
    expect(file).toMatch(/models\/ocr\/tessdata_fast\/eng\.traineddata\.gz$/);
    expect(languageDataDir(["eng"])).toBe(SHIPPED_OCR_DIR);
    // tessdata_fast's eng.traineddata (4,113,088 bytes, git blob bbef4675): see models/ocr/README.md
    const plain = gunzipSync(readFileSync(file));
    expect(plain.length).toBe(4_113_088);
    expect(createHash("sha256").update(plain).digest("hex")).toBe("7d4322bd2a7749724879683fc3912cb542f19906c83bcc1a52132556427170b2");
  });

  it("names the shipped model's file when it is missing, and ships nothing for other languages", () => {
    const empty = mkdtempSync(join(tmpdir(), "engram-no-ocr-model-"));
    try {
      expect(() => shippedOcrModel("eng", empty)).toThrow(`OCR model "eng" is missing: ${join(empty, "eng.traineddata.gz")}`);
      expect(shippedOcrModel("fra", empty)).toBeNull();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("links the models of several languages into one folder", () => {
    const dir = languageDataDir(["eng", "eng"]); // only English is installed here; two entries take the several-languages path
    expect(readlinkSync(join(dir, "eng.traineddata.gz"))).toBe(join(SHIPPED_OCR_DIR, "eng.traineddata.gz"));
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

describe("long lines", () => {
  it("reads a long line alone as a raw line, its words placed where they are on screen; short text and boxes go in a mosaic", async () => {
    const long = "The quarterly report lists every harbour the ferry visited between March and September.";
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="200"><rect width="1200" height="200" fill="white"/>
      <text x="20" y="44" font-family="DejaVu Sans" font-size="17" fill="black">${long}</text>
      <text x="20" y="94" font-family="DejaVu Sans" font-size="17" fill="black">Lantern</text>
      <rect x="20" y="120" width="1100" height="40" fill="white" stroke="black" stroke-width="2"/>
      <text x="30" y="146" font-family="DejaVu Sans Mono" font-size="15" fill="black">valgrind --tool=memcheck ls -l</text></svg>`;
    const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const pool = createOcrPool();
    const calls: Array<{ line: boolean; height: number }> = [];
    const spy: OcrPool = {
      size: pool.size,
      recognize: (img, opts) => {
        calls.push({ line: opts?.line === true, height: img.height });
        return pool.recognize(img, opts);
      },
      close: () => pool.close(),
    };
    try {
      const read = await new BlockOcr(spy).recognize(toGray({ data, width: info.width, height: info.height, order: "rgba" }));
      expect(textOf(read.words)).toContain(long);
      expect(textOf(read.words)).toContain("Lantern");
      expect(textOf(read.words)).toContain("--tool=memcheck");
      // one raw line (the long one, 7 px of margin above and below) and one mosaic (the word, the box)
      expect(calls.filter((c) => c.line)).toHaveLength(1);
      expect(calls.filter((c) => !c.line)).toHaveLength(1);
      // the same words read in a mosaic (every block, no raw line): the same left and right edges within 3 px; a raw
      // line's word spans the line's height (its block), which holds the glyphs' box
      const mosaicOnly: OcrPool = { size: pool.size, recognize: (img) => pool.recognize(img), close: async () => undefined };
      const again = await new BlockOcr(mosaicOnly).recognize(toGray({ data, width: info.width, height: info.height, order: "rgba" }));
      for (const text of ["The", "harbour", "September."]) {
        const [a, b] = [read.words, again.words].map((ws) => ws.find((w) => w.text === text)!.bbox);
        for (const k of ["x0", "x1"] as const) expect(Math.abs(a![k] - b![k]), `${text} ${k}`).toBeLessThanOrEqual(3);
        expect(a!.y0).toBeLessThanOrEqual(b!.y0);
        expect(a!.y1).toBeGreaterThanOrEqual(b!.y1);
        expect(a!.y1 - a!.y0).toBeLessThan(24);
      }
    } finally {
      await spy.close();
    }
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
