import { useEffect, useState } from "react";
import { onSessionLost, reconnectWith, sessionLost, tokenFrom, tokenWorks } from "../api/session.js";
import { Dialog } from "./Dialog.js";

/** True once the server has refused this tab's access token (it restarted with a new one). */
export function useSessionLost(): boolean {
  const [lost, setLost] = useState(sessionLost);
  useEffect(() => {
    // a 401 may have come back before this subscribed (the first calls start with the first render)
    if (sessionLost()) setLost(true);
    return onSessionLost(() => setLost(true));
  }, []);
  return lost;
}

/**
 * Offered when the server refuses this tab's token: paste the address `engram serve` printed (or
 * its token) and the app reloads with it. Checks the token first, so a wrong paste says so.
 */
export function ReconnectDialog({ onClose }: { onClose: () => void }) {
  const [pasted, setPasted] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const submit = async (): Promise<void> => {
    const token = tokenFrom(pasted);
    if (!token) return setError("Paste the whole address engram serve printed: it ends with ?token=…");
    setChecking(true);
    const ok = await tokenWorks(token).catch(() => false);
    setChecking(false);
    if (ok) reconnectWith(token);
    else setError("This server does not accept that token. Copy the address from the engram serve that is running now.");
  };
  return (
    <Dialog title="Reconnect to Engram" onClose={onClose}>
      <p>
        Engram was restarted since this tab opened, so the tab’s access token no longer works. Paste the address <code>engram serve</code> printed when it
        started (it ends with <code>?token=…</code>) to carry on where you were.
      </p>
      <form
        className="field"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <span className="field-label">Address from engram serve</span>
        <div className="input-row">
          <input
            className="input"
            value={pasted}
            onChange={(e) => {
              setPasted(e.target.value);
              setError(null);
            }}
            placeholder="http://127.0.0.1:…/?token=…"
            aria-label="Address from engram serve"
            data-autofocus
          />
          <button type="submit" className="btn btn-primary" disabled={!pasted.trim() || checking}>
            {checking ? "Checking…" : "Reconnect"}
          </button>
        </div>
      </form>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Not now
        </button>
      </div>
    </Dialog>
  );
}
