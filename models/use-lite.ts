/**
 * Universal Sentence Encoder lite embedder (512-d), the bundled default of Engram.
 *
 * Texts are tokenised on the calling thread (use-lite-tokenizer.ts), sorted by token count,
 * cut into batches and run by a small pool of worker threads, each holding its own TF.js wasm
 * runtime and copy of the model (use-lite-worker.ts). The wasm backend is single-threaded in
 * Node, so one worker per core is how a batch job uses both cores of a small machine; a single
 * query goes to one worker. Vectors match `@energetic-ai/embeddings` (cosine >= 0.999) and
 * are L2-normalised. Measured speeds are in models/README.md.
 */
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { extname } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Embedder } from "./embedder.js";
import { readUseLiteVocabulary, USE_LITE_DIMENSION, USE_LITE_MAX_TOKENS, type UseLiteBackend } from "./use-lite-files.js";
import { UseLiteTokenizer } from "./use-lite-tokenizer.js";
import type { UseLiteReply, UseLiteRequest } from "./use-lite-worker.js";

const require = createRequire(import.meta.url);

/** Tuning knobs of {@link UseLiteEmbedder}; the defaults are the fastest measured setting. */
export interface UseLiteOptions {
  /** TF.js backend in the workers (default `wasm`). */
  backend?: UseLiteBackend;
  /** Worker threads (default: min(2, available cores)). */
  workers?: number;
  /** Most texts per model call (default 32). */
  maxBatch?: number;
  /** Most padded tokens per model call, rows x longest row (default 2048). */
  tokenBudget?: number;
}

const DEFAULTS: Required<Omit<UseLiteOptions, "workers">> = {
  backend: "wasm",
  maxBatch: 32,
  tokenBudget: 2048,
};

/** Model id stored next to the vectors: model package version + our preprocessing. */
const USE_LITE_ID = "use-lite@energetic-ai-0.2.0";

/** One worker thread; `busy` while it computes a batch. */
interface PoolWorker {
  worker: Worker;
  busy: boolean;
}

interface Job {
  batch: number[][];
  resolve: (vectors: Float32Array) => void;
  reject: (err: Error) => void;
}

/** Starts a worker running use-lite-worker (`.ts` under tsx/vitest, `.js` when compiled). */
function startWorker(backend: UseLiteBackend): Worker {
  const ext = extname(new URL(import.meta.url).pathname);
  const url = new URL(`./use-lite-worker${ext}`, import.meta.url);
  const execArgv = ext === ".ts" ? ["--import", pathToFileURL(require.resolve("tsx")).href] : [];
  return new Worker(url, { workerData: { backend }, execArgv });
}

/** Fixed-size pool of USE lite workers with a FIFO queue of batches. */
class WorkerPool {
  private readonly queue: Job[] = [];
  private readonly pending = new Map<number, Job>();
  private nextId = 0;
  private closed = false;

  private constructor(private readonly workers: PoolWorker[]) {
    for (const w of workers) {
      w.worker.on("message", (reply: UseLiteReply) => this.onReply(w, reply));
      w.worker.on("error", (err) => this.failAll(err));
      // An idle worker must not keep the process alive (a CLI run ends without dispose()).
      // Unref after adding listeners: adding a "message" listener refs the worker again.
      w.worker.unref();
    }
  }

  /** Starts `size` workers and waits until each has loaded the model; throws the first load error. */
  static async start(size: number, backend: UseLiteBackend): Promise<WorkerPool> {
    const workers = Array.from({ length: size }, () => startWorker(backend));
    try {
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve, reject) => {
              worker.once("error", reject);
              worker.once("message", (reply: UseLiteReply) =>
                "type" in reply && reply.type === "ready"
                  ? resolve()
                  : reject(new Error(`USE lite worker failed to load: ${"message" in reply ? reply.message : "?"}`)),
              );
            }),
        ),
      );
    } catch (err) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw err;
    }
    return new WorkerPool(workers.map((worker) => ({ worker, busy: false })));
  }

  /** Runs one batch of token-id rows; resolves with batch.length x 512 floats. */
  run(batch: number[][]): Promise<Float32Array> {
    if (this.closed) return Promise.reject(new Error("USE lite embedder was disposed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ batch, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const w of this.workers) {
      if (w.busy || this.queue.length === 0) continue;
      const job = this.queue.shift()!;
      const id = this.nextId++;
      this.pending.set(id, job);
      w.busy = true;
      w.worker.ref();
      w.worker.postMessage({ id, batch: job.batch } satisfies UseLiteRequest);
    }
  }

  private onReply(w: PoolWorker, reply: UseLiteReply): void {
    if (!("id" in reply)) return;
    const job = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    w.busy = false;
    w.worker.unref();
    if ("error" in reply) job?.reject(new Error(`USE lite inference failed: ${reply.error}`));
    else job?.resolve(reply.vectors);
    this.dispatch();
  }

  private failAll(err: Error): void {
    for (const job of [...this.pending.values(), ...this.queue.splice(0)]) job.reject(err);
    this.pending.clear();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.failAll(new Error("USE lite embedder was disposed"));
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/** Scales `v` in place to unit L2 norm (left as is if it is all zeros). */
function normalize(v: Float32Array): Float32Array {
  let sum = 0;
  for (const x of v) sum += x * x;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i] = v[i]! / norm;
  return v;
}

/**
 * Universal Sentence Encoder lite. Create with {@link UseLiteEmbedder.load} (about 0.3 s per
 * worker, ~60 MB of memory each); call `dispose()` to stop the workers.
 *
 * The empty string is embedded like a single space (the model needs at least one token).
 * Only the first 128 tokens (~90 words) of a text count: chunk long documents first.
 */
export class UseLiteEmbedder implements Embedder {
  readonly id = USE_LITE_ID;
  readonly dimension = USE_LITE_DIMENSION;

  private constructor(
    private readonly tokenizer: UseLiteTokenizer,
    private readonly pool: WorkerPool,
    private readonly options: Required<Omit<UseLiteOptions, "workers">>,
  ) {}

  /** Loads the vocabulary and starts the workers. Throws if a model file is missing or the backend fails. */
  static async load(options: UseLiteOptions = {}): Promise<UseLiteEmbedder> {
    const settings = { ...DEFAULTS, ...options };
    const workers = options.workers ?? Math.min(2, availableParallelism());
    if (!Number.isInteger(workers) || workers < 1) throw new Error(`UseLiteOptions.workers must be a positive integer, got ${workers}`);
    const [vocabulary, pool] = await Promise.all([readUseLiteVocabulary(), WorkerPool.start(workers, settings.backend)]);
    return new UseLiteEmbedder(new UseLiteTokenizer(vocabulary), pool, settings);
  }

  /** Token ids for one text, cut to what the model reads; never empty. */
  private tokens(text: string): number[] {
    const ids = this.tokenizer.encode(text.length > 0 ? text : " ");
    return ids.length > USE_LITE_MAX_TOKENS ? ids.slice(0, USE_LITE_MAX_TOKENS) : ids;
  }

  /**
   * Groups text indices, shortest first, into batches of at most `maxBatch` texts and
   * `tokenBudget` padded tokens, so that each model call pads little.
   */
  private plan(tokens: number[][]): number[][] {
    const order = tokens.map((_, i) => i).sort((a, b) => tokens[a]!.length - tokens[b]!.length);
    const batches: number[][] = [];
    let current: number[] = [];
    for (const i of order) {
      const padded = (current.length + 1) * tokens[i]!.length;
      if (current.length > 0 && (current.length >= this.options.maxBatch || padded > this.options.tokenBudget)) {
        batches.push(current);
        current = [];
      }
      current.push(i);
    }
    if (current.length > 0) batches.push(current);
    return batches;
  }

  /** One unit-length Float32Array(512) per text, in input order. */
  async embed(texts: string[]): Promise<Float32Array[]> {
    const tokens = texts.map((t) => this.tokens(t));
    const out = new Array<Float32Array>(texts.length);
    await Promise.all(
      this.plan(tokens).map(async (batch) => {
        const flat = await this.pool.run(batch.map((i) => tokens[i]!));
        batch.forEach((textIndex, row) => {
          out[textIndex] = normalize(flat.slice(row * USE_LITE_DIMENSION, (row + 1) * USE_LITE_DIMENSION));
        });
      }),
    );
    return out;
  }

  /** Stops the worker threads; later `embed` calls reject. Safe to call twice. */
  dispose(): Promise<void> {
    return this.pool.close();
  }
}
