import { useState } from "react";
import type { EntityDetail, Memory } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useToasts } from "../app/toasts.js";
import { countOf, errorMessage } from "../lib/format.js";

/**
 * Fixing who is who on an entity page: merge another entity into this one (two names for one
 * person), or split chosen memories off to an entity of their own (two people with one name).
 */
export function EntityEdits({ data, onOpenEntity }: { data: EntityDetail; onOpenEntity: (id: number) => void }) {
  const api = useApi();
  const { changed } = useData();
  const toasts = useToasts();
  const [mode, setMode] = useState<"none" | "merge" | "split">("none");
  const [name, setName] = useState("");
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const e = data.entity;
  /** entities of the same kind often mentioned with this one: likely candidates for a merge */
  const sameKind = (data.linked ?? []).filter((o) => o.kind === e.kind && o.id !== e.id);
  const act = async (work: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setMode("none");
      setName("");
      setPicked(new Set());
      changed();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const merge = () =>
    act(async () => {
      const other = await api.getEntity({ name: name.trim(), limit: 1 });
      if (other.entity.id === e.id) throw new Error(`“${name.trim()}” is already ${e.name}.`);
      if (other.entity.kind !== e.kind)
        throw new Error(
          `${other.entity.name} is a${/^[aeiou]/.test(other.entity.kind) ? "n" : ""} ${other.entity.kind}, not a${/^[aeiou]/.test(e.kind) ? "n" : ""} ${e.kind}: only the same kind can be merged.`,
        );
      await api.mergeEntities({ into: e.id, from: other.entity.id });
      toasts.show({ message: `${other.entity.name} is now part of ${e.name}`, tone: "success" });
    });
  const split = () =>
    act(async () => {
      const r = await api.splitEntity({ id: e.id, memoryIds: [...picked], ...(name.trim() ? { name: name.trim() } : {}) });
      toasts.show({ message: `Moved ${countOf(picked.size, "memory", "memories")} to ${r.entity.name} (#${r.entity.id})`, tone: "success" });
      onOpenEntity(r.entity.id);
    });
  const toggle = (id: number) => setPicked((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));

  if (mode === "none") {
    return (
      <div className="chip-row">
        <button type="button" className="btn btn-sm" onClick={() => setMode("merge")}>
          Merge another into {e.name}…
        </button>
        <button type="button" className="btn btn-sm" onClick={() => setMode("split")}>
          Split off memories…
        </button>
      </div>
    );
  }
  return (
    <form
      className="entity-edit card-body"
      onSubmit={(ev) => {
        ev.preventDefault();
        void (mode === "merge" ? merge() : split());
      }}
      aria-label={mode === "merge" ? "Merge" : "Split"}
    >
      {mode === "merge" ? (
        <label className="field">
          <span className="field-label">The same {e.kind} under another name</span>
          <input className="input" value={name} onChange={(ev) => setName(ev.target.value)} placeholder="e.g. Mel" aria-label="Other name" data-autofocus />
        </label>
      ) : null}
      {mode === "merge" && sameKind.length > 0 && (
        <fieldset className="chip-row" aria-label="Often mentioned with">
          {sameKind.map((o) => (
            <button key={o.id} type="button" className="entity-chip" aria-pressed={name === o.name} onClick={() => setName(o.name)}>
              {o.name}
            </button>
          ))}
        </fieldset>
      )}
      {mode === "split" && (
        <>
          <p className="muted">Pick the memories that are about someone or something else:</p>
          <ul className="link-list entity-pick">
            {data.memories.map((m: Memory) => (
              <li key={m.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={picked.has(m.id)} onChange={() => toggle(m.id)} /> {m.type === "episodic" ? m.title : m.content}
                </label>
              </li>
            ))}
          </ul>
          <label className="field">
            <span className="field-label">Name of the other one (optional)</span>
            <input className="input" value={name} onChange={(ev) => setName(ev.target.value)} placeholder={e.name} aria-label="Name of the other one" />
          </label>
        </>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => {
            setMode("none");
            setError(null);
          }}
        >
          Cancel
        </button>
        <button type="submit" className="btn btn-sm btn-primary" disabled={busy || (mode === "merge" ? !name.trim() : picked.size === 0)}>
          {mode === "merge" ? "Merge" : `Split off ${countOf(picked.size, "memory", "memories")}`}
        </button>
      </div>
    </form>
  );
}
