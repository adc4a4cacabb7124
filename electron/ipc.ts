import { ApiError, toApiError } from "../core/api/errors.js";
import { isApiMethod } from "../core/api/methods.js";
import { parseRequest } from "../core/api/schemas.js";
import type { ApiMethod, BridgeReply, PickPathRequest } from "../core/api/types.js";
import { isRendererMethod } from "./renderer-methods.js";
import { isAppUrl } from "./security.js";

/**
 * Checks of the renderer → main IPC (channels in ./channels.ts; main.ts registers the handlers).
 * Main validates everything again: the sender must be an app page, the method one the UI calls
 * (renderer-methods.ts) and the request valid for its schema.
 */
/** A validated call from the renderer. */
export interface ValidCall {
  method: ApiMethod;
  request: unknown;
  callId: string;
}

/**
 * Checks an `engram:call` before it reaches the engine.
 * @throws ApiError bad_request for a foreign sender, an unknown method or one not open to the
 *   window (e.g. `captureFrame`, the capture scheduler's), a bad call id or request.
 */
export function validateCall(senderUrl: string, method: unknown, request: unknown, callId: unknown): ValidCall {
  if (!isAppUrl(senderUrl)) throw new ApiError("bad_request", "Only Engram's own pages may call the API.");
  if (typeof method !== "string" || !isApiMethod(method)) throw new ApiError("bad_request", `Unknown API method ${JSON.stringify(method)}.`);
  if (!isRendererMethod(method)) throw new ApiError("bad_request", `API method ${method} is not open to the app window.`);
  if (typeof callId !== "string" || !/^[\w-]{1,64}$/.test(callId)) throw new ApiError("bad_request", "Bad call id.");
  return { method, request: parseRequest(method, request), callId };
}

/**
 * Checks an `engram:pick` (the open dialog): an app page, a title, `file` or `folder`, and at most
 * 10 extensions of letters and digits. What it returns is all main passes to `dialog.showOpenDialog`.
 * @throws ApiError bad_request naming what is wrong.
 */
export function validatePick(senderUrl: string, req: unknown): PickPathRequest {
  if (!isAppUrl(senderUrl)) throw new ApiError("bad_request", "Only Engram's own pages may open the file dialog.");
  const r = (req ?? {}) as Partial<Record<keyof PickPathRequest, unknown>>;
  if (typeof r.title !== "string" || r.title.length === 0 || r.title.length > 200)
    throw new ApiError("bad_request", "pickPath: title: 1 to 200 characters", { field: "title" });
  if (r.kind !== "file" && r.kind !== "folder") throw new ApiError("bad_request", 'pickPath: kind: "file" or "folder"', { field: "kind" });
  const ext = r.extensions ?? [];
  if (!Array.isArray(ext) || ext.length > 10 || !ext.every((e) => typeof e === "string" && /^[a-z0-9]{1,10}$/i.test(e))) {
    throw new ApiError("bad_request", "pickPath: extensions: at most 10 names of letters and digits, without the dot", { field: "extensions" });
  }
  return { title: r.title, kind: r.kind, extensions: ext as string[] };
}

/** Wraps a result or an error as a `BridgeReply` (errors travel as values over IPC). */
export async function toReply<T>(work: () => Promise<T>): Promise<BridgeReply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    return { ok: false, error: toApiError(err).toJSON() };
  }
}
