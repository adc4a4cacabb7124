import type { ApiMethod, BridgeReply, EngramApi, EngramBridge, ImportRequest, StreamOptions } from "../../core/api/types.js";
import { EngramApiError } from "./errors.js";

/**
 * The desktop transport: wraps `window.engram` (exposed by electron/preload.ts) as an `EngramApi`.
 * Unwraps `BridgeReply`s into results or `EngramApiError`s, maps an AbortSignal to
 * `bridge.cancel(callId)`, and turns a dropped File into its path (`bridge.pathForFile`), the
 * import's format and `me` kept.
 */
export function createIpcClient(bridge: EngramBridge): EngramApi {
  let seq = 0;
  async function call(method: ApiMethod, req: unknown, so: StreamOptions<unknown> = {}): Promise<unknown> {
    if (method === "importFile") req = toPath(bridge, req as ImportRequest);
    const callId = `c${++seq}`;
    const onAbort = () => bridge.cancel(callId);
    so.signal?.throwIfAborted();
    so.signal?.addEventListener("abort", onAbort, { once: true });
    try {
      const fn = bridge[method] as (r: unknown, o?: unknown) => Promise<BridgeReply<unknown>>;
      const reply = await fn(req ?? {}, { onEvent: so.onEvent, callId });
      if (!reply.ok) throw new EngramApiError(reply.error);
      return reply.value;
    } finally {
      so.signal?.removeEventListener("abort", onAbort);
    }
  }
  return new Proxy({} as EngramApi, {
    get: (_t, method) => (typeof method === "string" ? (req: unknown, so?: StreamOptions<unknown>) => call(method as ApiMethod, req, so) : undefined),
  });
}

function toPath(bridge: EngramBridge, req: ImportRequest): ImportRequest {
  if (!("file" in req)) return req;
  const path = bridge.pathForFile(req.file);
  if (!path) throw new EngramApiError({ code: "bad_request", message: `"${req.name}" is not a file on this computer. Drop a file from a folder instead.` });
  return { path, ...(req.format ? { format: req.format } : {}), ...(req.me ? { me: req.me } : {}) };
}
