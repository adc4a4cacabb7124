import { ask as askEngine, type Answer as EngineAnswer, type Citation as EngineCitation } from "../assistant/ask.js";
import { chatTurn } from "../assistant/chat.js";
import { getConversation } from "../db/repos/conversations.js";
import { CHAT_FORMAT } from "./browse.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type { Answer, AnswerEvent, AskRequest, ChatRequest, ChatResult, Citation, SourceKind, StreamOptions } from "./types.js";

/** An engine citation in API shape, with each source's conversation id, app and window title. */
function toCitation(ctx: ApiContext, c: EngineCitation): Citation {
  const stmt = ctx.db.prepare("SELECT conversation_id, app, window_title FROM sources WHERE id = ?");
  return {
    memoryId: c.memory_id, title: c.title, occurredAt: c.occurred_at,
    sources: c.sources.map((s) => {
      const row = stmt.get(s.source_id) as { conversation_id: number | null; app: string | null; window_title: string | null } | undefined;
      return {
        sourceId: s.source_id, kind: s.kind as SourceKind, externalId: s.external_id, conversationId: row?.conversation_id ?? null,
        conversation: s.conversation, speaker: s.speaker, occurredAt: s.occurred_at, app: row?.app ?? null, windowTitle: row?.window_title ?? null,
      };
    }),
  };
}

/** The engine's answer in API shape; emits the `citations` event after the tokens. */
function toAnswer(ctx: ApiContext, a: EngineAnswer, so: StreamOptions<AnswerEvent>): Answer {
  const citations = a.citations.map((c) => toCitation(ctx, c));
  so.onEvent?.({ type: "citations", citations });
  return { answer: a.answer, citations, engine: a.engine, abstained: a.abstained };
}

/** `ask`: streams the answer's tokens, then its citations (core/assistant/ask.ts). */
export async function ask(ctx: ApiContext, req: AskRequest, so: StreamOptions<AnswerEvent> = {}): Promise<Answer> {
  const a = await askEngine(ctx.db, await ctx.embedder(), req.question, {
    now: req.now, k: req.k, signal: so.signal, onToken: (text) => so.onEvent?.({ type: "token", text }),
  });
  return toAnswer(ctx, a, so);
}

/**
 * `chat`: one turn (core/assistant/chat.ts); both turns are stored as sources of the conversation.
 * @throws ApiError not_found / bad_request when `conversationId` is not an assistant chat.
 */
export async function chat(ctx: ApiContext, req: ChatRequest, so: StreamOptions<AnswerEvent> = {}): Promise<ChatResult> {
  if (req.conversationId !== undefined) {
    const c = getConversation(ctx.db, req.conversationId);
    if (!c) throw new ApiError("not_found", `Conversation ${req.conversationId} does not exist (it may have been deleted).`, { field: "conversationId" });
    if (c.format !== CHAT_FORMAT) throw new ApiError("bad_request", `Conversation ${req.conversationId} is an imported ${c.format} conversation; start a new chat instead.`, { field: "conversationId" });
  }
  const r = await chatTurn(ctx.db, await ctx.embedder(), req.message, {
    conversationId: req.conversationId, signal: so.signal, onToken: (text) => so.onEvent?.({ type: "token", text }),
  });
  return { ...toAnswer(ctx, r, so), conversationId: r.conversationId, userSourceId: r.userSourceId, assistantSourceId: r.assistantSourceId };
}
