/** Shared shapes of the LLM runtime (see README.md in this folder). */
import type { ZodType } from "zod";
import type { MemoryOp } from "../adapters/registry.js";

/** One chat message, as in OpenAI-style chat JSONL. */
export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

/** Options of one generation. */
export interface GenerateOptions {
  /** Memory operation: selects the LoRA adapter (none registered → base model). Default: no adapter. */
  op?: MemoryOp;
  /** Called with each piece of text as it is generated (streaming). */
  onToken?: (text: string) => void;
  /** Aborts the generation; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Upper bound on generated tokens; default 1024. */
  maxTokens?: number;
  /** Sampling temperature; default 0 (greedy) for completeJson, 0.7 for chat. */
  temperature?: number;
  /** Sampling seed, for reproducible output when temperature > 0. */
  seed?: number;
}

/** An item competing for room in a prompt: text plus relevance (higher = keep first). */
export interface BudgetItem<T = unknown> {
  text: string;
  score: number;
  /** Anything the caller wants back with the kept item (e.g. the memory id). */
  value?: T;
}

/** Result of fitting items into a token budget. */
export interface FitResult<T = unknown> {
  /** Kept items in their input order. */
  kept: BudgetItem<T>[];
  /** Items that did not fit, most relevant first. */
  dropped: BudgetItem<T>[];
  /** Tokens used by the kept items (including separators). */
  tokens: number;
  /** Tokens that were available to the items. */
  budget: number;
}

/**
 * The on-device LLM, as the memory engine and the assistant use it. One loaded model
 * per process; one context per memory operation (with that operation's LoRA adapter).
 */
export interface LlmRuntime {
  /** `models.id` of the loaded chat model. */
  readonly modelId: string;
  /** Streams a chat completion with the model's own chat template; resolves with the full text. */
  chat(messages: ChatMessage[], opts?: GenerateOptions): Promise<string>;
  /**
   * A JSON value constrained by a grammar built from `schema` and validated by it.
   * @throws LlmOutputError when the output does not parse or validate (message has the raw text).
   */
  completeJson<T>(schema: ZodType<T>, messages: ChatMessage[], opts?: GenerateOptions): Promise<T>;
  /** Tokens of `text` in the model's tokenizer. */
  countTokens(text: string): Promise<number>;
  /**
   * Keeps the most relevant items that fit in the context next to `messages`, leaving
   * `reserve` tokens (default 512) for the answer.
   */
  fitToContext<T>(messages: ChatMessage[], items: BudgetItem<T>[], opts?: { reserve?: number; separator?: string }): Promise<FitResult<T>>;
  /** Context size in tokens of each operation's context. */
  readonly contextSize: number;
  /** Unloads the model when nothing ran for `idleMs` (default: the runtime's idle setting); true if unloaded. */
  unloadIfIdle(idleMs?: number): Promise<boolean>;
  /** Unloads the model and contexts now. */
  dispose(): Promise<void>;
}
