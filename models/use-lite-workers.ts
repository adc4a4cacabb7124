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

/** One lane: embeds the texts of each `run`, one run after the other, in the order they came. */
export interface UseLiteLane {
  /** Unit vectors of `texts`, row-major (texts.length x 512). */
  run(texts: string[]): Promise<Float32Array>;
  close(): Promise<void>;
}

/**
 * Wraps a ready worker as a lane. Runs may be sent before the last one is answered (the worker
 * queues them): the lane then never waits for this thread to send its next texts. The worker is
 * unref'd while it has nothing to do, so it never keeps the process alive.
 */
function laneOf(worker: Worker): UseLiteLane {
  const pending = new Map<number, { resolve: (v: Float32Array) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  const fail = (err: Error) => {
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on("message", (reply: UseLiteReply) => {
    if (!("id" in reply)) return;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    if ("error" in reply) p.reject(new Error(`USE lite inference failed: ${reply.error}`));
    else p.resolve(reply.vectors);
  });
  worker.on("error", fail);
  // Unref after adding listeners: adding a "message" listener refs the worker again.
  worker.unref();
  return {
    run(texts) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, texts } satisfies UseLiteRequest);
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
 * `data` names the engine, how texts are grouped into model calls and, for onnx, where the optimised graph is kept and whether to skip
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
