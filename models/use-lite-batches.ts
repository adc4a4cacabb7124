/**
 * What a USE lite lane does with the texts it is given (use-lite-worker.ts, on its own thread):
 * tokenise them, group them into model calls that pad little, run them, and return unit-length
 * vectors in the order of the texts. Doing this on the lane's thread, not the caller's, keeps the
 * caller's thread (an import's memory engine, a server's event loop) free of the tokeniser
 * (~0.1 ms of CPU per chat turn) and of the copies of token arrays between threads.
 */
import { USE_LITE_DIMENSION, USE_LITE_MAX_TOKENS } from "./use-lite-files.js";
import type { UseLiteTokenizer } from "./use-lite-tokenizer.js";

/** How texts are grouped into model calls: at most `maxBatch` texts and `tokenBudget` padded tokens (rows x longest row) per call. */
export interface BatchLimits {
  maxBatch: number;
  tokenBudget: number;
}

/** A model engine's batch call: token-id rows (each non-empty) in, rows x 512 floats out. */
export type RunBatch = (batch: number[][]) => Promise<Float32Array>;

/**
 * Groups row indices, shortest first, into batches of at most `maxBatch` rows and `tokenBudget`
 * padded tokens, so that each model call pads little (a row longer than the budget goes alone).
 */
export function planBatches(tokens: number[][], limits: BatchLimits): number[][] {
  const order = tokens.map((_, i) => i).sort((a, b) => tokens[a]!.length - tokens[b]!.length);
  const batches: number[][] = [];
  let current: number[] = [];
  for (const i of order) {
    const padded = (current.length + 1) * tokens[i]!.length;
    if (current.length > 0 && (current.length >= limits.maxBatch || padded > limits.tokenBudget)) {
      batches.push(current);
      current = [];
    }
    current.push(i);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Scales `v` in place to unit L2 norm (left as is if it is all zeros). */
export function normalize(v: Float32Array): Float32Array {
  let sum = 0;
  for (const x of v) sum += x * x;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] = v[i]! / norm;
  return v;
}

/**
 * Embeds `texts`: each tokenised (the empty string as a single space: the model needs a token;
 * only the first USE_LITE_MAX_TOKENS tokens count), batched by {@link planBatches}, run, and
 * L2-normalised.
 * @returns texts.length x 512 floats, row i the unit vector of texts[i]
 * @throws whatever `run` throws
 */
export async function embedTexts(texts: string[], tokenizer: UseLiteTokenizer, run: RunBatch, limits: BatchLimits): Promise<Float32Array> {
  const tokens = texts.map((t) => tokenizer.encodeHead(t.length > 0 ? t : " ", USE_LITE_MAX_TOKENS));
  const out = new Float32Array(texts.length * USE_LITE_DIMENSION);
  for (const batch of planBatches(tokens, limits)) {
    const flat = await run(batch.map((i) => tokens[i]!));
    batch.forEach((textIndex, row) => {
      out.set(flat.subarray(row * USE_LITE_DIMENSION, (row + 1) * USE_LITE_DIMENSION), textIndex * USE_LITE_DIMENSION);
      normalize(out.subarray(textIndex * USE_LITE_DIMENSION, (textIndex + 1) * USE_LITE_DIMENSION));
    });
  }
  return out;
}
