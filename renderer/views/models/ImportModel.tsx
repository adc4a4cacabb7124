import { useState } from "react";
import type { ImportModelRequest, ModelFileChoice } from "../../../core/api/types.js";
import { desktopPicker } from "../../api/index.js";
import { useApi } from "../../app/api-context.js";
import { useAsync } from "../../app/use-async.js";
import { useToasts } from "../../app/toasts.js";
import { Icon } from "../../components/icons.js";
import { ErrorState, Spinner } from "../../components/states.js";
import { errorMessage, formatBytes, formatDate } from "../../lib/format.js";

type Role = "chat" | "embedding";

/**
 * Import a model file without typing a path. Engram lists the GGUF files (chat) or ONNX model
 * folders (embedding) it finds in the models folder, the home folder, ~/Downloads and ~/Models
 * (`findModelFiles`), each with Import. The desktop app also opens the system's file dialog
 * ("Choose a file…"); a browser page may not name a path on this computer, so it picks from the list.
 */
export function ImportModel({ onImported }: { onImported: () => void }) {
  const api = useApi();
  const toasts = useToasts();
  const pick = desktopPicker();
  const [role, setRole] = useState<Role>("chat");
  const found = useAsync(() => api.findModelFiles({ role }), [api, role]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (key: string, req: ImportModelRequest): Promise<void> => {
    setBusy(key);
    setError(null);
    try {
      const m = await api.importModel(req);
      toasts.show({ message: `Imported ${m.name}`, tone: "success" });
      onImported();
      found.reload();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };
  const choose = async (): Promise<void> => {
    const path = await pick!({
      title: role === "chat" ? "Choose a GGUF chat model" : "Choose an ONNX embedding model folder",
      kind: role === "chat" ? "file" : "folder",
      extensions: role === "chat" ? ["gguf"] : undefined,
    });
    if (path) await run("picked", { path, role });
  };

  return (
    <section className="card" aria-labelledby="import-model">
      <div className="card-head">
        <div>
          <h2 id="import-model">Import a model file</h2>
          <p>A GGUF file for chat, or an ONNX model folder for embeddings, already on this computer.</p>
        </div>
      </div>
      <div className="card-body">
        <div className="input-row">
          <select className="select" value={role} onChange={(e) => setRole(e.target.value as Role)} aria-label="Model role">
            <option value="chat">Chat models (GGUF)</option>
            <option value="embedding">Embedding models (ONNX folders)</option>
          </select>
          <button type="button" className="btn btn-sm btn-ghost" onClick={found.reload} disabled={found.loading}>
            Look again
          </button>
          {pick && (
            <button type="button" className="btn btn-sm" onClick={() => void choose()} disabled={busy != null}>
              <Icon name="upload" size={14} /> Choose {role === "chat" ? "a file" : "a folder"}…
            </button>
          )}
        </div>
        {found.error ? (
          <ErrorState title="Could not look for model files" error={found.error} onRetry={found.reload} />
        ) : !found.data ? (
          <p className="muted">
            <Spinner label="Looking for model files" /> Looking for model files…
          </p>
        ) : (
          <>
            <FoundList files={found.data.files} role={role} busy={busy} onImport={(f) => void run(f.choice, { choice: f.choice, role })} />
            <p className="muted form-note">
              Looked in {found.data.searched.join(", ")}. Put a model file in {found.data.searched.length === 1 ? "this folder" : "one of these folders"}, then
              Look again.
            </p>
          </>
        )}
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}

function FoundList({ files, role, busy, onImport }: { files: ModelFileChoice[]; role: Role; busy: string | null; onImport: (f: ModelFileChoice) => void }) {
  if (files.length === 0) return <p className="muted">No {role === "chat" ? "GGUF files" : "ONNX model folders"} found that are not installed yet.</p>;
  return (
    <ul className="found-models" aria-label="Model files found">
      {files.map((f) => (
        <li key={f.choice} className="found-model">
          <span className="found-model-name">
            <strong className="ellipsis" title={f.name}>
              {f.name}
            </strong>
            <span className="muted ellipsis" title={f.folder}>
              {f.folder} · {formatBytes(f.sizeBytes)} · {formatDate(f.modifiedAt)}
            </span>
          </span>
          <button type="button" className="btn btn-sm" onClick={() => onImport(f)} disabled={busy != null} aria-label={`Import ${f.name}`}>
            {busy === f.choice ? "Importing…" : "Import"}
          </button>
        </li>
      ))}
    </ul>
  );
}
