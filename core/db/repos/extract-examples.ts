import type { EngramDb } from "../connection.js";

// What `extract` training examples are rebuilt from when no LLM call was logged
// (core/memory/llm-dataset.ts): the stored facts and procedures with the sources they came from.

/** An active semantic or procedural memory with its sources (`source_ids`: their ids ascending, comma-separated). */
export interface ExtractedMemory {
  type: "semantic" | "procedural";
  title: string;
  content: string;
  /** JSON text */
  details: string;
  user_edited: number;
  source_ids: string;
}

/** The active semantic and procedural memories that have sources, by id, each with its source ids. */
export function extractedMemories(db: EngramDb): ExtractedMemory[] {
  return db
    .prepare(
      `SELECT m.type, m.title, m.content, m.details, m.user_edited,
              (SELECT group_concat(source_id) FROM (SELECT source_id FROM memory_sources WHERE memory_id = m.id ORDER BY source_id)) AS source_ids
       FROM memories m
       WHERE m.status = 'active' AND m.type IN ('semantic', 'procedural') AND EXISTS (SELECT 1 FROM memory_sources ms WHERE ms.memory_id = m.id)
       ORDER BY m.id`,
    )
    .all() as ExtractedMemory[];
}
