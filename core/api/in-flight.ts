import { ApiError } from "./errors.js";
import type { EngramApiService } from "./engram-api.js";
import { API_METHODS } from "./methods.js";
import type { ApiMethod, StreamOptions } from "./types.js";

type AnyMethod = (req: unknown, so?: StreamOptions<unknown>) => Promise<unknown>;

/**
 * The API calls under way in a host, so that it can stop without closing the database under a
 * running memory-engine batch (an import, `processSources`, `remember`, a chat turn). `track`
 * wraps an API's methods in place; `settle` refuses new calls, signals the running ones to stop
 * (their `signal`: the engine stops between two batches, committed batches are kept) and waits for
 * them, at most `timeoutMs`.
 */
export class InFlightCalls {
  private readonly calls = new Map<Promise<unknown>, ApiMethod>();
  private readonly stop = new AbortController();

  /** Wraps every method of `api` (in place) so that its calls are counted and see the stop signal. */
  track(api: EngramApiService): void {
    const methods = api as unknown as Record<ApiMethod, AnyMethod>;
    for (const m of API_METHODS) {
      const call = methods[m];
      methods[m] = (req, so) => {
        if (this.stop.signal.aborted) return Promise.reject(new ApiError("unavailable", `Engram is shutting down: ${m} was not started.`));
        const signal = so?.signal ? AbortSignal.any([so.signal, this.stop.signal]) : this.stop.signal;
        const p = call(req, { ...so, signal });
        this.calls.set(p, m);
        const done = () => void this.calls.delete(p);
        p.then(done, done);
        return p;
      };
    }
  }

  /**
   * Refuses new calls (ApiError `unavailable`), asks the running ones to stop, and resolves when
   * none runs. `onWaiting` is told the methods it waits for, once, when there are any.
   * @throws ApiError `unavailable` naming the methods still running after `timeoutMs`
   */
  async settle(timeoutMs: number, onWaiting?: (methods: ApiMethod[]) => void): Promise<void> {
    if (!this.stop.signal.aborted) {
      this.stop.abort(
        new ApiError(
          "unavailable",
          "Stopped: Engram is shutting down. What was finished is kept; sources not yet turned into memories are finished at the next start.",
        ),
      );
    }
    if (this.calls.size === 0) return;
    onWaiting?.([...new Set(this.calls.values())]);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<true>((resolve) => {
      timer = setTimeout(() => resolve(true), timeoutMs);
    });
    const all = Promise.allSettled([...this.calls.keys()]).then(() => false);
    const late = await Promise.race([all, timedOut]);
    clearTimeout(timer);
    if (late) {
      const names = [...new Set(this.calls.values())].join(", ");
      throw new ApiError(
        "unavailable",
        `Engram could not stop cleanly: ${names} still running after ${timeoutMs / 1000} s. The database was left open rather than closed under it: ` +
          "every batch it committed is kept, and sources not yet turned into memories are finished at the next start.",
      );
    }
  }
}
