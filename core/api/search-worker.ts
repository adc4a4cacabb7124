/**
 * A search worker thread (search-pool.ts starts it): its own read-only connection to the database,
 * answering `search` requests exactly as the API does (core/api/memories.ts `search`), with the query
 * vector computed by the host. Messages: in `{ id, req, vector }`, out `{ id, result }` or
 * `{ id, error: ApiErrorInfo }`; `{ type: "ready" }` once the database is open, or
 * `{ type: "failed", message }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Embedder } from "../../models/embedder.js";
import { openReadOnlyDatabase, type EngramDb } from "../db/connection.js";
import type { ApiContext } from "./context.js";
import { ApiError, toApiError } from "./errors.js";
import { search } from "./memories.js";
import type { SearchRequest } from "./types.js";

/** What the pool sends: a validated request and, unless keyword-only, its query's vector. */
export interface SearchJob {
  id: number;
  req: SearchRequest;
  vector: Float32Array | null;
  /** the embedder's identity the vector came from */
  embedder: { id: string; dimension: number };
}

/** What a worker answers. */
export type SearchReply =
  | { type: "ready" }
  | { type: "failed"; message: string }
  | { id: number; result: unknown }
  | { id: number; error: { code: ApiError["code"]; message: string; field?: string } };

/** An embedder that only knows the one vector the host computed for this request's query. */
function givenVector(job: SearchJob): Embedder {
  return {
    id: job.embedder.id,
    dimension: job.embedder.dimension,
    embed: async (texts) => {
      if (!job.vector || texts.length !== 1 || texts[0] !== job.req.query) throw new ApiError("internal", "search worker: the query's vector was not sent");
      return [job.vector];
    },
  };
}

if (parentPort) {
  const port = parentPort;
  const { dbPath } = workerData as { dbPath: string };
  let db: EngramDb;
  try {
    db = openReadOnlyDatabase(dbPath);
    port.postMessage({ type: "ready" } satisfies SearchReply);
  } catch (err) {
    port.postMessage({ type: "failed", message: (err as Error).message } satisfies SearchReply);
    process.exit(1);
  }
  port.on("message", async (job: SearchJob) => {
    const ctx: ApiContext = {
      db,
      dbPath,
      embedder: async () => givenVector(job),
      transport: "http",
      imageUrl: () => "",
      exportUrl: () => null,
      capture: { available: false, reason: null },
      now: Date.now,
    };
    try {
      port.postMessage({ id: job.id, result: await search(ctx, job.req) } satisfies SearchReply);
    } catch (err) {
      port.postMessage({ id: job.id, error: toApiError(err).toJSON() } satisfies SearchReply);
    }
  });
}
