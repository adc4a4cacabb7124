import type { Embedder } from "../../../models/embedder.js";
import type { EngramDb } from "../../db/connection.js";
import { embedCached, memoryEmbeddingText } from "../../db/embedding-cache.js";
import { getMemory, linkSources } from "../../db/repos/memories.js";
import { countUnprocessedOf, markProcessed } from "../../db/repos/processing.js";
import { setProvenance, sourceIdsOfMemory } from "../../db/repos/provenance.js";
import {
  activityMemoriesOfFrames,
  framesBefore,
  framesBetween,
  frameTexts,
  recentFramesOfApp,
  screenMemoryBy,
  screenMemoryOfFrames,
  unprocessedFrames,
} from "../../db/repos/screen.js";
import { getVector, putVector } from "../../db/vectors.js";
import { applyDecision, type ApplyContext } from "../apply.js";
import { engineMayChange, type Decision } from "../decide.js";
import { addEdge } from "../links.js";
import { meanVector } from "../pool.js";
import type { Candidate, EngineName, EntityMention, ProcessReport } from "../types.js";
import { ACTIVITY, durationOf, segmentActivities, type Activity, type ScreenFrame } from "./activities.js";
import { describeActivity, describeDay, describeDocument, localDay } from "./describe.js";
import { boilerplateOf, mergePages, readFrames, type Boilerplate } from "./text.js";
import { describeScreen, type AppKind } from "./titles.js";

/**
 * The screen side of the memory engine: a batch of captured frames becomes activities (episodic),
 * the day they belong to (episodic), and the documents read (resource), each ADDed once and
 * UPDATEd as capture goes on. See README.md in this folder.
 */

/** App kinds whose windows are documents worth keeping whole (not terminals or chats, whose text is a stream). */
const DOCUMENT_KINDS = new Set<AppKind>(["browser", "reader", "editor", "office", "mail", "other"]);

/**
 * The processed frames of `display` the batch may continue: those of the last two gaps (`2 ×
 * ACTIVITY.maxGapMs`) before its first frame `first` (an activity to extend, or one to rejoin after
 * a glance), widened to every frame of the activity memories they belong to and to the whole run of
 * the earliest one, so segmentation sees each reopened activity whole.
 */
function reopened(db: EngramDb, display: number, first: ScreenFrame, batch: Set<number>): ScreenFrame[] {
  const before = framesBefore(db, display, first.at).filter((f) => !batch.has(f.sourceId));
  let from = first.at - 2 * ACTIVITY.maxGapMs;
  const recent = before.filter((f) => f.at >= from);
  for (const id of activityMemoriesOfFrames(
    db,
    recent.map((f) => f.sourceId),
  )) {
    const start = getMemory(db, id)?.occurred_at;
    if (start != null && start < from) from = start;
  }
  let i = before.findIndex((f) => f.at < from);
  if (i < 0) i = before.length;
  // the run the window starts in, whole: walk back while the document stays the same
  const key = i > 0 ? describeScreen(before[i - 1]!.app, before[i - 1]!.windowTitle, before[i - 1]!.url).key : null;
  while (
    key != null &&
    i < before.length &&
    before[i - 1]!.at - before[i]!.at <= ACTIVITY.maxGapMs &&
    describeScreen(before[i]!.app, before[i]!.windowTitle, before[i]!.url).key === key
  )
    i++;
  return before.slice(0, i).reverse();
}

/** Entities a screen memory mentions: the app, and the site and document when known. */
function entitiesOf(a: Pick<Activity, "origin">, withDocument: boolean): EntityMention[] {
  const o = a.origin;
  return [
    { name: o.app, kind: "app" },
    ...(o.site ? [{ name: o.site, kind: "thing" as const }] : []),
    ...(withDocument && o.document && o.kind !== "terminal" ? [{ name: o.document, kind: "thing" as const }] : []),
  ];
}

/** The decision for a screen memory: UPDATE the one it continues when the engine may, else ADD. */
function decision(db: EngramDb, targetId: number | null, what: string): Decision {
  const target = targetId != null ? getMemory(db, targetId) : undefined;
  if (target && engineMayChange(target)) return { op: "UPDATE", targetId: target.id, invalidates: [], related: [], reason: `${what} went on` };
  return { op: "ADD", targetId: null, invalidates: [], related: [], reason: target ? `new ${what} (#${target.id} is kept by the user)` : `new ${what}` };
}

/** State of one screen batch inside its transaction. */
interface Run {
  db: EngramDb;
  ctx: ApplyContext;
  vectors: Map<number, Float32Array>;
  /** activity memory id by the activity's first frame */
  activityIds: Map<number, number>;
  /** day memories written, to embed their own text after the commit */
  days: Set<number>;
  n: number;
}

function pooled(run: Run, sourceIds: number[]): Float32Array {
  const vs = sourceIds.map((id) => run.vectors.get(id) ?? getVector(run.db, "sources", id)).filter((v): v is Float32Array => v != null);
  const v = meanVector(vs);
  if (!v) throw new Error(`screen memory: frames ${sourceIds[0]}…${sourceIds[sourceIds.length - 1]} have no vectors`);
  return v;
}

/**
 * Applies a screen memory: an UPDATE that would write the same title, text and details only adds
 * the frames to its provenance (a reopened activity that did not change gets no new version).
 */
function apply(run: Run, c: Omit<Candidate, "key" | "confidence" | "validFrom">, d: Decision): number {
  const target = d.op === "UPDATE" && d.targetId != null ? getMemory(run.db, d.targetId) : undefined;
  if (target && target.title === c.title && target.content === c.content && target.details === JSON.stringify(c.details)) {
    linkSources(run.db, target.id, c.sourceIds);
    return target.id;
  }
  const candidate: Candidate = { ...c, key: `screen:${run.n++}`, confidence: 1, validFrom: c.occurredAt ?? run.ctx.now };
  return applyDecision(run.ctx, candidate, pooled(run, c.sourceIds), d);
}

/** Texts of frames in order, and the boilerplate of their app (lines also seen on its other documents). */
function readActivity(db: EngramDb, a: Activity): { texts: string[]; boilerplate: Boilerplate } {
  const byId = frameTexts(
    db,
    a.frames.map((f) => f.sourceId),
  );
  const others = recentFramesOfApp(db, a.frames[0]!.app).filter((f) => describeScreen(f.app, f.windowTitle, f.url).key !== a.origin.key);
  return { texts: a.frames.map((f) => byId.get(f.sourceId) ?? ""), boilerplate: boilerplateOf(others.map((f) => f.text)) };
}

/** ADDs or UPDATEs the activity's episodic memory (activities of at least ACTIVITY.minMs, or ones that already have one). */
function applyActivity(run: Run, a: Activity, read: { texts: string[]; boilerplate: Boilerplate }): number | null {
  const ids = a.frames.map((f) => f.sourceId);
  const existing = screenMemoryOfFrames(run.db, "activity", ids);
  if (durationOf(a) < ACTIVITY.minMs && existing == null) return null;
  const d = describeActivity(a, readFrames(read.texts, read.boilerplate));
  const importance = Math.round(Math.min(0.8, 0.5 + (durationOf(a) / 3_600_000) * 0.3) * 100) / 100;
  const id = apply(
    run,
    {
      type: "episodic",
      title: d.title,
      content: d.content,
      details: d.details,
      occurredAt: a.start,
      sourceIds: ids,
      importance,
      entities: entitiesOf(a, true),
    },
    decision(run.db, existing, "activity"),
  );
  run.activityIds.set(ids[0]!, id);
  return id;
}

/** ADDs or UPDATEs the document's one resource memory: its text merged from every frame it was on screen in. */
function applyDocument(run: Run, a: Activity, read: { boilerplate: Boilerplate }, activityId: number | null): void {
  if (!DOCUMENT_KINDS.has(a.origin.kind)) return;
  // a window without title or address is no document anyone can name: each such activity keeps its own
  const origin = a.origin.document || a.origin.url ? a.origin : { ...a.origin, key: `${a.origin.key}#${a.frames[0]!.sourceId}` };
  const existing = screenMemoryBy(run.db, "document", "key", origin.key);
  const ids = [...new Set([...(existing != null ? sourceIdsOfMemory(run.db, existing) : []), ...a.frames.map((f) => f.sourceId)])];
  const texts = frameTexts(run.db, ids);
  const firstSeen = existing != null ? (getMemory(run.db, existing)!.occurred_at ?? a.start) : a.start;
  const d = describeDocument(
    origin,
    mergePages(
      ids.map((id) => texts.get(id) ?? ""),
      read.boilerplate,
    ),
    firstSeen,
  );
  const old = existing != null ? getMemory(run.db, existing) : undefined;
  let id: number;
  if (old && engineMayChange(old) && old.title === d.title && old.content === d.content) {
    linkSources(run.db, old.id, ids); // nothing new to read: the frames join its provenance, no new version
    id = old.id;
  } else {
    id = apply(
      run,
      {
        type: "resource",
        title: d.title,
        content: d.content,
        details: d.details,
        occurredAt: firstSeen,
        sourceIds: ids,
        importance: 0.5,
        entities: entitiesOf(a, true),
      },
      decision(run.db, existing, "document"),
    );
  }
  if (activityId != null && addEdge(run.db, { kind: "memory", id }, { kind: "memory", id: activityId }, "derived_from", { now: run.ctx.now }))
    run.ctx.report.edges++;
}

/** ADDs or UPDATEs the day's episodic memory from every frame of that local day. */
function applyDay(run: Run, date: string, start: number, end: number): void {
  const activities = segmentActivities(framesBetween(run.db, start, end));
  if (!activities.length) return;
  const d = describeDay(date, activities, ACTIVITY.minMs);
  const firsts = activities.map((a) => a.frames[0]!.sourceId);
  const existing = screenMemoryBy(run.db, "day", "date", date);
  const apps = [...new Set(activities.map((a) => a.origin.app))].map((name): EntityMention => ({ name, kind: "app" }));
  const id = apply(
    run,
    {
      type: "episodic",
      title: d.title,
      content: d.content,
      details: d.details,
      occurredAt: activities[0]!.start,
      sourceIds: firsts,
      importance: 0.6,
      entities: apps,
    },
    decision(run.db, existing, "day"),
  );
  if (getMemory(run.db, id)!.user_edited === 0) setProvenance(run.db, id, firsts);
  run.days.add(id);
  for (const activityId of activityMemoriesOfFrames(run.db, firsts)) {
    if (addEdge(run.db, { kind: "memory", id }, { kind: "memory", id: activityId }, "derived_from", { now: run.ctx.now })) run.ctx.report.edges++;
  }
}

/**
 * Processes a batch of screenshot sources (both engines use this; no model is involved): reopens
 * the activities each display was in shortly before the batch, segments old and new frames into activities,
 * ADDs or UPDATEs each activity's memory, each document's resource and each touched day's memory,
 * and marks the batch processed, all in one transaction. Memory vectors are pooled from the frames'
 * vectors (frames stored without one are embedded first).
 * @returns false when another process took the batch meanwhile (nothing was written).
 */
export async function processScreenBatch(db: EngramDb, embedder: Embedder, engine: EngineName, ids: number[], report: ProcessReport): Promise<boolean> {
  const pending = unprocessedFrames(db, ids);
  if (!pending.length) return true;
  const vectors = new Map<number, Float32Array>();
  const missing = pending.filter((f) => !getVector(db, "sources", f.sourceId));
  const embedded = await embedCached(
    db,
    embedder,
    missing.map((f) => [[f.app, f.windowTitle].filter(Boolean).join(" — "), f.text].filter(Boolean).join("\n")),
  );
  for (const [i, f] of missing.entries()) vectors.set(f.sourceId, embedded[i]!);
  const pendingIds = pending.map((f) => f.sourceId);
  const days = db
    .transaction((): Set<number> | null => {
      if (countUnprocessedOf(db, pendingIds) !== pendingIds.length) return null;
      const now = Date.now();
      const run: Run = {
        db,
        vectors,
        activityIds: new Map(),
        days: new Set(),
        n: 0,
        ctx: { db, engine, now, participants: [], circle: "", report, memoryOf: new Map() },
      };
      for (const [id, v] of vectors) putVector(db, "sources", id, v);
      const batch = new Set(pendingIds);
      const frames: ScreenFrame[] = [...pending];
      for (const display of new Set(pending.map((f) => f.display))) {
        const first = pending.filter((f) => f.display === display).reduce((a, b) => (b.at < a.at ? b : a));
        frames.push(...reopened(db, display, first, batch));
      }
      const days = new Map<string, { start: number; end: number }>();
      for (const a of segmentActivities(frames)) {
        const read = readActivity(db, a);
        const activityId = applyActivity(run, a, read);
        applyDocument(run, a, read, activityId);
        const day = localDay(a.start);
        days.set(day.date, day);
      }
      for (const [date, { start, end }] of days) applyDay(run, date, start, end);
      markProcessed(db, pendingIds, now);
      report.sources += pendingIds.length;
      return run.days;
    })
    .immediate();
  if (!days) return false;
  await embedDays(db, embedder, [...days]);
  return true;
}

/**
 * Gives day memories the vector of their own title and text (embedding-cache.ts memoryEmbeddingText: "how did I spend Monday", "how long in
 * Firefox" are questions about the day's sums, which the mean of its frames' vectors does not
 * carry). Runs after the batch's commit: until then, and if it fails, the day keeps the pooled vector.
 */
async function embedDays(db: EngramDb, embedder: Embedder, ids: number[]): Promise<void> {
  const rows = ids.map((id) => getMemory(db, id)).filter((m): m is NonNullable<typeof m> => m != null);
  if (!rows.length) return;
  const vectors = await embedCached(db, embedder, rows.map(memoryEmbeddingText));
  db.transaction(() => {
    rows.forEach((m, i) => {
      if (getMemory(db, m.id)?.content === m.content) putVector(db, "memories", m.id, vectors[i]!);
    });
  })();
}
