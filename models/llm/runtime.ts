/**
 * The on-device LLM runtime on node-llama-cpp (llama.cpp): one loaded GGUF model,
 * one context per LoRA adapter (so switching memory operation switches adapter
 * without reloading the base model), generations serialised through one queue,
 * and the model unloaded after an idle period. See README.md in this folder.
 */
import { availableParallelism } from "node:os";
import {
  getLlama,
  LlamaChat,
  LlamaLogLevel,
  resolveChatWrapper,
  type ChatHistoryItem,
  type ChatWrapper,
  type Llama,
  type LlamaContext,
  type LlamaContextSequence,
  type LlamaGrammar,
  type LlamaModel,
} from "node-llama-cpp";
import type { ZodType } from "zod";
import { checkAdapterFitsBase } from "../adapters/inspect.js";
import { type GgufFile, GgufError, metaNumber, metaString, readGguf } from "../gguf.js";
import { packByBudget } from "./budget.js";
import { grammarSchemaFor, LlmOutputError, parseJsonOutput } from "./json.js";
import type { BudgetItem, ChatMessage, FitResult, GenerateOptions, LlmRuntime } from "./types.js";
import { envText } from "../../core/config/env.js";

let llamaPromise: Promise<Llama> | null = null;

/**
 * The process-wide llama.cpp binding: the prebuilt binary for the best GPU found
 * (Metal, CUDA, Vulkan), else the CPU one. Never builds from source and never
 * downloads anything (`build: "never"`, `skipDownload: true`).
 * `ENGRAM_LLM_GPU=false` forces the CPU binary.
 * @throws Error when no prebuilt binary works on this machine.
 */
export function loadLlamaBinding(): Promise<Llama> {
  llamaPromise ??= getLlama({
    gpu: envText("ENGRAM_LLM_GPU") === "false" ? false : "auto",
    build: "never",
    skipDownload: true,
    progressLogs: false,
    logLevel: LlamaLogLevel.error,
  }).catch((err: unknown) => {
    llamaPromise = null;
    throw new Error(`cannot start llama.cpp (node-llama-cpp prebuilt binary): ${(err as Error).message}`);
  });
  return llamaPromise;
}

/** The LoRA adapter to apply for an operation. */
export interface AdapterChoice {
  filePath: string;
  /** LoRA scale (multiplies alpha / rank). */
  scale: number;
}

/** How to build a runtime. */
export interface LocalLlmOptions {
  /** `models.id` of the model (for messages and logs). */
  modelId: string;
  /** The GGUF model file. */
  modelPath: string;
  /** The adapter for an operation, or null for the base model; asked at every generation. */
  resolveAdapter?: (op: string) => AdapterChoice | null;
  /** Tokens per context; default min(4096, the model's trained context length). */
  contextSize?: number;
  /**
   * CPU threads per context; default one less than the machine's cores (at least 1), which
   * leaves a core to the rest of the app: on a busy 2-core machine, ggml's thread pool with
   * as many threads as cores was measured ~100× slower per token than with one thread.
   */
  threads?: number;
  /** Unload the model after this many ms without use; default 300000 (5 min); 0 = never. */
  idleUnloadMs?: number;
  /** At most this many contexts (adapters) kept at once; default 4. */
  maxContexts?: number;
}

interface OpContext {
  key: string;
  context: LlamaContext;
  sequence: LlamaContextSequence;
}

/** Counters that show what the runtime did (diagnostics and tests). */
export interface LlmStats {
  /** Times the base model was loaded from disk. */
  modelLoads: number;
  /** Contexts created (one per adapter switch that was not cached). */
  contextsCreated: number;
  /** Whether the model is in memory now. */
  loaded: boolean;
  /** Contexts alive now. */
  contexts: number;
}

/** Converts chat messages to node-llama-cpp history; a trailing empty model turn asks for the answer. */
function toHistory(messages: ChatMessage[]): ChatHistoryItem[] {
  if (messages.length === 0) throw new Error("chat needs at least one message");
  const history: ChatHistoryItem[] = messages.map((m, i) => {
    if (m.role === "system") return { type: "system", text: m.content };
    if (m.role === "user") return { type: "user", text: m.content };
    if (m.role === "assistant") return { type: "model", response: [m.content] };
    throw new Error(`message ${i}: unknown role ${(m as { role: unknown }).role}`);
  });
  if (messages.at(-1)!.role !== "assistant") history.push({ type: "model", response: [] });
  return history;
}

/** The LLM runtime for one GGUF model. Create with `createLlmRuntime` (or get the shared one with `getLlm`). */
export class LocalLlm implements LlmRuntime {
  readonly modelId: string;
  readonly modelPath: string;
  readonly contextSize: number;
  private readonly header: GgufFile;
  private readonly threads: number;
  private readonly idleMs: number;
  private readonly maxContexts: number;
  private resolveAdapter: (op: string) => AdapterChoice | null;
  private model: Promise<LlamaModel> | null = null;
  private wrapper: ChatWrapper | null = null;
  private readonly contexts = new Map<string, OpContext>(); // adapter key → context, oldest first
  private readonly grammars = new Map<string, Promise<LlamaGrammar>>();
  private queue: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private lastUsed = Date.now();
  private idleTimer: NodeJS.Timeout | null = null;
  private counters = { modelLoads: 0, contextsCreated: 0 };

  /** @throws GgufError when the model file is missing, truncated, not GGUF, or an adapter. */
  constructor(opts: LocalLlmOptions) {
    this.modelId = opts.modelId;
    this.modelPath = opts.modelPath;
    this.header = readGguf(opts.modelPath);
    if (metaString(this.header, "general.type") === "adapter") throw new GgufError(opts.modelPath, "is a LoRA adapter, not a model");
    const arch = metaString(this.header, "general.architecture");
    const trained = metaNumber(this.header, `${arch}.context_length`) ?? 4096;
    this.contextSize = Math.min(opts.contextSize ?? 4096, trained);
    this.threads = opts.threads ?? Math.max(1, availableParallelism() - 1);
    this.idleMs = opts.idleUnloadMs ?? 300_000;
    this.maxContexts = opts.maxContexts ?? 4;
    this.resolveAdapter = opts.resolveAdapter ?? (() => null);
  }

  /** Replaces how adapters are chosen (e.g. a fresh database handle); applies from the next generation. */
  setAdapterResolver(resolve: (op: string) => AdapterChoice | null): void {
    this.resolveAdapter = resolve;
  }

  /** What the runtime did so far. */
  stats(): LlmStats {
    return { ...this.counters, loaded: this.model !== null, contexts: this.contexts.size };
  }

  /** Runs `fn` after every earlier queued call (one generation at a time), tracking use for idle unload. */
  private exclusive<T>(fn: () => Promise<T>, touch = true): Promise<T> {
    this.pending++;
    const run = this.queue.then(fn, fn);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run.finally(() => {
      this.pending--;
      if (touch) this.touch();
    });
  }

  /** Runs `fn` with the loaded model outside the queue (tokenising), counted as use. */
  private async withModel<T>(fn: (model: LlamaModel) => T | Promise<T>): Promise<T> {
    this.pending++;
    try {
      return await fn(await this.ensureModel());
    } finally {
      this.pending--;
      this.touch();
    }
  }

  private touch(): void {
    this.lastUsed = Date.now();
    if (this.idleMs > 0 && this.model) {
      if (this.idleTimer) clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => void this.unloadIfIdle(), this.idleMs + 10).unref();
    }
  }

  private ensureModel(): Promise<LlamaModel> {
    if (!this.model) {
      const loading = (async () => {
        const llama = await loadLlamaBinding();
        this.counters.modelLoads++;
        try {
          return await llama.loadModel({ modelPath: this.modelPath });
        } catch (err) {
          throw new Error(`cannot load model ${this.modelPath}: ${(err as Error).message}`);
        }
      })();
      this.model = loading;
      loading.catch(() => {
        if (this.model === loading) this.model = null;
      });
    }
    return this.model;
  }

  /** The context for an operation: created with its adapter on first use, reused after. */
  private async contextFor(op: string | undefined): Promise<OpContext> {
    const adapter = op ? this.resolveAdapter(op) : null;
    const key = adapter ? `${adapter.filePath}@${adapter.scale}` : "base";
    const cached = this.contexts.get(key);
    if (cached) {
      this.contexts.delete(key);
      this.contexts.set(key, cached); // most recently used last
      return cached;
    }
    if (adapter) checkAdapterFitsBase(readGguf(adapter.filePath), this.header);
    const model = await this.ensureModel();
    while (this.contexts.size >= this.maxContexts) {
      const [oldKey, old] = this.contexts.entries().next().value!;
      this.contexts.delete(oldKey);
      await old.context.dispose();
    }
    let context: LlamaContext;
    try {
      context = await model.createContext({
        contextSize: this.contextSize,
        sequences: 1,
        threads: this.threads,
        lora: adapter ? { adapters: [{ filePath: adapter.filePath, scale: adapter.scale }] } : undefined,
      });
    } catch (err) {
      const what = adapter ? `with adapter ${adapter.filePath}` : "";
      throw new Error(`cannot create a context for ${this.modelPath} ${what}: ${(err as Error).message}`);
    }
    this.counters.contextsCreated++;
    const entry = { key, context, sequence: context.getSequence() };
    this.contexts.set(key, entry);
    return entry;
  }

  private async chatWrapper(): Promise<ChatWrapper> {
    const model = await this.ensureModel();
    this.wrapper ??= resolveChatWrapper(model);
    return this.wrapper;
  }

  private generate(messages: ChatMessage[], opts: GenerateOptions, grammar?: LlamaGrammar): Promise<{ text: string; stopReason: string }> {
    const history = toHistory(messages);
    opts.signal?.throwIfAborted();
    return this.exclusive(async () => {
      opts.signal?.throwIfAborted();
      const { sequence } = await this.contextFor(opts.op);
      const chat = new LlamaChat({ contextSequence: sequence, chatWrapper: await this.chatWrapper() });
      try {
        const res = await chat.generateResponse(history, {
          onTextChunk: opts.onToken,
          signal: opts.signal,
          maxTokens: opts.maxTokens ?? 1024,
          temperature: opts.temperature ?? (grammar ? 0 : 0.7),
          seed: opts.seed,
          grammar,
        });
        return { text: res.response, stopReason: res.metadata.stopReason };
      } finally {
        chat.dispose({ disposeSequence: false });
      }
    });
  }

  /** {@inheritDoc LlmRuntime.chat} */
  async chat(messages: ChatMessage[], opts: GenerateOptions = {}): Promise<string> {
    return (await this.generate(messages, opts)).text;
  }

  private grammarFor(schema: ZodType): Promise<LlamaGrammar> {
    const json = grammarSchemaFor(schema);
    const key = JSON.stringify(json);
    let grammar = this.grammars.get(key);
    if (!grammar) {
      grammar = loadLlamaBinding().then((llama) => llama.createGrammarForJsonSchema(json as never));
      this.grammars.set(key, grammar);
    }
    return grammar;
  }

  /** {@inheritDoc LlmRuntime.completeJson} */
  async completeJson<T>(schema: ZodType<T>, messages: ChatMessage[], opts: GenerateOptions = {}): Promise<T> {
    const grammar = await this.grammarFor(schema);
    const { text, stopReason } = await this.generate(messages, opts, grammar);
    try {
      return parseJsonOutput(schema, text);
    } catch (err) {
      if (err instanceof LlmOutputError && stopReason === "maxTokens") {
        throw new LlmOutputError(`model output was cut at maxTokens (${opts.maxTokens ?? 1024}) before the JSON was complete`, text);
      }
      throw err;
    }
  }

  /** {@inheritDoc LlmRuntime.countTokens} */
  countTokens(text: string): Promise<number> {
    return this.withModel((model) => model.tokenize(text, false).length);
  }

  /** {@inheritDoc LlmRuntime.fitToContext} */
  fitToContext<T>(messages: ChatMessage[], items: BudgetItem<T>[], opts: { reserve?: number; separator?: string } = {}): Promise<FitResult<T>> {
    const history = toHistory(messages);
    return this.withModel(async (model) => {
      const wrapper = await this.chatWrapper();
      const fixed = wrapper.generateContextState({ chatHistory: history }).contextText.tokenize(model.tokenizer).length;
      const separator = opts.separator ?? "\n";
      const budget = this.contextSize - (opts.reserve ?? 512) - fixed;
      return packByBudget(items, budget, (t) => model.tokenize(t, false).length, separator ? model.tokenize(separator, false).length : 0);
    });
  }

  /**
   * Probabilities of the next token after `text` (tokenised with BOS, no chat template),
   * in the context of `op`'s adapter: the `top` most likely, highest first.
   */
  nextTokenDistribution(text: string, opts: { op?: string; top?: number } = {}): Promise<Array<{ token: number; text: string; probability: number }>> {
    return this.exclusive(async () => {
      const { sequence } = await this.contextFor(opts.op);
      const model = sequence.model;
      await sequence.clearHistory();
      const tokens = model.tokenize(text, false);
      if (model.tokens.bos !== null) tokens.unshift(model.tokens.bos);
      try {
        for await (const out of sequence.evaluateWithMetadata(tokens, { probabilities: true }, { temperature: 0 })) {
          return [...out.probabilities.entries()]
            .slice(0, opts.top ?? 10)
            .map(([token, probability]) => ({ token, text: model.detokenize([token], true), probability }));
        }
        return [];
      } finally {
        await sequence.clearHistory();
      }
    });
  }

  /** {@inheritDoc LlmRuntime.unloadIfIdle} */
  async unloadIfIdle(idleMs: number = this.idleMs): Promise<boolean> {
    const idle = () => this.model !== null && this.pending <= 1 && Date.now() - this.lastUsed >= idleMs;
    if (this.pending > 0 || !idle()) return false;
    return this.exclusive(async () => {
      if (!idle()) return false;
      await this.unload();
      return true;
    }, false);
  }

  /** Drops the model and contexts (synchronously forgotten, so a new call loads afresh), then frees them. */
  private async unload(): Promise<void> {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const contexts = [...this.contexts.values()];
    const model = this.model;
    this.contexts.clear();
    this.model = null;
    this.wrapper = null;
    for (const c of contexts) await c.context.dispose();
    if (model) await (await model.catch(() => null))?.dispose();
  }

  /** Unloads the model and its contexts now (after the running generation); the runtime reloads on next use. */
  async dispose(): Promise<void> {
    await this.exclusive(() => this.unload(), false);
  }
}

/**
 * A runtime for one GGUF chat model. Nothing is loaded until the first call.
 * @throws GgufError when the model file is missing, truncated, not GGUF, or an adapter.
 */
export function createLlmRuntime(opts: LocalLlmOptions): LocalLlm {
  return new LocalLlm(opts);
}
