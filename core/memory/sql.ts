import type { Statement } from "better-sqlite3";
import type { EngramDb } from "../db/connection.js";

const cache = new WeakMap<EngramDb, Map<string, Statement>>();

/**
 * A prepared statement for `sql` on `db`, compiled once per connection (SQLite statement
 * preparation costs more than running the small queries the engine makes per candidate).
 */
export function stmt(db: EngramDb, sql: string): Statement {
  let map = cache.get(db);
  if (!map) {
    map = new Map();
    cache.set(db, map);
  }
  let s = map.get(sql);
  if (!s) {
    s = db.prepare(sql);
    map.set(sql, s);
  }
  return s;
}
