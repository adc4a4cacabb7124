/**
 * The optimised USE lite graph kept between runs (models/use-lite-kept-graph.ts): a command that
 * embeds one query starts from it, and it must give the vectors the freshly built graph gives.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { useLiteModelDir } from "../../models/use-lite-files.js";
import { loadUseLiteOnnx } from "../../models/use-lite-onnx.js";
import { tempDir } from "../helpers/cli.js";

/** Token ids of three short texts and one long one (the model reads up to 128 ids). */
const BATCH = [[7, 19, 301, 44], [1200, 8], Array.from({ length: 128 }, (_, i) => 6 + ((i * 37) % 7000)), [2500]];

const maxDifference = (a: Float32Array, b: Float32Array) => a.reduce((worst, x, i) => Math.max(worst, Math.abs(x - b[i]!)), 0);

describe("kept USE lite graph", () => {
  const dir = tempDir("engram-kept-graph-");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("is written on first start, replaces older graphs and half-written ones, and gives the same vectors on the next start", async () => {
    writeFileSync(join(dir, "use-lite-v1-247026-1796124468237.onnx"), "an older graph");
    mkdirSync(join(dir, "use-lite-v2-247026-1796124468237-ort1.0.0"));
    writeFileSync(join(dir, "use-lite-v2-247026-1796124468237-ort1.0.0", "model.onnx"), "an older graph");
    mkdirSync(join(dir, "use-lite-v3-247026-1796124468237-ort1.0.0.tmp-a1b2c3")); // a crashed write
    const fresh = await (await loadUseLiteOnnx({ threads: 1 })).run(BATCH);
    const first = await (await loadUseLiteOnnx({ threads: 1, cacheDir: dir })).run(BATCH);
    const kept = readdirSync(dir);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^use-lite-v\d+-[^.]*\.\d+\.\d+$/);
    expect(readdirSync(join(dir, kept[0]!)).sort()).toEqual(["model.onnx", "weights.bin"]);
    const quick = await (await loadUseLiteOnnx({ threads: 1, cacheDir: dir, quickStart: true })).run(BATCH);
    const packed = await (await loadUseLiteOnnx({ threads: 1, cacheDir: dir })).run(BATCH);
    expect(readdirSync(dir)).toEqual(kept);
    expect(first).toHaveLength(BATCH.length * 512);
    expect(maxDifference(first, fresh)).toBeLessThan(1e-5);
    expect(maxDifference(quick, fresh)).toBeLessThan(1e-5);
    expect(maxDifference(packed, fresh)).toBeLessThan(1e-5);
  });

  test("a second install of the same model (other file times) uses the kept graph instead of rebuilding and pruning it", async () => {
    const [name] = readdirSync(dir);
    const graphTime = statSync(join(dir, name!, "model.onnx")).mtimeMs;
    const copy = tempDir("engram-model-copy-");
    try {
      cpSync(useLiteModelDir(), copy, { recursive: true });
      const later = new Date(Date.now() + 60_000);
      for (const f of readdirSync(copy)) utimesSync(join(copy, f), later, later);
      const fresh = await (await loadUseLiteOnnx({ threads: 1 })).run(BATCH);
      const other = await (await loadUseLiteOnnx({ threads: 1, dir: copy, cacheDir: dir, quickStart: true })).run(BATCH);
      expect(maxDifference(other, fresh)).toBeLessThan(1e-5);
      expect(readdirSync(dir)).toEqual([name]);
      expect(statSync(join(dir, name!, "model.onnx")).mtimeMs).toBe(graphTime);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  test.each([
    ["a damaged graph file", (folder: string) => writeFileSync(join(folder, "model.onnx"), Buffer.alloc(4096, 7))],
    ["cut weights", (folder: string) => truncateSync(join(folder, "weights.bin"), 1_000_000)],
    ["missing weights", (folder: string) => rmSync(join(folder, "weights.bin"))],
  ])("a kept graph with %s is rebuilt, not trusted", async (_, damage) => {
    const [name] = readdirSync(dir);
    damage(join(dir, name!));
    const fresh = await (await loadUseLiteOnnx({ threads: 1 })).run(BATCH);
    const rebuilt = await (await loadUseLiteOnnx({ threads: 1, cacheDir: dir, quickStart: true })).run(BATCH);
    expect(maxDifference(rebuilt, fresh)).toBeLessThan(1e-5);
    const again = await (await loadUseLiteOnnx({ threads: 1, cacheDir: dir, quickStart: true })).run(BATCH);
    expect(maxDifference(again, fresh)).toBeLessThan(1e-5);
    expect(readdirSync(dir)).toEqual([name]);
    expect(readdirSync(join(dir, name!)).sort()).toEqual(["model.onnx", "weights.bin"]);
  });

  test("a cache folder that cannot be written keeps nothing, and the model still starts", async () => {
    const notAFolder = join(dir, "a-file");
    writeFileSync(notAFolder, "not a folder");
    const fresh = await (await loadUseLiteOnnx({ threads: 1 })).run(BATCH);
    const uncached = await (await loadUseLiteOnnx({ threads: 1, cacheDir: join(notAFolder, "cache"), quickStart: true })).run(BATCH);
    expect(maxDifference(uncached, fresh)).toBeLessThan(1e-5);
    rmSync(notAFolder);
  });
});
