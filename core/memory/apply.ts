import type { EngramDb } from "../db/connection.js";
import { clearFactsWithoutKey, factsWithoutKey, hasFactsWithoutKey, putFactKey } from "../db/repos/fact-keys.js";
import { getMemory, insertMemory, linkSources, updateMemory } from "../db/repos/memories.js";
import { recordVersion } from "../db/repos/versions.js";
import type { MemoryType } from "../db/types.js";
import { putVector } from "../db/vectors.js";
import { engineMayChange, type Decision } from "./decide.js";
import { type EntityMemo, linkMentions, normName, resolveAliases, subjectKey } from "./entities.js";
import { addEdge } from "./links.js";
import type { Candidate, EngineName, ProcessReport } from "./types.js";

/** State shared by the applications of one batch (inside its transaction). */
export interface ApplyContext {
  db: EngramDb;
  engine: EngineName;
  /** Transaction time, epoch ms. */
  now: number;
  /** Participants of the batch's conversation (for aliases such as "Mel" → "Melanie"). */
  participants: string[];
  /** The circle people of this batch belong to (entities.ts circleOf); '' when shared. */
  circle: string;
  report: ProcessReport;
  /** Candidate key → the memory it ended up in (for `derived_from` edges). */
  memoryOf: Map<string, number>;
  /** Entity lookups of this transaction (entities.ts EntityMemo); none: every mention queries. */
  entities?: EntityMemo;
}

/**
 * Writes the missing `memory_facts` keys of structured semantic memories from their details
 * (subject/predicate/object), e.g. after a restore from an export that did not carry the table, or
 * for a fact the user created, so the contradiction rule sees every fact. Reads the queue of
 * memories without a key (migration 008): one indexed read when nothing is missing, whatever the
 * size of the database.
 * @returns keys written.
 */
export function backfillFactKeys(db: EngramDb): number {
  if (!hasFactsWithoutKey(db)) return 0;
  return db
    .transaction(() => {
      const rows = factsWithoutKey(db);
      for (const r of rows) putFactKey(db, r.id, subjectKey(r.subject ?? "", r.circle), r.predicate, normName(r.object));
      clearFactsWithoutKey(db);
      return rows.length;
    })
    .immediate();
}

/** An empty report for `engine`. */
export function emptyReport(engine: EngineName): ProcessReport {
  const types: Record<MemoryType, number> = { core: 0, episodic: 0, semantic: 0, procedural: 0, resource: 0, vault: 0 };
  return { engine, sources: 0, operations: { ADD: 0, UPDATE: 0, INVALIDATE: 0, NOOP: 0 }, added: types, entities: 0, edges: 0, seconds: 0 };
}

function detailsOf(c: Candidate): Record<string, unknown> {
  const d: Record<string, unknown> = { ...c.details };
  if (c.subject) d.subject = c.subject;
  if (c.fact) Object.assign(d, { subject: c.fact.subject, predicate: c.fact.predicate, object: c.fact.object }, c.fact.circle ? { circle: c.fact.circle } : {});
  return d;
}

function writeFactKey(ctx: ApplyContext, id: number, c: Candidate): void {
  if (!c.fact) return;
  putFactKey(ctx.db, id, subjectKey(c.fact.subject, c.fact.circle), c.fact.predicate, normName(c.fact.object));
}

function links(ctx: ApplyContext, id: number, c: Candidate, d: Decision): void {
  const m = linkMentions(ctx.db, id, resolveAliases(c.entities, ctx.participants), ctx.now, ctx.circle, ctx.entities);
  ctx.report.entities += m.entities;
  ctx.report.edges += m.edges;
  const edge = (dst: number, relation: "derived_from" | "related" | "supersedes", weight = 1) => {
    if (addEdge(ctx.db, { kind: "memory", id }, { kind: "memory", id: dst }, relation, { weight, validFrom: c.validFrom, now: ctx.now })) ctx.report.edges++;
  };
  const parent = c.derivedFrom ? ctx.memoryOf.get(c.derivedFrom) : undefined;
  if (parent != null) edge(parent, "derived_from");
  for (const r of d.related) edge(r.id, "related", r.similarity);
}

function add(ctx: ApplyContext, c: Candidate, vector: Float32Array, d: Decision): number {
  const { db, engine, now } = ctx;
  const id = insertMemory(
    db,
    {
      type: c.type,
      title: c.title,
      content: c.content,
      details: detailsOf(c),
      occurredAt: c.occurredAt,
      validFrom: c.validFrom,
      importance: c.importance,
      confidence: c.confidence,
      engine,
    },
    { sourceIds: c.sourceIds, actor: engine, reason: d.reason, now },
  );
  putVector(db, "memories", id, vector);
  writeFactKey(ctx, id, c);
  ctx.report.operations.ADD++;
  ctx.report.added[c.type]++;
  links(ctx, id, c, d);
  for (const oldId of d.invalidates) {
    const old = getMemory(db, oldId);
    if (!old || !engineMayChange(old)) continue;
    updateMemory(
      db,
      oldId,
      { valid_to: Math.max(old.valid_from, c.validFrom), invalidated_at: now, superseded_by: id },
      { op: "INVALIDATE", actor: engine, reason: `contradicted by #${id}: ${d.reason}`, now },
    );
    if (addEdge(db, { kind: "memory", id }, { kind: "memory", id: oldId }, "supersedes", { validFrom: c.validFrom, now })) ctx.report.edges++;
    ctx.report.operations.INVALIDATE++;
  }
  return id;
}

/**
 * Applies one decision inside the batch's transaction: writes the memory, its vector, provenance,
 * version (with the decision's reason), fact key, entity mentions and edges. A NOOP adds the
 * candidate's sources to the target's provenance. A memory the user edited or pinned is never
 * changed: a NOOP on it only records the version, an UPDATE of it becomes an ADD.
 * @returns the id of the memory the candidate ended up in.
 */
export function applyDecision(ctx: ApplyContext, c: Candidate, vector: Float32Array, d: Decision): number {
  const { db, engine, now } = ctx;
  const target = d.targetId != null ? getMemory(db, d.targetId) : undefined;
  let id: number;
  if (d.op === "NOOP" && target) {
    recordVersion(db, { memoryId: target.id, op: "NOOP", before: null, after: null, reason: d.reason, actor: engine, at: now });
    if (engineMayChange(target)) linkSources(db, target.id, c.sourceIds);
    ctx.report.operations.NOOP++;
    id = target.id;
  } else if (d.op === "UPDATE" && target && engineMayChange(target)) {
    updateMemory(db, target.id, { title: c.title, content: c.content, details: detailsOf(c) }, { op: "UPDATE", actor: engine, reason: d.reason, now });
    linkSources(db, target.id, c.sourceIds);
    putVector(db, "memories", target.id, vector);
    writeFactKey(ctx, target.id, c);
    ctx.report.operations.UPDATE++;
    links(ctx, target.id, c, d);
    id = target.id;
  } else {
    id = add(
      ctx,
      c,
      vector,
      d.op === "ADD" ? d : { ...d, op: "ADD", targetId: null, reason: `${d.reason}; target #${d.targetId} is kept by the user, added instead` },
    );
  }
  ctx.memoryOf.set(c.key, id);
  return id;
}
