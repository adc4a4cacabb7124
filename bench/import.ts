/**
 * Import throughput: `npm run bench:import -- [--data FILE] [--repeat N] [--no-stages] [--out FILE]`.
 *
 * 1. End to end: `importFile` (the path `engram import` and the app take: parse, store, embed, memory
 *    engine) on a fresh database, over the LoCoMo split repeated `--repeat` times (default 1; each
 *    copy renamed, so nothing is a duplicate: `--repeat 3` imports 12,372 turns of the dev split):
 *    turns/s and the process's peak RSS (`maxRSS`, measured before anything else runs).
 * 2. Per stage (unless `--no-stages`), on another fresh database and the split once, one stage after
 *    the other as importFile runs them at once: parse (reading the conversations), embed (embedItems:
 *    a conversation's new turns, on the embedder's threads, plus the main thread's part), store
 *    (storeSources with those vectors), engine (engine.process minus the embedder calls it makes,
 *    timed by a wrapper: `embed (engine)`; and likewise `embed (store)`, nothing when all vectors are given); wall
 *    seconds, turns/s, and the CPU seconds of the whole process (embedding workers included).
 *    Also the process's CPU seconds and, on Linux, the main thread's: on a core (`main_cpu_s`),
 *    runnable but waiting for a core (`main_wait_s`: on a shared machine, mostly other processes),
 *    and neither (`main_idle_s`: waiting for embeddings or I/O, what the pipeline leaves idle).
 * Writes JSON `{ machine, end_to_end: { turns, memories, seconds, turns_per_s, peak_rss_mb, cpu_seconds,
 * main_cpu_s, main_wait_s, main_idle_s }, stages: [ { stage, seconds, cpu_seconds, turns_per_s } ] }`.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../core/db/connection.js";
import { ensureVectorTables } from "../core/db/vectors.js";
import { importFile } from "../core/ingest/import.js";
import { parseExport } from "../core/ingest/parse.js";
import { conversationItems, embedItems, storeSources } from "../core/ingest/store.js";
import { createMemoryEngine } from "../core/memory/index.js";
import type { Embedder } from "../models/embedder.js";
import { createEmbedder } from "../models/embedders.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";

const flags = parseFlags(process.argv.slice(2));
const data = flags.data ?? "../shared/data/locomo/locomo-dev.json";
const repeat = Number(flags.repeat ?? 1);
if (!Number.isInteger(repeat) || repeat < 1) throw new Error(`--repeat must be a positive integer (got ${flags.repeat})`);
const tmp = mkdtempSync(join(tmpdir(), "engram-import-bench-"));
const cpuSeconds = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

try {
  const samples = JSON.parse(readFileSync(data, "utf8")) as Array<{ sample_id: string }>;
  const file = join(tmp, "import.json");
  writeFileSync(
    file,
    JSON.stringify(Array.from({ length: repeat }, (_, r) => samples.map((s) => ({ ...s, sample_id: r ? `${s.sample_id}-copy${r}` : s.sample_id }))).flat()),
  );
  const embedder = await createEmbedder();

  process.stderr.write(`bench: importing ${file} (${repeat}× ${data}) end to end…\n`);
  const e2eDb = openDatabase(join(tmp, "e2e.db"));
  const main0 = mainThreadTimes();
  const cpu0 = cpuSeconds();
  const t0 = performance.now();
  const report = await importFile(e2eDb, embedder, file, { format: "locomo" });
  const e2eSeconds = (performance.now() - t0) / 1000;
  const e2eCpu = cpuSeconds() - cpu0;
  const main1 = mainThreadTimes();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  e2eDb.close();
  const endToEnd = {
    turns: report.turns,
    memories: report.memories,
    seconds: e2eSeconds,
    turns_per_s: report.turns / e2eSeconds,
    peak_rss_mb: Math.round(peakRss / 2 ** 20),
    cpu_seconds: e2eCpu,
    // the main thread (parse, store, memory engine): on a core, waiting for one, and neither (waiting for embeddings, I/O)
    main_cpu_s: main0 && main1 ? main1.cpu - main0.cpu : null,
    main_wait_s: main0 && main1 ? main1.wait - main0.wait : null,
    main_idle_s: main0 && main1 ? e2eSeconds - (main1.cpu - main0.cpu) - (main1.wait - main0.wait) : null,
  };
  const endToEndRow = Object.fromEntries(Object.entries(endToEnd).map(([k, v]) => [k, v ?? "?"]));
  process.stderr.write(
    `bench: ${report.turns} turns in ${e2eSeconds.toFixed(1)} s (${endToEnd.turns_per_s.toFixed(0)} turns/s), peak RSS ${endToEnd.peak_rss_mb} MB, main thread ${fixed(endToEnd.main_cpu_s)} s on a core, ${fixed(endToEnd.main_wait_s)} s waiting for one, ${fixed(endToEnd.main_idle_s)} s idle\n`,
  );

  if (flags["no-stages"]) {
    printTable([endToEndRow], 1);
    if (flags.out) writeJson(flags.out, { embedder: embedder.id, machine: machineInfo(), end_to_end: endToEnd, stages: [] });
    rmSync(tmp, { recursive: true, force: true });
    process.exit(0);
  }
  const stage = new Map<string, { seconds: number; cpu: number }>();
  const add = (name: string, seconds: number, cpu: number) => {
    const s = stage.get(name) ?? { seconds: 0, cpu: 0 };
    stage.set(name, { seconds: s.seconds + seconds, cpu: s.cpu + cpu });
  };
  let embedSeconds = 0;
  let embedCpu = 0;
  const timedEmbedder: Embedder = {
    id: embedder.id,
    dimension: embedder.dimension,
    async embed(texts: string[]) {
      const t = performance.now();
      const c = cpuSeconds();
      try {
        return await embedder.embed(texts);
      } finally {
        embedSeconds += (performance.now() - t) / 1000;
        embedCpu += cpuSeconds() - c;
      }
    },
  };
  const db = openDatabase(join(tmp, "stages.db"));
  ensureVectorTables(db, embedder);
  const engine = createMemoryEngine(db, timedEmbedder);
  let turns = 0;
  const iterator = parseExport(data, { format: "locomo" })[Symbol.asyncIterator]();
  for (;;) {
    let t = performance.now();
    let c = cpuSeconds();
    const next = await iterator.next();
    add("parse", (performance.now() - t) / 1000, cpuSeconds() - c);
    if (next.done) break;
    const conv = next.value;
    turns += conv.turns.length;
    // as importFile does: the conversation's new turns embedded (embedItems), then stored with those vectors
    const items = conversationItems(conv);
    const vectors = new Array<Float32Array | undefined>(items.length);
    for (const [name, run] of [
      ["embed", () => embedItems(db, timedEmbedder, items, vectors)],
      ["store", () => storeSources(db, timedEmbedder, items, conv, { vectors })],
      ["engine", () => engine.process()],
    ] as const) {
      embedSeconds = 0;
      embedCpu = 0;
      t = performance.now();
      c = cpuSeconds();
      await run();
      if (name === "embed") {
        add(name, (performance.now() - t) / 1000, cpuSeconds() - c);
        continue;
      }
      add(name, (performance.now() - t) / 1000 - embedSeconds, cpuSeconds() - c - embedCpu);
      add(`embed (${name})`, embedSeconds, embedCpu);
    }
  }
  db.close();
  const stages = [...stage].map(([name, s]) => ({ stage: name, seconds: s.seconds, cpu_seconds: s.cpu, turns_per_s: turns / s.seconds }));
  const total = stages.reduce((a, s) => ({ seconds: a.seconds + s.seconds, cpu: a.cpu + s.cpu_seconds }), { seconds: 0, cpu: 0 });
  stages.push({ stage: "sum of stages", seconds: total.seconds, cpu_seconds: total.cpu, turns_per_s: turns / total.seconds });
  printTable([endToEndRow], 1);
  process.stdout.write(`\nper stage (${turns} turns of ${data}):\n`);
  printTable(stages, 2);
  const machine = machineInfo();
  process.stdout.write(`\nmachine: ${machine.cpus} × ${machine.cpu}, ${machine.mem_gb} GiB, load average ${machine.load_avg.join(" ")}\n`);
  if (flags.out) writeJson(flags.out, { embedder: embedder.id, machine, end_to_end: endToEnd, stages });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(0);

/** `x` with 2 decimals, or "?" for null. */
function fixed(x: number | null): string {
  return x == null ? "?" : x.toFixed(2);
}

/**
 * Seconds the main thread has spent on a core and runnable but waiting for one, from Linux's
 * /proc/self/task/<pid>/schedstat (ns); null elsewhere. On a shared machine the wait is other
 * processes' (and the embedder threads') doing; idle time (neither) is the pipeline's.
 */
function mainThreadTimes(): { cpu: number; wait: number } | null {
  try {
    const [cpu, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ").map(Number);
    return { cpu: cpu! / 1e9, wait: wait! / 1e9 };
  } catch {
    return null;
  }
}

/** CPUs, memory and the load average now (benchmarks on a shared machine are read with it). */
function machineInfo() {
  return { cpus: cpus().length, cpu: cpus()[0]?.model ?? "", mem_gb: Math.round(totalmem() / 2 ** 30), load_avg: loadavg().map((x) => Number(x.toFixed(2))) };
}
