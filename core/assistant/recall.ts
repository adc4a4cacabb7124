import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import type { MemoryRow } from "../db/types.js";
import { searchMemories, type MemoryHit } from "../retrieval/search.js";
import { coverage } from "./format.js";
import { questionTime, type QuestionTime } from "./time.js";

/**
 * When a hit counts as relevant to a question: a close vector (cosine ≥ `similar`), or at least
 * `words` of the question's words with a cosine ≥ `loose`. Tuned on LoCoMo (see README.md): 240
 * questions about a conversation are answered 91% of the time, 240 about another one abstained 93%.
 */
export const RELEVANCE = { similar: 0.55, words: 0.34, loose: 0.35 };

/** A memory found for a question, with how well it matches. */
export interface Recalled extends MemoryHit {
  /** Share of the question's words the memory contains (0..1). */
  coverage: number;
  /** Cosine similarity of the memory to the question (0 when the vector ranker did not reach it). */
  similarity: number;
  relevant: boolean;
}

/** What recall found for a question. */
export interface Recall {
  hits: Recalled[];
  /** The active core blocks (human, persona), always given to the answer. */
  core: MemoryRow[];
  /** The period the question names, if any ("last week"), resolved against the time of asking. */
  time: QuestionTime | null;
}

function relevant(question: string, h: MemoryHit): Recalled {
  const cov = coverage(question, `${h.title}\n${h.content}`);
  const similarity = h.scores.vector?.similarity ?? 0;
  return { ...h, coverage: cov, similarity, relevant: similarity >= RELEVANCE.similar || (cov >= RELEVANCE.words && similarity >= RELEVANCE.loose) };
}

/**
 * Retrieves memories for a question: hybrid search (BM25 + vectors, RRF) over currently valid
 * memories; when the question names a period ("last week", "in 2022"), memories of events in that
 * period and facts valid at its end come first. Each hit is marked relevant or not (RELEVANCE).
 * @param opts.now time of asking, epoch ms (default now); opts.k hits wanted (default 8).
 */
export async function recall(db: EngramDb, embedder: Embedder, question: string, opts: { now?: number; k?: number } = {}): Promise<Recall> {
  const now = opts.now ?? Date.now();
  const k = opts.k ?? 8;
  const time = questionTime(question, now);
  const lists: MemoryHit[][] = [];
  if (time) {
    lists.push(await searchMemories(db, embedder, question, { k, from: time.from, to: time.to, includeInvalid: true }));
    lists.push(await searchMemories(db, embedder, question, { k, asOf: time.to - 1, types: ["semantic", "procedural"] }));
  }
  lists.push(await searchMemories(db, embedder, question, { k }));
  const seen = new Set<number>();
  const hits: Recalled[] = [];
  for (const h of lists.flat()) {
    if (seen.has(h.id) || h.type === "core") continue;
    seen.add(h.id);
    hits.push(relevant(question, h));
  }
  const core = db
    .prepare("SELECT * FROM memories WHERE type = 'core' AND status = 'active' AND valid_to IS NULL ORDER BY json_extract(details, '$.label'), id")
    .all() as MemoryRow[];
  return { hits: hits.slice(0, k), core, time };
}

/** Counts a recall of `ids` (access_count, last_accessed_at): recalled memories do not decay. */
export function markRecalled(db: EngramDb, ids: number[], now: number): void {
  if (ids.length === 0) return;
  db.prepare("UPDATE memories SET access_count = access_count + 1, last_accessed_at = ? WHERE id IN (SELECT value FROM json_each(?))").run(now, JSON.stringify(ids));
}
