/**
 * Lanes for USE lite: one worker thread each (use-lite-worker.ts), each with its own copy of
 * the model on one core. Both engines block the thread they run on and TF.js keeps global
 * state, so worker threads are how batches run in parallel while the caller's event loop
 * (Electron main process, HTTP server) stays responsive.
 */
import type { Worker } from "node:worker_threads";
import { startSiblingWorker, whenReady } from "../core/util/worker-thread.js";
import { disableOrtTelemetry } from "./ort-telemetry.js";
import type { UseLiteReply, UseLiteRequest, UseLiteWorkerData } from "./use-lite-worker.js";

/** One lane: runs one batch at a time; `close` stops it. */
export interface UseLiteLane {
  run(batch: number[][]): Promise<Float32Array>;
  close(): Promise<void>;
}

/** Wraps a ready worker as a lane; the worker is unref'd while idle so it never keeps the process alive. */
function laneOf(worker: Worker): UseLiteLane {
  let pending: { id: number; resolve: (v: Float32Array) => void; reject: (e: Error) => void } | undefined;
  let nextId = 0;
  const fail = (err: Error) => {
    pending?.reject(err);
    pending = undefined;
  };
  worker.on("message", (reply: UseLiteReply) => {
    if (!("id" in reply) || reply.id !== pending?.id) return;
    const { resolve, reject } = pending;
    pending = undefined;
    worker.unref();
    if ("error" in reply) reject(new Error(`USE lite inference failed: ${reply.error}`));
    else resolve(reply.vectors);
  });
  worker.on("error", fail);
  // Unref after adding listeners: adding a "message" listener refs the worker again.
  worker.unref();
  return {
    run(batch) {
      if (pending) return Promise.reject(new Error("USE lite lane is busy"));
      return new Promise((resolve, reject) => {
        pending = { id: nextId++, resolve, reject };
        worker.ref();
        worker.postMessage({ id: pending.id, batch } satisfies UseLiteRequest);
      });
    },
    async close() {
      fail(new Error("USE lite embedder was disposed"));
      await worker.terminate();
    },
  };
}

/**
 * Starts `count` workers and waits until all have loaded the model; throws the first load error.
 * `data` names the engine and, for onnx, where the optimised graph is kept and whether to skip
 * weight prepacking (use-lite-worker.ts). onnxruntime's telemetry is off (ort-telemetry.ts).
 */
export async function startLanes(count: number, data: UseLiteWorkerData): Promise<UseLiteLane[]> {
  disableOrtTelemetry();
  const workers = Array.from({ length: count }, () => startSiblingWorker(import.meta.url, "use-lite-worker", data));
  try {
    await Promise.all(workers.map((w) => whenReady(w, "USE lite worker")));
  } catch (err) {
    await Promise.all(workers.map((w) => w.terminate()));
    throw err;
  }
  return workers.map(laneOf);
}
