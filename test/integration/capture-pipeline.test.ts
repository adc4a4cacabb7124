import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Embedder } from "../../models/embedder.js";
import { BlockOcr, textOf } from "../../core/capture/block-ocr.js";
import { getFrame, pinFrame } from "../../core/db/repos/frames.js";
import { decodeImage, toGray } from "../../core/capture/image.js";
import { createCapturePipeline, type CapturePipelineOptions } from "../../core/capture/pipeline.js";
import { PAUSED_FOREVER, saveCaptureSettings } from "../../core/capture/settings.js";
import { resolveImage } from "../../core/capture/storage.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { searchMemories } from "../../core/retrieval/search.js";
import { passphraseKeySource } from "../../core/vault/keys.js";
import { listVaultItems, openVault } from "../../core/vault/vault.js";
import { useCaptureEnv } from "../fixtures/capture-env.js";
import { docPages, textPage } from "../fixtures/screenshots.js";

/** A deterministic bag-of-words embedder (these tests check capture, not embedding quality). */
const testEmbedder: Embedder = {
  id: "test-bow-64",
  dimension: 64,
  async embed(texts) {
    return texts.map((t) => {
      const v = new Float32Array(64);
      for (const w of t.toLowerCase().match(/[a-z0-9]+/g) ?? []) v[[...w].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 64]! += 1;
      const n = Math.hypot(...v) || 1;
      return v.map((x) => x / n);
    });
  },
};

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 4, 30, 12);
const env = useCaptureEnv("engram-capture-");
let n = 0;

/** A fresh database file and frames folder, and a pipeline on them sharing the test's OCR pool. */
async function setup(opts: Partial<CapturePipelineOptions> = {}) {
  const dir = join(env.root, `db${++n}`);
  const dbPath = join(dir, "engram.db");
  const db = openDatabase(dbPath);
  const framesDir = join(dir, "frames");
  const pipeline = await createCapturePipeline({ db, embedder: testEmbedder, framesDir, ocr: env.ocr, now: () => NOW, ...opts });
  return { db, dbPath, dir, framesDir, pipeline };
}

function count(db: EngramDb, table: string): number {
  return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function filesUnder(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];
}

/** Every byte of the database (main file and WAL), after a checkpoint. */
function databaseBytes(db: EngramDb, dir: string): Buffer {
  db.pragma("wal_checkpoint(PASSIVE)");
  return Buffer.concat(
    readdirSync(dir)
      .filter((f) => f.startsWith("engram.db"))
      .map((f) => readFileSync(join(dir, f))),
  );
}

const tripPage = textPage("Trip planning notes", [
  "Book the zeppelin tour over Friedrichshafen for the second morning.",
  "Pack quokka stickers and orange marmalade for the grandparents.",
]);

describe("capture pipeline with real screenshots", () => {
  it("makes the words on a page searchable and stores the frame image under frames/YYYY-MM-DD/<id>.png", async () => {
    const { db, framesDir, pipeline } = await setup();
    const v = await pipeline.ingestFrame({
      png: await env.shots.html(tripPage),
      capturedAt: NOW - 60_000,
      app: "Firefox",
      windowTitle: "Trip notes",
      url: "https://notes.example/trip",
    });
    expect(v).toMatchObject({ status: "stored", keyframe: false, redactions: {} });
    expect(v.words).toBeGreaterThan(15);
    const frame = getFrame(db, v.frameId!)!;
    expect(frame).toMatchObject({ app: "Firefox", window_title: "Trip notes", url: "https://notes.example/trip", width: 1280, height: 720, display: 0 });
    expect(frame.image_path).toBe(`2024-05-30/${v.frameId}.png`);
    expect(frame.ocr_confidence).toBeGreaterThan(60);
    expect(statSync(resolveImage(framesDir, frame.image_path!)).size).toBe(frame.bytes);
    const hits = await searchMemories(db, testEmbedder, "zeppelin marmalade", { k: 3 });
    expect(hits[0]).toMatchObject({ type: "resource", title: "Firefox — Trip notes (notes.example)" });
    expect(hits[0]!.content).toMatch(/zeppelin/i);
    expect(hits[0]!.sources[0]).toMatchObject({ kind: "screenshot", app: "Firefox" });
    const source = db.prepare("SELECT * FROM sources WHERE id = ?").get(v.sourceId) as { image_path: string; trust: string; metadata: string };
    expect(source).toMatchObject({ image_path: frame.image_path, trust: "captured" });
    expect(JSON.parse(source.metadata)).toMatchObject({ display: 0, width: 1280, height: 720, frame_id: v.frameId });
    await pipeline.close();
  });

  it("reads the HTML documentation installed on this machine, light and dark themes alike", async () => {
    const { db, pipeline } = await setup();
    const file = docPages()[0]!;
    const v = await pipeline.ingestFrame({
      png: await env.shots.file(file, { width: 1920, height: 1080 }),
      capturedAt: NOW - 1000,
      app: "Chromium",
      name: file,
    });
    expect(v.status).toBe("stored");
    const text = (db.prepare("SELECT text FROM sources WHERE id = ?").get(v.sourceId) as { text: string }).text;
    const html = readFileSync(file, "utf8")
      .replace(/<[^>]+>/g, " ")
      .toLowerCase();
    const long = [...new Set(text.toLowerCase().match(/[a-z]{7,}/g) ?? [])];
    expect(long.length).toBeGreaterThan(20);
    expect(long.filter((w) => html.includes(w)).length / long.length).toBeGreaterThan(0.8);
    const dark = await pipeline.ingestFrame({
      png: await env.shots.html(textPage("Dark theme", ["Phosphorescent jellyfish glow beneath the harbour."], { dark: true })),
      capturedAt: NOW - 500,
      app: "Terminal",
    });
    expect((db.prepare("SELECT text FROM sources WHERE id = ?").get(dark.sourceId) as { text: string }).text).toMatch(/Phosphorescent jellyfish/);
    await pipeline.close();
  });

  it("stores the same screen once, then a keyframe once it stayed still for keyframeMs", async () => {
    const { db, framesDir, pipeline } = await setup();
    const png = await env.shots.html(tripPage);
    const first = await pipeline.ingestFrame({ png, capturedAt: NOW - 400_000, app: "Firefox", windowTitle: "Trip notes" });
    const again = await pipeline.ingestFrame({ png, capturedAt: NOW - 395_000, app: "Firefox", windowTitle: "Trip notes" });
    expect(first.status).toBe("stored");
    expect(again).toMatchObject({ status: "duplicate" });
    expect(again.reason).toMatch(/same screen as the last kept frame of display 0/);
    // memories: the page kept whole (resource) and the day (core/memory/screen)
    expect([count(db, "frames"), count(db, "sources"), count(db, "memories"), filesUnder(framesDir).length]).toEqual([1, 1, 2, 1]);
    const still = await pipeline.ingestFrame({ png, capturedAt: NOW - 100_000, app: "Firefox", windowTitle: "Trip notes" });
    // stored at its new time, repeating the still screen's text and image (nothing read, nothing encoded)
    expect(still).toMatchObject({ status: "stored", keyframe: true, sameAs: first.frameId });
    expect(filesUnder(framesDir)).toHaveLength(1);
    // five minutes on the same page: now also an activity (the page's resource and the day were there already)
    expect([count(db, "frames"), count(db, "sources"), count(db, "memories")]).toEqual([2, 2, 3]);
    // a new process remembers the last frame: the same screen is still a duplicate
    const restarted = await createCapturePipeline({ db, embedder: testEmbedder, framesDir, ocr: env.ocr, now: () => NOW });
    expect((await restarted.ingestFrame({ png, capturedAt: NOW - 90_000, app: "Firefox", windowTitle: "Trip notes" })).status).toBe("duplicate");
    await pipeline.close();
  });

  it("reads only the new blocks of a scrolled page", async () => {
    const { db, pipeline } = await setup();
    const file = docPages()[0]!;
    const top = await pipeline.ingestFrame({ png: await env.shots.file(file, { width: 1280, height: 720 }), capturedAt: NOW - 2000, app: "Chromium" });
    const scrolled = await pipeline.ingestFrame({
      png: await env.shots.file(file, { width: 1280, height: 720, scrollY: 240 }),
      capturedAt: NOW - 1000,
      app: "Chromium",
    });
    expect(scrolled.status).toBe("stored");
    expect(scrolled.blocksRead!).toBeLessThan(scrolled.blocks! / 2);
    expect(top.blocksRead).toBe(top.blocks);
    expect(count(db, "frames")).toBe(2);
    await pipeline.close();
  });

  it("leaves no row and no file for an excluded app or while paused", async () => {
    const { db, framesDir, pipeline } = await setup();
    const png = await env.shots.html(tripPage);
    const v = await pipeline.ingestFrame({ png, capturedAt: NOW - 5000, app: "1Password", windowTitle: "Vault" });
    expect(v).toMatchObject({ status: "excluded", reason: "excluded app (1Password)" });
    const incognito = await pipeline.ingestFrame({ png, capturedAt: NOW - 4000, app: "Google Chrome", windowTitle: "Bank - Google Chrome (Incognito)" });
    expect(incognito.status).toBe("excluded");
    saveCaptureSettings(db, { pausedUntil: PAUSED_FOREVER });
    expect(await pipeline.ingestFrame({ png, capturedAt: NOW - 3000, app: "Firefox" })).toMatchObject({ status: "paused", reason: "capture is paused" });
    expect([count(db, "frames"), count(db, "sources"), count(db, "memories"), filesUnder(framesDir).length]).toEqual([0, 0, 0, 0]);
    saveCaptureSettings(db, { pausedUntil: 0 });
    expect((await pipeline.ingestFrame({ png, capturedAt: NOW - 2000, app: "Firefox" })).status).toBe("stored");
    await pipeline.close();
  });

  it("keeps a card number on screen out of the database and the image, in the vault only", async () => {
    const passphrase = "test vault passphrase";
    const { db, dir, framesDir, pipeline } = await setup({ vault: () => openVault(db, passphraseKeySource(passphrase)) });
    const page = textPage("Checkout", ["Card number 4111 1111 1111 1111 expires 12/29", "Deploy key sk-proj-Zx8Qm4Lp9Rt7Vw2Ky5Nb3 for staging"], {
      fontPx: 20,
    });
    const v = await pipeline.ingestFrame({ png: await env.shots.html(page), capturedAt: NOW - 1000, app: "Firefox", windowTitle: "Checkout" });
    expect(v).toMatchObject({ status: "stored", redactions: { card: 2, api_key: 1 }, vaulted: 3 }); // the card number and its expiry date
    const text = (db.prepare("SELECT text FROM sources WHERE id = ?").get(v.sourceId) as { text: string }).text;
    expect(text).toMatch(/Card number \[REDACTED:card\] expires \[REDACTED:card\]/);
    expect(text).toContain("[REDACTED:api_key]");
    const bytes = databaseBytes(db, dir);
    for (const secret of ["4111 1111 1111 1111", "4111111111111111", "1111 1111", "Zx8Qm4Lp9Rt7Vw2Ky5Nb3"])
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    // the stored image has the redacted words blacked out
    const stored = toGray(await decodeImage(readFileSync(resolveImage(framesDir, getFrame(db, v.frameId!)!.image_path!)), "stored"));
    const reread = textOf((await new BlockOcr(env.ocr).recognize(stored)).words);
    expect(reread).toMatch(/Card number/);
    expect(reread).not.toMatch(/4111|1111/);
    // the vault: readable with the passphrase, not with another one
    const items = listVaultItems(db, { sourceId: v.sourceId });
    expect(items.map((i) => i.kind).sort()).toEqual(["api_key", "card", "card"]);
    await expect(openVault(db, passphraseKeySource("not the passphrase"))).rejects.toMatchObject({ code: "wrong_key" });
    const vault = await openVault(db, passphraseKeySource(passphrase));
    expect(items.map((i) => vault.get(i.id)).sort()).toEqual(["12/29", "4111 1111 1111 1111", "sk-proj-Zx8Qm4Lp9Rt7Vw2Ky5Nb3"]);
    await pipeline.close();
  });

  it("drops redacted values when no vault key is available", async () => {
    const { db, dir, pipeline } = await setup({ vault: async () => null });
    const v = await pipeline.ingestFrame({
      png: await env.shots.html(textPage("Pay", ["Card 4111 1111 1111 1111 please"], { fontPx: 20 })),
      capturedAt: NOW - 1000,
    });
    expect(v).toMatchObject({ status: "stored", redactions: { card: 1 }, vaulted: 0 });
    expect(count(db, "vault_items")).toBe(0);
    expect(databaseBytes(db, dir).includes(Buffer.from("4111 1111 1111 1111"))).toBe(false);
    await pipeline.close();
  });

  it("prunes the oldest frames with their files, sources and memories, never pinned ones", async () => {
    const { db, framesDir, pipeline } = await setup();
    const ids: number[] = [];
    for (const [i, word] of ["Aardvark", "Bumblebee", "Chinchilla"].entries()) {
      const v = await pipeline.ingestFrame({
        png: await env.shots.html(textPage(word, [`${word} notes for retention.`])),
        capturedAt: NOW - [20, 10, 1][i]! * DAY,
        app: "Notes",
      });
      ids.push(v.frameId!);
    }
    const [oldest, middle, newest] = ids.map((id) => getFrame(db, id)!);
    pinFrame(db, oldest!.id, true);
    saveCaptureSettings(db, { retentionDays: 5 });
    expect(pipeline.prune()).toEqual({ frames: 1, bytes: middle!.bytes });
    expect(getFrame(db, middle!.id)).toBeUndefined();
    expect(existsSync(resolveImage(framesDir, middle!.image_path!))).toBe(false);
    expect(await searchMemories(db, testEmbedder, "Bumblebee", { k: 5, mode: "bm25" })).toEqual([]);
    expect(getFrame(db, oldest!.id)).toBeDefined(); // pinned, though 20 days old
    saveCaptureSettings(db, { retentionDays: 0, retentionMaxBytes: 1 });
    expect(pipeline.prune().frames).toBe(1);
    expect(getFrame(db, newest!.id)).toBeUndefined();
    expect(filesUnder(framesDir)).toEqual([resolveImage(framesDir, oldest!.image_path!)]);
    // the pinned frame keeps what only it supports: its page (resource) and its day
    expect([count(db, "frames"), count(db, "sources"), count(db, "memories")]).toEqual([1, 1, 2]);
    await pipeline.close();
  });

  it("rejects a corrupt or non-image file with an error naming it, changing nothing", async () => {
    const { db, framesDir, pipeline } = await setup();
    const good = await env.shots.html(tripPage);
    await expect(pipeline.ingestFrame({ png: good.subarray(0, 2000), capturedAt: NOW, name: "/shots/broken.png" })).rejects.toThrow(
      /^\/shots\/broken\.png: not a readable image/,
    );
    await expect(pipeline.ingestFrame({ png: Buffer.from("not an image at all"), capturedAt: NOW, name: "notes.txt" })).rejects.toThrow(
      /^notes\.txt: not a readable image/,
    );
    await expect(
      pipeline.ingestFrame({ raw: { data: new Uint8Array(10), width: 4, height: 4, order: "bgra" }, capturedAt: NOW, name: "display 1" }),
    ).rejects.toThrow("display 1: bitmap has 10 bytes, expected 4×4×4 = 64");
    expect([count(db, "frames"), count(db, "sources"), filesUnder(framesDir).length]).toEqual([0, 0, 0]);
    expect((await pipeline.ingestFrame({ png: good, capturedAt: NOW })).status).toBe("stored"); // the queue keeps working
    await pipeline.close();
  });

  it("fails a frame with an error naming capture.ocrDataDir when that folder has no model, writing nothing", async () => {
    const { db, dir, framesDir, pipeline } = await setup({ ocr: undefined }); // the pipeline makes its own OCR pool from the settings
    saveCaptureSettings(db, { ocrDataDir: join(dir, "no-models") });
    await expect(pipeline.ingestFrame({ png: await env.shots.html(tripPage), capturedAt: NOW })).rejects.toThrow(
      `capture.ocrDataDir: ${join(dir, "no-models", "eng.traineddata")} (or .gz) is missing`,
    );
    expect([count(db, "frames"), count(db, "sources"), filesUnder(framesDir).length]).toEqual([0, 0, 0]);
    await pipeline.close();
  });
});
