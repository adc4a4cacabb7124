import type { ApiMethod, EngramApi, ImportRequest, StreamOptions } from "../../core/api/types.js";
import { EngramApiError, errorFromWire } from "./errors.js";
import { readSse } from "./sse.js";

/**
 * The browser-mode transport (`engram serve`): every method is `POST <baseUrl>/api/<method>` with
 * a JSON body and `Authorization: Bearer <token>`. A JSON answer is the result (or `{ error }` with
 * a 4xx/5xx status); a `text/event-stream` answer carries `event: event` frames (passed to
 * `onEvent`), then one `event: result` or `event: error` frame. `importFile` with browser bytes
 * uploads the file as the raw body (`?name=&format=&me=` in the URL). A call with an AbortSignal is
 * named (`X-Engram-Call`) so that aborting a stream cancels it on the server and waits for its end.
 */
export interface HttpClientOptions {
  /** origin of the server, e.g. `http://127.0.0.1:5173`; "" = same origin */
  baseUrl: string;
  token: string;
  /** fetch to use (tests); default globalThis.fetch */
  fetch?: typeof fetch;
  /** called when the server refuses the token (HTTP 401: it restarted with a new one) */
  onUnauthorized?: () => void;
}

/** How long a cancelled stream may take to end before the client stops reading it, ms. */
const CANCEL_WAIT_MS = 30_000;

/** Creates an `EngramApi` over HTTP. */
export function createHttpClient(opts: HttpClientOptions): EngramApi {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const auth = { Authorization: `Bearer ${opts.token}` };

  async function call(method: ApiMethod, req: unknown, so: StreamOptions<unknown> = {}): Promise<unknown> {
    const { signal } = so;
    signal?.throwIfAborted();
    // Aborting `signal` drops the request until the server's stream has begun; after that it asks the
    // server to cancel the call (POST /api/cancel) and reads on, so the call settles only once the
    // server has stopped it (what an import committed is then all counted), as over IPC.
    const callId = signal ? newCallId() : null;
    const drop = new AbortController();
    let streaming = false;
    let giveUp: ReturnType<typeof setTimeout> | undefined;
    const onAbort = (): void => {
      if (!streaming || !callId) {
        drop.abort(signal?.reason);
        return;
      }
      cancel(callId).catch(() => drop.abort(signal?.reason));
      giveUp = setTimeout(() => drop.abort(signal?.reason), CANCEL_WAIT_MS);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      let res: Response;
      try {
        res = await doFetch(...request(opts.baseUrl, method, req, auth, drop.signal, callId));
      } catch (err) {
        if (signal?.aborted) throw err;
        throw new EngramApiError({ code: "unavailable", message: "Cannot reach the Engram server. Is `engram serve` still running?" });
      }
      if (res.status === 401) opts.onUnauthorized?.();
      const type = res.headers.get("content-type") ?? "";
      if (type.startsWith("text/event-stream") && res.body) {
        streaming = true;
        return await readStream(res.body, so);
      }
      const body = type.includes("json") ? await res.json().catch(() => null) : null;
      if (!res.ok) throw errorFromWire((body as { error?: unknown } | null)?.error, `The server answered ${res.status} ${res.statusText}.`);
      return body;
    } finally {
      signal?.removeEventListener("abort", onAbort);
      clearTimeout(giveUp);
    }
  }

  /** Asks the server to stop streaming call `callId`; rejects when it cannot be told. */
  async function cancel(callId: string): Promise<void> {
    const res = await doFetch(`${opts.baseUrl}/api/cancel`, {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ callId }),
    });
    if (!res.ok) throw new Error(`cancel: HTTP ${res.status}`);
  }

  return new Proxy({} as EngramApi, {
    get: (_t, method) => (typeof method === "string" ? (req: unknown, so?: StreamOptions<unknown>) => call(method as ApiMethod, req, so) : undefined),
  });
}

/** A fresh id for a call that can be cancelled (the server's `X-Engram-Call` header: letters, digits, `-`). */
function newCallId(): string {
  return globalThis.crypto.randomUUID();
}

function request(
  base: string,
  method: ApiMethod,
  req: unknown,
  auth: Record<string, string>,
  signal: AbortSignal,
  callId: string | null,
): [string, RequestInit] {
  const url = `${base}/api/${method}`;
  const named = callId ? { ...auth, "X-Engram-Call": callId } : auth;
  const upload = method === "importFile" ? (req as ImportRequest) : null;
  if (upload && "file" in upload) {
    const q = new URLSearchParams({ name: upload.name, ...(upload.format ? { format: upload.format } : {}), ...(upload.me ? { me: upload.me } : {}) });
    return [`${url}?${q}`, { method: "POST", headers: { ...named, "Content-Type": "application/octet-stream" }, body: upload.file, signal }];
  }
  return [url, { method: "POST", headers: { ...named, "Content-Type": "application/json" }, body: JSON.stringify(req ?? {}), signal }];
}

async function readStream(body: ReadableStream<Uint8Array>, so: StreamOptions<unknown>): Promise<unknown> {
  for await (const frame of readSse(body)) {
    const data = JSON.parse(frame.data) as unknown;
    if (frame.event === "event") so.onEvent?.(data);
    else if (frame.event === "result") return data;
    else if (frame.event === "error") throw errorFromWire(data, "The server reported an error.");
  }
  throw new EngramApiError({ code: "internal", message: "The server closed the stream before the result. Try again." });
}
