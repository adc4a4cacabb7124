import { useState, type ReactNode } from "react";
import type { MemoryDetail } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useToasts } from "../app/toasts.js";
import { useAsync } from "../app/use-async.js";
import { useDeleteMemory } from "../app/use-delete-memory.js";
import { errorMessage, formatDate, formatDateTime, formatTime, startOfDay } from "../lib/format.js";
import { contentKeys } from "../lib/keys.js";
import { TypeChip } from "./chips.js";
import { Icon } from "./icons.js";
import { MemoryEditForm } from "./MemoryEditForm.js";
import { ProvenanceList } from "./ProvenanceList.js";
import { ErrorState, LoadingState } from "./states.js";
import { VaultSecret } from "./VaultSecret.js";
import { VersionHistory } from "./VersionHistory.js";

/** Callbacks of the memory panel: where links to other memories and sources go. */
export interface MemoryPanelProps {
  id: number;
  /** source whose context is shown expanded (a citation's source) */
  focusSourceId?: number;
  onOpenMemory: (id: number) => void;
  onOpenSource: (id: number) => void;
  /** opens an entity's page (a mention chip); without it the chips are plain labels */
  onOpenEntity?: (id: number) => void;
  /** called after the memory was deleted */
  onDeleted?: () => void;
}

/**
 * Everything about one memory: content, dates, provenance (with the sources' context), entities,
 * related memories, what superseded it, its version history; edit, pin and delete (with Undo).
 */
export function MemoryPanel({ id, focusSourceId, onOpenMemory, onOpenSource, onOpenEntity, onDeleted }: MemoryPanelProps) {
  const api = useApi();
  const { version, changed } = useData();
  const toasts = useToasts();
  const deleteMemory = useDeleteMemory();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [withSources, setWithSources] = useState(false);
  const { data, error, loading, reload } = useAsync(() => api.getMemory({ id }), [api, id, version]);

  if (error) return <ErrorState title="Could not open this memory" error={error} onRetry={reload} />;
  if (!data || (loading && data.memory.id !== id)) return <LoadingState label="Loading memory…" />;
  const m = data.memory;

  const togglePin = async (): Promise<void> => {
    setBusy(true);
    try {
      await api.pinMemory({ id: m.id, pinned: !m.pinned });
      changed();
    } catch (e) {
      toasts.show({ message: `Could not ${m.pinned ? "unpin" : "pin"}: ${errorMessage(e)}`, tone: "error" });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (): Promise<void> => {
    setBusy(true);
    const sure =
      !withSources ||
      window.confirm(
        `Delete “${m.title}”, the ${data.sources.length} source${data.sources.length === 1 ? "" : "s"} it was made from and every memory made only from them? This cannot be undone.`,
      );
    if (!sure) return setBusy(false);
    const ok = await deleteMemory(m.id, m.title, withSources);
    setBusy(false);
    if (ok) onDeleted?.();
  };

  return (
    <article className="memory-panel" aria-label={`Memory: ${m.title}`} data-memory-id={m.id}>
      <header className="memory-panel-head">
        <div className="chip-row">
          <TypeChip type={m.type} />
          {m.pinned && (
            <span className="badge badge-accent">
              <Icon name="pin" size={12} /> Pinned
            </span>
          )}
          {m.userEdited && <span className="badge">Edited by you</span>}
          {m.validTo != null && <span className="badge badge-warning">No longer valid</span>}
        </div>
        {editing ? (
          <MemoryEditForm
            memory={m}
            onCancel={() => setEditing(false)}
            onSaved={() => {
              setEditing(false);
              // bumps the data version, which this panel's load depends on: the memory loads again
              changed();
            }}
          />
        ) : (
          <>
            <h3 className="memory-title">{m.title}</h3>
            <p className="memory-content">{m.content}</p>
          </>
        )}
        {!editing && (
          <div className="toolbar" role="toolbar" aria-label="Memory actions">
            <button type="button" className="btn btn-sm" onClick={() => setEditing(true)} disabled={busy}>
              <Icon name="edit" size={15} /> Edit
            </button>
            <button type="button" className="btn btn-sm" onClick={togglePin} disabled={busy} aria-pressed={m.pinned}>
              <Icon name="pin" size={15} /> {m.pinned ? "Unpin" : "Pin"}
            </button>
            <button type="button" className="btn btn-sm btn-danger-text" onClick={remove} disabled={busy}>
              <Icon name="trash" size={15} /> Delete
            </button>
            <label className="checkbox">
              <input type="checkbox" checked={withSources} onChange={(e) => setWithSources(e.target.checked)} disabled={busy} /> Forget its sources too
            </label>
          </div>
        )}
      </header>

      <Supersession detail={data} onOpenMemory={onOpenMemory} />

      <HiddenSecrets details={m.details} />

      {m.type === "vault" && typeof m.details.secretRef === "number" && <VaultSecret key={m.id} memoryId={m.id} />}

      <section className="panel-section">
        <h3 className="section-title">When</h3>
        <dl className="facts">
          <dt>Happened</dt>
          <dd>{formatDateTime(m.occurredAt)}</dd>
          <dt>Valid from</dt>
          <dd>{formatDate(m.validFrom)}</dd>
          <dt>Valid to</dt>
          <dd>{m.validTo == null ? "Still valid" : formatDate(m.validTo)}</dd>
          <dt>Recorded</dt>
          <dd>{formatDateTime(m.recordedAt)}</dd>
          <dt>Written by</dt>
          <dd>{m.engine}</dd>
          <dt>Confidence</dt>
          <dd>{Math.round(m.confidence * 100)}%</dd>
        </dl>
      </section>

      <TypeDetails details={m.details} />

      <section className="panel-section">
        <h3 className="section-title">Where it comes from</h3>
        <ProvenanceList sources={data.sources} focusSourceId={focusSourceId} onOpenSource={onOpenSource} />
      </section>

      {data.entities.length > 0 && (
        <section className="panel-section">
          <h3 className="section-title">Mentions</h3>
          <div className="chip-row">
            {data.entities.map((e) =>
              onOpenEntity ? (
                <button key={e.id} type="button" className="entity-chip" title={`About ${e.name} (${e.kind})`} onClick={() => onOpenEntity(e.id)}>
                  {e.name}
                </button>
              ) : (
                <span key={e.id} className="entity-chip" title={e.kind}>
                  {e.name}
                </span>
              ),
            )}
          </div>
        </section>
      )}

      {data.related.length > 0 && (
        <section className="panel-section">
          <h3 className="section-title">Related memories</h3>
          <ul className="link-list">
            {data.related.map((r) => (
              <li key={`${r.id}-${r.relation}`}>
                <button type="button" className="link-row" onClick={() => onOpenMemory(r.id)}>
                  <TypeChip type={r.type} />
                  <span className="link-row-title">{r.title}</span>
                  <span className="muted link-row-meta">{r.relation.replace(/_/g, " ")}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="panel-section">
        <h3 className="section-title">History</h3>
        <VersionHistory versions={data.versions} />
      </section>
    </article>
  );
}

function Supersession({ detail, onOpenMemory }: { detail: MemoryDetail; onOpenMemory: (id: number) => void }) {
  const { supersededBy, supersedes } = detail;
  if (!supersededBy && supersedes.length === 0) return null;
  return (
    <section className="panel-section">
      {supersededBy && (
        <div className="banner banner-warning">
          <Icon name="history" />
          <div>
            Replaced on {formatDate(detail.memory.invalidatedAt ?? detail.memory.validTo)} by{" "}
            <button type="button" className="inline-link" onClick={() => onOpenMemory(supersededBy.id)}>
              {supersededBy.title}
            </button>
          </div>
        </div>
      )}
      {supersedes.length > 0 && (
        <div className="banner banner-info">
          <Icon name="history" />
          <div>
            Replaces{" "}
            {supersedes.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ", "}
                <button type="button" className="inline-link" onClick={() => onOpenMemory(s.id)}>
                  {s.title}
                </button>
              </span>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}

/** Per-type details (episodic participants, procedural steps, semantic triple, …) as a fact list. */
function TypeDetails({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details).filter(([k, v]) => !HIDDEN_DETAILS.has(k) && v != null && v !== "" && !(Array.isArray(v) && v.length === 0));
  if (entries.length === 0) return null;
  return (
    <section className="panel-section">
      <h3 className="section-title">Details</h3>
      <dl className="facts">
        {entries.map(([k, v]) => (
          <DetailEntry key={k} name={k} value={v} />
        ))}
      </dl>
    </section>
  );
}

/**
 * Details that are the engine's or the vault's bookkeeping, not something to read: a vault memory's
 * secretRef (its Secret section stands for it), an episode's source window and summary's sources, the
 * kinds of credentials hidden (a banner says it), a lone message's mark, the circle of people a fact was
 * kept within (core/memory/entities.ts).
 */
const HIDDEN_DETAILS = new Set(["secretRef", "window", "summary_sources", "hidden", "lone", "circle"]);

/**
 * Says that the memory hides secrets its messages held (`details.hidden`, e.g. ["password", "code"];
 * core/memory/secrets.ts): the values are only in the source messages, under "Where it comes from".
 */
function HiddenSecrets({ details }: { details: Record<string, unknown> }) {
  const kinds = Array.isArray(details.hidden) ? details.hidden.filter((k): k is string => typeof k === "string") : [];
  if (kinds.length === 0) return null;
  const what =
    kinds.length === 1
      ? `a ${kinds[0]}`
      : `${kinds
          .slice(0, -1)
          .map((k) => `a ${k}`)
          .join(", ")} and a ${kinds.at(-1)}`;
  return (
    <section className="panel-section">
      <div className="banner banner-info" role="note" data-testid="hidden-secrets">
        <Icon name="privacy" />
        <div>
          This memory hides {what.replace(/\ba ([aeiouAEIOU])/g, "an $1")} its message said. The value is kept only in the message itself, under “Where it comes
          from”; it is not shown to agents or in answers.
        </div>
      </div>
    </section>
  );
}

/** Epoch ms between 2000 and 2100 read as a date and time. */
const looksLikeTime = (v: number): boolean => Number.isInteger(v) && v > 946_684_800_000 && v < 4_102_444_800_000;

/** "Jan 12, 2024, 01:41 PM – 02:05 PM" (the end's date only when it is another day); one time when both are the same minute. */
function timeRange(start: number, end: number): string {
  const from = formatDateTime(start);
  if (formatDateTime(end) === from) return from;
  return `${from} – ${startOfDay(start) === startOfDay(end) ? formatTime(end) : formatDateTime(end)}`;
}

/** A details value as text: booleans as Yes/No, objects by their `label` (or `key: value` pairs), lists joined. */
function detailText(value: unknown): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number" && looksLikeTime(value)) return formatDateTime(value);
  if (Array.isArray(value)) return value.map(detailText).join("; ");
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.label === "string") return o.label;
    if (typeof o.start === "number" && typeof o.end === "number" && looksLikeTime(o.start) && looksLikeTime(o.end)) return timeRange(o.start, o.end);
    if (typeof o.name === "string") return o.name;
    return Object.entries(o)
      .filter(([, v]) => v != null && v !== "")
      .map(([k, v]) => `${k}: ${detailText(v)}`)
      .join(", ");
  }
  return String(value);
}

/** Detail names said the way the app speaks to its user (the engine's `about_user` is about you). */
const DETAIL_LABELS: Record<string, string> = { about_user: "About you" };

function DetailEntry({ name, value }: { name: string; value: unknown }) {
  const label = DETAIL_LABELS[name] ?? name.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ");
  const shown: ReactNode =
    Array.isArray(value) && name === "steps" ? (
      <ol className="steps">
        {contentKeys(
          value.map((s) => detailText(s)),
          (text) => text,
        ).map(({ key, item: text }) => (
          <li key={key}>{text}</li>
        ))}
      </ol>
    ) : (
      detailText(value)
    );
  return (
    <>
      <dt>{label.charAt(0).toUpperCase() + label.slice(1)}</dt>
      <dd>{shown}</dd>
    </>
  );
}
