import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { getSetting } from "../db/repos/settings.js";
import type { Actor } from "./types.js";

/**
 * What the API implementation needs from its host (the `engram serve` process, the Electron
 * engine process, a test). The transport decides URLs; the host decides what capture can do.
 */
export interface ApiContext {
  db: EngramDb;
  /** the database file (":memory:" in tests); its folder holds frames/ and exports/ */
  dbPath: string;
  /** the active embedder, created on first use and then reused, with the vector index ready for it
   * (core/retrieval/reembed.ts `prepareVectors`): callers embed and store vectors at once */
  embedder: () => Promise<Embedder>;
  /** how the caller reaches the API: the app (IPC), the browser or MCP (HTTP), the command line */
  transport: "ipc" | "http" | "cli";
  /** URL an <img> can load for the image of source `sourceId` */
  imageUrl: (sourceId: number) => string;
  /** URL that downloads an export file in browser mode, null in the desktop app */
  exportUrl: (path: string) => string | null;
  /** whether this host can capture the screen (only the desktop app), and why not */
  capture: { available: boolean; reason: string | null };
  /** called after capture settings or pause state changed (the desktop app's scheduler reloads) */
  onCaptureChange?: () => void;
  /** the app's own vault key (32 bytes: the desktop app's keychain key), null or absent when it
   * has none — then the vault opens only with its passphrase (core/api/vault-items.ts) */
  vaultKey?: () => Buffer | null;
  /** asks the person at this host for the vault's passphrase (the command line: $ENGRAM_VAULT_PASSPHRASE,
   * else a prompt on the terminal); null or "" when none is given. Absent: never asks (core/api/capture-vault.ts) */
  askPassphrase?: (ask: { purpose: string; newVault: boolean }) => Promise<string | null>;
  /** a line for the host's log (the desktop app's engine log), e.g. why redacted screen text is
   * dropped; absent: not logged */
  log?: (message: string) => void;
  /** clock, epoch ms (tests) */
  now: () => number;
  /** who changes made through this API are recorded as in version history (default `user`;
   * the MCP transport uses `mcp`, see core/transports/mcp/) */
  actor?: Actor;
}

/** Memoises an async factory: the first call starts it, later calls share the same promise;
 * a rejected attempt is forgotten so the next call retries. */
export function lazy<T>(make: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => {
    p ??= make().catch((err: unknown) => {
      p = undefined;
      throw err;
    });
    return p;
  };
}

/**
 * The embedder's identity without loading the model when possible: the one recorded with the
 * vectors (settings key `embedder`), else the loaded embedder's, else `unavailable` (dimension 0)
 * when it cannot load — so info screens work while the model is missing or broken.
 */
export async function embedderIdentity(ctx: ApiContext): Promise<{ id: string; dimension: number }> {
  const stored = getSetting<{ id: string; dimension: number }>(ctx.db, "embedder");
  if (stored) return { id: stored.id, dimension: stored.dimension };
  try {
    const e = await ctx.embedder();
    return { id: e.id, dimension: e.dimension };
  } catch {
    return { id: "unavailable", dimension: 0 };
  }
}
