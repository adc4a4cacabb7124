import { lastMergeRunAt, memoriesHiddenInRun, runCounts } from "../db/repos/consolidation-runs.js";
import { getMemory, updateMemory } from "../db/repos/memories.js";
import { lastVersionOf } from "../db/repos/versions.js";
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
  const at = lastMergeRunAt(db, ACTOR);
  if (at == null) return null;
  const hidden = memoriesHiddenInRun(db, ACTOR, at, MAX_LISTED);
  const counts = runCounts(db, ACTOR, at);
  const items = hidden.flatMap(({ id, reason }) => {
    const m = getMemory(db, id);
    if (!m || m.status === "deleted") return [];
    const into = /#(\d+)/.exec(reason ?? "")?.[1];
    const survivor = into ? getMemory(db, Number(into)) : undefined;
    return [
      {
        memory: toSummary(m),
        kind: (reason ?? "").startsWith("summarised") ? ("summarised" as const) : ("merged" as const),
        into: survivor && survivor.status !== "deleted" ? toSummary(survivor) : null,
        restored: m.status === "active",
      },
    ];
  });
  return { at, merged: counts.hidden - counts.summarised, summarised: counts.summarised, decayed: counts.decayed, items };
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
  const last = lastVersionOf(db, req.id);
  if (m.status !== "archived" || last?.op !== "MERGE" || last.actor !== ACTOR) {
    throw new ApiError("conflict", `Memory ${req.id} was not merged away by consolidation, so there is nothing to undo.`);
  }
  const row: MemoryRow = db.transaction(() =>
    updateMemory(
      db,
      req.id,
      { status: "active", superseded_by: null, user_edited: 1 },
      { op: "RESTORE", actor: ctx.actor ?? "user", reason: "merge undone", now: ctx.now() },
    ),
  )();
  return toMemory(row);
}
