import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import type { Embedder } from "../../models/embedder.js";

/**
 * An in-memory database holding one person's turns ([ISO time, text], imported with role "other"
 * and external ids `<id>:1`, `<id>:2`, …) after the memory engine has processed them.
 */
export async function rememberedMonologue(embedder: Embedder, id: string, speaker: string, turns: Array<[string, string]>): Promise<EngramDb> {
  const db = openDatabase(":memory:");
  ensureVectorTables(db, embedder);
  await storeConversation(db, embedder, {
    format: "text",
    externalId: id,
    title: id,
    participants: [speaker],
    startedAt: Date.parse(turns[0]![0]),
    turns: turns.map(([at, text], i) => ({ externalId: `${id[0]}:${i + 1}`, speaker, role: "other", occurredAt: Date.parse(at), text, metadata: {} })),
  });
  await createMemoryEngine(db, embedder).process();
  return db;
}
