import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { createHttpClient } from "../../renderer/api/http-client.js";
import { writeChatgptExport } from "../fixtures/exports.js";
import { ROOT, tempDir } from "../helpers/cli.js";

let child: ChildProcess | undefined;
const dir = tempDir("engram-serve-");
afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill("SIGTERM");
    await once(child, "exit");
  }
  rmSync(dir, { recursive: true, force: true });
});

describe("engram serve (the real command)", () => {
  it("prints the URL with its token first, serves the API, imports an upload and chats over SSE, and stops on SIGTERM", async () => {
    child = spawn(process.execPath, [join(ROOT, "bin", "engram.mjs"), "serve", "--port", "0", "--db", join(dir, "engram.db")], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
    const first = (await lines.next()).value as string;
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
    const url = new URL(first);
    const api = createHttpClient({ baseUrl: url.origin, token: url.searchParams.get("token")! });
    expect(await api.stats({})).toMatchObject({ memoriesTotal: 0 });

    // the browser's drag-and-drop path: raw bytes uploaded, progress streamed, result at the end
    const chats = join(dir, "conversations.json");
    await writeChatgptExport(chats, 2, 4, 120);
    const { openAsBlob } = await import("node:fs");
    const phases: string[] = [];
    const r = await api.importFile({ file: await openAsBlob(chats), name: "conversations.json" }, { onEvent: (e) => phases.push(e.phase) });
    expect(r).toMatchObject({ file: "conversations.json", format: "chatgpt", conversations: 2 });
    expect(r.added).toBeGreaterThan(0);
    expect(phases).toContain("import");
    const hits = await api.search({ query: "conversation", k: 3 });
    expect(hits.hits.length).toBeGreaterThan(0);
    expect((await api.info({})).transport).toBe("http");

    // chat: a statement is remembered, a later question is answered from it with a citation, streamed
    const told = await api.chat({ message: "I adopted a cat named Miso last week." });
    expect(told.abstained).toBe(false);
    const events: Array<{ type: string }> = [];
    const reply = await api.chat({ message: "What is the name of my cat?", conversationId: told.conversationId }, { onEvent: (e) => events.push(e) });
    expect(reply.engine).toBe("heuristic");
    expect(reply.answer).toMatch(/Miso/);
    expect(events[0]!.type).toBe("token");
    expect(events.at(-1)!.type).toBe("citations");
    const cited = reply.citations.flatMap((c) => c.sources).find((src) => src.conversationId === told.conversationId);
    expect(cited).toBeDefined();
    const source = await api.getSource({ id: cited!.sourceId });
    expect(source.turns.map((t) => t.text)).toContain("I adopted a cat named Miso last week.");
    const thread = await api.getChat({ conversationId: told.conversationId });
    expect(thread.turns.map((t) => t.role)).toEqual(["user", "assistant", "user", "assistant"]);
    // a reopened chat still shows the reply's citations and engine
    const saved = thread.turns[3]!.metadata as { citations: Array<{ memoryId: number }>; engine: string };
    expect(saved.engine).toBe("heuristic");
    expect(saved.citations.map((c) => c.memoryId)).toEqual(reply.citations.map((c) => c.memoryId));
    expect((await api.listChats({})).items.map((c) => c.id)).toEqual([told.conversationId]);

    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    child = undefined;
  }, 300_000);
});
