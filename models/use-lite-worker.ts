/**
 * Worker-thread entry for USE lite inference (started by use-lite-workers.ts). Tokenising and
 * inference run here, never on the caller's thread: onnxruntime-node's `run` and TF.js both block
 * the thread they run on (~10-200 ms per batch), and the tokeniser costs ~0.1 ms per chat turn.
 *
 * workerData: {@link UseLiteWorkerData}. Protocol:
 * - on start the worker posts `{ type: "ready" }` or `{ type: "error", message }`;
 * - parent posts `{ id, texts: string[] }`; requests are answered one after the other, in the order
 *   they came (a parent may send the next before the answer to the last, so the worker never
 *   waits for it);
 * - worker answers `{ id, vectors: Float32Array }` (row-major, texts.length x 512, unit length,
 *   use-lite-batches.ts embedTexts; its buffer is transferred) or `{ id, error: string }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { lowerThisThreadPriority } from "../core/util/worker-thread.js";
import { type BatchLimits, embedTexts } from "./use-lite-batches.js";
import { readUseLiteVocabulary, type UseLiteBackend } from "./use-lite-files.js";
import { loadUseLiteOnnx } from "./use-lite-onnx.js";
import { UseLiteTokenizer } from "./use-lite-tokenizer.js";

/** What a worker is started with: the engine, how texts are grouped into model calls, and for
 * `onnx` where its optimised graph is kept and whether to skip weight prepacking (use-lite-onnx.ts
 * `UseLiteOnnxOptions`). */
export interface UseLiteWorkerData extends BatchLimits {
  backend: UseLiteBackend;
  cacheDir?: string;
  quickStart?: boolean;
  /** Run at a low scheduling priority (core/util/worker-thread.ts lowerThisThreadPriority). */
  background?: boolean;
}

/** A request from the parent thread: texts to embed. */
export interface UseLiteRequest {
  id: number;
  texts: string[];
}

/** A message from the worker to the parent thread. */
export type UseLiteReply = { type: "ready" } | { type: "error"; message: string } | { id: number; vectors: Float32Array } | { id: number; error: string };

// Anything TF.js prints goes to stderr: the CLI's stdout carries JSON.
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;

const port = parentPort;
if (!port) throw new Error("use-lite-worker.ts must run in a worker thread");
const post = (reply: UseLiteReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

try {
  const { backend, cacheDir, quickStart, maxBatch, tokenBudget, background } = workerData as UseLiteWorkerData;
  if (background) lowerThisThreadPriority();
  // One intra-op thread: parallelism comes from one worker per core.
  // TF.js (the tfjs-* engines) is a development dependency, for the benchmark and the reference tests
  const [graph, tokenizer] = await Promise.all([
    backend === "onnx"
      ? loadUseLiteOnnx({ threads: 1, cacheDir, quickStart })
      : import("./use-lite-graph.js").then((m) => m.loadUseLiteGraph(backend === "tfjs-wasm" ? "wasm" : "cpu")),
    readUseLiteVocabulary().then((v) => new UseLiteTokenizer(v)),
  ]);
  const run = (batch: number[][]) => graph.run(batch);
  // one request at a time, in order: the next may already be queued here while this one runs
  let last: Promise<void> = Promise.resolve();
  port.on("message", (request: UseLiteRequest) => {
    last = last.then(() =>
      embedTexts(request.texts, tokenizer, run, { maxBatch, tokenBudget }).then(
        (vectors) => post({ id: request.id, vectors }, [vectors.buffer as ArrayBuffer]),
        (err: Error) => post({ id: request.id, error: err.message }),
      ),
    );
  });
  post({ type: "ready" });
} catch (err) {
  post({ type: "error", message: (err as Error).message });
}
