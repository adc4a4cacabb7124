import type { MemoryType, SourceKind } from "../db/types.js";

/**
 * Filters on memories. Times are epoch ms.
 * - `types`: only these memory types.
 * - `from`/`to`: event time (`occurred_at`) within [from, to).
 * - `asOf`: valid time: memories valid at that instant (valid_from ≤ asOf < valid_to), including
 *   ones invalidated later. Without it only currently valid memories (valid_to IS NULL) are returned,
 *   unless `includeInvalid`.
 * - `sourceKinds`: only memories with at least one source of these kinds.
 * - `conversationIds`: only memories with a source in these conversations.
 */
export interface MemoryFilter {
  types?: MemoryType[];
  from?: number;
  to?: number;
  asOf?: number;
  includeInvalid?: boolean;
  sourceKinds?: SourceKind[];
  conversationIds?: number[];
}

/** An SQL boolean expression over alias `m` (table memories) and its positional parameters. */
export interface SqlFilter {
  where: string;
  params: unknown[];
}

/** Builds the WHERE expression for `f` (archived and deleted memories are always excluded). */
export function memoryFilterSql(f: MemoryFilter): SqlFilter {
  const where = ["m.status = 'active'"];
  const params: unknown[] = [];
  if (f.types?.length) {
    where.push("m.type IN (SELECT value FROM json_each(?))");
    params.push(JSON.stringify(f.types));
  }
  if (f.from != null) {
    where.push("m.occurred_at >= ?");
    params.push(f.from);
  }
  if (f.to != null) {
    where.push("m.occurred_at < ?");
    params.push(f.to);
  }
  if (f.asOf != null) {
    where.push("m.valid_from <= ? AND (m.valid_to IS NULL OR m.valid_to > ?)");
    params.push(f.asOf, f.asOf);
  } else if (!f.includeInvalid) {
    where.push("m.valid_to IS NULL");
  }
  if (f.sourceKinds?.length || f.conversationIds?.length) {
    const sub = ["ms.memory_id = m.id"];
    if (f.sourceKinds?.length) {
      sub.push("s.kind IN (SELECT value FROM json_each(?))");
      params.push(JSON.stringify(f.sourceKinds));
    }
    if (f.conversationIds?.length) {
      sub.push("s.conversation_id IN (SELECT value FROM json_each(?))");
      params.push(JSON.stringify(f.conversationIds));
    }
    where.push(`EXISTS (SELECT 1 FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE ${sub.join(" AND ")})`);
  }
  return { where: where.join(" AND "), params };
}

/**
 * Filters on raw sources (for searching turns and screenshots directly): kinds, event time
 * [from, to), conversations.
 */
export interface SourceFilter {
  sourceKinds?: SourceKind[];
  from?: number;
  to?: number;
  conversationIds?: number[];
}

/** Builds the WHERE expression for `f` over alias `s` (table sources); "1" when empty. */
export function sourceFilterSql(f: SourceFilter): SqlFilter {
  const where = ["1"];
  const params: unknown[] = [];
  if (f.sourceKinds?.length) {
    where.push("s.kind IN (SELECT value FROM json_each(?))");
    params.push(JSON.stringify(f.sourceKinds));
  }
  if (f.from != null) {
    where.push("s.occurred_at >= ?");
    params.push(f.from);
  }
  if (f.to != null) {
    where.push("s.occurred_at < ?");
    params.push(f.to);
  }
  if (f.conversationIds?.length) {
    where.push("s.conversation_id IN (SELECT value FROM json_each(?))");
    params.push(JSON.stringify(f.conversationIds));
  }
  return { where: where.join(" AND "), params };
}
