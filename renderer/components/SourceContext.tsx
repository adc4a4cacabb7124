import type { ReactNode } from "react";
import type { Source, SourceDetail } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useAsync } from "../app/use-async.js";
import { formatDateTime, formatTime, isoAttr } from "../lib/format.js";
import { isNote, NoteEditor } from "./NoteEditor.js";
import { ErrorState, Spinner } from "./states.js";

/**
 * A source in its context: a chat turn with its neighbouring turns (the cited one highlighted), or a
 * screenshot with its image and OCR text; a note of the user's can be edited there. Loads
 * `getSource({ id, context })`.
 */
export function SourceContext({ id, context = 3, render }: { id: number; context?: number; render?: (d: SourceDetail) => ReactNode }) {
  const api = useApi();
  const { data, error, loading, reload } = useAsync(() => api.getSource({ id, context }), [api, id, context]);
  if (error) return <ErrorState title="Could not load the source" error={error} onRetry={reload} />;
  if (!data)
    return loading ? (
      <div className="inline-loading">
        <Spinner label="Loading source" /> Loading source…
      </div>
    ) : null;
  return (
    <div className="source-context" data-testid="source-context">
      {data.source.kind === "screenshot" ? <Screenshot source={data.source} /> : <Turns detail={data} />}
      {isNote(data.source) && <NoteEditor key={data.source.text} source={data.source} onSaved={reload} />}
      {render?.(data)}
    </div>
  );
}

function Turns({ detail }: { detail: SourceDetail }) {
  const conv = detail.conversation;
  const turns = detail.turns.length > 0 ? detail.turns : [detail.source];
  return (
    <div className="turns">
      {conv && (
        <div className="turns-head">
          <span className="turns-title">{conv.title ?? conv.externalId}</span>
          {conv.participants.length > 0 && <span className="muted"> · {conv.participants.join(", ")}</span>}
        </div>
      )}
      <ol className="turn-list">
        {turns.map((t) => (
          <Turn key={t.id} turn={t} current={t.id === detail.source.id} />
        ))}
      </ol>
    </div>
  );
}

function Turn({ turn, current }: { turn: Source; current: boolean }) {
  return (
    <li className={current ? "turn turn-current" : "turn"} aria-current={current ? "true" : undefined}>
      <div className="turn-meta">
        <span className="turn-speaker">{turn.speaker ?? turn.role ?? "Unknown"}</span>
        <time dateTime={isoAttr(turn.occurredAt)} title={formatDateTime(turn.occurredAt)}>
          {formatTime(turn.occurredAt)}
        </time>
        {turn.externalId && <span className="mono muted">{turn.externalId}</span>}
      </div>
      <p className="turn-text">{turn.text}</p>
    </li>
  );
}

function Screenshot({ source }: { source: Source }) {
  return (
    <figure className="screenshot">
      {source.imageUrl ? (
        <img src={source.imageUrl} alt={`Screenshot of ${source.windowTitle ?? source.app ?? "the screen"}`} />
      ) : (
        <div className="screenshot-missing">Image not kept (only its text)</div>
      )}
      <figcaption>
        <div className="screenshot-meta">
          <strong>{source.app ?? "Unknown app"}</strong>
          {source.windowTitle && <span> · {source.windowTitle}</span>}
          <span className="muted"> · {formatDateTime(source.occurredAt)}</span>
        </div>
        {source.url && <div className="mono muted screenshot-url">{source.url}</div>}
        <details open>
          <summary>Text on screen</summary>
          <p className="ocr-text">{source.text || "No text recognised."}</p>
        </details>
      </figcaption>
    </figure>
  );
}
