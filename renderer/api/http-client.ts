import type { ApiMethod, EngramApi, ImportRequest, StreamOptions } from "../../core/api/types.js";
import { EngramApiError, errorFromWire } from "./errors.js";
import { readSse } from "./sse.js";

/**
 * The browser-mode transport (`engram serve`): every method is `POST <baseUrl>/api/<method>` with
 * a JSON body and `Authorization: Bearer <token>`. A JSON answer is the result (or `{ error }` with
 * a 4xx/5xx status); a `text/event-stream` answer carries `event: event` frames (passed to
 * `onEvent`), then one `event: result` or `event: error` frame. `importFile` with browser bytes
 * uploads the file as the raw body (`?name=&format=` in the URL).
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

/** Creates an `EngramApi` over HTTP. */
export function createHttpClient(opts: HttpClientOptions): EngramApi {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const auth = { Authorization: `Bearer ${opts.token}` };

  async function call(method: ApiMethod, req: unknown, so: StreamOptions<unknown> = {}): Promise<unknown> {
    let res: Response;
    try {
      res = await doFetch(...request(opts.baseUrl, method, req, auth, so.signal));
    } catch (err) {
      if (so.signal?.aborted) throw err;
      throw new EngramApiError({ code: "unavailable", message: "Cannot reach the Engram server. Is `engram serve` still running?" });
    }
    if (res.status === 401) opts.onUnauthorized?.();
    const type = res.headers.get("content-type") ?? "";
    if (type.startsWith("text/event-stream") && res.body) return readStream(res.body, so);
    const body = type.includes("json") ? await res.json().catch(() => null) : null;
    if (!res.ok) throw errorFromWire((body as { error?: unknown } | null)?.error, `The server answered ${res.status} ${res.statusText}.`);
    return body;
  }

  return new Proxy({} as EngramApi, {
    get: (_t, method) => (typeof method === "string" ? (req: unknown, so?: StreamOptions<unknown>) => call(method as ApiMethod, req, so) : undefined),
  });
}

function request(base: string, method: ApiMethod, req: unknown, auth: Record<string, string>, signal?: AbortSignal): [string, RequestInit] {
  const url = `${base}/api/${method}`;
  const upload = method === "importFile" ? (req as ImportRequest) : null;
  if (upload && "file" in upload) {
    const q = new URLSearchParams({ name: upload.name, ...(upload.format ? { format: upload.format } : {}) });
    return [`${url}?${q}`, { method: "POST", headers: { ...auth, "Content-Type": "application/octet-stream" }, body: upload.file, signal }];
  }
  return [url, { method: "POST", headers: { ...auth, "Content-Type": "application/json" }, body: JSON.stringify(req ?? {}), signal }];
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
