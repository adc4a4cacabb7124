/**
 * Sentence embedder over a local ONNX model folder (bge-small, all-MiniLM, e5, ...) run by
 * transformers.js (`@huggingface/transformers`, onnxruntime-node on the CPU).
 *
 * Folder layout (as exported for transformers.js): `config.json`, `tokenizer.json`,
 * `tokenizer_config.json`, `onnx/model.onnx`. Vectors are the attention-masked mean of
 * `last_hidden_state` over tokens, L2-normalised (sentence-transformers' mean pooling).
 */
import { access, readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { env, LogLevel, pipeline, type FeatureExtractionPipeline } from "@huggingface/transformers";
import type { Embedder } from "./embedder.js";

/** Files an ONNX model folder must contain, relative to the folder. */
export const ONNX_MODEL_FILES = ["config.json", "tokenizer.json", "tokenizer_config.json", join("onnx", "model.onnx")];

/** Options of {@link OnnxEmbedder.load}. */
export interface OnnxEmbedderOptions {
  /**
   * Let transformers.js fetch missing files from its remote host (default false: nothing
   * leaves the machine and a missing file is an error).
   */
  allowRemote?: boolean;
  /** Most texts per model call (default 32). */
  maxBatch?: number;
}

/** transformers.js settings are process-global: loads run one at a time so each sees its own. */
let loadChain: Promise<unknown> = Promise.resolve();

async function checkFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  for (const file of ONNX_MODEL_FILES) {
    await access(join(folder, file)).catch(() => missing.push(file));
  }
  if (missing.length > 0) {
    throw new Error(`ONNX model folder ${folder} is missing ${missing.join(", ")}`);
  }
}

/** `hidden_size` (or `dim`/`d_model`) of config.json, or undefined when none is a positive integer. */
async function configDimension(folder: string): Promise<number | undefined> {
  const path = join(folder, "config.json");
  let config: Record<string, unknown>;
  try {
    config = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
  } catch (err) {
    throw new Error(`${path}: not valid JSON (${(err as Error).message})`);
  }
  const value = config.hidden_size ?? config.dim ?? config.d_model;
  return Number.isInteger(value) && (value as number) > 0 ? (value as number) : undefined;
}

/** Mean-pooled, L2-normalised vectors of one batch, one Float32Array per text. */
async function pooledVectors(extractor: FeatureExtractionPipeline, texts: string[]): Promise<Float32Array[]> {
  const output = await extractor(texts, { pooling: "mean", normalize: true });
  const [rows, dimension] = output.dims as [number, number];
  const data = output.data as Float32Array;
  const vectors = Array.from({ length: rows }, (_, i) => data.slice(i * dimension, (i + 1) * dimension));
  output.dispose();
  return vectors;
}

/** Embedder over a transformers.js feature-extraction pipeline loaded from a local folder. */
export class OnnxEmbedder implements Embedder {
  private disposed = false;

  private constructor(
    /** `onnx:<folder name>`. */
    readonly id: string,
    readonly dimension: number,
    private readonly extractor: FeatureExtractionPipeline,
    private readonly maxBatch: number,
  ) {}

  /**
   * Loads the model in `folder` (absolute or relative to the working directory).
   * Throws, naming the folder, when a required file is missing or the model cannot be read.
   */
  static async load(folder: string, options: OnnxEmbedderOptions = {}): Promise<OnnxEmbedder> {
    const path = resolve(folder);
    if (!options.allowRemote) await checkFolder(path);
    const dimensionFromConfig = options.allowRemote ? undefined : await configDimension(path);
    const load = loadChain.then(async () => {
      env.allowLocalModels = true;
      env.allowRemoteModels = options.allowRemote === true;
      env.localModelPath = `${dirname(path)}/`;
      env.logLevel = LogLevel.ERROR;
      try {
        return await pipeline("feature-extraction", basename(path), {
          local_files_only: options.allowRemote !== true,
          dtype: "fp32",
          device: "cpu",
        });
      } catch (err) {
        throw new Error(`ONNX model folder ${path} could not be loaded: ${(err as Error).message}`);
      }
    });
    loadChain = load.catch(() => undefined);
    const extractor = await load;
    const dimension = dimensionFromConfig ?? (await pooledVectors(extractor, ["dimension probe"]))[0]!.length;
    return new OnnxEmbedder(`onnx:${basename(path)}`, dimension, extractor, options.maxBatch ?? 32);
  }

  /** One unit-length Float32Array(dimension) per text, in input order (batches of `maxBatch`). */
  async embed(texts: string[]): Promise<Float32Array[]> {
    if (this.disposed) throw new Error(`${this.id}: embedder was disposed`);
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += this.maxBatch) {
      out.push(...(await pooledVectors(this.extractor, texts.slice(i, i + this.maxBatch))));
    }
    return out;
  }

  /** Releases the ONNX session. Safe to call twice. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await this.extractor.dispose();
  }
}
