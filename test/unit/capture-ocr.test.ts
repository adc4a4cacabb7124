import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { BlockOcr, textHeight, textOf } from "../../core/capture/block-ocr.js";
import { toGray } from "../../core/capture/image.js";
import { createOcrPool, customDataDir, languageDataDir, languageModel, type OcrPool, wordsOfTsv } from "../../core/capture/ocr.js";
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

describe("body-text height", () => {
  const box = (x0: number, y0: number, w: number, h: number) => ({ x0, y0, x1: x0 + w, y1: y0 + h });

  it("is the block height below which half of the blocks' width lies, not the height of most blocks", () => {
    const sidebar = Array.from({ length: 12 }, (_, i) => box(10, 10 + 16 * i, 60, 8));
    const prose = [0, 1, 2].map((i) => box(300, 20 + 24 * i, 700, 15));
    expect(textHeight([...sidebar, ...prose])).toBe(15);
    expect(textHeight(sidebar)).toBe(8);
    expect(textHeight([])).toBe(0);
  });

  it("reads the long lines of a page beside a sidebar of many small links as raw lines", async () => {
    const prose = [
      "The ferry timetable changes on the first Monday of every month at the harbour office.",
      "Passengers with bicycles board first and leave their tickets with the deck officer.",
      "Winter crossings stop at the northern pier when the wind is stronger than force seven.",
    ];
    const links = Array.from({ length: 12 }, (_, i) => `link ${i + 1}`);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="240"><rect width="1200" height="240" fill="white"/>
      ${links.map((t, i) => `<text x="10" y="${18 + 17 * i}" font-family="DejaVu Sans" font-size="9" fill="black">${t}</text>`).join("")}
      ${prose.map((t, i) => `<text x="200" y="${40 + 28 * i}" font-family="DejaVu Sans" font-size="14" fill="black">${t}</text>`).join("")}</svg>`;
    const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    const pool = createOcrPool();
    let lines = 0;
    const spy: OcrPool = {
      size: pool.size,
      recognize: (img, opts) => {
        if (opts?.line) lines++;
        return pool.recognize(img, opts);
      },
      close: () => pool.close(),
    };
    try {
      const read = await new BlockOcr(spy).recognize(toGray({ data, width: info.width, height: info.height, order: "rgba" }));
      // the three prose lines alone as raw lines (the count median, the links' height, put them in the mosaic)
      expect(lines).toBe(3);
      for (const line of prose) expect(textOf(read.words)).toContain(line);
    } finally {
      await spy.close();
    }
  });
});

describe("tesseract's TSV output", () => {
  it("keeps the word rows with text, numbering lines across blocks and paragraphs in reading order", () => {
    const header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
    const tsv = [
      header,
      "1\t1\t0\t0\t0\t0\t0\t0\t400\t80\t-1\t",
      "2\t1\t1\t0\t0\t0\t8\t8\t300\t60\t-1\t",
      "4\t1\t1\t1\t1\t0\t8\t8\t200\t16\t-1\t",
      "5\t1\t1\t1\t1\t1\t8\t8\t60\t16\t96.5\tHarbour",
      "5\t1\t1\t1\t1\t2\t74\t9\t40\t15\t91\toffice",
      "5\t1\t1\t1\t2\t1\t8\t30\t50\t16\t88\topens",
      "5\t1\t1\t1\t2\t2\t60\t30\t10\t16\t12\t ",
      "5\t1\t2\t1\t1\t1\t8\t60\t30\t16\t77.25\tdaily",
      "",
    ].join("\n");
    expect(wordsOfTsv(tsv)).toEqual([
      { text: "Harbour", confidence: 96.5, bbox: { x0: 8, y0: 8, x1: 68, y1: 24 }, line: 0 },
      { text: "office", confidence: 91, bbox: { x0: 74, y0: 9, x1: 114, y1: 24 }, line: 0 },
      { text: "opens", confidence: 88, bbox: { x0: 8, y0: 30, x1: 58, y1: 46 }, line: 1 },
      { text: "daily", confidence: 77.25, bbox: { x0: 8, y0: 60, x1: 38, y1: 76 }, line: 2 },
    ]);
    expect(wordsOfTsv("")).toEqual([]);
    expect(() => wordsOfTsv("5\t1\t1\t1\t1\t1\t8\t8")).toThrow('OCR: malformed TSV word row "5\t1\t1\t1\t1\t1\t8\t8"');
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
