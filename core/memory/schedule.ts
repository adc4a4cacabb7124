import type { EngramDb } from "../db/connection.js";
import { getSetting, setSetting } from "../db/repos/settings.js";

/** How often consolidation runs in a long-lived process (the app, `engram serve`): daily. */
export const CONSOLIDATE_EVERY_MS = 24 * 3_600_000;
/** The least wait after start, so opening the app never starts with background work: 10 min. */
export const CONSOLIDATE_MIN_DELAY_MS = 10 * 60_000;

/**
 * Runs `consolidate` on a schedule: due `everyMs` after the last run (settings key
 * `memory.consolidated_at`, epoch ms, written after each successful run), but never sooner than
 * `minDelayMs` after start; then every `everyMs`. Runs never overlap; timers do not keep the
 * process alive. Errors go to `onError` and the schedule goes on.
 * @returns `stop()`, which cancels the timer and waits for a run in progress.
 */
export function scheduleConsolidation(
  db: EngramDb,
  consolidate: () => Promise<unknown>,
  opts: { everyMs?: number; minDelayMs?: number; now?: () => number; onError?: (err: unknown) => void } = {},
): { stop(): Promise<void> } {
  const every = opts.everyMs ?? CONSOLIDATE_EVERY_MS;
  const now = opts.now ?? Date.now;
  const last = getSetting<number>(db, "memory.consolidated_at") ?? 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const arm = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = consolidate()
        .then(() => setSetting(db, "memory.consolidated_at", now()))
        .catch((err: unknown) => opts.onError?.(err))
        .finally(() => arm(every));
    }, delay);
    timer.unref();
  };
  arm(Math.max(opts.minDelayMs ?? CONSOLIDATE_MIN_DELAY_MS, last + every - now()));
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
