import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import sharp from "sharp";
import { createWorker, OEM, PSM, type Worker } from "tesseract.js";
import { shippedOcrModel } from "../../models/ocr/shipped.js";
import { sha256 } from "../util/hash.js";
import { escapeData } from "../util/quote.js";
import type { GrayImage, Rect } from "./image.js";

/**
 * OCR with tesseract.js (Tesseract 5 compiled to WebAssembly; each worker is a Node worker thread,
 * so recognition never runs on the caller's thread). Models, read from disk: English is
 * tessdata_fast's `eng`, shipped in models/ocr (35% less OCR CPU than the packaged `best_int`
 * model, with the same word recall on screens; see core/capture/README.md, *The model*); every
 * other language is the LSTM-only `4.0.0_best_int` model of its `@tesseract.js-data/<code>` npm
 * package; the setting `capture.ocrDataDir` replaces both with a folder of the user's. tesseract.js
 * is given a local `langPath` and `cacheMethod: "none"`, so it never fetches anything and never
 * writes a cache file.
 */

/** One recognised word. `bbox` in pixels of the recognised image; `line` numbers lines in reading order from 0. */
export interface OcrWord {
  text: string;
  /** tesseract's word confidence, 0..100 */
  confidence: number;
  bbox: Rect;
  line: number;
}

/** A bounded pool of OCR workers. */
export interface OcrPool {
  /** number of worker threads (created lazily on first use) */
  readonly size: number;
  /**
   * Recognises the text of a greyscale image (queued until a worker is free): as a block of lines
   * (tesseract's page segmentation mode 6, its default), or with `line: true` as one text line that
   * fills the image (mode 13, raw line: no layout analysis; the image's height is the line's, so
   * the margins above and below the text set the scale at which it is read; see block-ocr.ts).
   * The text must be dark on a light background, as block-ocr.ts normalises every block: the
   * workers run with `tessedit_do_invert` 0, so tesseract never reads a line a second time
   * inverted when its first reading is unsure (it did so for a blank or hard line, doubling its
   * cost: 3 of the 91 OCR calls of bench:capture's dense pages, 217 against 102 ms for one of them,
   * the same words either way).
   * @throws Error when a language's data package is missing or the worker fails.
   */
  recognize(img: GrayImage, opts?: { line?: boolean }): Promise<OcrWord[]>;
  /** Stops the workers (pending jobs are rejected). Safe to call twice. */
  close(): Promise<void>;
  /**
   * Optional (pools made by {@link createOcrPool} have it; test doubles need not): starts the
   * workers and has each read a few small synthetic raw lines and blocks of text ({@link warmUpImages}), so that the
   * first real frame does not pay tesseract's first-use costs (see {@link createOcrPool}). Runs in
   * the background of the caller; real {@link OcrPool.recognize} jobs go first (a real job waits at
   * most for the warm-up reading in flight on its worker), and a worker that reads a real job of a
   * kind skips the warm-up of that kind. Idempotent: later calls return the first call's promise.
   * @returns true when every worker has read both kinds (warm-up or real work), false when the
   *   warm-up failed (the workers then start on the first real recognition as without it) or the
   *   pool was closed first. Never rejects.
   */
  warmUp?(): Promise<boolean>;
}

/** Says on stderr that a warm-up failed: the workers then start on the first real recognition, which pays their first-use cost. */
function warmUpFailed(err: unknown): void {
  process.stderr.write(`engram: OCR warm-up failed (the first frame pays it): ${err instanceof Error ? err.message : String(err)}\n`);
}

/** A pool made by {@link createOcrPool}: an {@link OcrPool} that can warm up and says whether it has. */
export interface WarmableOcrPool extends OcrPool {
  warmUp(): Promise<boolean>;
  /** true once every worker has read a raw line and a block (by {@link OcrPool.warmUp} or real work) */
  readonly warm: boolean;
}

/** The images of a warm-up: raw lines and blocks, read alternately (see {@link warmUpImages}). */
export interface WarmUpImages {
  lines: GrayImage[];
  blocks: GrayImage[];
}

let warmImages: Promise<WarmUpImages> | null = null;
/**
 * The small images a warm-up reads (see {@link createOcrPool}): three raw lines (a sentence of prose,
 * a line of code, a line of figures; ~16 px glyphs on 1,000–1,100 px, with 7 px of white above and
 * below, as block-ocr.ts gives its long lines) and two blocks of eight short lines (menu items,
 * headings, numbers, with 8 px of padding, as a mosaic), 70–220 ms of CPU each once warm (measured at load 3), so a real
 * frame that comes during the warm-up waits at most for one of them. Fewer would leave part of the
 * first-use cost to the first dense page: measured in one process, one line and one three-line block
 * left it ~150 ms above later pages, two lines and an eight-line block ~70 ms (core/capture/README.md,
 * *The first frame after a start*). Rendered once per process from SVG by sharp (librsvg, the first
 * installed font of DejaVu Sans, Liberation Sans, Arial, any sans-serif).
 * @throws Error when sharp cannot render them.
 */
export function warmUpImages(): Promise<WarmUpImages> {
  const render = async (width: number, lines: string[], top: number, step: number, height: number): Promise<GrayImage> => {
    const text = lines
      .map(
        (t, i) =>
          `<text x="4" y="${top + i * step}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="16" fill="black">${escapeData(t)}</text>`,
      )
      .join("");
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="white"/>${text}</svg>`;
    const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
    return { data: new Uint8Array(data.buffer, data.byteOffset, info.width * info.height), width: info.width, height: info.height };
  };
  const line = (t: string) => render(1100, [t], 20, 0, 32);
  const block = (ls: string[]) => render(420, ls, 25, 30, 8 + ls.length * 30);
  warmImages ??= Promise.all([
    line("The ferry leaves the northern harbour at seven in the morning, calling at both islands on its way."),
    line("const result = await fetch(\"https://example.org/api/v2/items?page=\" + page, { method: 'GET' });"),
    line("Total 1,284.50 EUR (VAT 21%) — invoice #A-7731, due 2024-06-30; paid 640.00, balance 644.50"),
    block(["Settings", "Privacy and security", "Version 7.1.3 (HTTP/2)", "Open file…", "Downloads (3)", "Help", "Sign out", "Table 4: results"]),
    block(["README.md", "src/index.ts", "Monday, 12 March", "Reply all", "Inbox 1,024", "Search docs", "3 comments", "Edit · Share"]),
  ]).then(([a, b, c, d, e]) => ({ lines: [a, b, c], blocks: [d, e] }));
  warmImages.catch(() => {
    warmImages = null;
  });
  return warmImages;
}

const require = createRequire(import.meta.url);

/**
 * The model file (`<code>.traineddata.gz`) of one language: the shipped tessdata_fast model for the
 * languages models/ocr ships (English), else the `4.0.0_best_int` model of the
 * `@tesseract.js-data/<code>` package.
 * @throws Error naming the file when a shipped model is missing, and naming the npm package to
 *   install when a language has neither.
 */
export function languageModel(code: string): string {
  const shipped = shippedOcrModel(code);
  if (shipped) return shipped;
  let pkg: string;
  try {
    pkg = require.resolve(`@tesseract.js-data/${code}/package.json`);
  } catch {
    throw new Error(`OCR language "${code}" is not installed: run npm install @tesseract.js-data/${code}`);
  }
  const file = join(dirname(pkg), "4.0.0_best_int", `${code}.traineddata.gz`);
  if (!existsSync(file)) throw new Error(`OCR language "${code}": ${file} is missing`);
  return file;
}

/**
 * The folder holding `<code>.traineddata.gz` for every language ({@link languageModel}): the
 * model's own folder for one language; for several, a folder of symlinks under the OS temp folder.
 * @throws Error as {@link languageModel} for a missing model or language.
 */
export function languageDataDir(languages: string[]): string {
  const files = languages.map(languageModel);
  if (files.length === 1) return dirname(files[0]!);
  const linked = join(tmpdir(), `engram-tessdata-${sha256(...files).slice(0, 12)}`);
  mkdirSync(linked, { recursive: true });
  languages.forEach((code, i) => {
    const link = join(linked, `${code}.traineddata.gz`);
    if (!existsSync(link)) symlinkSync(files[i]!, link);
  });
  return linked;
}

/**
 * Checks a folder of tesseract models chosen by the user (setting `capture.ocrDataDir`): every
 * language needs `<code>.traineddata` there, or every one `<code>.traineddata.gz`.
 * @returns the folder and whether its models are gzipped (how tesseract.js must read them)
 * @throws Error naming the setting, the folder and the missing model.
 */
export function customDataDir(dir: string, languages: string[]): { langPath: string; gzip: boolean } {
  const has = (ext: string) => languages.every((code) => existsSync(join(dir, `${code}${ext}`)));
  if (has(".traineddata.gz")) return { langPath: dir, gzip: true };
  if (has(".traineddata")) return { langPath: dir, gzip: false };
  const missing = languages.find((code) => !existsSync(join(dir, `${code}.traineddata`)) && !existsSync(join(dir, `${code}.traineddata.gz`)));
  throw new Error(
    missing
      ? `capture.ocrDataDir: ${join(dir, `${missing}.traineddata`)} (or .gz) is missing`
      : `capture.ocrDataDir: ${dir} mixes gzipped and plain models; keep one kind for all of ${languages.join(", ")}`,
  );
}

/** PGM (binary greyscale netpbm): the cheapest format Leptonica reads — a short header and the raw bytes. */
function toPgm(img: GrayImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, "ascii"), img.data]);
}

/**
 * The words of tesseract's TSV output (`GetTSVText`: one row per page, block, paragraph, line and
 * word; columns level, page_num, block_num, par_num, line_num, word_num, left, top, width, height,
 * conf, text). Only word rows (level 5) with text are kept; `line` numbers the distinct
 * (block, paragraph, line) triples from 0 in reading order. The TSV is asked for instead of the
 * JSON blocks tesseract.js builds by default, which describe every symbol, its choices and its
 * font: measured on bench:capture's five dense pages, tesseract's own CPU to write the result
 * fell from ~55 to ~20 ms a page, and the object the worker posts back is a string.
 * @throws Error naming the row when a word row has fewer than 12 columns.
 */
export function wordsOfTsv(tsv: string): OcrWord[] {
  const out: OcrWord[] = [];
  let line = -1;
  let lastKey = "";
  for (const row of tsv.split("\n")) {
    if (!row.startsWith("5\t")) continue;
    const cols = row.split("\t");
    if (cols.length < 12) throw new Error(`OCR: malformed TSV word row "${row}"`);
    const text = cols.slice(11).join("\t").trim();
    if (!text) continue;
    const key = `${cols[2]}/${cols[3]}/${cols[4]}`;
    if (key !== lastKey) {
      line++;
      lastKey = key;
    }
    const x0 = Number(cols[6]);
    const y0 = Number(cols[7]);
    out.push({ text, confidence: Number(cols[10]), bbox: { x0, y0, x1: x0 + Number(cols[8]), y1: y0 + Number(cols[9]) }, line });
  }
  return out;
}

/**
 * Creates a pool of `workers` tesseract workers (default 1) for `languages` (default `["eng"]`),
 * reading the models of `dataDir` (see {@link customDataDir}) or, without it, the shipped English
 * model and the `@tesseract.js-data` packages (see {@link languageModel}). Workers start on the
 * first {@link OcrPool.recognize} call (~0.5 s each), or on {@link OcrPool.warmUp}.
 *
 * A fresh worker's first raw line costs ~370 ms and its first block ~460 ms more CPU than later
 * ones (V8 compiles tesseract's WebAssembly lazily, function by function), so the first text-dense
 * page after a start cost 1.9–2.8 s instead of 1.2–1.5 s. `warmUp` pays that with the small
 * images of {@link warmUpImages} before a real frame comes (core/capture/README.md, *The first
 * frame after a start*).
 * @throws Error at once when a language package or model is missing.
 */
export function createOcrPool(opts: { languages?: string[]; workers?: number; dataDir?: string | null } = {}): WarmableOcrPool {
  const languages = opts.languages ?? ["eng"];
  const size = Math.max(1, Math.min(8, opts.workers ?? 1));
  const { langPath, gzip } = opts.dataDir ? customDataDir(opts.dataDir, languages) : { langPath: languageDataDir(languages), gzip: true };
  const all: Worker[] = [];
  const idle: Worker[] = [];
  const queue: Array<{ img: GrayImage; line: boolean; resolve: (w: OcrWord[]) => void; reject: (e: Error) => void }> = [];
  /** the workers set to read raw lines (tesseract keeps a page segmentation mode until it is set again) */
  const lineMode = new Set<Worker>();
  /** per worker, the kinds of reading it has not done yet ("line", "block"); empty = warm */
  const unread = new Map<Worker, Set<"line" | "block">>();
  const read = async (worker: Worker, img: GrayImage, line: boolean) => {
    unread.get(worker)?.delete(line ? "line" : "block");
    if (lineMode.has(worker) !== line) {
      await worker.setParameters({ tessedit_pageseg_mode: line ? PSM.RAW_LINE : PSM.SINGLE_BLOCK });
      if (line) lineMode.add(worker);
      else lineMode.delete(worker);
    }
    return worker.recognize(toPgm(img), {}, { text: false, tsv: true });
  };
  let started: Promise<void> | null = null;
  let closed = false;
  let onClose: () => void = () => undefined;
  /** settles when close() is called: a terminated tesseract.js worker never settles its pending jobs */
  const closing = new Promise<void>((resolve) => {
    onClose = resolve;
  });

  const start = () =>
    (started ??= Promise.all(
      Array.from({ length: size }, async () => {
        const worker = await createWorker(languages.join("+"), OEM.LSTM_ONLY, { langPath, cacheMethod: "none", gzip });
        await worker.setParameters({ tessedit_do_invert: "0" });
        return worker;
      }),
    ).then(
      (ws) => {
        for (const w of ws) unread.set(w, new Set(["line", "block"]));
        all.push(...ws);
        idle.push(...ws);
      },
      (err: unknown) => {
        started = null; // the next recognition (or warm-up) tries again
        throw err;
      },
    ));

  /** warm-up state: per worker the readings left (lines and blocks alternated), and how the warm-up ends */
  let warming: { steps: Map<Worker, Array<{ img: GrayImage; line: boolean }>>; inFlight: number; done: (ok: boolean) => void } | null = null;
  const isWarm = () => all.length > 0 && all.every((w) => unread.get(w)?.size === 0);

  const pump = () => {
    while (!closed && idle.length && queue.length) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      // a worker that reads real text of a kind needs no warm-up reading of that kind any more
      const steps = warming?.steps.get(worker);
      if (steps)
        warming!.steps.set(
          worker,
          steps.filter((st) => st.line !== job.line),
        );
      read(worker, job.img, job.line)
        .then((r) => job.resolve(wordsOfTsv(r.data.tsv ?? "")))
        .catch((err: unknown) => job.reject(new Error(`OCR failed: ${err instanceof Error ? err.message : String(err)}`)))
        .finally(() => {
          idle.push(worker);
          pump();
        });
    }
    // real jobs first: an idle worker reads its warm-up images only while no real job waits
    const w = warming;
    if (!w || closed) return;
    for (const worker of [...idle]) {
      const step = w.steps.get(worker)?.shift();
      if (!step) continue;
      idle.splice(idle.indexOf(worker), 1);
      w.inFlight++;
      Promise.race([read(worker, step.img, step.line), closing]).then(
        () => {
          w.inFlight--;
          idle.push(worker);
          pump();
        },
        (err: unknown) => {
          w.steps.set(worker, []); // a failed warm-up leaves the worker to the real frames
          w.inFlight--;
          idle.push(worker);
          w.done(false);
          warmUpFailed(err);
          pump();
        },
      );
    }
    if (w.inFlight === 0 && [...w.steps.values()].every((st) => st.length === 0)) w.done(isWarm());
  };

  let warmed: Promise<boolean> | null = null;
  return {
    size,
    get warm() {
      return isWarm();
    },
    async recognize(img, opts = {}) {
      if (closed) throw new Error("OCR pool is closed");
      await start();
      return new Promise<OcrWord[]>((resolve, reject) => {
        queue.push({ img, line: opts.line === true, resolve, reject });
        pump();
      });
    },
    warmUp() {
      warmed ??= (async () => {
        if (closed) return false;
        let done!: (ok: boolean) => void;
        const ended = new Promise<boolean>((resolve) => {
          done = resolve;
        });
        try {
          const [images] = await Promise.all([warmUpImages(), start()]);
          if (closed) return false;
          const steps = (worker: Worker) => {
            const out: Array<{ img: GrayImage; line: boolean }> = [];
            for (let i = 0; i < Math.max(images.lines.length, images.blocks.length); i++) {
              if (images.lines[i]) out.push({ img: images.lines[i]!, line: true });
              if (images.blocks[i]) out.push({ img: images.blocks[i]!, line: false });
            }
            // a kind this worker already read for a real frame is not warmed again
            return out.filter((st) => unread.get(worker)?.has(st.line ? "line" : "block"));
          };
          warming = { steps: new Map(all.map((worker) => [worker, steps(worker)])), inFlight: 0, done };
        } catch (err) {
          if (!closed) warmUpFailed(err);
          return false;
        }
        pump();
        const ok = await Promise.race([ended, closing.then(() => false)]);
        warming = null;
        return ok && !closed;
      })();
      return warmed;
    },
    async close() {
      if (closed) return;
      closed = true;
      onClose();
      for (const job of queue.splice(0)) job.reject(new Error("OCR pool is closed"));
      if (started) {
        await started.catch(() => undefined);
        idle.length = 0;
        await Promise.all(all.splice(0).map((w) => w.terminate().catch(() => undefined)));
      }
    },
  };
}
