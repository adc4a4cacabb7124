/**
 * Shapes shared by the memory engines (see README.md in this folder). Times are epoch ms, UTC.
 */
import type { MemoryType } from "../db/types.js";
import type { EntityKind } from "./entities.js";

/** The two engines: `heuristic` (no model, the default) and `llm` (the local model through completeJson). */
export type EngineName = "heuristic" | "llm";

/** What the engine does with a candidate memory (after Mem0). */
export type MemoryOp = "ADD" | "UPDATE" | "INVALIDATE" | "NOOP";

/** Options of {@link MemoryEngine.process}. */
export interface ProcessOptions {
  /** Called after each committed batch with sources done and sources to do. */
  onProgress?: (done: number, total: number) => void;
  /** Stops between batches; what was committed stays, the rest stays unprocessed. Rejects with an AbortError. */
  signal?: AbortSignal;
  /**
   * The sources are their conversations' last, as an import stored them whole: a session of one message
   * they end with is over (no later message of it is coming), and has no episode if its facts tell it.
   */
  complete?: boolean;
}

/** What one `process` run did. */
export interface ProcessReport {
  engine: EngineName;
  /** Sources marked processed by this run. */
  sources: number;
  /** Operations applied, per op (an INVALIDATE is counted once, on the old memory; its replacement is an ADD). */
  operations: Record<MemoryOp, number>;
  /** Memories added, per type. */
  added: Record<MemoryType, number>;
  /** Entities created. */
  entities: number;
  /** Edges created (mentions, related, supersedes, derived_from). */
  edges: number;
  /** Wall time, seconds. */
  seconds: number;
}

/** Options of {@link MemoryEngine.consolidate}. */
export interface ConsolidationOptions {
  /** Only report what would be done. */
  dryRun?: boolean;
  /** The time to consolidate at (epoch ms; default now): ages and decay are measured from it. */
  now?: number;
}

/** One consolidation step, as planned (dry run) or done. */
export interface ConsolidationAction {
  kind: "merge" | "summarise" | "decay";
  /** Memories the step reads (merged away, summarised, or decayed). */
  memoryIds: number[];
  /** The memory that remains or was created (merge: the survivor; summarise: the new episode; decay: the memory itself). */
  resultId: number | null;
  /** One line for people: "merge #12 into #7 (cosine 0.97)". */
  description: string;
}

/** What one `consolidate` run did (or would do, for a dry run). */
export interface ConsolidationReport {
  dryRun: boolean;
  actions: ConsolidationAction[];
  merged: number;
  summarised: number;
  decayed: number;
}

/**
 * The memory engine: turns unprocessed sources into typed memories and keeps them right.
 * Create with `createMemoryEngine` (core/memory/index.ts).
 */
export interface MemoryEngine {
  readonly name: EngineName;
  /**
   * Processes sources into memories: `sourceIds` (those not yet processed), or every unprocessed
   * source when omitted. Each batch's memories and its sources' `processed_at` are written in one
   * transaction, so a crash resumes where it stopped, without duplicates.
   * `process(opts)` (options only) is accepted too.
   */
  process(sourceIds?: number[] | ProcessOptions, opts?: ProcessOptions): Promise<ProcessReport>;
  /** Merges near-duplicates, summarises old episodes, decays unrecalled memories (see consolidate.ts). */
  consolidate(opts?: ConsolidationOptions): Promise<ConsolidationReport>;
}

/** A name in a memory that becomes an entity and a `mentions` edge. */
export interface EntityMention {
  name: string;
  kind: EntityKind;
}

/**
 * A memory an extractor proposes, before the decision ADD/UPDATE/INVALIDATE/NOOP.
 * `key` identifies the candidate inside its batch (for `derivedFrom`).
 */
export interface Candidate {
  key: string;
  type: MemoryType;
  title: string;
  content: string;
  details: Record<string, unknown>;
  occurredAt: number | null;
  validFrom: number;
  sourceIds: number[];
  importance: number;
  confidence: number;
  entities: EntityMention[];
  /** Structured fact (semantic): the key the contradiction rule uses. */
  fact?: { subject: string; predicate: string; object: string; single: boolean; circle?: string };
  /** Free-form fact subject (semantic), to compare only facts about the same subject. */
  subject?: string;
  /** A fact told after its turn turned to another topic ("By the way, …"): it answers no question asked before the turn. */
  newTopic?: boolean;
  /** It opens with advice or a request to the listener (facts.ts Fact.advises): sent right after its speaker's last message, it is about what that one told. */
  advises?: boolean;
  /** Episodic window that extends this existing memory (its sources are a prefix of this window). */
  extends?: number;
  /** Key of the candidate (in the same batch) this one was derived from: an edge `derived_from`. */
  derivedFrom?: string;
  /** Its source is a newer version of an item told before (a calendar event, by its UID): the memories of the earlier versions are no longer true. */
  supersedesEarlier?: true;
}
