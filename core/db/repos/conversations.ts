import type { EngramDb } from "../connection.js";
import type { ConversationRow } from "../types.js";

/** Fields needed to create a conversation. */
export interface NewConversation {
  format: string;
  externalId: string;
  title: string | null;
  participants: string[];
  startedAt: number | null;
  /** `day` or `log` when it is an app's records of what the user did (core/ingest/types.ts `ParsedConversation.records`). */
  records?: "day" | "log";
}

/**
 * Returns the id of the conversation (format, externalId), creating it if new. An existing
 * conversation keeps its row (re-imports add turns to it, never duplicate it).
 */
export function upsertConversation(db: EngramDb, c: NewConversation): number {
  const found = db.prepare("SELECT id FROM conversations WHERE format = ? AND external_id = ?").get(c.format, c.externalId) as { id: number } | undefined;
  if (found) return found.id;
  const res = db
    .prepare("INSERT INTO conversations(format, external_id, title, participants, started_at, created_at, records) VALUES (?, ?, ?, ?, ?, ?, ?)")
    .run(c.format, c.externalId, c.title, JSON.stringify(c.participants), c.startedAt, Date.now(), c.records ?? null);
  return Number(res.lastInsertRowid);
}

/** Reads one conversation by id, or undefined. */
export function getConversation(db: EngramDb, id: number): ConversationRow | undefined {
  return db.prepare("SELECT * FROM conversations WHERE id = ?").get(id) as ConversationRow | undefined;
}

/** Conversations of `format` with an id below `beforeId`, newest (highest id) first, at most `limit`. */
export function listConversations(db: EngramDb, format: string, beforeId: number, limit: number): ConversationRow[] {
  return db.prepare("SELECT * FROM conversations WHERE format = ? AND id < ? ORDER BY id DESC LIMIT ?").all(format, beforeId, limit) as ConversationRow[];
}

/** How many conversations of `format` there are. */
export function countConversations(db: EngramDb, format: string): number {
  return (db.prepare("SELECT COUNT(*) AS n FROM conversations WHERE format = ?").get(format) as { n: number }).n;
}

/** The `seq` the next turn of conversation `conversationId` gets: one past its last turn's, 0 for the first. */
export function nextTurnSeq(db: EngramDb, conversationId: number): number {
  return (db.prepare("SELECT COALESCE(MAX(seq), -1) + 1 AS seq FROM sources WHERE conversation_id = ?").get(conversationId) as { seq: number }).seq;
}

/**
 * The last `limit` user and assistant turns of conversation `conversationId` stored before source
 * `beforeId` (lower ids), newest first: the chat history an answer continues.
 */
export function lastChatTurns(db: EngramDb, conversationId: number, beforeId: number, limit: number): Array<{ role: "user" | "assistant"; text: string }> {
  return db
    .prepare("SELECT role, text FROM sources WHERE conversation_id = ? AND id < ? AND role IN ('user', 'assistant') ORDER BY seq DESC LIMIT ?")
    .all(conversationId, beforeId, limit) as Array<{ role: "user" | "assistant"; text: string }>;
}
