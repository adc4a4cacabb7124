import { existsSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Embedder } from "../../models/embedder.js";
import { disposeModels } from "../../models/dispose.js";
import { createEmbedder, type EmbedderUse } from "../../models/embedders.js";
import { activeModel } from "../../models/registry.js";
import { framesDirFor, resolveImage } from "../capture/storage.js";
import { openDatabase, type EngramDb } from "../db/connection.js";
import { prepareVectors } from "../retrieval/reembed.js";
import { scheduleConsolidation } from "../memory/schedule.js";
import { refreshTermBitmaps } from "../retrieval/term-bitmaps-build.js";
import { lazy, type ApiContext } from "./context.js";
import { createEngramApi, type EngramApiService } from "./engram-api.js";
import { ApiError } from "./errors.js";
import { InFlightCalls } from "./in-flight.js";
import { offThreadSearch } from "./search-pool.js";
import { dataDirOf, exportsDir } from "./files.js";
import type { Actor } from "./types.js";
import { getSourceView } from "../db/repos/source-views.js";
import { countUnprocessedSources } from "../db/repos/sources.js";

/** How a host process runs the API: which database, which transport's URLs, what capture can do. */
export interface ApiHostOptions {
  dbPath: string;
  /** returns the active embedder (`activeEmbedder` in the app); the caller owns its lifetime
   * (the app disposes embedders at shutdown with models/embedders.ts `disposeEmbedders`) */
  createEmbedder: (db: EngramDb) => Promise<Embedder>;
  transport: ApiContext["transport"];
  imageUrl: ApiContext["imageUrl"];
  /** URL that downloads the export file of this name from the data folder's exports/, or null */
  exportUrl: (fileName: string) => string | null;
  capture: ApiContext["capture"];
  onCaptureChange?: () => void;
  onDownload?: (urls: string[], phase: "start" | "done") => void;
  /** run background work: daily consolidation and finishing sources an interrupted import left
   * unprocessed (default true; a one-shot CLI command passes false) */
  background?: boolean;
  /** errors of background work (re-embedding after a model change) */
  onBackgroundError?: (err: unknown) => void;
  /** the app's own vault key (the desktop app's keychain key); absent in `engram serve` */
  vaultKey?: ApiContext["vaultKey"];
  /** asks the user for the vault's passphrase when capture work needs the vault (the CLI) */
  askPassphrase?: ApiContext["askPassphrase"];
  /** lines for the host's log (the desktop app's engine sends them to main) */
  log?: ApiContext["log"];
  /** run searches in this many worker threads with read-only connections (search-pool.ts); 0 or
   * absent: on the host's thread. `engram serve` uses one per core. */
  searchWorkers?: number;
  /** `close` also frees every model this process loaded (embedders, the local chat model and its
   * adapters: models/dispose.ts), for a process that serves until it stops (`engram serve`, `engram mcp`) */
  ownsModels?: boolean;
  /** how long `close` waits for the API calls under way, ms (default 20,000) */
  closeTimeoutMs?: number;
}

/** A running API over an open database. */
export interface ApiHost {
  api: EngramApiService;
  db: EngramDb;
  /** the same API over the same database, recording its changes as `actor` (the MCP transport
   * uses `mcp`); made once per actor, disposed with the host */
  apiAs(actor: Actor): EngramApiService;
  /** the current embedder (the same the API uses; a new one after the user changes the model) */
  embedder(): Promise<Embedder>;
  /**
   * Gets search and chat ready before the user's first search or question, for a host that serves a
   * window (`engram serve`, the desktop app): loads the embedder and the assistant's libraries, and
   * makes one search on each search worker (a worker starts and loads its libraries on its first
   * search), through the API, and starts the capture pipeline's OCR warm-up when this host captures
   * the screen and capture is on (`prepareCapture`, not awaited). Resolves when
   * done; a failure is reported to `onBackgroundError` (the user's own search then reports it too).
   */
  warmUp(): Promise<void>;
  /** the image file of a source when it lies inside the data folder, else null */
  imagePath(sourceId: number): string | null;
  /** an export file in the data folder's exports/ by file name, else null */
  exportPath(name: string): string | null;
  /**
   * Stops the host: refuses new API calls, asks the ones under way to stop (the memory engine stops
   * between two batches; an import finishes) and waits for them, at most `closeTimeoutMs`, then
   * stops background work and closes the database (and the models, with `ownsModels`).
   * `onWaiting` is told the API methods it waits for, before it waits (none: not called).
   * @throws ApiError `unavailable` naming the calls still running after `closeTimeoutMs`; the
   * database is then left open (not closed under a batch), and a later `close` finishes the job
   */
  close(opts?: { onWaiting?: (methods: string[]) => void }): Promise<void>;
}

/**
 * Opens the database and creates the API with its context; shared by `engram serve`, the
 * desktop app's engine process and the CLI. The embedder is loaded on first use and the vector
 * index made ready for it there, once (core/retrieval/reembed.ts `prepareVectors`: vectors of
 * another model are recomputed). When the active embedding model changes the embedder is
 * recreated and every vector recomputed in the background (search falls back to keywords for
 * rows not yet re-embedded). Consolidation runs daily in the background (core/memory/schedule.ts).
 * Sources left unprocessed by an interrupted import or capture are processed in the background two
 * seconds after start (stopped, between batches, by `close`).
 */
export function createApiHost(opts: ApiHostOptions): ApiHost {
  const db = openDatabase(opts.dbPath);
  let embedder = lazy(async () => {
    const e = await opts.createEmbedder(db);
    await prepareVectors(db, e);
    return e;
  });
  const exports = exportsDir(opts.dbPath);
  const ctx: ApiContext = {
    db,
    dbPath: opts.dbPath,
    embedder: () => embedder(),
    transport: opts.transport,
    imageUrl: opts.imageUrl,
    exportUrl: (path) => (exports && dirname(resolve(path)) === resolve(exports) ? opts.exportUrl(basename(path)) : null),
    capture: opts.capture,
    onCaptureChange: opts.onCaptureChange,
    vaultKey: opts.vaultKey,
    askPassphrase: opts.askPassphrase,
    log: opts.log,
    now: Date.now,
  };
  let reembedding: Promise<void> = Promise.resolve();
  const onEmbedderChange = () => {
    embedder = lazy(() => opts.createEmbedder(db));
    reembedding = reembedding.then(async () => prepareVectors(db, await embedder())).catch((err: unknown) => opts.onBackgroundError?.(err));
  };
  const api = createEngramApi(ctx, { onEmbedderChange, onDownload: opts.onDownload });
  const offThread = opts.searchWorkers ? offThreadSearch(opts.dbPath, () => embedder(), opts.searchWorkers, api.search, opts.onBackgroundError) : null;
  if (offThread) api.search = offThread.search;
  // close() waits for the calls under way: the database is never closed under a running batch
  const inFlight = new InFlightCalls();
  inFlight.track(api);
  // the engine (compromise, chrono-node, node-llama-cpp) loads only when background work runs
  const memoryEngine = async () => (await import("../memory/index.js")).createMemoryEngine(db, await embedder());
  const background = opts.background ?? true;
  const consolidation = !background
    ? { stop: async () => undefined }
    : scheduleConsolidation(
        db,
        async () => {
          await (await memoryEngine()).consolidate({});
          // what screen capture and notes added since the last import: a large index's term bitmaps (core/retrieval/term-bitmaps.ts)
          for (const target of ["sources", "memories"] as const) await refreshTermBitmaps(db, target);
        },
        {
          onError: opts.onBackgroundError,
        },
      );
  // sources an interrupted import or capture stored but never processed are finished in the background
  const stopResume = new AbortController();
  const pending = () => countUnprocessedSources(db);
  const resuming =
    !background || pending() === 0
      ? Promise.resolve()
      : (async () => {
          await new Promise((r) => setTimeout(r, 2000).unref());
          await (await memoryEngine()).process({ signal: stopResume.signal });
        })().catch((err: unknown) => {
          if ((err as Error).name !== "AbortError") opts.onBackgroundError?.(err);
        });
  const dataDir = dataDirOf(opts.dbPath);
  const frames = framesDirFor(opts.dbPath);
  const others = new Map<Actor, EngramApiService>();
  return {
    api,
    db,
    apiAs: (actor) => {
      if (actor === (ctx.actor ?? "user")) return api;
      let a = others.get(actor);
      if (!a) {
        a = createEngramApi({ ...ctx, actor }, { onEmbedderChange, onDownload: opts.onDownload });
        if (offThread) a.search = offThread.search;
        inFlight.track(a);
        others.set(actor, a);
      }
      return a;
    },
    embedder: () => embedder(),
    warmUp: async () => {
      try {
        await embedder();
        // screen capture, when it is on here: its OCR workers warm up before the first frame (not awaited)
        void api.prepareCapture();
        // the assistant (answers, chat): its libraries load on the first question otherwise
        await import("./assistant.js");
        const searches = Math.max(opts.searchWorkers ?? 0, 1);
        await Promise.all(Array.from({ length: searches }, () => api.search({ query: WARM_UP_QUERY, k: 1 })));
      } catch (err) {
        if (!(err instanceof ApiError && err.code === "unavailable")) opts.onBackgroundError?.(err); // unavailable: closed meanwhile
      }
    },
    imagePath: (sourceId) => {
      const row = getSourceView(db, sourceId);
      const path = row?.image_path ?? row?.frame_image;
      if (!path || !dataDir || !frames) return null;
      const file = resolveImage(frames, path);
      return inside(dataDir, file) ? file : null;
    },
    exportPath: (name) => {
      const file = exports && join(exports, basename(name));
      return file && existsSync(file) ? file : null;
    },
    close: async (how = {}) => {
      stopResume.abort();
      await inFlight.settle(opts.closeTimeoutMs ?? 20_000, how.onWaiting);
      await resuming;
      await consolidation.stop();
      await offThread?.close();
      await api.close();
      for (const a of others.values()) await a.close();
      await reembedding;
      db.close();
      if (opts.ownsModels) await disposeModels();
    },
  };
}

/** The query of `warmUp`'s searches (any words do: the search is read-only and its result is dropped). */
const WARM_UP_QUERY = "what did I do last week";

function inside(dir: string, file: string): boolean {
  const rel = relative(resolve(dir), resolve(file));
  return !!rel && !rel.startsWith("..") && !isAbsolute(rel) && !rel.startsWith(sep);
}

/**
 * The embedder the user chose: the active embedding model in Models (an ONNX folder, loaded with
 * transformers.js), else the bundled default. Loaded once per process and use by
 * models/embedders.ts (`query`: on the calling thread, for one-shot CLI commands).
 */
export function activeEmbedder(db: EngramDb, use: EmbedderUse = "batch"): Promise<Embedder> {
  const model = activeModel(db, "embedding");
  return createEmbedder(model ? `onnx:${model.path}` : undefined, use);
}
