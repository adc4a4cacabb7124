/**
 * The browser-mode session: whether the server still accepts this tab's access token, and
 * reconnecting with a new one. `engram serve` makes a new token at every start, so a tab left open
 * across a restart gets 401 on every call; the UI then offers to reconnect instead of only
 * repeating "Missing or wrong access token".
 */

type Listener = () => void;
const listeners = new Set<Listener>();
let lost = false;

/** Called by the HTTP client when the server refused the token (HTTP 401). */
export function reportUnauthorized(): void {
  if (lost) return;
  lost = true;
  for (const l of listeners) l();
}

/** True once the server has refused this tab's token. */
export function sessionLost(): boolean {
  return lost;
}

/** Calls `listener` when the server refuses the token; returns the unsubscribe function. */
export function onSessionLost(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The token in what the user pasted: the address `engram serve` printed (`…?token=T`) or the bare token. */
export function tokenFrom(pasted: string): string | null {
  const text = pasted.trim();
  if (!text) return null;
  try {
    const t = new URL(text).searchParams.get("token");
    if (t) return t;
  } catch {
    /* not an address: maybe the bare token */
  }
  return /^[A-Za-z0-9_-]{16,200}$/.test(text) ? text : null;
}

/** True when this server accepts `token` (one cheap authenticated call). */
export async function tokenWorks(token: string): Promise<boolean> {
  const res = await fetch("/api/info", { method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: "{}" });
  return res.ok;
}

/** Reloads the app with `token` (the page stores it and drops it from the address bar). */
export function reconnectWith(token: string): void {
  window.location.replace(`/?token=${encodeURIComponent(token)}${window.location.hash}`);
}
