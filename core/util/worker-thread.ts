import { readlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { setPriority } from "node:os";
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

/**
 * The nice value {@link lowerThisThreadPriority} gives a thread (Linux: -20 highest to 19 lowest):
 * a thread at normal priority gets ~90 % of a core it shares with it (CFS weights 1024 against
 * 110). Not the lowest (19, ~1.5 %): where the kernel does not schedule each program's threads as a
 * group (autogroup, systemd's per-app cgroups), another program's busy thread would leave such a
 * thread almost no CPU, and an import waiting for its embeddings would stall.
 */
export const BACKGROUND_NICE = 10;

/**
 * Runs the calling thread (a worker thread) at a low scheduling priority (nice
 * {@link BACKGROUND_NICE}), so background work, such as embedding an import's turns, mostly takes
 * the cores that the process's own main thread leaves idle, and all of them while it waits. On
 * Linux the nice value belongs to a thread (setpriority(2), NOTES): the thread's id is read from
 * /proc/thread-self. Elsewhere setpriority would change the whole process, so this does nothing
 * and returns false. Returns true when the priority was lowered; never throws (a failure only
 * leaves the priority as it was).
 */
export function lowerThisThreadPriority(): boolean {
  if (process.platform !== "linux") return false;
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, BACKGROUND_NICE);
    return true;
  } catch {
    return false;
  }
}
