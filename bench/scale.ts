/**
 * Scale benchmark: `npm run bench:scale -- [--n 100000] [--queries 100] [--peer lancedb|none] [--keep FILE] [--out FILE]`.
 *
 * Fills a fresh database with synthetic memories (bench/lib/synthetic.ts: texts and vectors made from
 * real LoCoMo turns) in steps (10k, 100k, up to --n; 1M with `--n 1000000`), inserting in
 * transactions of 2,000 (row + versions + FTS + vectors; embedding excluded, see bench:embed), then
 * brings the term bitmaps up to date as the app does after an import (from 50k memories; their time
 * is part of `build_s` and reported as `term_bitmaps_s`), and at each step measures:
 * - hybrid search (searchMemories, k = 10, passages on) p50/p95 over `--queries` queries (the first
 *   8 words of pool turns) with the query vector given, and p95 again embedding each query; the
 *   process's CPU time per search too (p50/p95), which a loaded machine inflates far less than
 *   wall time;
 * - vector overlap: the share of the exact top 10 (a full scan of the float vectors) found in the top
 *   10 of the vector ranking hybrid search uses (rank.ts vectorRanking); BM25 overlap likewise: the
 *   top 10 of the BM25 ranking hybrid search uses (rank.ts bm25Ranking: pruned terms, documents
 *   with three or two of them first) against FTS5's full OR of every query term;
 * - RSS (the largest seen while searching), the file size per memory after a WAL checkpoint.
 * Five warm-up queries precede each timing. Then the same corpus runs through LanceDB in a child
 * process (bench/lib/lancedb-peer.ts), at the refine factor that brings its vector overlap within
 * 0.02 of Engram's, and Engram's ratio to it is printed. JSON (`--out`):
 * `{ embedder, machine, results: [ { memories, inserted_per_s, search_p50_ms, search_p95_ms,
 * search_p95_with_embedding_ms, search_cpu_p50_ms, search_cpu_p95_ms, vector_overlap_at_10, bm25_overlap_at_10, rss_mb, bytes_per_memory, build_s, term_bitmaps, term_bitmaps_s, peer: { name,
 * build_s, search_p50_ms, search_p95_ms, rss_mb, vector_overlap_at_10, refine_factor, nprobes } } ] }`.
 * `--keep FILE` keeps the database there for profiling.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../core/db/connection.js";
import { insertMemory } from "../core/db/repos/memories.js";
import { ensureVectorTables, putVector } from "../core/db/vectors.js";
import { memoryFilterSql } from "../core/db/filters.js";
import { ftsMatch, queryTerms } from "../core/retrieval/fts-query.js";
import { bm25Ranking, vectorRanking } from "../core/retrieval/rank.js";
import { searchMemories } from "../core/retrieval/search.js";
import { refreshTermBitmaps } from "../core/retrieval/term-bitmaps-build.js";
import { createEmbedder } from "../models/embedders.js";
import type { PeerSpec } from "./lib/lancedb-peer.js";
import { percentile } from "./lib/metrics.js";
import { exactTopK, locomoTurnTexts, mulberry32, overlapAtK, syntheticMemory } from "./lib/synthetic.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";

const flags = parseFlags(process.argv.slice(2));
const n = Number(flags.n ?? 100_000);
if (!(n >= 1)) throw new Error(`--n must be a positive number of memories (got ${flags.n})`);
const queryCount = Number(flags.queries ?? 100);
const peer = flags.peer ?? "lancedb";
if (peer !== "lancedb" && peer !== "none") throw new Error(`--peer must be lancedb or none (got ${peer})`);
const steps = [10_000, 100_000, 1_000_000].filter((s) => s < n).concat(n);
const BATCH = 2000;

const texts = locomoTurnTexts(flags.data ?? "../shared/data/locomo/locomo-dev.json").slice(0, 1500);
const embedder = await createEmbedder();
process.stderr.write(`bench: embedding a pool of ${texts.length} real turns…\n`);
const vectors = await embedder.embed(texts);
const pick = mulberry32(7);
const queryOf = () => texts[Math.floor(pick() * texts.length)]!.split(" ").slice(0, 8).join(" ");
const warmup = Array.from({ length: 5 }, queryOf);
const queries = Array.from({ length: queryCount }, queryOf);
const queryVectors = await embedder.embed(queries);

const tmp = mkdtempSync(join(tmpdir(), "engram-scale-"));
const dbPath = flags.keep ?? join(tmp, "scale.db");
const db = openDatabase(dbPath);
ensureVectorTables(db, embedder);
const rows: Array<Record<string, unknown>> = [];
const exactPerStep: number[][][] = [];
let count = 0;
let buildSeconds = 0;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

for (const target of steps) {
  const t0 = performance.now();
  const before = count;
  while (count < target) {
    db.transaction(() => {
      for (let i = 0; i < BATCH && count < target; i++, count++) {
        const m = syntheticMemory(count, texts, vectors);
        const id = insertMemory(db, { type: "episodic", title: m.title, content: m.content, occurredAt: m.occurredAt, engine: "bench" }, { actor: "bench" });
        if (id !== m.id) throw new Error(`bench: memory ${m.id} got id ${id}: the database was not fresh`);
        putVector(db, "memories", id, m.vector);
      }
    })();
  }
  const insertSeconds = (performance.now() - t0) / 1000;
  // what the app does after an import: term bitmaps for BM25 once the index is large (core/retrieval/term-bitmaps.ts)
  const t1 = performance.now();
  const bitmaps = await refreshTermBitmaps(db, "memories");
  const bitmapSeconds = (performance.now() - t1) / 1000;
  buildSeconds += insertSeconds + bitmapSeconds;
  const rssBuild = process.memoryUsage.rss();
  db.pragma("wal_checkpoint(TRUNCATE)");
  const fileBytes = statSync(dbPath).size;

  process.stderr.write(
    `bench: ${count} memories stored in ${insertSeconds.toFixed(1)} s, term bitmaps (${bitmaps ?? "none due"}) in ${bitmapSeconds.toFixed(1)} s; exact top 10 of ${queries.length} queries…\n`,
  );
  const scan = db.prepare("SELECT memory_id AS id, vector FROM memories_embeddings").iterate() as Iterable<{ id: number; vector: Buffer }>;
  const exact = exactTopK(
    (function* () {
      for (const r of scan) yield { id: r.id, vector: new Float32Array(r.vector.buffer, r.vector.byteOffset, r.vector.byteLength / 4) };
    })(),
    queryVectors,
    10,
  );
  exactPerStep.push(exact);
  const filter = memoryFilterSql({});
  const approx = queryVectors.map((qv) =>
    vectorRanking(db, "memories", qv, filter, 30)
      .slice(0, 10)
      .map((h) => h.id),
  );
  const overlap = overlapAtK(approx, exact);
  // BM25 as hybrid search runs it (pruned terms, pairs/triples first) against FTS5's full OR of every query term
  const fullOr = db.prepare("SELECT rowid AS id FROM memories_fts WHERE memories_fts MATCH ? AND rank MATCH 'bm25(0.3, 1.0)' ORDER BY rank LIMIT 10").pluck();
  const withTerms = queries.filter((q) => ftsMatch(queryTerms(q)));
  const bm25Overlap = overlapAtK(
    withTerms.map((q) =>
      bm25Ranking(db, "memories", q, filter, 50)
        .slice(0, 10)
        .map((h) => h.id),
    ),
    withTerms.map((q) => fullOr.all(ftsMatch(queryTerms(q))) as number[]),
  );

  let rss = 0;
  const cpuMs: number[] = [];
  const timed = async (withEmbedding: boolean): Promise<number[]> => {
    for (const q of warmup) await searchMemories(db, embedder, q, { k: 10 });
    const out: number[] = [];
    for (const [i, q] of queries.entries()) {
      const c = process.cpuUsage();
      const t = performance.now();
      await searchMemories(db, embedder, q, withEmbedding ? { k: 10 } : { k: 10, queryVector: queryVectors[i]! });
      out.push(performance.now() - t);
      if (!withEmbedding) {
        const used = process.cpuUsage(c);
        cpuMs.push((used.user + used.system) / 1000);
      }
      rss = Math.max(rss, process.memoryUsage.rss());
    }
    return out;
  };
  const latencies = await timed(false);
  const withEmbedding = await timed(true);
  rows.push({
    memories: count,
    inserted_per_s: Math.round((count - before) / insertSeconds),
    search_p50_ms: percentile(latencies, 50),
    search_p95_ms: percentile(latencies, 95),
    search_p95_with_embedding_ms: percentile(withEmbedding, 95),
    search_cpu_p50_ms: percentile(cpuMs, 50),
    search_cpu_p95_ms: percentile(cpuMs, 95),
    vector_overlap_at_10: overlap,
    bm25_overlap_at_10: bm25Overlap,
    rss_mb: mb(rss),
    rss_after_build_mb: mb(rssBuild),
    bytes_per_memory: Math.round(fileBytes / count),
    build_s: buildSeconds,
    term_bitmaps: bitmaps,
    term_bitmaps_s: bitmapSeconds,
    load_avg_1m: Number(loadavg()[0]!.toFixed(2)),
  });
  process.stderr.write(
    `bench: ${count} memories: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, overlap ${overlap.toFixed(3)}\n`,
  );
  // written after every size, so a run stopped later (the peer at 1M takes hours on a busy machine) keeps Engram's rows
  if (flags.out) writeJson(flags.out, { embedder: embedder.id, machine: machineInfo(), results: rows });
}
db.close();
rmSync(tmp, { recursive: true, force: true });

if (peer === "lancedb") {
  const spec: PeerSpec = {
    texts,
    vectors: vectors.map((v) => Array.from(v)),
    steps,
    queries,
    queryVectors: queryVectors.map((v) => Array.from(v)),
    warmup,
    exact: exactPerStep,
    engramOverlap: rows.map((r) => r.vector_overlap_at_10 as number),
  };
  const specDir = mkdtempSync(join(tmpdir(), "engram-scale-peer-"));
  writeFileSync(join(specDir, "spec.json"), JSON.stringify(spec));
  process.stderr.write("bench: the same corpus in LanceDB (child process)…\n");
  const run = spawnSync(process.execPath, ["bin/run-ts.mjs", "bench/lib/lancedb-peer.ts", join(specDir, "spec.json")], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 2 ** 24,
    env: { ...process.env, LANCEDB_LOG: "error", RUST_LOG: "error" },
  });
  rmSync(specDir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`bench: the LanceDB peer failed (exit ${run.status})`);
  const peerRows = run.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as Record<string, number | string>);
  for (const r of rows) {
    const { memories, ...p } = peerRows.find((x) => x.memories === r.memories) ?? {};
    if (memories) r.peer = p;
  }
}

printTable(
  rows.map(({ peer: _p, ...r }) => r as Record<string, number>),
  3,
);
const withPeer = rows.filter((r) => r.peer);
if (withPeer.length) {
  process.stdout.write("\nEngram / LanceDB (below 1 is Engram faster or smaller; overlap above 1 is Engram more exact):\n");
  printTable(
    withPeer.map((r) => {
      const p = r.peer as Record<string, number>;
      return {
        memories: r.memories as number,
        peer_refine: p.refine_factor!,
        peer_nprobes: p.nprobes!,
        peer_overlap: p.vector_overlap_at_10!,
        peer_p50_ms: p.search_p50_ms!,
        peer_p95_ms: p.search_p95_ms!,
        peer_cpu_p50_ms: p.search_cpu_p50_ms!,
        peer_build_s: p.build_s!,
        peer_rss_mb: p.rss_mb!,
        build: (r.build_s as number) / p.build_s!,
        p50: (r.search_p50_ms as number) / p.search_p50_ms!,
        p95: (r.search_p95_ms as number) / p.search_p95_ms!,
        cpu_p50: (r.search_cpu_p50_ms as number) / p.search_cpu_p50_ms!,
        overlap: (r.vector_overlap_at_10 as number) / p.vector_overlap_at_10!,
        memory: (r.rss_mb as number) / p.rss_mb!,
      };
    }),
    2,
  );
}
const machine = machineInfo();
process.stdout.write(`\nmachine: ${machine.cpus} × ${machine.cpu}, ${machine.mem_gb} GiB, load average ${machine.load_avg.join(" ")}\n`);
if (flags.out) writeJson(flags.out, { embedder: embedder.id, machine, results: rows });

/** CPUs, memory and the load average now (benchmarks on a shared machine are read with it). */
function machineInfo() {
  return { cpus: cpus().length, cpu: cpus()[0]?.model ?? "", mem_gb: Math.round(totalmem() / 2 ** 30), load_avg: loadavg().map((x) => Number(x.toFixed(2))) };
}
