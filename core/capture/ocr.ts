import { existsSync, mkdirSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createWorker, OEM, PSM, type Worker } from "tesseract.js";
import { shippedOcrModel } from "../../models/ocr/shipped.js";
import { sha256 } from "../util/hash.js";
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
 * model and the `@tesseract.js-data` packages (see {@link languageModel}). Workers start on the first {@link OcrPool.recognize} call (~0.5 s each).
 * @throws Error at once when a language package or model is missing.
 */
export function createOcrPool(opts: { languages?: string[]; workers?: number; dataDir?: string | null } = {}): OcrPool {
  const languages = opts.languages ?? ["eng"];
  const size = Math.max(1, Math.min(8, opts.workers ?? 1));
  const { langPath, gzip } = opts.dataDir ? customDataDir(opts.dataDir, languages) : { langPath: languageDataDir(languages), gzip: true };
  const all: Worker[] = [];
  const idle: Worker[] = [];
  const queue: Array<{ img: GrayImage; line: boolean; resolve: (w: OcrWord[]) => void; reject: (e: Error) => void }> = [];
  /** the workers set to read raw lines (tesseract keeps a page segmentation mode until it is set again) */
  const lineMode = new Set<Worker>();
  const read = async (worker: Worker, img: GrayImage, line: boolean) => {
    if (lineMode.has(worker) !== line) {
      await worker.setParameters({ tessedit_pageseg_mode: line ? PSM.RAW_LINE : PSM.SINGLE_BLOCK });
      if (line) lineMode.add(worker);
      else lineMode.delete(worker);
    }
    return worker.recognize(toPgm(img), {}, { text: false, tsv: true });
  };
  let started: Promise<void> | null = null;
  let closed = false;

  const start = () =>
    (started ??= Promise.all(
      Array.from({ length: size }, async () => {
        const worker = await createWorker(languages.join("+"), OEM.LSTM_ONLY, { langPath, cacheMethod: "none", gzip });
        await worker.setParameters({ tessedit_do_invert: "0" });
        return worker;
      }),
    ).then((ws) => {
      all.push(...ws);
      idle.push(...ws);
    }));

  const pump = () => {
    while (!closed && idle.length && queue.length) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      read(worker, job.img, job.line)
        .then((r) => job.resolve(wordsOfTsv(r.data.tsv ?? "")))
        .catch((err: unknown) => job.reject(new Error(`OCR failed: ${err instanceof Error ? err.message : String(err)}`)))
        .finally(() => {
          idle.push(worker);
          pump();
        });
    }
  };

  return {
    size,
    async recognize(img, opts = {}) {
      if (closed) throw new Error("OCR pool is closed");
      await start();
      return new Promise<OcrWord[]>((resolve, reject) => {
        queue.push({ img, line: opts.line === true, resolve, reject });
        pump();
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error("OCR pool is closed"));
      if (started) {
        await started.catch(() => undefined);
        idle.length = 0;
        await Promise.all(all.splice(0).map((w) => w.terminate().catch(() => undefined)));
      }
    },
  };
}
