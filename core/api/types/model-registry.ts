// The model registry as stored (engram models, engram adapters): installed models, catalog, GGUF inspection, datasets.
import type { EndpointInfo } from "./models.js";

// ───────────────────────────── the model registry (engram models, engram adapters) ─────────────────────────────

/** An installed model as the registry keeps it (table `models`). */
export interface InstalledModel {
  id: string;
  role: "chat" | "embedding";
  /** GGUF file (chat) or model folder (embedding) */
  path: string;
  sizeBytes: number;
  /** hex sha256 of the GGUF file (a folder: over its files' hashes) */
  sha256: string | null;
  origin: "catalog" | "import";
  active: boolean;
  /** architecture, context length, quantisation, … (from the GGUF header or the catalog) */
  metadata: Record<string, unknown>;
  /** epoch ms */
  installedAt: number;
}

/** A model server as the registry keeps it (`EndpointInfo` with when it was added, epoch ms). */
export type EndpointEntry = EndpointInfo & { createdAt: number };

/** A catalog model: its size and RAM, whether its files have a published sha256 and whether it is installed. */
export interface CatalogListing {
  id: string;
  name: string;
  role: "chat" | "embedding";
  sizeBytes: number;
  license: string;
  contextLength: number;
  recommendedRamBytes: number;
  verified: boolean;
  installed: boolean;
}

/** A LoRA adapter as the registry keeps it (table `adapters`). */
export interface AdapterEntry {
  id: number;
  baseModel: string;
  op: string;
  path: string;
  scale: number;
  sha256: string;
  origin: "import" | "catalog";
  rank: number | null;
  alpha: number | null;
  /** epoch ms */
  createdAt: number;
}

/** `modelRegistry` result: installed models, model servers, the catalog and adapters, as stored. */
export interface ModelRegistry {
  installed: InstalledModel[];
  endpoints: EndpointEntry[];
  catalog: CatalogListing[];
  adapters: AdapterEntry[];
}

/** `inspectModelFile`: a GGUF file on this computer (HTTP refuses the `path` field). */
export interface InspectModelFileRequest {
  path: string;
}

/** What a GGUF file holds: a model or a LoRA adapter (models/gguf.ts, models/adapters/inspect.ts). */
export type ModelFileSummary =
  | {
      kind: "model";
      path: string;
      sizeBytes: number;
      ggufVersion: number;
      name: string | null;
      architecture: string;
      /** total weights */
      parameterCount: number;
      quantization: string;
      contextLength: number | null;
      embeddingLength: number | null;
      blockCount: number | null;
      vocabSize: number | null;
      chatTemplate: boolean;
    }
  | {
      kind: "adapter";
      path: string;
      sizeBytes: number;
      ggufVersion: number;
      name: string | null;
      baseArchitecture: string;
      rank: number;
      alpha: number | null;
      tensorPairs: number;
      targets: string[];
      blocks: number[];
    };

/** `exportDataset`: an operation's training examples as chat JSONL written to `path` on this
 * computer (HTTP refuses the field); `onlyCorrected`: only those the user corrected. */
export interface ExportDatasetRequest {
  op: string;
  path: string;
  onlyCorrected?: boolean;
}

/** `exportDataset` result: examples written, how many the user corrected, and where they came from. */
export interface DatasetExport {
  path: string;
  examples: number;
  corrected: number;
  from: "llm_calls" | "memories" | "none";
}
