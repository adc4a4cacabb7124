import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { type CatalogEntry, isVerified, loadCatalog } from "../../models/catalog.js";
import { ChecksumError, type DownloadProgress, downloadFile } from "../../models/download.js";
import { activeModel, installCatalogModel } from "../../models/registry.js";
import { writeTinyLlama } from "../fixtures/gguf-writer.js";

/** A payload served by the test server; `cutAfter` bytes into the first N requests the socket is destroyed. */
interface Served {
  body: Buffer;
  cutAfter?: number;
  cutRequests?: number;
}

let server: Server;
let base: string;
let dir: string;
const files = new Map<string, Served>();
/** Request log: path and headers of every request the server saw. */
const seen: Array<{ path: string; headers: IncomingHttpHeaders }> = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "engram-dl-"));
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    seen.push({ path, headers: req.headers });
    if (path === "/redirect") {
      res.writeHead(302, { location: "/blob.bin" });
      return res.end();
    }
    const served = files.get(path);
    if (!served) {
      res.writeHead(404);
      return res.end("not found");
    }
    const { body } = served;
    const m = /^bytes=(\d+)-$/.exec(req.headers.range ?? "");
    const start = m ? Number(m[1]) : 0;
    if (start >= body.length) {
      res.writeHead(416, { "content-range": `bytes */${body.length}` });
      return res.end();
    }
    const headers: Record<string, string | number> = { "content-length": body.length - start, "accept-ranges": "bytes" };
    if (m) headers["content-range"] = `bytes ${start}-${body.length - 1}/${body.length}`;
    res.writeHead(m ? 206 : 200, headers);
    if (served.cutAfter !== undefined && (served.cutRequests ?? 1) > 0) {
      served.cutRequests = (served.cutRequests ?? 1) - 1;
      res.write(body.subarray(start, start + served.cutAfter), () => res.destroy());
      return;
    }
    res.end(body.subarray(start));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  seen.length = 0;
});

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe("model downloader", () => {
  it("resumes an interrupted transfer with a Range request and verifies the sha256", async () => {
    const body = randomBytes(3 * 1024 * 1024 + 17);
    files.set("/blob.bin", { body, cutAfter: 1024 * 1024, cutRequests: 1 });
    const dest = join(dir, "resumed.bin");
    const progress: DownloadProgress[] = [];
    const r = await downloadFile({ url: `${base}/blob.bin`, dest, sha256: sha(body), retryDelayMs: 10, onProgress: (p) => progress.push(p) });
    expect(r).toMatchObject({ path: dest, sha256: sha(body), bytes: body.length, resumes: 1 });
    expect(sha(readFileSync(dest))).toBe(sha(body));
    expect(existsSync(`${dest}.part`)).toBe(false);
    expect(seen.map((s) => s.headers.range)).toEqual([undefined, expect.stringMatching(/^bytes=\d+-$/)]);
    const resumedFrom = Number(/bytes=(\d+)-/.exec(seen[1]!.headers.range!)![1]);
    expect(resumedFrom).toBeGreaterThan(0);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ bytes: body.length, total: body.length });
    expect(last.rate).toBeGreaterThan(0);
    expect(last.eta).toBe(0);
  });

  it("keeps the part file when a call gives up, and the next call resumes it", async () => {
    const body = randomBytes(2 * 1024 * 1024);
    files.set("/again.bin", { body, cutAfter: 512 * 1024, cutRequests: 1 });
    const dest = join(dir, "again.bin");
    await expect(downloadFile({ url: `${base}/again.bin`, dest, sha256: sha(body), retries: 0 })).rejects.toThrow(/interrupted.*run it again to resume/);
    expect(existsSync(dest)).toBe(false);
    expect(statSync(`${dest}.part`).size).toBeGreaterThan(0);
    const r = await downloadFile({ url: `${base}/again.bin`, dest, sha256: sha(body), retries: 0 });
    expect(r.resumes).toBe(1);
    expect(seen.at(-1)!.headers.range).toMatch(/^bytes=\d+-$/);
    expect(sha(readFileSync(dest))).toBe(sha(body));
  });

  it("rejects a wrong checksum and leaves no file behind", async () => {
    const body = randomBytes(256 * 1024);
    files.set("/bad.bin", { body });
    const dest = join(dir, "bad.bin");
    const wrong = "0".repeat(64);
    const err = await downloadFile({ url: `${base}/bad.bin`, dest, sha256: wrong }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChecksumError);
    expect((err as Error).message).toContain(`expected ${wrong}, got ${sha(body)}`);
    expect(existsSync(dest)).toBe(false);
    expect(existsSync(`${dest}.part`)).toBe(false);
  });

  it("follows redirects and reports HTTP errors", async () => {
    const body = randomBytes(1000);
    files.set("/blob.bin", { body });
    const r = await downloadFile({ url: `${base}/redirect`, dest: join(dir, "redirected.bin"), sha256: null });
    expect(r.sha256).toBe(sha(body));
    await expect(downloadFile({ url: `${base}/missing.bin`, dest: join(dir, "missing.bin"), sha256: null, retries: 0 })).rejects.toThrow(/HTTP 404/);
  });
});

describe("catalog install", () => {
  it("ships a valid catalog of chat and embedding models with pinned URLs", () => {
    const catalog = loadCatalog();
    expect(catalog.filter((e) => e.role === "chat").length).toBeGreaterThanOrEqual(5);
    expect(catalog.filter((e) => e.role === "embedding").length).toBeGreaterThanOrEqual(3);
    for (const e of catalog.filter((x) => x.role === "chat")) {
      expect(isVerified(e)).toBe(true);
      expect(e.files[0]!.url).toMatch(/^https:\/\/huggingface\.co\/.+\/resolve\/[0-9a-f]{40}\/.+\.gguf$/);
    }
  });

  const entry = (sha256: string | null): CatalogEntry => ({
    id: "tiny-test-model",
    name: "Tiny test model",
    role: "chat",
    quantization: "F32",
    license: "test",
    contextLength: 2048,
    recommendedRamBytes: 1e8,
    sizeExact: true,
    files: [{ path: "tiny.gguf", url: `${base}/tiny.gguf`, sizeBytes: 1, sha256 }],
  });

  it("downloads, verifies and records a catalog model; refuses an unverified one without consent", async () => {
    const ggufPath = join(dir, "source.gguf");
    writeTinyLlama(ggufPath);
    const body = readFileSync(ggufPath);
    files.set("/tiny.gguf", { body, cutAfter: 100_000, cutRequests: 1 });
    process.env.ENGRAM_MODELS_DIR = join(dir, "models");
    const db = openDatabase(":memory:");
    try {
      await expect(installCatalogModel(db, entry(null))).rejects.toThrow(/no published sha256 for tiny\.gguf.*--allow-unverified/);
      expect(seen).toEqual([]); // nothing was requested

      const r = await installCatalogModel(db, entry(sha(body)), { retries: 2 });
      expect(r.files).toEqual([{ path: "tiny.gguf", sha256: sha(body), verified: true }]);
      expect(r.model).toMatchObject({ id: "tiny-test-model", role: "chat", origin: "catalog", active: true, sha256: sha(body), sizeBytes: body.length });
      expect(r.model.path).toBe(join(dir, "models", "tiny-test-model", "tiny.gguf"));
      expect(r.model.metadata).toMatchObject({ architecture: "llama", contextLength: 2048, chatTemplate: true });
      expect(activeModel(db, "chat")?.id).toBe("tiny-test-model");

      const unverified = await installCatalogModel(db, entry(null), { allowUnverified: true });
      expect(unverified.files[0]).toEqual({ path: "tiny.gguf", sha256: sha(body), verified: false });
    } finally {
      db.close();
      delete process.env.ENGRAM_MODELS_DIR;
    }
  });
});
