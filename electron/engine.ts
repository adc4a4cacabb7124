import { activeEmbedder, createApiHost } from "../core/api/host.js";
import { resolveDbPath } from "../core/config/paths.js";
import { untilStopSignal } from "../core/util/signals.js";
import { serveEngine, type EngineNotice, type FromEngine, type HostQuery, type ToEngine } from "./engine-protocol.js";
import { installNetGuard } from "./net-guard.js";
import { NetworkGrants } from "./security.js";

/**
 * The engine process of the desktop app (an Electron utilityProcess started by main.ts): opens
 * the database and runs the EngramApi implementation here, so heavy work (imports, embeddings,
 * OCR, the LLM) never blocks the window. Everything goes through the API: the capture scheduler in
 * main sends its frames with `captureFrame` (the API keeps one capture pipeline and remakes it when
 * the embedding model changes) and reads its settings with `captureConfig`; redacted screen text
 * is kept in the vault under the keychain key main sends (`vaultKey`, ApiContext.vaultKey). The
 * database is `ENGRAM_DB`, else `<userData>/engram.db` (core/config/paths.ts resolveDbPath, the
 * same as the CLI). The network is closed except for hosts granted while a user-started model
 * download runs.
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
  onBackgroundError: (err) => notify({ kind: "log", message: `background work failed: ${(err as Error).message}` }),
  vaultKey: () => keychain.key,
  // e.g. redacted screen text dropped for want of a key (main logged why it has none when it read the keychain)
  log: (message) => notify({ kind: "log", message }),
});

/** The vault key main sends first after start (HostQuery `vaultKey`); until then, none. */
let keychain: { key: Buffer | null; reason: string | null } = {
  key: null,
  reason: "the app sent no vault key; redacted screen text is dropped, not kept in the vault",
};

async function answer(q: HostQuery) {
  switch (q.kind) {
    case "imagePath":
      return host.imagePath(q.sourceId);
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
// the window's first search would otherwise wait for the embedder to load
void host.warmUp();

// host.close() closes the API, which closes its capture pipeline (memories of the last frames first)
void untilStopSignal().then(() => {
  void host.close().finally(() => process.exit(0));
});
