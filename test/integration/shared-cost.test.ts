import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../core/assistant/ask.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { importFile } from "../../core/ingest/import.js";
import type { Embedder } from "../../models/embedder.js";
import { createEmbedder } from "../../models/embedders.js";
import { tempDir } from "../helpers/cli.js";

// A cost someone splits among a group the user is in ("rent is €650 each") is the user's share too: a
// question about "my rent" had ruled the fact out as that person's, and answered with a flat viewed.

let dir: string;
let db: EngramDb;
let embedder: Embedder;
const NOW = Date.parse("2026-12-01T12:00:00Z");

beforeAll(async () => {
  dir = tempDir();
  embedder = await createEmbedder();
  db = openDatabase(join(dir, "engram.db"));
  ensureVectorTables(db, embedder);
  const flat = join(dir, "flat.txt");
  writeFileSync(
    flat,
    [
      "[2026-11-01 09:00] Inês: Rent is €650 each, due today, to Senhor Costa's account as usual",
      "[2026-11-01 09:05] Jonas: Paid!",
      "[2026-11-01 09:20] Hannah: Done too",
      "[2026-11-20 19:00] Jonas: The boiler is dead again",
      "[2026-11-20 19:10] Inês: Senhor Costa says a plumber is coming on Tuesday",
    ].join("\n"),
  );
  await importFile(db, embedder, flat, { format: "text", me: "Hannah" });
  const viewing = join(dir, "viewing.txt");
  writeFileSync(
    viewing,
    ["[2026-11-25 10:00] Hannah: Flat viewing on Rua dos Lagares on Saturday at 11, €1,100 a month", "[2026-11-25 10:02] Ana: Good luck!"].join("\n"),
  );
  await importFile(db, embedder, viewing, { format: "text", me: "Hannah" });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a cost split among a group the user is in", () => {
  it("answers a question about the user's own share", async () => {
    const answer = await ask(db, embedder, "How much is my rent?", { now: NOW });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain("€650");
    // (by the fact itself, not only by the chat's episode)
    const cited = answer.citations.map(
      (c) => db.prepare("SELECT type, content FROM memories WHERE id = ?").get(c.memory_id) as { type: string; content: string },
    );
    expect(cited).toContainEqual({ type: "semantic", content: expect.stringContaining("€650 each") });
  });
});
