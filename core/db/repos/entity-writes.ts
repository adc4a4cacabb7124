import type { EngramDb } from "../connection.js";
import type { EntityKind } from "../types.js";

// Entities as the memory engine and the user's merges and splits change them (tables `entities`,
// `entity_aliases`; migrations 004 and 007): every name of an entity is indexed by its normalised
// form (`norm`, computed by core/memory/entities.ts normName); a person belongs to a `scope` (the
// circle of an imported conversation, '' for one world) and to the `circles` merged into it.

/** An entity with its scope and merged circles (`circles`: JSON array text). */
export interface ScopedEntity {
  id: number;
  name: string;
  kind: EntityKind;
  scope: string;
  circles: string;
}

/**
 * The entity a mention names: one with the name `norm` among its names, a person only within
 * `scope` (or a circle merged into it), one of `kind` first, then the lowest id; failing that, the
 * entity of exactly (`kind`, `norm`, `scope`) (one whose alias rows are missing). Undefined when none.
 */
export function findEntityId(db: EngramDb, norm: string, kind: EntityKind, scope: string): number | undefined {
  const found = (db
    .prepare(
      `SELECT e.id FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
      WHERE a.norm = @norm AND (e.scope = @scope OR e.kind <> 'person' OR EXISTS (SELECT 1 FROM json_each(e.circles) WHERE value = @scope))
      ORDER BY (e.kind = @kind) DESC, e.id LIMIT 1`,
    )
    .get({ norm, scope, kind }) ?? db.prepare("SELECT id FROM entities WHERE kind = ? AND norm = ? AND scope = ?").get(kind, norm, scope)) as
    | { id: number }
    | undefined;
  return found?.id;
}

/** Indexes `norm` as a name of entity `id` (nothing when it already is). @returns whether a row was added. */
export function indexEntityName(db: EngramDb, norm: string, id: number): boolean {
  return db.prepare("INSERT OR IGNORE INTO entity_aliases(norm, entity_id) VALUES (?, ?)").run(norm, id).changes > 0;
}

/** Creates an entity without aliases, its name indexed. @returns its id. */
export function insertEntity(db: EngramDb, e: { name: string; kind: EntityKind; norm: string; now: number; scope: string }): number {
  const id = Number(
    db.prepare("INSERT INTO entities(name, kind, aliases, norm, created_at, scope) VALUES (?, ?, '[]', ?, ?, ?)").run(e.name, e.kind, e.norm, e.now, e.scope)
      .lastInsertRowid,
  );
  indexEntityName(db, e.norm, id);
  return id;
}

/** The other names of entity `id` as written (`entities.aliases`); throws a TypeError when there is no such entity. */
export function entityAliasNames(db: EngramDb, id: number): string[] {
  return JSON.parse((db.prepare("SELECT aliases FROM entities WHERE id = ?").get(id) as { aliases: string }).aliases) as string[];
}

/** Records `alias` (normalised: `norm`) as another name of entity `id`, unless `norm` is already one of its names. */
export function addEntityAlias(db: EngramDb, id: number, norm: string, alias: string): boolean {
  if (!indexEntityName(db, norm, id)) return false;
  db.prepare("UPDATE entities SET aliases = ? WHERE id = ?").run(JSON.stringify([...entityAliasNames(db, id), alias]), id);
  return true;
}

/** Entity `id` with its scope and circles, or undefined. */
export function scopedEntity(db: EngramDb, id: number): ScopedEntity | undefined {
  return db.prepare("SELECT id, name, kind, scope, circles FROM entities WHERE id = ?").get(id) as ScopedEntity | undefined;
}

/**
 * Makes entity `id` a thing shared by every circle (kind 'thing', scope ''), unless a thing of its
 * name already exists. @returns whether it changed.
 */
export function makeEntityAThing(db: EngramDb, id: number): boolean {
  return (
    db
      .prepare(
        `UPDATE entities SET kind = 'thing', scope = '' WHERE id = @id
        AND NOT EXISTS (SELECT 1 FROM entities t WHERE t.kind = 'thing' AND t.scope = '' AND t.norm = (SELECT norm FROM entities WHERE id = @id))`,
      )
      .run({ id }).changes > 0
  );
}

/** Sets the circles merged into entity `id`. */
export function setEntityCircles(db: EngramDb, id: number, circles: string[]): void {
  db.prepare("UPDATE entities SET circles = ? WHERE id = ?").run(JSON.stringify(circles), id);
}

/** Deletes entity `id` (its alias rows go with it; move its edges first). */
export function deleteEntity(db: EngramDb, id: number): void {
  db.prepare("DELETE FROM entities WHERE id = ?").run(id);
}
