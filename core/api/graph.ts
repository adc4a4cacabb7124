import { activeMemorySpan, countMemoriesWhere, edgesTouching, entitiesWithDegree, rankMemoriesForGraph } from "../db/repos/graph.js";
import { memoryConditions } from "../db/filters.js";
import type { ApiContext } from "./context.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import type { GraphEdge, GraphNode, GraphRequest, GraphResult } from "./types.js";

/** Share of a page's node budget given to memories when entities are included (the rest: entities). */
const MEMORY_SHARE = 0.75;

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

  const filter = memoryConditions({ types: req.types, includeInvalid: req.includeInvalid })
    .range("COALESCE(m.occurred_at, m.valid_from)", req.from, req.to)
    .toSql();
  const ranked = rankMemoriesForGraph(db, filter, req.includeInvalid, offset + memBudget + 1);
  const totalMemories = countMemoriesWhere(db, filter);
  const page = ranked.slice(offset, offset + memBudget);
  const known = new Set(ranked.slice(0, offset + memBudget).map((m) => m.id));
  const pageIds = new Set(page.map((m) => m.id));

  const touching = edgesTouching(db, [...pageIds], req.includeInvalid);

  const nodes: GraphNode[] = page.map((m) => ({
    id: nodeId("memory", m.id),
    kind: "memory",
    refId: m.id,
    label: m.title,
    group: m.type,
    occurredAt: m.t,
    degree: m.degree,
    importance: m.importance,
  }));
  const entityIds = new Set<number>();
  if (withEntities) {
    const links = new Map<number, number>();
    for (const e of touching) {
      if (e.src_kind === "entity") links.set(e.src_id, (links.get(e.src_id) ?? 0) + 1);
      if (e.dst_kind === "entity") links.set(e.dst_id, (links.get(e.dst_id) ?? 0) + 1);
    }
    const top = [...links]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, Math.max(0, limit - page.length))
      .map(([id]) => id);
    for (const r of entitiesWithDegree(db, top)) {
      entityIds.add(r.id);
      nodes.push({
        id: nodeId("entity", r.id),
        kind: "entity",
        refId: r.id,
        label: r.name,
        group: r.kind,
        occurredAt: null,
        degree: r.degree,
        importance: 0.5,
      });
    }
  }
  const present = (kind: "memory" | "entity", id: number) => (kind === "memory" ? known.has(id) : entityIds.has(id));
  const edges: GraphEdge[] = touching
    .filter((e) => present(e.src_kind, e.src_id) && present(e.dst_kind, e.dst_id))
    .map((e) => ({ id: e.id, source: nodeId(e.src_kind, e.src_id), target: nodeId(e.dst_kind, e.dst_id), relation: e.relation, weight: e.weight }));

  const span = activeMemorySpan(db);
  const more = ranked.length > offset + memBudget;
  return {
    nodes,
    edges,
    totalNodes: totalMemories,
    nextCursor: more ? encodeCursor([offset + memBudget]) : null,
    span: span.a != null ? { from: span.a, to: span.b! } : null,
  };
}
