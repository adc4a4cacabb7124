import { existsSync, rmSync } from "node:fs";
import { framesDirFor, resolveImage } from "../capture/storage.js";
import type { EngramDb } from "../db/connection.js";
import { deleteVector } from "../db/vectors.js";
import { sourceIndexText } from "../retrieval/index-text.js";
import { sha256 } from "../util/hash.js";
import type { MemoryRow } from "../db/types.js";
import { ApiError } from "./errors.js";
import { deleteVaultItemOf } from "./vault-items.js";
import { tableExists } from "./files.js";
import type { ForgottenCounts as Forgotten } from "./types.js";


const ids = (rows: unknown[]): number[] => (rows as Array<{ id: number }>).map((r) => r.id);
const marks = (n: number): string => Array(n).fill("?").join(", ");

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
  const found = new Set(ids(db.prepare(`SELECT id FROM memories WHERE id IN (${marks(wanted.length)})`).all(...wanted)));
  const missing = wanted.find((id) => !found.has(id));
  if (missing !== undefined) throw new ApiError("not_found", `No memory #${missing}.`, { field: "id" });
  const images: string[] = [];
  const out = db.transaction((): Forgotten => {
    const sources = !opts.withSources ? [] : ids(db.prepare(`SELECT DISTINCT source_id AS id FROM memory_sources WHERE memory_id IN (${marks(wanted.length)})`).all(...wanted));
    const onlyThese = sources.length
      ? ids(
          db
            .prepare(
              `SELECT DISTINCT ms.memory_id AS id FROM memory_sources ms WHERE ms.source_id IN (${marks(sources.length)})
               AND NOT EXISTS (SELECT 1 FROM memory_sources o WHERE o.memory_id = ms.memory_id AND o.source_id NOT IN (${marks(sources.length)}))`,
            )
            .all(...sources, ...sources),
        )
      : [];
    const memories = [...new Set([...wanted, ...onlyThese])];
    const entities = ids(
      db.prepare(`SELECT DISTINCT dst_id AS id FROM edges WHERE src_kind = 'memory' AND dst_kind = 'entity' AND src_id IN (${marks(memories.length)})`).all(...memories),
    );
    const conversations = sources.length
      ? ids(db.prepare(`SELECT DISTINCT conversation_id AS id FROM sources WHERE conversation_id IS NOT NULL AND id IN (${marks(sources.length)})`).all(...sources))
      : [];
    for (const id of memories) deleteMemoryRows(db, id);
    for (const id of sources) images.push(...deleteSourceRows(db, id));
    const orphan = db.prepare("DELETE FROM entities WHERE id = ? AND NOT EXISTS (SELECT 1 FROM edges WHERE (src_kind = 'entity' AND src_id = ?) OR (dst_kind = 'entity' AND dst_id = ?))");
    for (const id of entities) orphan.run(id, id, id);
    const empty = db.prepare("DELETE FROM conversations WHERE id = ? AND NOT EXISTS (SELECT 1 FROM sources WHERE conversation_id = ?)");
    const emptied = conversations.reduce((n, id) => n + empty.run(id, id).changes, 0);
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
  if (dbPath !== ":memory:") db.pragma("wal_checkpoint(TRUNCATE)"); // the old pages leave the WAL file too
  return out;
}

function deleteMemoryRows(db: EngramDb, id: number): void {
  const row = db.prepare("SELECT type, content, details FROM memories WHERE id = ?").get(id) as Pick<MemoryRow, "type" | "content" | "details"> | undefined;
  if (!row) return;
  deleteVaultItemOf(db, row);
  db.prepare("DELETE FROM edges WHERE (src_kind = 'memory' AND src_id = ?) OR (dst_kind = 'memory' AND dst_id = ?)").run(id, id);
  if (tableExists(db, "memories_vec")) deleteVector(db, "memories", id);
  db.prepare("DELETE FROM embedding_cache WHERE content_hash = ?").run(sha256(row.content));
  db.prepare("DELETE FROM memories WHERE id = ?").run(id); // versions, provenance links and facts cascade
}

/** Deletes one source and its vector, cached embedding, frames and vault items; returns its image paths. */
function deleteSourceRows(db: EngramDb, id: number): string[] {
  const src = db.prepare("SELECT kind, speaker, app, window_title AS windowTitle, text FROM sources WHERE id = ?").get(id) as Parameters<typeof sourceIndexText>[0] | undefined;
  if (src) db.prepare("DELETE FROM embedding_cache WHERE content_hash = ?").run(sha256(sourceIndexText(src)));
  const paths = db
    .prepare("SELECT image_path AS p FROM sources WHERE id = ? AND image_path IS NOT NULL UNION SELECT image_path FROM frames WHERE source_id = ? AND image_path IS NOT NULL")
    .all(id, id) as Array<{ p: string }>;
  if (tableExists(db, "sources_vec")) deleteVector(db, "sources", id);
  db.prepare("DELETE FROM sources WHERE id = ?").run(id); // FTS row (trigger), frames, vault items and links cascade
  return paths.map((r) => r.p);
}
