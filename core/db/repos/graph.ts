import type { EngramDb } from "../connection.js";
import type { SqlFilter } from "../filters.js";
import type { EntityRow, MemoryRow, MemoryType } from "../types.js";

// The memory graph: edges between memories and entities (table `edges`). Each direction of an
// edge is its own indexed lookup where one node is fixed (an OR across both would scan `edges`).

/** A condition over alias `m` (table memories) with its positional parameters, as
 * core/db/filters.ts memoryConditions builds it. */
export type MemoryWhere = SqlFilter;

/** A memory ranked for the graph: `t` its event (or validity) time, `degree` its edges. */
export interface RankedMemory {
  id: number;
  type: MemoryType;
  title: string;
  t: number | null;
  importance: number;
  degree: number;
}

/** One edge; `weight` > 0, larger is stronger. */
export interface EdgeRow {
  id: number;
  src_kind: "memory" | "entity";
  src_id: number;
  dst_kind: "memory" | "entity";
  dst_id: number;
  relation: string;
  weight: number;
}

/** The condition on edges: all of them, or only those still valid. */
const edgeValidity = (includeInvalid: boolean | undefined) => (includeInvalid ? "1" : "valid_to IS NULL");

/**
 * The first `limit` memories matching `f`, by pinned, importance, degree (counting the edges
 * `includeInvalid` admits), recency, then id (all descending).
 */
export function rankMemoriesForGraph(db: EngramDb, f: MemoryWhere, includeInvalid: boolean | undefined, limit: number): RankedMemory[] {
  const edgeValid = edgeValidity(includeInvalid);
  return db
    .prepare(
      `WITH ends(kind, id) AS (SELECT src_kind, src_id FROM edges WHERE ${edgeValid} UNION ALL SELECT dst_kind, dst_id FROM edges WHERE ${edgeValid}),
            deg AS (SELECT id, COUNT(*) AS n FROM ends WHERE kind = 'memory' GROUP BY id)
       SELECT m.id, m.type, m.title, COALESCE(m.occurred_at, m.valid_from) AS t, m.importance, COALESCE(deg.n, 0) AS degree
       FROM memories m LEFT JOIN deg ON deg.id = m.id
       WHERE ${f.where}
       ORDER BY m.pinned DESC, m.importance DESC, degree DESC, t DESC, m.id DESC
       LIMIT ?`,
    )
    .all(...f.params, limit) as RankedMemory[];
}

/** How many memories match `f`. */
export function countMemoriesWhere(db: EngramDb, f: MemoryWhere): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM memories m WHERE ${f.where}`).get(...f.params) as { n: number }).n;
}

/** The edges (still valid ones unless `includeInvalid`) with a memory of `memoryIds` at either end. */
export function edgesTouching(db: EngramDb, memoryIds: number[], includeInvalid: boolean | undefined): EdgeRow[] {
  return db
    .prepare(
      `SELECT id, src_kind, src_id, dst_kind, dst_id, relation, weight FROM edges
       WHERE ${edgeValidity(includeInvalid)} AND ((src_kind = 'memory' AND src_id IN (SELECT value FROM json_each(@ids)))
          OR (dst_kind = 'memory' AND dst_id IN (SELECT value FROM json_each(@ids))))`,
    )
    .all({ ids: JSON.stringify(memoryIds) }) as EdgeRow[];
}

/** The entities `ids` with their degree (every edge touching them, valid or not); missing ids skipped, no order. */
export function entitiesWithDegree(db: EngramDb, ids: number[]): Array<EntityRow & { degree: number }> {
  return db
    .prepare(
      `SELECT e.id, e.name, e.kind,
         (SELECT COUNT(*) FROM edges g WHERE (g.src_kind = 'entity' AND g.src_id = e.id) OR (g.dst_kind = 'entity' AND g.dst_id = e.id)) AS degree
       FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as Array<EntityRow & { degree: number }>;
}

/** The earliest and latest event (or validity) time of the active memories; nulls when there is none. */
export function activeMemorySpan(db: EngramDb): { a: number | null; b: number | null } {
  return db
    .prepare("SELECT MIN(COALESCE(occurred_at, valid_from)) AS a, MAX(COALESCE(occurred_at, valid_from)) AS b FROM memories WHERE status = 'active'")
    .get() as {
    a: number | null;
    b: number | null;
  };
}

/** The active memories linked to memory `id` by an edge either way, with the edge's relation, strongest first (at most 100). */
export function relatedMemories(db: EngramDb, id: number): Array<MemoryRow & { relation: string }> {
  return db
    .prepare(
      `SELECT m.*, l.relation FROM (
         SELECT dst_id AS other, relation, weight FROM edges WHERE src_kind = 'memory' AND src_id = @id AND dst_kind = 'memory'
         UNION ALL SELECT src_id, relation, weight FROM edges WHERE dst_kind = 'memory' AND dst_id = @id AND src_kind = 'memory') l
       JOIN memories m ON m.id = l.other
       WHERE m.status = 'active' ORDER BY l.weight DESC LIMIT 100`,
    )
    .all({ id }) as Array<MemoryRow & { relation: string }>;
}
