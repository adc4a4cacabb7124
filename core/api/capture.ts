import { captureBlocked, loadCaptureSettings, PAUSED_FOREVER, saveCaptureSettings, type CaptureSettings as StoredSettings } from "../capture/settings.js";
import { frameTotals } from "../db/repos/frame-stats.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type { CaptureSettings, CaptureStatus, PauseCaptureRequest } from "./types.js";

/** Why capture must not keep a frame taken at a time (paused, outside its hours), and the
 * `pausedUntil` meaning "until resumed": for the desktop app's scheduler, which decides in the
 * main process whether to grab the screens (electron/capture/scheduler.ts). */
export { captureBlocked, PAUSED_FOREVER } from "../capture/settings.js";

/** The settings the UI edits, out of the capture pipeline's full set (core/capture/settings.ts). */
function forUi(s: StoredSettings): CaptureSettings {
  return {
    enabled: s.enabled,
    intervalMs: s.intervalMs,
    excludedApps: s.excludedApps,
    excludedTitles: s.excludedTitles,
    excludedHosts: s.excludedHosts,
    retentionDays: s.retentionDays,
    keepImages: s.keepImages,
    redact: s.redact,
    allowUnidentified: s.allowUnidentified,
  };
}

/** Writes capture settings through the pipeline's validation; its errors become `bad_request`. */
function save(ctx: ApiContext, patch: Partial<StoredSettings>): void {
  try {
    saveCaptureSettings(ctx.db, patch);
  } catch (err) {
    throw new ApiError("bad_request", (err as Error).message, { cause: err });
  }
  ctx.onCaptureChange?.();
}

/**
 * `captureStatus`: state, counts and settings. `paused` covers an explicit pause and the time
 * outside the capture hours (`reason` says which); `unavailable` when this host cannot capture.
 */
export function captureStatus(ctx: ApiContext): CaptureStatus {
  const { db } = ctx;
  const settings = loadCaptureSettings(db);
  const now = ctx.now();
  const dayStart = now - (now % 86_400_000);
  const frames = frameTotals(db, dayStart);
  const blocked = captureBlocked(settings, now);
  const state: CaptureStatus["state"] = !ctx.capture.available ? "unavailable" : !settings.enabled ? "off" : blocked ? "paused" : "running";
  const pausedUntil = settings.pausedUntil > now && settings.pausedUntil !== PAUSED_FOREVER ? settings.pausedUntil : null;
  return {
    state,
    reason: state === "unavailable" ? ctx.capture.reason : state === "paused" ? blocked : null,
    pausedUntil: state === "paused" ? pausedUntil : null,
    lastFrameAt: frames.last,
    framesToday: frames.today,
    framesTotal: frames.total,
    imageBytes: frames.bytes,
    settings: forUi(settings),
  };
}

/** Whether capture runs now on this host (`captureStatus` state "running"): it can capture, capture is on, neither paused nor outside its hours. Reads only the settings. */
export function captureRunning(ctx: ApiContext): boolean {
  const settings = loadCaptureSettings(ctx.db);
  return ctx.capture.available && settings.enabled && !captureBlocked(settings, ctx.now());
}

/** `setCaptureSettings`: writes the given settings and notifies the host's scheduler. */
export function setCaptureSettings(ctx: ApiContext, patch: Partial<CaptureSettings>): CaptureStatus {
  save(ctx, patch);
  return captureStatus(ctx);
}

/** `pauseCapture`: pauses for `minutes`, or until resumed. */
export function pauseCapture(ctx: ApiContext, req: PauseCaptureRequest): CaptureStatus {
  save(ctx, { pausedUntil: req.minutes ? ctx.now() + req.minutes * 60_000 : PAUSED_FOREVER });
  return captureStatus(ctx);
}

/** `resumeCapture`: ends a pause. */
export function resumeCapture(ctx: ApiContext): CaptureStatus {
  save(ctx, { pausedUntil: 0 });
  return captureStatus(ctx);
}
