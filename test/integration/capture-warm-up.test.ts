import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { createOcrPool, type OcrPool } from "../../core/capture/ocr.js";
import { createCapturePipeline, type CapturePipelineOptions } from "../../core/capture/pipeline.js";
import { saveCaptureSettings } from "../../core/capture/settings.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { lettersEmbedder as embedder } from "../fixtures/letters-embedder.js";

/**
 * The OCR warm-up a capture pipeline begins when it is made (core/capture/README.md, *The first
 * frame after a start*): the workers start and read a small raw line and block before any frame,
 * in the background, without delaying or failing the caller.
 */

const NOW = Date.UTC(2024, 4, 30, 12);
const root = mkdtempSync(join(tmpdir(), "engram-capture-warm-"));
const open: Array<{ db: EngramDb; close: () => Promise<void> }> = [];
let n = 0;

afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.close();
    o.db.close();
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A pipeline on a fresh database (no frames folder: no images kept). */
async function setup(opts: Partial<CapturePipelineOptions> = {}, settings: Parameters<typeof saveCaptureSettings>[1] = {}) {
  const db = openDatabase(join(root, `db${++n}.db`));
  saveCaptureSettings(db, settings);
  const pipeline = await createCapturePipeline({ db, embedder, framesDir: null, now: () => NOW, memories: false, ...opts });
  open.push({ db, close: () => pipeline.close() });
  return { db, pipeline };
}

const frames = (db: EngramDb) => (db.prepare("SELECT COUNT(*) AS n FROM frames").get() as { n: number }).n;

/** A screen with a long line of prose and two short lines, as PNG bytes. */
async function screen(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="160"><rect width="1000" height="160" fill="white"/>
    <text x="20" y="40" font-family="DejaVu Sans" font-size="16" fill="black">The lighthouse keeper wrote down every ship that passed the rocks during the storm.</text>
    <text x="20" y="90" font-family="DejaVu Sans" font-size="16" fill="black">Logbook</text>
    <text x="20" y="130" font-family="DejaVu Sans" font-size="16" fill="black">Tuesday morning</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe("OCR warm-up at a pipeline's start", () => {
  it("starts the workers and reads a raw line and a block before any frame is given", async () => {
    const pool = createOcrPool();
    try {
      const { db, pipeline } = await setup({ ocr: pool });
      expect(await pipeline.ocrReady()).toBe(true);
      expect(pool.warm).toBe(true);
      expect(frames(db)).toBe(0);
      // the warm pool reads the first frame as any other
      const v = await pipeline.ingestFrame({ png: await screen(), capturedAt: NOW - 1000, app: "Notes" });
      expect(v.status).toBe("stored");
      const text = (db.prepare("SELECT text FROM sources").get() as { text: string }).text;
      expect(text).toContain("lighthouse keeper wrote down every ship");
      expect(text).toContain("Logbook");
    } finally {
      await pool.close();
    }
  });

  it("warms the pool it makes from the settings, and a frame given at once is read while the warm-up runs", async () => {
    const { db, pipeline } = await setup();
    const v = await pipeline.ingestFrame({ png: await screen(), capturedAt: NOW - 1000, app: "Notes" });
    expect(v.status).toBe("stored");
    expect((db.prepare("SELECT text FROM sources").get() as { text: string }).text).toContain("Tuesday morning");
    expect(await pipeline.ocrReady()).toBe(true);
  });

  it("closes right after it is made without hanging or throwing, the warm-up cut short", async () => {
    const db = openDatabase(join(root, `db${++n}.db`));
    try {
      const pipeline = await createCapturePipeline({ db, embedder, framesDir: null, now: () => NOW });
      await expect(pipeline.close()).resolves.toBeUndefined();
      expect(typeof (await pipeline.ocrReady())).toBe("boolean");
      await expect(pipeline.close()).resolves.toBeUndefined();
    } finally {
      db.close();
    }
  });

  it("never fails the caller: a missing OCR language is reported by the first frame read, as without the warm-up", async () => {
    const log = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      const { pipeline } = await setup({}, { ocrLanguages: ["xyz"] });
      expect(await pipeline.ocrReady()).toBe(false);
      expect(log.mock.calls.map((c) => String(c[0])).join("")).toMatch(/OCR warm-up: .*xyz/);
      await expect(pipeline.ingestFrame({ png: await screen(), capturedAt: NOW - 1000, app: "Notes" })).rejects.toThrow(/npm install @tesseract\.js-data\/xyz/);
    } finally {
      log.mockRestore();
    }
  });

  it("never fails the caller when a given pool's warm-up rejects, and skips pools that cannot warm up", async () => {
    const fake = (warmUp?: () => Promise<boolean>): OcrPool => ({
      size: 1,
      recognize: async () => [],
      close: async () => undefined,
      ...(warmUp ? { warmUp } : {}),
    });
    const failing = await setup({ ocr: fake(() => Promise.reject(new Error("no worker"))) });
    expect(await failing.pipeline.ocrReady()).toBe(false);
    const plain = await setup({ ocr: fake() });
    expect(await plain.pipeline.ocrReady()).toBe(false);
    const off = await setup({ ocr: fake(async () => true), warmUp: false });
    expect(await off.pipeline.ocrReady()).toBe(false);
  });
});

describe("OcrPool.warmUp", () => {
  it("is one warm-up per pool, and a pool closed during it ends it with false", async () => {
    const pool = createOcrPool();
    const first = pool.warmUp();
    expect(pool.warmUp()).toBe(first);
    await pool.close();
    expect(await first).toBe(false);
    expect(pool.warm).toBe(false);
  });
});
