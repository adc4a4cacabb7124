import { ApiError, toApiError } from "../core/api/errors.js";
import { isApiMethod } from "../core/api/methods.js";
import { parseRequest } from "../core/api/schemas.js";
import type { ApiMethod, BridgeReply } from "../core/api/types.js";
import { isAppUrl } from "./security.js";

/**
 * Checks of the renderer → main IPC (channels in ./channels.ts; main.ts registers the handlers).
 * Main validates everything again: the sender must be an app page, the method a known one and
 * the request valid for its schema.
 */
/** A validated call from the renderer. */
export interface ValidCall {
  method: ApiMethod;
  request: unknown;
  callId: string;
}

/**
 * Checks an `engram:call` before it reaches the engine.
 * @throws ApiError bad_request for a foreign sender, an unknown method, a bad call id or request.
 */
export function validateCall(senderUrl: string, method: unknown, request: unknown, callId: unknown): ValidCall {
  if (!isAppUrl(senderUrl)) throw new ApiError("bad_request", "Only Engram's own pages may call the API.");
  if (typeof method !== "string" || !isApiMethod(method)) throw new ApiError("bad_request", `Unknown API method ${JSON.stringify(method)}.`);
  if (typeof callId !== "string" || !/^[\w-]{1,64}$/.test(callId)) throw new ApiError("bad_request", "Bad call id.");
  return { method, request: parseRequest(method, request), callId };
}

/** Wraps a result or an error as a `BridgeReply` (errors travel as values over IPC). */
export async function toReply<T>(work: () => Promise<T>): Promise<BridgeReply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    return { ok: false, error: toApiError(err).toJSON() };
  }
}
