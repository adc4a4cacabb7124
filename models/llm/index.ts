/**
 * Entry point of the on-device LLM for the rest of Engram (memory engine, assistant).
 * See README.md in this folder for the interface and its guarantees.
 */
import type { EngramDb } from "../../core/db/connection.js";
import { adapterFor } from "../adapters/registry.js";
import { activeModel } from "../registry.js";
import { activeEndpoint, checkEndpointUrl } from "./openai/endpoints.js";
import { OpenAiLlm } from "./openai/runtime.js";
import { createLlmRuntime, type LocalLlm } from "./runtime.js";
import type { LlmRuntime } from "./types.js";
import { envNumber } from "../../core/config/env.js";

export type { BudgetItem, ChatMessage, FitResult, GenerateOptions, LlmRuntime } from "./types.js";
export { LlmOutputError } from "./json.js";
export { createLlmRuntime, LocalLlm, type LocalLlmOptions, type LlmStats } from "./runtime.js";
export { recordLlmCall } from "../adapters/dataset.js";
export { EndpointError } from "./openai/http.js";
export { OpenAiLlm } from "./openai/runtime.js";

let shared: { key: string; runtime: LocalLlm | OpenAiLlm } | null = null;

/**
 * The process-wide LLM for the active chat model (`engram models use ID`), or null
 * when no chat model is installed/active. An active OpenAI-compatible endpoint
 * (`engram models add-endpoint`, models/llm/openai/) wins over a GGUF model; its URL is
 * checked again here (loopback unless the user allowed a remote one). Every caller shares one runtime, so the
 * model is loaded once. Each operation's adapter is looked up in `db` (table
 * `adapters`) at every generation, so `engram adapters add/remove` applies at once.
 * When the active model changed since the last call, the old runtime is unloaded.
 *
 * Threads: `ENGRAM_LLM_THREADS` (default: cores − 1, at least 1); context size:
 * `ENGRAM_LLM_CONTEXT` tokens (default 4096, capped at the model's trained length).
 * @throws GgufError when the active model's file is missing or corrupt; Error when the active
 *   endpoint's URL is not loopback and the user did not allow a remote one.
 */
export function getLlm(db: EngramDb): LlmRuntime | null {
  const endpoint = activeEndpoint(db);
  if (endpoint) {
    checkEndpointUrl(endpoint.url, endpoint.allowRemote);
    const key = `endpoint\u0000${JSON.stringify(endpoint)}`;
    if (shared?.key !== key) {
      void shared?.runtime.dispose();
      shared = { key, runtime: new OpenAiLlm({ endpoint }) };
    }
    return shared.runtime;
  }
  const model = activeModel(db, "chat");
  if (!model) {
    void shared?.runtime.dispose();
    shared = null;
    return null;
  }
  const key = `${model.id}\u0000${model.path}`;
  if (shared?.key !== key) {
    void shared?.runtime.dispose();
    const threads = envNumber("ENGRAM_LLM_THREADS");
    const contextSize = envNumber("ENGRAM_LLM_CONTEXT");
    shared = { key, runtime: createLlmRuntime({ modelId: model.id, modelPath: model.path, threads, contextSize }) };
  }
  const runtime = shared.runtime as LocalLlm;
  runtime.setAdapterResolver((op) => {
    if (!db.open) throw new Error("the database passed to getLlm() was closed; call getLlm(db) again with an open one");
    const a = adapterFor(db, model.id, op);
    return a ? { filePath: a.path, scale: a.scale } : null;
  });
  return runtime;
}

/** Unloads the shared runtime (app shutdown, tests). */
export async function closeLlm(): Promise<void> {
  const s = shared;
  shared = null;
  await s?.runtime.dispose();
}
