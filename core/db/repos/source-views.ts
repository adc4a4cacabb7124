import type { EngramDb } from "../connection.js";
import type { SourceRow } from "../types.js";

// Sources as the UI shows them: each row with `frame_image`, the image of its screenshot's
// `frames` row (capture keeps the image path there, migration 002); a conversation's turns in order.

/** A source row with `frame_image` (null when it has no frame, or its frame no image). */
export type SourceViewRow = SourceRow & { frame_image?: string | null };

/** The select list of a SourceViewRow (alias `s`). */
const SOURCE_COLUMNS = "s.*, (SELECT f.image_path FROM frames f WHERE f.source_id = s.id LIMIT 1) AS frame_image";

/** Reads one source with its frame image, or undefined. */
export function getSourceView(db: EngramDb, id: number): SourceViewRow | undefined {
  return db.prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE id = ?`).get(id) as SourceViewRow | undefined;
}

/** Turn order in a conversation: by `seq`, else by time, then id. */
const TURN_KEY = "COALESCE(seq, occurred_at)";

/**
 * Up to `n` turns either side of `src` in its conversation (`src.conversation_id` must be set),
 * in conversation order: `before` ends with the turn just before it, `after` starts with the one just after.
 */
export function turnsAround(db: EngramDb, src: SourceRow, n: number): { before: SourceViewRow[]; after: SourceViewRow[] } {
  const at = src.seq ?? src.occurred_at;
  const before = db
    .prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE conversation_id = ? AND (${TURN_KEY}, id) < (?, ?) ORDER BY ${TURN_KEY} DESC, id DESC LIMIT ?`)
    .all(src.conversation_id, at, src.id, n) as SourceViewRow[];
  const after = db
    .prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE conversation_id = ? AND (${TURN_KEY}, id) > (?, ?) ORDER BY ${TURN_KEY}, id LIMIT ?`)
    .all(src.conversation_id, at, src.id, n) as SourceViewRow[];
  return { before: before.reverse(), after };
}

/** The first `limit` turns of conversation `conversationId`, in conversation order. */
export function conversationTurns(db: EngramDb, conversationId: number, limit: number): SourceViewRow[] {
  return db
    .prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE conversation_id = ? ORDER BY ${TURN_KEY}, id LIMIT ?`)
    .all(conversationId, limit) as SourceViewRow[];
}

/** How many sources (turns) conversation `conversationId` holds. */
export function countTurns(db: EngramDb, conversationId: number): number {
  return (db.prepare("SELECT COUNT(*) AS n FROM sources WHERE conversation_id = ?").get(conversationId) as { n: number }).n;
}
