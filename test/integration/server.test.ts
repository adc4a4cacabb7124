import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertMemory } from "../../core/db/repos/memories.js";
import { REQUEST_SCHEMAS } from "../../core/api/schemas.js";
import { FILESYSTEM_FIELDS, signPath } from "../../core/transports/http/guard.js";
import { startHttpServer, type HttpServer } from "../../core/transports/http/server.js";
import { createHttpClient } from "../../renderer/api/http-client.js";
import { testApi, type TestApi } from "../helpers/api.js";

/** A raw HTTP request (node:http lets us send any Host and Origin, like a hostile page would). */
function raw(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: opts.method ?? "GET", headers: { host: `127.0.0.1:${port}`, ...opts.headers } }, (res) => {
      let body = "";
      res
        .setEncoding("utf8")
        .on("data", (c: string) => (body += c))
        .on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end(opts.body);
  });
}

let t: TestApi;
let server: HttpServer;
let ui: string;

beforeAll(async () => {
  t = testApi();
  insertMemory(t.db, { type: "semantic", title: "Tea", content: "Caroline likes green tea in the morning", engine: "user" }, { actor: "user" });
  insertMemory(t.db, { type: "episodic", title: "Hike", content: "Mel went hiking on Saturday", engine: "user" }, { actor: "user" });
  ui = mkdtempSync(join(tmpdir(), "engram-ui-"));
  mkdirSync(join(ui, "assets"));
  writeFileSync(join(ui, "index.html"), "<!doctype html><title>Engram UI</title>");
  writeFileSync(join(ui, "assets", "app.js"), "console.log('engram')");
  server = await startHttpServer({
    api: t.api,
    port: 0,
    staticDir: ui,
    imagePath: () => null,
    exportPath: (name) => (name.endsWith(".gz") ? join(t.dir, "exports", name) : null),
  });
});
afterAll(async () => {
  await server.close();
  t.close();
  rmSync(ui, { recursive: true, force: true });
});

const json = (body: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const auth = () => ({ authorization: `Bearer ${server.token}` });

describe("engram serve: access control", () => {
  it("prints a loopback URL with a long random token", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
  });

  it("refuses API requests without the token or with a wrong one", async () => {
    const none = await raw(server.port, "/api/stats", json({}));
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).error.message).toMatch(/access token/);
    const wrong = await raw(server.port, "/api/stats", { ...json({}), headers: { "content-type": "application/json", authorization: "Bearer nope" } });
    expect(wrong.status).toBe(401);
    const ok = await raw(server.port, "/api/stats", { ...json({}), headers: { "content-type": "application/json", ...auth() } });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).memoriesTotal).toBe(2);
    const query = await raw(server.port, `/api/stats?token=${server.token}`, json({}));
    expect(query.status).toBe(401); // a token in the URL leaks into logs and history: header only
  });

  it("refuses a foreign Origin (no CORS) even with the token", async () => {
    const r = await raw(server.port, "/api/stats", { ...json({}), headers: { "content-type": "application/json", ...auth(), origin: "https://evil.example" } });
    expect(r.status).toBe(403);
    expect(r.headers["access-control-allow-origin"]).toBeUndefined();
    const same = await raw(server.port, "/api/stats", {
      ...json({}),
      headers: { "content-type": "application/json", ...auth(), origin: `http://localhost:${server.port}` },
    });
    expect(same.status).toBe(200);
  });

  it("refuses a DNS-rebinding Host and a Host naming another port", async () => {
    const rebind = await raw(server.port, "/api/stats", {
      ...json({}),
      headers: { "content-type": "application/json", ...auth(), host: `evil.example:${server.port}` },
    });
    expect(rebind.status).toBe(421);
    const page = await raw(server.port, `/?token=${server.token}`, { headers: { host: `attacker.test:${server.port}` } });
    expect(page.status).toBe(421);
    const other = await raw(server.port, "/api/stats", { ...json({}), headers: { "content-type": "application/json", ...auth(), host: "127.0.0.1:1" } });
    expect(other.status).toBe(421);
  });

  it("serves the UI with a strict CSP, sets the token cookie on the first load, and refuses the page without a token", async () => {
    const first = await raw(server.port, `/?token=${server.token}`);
    expect(first.status).toBe(200);
    expect(first.body).toContain("Engram UI");
    expect(first.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(first.headers["referrer-policy"]).toBe("no-referrer");
    const cookie = String(first.headers["set-cookie"]).split(";")[0]!;
    expect(cookie).toBe(`engram_token_${server.port}=${server.token}`);
    expect(String(first.headers["set-cookie"])).toMatch(/HttpOnly; SameSite=Strict/);
    const withCookie = await raw(server.port, "/api/stats", { ...json({}), headers: { "content-type": "application/json", cookie } });
    expect(withCookie.status).toBe(401); // the cookie opens the page, never the API (cookies ignore ports)
    const noToken = await raw(server.port, "/");
    expect(noToken.status).toBe(401);
    expect(noToken.body).toMatch(/Open the address that <code>engram serve<\/code> printed/);
    expect((await raw(server.port, "/assets/app.js")).body).toBe("console.log('engram')");
    expect((await raw(server.port, "/assets/..%2f..%2f%2e%2e%2fpackage.json")).status).toBe(404);
    expect((await raw(server.port, "/memories/12", { headers: { cookie } })).body).toContain("Engram UI"); // a client-side route
  });
});

describe("engram serve: the API", () => {
  it("answers POST /api/search with JSON", async () => {
    const r = await raw(server.port, "/api/search", {
      ...json({ query: "green tea", mode: "bm25" }),
      headers: { "content-type": "application/json", ...auth() },
    });
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body);
    expect(body.hits.map((h: { memory: { title: string } }) => h.memory.title)).toEqual(["Tea"]);
    expect(body.hits[0].scores.bm25Rank).toBe(1);
  });

  it("returns typed errors with HTTP statuses", async () => {
    const h = { "content-type": "application/json", ...auth() };
    const bad = await raw(server.port, "/api/search", { ...json({ query: "" }), headers: h });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ error: { code: "bad_request", message: "search: query: type something to search for", field: "query" } });
    const missing = await raw(server.port, "/api/getMemory", { ...json({ id: 999 }), headers: h });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error.code).toBe("not_found");
    expect((await raw(server.port, "/api/nope", { ...json({}), headers: h })).status).toBe(404);
    expect((await raw(server.port, "/api/search", { method: "POST", headers: h, body: "{oops" })).status).toBe(400);
  });

  it("streams over SSE: progress events, then the result", async () => {
    const r = await raw(server.port, "/api/exportData", { ...json({}), headers: { "content-type": "application/json", ...auth() } });
    expect(r.headers["content-type"]).toMatch(/^text\/event-stream/);
    const frames = r.body
      .trim()
      .split("\n\n")
      .map((f) => ({ event: /^event: (.*)$/m.exec(f)![1], data: JSON.parse(/^data: (.*)$/m.exec(f)![1]!) }));
    expect(frames.filter((f) => f.event === "event").length).toBeGreaterThan(3);
    expect(frames.at(-1)!.event).toBe("result");
    expect(frames.at(-1)!.data.counts.memories).toBe(2);
  });

  it("answers no method to a GET, not even with the token (no state change by GET)", async () => {
    const req = encodeURIComponent(JSON.stringify({}));
    for (const method of ["exportData", "chat", "ask", "importFile", "downloadModel", "deleteEverything", "stats"]) {
      const r = await raw(server.port, `/api/${method}?req=${req}`, { headers: auth() });
      expect(r.status, method).toBe(400);
      expect(JSON.parse(r.body).error.message).toBe(`Use POST /api/${method} with a JSON body.`);
    }
  });

  it("refuses every client-chosen filesystem path, before doing anything", async () => {
    const h = { "content-type": "application/json", ...auth() };
    const target = join(t.dir, "chosen.jsonl.gz");
    const exp = await raw(server.port, "/api/exportData", { ...json({ path: target }), headers: h });
    expect(exp.status).toBe(400);
    expect(JSON.parse(exp.body).error).toEqual({
      code: "bad_request",
      field: "path",
      message:
        "exportData: path: file paths are not accepted over HTTP (a web page could choose them); leave it out: exports go to the data folder's exports/ and are downloaded",
    });
    expect(existsSync(target)).toBe(false);
    const imp = await raw(server.port, "/api/importFile", { ...json({ path: "/etc/passwd", format: "text" }), headers: h });
    expect(JSON.parse(imp.body).error.message).toMatch(/^importFile: path: file paths are not accepted over HTTP .*upload the file instead$/);
    for (const [m, body] of [
      ["importModel", { path: "/tmp/x.gguf", role: "chat" }],
      ["importAdapter", { path: "/tmp/a.gguf", baseModel: "m", op: "extract" }],
    ] as const) {
      const r = await raw(server.port, `/api/${m}`, { ...json(body), headers: h });
      expect(r.status, m).toBe(400);
      expect(JSON.parse(r.body).error.field).toBe("path");
    }
    expect(JSON.parse((await raw(server.port, "/api/stats", { ...json({}), headers: h })).body).memoriesTotal).toBe(2);
  });

  it("names every path-like request field in FILESYSTEM_FIELDS", () => {
    const keys = new Set<string>();
    const walk = (s: unknown) => {
      const def = (s as { def?: { type: string; shape?: Record<string, unknown>; options?: unknown[] } }).def;
      if (def?.type === "object") for (const k of Object.keys(def.shape!)) keys.add(k);
      def?.options?.forEach(walk);
    };
    Object.values(REQUEST_SCHEMAS).forEach(walk);
    expect(keys.size).toBeGreaterThan(30);
    const pathLike = [...keys].filter((k) => /path|dir|folder/i.test(k));
    expect(pathLike.filter((k) => !(FILESYSTEM_FIELDS as readonly string[]).includes(k))).toEqual([]);
  });

  it("serves images and exports to a signed URL, not to the cookie; the export link expires", async () => {
    const exported = await createHttpClient({ baseUrl: `http://127.0.0.1:${server.port}`, token: server.token }).exportData({});
    const name = exported.path.split(/[\\/]/).pop()!;
    const path = `/api/exports/${name}`;
    const cookie = `engram_token_${server.port}=${server.token}`;
    expect((await raw(server.port, path, { headers: { cookie } })).status).toBe(401);
    expect((await raw(server.port, signPath(server.token, path, Date.now() + 60_000))).status).toBe(200);
    expect((await raw(server.port, signPath(server.token, path, Date.now() - 1))).status).toBe(401);
    expect((await raw(server.port, signPath("another-token", path))).status).toBe(401);
    const forOther = signPath(server.token, "/api/exports/other.gz").split("?")[1];
    expect((await raw(server.port, `${path}?${forOther}`)).status).toBe(401); // a signature is for its own path only
  });

  it("answers 400, not 500, to a malformed percent-escape in a file name", async () => {
    const r = await raw(server.port, "/api/exports/%E0%A4%A", { headers: auth() });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body).error.message).toBe("Malformed percent-escape in the URL: %E0%A4%A");
  });

  it("works through the UI's HTTP client: JSON calls, SSE streams with onEvent, typed errors", async () => {
    const api = createHttpClient({ baseUrl: `http://127.0.0.1:${server.port}`, token: server.token });
    expect((await api.stats({})).memoriesTotal).toBe(2);
    const events: unknown[] = [];
    const exported = await api.exportData({}, { onEvent: (e) => events.push(e) });
    expect(events).toContainEqual({ type: "progress", table: "memories", rows: 2 });
    expect(exported.path).toMatch(/exports[\\/]engram-.*\.jsonl\.gz$/);
    await expect(api.getMemory({ id: 4242 })).rejects.toMatchObject({ name: "EngramApiError", code: "not_found" });
    await expect(createHttpClient({ baseUrl: `http://127.0.0.1:${server.port}`, token: "wrong" }).stats({})).rejects.toMatchObject({
      code: "bad_request",
      message: expect.stringMatching(/token/),
    });
    const name = exported.path.split(/[\\/]/).pop()!;
    const dl = await raw(server.port, `/api/exports/${name}`, { headers: auth() });
    expect(dl.status).toBe(200);
    expect(dl.headers["content-disposition"]).toBe(`attachment; filename="${name}"`);
  });
});

describe("engram serve: uploads", () => {
  it("refuses an upload over the size limit, naming the file, and keeps nothing of it", async () => {
    const s = await startHttpServer({ api: t.api, port: 0, staticDir: ui, imagePath: () => null, exportPath: () => null, maxUploadBytes: 1000 });
    try {
      const h = { "content-type": "application/octet-stream", authorization: `Bearer ${s.token}` };
      const r = await raw(s.port, "/api/importFile?name=big.txt", { method: "POST", headers: h, body: "Sam: hi\n".repeat(500) });
      expect(r.status).toBe(400);
      expect(JSON.parse(r.body).error.message).toBe("big.txt: the file is too large to upload (4000 bytes; at most 1000); import it with engram import");
      const chunked = await raw(s.port, "/api/importFile?name=big.txt", {
        method: "POST",
        headers: { ...h, "transfer-encoding": "chunked" },
        body: "Sam: hi\n".repeat(500),
      });
      expect(JSON.parse(chunked.body).error.message).toBe("big.txt: the file is too large to upload (over 1000 bytes); import it with engram import");
      expect(readdirSync(tmpdir()).filter((n) => n.startsWith(`engram-upload-${process.pid}-`))).toEqual([]);
      expect(t.db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      await s.close();
    }
  });

  it("removes at start the uploads a killed server left behind, and keeps a running one's", async () => {
    const dead = join(tmpdir(), "engram-upload-4194309-aaaaaa"); // above Linux's largest pid: no such process
    const alive = join(tmpdir(), `engram-upload-${process.pid}-bbbbbb`);
    for (const d of [dead, alive]) {
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, "conversations.json"), "[]");
    }
    try {
      const s = await startHttpServer({ api: t.api, port: 0, staticDir: ui, imagePath: () => null, exportPath: () => null });
      await s.close();
      expect(existsSync(dead)).toBe(false);
      expect(existsSync(alive)).toBe(true);
    } finally {
      rmSync(dead, { recursive: true, force: true });
      rmSync(alive, { recursive: true, force: true });
    }
  });
});

describe("engram serve: binding", () => {
  it("refuses to listen on a non-loopback address", async () => {
    await expect(startHttpServer({ api: t.api, port: 0, host: "0.0.0.0", staticDir: ui, imagePath: () => null, exportPath: () => null })).rejects.toThrow(
      /only on this computer/,
    );
  });

  it("shows how to build the UI when dist-renderer is missing", async () => {
    const s = await startHttpServer({ api: t.api, port: 0, staticDir: join(ui, "missing"), imagePath: () => null, exportPath: () => null });
    try {
      const r = await raw(s.port, `/?token=${s.token}`);
      expect(r.body).toContain("npm run build:renderer");
    } finally {
      await s.close();
    }
  });
});
