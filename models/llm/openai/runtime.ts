/**
 * The LLM runtime over an OpenAI-compatible server (Ollama, LM Studio, llama.cpp's server, vLLM,
 * LocalAI): the same `LlmRuntime` the memory engine and the assistant use with a GGUF model.
 * - `chat` streams (`stream: true`, server-sent events) and cancels by aborting the request;
 * - `completeJson` asks for `response_format: json_schema` (the grammar schema of json.ts),
 *   validates with zod, and on invalid output asks once more with the error; then gives up with
 *   an `LlmOutputError`;
 * - budgeting estimates tokens (no tokenizer over the OpenAI API): 1 token per 3 UTF-8 bytes,
 *   more than real BPE tokenizers use for text (~4 characters per token), so prompts fit;
 * - no LoRA adapters: they apply only to a GGUF model run by Engram itself.
 * Every failure of the server is an `EndpointError` saying what happened (http.ts).
 */
import type { ZodType } from "zod";
import { packByBudget } from "../budget.js";
import { grammarSchemaFor, LlmOutputError, parseJsonOutput } from "../json.js";
import type { BudgetItem, ChatMessage, FitResult, GenerateOptions, LlmRuntime } from "../types.js";
import type { EndpointRecord } from "./endpoints.js";
import { Deadline, EndpointError, postJson, type EndpointTarget } from "./http.js";
import { IncompleteStream, readChatStream } from "./sse.js";
import { envNumber } from "../../../core/config/env.js";
import { DEFAULT_CONTEXT } from "./defaults.js";

/** Default inactivity timeout, ms: a local model may take a while to load (override: `ENGRAM_ENDPOINT_TIMEOUT_MS`). */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** Tokens of `text`, estimated (1 per 3 UTF-8 bytes, rounded up); see the module comment. */
export function estimateTokens(text: string): number {
  return Math.ceil(Buffer.byteLength(text, "utf8") / 3);
}

/** How to build an endpoint runtime. */
export interface OpenAiLlmOptions {
  endpoint: Pick<EndpointRecord, "name" | "url" | "model" | "apiKeyEnv" | "contextLength">;
  /** inactivity timeout, ms (default `ENGRAM_ENDPOINT_TIMEOUT_MS` or 120000) */
  timeoutMs?: number;
}

interface CompletionJson {
  choices?: Array<{ message?: { content?: string | null }; finish_reason?: string | null }>;
}

/** `LlmRuntime` over one endpoint. Stateless apart from its settings: nothing to load or unload. */
export class OpenAiLlm implements LlmRuntime {
  readonly modelId: string;
  readonly contextSize: number;
  private readonly target: EndpointTarget;
  private readonly model: string;
  private readonly timeoutMs: number;

  constructor(opts: OpenAiLlmOptions) {
    const e = opts.endpoint;
    this.modelId = e.name;
    this.model = e.model;
    this.target = { name: e.name, url: e.url, apiKeyEnv: e.apiKeyEnv };
    this.contextSize = e.contextLength ?? DEFAULT_CONTEXT;
    this.timeoutMs = opts.timeoutMs ?? envNumber("ENGRAM_ENDPOINT_TIMEOUT_MS") ?? DEFAULT_TIMEOUT_MS;
  }

  private body(messages: ChatMessage[], opts: GenerateOptions, json: boolean): Record<string, unknown> {
    if (messages.length === 0) throw new Error("chat needs at least one message");
    return {
      model: this.model,
      messages,
      max_tokens: opts.maxTokens ?? 1024,
      temperature: opts.temperature ?? (json ? 0 : 0.7),
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    };
  }

  /** {@inheritDoc LlmRuntime.chat} Streams; aborting `signal` cancels the request. */
  async chat(messages: ChatMessage[], opts: GenerateOptions = {}): Promise<string> {
    opts.signal?.throwIfAborted();
    const deadline = new Deadline(this.target, this.timeoutMs, opts.signal);
    try {
      const res = await postJson(this.target, "/chat/completions", { ...this.body(messages, opts, false), stream: true }, deadline);
      let text = "";
      try {
        for await (const piece of readChatStream(res.body!, () => deadline.touch())) {
          if (!piece.text) continue;
          text += piece.text;
          opts.onToken?.(piece.text);
        }
      } catch (err) {
        if (err instanceof IncompleteStream)
          throw new EndpointError(`the model server "${this.target.name}" ended the answer before it was complete; nothing was saved`);
        throw err instanceof EndpointError || (err as Error).message.startsWith("the model server") ? err : deadline.failure(err, "stream");
      }
      return text;
    } finally {
      deadline.done();
    }
  }

  /** One non-streamed completion asking for JSON of `schema`; returns the text and finish reason. */
  private async completeOnce(grammar: unknown, messages: ChatMessage[], opts: GenerateOptions): Promise<{ text: string; finish: string | null }> {
    opts.signal?.throwIfAborted();
    const deadline = new Deadline(this.target, this.timeoutMs, opts.signal);
    try {
      const res = await postJson(
        this.target,
        "/chat/completions",
        { ...this.body(messages, opts, true), response_format: { type: "json_schema", json_schema: { name: "engram_output", strict: true, schema: grammar } } },
        deadline,
      );
      let json: CompletionJson;
      try {
        json = (await res.json()) as CompletionJson;
      } catch (err) {
        throw deadline.controller.signal.aborted ? deadline.controller.signal.reason : deadline.failure(err, "stream");
      }
      const choice = json.choices?.[0];
      if (typeof choice?.message?.content !== "string")
        throw new EndpointError(`the model server "${this.target.name}" answered without a message (not an OpenAI chat completion?)`);
      return { text: choice.message.content, finish: choice.finish_reason ?? null };
    } finally {
      deadline.done();
    }
  }

  /**
   * {@inheritDoc LlmRuntime.completeJson} Asks once more, with the validation error, when the first
   * answer is not valid; throws `LlmOutputError` when the second is not either.
   */
  async completeJson<T>(schema: ZodType<T>, messages: ChatMessage[], opts: GenerateOptions = {}): Promise<T> {
    const grammar = grammarSchemaFor(schema);
    let conversation = messages;
    let last: LlmOutputError | null = null;
    for (let attempt = 0; attempt < 2; attempt++) {
      const { text, finish } = await this.completeOnce(grammar, conversation, opts);
      try {
        return parseJsonOutput(schema, text);
      } catch (err) {
        if (!(err instanceof LlmOutputError)) throw err;
        last =
          finish === "length" ? new LlmOutputError(`model output was cut at maxTokens (${opts.maxTokens ?? 1024}) before the JSON was complete`, text) : err;
        conversation = [
          ...messages,
          { role: "assistant", content: text },
          { role: "user", content: `That answer is not usable: ${last.message}. Reply again with only a JSON value that matches the requested schema.` },
        ];
      }
    }
    throw new LlmOutputError(`${last!.message} (after one retry)`, last!.raw);
  }

  /** {@inheritDoc LlmRuntime.countTokens} Estimated (see `estimateTokens`). */
  async countTokens(text: string): Promise<number> {
    return estimateTokens(text);
  }

  /** {@inheritDoc LlmRuntime.fitToContext} Messages cost their estimated tokens plus 4 each (role and separators). */
  async fitToContext<T>(messages: ChatMessage[], items: BudgetItem<T>[], opts: { reserve?: number; separator?: string } = {}): Promise<FitResult<T>> {
    const fixed = messages.reduce((n, m) => n + estimateTokens(m.content) + 4, 0);
    const separator = opts.separator ?? "\n";
    return packByBudget(items, this.contextSize - (opts.reserve ?? 512) - fixed, estimateTokens, separator ? estimateTokens(separator) : 0);
  }

  /** Nothing is loaded in this process: always false. */
  async unloadIfIdle(): Promise<boolean> {
    return false;
  }

  /** Nothing to free (requests in flight finish or are aborted by their callers). */
  async dispose(): Promise<void> {}
}
