import { disposeEmbedders } from "../models/embedders.js";
import { activeEmbedder, createApiHost } from "../core/api/host.js";
import { resolveDbPath } from "../core/db/connection.js";
import { serveEngine, type FromEngine, type ToEngine } from "./engine-protocol.js";
import { installNetGuard } from "./net-guard.js";
import { NetworkGrants } from "./security.js";

/**
 * The engine process of the desktop app (an Electron utilityProcess started by main.ts): opens
 * the database and runs the EngramApi implementation here, so heavy work (imports, embeddings,
 * the LLM) never blocks the window. The database is `ENGRAM_DB`, else `<userData>/engram.db`
 * (core/db/connection.ts resolveDbPath, the same as the CLI). The network is closed except for
 * hosts granted while a user-started model download runs.
 */
const dbPath = resolveDbPath();
const parentPort = process.parentPort;
const grants = new NetworkGrants();
installNetGuard(grants);

const ui = { notify: (_: Parameters<ReturnType<typeof serveEngine>["notify"]>[0]) => {} };
const host = createApiHost({
  dbPath,
  createEmbedder: activeEmbedder,
  transport: "ipc",
  imageUrl: (id) => `app://engram/images/${id}`,
  exportUrl: () => null,
  capture: { available: true, reason: null },
  onCaptureChange: () => ui.notify({ kind: "captureChanged" }),
  onDownload: (urls, phase) => {
    if (phase === "start") grants.grant(urls);
    else grants.revoke(urls);
    ui.notify({ kind: "download", urls, phase });
  },
  onBackgroundError: (err) => ui.notify({ kind: "log", message: `re-embedding failed: ${(err as Error).message}` }),
});

const served = serveEngine(
  {
    post: (m: FromEngine) => parentPort.postMessage(m),
    onMessage: (l) => parentPort.on("message", (e) => l(e.data as ToEngine)),
  },
  host,
);
ui.notify = served.notify;
served.notify({ kind: "ready" });

process.once("SIGTERM", () => {
  void host
    .close()
    .then(disposeEmbedders)
    .finally(() => process.exit(0));
});
