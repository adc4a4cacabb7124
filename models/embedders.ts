/**
 * Chooses and loads a text embedder from a spec string, once per process.
 *
 * Specs: `use-lite` (Universal Sentence Encoder lite, bundled, the default) or
 * `onnx:<path-to-model-folder>` (a transformers.js ONNX export on local disk).
 */
import { join, resolve } from "node:path";
import { userDataDir } from "../core/config/paths.js";
import type { Embedder } from "./embedder.js";
import { disableOrtTelemetry } from "./ort-telemetry.js";
import { UseLiteEmbedder } from "./use-lite.js";

/** The embedder used when none is configured. */
export const DEFAULT_EMBEDDER = "use-lite";

const ONNX_PREFIX = "onnx:";

/** Loaded (or loading) embedders by normalised spec; loading costs seconds. */
const cache = new Map<string, Promise<Embedder>>();

/** Canonical cache key: ONNX folders become absolute paths. Throws on an unknown spec. */
function normalizeSpec(spec: string): string {
  const trimmed = spec.trim();
  if (trimmed === DEFAULT_EMBEDDER) return trimmed;
  if (trimmed.startsWith(ONNX_PREFIX) && trimmed.length > ONNX_PREFIX.length) {
    return ONNX_PREFIX + resolve(trimmed.slice(ONNX_PREFIX.length));
  }
  throw new Error(`unknown embedder "${spec}": expected "${DEFAULT_EMBEDDER}" or "onnx:<path-to-model-folder>"`);
}

/**
 * How a process will use its embedder: `batch` (imports, the app, `engram serve`: a worker thread
 * per core at a low scheduling priority, so the caller's thread stays free and keeps its core) or
 * `query` (a command that embeds a query or two and exits: one worker thread without weight prepacking, ~0.3 s of CPU on that thread to start, one copy
 * of the model in memory; it starts while the caller goes on, e.g. with the keyword part of a
 * search). Both keep the optimised graph in `<userDataDir>/cache/` (models/use-lite-kept-graph.ts).
 */
export type EmbedderUse = "batch" | "query";

/**
 * Returns the embedder for `spec` (default {@link DEFAULT_EMBEDDER}), loading it on first use
 * and sharing it afterwards (one per spec and use); callers must not dispose a shared instance (use
 * {@link disposeEmbedders} at shutdown). A failed load is not cached, so a fixed model folder
 * can be retried. Throws on an unknown spec or when the model cannot be loaded.
 * ONNX folders (transformers.js, imported only when one is used) run on the calling thread.
 */
export async function createEmbedder(spec: string = DEFAULT_EMBEDDER, use: EmbedderUse = "batch"): Promise<Embedder> {
  const normalized = normalizeSpec(spec);
  const key = normalized === DEFAULT_EMBEDDER ? `${normalized}#${use}` : normalized;
  let loading = cache.get(key);
  if (!loading) {
    loading =
      normalized === DEFAULT_EMBEDDER
        ? UseLiteEmbedder.load({ cacheDir: join(userDataDir(), "cache"), ...(use === "query" ? { lanes: 1, quickStart: true } : { background: true }) })
        : onnxFolderEmbedder(normalized.slice(ONNX_PREFIX.length));
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
  }
  return await loading;
}

/**
 * Loads the ONNX model folder with transformers.js (imported here, only when one is used), with
 * onnxruntime's telemetry turned off before transformers.js loads onnxruntime-node (ort-telemetry.ts).
 */
async function onnxFolderEmbedder(folder: string): Promise<Embedder> {
  disableOrtTelemetry();
  const { OnnxEmbedder } = await import("./onnx-embedder.js");
  return OnnxEmbedder.load(folder);
}

/**
 * Waits until every embedder {@link createEmbedder} started has finished loading and has no batch
 * queued or running (USE lite `settled`; an ONNX folder runs on the calling thread and has no
 * worker). For a process about to exit: a worker thread torn down by `process.exit` while
 * onnxruntime's native code is loading or running a model aborts the whole process ("terminate
 * called after throwing an instance of 'Napi::Error'", exit code 134) whatever the command's own
 * result; an idle worker is torn down cleanly. Waits up to one model load (~0.3-1 s) when one is
 * under way, at once when none is; the embedders stay loaded. A failed load is ignored.
 */
export async function settleEmbedders(): Promise<void> {
  await Promise.all(
    [...cache.values()].map(async (loading) => {
      const embedder = await loading.catch(() => undefined);
      if (embedder instanceof UseLiteEmbedder) await embedder.settled();
    }),
  );
}

/** Disposes every embedder created by {@link createEmbedder} (e.g. at app shutdown) and empties the cache. */
export async function disposeEmbedders(): Promise<void> {
  const loaded = [...cache.values()];
  cache.clear();
  await Promise.all(loaded.map(async (p) => (await p.catch(() => undefined))?.dispose?.()));
}
