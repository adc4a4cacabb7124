/**
 * The context length a server reports for a model, asked once when the endpoint is added:
 * `GET <url>/models` and the model's entry — llama.cpp's server (`meta.n_ctx_train`), LM Studio
 * (`max_context_length`), vLLM (`max_model_len`), others (`context_length`, `context_window`).
 * Ollama's OpenAI API reports none: give `--context-length` (its default context is 2048–4096).
 */
import { Deadline, headers, type EndpointTarget } from "./http.js";

const FIELDS = ["context_length", "max_context_length", "max_model_len", "context_window", "n_ctx"] as const;

/**
 * The model's context length in tokens, or null when the server does not say or cannot be asked
 * (unreachable within `timeoutMs`, an error, an unknown shape). Never throws.
 */
export async function reportedContextLength(target: EndpointTarget, model: string, timeoutMs = 5000): Promise<number | null> {
  const deadline = new Deadline(target, timeoutMs);
  try {
    const res = await fetch(`${target.url}/models`, { headers: headers(target), signal: deadline.controller.signal, redirect: "error" });
    if (!res.ok) return null;
    const json = (await res.json()) as { data?: Array<Record<string, unknown>> };
    const entry = json.data?.find((d) => d.id === model) ?? (json.data?.length === 1 ? json.data[0] : undefined);
    if (!entry) return null;
    const meta = (entry.meta ?? {}) as Record<string, unknown>;
    for (const v of [meta.n_ctx_train, meta.n_ctx, ...FIELDS.map((f) => entry[f])]) {
      if (typeof v === "number" && Number.isInteger(v) && v > 0) return v;
    }
    return null;
  } catch {
    return null;
  } finally {
    deadline.done();
  }
}
