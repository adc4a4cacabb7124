/**
 * Restoring an export is all or nothing, image files included, and every error names the file and
 * the line; a file that decompresses to one huge line, or JSON nested 10,000 levels deep, is
 * refused with a clear error instead of crashing.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import { constants, createGzip, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDatabase, restoreExport } from "../../core/api/export-import.js";
import { openDatabase } from "../../core/db/connection.js";
import { insertMemory } from "../../core/db/repos/memories.js";
import { ensureVectorTables, putVector } from "../../core/db/vectors.js";
import { importFile } from "../../core/ingest/import.js";
import type { Embedder } from "../../models/embedder.js";
import { tempDir } from "../helpers/cli.js";

const dir = tempDir("engram-restore-");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "flat@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };
let good: string[]; // the lines of a valid export

beforeAll(async () => {
  const dbPath = join(dir, "source", "engram.db");
  const db = openDatabase(dbPath);
  ensureVectorTables(db, embedder);
  const id = insertMemory(db, { type: "semantic", title: "Tea", content: "Caroline likes green tea", engine: "user" }, { actor: "user" });
  putVector(db, "memories", id, new Float32Array(8).fill(0.35));
  const file = join(dir, "good.jsonl.gz");
  await exportDatabase(db, dbPath, file);
  db.close();
  good = gunzipSync(readFileSync(file)).toString("utf8").trimEnd().split("\n");
});

/** Writes an export: the good lines, then `extra` lines before the end marker. */
function exportWith(name: string, extra: string[] | Buffer[]): string {
  const file = join(dir, name);
  const body = [...good.slice(0, -1).map((l) => Buffer.from(l)), ...extra.map((l) => Buffer.from(l)), Buffer.from(good.at(-1)!)];
  writeFileSync(file, gzipSync(Buffer.concat(body.flatMap((b) => [b, Buffer.from("\n")]))));
  return file;
}

/** Restores `file` into a fresh data folder; returns the error message, the rows left and the files left in frames/. */
async function restoreFails(file: string): Promise<{ message: string; rows: number; files: string[] }> {
  const target = join(dir, `t-${Math.random().toString(36).slice(2)}`);
  mkdirSync(target);
  const dbPath = join(target, "engram.db");
  const db = openDatabase(dbPath);
  ensureVectorTables(db, embedder);
  try {
    const message = await restoreExport(db, dbPath, embedder, file).then(
      () => "restored",
      (e: Error) => e.message,
    );
    const rows = (
      db.prepare("SELECT (SELECT COUNT(*) FROM memories) + (SELECT COUNT(*) FROM sources) + (SELECT COUNT(*) FROM memories_embeddings) AS n").get() as {
        n: number;
      }
    ).n;
    const frames = join(target, "frames");
    return { message, rows, files: existsSync(frames) ? readdirSync(frames, { recursive: true }).map(String) : [] };
  } finally {
    db.close();
  }
}

const image = JSON.stringify({ t: "$image", path: "2020-01-01/evil.webp", data: Buffer.from("not really an image").toString("base64") });
const lineNo = () => good.length; // the first added line's number (1-based) is the old end marker's

describe("a failed restore changes nothing and names the file and the line", () => {
  it("a CHECK constraint after an image: the image is removed too", async () => {
    const bad = JSON.stringify({
      t: "memories",
      r: { id: 99, type: "bogus", title: "x", content: "x", details: "{}", valid_from: 1, recorded_at: 1, engine: "user", updated_at: 1 },
    });
    const file = exportWith("check.jsonl.gz", [image, bad]);
    const r = await restoreFails(file);
    expect(r.message).toMatch(new RegExp(`^${file}: line ${lineNo() + 1}: table "memories": CHECK constraint failed: .*; nothing was restored$`));
    expect(r).toMatchObject({ rows: 0, files: [] });
  });

  it("a vector of the wrong length", async () => {
    const bad = JSON.stringify({ t: "memories_embeddings", r: { memory_id: 1, vector: { $b64: Buffer.from([1, 2, 3]).toString("base64") } } });
    const r = await restoreFails(exportWith("vector.jsonl.gz", [bad]));
    expect(r.message).toContain(
      `vector.jsonl.gz: line ${lineNo()}: table "memories_embeddings": vector: expected 8 float32 values (32 bytes in "$b64"), got 3 bytes; nothing was restored`,
    );
    expect(r.rows).toBe(0);
  });

  it("a value SQLite cannot store", async () => {
    const bad = JSON.stringify({
      t: "memories",
      r: { id: 98, type: "semantic", title: { nested: true }, content: "x", details: "{}", valid_from: 1, recorded_at: 1, engine: "user", updated_at: 1 },
    });
    const r = await restoreFails(exportWith("bind.jsonl.gz", [bad]));
    expect(r.message).toContain(
      `bind.jsonl.gz: line ${lineNo()}: table "memories": column "title": expected a number, a string, null or {"$b64": …}, got an object; nothing was restored`,
    );
    expect(r.rows).toBe(0);
  });

  it("invalid UTF-8", async () => {
    const bad = Buffer.concat([Buffer.from('{"t":"settings","r":{"key":"caf'), Buffer.from([0xe9]), Buffer.from('","value":"1","updated_at":1}}')]);
    const r = await restoreFails(exportWith("utf8.jsonl.gz", [bad]));
    expect(r.message).toContain(`utf8.jsonl.gz: line ${lineNo()}: invalid UTF-8; the export file is damaged`);
    expect(r.rows).toBe(0);
  });

  it("a 700 MB line in a small gzip file is refused without running out of memory", async () => {
    const file = join(dir, "bomb.jsonl.gz");
    const gz = createGzip({ level: constants.Z_BEST_SPEED });
    const out = gz.pipe(createWriteStream(file));
    gz.write(`${good[0]}\n{"t":"settings","r":{"key":"`);
    const mb = Buffer.alloc(1024 * 1024, "a");
    for (let i = 0; i < 700; i++) if (!gz.write(mb)) await once(gz, "drain");
    gz.end('"}}\n');
    await once(out, "finish");
    const r = await restoreFails(file);
    expect(r.message).toBe(`${file}: line 2: longer than 67108864 bytes; the export file is damaged`);
    expect(r.rows).toBe(0);
  });
});

describe("deep nesting", () => {
  it("a chat export nested 10,000 levels deep is refused with its position", async () => {
    const file = join(dir, "deep.json");
    writeFileSync(file, `[${"[".repeat(10_000)}x${"]".repeat(10_000)}]`);
    const db = openDatabase(join(dir, "deep.db"));
    try {
      await expect(importFile(db, embedder, file)).rejects.toThrow("deep.json: byte 257 (line 1, column 258): item [0] is nested more than 256 levels deep");
    } finally {
      db.close();
    }
  });
});
