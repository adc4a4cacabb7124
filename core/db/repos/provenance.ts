import type { EngramDb } from "../connection.js";
import type { MemoryRow, SourceRow } from "../types.js";
import { linkSources } from "./memories.js";

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

/** The ids of the memories made from source `sourceId` (any status), ascending. */
export function memoryIdsOfSource(db: EngramDb, sourceId: number): number[] {
  return (db.prepare("SELECT memory_id FROM memory_sources WHERE source_id = ? ORDER BY memory_id").all(sourceId) as Array<{ memory_id: number }>).map(
    (r) => r.memory_id,
  );
}

/**
 * The active memories made from source `sourceId`, by id; with `currentOnly` only those still
 * valid (`valid_to` unset).
 */
export function memoriesOfSource(db: EngramDb, sourceId: number, opts: { currentOnly?: boolean } = {}): MemoryRow[] {
  const valid = opts.currentOnly ? " AND m.valid_to IS NULL" : "";
  return db
    .prepare(`SELECT m.* FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id WHERE ms.source_id = ? AND m.status = 'active'${valid} ORDER BY m.id`)
    .all(sourceId) as MemoryRow[];
}

/**
 * The semantic memories made from earlier versions of source `sourceId`: sources of the same
 * conversation with the same external id, stored before it (a calendar event's UID, exported again
 * after the event moved), by id.
 */
export function memoriesOfEarlierVersions(db: EngramDb, sourceId: number): MemoryRow[] {
  return db
    .prepare(
      `SELECT DISTINCT m.* FROM sources s
         JOIN sources e ON e.conversation_id = s.conversation_id AND e.external_id = s.external_id AND e.id < s.id
         JOIN memory_sources ms ON ms.source_id = e.id JOIN memories m ON m.id = ms.memory_id
       WHERE s.id = ? AND s.external_id IS NOT NULL AND m.type = 'semantic' ORDER BY m.id`,
    )
    .all(sourceId) as MemoryRow[];
}

/** How many sources besides `sourceId` memory `memoryId` was made from. */
export function countOtherSources(db: EngramDb, memoryId: number, sourceId: number): number {
  return (db.prepare("SELECT COUNT(*) AS n FROM memory_sources WHERE memory_id = ? AND source_id <> ?").get(memoryId, sourceId) as { n: number }).n;
}

/** Removes the provenance link memory `memoryId` → source `sourceId`. */
export function unlinkSource(db: EngramDb, memoryId: number, sourceId: number): void {
  db.prepare("DELETE FROM memory_sources WHERE memory_id = ? AND source_id = ?").run(memoryId, sourceId);
}

/** The sources of memory `memoryId` in conversation order (`seq`, time, id). */
export function sourcesOfMemory(db: EngramDb, memoryId: number): SourceRow[] {
  return db
    .prepare("SELECT s.* FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE ms.memory_id = ? ORDER BY s.seq, s.occurred_at, s.id")
    .all(memoryId) as SourceRow[];
}

/** The ids of memory `memoryId`'s sources, oldest first (time, then id). */
export function sourceIdsOfMemory(db: EngramDb, memoryId: number): number[] {
  return (
    db
      .prepare("SELECT ms.source_id AS id FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE ms.memory_id = ? ORDER BY s.occurred_at, s.id")
      .all(memoryId) as Array<{ id: number }>
  ).map((r) => r.id);
}

/** The ids of the sources of any of memories `memoryIds`, each once (no order). */
export function sourceIdsOfMemories(db: EngramDb, memoryIds: number[]): number[] {
  return (
    db.prepare("SELECT DISTINCT source_id FROM memory_sources WHERE memory_id IN (SELECT value FROM json_each(?))").all(JSON.stringify(memoryIds)) as Array<{
      source_id: number;
    }>
  ).map((r) => r.source_id);
}

/**
 * The facts (semantic memories) told from any of `sourceIds` that a later one replaced (valid_to and
 * superseded_by set): each as its source and the id of the memory that replaced it.
 */
export function replacedFactsOfSources(db: EngramDb, sourceIds: number[]): Array<{ source_id: number; superseded_by: number }> {
  if (sourceIds.length === 0) return [];
  return db
    .prepare(
      "SELECT ms.source_id, m.superseded_by FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id WHERE ms.source_id IN (SELECT value FROM json_each(?)) AND m.type = 'semantic' AND m.valid_to IS NOT NULL AND m.superseded_by IS NOT NULL",
    )
    .all(JSON.stringify(sourceIds)) as Array<{ source_id: number; superseded_by: number }>;
}

/** Which of memories `memoryIds` have one of `sourceIds` among their sources. */
export function memoriesSharingSources(db: EngramDb, memoryIds: number[], sourceIds: number[]): Set<number> {
  const rows = db
    .prepare(
      "SELECT DISTINCT memory_id FROM memory_sources WHERE memory_id IN (SELECT value FROM json_each(?)) AND source_id IN (SELECT value FROM json_each(?))",
    )
    .all(JSON.stringify(memoryIds), JSON.stringify(sourceIds)) as Array<{ memory_id: number }>;
  return new Set(rows.map((r) => r.memory_id));
}

/** Makes memory `memoryId`'s sources exactly `sourceIds` (links to others removed, missing ones added). */
export function setProvenance(db: EngramDb, memoryId: number, sourceIds: number[]): void {
  db.prepare("DELETE FROM memory_sources WHERE memory_id = ? AND source_id NOT IN (SELECT value FROM json_each(?))").run(memoryId, JSON.stringify(sourceIds));
  linkSources(db, memoryId, sourceIds);
}
