import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { forgetMemories } from "../../core/api/forget.js";
import type { GrayImage } from "../../core/capture/image.js";
import type { OcrPool } from "../../core/capture/ocr.js";
import { createCapturePipeline, type CapturePipelineOptions, type FrameInput } from "../../core/capture/pipeline.js";
import { sweepPendingFrames } from "../../core/capture/retention.js";
import { saveCaptureSettings } from "../../core/capture/settings.js";
import { resolveImage } from "../../core/capture/storage.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { frameBytes } from "../../core/db/repos/frame-stats.js";
import { getFrame, insertPendingFrame } from "../../core/db/repos/frames.js";
import { insertMemory } from "../../core/db/repos/memories.js";
import { passphraseKeySource } from "../../core/vault/keys.js";
import { listVaultItems, openVault } from "../../core/vault/vault.js";
import { useCaptureEnv } from "../fixtures/capture-env.js";
import { lettersEmbedder } from "../fixtures/letters-embedder.js";
import { textPage } from "../fixtures/screenshots.js";

// A revisited screen (the user switches back to a window captured a while ago) is stored as a new
// capture of that screen without OCR and without encoding: a new frame and source at the new time,
// with the earlier frame's text and redactions, pointing at the earlier frame's image. Deleting
// frames keeps an image file while any frame points at it.

const DAY = 86_400_000;
const NOW = Date.UTC(2024, 4, 30, 12);
const env = useCaptureEnv("engram-revisit-");
let n = 0;

/** The test's OCR pool, counting the images it is asked to read (the pipeline's only way to OCR). */
function countingOcr(): { pool: OcrPool; calls: () => number } {
  let calls = 0;
  const pool: OcrPool = {
    get size() {
      return env.ocr.size;
    },
    recognize(img: GrayImage) {
      calls++;
      return env.ocr.recognize(img);
    },
    close: async () => undefined,
  };
  return { pool, calls: () => calls };
}

/** A fresh database and frames folder with a pipeline reading through a counting OCR pool. */
async function setup(opts: Partial<CapturePipelineOptions> = {}) {
  const dir = join(env.root, `db${++n}`);
  const db = openDatabase(join(dir, "engram.db"));
  const framesDir = join(dir, "frames");
  const ocr = countingOcr();
  const pipeline = await createCapturePipeline({ db, embedder: lettersEmbedder, framesDir, ocr: ocr.pool, now: () => NOW, ...opts });
  return { db, dir, framesDir, pipeline, ocr };
}

const textOf = (db: EngramDb, sourceId: number | undefined) => (db.prepare("SELECT text FROM sources WHERE id = ?").get(sourceId) as { text: string }).text;

function filesUnder(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];
}

const trip = textPage("Trip planning notes", [
  "Book the zeppelin tour over Friedrichshafen for the second morning.",
  "Pack quokka stickers and orange marmalade for the grandparents.",
]);
const groceries = textPage("Groceries", ["Buy fennel, walnuts and a jar of tahini on the way home."]);

describe("a revisited screen", () => {
  it("is stored at its new time with the earlier frame's text and image, without OCR, also after a restart", async () => {
    const { db, framesDir, pipeline, ocr } = await setup();
    const [tripPng, groceriesPng] = [await env.shots.html(trip), await env.shots.html(groceries)];
    const at = (png: Buffer, capturedAt: number, windowTitle: string): FrameInput => ({ png, capturedAt, app: "Firefox", windowTitle });
    const first = await pipeline.ingestFrame(at(tripPng, NOW - 60_000, "Trip notes"));
    const other = await pipeline.ingestFrame(at(groceriesPng, NOW - 50_000, "Groceries"));
    const readBefore = ocr.calls();
    const again = await pipeline.ingestFrame(at(tripPng, NOW - 40_000, "Trip notes"));
    expect(ocr.calls()).toBe(readBefore);
    expect(again).toMatchObject({ status: "stored", sameAs: first.frameId, keyframe: false, words: first.words, confidence: first.confidence });
    expect(again.reason).toMatch(new RegExp(`^same screen as frame ${first.frameId} \\(revisit, .*\\): text and image reused$`));
    expect(again.timings.ocrMs).toBeUndefined();
    expect(again.timings.encodeMs).toBeUndefined();
    expect(textOf(db, again.sourceId)).toBe(textOf(db, first.sourceId));
    expect(textOf(db, again.sourceId)).toMatch(/zeppelin/i);
    const [f1, f3] = [getFrame(db, first.frameId!)!, getFrame(db, again.frameId!)!];
    expect(f3).toMatchObject({ captured_at: NOW - 40_000, image_path: f1.image_path, same_as: f1.id, bytes: 0, word_count: f1.word_count });
    const source = db.prepare("SELECT occurred_at, image_path, metadata FROM sources WHERE id = ?").get(again.sourceId) as Record<string, string>;
    expect(source).toMatchObject({ occurred_at: NOW - 40_000, image_path: f1.image_path });
    expect(JSON.parse(source.metadata!)).toMatchObject({ frame_id: f3.id, same_as: f1.id });
    expect(filesUnder(framesDir)).toHaveLength(2); // no new image file
    expect(frameBytes(db)).toBe(f1.bytes + getFrame(db, other.frameId!)!.bytes);
    await pipeline.close();

    // a new process (empty block cache) remembers the display's recent screens from the database
    const ocr2 = countingOcr();
    const restarted = await createCapturePipeline({ db, embedder: lettersEmbedder, framesDir, ocr: ocr2.pool, now: () => NOW });
    expect(await restarted.ingestFrame(at(groceriesPng, NOW - 30_000, "Groceries"))).toMatchObject({ status: "stored", sameAs: other.frameId });
    expect(await restarted.ingestFrame(at(tripPng, NOW - 20_000, "Trip notes"))).toMatchObject({ status: "stored", sameAs: first.frameId });
    expect(ocr2.calls()).toBe(0);
    expect(filesUnder(framesDir)).toHaveLength(2);
    await restarted.close();
  });

  it("is read again when its window title differs (the same pixels in another window are another screen)", async () => {
    const { db, framesDir, pipeline } = await setup();
    const [tripPng, groceriesPng] = [await env.shots.html(trip), await env.shots.html(groceries)];
    const first = await pipeline.ingestFrame({ png: tripPng, capturedAt: NOW - 60_000, app: "Firefox", windowTitle: "Trip notes" });
    await pipeline.ingestFrame({ png: groceriesPng, capturedAt: NOW - 50_000, app: "Firefox", windowTitle: "Groceries" });
    const same = await pipeline.ingestFrame({ png: tripPng, capturedAt: NOW - 40_000, app: "Firefox", windowTitle: "Trip notes" });
    expect(same).toMatchObject({ status: "stored", sameAs: first.frameId });
    const retitled = await pipeline.ingestFrame({ png: tripPng, capturedAt: NOW - 30_000, app: "Firefox", windowTitle: "Trip notes (copy)" });
    expect(retitled.status).toBe("stored");
    expect(retitled.sameAs).toBeUndefined();
    expect(retitled.blocks).toBeGreaterThan(0); // segmented and looked up in the block cache: the OCR step ran
    expect(retitled.timings.ocrMs).toBeDefined();
    const frame = getFrame(db, retitled.frameId!)!;
    expect(frame).toMatchObject({ same_as: null, image_path: `2024-05-30/${frame.id}.png` });
    expect(frame.bytes).toBeGreaterThan(0);
    expect(filesUnder(framesDir)).toHaveLength(3);
    await pipeline.close();
  });

  it("keeps the shared image while any frame points at it: retention, a user's deletion, a crash's leftovers", async () => {
    const { db, dir, framesDir, pipeline } = await setup({ memories: false });
    const [tripPng, groceriesPng] = [await env.shots.html(trip), await env.shots.html(groceries)];
    const first = await pipeline.ingestFrame({ png: tripPng, capturedAt: NOW - 20 * DAY, app: "Firefox", windowTitle: "Trip notes" });
    const other = await pipeline.ingestFrame({ png: groceriesPng, capturedAt: NOW - 20 * DAY + 5000, app: "Firefox", windowTitle: "Groceries" });
    const again = await pipeline.ingestFrame({ png: tripPng, capturedAt: NOW - DAY, app: "Firefox", windowTitle: "Trip notes" });
    expect(again.sameAs).toBe(first.frameId);
    const [f1, f2] = [getFrame(db, first.frameId!)!, getFrame(db, other.frameId!)!];
    const image = resolveImage(framesDir, f1.image_path!);

    // a crash left a pending frame pointing at the image: sweeping it keeps the file
    insertPendingFrame(
      db,
      { ...f1, capturedAt: NOW - DAY, windowTitle: "Trip notes", ocrConfidence: null, wordCount: 0, keyframe: false, sameAs: f1.id },
      () => f1.image_path!,
      NOW - DAY,
    );
    expect(sweepPendingFrames(db, framesDir, NOW)).toBe(1);
    expect(existsSync(image)).toBe(true);

    // retention: the first frame goes (older than 5 days), its image stays with the revisit, which now records its bytes
    saveCaptureSettings(db, { retentionDays: 5 });
    expect(pipeline.prune()).toEqual({ frames: 2, bytes: f2.bytes });
    expect(getFrame(db, f1.id)).toBeUndefined();
    expect(existsSync(image)).toBe(true);
    expect(getFrame(db, again.frameId!)).toMatchObject({ image_path: f1.image_path, bytes: f1.bytes });
    expect(frameBytes(db)).toBe(f1.bytes);
    // and a new process still repeats the screen from the revisit that is left (a keyframe: still for 10 minutes)
    const restarted = await createCapturePipeline({ db, embedder: lettersEmbedder, framesDir, ocr: countingOcr().pool, now: () => NOW, memories: false });
    const third = await restarted.ingestFrame({ png: tripPng, capturedAt: NOW - DAY + 600_000, app: "Firefox", windowTitle: "Trip notes" });
    expect(third).toMatchObject({ status: "stored", keyframe: true, sameAs: f1.id });

    // the user deletes the revisit's source (forget with sources): the file stays for the third frame
    const memoryOf = (sourceId: number) =>
      db.transaction(() =>
        insertMemory(
          db,
          { type: "resource", title: "Trip", content: "Trip notes", occurredAt: NOW, engine: "heuristic" },
          { sourceIds: [sourceId], actor: "test" },
        ),
      )();
    expect(forgetMemories(db, join(dir, "engram.db"), [memoryOf(again.sourceId!)], { withSources: true })).toMatchObject({ sources: 1, images: 0 });
    expect(existsSync(image)).toBe(true);
    expect(getFrame(db, third.frameId!)!.bytes).toBe(f1.bytes);

    // retention by size: the last frame pointing at the image goes, and the file with it
    saveCaptureSettings(db, { retentionDays: 0, retentionMaxBytes: 1 });
    expect(pipeline.prune()).toEqual({ frames: 1, bytes: f1.bytes });
    expect(existsSync(image)).toBe(false);
    expect(filesUnder(framesDir)).toEqual([]);
    expect(frameBytes(db)).toBe(0);
    await restarted.close();
    await pipeline.close();
  });

  it("stays redacted, with the redacted values copied in the vault; a redaction pattern added since makes it read again", async () => {
    const passphrase = "test vault passphrase";
    const { db, dir, pipeline } = await setup({ vault: () => openVault(db, passphraseKeySource(passphrase)) });
    const checkout = textPage("Checkout", ["Card number 4111 1111 1111 1111 expires 12/29", "Deploy key sk-proj-Zx8Qm4Lp9Rt7Vw2Ky5Nb3 for staging"], {
      fontPx: 20,
    });
    const [checkoutPng, groceriesPng] = [await env.shots.html(checkout), await env.shots.html(groceries)];
    const first = await pipeline.ingestFrame({ png: checkoutPng, capturedAt: NOW - 60_000, app: "Firefox", windowTitle: "Checkout" });
    expect(first).toMatchObject({ status: "stored", redactions: { card: 2, api_key: 1 }, vaulted: 3 });
    await pipeline.ingestFrame({ png: groceriesPng, capturedAt: NOW - 50_000, app: "Firefox", windowTitle: "Groceries" });
    const again = await pipeline.ingestFrame({ png: checkoutPng, capturedAt: NOW - 40_000, app: "Firefox", windowTitle: "Checkout" });
    expect(again).toMatchObject({ status: "stored", sameAs: first.frameId, redactions: { card: 2, api_key: 1 }, vaulted: 3 });
    expect(textOf(db, again.sourceId)).toMatch(/Card number \[REDACTED:card\] expires \[REDACTED:card\]/);
    expect(textOf(db, again.sourceId)).toContain("[REDACTED:api_key]");
    db.pragma("wal_checkpoint(PASSIVE)");
    const bytes = Buffer.concat(
      readdirSync(dir)
        .filter((f) => f.startsWith("engram.db"))
        .map((f) => readFileSync(join(dir, f))),
    );
    for (const secret of ["4111 1111 1111 1111", "4111111111111111", "Zx8Qm4Lp9Rt7Vw2Ky5Nb3"]) expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    // the revisit's own vault items: the same values, readable with the passphrase
    const vault = await openVault(db, passphraseKeySource(passphrase));
    const items = listVaultItems(db, { sourceId: again.sourceId });
    expect(items.map((i) => i.label)).toEqual(items.map((i) => `${i.kind} redacted from frame ${again.frameId}`));
    expect(items.map((i) => vault.get(i.id)).sort()).toEqual(["12/29", "4111 1111 1111 1111", "sk-proj-Zx8Qm4Lp9Rt7Vw2Ky5Nb3"]);

    // a pattern the earlier text was not redacted with: the screen is read and redacted again
    saveCaptureSettings(db, { redactPatterns: ["staging"] });
    await pipeline.ingestFrame({ png: groceriesPng, capturedAt: NOW - 30_000, app: "Firefox", windowTitle: "Groceries" });
    const patterned = await pipeline.ingestFrame({ png: checkoutPng, capturedAt: NOW - 20_000, app: "Firefox", windowTitle: "Checkout" });
    expect(patterned).toMatchObject({ status: "stored", redactions: { card: 2, api_key: 1, custom: 1 } });
    expect(patterned.sameAs).toBeUndefined();
    expect(textOf(db, patterned.sourceId)).toContain("[REDACTED:custom]");
    await pipeline.close();
  });
});
