import type { EngramDb } from "../db/connection.js";
import { moveEntityEdges } from "../db/repos/edges.js";
import { entityAliases } from "../db/repos/entities.js";
import { deleteEntity, entityAliasNames, indexEntityName, insertEntity, scopedEntity, setEntityCircles, type ScopedEntity } from "../db/repos/entity-writes.js";
import { addAlias, normName } from "./entities.js";

function entity(db: EngramDb, id: number): ScopedEntity {
  const row = scopedEntity(db, id);
  if (!row) throw new Error(`no entity #${id}`);
  return row;
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
    const names = [from.name, ...entityAliasNames(db, fromId)];
    const norms = entityAliases(db, fromId);
    moveEntityEdges(db, fromId, intoId);
    const circles = new Set([...(JSON.parse(into.circles) as string[]), ...(JSON.parse(from.circles) as string[])]);
    if (from.scope !== into.scope) circles.add(from.scope);
    setEntityCircles(db, intoId, [...circles]);
    deleteEntity(db, fromId);
    for (const n of names) if (normName(n) !== normName(into.name)) addAlias(db, intoId, n);
    for (const norm of norms) indexEntityName(db, norm, intoId);
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
  return db
    .transaction(() => {
      const e = entity(db, id);
      const label = (name ?? e.name).trim();
      const norm = normName(label);
      const created = insertEntity(db, { name: label, kind: e.kind, norm, now: Date.now(), scope: `split:${id}:${Date.now()}:${memoryIds.join(",")}` });
      if (moveEntityEdges(db, id, created, memoryIds) === 0)
        throw new Error(`none of memories ${memoryIds.map((m) => `#${m}`).join(", ")} mentions entity #${id} (${e.name})`);
      return created;
    })
    .immediate();
}
