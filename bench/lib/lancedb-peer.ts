/**
 * bench:scale's peer, run in its own process so each system's memory is measured alone:
 * `node bin/run-ts.mjs bench/lib/lancedb-peer.ts SPEC.json` (bench/scale.ts writes the spec).
 *
 * Builds the same synthetic corpus (bench/lib/synthetic.ts) in LanceDB (@lancedb/lancedb) in the same
 * steps, and at each step: an IVF-PQ index (cosine; LanceDB's default partitions and sub-vectors)
 * and a full-text index on the text; then picks the smallest refine factor (1, 2, 5, 10, 20, 50, 100;
 * then the same with 4× the default probes) whose vector-only top 10 overlaps the exact top 10 within
 * 0.02 of Engram's overlap at that step, and times hybrid queries (full text + vector, LanceDB's RRF
 * reranker, top 10, id and text read) with it. Writes one JSON line per step on stdout:
 * `{ memories, name, build_s, refine_factor, nprobes, vector_overlap_at_10, search_p50_ms, search_p95_ms,
 * search_cpu_p50_ms, search_cpu_p95_ms, rss_mb }` (CPU time of the whole process, all of LanceDB's threads).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import * as lancedb from "@lancedb/lancedb";
import { percentile } from "./metrics.js";
import { overlapAtK, syntheticMemory } from "./synthetic.js";

/** What bench/scale.ts hands the peer (JSON file). */
export interface PeerSpec {
  texts: string[];
  /** pool vectors, one per text */
  vectors: number[][];
  steps: number[];
  queries: string[];
  queryVectors: number[][];
  warmup: string[];
  /** per step: exact top-10 ids per query */
  exact: number[][][];
  /** per step: Engram's vector overlap (the peer's target minus 0.02) */
  engramOverlap: number[];
}

// Lance sizes its compute pool at the CPU count minus 2, at least 1; with one thread its full-text index
// build deadlocks once the posting lists fill a second output batch (here between 100k and 1M rows):
// a task blocks the only pool thread in a blocking channel wait while the task that would drain the
// channel needs a pool thread (as in lancedb/lancedb#3568; 0.31.0 still does it). On this 2-core
// machine that stalled the peer at 1M (bench/README.md, Scale). Two threads at least, else Lance's own default; Lance reads it
// when its pool first starts, after this line.
process.env.LANCE_CPU_THREADS ??= String(Math.max(2, availableParallelism() - 2));

const REFINE = [1, 2, 5, 10, 20, 50, 100];
const DEFAULT_PROBES = 20;
const BATCH = 10_000;

const specFile = process.argv[2];
if (!specFile) throw new Error("usage: lancedb-peer.ts SPEC.json");
const spec = JSON.parse(readFileSync(specFile, "utf8")) as PeerSpec;
const pool = spec.vectors.map((v) => Float32Array.from(v));
const queryVectors = spec.queryVectors.map((v) => Float32Array.from(v));
const dir = mkdtempSync(join(tmpdir(), "engram-scale-lancedb-"));
const name = `LanceDB ${lancedbVersion()} IVF-PQ + FTS, RRF`;
const conn = await lancedb.connect(dir);
const rrf = await lancedb.rerankers.RRFReranker.create();
let table: lancedb.Table | undefined;
let count = 0;
let addSeconds = 0;

/** A progress line on stderr with the UTC time and the process's CPU seconds (a stall shows as time moving, CPU not). */
function note(msg: string): void {
  const cpu = process.cpuUsage();
  process.stderr.write(`peer ${new Date().toISOString().slice(11, 19)} cpu ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s: ${msg}\n`);
}

function rowsUpTo(end: number) {
  const rows: Array<{ id: number; text: string; vector: number[] }> = [];
  for (; count < end; count++) {
    const m = syntheticMemory(count, spec.texts, pool);
    rows.push({ id: m.id, text: m.content, vector: Array.from(m.vector) });
  }
  return rows;
}

async function vectorTop10(t: lancedb.Table, refine: number, probes: number): Promise<number[][]> {
  const out: number[][] = [];
  for (const qv of queryVectors) {
    const rows = await t.query().nearestTo(qv).distanceType("cosine").nprobes(probes).refineFactor(refine).limit(10).select(["id"]).toArray();
    out.push(rows.map((r) => Number(r.id)));
  }
  return out;
}

function hybrid(t: lancedb.Table, q: string, qv: Float32Array, refine: number, probes: number) {
  return t
    .query()
    .nearestTo(qv)
    .distanceType("cosine")
    .nprobes(probes)
    .refineFactor(refine)
    .fullTextSearch(q)
    .rerank(rrf)
    .limit(10)
    .select(["id", "text"])
    .toArray();
}

try {
  for (const [s, target] of spec.steps.entries()) {
    while (count < target) {
      const rows = rowsUpTo(Math.min(target, count + BATCH));
      const t0 = performance.now();
      if (!table) table = await conn.createTable("memories", rows);
      else await table.add(rows);
      addSeconds += (performance.now() - t0) / 1000;
      if (count % 100_000 === 0) note(`${count} rows added`);
    }
    const t = table!;
    const t1 = performance.now();
    note(`${count} rows: vector index…`);
    await t.createIndex("vector", { config: lancedb.Index.ivfPq({ distanceType: "cosine" }), replace: true });
    note("full-text index…");
    await t.createIndex("text", { config: lancedb.Index.fts(), replace: true });
    note("indexes built; choosing the refine factor…");
    const buildSeconds = addSeconds + (performance.now() - t1) / 1000;
    const goal = spec.engramOverlap[s]! - 0.02;
    let chosen = { refine: REFINE.at(-1)!, probes: 4 * DEFAULT_PROBES, overlap: 0 };
    search: for (const probes of [DEFAULT_PROBES, 4 * DEFAULT_PROBES]) {
      for (const refine of REFINE) {
        const overlap = overlapAtK(await vectorTop10(t, refine, probes), spec.exact[s]!);
        chosen = { refine, probes, overlap };
        note(`refine ${refine}, nprobes ${probes}: overlap ${overlap.toFixed(3)}`);
        if (overlap >= goal) break search;
      }
    }
    for (const [i, q] of spec.warmup.entries()) await hybrid(t, q, queryVectors[i % queryVectors.length]!, chosen.refine, chosen.probes);
    note("timing hybrid queries…");
    const latencies: number[] = [];
    const cpuMs: number[] = [];
    let rss = 0;
    for (const [i, q] of spec.queries.entries()) {
      const c = process.cpuUsage();
      const t2 = performance.now();
      await hybrid(t, q, queryVectors[i]!, chosen.refine, chosen.probes);
      latencies.push(performance.now() - t2);
      const used = process.cpuUsage(c);
      cpuMs.push((used.user + used.system) / 1000);
      rss = Math.max(rss, process.memoryUsage.rss());
    }
    process.stdout.write(
      `${JSON.stringify({
        memories: target,
        name,
        build_s: buildSeconds,
        refine_factor: chosen.refine,
        nprobes: chosen.probes,
        vector_overlap_at_10: chosen.overlap,
        search_p50_ms: percentile(latencies, 50),
        search_p95_ms: percentile(latencies, 95),
        search_cpu_p50_ms: percentile(cpuMs, 50),
        search_cpu_p95_ms: percentile(cpuMs, 95),
        rss_mb: Math.round(rss / 2 ** 20),
      })}\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The installed @lancedb/lancedb version, read at start (the label of the figures). */
function lancedbVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../../node_modules/@lancedb/lancedb/package.json", import.meta.url), "utf8")) as { version: string }).version;
  } catch {
    return "";
  }
}
