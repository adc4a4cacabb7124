/**
 * LoRA adapter GGUF files: what they contain and whether they fit a base model.
 *
 * The checks mirror llama.cpp's adapter loader (src/llama-adapter.cpp), so a
 * file Engram accepts is one llama.cpp will load: `general.type` is "adapter",
 * `adapter.type` is "lora", `general.architecture` equals the base model's, and
 * every `<tensor>.lora_a` / `<tensor>.lora_b` pair targets a tensor of the base
 * model with ne(lora_a) = [in, rank] and ne(lora_b) = [rank, out] where the base
 * tensor is [in, out]. Refusing here gives a clear error instead of a native one.
 */
import { type GgufFile, GgufError, metaNumber, metaString } from "../gguf.js";

/** What `engram models inspect` shows about an adapter GGUF. */
export interface GgufAdapterSummary {
  kind: "adapter";
  path: string;
  sizeBytes: number;
  ggufVersion: number;
  name: string | null;
  /** Architecture of the base model it was trained for (e.g. "llama", "qwen2"). */
  baseArchitecture: string;
  /** LoRA rank (the shared inner dimension of the A and B factors). */
  rank: number;
  /** `adapter.lora.alpha`; the effective scale is alpha / rank × the runtime scale. */
  alpha: number | null;
  /** Number of adapted weight tensors (lora_a/lora_b pairs). */
  tensorPairs: number;
  /** Base tensor kinds it adapts, e.g. ["attn_q", "attn_v"]. */
  targets: string[];
  /** Transformer block indices it touches, sorted. */
  blocks: number[];
}

/** One adapted weight: its base tensor name and the A/B factor dims (ggml `ne` order). */
interface LoraPair {
  base: string;
  a: number[];
  b: number[];
}

/** True when the GGUF declares itself an adapter (`general.type = "adapter"`). */
export function isAdapter(file: GgufFile): boolean {
  return metaString(file, "general.type") === "adapter";
}

/**
 * Pairs the `.lora_a` / `.lora_b` tensors of an adapter by base tensor name.
 * @throws GgufError naming the tensor when one half of a pair is missing.
 */
function loraPairs(file: GgufFile): LoraPair[] {
  const halves = new Map<string, { a?: number[]; b?: number[] }>();
  for (const t of file.tensors) {
    const m = /^(.*)\.lora_([ab])$/.exec(t.name);
    if (!m) continue;
    const entry = halves.get(m[1]!) ?? {};
    entry[m[2] as "a" | "b"] = t.dims;
    halves.set(m[1]!, entry);
  }
  return [...halves.entries()].map(([base, { a, b }]) => {
    if (!a || !b) throw new GgufError(file.path, `LoRA tensor pair for ${base} is missing its lora_${a ? "b" : "a"} half`);
    return { base, a, b };
  });
}

/** Rank of a pair: ne(lora_a)[1], except for the embedding, whose factors llama.cpp stores flipped. */
function loraRank(p: LoraPair): number {
  return (p.base === "token_embd.weight" ? p.a[0] : p.a[1]) ?? 0;
}

/**
 * Summarises a LoRA adapter GGUF (base architecture, rank, alpha, targets).
 * @throws GgufError when it is not a LoRA adapter or has no lora_a/lora_b tensors.
 */
export function summarizeAdapter(file: GgufFile): GgufAdapterSummary {
  if (!isAdapter(file)) throw new GgufError(file.path, `not an adapter (general.type is ${metaString(file, "general.type") ?? "missing"})`);
  const type = metaString(file, "adapter.type");
  if (type !== "lora") throw new GgufError(file.path, `unsupported adapter.type ${type ?? "(missing)"}; only "lora" adapters are supported`);
  const arch = metaString(file, "general.architecture");
  if (!arch) throw new GgufError(file.path, "missing general.architecture");
  const pairs = loraPairs(file);
  if (pairs.length === 0) throw new GgufError(file.path, "adapter has no .lora_a/.lora_b tensors");
  const blocks = new Set<number>();
  const targets = new Set<string>();
  for (const p of pairs) {
    const m = /^blk\.(\d+)\.(.+?)(\.weight)?$/.exec(p.base);
    if (m) {
      blocks.add(Number(m[1]));
      targets.add(m[2]!);
    } else targets.add(p.base.replace(/\.weight$/, ""));
  }
  return {
    kind: "adapter",
    path: file.path,
    sizeBytes: file.size,
    ggufVersion: file.version,
    name: metaString(file, "general.name") ?? null,
    baseArchitecture: arch,
    rank: loraRank(pairs[0]!),
    alpha: metaNumber(file, "adapter.lora.alpha") ?? null,
    tensorPairs: pairs.length,
    targets: [...targets].sort(),
    blocks: [...blocks].sort((x, y) => x - y),
  };
}

/** An adapter that does not fit its base model. The message names both files and the reason. */
export class AdapterMismatchError extends Error {}

/**
 * Checks that a LoRA adapter fits a base model: same architecture, every adapted
 * tensor exists in the base model (so the block indices exist), and the factor
 * shapes match the base tensor shapes (embedding size, feed-forward size).
 * @throws AdapterMismatchError naming both files and the first mismatch.
 * @throws GgufError when the adapter file is not a LoRA adapter.
 */
export function checkAdapterFitsBase(adapter: GgufFile, base: GgufFile): GgufAdapterSummary {
  const summary = summarizeAdapter(adapter);
  const fail = (why: string): never => {
    throw new AdapterMismatchError(`adapter ${adapter.path} does not fit base model ${base.path}: ${why}`);
  };
  const baseArch = metaString(base, "general.architecture");
  if (summary.baseArchitecture !== baseArch) fail(`architecture ${summary.baseArchitecture} ≠ ${baseArch ?? "(missing)"}`);
  const blockCount = metaNumber(base, `${baseArch}.block_count`);
  const maxBlock = summary.blocks.at(-1);
  if (blockCount !== undefined && maxBlock !== undefined && maxBlock >= blockCount) {
    fail(`adapter touches block ${maxBlock} but the base model has ${blockCount} blocks`);
  }
  const baseTensors = new Map(base.tensors.map((t) => [t.name, t.dims]));
  for (const p of loraPairs(adapter)) {
    const dims = baseTensors.get(p.base);
    if (!dims) fail(`tensor ${p.base} does not exist in the base model`);
    const [inSize, outSize] = dims!;
    if (p.base === "token_embd.weight") {
      // llama.cpp stores the embedding's factors flipped (see llm_build_inp_embd).
      if (p.b[1] !== inSize || p.a[1] !== outSize) fail(`tensor ${p.base}: factor shapes do not match the base embedding ${inSize} × ${outSize}`);
      continue;
    }
    if (p.a[0] !== inSize || p.b[1] !== outSize) {
      fail(`tensor ${p.base}: adapter maps ${p.a[0]} → ${p.b[1]} but the base tensor maps ${inSize} → ${outSize}`);
    }
    if (p.a[1] !== p.b[0]) fail(`tensor ${p.base}: lora_a rank ${p.a[1]} ≠ lora_b rank ${p.b[0]}`);
  }
  return summary;
}
