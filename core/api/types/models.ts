// Models: catalog and installed models, LoRA adapters, model servers, downloads and imports.
import type { EngineKind } from "./vocabulary.js";

// ───────────────────────────── models ─────────────────────────────

/** A catalog model or an installed one. */
export interface ModelInfo {
  id: string;
  name: string;
  role: "chat" | "embedding";
  /** bytes to download (catalog) or on disk (installed) */
  sizeBytes: number;
  parameters: string | null;
  quantization: string | null;
  license: string | null;
  contextLength: number | null;
  recommendedRamBytes: number | null;
  inCatalog: boolean;
  installed: boolean;
  active: boolean;
  /** catalog | import, null when not installed */
  origin: "catalog" | "import" | null;
}

/** An installed LoRA adapter for one memory operation of a base model. */
export interface AdapterInfo {
  id: number;
  baseModel: string;
  /** extract | update | answer | … */
  op: string;
  path: string;
  scale: number;
  rank: number | null;
  alpha: number | null;
  createdAt: number;
}

/** An OpenAI-compatible model server used as the chat model (Ollama, LM Studio, llama.cpp's
 * server, vLLM, LocalAI). No key is stored: only the name of the environment variable holding it. */
export interface EndpointInfo {
  name: string;
  /** base URL of its API, e.g. `http://127.0.0.1:11434/v1` */
  url: string;
  /** the model name the server knows */
  model: string;
  apiKeyEnv: string | null;
  /** the server is not on this computer: memories and questions are sent there */
  allowRemote: boolean;
  /** tokens; null = unknown (4096 assumed) */
  contextLength: number | null;
  /** the active chat model (wins over an active GGUF model) */
  active: boolean;
}

/** `addEndpoint`: register a model server (it becomes active when no chat model is). A URL that
 * is not loopback is refused unless `allowRemote`. `contextLength` omitted: asked from the server. */
export interface AddEndpointRequest {
  name: string;
  url: string;
  model: string;
  apiKeyEnv?: string;
  allowRemote?: boolean;
  contextLength?: number;
}

/** `removeEndpoint` request. */
export interface EndpointNameRequest {
  name: string;
}

/** `listModels` result. `embedder`: the active embedder's id and dimension (always present: the
 * bundled one when nothing else is installed). `engine` is `llm` when a chat model or endpoint is active. */
export interface ModelsState {
  models: ModelInfo[];
  /** model servers; LoRA adapters do not apply to them */
  endpoints: EndpointInfo[];
  adapters: AdapterInfo[];
  embedder: { id: string; dimension: number };
  engine: EngineKind;
  /** this computer's memory and the catalog models recommended for it (core/api/recommend.ts) */
  machine?: { memoryBytes: number; recommended: { chat: string | null; embedding: string | null } };
}

/** `downloadModel`: a catalog model. `allowUnverified`: accept a file without a published sha256. */
export interface DownloadModelRequest {
  id: string;
  allowUnverified?: boolean;
}

/** Progress of a model download. */
export interface DownloadEvent {
  type: "progress";
  file: string;
  receivedBytes: number;
  /** null when the server sent no length */
  totalBytes: number | null;
  phase: "download" | "verify";
  /** which of the model's files this is (from 0), of `fileCount` */
  fileIndex?: number;
  fileCount?: number;
  /** download rate, bytes/s */
  bytesPerSecond?: number;
  /** seconds left at this rate, null when unknown */
  etaSeconds?: number | null;
}

/** `downloadModel` result: the model, and each file written with its sha256 and whether it matched
 * the catalog's published hash (false: none was published and `allowUnverified` accepted it). */
export type DownloadedModel = ModelInfo & { files: Array<{ path: string; sha256: string; verified: boolean }> };

/** Progress of `importModel`: bytes of the file hashed so far. */
export interface ImportModelEvent {
  type: "progress";
  phase: "hash";
  receivedBytes: number;
  totalBytes: number;
}

/** `importModel`: a local GGUF (chat) or an ONNX model folder (embedding), named by its `path` (the
 * desktop app's file dialog, the CLI) or by the `choice` of a `findModelFiles` listing (browser
 * mode, where no request may name a path). */
export type ImportModelRequest = ({ path: string } | { choice: string }) & {
  /** the role the file must have (the app's pickers); absent: whatever the file is (`engram models import`) */
  role?: "chat" | "embedding";
  id?: string;
  /** register the file where it is instead of copying it into the models folder */
  inPlace?: boolean;
};

/** `findModelFiles`: model files on this computer the user can import, for `role`. */
export interface FindModelFilesRequest {
  role: "chat" | "embedding";
}

/** A model file (GGUF) or folder (ONNX) found on this computer. `choice` names it to `importModel`. */
export interface ModelFileChoice {
  choice: string;
  /** file or folder name */
  name: string;
  /** the folder it is in, for display (`~` for the home folder) */
  folder: string;
  /** bytes (a folder: its files together) */
  sizeBytes: number;
  modifiedAt: number;
}

/** `findModelFiles` result: what was found (newest first), and the folders that were looked in. */
export interface ModelFileList {
  files: ModelFileChoice[];
  /** the folders searched, for display (`~/Downloads`, the models folder, …) */
  searched: string[];
}

/** `useModel`: make an installed model the active one for its role; `id` may name an endpoint
 * (then it becomes the chat model). */
export interface UseModelRequest {
  id: string;
}

/** `importAdapter`: a LoRA GGUF for `baseModel` and memory operation `op`. `scale` default 1. */
export interface ImportAdapterRequest {
  path: string;
  baseModel: string;
  op: string;
  scale?: number;
}

/** `removeModel`: forgets a model (and its adapters); `deleteFiles` (default true) also deletes
 * the files Engram copied into the models folder. */
export interface RemoveModelRequest {
  id: string;
  deleteFiles?: boolean;
}
/** `removeAdapter` request: the adapter's id, or the operation `op` of base model `baseModel`. */
export type AdapterIdRequest = { id: number } | { baseModel: string; op: string };
