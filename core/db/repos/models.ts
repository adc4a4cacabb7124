import type { EngramDb } from "../connection.js";

// Installed models (table `models`, migration 003); models/registry.ts copies and hashes their
// files and turns rows into records. At most one model per role is active (a unique index).

/** What a model is for (`models.role`). */
export type ModelRole = "chat" | "embedding";

/** A row of `models`: `metadata` is JSON text, `active` 0/1, `installed_at` epoch ms. */
export interface ModelRow {
  id: string;
  role: ModelRole;
  /** GGUF file (chat) or model folder (embedding) */
  path: string;
  size_bytes: number;
  sha256: string | null;
  origin: "catalog" | "import";
  active: number;
  metadata: string;
  installed_at: number;
}

/** Installed models: of one role by id, or all by role then id. */
export function listModelRows(db: EngramDb, role?: ModelRole): ModelRow[] {
  return (
    role ? db.prepare("SELECT * FROM models WHERE role = ? ORDER BY id").all(role) : db.prepare("SELECT * FROM models ORDER BY role, id").all()
  ) as ModelRow[];
}

/** The ids of every installed model, sorted. */
export function modelIds(db: EngramDb): string[] {
  return (db.prepare("SELECT id FROM models ORDER BY id").all() as Array<{ id: string }>).map((r) => r.id);
}

/** Model `id`'s row, or undefined. */
export function getModelRow(db: EngramDb, id: string): ModelRow | undefined {
  return db.prepare("SELECT * FROM models WHERE id = ?").get(id) as ModelRow | undefined;
}

/** The active model of `role`, or undefined when none is. */
export function activeModelRow(db: EngramDb, role: ModelRole): ModelRow | undefined {
  return db.prepare("SELECT * FROM models WHERE role = ? AND active = 1").get(role) as ModelRow | undefined;
}

/** Deactivates the active model of `role` (if any). Call inside the caller's transaction when it goes with other changes. */
export function deactivateModels(db: EngramDb, role: ModelRole): void {
  db.prepare("UPDATE models SET active = 0 WHERE role = ? AND active = 1").run(role);
}

/** Makes model `id` (of `role`) the only active model of its role, in one transaction. */
export function activateModel(db: EngramDb, id: string, role: ModelRole): void {
  db.transaction(() => {
    deactivateModels(db, role);
    db.prepare("UPDATE models SET active = 1 WHERE id = ?").run(id);
  })();
}

/**
 * Inserts model `m.id`, or updates the row of that id in place. An upsert, not INSERT OR REPLACE:
 * replacing would delete the row and cascade to its adapters.
 */
export function upsertModel(db: EngramDb, m: ModelRow): void {
  db.prepare(
    `INSERT INTO models (id, role, path, size_bytes, sha256, origin, active, metadata, installed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET role = excluded.role, path = excluded.path, size_bytes = excluded.size_bytes,
         sha256 = excluded.sha256, origin = excluded.origin, active = excluded.active, metadata = excluded.metadata,
         installed_at = excluded.installed_at`,
  ).run(m.id, m.role, m.path, m.size_bytes, m.sha256, m.origin, m.active, m.metadata, m.installed_at);
}

/** Deletes model `id`'s row; its adapters go with it (foreign key cascade). */
export function deleteModel(db: EngramDb, id: string): void {
  db.prepare("DELETE FROM models WHERE id = ?").run(id);
}
