import type { EngramDb } from "../db/connection.js";
import { addAlias, normName } from "./entities.js";
import { stmt } from "./sql.js";

interface EntityRow {
  id: number;
  name: string;
  kind: string;
  scope: string;
  circles: string;
}

function entity(db: EngramDb, id: number): EntityRow {
  const row = stmt(db, "SELECT id, name, kind, scope, circles FROM entities WHERE id = ?").get(id) as EntityRow | undefined;
  if (!row) throw new Error(`no entity #${id}`);
  return row;
}

/** Points every edge of entity `from` at entity `to` (an edge `to` already has is dropped, not doubled). */
function moveEdges(db: EngramDb, from: number, to: number, memoryIds?: number[]): number {
  const only = memoryIds ? "AND src_kind = 'memory' AND src_id IN (SELECT value FROM json_each(@ids))" : "";
  const params = { from, to, ids: JSON.stringify(memoryIds ?? []) };
  const moved = stmt(db, `UPDATE OR IGNORE edges SET dst_id = @to WHERE dst_kind = 'entity' AND dst_id = @from ${only}`).run(params).changes;
  if (!memoryIds) stmt(db, "UPDATE OR IGNORE edges SET src_id = @to WHERE src_kind = 'entity' AND src_id = @from").run(params);
  stmt(db, `DELETE FROM edges WHERE dst_kind = 'entity' AND dst_id = @from ${only}`).run(params);
  if (!memoryIds) stmt(db, "DELETE FROM edges WHERE src_kind = 'entity' AND src_id = @from").run(params);
  return moved;
}

/**
 * The user's merge of entity `fromId` into `intoId` (two names, or two people the engine kept apart,
 * that are one): `into` takes the other's names, edges and circle, and `from` is deleted. The merged
 * circle is recorded on `into` (entities.circles), so the engine keeps linking that circle's mentions
 * to it and never splits them again. One transaction.
 * @throws Error when either entity does not exist, or when both are the same.
 */
export function mergeEntities(db: EngramDb, intoId: number, fromId: number): void {
  if (intoId === fromId) throw new Error(`cannot merge entity #${intoId} into itself`);
  db.transaction(() => {
    const into = entity(db, intoId);
    const from = entity(db, fromId);
    const names = [from.name, ...(JSON.parse((stmt(db, "SELECT aliases FROM entities WHERE id = ?").get(fromId) as { aliases: string }).aliases) as string[])];
    const norms = stmt(db, "SELECT norm FROM entity_aliases WHERE entity_id = ?").all(fromId) as Array<{ norm: string }>;
    moveEdges(db, fromId, intoId);
    const circles = new Set([...(JSON.parse(into.circles) as string[]), ...(JSON.parse(from.circles) as string[])]);
    if (from.scope !== into.scope) circles.add(from.scope);
    stmt(db, "UPDATE entities SET circles = ? WHERE id = ?").run(JSON.stringify([...circles]), intoId);
    stmt(db, "DELETE FROM entities WHERE id = ?").run(fromId);
    for (const n of names) if (normName(n) !== normName(into.name)) addAlias(db, intoId, n);
    for (const { norm } of norms) stmt(db, "INSERT OR IGNORE INTO entity_aliases(norm, entity_id) VALUES (?, ?)").run(norm, intoId);
  }).immediate();
}

/**
 * The user's split of entity `id`: the memories `memoryIds` (which mention it) mention a new entity
 * instead, named `name` (default: the same name), of the same kind, in a circle of its own
 * (`split:<id>`), so the engine's later mentions keep going to the original and the split stays.
 * @returns the new entity's id.
 * @throws Error when the entity does not exist or none of the memories mentions it.
 */
export function splitEntity(db: EngramDb, id: number, memoryIds: number[], name?: string): number {
  return db.transaction(() => {
    const e = entity(db, id);
    const label = (name ?? e.name).trim();
    const norm = normName(label);
    const created = Number(
      stmt(db, "INSERT INTO entities(name, kind, aliases, norm, created_at, scope) VALUES (?, ?, '[]', ?, ?, ?)")
        .run(label, e.kind, norm, Date.now(), `split:${id}:${Date.now()}:${memoryIds.join(",")}`).lastInsertRowid,
    );
    stmt(db, "INSERT OR IGNORE INTO entity_aliases(norm, entity_id) VALUES (?, ?)").run(norm, created);
    if (moveEdges(db, id, created, memoryIds) === 0) throw new Error(`none of memories ${memoryIds.map((m) => `#${m}`).join(", ")} mentions entity #${id} (${e.name})`);
    return created;
  }).immediate();
}
