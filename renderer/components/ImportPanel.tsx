import { useRef, useState, type DragEvent } from "react";
import type { FileInput, ImportEvent, ImportFormat, ImportResult } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useToasts } from "../app/toasts.js";
import { countOf, errorMessage, formatBytes, formatCount } from "../lib/format.js";
import { Icon } from "./icons.js";
import { ProgressBar } from "./ProgressBar.js";

const PHASE_LABELS: Record<ImportEvent["phase"], string> = {
  upload: "Uploading",
  validate: "Checking the file",
  import: "Importing conversations",
  process: "Making memories",
  embed: "Indexing",
};

const FORMATS: Array<{ value: ImportFormat | ""; label: string }> = [
  { value: "", label: "Detect automatically" },
  { value: "chatgpt", label: "ChatGPT export (conversations.json)" },
  { value: "claude", label: "Claude export" },
  { value: "locomo", label: "LoCoMo JSON" },
  { value: "text", label: "Plain text" },
  { value: "engram", label: "Engram export" },
];

type ImportState =
  | { step: "idle" }
  | { step: "running"; name: string; event: ImportEvent | null }
  | { step: "done"; result: ImportResult }
  | { step: "error"; message: string };

/**
 * Importing a chat export: drop a file on the zone, pick one, or type a path on this machine; shows
 * progress per phase, then what was added. Cancel aborts the import.
 */
export function ImportPanel({ compact = false, onDone }: { compact?: boolean; onDone?: (r: ImportResult) => void }) {
  const api = useApi();
  const { changed } = useData();
  const toasts = useToasts();
  const [state, setState] = useState<ImportState>({ step: "idle" });
  const [dragging, setDragging] = useState(false);
  const [format, setFormat] = useState<ImportFormat | "">("");
  const [path, setPath] = useState("");
  const fileRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);

  const run = async (input: FileInput, name: string): Promise<void> => {
    const ac = new AbortController();
    abortRef.current = ac;
    setState({ step: "running", name, event: null });
    try {
      const result = await api.importFile(format ? { ...input, format } : input, {
        signal: ac.signal,
        onEvent: (event) => setState({ step: "running", name, event }),
      });
      setState({ step: "done", result });
      toasts.show({ message: `Imported ${countOf(result.conversations, "conversation")} and made ${countOf(result.memories, "memory", "memories")}`, tone: "success" });
      changed();
      onDone?.(result);
    } catch (e) {
      setState(ac.signal.aborted ? { step: "idle" } : { step: "error", message: errorMessage(e) });
    } finally {
      abortRef.current = null;
    }
  };

  const onFiles = (files: FileList | null): void => {
    const f = files?.[0];
    if (f) void run({ file: f, name: f.name }, f.name);
  };

  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    setDragging(false);
    onFiles(e.dataTransfer.files);
  };

  if (state.step === "running") {
    const ev = state.event;
    return (
      <div className="import-progress" aria-live="polite">
        <div className="import-progress-head">
          <strong>Importing {state.name}</strong>
          <button type="button" className="btn btn-sm" onClick={() => abortRef.current?.abort()}>Cancel</button>
        </div>
        <ProgressBar value={ev?.done ?? 0} max={ev?.total ?? null} label={ev ? PHASE_LABELS[ev.phase] : "Starting"} />
        <p className="muted">
          {ev ? PHASE_LABELS[ev.phase] : "Starting"}
          {ev && (ev.phase === "upload" || ev.phase === "validate" || ev.phase === "import")
            ? ` · ${formatBytes(ev.done)}${ev.total ? ` of ${formatBytes(ev.total)}` : ""}`
            : ev ? ` · ${formatCount(ev.done)}${ev.total ? ` of ${formatCount(ev.total)}` : ""}` : ""}
          {ev && ev.turns > 0 && ` · ${countOf(ev.conversations, "conversation")}, ${countOf(ev.turns, "message")}`}
        </p>
      </div>
    );
  }

  return (
    <div className={compact ? "import-panel compact" : "import-panel"}>
      {state.step === "done" && (
        <div className="banner banner-info" role="status">
          <Icon name="check" />
          <div>
            Imported {countOf(state.result.conversations, "conversation")} ({countOf(state.result.added, "new message")}
            {state.result.duplicates > 0 && `, ${formatCount(state.result.duplicates)} already there`}) and made {countOf(state.result.memories, "memory", "memories")}
            in {state.result.seconds.toFixed(1)} s.
          </div>
        </div>
      )}
      {state.step === "error" && (
        <div className="banner banner-error" role="alert">
          <Icon name="alert" />
          <div>Import failed: {state.message}</div>
        </div>
      )}
      <div
        className={dragging ? "dropzone dragging" : "dropzone"}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <Icon name="upload" size={26} />
        <p>
          <strong>Drop a chat export here</strong>
          <br />
          <span className="muted">ChatGPT, Claude, LoCoMo JSON, plain text or an Engram export</span>
        </p>
        <button type="button" className="btn btn-primary" onClick={() => fileRef.current?.click()}>
          Choose a file…
        </button>
        <input ref={fileRef} type="file" className="visually-hidden" tabIndex={-1} aria-label="Chat export file" onChange={(e) => onFiles(e.target.files)} />
      </div>
      <div className="import-options">
        <label className="field">
          <span className="field-label">Format</span>
          <select className="select" value={format} onChange={(e) => setFormat(e.target.value as ImportFormat | "")}>
            {FORMATS.map((f) => <option key={f.value} value={f.value}>{f.label}</option>)}
          </select>
        </label>
        <form
          className="field import-path"
          onSubmit={(e) => {
            e.preventDefault();
            if (path.trim()) void run({ path: path.trim() }, path.trim().split(/[\\/]/).pop() ?? path);
          }}
        >
          <span className="field-label">Or a file path on this computer</span>
          <div className="input-row">
            <input className="input" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/me/Downloads/conversations.json" aria-label="File path" />
            <button type="submit" className="btn" disabled={!path.trim()}>Import</button>
          </div>
        </form>
      </div>
    </div>
  );
}
