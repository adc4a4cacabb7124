import { useState, type FormEvent } from "react";
import type { Memory } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { errorMessage } from "../lib/format.js";
import { focusOnMount } from "./focus-on-mount.js";

/** Inline editor of a memory's title and content; saving writes an EDIT version through `updateMemory`. */
export function MemoryEditForm({ memory, onSaved, onCancel }: { memory: Memory; onSaved: (m: Memory) => void; onCancel: () => void }) {
  const api = useApi();
  const [title, setTitle] = useState(memory.title);
  const [content, setContent] = useState(memory.content);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const unchanged = title === memory.title && content === memory.content;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!title.trim() || !content.trim()) {
      setError("Title and content cannot be empty.");
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const req: { id: number; title?: string; content?: string } = { id: memory.id };
      if (title !== memory.title) req.title = title.trim();
      if (content !== memory.content) req.content = content.trim();
      onSaved(await api.updateMemory(req));
    } catch (err) {
      setError(errorMessage(err));
      setSaving(false);
    }
  };

  return (
    <form
      className="edit-form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.stopPropagation();
        onCancel();
      }}
    >
      <label className="field">
        <span className="field-label">Title</span>
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} ref={focusOnMount} maxLength={500} />
      </label>
      <label className="field">
        <span className="field-label">Content</span>
        <textarea className="textarea" value={content} onChange={(e) => setContent(e.target.value)} rows={6} />
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <p className="field-help">Your edit is kept as a new version; engines never change a memory you edited.</p>
      <div className="toolbar">
        <button type="submit" className="btn btn-primary btn-sm" disabled={saving || unchanged}>
          {saving ? "Saving…" : "Save"}
        </button>
        <button type="button" className="btn btn-sm" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
