/**
 * The memory engine's entry point (see README.md in this folder).
 */
import type { Embedder } from "../../models/embedder.js";
import { getLlm } from "../../models/llm/index.js";
import type { EngramDb } from "../db/connection.js";
import { engineWith } from "./engine.js";
import { heuristicExtractor } from "./heuristic.js";
import { llmExtractor } from "./llm-engine.js";
import type { EngineName, MemoryEngine } from "./types.js";

export type * from "./types.js";

/**
 * Creates the memory engine over `db`.
 * - `heuristic` (default): no model; works on a fresh install.
 * - `llm`: the active local chat model (`engram models use`), through `completeJson` with the
 *   `extract` and `update` adapters.
 * @throws Error when `llm` is asked for and no chat model is installed and active.
 */
export function createMemoryEngine(db: EngramDb, embedder: Embedder, opts: { engine?: EngineName } = {}): MemoryEngine {
  if (opts.engine === "llm") {
    const llm = getLlm(db);
    if (!llm)
      throw new Error("the llm memory engine needs a chat model: import one with `engram models import FILE` and select it with `engram models use ID`");
    return engineWith(db, embedder, llmExtractor(db, llm));
  }
  return engineWith(db, embedder, heuristicExtractor());
}
