import { existsSync, rmSync } from "node:fs";
import { framesDirFor, resolveImage } from "../capture/storage.js";
import type { EngramDb } from "../db/connection.js";
import { forgetCachedEmbedding } from "../db/embedding-cache.js";
import { checkpointWal } from "../db/maintenance.js";
import {
  conversationIdsOfSources,
  deleteConversationIfEmpty,
  deleteEntityIfUnlinked,
  entityIdsOfMemories,
  eraseMemory,
  eraseSource,
  existingMemoryIds,
  memoriesOnlyFrom,
  sourceIdsOfMemories,
} from "../db/repos/deletion.js";
import { getMemory } from "../db/repos/memories.js";
import { getSource } from "../db/repos/sources.js";
import { sourceIndexText } from "../retrieval/index-text.js";
import { ApiError } from "./errors.js";
import { deleteVaultItemOf } from "./vault-items.js";
import type { ForgottenCounts as Forgotten } from "./types.js";

/**
 * Deletes memories for good (not undoable): the memories `memoryIds` with their FTS rows (triggers;
 * FTS5 secure-delete drops the words from the index), vectors, cached embeddings, history, links
 * and graph edges, and entities no longer linked to anything. With `withSources` ("forget the
 * sources too") also their sources, every other memory made only from those sources,
 * conversations left without a source, and the sources' image files. One transaction; with
 * `secure_delete` on, the text is overwritten in the file.
 * @param dbPath the database file (its folder holds frames/); ":memory:" has no images
 * @throws ApiError not_found naming the first id that is not a memory (nothing is deleted then).
 */
export function forgetMemories(db: EngramDb, dbPath: string, memoryIds: number[], opts: { withSources?: boolean } = {}): Forgotten {
  const wanted = [...new Set(memoryIds)];
  const found = existingMemoryIds(db, wanted);
  const missing = wanted.find((id) => !found.has(id));
  if (missing !== undefined) throw new ApiError("not_found", `No memory #${missing}.`, { field: "id" });
  const images: string[] = [];
  const out = db.transaction((): Forgotten => {
    const sources = !opts.withSources ? [] : sourceIdsOfMemories(db, wanted);
    const onlyThese = sources.length ? memoriesOnlyFrom(db, sources) : [];
    const memories = [...new Set([...wanted, ...onlyThese])];
    const entities = entityIdsOfMemories(db, memories);
    const conversations = sources.length ? conversationIdsOfSources(db, sources) : [];
    for (const id of memories) deleteMemoryRows(db, id);
    for (const id of sources) images.push(...deleteSourceRows(db, id));
    for (const id of entities) deleteEntityIfUnlinked(db, id);
    const emptied = conversations.reduce((n, id) => n + deleteConversationIfEmpty(db, id), 0);
    return { memories: memories.length, sources: sources.length, images: 0, conversations: emptied };
  })();
  const frames = framesDirFor(dbPath);
  for (const path of frames ? images : []) {
    const file = resolveImage(frames!, path);
    if (existsSync(file)) {
      rmSync(file, { force: true });
      out.images++;
    }
  }
  if (dbPath !== ":memory:") checkpointWal(db); // the old pages leave the WAL file too
  return out;
}

/** Deletes one memory with its vault item (repos/deletion.ts eraseMemory: edges, vector, cached embedding). */
function deleteMemoryRows(db: EngramDb, id: number): void {
  const row = getMemory(db, id);
  if (!row) return;
  deleteVaultItemOf(db, row);
  eraseMemory(db, id);
}

/** Deletes one source and its vector, cached embedding, frames and vault items; returns its image paths. */
function deleteSourceRows(db: EngramDb, id: number): string[] {
  const src = getSource(db, id);
  if (src) forgetCachedEmbedding(db, sourceIndexText({ ...src, windowTitle: src.window_title }));
  return eraseSource(db, id);
}
