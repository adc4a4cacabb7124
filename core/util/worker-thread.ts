import { createRequire } from "node:module";
import { extname } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const require = createRequire(import.meta.url);

/**
 * Starts a worker thread running the module `name` that lies beside `moduleUrl` (pass
 * `import.meta.url`): `./name.ts` under tsx or vitest (the worker imports tsx to load it), `./name.js`
 * when compiled or bundled (the bundles build each worker as its own entry, bin/bundle.mjs).
 */
export function startSiblingWorker(moduleUrl: string, name: string, workerData: unknown): Worker {
  const ext = extname(new URL(moduleUrl).pathname);
  const url = new URL(`./${name}${ext}`, moduleUrl);
  const execArgv = ext === ".ts" ? ["--import", pathToFileURL(require.resolve("tsx")).href] : [];
  return new Worker(url, { workerData, execArgv });
}

/**
 * Resolves when the worker's first message is `{ type: "ready" }`; rejects with its error event, or
 * with `Error("<what> failed to load: <message>")` when its first message is anything else (a
 * `message` field, if any, says why).
 */
export function whenReady(worker: Worker, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", (m: { type?: unknown; message?: unknown }) =>
      m && m.type === "ready" ? resolve() : reject(new Error(`${what} failed to load: ${typeof m?.message === "string" ? m.message : "?"}`)),
    );
  });
}
