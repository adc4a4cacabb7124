// Ask and chat: answers with citations, chat turns and threads.
import type { EngineKind } from "./vocabulary.js";
import type { SourceRef } from "./memories.js";
import type { ConversationInfo, Source } from "./views.js";

// ───────────────────────────── ask / chat ─────────────────────────────

/** A citation of an answer: the memory and its sources. */
export interface Citation {
  memoryId: number;
  title: string;
  /** the memory's whole text (its content as it is now; the title when the memory is gone) */
  text: string;
  /**
   * the part of a long memory that answers the question it was cited for (its sentences or lines that
   * share most of the question's words, "…" where some are left out; core/assistant/excerpt.ts), null
   * when the whole text is what to show (it is short, a procedure, or no part shares a word)
   */
  excerpt: string | null;
  /** whose memory it is: the person it is about when one of its sources is theirs (an answer's
   * sources start with the question, asked by someone else), else its first source's speaker;
   * null when its sources have no speaker (screenshots, notes) */
  speaker: string | null;
  occurredAt: number | null;
  sources: SourceRef[];
}

/** An answer with citations. `abstained`: the engine found nothing to answer from. When no chat
 * model is installed `engine` is `heuristic` and the answer lists "what I remember". */
export interface Answer {
  answer: string;
  citations: Citation[];
  engine: EngineKind;
  abstained: boolean;
  /** with an abstention, the memories search ranked first that come close to the question (at most
   * 3): no answer, shown so the user can judge them; empty when the engine answered */
  closest: Citation[];
}

/** `ask`: a one-off question over the memories. `k`: memories to retrieve (default 8, ≤ 50). */
export interface AskRequest {
  question: string;
  k?: number;
  /** the question's "now" (resolves "last week"); default: current time */
  now?: number;
  /** store the question and the answer as a chat, processed into memories (default false) */
  remember?: boolean;
}

/** Events of `ask` and `chat`: answer text as it is generated, then the citations. */
export type AnswerEvent = { type: "token"; text: string } | { type: "citations"; citations: Citation[] };

/** `chat`: one turn of a conversation with the assistant; both turns are stored as sources. */
export interface ChatRequest {
  message: string;
  /** continue this conversation; omitted = a new one */
  conversationId?: number;
}

/** `chat` result. */
export interface ChatResult extends Answer {
  conversationId: number;
  userSourceId: number;
  assistantSourceId: number;
}

/** `listChats`: the assistant conversations, newest first. `limit` ≤ 200 (default 50). */
export interface ListChatsRequest {
  cursor?: string;
  limit?: number;
}

/** `getChat`: all turns of one conversation in order (≤ `limit`, default 500). */
export interface GetChatRequest {
  conversationId: number;
  limit?: number;
}

/** `getChat` result. */
export interface ChatThread {
  conversation: ConversationInfo;
  turns: Source[];
}
