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
    v.memoryId, v.op, v.before == null ? null : JSON.stringify(v.before), v.after == null ? null : JSON.stringify(v.after),
    v.reason, v.actor, v.at,
  );
}

/** A memory's history, oldest first, snapshots decoded. */
export function listVersions(db: EngramDb, memoryId: number): VersionEntry[] {
  const rows = db
    .prepare("SELECT memory_id, op, before, after, reason, actor, created_at FROM memory_versions WHERE memory_id = ? ORDER BY id")
    .all(memoryId) as Array<{ memory_id: number; op: string; before: string | null; after: string | null; reason: string | null; actor: string; created_at: number }>;
  return rows.map((r) => ({
    memoryId: r.memory_id, op: r.op, before: r.before && JSON.parse(r.before), after: r.after && JSON.parse(r.after),
    reason: r.reason, actor: r.actor, at: r.created_at,
  }));
}
