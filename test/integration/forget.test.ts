/**
 * "Forget the sources too": deleting every memory that holds a secret word, with its sources,
 * leaves no copy of the word anywhere in the closed database file (rows, FTS index, free pages,
 * WAL), and getSource no longer returns the text. Through the CLI (`engram delete --with-sources`)
 * and the API (`deleteMemory({ withSources })`).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { engram, engramInProcess, tempDir } from "../helpers/cli.js";
import { testApi } from "../helpers/api.js";
import type { Embedder } from "../../models/embedder.js";
import { importFile } from "../../core/ingest/import.js";

const dir = tempDir("engram-forget-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = "Quetzalcoatlus";
const TRANSCRIPT = [
  "Sam: I went hiking in the Alps last weekend with my sister.",
  `Alex: Did you see the ${SECRET} exhibit at the museum?`,
  `Sam: Yes, the ${SECRET} skeleton was huge. My locker code there was K4711.`,
  "",
].join("\n");
const OTHER = "Alex: I am learning to bake sourdough bread this month.\nSam: My favourite tea is green tea from Kyoto.\n";

/** Occurrences of `word` in every file of the database (db, -wal, -shm), case-insensitive. */
function copiesOnDisk(dbFile: string, word: string): number {
  const re = new RegExp(word, "gi");
  return ["", "-wal", "-shm"]
    .filter((s) => existsSync(dbFile + s))
    .reduce(
      (n, s) =>
        n +
        (readFileSync(dbFile + s)
          .toString("latin1")
          .match(re)?.length ?? 0),
      0,
    );
}

function memoriesWith(dbFile: string, word: string): number[] {
  const db = openDatabase(dbFile);
  try {
    return (db.prepare("SELECT id FROM memories WHERE title LIKE ? OR content LIKE ?").all(`%${word}%`, `%${word}%`) as Array<{ id: number }>).map((r) => r.id);
  } finally {
    db.close();
  }
}

// `engram delete --with-sources --json` runs the real CLI in a child process; the other runs call
// the same CLI entry point in this process (engramInProcess) to skip a process start each.
describe("engram delete --with-sources", () => {
  it("leaves no copy of the secret word in the database file, and keeps everything else", async () => {
    const file = join(dir, "museum.txt");
    const other = join(dir, "bakery.txt");
    writeFileSync(file, TRANSCRIPT);
    writeFileSync(other, OTHER);
    const db = join(dir, "cli.db");
    expect((await engramInProcess(["import", file, other, "--db", db])).code).toBe(0);
    expect(copiesOnDisk(db, SECRET)).toBeGreaterThan(0);
    const ids = memoriesWith(db, SECRET);
    expect(ids.length).toBeGreaterThan(0);
    const del = engram(["delete", ...ids.map(String), "--with-sources", "--db", db, "--json"]);
    expect(del.stderr).toBe("");
    const done = JSON.parse(del.stdout);
    expect(done.sources).toBeGreaterThanOrEqual(2);
    expect(done.memories).toBeGreaterThanOrEqual(ids.length);
    expect(copiesOnDisk(db, SECRET)).toBe(0);
    expect(copiesOnDisk(db, "K4711")).toBe(0);
    const search = await engramInProcess(["search", "sourdough bread", "--db", db, "--json"]);
    expect(JSON.parse(search.stdout).results.length).toBeGreaterThan(0); // the rest is still there
    expect(JSON.parse((await engramInProcess(["search", SECRET, "--db", db, "--json", "--mode", "bm25"])).stdout).results).toEqual([]);
  });

  it("refuses an unknown memory id and deletes nothing", async () => {
    const db = join(dir, "cli.db");
    const before = statSync(db).size;
    const r = await engramInProcess(["delete", "999999", "--with-sources", "--db", db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("No memory #999999.");
    expect(statSync(db).size).toBe(before);
    expect((await engramInProcess(["delete", "abc", "--db", db])).stderr).toContain('memory id "abc" is not a positive whole number');
  });
});

describe("deleteMemory({ withSources: true })", () => {
  it("deletes the memory, its sources and the memories made only from them; getSource finds nothing", async () => {
    const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };
    const t = testApi({ embedder });
    try {
      const file = join(t.dir, "museum.txt");
      writeFileSync(file, TRANSCRIPT);
      await importFile(t.db, embedder, file);
      const hit = (await t.api.search({ query: SECRET, mode: "bm25" })).hits[0]!;
      const sourceIds = (await t.api.memoryProvenance({ id: hit.memory.id })).map((s) => s.sourceId);
      const r = await t.api.deleteMemory({ id: hit.memory.id, withSources: true });
      expect(r).toMatchObject({ undoToken: "", undoUntil: 0, forgotten: { sources: sourceIds.length } });
      for (const id of sourceIds) await expect(t.api.getSource({ id })).rejects.toMatchObject({ code: "not_found" });
      await expect(t.api.getMemory({ id: hit.memory.id })).rejects.toMatchObject({ code: "not_found" });
      expect(readdirSync(t.dir).some((f) => f.startsWith("engram.db"))).toBe(true);
    } finally {
      t.close();
      rmSync(t.dir, { recursive: true, force: true });
    }
  });
});
