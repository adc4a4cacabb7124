import { useState } from "react";
import type { ExportEvent, ExportResult, Info, Stats } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useToasts } from "../app/toasts.js";
import { useAsync } from "../app/use-async.js";
import { MEMORY_TYPES, TYPE_INFO } from "../components/chips.js";
import { Dialog } from "../components/Dialog.js";
import { Icon } from "../components/icons.js";
import { ErrorState, LoadingState, Spinner } from "../components/states.js";
import { errorMessage, formatBytes, formatCount } from "../lib/format.js";

const CONFIRM_PHRASE = "delete everything";

/**
 * Privacy & data: where the data lives and how big it is, what it holds, import, export to one
 * portable file (with progress), and delete everything behind a typed confirmation.
 */
export function PrivacyView({ onImport }: { onImport: () => void }) {
  const api = useApi();
  const { stats, version } = useData();
  const { data: info, error, reload } = useAsync(() => api.info({}), [api, version]);

  return (
    <div className="view-scroll">
      <div className="page">
        <div className="page-head">
          <div>
            <h1>Privacy &amp; data</h1>
            {info?.modelServer?.remote ? (
              <p role="note">
                Your memories live in one file on this computer.{" "}
                <strong>
                  Your questions, and the memories that answer them, are sent to the model server “{info.modelServer.name}” at {info.modelServer.url}, which is
                  not on this computer.
                </strong>{" "}
                Choose a local model in Models to keep everything here.
              </p>
            ) : (
              <p>Your memories live in one file on this computer. Nothing is sent anywhere.</p>
            )}
          </div>
        </div>
        {error ? <ErrorState title="Could not read where the data lives" error={error} onRetry={reload} /> : !info ? <LoadingState /> : <Where info={info} />}
        {stats && <Holdings stats={stats} />}
        <section className="card" aria-labelledby="import-title">
          <div className="card-head">
            <div>
              <h2 id="import-title">Import</h2>
              <p>Add a chat export, or restore an Engram export into an empty database.</p>
            </div>
            <button type="button" className="btn" onClick={onImport}>
              <Icon name="upload" size={15} /> Import…
            </button>
          </div>
        </section>
        <ExportCard />
        <DeleteCard />
      </div>
    </div>
  );
}

function Where({ info }: { info: Info }) {
  return (
    <section className="card" aria-labelledby="where-title">
      <div className="card-head">
        <h2 id="where-title">Where your data lives</h2>
      </div>
      <div className="card-body">
        <dl className="facts wide">
          <dt>Data folder</dt>
          <dd className="mono selectable">{info.dataDir}</dd>
          <dt>Database</dt>
          <dd className="mono selectable">{info.dbPath}</dd>
          <dt>Database size</dt>
          <dd>{formatBytes(info.dbBytes)}</dd>
          <dt>Screenshots</dt>
          <dd>{formatBytes(info.imageBytes)}</dd>
          <dt>Embedder</dt>
          <dd>
            {info.embedder.id} ({info.embedder.dimension} dimensions)
          </dd>
          <dt>Chat model</dt>
          <dd>{info.modelServer ? `${info.modelServer.name} (model server at ${info.modelServer.url})` : (info.chatModel ?? "None")}</dd>
          <dt>Version</dt>
          <dd>
            Engram {info.version} · {info.platform} · {info.transport === "http" ? "browser mode" : "desktop app"}
          </dd>
        </dl>
      </div>
    </section>
  );
}

function Holdings({ stats }: { stats: Stats }) {
  return (
    <section className="card" aria-labelledby="holds-title">
      <div className="card-head">
        <h2 id="holds-title">What it holds</h2>
      </div>
      <div className="card-body">
        <dl className="stats-grid">
          {MEMORY_TYPES.map((t) => (
            <div key={t}>
              <dt>
                <span className={`type-dot type-${t}`} aria-hidden="true" /> {TYPE_INFO[t].label}
              </dt>
              <dd>{formatCount(stats.memories[t])}</dd>
            </div>
          ))}
          <div>
            <dt>Chat messages</dt>
            <dd>{formatCount(stats.sources.chat_turn)}</dd>
          </div>
          <div>
            <dt>Screenshots</dt>
            <dd>{formatCount(stats.sources.screenshot)}</dd>
          </div>
          <div>
            <dt>Conversations</dt>
            <dd>{formatCount(stats.conversations)}</dd>
          </div>
          <div>
            <dt>Entities · links</dt>
            <dd>
              {formatCount(stats.entities)} · {formatCount(stats.edges)}
            </dd>
          </div>
        </dl>
        {stats.unprocessedSources > 0 && <p className="muted">{formatCount(stats.unprocessedSources)} sources are waiting for the memory engine.</p>}
      </div>
    </section>
  );
}

function ExportCard() {
  const api = useApi();
  const [withScreenshots, setWithScreenshots] = useState(false);
  const [progress, setProgress] = useState<ExportEvent | null>(null);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [format, setFormat] = useState<"engram" | "markdown">("engram");
  const run = async (as: "engram" | "markdown"): Promise<void> => {
    setRunning(true);
    setFormat(as);
    setError(null);
    setResult(null);
    try {
      setResult(await api.exportData(as === "markdown" ? { format: "markdown" } : { withScreenshots }, { onEvent: setProgress }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setRunning(false);
      setProgress(null);
    }
  };
  return (
    <section className="card" aria-labelledby="export-title">
      <div className="card-head">
        <div>
          <h2 id="export-title">Export</h2>
          <p>
            One portable file with your sources, memories and their history, entities and links, and settings; or your memories as Markdown to read and take
            elsewhere (a file per memory type and per person or thing).
          </p>
        </div>
        <div className="card-actions">
          <button type="button" className="btn" onClick={() => void run("engram")} disabled={running}>
            {running && format === "engram" ? (
              <>
                <Spinner label="Exporting" /> Exporting…
              </>
            ) : (
              <>
                <Icon name="download" size={15} /> Export
              </>
            )}
          </button>
          <button type="button" className="btn" onClick={() => void run("markdown")} disabled={running}>
            {running && format === "markdown" ? (
              <>
                <Spinner label="Exporting" /> Exporting…
              </>
            ) : (
              <>
                <Icon name="download" size={15} /> Export as Markdown
              </>
            )}
          </button>
        </div>
      </div>
      <div className="card-body">
        <label className="checkbox">
          <input type="checkbox" checked={withScreenshots} onChange={(e) => setWithScreenshots(e.target.checked)} disabled={running} /> Include screenshot
          images
        </label>
        {progress && (
          <p className="muted" aria-live="polite">
            Writing {progress.table}: {formatCount(progress.rows)} rows
          </p>
        )}
        {result && (
          <div className="banner banner-info" role="status">
            <Icon name="check" />
            <div>
              Exported {formatBytes(result.bytes)}
              {format === "markdown" ? " of Markdown (a ZIP)" : ""} to <span className="mono selectable">{result.path}</span>.
              {result.downloadUrl && (
                <>
                  {" "}
                  <a href={result.downloadUrl} download>
                    Download the file
                  </a>
                </>
              )}
            </div>
          </div>
        )}
        {error && (
          <div className="banner banner-error" role="alert">
            <Icon name="alert" />
            <div>Export failed: {error}</div>
          </div>
        )}
      </div>
    </section>
  );
}

function DeleteCard() {
  const [open, setOpen] = useState(false);
  return (
    <section className="card danger-zone" aria-labelledby="delete-title">
      <div className="card-head">
        <div>
          <h2 id="delete-title">Delete everything</h2>
          <p>Removes every memory, source, conversation, screenshot and link from this computer. This cannot be undone.</p>
        </div>
        <button type="button" className="btn btn-danger" onClick={() => setOpen(true)}>
          <Icon name="trash" size={15} /> Delete everything…
        </button>
      </div>
      {open && <DeleteDialog onClose={() => setOpen(false)} />}
    </section>
  );
}

function DeleteDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { changed } = useData();
  const toasts = useToasts();
  const [typed, setTyped] = useState("");
  const [includeSettings, setIncludeSettings] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ok = typed.trim().toLowerCase() === CONFIRM_PHRASE;
  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const r = await api.deleteEverything({ confirm: CONFIRM_PHRASE, includeSettings });
      const rows = Object.values(r.deleted).reduce((a, b) => a + b, 0);
      toasts.show({ message: `Deleted ${formatCount(rows)} rows and ${formatCount(r.imageFiles)} images`, tone: "success" });
      changed();
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title="Delete everything?" onClose={onClose}>
      <p>This permanently deletes all memories, sources, conversations, screenshots and links. Export first if you may want them back.</p>
      <label className="field">
        <span className="field-label">
          Type <strong>{CONFIRM_PHRASE}</strong> to confirm
        </span>
        <input className="input" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} data-autofocus />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={includeSettings} onChange={(e) => setIncludeSettings(e.target.checked)} /> Also reset settings
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="btn btn-danger" disabled={!ok || busy} onClick={() => void run()}>
          {busy ? "Deleting…" : "Delete everything"}
        </button>
      </div>
    </Dialog>
  );
}
