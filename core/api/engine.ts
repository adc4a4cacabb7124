import { createMemoryEngine } from "../memory/index.js";
import type { ApiContext } from "./context.js";
import type { ConsolidateRequest, ConsolidateResult, ProcessEvent, ProcessResult, ProcessSourcesRequest, StreamOptions } from "./types.js";

/**
 * `processSources`: the memory engine (core/memory) over every source not yet processed, in
 * batches committed one by one (a stop keeps what was committed); `progress` events in sources.
 * @throws ApiError conflict when cancelled (AbortError), bad_request when `llm` has no chat model
 */
export async function processSources(ctx: ApiContext, req: ProcessSourcesRequest, so: StreamOptions<ProcessEvent> = {}): Promise<ProcessResult> {
  const engine = createMemoryEngine(ctx.db, await ctx.embedder(), { engine: req.engine ?? "heuristic" });
  return engine.process({ signal: so.signal, onProgress: (done, total) => so.onEvent?.({ type: "progress", done, total }) });
}

/** `consolidate`: merges near-duplicates, summarises old episodes, decays unrecalled memories (core/memory/consolidate.ts). */
export async function consolidate(ctx: ApiContext, req: ConsolidateRequest): Promise<ConsolidateResult> {
  return createMemoryEngine(ctx.db, await ctx.embedder()).consolidate({ dryRun: !!req.dryRun, now: req.now });
}
