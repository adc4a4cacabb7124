import { binaryIndex, dropIndex, loadedIndex } from "./binary-index.js";
import type { EngramDb } from "./connection.js";
import { getSetting, setSetting } from "./repos/settings.js";
import { tableExists } from "./repos/tables.js";

/**
 * Vector indexes over memories and sources.
 *
 * Each target has two tables, created here because their dimension depends on the embedder:
 * - `<t>_vec`: sqlite-vec `vec0(<key> integer primary key, embedding bit[D])`, a binary-quantised
 *   index for a fast Hamming-distance candidate pass;
 * - `<t>_embeddings`: the full float32 vectors, used to rescore the candidates exactly.
 * This is binary quantisation with rescoring (as described for sqlite-vec and by Cohere/Hugging Face
 * "binary and scalar embedding quantization", 2024). The Hamming pass scans an in-memory copy of
 * the binary index (binary-index.ts), whose cost does not grow with the number of candidates as
 * sqlite-vec's KNN does; the vec0 table is what that copy is loaded from.
 */
export type VectorTarget = "memories" | "sources";

const KEY: Record<VectorTarget, string> = { memories: "memory_id", sources: "source_id" };

/** The embedder identity recorded with the vectors (settings key `embedder`). */
export interface EmbedderIdentity {
  id: string;
  dimension: number;
}

function createTables(db: EngramDb, dim: number): void {
  for (const t of ["memories", "sources"] as const) {
    db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${t}_vec USING vec0(${KEY[t]} integer primary key, embedding bit[${dim}])`);
    db.exec(`CREATE TABLE IF NOT EXISTS ${t}_embeddings (${KEY[t]} INTEGER PRIMARY KEY, vector BLOB NOT NULL)`);
  }
}

/**
 * Makes sure the vector tables exist for `embedder`. When the database already holds vectors of a
 * different embedder (id or dimension), drops them and returns `true`: the caller must re-embed
 * everything (see core/ingest/reembed.ts) — dimensions are never mixed.
 * @returns whether a re-embed is needed.
 */
export function ensureVectorTables(db: EngramDb, embedder: EmbedderIdentity): boolean {
  if (embedder.dimension % 8 !== 0) throw new Error(`embedder ${embedder.id}: dimension ${embedder.dimension} must be a multiple of 8`);
  const stored = getSetting<EmbedderIdentity>(db, "embedder");
  const same = stored && stored.id === embedder.id && stored.dimension === embedder.dimension;
  if (same) {
    createTables(db, embedder.dimension);
    return false;
  }
  db.transaction(() => {
    for (const t of ["memories", "sources"] as const) {
      dropIndex(db, `${t}_vec`);
      db.exec(`DROP TABLE IF EXISTS ${t}_vec`);
      db.exec(`DROP TABLE IF EXISTS ${t}_embeddings`);
    }
    createTables(db, embedder.dimension);
    setSetting(db, "embedder", { id: embedder.id, dimension: embedder.dimension });
  })();
  return stored != null;
}

/**
 * Loads the in-memory binary index of `target` (binary-index.ts) if it is not loaded yet, for the
 * vectors the database holds (settings `embedder`): for a caller with time to spare before a
 * search, e.g. while its query is still being embedded (core/retrieval/search.ts). The search after
 * it counts as the index's first (its float vectors are read on the second). No-op without vectors.
 */
export function warmVectorIndex(db: EngramDb, target: VectorTarget): void {
  const stored = getSetting<EmbedderIdentity>(db, "embedder");
  if (stored) binaryIndex(db, `${target}_vec`, `${target}_embeddings`, KEY[target], stored.dimension, "warm");
}

function toBlob(v: Float32Array): Buffer {
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

/**
 * Stores (or replaces) the vector of one memory or source. Call inside the caller's transaction.
 * The binary index row is deleted first only when the id has a vector already (its float row in
 * `<t>_embeddings`, which putVector and deleteVector write together with it): a vec0 DELETE costs
 * ~0.05-0.1 ms even when it finds nothing, and a new memory or source has nothing to delete.
 */
export function putVector(db: EngramDb, target: VectorTarget, id: number, vector: Float32Array): void {
  const key = KEY[target];
  const blob = toBlob(vector);
  if (db.prepare(`SELECT 1 FROM ${target}_embeddings WHERE ${key} = ?`).get(id)) db.prepare(`DELETE FROM ${target}_vec WHERE ${key} = ?`).run(BigInt(id));
  db.prepare(`INSERT INTO ${target}_vec(${key}, embedding) VALUES (?, vec_quantize_binary(?))`).run(BigInt(id), blob);
  db.prepare(`INSERT OR REPLACE INTO ${target}_embeddings(${key}, vector) VALUES (?, ?)`).run(id, blob);
  loadedIndex(db, `${target}_vec`)?.put(id, vector);
}

/** Removes the vector of one memory or source (user deletion). */
export function deleteVector(db: EngramDb, target: VectorTarget, id: number): void {
  const key = KEY[target];
  db.prepare(`DELETE FROM ${target}_vec WHERE ${key} = ?`).run(BigInt(id));
  db.prepare(`DELETE FROM ${target}_embeddings WHERE ${key} = ?`).run(id);
  loadedIndex(db, `${target}_vec`)?.remove(id);
}

/** Reads the float vector of one memory or source, or null. */
export function getVector(db: EngramDb, target: VectorTarget, id: number): Float32Array | null {
  const row = db.prepare(`SELECT vector FROM ${target}_embeddings WHERE ${KEY[target]} = ?`).get(id) as { vector: Buffer } | undefined;
  return row ? new Float32Array(row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.vector.byteLength)) : null;
}

/**
 * Dot product of two vectors of the same dimension: their cosine similarity (-1..1), since every
 * stored and query vector is L2-normalised. 0 when the dimensions differ (vectors of another model).
 */
export function dot(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) return 0;
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** One nearest-neighbour hit: the row id and its cosine similarity to the query (-1..1). */
export interface VectorHit {
  id: number;
  similarity: number;
}

/**
 * k nearest neighbours of `query` (an L2-normalised vector) by cosine similarity.
 * Pass 1: Hamming distance over the binary codes (binary-index.ts) for `candidates` rows (default
 * max(8k, 200)). Pass 2: exact dot products on the float vectors (resident in the index when it
 * is small, else read from `<t>_embeddings`); best first.
 * @param allow optional predicate on ids (filters applied after rescoring).
 */
export function knn(
  db: EngramDb,
  target: VectorTarget,
  query: Float32Array,
  k: number,
  opts: { candidates?: number; allow?: (id: number) => boolean } = {},
): VectorHit[] {
  const key = KEY[target];
  const candidates = opts.candidates ?? Math.max(8 * k, 200);
  // (a database nothing was embedded into has no vector table yet: nothing is near)
  if (!loadedIndex(db, `${target}_vec`) && !tableExists(db, `${target}_vec`)) return [];
  const index = binaryIndex(db, `${target}_vec`, `${target}_embeddings`, key, query.length);
  const ids = index.nearest(query, candidates).filter((id) => !opts.allow || opts.allow(id));
  if (ids.length === 0) return [];
  const hits: VectorHit[] =
    index.similarities(ids, query) ??
    (
      db.prepare(`SELECT ${key} AS id, vector FROM ${target}_embeddings WHERE ${key} IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Array<{
        id: number;
        vector: Buffer;
      }>
    ).map(({ id, vector }) => ({ id, similarity: dot(new Float32Array(vector.buffer, vector.byteOffset, vector.byteLength / 4), query) }));
  hits.sort((a, b) => b.similarity - a.similarity || a.id - b.id); // ties (identical vectors) by id, whichever path read them
  return hits.slice(0, k);
}
