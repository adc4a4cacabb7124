/**
 * The renderer ↔ main IPC channels (dependency-free, so the sandboxed preload bundle stays tiny):
 * - `engram:call` (invoke): `(method, request, callId)` → `BridgeReply`;
 * - `engram:event` (main → renderer): `(callId, event)` for streaming calls;
 * - `engram:cancel` (send): `(callId)` aborts a streaming call;
 * - `engram:navigate` (main → renderer): `(route)` from the menu or tray;
 * - `engram:pick` (invoke): `(PickPathRequest)` → the path chosen in the system's open dialog, or null.
 */
export const CHANNELS = {
  call: "engram:call",
  event: "engram:event",
  cancel: "engram:cancel",
  navigate: "engram:navigate",
  pick: "engram:pick",
} as const;
