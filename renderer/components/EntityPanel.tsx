import { useState } from "react";
import type { EntityDetail, Memory } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { navigate } from "../app/router.js";
import { useAsync } from "../app/use-async.js";
import { countOf, formatDate } from "../lib/format.js";
import { TypeChip } from "./chips.js";
import { EntityEdits } from "./EntityEdits.js";
import { Icon } from "./icons.js";
import { ErrorState, LoadingState } from "./states.js";

/** Memories read for one entity page (facts, then episodes). */
const LIMIT = 300;
/** Items of a section shown before "Show all". */
const SHOWN = 8;

const when = (m: Memory): number | null => m.occurredAt ?? m.validFrom;

/**
 * A person's (or place's, or thing's) page: who or what it is, its other names, what Engram knows
 * about it (current facts, and those no longer true with the date they stopped), its episodes on
 * a small timeline, and who or what it is often mentioned with. Each memory or entity opens in the inspector.
 */
export function EntityPanel({ id, onOpenMemory, onOpenEntity }: { id: number; onOpenMemory: (id: number) => void; onOpenEntity: (id: number) => void }) {
  const api = useApi();
  const { version } = useData();
  const { data, error, reload } = useAsync(() => api.getEntity({ id, limit: LIMIT, includeInvalid: true }), [api, id, version]);
  if (error) return <ErrorState title="Could not open this entity" error={error} onRetry={reload} />;
  if (!data) return <LoadingState label="Loading…" />;
  return <EntityView data={data} onOpenMemory={onOpenMemory} onOpenEntity={onOpenEntity} />;
}

function EntityView({ data, onOpenMemory, onOpenEntity }: { data: EntityDetail; onOpenMemory: (id: number) => void; onOpenEntity: (id: number) => void }) {
  const { entity: e, memories } = data;
  const facts = memories.filter((m) => m.type !== "episodic");
  const current = facts.filter((m) => m.validTo == null);
  const past = facts.filter((m) => m.validTo != null);
  const episodes = memories.filter((m) => m.type === "episodic").sort((a, b) => (when(a) ?? 0) - (when(b) ?? 0));
  return (
    <article className="memory-panel entity-panel" aria-label={`About ${e.name}`} data-entity-id={e.id}>
      <header className="memory-panel-head">
        <div className="chip-row">
          <TypeChip type={e.kind} />
        </div>
        <h2 className="memory-title">{e.name}</h2>
        {e.aliases.length > 0 && <p className="muted">Also called {e.aliases.join(", ")}</p>}
        <p className="muted">
          Mentioned in {countOf(data.total, "memory", "memories")}
          {data.total > memories.length ? ` (the ${memories.length} most important shown)` : ""}.
        </p>
      </header>
      {episodes.length > 1 && <EpisodeStrip episodes={episodes} onOpen={onOpenMemory} />}
      <section className="panel-section">
        <h3 className="section-title">What Engram knows</h3>
        {current.length === 0 ? <p className="muted">No facts yet.</p> : <MemoryLinks items={current} onOpen={onOpenMemory} />}
      </section>
      {past.length > 0 && (
        <section className="panel-section">
          <h3 className="section-title">No longer true</h3>
          <MemoryLinks items={past} onOpen={onOpenMemory} past />
        </section>
      )}
      {episodes.length > 0 && (
        <section className="panel-section">
          <h3 className="section-title">Episodes</h3>
          <MemoryLinks items={episodes} onOpen={onOpenMemory} />
        </section>
      )}
      {data.linked && data.linked.length > 0 && (
        <section className="panel-section">
          <h3 className="section-title">Often mentioned with</h3>
          <div className="chip-row">
            {data.linked.map((o) => (
              <button
                key={o.id}
                type="button"
                className="entity-chip"
                title={`${o.kind} · ${countOf(o.shared, "memory", "memories")} together`}
                onClick={() => onOpenEntity(o.id)}
              >
                {o.name}
              </button>
            ))}
          </div>
        </section>
      )}
      <section className="panel-section">
        <h3 className="section-title">Who is who</h3>
        <EntityEdits data={data} onOpenEntity={onOpenEntity} />
      </section>
      <button type="button" className="btn btn-sm" onClick={() => navigate("memories", { q: e.name })}>
        <Icon name="search" size={14} /> Search memories for {e.name}
      </button>
    </article>
  );
}

function MemoryLinks({ items, onOpen, past = false }: { items: Memory[]; onOpen: (id: number) => void; past?: boolean }) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      <ul className="link-list entity-facts" aria-label={past ? "Facts no longer true" : undefined}>
        {shown.map((m) => (
          <li key={m.id}>
            <button type="button" className={past ? "link-row entity-fact past" : "link-row entity-fact"} onClick={() => onOpen(m.id)}>
              <span className="entity-fact-text">{m.type === "episodic" ? m.title : m.content}</span>
              <span className="muted entity-fact-date">{past ? `until ${formatDate(m.validTo)}` : formatDate(when(m))}</span>
            </button>
          </li>
        ))}
      </ul>
      {items.length > shown.length && (
        <button type="button" className="btn btn-ghost btn-sm show-all" onClick={() => setAll(true)}>
          Show all {items.length}
        </button>
      )}
    </>
  );
}

/** The episodes as dots on one line from the first to the last, each opening its memory. */
function EpisodeStrip({ episodes, onOpen }: { episodes: Memory[]; onOpen: (id: number) => void }) {
  const times = episodes.map(when).filter((t): t is number => t != null);
  if (times.length < 2) return null;
  const first = Math.min(...times);
  const span = Math.max(...times) - first || 1;
  return (
    <fieldset className="episode-strip" aria-label="Episodes over time">
      <div className="episode-axis" aria-hidden="true" />
      {episodes.map((m) => {
        const t = when(m);
        if (t == null) return null;
        return (
          <button
            key={m.id}
            type="button"
            className="episode-dot"
            style={{ left: `${((t - first) / span) * 100}%` }}
            title={`${formatDate(t)}: ${m.title}`}
            aria-label={`${formatDate(t)}: ${m.title}`}
            onClick={() => onOpen(m.id)}
          />
        );
      })}
      <span className="episode-end muted">{formatDate(first)}</span>
      <span className="episode-end end muted">{formatDate(first + span)}</span>
    </fieldset>
  );
}
