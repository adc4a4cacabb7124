import { ApiError } from "../core/api/errors.js";
import { isStreamingMethod } from "../core/api/methods.js";
import type { ApiErrorInfo, ApiMethod, EngramApi, StreamOptions } from "../core/api/types.js";

/**
 * Messages between the main process and the engine process (electron/engine.ts), which runs the
 * EngramApi implementation off the main thread. Both sides see a `PortLike` (a utilityProcess,
 * its parentPort, or a worker_threads MessagePort in tests).
 */
export type ToEngine =
  | { type: "call"; id: number; method: ApiMethod; request: unknown }
  | { type: "cancel"; id: number }
  | { type: "host"; id: number; query: HostQuery };

/** Queries of the main process that are not part of the public API: the app:// protocol's image
 * lookup and the vault key (only main can reach the OS keychain). The capture scheduler (it grabs
 * screens in main) goes through the API: `captureFrame` with the bitmap, `captureConfig` for its
 * settings and pauses. */
export type HostQuery =
  | { kind: "imagePath"; sourceId: number }
  /** sent first after every engine start: the vault key from the OS keychain (electron/vault-key.ts), or null and why not */
  | { kind: "vaultKey"; key: Uint8Array | null; reason: string | null };

/** The answer to each host query. */
export interface HostAnswers {
  imagePath: string | null;
  vaultKey: null;
}

/** Messages from the engine. `notice`s are unsolicited (capture settings changed, download grants). */
export type FromEngine =
  | { type: "event"; id: number; event: unknown }
  | { type: "result"; id: number; value: unknown }
  | { type: "error"; id: number; error: ApiErrorInfo }
  | { type: "notice"; notice: EngineNotice };

/** Unsolicited engine notices for the main process. */
export type EngineNotice =
  | { kind: "ready" }
  | { kind: "captureChanged" }
  | { kind: "download"; urls: string[]; phase: "start" | "done" }
  | { kind: "log"; message: string };

/** The two operations a message port needs. */
export interface PortLike<In, Out> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

/** What the engine side answers besides API calls. */
export interface EngineHost {
  api: EngramApi;
  /** answers a host query; may throw (sent back as an error) */
  query(q: HostQuery): Promise<HostAnswers[HostQuery["kind"]]> | HostAnswers[HostQuery["kind"]];
}

/**
 * Engine side: answers calls from main with the API, streams events, honours cancels.
 * @returns `notify` to send notices to main.
 */
export function serveEngine(port: PortLike<ToEngine, FromEngine>, host: EngineHost): { notify(n: EngineNotice): void } {
  const running = new Map<number, AbortController>();
  port.onMessage((msg) => {
    if (msg.type === "cancel") {
      running.get(msg.id)?.abort(new ApiError("conflict", "Cancelled."));
      return;
    }
    let work: Promise<unknown>;
    if (msg.type === "host") {
      work = Promise.resolve().then(() => host.query(msg.query));
    } else {
      const abort = new AbortController();
      running.set(msg.id, abort);
      const fn = host.api[msg.method] as (r: unknown, so?: StreamOptions<unknown>) => Promise<unknown>;
      const so: StreamOptions<unknown> | undefined = isStreamingMethod(msg.method)
        ? { onEvent: (event) => port.post({ type: "event", id: msg.id, event }), signal: abort.signal }
        : undefined;
      work = fn(msg.request, so);
    }
    work
      .then((value) => port.post({ type: "result", id: msg.id, value: value ?? null }))
      .catch((err: unknown) => {
        const e = err instanceof ApiError ? err : new ApiError("internal", (err as Error)?.message ?? String(err));
        port.post({ type: "error", id: msg.id, error: e.toJSON() });
      })
      .finally(() => running.delete(msg.id));
  });
  return { notify: (notice) => port.post({ type: "notice", notice }) };
}

/**
 * Main side: an `EngramApi` that forwards every call to the engine process, plus host queries.
 * Calls made before the engine is up wait for it; if the engine dies, pending calls reject with
 * `unavailable`.
 */
export class EngineClient {
  private seq = 0;
  private readonly pending = new Map<number, { ok(v: unknown): void; fail(e: ApiError): void; onEvent?: (e: unknown) => void }>();
  private readonly noticeListeners: Array<(n: EngineNotice) => void> = [];

  constructor(private readonly port: PortLike<FromEngine, ToEngine>) {
    port.onMessage((msg) => {
      if (msg.type === "notice") {
        for (const l of this.noticeListeners) l(msg.notice);
        return;
      }
      const p = this.pending.get(msg.id);
      if (!p) return;
      if (msg.type === "event") return p.onEvent?.(msg.event);
      this.pending.delete(msg.id);
      if (msg.type === "result") p.ok(msg.value);
      else p.fail(new ApiError(msg.error.code, msg.error.message, msg.error.field ? { field: msg.error.field } : {}));
    });
  }

  /** Calls an API method in the engine. */
  call(method: ApiMethod, request: unknown, so: StreamOptions<unknown> = {}): Promise<unknown> {
    const id = ++this.seq;
    return new Promise((ok, fail) => {
      if (so.signal?.aborted) return fail(new ApiError("conflict", "Cancelled."));
      this.pending.set(id, { ok, fail, onEvent: so.onEvent });
      so.signal?.addEventListener("abort", () => this.port.post({ type: "cancel", id }), { once: true });
      this.port.post({ type: "call", id, method, request });
    });
  }

  /** Asks the engine a host query (image lookup, vault key). */
  query<Q extends HostQuery>(query: Q): Promise<HostAnswers[Q["kind"]]> {
    const id = ++this.seq;
    return new Promise((ok, fail) => {
      this.pending.set(id, { ok: (v) => ok(v as HostAnswers[Q["kind"]]), fail });
      this.port.post({ type: "host", id, query });
    });
  }

  /** Listens to engine notices. */
  onNotice(listener: (n: EngineNotice) => void): void {
    this.noticeListeners.push(listener);
  }

  /** Rejects every pending call (the engine process exited). */
  failAll(message: string): void {
    for (const p of this.pending.values()) p.fail(new ApiError("unavailable", message));
    this.pending.clear();
  }

  /** The forwarding API. */
  api(): EngramApi {
    return new Proxy({} as EngramApi, {
      get: (_t, m) => (typeof m === "string" ? (req: unknown, so?: StreamOptions<unknown>) => this.call(m as ApiMethod, req, so) : undefined),
    });
  }
}
