/**
 * Big-import benchmark (issue 12 item 2): a generated ChatGPT export of long messages (default
 * 7,450 messages of 5–25 KB, ≈ 100 MB; bench/lib/long-export.ts) imported into a fresh database with
 * the bundled embedder and the heuristic memory engine, as `engram import` does.
 *
 *   npm run bench:big-import -- [--turns 7450] [--data LOCOMO.json] [--export FILE] [--out FILE]
 *
 * Reports, from importFile's progress events and the threads' CPU time (Linux /proc):
 * - parse: both streaming passes over the file (validation, then reading conversations to store);
 * - store: storing (hash checks, the texts' tokens for the embedder, the write transaction);
 * - engine: the memory engine over the stored passages;
 *   each as wall seconds and CPU seconds of the main thread;
 * - embedding: CPU seconds of the other threads (the embedder's model), which also embed the next
 *   conversation while the engine works (import.ts prefetch), so wall phases overlap;
 * and peak RSS (the process's maxRSS, and the highest of samples every 250 ms). Targets: under 5
 * minutes, under 1 GB. Prints a table and writes JSON (default bench/results/big-import.json).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openDatabase } from "../core/db/connection.js";
import { importFile, type ImportProgress } from "../core/ingest/import.js";
import type { Embedder } from "../models/embedder.js";
import { createEmbedder, disposeEmbedders } from "../models/embedders.js";
import { locomoTurnTexts, writeLongChatgptExport } from "./lib/long-export.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";

/** CPU milliseconds of this process's main thread and of all its other threads (Linux /proc; 10 ms ticks). */
function threadCpuMs(): { main: number; others: number } {
  let main = 0;
  let others = 0;
  for (const tid of readdirSync("/proc/self/task")) {
    let ticks = 0;
    try {
      const f = readFileSync(`/proc/self/task/${tid}/stat`, "utf8")
        .replace(/^.*\) /s, "")
        .split(" ");
      ticks = Number(f[11]) + Number(f[12]);
    } catch {
      continue; // the thread ended meanwhile
    }
    if (Number(tid) === process.pid) main += ticks * 10;
    else others += ticks * 10;
  }
  return { main, others };
}

const flags = parseFlags(process.argv.slice(2));
const turns = Number(flags.turns ?? 7_450);
const data = flags.data ?? resolve(import.meta.dirname, "..", "..", "shared", "data", "locomo", "locomo-dev.json");
const outFile = flags.out ?? resolve(import.meta.dirname, "results", "big-import.json");
const dir = mkdtempSync(join(tmpdir(), "engram-big-import-"));

try {
  const exportFile = flags.export ?? join(dir, "conversations.json");
  const genStarted = performance.now();
  const gen = existsSync(exportFile) && flags.export ? null : await writeLongChatgptExport(exportFile, locomoTurnTexts(data), { turns });
  const genSeconds = (performance.now() - genStarted) / 1000;

  const base = await createEmbedder();
  let embedMs = 0;
  let embedded = 0;
  const embedder: Embedder = {
    id: base.id,
    dimension: base.dimension,
    embed: async (texts) => {
      const t0 = performance.now();
      try {
        return await base.embed(texts);
      } finally {
        embedMs += performance.now() - t0;
        embedded += texts.length;
      }
    },
  };
  await embedder.embed(["warm up"]);
  embedMs = 0;
  embedded = 0;

  let peakSampled = 0;
  const sampler = setInterval(() => (peakSampled = Math.max(peakSampled, process.memoryUsage().rss)), 250);
  const stage = { parse: 0, store: 0, engine: 0 };
  const mainCpu = { parse: 0, store: 0, engine: 0 };
  let last = performance.now();
  let lastMain = threadCpuMs().main;
  let lastTurns = -1;
  const onProgress = (p: ImportProgress): void => {
    const now = performance.now();
    const main = threadCpuMs().main;
    const [dt, dc] = [now - last, main - lastMain];
    [last, lastMain] = [now, main];
    // an "embed" event with a new turn count: the next conversation was just read
    const key = p.phase === "validate" ? "parse" : p.phase === "process" ? "engine" : p.phase === "embed" && p.turns !== lastTurns ? "parse" : "store";
    stage[key] += dt;
    mainCpu[key] += dc;
    if (p.phase === "embed") lastTurns = p.turns;
  };
  const cpuStarted = threadCpuMs();
  const db = openDatabase(join(dir, "big.db"));
  const started = performance.now();
  const report = await importFile(db, embedder, exportFile, { onProgress });
  const seconds = (performance.now() - started) / 1000;
  const cpuEnd = threadCpuMs(); // before the embedder's threads end
  clearInterval(sampler);
  const sources = (db.prepare("SELECT COUNT(*) AS n FROM sources").get() as { n: number }).n;
  const memories = db.prepare("SELECT type, COUNT(*) AS n FROM memories GROUP BY type").all() as Array<{ type: string; n: number }>;
  db.close();
  await disposeEmbedders();

  const maxRssMb = Math.round((process.resourceUsage().maxRSS * 1024) / 2 ** 20);
  const s = (ms: number) => Math.round(ms / 100) / 10;
  const perPassage = (sec: number) => Math.round((sec * 10_000) / Math.max(1, sources)) / 10;
  const result = {
    export: {
      file: flags.export ?? "(generated)",
      bytes: gen?.bytes ?? null,
      conversations: report.conversations,
      turns: report.turns,
      textChars: gen?.textChars ?? null,
      generateSeconds: Math.round(genSeconds * 10) / 10,
    },
    sources,
    memories: Object.fromEntries(memories.map((m) => [m.type, m.n])),
    seconds: Math.round(seconds * 10) / 10,
    /** wall seconds between progress events, by the phase the event ends; the embedding of the next
     * conversation runs in the embedder's threads during the engine phase (import.ts prefetch) */
    wallSeconds: { parse: s(stage.parse), store: s(stage.store), engine: s(stage.engine), insideEmbedder: s(embedMs) },
    /** CPU seconds: the main thread per phase (parse, storing with the texts' tokens, the engine),
     * and the other threads (the embedder's model, V8 helpers) */
    cpuSeconds: {
      mainParse: s(mainCpu.parse),
      mainStore: s(mainCpu.store),
      mainEngine: s(mainCpu.engine),
      otherThreads: s(cpuEnd.others - cpuStarted.others),
      total: s(cpuEnd.main + cpuEnd.others - cpuStarted.main - cpuStarted.others),
    },
    embeddedTexts: embedded,
    passagesPerSecondEngine: Math.round(sources / (stage.engine / 1000)),
    maxRssMb,
    peakSampledRssMb: Math.round(peakSampled / 2 ** 20),
    /** the targets, judged only for the full-size export */
    targets: turns >= 7_450 ? { under5Minutes: seconds < 300, under1GB: maxRssMb < 1024 } : null,
    cpus: cpus().length,
    loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
    at: new Date().toISOString(),
  };
  printTable(
    [
      {
        stage: "parse (2 passes)",
        "wall s": result.wallSeconds.parse,
        "cpu s": result.cpuSeconds.mainParse,
        "cpu ms/passage": perPassage(result.cpuSeconds.mainParse),
      },
      {
        stage: "store (+ tokens)",
        "wall s": result.wallSeconds.store,
        "cpu s": result.cpuSeconds.mainStore,
        "cpu ms/passage": perPassage(result.cpuSeconds.mainStore),
      },
      {
        stage: "engine",
        "wall s": result.wallSeconds.engine,
        "cpu s": result.cpuSeconds.mainEngine,
        "cpu ms/passage": perPassage(result.cpuSeconds.mainEngine),
      },
      {
        stage: "embedding (other threads)",
        "wall s": `${result.wallSeconds.insideEmbedder} inside`,
        "cpu s": result.cpuSeconds.otherThreads,
        "cpu ms/passage": perPassage(result.cpuSeconds.otherThreads),
      },
      { stage: "total", "wall s": result.seconds, "cpu s": result.cpuSeconds.total, "cpu ms/passage": perPassage(result.cpuSeconds.total) },
    ],
    1,
  );
  process.stdout.write(
    `\n${result.export.bytes ?? "?"} bytes, ${report.conversations} conversations, ${report.turns} messages → ${sources} sources; ` +
      `memories ${JSON.stringify(result.memories)}\npeak RSS ${maxRssMb} MB (sampled ${result.peakSampledRssMb} MB); load average ${result.loadavg.join(" ")}\n` +
      (result.targets
        ? `targets: under 5 minutes ${result.targets.under5Minutes ? "met" : "NOT met"}, under 1 GB ${result.targets.under1GB ? "met" : "NOT met"}\n`
        : "targets (under 5 minutes, under 1 GB) are judged on the full 7,450-message export\n"),
  );
  writeJson(outFile, result);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
