import { useState, type FormEvent } from "react";
import type { Source } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useToasts } from "../app/toasts.js";
import { useSubmit } from "../app/use-submit.js";
import { countOf } from "../lib/format.js";
import { focusOnMount } from "./focus-on-mount.js";
import { Icon } from "./icons.js";

/** True for a source the user may rewrite: their own note (typed in the app, or an imported note file). */
export function isNote(s: Pick<Source, "kind" | "trust">): boolean {
  return (s.kind === "manual" || s.kind === "file") && s.trust === "user";
}

/**
 * "Edit note" for one of the user's notes: the text in a textarea; saving calls `editNote`, which
 * replaces the text and makes the note into memories again (the old ones become no longer valid).
 */
export function NoteEditor({ source, onSaved }: { source: Source; onSaved: () => void }) {
  const api = useApi();
  const { changed } = useData();
  const toasts = useToasts();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(source.text);
  const { busy: saving, error, run } = useSubmit();

  if (!editing) {
    return (
      <div className="toolbar note-actions">
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => {
            setText(source.text);
            setEditing(true);
          }}
        >
          <Icon name="edit" size={14} /> Edit note
        </button>
        {typeof source.metadata.editedAt === "number" && <span className="muted">Edited by you</span>}
      </div>
    );
  }

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void run(async () => {
      const r = await api.editNote({ sourceId: source.id, text: text.trim() });
      const old = r.invalidated ? `; ${countOf(r.invalidated, "old memory", "old memories")} no longer valid` : "";
      toasts.show({ message: `Note saved: ${countOf(r.memories.length, "memory", "memories")} from it now${old}`, tone: "success" });
      setEditing(false);
      changed();
      onSaved();
    });
  };
  return (
    <form
      className="edit-form note-edit"
      onSubmit={submit}
      aria-label="Edit note"
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.stopPropagation();
        setEditing(false);
      }}
    >
      <label className="field">
        <span className="field-label">Note</span>
        <textarea className="textarea" rows={6} value={text} onChange={(e) => setText(e.target.value)} ref={focusOnMount} aria-label="Note text" />
      </label>
      <p className="field-help">Saving makes the note into memories again; the memories made from the old text stay in their history, no longer valid.</p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="toolbar">
        <button type="submit" className="btn btn-primary btn-sm" disabled={saving || !text.trim() || text.trim() === source.text}>
          {saving ? "Saving…" : "Save note"}
        </button>
        <button type="button" className="btn btn-sm" onClick={() => setEditing(false)} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
