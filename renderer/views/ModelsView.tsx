import { useEffect, useRef, useState, type FormEvent } from "react";
import type { AdapterInfo, DownloadEvent, ModelInfo, ModelsState } from "../../core/api/types.js";
import { useApi } from "../app/api-context.js";
import { useToasts } from "../app/toasts.js";
import { useAsync } from "../app/use-async.js";
import { Icon } from "../components/icons.js";
import { ProgressBar } from "../components/ProgressBar.js";
import { ErrorState, LoadingState } from "../components/states.js";
import { errorMessage, formatBytes, formatCount } from "../lib/format.js";
import { ImportModel } from "./models/ImportModel.js";
import { ModelServers } from "./models/ModelServers.js";

/** The memory operations that can each have their own LoRA adapter (after MemLoRA). */
const OPERATIONS: Array<{ op: string; label: string; help: string }> = [
  { op: "extract", label: "Extract", help: "Turns new sources into candidate memories" },
  { op: "update", label: "Update", help: "Decides add / update / invalidate against existing memories" },
  { op: "answer", label: "Answer", help: "Writes chat answers with citations" },
];

type Downloads = Record<string, { event: DownloadEvent | null; abort: AbortController }>;

/**
 * Models: what runs now (engine, chat model, embedder), the catalog with sizes and licences
 * (download with progress and cancel, use, remove), importing a model file found on this computer
 * (models/ImportModel.tsx: no typed path), and a LoRA
 * adapter per memory operation of the active chat model.
 */
export function ModelsView() {
  const api = useApi();
  const toasts = useToasts();
  const { data: loaded, error, reload } = useAsync(() => api.listModels({}), [api]);
  const [state, setState] = useState<ModelsState | undefined>(undefined);
  const [downloads, setDownloads] = useState<Downloads>({});
  useEffect(() => setState(loaded), [loaded]);
  const downloadsRef = useRef(downloads);
  downloadsRef.current = downloads;
  useEffect(
    () => () => {
      for (const d of Object.values(downloadsRef.current)) d.abort.abort();
    },
    [],
  );

  if (error && !state)
    return (
      <div className="view">
        <ErrorState title="Could not list models" error={error} onRetry={reload} />
      </div>
    );
  if (!state)
    return (
      <div className="view">
        <LoadingState label="Loading models…" />
      </div>
    );

  const run = async (what: string, call: () => Promise<ModelsState>): Promise<void> => {
    try {
      setState(await call());
    } catch (e) {
      toasts.show({ message: `Could not ${what}: ${errorMessage(e)}`, tone: "error" });
    }
  };

  const download = async (m: ModelInfo): Promise<void> => {
    const abort = new AbortController();
    setDownloads((d) => ({ ...d, [m.id]: { event: null, abort } }));
    try {
      await api.downloadModel({ id: m.id }, { signal: abort.signal, onEvent: (event) => setDownloads((d) => ({ ...d, [m.id]: { event, abort } })) });
      toasts.show({ message: `${m.name} is ready`, tone: "success" });
      reload();
    } catch (e) {
      if (!abort.signal.aborted) toasts.show({ message: `Download of ${m.name} failed: ${errorMessage(e)}`, tone: "error" });
    } finally {
      setDownloads((d) => {
        const { [m.id]: _gone, ...rest } = d;
        return rest;
      });
    }
  };

  // biome-ignore lint/correctness/useHookAtTopLevel: EngramApi.useModel is an API method (make a model the active one), not a React hook
  const activate = (m: ModelInfo): Promise<void> => run(`use ${m.name}`, () => api.useModel({ id: m.id }));
  const remove = (m: ModelInfo): Promise<void> => run(`remove ${m.name}`, () => api.removeModel({ id: m.id }));

  const chat = state.models.filter((m) => m.role === "chat");
  const embedding = state.models.filter((m) => m.role === "embedding");
  const activeServer = state.endpoints.find((e) => e.active) ?? null;
  const activeChat = activeServer ? null : (chat.find((m) => m.active && m.installed) ?? null);

  return (
    <div className="view-scroll">
      <div className="page">
        <div className="page-head">
          <div>
            <h1>Models</h1>
            <p>Everything runs on this computer. Models are downloaded only when you ask.</p>
          </div>
        </div>

        <section className="card">
          <div className="card-body">
            <dl className="stats-grid">
              <div>
                <dt>Memory engine</dt>
                <dd>{state.engine === "llm" ? "Local model" : "Built-in (no model)"}</dd>
              </div>
              <div>
                <dt>Chat model</dt>
                <dd>{activeServer ? `${activeServer.name} (model server)` : (activeChat?.name ?? "None installed")}</dd>
              </div>
              <div>
                <dt>Embedder</dt>
                <dd className="wrap-anywhere" title={state.embedder.id}>
                  {embedderName(state, embedding)}
                </dd>
              </div>
              <div>
                <dt>Vector size</dt>
                <dd>{state.embedder.dimension} dimensions</dd>
              </div>
            </dl>
            {!activeChat && !activeServer && (
              <p className="muted">Without a chat model Engram still remembers and searches; chat shows “what I remember” instead of a written answer.</p>
            )}
          </div>
        </section>

        {state.machine && <Recommended machine={state.machine} models={state.models} downloads={downloads} onDownload={download} onUse={activate} />}
        <ModelTable title="Chat models" models={chat} downloads={downloads} onDownload={download} onUse={activate} onRemove={remove} />
        <ModelServers endpoints={state.endpoints} onChanged={setState} />
        <ModelTable title="Embedding models" models={embedding} downloads={downloads} onDownload={download} onUse={activate} onRemove={remove} />
        <ImportModel onImported={reload} />
        <Adapters activeChat={activeChat} server={activeServer?.name ?? null} adapters={state.adapters} onChanged={(s) => (s ? setState(s) : reload())} />
      </div>
    </div>
  );
}

/** The embedder in use as people know it: the active embedding model's name, "Built in: Universal
 * Sentence Encoder lite" for the bundled one (id `use-lite@…`), else its id. */
function embedderName(state: ModelsState, embedding: ModelInfo[]): string {
  const active = embedding.find((m) => m.active && m.installed);
  if (active) return active.name;
  return state.embedder.id.startsWith("use-lite@") ? "Built in: Universal Sentence Encoder lite" : state.embedder.id;
}

function ModelTable({
  title,
  models,
  downloads,
  onDownload,
  onUse,
  onRemove,
}: {
  title: string;
  models: ModelInfo[];
  downloads: Downloads;
  onDownload: (m: ModelInfo) => void;
  onUse: (m: ModelInfo) => void;
  onRemove: (m: ModelInfo) => void;
}) {
  return (
    <section className="card" aria-label={title}>
      <div className="card-head">
        <h2>{title}</h2>
      </div>
      {models.length === 0 ? (
        <div className="card-body">
          <p className="muted">None in the catalog or installed.</p>
        </div>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Model</th>
                <th scope="col">Size</th>
                <th scope="col">Licence</th>
                <th scope="col">Needs</th>
                <th scope="col" className="actions-col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {models.map((m) => {
                const dl = downloads[m.id];
                return (
                  <tr key={m.id}>
                    <td>
                      <div className="model-name">
                        {m.name}
                        {m.active && m.installed && <span className="badge badge-accent">In use</span>}
                        {m.installed && !m.active && <span className="badge">Installed</span>}
                        {m.origin === "import" && <span className="badge">Imported</span>}
                      </div>
                      <div className="muted model-meta">
                        {[m.parameters && `${m.parameters} parameters`, m.quantization, m.contextLength && `${formatCount(m.contextLength)} tokens context`]
                          .filter(Boolean)
                          .join(" · ")}
                      </div>
                    </td>
                    <td className="nowrap">{formatBytes(m.sizeBytes)}</td>
                    <td>{m.license ?? "—"}</td>
                    <td className="nowrap">{m.recommendedRamBytes ? `${formatBytes(m.recommendedRamBytes)} RAM` : "—"}</td>
                    <td className="actions-col">
                      {dl ? (
                        <div className="download">
                          <ProgressBar value={dl.event?.receivedBytes ?? 0} max={dl.event?.totalBytes ?? null} label={`Downloading ${m.name}`} />
                          <span className="muted download-text">
                            {dl.event?.phase === "verify"
                              ? "Verifying…"
                              : `${formatBytes(dl.event?.receivedBytes ?? 0)}${dl.event?.totalBytes ? ` of ${formatBytes(dl.event.totalBytes)}` : ""}`}
                          </span>
                          <button type="button" className="btn btn-sm btn-ghost" onClick={() => dl.abort.abort()}>
                            Cancel
                          </button>
                        </div>
                      ) : m.installed ? (
                        <div className="toolbar">
                          {!m.active && (
                            <button type="button" className="btn btn-sm" onClick={() => onUse(m)}>
                              Use
                            </button>
                          )}
                          <button type="button" className="btn btn-sm btn-ghost" onClick={() => onRemove(m)}>
                            Remove
                          </button>
                        </div>
                      ) : (
                        <button type="button" className="btn btn-sm" onClick={() => onDownload(m)}>
                          <Icon name="download" size={14} /> Download
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Adapters({
  activeChat,
  server,
  adapters,
  onChanged,
}: {
  activeChat: ModelInfo | null;
  server: string | null;
  adapters: AdapterInfo[];
  onChanged: (s?: ModelsState) => void;
}) {
  return (
    <section className="card" aria-labelledby="adapters">
      <div className="card-head">
        <div>
          <h2 id="adapters">Adapters per operation</h2>
          <p>Small LoRA adapters specialise the chat model for each memory operation.</p>
        </div>
      </div>
      <div className="card-body">
        {server ? (
          <p className="muted">
            Adapters do not apply to the model server {server}: they specialise a GGUF chat model that Engram runs itself. Engram still logs its calls, so a
            training dataset can be exported.
          </p>
        ) : !activeChat ? (
          <p className="muted">Install or import a chat model first; adapters belong to a base model.</p>
        ) : (
          <ul className="ops">
            {OPERATIONS.map((o) => (
              <AdapterRow
                key={o.op}
                op={o}
                base={activeChat}
                adapters={adapters.filter((a) => a.op === o.op && a.baseModel === activeChat.id)}
                onChanged={onChanged}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

function AdapterRow({
  op,
  base,
  adapters,
  onChanged,
}: {
  op: (typeof OPERATIONS)[number];
  base: ModelInfo;
  adapters: AdapterInfo[];
  onChanged: (s?: ModelsState) => void;
}) {
  const api = useApi();
  const toasts = useToasts();
  const [path, setPath] = useState("");
  const [scale, setScale] = useState("1");
  const [busy, setBusy] = useState(false);
  const add = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    try {
      await api.importAdapter({ path: path.trim(), baseModel: base.id, op: op.op, scale: Number(scale) || 1 });
      setPath("");
      onChanged();
    } catch (err) {
      toasts.show({ message: `Could not add the ${op.label.toLowerCase()} adapter: ${errorMessage(err)}`, tone: "error" });
    } finally {
      setBusy(false);
    }
  };
  const remove = async (a: AdapterInfo): Promise<void> => {
    try {
      onChanged(await api.removeAdapter({ id: a.id }));
    } catch (err) {
      toasts.show({ message: `Could not remove the adapter: ${errorMessage(err)}`, tone: "error" });
    }
  };
  return (
    <li className="op">
      <div className="op-head">
        <strong>{op.label}</strong>
        <span className="muted">{op.help}</span>
      </div>
      {adapters.length === 0 ? (
        <p className="muted op-none">Base model only.</p>
      ) : (
        <ul className="op-adapters">
          {adapters.map((a) => (
            <li key={a.id}>
              <span className="mono ellipsis" title={a.path}>
                {a.path.split(/[\\/]/).pop()}
              </span>
              <span className="muted">
                scale {a.scale}
                {a.rank != null && ` · rank ${a.rank}`}
              </span>
              <button type="button" className="btn btn-sm btn-ghost" onClick={() => void remove(a)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="input-row" onSubmit={add}>
        <input
          className="input grow"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          placeholder="/path/to/adapter.gguf"
          aria-label={`${op.label} adapter path`}
        />
        <input
          className="input scale"
          type="number"
          step="0.1"
          min="0"
          value={scale}
          onChange={(e) => setScale(e.target.value)}
          aria-label="Scale"
          title="Scale"
        />
        <button type="submit" className="btn btn-sm" disabled={busy || !path.trim()}>
          Add adapter
        </button>
      </form>
    </li>
  );
}

/** The chat and embedding models recommended for this computer's memory, with Download or Use. */
function Recommended({
  machine,
  models,
  downloads,
  onDownload,
  onUse,
}: {
  machine: NonNullable<ModelsState["machine"]>;
  models: ModelInfo[];
  downloads: Downloads;
  onDownload: (m: ModelInfo) => void;
  onUse: (m: ModelInfo) => void;
}) {
  const pick = (id: string | null) => models.find((m) => m.id === id) ?? null;
  const rows: Array<[string, ModelInfo | null]> = [
    ["For chat", pick(machine.recommended.chat)],
    ["For search", pick(machine.recommended.embedding)],
  ];
  return (
    <section className="card" aria-labelledby="recommended">
      <div className="card-head">
        <div>
          <h2 id="recommended">Recommended for this computer</h2>
          <p>It has {formatBytes(machine.memoryBytes)} of memory; these are the best models that run comfortably in it.</p>
        </div>
      </div>
      <div className="card-body">
        <ul className="recommended">
          {rows.map(([what, m]) => (
            <li key={what} className="recommended-row">
              <span className="muted recommended-what">{what}</span>
              {m ? (
                <>
                  <span className="recommended-name">
                    <strong>{m.name}</strong>
                    <span className="muted">
                      {" "}
                      · needs about {formatBytes(m.recommendedRamBytes)} of memory · {formatBytes(m.sizeBytes)} to download
                    </span>
                  </span>
                  {m.active ? (
                    <span className="badge badge-accent">In use</span>
                  ) : m.installed ? (
                    <button type="button" className="btn btn-sm" onClick={() => onUse(m)}>
                      Use
                    </button>
                  ) : (
                    <button type="button" className="btn btn-sm btn-primary" onClick={() => onDownload(m)} disabled={!!downloads[m.id]}>
                      {downloads[m.id] ? "Downloading…" : "Download"}
                    </button>
                  )}
                </>
              ) : (
                <span className="muted">
                  None in the catalog fits this computer’s memory; the built-in {what === "For chat" ? "memory search" : "embedder"} keeps working.
                </span>
              )}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
