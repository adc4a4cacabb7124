/**
 * Universal Sentence Encoder lite embedder (512-d), the bundled default of Engram.
 *
 * Texts are dealt by length into jobs of at most `maxBatch` texts, which run on "lanes":
 * worker threads with one copy of the model each (use-lite-workers.ts), each lane given up to
 * LANE_DEPTH jobs at once. A lane tokenises its texts (use-lite-tokenizer.ts), batches them by token
 * count (little padding), runs them and L2-normalises the vectors (use-lite-batches.ts): the
 * calling thread only sends texts and receives vectors. Engines: `onnx` (default,
 * onnxruntime-node on the graph rebuilt from the TF.js weights, use-lite-onnx.ts) or
 * `tfjs-wasm` / `tfjs-cpu` (TF.js 4.22, use-lite-graph.ts).
 * Every engine matches `@energetic-ai/embeddings` (cosine >= 0.999); vectors are L2-normalised.
 * Measured speeds are in models/README.md.
 */
import { availableParallelism } from "node:os";
import type { Embedder } from "./embedder.js";
import { USE_LITE_DIMENSION, type UseLiteBackend } from "./use-lite-files.js";
import { startLanes, type UseLiteLane } from "./use-lite-workers.js";

/** Tuning knobs of {@link UseLiteEmbedder}; the defaults are the fastest measured setting. */
export interface UseLiteOptions {
  /** Engine (default `onnx`). */
  backend?: UseLiteBackend;
  /** Worker threads, i.e. batches computed at once, one core each (default: min(2, available cores)). */
  lanes?: number;
  /** Skip onnxruntime's weight prepacking: each lane starts ~0.1 s of CPU sooner and batches run
   * slower, for a process that embeds a query or two (`onnx` engine; default false). */
  quickStart?: boolean;
  /** Folder where the onnx engine keeps its optimised model graph between runs (default none:
   * converted from the weights at every start, ~0.5 s of CPU per lane). */
  cacheDir?: string;
  /** Most texts per job sent to a lane, and per model call (default 16). */
  maxBatch?: number;
  /** Most padded tokens per model call, rows x longest row (default 1024). */
  tokenBudget?: number;
  /**
   * Run the lanes at a low scheduling priority (Linux; core/util/worker-thread.ts
   * lowerThisThreadPriority), for a process whose own thread has work of its own while the lanes
   * embed (an import's memory engine, an app's event loop): that thread keeps its core and the
   * lanes take what is left, all of it while the thread waits (default false). The LoCoMo dev
   * split's import on 2 cores, alternated 6 times on a quiet machine: 259 turns/s mean with
   * normal-priority lanes, 284 at nice 10, 302 at nice 19 (bench/README.md).
   */
  background?: boolean;
}

type Settings = Required<Omit<UseLiteOptions, "lanes" | "quickStart" | "cacheDir" | "background">>;

const DEFAULTS: Settings = { backend: "onnx", maxBatch: 16, tokenBudget: 1024 };

/** Model id stored next to the vectors: model package version + our preprocessing. */
const USE_LITE_ID = "use-lite@energetic-ai-0.2.0";

interface Job {
  texts: string[];
  resolve: (vectors: Float32Array) => void;
  reject: (err: Error) => void;
}

/**
 * Jobs a lane is given at once: with two, the lane has its next texts while this thread is busy
 * (an import's memory engine holds it up to ~100 ms at a time), instead of waiting to be sent them;
 * a query waits behind at most two jobs (≤ 2 x maxBatch texts, ~20-60 ms).
 */
const LANE_DEPTH = 2;

/** FIFO queue of jobs over a fixed set of lanes, each given up to LANE_DEPTH jobs at once. */
class LaneQueue {
  private readonly queue: Job[] = [];
  /** one entry per free place on a lane (a lane appears once per job it can still take) */
  private readonly idle: UseLiteLane[];
  private closed = false;
  private releasing = false;
  private closing: Promise<void> | null = null;
  private onStopped!: () => void;
  /** callers of `whenIdle` waiting for the queue to empty */
  private idleWaiters: Array<() => void> = [];
  private readonly stopped = new Promise<void>((resolve) => {
    this.onStopped = resolve;
  });

  constructor(private readonly lanes: UseLiteLane[]) {
    // the lanes' first places first, so that two jobs go to two lanes
    this.idle = Array.from({ length: LANE_DEPTH }, () => [...lanes]).flat();
  }

  /** Embeds one job's texts; resolves with texts.length x 512 floats (unit rows). */
  run(texts: string[]): Promise<Float32Array> {
    if (this.closed) return Promise.reject(new Error("USE lite embedder was disposed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ texts, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const lane = this.idle.pop()!;
      const job = this.queue.shift()!;
      lane
        .run(job.texts)
        .then(job.resolve, job.reject)
        .finally(() => {
          this.idle.push(lane);
          this.dispatch();
          this.closeIfReleased();
          if (this.isIdle()) for (const wake of this.idleWaiters.splice(0)) wake();
        });
    }
  }

  /** No batch is queued or running. */
  private isIdle(): boolean {
    return this.queue.length === 0 && this.idle.length === this.lanes.length * LANE_DEPTH;
  }

  /** Resolves once no batch is queued or running (at once when none is, or when closed). */
  whenIdle(): Promise<void> {
    if (this.closed || this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Closes the lanes once no batch is queued or running (at once when idle); resolves when the workers have stopped. */
  release(): Promise<void> {
    this.releasing = true;
    this.closeIfReleased();
    return this.stopped;
  }

  private closeIfReleased(): void {
    if (this.releasing && this.isIdle()) this.close().then(this.onStopped, this.onStopped);
  }

  /** Rejects the queued batches and stops the lanes; every call returns the same stop. */
  close(): Promise<void> {
    if (!this.closing) {
      this.closed = true;
      for (const job of this.queue.splice(0)) job.reject(new Error("USE lite embedder was disposed"));
      for (const wake of this.idleWaiters.splice(0)) wake();
      this.closing = Promise.all(this.lanes.map((lane) => lane.close())).then(() => undefined);
    }
    return this.closing;
  }
}

/**
 * Universal Sentence Encoder lite. Create with {@link UseLiteEmbedder.load} (~1 s; each
 * worker holds ~100 MB); `dispose()` stops the workers. Idle workers never keep the process alive;
 * `release()` stops them early, and the next `embed` starts them again.
 *
 * The empty string is embedded like a single space (the model needs at least one token).
 * Only the first 128 tokens (~90 words) of a text count: chunk long documents first.
 */
export class UseLiteEmbedder implements Embedder {
  readonly id = USE_LITE_ID;
  readonly dimension = USE_LITE_DIMENSION;
  /** The lanes embeds run on; null after `release()` until the next embed starts new ones. */
  private lanes: Promise<LaneQueue> | null;
  private disposed = false;

  private constructor(
    lanes: LaneQueue,
    private readonly settings: Settings,
    private readonly start: () => Promise<UseLiteLane[]>,
  ) {
    this.lanes = Promise.resolve(lanes);
  }

  /** Starts the lanes (each loads the vocabulary and the model). Throws if a model file is missing or the engine fails to start. */
  static async load(options: UseLiteOptions = {}): Promise<UseLiteEmbedder> {
    const settings: Settings = { ...DEFAULTS, ...options };
    const count = options.lanes ?? Math.min(2, availableParallelism());
    if (!Number.isInteger(count) || count < 1) throw new Error(`UseLiteOptions.lanes must be a positive integer, got ${count}`);
    const start = () =>
      startLanes(count, {
        backend: settings.backend,
        cacheDir: options.cacheDir,
        quickStart: options.quickStart,
        background: options.background,
        maxBatch: settings.maxBatch,
        tokenBudget: settings.tokenBudget,
      });
    return new UseLiteEmbedder(new LaneQueue(await start()), settings, start);
  }

  /**
   * Text indices in jobs of at most `maxBatch` texts, dealt by length (the k-th shortest to job k
   * mod the number of jobs), so that jobs take about as long: a lane is given its jobs before it
   * starts them, so one long job would keep the other lane waiting. A lane batches each job's
   * texts by token count.
   */
  private jobs(texts: string[]): number[][] {
    const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
    const jobs: number[][] = Array.from({ length: Math.ceil(texts.length / this.settings.maxBatch) }, () => []);
    order.forEach((i, k) => {
      jobs[k % jobs.length]!.push(i);
    });
    return jobs;
  }

  /** The current lanes, started again after a `release()`; a failed start is not kept. */
  private ready(): Promise<LaneQueue> {
    if (this.disposed) return Promise.reject(new Error("USE lite embedder was disposed"));
    if (!this.lanes) {
      const starting = this.start().then((lanes) => new LaneQueue(lanes));
      this.lanes = starting;
      starting.catch(() => {
        if (this.lanes === starting) this.lanes = null;
      });
    }
    return this.lanes;
  }

  /** One unit-length Float32Array(512) per text, in input order. */
  async embed(texts: string[]): Promise<Float32Array[]> {
    const out = new Array<Float32Array>(texts.length);
    const lanes = await this.ready();
    await Promise.all(
      this.jobs(texts).map(async (job) => {
        const flat = await lanes.run(job.map((i) => texts[i]!));
        job.forEach((textIndex, row) => {
          out[textIndex] = flat.slice(row * USE_LITE_DIMENSION, (row + 1) * USE_LITE_DIMENSION);
        });
      }),
    );
    return out;
  }

  /**
   * Stops the worker threads without waiting for them, once the batches already running are done:
   * for a command that has embedded its one query (`engram search`), so that the workers' teardown
   * (the ONNX session and its memory, ~20-40 ms on their own threads) runs while the command prints
   * its results instead of delaying its exit. A later `embed` starts the workers again (a model
   * load, ~0.3 s of CPU with the kept graph). Nothing when already released or disposed.
   * @returns resolves when those workers have stopped (callers need not wait)
   */
  release(): Promise<void> {
    const lanes = this.lanes;
    this.lanes = null;
    return lanes
      ? lanes.then(
          (l) => l.release(),
          () => undefined,
        )
      : Promise.resolve();
  }

  /**
   * Resolves once the workers have started (or failed to) and no batch is queued or running, so
   * that the process may exit: a worker torn down by `process.exit` inside onnxruntime's native
   * code (loading the model, running a batch) aborts the process ("terminate called after throwing
   * an instance of 'Napi::Error'"); an idle one stops cleanly. Workers already released stop on
   * their own once their last batch is done (`release`). Nothing is stopped.
   */
  async settled(): Promise<void> {
    await this.lanes?.then(
      (l) => l.whenIdle(),
      () => undefined,
    );
  }

  /** Stops the worker threads; later `embed` calls reject. Safe to call twice. */
  async dispose(): Promise<void> {
    this.disposed = true;
    const lanes = this.lanes;
    this.lanes = null;
    await lanes?.then(
      (l) => l.close(),
      () => undefined,
    );
  }
}
