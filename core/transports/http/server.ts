import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { basename } from "node:path";
import { ApiError, httpStatus, toApiError } from "../../api/errors.js";
import { cleanStaleUploads, stageStream } from "../../api/files.js";
import { isApiMethod, isStreamingMethod } from "../../api/methods.js";
import { parseRequest } from "../../api/schemas.js";
import type { ApiMethod, EngramApi, ImportResult, StreamOptions } from "../../api/types.js";
import type { McpHttpHandler } from "../mcp/http.js";
import { contentSecurityPolicy } from "./csp.js";
import { bearerToken, clientPathField, hostAllowed, newToken, originAllowed, pageToken, signedUrlValid, tokenMatches } from "./guard.js";
import { lookupStatic, NO_TOKEN_PAGE, NOT_BUILT_PAGE, sendFile } from "./static.js";

/** Options of the local HTTP server. */
export interface HttpServerOptions {
  api: EngramApi;
  /** TCP port; 0 picks a free one */
  port: number;
  /** loopback address to bind (default 127.0.0.1); anything else is refused */
  host?: string;
  /** folder of the built UI (dist-renderer/) */
  staticDir: string;
  /** the access token (default: `newToken()`); pass it to sign image and export URLs (`signPath`) */
  token?: string;
  /** absolute path of the image file of a source, or null (serves GET /api/images/:id) */
  imagePath: (sourceId: number) => string | null;
  /** absolute path of an export file by name, or null (serves GET /api/exports/:name) */
  exportPath: (name: string) => string | null;
  /** largest JSON body, bytes (default 1 MiB) */
  maxJsonBytes?: number;
  /** serves MCP (Streamable HTTP) at `/mcp`, behind the same Host/Origin checks and the token
   * in `Authorization: Bearer` only (core/transports/mcp/http.ts) */
  mcp?: McpHttpHandler;
  /** largest uploaded file, bytes (default `MAX_UPLOAD_BYTES`) */
  maxUploadBytes?: number;
}

/** A running server. */
export interface HttpServer {
  /** the URL to open, token included */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Default limit of an uploaded import file: 2 GiB. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  "X-Frame-Options": "DENY",
};

/**
 * Serves the UI and the API on a loopback address (see core/transports/README.md):
 * - every request: Host must be `127.0.0.1:PORT`/`localhost:PORT`, a present Origin must be ours;
 * - `/api/<method>`: POST only, with the token in `Authorization: Bearer` (never a cookie, never
 *   the URL) and a JSON body (raw bytes for an `importFile` upload, at most `maxUploadBytes`);
 *   streaming methods answer SSE, read with fetch; `POST /api/cancel` stops a streaming call the
 *   client named (`CALL_ID_HEADER`), whose stream then ends with its last frame. A field naming a filesystem path is refused:
 *   files come as uploads, exports go to the data folder's exports/ and are downloaded;
 * - `GET /api/images/:id` and `GET /api/exports/:name`: the Bearer token or a URL signed with it
 *   (`signPath`, what the API hands the UI), so an `<img>` can load them;
 * - anything else: the built UI from `staticDir`, with a strict CSP; its page needs the token
 *   (`?token=` once, then an HttpOnly SameSite=Strict cookie that opens only the page).
 * Uploads left behind by a killed server are removed at start.
 * @throws Error when `host` is not a loopback address or the port is taken.
 */
export async function startHttpServer(opts: HttpServerOptions): Promise<HttpServer> {
  const host = opts.host ?? "127.0.0.1";
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "::1") {
    throw new Error(`--host ${host}: Engram serves only on this computer (127.0.0.1); other addresses would expose your memories`);
  }
  const token = opts.token ?? newToken();
  cleanStaleUploads();
  let port = opts.port;
  /** streaming calls running, by the id their client gave them (`X-Engram-Call`), for `POST /api/cancel` */
  const streams = new Map<string, AbortController>();
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) sendError(res, toApiError(err));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    if (!hostAllowed(req.headers.host, port))
      return sendError(res, new ApiError("bad_request", "Host not allowed: open Engram at 127.0.0.1 or localhost."), 421);
    if (!originAllowed(req.headers.origin, port)) return sendError(res, new ApiError("bad_request", "Cross-origin requests are not allowed."), 403);
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    const cookie = `engram_token_${port}`;
    if (url.pathname === "/mcp" && opts.mcp) {
      const auth = req.headers.authorization;
      if (!tokenMatches(auth?.startsWith("Bearer ") ? auth.slice(7).trim() : null, token)) {
        return sendError(res, new ApiError("bad_request", "Missing or wrong access token: send Authorization: Bearer <the token engram serve printed>."), 401);
      }
      return opts.mcp(req, res);
    }
    if (url.pathname.startsWith("/api/")) {
      const signed = (req.method === "GET" || req.method === "HEAD") && signedUrlValid(url, token, Date.now());
      if (!signed && !tokenMatches(bearerToken(req.headers), token))
        return sendError(res, new ApiError("bad_request", "Missing or wrong access token: open the address engram serve printed."), 401);
      res.setHeader("Cache-Control", "no-store");
      return api(req, res, url);
    }
    if (req.method !== "GET" && req.method !== "HEAD") return sendError(res, new ApiError("bad_request", `${req.method} is not allowed here.`), 405);
    const authed = tokenMatches(pageToken(req.headers, url, cookie), token);
    const headers: Record<string, string> = { "Content-Security-Policy": contentSecurityPolicy() };
    if (authed && url.searchParams.has("token")) headers["Set-Cookie"] = `${cookie}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    const found = lookupStatic(opts.staticDir, url.pathname);
    if (found.kind === "not_built") return sendHtml(res, 200, NOT_BUILT_PAGE, headers);
    if (found.kind === "not_found") return sendError(res, new ApiError("not_found", `Not found: ${url.pathname}`));
    if (found.path.endsWith("index.html") && !authed) return sendHtml(res, 401, NO_TOKEN_PAGE, headers);
    return sendFile(res, found.path, headers);
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const [, , name, arg] = url.pathname.split("/");
    const read = req.method === "GET" || req.method === "HEAD";
    if (read && name === "images") return sendOwnFile(res, opts.imagePath(Number(arg)), "image");
    if (read && name === "exports") return sendOwnFile(res, opts.exportPath(decodeSegment(arg ?? "")), "export", true);
    if (name === "cancel" && req.method === "POST") return cancel(req, res);
    if (!name || !isApiMethod(name)) throw new ApiError("not_found", `Unknown API method "${name ?? ""}".`);
    const method: ApiMethod = name;
    if (req.method !== "POST") throw new ApiError("bad_request", `Use POST /api/${method} with a JSON body.`);
    const type = req.headers["content-type"] ?? "";
    if (method === "importFile" && type.startsWith("application/octet-stream")) return upload(req, res, url);
    if (!type.startsWith("application/json")) throw new ApiError("bad_request", "Send the request as JSON (Content-Type: application/json).");
    const body = parseJson(await readBody(req, opts.maxJsonBytes ?? 1 << 20));
    const field = clientPathField(body);
    if (field) {
      const hint =
        method === "importFile"
          ? "upload the file instead"
          : method === "exportData"
            ? "leave it out: exports go to the data folder's exports/ and are downloaded"
            : "use the engram command or the desktop app";
      throw new ApiError("bad_request", `${method}: ${field}: file paths are not accepted over HTTP (a web page could choose them); ${hint}`, { field });
    }
    return call(req, res, method, parseRequest(method, body));
  }

  /** `POST /api/cancel` `{ callId }`: aborts that streaming call; its stream ends with its last frame once it has stopped. */
  async function cancel(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = parseJson(await readBody(req, 1024)) as { callId?: unknown } | null;
    const callId = body?.callId;
    if (typeof callId !== "string")
      throw new ApiError("bad_request", "cancel: callId: give the X-Engram-Call header of the call to cancel.", { field: "callId" });
    const running = streams.get(callId);
    running?.abort(new ApiError("conflict", "Cancelled."));
    return sendJson(res, 200, { cancelled: !!running });
  }

  async function upload(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const name = basename(url.searchParams.get("name") ?? "upload") || "upload";
    const format = url.searchParams.get("format");
    const me = url.searchParams.get("me");
    const max = opts.maxUploadBytes ?? MAX_UPLOAD_BYTES;
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > max)
      throw new ApiError("bad_request", `${name}: the file is too large to upload (${declared} bytes; at most ${max}); import it with engram import`, {
        field: "file",
      });
    const staged = await stageStream(req, name, max);
    try {
      const parsed = parseRequest("importFile", { path: staged.path, ...(format ? { format } : {}), ...(me ? { me } : {}) });
      await call(req, res, "importFile", parsed, (r) => {
        const result = r as ImportResult;
        // the staged copy's path is ours, not the user's: notes name the file as it was uploaded
        return { ...result, file: name, coreMemory: result.coreMemory ? result.coreMemory.split(staged.path).join(name) : result.coreMemory };
      });
    } finally {
      staged.cleanup();
    }
  }

  async function call(req: IncomingMessage, res: ServerResponse, method: ApiMethod, body: unknown, map = (r: unknown) => r): Promise<void> {
    const fn = opts.api[method] as (r: unknown, so?: StreamOptions<unknown>) => Promise<unknown>;
    if (!isStreamingMethod(method)) {
      const result = map(await fn(body));
      return sendJson(res, 200, result ?? null);
    }
    const callId = callIdOf(req);
    if (callId && streams.has(callId)) throw new ApiError("bad_request", `${CALL_ID_HEADER}: call ${callId} is already running; give each call its own id.`);
    const abort = new AbortController();
    if (callId) streams.set(callId, abort);
    res.on("close", () => {
      if (!res.writableFinished) abort.abort(new ApiError("conflict", "Cancelled: the page closed the stream."));
    });
    res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "X-Accel-Buffering": "no" });
    res.flushHeaders();
    const send = (event: string, data: unknown) => res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    try {
      send("result", map(await fn(body, { onEvent: (e) => send("event", e), signal: abort.signal })));
    } catch (err) {
      send("error", toApiError(err).toJSON());
    } finally {
      if (callId) streams.delete(callId);
    }
    res.end();
  }

  function sendOwnFile(res: ServerResponse, file: string | null, what: string, download = false): void {
    if (!file || !existsSync(file)) throw new ApiError("not_found", `This ${what} is not on disk any more.`);
    sendFile(
      res,
      file,
      download ? { "Content-Disposition": `attachment; filename="${basename(file).replace(/"/g, "")}"` } : { "Cache-Control": "private, max-age=86400" },
    );
  }

  await new Promise<void>((ok, fail) => {
    server.once("error", (err: NodeJS.ErrnoException) =>
      fail(err.code === "EADDRINUSE" ? new Error(`port ${opts.port} is already in use; pick another with --port, or --port 0 for any free port`) : err),
    );
    server.listen(opts.port, host, () => ok());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** A percent-decoded URL path segment; a malformed escape is the client's error (400), not ours. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ApiError("bad_request", `Malformed percent-escape in the URL: ${segment.slice(0, 100)}`);
  }
}

function parseJson(text: string): unknown {
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError("bad_request", "The request body is not valid JSON.");
  }
}

async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new ApiError("bad_request", `The request is too large (over ${max} bytes).`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

function sendError(res: ServerResponse, err: ApiError, status = httpStatus(err.code)): void {
  sendJson(res, status, { error: err.toJSON() });
}

function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string>): void {
  res.writeHead(status, { "Content-Type": "text/html; charset=utf-8", ...headers });
  res.end(html);
}

/**
 * Header a client sets on a streaming call to name it (1-64 letters, digits, `-`, `_`), so that
 * `POST /api/cancel {"callId"}` can stop it while the client keeps reading its stream: the call's
 * last frame (its result, or the error it stopped with) then arrives once it has really stopped,
 * e.g. after an import's chunk under way has been committed. Closing the stream also cancels.
 */
export const CALL_ID_HEADER = "x-engram-call";

/** The request's call id (`CALL_ID_HEADER`), null when absent; a malformed one is the client's error. */
function callIdOf(req: IncomingMessage): string | null {
  const v = req.headers[CALL_ID_HEADER];
  if (v === undefined) return null;
  if (typeof v !== "string" || !/^[\w-]{1,64}$/.test(v)) throw new ApiError("bad_request", `${CALL_ID_HEADER}: use 1-64 letters, digits, - or _.`);
  return v;
}
