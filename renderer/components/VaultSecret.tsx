import { useState, type FormEvent } from "react";
import { useApi } from "../app/api-context.js";
import { useSubmit } from "../app/use-submit.js";
import { focusOnMount } from "./focus-on-mount.js";
import { needsPassphrase } from "./VaultItemForm.js";

/**
 * The secret of a vault memory, hidden until asked for: "Show secret" decrypts it
 * (`revealVaultItem`) with the vault's passphrase (or the app's own key); it stays on screen only
 * while this panel is open.
 */
export function VaultSecret({ memoryId }: { memoryId: number }) {
  const api = useApi();
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState("");
  const [value, setValue] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();

  const reveal = (withPassphrase: boolean) =>
    run(async () => {
      setValue((await api.revealVaultItem({ id: memoryId, ...(withPassphrase ? { passphrase } : {}) })).value);
      setAsking(false);
      setPassphrase("");
    });
  const start = async (): Promise<void> => {
    const status = await api.vaultStatus({}).catch(() => undefined);
    if (needsPassphrase(status)) setAsking(true);
    else await reveal(false);
  };
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    void reveal(true);
  };

  return (
    <section className="panel-section" aria-label="Secret">
      <h3 className="section-title">Secret</h3>
      {value != null ? (
        <div className="toolbar">
          <code className="secret-value" data-testid="secret-value">
            {value}
          </code>
          <button type="button" className="btn btn-sm" onClick={() => setValue(null)}>
            Hide
          </button>
        </div>
      ) : asking ? (
        <form
          className="input-row"
          onSubmit={submit}
          onKeyDown={(e) => {
            if (e.key !== "Escape") return;
            e.stopPropagation();
            setAsking(false);
          }}
        >
          <input
            className="input grow"
            type="password"
            autoComplete="current-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            aria-label="Vault passphrase"
            ref={focusOnMount}
          />
          <button type="submit" className="btn btn-sm btn-primary" disabled={!passphrase || busy}>
            Unlock
          </button>
          <button type="button" className="btn btn-sm" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="toolbar">
          <span className="muted">Encrypted in the vault.</span>
          <button type="button" className="btn btn-sm" onClick={() => void start()} disabled={busy}>
            Show secret
          </button>
        </div>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
