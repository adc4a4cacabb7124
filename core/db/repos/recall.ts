import type { EngramDb } from "../connection.js";
import type { MemoryRow } from "../types.js";

// What the assistant's recall reads besides search (core/assistant/recall.ts): memories that
// mention a date of the asked period, and the count of recalls that keeps memories from decaying.

/**
 * The active, still valid memories but core blocks that mention a date (`details.dates[].date`,
 * `YYYY-MM-DD`) in [`from`, `to`), newest event first, at most `limit`.
 */
export function memoriesMentioningDates(db: EngramDb, from: string, to: string, limit: number): MemoryRow[] {
  return db
    .prepare(
      `SELECT DISTINCT m.* FROM memories m, json_each(m.details, '$.dates') d
       WHERE m.status = 'active' AND m.valid_to IS NULL AND m.type <> 'core'
       AND json_extract(d.value, '$.date') >= ? AND json_extract(d.value, '$.date') < ? ORDER BY m.occurred_at DESC LIMIT ?`,
    )
    .all(from, to, limit) as MemoryRow[];
}

/**
 * Current repeating calendar events (semantic memories whose details hold `repeats`: the rule and
 * the first start, core/memory/events.ts), at most `limit`; a scan of the active semantic memories.
 */
export function repeatingEvents(db: EngramDb, limit: number): MemoryRow[] {
  return db
    .prepare(
      `SELECT m.* FROM memories m WHERE m.type = 'semantic' AND m.status = 'active' AND m.valid_to IS NULL
       AND json_extract(m.details, '$.repeats.rule') IS NOT NULL ORDER BY m.id LIMIT ?`,
    )
    .all(limit) as MemoryRow[];
}

/** Counts one recall of each of memories `ids` (`access_count` + 1, `last_accessed_at` = `now`, epoch ms); no version is written. */
export function countRecall(db: EngramDb, ids: number[], now: number): void {
  db.prepare("UPDATE memories SET access_count = access_count + 1, last_accessed_at = ? WHERE id IN (SELECT value FROM json_each(?))").run(
    now,
    JSON.stringify(ids),
  );
}

/**
 * Whether any memory (any type or status) holds `phrase` (words as written, e.g. a name: "Jon", "Matt
 * Patterson"), by the full-text index; with `anyOrder`, whether one memory holds each of its words,
 * anywhere ("Wise Product Lead" in "… hiring for Wise Business … a Product Lead …").
 */
export function anyMemoryMentions(db: EngramDb, phrase: string, anyOrder = false): boolean {
  const words = phrase.match(/[\p{L}\p{N}]+/gu);
  if (!words) return false;
  const match = anyOrder ? words.map((w) => `"${w}"`).join(" ") : `"${words.join(" ")}"`;
  return db.prepare("SELECT 1 FROM memories_fts WHERE memories_fts MATCH ? LIMIT 1").get(match) !== undefined;
}

/**
 * The text of the turns beside each of sources `ids` in its conversation: up to `before` turns before
 * it and the one after it (by `seq`), the source itself left out. One query for all of them.
 * @returns source id → those turns' text; sources with none (or no conversation order) left out
 */
export function turnsBeside(db: EngramDb, ids: number[], before: number): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (ids.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT s.id AS of, b.text FROM sources s JOIN sources b ON b.conversation_id = s.conversation_id
       AND b.seq BETWEEN s.seq - ? AND s.seq + 1 AND b.id <> s.id
       WHERE s.id IN (SELECT DISTINCT value FROM json_each(?)) AND s.seq IS NOT NULL`,
    )
    .all(before, JSON.stringify(ids)) as Array<{ of: number; text: string }>;
  for (const r of rows) out.set(r.of, [...(out.get(r.of) ?? []), r.text]);
  return out;
}

/**
 * The active structured facts (`memory_facts`) of `predicate` whose subject key is `subject` (a
 * normalised name, in any circle) that a later value replaced (`valid_to` set: where someone lived
 * before), the latest replaced first, at most `limit`. Reads the (subject, predicate) index.
 */
export function pastRelationFacts(db: EngramDb, predicate: string, subject: string, limit = 3): MemoryRow[] {
  return keyedFacts(db, predicate, subject, limit, "m.valid_to IS NOT NULL ORDER BY m.valid_to DESC");
}

/**
 * The active, still valid structured facts (`memory_facts`) of `predicate` whose subject key is
 * `subject` (a normalised name) in any circle ("jon", "jon@gina|jon"), latest valid first, at most
 * `limit`. Reads the (subject, predicate) index.
 */
export function currentRelationFacts(db: EngramDb, predicate: string, subject: string, limit = 3): MemoryRow[] {
  return keyedFacts(db, predicate, subject, limit, "m.valid_to IS NULL ORDER BY m.valid_from DESC");
}

/** The active structured facts of `predicate` about `subject` in any circle, `validity` their validity and order (a fixed SQL fragment). */
function keyedFacts(
  db: EngramDb,
  predicate: string,
  subject: string,
  limit: number,
  validity: "m.valid_to IS NOT NULL ORDER BY m.valid_to DESC" | "m.valid_to IS NULL ORDER BY m.valid_from DESC",
): MemoryRow[] {
  return db
    .prepare(
      `SELECT m.* FROM memory_facts f JOIN memories m ON m.id = f.memory_id
       WHERE (f.subject = ? OR (f.subject > ? AND f.subject < ?)) AND f.predicate = ? AND m.status = 'active' AND ${validity}, m.id DESC LIMIT ?`,
    )
    .all(subject, `${subject}@`, `${subject}@\uffff`, predicate, limit) as MemoryRow[];
}
