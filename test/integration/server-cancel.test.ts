import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { EngramApi, ImportEvent, StreamOptions } from "../../core/api/types.js";
import { startHttpServer, type HttpServer } from "../../core/transports/http/server.js";
import { createHttpClient } from "../../renderer/api/http-client.js";

/**
 * An import that stores a chunk, reports progress, and takes `commitMs` to finish the chunk under
 * way once cancelled (as the real pipeline stops between two committed chunks).
 */
function slowImport(commitMs: number) {
  const log = { stored: 0, settled: false };
  const importFile = async (_req: unknown, so?: StreamOptions<ImportEvent>) => {
    log.stored = 128;
    so?.onEvent?.({ type: "progress", phase: "import", unit: "messages", done: 128, total: 1024, conversations: 1, turns: 128 });
    await new Promise<void>((resolve) => so?.signal?.addEventListener("abort", () => resolve(), { once: true }));
    await new Promise((r) => setTimeout(r, commitMs));
    log.stored = 256;
    log.settled = true;
    throw so?.signal?.reason;
  };
  return { log, api: { importFile } as unknown as EngramApi };
}

let server: HttpServer | null = null;
let ui: string | null = null;
afterEach(async () => {
  await server?.close();
  if (ui) rmSync(ui, { recursive: true, force: true });
  server = ui = null;
});

async function serve(api: EngramApi): Promise<HttpServer> {
  ui = mkdtempSync(join(tmpdir(), "engram-ui-"));
  writeFileSync(join(ui, "index.html"), "<!doctype html><title>Engram</title>");
  server = await startHttpServer({ api, port: 0, staticDir: ui, imagePath: () => null, exportPath: () => null });
  return server;
}

describe("engram serve: cancelling a stream", () => {
  it("settles a cancelled import only once the server has stopped it, so counts read after it are complete", async () => {
    const { log, api } = slowImport(400);
    const s = await serve(api);
    const client = createHttpClient({ baseUrl: `http://127.0.0.1:${s.port}`, token: s.token });
    const ac = new AbortController();
    const call = client.importFile({ file: new Blob(["{}"]), name: "conv.json" }, { signal: ac.signal, onEvent: () => ac.abort() });
    await expect(call).rejects.toMatchObject({ code: "conflict", message: "Cancelled." });
    expect(log).toEqual({ stored: 256, settled: true });
  });

  it("refuses a malformed call id and answers a cancel of a call that is not running", async () => {
    const { api } = slowImport(0);
    const s = await serve(api);
    const post = (path: string, headers: Record<string, string>, body: string) =>
      fetch(`http://127.0.0.1:${s.port}${path}`, { method: "POST", headers: { Authorization: `Bearer ${s.token}`, ...headers }, body });
    const bad = await post("/api/importFile?name=a.json", { "Content-Type": "application/octet-stream", "X-Engram-Call": "a b" }, "{}");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/x-engram-call: use 1-64 letters/);
    const none = await post("/api/cancel", { "Content-Type": "application/json" }, JSON.stringify({ callId: "nope" }));
    expect(await none.json()).toEqual({ cancelled: false });
    const noToken = await fetch(`http://127.0.0.1:${s.port}/api/cancel`, { method: "POST", body: JSON.stringify({ callId: "x" }) });
    expect(noToken.status).toBe(401);
  });
});
