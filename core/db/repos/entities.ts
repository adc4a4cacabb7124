import type { EngramDb } from "../connection.js";
import type { EntityKind, EntityRow, MemoryRow } from "../types.js";

// Entities (people, places, things the memories mention) and the memories linked to them by
// graph edges (memory → entity `mentions`, or entity → memory). Each direction of an edge is its
// own indexed lookup: an OR across both would scan `edges`.

/** The ids of the memories linked to entity `@id`, either edge direction (an SQL subquery). */
const LINKED_MEMORIES = `SELECT src_id FROM edges WHERE dst_kind = 'entity' AND dst_id = @id AND src_kind = 'memory'
    UNION SELECT dst_id FROM edges WHERE src_kind = 'entity' AND src_id = @id AND dst_kind = 'memory'`;

/** An entity `e` whose name or an alias normalises to `@norm` (an SQL condition). */
const NAMED_NORM = "(e.norm = @norm OR e.id IN (SELECT entity_id FROM entity_aliases WHERE norm = @norm))";
/** Entities `e` by how many memories mention them, most first, then lowest id (an SQL ordering). */
const MOST_MENTIONED = "(SELECT COUNT(*) FROM edges WHERE dst_kind = 'entity' AND dst_id = e.id) DESC, e.id";

/** Reads entity `id`, or undefined. */
export function getEntity(db: EngramDb, id: number): EntityRow | undefined {
  return db.prepare("SELECT id, name, kind FROM entities WHERE id = ?").get(id) as EntityRow | undefined;
}

/** Whether entity `id` exists. */
export function entityExists(db: EngramDb, id: number): boolean {
  return !!db.prepare("SELECT 1 FROM entities WHERE id = ?").get(id);
}

/** The entity whose name or an alias normalises to `norm`; the most mentioned one (then lowest id) when several do. */
export function findEntityByNorm(db: EngramDb, norm: string): EntityRow | undefined {
  return db.prepare(`SELECT e.id, e.name, e.kind FROM entities e WHERE ${NAMED_NORM} ORDER BY ${MOST_MENTIONED} LIMIT 1`).get({ norm }) as
    | EntityRow
    | undefined;
}

/**
 * The person entities one of whose names (table `entity_aliases`, its `norm`) is among `norms`
 * (normalised names, lower case): for each such name, the entity's name as it spells it and its own
 * normalised name ("mel" → Melanie, "melanie"). Without repeats, in no particular order.
 */
export function peopleByAlias(db: EngramDb, norms: string[]): Array<{ alias: string; name: string; norm: string }> {
  return db
    .prepare(
      `SELECT DISTINCT a.norm AS alias, e.name, e.norm FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
        WHERE a.norm IN (SELECT value FROM json_each(?)) AND e.kind = 'person'`,
    )
    .all(JSON.stringify(norms)) as Array<{ alias: string; name: string; norm: string }>;
}

/** The normalised names of entity `id` (`entity_aliases.norm`), sorted. */
export function entityAliases(db: EngramDb, id: number): string[] {
  return (db.prepare("SELECT norm FROM entity_aliases WHERE entity_id = ? ORDER BY norm").all(id) as Array<{ norm: string }>).map((r) => r.norm);
}

/** Every entity, by name then id, one row at a time (an iterator over a running statement). */
export function iterateEntities(db: EngramDb): IterableIterator<EntityRow> {
  return db.prepare("SELECT id, name, kind FROM entities ORDER BY name, id").iterate() as IterableIterator<EntityRow>;
}

/** The entities memory `memoryId` is linked to, by name. */
export function entitiesOfMemory(db: EngramDb, memoryId: number): EntityRow[] {
  return db
    .prepare(
      `SELECT e.id, e.name, e.kind FROM entities e WHERE e.id IN (
         SELECT dst_id FROM edges WHERE src_kind = 'memory' AND src_id = @id AND dst_kind = 'entity'
         UNION SELECT src_id FROM edges WHERE dst_kind = 'memory' AND dst_id = @id AND src_kind = 'entity')
       ORDER BY e.name`,
    )
    .all({ id: memoryId }) as EntityRow[];
}

/**
 * The active memories linked to entity `id` (only those still valid unless `includeInvalid`):
 * how many, and the first `limit`, semantic facts first, then by importance, then newest event (or validity) time.
 */
export function memoriesOfEntity(db: EngramDb, id: number, opts: { includeInvalid?: boolean; limit: number }): { total: number; rows: MemoryRow[] } {
  const where = `m.id IN (${LINKED_MEMORIES}) AND m.status = 'active'${opts.includeInvalid ? "" : " AND m.valid_to IS NULL"}`;
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM memories m WHERE ${where}`).get({ id }) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT m.* FROM memories m WHERE ${where} ORDER BY m.type = 'semantic' DESC, m.importance DESC, COALESCE(m.occurred_at, m.valid_from) DESC LIMIT @limit`,
    )
    .all({ id, limit: opts.limit }) as MemoryRow[];
  return { total, rows };
}

/** The active memories but vault items linked to entity `id`: facts first, then episodes, each by event (or validity) time, then id. */
export function readableMemoriesOfEntity(db: EngramDb, id: number): MemoryRow[] {
  return db
    .prepare(
      `SELECT m.* FROM memories m WHERE m.status = 'active' AND m.type <> 'vault' AND m.id IN (
       ${LINKED_MEMORIES})
     ORDER BY m.type = 'episodic', COALESCE(m.occurred_at, m.valid_from), m.id`,
    )
    .all({ id }) as MemoryRow[];
}

/**
 * The entities (of `kind`, when given) that the most active memories mention (`mentions`: how many,
 * memory → entity edges), most first, then by name; at most `limit`. Entities no active memory
 * mentions are left out. `scope`: '' or the circle of an imported conversation (migration 007).
 */
export function mostMentionedEntities(db: EngramDb, opts: { kind?: EntityKind; limit: number }): Array<EntityRow & { mentions: number; scope: string }> {
  return db
    .prepare(
      `SELECT e.id, e.name, e.kind, e.scope, COUNT(DISTINCT x.src_id) AS mentions
         FROM entities e JOIN edges x ON x.dst_kind = 'entity' AND x.dst_id = e.id AND x.src_kind = 'memory'
         JOIN memories m ON m.id = x.src_id AND m.status = 'active'
        WHERE @kind IS NULL OR e.kind = @kind
        GROUP BY e.id ORDER BY mentions DESC, e.name, e.id LIMIT @limit`,
    )
    .all({ kind: opts.kind ?? null, limit: opts.limit }) as Array<EntityRow & { mentions: number; scope: string }>;
}

/** The 8 entities mentioned most often in the same active memories as entity `id` (`shared`: how many memories), then by name. */
export function coMentionedEntities(db: EngramDb, id: number): Array<EntityRow & { shared: number }> {
  return db
    .prepare(
      `SELECT o.id, o.name, o.kind, COUNT(DISTINCT x.src_id) AS shared
         FROM edges x JOIN edges y ON y.src_kind = 'memory' AND y.src_id = x.src_id AND y.dst_kind = 'entity' AND y.dst_id <> @id
         JOIN entities o ON o.id = y.dst_id JOIN memories m ON m.id = x.src_id AND m.status = 'active'
        WHERE x.src_kind = 'memory' AND x.dst_kind = 'entity' AND x.dst_id = @id
        GROUP BY o.id ORDER BY shared DESC, o.name LIMIT 8`,
    )
    .all({ id }) as Array<EntityRow & { shared: number }>;
}

/**
 * The person entities whose name or an alias normalises to `norm` (lower case, as entities.ts
 * normName gives it), in every circle (two imported conversations' Johns are two), the most
 * mentioned first (then lowest id); [] when none.
 */
export function peopleNamed(db: EngramDb, norm: string): EntityRow[] {
  return db
    .prepare(`SELECT e.id, e.name, e.kind FROM entities e WHERE e.kind = 'person' AND ${NAMED_NORM} ORDER BY ${MOST_MENTIONED}`)
    .all({ norm }) as EntityRow[];
}
