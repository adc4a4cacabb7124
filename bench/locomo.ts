/**
 * LoCoMo retrieval benchmark: `npm run bench:locomo -- --data FILE [--out report.json]
 * [--modes bm25,vector,hybrid,memory,evidence] [--limit N]` (`evidence`: the ceiling, the evidence turns themselves).
 *
 * For each conversation: import it into a fresh database (timing ingest), ask every question of
 * categories 1-4 with evidence, rank with each mode at k = 25, and score the top 5/10/25 against the
 * evidence dia_ids (see bench/lib/metrics.ts), and answer_recall@Nw for N = 100, 200, 500 (the share
 * of the gold answer's content words in the first N words of the ranked items' text laid end to end:
 * bench/lib/answer-recall.ts; raw turns are shown with their date and speaker). Mode `memory` first runs
 * the memory engine (timed: `processing`) and ranks its memories, each mapped to its sources' dia_ids and
 * shown as its content. Prints tables; writes JSON `{ results: [{ mode, category, k, recall_frac,
 * recall_all, recall_any, ndcg, questions }], answer_recall: [{ mode, category, words, answer_recall,
 * questions }], ingest, latency_ms, processing: { <mode>: { turns, seconds, turns_per_s } },
 * ids_per_item_at_10: { <mode>: n } }`.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../core/db/connection.js";
import { ensureVectorTables } from "../core/db/vectors.js";
import { parseExport } from "../core/ingest/parse.js";
import { storeConversation } from "../core/ingest/store.js";
import { createEmbedder } from "../models/embedders.js";
import { answerRecall } from "./lib/answer-recall.js";
import { normaliseEvidence } from "./lib/evidence.js";
import { percentile, ScoreAccumulator, scoreRanking } from "./lib/metrics.js";
import { MODES } from "./lib/modes.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";

const CATEGORIES: Record<number, string> = { 1: "multi-hop", 2: "temporal", 3: "open-domain", 4: "single-hop" };
const KS = [5, 10, 25];
/** Word budgets of answer_recall@Nw. */
const BUDGETS = [100, 200, 500];
/** Items ranked per question: enough to fill the largest word budget with short memories. */
const DEPTH = 80;

interface Question {
  question: string;
  category: number;
  evidence: unknown[];
  answer?: unknown;
}

const flags = parseFlags(process.argv.slice(2));
const data = flags.data ?? "../shared/data/locomo/locomo-dev.json";
const modeNames = (flags.modes ?? "bm25,vector,hybrid,memory").split(",");
for (const m of modeNames) if (!MODES[m]) throw new Error(`--modes: unknown mode "${m}" (known: ${Object.keys(MODES).join(", ")})`);
const limit = flags.limit ? Number(flags.limit) : Infinity;

const samples = JSON.parse(readFileSync(data, "utf8")) as Array<{ sample_id: string; qa: Question[] }>;
const qaBySample = new Map(samples.map((s) => [s.sample_id, s.qa]));
const embedder = await createEmbedder();
const acc = new Map<string, ScoreAccumulator>();
const latencies: number[] = [];
/** answer_recall sums per `mode|category|words`. */
const answerAcc = new Map<string, { sum: number; n: number }>();
/** Per mode: turns its preparation processed and seconds it took (memory: the engine's throughput). */
const prepared = new Map<string, { turns: number; seconds: number }>();
/** Per mode: dia_ids per ranked item in the top 10 (an episode maps to several turns). */
const idsPerItem = new Map<string, { ids: number; items: number }>();
let ingestTurns = 0;
let ingestSeconds = 0;
const tmp = mkdtempSync(join(tmpdir(), "engram-locomo-"));
let done = 0;

for await (const conv of parseExport(data, { format: "locomo" })) {
  if (done++ >= limit) break;
  const db = openDatabase(join(tmp, `${conv.externalId}.db`));
  ensureVectorTables(db, embedder);
  const t0 = performance.now();
  await storeConversation(db, embedder, conv);
  ingestSeconds += (performance.now() - t0) / 1000;
  ingestTurns += conv.turns.length;
  const known = new Set(conv.turns.map((t) => t.externalId!));
  const questions = (qaBySample.get(conv.externalId) ?? [])
    .filter((q) => CATEGORIES[q.category])
    .map((q) => ({ ...q, ids: normaliseEvidence(q.evidence ?? [], known) }))
    .filter((q) => q.ids.size > 0);
  for (const name of modeNames) {
    const mode = MODES[name]!;
    const stats = await mode.prepare?.(db, embedder);
    if (stats) {
      const p = prepared.get(name) ?? { turns: 0, seconds: 0 };
      prepared.set(name, { turns: p.turns + stats.turns, seconds: p.seconds + stats.seconds });
    }
    for (const q of questions) {
      const t = performance.now();
      const items = await mode.rank(db, embedder, q.question, DEPTH, q.ids);
      if (name === "hybrid") latencies.push(performance.now() - t);
      const ranked = items.map((it) => it.ids);
      const per = idsPerItem.get(name) ?? { ids: 0, items: 0 };
      for (const ids of ranked.slice(0, 10)) {
        per.ids += ids.length;
        per.items++;
      }
      idsPerItem.set(name, per);
      for (const words of BUDGETS) {
        const r =
          q.answer == null
            ? null
            : answerRecall(
                items.map((it) => it.text),
                String(q.answer),
                words,
              );
        if (r == null) continue;
        for (const cat of [CATEGORIES[q.category]!, "all"]) {
          const key = `${name}|${cat}|${words}`;
          const a = answerAcc.get(key) ?? { sum: 0, n: 0 };
          answerAcc.set(key, { sum: a.sum + r, n: a.n + 1 });
        }
      }
      for (const k of KS) {
        const s = scoreRanking(ranked, q.ids, k);
        for (const cat of [CATEGORIES[q.category]!, "all"]) {
          const key = `${name}|${cat}|${k}`;
          if (!acc.has(key)) acc.set(key, new ScoreAccumulator());
          acc.get(key)!.add(s);
        }
      }
    }
  }
  db.close();
  process.stderr.write(`bench: ${conv.externalId}: ${conv.turns.length} turns, ${questions.length} questions\n`);
}
rmSync(tmp, { recursive: true, force: true });

const results = [...acc.entries()].map(([key, a]) => {
  const [mode, category, k] = key.split("|");
  return { mode: mode!, category: category!, k: Number(k), ...a.mean(), questions: a.count };
});
const order = (r: (typeof results)[number]) => [modeNames.indexOf(r.mode), r.category === "all" ? 0 : 1, r.category, r.k] as const;
results.sort((a, b) => {
  const x = order(a);
  const y = order(b);
  return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]) || x[3] - y[3];
});
printTable(results);
const answerRows = [...answerAcc.entries()].map(([key, a]) => {
  const [mode, category, words] = key.split("|");
  return { mode: mode!, category: category!, words: Number(words), answer_recall: a.sum / a.n, questions: a.n };
});
answerRows.sort(
  (a, b) =>
    modeNames.indexOf(a.mode) - modeNames.indexOf(b.mode) ||
    (a.category === "all" ? -1 : b.category === "all" ? 1 : a.category.localeCompare(b.category)) ||
    a.words - b.words,
);
process.stdout.write("\nanswer_recall@Nw (share of the gold answer's content words in the first N words)\n");
printTable(answerRows);
const report = {
  data,
  embedder: embedder.id,
  results,
  answer_recall: answerRows,
  ingest: { turns: ingestTurns, seconds: ingestSeconds, turns_per_s: ingestTurns / ingestSeconds },
  latency_ms: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
  processing: Object.fromEntries([...prepared].map(([mode, p]) => [mode, { ...p, turns_per_s: p.turns / p.seconds }])),
  ids_per_item_at_10: Object.fromEntries([...idsPerItem].map(([mode, x]) => [mode, x.ids / Math.max(1, x.items)])),
};
process.stdout.write(
  `\ningest: ${ingestTurns} turns in ${ingestSeconds.toFixed(1)} s (${report.ingest.turns_per_s.toFixed(0)} turns/s); ` +
    `hybrid query latency p50 ${report.latency_ms.p50.toFixed(1)} ms, p95 ${report.latency_ms.p95.toFixed(1)} ms\n`,
);
for (const [mode, p] of prepared) {
  process.stdout.write(`${mode}: processed ${p.turns} turns in ${p.seconds.toFixed(1)} s (${(p.turns / p.seconds).toFixed(0)} turns/s)\n`);
}
process.stdout.write(
  `dia_ids per ranked item in the top 10: ${[...idsPerItem].map(([mode, x]) => `${mode} ${(x.ids / Math.max(1, x.items)).toFixed(2)}`).join(", ")}\n`,
);
if (flags.out) writeJson(flags.out, report);
