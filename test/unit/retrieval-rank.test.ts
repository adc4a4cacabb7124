import { describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { insertMemory } from "../../core/db/repos/memories.js";
import { memoryFilterSql } from "../../core/db/filters.js";
import { rankIds } from "../../core/retrieval/rank.js";
import { PAIRS_ABOVE } from "../../core/retrieval/term-pruning.js";
import type { Embedder } from "../../models/embedder.js";

/** BM25-only ranking never embeds: an embedder that fails if called. */
const noEmbedder = { embed: () => Promise.reject(new Error("not used")) } as unknown as Embedder;

describe("BM25 ranking when the query's terms are common", () => {
  const db = openDatabase(":memory:");
  const common = Math.ceil(PAIRS_ABOVE / 2) + 100;
  db.transaction(() => {
    for (let i = 0; i < common; i++) insertMemory(db, { type: "episodic", title: "day", content: `hiking trip ${i}`, engine: "test" }, { actor: "test" });
    for (let i = 0; i < 5; i++) insertMemory(db, { type: "semantic", title: "fact", content: `likes hiking ${i}`, engine: "test" }, { actor: "test" });
  })();

  it("ranks documents holding both terms first", async () => {
    const hits = await rankIds(db, noEmbedder, "memories", "hiking trip", memoryFilterSql({}), { k: 10, mode: "bm25" });
    expect(hits).toHaveLength(10);
    expect(hits.every((h) => h.id <= common)).toBe(true);
  });

  it("still finds filtered documents that hold only one of the terms", async () => {
    // every 'hiking' + 'trip' document is episodic: the pairs find none that pass a filter on facts
    const hits = await rankIds(db, noEmbedder, "memories", "hiking trip", memoryFilterSql({ types: ["semantic"] }), { k: 10, mode: "bm25" });
    expect(hits.map((h) => h.id).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5].map((i) => common + i));
  });
});
