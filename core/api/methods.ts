import type { ApiMethod, StreamingMethod } from "./types.js";

/**
 * The API's method names at runtime (for the preload, the IPC router and the HTTP router), kept
 * exhaustive by the type checker: adding a method to `EngramApi` without listing it here fails
 * to compile. No dependencies, so the sandboxed preload bundle stays tiny.
 */
const METHOD_FLAGS: { [M in ApiMethod]: M extends StreamingMethod ? "stream" : "call" } = {
  search: "call",
  listMemories: "call",
  getMemory: "call",
  updateMemory: "call",
  pinMemory: "call",
  deleteMemory: "call",
  forgetMemories: "call",
  undoDelete: "call",
  memoryHistory: "call",
  memoryProvenance: "call",
  getSource: "call",
  graph: "call",
  timeline: "call",
  ask: "stream",
  chat: "stream",
  listChats: "call",
  getChat: "call",
  importFile: "stream",
  exportData: "stream",
  deleteEverything: "call",
  captureStatus: "call",
  setCaptureSettings: "call",
  pauseCapture: "call",
  resumeCapture: "call",
  captureFile: "call",
  captureFrame: "call",
  captureConfig: "call",
  captureStorage: "call",
  pruneCapture: "call",
  pinFrames: "call",
  listRedactions: "call",
  listModels: "call",
  downloadModel: "stream",
  importModel: "stream",
  useModel: "call",
  removeModel: "call",
  importAdapter: "call",
  removeAdapter: "call",
  getSettings: "call",
  setSettings: "call",
  stats: "call",
  info: "call",
  remember: "call",
  getEntity: "call",
  listEntities: "call",
  mergeEntities: "call",
  splitEntity: "call",
  addEndpoint: "call",
  removeEndpoint: "call",
  modelRegistry: "call",
  inspectModelFile: "call",
  exportDataset: "call",
  processSources: "stream",
  consolidate: "call",
  lastConsolidation: "call",
  undoMerge: "call",
  createMemory: "call",
  editNote: "call",
  vaultStatus: "call",
  addVaultItem: "call",
  revealVaultItem: "call",
  findModelFiles: "call",
};

/** Every API method name. */
export const API_METHODS = Object.keys(METHOD_FLAGS) as ApiMethod[];

/** True when `name` is an API method (guards IPC channels and HTTP paths). */
export function isApiMethod(name: string): name is ApiMethod {
  return Object.hasOwn(METHOD_FLAGS, name);
}

/** True when method `m` streams events. */
export function isStreamingMethod(m: ApiMethod): m is StreamingMethod {
  return METHOD_FLAGS[m] === "stream";
}
