import type { MemoryRow } from "../db/types.js";
import { mergeEntities as mergeInEngine, splitEntity as splitInEngine } from "../memory/entity-edits.js";
import { normName } from "../memory/entities.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type { EntityDetail, EntityKind, GetEntityRequest, MergeEntitiesRequest, SplitEntityRequest } from "./types.js";
import { toMemory } from "./views.js";

interface EntityRow {
  id: number;
  name: string;
  kind: EntityKind;
}

/** The entity of `req`: by id, else by any of its names (the most mentioned one when several match). */
function findEntity(ctx: ApiContext, req: GetEntityRequest): EntityRow | undefined {
  const { db } = ctx;
  if (req.id !== undefined) return db.prepare("SELECT id, name, kind FROM entities WHERE id = ?").get(req.id) as EntityRow | undefined;
  const norm = normName(req.name ?? "");
  return db
    .prepare(
      `SELECT e.id, e.name, e.kind FROM entities e
        WHERE e.id IN (SELECT entity_id FROM entity_aliases WHERE norm = @norm) OR e.norm = @norm
        ORDER BY (SELECT COUNT(*) FROM edges WHERE dst_kind = 'entity' AND dst_id = e.id) DESC, e.id LIMIT 1`,
    )
    .get({ norm }) as EntityRow | undefined;
}

/**
 * `getEntity`: an entity with its names and the current (active, still valid; with
 * `includeInvalid` also superseded) memories linked to it by graph edges, semantic facts first,
 * then by importance and recency; and the entities mentioned together with it most often.
 * @throws ApiError not_found when no entity has that id or name.
 */
export function getEntity(ctx: ApiContext, req: GetEntityRequest): EntityDetail {
  const { db } = ctx;
  const e = findEntity(ctx, req);
  if (!e) throw new ApiError("not_found", `No entity ${req.id !== undefined ? `#${req.id}` : `named "${req.name}"`} is known (entities are people, places and things the memories mention).`);
  const aliases = (db.prepare("SELECT norm FROM entity_aliases WHERE entity_id = ? ORDER BY norm").all(e.id) as Array<{ norm: string }>)
    .map((r) => r.norm)
    .filter((n) => n !== normName(e.name));
  const linked = `SELECT src_id FROM edges WHERE dst_kind = 'entity' AND dst_id = @id AND src_kind = 'memory'
    UNION SELECT dst_id FROM edges WHERE src_kind = 'entity' AND src_id = @id AND dst_kind = 'memory'`;
  const where = `m.id IN (${linked}) AND m.status = 'active'${req.includeInvalid ? "" : " AND m.valid_to IS NULL"}`;
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM memories m WHERE ${where}`).get({ id: e.id }) as { n: number }).n;
  const rows = db
    .prepare(`SELECT m.* FROM memories m WHERE ${where} ORDER BY m.type = 'semantic' DESC, m.importance DESC, COALESCE(m.occurred_at, m.valid_from) DESC LIMIT @limit`)
    .all({ id: e.id, limit: req.limit ?? 50 }) as MemoryRow[];
  const linkedTo = db
    .prepare(
      `SELECT o.id, o.name, o.kind, COUNT(DISTINCT x.src_id) AS shared
         FROM edges x JOIN edges y ON y.src_kind = 'memory' AND y.src_id = x.src_id AND y.dst_kind = 'entity' AND y.dst_id <> @id
         JOIN entities o ON o.id = y.dst_id JOIN memories m ON m.id = x.src_id AND m.status = 'active'
        WHERE x.src_kind = 'memory' AND x.dst_kind = 'entity' AND x.dst_id = @id
        GROUP BY o.id ORDER BY shared DESC, o.name LIMIT 8`,
    )
    .all({ id: e.id }) as Array<EntityRow & { shared: number }>;
  return { entity: { id: e.id, name: e.name, kind: e.kind, aliases }, memories: rows.map(toMemory), total, linked: linkedTo };
}

function mustExist(ctx: ApiContext, id: number): void {
  if (!ctx.db.prepare("SELECT 1 FROM entities WHERE id = ?").get(id)) throw new ApiError("not_found", `No entity #${id} is known.`);
}

/**
 * `mergeEntities`: entity `from` becomes part of `into` (core/memory/entity-edits.ts).
 * @returns the merged entity, as getEntity gives it.
 * @throws ApiError not_found when either entity does not exist.
 */
export function mergeEntities(ctx: ApiContext, req: MergeEntitiesRequest): EntityDetail {
  mustExist(ctx, req.into);
  mustExist(ctx, req.from);
  mergeInEngine(ctx.db, req.into, req.from);
  return getEntity(ctx, { id: req.into });
}

/**
 * `splitEntity`: the memories `memoryIds` mention a new entity instead of `id` (core/memory/entity-edits.ts).
 * @returns the new entity, as getEntity gives it.
 * @throws ApiError not_found when the entity does not exist; bad_request when none of the memories mentions it.
 */
export function splitEntity(ctx: ApiContext, req: SplitEntityRequest): EntityDetail {
  mustExist(ctx, req.id);
  try {
    return getEntity(ctx, { id: splitInEngine(ctx.db, req.id, req.memoryIds, req.name) });
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError("bad_request", (err as Error).message);
  }
}
