import { readFile, stat } from "node:fs/promises";
import { createCapturePipeline, type CapturePipeline } from "../capture/pipeline.js";
import { framesDirFor } from "../capture/storage.js";
import { captureVault } from "./capture-vault.js";
import { lazy, type ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type { CaptureFileRequest, CapturedFile } from "./types.js";

/**
 * `captureFile`: screenshot files through one capture pipeline (core/capture/pipeline.ts), made on
 * the first call and kept for the API's lifetime, so a folder import or a watch pays the OCR
 * workers, the embedder and the dedup state once; frames are processed one at a time, in call
 * order. `close` makes memories of the last frames and stops the OCR workers. Loaded on first use
 * (the pipeline pulls in OCR, sharp and the memory engine). The pipeline opens the vault once, for
 * the first frame with a value to keep (with that call's passphrase): a later call's passphrase
 * does not reopen it.
 */
export class CaptureFiles {
  /** the passphrase of the call being processed (the pipeline asks for the vault once, lazily) */
  private passphrase: string | undefined;
  private readonly pipeline = lazy(
    async (): Promise<CapturePipeline> =>
      createCapturePipeline({
        db: this.ctx.db,
        embedder: await this.ctx.embedder(),
        framesDir: framesDirFor(this.ctx.dbPath),
        vault: () => captureVault(this.ctx, this.passphrase, "keep redacted values"),
      }),
  );
  private started = false;

  constructor(private readonly ctx: ApiContext) {}

  /**
   * Reads and ingests one file. A missing or unreadable image is an `error` verdict naming the file
   * (nothing stored for it).
   * @throws ApiError when the pipeline cannot start (embedder) or the vault's passphrase is wrong.
   */
  async captureFile(req: CaptureFileRequest): Promise<CapturedFile> {
    this.started = true;
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

  /** Makes memories of the frames not yet processed and stops the pipeline's OCR workers. */
  async close(): Promise<void> {
    if (!this.started) return;
    const p = await this.pipeline().catch(() => null);
    await p?.close();
  }
}
