import { createReadStream, existsSync, statSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".gz": "application/gzip",
};

/** Content type of a file by extension (application/octet-stream when unknown). */
export function contentType(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

/**
 * Resolves a URL path to a file under `root`: `/` and extension-less paths (client-side routes)
 * map to index.html; `..` and encoded separators cannot leave `root`.
 * @returns the absolute file path, or null when it does not exist or would leave `root`.
 */
export function resolveStatic(root: string, urlPath: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.includes("\0")) return null;
  if (rel === "/" || !extname(rel)) rel = "/index.html";
  const base = resolve(root);
  const file = resolve(join(base, rel));
  if (file !== base && !file.startsWith(base + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** What a URL path of the UI resolves to: a file, "the UI is not built", or nothing. */
export type StaticLookup = { kind: "file"; path: string } | { kind: "not_built" } | { kind: "not_found" };

/** Looks a URL path up in the built UI at `root` (see resolveStatic). */
export function lookupStatic(root: string, urlPath: string): StaticLookup {
  const path = resolveStatic(root, urlPath);
  if (path) return { kind: "file", path };
  return existsSync(join(root, "index.html")) ? { kind: "not_found" } : { kind: "not_built" };
}

/** Streams a file with its content type (`headers` added). */
export function sendFile(res: ServerResponse, file: string, headers: Record<string, string> = {}): void {
  res.writeHead(200, { "Content-Type": contentType(file), "Content-Length": statSync(file).size, ...headers });
  createReadStream(file).pipe(res);
}

/** The page shown when the UI has not been built (dist-renderer/ is missing). */
export const NOT_BUILT_PAGE = `<!doctype html><meta charset="utf-8"><title>Engram</title>
<body style="font:16px system-ui;max-width:40em;margin:4em auto;line-height:1.5">
<h1>Engram</h1><p>The user interface has not been built yet. In the project folder run</p>
<pre>npm run build:renderer</pre><p>then reload this page. The API at <code>/api/</code> works already.</p></body>`;

/** The page shown when the UI is opened without the token. */
export const NO_TOKEN_PAGE = `<!doctype html><meta charset="utf-8"><title>Engram</title>
<body style="font:16px system-ui;max-width:40em;margin:4em auto;line-height:1.5">
<h1>Engram</h1><p>Open the address that <code>engram serve</code> printed: it includes the access
token (<code>?token=…</code>). The token changes every time the server starts.</p></body>`;
