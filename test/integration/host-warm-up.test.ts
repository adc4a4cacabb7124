/**
 * A host that serves a window gets search ready before the user's first search (`ApiHost.warmUp`,
 * called by `engram serve` and the desktop engine): the embedder is loaded and the search workers
 * have answered once, so the first search waits for neither.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiHost } from "../../core/api/host.js";
import { testHost } from "../helpers/api.js";
import type { Embedder } from "../../models/embedder.js";
import { STAMPED_TRANSCRIPT } from "../fixtures/exports.js";
import { lettersEmbedder } from "../fixtures/letters-embedder.js";

describe("ApiHost.warmUp", () => {
  let dir: string;
  const loads: string[] = [];
  const embedded: string[] = [];
  /** The letters embedder, recording each load and every text it embeds. */
  const counting = async (): Promise<Embedder> => {
    loads.push("load");
    return {
      ...lettersEmbedder,
      embed: async (texts) => {
        embedded.push(...texts);
        return lettersEmbedder.embed(texts);
      },
    };
  };
  const host = (searchWorkers: number): ApiHost => testHost(join(dir, "engram.db"), counting, { background: false, searchWorkers });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "engram-warm-"));
    const file = join(dir, "trip.md");
    writeFileSync(file, STAMPED_TRANSCRIPT);
    const first = host(0);
    await first.api.importFile({ path: file, format: "text" });
    await first.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("loads the embedder and searches once on each worker before any call, so the first search loads nothing", async () => {
    loads.length = 0;
    embedded.length = 0;
    const h = host(2);
    try {
      await h.warmUp();
      expect(loads).toHaveLength(1);
      expect(embedded.length).toBeGreaterThan(0); // the warm-up searches' query
      const { hits } = await h.api.search({ query: "booked the train" });
      expect(hits.map((x) => x.memory.content).join(" ")).toMatch(/train/);
      expect(loads).toHaveLength(1);
    } finally {
      await h.close();
    }
  });

  it("a host closed while it warms up closes cleanly", async () => {
    const h = host(1);
    const warming = h.warmUp();
    await h.close();
    await expect(warming).resolves.toBeUndefined();
    expect(h.db.open).toBe(false);
  });
});
