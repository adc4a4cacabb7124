import type { EngramDb } from "../connection.js";
import type { SourceKind, SourceRow, Trust } from "../types.js";

/** Fields of a new source; `contentHash` must be unique (it is how re-imports are recognised). */
export interface NewSource {
  kind: SourceKind;
  externalId?: string | null;
  conversationId?: number | null;
  seq?: number | null;
  speaker?: string | null;
  role?: string | null;
  app?: string | null;
  windowTitle?: string | null;
  url?: string | null;
  occurredAt: number;
  text: string;
  /** text of the neighbouring turns, searched with a low weight (document expansion) */
  context?: string;
  contentHash: string;
  imagePath?: string | null;
  trust: Trust;
  metadata?: Record<string, unknown>;
}

/**
 * Inserts a source unless one with the same content hash exists.
 * @returns the new row id, or null when it was a duplicate (nothing written).
 */
export function insertSource(db: EngramDb, s: NewSource): number | null {
  const res = db
    .prepare(
      `INSERT OR IGNORE INTO sources(kind, external_id, conversation_id, seq, speaker, role, app, window_title, url,
         occurred_at, text, context, content_hash, image_path, trust, metadata, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      s.kind,
      s.externalId ?? null,
      s.conversationId ?? null,
      s.seq ?? null,
      s.speaker ?? null,
      s.role ?? null,
      s.app ?? null,
      s.windowTitle ?? null,
      s.url ?? null,
      s.occurredAt,
      s.text,
      s.context ?? "",
      s.contentHash,
      s.imagePath ?? null,
      s.trust,
      JSON.stringify(s.metadata ?? {}),
      Date.now(),
    );
  return res.changes ? Number(res.lastInsertRowid) : null;
}

/** Which of the given content hashes are already stored. */
export function existingHashes(db: EngramDb, hashes: string[]): Set<string> {
  if (hashes.length === 0) return new Set();
  const rows = db.prepare("SELECT content_hash FROM sources WHERE content_hash IN (SELECT value FROM json_each(?))").all(JSON.stringify(hashes)) as Array<{
    content_hash: string;
  }>;
  return new Set(rows.map((r) => r.content_hash));
}

/** Reads one source, or undefined. */
export function getSource(db: EngramDb, id: number): SourceRow | undefined {
  return db.prepare("SELECT * FROM sources WHERE id = ?").get(id) as SourceRow | undefined;
}

/** Reads sources by id (any order; missing ids are skipped). */
export function getSources(db: EngramDb, ids: number[]): SourceRow[] {
  return db.prepare("SELECT * FROM sources WHERE id IN (SELECT value FROM json_each(?))").all(JSON.stringify(ids)) as SourceRow[];
}

/** Reads sources by their id in the exported file (LoCoMo `dia_id`, a message id), in time order; unknown ids are skipped. */
export function sourcesByExternalIds(db: EngramDb, externalIds: string[]): SourceRow[] {
  return db
    .prepare("SELECT * FROM sources WHERE external_id IN (SELECT value FROM json_each(?)) ORDER BY occurred_at, id")
    .all(JSON.stringify(externalIds)) as SourceRow[];
}

/** Counts sources per kind: `{ chat_turn: n, ... }` (kinds with no rows are omitted). */
export function countSourcesByKind(db: EngramDb): Record<string, number> {
  const rows = db.prepare("SELECT kind, COUNT(*) AS n FROM sources GROUP BY kind").all() as Array<{ kind: string; n: number }>;
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

/** The id of the source with this content hash (other than `exceptId` when given), or undefined. */
export function sourceIdByHash(db: EngramDb, hash: string, exceptId?: number): number | undefined {
  const row =
    exceptId === undefined
      ? db.prepare("SELECT id FROM sources WHERE content_hash = ?").get(hash)
      : db.prepare("SELECT id FROM sources WHERE content_hash = ? AND id <> ?").get(hash, exceptId);
  return (row as { id: number } | undefined)?.id;
}

/** The conversation of each source: source id → conversation id (null: none); missing ids are left out. */
export function conversationOfSources(db: EngramDb, ids: number[]): Map<number, number | null> {
  const rows = db.prepare("SELECT id, conversation_id FROM sources WHERE id IN (SELECT value FROM json_each(?))").all(JSON.stringify(ids)) as Array<{
    id: number;
    conversation_id: number | null;
  }>;
  return new Map(rows.map((r) => [r.id, r.conversation_id]));
}

/** Where source `id` was said or seen: its conversation, app and window title; undefined when there is no such source. */
export function sourceOrigin(
  db: EngramDb,
  id: number,
): { conversation_id: number | null; app: string | null; window_title: string | null; role: string | null } | undefined {
  return db.prepare("SELECT conversation_id, app, window_title, role FROM sources WHERE id = ?").get(id) as
    | { conversation_id: number | null; app: string | null; window_title: string | null; role: string | null }
    | undefined;
}

/** How many sources the memory engine has not processed yet. */
export function countUnprocessedSources(db: EngramDb): number {
  return (db.prepare("SELECT COUNT(*) AS n FROM sources WHERE processed_at IS NULL").get() as { n: number }).n;
}

/**
 * When the source after `seq` in conversation `conversationId` was said (epoch ms), or null when none
 * is stored. Reads the (conversation_id, seq) index.
 */
export function nextSourceTime(db: EngramDb, conversationId: number, seq: number): number | null {
  const row = db.prepare("SELECT occurred_at FROM sources WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT 1").get(conversationId, seq) as
    | { occurred_at: number }
    | undefined;
  return row?.occurred_at ?? null;
}

/**
 * The text of the sources at places `seqs` of conversation `conversationId` (reads the (conversation_id,
 * seq) index). @returns seq → text; places with no source are left out.
 */
export function textsAtSeqs(db: EngramDb, conversationId: number, seqs: number[]): Map<number, string> {
  const rows = db
    .prepare("SELECT seq, text FROM sources WHERE conversation_id = ? AND seq IN (SELECT value FROM json_each(?))")
    .all(conversationId, JSON.stringify(seqs)) as Array<{ seq: number; text: string }>;
  return new Map(rows.map((r) => [r.seq, r.text]));
}

/** Sources `ids` in time order (then `seq`, then id); missing ids are skipped. */
export function sourcesInTimeOrder(db: EngramDb, ids: number[]): SourceRow[] {
  return db.prepare("SELECT * FROM sources WHERE id IN (SELECT value FROM json_each(?)) ORDER BY occurred_at, seq, id").all(JSON.stringify(ids)) as SourceRow[];
}
