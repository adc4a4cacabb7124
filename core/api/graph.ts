import { memoryConditions } from "../retrieval/filters.js";
import type { ApiContext } from "./context.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import type { EntityKind, GraphEdge, GraphNode, GraphRequest, GraphResult, MemoryType } from "./types.js";

/** Share of a page's node budget given to memories when entities are included (the rest: entities). */
const MEMORY_SHARE = 0.75;

interface RankedMemory {
  id: number;
  type: MemoryType;
  title: string;
  t: number | null;
  importance: number;
  degree: number;
}

interface EdgeRow {
  id: number;
  src_kind: "memory" | "entity";
  src_id: number;
  dst_kind: "memory" | "entity";
  dst_id: number;
  relation: string;
  weight: number;
}

const nodeId = (kind: "memory" | "entity", id: number) => `${kind === "memory" ? "m" : "e"}${id}`;

/**
 * `graph`: the memory graph, a page at a time. Memories matching the filter are ranked by
 * (pinned, importance, degree, recency); a page takes the next `limit·0.75` of them (all of
 * `limit` without entities) plus the entities most linked to them. Edges are those touching this
 * page's nodes whose other end is on this page or an earlier one, so a client that accumulates
 * pages has every edge between the nodes it holds. Entities may repeat across pages (dedupe by id).
 */
export function graph(ctx: ApiContext, req: GraphRequest): GraphResult {
  const { db } = ctx;
  const limit = req.limit ?? 2000;
  const withEntities = req.includeEntities ?? true;
  const offset = req.cursor ? Number(decodeCursor(req.cursor)[0]) || 0 : 0;
  const memBudget = withEntities ? Math.max(1, Math.floor(limit * MEMORY_SHARE)) : limit;

  const { where, params } = memoryConditions({ types: req.types, includeInvalid: req.includeInvalid })
    .range("COALESCE(m.occurred_at, m.valid_from)", req.from, req.to)
    .toSql();
  const edgeValid = req.includeInvalid ? "1" : "valid_to IS NULL";
  const ranked = db
    .prepare(
      `WITH ends(kind, id) AS (SELECT src_kind, src_id FROM edges WHERE ${edgeValid} UNION ALL SELECT dst_kind, dst_id FROM edges WHERE ${edgeValid}),
            deg AS (SELECT id, COUNT(*) AS n FROM ends WHERE kind = 'memory' GROUP BY id)
       SELECT m.id, m.type, m.title, COALESCE(m.occurred_at, m.valid_from) AS t, m.importance, COALESCE(deg.n, 0) AS degree
       FROM memories m LEFT JOIN deg ON deg.id = m.id
       WHERE ${where}
       ORDER BY m.pinned DESC, m.importance DESC, degree DESC, t DESC, m.id DESC
       LIMIT ?`,
    )
    .all(...params, offset + memBudget + 1) as RankedMemory[];
  const totalMemories = (db.prepare(`SELECT COUNT(*) AS n FROM memories m WHERE ${where}`).get(...params) as { n: number }).n;
  const page = ranked.slice(offset, offset + memBudget);
  const known = new Set(ranked.slice(0, offset + memBudget).map((m) => m.id));
  const pageIds = new Set(page.map((m) => m.id));

  const touching = db
    .prepare(
      `SELECT id, src_kind, src_id, dst_kind, dst_id, relation, weight FROM edges
       WHERE ${edgeValid} AND ((src_kind = 'memory' AND src_id IN (SELECT value FROM json_each(@ids)))
          OR (dst_kind = 'memory' AND dst_id IN (SELECT value FROM json_each(@ids))))`,
    )
    .all({ ids: JSON.stringify([...pageIds]) }) as EdgeRow[];

  const nodes: GraphNode[] = page.map((m) => ({
    id: nodeId("memory", m.id), kind: "memory", refId: m.id, label: m.title, group: m.type, occurredAt: m.t, degree: m.degree, importance: m.importance,
  }));
  const entityIds = new Set<number>();
  if (withEntities) {
    const links = new Map<number, number>();
    for (const e of touching) {
      if (e.src_kind === "entity") links.set(e.src_id, (links.get(e.src_id) ?? 0) + 1);
      if (e.dst_kind === "entity") links.set(e.dst_id, (links.get(e.dst_id) ?? 0) + 1);
    }
    const top = [...links].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, Math.max(0, limit - page.length)).map(([id]) => id);
    const rows = db
      .prepare(
        `SELECT e.id, e.name, e.kind,
           (SELECT COUNT(*) FROM edges g WHERE (g.src_kind = 'entity' AND g.src_id = e.id) OR (g.dst_kind = 'entity' AND g.dst_id = e.id)) AS degree
         FROM entities e WHERE e.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(top)) as Array<{ id: number; name: string; kind: EntityKind; degree: number }>;
    for (const r of rows) {
      entityIds.add(r.id);
      nodes.push({ id: nodeId("entity", r.id), kind: "entity", refId: r.id, label: r.name, group: r.kind, occurredAt: null, degree: r.degree, importance: 0.5 });
    }
  }
  const present = (kind: "memory" | "entity", id: number) => (kind === "memory" ? known.has(id) : entityIds.has(id));
  const edges: GraphEdge[] = touching
    .filter((e) => present(e.src_kind, e.src_id) && present(e.dst_kind, e.dst_id))
    .map((e) => ({ id: e.id, source: nodeId(e.src_kind, e.src_id), target: nodeId(e.dst_kind, e.dst_id), relation: e.relation, weight: e.weight }));

  const span = db.prepare("SELECT MIN(COALESCE(occurred_at, valid_from)) AS a, MAX(COALESCE(occurred_at, valid_from)) AS b FROM memories WHERE status = 'active'").get() as {
    a: number | null;
    b: number | null;
  };
  const more = ranked.length > offset + memBudget;
  return {
    nodes,
    edges,
    totalNodes: totalMemories,
    nextCursor: more ? encodeCursor([offset + memBudget]) : null,
    span: span.a != null ? { from: span.a, to: span.b! } : null,
  };
}
