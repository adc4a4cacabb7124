import { useState } from "react";
import type { SourceRef } from "../../core/api/types.js";
import { formatDateTime } from "../lib/format.js";
import { SOURCE_KIND_LABELS } from "./chips.js";
import { Icon } from "./icons.js";
import { SourceContext } from "./SourceContext.js";

/**
 * A memory's sources: kind, speaker, conversation, external id, time, app. Each can show its context
 * inline (the chat turn among its neighbours, or the screenshot); `focusSourceId` starts expanded.
 */
export function ProvenanceList({ sources, focusSourceId, onOpenSource }: { sources: SourceRef[]; focusSourceId?: number; onOpenSource: (id: number) => void }) {
  if (sources.length === 0) return <p className="muted">No recorded source (typed in or made by the engine).</p>;
  return (
    <ul className="provenance">
      {sources.map((s) => (
        <ProvenanceItem key={s.sourceId} source={s} initiallyOpen={s.sourceId === focusSourceId} onOpenSource={onOpenSource} />
      ))}
    </ul>
  );
}

function ProvenanceItem({ source: s, initiallyOpen, onOpenSource }: { source: SourceRef; initiallyOpen: boolean; onOpenSource: (id: number) => void }) {
  const [open, setOpen] = useState(initiallyOpen);
  const where = s.kind === "screenshot" ? [s.app, s.windowTitle].filter(Boolean).join(" · ") : s.conversation;
  return (
    <li className="provenance-item">
      <div className="provenance-row">
        <Icon name={s.kind === "screenshot" ? "image" : "chat"} size={16} className="muted" />
        <div className="provenance-main">
          <div>
            <strong>{s.speaker ?? SOURCE_KIND_LABELS[s.kind]}</strong>
            {where && <span className="muted"> in {where}</span>}
          </div>
          <div className="provenance-meta muted">
            {formatDateTime(s.occurredAt)}
            {s.externalId && (
              <>
                {" "}
                · <span className="mono">{s.externalId}</span>
              </>
            )}
          </div>
        </div>
        <button type="button" className="btn btn-ghost btn-sm" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? "Hide" : "Show"} context
        </button>
        <button type="button" className="icon-btn" aria-label="Open source" title="Open source" onClick={() => onOpenSource(s.sourceId)}>
          <Icon name="chevron-right" size={16} />
        </button>
      </div>
      {open && <SourceContext id={s.sourceId} context={2} />}
    </li>
  );
}
