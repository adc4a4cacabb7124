import type { EngramDb } from "../connection.js";
import type { SourceRow } from "../types.js";

// Rewriting a source: only the user's own notes are ever rewritten (core/api/edit-note.ts); every
// other source is kept as it came in.

/**
 * Gives source `s` new text and context: its row and its full-text row (external content, so the
 * old words are deleted from the index explicitly). Nothing when both are unchanged. Call inside a transaction.
 */
export function replaceSourceText(db: EngramDb, s: Pick<SourceRow, "id" | "speaker" | "text" | "context">, next: { text: string; context: string }): void {
  if (s.text === next.text && s.context === next.context) return;
  db.prepare("INSERT INTO sources_fts(sources_fts, rowid, speaker, text, context) VALUES ('delete', ?, ?, ?, ?)").run(s.id, s.speaker, s.text, s.context);
  db.prepare("UPDATE sources SET text = ?, context = ? WHERE id = ?").run(next.text, next.context, s.id);
  db.prepare("INSERT INTO sources_fts(rowid, speaker, text, context) VALUES (?, ?, ?, ?)").run(s.id, s.speaker, next.text, next.context);
}

/** Records an edit of source `id`: its new content hash and metadata (JSON-encoded), and marks it unprocessed for the memory engine. */
export function markSourceEdited(db: EngramDb, id: number, contentHash: string, metadata: Record<string, unknown>): void {
  db.prepare("UPDATE sources SET content_hash = ?, metadata = ?, processed_at = NULL WHERE id = ?").run(contentHash, JSON.stringify(metadata), id);
}

/** The source at position `seq` of conversation `conversationId`, or null. */
export function sourceAtSeq(db: EngramDb, conversationId: number, seq: number): SourceRow | null {
  return (db.prepare("SELECT * FROM sources WHERE conversation_id = ? AND seq = ?").get(conversationId, seq) as SourceRow | undefined) ?? null;
}
