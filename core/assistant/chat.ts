import type { Embedder } from "../../models/embedder.js";
import type { ChatMessage } from "../../models/llm/index.js";
import type { EngramDb } from "../db/connection.js";
import { lastChatTurns } from "../db/repos/conversations.js";
import { createMemoryEngine } from "../memory/index.js";
import { answer } from "./ask.js";
import { engramConversation, storeChatTurn } from "./conversation.js";
import type { Answer } from "./format.js";

/** Options of {@link chatTurn}. */
export interface ChatOptions {
  /** Continue this Engram conversation (default: start a new one). */
  conversationId?: number;
  /** Receives the reply's text as it is written. */
  onToken?: (text: string) => void;
  /** Cancels the model's generation; the user's message stays stored. */
  signal?: AbortSignal;
  /** Time of the message, epoch ms (default now). */
  now?: number;
}

/** One chat turn's result: the answer plus where both messages were stored. */
export type ChatTurnResult = Answer & { conversationId: number; userSourceId: number; assistantSourceId: number };

/** What Engram replies to a statement (not a question): it is stored and processed, nothing to look up. */
export const ACKNOWLEDGE = "Noted — I'll remember that.";

const QUESTION =
  /\?\s*$|^(what|when|where|who|whom|whose|why|how|which|do|does|did|is|are|was|were|am|can|could|should|would|will|have|has|had|tell me|remind me|list|show me|find)\b/i;

/** Whether a chat message asks something (rather than telling something). */
export function isQuestion(message: string): boolean {
  return QUESTION.test(message.trim());
}

function history(db: EngramDb, conversationId: number, before: number): ChatMessage[] {
  return lastChatTurns(db, conversationId, before, 6)
    .reverse()
    .map((r) => ({ role: r.role, content: r.text }));
}

/**
 * One turn of a chat with Engram: stores the user's message (a `chat_turn` source, trust `user`,
 * in an Engram conversation), answers it from memory (a question; see ask.ts `answer`) or
 * acknowledges it (a statement), stores the reply (role `assistant`; its metadata keeps the
 * citations, engine and abstention, and the closest memories of an abstention, so a reopened chat shows them), and runs the memory engine
 * over both, so what the user says ("I'm allergic to peanuts, by the way") is used in later answers.
 * @throws Error when `conversationId` is not an Engram conversation, or the message is empty.
 */
export async function chatTurn(db: EngramDb, embedder: Embedder, message: string, opts: ChatOptions = {}): Promise<ChatTurnResult> {
  const text = message.trim();
  if (!text) throw new Error("chat: the message is empty");
  const now = opts.now ?? Date.now();
  const conversation = engramConversation(db, opts.conversationId, text, now);
  const userSourceId = await storeChatTurn(db, embedder, conversation, { role: "user", text, at: now });
  let reply: Answer;
  if (isQuestion(text)) {
    reply = await answer(db, embedder, text, { now, onToken: opts.onToken, signal: opts.signal, history: history(db, conversation.id, userSourceId) });
  } else {
    reply = { answer: ACKNOWLEDGE, citations: [], engine: "heuristic", abstained: false, closest: [] };
    opts.onToken?.(reply.answer);
  }
  const replyAt = opts.now != null ? now + 1 : Math.max(now + 1, Date.now());
  const assistantSourceId = await storeChatTurn(db, embedder, conversation, {
    role: "assistant",
    text: reply.answer,
    at: replyAt,
    metadata: { citations: reply.citations, engine: reply.engine, abstained: reply.abstained, ...(reply.closest.length ? { closest: reply.closest } : {}) },
  });
  await createMemoryEngine(db, embedder).process([userSourceId, assistantSourceId]);
  return { ...reply, conversationId: conversation.id, userSourceId, assistantSourceId };
}
