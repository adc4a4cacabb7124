/**
 * A GGUF reader: header, metadata key/values and tensor infos, with the file's
 * integrity checked (magic, version, every tensor's data inside the file).
 * Reads only the header, never tensor data, so it is fast on multi-GB models.
 *
 * Format: ggml's docs/gguf.md (GGUF v2/v3, little-endian). Block and type sizes
 * of the ggml tensor types: gguf-py/gguf/constants.py `GGML_QUANT_SIZES`.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/** A metadata value: scalars become number/bigint/boolean/string, arrays JS arrays. */
export type GgufValue = number | bigint | boolean | string | GgufValue[];

/** One tensor's header entry. `dims` in ggml `ne` order (fastest-varying first). */
export interface GgufTensorInfo {
  name: string;
  dims: number[];
  /** ggml type id (0 = F32, 1 = F16, 12 = Q4_K, ...). */
  type: number;
  /** Absolute byte offset of the tensor's data in the file. */
  offset: number;
  /** Size of the tensor's data in bytes; null when the ggml type is unknown to this reader. */
  bytes: number | null;
}

/** A parsed GGUF header. */
export interface GgufFile {
  path: string;
  version: number;
  /** File size in bytes. */
  size: number;
  metadata: Map<string, GgufValue>;
  tensors: GgufTensorInfo[];
  /** Absolute offset where tensor data starts. */
  dataOffset: number;
}

/** A file that is missing, unreadable, not GGUF, or truncated/corrupt. The message names the file. */
export class GgufError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/** ggml type id → [name, elements per block, bytes per block]. */
const GGML_TYPES: Record<number, [string, number, number]> = {
  0: ["F32", 1, 4],
  1: ["F16", 1, 2],
  2: ["Q4_0", 32, 18],
  3: ["Q4_1", 32, 20],
  6: ["Q5_0", 32, 22],
  7: ["Q5_1", 32, 24],
  8: ["Q8_0", 32, 34],
  9: ["Q8_1", 32, 40],
  10: ["Q2_K", 256, 84],
  11: ["Q3_K", 256, 110],
  12: ["Q4_K", 256, 144],
  13: ["Q5_K", 256, 176],
  14: ["Q6_K", 256, 210],
  15: ["Q8_K", 256, 292],
  16: ["IQ2_XXS", 256, 66],
  17: ["IQ2_XS", 256, 74],
  18: ["IQ3_XXS", 256, 98],
  19: ["IQ1_S", 256, 50],
  20: ["IQ4_NL", 32, 18],
  21: ["IQ3_S", 256, 110],
  22: ["IQ2_S", 256, 82],
  23: ["IQ4_XS", 256, 136],
  24: ["I8", 1, 1],
  25: ["I16", 1, 2],
  26: ["I32", 1, 4],
  27: ["I64", 1, 8],
  28: ["F64", 1, 8],
  29: ["IQ1_M", 256, 56],
  30: ["BF16", 1, 2],
  34: ["TQ1_0", 256, 54],
  35: ["TQ2_0", 256, 66],
  39: ["MXFP4", 32, 17],
};

/** Name of a ggml tensor type id, e.g. 12 → "Q4_K"; `type<N>` when unknown. */
export function ggmlTypeName(type: number): string {
  return GGML_TYPES[type]?.[0] ?? `type${type}`;
}

// Limits that only a corrupt header exceeds.
const MAX_STRING = 1 << 26;
const MAX_COUNT = 1 << 28;
const MAX_DIMS = 4;

/** Sequential little-endian reader over a file descriptor with a refillable window. */
class Cursor {
  private buf = Buffer.alloc(1 << 20);
  private start = 0; // file offset of buf[0]
  private end = 0; // file offset after the last valid byte in buf
  pos = 0;

  constructor(
    private readonly fd: number,
    readonly size: number,
    private readonly path: string,
  ) {}

  private need(n: number): number {
    if (this.pos + n > this.size) {
      throw new GgufError(this.path, `truncated or corrupt: header needs byte ${this.pos + n} but the file has ${this.size} bytes`);
    }
    if (this.pos < this.start || this.pos + n > this.end) {
      if (n > this.buf.length) this.buf = Buffer.alloc(n);
      const got = readSync(this.fd, this.buf, 0, this.buf.length, this.pos);
      this.start = this.pos;
      this.end = this.pos + got;
    }
    const at = this.pos - this.start;
    this.pos += n;
    return at;
  }
  u8(): number {
    return this.buf.readUInt8(this.need(1));
  }
  i8(): number {
    return this.buf.readInt8(this.need(1));
  }
  u16(): number {
    return this.buf.readUInt16LE(this.need(2));
  }
  i16(): number {
    return this.buf.readInt16LE(this.need(2));
  }
  u32(): number {
    return this.buf.readUInt32LE(this.need(4));
  }
  i32(): number {
    return this.buf.readInt32LE(this.need(4));
  }
  f32(): number {
    return this.buf.readFloatLE(this.need(4));
  }
  f64(): number {
    return this.buf.readDoubleLE(this.need(8));
  }
  u64(): bigint {
    return this.buf.readBigUInt64LE(this.need(8));
  }
  i64(): bigint {
    return this.buf.readBigInt64LE(this.need(8));
  }
  /** A u64 that must fit `max` (counts, lengths, offsets). */
  count(what: string, max: number): number {
    const v = this.u64();
    if (v > BigInt(max)) throw new GgufError(this.path, `corrupt header: ${what} is ${v} at byte ${this.pos - 8}`);
    return Number(v);
  }
  str(): string {
    const len = this.count("string length", MAX_STRING);
    const at = this.need(len);
    return this.buf.toString("utf8", at, at + len);
  }
}

function readValue(c: Cursor, type: number, path: string, key: string): GgufValue {
  switch (type) {
    case 0:
      return c.u8();
    case 1:
      return c.i8();
    case 2:
      return c.u16();
    case 3:
      return c.i16();
    case 4:
      return c.u32();
    case 5:
      return c.i32();
    case 6:
      return c.f32();
    case 7:
      return c.u8() !== 0;
    case 8:
      return c.str();
    case 9: {
      const itemType = c.u32();
      const n = c.count(`length of array ${key}`, MAX_COUNT);
      const out: GgufValue[] = new Array(n);
      for (let i = 0; i < n; i++) out[i] = readValue(c, itemType, path, key);
      return out;
    }
    case 10:
      return c.u64();
    case 11:
      return c.i64();
    case 12:
      return c.f64();
    default:
      throw new GgufError(path, `corrupt header: key ${key} has unknown value type ${type}`);
  }
}

/**
 * Reads and checks a GGUF file's header.
 * @throws GgufError (message starts with the path) when the file is missing or unreadable,
 *   is not GGUF (wrong magic), has an unsupported version, or is truncated or corrupt
 *   (header runs past the end, or some tensor's data would lie beyond the file's end).
 */
export function readGguf(path: string): GgufFile {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GgufError(path, code === "ENOENT" ? "no such file" : `cannot open: ${(err as Error).message}`);
  }
  try {
    const size = fstatSync(fd).size;
    if (size < 4) throw new GgufError(path, `not a GGUF file (${size} bytes)`);
    const c = new Cursor(fd, size, path);
    const magic = [c.u8(), c.u8(), c.u8(), c.u8()];
    if (String.fromCharCode(...magic) !== "GGUF") {
      throw new GgufError(path, `not a GGUF file (starts with bytes ${magic.map((b) => b.toString(16).padStart(2, "0")).join(" ")}, expected "GGUF")`);
    }
    const version = c.u32();
    if (version !== 2 && version !== 3) throw new GgufError(path, `unsupported GGUF version ${version} (2 and 3 are supported)`);
    const nTensors = c.count("tensor count", MAX_COUNT);
    const nKv = c.count("key/value count", MAX_COUNT);
    const metadata = new Map<string, GgufValue>();
    for (let i = 0; i < nKv; i++) {
      const key = c.str();
      metadata.set(key, readValue(c, c.u32(), path, key));
    }
    const raw: Array<Omit<GgufTensorInfo, "offset" | "bytes"> & { rel: number }> = [];
    for (let i = 0; i < nTensors; i++) {
      const name = c.str();
      const nDims = c.u32();
      if (nDims < 1 || nDims > MAX_DIMS) throw new GgufError(path, `corrupt header: tensor ${name} has ${nDims} dimensions`);
      const dims: number[] = [];
      for (let d = 0; d < nDims; d++) dims.push(c.count(`dimension ${d} of tensor ${name}`, Number.MAX_SAFE_INTEGER));
      const type = c.u32();
      raw.push({ name, dims, type, rel: c.count(`offset of tensor ${name}`, Number.MAX_SAFE_INTEGER) });
    }
    const alignment = Number(metadata.get("general.alignment") ?? 32);
    const dataOffset = Math.ceil(c.pos / alignment) * alignment;
    const tensors = raw.map(({ rel, ...t }) => ({ ...t, offset: dataOffset + rel, bytes: tensorBytes(t.dims, t.type) }));
    for (const t of tensors) {
      const end = t.offset + (t.bytes ?? 0);
      if (end > size) {
        throw new GgufError(path, `truncated: tensor ${t.name} needs bytes ${t.offset}..${end} but the file has ${size} bytes`);
      }
    }
    return { path, version, size, metadata, tensors, dataOffset };
  } finally {
    closeSync(fd);
  }
}

/** Bytes of a tensor with `dims` of ggml type `type`; null when the type is unknown. */
function tensorBytes(dims: number[], type: number): number | null {
  const t = GGML_TYPES[type];
  if (!t) return null;
  const [, block, bytes] = t;
  const n = dims.reduce((a, b) => a * b, 1);
  return (n / block) * bytes;
}

/** Reads a string metadata value, or undefined when absent or not a string. */
export function metaString(file: GgufFile, key: string): string | undefined {
  const v = file.metadata.get(key);
  return typeof v === "string" ? v : undefined;
}

/** Reads a numeric metadata value (any integer or float type), or undefined. */
export function metaNumber(file: GgufFile, key: string): number | undefined {
  const v = file.metadata.get(key);
  return typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : undefined;
}

/** llama.cpp `general.file_type` (LLAMA_FTYPE) ids → quantisation names. */
const FILE_TYPES: Record<number, string> = {
  0: "F32",
  1: "F16",
  2: "Q4_0",
  3: "Q4_1",
  7: "Q8_0",
  8: "Q5_0",
  9: "Q5_1",
  10: "Q2_K",
  11: "Q3_K_S",
  12: "Q3_K_M",
  13: "Q3_K_L",
  14: "Q4_K_S",
  15: "Q4_K_M",
  16: "Q5_K_S",
  17: "Q5_K_M",
  18: "Q6_K",
  19: "IQ2_XXS",
  20: "IQ2_XS",
  21: "Q2_K_S",
  22: "IQ3_XS",
  23: "IQ3_XXS",
  24: "IQ1_S",
  25: "IQ4_NL",
  26: "IQ3_S",
  27: "IQ3_M",
  28: "IQ2_S",
  29: "IQ2_M",
  30: "IQ4_XS",
  31: "IQ1_M",
  32: "BF16",
  36: "TQ1_0",
  37: "TQ2_0",
  38: "MXFP4_MOE",
};

/** What `engram models inspect` shows about a model GGUF. */
export interface GgufModelSummary {
  kind: "model";
  path: string;
  sizeBytes: number;
  ggufVersion: number;
  name: string | null;
  architecture: string;
  /** Total tensor elements (weights), e.g. 494032768 for a 0.5B model. */
  parameterCount: number;
  /** Quantisation from `general.file_type` (e.g. "Q4_K_M"), else the most common tensor type. */
  quantization: string;
  /** Trained context length in tokens, or null when the file does not say. */
  contextLength: number | null;
  embeddingLength: number | null;
  blockCount: number | null;
  vocabSize: number | null;
  chatTemplate: boolean;
}

/**
 * Summarises a model GGUF (architecture, parameter count, quantisation, context length, chat template).
 * @throws GgufError when `general.architecture` is missing.
 */
export function summarizeModel(file: GgufFile): GgufModelSummary {
  const arch = metaString(file, "general.architecture");
  if (!arch) throw new GgufError(file.path, "missing general.architecture");
  const ftype = metaNumber(file, "general.file_type");
  const tokens = file.metadata.get("tokenizer.ggml.tokens");
  return {
    kind: "model",
    path: file.path,
    sizeBytes: file.size,
    ggufVersion: file.version,
    name: metaString(file, "general.name") ?? null,
    architecture: arch,
    parameterCount: file.tensors.reduce((sum, t) => sum + t.dims.reduce((a, b) => a * b, 1), 0),
    quantization: (ftype !== undefined && FILE_TYPES[ftype]) || dominantTensorType(file),
    contextLength: metaNumber(file, `${arch}.context_length`) ?? null,
    embeddingLength: metaNumber(file, `${arch}.embedding_length`) ?? null,
    blockCount: metaNumber(file, `${arch}.block_count`) ?? null,
    vocabSize: Array.isArray(tokens) ? tokens.length : (metaNumber(file, `${arch}.vocab_size`) ?? null),
    chatTemplate: typeof file.metadata.get("tokenizer.chat_template") === "string",
  };
}

/** The ggml type holding the most weights (by element count). */
function dominantTensorType(file: GgufFile): string {
  const counts = new Map<number, number>();
  for (const t of file.tensors) counts.set(t.type, (counts.get(t.type) ?? 0) + t.dims.reduce((a, b) => a * b, 1));
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? ggmlTypeName(best[0]) : "unknown";
}
