import type { EngramDb } from "../connection.js";

// Writes of the memory graph (table `edges`): memory → entity mentions and memory → memory
// relations, unique per ends and relation; the reads are in graph.ts, entities.ts and deletion.ts.

/** One end of an edge: a memory or an entity. */
export interface EdgeEnd {
  kind: "memory" | "entity";
  id: number;
}

/**
 * Adds edge `src -relation-> dst` unless it exists.
 * @param edge.weight strength in 0..1; `validFrom` when the relation starts to hold (epoch ms, null
 *   if unknown); `now` its creation time (epoch ms)
 * @returns whether a new edge was written.
 */
export function insertEdge(
  db: EngramDb,
  src: EdgeEnd,
  dst: EdgeEnd,
  relation: string,
  edge: { weight: number; validFrom: number | null; now: number },
): boolean {
  return (
    db
      .prepare(
        `INSERT OR IGNORE INTO edges(src_kind, src_id, dst_kind, dst_id, relation, weight, valid_from, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(src.kind, src.id, dst.kind, dst.id, relation, edge.weight, edge.validFrom, edge.now).changes > 0
  );
}

/**
 * Points the edges of entity `from` at entity `to` (an edge `to` already has is dropped, not
 * doubled): every edge, or with `memoryIds` only the mentions by those memories. Call inside the
 * caller's transaction.
 * @returns how many edges into `from` were moved.
 */
export function moveEntityEdges(db: EngramDb, from: number, to: number, memoryIds?: number[]): number {
  const only = memoryIds ? "AND src_kind = 'memory' AND src_id IN (SELECT value FROM json_each(@ids))" : "";
  const params = { from, to, ids: JSON.stringify(memoryIds ?? []) };
  const moved = db.prepare(`UPDATE OR IGNORE edges SET dst_id = @to WHERE dst_kind = 'entity' AND dst_id = @from ${only}`).run(params).changes;
  if (!memoryIds) db.prepare("UPDATE OR IGNORE edges SET src_id = @to WHERE src_kind = 'entity' AND src_id = @from").run(params);
  db.prepare(`DELETE FROM edges WHERE dst_kind = 'entity' AND dst_id = @from ${only}`).run(params);
  if (!memoryIds) db.prepare("DELETE FROM edges WHERE src_kind = 'entity' AND src_id = @from").run(params);
  return moved;
}
