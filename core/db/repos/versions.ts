import type { EngramDb } from "../connection.js";

/** One entry of a memory's history (table `memory_versions`). */
export interface VersionEntry {
  memoryId: number;
  /** ADD | UPDATE | INVALIDATE | NOOP | EDIT | PIN | UNPIN | DELETE | MERGE | DECAY | RESTORE */
  op: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  /** user | import | heuristic | llm | consolidation */
  actor: string;
  /** epoch ms */
  at: number;
}

/** Appends a version entry (snapshots stored as JSON). */
export function recordVersion(db: EngramDb, v: VersionEntry): void {
  db.prepare("INSERT INTO memory_versions(memory_id, op, before, after, reason, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)").run(
    v.memoryId,
    v.op,
    v.before == null ? null : JSON.stringify(v.before),
    v.after == null ? null : JSON.stringify(v.after),
    v.reason,
    v.actor,
    v.at,
  );
}

/** A memory's history, oldest first, snapshots decoded. */
export function listVersions(db: EngramDb, memoryId: number): VersionEntry[] {
  const rows = db
    .prepare("SELECT memory_id, op, before, after, reason, actor, created_at FROM memory_versions WHERE memory_id = ? ORDER BY id")
    .all(memoryId) as Array<{
    memory_id: number;
    op: string;
    before: string | null;
    after: string | null;
    reason: string | null;
    actor: string;
    created_at: number;
  }>;
  return rows.map((r) => ({
    memoryId: r.memory_id,
    op: r.op,
    before: r.before && JSON.parse(r.before),
    after: r.after && JSON.parse(r.after),
    reason: r.reason,
    actor: r.actor,
    at: r.created_at,
  }));
}

/** The id of the newest version entry (0 when there is none): a mark to find the entries written after it. */
export function lastVersionId(db: EngramDb): number {
  return (db.prepare("SELECT COALESCE(MAX(id), 0) AS id FROM memory_versions").get() as { id: number }).id;
}

/**
 * Records `actor` on the version entries written after `afterId` for the given memories and for
 * the memories they superseded (the engine's ADD/UPDATE/INVALIDATE of one remembered source).
 * @returns the number of entries changed.
 */
export function attributeVersions(db: EngramDb, afterId: number, memoryIds: number[], actor: string): number {
  return db
    .prepare(
      `UPDATE memory_versions SET actor = ? WHERE id > ? AND (memory_id IN (SELECT value FROM json_each(?))
         OR memory_id IN (SELECT id FROM memories WHERE superseded_by IN (SELECT value FROM json_each(?))))`,
    )
    .run(actor, afterId, JSON.stringify(memoryIds), JSON.stringify(memoryIds)).changes;
}

/** The operation and actor of memory `memoryId`'s latest version entry, or undefined when it has none. */
export function lastVersionOf(db: EngramDb, memoryId: number): { op: string; actor: string } | undefined {
  return db.prepare("SELECT op, actor FROM memory_versions WHERE memory_id = ? ORDER BY id DESC LIMIT 1").get(memoryId) as
    | { op: string; actor: string }
    | undefined;
}

/**
 * Rewrites the snapshots of memory `memoryId`'s history with `rewrite` (applied to each stored JSON
 * text; what it returns must stay JSON): a value no snapshot may keep (core/memory/secrets-sweep.ts
 * hides credentials in history too). @returns the number of entries changed.
 */
export function rewriteVersions(db: EngramDb, memoryId: number, rewrite: (json: string) => string): number {
  const rows = db.prepare("SELECT id, before, after FROM memory_versions WHERE memory_id = ?").all(memoryId) as Array<{
    id: number;
    before: string | null;
    after: string | null;
  }>;
  const update = db.prepare("UPDATE memory_versions SET before = ?, after = ? WHERE id = ?");
  let n = 0;
  for (const r of rows) {
    const [before, after] = [r.before == null ? null : rewrite(r.before), r.after == null ? null : rewrite(r.after)];
    if (before !== r.before || after !== r.after) n += update.run(before, after, r.id).changes;
  }
  return n;
}
