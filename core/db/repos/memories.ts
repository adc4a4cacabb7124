import type { EngramDb } from "../connection.js";
import type { MemoryRow, MemoryType } from "../types.js";
import { recordVersion } from "./versions.js";

/** Fields of a new memory. `details` is per type (see DESIGN.md data model). Times in epoch ms. */
export interface NewMemory {
  type: MemoryType;
  title: string;
  content: string;
  details?: Record<string, unknown>;
  occurredAt?: number | null;
  validFrom?: number;
  importance?: number;
  confidence?: number;
  engine: string;
}

/**
 * Inserts a memory, links it to its `sourceIds` (provenance) and writes an `ADD` version.
 * Call inside the caller's transaction when several rows must land together.
 * @returns the new memory id (also the rowid of memories_fts / memories_vec).
 */
export function insertMemory(db: EngramDb, m: NewMemory, opts: { sourceIds?: number[]; actor: string; reason?: string; now?: number }): number {
  const now = opts.now ?? Date.now();
  const res = db
    .prepare(
      `INSERT INTO memories(type, title, content, details, occurred_at, valid_from, recorded_at, importance, confidence, engine, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      m.type,
      m.title,
      m.content,
      JSON.stringify(m.details ?? {}),
      m.occurredAt ?? null,
      m.validFrom ?? m.occurredAt ?? now,
      now,
      m.importance ?? 0.5,
      m.confidence ?? 1,
      m.engine,
      now,
    );
  const id = Number(res.lastInsertRowid);
  linkSources(db, id, opts.sourceIds ?? []);
  recordVersion(db, { memoryId: id, op: "ADD", before: null, after: getMemory(db, id)!, reason: opts.reason ?? null, actor: opts.actor, at: now });
  return id;
}

/** Adds provenance links memory → sources (existing links are kept). */
export function linkSources(db: EngramDb, memoryId: number, sourceIds: number[]): void {
  const link = db.prepare("INSERT OR IGNORE INTO memory_sources(memory_id, source_id) VALUES (?, ?)");
  for (const s of sourceIds) link.run(memoryId, s);
}

/** Reads one memory, or undefined. */
export function getMemory(db: EngramDb, id: number): MemoryRow | undefined {
  return db.prepare("SELECT * FROM memories WHERE id = ?").get(id) as MemoryRow | undefined;
}

/** The text (`content`) of memory `id`, or undefined when it does not exist or is deleted. */
export function memoryText(db: EngramDb, id: number): string | undefined {
  return (db.prepare("SELECT content FROM memories WHERE id = ? AND status <> 'deleted'").get(id) as { content: string } | undefined)?.content;
}

/** Reads memories by id (any order; missing ids skipped). */
export function getMemories(db: EngramDb, ids: number[]): MemoryRow[] {
  return db.prepare("SELECT * FROM memories WHERE id IN (SELECT value FROM json_each(?))").all(JSON.stringify(ids)) as MemoryRow[];
}

/**
 * Marks memory `id` as the user's (`user_edited`: engines never change it), without a version
 * (call right after insertMemory, whose ADD version stands for both). With `pinned` also sets `pinned` (0/1).
 */
export function markUserOwned(db: EngramDb, id: number, opts: { pinned?: boolean } = {}): void {
  if (opts.pinned === undefined) db.prepare("UPDATE memories SET user_edited = 1 WHERE id = ?").run(id);
  else db.prepare("UPDATE memories SET user_edited = 1, pinned = ? WHERE id = ?").run(opts.pinned ? 1 : 0, id);
}

/** Columns of a memory that an engine or the user may change. */
export type MemoryPatch = Partial<
  Pick<
    MemoryRow,
    | "title"
    | "content"
    | "occurred_at"
    | "valid_from"
    | "valid_to"
    | "invalidated_at"
    | "superseded_by"
    | "status"
    | "importance"
    | "pinned"
    | "user_edited"
    | "confidence"
  >
> & { details?: Record<string, unknown> };

const PATCHABLE = new Set([
  "title",
  "content",
  "details",
  "occurred_at",
  "valid_from",
  "valid_to",
  "invalidated_at",
  "superseded_by",
  "status",
  "importance",
  "pinned",
  "user_edited",
  "confidence",
]);

/**
 * Changes a memory and writes a version (`op`, before/after snapshots, reason, actor).
 * @throws Error when the memory does not exist or the patch names a column that cannot change.
 */
export function updateMemory(db: EngramDb, id: number, patch: MemoryPatch, opts: { op: string; actor: string; reason?: string; now?: number }): MemoryRow {
  const before = getMemory(db, id);
  if (!before) throw new Error(`memory ${id} does not exist`);
  const now = opts.now ?? Date.now();
  const cols = Object.keys(patch);
  for (const c of cols) if (!PATCHABLE.has(c)) throw new Error(`memory field "${c}" cannot be changed`);
  const values = cols.map((c) => (c === "details" ? JSON.stringify(patch.details) : (patch as Record<string, unknown>)[c]));
  db.prepare(`UPDATE memories SET ${[...cols.map((c) => `${c} = ?`), "updated_at = ?"].join(", ")} WHERE id = ?`).run(...values, now, id);
  const after = getMemory(db, id)!;
  recordVersion(db, { memoryId: id, op: opts.op, before, after, reason: opts.reason ?? null, actor: opts.actor, at: now });
  return after;
}

/**
 * Counts active memories per type that are still valid (not replaced by a later one: those are history,
 * reached from the memory that replaced them, and the memory browser does not list them); every type is
 * present (0 when none).
 */
export function countMemoriesByType(db: EngramDb): Record<MemoryType, number> {
  const out: Record<MemoryType, number> = { core: 0, episodic: 0, semantic: 0, procedural: 0, resource: 0, vault: 0 };
  const rows = db.prepare("SELECT type, COUNT(*) AS n FROM memories WHERE status = 'active' AND valid_to IS NULL GROUP BY type").all() as Array<{
    type: MemoryType;
    n: number;
  }>;
  for (const r of rows) out[r.type] = r.n;
  return out;
}

/**
 * Up to `limit` memories an engine wrote and may still change (not the user's, nor edited by them; no
 * `vault` memory), with ids above `afterId`, in id order: a sweep over stored memories page by page.
 */
export function engineMemoriesAfter(db: EngramDb, afterId: number, limit: number): MemoryRow[] {
  return db
    .prepare("SELECT * FROM memories WHERE id > ? AND user_edited = 0 AND engine <> 'user' AND type <> 'vault' ORDER BY id LIMIT ?")
    .all(afterId, limit) as MemoryRow[];
}
