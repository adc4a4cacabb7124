import { createEmbedder, DEFAULT_EMBEDDER, settleEmbedders } from "../../models/embedders.js";

/**
 * Starts loading the bundled embedder for one query (models/embedders.ts `query` use: one worker
 * thread, ~0.3 s of CPU on that thread from the kept graph) before the caller has loaded the API or opened the
 * database, so that a one-shot command (`engram search`, `engram ask`) overlaps the model's start
 * with its own. The host's `query` embedder then finds it loading: createEmbedder shares one
 * instance per spec and use. When the database names another active embedding model, this one is
 * never used (its idle worker does not keep the process alive). A failed load is forgotten, and the
 * host's own load reports the error.
 */
export function prewarmQueryEmbedder(): void {
  createEmbedder(DEFAULT_EMBEDDER, "query").catch(() => undefined);
}

/**
 * Before a one-shot command's process exits: waits until no embedder is loading or embedding and
 * stops their worker threads (models/embedders.ts `settleEmbedders`), so that a command failing
 * while the prewarmed model is still loading exits with its own error and code instead of an abort
 * from onnxruntime's native code ("terminate called after throwing an instance of 'Napi::Error'").
 */
export function settleBeforeExit(): Promise<void> {
  return settleEmbedders();
}
