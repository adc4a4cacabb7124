/**
 * How fast the `engram` command answers, as a user runs it: each run is a new process
 * (`node bin/engram.mjs …`), timed from spawn to exit, with its CPU time (user + system) and peak
 * resident memory from GNU time (`/usr/bin/time`; without it those columns are empty).
 *
 *   npm run bench:cli -- --db DB [--runs 10] [--out FILE]
 *
 * Commands: `search --json` in hybrid mode and with `--mode bm25`, and `stats --json`. Queries are
 * LoCoMo-style questions, a different one per run. The bundle (dist/cli) is rebuilt before any run
 * that would find it older than a file under core/ or models/, so the runs measure it and not the
 * TypeScript fallback (bin/engram.mjs) even while the tree is being edited; one warm-up run per
 * command is not counted (it writes the embedder's kept graph, models/use-lite-kept-graph.ts, and
 * warms the page cache). Prints a
 * table with the load average and the targets (issue 10: hybrid <= 0.6 s and bm25 <= 0.4 s
 * wall, <= 300 MB), and writes JSON (default bench/results/cli.json):
 * `{ "results": [ { "command", "runs", "wall_p50_ms", "wall_min_ms", "wall_max_ms", "cpu_mean_ms",
 * "rss_max_mb", "target_wall_ms", "target_rss_mb" } ], "load": [before, after] }`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseFlags, printTable, writeJson } from "./lib/table.js";

const flags = parseFlags(process.argv.slice(2));
const root = join(import.meta.dirname, "..");
if (!flags.db || !existsSync(flags.db)) {
  process.stderr.write("usage: npm run bench:cli -- --db DB [--runs 10] [--out FILE]\n");
  process.exit(2);
}
const runs = Number(flags.runs ?? 10);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a positive integer, got "${flags.runs}"`);
const out = flags.out ?? join(import.meta.dirname, "results", "cli.json");
const GNU_TIME = "/usr/bin/time";

const QUESTIONS = [
  "When did Caroline go to the LGBTQ support group?",
  "What fields would Caroline be likely to pursue in her education?",
  "What did Melanie paint recently?",
  "What activities does Melanie partake in?",
  "Where has Melanie camped?",
  "What do Melanie's kids like?",
  "What books has Melanie read?",
  "How long has Caroline had her current group of friends for?",
  "What is Caroline's identity?",
  "Would Caroline likely have Dr. Seuss books on her bookshelf?",
];

const COMMANDS: Array<{ name: string; args: (q: string) => string[]; targetMs: number | null; targetMb: number | null }> = [
  { name: "search (hybrid)", args: (q) => ["search", q, "--json"], targetMs: 600, targetMb: 300 },
  { name: "search --mode bm25", args: (q) => ["search", q, "--mode", "bm25", "--json"], targetMs: 400, targetMb: 300 },
  { name: "stats", args: () => ["stats", "--json"], targetMs: null, targetMb: null },
];

interface Sample {
  wallMs: number;
  cpuMs: number | null;
  rssMb: number | null;
}

/** Runs `engram args` once; throws with its stderr when it fails. */
function runOnce(args: string[], scratch: string): Sample {
  const engram = [join(root, "bin", "engram.mjs"), ...args, "--db", flags.db!];
  const timed = existsSync(GNU_TIME);
  const report = join(scratch, "time.txt");
  const [cmd, argv] = timed ? [GNU_TIME, ["-f", "%U %S %M", "-o", report, process.execPath, ...engram]] : [process.execPath, engram];
  ensureBundle();
  const started = performance.now();
  const r = spawnSync(cmd, argv, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  if (r.status !== 0) throw new Error(`engram ${args.join(" ")} exited with ${r.status}: ${r.stderr}`);
  if (!timed) return { wallMs, cpuMs: null, rssMb: null };
  const [user, system, rssKb] = readFileSync(report, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number);
  return { wallMs, cpuMs: (user! + system!) * 1000, rssMb: rssKb! / 1024 };
}

const bundle = join(root, "dist", "cli", "cli.js");

/** Whether a file under core/ or models/ is newer than the CLI bundle: bin/engram.mjs then runs the TypeScript through tsx. */
function bundleStale(): boolean {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  return ["core", "models"].some((d) =>
    readdirSync(join(root, d), { withFileTypes: true, recursive: true }).some((e) => e.isFile() && statSync(join(e.parentPath, e.name)).mtimeMs > built),
  );
}

/** (Re)builds the CLI bundle when it is stale, so that every run measures the bundle (the tree may be edited while the bench runs). */
function ensureBundle(): void {
  if (!bundleStale()) return;
  const build = spawnSync(process.execPath, [join(root, "bin", "build-cli.mjs")], { cwd: root, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`bin/build-cli.mjs failed: ${build.stderr}`);
}

const scratch = mkdtempSync(join(tmpdir(), "engram-bench-cli-"));
const loadBefore = loadavg()[0]!;
const results = [];
try {
  for (const c of COMMANDS) {
    runOnce(c.args(QUESTIONS[0]!), scratch);
    const samples = Array.from({ length: runs }, (_, i) => runOnce(c.args(QUESTIONS[i % QUESTIONS.length]!), scratch));
    const walls = samples.map((s) => s.wallMs).sort((a, b) => a - b);
    const cpus = samples.flatMap((s) => (s.cpuMs == null ? [] : [s.cpuMs]));
    const rss = samples.flatMap((s) => (s.rssMb == null ? [] : [s.rssMb]));
    results.push({
      command: c.name,
      runs,
      wall_p50_ms: Math.round(walls[Math.floor((walls.length - 1) / 2)]!),
      wall_min_ms: Math.round(walls[0]!),
      wall_max_ms: Math.round(walls.at(-1)!),
      cpu_mean_ms: cpus.length ? Math.round(cpus.reduce((a, b) => a + b, 0) / cpus.length) : null,
      rss_max_mb: rss.length ? Math.round(Math.max(...rss)) : null,
      target_wall_ms: c.targetMs,
      target_rss_mb: c.targetMb,
    });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const load = [loadBefore, loadavg()[0]!];
printTable(results.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? "–"]))));
process.stdout.write(`load average ${load[0]!.toFixed(2)} -> ${load[1]!.toFixed(2)}\n`);
writeJson(out, { results, load });
