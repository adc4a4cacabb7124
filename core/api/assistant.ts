import { ask as askEngine, type Answer as EngineAnswer } from "../assistant/ask.js";
import { chatTurn } from "../assistant/chat.js";
import { getConversation } from "../db/repos/conversations.js";
import { CHAT_FORMAT } from "./browse.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type { Answer, AnswerEvent, AskRequest, ChatRequest, ChatResult, StreamOptions } from "./types.js";
import { toCitation } from "./views.js";

/** The engine's answer to `question` in API shape; emits the `citations` event after the tokens. */
function toAnswer(ctx: ApiContext, question: string, a: EngineAnswer, so: StreamOptions<AnswerEvent>): Answer {
  const citations = a.citations.map((c) => toCitation(ctx.db, c, question));
  so.onEvent?.({ type: "citations", citations });
  const closest = a.closest.map((c) => toCitation(ctx.db, c, question));
  return { answer: a.answer, citations, engine: a.engine, abstained: a.abstained, closest };
}

/** `ask`: streams the answer's tokens, then its citations (core/assistant/ask.ts). */
export async function ask(ctx: ApiContext, req: AskRequest, so: StreamOptions<AnswerEvent> = {}): Promise<Answer> {
  const a = await askEngine(ctx.db, await ctx.embedder(), req.question, {
    now: req.now,
    k: req.k,
    remember: req.remember,
    signal: so.signal,
    onToken: (text) => so.onEvent?.({ type: "token", text }),
  });
  return toAnswer(ctx, req.question, a, so);
}

/**
 * `chat`: one turn (core/assistant/chat.ts); both turns are stored as sources of the conversation.
 * @throws ApiError not_found / bad_request when `conversationId` is not an assistant chat.
 */
export async function chat(ctx: ApiContext, req: ChatRequest, so: StreamOptions<AnswerEvent> = {}): Promise<ChatResult> {
  if (req.conversationId !== undefined) {
    const c = getConversation(ctx.db, req.conversationId);
    if (!c) throw new ApiError("not_found", `Conversation ${req.conversationId} does not exist (it may have been deleted).`, { field: "conversationId" });
    if (c.format !== CHAT_FORMAT)
      throw new ApiError("bad_request", `Conversation ${req.conversationId} is an imported ${c.format} conversation; start a new chat instead.`, {
        field: "conversationId",
      });
  }
  const r = await chatTurn(ctx.db, await ctx.embedder(), req.message, {
    conversationId: req.conversationId,
    signal: so.signal,
    onToken: (text) => so.onEvent?.({ type: "token", text }),
  });
  return { ...toAnswer(ctx, req.message, r, so), conversationId: r.conversationId, userSourceId: r.userSourceId, assistantSourceId: r.assistantSourceId };
}
