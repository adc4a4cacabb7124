import type { EngramDb } from "../connection.js";
import type { MemoryRow, MemoryType, SourceKind } from "../types.js";

// Lists of memories: the memory browser's pages (filters, sort orders, keyset paging) and a
// type's memories for the Markdown export. Times are epoch ms.

/** Sort orders of the memory list. `occurred_at` walks its index (memories without an event time
 * come last when newest first); the type filter is then applied while walking (`+type`). */
const SORTS = {
  occurred_desc: { key: "occurred_at", dir: "DESC", typeCol: "+type" },
  occurred_asc: { key: "occurred_at", dir: "ASC", typeCol: "+type" },
  updated_desc: { key: "updated_at", dir: "DESC", typeCol: "type" },
  importance_desc: { key: "importance", dir: "DESC", typeCol: "type" },
} as const;

/** A sort order of the memory list. */
export type MemoryListSort = keyof typeof SORTS;

/**
 * Which active memories the list shows: of `types`; only still valid ones unless `includeInvalid`;
 * only pinned ones with `pinnedOnly`; event time in [from, to) (memories without an event time are
 * left out once a time is given); with at least one source of `sourceKinds` and, for `apps`, from
 * one of these apps (lower-cased by the caller; compared with the lower-cased `sources.app`).
 */
export interface MemoryListFilter {
  types?: MemoryType[];
  includeInvalid?: boolean;
  pinnedOnly?: boolean;
  from?: number;
  to?: number;
  sourceKinds?: SourceKind[];
  apps?: string[];
}

/**
 * The keyset condition "after (k, id)" in the order `key dir, id dir`, with SQLite's NULL order
 * (NULLs first ascending, last descending).
 */
function after(key: string, dir: "ASC" | "DESC", k: unknown, id: unknown): { sql: string; params: unknown[] } {
  if (dir === "DESC") {
    return k == null
      ? { sql: `(${key} IS NULL AND id < ?)`, params: [id] }
      : { sql: `(${key} < ? OR (${key} = ? AND id < ?) OR ${key} IS NULL)`, params: [k, k, id] };
  }
  return k == null
    ? { sql: `((${key} IS NULL AND id > ?) OR ${key} IS NOT NULL)`, params: [id] }
    : { sql: `(${key} > ? OR (${key} = ? AND id > ?))`, params: [k, k, id] };
}

/** The WHERE conditions of `f` over table memories, with their positional parameters. */
function listConditions(f: MemoryListFilter, typeCol: string): { where: string[]; params: unknown[] } {
  const where = ["status = 'active'"];
  const params: unknown[] = [];
  if (!f.includeInvalid) where.push("valid_to IS NULL");
  if (f.pinnedOnly) where.push("pinned = 1");
  const clause = (list: string[], sql: string, param: unknown) => {
    list.push(sql);
    params.push(param);
  };
  if (f.types?.length) clause(where, `${typeCol} IN (SELECT value FROM json_each(?))`, JSON.stringify(f.types));
  if (f.from != null) clause(where, "occurred_at >= ?", f.from);
  if (f.to != null) clause(where, "occurred_at < ?", f.to);
  const kinds = f.sourceKinds?.length ? f.sourceKinds : null;
  const apps = f.apps?.length ? f.apps : null;
  if (kinds || apps) {
    const sub = ["ms.memory_id = memories.id"];
    if (kinds) clause(sub, "s.kind IN (SELECT value FROM json_each(?))", JSON.stringify(kinds));
    if (apps) clause(sub, "lower(s.app) IN (SELECT value FROM json_each(?))", JSON.stringify(apps));
    where.push(`EXISTS (SELECT 1 FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE ${sub.join(" AND ")})`);
  }
  return { where, params };
}

/**
 * One page of the memory list: how many memories match `f` in all, and up to `limit` of them in
 * `sort` order (by the sort key, then id, in the same direction) after the keyset `after`
 * ([sort key, id] of the previous page's last row; null for the first page). Each row carries its
 * `sort_key` for the next cursor.
 */
export function listMemoryPage(
  db: EngramDb,
  f: MemoryListFilter,
  sort: MemoryListSort,
  afterKey: readonly [unknown, unknown] | null,
  limit: number,
): { total: number; rows: Array<MemoryRow & { sort_key: number | null }> } {
  const { key, dir, typeCol } = SORTS[sort];
  const { where, params } = listConditions(f, typeCol);
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM memories WHERE ${where.join(" AND ")}`).get(...params) as { n: number }).n;
  if (afterKey) {
    const cond = after(key, dir, afterKey[0], afterKey[1]);
    where.push(cond.sql);
    params.push(...cond.params);
  }
  const rows = db
    .prepare(`SELECT *, ${key} AS sort_key FROM memories WHERE ${where.join(" AND ")} ORDER BY ${key} ${dir}, id ${dir} LIMIT ?`)
    .all(...params, limit) as Array<MemoryRow & { sort_key: number | null }>;
  return { total, rows };
}

/**
 * The speaker of each memory's earliest source that names one (for a screenshot or another
 * speakerless source: its app), for the memory list's "who" column; memories whose sources name
 * nobody, or that have none, are left out. One statement for the given ids (a page: at most a few
 * hundred), each a walk of memory_sources' primary key over that memory's own sources.
 */
export function firstSpeakers(db: EngramDb, ids: readonly number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT ids.value AS id, (SELECT COALESCE(s.speaker, s.app) FROM memory_sources ms JOIN sources s ON s.id = ms.source_id
         WHERE ms.memory_id = ids.value AND COALESCE(s.speaker, s.app) IS NOT NULL ORDER BY s.occurred_at, s.id LIMIT 1) AS who
       FROM json_each(?) ids`,
    )
    .all(JSON.stringify(ids)) as Array<{ id: number; who: string | null }>;
  return new Map(rows.flatMap((r) => (r.who ? [[r.id, r.who] as const] : [])));
}

/** How many active memories of `type` there are. */
export function countActiveOfType(db: EngramDb, type: MemoryType): number {
  return (db.prepare("SELECT COUNT(*) AS n FROM memories WHERE type = ? AND status = 'active'").get(type) as { n: number }).n;
}

/** The first source of a memory, said as "Caroline in conv-26, 2023-05-08" (SQL expression over alias m). */
const FIRST_SOURCE = `(SELECT COALESCE(s.speaker, s.app, s.kind) || COALESCE(' in ' || c.title, '') || ', ' || date(s.occurred_at / 1000, 'unixepoch')
  FROM memory_sources ms JOIN sources s ON s.id = ms.source_id LEFT JOIN conversations c ON c.id = s.conversation_id
  WHERE ms.memory_id = m.id ORDER BY s.occurred_at LIMIT 1) AS src`;

/**
 * The active memories of `type`, current ones first, then those no longer true, each by event (or
 * validity) time then id, one row at a time; `src` says where the first source came from
 * ("Caroline in conv-26, 2023-05-08"), null without a source.
 */
export function iterateActiveOfType(db: EngramDb, type: MemoryType): IterableIterator<MemoryRow & { src: string | null }> {
  return db
    .prepare(
      `SELECT m.*, ${FIRST_SOURCE} FROM memories m WHERE m.type = ? AND m.status = 'active' ORDER BY m.valid_to IS NOT NULL, COALESCE(m.occurred_at, m.valid_from), m.id`,
    )
    .iterate(type) as IterableIterator<MemoryRow & { src: string | null }>;
}

/** The memories that memory `id` superseded (their `superseded_by` is `id`), by valid-from time. */
export function supersededMemories(db: EngramDb, id: number): MemoryRow[] {
  return db.prepare("SELECT * FROM memories WHERE superseded_by = ? ORDER BY valid_from").all(id) as MemoryRow[];
}
