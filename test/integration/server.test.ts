import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertMemory } from "../../core/db/repos/memories.js";
import { startHttpServer, type HttpServer } from "../../core/server/http/server.js";
import { createHttpClient } from "../../renderer/api/http-client.js";
import { testApi, type TestApi } from "../helpers/api.js";

/** A raw HTTP request (node:http lets us send any Host and Origin, like a hostile page would). */
function raw(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method: opts.method ?? "GET", headers: { host: `127.0.0.1:${port}`, ...opts.headers } }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (c: string) => (body += c)).on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
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
    api: t.api, port: 0, staticDir: ui, imagePath: () => null,
    exportPath: (name) => (name.endsWith(".gz") ? join(t.dir, "exports", name) : null),
  });
});
afterAll(async () => {
  await server.close();
  t.close();
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
    expect(query.status).toBe(200);
  });

  it("refuses a foreign Origin (no CORS) even with the token", async () => {
    const r = await raw(server.port, "/api/stats", { ...json({}), headers: { "content-type": "application/json", ...auth(), origin: "https://evil.example" } });
    expect(r.status).toBe(403);
    expect(r.headers["access-control-allow-origin"]).toBeUndefined();
    const same = await raw(server.port, "/api/stats", { ...json({}), headers: { "content-type": "application/json", ...auth(), origin: `http://localhost:${server.port}` } });
    expect(same.status).toBe(200);
  });

  it("refuses a DNS-rebinding Host and a Host naming another port", async () => {
    const rebind = await raw(server.port, "/api/stats", { ...json({}), headers: { "content-type": "application/json", ...auth(), host: `evil.example:${server.port}` } });
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
    expect(withCookie.status).toBe(200);
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
    const r = await raw(server.port, "/api/search", { ...json({ query: "green tea", mode: "bm25" }), headers: { "content-type": "application/json", ...auth() } });
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
    const frames = r.body.trim().split("\n\n").map((f) => ({ event: /^event: (.*)$/m.exec(f)![1], data: JSON.parse(/^data: (.*)$/m.exec(f)![1]!) }));
    expect(frames.filter((f) => f.event === "event").length).toBeGreaterThan(3);
    expect(frames.at(-1)!.event).toBe("result");
    expect(frames.at(-1)!.data.counts.memories).toBe(2);
  });

  it("streams to an EventSource-style GET with the token in the URL", async () => {
    const req = encodeURIComponent(JSON.stringify({}));
    const r = await raw(server.port, `/api/exportData?token=${server.token}&req=${req}`);
    expect(r.headers["content-type"]).toMatch(/^text\/event-stream/);
    expect(r.body).toMatch(/event: result\ndata: \{"path":/);
    expect((await raw(server.port, `/api/stats?token=${server.token}`)).status).toBe(400); // plain methods are POST only
  });

  it("works through the UI's HTTP client: JSON calls, SSE streams with onEvent, typed errors", async () => {
    const api = createHttpClient({ baseUrl: `http://127.0.0.1:${server.port}`, token: server.token });
    expect((await api.stats({})).memoriesTotal).toBe(2);
    const events: unknown[] = [];
    const exported = await api.exportData({}, { onEvent: (e) => events.push(e) });
    expect(events).toContainEqual({ type: "progress", table: "memories", rows: 2 });
    expect(exported.path).toMatch(/exports[\\/]engram-.*\.jsonl\.gz$/);
    await expect(api.getMemory({ id: 4242 })).rejects.toMatchObject({ name: "EngramApiError", code: "not_found" });
    await expect(createHttpClient({ baseUrl: `http://127.0.0.1:${server.port}`, token: "wrong" }).stats({})).rejects.toMatchObject({ code: "bad_request", message: expect.stringMatching(/token/) });
    const name = exported.path.split(/[\\/]/).pop()!;
    const dl = await raw(server.port, `/api/exports/${name}`, { headers: auth() });
    expect(dl.status).toBe(200);
    expect(dl.headers["content-disposition"]).toBe(`attachment; filename="${name}"`);
  });
});

describe("engram serve: binding", () => {
  it("refuses to listen on a non-loopback address", async () => {
    await expect(startHttpServer({ api: t.api, port: 0, host: "0.0.0.0", staticDir: ui, imagePath: () => null, exportPath: () => null })).rejects.toThrow(/only on this computer/);
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
