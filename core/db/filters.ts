import type { MemoryType, SourceKind } from "./types.js";

// The filters of search and listing as SQL conditions: a MemoryFilter over alias `m` (table
// memories), a SourceFilter over alias `s` (table sources). The repositories that take a filter
// (repos/search-index.ts, repos/passages.ts, repos/graph.ts) write it into their statements.

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

/** AND-ed SQL conditions with their positional parameters, built in order. */
export class Conditions {
  private readonly where: string[] = [];
  private readonly params: unknown[] = [];

  /** Adds a condition and the values of its `?` placeholders. */
  add(sql: string, ...params: unknown[]): this {
    this.where.push(sql);
    this.params.push(...params);
    return this;
  }

  /** `column IN (values)` when `values` is non-empty; nothing otherwise. */
  oneOf(column: string, values: readonly unknown[] | undefined): this {
    return values?.length ? this.add(`${column} IN (SELECT value FROM json_each(?))`, JSON.stringify(values)) : this;
  }

  /** `from <= column < to`, each bound only when given. */
  range(column: string, from: number | undefined, to: number | undefined): this {
    if (from != null) this.add(`${column} >= ?`, from);
    if (to != null) this.add(`${column} < ?`, to);
    return this;
  }

  /** The conditions joined with AND (`1` when there are none). */
  toSql(): SqlFilter {
    return { where: this.where.length ? this.where.join(" AND ") : "1", params: [...this.params] };
  }
}

/**
 * The conditions of `f` over alias `m` (table memories); archived and deleted memories are always
 * excluded. Callers with their own extra conditions (the graph's time window) add to the result.
 */
export function memoryConditions(f: MemoryFilter): Conditions {
  const c = new Conditions().add("m.status = 'active'").oneOf("m.type", f.types).range("m.occurred_at", f.from, f.to);
  if (f.asOf != null) c.add("m.valid_from <= ? AND (m.valid_to IS NULL OR m.valid_to > ?)", f.asOf, f.asOf);
  else if (!f.includeInvalid) c.add("m.valid_to IS NULL");
  if (f.sourceKinds?.length || f.conversationIds?.length) {
    const sub = new Conditions().add("ms.memory_id = m.id").oneOf("s.kind", f.sourceKinds).oneOf("s.conversation_id", f.conversationIds).toSql();
    c.add(`EXISTS (SELECT 1 FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE ${sub.where})`, ...sub.params);
  }
  return c;
}

/** Builds the WHERE expression for `f` (see memoryConditions). */
export function memoryFilterSql(f: MemoryFilter): SqlFilter {
  return memoryConditions(f).toSql();
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
  return new Conditions().oneOf("s.kind", f.sourceKinds).range("s.occurred_at", f.from, f.to).oneOf("s.conversation_id", f.conversationIds).toSql();
}
