import type { EngramDb } from "../connection.js";
import type { MemoryRow } from "../types.js";

// Core blocks: short `core` memories always given to the answer, one per `details.label`
// (`human`, `persona`, ...); core/memory/core-blocks.ts writes them, the `human` one from the
// current facts about the user.

/** The active, still valid core blocks, by label then id. */
export function currentCoreBlocks(db: EngramDb): MemoryRow[] {
  return db
    .prepare("SELECT * FROM memories WHERE type = 'core' AND status = 'active' AND valid_to IS NULL ORDER BY json_extract(details, '$.label'), id")
    .all() as MemoryRow[];
}

/** The active core block labelled `label` (the oldest when several are), or undefined. */
export function coreBlockByLabel(db: EngramDb, label: string): MemoryRow | undefined {
  return db
    .prepare("SELECT * FROM memories WHERE type = 'core' AND status = 'active' AND json_extract(details, '$.label') = ? ORDER BY id LIMIT 1")
    .get(label) as MemoryRow | undefined;
}

/**
 * A current fact about the user; `structured` 1 when it has a fact key (subject, predicate, object),
 * `single` 1 when that predicate holds one value at a time (not among the caller's `multiValued`);
 * `subject` the name the fact is about (`details.subject`).
 */
export interface UserFact {
  id: number;
  title: string;
  content: string;
  structured: number;
  single: number;
  subject: string | null;
}

/**
 * The active, still valid semantic memories about the user (`details.about_user`), structured ones
 * whose predicate is not among `multiValued` first, then by importance, then newest validity, at most
 * `limit`: the lines of the `human` block. A memory told from a conversation of an app's records of what
 * the user did (`conversations.records`: a Goodreads shelf, a day of Spotify plays) is none of them.
 */
export function userFacts(db: EngramDb, limit: number, multiValued: readonly string[]): UserFact[] {
  return db
    .prepare(
      `SELECT m.id, m.title, m.content, (f.memory_id IS NOT NULL) AS structured,
        (f.memory_id IS NOT NULL AND f.predicate NOT IN (SELECT value FROM json_each(@multi))) AS single, json_extract(m.details, '$.subject') AS subject
      FROM memories m LEFT JOIN memory_facts f ON f.memory_id = m.id
      WHERE m.type = 'semantic' AND m.status = 'active' AND m.valid_to IS NULL AND json_extract(m.details, '$.about_user') = 1
        AND NOT EXISTS (SELECT 1 FROM memory_sources ms JOIN sources s ON s.id = ms.source_id JOIN conversations c ON c.id = s.conversation_id
          WHERE ms.memory_id = m.id AND c.records IS NOT NULL)
      ORDER BY single DESC, m.importance DESC, m.valid_from DESC, m.id DESC LIMIT @limit`,
    )
    .all({ multi: JSON.stringify(multiValued), limit }) as UserFact[];
}
