import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The OCR models shipped with Engram itself (not through an npm package): tessdata_fast's `eng`
 * (Apache-2.0; provenance, sha256 and the measurements that chose it in README.md beside this
 * file). The folder is found beside this module: models/ocr/tessdata_fast in the source tree, and
 * `tessdata_fast/` beside the bundles (bin/bundle.mjs copies it into dist/cli and dist/electron;
 * electron-builder.yml unpacks it from the asar, as tesseract's worker threads read it from disk).
 */

/** Absolute folder of the shipped models, each `<code>.traineddata.gz`. */
export const SHIPPED_OCR_DIR = join(dirname(fileURLToPath(import.meta.url)), "tessdata_fast");

/** Tesseract language codes with a shipped model; every other language comes from its `@tesseract.js-data/<code>` package. */
export const SHIPPED_OCR_LANGUAGES: readonly string[] = Object.freeze(["eng"]);

/**
 * The shipped model file of a language.
 * @param code tesseract language code, e.g. "eng"
 * @param dir the folder to look in (default {@link SHIPPED_OCR_DIR}; tests pass another)
 * @returns the absolute path of `<dir>/<code>.traineddata.gz`, or null when Engram ships no model for `code`
 * @throws Error naming the file when the language is shipped but its file is missing (a broken install)
 */
export function shippedOcrModel(code: string, dir: string = SHIPPED_OCR_DIR): string | null {
  if (!SHIPPED_OCR_LANGUAGES.includes(code)) return null;
  const file = join(dir, `${code}.traineddata.gz`);
  if (!existsSync(file)) {
    throw new Error(
      `OCR model "${code}" is missing: ${file} (it ships with Engram: reinstall, or set capture.ocrDataDir to a folder holding ${code}.traineddata)`,
    );
  }
  return file;
}
