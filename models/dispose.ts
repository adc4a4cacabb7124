import { disposeEmbedders } from "./embedders.js";

/**
 * Frees every model this process loaded, at shutdown of a long-running host (`engram serve`, the
 * desktop app's engine process): the embedders (worker threads, ONNX sessions) and the local chat
 * model with its LoRA adapter contexts (models/llm, node-llama-cpp).
 */
export async function disposeModels(): Promise<void> {
  await Promise.all([disposeEmbedders(), import("./llm/index.js").then((m) => m.closeLlm())]);
}
