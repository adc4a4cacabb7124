import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../../core/db/connection.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { searchMemories, searchSources } from "../../core/retrieval/search.js";

/** What a mode's preparation processed: turns, in wall seconds (e.g. the memory engine's throughput). */
export interface PrepareStats {
  turns: number;
  seconds: number;
}

/**
 * A retrieval mode of the LoCoMo benchmark: optional preparation of a conversation's database
 * after import (e.g. running the memory engine), then a ranker that returns, for a question, the
 * top-k items each mapped to the dia_ids it came from.
 */
export interface BenchMode {
  name: string;
  prepare?(db: EngramDb, embedder: Embedder): Promise<PrepareStats | void>;
  rank(db: EngramDb, embedder: Embedder, question: string, k: number): Promise<string[][]>;
}

function rawTurns(name: "bm25" | "vector" | "hybrid"): BenchMode {
  return {
    name,
    async rank(db, embedder, question, k) {
      const hits = await searchSources(db, embedder, question, { k, mode: name, sourceKinds: ["chat_turn"] });
      return hits.map((h) => (h.source.external_id ? [h.source.external_id] : []));
    },
  };
}

/**
 * The memory engine's memories: preparation runs the default (heuristic) engine over the imported
 * turns; a question ranks memories with the hybrid search, each mapped to the dia_ids of its
 * sources (provenance). An episode covers several turns, so an item may bring several ids.
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
    return hits.map((h) => h.sources.map((s) => s.external_id).filter((id): id is string => id != null));
  },
};

/** Every mode the benchmark knows, by name. Raw-turn modes rank `chat_turn` sources directly. */
export const MODES: Record<string, BenchMode> = {
  bm25: rawTurns("bm25"),
  vector: rawTurns("vector"),
  hybrid: rawTurns("hybrid"),
  memory,
};
