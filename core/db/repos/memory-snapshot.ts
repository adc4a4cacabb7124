import type { EngramDb } from "../connection.js";
import type { MemoryRow } from "../types.js";
import { EDGES_OF_MEMORY } from "./deletion.js";
import { insertRow } from "./tables.js";

// A deleted memory's rows, read before the deletion and put back by an undo (the API keeps them
// in this process's memory only, for its undo window).

/** The rows of one memory that a deletion removes and an undo puts back, raw (every column). */
export interface MemoryRows {
  memory: MemoryRow;
  /** its `memory_versions` rows, oldest first */
  versions: Array<Record<string, unknown>>;
  sourceIds: number[];
  /** its `edges` rows, either direction */
  edges: Array<Record<string, unknown>>;
  /** the memories it superseded (they point to it by `superseded_by`, set to NULL by the deletion) */
  supersededIds: number[];
}

/** Reads what eraseMemory will remove of `memory`. */
export function readMemoryRows(db: EngramDb, memory: MemoryRow): MemoryRows {
  const id = memory.id;
  return {
    memory,
    versions: db.prepare("SELECT * FROM memory_versions WHERE memory_id = ? ORDER BY id").all(id) as Array<Record<string, unknown>>,
    sourceIds: (db.prepare("SELECT source_id FROM memory_sources WHERE memory_id = ?").all(id) as Array<{ source_id: number }>).map((r) => r.source_id),
    edges: db.prepare(`SELECT * FROM edges WHERE ${EDGES_OF_MEMORY}`).all(id, id) as Array<Record<string, unknown>>,
    supersededIds: (db.prepare("SELECT id FROM memories WHERE superseded_by = ?").all(id) as Array<{ id: number }>).map((r) => r.id),
  };
}

/**
 * Puts back what readMemoryRows read, with the same ids: the memory, its versions, its links to
 * the sources that still exist, its edges (unless one with the same id came back meanwhile), and
 * `superseded_by` of the memories it had superseded (unless another memory supersedes them now).
 * @throws the SQLite error when a row with the memory's id exists again.
 */
export function restoreMemoryRows(db: EngramDb, rows: MemoryRows): void {
  const id = rows.memory.id;
  insertRow(db, "memories", rows.memory as unknown as Record<string, unknown>);
  for (const v of rows.versions) insertRow(db, "memory_versions", v);
  const link = db.prepare("INSERT OR IGNORE INTO memory_sources(memory_id, source_id) SELECT ?, id FROM sources WHERE id = ?");
  for (const s of rows.sourceIds) link.run(id, s);
  for (const e of rows.edges) insertRow(db, "edges", e, "INSERT OR IGNORE");
  const relink = db.prepare("UPDATE memories SET superseded_by = ? WHERE id = ? AND superseded_by IS NULL");
  for (const s of rows.supersededIds) relink.run(id, s);
}
