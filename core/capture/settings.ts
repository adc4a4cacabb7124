import { isAbsolute } from "node:path";
import type { EngramDb } from "../db/connection.js";
import { getSetting, setSetting } from "../db/repos/settings.js";

/**
 * Capture settings, stored one per key as `capture.<name>` in the `settings` table (the same keys
 * core/api/capture.ts reads for the UI: enabled, intervalMs, excludedApps, excludedTitles,
 * excludedHosts, retentionDays, keepImages, redact, pausedUntil), plus the pipeline's own knobs.
 */
export interface CaptureSettings {
  /** capture runs only after the user turns it on (the scheduler checks it; `engram capture add` does not) */
  enabled: boolean;
  /** ms between two grabs of each display */
  intervalMs: number;
  /** epoch ms until which capture is paused; 0 = not paused; Number.MAX_SAFE_INTEGER = until resumed */
  pausedUntil: number;
  /** capture only inside these local-time hours, e.g. `{ start: "09:00", end: "18:00" }` (end < start spans midnight); null = always */
  hours: { start: string; end: string } | null;
  /** app names never captured, added to the built-in list (case-insensitive substring, or `/regex/`) */
  excludedApps: string[];
  /** window-title substrings (or `/regex/`) never captured, added to the built-in list */
  excludedTitles: string[];
  /** URL host names never captured (the host or any subdomain of it) */
  excludedHosts: string[];
  /** apply the built-in exclusions (password managers, private windows, Engram itself) */
  defaultExclusions: boolean;
  /** store frames whose active window is unknown (the app's scheduler cannot tell the app or title, so exclusions cannot apply); off by default */
  allowUnidentified: boolean;
  /** days frames are kept (0 = forever) */
  retentionDays: number;
  /** total bytes of frame images kept (0 = unlimited); oldest unpinned frames go first */
  retentionMaxBytes: number;
  /** keep the compressed image of each frame (false: only its OCR text) */
  keepImages: boolean;
  /** a still screen is stored again after this many ms (a keyframe, so the timeline shows how long it stayed) */
  keyframeMs: number;
  /** dHash Hamming distance (0..64) up to which two frames may be the same screen */
  dedupHashThreshold: number;
  /** share (0..1) of 128x72 thumbnail pixels that may differ by more than 10 grey levels in a duplicate */
  dedupDiffThreshold: number;
  /** redact secrets (cards, keys, tokens, private keys, passwords, user patterns) before text is stored */
  redact: boolean;
  /** keep redacted values encrypted in the vault when it is unlocked (else they are dropped) */
  keepRedactedInVault: boolean;
  /** extra redaction patterns (regular expressions, case-insensitive) */
  redactPatterns: string[];
  /**
   * tesseract language codes. Which model each reads (unless `ocrDataDir` is set): `eng`, the
   * tessdata_fast model shipped in models/ocr; every other language, the `4.0.0_best_int` model of
   * its `@tesseract.js-data/<code>` npm package, which must be installed (`npm install @tesseract.js-data/fra`)
   */
  ocrLanguages: string[];
  /** OCR worker threads (each holds ~100 MB) */
  ocrWorkers: number;
  /**
   * A folder of tesseract models to read instead of the shipped English model and the
   * `@tesseract.js-data` packages, holding `<code>.traineddata` (or `.traineddata.gz`) for every
   * OCR language, e.g. tessdata_best models, or `<node_modules>/@tesseract.js-data/eng/4.0.0_best_int`
   * for the English model used before tessdata_fast (measured on 1920×1080 documentation pages: 35%
   * more OCR CPU than tessdata_fast for the same word recall; see README.md); null = the shipped
   * model and the packages
   */
  ocrDataDir: string | null;
}

/** Value of `pausedUntil` meaning "until resumed". */
export const PAUSED_FOREVER = Number.MAX_SAFE_INTEGER;

/** Defaults: capture off, 5 s interval, 30 days and 10 GiB of images, 5 min keyframes, redaction on. */
export const DEFAULT_CAPTURE_SETTINGS: Readonly<CaptureSettings> = Object.freeze({
  enabled: false,
  intervalMs: 5000,
  pausedUntil: 0,
  hours: null,
  excludedApps: [],
  excludedTitles: [],
  excludedHosts: [],
  defaultExclusions: true,
  allowUnidentified: false,
  retentionDays: 30,
  retentionMaxBytes: 10 * 1024 ** 3,
  keepImages: true,
  keyframeMs: 300_000,
  dedupHashThreshold: 10,
  dedupDiffThreshold: 0.002,
  redact: true,
  keepRedactedInVault: true,
  redactPatterns: [],
  ocrLanguages: ["eng"],
  ocrWorkers: 1,
  ocrDataDir: null,
});

type Key = keyof CaptureSettings;
const KEYS = Object.keys(DEFAULT_CAPTURE_SETTINGS) as Key[];
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === "string");
}

/**
 * Checks one setting value.
 * @returns an error message naming the setting, or null when valid.
 */
function problem(key: Key, v: unknown): string | null {
  const int = (min: number, max: number) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? null : `capture.${key} must be an integer from ${min} to ${max}`;
  switch (key) {
    case "enabled":
    case "defaultExclusions":
    case "allowUnidentified":
    case "keepImages":
    case "redact":
    case "keepRedactedInVault":
      return typeof v === "boolean" ? null : `capture.${key} must be true or false`;
    case "intervalMs":
      return int(1000, 3_600_000);
    case "pausedUntil":
      return int(0, PAUSED_FOREVER);
    case "retentionDays":
      return int(0, 36_500);
    case "retentionMaxBytes":
      return int(0, Number.MAX_SAFE_INTEGER);
    case "keyframeMs":
      return int(1000, 86_400_000);
    case "dedupHashThreshold":
      return int(0, 64);
    case "ocrWorkers":
      return int(1, 8);
    case "dedupDiffThreshold":
      return typeof v === "number" && v >= 0 && v <= 1 ? null : `capture.${key} must be a number from 0 to 1`;
    case "hours":
      if (v === null) return null;
      return typeof v === "object" && HHMM.test(String((v as { start?: unknown }).start)) && HHMM.test(String((v as { end?: unknown }).end))
        ? null
        : `capture.hours must be null or {"start":"HH:MM","end":"HH:MM"}`;
    case "ocrLanguages":
      return isStringList(v) && v.length > 0 && v.every((l) => /^[a-z_]{3,10}$/.test(l))
        ? null
        : `capture.ocrLanguages must be a non-empty list of tesseract codes such as ["eng"]`;
    case "redactPatterns": {
      if (!isStringList(v)) return `capture.redactPatterns must be a list of regular expressions`;
      for (const p of v) {
        try {
          new RegExp(p, "giu");
        } catch (err) {
          return `capture.redactPatterns: "${p}" is not a valid regular expression (${(err as Error).message})`;
        }
      }
      return null;
    }
    case "ocrDataDir":
      return v === null || (typeof v === "string" && isAbsolute(v)) ? null : `capture.ocrDataDir must be null or an absolute folder path`;
    case "excludedApps":
    case "excludedTitles":
    case "excludedHosts":
      return isStringList(v) ? null : `capture.${key} must be a list of strings`;
  }
}

/** Reads every capture setting; unset or invalid stored values fall back to the default. */
export function loadCaptureSettings(db: EngramDb): CaptureSettings {
  const out: Record<string, unknown> = { ...DEFAULT_CAPTURE_SETTINGS };
  for (const k of KEYS) {
    const v = getSetting<unknown>(db, `capture.${k}`);
    if (v !== undefined && problem(k, v) === null) out[k] = v;
  }
  return out as unknown as CaptureSettings;
}

/**
 * Validates and writes some settings in one transaction.
 * @throws Error naming the setting when a key is unknown or a value is invalid (nothing written).
 */
export function saveCaptureSettings(db: EngramDb, patch: Partial<CaptureSettings>): CaptureSettings {
  for (const [k, v] of Object.entries(patch)) {
    if (!KEYS.includes(k as Key)) throw new Error(`unknown capture setting "${k}" (known: ${KEYS.join(", ")})`);
    const p = problem(k as Key, v);
    if (p) throw new Error(p);
  }
  db.transaction(() => {
    for (const [k, v] of Object.entries(patch)) setSetting(db, `capture.${k}`, v);
  })();
  return loadCaptureSettings(db);
}

/**
 * Parses a CLI assignment `name=value` (the `capture.` prefix is optional) into a settings patch.
 * Values are JSON (`true`, `5000`, `["Slack"]`, `null`); list settings also take a comma-separated
 * list (`excludedApps=Slack,Signal`); `paused=true|false` sets `pausedUntil`.
 * @throws Error naming the assignment when it is malformed or the setting unknown.
 */
export function parseSettingAssignment(assignment: string): Partial<CaptureSettings> {
  const eq = assignment.indexOf("=");
  if (eq <= 0) throw new Error(`--set "${assignment}": expected name=value`);
  const name = assignment
    .slice(0, eq)
    .trim()
    .replace(/^capture\./, "");
  const raw = assignment.slice(eq + 1).trim();
  if (name === "paused") {
    if (raw !== "true" && raw !== "false") throw new Error(`--set paused: expected true or false, got "${raw}"`);
    return { pausedUntil: raw === "true" ? PAUSED_FOREVER : 0 };
  }
  if (!KEYS.includes(name as Key)) throw new Error(`--set "${assignment}": unknown capture setting "${name}" (known: paused, ${KEYS.join(", ")})`);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = Array.isArray(DEFAULT_CAPTURE_SETTINGS[name as Key])
      ? raw
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : raw;
  }
  if (Array.isArray(DEFAULT_CAPTURE_SETTINGS[name as Key]) && typeof value === "string") value = [value];
  return { [name]: value } as Partial<CaptureSettings>;
}

function minutesOf(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * Why capture must not keep a frame taken at `at` (epoch ms): `"paused"` while `pausedUntil` is in
 * the future, `"outside capture hours"` outside `hours` (local time of this machine), else null.
 */
export function captureBlocked(s: Pick<CaptureSettings, "pausedUntil" | "hours">, at: number): string | null {
  if (s.pausedUntil > at) return s.pausedUntil === PAUSED_FOREVER ? "capture is paused" : `capture is paused until ${new Date(s.pausedUntil).toISOString()}`;
  if (!s.hours) return null;
  const d = new Date(at);
  const m = d.getHours() * 60 + d.getMinutes();
  const start = minutesOf(s.hours.start);
  const end = minutesOf(s.hours.end);
  const inside = start <= end ? m >= start && m < end : m >= start || m < end;
  return inside ? null : `outside capture hours ${s.hours.start}–${s.hours.end}`;
}
