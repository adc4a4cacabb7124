// Sources and conversations, the memory graph and the timeline.
import type { EntityKind, MemoryType, SourceKind } from "./vocabulary.js";
import type { MemorySummary } from "./memories.js";

// ───────────────────────────── sources ─────────────────────────────

/** A source as the UI shows it. */
export interface Source {
  id: number;
  kind: SourceKind;
  externalId: string | null;
  conversationId: number | null;
  seq: number | null;
  speaker: string | null;
  role: string | null;
  app: string | null;
  windowTitle: string | null;
  url: string | null;
  occurredAt: number;
  text: string;
  trust: "user" | "imported" | "captured";
  metadata: Record<string, unknown>;
  /** URL of the screenshot image usable in an <img> (transport-specific), null when none */
  imageUrl: string | null;
}

/** `getSource`: a source with up to `context` turns before and after it in its conversation
 * (default 5, ≤ 50). */
export interface GetSourceRequest {
  id: number;
  context?: number;
}

/** `getSource` result. */
export interface SourceDetail {
  source: Source;
  /** present for chat turns */
  conversation: ConversationInfo | null;
  /** neighbouring turns, in order, the requested source included */
  turns: Source[];
  /** memories derived from this source */
  memories: MemorySummary[];
}

/** A conversation (imported chat or an Engram chat). */
export interface ConversationInfo {
  id: number;
  format: string;
  externalId: string;
  title: string | null;
  participants: string[];
  startedAt: number | null;
  turnCount: number;
}

// ───────────────────────────── graph ─────────────────────────────

/**
 * `graph`: memories and entities with their links. Nodes are chosen by importance and degree,
 * at most `limit` (default 2000, ≤ 5000) per page; `cursor` pages on to the next nodes. Edges are
 * returned only between nodes of this and earlier pages (the client accumulates).
 */
export interface GraphRequest {
  types?: MemoryType[];
  includeEntities?: boolean;
  /** event-time window [from, to) */
  from?: number;
  to?: number;
  /** only current memories unless true */
  includeInvalid?: boolean;
  limit?: number;
  cursor?: string;
}

/** A graph node. `id` is `m<id>` for memories, `e<id>` for entities. */
export interface GraphNode {
  id: string;
  kind: "memory" | "entity";
  /** memory or entity database id */
  refId: number;
  label: string;
  /** memory type, or entity kind */
  group: MemoryType | EntityKind;
  occurredAt: number | null;
  /** number of edges in the whole graph */
  degree: number;
  importance: number;
}

/** A graph edge between two node ids. */
export interface GraphEdge {
  id: number;
  source: string;
  target: string;
  /** mentions | related | supersedes | derived_from | … */
  relation: string;
  weight: number;
}

/** `graph` result. */
export interface GraphResult {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** memories matching the filter in total (entity nodes come with them) */
  totalNodes: number;
  nextCursor: string | null;
  /** event-time span of all memories (for the time slider), null when empty */
  span: { from: number; to: number } | null;
}

// ───────────────────────────── timeline ─────────────────────────────

/**
 * `timeline`: days that have episodes (with them, the user's calendar events) or screenshots,
 * newest first, going back from `before` (exclusive; default now, or after the last memory when
 * it is to come: a calendar's next events). Returns at most `days` non-empty days (default 7, ≤ 31); empty days
 * are skipped. Days are local days at `tzOffsetMinutes` (as `Date#getTimezoneOffset()`, default 0).
 * To jump to a date pass `before` = the start of the day after it.
 */
export interface TimelineRequest {
  before?: number;
  days?: number;
  tzOffsetMinutes?: number;
  types?: MemoryType[];
  /** per day, at most this many episodes and this many screenshots (default 50, ≤ 500) */
  perDay?: number;
  /** only memories with a source in this conversation */
  conversationId?: number;
  /** only memories that mention this entity (a person, place or thing) */
  entityId?: number;
  /** also return `activity`: memories and captures per day over the whole range */
  activity?: boolean;
}

/** One day of the activity overview (a histogram to jump through months). */
export interface ActivityDay {
  /** YYYY-MM-DD in the requested time zone */
  date: string;
  /** epoch ms of the local day start */
  start: number;
  memories: number;
  captures: number;
}

/** A screenshot thumbnail in the timeline. */
export interface ScreenshotItem {
  sourceId: number;
  occurredAt: number;
  app: string | null;
  windowTitle: string | null;
  imageUrl: string | null;
  /** first characters of the OCR text */
  snippet: string;
}

/** One day of the timeline. */
export interface TimelineDay {
  /** YYYY-MM-DD in the requested time zone */
  date: string;
  /** epoch ms of the local day start */
  start: number;
  episodes: MemorySummary[];
  screenshots: ScreenshotItem[];
  counts: { memories: number; screenshots: number; chatTurns: number };
  /** the conversations with messages that day, most messages first */
  conversations: Array<{ id: number; title: string | null; messages: number }>;
  /** the apps captured that day, most screenshots first */
  apps: Array<{ app: string; screenshots: number }>;
}

/** `timeline` result. `nextBefore` continues to older days; null when nothing is older. */
export interface TimelineResult {
  days: TimelineDay[];
  nextBefore: number | null;
  /** first and last event time in the database, for the date picker */
  range: { first: number; last: number } | null;
  /** with `activity`: every day with memories or captures, oldest first */
  activity?: ActivityDay[];
}
