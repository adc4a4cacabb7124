import { sha256 } from "../util/hash.js";
import type { EngramDb } from "./connection.js";
import type { EmbedderIdentity } from "./vectors.js";

/** What the cache needs of an embedder (models/embedder.ts `Embedder` is one): its identity and
 * `embed`, one L2-normalised Float32Array(dimension) per text. */
export interface TextEmbedder extends EmbedderIdentity {
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** Texts per call of the embedder in {@link embedCached} unless told otherwise. */
export const EMBED_BATCH = 64;

/**
 * Embeds `texts` with `embedder`, reusing vectors cached in `embedding_cache` by
 * (embedder id, sha256 of the text). Only cache misses reach the model, in batches of
 * `batchSize` (default EMBED_BATCH, 64); new vectors are written to the cache in one transaction per batch.
 * Duplicate texts within one call are embedded once.
 * @returns one Float32Array(embedder.dimension) per input text, in input order.
 * @throws whatever the embedder throws; cached rows written before the failure stay (they are valid).
 */
export async function embedCached(
  db: EngramDb,
  embedder: TextEmbedder,
  texts: string[],
  opts: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<Float32Array[]> {
  const hashes = texts.map((t) => sha256(t));
  const out = new Array<Float32Array | undefined>(texts.length);
  const get = db.prepare("SELECT vector FROM embedding_cache WHERE model_id = ? AND content_hash = ?");
  const missing = new Map<string, number[]>();
  hashes.forEach((h, i) => {
    const row = get.get(embedder.id, h) as { vector: Buffer } | undefined;
    if (row) out[i] = new Float32Array(row.vector.buffer.slice(row.vector.byteOffset, row.vector.byteOffset + row.vector.byteLength));
    else missing.set(h, [...(missing.get(h) ?? []), i]);
  });
  const todo = [...missing.entries()];
  const batchSize = opts.batchSize ?? EMBED_BATCH;
  const put = db.prepare("INSERT OR REPLACE INTO embedding_cache(model_id, content_hash, vector) VALUES (?, ?, ?)");
  for (let start = 0; start < todo.length; start += batchSize) {
    const batch = todo.slice(start, start + batchSize);
    const vectors = await embedder.embed(batch.map(([, idx]) => texts[idx[0]!]!));
    db.transaction(() => {
      batch.forEach(([hash, idx], j) => {
        const v = vectors[j]!;
        put.run(embedder.id, hash, Buffer.from(v.buffer, v.byteOffset, v.byteLength));
        for (const i of idx) out[i] = v;
      });
    })();
    opts.onProgress?.(Math.min(start + batchSize, todo.length), todo.length);
  }
  return out as Float32Array[];
}

/** Drops the cached vectors of `text` (for every embedder): deleted text leaves no trace in the cache. */
export function forgetCachedEmbedding(db: EngramDb, text: string): void {
  forgetCachedEmbeddings(db, [text]);
}

/**
 * Drops the cached vectors of each of `texts` (for every embedder), in one statement. The key is
 * (model_id, content_hash): the embedders' ids are found by hopping from one to the next along the
 * key (a loose index scan, one lookup per embedder), so each text is a key lookup per embedder, not
 * a scan of every cached vector (0.2 ms instead of 22 ms on a 50,000-row cache of 2 KB vectors).
 */
export function forgetCachedEmbeddings(db: EngramDb, texts: string[]): void {
  const hashes = [...new Set(texts.map((t) => sha256(t)))];
  if (!hashes.length) return;
  db.prepare(
    `WITH RECURSIVE models(id) AS (
       SELECT MIN(model_id) FROM embedding_cache
       UNION ALL SELECT (SELECT MIN(model_id) FROM embedding_cache WHERE model_id > models.id) FROM models WHERE models.id IS NOT NULL
     )
     DELETE FROM embedding_cache WHERE model_id IN (SELECT id FROM models) AND content_hash IN (${hashes.map(() => "?").join(", ")})`,
  ).run(...hashes);
}

/** What a memory's embedded text is made of: a `memories` row, or a version snapshot of one (`details` is JSON text). */
export interface EmbeddableMemory {
  title: string;
  content: string;
  details: string;
}

/**
 * The text a memory's own vector is embedded from, the one definition for every path that embeds
 * a memory by its text (the screen engine's days, re-embedding after a model change) and for
 * deletion, which drops the cached vector of that text: a screen-capture day (`details.screen` =
 * "day") is `title + "\n" + content`, because "how did I spend Monday" and "how long in Firefox"
 * are answered by the sums its title and its text both carry; any other memory is its `content`.
 */
export function memoryEmbeddingText(m: EmbeddableMemory): string {
  return isScreenDay(m.details) ? `${m.title}\n${m.content}` : m.content;
}

function isScreenDay(details: string): boolean {
  if (!details.includes('"day"')) return false; // most memories: no JSON parse
  try {
    return (JSON.parse(details) as { screen?: unknown } | null)?.screen === "day";
  } catch {
    return false;
  }
}
