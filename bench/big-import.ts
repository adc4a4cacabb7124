/**
 * Big-import benchmark (issue 12 item 2): a generated ChatGPT export of long messages (default
 * 7,450 messages of 5–25 KB, ≈ 100 MB; bench/lib/long-export.ts) imported into a fresh database with
 * the bundled embedder and the heuristic memory engine, as `engram import` does.
 *
 *   npm run bench:big-import -- [--turns 7450] [--data LOCOMO.json] [--export FILE] [--out FILE]
 *
 * Reports wall time per stage, from importFile's progress events and a timed embedder:
 * - parse: both streaming passes over the file (validation, then reading conversations to store);
 * - embed: time inside the embedder (batches of passages);
 * - store: the rest of storing (hash checks, the write transaction);
 * - engine: the memory engine over the stored passages;
 * CPU seconds per stage (all threads of the process, independent of other jobs on the machine)
 * and peak RSS (the process's maxRSS, and the highest of samples every 250 ms). Targets: under 5
 * minutes, under 1 GB. Prints a table and writes JSON (default bench/results/big-import.json).
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openDatabase } from "../core/db/connection.js";
import { importFile, type ImportProgress } from "../core/ingest/import.js";
import type { Embedder } from "../models/embedder.js";
import { createEmbedder, disposeEmbedders } from "../models/embedders.js";
import { locomoTurnTexts, writeLongChatgptExport } from "./lib/long-export.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";

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
  const stage = { parse: 0, storeAndEmbed: 0, engine: 0 };
  const cpu = { parse: 0, storeAndEmbed: 0, engine: 0 };
  const cpuNow = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let last = performance.now();
  let lastCpu = cpuNow();
  let lastTurns = -1;
  const onProgress = (p: ImportProgress): void => {
    const now = performance.now();
    const nowCpu = cpuNow();
    const [dt, dc] = [now - last, nowCpu - lastCpu];
    [last, lastCpu] = [now, nowCpu];
    const key = p.phase === "validate" ? "parse" : p.phase === "process" ? "engine" : p.phase === "embed" && p.turns !== lastTurns ? "parse" : "storeAndEmbed";
    stage[key] += dt; // an "embed" event with a new turn count: the next conversation was just read
    cpu[key] += dc;
    if (p.phase === "embed") lastTurns = p.turns;
  };
  const cpuStarted = cpuNow();
  const db = openDatabase(join(dir, "big.db"));
  const started = performance.now();
  const report = await importFile(db, embedder, exportFile, { onProgress });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const sources = (db.prepare("SELECT COUNT(*) AS n FROM sources").get() as { n: number }).n;
  const memories = (db.prepare("SELECT type, COUNT(*) AS n FROM memories GROUP BY type").all() as Array<{ type: string; n: number }>);
  db.close();
  await disposeEmbedders();

  const maxRssMb = Math.round((process.resourceUsage().maxRSS * 1024) / 2 ** 20);
  const s = (ms: number) => Math.round(ms / 100) / 10;
  const result = {
    export: { file: flags.export ?? "(generated)", bytes: gen?.bytes ?? null, conversations: report.conversations, turns: report.turns, textChars: gen?.textChars ?? null, generateSeconds: Math.round(genSeconds * 10) / 10 },
    sources, memories: Object.fromEntries(memories.map((m) => [m.type, m.n])),
    seconds: Math.round(seconds * 10) / 10,
    stages: { parseSeconds: s(stage.parse), embedSeconds: s(embedMs), storeSeconds: s(stage.storeAndEmbed - embedMs), engineSeconds: s(stage.engine) },
    /** CPU seconds of the whole process (all threads) per stage: what the load of other jobs does not change */
    cpuSeconds: { parse: s(cpu.parse), storeAndEmbed: s(cpu.storeAndEmbed), engine: s(cpu.engine), total: s(cpuNow() - cpuStarted) },
    embeddedTexts: embedded,
    passagesPerSecondEngine: Math.round(sources / (stage.engine / 1000)),
    maxRssMb, peakSampledRssMb: Math.round(peakSampled / 2 ** 20),
    /** the targets, judged only for the full-size export */
    targets: turns >= 7_450 ? { under5Minutes: seconds < 300, under1GB: maxRssMb < 1024 } : null,
    cpus: cpus().length, loadavg: loadavg().map((x) => Math.round(x * 100) / 100), at: new Date().toISOString(),
  };
  printTable([
    { stage: "parse (2 passes)", seconds: result.stages.parseSeconds, "cpu seconds": result.cpuSeconds.parse },
    { stage: "embed", seconds: result.stages.embedSeconds, "cpu seconds": result.cpuSeconds.storeAndEmbed },
    { stage: "store", seconds: result.stages.storeSeconds, "cpu seconds": "(with embed)" },
    { stage: "engine", seconds: result.stages.engineSeconds, "cpu seconds": result.cpuSeconds.engine },
    { stage: "total", seconds: result.seconds, "cpu seconds": result.cpuSeconds.total },
  ], 1);
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
