import { frameStats } from "../db/repos/frame-stats.js";
import { pinFrame } from "../db/repos/frames.js";
import { DEFAULT_EXCLUDED_APPS, DEFAULT_EXCLUDED_TITLES } from "../capture/exclusions.js";
import { pruneFrames } from "../capture/retention.js";
import { loadCaptureSettings, parseSettingAssignment, saveCaptureSettings, type CaptureSettings as StoredSettings } from "../capture/settings.js";
import { framesDirFor } from "../capture/storage.js";
import { listVaultItems, vaultExists, vaultKeyKinds } from "../vault/vault.js";
import { captureVault } from "./capture-vault.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type {
  CaptureConfig,
  CaptureConfigRequest,
  CaptureStorage,
  ListRedactionsRequest,
  PinFramesRequest,
  PinFramesResult,
  PruneCaptureResult,
  RedactedValue,
} from "./types.js";

/** `pausedUntil` meaning "until resumed" (for showing settings). */
export { PAUSED_FOREVER } from "../capture/settings.js";

/**
 * The capture section the command line needs beyond the app's (core/api/capture.ts): every
 * pipeline setting, storage, retention, pins and the redacted values in the vault
 * (`engram capture settings|status|prune|pin|redactions`).
 */

/** `captureConfig`: applies the assignments of `set` in one write, then returns every setting.
 * @throws ApiError bad_request with the settings module's message (unknown name, bad value). */
export function captureConfig(ctx: ApiContext, req: CaptureConfigRequest): CaptureConfig {
  let s: StoredSettings;
  if (!req.set?.length) s = loadCaptureSettings(ctx.db);
  else {
    try {
      const patch: Partial<StoredSettings> = Object.assign({}, ...req.set.map(parseSettingAssignment));
      s = saveCaptureSettings(ctx.db, patch);
    } catch (err) {
      throw new ApiError("bad_request", (err as Error).message, { field: "set", cause: err });
    }
    ctx.onCaptureChange?.();
  }
  return {
    ...s,
    paused: s.pausedUntil > ctx.now(),
    builtInExclusions: s.defaultExclusions ? { apps: DEFAULT_EXCLUDED_APPS, titles: DEFAULT_EXCLUDED_TITLES } : null,
  };
}

/** `captureStorage`: on/paused, the frames folder, frame counts and bytes, and the vault. */
export function captureStorage(ctx: ApiContext): CaptureStorage {
  const { db } = ctx;
  const s = loadCaptureSettings(db);
  return {
    enabled: s.enabled,
    paused: s.pausedUntil > ctx.now(),
    framesDir: framesDirFor(ctx.dbPath),
    ...frameStats(db),
    vault: { exists: vaultExists(db), unlockWith: vaultKeyKinds(db), items: listVaultItems(db, { limit: 1_000_000 }).length },
  };
}

/** `pruneCapture`: deletes frames older than `retentionDays`, then the oldest until under
 * `retentionMaxBytes` (never pinned ones; core/capture/retention.ts). */
export function pruneCapture(ctx: ApiContext): PruneCaptureResult {
  const s = loadCaptureSettings(ctx.db);
  return pruneFrames(ctx.db, framesDirFor(ctx.dbPath), { maxAgeDays: s.retentionDays, maxBytes: s.retentionMaxBytes, now: ctx.now() });
}

/** `pinFrames`: pins (or releases) each frame; ids that are not frames are returned in `missing`. */
export function pinFrames(ctx: ApiContext, req: PinFramesRequest): PinFramesResult {
  return { missing: req.ids.filter((id) => !pinFrame(ctx.db, id, req.pinned)) };
}

/**
 * `listRedactions`: the vault's items, newest first (at most 1000); with `reveal` each with its
 * decrypted `value`.
 * @throws ApiError unavailable (field `passphrase`) when `reveal` finds items but no passphrase or
 *   key opens the vault; bad_request when the passphrase is wrong.
 */
export async function listRedactions(ctx: ApiContext, req: ListRedactionsRequest): Promise<{ items: RedactedValue[] }> {
  const list = listVaultItems(ctx.db);
  const vault = req.reveal && list.length ? await captureVault(ctx, req.passphrase, "reveal redacted values") : null;
  if (req.reveal && list.length && !vault)
    throw new ApiError("unavailable", "Revealing redacted values needs the vault's passphrase.", { field: "passphrase" });
  return { items: list.map((i) => ({ ...i, value: vault ? vault.get(i.id) : undefined })) };
}
