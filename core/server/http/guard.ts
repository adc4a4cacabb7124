import { timingSafeEqual } from "node:crypto";

/**
 * Request checks of the local HTTP server (pure functions, unit-tested):
 * - Host must name the loopback address we listen on (`127.0.0.1:PORT` or `localhost:PORT`):
 *   a page on evil.example that re-points its DNS to 127.0.0.1 (DNS rebinding) still sends
 *   `Host: evil.example:PORT` and is refused.
 * - Origin, when the browser sends one, must be our own origin: no other site may call the API
 *   (no CORS is ever granted).
 * - The per-start token must match (constant-time compare).
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

/** The token a request carries: `Authorization: Bearer T`, else `?token=T`, else the cookie. */
export function requestToken(headers: { authorization?: string; cookie?: string }, url: URL, cookieName: string): string | null {
  const auth = headers.authorization;
  if (auth?.startsWith("Bearer ")) return auth.slice(7).trim();
  const q = url.searchParams.get("token");
  if (q) return q;
  for (const part of (headers.cookie ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === cookieName) return v.join("=");
  }
  return null;
}
