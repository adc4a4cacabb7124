import { memo, useEffect, useRef, useState } from "react";
import type { Citation, EngineKind, Source } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { navigate, type Route } from "../app/router.js";
import { useAsync } from "../app/use-async.js";
import { Icon } from "../components/icons.js";
import { ErrorState, Spinner } from "../components/states.js";
import { Welcome } from "../components/Welcome.js";
import { errorMessage, formatDateTime } from "../lib/format.js";
import { ChatMessage, type Message } from "./chat/ChatMessage.js";

/**
 * The assistant: past conversations on the left, the thread on the right. Answers stream in token
 * by token, then show their citations as chips that open the memory and its source.
 * The open conversation is in the URL (`#/chat?c=12`).
 */
export function ChatView({ route, onImport }: { route: Route; onImport: () => void }) {
  const { isEmpty } = useData();
  const c = Number(route.params.get("c")) || null;
  // A new chat keeps its thread mounted when it gets its conversation id.
  const adopted = useRef<number | null>(null);
  const [threadKey, setThreadKey] = useState(() => (c ? `c${c}` : "new"));
  useEffect(() => {
    if (c != null && c === adopted.current) return;
    adopted.current = null;
    setThreadKey(c ? `c${c}` : `new${Date.now()}`);
  }, [c]);

  if (isEmpty) return <Welcome />;
  return (
    <div className="view chat-view">
      <ChatList current={c} />
      <Thread
        key={threadKey}
        conversationId={c}
        onImport={onImport}
        onCreated={(id) => {
          adopted.current = id;
          navigate("chat", { c: String(id) });
        }}
      />
    </div>
  );
}

function ChatList({ current }: { current: number | null }) {
  const api = useApi();
  const { version } = useData();
  const { data, error } = useAsync(() => api.listChats({ limit: 100 }), [api, version, current]);
  return (
    <nav className="chat-list" aria-label="Conversations">
      <button type="button" className="btn btn-primary chat-new" onClick={() => navigate("chat")}>
        <Icon name="edit" size={15} /> New chat
      </button>
      {error ? (
        <p className="error-text chat-list-note">{errorMessage(error)}</p>
      ) : !data ? (
        <div className="chat-list-note">
          <Spinner label="Loading conversations" />
        </div>
      ) : data.items.length === 0 ? (
        <p className="muted chat-list-note">Your conversations with Engram will be listed here.</p>
      ) : (
        <ul>
          {data.items.map((conv) => (
            <li key={conv.id}>
              <a
                className="chat-list-item"
                href={`#/chat?c=${conv.id}`}
                aria-current={conv.id === current ? "page" : undefined}
                title={conv.title ?? undefined}
              >
                <span className="ellipsis">{conv.title ?? "Untitled chat"}</span>
                {/* with the time: chats started the same day (often on the same question) stay apart */}
                <span className="muted chat-list-date">{formatDateTime(conv.startedAt)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}

/** Reads the citations/engine an assistant turn stored in its metadata (absent for older turns), and an abstention's closest memories. */
function assistantMeta(turn: Source): { citations: Citation[]; engine?: EngineKind; abstained?: boolean; closest: Citation[] } {
  const md = turn.metadata as { citations?: unknown; engine?: unknown; abstained?: unknown; closest?: unknown };
  const cited = (list: unknown) => (Array.isArray(list) ? (list as Citation[]).filter((x) => x && typeof x.memoryId === "number") : []);
  const engine = md.engine === "llm" || md.engine === "heuristic" ? md.engine : undefined;
  return { citations: cited(md.citations), engine, abstained: md.abstained === true, closest: cited(md.closest) };
}

function Thread({ conversationId, onCreated, onImport }: { conversationId: number | null; onCreated: (id: number) => void; onImport: () => void }) {
  const api = useApi();
  const { changed } = useData();
  const [messages, setMessages] = useState<Message[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [loadingThread, setLoadingThread] = useState(conversationId != null);
  const [draft, setDraft] = useState("");
  const [streaming, setStreaming] = useState(false);
  const abortRef = useRef<AbortController | null>(null);
  const convRef = useRef<number | null>(conversationId);
  const inputRef = useRef<HTMLTextAreaElement>(null);

  // Loaded once per mounted thread: the parent remounts it per conversation but keeps it mounted
  // when a new chat gets its id, so the conversation is the one it was mounted with (convRef's first value).
  useEffect(() => {
    const conversationId = convRef.current;
    if (conversationId == null) return;
    api.getChat({ conversationId }).then(
      (t) => {
        setMessages(
          t.turns.map((turn) => ({
            key: `s${turn.id}`,
            role: turn.role === "user" ? "user" : "assistant",
            text: turn.text,
            at: turn.occurredAt,
            ...(turn.role === "user" ? {} : assistantMeta(turn)),
          })),
        );
        setLoadingThread(false);
      },
      (e: unknown) => {
        setLoadError(e);
        setLoadingThread(false);
      },
    );
  }, [api]);

  useEffect(() => () => abortRef.current?.abort(), []);
  // Opening the chat puts the cursor in the composer.
  useEffect(() => inputRef.current?.focus(), []);

  const update = (key: string, patch: Partial<Message> | ((m: Message) => Partial<Message>)): void =>
    setMessages((all) => all.map((m) => (m.key === key ? { ...m, ...(typeof patch === "function" ? patch(m) : patch) } : m)));

  const send = async (text: string): Promise<void> => {
    const message = text.trim();
    if (!message || streaming) return;
    const now = Date.now();
    const replyKey = `r${now}`;
    setMessages((all) => [
      ...all,
      { key: `u${now}`, role: "user", text: message, at: now },
      { key: replyKey, role: "assistant", text: "", at: now, streaming: true, citations: [], question: message },
    ]);
    setDraft("");
    setStreaming(true);
    const ac = new AbortController();
    abortRef.current = ac;
    try {
      const res = await api.chat(
        { message, ...(convRef.current != null ? { conversationId: convRef.current } : {}) },
        {
          signal: ac.signal,
          onEvent: (ev) => {
            if (ev.type === "token") update(replyKey, (m) => ({ text: m.text + ev.text }));
            else update(replyKey, { citations: ev.citations });
          },
        },
      );
      update(replyKey, { text: res.answer, citations: res.citations, engine: res.engine, abstained: res.abstained, closest: res.closest, streaming: false });
      if (convRef.current == null) {
        convRef.current = res.conversationId;
        onCreated(res.conversationId);
      }
      changed();
    } catch (e) {
      update(replyKey, ac.signal.aborted ? { streaming: false, stopped: true } : { streaming: false, error: errorMessage(e) });
    } finally {
      abortRef.current = null;
      setStreaming(false);
      inputRef.current?.focus();
    }
  };

  /** Sends a failed question again: its message and the failed reply give way to the new try. */
  const retry = (replyIndex: number): void => {
    const question = messages[replyIndex]?.question;
    if (!question) return;
    setMessages((all) => all.filter((_, i) => i !== replyIndex && i !== replyIndex - 1));
    void send(question);
  };

  return (
    <section className="thread" aria-label="Conversation">
      <div className="thread-scroll">
        <div className="thread-inner" aria-live="polite" aria-busy={streaming}>
          {loadError ? (
            <ErrorState title="Could not open this conversation" error={loadError} />
          ) : loadingThread ? (
            <div className="state">
              <Spinner label="Loading conversation" />
            </div>
          ) : messages.length === 0 ? (
            <ChatIntro onPick={(q) => void send(q)} onImport={onImport} />
          ) : (
            messages.map((m, i) => <ChatMessage key={m.key} message={m} onRetry={m.error && m.question && !streaming ? () => retry(i) : undefined} />)
          )}
          <ThreadEnd messages={messages} />
        </div>
      </div>
      <form
        className="composer"
        onSubmit={(e) => {
          e.preventDefault();
          void send(draft);
        }}
      >
        <textarea
          ref={inputRef}
          className="textarea composer-input"
          rows={Math.min(6, Math.max(1, draft.split("\n").length))}
          value={draft}
          placeholder="Ask about anything you have talked about or seen…"
          aria-label="Message"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void send(draft);
            }
          }}
        />
        {streaming ? (
          <button type="button" className="btn" onClick={() => abortRef.current?.abort()}>
            <Icon name="pause" size={15} /> Stop
          </button>
        ) : (
          <button type="submit" className="btn btn-primary" disabled={!draft.trim()} aria-label="Send">
            <Icon name="send" size={15} /> Send
          </button>
        )}
      </form>
    </section>
  );
}

/**
 * The end of the thread, which scrolls itself into view whenever it renders; being memoised, it
 * renders only when `messages` changes: on each new message and each streamed token.
 */
const ThreadEnd = memo(function ThreadEnd(_props: { messages: Message[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "end" });
  });
  return <div ref={ref} />;
});

const SUGGESTIONS = ["What did I talk about last week?", "What are my plans for the summer?", "Who did I meet recently?"];

function ChatIntro({ onPick, onImport }: { onPick: (q: string) => void; onImport: () => void }) {
  return (
    <div className="chat-intro">
      <div className="state-icon">
        <Icon name="sparkles" size={28} />
      </div>
      <h2>Ask your memory</h2>
      <p className="muted">Answers come from what Engram remembers, with the sources they came from.</p>
      <div className="suggestions">
        {SUGGESTIONS.map((s) => (
          <button type="button" key={s} className="suggestion" onClick={() => onPick(s)}>
            {s}
          </button>
        ))}
      </div>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onImport}>
        <Icon name="upload" size={15} /> Import more chats
      </button>
    </div>
  );
}
