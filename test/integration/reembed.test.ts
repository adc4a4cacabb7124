import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { getSetting } from "../../core/db/repos/settings.js";
import { ensureVectorTables, getVector } from "../../core/db/vectors.js";
import { importFile } from "../../core/ingest/import.js";
import { reembedAll } from "../../core/retrieval/reembed.js";
import { searchMemories } from "../../core/retrieval/search.js";
import { createEmbedder } from "../../models/embedders.js";
import { writeTinyOnnxModel } from "../fixtures/onnx-model.js";
import { tempDir } from "../helpers/cli.js";

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("changing the embedder", () => {
  it("re-embeds every memory and source with the new model and never mixes dimensions", async () => {
    const transcript = join(dir, "chat.txt");
    writeFileSync(
      transcript,
      [
        "[2024-03-05 14:02] Alice: I adopted a puppy yesterday",
        "[2024-03-05 14:03] Bob: What breed is the dog?",
        "[2024-03-05 14:04] Alice: A beagle, she loves the beach",
      ].join("\n"),
    );
    const db = openDatabase(join(dir, "engram.db"));
    const use = await createEmbedder();
    await importFile(db, use, transcript);
    const memoryId = (db.prepare("SELECT id FROM memories ORDER BY id LIMIT 1").get() as { id: number }).id;
    const sourceId = (db.prepare("SELECT id FROM sources ORDER BY id LIMIT 1").get() as { id: number }).id;
    expect(getVector(db, "memories", memoryId)!.length).toBe(512);

    const tiny = await createEmbedder(`onnx:${writeTinyOnnxModel(join(dir, "tiny"), { hidden: 32 })}`);
    expect(ensureVectorTables(db, tiny)).toBe(true);
    expect(getSetting(db, "embedder")).toEqual({ id: tiny.id, dimension: 32 });
    expect(getVector(db, "memories", memoryId)).toBeNull();
    await reembedAll(db, tiny);
    expect(getVector(db, "memories", memoryId)!.length).toBe(32);
    expect(getVector(db, "sources", sourceId)!.length).toBe(32);
    const counts = db.prepare("SELECT (SELECT COUNT(*) FROM memories_embeddings) AS m, (SELECT COUNT(*) FROM memories) AS total").get() as {
      m: number;
      total: number;
    };
    expect(counts.m).toBe(counts.total);

    const hits = await searchMemories(db, tiny, "puppy", { k: 3 });
    expect(hits[0]!.content).toMatch(/puppy/);
    expect(ensureVectorTables(db, tiny)).toBe(false);
    db.close();
  });
});
