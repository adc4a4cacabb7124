import { join } from "node:path";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { ApiError } from "../../core/api/errors.js";
import { insertMemory } from "../../core/db/repos/memories.js";
import { EngineClient, serveEngine, type FromEngine, type PortLike, type ToEngine } from "../../electron/engine-protocol.js";
import { toReply, validateCall, validatePick } from "../../electron/ipc.js";
import { testApi, type TestApi } from "../helpers/api.js";

function port<In, Out>(p: MessagePort): PortLike<In, Out> {
  return { post: (m) => p.postMessage(m), onMessage: (l) => p.on("message", l) };
}

describe("IPC validation in the main process", () => {
  it("accepts a valid call from an app page", () => {
    expect(validateCall("app://engram/index.html", "search", { query: "tea" }, "c1")).toEqual({ method: "search", request: { query: "tea" }, callId: "c1" });
  });

  it("refuses foreign senders, unknown methods, bad call ids and bad requests with clear messages", () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as ApiError;
      }
      throw new Error("did not throw");
    };
    expect(err(() => validateCall("https://evil.example/", "search", { query: "x" }, "c1")).message).toMatch(/Only Engram's own pages/);
    expect(err(() => validateCall("app://engram/", "constructor", {}, "c1")).message).toMatch(/Unknown API method "constructor"/);
    expect(err(() => validateCall("app://engram/", "stats", {}, "../x")).message).toMatch(/Bad call id/);
    const bad = err(() => validateCall("app://engram/", "search", { query: "" }, "c1"));
    expect(bad.code).toBe("bad_request");
    expect(bad.message).toBe("search: query: type something to search for");
    expect(err(() => validateCall("app://engram/", "getMemory", { id: 1, extra: true }, "c1")).message).toBe('getMemory: unknown field "extra"');
  });

  it("lets only app pages open the file dialog, for a file with extensions or a folder", () => {
    expect(validatePick("app://engram/index.html", { title: "Choose a GGUF chat model", kind: "file", extensions: ["gguf"] })).toEqual({
      title: "Choose a GGUF chat model",
      kind: "file",
      extensions: ["gguf"],
    });
    expect(() => validatePick("https://evil.example/", { title: "x", kind: "file" })).toThrow(/Only Engram's own pages/);
    expect(() => validatePick("app://engram/", { title: "x", kind: "anything" })).toThrow(/kind/);
    expect(() => validatePick("app://engram/", { title: "x", kind: "file", extensions: ["../*"] })).toThrow(/extensions/);
  });

  it("turns thrown errors into reply values", async () => {
    expect(await toReply(async () => 42)).toEqual({ ok: true, value: 42 });
    expect(
      await toReply(async () => {
        throw new ApiError("not_found", "Memory 9 does not exist.");
      }),
    ).toEqual({ ok: false, error: { code: "not_found", message: "Memory 9 does not exist." } });
  });
});

describe("engine process protocol", () => {
  let t: TestApi;
  afterEach(() => t?.close());

  it("forwards calls, results, typed errors and streamed events between main and engine", async () => {
    t = testApi();
    const id = insertMemory(t.db, { type: "semantic", title: "Tea", content: "Caroline likes green tea", engine: "user" }, { actor: "user" });
    const channel = new MessageChannel();
    serveEngine(port<ToEngine, FromEngine>(channel.port1), {
      api: t.api,
      query: (q) => {
        if (q.kind === "imagePath") return q.sourceId === 7 ? "/tmp/frame.png" : null;
        throw new Error(`cannot answer ${q.kind} here`);
      },
    });
    const client = new EngineClient(port<FromEngine, ToEngine>(channel.port2));
    const api = client.api();
    try {
      expect((await api.stats({})).memoriesTotal).toBe(1);
      expect((await api.getMemory({ id })).memory.content).toBe("Caroline likes green tea");
      await expect(api.getMemory({ id: 999 })).rejects.toMatchObject({ code: "not_found", message: "Memory 999 does not exist (it may have been deleted)." });
      await expect(api.search({ query: "" })).rejects.toMatchObject({ code: "bad_request" });
      const events: unknown[] = [];
      const r = await api.exportData({ path: join(t.dir, "out.jsonl.gz") }, { onEvent: (e) => events.push(e) });
      expect(r.counts.memories).toBe(1);
      expect(events).toContainEqual({ type: "progress", table: "memories", rows: 1 });
      expect(await client.query({ kind: "imagePath", sourceId: 7 })).toBe("/tmp/frame.png");
      expect(await client.query({ kind: "imagePath", sourceId: 8 })).toBeNull();
      await expect(client.query({ kind: "vaultKey", key: null, reason: null })).rejects.toMatchObject({
        code: "internal",
        message: "cannot answer vaultKey here",
      });
    } finally {
      channel.port1.close();
      channel.port2.close();
    }
  });

  it("fails pending calls with `unavailable` when the engine stops", async () => {
    const channel = new MessageChannel();
    const client = new EngineClient(port<FromEngine, ToEngine>(channel.port2)); // nobody answers
    const pending = client.api().stats({});
    client.failAll("The Engram engine stopped; it is restarting.");
    await expect(pending).rejects.toMatchObject({ code: "unavailable", message: "The Engram engine stopped; it is restarting." });
    channel.port1.close();
    channel.port2.close();
  });
});
