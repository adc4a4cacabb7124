/**
 * Why an import made no core memory, as the app shows it: the file by the name it was uploaded
 * under (not the server's staged copy) and the import dialog's field instead of `--me`.
 */
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { coreMemoryNote } from "../../core/api/data.js";
import { startHttpServer } from "../../core/transports/http/server.js";
import type { Embedder } from "../../models/embedder.js";
import { createHttpClient } from "../../renderer/api/http-client.js";
import { testApi } from "../helpers/api.js";
import { tempDir } from "../helpers/cli.js";

const dir = tempDir("engram-note-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

describe("the note on a missing core memory", () => {
  it("names the uploaded file and the dialog's field in the browser app", async () => {
    const t = testApi({ embedder });
    const server = await startHttpServer({ api: t.api, port: 0, staticDir: dir, imagePath: () => null, exportPath: () => null });
    try {
      const api = createHttpClient({ baseUrl: `http://127.0.0.1:${server.port}`, token: server.token });
      const r = await api.importFile({ file: new Blob(["Sam: I moved to Berlin.\nAlex: Nice, when?\n"]), name: "chat.txt" });
      expect(r.coreMemory).toBe(
        "No core memory was made: chat.txt holds conversations between other people (Sam, Alex); import it again with “Which of these people are you?” filled in to say which of them is you",
      );
    } finally {
      await server.close();
      t.close();
    }
  });

  it("builds the core memory of the person the app's import names as you, the file uploaded", async () => {
    const t = testApi({ embedder });
    const server = await startHttpServer({ api: t.api, port: 0, staticDir: dir, imagePath: () => null, exportPath: () => null });
    try {
      const api = createHttpClient({ baseUrl: `http://127.0.0.1:${server.port}`, token: server.token });
      // ("Which of these people are you?" answered: it had not reached the server with the upload)
      const r = await api.importFile({ file: new Blob(["Sam: I moved to Berlin.\nAlex: Nice, when?\n"]), name: "chat.txt", me: "Sam" });
      expect(r.coreMemory).toBeNull();
      const core = await api.listMemories({ types: ["core"] });
      expect(core.items.map((m) => m.content).join("\n")).toMatch(/Sam lives in Berlin/);
    } finally {
      await server.close();
      t.close();
    }
  });

  it("keeps the command line's path and --me", () => {
    const note =
      "no core memory was made: /home/me/chat.txt holds conversations between other people (Sam, Alex); import it again with --me NAME to say which of them is you";
    expect(coreMemoryNote({ transport: "cli" }, note, "/home/me/chat.txt", "/home/me/chat.txt")).toBe(note);
    expect(coreMemoryNote({ transport: "ipc" }, null, "/p", "p")).toBeNull();
  });
});
