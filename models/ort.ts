/**
 * onnxruntime-node, loaded with `require`. The package is CommonJS: importing it as an ES module
 * makes Node first scan its sources (and onnxruntime-common's) for named exports, ~15 ms of CPU
 * more on a worker's start (measured in a worker thread at load ~5: 44-57 ms vs 29-32 ms).
 * Types come from `import type * as Ort from "onnxruntime-node"`.
 */
import { createRequire } from "node:module";
import type * as Ort from "onnxruntime-node";

/** The onnxruntime-node module (InferenceSession, Tensor, env). */
export const ort = createRequire(import.meta.url)("onnxruntime-node") as typeof Ort;
