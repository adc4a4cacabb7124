import { captureBlocked, PAUSED_FOREVER } from "../../core/api/capture.js";
import type { CaptureConfig, CapturedFrame, CaptureFrameRequest, EngramApi, RawFrame } from "../../core/api/types.js";

/**
 * The capture scheduler of the desktop app, as plain logic (no Electron import, so it is tested
 * with a fake capturer): every `intervalMs` it grabs each display, adds the active window's app,
 * title and URL, and hands each frame to the pipeline. It never runs two rounds at once: a slow
 * round (OCR) delays the next one instead of piling frames up. A frame whose active window is
 * unknown (no helper, the helper returned null or failed, or the focused window is on another
 * display) is excluded here, before it reaches the pipeline, unless `allowUnidentified` is on:
 * app, title and site exclusions cannot apply to it. See README.md in this folder.
 */

/** One grabbed display. */
export interface GrabbedDisplay {
  /** display id (Electron `Display.id`) */
  display: number;
  raw: RawFrame;
}

/** The focused window, when the platform tells. `display` limits it to one display (else it applies to all). */
export interface ActiveWindow {
  app: string | null;
  title: string | null;
  url: string | null;
  display?: number;
}

/** What grabs the screens (electron-capturer.ts in the app, a fake in tests). */
export interface Capturer {
  /** Grabs every display once. @throws Error when the OS refuses (e.g. screen-recording permission). */
  grab(): Promise<GrabbedDisplay[]>;
  /** The focused window, or null when unknown. */
  activeWindow?(): Promise<ActiveWindow | null>;
}

/** The settings the scheduler reads before every round (the API's `captureConfig`; core/capture/settings.ts). */
export type SchedulerSettings = Pick<CaptureConfig, "enabled" | "intervalMs" | "pausedUntil" | "hours" | "allowUnidentified">;

/** Dependencies of {@link startCaptureScheduler}. */
export interface CaptureSchedulerDeps {
  capturer: Capturer;
  /** Ingests one frame — in the app, the API's `captureFrame`, which posts the bitmap to the engine process. */
  ingest(frame: CaptureFrameRequest): Promise<CapturedFrame>;
  /** Current settings; read before every round, so changes apply at the next one. */
  settings(): Promise<SchedulerSettings> | SchedulerSettings;
  /** Persists a pause (`pausedUntil` epoch ms, 0 = resumed); without it pause() lasts until stop(). */
  setPaused?(pausedUntil: number): Promise<void> | void;
  /** Called whenever the state changes (tray icon, tooltip). */
  onState?(state: SchedulerState): void;
  /** Called with every frame's verdict. */
  onVerdict?(verdict: CapturedFrame, display: number): void;
  /** Called when a grab or an ingest fails (the scheduler keeps going). */
  onError?(err: Error): void;
  /** clock, epoch ms (tests) */
  now?(): number;
  /** timers (tests); default the global setTimeout/clearTimeout */
  timers?: { setTimeout(fn: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };
}

/** What the scheduler is doing. `off`: capture not turned on; `paused`: paused or outside hours; `stopped`: after stop(). */
export interface SchedulerState {
  status: "off" | "paused" | "running" | "stopped";
  /** why it is paused (e.g. "capture is paused", "outside capture hours 09:00–18:00"), else null */
  reason: string | null;
  /** start of the last round, epoch ms, or null */
  lastRoundAt: number | null;
  /** frames handed to the pipeline, by verdict */
  counts: { stored: number; duplicate: number; excluded: number; paused: number; errors: number };
}

/** Control of a running scheduler. */
export interface CaptureScheduler {
  state(): SchedulerState;
  /** Pauses until `untilMs` (epoch ms; default: until resumed). */
  pause(untilMs?: number): Promise<void>;
  resume(): Promise<void>;
  /** Pauses when running, resumes when paused (the global shortcut). */
  toggle(): Promise<void>;
  /** Re-reads the settings and runs a round now (after the one in progress); call after settings change. */
  reload(): Promise<void>;
  /** Stops the timer and waits for the round in progress. */
  stop(): Promise<void>;
}

/**
 * The scheduler's link to the engine, through the API only (in the app, the EngineClient's
 * forwarding API): frames go to `captureFrame`, settings are read with `captureConfig`, and a pause
 * is persisted as the `pausedUntil` setting (`captureConfig` set, which tells the host that
 * capture changed).
 */
export function schedulerApi(api: Pick<EngramApi, "captureFrame" | "captureConfig">): Pick<CaptureSchedulerDeps, "ingest" | "settings" | "setPaused"> {
  return {
    ingest: (frame) => api.captureFrame(frame),
    settings: async () => {
      const { enabled, intervalMs, pausedUntil, hours, allowUnidentified } = await api.captureConfig({});
      return { enabled, intervalMs, pausedUntil, hours, allowUnidentified };
    },
    setPaused: async (until) => {
      await api.captureConfig({ set: [`pausedUntil=${until}`] });
    },
  };
}

/** Seconds between settings checks while capture is off or paused, at most. */
const IDLE_CHECK_MS = 5000;

/**
 * Starts the scheduler: a first round right away, then one every `intervalMs` (measured from the
 * start of a round). Capture happens only when `enabled` is true and it is not paused or outside
 * its hours; otherwise the settings are checked again every few seconds.
 */
export function startCaptureScheduler(deps: CaptureSchedulerDeps): CaptureScheduler {
  const now = deps.now ?? Date.now;
  const timers = deps.timers ?? {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (h: unknown) => clearTimeout(h as NodeJS.Timeout),
  };
  const state: SchedulerState = { status: "off", reason: null, lastRoundAt: null, counts: { stored: 0, duplicate: 0, excluded: 0, paused: 0, errors: 0 } };
  let localPause: number | null = null; // pause without setPaused
  let timer: unknown = null;
  let round: Promise<void> | null = null;
  let stopped = false;

  const setState = (status: SchedulerState["status"], reason: string | null) => {
    if (state.status === status && state.reason === reason) return;
    state.status = status;
    state.reason = reason;
    deps.onState?.({ ...state, counts: { ...state.counts } });
  };
  const fail = (err: unknown) => {
    state.counts.errors++;
    deps.onError?.(err instanceof Error ? err : new Error(String(err)));
  };

  const runRound = async (): Promise<number> => {
    let s: SchedulerSettings;
    try {
      s = await deps.settings();
    } catch (err) {
      fail(err);
      return IDLE_CHECK_MS;
    }
    const at = now();
    const pausedUntil = Math.max(s.pausedUntil, localPause ?? 0);
    if (!s.enabled) {
      setState("off", null);
      return Math.min(s.intervalMs, IDLE_CHECK_MS);
    }
    const blocked = captureBlocked({ pausedUntil, hours: s.hours }, at);
    if (blocked) {
      setState("paused", blocked);
      return Math.min(s.intervalMs, IDLE_CHECK_MS);
    }
    setState("running", null);
    state.lastRoundAt = at;
    try {
      let unknownWhy = deps.capturer.activeWindow ? "the platform did not name it" : "no active-window helper";
      const asked = deps.capturer.activeWindow?.().catch((err: unknown) => {
        unknownWhy = (err as Error)?.message ?? String(err);
        return null;
      });
      const [grabbed, active] = await Promise.all([deps.capturer.grab(), asked ?? Promise.resolve(null)]);
      for (const g of grabbed) {
        const win = active && (active.app || active.title) && (active.display === undefined || active.display === g.display) ? active : null;
        if (!win && !s.allowUnidentified) {
          // The safety rule: exclusions need the window's identity, so a frame without one is not
          // even sent to the pipeline (nothing written, no pixel leaves this process).
          const why = active && (active.app || active.title) ? "the focused window is on another display" : unknownWhy;
          const verdict: CapturedFrame = { status: "excluded", reason: `active window unknown (${why}); capture.allowUnidentified is off`, timings: {} };
          state.counts.excluded++;
          deps.onVerdict?.(verdict, g.display);
          continue;
        }
        try {
          const verdict = await deps.ingest({
            raw: g.raw,
            capturedAt: at,
            display: g.display,
            app: win?.app ?? null,
            windowTitle: win?.title ?? null,
            url: win?.url ?? null,
            name: `display ${g.display}`,
          });
          state.counts[verdict.status]++;
          deps.onVerdict?.(verdict, g.display);
        } catch (err) {
          fail(err);
        }
      }
    } catch (err) {
      fail(err);
    }
    return Math.max(0, s.intervalMs - (now() - at));
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = timers.setTimeout(() => {
      timer = null;
      void kick();
    }, ms);
  };
  /** Runs a round now, after the one in progress if any. */
  const kick = async () => {
    while (round) await round;
    if (stopped) return;
    if (timer !== null) {
      timers.clearTimeout(timer);
      timer = null;
    }
    round = runRound().then(schedule, (err) => {
      fail(err);
      schedule(IDLE_CHECK_MS);
    });
    await round;
    round = null;
  };

  const setPause = async (until: number) => {
    if (deps.setPaused) await deps.setPaused(until);
    else localPause = until || null;
    if (deps.setPaused) localPause = null;
    await kick();
  };

  void kick();
  return {
    state: () => ({ ...state, counts: { ...state.counts } }),
    pause: (untilMs) => setPause(untilMs ?? PAUSED_FOREVER),
    resume: () => setPause(0),
    toggle: () => setPause(state.status === "paused" ? 0 : PAUSED_FOREVER),
    reload: () => kick(),
    async stop() {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      await round;
      setState("stopped", null);
    },
  };
}
