/**
 * The optimised USE lite graph kept between runs in `<cacheDir>/`: one folder per graph,
 * `use-lite-v<graph version>-<fingerprint of the weights manifest>-ort<onnxruntime version>/` holding
 * `model.onnx` (the optimised graph, ~15 KB) and `weights.bin` (its ~13 MB of weights as ONNX
 * external data). onnxruntime maps `weights.bin` into memory (mmap) instead of reading it: a
 * process pays only for the pages it touches, straight from the page cache, and a query's
 * embedding touches 12 rows of the 8 MB embedding table. On this project's VM (page faults of
 * fresh memory ~18 µs per 4 KB page) that took a one-query start from ~0.3 s to ~0.13 s
 * (models/README.md). The folder is written under a temporary name and renamed, so a crash never
 * leaves half a graph; one that does not load is replaced; a cache folder that cannot be written
 * keeps nothing and the model starts all the same.
 */
import { mkdir, mkdtemp, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import type * as Ort from "onnxruntime-node";
import { ort } from "./ort.js";

/** File names inside a kept graph's folder. */
const GRAPH_FILE = "model.onnx";
const WEIGHTS_FILE = "weights.bin";

/** What {@link openKeptGraph} needs. */
export interface KeptGraphOptions {
  /** Folder of kept graphs (made if missing). */
  cacheDir: string;
  /** Folder name of this graph, starting `use-lite-v<n>-`: anything else so named in `cacheDir` is an older graph and deleted. */
  name: string;
  /** Session options (threads, logging, `extra.session` entries such as prepacking). */
  session: Ort.InferenceSession.SessionOptions;
  /** Builds the unoptimised ONNX graph, when there is no sound kept one. */
  build: () => Promise<Uint8Array>;
}

/** `options` with `entries` added to its `extra.session` config entries. */
function withEntries(options: Ort.InferenceSession.SessionOptions, entries: Record<string, string>): Ort.InferenceSession.SessionOptions {
  const extra = (options.extra ?? {}) as { session?: Record<string, string> };
  return { ...options, extra: { ...extra, session: { ...extra.session, ...entries } } };
}

/** Deletes the graphs (and temporary folders) an older model, graph version or onnxruntime left in `cacheDir`, all but `keep`; a file that cannot be deleted stays. */
async function pruneKeptGraphs(cacheDir: string, keep: string): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const stale = names.filter((n) => n.startsWith("use-lite-v") && n !== keep);
  await Promise.all(stale.map((n) => rm(join(cacheDir, n), { recursive: true, force: true }).catch(() => undefined)));
}

/**
 * Opens an onnxruntime session on the kept graph `options.name` (optimised already: optimisation
 * `disabled`, weights mapped from `weights.bin`), or builds the graph, optimises it and keeps it
 * for the next start (at `extended` level, not `all`: the kept graph holds no kernels specific to
 * this processor).
 * @throws when onnxruntime cannot run the built graph (a kept graph that fails to load is rebuilt).
 */
export async function openKeptGraph(options: KeptGraphOptions): Promise<Ort.InferenceSession> {
  const { cacheDir, name, session } = options;
  const folder = join(cacheDir, name);
  const kept = await ort.InferenceSession.create(join(folder, GRAPH_FILE), { ...session, graphOptimizationLevel: "disabled" }).catch(() => undefined);
  if (kept) return kept;
  const graph = await options.build();
  // a cache folder that cannot be made or written keeps nothing (a failure of onnxruntime itself shows below)
  const tmp = await mkdir(cacheDir, { recursive: true, mode: 0o700 })
    .then(() => mkdtemp(join(cacheDir, `${name}.tmp-`)))
    .catch(() => undefined);
  const saved = tmp
    ? await ort.InferenceSession.create(
        graph,
        withEntries(
          { ...session, graphOptimizationLevel: "extended", optimizedModelFilePath: join(tmp, GRAPH_FILE) },
          { optimized_model_external_initializers_file_name: WEIGHTS_FILE, optimized_model_external_initializers_min_size_in_bytes: "1024" },
        ),
      ).catch(() => undefined)
    : undefined;
  if (!saved) {
    if (tmp) await rm(tmp, { recursive: true, force: true }).catch(() => undefined);
    return ort.InferenceSession.create(graph, { ...session, graphOptimizationLevel: "all" });
  }
  try {
    // a damaged graph of this name goes first (a folder is not renamed over a non-empty one)
    await rm(folder, { recursive: true, force: true });
    await rename(tmp!, folder);
  } catch {
    // another process kept its graph first, or pruned this temporary folder: nothing is kept this time
    await rm(tmp!, { recursive: true, force: true }).catch(() => undefined);
    return saved;
  }
  await pruneKeptGraphs(cacheDir, name);
  return saved;
}
