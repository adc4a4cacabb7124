import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../../core/db/connection.js";
import { getMemories } from "../../core/db/repos/memories.js";
import { sourcesByExternalIds } from "../../core/db/repos/sources.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { searchMemories, searchSources } from "../../core/retrieval/search.js";
import { humanDate } from "../../core/time/format.js";

/** What a mode's preparation processed: turns, in wall seconds (e.g. the memory engine's throughput). */
export interface PrepareStats {
  turns: number;
  seconds: number;
}

/** One ranked item: the dia_ids it came from and the text a reader (or a model) would be shown. */
export interface RankedItem {
  ids: string[];
  text: string;
}

/**
 * A retrieval mode of the LoCoMo benchmark: optional preparation of a conversation's database
 * after import (e.g. running the memory engine), then a ranker that returns, for a question, the
 * top-k items, each with the dia_ids it came from and its text.
 */
export interface BenchMode {
  name: string;
  prepare?(db: EngramDb, embedder: Embedder): Promise<PrepareStats | undefined>;
  /** `evidence`: the question's evidence turns (dia_ids), which only the `evidence` ceiling reads. */
  rank(db: EngramDb, embedder: Embedder, question: string, k: number, evidence: ReadonlySet<string>): Promise<RankedItem[]>;
}

/** A raw chat turn as a prompt would show it: "8 May 2023: Caroline: text". */
function turnText(s: { occurred_at: number; speaker: string | null; text: string }): string {
  return `${humanDate(s.occurred_at)}: ${s.speaker ?? ""}: ${s.text}`;
}

function rawTurns(name: "bm25" | "vector" | "hybrid"): BenchMode {
  return {
    name,
    async rank(db, embedder, question, k) {
      const hits = await searchSources(db, embedder, question, { k, mode: name, sourceKinds: ["chat_turn"] });
      return hits.map((h) => ({ ids: h.source.external_id ? [h.source.external_id] : [], text: turnText(h.source) }));
    },
  };
}

/**
 * The memory engine's memories: preparation runs the default (heuristic) engine over the imported
 * turns; a question ranks memories with the hybrid search, each mapped to the dia_ids of its
 * sources (provenance) and shown as its content. A session episode keeps every turn in its provenance
 * but its text tells only its summary's turns (`details.summary_sources`): it maps to those, so a
 * long session does not "cover" turns its text does not carry.
 */
const memory: BenchMode = {
  name: "memory",
  async prepare(db, embedder) {
    const t0 = performance.now();
    const report = await createMemoryEngine(db, embedder).process();
    return { turns: report.sources, seconds: (performance.now() - t0) / 1000 };
  },
  async rank(db, embedder, question, k) {
    const hits = await searchMemories(db, embedder, question, { k });
    const summarised = new Map(
      getMemories(
        db,
        hits.filter((h) => h.type === "episodic").map((h) => h.id),
      ).map((m) => [m.id, new Set((JSON.parse(m.details) as { summary_sources?: number[] }).summary_sources ?? [])]),
    );
    return hits.map((h) => {
      const told = summarised.get(h.id);
      const sources = told ? h.sources.filter((s) => told.has(s.source_id)) : h.sources;
      return { ids: sources.map((s) => s.external_id).filter((id): id is string => id != null), text: h.content };
    });
  },
};

/**
 * The ceiling, not a retriever: exactly the question's evidence turns, in time order and in the
 * raw-turn format. Its answer_recall is what a retriever that never misses and shows nothing else
 * would get, so a target above it cannot be met by ranking.
 */
const evidence: BenchMode = {
  name: "evidence",
  async rank(db, _embedder, _question, _k, ids) {
    return sourcesByExternalIds(db, [...ids]).map((s) => ({ ids: [s.external_id!], text: turnText(s) }));
  },
};

/** Every mode the benchmark knows, by name. Raw-turn modes rank `chat_turn` sources directly. */
export const MODES: Record<string, BenchMode> = {
  bm25: rawTurns("bm25"),
  vector: rawTurns("vector"),
  hybrid: rawTurns("hybrid"),
  memory,
  evidence,
};
