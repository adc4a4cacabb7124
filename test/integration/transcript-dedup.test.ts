/**
 * A transcript or note is keyed by its content, not its path: the same file imported from another
 * folder, with another modification time, or uploaded through `engram serve` (a new temporary
 * path each time) adds nothing the second time.
 */
import { copyFileSync, mkdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { startHttpServer } from "../../core/transports/http/server.js";
import type { Embedder } from "../../models/embedder.js";
import { createHttpClient } from "../../renderer/api/http-client.js";
import { testApi } from "../helpers/api.js";
import { tempDir } from "../helpers/cli.js";

const dir = tempDir("engram-dedup-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

const TRANSCRIPT = "Sam: I moved to Berlin.\nAlex: ok\nSam: ok\nAlex: ok\n";
const NOTE = "Groceries for Sunday\n\nBuy oat milk and rye bread.\n";

describe("transcripts and notes are keyed by content", () => {
  it.each([
    ["chat.txt", TRANSCRIPT, 4],
    ["note.md", NOTE, 2],
  ] as const)("%s from two folders, with two modification times, is stored once", async (name, content, turns) => {
    const a = join(dir, "a", name);
    const b = join(dir, "b", name);
    mkdirSync(join(dir, "a"), { recursive: true });
    mkdirSync(join(dir, "b"), { recursive: true });
    writeFileSync(a, content);
    copyFileSync(a, b);
    utimesSync(b, new Date("2021-01-01"), new Date("2021-01-01"));
    const db = openDatabase(join(dir, `${name}.db`));
    try {
      const first = await importFile(db, embedder, a);
      expect(first).toMatchObject({ turns, added: turns, duplicates: 0 });
      const second = await importFile(db, embedder, b);
      expect(second).toMatchObject({ turns, added: 0, duplicates: turns });
      expect(db.prepare("SELECT COUNT(*) AS n FROM conversations").get()).toEqual({ n: 1 });
      writeFileSync(b, content.replace("Berlin", "Paris").replace("rye", "wheat"));
      expect((await importFile(db, embedder, b)).added).toBeGreaterThan(0); // other content is another conversation
    } finally {
      db.close();
    }
  });

  it("two uploads of the same transcript through engram serve add it once", async () => {
    const t = testApi({ embedder });
    const server = await startHttpServer({ api: t.api, port: 0, staticDir: dir, imagePath: () => null, exportPath: () => null });
    try {
      const api = createHttpClient({ baseUrl: `http://127.0.0.1:${server.port}`, token: server.token });
      const file = new Blob([TRANSCRIPT]);
      const first = await api.importFile({ file, name: "chat.txt" });
      const second = await api.importFile({ file, name: "chat.txt" });
      expect(first).toMatchObject({ added: 4, duplicates: 0 });
      expect(second).toMatchObject({ added: 0, duplicates: 4 });
      expect((await api.stats({})).sources.chat_turn).toBe(4);
    } finally {
      await server.close();
      t.close();
      rmSync(t.dir, { recursive: true, force: true });
    }
  });
});
