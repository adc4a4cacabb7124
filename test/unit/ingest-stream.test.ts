import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
import { parseExport } from "../../core/ingest/parse.js";
import { writeChatgptExport } from "../fixtures/exports.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const dir = mkdtempSync(join(tmpdir(), "engram-big-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("streaming a large ChatGPT export", () => {
  it("parses 20,000 conversations (≈60 MB) one at a time in bounded memory, reporting progress to the end", async () => {
    const file = join(dir, "conversations.json");
    const size = await writeChatgptExport(file, 20_000, 4, 350);
    expect(size).toBeGreaterThan(55e6);

    gc();
    const base = process.memoryUsage().heapUsed;
    let maxRetained = 0;
    let conversations = 0;
    let turns = 0;
    const progress: Array<[number, number]> = [];
    for await (const c of parseExport(file, { onProgress: (read, total) => progress.push([read, total]) })) {
      expect(c.externalId).toBe(`c${conversations}`);
      conversations++;
      turns += c.turns.length;
      if (conversations % 2000 === 0) {
        gc();
        maxRetained = Math.max(maxRetained, process.memoryUsage().heapUsed - base);
      }
    }
    expect(conversations).toBe(20_000);
    expect(turns).toBe(80_000);
    // Holding the parsed export would take several times the file size; streaming keeps a chunk and an item.
    expect(maxRetained).toBeLessThan(size / 20);
    expect(progress.at(-1)).toEqual([size, size]);
    expect(progress.every(([read, total], i) => total === size && (i === 0 || read >= progress[i - 1]![0]))).toBe(true);
    expect(progress.length).toBeGreaterThan(50);
  });
});
