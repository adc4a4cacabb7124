// Memories (the memory, its sources, history and entities; list, create, edit, pin, delete) and search over them.
import type { EntityKind, MemoryType, SearchMode, SourceKind } from "./vocabulary.js";

// ───────────────────────────── memories ─────────────────────────────

/** A memory as the UI shows it (table `memories`, JSON decoded). */
export interface Memory {
  id: number;
  type: MemoryType;
  title: string;
  content: string;
  /** per type: episodic {actor, participants, place}, procedural {steps[]}, semantic {subject,
   * predicate, object}, core {label}, vault {secretRef} (the secret itself is never returned) */
  details: Record<string, unknown>;
  occurredAt: number | null;
  validFrom: number;
  /** null = still valid */
  validTo: number | null;
  recordedAt: number;
  invalidatedAt: number | null;
  supersededBy: number | null;
  status: "active" | "archived" | "deleted";
  /** 0..1 */
  importance: number;
  pinned: boolean;
  userEdited: boolean;
  accessCount: number;
  lastAccessedAt: number | null;
  /** 0..1 */
  confidence: number;
  /** who wrote it: import | heuristic | llm | user */
  engine: string;
  updatedAt: number;
}

/** A memory in the memory browser's list, with who it is about or who said it: a fact's subject, an
 * episode's actor, else its earliest source's speaker (a screenshot's app); null when nobody is named. */
export interface ListedMemory extends Memory {
  who: string | null;
}

/** A short reference to a memory (lists, graph tooltips, timeline). */
export interface MemorySummary {
  id: number;
  type: MemoryType;
  title: string;
  occurredAt: number | null;
  validTo: number | null;
  pinned: boolean;
  /** A calendar event that lasts whole days (`details.all_day`; set on the timeline's entries): shown without a time of day. */
  allDay?: true;
}

/** One source behind a memory or a citation. */
export interface SourceRef {
  sourceId: number;
  kind: SourceKind;
  /** id in the original export (LoCoMo dia_id, ChatGPT message id), null for captures */
  externalId: string | null;
  /** conversation database id, null for screenshots */
  conversationId: number | null;
  /** conversation title or external id, for display */
  conversation: string | null;
  speaker: string | null;
  occurredAt: number;
  app: string | null;
  windowTitle: string | null;
}

/** One entry of a memory's history (`memory_versions`). Snapshots are `Memory` objects or null. */
export interface MemoryVersion {
  /** ADD | UPDATE | INVALIDATE | NOOP | EDIT | PIN | UNPIN | DELETE | MERGE | DECAY | RESTORE */
  op: string;
  before: Memory | null;
  after: Memory | null;
  reason: string | null;
  /** user | mcp | import | heuristic | llm | consolidation (`mcp`: an agent over MCP, see `Actor`) */
  actor: string;
  at: number;
}

/** An entity linked to a memory. */
export interface EntityRef {
  id: number;
  name: string;
  kind: EntityKind;
}

/** Everything the memory panel shows. */
export interface MemoryDetail {
  memory: Memory;
  sources: SourceRef[];
  versions: MemoryVersion[];
  /** the memory that replaced this one, when invalidated */
  supersededBy: MemorySummary | null;
  /** memories this one replaced */
  supersedes: MemorySummary[];
  entities: EntityRef[];
  /** memories linked by graph edges (related, derived_from, …), with the relation */
  related: Array<MemorySummary & { relation: string }>;
}

/** `getMemory` request. */
export interface MemoryIdRequest {
  id: number;
}

/** `listMemories`: browse one type (or all), newest first by default. `limit` ≤ 500 (default 100). */
export interface ListMemoriesRequest {
  types?: MemoryType[];
  pinnedOnly?: boolean;
  /** include invalidated (superseded) memories; default false */
  includeInvalid?: boolean;
  sort?: "occurred_desc" | "occurred_asc" | "updated_desc" | "importance_desc";
  /** event time (`occurredAt`) in [from, to), epoch ms; memories without an event time are left out once either is given */
  from?: number;
  to?: number;
  /** only memories with a source of one of these kinds */
  sourceKinds?: SourceKind[];
  /** only memories with a source from one of these apps (case-insensitive) */
  apps?: string[];
  cursor?: string;
  limit?: number;
}

/** `createMemory`: a memory added by hand (any type but `vault`). `title` defaults to the start of
 * `content`; `occurredAt`: when it happened (episodes), if it matters. */
export interface CreateMemoryRequest {
  type: MemoryType;
  title?: string;
  content: string;
  details?: Record<string, unknown>;
  occurredAt?: number | null;
  importance?: number;
  pinned?: boolean;
}

/** `updateMemory`: the user's edit. Only given fields change; the memory becomes `userEdited`
 * (engines never change it again) and an `EDIT` version is written. */
export interface UpdateMemoryRequest {
  id: number;
  title?: string;
  content?: string;
  details?: Record<string, unknown>;
  occurredAt?: number | null;
  importance?: number;
}

/** `pinMemory`: pin (true) or unpin. Pinned memories are never changed by an engine. */
export interface PinMemoryRequest {
  id: number;
  pinned: boolean;
}

/**
 * `deleteMemory` request. `withSources`: forget the sources too — the sources the memory was made
 * from, every other memory made only from them, their FTS rows, vectors and images are deleted
 * for good (not undoable).
 */
export interface DeleteMemoryRequest {
  id: number;
  withSources?: boolean;
}

/** What `deleteMemory` with `withSources` removed. */
export interface ForgottenCounts {
  memories: number;
  sources: number;
  /** image files deleted from the data folder */
  images: number;
  /** conversations left without any source, deleted too */
  conversations: number;
}

/**
 * `deleteMemory` result. The memory is really deleted at once (row, FTS, vector, provenance
 * links); a snapshot is kept in the engine's RAM only until `undoUntil` so `undoDelete` can
 * restore it with the same id and history. With `withSources` nothing can be undone: `undoToken`
 * is "" and `undoUntil` 0, and `forgotten` says what was deleted.
 */
export interface DeleteMemoryResult {
  undoToken: string;
  /** epoch ms after which the undo token is void (about 10 s after deletion) */
  undoUntil: number;
  forgotten?: ForgottenCounts;
}

/**
 * `forgetMemories`: deletes the memories `ids` for good, in one transaction (not undoable; the
 * command line's `engram delete`). `withSources` as in `DeleteMemoryRequest`. Nothing is deleted
 * when one id is not a memory (`not_found` names it).
 */
export interface ForgetMemoriesRequest {
  ids: number[];
  withSources?: boolean;
}

/** `undoDelete` request. */
export interface UndoDeleteRequest {
  undoToken: string;
}

// ───────────────────────────── search ─────────────────────────────

/** `search`: hybrid search over memories with filters. `k` ≤ 200 (default 20). */
export interface SearchRequest {
  query: string;
  types?: MemoryType[];
  /** event time window [from, to) */
  from?: number;
  to?: number;
  /** valid-time instant: memories valid then (history view) */
  asOf?: number;
  includeInvalid?: boolean;
  sourceKinds?: SourceKind[];
  /** only memories with a source captured in one of these apps */
  apps?: string[];
  k?: number;
  mode?: SearchMode;
}

/** One search result. `score` is the fused RRF score (higher is better). */
export interface SearchHit {
  memory: Memory;
  score: number;
  /** rank (from 1) in each ranker, null when that ranker did not find it; cosine similarity −1..1 */
  scores: { bm25Rank: number | null; vectorRank: number | null; vectorSimilarity: number | null };
  sources: SourceRef[];
  /** who the memory is about or who said it (as `ListedMemory.who`) */
  who: string | null;
  /**
   * the memory from its sentence that shares most of the query's words on, after "…" (core/assistant/
   * excerpt.ts `bestPart`), for a list that shows a memory in one line; null when that sentence is
   * its first or no part shares a word
   */
  excerpt: string | null;
}

/** `search` result. */
export interface SearchResult {
  hits: SearchHit[];
  /** engine time, ms */
  tookMs: number;
}
