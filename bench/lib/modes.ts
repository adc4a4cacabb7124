import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../../core/db/connection.js";
import { searchSources } from "../../core/retrieval/search.js";

/**
 * A retrieval mode of the LoCoMo benchmark: optional preparation of a conversation's database
 * after import (e.g. running the memory engine), then a ranker that returns, for a question, the
 * top-k items each mapped to the dia_ids it came from.
 */
export interface BenchMode {
  name: string;
  prepare?(db: EngramDb, embedder: Embedder): Promise<void>;
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

/** Every mode the benchmark knows, by name. Raw-turn modes rank `chat_turn` sources directly. */
export const MODES: Record<string, BenchMode> = {
  bm25: rawTurns("bm25"),
  vector: rawTurns("vector"),
  hybrid: rawTurns("hybrid"),
};
