import { useState } from "react";
import { useApi } from "../app/api-context.js";
import { useAsync } from "../app/use-async.js";
import { useData } from "../app/data.js";
import { useToasts } from "../app/toasts.js";
import { useSubmit } from "../app/use-submit.js";
import { Spinner } from "./states.js";

/** Kinds of secret offered (the vault stores any `[a-z_]` kind). */
const KINDS: Array<[string, string]> = [
  ["password", "Password"],
  ["pin", "PIN"],
  ["card", "Card number"],
  ["api_key", "API key"],
  ["secret", "Other secret"],
];

/** Whether the vault needs its passphrase typed here: not when the app's own key already opens it. */
export function needsPassphrase(status: { exists: boolean; keyAvailable: boolean; unlockWith: string[] } | undefined): boolean {
  return !status || !(status.keyAvailable && (!status.exists || status.unlockWith.includes("keychain")));
}

/**
 * A secret added by hand (`addVaultItem`): its name (a memory, searchable) and its value
 * (encrypted in the vault, never shown in lists). The vault's passphrase opens it; the first
 * secret creates the vault with the passphrase typed here. The desktop app's own key opens it
 * without a passphrase once the vault knows that key.
 */
export function VaultItemForm({ onClose, onAdded }: { onClose: () => void; onAdded: (id: number) => void }) {
  const api = useApi();
  const { changed } = useData();
  const toasts = useToasts();
  const status = useAsync(() => api.vaultStatus({}), [api]);
  const [label, setLabel] = useState("");
  const [value, setValue] = useState("");
  const [kind, setKind] = useState("password");
  const [passphrase, setPassphrase] = useState("");
  const { busy: saving, error, run } = useSubmit();
  const ask = needsPassphrase(status.data);
  const fresh = status.data ? !status.data.exists : false;

  const save = () =>
    run(async () => {
      const m = await api.addVaultItem({ label: label.trim(), value, kind, ...(ask ? { passphrase } : {}) });
      toasts.show({ message: fresh ? "Vault created; the secret is kept encrypted in it" : "Secret kept encrypted in the vault", tone: "success" });
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
      <div className="form-row">
        <label className="field grow">
          <span className="field-label">Name (not secret, searchable)</span>
          <input className="input" value={label} onChange={(e) => setLabel(e.target.value)} placeholder="Bank card PIN" aria-label="Name" data-autofocus />
        </label>
        <label className="field">
          <span className="field-label">Kind</span>
          <select className="select" value={kind} onChange={(e) => setKind(e.target.value)} aria-label="Kind">
            {KINDS.map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span className="field-label">Secret</span>
        <input className="input" type="password" autoComplete="off" value={value} onChange={(e) => setValue(e.target.value)} aria-label="Secret" />
      </label>
      {status.loading && !status.data ? (
        <p className="muted">
          <Spinner label="Checking the vault" /> Checking the vault…
        </p>
      ) : ask ? (
        <label className="field">
          <span className="field-label">{fresh ? "Choose a passphrase for the new vault" : "Vault passphrase"}</span>
          <input
            className="input"
            type="password"
            autoComplete={fresh ? "new-password" : "current-password"}
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            aria-label="Vault passphrase"
          />
          <span className="field-help">
            {fresh ? "It locks every secret in the vault and cannot be recovered: keep it somewhere safe." : "The passphrase the vault was created with."}
          </span>
        </label>
      ) : (
        <p className="muted form-note">This app’s own key opens the vault: no passphrase needed.</p>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={!label.trim() || !value || (ask && !passphrase) || saving}>
          {saving ? "Encrypting…" : "Add to the vault"}
        </button>
      </div>
    </form>
  );
}
