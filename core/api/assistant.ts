import type { ApiContext } from "./context.js";
import { loadAsk, loadChatTurn, type EngineAnswer, type EngineCitation } from "./engine-parts.js";
import type { Answer, AnswerEvent, AskRequest, ChatRequest, ChatResult, Citation, SourceKind, StreamOptions } from "./types.js";

/** An engine citation in API shape; conversation id, app and title are filled from the source rows. */
function toCitation(c: EngineCitation): Citation {
  return {
    memoryId: c.memory_id, title: c.title, occurredAt: c.occurred_at,
    sources: c.sources.map((s) => ({
      sourceId: s.source_id, kind: s.kind as SourceKind, externalId: s.external_id, conversationId: null,
      conversation: s.conversation, speaker: s.speaker, occurredAt: s.occurred_at, app: null, windowTitle: null,
    })),
  };
}

function toAnswer(ctx: ApiContext, a: EngineAnswer, so: StreamOptions<AnswerEvent>): Answer {
  const stmt = ctx.db.prepare("SELECT conversation_id, app, window_title FROM sources WHERE id = ?");
  const citations = a.citations.map((c) => {
    const cit = toCitation(c);
    for (const s of cit.sources) {
      const row = stmt.get(s.sourceId) as { conversation_id: number | null; app: string | null; window_title: string | null } | undefined;
      if (row) Object.assign(s, { conversationId: row.conversation_id, app: row.app, windowTitle: row.window_title });
    }
    return cit;
  });
  so.onEvent?.({ type: "citations", citations });
  return { answer: a.answer, citations, engine: a.engine, abstained: a.abstained };
}

/** `ask`: streams the answer's tokens, then its citations. */
export async function ask(ctx: ApiContext, req: AskRequest, so: StreamOptions<AnswerEvent> = {}): Promise<Answer> {
  const [fn, embedder] = await Promise.all([loadAsk(), ctx.embedder()]);
  const a = await fn(ctx.db, embedder, req.question, {
    now: req.now, k: req.k, signal: so.signal, onToken: (text) => so.onEvent?.({ type: "token", text }),
  });
  return toAnswer(ctx, a, so);
}

/** `chat`: one turn; both turns are stored as sources of the conversation. */
export async function chat(ctx: ApiContext, req: ChatRequest, so: StreamOptions<AnswerEvent> = {}): Promise<ChatResult> {
  const [fn, embedder] = await Promise.all([loadChatTurn(), ctx.embedder()]);
  const r = await fn(ctx.db, embedder, req.message, {
    conversationId: req.conversationId, signal: so.signal, onToken: (text) => so.onEvent?.({ type: "token", text }),
  });
  return { ...toAnswer(ctx, r, so), conversationId: r.conversationId, userSourceId: r.userSourceId, assistantSourceId: r.assistantSourceId };
}
