import type { Database as Db, Statement } from "better-sqlite3";

/**
 * How many prepared statements one connection keeps. Engram's query shapes number about a hundred;
 * statements whose text varies (an UPDATE naming the changed columns) fall out least recently used.
 */
export const STATEMENT_CACHE_SIZE = 256;

/**
 * Makes `db.prepare(sql)` return one prepared statement per SQL text, kept in a bounded
 * least-recently-used cache, so every caller (inserts, search, the memory engine, the API) reuses
 * the compiled statement instead of compiling it again on each call.
 *
 * Why: a better-sqlite3 statement holds native memory that is freed only when V8 collects the
 * small JS object, which V8 has no reason to do soon; preparing three statements per inserted
 * vector grew the process to 4.5 GB RSS while building 100k memories (issue 13; bench:scale).
 * Compiling is also a measurable share of a short query.
 *
 * A cached statement is shared, so:
 * - while a statement is being iterated (`.iterate()`, `busy`), `prepare` of the same text returns
 *   a fresh, uncached statement (nested loops over one query keep working);
 * - a reader's modes (`pluck`, `raw`, `expand`) are switched back off each time it is handed out,
 *   so one caller's mode never leaks into another's results.
 * Statements of a closed connection are finalized by better-sqlite3 with it.
 * @param size the most statements kept (≥ 1)
 * @returns `db`, with its `prepare` replaced.
 */
export function cacheStatements<T extends Db>(db: T, size = STATEMENT_CACHE_SIZE): T {
  if (!(size >= 1)) throw new Error(`statement cache size must be at least 1 (got ${size})`);
  const prepareNew = db.prepare.bind(db) as (sql: string) => Statement;
  const cache = new Map<string, Statement>();
  const prepare = (sql: string): Statement => {
    const hit = cache.get(sql);
    if (hit) {
      if (hit.busy) return prepareNew(sql);
      cache.delete(sql);
      cache.set(sql, hit);
      if (hit.reader) hit.raw(false).pluck(false).expand(false);
      return hit;
    }
    const stmt = prepareNew(sql);
    cache.set(sql, stmt);
    if (cache.size > size) cache.delete(cache.keys().next().value!);
    return stmt;
  };
  db.prepare = prepare as Db["prepare"];
  return db;
}
