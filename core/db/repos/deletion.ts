import type { EngramDb } from "../connection.js";
import { type EmbeddableMemory, forgetCachedEmbeddings, memoryEmbeddingText } from "../embedding-cache.js";
import { deleteVector } from "../vectors.js";
import { releaseImage } from "./frames.js";
import { tableExists } from "./tables.js";

// Deleting memories and sources for good, with what hangs on them: what a deletion reaches, and
// the deletes. Call inside the caller's transaction. (Id lists are bound as `?, ?, …`.)

/** The edges touching a memory, either direction (two `?`: the memory id twice). */
export const EDGES_OF_MEMORY = "(src_kind = 'memory' AND src_id = ?) OR (dst_kind = 'memory' AND dst_id = ?)";

const marks = (n: number): string => Array(n).fill("?").join(", ");
const ids = (rows: unknown[]): number[] => (rows as Array<{ id: number }>).map((r) => r.id);

/** Which of `memoryIds` are memories (any status). */
export function existingMemoryIds(db: EngramDb, memoryIds: number[]): Set<number> {
  return new Set(ids(db.prepare(`SELECT id FROM memories WHERE id IN (${marks(memoryIds.length)})`).all(...memoryIds)));
}

/** The sources the memories were made from (distinct ids). */
export function sourceIdsOfMemories(db: EngramDb, memoryIds: number[]): number[] {
  return ids(db.prepare(`SELECT DISTINCT source_id AS id FROM memory_sources WHERE memory_id IN (${marks(memoryIds.length)})`).all(...memoryIds));
}

/** The memories made only from these sources (each of their sources is one of them). */
export function memoriesOnlyFrom(db: EngramDb, sourceIds: number[]): number[] {
  return ids(
    db
      .prepare(
        `SELECT DISTINCT ms.memory_id AS id FROM memory_sources ms WHERE ms.source_id IN (${marks(sourceIds.length)})
         AND NOT EXISTS (SELECT 1 FROM memory_sources o WHERE o.memory_id = ms.memory_id AND o.source_id NOT IN (${marks(sourceIds.length)}))`,
      )
      .all(...sourceIds, ...sourceIds),
  );
}

/** The entities the memories mention (graph edges memory → entity). */
export function entityIdsOfMemories(db: EngramDb, memoryIds: number[]): number[] {
  return ids(
    db
      .prepare(`SELECT DISTINCT dst_id AS id FROM edges WHERE src_kind = 'memory' AND dst_kind = 'entity' AND src_id IN (${marks(memoryIds.length)})`)
      .all(...memoryIds),
  );
}

/** The conversations the sources belong to. */
export function conversationIdsOfSources(db: EngramDb, sourceIds: number[]): number[] {
  return ids(
    db.prepare(`SELECT DISTINCT conversation_id AS id FROM sources WHERE conversation_id IS NOT NULL AND id IN (${marks(sourceIds.length)})`).all(...sourceIds),
  );
}

/** Deletes entity `id` when no edge touches it any more (its aliases cascade). */
export function deleteEntityIfUnlinked(db: EngramDb, id: number): void {
  db.prepare(
    "DELETE FROM entities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM edges WHERE (src_kind = 'entity' AND src_id = ?) OR (dst_kind = 'entity' AND dst_id = ?))",
  ).run(id, id, id);
}

/** Deletes conversation `id` when it has no source left. @returns 1 when it was deleted, else 0. */
export function deleteConversationIfEmpty(db: EngramDb, id: number): number {
  return db.prepare("DELETE FROM conversations WHERE id = ? AND NOT EXISTS (SELECT 1 FROM sources WHERE conversation_id = ?)").run(id, id).changes;
}

/**
 * Deletes memory `id` with its graph edges, vector and cached embeddings (of the text it was
 * embedded from, embedding-cache.ts memoryEmbeddingText, now and in each earlier version); its
 * versions, provenance links and facts cascade, its FTS row goes with a trigger. A vault memory's
 * encrypted item is the caller's to delete (repos/vault.ts takeVaultItem).
 */
export function eraseMemory(db: EngramDb, id: number): void {
  db.prepare(`DELETE FROM edges WHERE ${EDGES_OF_MEMORY}`).run(id, id);
  if (tableExists(db, "memories_vec")) deleteVector(db, "memories", id);
  forgetCachedEmbeddings(db, embeddedTexts(db, id));
  db.prepare("DELETE FROM memories WHERE id = ?").run(id);
}

/** The texts memory `id` was embedded from: of its row and of each version snapshot (`before`/`after` JSON) that is a whole row. */
function embeddedTexts(db: EngramDb, id: number): string[] {
  const rows = db.prepare("SELECT title, content, details FROM memories WHERE id = ?").all(id) as EmbeddableMemory[];
  for (const v of db.prepare("SELECT before, after FROM memory_versions WHERE memory_id = ?").all(id) as Array<{
    before: string | null;
    after: string | null;
  }>) {
    for (const snap of [v.before, v.after]) {
      const m = snap ? (JSON.parse(snap) as Partial<EmbeddableMemory> | null) : null;
      if (typeof m?.title === "string" && typeof m.content === "string" && typeof m.details === "string") rows.push(m as EmbeddableMemory);
    }
  }
  return rows.map(memoryEmbeddingText);
}

/**
 * Deletes source `id` with its vector; its FTS row (trigger), frames, vault items and provenance
 * links cascade. Its cached embedding is keyed by its index text, which the caller drops
 * (forgetCachedEmbedding). An image file another frame or source still points at (a revisited
 * screen shares its first frame's image, migration 010) is kept, its recorded bytes moved to that
 * frame (frames.ts releaseImage).
 * @returns the image paths (relative to the frames folder) that no row points at any more, for the
 *   caller to delete after the commit.
 */
export function eraseSource(db: EngramDb, id: number): string[] {
  const refs = db
    .prepare(
      "SELECT image_path AS path, 0 AS bytes FROM sources WHERE id = ? AND image_path IS NOT NULL UNION ALL SELECT image_path, bytes FROM frames WHERE source_id = ? AND image_path IS NOT NULL",
    )
    .all(id, id) as Array<{ path: string; bytes: number }>;
  if (tableExists(db, "sources_vec")) deleteVector(db, "sources", id);
  db.prepare("DELETE FROM sources WHERE id = ?").run(id);
  const bytes = new Map<string, number>();
  for (const r of refs) bytes.set(r.path, (bytes.get(r.path) ?? 0) + r.bytes);
  return [...bytes].filter(([path, n]) => releaseImage(db, path, n)).map(([path]) => path);
}
