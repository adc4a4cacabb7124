import { spawn } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import type { Embedder } from "../../models/embedder.js";
import { exportDataset } from "../../models/adapters/dataset.js";
import { createEmbedder } from "../../models/embedders.js";
import { closeLlm, getLlm, LlmOutputError, OpenAiLlm } from "../../models/llm/index.js";
import { testApi, type TestApi } from "../helpers/api.js";
import { engramInProcess, ROOT, tempDir } from "../helpers/cli.js";
import { startOpenAiServer, type TestOpenAiServer } from "../helpers/openai-server.js";
import { writeTinyLlama } from "../fixtures/gguf-writer.js";

let dir: string;
let server: TestOpenAiServer;
let embedder: Embedder;
let t: TestApi;
const KEY = "sk-test-9f8e7d6c5b4a";
const QUESTION = "When did Sam go to the pottery class?";

beforeAll(async () => {
  dir = tempDir("engram-endpoint-");
  const file = join(dir, "tiny.gguf");
  writeTinyLlama(file);
  server = await startOpenAiServer(file);
  embedder = await createEmbedder();
  t = testApi({ embedder });
  ensureVectorTables(t.db, embedder);
  process.env.ENGRAM_TEST_ENDPOINT_KEY = KEY;
});

afterAll(async () => {
  await closeLlm();
  delete process.env.ENGRAM_TEST_ENDPOINT_KEY;
  await server?.close();
  t?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(t.dir, { recursive: true, force: true });
});

/** Row counts of what a failed call must not change. */
function counts(db: EngramDb) {
  const n = (table: string, where = "") => (db.prepare(`SELECT COUNT(*) AS n FROM ${table} ${where}`).get() as { n: number }).n;
  return {
    memories: n("memories"),
    sources: n("sources"),
    unprocessed: n("sources", "WHERE processed_at IS NULL"),
    versions: n("memory_versions"),
    calls: n("llm_calls"),
    recalled: n("memories", "WHERE access_count > 0"),
  };
}

/** Runs the real CLI without blocking this process (the test server answers it meanwhile). */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "engram.mjs"), ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

// The refusal of a remote URL and the endpoint added run the real CLI in a child process; the other
// runs call the same CLI entry point in this process (engramInProcess) to skip a process start each.
describe("engram models add-endpoint (the real command)", () => {
  it("refuses a non-loopback URL without --allow-remote, reads the context length from the server, lists, uses, and adapters say they do not apply", async () => {
    const db = join(dir, "cli.db");
    const remote = await cli(["models", "add-endpoint", "lan", "--url", "http://10.0.0.5:11434/v1", "--model", "llama3.2", "--db", db]);
    expect(remote.code).toBe(1);
    expect(remote.stderr).toMatch(/--url http:\/\/10\.0\.0\.5:11434\/v1: 10\.0\.0\.5 is not this computer\. .*pass --allow-remote/);
    const sneaky = await engramInProcess(["models", "add-endpoint", "lan", "--url", "http://localhost.attacker.example/v1", "--model", "m", "--db", db]);
    expect(sneaky.stderr).toMatch(/localhost\.attacker\.example is not this computer/);
    const keyGiven = await engramInProcess(["models", "add-endpoint", "local", "--url", server.url, "--model", "tiny", "--api-key-env", KEY, "--db", db]);
    expect(keyGiven.stderr).toMatch(/--api-key-env "sk-test-9f8e7d6c5b4a": give the NAME of an environment variable/);

    const added = await cli([
      "models",
      "add-endpoint",
      "local",
      "--url",
      server.url,
      "--model",
      "tiny",
      "--api-key-env",
      "ENGRAM_TEST_ENDPOINT_KEY",
      "--db",
      db,
    ]);
    expect(added.stderr).toBe("");
    expect(added.stdout).toBe(`Added endpoint local: tiny at ${server.url}, context 2048 tokens (reported by the server) [active]\n`);
    const allowed = await engramInProcess([
      "models",
      "add-endpoint",
      "lan",
      "--url",
      "http://10.0.0.5:11434/v1",
      "--model",
      "llama3.2",
      "--context-length",
      "8192",
      "--allow-remote",
      "--db",
      db,
    ]);
    expect(allowed.stdout).toMatch(
      /^Added endpoint lan: .*; make it active with: engram models use lan\nNote: this server is not on this computer; your memories and questions are sent to it\.\n$/,
    );

    const list = await engramInProcess(["models", "list", "--db", db]);
    expect(list.stdout).toMatch(new RegExp(`\\* local\\s+tiny  ${server.url.replace(/[./]/g, "\\$&")}  context 2048  key from \\$ENGRAM_TEST_ENDPOINT_KEY\\n`));
    expect(list.stdout).toMatch(/ {3}lan\s+llama3\.2 {2}http:\/\/10\.0\.0\.5:11434\/v1 {2}context 8192 {2}no key {2}REMOTE: your memories are sent there/);
    const adapters = await engramInProcess(["adapters", "list", "--db", db]);
    expect(adapters.stdout).toMatch(/^LoRA adapters do not apply to the endpoint "local" .*export-dataset keeps working/);
    const use = await engramInProcess(["models", "use", "lan", "--db", db]);
    expect(use.stdout).toBe("Active chat model: endpoint lan (llama3.2 at http://10.0.0.5:11434/v1)\n");
    const unknown = await engramInProcess(["models", "use", "nothing", "--db", db]);
    expect(unknown.stderr).toBe('engram: no installed model or endpoint "nothing"; known: lan, local\n');

    const check = openDatabase(db);
    try {
      const rows = check.prepare("SELECT * FROM llm_endpoints").all();
      expect(JSON.stringify(rows)).not.toContain(KEY);
      expect(rows).toContainEqual(expect.objectContaining({ name: "local", api_key_env: "ENGRAM_TEST_ENDPOINT_KEY", active: 0 }));
    } finally {
      check.close();
    }
  });
});

describe("an OpenAI-compatible server as the chat model (a real HTTP server on 127.0.0.1 answering with the tiny GGUF)", () => {
  it("the llm engine processes a conversation through the endpoint, with JSON schema requests and the key from the environment", async () => {
    await expect(t.api.addEndpoint({ name: "lan", url: "http://192.168.1.20:11434/v1", model: "m" })).rejects.toMatchObject({
      code: "bad_request",
      message: expect.stringMatching(/192\.168\.1\.20 is not this computer/),
    });
    await expect(t.api.addEndpoint({ name: "local", url: server.url, model: "tiny", apiKeyEnv: KEY })).rejects.toMatchObject({
      code: "bad_request",
      field: "apiKeyEnv",
    });
    const state = await t.api.addEndpoint({ name: "local", url: server.url, model: "tiny", apiKeyEnv: "ENGRAM_TEST_ENDPOINT_KEY" });
    expect(state.endpoints).toEqual([
      { name: "local", url: server.url, model: "tiny", apiKeyEnv: "ENGRAM_TEST_ENDPOINT_KEY", allowRemote: false, contextLength: 2048, active: true },
    ]);
    expect(state.engine).toBe("llm");
    expect(await t.api.info({})).toMatchObject({ engine: "llm", chatModel: "local", modelServer: { name: "local", url: server.url, remote: false } });
    const llm = getLlm(t.db);
    expect(llm).toBeInstanceOf(OpenAiLlm);
    expect([llm!.modelId, llm!.contextSize]).toEqual(["local", 2048]);
    const at = Date.parse("2023-05-08T13:56:00Z");
    await storeConversation(t.db, embedder, {
      format: "text",
      externalId: "t",
      title: "t",
      participants: ["Sam", "Kim"],
      startedAt: at,
      turns: [
        { externalId: "t:1", speaker: "Sam", role: "other", occurredAt: at, text: "I went to a pottery class yesterday.", metadata: {} },
        { externalId: "t:2", speaker: "Kim", role: "other", occurredAt: at + 2 * 3_600_000, text: "I painted a sunset last week.", metadata: {} },
      ],
    });
    const report = await createMemoryEngine(t.db, embedder, { engine: "llm" }).process();
    expect(report).toMatchObject({ engine: "llm", sources: 2 });
    const episodes = t.db.prepare("SELECT engine, content FROM memories WHERE type = 'episodic' ORDER BY id").all() as Array<{
      engine: string;
      content: string;
    }>;
    expect(episodes.map((e) => e.engine)).toEqual(["llm", "llm"]);
    expect(episodes[0]!.content).toContain("yesterday (7 May 2023)");
    const calls = t.db.prepare("SELECT model_id, kept FROM llm_calls WHERE op = 'extract'").all();
    expect(calls).toEqual([
      { model_id: "local", kept: expect.any(Number) },
      { model_id: "local", kept: expect.any(Number) },
    ]);
    const json = server.requests.filter((r) => r.response_format);
    expect(json.length).toBeGreaterThanOrEqual(2);
    expect(json[0]).toMatchObject({
      model: "tiny",
      response_format: { type: "json_schema", json_schema: { name: "engram_output" } },
      authorization: `Bearer ${KEY}`,
    });
    expect(json[0]!.response_format!.json_schema!.schema.type).toBe("object");
  });

  it("ask streams a cited answer from the endpoint", async () => {
    const tokens: string[] = [];
    const kinds: string[] = [];
    const a = await t.api.ask(
      { question: QUESTION },
      {
        onEvent: (e) => {
          kinds.push(e.type);
          if (e.type === "token") tokens.push(e.text);
        },
      },
    );
    expect(a).toMatchObject({ engine: "llm", abstained: false });
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.citations[0]!.sources[0]).toMatchObject({ kind: "chat_turn" });
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens.join("").trim()).toBe(a.answer);
    expect(kinds.at(-1)).toBe("citations");
    expect(server.requests.at(-1)).toMatchObject({ stream: true, model: "tiny" });
    expect(server.requests.at(-1)!.messages.at(-1)!.content).toMatch(/<memory n="1"/);

    // the call is logged like a local model's, so a training dataset can still be exported
    const file = join(dir, "answer.jsonl");
    expect(exportDataset(t.db, "answer", file)).toMatchObject({ from: "llm_calls", examples: 1 });
    const line = JSON.parse(readFileSync(file, "utf8").trim()) as { messages: Array<{ role: string; content: string }> };
    expect(line.messages.at(-1)).toEqual({ role: "assistant", content: a.answer });
  });

  it("a connection dropped mid-answer gives a clear error and leaves the database unchanged", async () => {
    const before = counts(t.db);
    server.mode = "drop";
    await expect(t.api.ask({ question: QUESTION })).rejects.toThrow(
      /^the model server "local" closed the connection before the answer was complete \(.+\); nothing was saved$/,
    );
    expect(counts(t.db)).toEqual(before);

    const at = Date.parse("2023-05-09T10:00:00Z");
    await storeConversation(t.db, embedder, {
      format: "text",
      externalId: "u",
      title: "u",
      participants: ["Sam"],
      startedAt: at,
      turns: [{ externalId: "u:1", speaker: "Sam", role: "other", occurredAt: at, text: "My sister visits on Friday.", metadata: {} }],
    });
    const stored = counts(t.db);
    await expect(createMemoryEngine(t.db, embedder, { engine: "llm" }).process()).rejects.toThrow(
      /the model server "local" closed the connection before the answer was complete/,
    );
    expect(counts(t.db)).toEqual(stored);
    expect(stored.unprocessed).toBe(1);
    server.mode = "ok";
  });

  it("a server that stops answering times out with a clear error and leaves the database unchanged", async () => {
    process.env.ENGRAM_ENDPOINT_TIMEOUT_MS = "1000";
    await closeLlm(); // the next getLlm builds a runtime with the short timeout
    try {
      const before = counts(t.db);
      server.mode = "hang";
      const started = Date.now();
      await expect(t.api.ask({ question: QUESTION })).rejects.toThrow(
        /^the model server "local" \(http:\/\/127\.0\.0\.1:\d+\/v1\) did not answer for 1 s; is it overloaded, or is the model still loading\? Nothing was saved\.$/,
      );
      expect(Date.now() - started).toBeLessThan(10_000);
      await expect(createMemoryEngine(t.db, embedder, { engine: "llm" }).process()).rejects.toThrow(/did not answer for 1 s/);
      expect(counts(t.db)).toEqual(before);
    } finally {
      server.mode = "ok";
      delete process.env.ENGRAM_ENDPOINT_TIMEOUT_MS;
      await closeLlm();
    }
  });

  it("an unreachable server, and a model the server does not know, give clear errors", async () => {
    const free = createServer();
    await new Promise<void>((ok) => free.listen(0, "127.0.0.1", ok));
    const port = (free.address() as AddressInfo).port;
    await new Promise((ok) => free.close(ok)); // nothing listens there now
    const down = new OpenAiLlm({ endpoint: { name: "down", url: `http://127.0.0.1:${port}/v1`, model: "tiny", apiKeyEnv: null, contextLength: null } });
    await expect(down.chat([{ role: "user", content: "hi" }])).rejects.toThrow(
      `cannot reach the model server "down" at http://127.0.0.1:${port}/v1 (ECONNREFUSED); is it running?`,
    );
    const wrong = new OpenAiLlm({ endpoint: { name: "local", url: server.url, model: "llama3.2", apiKeyEnv: null, contextLength: null } });
    await expect(wrong.chat([{ role: "user", content: "hi" }])).rejects.toThrow(
      'the model server "local" answered HTTP 404: model "llama3.2" not found, try pulling it first',
    );
    const noKey = new OpenAiLlm({ endpoint: { name: "local", url: server.url, model: "tiny", apiKeyEnv: "ENGRAM_TEST_UNSET_KEY", contextLength: null } });
    await expect(noKey.chat([{ role: "user", content: "hi" }])).rejects.toThrow(
      /needs the API key in the environment variable ENGRAM_TEST_UNSET_KEY, which is not set/,
    );
  });

  it("structured output retries once on invalid JSON, then fails clearly; cancel aborts a stream; budgeting keeps the most relevant items", async () => {
    const llm = new OpenAiLlm({ endpoint: { name: "local", url: server.url, model: "tiny", apiKeyEnv: null, contextLength: 2048 } });
    const schema = z.object({ done: z.boolean() });
    server.mode = "invalid-once";
    const n = server.requests.length;
    const out = await llm.completeJson(schema, [{ role: "user", content: "Is it done?" }], { maxTokens: 20 });
    expect(typeof out.done).toBe("boolean");
    const retried = server.requests.slice(n);
    expect(retried).toHaveLength(2);
    expect(retried[1]!.messages.slice(-2)).toEqual([
      { role: "assistant", content: "not json" },
      { role: "user", content: expect.stringMatching(/^That answer is not usable: model output is not valid JSON/) },
    ]);
    server.mode = "invalid";
    const err = await llm.completeJson(schema, [{ role: "user", content: "Is it done?" }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LlmOutputError);
    expect((err as LlmOutputError).message).toMatch(/^model output is not valid JSON .*\(after one retry\)$/);
    expect((err as LlmOutputError).raw).toBe("not json");
    server.mode = "ok";

    const closed = server.closedEarly;
    const cancel = new AbortController();
    const reason = new Error("stopped by the user");
    reason.name = "AbortError";
    await expect(
      llm.chat([{ role: "user", content: "Tell me a long story." }], { signal: cancel.signal, onToken: () => cancel.abort(reason), maxTokens: 200 }),
    ).rejects.toBe(reason);
    await expect.poll(() => server.closedEarly).toBe(closed + 1);

    const items = [
      { text: "a".repeat(1800), score: 0.9, value: 1 },
      { text: "b".repeat(1800), score: 0.1, value: 2 },
      { text: "c".repeat(1800), score: 0.5, value: 3 },
    ];
    const fit = await llm.fitToContext([{ role: "system", content: "Answer from the memories." }], items);
    expect(fit.kept.map((k) => k.value)).toEqual([1, 3]);
    expect(fit.dropped.map((k) => k.value)).toEqual([2]);
    expect(fit.budget).toBe(2048 - 512 - (Math.ceil("Answer from the memories.".length / 3) + 4));
  });
});
