import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Embedder } from "../../models/embedder.js";
import type { ApiContext } from "../../core/api/context.js";
import { createEngramApi, type EngramApiService } from "../../core/api/engram-api.js";
import { createApiHost, type ApiHost, type ApiHostOptions } from "../../core/api/host.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { prepareVectors } from "../../core/retrieval/reembed.js";

/** An API over a fresh database file in a temp folder (so frames/ and exports/ exist); `close` removes the folder. */
export interface TestApi {
  api: EngramApiService;
  db: EngramDb;
  ctx: ApiContext;
  dir: string;
  close(): void;
}

/**
 * Creates the real API implementation over a new database in a temp folder. `embedder` is what
 * the API embeds with; without one, calls that need embeddings fail (so tests that do not
 * embed state it).
 */
export function testApi(opts: { embedder?: Embedder; now?: () => number; captureAvailable?: boolean } = {}): TestApi {
  const dir = mkdtempSync(join(tmpdir(), "engram-api-"));
  const dbPath = join(dir, "engram.db");
  const db = openDatabase(dbPath);
  const ctx: ApiContext = {
    db,
    dbPath,
    embedder: async () => {
      if (!opts.embedder) throw new Error("this test runs without an embedder");
      await prepareVectors(db, opts.embedder); // as the API host does (ApiContext.embedder)
      return opts.embedder;
    },
    transport: "http",
    imageUrl: (id) => `/api/images/${id}`,
    exportUrl: () => null,
    capture: opts.captureAvailable ? { available: true, reason: null } : { available: false, reason: "not in this test" },
    now: opts.now ?? Date.now,
  };
  const api = createEngramApi(ctx);
  return {
    api,
    db,
    ctx,
    dir,
    close: () => {
      api.dispose();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * An API host over the database file `dbPath` as a test needs it: HTTP transport, images at
 * /api/images/<id>, no export links, screen capture unavailable; `extra` adds options (e.g.
 * `background: false`, `searchWorkers`). The caller closes it.
 */
export function testHost(dbPath: string, createEmbedder: ApiHostOptions["createEmbedder"], extra: Partial<ApiHostOptions> = {}): ApiHost {
  return createApiHost({
    dbPath,
    createEmbedder,
    transport: "http",
    imageUrl: (id) => `/api/images/${id}`,
    exportUrl: () => null,
    capture: { available: false, reason: "test" },
    ...extra,
  });
}
