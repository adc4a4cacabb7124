import type { Statement } from "better-sqlite3";
import type { EngramDb } from "../db/connection.js";

/**
 * The prepared statement for `sql` on `db`. Connections opened by openDatabase compile each SQL
 * text once and keep it (core/db/statement-cache.ts), so this is `db.prepare`; it stays as the
 * engine's one way of naming a query.
 */
export function stmt(db: EngramDb, sql: string): Statement {
  return db.prepare(sql);
}
