import { randomUUID } from "node:crypto";
import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { getConversation, nextTurnSeq, upsertConversation } from "../db/repos/conversations.js";
import type { ConversationRow } from "../db/types.js";
import { storeSources } from "../ingest/store.js";
import { prepareVectors } from "../retrieval/reembed.js";
import { createMemoryEngine } from "../memory/index.js";
import { sha256 } from "../util/hash.js";

/** Speaker names of Engram's own chats. */
export const CHAT_SPEAKERS = { user: "User", assistant: "Engram" } as const;

/**
 * The Engram conversation `id`, or a new one (format `engram`) titled after its first message.
 * @throws Error when `id` names no conversation or one that is not an Engram chat.
 */
export function engramConversation(db: EngramDb, id: number | undefined, firstMessage: string, now: number): ConversationRow {
  if (id != null) {
    const c = getConversation(db, id);
    if (!c) throw new Error(`conversation ${id} does not exist`);
    if (c.format !== "engram") throw new Error(`conversation ${id} is an imported ${c.format} conversation, not an Engram chat`);
    return c;
  }
  const title = firstMessage.replace(/\s+/g, " ").trim().slice(0, 80);
  const created = upsertConversation(db, {
    format: "engram",
    externalId: `chat-${new Date(now).toISOString()}-${randomUUID().slice(0, 8)}`,
    title,
    participants: [CHAT_SPEAKERS.user, CHAT_SPEAKERS.assistant],
    startedAt: now,
  });
  return getConversation(db, created)!;
}

/**
 * Stores one message of an Engram chat as a `chat_turn` source (with its vector), after the
 * conversation's last turn. The user's messages have trust `user`; Engram's replies role `assistant`.
 * @returns the new source id.
 */
export async function storeChatTurn(
  db: EngramDb,
  embedder: Embedder,
  conversation: ConversationRow,
  turn: { role: "user" | "assistant"; text: string; at: number; metadata?: Record<string, unknown> },
): Promise<number> {
  await prepareVectors(db, embedder);
  const seq = nextTurnSeq(db, conversation.id);
  const speaker = CHAT_SPEAKERS[turn.role];
  const stored = await storeSources(db, embedder, [
    {
      source: {
        kind: "chat_turn",
        conversationId: conversation.id,
        seq,
        speaker,
        role: turn.role,
        occurredAt: turn.at,
        text: turn.text,
        contentHash: sha256("chat_turn", "engram", conversation.external_id, seq, turn.at, turn.role, turn.text),
        trust: "user",
        metadata: turn.metadata,
      },
    },
  ]);
  return stored.sourceIds[0]!;
}

/**
 * Stores a question and its answer as two turns of an Engram conversation (new unless
 * `conversationId`), then runs the memory engine over them.
 */
export async function rememberExchange(
  db: EngramDb,
  embedder: Embedder,
  x: { question: string; answer: string; now?: number; conversationId?: number },
): Promise<{ conversationId: number; userSourceId: number; assistantSourceId: number }> {
  const at = x.now ?? Date.now();
  const conversation = engramConversation(db, x.conversationId, x.question, at);
  const userSourceId = await storeChatTurn(db, embedder, conversation, { role: "user", text: x.question, at });
  const assistantSourceId = await storeChatTurn(db, embedder, conversation, { role: "assistant", text: x.answer, at: at + 1 });
  await createMemoryEngine(db, embedder).process([userSourceId, assistantSourceId]);
  return { conversationId: conversation.id, userSourceId, assistantSourceId };
}
