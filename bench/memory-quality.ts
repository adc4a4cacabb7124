/**
 * Memory quality against LoCoMo's reference observations: `npm run bench:memory-quality -- --data FILE
 * [--out report.json] [--limit N] [--samples 30]`.
 *
 * Each conversation is imported into a fresh database and processed by the default (heuristic)
 * memory engine. Its semantic memories are then scored against the `observation` annotations (facts a
 * strong LLM extracted per session, each with its evidence dia_id). The annotations only score; the
 * engine never sees them.
 * - fact_precision: share of semantic memories whose provenance holds a turn that has an observation;
 *   fact_recall: share of observations whose evidence turn is in some semantic memory's provenance;
 * - soft_precision: mean over semantic memories of the best token F1 (SQuAD normalisation) with an
 *   observation of its turns (0 if none); soft_recall: mean over observations of the best token F1 with a
 *   semantic memory of its turn (0 if none); soft_f1: their harmonic mean;
 * - you_rate: share of semantic memories containing you/your/yours/yourself; facts_per_obs: semantic
 *   memories per observation; episodes_per_session: episodic memories per LoCoMo session;
 * - event_recall_by_importance: of each conversation's k most important semantic memories (k = the
 *   events of its `event_summary`, the life events it was written from), the share of events one of
 *   them tells (token F1 ≥ 0.3; lib/event-recall.ts); event_recall_random the same for k at random,
 *   event_recall_any for all of them.
 * Prints a table (and `--samples N` random memories to read); writes JSON `{ fact_precision, fact_recall,
 * soft_precision, soft_recall, soft_f1, you_rate, facts_per_obs, episodes_per_session, semantic,
 * observations, sessions, episodic, turns, seconds, turns_per_s, event_recall_by_importance,
 * event_recall_random, event_recall_any }`.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../core/db/connection.js";
import { ensureVectorTables } from "../core/db/vectors.js";
import { parseExport } from "../core/ingest/parse.js";
import { storeConversation } from "../core/ingest/store.js";
import { createMemoryEngine } from "../core/memory/index.js";
import { createEmbedder } from "../models/embedders.js";
import { normaliseEvidence } from "./lib/evidence.js";
import { eventRecall } from "./lib/event-recall.js";
import { parseFlags, printTable, writeJson } from "./lib/table.js";
import { squadTokens, tokenF1 } from "./lib/token-f1.js";

interface Sample {
  sample_id: string;
  conversation: Record<string, unknown>;
  observation?: Record<string, Record<string, Array<[string, unknown]>>>;
  /** per session: events per speaker (and the session's date) */
  event_summary?: Record<string, Record<string, string[] | string>>;
}

const flags = parseFlags(process.argv.slice(2));
const data = flags.data ?? "../shared/data/locomo/locomo-dev.json";
const limit = flags.limit ? Number(flags.limit) : Infinity;
const sampleCount = flags.samples ? Number(flags.samples) : 0;
const samples = new Map((JSON.parse(readFileSync(data, "utf8")) as Sample[]).map((s) => [s.sample_id, s]));
const embedder = await createEmbedder();
const tmp = mkdtempSync(join(tmpdir(), "engram-quality-"));

let semantic = 0,
  observations = 0,
  sessions = 0,
  episodic = 0,
  turns = 0,
  seconds = 0;
let precHits = 0,
  recallHits = 0,
  softP = 0,
  softR = 0,
  you = 0;
const events = { events: 0, byImportance: 0, byRandom: 0, byAny: 0 };
const readable: string[] = [];
let done = 0;

for await (const conv of parseExport(data, { format: "locomo" })) {
  if (done++ >= limit) break;
  const sample = samples.get(conv.externalId);
  if (!sample) continue;
  const db = openDatabase(join(tmp, `${conv.externalId}.db`));
  ensureVectorTables(db, embedder);
  await storeConversation(db, embedder, conv);
  const t0 = performance.now();
  await createMemoryEngine(db, embedder).process();
  seconds += (performance.now() - t0) / 1000;
  turns += conv.turns.length;
  sessions += Object.keys(sample.conversation).filter(
    (k) => /^session_\d+$/.test(k) && Array.isArray(sample.conversation[k]) && (sample.conversation[k] as unknown[]).length > 0,
  ).length;

  const known = new Set(conv.turns.map((t) => t.externalId!));
  /** observations per evidence turn: their normalised tokens */
  const obsByTurn = new Map<string, string[][]>();
  for (const bySpeaker of Object.values(sample.observation ?? {})) {
    for (const list of Object.values(bySpeaker)) {
      for (const [text, evidence] of list) {
        for (const id of normaliseEvidence(Array.isArray(evidence) ? evidence : [evidence], known)) {
          if (!obsByTurn.has(id)) obsByTurn.set(id, []);
          obsByTurn.get(id)!.push(squadTokens(text));
          observations++;
        }
      }
    }
  }
  const rows = db
    .prepare(
      `SELECT m.id, m.type, m.content, m.importance, group_concat(s.external_id, ' ') AS turns FROM memories m
        JOIN memory_sources ms ON ms.memory_id = m.id JOIN sources s ON s.id = ms.source_id
       WHERE m.status = 'active' AND m.type IN ('semantic', 'episodic') GROUP BY m.id`,
    )
    .all() as Array<{ id: number; type: string; content: string; importance: number; turns: string }>;
  const facts = rows.filter((r) => r.type === "semantic").map((r) => ({ ...r, ids: r.turns.split(" "), tokens: squadTokens(r.content) }));
  episodic += rows.length - facts.length;
  semantic += facts.length;
  const factsByTurn = new Map<string, string[][]>();
  for (const f of facts) {
    for (const id of f.ids) {
      if (!factsByTurn.has(id)) factsByTurn.set(id, []);
      factsByTurn.get(id)!.push(f.tokens);
    }
    if (f.ids.some((id) => obsByTurn.has(id))) precHits++;
    softP += Math.max(0, ...f.ids.flatMap((id) => (obsByTurn.get(id) ?? []).map((o) => tokenF1(f.tokens, o))));
    if (/\b(you|your|yours|yourself)\b/i.test(f.content)) you++;
  }
  for (const [id, list] of obsByTurn) {
    for (const o of list) {
      const mine = factsByTurn.get(id) ?? [];
      if (mine.length) recallHits++;
      softR += Math.max(0, ...mine.map((f) => tokenF1(f, o)));
    }
  }
  const told = eventRecall(
    facts,
    Object.values(sample.event_summary ?? {}).flatMap((bySpeaker) =>
      Object.entries(bySpeaker).flatMap(([who, list]) => (who === "date" || !Array.isArray(list) ? [] : list.map(squadTokens))),
    ),
  );
  for (const key of Object.keys(events) as Array<keyof typeof events>) events[key] += told[key];
  if (sampleCount) for (const f of facts) readable.push(`[${f.ids.join(",")}] ${f.content}`);
  db.close();
  process.stderr.write(`bench: ${conv.externalId}: ${conv.turns.length} turns, ${facts.length} facts\n`);
}
rmSync(tmp, { recursive: true, force: true });

const soft_precision = softP / Math.max(1, semantic);
const soft_recall = softR / Math.max(1, observations);
const report = {
  data,
  fact_precision: precHits / Math.max(1, semantic),
  fact_recall: recallHits / Math.max(1, observations),
  soft_precision,
  soft_recall,
  soft_f1: soft_precision + soft_recall ? (2 * soft_precision * soft_recall) / (soft_precision + soft_recall) : 0,
  you_rate: you / Math.max(1, semantic),
  facts_per_obs: semantic / Math.max(1, observations),
  episodes_per_session: episodic / Math.max(1, sessions),
  semantic,
  observations,
  sessions,
  episodic,
  turns,
  seconds,
  turns_per_s: turns / seconds,
  event_recall_by_importance: events.byImportance / Math.max(1, events.events),
  event_recall_random: events.byRandom / Math.max(1, events.events),
  event_recall_any: events.byAny / Math.max(1, events.events),
};
printTable(
  Object.entries(report)
    .filter(([, v]) => typeof v === "number")
    .map(([measure, value]) => ({ measure, value: value as number })),
);
if (sampleCount) {
  process.stdout.write(`\n${sampleCount} semantic memories at random:\n`);
  for (let i = 0; i < sampleCount && readable.length; i++) process.stdout.write(`- ${readable.splice(Math.floor(Math.random() * readable.length), 1)[0]}\n`);
}
if (flags.out) writeJson(flags.out, report);
