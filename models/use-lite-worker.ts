/**
 * Worker-thread entry for USE lite inference (started by use-lite-workers.ts). Inference
 * runs here, never on the caller's thread: onnxruntime-node's `run` and TF.js both block the
 * thread they run on (~10-200 ms per batch).
 *
 * workerData: {@link UseLiteWorkerData}. Protocol, one request at a time per worker:
 * - on start the worker posts `{ type: "ready" }` or `{ type: "error", message }`;
 * - parent posts `{ id, batch: number[][] }` (token ids, each row non-empty);
 * - worker answers `{ id, vectors: Float32Array }` (row-major, batch.length x 512; its buffer
 *   is transferred) or `{ id, error: string }`.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { UseLiteBackend } from "./use-lite-files.js";
import { loadUseLiteOnnx } from "./use-lite-onnx.js";

/** What a worker is started with: the engine, and for `onnx` where its optimised graph is kept
 * and whether to skip weight prepacking (use-lite-onnx.ts `UseLiteOnnxOptions`). */
export interface UseLiteWorkerData {
  backend: UseLiteBackend;
  cacheDir?: string;
  quickStart?: boolean;
}

/** A request from the parent thread. */
export interface UseLiteRequest {
  id: number;
  batch: number[][];
}

/** A message from the worker to the parent thread. */
export type UseLiteReply = { type: "ready" } | { type: "error"; message: string } | { id: number; vectors: Float32Array } | { id: number; error: string };

// Anything TF.js prints goes to stderr: the CLI's stdout carries JSON.
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;

const port = parentPort;
if (!port) throw new Error("use-lite-worker.ts must run in a worker thread");
const post = (reply: UseLiteReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

try {
  const { backend, cacheDir, quickStart } = workerData as UseLiteWorkerData;
  // One intra-op thread: parallelism comes from one worker per core.
  // TF.js (the tfjs-* engines) is a development dependency, for the benchmark and the reference tests
  const graph =
    backend === "onnx"
      ? await loadUseLiteOnnx({ threads: 1, cacheDir, quickStart })
      : await (await import("./use-lite-graph.js")).loadUseLiteGraph(backend === "tfjs-wasm" ? "wasm" : "cpu");
  port.on("message", (request: UseLiteRequest) => {
    graph.run(request.batch).then(
      (data) => {
        // Transfer only a buffer the array owns whole; copy a view of a larger one.
        const vectors = data.byteLength === data.buffer.byteLength ? data : data.slice();
        post({ id: request.id, vectors }, [vectors.buffer as ArrayBuffer]);
      },
      (err: Error) => post({ id: request.id, error: err.message }),
    );
  });
  post({ type: "ready" });
} catch (err) {
  post({ type: "error", message: (err as Error).message });
}
