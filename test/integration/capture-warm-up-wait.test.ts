import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createOcrPool, type OcrPool, type WarmableOcrPool } from "../../core/capture/ocr.js";
import { createCapturePipeline, type CapturePipeline, type CapturePipelineOptions } from "../../core/capture/pipeline.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { lettersEmbedder as embedder } from "../fixtures/letters-embedder.js";

/**
 * A frame that comes while a pipeline's OCR warm-up runs waits for it (pipeline.ts option
 * warmUpWaitMs), so the app's first frame is read by a warm worker (core/capture/README.md, *The
 * first frame after a start*); a failed or stuck warm-up, or close(), ends the wait. Real tesseract
 * workers, seen through a wrapper that notes, at each OCR call of a frame, whether the pool was warm.
 */

const NOW = Date.UTC(2024, 4, 30, 12);
/** a cap no test reaches: a frame that waited ended its wait for another reason */
const NO_CAP = 600_000;
const root = mkdtempSync(join(tmpdir(), "engram-capture-wait-"));
const cleanup: Array<() => Promise<void>> = [];
let n = 0;

afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A real pool behind a wrapper: `events` gets "read warm" / "read cold" at each OCR call of a frame
 * (whether the pool had read both kinds on its worker by then), and whatever `warmUp` adds to it.
 */
function observed(warmUp?: (pool: WarmableOcrPool, events: string[]) => Promise<boolean>) {
  const pool = createOcrPool();
  const events: string[] = [];
  const ocr: OcrPool = {
    size: pool.size,
    recognize: (img, o) => {
      events.push(pool.warm ? "read warm" : "read cold");
      return pool.recognize(img, o);
    },
    close: () => pool.close(),
    warmUp: () => (warmUp ? warmUp(pool, events) : pool.warmUp()),
  };
  cleanup.push(() => pool.close());
  return { ocr, events };
}

/** A pipeline on a fresh database (memories off, no images kept), closed after the test. */
async function setup(opts: Partial<CapturePipelineOptions>): Promise<{ db: EngramDb; pipeline: CapturePipeline }> {
  const db = openDatabase(join(root, `db${++n}.db`));
  const pipeline = await createCapturePipeline({ db, embedder, framesDir: null, now: () => NOW, memories: false, ...opts });
  cleanup.push(async () => {
    await pipeline.close();
    db.close();
  });
  return { db, pipeline };
}

/** A frame of one line of prose and one short line, as PNG bytes. */
async function frame(prose: string, label: string, at: number) {
  const text = (y: number, t: string) => `<text x="20" y="${y}" font-family="DejaVu Sans" font-size="16" fill="black">${t}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="120"><rect width="1000" height="120" fill="white"/>${text(40, prose)}${text(90, label)}</svg>`;
  return { png: await sharp(Buffer.from(svg)).png().toBuffer(), capturedAt: at, app: label };
}
const FERRY = "The night ferry carried forty passengers and a piano across the bay to the island.";
const GARDEN = "Every spring the old gardener planted beans along the northern wall of the orchard.";

const textOf = (db: EngramDb, sourceId: number | undefined) => (db.prepare("SELECT text FROM sources WHERE id = ?").get(sourceId) as { text: string }).text;

describe("a frame during the OCR warm-up", () => {
  it("is read once the warm-up has ended, by a warm worker; the frame after it, in order, does not wait", async () => {
    const { ocr, events } = observed();
    const { db, pipeline } = await setup({ ocr, warmUpWaitMs: NO_CAP });
    // both given as the pipeline is made, before its worker has even started
    const [a, b] = await Promise.all([
      pipeline.ingestFrame(await frame(FERRY, "Ferry", NOW - 2000)),
      pipeline.ingestFrame(await frame(GARDEN, "Garden", NOW - 1000)),
    ]);
    expect(a.status).toBe("stored");
    expect(b.status).toBe("stored");
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e === "read warm")).toBe(true);
    expect(a.timings.warmUpMs).toBeDefined();
    expect(b.timings.warmUpMs).toBeUndefined();
    expect(a.frameId!).toBeLessThan(b.frameId!);
    expect(textOf(db, a.sourceId)).toContain("night ferry carried forty passengers");
    expect(textOf(db, b.sourceId)).toContain("old gardener planted beans");
    expect(await pipeline.ocrReady()).toBe(true);
  });

  it("is read as soon as a failed warm-up has ended, and stored", async () => {
    // the warm-up starts the worker and reads a blank block, then fails
    const { ocr, events } = observed(async (pool, ev) => {
      await pool.recognize({ data: new Uint8Array(200 * 40).fill(255), width: 200, height: 40 });
      ev.push("warm-up failed");
      throw new Error("warm-up reading failed");
    });
    const { db, pipeline } = await setup({ ocr, warmUpWaitMs: NO_CAP });
    const v = await pipeline.ingestFrame(await frame(FERRY, "Ferry", NOW - 1000));
    expect(v.status).toBe("stored");
    expect(events[0]).toBe("warm-up failed");
    expect(events.slice(1).length).toBeGreaterThan(0);
    expect(textOf(db, v.sourceId)).toContain("night ferry carried forty passengers");
    expect(await pipeline.ocrReady()).toBe(false);
  });

  it("waits for a warm-up that never ends only up to warmUpWaitMs, once", async () => {
    const { ocr } = observed(() => new Promise<boolean>(() => undefined));
    const { db, pipeline } = await setup({ ocr, warmUpWaitMs: 200 });
    const a = await pipeline.ingestFrame(await frame(FERRY, "Ferry", NOW - 2000));
    const b = await pipeline.ingestFrame(await frame(GARDEN, "Garden", NOW - 1000));
    expect(a.status).toBe("stored");
    expect(a.timings.warmUpMs).toBeDefined();
    expect(b.status).toBe("stored");
    expect(b.timings.warmUpMs).toBeUndefined();
    expect(textOf(db, a.sourceId)).toContain("night ferry carried forty passengers");
  });

  it("ends its wait when the pipeline closes: the frame is read and stored, close() resolves", async () => {
    const { ocr, events } = observed(() => new Promise<boolean>(() => undefined));
    const { db, pipeline } = await setup({ ocr, warmUpWaitMs: NO_CAP });
    const v = pipeline.ingestFrame(await frame(FERRY, "Ferry", NOW - 1000));
    // let the frame reach its wait (decoding a small PNG; if it has not, close() stops it before)
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(pipeline.close()).resolves.toBeUndefined();
    const verdict = await v;
    expect(verdict.status).toBe("stored");
    expect(events.length).toBeGreaterThan(0);
    expect(textOf(db, verdict.sourceId)).toContain("night ferry carried forty passengers");
  });
});
