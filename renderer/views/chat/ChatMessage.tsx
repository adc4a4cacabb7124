import type { Citation, EngineKind } from "../../../core/api/types.js";
import { hrefFor } from "../../app/router.js";
import { Icon } from "../../components/icons.js";
import { formatTime } from "../../lib/format.js";
import { CitationChip } from "./CitationChip.js";

/** One message of the thread as the UI holds it. */
export interface Message {
  key: string;
  role: "user" | "assistant";
  text: string;
  /** epoch ms */
  at: number;
  citations?: Citation[];
  engine?: EngineKind;
  abstained?: boolean;
  /** with an abstention: the memories search found closest, which do not answer */
  closest?: Citation[];
  streaming?: boolean;
  stopped?: boolean;
  error?: string;
  /** the question an assistant reply answers (sent again by Try again) */
  question?: string;
}

/**
 * A chat message. Assistant messages show the streamed text, which engine answered, an
 * abstention notice when nothing was found (with the closest memories search found, as no
 * answer), and the citations as chips. When no chat model is
 * installed (heuristic engine) the citations are the answer: a "What I remember" list. A failed
 * reply offers Try again (`onRetry`).
 */
export function ChatMessage({ message: m, onRetry }: { message: Message; onRetry?: () => void }) {
  if (m.role === "user") {
    return (
      <div className="msg msg-user">
        <div className="msg-bubble">{m.text}</div>
      </div>
    );
  }
  const citations = m.citations ?? [];
  const heuristic = m.engine === "heuristic";
  return (
    <div className="msg msg-assistant" data-testid="assistant-message">
      <div className="msg-avatar" aria-hidden="true">
        E
      </div>
      <div className="msg-body">
        {m.error ? (
          <div className="banner banner-error" role="alert">
            <Icon name="alert" />
            <div className="banner-main">{m.error}</div>
            {onRetry && (
              <button type="button" className="btn btn-sm" onClick={onRetry}>
                Try again
              </button>
            )}
          </div>
        ) : m.abstained ? (
          <div className="abstain" role="note">
            <Icon name="alert" size={16} />
            <div>
              {/* (with memories close to it shown, the heading does not say nothing was remembered) */}
              <strong>{m.closest?.length ? "Nothing I remember answers that." : "I don’t remember anything about that."}</strong>
              {m.text && !PLAIN_ABSTAIN.test(m.text.trim()) && <p className="muted">{m.text}</p>}
              {m.closest && m.closest.length > 0 && <ClosestList citations={m.closest} />}
            </div>
          </div>
        ) : heuristic && citations.length > 0 ? (
          <RememberList text={m.text} citations={citations} />
        ) : (
          <div className="msg-text">
            {m.text ||
              (m.streaming ? (
                <span className="typing" role="img" aria-label="Thinking">
                  <span />
                  <span />
                  <span />
                </span>
              ) : null)}
            {m.streaming && m.text && <span className="cursor" aria-hidden="true" />}
          </div>
        )}
        {!heuristic && citations.length > 0 && !m.abstained && (
          <fieldset className="citations" aria-label="Sources">
            {citations.map((c, i) => (
              <CitationChip key={c.memoryId} citation={c} index={i + 1} />
            ))}
          </fieldset>
        )}
        <div className="msg-foot">
          {m.stopped && <span className="muted">Stopped.</span>}
          {m.engine && <EngineBadge engine={m.engine} />}
          {!m.streaming && <time className="muted">{formatTime(m.at)}</time>}
        </div>
      </div>
    </div>
  );
}

/** The engine's plain abstention, which says what the notice's heading says (a model's may say more). */
const PLAIN_ABSTAIN = /^i don['’]t have a memory of that\.?$/i;

/** The answer's plain lead, which says what the list's heading says. */
const PLAIN_LEAD = /^here is what i remember:?$/i;

/**
 * "What I remember": the memories that match, under the answer's first line when it says more than
 * the heading ("I remember nothing of that from 2025. Here is what I remember from other times:").
 */
function RememberList({ text, citations }: { text: string; citations: Citation[] }) {
  const lead = text.split("\n")[0]!.trim();
  return (
    <div className="remember">
      <h3 className="remember-title">What I remember</h3>
      {lead && !PLAIN_LEAD.test(lead) && <p className="muted remember-text">{lead}</p>}
      <MemoryList citations={citations} />
    </div>
  );
}

/** Memories as numbered chips, each in a few lines of its own words. */
function MemoryList({ citations }: { citations: Citation[] }) {
  return (
    <ol className="remember-list">
      {citations.map((c, i) => (
        <li key={c.memoryId}>
          <CitationChip citation={c} index={i + 1} long />
        </li>
      ))}
    </ol>
  );
}

/** The memories search found closest to a question Engram could not answer: for the user to judge, plainly no answer. */
function ClosestList({ citations }: { citations: Citation[] }) {
  return (
    <div className="closest">
      <p className="closest-title">The closest memories I found, though none of them answers it:</p>
      <MemoryList citations={citations} />
    </div>
  );
}

function EngineBadge({ engine }: { engine: EngineKind }) {
  return engine === "llm" ? (
    <span className="badge" title="Answered by the local chat model">
      <Icon name="models" size={12} /> Local model
    </span>
  ) : (
    <span className="badge" title="No chat model is installed: Engram shows the memories that match">
      <Icon name="search" size={12} /> Memory search · <a href={hrefFor("models")}>get a model</a>
    </span>
  );
}
