import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isEngramExport } from "../../core/api/export-import.js";
import type { ApiHost } from "../../core/api/host.js";
import { testHost } from "../helpers/api.js";
import type { Embedder } from "../../models/embedder.js";
import { createEmbedder, disposeEmbedders } from "../../models/embedders.js";
import { writeChatgptExport } from "../fixtures/exports.js";
import { writeTinyOnnxModel } from "../fixtures/onnx-model.js";
import { engram, tempDir } from "../helpers/cli.js";

/** Tables whose rows an export must restore exactly (ids included). */
const TABLES = ["conversations", "sources", "frames", "memories", "memory_sources", "memory_versions", "entities", "edges"];

let embedder: Embedder;
let work: string;
let a: ApiHost;
let exportFile: string;
const opened: ApiHost[] = [];

function host(dir: string, e: Embedder = embedder): ApiHost {
  mkdirSync(dir, { recursive: true });
  const h = testHost(join(dir, "engram.db"), async () => e);
  opened.push(h);
  return h;
}

function rows(h: ApiHost, table: string): unknown[] {
  return h.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all();
}

beforeAll(async () => {
  embedder = await createEmbedder();
  work = tempDir("engram-export-");
  const chats = join(work, "conversations.json");
  await writeChatgptExport(chats, 4, 6, 200);
  a = host(join(work, "a"));
  await a.api.importFile({ path: chats });
  // what a user and the engine add on top of an import: an edit, a pin, a fact with entity links, settings, a screenshot
  const [first] = (await a.api.listMemories({ limit: 1 })).items;
  await a.api.updateMemory({ id: first!.id, title: "Edited by the user", content: "the user rewrote this memory about sourdough starters" });
  await a.api.pinMemory({ id: first!.id, pinned: true });
  const db = a.db;
  const fact = Number(
    db
      .prepare(
        "INSERT INTO memories(type, title, content, details, valid_from, recorded_at, engine, updated_at) VALUES ('semantic', 'Likes tea', 'Caroline likes green tea', '{}', 1, 1, 'heuristic', 1)",
      )
      .run().lastInsertRowid,
  );
  const person = Number(db.prepare("INSERT INTO entities(name, kind, norm, created_at) VALUES ('Caroline', 'person', 'caroline', 1)").run().lastInsertRowid);
  db.prepare("INSERT INTO edges(src_kind, src_id, dst_kind, dst_id, relation, created_at) VALUES ('memory', ?, 'entity', ?, 'mentions', 1)").run(fact, person);
  db.prepare("INSERT INTO edges(src_kind, src_id, dst_kind, dst_id, relation, created_at) VALUES ('memory', ?, 'memory', ?, 'related', 1)").run(
    fact,
    first!.id,
  );
  await a.api.setSettings({ values: { "ui.theme": "dark" } });
  const shot = Number(
    db
      .prepare(
        "INSERT INTO sources(kind, app, occurred_at, text, content_hash, trust, created_at) VALUES ('screenshot', 'Firefox', 5, 'green tea shop', 'shot', 'captured', 5)",
      )
      .run().lastInsertRowid,
  );
  mkdirSync(join(work, "a", "frames", "day"), { recursive: true });
  writeFileSync(join(work, "a", "frames", "day", "1.webp"), "image-bytes");
  db.prepare(
    "INSERT INTO frames(captured_at, phash, thumb, width, height, bytes, image_path, source_id, created_at) VALUES (5, 'ab', x'0102', 10, 10, 11, 'day/1.webp', ?, 5)",
  ).run(shot);
  const r = await a.api.exportData({ path: join(work, "backup.jsonl.gz"), withScreenshots: true });
  exportFile = r.path;
}, 300_000);

afterAll(async () => {
  for (const h of opened) await h.close();
  await disposeEmbedders();
  rmSync(work, { recursive: true, force: true });
});

describe("export and import", () => {
  it("recognises its own files and nothing else", () => {
    expect(isEngramExport(exportFile)).toBe(true);
    expect(isEngramExport(join(work, "conversations.json"))).toBe(false);
    expect(isEngramExport(join(work, "missing.gz"))).toBe(false);
    const other = join(work, "other.gz");
    writeFileSync(other, gzipSync('{"format":"something-else"}\n'));
    expect(isEngramExport(other)).toBe(false);
  });

  it("restores everything into an empty database: rows with their ids, history, links, settings, images, vectors", async () => {
    const b = host(join(work, "b"));
    const events: string[] = [];
    const r = await b.api.importFile({ path: exportFile }, { onEvent: (e) => events.push(e.phase) });
    expect(r).toMatchObject({ format: "engram", conversations: 4, turns: rows(a, "sources").length, memories: rows(a, "memories").length });
    expect(events).toContain("validate");
    expect(events).toContain("import");
    for (const t of TABLES) expect(rows(b, t), t).toEqual(rows(a, t));
    expect(await b.api.getSettings({})).toEqual(await a.api.getSettings({}));
    expect(readFileSync(join(work, "b", "frames", "day", "1.webp"), "utf8")).toBe("image-bytes");
    const count = (h: ApiHost, t: string) => (h.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    // every restored memory and source is in the vector index (also the fact the engine added without one)
    expect(count(b, "memories_embeddings")).toBe(count(b, "memories"));
    expect(count(b, "sources_embeddings")).toBe(count(b, "sources"));
    expect(r.memories).toBe(count(a, "memories"));
    // the restored database answers like the original: full text, vectors and the memory panel
    const q = { query: "user rewrote sourdough starters", k: 3 };
    expect((await b.api.search(q)).hits.map((h) => h.memory.id)).toEqual((await a.api.search(q)).hits.map((h) => h.memory.id));
    const pinned = (await b.api.listMemories({ pinnedOnly: true })).items[0]!;
    const detail = await b.api.getMemory({ id: pinned.id });
    expect(detail.versions.map((v) => v.op)).toEqual(["ADD", "EDIT", "PIN"]);
    expect(detail.related.map((m) => m.title)).toEqual(["Likes tea"]);
    expect((await b.api.getMemory({ id: detail.related[0]!.id })).entities.map((e) => e.name)).toEqual(["Caroline"]);
  }, 300_000);

  it("re-embeds everything when restored under another embedder", async () => {
    const other = await createEmbedder(`onnx:${writeTinyOnnxModel(join(work, "tiny-model"))}`);
    expect(other.id).not.toBe(embedder.id);
    const d = host(join(work, "d"), other);
    const events: Array<{ phase: string; done: number; total: number | null }> = [];
    await d.api.importFile({ path: exportFile }, { onEvent: (e) => events.push(e) });
    const dims = d.db
      .prepare("SELECT DISTINCT length(vector) / 4 AS dim FROM memories_embeddings UNION SELECT DISTINCT length(vector) / 4 FROM sources_embeddings")
      .all();
    expect(dims).toEqual([{ dim: other.dimension }]);
    const count = (t: string) => (d.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect(count("memories_embeddings")).toBe(count("memories"));
    expect(count("sources_embeddings")).toBe(count("sources"));
    expect(events.filter((e) => e.phase === "embed").at(-1)).toMatchObject({ done: count("memories") + count("sources") });
    expect((await d.api.info({})).embedder).toEqual({ id: other.id, dimension: other.dimension });
    for (const t of TABLES) expect(rows(d, t), t).toEqual(rows(a, t));
  }, 300_000);

  it("refuses to restore into a database that holds data, and changes nothing", async () => {
    const before = rows(a, "memories");
    await expect(a.api.importFile({ path: exportFile })).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/empty database/) });
    expect(rows(a, "memories")).toEqual(before);
  });

  it("refuses a truncated or damaged export with a clear error, leaving the database empty", async () => {
    const c = host(join(work, "c"));
    const text = gunzipSync(readFileSync(exportFile)).toString("utf8");
    const lines = text.trimEnd().split("\n");
    const truncated = join(work, "truncated.jsonl.gz");
    writeFileSync(truncated, gzipSync(`${lines.slice(0, -1).join("\n")}\n`));
    await expect(c.api.importFile({ path: truncated })).rejects.toMatchObject({ code: "bad_request", message: expect.stringMatching(/truncated/) });
    const damaged = join(work, "damaged.jsonl.gz");
    writeFileSync(damaged, gzipSync([...lines.slice(0, 5), '{"t":"memories","r":{"id":1,"no_such_column":2}}', ...lines.slice(5)].join("\n")));
    await expect(c.api.importFile({ path: damaged })).rejects.toMatchObject({
      message: expect.stringMatching(/line 6: table "memories" has no column "no_such_column"/),
    });
    expect((await c.api.stats({})).memoriesTotal).toBe(0);
    expect((await c.api.stats({})).conversations).toBe(0);
  });

  it("engram export writes the same kind of file from the command line", async () => {
    const out = join(work, "cli.jsonl.gz");
    await a.db.backup(join(work, "cli.db"));
    const r = engram(["export", out, "--db", join(work, "cli.db")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/cli\.jsonl\.gz: .* \(settings \d+, conversations 4, sources \d+, frames 1, memories \d+/);
    expect(existsSync(out) && statSync(out).size > 0).toBe(true);
    expect(isEngramExport(out)).toBe(true);
  });
});
