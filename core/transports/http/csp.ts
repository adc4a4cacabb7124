/**
 * The Content-Security-Policy of the Engram UI, shared by the browser mode (HTTP header) and the
 * desktop app (electron/security.ts). Everything comes from the app itself: no remote scripts,
 * styles, fonts or connections; no plugins, frames, forms or <base>. `'unsafe-inline'` styles
 * are allowed because React and the graph library set style attributes; `blob:` workers and
 * images serve the graph layout worker and generated thumbnails.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}
