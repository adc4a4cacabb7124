import { contentSecurityPolicy } from "../core/transports/http/csp.js";

/**
 * Security policy of the desktop app as pure functions (electron/main.ts applies them to the
 * session and windows; tests check them without the Electron binary).
 *
 * - The UI is loaded from the privileged custom scheme `app://engram/` (served from
 *   dist-renderer/), so `'self'` in the CSP means exactly the app's own files.
 * - Navigation anywhere else and new windows are denied.
 * - Permission requests are denied except screen capture: `media` asking for video only
 *   (desktopCapturer streams), from the app's own pages.
 * - Every request of the app's session is blocked unless it targets the app itself (or devtools,
 *   data:, blob:) or a host granted for a model download the user started (NetworkGrants).
 */

/** The scheme and origin the UI is served from. */
export const APP_SCHEME = "app";
export const APP_HOST = "engram";
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The CSP of every app page (same policy as the browser mode). */
export const CSP = contentSecurityPolicy();

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a URL of the app's own pages and files (`app://engram/...`). */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
}

/** Whether a window may navigate to `url`: only within the app (reloads, in-app routes). */
export function navigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/** What Electron tells the permission handler (the subset we look at). */
export interface PermissionRequest {
  permission: string;
  /** `details.mediaTypes` for `media` */
  mediaTypes?: string[];
  /** the page asking */
  requestingUrl?: string;
}

/** Whether to grant a permission: only video `media` (screen capture) for the app's pages. */
export function permissionAllowed(req: PermissionRequest): boolean {
  if (req.permission !== "media") return false;
  if (req.requestingUrl !== undefined && !isAppUrl(req.requestingUrl)) return false;
  const types = req.mediaTypes ?? [];
  return types.length > 0 && types.every((t) => t === "video");
}

/**
 * Hosts that may be contacted while a user-started model download runs. A grant for a URL also
 * covers the download CDNs its host redirects to (REDIRECT_FAMILIES), because model hosts serve
 * files from a separate CDN domain.
 */
export const REDIRECT_FAMILIES: Record<string, string[]> = {
  // Hugging Face answers /resolve/ URLs with a redirect to its LFS / Xet storage CDNs.
  "huggingface.co": ["huggingface.co", "hf.co"],
};

/** The registrable domain of a host, naively the last two labels (enough for the catalog's hosts). */
function siteOf(host: string): string {
  return host.toLowerCase().split(".").slice(-2).join(".");
}

/** The set of network destinations currently allowed, granted per download and revoked after it. */
export class NetworkGrants {
  private readonly counts = new Map<string, number>();

  /** Allows the sites of `urls` (and their CDN families) until `revoke(urls)`. Nested grants count. */
  grant(urls: string[]): void {
    for (const site of this.sitesOf(urls)) this.counts.set(site, (this.counts.get(site) ?? 0) + 1);
  }

  /** Ends a grant made with the same URLs. */
  revoke(urls: string[]): void {
    for (const site of this.sitesOf(urls)) {
      const n = (this.counts.get(site) ?? 0) - 1;
      if (n > 0) this.counts.set(site, n);
      else this.counts.delete(site);
    }
  }

  /** True when `host` (a host name, no port) lies in a granted site. */
  allowsHost(host: string): boolean {
    return this.counts.has(siteOf(host));
  }

  private sitesOf(urls: string[]): Set<string> {
    const out = new Set<string>();
    for (const url of urls) {
      const u = parse(url);
      if (u?.protocol !== "https:") continue;
      const site = siteOf(u.hostname);
      for (const s of REDIRECT_FAMILIES[site] ?? [site]) out.add(s);
    }
    return out;
  }
}

/** Schemes a page of the app may load without a grant. */
const LOCAL_SCHEMES = new Set([`${APP_SCHEME}:`, "devtools:", "data:", "blob:", "chrome-extension:"]);

/** Whether the app's session may perform a request to `url` (webRequest.onBeforeRequest). */
export function requestAllowed(url: string, grants: NetworkGrants): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === `${APP_SCHEME}:`) return u.host === APP_HOST;
  if (LOCAL_SCHEMES.has(u.protocol)) return true;
  return u.protocol === "https:" && grants.allowsHost(u.hostname);
}
