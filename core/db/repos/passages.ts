import type { EngramDb } from "../connection.js";
import type { SqlFilter } from "../filters.js";

// The queries of passage search (core/retrieval/passages.ts): the memories raw turns and frames
// stand for, the people a query names, and the facts about them.

/** A memory made from a source: `source` the source id, `id` the memory id. */
export interface SourceMemory {
  source: number;
  id: number;
}

/**
 * The memories that the sources `sourceIds` stand for in passage search, passing `filter`
 * (conditions over alias `m`, table memories): of screen memories (details.screen) only
 * activities, never a day or a document; of other memories every type but `episodic` and `core`
 * (episodes and core memories are ranked by their own text). A memory made from several of the
 * sources comes once per source.
 * @returns (source, memory) pairs, most important memory first, then by memory id.
 */
export function passageMemories(db: EngramDb, sourceIds: number[], filter: SqlFilter): SourceMemory[] {
  return db
    .prepare(
      `SELECT ms.source_id AS source, m.id AS id FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id
        WHERE ms.source_id IN (SELECT value FROM json_each(?))
          AND CASE json_extract(m.details, '$.screen') WHEN 'activity' THEN 1 WHEN 'day' THEN 0 WHEN 'document' THEN 0 ELSE m.type NOT IN ('episodic', 'core') END
          AND ${filter.where}
        ORDER BY m.importance DESC, m.id`,
    )
    .all(JSON.stringify(sourceIds), ...filter.params) as SourceMemory[];
}

/**
 * The memories among `ids` whose subject (details.subject, set on facts), in lower case, is one of
 * `subjects` (lower case).
 * @returns their ids (a set: the caller keeps its own order).
 */
export function memoriesAboutSubjects(db: EngramDb, ids: number[], subjects: string[]): Set<number> {
  const rows = db
    .prepare(
      `SELECT id FROM memories WHERE id IN (SELECT value FROM json_each(?)) AND lower(json_extract(details, '$.subject')) IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids), JSON.stringify(subjects)) as Array<{ id: number }>;
  return new Set(rows.map((r) => r.id));
}

/**
 * The text a ranking shows for each of `ids` (a memory's content, a source's text; not the other
 * indexed columns that term-bitmaps.ts `textsOf` reads), for re-ranking a short pool by what it says.
 * @returns text by id (ids of missing rows are left out)
 */
export function shownTexts(db: EngramDb, table: "memories" | "sources", ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const column = table === "memories" ? "content" : "text";
  const rows = db.prepare(`SELECT id, ${column} AS text FROM ${table} WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as Array<{
    id: number;
    text: string;
  }>;
  return new Map(rows.map((r) => [r.id, r.text]));
}

/**
 * The rows among `ids` (memory ids, or source ids when `table` is "sources") whose event time
 * (occurred_at, epoch ms) is in [from, to).
 * @returns their ids (a set: the caller keeps its own order).
 */
export function idsInPeriod(db: EngramDb, table: "memories" | "sources", ids: number[], from: number, to: number): Set<number> {
  if (ids.length === 0) return new Set();
  const rows = db
    .prepare(`SELECT id FROM ${table} WHERE id IN (SELECT value FROM json_each(?)) AND occurred_at >= ? AND occurred_at < ?`)
    .all(JSON.stringify(ids), from, to) as Array<{ id: number }>;
  return new Set(rows.map((r) => r.id));
}

/**
 * Whether a memory's details (JSON) mark it as the summary of a period: a day of screen time
 * (`screen: "day"`, core/memory/screen/describe.ts) or a chat session's episode (episodic, with
 * speakers in `participants`, core/memory/episodes.ts), with every one of `people` (names, any case)
 * among its participants. The same rule as {@link periodSummaries}' SQL.
 */
export function isPeriodSummary(type: string, details: string | null, people: string[] = []): boolean {
  if (type !== "episodic" || !details) return false;
  const d = JSON.parse(details) as { screen?: unknown; participants?: unknown };
  if (d.screen === "day") return people.length === 0;
  if (d.screen !== undefined || !Array.isArray(d.participants) || d.participants.length === 0) return false;
  const talked = new Set(d.participants.map((p) => String(p).toLowerCase()));
  return people.every((p) => talked.has(p.toLowerCase()));
}

/**
 * The memories that summarise a period (see {@link isPeriodSummary}; `daysOnly`: days of screen time
 * only; `people`: only sessions with every one of them, by name, any case, among their participants) passing `filter` (conditions over alias `m`): with `period` ([from, to) epoch ms), those whose
 * span (details.span, else occurred_at) overlaps it, in time order; without, the most recent, newest
 * first. A summary starts at most a day before the period it overlaps (days and sessions are
 * shorter), which keeps the scan on the occurred_at index.
 * @returns memory ids, at most `limit`.
 */
export function periodSummaries(
  db: EngramDb,
  opts: { period: { from: number; to: number } | null; daysOnly: boolean; people: string[]; limit: number },
  filter: SqlFilter,
): number[] {
  const sessions = opts.daysOnly ? "" : ` OR (json_extract(m.details, '$.screen') IS NULL AND json_array_length(m.details, '$.participants') > 0)`;
  // every person named is a participant (a day of screen time has none)
  const people = opts.people.length
    ? ` AND NOT EXISTS (SELECT 1 FROM json_each(?) AS p
        WHERE NOT EXISTS (SELECT 1 FROM json_each(m.details, '$.participants') AS q WHERE lower(q.value) = p.value))`
    : "";
  const named = opts.people.length ? [JSON.stringify(opts.people.map((p) => p.toLowerCase()))] : [];
  const summary = `m.type = 'episodic' AND (json_extract(m.details, '$.screen') = 'day'${sessions})${people}`;
  const { period, limit } = opts;
  const rows = period
    ? (db
        .prepare(
          `SELECT m.id FROM memories m WHERE m.occurred_at >= ? AND m.occurred_at < ? AND ${summary}
            AND COALESCE(json_extract(m.details, '$.span.end'), m.occurred_at) >= ? AND ${filter.where}
            ORDER BY m.occurred_at, m.id LIMIT ?`,
        )
        .all(period.from - 86_400_000, period.to, ...named, period.from, ...filter.params, limit) as Array<{ id: number }>)
    : (db
        .prepare(
          `SELECT m.id FROM memories m WHERE m.occurred_at IS NOT NULL AND ${summary} AND ${filter.where} ORDER BY m.occurred_at DESC, m.id DESC LIMIT ?`,
        )
        .all(...named, ...filter.params, limit) as Array<{ id: number }>);
  return rows.map((r) => r.id);
}

/** Where a memory's chat turns are in their conversation (sources.seq), for {@link turnSpans}. */
export interface TurnSpan {
  /** conversations.id of its last turn */
  conversation: number;
  /** seq of its last turn in that conversation */
  last: number;
  /** seqs of its turns in that conversation */
  seqs: number[];
  /** how many chat turns it was made from in all */
  turns: number;
}

/**
 * The chat turns each of `ids` was made from: its last turn's conversation, that turn's place in it
 * (`seq`), and the places of its other turns there (reads only chat turns: a screen day's frames are
 * not read). Memories with no chat turn are left out.
 * @returns memory id → its span
 */
export function turnSpans(db: EngramDb, ids: number[]): Map<number, TurnSpan> {
  if (ids.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT ms.memory_id AS id, s.conversation_id AS conversation, s.seq AS seq FROM memory_sources ms JOIN sources s ON s.id = ms.source_id
        WHERE ms.memory_id IN (SELECT value FROM json_each(?)) AND s.kind = 'chat_turn' AND s.conversation_id IS NOT NULL AND s.seq IS NOT NULL
        ORDER BY ms.memory_id, s.occurred_at, s.id`,
    )
    .all(JSON.stringify(ids)) as Array<{ id: number; conversation: number; seq: number }>;
  const byMemory = new Map<number, typeof rows>();
  for (const r of rows) {
    const of = byMemory.get(r.id);
    if (of) of.push(r);
    else byMemory.set(r.id, [r]);
  }
  const out = new Map<number, TurnSpan>();
  for (const [id, turns] of byMemory) {
    const last = turns.at(-1)!;
    const seqs = turns.filter((r) => r.conversation === last.conversation).map((r) => r.seq);
    out.set(id, { conversation: last.conversation, last: Math.max(...seqs), seqs, turns: turns.length });
  }
  return out;
}
