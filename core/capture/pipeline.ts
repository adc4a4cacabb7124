import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { completeFrame, deleteFrameRow, insertPendingFrame } from "../db/repos/frames.js";
import { prepareVectors } from "../retrieval/reembed.js";
import { storeSources } from "../ingest/store.js";
import { createMemoryEngine } from "../memory/index.js";
import { describeScreen } from "../memory/screen/titles.js";
import type { Vault } from "../vault/vault.js";
import { BlockOcr, textOf } from "./block-ocr.js";
import { compareFrames, hashToHex, signature, type KeptFrame } from "./dedup.js";
import { compileExclusions, type ExclusionCheck } from "./exclusions.js";
import { keptScreens } from "./frames.js";
import { checkRaw, decodeImage, encodeFrame, toGray, type RawImage, type Rect } from "./image.js";
import { createOcrPool, type OcrPool, type OcrWord } from "./ocr.js";
import { compileUserPatterns, redact, unredacted, type Redaction, type RedactionCounts } from "../util/redact.js";
import { pruneFrames, sweepPendingFrames, type PruneResult } from "./retention.js";
import { RecentScreens, storeRevisit } from "./revisits.js";
import { screenshotSource } from "./screenshot-source.js";
import { captureBlocked, loadCaptureSettings, type CaptureSettings } from "./settings.js";
import { frameImagePath, removeImage, writeImage } from "./storage.js";

/**
 * The capture pipeline: one frame in, one verdict out (see README.md in this folder).
 * paused/hours → exclusions → decode → near-duplicate check → revisit of a recent screen (stored
 * repeating its text and image: revisits.ts) or OCR → redaction → storage (image file, `frames`
 * row, `screenshot` source + vector) → memories (activities, the day, documents:
 * core/memory/screen) → retention.
 */

/** One screenshot to ingest. Exactly one of `png` (encoded bytes) and `raw` (a bitmap) is given. */
export interface FrameInput {
  /** encoded image bytes: PNG, JPEG or WebP */
  png?: Uint8Array;
  /** a raw 4-byte-per-pixel bitmap (Electron NativeImage.toBitmap) */
  raw?: RawImage;
  /** when the frame was taken, epoch ms UTC */
  capturedAt: number;
  /** display id (Electron display.id); default 0 */
  display?: number;
  /** the active app, its window title and (browsers) URL, when known */
  app?: string | null;
  windowTitle?: string | null;
  url?: string | null;
  /** how errors name the frame (a file path); default `frame@<capturedAt>` */
  name?: string;
}

export type { RedactionCounts } from "../util/redact.js";

/** Time spent per phase of one frame, wall-clock ms. */
export interface FrameTimings {
  decodeMs: number;
  dedupMs: number;
  ocrMs: number;
  encodeMs: number;
  storeMs: number;
  /** making memories of the frames so far (only for the frames that triggered it, see `memories`) */
  memoryMs: number;
}

/**
 * What happened to a frame. `stored`: kept as frame `frameId` (source `sourceId`) — when it showed
 * again one of the display's recent screens (`sameAs`), without OCR and encoding, repeating that
 * screen's text and image (`reason` says so); `duplicate`: the same screen as the last kept frame
 * of its display (or the same frame already stored); `excluded`: an exclusion matched, or the frame
 * is older than the retention period (nothing written); `paused`: capture is paused or outside its
 * hours (nothing written). `reason` explains every status but a `stored` frame that was read.
 */
export interface FrameVerdict {
  status: "stored" | "duplicate" | "excluded" | "paused";
  frameId?: number;
  sourceId?: number;
  reason?: string;
  /** stored only because the screen stayed still for `keyframeMs` */
  keyframe?: boolean;
  /** stored as a revisit: the frame first read for this screen, whose text and image it repeats (not read, not encoded) */
  sameAs?: number;
  words?: number;
  /** mean word confidence 0..100, null without words */
  confidence?: number | null;
  redactions?: RedactionCounts;
  /** redacted values kept encrypted in the vault (the rest were dropped) */
  vaulted?: number;
  /** OCR blocks in the frame and how many had to be read (the rest came from the cache) */
  blocks?: number;
  blocksRead?: number;
  timings: Partial<FrameTimings>;
}

/** Options of {@link createCapturePipeline}. */
export interface CapturePipelineOptions {
  db: EngramDb;
  embedder: Embedder;
  /** folder of frame images (storage.ts framesDirFor); null keeps no images */
  framesDir: string | null;
  /** an OCR pool to use (not closed by the pipeline); default: one made from the settings */
  ocr?: OcrPool;
  /**
   * Gives the unlocked vault, or null when no key is available; asked at most once, and only
   * when a redacted value would be kept. Default: no vault (redacted values are dropped).
   */
  vault?: () => Promise<Vault | null>;
  /** clock, epoch ms (tests) */
  now?: () => number;
  /**
   * Turn stored frames into memories (activities, the day, documents: core/memory/screen) with the
   * heuristic memory engine: at once when a display shows another document, else when
   * `MEMORY_EVERY_MS` of capture time passed, and at close. Default true; false leaves the frames
   * unprocessed for `engram process`.
   */
  memories?: boolean;
  /** Called when making memories fails (the frames stay stored and unprocessed); default: a line on stderr. */
  onMemoryError?: (err: unknown) => void;
  /**
   * Warm up the OCR pool at creation, in the background (default true): start its workers and have
   * each read a few small synthetic raw lines and blocks ({@link OcrPool.warmUp}), so the first real frame
   * does not pay tesseract's first-use costs (0.4–1 s of CPU on a text-dense page; README.md, *The
   * first frame after a start*). A frame's OCR waits at most for the warm-up reading in flight; a
   * failed warm-up is logged on stderr and the first frame starts the workers as before. A pool the
   * pipeline makes later (the OCR settings changed) is warmed too. False: workers start on the
   * first frame read (as before; bench:capture measures both).
   */
  warmUp?: boolean;
}

/** A running pipeline. Calls to {@link CapturePipeline.ingestFrame} are processed one at a time, in call order. */
export interface CapturePipeline {
  /**
   * Ingests one frame.
   * @throws Error naming the frame for bad input (corrupt image, bad bitmap size, bad time) —
   *   nothing is written then — and for storage failures (whatever was written is removed).
   */
  ingestFrame(frame: FrameInput): Promise<FrameVerdict>;
  /** Applies retention now (also done after storing, at most once a minute). */
  prune(): PruneResult;
  /** Makes memories of the frames stored and not yet processed now (see `memories`). */
  flushMemories(): Promise<void>;
  /**
   * Resolves when the OCR warm-up begun at creation has ended ({@link CapturePipelineOptions.warmUp}):
   * true when every OCR worker has read both a raw line and a block (warm-up images or real frames),
   * false when the warm-up is off, failed, or was cut short by {@link CapturePipeline.close}. Never rejects.
   */
  ocrReady(): Promise<boolean>;
  /**
   * Makes memories of the last frames (see `memories`) and stops the OCR workers it created (a
   * warm-up still running on them stops; one on a pool given as `ocr` goes on, as that pool does).
   */
  close(): Promise<void>;
}

const PRUNE_EVERY_MS = 60_000;
const ALREADY_STORED = "already stored (same display, time and text)";
/**
 * Frames of one document are turned into memories at most this often (capture time): each update
 * of an activity writes a version of it, so a long read is re-described every few minutes, not
 * every frame. A new document is processed at once.
 */
export const MEMORY_EVERY_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

function counts(redactions: Redaction[]): RedactionCounts {
  const out: RedactionCounts = {};
  for (const r of redactions) out[r.kind] = (out[r.kind] ?? 0) + 1;
  return out;
}

/** Boxes of the words a redaction overlaps (the text is `textOf(words)`: words joined by " " and "\n"). */
function redactedBoxes(words: OcrWord[], redactions: Redaction[]): Rect[] {
  if (!redactions.length) return [];
  const boxes: Rect[] = [];
  let at = 0;
  words.forEach((w, i) => {
    const start = at;
    const end = start + w.text.length;
    if (redactions.some((r) => r.start < end && r.end > start)) boxes.push(w.bbox);
    at = end + (i + 1 < words.length ? 1 : 0);
  });
  return boxes;
}

function elapsed(t0: number): number {
  return Math.round((performance.now() - t0) * 10) / 10;
}

/**
 * Creates the capture pipeline over an open database: prepares the vector tables for `embedder`
 * (re-embedding everything if the embedder changed) and removes frames a crash left half-written.
 * Then begins the OCR warm-up in the background (option `warmUp`); it never delays the returned
 * promise and never throws into the caller.
 */
export async function createCapturePipeline(opts: CapturePipelineOptions): Promise<CapturePipeline> {
  const { db, embedder, framesDir } = opts;
  const now = opts.now ?? Date.now;
  await prepareVectors(db, embedder);
  sweepPendingFrames(db, framesDir, now());

  let settingsKey = "";
  let settings: CaptureSettings;
  let excluded: ExclusionCheck;
  let userPatterns: RegExp[];
  const refresh = () => {
    const s = loadCaptureSettings(db);
    const key = JSON.stringify(s);
    if (key !== settingsKey) {
      excluded = compileExclusions(s);
      userPatterns = compileUserPatterns(s.redactPatterns);
      settings = s;
      settingsKey = key;
    }
    return settings;
  };
  refresh();

  let pool: OcrPool | null = opts.ocr ?? null;
  let poolKey = "";
  let blockOcr: BlockOcr | null = opts.ocr ? new BlockOcr(opts.ocr) : null;
  /** the warm-up of the last pool warmed (see `warmUp`) */
  let warmed: Promise<boolean> = Promise.resolve(false);
  const warm = (p: OcrPool) => {
    if (opts.warmUp === false || !p.warmUp) return;
    try {
      warmed = p.warmUp().catch(() => false);
    } catch {
      warmed = Promise.resolve(false); // a pool whose warmUp throws is used as it is
    }
  };
  /** The block OCR; its own pool is remade when the OCR languages, worker count or model folder change. */
  const ocr = async () => {
    const key = `${settings.ocrLanguages.join("+")}/${settings.ocrWorkers}/${settings.ocrDataDir ?? ""}`;
    if (!opts.ocr && key !== poolKey) {
      await pool?.close();
      pool = createOcrPool({ languages: settings.ocrLanguages, workers: settings.ocrWorkers, dataDir: settings.ocrDataDir });
      blockOcr = new BlockOcr(pool);
      poolKey = key;
      warm(pool);
    }
    return blockOcr!;
  };
  const kept = new Map<number, KeptFrame | null>();
  /** per display, the screens it showed lately (revisits.ts); read from the database with `kept` */
  const recent = new Map<number, RecentScreens>();
  let vaultAsked = false;
  let vault: Vault | null = null;
  let lastPrune = 0;
  let unprocessed: number[] = [];
  const shown = new Map<number, { key: string; processedAt: number }>();
  const memorize = async () => {
    if (!unprocessed.length) return;
    const ids = unprocessed;
    unprocessed = [];
    try {
      await createMemoryEngine(db, embedder).process(ids);
    } catch (err) {
      (opts.onMemoryError ?? ((e) => process.stderr.write(`engram: screen memories: ${(e as Error).message}\n`)))(err);
    }
  };
  /**
   * After a frame was stored: remembers `last` as the display's last kept frame, queues the frame's
   * source for the memory engine and runs it when the display shows another document or
   * MEMORY_EVERY_MS passed (its time in `timings.memoryMs`), and prunes at most once a minute.
   */
  const afterStore = async (
    sourceId: number,
    display: number,
    last: KeptFrame,
    origin: { app: string | null; windowTitle: string | null; url: string | null },
    timings: Partial<FrameTimings>,
  ): Promise<void> => {
    kept.set(display, last);
    const at = last.capturedAt;
    const key = describeScreen(origin.app, origin.windowTitle, origin.url).key;
    const before = shown.get(display);
    if (opts.memories !== false) {
      unprocessed.push(sourceId);
      if (!before || before.key !== key || at - before.processedAt >= MEMORY_EVERY_MS) {
        shown.set(display, { key, processedAt: at });
        const t0 = performance.now();
        await memorize();
        timings.memoryMs = elapsed(t0);
      }
    }
    if (now() - lastPrune >= PRUNE_EVERY_MS) prune();
  };

  const prune = () => {
    lastPrune = now();
    const s = refresh();
    return pruneFrames(db, framesDir, { maxAgeDays: s.retentionDays, maxBytes: s.retentionMaxBytes, now: lastPrune });
  };

  const ingest = async (input: FrameInput): Promise<FrameVerdict> => {
    const name = input.name ?? `frame@${input.capturedAt}`;
    if (!Number.isInteger(input.capturedAt) || input.capturedAt < 0) throw new Error(`${name}: capturedAt must be integer epoch ms, got ${input.capturedAt}`);
    const display = input.display ?? 0;
    if (!Number.isInteger(display) || display < 0) throw new Error(`${name}: display must be a non-negative integer, got ${display}`);
    if ((input.png == null) === (input.raw == null)) throw new Error(`${name}: give exactly one of png and raw`);
    const s = refresh();
    const timings: Partial<FrameTimings> = {};
    const blocked = captureBlocked({ pausedUntil: s.pausedUntil, hours: null }, now()) ?? captureBlocked({ pausedUntil: 0, hours: s.hours }, input.capturedAt);
    if (blocked) return { status: "paused", reason: blocked, timings };
    const origin = { app: input.app ?? null, windowTitle: input.windowTitle ?? null, url: input.url ?? null };
    const why = excluded(origin);
    if (why) return { status: "excluded", reason: why, timings };
    if (s.retentionDays > 0 && input.capturedAt < now() - s.retentionDays * DAY_MS) {
      return { status: "excluded", reason: `older than the retention period (${s.retentionDays} days; setting retentionDays)`, timings };
    }

    let t0 = performance.now();
    let raw: RawImage;
    if (input.png) raw = await decodeImage(input.png, name);
    else {
      raw = input.raw!;
      checkRaw(raw, name);
    }
    timings.decodeMs = elapsed(t0);

    t0 = performance.now();
    const sig = signature(raw);
    if (!kept.has(display)) {
      const stored = keptScreens(db, display);
      kept.set(display, stored.last);
      recent.set(display, new RecentScreens(stored.screens));
    }
    const thresholds = { hashThreshold: s.dedupHashThreshold, diffThreshold: s.dedupDiffThreshold };
    const dedup = compareFrames(kept.get(display)!, { ...sig, ...origin, capturedAt: input.capturedAt }, { ...thresholds, keyframeMs: s.keyframeMs });
    const screens = recent.get(display)!;
    const revisit = dedup.kind === "same" ? null : screens.match({ ...sig, ...origin }, thresholds);
    timings.dedupMs = elapsed(t0);
    if (dedup.kind === "same") {
      return {
        status: "duplicate",
        reason: `same screen as the last kept frame of display ${display} (hash distance ${dedup.distance}, ${((dedup.difference ?? 0) * 100).toFixed(2)}% pixels changed)`,
        timings,
      };
    }
    const title = s.redact ? redact(origin.windowTitle ?? "", { userPatterns, highEntropy: false }) : { text: origin.windowTitle ?? "", redactions: [] };
    const url = s.redact ? redact(origin.url ?? "", { userPatterns, highEntropy: false }) : { text: origin.url ?? "", redactions: [] };
    const windowTitle = origin.windowTitle == null ? null : title.text;
    const frameUrl = origin.url == null ? null : url.text;
    const keyframe = dedup.kind === "keyframe";

    if (revisit) {
      const { first } = revisit.screen;
      const keepImage = s.keepImages && framesDir != null;
      t0 = performance.now();
      const again = await storeRevisit(db, embedder, framesDir, {
        first,
        frame: {
          capturedAt: input.capturedAt,
          display,
          app: origin.app,
          windowTitle,
          url: frameUrl,
          phash: hashToHex(revisit.screen.hash),
          thumb: revisit.screen.thumb,
          width: raw.width,
          height: raw.height,
          keyframe,
        },
        keepImage,
        keepVaulted: s.keepRedactedInVault,
        unredacted: (text) => s.redact && unredacted(text, { userPatterns }).length > 0,
        now: now(),
      });
      if (again === "duplicate") return { status: "duplicate", reason: ALREADY_STORED, timings };
      if (again) {
        timings.storeMs = elapsed(t0);
        screens.remember(revisit.screen);
        // the display's last kept frame is what was stored: the screen as first read
        await afterStore(
          again.sourceId,
          display,
          { ...revisit.screen, ...origin, capturedAt: input.capturedAt },
          { app: origin.app, windowTitle, url: frameUrl },
          timings,
        );
        return {
          status: "stored",
          frameId: again.frameId,
          sourceId: again.sourceId,
          sameAs: first,
          reason: `same screen as frame ${first} (${keyframe ? "still for keyframeMs" : "revisit"}, hash distance ${revisit.distance}, ${(revisit.difference * 100).toFixed(2)}% pixels changed): text${keepImage ? " and image" : ""} reused`,
          keyframe,
          words: again.from.word_count,
          confidence: again.from.ocr_confidence,
          redactions: again.redactions,
          vaulted: again.vaulted,
          timings,
        };
      }
      screens.forget(first); // its frames are gone, or it cannot be repeated: read the frame
    }

    t0 = performance.now();
    const read = await (await ocr()).recognize(toGray(raw));
    const words = read.words;
    timings.ocrMs = elapsed(t0);
    const fullText = textOf(words);
    const body = s.redact ? redact(fullText, { userPatterns }) : { text: fullText, redactions: [] };
    const redactions = [...body.redactions, ...title.redactions, ...url.redactions];
    const confidence = words.length ? Math.round((words.reduce((n, w) => n + w.confidence, 0) / words.length) * 10) / 10 : null;

    let image: Buffer | null = null;
    if (s.keepImages && framesDir) {
      t0 = performance.now();
      image = await encodeFrame(raw, redactedBoxes(words, body.redactions));
      timings.encodeMs = elapsed(t0);
    }
    let keepVault: Vault | null = null;
    if (redactions.length && s.keepRedactedInVault && opts.vault) {
      if (!vaultAsked) {
        vaultAsked = true;
        vault = await opts.vault();
      }
      keepVault = vault;
    }

    t0 = performance.now();
    const frame = insertPendingFrame(
      db,
      {
        capturedAt: input.capturedAt,
        display,
        app: origin.app,
        windowTitle,
        url: frameUrl,
        phash: hashToHex(sig.hash),
        thumb: sig.thumb,
        width: raw.width,
        height: raw.height,
        ocrConfidence: confidence,
        wordCount: words.length,
        keyframe,
      },
      image ? (id) => frameImagePath(id, input.capturedAt) : null,
      now(),
    );
    const undo = () => {
      deleteFrameRow(db, frame.id);
      if (framesDir) removeImage(framesDir, frame.imagePath);
    };
    let sourceId: number;
    try {
      if (image && framesDir && frame.imagePath) writeImage(framesDir, frame.imagePath, image);
      const stored = await storeSources(db, embedder, [
        {
          source: screenshotSource({
            capturedAt: input.capturedAt,
            display,
            app: origin.app,
            windowTitle,
            url: frameUrl,
            width: raw.width,
            height: raw.height,
            text: body.text,
            imagePath: frame.imagePath,
            frameId: frame.id,
            ocrConfidence: confidence,
            redactions: counts(redactions),
          }),
        },
      ]);
      if (stored.added === 0) {
        undo();
        return { status: "duplicate", reason: ALREADY_STORED, timings };
      }
      sourceId = stored.sourceIds[0]!;
      db.transaction(() => {
        completeFrame(db, frame.id, sourceId, image?.length ?? 0);
        for (const r of keepVault ? redactions : [])
          keepVault!.put({ kind: r.kind, value: r.value, label: `${r.kind} redacted from frame ${frame.id}`, sourceId });
      })();
    } catch (err) {
      undo();
      throw err;
    }
    timings.storeMs = elapsed(t0);
    screens.remember({ first: frame.id, ...sig, ...origin });
    await afterStore(sourceId, display, { ...sig, ...origin, capturedAt: input.capturedAt }, { app: origin.app, windowTitle, url: frameUrl }, timings);
    return {
      status: "stored",
      frameId: frame.id,
      sourceId,
      keyframe,
      words: words.length,
      confidence,
      redactions: counts(redactions),
      vaulted: keepVault ? redactions.length : 0,
      blocks: read.blocks,
      blocksRead: read.recognised,
      timings,
    };
  };

  // The OCR pool is made (from the settings) and its warm-up begun now, in the background: in the
  // call chain, so the first frame finds the pool made, but without waiting for the warm-up.
  const made = (async () => {
    if (opts.warmUp === false) return;
    if (opts.ocr) warm(opts.ocr);
    else await ocr();
  })().catch((err: unknown) => {
    // e.g. a language package missing: the first frame read reports it (as without the warm-up)
    process.stderr.write(`engram: OCR warm-up: ${err instanceof Error ? err.message : String(err)}\n`);
  });
  let chain: Promise<unknown> = made;
  return {
    ocrReady: () => made.then(() => warmed),
    ingestFrame(frame) {
      const next = chain.then(() => ingest(frame));
      chain = next.catch(() => undefined);
      return next;
    },
    prune,
    flushMemories() {
      const next = chain.then(memorize);
      chain = next.catch(() => undefined);
      return next;
    },
    async close() {
      await chain;
      await memorize();
      if (pool && !opts.ocr) await pool.close();
    },
  };
}
