import type { EngramDb } from "../db/connection.js";
import { stmt } from "./sql.js";

/** Relations between memories and entities: the memory graph (after A-MEM's links and Zep's bi-temporal edges). */
export type Relation = "mentions" | "related" | "supersedes" | "derived_from";

/** One end of an edge. */
export interface Node {
  kind: "memory" | "entity";
  id: number;
}

/**
 * Adds an edge `src -relation-> dst` unless it exists (edges are unique per ends and relation).
 * @param weight strength in 0..1 (e.g. cosine similarity for `related`)
 * @param validFrom when the relation starts to hold (epoch ms), null if unknown
 * @returns whether a new edge was written.
 */
export function addEdge(db: EngramDb, src: Node, dst: Node, relation: Relation, opts: { weight?: number; validFrom?: number | null; now: number }): boolean {
  if (src.kind === dst.kind && src.id === dst.id) return false;
  const res = stmt(
    db,
    `INSERT OR IGNORE INTO edges(src_kind, src_id, dst_kind, dst_id, relation, weight, valid_from, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(src.kind, src.id, dst.kind, dst.id, relation, opts.weight ?? 1, opts.validFrom ?? null, opts.now);
  return res.changes > 0;
}
