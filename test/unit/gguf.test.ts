import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AdapterMismatchError, checkAdapterFitsBase, summarizeAdapter } from "../../models/adapters/inspect.js";
import { GgufError, readGguf, summarizeModel } from "../../models/gguf.js";
import { writeTinyLlama, writeTinyLora } from "../fixtures/gguf-writer.js";

let dir: string;
let model: string;
let lora: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-gguf-"));
  model = join(dir, "tiny.gguf");
  lora = join(dir, "lora.gguf");
  writeTinyLlama(model);
  writeTinyLora(lora);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("GGUF reader", () => {
  it("describes a model: architecture, parameters, quantisation, context length, chat template", () => {
    const s = summarizeModel(readGguf(model));
    // token_embd + output (2 × 64 × vocab) + output_norm 64 + 2 blocks × (4 × 64² + 3 × 64 × 128 + 2 × 64)
    const vocab = 3 + 256 + 1 + 94 + 8 + 2;
    expect(s).toMatchObject({
      kind: "model",
      architecture: "llama",
      quantization: "F32",
      contextLength: 2048,
      embeddingLength: 64,
      blockCount: 2,
      vocabSize: vocab,
      chatTemplate: true,
      name: "tiny-llama-test",
      ggufVersion: 3,
    });
    expect(s.parameterCount).toBe(2 * 64 * vocab + 64 + 2 * (4 * 64 * 64 + 3 * 64 * 128 + 2 * 64));
  });

  it("reports a missing chat template", () => {
    const path = join(dir, "no-template.gguf");
    writeTinyLlama(path, { chatTemplate: null });
    expect(summarizeModel(readGguf(path)).chatTemplate).toBe(false);
  });

  it("describes a LoRA adapter: base architecture, rank, alpha, targets", () => {
    const s = summarizeAdapter(readGguf(lora));
    expect(s).toMatchObject({ kind: "adapter", baseArchitecture: "llama", rank: 4, alpha: 8, tensorPairs: 6, blocks: [0, 1] });
    expect(s.targets).toEqual(["attn_output", "attn_q", "attn_v"]);
  });

  it("refuses a missing file, a non-GGUF file, a truncated header and truncated tensor data", () => {
    expect(() => readGguf(join(dir, "nope.gguf"))).toThrow(/nope\.gguf: no such file/);

    const text = join(dir, "notes.gguf");
    writeFileSync(text, "hello, I am not a model at all");
    expect(() => readGguf(text)).toThrow(/notes\.gguf: not a GGUF file/);

    const shortHeader = join(dir, "short-header.gguf");
    writeFileSync(shortHeader, readFileSync(model).subarray(0, 200));
    expect(() => readGguf(shortHeader)).toThrow(GgufError);
    expect(() => readGguf(shortHeader)).toThrow(/short-header\.gguf: truncated or corrupt/);

    const cut = join(dir, "cut.gguf");
    copyFileSync(model, cut);
    truncateSync(cut, readFileSync(model).length - 1000);
    expect(() => readGguf(cut)).toThrow(/cut\.gguf: truncated: tensor .* needs bytes/);
  });

  it("refuses an absurd count in a corrupt header", () => {
    const bad = join(dir, "bad-count.gguf");
    const bytes = Buffer.from(readFileSync(model));
    bytes.writeBigUInt64LE(1n << 60n, 16); // key/value count
    writeFileSync(bad, bytes);
    expect(() => readGguf(bad)).toThrow(/bad-count\.gguf: corrupt header: key\/value count/);
  });
});

describe("adapter fit check", () => {
  it("accepts an adapter made for the base model", () => {
    expect(checkAdapterFitsBase(readGguf(lora), readGguf(model)).rank).toBe(4);
  });

  it("refuses another architecture, embedding size or layer count, naming both files", () => {
    const base = readGguf(model);
    const cases: Array<[string, Parameters<typeof writeTinyLora>[1], RegExp]> = [
      ["qwen.gguf", { architecture: "qwen2" }, /architecture qwen2 ≠ llama/],
      ["wide.gguf", { nEmbd: 96 }, /blk\.0\.attn_q\.weight: adapter maps 96 → 96 but the base tensor maps 64 → 64/],
      ["deep.gguf", { nLayer: 4 }, /touches block 3 but the base model has 2 blocks/],
    ];
    for (const [name, opts, reason] of cases) {
      const path = join(dir, name);
      writeTinyLora(path, opts);
      const run = () => checkAdapterFitsBase(readGguf(path), base);
      expect(run).toThrow(AdapterMismatchError);
      expect(run).toThrow(new RegExp(`adapter .*${name} does not fit base model .*tiny\\.gguf`));
      expect(run).toThrow(reason);
    }
  });

  it("refuses a model where an adapter is expected", () => {
    expect(() => summarizeAdapter(readGguf(model))).toThrow(/tiny\.gguf: not an adapter/);
  });
});
