import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { LlmOutputError } from "../../models/llm/json.js";
import { createLlmRuntime, type LocalLlm } from "../../models/llm/runtime.js";
import type { ChatMessage } from "../../models/llm/types.js";

/**
 * How the test server behaves on the next chat completions:
 * - `ok`: answers with the model (streamed when asked, JSON-schema constrained when asked);
 * - `drop`: starts answering, then destroys the connection mid-answer;
 * - `hang`: never answers (the client's timeout must fire);
 * - `invalid-once`: answers "not json" to the next JSON request, then behaves as `ok`;
 * - `invalid`: answers "not json" to every JSON request.
 */
export type ServerMode = "ok" | "drop" | "hang" | "invalid-once" | "invalid";

/** The sampling seed of every answer: the tiny random-weight model samples at temperature 0.7, and
 * an unlucky draw answered with nothing (an end-of-text token first), which no stream can cancel. */
const SEED = 7;

/** A chat completions request as the server received it. */
export interface SeenRequest {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
  max_tokens?: number;
  response_format?: { type: string; json_schema?: { name: string; schema: Record<string, unknown> } };
  authorization: string | null;
}

/** A running OpenAI-compatible server on 127.0.0.1. */
export interface TestOpenAiServer {
  /** base URL, `http://127.0.0.1:PORT/v1` */
  url: string;
  mode: ServerMode;
  requests: SeenRequest[];
  /** requests whose connection the client closed before the answer ended (cancel, timeout) */
  closedEarly: number;
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req as AsyncIterable<Buffer>) chunks.push(c);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Starts a real OpenAI-compatible HTTP server on 127.0.0.1 whose answers come from a GGUF model
 * run with node-llama-cpp (the tiny generated model in tests): `GET /v1/models` (with
 * `meta.n_ctx_train` as llama.cpp's server reports it) and `POST /v1/chat/completions`, streamed
 * (server-sent events) or not, with `response_format: json_schema` turned back into a zod schema
 * and generated under its grammar. `mode` injects failures.
 */
export async function startOpenAiServer(modelPath: string, opts: { modelName?: string; contextLength?: number } = {}): Promise<TestOpenAiServer> {
  const modelName = opts.modelName ?? "tiny";
  const llm: LocalLlm = createLlmRuntime({ modelId: modelName, modelPath, threads: 1, contextSize: opts.contextLength ?? 2048 });
  const state: TestOpenAiServer = { url: "", mode: "ok", requests: [], closedEarly: 0, close: async () => {} };
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method === "GET" && req.url === "/v1/models") {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(
          JSON.stringify({ object: "list", data: [{ id: modelName, object: "model", owned_by: "test", meta: { n_ctx_train: opts.contextLength ?? 2048 } }] }),
        );
        return;
      }
      if (req.method !== "POST" || req.url !== "/v1/chat/completions") {
        res.writeHead(404, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ error: { message: `no route ${req.method} ${req.url}` } }));
        return;
      }
      const r = JSON.parse(await body(req)) as SeenRequest;
      state.requests.push({ ...r, authorization: req.headers.authorization ?? null });
      const abort = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) {
          state.closedEarly++;
          abort.abort();
        }
      });
      if (r.model !== modelName) {
        res.writeHead(404, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ error: { message: `model "${r.model}" not found, try pulling it first` } }));
        return;
      }
      const mode = state.mode;
      if (mode === "hang") return; // never answer; the client gives up
      const schema = r.response_format?.json_schema?.schema;
      if (schema) {
        let content: string;
        if (mode === "invalid" || mode === "invalid-once") {
          if (mode === "invalid-once") state.mode = "ok";
          content = "not json";
        } else {
          try {
            content = JSON.stringify(await llm.completeJson(z.fromJSONSchema(schema as never), r.messages, { maxTokens: r.max_tokens, signal: abort.signal }));
          } catch (err) {
            if (!(err instanceof LlmOutputError)) throw err;
            content = err.raw;
          }
        }
        const json = JSON.stringify({
          id: "c1",
          object: "chat.completion",
          model: modelName,
          choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }],
        });
        res.writeHead(200, { "Content-Type": "application/json" });
        if (mode === "drop") {
          res.write(json.slice(0, 20), () => res.socket?.destroy());
          return;
        }
        res.end(json);
        return;
      }
      if (!r.stream) {
        const content = await llm.chat(r.messages, { maxTokens: r.max_tokens, signal: abort.signal, seed: SEED });
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(
          JSON.stringify({ id: "c1", object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop" }] }),
        );
        return;
      }
      res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
      const frame = (delta: Record<string, unknown>, finish: string | null) =>
        res.write(`data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`);
      frame({ role: "assistant" }, null);
      let sent = 0;
      await llm
        .chat(r.messages, {
          maxTokens: r.max_tokens,
          signal: abort.signal,
          seed: SEED,
          onToken: (text) => {
            if (res.destroyed) return;
            frame({ content: text }, null);
            if (mode === "drop" && ++sent === 2) res.socket?.destroy();
          },
        })
        .catch((err: unknown) => {
          if (!abort.signal.aborted) throw err;
        });
      if (res.destroyed) return;
      frame({}, "stop");
      res.end("data: [DONE]\n\n");
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ error: { message: (err as Error).message } }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  state.close = async () => {
    server.closeAllConnections();
    await new Promise<void>((ok) => server.close(() => ok()));
    await llm.dispose();
  };
  return state;
}
