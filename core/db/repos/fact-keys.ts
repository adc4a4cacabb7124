import type { EngramDb } from "../connection.js";
import type { MemoryRow } from "../types.js";

// Structured facts' keys (table `memory_facts`, migration 004): subject (normalised, within its
// circle), predicate and normalised object of a semantic memory, so the engine finds the facts a
// new one repeats or contradicts with one indexed lookup. core/memory computes the keys. Triggers
// (migration 008) queue the structured memories that lack a key in `memory_facts_missing`.

/** A structured semantic memory without its key row, with the raw parts of its details. */
export interface UnkeyedFact {
  id: number;
  subject: string | null;
  circle: string | null;
  predicate: string;
  object: string;
}

/** True when some structured semantic memory may lack its key (the queue of migration 008 is not empty); one indexed read. */
export function hasFactsWithoutKey(db: EngramDb): boolean {
  return db.prepare("SELECT EXISTS (SELECT 1 FROM memory_facts_missing) AS any").pluck().get() === 1;
}

/**
 * The semantic memories whose details hold a predicate and an object but that have no `memory_facts`
 * row, by id. Reads the queue that migration 008's triggers keep (`memory_facts_missing`), so the cost
 * follows the number of queued memories, not the size of the database (CROSS JOIN: SQLite keeps
 * the queue as the outer loop).
 */
export function factsWithoutKey(db: EngramDb): UnkeyedFact[] {
  return db
    .prepare(
      `SELECT m.id, json_extract(m.details, '$.subject') AS subject, json_extract(m.details, '$.circle') AS circle, json_extract(m.details, '$.predicate') AS predicate,
      json_extract(m.details, '$.object') AS object FROM memory_facts_missing q CROSS JOIN memories m ON m.id = q.memory_id
      WHERE m.type = 'semantic' AND json_extract(m.details, '$.predicate') IS NOT NULL AND json_extract(m.details, '$.object') IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM memory_facts f WHERE f.memory_id = m.id) ORDER BY q.memory_id`,
    )
    .all() as UnkeyedFact[];
}

/** Empties the queue of memories without a key (after their keys were written, in the same transaction). */
export function clearFactsWithoutKey(db: EngramDb): void {
  db.prepare("DELETE FROM memory_facts_missing").run();
}

/** Writes (or replaces) memory `memoryId`'s fact key. Call inside the caller's transaction. */
export function putFactKey(db: EngramDb, memoryId: number, subject: string, predicate: string, object: string): void {
  db.prepare("INSERT OR REPLACE INTO memory_facts(memory_id, subject, predicate, object) VALUES (?, ?, ?, ?)").run(memoryId, subject, predicate, object);
}

/** The active, still valid memories whose fact has this subject key and predicate, by id, each with its key's object. */
export function factsWithKey(db: EngramDb, subject: string, predicate: string): Array<MemoryRow & { object: string }> {
  return db
    .prepare(
      `SELECT m.*, f.object FROM memory_facts f JOIN memories m ON m.id = f.memory_id
      WHERE f.subject = ? AND f.predicate = ? AND m.status = 'active' AND m.valid_to IS NULL ORDER BY m.id`,
    )
    .all(subject, predicate) as Array<MemoryRow & { object: string }>;
}
