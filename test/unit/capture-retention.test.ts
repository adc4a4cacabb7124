import { describe, expect, it } from "vitest";
import { pruneFrames } from "../../core/capture/retention.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { embedCached, type TextEmbedder } from "../../core/db/embedding-cache.js";
import { insertEdge } from "../../core/db/repos/edges.js";
import { insertEntity } from "../../core/db/repos/entity-writes.js";
import { completeFrame, getFrame, insertPendingFrame } from "../../core/db/repos/frames.js";
import { insertMemory } from "../../core/db/repos/memories.js";
import { insertSource } from "../../core/db/repos/sources.js";
import { ensureVectorTables, knn, putVector } from "../../core/db/vectors.js";
import { sourceIndexText } from "../../core/retrieval/index-text.js";
import { sha256 } from "../../core/util/hash.js";

// Retention deletes an old frame with its screenshot source and the memories made only from it,
// exactly as erasing a memory does: no vector left in the loaded search index, no graph edge, no
// cached embedding of its text.

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 4, 30, 12);
const DIM = 64;

/** A deterministic bag-of-words embedder (retention is tested, not embedding quality). */
const embedder: TextEmbedder = {
  id: "test-bow-64",
  dimension: DIM,
  async embed(texts) {
    return texts.map((t) => {
      const v = new Float32Array(DIM);
      for (const w of t.toLowerCase().match(/[a-z0-9]+/g) ?? []) v[[...w].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % DIM]! += 1;
      const n = Math.hypot(...v) || 1;
      return v.map((x) => x / n);
    });
  },
};

const count = (db: EngramDb, sql: string, ...params: unknown[]): number => (db.prepare(`SELECT COUNT(*) AS n FROM ${sql}`).get(...params) as { n: number }).n;

/** Stores one complete frame captured at `at` showing `text`, its source and one memory made only from it, with vectors and cached embeddings as capture and the memory engine write them. */
async function captured(db: EngramDb, at: number, text: string) {
  const frame = insertPendingFrame(
    db,
    {
      capturedAt: at,
      display: 0,
      app: "Notes",
      windowTitle: text,
      url: null,
      phash: "0".repeat(16),
      thumb: new Uint8Array(16),
      width: 640,
      height: 480,
      ocrConfidence: 90,
      wordCount: 3,
      keyframe: false,
    },
    null,
    at,
  );
  const source = { kind: "screenshot" as const, trust: "captured" as const, app: "Notes", windowTitle: text, occurredAt: at, text, contentHash: `frame-${at}` };
  const content = `Read ${text} in Notes.`;
  const [sourceVector, memoryVector] = await embedCached(db, embedder, [sourceIndexText(source), content]);
  return db.transaction(() => {
    const sourceId = insertSource(db, source)!;
    putVector(db, "sources", sourceId, sourceVector!);
    completeFrame(db, frame.id, sourceId, 1000);
    const memoryId = insertMemory(
      db,
      { type: "resource", title: text, content, occurredAt: at, engine: "heuristic" },
      { sourceIds: [sourceId], actor: "test" },
    );
    putVector(db, "memories", memoryId, memoryVector!);
    return { frameId: frame.id, sourceId, memoryId, content, memoryVector: memoryVector!, sourceVector: sourceVector! };
  })();
}

describe("frame retention", () => {
  it("removes a pruned frame's memory from search at once, with its edges and cached embeddings", async () => {
    const db = openDatabase(":memory:");
    try {
      ensureVectorTables(db, embedder);
      const old = await captured(db, NOW - 20 * DAY, "zeppelin tour booking");
      const kept = await captured(db, NOW - DAY, "quokka sticker order");
      db.transaction(() => {
        const entity = insertEntity(db, { name: "Zeppelin", kind: "thing", norm: "zeppelin", now: NOW, scope: "" });
        insertEdge(db, { kind: "memory", id: old.memoryId }, { kind: "entity", id: entity }, "mentions", { weight: 1, validFrom: null, now: NOW });
        insertEdge(db, { kind: "memory", id: kept.memoryId }, { kind: "memory", id: old.memoryId }, "related", { weight: 0.5, validFrom: null, now: NOW });
      })();
      // the app searches before retention runs: the binary index is loaded, its floats resident
      for (let i = 0; i < 2; i++) {
        expect(knn(db, "memories", old.memoryVector, 5).map((h) => h.id)).toContain(old.memoryId);
        expect(knn(db, "sources", old.sourceVector, 5).map((h) => h.id)).toContain(old.sourceId);
      }

      expect(pruneFrames(db, null, { maxAgeDays: 5, maxBytes: 0, now: NOW })).toEqual({ frames: 1, bytes: 1000 });

      expect.soft(getFrame(db, old.frameId)).toBeUndefined();
      expect.soft(knn(db, "memories", old.memoryVector, 5).map((h) => h.id)).toEqual([kept.memoryId]);
      expect.soft(knn(db, "sources", old.sourceVector, 5).map((h) => h.id)).toEqual([kept.sourceId]);
      expect.soft(count(db, "edges WHERE (src_kind = 'memory' AND src_id = ?) OR (dst_kind = 'memory' AND dst_id = ?)", old.memoryId, old.memoryId)).toBe(0);
      expect.soft(count(db, "entities")).toBe(0); // mentioned by the pruned memory only
      const texts = [old.content, sourceIndexText({ kind: "screenshot", app: "Notes", windowTitle: "zeppelin tour booking", text: "zeppelin tour booking" })];
      expect.soft(count(db, "embedding_cache WHERE content_hash IN (?, ?)", ...texts.map((t) => sha256(t)))).toBe(0);
      expect.soft(count(db, "memories_embeddings WHERE memory_id = ?", old.memoryId)).toBe(0);
      expect.soft(count(db, "sources_embeddings WHERE source_id = ?", old.sourceId)).toBe(0);
      // the newer frame keeps everything
      expect.soft(count(db, "embedding_cache")).toBe(2);
      expect.soft(count(db, "memories")).toBe(1);
    } finally {
      db.close();
    }
  });
});
