import { activeEmbedder, createApiHost } from "../core/api/host.js";
import { createCapturePipeline, type CapturePipeline } from "../core/capture/pipeline.js";
import { loadCaptureSettings, saveCaptureSettings } from "../core/capture/settings.js";
import { framesDirFor } from "../core/capture/storage.js";
import { resolveDbPath } from "../core/config/paths.js";
import { rawKeySource } from "../core/vault/keys.js";
import { openVault, type Vault } from "../core/vault/vault.js";
import type { Embedder } from "../models/embedder.js";
import { serveEngine, type EngineNotice, type FromEngine, type HostQuery, type ToEngine } from "./engine-protocol.js";
import { installNetGuard } from "./net-guard.js";
import { NetworkGrants } from "./security.js";
import { untilStopSignal } from "../core/util/signals.js";

/**
 * The engine process of the desktop app (an Electron utilityProcess started by main.ts): opens
 * the database and runs the EngramApi implementation and the capture pipeline here, so heavy work
 * (imports, embeddings, OCR, the LLM) never blocks the window. The database is `ENGRAM_DB`, else
 * `<userData>/engram.db` (core/db/connection.ts resolveDbPath, the same as the CLI). The network
 * is closed except for hosts granted while a user-started model download runs.
 */
const dbPath = resolveDbPath();
const parentPort = process.parentPort;
const grants = new NetworkGrants();
installNetGuard(grants);

let notify: (n: EngineNotice) => void = () => {};
const host = createApiHost({
  dbPath,
  createEmbedder: activeEmbedder,
  transport: "ipc",
  ownsModels: true,
  imageUrl: (id) => `app://engram/images/${id}`,
  exportUrl: () => null,
  capture: { available: true, reason: null },
  onCaptureChange: () => notify({ kind: "captureChanged" }),
  onDownload: (urls, phase) => {
    if (phase === "start") grants.grant(urls);
    else grants.revoke(urls);
    notify({ kind: "download", urls, phase });
  },
  onBackgroundError: (err) => notify({ kind: "log", message: `re-embedding failed: ${(err as Error).message}` }),
  vaultKey: () => keychain.key,
});

/** The vault key main sends first after start (HostQuery `vaultKey`); until then, none. */
let keychain: { key: Buffer | null; reason: string | null } = {
  key: null,
  reason: "the app sent no vault key; redacted screen text is dropped, not kept in the vault",
};

/**
 * Opens the vault with the keychain key for the capture pipeline (asked once per pipeline, when a
 * redacted value would be kept); null — the value is dropped — when there is no key or the vault
 * cannot be opened with it (e.g. created by the CLI with a passphrase only), said in the log.
 */
async function keychainVault(): Promise<Vault | null> {
  if (!keychain.key) {
    notify({ kind: "log", message: `vault: ${keychain.reason}` });
    return null;
  }
  try {
    return await openVault(host.db, rawKeySource(keychain.key));
  } catch (err) {
    notify({ kind: "log", message: `${(err as Error).message}; redacted screen text is dropped, not kept in the vault` });
    return null;
  }
}

/** The capture pipeline, rebuilt when the user switched the embedding model (never mixed dimensions). */
let pipeline: { embedder: Embedder; ready: Promise<CapturePipeline> } | null = null;
async function capturePipeline(): Promise<CapturePipeline> {
  const embedder = await host.embedder();
  if (pipeline?.embedder !== embedder) {
    const old = pipeline;
    pipeline = { embedder, ready: createCapturePipeline({ db: host.db, embedder, framesDir: framesDirFor(dbPath), vault: keychainVault }) };
    void old?.ready.then((p) => p.close()).catch(() => {});
  }
  return pipeline.ready;
}

async function answer(q: HostQuery) {
  switch (q.kind) {
    case "imagePath":
      return host.imagePath(q.sourceId);
    case "ingestFrame":
      return (await capturePipeline()).ingestFrame(q.frame);
    case "schedulerSettings": {
      const { enabled, intervalMs, pausedUntil, hours, allowUnidentified } = loadCaptureSettings(host.db);
      return { enabled, intervalMs, pausedUntil, hours, allowUnidentified };
    }
    case "setPaused":
      saveCaptureSettings(host.db, { pausedUntil: q.until });
      notify({ kind: "captureChanged" });
      return null;
    case "vaultKey":
      keychain = { key: q.key ? Buffer.from(q.key) : null, reason: q.reason };
      return null;
  }
}

notify = serveEngine(
  {
    post: (m: FromEngine) => parentPort.postMessage(m),
    onMessage: (l) => parentPort.on("message", (e) => l(e.data as ToEngine)),
  },
  { api: host.api, query: answer },
).notify;
notify({ kind: "ready" });

void untilStopSignal().then(() => {
  void (pipeline?.ready.then((p) => p.close()) ?? Promise.resolve())
    .catch(() => {})
    .then(() => host.close())
    .finally(() => process.exit(0));
});
