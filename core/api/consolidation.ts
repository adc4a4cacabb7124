import { getMemory, updateMemory } from "../db/repos/memories.js";
import type { MemoryRow } from "../db/types.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type { ConsolidationNotice, Memory, MemoryIdRequest } from "./types.js";
import { toMemory, toSummary } from "./views.js";

/** The actor consolidation records its changes as (core/memory/consolidate.ts). */
const ACTOR = "consolidation";
/** Most merged memories listed in one notice. */
const MAX_LISTED = 200;

/**
 * `lastConsolidation`: what the latest consolidation run that hid memories did (every change of a
 * run carries the same time): the memories it merged into another or summarised into an episode,
 * each with what replaced it, and how many importances it decayed. Null when consolidation never
 * merged anything. A memory the user has restored since shows `restored: true`.
 */
export function lastConsolidation(ctx: ApiContext): ConsolidationNotice | null {
  const { db } = ctx;
  const at = (db.prepare("SELECT MAX(created_at) AS at FROM memory_versions WHERE actor = ? AND op = 'MERGE'").get(ACTOR) as { at: number | null }).at;
  if (at == null) return null;
  const hidden = db
    .prepare(
      `SELECT v.memory_id AS id, v.reason FROM memory_versions v
       WHERE v.actor = ? AND v.op = 'MERGE' AND v.created_at = ? AND v.before IS NOT NULL ORDER BY v.memory_id LIMIT ?`,
    )
    .all(ACTOR, at, MAX_LISTED) as Array<{ id: number; reason: string | null }>;
  const counts = db
    .prepare("SELECT COUNT(*) AS n, COALESCE(SUM(reason LIKE 'summarised%'), 0) AS s FROM memory_versions WHERE actor = ? AND op = 'MERGE' AND created_at = ? AND before IS NOT NULL")
    .get(ACTOR, at) as { n: number; s: number };
  const decayed = (db.prepare("SELECT COUNT(*) AS n FROM memory_versions WHERE actor = ? AND op = 'DECAY' AND created_at = ?").get(ACTOR, at) as { n: number }).n;
  const items = hidden.flatMap(({ id, reason }) => {
    const m = getMemory(db, id);
    if (!m || m.status === "deleted") return [];
    const into = /#(\d+)/.exec(reason ?? "")?.[1];
    const survivor = into ? getMemory(db, Number(into)) : undefined;
    return [{
      memory: toSummary(m),
      kind: (reason ?? "").startsWith("summarised") ? ("summarised" as const) : ("merged" as const),
      into: survivor && survivor.status !== "deleted" ? toSummary(survivor) : null,
      restored: m.status === "active",
    }];
  });
  return { at, merged: counts.n - counts.s, summarised: counts.s, decayed, items };
}

/**
 * `undoMerge`: brings back a memory that consolidation merged or summarised away: active again,
 * no longer superseded, and marked as the user's (`userEdited`) so consolidation leaves it alone
 * from now on. The history gets a RESTORE by the user. @throws ApiError not_found, conflict (the
 * memory was not hidden by consolidation).
 */
export function undoMerge(ctx: ApiContext, req: MemoryIdRequest): Memory {
  const { db } = ctx;
  const m = getMemory(db, req.id);
  if (!m || m.status === "deleted") throw new ApiError("not_found", `Memory ${req.id} does not exist (it may have been deleted).`);
  const last = db.prepare("SELECT op, actor FROM memory_versions WHERE memory_id = ? ORDER BY id DESC LIMIT 1").get(req.id) as { op: string; actor: string } | undefined;
  if (m.status !== "archived" || last?.op !== "MERGE" || last.actor !== ACTOR) {
    throw new ApiError("conflict", `Memory ${req.id} was not merged away by consolidation, so there is nothing to undo.`);
  }
  const row: MemoryRow = db.transaction(() =>
    updateMemory(db, req.id, { status: "active", superseded_by: null, user_edited: 1 }, { op: "RESTORE", actor: ctx.actor ?? "user", reason: "merge undone", now: ctx.now() }),
  )();
  return toMemory(row);
}
