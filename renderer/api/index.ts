import type { EngramApi, EngramBridge, PickPathRequest } from "../../core/api/types.js";
import { createHttpClient } from "./http-client.js";
import { createIpcClient } from "./ipc-client.js";
import { reportUnauthorized } from "./session.js";

export type * from "../../core/api/types.js";

const TOKEN_KEY = "engram.token";

/**
 * The API client of the UI: IPC when the desktop preload exposed `window.engram`, else HTTP to the
 * page's own origin. In browser mode the token comes from the URL (`?token=`, printed by
 * `engram serve`), is kept in sessionStorage and removed from the address bar.
 */
export function getApi(): EngramApi {
  cached ??= pick();
  return cached;
}
let cached: EngramApi | undefined;

/** Which transport `getApi()` uses. */
export function transport(): "ipc" | "http" {
  return bridge() ? "ipc" : "http";
}

/** The desktop app's open dialog (a chosen path, null when cancelled), or null in browser mode,
 * where no page may name a path on the computer (`findModelFiles` lists files instead). */
export function desktopPicker(): ((req: PickPathRequest) => Promise<string | null>) | null {
  const b = bridge();
  return b ? (req) => b.pickPath(req) : null;
}

function bridge(): EngramBridge | undefined {
  return (globalThis as { engram?: EngramBridge }).engram;
}

function pick(): EngramApi {
  const b = bridge();
  if (b) return createIpcClient(b);
  return createHttpClient({ baseUrl: "", token: takeToken(), onUnauthorized: reportUnauthorized });
}

function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get("token");
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete("token");
    history.replaceState(history.state, "", url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? "";
}
