/**
 * Searches off the host's thread: a pool of worker threads (search-worker.ts), each with its own
 * read-only SQLite connection, so concurrent searches run side by side on the cores and one slow
 * search does not hold the others or the server's event loop. The host keeps what needs its state:
 * validating the request and embedding the query (the embedder's own worker lanes, with a cache of
 * recent query vectors); the worker ranks, filters and hydrates exactly as the in-process `search`
 * (core/api/memories.ts) does.
 */
import type { Worker } from "node:worker_threads";
import type { Embedder } from "../../models/embedder.js";
import { LruCache } from "../util/lru.js";
import { startSiblingWorker, whenReady } from "../util/worker-thread.js";
import { ApiError } from "./errors.js";
import { parseRequest } from "./schemas.js";
import { defaultSearchWorkers } from "./search-workers.js";
import type { SearchJob, SearchReply } from "./search-worker.js";
import type { SearchRequest, SearchResult } from "./types.js";

/** A running pool. */
export interface SearchPool {
  /** worker threads */
  readonly size: number;
  /** `search` as the API answers it. @throws ApiError as the in-process search does. */
  search(req: SearchRequest): Promise<SearchResult>;
  /** stops the workers; searches still in flight reject */
  close(): Promise<void>;
}

/** Recent query vectors kept by the host: a repeated query (typing, paging, an agent asking again) is not embedded again. */
const VECTOR_CACHE = 1_000;

interface Lane {
  worker: Worker;
  pending: Map<number, { resolve: (r: SearchResult) => void; reject: (e: Error) => void }>;
}

/**
 * Starts `size` search workers over the database file at `dbPath` (not ":memory:": workers open
 * it themselves) and waits until each has opened it.
 * @param embedder the host's current embedder (called per search: it changes when the user picks another model)
 * @throws Error when a worker cannot open the database.
 */
export async function startSearchPool(dbPath: string, embedder: () => Promise<Embedder>, size = defaultSearchWorkers()): Promise<SearchPool> {
  if (dbPath === ":memory:") throw new Error("search workers need a database file, not :memory:");
  const workers = Array.from({ length: size }, () => startSiblingWorker(import.meta.url, "search-worker", { dbPath }));
  try {
    await Promise.all(workers.map((w) => whenReady(w, "search worker")));
  } catch (err) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw err;
  }
  const lanes: Lane[] = workers.map((worker) => {
    const lane: Lane = { worker, pending: new Map() };
    worker.on("message", (m: SearchReply) => {
      if (!("id" in m)) return;
      const p = lane.pending.get(m.id);
      if (!p) return;
      lane.pending.delete(m.id);
      if (lane.pending.size === 0) worker.unref();
      if ("error" in m) p.reject(new ApiError(m.error.code, m.error.message, m.error.field !== undefined ? { field: m.error.field } : {}));
      else p.resolve(m.result as SearchResult);
    });
    worker.on("error", (err) => {
      for (const p of lane.pending.values()) p.reject(new ApiError("internal", `search worker failed: ${err.message}`));
      lane.pending.clear();
    });
    worker.unref();
    return lane;
  });

  const vectors = new LruCache<string, Float32Array>(VECTOR_CACHE);
  const queryVector = async (e: Embedder, query: string): Promise<Float32Array> => {
    const key = `${e.id}\u0000${query}`;
    let v = vectors.get(key);
    if (!v) {
      v = (await e.embed([query]))[0]!;
      vectors.set(key, v);
    }
    return v;
  };

  let nextId = 0;
  let closed = false;
  return {
    size,
    async search(raw) {
      if (closed) throw new ApiError("unavailable", "Engram is shutting down.");
      const req = parseRequest("search", raw) as SearchRequest;
      const keywordOnly = req.mode === "bm25" || !req.query.trim();
      const e = keywordOnly ? null : await embedder();
      const vector = e ? await queryVector(e, req.query) : null;
      const lane = lanes.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      const job: SearchJob = { id, req, vector, embedder: { id: e?.id ?? "keyword-only", dimension: e?.dimension ?? 0 } };
      return new Promise<SearchResult>((resolve, reject) => {
        lane.pending.set(id, { resolve, reject });
        lane.worker.ref();
        lane.worker.postMessage(job);
      });
    },
    async close() {
      closed = true;
      await Promise.all(
        lanes.map(async (l) => {
          for (const p of l.pending.values()) p.reject(new ApiError("unavailable", "Engram is shutting down."));
          l.pending.clear();
          await l.worker.terminate();
        }),
      );
    },
  };
}

/** Search through a pool started on first use; `search` falls back to `inProcess` when the pool cannot start. */
export interface OffThreadSearch {
  search(req: SearchRequest): Promise<SearchResult>;
  close(): Promise<void>;
}

/**
 * Wraps a host's in-process search with a pool of `size` workers, started on the first search (a
 * host that never searches starts none). If the workers cannot start (the database is not a file, a
 * worker fails to load), searches run in process and `onError` is told once.
 */
export function offThreadSearch(
  dbPath: string,
  embedder: () => Promise<Embedder>,
  size: number,
  inProcess: (req: SearchRequest) => Promise<SearchResult>,
  onError?: (err: unknown) => void,
): OffThreadSearch {
  let pool: Promise<SearchPool | null> | null = null;
  const started = () =>
    (pool ??= startSearchPool(dbPath, embedder, size).catch((err: unknown) => {
      onError?.(err);
      return null;
    }));
  return {
    search: async (req) => {
      const p = await started();
      return p ? p.search(req) : inProcess(req);
    },
    close: async () => {
      const p = pool && (await pool);
      await p?.close();
    },
  };
}
