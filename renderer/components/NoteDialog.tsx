import { useState } from "react";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useToasts } from "../app/toasts.js";
import { useSubmit } from "../app/use-submit.js";
import { countOf, fromDateInput } from "../lib/format.js";
import { Dialog } from "./Dialog.js";

/**
 * Write a note in the app: kept as your own words (a `manual` source with trust `user`) and made
 * into memories at once, like a chat (the API's `remember`). An optional date says when it happened.
 */
export function NoteDialog({ onClose, onSaved }: { onClose: () => void; onSaved?: (memoryIds: number[]) => void }) {
  const api = useApi();
  const { changed } = useData();
  const toasts = useToasts();
  const [text, setText] = useState("");
  const [date, setDate] = useState("");
  const { busy: saving, error, run } = useSubmit();
  const save = () =>
    run(async () => {
      const at = fromDateInput(date);
      const r = await api.remember({ text: text.trim(), ...(at != null ? { occurredAt: at } : {}) });
      toasts.show({
        message: r.duplicate ? "You had already written this note" : `Note saved: made ${countOf(r.memories.length, "memory", "memories")}`,
        tone: "success",
      });
      changed();
      // the note's own memories first: a core block gathers many notes
      onSaved?.([...r.memories.filter((m) => m.type !== "core"), ...r.memories.filter((m) => m.type === "core")].map((m) => m.id));
      onClose();
    });
  return (
    <Dialog title="Write a note" onClose={onClose}>
      <form
        className="note-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span className="field-label">Note</span>
          <textarea
            className="textarea"
            rows={7}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Anything you want Engram to remember: a plan, a fact about someone, how you did something…"
            aria-label="Note"
            data-autofocus
          />
        </label>
        <label className="field">
          <span className="field-label">When it happened (optional)</span>
          <input className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} aria-label="When it happened" />
        </label>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" disabled={!text.trim() || saving}>
            {saving ? "Saving…" : "Save note"}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
