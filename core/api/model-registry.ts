import { isAdapter, summarizeAdapter } from "../../models/adapters/inspect.js";
import { exportDataset as writeDataset } from "../../models/adapters/dataset.js";
import { listAdapters } from "../../models/adapters/registry.js";
import { entrySize, isVerified, loadCatalog } from "../../models/catalog.js";
import { readGguf, summarizeModel } from "../../models/gguf.js";
import { listEndpoints } from "../../models/llm/openai/endpoints.js";
import { listModels } from "../../models/registry.js";
import { rebuildExtractExamples } from "../memory/llm-dataset.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type { DatasetExport, ExportDatasetRequest, InspectModelFileRequest, ModelFileSummary, ModelRegistry } from "./types.js";

/**
 * The model registry as stored, for `engram models` and `engram adapters` (the app's Models screen
 * uses `listModels`, which merges the catalog with what is installed): installed models, model
 * servers, the catalog, adapters; what a GGUF file holds; the training-data export.
 */

/** Turns a registry or file error (missing, truncated or non-GGUF file, unknown op) into `bad_request` with its message. */
function userError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError("bad_request", (err as Error).message, { cause: err });
  }
}

/** `modelRegistry`: installed models, endpoints (no key, only its variable's name), catalog entries and adapters. */
export function modelRegistry(ctx: ApiContext): ModelRegistry {
  const { db } = ctx;
  const installed = listModels(db);
  return {
    installed,
    endpoints: listEndpoints(db),
    catalog: loadCatalog().map((e) => ({
      id: e.id,
      name: e.name,
      role: e.role,
      sizeBytes: entrySize(e),
      license: e.license,
      contextLength: e.contextLength,
      recommendedRamBytes: e.recommendedRamBytes,
      verified: isVerified(e),
      installed: installed.some((m) => m.id === e.id),
    })),
    adapters: listAdapters(db),
  };
}

/** `inspectModelFile`: reads a GGUF header: a model's architecture, size, quantisation, context
 * length and chat template, or a LoRA adapter's base architecture, rank and targets.
 * @throws ApiError bad_request naming the file when it is missing, truncated or not GGUF. */
export function inspectModelFile(req: InspectModelFileRequest): ModelFileSummary {
  return userError(() => {
    const gguf = readGguf(req.path);
    return isAdapter(gguf) ? summarizeAdapter(gguf) : summarizeModel(gguf);
  });
}

/** `exportDataset`: writes the logged calls of `op` (or, for `extract` with none logged, examples
 * rebuilt from the stored memories with the runtime's prompt) as chat JSONL (models/adapters/dataset.ts). */
export function exportDataset(ctx: ApiContext, req: ExportDatasetRequest): DatasetExport {
  return userError(() => writeDataset(ctx.db, req.op, req.path, { onlyCorrected: req.onlyCorrected, rebuild: (only) => rebuildExtractExamples(ctx.db, only) }));
}
