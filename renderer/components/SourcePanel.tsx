import { formatDateTime } from "../lib/format.js";
import { SOURCE_KIND_LABELS, TypeChip } from "./chips.js";
import { SourceContext } from "./SourceContext.js";

/** The inspector's source view: the source in its context (8 turns around it) and the memories made from it. */
export function SourcePanel({ id, onOpenMemory }: { id: number; onOpenMemory: (id: number) => void }) {
  return (
    <SourceContext
      id={id}
      context={8}
      render={(d) => (
        <>
          <section className="panel-section">
            <h3 className="section-title">About this source</h3>
            <dl className="facts">
              <dt>Kind</dt>
              <dd>{SOURCE_KIND_LABELS[d.source.kind]}</dd>
              <dt>When</dt>
              <dd>{formatDateTime(d.source.occurredAt)}</dd>
              {d.source.speaker && (
                <>
                  <dt>Speaker</dt>
                  <dd>{d.source.speaker}</dd>
                </>
              )}
              {d.source.externalId && (
                <>
                  <dt>External id</dt>
                  <dd className="mono">{d.source.externalId}</dd>
                </>
              )}
              <dt>Trust</dt>
              <dd>{d.source.trust}</dd>
            </dl>
          </section>
          <section className="panel-section">
            <h3 className="section-title">Memories from this source</h3>
            {d.memories.length === 0 ? (
              <p className="muted">No memory was made from it yet.</p>
            ) : (
              <ul className="link-list">
                {d.memories.map((m) => (
                  <li key={m.id}>
                    <button type="button" className="link-row" onClick={() => onOpenMemory(m.id)}>
                      <TypeChip type={m.type} />
                      <span className="link-row-title">{m.title}</span>
                      {m.validTo != null && <span className="muted link-row-meta">no longer valid</span>}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    />
  );
}
