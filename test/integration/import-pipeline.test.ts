/**
 * importFile's pipeline (embedding ahead on the embedder's threads, storing in chunks as the vectors
 * are cached, the memory engine over whole batches as they are stored) makes exactly the memories
 * that storing each conversation whole and then running the engine over it makes; an import that
 * fails midway leaves whole chunks, and importing the file again finishes it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EngramDb, openDatabase } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { importFile } from "../../core/ingest/import.js";
import { parseExport } from "../../core/ingest/parse.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import type { Embedder } from "../../models/embedder.js";
import { createEmbedder, disposeEmbedders } from "../../models/embedders.js";
import { LOCOMO } from "../helpers/cli.js";

let embedder: Embedder;
let dir: string;
let file: string;
let turns = 0;

/** A LoCoMo sample cut to its first sessions holding at least `min` turns (more than a chunk and a batch of the pipeline). */
function cutSample(sample: { conversation: Record<string, unknown> }, min: number): unknown {
  const conversation: Record<string, unknown> = {};
  let n = 0;
  for (let k = 1; n < min && Array.isArray(sample.conversation[`session_${k}`]); k++) {
    conversation[`session_${k}`] = sample.conversation[`session_${k}`];
    conversation[`session_${k}_date_time`] = sample.conversation[`session_${k}_date_time`];
    n += (sample.conversation[`session_${k}`] as unknown[]).length;
  }
  turns += n;
  return { ...sample, conversation: { ...conversation, speaker_a: sample.conversation.speaker_a, speaker_b: sample.conversation.speaker_b } };
}

beforeAll(async () => {
  embedder = await createEmbedder();
  dir = mkdtempSync(join(tmpdir(), "engram-import-pipeline-"));
  const samples = JSON.parse(readFileSync(LOCOMO, "utf8")) as Array<{ conversation: Record<string, unknown> }>;
  file = join(dir, "locomo.json");
  writeFileSync(file, JSON.stringify([cutSample(samples[0]!, 200), cutSample(samples[1]!, 150)]));
}, 120_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await disposeEmbedders();
});

function freshDb(): EngramDb {
  const db = openDatabase(":memory:");
  ensureVectorTables(db, embedder);
  return db;
}

/** Every memory, vector, provenance row, version, entity, edge and fact key, with the times the run itself stamped masked. */
function snapshot(db: EngramDb, since: number): string[] {
  const tables = ["memories", "memories_embeddings", "memory_sources", "memory_versions", "edges", "entities", "entity_aliases", "memory_facts"];
  const skip = new Set(["recorded_at", "updated_at", "created_at", "invalidated_at", "last_accessed_at", "at"]);
  return tables.flatMap((t) =>
    (db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all() as Array<Record<string, unknown>>).map((row) =>
      `${t} ${JSON.stringify(
        Object.entries(row).filter(([k]) => !skip.has(k)),
        (_, v) => (Buffer.isBuffer(v) ? v.toString("hex") : v),
      )}`.replace(/\b1\d{12}\b/g, (m) => (Number(m) >= since ? "NOW" : m)),
    ),
  );
}

const count = (db: EngramDb, sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe("importFile's pipeline", () => {
  it("makes the memories that storing each conversation whole, then running the engine over it, makes", async () => {
    const since = Date.now();
    const piped = freshDb();
    const r = await importFile(piped, embedder, file, { format: "locomo" });
    expect(r).toMatchObject({ conversations: 2, turns, added: turns, duplicates: 0, resumed: 0 });
    expect(turns).toBeGreaterThan(350);
    // each turn's vector is kept once, with its source, not a second time in the embedding cache
    expect(count(piped, "SELECT COUNT(*) AS n FROM sources_embeddings")).toBe(turns);
    expect(count(piped, "SELECT COUNT(*) AS n FROM embedding_cache")).toBe(0);

    const whole = freshDb();
    const engine = createMemoryEngine(whole, embedder);
    let memories = 0;
    for await (const conv of parseExport(file, { format: "locomo" })) {
      const stored = await storeConversation(whole, embedder, conv);
      const m = await engine.process(stored.sourceIds);
      memories += Object.values(m.added).reduce((a, b) => a + b, 0);
    }
    expect(r.memories).toBe(memories);
    const a = snapshot(piped, since);
    expect(a.length).toBeGreaterThan(1000);
    expect(a).toEqual(snapshot(whole, since));
    piped.close();
    whole.close();
  }, 120_000);

  it("stops at the embedder's failure with whole chunks stored and no memory of an unprocessed turn; importing again finishes", async () => {
    const db = freshDb();
    let calls = 0;
    const failing: Embedder = {
      id: embedder.id,
      dimension: embedder.dimension,
      embed: (texts) => (++calls > 3 ? Promise.reject(new Error("the embedder stopped")) : embedder.embed(texts)),
    };
    await expect(importFile(db, failing, file, { format: "locomo" })).rejects.toThrow("the embedder stopped");
    // the import checkpoints the WAL less often while it runs; the connection gets its own threshold back
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    const stored = count(db, "SELECT COUNT(*) AS n FROM sources");
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(turns);
    expect(stored % 128).toBe(0);
    expect(count(db, "SELECT COUNT(*) AS n FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE s.processed_at IS NULL")).toBe(0);
    const unprocessed = count(db, "SELECT COUNT(*) AS n FROM sources WHERE processed_at IS NULL");

    const again = await importFile(db, embedder, file, { format: "locomo" });
    expect(again).toMatchObject({ turns, added: turns - stored, duplicates: stored, resumed: unprocessed });
    expect(count(db, "SELECT COUNT(*) AS n FROM sources")).toBe(turns);
    expect(count(db, "SELECT COUNT(*) AS n FROM sources WHERE processed_at IS NULL")).toBe(0);
    db.close();
  }, 120_000);

  it("stops soon after its signal aborts (Engram closing, Ctrl+C in engram serve) with what it finished kept; importing again finishes", async () => {
    const db = freshDb();
    const stop = new AbortController();
    let abortedAt = -1;
    let after = 0;
    const run = importFile(db, embedder, file, {
      format: "locomo",
      signal: stop.signal,
      onProgress: (p) => {
        if (p.phase === "process" && abortedAt < 0 && p.done > 0) {
          abortedAt = p.done;
          stop.abort(new Error("Engram is shutting down"));
        } else if (abortedAt >= 0 && p.phase === "process") after = Math.max(after, p.done);
      },
    });
    await expect(run).rejects.toThrow("Engram is shutting down");
    // it stopped within the batch under way, long before the file's end
    expect(abortedAt).toBeGreaterThan(0);
    expect(Math.max(after, abortedAt)).toBeLessThan(turns / 2);
    const stored = count(db, "SELECT COUNT(*) AS n FROM sources");
    expect(stored).toBeLessThan(turns);
    expect(count(db, "SELECT COUNT(*) AS n FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE s.processed_at IS NULL")).toBe(0);
    expect(db.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);

    const again = await importFile(db, embedder, file, { format: "locomo" });
    expect(again).toMatchObject({ turns, added: turns - stored, duplicates: stored });
    expect(count(db, "SELECT COUNT(*) AS n FROM sources WHERE processed_at IS NULL")).toBe(0);
    db.close();
  }, 120_000);
});
