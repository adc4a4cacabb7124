import { contextBridge, ipcRenderer, webUtils } from "electron";
import { isStreamingMethod } from "../core/api/methods.js";
import type { EngramBridge } from "../core/api/types.js";
import { CHANNELS } from "./channels.js";
import { RENDERER_METHODS } from "./renderer-methods.js";

/**
 * The preload of the app window (sandboxed, context-isolated; bundled to CommonJS by
 * bin/build-electron.mjs). Exposes `window.engram`: the API methods the UI calls
 * (renderer-methods.ts; not `captureFrame`, which only the capture scheduler in main sends), each
 * forwarding to the main process over `engram:call`, streaming methods with an `onEvent` callback, plus
 * `cancel`, `pathForFile` and `pickPath` (the system's open dialog, shown by main). Menu/tray navigation sets `location.hash` to the route.
 */
const listeners = new Map<string, (event: unknown) => void>();
let seq = 0;

ipcRenderer.on(CHANNELS.event, (_e, callId: string, event: unknown) => listeners.get(callId)?.(event));
ipcRenderer.on(CHANNELS.navigate, (_e, route: string) => {
  const page = globalThis as unknown as { location: { hash: string } };
  if (typeof route === "string" && route.startsWith("/")) page.location.hash = `#${route}`;
});

const bridge: Record<string, unknown> = {
  cancel: (callId: string) => ipcRenderer.send(CHANNELS.cancel, callId),
  pathForFile: (file: File) => webUtils.getPathForFile(file),
  pickPath: (req: unknown) => ipcRenderer.invoke(CHANNELS.pick, req),
};
for (const method of RENDERER_METHODS) {
  bridge[method] = async (request: unknown, opts?: { onEvent?: (e: unknown) => void; callId?: string }) => {
    const callId = opts?.callId ?? `p${++seq}`;
    if (isStreamingMethod(method) && opts?.onEvent) listeners.set(callId, opts.onEvent);
    try {
      return await ipcRenderer.invoke(CHANNELS.call, method, request, callId);
    } finally {
      listeners.delete(callId);
    }
  };
}

// the UI's part of EngramBridge (renderer/api/ipc-client.ts calls only the methods the UI calls)
contextBridge.exposeInMainWorld("engram", bridge as Partial<EngramBridge>);
