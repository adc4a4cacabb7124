/**
 * Concurrent-search load test of `engram serve`: starts the real server on a copy-free existing
 * database, then runs a fixed number of hybrid searches over loopback with C requests in flight,
 * stopping early at a time limit. Reports requests/s, latency percentiles, errors and the
 * server's RSS before and after (Linux /proc).
 *
 *   npm run bench:serve-load -- --db DB [--n 1000] [--concurrency 20] [--seconds 120] [--mode hybrid|bm25|vector]
 *                               [--search-workers N] [--out FILE]
 *
 * Queries: six-word windows of the database's sources (every third word, in source order), each
 * asked once, so no cache of the server answers a repeat (deterministic, varied).
 * `--search-workers` is passed to `engram serve` (0: searches on the server's thread; default: its
 * own default, one worker per core). Prints a table with the load average, and writes JSON (default
 * bench/results/serve-load.json). CPU per search (the server's, all threads, from /proc; and this
 * client's) is reported too: on a shared machine it, not req/s, says what idle cores would give.
 * Only 127.0.0.1 is contacted; the server is stopped at the end.
 */
import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { createInterface } from "node:readline";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    n: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "20" },
    seconds: { type: "string", default: "120" },
    mode: { type: "string", default: "hybrid" },
    "search-workers": { type: "string" },
    out: { type: "string", default: join(import.meta.dirname, "results", "serve-load.json") },
  },
});
if (!values.db || !existsSync(values.db)) {
  process.stderr.write("usage: npm run bench:serve-load -- --db DB [--n 1000] [--concurrency 20] [--seconds 120] [--out FILE]\n");
  process.exit(2);
}
const n = Number(values.n);
const concurrency = Number(values.concurrency);
const limitMs = Number(values.seconds) * 1000;

/** Up to `n` distinct query texts from the database itself: six-word windows at a stride of three words. */
function queries(db: string, n: number): string[] {
  const conn = new Database(db, { readonly: true });
  const out = new Set<string>();
  try {
    for (const r of conn.prepare("SELECT text FROM sources ORDER BY id").iterate() as Iterable<{ text: string }>) {
      const words = r.text.split(/\s+/).filter(Boolean);
      for (let i = 0; i < Math.max(1, words.length - 3) && out.size < n; i += 3) {
        const q = words.slice(i, i + 6).join(" ");
        if (q.length > 2) out.add(q);
      }
      if (out.size >= n) break;
    }
  } finally {
    conn.close();
  }
  return [...out];
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** CPU milliseconds a process has used (all its threads; Linux /proc, clock ticks of 10 ms), or null. */
function cpuMs(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8")
      .replace(/^.*\) /s, "")
      .split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime (fields 14 and 15 of stat)
  } catch {
    return null;
  }
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  const qs = queries(values.db!, n + 5);
  const warmup = qs.splice(0, 5);
  const cli = join(import.meta.dirname, "..", "bin", "engram.mjs");
  const workers = values["search-workers"] ? ["--search-workers", values["search-workers"]] : [];
  const server = spawn(process.execPath, [cli, "serve", "--port", "0", "--db", values.db!, ...workers], { stdio: ["ignore", "pipe", "inherit"] });
  const url = new URL(
    await new Promise<string>((ok, fail) => {
      createInterface({ input: server.stdout! }).once("line", ok);
      server.once("exit", (code) => fail(new Error(`engram serve exited (${code})`)));
    }),
  );
  if (url.hostname !== "127.0.0.1") throw new Error(`not a loopback address: ${url.host}`);
  const token = url.searchParams.get("token")!;
  // node:http with kept-alive connections: the client shares the 2 cores with the server, and
  // fetch (undici) costs it ~2.5 ms of CPU per request, this about a third of that
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const search = (query: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify({ query, k: 10, mode: values.mode });
      const req = request(
        `${url.origin}/api/search`,
        {
          method: "POST",
          agent,
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}`));
            try {
              JSON.parse(Buffer.concat(chunks).toString("utf8"));
              resolve();
            } catch (err) {
              reject(err as Error);
            }
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  try {
    for (const q of warmup) await search(q); // loads the embedder and starts the search workers
    const rssBefore = rssMb(server.pid!);
    const loadBefore = loadavg()[0]!;
    const serverCpuBefore = cpuMs(server.pid!);
    const clientCpuBefore = process.cpuUsage();
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const started = performance.now();
    const worker = async (): Promise<void> => {
      while (next < n && performance.now() - started < limitMs) {
        const q = qs[next++ % qs.length]!;
        const t0 = performance.now();
        try {
          await search(q);
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    const serverCpu = serverCpuBefore == null ? null : cpuMs(server.pid!)! - serverCpuBefore;
    const clientUse = process.cpuUsage(clientCpuBefore);
    const done = Math.max(1, latencies.length + errors);
    // CPU per search, whatever else the machine runs: what bounds searches/s on idle cores
    const serverCpuMsPerSearch = serverCpu == null ? null : Math.round((serverCpu / done) * 10) / 10;
    const clientCpuMsPerSearch = Math.round(((clientUse.user + clientUse.system) / 1000 / done) * 10) / 10;
    const sorted = [...latencies].sort((a, b) => a - b);
    const result = {
      db: values.db,
      mode: values.mode,
      searchWorkers: values["search-workers"] ?? "default",
      distinctQueries: Math.min(qs.length, latencies.length + errors),
      requests: latencies.length + errors,
      concurrency,
      seconds: Math.round(seconds * 10) / 10,
      perSecond: Math.round(((latencies.length + errors) / seconds) * 10) / 10,
      p50Ms: Math.round(pct(sorted, 50)),
      p95Ms: Math.round(pct(sorted, 95)),
      p99Ms: Math.round(pct(sorted, 99)),
      errors,
      serverCpuMsPerSearch,
      clientCpuMsPerSearch,
      /** searches/s the cores could give with nothing else running: cores × 1000 / (server + client CPU ms per search) */
      idleCoresCapacityPerSecond: serverCpuMsPerSearch == null ? null : Math.round((cpus().length * 1000) / (serverCpuMsPerSearch + clientCpuMsPerSearch)),
      rssMbBefore: rssBefore,
      rssMbAfter: rssMb(server.pid!),
      cpus: cpus().length,
      loadavg1m: { before: Math.round(loadBefore * 100) / 100, after: Math.round(loadavg()[0]! * 100) / 100 },
      at: new Date().toISOString(),
    };
    const met = result.perSecond >= 200 && result.p95Ms <= 100 && errors === 0;
    process.stdout.write(
      `| mode | search workers | requests | in flight | req/s | p50 ms | p95 ms | p99 ms | errors | server CPU ms/search | client CPU ms/search | server RSS MB | load avg (1 min) |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n` +
        `| ${result.mode} | ${result.searchWorkers} | ${result.requests} | ${concurrency} | ${result.perSecond} | ${result.p50Ms} | ${result.p95Ms} | ${result.p99Ms} | ${errors} | ${serverCpuMsPerSearch ?? "?"} | ${clientCpuMsPerSearch} | ${rssBefore} → ${result.rssMbAfter} | ${result.loadavg1m.before} → ${result.loadavg1m.after} |\n` +
        `CPU bound on idle cores: ~${result.idleCoresCapacityPerSecond ?? "?"} searches/s on ${cpus().length} cores\n` +
        `target (≥ 200 searches/s at p95 ≤ 100 ms, no errors): ${met ? "met" : "not met"}\n`,
    );
    mkdirSync(dirname(values.out!), { recursive: true });
    writeFileSync(values.out!, `${JSON.stringify({ ...result, targetMet: met }, null, 2)}\n`);
  } finally {
    agent.destroy();
    server.kill("SIGTERM");
  }
}

await main();
