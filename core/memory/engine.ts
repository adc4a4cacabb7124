import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { embedCached } from "../db/embedding-cache.js";
import { getConversation } from "../db/repos/conversations.js";
import { getMemory } from "../db/repos/memories.js";
import { getUserName } from "../db/repos/settings.js";
import {
  countUnprocessedOf,
  latestEngineEpisode,
  markProcessed,
  pendingSources,
  sourceVectors,
  unprocessedSources,
  type PendingSource,
} from "../db/repos/processing.js";
import { sourcesOfMemory } from "../db/repos/provenance.js";
import { nextSourceTime } from "../db/repos/sources.js";
import type { ConversationRow, SourceRow } from "../db/types.js";
import { prepareVectors } from "../retrieval/reembed.js";
import { applyDecision, backfillFactKeys, emptyReport, type ApplyContext } from "./apply.js";
import { consolidate } from "./consolidate.js";
import { addPersonaLine, rebuildHumanBlock } from "./core-blocks.js";
import { decideHeuristic, engineMayChange, type Decision } from "./decide.js";
import type { Turn, Window } from "./episodes.js";
import type { Extractor, PersonaLine, SourceBatch } from "./extractor.js";
import { circleOf, entityMemo } from "./entities.js";
import { nearestMemories } from "./nearest.js";
import { meanVector } from "./pool.js";
import { processScreenBatch } from "./screen/process.js";
import { sentenceReader } from "./reading.js";
import { hideIn, hideSecrets, secretsIn, secretsOfTurns, type Secret } from "./secrets.js";
import { hideStoredSecrets } from "./secrets-sweep.js";
import type { Candidate, ConsolidationOptions, MemoryEngine, ProcessOptions, ProcessReport } from "./types.js";
import { yieldToEventLoop } from "../util/event-loop.js";

/** Sources per batch: one transaction each (a crash loses at most one batch of work, never data). */
export const BATCH_SIZE = 64;

/** A batch's sources changed under us (another process took them): plan it again. */
class Conflict extends Error {}

/** A batch of sources; `screen` when they are captured screenshots (core/memory/screen reads them). */
interface Planned {
  ids: number[];
  screen: boolean;
}

/** Splits pending sources into batches of one conversation each (screenshots apart), at most BATCH_SIZE long. */
function plan(pending: PendingSource[]): Planned[] {
  const out: Planned[] = [];
  let current: Planned = { ids: [], screen: false };
  let conv: number | null | undefined;
  for (const p of pending) {
    const screen = p.kind === "screenshot";
    if (current.ids.length && (p.conversation_id !== conv || screen !== current.screen || current.ids.length >= BATCH_SIZE)) {
      out.push(current);
      current = { ids: [], screen };
    }
    conv = p.conversation_id;
    current.screen = screen;
    current.ids.push(p.id);
  }
  if (current.ids.length) out.push(current);
  return out;
}

/** Reads a source's sentences for the engine (reading.ts: own words, bounded, remembered across batches). */
type Reader = ReturnType<typeof sentenceReader>;

/** The batch's turns: each source with its sentences and its stored vector (one query for all). */
function toTurns(db: EngramDb, sources: SourceRow[], read: Reader, participants: string[]): Turn[] {
  const vectors = sourceVectors(
    db,
    sources.map((s) => s.id),
  );
  return sources.map((s) => ({ source: s, sentences: read(s, participants), vector: vectors.get(s.id) ?? null }));
}

/** The conversation's newest stored episode made by an engine (not a consolidation summary), when the engine may still extend it. */
function openWindow(db: EngramDb, conversationId: number, read: Reader, participants: string[]): Window | null {
  const id = latestEngineEpisode(db, conversationId);
  const memory = id !== undefined ? getMemory(db, id) : undefined;
  if (!memory || !engineMayChange(memory)) return null;
  const sources = sourcesOfMemory(db, memory.id);
  return { memoryId: memory.id, turns: toTurns(db, sources, read, participants) };
}

function loadBatch(db: EngramDb, ids: number[], read: Reader, complete: boolean): { batch: SourceBatch; stamp: string } | null {
  const sources = unprocessedSources(db, ids);
  if (sources.length === 0) return null;
  const conversation: ConversationRow | null = sources[0]!.conversation_id != null ? (getConversation(db, sources[0]!.conversation_id) ?? null) : null;
  const participants = conversation
    ? (JSON.parse(conversation.participants) as string[])
    : [...new Set(sources.map((s) => s.speaker).filter((s): s is string => !!s))];
  const open = conversation ? openWindow(db, conversation.id, read, participants) : null;
  const stamp = `${sources.map((s) => s.id).join(",")}|${open ? `${open.memoryId}@${getMemory(db, open.memoryId!)!.updated_at}` : "-"}`;
  const userName = getUserName(db);
  const last = sources[sources.length - 1]!;
  const next = conversation && last.seq != null ? nextSourceTime(db, conversation.id, last.seq) : null;
  return { batch: { conversation, participants, turns: toTurns(db, sources, read, participants), open, userName, next, complete }, stamp };
}

/** The same stamp as loadBatch computes, read again inside the write transaction. */
function currentStamp(db: EngramDb, batch: SourceBatch): string {
  const ids = batch.turns.map((t) => t.source.id);
  if (countUnprocessedOf(db, ids) !== ids.length) return "changed";
  const open = batch.open?.memoryId != null ? getMemory(db, batch.open.memoryId) : null;
  return `${ids.join(",")}|${open ? `${open.id}@${open.updated_at}` : "-"}`;
}

/**
 * Hides the secrets of a batch's messages (secrets.ts) in what the extractor proposed: candidates
 * (an episode may retell turns of its open window, before the batch) and persona lines.
 */
function hideBatchSecrets(batch: SourceBatch, candidates: Candidate[], persona: PersonaLine[]): void {
  const bySource = secretsOfTurns([...(batch.open?.turns ?? []), ...batch.turns]);
  const of = (ids: number[]): Secret[] => ids.flatMap((id) => bySource.get(id) ?? []);
  for (const c of candidates) hideSecrets(c, of(c.sourceIds));
  for (const p of persona) p.line = hideIn(p.line, [...of([p.sourceId]), ...secretsIn(p.line)]);
}

/**
 * The vector of each candidate. With `extractor.pooledVectors` (heuristic engine), the normalised
 * mean of its sources' vectors, which import already computed: processing then makes no model call
 * (mean pooling of sentence embeddings; the memory's own words are indexed by FTS5). Otherwise, or
 * when a source has no vector, the candidate's text is embedded (cached by text hash).
 */
async function candidateVectors(
  db: EngramDb,
  embedder: Embedder,
  extractor: Extractor,
  batch: SourceBatch,
  items: Array<{ text: string; sourceIds: number[] }>,
): Promise<Float32Array[]> {
  const known = new Map<number, Float32Array | null>([...(batch.open?.turns ?? []), ...batch.turns].map((t) => [t.source.id, t.vector]));
  const pooled = items.map((it) => {
    if (!extractor.pooledVectors) return null;
    const vs = it.sourceIds.map((id) => known.get(id) ?? null);
    return vs.every((v) => v != null) ? meanVector(vs as Float32Array[]) : null;
  });
  const missing = items.map((it, i) => (pooled[i] ? null : it.text));
  const embedded = await embedCached(
    db,
    embedder,
    missing.filter((t): t is string => t != null),
  );
  let j = 0;
  return pooled.map((v) => v ?? embedded[j++]!);
}

async function processBatch(
  db: EngramDb,
  embedder: Embedder,
  extractor: Extractor,
  read: Reader,
  ids: number[],
  report: ProcessReport,
  signal?: AbortSignal,
  complete = false,
): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const loaded = loadBatch(db, ids, read, complete);
    if (!loaded) return;
    const { batch, stamp } = loaded;
    // reading, extracting and applying each hold the thread for tens of ms per batch: between them the
    // event loop runs (an import's embedder threads get their next texts, a server answers)
    await yieldToEventLoop();
    const { candidates, persona } = await extractor.extract(batch, signal);
    hideBatchSecrets(batch, candidates, persona);
    await yieldToEventLoop();
    // people of an imported conversation are its own (entities.ts circleOf): so are their fact keys
    const circle = circleOf(batch.turns[0]?.source.trust, batch.participants);
    if (circle) for (const c of candidates) if (c.fact && !c.details.about_user) c.fact.circle = circle;
    const vectors = await candidateVectors(db, embedder, extractor, batch, [
      ...candidates.map((c) => ({ text: c.content, sourceIds: c.sourceIds })),
      ...persona.map((p) => ({ text: p.line, sourceIds: [p.sourceId] })),
    ]);
    const decisions: Array<Decision | null> = [];
    for (const [i, c] of candidates.entries()) {
      // (an episode, and a newer version of a calendar event, are decided by the rule: decideHeuristic)
      decisions.push(
        extractor.decide && c.type !== "episodic" && !c.supersedesEarlier
          ? await extractor.decide(c, nearestMemories(db, c.type, c.content, vectors[i]!), signal)
          : null,
      );
    }
    try {
      db.transaction(() => {
        if (currentStamp(db, batch) !== stamp) throw new Conflict();
        const now = Date.now();
        const ctx: ApplyContext = {
          db,
          engine: extractor.name,
          now,
          participants: batch.participants,
          circle,
          report,
          memoryOf: new Map(),
          entities: entityMemo(),
        };
        let aboutUser = false;
        candidates.forEach((c, i) => {
          const decision = decisions[i] ?? decideHeuristic(db, c, vectors[i]!);
          applyDecision(ctx, c, vectors[i]!, decision);
          if (c.details.about_user && decision.op !== "NOOP") aboutUser = true;
        });
        for (const [i, p] of persona.entries()) addPersonaLine(db, p.line, p.sourceId, vectors[candidates.length + i]!, { engine: extractor.name, now });
        if (aboutUser) rebuildHumanBlock(db, { engine: extractor.name, now });
        markProcessed(
          db,
          batch.turns.map((t) => t.source.id),
          now,
        );
        report.sources += batch.turns.length;
      }).immediate();
      return;
    } catch (err) {
      if (!(err instanceof Conflict)) throw err;
    }
  }
  throw new Error(`memory engine: sources ${ids[0]}…${ids[ids.length - 1]} kept changing while being processed; try again`);
}

/**
 * Builds the memory engine over `db` (see MemoryEngine in types.ts and README.md).
 * @param extractor how sources are read (heuristic or llm, see index.ts)
 */
export function engineWith(db: EngramDb, embedder: Embedder, extractor: Extractor): MemoryEngine {
  const read = sentenceReader();
  return {
    name: extractor.name,
    async process(idsOrOpts?: number[] | ProcessOptions, maybeOpts?: ProcessOptions): Promise<ProcessReport> {
      const ids = Array.isArray(idsOrOpts) ? idsOrOpts : undefined;
      const opts = (Array.isArray(idsOrOpts) ? maybeOpts : idsOrOpts) ?? {};
      const started = performance.now();
      const report = emptyReport(extractor.name);
      await prepareVectors(db, embedder);
      hideStoredSecrets(db);
      backfillFactKeys(db);
      const batches = plan(pendingSources(db, ids));
      const total = batches.reduce((n, b) => n + b.ids.length, 0);
      let done = 0;
      opts.onProgress?.(0, total);
      for (const b of batches) {
        // a batch of the heuristic engine can run without any real I/O wait (pooled vectors): yield
        // to the event loop between batches, so progress reaches the client and the server answers
        await yieldToEventLoop();
        opts.signal?.throwIfAborted();
        if (b.screen) await processScreenBatch(db, embedder, extractor.name, b.ids, report);
        else await processBatch(db, embedder, extractor, read, b.ids, report, opts.signal, opts.complete);
        done += b.ids.length;
        opts.onProgress?.(done, total);
      }
      report.seconds = (performance.now() - started) / 1000;
      return report;
    },
    consolidate(opts: ConsolidationOptions = {}) {
      return consolidate(db, embedder, { ...opts, engine: extractor.name });
    },
  };
}
