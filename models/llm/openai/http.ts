/**
 * HTTP to an OpenAI-compatible server with clear errors: a request that cannot connect, an answer
 * that stops mid-stream, an inactivity timeout and an HTTP error each become an `EndpointError`
 * naming the endpoint and saying what happened; the caller's abort stays an abort (its reason).
 * Redirects are refused (a loopback server must not bounce memories elsewhere).
 */

/** A model server failed: unreachable, timed out, dropped the connection, or answered an error. */
export class EndpointError extends Error {
  constructor(message: string, opts: { cause?: unknown } = {}) {
    super(message, opts);
    this.name = "EndpointError";
  }
}

/** Who is being called, for messages and headers. */
export interface EndpointTarget {
  name: string;
  url: string;
  /** name of the environment variable with the API key, or null */
  apiKeyEnv: string | null;
}

/**
 * An abort controller that fires when the caller aborts or when nothing arrived for `timeoutMs`
 * (`touch()` restarts the clock, e.g. at every streamed chunk).
 */
export class Deadline {
  readonly controller = new AbortController();
  private timer: NodeJS.Timeout | null = null;
  private readonly onAbort = () => this.controller.abort(this.signal?.reason);

  constructor(
    private readonly target: EndpointTarget,
    private readonly timeoutMs: number,
    private readonly signal?: AbortSignal,
  ) {
    signal?.addEventListener("abort", this.onAbort, { once: true });
    this.touch();
  }

  /** Restarts the inactivity clock. */
  touch(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.controller.abort(
        new EndpointError(
          `the model server "${this.target.name}" (${this.target.url}) did not answer for ${Math.round(this.timeoutMs / 1000)} s; is it overloaded, or is the model still loading? Nothing was saved.`,
        ),
      );
    }, this.timeoutMs);
  }

  /** Stops the clock and unhooks the caller's signal. */
  done(): void {
    if (this.timer) clearTimeout(this.timer);
    this.signal?.removeEventListener("abort", this.onAbort);
  }

  /** The error to throw for `err` caught while talking to the server (`phase`: before or after the answer began). */
  failure(err: unknown, phase: "connect" | "stream"): unknown {
    if (this.controller.signal.aborted) return this.controller.signal.reason;
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (err as Error).message;
    const closed = cause?.code === "UND_ERR_SOCKET" || cause?.code === "ECONNRESET"; // it accepted, then hung up
    return phase === "connect" && !closed
      ? new EndpointError(`cannot reach the model server "${this.target.name}" at ${this.target.url} (${detail}); is it running?`, { cause: err })
      : new EndpointError(`the model server "${this.target.name}" closed the connection before the answer was complete (${detail}); nothing was saved`, {
          cause: err,
        });
  }
}

/** Request headers, with the key from the environment variable the user named. */
export function headers(target: EndpointTarget): Record<string, string> {
  const h: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json, text/event-stream" };
  if (target.apiKeyEnv) {
    const key = process.env[target.apiKeyEnv];
    if (!key) throw new EndpointError(`the model server "${target.name}" needs the API key in the environment variable ${target.apiKeyEnv}, which is not set`);
    h.Authorization = `Bearer ${key}`;
  }
  return h;
}

/**
 * POSTs JSON to `<url><path>` and returns the response once its headers arrived.
 * @throws EndpointError when the server cannot be reached or answers an HTTP error (its message
 *   included); the caller's abort reason when it aborted; a timeout EndpointError from `deadline`.
 */
export async function postJson(target: EndpointTarget, path: string, body: unknown, deadline: Deadline): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(`${target.url}${path}`, {
      method: "POST",
      headers: headers(target),
      body: JSON.stringify(body),
      signal: deadline.controller.signal,
      redirect: "error",
    });
  } catch (err) {
    throw err instanceof EndpointError ? err : deadline.failure(err, "connect");
  }
  deadline.touch();
  if (!res.ok) {
    const text = await res.text().catch(() => "");
    let message = text.slice(0, 300);
    try {
      const j = JSON.parse(text) as { error?: { message?: string } | string };
      message = (typeof j.error === "string" ? j.error : j.error?.message) ?? message;
    } catch {
      // not JSON: keep the text
    }
    throw new EndpointError(`the model server "${target.name}" answered HTTP ${res.status}${message ? `: ${message}` : ""}`);
  }
  return res;
}
