import { getSetting, setSetting } from "../db/repos/settings.js";
import type { ApiContext } from "./context.js";
import type { CaptureSettings, CaptureStatus, PauseCaptureRequest } from "./types.js";

/** Defaults of the capture settings (capture is off until the user turns it on). */
export const CAPTURE_DEFAULTS: CaptureSettings = {
  enabled: false,
  intervalMs: 10_000,
  excludedApps: [],
  excludedTitles: [],
  excludedHosts: [],
  retentionDays: 30,
  keepImages: true,
  redact: true,
};

const KEYS = Object.keys(CAPTURE_DEFAULTS) as Array<keyof CaptureSettings>;
const PAUSED_KEY = "capture.pausedUntil";
/** `capture.pausedUntil` value meaning "until resumed". */
const FOREVER = Number.MAX_SAFE_INTEGER;

/** The capture settings: each `capture.<name>` setting, else its default. */
export function readCaptureSettings(ctx: ApiContext): CaptureSettings {
  const out = { ...CAPTURE_DEFAULTS } as Record<string, unknown>;
  for (const k of KEYS) {
    const v = getSetting<unknown>(ctx.db, `capture.${k}`);
    if (v !== undefined && typeof v === typeof CAPTURE_DEFAULTS[k]) out[k] = v;
  }
  return out as unknown as CaptureSettings;
}

/** `captureStatus`: state, counts and settings. */
export function captureStatus(ctx: ApiContext): CaptureStatus {
  const { db } = ctx;
  const settings = readCaptureSettings(ctx);
  const now = ctx.now();
  const paused = getSetting<number>(db, PAUSED_KEY) ?? 0;
  const pausedUntil = paused > now ? (paused === FOREVER ? null : paused) : null;
  const dayStart = now - (now % 86_400_000);
  const frames = db
    .prepare("SELECT COUNT(*) AS total, MAX(captured_at) AS last, COALESCE(SUM(bytes), 0) AS bytes, COUNT(CASE WHEN captured_at >= ? THEN 1 END) AS today FROM frames")
    .get(dayStart) as { total: number; last: number | null; bytes: number; today: number };
  const state: CaptureStatus["state"] = !ctx.capture.available
    ? "unavailable"
    : !settings.enabled
      ? "off"
      : paused > now
        ? "paused"
        : "running";
  return {
    state,
    reason: ctx.capture.available ? null : ctx.capture.reason,
    pausedUntil: state === "paused" ? pausedUntil : null,
    lastFrameAt: frames.last,
    framesToday: frames.today,
    framesTotal: frames.total,
    imageBytes: frames.bytes,
    settings,
  };
}

/** `setCaptureSettings`: writes the given settings (validated by the schema) and notifies the host. */
export function setCaptureSettings(ctx: ApiContext, patch: Partial<CaptureSettings>): CaptureStatus {
  ctx.db.transaction(() => {
    for (const k of KEYS) if (patch[k] !== undefined) setSetting(ctx.db, `capture.${k}`, patch[k]);
  })();
  ctx.onCaptureChange?.();
  return captureStatus(ctx);
}

/** `pauseCapture`: pauses for `minutes`, or until resumed. */
export function pauseCapture(ctx: ApiContext, req: PauseCaptureRequest): CaptureStatus {
  setSetting(ctx.db, PAUSED_KEY, req.minutes ? ctx.now() + req.minutes * 60_000 : FOREVER);
  ctx.onCaptureChange?.();
  return captureStatus(ctx);
}

/** `resumeCapture`: ends a pause. */
export function resumeCapture(ctx: ApiContext): CaptureStatus {
  setSetting(ctx.db, PAUSED_KEY, 0);
  ctx.onCaptureChange?.();
  return captureStatus(ctx);
}
