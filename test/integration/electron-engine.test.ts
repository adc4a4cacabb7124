import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schedulerApi } from "../../electron/capture/scheduler.js";
import { EngineClient, type FromEngine, type ToEngine } from "../../electron/engine-protocol.js";
import { openDatabase } from "../../core/db/connection.js";
import { rawKeySource } from "../../core/vault/keys.js";
import { listVaultItems, openVault } from "../../core/vault/vault.js";
import { writeChatgptExport } from "../fixtures/exports.js";
import { openScreenshotter, textPage } from "../fixtures/screenshots.js";
import { ROOT, tempDir } from "../helpers/cli.js";

/**
 * The desktop app's engine process as it ships: dist/electron/engine.js (built by
 * bin/build-electron.mjs), run in a worker thread standing in for Electron's utilityProcess (the
 * only Electron API it uses is `process.parentPort`, given here over the worker's port), driven by
 * the same EngineClient the main process uses.
 */
const SHIM = `
import { parentPort, workerData } from "node:worker_threads";
process.parentPort = {
  postMessage: (m) => parentPort.postMessage(m),
  on: (_event, listener) => parentPort.on("message", (data) => listener({ data })),
};
await import(workerData.engine);
`;

const VAULT_KEY = randomBytes(32);
let worker: Worker;
let client: EngineClient;
let dir: string;

beforeAll(async () => {
  const build = spawnSync(process.execPath, [join(ROOT, "bin", "build-electron.mjs")], { cwd: ROOT, encoding: "utf8" });
  expect(build.status, build.stderr).toBe(0);
  dir = tempDir("engram-engine-");
  worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(SHIM)}`), {
    workerData: { engine: new URL(`file://${join(ROOT, "dist", "electron", "engine.js")}`).href },
    env: { ...process.env, ENGRAM_DB: join(dir, "engram.db") },
  });
  const ready = new Promise<void>((resolve) => worker.on("message", (m: FromEngine) => m.type === "notice" && m.notice.kind === "ready" && resolve()));
  client = new EngineClient({ post: (m: ToEngine) => worker.postMessage(m), onMessage: (l) => worker.on("message", l) });
  await ready;
  // main's first message after starting the engine: the keychain's vault key (electron/vault-key.ts)
  await client.query({ kind: "vaultKey", key: VAULT_KEY, reason: null });
}, 120_000);

afterAll(async () => {
  await worker?.terminate();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("bundled engine process", () => {
  it("serves the API: import with progress, search, stats", async () => {
    const api = client.api();
    const chats = join(dir, "conversations.json");
    await writeChatgptExport(chats, 2, 4, 120);
    const phases = new Set<string>();
    const r = await api.importFile({ path: chats }, { onEvent: (e) => phases.add(e.phase) });
    expect(r).toMatchObject({ format: "chatgpt", conversations: 2 });
    expect([...phases]).toEqual(expect.arrayContaining(["validate", "import"]));
    expect((await api.search({ query: "quick brown fox", k: 2 })).hits).toHaveLength(2);
    expect(await api.info({})).toMatchObject({ transport: "ipc", dbPath: join(dir, "engram.db") });
  }, 120_000);

  it("answers the capture scheduler through the API: settings, pause, and a grabbed frame through the pipeline", async () => {
    const api = client.api();
    const link = schedulerApi(api); // what main gives the scheduler
    expect(await link.settings()).toEqual({
      enabled: false,
      intervalMs: 5000,
      pausedUntil: 0,
      hours: null,
      allowUnidentified: false,
    });
    await api.setCaptureSettings({ enabled: true });
    await link.setPaused!(Number.MAX_SAFE_INTEGER);
    expect((await api.captureStatus({})).state).toBe("paused");
    expect(await link.settings()).toMatchObject({ enabled: true, pausedUntil: Number.MAX_SAFE_INTEGER });
    await link.setPaused!(0);
    expect((await api.captureStatus({})).state).toBe("running");
    const width = 64;
    const height = 48;
    const data = new Uint8Array(width * height * 4).fill(255);
    const verdict = await link.ingest({ raw: { data, width, height, order: "bgra" }, capturedAt: Date.now(), display: 1, name: "display 1" });
    expect(verdict.status).toBe("stored");
    const status = await api.captureStatus({});
    expect(status.framesTotal).toBe(1);
    expect(await client.query({ kind: "imagePath", sourceId: verdict.sourceId! })).toMatch(/frames[\\/]\d{4}-\d{2}-\d{2}[\\/]\d+\.png$/);
  }, 120_000);

  it("keeps redacted screen text in the vault under the key main sent", async () => {
    const shots = await openScreenshotter();
    const png = await shots.html(textPage("Checkout", ["Card number 4111 1111 1111 1111 expires 12/29"], { fontPx: 20 }));
    await shots.close();
    const verdict = await client.api().captureFrame({ png, capturedAt: Date.now(), app: "Firefox", windowTitle: "Checkout", name: "checkout.png" });
    expect(verdict).toMatchObject({ status: "stored", redactions: { card: 2 }, vaulted: 2 }); // the card number and its expiry date
    const db = openDatabase(join(dir, "engram.db"));
    try {
      const items = listVaultItems(db, { sourceId: verdict.sourceId });
      expect(items.map((i) => i.kind)).toEqual(["card", "card"]);
      const vault = await openVault(db, rawKeySource(VAULT_KEY));
      expect(items.map((i) => vault.get(i.id)).sort()).toEqual(["12/29", "4111 1111 1111 1111"]);
      await expect(openVault(db, rawKeySource(randomBytes(32)))).rejects.toMatchObject({ code: "wrong_key" });
    } finally {
      db.close();
    }
  }, 120_000);
});
