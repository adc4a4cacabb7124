import type { EngramDb } from "../db/connection.js";
import { insertEdge, type EdgeEnd } from "../db/repos/edges.js";

/** Relations between memories and entities: the memory graph (after A-MEM's links and Zep's bi-temporal edges). */
export type Relation = "mentions" | "related" | "supersedes" | "derived_from";

/** One end of an edge: a memory or an entity. */
export type Node = EdgeEnd;

/**
 * Adds an edge `src -relation-> dst` unless it exists (edges are unique per ends and relation).
 * @param weight strength in 0..1 (e.g. cosine similarity for `related`)
 * @param validFrom when the relation starts to hold (epoch ms), null if unknown
 * @returns whether a new edge was written.
 */
export function addEdge(db: EngramDb, src: Node, dst: Node, relation: Relation, opts: { weight?: number; validFrom?: number | null; now: number }): boolean {
  if (src.kind === dst.kind && src.id === dst.id) return false;
  return insertEdge(db, src, dst, relation, { weight: opts.weight ?? 1, validFrom: opts.validFrom ?? null, now: opts.now });
}
