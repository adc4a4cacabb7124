import type { EngramDb } from "../db/connection.js";
import type { SqlFilter } from "./filters.js";

/**
 * The passage index behind memories: raw turns are indexed with their speaker and neighbouring
 * turns (sources_fts, sources_vec), which finds the turn that answers a question better than a
 * memory's own short text does ("Yes, last week!" is found through the question it answers). A
 * ranked list of turns becomes a ranked list of the compact memories made from them (facts and
 * procedures, each at the rank of its best turn); episodes are ranked by their own text, since a
 * session episode would otherwise be pulled up by any of its turns. Screens (core/memory/screen):
 * a frame stands for its activity, the way a turn stands for its fact (a frame found by its words
 * is evidence of what the person was doing), not for the day (whose provenance is its activities'
 * first frames: it would come first for any words on them), nor for the document it belongs to,
 * which holds the frames' whole text and is ranked by it (else every document read would be pulled
 * up by its frames above the activity the question is about). Only memories passing `filter` are
 * kept.
 * @param sourceIds ranked source ids, best first
 * @returns memory ids, best first, without repeats
 */
export function memoriesOfPassages(db: EngramDb, sourceIds: number[], filter: SqlFilter): number[] {
  if (sourceIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ms.source_id AS source, m.id AS id FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id
        WHERE ms.source_id IN (SELECT value FROM json_each(?))
          AND CASE json_extract(m.details, '$.screen') WHEN 'activity' THEN 1 WHEN 'day' THEN 0 WHEN 'document' THEN 0 ELSE m.type NOT IN ('episodic', 'core') END
          AND ${filter.where}
        ORDER BY m.importance DESC, m.id`,
    )
    .all(JSON.stringify(sourceIds), ...filter.params) as Array<{ source: number; id: number }>;
  const bySource = new Map<number, number[]>();
  for (const r of rows) {
    const list = bySource.get(r.source);
    if (list) list.push(r.id);
    else bySource.set(r.source, [r.id]);
  }
  const out: number[] = [];
  const seen = new Set<number>();
  for (const s of sourceIds) {
    for (const id of bySource.get(s) ?? []) {
      if (!seen.has(id)) {
        seen.add(id);
        out.push(id);
      }
    }
  }
  return out;
}

/**
 * The people a query names: capitalised words that are the name or another name (alias) of a
 * person entity ("Mel" → "Melanie"), as normalised subject names (lower case).
 */
export function namedSubjects(db: EngramDb, query: string): string[] {
  const words = [...new Set((query.match(/\b\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, "")))];
  if (words.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT DISTINCT lower(e.name) AS name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
        WHERE a.norm IN (SELECT value FROM json_each(?)) AND e.kind = 'person'`,
    )
    .all(JSON.stringify(words)) as Array<{ name: string }>;
  return rows.map((r) => r.name);
}

/**
 * Of `ids` (memory ids, best first), those whose subject (details.subject, set on facts) is one of
 * `subjects` (lower case), in the same order: a question about Caroline ranks Caroline's facts up.
 */
export function aboutSubjects(db: EngramDb, ids: number[], subjects: string[]): number[] {
  if (ids.length === 0 || subjects.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT id FROM memories WHERE id IN (SELECT value FROM json_each(?)) AND lower(json_extract(details, '$.subject')) IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids), JSON.stringify(subjects)) as Array<{ id: number }>;
  const keep = new Set(rows.map((r) => r.id));
  return ids.filter((id) => keep.has(id));
}
