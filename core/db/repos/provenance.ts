import type { EngramDb } from "../connection.js";

/** One source behind a memory, as search results and citations show it. */
export interface ProvenanceSource {
  source_id: number;
  kind: string;
  external_id: string | null;
  conversation: string | null;
  speaker: string | null;
  occurred_at: number;
  app: string | null;
  window_title: string | null;
}

/**
 * The sources of each memory, oldest first: memory id → sources. `conversation` is the
 * conversation's external id (a LoCoMo sample_id, a ChatGPT conversation id, a file path).
 */
export function getProvenance(db: EngramDb, memoryIds: number[]): Map<number, ProvenanceSource[]> {
  const out = new Map<number, ProvenanceSource[]>(memoryIds.map((id) => [id, []]));
  if (memoryIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT ms.memory_id, s.id AS source_id, s.kind, s.external_id, c.external_id AS conversation, s.speaker, s.occurred_at,
              s.app, s.window_title
       FROM memory_sources ms JOIN sources s ON s.id = ms.source_id LEFT JOIN conversations c ON c.id = s.conversation_id
       WHERE ms.memory_id IN (SELECT value FROM json_each(?)) ORDER BY s.occurred_at, s.id`,
    )
    .all(JSON.stringify(memoryIds)) as Array<ProvenanceSource & { memory_id: number }>;
  for (const { memory_id, ...src } of rows) out.get(memory_id)!.push(src);
  return out;
}
