import { readFile, stat } from "node:fs/promises";
import type { Embedder } from "../../models/embedder.js";
import { createCapturePipeline, type CapturePipeline, type FrameInput } from "../capture/pipeline.js";
import { framesDirFor } from "../capture/storage.js";
import { captureVault } from "./capture-vault.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type { CaptureFileRequest, CapturedFile, CapturedFrame, CaptureFrameRequest } from "./types.js";

/**
 * `captureFile` and `captureFrame`: screenshot files and grabbed screen frames through one capture
 * pipeline (core/capture/pipeline.ts), made on the first call and kept for the API's lifetime, so
 * a folder import, a watch or the app's scheduler pays the OCR workers and the dedup state once;
 * frames are processed one at a time, in call order. The pipeline embeds with the embedder
 * `ctx.embedder()` returns: when that changes (the user chose another embedding model) the next
 * frame gets a new pipeline and the old one is closed, so vectors of two dimensions are never
 * mixed. `close` makes memories of the last frames and stops the OCR workers. Loaded on first use
 * (the pipeline pulls in OCR, sharp and the memory engine). Each pipeline opens the vault once,
 * for the first frame with a value to keep (with that call's passphrase, else the app's key): a
 * later call's passphrase does not reopen it.
 */
export class CaptureFiles {
  /** the passphrase of the call being processed (the pipeline asks for the vault once, lazily) */
  private passphrase: string | undefined;
  /** the pipeline of the current embedder (its promise, so concurrent first calls share it) */
  private current: { embedder: Embedder; ready: Promise<CapturePipeline> } | null = null;
  /** pipelines of earlier embedders, closing */
  private readonly closing: Promise<void>[] = [];

  constructor(private readonly ctx: ApiContext) {}

  /** The pipeline of the current embedder: made on first use, remade when the embedder changed.
   * A pipeline that fails to start is forgotten, so the next call retries. */
  private async pipeline(): Promise<CapturePipeline> {
    const embedder = await this.ctx.embedder();
    if (this.current?.embedder !== embedder) {
      const old = this.current;
      const ready = createCapturePipeline({
        db: this.ctx.db,
        embedder,
        framesDir: framesDirFor(this.ctx.dbPath),
        vault: async () => {
          const vault = await captureVault(this.ctx, this.passphrase, "keep redacted values");
          if (!vault) this.ctx.log?.("vault: no passphrase or app key opens the vault; redacted screen text is dropped, not kept in the vault");
          return vault;
        },
      });
      const entry = { embedder, ready };
      this.current = entry;
      ready.catch(() => {
        if (this.current === entry) this.current = null;
      });
      if (old) this.closing.push(old.ready.then((p) => p.close()).catch(() => {}));
    }
    return this.current.ready;
  }

  /**
   * Reads and ingests one file. A missing or unreadable image is an `error` verdict naming the file
   * (nothing stored for it).
   * @throws ApiError when the pipeline cannot start (embedder) or the vault's passphrase is wrong.
   */
  async captureFile(req: CaptureFileRequest): Promise<CapturedFile> {
    const pipeline = await this.pipeline();
    const file = req.path;
    this.passphrase = req.passphrase;
    try {
      const [bytes, info] = await Promise.all([readFile(file), stat(file)]);
      const { timings: _t, ...verdict } = await pipeline.ingestFrame({
        png: bytes,
        capturedAt: req.capturedAt ?? Math.round(info.mtimeMs),
        display: req.display ?? 0,
        app: req.app ?? null,
        windowTitle: req.windowTitle ?? null,
        url: req.url ?? null,
        name: file,
      });
      return { file, ...verdict };
    } catch (err) {
      if (err instanceof ApiError) throw err;
      const message = (err as NodeJS.ErrnoException).code === "ENOENT" ? `${file}: no such file` : (err as Error).message;
      return { file, status: "error", error: message };
    }
  }

  /**
   * Ingests one grabbed frame (its bytes and where it came from). Only where this host captures
   * the screen (`ctx.capture.available`, the desktop app); redacted values go to the vault with the
   * app's key.
   * @throws ApiError unavailable when this host does not capture the screen (`engram serve`, the
   *   CLI); the pipeline's Error naming the frame (`<name>: not a readable image ...`) when its
   *   image cannot be read (the API makes it an `internal` ApiError).
   */
  async captureFrame(req: CaptureFrameRequest): Promise<CapturedFrame> {
    if (!this.ctx.capture.available) {
      const why = this.ctx.capture.reason ?? "this host does not capture the screen";
      throw new ApiError("unavailable", `captureFrame: ${why}; screenshot files go through captureFile (engram capture add)`);
    }
    const pipeline = await this.pipeline();
    this.passphrase = undefined;
    const frame: FrameInput = req;
    return pipeline.ingestFrame(frame);
  }

  /**
   * Makes the pipeline before the first frame, so its OCR warm-up (core/capture/pipeline.ts option
   * `warmUp`) begins before a frame asks for the pipeline; resolves when the warm-up has ended: true when
   * the OCR workers are warm, false when the pipeline or its warm-up failed (logged). Never rejects.
   */
  async warmUp(): Promise<boolean> {
    try {
      return await (await this.pipeline()).ocrReady();
    } catch (err) {
      this.ctx.log?.(`capture: the pipeline could not start ahead of the first frame: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    }
  }

  /** Makes memories of the frames not yet processed and stops the pipelines' OCR workers. */
  async close(): Promise<void> {
    const current = this.current;
    this.current = null;
    const p = await current?.ready.catch(() => null);
    await p?.close();
    await Promise.all(this.closing);
  }
}
