import type { ApiMethod } from "../core/api/types.js";

/**
 * The API methods the app window may call: exactly those the UI (renderer/) calls, so the preload
 * (preload.ts) exposes only these on `window.engram` and main (ipc.ts validateCall) refuses any
 * other from the window. The rest are for the other processes: `captureFrame` and
 * `captureConfig` serve the capture scheduler in main (its exclusion and "unknown window" rules
 * come before a frame is sent), the others the CLI, HTTP and MCP transports.
 * test/unit/electron-preload.test.ts keeps this list equal to the renderer's calls.
 * Dependency-free (a type import only), so the sandboxed preload bundle stays tiny.
 */
export const RENDERER_METHODS = [
  "addEndpoint",
  "addVaultItem",
  "captureStatus",
  "chat",
  "createMemory",
  "deleteEverything",
  "deleteMemory",
  "downloadModel",
  "editNote",
  "exportData",
  "findModelFiles",
  "getChat",
  "getEntity",
  "getMemory",
  "getSettings",
  "getSource",
  "graph",
  "importAdapter",
  "importFile",
  "importModel",
  "info",
  "lastConsolidation",
  "listChats",
  "listEntities",
  "listMemories",
  "listModels",
  "mergeEntities",
  "pauseCapture",
  "pinMemory",
  "remember",
  "removeAdapter",
  "removeEndpoint",
  "removeModel",
  "resumeCapture",
  "revealVaultItem",
  "search",
  "setCaptureSettings",
  "setSettings",
  "splitEntity",
  "stats",
  "timeline",
  "undoDelete",
  "undoMerge",
  "updateMemory",
  "useModel",
  "vaultStatus",
] as const satisfies readonly ApiMethod[];

/** A method the app window may call. */
export type RendererMethod = (typeof RENDERER_METHODS)[number];

const OPEN = new Set<string>(RENDERER_METHODS);

/** True when the app window may call API method `m` (see {@link RENDERER_METHODS}). */
export function isRendererMethod(m: ApiMethod): m is RendererMethod {
  return OPEN.has(m);
}
