import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Embedder } from "../../models/embedder.js";
import { prepareVectors } from "../../core/retrieval/reembed.js";
import { startHttpServer } from "../../core/transports/http/server.js";
import { lettersEmbedder } from "../fixtures/letters-embedder.js";
import { openScreenshotter, textPage } from "../fixtures/screenshots.js";
import { testApi, type TestApi } from "../helpers/api.js";

/**
 * `captureFrame`, the API method the desktop app's capture scheduler sends grabbed frames to (the
 * engine process runs it; electron-engine.test.ts drives it there): in process, with real
 * screenshots rendered by headless Chromium, tesseract OCR and the letters embedder. A frame's
 * words become searchable; the pipeline follows the active embedder; a host that does not capture
 * the screen (`engram serve`, over HTTP too) refuses it.
 */

/** The same letter counts as lettersEmbedder in 16 dimensions (a–p): another model, another dimension. */
const sixteen: Embedder = {
  id: "letters16@test",
  dimension: 16,
  embed: async (texts) =>
    texts.map((t) => {
      const v = new Float32Array(16).fill(0.01);
      for (const ch of t.toLowerCase()) if (ch >= "a" && ch <= "p") v[ch.charCodeAt(0) - 97]! += 1;
      const n = Math.hypot(...v);
      return v.map((x) => x / n);
    }),
};

/** An hour ago, whole ms (inside the default 30-day retention). */
const AT = Date.now() - 3_600_000;
let travel: Buffer;
let cello: Buffer;
let card: Buffer;
let t: TestApi;

beforeAll(async () => {
  const shots = await openScreenshotter();
  try {
    travel = await shots.html(textPage("Travel plans", ["Take the harmonica to Ljubljana on the night train."]));
    cello = await shots.html(textPage("Music", ["Practise the cello sonata every evening."]));
    card = await shots.html(textPage("Checkout", ["Card number 4111 1111 1111 1111 expires 12/29"], { fontPx: 20 }));
  } finally {
    await shots.close();
  }
  t = testApi({ embedder: lettersEmbedder, captureAvailable: true });
}, 60_000);
afterAll(async () => {
  await t?.api.close();
  t?.close();
  if (t) rmSync(t.dir, { recursive: true, force: true });
});

describe("captureFrame", () => {
  it("stores a frame given as PNG bytes, and search finds it by its words", async () => {
    const verdict = await t.api.captureFrame({ png: travel, capturedAt: AT, display: 1, app: "Firefox", windowTitle: "Travel", url: null });
    expect(verdict).toMatchObject({ status: "stored", frameId: 1 });
    expect(verdict.words).toBeGreaterThan(5);
    const { hits } = await t.api.search({ query: "harmonica Ljubljana" });
    expect(hits[0]).toMatchObject({ memory: { title: "Firefox — Travel", occurredAt: AT }, sources: [{ kind: "screenshot" }] });
    expect(hits[0]!.memory.content).toMatch(/harmonica to Ljubljana/);
    // the same screen again on that display: the pipeline's dedup state is kept between calls
    expect(await t.api.captureFrame({ png: travel, capturedAt: AT + 5000, display: 1, app: "Firefox", windowTitle: "Travel" })).toMatchObject({
      status: "duplicate",
    });
  }, 60_000);

  it("embeds with the new model after the active embedder changed (a new pipeline, no mixed dimensions)", async () => {
    // what the host does when the user chose another embedding model: vectors recomputed, a new embedder
    t.ctx.embedder = async () => {
      await prepareVectors(t.db, sixteen);
      return sixteen;
    };
    const verdict = await t.api.captureFrame({ png: cello, capturedAt: AT + 60_000, display: 1, app: "Notes", windowTitle: "Music" });
    expect(verdict).toMatchObject({ status: "stored" });
    // the new frame's memory has a vector in the new model's index (vector search alone finds it)
    const { hits } = await t.api.search({ query: "cello sonata evening", mode: "vector", k: 10 });
    expect(hits.map((h) => h.memory.title)).toContain("Notes — Music");
  }, 60_000);

  it("drops redacted values when no key opens the vault, and says so in the host's log", async () => {
    const log: string[] = [];
    t.ctx.log = (m) => log.push(m);
    const verdict = await t.api.captureFrame({ png: card, capturedAt: AT + 120_000, display: 2, app: "Firefox", windowTitle: "Checkout" });
    expect(verdict).toMatchObject({ status: "stored", redactions: { card: 2 }, vaulted: 0 });
    expect(log).toEqual(["vault: no passphrase or app key opens the vault; redacted screen text is dropped, not kept in the vault"]);
    expect((await t.api.listRedactions({})).items).toEqual([]);
  }, 60_000);

  it("refuses a frame where this host does not capture the screen, and over HTTP", async () => {
    const serve = testApi({ captureAvailable: false });
    serve.ctx.capture = { available: false, reason: "Screen capture runs in the Engram desktop app, not in the browser." };
    const server = await startHttpServer({ api: serve.api, port: 0, staticDir: serve.dir, imagePath: () => null, exportPath: () => null });
    try {
      await expect(serve.api.captureFrame({ png: travel, capturedAt: AT })).rejects.toMatchObject({
        code: "unavailable",
        message: expect.stringMatching(/^captureFrame: Screen capture runs in the Engram desktop app, not in the browser\./),
      });
      const r = await fetch(`http://127.0.0.1:${server.port}/api/captureFrame`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${server.token}` },
        body: JSON.stringify({ png: travel.toString("base64"), capturedAt: AT }),
      });
      expect(r.status).toBe(400);
      expect(await r.json()).toEqual({
        error: {
          code: "bad_request",
          field: "png",
          message: "captureFrame: png: frame bytes as a Uint8Array (over IPC from the desktop app's capture; JSON cannot carry them)",
        },
      });
      expect((await serve.api.captureStorage({})).frames).toBe(0);
    } finally {
      await server.close();
      serve.close();
      rmSync(serve.dir, { recursive: true, force: true });
    }
  }, 30_000);
});
