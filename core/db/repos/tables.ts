import type { EngramDb } from "../connection.js";

// Whole tables as raw rows, by table name: what the portable export, its restore, "delete
// everything" and a deletion's undo need. Table names come from the code's own lists, never from
// a user (they are written into the SQL).

/** True when the table (or virtual table) exists. */
export function tableExists(db: EngramDb, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

/** The columns of `table`, in table order; `pk` is the column's position in the primary key (0: not in it). */
export function tableColumns(db: EngramDb, table: string): Array<{ name: string; pk: number }> {
  return db.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string; pk: number }>;
}

/** True when `table` has at least one row. */
export function hasRows(db: EngramDb, table: string): boolean {
  return !!db.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get();
}

/**
 * A reader of `table`'s rows in primary-key order (rowid when it has none), a page at a time:
 * `(limit, offset)` → up to `limit` rows with every column, as SQLite returns them (BLOBs as Buffers).
 */
export function tablePages(db: EngramDb, table: string): (limit: number, offset: number) => Array<Record<string, unknown>> {
  const keys = tableColumns(db, table)
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk);
  const stmt = db.prepare(`SELECT * FROM ${table} ORDER BY ${keys.length ? keys.map((c) => c.name).join(", ") : "rowid"} LIMIT ? OFFSET ?`);
  return (limit, offset) => stmt.all(limit, offset) as Array<Record<string, unknown>>;
}

/**
 * INSERTs a raw row with its own ids (columns from the object's keys, which must be columns of the
 * table: they come from our own SELECT * or a validated export).
 * @param verb `INSERT`, `INSERT OR IGNORE` or `INSERT OR REPLACE`
 * @throws the SQLite error of a constraint the row breaks (with `INSERT`).
 */
export function insertRow(
  db: EngramDb,
  table: string,
  row: Record<string, unknown>,
  verb: "INSERT" | "INSERT OR IGNORE" | "INSERT OR REPLACE" = "INSERT",
): void {
  const cols = Object.keys(row);
  db.prepare(`${verb} INTO ${table}(${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`).run(...cols.map((c) => row[c]));
}

/** Deletes every row of `table`. @returns rows deleted. */
export function deleteAllRows(db: EngramDb, table: string): number {
  return db.prepare(`DELETE FROM ${table}`).run().changes;
}

/** How many rows `table` holds. */
export function countRows(db: EngramDb, table: "conversations" | "entities" | "edges" | "frames"): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}
