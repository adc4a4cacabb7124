import { useState, type FormEvent } from "react";
import type { EndpointInfo, ModelsState } from "../../../core/api/types.js";
import { useApi } from "../../app/api-context.js";
import { useToasts } from "../../app/toasts.js";
import { errorMessage, formatCount } from "../../lib/format.js";

/**
 * Models › Model servers: OpenAI-compatible servers the user already runs (Ollama, LM Studio,
 * llama.cpp's server, vLLM, LocalAI) used as the chat model — listed with the one in use, a
 * plain warning for a server on another computer, Use / Remove, and a form to add one (the API
 * refuses a non-loopback URL unless "on another computer" is ticked; no key is stored, only the
 * name of the environment variable holding it).
 */
export function ModelServers({ endpoints, onChanged }: { endpoints: EndpointInfo[]; onChanged: (s: ModelsState) => void }) {
  const api = useApi();
  const toasts = useToasts();
  const act = async (what: string, call: () => Promise<ModelsState>): Promise<void> => {
    try {
      onChanged(await call());
    } catch (e) {
      toasts.show({ message: `Could not ${what}: ${errorMessage(e)}`, tone: "error" });
    }
  };
  // biome-ignore lint/correctness/useHookAtTopLevel: EngramApi.useModel is an API method (make a server's model the active one), not a React hook
  const activate = (e: EndpointInfo): Promise<void> => act(`use ${e.name}`, () => api.useModel({ id: e.name }));
  return (
    <section className="card" aria-labelledby="model-servers">
      <div className="card-head">
        <div>
          <h2 id="model-servers">Model servers</h2>
          <p>Use a model you already run in Ollama, LM Studio, llama.cpp’s server, vLLM or LocalAI for answers, chat and the memory engine.</p>
        </div>
      </div>
      <div className="card-body">
        {endpoints.length === 0 ? (
          <p className="muted">None added.</p>
        ) : (
          <ul className="op-adapters" aria-label="Model servers">
            {endpoints.map((e) => (
              <li key={e.name}>
                <span>
                  <strong>{e.name}</strong> {e.active && <span className="badge badge-accent">In use</span>}
                  <span className="muted">
                    {" "}
                    {e.model} · <span className="mono">{e.url}</span> ·{" "}
                    {e.contextLength ? `${formatCount(e.contextLength)} tokens context` : "context unknown (4,096 assumed)"}
                    {e.apiKeyEnv ? ` · key from $${e.apiKeyEnv}` : ""}
                  </span>
                  {e.allowRemote && <span className="error-text"> Not on this computer: your memories and questions are sent to it.</span>}
                </span>
                <span className="toolbar">
                  {!e.active && (
                    <button type="button" className="btn btn-sm" onClick={() => void activate(e)}>
                      Use
                    </button>
                  )}
                  <button
                    type="button"
                    className="btn btn-sm btn-ghost"
                    onClick={() => void act(`remove ${e.name}`, () => api.removeEndpoint({ name: e.name }))}
                  >
                    Remove
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        <AddServerForm onAdded={onChanged} />
      </div>
    </section>
  );
}

function AddServerForm({ onAdded }: { onAdded: (s: ModelsState) => void }) {
  const api = useApi();
  const [name, setName] = useState("");
  const [url, setUrl] = useState("http://127.0.0.1:11434/v1");
  const [model, setModel] = useState("");
  const [keyEnv, setKeyEnv] = useState("");
  const [remote, setRemote] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onAdded(
        await api.addEndpoint({
          name: name.trim(),
          url: url.trim(),
          model: model.trim(),
          ...(keyEnv.trim() ? { apiKeyEnv: keyEnv.trim() } : {}),
          ...(remote ? { allowRemote: true } : {}),
        }),
      );
      setName("");
      setModel("");
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} aria-label="Add a model server">
      <div className="input-row">
        <input className="input" value={name} onChange={(e) => setName(e.target.value)} placeholder="ollama" aria-label="Server name" />
        <input className="input grow" value={url} onChange={(e) => setUrl(e.target.value)} aria-label="Server URL" />
        <input className="input" value={model} onChange={(e) => setModel(e.target.value)} placeholder="llama3.2:3b" aria-label="Model name" />
        <input
          className="input"
          value={keyEnv}
          onChange={(e) => setKeyEnv(e.target.value)}
          placeholder="API key variable (optional)"
          aria-label="API key environment variable"
        />
        <button type="submit" className="btn" disabled={busy || !name.trim() || !url.trim() || !model.trim()}>
          {busy ? "Adding…" : "Add server"}
        </button>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={remote} onChange={(e) => setRemote(e.target.checked)} /> The server is on another computer I control (my memories and
        questions are sent there)
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
