/**
 * Scale benchmark: `npm run bench:scale -- [--n 100000] [--out FILE]`.
 *
 * Fills a fresh database with synthetic memories in steps (10k, 100k, up to --n; 1M with
 * `--n 1000000`) and measures insert throughput (memories/s: row + FTS + vectors, embedding
 * excluded — see bench:embed for that) and hybrid search latency p50/p95 over 50 queries,
 * INCLUDING the real query embedding. `--keep FILE` keeps the database there for profiling.
 * Synthetic memories: texts mixed from two real LoCoMo turns; vectors = normalised sum of the two
 * turns' real embeddings plus small noise, so the index sees realistic geometry.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../core/db/connection.js";
import { insertMemory } from "../core/db/repos/memories.js";
import { ensureVectorTables, putVector } from "../core/db/vectors.js";
import { searchMemories } from "../core/retrieval/search.js";
import { createEmbedder } from "../models/embedders.js";
import { percentile } from "./lib/metrics.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";

const flags = parseFlags(process.argv.slice(2));
const n = Number(flags.n ?? 100_000);
const steps = [10_000, 100_000, 1_000_000].filter((s) => s < n).concat(n);
const samples = JSON.parse(readFileSync(flags.data ?? "../shared/data/locomo/locomo-dev.json", "utf8")) as Array<{
  conversation: Record<string, unknown>;
}>;
const pool: string[] = [];
for (const s of samples) {
  for (const [key, turns] of Object.entries(s.conversation)) {
    if (/^session_\d+$/.test(key)) for (const t of turns as Array<{ text: string }>) pool.push(t.text);
  }
}
const texts = pool.slice(0, 1500);
const embedder = await createEmbedder();
process.stderr.write(`bench: embedding a pool of ${texts.length} real turns…\n`);
const vectors = await embedder.embed(texts);
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const tmp = mkdtempSync(join(tmpdir(), "engram-scale-"));
const db = openDatabase(flags.keep ?? join(tmp, "scale.db"));
ensureVectorTables(db, embedder);
const rows: Array<Record<string, number | string>> = [];
let count = 0;
for (const target of steps) {
  const t0 = performance.now();
  const BATCH = 2000;
  while (count < target) {
    db.transaction(() => {
      for (let i = 0; i < BATCH && count < target; i++, count++) {
        const a = Math.floor(rand() * texts.length);
        const b = Math.floor(rand() * texts.length);
        const v = new Float32Array(embedder.dimension);
        let norm = 0;
        for (let j = 0; j < v.length; j++) {
          v[j] = vectors[a]![j]! + vectors[b]![j]! + (rand() - 0.5) * 0.02;
          norm += v[j]! * v[j]!;
        }
        for (let j = 0; j < v.length; j++) v[j]! /= Math.sqrt(norm);
        const id = insertMemory(
          db,
          { type: "episodic", title: `memory ${count}`, content: `${texts[a]} ${texts[b]}`, occurredAt: 1_600_000_000_000 + count * 60_000, engine: "bench" },
          { actor: "bench" },
        );
        putVector(db, "memories", id, v);
      }
    })();
  }
  const insertSeconds = (performance.now() - t0) / 1000;
  const latencies: number[] = [];
  for (let q = 0; q < 50; q++) {
    const query = texts[Math.floor(rand() * texts.length)]!.split(" ").slice(0, 8).join(" ");
    const t = performance.now();
    await searchMemories(db, embedder, query, { k: 10 });
    latencies.push(performance.now() - t);
  }
  rows.push({
    memories: count,
    inserted_per_s: Math.round((count - (rows.length ? Number(rows.at(-1)!.memories) : 0)) / insertSeconds),
    search_p50_ms: percentile(latencies, 50),
    search_p95_ms: percentile(latencies, 95),
  });
  process.stderr.write(`bench: ${count} memories done\n`);
}
db.close();
rmSync(tmp, { recursive: true, force: true });
printTable(rows, 1);
if (flags.out) writeJson(flags.out, { embedder: embedder.id, results: rows });
