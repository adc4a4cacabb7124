import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Request checks of the local HTTP server (pure functions, unit-tested):
 * - Host must name the loopback address we listen on (`127.0.0.1:PORT` or `localhost:PORT`):
 *   a page on evil.example that re-points its DNS to 127.0.0.1 (DNS rebinding) still sends
 *   `Host: evil.example:PORT` and is refused.
 * - Origin, when the browser sends one, must be our own origin: no other site may call the API
 *   (no CORS is ever granted).
 * - The per-start token must match (constant-time compare). The API takes it only from the
 *   `Authorization: Bearer` header, which no other site's page can send (it needs a CORS
 *   preflight, refused by the Origin check). The cookie only opens the UI's page; it is never a
 *   credential for the API: cookies ignore ports, so a page on another local port carries it.
 * - A GET of a file (an image, an export) carries instead a signature of its path made with the
 *   token (`signPath`): an `<img>` can load it, no other page can make one.
 * - A request naming a filesystem path is refused (`clientPathField`): over HTTP the client
 *   uploads files and downloads exports; it never picks a path on this computer.
 */

/** The origins this server answers to. */
export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/** True when the Host header names this server. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** True when there is no Origin header (same-origin GET, curl) or it is this server's origin. */
export function originAllowed(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return allowedOrigins(port).includes(origin.toLowerCase());
}

/** Constant-time token comparison; false for a missing or differently sized token. */
export function tokenMatches(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A new access token: 32 random bytes, base64url (43 characters). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The API credential of a request: the `Authorization: Bearer T` header, else null. */
export function bearerToken(headers: { authorization?: string }): string | null {
  const auth = headers.authorization;
  return auth?.startsWith("Bearer ") ? auth.slice(7).trim() : null;
}

/** The token that opens the UI's page: `?token=T`, else the cookie `cookieName`, else null. */
export function pageToken(headers: { cookie?: string }, url: URL, cookieName: string): string | null {
  const q = url.searchParams.get("token");
  if (q) return q;
  for (const part of (headers.cookie ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === cookieName) return v.join("=");
  }
  return null;
}

function signature(token: string, path: string, expires: number): string {
  return createHmac("sha256", token).update(`${expires}\n${path}`).digest("base64url");
}

/**
 * `path` (a URL path such as `/api/images/12`, already encoded) with `?exp=&sig=` appended: an
 * HMAC-SHA256 of the path and the expiry, keyed by the server's token.
 * @param expires epoch ms after which the URL stops working; 0 = while this server runs
 */
export function signPath(token: string, path: string, expires = 0): string {
  return `${path}?exp=${expires}&sig=${signature(token, path, expires)}`;
}

/** True when `url` carries a signature of its own path that `signPath(token, …)` made and that has
 * not expired at `now` (epoch ms). */
export function signedUrlValid(url: URL, token: string, now: number): boolean {
  const sig = url.searchParams.get("sig");
  const exp = Number(url.searchParams.get("exp"));
  if (!sig || !Number.isSafeInteger(exp) || exp < 0 || (exp > 0 && now > exp)) return false;
  return tokenMatches(sig, signature(token, url.pathname, exp));
}

/** Request fields that name a file on this computer; refused over HTTP. */
export const FILESYSTEM_FIELDS = ["path"] as const;

/** The first top-level field of a JSON request that names a filesystem path, else null. */
export function clientPathField(body: unknown): string | null {
  if (!body || typeof body !== "object") return null;
  return FILESYSTEM_FIELDS.find((f) => Object.hasOwn(body, f)) ?? null;
}
