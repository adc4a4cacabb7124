/**
 * Concurrent-search load test of `engram serve`: starts the real server on a copy-free existing
 * database, then runs a fixed number of hybrid searches over loopback with C requests in flight,
 * stopping early at a time limit. Reports requests/s, latency percentiles, errors and the
 * server's RSS before and after (Linux /proc).
 *
 *   npm run bench:serve-load -- --db DB [--n 1000] [--concurrency 20] [--seconds 120] [--mode hybrid|bm25|vector] [--out FILE]
 *
 * Queries: the first six words of the database's first 200 sources (deterministic, varied).
 * Only 127.0.0.1 is contacted; the server is stopped at the end.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    n: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "20" },
    seconds: { type: "string", default: "120" },
    mode: { type: "string", default: "hybrid" },
    out: { type: "string" },
  },
});
if (!values.db || !existsSync(values.db)) {
  process.stderr.write("usage: npm run bench:serve-load -- --db DB [--n 1000] [--concurrency 20] [--seconds 120] [--out FILE]\n");
  process.exit(2);
}
const n = Number(values.n);
const concurrency = Number(values.concurrency);
const limitMs = Number(values.seconds) * 1000;

/** Query texts from the database itself. */
function queries(db: string): string[] {
  const conn = new Database(db, { readonly: true });
  try {
    const rows = conn.prepare("SELECT text FROM sources ORDER BY id LIMIT 200").all() as Array<{ text: string }>;
    return rows.map((r) => r.text.split(/\s+/).slice(0, 6).join(" ")).filter((q) => q.trim().length > 2);
  } finally {
    conn.close();
  }
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  const qs = queries(values.db!);
  const cli = join(import.meta.dirname, "..", "bin", "engram.mjs");
  const server = spawn(process.execPath, [cli, "serve", "--port", "0", "--db", values.db!], { stdio: ["ignore", "pipe", "inherit"] });
  const url = new URL(
    await new Promise<string>((ok, fail) => {
      createInterface({ input: server.stdout! }).once("line", ok);
      server.once("exit", (code) => fail(new Error(`engram serve exited (${code})`)));
    }),
  );
  if (url.hostname !== "127.0.0.1") throw new Error(`not a loopback address: ${url.host}`);
  const token = url.searchParams.get("token")!;
  const search = async (query: string): Promise<void> => {
    const res = await fetch(`${url.origin}/api/search`, {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ query, k: 10, mode: values.mode }),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    await res.json();
  };
  try {
    for (const q of qs.slice(0, 5)) await search(q); // loads the embedder
    const rssBefore = rssMb(server.pid!);
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
    const sorted = [...latencies].sort((a, b) => a - b);
    const result = {
      db: values.db, mode: values.mode, requests: latencies.length + errors, concurrency, seconds: Math.round(seconds * 10) / 10,
      perSecond: Math.round(((latencies.length + errors) / seconds) * 10) / 10,
      p50Ms: Math.round(pct(sorted, 50)), p95Ms: Math.round(pct(sorted, 95)), p99Ms: Math.round(pct(sorted, 99)), errors,
      rssMbBefore: rssBefore, rssMbAfter: rssMb(server.pid!), cpus: (await import("node:os")).cpus().length, at: new Date().toISOString(),
    };
    process.stdout.write(
      `| requests | in flight | req/s | p50 ms | p95 ms | p99 ms | errors | server RSS MB |\n|---|---|---|---|---|---|---|---|\n` +
        `| ${result.requests} | ${concurrency} | ${result.perSecond} | ${result.p50Ms} | ${result.p95Ms} | ${result.p99Ms} | ${errors} | ${rssBefore} → ${result.rssMbAfter} |\n`,
    );
    if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    server.kill("SIGTERM");
  }
}

await main();
