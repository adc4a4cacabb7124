import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { currentFacts, neverRecalledMemories, oldEpisodes } from "../db/repos/consolidation.js";
import { getMemory, insertMemory, linkSources, updateMemory } from "../db/repos/memories.js";
import { sourceIdsOfMemories } from "../db/repos/provenance.js";
import { recordVersion } from "../db/repos/versions.js";
import type { MemoryRow } from "../db/types.js";
import { getVector, knn, putVector } from "../db/vectors.js";
import { humanDate } from "../time/format.js";
import { engineMayChange, sameStatement } from "./decide.js";
import { withoutSaidDate } from "./fact-text.js";
import { normName } from "./entities.js";
import { addEdge } from "./links.js";
import type { ConsolidationAction, ConsolidationOptions, ConsolidationReport, EngineName } from "./types.js";

const DAY = 86_400_000;

/** Consolidation settings. */
export const CONSOLIDATION = {
  /** Episodes that happened this long before `now` (ms), and were neither recorded nor recalled since, are summarised per conversation and month. */
  summariseAfterMs: 90 * DAY,
  /** Importance of a never-recalled memory halves every this many ms. */
  halfLifeMs: 90 * DAY,
  /** Importance never decays below this. */
  floor: 0.05,
};

function details(m: MemoryRow): Record<string, unknown> {
  return JSON.parse(m.details) as Record<string, unknown>;
}

function sameSubjectAndDates(a: MemoryRow, b: MemoryRow): boolean {
  const da = details(a);
  const db_ = details(b);
  const subject = (d: Record<string, unknown>) => normName(String(d.subject ?? ""));
  const dates = (d: Record<string, unknown>) => JSON.stringify(((d.dates as Array<{ date: string }>) ?? []).map((x) => x.date).sort());
  return subject(da) === subject(db_) && dates(da) === dates(db_);
}

/** Pairs of near-duplicate facts: (survivor, merged away). The older one survives, or the one the user kept. */
function planMerges(db: EngramDb): ConsolidationAction[] {
  const facts = currentFacts(db);
  const byId = new Map(facts.map((m) => [m.id, m]));
  const gone = new Set<number>();
  const out: ConsolidationAction[] = [];
  for (const m of facts) {
    if (gone.has(m.id)) continue;
    const v = getVector(db, "memories", m.id);
    if (!v) continue;
    for (const hit of knn(db, "memories", v, 10)) {
      const other = byId.get(hit.id);
      if (
        !other ||
        other.id === m.id ||
        gone.has(other.id) ||
        !sameStatement(withoutSaidDate(m.content), withoutSaidDate(other.content), hit.similarity) ||
        !sameSubjectAndDates(m, other)
      )
        continue;
      const [keep, drop] = engineMayChange(other) ? [m, other] : engineMayChange(m) ? [other, m] : [null, null];
      if (!keep || !drop) continue;
      gone.add(drop.id);
      out.push({
        kind: "merge",
        memoryIds: [drop.id],
        resultId: keep.id,
        description: `merge #${drop.id} into #${keep.id} (cosine ${hit.similarity.toFixed(2)}): "${keep.title}"`,
      });
      if (drop.id === m.id) break;
    }
  }
  return out;
}

/**
 * Old episodes (one per chat session) grouped per conversation and calendar month (groups of two
 * or more) into one coarser episode each: a month's digest of its sessions. Old means: it happened over 90 days ago and was neither recorded nor recalled in the last
 * 90 days (an imported history is not summarised the day it is imported). Screen activities and
 * days (core/memory/screen) are left alone: each day's memory is already their digest.
 */
function planSummaries(db: EngramDb, now: number): Array<ConsolidationAction & { episodes: MemoryRow[] }> {
  const old = oldEpisodes(db, now - CONSOLIDATION.summariseAfterMs);
  const groups = new Map<string, MemoryRow[]>();
  for (const m of old) {
    const at = new Date(m.occurred_at!);
    const key = `${String(details(m).conversation ?? "")}|${at.getUTCFullYear()}-${at.getUTCMonth()}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()]
    .filter((g) => g.length >= 2)
    .map((episodes) => ({
      kind: "summarise" as const,
      memoryIds: episodes.map((e) => e.id),
      resultId: null,
      description: `summarise ${episodes.length} episodes of ${monthOf(episodes[0]!.occurred_at!)} (#${episodes.map((e) => e.id).join(", #")}) into one`,
      episodes,
    }));
}

function monthOf(ms: number): string {
  return new Date(ms).toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
}

/** A coarser episode: who and which month, then one line per session (its date and worded title). */
function summaryOf(episodes: MemoryRow[]): { title: string; content: string } {
  const first = episodes[0]!;
  const people = (details(first).participants as string[] | undefined)?.join(" and ") ?? String(details(first).conversation ?? "Conversation");
  const header = `${people}, ${monthOf(first.occurred_at!)}`;
  const lines = episodes.map((e) => `- ${humanDate(e.occurred_at)}: ${e.title}`);
  return { title: `${header} (summary)`, content: `${header} (summary of ${episodes.length} episodes):\n${lines.join("\n")}` };
}

/** Importance decay of never-recalled memories: base × 0.5^(age / half-life), never below the floor. */
function planDecay(db: EngramDb, now: number, skip: Set<number>): Array<ConsolidationAction & { importance: number; base: number }> {
  const rows = neverRecalledMemories(db);
  const out: Array<ConsolidationAction & { importance: number; base: number }> = [];
  for (const m of rows) {
    if (skip.has(m.id)) continue;
    const base = Number(details(m).importance_base ?? m.importance);
    const age = Math.max(0, now - (m.last_accessed_at ?? m.recorded_at));
    const importance = Math.max(CONSOLIDATION.floor, base * 0.5 ** (age / CONSOLIDATION.halfLifeMs));
    if (m.importance - importance < 0.05) continue;
    out.push({
      kind: "decay",
      memoryIds: [m.id],
      resultId: m.id,
      importance,
      base,
      description: `decay #${m.id} importance ${m.importance.toFixed(2)} → ${importance.toFixed(2)} (never recalled, ${Math.round(age / DAY)} days old)`,
    });
  }
  return out;
}

/**
 * Consolidates memory (after the "sleep" consolidation of MemGPT/Letta and MIRIX; merges after Mem0):
 * 1. merges near-duplicate facts (the same statement as decide.ts judges it, same subject and dates):
 *    the survivor gets the other's provenance, the other is archived with superseded_by;
 * 2. summarises old episodes (over 90 days, not recorded or recalled since) into one coarser episode
 *    per conversation and day (provenance of all, `derived_from` edges), archiving the detailed ones;
 * 3. decays the importance of memories never recalled (half-life 90 days), except those merged or
 *    summarised in the same run.
 * Pinned and user-edited memories are never changed. Every change writes a version (MERGE, DECAY),
 * and nothing is deleted. `dryRun` only plans.
 */
export async function consolidate(db: EngramDb, embedder: Embedder, opts: ConsolidationOptions & { engine: EngineName }): Promise<ConsolidationReport> {
  const now = opts.now ?? Date.now();
  const merges = planMerges(db);
  const summaries = planSummaries(db, now);
  const decays = planDecay(db, now, new Set([...merges, ...summaries].flatMap((a) => a.memoryIds)));
  const report = (): ConsolidationReport => ({
    dryRun: !!opts.dryRun,
    merged: merges.length,
    summarised: summaries.reduce((n, s) => n + s.memoryIds.length, 0),
    decayed: decays.length,
    actions: [...merges, ...summaries.map(({ episodes: _e, ...a }) => a), ...decays.map(({ importance: _i, base: _b, ...a }) => a)],
  });
  if (opts.dryRun) return report();
  const texts = summaries.map((s) => summaryOf(s.episodes));
  const vectors = texts.length ? await embedder.embed(texts.map((t) => t.content)) : [];
  const actor = "consolidation";
  db.transaction(() => {
    for (const a of merges) {
      const [dropId] = a.memoryIds;
      const drop = getMemory(db, dropId!);
      if (!drop || !engineMayChange(drop)) continue;
      linkSources(db, a.resultId!, sourceIdsOfMemories(db, [dropId!]));
      updateMemory(db, dropId!, { status: "archived", superseded_by: a.resultId }, { op: "MERGE", actor, reason: `merged into #${a.resultId}`, now });
      recordVersion(db, { memoryId: a.resultId!, op: "MERGE", before: null, after: null, reason: `absorbed #${dropId}`, actor, at: now });
      addEdge(db, { kind: "memory", id: a.resultId! }, { kind: "memory", id: dropId! }, "derived_from", { now });
    }
    summaries.forEach((s, i) => {
      const sources = sourceIdsOfMemories(db, s.memoryIds);
      const first = s.episodes[0]!;
      const id = insertMemory(
        db,
        {
          type: "episodic",
          title: texts[i]!.title,
          content: texts[i]!.content,
          occurredAt: first.occurred_at,
          validFrom: first.valid_from,
          details: {
            ...details(first),
            summary_of: s.memoryIds,
            summary_sources: s.episodes.flatMap((e) => (details(e).summary_sources as number[] | undefined) ?? []),
          },
          importance: Math.max(...s.episodes.map((e) => e.importance)),
          engine: opts.engine,
        },
        { sourceIds: sources, actor, reason: `summary of ${s.memoryIds.length} episodes older than 90 days`, now },
      );
      putVector(db, "memories", id, vectors[i]!);
      s.resultId = id;
      for (const e of s.episodes) {
        updateMemory(db, e.id, { status: "archived", superseded_by: id }, { op: "MERGE", actor, reason: `summarised into #${id}`, now });
        addEdge(db, { kind: "memory", id }, { kind: "memory", id: e.id }, "derived_from", { now });
      }
    });
    for (const d of decays) {
      const m = getMemory(db, d.resultId!);
      if (!m || m.pinned || m.user_edited) continue;
      updateMemory(
        db,
        m.id,
        { importance: d.importance, details: { ...details(m), importance_base: d.base } },
        { op: "DECAY", actor, reason: d.description, now },
      );
    }
  })();
  return report();
}
