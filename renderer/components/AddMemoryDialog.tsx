import { useState } from "react";
import type { MemoryType } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useToasts } from "../app/toasts.js";
import { useSubmit } from "../app/use-submit.js";
import { fromDateInput } from "../lib/format.js";
import { MEMORY_TYPES, TYPE_INFO } from "./chips.js";
import { Dialog } from "./Dialog.js";
import { VaultItemForm } from "./VaultItemForm.js";

/**
 * Add a memory by hand, of any type: it is yours from the start (engines never change it) and
 * search finds it at once. A vault item is a secret: its value is encrypted in the vault (with the
 * vault's passphrase or the app's key) and only its name is a memory. Opens with the tab's type.
 */
export function AddMemoryDialog({ initialType, onClose, onAdded }: { initialType: MemoryType | null; onClose: () => void; onAdded: (id: number) => void }) {
  const [type, setType] = useState<MemoryType>(initialType ?? "semantic");
  return (
    <Dialog title={type === "vault" ? "Add a secret to the vault" : "Add a memory"} onClose={onClose}>
      <div className="note-form">
        <label className="field">
          <span className="field-label">Type</span>
          <select className="select" value={type} onChange={(e) => setType(e.target.value as MemoryType)} aria-label="Type">
            {MEMORY_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_INFO[t].label}: {TYPE_INFO[t].help.toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        {type === "vault" ? <VaultItemForm onClose={onClose} onAdded={onAdded} /> : <PlainMemoryForm type={type} onClose={onClose} onAdded={onAdded} />}
      </div>
    </Dialog>
  );
}

function PlainMemoryForm({ type, onClose, onAdded }: { type: Exclude<MemoryType, "vault">; onClose: () => void; onAdded: (id: number) => void }) {
  const api = useApi();
  const { changed } = useData();
  const toasts = useToasts();
  const [title, setTitle] = useState("");
  const [content, setContent] = useState("");
  const [date, setDate] = useState("");
  const [pinned, setPinned] = useState(false);
  const { busy: saving, error, run } = useSubmit();
  const save = () =>
    run(async () => {
      const at = fromDateInput(date);
      const m = await api.createMemory({
        type,
        content: content.trim(),
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(at != null ? { occurredAt: at } : {}),
        pinned,
      });
      toasts.show({ message: `Added a ${TYPE_INFO[m.type].label.toLowerCase()} memory`, tone: "success" });
      changed();
      onAdded(m.id);
      onClose();
    });
  return (
    <form
      className="note-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="field">
        <span className="field-label">Title (optional)</span>
        <input className="input" value={title} onChange={(e) => setTitle(e.target.value)} aria-label="Title" />
      </label>
      <label className="field">
        <span className="field-label">What to remember</span>
        <textarea className="textarea" rows={5} value={content} onChange={(e) => setContent(e.target.value)} aria-label="What to remember" data-autofocus />
      </label>
      <div className="form-row">
        <label className="field">
          <span className="field-label">When it happened (optional)</span>
          <input className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-label="When it happened" />
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} /> Pin it
        </label>
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={!content.trim() || saving}>
          {saving ? "Adding…" : "Add memory"}
        </button>
      </div>
    </form>
  );
}
