// Screen capture: settings and status, captureFile and captureFrame, capture settings, storage, pins and redactions.

// ───────────────────────────── capture ─────────────────────────────

/** Screen-capture settings (stored in `settings` under `capture.*`). */
export interface CaptureSettings {
  enabled: boolean;
  /** ms between captures */
  intervalMs: number;
  /** app names never captured (matched case-insensitively) */
  excludedApps: string[];
  /** window-title substrings never captured */
  excludedTitles: string[];
  /** URL host names never captured */
  excludedHosts: string[];
  /** days screenshots are kept (0 = forever) */
  retentionDays: number;
  /** keep the image files (false: only the OCR text) */
  keepImages: boolean;
  /** redact e-mail addresses, card numbers, keys in OCR text */
  redact: boolean;
  /** also capture when the focused window cannot be identified (then exclusions cannot apply) */
  allowUnidentified: boolean;
}

/**
 * Capture state. `unavailable`: capture runs only in the desktop app (browser mode, CLI) or the
 * OS denied screen recording; `reason` says which. `paused` until `pausedUntil` (null = until
 * resumed).
 */
export interface CaptureStatus {
  state: "running" | "paused" | "off" | "unavailable";
  reason: string | null;
  pausedUntil: number | null;
  lastFrameAt: number | null;
  framesToday: number;
  framesTotal: number;
  /** bytes of screenshot images on disk */
  imageBytes: number;
  settings: CaptureSettings;
}

/** `pauseCapture`: for `minutes` (omitted = until resumed). */
export interface PauseCaptureRequest {
  minutes?: number;
}

/**
 * `captureFile`: one screenshot file on this computer (PNG, JPEG or WebP) through the capture
 * pipeline (exclusions, dedup, OCR, redaction, storage, screen memories; core/capture). Only for
 * a host on this computer: HTTP refuses the `path` field. `capturedAt`: epoch ms (default: the
 * file's modification time); `display` default 0. Redacted values are kept in the vault when it
 * opens (`passphrase`, the app's key, or the host asking the user), else dropped.
 */
export interface CaptureFileRequest {
  path: string;
  capturedAt?: number;
  display?: number;
  app?: string;
  windowTitle?: string;
  url?: string;
  passphrase?: string;
}

/**
 * What became of one screenshot file (`captureFile`): the pipeline's verdict (`stored` as frame
 * `frameId`; `duplicate`, `excluded` or `paused` with a `reason`), or `error` naming the file
 * (unreadable or missing image; nothing was stored for it).
 */
export type CapturedFile = { file: string } & (Omit<CapturedFrame, "timings"> | { status: "error"; error: string });

/** Raw pixels as the desktop app grabs them (Electron `NativeImage.toBitmap`): 4 bytes per pixel,
 * rows top to bottom, no padding; `data.byteLength` is `width × height × 4`. */
export interface RawFrame {
  data: Uint8Array;
  width: number;
  height: number;
  /** byte order of each pixel: `rgba`, or `bgra` (Electron on Windows, Linux and macOS) */
  order: "rgba" | "bgra";
}

/**
 * `captureFrame`: one grabbed screen frame (the desktop app's capture scheduler) through the same
 * capture pipeline as `captureFile`: exactly one of `png` (encoded image bytes: PNG, JPEG or WebP)
 * and `raw` (a bitmap), each at most `MAX_FRAME_BYTES` (core/api/schemas.ts: 256 MiB, an
 * 8192×8192 bitmap). The bytes travel as a Uint8Array (or Buffer) over IPC; JSON cannot carry
 * them, and only a host that captures the screen (`ApiContext.capture.available`: the desktop app)
 * takes them — `engram serve` refuses. `capturedAt`: epoch ms; `display` default 0; `app`,
 * `windowTitle`, `url`: the active window, null when unknown; `name`: how errors name the frame
 * (default `frame@<capturedAt>`). Redacted values are kept in the vault when the app's key opens
 * it, else dropped (said in the host's log).
 */
export interface CaptureFrameRequest {
  png?: Uint8Array;
  raw?: RawFrame;
  capturedAt: number;
  display?: number;
  app?: string | null;
  windowTitle?: string | null;
  url?: string | null;
  name?: string;
}

/** Wall-clock ms one frame spent in each phase of the pipeline (present for the phases it went through). */
export interface FrameTimings {
  decodeMs: number;
  dedupMs: number;
  ocrMs: number;
  encodeMs: number;
  storeMs: number;
  /** making memories of the frames so far (only in the frames that triggered it) */
  memoryMs: number;
}

/**
 * What became of one grabbed frame (`captureFrame`): `stored` as frame `frameId` (source
 * `sourceId`), or `duplicate`, `excluded` or `paused` with a `reason`; the other fields as in
 * `CapturedFile`, plus the time spent per phase.
 */
export interface CapturedFrame {
  status: "stored" | "duplicate" | "excluded" | "paused";
  frameId?: number;
  sourceId?: number;
  reason?: string;
  /** stored only because the screen stayed still long enough */
  keyframe?: boolean;
  words?: number;
  /** mean OCR word confidence 0..100, null without words */
  confidence?: number | null;
  /** redacted values by kind, e.g. `{ card: 2 }` */
  redactions?: Record<string, number>;
  /** redacted values kept encrypted in the vault (the rest were dropped) */
  vaulted?: number;
  /** OCR blocks in the frame and how many had to be read (the rest came from the cache) */
  blocks?: number;
  blocksRead?: number;
  timings: Partial<FrameTimings>;
}

/** `captureConfig`: every capture setting, after applying `set` (CLI assignments `name=value`,
 * e.g. `intervalMs=10000`, `excludedApps=Slack,Signal`, `paused=true`, `pausedUntil=<epoch ms>`;
 * core/capture/settings.ts). The desktop app's scheduler reads its settings and persists its
 * pauses with it too. */
export interface CaptureConfigRequest {
  set?: string[];
}

/** `captureConfig` result: every capture setting (the pipeline's knobs too), whether capture is
 * paused now, and the built-in exclusions when they apply (null when `defaultExclusions` is off). */
export type CaptureConfig = Record<string, unknown> & {
  enabled: boolean;
  intervalMs: number;
  /** epoch ms until which capture is paused; 0 = not paused; Number.MAX_SAFE_INTEGER = until resumed */
  pausedUntil: number;
  /** capture only inside these local-time hours (end < start spans midnight); null = always */
  hours: { start: string; end: string } | null;
  /** keep frames whose active window is unknown (exclusions cannot apply to them) */
  allowUnidentified: boolean;
  paused: boolean;
  builtInExclusions: { apps: readonly string[]; titles: readonly string[] } | null;
};

/** `captureStorage`: what capture keeps: frames, image bytes, oldest/newest frame (epoch ms), the vault. */
export interface CaptureStorage {
  enabled: boolean;
  paused: boolean;
  /** the folder of frame images, null for an in-memory database */
  framesDir: string | null;
  frames: number;
  keyframes: number;
  pinned: number;
  bytes: number;
  oldest: number | null;
  newest: number | null;
  vault: { exists: boolean; unlockWith: string[]; items: number };
}

/** `pruneCapture` result: frames and image bytes deleted by retention. */
export interface PruneCaptureResult {
  frames: number;
  bytes: number;
}

/** `pinFrames`: pin frames (`pinned` false: release them) so retention never deletes them. */
export interface PinFramesRequest {
  ids: number[];
  pinned: boolean;
}

/** `pinFrames` result: the ids that are not frames (the others were changed). */
export interface PinFramesResult {
  missing: number[];
}

/** `listRedactions`: values redacted from captures and kept in the vault; `reveal` decrypts them
 * (with `passphrase`, the app's key, or the host asking the user). */
export interface ListRedactionsRequest {
  reveal?: boolean;
  passphrase?: string;
}

/** One vault item: what it is, where it came from; `value` only when revealed. */
export interface RedactedValue {
  id: number;
  kind: string;
  label: string | null;
  sourceId: number | null;
  createdAt: number;
  value?: string;
}
